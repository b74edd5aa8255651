import ArgumentParser
import Foundation
import MicromanceModel
import MicromanceStore
import Testing

@testable import MicromanceCommands

/// A couple with a few weeks of history, built through the commands themselves at a fixed time.
func richCouple() throws -> CommandHarness {
    let cli = try CommandHarness(now: "2026-11-24T09:30:00+01:00")
    cli.setUpCouple()
    cli.setUp("ritual", "add", "Morning coffee together", "--cadence", "daily", "--language", "time")
    cli.setUp("partner", "stressor", "add", "Sam", "Board presentation", "--on", "2026-11-26")
    cli.setUp("partner", "date", "add", "Alex", "Birthday", "--on", "11-29")
    let titles = ["Made Sam's coffee", "Long hug at the door", "Left a note on the mirror", "Foot rub", "Asked about the interview"]
    for day in 1...20 {
        let title = titles[day % titles.count]
        cli.run("log", title, "--at", "\(day) days ago", "--from", day % 3 == 0 ? "Sam" : "Alex")
        if day % 2 == 0 { cli.run("ritual", "done", "Morning coffee together", "--at", "\(day) days ago") }
    }
    cli.setUp("log", "Asked how the pitch went", "--kind", "bid", "--response", "toward", "--at", "2h ago", "--to", "Sam")
    return cli
}

@Suite struct GoldenOutputTests {
    @Test func today() throws {
        let output = try richCouple().run("today").output
        #expect(goldenDifference("today.txt", output) == nil, "\(goldenDifference("today.txt", output) ?? "")")
    }

    @Test func report() throws {
        let output = try richCouple().run("report", "--days", "14").output
        #expect(goldenDifference("report.txt", output) == nil, "\(goldenDifference("report.txt", output) ?? "")")
    }

    @Test func history() throws {
        let output = try richCouple().run("history", "--limit", "8").output
        #expect(goldenDifference("history.txt", output) == nil, "\(goldenDifference("history.txt", output) ?? "")")
    }
}

@Suite struct TodayAndWelcomeTests {
    @Test func noCommandWithoutAJournalWelcomes() throws {
        let cli = try CommandHarness()
        let result = cli.run()
        #expect(result.code == 0)
        #expect(result.output.contains("Welcome to Micromance"))
        #expect(result.output.contains("micromance init"))
        #expect(!FileManager.default.fileExists(atPath: cli.storePath))
    }

    @Test func noCommandWithAJournalShowsToday() throws {
        let cli = try richCouple()
        let result = cli.run()
        #expect(result.output == cli.run("today").output)
        #expect(result.output.contains("Tuesday 24 November 2026"))
        #expect(result.output.contains("Rituals due today"))
        #expect(result.output.contains("Board presentation, in 2 days"))
        #expect(result.output.contains("Ideas for Sam"))
    }

    @Test func colourOnlyOnATerminalAndNeverWithNoColor() throws {
        let cli = try richCouple()
        #expect(!cli.run("report").output.contains("\u{1B}["))
        #expect(cli.run("report", terminal: true).output.contains("\u{1B}["))
        let env = ["MICROMANCE_STORE": cli.storePath, "HOME": cli.folder, "NO_COLOR": "1"]
        #expect(!cli.run("report", variables: env, terminal: true).output.contains("\u{1B}["))
        #expect(!cli.run("today", variables: env, terminal: true).output.contains("\u{1B}["))
    }

    @Test func historyFitsTheTerminalWidth() throws {
        let cli = try richCouple()
        for width in [60, 80, 120] {
            let lines = cli.run("history", width: width).output.split(separator: "\n")
            #expect(lines.allSatisfy { $0.count <= max(width, 75) }, "\(width)")
        }
    }
}

