/// How a logged title is matched to what it describes: first what the couple taught it (a
/// partner's own idea they gave a language, a title they logged before with the language it
/// ended with), then a partner's other ideas, then
/// the catalog, and when none of them matches, the love language the words speak, from a small
/// model trained on everyday phrasings and on the couple's own titles.
///
/// Titles and keywords are compared as word stems ("hugged", "hugging" and "hugs" are all
/// "hug"; "held" is "hold", "made" is "make"), with pronouns folded together ("about his day"
/// matches "about their day") and a few everyday synonyms brought to one word ("messaged",
/// "texted", "whatsapped" are all "text"; "massage" is "rub").
public struct GestureMatch: Sendable, Equatable {
    /// Where the match came from.
    public enum Source: Sendable, Equatable {
        /// A title the couple logged before (its text), with the language it ended with.
        case learned(String)
        /// One of the receiving partner's own ideas (its text, without a language tag).
        case idea(String)
        /// A catalog gesture.
        case catalog
        /// No title, idea or gesture matched; the language is what the words most likely speak,
        /// and ``GestureMatch/gesture`` the one most corpus phrasings like the title name, when
        /// enough of them agree.
        case guess
        /// Two languages are about as likely: ``candidates`` holds them, ``language`` is nil.
        case unsure
        /// Nothing matched and the words say no language.
        case none
    }

    /// Where it came from.
    public var source: Source
    /// The catalog gesture, when the catalog matched (or the partner's idea or the learned title is one).
    public var gesture: Gesture?
    /// The love language it speaks: the learned title's, the idea's (the one the couple gave
    /// it, else its gesture's or its words'), the gesture's, or the guess.
    public var language: LoveLanguage?
    /// When ``source`` is `.unsure`, the two languages it could be, the likelier first.
    public var candidates: [LoveLanguage] = []

    /// Whether the language is only a guess from the words.
    public var isGuess: Bool { source == .guess }

    /// Whether the match is a title the couple taught before (``Source/learned(_:)``).
    public var isLearned: Bool {
        if case .learned = source { return true }
        return false
    }
}

extension Catalog {
    /// How sure the matcher must be before it names a language or a gesture; the values are
    /// chosen by cross-validation over the corpus's tuning set (see CorpusTests).
    struct Thresholds: Sendable {
        /// A guess needs this chance, and this many times the chance of the next language.
        var guessChance = 0.62, guessLead = 2.0
        /// Two languages this likely together, neither sure enough alone, are offered as a choice.
        var pairChance = 0.8
        /// The words overrule a catalog keyword when they speak another language this firmly.
        var vetoChance = 0.8
        /// A corpus phrasing this like a title (shared words over all words) lends it its gesture.
        var neighbourSimilarity = 0.4
        /// A guessed language's gesture is the one this share of the votes of this many
        /// corpus phrasings most like the title name (see ``TitleIndex/gestureVote``).
        var voteNeighbours = 5, voteShare = 0.6, voteLikeness = 0.15
        /// When no vote names one, the gesture the words make this likely (``GestureModel``,
        /// whose stems are counted with this much added) is named.
        var gestureChance = 0.3, gestureSmoothing = GestureModel.smoothing

        static let standard = Thresholds()
    }

    /// How much more one of the couple's own titles counts than one of the corpus's phrasings.
    static let learnedWeight = 3.0

    /// What `title` describes: one of `ideas` the couple gave a language (the receiving
    /// partner's own, matched when most of an idea's words are in the title), a title the
    /// couple logged before (``LearnedTitles``, the same words, or one like it; the same
    /// words come before an idea without a language), the catalog gesture whose keywords match best,
    /// else the language the words speak (``LanguageModel``, with the couple's titles weighed
    /// above the built-in phrasings), or two languages to choose from when the words are split.
    /// `model` is the built-in language model unless a caller measuring the matcher trains its own.
    public func match(
        _ title: String, ideas: [OwnIdea] = [], learned: LearnedTitles = LearnedTitles(), model builtIn: LanguageModel = .builtIn
    ) -> GestureMatch {
        match(title, ideas: ideas, learned: learned, model: builtIn, thresholds: .standard)
    }

