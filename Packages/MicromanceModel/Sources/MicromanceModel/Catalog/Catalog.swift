import Foundation

/// The built-in catalog of gesture ideas, and searches over it.
///
/// The entries are the project's own wording of the kinds of gesture in DOMAIN.md:
/// words, service, gifts, quality time, touch, check-ins and support, long-distance
/// variants and playful ones. Identifiers are stable: logged moments refer to them.
public struct Catalog: Sendable {
    /// Every gesture, in a stable order.
    public let gestures: [Gesture]
    private let byID: [Identifier<Gesture>: Gesture]
    /// Each gesture's keywords as word stems, for matching titles.
    let keywordStems: [[[String]]]

    /// A catalog of the given gestures (for example the built-in one plus a couple's own ideas).
    public init(_ gestures: [Gesture]) {
        self.gestures = gestures
        var index = [Identifier<Gesture>: Gesture]()
        for gesture in gestures where index[gesture.id] == nil { index[gesture.id] = gesture }
        byID = index
        // Keywords that stem alike ("hug", "hugged") count once.
        keywordStems = gestures.map { gesture in
            var seen = Set<[String]>()
            return gesture.keywords.map(Stemmer.stems).filter { seen.insert($0).inserted }
        }
    }

    /// The built-in catalog.
    public static let builtIn = Catalog(
        wordsGestures + serviceGestures + giftGestures + timeGestures + touchGestures + supportGestures
            + apartGestures)

    /// The gesture with this identifier.
    public func gesture(_ id: Identifier<Gesture>) -> Gesture? { byID[id] }

    /// Gestures that speak `language` (as any of their languages), suit `context`, and whose
    /// title, detail or keywords contain every word of `text`. Each filter is optional.
    /// Gestures whose primary language is the one asked for come first.
    public func search(text: String? = nil, language: LoveLanguage? = nil, context: GestureContext? = nil) -> [Gesture] {
        let words = text.map(Self.words) ?? []
        let found = gestures.filter { gesture in
            if let language, !gesture.languages.contains(language) { return false }
            if let context, !gesture.contexts.contains(context) { return false }
            if words.isEmpty { return true }
            let haystack = (gesture.title + " " + gesture.detail + " " + gesture.keywords.joined(separator: " ")).lowercased()
            return words.allSatisfy { haystack.contains($0) }
        }
        guard let language else { return found }
        return found.filter { $0.primaryLanguage == language } + found.filter { $0.primaryLanguage != language }
    }

    /// The gesture a logged title most likely describes ("Made Sam's coffee" → make-their-coffee),
    /// or nil when no keyword matches. Keywords that span several words count more.
    public func bestMatch(for title: String) -> Gesture? {
        bestMatch(stems: Stemmer.stems(title))
    }

    /// Lowercase words of a text, without punctuation or a possessive "'s".
    static func words(_ text: String) -> [String] {
        text.lowercased()
            .replacingOccurrences(of: "'s", with: "")
            .replacingOccurrences(of: "\u{2019}s", with: "")
            .split { !($0.isLetter || $0.isNumber) }
            .map(String.init)
    }
}
