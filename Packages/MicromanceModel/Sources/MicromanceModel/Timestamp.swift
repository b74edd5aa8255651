import Foundation

/// A fixed-format reader and writer for ISO 8601 timestamps with an offset, such as
/// `2026-11-24T08:15:00+01:00`, `2026-11-24T07:15:00Z` or `2026-11-24T08:15:00.250+01:00`.
///
/// It exists because journals hold up to millions of timestamps and Foundation's
/// `ISO8601DateFormatter` costs tens of microseconds per parse on Linux. Only the
/// extended calendar form with seconds is accepted; the offset is required.
public enum Timestamp {
    /// Reads a timestamp, or returns nil when `text` is not in the accepted form.
    public static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    private static let earliest = CivilDate.dayNumber(year: 1, month: 1, day: 1) * 86_400
    private static let latest = CivilDate.dayNumber(year: 9999, month: 1, day: 1) * 86_400

    /// The instants a journal can hold: from the start of year 1 to the end of year 9998, so
    /// that written at any UTC offset a timestamp keeps a four-digit year and reads back.
    public static let supportedRange = Date(timeIntervalSince1970: Double(earliest))..<Date(timeIntervalSince1970: Double(latest))

    /// Reads a timestamp from UTF-8 bytes. Instants before year 1 or after year 9998 are refused.
    public static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        var memo = DayMemo()
        return parse(bytes: bytes, memo: &memo)
    }

    /// The last date a reader parsed (its ten bytes, `YYYY-MM-DD`, as two words) and its day
    /// number: the timestamps of a large file come in date order, most sharing the date of
    /// the one before, so the date is checked and counted once per day instead of once per
    /// record. Exposed to the other Micromance packages only (SPI).
    @_spi(MicromanceInternals)
    public struct DayMemo {
        var head: UInt64 = 0
        var tail: UInt64 = 0
        var days = 0
        /// No date yet.
        public init() {}
        init(head: UInt64, tail: UInt64, days: Int) {
            self.head = head
            self.tail = tail
            self.days = days
        }
    }

    /// Reads a timestamp from UTF-8 bytes, remembering its date in `memo` for the next one.
    @_spi(MicromanceInternals)
    public static func parse(bytes: UnsafeBufferPointer<UInt8>, memo: inout DayMemo) -> Date? {
        let n = bytes.count
        guard n >= 20, let p = bytes.baseAddress else { return nil }
        // `YYYY-MM-DDTHH:MM:SS` is checked eight bytes at a time (it is read for every moment
        // of a large table): the fourteen digits are digits, the five separators in place.
        let raw = UnsafeRawPointer(p)
        let head = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))  // YYYY-MM-
        let middle = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))  // DDTHH:MM
        let tail = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 12, as: UInt64.self))  // HH:MM:SS
        guard head & 0xFF00_00FF_0000_0000 == 0x2D00_002D_0000_0000,  // "-" at 4 and 7
            (middle >> 16) & 0xDF == 0x54, (middle >> 40) & 0xFF == 0x3A,  // "T" or "t" at 10, ":" at 13
            (tail >> 32) & 0xFF == 0x3A,  // ":" at 16
            notDigits(head) & 0x0080_8000_8080_8080 == 0, notDigits(middle) & 0x8080_0080_8000_8080 == 0,
            notDigits(tail) & 0x0080_8000_0000_0000 == 0
        else { return nil }
        @inline(__always) func two(_ i: Int) -> Int { Int(p[i] &- 48) &* 10 &+ Int(p[i &+ 1] &- 48) }
        let hour = two(11), minute = two(14), second = two(17)
        guard hour < 24, minute < 60, second < 61 else { return nil }
        // The date: the one before again (a memo is set only by a date that passed), or checked and counted.
        let dateTail = middle & 0xFFFF
        let days: Int
        if memo.head == head, memo.tail == dateTail, memo.head != 0 {
            days = memo.days
        } else {
            let year = two(0) &* 100 &+ two(2), month = two(5), day = two(8)
            guard month >= 1, month <= 12, day >= 1, day <= CivilDate.daysInMonth(year: year, month: month) else { return nil }
            days = CivilDate.dayNumber(year: year, month: month, day: day)
            memo = DayMemo(head: head, tail: dateTail, days: days)
        }
        var i = 19
        var fraction = 0.0
        if p[i] == 46 {  // "."
            i += 1
            var scale = 0.1
            let start = i
            while i < n, p[i] >= 48, p[i] <= 57 {
                fraction += Double(p[i] - 48) * scale
                scale /= 10
                i += 1
            }
            guard i > start, i - start <= 9 else { return nil }
        }
        guard i < n else { return nil }
        var offset = 0
        switch p[i] {
        case 90, 122:  // Z
            guard i + 1 == n else { return nil }
        case 43, 45:  // + -
            guard i + 6 == n, p[i + 3] == 58, p[i + 1] &- 48 < 10, p[i + 2] &- 48 < 10, p[i + 4] &- 48 < 10, p[i + 5] &- 48 < 10
            else { return nil }
            let oh = two(i + 1), om = two(i + 4)
            guard oh < 24, om < 60 else { return nil }
            offset = (oh * 3600 + om * 60) * (p[i] == 45 ? -1 : 1)
        default:
            return nil
        }
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset
        // Instants from year 1 to year 9998 only: written at any offset they keep a four-digit year.
        guard seconds >= earliest, seconds < latest else { return nil }
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    /// A word's bytes that are not ASCII digits, each marked by its top bit. A digit above such
    /// a byte may be marked too (a carry): the lowest mark is always the first byte that is not
    /// a digit. Shared with ``ChangeStamp``'s digit runs.
    @inline(__always)
    static func notDigits(_ word: UInt64) -> UInt64 {
        let values = word ^ 0x3030_3030_3030_3030
        return (values | (values &+ 0x7676_7676_7676_7676)) & 0x8080_8080_8080_8080
    }

    /// Writes `date` as it reads on a wall clock at UTC offset `offsetSeconds`, with the
    /// offset (or `Z` for zero). Milliseconds are written only when they are not zero.
    public static func format(_ date: Date, offsetSeconds: Int) -> String {
        var out = [UInt8]()
        out.reserveCapacity(29)
        write(date, offsetSeconds: offsetSeconds, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the timestamp's UTF-8 bytes to `out`, as ``format(_:offsetSeconds:)`` writes it,
    /// for writers that build a file without making a String per timestamp.
    public static func write(_ date: Date, offsetSeconds: Int, into out: inout [UInt8]) {
        // Written on the stack and appended at once: a byte at a time, each append checked the
        // array's capacity and uniqueness (a tenth of a CSV save).
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longestWritten) { buffer in
            guard let base = buffer.baseAddress else { return }
            out.append(contentsOf: UnsafeBufferPointer(start: base, count: write(date, offsetSeconds: offsetSeconds, at: base)))
        }
    }

    /// The most bytes ``write(_:offsetSeconds:at:)`` writes.
    @_spi(MicromanceInternals)
    public static let longestWritten = 32

    /// Writes the timestamp's UTF-8 bytes at `pointer`, which has room for
    /// ``longestWritten`` of them, and returns how many it wrote: for the stores' writers,
    /// which write in place.
    @_spi(MicromanceInternals)
    public static func write(_ date: Date, offsetSeconds: Int, at pointer: UnsafeMutablePointer<UInt8>) -> Int {
        // Offsets are written to the minute, so the wall time is too (old local mean times
        // had offsets with seconds, which ISO 8601 cannot carry).
        let offsetSeconds = offsetSeconds / 60 * 60
        let totalMillis = Int((date.timeIntervalSince1970 * 1000).rounded()) + offsetSeconds * 1000
        let millis = totalMillis - CivilDate.floorDiv(totalMillis, 1000) * 1000
        let seconds = CivilDate.floorDiv(totalMillis, 1000)
        let days = CivilDate.floorDiv(seconds, 86_400)
        let secondOfDay = seconds - days * 86_400
        let civil = CivilDate.civil(dayNumber: days)
        var count = 0
        // Two digits at a time, without a division: for 0 to 99, `v * 103 >> 10` is v / 10
        // (a digit a step, with a division and a remainder each, was half of this function
        // in a 1M CSV save: callgrind).
        func pair(_ value: Int) {
            let tens = (value &* 103) &>> 10
            pointer[count] = UInt8(truncatingIfNeeded: 48 &+ tens)
            pointer[count &+ 1] = UInt8(truncatingIfNeeded: 48 &+ value &- tens &* 10)
            count &+= 2
        }
        func mark(_ byte: UInt8) {
            pointer[count] = byte
            count &+= 1
        }
        let century = civil.year / 100
        pair(century); pair(civil.year &- century &* 100); mark(45); pair(civil.month); mark(45); pair(civil.day)
        mark(84)
        let hour = secondOfDay / 3600, minute = secondOfDay / 60 % 60
        pair(hour); mark(58); pair(minute); mark(58); pair(secondOfDay &- hour &* 3600 &- minute &* 60)
        if millis != 0 {
            let hundreds = millis / 100
            mark(46); mark(UInt8(truncatingIfNeeded: 48 &+ hundreds)); pair(millis &- hundreds &* 100)
        }
        if offsetSeconds == 0 {
            mark(90)
        } else {
            let a = abs(offsetSeconds)
            mark(offsetSeconds < 0 ? 45 : 43)
            pair(a / 3600); mark(58); pair(a / 60 % 60)
        }
        return count
    }

    /// Writes `date` with the offset that `timeZone` has at that instant.
    public static func format(_ date: Date, in timeZone: TimeZone) -> String {
        format(date, offsetSeconds: timeZone.secondsFromGMT(for: date))
    }

    /// Rounds a date to whole milliseconds, the precision every store keeps.
    public static func normalized(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded() / 1000)
    }
}

