// swift-tools-version: 6.2
import PackageDescription

// MicromanceStore: the store protocol and the file backends. Depends on MicromanceModel only.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
    name: "MicromanceStore",
    products: [
        .library(name: "MicromanceStore", targets: ["MicromanceStore"]),
        .library(name: "MicromanceStoreTestKit", targets: ["MicromanceStoreTestKit"]),
    ],
    dependencies: [
        .package(path: "../MicromanceModel")
    ],
    targets: [
        .target(
            name: "MicromanceStore",
            dependencies: [.product(name: "MicromanceModel", package: "MicromanceModel")],
            swiftSettings: strict),
        .target(
            name: "MicromanceStoreTestKit",
            dependencies: ["MicromanceStore", .product(name: "MicromanceModel", package: "MicromanceModel")],
            swiftSettings: strict),
        .testTarget(
            name: "MicromanceStoreTests",
            dependencies: ["MicromanceStore", "MicromanceStoreTestKit", .product(name: "MicromanceModel", package: "MicromanceModel")],
            swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
