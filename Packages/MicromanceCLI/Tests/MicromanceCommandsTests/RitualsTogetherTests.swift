import Foundation
import MicromanceModel
import Testing

@testable import MicromanceCommands

/// A ritual done together is both partners' doing and both partners' to receive, wherever the
/// report or `partner show` counts giving and receiving: the balance of giving agrees with the
/// "Given" bars, and neither partner is told they did most of the giving for marking the
/// rituals (a new user's trial found "Ana gave 75%" beside bars of 21 and 21).
@Suite struct RitualsTogetherTests {
    @Test func theBalanceCountsRitualsForBoth() throws {
        let cli = try CommandHarness(now: "2026-12-07T22:00:00-08:00", timeZone: "America/Vancouver")
        cli.setUp("init", "--me", "Ana")
        cli.setUp("partner", "add", "Ben")
        cli.setUp("ritual", "add", "Breakfast together")
        cli.setUp("ritual", "add", "Evening walk")
        for day in 1...7 {
            cli.setUp("ritual", "done", "breakfast", "--at", "2026-12-0\(day) 08:00")
            cli.setUp("ritual", "done", "evening walk", "--at", "2026-12-0\(day) 19:00")
            cli.setUp("log", "Made her tea", "--from", "Ben", "--language", "service", "--at", "2026-12-0\(day) 09:00")
            cli.setUp("log", "Wrote him a note", "--language", "words", "--at", "2026-12-0\(day) 10:00")
        }
        let report = cli.run("report")
        #expect(report.code == 0, "\(report.errors)")
        #expect(report.output.contains("Ana       ████████████████████ 21") && report.output.contains("Ben       ████████████████████ 21"))
        #expect(!report.output.contains("of the giving"), "no one-sided balance: \(report.output)")
        #expect(report.output.contains("the most either of you gave was 50%"), "\(report.output)")

        let json = try #require(
            JSONSerialization.jsonObject(with: Data(cli.run("report", "--json").output.utf8)) as? [String: Any])
        let data = try #require(json["data"] as? [String: Any])
        let findings = try #require(data["findings"] as? [[String: Any]])
        let balance = try #require(findings.first { $0["strategy"] as? String == "reciprocity" })
        let numbers = try #require(balance["numbers"] as? [String: Double])
        #expect(numbers["share.ana"] == 0.5 && numbers["share.ben"] == 0.5, "\(numbers)")
        // Each received breakfast's quality time too, not only the one logged as receiving it.
        let partners = try #require(data["partners"] as? [[String: Any]])
        for partner in partners {
            let received = try #require(partner["receivedByLanguage"] as? [String: Int])
            #expect(received["time"] == 7, "\(partner["id"] ?? "?"): \(received)")
        }

