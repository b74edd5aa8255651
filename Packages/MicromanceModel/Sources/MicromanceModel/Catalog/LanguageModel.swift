import Foundation

/// Which love language a title's words speak, as a naive Bayes model over word stems and
/// pairs of neighbouring stems: small, quick and explainable (each word's pull toward each
/// language is a count).
///
/// The built-in model (``builtIn``) is trained on the tuning half of the project's corpus of
/// everyday phrasings; a couple's own logged moments are added on top of it with more weight
/// (``adding(_:weight:)``), so their words mean what they taught it.
public struct LanguageModel: Sendable {
    /// For each feature (a stem, or two stems joined by "+"), its weight in each language.
    private(set) var counts = FeatureTable()
    /// The total feature weight of each language.
    private(set) var totals = [Double](repeating: 0, count: LoveLanguage.allCases.count)
    /// How many examples the model learned from.
    public private(set) var examples = 0
    /// The training phrasings that name a catalog gesture, to find the gesture of a title
    /// like one of them when no keyword matched.
    public var neighbours: TitleIndex {
        switch neighbourSource {
        case .made(let index): index
        case .lazy(let lazy): lazy.index
        }
    }

    /// Where ``neighbours`` come from: made with the model, or read when first asked for.
    enum NeighbourSource: Sendable {
        case made(TitleIndex)
        case lazy(LazyTitleIndex)
    }
    var neighbourSource = NeighbourSource.made(TitleIndex([]))

    /// Counts added on top of ``counts`` by ``adding(_:weight:)`` (already multiplied by its
    /// weight), kept apart so that the large built-in table is never copied.
    private(set) var extra: [String: [Double]] = [:]
    /// Features of ``extra`` that ``counts`` lacks.
    private var extraOnly = 0

    /// A phrasing to learn from: its text, language, and catalog gesture where one fits.
    public struct Example: Sendable {
        /// The phrasing.
        public var title: String
        /// The love language it speaks.
        public var language: LoveLanguage
        /// The catalog gesture it describes, if one fits.
        public var gesture: String?

        /// An example.
        public init(_ title: String, _ language: LoveLanguage, gesture: String? = nil) {
            self.title = title
            self.language = language
            self.gesture = gesture
        }
    }

    /// How much a word in a clause of when or why counts beside the words of what was done.
    static let contextWeight = 0.5

    /// An empty model.
    public init() {}

    /// A model with these counts, totals and neighbours (as read from text).
    init(counts: FeatureTable, totals: [Double], neighbours: TitleIndex) {
        self.counts = counts
        self.totals = totals
        neighbourSource = .made(neighbours)
        examples = 1
    }

    /// A model trained on labelled phrasings.
    public init(training: [Example]) {
        var named = [(stems: [String], label: LabelledTitle)]()
        var all = [(stems: Set<String>, language: LoveLanguage, gesture: Identifier<Gesture>?)]()
        for example in training {
            let stems = Stemmer.stems(example.title)
            add(stems: stems, example.language)
            all.append((Set(TitleIndex.key(Array(Stemmer.mainClause(stems)))), example.language, example.gesture.map { Identifier($0) }))
            if let gesture = example.gesture {
                named.append((stems, LabelledTitle(title: example.title, language: example.language, gesture: Identifier(gesture))))
            }
        }
        neighbourSource = .made(TitleIndex(stemmed: named).with(GestureModel(all)))
    }

    /// The built-in model: trained on the tuning set of the phrasing corpus, and on the
    /// catalog's own words (each gesture's title and keywords, in its first language). It is
    /// read from the counts that training wrote (kept in the source by `CorpusTests`, which
    /// fails when they are not what training gives), so `log` does not
    /// stem a thousand phrasings each time it starts.
    public static let builtIn = LanguageModel(
        serialized: trainedCounts,
        lazyNeighbours: {
            LanguageModel.searchedNeighbours(serialized: trainedNeighbours, postings: trainedNeighbourPostings)
                .with(GestureModel(serialized: trainedGestures))
        })

    /// The built-in model trained afresh from the phrasings and the catalog.
    static var trained: LanguageModel { standard(training: Phrasings.tuning) }

    /// A model trained on `training` and on the catalog's words, as ``builtIn`` is (for
    /// measuring the matcher on part of the corpus).
    public static func standard(training: [Example]) -> LanguageModel {
        var model = LanguageModel(training: training)
        for gesture in Catalog.builtIn.gestures {
            model.add(gesture.title, gesture.primaryLanguage)
            for keyword in gesture.keywords { model.add(keyword, gesture.primaryLanguage) }
        }
        for (language, words) in Lexicon.words {
            for word in words { model.add(stems: [word], language, weight: Lexicon.weight) }
        }
        return model
    }

    /// The features of a title: its content stems, each pair of neighbouring ones, and whether
    /// a clause of purpose follows what was done ("so she could nap", "so I didn't have to":
    /// 89 of the 109 tuning phrasings with one are acts of service).
    static func features(_ stems: [String]) -> [String] {
        let content = stems.filter { !Stemmer.fillers.contains($0) }
        var features = content
        if content.count > 1 {
            for index in 1..<content.count { features.append(content[index - 1] + "+" + content[index]) }
        }
        if Stemmer.hasPurposeClause(stems) { features.append(Self.purposeFeature) }
        return features
    }

    /// The feature of a clause of purpose (a pair of fillers: no title has it otherwise).
    static let purposeFeature = "so+that"

