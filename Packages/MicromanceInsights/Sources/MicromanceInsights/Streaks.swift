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
    /// logged yet does not break the current streak: the day is not over.
    public init(counts: [Int], dailyTarget: Double) {
        var longest = 0
        var run = 0
        for count in counts {
            run = Self.isDone(count: count, dailyTarget: dailyTarget) ? run + 1 : 0
            longest = max(longest, run)
        }
        var days = counts[...]
        if let today = days.last, !Self.isDone(count: today, dailyTarget: dailyTarget) { days = days.dropLast() }
        var current = 0
        for count in days.reversed() {
            guard Self.isDone(count: count, dailyTarget: dailyTarget) else { break }
            current += 1
        }
        self.init(current: current, longest: longest)
    }
}
