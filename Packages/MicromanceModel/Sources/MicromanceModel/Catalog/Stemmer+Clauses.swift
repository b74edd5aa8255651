/// Where what was done ends in a title, and a clause of when, why or for whom begins.
extension Stemmer {
    /// Words that open a clause saying when or why rather than what was done.
    static let clauseOpeners: Set<String> = Set(
        ["before", "after", "while", "when", "because", "since", "until", "till", "during"].map { stem($0) })
    /// Words after "so" that make it open a clause of purpose ("so she could study").
    static let purposeSubjects: Set<String> = ["they", "we", "i", "you", "that"]

    /// Whether "so" opens a clause of purpose for the other, after what was done ("so she could
    /// study"; not "so we could", a purpose they share).
    static func hasPurposeClause(_ stems: [String]) -> Bool {
        guard stems.count > 2 else { return false }
        // "So we could" is for both of them: in the tuning set, shared time every time (25 of 25).
        for index in 1..<(stems.count - 1) where opensPurpose(stems, at: index) && stems[index + 1] != "we" { return true }
        return false
    }

    /// Whether the "so" at `index` opens a clause of purpose: "so she could", and with a name
    /// or a noun as its subject, "so Veikko didn't have to", "so the kids could sleep".
    static func opensPurpose(_ stems: [String], at index: Int) -> Bool {
        guard stems[index] == "so", index + 1 < stems.count else { return false }
        let subject = stems[index + 1]
        if purposeSubjects.contains(subject) { return true }
        guard !Stemmer.fillers.contains(subject) || determiners.contains(subject) else { return false }
        let verb = determiners.contains(subject) ? index + 3 : index + 2
        return verb < stems.count && purposeVerbs.contains(stems[verb])
    }

    static let determiners: Set<String> = ["the", "my", "our", "his"]
    /// The verbs that follow the subject of a clause of purpose.
    static let purposeVerbs: Set<String> = [
        "could", "can", "couldn", "didn", "don", "doesn", "wouldn", "would", "won", "had", "only", "wasn", "get", "got",
    ]

    /// The stems of what was done: those before the first word that opens a clause of when or
    /// why ("before", "after", "while", "so she could"), when at least two come before it; else all.
    static func mainClause(_ stems: [String]) -> ArraySlice<String> {
        guard stems.count > 3 else { return stems[...] }
        for index in 2..<stems.count {
            let word = stems[index]
            if clauseOpeners.contains(word) { return stems[..<index] }
            if opensPurpose(stems, at: index) { return stems[..<index] }
            if word == "on", index + 1 < stems.count, ["our"].contains(stems[index + 1]) { return stems[..<index] }
        }
        return stems[...]
    }

    /// Verbs of buying: a title that opens with one gives a thing bought.
    static let buyVerbs: Set<String> = Set(["bought", "buy", "ordered", "order", "purchased", "purchase"].map { stem($0) })
    /// Verbs that give a thing bought when a receiver and an article follow ("got her a ...").
    static let getVerbs: Set<String> = Set(["got", "grabbed", "picked"].map { stem($0) })
    static let receivers: Set<String> = Set(["him", "her", "me", "them", "us", "hun", "babe"].map { stem($0) })
    static let articles: Set<String> = Set(["a", "an", "some", "that", "this", "new", "the"].map { stem($0) })
    /// Whether what was done is a cuddle: "cuddled", "snuggled", "squished", "spooning", a hug,
    /// or being "wrapped up" together.
    static func saysCuddling(_ main: ArraySlice<String>) -> Bool {
        if main.contains(where: cuddleWords.contains) { return true }
        return zip(main, main.dropFirst()).contains { $0 == wrapWord && $1 == "up" }
    }
    static let cuddleWords: Set<String> = Set(
        [
            "cuddle", "cuddled", "cuddles", "cuddling", "snuggle", "snuggled", "snuggles", "snuggling", "squished", "squish",
            "squeezed", "spooned", "spooning", "hug", "hugged", "hugging", "hugs",
        ].map { stem($0) })
    static let wrapWord = stem("wrapped")
    static let newWord = stem("new")
    static let brandWord = stem("brand")

    /// Whether what was done opens with thanking someone for something: a word of thanks
    /// first (after fillers such as "I"), then "for" within five words ("thanked him twice for
    /// fixing the heater", "ty msg to hubs for doing the laundry"). Of the tuning set's 96
    /// phrasings that open so, 94 are labelled words (49 with no gesture, 24 thanks for a chore,
    /// 17 thanks out loud); cross-validation had taken 8 of them for the deed thanked for.
    static func opensWithThanks(_ main: ArraySlice<String>) -> Bool {
        guard let index = main.firstIndex(where: { !fillers.contains($0) || $0 == forWord }), thankWords.contains(main[index])
        else { return false }
        return main[(index + 1)...].prefix(5).contains(forWord)
    }
    static let thankWords: Set<String> = Set(
        ["thank", "thanked", "thanking", "thanks", "thankd", "thnaked", "thx", "ty", "tq"].map { stem($0) })
    static let forWord = stem("for")

    /// Whether what was done opens with buying something for someone: "bought him a massage
    /// gun", "she ordered me a laptop stand", "got her a body pillow to hug". Counted by their
    /// words, 982 of the 14,659 tuning phrasings open this way and 978 of them are gifts (the
    /// others: two concerts bought tickets for, two meals ordered so the other need not cook),
    /// whatever the thing is for, yet the words of its use (a massage, a hug, a watch) took some
    /// for another language. With the rule, cross-validation's confidently wrong went from 424
    /// to 392 phrasings and those left open from 333 to 326.
    /// A title that opens with something new ("new slippers", "a brand new phone case for
    /// her") gives it too: 69 of the 72 tuning phrasings that open so are gifts.
    static func opensWithBuying(_ main: ArraySlice<String>) -> Bool {
        let opening = main.lazy.filter { !fillers.contains($0) }.prefix(2)
        if opening.contains(where: buyVerbs.contains) { return true }
        if let first = opening.first, first == newWord || (first == brandWord && opening.dropFirst().first == newWord) { return true }
        let words = Array(main.prefix(6))
        for index in words.indices.prefix(4) where getVerbs.contains(words[index]) && index + 2 < words.count {
            if receivers.contains(words[index + 1]) && articles.contains(words[index + 2]) { return true }
        }
        return false
    }
}
