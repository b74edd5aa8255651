import Foundation
import MicromanceModel
import Testing

@testable import MicromanceInsights

let utc = TimeZone(identifier: "UTC") ?? .current

/// A couple with `days[i]` moments on day i (day 0 = 2026-11-01), given by Alex to Sam at noon UTC.
func journal(days: [Int], language: LoveLanguage? = .service) throws -> Journal {
    var journal = Journal(settings: JournalSettings(timeZone: "UTC"))
    try journal.add(Partner(name: "Alex"))
    try journal.add(Partner(name: "Sam"))
    let start = try #require(CalendarDay("2026-11-01"))
    var n = 0
    for (offset, count) in days.enumerated() {
        for _ in 0..<count {
            n += 1
            let at = start.adding(days: offset).start(in: utc).addingTimeInterval(12 * 3600)
            try journal.log(
                Moment(
                    id: Identifier("m\(n)"), at: at, timeZone: "UTC", giver: n % 3 == 0 ? "sam" : "alex",
                    receiver: n % 3 == 0 ? "alex" : "sam", title: "Coffee", language: language))
        }
    }
    return journal
}

func noon(_ day: String) throws -> Date {
    try #require(CalendarDay(day)).start(in: utc).addingTimeInterval(12 * 3600)
}

@Suite struct LoopScoringTests {
    @Test func multiplierMatchesLoop() {
        #expect(abs(LoopHabitScoring.multiplier(frequency: 1) - 0.948_08) < 1e-5)
        #expect(abs(LoopHabitScoring.multiplier(frequency: 3.0 / 7) - pow(0.5, (3.0 / 7).squareRoot() / 13)) < 1e-12)
    }

    @Test func firstDayGivesOneMinusM() {
        let m = LoopHabitScoring.multiplier(frequency: 1)
        #expect(abs(LoopHabitScoring().score(counts: [1], dailyTarget: 1) - (1 - m)) < 1e-12)
    }

    @Test func converges_andOneMissIsGentle() {
        let scoring = LoopHabitScoring()
        let month = [Int](repeating: 1, count: 120)
        let full = scoring.score(counts: month, dailyTarget: 1)
        #expect(full > 0.99)
        let missed = scoring.score(counts: month + [0], dailyTarget: 1)
        #expect(missed > 0.93 && missed < full)
        // A burst on one day counts as one day done, no more.
        #expect(scoring.score(counts: [10], dailyTarget: 1) == scoring.score(counts: [1], dailyTarget: 1))
    }

    @Test func partialDaysCountPartially() {
        let scoring = LoopHabitScoring()
        let m = LoopHabitScoring.multiplier(frequency: 2)
        #expect(abs(scoring.score(counts: [1], dailyTarget: 2) - 0.5 * (1 - m)) < 1e-12)
    }
}

@Suite struct StreakTests {
    @Test func currentAndLongest() {
        #expect(Streaks(counts: [1, 1, 1, 0, 1, 1], dailyTarget: 1) == Streaks(current: 2, longest: 3))
        #expect(Streaks(counts: [1, 1, 0], dailyTarget: 1) == Streaks(current: 2, longest: 2))  // today still open
        #expect(Streaks(counts: [1, 1, 0, 0], dailyTarget: 1) == Streaks(current: 0, longest: 2))
        #expect(Streaks(counts: [2, 1, 2], dailyTarget: 2) == Streaks(current: 1, longest: 1))
        #expect(Streaks(counts: [], dailyTarget: 1) == Streaks(current: 0, longest: 0))
    }
}

@Suite struct SummaryTests {
    @Test func emptyJournal() throws {
        let context = InsightContext(journal: Journal(), now: try noon("2026-11-24"), fallbackTimeZone: utc)
        let summary = JournalSummary(context)
        #expect(summary.moments == 0 && summary.activeDays == 0 && summary.consistency == 0)
        #expect(summary.streaks == Streaks(current: 0, longest: 0))
        #expect(summary.periodDays == 7)
    }

