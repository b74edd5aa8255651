import Foundation
import MicromanceModel
import MicromanceStore
import Testing

@testable import MicromanceCommands

/// `micromance calendar`: the iCalendar text itself, and what goes in it. The file is also
/// read by a real parser in `scripts/calendar-test`.
@Suite struct CalendarCommandTests {
    /// A couple in Paris on Wednesday 10 March 2027, with a date, a hard day and a ritual each.
    private func couple() throws -> CommandHarness {
        let cli = try CommandHarness()
        cli.now = try #require(Timestamp.parse("2027-03-10T12:00:00+01:00"))
        for arguments in [
            ["init", "--time-zone", "Europe/Paris", "--me", "Maya"], ["partner", "add", "Jonas", "--ranking", "touch,time"],
            ["partner", "date", "add", "Jonas", "Birthday", "--on", "03-22"],
            ["partner", "date", "add", "Maya", "Leap day", "--on", "02-29"],
            ["partner", "date", "add", "Maya", "Old exam", "--on", "2027-01-05", "--once"],
            ["partner", "stressor", "add", "Jonas", "Review; board, \"big\"", "--on", "2027-03-29"],
            ["ritual", "add", "Check-in call", "--cadence", "weekdays", "--with", "Jonas"],
            ["ritual", "add", "Walk", "--cadence", "weekly:sat,mon", "--with", "Maya"],
        ] {
            let result = cli.runList(arguments)
            #expect(result.code == 0, "\(arguments): \(result.errors)")
        }
        return cli
    }

    /// The unfolded content lines of an iCalendar text.
    private func contentLines(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    /// The events, each as its unfolded lines.
    private func events(_ text: String) -> [[String]] {
        var all = [[String]](), current: [String]?
        for line in contentLines(text) {
            if line == "BEGIN:VEVENT" {
                current = []
            } else if line == "END:VEVENT", let done = current {
                all.append(done); current = nil
            } else {
                current?.append(line)
            }
        }
        return all
    }

    @Test func theFileHoldsDatesHardDaysAndRitualsWithStableIDs() throws {
        let cli = try couple()
        let path = cli.folder + "/micromance.ics"
        let result = cli.run("calendar", "--out", path)
        #expect(result.code == 0, "\(result.errors)")
        #expect(result.output.contains("1 date") == false && result.output.contains("2 dates"))
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let all = events(text)
        let summaries = all.compactMap { $0.first { $0.hasPrefix("SUMMARY:") } }
        #expect(
            Set(summaries) == [
                "SUMMARY:Jonas: Birthday", "SUMMARY:Maya: Leap day", "SUMMARY:Jonas: Review\\; board\\, \"big\" (a hard day)",
                "SUMMARY:Tomorrow is hard for Jonas: Review\\; board\\, \"big\"",
                "SUMMARY:Ask Jonas how it went: Review\\; board\\, \"big\"", "SUMMARY:Ritual: Check-in call (Jonas)",
                "SUMMARY:Ritual: Walk (Maya)",
            ])  // the one-off date that has passed is left out
        func event(_ summary: String) -> [String] { all.first { $0.contains("SUMMARY:" + summary) } ?? [] }
        #expect(event("Maya: Leap day").contains("RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"))
        #expect(event("Maya: Leap day").contains("DTSTART;VALUE=DATE:20270228"))
        #expect(event("Jonas: Birthday").contains("TRIGGER:-PT15H"))
        #expect(event("Tomorrow is hard for Jonas: Review\\; board\\, \"big\"").contains("DTSTART;TZID=Europe/Paris:20270328T200000"))
        #expect(event("Ask Jonas how it went: Review\\; board\\, \"big\"").contains("DTSTART;TZID=Europe/Paris:20270330T180000"))
        let walk = event("Ritual: Walk (Maya)")
        #expect(walk.contains("RRULE:FREQ=WEEKLY;BYDAY=MO,SA") && walk.contains("DTSTART;TZID=Europe/Paris:20270313T090000"))
        #expect(event("Ritual: Check-in call (Jonas)").contains("RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"))
        let zone = contentLines(text).drop { $0 != "BEGIN:VTIMEZONE" }.prefix { $0 != "END:VTIMEZONE" }
        #expect(zone.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU") && zone.contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"))
        #expect(zone.contains("TZOFFSETFROM:+0100") && zone.contains("TZOFFSETTO:+0200"))

        // A later export, after an edit elsewhere, names the same events.
        let uids = all.compactMap { $0.first { $0.hasPrefix("UID:") } }
        #expect(Set(uids).count == uids.count && uids.count == 7)
        cli.now += 86_400
        cli.setUp("log", "Long hug", "--from", "Maya", "--to", "Jonas")
        let later = events(cli.run("calendar").output)
        #expect(Set(later.compactMap { $0.first { $0.hasPrefix("UID:") } }) == Set(uids))
    }