    /// ``match(_:ideas:learned:model:)`` with other thresholds, for measuring them.
    func match(
        _ title: String, ideas: [OwnIdea] = [], learned: LearnedTitles = LearnedTitles(), model builtIn: LanguageModel,
        thresholds: Thresholds
    ) -> GestureMatch {
        let stems = Stemmer.stems(title)
        let set = Set(stems)
        let taught = learned.example(for: stems)
        func fromLearned(_ example: TitleIndex.Example) -> GestureMatch {
            GestureMatch(source: .learned(example.title), gesture: example.gesture.flatMap(gesture), language: example.language)
        }
        // An idea the couple gave a language comes first; a title logged before, word for
        // word, comes before an idea without one.
        let idea = Self.bestIdea(for: set, in: ideas)
        if let taught, taught.exact, idea?.language == nil { return fromLearned(taught.example) }
        if let idea {
            let ideaStems = Stemmer.stems(idea.text)
            let gesture = bestMatch(stems: ideaStems)
            // The language the couple gave the idea; else its gesture's, else what its words speak.
            let language = idea.language ?? gesture?.primaryLanguage ?? builtIn.rank(stems: ideaStems).first?.language
            return GestureMatch(source: .idea(idea.text), gesture: gesture, language: language)
        }
        if let taught { return fromLearned(taught.example) }
        let model = learned.model.examples == 0 ? builtIn : builtIn.adding(learned.model, weight: Self.learnedWeight)
        // What was done is said before a clause of when or why ("shovelled the drive | before
        // she left for work"): the catalog is matched on that part, and its words count more.
        let main = Stemmer.mainClause(stems)
        let ranked = model.rank(stems: stems, mainClause: main.count)
        // A gesture found by its words is not enough when the words as a whole speak firmly
        // another language ("a card" is not a card game when it is a birthday card with a poem).
        // "Together" in what was done makes it shared time (67 of 73 such tuning phrasings):
        // cooking dinner together is time, and a gesture that is never time does not fit it.
        // Unless the words are of touch: all 15 tuning phrasings "cuddled up together" or
        // "squished together on the sofa" are labelled touch.
        let together = main.contains("together") && !Stemmer.saysCuddling(main)
        // Praise that opens what was done ("praised her cooking", "Sam complimented my
        // driving") is words, whatever it praised: the cooking is not a meal cooked.
        let praising = main.lazy.filter { !Stemmer.fillers.contains($0) }.prefix(2).contains { Stemmer.praiseVerbs.contains($0) }
        let buying = Stemmer.opensWithBuying(main)
        // Thanks that open what was done ("thanked her for taking out the bins", "I thank Ania
        // for all the late nights") are words: the deed after "for" is the one thanked for.
        let thanking = Stemmer.opensWithThanks(main)
        func overruled(_ gesture: Gesture) -> Bool {
            if together && !gesture.languages.contains(.time) { return true }
            if buying && !gesture.languages.contains(.gifts) { return true }
            if (praising || thanking) && !gesture.languages.contains(.words) { return true }
            return ranked.first.map { $0.chance >= thresholds.vetoChance && !gesture.languages.contains($0.language) } ?? false
        }
        // A gesture of two languages speaks the one its words favour (a scrapbook of letters is a gift).
        func language(of gesture: Gesture) -> LoveLanguage {
            if together && gesture.languages.contains(.time) { return .time }
            guard gesture.languages.count > 1 else { return gesture.primaryLanguage }
            return ranked.first { gesture.languages.contains($0.language) }?.language ?? gesture.primaryLanguage
        }
        if let gesture = bestMatch(stems: Array(main), allowing: praising || thanking ? { $0.languages.contains(.words) } : nil),
            !overruled(gesture)
        {
            return inContext(
                GestureMatch(source: .catalog, gesture: gesture, language: language(of: gesture)), stems: stems, main: main.count)
        }
        // A phrasing of the corpus like this one names its gesture.
        if let near = builtIn.neighbours.example(for: Array(main), similarity: thresholds.neighbourSimilarity),
            let gesture = near.example.gesture.flatMap(gesture), !overruled(gesture)
        {
            return inContext(
                GestureMatch(source: .catalog, gesture: gesture, language: language(of: gesture)), stems: stems, main: main.count)
        }
        guard var first = ranked.first else { return GestureMatch(source: .none, gesture: nil, language: nil) }
        var second = ranked.count > 1 ? ranked[1] : (language: first.language, chance: 0.0)
        // Something bought for them is a gift, however sure the words are of another language,
        // and however close another language comes to it.
        if buying {
            first = (language: .gifts, chance: 1)
            second.chance = 0
        } else if thanking {
            first = (language: .words, chance: 1)
            second.chance = 0
        }
        if first.chance >= thresholds.guessChance, first.chance >= thresholds.guessLead * second.chance {
            let voted = builtIn.neighbours.gestureVote(
                for: Array(main), language: first.language, neighbours: thresholds.voteNeighbours, share: thresholds.voteShare,
                likeness: thresholds.voteLikeness)
            // Else the gesture the words of what was done make likeliest, when fairly likely
            // (the model also knows the phrasings that name no gesture, and then names none).
            let named =
                voted
                ?? builtIn.neighbours.gestureModel.best(
                    for: Set(TitleIndex.key(Array(main))), language: first.language, smoothing: thresholds.gestureSmoothing
                ).flatMap { $0.chance >= thresholds.gestureChance ? $0.gesture : nil }
            return inContext(
                GestureMatch(source: .guess, gesture: named.flatMap(gesture), language: first.language), stems: stems, main: main.count)
        }
        if first.chance + second.chance >= thresholds.pairChance {
            return GestureMatch(source: .unsure, gesture: nil, language: nil, candidates: [first.language, second.language])
        }
        return GestureMatch(source: .none, gesture: nil, language: nil)
    }

