import Foundation
import MicromanceModel

/// This device's time zone, read from `TZ` as the C library reads it. Foundation on Linux knows
/// only a zone's name there: `TZ=:Europe/Paris` (the leading colon the C library allows),
/// `TZ=/usr/share/zoneinfo/Europe/Paris`, a POSIX rule such as `MST7` or
/// `CET-1CEST,M3.5.0,M10.5.0/3`, and a misspelt name all became UTC without a word, and with
/// them the day every moment logged on the device counts for.
enum DeviceTimeZone {
    /// The zone `tz` (the value of `TZ`) names, else `system` when it is unset, and what to say
    /// when it names no zone this system knows or one read by a guess.
    static func resolve(_ tz: String?, system: TimeZone) -> (zone: TimeZone, caution: String?) {
        guard let tz else { return (system, nil) }
        let utc = TimeZone(identifier: "UTC") ?? system
        var name = tz.trimmingCharacters(in: .whitespaces)
        // The C library reads an empty TZ as UTC.
        if name.isEmpty { return (utc, nil) }
        if name.hasPrefix(":") { name.removeFirst() }
        if name.hasPrefix("/"), let range = name.range(of: "zoneinfo/", options: .backwards) {
            name = String(name[range.upperBound...])
        }
        if let zone = TimeZone(identifier: name) { return (zone, nil) }
        if let rule = PosixRule(name) {
            // A rule with summer time: the zone named by its standard part (`EST5EDT`, `CET`),
            // else the place its abbreviation stands for (`AEST`), else its standard offset.
            if rule.hasSummerTime {
                if let zone = TimeZone(identifier: rule.head) ?? TimeZone(identifier: rule.abbreviation) { return (zone, nil) }
                if let place = Journal.abbreviatedTimeZone(rule.abbreviation), let zone = TimeZone(identifier: place) {
                    let caution =
                        "TZ='\(tz)' is read as \(place), the place \(rule.abbreviation) usually stands for; set TZ=\(place) to say so"
                    return (zone, caution)
                }
                return (
                    rule.fixedZone ?? utc,
                    "TZ='\(tz)' has summer-time rules this tool does not follow; days are counted at \(rule.offsetText) all year. "
                        + "Set TZ to your place's name (TZ=Europe/Paris; `ls /usr/share/zoneinfo` lists them)"
                )
            }
            // No summer time (`MST7`, `UTC0`, `<+0530>-5:30`): the fixed offset, as meant.
            if let zone = rule.fixedZone { return (zone, nil) }
        }
        let meant = Journal.suggestedTimeZone(for: name).map { "; did you mean \($0)?" } ?? "."
        return (
            utc,
            "TZ='\(tz)' is not a time zone this system knows, so days are counted in UTC\(meant) "
                + "Set TZ to a place's name (TZ=Europe/Paris), or give the journal its own zone: `micromance settings --time-zone Europe/Paris`"
        )
    }

    /// A POSIX `TZ` rule: an abbreviation (`MST`, or `<+0530>` in angle brackets), the offset to
    /// add to local time to get UTC (`7`, `-5:30`), then optionally a summer-time part.
    struct PosixRule {
        /// The abbreviation and offset (`EST5`), and with the summer part's name (`EST5EDT`).
        let head: String
        let abbreviation: String
        /// Seconds east of UTC (POSIX writes them west: `MST7` is UTC-7).
        let secondsEast: Int
        let hasSummerTime: Bool

        init?(_ text: String) {
            var rest = Substring(text)
            var abbreviation = ""
            if rest.hasPrefix("<") {
                guard let close = rest.firstIndex(of: ">") else { return nil }
                abbreviation = String(rest[rest.index(after: rest.startIndex)..<close])
                rest = rest[rest.index(after: close)...]
            } else {
                let letters = rest.prefix { $0.isASCII && $0.isLetter }
                guard letters.count >= 3 else { return nil }
                abbreviation = String(letters)
                rest = rest.dropFirst(letters.count)
            }
            var sign = 1
            if let first = rest.first, first == "+" || first == "-" {
                sign = first == "-" ? -1 : 1
                rest = rest.dropFirst()
            }
            let parts = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ":") }
            let fields = parts.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
            guard !parts.isEmpty, fields.count <= 3, fields.allSatisfy({ $0 != nil }), let hours = fields.first ?? nil, hours <= 24
            else { return nil }
            let minutes = fields.count > 1 ? fields[1] ?? 0 : 0
            guard minutes < 60 else { return nil }
            self.abbreviation = abbreviation
            secondsEast = -sign * (hours * 3600 + minutes * 60)
            rest = rest.dropFirst(parts.count)
            let summer = rest.prefix { $0 != "," }
            hasSummerTime = !summer.isEmpty
            head = String(text.prefix(text.count - rest.count + summer.count))
        }

        /// The offset as a zone: an `Etc/GMT` name for whole hours (their sign reversed, as in
        /// POSIX), else a zone of that many seconds.
        var fixedZone: TimeZone? {
            if secondsEast == 0 { return TimeZone(identifier: "UTC") }
            if secondsEast % 3600 == 0, abs(secondsEast) <= 14 * 3600 {
                let hours = -secondsEast / 3600
                return TimeZone(identifier: "Etc/GMT\(hours > 0 ? "+" : "-")\(abs(hours))")
            }
            return TimeZone(secondsFromGMT: secondsEast)
        }

        /// `UTC-07:00`.
        var offsetText: String {
            let minutes = abs(secondsEast) / 60
            return String(format: "UTC%@%02d:%02d", secondsEast < 0 ? "-" : "+", minutes / 60, minutes % 60)
        }
    }
}
