import Foundation
import MicromanceModel
import MicromanceStore
import Testing

@testable import MicromanceCommands

/// Rituals marked done on two phones.
@Suite struct RitualMarkTests {
    /// A shared ritual marked on both phones: once the first mark is in the journal, a second
    /// one the same day logs nothing and says by whom it was marked; `--again` logs it anyway.
    @Test func aRitualMarkedDoneTwiceTheSameDayIsLoggedOnce() throws {
        let cli = try richCouple()
        func marks() throws -> Int {
            try JSONJournalStore(path: cli.storePath).load().moments.filter { $0.ritualID != nil }.count
        }
        let before = try marks()
        #expect(cli.run("ritual", "done", "Morning coffee together", "--at", "7am").output.contains("Logged"))
        let second = cli.run("ritual", "done", "Morning coffee together", "--from", "Sam", "--at", "8am")
        #expect(second.code == 0)
        #expect(second.output.contains("already marked done that day") && second.output.contains("--again"))
        #expect(try marks() == before + 1)
        // Another day is another mark; --again is a second one the same day.
        #expect(cli.run("ritual", "done", "Morning coffee together", "--at", "2 days ago").output.contains("already"))
        #expect(cli.run("ritual", "done", "Morning coffee together", "--at", "3 days ago").output.contains("Logged"))
        #expect(cli.run("ritual", "done", "Morning coffee together", "--again").output.contains("Logged"))
        #expect(try marks() == before + 3)
    }

    /// A ritual one partner does alone is theirs: marked done on the other's phone it is given
    /// by them, and no one else can mark it (a new user's trial saw Kwame's commute voice note
    /// credited to Inês, whose phone it was, and her report's numbers off by it).
    @Test func aRitualDoneAloneIsCreditedToItsDoer() throws {
        let cli = try richCouple()  // this device is Alex's
        cli.setUp("ritual", "add", "Voice note on the commute", "--cadence", "daily", "--with", "Sam")
        let marked = cli.run("ritual", "done", "Voice note", "--at", "8am")
        #expect(marked.code == 0 && marked.output.contains("Sam → Alex"), "\(marked.output)\(marked.errors)")
        // Sam's because the ritual is Sam's, not because anything was logged before.
        #expect(!marked.output.contains("as you logged"), "\(marked.output)")
        var journal = try JSONJournalStore(path: cli.storePath).load()
        let ritual = try #require(journal.rituals.first { $0.title == "Voice note on the commute" })
        let mark = try #require(journal.moments.first { $0.ritualID == ritual.id })
        #expect(mark.giver == "sam" && mark.receiver == "alex")
        let refused = cli.run("ritual", "done", "Voice note", "--from", "Alex", "--at", "yesterday 8am")
        #expect(refused.code == 64, "\(refused.output)")
        #expect(refused.errors.contains("is Sam's ritual alone") && refused.errors.contains("nothing logged"), "\(refused.errors)")
        let direct = cli.run("log", "Voice note on the commute", "--ritual", ritual.id.rawValue, "--at", "2 days ago")
        #expect(direct.code == 0 && direct.output.contains("Sam → Alex"), "\(direct.output)\(direct.errors)")
        journal = try JSONJournalStore(path: cli.storePath).load()
        #expect(journal.moments.filter { $0.ritualID == ritual.id }.map(\.giver) == ["sam", "sam"])
        // A ritual done together is still marked by this device's partner.
        let together = cli.run("ritual", "done", "Morning coffee together", "--at", "6am")
        #expect(together.output.contains("Alex → Sam"), "\(together.output)")
    }

