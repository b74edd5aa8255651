import Foundation
import MicromanceModel
import MicromanceStore
import Testing

@testable import MicromanceCommands

/// `reflect --answer`: answers kept in the journal, shown in the report, taken back by undo.
@Suite struct ReflectionCommandTests {
    @Test func anAnswerIsKeptWithItsQuestionAndShownInTheReport() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        let question = try #require(cli.run("reflect").output.split(separator: "\n").first.map(String.init))
        let kept = cli.run("reflect", "--answer", "  When you wait for the whole answer.  ", "--by", "sam")
        #expect(kept.code == 0, "\(kept.errors)")
        #expect(kept.output.contains("Kept Sam's answer to: \(question)"))
        let journal = try JSONJournalStore(path: cli.storePath).load()
        let answer = try #require(journal.reflections.first)
        #expect(journal.reflections.count == 1)
        #expect(answer.answer == "When you wait for the whole answer.")
        #expect(answer.question == question && answer.partner == "sam")
        #expect(answer.changes.created != .imported)
        #expect(journal.schemaVersion == 4)

        let report = cli.run("report", "--days", "7")
        #expect(report.output.contains("Reflections"))
        let wide = cli.runList(["report", "--days", "7"], width: 200).output
        #expect(wide.contains("Sam: \(question)") && wide.contains("    When you wait for the whole answer."), "\(wide)")
        let json = try JSONSerialization.jsonObject(with: Data(cli.run("report", "--days", "7", "--json").output.utf8)) as? [String: Any]
        let data = json?["data"] as? [String: Any]
        let shown = try #require(data?["reflections"] as? [[String: Any]])
        #expect(shown.first?["answer"] as? String == "When you wait for the whole answer.")
        #expect(shown.first?["partner"] as? String == "sam")
        // A period without answers leaves them out.
        cli.now += 30 * 86_400
        #expect(!cli.run("report", "--days", "7").output.contains("Reflections"))
        #expect(!cli.run("report", "--days", "7", "--json").output.contains("\"reflections\""))
    }

    @Test func undoTakesBackTheAnswerJustKept() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        cli.setUp("log", "Made Sam's coffee", "--from", "Alex", "--to", "Sam")
        cli.setUp("reflect", "--answer", "Pancakes on Sunday", "--together")
        #expect(try JSONJournalStore(path: cli.storePath).load().reflections.first?.partner == nil)
        let undo = cli.run("undo")
        #expect(undo.code == 0 && undo.output.contains("Took back the answer"), "\(undo.errors)")
        let journal = try JSONJournalStore(path: cli.storePath).load()
        #expect(journal.reflections.isEmpty)
        #expect(journal.removed.reflections.map(\.answer) == ["Pancakes on Sunday"])  // kept for merging
        #expect(journal.moments.count == 1)  // the moment logged before is untouched
        #expect(cli.run("undo").code == 64)
    }

    @Test func badAnswersAreRefusedWithAMessageAboutTheInput() throws {
        let cli = try CommandHarness()
        // A journal that does not know who uses this device.
        try JSONJournalStore(path: cli.storePath).save(Journal(partners: [Partner(name: "Alex"), Partner(name: "Sam")]))
        let noOne = cli.run("reflect", "--answer", "Something")
        #expect(noOne.code == 64 && noOne.errors.contains("--by NAME"), "\(noOne.errors)")
        let empty = cli.run("reflect", "--answer", "   ", "--by", "Alex")
        #expect(empty.code == 64 && empty.errors.contains("the answer is empty"))
        let unknown = cli.run("reflect", "--answer", "x", "--by", "Robin")
        #expect(unknown.code == 64 && unknown.errors.contains("Alex, Sam"))
        #expect(cli.run("reflect", "--by", "Alex").code == 64)
        #expect(cli.run("reflect", "--answer", "x", "--by", "Alex", "--together").code == 64)
        #expect(try JSONJournalStore(path: cli.storePath).load().reflections.isEmpty)
    }

    @Test func thisDevicesPartnerAnswersByDefaultAndTheListShowsEveryAnswer() throws {
        let cli = try CommandHarness()
        cli.setUp("init", "--me", "Alex")
        cli.setUp("partner", "add", "Sam")
        // Text pasted from elsewhere may hold terminal escapes: shown, never obeyed.
        cli.setUp("reflect", "--answer", "First line\nsecond line \u{1B}]0;owned\u{07}")
        cli.now += 86_400
        cli.setUp("reflect", "--another", "--answer", "Another day", "--by", "Sam")
        let list = cli.run("reflect", "--list")
        #expect(list.code == 0)
        #expect(list.output.contains("Alex: ") && list.output.contains("Sam: "))
        #expect(list.output.contains("    First line\n    second line \u{241B}]0;owned\u{2407}"), "\(list.output)")
        #expect(!list.output.contains("\u{1B}"))
        let json = cli.run("reflect", "--list", "--json").output
        #expect(json.contains("\"reflection-answers\"") && json.contains("Another day"))
    }

    @Test func answersTravelThroughEveryBuiltInStore() throws {
        for location in ["csv:answers", "sync:shared"] {
            let cli = try CommandHarness()
            let store = cli.folder + "/" + location.split(separator: ":")[1]
            let variables = ["MICROMANCE_STORE": location.split(separator: ":")[0] + ":" + store, "HOME": cli.folder]
            for arguments in [
                ["init", "--me", "Alex"], ["partner", "add", "Sam"], ["reflect", "--answer", "Quiet mornings, \"together\""],
            ] {
                let result = cli.runList(arguments, variables: variables)
                #expect(result.code == 0, "\(location) \(arguments): \(result.errors)")
            }
            let report = cli.runList(["report", "--days", "7"], variables: variables)
            #expect(report.output.contains("Quiet mornings, \"together\""), "\(location): \(report.output)")
        }
    }

    /// The question shown on this device was chosen for its partner; when it names the other
    /// partner, that partner's own answer is kept with a question chosen for them, never one
    /// about themselves (a new user's trial: Kwame answering "When did Kwame last seem truly
    /// seen by you?").
    @Test func theOtherPartnersAnswerIsNotToAQuestionAboutThemselves() throws {
        let cli = try richCouple()  // this device is Alex's
        var sawOneAboutSam = false
        for day in 0..<40 {
            cli.now += 86_400
            let shown = cli.run("reflect").output.split(separator: "\n").first.map(String.init) ?? ""
            let sam = try JSONJournalStore(path: cli.storePath).load().partners.first { $0.name == "Sam" }
            if let sam, ReflectCommand.names(shown, sam) { sawOneAboutSam = true }
            let kept = cli.run("reflect", "--answer", "Answer \(day)", "--by", "Sam")
            #expect(kept.code == 0, "\(kept.errors)")
        }
        let journal = try JSONJournalStore(path: cli.storePath).load()
        let sam = try #require(journal.partners.first { $0.name == "Sam" })
        #expect(journal.reflections.count == 40)
        for answer in journal.reflections { #expect(!ReflectCommand.names(answer.question, sam), "\(answer.question)") }
        #expect(ReflectCommand.names("When did Sam last seem truly seen by you?", sam))
        #expect(!ReflectCommand.names("What did Samantha notice?", sam))
        #expect(sawOneAboutSam, "no question about Sam was shown on Alex's device: the case is not tried")
    }

    /// A partner's hard day today, tomorrow or yesterday is what the question is about, on
    /// every day of it; a couple who keep a ritual are never asked which one to start (a new
    /// user's trial was asked both ways the general question, eleven days running).
    @Test func aHardDayIsWhatTheQuestionIsAbout() throws {
        let cli = try richCouple()  // Sam's board presentation is on Thursday 26 November
        for (day, name, situation) in [
            ("2026-11-25", "tomorrow", "hard-day"), ("2026-11-26", "the day", "hard-day"),
            ("2026-11-27", "the day after", "hard-day-after"),
        ] {
            cli.now = try #require(Timestamp.parse("\(day)T12:00:00+01:00"))
            let shown = cli.run("reflect", "--json")
            let question = try #require(
                (try JSONSerialization.jsonObject(with: Data(shown.output.utf8)) as? [String: Any])?["data"] as? [String: Any])
            #expect(question["situation"] as? String == situation, "\(name): \(question)")
            #expect(
                (question["text"] as? String)?.contains("Sam") == true || (question["text"] as? String)?.contains("On a hard day") == true)
        }
        for day in 0..<30 {
            cli.now = try #require(Timestamp.parse("2026-12-10T12:00:00+01:00")) + Double(day) * 86_400
            #expect(!cli.run("reflect").output.contains("Which ritual could the two of you start"), "day \(day): the couple keeps one")
        }
    }
}
