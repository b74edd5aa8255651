import Foundation
import MicromanceModel
import MicromanceStore
import Testing

@testable import MicromanceCommands

@Suite struct FirstDayTests {
    /// Several logs within one second (the clock does not move here) list newest first.
    @Test func logsOfOneSecondListInTheOrderTheyWereLogged() throws {
        let cli = try CommandHarness()
        #expect(cli.run("init").code == 0)
        #expect(cli.run("partner", "add", "Alex").code == 0)
        #expect(cli.run("partner", "add", "Sam").code == 0)
        let titles = ["Made Sam's coffee", "Long hug at the door", "Left a note in the bag", "Walked the dog", "Foot rub"]
        for title in titles { #expect(cli.run("log", title, "--from", "Alex", "--to", "Sam").code == 0) }
        let listed = cli.run("history").output.split(separator: "\n").compactMap { line in titles.first { line.contains($0) } }
        #expect(listed == Array(titles.reversed()), "\(listed)")
        // The report's list of moments keeps the same order.
        let reported = cli.run("report").output.split(separator: "\n").compactMap { line in titles.first { line.contains($0) } }
        #expect(reported == Array(titles.reversed()), "\(reported)")
    }

    @Test func initPartnersLogReportHistory() throws {
        let cli = try CommandHarness()
        #expect(cli.run("init").code == 0)
        #expect(cli.run("partner", "add", "Alex").code == 0)
        #expect(cli.run("partner", "add", "Sam").code == 0)
        let logged = cli.run("log", "Made Sam's coffee", "--from", "Alex", "--to", "Sam")
        #expect(logged.code == 0, "\(logged.errors)")
        #expect(logged.output.contains("Logged \"Made Sam's coffee\" (Alex → Sam, acts of service)"))

        let report = cli.run("report")
        #expect(report.code == 0)
        #expect(report.output.contains("Made Sam's coffee"))
        #expect(report.output.contains("Streak: 1 day (longest 1)"))
        #expect(report.output.contains("Consistency score: 5%"))
        #expect(report.output.contains("Tue 24 Nov 09:30"))

        let history = cli.run("history")
        #expect(history.output.contains("Tue 24 Nov 09:30  Alex → Sam  service  Made Sam's coffee"))
        #expect(history.output.contains("Made Sam's coffee"))

        let journal = try JSONJournalStore(path: cli.storePath).load()
        let moment = try #require(journal.moments.first)
        #expect(moment.gestureID == "make-their-coffee")
        #expect(moment.language == .service)
        #expect(moment.timeZone == "Europe/Paris")
        #expect(Timestamp.format(moment.at, in: cli.timeZone) == "2026-11-24T09:30:00+01:00")
    }

    /// "She made me breakfast" logged without --from goes from this device's partner, as every
    /// log does, and the line says how to turn it round; a title about what I did says nothing.
    @Test func aTitleAboutWhatThePartnerDidSaysHowToTurnItRound() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        for title in ["she made me breakfast in bed", "Sam rubbed my shoulders", "He wrote me a poem", "my wife ironed my shirt"] {
            let out = cli.run("log", title).output
            let id = out.split(separator: "[").last?.split(separator: "]").first.map(String.init) ?? "?"
            #expect(out.contains("(Alex → Sam"), "\(out)")
            #expect(out.contains("`micromance edit \(id) --from Sam` turns it round"), "\(out)")
            #expect(cli.run("edit", id, "--from", "Sam").code == 0)
        }
        let journal = try JSONJournalStore(path: cli.storePath).load()
        #expect(journal.moments.allSatisfy { $0.giver == "sam" && $0.receiver == "alex" })
        // A journal named with --store is named in the command shown, so that it runs as shown.
        let stored = cli.run("log", "she carried the shopping in for me", "--store", cli.storePath)
        #expect(stored.output.components(separatedBy: "--store \(cli.storePath.shellQuoted)`").count == 3, "\(stored.output)")
        // Names shown in a command to copy are quoted for the shell when they need it.
        #expect("Mary Jo".shellQuoted == "'Mary Jo'" && "Lee O'Brien".shellQuoted == "'Lee O'\\''Brien'")
        #expect("Sam".shellQuoted == "Sam" && "Zoë".shellQuoted == "Zoë")
        for quiet in [
            ["log", "made her breakfast in bed"], ["log", "she made me laugh", "--from", "Sam"], ["log", "Sam's tea, made"],
            ["log", "Sam made me laugh", "--to", "Sam"],
        ] {
            #expect(!cli.runList(quiet).output.contains("turns it round"), "\(quiet)")
        }
    }

