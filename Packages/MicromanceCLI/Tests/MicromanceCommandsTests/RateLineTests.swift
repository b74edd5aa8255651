import Foundation
import Testing

@testable import MicromanceCommands

/// The text report's rate line covers the whole period it reports, however long.
@Suite struct RateLineTests {
    @Test func groupsEndWithThePeriodsLastDayAndAShortFirstGroupIsLeftOut() {
        let days = [1, 1, 1] + [1, 1, 1, 1, 2, 2, 2] + [2, 2, 2, 2, 3, 3, 3]
        // The last group is the last seven days; the first three days are too few for a mark.
        #expect(Charts.grouped(days, size: 7) == [10, 17])
        #expect(Charts.grouped([4, 0, 0, 0], size: 2) == [4, 0])
        #expect(Charts.grouped([9, 1, 1, 1, 1], size: 2) == [2, 2])
        #expect(Charts.grouped([5], size: 7) == [35])
        #expect(Charts.grouped([], size: 7) == [])
    }

    /// Nothing is the lowest mark, and only nothing: a little is the next one up.
    @Test func nothingAndALittleAreDrawnApart() {
        #expect(Charts.sparkline([0, 1, 2, 20, 40]) == "▁▂▂▅█")
        #expect(Charts.sparkline([0, 0]) == "▁▁")
        #expect(Charts.sparkline([3, 3]) == "██")
    }

    /// The legend names the lowest mark when the line has one.
    @Test func theLegendSaysWhatNothingLooksLike() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        cli.now -= 3 * 86_400
        cli.setUp("log", "Made Sam's coffee", "--from", "Alex")
        cli.now += 3 * 86_400
        let report = cli.run("report").output
        #expect(report.contains("(moments a day, max 1; ▁ none)"), "\(report)")
    }

    /// Three years of one gesture a week: the line shows the three years, at a steady height,
    /// and says how many weeks each mark stands for.
    @Test func aPeriodOfYearsIsShownWholeInGroupsOfWeeks() throws {
        let cli = try CommandHarness(now: "2023-11-28T09:30:00+01:00")
        cli.setUpCouple()
        for _ in 0..<157 {
            cli.now += 7 * 86_400
            cli.setUp("log", "Made Sam's coffee", "--from", "Alex")
        }
        let result = cli.run("report", "--since", "2023-12-05")
        #expect(result.code == 0, "\(result.errors)")
        let line = try #require(result.output.split(separator: "\n").first { $0.hasPrefix("  Rate") })
        // 157 weeks (1,093 days) do not fit in 67 marks; groups of three weeks do: 52 of
        // them, and the period's first day too few for a 53rd.
        // (beside the marks, or under them when it does not fit beside)
        #expect(result.output.contains("(moments every 3 weeks, max 3)"), "\(result.output)")
        let marks = line.dropFirst("  Rate     ".count).prefix { $0 != " " }
        #expect(marks.count == 52, "\(line)")
        #expect(Set(marks).count == 1, "a steady rate draws a flat line: \(line)")
        // The page's score line says the period it covers and marks its years.
        let page = cli.run("report", "--since", "2023-12-05", "--format", "html").output
        #expect(page.contains("The consistency score, day by day, from "), "\(page)")
        #expect(!page.contains("The consistency score, day by day, the last 16 weeks"))
        for year in ["2024", "2025", "2026"] { #expect(page.contains("text-anchor=\"middle\">\(year)</text>"), "\(year)") }
    }

    /// A report `--since` a day in words counts the same moments as one since that day by its
    /// date, on every store (it read only the default week's: a new user's trial).
    @Test(arguments: ["journal.json", "csv:tables", "sync:shared"])
    func aPeriodSinceDayWordsCountsWhatItsDateCounts(store: String) throws {
        let (cli, variables) = try LearningCommandTests.couple(in: store)
        cli.now -= 40 * 86_400
        for _ in 0..<40 {
            cli.now += 86_400
            #expect(cli.runList(["log", "Made the coffee", "--from", "Alex"], variables: variables).code == 0)
        }
        // Made the coffee every day from 16 October to 24 November.
        for (words, date, count) in [("30 days ago", "2026-10-25", 31), ("1 month ago", "2026-10-24", 32)] {
            let dated = cli.runList(["report", "--since", date], variables: variables)
            let worded = cli.runList(["report", "--since", words], variables: variables)
            #expect(worded.code == 0, "\(worded.errors)")
            #expect(worded.output.contains("\(count) moments on \(count) of \(count) days"), "\(store): \(words): \(worded.output)")
            #expect(worded.output == dated.output, "\(store): \(words)")
        }
    }
}
