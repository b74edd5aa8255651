import Foundation
import MicromanceModel

/// Runs a configurable list of strategies over a context and gathers a report.
///
/// ```swift
/// var engine = InsightEngine.standard
/// engine.strategies.append(MyStrategy())
/// let report = engine.report(InsightContext(journal: journal, now: now, fallbackTimeZone: zone, period: .week))
/// ```
public struct InsightEngine: Sendable {
    /// The strategies, in the order their findings appear.
    public var strategies: [any InsightStrategy]
    /// The consistency scoring used by the summary.
    public var scoring: any ConsistencyScoring

    /// An engine with the given strategies and scoring.
    public init(strategies: [any InsightStrategy], scoring: any ConsistencyScoring = LoopHabitScoring()) {
        self.strategies = strategies
        self.scoring = scoring
    }

    /// Every built-in strategy with its documented defaults.
    public static var standard: InsightEngine { standard(scoring: LoopHabitScoring()) }

    /// Every built-in strategy, with a different consistency scoring.
    public static func standard(scoring: any ConsistencyScoring) -> InsightEngine {
        InsightEngine(
            strategies: [
                ConsistencyStrategy(scoring: scoring), LoveLanguageFitStrategy(), BidsStrategy(), ReciprocityStrategy(),
                DriftStrategy(), VarietyStrategy(), RitualAdherenceStrategy(), LearnedPreferencesStrategy(), ComingUpStrategy(),
            ], scoring: scoring)
    }

    /// The identifiers of the strategies, in order.
    public var strategyIDs: [String] { strategies.map(\.id) }

    /// A report for the context's period.
    public func report(_ context: InsightContext) -> InsightReport {
        // On a long journal a second thread starts on the strategies while this one counts the
        // summary and the days, then joins it in taking the strategies left: each strategy runs
        // once, and its findings keep their place, so the report is the same either way.
        let work = SharedWork(strategies.map { strategy in { @Sendable in strategy.findings(in: context) } })
        let helper = SecondThread.run(if: context.tallyDays.count >= SecondThread.worthFrom) { work.drain() }
        let summary = JournalSummary(context, scoring: scoring)
        let days = ReportDays(context, scoring: scoring)
        let partners = ReportPartner.all(in: context)
        let reflections = ReportReflection.all(in: context)
        let rituals = rituals(in: context)
        work.drain()
        helper()
        let findings = work.results.flatMap { $0 }
        return InsightReport(
            schemaVersion: InsightReport.currentSchemaVersion,
            periodStart: context.periodStart, periodEnd: context.periodEnd,
            generatedAt: Timestamp.format(context.now, in: context.timeZone),
            summary: summary, strategies: strategyIDs, findings: findings, days: days, partners: partners,
            reflections: reflections, rituals: rituals)
    }

    /// Each ritual's days due and kept, when the engine measures ritual adherence (an engine
    /// built without ``RitualAdherenceStrategy`` reports none: the page and the text show
    /// only what the engine measured).
    func rituals(in context: InsightContext) -> [ReportRitual]? {
        guard strategies.contains(where: { $0 is RitualAdherenceStrategy }) else { return nil }
        return RitualAdherenceStrategy.adherence(in: context).map {
            ReportRitual(
                id: $0.ritual.id.rawValue, title: $0.ritual.title, cadence: $0.ritual.cadence.description, due: $0.due, kept: $0.kept)
        }
    }
}

/// An answer to a reflective question written in a report's period, as the report shows it.
public struct ReportReflection: Sendable, Equatable, Codable {
    /// The local day it was written on.
    public var day: CalendarDay
    /// The partner who wrote it (their id), or nil when the couple answered together.
    public var partner: String?
    /// The question.
    public var question: String
    /// The answer.
    public var answer: String

    /// An answer as shown.
    public init(day: CalendarDay, partner: String?, question: String, answer: String) {
        self.day = day
        self.partner = partner
        self.question = question
        self.answer = answer
    }

    /// The answers written in the context's period, oldest first; nil when there are none.
    static func all(in context: InsightContext) -> [ReportReflection]? {
        let shown = context.journal.reflections.compactMap { answer -> ReportReflection? in
            let day = answer.day(fallback: context.timeZone)
            guard day >= context.periodStart && day <= context.periodEnd else { return nil }
            return ReportReflection(day: day, partner: answer.partner?.rawValue, question: answer.question, answer: answer.answer)
        }
        return shown.isEmpty ? nil : shown
    }
}

