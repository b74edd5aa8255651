import Foundation
import MicromanceModel

/// Writes iCalendar (RFC 5545) text: CRLF line ends, lines folded at 75 octets without
/// splitting a character, TEXT values escaped, and a `VTIMEZONE` built from the system's
/// time-zone rules, so that a calendar app shows timed events at the right local hour on
/// both sides of a daylight-saving change.
struct ICalendar {
    /// The lines so far, unfolded.
    private(set) var lines: [String] = []

    /// Adds `NAME:value` (or `NAME;PARAMS:value`) as it is; `value` must already be escaped
    /// where it is text (see ``text(_:)``).
    mutating func add(_ name: String, _ value: String) { lines.append("\(name):\(value)") }

    /// The finished file: folded lines joined with CRLF, ending with one.
    var bytes: [UInt8] {
        var out = [UInt8]()
        for line in lines {
            Self.fold(line, into: &out)
        }
        return out
    }

    /// A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11);
    /// other control characters, which the format does not allow, dropped.
    static func text(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            case "\t": out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// One content line folded: at most 75 octets per physical line, continuation lines
    /// starting with a space, never inside a UTF-8 sequence.
    static func fold(_ line: String, into out: inout [UInt8]) {
        let bytes = Array(line.utf8)
        var start = 0
        var limit = 75
        while bytes.count - start > limit {
            var end = start + limit
            // Step back to the start of a character (continuation bytes are 10xxxxxx).
            while end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            out.append(contentsOf: bytes[start..<end])
            out.append(contentsOf: [13, 10, 32])
            start = end
            limit = 74  // the leading space counts
        }
        out.append(contentsOf: bytes[start...])
        out.append(contentsOf: [13, 10])
    }

    /// `20270328` for an all-day value.
    static func date(_ day: CalendarDay) -> String {
        String(format: "%04d%02d%02d", day.year, day.month, day.day)
    }

    /// `20270328T083000`, a local (floating or TZID) date-time.
    static func local(_ day: CalendarDay, minutes: Int) -> String {
        date(day) + String(format: "T%02d%02d00", minutes / 60, minutes % 60)
    }

    /// `20261126T194000Z`, an instant in UTC.
    static func utc(_ date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let day = CalendarDay(dayNumber: Int(seconds.floorDivided(by: 86_400)))
        let rest = Int(seconds - Int64(day.dayNumber) * 86_400)
        return Self.date(day) + String(format: "T%02d%02d%02dZ", rest / 3600, rest % 3600 / 60, rest % 60)
    }

    /// `+0100`, `-0330`, `+054500` for an offset with seconds.
    static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        let text = String(format: "%@%02d%02d", sign, magnitude / 3600, magnitude % 3600 / 60)
        return magnitude % 60 == 0 ? text : text + String(format: "%02d", magnitude % 60)
    }
}

extension Int64 {
    fileprivate func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}

/// A wall-clock reading: the day and the minutes since its midnight.
struct WallClock: Equatable {
    let day: CalendarDay
    let minutes: Int

    /// The wall-clock time of `date` at a fixed `offset` from UTC, in seconds.
    init(_ date: Date, offset: Int) {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down)) + Int64(offset)
        let dayNumber = seconds.floorDivided(by: 86_400)
        day = CalendarDay(dayNumber: Int(dayNumber))
        minutes = Int(seconds - dayNumber * 86_400) / 60
    }
}

/// A `VTIMEZONE` for one zone, from the rules the system knows.
///
/// Each kind of change (to summer time, back to standard time) becomes one observance with a
/// yearly rule when every change of that kind in the years covered falls on the same weekday
/// of the same week of the same month at the same local time (Europe: the last Sunday of
/// March at 02:00); otherwise every change is listed as its own observance. A zone without
/// changes is one standard observance.
enum ICalendarTimeZone {
    /// One change of offset.
    struct Transition {
        let at: Date
        let before: Int
        let after: Int
        let isDaylight: Bool
        let name: String?
    }

