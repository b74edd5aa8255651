import Foundation
import MicromanceInsights
import MicromanceModel

/// What `micromance calendar` puts in an iCalendar file: the dates, hard days and rituals a
/// journal knows about, as events a calendar app reminds both phones of.
///
/// - Birthdays and anniversaries: all-day events, yearly (29 February on the last day of
///   February in other years), with a reminder the day before; one-off dates once, while
///   they are ahead.
/// - A stressful day: an all-day event, a caring reminder at 20:00 the evening before, and a
///   follow-up at 18:00 the day after ("how did it go?"), from yesterday's on.
/// - Rituals: recurring 15-minute events at the local time they are usually kept (the median
///   of the last 20 times, to the quarter hour; else `ritualMinutes`), from the first day they
///   were due, in the journal's time zone with its `VTIMEZONE`.
///
/// Every event has a `UID` made from the record's kind and id, so importing a newer file
/// updates the same events instead of adding copies. A date, hard day or ritual removed since
/// (the journal keeps what it removed) is there again with `STATUS:CANCELLED`: a calendar app
/// importing the file drops or strikes it, where leaving it out left it in the calendar for
/// ever (a new user's trial). A hard day is placed on the clock of the partner it belongs to.
struct CalendarEvents {
    var journal: Journal
    /// The calendar for this partner's phone: the dates and hard days of the other partner (what
    /// they should remember and ask about), and the rituals they take part in.
    var partner: Identifier<Partner>?
    var today: CalendarDay
    var home: TimeZone
    var now: Date
    /// When rituals with no history are placed, in minutes after midnight.
    var ritualMinutes = 9 * 60

    /// How many events of each kind the file holds.
    struct Counts: Equatable {
        var dates = 0, hardDays = 0, rituals = 0
        /// Removed dates, hard days and rituals, in the file as cancelled.
        var cancelled = 0
        var events: Int { dates + hardDays * 3 + rituals }
    }

    static let eveningMinutes = 20 * 60
    static let followUpMinutes = 18 * 60
    static let timedLength = "PT15M"

