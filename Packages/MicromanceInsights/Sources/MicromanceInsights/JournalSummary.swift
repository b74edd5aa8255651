import Foundation
import MicromanceModel

/// The first report: what was given, by whom and in which love languages during a period,
/// and how consistent the couple has been. A `Codable` value, stable for `--json` output.
public struct JournalSummary: Sendable, Equatable, Codable {
    /// Moments given by one partner.
    public struct GiverCount: Sendable, Equatable, Codable {
        /// The partner's identifier.
        public var partner: String
        /// The partner's name.
        public var name: String
        /// Moments they gave during the period.
        public var count: Int
    }

    /// The first day of the period.
    public var periodStart: CalendarDay
    /// The last day of the period.
    public var periodEnd: CalendarDay
    /// Moments logged during the period.
    public var moments: Int
    /// Moments each partner gave during the period, most first; a ritual done together counts
    /// for each of its participants (both gave), as in the per-partner days and weekly counts.
    public var byGiver: [GiverCount]
    /// Moments per love language during the period (languages with none are left out; a bid
    /// turned away or against is not counted here, see ``RitualsDoneTogether/landed(_:)``).
    public var byLanguage: [String: Int]
    /// Moments during the period with no love language recorded.
    public var unclassified: Int
    /// Days in the period with at least one moment.
    public var activeDays: Int
    /// Days in the period.
    public var periodDays: Int
    /// Current and longest streaks against the daily target, over the whole journal, as of
    /// today (or ``scoredThrough``).
    public var streaks: Streaks
    /// The consistency score today (or on ``scoredThrough``), from 0 to 1, over the whole journal.
    public var consistency: Double
    /// The day the streaks and the score are as of, when it is not today: the last day of a
    /// period that ended before today (`report --last-week`); nil for today.
    public var scoredThrough: CalendarDay?
    /// The scoring method that produced ``consistency``.
    public var scoring: String
    /// The daily target the streaks and the score were measured against.
    public var dailyTarget: Double
    /// Every moment logged in the period, newest first.
    public var recent: [Moment]

    /// Summarises a journal for a period.
    public init(_ context: InsightContext, scoring: some ConsistencyScoring = LoopHabitScoring()) {
        let journal = context.journal
        let inPeriod = context.momentsInPeriod
        periodStart = context.periodStart
        periodEnd = context.periodEnd
        periodDays = context.periodStart.days(until: context.periodEnd) + 1
        moments = inPeriod.count

        var languages = [String: Int]()
        var unclassified = 0
        // A ritual done together is given by both: the one definition of "gave" that the
        // per-partner days, the weeks chart, the balance and this count share (see `DailyCounts`).
        let givers = RitualsDoneTogether(journal).given(inPeriod)
        for moment in inPeriod {
            // A bid turned away or against is counted as given, not as love received in its language.
            guard RitualsDoneTogether.landed(moment) else { continue }
            if let language = moment.language { languages[language.rawValue, default: 0] += 1 } else { unclassified += 1 }
        }
        let days = Set(context.periodMomentDays)
        byGiver = journal.partners.map { partner in
            GiverCount(partner: partner.id.rawValue, name: partner.name, count: givers[partner.id] ?? 0)
        }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.partner < $1.partner }
        byLanguage = languages
        self.unclassified = unclassified
        activeDays = days.count

        // As of the period's last day when it ended before today (last week's report shows last
        // week's streak and score, not today's).
        let through = context.scoredThrough
        scoredThrough = through == context.today ? nil : through
        let habit = Habit(
            DailyCounts(context, through: through), settings: journal.settings, scoring: scoring, lastDayOpen: through == context.today)
        streaks = habit.streaks
        consistency = habit.consistency
        self.scoring = scoring.name
        dailyTarget = journal.settings.dailyTarget
        recent = inPeriod.sorted(by: Moment.newestFirst)
    }
}

/// How the habit stands today: the streaks and the consistency score that the summary shows.
///
/// Built from daily counts, so a caller that knows only the local day of each moment (a
/// store that appended one moment without reading the others) gets the same figures as
/// ``JournalSummary`` does from the whole journal.
public struct Habit: Sendable, Equatable {
    /// Current and longest streaks against the daily target.
    public var streaks: Streaks
    /// The consistency score today, from 0 to 1.
    public var consistency: Double

    /// The habit from counts that end today, under the journal's daily target and rest days;
    /// `lastDayOpen` false for counts that end on a day already over (a past period's last day).
    public init(
        _ daily: DailyCounts, settings: JournalSettings, scoring: some ConsistencyScoring = LoopHabitScoring(),
        lastDayOpen: Bool = true
    ) {
        let target = settings.dailyTarget
        let rest = settings.restDays
        let empty = daily.counts.allSatisfy { $0 == 0 }
        streaks =
            empty
            ? Streaks(current: 0, longest: 0)
            : Streaks(
                counts: daily.counts, dailyTarget: target, isRest: { daily.isRest($0, restDays: rest) }, lastDayOpen: lastDayOpen)
        // A today with nothing logged yet is not a missed day: score through yesterday.
        var counts = daily.countsSkippingRest(rest)
        if lastDayOpen, daily.counts.last == 0, counts.last == 0 { counts.removeLast() }
        consistency = empty ? 0 : scoring.score(counts: counts, dailyTarget: target)
    }

    /// The habit from the number of moments on each local day (day numbers), through `today`.
    public init(
        momentsByDay: [Int: Int], today: CalendarDay, settings: JournalSettings,
        scoring: some ConsistencyScoring = LoopHabitScoring()
    ) {
        self.init(DailyCounts(momentsByDay: momentsByDay, through: today), settings: settings, scoring: scoring)
    }
}