    @Test func oneMomentToday() throws {
        let j = try journal(days: [Int](repeating: 0, count: 23) + [1])
        let summary = JournalSummary(InsightContext(journal: j, now: try noon("2026-11-24"), fallbackTimeZone: utc))
        #expect(summary.moments == 1)
        #expect(summary.streaks == Streaks(current: 1, longest: 1))
        #expect(abs(summary.consistency - (1 - LoopHabitScoring.multiplier(frequency: 1))) < 1e-12)
        #expect(summary.recent.map(\.id) == ["m1"])
    }

    @Test func countsPerGiverAndLanguageInThePeriod() throws {
        // 3 moments a day for 24 days; the period is the last 7 days.
        let j = try journal(days: [Int](repeating: 3, count: 24))
        let summary = JournalSummary(InsightContext(journal: j, now: try noon("2026-11-24"), fallbackTimeZone: utc))
        #expect(summary.moments == 21)
        #expect(summary.activeDays == 7)
        #expect(summary.byGiver.map(\.count) == [14, 7])
        #expect(summary.byGiver.first?.partner == "alex")
        #expect(summary.byLanguage == ["service": 21])
        #expect(summary.streaks == Streaks(current: 24, longest: 24))
    }

    @Test func todayNotYetLoggedIsNotAMiss() throws {
        let j = try journal(days: [1, 1, 1])
        let morning = try noon("2026-11-04").addingTimeInterval(-4 * 3600)
        let summary = JournalSummary(InsightContext(journal: j, now: morning, fallbackTimeZone: utc))
        #expect(summary.streaks.current == 3)
        #expect(abs(summary.consistency - LoopHabitScoring().score(counts: [1, 1, 1], dailyTarget: 1)) < 1e-12)
    }

    @Test func momentsCountForTheirOwnLocalDay() throws {
        var j = try journal(days: [])
        // 23:30 in Tokyo on the 23rd is 14:30 UTC on the 23rd; 01:00 in Tokyo on the 24th is still the 23rd in UTC.
        try j.log(
            Moment(
                id: "t1", at: try #require(Timestamp.parse("2026-11-24T01:00:00+09:00")), timeZone: "Asia/Tokyo",
                giver: "alex", receiver: "sam", title: "Good-night call"))
        let summary = JournalSummary(InsightContext(journal: j, now: try noon("2026-11-24"), fallbackTimeZone: utc, days: 1))
        #expect(summary.moments == 1)  // it counts for the 24th, the day the giver lived it
        #expect(summary.streaks.current == 1)
    }
}

/// A period starts no earlier than the journal's first local day, whoever lived it.
@Suite struct FirstDayTests {
    @Test func aPartnerBehindMayHaveTheFirstDay() throws {
        var journal = Journal(settings: JournalSettings(timeZone: "Asia/Tokyo"))
        try journal.add(Partner(name: "Alex"))
        try journal.add(Partner(name: "Sam"))
        // Alex in Tokyo logs at 08:00 on 1 December; Sam in Denver logs later in time, at
        // 20:00 on his 30 November (12:00 on 1 December in Tokyo).
        for (id, stamp, zone, giver) in [
            ("m1", "2026-12-01T08:00:00+09:00", "Asia/Tokyo", "alex"), ("m2", "2026-11-30T20:00:00-07:00", "America/Denver", "sam"),
        ] {
            let at = try #require(Timestamp.parse(stamp))
            journal.moments.append(
                Moment(
                    id: Identifier(id), at: at, timeZone: zone, giver: Identifier(giver), receiver: giver == "alex" ? "sam" : "alex",
                    title: id))
        }
        let now = try #require(Timestamp.parse("2026-12-06T10:00:00+09:00"))
        let tokyo = try #require(TimeZone(identifier: "Asia/Tokyo"))
        let since = try #require(CalendarDay("2026-11-28"))
        let context = InsightContext(journal: journal, now: now, timeZone: tokyo, period: .since(since))
        #expect(context.periodStart == CalendarDay("2026-11-30"))
        #expect(context.momentsInPeriod.count == 2)
    }
}