extension Timestamp {
    /// Why `text` is not a timestamp a journal can hold, in words (the text cut to 40
    /// characters): a well-formed one outside years 1 to 9998 (in UTC) says so, one in the
    /// form whose date or time does not exist (29 February 2027, a 13th month) says that, and
    /// anything else is not a timestamp at all.
    public static func problem(with text: String) -> String {
        let shown = text.count > 40 ? String(text.prefix(37)) + "…" : text
        let bytes = Array(text.utf8)
        // The same text in a year inside the range with the same leap days reads: the year is out.
        if bytes.count >= 20, bytes.prefix(4).allSatisfy({ $0 >= 48 && $0 <= 57 }),
            let year = Int(String(decoding: bytes.prefix(4), as: UTF8.self)), year <= 1 || year >= 9998
        {
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            if parse((leap ? "2000" : "2001") + text.dropFirst(4)) != nil {
                return "'\(shown)' is outside the years a journal can hold (1 to 9998, in UTC)"
            }
        }
        if hasTheForm(bytes) {
            return "'\(shown)' is written as a timestamp but names a day or time that does not exist "
                + "(such as 29 February outside a leap year, or a 13th month)"
        }
        return "'\(shown)' is not a timestamp like 2026-11-24T08:15:00+01:00"
    }