    /// Days are read whole or shortened, and a misspelt one is named with the day meant.
    @Test func misspeltDaysAreRefusedWithTheDayMeant() throws {
        let cli = try richCouple()
        let cadence = cli.run("ritual", "add", "Long walk", "--cadence", "weekly:mon,wed,fir")
        #expect(cadence.code == 64 && cadence.errors.contains("'fir' is not a day (did you mean fri?)"), "\(cadence.errors)")
        #expect(cli.run("ritual", "add", "Long walk", "--cadence", "weekly:frisbee").code == 64)
        let week = cli.run("settings", "--week-start", "sundy")
        #expect(week.code == 64 && week.errors.contains("'sundy' is not a day (did you mean sun?)"), "\(week.errors)")
        let rest = cli.run("settings", "--rest-days", "sat,snu")
        #expect(rest.code == 64 && rest.errors.contains("'snu' is not a day (did you mean sun?)"), "\(rest.errors)")
        #expect(cli.run("ritual", "add", "Long walk", "--cadence", "weekly:Tues,thurs").output.contains("weekly:tue,thu"))
        #expect(cli.run("ritual", "add", "Swim", "--cadence", "weekly:mon,Monday").output.contains("(weekly:mon)"))
        let spaced = cli.run("ritual", "add", "Run", "--cadence", "weekly:Mon Wed")
        #expect(spaced.errors.contains("separate them with commas (Mon,Wed)"), "\(spaced.errors)")
        #expect(!cli.run("ritual", "add", "Run", "--cadence", "weekly:lundi").errors.contains("did you mean"))
        let two = cli.run("settings", "--week-start", "mon,tue")
        #expect(two.code == 64 && two.errors.contains("give one day"), "\(two.errors)")
        let twice = cli.run("settings", "--rest-days", "fri,fri")
        #expect(twice.output.contains("Rest days: fri\n"), "\(twice.output)")
        #expect(cli.run("settings", "--rest-days", "mon,tue,wed,thu,fri,sat,sun").errors.contains("every day is a rest day"))
        // A date with the day first, or a day its month lacks, says so.
        for (on, said) in [
            ("31/04", "the month comes first, and month 4 has no day 31"), ("14-03", "the month comes first: 03-14"),
            ("04-31", "month 4 has no day 31"), ("2027-02-29", "2027 has no 29 Feb"), ("12/25", "write it 12-25"),
        ] {
            let date = cli.run("partner", "date", "add", "Sam", "Birthday", "--on", on)
            #expect(date.code == 64 && date.errors.contains("(\(said))"), "\(on): \(date.errors)")
        }
    }

    /// A removed date or hard day says how to add it back (nothing asks first, and `undo`
    /// takes back moments only); a ritual's mark names the journal in its hints only when the
    /// person named it (they showed the default journal's path: a new user's trial).
    @Test func removalsSayHowToAddBackAndMarksDoNotNameTheDefaultJournal() throws {
        let cli = try richCouple()
        cli.setUp("partner", "date", "add", "Sam", "Our anniversary", "--on", "2019-06-01")
        let date = cli.run("partner", "date", "remove", "Sam", "Our anniv")
        #expect(
            date.output.contains("To add it back: `micromance partner date add Sam 'Our anniversary' --on 2019-06-01`."), "\(date.output)")
        cli.setUp("partner", "date", "add", "Sam", "Moving day", "--on", "2027-05-01", "--once")
        #expect(cli.run("partner", "date", "remove", "Sam", "Moving").output.contains("--on 2027-05-01 --once`."))
        let hard = cli.run("partner", "stressor", "remove", "Sam", "Board")
        #expect(hard.output.contains("`micromance partner stressor add Sam 'Board presentation' --on 2026-11-26`"), "\(hard.output)")
        cli.setUp("ritual", "add", "Evening stroll", "--cadence", "daily")
        let mark = cli.run("ritual", "done", "Evening stroll", "--at", "yesterday 7pm")
        #expect(
            mark.code == 0 && mark.output.contains("micromance edit") && !mark.output.contains("--store"), "\(mark.output)\(mark.errors)")
        let named = cli.run("ritual", "done", "Evening stroll", "--at", "2026-11-22 20:00", "--store", cli.storePath)
        #expect(named.output.contains("--store \(cli.storePath)"), "\(named.output)\(named.errors)")
    }
}