    /// The one of `ideas` that `title` carries out, by the rule ``match(_:ideas:learned:model:)``
    /// follows (most of the idea's words in the title: "our Sunday pancakes" carries out the
    /// idea "pancakes"); nil when none does.
    public static func idea(carriedOutBy title: String, in ideas: [OwnIdea]) -> OwnIdea? {
        guard !ideas.isEmpty else { return nil }
        return bestIdea(for: Set(Stemmer.stems(title)), in: ideas)
    }

    /// The idea most of whose words are in the title (at least 60% of an idea's words that
    /// carry meaning, the larger share winning, the first listed on a tie). An idea of one such
    /// word ("pancakes") matches any title that has it.
    static func bestIdea(for title: Set<String>, in ideas: [OwnIdea]) -> OwnIdea? {
        var best: (idea: OwnIdea, share: Double)?
        for idea in ideas {
            let wanted = Set(Stemmer.stems(idea.text)).subtracting(Stemmer.fillers)
            guard !wanted.isEmpty else { continue }
            let share = Double(wanted.intersection(title).count) / Double(wanted.count)
            if share >= 0.6, share > (best?.share ?? 0) { best = (idea, share) }
        }
        return best?.idea
    }

    /// The gesture whose keywords match the stems best: a keyword of several words counts 3
    /// when its stems appear in order, a single word 2, or 1 when it only says when or where
    /// ("dinner", "hand", "interview": "played cards after dinner" is not cooking). A match
    /// needs at least 2; ties go to the gesture listed first. Only gestures `allowed` passes
    /// are weighed, when given.
    func bestMatch(stems: [String], allowing allowed: ((Gesture) -> Bool)? = nil) -> Gesture? {
        let set = Set(stems)
        let text = " " + stems.joined(separator: " ") + " "
        var best: (gesture: Gesture, score: Int)?
        for (index, gesture) in gestures.enumerated() where allowed?(gesture) ?? true {
            var score = 0
            for keyword in keywordStems[index] {
                if keyword.count > 1 {
                    if text.contains(" " + keyword.joined(separator: " ") + " ") { score += 3 }
                } else if let word = keyword.first, set.contains(word) {
                    score += Stemmer.weak.contains(word) ? 1 : 2
                }
            }
            if score >= 2, score > (best?.score ?? 0) { best = (gesture, score) }
        }
        return best?.gesture
    }
}

/// A small English stemmer for titles of everyday gestures, with the irregular verbs they use.
enum Stemmer {
    /// Stems of keywords that say when or where more than what (they count less).
    static let weak: Set<String> = Set(
        [
            "dinner", "breakfast", "meal", "lunch", "home", "night", "morning", "day", "work", "show", "film", "movie", "hand", "back",
            "bed", "door", "time", "phone", "interview", "presentation", "exam", "appointment", "drive", "video", "memory", "view",
        ]
        .map { stem($0) })

