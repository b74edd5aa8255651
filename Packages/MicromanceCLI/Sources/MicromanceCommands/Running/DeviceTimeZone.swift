import Foundation
import MicromanceModel

/// This device's time zone, read from `TZ` as the C library reads it. Foundation on Linux knows
/// only a zone's name there: `TZ=:Europe/Paris` (the leading colon the C library allows),
/// `TZ=/usr/share/zoneinfo/Europe/Paris`, a POSIX rule such as `MST7` or
/// `CET-1CEST,M3.5.0,M10.5.0/3`, and a misspelt name all became UTC without a word, and with
/// them the day every moment logged on the device counts for.
enum DeviceTimeZone {
    /// The zone `tz` (the value of `TZ`) names, else `system` when it is unset, and what to say
    /// when it names no zone this system knows or one found by its clock. `now` picks the years
    /// a POSIX rule's changes of clocks are compared in.
    static func resolve(_ tz: String?, system: TimeZone, now: Date = Date()) -> (zone: TimeZone, caution: String?) {
        let (zone, caution, _) = resolveNoting(tz, system: system, now: now)
        return (zone, caution)
    }

    /// What ``resolve(_:system:now:)`` says, apart: `caution`, said before every command, when
    /// `TZ` names no zone this system can read; `note`, said only by the commands that set or
    /// show this device's zone (`init`, `settings`), when a rule with summer time is read as
    /// the zone whose clock it keeps, or an offset is written as POSIX reads it (`UTC+2` is two
    /// hours behind UTC) and may be meant the other way. A new user's trial found both said
    /// before every command, the second for ever when the offset was right.
    static func resolveNoting(_ tz: String?, system: TimeZone, now: Date = Date()) -> (zone: TimeZone, caution: String?, note: String?) {
        guard let tz else { return (system, nil, nil) }
        let utc = TimeZone(identifier: "UTC") ?? system
        var name = tz.trimmingCharacters(in: .whitespaces)
        // The C library reads an empty TZ as UTC.
        if name.isEmpty { return (utc, nil, nil) }
        if name.hasPrefix(":") { name.removeFirst() }
        if name.hasPrefix("/") {
            guard let zone = zoneFile(name) else {
                return (
                    utc, "TZ='\(tz)' is not a zone file this system knows, so \(noZone). Set TZ to a place's name (TZ=Europe/Paris)", nil
                )
            }
            return (zone, nil, nil)
        }
        // The zone files' other trees (`posix/Asia/Tokyo`, `right/Asia/Tokyo`) keep the same clocks.
        for tree in ["posix/", "right/"] where name.hasPrefix(tree) { name.removeFirst(tree.count) }
        if let rule = PosixRule(name) {
            // No summer time (`MST7`, `UTC0`, `<+0530>-5:30`): the fixed offset, as meant; but
            // `UTC+2` is two hours behind UTC, as POSIX counts, which is seldom what it meant.
            guard rule.summer != nil else { return (rule.fixedZone ?? utc, nil, rule.westwardCaution(tz)) }
            // Summer time: the zone whose clock is the rule's, in this year and the next (an
            // abbreviation says nothing: `IST` is India's, Ireland's and Israel's).
            if let zone = rule.matchingZone(now: now) {
                return (zone, nil, "TZ='\(tz)' is read as \(zone.identifier), whose clock it keeps; set TZ to your place's name to name it")
            }
            return (
                rule.fixedZone ?? utc,
                "TZ='\(tz)' has summer-time rules no zone of this system keeps; days are counted at \(rule.offsetText) all year. "
                    + "Set TZ to your place's name (TZ=Europe/Paris; `ls /usr/share/zoneinfo` lists them)", nil
            )
        }
        if let zone = TimeZone(identifier: name) { return (zone, nil, nil) }
        let meant = Journal.suggestedTimeZone(for: name).map { "; did you mean \($0)?" } ?? "."
        return (
            utc, "TZ='\(tz)' is not a time zone this system knows, so \(noZone)\(meant) Set TZ to a place's name (TZ=Europe/Paris)", nil
        )
    }

    /// The rule `tz` (the value of `TZ`) gives when it is an offset from UTC or GMT without
    /// summer time (`UTC+2`, `GMT-5`), which POSIX reads westward, the other way than it is most
    /// often meant, with what to say of it; nil for any other value.
    static func westwardRule(_ tz: String?) -> (rule: PosixRule, caution: String)? {
        guard var name = tz?.trimmingCharacters(in: .whitespaces) else { return nil }
        if name.hasPrefix(":") { name.removeFirst() }
        guard let rule = PosixRule(name), rule.summer == nil, let caution = rule.westwardCaution(name) else { return nil }
        return (rule, caution)
    }

