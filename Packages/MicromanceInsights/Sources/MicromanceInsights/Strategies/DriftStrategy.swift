import Foundation
import MicromanceModel

/// Emotional drift: a recent fall in the rate of small gestures, against the couple's own baseline.
///
/// How: two recent windows (the last 14 and the last 28 days, both ending yesterday, since
/// today is not over) are each compared with the 56 days just before them. The baseline rate
/// gives the count to expect in the window, `E`; the window's count is `O`. Drift is reported
/// when, for either window, `O ≤ 0.75 E` **and** `O` lies below `E − 2.8 √(φ E)`: a one-sided
/// bound at about the 0.25% level for a Poisson count, widened by `φ`, the baseline's own
/// day-to-day dispersion (variance over mean of its daily counts, at least 1), so that a couple
/// whose days naturally vary a lot is not flagged for ordinary noise. It needs a full baseline
/// with at least 28 moments.
///
/// What it can see: a halving over the last month is reported reliably from about two gestures
/// a day; at one a day, a month of half the usual rate is close to what chance alone produces,
/// and is often not flagged. Steady journals with ordinary day-to-day noise are not flagged.
/// The tests pin both.
public struct DriftStrategy: InsightStrategy {
    /// The recent windows compared, in days.
    public var windows: [Int]
    /// The baseline length, in days.
    public var baselineDays: Int
    /// The one-sided z bound (2.8 ≈ 0.25%).
    public var z: Double
    /// The largest fraction of the expected count at which drift is mentioned.
    public var materialRatio: Double

    /// Creates the strategy with the documented defaults.
    public init(windows: [Int] = [14, 28], baselineDays: Int = 56, z: Double = 2.8, materialRatio: Double = 0.75) {
        self.windows = windows
        self.baselineDays = baselineDays
        self.z = z
        self.materialRatio = materialRatio
    }

    /// "drift".
    public var id: String { "drift" }

    /// What the test found for one series of daily counts.
    struct Measure {
        var window: Int
        var expected: Double
        var observed: Int
        var zScore: Double
        var fired: Bool

        var numbers: [String: Double] {
            [
                "windowDays": Double(window), "observed": Double(observed), "expected": expected,
                "ratio": expected > 0 ? Double(observed) / expected : 0, "z": zScore,
            ]
        }
    }

    /// The most telling window for `daily` (one that fired, else the lowest z), or nil without
    /// a full baseline. With `rising`, the window that rose most, by the same bounds the other
    /// way (at least 1 / `materialRatio` of the expected count, `z` above it), or nil if none did.
    func measure(_ daily: DailyCounts, yesterday: CalendarDay, rising: Bool = false) -> Measure? {
        var best: Measure?
        for window in windows.sorted() {
            let recentStart = yesterday.adding(days: -(window - 1))
            let baselineStart = recentStart.adding(days: -baselineDays)
            guard daily.firstDay <= baselineStart else { continue }
            var baseline = [Int]()
            for offset in 0..<baselineDays { baseline.append(daily.count(on: baselineStart.adding(days: offset))) }
            let total = baseline.reduce(0, +)
            guard total >= 28 else { continue }
            let mean = Double(total) / Double(baselineDays)
            let variance = baseline.map { pow(Double($0) - mean, 2) }.reduce(0, +) / Double(baselineDays - 1)
            let dispersion = max(1, variance / mean)
            var observed = 0
            for offset in 0..<window { observed += daily.count(on: recentStart.adding(days: offset)) }
            let expected = mean * Double(window)
            let zScore = (Double(observed) - expected) / (dispersion * expected).squareRoot()
            if rising {
                if Double(observed) * materialRatio >= expected, zScore >= z, zScore > best?.zScore ?? -.infinity {
                    best = Measure(window: window, expected: expected, observed: observed, zScore: zScore, fired: true)
                }
                continue
            }
            let fired = Double(observed) <= materialRatio * expected && zScore <= -z
            if best == nil || (fired && !(best?.fired ?? false)) || (fired == best?.fired && zScore < (best?.zScore ?? 0)) {
                best = Measure(window: window, expected: expected, observed: observed, zScore: zScore, fired: fired)
            }
        }
        return best
    }

    /// One finding for the couple (drift, steady, or not enough history), and one for each
    /// partner whose own giving drifted (the same test on what they gave): a couple's total can
    /// hold steady while one of the two has gone quiet.
    public func findings(in context: InsightContext) -> [Finding] {
        let yesterday = context.today.adding(days: -1)
        var partnerFindings = [Finding]()
        for partner in context.journal.partners {
            let own = DailyCounts(context, through: yesterday, giver: partner.id)
            guard let found = measure(own, yesterday: yesterday), found.fired else { continue }
            partnerFindings.append(
                Finding(
                    strategy: id, topic: "partner-rate", partner: partner.id.rawValue, tone: .nudge,
                    sentence:
                        "\(partner.name) gave \(found.observed) small gestures in the last \(found.window) days, where their own rhythm "
                        + "would suggest about \(Int(found.expected.rounded())). Worth a gentle word: is something in the way?",
                    numbers: found.numbers))
        }
        let daily = DailyCounts(context, through: yesterday)
        guard let best = measure(daily, yesterday: yesterday) else {
            return [
                Finding(
                    strategy: id, topic: "rate", tone: .notEnoughData,
                    sentence:
                        "Drift is measured against your own baseline, which needs about three months of history with at least 28 moments.",
                    numbers: [:])
            ] + partnerFindings
        }
        let numbers = best.numbers
        if best.fired {
            return [
                Finding(
                    strategy: id, topic: "rate", tone: .nudge,
                    sentence:
                        "Over the last \(best.window) days there were \(best.observed) small gestures, where your own rhythm before would suggest about \(Int(best.expected.rounded())). Drift is easy to miss while it happens; one small thing today is a good restart.",
                    numbers: numbers)
            ] + partnerFindings
        }
        // A rise as clear as the falls reported above is said as a rise, not as "in line".
        if let rise = measure(daily, yesterday: yesterday, rising: true) {
            let sentence =
                "Your recent rhythm is above your own baseline: \(rise.observed) in the last \(rise.window) days, where it would "
                + "suggest about \(Int(rise.expected.rounded()))."
            return [Finding(strategy: id, topic: "rate", tone: .observation, sentence: sentence, numbers: rise.numbers)] + partnerFindings
        }
        let sentence =
            "Your recent rhythm is in line with your own baseline (\(best.observed) in the last \(best.window) days, about \(Int(best.expected.rounded())) expected)."
        return [Finding(strategy: id, topic: "rate", tone: .observation, sentence: sentence, numbers: numbers)] + partnerFindings
    }
}
