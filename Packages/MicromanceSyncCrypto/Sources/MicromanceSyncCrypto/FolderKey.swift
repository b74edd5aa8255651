import Crypto
import CryptoExtras
import Foundation
import MicromanceStore

/// What an encrypted sync folder says about its key, in `micromance-sealed.json` beside the
/// devices' files: how to derive the key from the passphrase (scrypt, its salt and costs), the
/// cipher, and a check value that tells a right passphrase from a wrong one before anything is
/// read. None of it is secret; the passphrase and the key are never in the folder.
public struct SealHeader: Codable, Sendable, Equatable {
    /// What this file is.
    public var format = "micromance-sealed"
    /// The header's own version; a newer one is refused.
    public var version = 1
    /// A random identifier of the folder's key: each device keeps the key under this name.
    public var id: String
    /// The key derivation (`scrypt`).
    public var kdf = "scrypt"
    /// scrypt's salt, base64.
    public var salt: String
    /// scrypt's cost (N, a power of two), block size (r) and parallelism (p).
    public var rounds: Int, blockSize: Int, parallelism: Int
    /// The cipher every file is sealed with.
    public var cipher = "chacha20-poly1305"
    /// A known text sealed under the key (base64): it opens only with the right passphrase.
    public var check: String

    /// scrypt's costs for a new folder: N = 2^17, r = 8, p = 1 (128 MiB of memory), about a
    /// quarter of a second on a laptop and about a second on a phone.
    public static let standardRounds = 1 << 17

    static let checkText = Array("micromance: the passphrase is right".utf8)
    static let supportedVersion = 1
}

/// An encrypted folder's key, derived from its passphrase. Each device keeps it (never the
/// passphrase) in its own data folder, readable by its owner only, once it has opened the
/// folder.
public struct FolderKey: Sendable {
    /// The key's identifier (``SealHeader/id``).
    public let id: String
    let key: SymmetricKey

    /// Why a key could not be made or read.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// The passphrase does not open this folder.
        case wrongPassphrase
        /// The passphrase is too short to protect anything.
        case weakPassphrase(minimum: Int)
        /// The header is not one this version reads.
        case unreadableHeader(String)

        /// What went wrong and what to do.
        public var description: String {
            switch self {
            case .wrongPassphrase:
                return "the passphrase does not open this folder; check it with your partner (nothing was read or written)"
            case .weakPassphrase(let minimum):
                return "a passphrase needs at least \(minimum) characters; a few words you both remember work well"
            case .unreadableHeader(let reason): return reason
            }
        }
    }

    /// The fewest characters a new passphrase may have.
    public static let minimumPassphrase = 8

    /// A new header and key: a random salt, `rounds` as scrypt's cost, and a random
    /// identifier, or `id` (a new passphrase for a folder keeps its identifier, so a device
    /// whose kept key stopped working can tell that the passphrase changed).
    public static func create(
        passphrase: String, rounds: Int = SealHeader.standardRounds, id: String? = nil
    ) throws -> (SealHeader, FolderKey) {
        guard passphrase.count >= minimumPassphrase else { throw Failure.weakPassphrase(minimum: minimumPassphrase) }
        let salt = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
        let id = id ?? SymmetricKey(size: .bits128).withUnsafeBytes { Data($0) }.map { String(format: "%02x", $0) }.joined()
        var header = SealHeader(
            id: id, salt: salt.base64EncodedString(), rounds: rounds, blockSize: 8, parallelism: 1, check: "")
        let key = try derive(passphrase, header: header)
        let box = try ChaChaPoly.seal(SealHeader.checkText, using: key.key, authenticating: Array(("check|" + id).utf8))
        header.check = box.combined.base64EncodedString()
        return (header, key)
    }

    /// The key of the folder `header` describes, from its passphrase; throws
    /// ``Failure/wrongPassphrase`` when the header's check does not open with it.
    public static func unlock(_ header: SealHeader, passphrase: String) throws -> FolderKey {
        let key = try derive(passphrase, header: header)
        guard key.opensCheck(of: header) else { throw Failure.wrongPassphrase }
        return key
    }

    /// Whether this key opens `header`'s check (a key kept on a device, after the partners
    /// changed the passphrase, does not).
    public func opensCheck(of header: SealHeader) -> Bool {
        guard header.id == id, let combined = Data(base64Encoded: header.check),
            let box = try? ChaChaPoly.SealedBox(combined: combined),
            let text = try? ChaChaPoly.open(box, using: key, authenticating: Array(("check|" + id).utf8))
        else { return false }
        return Array(text) == SealHeader.checkText
    }

    private static func derive(_ passphrase: String, header: SealHeader) throws -> FolderKey {
        guard header.format == "micromance-sealed", header.kdf == "scrypt", header.cipher == "chacha20-poly1305" else {
            throw Failure.unreadableHeader("the folder's key is not one this version of micromance knows (\(header.kdf), \(header.cipher))")
        }
        guard header.version <= SealHeader.supportedVersion else {
            throw Failure.unreadableHeader(
                "the folder was encrypted by a newer micromance (key format \(header.version)); update micromance on this device")
        }
        guard let salt = Data(base64Encoded: header.salt), salt.count >= 16, header.rounds >= 2, header.rounds & (header.rounds - 1) == 0,
            header.rounds <= 1 << 22, (1...32).contains(header.blockSize), (1...16).contains(header.parallelism)
        else {
            throw Failure.unreadableHeader(
                "the folder's key description has costs or a salt out of range; it was not written by micromance")
        }
        let key = try KDF.Scrypt.deriveKey(
            from: Array(passphrase.precomposedStringWithCanonicalMapping.utf8), salt: salt, outputByteCount: 32,
            rounds: header.rounds, blockSize: header.blockSize, parallelism: header.parallelism)
        return FolderKey(id: header.id, key: key)
    }

    /// The key as kept on a device: its identifier, a space, the key in base64.
    public var keptText: String {
        id + " " + key.withUnsafeBytes { Data($0) }.base64EncodedString() + "\n"
    }

    /// A key read back from ``keptText``; nil when the text is not one.
    public init?(keptText text: String) {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard parts.count == 2, let bytes = Data(base64Encoded: String(parts[1])), bytes.count == 32 else { return nil }
        id = String(parts[0])
        key = SymmetricKey(data: bytes)
    }

    init(id: String, key: SymmetricKey) {
        self.id = id
        self.key = key
    }
}

extension SealHeader {
    /// The header of the sync folder at `folder`, or nil when the folder is not encrypted.
    public static func read(folder: String) throws -> SealHeader? {
        let path = folder + "/" + SyncFolderStore.sealHeaderName
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            return try JSONDecoder().decode(SealHeader.self, from: data)
        } catch {
            throw FolderKey.Failure.unreadableHeader("\(path) is not a key description micromance wrote (\(error))")
        }
    }

    /// The header as written into the folder: sorted, indented JSON.
    public var text: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(self)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}") + "\n"
    }
}
