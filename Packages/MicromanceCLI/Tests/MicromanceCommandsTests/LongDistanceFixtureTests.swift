import Foundation
import MicromanceModel
import Testing

@testable import MicromanceCommands

/// Two weeks of a long-distance couple, logged from both devices through a shared sync folder,
/// checked on every surface against a ledger kept by hand.
///
/// Lea is at home in Berlin (the journal's home zone), Tomás in Buenos Aires. Berlin leaves
/// summer time on Sunday 25 October 2026 (03:00 CEST becomes 02:00 CET), so the two are five
/// hours apart in the first week and four in the second; Buenos Aires keeps -03:00. Each
/// moment below is logged on its giver's own phone, in the giver's own time, a few minutes
/// after it happened.
///
/// The ledger, each moment on the day of the person who lived it (Berlin time in brackets where
/// it is another day there):
///
/// | day        | Lea                                         | Tomás                                           | n |
/// |------------|---------------------------------------------|-------------------------------------------------|---|
/// | Mon 19 Oct | 08:00 voice note; 22:00 goodnight call (R)  |                                                 | 2 |
/// | Tue 20     |                                             | 23:30 read her chapter draft (Wed 04:30)        | 1 |
/// | Wed 21     | 22:00 goodnight call (R)                    |                                                 | 1 |
/// | Thu 22     | her thesis defence (a hard day)             | 06:00 good-luck message; 16:30 goodnight call (R) | 2 |
/// | Fri 23     | 00:15 thanked him for staying up (Thu 19:15 in BA) |                                          | 1 |
/// | Sat 24     | 21:00 goodnight call (R); 23:45 a playlist  |                                                 | 2 |
/// | Sun 25     | 10:00 Sunday letter (weekly, hers alone)    | 20:30 the same film at once (Mon 00:30)         | 2 |
/// | Mon 26     | 21:00 goodnight call (R)                    | 12:00 a photo of the market                     | 2 |
/// | Tue 27     |                                             | 17:00 goodnight call (R)                        | 1 |
/// | Wed 28     | 04:30 sang happy birthday at his midnight   | his birthday; 21:00 thanked her (Thu 01:00)     | 2 |
/// | Thu 29     |                                             |                                                 | 0 |
/// | Fri 30     | 19:00 goodnight call (R)                    | 08:00 good-morning message                      | 2 |
/// | Sat 31     | 22:00 goodnight call (R)                    | 23:50 a long voice note (Sun 03:50)             | 2 |
/// | Sun 1 Nov  | 11:00 a parcel of his favourite tea         |                                                 | 1 |
///
/// (R) is the daily goodnight call, a ritual the two do together: it counts for both.
///
/// By hand: 21 moments on 13 of 14 days; the streak on Sunday 1 November is 3 (Fri to Sun, after
/// the empty Thursday), the longest 10 (Mon 19 to Wed 28). Lea gave on 12 days (every day but
/// Tue 20 and Thu 29), Tomás on 11 (not Fri 23, Thu 29 or Sun 1). Who gave what, with the
/// calls credited to both: Lea 12 of her own + 2 of his calls = 14, Tomás 9 + 6 = 15. On
/// Sunday evening neither ritual has been kept yet that day, and a day not over is not a day
/// missed: the goodnight call was kept on 8 of its 13 days so far, the Sunday letter on 1 of 1
/// (Sunday 25). The consistency
/// score (Loop's, m = 0.5^(1/13)) over 10 days done, 1 missed, 3 done, from 0: 48.2%.
/// Counted in Berlin's days instead, Tue 20 would be empty and Thu 29 not: streak 4, longest 12.
@Suite struct LongDistanceFixtureTests {
    static let berlin = "Europe/Berlin"
    static let buenosAires = "America/Argentina/Buenos_Aires"

