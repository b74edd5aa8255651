/// One of the two people in the relationship, and what the other has learned about them.
public struct Partner: Hashable, Sendable, Codable, Identifiable {
    /// A stable identifier: by default a slug of the name (`sam`).
    public var id: Identifier<Partner>
    /// The name as the couple uses it.
    public var name: String
    /// How much each love language matters to this partner.
    public var profile: LoveLanguageProfile
    /// Things they like, in the couple's own words ("oat flat white, no sugar").
    public var preferences: [String]
    /// What weighs on them, ongoing or on a given day.
    public var stressors: [Stressor]
    /// Birthdays, anniversaries and other dates to remember.
    public var importantDates: [ImportantDate]
    /// Gesture ideas of the couple's own for this partner, beside the built-in catalog (schema version 2).
    public var ideas: [String]
    /// When the partner was added and when each field last changed (schema version 3).
    /// `preferences` and `ideas` merge as sets: additions made apart both survive.
    public var changes: Changes

    /// Creates a partner. The identifier defaults to a slug of the name.
    public init(
        id: Identifier<Partner>? = nil, name: String, profile: LoveLanguageProfile = .even,
        preferences: [String] = [], stressors: [Stressor] = [], importantDates: [ImportantDate] = [],
        ideas: [String] = [], changes: Changes = Changes()
    ) {
        self.id = id ?? Identifier.slug(name) ?? Identifier("partner")
        self.name = name
        self.profile = profile
        self.preferences = preferences
        self.stressors = stressors
        self.importantDates = importantDates
        self.ideas = ideas
        self.changes = changes
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, profile, preferences, stressors, importantDates, ideas, changes
    }

    /// Decodes a partner; the lists may be left out of a file and default to empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Identifier<Partner>.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        profile = try c.decodeIfPresent(LoveLanguageProfile.self, forKey: .profile) ?? .even
        preferences = try c.decodeIfPresent([String].self, forKey: .preferences) ?? []
        stressors = try c.decodeIfPresent([Stressor].self, forKey: .stressors) ?? []
        importantDates = try c.decodeIfPresent([ImportantDate].self, forKey: .importantDates) ?? []
        ideas = try c.decodeIfPresent([String].self, forKey: .ideas) ?? []
        changes = try c.decodeIfPresent(Changes.self, forKey: .changes) ?? Changes()
    }

    /// Encodes a partner; change stamps only when there are some.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(profile, forKey: .profile)
        try c.encode(preferences, forKey: .preferences)
        try c.encode(stressors, forKey: .stressors)
        try c.encode(importantDates, forKey: .importantDates)
        try c.encode(ideas, forKey: .ideas)
        if !changes.isImported { try c.encode(changes, forKey: .changes) }
    }
}

extension Partner {
    /// A name as it is compared when a person types it: without case, accents or width, and
    /// with the letters that have no combining accent (ł, ø, đ, ß) written plainly, so "zoe"
    /// is "Zoë" and "soren" is "Søren".
    public static func folded(_ text: String) -> String {
        let plain = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return String(
            plain.map { character -> Character in
                switch character {
                case "ł": "l"
                case "ø": "o"
                case "đ": "d"
                case "ß": "s"
                default: character
                }
            })
    }

    /// The words of the partner's name, folded (``folded(_:)``): "Søren Ñúñez" is "soren" and "nunez".
    public var foldedNameWords: [String] {
        Self.folded(name).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }
}
