// swift-tools-version: 6.2
import PackageDescription

// MicromanceInsights: insight strategies, scoring and reports. Depends on MicromanceModel only.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
    name: "MicromanceInsights",
    products: [
        .library(name: "MicromanceInsights", targets: ["MicromanceInsights"])
    ],
    dependencies: [
        .package(path: "../MicromanceModel")
    ],
    targets: [
        .target(
            name: "MicromanceInsights",
            dependencies: [.product(name: "MicromanceModel", package: "MicromanceModel")],
            swiftSettings: strict),
        .testTarget(
            name: "MicromanceInsightsTests",
            dependencies: ["MicromanceInsights", .product(name: "MicromanceModel", package: "MicromanceModel")],
            swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
