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
        // A C header with the moments table's vector scan (see its comment): the one place the
        // store leaves Swift, for the largest single cost of reading a million moments.
        .target(name: "MicromanceCSVScan"),
        .target(
            name: "MicromanceStore",
            dependencies: ["MicromanceCSVScan", .product(name: "MicromanceModel", package: "MicromanceModel")],
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
