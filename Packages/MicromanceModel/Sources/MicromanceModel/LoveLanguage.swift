/// The five love languages described by Gary Chapman: the ways a person most readily
/// gives and recognises care. A gesture lands best when it is made in the receiver's
/// language rather than the giver's.
public enum LoveLanguage: String, CaseIterable, Codable, Sendable, Comparable, CustomStringConvertible {
    /// Spoken or written appreciation, encouragement, compliments, thanks.
    case words
    /// Doing something that lightens the other's load.
    case service
    /// A thoughtful token: small, chosen, "I thought of you".
    case gifts
    /// Undivided attention and shared time.
    case time
    /// Physical closeness and affectionate touch.
    case touch

    /// The full name, as people say it.
    public var displayName: String {
        switch self {
        case .words: "Words of affirmation"
        case .service: "Acts of service"
        case .gifts: "Receiving gifts"
        case .time: "Quality time"
        case .touch: "Physical touch"
        }
    }

    /// The identifier used in files and on the command line.
    public var description: String { rawValue }

    /// Orders languages in Chapman's usual order (the order of `allCases`).
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }

    private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// Reads a language from what a person might type: the identifier (`touch`), the full
    /// name in any case (`Physical touch`), or a common short form (`acts`, `quality-time`).
    public init?(parsing text: String) {
        let key = text.lowercased().filter { $0.isLetter }
        switch key {
        case "words", "wordsofaffirmation", "affirmation", "word": self = .words
        case "service", "actsofservice", "acts", "act": self = .service
        case "gifts", "gift", "receivinggifts": self = .gifts
        case "time", "qualitytime", "quality": self = .time
        case "touch", "physicaltouch", "physical": self = .touch
        default: return nil
        }
    }
}
