import Foundation
import MicromanceModel
import MicromanceStore
import Testing

@testable import MicromanceCommands

/// Text fits the terminal: widths measured as terminals draw them.
@Suite struct OutputWidthTests {
    @Test(arguments: [
        ("abc", 3), ("Zoë", 3), ("🎉", 2), ("❤️", 2), ("👨‍👩‍👧‍👦", 2), ("👩🏽‍💻", 2), ("日本語", 6), ("ｈｉ", 4), ("e\u{301}", 1), ("🇫🇷", 2), ("1️⃣", 2),
        ("→", 1), ("█", 1), ("☕", 2),
    ])
    func displayWidths(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns, "\(text)")
    }

    @Test func fitAndWrapNeverPassTheWidth() {
        #expect(TextFormat.fit("🎉🎉🎉", 5) == "🎉🎉…")
        #expect(DisplayWidth.of(TextFormat.fit("🎉🎉🎉", 5)) == 5)
        #expect(TextFormat.fit("日本", 6) == "日本  ")
        let lines = DisplayWidth.wrap("a few words that will not fit on one narrow line 😊 at all", width: 12, first: "  › ", rest: "    ")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 12 }, "\(lines)")
        #expect(lines.first?.hasPrefix("  › ") == true && lines.dropFirst().allSatisfy { $0.hasPrefix("    ") })
        #expect(
            lines.joined(separator: " ").split(separator: " ").filter { $0 != "›" }.joined(separator: " ")
                == "a few words that will not fit on one narrow line 😊 at all")
        let long = DisplayWidth.wrap("Supercalifragilisticexpialidocious", width: 10)
        #expect(long.allSatisfy { DisplayWidth.of($0) <= 10 } && long.joined() == "Supercalifragilisticexpialidocious")
    }

    /// Long names show whole on a wide terminal, in history and in the report's moments, and
    /// are cut to the old widths on a common one (a new user's trial: "José N…" at 200 columns).
    @Test func longNamesShowWholeOnAWideTerminal() throws {
        let cli = try CommandHarness()
        cli.setUp("init", "--me", "José Núñez Hernández")
        cli.setUp("partner", "add", "Zoë Müller-Lüdenscheidt")
        cli.setUp("log", "Made her coffee")
        let pair = "José Núñez Hernández → Zoë Müller-Lüdenscheidt"
        for command in ["history", "report"] {
            let wide = cli.run(command, width: 200)
            #expect(wide.output.contains(pair), "\(command): \(wide.output)")
            #expect(wide.output.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 200 })
            let common = cli.run(command, width: 80)
            #expect(!common.output.contains(pair) && common.output.contains("José Núñez"), "\(command): \(common.output)")
        }
    }

    /// Emoji titles in a 40- and a 100-column terminal: no line of today, report or history
    /// is wider than the terminal, and every history row is exactly as wide as the others.
    @Test(arguments: [40, 100])
    func everyCommandFitsTheTerminal(width: Int) throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        cli.setUp("partner", "stressor", "add", "Sam", "A long and difficult board presentation about the budget", "--on", "2026-11-25")
        for (index, title) in ["Made Sam's coffee ☕️", "家族 dinner 🍜🍜", "Long hug at the door 🤗", "Left a note: 👨‍👩‍👧‍👦 ❤️ you", "Plain"]
            .enumerated()
        {
            cli.now += 3_600
            cli.setUp("log", title, "--from", index % 2 == 0 ? "Alex" : "Sam")
        }
        cli.setUp("log", "Showed me a photo of the sunset over the harbour 🌅", "--their-bid", "--response", "toward")
        for command in [["today"], ["report"], ["history"], ["suggest"], ["demo"]] {
            let result = cli.runList(command, width: width)
            #expect(result.code == 0, "\(command)")
            for line in result.output.split(separator: "\n", omittingEmptySubsequences: false) {
                #expect(DisplayWidth.of(String(line)) <= width, "\(command) at \(width): \(line)")
            }
        }
        let rows = cli.runList(["history"], width: width).output.split(separator: "\n").map { DisplayWidth.of(String($0)) }
        #expect(Set(rows).count == 1, "\(rows)")
    }
}

@Suite struct BidTests {
    /// A bid the partner made to you, and how you answered: the log line says so, the
    /// report has a bids section, history marks it.
    @Test func theirBidsAreLoggedAndShown() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        cli.setUp("me", "Alex")
        let logged = cli.run("log", "Showed me a photo of the sunset", "--their-bid", "--response", "toward")
        #expect(logged.code == 0 && logged.output.contains("Logged bid \"Showed me a photo of the sunset\" (Sam → Alex"))
        #expect(logged.output.contains("turned toward"), "\(logged.output)")
        let moment = try #require(JSONJournalStore(path: cli.storePath).load().moments.first)
        #expect(moment.kind == .bid && moment.giver == "sam" && moment.receiver == "alex" && moment.response == .toward)
        cli.setUp("log", "Asked about her day", "--kind", "bid", "--response", "away")
        let report = cli.run("report").output
        #expect(report.contains("Bids for connection") && report.contains("2 bids: 1 turned toward, 1 away, 0 against."))
        #expect(!report.contains("Turned toward 50%"), "two answers are too few to set beside Gottman's couples: \(report)")
        cli.setUp("log", "Made her laugh", "--kind", "bid", "--response", "toward")
        #expect(cli.run("report").output.contains("Turned toward 67% (couples who stayed together: about 86%"))
        #expect(cli.run("history").output.contains("[bid: toward]"))
        #expect(cli.run("log", "x", "--their-bid", "--kind", "gesture").code == 64)
    }
}

@Suite struct HelpTextTests {
    /// Every command's help reads as prose: no stray backslash from a broken line continuation.
    @Test func helpTextsHaveNoStrayBackslashes() throws {
        let cli = try CommandHarness()
        let commands = MicromanceCommand.configuration.subcommands.compactMap { $0.configuration.commandName }
        #expect(commands.count >= 24 && commands.contains("calendar"))
        for command in commands {
            let help = cli.run(command, "--help")
            #expect(help.code == 0 && help.output.contains("USAGE"), "\(command)")
            // A shell example may hold one (printf '1\n2'); a broken continuation leaves one before a line break.
            #expect(!help.output.contains("\\\n") && !help.output.contains("\\ "), "\(command): \(help.output)")
        }
    }
}

/// The terminal heatmap names each month above the week that holds its first day, so a
/// month begun this week is named (a new user's report of 3 December showed "Aug Sep Oct Nov").
@Suite struct HeatmapMonthTests {
    @Test func aMonthBegunThisWeekIsNamed() throws {
        let today = try #require(CalendarDay("2026-12-03"))  // a Thursday; the week began Monday 30 November
        let rows = Charts.heatmap(count: { _ in 1 }, today: today, weekStart: .monday, weeks: 16, target: 1, style: Style(enabled: false))
        let header = rows[0]
        #expect(header.contains("Dec") && header.contains("Nov") && header.contains("Sep"), "\(header)")
        // "Dec" sits above the last column, the week of 30 November to 3 December.
        #expect(header.range(of: "Dec").map { header.distance(from: header.startIndex, to: $0.lowerBound) } == 7 + 15 * 2, "\(header)")
        // A month that begins later this week, after today, is not named yet.
        let sunday = try #require(CalendarDay("2026-11-29"))
        let before = Charts.heatmap(
            count: { _ in 1 }, today: sunday, weekStart: .thursday, weeks: 4, target: 1, style: Style(enabled: false))
        #expect(!before[0].contains("Dec"), "\(before[0])")
    }
}
