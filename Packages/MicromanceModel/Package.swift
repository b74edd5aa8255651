// swift-tools-version: 6.2
import PackageDescription

// MicromanceModel: value types, the gesture catalog and validation. Depends on nothing.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
    name: "MicromanceModel",
    products: [
        .library(name: "MicromanceModel", targets: ["MicromanceModel"])
    ],
    targets: [
        .target(name: "MicromanceModel", swiftSettings: strict),
        .testTarget(name: "MicromanceModelTests", dependencies: ["MicromanceModel"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