@Suite struct MomentCommandTests {
    @Test func respondEditUndoRemove() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        cli.setUp("log", "Asked about her day", "--kind", "bid")
        cli.setUp("log", "Hug")
        var journal = try JSONJournalStore(path: cli.storePath).load()
        let bid = journal.moments[0].id.rawValue
        #expect(cli.run("respond", String(bid.prefix(6)), "toward").code == 0)
        let answered = try JSONJournalStore(path: cli.storePath).load().moments[0]
        #expect(cli.run("edit", bid, "--note", "on the phone", "--language", "words", "--at", "yesterday 6pm").code == 0)
        journal = try JSONJournalStore(path: cli.storePath).load()
        #expect(
            journal.moments[0].response == .toward && journal.moments[0].note == "on the phone" && journal.moments[0].language == .words)
        #expect(Timestamp.format(journal.moments[0].at, in: cli.timeZone) == "2026-11-23T18:00:00+01:00")
        #expect(cli.run("edit", bid).code == 64)
        #expect(cli.run("respond", "zzzz", "toward").code == 64)
        // Undo takes back the last change, whatever it was: here the edit, not the last log.
        let undone = cli.run("undo")
        #expect(undone.code == 0 && undone.output.contains("Took back the edit of \"Asked about her day\""), "\(undone.output)")
        journal = try JSONJournalStore(path: cli.storePath).load()
        #expect(journal.moments.count == 2)
        #expect(journal.moments[0].note == answered.note && journal.moments[0].language == answered.language)
        #expect(journal.moments[0].at == answered.at && journal.moments[0].response == .toward)
        #expect(cli.run("undo").code == 64)
        let refused = cli.run("remove", bid)
        #expect(refused.code == 64 && refused.errors.contains("--yes"))
        #expect(cli.run("remove", bid, input: ["n"], terminal: true).output.contains("Kept it."))
        #expect(try JSONJournalStore(path: cli.storePath).load().moments.count == 2)
        #expect(cli.run("remove", bid, input: ["y"], terminal: true).code == 0)
        #expect(try JSONJournalStore(path: cli.storePath).load().moments.count == 1)
        // A removal undone brings the moment back, answer and all.
        #expect(cli.run("undo").output.contains("Took back removing \"Asked about her day\""))
        journal = try JSONJournalStore(path: cli.storePath).load()
        #expect(journal.moments.contains { $0.id.rawValue == bid && $0.response == .toward })
        #expect(journal.removed.moments.isEmpty)
        // A log undone removes that moment, and only it.
        cli.setUp("log", "Tea in bed")
        #expect(cli.run("undo").output.contains("Took back logging \"Tea in bed\""))
        #expect(try JSONJournalStore(path: cli.storePath).load().moments.map(\.title).sorted() == ["Asked about her day", "Hug"])
    }

    /// A merge is a change undo cannot take back, and undo does not reach past it to the log
    /// before (a new user's trial: `undo` after a `merge` took back a moment logged earlier).
    @Test func undoDoesNotReachPastAMerge() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        let copy = cli.folder + "/other.json"
        try FileManager.default.copyItem(atPath: cli.storePath, toPath: copy)
        cli.setUp("log", "Hug at the station", "--store", copy)
        cli.setUp("log", "Tea in bed")
        let merged = cli.run("merge", copy)
        #expect(merged.code == 0, "\(merged.errors)")
        let refused = cli.run("undo")
        #expect(refused.code == 64, "\(refused.output)")
        #expect(refused.errors.contains("(bringing in \(copy) (`merge`))") && refused.errors.contains("What the merge brought in stays"))
        #expect(try JSONJournalStore(path: cli.storePath).load().moments.map(\.title).sorted() == ["Hug at the station", "Tea in bed"])
        // Nothing new to bring in is no change: the log before stays the last one.
        cli.setUp("log", "Foot rub")
        #expect(cli.run("merge", copy).code == 0)
        #expect(cli.run("undo").output.contains("Took back logging \"Foot rub\""))
    }

    /// Undo finds the journal however its path is written (a symbolic link, `./`, `..`), and
    /// a copy of it elsewhere is another journal: nothing there to take back.
    @Test func undoKnowsTheJournalByWhereItIs() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        let copy = cli.folder + "/backup"
        try FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: false)
        try FileManager.default.copyItem(atPath: cli.storePath, toPath: copy + "/journal.json")
        try FileManager.default.createSymbolicLink(atPath: cli.folder + "/linked", withDestinationPath: cli.folder)
        cli.setUp("log", "Tea in bed", "--store", cli.folder + "/backup/../journal.json")
        let elsewhere = cli.run("undo", "--store", copy + "/journal.json")
        #expect(elsewhere.code == 64 && elsewhere.errors.contains("nothing"), "\(elsewhere.errors)")
        let linked = cli.run("undo", "--store", cli.folder + "/linked/./journal.json")
        #expect(linked.code == 0 && linked.output.contains("Took back logging \"Tea in bed\""), "\(linked.output)\(linked.errors)")
        #expect(try JSONJournalStore(path: cli.storePath).load().moments.isEmpty)
    }

    /// Each journal keeps its own last change: a log in a second journal does not make the
    /// first one's forgotten, and an undo in one leaves the other's to undo. The single record
    /// older versions kept is still read for its journal, and goes once that journal is undone.
    @Test func eachJournalKeepsItsOwnUndo() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        let other = cli.folder + "/other.json"
        cli.setUp("init", "--me", "Alex", "--store", other)
        cli.setUp("partner", "add", "Sam", "--store", other)
        cli.setUp("log", "Tea in bed", "--from", "Alex", "--to", "Sam")
        cli.setUp("log", "Long hug", "--from", "Alex", "--to", "Sam", "--store", other)
        let first = cli.run("undo")
        #expect(first.code == 0 && first.output.contains("Took back logging \"Tea in bed\""), "\(first.output)\(first.errors)")
        let second = cli.run("undo", "--store", other)
        #expect(second.code == 0 && second.output.contains("Took back logging \"Long hug\""), "\(second.output)\(second.errors)")
        #expect(cli.run("undo").code == 64 && cli.run("undo", "--store", other).code == 64)
        let records = try FileManager.default.contentsOfDirectory(atPath: cli.folder + "/.local/share/micromance/last-changes")
        #expect(records.isEmpty, "\(records)")
        // A record an older version left names its journal; it is undone like a new one.
        cli.setUp("log", "Made Sam's coffee", "--from", "Alex", "--to", "Sam")
        let data = cli.folder + "/.local/share/micromance"
        let own = data + "/last-changes/" + LastChange.hash(LastChange.canonical(cli.storePath)) + ".json"
        try FileManager.default.moveItem(atPath: own, toPath: data + "/last-change.json")
        #expect(cli.run("undo", "--store", other).code == 64)
        let legacy = cli.run("undo")
        #expect(legacy.code == 0 && legacy.output.contains("Took back logging \"Made Sam's coffee\""), "\(legacy.output)\(legacy.errors)")
        #expect(!FileManager.default.fileExists(atPath: data + "/last-change.json"))
        #expect(try JSONJournalStore(path: cli.storePath).load().moments.isEmpty)
        // A journal deleted and made again at the same path does not take back what was
        // removed from the old one.
        cli.setUp("log", "Note in her lunchbox", "--from", "Alex", "--to", "Sam", "--store", other)
        let id = try JSONJournalStore(path: other).load().moments[0].id.rawValue
        cli.setUp("remove", id, "--yes", "--store", other)
        // The removal's record is put back after the journal is made again (making it is a
        // change undo would otherwise refuse to reach past), so the guard below is what answers.
        let removal = data + "/last-changes/" + LastChange.hash(LastChange.canonical(other)) + ".json"
        let record = try Data(contentsOf: URL(fileURLWithPath: removal))
        for name in try FileManager.default.contentsOfDirectory(atPath: cli.folder)
        where name.hasPrefix("other.") || name.hasPrefix(".other.") {
            try FileManager.default.removeItem(atPath: cli.folder + "/" + name)
        }
        cli.setUp("init", "--me", "Alex", "--store", other)
        cli.setUp("partner", "add", "Sam", "--store", other)
        try record.write(to: URL(fileURLWithPath: removal))
        let remade = cli.run("undo", "--store", other)
        #expect(remade.code == 64 && remade.errors.contains("nothing to undo"), "\(remade.output)\(remade.errors)")
        #expect(try JSONJournalStore(path: other).load().moments.isEmpty)
    }

    /// Invalid edits are mistakes in the arguments (exit 64), and --from alone swaps as in `log`.
    @Test func editsAreCheckedAndSwapLikeLog() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        cli.setUp("log", "Foot rub", "--from", "Sam")
        let id = try JSONJournalStore(path: cli.storePath).load().moments[0].id.rawValue
        #expect(cli.run("edit", id, "--from", "Alex").code == 0)
        var moment = try JSONJournalStore(path: cli.storePath).load().moments[0]
        #expect(moment.giver == "alex" && moment.receiver == "sam")
        #expect(cli.run("edit", id, "--to", "Alex").code == 0)
        moment = try JSONJournalStore(path: cli.storePath).load().moments[0]
        #expect(moment.giver == "sam" && moment.receiver == "alex")
        let empty = cli.run("edit", id, "--title", "  ")
        #expect(empty.code == 64 && empty.errors.contains("--title is empty"))
        let same = cli.run("edit", id, "--from", "Alex", "--to", "Alex")
        #expect(
            same.code == 64 && same.errors.contains("both giver and receiver") && same.errors.contains("nothing was written"),
            "\(same.errors)")
    }
}

