import Foundation
import MicromanceModel
import Testing

@testable import MicromanceInsights

@Suite struct DriftTests {
    /// A year of moments drawn around `rate` a day (seeded), then `recentRate` for the last `recentDays`.
    func journal(rate: Double, recentRate: Double, recentDays: Int, seed: UInt64) throws -> Builder {
        var b = try Builder()
        var generator = SeededGenerator(seed: seed)
        for daysAgo in 1...365 {
            let mean = daysAgo <= recentDays ? recentRate : rate
            // Ordinary day-to-day noise: 0 to 2 × mean, uniformly.
            let count = Int((Double.random(in: 0...2, using: &generator) * mean).rounded())
            b.add(count, daysAgo: daysAgo)
        }
        return b
    }

    @Test(arguments: [2.0, 5.5])
    func halvingOverTheLastMonthIsReported(rate: Double) throws {
        for seed in 1...10 as ClosedRange<UInt64> {
            let b = try journal(rate: rate, recentRate: rate / 2, recentDays: 30, seed: seed)
            let finding = try #require(DriftStrategy().findings(in: b.context()).first)
            #expect(finding.tone == .nudge, "rate \(rate), seed \(seed): \(finding.numbers)")
        }
    }

    @Test(arguments: [1.0, 2.0, 5.5])
    func steadyJournalsWithNoiseAreNot(rate: Double) throws {
        for seed in 1...30 as ClosedRange<UInt64> {
            let b = try journal(rate: rate, recentRate: rate, recentDays: 30, seed: seed)
            let finding = try #require(DriftStrategy().findings(in: b.context()).first)
            #expect(finding.tone == .observation, "rate \(rate), seed \(seed): \(finding.numbers)")
        }
    }

    /// Doubling is an observation worded as a rise; a steady rhythm stays "in line".
    @Test func aClearRiseIsSaidAsARise() throws {
        for seed in 1...10 as ClosedRange<UInt64> {
            let rise = try #require(
                DriftStrategy().findings(in: try journal(rate: 1, recentRate: 3, recentDays: 28, seed: seed).context()).first)
            #expect(rise.tone == .observation && rise.sentence.contains("above your own baseline"), "seed \(seed): \(rise.sentence)")
            let steady = try #require(
                DriftStrategy().findings(in: try journal(rate: 2, recentRate: 2, recentDays: 28, seed: seed).context()).first)
            #expect(steady.sentence.contains("in line"), "seed \(seed): \(steady.sentence)")
        }
    }

    @Test func shortHistoryIsNotEnough() throws {
        var b = try Builder()
        for day in 1...30 { b.add(2, daysAgo: day) }
        #expect(DriftStrategy().findings(in: b.context()).first?.tone == .notEnoughData)
    }

    /// One partner going quiet for four weeks while the other keeps giving: the couple's
    /// total holds, the partner's own drift is reported.
    @Test func onePartnerGoingQuietIsReported() throws {
        var b = try Builder()
        for daysAgo in 1...120 {
            b.add(4, daysAgo: daysAgo, from: "alex")
            if daysAgo > 28 { b.add(daysAgo: daysAgo, from: "sam") }
        }
        let findings = DriftStrategy().findings(in: b.context())
        let couple = try #require(findings.first { $0.topic == "rate" })
        #expect(couple.tone == .observation)
        let sam = try #require(findings.first { $0.topic == "partner-rate" })
        #expect(sam.partner == "sam" && sam.tone == .nudge && sam.sentence.hasPrefix("Sam gave 0 small gestures"))
        #expect(!findings.contains { $0.partner == "alex" })
    }
}
