import Foundation
import MicromanceModel
import Testing

@testable import MicromanceInsights

/// A journal long enough for the report to use two threads (the strategies shared between
/// them, every partner's day counts made in one pass and kept) gets the report that its parts,
/// worked out one by one on fresh contexts, add up to.
@Suite struct ReportOnTwoThreadsTests {
    @Test func aLongJournalsReportEqualsItsPartsOneByOne() throws {
        var builder = try Builder()
        builder.journal.rituals = [Ritual(id: "coffee", title: "Morning coffee", cadence: .daily, participants: ["alex", "sam"])]
        let languages = LoveLanguage.allCases
        for day in 0..<700 where day % 7 != 3 {
            for n in 0..<90 {
                let bid = n % 4 == 0
                builder.add(
                    daysAgo: day, from: n % 3 == 0 ? "sam" : "alex", language: languages[(day + n) % languages.count],
                    response: bid ? (n % 8 == 0 ? .toward : .away) : nil, kind: bid ? .bid : .gesture, ritual: n % 10 == 1 ? "coffee" : nil)
            }
        }
        #expect(builder.journal.moments.count >= SecondThread.worthFrom)
        let report = InsightEngine.standard.report(builder.context(days: 30))
        let scoring = LoopHabitScoring()
        #expect(report.findings == InsightEngine.standard.strategies.flatMap { $0.findings(in: builder.context(days: 30)) })
        #expect(report.findings.count >= InsightEngine.standard.strategies.count)
        #expect(report.summary == JournalSummary(builder.context(days: 30), scoring: scoring))
        #expect(report.days == ReportDays(builder.context(days: 30), scoring: scoring))
        #expect(report.partners == ReportPartner.all(in: builder.context(days: 30)))
    }
}