@Suite struct HistoryFilterTests {
    @Test func filtersAndFormats() throws {
        let cli = try richCouple()
        let sinceWeek = cli.run("history", "--since", "7 days ago", "--limit", "100").output.split(separator: "\n")
        #expect(sinceWeek.count == 7 + 3 + 1)  // gestures on days 1...7, rituals on days 2, 4, 6, the bid
        let fromSam = cli.run("history", "--partner", "Sam", "--kind", "bid").output
        #expect(fromSam.contains("Asked how the pi") && fromSam.contains("[bid: toward]") && fromSam.split(separator: "\n").count == 1)
        let touch = cli.run("history", "--language", "touch", "--limit", "100", "--json").output
        let data = try JSONSerialization.jsonObject(with: Data(touch.utf8)) as? [String: Any]
        let moments = try #require(data?["data"] as? [[String: Any]])
        #expect(!moments.isEmpty && moments.allSatisfy { $0["language"] as? String == "touch" })
        let csv = cli.run("history", "--until", "2026-11-10", "--csv", "--limit", "100").output
        #expect(csv.hasPrefix("id,at,timeZone,"))
        let rows = csv.split(separator: "\n").count - 1
        let expected: Int = 7 + 4  // 2026-11-10 is 14 days back: gestures on days 14...20, rituals on 14, 16, 18, 20
        #expect(rows == expected)
        #expect(cli.run("history", "--since", "someday").code == 64)
        // A range given backwards says so, with the range meant (a new user's trial).
        let backwards = cli.run("history", "--since", "2026-11-20", "--until", "2026-11-10")
        #expect(backwards.code == 64, "\(backwards.output)")
        #expect(backwards.errors.contains("did you mean --since 2026-11-10 --until 2026-11-20?"), "\(backwards.errors)")
    }
}

