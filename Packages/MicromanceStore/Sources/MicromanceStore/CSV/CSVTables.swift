/// The tables of a CSV journal folder and their columns. Readers find columns by their
/// header names, so columns may be reordered by hand; writers use this order.
enum CSVTables {
    static let settings = "settings.csv"
    static let partners = "partners.csv"
    static let dates = "dates.csv"
    static let rituals = "rituals.csv"
    static let moments = "moments.csv"

    /// Every table, in the order they are written.
    static let all = [settings, partners, dates, rituals, moments]

    static let settingsColumns = ["key", "value"]
    static let partnerColumns = ["id", "name", "words", "service", "gifts", "time", "touch", "preferences", "ideas"]
    static let dateColumns = ["partner", "type", "id", "title", "date", "recurrence"]
    static let ritualColumns = ["id", "title", "cadence", "participants", "language"]
    static let momentColumns = ["id", "at", "timeZone", "giver", "receiver", "kind", "language", "gesture", "response",
                                "ritual", "title", "note"]

    /// Columns added after version 1 of the format: a table without them still reads.
    static let addedColumns: Set<String> = ["ideas", "ritual"]

    /// The header line of a table.
    static func header(_ columns: [String]) -> [UInt8] {
        var out = [UInt8]()
        CSVCell.appendRecord(columns, to: &out)
        return out
    }
}