    /// A ritual's usual time moves with its marks, and so does its SEQUENCE (a calendar app
    /// trusting it kept the old time: a new user's trial); a removed ritual or date comes back
    /// cancelled, without its reminder, above the SEQUENCE it had.
    @Test func aMovedTimeRaisesTheSequenceAndARemovalCancels() throws {
        let cli = try couple()
        func sequence(_ summary: String, _ text: String) -> Int? {
            events(text).first { $0.contains("SUMMARY:" + summary) }?.first { $0.hasPrefix("SEQUENCE:") }.flatMap { Int($0.dropFirst(9)) }
        }
        let before = cli.run("calendar").output
        cli.now += 3_600
        cli.setUp("ritual", "done", "Walk", "--at", "2027-03-08 07:40")
        let moved = cli.run("calendar").output
        #expect(events(moved).contains { $0.contains("DTSTART;TZID=Europe/Paris:20270308T074500") }, "\(moved)")
        let first = try #require(sequence("Ritual: Walk (Maya)", before))
        #expect(try #require(sequence("Ritual: Walk (Maya)", moved)) > first)

        cli.now += 3_600
        cli.setUp("ritual", "remove", "Walk", "--yes")
        let written = cli.run("calendar", "--out", cli.folder + "/after.ics")
        #expect(written.output.contains("1 ritual, in Europe/Paris time; 1 event of what was removed, as cancelled."), "\(written.output)")
        let after = try String(contentsOfFile: cli.folder + "/after.ics", encoding: .utf8)
        let walk = try #require(events(after).first { $0.contains("SUMMARY:Ritual: Walk (Maya)") })
        #expect(walk.contains("STATUS:CANCELLED") && !walk.contains("BEGIN:VALARM"))
        #expect(try #require(sequence("Ritual: Walk (Maya)", after)) > sequence("Ritual: Walk (Maya)", moved) ?? .max)
        #expect(!(events(after).first { $0.contains("SUMMARY:Ritual: Check-in call (Jonas)") }?.contains("STATUS:CANCELLED") ?? true))
        // The cancelled series is one occurrence: no rule to fill every week with struck-out rows.
        #expect(!walk.contains { $0.hasPrefix("RRULE:") })
    }

    /// A ritual Jonas keeps alone in Kolkata is placed at his usual time on his clock; a mark
    /// taken back raises its SEQUENCE too; a yearly date first due in a later year starts then.
    @Test func aRitualKeptAbroadIsOnItsKeepersClock() throws {
        let cli = try couple()
        cli.setUp("settings", "--partner-time-zone", "Jonas=Asia/Kolkata")
        cli.setUp("partner", "date", "add", "Jonas", "First trip together", "--on", "2028-06-01")
        // 08:00 in Kolkata is 03:30 in Paris (both on winter time in early March).
        var last = ""
        for day in 3...5 { last = cli.run("ritual", "done", "Check-in call", "--at", "2027-03-0\(day)T08:00:00+05:30").output }
        let text = cli.run("calendar").output
        let call = try #require(events(text).first { $0.contains("SUMMARY:Ritual: Check-in call (Jonas)") })
        #expect(call.contains { $0.hasPrefix("DTSTART;TZID=Asia/Kolkata:") && $0.hasSuffix("T080000") }, "\(call)")
        #expect(contentLines(text).contains("TZID:Asia/Kolkata"))
        let trip = try #require(events(text).first { $0.contains("SUMMARY:Jonas: First trip together") })
        #expect(trip.contains("DTSTART;VALUE=DATE:20280601"), "\(trip)")
        let before = try #require(call.first { $0.hasPrefix("SEQUENCE:") }.flatMap { Int($0.dropFirst(9)) })
        cli.now += 3_600
        #expect(cli.run("undo").code == 0, "\(last)")
        let again = try #require(events(cli.run("calendar").output).first { $0.contains("SUMMARY:Ritual: Check-in call (Jonas)") })
        #expect(try #require(again.first { $0.hasPrefix("SEQUENCE:") }.flatMap { Int($0.dropFirst(9)) }) > before)
    }