    /// Each step: whose phone, when (in that phone's own time), and the command.
    static let steps: [(device: String, at: String, arguments: [String])] = [
        ("lea", "2026-10-19T07:00:00+02:00", ["init", "--time-zone", berlin, "--me", "Lea"]),
        ("lea", "2026-10-19T07:01:00+02:00", ["partner", "add", "Tomás", "--ranking", "time,words"]),
        (
            "lea", "2026-10-19T07:02:00+02:00",
            ["settings", "--partner-time-zone", "Tomás=\(buenosAires)", "--partner-time-zone", "Lea=\(berlin)"]
        ),
        ("lea", "2026-10-19T07:03:00+02:00", ["ritual", "add", "Goodnight call", "--cadence", "daily", "--language", "time"]),
        (
            "lea", "2026-10-19T07:04:00+02:00",
            ["ritual", "add", "Sunday letter", "--cadence", "weekly:sun", "--with", "Lea", "--language", "words"]
        ),
        ("lea", "2026-10-19T07:05:00+02:00", ["partner", "date", "add", "Tomás", "Birthday", "--on", "10-28"]),
        ("lea", "2026-10-19T07:06:00+02:00", ["partner", "stressor", "add", "Lea", "Thesis defence", "--on", "2026-10-22"]),
        ("tomas", "2026-10-19T02:10:00-03:00", ["init", "--me", "tomas"]),
        ("lea", "2026-10-19T08:05:00+02:00", ["log", "Voice note for his morning", "--at", "08:00"]),
        ("lea", "2026-10-19T22:05:00+02:00", ["ritual", "done", "Goodnight", "--at", "22:00"]),
        ("tomas", "2026-10-20T23:35:00-03:00", ["log", "Read her chapter draft", "--at", "23:30"]),
        ("lea", "2026-10-21T22:05:00+02:00", ["ritual", "done", "Goodnight", "--at", "22:00"]),
        ("tomas", "2026-10-22T06:05:00-03:00", ["log", "Good-luck message before her defence", "--at", "06:00", "--language", "words"]),
        ("tomas", "2026-10-22T16:35:00-03:00", ["ritual", "done", "Goodnight", "--at", "16:30"]),
        ("lea", "2026-10-23T00:20:00+02:00", ["log", "Thanked him for staying up", "--at", "00:15", "--language", "words"]),
        ("lea", "2026-10-24T21:05:00+02:00", ["ritual", "done", "Goodnight", "--at", "21:00"]),
        ("lea", "2026-10-24T23:50:00+02:00", ["log", "Sent a playlist for his week", "--at", "23:45", "--language", "gifts"]),
        ("lea", "2026-10-25T10:05:00+01:00", ["ritual", "done", "Sunday letter", "--at", "10:00"]),
        ("tomas", "2026-10-25T20:35:00-03:00", ["log", "Watched the same film at once", "--at", "20:30", "--language", "time"]),
        ("tomas", "2026-10-26T12:05:00-03:00", ["log", "Sent a photo of the market", "--at", "12:00", "--language", "gifts"]),
        ("lea", "2026-10-26T21:05:00+01:00", ["ritual", "done", "Goodnight", "--at", "21:00"]),
        ("tomas", "2026-10-27T17:05:00-03:00", ["ritual", "done", "Goodnight", "--at", "17:00"]),
        ("lea", "2026-10-28T04:35:00+01:00", ["log", "Sang happy birthday at his midnight", "--at", "04:30", "--language", "words"]),
        ("tomas", "2026-10-28T21:05:00-03:00", ["log", "Thanked her for the birthday call", "--at", "21:00", "--language", "words"]),
        ("tomas", "2026-10-30T08:05:00-03:00", ["log", "Good-morning message", "--at", "08:00", "--language", "words"]),
        ("lea", "2026-10-30T19:05:00+01:00", ["ritual", "done", "Goodnight", "--at", "19:00"]),
        ("lea", "2026-10-31T22:05:00+01:00", ["ritual", "done", "Goodnight", "--at", "22:00"]),
        ("tomas", "2026-10-31T23:55:00-03:00", ["log", "A long voice note before sleep", "--at", "23:50", "--language", "words"]),
        ("lea", "2026-11-01T11:05:00+01:00", ["log", "Sent a parcel of his favourite tea", "--at", "11:00", "--language", "gifts"]),
    ]

    /// The couple's two phones, each with its own clock and zone, after every step synced.
    static func logged() throws -> CopiedFolders {
        let devices = try CopiedFolders(["lea", "tomas"], timeZone: berlin)
        for step in steps {
            devices.cli.now = try #require(Timestamp.parse(step.at))
            devices.cli.timeZone = try #require(TimeZone(identifier: step.device == "lea" ? berlin : buenosAires))
            let result = devices.cli.runList(step.arguments, variables: devices.variables(step.device))
            #expect(result.code == 0, "\(step.device) at \(step.at): \(step.arguments): \(result.errors)")
            try devices.sync()
        }
        return devices
    }

    /// Runs a command on one phone at a given time.
    static func run(_ devices: CopiedFolders, _ device: String, at: String, _ arguments: String...) throws -> String {
        devices.cli.now = try #require(Timestamp.parse(at))
        devices.cli.timeZone = try #require(TimeZone(identifier: device == "lea" ? berlin : buenosAires))
        let result = devices.cli.runList(arguments, variables: devices.variables(device))
        #expect(result.code == 0, "\(device): \(arguments): \(result.errors)")
        return result.output
    }

