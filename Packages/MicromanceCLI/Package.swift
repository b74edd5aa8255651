// swift-tools-version: 6.2
import PackageDescription

// MicromanceCLI: the `micromance` executable. The only package that wires a store to insights.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
    name: "MicromanceCLI",
    products: [
        .executable(name: "micromance", targets: ["MicromanceCLI"]),
        .library(name: "MicromanceCommands", targets: ["MicromanceCommands"]),
    ],
    // EncryptedSync (on by default): encrypted sync folders (`init --encrypt`), on swift-crypto
    // through MicromanceSyncCrypto. Without it (`traits: []`), an encrypted folder is refused
    // by name and nothing of swift-crypto is built.
    traits: [
        .trait(name: "EncryptedSync", description: "Encrypted sync folders (init --encrypt), on swift-crypto."),
        .default(enabledTraits: ["EncryptedSync"]),
    ],
    dependencies: [
        .package(path: "../MicromanceModel"),
        .package(path: "../MicromanceStore"),
        .package(path: "../MicromanceInsights"),
        .package(path: "../MicromanceSyncCrypto"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(
            name: "MicromanceCommands",
            dependencies: [
                .product(name: "MicromanceModel", package: "MicromanceModel"),
                .product(name: "MicromanceStore", package: "MicromanceStore"),
                .product(name: "MicromanceInsights", package: "MicromanceInsights"),
                .product(name: "MicromanceSyncCrypto", package: "MicromanceSyncCrypto", condition: .when(traits: ["EncryptedSync"])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),
        .executableTarget(name: "MicromanceCLI", dependencies: ["MicromanceCommands"], swiftSettings: strict),
        .testTarget(
            name: "MicromanceCommandsTests",
            dependencies: [
                "MicromanceCommands",
                .product(name: "MicromanceModel", package: "MicromanceModel"),
                .product(name: "MicromanceStore", package: "MicromanceStore"),
                .product(name: "MicromanceInsights", package: "MicromanceInsights"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["Golden"],
            swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
