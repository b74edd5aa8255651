import Foundation
import MicromanceModel
import Testing

@testable import MicromanceCommands

/// `report --week` and `--month` on their first day cover that day only and say where the
/// whole one before is; `--last-week` and `--last-month` report it.
@Suite struct ReportPeriodCommandTests {
    /// Saturday 5 December 2026, a couple whose week starts on Saturday, a moment on each of
    /// the seven days before and two today.
    static func couple() throws -> CommandHarness {
        let cli = try CommandHarness(now: "2026-12-05T18:00:00+01:00", timeZone: "Europe/Berlin")
        cli.setUpCouple()
        cli.setUp("settings", "--week-start", "sat")
        for day in 28...30 { cli.setUp("log", "Made the coffee", "--at", "2026-11-\(day) 08:00") }
        for day in 1...4 { cli.setUp("log", "Made the coffee", "--at", "2026-12-0\(day) 08:00") }
        cli.setUp("log", "Made the coffee", "--at", "2026-10-31 08:00")
        cli.setUp("log", "Made the coffee", "--at", "08:00")
        cli.setUp("log", "A long hug", "--at", "09:00")
        return cli
    }

    /// The report's summary, from `report --json`.
    static func summary(_ json: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let data = try #require(object?["data"] as? [String: Any])
        return try #require(data["summary"] as? [String: Any])
    }

    @Test func aWeekThatBeganTodaySaysWhereTheWholeOneIs() throws {
        let cli = try Self.couple()
        let week = cli.run("report", "--week", "--json")
        #expect(week.code == 0, "\(week.errors)")
        #expect(week.output.contains("\"periodDays\" : 1"), "\(week.output.prefix(400))")
        #expect(week.errors.contains("report --last-week"), "\(week.errors)")
        #expect(!week.output.contains("--last-week"), "the hint stays out of the JSON")

        let last = cli.run("report", "--last-week", "--json")
        #expect(last.code == 0, "\(last.errors)")
        #expect(last.output.contains("\"periodStart\" : \"2026-11-28\"") && last.output.contains("\"periodEnd\" : \"2026-12-04\""))
        #expect(try Self.summary(last.output)["periodDays"] as? Int == 7)
        #expect(try Self.summary(last.output)["moments"] as? Int == 7, "the seven days before today, one each")
        #expect(last.errors.isEmpty)
        // Streak and score as of the week's last day (Friday 4 December, the seventh day in a
        // row), not today's eight, and the text says which day.
        let streaks = try #require(Self.summary(last.output)["streaks"] as? [String: Int])
        #expect(streaks["current"] == 7, "\(streaks)")
        #expect(try Self.summary(last.output)["scoredThrough"] as? String == "2026-12-04")
        let text = cli.run("report", "--last-week").output
        #expect(text.contains("Streak on Fri 4 Dec 2026: 7 days"), "\(text)")
        #expect(text.contains("Consistency score on Fri 4 Dec 2026:"), "\(text)")
        let now = cli.run("report", "--json")
        #expect(try (Self.summary(now.output)["streaks"] as? [String: Int])?["current"] == 8)
        #expect(try Self.summary(now.output)["scoredThrough"] == nil)
    }

    /// `--days` or `--since` reaching before the first moment says where the report starts
    /// instead (the first moment here is on Saturday 31 October), and nothing when it does not.
    @Test func daysAskedForBeforeTheJournalAreSaid() throws {
        let cli = try Self.couple()
        let long = cli.run("report", "--days", "3000")
        #expect(long.code == 0 && long.output.contains("Sat 31 Oct 2026 to Sat 5 Dec 2026"), "\(long.output.prefix(200))")
        let said = "The journal's first moment is on Sat 31 Oct 2026, so the report starts there, not the 3000 days asked for"
        #expect(long.errors.contains(said), "\(long.errors)")
        let since = cli.run("report", "--since", "2026-01-01", "--json")
        #expect(since.errors.contains("not from Thu 1 Jan 2026 as asked"), "\(since.errors)")
        #expect(!since.output.contains("as asked"), "the note stays out of the JSON")
        #expect(cli.run("report", "--since", "2 years ago").errors.contains("as asked"))
        for inside in [["--days", "30"], ["--since", "2026-11-01"], []] {
            #expect(cli.runList(["report"] + inside).errors.isEmpty, "\(inside)")
        }
    }

    @Test func theLastMonthIsTheWholeCalendarMonth() throws {
        let cli = try Self.couple()
        let last = cli.run("report", "--last-month", "--json")
        #expect(last.code == 0, "\(last.errors)")
        #expect(last.output.contains("\"periodStart\" : \"2026-11-01\"") && last.output.contains("\"periodEnd\" : \"2026-11-30\""))
        #expect(try Self.summary(last.output)["moments"] as? Int == 3, "28, 29 and 30 November")
        // Mid-month and mid-week: no hint.
        #expect(cli.run("report", "--month").errors.isEmpty)
        cli.setUp("settings", "--week-start", "mon")
        #expect(cli.run("report", "--week").errors.isEmpty)
        let both = cli.run("report", "--week", "--last-week")
        #expect(both.code == 64 && both.errors.contains("--last-week"), "\(both.errors)")
    }
}