    /// The changes of `zone` from the start of `firstYear` to the end of `lastYear`.
    static func transitions(_ zone: TimeZone, firstYear: Int, lastYear: Int) -> [Transition] {
        guard let start = CalendarDay(year: firstYear, month: 1, day: 1), let end = CalendarDay(year: lastYear + 1, month: 1, day: 1)
        else { return [] }
        let last = Date(timeIntervalSince1970: Double(end.dayNumber) * 86_400)
        var moment = Date(timeIntervalSince1970: Double(start.dayNumber) * 86_400 - 86_400)
        var found = [Transition]()
        while let next = zone.nextDaylightSavingTimeTransition(after: moment), next < last, found.count < 1_000 {
            let before = zone.secondsFromGMT(for: next.addingTimeInterval(-1))
            let after = zone.secondsFromGMT(for: next)
            if before != after {
                found.append(
                    Transition(
                        at: next, before: before, after: after, isDaylight: zone.isDaylightSavingTime(for: next),
                        name: zone.abbreviation(for: next)))
            }
            moment = next
        }
        return found
    }

    /// The lines of a VTIMEZONE for `zone`, right for every event from `firstYear` on.
    static func component(_ zone: TimeZone, firstYear: Int, years: Int = 10) -> [String] {
        var lines = ["BEGIN:VTIMEZONE", "TZID:\(zone.identifier)"]
        let changes = transitions(zone, firstYear: firstYear, lastYear: firstYear + years)
        guard !changes.isEmpty else {
            let offset = ICalendar.offset(zone.secondsFromGMT(for: Date(timeIntervalSince1970: 0)))
            lines += ["BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:\(offset)", "TZOFFSETTO:\(offset)"]
            if let name = zone.abbreviation(), !name.hasPrefix("GMT") { lines.append("TZNAME:\(ICalendar.text(name))") }
            lines += ["END:STANDARD", "END:VTIMEZONE"]
            return lines
        }
        for daylight in [true, false] {
            let kind = changes.filter { $0.isDaylight == daylight }
            guard let first = kind.first else { continue }
            let rule = yearlyRule(kind)
            let observed = rule == nil ? kind : [first]
            for change in observed {
                // DTSTART is the wall-clock time just before the change, in the offset before it.
                let local = WallClock(change.at, offset: change.before)
                let name = daylight ? "DAYLIGHT" : "STANDARD"
                lines += [
                    "BEGIN:\(name)", "DTSTART:\(ICalendar.local(local.day, minutes: local.minutes))",
                    "TZOFFSETFROM:\(ICalendar.offset(change.before))", "TZOFFSETTO:\(ICalendar.offset(change.after))",
                ]
                if let rule { lines.append("RRULE:\(rule)") }
                // Only a real abbreviation ("CEST"); a system without names says "GMT+2", which says nothing more.
                if let abbreviation = change.name, !abbreviation.hasPrefix("GMT") {
                    lines.append("TZNAME:\(ICalendar.text(abbreviation))")
                }
                lines.append("END:\(name)")
            }
        }
        lines.append("END:VTIMEZONE")
        return lines
    }

    /// One way to name the day and time of a change: "the last Sunday of March at 01:00".
    private struct Rule: Equatable {
        let month: Int
        let weekday: Weekday
        let ordinal: Int
        let minutes: Int
        let before: Int
        let after: Int
    }

    /// The ways to name one change: by its week of the month, and as the last such weekday
    /// when it is in the month's last seven days.
    private static func rules(for change: Transition) -> [Rule] {
        let local = WallClock(change.at, offset: change.before)
        let day = local.day
        let next = day.adding(days: 7)
        var ordinals = [(day.day - 1) / 7 + 1]
        if next.month != day.month { ordinals.insert(-1, at: 0) }  // the last-week form reads as people say it
        return ordinals.map {
            Rule(month: day.month, weekday: day.weekday, ordinal: $0, minutes: local.minutes, before: change.before, after: change.after)
        }
    }

    /// `FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU` when every change in `kind` follows it, else nil.
    static func yearlyRule(_ kind: [Transition]) -> String? {
        guard let first = kind.first, kind.count >= 2 else { return nil }
        var candidates = rules(for: first)
        for change in kind.dropFirst() {
            let here = rules(for: change)
            candidates.removeAll { !here.contains($0) }
        }
        guard let rule = candidates.first else { return nil }
        return "FREQ=YEARLY;BYMONTH=\(rule.month);BYDAY=\(rule.ordinal)\(code(rule.weekday))"
    }

    /// `MO`, `TU`, ... as RFC 5545 names weekdays.
    static func code(_ day: Weekday) -> String {
        ["SU", "MO", "TU", "WE", "TH", "FR", "SA"][day.rawValue - 1]
    }
}