/// The moments per day that a report's charts show: from 16 weeks before the period's end
/// (or the period's start, if earlier) to its end, with the journal's calendar, and the
/// consistency score after each of those days since the journal began.
public struct ReportDays: Sendable, Equatable, Codable {
    /// The first day counted.
    public var first: CalendarDay
    /// Moments on each day from ``first`` to the period's end.
    public var counts: [Int]
    /// The journal's home time zone (an identifier such as Europe/Paris).
    public var timeZone: String
    /// The day weeks start on, for the heatmap's rows.
    public var weekStart: Weekday
    /// The daily target the heatmap's shades are measured against.
    public var dailyTarget: Double
    /// Whether the journal holds any moment at all (charts of an empty journal are left out).
    public var journalHasMoments: Bool
    /// The local day of the journal's first moment, nil when it has none. Days before it are
    /// not days the couple missed: charts draw them apart.
    public var journalFirst: CalendarDay?
    /// The consistency score after each day from ``scoresFirst`` to the period's end, scored
    /// from the journal's first day with the report's scoring (rest days with nothing logged
    /// neither raise nor lower it, and a today with nothing logged yet is not a missed day),
    /// so the last value is the summary's consistency when the period ends today.
    public var scores: [Double]

    /// Weeks of days shown before the period's end, at least.
    public static let weeksShown = 16

    /// The day of the first of ``scores``: ``first`` or the journal's first day, whichever is later.
    public var scoresFirst: CalendarDay { counts.isEmpty ? first : first.adding(days: counts.count - scores.count) }

    /// The days of `context`, as a report shows them, scored with `scoring`.
    public init(_ context: InsightContext, scoring: any ConsistencyScoring = LoopHabitScoring()) {
        let end = context.periodEnd
        let earliest = min(context.periodStart, end.adding(days: -(Self.weeksShown * 7 - 1)))
        let daily = DailyCounts(context, through: end)
        first = earliest
        var counts = [Int]()
        var day = earliest
        while day <= end {
            counts.append(daily.count(on: day))
            day = day.adding(days: 1)
        }
        self.counts = counts
        timeZone = context.timeZone.identifier
        weekStart = context.journal.settings.weekStart
        dailyTarget = context.journal.settings.dailyTarget
        journalHasMoments = context.hasMoments
        let began = daily.counts.contains { $0 > 0 } ? daily.firstDay : nil
        journalFirst = began
        scores =
            began.map {
                Self.scores(daily, from: max($0, earliest), today: context.today, settings: context.journal.settings, scoring: scoring)
            } ?? []
    }

    /// The score after each day from `from` to the last day of `daily`: a rest day with nothing
    /// logged repeats the day before, and so does a today with nothing logged yet.
    static func scores(
        _ daily: DailyCounts, from: CalendarDay, today: CalendarDay, settings: JournalSettings, scoring: any ConsistencyScoring
    ) -> [Double] {
        let rest = settings.restDays
        var scored = [Int](), position = [Int]()  // the days scored, and for each day the last scored one
        for (index, count) in daily.counts.enumerated() {
            let day = daily.firstDay.adding(days: index)
            let skipped = (count == 0 && daily.isRest(index, restDays: rest)) || (count == 0 && day == today)
            if !skipped { scored.append(count) }
            position.append(scored.count - 1)
        }
        let series = scoring.scores(counts: scored, dailyTarget: settings.dailyTarget)
        let start = max(0, daily.firstDay.days(until: from))
        return position[start...].map { $0 >= 0 ? series[$0] : 0 }
    }

    /// Reads a report's days; one written before ``journalFirst`` and ``scores`` existed
    /// reads with none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        first = try container.decode(CalendarDay.self, forKey: .first)
        counts = try container.decode([Int].self, forKey: .counts)
        timeZone = try container.decode(String.self, forKey: .timeZone)
        weekStart = try container.decode(Weekday.self, forKey: .weekStart)
        dailyTarget = try container.decode(Double.self, forKey: .dailyTarget)
        journalHasMoments = try container.decode(Bool.self, forKey: .journalHasMoments)
        journalFirst = try container.decodeIfPresent(CalendarDay.self, forKey: .journalFirst)
        scores = try container.decodeIfPresent([Double].self, forKey: .scores) ?? []
    }

    /// The count on `day`, or 0 outside the days counted.
    public func count(on day: CalendarDay) -> Int {
        let index = first.days(until: day)
        return counts.indices.contains(index) ? counts[index] : 0
    }
}