    /// Learns one labelled title, counted `weight` times.
    public mutating func add(_ title: String, _ language: LoveLanguage, weight: Double = 1) {
        add(stems: Stemmer.stems(title), language, weight: weight)
    }

    mutating func add(stems: [String], _ language: LoveLanguage, weight: Double = 1) {
        let slot = Self.slot(language)
        for feature in Self.features(stems) {
            counts.add(feature, slot: slot, weight: weight, width: totals.count)
            totals[slot] += weight
        }
        examples += 1
    }

    /// This model with `other`'s counts added, each multiplied by `weight`. The sum keeps them
    /// beside this model's own (costing the size of `other`, not of this model).
    public func adding(_ other: LanguageModel, weight: Double) -> LanguageModel {
        var sum = self
        var theirs = other.extra
        other.counts.forEachFeature { feature, values in theirs[feature] = theirs[feature].map { zip($0, values).map { $0 + $1 } } ?? values
        }
        for (feature, values) in theirs {
            var mine = sum.extra[feature] ?? [Double](repeating: 0, count: totals.count)
            if sum.extra[feature] == nil, counts[feature] == nil { sum.extraOnly += 1 }
            for slot in values.indices { mine[slot] += values[slot] * weight }
            sum.extra[feature] = mine
        }
        for slot in totals.indices { sum.totals[slot] += other.totals[slot] * weight }
        sum.examples += other.examples
        return sum
    }

    /// A feature's weight in each language, own and added; nil when the model does not know it.
    func featureWeights(_ feature: String) -> [Double]? {
        guard let added = extra[feature] else { return counts[feature] }
        guard let own = counts[feature] else { return added }
        return zip(own, added).map { $0 + $1 }
    }

    /// The chance of each language given the stems, most likely first (equal priors; unknown
    /// words carry no weight). Empty when no word of the title is known to the model.
    /// When `mainClause` is less than all the stems, the words after it (a clause of when or
    /// why) count `Self.contextWeight` of the others.
    public func rank(stems: [String], mainClause: Int? = nil) -> [(language: LoveLanguage, chance: Double)] {
        let main = Self.features(Array(stems.prefix(mainClause ?? stems.count)))
        let all = mainClause.map { $0 < stems.count } == true ? Self.features(stems) : main
        let context = Set(all).subtracting(main)
        var known = [([Double], Double)]()
        for feature in all {
            guard let values = featureWeights(feature) ?? misspelt(feature).flatMap({ featureWeights($0) }) else { continue }
            known.append((values, context.contains(feature) ? Self.contextWeight : 1))
        }
        guard !known.isEmpty else { return [] }
        let vocabulary = Double(max(1, counts.count + extraOnly))
        var logs = [Double](repeating: 0, count: totals.count)
        for (values, weight) in known {
            for slot in values.indices {
                logs[slot] += weight * log((values[slot] + 0.5) / (totals[slot] + 0.5 * vocabulary))
            }
        }
        let top = logs.max() ?? 0
        let weights = logs.map { exp($0 - top) }
        let sum = weights.reduce(0, +)
        return zip(LoveLanguage.allCases, weights).map { ($0, $1 / sum) }.sorted {
            $0.chance != $1.chance ? $0.chance > $1.chance : Self.slot($0.language) < Self.slot($1.language)
        }
    }

    /// The known word that `feature` is most likely a slip of the keys for: one letter left
    /// out, added, changed or two swapped ("vacumed", "cudled", "encouragd"), for words of five
    /// letters or more that the model does not know; the most used such word, or nil.
    func misspelt(_ feature: String) -> String? {
        let typed = Array(feature.utf8)
        guard typed.count >= 5, !typed.contains(UInt8(ascii: "+")) else { return nil }
        var best: (word: String, weight: Double)?
        func consider(_ word: String) {
            guard abs(word.utf8.count - typed.count) <= 1, word.utf8.count >= 4,
                word.utf8.withContiguousStorageIfAvailable({ letters in
                    typed.withUnsafeBufferPointer { Self.oneSlipApart($0, letters) }
                }) ?? Self.oneSlipApart(typed, Array(word.utf8)),
                let values = featureWeights(word)
            else { return }
            let weight = values.reduce(0, +)
            if weight > (best?.weight ?? 0) || (weight == best?.weight && word < (best?.word ?? "")) { best = (word, weight) }
        }
        for word in counts.features(lengths: (typed.count - 1)...(typed.count + 1)) { consider(word) }
        for word in extra.keys where counts[word] == nil { consider(word) }
        return best?.word
    }

    /// Whether two words differ by one letter left out, added or changed, or two neighbours swapped.
    static func oneSlipApart(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in oneSlipApart(a, b) } }
    }

    /// ``oneSlipApart(_:_:)`` on the bytes in place: asked of every known word of about the
    /// same length for each unknown one, so it neither copies nor gathers the differences.
    static func oneSlipApart(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        if a.count == b.count {
            var first = -1, second = -1
            for index in 0..<a.count where a[index] != b[index] {
                if first < 0 {
                    first = index
                } else if second < 0 {
                    second = index
                } else {
                    return false
                }
            }
            guard first >= 0 else { return false }
            return second < 0 || (second == first + 1 && a[first] == b[second] && a[second] == b[first])
        }
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        var index = 0
        while index < short.count && long[index] == short[index] { index += 1 }
        while index < short.count {
            guard long[index + 1] == short[index] else { return false }
            index += 1
        }
        return true
    }

    private static func slot(_ language: LoveLanguage) -> Int {
        LoveLanguage.allCases.firstIndex(of: language) ?? 0
    }
}
