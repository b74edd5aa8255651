import Foundation
import MicromanceModel
import Testing

@testable import MicromanceInsights

/// One ritual done together, marked on both phones before either saw the other's mark (a new
/// user's trial: one Sunday stroll counted as two moments, two given by each and two of quality
/// time). Both marks stay in the journal; every count takes one.
@Suite struct RepeatedMarksTests {
    private func couple() throws -> Builder {
        var builder = try Builder()
        builder.journal.rituals = [
            Ritual(id: "stroll", title: "Sunday market stroll", cadence: .daily, participants: ["alex", "sam"], language: .time),
            Ritual(id: "run", title: "Alex's run", cadence: .daily, participants: ["alex"]),
        ]
        builder.add(daysAgo: 2, from: "alex", language: .time, title: "Sunday market stroll", ritual: "stroll")
        builder.add(daysAgo: 2, from: "sam", language: .time, title: "Sunday market stroll", ritual: "stroll")
        builder.add(daysAgo: 1, from: "alex", language: .words, title: "Told her she's brilliant")
        // Alone rituals and different days are not repeats.
        builder.add(daysAgo: 1, from: "alex", language: .service, title: "Alex's run", ritual: "run")
        builder.add(daysAgo: 0, from: "sam", language: .time, title: "Sunday market stroll", ritual: "stroll")
        return builder
    }

    @Test func aRitualMarkedOnBothPhonesCountsOnce() throws {
        let builder = try couple()
        let context = builder.context()
        let summary = JournalSummary(context)
        #expect(summary.moments == 4)
        #expect(Dictionary(uniqueKeysWithValues: summary.byGiver.map { ($0.partner, $0.count) }) == ["alex": 4, "sam": 2])
        #expect(summary.byLanguage == ["time": 2, "words": 1, "service": 1])
        #expect(DailyCounts(context, through: builder.today).counts.suffix(3) == [1, 2, 1])
        #expect(DailyCounts(context, through: builder.today, giver: "sam").counts.suffix(3) == [1, 0, 1])
        let received = ReportPartner.all(in: context).first { $0.id == "sam" }?.receivedByLanguage
        #expect(received == ["time": 2, "words": 1, "service": 1])  // the stroll of two days ago once, not twice
        let adherence = RitualAdherenceStrategy.adherence(in: context).first { $0.ritual.id == "stroll" }
        #expect(adherence?.kept == 2)
        // Both marks are still in the journal.
        #expect(builder.journal.moments.filter { $0.ritualID == "stroll" }.count == 3)
    }

    @Test func aCountedHistoryAgrees() throws {
        let builder = try couple()
        let whole = builder.context()
        let history = MomentHistory(moments: builder.journal.moments, fallback: builder.zone)
        let counted = InsightContext(
            journal: builder.journal, history: history, now: whole.now, timeZone: builder.zone, periodStart: whole.periodStart,
            periodEnd: whole.periodEnd)
        #expect(JournalSummary(counted) == JournalSummary(whole))
        for giver: Identifier<Partner>? in [nil, "alex", "sam"] {
            #expect(DailyCounts(counted, through: builder.today, giver: giver) == DailyCounts(whole, through: builder.today, giver: giver))
        }
    }

    @Test func whichMarkCountsDoesNotDependOnOrder() throws {
        let builder = try couple()
        let together = RitualsDoneTogether(builder.journal)
        let utc = builder.zone
        let forward = together.repeatedMarks(in: builder.journal.moments, fallback: utc)
        let reversed = Array(builder.journal.moments.reversed())
        let backward = together.repeatedMarks(in: reversed, fallback: utc)
        #expect(forward.map { builder.journal.moments[$0].id } == backward.map { reversed[$0].id })
        #expect(forward.count == 1)
    }

    /// One call marked on her Tuesday evening in Toronto and his Wednesday morning in Tokyo is
    /// one time; two calls a day apart that fall on one date in the two zones are two.
    @Test func acrossTimeZonesTheHoursDecide() throws {
        var builder = try Builder(today: "2027-02-26")
        builder.journal.rituals = [Ritual(id: "tea", title: "Tea", cadence: .daily, participants: ["alex", "sam"], language: .time)]
        func mark(_ at: String, _ zone: String, _ giver: Identifier<Partner>, _ id: String) throws {
            let instant = try #require(Timestamp.parse(at))
            builder.journal.moments.append(
                Moment(
                    id: Identifier(id), at: instant, timeZone: zone, giver: giver, receiver: giver == "alex" ? "sam" : "alex",
                    title: "Tea", language: .time, ritualID: "tea"))
        }
        try mark("2027-02-23T19:00:00-05:00", "America/Toronto", "alex", "a1")  // Tue evening in Toronto
        try mark("2027-02-24T09:05:00+09:00", "Asia/Tokyo", "sam", "s1")  // Wed morning in Tokyo: 5 minutes later
        try mark("2027-02-25T09:00:00+09:00", "Asia/Tokyo", "sam", "s2")  // Thu morning in Tokyo: Wed 19:00 in Toronto
        try mark("2027-02-25T19:00:00-05:00", "America/Toronto", "alex", "a2")  // Thu evening in Toronto: 24 hours later
        let together = RitualsDoneTogether(builder.journal)
        let repeated = together.repeatedMarks(in: builder.journal.moments, fallback: builder.zone)
        #expect(repeated.map { builder.journal.moments[$0].id.rawValue } == ["s1"])
        let summary = JournalSummary(builder.context())
        #expect(summary.moments == 3)
    }
}
