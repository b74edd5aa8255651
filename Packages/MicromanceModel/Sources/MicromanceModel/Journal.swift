/// Everything a couple has logged: the two partners, their moments and rituals, and
/// their settings. A value type: load it from a store, change it, save it back.
public struct Journal: Hashable, Sendable, Codable {
    /// The version of the journal format this build writes. A store refuses a journal
    /// with a higher version rather than lose fields it does not know, and upgrades an older
    /// one when reading it (see ``oldestSchemaVersion``).
    ///
    /// History: 1, the first format. 2 added `Moment.ritualID`, `Partner.ideas` and
    /// `JournalSettings.restDays`, all optional in files, so a version 1 journal reads as is.
    /// 3 added change stamps on every record (``Changes``), removed records (``removed``) and
    /// each partner's own time zone, all optional: an older journal reads as stamped at
    /// ``ChangeStamp/imported``, so any change made since wins when merging. 4 added
    /// ``reflections``, answers to reflective questions; a version 3 journal reads as having none,
    /// and a build that knows only version 3 refuses a version 4 file rather than drop them.
    public static let currentSchemaVersion = 4

    /// The oldest format version this build can read and upgrade.
    public static let oldestSchemaVersion = 1

    /// The largest daily target a journal may hold: a hundred small gestures a day is already
    /// far past any real day, and a bound keeps every count derived from it in range.
    public static let maximumDailyTarget: Double = 100

    /// The format version of this journal.
    public var schemaVersion: Int
    /// The people in the relationship (usually two).
    public var partners: [Partner]
    /// Logged moments, in the order they were logged.
    public var moments: [Moment]
    /// Recurring rituals.
    public var rituals: [Ritual]
    /// Answers to reflective questions, in the order they were written (schema version 4).
    public var reflections: [ReflectionAnswer]
    /// The couple's settings.
    public var settings: JournalSettings
    /// Records that were removed, kept so that merging never brings them back (schema version 3).
    public var removed: Tombstones

    /// Creates a journal, empty by default.
    public init(
        schemaVersion: Int = Journal.currentSchemaVersion, partners: [Partner] = [], moments: [Moment] = [],
        rituals: [Ritual] = [], reflections: [ReflectionAnswer] = [], settings: JournalSettings = JournalSettings(),
        removed: Tombstones = Tombstones()
    ) {
        self.schemaVersion = schemaVersion
        self.partners = partners
        self.moments = moments
        self.rituals = rituals
        self.reflections = reflections
        self.settings = settings
        self.removed = removed
    }

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, partners, moments, rituals, reflections, settings, removed
    }

    /// Decodes a journal; lists and settings left out of a file default to empty.
    ///
    /// Throws ``JournalValidationError/unsupportedSchemaVersion(found:supported:)`` before reading
    /// anything else when the journal was written by a newer version of Micromance.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        // Stop before reading fields this build may not know, so nothing is silently dropped.
        guard schemaVersion <= Journal.currentSchemaVersion else {
            throw JournalValidationError.unsupportedSchemaVersion(found: schemaVersion, supported: Journal.currentSchemaVersion)
        }
        guard schemaVersion >= Journal.oldestSchemaVersion else {
            throw DecodingError.dataCorruptedError(
                forKey: .schemaVersion, in: c,
                debugDescription:
                    "format version \(schemaVersion) is not one Micromance ever wrote (the first is \(Journal.oldestSchemaVersion))")
        }
        partners = try c.decodeIfPresent([Partner].self, forKey: .partners) ?? []
        moments = try c.decodeIfPresent([Moment].self, forKey: .moments) ?? []
        rituals = try c.decodeIfPresent([Ritual].self, forKey: .rituals) ?? []
        reflections = try c.decodeIfPresent([ReflectionAnswer].self, forKey: .reflections) ?? []
        settings = try c.decodeIfPresent(JournalSettings.self, forKey: .settings) ?? JournalSettings()
        removed = try c.decodeIfPresent(Tombstones.self, forKey: .removed) ?? Tombstones()
        migrate()
    }

    /// Encodes a journal; removed records only when there are some.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(partners, forKey: .partners)
        try c.encode(moments, forKey: .moments)
        try c.encode(rituals, forKey: .rituals)
        if !reflections.isEmpty { try c.encode(reflections, forKey: .reflections) }
        try c.encode(settings, forKey: .settings)
        if !removed.isEmpty { try c.encode(removed, forKey: .removed) }
    }

    /// Upgrades a journal read in an older format to ``currentSchemaVersion``, in memory.
    /// Each step turns version n into n + 1; stores keep a backup of the old file on the
    /// first save after an upgrade.
    public mutating func migrate() {
        while schemaVersion < Journal.currentSchemaVersion {
            switch schemaVersion {
            case 1:
                // Version 2 only added optional fields, which read as empty.
                schemaVersion = 2
            case 2:
                // Version 3 added change stamps, which read as made at `ChangeStamp.imported`.
                schemaVersion = 3
            case 3:
                // Version 4 added reflections, which read as none.
                schemaVersion = 4
            default:
                schemaVersion = Journal.currentSchemaVersion
            }
        }
    }

    /// The partner with this identifier.
    public func partner(_ id: Identifier<Partner>) -> Partner? {
        partners.first { $0.id == id }
    }

    /// The partner a person means by `text`: the identifier, or the name in any case.
    public func partner(named text: String) -> Partner? {
        let key = text.lowercased()
        return partners.first { $0.id.rawValue == key } ?? partners.first { $0.name.lowercased() == key }
            ?? Identifier<Partner>.slug(text).flatMap { slug in partners.first { $0.id == slug } }
    }

    /// The other partner of a couple, when there are exactly two.
    public func otherPartner(than id: Identifier<Partner>) -> Partner? {
        let others = partners.filter { $0.id != id }
        return others.count == 1 ? others[0] : nil
    }

    /// Adds a partner after checking it: a non-empty name, a usable profile, an identifier
    /// and a name that no other partner has.
    public mutating func add(_ partner: Partner) throws(JournalValidationError) {
        try validate(partner)
        if partners.contains(where: { $0.id == partner.id }) {
            throw .duplicateID(kind: "partner", id: partner.id.rawValue)
        }
        if partners.contains(where: { $0.name.lowercased() == partner.name.lowercased() }) {
            throw .duplicateName(partner.name)
        }
        partners.append(partner)
    }

    /// Logs a moment after checking it against the journal (known partners, a title,
    /// giver and receiver not the same person, an identifier not used before).
    public mutating func log(_ moment: Moment) throws(JournalValidationError) {
        try validate(moment)
        if moments.contains(where: { $0.id == moment.id }) {
            throw .duplicateID(kind: "moment", id: moment.id.rawValue)
        }
        moments.append(moment)
    }
}
