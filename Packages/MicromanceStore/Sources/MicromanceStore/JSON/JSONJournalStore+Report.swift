import Foundation
import MicromanceModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The quick report: with the index and the history beside the document
/// (`.journal.json.history`, see ``ReportHistoryFile``), a report reads the document's runs of
/// moments around its period, the change log and the counted history, not every moment.
/// Trusted only while the document and change log are exactly as the store's last write left
/// them, as the index is; otherwise the journal is read whole (and the index and history
/// written again, under the lock, when nothing changed meanwhile).
extension JSONJournalStore {
    /// The journal with the moments from `start` to `end` and the history of all of them: read
    /// from the document's runs around the range, the change log and the history when they are trusted, from a whole read otherwise.
    public func loadForReport(momentsFrom start: Date, to end: Date) throws(StoreError) -> (journal: Journal, history: MomentHistory) {
        if let quick = quickReport(from: start, to: end) { return quick }
        return try readWholeForReport(
            from: start, to: end, identity: { indexedFiles.identity },
            read: { () throws(StoreError) in
                let (journal, onlyMoments) = try loadNotingChanges()
                return (journal, onlyMoments && indexedFiles.history != nil)
            },
            write: { journal, _ in writeIndex(of: journal) })
    }

    /// The journal with the range's moments and the stored history; nil when the files are not
    /// as the index and history describe them, or anything fails (the caller reads them whole).
    func quickReport(from start: Date, to end: Date) -> (journal: Journal, history: MomentHistory)? {
        let files = indexedFiles
        let hasLog = JSONChangeLog.size(changesPath) != nil
        guard let historyPath = files.history, let version = SchemaBackup.jsonVersion(at: path), version >= Journal.currentSchemaVersion,
            let identity = files.identity, let index = MomentIndex.read(files),
            let stored = ReportHistoryFile.read(historyPath, identity: identity)
        else { return nil }
        let runs = stored.runs.filter { $0.overlaps(from: start, to: end) }.map(\.bytes)
        guard var journal = head(index, moments: runs), stored.zone == journal.historyZone.identifier,
            !hasLog || (try? JSONChangeLog.apply(changesPath, to: &journal)) == true,
            files.identity == identity  // nothing was written while it was read
        else { return nil }
        journal.moments.removeAll { $0.at < start || $0.at >= end }
        return (journal, stored.history)
    }
}