        for name in ["Ana", "Ben"] {
            let shown = cli.run("partner", "show", name).output
            #expect(shown.contains("Moments: gave 21, received 21 (rituals done together count for both)"), "\(name): \(shown)")
        }
    }

    /// A ritual's mark keeps a catalog idea only when its words name one: a guess would be
    /// repeated on every mark, and suggestions read it as that idea done daily (a trial's
    /// "Evening tea on the balcony" was stored as a game, and games then ranked last).
    @Test func aRitualsMarkCarriesNoGuessedIdea() throws {
        let cli = try CommandHarness(now: "2026-12-05T22:00:00-08:00", timeZone: "America/Vancouver")
        cli.setUp("init", "--me", "Noor")
        cli.setUp("partner", "add", "Tobias", "--ranking", "time,touch")
        cli.setUp("ritual", "add", "Evening tea on the balcony", "--language", "time")
        cli.setUp("ritual", "add", "Morning coffee together")
        let tea = cli.run("ritual", "done", "evening tea", "--at", "21:00")
        #expect(tea.code == 0 && !tea.output.contains("like the catalog idea"), "\(tea.output)")
        cli.setUp("ritual", "done", "morning coffee", "--at", "07:00")
        let history = try #require(
            JSONSerialization.jsonObject(with: Data(cli.run("history", "--json").output.utf8)) as? [String: Any])
        let moments = try #require(history["data"] as? [[String: Any]])
        let byTitle = Dictionary(moments.map { ($0["title"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byTitle["Evening tea on the balcony"]?["gesture"] == nil, "\(byTitle)")
        #expect(byTitle["Evening tea on the balcony"]?["language"] as? String == "time")
        // A ritual whose words are a catalog idea keeps it.
        #expect(byTitle["Morning coffee together"]?["gesture"] as? String == "morning-coffee-together", "\(byTitle)")
        // A language given that the matched idea does not speak drops the idea, as `edit` does.
        cli.setUp("log", "Made his coffee", "--language", "time")
        let logged = try #require(
            JSONSerialization.jsonObject(with: Data(cli.run("history", "--json", "--limit", "1").output.utf8)) as? [String: Any])
        let last = try #require((logged["data"] as? [[String: Any]])?.first)
        #expect(last["gesture"] == nil && last["language"] as? String == "time", "\(last)")
    }

    /// Both phones marked one Sunday stroll before either saw the other's mark (a seventh
    /// trial: one stroll was two moments, two given by each and two of quality time). Both
    /// marks stay; every count takes one.
    @Test func aRitualMarkedOnBothPhonesCountsOnce() throws {
        let cli = try CommandHarness(now: "2027-03-07T18:00:00-05:00", timeZone: "America/Toronto")
        cli.setUp("init", "--me", "Nadia")
        cli.setUp("partner", "add", "Kofi")
        cli.setUp("ritual", "add", "Sunday market stroll", "--language", "time")
        cli.setUp("ritual", "done", "sunday market stroll", "--at", "10:00")
        // What the other phone's `ritual done` wrote, two minutes later, before the sync.
        cli.setUp("log", "Sunday market stroll", "--ritual", "sunday-market-stroll", "--from", "Kofi", "--at", "10:02")
        cli.setUp("log", "Wrote him a note", "--language", "words", "--at", "12:00")
        let json = try #require(
            JSONSerialization.jsonObject(with: Data(cli.run("report", "--json").output.utf8)) as? [String: Any])
        let summary = try #require((json["data"] as? [String: Any])?["summary"] as? [String: Any])
        #expect(summary["moments"] as? Int == 2, "\(summary)")
        #expect(summary["byLanguage"] as? [String: Int] == ["time": 1, "words": 1], "\(summary)")
        let given = try #require(summary["byGiver"] as? [[String: Any]])
        #expect(given.map { "\($0["name"] ?? "")=\($0["count"] ?? "")" }.sorted() == ["Kofi=1", "Nadia=2"], "\(given)")
        let shown = cli.run("partner", "show", "Kofi").output
        #expect(shown.contains("Moments: gave 1, received 2"), "\(shown)")
        // Both marks are kept; `today` counts as the report does.
        #expect(cli.run("history").output.components(separatedBy: "Sunday market stroll").count == 3)
        let today = try #require(
            JSONSerialization.jsonObject(with: Data(cli.run("today", "--json").output.utf8)) as? [String: Any])
        let digest = try #require(today["data"] as? [String: Any])
        #expect(digest["gesturesToday"] as? Int == 2, "\(digest)")
    }

    /// Dawit's call at 09:00 in Auckland is Ines's 20:00 the evening before in Lisbon: her mark
    /// of the next evening's call, the same date there, is another time (a trial lost two
    /// evening calls this way).
    @Test func aDayApartInFarZonesIsAnotherTime() throws {
        let cli = try CommandHarness(now: "2027-03-24T20:05:00+00:00", timeZone: "Europe/Lisbon")
        cli.setUp("init", "--me", "Ines")
        cli.setUp("partner", "add", "Dawit")
        cli.setUp("settings", "--partner-time-zone", "Dawit=Pacific/Auckland")
        cli.setUp("ritual", "add", "Evening call", "--language", "time")
        cli.setUp("ritual", "done", "evening call", "--from", "Dawit", "--at", "2027-03-24T09:00:00+13:00")
        let tonight = cli.run("ritual", "done", "evening call")
        #expect(tonight.code == 0 && !tonight.output.contains("nothing logged"), "\(tonight.output)")
        #expect(cli.run("history").output.components(separatedBy: "Evening call").count == 3)
    }

    /// One tea over a video call, marked by Nadia on her Tuesday evening in Toronto and then by
    /// Kofi on his Wednesday morning in Tokyo: the same time, not a second day of the ritual.
    @Test func aMarkFromAnotherZoneMinutesAgoIsTheSameTime() throws {
        let cli = try CommandHarness(now: "2027-02-24T09:05:00+09:00", timeZone: "Asia/Tokyo")
        cli.setUp("init", "--me", "Kofi")
        cli.setUp("partner", "add", "Nadia")
        cli.setUp("settings", "--partner-time-zone", "Nadia=America/Toronto")
        cli.setUp("ritual", "add", "Tea and ten minutes", "--language", "time")
        cli.setUp("ritual", "done", "tea", "--from", "Nadia", "--at", "2027-02-23T19:00:00-05:00")
        let second = cli.run("ritual", "done", "tea")
        #expect(second.code == 0)
        #expect(second.output.contains("was marked done by Nadia 5 minutes ago (Tue 23 Feb 19:00, their time)"), "\(second.output)")
        #expect(second.output.contains("nothing logged"))
        #expect(cli.run("history").output.components(separatedBy: "Tea and ten minutes").count == 2)
        // A day apart it is another time.
        let before = cli.run("ritual", "done", "tea", "--at", "2027-02-22T20:00:00+09:00")
        #expect(before.code == 0 && !before.output.contains("nothing logged"), "\(before.output)")
    }

    /// A bid turned away was given, not received: `partner show` says why its two counts differ
    /// (a trial read "gave 56" beside "received 55" as a lost moment).
    @Test func partnerShowSaysWhyABidTurnedAwayIsNotReceived() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        cli.setUp("log", "Showed him a funny video", "--kind", "bid", "--response", "away", "--language", "time")
        cli.setUp("log", "Made him tea")
        let shown = cli.run("partner", "show", "Sam").output
        #expect(shown.contains("Moments: gave 0, received 1 (1 bid they turned away or against not counted as received)"), "\(shown)")
        #expect(cli.run("partner", "show", "Alex").output.contains("Moments: gave 2, received 0\n"))
    }
}
