// swift-tools-version: 6.2
import PackageDescription

// A third-party-style store backend: the journal in SQLite through GRDB. It lives in its own
// package so that nobody who does not use it builds GRDB, and depends on MicromanceStore by
// path, as an outside backend would depend on it by version.
let package = Package(
    name: "SQLiteStore",
    products: [
        .library(name: "SQLiteJournalStore", targets: ["SQLiteJournalStore"])
    ],
    dependencies: [
        .package(path: "../../Packages/MicromanceModel"),
        .package(path: "../../Packages/MicromanceStore"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .target(
            name: "SQLiteJournalStore",
            dependencies: [
                .product(name: "MicromanceModel", package: "MicromanceModel"),
                .product(name: "MicromanceStore", package: "MicromanceStore"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: [.treatAllWarnings(as: .error)]),
        .testTarget(
            name: "SQLiteJournalStoreTests",
            dependencies: [
                "SQLiteJournalStore",
                .product(name: "MicromanceModel", package: "MicromanceModel"),
                .product(name: "MicromanceStore", package: "MicromanceStore"),
                .product(name: "MicromanceStoreTestKit", package: "MicromanceStore"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: [.treatAllWarnings(as: .error)]),
    ],
    swiftLanguageModes: [.v6]
)