    static func data(_ json: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return try #require(object?["data"] as? [String: Any])
    }

    /// The ledger's figures, on both phones, in text, JSON, the page and `today`.
    @Test func everySurfaceMatchesTheLedgerOnBothPhones() throws {
        let devices = try Self.logged()
        let sunday = (lea: "2026-11-01T20:00:00+01:00", tomas: "2026-11-01T16:00:00-03:00")  // the same instant
        var seen = [String]()
        for (device, at) in [("lea", sunday.lea), ("tomas", sunday.tomas)] {
            let report = try Self.data(try Self.run(devices, device, at: at, "report", "--days", "14", "--json"))
            let summary = try #require(report["summary"] as? [String: Any])
            #expect(summary["moments"] as? Int == 21, "\(device)")
            #expect(summary["activeDays"] as? Int == 13, "\(device)")
            let streaks = try #require(summary["streaks"] as? [String: Any])
            #expect(streaks["current"] as? Int == 3 && streaks["longest"] as? Int == 10, "\(device): \(streaks)")
            let consistency = try #require(summary["consistency"] as? Double)
            #expect(abs(consistency - 0.4817) < 0.0005, "\(device): \(consistency)")
            let byGiver = try #require(summary["byGiver"] as? [[String: Any]])
            let given = Dictionary(
                uniqueKeysWithValues: byGiver.compactMap { row in (row["name"] as? String).map { ($0, row["count"] as? Int ?? -1) } })
            #expect(given == ["Lea": 14, "Tomás": 15], "\(device): \(given)")
            let rituals = try #require(report["rituals"] as? [[String: Any]])
            let kept = Dictionary(
                uniqueKeysWithValues: rituals.compactMap { row in
                    (row["title"] as? String).map { ($0, "\(row["kept"] as? Int ?? -1) of \(row["due"] as? Int ?? -1)") }
                })
            #expect(kept == ["Goodnight call": "8 of 13", "Sunday letter": "1 of 1"], "\(device): \(kept)")
            let days = try #require(report["days"] as? [String: Any])
            #expect(days["journalFirst"] as? String == "2026-10-19")
            let scores = try #require(days["scores"] as? [Double])
            #expect(scores.count == 14 && scores.last == consistency, "the score line ends at the summary's consistency")

            // The findings say who gave on how many days.
            let findings = (report["findings"] as? [[String: Any]] ?? []).compactMap { $0["sentence"] as? String }
            #expect(findings.contains { $0.contains("Lea gave on 12 of 14 days") }, "\(device): \(findings)")
            #expect(findings.contains { $0.contains("Tomás gave on 11 of 14 days") }, "\(device): \(findings)")

            let text = try Self.run(devices, device, at: at, "report", "--days", "14")
            #expect(text.contains("21 moments on 13 of 14 days"), "\(device): \(text)")
            #expect(text.contains("Streak: 3 days (longest 10)"), "\(device): \(text)")
            #expect(text.contains("Consistency score: 48%"), "\(device)")

            let page = try Self.run(devices, device, at: at, "report", "--days", "14", "--format", "html")
            #expect(page.contains("<b>21</b>") && page.contains("<b>13 of 14</b>") && page.contains("<b>3 days (longest 10)</b>"))
            #expect(page.contains("<b>48%</b>"))
            #expect(page.contains("<tr><td>Tomás</td><td>15</td></tr>") && page.contains("<tr><td>Lea</td><td>14</td></tr>"))
            #expect(page.contains("<title>Thu 29 Oct 2026: 0 moments</title>") && page.contains("<title>Tue 20 Oct 2026: 1 moment</title>"))
            #expect(page.contains("<title>Sun 18 Oct 2026: before the journal began</title>"))

            let today = try Self.data(try Self.run(devices, device, at: at, "today", "--json"))
            #expect(today["streak"] as? Int == 3 && today["consistency"] as? Double == consistency, "\(device): \(today)")
            #expect(today["day"] as? String == "2026-11-01")
            seen.append(try Self.run(devices, device, at: at, "history", "--all", "--json"))
            let rows = try Self.run(devices, device, at: at, "history", "--all")
            #expect(rows.contains("Times are each giver's own (America/Argentina/Buenos_Aires, Europe/Berlin)"), "\(rows)")
        }
        #expect(seen[0] == seen[1], "the two phones list the same moments")
    }

