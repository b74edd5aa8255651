/// One of the couple's own gesture ideas for a partner ("Sunday pancakes"), with the love
/// language it speaks when they said which.
///
/// ``Partner/ideas`` keeps each idea as one string, its text followed by the language as a
/// tag in brackets, `Sunday pancakes [service]`. Every store, every merge of two devices and
/// every older copy of the software therefore carries an idea's language as it carried the
/// idea: an older copy shows the tag as part of the text and loses nothing. Giving an idea
/// another language replaces the string, which merges as a removal and an addition.
public struct OwnIdea: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The idea in the couple's words, without the tag.
    public var text: String
    /// The love language the couple said it speaks, if they said one.
    public var language: LoveLanguage?

    /// An idea with its text and, optionally, its language.
    public init(_ text: String, language: LoveLanguage? = nil) {
        self.text = text
        self.language = language
    }

    /// An idea without a language (`"Warm her side of the bed"`), for tests and literals.
    public init(stringLiteral text: String) { self.init(stored: text) }

    /// Reads an idea as ``Partner/ideas`` keeps it. A trailing `[tag]` that names a love
    /// language (`[service]`, or a name a person might type by hand, `[acts of service]`) is
    /// the idea's language; any other text in brackets is part of the idea.
    public init(stored: String) {
        let trimmed = stored.trimmingTrailingSpaces
        if trimmed.hasSuffix("]"), let open = trimmed.lastIndex(of: "["), open > trimmed.startIndex,
            let language = LoveLanguage(parsing: String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]))
        {
            let text = String(trimmed[..<open]).trimmingTrailingSpaces
            if !text.isEmpty {
                self.init(text, language: language)
                return
            }
        }
        self.init(stored, language: nil)
    }

    /// The idea as ``Partner/ideas`` keeps it: the text, then ` [language]` when it has one.
    public var stored: String {
        language.map { "\(text) [\($0.rawValue)]" } ?? text
    }

    /// Whether `text` names this idea: the same words, in any case, with or without its tag.
    public func isNamed(_ text: String) -> Bool {
        let other = OwnIdea(stored: text)
        return other.text.lowercased() == self.text.lowercased() && (other.language == nil || other.language == language)
    }
}

extension Partner {
    /// The partner's own ideas with their languages (``Partner/ideas`` read through ``OwnIdea``).
    public var ownIdeas: [OwnIdea] { ideas.map(OwnIdea.init(stored:)) }

    /// Adds an idea, or gives an idea already there (the same text, in any case) the new
    /// language. An idea added again without a language keeps the one it has.
    public mutating func addIdea(_ idea: OwnIdea) {
        if let index = ideas.firstIndex(where: { OwnIdea(stored: $0).text.lowercased() == idea.text.lowercased() }) {
            guard let language = idea.language else { return }
            ideas[index] = OwnIdea(OwnIdea(stored: ideas[index]).text, language: language).stored
        } else {
            ideas.append(idea.stored)
        }
    }

    /// The idea of this partner's that a logged title matches, as ``Catalog/match(_:ideas:learned:model:)``
    /// finds it: most of the idea's words are in the title.
    public func idea(matching title: String) -> OwnIdea? {
        Catalog.bestIdea(for: Set(Stemmer.stems(title)), in: ownIdeas)
    }

    /// Removes the ideas that `text` names (see ``OwnIdea/isNamed(_:)``); returns how many.
    @discardableResult
    public mutating func removeIdeas(named text: String) -> Int {
        let before = ideas.count
        ideas.removeAll { OwnIdea(stored: $0).isNamed(text) }
        return before - ideas.count
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var text = Substring(self)
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}
