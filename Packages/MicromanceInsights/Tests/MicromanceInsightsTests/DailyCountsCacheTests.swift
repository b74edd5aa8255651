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

/// A small deterministic generator for shuffling test inputs.
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state
    }
}
