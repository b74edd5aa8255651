import Foundation
import MicromanceModel

/// What every insight is computed against: the journal, the current instant and the
/// couple's home time zone, and the period a report looks at. Nothing reads the system
/// clock or time zone; pass them in.
public struct InsightContext: Sendable {
    /// The journal to look at.
    public var journal: Journal
    /// The current instant.
    public var now: Date
    /// The couple's home time zone: it decides which day "today" is.
    public var timeZone: TimeZone
    /// The first day of the period a report covers.
    public var periodStart: CalendarDay
    /// The last day of the period (usually today).
    public var periodEnd: CalendarDay

    /// A context for a period of `days` days ending today (7 by default). The time zone is
    /// the journal's setting when it names a known zone, else `fallbackTimeZone`.
    public init(journal: Journal, now: Date, fallbackTimeZone: TimeZone, days: Int = 7) {
        self.journal = journal
        self.now = now
        timeZone = journal.settings.timeZone.flatMap(TimeZone.init(identifier:)) ?? fallbackTimeZone
        periodEnd = CalendarDay(now, in: timeZone)
        periodStart = periodEnd.adding(days: -(max(days, 1) - 1))
    }

    /// A context for an explicit period.
    public init(journal: Journal, now: Date, timeZone: TimeZone, periodStart: CalendarDay, periodEnd: CalendarDay) {
        self.journal = journal
        self.now = now
        self.timeZone = timeZone
        self.periodStart = periodStart
        self.periodEnd = periodEnd
    }

    /// Today, in the home time zone.
    public var today: CalendarDay { CalendarDay(now, in: timeZone) }

    /// The local day a moment counts for: the day in its own time zone, as the giver lived it.
    public func day(of moment: Moment) -> CalendarDay { moment.day(fallback: timeZone) }

    /// Whether a moment falls within the period.
    public func isInPeriod(_ moment: Moment) -> Bool {
        let day = day(of: moment)
        return day >= periodStart && day <= periodEnd
    }
}
