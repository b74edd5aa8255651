import Foundation
import MicromanceModel
import Testing

@testable import MicromanceInsights

/// A report made from the moments around its period and the history of all of them (as a
/// database that counts in place gives them) equals the report made from the whole journal.
@Suite struct HistoryContextTests {
    /// Alex and Sam over `days` days: moments at any hour, some logged from zones far from
    /// home (so the local day can differ from home's), rituals done together and alone,
    /// answered bids and rest days.
    private func journal(days: Int, seed: UInt64) throws -> (Journal, Date, TimeZone) {
        let zone = try #require(TimeZone(identifier: "Europe/London"))
        var journal = Journal(settings: JournalSettings(timeZone: zone.identifier, restDays: [.sunday]))
        try journal.add(Partner(name: "Alex", profile: LoveLanguageProfile(ranking: [.service, .words])))
        try journal.add(Partner(name: "Sam", profile: LoveLanguageProfile([.touch: 5, .time: 3])))
        journal.rituals = [
            Ritual(id: "coffee", title: "Morning coffee together", cadence: .daily, participants: ["alex", "sam"], language: .time),
            Ritual(id: "run", title: "Sam's run", cadence: .weekly([.monday, .thursday]), participants: ["sam"]),
        ]
        var random = SeededGenerator(seed: seed)
        let today = try #require(CalendarDay("2026-11-24"))
        let now = today.start(in: zone).addingTimeInterval(20 * 3600)
        let zones = ["Europe/London", "Europe/London", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Auckland"]
        var n = 0
        for back in stride(from: days, through: 0, by: -1) {
            let day = today.adding(days: -back)
            for _ in 0..<Int.random(in: 0...4, using: &random) {
                n += 1
                let at = day.start(in: zone).addingTimeInterval(Double(Int.random(in: 0..<(24 * 3600), using: &random)))
                guard back > 0 || at <= now else { continue }
                let giver: Identifier<Partner> = Bool.random(using: &random) ? "alex" : "sam"
                let ritual: Identifier<Ritual>? = [nil, nil, nil, "coffee", "run"].randomElement(using: &random) ?? nil
                // Titles and gestures come back (suggestions weigh when each was last done).
                let gesture = Catalog.builtIn.gestures.randomElement(using: &random)
                let own = ["Sunday pancakes", "Moment \(n)", "Fixed the bike"].randomElement(using: &random) ?? ""
                let title = Bool.random(using: &random) ? (gesture?.title ?? own) : own
                journal.moments.append(
                    Moment(
                        id: Identifier("m\(n)"), at: at, timeZone: zones.randomElement(using: &random) ?? "UTC", giver: giver,
                        receiver: giver == "alex" ? "sam" : "alex", title: title,
                        gestureID: title == gesture?.title ? gesture?.id : nil,
                        language: LoveLanguage.allCases.randomElement(using: &random),
                        response: [nil, .toward, .toward, .away, .against].randomElement(using: &random) ?? nil,
                        ritualID: ritual))
            }
        }
        return (journal, now, zone)
    }

    /// The journal's moments from `from` on only.
    private func around(_ journal: Journal, from: Date) -> Journal {
        var part = journal
        part.moments = journal.moments.filter { $0.at >= from }
        return part
    }

    @Test(arguments: [ReportPeriod.week, .month, .lastDays(28), .lastDays(1), .lastDays(90)])
    func aReportFromTheHistoryEqualsTheWholeJournals(_ period: ReportPeriod) throws {
        for (days, seed) in [(400, UInt64(1)), (40, 2), (3, 3)] {
            let (journal, now, zone) = try journal(days: days, seed: seed)
            let history = MomentHistory(moments: journal.moments, fallback: zone)
            #expect(history.momentCount == journal.moments.count)
            let whole = InsightContext(journal: journal, now: now, timeZone: zone, period: period, seed: 5)
            // Two days before the period's start covers every zone's local days.
            let from = whole.periodStart.adding(days: -2).start(in: zone)
            let part = InsightContext(
                journal: around(journal, from: from), history: history, now: now, timeZone: zone, period: period, seed: 5)
            #expect(part.periodStart == whole.periodStart && part.periodEnd == whole.periodEnd)
            #expect(part.journal.moments.count < journal.moments.count || days < 100)
            let engine = InsightEngine.standard
            let expected = engine.report(whole), got = engine.report(part)
            #expect(got.summary == expected.summary, "\(period) \(days)")
            #expect(got.findings == expected.findings, "\(period) \(days)")
            #expect(got.days == expected.days && got.partners == expected.partners && got.rituals == expected.rituals)
            #expect(got == expected)
        }
    }

    @Test func anEmptyHistoryReportsNothingLogged() throws {
        let (journal, now, zone) = try journal(days: 0, seed: 9)
        var empty = journal
        empty.moments = []
        let context = InsightContext(
            journal: empty, history: MomentHistory(moments: [], fallback: zone), now: now, timeZone: zone, period: .week)
        #expect(!context.hasMoments)
        let report = InsightEngine.standard.report(context)
        #expect(report == InsightEngine.standard.report(InsightContext(journal: empty, now: now, timeZone: zone, period: .week)))
        #expect(report.findings(of: "consistency").first?.tone == .notEnoughData)
    }

    /// Rows counted elsewhere (a database's GROUP BY) in any order and split: merged and sorted alike.
    @Test func rowsAreMergedAndSorted() throws {
        let (journal, _, zone) = try journal(days: 30, seed: 4)
        let history = MomentHistory(moments: journal.moments, fallback: zone)
        let split = history.days.reversed().flatMap { row -> [MomentHistory.Day] in
            var one = row
            one.count = 1
            var rest = row
            rest.count -= 1
            return [rest, one]
        }
        let answers = history.answers.reversed().flatMap {
            [$0, MomentHistory.Answers(receiver: $0.receiver, language: $0.language, response: $0.response, count: 0)]
        }
        #expect(MomentHistory(days: split, answers: answers) == history.withoutGiven)
        let given = try #require(history.given)
        let older = given.reversed().map {
            MomentHistory.Given(receiver: $0.receiver, gesture: $0.gesture, title: $0.title, day: $0.day.adding(days: -3))
        }
        #expect(MomentHistory(days: split, answers: answers, given: older + given) == history)
        // Sorted rows with a few more after them (as a store appends them): merged in place.
        let some = Array(journal.moments.prefix(journal.moments.count - 5))
        let base = MomentHistory(moments: some, fallback: zone)
        let added = MomentHistory(moments: Array(journal.moments.suffix(5)), fallback: zone)
        let both = MomentHistory(
            days: base.days + added.days, answers: base.answers + added.answers, given: (base.given ?? []) + (added.given ?? []))
        #expect(both == history)
        #expect(history.firstDay == history.days.map(\.day).min())
        #expect(zip(history.days, history.days.dropFirst()).allSatisfy { $0.day <= $1.day })
    }

    /// Learned preferences read the history's answers as they read the moments' responses.
    @Test func learnedPreferencesFromTheHistory() throws {
        let (journal, now, zone) = try journal(days: 200, seed: 6)
        let history = MomentHistory(moments: journal.moments, fallback: zone)
        let part = InsightContext(journal: around(journal, from: now), history: history, now: now, timeZone: zone, period: .week)
        for partner in journal.partners {
            let expected = LearnedPreferences(receiver: partner.id, moments: journal.moments)
            #expect(LearnedPreferences(receiver: partner.id, in: part) == expected)
            #expect(!expected.rates.isEmpty)
        }
        // Every partner at once (one pass over the moments, or the history's rows) says the same.
        let whole = InsightContext(journal: journal, now: now, timeZone: zone, periodStart: part.periodStart, periodEnd: part.periodEnd)
        let each = journal.partners.map { LearnedPreferences(receiver: $0.id, moments: journal.moments) }
        #expect(LearnedPreferences.everyPartner(in: whole) == each)
        #expect(LearnedPreferences.everyPartner(in: part) == each)
    }

    /// Suggestions from the history (when each gesture and title was last given) equal those
    /// from the whole journal, at any hour and for either partner.
    @Test func suggestionsFromTheHistoryEqualTheWholeJournals() throws {
        let (journal, now, zone) = try journal(days: 120, seed: 8)
        let history = MomentHistory(moments: journal.moments, fallback: zone)
        #expect(history.given?.contains { $0.gesture != nil } == true)
        for hours in [0.0, 7, 15, 23] {
            let at = now.addingTimeInterval(-hours * 3600)
            let whole = InsightContext(journal: journal, now: at, timeZone: zone, period: .lastDays(7), seed: 3)
            let from = whole.periodStart.adding(days: -2).start(in: zone)
            let part = InsightContext(
                journal: around(journal, from: from), history: history, now: at, timeZone: zone, period: .lastDays(7), seed: 3)
            for partner in journal.partners {
                let request = SuggestionRequest(receiver: partner.id, count: 8)
                let expected = SuggestionEngine().suggest(request, in: whole)
                #expect(expected.contains { $0.reasons.contains { $0.hasPrefix("last done") } })
                #expect(SuggestionEngine().suggest(request, in: part) == expected)
            }
        }
    }

    /// The counted rows equal a plain count of the moments (a dictionary per key, sorted by
    /// the names), whatever order the moments come in.
    @Test func theCountEqualsAPlainCount() throws {
        let (journal, _, zone) = try journal(days: 90, seed: 11)
        var random = SeededGenerator(seed: 12)
        for moments in [journal.moments, journal.moments.shuffled(using: &random)] {
            let history = MomentHistory(moments: moments, fallback: zone)
            var days = [String: Int](), given = [String: CalendarDay]()
            for moment in moments {
                let day = moment.day(fallback: zone)
                days["\(day)\u{1}\(moment.giver.rawValue)\u{1}\(moment.ritualID?.rawValue ?? "")", default: 0] += 1
                let key = "\(moment.receiver.rawValue)\u{1}\(moment.gestureID?.rawValue ?? "")\u{1}\(moment.title)"
                given[key] = max(given[key] ?? day, day)
            }
            #expect(history.days.map { "\($0.day)\u{1}\($0.giver.rawValue)\u{1}\($0.ritual?.rawValue ?? "")" } == days.keys.sorted())
            #expect(history.days.map(\.count) == days.keys.sorted().map { days[$0] ?? 0 })
            let rows = try #require(history.given)
            #expect(rows.map { "\($0.receiver.rawValue)\u{1}\($0.gesture?.rawValue ?? "")\u{1}\($0.title)" } == given.keys.sorted())
            #expect(rows.map(\.day) == given.keys.sorted().map { given[$0] })
        }
    }
}