    /// Each phone's clock, and a partner's dates and hard days on that partner's own day.
    @Test func datesAndClocksAreEachPartnersOwn() throws {
        let devices = try Self.logged()
        // Tuesday 27 October, 22:00 in Buenos Aires: already his birthday in Berlin, not for him.
        let eve = try Self.run(devices, "lea", at: "2026-10-28T02:00:00+01:00", "today", "--ahead", "2")
        #expect(eve.contains("Tomás: Birthday, tomorrow"), "\(eve)")
        let clocks = try Self.data(try Self.run(devices, "lea", at: "2026-10-28T02:00:00+01:00", "today", "--json"))
        let partners = try #require(clocks["partners"] as? [[String: Any]])
        let tomas = try #require(partners.first { $0["name"] as? String == "Tomás" })
        #expect(tomas["localTime"] as? String == "2026-10-27T22:00:00-03:00" && tomas["day"] as? String == "2026-10-27")
        #expect(tomas["timeZone"] as? String == Self.buenosAires)
        let lea = try #require(partners.first { $0["name"] as? String == "Lea" })
        #expect(lea["localTime"] as? String == "2026-10-28T02:00:00+01:00" && lea["day"] as? String == "2026-10-28")
        // Wednesday 21 October, 20:00 in Buenos Aires (01:00 on the 22nd in Berlin): her defence is today for her.
        let before = try Self.run(devices, "tomas", at: "2026-10-21T20:00:00-03:00", "today", "--ahead", "2")
        #expect(before.contains("Thesis defence, today"), "\(before)")
        // His phone knows him by his real name, typed without the accent at init.
        #expect(try Self.run(devices, "tomas", at: "2026-11-01T16:00:00-03:00", "me").contains("you are Tomás"))
        // The calendar on his phone carries her hard day.
        let calendar = try Self.run(
            devices, "tomas", at: "2026-10-19T12:00:00-03:00", "calendar", "--partner", "tomas")
        #expect(calendar.contains("Thesis defence"), "\(calendar.prefix(800))")
    }

    /// His phone is his: its digest has ideas for Lea and Lea's clock, its today is his day
    /// (Saturday 31 October at 23:55 his time, already Sunday in Berlin), and day words there
    /// mean his days.
    @Test func hisPhoneRunsOnHisDay() throws {
        let devices = try Self.logged()
        let late = "2026-10-31T23:58:00-03:00"
        let digest = try Self.run(devices, "tomas", at: late, "today")
        #expect(digest.hasPrefix("Saturday 31 October 2026"), "\(digest.prefix(200))")
        #expect(digest.contains("Ideas for Lea") && !digest.contains("Ideas for Tomás"), "\(digest)")
        #expect(digest.contains("for Lea (Europe/Berlin)") && !digest.contains("for Tomás ("), "\(digest)")
        #expect(digest.contains("Streak 2 days"), "Fri 30 and his Sat 31 (his voice note at 23:50): \(digest)")
        let json = try Self.data(try Self.run(devices, "tomas", at: late, "today", "--json"))
        #expect(json["day"] as? String == "2026-10-31")
        // Lea's phone at the same instant is on her Sunday.
        let hers = try Self.data(try Self.run(devices, "lea", at: "2026-11-01T03:58:00+01:00", "today", "--json"))
        #expect(hers["day"] as? String == "2026-11-01")
        // "tomorrow" typed on his phone is his tomorrow.
        _ = try Self.run(devices, "tomas", at: late, "partner", "stressor", "add", "Lea", "Early flight", "--on", "tomorrow")
        let shown = try Self.run(devices, "tomas", at: late, "partner", "show", "Lea")
        #expect(shown.contains("Early flight on Sun 1 Nov 2026"), "\(shown)")
        #expect(shown.contains("gave 14, received ") && shown.contains("(rituals done together count for both)"), "\(shown)")
    }

    /// Advice for a partner eleven thousand kilometres away works at a distance, on both phones.
    @Test func adviceWorksAtADistance() throws {
        let devices = try Self.logged()
        let together = ["warm-towel", "goodbye-kiss", "welcome-home-hug", "pack-their-lunch", "note-in-bag", "hand-on-back"]
        for (device, at, receiver) in [
            ("lea", "2026-11-01T20:00:00+01:00", "Tomás"), ("tomas", "2026-11-01T16:00:00-03:00", "Lea"),
        ] {
            let ideas = try Self.run(devices, device, at: at, "suggest", "--for", receiver, "--count", "10", "--json")
            for id in together { #expect(!ideas.contains("\"\(id)\""), "\(device): \(id) suggested apart") }
        }
    }
}
