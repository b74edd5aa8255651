import Foundation
import MicromanceModel
import Testing

@testable import MicromanceInsights

/// A report of a period that ended before today shows the streak and score as of its last day
/// (a trial's `report --last-month` showed a 15-day streak in a 14-day period, counted to today).
@Suite struct PastPeriodScoreTests {
    /// Alex gave every day from 20 days ago to today but 8 days ago; Sam every day to 9 days ago.
    private func couple() throws -> Builder {
        var builder = try Builder()
        for daysAgo in 0...20 where daysAgo != 8 { builder.add(daysAgo: daysAgo, from: "alex") }
        for daysAgo in 9...20 { builder.add(daysAgo: daysAgo, from: "sam") }
        return builder
    }

    private func context(_ builder: Builder, from start: Int, to end: Int) -> InsightContext {
        InsightContext(
            journal: builder.journal, now: builder.today.start(in: builder.zone).addingTimeInterval(12 * 3600),
            timeZone: builder.zone, periodStart: builder.today.adding(days: -start), periodEnd: builder.today.adding(days: -end))
    }

    @Test func aPastPeriodIsScoredAsOfItsLastDay() throws {
        let builder = try couple()
        // The period ends 9 days ago: 12 days in a row by then.
        let past = context(builder, from: 15, to: 9)
        #expect(past.scoredThrough == builder.today.adding(days: -9))
        let summary = JournalSummary(past)
        #expect(summary.streaks.current == 12)
        let throughEnd = Habit(DailyCounts(builder.context(), through: builder.today.adding(days: -9)), settings: builder.journal.settings)
        #expect(summary.consistency == throughEnd.consistency)
        // Today's streak is another figure: 8 days since the missed day.
        #expect(JournalSummary(builder.context()).streaks.current == 8)
    }

    @Test func aMissOnThePastPeriodsLastDayEndsItsStreak() throws {
        let builder = try couple()
        let past = context(builder, from: 14, to: 8)  // ends on the day Alex missed; Sam had stopped
        #expect(JournalSummary(past).streaks.current == 0)
        let findings = ConsistencyStrategy().findings(in: past)
        let alex = try #require(findings.first { $0.partner == "alex" })
        #expect(alex.numbers["currentStreak"] == 0)
        // The same day as today is not over yet: it breaks nothing.
        let sam = try #require(ConsistencyStrategy().findings(in: builder.context()).first { $0.partner == "sam" })
        #expect(sam.numbers["currentStreak"] == 0 && sam.numbers["longestStreak"] == 12)
    }

    /// Learned preferences count every response noted up to today: a past period's report says so.
    @Test func learnedPreferencesSayTheyReachPastThePeriod() throws {
        var builder = try couple()
        for daysAgo in 0...6 { builder.add(daysAgo: daysAgo, from: "alex", language: .words, response: .toward, kind: .bid) }
        for daysAgo in 0...6 { builder.add(daysAgo: daysAgo, from: "alex", language: .service, response: .away, kind: .bid) }
        let past = LearnedPreferencesStrategy().findings(in: context(builder, from: 15, to: 9))
        let now = LearnedPreferencesStrategy().findings(in: builder.context())
        let sam = try #require(past.first { $0.partner == "sam" }), samNow = try #require(now.first { $0.partner == "sam" })
        #expect(
            sam.sentence.hasPrefix("Over every response noted up to today, not only this period's: Sam turned toward"), "\(sam.sentence)")
        #expect(samNow.sentence.hasPrefix("Sam turned toward"), "\(samNow.sentence)")
    }
}
