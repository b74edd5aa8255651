import MicromanceModel

/// Learned preferences: "observe what matters to them". For each receiver, which love
/// languages and gestures were most often turned toward, set against their declared profile.
///
/// Uses moments with a logged response. A language needs `minimumResponses` responses before
/// its rate counts. When the language with the highest turn-toward rate is not the one the
/// profile ranks first, the finding says so: the profile may be worth revisiting.
public struct LearnedPreferences: Sendable, Equatable {
    /// Turn-toward rate and number of responses per language, for one receiver.
    public var rates: [LoveLanguage: (rate: Double, responses: Int)]

    /// What the responses to gestures in each language say about `receiver`, over `moments`.
    public init(receiver: Identifier<Partner>, moments: [Moment]) {
        self.init(slots: Self.slots(of: [receiver], in: moments)[0])
    }

    /// What the responses say about each partner of the context's journal, in their order: as
    /// ``init(receiver:in:)`` gives them, with the moments read once for all of them.
    public static func everyPartner(in context: InsightContext) -> [LearnedPreferences] {
        let receivers = context.journal.partners.map(\.id)
        guard context.history == nil else { return receivers.map { LearnedPreferences(receiver: $0, in: context) } }
        return slots(of: receivers, in: context.journal.moments).map(LearnedPreferences.init(slots:))
    }

    /// For each of `receivers`, the answered moments and those turned toward, per language slot.
    /// Counted in small arrays, one slot per language (a dictionary per answered bid cost a
    /// fifth of a million-moment report), over one pass that reads each moment's fields in
    /// place through a pointer (iterating would copy every moment).
    private static func slots(of receivers: [Identifier<Partner>], in moments: [Moment]) -> [(toward: [Int], total: [Int])] {
        let width = LoveLanguage.allCases.count
        var toward = [Int](repeating: 0, count: width * receivers.count)
        var total = toward
        moments.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for index in 0..<buffer.count {
                let moment = base + index
                guard let response = moment.pointee.response, let language = moment.pointee.language,
                    let receiver = receivers.firstIndex(of: moment.pointee.receiver)
                else { continue }
                let slot = receiver * width + Self.slot(language)
                total[slot] += 1
                if response == .toward { toward[slot] += 1 }
            }
        }
        return receivers.indices.map { index in
            let row = (index * width)..<((index + 1) * width)
            return (Array(toward[row]), Array(total[row]))
        }
    }

    /// The rates from counts per language slot.
    private init(slots: (toward: [Int], total: [Int])) {
        var toward = [LoveLanguage: Int](), total = [LoveLanguage: Int]()
        for (slot, language) in LoveLanguage.allCases.enumerated() where slots.total[slot] > 0 {
            total[language] = slots.total[slot]
            toward[language] = slots.toward[slot]
        }
        self.init(rates: Self.rates(toward: toward, total: total))
    }

    /// A language's place in `LoveLanguage.allCases`.
    private static func slot(_ language: LoveLanguage) -> Int {
        switch language {
        case .words: 0
        case .service: 1
        case .gifts: 2
        case .time: 3
        case .touch: 4
        }
    }

    /// What the responses say about `receiver` over the context's journal: its history when the
    /// context was made from one, else its moments.
    public init(receiver: Identifier<Partner>, in context: InsightContext) {
        guard let history = context.history else {
            self.init(receiver: receiver, moments: context.journal.moments)
            return
        }
        var toward = [LoveLanguage: Int]()
        var total = [LoveLanguage: Int]()
        for row in history.answers where row.receiver == receiver {
            total[row.language, default: 0] += row.count
            if row.response == .toward { toward[row.language, default: 0] += row.count }
        }
        self.init(rates: Self.rates(toward: toward, total: total))
    }

    private init(rates: [LoveLanguage: (rate: Double, responses: Int)]) { self.rates = rates }

    private static func rates(toward: [LoveLanguage: Int], total: [LoveLanguage: Int]) -> [LoveLanguage: (rate: Double, responses: Int)] {
        var rates = [LoveLanguage: (rate: Double, responses: Int)]()
        for (language, count) in total { rates[language] = (Double(toward[language] ?? 0) / Double(count), count) }
        return rates
    }

    /// The turn-toward rate of a language, when it has at least `minimum` responses.
    public func rate(_ language: LoveLanguage, minimum: Int) -> Double? {
        guard let entry = rates[language], entry.responses >= minimum else { return nil }
        return entry.rate
    }

    /// Compares rates and response counts.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.rates.count == rhs.rates.count
            && lhs.rates.allSatisfy { rhs.rates[$0.key]?.rate == $0.value.rate && rhs.rates[$0.key]?.responses == $0.value.responses }
    }
}

