import MicromanceModel

/// A value in a CSV journal's tables that a spreadsheet changed on its own, not a person:
/// found by comparing the tables with what the store last wrote (see
/// ``CSVJournalStore/repairSpreadsheetDamage()``).
public struct SpreadsheetDamage: Hashable, Sendable, CustomStringConvertible {
    /// The table (`moments.csv`).
    public var table: String
    /// The record's identifier.
    public var id: String
    /// The field (`note`).
    public var field: String
    /// The value as Micromance wrote it.
    public var written: String
    /// The value the table holds now.
    public var found: String
    /// What the spreadsheet probably did.
    public var reason: String

    /// Where, what, and what probably happened.
    public var description: String {
        "\(table), \(field) of \(id): '\(StoreError.excerpt(found))' was written as '\(StoreError.excerpt(written))'; \(reason)"
    }

    /// The error that refuses the tables, with the line of the record.
    func error(in store: CSVJournalStore) -> StoreError {
        let decoded = try? CSVJournalDecoder(folder: store.folder, fast: false).decode()
        var line: Int?
        if let (journal, lines, _) = decoded {
            switch table {
            case CSVTables.moments: line = journal.moments.firstIndex { $0.id.rawValue == id }.flatMap { lines["moment"]?[$0] }
            case CSVTables.partners: line = journal.partners.firstIndex { $0.id.rawValue == id }.flatMap { lines["partner"]?[$0] }
            case CSVTables.rituals: line = journal.rituals.firstIndex { $0.id.rawValue == id }.flatMap { lines["ritual"]?[$0] }
            case CSVTables.reflections:
                line = journal.reflections.firstIndex { $0.id.rawValue == id }.flatMap { lines["reflection"]?[$0] }
            default: break
            }
        }
        return .spreadsheetDamage(self, file: store.folder + "/" + table, line: line)
    }

    /// Every damaged text value of `now` compared with `written`, record by record.
    static func find(written: Journal, now: Journal) -> [SpreadsheetDamage] {
        var found = [SpreadsheetDamage]()
        func compare<R: Identifiable>(
            _ table: String, _ old: [R], _ new: [R], _ fields: [(String, (R) -> String?)]
        ) where R.ID: Hashable & CustomStringConvertible {
            guard !new.isEmpty else { return }
            let before = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for record in new {
                guard let previous = before[record.id] else { continue }
                for (field, value) in fields {
                    guard let was = value(previous), let now = value(record), was != now,
                        let reason = SpreadsheetCells.damage(written: was, found: now)
                    else { continue }
                    found.append(
                        SpreadsheetDamage(
                            table: table, id: record.id.description, field: field, written: was, found: now, reason: reason))
                }
            }
        }
        compare(CSVTables.moments, written.moments, now.moments, [("title", { $0.title }), ("note", { $0.note })])
        compare(CSVTables.partners, written.partners, now.partners, [("name", { $0.name })])
        compare(CSVTables.rituals, written.rituals, now.rituals, [("title", { $0.title })])
        compare(
            CSVTables.reflections, written.reflections, now.reflections,
            [("question", { $0.question }), ("answer", { $0.answer })])
        return found
    }

    /// Puts the written value back in `journal`.
    func restore(in journal: inout Journal) {
        switch (table, field) {
        case (CSVTables.moments, _):
            guard let index = journal.moments.firstIndex(where: { $0.id.rawValue == id }) else { return }
            if field == "title" { journal.moments[index].title = written } else { journal.moments[index].note = written }
        case (CSVTables.partners, _):
            if let index = journal.partners.firstIndex(where: { $0.id.rawValue == id }) { journal.partners[index].name = written }
        case (CSVTables.rituals, _):
            if let index = journal.rituals.firstIndex(where: { $0.id.rawValue == id }) { journal.rituals[index].title = written }
        case (CSVTables.reflections, _):
            guard let index = journal.reflections.firstIndex(where: { $0.id.rawValue == id }) else { return }
            if field == "question" { journal.reflections[index].question = written } else { journal.reflections[index].answer = written }
        default: break
        }
    }
}
