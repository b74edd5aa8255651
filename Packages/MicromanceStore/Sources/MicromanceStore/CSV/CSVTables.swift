/// The tables of a CSV journal folder and their columns. Readers find columns by their
/// header names, so columns may be reordered by hand; writers use this order.
enum CSVTables {
    static let settings = "settings.csv"
    static let partners = "partners.csv"
    static let dates = "dates.csv"
    static let rituals = "rituals.csv"
    static let moments = "moments.csv"
    /// Answers to reflective questions (schema version 4).
    static let reflections = "reflections.csv"
    /// Removed records, kept so that merging never brings them back (schema version 3).
    static let removed = "removed.csv"

    /// Every table, in the order they are written.
    static let all = [settings, partners, dates, rituals, reflections, moments, removed]

    static let settingsColumns = ["key", "value"]
    static let partnerColumns = ["id", "name", "words", "service", "gifts", "time", "touch", "preferences", "ideas", "changes"]
    static let dateColumns = ["partner", "type", "id", "title", "date", "recurrence", "changes"]
    static let ritualColumns = ["id", "title", "cadence", "participants", "language", "changes"]
    static let momentColumns = [
        "id", "at", "timeZone", "giver", "receiver", "kind", "language", "gesture", "response",
        "ritual", "title", "note", "changes",
    ]
    static let reflectionColumns = ["id", "at", "timeZone", "partner", "question", "answer", "changes"]
    /// One removed record per row: its kind (moment, partner, ritual, stressor, date, reflection), the
    /// partner it belonged to (stressors and dates), its id, and the record as JSON.
    static let removedColumns = ["kind", "partner", "id", "record"]

    /// The store's own columns of a table, by its file name.
    static func columns(of table: String) -> [String] {
        switch table {
        case settings: settingsColumns
        case partners: partnerColumns
        case dates: dateColumns
        case rituals: ritualColumns
        case reflections: reflectionColumns
        case removed: removedColumns
        default: momentColumns
        }
    }

    /// Columns added after version 1 of the format: a table without them still reads.
    static let addedColumns: Set<String> = ["ideas", "ritual", "changes"]

    /// The header line of a table.
    static func header(_ columns: [String]) -> [UInt8] {
        var out = [UInt8]()
        CSVCell.appendRecord(columns, to: &out)
        return out
    }
}