    @Test func onePartnersCalendarAndARitualsUsualTime() throws {
        let cli = try couple()
        for day in 1...3 {
            cli.setUp("ritual", "done", "Walk", "--at", "2027-03-0\(day + 2) 07:\(39 + day)")
        }
        // Maya's phone: Jonas's dates and hard days (hers are his to remember), and her rituals.
        let text = cli.run("calendar", "--partner", "maya").output
        let summaries = events(text).compactMap { $0.first { $0.hasPrefix("SUMMARY:") } }
        #expect(summaries.contains("SUMMARY:Jonas: Birthday") && summaries.contains("SUMMARY:Ritual: Walk (Maya)"), "\(summaries)")
        #expect(summaries.contains { $0.contains("Review") }, "Jonas's hard day is missing from Maya's phone: \(summaries)")
        #expect(!summaries.contains { $0.contains("Leap day") || $0.contains("Old exam") }, "\(summaries)")
        // Every event says which version it is.
        #expect(events(text).allSatisfy { $0.contains { $0.hasPrefix("SEQUENCE:") } })
        // Kept at 07:40, 07:41 and 07:42 from Wednesday: the first Saturday on, at the quarter hour nearest the median.
        let walk = events(text).first { $0.contains("SUMMARY:Ritual: Walk (Maya)") } ?? []
        #expect(walk.contains("DTSTART;TZID=Europe/Paris:20270306T074500"), "\(walk)")
    }

    @Test func textIsEscapedAndLinesAreFoldedBetweenCharacters() {
        #expect(ICalendar.text("a;b,c\\d\ne\u{1B}f") == "a\\;b\\,c\\\\d\\nef")
        var calendar = ICalendar()
        let long = String(repeating: "🤗", count: 40) + String(repeating: "é", count: 30)
        calendar.add("SUMMARY", long)
        let bytes = calendar.bytes
        let physical = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n").dropLast()
        #expect(physical.allSatisfy { $0.utf8.count <= 75 })
        #expect(physical.count > 2 && physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        // Unfolded, the value is whole: no emoji or accent was cut in half.
        #expect(physical.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == "SUMMARY:" + long)
        #expect(bytes.suffix(2) == [13, 10])
    }

    @Test func zonesWithoutChangesAndSouthernSummers() throws {
        let tokyo = ICalendarTimeZone.component(try #require(TimeZone(identifier: "Asia/Tokyo")), firstYear: 2026)
        #expect(tokyo.contains("TZOFFSETTO:+0900") && !tokyo.contains("BEGIN:DAYLIGHT") && !tokyo.contains { $0.hasPrefix("RRULE") })
        let sydney = ICalendarTimeZone.component(try #require(TimeZone(identifier: "Australia/Sydney")), firstYear: 2026)
        #expect(sydney.contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU") && sydney.contains("RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU"))
        let india = ICalendarTimeZone.component(try #require(TimeZone(identifier: "Asia/Kolkata")), firstYear: 2026)
        #expect(india.contains("TZOFFSETTO:+0530"))
    }

    @Test func badInputIsRefused() throws {
        let cli = try couple()
        // The journal named as the output by mistake is left as it is.
        let journal = try String(contentsOfFile: cli.storePath, encoding: .utf8)
        #expect(cli.run("calendar", "--out", cli.storePath).code == 73)
        #expect(try String(contentsOfFile: cli.storePath, encoding: .utf8) == journal)
        #expect(cli.run("calendar", "--out", cli.folder + "/a.ics").code == 0)
        #expect(cli.run("calendar", "--out", cli.folder + "/a.ics").code == 0)  // a calendar is replaced
        #expect(cli.run("calendar", "--ritual-time", "25:00").code == 64)
        // The ritual time is read as `--at` reads a time.
        #expect(CalendarCommand.minutes("9pm") == 21 * 60 && CalendarCommand.minutes("7:30AM") == 7 * 60 + 30)
        #expect(CalendarCommand.minutes("07:30") == 7 * 60 + 30 && CalendarCommand.minutes("8") == nil)
        #expect(cli.run("calendar", "--ritual-time", "9pm").code == 0)
        #expect(cli.run("calendar", "--partner", "Robin").code == 64)
        let pinned = cli.runList(
            ["today"], variables: ["MICROMANCE_STORE": cli.storePath, "HOME": cli.folder, "MICROMANCE_NOW": "next tuesday"])
        #expect(pinned.code == 64 && pinned.errors.contains("MICROMANCE_NOW"))
    }

    @Test func todayAsJSON() throws {
        let cli = try couple()
        cli.now = try #require(Timestamp.parse("2027-03-28T12:00:00+02:00"))
        let json = try JSONSerialization.jsonObject(with: Data(cli.run("today", "--json", "--ahead", "1").output.utf8)) as? [String: Any]
        let data = try #require(json?["data"] as? [String: Any])
        #expect(data["day"] as? String == "2027-03-28")
        let upcoming = try #require(data["upcoming"] as? [[String: Any]])
        #expect(upcoming.map { $0["title"] as? String } == ["Review; board, \"big\""])
        #expect((data["ritualsDue"] as? [[String: Any]])?.isEmpty == true)  // a Sunday
    }
}
