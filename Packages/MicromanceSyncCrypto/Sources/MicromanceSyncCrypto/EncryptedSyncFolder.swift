import Foundation
import MicromanceModel
import MicromanceStore

/// Making and opening encrypted sync folders: the header written once when the folder is
/// made, and each device's copy of the key, kept in its data folder under `keys/`.
public enum EncryptedSyncFolder {
    /// Why a folder could not be made encrypted.
    public struct Refusal: Error, CustomStringConvertible {
        /// What was refused and what to do instead.
        public let description: String
    }

    /// Makes `folder` an encrypted sync folder for `passphrase` and returns its key. Refused
    /// when the folder already has a key, or already holds a plain journal (convert that one
    /// into a new folder with `micromance convert --to sync:DIR --encrypt`).
    public static func create(folder: String, passphrase: String, rounds: Int = SealHeader.standardRounds) throws -> FolderKey {
        let header = folder + "/" + SyncFolderStore.sealHeaderName
        if FileManager.default.fileExists(atPath: header) {
            throw Refusal(description: "\(folder) is already encrypted; join it with `micromance init --store sync:\(folder) --me NAME`")
        }
        if SyncFolderStore(folder: folder, device: .imported).exists {
            throw Refusal(
                description: "\(folder) already holds a journal that is not encrypted; encrypt a copy into a new, empty folder with "
                    + "`micromance convert --store sync:\(folder) --to sync:NEW --encrypt`")
        }
        let (made, key) = try FolderKey.create(passphrase: passphrase, rounds: rounds)
        try write(made.text, to: header)
        return key
    }

    /// Where a device keeps the key `id` in its data folder.
    public static func keyPath(id: String, dataFolder: String) -> String {
        dataFolder + "/keys/" + id + ".key"
    }

    /// The key this device kept for the folder `header` describes, when it still opens the
    /// header's check; nil when there is none, or when the partners have changed the
    /// passphrase since (the caller then asks for the new one).
    public static func keptKey(for header: SealHeader, dataFolder: String) -> FolderKey? {
        let path = keyPath(id: header.id, dataFolder: dataFolder)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8), let key = FolderKey(keptText: text),
            key.opensCheck(of: header)
        else { return nil }
        return key
    }

    /// Keeps `key` in this device's data folder, readable by its owner only.
    public static func keep(_ key: FolderKey, dataFolder: String) throws {
        let folder = dataFolder + "/keys"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try write(key.keptText, to: keyPath(id: key.id, dataFolder: dataFolder))
    }

    /// Writes `text` to a new file at `path` created readable by its owner only, then moves
    /// it into place, so a reader never sees half of it.
    static func write(_ text: String, to path: String) throws {
        try write(bytes: Array(text.utf8), to: path)
    }

    /// Writes `bytes` as ``write(_:to:)`` writes a text.
    static func write(bytes: [UInt8], to path: String) throws {
        let temporary = path + ".tmp-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
            throw Refusal(description: "could not write \(temporary)")
        }
        if rename(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            throw Refusal(description: "could not write \(path): \(String(cString: strerror(code)))")
        }
    }
}
