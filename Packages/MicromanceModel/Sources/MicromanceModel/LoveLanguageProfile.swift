/// How much each of the five love languages matters to a person, as a weight for every
/// language rather than a single label: most people value several, in some order.
///
/// Weights are non-negative and on any scale (a quiz's points, ratings from 1 to 5);
/// ``share(of:)`` gives them as fractions of the whole and ``ranking`` orders them.
/// In files a profile is an object with all five languages as keys.
public struct LoveLanguageProfile: Hashable, Sendable, Codable {
    /// The weight of each language. Every language has one; a missing one counts as 0.
    public private(set) var weights: [LoveLanguage: Double]

    /// A profile with the same weight for every language: nothing known yet.
    public static let even = LoveLanguageProfile(uniform: 1)

    /// Creates a profile from weights; languages left out get weight 0.
    public init(_ weights: [LoveLanguage: Double]) {
        var all = [LoveLanguage: Double]()
        for language in LoveLanguage.allCases { all[language] = weights[language] ?? 0 }
        self.weights = all
    }

    /// A profile where every language has `weight`.
    public init(uniform weight: Double) {
        self.init(Dictionary(uniqueKeysWithValues: LoveLanguage.allCases.map { ($0, weight) }))
    }

    /// A profile from a ranking, most valued first: the first language gets 5, the next 4,
    /// and so on; languages left out get 0.
    public init(ranking: [LoveLanguage]) {
        var weights = [LoveLanguage: Double]()
        for (index, language) in ranking.enumerated() where weights[language] == nil {
            weights[language] = Double(LoveLanguage.allCases.count - index)
        }
        self.init(weights)
    }

    /// A profile from the languages a person ranked first, most valued first, the others
    /// valued below them and alike: the first gets 5, the next 4, and so on, and the languages
    /// left out share the places after the last ranked (two ranked: 5, 4, and 2 each for the
    /// other three). Someone who names their top two has not said the rest mean nothing to
    /// them: with ``init(ranking:)`` they would get 0, and no idea of theirs would be suggested.
    public init(topRanking ranking: [LoveLanguage]) {
        self.init(ranking: ranking)
        let left = LoveLanguage.allCases.filter { !ranking.contains($0) }
        // The places left are 1 ... left.count; their mean is shared.
        for language in left { self[language] = Double(left.count + 1) / 2 }
    }

    /// The weight of one language.
    public subscript(language: LoveLanguage) -> Double {
        get { weights[language] ?? 0 }
        set { weights[language] = newValue }
    }

    /// The sum of all weights.
    public var total: Double { weights.values.reduce(0, +) }

    /// The weight of `language` as a fraction of the total (0 when all weights are 0).
    public func share(of language: LoveLanguage) -> Double {
        let total = total
        return total > 0 ? self[language] / total : 0
    }

    /// The languages from most to least valued; ties keep Chapman's order.
    public var ranking: [LoveLanguage] {
        LoveLanguage.allCases.sorted { a, b in
            self[a] != self[b] ? self[a] > self[b] : a < b
        }
    }

    /// The most valued language, or nil when every weight is the same (nothing to tell apart).
    public var primary: LoveLanguage? {
        let values = Set(weights.values)
        return values.count > 1 ? ranking.first : nil
    }

    /// Whether the weights form a usable profile: all finite and non-negative, at least one positive.
    public var isValid: Bool {
        weights.values.allSatisfy { $0.isFinite && $0 >= 0 } && total > 0
    }

    /// Decodes an object keyed by language identifiers (`words`, `service`, ...).
    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode([String: Double].self)
        var weights = [LoveLanguage: Double]()
        for (key, value) in raw {
            guard let language = LoveLanguage(rawValue: key) else {
                throw DecodingError.dataCorrupted(
                    .init(
                        codingPath: decoder.codingPath,
                        debugDescription:
                            "'\(key)' is not a love language; use one of \(LoveLanguage.allCases.map(\.rawValue).joined(separator: ", "))"))
            }
            weights[language] = value
        }
        self.init(weights)
    }

    /// Encodes an object with all five languages as keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Dictionary(uniqueKeysWithValues: weights.map { ($0.key.rawValue, $0.value) }))
    }
}
