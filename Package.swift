// swift-tools-version: 6.2
import PackageDescription

// The root manifest declares every target of the repository by path, so that `swift test`
// here runs every test and so that others can depend on the repository by version.
// Each package under Packages/ also has its own manifest, which builds and tests it alone.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
    name: "Micromance",
    products: [
        .library(name: "Micromance", targets: ["Micromance"]),
        .library(name: "MicromanceModel", targets: ["MicromanceModel"]),
        .library(name: "MicromanceStore", targets: ["MicromanceStore"]),
        .library(name: "MicromanceStoreTestKit", targets: ["MicromanceStoreTestKit"]),
        .library(name: "MicromanceInsights", targets: ["MicromanceInsights"]),
        // The CLI's commands, for a tool of your own with more backends or strategies (Examples/ExtendedCLI).
        .library(name: "MicromanceCommands", targets: ["MicromanceCommands"]),
        .executable(name: "micromance", targets: ["MicromanceCLI"]),
    ],
    // EncryptedSync (on by default) gives the CLI encrypted sync folders (MicromanceSyncCrypto,
    // on swift-crypto). A tool that does not need them builds without: `traits: []`.
    traits: [
        .trait(name: "EncryptedSync", description: "Encrypted sync folders in the CLI (init --encrypt), on swift-crypto."),
        .default(enabledTraits: ["EncryptedSync"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Encrypted sync folders only (MicromanceSyncCrypto); the libraries above do not use it.
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        // Libraries
        .target(name: "MicromanceModel", path: "Packages/MicromanceModel/Sources/MicromanceModel", swiftSettings: strict),
        .target(name: "MicromanceCSVScan", path: "Packages/MicromanceStore/Sources/MicromanceCSVScan"),
        .target(
            name: "MicromanceStore", dependencies: ["MicromanceCSVScan", "MicromanceModel"],
            path: "Packages/MicromanceStore/Sources/MicromanceStore", swiftSettings: strict),
        .target(
            name: "MicromanceStoreTestKit", dependencies: ["MicromanceStore", "MicromanceModel"],
            path: "Packages/MicromanceStore/Sources/MicromanceStoreTestKit", swiftSettings: strict),
        .target(
            name: "MicromanceInsights", dependencies: ["MicromanceModel"],
            path: "Packages/MicromanceInsights/Sources/MicromanceInsights", swiftSettings: strict),
        .target(
            name: "Micromance", dependencies: ["MicromanceModel", "MicromanceStore", "MicromanceInsights"],
            path: "Sources/Micromance", swiftSettings: strict),

        .target(
            name: "MicromanceSyncCrypto",
            dependencies: [
                "MicromanceModel", "MicromanceStore", .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ],
            path: "Packages/MicromanceSyncCrypto/Sources/MicromanceSyncCrypto", swiftSettings: strict),

        // The command-line tool
        .target(
            name: "MicromanceCommands",
            dependencies: [
                "MicromanceModel", "MicromanceStore", "MicromanceInsights",
                .target(name: "MicromanceSyncCrypto", condition: .when(traits: ["EncryptedSync"])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Packages/MicromanceCLI/Sources/MicromanceCommands", swiftSettings: strict),
        .executableTarget(
            name: "MicromanceCLI", dependencies: ["MicromanceCommands"],
            path: "Packages/MicromanceCLI/Sources/MicromanceCLI", swiftSettings: strict),

        // Examples
        .executableTarget(name: "Quickstart", dependencies: ["Micromance"], path: "Examples/Quickstart", swiftSettings: strict),
        .executableTarget(name: "CustomStrategy", dependencies: ["Micromance"], path: "Examples/CustomStrategy", swiftSettings: strict),

        // Tests of each package, and the cross-package tests
        .testTarget(
            name: "MicromanceModelTests", dependencies: ["MicromanceModel"],
            path: "Packages/MicromanceModel/Tests/MicromanceModelTests", swiftSettings: strict),
        .testTarget(
            name: "MicromanceStoreTests", dependencies: ["MicromanceStore", "MicromanceStoreTestKit", "MicromanceModel"],
            path: "Packages/MicromanceStore/Tests/MicromanceStoreTests", swiftSettings: strict),
        .testTarget(
            name: "MicromanceInsightsTests", dependencies: ["MicromanceInsights", "MicromanceModel"],
            path: "Packages/MicromanceInsights/Tests/MicromanceInsightsTests", swiftSettings: strict),
        .testTarget(
            name: "MicromanceSyncCryptoTests",
            dependencies: ["MicromanceSyncCrypto", "MicromanceModel", "MicromanceStore", "MicromanceStoreTestKit"],
            path: "Packages/MicromanceSyncCrypto/Tests/MicromanceSyncCryptoTests", swiftSettings: strict),
        .testTarget(
            name: "MicromanceCommandsTests",
            dependencies: [
                "MicromanceCommands", "MicromanceModel", "MicromanceStore", "MicromanceInsights",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Packages/MicromanceCLI/Tests/MicromanceCommandsTests", exclude: ["Golden"], swiftSettings: strict),
        .testTarget(
            name: "MicromanceTests", dependencies: ["Micromance", "MicromanceCLI", "MicromanceCommands", "MicromanceStoreTestKit"],
            path: "Tests/MicromanceTests", swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)

// The documentation plugin is added only when building the docs (scripts/build-docs sets
// MICROMANCE_DOCS=1), so that packages depending on Micromance do not fetch it.
if Context.environment["MICROMANCE_DOCS"] == "1" {
    package.dependencies.append(.package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"))
}
