/// Labelled titles found by their words: the same content stems, or the most similar set.
public struct TitleIndex: Sendable {
    /// One distinct title as last labelled.
    public struct Example: Sendable, Equatable {
        /// The title as it was written last.
        public var title: String
        /// The language it ended with.
        public var language: LoveLanguage
        /// The catalog gesture it ended with, if any.
        public var gesture: Identifier<Gesture>?
        /// Its content stems, as a set.
        var stems: Set<String>
    }

    /// The titles, oldest first.
    public var examples: [Example] { searched?.all() ?? stored }
    private var stored: [Example] = []
    /// The built-in model's phrasings, searched in their text (then ``stored`` is empty).
    private var searched: SearchedTitles?
    private var byKey: [[String]: Int] = [:]
    /// For each stem, the positions in ``stored`` of the titles that hold it, in order.
    private var postings: [String: [Int]] = [:]

    /// A title that shares words with the one looked for: where it is, how many content
    /// stems it has, its language, and how many stems the two share. Enough to score it; the
    /// title itself is read (``example(at:)``) only for the titles chosen.
    struct Candidate {
        var position: Int
        var stemCount: Int
        var language: LoveLanguage
        var shared: Int
    }

    /// The titles that share at least one word with `wanted`, oldest first. Counted from the
    /// postings, not by intersecting each title's set: a model trained on the corpus holds
    /// some fifteen thousand titles, and a title shares words with a few hundred of them.
    private func candidates(_ wanted: Set<String>) -> [Candidate] {
        if let searched { return searched.candidates(sharing: wanted) }
        var shared = [Int](repeating: 0, count: stored.count), touched = [Int]()
        for stem in wanted {
            for position in postings[stem] ?? [] {
                if shared[position] == 0 { touched.append(position) }
                shared[position] += 1
            }
        }
        touched.sort()
        return touched.map {
            Candidate(position: $0, stemCount: stored[$0].stems.count, language: stored[$0].language, shared: shared[$0])
        }
    }

    /// The title at a candidate's position.
    private func example(at position: Int) -> Example? {
        if let searched { return searched.example(at: position) }
        return stored.indices.contains(position) ? stored[position] : nil
    }

    /// Adds a title to ``stored`` and its stems to ``postings``.
    private mutating func store(_ example: Example) {
        for stem in example.stems { postings[stem, default: []].append(stored.count) }
        stored.append(example)
    }

    /// The index of the built-in model's phrasings, searched in place.
    init(searched: SearchedTitles) {
        self.searched = searched
    }
    /// The gestures' words, for the corpus's phrasings (``with(_:)``); empty for a couple's titles.
    private(set) var gestureModel = GestureModel()

    /// This index with a model of the gestures' words.
    func with(_ model: GestureModel) -> TitleIndex {
        var index = self
        index.gestureModel = model
        return index
    }

    /// The index of labelled titles given oldest first; a later title with the same words wins.
    public init(_ labelled: [LabelledTitle]) {
        self.init(stemmed: labelled.map { (Stemmer.stems($0.title), $0) })
    }

    /// The index of labelled titles whose stems are already known, oldest first.
    init(stemmed labelled: [(stems: [String], label: LabelledTitle)]) {
        var merged = [[String]: (order: Int, label: LabelledTitle)]()
        for (order, (stems, label)) in labelled.enumerated() {
            let key = Self.key(stems)
            guard !key.isEmpty else { continue }
            merged[key] = (order, label)
        }
        for (key, value) in merged.sorted(by: { $0.value.order < $1.value.order }) {
            byKey[key] = stored.count
            store(Example(title: value.label.title, language: value.label.language, gesture: value.label.gesture, stems: Set(key)))
        }
    }

    /// The index of labelled titles already keyed (each ``key(_:)`` of its title, as
    /// ``LanguageModel``'s serialized neighbours hold them), oldest first, no key twice.
    init(keyed labelled: [(key: [String], label: LabelledTitle)]) {
        // No table by key: the same words are found by the scan for like titles (a likeness of 1).
        stored.reserveCapacity(labelled.count)
        for (key, label) in labelled where !key.isEmpty {
            store(Example(title: label.title, language: label.language, gesture: label.gesture, stems: Set(key)))
        }
    }