    /// The calendar, and what is in it.
    func calendar() -> (ICalendar, Counts) {
        var ics = ICalendar()
        var counts = Counts()
        let names = journal.partners.map(\.name)
        ics.add("BEGIN", "VCALENDAR")
        ics.add("VERSION", "2.0")
        ics.add("PRODID", "-//Micromance//micromance \(MicromanceCLI.version)//EN")
        ics.add("CALSCALE", "GREGORIAN")
        ics.add("METHOD", "PUBLISH")
        ics.add("X-WR-CALNAME", ICalendar.text("Micromance" + (names.isEmpty ? "" : " · " + names.joined(separator: " & "))))
        ics.add("X-WR-TIMEZONE", home.identifier)
        var events = [[String]]()
        var firstYear = today.year - 1
        var zones = [home.identifier: home]
        for person in journal.partners where partner == nil || person.id != partner {
            for date in person.importantDates {
                guard let lines = event(for: date, of: person) else { continue }
                events.append(lines)
                counts.dates += 1
            }
            for stressor in person.stressors {
                guard let day = stressor.day, day >= today.adding(days: -1) else { continue }
                let zone = zone(of: person.id)
                zones[zone.identifier] = zone
                events += hardDay(stressor, on: day, of: person, in: zone)
                counts.hardDays += 1
                firstYear = min(firstYear, day.year - 1)
            }
        }
        for ritual in journal.rituals where shows(ritual) {
            guard let (lines, start, zone) = event(for: ritual) else { continue }
            zones[zone.identifier] = zone
            events.append(lines)
            counts.rituals += 1
            firstYear = min(firstYear, start.year - 1)
        }
        // A record removed and brought back (an edit after the removal, merged) is live again.
        let live = Set(events.compactMap { $0.first { $0.hasPrefix("UID:") } })
        for lines in cancelledEvents(zones: &zones) where !lines.contains(where: live.contains) {
            events.append(lines)
            counts.cancelled += 1
        }
        for zone in zones.values.sorted(by: { $0.identifier < $1.identifier }) {
            for line in ICalendarTimeZone.component(zone, firstYear: firstYear, years: max(10, today.year + 10 - firstYear)) {
                let parts = line.split(separator: ":", maxSplits: 1)
                ics.add(String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
            }
        }
        for lines in events {
            for line in lines {
                let parts = line.split(separator: ":", maxSplits: 1)
                ics.add(String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
            }
        }
        ics.add("END", "VCALENDAR")
        return (ics, counts)
    }

    /// Whether the calendar holds this ritual: every ritual, or those of ``partner``.
    private func shows(_ ritual: Ritual) -> Bool {
        partner.map { ritual.participants.isEmpty || ritual.participants.contains($0) } ?? true
    }

    /// The clock a partner's hard day is kept on: their own zone when they keep one.
    private func zone(of person: Identifier<Partner>) -> TimeZone {
        journal.settings.partnerTimeZones[person].flatMap(TimeZone.init(identifier:)) ?? home
    }

    /// The events of dates, hard days and rituals removed since, as the journal keeps them,
    /// each with `STATUS:CANCELLED` and the stamp of its removal (so its `SEQUENCE` is above
    /// that of the event it cancels); those of a removed partner too.
    private func cancelledEvents(zones: inout [String: TimeZone]) -> [[String]] {
        var events = [[String]]()
        let removed = journal.removed
        var dates = removed.dates.map { ($0.partner, $0.record) }
        var stressors = removed.stressors.map { ($0.partner, $0.record) }
        for person in removed.partners {
            dates += person.importantDates.map { (person.id, $0) }
            stressors += person.stressors.map { (person.id, $0) }
        }
        let owners = Dictionary((journal.partners + removed.partners).map { ($0.id, $0) }, uniquingKeysWith: { kept, _ in kept })
        for (owner, date) in dates where partner != owner {
            guard let person = owners[owner], let lines = event(for: date, of: person) else { continue }
            events.append(Self.cancelled(lines))
        }
        for (owner, stressor) in stressors where partner != owner {
            guard let person = owners[owner], let day = stressor.day, day >= today.adding(days: -1) else { continue }
            let zone = zone(of: owner)
            zones[zone.identifier] = zone
            events += hardDay(stressor, on: day, of: person, in: zone).map(Self.cancelled)
        }
        for ritual in removed.rituals where shows(ritual) {
            guard let (lines, _, zone) = event(for: ritual) else { continue }
            zones[zone.identifier] = zone
            events.append(Self.cancelled(lines))
        }
        return events
    }

    /// An event's lines marked cancelled, without its reminders and without its recurrence:
    /// the series it replaces becomes one cancelled occurrence on its first day, where a
    /// cancelled series filled every future week of a trial's khal with struck-out rows.
    private static func cancelled(_ lines: [String]) -> [String] {
        var kept = [String]()
        var inAlarm = false
        for line in lines where !line.hasPrefix("RRULE:") {
            if line == "BEGIN:VALARM" { inAlarm = true }
            if !inAlarm { kept.append(line) }
            if line == "END:VALARM" { inAlarm = false }
        }
        kept.insert("STATUS:CANCELLED", at: max(0, kept.count - 1))
        return kept
    }

    /// `UID`, `DTSTAMP`, `SEQUENCE` and, when the record has stamps, `LAST-MODIFIED`.
    /// `latest` is a later change the event shows besides the record's own (a ritual's last
    /// mark, which can move its usual time).
    private func identity(_ uid: String, changes: Changes, latest later: ChangeStamp? = nil) -> [String] {
        var lines = ["UID:\(uid)@micromance", "DTSTAMP:\(ICalendar.utc(now))"]
        let latest = max(changes.latest, later ?? changes.latest)
        if latest != .imported { lines.append("LAST-MODIFIED:\(ICalendar.utc(Date(timeIntervalSince1970: Double(latest.millis) / 1000)))") }
        // Rises with every change of the record, so a calendar app takes a re-imported event
        // as the newer version: seconds since 2024 of its latest change (0 before stamps).
        let sequence = latest == .imported ? 0 : max(0, latest.millis / 1000 - 1_704_067_200)
        lines.append("SEQUENCE:\(sequence)")
        return lines
    }

    /// A reminder at the start of an event, or `trigger` before or after it.
    private func alarm(_ text: String, trigger: String = "PT0M") -> [String] {
        ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:\(ICalendar.text(text))", "TRIGGER:\(trigger)", "END:VALARM"]
    }

    private func event(for date: ImportantDate, of person: Partner) -> [String]? {
        var lines = ["BEGIN:VEVENT"] + identity("date-\(person.id)-\(date.id)", changes: date.changes)
        let summary = "\(person.name): \(date.title)"
        switch date.recurrence {
        case .once:
            guard let year = date.year, let day = CalendarDay(year: year, month: date.month, day: date.day), day >= today else {
                return nil
            }
            lines += ["DTSTART;VALUE=DATE:\(ICalendar.date(day))", "DTEND;VALUE=DATE:\(ICalendar.date(day.adding(days: 1)))"]
        case .yearly:
            // From its first year when known (a later one too: "since 2027" starts in 2027, not
            // this year, as a trial's anniversary did), else this year; 29 February falls on the
            // 28th in other years.
            let year = date.year ?? today.year
            let lastDay = date.month == 2 && date.day == 29
            let dayOfMonth = lastDay ? CalendarDay.daysInMonth(year: year, month: 2) : date.day
            guard let day = CalendarDay(year: year, month: date.month, day: dayOfMonth) else { return nil }
            lines += ["DTSTART;VALUE=DATE:\(ICalendar.date(day))", "DTEND;VALUE=DATE:\(ICalendar.date(day.adding(days: 1)))"]
            lines.append(lastDay ? "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1" : "RRULE:FREQ=YEARLY")
        }
        lines += [
            "SUMMARY:\(ICalendar.text(summary))",
            "DESCRIPTION:\(ICalendar.text("An idea: \(ComingUpStrategy.celebration(for: person))."))",
            "CATEGORIES:Micromance", "TRANSP:TRANSPARENT",
        ]
        // All-day events start at midnight: fifteen hours before is 09:00 the day before.
        lines += alarm("Tomorrow: \(summary)", trigger: "-PT15H")
        lines.append("END:VEVENT")
        return lines
    }

    private func hardDay(_ stressor: Stressor, on day: CalendarDay, of person: Partner, in clock: TimeZone) -> [[String]] {
        // The evening before and the day after are the partner's own (20:00 in Tokyo, where
        // they are): at the home zone's 20:00 it was already their hard day (a new user's trial).
        let zone = "TZID=\(clock.identifier)"
        // "Tonight" is theirs: on a phone at home the reminder can come in the morning.
        let theirs = clock.identifier == home.identifier ? "" : ", \(person.name)'s evening (20:00 in \(clock.identifier))"
        let support = ComingUpStrategy.support(for: person)
        let base = "\(person.id)-\(stressor.id)"
        let allDay =
            ["BEGIN:VEVENT"] + identity("stressor-\(base)", changes: stressor.changes) + [
                "DTSTART;VALUE=DATE:\(ICalendar.date(day))", "DTEND;VALUE=DATE:\(ICalendar.date(day.adding(days: 1)))",
                "SUMMARY:\(ICalendar.text("\(person.name): \(stressor.title) (a hard day)"))",
                "CATEGORIES:Micromance", "TRANSP:TRANSPARENT", "END:VEVENT",
            ]
        let evening =
            ["BEGIN:VEVENT"] + identity("stressor-eve-\(base)", changes: stressor.changes) + [
                "DTSTART;\(zone):\(ICalendar.local(day.adding(days: -1), minutes: Self.eveningMinutes))",
                "DURATION:\(Self.timedLength)",
                "SUMMARY:\(ICalendar.text("Tomorrow is hard for \(person.name): \(stressor.title)"))",
                "DESCRIPTION:\(ICalendar.text("\(support), tonight\(theirs)."))", "CATEGORIES:Micromance", "TRANSP:TRANSPARENT",
            ] + alarm("Tomorrow is hard for \(person.name): \(stressor.title)") + ["END:VEVENT"]
        let after =
            ["BEGIN:VEVENT"] + identity("stressor-after-\(base)", changes: stressor.changes) + [
                "DTSTART;\(zone):\(ICalendar.local(day.adding(days: 1), minutes: Self.followUpMinutes))",
                "DURATION:\(Self.timedLength)",
                "SUMMARY:\(ICalendar.text("Ask \(person.name) how it went: \(stressor.title)"))",
                "DESCRIPTION:\(ICalendar.text("Yesterday was \(stressor.title). Ask how it went, and listen."))",
                "CATEGORIES:Micromance", "TRANSP:TRANSPARENT",
            ] + alarm("Ask \(person.name) how it went: \(stressor.title)") + ["END:VEVENT"]
        return [allDay, evening, after]
    }

    /// The ritual's recurring event, its first day and the zone it is kept in, or nil when it
    /// is never due.
    private func event(for ritual: Ritual) -> ([String], CalendarDay, TimeZone)? {
        let done = journal.moments.filter { $0.ritualID == ritual.id }
        // Every mark can move the usual time, so the latest one counts as a change of the event,
        // and so does a mark's removal (the time moves back: its SEQUENCE went down).
        let lastMark = (done + journal.removed.moments.filter { $0.ritualID == ritual.id }).map(\.changes.latest).max()
        // A ritual one partner keeps alone is on their clock (a trial's partner in Kolkata kept
        // one at 08:00 his time, which the file put at 08:00 in Chicago); a shared one on home's.
        let zone = ritual.participants.count == 1 ? self.zone(of: ritual.participants[0]) : home
        var from = today
        if !ritual.changes.isImported {
            from = CalendarDay(Date(timeIntervalSince1970: Double(ritual.changes.created.millis) / 1000), in: home)
        }
        if let earliest = done.map({ $0.day(fallback: home) }).min() { from = min(from, earliest) }
        var first = from
        var tries = 0
        while !ritual.cadence.isDue(on: first) {
            first = first.adding(days: 1)
            tries += 1
            if tries > 400 { return nil }
        }
        let rule: String
        switch ritual.cadence {
        case .daily: rule = "FREQ=DAILY"
        case .weekdays: rule = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"
        case .weekly(let days):
            rule = "FREQ=WEEKLY;BYDAY=" + days.sorted { $0.rawValue < $1.rawValue }.map(ICalendarTimeZone.code).joined(separator: ",")
        case .everyNDays(let n, _): rule = "FREQ=DAILY;INTERVAL=\(n)"
        }
        let who = ritual.participants.compactMap { journal.partner($0)?.name }
        let title = "Ritual: \(ritual.title)" + (who.isEmpty ? "" : " (\(who.joined(separator: " & ")))")
        let lines =
            ["BEGIN:VEVENT"] + identity("ritual-\(ritual.id)", changes: ritual.changes, latest: lastMark) + [
                "DTSTART;TZID=\(zone.identifier):\(ICalendar.local(first, minutes: usualMinutes(done, in: zone)))",
                "DURATION:\(Self.timedLength)", "RRULE:\(rule)", "SUMMARY:\(ICalendar.text(title))",
                "CATEGORIES:Micromance", "TRANSP:TRANSPARENT", "END:VEVENT",
            ]
        return (lines, first, zone)
    }

    /// The time a ritual is usually kept on `zone`'s clock: the median of its last 20 times, to
    /// the quarter hour, or ``ritualMinutes`` when it has none.
    private func usualMinutes(_ done: [Moment], in zone: TimeZone) -> Int {
        let recent = done.sorted { $0.at < $1.at }.suffix(20).map { moment -> Int in
            WallClock(moment.at, offset: zone.secondsFromGMT(for: moment.at)).minutes
        }.sorted()
        guard !recent.isEmpty else { return ritualMinutes }
        let median = recent[recent.count / 2]
        return min(23 * 60 + 45, (median + 7) / 15 * 15)
    }
}
