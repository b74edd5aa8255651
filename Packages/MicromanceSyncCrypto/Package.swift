// swift-tools-version: 6.2
import PackageDescription

// MicromanceSyncCrypto: encrypted sync folders. Every snapshot and change-log line is sealed
// with ChaCha20-Poly1305 under a key derived from a passphrase the partners share (scrypt).
// Its own package, so that the libraries stay free of third-party code for those who do not
// need it; the micromance tool depends on it.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
    name: "MicromanceSyncCrypto",
    products: [
        .library(name: "MicromanceSyncCrypto", targets: ["MicromanceSyncCrypto"])
    ],
    dependencies: [
        .package(path: "../MicromanceModel"),
        .package(path: "../MicromanceStore"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        .target(
            name: "MicromanceSyncCrypto",
            dependencies: [
                .product(name: "MicromanceModel", package: "MicromanceModel"),
                .product(name: "MicromanceStore", package: "MicromanceStore"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ],
            swiftSettings: strict),
        .testTarget(
            name: "MicromanceSyncCryptoTests",
            dependencies: [
                "MicromanceSyncCrypto",
                .product(name: "MicromanceModel", package: "MicromanceModel"),
                .product(name: "MicromanceStore", package: "MicromanceStore"),
                .product(name: "MicromanceStoreTestKit", package: "MicromanceStore"),
            ],
            swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
