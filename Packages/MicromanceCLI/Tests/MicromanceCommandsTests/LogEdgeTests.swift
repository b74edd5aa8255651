import Foundation
import MicromanceStore
import Testing

@testable import MicromanceCommands

/// What a new user typed in a trial of the release build (2026-12-04) and lost or got wrong.
@Suite struct LogEdgeTests {
    func couple() throws -> CommandHarness {
        let cli = try CommandHarness()
        cli.setUp("init", "--me", "Alex")
        cli.setUp("partner", "add", "Sam")
        return cli
    }

    func moments(_ cli: CommandHarness) throws -> [[String: Any]] {
        let listed = cli.run("history", "--json")
        let object = try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [String: Any]
        return try #require(object?["data"] as? [[String: Any]], "\(listed.output)")
    }

    /// A title or note starting with a dash was read as short flags: an `h` in it printed the
    /// help with exit 0, and nothing was logged.
    @Test func textStartingWithADashIsLogged() throws {
        let cli = try couple()
        let first = cli.run("log", "- fixed her bike")
        #expect(first.code == 0 && first.output.contains("Logged \"- fixed her bike\""), "\(first)")
        let second = cli.run("log", "--from", "sam", "-5 minutes early to pick her up", "--note", "- and brought a coffee")
        #expect(second.code == 0 && second.output.contains("(Sam → Alex"), "\(second)")
        let third = cli.run("log", "--note=- a b", "-Quick kiss at a bus stop")
        #expect(third.code == 0, "\(third)")
        let titles = try moments(cli).compactMap { $0["title"] as? String }
        #expect(Set(titles) == ["- fixed her bike", "-5 minutes early to pick her up", "-Quick kiss at a bus stop"])
        let notes = try moments(cli).compactMap { $0["note"] as? String }
        #expect(Set(notes) == ["- and brought a coffee", "- a b"])
        #expect(LogCommand.protectingDashedText(["log", "Coffee", "--note=a b"]) == ["log", "Coffee", "--note=a b"])
        #expect(LogCommand.protectingDashedText(["log", "-v"]) == ["log", "-v"])
    }

    /// A title with a line break inside is refused, by `log` and `edit --title`, with nothing
    /// written: its confirmation printed lines of its own, made up to look like the tool's
    /// (a new user's trial). Breaks around it are dropped as spaces are; a note keeps its lines.
    @Test func aTitleIsOneLine() throws {
        let cli = try couple()
        for title in ["Hug\nRemoved everything. Journal is empty.", "Tea\r\nin bed", "Walk\rhome", "Kiss\u{2028}goodbye"] {
            let refused = cli.run("log", title)
            #expect(refused.code == 64 && refused.errors.contains("holds a line break"), "\(refused)")
            #expect(!refused.output.contains("Removed everything"))
        }
        #expect(try moments(cli).isEmpty)
        let kept = cli.run("log", "\n Tea in bed \n", "--note", "first line\nsecond line")
        #expect(kept.code == 0 && kept.output.contains("Logged \"Tea in bed\""), "\(kept)")
        #expect(try moments(cli).compactMap { $0["note"] as? String } == ["first line\nsecond line"])
        let id = try #require(try moments(cli).first?["id"] as? String)
        let edit = cli.run("edit", id, "--title", "Tea\nin bed")
        #expect(edit.code == 64 && edit.errors.contains("--title holds a line break"), "\(edit)")
        #expect(try moments(cli).compactMap { $0["title"] as? String } == ["Tea in bed"])
    }

