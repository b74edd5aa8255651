import Foundation

/// Time zones as people type them: the identifier a typo or an abbreviation means, and what to
/// say about a zone the system takes but that never moves for summer time.
extension Journal {
    /// The time zone identifier a mistyped one most likely means: the same letters in another
    /// case (`europe/oslo`), or one or two letters off (`Europe/Pariss`, `Amercia/Chicago`); nil
    /// when no known identifier is that close, or two are equally close.
    public static func suggestedTimeZone(for text: String) -> String? {
        // `CEST` or `pst`: the place the abbreviation stands for.
        if let meant = abbreviatedTimeZone(text) { return meant }
        let upper = text.uppercased()
        if upper == "UTC" || upper == "GMT" { return upper }
        // `+01:00`: the offset as the system names it (a fixed offset, which is warned about).
        if let sign = text.first, sign == "+" || sign == "-", text.count >= 3, text.dropFirst().allSatisfy({ $0.isNumber || $0 == ":" }),
            TimeZone(identifier: "UTC" + text) != nil
        {
            return "UTC" + text
        }
        // `London`, `new york`: the one identifier that ends with the city; `Mexico/City` read
        // as the city `Mexico_City` too (a new user's trial).
        let cities = [text] + (text.contains("/") ? [text.replacingOccurrences(of: "/", with: " ")] : [])
        for name in cities where !name.contains("/") {
            let city = name.lowercased().replacingOccurrences(of: " ", with: "_")
            let places = TimeZone.knownTimeZoneIdentifiers.filter { $0.lowercased().split(separator: "/").last.map(String.init) == city }
            if places.count == 1 { return places[0] }
        }
        let wanted = Array(text.lowercased().utf8)
        guard !wanted.isEmpty, wanted.count <= 64 else { return nil }
        var best: String?
        var bestDistance = 3
        var tied = false
        for identifier in TimeZone.knownTimeZoneIdentifiers {
            let candidate = Array(identifier.lowercased().utf8)
            guard !candidate.isEmpty, abs(candidate.count - wanted.count) <= 2 else { continue }
            let distance = editDistance(wanted, candidate)
            if distance < bestDistance {
                (best, bestDistance, tied) = (identifier, distance, false)
            } else if distance == bestDistance, best != nil {
                tied = true
            }
        }
        return tied ? nil : best
    }

