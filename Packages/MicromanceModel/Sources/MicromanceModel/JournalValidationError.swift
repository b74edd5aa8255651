import Foundation

/// Why a journal, or something about to be added to it, breaks the journal's rules.
/// Each case says what is wrong and, in ``description``, what to do about it.
public enum JournalValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A moment or ritual names a partner the journal does not have.
    case unknownPartner(id: String, field: String, in: String)
    /// A title or name is empty or only spaces.
    case emptyTitle(in: String)
    /// A partner with no name.
    case emptyName
    /// A moment whose giver is also its receiver.
    case giverIsReceiver(partner: String, moment: String)
    /// Two items of one kind share an identifier.
    case duplicateID(kind: String, id: String)
    /// Two partners share a name.
    case duplicateName(String)
    /// A love-language profile with a negative, infinite or all-zero weight.
    case invalidProfile(partner: String)
    /// A time zone identifier this system does not know.
    case invalidTimeZone(String, in: String)
    /// A daily target that is not a positive number.
    case invalidDailyTarget(Double)
    /// An important date or stressor date that does not exist on the calendar.
    case invalidDate(String, in: String)
    /// A ritual with a cadence that can never be due.
    case invalidCadence(ritual: String)
    /// A moment says it carried out a ritual the journal does not have.
    case unknownRitual(id: String, in: String)
    /// A journal written by a newer version of Micromance.
    case unsupportedSchemaVersion(found: Int, supported: Int)
    /// A text (a note, a title) longer than a journal holds: see ``Journal/maximumTextBytes``.
    case textTooLong(field: String, bytes: Int, in: String)
    /// A text that must say something (an answer, a question) is empty or only spaces.
    case emptyText(field: String, in: String)

    /// What is wrong, and what to do.
    /// A value quoted in a message, cut to 60 characters, so that a hostile file cannot fill a
    /// terminal (or a log) with the content of its journal.
    static func cut(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(57)) + "…"
    }

    /// A byte count as people read it: 1.2 MB, 640 KB, 12 bytes.
    static func size(_ bytes: Int) -> String {
        if bytes >= 1_000_000 { return String(format: "%.1f MB", Double(bytes) / 1_000_000) }
        if bytes >= 1_000 { return "\(bytes / 1_000) KB" }
        return "\(bytes) bytes"
    }

    /// `bytes` as ``size(_:)`` says it, or as an exact count of bytes when `other` would be said
    /// the same way.
    static func size(_ bytes: Int, beside other: Int) -> String {
        guard size(bytes) == size(other), bytes != other else { return size(bytes) }
        var digits = String(bytes), grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return digits + grouped + " bytes"
    }

    /// What is wrong and where, for a person.
    public var description: String {
        switch self {
        case let .unknownPartner(id, field, place):
            "\(Self.cut(place)): \(Self.cut(field)) '\(Self.cut(id))' is not a partner in this journal; add them first or use one of the partners' names"
        case .emptyTitle(let place):
            "\(Self.cut(place)): the title is empty; describe what happened in a few words"
        case let .emptyText(field, place):
            "\(Self.cut(place)): the \(Self.cut(field)) is empty; write a few words"
        case .emptyName:
            "a partner needs a name"
        case let .giverIsReceiver(partner, moment):
            "moment \(Self.cut(moment)): '\(Self.cut(partner))' is both giver and receiver; a micromance goes from one partner to the "
                + "other, so make one of them the other partner"
        case let .duplicateID(kind, id):
            "two \(kind)s share the identifier '\(Self.cut(id))'; identifiers must be unique, so give one of them another"
        case .duplicateName(let name):
            "there is already a partner called '\(Self.cut(name))'; use another name or edit that partner"
        case .invalidProfile(let partner):
            "partner \(Self.cut(partner)): love-language weights must be zero or more, with at least one above zero"
        case let .invalidTimeZone(zone, place):
            "\(Self.cut(place)): '\(Self.cut(zone))' is not a known time zone; \(Journal.timeZoneAdvice(for: zone))"
        case .invalidDailyTarget(let value):
            "settings: the daily target \(value) must be a number above zero and at most \(Int(Journal.maximumDailyTarget)) (1 means one small thing a day)"
        case let .invalidDate(text, place):
            "\(Self.cut(place)): '\(Self.cut(text))' is not a real date (or not one between the years 1 and 9998)"
        case let .textTooLong(field, bytes, place):
            // Sizes that round alike (1,048,586 bytes against a limit of 1,048,576) are said
            // in bytes, or the message reads "1.0 MB long; … up to 1.0 MB".
            "\(Self.cut(place)): the \(Self.cut(field)) is \(Self.size(bytes, beside: Journal.maximumTextBytes)) long; a journal holds texts of up to \(Self.size(Journal.maximumTextBytes, beside: bytes)). Shorten it (or keep long writing in a file of its own)"
        case .invalidCadence(let ritual):
            "ritual \(Self.cut(ritual)): the cadence is never due; give at least one weekday or a step of one day or more"
        case let .unknownRitual(id, place):
            "\(Self.cut(place)): ritual '\(Self.cut(id))' is not in this journal; add the ritual first or leave the moment's ritual empty"
        case let .unsupportedSchemaVersion(found, supported):
            "this journal has format version \(found), but this build of Micromance reads up to version \(supported); update Micromance to open it"
        }
    }
}