@Suite struct PartnerAndRitualCommandTests {
    @Test func partnerKnowledge() throws {
        let cli = try richCouple()
        let show = cli.run("partner", "show", "Sam").output
        #expect(show.contains("Physical touch") && show.contains("Board presentation on Thu 26 Nov 2026"))
        #expect(cli.run("partner", "edit", "Sam", "--add-preference", "dark chocolate", "--add-idea", "Warm her side of the bed").code == 0)
        let sam = try #require(JSONJournalStore(path: cli.storePath).load().partner("sam"))
        #expect(sam.preferences == ["dark chocolate"] && sam.ideas == ["Warm her side of the bed"])
        let dates = cli.run("partner", "date", "list").output
        #expect(dates.contains("Alex: Birthday, every 29 Nov, next Sun 29 Nov 2026"))
        #expect(cli.run("partner", "date", "add", "Sam", "Move", "--on", "03-01", "--once").code == 64)
        #expect(cli.run("partner", "date", "add", "Sam", "Move", "--on", "2027-03-01", "--once").code == 0)
        let dateID = try #require(JSONJournalStore(path: cli.storePath).load().partner("sam")?.importantDates.first?.id.rawValue)
        #expect(cli.run("partner", "date", "remove", "Sam", dateID).code == 0)
        #expect(cli.run("partner", "remove", "Sam", "--yes").code == 64)  // Sam has moments
        #expect(cli.run("partner", "add", "Robin").code == 0)
        #expect(cli.run("partner", "remove", "Robin", "--yes").code == 0)
    }

    @Test func rituals() throws {
        let cli = try richCouple()
        #expect(cli.run("ritual", "add", "Sunday walk", "--cadence", "weekly:sun").code == 0)
        #expect(cli.run("ritual", "add", "Letter", "--cadence", "every:0").code == 64)
        #expect(cli.run("ritual", "add", "Letter", "--cadence", "every:14").code == 0)
        #expect(cli.run("ritual", "done", "Morning coffee together").output.contains("Logged"))
        let list = cli.run("ritual", "list").output
        #expect(list.contains("✓ Morning coffee together"))
        #expect(list.contains("Sunday walk") && list.contains("weekly:sun"))
        #expect(cli.run("ritual", "done", "Juggling").code == 64)
        #expect(cli.run("ritual", "remove", "Sunday walk", "--yes").code == 0)
        let journal = try JSONJournalStore(path: cli.storePath).load()
        #expect(journal.rituals.count == 2)
        #expect(journal.moments.filter { $0.ritualID != nil }.count == 11)
    }
}

