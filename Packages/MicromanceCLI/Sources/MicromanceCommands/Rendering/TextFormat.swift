import Foundation
import MicromanceModel

/// Small, locale-independent text helpers, so that output is the same on every machine.
enum TextFormat {
    static let weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Tue 24 Nov 2026`.
    static func day(_ day: CalendarDay) -> String {
        "\(weekdayNames[day.weekday.rawValue - 1]) \(day.day) \(monthNames[day.month - 1]) \(day.year)"
    }

    /// `12-25`: a month and day as `partner date add --on` takes them.
    static func monthDay(month: Int, day: Int) -> String {
        String(format: "%02d-%02d", month, day)
    }

    /// `5 minutes ago`, `3 hours ago`, `in 2 hours` (a time still to come), for a span in seconds.
    static func ago(_ seconds: TimeInterval) -> String {
        let minutes = Int((abs(seconds) / 60).rounded())
        let span = minutes < 1 ? "a moment" : minutes < 120 ? count(minutes, "minute") : count(minutes / 60, "hour")
        return seconds < 0 ? "in " + span : span + " ago"
    }

    /// `Tue 24 Nov 08:15`, the wall-clock time in the moment's own time zone.
    static func moment(_ moment: Moment, fallback: TimeZone) -> String {
        let zone = TimeZone(identifier: moment.timeZone) ?? fallback
        let stamp = Timestamp.format(moment.at, in: zone)  // 2026-11-24T08:15:00+01:00
        let day = moment.day(fallback: fallback)
        let time = stamp.dropFirst(11).prefix(5)
        // A time the clocks showed twice, the night they went back, names its offset: the two
        // 02:30s of a night in Paris are "02:30 GMT+2" and "02:30 GMT+1" (a new user's trial).
        let twice = repeatedClock(moment.at, in: zone) ? " \(zone.abbreviation(for: moment.at) ?? String(stamp.suffix(6)))" : ""
        return "\(weekdayNames[day.weekday.rawValue - 1]) \(String(format: "%2d", day.day)) \(monthNames[day.month - 1]) \(time)\(twice)"
    }

    /// Whether the clock time `date` shows in `zone` was shown twice, the hour (or half hour)
    /// the clocks went back: the same clock time an offset's difference before or after.
    static func repeatedClock(_ date: Date, in zone: TimeZone) -> Bool {
        let offset = zone.secondsFromGMT(for: date)
        for step in [3600, 1800] {
            if zone.secondsFromGMT(for: date.addingTimeInterval(Double(-step))) == offset + step { return true }
            if zone.secondsFromGMT(for: date.addingTimeInterval(Double(step))) == offset - step { return true }
        }
        return false
    }

    /// Pads or cuts `text` to exactly `width` terminal columns (wide characters and emoji take
    /// two), ending a cut text with "…".
    static func fit(_ text: String, _ width: Int) -> String {
        let single = text.replacingOccurrences(of: "\n", with: " ")
        let columns = DisplayWidth.of(single)
        if columns > width {
            let cut = DisplayWidth.prefix(single, fitting: max(0, width - 1)) + "…"
            return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
        }
        return single + String(repeating: " ", count: width - columns)
    }

    /// `text` cut to at most `width` columns, with "…" when it was cut; never padded.
    static func cut(_ text: String, _ width: Int) -> String {
        let single = text.replacingOccurrences(of: "\n", with: " ")
        guard DisplayWidth.of(single) > width else { return single }
        return DisplayWidth.prefix(single, fitting: max(0, width - 1)) + "…"
    }

    /// `text` on one line: line breaks become spaces (control characters are made visible
    /// by the output itself, see `TextSink.visible`).
    static func oneLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
    }

    /// A horizontal bar of `value` out of `maximum`, `width` cells wide.
    static func bar(_ value: Int, of maximum: Int, width: Int = 20) -> String {
        guard maximum > 0, value > 0 else { return "" }
        let cells = max(1, Int((Double(value) / Double(maximum) * Double(width)).rounded()))
        return String(repeating: "█", count: cells)
    }

    /// `1 moment`, `3 moments`.
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// A number as people write it: no fraction for whole numbers.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// `42%`.
    static func percent(_ fraction: Double) -> String { "\(Int((fraction * 100).rounded()))%" }

    /// Pretty, sorted JSON of a value, as a string ending in a newline.
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}

/// The envelope of every `--json` output: a `schemaVersion` beside the payload, so scripts
/// can tell when the shape changes.
struct JSONEnvelope<Payload: Encodable>: Encodable {
    /// The version of the JSON output format; it changes only when a field changes meaning or goes away.
    var schemaVersion = 1
    /// What kind of output this is (`report`, `history`, `ideas`).
    var kind: String
    /// The output itself.
    var data: Payload
}
