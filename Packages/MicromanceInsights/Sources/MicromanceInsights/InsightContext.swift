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
    /// The calendar for week-based views: Gregorian, in ``timeZone``, with the journal's week start.
    public var calendar: Calendar
    /// The seed that breaks ties wherever a strategy must choose among equals.
    public var seed: UInt64

    /// A context for a period of `days` days ending today (7 by default). The time zone is
    /// the journal's setting when it names a known zone, else `fallbackTimeZone`.
    public init(journal: Journal, now: Date, fallbackTimeZone: TimeZone, days: Int = 7, seed: UInt64 = 0) {
        let zone = journal.settings.timeZone.flatMap(TimeZone.init(identifier:)) ?? fallbackTimeZone
        let end = CalendarDay(now, in: zone)
        self.init(journal: journal, now: now, timeZone: zone, periodStart: end.adding(days: -(max(days, 1) - 1)),
                  periodEnd: end, seed: seed)
    }

    /// A context for an explicit period.
    public init(journal: Journal, now: Date, timeZone: TimeZone, periodStart: CalendarDay, periodEnd: CalendarDay,
                seed: UInt64 = 0) {
        self.journal = journal
        self.now = now
        self.timeZone = timeZone
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        calendar.firstWeekday = journal.settings.weekStart.rawValue
        self.calendar = calendar
        self.seed = seed
    }

    /// A context for the period a ``ReportPeriod`` names, as of `now`.
    public init(journal: Journal, now: Date, fallbackTimeZone: TimeZone, period: ReportPeriod, seed: UInt64 = 0) {
        let zone = journal.settings.timeZone.flatMap(TimeZone.init(identifier:)) ?? fallbackTimeZone
        let today = CalendarDay(now, in: zone)
        let (start, end) = period.days(today: today, weekStart: journal.settings.weekStart)
        self.init(journal: journal, now: now, timeZone: zone, periodStart: start, periodEnd: end, seed: seed)
    }

    /// Days in the period.
    public var periodDays: Int { periodStart.days(until: periodEnd) + 1 }

    /// The moments in the period, in journal order.
    public var momentsInPeriod: [Moment] { journal.moments.filter(isInPeriod) }

    /// The partner's name, or the identifier when the partner is unknown.
    public func name(of id: Identifier<Partner>) -> String { journal.partner(id)?.name ?? id.rawValue }

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