@Suite struct ReflectTests {
    @Test func reflectFitsTheJournal() throws {
        let cli = try richCouple()
        let result = cli.run("reflect", "--json")
        let data = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        let question = try #require(data?["data"] as? [String: Any])
        #expect(
            ["drift", "fit", "reciprocity", "bids", "hard-day", "hard-day-after", "repetition", "rituals", "general"].contains(
                question["situation"] as? String ?? ""))
        #expect(!cli.run("reflect").output.isEmpty)
    }
}

@Suite struct HelpAndCompletionTests {
    /// Every command and subcommand, by its path of names.
    func allCommands(_ type: any ParsableCommand.Type, path: [String] = []) -> [([String], any ParsableCommand.Type)] {
        let name = type.configuration.commandName ?? "micromance"
        let here = path + [name]
        return [(here, type)] + type.configuration.subcommands.flatMap { allCommands($0, path: here) }
    }

    @Test func everyCommandsHelpShowsAnExample() throws {
        let commands = allCommands(MicromanceCommand.self).filter { $0.1.configuration.subcommands.isEmpty }
        #expect(commands.count >= 30)
        for (path, command) in commands {
            #expect(command.configuration.discussion.contains("Example"), "\(path.joined(separator: " ")) has no example")
        }
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScripts(shell: String) throws {
        let result = try CommandHarness().run("--generate-completion-script", shell)
        #expect(result.code == 0)
        #expect(result.output.contains("micromance"))
        #expect(result.output.contains("ritual"))
    }
}

/// What a new user's trial found around the JSON journal's change log and the data folder.
@Suite struct ChangeLogUseTests {
    /// The change log given as the journal is refused, naming the journal to use.
    @Test(arguments: ["/journal.changes.jsonl", "json:/journal.changes.jsonl"])
    func theChangeLogIsNotAJournal(suffix: String) throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        cli.setUp("log", "Made Sam's coffee", "--from", "Alex", "--to", "Sam")
        let location = suffix.hasPrefix("json:") ? "json:" + cli.folder + suffix.dropFirst(5) : cli.folder + suffix
        let result = cli.run("history", "--store", location)
        #expect(result.code == 64)
        #expect(result.errors.contains("is the change log of the journal \(cli.folder)/journal.json"), "\(result.errors)")
    }

    /// A file of the index this device keeps of a sync folder is a cache: refused as a journal
    /// (it read as one, and what was logged into it vanished at the next rebuild).
    @Test(arguments: ["/sync-index/0123abcd-phone.head.json", "/sync-index", "json:/sync-index/x.head.json"])
    func theSyncIndexIsNotAJournal(suffix: String) throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        let data = cli.folder + "/.local/share/micromance"
        try FileManager.default.createDirectory(atPath: data + "/sync-index", withIntermediateDirectories: true)
        let location = suffix.hasPrefix("json:") ? "json:" + data + suffix.dropFirst(5) : data + suffix
        let result = cli.run("log", "oops", "--from", "Alex", "--to", "Sam", "--store", location)
        #expect(result.code == 64)
        #expect(result.errors.contains("is part of the index Micromance keeps of a sync folder"), "\(result.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: data + "/sync-index").isEmpty)
    }

    /// Temporaries a killed `log` left beside last-change.json are removed by the next change.
    @Test func temporariesOfKilledWritersAreCleanedUp() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        let data = cli.folder + "/.local/share/micromance"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: data + "/last-changes", withIntermediateDirectories: true)
        let record = LastChange.hash(LastChange.canonical(cli.storePath)) + ".json"
        let stale = data + "/last-changes/." + record + ".2147483646.7.tmp"  // no process has that id
        #expect(FileManager.default.createFile(atPath: stale, contents: Data()))
        cli.setUp("log", "Made Sam's coffee", "--from", "Alex", "--to", "Sam")
        #expect(!FileManager.default.fileExists(atPath: stale))
    }
}
