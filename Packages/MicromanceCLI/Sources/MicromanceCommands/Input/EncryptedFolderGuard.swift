import Foundation
import MicromanceStore

/// Finds a sync folder (encrypted or not) around a path, so that no other kind of store is
/// opened in one and nothing plain is written into an encrypted one.
enum EncryptedFolderGuard {
    /// The encrypted sync folder that `path` is, or is directly inside (its folder holds
    /// `micromance-sealed.json`); nil when there is none.
    static func encryptedFolder(holding path: String) -> String? {
        guard !path.isEmpty else { return nil }
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var trimmed = absolute
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        for candidate in [trimmed, StorePath.folder(of: trimmed)] {
            if FileManager.default.fileExists(atPath: candidate + "/" + SyncFolderStore.sealHeaderName) { return candidate }
        }
        return nil
    }

    /// The sync folder, plain or encrypted, that `path` is or is directly inside; nil when
    /// there is none.
    static func syncFolder(holding path: String) -> String? {
        guard !path.isEmpty else { return nil }
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var trimmed = absolute
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        return [trimmed, StorePath.folder(of: trimmed)].first { SyncFolderStore.isSyncFolder($0) }
    }
}
