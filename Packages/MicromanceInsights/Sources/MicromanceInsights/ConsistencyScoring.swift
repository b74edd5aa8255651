import Foundation

/// Turns a day-by-day record of gestures into a consistency score between 0 and 1.
/// Swap in your own to change how consistency is judged; the engine only needs a score per day.
public protocol ConsistencyScoring: Sendable {
    /// A short name for reports ("loop-habit").
    var name: String { get }

    /// The score after each day, given how many gestures each day had and the daily target.
    /// The result has one element per element of `counts`.
    func scores(counts: [Int], dailyTarget: Double) -> [Double]

    /// The score after the last day, or 0 when there are no days. The default takes the last
    /// of ``scores(counts:dailyTarget:)``; a scorer that can do it without the whole series
    /// implements it, and the engine calls it through `any ConsistencyScoring` either way.
    func score(counts: [Int], dailyTarget: Double) -> Double
}

extension ConsistencyScoring {
    /// The last of ``scores(counts:dailyTarget:)``, or 0 when there are no days.
    public func score(counts: [Int], dailyTarget: Double) -> Double {
        scores(counts: counts, dailyTarget: dailyTarget).last ?? 0
    }
}

/// The habit-strength score of Loop Habit Tracker: an exponential moving average of
/// whether each day met the target.
///
/// Every day, `score = previous × m + done × (1 − m)`, with `m = 0.5^(√f / 13)` and `f` the
/// target frequency per day (the daily target; 1 for "one small thing a day"). `done` is
/// how much of the day's target was met, from 0 to 1 (for a target below 1, any gesture
/// that day counts as done). With a daily target of 1, `m ≈ 0.948`: a day done adds about
/// 5% of the way to 100%, and a day missed loses about 5% of the current score.
///
/// Why it is kinder than a streak: a streak falls to zero after a single missed day, so
/// one bad day erases months of care and tells people to give up. This score remembers:
/// after thirty good days one missed day costs a few points, and showing up again brings
/// them back. It also cannot be gamed by a burst: ten gestures on one day count as one day done.
public struct LoopHabitScoring: ConsistencyScoring {
    /// Creates the scorer.
    public init() {}

    /// "loop-habit".
    public var name: String { "loop-habit" }

    /// The smoothing multiplier `m` for a target frequency per day.
    public static func multiplier(frequency: Double) -> Double {
        pow(0.5, frequency.squareRoot() / 13)
    }

    /// The score after each day.
    public func scores(counts: [Int], dailyTarget: Double) -> [Double] {
        let target = dailyTarget > 0 && dailyTarget.isFinite ? dailyTarget : 1
        let m = Self.multiplier(frequency: target)
        var score = 0.0
        return counts.map { count in
            let done = target >= 1 ? min(1, Double(count) / target) : (count > 0 ? 1 : 0)
            score = score * m + done * (1 - m)
            return score
        }
    }
}
