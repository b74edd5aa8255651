import MicromanceModel

/// A gesture suggested for a receiver, with the reasons it ranks where it does.
public struct Suggestion: Hashable, Sendable, Codable {
    /// The catalog gesture, or nil for one of the partner's own ideas.
    public var gestureID: Identifier<Gesture>?
    /// What to do.
    public var title: String
    /// How to do it well, when known.
    public var detail: String?
    /// The love language it speaks, when known.
    public var language: LoveLanguage?
    /// Typical effort in minutes, when known.
    public var effortMinutes: Int?
    /// The ranking score (higher first); comparable only within one list.
    public var score: Double
    /// Why it ranks here, in plain words.
    public var reasons: [String]
}

/// The situation a suggestion is for.
public struct SuggestionRequest: Sendable {
    /// Who the gesture is for.
    public var receiver: Identifier<Partner>
    /// How many suggestions to return.
    public var count: Int
    /// Situations to favour (`apart` also leaves out gestures that need you there).
    public var contexts: Set<GestureContext>

    /// Creates a request.
    public init(receiver: Identifier<Partner>, count: Int = 3, contexts: Set<GestureContext> = []) {
        self.receiver = receiver
        self.count = count
        self.contexts = contexts
    }
}