    /// A well-known place whose standard time is `secondsEast` from UTC, to give as an example
    /// (`-18000`: America/New_York); nil for an offset not among them.
    static func place(secondsEast: Int) -> String? { Journal.examplePlace(secondsFromGMT: secondsEast) }

    /// What `log` says on a device whose `TZ` is an offset POSIX reads westward (`UTC-5`, read
    /// as UTC+05:00) when the journal's home zone keeps another clock now: the moment's day and
    /// time are this device's (a new user's trial: a New Yorker's moments stored at +05:00).
    static func westwardNote(_ tz: String?, device: TimeZone, home: String?, now: Date) -> String? {
        guard let (rule, caution) = westwardRule(tz), let home, let homeZone = TimeZone(identifier: home),
            homeZone.secondsFromGMT(for: now) != device.secondsFromGMT(for: now)
        else { return nil }
        return "this moment's day and time are this device's, \(rule.offsetText), where the journal's home zone, \(home), keeps "
            + "another clock: \(caution)"
    }

    /// What a `TZ` that names no zone leaves: a clock with none set, which logs and counts days
    /// in the journal's home zone (``CLIEnvironment/loggingZone(for:)``), not in UTC, as this
    /// said before (a new user's trial with `TZ=Europe/Pari` and a home zone of Europe/Paris).
    static let noZone =
        "this device is taken to have no zone set: it logs and counts days in the journal's home zone (UTC where there is none)"

    /// The zone a zone file given by its path holds: a link into the system's zone files (as
    /// `/etc/localtime` is) by the name it points at, another file by the system file with
    /// the same bytes. Nil when there is none.
    static func zoneFile(_ path: String, zoneinfo: String = "/usr/share/zoneinfo") -> TimeZone? {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        if let range = resolved.range(of: "zoneinfo/", options: .backwards) {
            var name = String(resolved[range.upperBound...])
            for tree in ["posix/", "right/"] where name.hasPrefix(tree) { name.removeFirst(tree.count) }
            if let zone = TimeZone(identifier: name) { return zone }
        }
        guard let bytes = FileManager.default.contents(atPath: resolved), bytes.starts(with: Array("TZif".utf8)),
            let walker = FileManager.default.enumerator(atPath: zoneinfo)
        else { return nil }
        while let relative = walker.nextObject() as? String {
            if relative == "posix" || relative == "right" {
                walker.skipDescendants()
                continue
            }
            let candidate = zoneinfo + "/" + relative
            guard let size = (try? FileManager.default.attributesOfItem(atPath: candidate))?[.size] as? Int, size == bytes.count,
                FileManager.default.contents(atPath: candidate) == bytes, let zone = TimeZone(identifier: relative)
            else { continue }
            return zone
        }
        return nil
    }

    /// A POSIX `TZ` rule: an abbreviation (`MST`, or `<+0530>` in angle brackets) and the
    /// offset to add to local time to get UTC (`7`, `-5:30`), then perhaps a summer-time part:
    /// its abbreviation, its offset (an hour less when left out) and when it starts and ends
    /// (`M3.5.0/1`: the last Sunday of March at 01:00; `Jn` and `n` count days of the year).
    struct PosixRule {
        /// The standard part (`EST5`), with the summer part's name (`EST5EDT`).
        let head: String
        let abbreviation: String
        /// The summer part's abbreviation (`BST`, `IDT`), or nil.
        let summerAbbreviation: String?
        /// Seconds east of UTC (POSIX writes them west: `MST7` is UTC-7).
        let secondsEast: Int
        /// Summer time: its seconds east of UTC and its two changes of clocks.
        let summer: (secondsEast: Int, start: Change, end: Change)?

        /// A day of the year and a time on it, as a rule writes them.
        enum Day {
            case monthWeekDay(month: Int, week: Int, weekday: Int)
            case julianNoLeap(Int)
            case zeroBased(Int)
        }

        struct Change {
            let day: Day
            let seconds: Int
        }

        init?(_ text: String) {
            var rest = Substring(text)
            guard let abbreviation = Self.name(&rest), let west = Self.offset(&rest) else { return nil }
            self.abbreviation = abbreviation
            secondsEast = -west
            guard !rest.isEmpty else {
                head = text
                summer = nil
                summerAbbreviation = nil
                return
            }
            guard let summerName = Self.name(&rest) else { return nil }
            summerAbbreviation = summerName
            let summerWest = rest.first.map { $0 == "," } ?? true ? west - 3600 : Self.offset(&rest)
            guard let summerWest else { return nil }
            head = String(text.prefix(text.count - rest.count))
            // Without its changes, the C library's default: the second Sunday of March to the first of November.
            var changes = rest.isEmpty ? Substring(",M3.2.0,M11.1.0") : rest
            guard changes.first == "," else { return nil }
            changes.removeFirst()
            let parts = changes.split(separator: ",", omittingEmptySubsequences: false)
            guard parts.count == 2, let start = Self.change(parts[0]), let end = Self.change(parts[1]) else { return nil }
            summer = (-summerWest, start, end)
        }