    /// Titles with no doer, from a second new user's trial (most of forty titles about what the
    /// partner did for them): the writer as the object reads as the partner's doing; the
    /// writer as the subject, or "my" naming the partner or family, does not.
    @Test(arguments: [
        ("gave me a foot rub after my shift", true), ("packed my lunch for tomorrow", true),
        ("framed a photo of our first holiday for me", true), ("walked the dog in the rain so I didn't have to", true),
        ("Sam left a sticky note on the mirror saying I’d smash the interview", true), ("Made me a cuppa in bed", true),
        ("made her a cuppa in bed", false), ("ironed my husband's shirt", false), ("I made her laugh", false),
        ("we cooked jollof rice together", false), ("made breakfast before I left", false), ("took my mum to the airport", false),
        ("Me and Sam went for a walk", false), ("my wife ironed my shirt", true),
        // Who it came from did it (a third trial): "a text from her", not "from her favourite stall".
        ("got a good luck text from her this morning", true), ("I got flowers from him", true), ("a voice note from my wife", true),
        ("bought tulips from her favourite stall", false), ("picked up her prescription from the chemist", false),
        // The writer's thanks, and the writer's own hand (a fifth trial).
        ("Thanked him for calling me every night", false), ("Rested my hand on his back while he cooked", false),
        ("held my hand the whole film", true),
    ])
    func aTitleWithoutADoerReadsAsDoneForTheWriterWhenTheyAreItsObject(title: String, forMe: Bool) {
        #expect(LogCommand.readsAsDoneForMe(title, partnerName: "Sam") == forMe, "\(title)")
    }

    /// A title naming the one writing it, whole or by the first letters of the name, is about
    /// what the partner did for them (a fourth trial: "told wanjiru how proud he is of her").
    @Test func aTitleNamingTheWriterReadsAsDoneForThem() {
        for title in ["told wanjiru how proud he is of her", "Wanji got a back rub", "chai for Wanjiru's marking night"] {
            #expect(LogCommand.readsAsDoneForMe(title, partnerName: "Dev", writerName: "Wanjiru"), "\(title)")
        }
        for title in ["made Dev his chai", "a wan smile for him", "walked the dog"] {
            #expect(!LogCommand.readsAsDoneForMe(title, partnerName: "Dev", writerName: "Wanjiru"), "\(title)")
        }
    }

