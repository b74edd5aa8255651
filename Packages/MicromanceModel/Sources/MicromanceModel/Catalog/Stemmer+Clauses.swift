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
}