    /// The sorted content stems that identify a title.
    static func key(_ stems: [String]) -> [String] {
        Array(Set(stems.filter { !Stemmer.fillers.contains($0) })).sorted()
    }

    /// The example for a title with the same words, or else the most similar one: at least
    /// two content words shared, and at least `similarity` (60% by default) of the words of
    /// both together, or every word of the example and one or two more, or (with
    /// `shorterTellings`, for the couple's own titles) every word of the title and at most two
    /// fewer (the latest wins a tie).
    public func example(for stems: [String], similarity: Double = 0.6, shorterTellings: Bool = false) -> (example: Example, exact: Bool)? {
        let key = Self.key(stems)
        guard !key.isEmpty else { return nil }
        if let index = byKey[key] { return (stored[index], true) }
        let wanted = Set(key)
        var best: (position: Int, score: Double)?
        for candidate in candidates(wanted) {
            let shared = candidate.shared
            if byKey.isEmpty, shared == wanted.count, shared == candidate.stemCount {
                if let example = example(at: candidate.position) { return (example, true) }
            }
            // A short title of one or two words ("The usual") is like the same words with one
            // more ("the usual tonight"), and one of two or three with two more ("did a kibanda
            // run for mandazi" is the couple's "kibanda run", not the catalog's errand); a
            // longer one needs two words in common.
            let added = wanted.count - shared
            let contained = shared == candidate.stemCount && (added == 1 || (added == 2 && shared >= 2 && shared <= 3))
            // And the other way: a shorter telling of a taught title, its words all in it and at
            // most two left out ("Picked him up at arrivals", taught as "Picked him up at
            // arrivals with a silly sign").
            let within = shorterTellings && shared == wanted.count && shared >= 2 && candidate.stemCount - shared <= 2
            guard shared >= 2 || contained else { continue }
            let union = candidate.stemCount + wanted.count - shared
            let score = Double(shared) / Double(union)
            if score >= similarity || contained || within, score >= (best?.score ?? 0) { best = (candidate.position, score) }
        }
        return best.flatMap { example(at: $0.position) }.map { ($0, false) }
    }

    /// The gesture most of the `neighbours` titles of `language` most like this one name, when
    /// their votes (each weighted by its likeness; titles naming no gesture vote for none) give
    /// it at least `share`; nil otherwise. For a title whose language is known but whose words
    /// matched no gesture ("praised her cooking" is a compliment, as the corpus's titles like
    /// it say).
    func gestureVote(
        for stems: [String], language: LoveLanguage, neighbours: Int, share: Double, likeness: Double
    ) -> Identifier<Gesture>? {
        let wanted = Set(Self.key(stems))
        guard !wanted.isEmpty else { return nil }
        var near = [(score: Double, position: Int)]()
        for candidate in candidates(wanted) where candidate.language == language {
            let shared = candidate.shared
            let score = Double(shared) / Double(candidate.stemCount + wanted.count - shared)
            if score >= likeness { near.append((score, candidate.position)) }
        }
        near.sort { $0.score > $1.score }
        var votes = [Identifier<Gesture>: (weight: Double, count: Int)](), total = 0.0
        for (score, position) in near.prefix(neighbours) {
            let gesture = example(at: position)?.gesture
            total += score
            if let gesture { votes[gesture, default: (0, 0)].weight += score; votes[gesture, default: (0, 0)].count += 1 }
        }
        let ordered = votes.max {
            $0.value.weight < $1.value.weight || ($0.value.weight == $1.value.weight && $0.key.rawValue > $1.key.rawValue)
        }
        // Two phrasings at least: one alone is a word in common, not a pattern.
        guard let best = ordered, best.value.count >= 2, best.value.weight / total >= share else { return nil }
        return best.key
    }
}
