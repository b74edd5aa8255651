import MicromanceModel

/// One way of looking at a journal: consistency, love-language fit, bids, drift, ...
///
/// Rules for implementers:
/// - Be a pure function of the ``InsightContext`` (journal, period, `now`, calendar, seed):
///   read no clock, time zone or random source of your own.
/// - Return at least one ``Finding`` even when there is too little data, saying so, so that
///   a report shows every strategy it ran.
/// - Phrase sentences as gentle observations with the numbers behind them; never label a person.
public protocol InsightStrategy: Sendable {
    /// A stable identifier used in JSON output (`consistency`, `bids`).
    var id: String { get }

    /// What the strategy found in the context's period.
    func findings(in context: InsightContext) -> [Finding]
}

/// One observation, with the numbers that support it.
public struct Finding: Hashable, Sendable, Codable {
    /// How a finding should be presented.
    public enum Tone: String, Hashable, Sendable, Codable, CustomStringConvertible {
        /// A neutral observation.
        case observation
        /// Something going well, worth noticing.
        case celebration
        /// Something worth a gentle look.
        case nudge
        /// Not enough data yet to say anything.
        case notEnoughData = "not-enough-data"

        /// The tone as it is encoded (`not-enough-data`), so it prints as it reads in JSON.
        public var description: String { rawValue }
    }

    /// What the couple could start recording so that a strategy can say more. The sentence
    /// says it in plain words; an app shows its own button and the CLI the flags to type.
    public enum Hint: String, Hashable, Sendable, Codable, CustomStringConvertible {
        /// Record how bids for connection were answered (turned toward, away or against).
        case recordBidResponses = "record-bid-responses"
        /// Record how the partner received gestures, to learn what lands with them.
        case recordResponses = "record-responses"

        /// The hint as it is encoded.
        public var description: String { rawValue }
    }

    /// The strategy that produced it.
    public var strategy: String
    /// What it is about, stable for scripts (`score`, `turn-toward-rate`).
    public var topic: String
    /// The partner it is about, when it is about one.
    public var partner: String?
    /// How to present it.
    public var tone: Tone
    /// A gentle sentence for people.
    public var sentence: String
    /// The numbers behind the sentence.
    public var numbers: [String: Double]
    /// Reference points from research to show beside the numbers, when there are any.
    public var references: [String: Double]
    /// What to record so that this finding can say more, when there is something.
    public var hint: Hint?

    /// Creates a finding.
    public init(
        strategy: String, topic: String, partner: String? = nil, tone: Tone = .observation, sentence: String,
        numbers: [String: Double] = [:], references: [String: Double] = [:], hint: Hint? = nil
    ) {
        self.hint = hint
        self.strategy = strategy
        self.topic = topic
        self.partner = partner
        self.tone = tone
        self.sentence = sentence
        self.numbers = numbers
        self.references = references
    }
}
