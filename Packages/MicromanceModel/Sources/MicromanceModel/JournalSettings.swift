/// The couple's settings. Every default here is a setting a user or an integrator can change.
///
/// Most settings belong to the couple and travel with the journal: merging two copies takes
/// each one from the copy that changed it last (``changes``). Two belong to one device and
/// never travel: ``defaultGiver`` ("who am I on this device") and ``defaultReceiver``. A merge
/// keeps this copy's, and the sync folder store keeps them in the device's own files.
public struct JournalSettings: Hashable, Sendable, Codable {
    /// The names of the settings that belong to one device, never merged: the ones
    /// ``takeDeviceFields(from:)`` copies. Both are written here and nowhere else.
    public static let deviceFields: Set<String> = ["defaultGiver", "defaultReceiver"]

    /// Sets the settings that belong to one device (``deviceFields``) to `device`'s, or
    /// clears them when `device` is nil; the shared settings stay. A store that keeps who
    /// this device belongs to apart from what travels, or a copy started from another
    /// device's journal, goes through here, so a new device setting is added in one place.
    public mutating func takeDeviceFields(from device: JournalSettings?) {
        defaultGiver = device?.defaultGiver
        defaultReceiver = device?.defaultReceiver
    }

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
    /// Each partner's own time zone, when it differs from ``timeZone`` (a long-distance couple
    /// has two). Merged per partner (schema version 3).
    public var partnerTimeZones: [Identifier<Partner>: String]
    /// When each shared setting last changed (schema version 3). A partner's time zone is
    /// the field `zone:PARTNER`.
    public var changes: Changes

    /// Creates settings; every argument has the documented default.
    public init(
        dailyTarget: Double = 1, weekStart: Weekday = .monday, timeZone: String? = nil,
        defaultGiver: Identifier<Partner>? = nil, defaultReceiver: Identifier<Partner>? = nil,
        restDays: [Weekday] = [], partnerTimeZones: [Identifier<Partner>: String] = [:],
        changes: Changes = Changes()
    ) {
        self.dailyTarget = dailyTarget
        self.weekStart = weekStart
        self.timeZone = timeZone
        self.defaultGiver = defaultGiver
        self.defaultReceiver = defaultReceiver
        self.restDays = restDays
        self.partnerTimeZones = partnerTimeZones
        self.changes = changes
    }

    /// The time zone of `partner`: their own, else the couple's, else nil (the device's).
    public func timeZone(of partner: Identifier<Partner>) -> String? {
        partnerTimeZones[partner] ?? timeZone
    }

    private enum CodingKeys: String, CodingKey {
        case dailyTarget, weekStart, timeZone, defaultGiver, defaultReceiver, restDays, partnerTimeZones, changes
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
        let zones = try c.decodeIfPresent([String: String].self, forKey: .partnerTimeZones) ?? [:]
        partnerTimeZones = Dictionary(uniqueKeysWithValues: zones.map { (Identifier<Partner>($0.key), $0.value) })
        changes = try c.decodeIfPresent(Changes.self, forKey: .changes) ?? Changes()
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
        if !partnerTimeZones.isEmpty {
            try c.encode(Dictionary(uniqueKeysWithValues: partnerTimeZones.map { ($0.key.rawValue, $0.value) }), forKey: .partnerTimeZones)
        }
        if !changes.isImported { try c.encode(changes, forKey: .changes) }
    }
}
