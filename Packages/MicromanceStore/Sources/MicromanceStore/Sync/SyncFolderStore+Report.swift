import Foundation
import MicromanceModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The quick report of a sync folder: with a ``SyncFolderStore/cacheFolder``, a report (and,
/// while it is trusted, every ``SyncFolderStore/load()``) reads a copy of the joined journal
/// kept there (a JSON journal, `….report.json`, with the history and runs a JSON store keeps
/// beside it), not every device's files. Never in the shared folder,
/// never for encrypted folders.
///
/// The copy is trusted only while every device's files in the folder are as they were when it
/// was written, or after this device's own appends, which are added to it as they are made
/// (`….report-files` records the files). Another device's file that arrives or changes, a fold,
/// a save: the next report joins the folder whole and writes the copy again.
extension SyncFolderStore {
    var reportCopy: JSONJournalStore? { cacheBase.map { JSONJournalStore(path: $0 + ".report.json") } }
    private var reportFilesPath: String? { cacheBase.map { $0 + ".report-files" } }

    /// Every device's files in the folder and their identity (size, times, inode); nil when this
    /// store keeps no cache or a file cannot be read.
    func deviceFiles() -> (paths: [String], identity: [UInt64])? {
        guard let files = (try? indexedFiles()) ?? nil else { return nil }
        let paths = Array(files.tracked.dropLast())  // the last one is the head, not the folder's
        guard let identity = IndexedFiles(index: "", titles: "", tracked: paths, magic: []).identity else { return nil }
        return (paths, [UInt64(paths.count)] + identity)
    }

    /// The record beside the copy: the identity of the folder's files it was joined from, then
    /// `w` and when the earliest-removed record whose words this device's files held was removed
    /// (`w-` for none).
    private func readRecord() -> (files: [UInt64], ownWordsRemovedAt: Int64??)? {
        guard let path = reportFilesPath, let bytes = try? SecureFile.read(path) else { return nil }
        let fields = String(decoding: bytes, as: UTF8.self).split(separator: " ")
        let words = fields.compactMap { UInt64($0) }
        guard !words.isEmpty else { return nil }
        var removedAt: Int64?? = nil
        if let last = fields.last, last.hasPrefix("w") {
            removedAt = last == "w-" ? .some(nil) : Int64(last.dropFirst()).map { .some($0) }
        }
        return (words, removedAt)
    }

    private func recordedFiles() -> [UInt64]? { readRecord()?.files }

    private func writeRecord(_ files: [UInt64], ownWordsRemovedAt: Int64?) throws(StoreError) {
        guard let path = reportFilesPath else { return }
        let removal = "w" + (ownWordsRemovedAt.map(String.init) ?? "-")
        try SecureFile.replace(path, with: Array((files.map(String.init) + [removal]).joined(separator: " ").utf8))
    }

    /// The journal with the moments from `start` to `end` and the history of all of them: from
    /// the copy while it is trusted, from every device's files otherwise.
    public func loadForReport(momentsFrom start: Date, to end: Date) throws(StoreError) -> (journal: Journal, history: MomentHistory) {
        if let copy = reportCopy, let before = deviceFiles()?.identity, recordedFiles() == before,
            var quick = copy.quickReport(from: start, to: end), deviceFiles()?.identity == before
        {
            // Joining a change that adds a moment sorts the moments by time (then id): after
            // this device's appends, the folder reads them in that order.
            if (JSONChangeLog.size(copy.changesPath) ?? 0) > 0 {
                quick.journal.moments.sort { $0.at != $1.at ? $0.at < $1.at : $0.id < $1.id }
            }
            return quick
        }
        return try readWholeForReport(
            from: start, to: end, identity: { deviceFiles()?.identity },
            read: { () throws(StoreError) in
                // Damage in a device's files is told on each read: no copy is kept from a read
                // that found some, or later reports would read the copy and say nothing.
                let damaged = damageReportedCount
                let journal = try load(keepingCopy: false)
                return (journal, reportCopy != nil && journal.problems().isEmpty && damageReportedCount == damaged)
            },
            write: { journal, files in writeReportCopy(journal, files: files) })
    }

    /// The joined journal from the copy, while it is trusted exactly as a report trusts it and
    /// the folder holds no conflict copy; nil otherwise (the folder is then read whole). A copy
    /// that still holds words of records removed past their time is not used either: whether
    /// this device's own files hold them decides its next fold, and only they can tell.
    func loadFromCopy() -> (journal: Journal, ownWordsRemovedAt: Int64?)? {
        guard let copy = reportCopy, let before = deviceFiles(), let record = readRecord(), record.files == before.identity,
            let removedAt = record.ownWordsRemovedAt,
            before.paths.allSatisfy({ SyncFolderFiles.parse(StorePath.lastComponent(of: $0)) != nil })
        else { return nil }
        // This device's files hold words due to go: the next write folds them, which only a
        // read of those files can tell.
        if Journal.wordsAreDue(removedAt: removedAt, before: now().addingTimeInterval(-Journal.removedContentsKeptFor)) { return nil }
        guard var journal = try? copy.load(), deviceFiles()?.identity == before.identity else { return nil }
        // As in a report: joining a change that adds a moment sorts the moments by time, then id.
        if (JSONChangeLog.size(copy.changesPath) ?? 0) > 0 {
            journal.moments.sort { $0.at != $1.at ? $0.at < $1.at : $0.id < $1.id }
        }
        return (journal, removedAt)
    }

    /// After a whole read of the device files whose identity is `files`: writes the copy of
    /// `journal` when the one kept is of other files, and the folder has not changed since.
    /// Without the store's lock (a read may be made under it): a copy written as the folder
    /// changes names the files it was joined from, which no longer match, and is not used.
    func keepReportCopy(_ journal: Journal, files: [UInt64]) {
        guard recordedFiles() != files, deviceFiles()?.identity == files else { return }
        writeReportCopy(journal, files: files)
    }

    /// Writes the copy of `journal`, joined from the device files whose identity is `files`.
    private func writeReportCopy(_ journal: Journal, files: [UInt64]) {
        guard let copy = reportCopy, let record = reportFilesPath, let cacheFolder else { return }
        unlink(record)
        do {
            _ = try SecureFile.makeFolder(cacheFolder)
            try copy.withExclusiveAccess { () throws(StoreError) in try copy.saveBeginningChangeLog(journal) }
            try writeRecord(files, ownWordsRemovedAt: ownWordsRemovedAtLastRead)
            writeSeen(journal)
        } catch {
            unlink(record)
        }
    }

    /// The folder's files before an append, when there is a copy to keep up (else nil, at the
    /// cost of one failed open).
    func reportFilesBeforeAppend() -> [UInt64]? {
        recordedFiles() == nil ? nil : deviceFiles()?.identity
    }

    /// Adds a moment this device just appended to the copy, when the copy matched the folder's
    /// files `before` the append and nothing but this device's change log changed since;
    /// otherwise drops the copy's record (the next report joins the folder whole).
    func reportAppended(_ moment: Moment, before: [UInt64]?) {
        guard let copy = reportCopy, let record = reportFilesPath, let before, let recorded = readRecord(), recorded.files == before,
            let removedAt = recorded.ownWordsRemovedAt
        else {
            if let record = reportFilesPath { unlink(record) }
            return
        }
        unlink(record)
        let own = SyncFolderFiles.changes(folder, device)
        guard let now = deviceFiles(), now.identity.count == before.count, let position = now.paths.firstIndex(of: own) else { return }
        // Words: the number of files, then six for each file in order.
        let ownWords = (1 + 6 * position)..<(1 + 6 * position + 6)
        for word in before.indices where !ownWords.contains(word) && before[word] != now.identity[word] { return }
        do {
            try copy.append(moment)
            try writeRecord(now.identity, ownWordsRemovedAt: removedAt)
        } catch {
            unlink(record)
        }
    }
}
