import Foundation
import MicromanceStore

/// Finds a sync folder (encrypted or not) around a path, so that no other kind of store is
/// opened in one and nothing plain is written into an encrypted one.
enum EncryptedFolderGuard {
    /// The encrypted sync folder that `path` is, or is directly inside (its folder holds
    /// `micromance-sealed.json`); nil when there is none.
    static func encryptedFolder(holding path: String) -> String? {
        folders(around: path).first { FileManager.default.fileExists(atPath: $0 + "/" + SyncFolderStore.sealHeaderName) }
    }

    /// The sync folder, plain or encrypted, that `path` is or is directly inside; nil when
    /// there is none.
    static func syncFolder(holding path: String) -> String? {
        folders(around: path).first { SyncFolderStore.isSyncFolder($0) }
    }

    /// `path` made absolute, and the folder it is in.
    private static func folders(around path: String) -> [String] {
        guard !path.isEmpty else { return [] }
        var absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        while absolute.count > 1, absolute.hasSuffix("/") { absolute.removeLast() }
        return [absolute, StorePath.folder(of: absolute)]
    }
}
