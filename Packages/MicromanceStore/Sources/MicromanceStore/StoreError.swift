import MicromanceModel

/// Why a store could not be read or written. Every case names the file, and where it can,
/// the line and field; ``description`` also says what to do. A store that throws one of
/// these while loading is left exactly as it was.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    /// No journal has been saved at this location yet.
    case notFound(String)
    /// The file is not valid for its format: a syntax error, a wrong type, a missing field.
    case corrupt(file: String, line: Int?, column: Int?, field: String?, reason: String)
    /// The file reads, but breaks the journal's rules (an unknown partner, say): the data on
    /// disk is wrong.
    case invalid(file: String, line: Int?, JournalValidationError)
    /// A change was refused because it would break the journal's rules (a moment naming a
    /// partner the journal does not have, an identifier already taken): the data on disk is
    /// fine, the change was not made, and nothing was written.
    case refused(file: String, JournalValidationError)
    /// A text is longer than a spreadsheet cell holds, in a store whose tables a spreadsheet
    /// opens (the CSV store): refused at input rather than cut later by the spreadsheet.
    case tooLongForACell(file: String, record: String, field: String, characters: Int)
    /// A value in a CSV journal's tables that a spreadsheet changed on its own (see
    /// ``SpreadsheetDamage``): nothing was read or written.
    /// ``CSVJournalStore/repairSpreadsheetDamage()`` puts the written values back.
    case spreadsheetDamage(SpreadsheetDamage, file: String, line: Int?)
    /// The path is a symbolic link. Micromance never follows one to a journal file or folder:
    /// a planted link could send what it reads or writes somewhere else.
    case symbolicLink(file: String)
    /// The journal was written by a newer version of Micromance.
    case newerSchema(file: String, found: Int, supported: Int)
    /// The operating system refused an operation.
    case io(file: String, operation: String, reason: String)
    /// No backend is registered for this kind of store location.
    case unknownBackend(String, known: [String])
    /// The store is encrypted and was not given the key that opens it (no passphrase, or a
    /// wrong one): nothing was read or written.
    case locked(file: String, reason: String)

    /// What went wrong, where, and what to do.
    public var description: String {
        switch self {
        case .notFound(let file):
            return "no journal at \(file) yet"
        case let .corrupt(file, line, column, field, reason):
            return "\(Self.place(file, line, column)): \(field.map { "\($0): " } ?? "")\(Self.sentence(reason)) "
                + "The file was not changed; fix it in a text editor (or restore a backup) and try again"
        case let .invalid(file, line, error):
            return "\(Self.place(file, line, nil)): \(Self.sentence("\(error)")) The journal was not changed; "
                + "fix \(line == nil ? "it" : "that line") in a text editor (or restore a backup) and try again"
        case let .refused(_, error):
            return "\(error); nothing was written"
        case let .tooLongForACell(_, record, field, characters):
            return "\(record): the \(field) takes \(characters) characters in its cell (counting the ' put before one that starts "
                + "with =, +, -, @ or '), and a CSV journal keeps each value in a spreadsheet "
                + "cell, which holds at most \(CSVJournalStore.longestCell) (a spreadsheet would cut it); shorten it, or keep "
                + "this journal in a JSON file; nothing was written"
        case let .spreadsheetDamage(damage, file, line):
            return "\(Self.place(file, line, nil)): \(damage.field): '\(Self.excerpt(damage.found))' was "
                + "'\(Self.excerpt(damage.written))' when Micromance wrote it: \(damage.reason). Nothing was read or written; "
                + "a repair of the tables puts the written values back and keeps your other edits"
        case let .symbolicLink(file):
            return "\(file) is a symbolic link, and Micromance does not follow links to journal files (a link could send "
                + "what it reads or writes somewhere else); use the real file or folder instead"
        case let .newerSchema(file, found, supported):
            return "\(file): this journal has format version \(found), but this build of Micromance reads up to version \(supported). "
                + "Update Micromance to open it; the file was not changed"
        case let .io(file, operation, reason):
            return "\(file): could not \(operation): \(reason)"
        case let .locked(file, reason):
            return "\(file): \(reason); nothing was read or written"
        case let .unknownBackend(location, known):
            if location.hasSuffix(":"), known.contains(String(location.dropLast())) {
                return
                    "'\(location)' names no place: give the path after the scheme, e.g. \(location)~/journal\(location == "json:" ? ".json" : "")"
            }
            return
                "no store backend for '\(location)'; use a .json file, a folder (CSV), or one of the schemes \(known.map { $0 + ":" }.joined(separator: ", "))"
        }
    }

    /// `text` ended as a sentence: a full stop, unless it ends with a question ("did you mean
    /// Europe/Paris?").
    static func sentence(_ text: String) -> String { text.hasSuffix("?") ? text : text + "." }

    /// A cell or value quoted in a message, cut to 40 characters: enough to find it in the
    /// file, without copying a whole note (or a hostile megabyte) into a terminal or a log.
    public static func excerpt(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(37)) + "…"
    }

    private static func place(_ file: String, _ line: Int?, _ column: Int?) -> String {
        var text = file
        if let line { text += ":\(line)" }
        if let column { text += ":\(column)" }
        return text
    }
}
