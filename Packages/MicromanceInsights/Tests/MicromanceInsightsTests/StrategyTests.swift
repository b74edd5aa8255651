import Foundation
import MicromanceModel
import Testing

@testable import MicromanceInsights

@Suite struct ConsistencyStrategyTests {
    @Test func scoresTheCoupleAndEachGiver() throws {
        var b = try Builder()
        for day in 0..<10 { b.add(daysAgo: day, from: day % 2 == 0 ? "alex" : "sam") }
        let findings = ConsistencyStrategy().findings(in: b.context())
        let couple = try #require(findings.first { $0.topic == "score" })
        #expect(couple.numbers["currentStreak"] == 10)
        #expect(couple.numbers["activeDays"] == 7)
        #expect(
            abs((couple.numbers["score"] ?? 0) - LoopHabitScoring().score(counts: Array(repeating: 1, count: 10), dailyTarget: 1)) < 1e-12)
        let alex = try #require(findings.first { $0.partner == "alex" })
        #expect(alex.numbers["activeDays"] == 4)  // days 0, 2, 4, 6 of the last seven
        #expect(alex.numbers["currentStreak"] == 1)
    }

    @Test func restDaysDoNotBreakStreaks() throws {
        var b = try Builder()  // 2026-11-24 is a Tuesday; days 2 and 3 ago are Sunday and Saturday
        for day in [0, 1, 4, 5, 6] { b.add(daysAgo: day) }
        let plain = try #require(ConsistencyStrategy().findings(in: b.context()).first)
        #expect(plain.numbers["currentStreak"] == 2)
        b.journal.settings.restDays = [.saturday, .sunday]
        let rested = try #require(ConsistencyStrategy().findings(in: b.context()).first)
        #expect(rested.numbers["currentStreak"] == 5)
        #expect((rested.numbers["score"] ?? 0) > (plain.numbers["score"] ?? 0))
    }

    @Test func scoringIsSwappable() throws {
        struct AlwaysHalf: ConsistencyScoring {
            var name: String { "half" }
            func scores(counts: [Int], dailyTarget: Double) -> [Double] { counts.map { _ in 0.5 } }
        }
        var b = try Builder()
        b.add(daysAgo: 0)
        let finding = try #require(ConsistencyStrategy(scoring: AlwaysHalf()).findings(in: b.context()).first)
        #expect(finding.numbers["score"] == 0.5)
        #expect(InsightEngine.standard(scoring: AlwaysHalf()).report(b.context()).summary.scoring == "half")
    }
}

@Suite struct LoveLanguageFitTests {
    @Test func nudgesWhenTheTopLanguageIsMissed() throws {
        var b = try Builder()  // Sam: touch 50%, time 30%, words 20%
        b.add(6, daysAgo: 1, language: .service)
        let finding = try #require(LoveLanguageFitStrategy().findings(in: b.context()).first { $0.partner == "sam" })
        #expect(finding.tone == .nudge)
        #expect(finding.numbers["received.service"] == 1)
        #expect(abs((finding.numbers["fit"] ?? 1) - 0) < 1e-9)
        #expect(finding.sentence.contains("physical touch"))
    }

    /// A partner whose profile weighs every language the same has no profile to fit: the
    /// report says so instead of a percentage, and ideas are not said to rank high in it.
    @Test func anEvenProfileIsNoProfile() throws {
        var b = try Builder(sam: .even)
        b.add(6, daysAgo: 1, language: .touch)
        let finding = try #require(LoveLanguageFitStrategy().findings(in: b.context()).first { $0.partner == "sam" })
        #expect(finding.tone == .notEnoughData && finding.sentence.contains("no love-language profile yet"), "\(finding.sentence)")
        let ideas = SuggestionEngine().suggest(SuggestionRequest(receiver: "sam", count: 8), in: b.context())
        #expect(!ideas.isEmpty)
        #expect(ideas.allSatisfy { !$0.reasons.joined().contains("ranks high") && !$0.reasons.joined().contains("values most") })
    }

