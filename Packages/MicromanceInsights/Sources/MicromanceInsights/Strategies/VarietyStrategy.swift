import MicromanceModel

/// Variety, repetition and overload: quality over quantity.
///
/// Variety is the number of distinct gestures in the period (a catalog gesture by its id,
/// anything else by its lowercased title). Repetition is mentioned when one gesture makes up
/// more than `repetitionShare` (half) of at least `minimumMoments` moments: the same thing done
/// mechanically can start to feel like a box being ticked. Overload is mentioned for days with
/// at least `overloadCount` moments and three times the daily target: many gestures in one day
/// can feel forced, where a steady one a day lands.
public struct VarietyStrategy: InsightStrategy {
    /// The share of one gesture above which repetition is mentioned.
    public var repetitionShare: Double
    /// Moments needed before repetition is judged.
    public var minimumMoments: Int
    /// The smallest number of moments in a day that counts as overload.
    public var overloadCount: Int

    /// Creates the strategy.
    public init(repetitionShare: Double = 0.5, minimumMoments: Int = 8, overloadCount: Int = 5) {
        self.repetitionShare = repetitionShare
        self.minimumMoments = minimumMoments
        self.overloadCount = overloadCount
    }

    /// "variety".
    public var id: String { "variety" }

    /// The key that groups moments as "the same gesture".
    public static func gestureKey(_ moment: Moment) -> String {
        moment.gestureID.map { "gesture:" + $0.rawValue } ?? "title:" + moment.title.lowercased()
    }

    /// One finding on variety or repetition, and one on overload when there is any.
    public func findings(in context: InsightContext) -> [Finding] {
        let moments = context.momentsInPeriod
        var counts = [String: Int]()
        var titles = [String: String]()
        for moment in moments {
            let key = Self.gestureKey(moment)
            counts[key, default: 0] += 1
            titles[key] = titles[key] ?? moment.title
        }
        let top = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }
        let topShare = moments.isEmpty ? 0 : Double(top?.value ?? 0) / Double(moments.count)
        var numbers: [String: Double] = ["distinct": Double(counts.count), "moments": Double(moments.count), "topShare": topShare]
        var findings = [Finding]()
        if moments.count < minimumMoments {
            findings.append(
                Finding(
                    strategy: id, topic: "variety", tone: .notEnoughData,
                    sentence: "\(counts.count) different gesture\(counts.count == 1 ? "" : "s") so far in this period.",
                    numbers: numbers))
        } else if let top, topShare > repetitionShare {
            findings.append(
                Finding(
                    strategy: id, topic: "repetition", tone: .nudge,
                    sentence:
                        "\"\(titles[top.key] ?? top.key)\" was \(Int((topShare * 100).rounded()))% of the moments in this period. A change of gesture now and then keeps it from feeling like a routine.",
                    numbers: numbers))
        } else {
            findings.append(
                Finding(
                    strategy: id, topic: "variety", tone: .celebration,
                    sentence: "\(counts.count) different gestures across \(moments.count) moments: a varied mix.",
                    numbers: numbers))
        }
        var perDay = [Int: Int]()
        for day in context.periodMomentDays { perDay[day, default: 0] += 1 }
        // Bounded, so that a journal built in memory with a huge or odd target cannot overflow.
        let target = context.journal.settings.dailyTarget
        let bounded = target.isFinite && target > 0 ? min(target, Journal.maximumDailyTarget) : 1
        let limit = max(overloadCount, Int((3 * bounded).rounded(.up)))
        let heavy = perDay.filter { $0.value >= limit }
        numbers["overloadDays"] = Double(heavy.count)
        numbers["busiestDay"] = Double(perDay.values.max() ?? 0)
        if !heavy.isEmpty {
            findings.append(
                Finding(
                    strategy: id, topic: "overload", tone: .observation,
                    sentence:
                        "\(heavy.count) day\(heavy.count == 1 ? " had" : "s had") \(limit) or more gestures. Plenty of care; spread over the week it may land better than in one burst.",
                    numbers: numbers))
        }
        return findings
    }
}
