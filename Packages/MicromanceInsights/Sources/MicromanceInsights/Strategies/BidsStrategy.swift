import MicromanceModel

/// Bids for connection: how often they were turned toward, and the balance of positive to
/// negative moments.
///
/// The turn-toward rate is `toward / (toward + away + against)` over moments in the period
/// that have a response. It is shown beside the reference points from Gottman's newlywed
/// study: about 86% for couples who stayed together, about 33% for those who divorced
/// (``References``). When negative responses (away or against) are logged, the ratio of
/// positive moments (every gesture, gratitude and toward response) to negative ones is shown
/// beside Gottman's 5:1. Observations, never a verdict.
public struct BidsStrategy: InsightStrategy {
    /// Responded moments needed before a rate is shown.
    public var minimumResponses: Int

    /// Creates the strategy.
    public init(minimumResponses: Int = 3) { self.minimumResponses = minimumResponses }

    /// "bids".
    public var id: String { "bids" }

    /// The turn-toward rate, and the positive-to-negative ratio when there are negatives.
    public func findings(in context: InsightContext) -> [Finding] {
        let moments = context.momentsInPeriod
        let responses = moments.compactMap(\.response)
        let toward = responses.filter { $0 == .toward }.count
        let negative = responses.count - toward
        let references = ["stayedTogether": References.turnTowardStayedTogether, "divorced": References.turnTowardDivorced]
        guard responses.count >= minimumResponses else {
            return [
                Finding(
                    strategy: id, topic: "turn-toward-rate", tone: .notEnoughData,
                    sentence:
                        "\(responses.count) response\(responses.count == 1 ? "" : "s") to bids logged in this period; note how bids were answered to see the turn-toward rate.",
                    numbers: ["responses": Double(responses.count)], references: references, hint: .recordBidResponses)
            ]
        }
        let rate = Double(toward) / Double(responses.count)
        let percent = Int((rate * 100).rounded())
        var findings = [
            Finding(
                strategy: id, topic: "turn-toward-rate", tone: rate >= References.turnTowardStayedTogether ? .celebration : .observation,
                sentence:
                    "Bids were turned toward \(percent)% of the time (\(toward) of \(responses.count)). For reference, Gottman's couples who stayed together turned toward about 86%, those who parted about 33%.",
                numbers: [
                    "rate": rate, "toward": Double(toward), "away": Double(responses.filter { $0 == .away }.count),
                    "against": Double(responses.filter { $0 == .against }.count), "responses": Double(responses.count),
                ],
                references: references)
        ]
        if negative > 0 {
            let positive = moments.count - negative
            let ratio = Double(positive) / Double(negative)
            findings.append(
                Finding(
                    strategy: id, topic: "positive-negative-ratio",
                    tone: ratio >= References.positiveToNegativeInConflict ? .observation : .nudge,
                    sentence:
                        "\(positive) positive moments for \(negative) missed or sharp response\(negative == 1 ? "" : "s"): about \(Int(ratio.rounded())) to 1 (Gottman's stable couples: about 5 to 1 even in conflict).",
                    numbers: ["ratio": ratio, "positive": Double(positive), "negative": Double(negative)],
                    references: ["conflict": References.positiveToNegativeInConflict, "everyday": References.positiveToNegativeEveryday]))
        }
        return findings
    }
}
