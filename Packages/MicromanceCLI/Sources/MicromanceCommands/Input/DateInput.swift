import Foundation
import MicromanceModel

/// Reads the times people type after `--at`: ISO 8601 timestamps and everyday words.
///
/// Accepted forms (times are local to `timeZone`):
/// - `now`, `today`, `yesterday`, optionally followed by a time: `yesterday 8am`, `today 19:30`
/// - a weekday, the latest one (today included), or with `last` the one before today,
///   optionally followed by a time: `tuesday 8pm`, `last fri`, `on sunday at noon` (noon without one)
/// - a part of the day: `this morning` (9:00), `tonight`, `last night` (21:00), `yesterday evening`, `friday afternoon`
/// - days ahead (`tomorrow`, `next friday`, `in 2 days`) are refused as in the future
/// - a time alone, meaning today: `8am`, `8:30pm`, `20:15`
/// - a duration ago: `2h ago`, `45m ago`, `3 days ago`, `90 minutes ago`
/// - a date, meaning noon that day: `2026-11-24`
/// - a local date and time: `2026-11-24 08:15`, `2026-11-24T08:15:30`
/// - a full timestamp with an offset: `2026-11-24T08:15:00+01:00`, `2026-11-24T07:15:00Z`
///
/// Public so that other front ends can accept the same words, and so the fuzzers can reach it.
public enum DateInput {
    /// The accepted forms, for error messages and help.
    public static let acceptedForms =
        "now, 8am, 20:15, yesterday 8am, today 19:30, tuesday 8pm, last fri, 2h ago, 3 days ago, 2026-11-24, 2026-11-24 08:15, "
        + "2026-11-24T08:15:00+01:00"

    /// Why a time could not be read.
    public struct Failure: Error, Equatable, Sendable {
        /// What was typed and what is accepted instead.
        public var message: String
    }

    /// The instant `text` names, or a failure that says what is accepted.
    public static func parse(_ text: String, now: Date, timeZone: TimeZone) -> Result<Date, Failure> {
        let input = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !input.isEmpty, input.utf8.count <= 64 else { return .failure(unreadable(text)) }
        if let date = Timestamp.parse(input.uppercased()) { return checked(date, text, now, zone: nil) }
        // A timestamp without its seconds, `2026-11-24T08:15Z` or `2026-11-24T08:15+01:00`.
        let bytes = Array(input.uppercased().utf8)
        if bytes.count > 16, bytes[10] == UInt8(ascii: "T"), bytes[16] != UInt8(ascii: ":"),
            let date = Timestamp.parse(String(decoding: bytes[..<16] + Array(":00".utf8) + bytes[16...], as: UTF8.self))
        {
            return checked(date, text, now, zone: nil)
        }
        let today = CalendarDay(now, in: timeZone)
        if input == "now" { return .success(now) }
        if input.hasSuffix(" ago") || input.hasSuffix("ago") {
            return duration(String(input.dropLast(3)).trimmingCharacters(in: .whitespaces)).map {
                .success(now.addingTimeInterval(-$0))
            } ?? .failure(unreadable(text))
        }
        // Days ahead are refused as such, not as words that do not read.
        if isAhead(input) {
            return .failure(
                Failure(message: "'\(text)' is in the future; log moments that have happened (use 'yesterday 8pm' for last night)"))
        }
        var words = input.split(separator: " ", omittingEmptySubsequences: true).map(String.init).filter { $0 != "at" }
        var day = today
        var explicitDay = false
        if let first = words.first {
            if first == "this" || first == "tonight" {
                // "this morning", "tonight": today, at the part of the day named.
                if first == "this" { words.removeFirst() }
                explicitDay = true
            } else if first == "last", words.count == 2, words[1] == "night" {
                day = today.adding(days: -1); words.removeFirst(); explicitDay = true
            } else if first == "today" {
                words.removeFirst(); explicitDay = true
            } else if first == "yesterday" {
                day = today.adding(days: -1); words.removeFirst(); explicitDay = true
            } else if let back = weekdayBack(words, from: today) {
                // "tuesday 8am", "last tue", "on friday": the latest such day (today included,
                // unless "last" is said: then the one before today).
                day = today.adding(days: -back.days); words.removeFirst(back.words); explicitDay = true
            } else if let date = CalendarDay(first) {
                day = date; words.removeFirst(); explicitDay = true
            } else if first.count > 10, let date = CalendarDay(String(first.prefix(10))), first.dropFirst(10).first == "t" {
                day = date
                words[0] = String(first.dropFirst(11))
                explicitDay = true
            }
        }
        let timeText = words.joined()
        let seconds: Int
        if timeText.isEmpty {
            guard explicitDay else { return .failure(unreadable(text)) }
            if day == today, input.hasPrefix("today") { return .success(now) }
            seconds = 12 * 3600
        } else {
            guard let parsed = timeOfDay(timeText) else { return .failure(unreadable(text)) }
            seconds = parsed
        }
        guard let date = localDate(day, seconds: seconds, timeZone: timeZone) else { return .failure(unreadable(text)) }
        // A time the clocks skipped that night (02:30 when they went from 02:00 to 03:00) is
        // refused, as `date` refuses it, rather than moved an hour on without a word (a new
        // user's trial).
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let wall = calendar.dateComponents([.hour, .minute], from: date)
        if wall.hour != seconds / 3600 || wall.minute != seconds / 60 % 60 {
            let asked = String(format: "%02d:%02d", seconds / 3600, seconds / 60 % 60)
            // The offset before the change: `Z` where it was UTC's (Lisbon, London), which the
            // timestamp's last six characters were taken for ("01:30:0030:00Z", a new user's trial).
            let offset = timeZone.secondsFromGMT(for: date.addingTimeInterval(-3 * 3600)) / 60
            let before = offset == 0 ? "Z" : String(format: "%@%02d:%02d", offset < 0 ? "-" : "+", abs(offset) / 60, abs(offset) % 60)
            return .failure(
                Failure(
                    message: "\(asked) did not happen in \(timeZone.identifier) on \(day): the clocks went forward that night; "
                        + "give a time before or after the change, or one with its offset (\(day)T\(asked):00\(before))"))
        }
        return checked(date, text, now, zone: timeZone)
    }

