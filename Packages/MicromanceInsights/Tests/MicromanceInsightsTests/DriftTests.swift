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
