import Foundation
import MicromanceInsights
import Testing

/// A tool built on the commands injects its own insight engine: every number the commands
/// show comes from it, computed once, never from a scoring of their own.
@Suite struct InjectedEngineTests {
    /// A scoring that says 25% after any day, so a number computed elsewhere stands out.
    struct Quarter: ConsistencyScoring {
        var name: String { "quarter" }
        func scores(counts: [Int], dailyTarget: Double) -> [Double] { counts.map { _ in 0.25 } }
    }

    struct Envelope<T: Decodable>: Decodable { var data: T }
    struct Today: Decodable { var consistency: Double }
    struct Report: Decodable {
        struct Summary: Decodable { var consistency: Double }
        struct Days: Decodable { var scores: [Double] }
        var summary: Summary
        var days: Days
        var strategies: [String]
        var rituals: [Ritual]?
        struct Ritual: Decodable { var title: String }
    }

    @Test func everyScoreComesFromTheInjectedScoring() throws {
        let cli = try CommandHarness()
        cli.insights = .standard(scoring: Quarter())
        cli.setUpCouple()
        cli.setUp("log", "Long hug", "--from", "Alex", "--to", "Sam", "--at", "yesterday 9am")
        let log = cli.run("log", "Made coffee", "--from", "Sam", "--to", "Alex")
        #expect(log.output.contains("Consistency: 25%."), "\(log.output)")
        #expect(cli.run("today").output.contains("consistency 25%"))
        let today = try JSONDecoder().decode(Envelope<Today>.self, from: Data(cli.run("today", "--json").output.utf8))
        #expect(today.data.consistency == 0.25)
        let report = try JSONDecoder().decode(Envelope<Report>.self, from: Data(cli.run("report", "--json").output.utf8))
        #expect(report.data.summary.consistency == 0.25)
        #expect(!report.data.days.scores.isEmpty && report.data.days.scores.allSatisfy { $0 == 0.25 })
        #expect(cli.run("report").output.contains("Consistency score: 25%"))
        let page = cli.run("report", "--format", "html").output
        #expect(page.contains("Now 25%."))
    }

    @Test func anEngineWithoutRitualAdherenceReportsNoRituals() throws {
        let cli = try CommandHarness()
        cli.insights = InsightEngine(strategies: [BidsStrategy()])
        cli.setUpCouple()
        cli.setUp("ritual", "add", "Morning coffee together", "--cadence", "daily")
        let text = cli.run("report", "--json").output
        let report = try JSONDecoder().decode(Envelope<Report>.self, from: Data(text.utf8))
        #expect(report.data.strategies == ["bids"])
        #expect(!text.contains("\"rituals\""))
        cli.insights = .standard
        #expect(cli.run("report", "--json").output.contains("\"rituals\""))
    }
}