    /// Words that say nothing about what was done.
    static let fillers: Set<String> = [
        "a", "an", "the", "to", "for", "of", "on", "in", "at", "and", "with", "my", "your", "our", "them", "it", "up", "some",
        "me", "i", "we", "you", "just", "so", "very", "really", "little", "bit",
        // Words that carry no gesture of their own (pronouns, "was", "even though", "lol").
        "their", "they", "us", "is", "wa", "are", "be", "been", "had", "ha", "have", "this", "that", "these", "even", "though",
        "because", "while", "when", "all", "lol", "would", "could", "ll", "im", "ive", "don", "didn", "t", "s", "b", "c",
        "again", "tonight", "today", "yesterday", "once", "more",
    ]

    /// Verbs of praise: a title that opens with one says something kind about a deed.
    static let praiseVerbs: Set<String> = Set(
        ["praised", "complimented", "complemented", "raved", "gushed", "bragged"].map { stem($0) })

    private static let irregular: [String: String] = [
        "made": "make", "held": "hold", "gave": "give", "given": "give", "brought": "bring", "took": "take", "taken": "take",
        "wrote": "write", "written": "write", "told": "tell", "said": "say", "bought": "buy", "sent": "send", "left": "leave",
        "got": "get", "went": "go", "ran": "run", "sat": "sit", "slept": "sleep", "kept": "keep", "met": "meet", "fed": "feed",
        "ate": "eat", "drove": "drive", "driven": "drive", "swept": "sweep", "hung": "hang", "lit": "light", "read": "read",
        "feet": "foot", "children": "kid", "kids": "kid", "did": "do", "done": "do", "saw": "see", "heard": "hear",
        "cuppa": "tea", "brew": "tea",
        // Everyday spellings and shorthand seen in the tuning phrasings.
        "tho": "though", "altho": "though", "bc": "because", "cuz": "because", "coz": "because", "w": "with",
        "appt": "appointment", "brake": "break", "suprised": "surprise", "suprise": "surprise", "recieved": "receive",
        "fave": "favourite", "favorite": "favourite", "fav": "favourite", "u": "you", "ur": "your", "luv": "love",
        "nappy": "diaper", "nappies": "diaper", "mum": "mom", "mums": "mom", "colour": "color",
        // One word for one thing.
        "messaged": "text", "message": "text", "messages": "text", "sms": "text", "whatsapp": "text", "whatsapped": "text",
        "texted": "text", "texts": "text", "dm": "text", "embrace": "hug",
        "embraced": "hug", "smooch": "kiss", "phoned": "call", "rang": "call", "ring": "call", "facetimed": "facetime",
        "massaged": "massage",
        "bouquet": "flower", "groceries": "grocery", "shopping": "grocery", "laundry": "laundry", "washing": "wash",
        "dinner": "dinner", "supper": "dinner",
        // Pronouns folded together, so "about his day" matches "about their day".
        "not": "no", "his": "their", "her": "their", "hers": "their", "theirs": "their", "him": "them", "she": "they", "he": "they",
    ]

    /// The stems of the words of `text`, in order.
    static func stems(_ text: String) -> [String] {
        var stems = Catalog.words(text).map(stem)
        if stems.isEmpty { return symbols(text) }
        // Tea as an occasion ("over tea", "afternoon tea", "took tea at the Pump Room") is
        // time spent, not a cup made for someone: none of the tuning set's 7 is make-their-tea.
        // Hot chocolate is a drink, not a snack brought home: none of the tuning set's 6 is
        // favourite-snack.
        for index in stems.indices.dropFirst() {
            if stems[index] == "tea"
                && (teaOccasions.contains(stems[index - 1])
                    || index >= 2 && teaShared.contains(stems[index - 2]) && teaArticles.contains(stems[index - 1]))
            {
                stems[index] = "teatim"
            } else if stems[index] == "chocolat" && stems[index - 1] == "hot" {
                stems[index] = "hotchocolat"
            } else if speech.contains(stems[index]), stems[max(0, index - 3)..<index].contains(where: negators.contains) {
                stems[index] = unsaid
            }
        }
        return stems
    }