    /// Whether the words name a day ahead: `tomorrow` (and a time), `next friday`, `next week`,
    /// `in 2 days`. Other words after "next" are not a time at all.
    static func isAhead(_ input: String) -> Bool {
        let words = input.split(separator: " ").map(String.init)
        guard let first = words.first else { return false }
        if first == "tomorrow" { return words.count == 1 || timeOfDay(words.dropFirst().joined()) != nil }
        if first == "next", words.count >= 2 {
            return weekdays[words[1]] != nil || ["week", "month", "year"].contains(words[1])
        }
        if first == "in", words.count >= 2 { return duration(words.dropFirst().joined(separator: " ")) != nil }
        return false
    }

    /// The weekday names and their numbers (1 is Sunday, as ``CalendarDay/weekday`` counts).
    private static let weekdays: [String: Int] = [
        "sunday": 1, "sun": 1, "monday": 2, "mon": 2, "tuesday": 3, "tue": 3, "tues": 3, "wednesday": 4, "wed": 4,
        "thursday": 5, "thu": 5, "thur": 5, "thurs": 5, "friday": 6, "fri": 6, "saturday": 7, "sat": 7,
    ]

    /// For words that start with a weekday (after "last" or "on"): how many days before today
    /// it was, and how many words named it.
    static func weekdayBack(_ words: [String], from today: CalendarDay) -> (days: Int, words: Int)? {
        guard let first = words.first else { return nil }
        let last = first == "last"
        let named = last || first == "on" ? 1 : 0
        guard words.count > named, let wanted = weekdays[words[named].trimmingCharacters(in: CharacterSet(charactersIn: ","))] else {
            return nil
        }
        var back = (today.weekday.rawValue - wanted + 7) % 7
        if last, back == 0 { back = 7 }
        return (back, named + 1)
    }

    /// Refuses a time ahead of now; one read in a zone says which (the giver's may not be the device's).
    private static func checked(_ date: Date, _ text: String, _ now: Date, zone: TimeZone?) -> Result<Date, Failure> {
        // 1900-01-01: no moment of a couple's journal is older, and years before 1 do not print.
        if date.timeIntervalSince1970 < -2_208_988_800 {
            return .failure(Failure(message: "'\(text)' is before 1900; give the day the moment happened (2026-11-24, yesterday 8pm)"))
        }
        if date.timeIntervalSince(now) > 60 {
            let clock =
                zone.map { zone -> String in
                    let local = Timestamp.format(now, in: zone)
                    return " (read in \(zone.identifier) time, where it is now \(local.dropFirst(11).prefix(5)))"
                } ?? ""
            return .failure(
                Failure(message: "'\(text)' is in the future\(clock); log moments that have happened (use 'yesterday 8pm' for last night)"))
        }
        return .success(date)
    }

    private static func unreadable(_ text: String) -> Failure {
        // `2026-02-29 10:00`, `2026-11-31`: written as a day, but not one of the calendar's.
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let head = trimmed.prefix(10)
        if head.count == 10, head.enumerated().allSatisfy({ $0.offset == 4 || $0.offset == 7 ? $0.element == "-" : $0.element.isNumber }),
            CalendarDay(String(head)) == nil
        {
            // Year 0 is no year of the calendar, but what it means is a time long ago.
            if let year = Int(head.prefix(4)), year < 1900 {
                return Failure(message: "'\(text)' is before 1900; give the day the moment happened (2026-11-24, yesterday 8pm)")
            }
            return Failure(message: "'\(head)' is not a day of the calendar (check the month's length and leap years)")
        }
        // `…T10:00:00+25:00`: a timestamp whose offset from UTC no place has.
        if head.count == 10, CalendarDay(String(head)) != nil, let sign = trimmed.dropFirst(11).lastIndex(where: { $0 == "+" || $0 == "-" })
        {
            let offset = trimmed[sign...]
            let digits = offset.dropFirst().filter(\.isNumber)
            if let hours = Int(digits.prefix(2)), digits.count == 4 || digits.count == 2, hours > 14 {
                return Failure(
                    message: "the offset \(offset) in '\(text)' is not one: offsets from UTC go from -12:00 to +14:00 "
                        + "(Paris in winter is +01:00)")
            }
        }
        return Failure(message: "cannot read the time '\(text)'; use one of: \(acceptedForms)")
    }