/// A partner as a report shows them: their name, what they gave week by week, and the love
/// languages they received beside what matters to them.
public struct ReportPartner: Sendable, Equatable, Codable {
    /// The partner's id.
    public var id: String
    /// The partner's name.
    public var name: String
    /// Moments they gave (a ritual done together counts for both) in each of the last
    /// ``ReportDays/weeksShown`` seven-day spans ending on the period's last day, oldest first.
    public var givenPerWeek: [Int]?
    /// Their love-language profile as shares that add up to 1, by language.
    public var profile: [String: Double]?
    /// Moments they received in the period, by love language (unclassified ones left out; a
    /// ritual done together counts for each participant, see ``RitualsDoneTogether``).
    public var receivedByLanguage: [String: Int]?

    /// A partner by id and name, with the charts' numbers when known.
    public init(
        id: String, name: String, givenPerWeek: [Int]? = nil, profile: [String: Double]? = nil,
        receivedByLanguage: [String: Int]? = nil
    ) {
        self.id = id
        self.name = name
        self.givenPerWeek = givenPerWeek
        self.profile = profile
        self.receivedByLanguage = receivedByLanguage
    }

    /// Every partner of the context's journal, with their numbers.
    static func all(in context: InsightContext) -> [ReportPartner] {
        let end = context.periodEnd
        let weeks = ReportDays.weeksShown
        let firstDay = end.adding(days: -(weeks * 7 - 1))
        var received = [Identifier<Partner>: [String: Int]]()
        let together = RitualsDoneTogether(context.journal)
        for moment in context.momentsInPeriod {
            guard let language = moment.language else { continue }
            for receiver in together.receivers(of: moment) { received[receiver, default: [:]][language.rawValue, default: 0] += 1 }
        }
        return context.journal.partners.map { partner in
            let daily = DailyCounts(context, through: end, giver: partner.id)
            var perWeek = [Int](repeating: 0, count: weeks)
            for offset in 0..<(weeks * 7) {
                perWeek[offset / 7] += daily.count(on: firstDay.adding(days: offset))
            }
            var shares = [String: Double]()
            for language in LoveLanguage.allCases { shares[language.rawValue] = partner.profile.share(of: language) }
            return ReportPartner(
                id: partner.id.rawValue, name: partner.name, givenPerWeek: perWeek, profile: shares,
                receivedByLanguage: received[partner.id] ?? [:])
        }
    }
}

/// A ritual's days due and kept in a report's period.
public struct ReportRitual: Sendable, Equatable, Codable {
    /// The ritual's id.
    public var id: String
    /// What it is.
    public var title: String
    /// Its cadence, as written in files (`daily`, `weekly:mon,thu`).
    public var cadence: String
    /// Days it was due in the period (from the day it was made; today once kept or over).
    public var due: Int
    /// Of those, the days it was kept.
    public var kept: Int

    /// A ritual's numbers.
    public init(id: String, title: String, cadence: String, due: Int, kept: Int) {
        self.id = id
        self.title = title
        self.cadence = cadence
        self.due = due
        self.kept = kept
    }
}

/// A report for a period: the summary numbers and every strategy's findings, each with its
/// numbers and a gentle sentence. Codable and stable: `micromance report --json` prints it.
public struct InsightReport: Sendable, Equatable, Codable {
    /// The version of this report's JSON shape; fields are only added within a version.
    public static let currentSchemaVersion = 1

    /// The version of the report's shape.
    public var schemaVersion: Int
    /// The first day covered.
    public var periodStart: CalendarDay
    /// The last day covered.
    public var periodEnd: CalendarDay
    /// When it was made, in the home time zone.
    public var generatedAt: String
    /// Counts, streaks and the consistency score.
    public var summary: JournalSummary
    /// The strategies that ran, in order.
    public var strategies: [String]
    /// What they found.
    public var findings: [Finding]
    /// Moments per day for the charts, with the journal's calendar.
    public var days: ReportDays
    /// The partners, for names beside ids.
    public var partners: [ReportPartner]
    /// Answers to reflective questions written in the period, oldest first; nil (and left out
    /// of the JSON) when there are none.
    public var reflections: [ReportReflection]?
    /// Each ritual's days due and kept in the period (nil in reports made before they were added).
    public var rituals: [ReportRitual]?

    /// The findings of one strategy.
    public func findings(of strategy: String) -> [Finding] { findings.filter { $0.strategy == strategy } }
}