    /// The reason an idea is given names the language that ranks: service ranked first and
    /// touch second leave words tied for last, so a words idea that also speaks service is
    /// given for its service (a new user's trial was told words "ranks high").
    @Test func theReasonNamesTheLanguageThatRanks() throws {
        let b = try Builder(sam: LoveLanguageProfile(ranking: [.service, .touch]))
        let ideas = SuggestionEngine().suggest(SuggestionRequest(receiver: "sam", count: 40), in: b.context())
        #expect(ideas.count >= 10)
        for idea in ideas {
            let reasons = idea.reasons.joined(separator: "; ")
            #expect(!reasons.contains("Words of affirmation ranks high") && !reasons.contains("Receiving gifts ranks high"), "\(reasons)")
            #expect(!reasons.contains("Quality time ranks high"), "\(reasons)")
        }
        #expect(ideas.contains { $0.reasons.joined().contains("Physical touch ranks high in Sam's profile") })
        #expect(ideas.contains { $0.reasons.joined().contains("Acts of service is what Sam values most") })
    }

    @Test func perfectMixFitsFully() throws {
        var b = try Builder()
        b.add(5, daysAgo: 1, language: .touch)
        b.add(3, daysAgo: 2, language: .time)
        b.add(2, daysAgo: 3, language: .words)
        let finding = try #require(LoveLanguageFitStrategy().findings(in: b.context()).first { $0.partner == "sam" })
        #expect(abs((finding.numbers["fit"] ?? 0) - 1) < 1e-9)
        #expect(finding.tone == .celebration)
    }
}

@Suite struct BidsTests {
    @Test func turnTowardRateWithReferences() throws {
        var b = try Builder()
        b.add(8, daysAgo: 1, response: .toward, kind: .bid)
        b.add(1, daysAgo: 1, response: .away, kind: .bid)
        b.add(1, daysAgo: 2, response: .against, kind: .bid)
        b.add(10, daysAgo: 3)
        let findings = BidsStrategy().findings(in: b.context())
        let rate = try #require(findings.first { $0.topic == "turn-toward-rate" })
        #expect(rate.numbers["rate"] == 0.8)
        #expect(rate.references == ["stayedTogether": 0.86, "divorced": 0.33])
        let ratio = try #require(findings.first { $0.topic == "positive-negative-ratio" })
        #expect(ratio.numbers["positive"] == 18 && ratio.numbers["negative"] == 2 && ratio.numbers["ratio"] == 9)
        #expect(ratio.references["conflict"] == 5)
    }

    @Test func noNegativesNoRatio() throws {
        var b = try Builder()
        b.add(4, daysAgo: 1, response: .toward, kind: .bid)
        let findings = BidsStrategy().findings(in: b.context())
        #expect(findings.map(\.topic) == ["turn-toward-rate"])
        #expect(findings.first?.tone == .celebration)
    }
}

@Suite struct ReciprocityTests {
    @Test func surfacesOneSidedGivingGently() throws {
        var b = try Builder()
        b.add(9, daysAgo: 1, from: "alex")
        b.add(1, daysAgo: 1, from: "sam")
        let finding = try #require(ReciprocityStrategy().findings(in: b.context()).first)
        #expect(finding.tone == .nudge && finding.partner == "alex")
        #expect(finding.numbers["share.alex"] == 0.9)
        #expect(!finding.sentence.lowercased().contains("fault"))
    }

    @Test func balancedIsCelebrated() throws {
        var b = try Builder()
        b.add(6, daysAgo: 1, from: "alex")
        b.add(5, daysAgo: 2, from: "sam")
        #expect(ReciprocityStrategy().findings(in: b.context()).first?.tone == .celebration)
    }
}

@Suite struct VarietyTests {
    @Test func repetitionAndOverload() throws {
        var b = try Builder()
        b.add(6, daysAgo: 1, title: "Coffee", gesture: "make-their-coffee")
        b.add(2, daysAgo: 2, title: "Hug", gesture: "long-hug")
        let findings = VarietyStrategy().findings(in: b.context())
        let repetition = try #require(findings.first { $0.topic == "repetition" })
        #expect(repetition.numbers["topShare"] == 0.75)
        #expect(repetition.sentence.contains("Coffee"))
        let overload = try #require(findings.first { $0.topic == "overload" })
        #expect(overload.numbers["overloadDays"] == 1)
    }