/// The strategy that reports ``LearnedPreferences`` beside each partner's profile.
public struct LearnedPreferencesStrategy: InsightStrategy {
    /// Responses a language needs before its rate counts.
    public var minimumResponses: Int

    /// Creates the strategy.
    public init(minimumResponses: Int = 3) { self.minimumResponses = minimumResponses }

    /// "learned-preferences".
    public var id: String { "learned-preferences" }

    /// One finding per receiver. Looks at the whole journal: preferences take time to show. In
    /// a report of a period that ended before today, the sentence says so (the responses are
    /// counted to today, not to the period's end: a counted history keeps no day for them).
    public func findings(in context: InsightContext) -> [Finding] {
        guard !context.journal.partners.isEmpty else { return [LoveLanguageFitStrategy.noPartners(id, "responses")] }
        let span = context.scoredThrough == context.today ? "" : "Over every response noted up to today, not only this period's: "
        return zip(context.journal.partners, LearnedPreferences.everyPartner(in: context)).map { partner, learned in
            measure(partner, learned, span: span)
        }
    }

    private func measure(_ partner: Partner, _ learned: LearnedPreferences, span: String) -> Finding {
        var numbers = [String: Double]()
        var best: (LoveLanguage, Double)?
        var compared = 0
        for language in LoveLanguage.allCases {
            guard let rate = learned.rate(language, minimum: minimumResponses) else { continue }
            compared += 1
            numbers["toward.\(language.rawValue)"] = rate
            numbers["responses.\(language.rawValue)"] = Double(learned.rates[language]?.responses ?? 0)
            if best == nil || rate > (best?.1 ?? 0) { best = (language, rate) }
        }
        guard let best else {
            return Finding(
                strategy: id, topic: "responses", partner: partner.id.rawValue, tone: .notEnoughData,
                sentence: "Note how \(partner.name) responds to what you do, to learn what lands with them.",
                numbers: numbers, hint: .recordResponses)
        }
        let declared = partner.profile.primary
        let percent = Int((best.1 * 100).rounded())
        // One language with enough answers is a rate, not a comparison: "most often" and
        // "while their profile puts … first" would claim what nothing was measured against.
        if compared == 1 {
            let responses = learned.rates[best.0]?.responses ?? 0
            return Finding(
                strategy: id, topic: "responses", partner: partner.id.rawValue, tone: .observation,
                sentence: span
                    + "\(partner.name) turned toward \(percent)% of the \(best.0.displayName.lowercased()) gestures you noted a response to (\(responses)); other languages have too few noted responses yet to compare.",
                numbers: numbers, hint: .recordResponses)
        }
        if let declared, declared != best.0 {
            return Finding(
                strategy: id, topic: "responses", partner: partner.id.rawValue, tone: .observation,
                sentence: span
                    + "\(partner.name) turned toward \(best.0.displayName.lowercased()) gestures most often (\(percent)%), while their profile puts \(declared.displayName.lowercased()) first. Worth noticing, and maybe asking about.",
                numbers: numbers)
        }
        return Finding(
            strategy: id, topic: "responses", partner: partner.id.rawValue, tone: .celebration,
            sentence: span
                + "\(partner.name) turned toward \(best.0.displayName.lowercased()) gestures most often (\(percent)%)\(declared == best.0 ? ", as their profile says" : "").",
            numbers: numbers)
    }
}