    @Test func logUsesDefaultsAndImpliesTheOtherPartner() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        #expect(cli.run("log", "warm towel").output.contains("(Alex → Sam, acts of service)"))
        #expect(cli.run("log", "Long hug", "--from", "sam").output.contains("(Sam → Alex, physical touch)"))
        #expect(cli.run("log", "Fixed the bike", "--to", "Sam", "--language", "service").output.contains("(Alex → Sam, acts of service)"))
        // No catalog word matches: the language is guessed from the words, and the log line says so.
        let plain = cli.run("log", "Carried her bags up the stairs")
        #expect(plain.output.contains("(Alex → Sam, acts of service)"), "\(plain.output)")
        #expect(plain.output.contains("Guessed from the words: acts of service"), "\(plain.output)")
        // The way to correct it is `edit` on this moment: `log` again would log a second one.
        let plainID = plain.output.split(separator: "[").last?.split(separator: "]").first.map(String.init) ?? "?"
        #expect(plain.output.contains("`micromance edit \(plainID) --language L`"), "\(plain.output)")
        // A title logged before with the language the matcher gave is matched again, not
        // learned from (a guess does not teach); one whose language was given is learned, and
        // the line says where its language came from.
        let again = cli.run("log", "warm towel").output
        #expect(again.contains("acts of service") && !again.contains("Learned from"), "\(again)")
        let corrected = cli.run("log", "warm towel", "--gesture", "none", "--language", "touch")
        #expect(corrected.output.contains("physical touch") && !corrected.output.contains("Matched"))
        #expect(cli.run("log", "warm towel").output.contains("Learned from the earlier \"warm towel\": physical touch"))
        #expect(cli.run("log", "x", "--gesture", "no-such-id").code == 64)
        let journal = try JSONJournalStore(path: cli.storePath).load()
        try #require(journal.moments.count == 7)
        // Guessed: the language from the words (a gesture, if any, from phrasings like it).
        #expect(journal.moments[3].language == .service)
        #expect(journal.moments[5].gestureID == nil && journal.moments[5].language == .touch)
        #expect(journal.moments[1].gestureID == "long-hug")
        // Only the languages given, or learned from one given, are the couple's.
        #expect(journal.moments.map(\.languageIsTaught) == [false, false, true, false, false, true, true])
    }

    @Test func logAcceptsEverydayTimesAndRejectsBadOnes() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        #expect(cli.run("log", "Goodnight call", "--at", "yesterday 10pm").code == 0)
        let journal = try JSONJournalStore(path: cli.storePath).load()
        #expect(Timestamp.format(try #require(journal.moments.first).at, in: cli.timeZone) == "2026-11-23T22:00:00+01:00")
        let bad = cli.run("log", "Hug", "--at", "the day before")
        #expect(bad.code == 64)
        #expect(bad.errors.contains("cannot read the time 'the day before'"))
        #expect(bad.errors.contains("yesterday 8am"))
        let future = cli.run("log", "Hug", "--at", "9pm")
        #expect(future.code == 64)
        #expect(future.errors.contains("in the future"))
        #expect(try JSONJournalStore(path: cli.storePath).load().moments.count == 1)
    }

    @Test func unknownPartnerAndMissingJournalAreClearErrors() throws {
        let cli = try CommandHarness()
        let missing = cli.run("report")
        #expect(missing.code == 66)
        #expect(missing.errors.contains("micromance init"))
        cli.setUpCouple()
        let unknown = cli.run("log", "Hug", "--from", "Robin")
        #expect(unknown.code == 64)
        #expect(unknown.errors.contains("the partners are: Alex, Sam"))
        let same = cli.run("log", "Hug", "--from", "Sam", "--to", "sam")
        #expect(same.code == 64)
        #expect(cli.run("init").code == 73)
        #expect(cli.run("partner", "add", "sam").code == 73)
    }

    @Test func corruptJournalIsReportedAndLeftAlone() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        var text = try String(contentsOfFile: cli.storePath, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"name\" : \"Sam\",", with: "\"name\" : \"Sam\"")
        try text.write(toFile: cli.storePath, atomically: false, encoding: .utf8)
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.storePath))
        let result = cli.run("log", "Hug")
        #expect(result.code == 65)
        #expect(result.errors.contains(cli.storePath + ":"))
        #expect(result.errors.contains("not valid JSON"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.storePath)) == before)
    }

    @Test func reportAndHistoryJSONCarryASchemaVersion() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        cli.setUp("log", "warm towel")
        let report = try JSONSerialization.jsonObject(with: Data(cli.run("report", "--json").output.utf8)) as? [String: Any]
        #expect(report?["schemaVersion"] as? Int == 1)
        let data = report?["data"] as? [String: Any]
        #expect((data?["summary"] as? [String: Any])?["moments"] as? Int == 1)
        let strategies = Set(((data?["findings"] as? [[String: Any]]) ?? []).compactMap { $0["strategy"] as? String })
        #expect(
            strategies == [
                "consistency", "love-language-fit", "bids", "reciprocity", "drift", "variety", "rituals",
                "learned-preferences", "coming-up",
            ])
        let history = try JSONSerialization.jsonObject(with: Data(cli.run("history", "--json").output.utf8)) as? [String: Any]
        #expect((history?["data"] as? [[String: Any]])?.first?["title"] as? String == "warm towel")
    }

    @Test func partnerProfilesFromTheCommandLine() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        let journal = try JSONJournalStore(path: cli.storePath).load()
        #expect(journal.partner("alex")?.profile.primary == .service)
        #expect(journal.partner("sam")?.profile[.touch] == 5)
        #expect(journal.settings.defaultGiver == "alex" && journal.settings.defaultReceiver == "sam")
        #expect(cli.run("partner", "add", "Robin", "--weight", "touch=lots").code == 64)
        #expect(cli.run("partner", "list").output.contains("Sam (sam): touch 63%, time 38%"))
    }
}