    @Test func variedMixHasNoRepetition() throws {
        var b = try Builder()
        for day in 0..<8 { b.add(daysAgo: day % 7, title: "Gesture kind \(day)") }
        let findings = VarietyStrategy().findings(in: b.context())
        #expect(findings.map(\.topic) == ["variety"])
        #expect(findings.first?.numbers["distinct"] == 8)
    }
}

@Suite struct RitualTests {
    @Test func adherencePerCadence() throws {
        var b = try Builder()
        b.journal.rituals = [
            Ritual(id: "coffee", title: "Coffee together", cadence: .daily, participants: ["alex", "sam"]),
            Ritual(id: "walk", title: "Sunday walk", cadence: .weekly([.sunday]), participants: ["alex", "sam"]),
        ]
        for day in [0, 1, 2, 3, 5] { b.add(daysAgo: day, ritual: "coffee") }
        b.add(daysAgo: 2, ritual: "walk")  // 2026-11-22 was a Sunday
        let findings = RitualAdherenceStrategy().findings(in: b.context())
        #expect(findings.count == 2)
        #expect(findings[0].numbers["due"] == 7 && findings[0].numbers["kept"] == 5)
        #expect(findings[1].numbers["due"] == 1 && findings[1].numbers["kept"] == 1)
    }

    /// A ritual both take part in counts for both partners' own consistency, whoever logged it.
    @Test func aRitualDoneTogetherCountsForBoth() throws {
        var b = try Builder()
        b.journal.rituals = [Ritual(id: "coffee", title: "Coffee together", cadence: .daily, participants: ["alex", "sam"])]
        for day in 0..<7 { b.add(daysAgo: day, from: "alex", ritual: "coffee") }
        let findings = ConsistencyStrategy().findings(in: b.context())
        let sam = try #require(findings.first { $0.partner == "sam" })
        #expect(sam.numbers["activeDays"] == 7 && sam.numbers["currentStreak"] == 7)
        b.journal.rituals[0].participants = ["alex"]
        let alone = try #require(ConsistencyStrategy().findings(in: b.context()).first { $0.partner == "sam" })
        #expect(alone.numbers["activeDays"] == 0)
    }

