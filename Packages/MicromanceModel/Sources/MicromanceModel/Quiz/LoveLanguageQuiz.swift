/// A short love-language quiz: fifteen forced choices between two small gestures, each
/// speaking a different language. Every language appears in six choices, against each of
/// the others at least once. The answers become a ``LoveLanguageProfile``: one point to
/// the language of each chosen gesture.
///
/// The items are Micromance's own; the idea of ranking the five languages is Gary Chapman's.
public enum LoveLanguageQuiz {
    /// One forced choice.
    public struct Item: Hashable, Sendable {
        /// The first gesture and its language.
        public let first: (text: String, language: LoveLanguage)
        /// The second gesture and its language.
        public let second: (text: String, language: LoveLanguage)

        init(_ a: String, _ la: LoveLanguage, _ b: String, _ lb: LoveLanguage) {
            first = (a, la)
            second = (b, lb)
        }

        /// Compares the texts and languages.
        public static func == (lhs: Item, rhs: Item) -> Bool {
            lhs.first.text == rhs.first.text && lhs.second.text == rhs.second.text
        }

        /// Hashes the texts.
        public func hash(into hasher: inout Hasher) {
            hasher.combine(first.text)
            hasher.combine(second.text)
        }
    }

    /// The lead-in to every item.
    public static let prompt = "I feel most cared for when my partner…"

    /// The fifteen items, in the order they are asked.
    public static let items: [Item] = [
        Item("tells me what they appreciate about me", .words, "takes a chore off my hands without being asked", .service),
        Item("brings home a little something that made them think of me", .gifts, "puts the phone away and really listens", .time),
        Item("reaches for my hand while we walk", .touch, "has dinner ready after a long day", .service),
        Item("leaves me a note saying they're proud of me", .words, "surprises me with my favourite snack", .gifts),
        Item("plans an evening for just the two of us", .time, "gives me a long hug when I get home", .touch),
        Item("runs an errand I have been dreading", .service, "sends a message out of the blue saying they love me", .words),
        Item("saves me the last slice", .gifts, "rubs my shoulders when I'm tense", .touch),
        Item("asks about my day and follows up on it", .time, "compliments something I worked hard on", .words),
        Item("fixes the thing that has been bugging me", .service, "brings me a flower for no reason", .gifts),
        Item("cuddles with me on the couch", .touch, "goes for a walk with me with no agenda", .time),
        Item("makes my coffee exactly the way I like it", .service, "tells me they're glad we're together", .words),
        Item("sends me a song that made them think of me", .gifts, "lets me sleep in and handles the morning", .service),
        Item("sits near me while I work, just to be close", .time, "picks up my usual order on the way home", .gifts),
        Item("kisses me before leaving the house", .touch, "tries something new with me", .time),
        Item("says out loud that I did a good job", .words, "rests a hand on my back in passing", .touch),
    ]

    /// The profile from a list of choices, `true` for the first gesture of each item.
    /// Extra answers are ignored; missing ones count for neither.
    public static func profile(choosingFirst answers: [Bool]) -> LoveLanguageProfile {
        var points = [LoveLanguage: Double]()
        for language in LoveLanguage.allCases { points[language] = 0 }
        for (item, first) in zip(items, answers) {
            points[first ? item.first.language : item.second.language, default: 0] += 1
        }
        return LoveLanguageProfile(points)
    }
}
