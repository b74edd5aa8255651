import MicromanceModel

/// Reciprocity: the balance of giving between the partners over the period.
///
/// Measures each partner's share of the giving (a ritual done together counts for each of its
/// participants, as in ``RitualsDoneTogether``). A share above `threshold` (70% by
/// default) over at least `minimumMoments` moments is surfaced as a pattern worth a look,
/// without blame: one partner may simply log more, or be in a season of giving.
public struct ReciprocityStrategy: InsightStrategy {
    /// The share of giving above which one-sidedness is mentioned.
    public var threshold: Double
    /// Moments needed before the balance is judged.
    public var minimumMoments: Int

    /// Creates the strategy.
    public init(threshold: Double = 0.7, minimumMoments: Int = 10) {
        self.threshold = threshold
        self.minimumMoments = minimumMoments
    }

    /// "reciprocity".
    public var id: String { "reciprocity" }

    /// One finding on the balance.
    public func findings(in context: InsightContext) -> [Finding] {
        let moments = context.momentsInPeriod
        let partners = context.journal.partners
        guard partners.count >= 2 else {
            return [
                Finding(
                    strategy: id, topic: "balance", tone: .notEnoughData,
                    sentence: "Balance needs two partners in the journal.", numbers: [:])
            ]
        }
        var numbers = ["moments": Double(moments.count)]
        var shares = [(Partner, Double)]()
        // Each partner's share of the giving, as the report's "Given" counts it: a ritual done
        // together is both partners' doing, so it tips the balance neither way.
        let given = RitualsDoneTogether(context.journal).given(moments)
        let total = partners.reduce(0) { $0 + (given[$1.id] ?? 0) }
        for partner in partners {
            let share = total == 0 ? 0 : Double(given[partner.id] ?? 0) / Double(total)
            numbers["share.\(partner.id.rawValue)"] = share
            shares.append((partner, share))
        }
        guard moments.count >= minimumMoments, let top = shares.max(by: { $0.1 < $1.1 }) else {
            return [
                Finding(
                    strategy: id, topic: "balance", tone: .notEnoughData,
                    sentence: "\(moments.count) moments in this period; the balance of giving is shown from \(minimumMoments).",
                    numbers: numbers)
            ]
        }
        let percent = Int((top.1 * 100).rounded())
        if top.1 > threshold {
            return [
                Finding(
                    strategy: id, topic: "balance", partner: top.0.id.rawValue, tone: .nudge,
                    sentence:
                        "\(top.0.name) did \(percent)% of the giving in this period. Worth a gentle look together: is that how it feels to both of you?",
                    numbers: numbers)
            ]
        }
        return [
            Finding(
                strategy: id, topic: "balance", tone: .celebration,
                sentence: "Giving went both ways in this period (the most either of you gave was \(percent)%).",
                numbers: numbers)
        ]
    }
}
