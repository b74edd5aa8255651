/// One idea in the gesture catalog: a small act of care with its love languages, the
/// effort it usually takes and the situations it suits.
public struct Gesture: Hashable, Sendable, Codable, Identifiable {
    /// A stable identifier (`warm-towel`); moments refer to it, so it never changes.
    public let id: Identifier<Gesture>
    /// A short title in the imperative ("Warm their towel").
    public let title: String
    /// One sentence on how to do it well.
    public let detail: String
    /// The love languages it speaks, the primary one first.
    public let languages: [LoveLanguage]
    /// Typical effort in minutes: seconds to minutes, never hours.
    public let effortMinutes: Int
    /// The situations it suits.
    public let contexts: Set<GestureContext>
    /// Words that, found in a logged title, point to this gesture.
    public let keywords: [String]

    /// Creates a catalog entry.
    public init(
        id: Identifier<Gesture>, title: String, detail: String, languages: [LoveLanguage], effortMinutes: Int,
        contexts: Set<GestureContext>, keywords: [String]
    ) {
        self.id = id
        self.title = title
        self.detail = detail
        self.languages = languages
        self.effortMinutes = effortMinutes
        self.contexts = contexts
        self.keywords = keywords
    }

    /// The primary love language.
    public var primaryLanguage: LoveLanguage { languages.first ?? .time }
}

/// A situation a gesture suits.
public enum GestureContext: String, CaseIterable, Codable, Sendable, Comparable, CustomStringConvertible {
    /// At the start of the day.
    case morning
    /// In the evening or at bedtime.
    case evening
    /// When the partners are apart: at work, travelling, long distance.
    case apart
    /// When the partner is under pressure: a deadline, a hard day, a dreaded task.
    case stress
    /// After a disagreement, once both are calm again.
    case afterConflict = "after-conflict"
    /// Suits a daily ritual of connection.
    case ritual
    /// To mark a win, a date, a good day.
    case celebration
    /// On a free day together.
    case weekend

    /// The identifier used on the command line.
    public var description: String { rawValue }

    /// Orders contexts as declared.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