    /// Seconds after midnight for `8am`, `8:30pm`, `20:15`, `20:15:30`, `noon`, `midnight`, and
    /// parts of the day: `morning` 9:00, `afternoon` 15:00, `evening` 19:00, `night` and `tonight` 21:00.
    static func timeOfDay(_ text: String) -> Int? {
        if text == "noon" { return 12 * 3600 }
        if text == "midnight" { return 0 }
        if let part = ["morning": 9, "afternoon": 15, "evening": 19, "night": 21, "tonight": 21][text] { return part * 3600 }
        var body = Substring(text)
        var meridiem: Int?
        if body.hasSuffix("am") {
            meridiem = 0; body = body.dropLast(2)
        } else if body.hasSuffix("pm") {
            meridiem = 12; body = body.dropLast(2)
        }
        let parts = body.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCII) }),
            let hour = Int(parts[0]), hour >= 0
        else { return nil }
        let minute = parts.count > 1 ? Int(parts[1]) : 0
        let second = parts.count > 2 ? Int(parts[2]) : 0
        guard let minute, let second, (0..<60).contains(minute), (0..<60).contains(second) else { return nil }
        if parts.count == 1, meridiem == nil { return nil }  // a bare "8" is ambiguous
        var h = hour
        if let meridiem {
            guard (1...12).contains(hour) else { return nil }
            h = hour % 12 + meridiem
        }
        guard (0..<24).contains(h) else { return nil }
        return h * 3600 + minute * 60 + second
    }

    /// Seconds in `2h`, `45m`, `3 days`, `90 minutes`, `1 week`.
    static func duration(_ text: String) -> TimeInterval? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 6, let amount = Int(digits) else { return nil }
        let unit = text.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        let scale: Int
        switch unit {
        case "s", "sec", "secs", "second", "seconds": scale = 1
        case "m", "min", "mins", "minute", "minutes": scale = 60
        case "h", "hr", "hrs", "hour", "hours": scale = 3600
        case "d", "day", "days": scale = 86_400
        case "w", "week", "weeks": scale = 604_800
        default: return nil
        }
        return TimeInterval(amount * scale)
    }

    /// What to say when the wall-clock time of `date` happened twice in `timeZone` (the night
    /// the clocks went back: 02:30 in Paris on 25 October 2026, once in summer time and once an
    /// hour later): which of the two `date` is, and how to give the other. Nil for every other
    /// time, and for an instant given with its offset (`explicit`), which is never ambiguous.
    public static func repeatedTimeNote(_ date: Date, in timeZone: TimeZone, explicit: Bool = false) -> String? {
        guard !explicit else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts: Set<Calendar.Component> = [.year, .month, .day, .hour, .minute, .second]
        let wall = calendar.dateComponents(parts, from: date)
        // The clocks go back by an hour, or half an hour (Lord Howe Island).
        for step in [3600.0, 1800.0] {
            for other in [date.addingTimeInterval(step), date.addingTimeInterval(-step)]
            where calendar.dateComponents(parts, from: other) == wall {
                let first = other < date ? "second" : "first"
                let shown = Timestamp.format(date, in: timeZone)
                let otherShown = Timestamp.format(other, in: timeZone)
                let day = String(shown.prefix(10)), time = String(shown.dropFirst(11).prefix(5))
                return "\(time) happened twice in \(timeZone.identifier) on \(day) (the clocks went back that night): "
                    + "taken as the \(first), \(shown); give \(otherShown) for the other"
            }
        }
        return nil
    }

    /// Whether `text` gives its own offset from UTC (`2026-10-25T02:30:00+01:00`, `...Z`).
    public static func givesOffset(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count > 10 else { return false }
        if trimmed.hasSuffix("Z") || trimmed.hasSuffix("z") { return true }
        let tail = trimmed.dropFirst(10)
        return tail.contains("+") || tail.dropFirst().contains("-")
    }

    /// The instant of a local wall-clock time on `day`, respecting daylight-saving changes.
    static func localDate(_ day: CalendarDay, seconds: Int, timeZone: TimeZone) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(
            from: DateComponents(
                year: day.year, month: day.month, day: day.day, hour: seconds / 3600,
                minute: seconds / 60 % 60, second: seconds % 60))
    }
}