    /// A one-word note or title that starts with a dash (a new user's trial: `--note -5` was
    /// "Missing value for '--note'", `log "-5"` a missing title) is text; an option after one
    /// that takes a value is still an option, and `-h` still asks for help.
    @Test func oneWordTextsStartingWithADashAreText() throws {
        let cli = try couple()
        let logged = cli.run("log", "Ran the 10k with her", "--note", "-5")
        #expect(logged.code == 0, "\(logged)")
        let number = cli.run("log", "-1.5")
        #expect(number.code == 0 && number.output.contains("Logged \"-1.5\""), "\(number)")
        let word = cli.run("log", "Shared a dessert", "--note", "-abc", "--from", "sam")
        #expect(word.code == 0 && word.output.contains("(Sam → Alex"), "\(word)")
        var notes = try moments(cli).compactMap { $0["note"] as? String }
        #expect(Set(notes) == ["-5", "-abc"])
        let id = try #require(try moments(cli).first { $0["note"] as? String == "-5" }?["id"] as? String)
        let edited = cli.run("edit", id, "--note", "-7")
        #expect(edited.code == 0, "\(edited)")
        notes = try moments(cli).compactMap { $0["note"] as? String }
        #expect(Set(notes) == ["-7", "-abc"])
        #expect(
            LogCommand.protectingDashedText(["log", "x", "--note", "--from", "sam"]) == ["log", "x", "--note", "--from", "sam"])
        #expect(LogCommand.protectingDashedText(["log", "x", "--note", "-h"]) == ["log", "x", "--note", "-h"])
        #expect(LogCommand.protectingDashedText(["log", "-h"]) == ["log", "-h"])
        #expect(LogCommand.protectingDashedText(["log", "x", "--note=-5"]) == ["log", "x", "--note=-5"])
    }

    /// A kiss that is no goodbye and a keyring that is no snack keep their language from the
    /// words, and the line says so (a trial's "forehead kiss" got no line at all).
    @Test func everyLogSaysWhereItsLanguageCameFrom() throws {
        let cli = try couple()
        for (title, language) in [("forehead kiss", "physical touch"), ("got Sam a keyring from the trip", "receiving gifts")] {
            let logged = cli.run("log", title)
            #expect(logged.code == 0 && logged.output.contains("Guessed from the words: \(language)"), "\(logged)")
        }
    }

    /// `--their-bid --from Sam`: Sam made the bid (it was turned round, so Alex had).
    @Test func theirBidFromNamesWhoMadeIt() throws {
        let cli = try couple()
        let logged = cli.run("log", "Asked me to look at her sketch", "--their-bid", "--from", "Sam", "--response", "toward")
        #expect(logged.code == 0 && logged.output.contains("(Sam → Alex"), "\(logged)")
        let plain = cli.run("log", "Showed me a video", "--their-bid")
        #expect(plain.code == 0 && plain.output.contains("(Sam → Alex"), "\(plain)")
        let mine = cli.run("log", "Asked about the trip", "--their-bid", "--from", "Alex")
        #expect(mine.code == 64 && mine.errors.contains("who is you on this device"), "\(mine)")
        #expect(try moments(cli).count == 2)
    }

    /// A response makes a bid; one on a kind that is not a bid is refused, not kept unseen.
    @Test func aResponseIsABid() throws {
        let cli = try couple()
        let answered = cli.run("log", "Pointed out a heron", "--from", "sam", "--response", "toward")
        #expect(answered.code == 0 && answered.output.contains("Logged bid"), "\(answered)")
        let refused = cli.run("log", "Thanks for the tea", "--kind", "gratitude", "--response", "away")
        #expect(refused.code == 64 && refused.errors.contains("not a bid"), "\(refused)")
        let gesture = cli.run("log", "Made pancakes", "--kind", "gesture")
        let id = try #require(gesture.output.split(separator: "[").last?.split(separator: "]").first.map(String.init))
        let responded = cli.run("respond", id, "toward")
        #expect(responded.code == 0 && responded.output.contains("now counts as a bid"), "\(responded)")
        let kinds = try moments(cli).compactMap { $0["kind"] as? String }
        #expect(kinds == ["bid", "bid"], "\(kinds)")
        let edited = cli.run("edit", id, "--kind", "gratitude", "--response", "away")
        #expect(edited.code == 64, "\(edited)")
    }

    /// A named gesture and a language it does not speak contradict each other.
    @Test func aGestureAndALanguageThatDisagreeAreRefused() throws {
        let cli = try couple()
        let refused = cli.run("log", "Rubbed her feet", "--gesture", "foot-rub", "--language", "words")
        #expect(
            refused.code == 64 && refused.errors.contains("foot-rub is physical touch or acts of service, not words of affirmation"),
            "\(refused)")
        #expect(cli.run("log", "Rubbed her feet", "--gesture", "foot-rub", "--language", "touch").code == 0)
        let logged = cli.run("log", "Tea")
        let id = try #require(logged.output.split(separator: "[").last?.split(separator: "]").first.map(String.init))
        #expect(cli.run("edit", id, "--gesture", "foot-rub", "--language", "gifts").code == 64)
    }

    @Test func theJournalNamedBeforeTheCommand() throws {
        let cli = try couple()
        let other = cli.folder + "/other.json"
        cli.setUp("init", "--me", "Kofi", "--store", other)
        cli.setUp("partner", "add", "Ama", "--store", other)
        let logged = cli.run("--store", other, "log", "Saved Ama a seat")
        #expect(logged.code == 0 && logged.output.contains("(Kofi → Ama"), "\(logged)")
        let listed = cli.run("--store=\(other)", "history")
        #expect(listed.code == 0 && listed.output.contains("Saved Ama a seat"), "\(listed)")
        #expect(try moments(cli).isEmpty)
        let noPath = cli.run("log", "x", "--store", "json:")
        #expect(noPath.code != 0 && noPath.errors.contains("names no place"), "\(noPath)")
    }

    @Test func undoSaysWhatIsMissing() throws {
        let cli = try CommandHarness()
        let none = cli.run("undo")
        #expect(none.code == 66, "\(none)")
        cli.setUp("init", "--me", "Alex")
        cli.setUp("partner", "add", "Sam")
        cli.setUp("log", "Made tea")
        #expect(cli.run("undo").code == 0)
        let again = cli.run("undo")
        #expect(again.code == 64 && again.errors.contains("one step"), "\(again)")
    }
}

