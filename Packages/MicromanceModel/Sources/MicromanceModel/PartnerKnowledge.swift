/// A date that matters to a partner: a birthday, an anniversary, a first date.
public struct ImportantDate: Hashable, Sendable, Codable, Identifiable {
    /// Whether the date comes back every year or happens once.
    public enum Recurrence: String, Codable, Sendable, CaseIterable {
        /// Every year on the same month and day (29 February falls on 28 February in other years).
        case yearly
        /// Once, in ``ImportantDate/year``.
        case once
    }

    /// A stable identifier within the partner.
    public var id: Identifier<ImportantDate>
    /// What the date is, in the user's words ("Our anniversary").
    public var title: String
    /// The month, 1...12.
    public var month: Int
    /// The day of the month.
    public var day: Int
    /// The year: required for a date that happens once, optional (the first year) for a yearly one.
    public var year: Int?
    /// Whether the date recurs.
    public var recurrence: Recurrence
    /// When the date was added and when each field last changed (schema version 3).
    public var changes: Changes

    /// Creates an important date.
    public init(
        id: Identifier<ImportantDate>, title: String, month: Int, day: Int, year: Int? = nil,
        recurrence: Recurrence = .yearly, changes: Changes = Changes()
    ) {
        self.id = id
        self.title = title
        self.month = month
        self.day = day
        self.year = year
        self.recurrence = recurrence
        self.changes = changes
    }

    private enum CodingKeys: String, CodingKey { case id, title, month, day, year, recurrence, changes }

    /// Decodes a date; change stamps may be left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Identifier<ImportantDate>.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        month = try c.decode(Int.self, forKey: .month)
        day = try c.decode(Int.self, forKey: .day)
        year = try c.decodeIfPresent(Int.self, forKey: .year)
        recurrence = try c.decode(Recurrence.self, forKey: .recurrence)
        changes = try c.decodeIfPresent(Changes.self, forKey: .changes) ?? Changes()
    }

    /// Encodes a date; change stamps only when there are some.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(month, forKey: .month)
        try c.encode(day, forKey: .day)
        try c.encodeIfPresent(year, forKey: .year)
        try c.encode(recurrence, forKey: .recurrence)
        if !changes.isImported { try c.encode(changes, forKey: .changes) }
    }

    /// The next day on or after `day` on which this date falls, or nil for a one-off date that has passed.
    public func nextOccurrence(onOrAfter day: CalendarDay) -> CalendarDay? {
        switch recurrence {
        case .once:
            guard let year, let date = CalendarDay(year: year, month: month, day: self.day), date >= day else {
                return nil
            }
            return date
        case .yearly:
            for y in day.year...(day.year + 1) {
                let dayOfMonth = min(self.day, CivilDate.daysInMonth(year: y, month: month))
                if let date = CalendarDay(year: y, month: month, day: dayOfMonth), date >= day { return date }
            }
            return nil
        }
    }
}

/// Something that weighs on a partner: ongoing ("driving in the rain") or on a given day
/// ("the presentation on Thursday"). Stressors become timely ideas: a check-in afterwards.
public struct Stressor: Hashable, Sendable, Codable, Identifiable {
    /// A stable identifier within the partner.
    public var id: Identifier<Stressor>
    /// What it is, in the user's words.
    public var title: String
    /// The day it happens, or nil when it is ongoing.
    public var day: CalendarDay?
    /// When the stressor was added and when each field last changed (schema version 3).
    public var changes: Changes

    /// Creates a stressor.
    public init(id: Identifier<Stressor>, title: String, day: CalendarDay? = nil, changes: Changes = Changes()) {
        self.id = id
        self.title = title
        self.day = day
        self.changes = changes
    }

    private enum CodingKeys: String, CodingKey { case id, title, day, changes }

    /// Decodes a stressor; change stamps may be left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Identifier<Stressor>.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        day = try c.decodeIfPresent(CalendarDay.self, forKey: .day)
        changes = try c.decodeIfPresent(Changes.self, forKey: .changes) ?? Changes()
    }

    /// Encodes a stressor; change stamps only when there are some.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encodeIfPresent(day, forKey: .day)
        if !changes.isImported { try c.encode(changes, forKey: .changes) }
    }
}
