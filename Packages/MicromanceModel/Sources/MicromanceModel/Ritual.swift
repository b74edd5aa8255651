/// A recurring micromance with a cadence: the shared morning coffee, the nightly
/// "how was your day?", a weekly walk.
public struct Ritual: Hashable, Sendable, Codable, Identifiable {
    /// A stable identifier.
    public var id: Identifier<Ritual>
    /// What the ritual is.
    public var title: String
    /// How often it is meant to happen.
    public var cadence: Cadence
    /// Who does it: one partner, or both (every partner listed).
    public var participants: [Identifier<Partner>]
    /// The love language it mostly speaks, when known.
    public var language: LoveLanguage?
    /// When the ritual was made and when each field last changed (schema version 3).
    /// `participants` merge as a set.
    public var changes: Changes

    /// Creates a ritual.
    public init(
        id: Identifier<Ritual>, title: String, cadence: Cadence, participants: [Identifier<Partner>],
        language: LoveLanguage? = nil, changes: Changes = Changes()
    ) {
        self.id = id
        self.title = title
        self.cadence = cadence
        self.participants = participants
        self.language = language
        self.changes = changes
    }

    private enum CodingKeys: String, CodingKey { case id, title, cadence, participants, language, changes }

    /// Decodes a ritual; change stamps may be left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Identifier<Ritual>.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        cadence = try c.decode(Cadence.self, forKey: .cadence)
        participants = try c.decode([Identifier<Partner>].self, forKey: .participants)
        language = try c.decodeIfPresent(LoveLanguage.self, forKey: .language)
        changes = try c.decodeIfPresent(Changes.self, forKey: .changes) ?? Changes()
    }

    /// Encodes a ritual; change stamps only when there are some.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(cadence, forKey: .cadence)
        try c.encode(participants, forKey: .participants)
        try c.encodeIfPresent(language, forKey: .language)
        if !changes.isImported { try c.encode(changes, forKey: .changes) }
    }
}

/// How often a ritual is due. Written in files as a short string: `daily`, `weekdays`,
/// `weekly:mon,thu`, `every:3:2026-11-01` (every third day counting from that day).
public enum Cadence: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Every day.
    case daily
    /// Monday to Friday.
    case weekdays
    /// On the given days of each week.
    case weekly([Weekday])
    /// Every `n` days, counting from `start`.
    case everyNDays(Int, start: CalendarDay)

    /// Whether the ritual is due on `day`.
    public func isDue(on day: CalendarDay) -> Bool {
        switch self {
        case .daily: true
        case .weekdays: day.weekday.isWeekday
        case .weekly(let days): days.contains(day.weekday)
        case .everyNDays(let n, let start): n > 0 && day >= start && start.days(until: day) % n == 0
        }
    }

    /// The string form used in files.
    public var description: String {
        switch self {
        case .daily: "daily"
        case .weekdays: "weekdays"
        case .weekly(let days): "weekly:" + days.map(\.shortName).joined(separator: ",")
        case .everyNDays(let n, let start): "every:\(n):\(start)"
        }
    }

    /// Reads the string form; returns nil when it is not one of the forms above.
    public init?(parsing text: String) {
        let parts = text.lowercased().split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        switch parts.first {
        case "daily" where parts.count == 1: self = .daily
        case "weekdays" where parts.count == 1: self = .weekdays
        case "weekly" where parts.count == 2:
            let days = parts[1].split(separator: ",").compactMap { Weekday(parsing: String($0)) }
            guard !days.isEmpty, days.count == parts[1].split(separator: ",").count else { return nil }
            self = .weekly(days.eachOnce())
        case "every" where parts.count == 3:
            guard let n = Int(parts[1]), n > 0, let start = CalendarDay(parts[2]) else { return nil }
            self = .everyNDays(n, start: start)
        default: return nil
        }
    }

    /// Decodes the string form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let cadence = Cadence(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "'\(text)' is not a cadence; use daily, weekdays, weekly:mon,thu or every:3:2026-11-01")
        }
        self = cadence
    }

    /// Encodes the string form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