/// The same trial: what `log` suggests for an option it does not know, and with three partners.
@Suite struct LogSuggestionTests {
    @Test func anOptionStartedIsTheOneSuggested() throws {
        let cli = try CommandHarness()
        cli.setUp("init", "--me", "Alex")
        cli.setUp("partner", "add", "Sam")
        let lang = cli.run("log", "Coffee", "--lang", "service")
        #expect(lang.code == 64 && lang.errors.contains("Did you mean '--language'?") && !lang.errors.contains("--kind'?"), "\(lang)")
        let equals = cli.run("log", "Coffee", "--resp=toward")
        #expect(equals.code == 64 && equals.errors.contains("Did you mean '--response'?"), "\(equals)")
        let title = cli.run("log", "--title", "Coffee")
        #expect(title.code == 64 && title.errors.contains("The title is the first argument"), "\(title)")
        let typo = cli.run("log", "Coffee", "--form", "sam")
        #expect(typo.code == 64 && typo.errors.contains("Did you mean '--from'?"), "\(typo)")
    }

    @Test func aThirdPartnerIsNamedAndLogStillKnowsWhoYouAre() throws {
        let cli = try CommandHarness()
        cli.setUp("init", "--me", "Alex")
        cli.setUp("partner", "add", "Sam")
        let third = cli.run("partner", "add", "Beatriz")
        #expect(third.code == 0 && third.output.contains("now has 3 partners (Alex, Sam, Beatriz)"), "\(third)")
        // It says what `log` does next, not that --to is needed (a new user's trial: it was not).
        #expect(third.output.contains("still goes from Alex to Sam") && !third.output.contains("needs --to"), "\(third)")
        let toBeatriz = cli.run("log", "Lent her my umbrella", "--to", "Beatriz")
        #expect(toBeatriz.code == 0 && toBeatriz.output.contains("(Alex → Beatriz"), "\(toBeatriz)")
        let fromSam = cli.run("log", "Brought me soup", "--from", "Sam")
        #expect(fromSam.code == 0 && fromSam.output.contains("(Sam → Alex"), "\(fromSam)")
        #expect(cli.run("log", "Made tea").code == 0, "the usual pair stays the default")
        let unclear = cli.run("log", "Walked the dog", "--from", "Beatriz", "--to", "Beatriz")
        #expect(unclear.code == 64, "\(unclear)")
    }