@Suite struct SuggestCommandTests {
    @Test func suggestsForAPartnerWithReasons() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()  // Sam: touch 5, time 3
        let result = cli.run("suggest", "--for", "Sam", "-n", "3")
        #expect(result.code == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("For Sam:\n1. "))
        #expect(result.output.components(separatedBy: "(physical touch)").count - 1 == 3)
        #expect(result.output.components(separatedBy: "   Why: ").count - 1 == 3)
        #expect(result.output.contains("Physical touch is what Sam values most"))
        // After logging the top one, it is not suggested again right away.
        let json = try JSONSerialization.jsonObject(with: Data(cli.run("suggest", "--for", "Sam", "--json").output.utf8)) as? [String: Any]
        let first = try #require((json?["data"] as? [[String: Any]])?.first)
        let title = try #require(first["title"] as? String)
        #expect(cli.run("log", title, "--to", "Sam").code == 0)
        #expect(!cli.run("suggest", "--for", "Sam", "-n", "5").output.contains(title + " ("))
    }

    @Test func unknownPartnerOrSituation() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        #expect(cli.run("suggest", "--for", "Robin").code == 64)
        #expect(cli.run("suggest", "--context", "underwater").code == 64)
    }
}

@Suite struct OtherCommandTests {
    @Test func versionListsEveryPackage() throws {
        let output = try CommandHarness().run("--version").output
        for name in ["micromance", "MicromanceModel", "MicromanceStore", "MicromanceInsights", "MicromanceCLI"] {
            #expect(output.contains(name + " "), "\(name)")
        }
    }

    @Test func demoTouchesNoUserData() throws {
        let cli = try CommandHarness()
        let result = cli.run("demo")
        #expect(result.code == 0)
        #expect(result.output.contains("Alex"))
        #expect(result.output.contains("Consistency score:"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.folder).isEmpty)
        // The same clock and seed give the same demo.
        #expect(cli.run("demo").output == result.output)
    }

    @Test func ideasFilter() throws {
        let cli = try CommandHarness()
        let apart = cli.run("ideas", "--context", "apart", "--limit", "50").output
        #expect(apart.contains("Make a surprise video call"))
        #expect(!apart.contains("Warm their towel"))
        #expect(cli.run("ideas", "towel").output.contains("Warm their towel"))
        // Each idea shows its id, for --gesture.
        #expect(cli.run("ideas", "towel").output.contains("[warm-towel]"))
        #expect(cli.run("ideas", "--language", "telepathy").code == 64)
    }

    @Test func defaultStorePathFollowsXDG() throws {
        #expect(try StoreOptions.defaultPath(["MICROMANCE_STORE": "/a/j.json", "XDG_DATA_HOME": "/x", "HOME": "/h"]) == "/a/j.json")
        #expect(try StoreOptions.defaultPath(["XDG_DATA_HOME": "/x", "HOME": "/h"]) == "/x/micromance/journal.json")
        #expect(try StoreOptions.defaultPath(["XDG_DATA_HOME": "relative", "HOME": "/h"]) == "/h/.local/share/micromance/journal.json")
        #expect(throws: CLIError.self) { try StoreOptions.defaultPath([:]) }
    }
}

@Suite struct MovingDataTests {
    /// A journal with hostile notes, saved at the harness's store.
    func hostileJournal(_ cli: CommandHarness) throws {
        cli.setUpCouple()
        for (index, note) in ["=HYPERLINK(\"x\")", "comma, \"quote\"\nnew line", "Zoë 💞", "'apostrophe", "-minus", "\r\nCRLF"].enumerated()
        {
            let result = cli.run("log", "Gesture \(index)", "--note=\(note)", "--at", "\(index + 1)h ago")
            #expect(result.code == 0, "\(result.errors)")
        }
        // Folded, as any write but `log` leaves it: the document holds every moment.
        try JSONJournalStore(path: cli.storePath).update { _ in }
    }

