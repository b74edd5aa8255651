import MicromanceModel

/// The days a report covers.
public enum ReportPeriod: Hashable, Sendable, Codable {
    /// The last `n` days, ending today.
    case lastDays(Int)
    /// The current week so far, starting on the journal's week start.
    case week
    /// The current calendar month so far.
    case month
    /// The last whole week before the current one (from the journal's week start).
    case lastWeek
    /// The last whole calendar month before the current one.
    case lastMonth
    /// From a day to today.
    case since(CalendarDay)
    /// An explicit range of days, both included.
    case range(CalendarDay, CalendarDay)

    /// The first and last day, as of `today`.
    public func days(today: CalendarDay, weekStart: Weekday) -> (CalendarDay, CalendarDay) {
        switch self {
        case .lastDays(let n): return (today.adding(days: -(max(n, 1) - 1)), today)
        case .week:
            let back = (today.weekday.rawValue - weekStart.rawValue + 7) % 7
            return (today.adding(days: -back), today)
        case .month:
            return (CalendarDay(year: today.year, month: today.month, day: 1) ?? today, today)
        case .lastWeek:
            let (start, _) = ReportPeriod.week.days(today: today, weekStart: weekStart)
            return (start.adding(days: -7), start.adding(days: -1))
        case .lastMonth:
            let (start, _) = ReportPeriod.month.days(today: today, weekStart: weekStart)
            let last = start.adding(days: -1)
            return (CalendarDay(year: last.year, month: last.month, day: 1) ?? last, last)
        case .since(let start): return (min(start, today), today)
        case .range(let start, let end): return (min(start, end), max(start, end))
        }
    }
}