    /// Whether `bytes` are laid out as `YYYY-MM-DDTHH:MM:SS`, perhaps with a fraction of a
    /// second, then `Z` or an offset `±HH:MM`, whatever the digits say.
    static func hasTheForm(_ bytes: [UInt8]) -> Bool {
        func digits(_ range: Range<Int>) -> Bool { range.allSatisfy { $0 < bytes.count && bytes[$0] >= 48 && bytes[$0] <= 57 } }
        guard bytes.count >= 20, digits(0..<4), bytes[4] == 45, digits(5..<7), bytes[7] == 45, digits(8..<10), bytes[10] == 84,
            digits(11..<13), bytes[13] == 58, digits(14..<16), bytes[16] == 58, digits(17..<19)
        else { return false }
        var index = 19
        if bytes[index] == 46 {
            index += 1
            let start = index
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 { index += 1 }
            guard index > start else { return false }
        }
        guard index < bytes.count else { return false }
        if bytes[index] == 90 { return index + 1 == bytes.count }
        return (bytes[index] == 43 || bytes[index] == 45) && index + 6 == bytes.count && digits(index + 1..<index + 3)
            && bytes[index + 3] == 58 && digits(index + 4..<index + 6)
    }
}

extension KeyedDecodingContainer {
    /// An ISO 8601 timestamp with an offset, as records write them; a clear error names a
    /// value that is not one (cut to 40 characters).
    func decodeTimestamp(forKey key: Key) throws -> Date {
        let text = try decode(String.self, forKey: key)
        guard let date = Timestamp.parse(text) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self,
                debugDescription: Timestamp.problem(with: text))
        }
        return date
    }
}

extension KeyedEncodingContainer {
    /// `date` as an ISO 8601 timestamp with the offset of `timeZone` (an IANA identifier;
    /// UTC when this system does not know it), so a file shows the wall-clock time.
    mutating func encodeTimestamp(_ date: Date, timeZone: String, forKey key: Key) throws {
        let zone = TimeZone(identifier: timeZone) ?? TimeZone(secondsFromGMT: 0) ?? .current
        try encode(Timestamp.format(date, in: zone), forKey: key)
    }
}
