import Foundation
import MicromanceModel
import MicromanceStore
import Testing

@testable import MicromanceCommands

/// A long-distance couple: Lea at home in Berlin, Tomás in Buenos Aires. A day is the day of
/// the person who lived it, and a name typed without its accent is the same person.
@Suite struct LongDistanceCommandTests {
    static func couple() throws -> CommandHarness {
        let cli = try CommandHarness(now: "2026-11-10T10:00:00+01:00", timeZone: "Europe/Berlin")
        cli.setUp("init", "--time-zone", "Europe/Berlin", "--me", "Lea")
        cli.setUp("partner", "add", "Tomás")
        cli.setUp("settings", "--partner-time-zone", "Tomás=America/Argentina/Buenos_Aires")
        return cli
    }

    /// Tomás logs at 23:30 his time on three nights running: already the next day in Berlin,
    /// but his 10, 11 and 12 November, a three-day streak.
    @Test func aMomentFallsOnTheGiversOwnDay() throws {
        let cli = try Self.couple()
        var last = ""
        for day in 10...12 {
            cli.now = try #require(Timestamp.parse("2026-11-\(day)T23:45:00-03:00"))
            let logged = cli.run("log", "Read her chapter draft", "--from", "tomas", "--at", "23:30")
            #expect(logged.code == 0, "\(logged.errors)")
            last = logged.output
        }
        #expect(last.contains("Streak: 3 days"), "\(last)")
        let history = cli.run("history", "--json").output
        #expect(history.contains("\"at\" : \"2026-11-12T23:30:00-03:00\""), "\(history)")
        #expect(history.contains("America/Argentina/Buenos_Aires"))
        // Lea's own moments keep hers.
        cli.setUp("log", "Sent a voice note", "--from", "Lea")
        #expect(cli.run("history", "--json").output.contains("Europe/Berlin"))
    }

    /// Tomás's moment at 21:00 his time is his Tuesday, while Berlin is already at Wednesday
    /// 01:00: `today` in Berlin has nothing for Wednesday, and says where the moment went
    /// instead of only "no moments yet" (a new user's trial took it for lost).
    @Test func todaySaysWhereAMomentJustLoggedCounts() throws {
        let cli = try Self.couple()
        cli.now = try #require(Timestamp.parse("2026-11-11T01:00:00+01:00"))
        #expect(cli.run("log", "Sent a voice note", "--from", "tomas").code == 0)
        let today = cli.run("today").output
        #expect(today.contains("no moments yet"), "\(today)")
        #expect(today.contains("Nothing yet today: \"Sent a voice note\" counts for Tue 10 Nov 2026, Tomás's day"), "\(today)")
        // Half a day later it is old news.
        cli.now += 13 * 3600
        #expect(cli.run("today").output.contains("Nothing yet today; one small thing is enough."))
    }

    @Test func aNameTypedWithoutItsAccentIsThePartner() throws {
        let cli = try Self.couple()
        let me = cli.run("me", "tomas")
        #expect(me.code == 0 && me.output.contains("you are Tomás."), "\(me.output)\(me.errors)")
        #expect(try JSONJournalStore(path: cli.storePath).load().partners.count == 2, "a third partner was added")
        #expect(cli.run("log", "Called before her meeting").code == 0, "log needs --from and --to again")
        let stranger = cli.run("me", "Zed")
        #expect(stranger.code == 64 && stranger.errors.contains("Lea") && stranger.errors.contains("Tomás"), "\(stranger.errors)")
        #expect(try JSONJournalStore(path: cli.storePath).load().partners.count == 2)
    }