    /// A ritual counts from the day it was made, and today only once it is kept (or over).
    @Test func adherenceStartsWhenTheRitualDoesAndTodayWaits() throws {
        var b = try Builder()
        func made(daysAgo: Int) throws -> Changes {
            let at = b.today.adding(days: -daysAgo).start(in: b.zone).addingTimeInterval(8 * 3600)
            return Changes(created: ChangeStamp(millis: Int64(at.timeIntervalSince1970 * 1000), device: try #require(DeviceID("phone"))))
        }
        b.journal.rituals = [
            Ritual(id: "new", title: "Added today", cadence: .daily, participants: ["alex", "sam"], changes: try made(daysAgo: 0)),
            Ritual(id: "tea", title: "Tea at four", cadence: .daily, participants: ["alex", "sam"], changes: try made(daysAgo: 3)),
        ]
        b.add(daysAgo: 1, ritual: "tea")
        b.add(daysAgo: 3, ritual: "tea")
        var context = b.context(days: 28)
        var findings = RitualAdherenceStrategy().findings(in: context)
        // Made today and not done yet: nothing due so far (not "0 of 28").
        #expect(findings[0].numbers["due"] == 0 && findings[0].tone == .notEnoughData)
        // Made three days ago: due on the three days since, today not yet.
        #expect(findings[1].numbers["due"] == 3 && findings[1].numbers["kept"] == 2)
        b.add(daysAgo: 0, ritual: "new")
        context = b.context(days: 28)
        findings = RitualAdherenceStrategy().findings(in: context)
        #expect(findings[0].numbers["due"] == 1 && findings[0].numbers["kept"] == 1)
    }
}

@Suite struct LearnedPreferencesTests {
    @Test func noticesWhatLandsAgainstTheProfile() throws {
        var b = try Builder()  // Sam's profile puts touch first
        b.add(4, daysAgo: 1, language: .words, response: .toward)
        b.add(3, daysAgo: 2, language: .touch, response: .toward)
        b.add(2, daysAgo: 2, language: .touch, response: .away)
        let finding = try #require(LearnedPreferencesStrategy().findings(in: b.context()).first { $0.partner == "sam" })
        #expect(finding.numbers["toward.words"] == 1)
        #expect(finding.numbers["toward.touch"] == 0.6)
        #expect(finding.sentence.contains("words of affirmation"))
        #expect(finding.sentence.contains("physical touch first"))
    }

    /// One language with enough responses is a rate, not "most often", and says nothing against the profile.
    @Test func oneLanguageIsARateNotAComparison() throws {
        var b = try Builder()  // Sam's profile puts touch first
        b.add(3, daysAgo: 1, language: .words, response: .toward)
        b.add(1, daysAgo: 1, language: .words, response: .away)
        b.add(2, daysAgo: 2, language: .touch, response: .toward)  // too few to count
        let finding = try #require(LearnedPreferencesStrategy().findings(in: b.context()).first { $0.partner == "sam" })
        #expect(finding.numbers["toward.words"] == 0.75 && finding.numbers["toward.touch"] == nil)
        #expect(finding.sentence.contains("turned toward 75% of the words of affirmation gestures"), "\(finding.sentence)")
        #expect(finding.sentence.contains("(4)") && finding.sentence.contains("too few"))
        #expect(!finding.sentence.contains("most often") && !finding.sentence.contains("profile"))
    }
}

@Suite struct ComingUpTests {
    @Test func datesAndStressorsBecomeTimelyIdeas() throws {
        var b = try Builder()
        b.journal.partners[1].stressors = [
            Stressor(id: "talk", title: "Board presentation", day: CalendarDay("2026-11-26")),
            Stressor(id: "rain", title: "Driving in the rain"),
        ]
        b.journal.partners[0].importantDates = [
            ImportantDate(id: "bday", title: "Birthday", month: 11, day: 30),
            ImportantDate(id: "far", title: "Anniversary", month: 6, day: 1),
        ]
        let findings = ComingUpStrategy().findings(in: b.context())
        #expect(findings.map(\.topic) == ["stressor", "date", "ongoing-stressor"])
        #expect(findings[0].sentence.contains("Board presentation, in 2 days"))
        #expect(findings[0].sentence.contains("check-in afterwards"))
        // Sam's first language is touch: the support speaks it.
        #expect(findings[0].sentence.contains("a long hug"), "\(findings[0].sentence)")
        #expect(findings[1].numbers["inDays"] == 6)
        #expect(findings[2].sentence.contains("Sam is carrying Driving in the rain"))
    }

    /// A date exactly a week away is in the window; eight days away is not.
    @Test func theWindowIsAWeekBothEndsIncluded() throws {
        var b = try Builder()  // today 2026-11-24
        b.journal.partners[0].importantDates = [
            ImportantDate(id: "week", title: "A week away", month: 12, day: 1),
            ImportantDate(id: "eight", title: "Eight days away", month: 12, day: 2),
        ]
        let titles = ComingUpStrategy().findings(in: b.context()).map(\.sentence)
        #expect(titles.contains { $0.contains("A week away, in 7 days") })
        #expect(!titles.contains { $0.contains("Eight days away") })
        #expect(ComingUpStrategy(days: 8).findings(in: b.context()).contains { $0.sentence.contains("Eight days away") })
    }

    /// The day after a stressful day asks how it went; ideas follow preferences too.
    @Test func theDayAfterAStressorAsksHowItWent() throws {
        var b = try Builder(sam: LoveLanguageProfile([.gifts: 5, .time: 2]))
        b.journal.partners[1].preferences = ["dark chocolate"]
        b.journal.partners[1].stressors = [
            Stressor(id: "exam", title: "The exam", day: CalendarDay("2026-11-23")),
            Stressor(id: "move", title: "The move", day: CalendarDay("2026-11-25")),
        ]
        let findings = ComingUpStrategy().findings(in: b.context())
        #expect(findings.first?.topic == "stressor-follow-up")
        #expect(findings.first?.sentence == "Sam: The exam was yesterday. Ask how it went, and listen.")
        #expect(findings.contains { $0.sentence.contains("a small treat (dark chocolate)") })
    }
}
