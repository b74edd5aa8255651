import MicromanceModel

/// Consistency: how steadily small gestures come, for the couple and for each giver.
///
/// Measures the consistency score (see ``LoopHabitScoring``, or any ``ConsistencyScoring``
/// passed in), active days in the period, and the current and longest streaks against the
/// daily target. Declared rest days (`JournalSettings.restDays`) with nothing logged neither
/// break a streak nor lower the score. Reference: Loop Habit Tracker's habit-strength score.
public struct ConsistencyStrategy: InsightStrategy {
    /// The scoring used for the consistency score.
    public var scoring: any ConsistencyScoring

    /// A strategy with the given scoring (Loop's by default).
    public init(scoring: any ConsistencyScoring = LoopHabitScoring()) { self.scoring = scoring }

    /// "consistency".
    public var id: String { "consistency" }

    /// The couple's score and streaks, then each giver's.
    public func findings(in context: InsightContext) -> [Finding] {
        let journal = context.journal
        guard context.hasMoments else {
            return [
                Finding(
                    strategy: id, topic: "score", tone: .notEnoughData,
                    sentence: "Nothing logged yet. One small thing today starts the score.", numbers: ["score": 0])
            ]
        }
        var findings = [measure(context, giver: nil)]
        if journal.partners.count > 1 {
            for partner in journal.partners { findings.append(measure(context, giver: partner)) }
        }
        return findings
    }

    private func measure(_ context: InsightContext, giver: Partner?) -> Finding {
        let journal = context.journal
        let target = journal.settings.dailyTarget
        let rest = journal.settings.restDays
        // As of the period's last day when it ended before today, as the summary.
        let through = context.scoredThrough
        let open = through == context.today
        let daily = DailyCounts(context, through: through, giver: giver?.id)
        var counts = daily.countsSkippingRest(rest)
        if open, daily.counts.last == 0, counts.last == 0 { counts.removeLast() }  // today is not over
        let score = daily.counts.allSatisfy({ $0 == 0 }) ? 0 : scoring.score(counts: counts, dailyTarget: target)
        let streaks = Streaks(
            counts: daily.counts, dailyTarget: target, isRest: { daily.isRest($0, restDays: rest) }, lastDayOpen: open)
        var active = 0
        var day = context.periodStart
        while day <= context.periodEnd {
            if daily.count(on: day) > 0 { active += 1 }
            day = day.adding(days: 1)
        }
        let percent = Int((score * 100).rounded())
        let numbers: [String: Double] = [
            "score": score, "activeDays": Double(active), "periodDays": Double(context.periodDays),
            "currentStreak": Double(streaks.current), "longestStreak": Double(streaks.longest), "dailyTarget": target,
        ]
        guard let giver else {
            let tone: Finding.Tone = score >= 0.8 ? .celebration : .observation
            return Finding(
                strategy: id, topic: "score", tone: tone,
                sentence:
                    "Small gestures on \(active) of \(context.periodDays) days; consistency score \(percent)%, streak \(streaks.current) day\(streaks.current == 1 ? "" : "s").",
                numbers: numbers)
        }
        return Finding(
            strategy: id, topic: "giver-score", partner: giver.id.rawValue,
            sentence:
                "\(giver.name) gave on \(active) of \(context.periodDays) day\(context.periodDays == 1 ? "" : "s") (score \(percent)%).",
            numbers: numbers)
    }
}
