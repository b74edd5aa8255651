// swift-tools-version: 6.2
import PackageDescription

// libFuzzer targets for the readers that take input from outside: the JSON and CSV journal
// stores, another device's files in a sync folder, the CLI's date and time words, and store
// locations and --out paths as typed. Build and run them with scripts/fuzz, which
// builds with `-sanitize=fuzzer,address`; each target's main hands its test function to
// libFuzzer's driver. Kept in their own package so that the sanitizer flags never reach the
// main build.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

/// One fuzz target: its main, the shared support, the model, and what it fuzzes.
func fuzzTarget(_ name: String, _ fuzzed: Target.Dependency) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzSupport", .product(name: "MicromanceModel", package: "MicromanceModel"), fuzzed],
        swiftSettings: strict)
}

let package = Package(
    name: "MicromanceFuzz",
    dependencies: [
        .package(path: "../Packages/MicromanceModel"),
        .package(path: "../Packages/MicromanceStore"),
        .package(path: "../Packages/MicromanceCLI", traits: []),
    ],
    targets: [
        .target(name: "CFuzzer"),
        .target(
            name: "FuzzSupport",
            dependencies: ["CFuzzer"],
            swiftSettings: strict),
        fuzzTarget("FuzzJSONStore", .product(name: "MicromanceStore", package: "MicromanceStore")),
        fuzzTarget("FuzzCSVStore", .product(name: "MicromanceStore", package: "MicromanceStore")),
        fuzzTarget("FuzzDates", .product(name: "MicromanceCommands", package: "MicromanceCLI")),
        fuzzTarget("FuzzSyncFolder", .product(name: "MicromanceStore", package: "MicromanceStore")),
        .executableTarget(
            name: "FuzzLocations",
            dependencies: [
                "FuzzSupport", .product(name: "MicromanceModel", package: "MicromanceModel"),
                .product(name: "MicromanceStore", package: "MicromanceStore"),
                .product(name: "MicromanceCommands", package: "MicromanceCLI"),
            ],
            swiftSettings: strict),
    ]
)
