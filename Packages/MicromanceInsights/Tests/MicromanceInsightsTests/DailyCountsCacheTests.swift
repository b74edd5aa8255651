import Foundation
import MicromanceModel
import Testing

@testable import MicromanceInsights

/// Day counts kept in a context and cut to an earlier day equal counts made afresh, whatever
/// order they are asked in.
@Suite struct DailyCountsCacheTests {
    @Test func keptCountsEqualFreshOnes() throws {
        var builder = try Builder()
        for (daysAgo, giver) in [(40, "alex"), (12, "sam"), (12, "alex"), (3, "sam"), (1, "alex"), (0, "sam")] {
            builder.add(2, daysAgo: daysAgo, from: Identifier(giver))
        }
        let today = builder.today
        let lastDays = [0, -1, -2, -3, -4, -12, -13, -39, -40, -41, -60, 5].map { today.adding(days: $0) }
        let givers: [Identifier<Partner>?] = [nil, "alex", "sam", "nobody"]
        let shared = builder.context()
        var generator = SeededGenerator(seed: 7)
        for order in [lastDays, lastDays.reversed(), lastDays.shuffled(using: &generator)] {
            let context = builder.context()
            for last in order {
                for giver in givers {
                    let fresh = DailyCounts(builder.context(), through: last, giver: giver)
                    #expect(DailyCounts(context, through: last, giver: giver) == fresh, "\(last) \(String(describing: giver))")
                    #expect(DailyCounts(shared, through: last, giver: giver) == fresh)
                }
            }
        }
    }
}

/// The partners' counts made together in one pass equal each partner's own moments and the
/// rituals they share with someone, counted moment by moment.
@Suite struct EveryGiverCountsTests {
    @Test func countedTogetherEqualsCountedAlone() throws {
        var builder = try Builder()
        builder.journal.rituals = [
            Ritual(id: "coffee", title: "Morning coffee", cadence: .daily, participants: ["alex", "sam"]),
            Ritual(id: "run", title: "Evening run", cadence: .daily, participants: ["alex"]),
        ]
        let plan: [(Int, Identifier<Partner>, Identifier<Ritual>?)] = [
            (30, "sam", "coffee"), (20, "alex", "run"), (20, "sam", nil), (9, "alex", "coffee"), (4, "sam", nil), (0, "alex", nil),
            (-2, "sam", "coffee"),
        ]
        for (daysAgo, giver, ritual) in plan { builder.add(2, daysAgo: daysAgo, from: giver, ritual: ritual) }
        let rituals = builder.journal.rituals
        for last in [0, -1, -5, -25, -30, -31, 3].map({ builder.today.adding(days: $0) }) {
            let context = builder.context()
            for giver: Identifier<Partner> in ["sam", "alex"] {
                let shares = Set(rituals.filter { $0.participants.count >= 2 && $0.participants.contains(giver) }.map(\.id))
                let alone = DailyCounts(
                    context, through: last, including: { $0.giver == giver || $0.ritualID.map(shares.contains) == true })
                #expect(DailyCounts(context, through: last, giver: giver) == alone, "\(giver) through \(last)")
            }
        }
    }
}

/// A small deterministic generator for shuffling test inputs.
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state
    }
}

/// A bid turned away or against was given, not received: it counts in the moments and the
/// giver's "Given", not in the love languages received (a new user's trial: "asked me to
/// dance", turned away, showed as touch received).
@Suite struct BidsTurnedAwayTests {
    @Test func aBidTurnedAwayIsGivenNotReceived() throws {
        var builder = try Builder()
        builder.add(daysAgo: 1, from: "sam", language: .touch, response: .away, kind: .bid)
        builder.add(daysAgo: 1, from: "sam", language: .touch, response: .against, kind: .bid)
        builder.add(daysAgo: 1, from: "sam", language: .time, response: .toward, kind: .bid)
        builder.add(daysAgo: 1, from: "sam", language: .words)
        let report = InsightEngine.standard.report(builder.context())
        #expect(report.summary.moments == 4)
        #expect(report.summary.byGiver.first { $0.partner == "sam" }?.count == 4)
        #expect(report.summary.byLanguage == ["time": 1, "words": 1])
        #expect(report.partners.first { $0.id == "alex" }?.receivedByLanguage == ["time": 1, "words": 1])
    }
}