    @Test func jsonToCSVToJSONIsIdentical() throws {
        let cli = try CommandHarness()
        try hostileJournal(cli)
        let csv = cli.folder + "/tables"
        let back = cli.folder + "/back.json"
        #expect(cli.run("convert", "--to", "csv:" + csv).code == 0)
        #expect(cli.run("convert", "--store", "csv:" + csv, "--to", back).code == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: back)) == Data(contentsOf: URL(fileURLWithPath: cli.storePath)))
        // The formula is text in the table, guarded by an apostrophe.
        let table = try String(contentsOfFile: csv + "/moments.csv", encoding: .utf8)
        #expect(table.contains("'=HYPERLINK(\"\"x\"\")"))
        #expect(cli.run("convert", "--to", "csv:" + csv).code == 73)
    }

    @Test func logAppendsToACSVStore() throws {
        let cli = try CommandHarness()
        let csv = cli.folder + "/tables"
        let env = ["MICROMANCE_STORE": csv, "HOME": cli.folder]
        #expect(cli.run("init", variables: env).code == 0)
        #expect(cli.run("partner", "add", "Alex", variables: env).code == 0)
        #expect(cli.run("partner", "add", "Sam", variables: env).code == 0)
        #expect(cli.run("log", "warm towel", variables: env).code == 0)
        #expect(cli.run("log", "long hug", variables: env).code == 0)
        let table = try String(contentsOfFile: csv + "/moments.csv", encoding: .utf8)
        #expect(table.split(separator: "\n").count == 3)
        #expect(cli.run("history", variables: env).output.contains("long hug"))
    }

    @Test func exportAndImport() throws {
        let cli = try CommandHarness()
        try hostileJournal(cli)
        let json = cli.run("export", "--format", "json")
        #expect(json.output == (try String(contentsOfFile: cli.storePath, encoding: .utf8)))
        let csv = cli.run("export", "--format", "csv").output
        #expect(csv.hasPrefix("id,at,timeZone,giver,receiver,kind,language,gesture,response,ritual,title,note,changes\n"))
        let out = cli.folder + "/export.json"
        #expect(cli.run("export", "--out", out).code == 0)
        #expect(cli.run("export", "--out", out).code == 73)
        let fresh = cli.folder + "/fresh.json"
        let imported = cli.run("import", "--store", fresh, out)
        #expect(imported.code == 0, "\(imported.errors)")
        // Everything comes along but who the exporting device belonged to.
        var original = try JSONJournalStore(path: cli.storePath).load()
        let started = try JSONJournalStore(path: fresh).load()
        #expect(started.settings.defaultGiver == nil && started.settings.defaultReceiver == nil)
        original.settings.defaultGiver = nil
        original.settings.defaultReceiver = nil
        #expect(started == original)
    }

    @Test func mergeWithItselfChangesNothingAndMergesCommute() throws {
        let cli = try CommandHarness()
        try hostileJournal(cli)
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.storePath))
        let same = cli.run("merge", cli.storePath)
        #expect(same.output.contains("Nothing to merge"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.storePath)) == before)

        // B: a copy of A that then logs on its own, in CSV.
        let b = cli.folder + "/b"
        #expect(cli.run("convert", "--to", "csv:" + b).code == 0)
        #expect(cli.run("log", "--store", "csv:" + b, "Sam's own", "--from", "Sam").code == 0)
        #expect(cli.run("log", "Alex's own").code == 0)
        let aCopy = cli.folder + "/a-copy.json"
        #expect(cli.run("convert", "--to", aCopy).code == 0)

        let ab = cli.run("merge", "csv:" + b)
        #expect(ab.output.contains("added 1 moment"), "\(ab.output)\(ab.errors)")
        #expect(cli.run("merge", "--store", "csv:" + b, aCopy).code == 0)
        let merged = try JSONJournalStore(path: cli.storePath).load()
        #expect(try CSVJournalStore(folder: b).load() == merged)
        #expect(merged.moments.count == 8)
        #expect(cli.run("merge", "csv:" + b).output.contains("Nothing to merge"))
    }

    @Test func unknownLocationsAreUsageErrors() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        let result = cli.run("merge", cli.folder + "/journal.yaml")
        #expect(result.code == 64)
        #expect(result.errors.contains("no store backend"))
        #expect(cli.run("merge", cli.folder + "/missing.json").code == 66)
    }
}