    /// Three partners and nobody this device belongs to (the tenth trial's phone whose owner was
    /// merged away on the other phone): the refusal also points at `me`.
    @Test func withoutMeALogOfThreeSaysHowToSayWhoYouAre() throws {
        let cli = try CommandHarness()
        cli.setUp("init")
        for name in ["Alex", "Sam", "Beatriz"] { cli.setUp("partner", "add", name) }
        var journal = try JSONJournalStore(path: cli.storePath).load()
        journal.settings.defaultGiver = nil
        journal.settings.defaultReceiver = nil
        try JSONJournalStore(path: cli.storePath).save(journal)
        let refused = cli.run("log", "Made tea")
        #expect(refused.code == 64 && refused.errors.contains("or say who you are on this device with `micromance me NAME`"), "\(refused)")
        cli.setUp("me", "Alex")
        let logged = cli.run("log", "Made tea", "--to", "Sam")
        #expect(logged.code == 0 && !logged.errors.contains("micromance me NAME"))
    }
}

/// A two-phone trial (2026-12-04): `undo` on one phone took back the other phone's later edit.
@Suite struct UndoAfterAnotherChangeTests {
    @Test func undoLeavesAMomentChangedSinceAlone() throws {
        let cli = try CommandHarness()
        cli.setUp("init", "--me", "Alex")
        cli.setUp("partner", "add", "Sam")
        let logged = cli.run("log", "Long hug at the door")
        let id = try #require(logged.output.split(separator: "[").last?.split(separator: "]").first.map(String.init))
        cli.setUp("edit", id, "--note", "a long one")
        // The other phone (its own home, so its own undo record) adds to the note.
        let otherHome = cli.folder + "/other-phone"
        try FileManager.default.createDirectory(atPath: otherHome, withIntermediateDirectories: true)
        let other = cli.run(
            "edit", id, "--note", "a long one, she was freezing", variables: ["MICROMANCE_STORE": cli.storePath, "HOME": otherHome])
        #expect(other.code == 0, "\(other)")
        let undo = cli.run("undo")
        #expect(undo.code == 64 && undo.errors.contains("was changed since"), "\(undo)")
        #expect(cli.run("history", "--json").output.contains("she was freezing"))
        // Without another change in between, undo works as before.
        let second = cli.run("log", "Made tea")
        #expect(second.code == 0)
        #expect(cli.run("undo").code == 0)
    }
}

/// The same trial: `reflect` asked Lena, on her own phone, when Lena last seemed seen by her.
@Suite struct ReflectionAskerTests {
    @Test func aQuestionAboutYourOwnLanguagesIsAskedOfYourPartner() throws {
        let cli = try CommandHarness()
        cli.setUp("init", "--me", "Alex")
        cli.setUp("partner", "edit", "alex", "--ranking", "touch,time,words,service,gifts")
        cli.setUp("partner", "add", "Sam", "--ranking", "words,time,touch,service,gifts")
        // Sam hears words from Alex every day; Alex, who most values touch, gets chores.
        for day in 1...12 {
            cli.setUp("log", "Told Sam I was proud of him", "--language", "words", "--at", "2026-11-\(String(format: "%02d", day)) 08:00")
            cli.setUp(
                "log", "Took the bins out", "--from", "sam", "--language", "service", "--at", "2026-11-\(String(format: "%02d", day)) 09:00"
            )
        }
        let toAlex = cli.run("reflect")
        #expect(toAlex.code == 0 && !toAlex.output.contains("Alex"), "Alex is not asked about Alex: \(toAlex.output)")
        // A JSON journal has one `me`: with it set to Sam, the question about Alex is Sam's.
        let samHome = cli.folder + "/sam-phone"
        try FileManager.default.createDirectory(atPath: samHome, withIntermediateDirectories: true)
        let samVariables = ["MICROMANCE_STORE": cli.storePath, "HOME": samHome]
        cli.setUp("me", "Sam", variables: samVariables)
        let toSam = cli.run("reflect", variables: samVariables)
        #expect(toSam.code == 0 && toSam.output.contains("Alex"), "Sam is asked about Alex: \(toSam.output)")
    }
}
