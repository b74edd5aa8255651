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
        self.init(gestures, keywordStems: nil)
    }

    /// A catalog whose keywords' stems are already known (as ``stemKeywords(_:)`` gives them);
    /// stemmed here when `known` is nil or does not fit.
    init(_ gestures: [Gesture], keywordStems known: [[[String]]]?) {
        self.gestures = gestures
        var index = [Identifier<Gesture>: Gesture]()
        for gesture in gestures where index[gesture.id] == nil { index[gesture.id] = gesture }
        byID = index
        keywordStems = known.flatMap { $0.count == gestures.count ? $0 : nil } ?? Self.stemKeywords(gestures)
    }

    /// Each gesture's keywords as stems; keywords that stem alike ("hug", "hugged") count once.
    static func stemKeywords(_ gestures: [Gesture]) -> [[[String]]] {
        gestures.map { gesture in
            var seen = Set<[String]>()
            return gesture.keywords.map(Stemmer.stems).filter { seen.insert($0).inserted }
        }
    }

    /// The built-in catalog. Its keywords' stems are read from the generated
    /// `builtInKeywordStems` (stemming 331 keywords was a tenth of `log`'s instructions);
    /// `CorpusTests` fails when they are not what stemming gives.
    public static let builtIn = Catalog(
        wordsGestures + serviceGestures + giftGestures + timeGestures + touchGestures + supportGestures
            + apartGestures, keywordStems: parseKeywordStems(builtInKeywordStems))

    /// Keyword stems as text: a line per gesture, its keywords apart by tabs, each keyword's
    /// stems apart by spaces.
    static func serializeKeywordStems(_ stems: [[[String]]]) -> String {
        stems.map { keywords in keywords.map { $0.joined(separator: " ") }.joined(separator: "\t") }.joined(separator: "\n")
    }

    /// The stems ``serializeKeywordStems(_:)`` wrote.
    static func parseKeywordStems(_ text: String) -> [[[String]]] {
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            line.split(separator: UInt8(ascii: "\t")).map { keyword in
                keyword.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
            }
        }
    }

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

    /// Lowercase words of a text, without punctuation or a possessive "'s" ("Sam's coffee" is
    /// "sam", "coffee"). One pass over the characters: `log` stems every phrasing the built-in
    /// language model learns from when it starts.
    static func words(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(text) }
        let characters = Array(text.lowercased())
        var words = [String](), current = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isLetter || character.isNumber {
                current.append(character)
            } else {
                // A possessive "'s" (or "’s") at the end of a word is dropped with its apostrophe.
                if character == "'" || character == "\u{2019}", index + 1 < characters.count, characters[index + 1] == "s",
                    index + 2 == characters.count || !(characters[index + 2].isLetter || characters[index + 2].isNumber)
                {
                    index += 1
                }
                if !current.isEmpty {
                    words.append(current)
                    current = ""
                }
            }
            index += 1
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// ``words(_:)`` for a text of ASCII only, byte by byte.
    private static func asciiWords(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var words = [String](), current = [UInt8]()
        func alphanumeric(_ byte: UInt8) -> Bool {
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if alphanumeric(byte) {
                current.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            } else {
                if byte == 0x27, index + 1 < bytes.count, bytes[index + 1] | 0x20 == 0x73,
                    index + 2 == bytes.count || !alphanumeric(bytes[index + 2])
                {
                    index += 1
                }
                if !current.isEmpty {
                    words.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            }
            index += 1
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }
}