    /// Speech that did not happen ("without saying anything", "didn't say a word", "not a
    /// word", "without being asked") says nothing kind: of the tuning set's phrasings with a
    /// word of speech after a negation, most are a chore done unasked or a quiet hug or hour
    /// together, and the word of speech took them for words of affirmation. Such a word
    /// becomes one stem of its own, which the model learns like any other.
    static let speech: Set<String> = Set(
        [
            "say", "saying", "tell", "telling", "word", "words", "ask", "asked", "asking", "mention", "mentioned", "complain",
            "complained", "talk", "talked", "talking", "speak", "spoke",
        ].map(stem))
    /// Words that negate the speech after them, up to three words on.
    static let negators: Set<String> = Set(
        ["without", "didn", "no", "never", "nothing", "don", "doesn", "wasn", "hardly", "barely"].map(stem))
    static let unsaid = "unsaid"

    /// A title of no words ("❤️🤗", "☕️"): its symbols, one stem each, so that a couple can
    /// teach it a language like any other title. Nothing built in knows them, so until taught
    /// such a title still matches nothing.
    static func symbols(_ text: String) -> [String] {
        text.filter { !$0.isWhitespace && !$0.isPunctuation }.map { String($0) }
    }

    /// Words before "tea" that make it an occasion.
    static let teaOccasions: Set<String> = Set(["over", "afternoon", "high", "took", "had", "shared", "drank", "sipped"].map(stem))
    /// Verbs that make tea an occasion with a word between ("shared a cuppa", "over our tea").
    static let teaShared: Set<String> = Set(["over", "shared", "drank", "sipped"].map(stem))
    static let teaArticles: Set<String> = ["a", "our", "some", "mint", "green", "morning", "first", "last"]

    /// One word's stem: irregular forms first, then plural and -ing/-ed endings (a doubled
    /// last letter undone: "hugged" is "hug"), then a final "e" ("make" and "making" meet at
    /// "mak"). Crude, but the same on both sides: titles and keywords go through it alike.
    static func stem(_ word: String) -> String {
        let w = irregular[word] ?? word
        // Most words are ASCII, where a letter is a byte: the same steps over bytes, without
        // counting characters (the catalog's keywords and the couple's titles are stemmed each
        // time the tool starts).
        if w.utf8.allSatisfy({ $0 < 0x80 }) { return stemASCII(Array(w.utf8)) }
        return stemCharacters(w)
    }

    /// ``stem(_:)`` after the irregular forms, over characters.
    static func stemCharacters(_ word: String) -> String {
        var w = word
        func undouble() {
            let letters = Array(w)
            if letters.count >= 3, letters[letters.count - 1] == letters[letters.count - 2], !"lsz".contains(letters[letters.count - 1]) {
                w.removeLast()
            }
        }
        if w.count > 4, w.hasSuffix("ies") {
            w = String(w.dropLast(3)) + "y"
        } else if w.count > 4, w.hasSuffix("ing") {
            w.removeLast(3)
            undouble()
        } else if w.count > 3, w.hasSuffix("ed") {
            w.removeLast(2)
            undouble()
        } else if w.count > 4, w.hasSuffix("ches") || w.hasSuffix("shes") || w.hasSuffix("xes") || w.hasSuffix("sses") {
            w.removeLast(2)
        } else if w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") {
            w.removeLast()
        }
        if w.count > 3, w.hasSuffix("e") { w.removeLast() }
        return w
    }

    /// ``stem(_:)`` for a word of ASCII letters, step for step.
    static func stemASCII(_ bytes: [UInt8]) -> String {
        var w = bytes
        func ends(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard w.count >= count else { return false }
            return suffix.withUTF8Buffer { w[(w.count - count)...].elementsEqual($0) }
        }
        func undouble() {
            let count = w.count
            if count >= 3, w[count - 1] == w[count - 2], !"lsz".utf8.contains(w[count - 1]) { w.removeLast() }
        }
        if w.count > 4, ends("ies") {
            w.removeLast(3)
            w.append(UInt8(ascii: "y"))
        } else if w.count > 4, ends("ing") {
            w.removeLast(3)
            undouble()
        } else if w.count > 3, ends("ed") {
            w.removeLast(2)
            undouble()
        } else if w.count > 4, ends("ches") || ends("shes") || ends("xes") || ends("sses") {
            w.removeLast(2)
        } else if w.count > 3, ends("s"), !ends("ss"), !ends("us"), !ends("is") {
            w.removeLast()
        }
        if w.count > 3, ends("e") { w.removeLast() }
        return String(decoding: w, as: UTF8.self)
    }
}
