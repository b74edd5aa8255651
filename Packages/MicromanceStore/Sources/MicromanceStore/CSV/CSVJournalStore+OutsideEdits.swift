import Foundation
import MicromanceModel

extension CSVJournalStore {
    /// `journal` (the tables as they are now) with the edits a person made outside Micromance
    /// stamped as changes: compared with the tables as this store last wrote them
    /// (`CSVWrittenCopy`), a changed field is an edit, a row that is gone a removal and a new
    /// row a new record, each stamped now by ``editor`` (`Journal.stampChanges(since:at:)`).
    /// So a merge, or another device in a sync folder, keeps a spreadsheet's edits and
    /// deletions like any other change, rather than undoing them with the older copy. The
    /// stamps carry the time the tables were saved, so every read gives the same ones until
    /// the next write keeps them.
    ///
    /// A changed value that is what a spreadsheet makes of the written one on its own (a
    /// number, date or amount reformatted, characters turned into `?`, text cut at a cell's
    /// limit, a field split at a semicolon or tab) is not an edit: it is refused with its
    /// place, the value as written and what probably happened (``StoreError/corrupt(file:line:column:field:reason:)``).
    /// ``repairSpreadsheetDamage()`` puts those values back.
    func withOutsideEdits(_ journal: Journal) throws(StoreError) -> Journal {
        try refuseMissingTables()
        guard let editedAt = CSVWrittenCopy.editedAt(folder),
            let written = try? CSVJournalDecoder(folder: CSVWrittenCopy.folder(folder)).decode().journal
        else { return journal }
        if let damage = SpreadsheetDamage.find(written: written, now: journal).first {
            throw damage.error(in: self)
        }
        return stamped(journal, since: written, at: editedAt)
    }

    /// Refuses a folder from which a table the store wrote has gone: read as it is, every one
    /// of its rows would be taken as removed, and the removals would travel to other copies.
    func refuseMissingTables() throws(StoreError) {
        guard let table = CSVWrittenCopy.missing(folder).first else { return }
        let stem = String(table.dropLast(4))
        let beside = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasPrefix(stem + ".") && $0 != table }.sorted()
        let hint = beside.isEmpty ? "" : " (\(beside.joined(separator: ", ")) is there: saved under another name or format?)"
        throw .corrupt(
            file: folder + "/" + table, line: nil, column: nil, field: nil,
            reason: "the table is missing from the journal folder\(hint); put it back as CSV (UTF-8, commas). A copy as "
                + "Micromance last wrote it is in \(CSVWrittenCopy.name)/\(table). Nothing was read or written")
    }

    /// `journal` stamped against `written` by this store's editor, at `time` (when the tables
    /// were saved), so that every read of the same files gives the same stamps. An empty note
    /// that came back as no note is what a spreadsheet does to an empty cell, not an edit: it
    /// is left as written.
    func stamped(_ journal: Journal, since written: Journal, at time: Date) -> Journal {
        var journal = journal
        let emptyNotes = Set(written.moments.lazy.filter { $0.note == "" }.map(\.id))
        if !emptyNotes.isEmpty {
            for index in journal.moments.indices where journal.moments[index].note == nil && emptyNotes.contains(journal.moments[index].id)
            {
                journal.moments[index].note = ""
            }
        }
        var clock = HybridClock(device: editor(), now: { time })
        clock.observe(written.latestStamp)
        clock.observe(journal.latestStamp)
        var stamped = journal
        stamped.stampChanges(since: written, at: clock.tick())
        return stamped
    }

    /// Puts back, under the store's lock, the values a spreadsheet mangled on its own (see
    /// ``SpreadsheetDamage``), keeps every real edit (stamped as the person's changes) and
    /// writes the tables again. Returns the cells put back; empty when there was nothing to do.
    public func repairSpreadsheetDamage() throws(StoreError) -> [SpreadsheetDamage] {
        try withExclusiveAccess { () throws(StoreError) -> [SpreadsheetDamage] in
            guard let editedAt = CSVWrittenCopy.editedAt(folder),
                let written = try? CSVJournalDecoder(folder: CSVWrittenCopy.folder(folder)).decode().journal
            else { return [] }
            var journal = try CSVJournalDecoder(folder: folder).decode().journal
            let damage = SpreadsheetDamage.find(written: written, now: journal)
            guard !damage.isEmpty else { return [] }
            for cell in damage { cell.restore(in: &journal) }
            if let problem = journal.problems().first { throw .invalid(file: folder, line: nil, problem) }
            try save(stamped(journal, since: written, at: editedAt))
            return damage
        }
    }
}