    /// On a Tuesday, `wednesday` is tomorrow and `next wednesday` eight days on; `partner date
    /// add` takes the day words too.
    @Test func dayWordsMeanWhatPeopleMean() throws {
        let cli = try CommandHarness(now: "2026-11-24T10:00:00+01:00", timeZone: "Europe/Berlin")  // a Tuesday
        let zone = try #require(TimeZone(identifier: "Europe/Berlin"))
        let now = try #require(Timestamp.parse("2026-11-24T10:00:00+01:00"))
        #expect(DayWords.parse("wednesday", now: now, zone: zone)?.description == "2026-11-25")
        #expect(DayWords.parse("next wednesday", now: now, zone: zone)?.description == "2026-12-02")
        #expect(DayWords.parse("tuesday", now: now, zone: zone)?.description == "2026-11-24")
        #expect(DayWords.parse("next tuesday", now: now, zone: zone)?.description == "2026-12-01")
        #expect(DayWords.parse("friday", now: now, zone: zone) != DayWords.parse("next friday", now: now, zone: zone))
        #expect(DayWords.parse("friday next", now: now, zone: zone) == DayWords.parse("next friday", now: now, zone: zone))
        #expect(DayWords.parse("friday blue", now: now, zone: zone) == nil, "a second word it does not know is refused, not dropped")
        // Months and years, to the same day of the month or the month's last.
        #expect(DayWords.parse("3 years ago", now: now, zone: zone)?.description == "2023-11-24")
        #expect(DayWords.parse("2 months ago", now: now, zone: zone)?.description == "2026-09-24")
        #expect(DayWords.parse("1 month ago", now: now, zone: zone)?.description == "2026-10-24")
        #expect(DayWords.parse("in 3 months", now: now, zone: zone)?.description == "2027-02-24")
        #expect(DayWords.parse("12 months ago", now: now, zone: zone)?.description == "2025-11-24")
        let may31 = try #require(Timestamp.parse("2024-05-31T10:00:00+02:00"))
        #expect(DayWords.parse("3 months ago", now: may31, zone: zone)?.description == "2024-02-29")
        #expect(DayWords.parse("3 fortnights ago", now: now, zone: zone) == nil)
        cli.setUpCouple()
        let added = cli.run("partner", "date", "add", "Sam", "Dinner booked", "--on", "tomorrow", "--once")
        #expect(added.code == 0 && added.output.contains("25"), "\(added.output)\(added.errors)")
    }

    /// `log --at` says the day it read, in the giver's own zone when they keep one: at 00:30
    /// on Monday in Lisbon, "yesterday" for a partner in Denver is their Saturday.
    @Test func logSaysTheDayItRead() throws {
        let cli = try CommandHarness(now: "2026-12-07T00:30:00Z", timeZone: "Europe/Lisbon")
        cli.setUpCouple()
        cli.setUp("settings", "--partner-time-zone", "Sam=America/Denver")
        let theirs = cli.run("log", "Called her", "--from", "Sam", "--at", "yesterday 17:30")
        #expect(theirs.output.contains("At Sat 5 Dec 2026 17:30, Sam's time (America/Denver)."), "\(theirs.output)")
        let mine = cli.run("log", "Tea", "--at", "yesterday 9pm")
        #expect(mine.output.contains("At Sun 6 Dec 2026 21:00.\n"), "\(mine.output)")
        #expect(!cli.run("log", "Hug").output.contains("At "))
    }

    /// A period never counts days before the journal began.
    @Test func aYoungJournalsMonthIsItsOwnDays() throws {
        let cli = try CommandHarness(now: "2026-11-23T12:00:00+01:00", timeZone: "Europe/Berlin")
        cli.setUpCouple()
        cli.setUp("log", "First coffee", "--from", "Alex", "--to", "Sam", "--at", "2026-11-10 08:00")
        cli.setUp("log", "A hug", "--from", "Alex", "--to", "Sam", "--at", "2026-11-20 08:00")
        let report = cli.run("report", "--month", "--json")
        #expect(report.code == 0)
        #expect(report.output.contains("\"periodDays\" : 14"), "\(report.output.prefix(600))")
        #expect(!report.output.contains("\"periodDays\" : 23"))
    }

