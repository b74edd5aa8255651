// swift-tools-version: 6.2
import PackageDescription

// A small HTTP service for app developers: many couples, each with a bearer token, their
// journals in PostgreSQL (or JSON files, for trying it out), on Hummingbird 2.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
    name: "MicromanceServer",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: "../../Packages/MicromanceModel"),
        .package(path: "../../Packages/MicromanceStore"),
        .package(path: "../../Packages/MicromanceInsights"),
        .package(path: "../../Packages/MicromancePostgresStore"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/postgres-nio", .upToNextMinor(from: "1.33.2")),
        // The same major version as the PostgreSQL client resolves, so the build folder that
        // scripts/server-test shares with scripts/postgres-test compiles swift-crypto once.
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        .target(
            name: "MicromanceServerCore",
            dependencies: [
                .product(name: "MicromanceModel", package: "MicromanceModel"),
                .product(name: "MicromanceStore", package: "MicromanceStore"),
                .product(name: "MicromanceInsights", package: "MicromanceInsights"),
                .product(name: "MicromancePostgresStore", package: "MicromancePostgresStore"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: strict),
        .executableTarget(
            name: "MicromanceServer",
            dependencies: ["MicromanceServerCore", .product(name: "HummingbirdCore", package: "hummingbird")],
            swiftSettings: strict),
        .testTarget(
            name: "MicromanceServerTests",
            dependencies: [
                "MicromanceServerCore",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "MicromanceModel", package: "MicromanceModel"),
                .product(name: "MicromanceStore", package: "MicromanceStore"),
                .product(name: "MicromanceInsights", package: "MicromanceInsights"),
            ],
            swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
