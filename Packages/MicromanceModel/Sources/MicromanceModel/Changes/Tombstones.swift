/// Records that were removed, kept with their last contents and the stamp of their removal
/// (``Changes/removed``), so that merging with a copy that still has them does not bring them
/// back, and so that an edit made after the removal (by clock) can bring a record back whole.
///
/// Removed records are never shown: insights, history and reports read only the journal's
/// own lists. Compaction rule: a removed record keeps its contents while some copy could still
/// hold an edit made after the removal; see the README's section on sharing a journal.
public struct Tombstones: Hashable, Sendable, Codable {
    /// Removed moments.
    public var moments: [Moment]
    /// Removed partners, with what was known about them.
    public var partners: [Partner]
    /// Removed rituals.
    public var rituals: [Ritual]
    /// Removed stressors, each with the partner it belonged to.
    public var stressors: [Owned<Stressor>]
    /// Removed important dates, each with the partner it belonged to.
    public var dates: [Owned<ImportantDate>]
    /// Removed answers to reflective questions (schema version 4).
    public var reflections: [ReflectionAnswer]

    /// A record of a partner's (a stressor, a date), with the partner's identifier.
    public struct Owned<Record: Hashable & Sendable & Codable>: Hashable, Sendable, Codable {
        /// The partner it belonged to.
        public var partner: Identifier<Partner>
        /// The record.
        public var record: Record
        /// Creates an owned record.
        public init(partner: Identifier<Partner>, record: Record) {
            self.partner = partner
            self.record = record
        }
    }

    /// No removals.
    public init(
        moments: [Moment] = [], partners: [Partner] = [], rituals: [Ritual] = [],
        stressors: [Owned<Stressor>] = [], dates: [Owned<ImportantDate>] = [], reflections: [ReflectionAnswer] = []
    ) {
        self.moments = moments
        self.partners = partners
        self.rituals = rituals
        self.stressors = stressors
        self.dates = dates
        self.reflections = reflections
    }

    /// Whether nothing was removed.
    public var isEmpty: Bool {
        moments.isEmpty && partners.isEmpty && rituals.isEmpty && stressors.isEmpty && dates.isEmpty && reflections.isEmpty
    }

    /// How many records were removed.
    public var count: Int { moments.count + partners.count + rituals.count + stressors.count + dates.count + reflections.count }

    private enum CodingKeys: String, CodingKey { case moments, partners, rituals, stressors, dates, reflections }

    /// Decodes removals; lists left out are empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        moments = try c.decodeIfPresent([Moment].self, forKey: .moments) ?? []
        partners = try c.decodeIfPresent([Partner].self, forKey: .partners) ?? []
        rituals = try c.decodeIfPresent([Ritual].self, forKey: .rituals) ?? []
        stressors = try c.decodeIfPresent([Owned<Stressor>].self, forKey: .stressors) ?? []
        dates = try c.decodeIfPresent([Owned<ImportantDate>].self, forKey: .dates) ?? []
        reflections = try c.decodeIfPresent([ReflectionAnswer].self, forKey: .reflections) ?? []
    }

    /// Encodes removals, leaving out empty lists.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        if !moments.isEmpty { try c.encode(moments, forKey: .moments) }
        if !partners.isEmpty { try c.encode(partners, forKey: .partners) }
        if !rituals.isEmpty { try c.encode(rituals, forKey: .rituals) }
        if !stressors.isEmpty { try c.encode(stressors, forKey: .stressors) }
        if !dates.isEmpty { try c.encode(dates, forKey: .dates) }
        if !reflections.isEmpty { try c.encode(reflections, forKey: .reflections) }
    }
}
