// swift-tools-version: 6.2
import PackageDescription

// MicromancePostgresStore: many couples' journals in one PostgreSQL database, through the async
// store API. Its own package, so that nobody who does not use it ever fetches postgres-nio.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
    name: "MicromancePostgresStore",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "MicromancePostgresStore", targets: ["MicromancePostgresStore"])
    ],
    dependencies: [
        .package(path: "../MicromanceModel"),
        .package(path: "../MicromanceStore"),
        .package(url: "https://github.com/vapor/postgres-nio", .upToNextMinor(from: "1.33.2")),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        .target(
            name: "MicromancePostgresStore",
            dependencies: [
                .product(name: "MicromanceModel", package: "MicromanceModel"),
                .product(name: "MicromanceStore", package: "MicromanceStore"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: strict),
        .testTarget(
            name: "MicromancePostgresStoreTests",
            dependencies: [
                "MicromancePostgresStore",
                .product(name: "MicromanceModel", package: "MicromanceModel"),
                .product(name: "MicromanceStore", package: "MicromanceStore"),
                .product(name: "MicromanceStoreTestKit", package: "MicromanceStore"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
