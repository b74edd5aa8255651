// swift-tools-version: 6.2
import PackageDescription

// Benchmarks, in their own package so that they build in release mode without touching the
// libraries' manifests: a journal generator and the benchmark that reads its files.
// Run everything with scripts/bench from the repository root.
let package = Package(
    name: "MicromanceBenchmarks",
    dependencies: [
        .package(path: "../Packages/MicromanceModel"),
        .package(path: "../Packages/MicromanceStore"),
        .package(path: "../Packages/MicromanceInsights"),
    ],
    targets: [
        .executableTarget(
            name: "MicromanceGenerate",
            dependencies: [
                .product(name: "MicromanceModel", package: "MicromanceModel"),
                .product(name: "MicromanceStore", package: "MicromanceStore"),
            ]),
        .executableTarget(
            name: "MicromanceBench",
            dependencies: [
                .product(name: "MicromanceModel", package: "MicromanceModel"),
                .product(name: "MicromanceStore", package: "MicromanceStore"),
                .product(name: "MicromanceInsights", package: "MicromanceInsights"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
