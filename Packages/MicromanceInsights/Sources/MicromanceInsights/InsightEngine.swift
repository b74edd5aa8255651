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
        InsightEngine(strategies: [
            ConsistencyStrategy(scoring: scoring), LoveLanguageFitStrategy(), BidsStrategy(), ReciprocityStrategy(),
            DriftStrategy(), VarietyStrategy(), RitualAdherenceStrategy(), LearnedPreferencesStrategy(), ComingUpStrategy(),
        ], scoring: scoring)
    }

    /// The identifiers of the strategies, in order.
    public var strategyIDs: [String] { strategies.map(\.id) }

    /// A report for the context's period.
    public func report(_ context: InsightContext) -> InsightReport {
        InsightReport(
            schemaVersion: InsightReport.currentSchemaVersion,
            periodStart: context.periodStart, periodEnd: context.periodEnd,
            generatedAt: Timestamp.format(context.now, in: context.timeZone),
            summary: JournalSummary(context, scoring: scoring),
            strategies: strategyIDs,
            findings: strategies.flatMap { $0.findings(in: context) })
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

    /// The findings of one strategy.
    public func findings(of strategy: String) -> [Finding] { findings.filter { $0.strategy == strategy } }
}
