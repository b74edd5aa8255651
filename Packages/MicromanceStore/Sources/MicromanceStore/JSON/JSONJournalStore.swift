import Foundation
import MicromanceModel

/// A journal kept as one human-readable JSON document: sorted keys, two-space indents,
/// timestamps in ISO 8601 with the offset of the time zone they happened in, and a
/// `schemaVersion`, so that it reads well in a text editor and in a diff.
///
/// Saving replaces the file atomically and creates it (and its folder) readable by the
/// owner only. A file that cannot be read is never overwritten: every operation that
/// changes the journal loads it first and stops at the first error.
public struct JSONJournalStore: JournalStore {
    /// The path of the JSON file.
    public let path: String

    /// A store at `path`. Nothing is read or created until it is used.
    public init(path: String) { self.path = path }

    /// The path of the JSON file.
    public var location: String { path }

    /// Whether the journal file exists (a folder of that name is not a journal).
    public var exists: Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
    }

    /// Reads and decodes the file, with errors that give the line, column and field.
    public func load() throws(StoreError) -> Journal {
        try SecureFile.withMappedFile(path) { bytes, release throws(StoreError) in
            try JournalJSON.decode(bytes, file: path, progress: release)
        }
    }

    /// The lock file beside the journal: `.journal.json.lock` for `journal.json`.
    public var lockPath: String {
        let name = ".\(StorePath.lastComponent(of: path)).lock"
        return StorePath.parent(of: path).map { StorePath.join($0, name) } ?? name
    }

    /// Runs `body` holding an exclusive `flock` on ``lockPath``.
    public func withExclusiveAccess<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try FileLock.withExclusiveLock(lockPath, body)
    }

    /// Encodes the journal and atomically replaces the file.
    /// When the file on disk is in an older format, it is first copied to `PATH.vN.bak`.
    public func save(_ journal: Journal) throws(StoreError) {
        try SchemaBackup.protectJSON(at: path)
        SecureFile.removeStaleTemporaries(in: SecureFile.folder(of: path), for: [StorePath.lastComponent(of: path)])
        try SecureFile.replace(path) { write throws(StoreError) in try JournalJSONWriter.write(journal, to: write) }
    }
}