    /// The place an abbreviation such as `PST` or `BST` usually stands for
    /// (`America/Los_Angeles`, `Europe/London`), when `text` is one (in any case); nil for
    /// anything else, and for UTC and GMT, which mean one thing everywhere. An abbreviation
    /// makes a poor zone for a journal even where the system takes it: systems read some
    /// differently (this one reads `BST` as Bangladesh's time, not British Summer Time), and
    /// most stand for an offset that never changes for summer.
    public static func abbreviatedTimeZone(_ text: String) -> String? {
        let upper = text.uppercased()
        guard (2...5).contains(upper.utf8.count), upper.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }), upper != "UTC", upper != "GMT"
        else { return nil }
        return TimeZone.abbreviationDictionary[upper] ?? moreAbbreviations[upper]
    }

    /// A well-known place whose standard clock is `secondsFromGMT` from UTC, to name as an
    /// example (`-18000`: America/New_York, `19800`: Asia/Kolkata); nil for an offset none of
    /// them keeps.
    public static func examplePlace(secondsFromGMT: Int) -> String? {
        let places: [Int: String] = [
            -36_000: "Pacific/Honolulu", -32_400: "America/Anchorage", -28_800: "America/Los_Angeles", -25_200: "America/Denver",
            -21_600: "America/Chicago", -18_000: "America/New_York", -14_400: "America/Halifax", -10_800: "America/Sao_Paulo",
            0: "Europe/London", 3_600: "Europe/Paris", 7_200: "Europe/Athens", 10_800: "Europe/Moscow", 12_600: "Asia/Tehran",
            14_400: "Asia/Dubai", 16_200: "Asia/Kabul", 18_000: "Asia/Karachi", 19_800: "Asia/Kolkata", 20_700: "Asia/Kathmandu",
            21_600: "Asia/Dhaka", 25_200: "Asia/Bangkok", 28_800: "Asia/Shanghai", 32_400: "Asia/Tokyo", 34_200: "Australia/Adelaide",
            36_000: "Australia/Brisbane", 43_200: "Pacific/Auckland",
        ]
        return places[secondsFromGMT]
    }

    /// The seconds east of UTC an offset written after `UTC`/`GMT` says (`+05:30`, `-0800`,
    /// `+2`), turned round for an `Etc/GMT` name; nil when it is not one.
    private static func offsetSeconds(_ text: Substring, reversed: Bool) -> Int? {
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let digits = text.dropFirst()
        let parts = digits.split(separator: ":", omittingEmptySubsequences: false)
        let hours: Int?
        let minutes: Int?
        if parts.count == 2 {
            (hours, minutes) = (Int(parts[0]), Int(parts[1]))
        } else if digits.count > 2 {
            (hours, minutes) = (Int(digits.dropLast(2)), Int(digits.suffix(2)))
        } else {
            (hours, minutes) = (Int(digits), 0)
        }
        guard let hours, let minutes, hours <= 14, minutes < 60 else { return nil }
        let seconds = (hours * 3600 + minutes * 60) * (sign == "+" ? 1 : -1)
        return reversed ? -seconds : seconds
    }

    /// Abbreviations people type that the system's table lacks (a new user's trial: AEST).
    private static let moreAbbreviations = [
        "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney", "ACST": "Australia/Adelaide", "ACDT": "Australia/Adelaide",
        "AWST": "Australia/Perth", "SAST": "Africa/Johannesburg", "WIB": "Asia/Jakarta", "IDT": "Asia/Jerusalem",
        "HKST": "Asia/Hong_Kong", "CHST": "Pacific/Guam",
    ]

    /// A caution for a zone that is a fixed offset from UTC (`UTC+2`, `GMT-05:00`,
    /// `Etc/GMT+2`): it never moves for summer time, so where the clocks change, the times and
    /// days it gives are an hour off for part of the year; and an `Etc/GMT` name counts the
    /// other way from what it seems (`Etc/GMT+2` is two hours behind UTC). Nil for any other
    /// zone, and for an offset of zero.
    public static func fixedOffsetCaution(for identifier: String) -> String? {
        // GMT is UTC itself, not London's clock, which moves to summer time (a new user's trial).
        if ["GMT", "ETC/GMT", "GMT0", "ETC/GMT0", "GMT+0", "GMT-0", "ETC/GMT+0", "ETC/GMT-0", "GREENWICH", "ETC/GREENWICH"].contains(
            identifier.uppercased())
        {
            return "'\(identifier)' is UTC itself: it never moves for summer time, so from March to October it is an hour behind "
                + "the clocks in London, Dublin or Lisbon; Europe/London (or the place's own identifier) follows them"
        }
        var rest = Substring(identifier.uppercased())
        let etc = rest.hasPrefix("ETC/")
        if etc { rest = rest.dropFirst(4) }
        guard rest.hasPrefix("UTC") || rest.hasPrefix("GMT") else { return nil }
        rest = rest.dropFirst(3)
        guard let sign = rest.first, sign == "+" || sign == "-", rest.dropFirst().contains(where: { $0.isNumber && $0 != "0" })
        else { return nil }
        // The example named is a place on the offset's clock (`UTC+05:30`: Asia/Kolkata), not
        // always Paris (a new user's trial in India).
        let place = offsetSeconds(Substring(rest), reversed: etc).flatMap { examplePlace(secondsFromGMT: $0) }
        var caution =
            "'\(identifier)' is a fixed offset from UTC: it never moves for summer time, so wherever the clocks change, "
            + "times and days read an hour off for part of the year; a place's identifier follows the changes"
            + (place.map { " (\($0) keeps this offset's clock)" } ?? ", such as Europe/Paris")
        if etc {
            let hours = rest.dropFirst()
            caution +=
                " (and mind the sign: \(identifier) is \(hours) hour\(hours == "1" ? "" : "s") \(sign == "+" ? "behind" : "ahead of") UTC, "
            caution += "as these names count the other way)"
        }
        return caution
    }

    /// What to say after "'…' is not a known time zone": the identifier meant, when one is
    /// close (``suggestedTimeZone(for:)``), or examples.
    public static func timeZoneAdvice(for text: String) -> String {
        suggestedTimeZone(for: text).map { "did you mean \($0)?" } ?? "use an identifier such as Europe/Paris or America/New_York"
    }

    /// Levenshtein's distance between two byte strings (insertions, deletions, replacements).
    private static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var previous = Array(0...b.count)
        var current = previous
        for i in a.indices {
            current[0] = i + 1
            for j in b.indices {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (a[i] == b[j] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Whether `identifier` names a time zone the system knows (`Europe/Paris`, `UTC`). An
    /// identifier is printable ASCII without spaces: the system's lookup accepts some strings
    /// with a control character after a known name ("UTC" and a NUL), which no store can keep.
    public static func isKnownTimeZone(_ identifier: String) -> Bool {
        !identifier.isEmpty && identifier.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F } && TimeZone(identifier: identifier) != nil
    }
}
