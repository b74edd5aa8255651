// swift-tools-version: 6.2
import PackageDescription

// ExtendedCLI: your own `micromance`, built from the MicromanceCommands library with one more
// store backend (SQLite, from Examples/SQLiteStore) and one more insight strategy. Outside this
// repository, depend on it by URL and version instead of by path:
//   .package(url: "https://github.com/OWNER/micromance", from: "0.10.0")
// and use the products MicromanceCommands and MicromanceInsights.
let package = Package(
    name: "ExtendedCLI",
    dependencies: [
        // Without the EncryptedSync trait: this example adds a backend and a strategy, not encryption.
        .package(path: "../../Packages/MicromanceCLI", traits: []),
        .package(path: "../../Packages/MicromanceInsights"),
        .package(path: "../SQLiteStore"),
    ],
    targets: [
        .executableTarget(
            name: "ExtendedCLI",
            dependencies: [
                .product(name: "MicromanceCommands", package: "MicromanceCLI"),
                .product(name: "MicromanceInsights", package: "MicromanceInsights"),
                .product(name: "SQLiteJournalStore", package: "SQLiteStore"),
            ],
            swiftSettings: [.treatAllWarnings(as: .error)])
    ],
    swiftLanguageModes: [.v6]
)