    /// An answer after `reflect --another` goes with the question that was shown.
    @Test func anAnswerGoesWithTheQuestionShown() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        cli.setUp("me", "Alex")
        let first = cli.run("reflect", "--json").output
        let other = cli.run("reflect", "--another", "--json").output
        func text(_ json: String) throws -> String {
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            return (object?["data"] as? [String: Any])?["text"] as? String ?? ""
        }
        let asked = try text(other)
        #expect(asked != (try text(first)) && !asked.isEmpty)
        cli.setUp("reflect", "--answer", "When you wait for the whole story.")
        let listed = cli.run("reflect", "--list", "--json").output
        #expect(listed.contains(asked), "the answer was filed under another question: \(listed)")
    }

    /// A partner's dates fall on his own day: at 20:30 on the 18th in Buenos Aires (already the
    /// 19th in Berlin) his birthday on the 19th is tomorrow; at 23:30 on the 19th, his time, today.
    @Test func aPartnersDateIsOnHisOwnDay() throws {
        let cli = try Self.couple()
        cli.setUp("partner", "date", "add", "Tomás", "Birthday", "--on", "11-19")
        cli.now = try #require(Timestamp.parse("2026-11-18T20:30:00-03:00"))
        let eve = cli.run("today", "--ahead", "3").output
        #expect(eve.contains("Birthday, tomorrow") && !eve.contains("Birthday, today"), "\(eve)")
        cli.now = try #require(Timestamp.parse("2026-11-19T23:30:00-03:00"))
        let late = cli.run("today", "--ahead", "3").output
        #expect(late.contains("Birthday, today"), "\(late)")
    }

    /// Apart, advice works at a distance: no towel to warm, no door to meet them at, a
    /// birthday marked from afar, and "their morning" is theirs.
    @Test func adviceWorksApart() throws {
        let cli = try Self.couple()
        cli.setUp("partner", "edit", "Tomás", "--ranking", "touch,time,words")
        cli.setUp("partner", "date", "add", "Tomás", "Birthday", "--on", "11-12")
        let together = ["warm-towel", "goodbye-kiss", "welcome-home-hug", "pack-their-lunch", "note-in-bag"]
        for arguments in [
            ["suggest", "--for", "Tomás", "--json", "--count", "10"],
            ["suggest", "--for", "Tomás", "--json", "--count", "10", "--context", "apart"],
        ] {
            let result = cli.runList(arguments)
            #expect(result.code == 0, "\(result.errors)")
            for id in together { #expect(!result.output.contains("\"\(id)\""), "\(arguments): \(id) suggested apart") }
        }
        let today = cli.run("today", "--ahead", "3").output
        #expect(!today.contains("slow morning together"), "\(today)")
        // Together again (one zone), the same journal gets them back.
        cli.setUp("settings", "--partner-time-zone", "Tomás=Europe/Berlin")
        let home = cli.run("suggest", "--for", "Tomás", "--json", "--count", "10").output
        #expect(home.contains("\"goodbye-kiss\"") || home.contains("\"hand-on-back\""), "\(home)")
        #expect(cli.run("today", "--ahead", "3").output.contains("slow morning together"))
    }

    /// A ritual done together counts for both partners on every surface: who gave what, each
    /// partner's weeks, and the history, which shows it as given together.
    @Test func aRitualDoneTogetherCountsForBothEverywhere() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        cli.setUp("ritual", "add", "Coffee together", "--cadence", "daily", "--with", "Alex,Sam")
        cli.setUp("ritual", "done", "Coffee", "--from", "Alex")
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(cli.run("report", "--json").output.utf8)) as? [String: Any])
        let data = try #require(report["data"] as? [String: Any])
        let summary = try #require(data["summary"] as? [String: Any])
        let byGiver = try #require(summary["byGiver"] as? [[String: Any]])
        let sam = try #require(byGiver.first { $0["name"] as? String == "Sam" })
        #expect(sam["count"] as? Int == 1, "\(byGiver)")
        let partners = try #require(data["partners"] as? [[String: Any]])
        let samWeeks = try #require(partners.first { $0["name"] as? String == "Sam" }?["givenPerWeek"] as? [Int])
        #expect(samWeeks.reduce(0, +) == 1, "\(samWeeks)")
        #expect(cli.run("history").output.contains("Alex & Sam"))
    }
}
