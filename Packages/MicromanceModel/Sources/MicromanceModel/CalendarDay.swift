import Foundation

/// A day on the calendar (year, month, day) with no time and no time zone, written
/// `YYYY-MM-DD` in every file format: a birthday, the day of a presentation, the first
/// day of a ritual.
public struct CalendarDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The year, for example 2026.
    public let year: Int
    /// The month, 1...12.
    public let month: Int
    /// The day of the month, 1...31.
    public let day: Int

    /// Creates a day, or returns nil when the date does not exist (2026-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CivilDate.daysInMonth(year: year, month: month)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates the day with the given number of days since 1970-01-01.
    public init(dayNumber: Int) {
        let civil = CivilDate.civil(dayNumber: dayNumber)
        year = civil.year
        month = civil.month
        day = civil.day
    }

    /// Reads `YYYY-MM-DD`; returns nil for anything else or for a date that does not exist.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let y = Self.number(bytes[0..<4]), let m = Self.number(bytes[5..<7]),
            let d = Self.number(bytes[8..<10])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The number of days in a month of a year (February has 29 in leap years).
    public static func daysInMonth(year: Int, month: Int) -> Int {
        CivilDate.daysInMonth(year: year, month: month)
    }

    /// The day on which `date` falls in `timeZone`.
    public init(_ date: Date, in timeZone: TimeZone) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
        self.init(dayNumber: CivilDate.floorDiv(seconds, 86_400))
    }

    /// Days since 1970-01-01 (negative before it).
    public var dayNumber: Int { CivilDate.dayNumber(year: year, month: month, day: day) }

    /// The day `count` days later (or earlier, for a negative count).
    public func adding(days count: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + count) }

    /// The number of days from this day to `other` (positive when `other` is later).
    public func days(until other: CalendarDay) -> Int { other.dayNumber - dayNumber }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (weekday 5 with Sunday = 1).
        let index = ((dayNumber % 7) + 7 + 4) % 7  // 0 = Sunday
        return Weekday(rawValue: index + 1) ?? .sunday
    }

    /// The first instant of this day in `timeZone`.
    public func start(in timeZone: TimeZone) -> Date {
        let utc = Date(timeIntervalSince1970: TimeInterval(dayNumber * 86_400))
        // Two passes settle the offset on days where it changes (daylight saving).
        var date = utc.addingTimeInterval(-TimeInterval(timeZone.secondsFromGMT(for: utc)))
        date = utc.addingTimeInterval(-TimeInterval(timeZone.secondsFromGMT(for: date)))
        return date
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let s = String(value)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Orders days chronologically.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Decodes a `YYYY-MM-DD` string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = CalendarDay(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a date in the form YYYY-MM-DD")
        }
        self = day
    }

    /// Encodes as a `YYYY-MM-DD` string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }
}

/// A day of the week, numbered as `Calendar` numbers them (Sunday = 1).
public enum Weekday: Int, CaseIterable, Codable, Sendable, CustomStringConvertible {
    /// Sunday (1).
    case sunday = 1
    /// Monday (2).
    case monday
    /// Tuesday (3).
    case tuesday
    /// Wednesday (4).
    case wednesday
    /// Thursday (5).
    case thursday
    /// Friday (6).
    case friday
    /// Saturday (7).
    case saturday

    /// The three-letter English abbreviation used in files: `mon`, `tue`, ...
    public var shortName: String {
        ["sun", "mon", "tue", "wed", "thu", "fri", "sat"][rawValue - 1]
    }

    /// The three-letter name.
    public var description: String { shortName }

    /// Reads `mon`, `Monday`, `MON`, `Tues`, `thurs.` and so on: the English name or a start of
    /// it three letters or longer, in any case, a full stop after it allowed. Anything else is
    /// not a day: `sundy`, `monkey` and `frisbee` were read by their first three letters as
    /// Sunday, Monday and Friday (a new user's trial); ``suggestion(for:)`` names the day meant.
    public init?(parsing text: String) {
        var key = text.trimmingCharacters(in: .whitespaces).lowercased()
        if key.hasSuffix(".") { key.removeLast() }
        guard key.count >= 3, let index = Self.fullNames.firstIndex(where: { $0.hasPrefix(key) }) ?? Self.shortened[key] else {
            return nil
        }
        self.init(rawValue: index + 1)
    }

    /// The days' English names, Sunday first.
    private static let fullNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
    /// Shortenings that are not a start of the name, with the day's place in ``fullNames``.
    private static let shortened = ["weds": 3, "thur": 4, "thurs": 4]

    /// The day a text that is not one most likely meant (`sundy`: sunday, `fir`: friday,
    /// `thrusday`: thursday), by the fewest letters changed: one in a word of up to five
    /// letters, two in a longer one, and the first letter kept (`lundi` is no Sunday); nil
    /// otherwise.
    public static func suggestion(for text: String) -> Weekday? {
        let key = Array(text.trimmingCharacters(in: .whitespaces).lowercased())
        guard key.count >= 2 else { return nil }
        let allowed = key.count <= 5 ? 1 : 2
        var best: (distance: Int, day: Int)?
        for (index, name) in fullNames.enumerated() where name.first == key.first {
            // Against the whole name and its start as long as the text (`fir` against `fri`).
            for candidate in [Array(name), Array(name.prefix(key.count))] {
                let distance = editDistance(key, candidate)
                if distance <= allowed, distance < best?.distance ?? .max { best = (distance, index) }
            }
        }
        return best.flatMap { Weekday(rawValue: $0.day + 1) }
    }

    /// Levenshtein distance, a swap of two neighbours counting one.
    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                var cost = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { cost = min(cost, table[i - 2][j - 2] + 1) }
                table[i][j] = cost
            }
        }
        return table[a.count][b.count]
    }

    /// Whether the day is Monday to Friday.
    public var isWeekday: Bool { self != .saturday && self != .sunday }
}

extension Sequence where Element == Weekday {
    /// The days each once, in the order first given: `fri,mon,fri` is Friday and Monday. A
    /// ritual's days and a week's rest days are sets written as lists; a day given twice was
    /// kept twice (and written `BYDAY=MO,MO` to a calendar).
    public func eachOnce() -> [Weekday] {
        var seen = Set<Weekday>()
        return filter { seen.insert($0).inserted }
    }
}
