import Foundation
import MicromanceModel

/// A journal kept as one human-readable JSON document: sorted keys, two-space indents,
/// timestamps in ISO 8601 with the offset of the time zone they happened in, and a
/// `schemaVersion`, so that it reads well in a text editor and in a diff.
///
/// Adding a moment appends one line to a change log beside the document
/// (`journal.changes.jsonl` for `journal.json`, see ``changesPath``) rather than writing the
/// whole document again; any other change, and an append that takes the log past
/// ``compactAfterBytes``, folds the log into the document. Keep the two files together when
/// you copy or back up a journal. Through ``loadForAppending()``, an append reads neither:
/// an index beside them (`.journal.json.index`, a cache rebuilt whenever either file is not
/// as the store left it) answers the id check and the days.
///
/// Saving replaces the file atomically and creates it (and its folder) readable by the
/// owner only. A file that cannot be read is never overwritten: every operation that
/// changes the journal loads it first and stops at the first error.
public struct JSONJournalStore: JournalStore {
    /// The path of the JSON file.
    public let path: String
    /// The size of the change log beyond which an append folds it into the document.
    public let compactAfterBytes: Int

    /// A store at `path`. Nothing is read or created until it is used.
    public init(path: String, compactAfterBytes: Int = 256 << 10) {
        self.path = path
        self.compactAfterBytes = compactAfterBytes
    }

    /// The change log beside the document: its `.json` ending replaced by `.changes.jsonl`.
    public var changesPath: String { JSONChangeLog.path(for: path) }

    /// The path of the JSON file.
    public var location: String { path }

    /// Whether the journal file exists (a folder of that name is not a journal).
    public var exists: Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
    }

    /// Reads and decodes the file, with errors that give the line, column and field.
    /// The moments of the change log follow the document's, each checked with its line.
    public func load() throws(StoreError) -> Journal {
        try loadNotingChanges().journal
    }

    /// The journal, and whether its change log (if any) held moments only.
    func loadNotingChanges() throws(StoreError) -> (journal: Journal, onlyMoments: Bool) {
        let log = changesPath
        var onlyMoments = true
        var journal: Journal
        do {
            journal = try SecureFile.withMappedFile(path) { bytes, release throws(StoreError) in
                try JournalJSON.decode(bytes, file: path, progress: release)
            }
        } catch {
            if case .notFound = error, JSONChangeLog.size(log) != nil { throw Self.orphanedLog(log, path) }
            throw error
        }
        if JSONChangeLog.size(log) != nil {
            onlyMoments = try JSONChangeLog.apply(log, to: &journal)
        } else if let named = JSONChangeLog.named(in: path) {
            let expected = StorePath.lastComponent(of: log)
            let folder = StorePath.parent(of: path)
            let namedPath = folder.map { StorePath.join($0, named) } ?? named
            if !named.isEmpty, named != expected, !named.contains("/"), JSONChangeLog.size(namedPath) != nil {
                // The journal was renamed, its change log not.
                throw .io(
                    file: path, operation: "read the journal",
                    reason: "its latest moments are in \(named), the change log of the name it was saved under; a journal's "
                        + "change log takes its name: rename \(named) to \(expected) (or copy it, if the journal under the old "
                        + "name still uses it)")
            }
            // A copy of the document alone: its latest moments are elsewhere.
            let renamed = !named.isEmpty && named != expected
            let what = renamed ? "its change log, saved as \(named)," : "its change log, \(expected),"
            let copy =
                renamed
                ? "copy \(named) from where this journal came from and name it \(expected) here"
                : "copy it from where this journal came from"
            throw .io(
                file: path, operation: "read the journal",
                reason: "its latest moments are in \(what) which is not beside it: \(copy) (the same folder on the other machine, "
                    + "or the backup). To open the journal without them, create an empty \(expected) beside it")
        }
        return (journal, onlyMoments)
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
    /// Then deletes the change log, whose moments the caller's journal holds (it was loaded
    /// with them). A change log without its document is never deleted.
    public func save(_ journal: Journal) throws(StoreError) {
        let log = changesPath
        if !exists, JSONChangeLog.size(log) != nil { throw Self.orphanedLog(log, path) }
        try SchemaBackup.protectJSON(at: path)
        try write(journal, changeLog: nil)
        if JSONChangeLog.size(log) != nil { try JSONChangeLog.remove(log, folder: SecureFile.folder(of: path)) }
        MomentIndex.remove(indexedFiles)  // it described the files just replaced
    }

    /// Saves `journal` as a document that names an empty change log, and indexes it: what the
    /// first append after a fold writes, so that the next appends are quick. For a cache the
    /// store keeps (a sync folder's copy for reports); the caller holds the lock.
    func saveBeginningChangeLog(_ journal: Journal) throws(StoreError) {
        let log = changesPath
        if JSONChangeLog.size(log) != nil { try JSONChangeLog.remove(log, folder: SecureFile.folder(of: path)) }
        MomentIndex.remove(indexedFiles)
        try SecureFile.append(log, bytes: [])
        try write(journal, changeLog: StorePath.lastComponent(of: log))
        writeIndex(of: journal)
    }

    /// Replaces the document, naming `changeLog` in it when given.
    private func write(_ journal: Journal, changeLog: String?) throws(StoreError) {
        let files = indexedFiles
        let names = [path, files.index, files.titles, files.history ?? files.index].map { StorePath.lastComponent(of: $0) }
        SecureFile.removeStaleTemporaries(in: SecureFile.folder(of: path), for: names)
        try SecureFile.replace(path) { write throws(StoreError) in
            try JournalJSONWriter.write(journal, changeLog: changeLog, to: write)
        }
    }

    /// Checks the moment against `journal` and appends it to the change log; folds the log
    /// into the document when it has grown past ``compactAfterBytes``.
    public func append(_ moment: Moment, to journal: inout Journal) throws(StoreError) {
        let log = changesPath
        do throws(JournalValidationError) {
            try journal.log(moment)
        } catch {
            throw .refused(file: path, error)
        }
        do {
            // A new journal, or one in an older format (saved once in the current format, with
            // its backup), is written whole.
            guard exists, let version = SchemaBackup.jsonVersion(at: path), version >= Journal.currentSchemaVersion else {
                try save(journal)
                return
            }
            guard JSONChangeLog.size(log) != nil else {
                // The first moment since a fold goes into the document, which from now on names
                // the change log (the empty log first: a crash between the two leaves a journal
                // that reads); the next ones are appended.
                try SecureFile.append(log, bytes: [])
                try write(journal, changeLog: StorePath.lastComponent(of: log))
                writeIndex(of: journal)
                return
            }
            let before = indexedFiles.identity
            let index = MomentIndex.read(indexedFiles)
            try JSONChangeLog.append(moment, to: log)
            indexAppended(moment, index: index, before: before)
        } catch {
            journal.moments.removeLast()  // as it was: nothing was written
            throw error
        }
        if let size = JSONChangeLog.size(log), size > compactAfterBytes { try save(journal) }
    }

    private static func orphanedLog(_ log: String, _ path: String) -> StoreError {
        .io(
            file: log, operation: "read the journal",
            reason: "this change log belongs with \(path), which is not there; put the journal back beside it "
                + "(from a backup or the folder you copied it from), or move the change log away to start afresh")
    }
}
