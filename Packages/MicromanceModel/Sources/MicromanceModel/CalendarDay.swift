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

    /// Reads `mon`, `Monday`, `MON` and so on.
    public init?(parsing text: String) {
        let key = text.lowercased().prefix(3)
        guard let index = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"].firstIndex(of: String(key)) else {
            return nil
        }
        self.init(rawValue: index + 1)
    }

    /// Whether the day is Monday to Friday.
    public var isWeekday: Bool { self != .saturday && self != .sunday }
}