        private static func name(_ rest: inout Substring) -> String? {
            if rest.hasPrefix("<") {
                guard let close = rest.firstIndex(of: ">") else { return nil }
                let name = String(rest[rest.index(after: rest.startIndex)..<close])
                rest = rest[rest.index(after: close)...]
                return name
            }
            let letters = rest.prefix { $0.isASCII && $0.isLetter }
            guard letters.count >= 3 else { return nil }
            rest = rest.dropFirst(letters.count)
            return String(letters)
        }

        /// `[+-]hh[:mm[:ss]]` in seconds, read off the front of `rest`.
        private static func offset(_ rest: inout Substring, maxHours: Int = 24) -> Int? {
            var sign = 1
            if let first = rest.first, first == "+" || first == "-" {
                sign = first == "-" ? -1 : 1
                rest = rest.dropFirst()
            }
            let digits = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ":") }
            let fields = digits.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
            guard !digits.isEmpty, fields.count <= 3, let hours = fields[0], hours <= maxHours else { return nil }
            let minutes = fields.count > 1 ? fields[1] : 0, seconds = fields.count > 2 ? fields[2] : 0
            guard let minutes, let seconds, minutes < 60, seconds < 60 else { return nil }
            rest = rest.dropFirst(digits.count)
            return sign * (hours * 3600 + minutes * 60 + seconds)
        }

        private static func change(_ text: Substring) -> Change? {
            let pieces = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
            var time = pieces.count > 1 ? pieces[1] : "2"
            guard let seconds = offset(&time, maxHours: 167), time.isEmpty else { return nil }
            let day = pieces[0]
            if day.hasPrefix("M") {
                let numbers = day.dropFirst().split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
                guard numbers.count == 3, let month = numbers[0], let week = numbers[1], let weekday = numbers[2],
                    (1...12).contains(month), (1...5).contains(week), (0...6).contains(weekday)
                else { return nil }
                return Change(day: .monthWeekDay(month: month, week: week, weekday: weekday), seconds: seconds)
            }
            if day.hasPrefix("J") {
                guard let n = Int(day.dropFirst()), (1...365).contains(n) else { return nil }
                return Change(day: .julianNoLeap(n), seconds: seconds)
            }
            guard let n = Int(day), (0...365).contains(n) else { return nil }
            return Change(day: .zeroBased(n), seconds: seconds)
        }

        /// The local midnight of `day` in `year`, in seconds since 1970 as if local were UTC.
        private static func midnight(_ day: Day, year: Int) -> Int {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
            func date(_ month: Int, _ day: Int) -> Int {
                Int(calendar.date(from: DateComponents(year: year, month: month, day: day))?.timeIntervalSince1970 ?? 0)
            }
            switch day {
            case let .monthWeekDay(month, week, weekday):
                let first = date(month, 1)
                // 1970-01-01 was a Thursday (4).
                let firstWeekday = ((first / 86_400) % 7 + 4 + 7) % 7
                var day = 1 + (weekday - firstWeekday + 7) % 7 + (week - 1) * 7
                let length = calendar.range(of: .day, in: .month, for: Date(timeIntervalSince1970: Double(first)))?.count ?? 31
                while day > length { day -= 7 }
                return first + (day - 1) * 86_400
            case .julianNoLeap(let n):
                let leap = calendar.range(of: .day, in: .year, for: Date(timeIntervalSince1970: Double(date(1, 1))))?.count == 366
                return date(1, 1) + (n - 1 + (leap && n >= 60 ? 1 : 0)) * 86_400
            case .zeroBased(let n):
                return date(1, 1) + n * 86_400
            }
        }

        /// When summer time starts and ends in `year`, in seconds since 1970 (UTC).
        func changes(in year: Int) -> (start: Int, end: Int)? {
            guard let summer else { return nil }
            let start = Self.midnight(summer.start.day, year: year) + summer.start.seconds - secondsEast
            let end = Self.midnight(summer.end.day, year: year) + summer.end.seconds - summer.secondsEast
            return (start, end)
        }

        /// Seconds east of UTC at `instant` (seconds since 1970) in `year`, by the rule.
        func secondsEast(at instant: Int, year: Int) -> Int {
            guard let summer, let (start, end) = changes(in: year) else { return secondsEast }
            let inSummer = start < end ? (instant >= start && instant < end) : (instant >= start || instant < end)
            return inSummer ? summer.secondsEast : secondsEast
        }

        /// The place of this system whose clock is the rule's over this year and the next: the
        /// one its abbreviations usually stand for when it keeps that clock, else the first by
        /// name. Nil when none does.
        func matchingZone(now: Date) -> TimeZone? {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
            let year = calendar.component(.year, from: now)
            var samples = [(instant: Int, east: Int)]()
            for y in [year, year + 1] {
                for month in 1...12 {
                    let noon = Int(
                        calendar.date(from: DateComponents(year: y, month: month, day: 15, hour: 12))?.timeIntervalSince1970 ?? 0)
                    samples.append((noon, secondsEast(at: noon, year: y)))
                }
                if let (start, end) = changes(in: y) {
                    for instant in [start - 3_600, start + 3_600, end - 3_600, end + 3_600] {
                        samples.append((instant, secondsEast(at: instant, year: y)))
                    }
                }
            }
            func keeps(_ zone: TimeZone) -> Bool {
                samples.allSatisfy { zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double($0.instant))) == $0.east }
            }
            // A place, never the old zone names a rule's head or abbreviation may match
            // (`CET`, `EST5EDT`): `settings --time-zone` refuses them as abbreviations, and a
            // journal's home zone taken from such a `TZ` was one (a new user's trial).
            // Of the places that keep it, the one its abbreviations usually stand for (`BST`:
            // Europe/London, `IDT`: Asia/Jerusalem), else the first by name, the poles last.
            let usual = [summerAbbreviation, abbreviation].compactMap { $0.flatMap(Journal.abbreviatedTimeZone) }
            for identifier in usual {
                if let zone = TimeZone(identifier: identifier), keeps(zone) { return zone }
            }
            let places = TimeZone.knownTimeZoneIdentifiers.filter { $0.contains("/") && !$0.hasPrefix("Etc/") }
                .sorted {
                    ($0.hasPrefix("Antarctica/") || $0.hasPrefix("Arctic/") ? 1 : 0, $0) < (
                        $1.hasPrefix("Antarctica/") || $1.hasPrefix("Arctic/") ? 1 : 0, $1
                    )
                }
            for identifier in places {
                if let zone = TimeZone(identifier: identifier), keeps(zone) { return zone }
            }
            return nil
        }

        /// The standard offset as a zone: an `Etc/GMT` name for whole hours (their sign
        /// reversed, as in POSIX), else a zone of that many seconds.
        var fixedZone: TimeZone? {
            if secondsEast == 0 { return TimeZone(identifier: "UTC") }
            if secondsEast % 3600 == 0, abs(secondsEast) <= 14 * 3600 {
                let hours = -secondsEast / 3600
                return TimeZone(identifier: "Etc/GMT\(hours > 0 ? "+" : "-")\(abs(hours))")
            }
            return TimeZone(secondsFromGMT: secondsEast)
        }

        /// What to say about a rule without summer time written as an offset from UTC or GMT
        /// (`UTC+2`, `GMT-5`), which POSIX reads westward: `UTC+2` is two hours behind UTC, as
        /// the C library and `date` read it too, where its writer most often meant ahead.
        func westwardCaution(_ tz: String) -> String? {
            guard secondsEast != 0, ["UTC", "GMT", "UT"].contains(abbreviation.uppercased()) else { return nil }
            let other = PosixRule.opposite(head)
            let place = DeviceTimeZone.place(secondsEast: -secondsEast) ?? "Europe/Paris"
            return "TZ='\(tz)' is \(offsetText), as the C library reads it: a POSIX rule counts hours west of Greenwich, so "
                + "a + is behind UTC and a - ahead; if you meant \(PosixRule(other)?.offsetText ?? "the other way"), that is "
                + "TZ='\(other)', and a place's name (such as TZ=\(place)) also follows its summer time"
        }

        /// `text` with the sign of its offset turned round (`UTC+2` → `UTC-2`, `GMT5` → `GMT-5`).
        static func opposite(_ text: String) -> String {
            guard let index = text.firstIndex(where: { $0 == "+" || $0 == "-" || $0.isNumber }) else { return text }
            let sign = text[index]
            let rest = sign.isNumber ? text[index...] : text[text.index(after: index)...]
            return text[..<index] + (sign == "-" ? "+" : "-") + rest
        }

        /// `UTC-07:00`.
        var offsetText: String {
            let minutes = abs(secondsEast) / 60
            return String(format: "UTC%@%02d:%02d", secondsEast < 0 ? "-" : "+", minutes / 60, minutes % 60)
        }
    }
}
