/// The couple's settings. Every default here is a setting a user or an integrator can change.
public struct JournalSettings: Hashable, Sendable, Codable {
    /// How many gestures a day count as a day done. The default is one small thing each
    /// day; a value below 1 means "some days" (0.5: every other day on average).
    public var dailyTarget: Double
    /// The first day of the week, for weekly reports.
    public var weekStart: Weekday
    /// The couple's home time zone (an IANA identifier); nil means the device's.
    public var timeZone: String?
    /// Who gives, when `log` is not told.
    public var defaultGiver: Identifier<Partner>?
    /// Who receives, when `log` is not told.
    public var defaultReceiver: Identifier<Partner>?
    /// Days of the week the couple declares as rest days: a day without a gesture on one of
    /// them does not break a streak (schema version 2).
    public var restDays: [Weekday]

    /// Creates settings; every argument has the documented default.
    public init(dailyTarget: Double = 1, weekStart: Weekday = .monday, timeZone: String? = nil,
                defaultGiver: Identifier<Partner>? = nil, defaultReceiver: Identifier<Partner>? = nil,
                restDays: [Weekday] = []) {
        self.dailyTarget = dailyTarget
        self.weekStart = weekStart
        self.timeZone = timeZone
        self.defaultGiver = defaultGiver
        self.defaultReceiver = defaultReceiver
        self.restDays = restDays
    }

    private enum CodingKeys: String, CodingKey {
        case dailyTarget, weekStart, timeZone, defaultGiver, defaultReceiver, restDays
    }

    /// Decodes settings; any key left out takes its default.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        dailyTarget = try c.decodeIfPresent(Double.self, forKey: .dailyTarget) ?? 1
        let week = try c.decodeIfPresent(String.self, forKey: .weekStart)
        if let week {
            guard let day = Weekday(parsing: week) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .weekStart, in: c, debugDescription: "'\(week)' is not a day of the week; use mon ... sun")
            }
            weekStart = day
        } else {
            weekStart = .monday
        }
        timeZone = try c.decodeIfPresent(String.self, forKey: .timeZone)
        defaultGiver = try c.decodeIfPresent(Identifier<Partner>.self, forKey: .defaultGiver)
        defaultReceiver = try c.decodeIfPresent(Identifier<Partner>.self, forKey: .defaultReceiver)
        let rest = try c.decodeIfPresent([String].self, forKey: .restDays) ?? []
        restDays = try rest.map { text in
            guard let day = Weekday(parsing: text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .restDays, in: c, debugDescription: "'\(text)' is not a day of the week; use mon ... sun")
            }
            return day
        }
    }

    /// Encodes settings, with the week start as a three-letter day.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(dailyTarget, forKey: .dailyTarget)
        try c.encode(weekStart.shortName, forKey: .weekStart)
        try c.encodeIfPresent(timeZone, forKey: .timeZone)
        try c.encodeIfPresent(defaultGiver, forKey: .defaultGiver)
        try c.encodeIfPresent(defaultReceiver, forKey: .defaultReceiver)
        try c.encode(restDays.map(\.shortName), forKey: .restDays)
    }
}
