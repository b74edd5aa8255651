/// Runs of consecutive days on which the daily target was met.
public struct Streaks: Sendable, Equatable, Codable {
    /// Days in a row, ending today (or yesterday, while today has nothing logged yet).
    public var current: Int
    /// The longest run ever.
    public var longest: Int

    /// Creates a value.
    public init(current: Int, longest: Int) {
        self.current = current
        self.longest = longest
    }

    /// Whether a day with `count` gestures meets `dailyTarget` (for a target below 1, one gesture does).
    public static func isDone(count: Int, dailyTarget: Double) -> Bool {
        Double(count) >= max(1, dailyTarget.rounded(.up))
    }

    /// Streaks in a day-by-day record whose last element is today. A today with nothing
    /// logged yet does not break the current streak: the day is not over. A declared rest day
    /// (`isRest(index)`) that misses the target neither breaks a streak nor adds to it.
    /// `lastDayOpen`: the last day is today, not over yet, so nothing on it breaks no streak
    /// (false for a period that ended before today: its last day counts like any other).
    public init(counts: [Int], dailyTarget: Double, isRest: (Int) -> Bool = { _ in false }, lastDayOpen: Bool = true) {
        var longest = 0
        var run = 0
        for (index, count) in counts.enumerated() {
            if Self.isDone(count: count, dailyTarget: dailyTarget) {
                run += 1
            } else if !isRest(index) {
                run = 0
            }
            longest = max(longest, run)
        }
        var end = counts.count
        if lastDayOpen, let today = counts.last, !Self.isDone(count: today, dailyTarget: dailyTarget) { end -= 1 }
        var current = 0
        for index in stride(from: end - 1, through: 0, by: -1) {
            if Self.isDone(count: counts[index], dailyTarget: dailyTarget) {
                current += 1
            } else if !isRest(index) {
                break
            }
        }
        self.init(current: current, longest: longest)
    }
}
