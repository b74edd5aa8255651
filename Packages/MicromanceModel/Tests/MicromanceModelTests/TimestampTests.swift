import Foundation
import Testing

@_spi(MicromanceInternals) @testable import MicromanceModel

@Suite struct TimestampTests {
    @Test func readsUTCAndOffsets() throws {
        let utc = try #require(Timestamp.parse("2026-11-24T07:15:00Z"))
        let paris = try #require(Timestamp.parse("2026-11-24T08:15:00+01:00"))
        let newYork = try #require(Timestamp.parse("2026-11-24T02:15:00-05:00"))
        #expect(utc == paris)
        #expect(utc == newYork)
        #expect(utc.timeIntervalSince1970 == 1_795_504_500)
    }

    @Test func readsFractionalSeconds() throws {
        let date = try #require(Timestamp.parse("2026-11-24T07:15:00.250Z"))
        #expect(abs(date.timeIntervalSince1970 - 1_795_504_500.25) < 1e-6)
    }

    @Test(arguments: [
        "", "2026-11-24", "2026-11-24T07:15:00", "2026-13-01T00:00:00Z", "2026-02-29T00:00:00Z",
        "2026-11-24T24:00:00Z", "2026-11-24T07:15:00+0100", "2026-11-24 07:15:00Z", "2026-11-24T07:15:00Zjunk",
    ])
    func rejectsMalformed(_ text: String) {
        #expect(Timestamp.parse(text) == nil)
    }

    /// Every byte of the date and time is checked: any other byte in a digit's or a
    /// separator's place (a letter, a space, the characters just below "0" and just above "9",
    /// a byte above ASCII) is refused, as is an offset with a letter in it.
    @Test func everyPlaceIsChecked() {
        let good = Array("2026-11-24T07:15:09+01:00".utf8)
        #expect(good.withUnsafeBufferPointer { Timestamp.parse(bytes: $0) } != nil)
        for place in 0..<good.count where place != 10 {
            for other: UInt8 in [0x2F, 0x3A, 0x20, 0x41, 0x7F, 0xC3, 0xFF, 0x00] where other != good[place] {
                var bad = good
                bad[place] = other
                #expect(bad.withUnsafeBufferPointer { Timestamp.parse(bytes: $0) } == nil, "\(place): \(other)")
            }
        }
        // The T may be written in lower case; other letters may not.
        var lower = good
        lower[10] = UInt8(ascii: "t")
        #expect(lower.withUnsafeBufferPointer { Timestamp.parse(bytes: $0) } != nil)
        lower[10] = UInt8(ascii: "U")
        #expect(lower.withUnsafeBufferPointer { Timestamp.parse(bytes: $0) } == nil)
        // Each field read in its own place.
        let read = Timestamp.parse("1987-06-05T04:03:02Z")
        #expect(read?.timeIntervalSince1970 == 549_864_182)
    }

    @Test func acceptsLeapDay() {
        #expect(Timestamp.parse("2028-02-29T12:00:00Z") != nil)
    }

    @Test func writesWallClockWithOffset() throws {
        let date = Date(timeIntervalSince1970: 1_795_504_500)
        let paris = try #require(TimeZone(identifier: "Europe/Paris"))
        #expect(Timestamp.format(date, in: paris) == "2026-11-24T08:15:00+01:00")
        #expect(Timestamp.format(date, offsetSeconds: 0) == "2026-11-24T07:15:00Z")
        #expect(Timestamp.format(date, offsetSeconds: 19_800) == "2026-11-24T12:45:00+05:30")
        #expect(Timestamp.format(date.addingTimeInterval(0.5), offsetSeconds: -3600) == "2026-11-24T06:15:00.500-01:00")
    }

    /// Each field written as the calendar reads it: the writer puts two digits at a time
    /// without dividing, so every value from 0 to 99 in every place is compared.
    @Test func writesWhatTheCalendarReads() throws {
        var calendar = Calendar(identifier: .gregorian)
        var generator = SeededGenerator(seed: 11)
        for step in 0..<3_000 {
            // Years 1 to 9998 (their first and last two digits each take every value), then
            // the days and times around now. Before 1583 the text is checked by reading it back.
            let seconds =
                step < 1_500
                ? Int.random(in: -62_135_596_800 + 86_400...253_370_764_800 - 86_400 * 2, using: &generator)
                : Int.random(in: 1_700_000_000...1_800_000_000, using: &generator)
            let millis = step % 3 == 0 ? 0 : Int.random(in: 1...999, using: &generator)
            let offset = [0, 3_600, -3_600, 19_800, 20_700, -12_600, 50_400, -43_200, 45_900][step % 9]
            let date = Date(timeIntervalSince1970: Double(seconds) + Double(millis) / 1000)
            calendar.timeZone = try #require(TimeZone(secondsFromGMT: offset))
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            let wall = String(
                format: "%04d-%02d-%02dT%02d:%02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
            let fraction = millis == 0 ? "" : String(format: ".%03d", millis)
            let zone =
                offset == 0 ? "Z" : String(format: "%@%02d:%02d", offset < 0 ? "-" : "+", abs(offset) / 3600, abs(offset) / 60 % 60)
            let written = Timestamp.format(date, offsetSeconds: offset)
            #expect(Timestamp.parse(written) == Timestamp.normalized(date), "\(written)")
            // Foundation's Gregorian calendar is Julian before October 1582; ISO 8601's is not.
            guard seconds >= -12_212_553_600 else { continue }  // 1583-01-01
            #expect(written == wall + fraction + zone, "\(seconds) \(millis) \(offset)")
        }
    }

    @Test func roundTripsOverManyDates() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<2_000 {
            let seconds = Double(Int.random(in: -2_000_000_000...4_000_000_000, using: &generator))
            let millis = Double(Int.random(in: 0...999, using: &generator)) / 1000
            let date = Date(timeIntervalSince1970: seconds + millis)
            let offset = Int.random(in: -12...14, using: &generator) * 3600
            let text = Timestamp.format(date, offsetSeconds: offset)
            #expect(Timestamp.parse(text) == Timestamp.normalized(date), "\(text)")
        }
    }
}

@Suite struct CalendarDayTests {
    @Test func parsesAndPrints() throws {
        let day = try #require(CalendarDay("2028-02-29"))
        #expect(day.description == "2028-02-29")
        #expect(CalendarDay("2027-02-29") == nil)
        #expect(CalendarDay("2027-2-9") == nil)
    }

    @Test func weekdaysAndArithmetic() throws {
        let day = try #require(CalendarDay("2026-11-24"))
        #expect(day.weekday == .tuesday)
        #expect(day.adding(days: 7).description == "2026-12-01")
        #expect(try #require(CalendarDay("2028-02-28")).adding(days: 1).description == "2028-02-29")
        #expect(day.days(until: try #require(CalendarDay("2027-01-01"))) == 38)
    }

    @Test func localDayDependsOnTimeZone() throws {
        let instant = try #require(Timestamp.parse("2026-11-24T23:30:00Z"))
        #expect(CalendarDay(instant, in: try #require(TimeZone(identifier: "UTC"))).description == "2026-11-24")
        #expect(CalendarDay(instant, in: try #require(TimeZone(identifier: "Asia/Tokyo"))).description == "2026-11-25")
        #expect(CalendarDay(instant, in: try #require(TimeZone(identifier: "America/Los_Angeles"))).description == "2026-11-24")
    }

    @Test func startOfDayAcrossDaylightSaving() throws {
        let paris = try #require(TimeZone(identifier: "Europe/Paris"))
        // 2026-03-29: clocks go forward at 02:00 in Paris; the day still starts at 00:00 +01:00.
        let start = try #require(CalendarDay("2026-03-29")).start(in: paris)
        #expect(Timestamp.format(start, in: paris) == "2026-03-29T00:00:00+01:00")
        let next = try #require(CalendarDay("2026-03-30")).start(in: paris)
        #expect(next.timeIntervalSince(start) == 23 * 3600)
    }
}

/// Found by the date fuzzer: instants near year 0 or 9999 written at some offsets had a
/// year that does not fit four digits, and did not read back.
@Suite struct TimestampRangeTests {
    @Test func onlyYearsOneTo9998() throws {
        #expect(Timestamp.parse("0000-12-31T23:00:00Z") == nil)
        #expect(Timestamp.parse("0001-01-01T00:30:00+01:00") == nil)
        #expect(Timestamp.parse("9999-01-01T00:00:00Z") == nil)
        let first = try #require(Timestamp.parse("0001-01-01T00:00:00Z"))
        let last = try #require(Timestamp.parse("9998-12-31T23:59:59Z"))
        for date in [first, last] {
            for offset in [-50_400, -12_600, 0, 3_600, 50_400] {
                #expect(Timestamp.parse(Timestamp.format(date, offsetSeconds: offset)) == date, "\(date) at \(offset)")
            }
            #expect(Timestamp.supportedRange.contains(date))
        }
    }

    @Test func validationRefusesMomentsOutsideTheRange() throws {
        var journal = Journal()
        try journal.add(Partner(name: "Alex"))
        try journal.add(Partner(name: "Sam"))
        let far = Moment(id: "far", at: Date(timeIntervalSince1970: 1e12), timeZone: "UTC", giver: "alex", receiver: "sam", title: "Hug")
        #expect(throws: JournalValidationError.self) { try journal.log(far) }
        journal.moments.append(far)
        #expect(journal.problems().contains { if case .invalidDate(_, "moment far") = $0 { return true } else { return false } })
    }

    /// What a refused timestamp is told: a year out of range, a day or time that does not exist
    /// in the right form, or not a timestamp at all (found by a new user's trial: 29 February
    /// 2027 was said to be outside the years a journal holds).
    @Test func aRefusedTimestampIsExplained() {
        let outside = ["0000-06-01T08:00:00Z", "9999-01-01T08:00:00Z", "9998-12-31T23:30:00-01:00", "0001-01-01T00:30:00+01:00"]
        for text in outside {
            #expect(Timestamp.parse(text) == nil, "\(text)")
            #expect(Timestamp.problem(with: text).hasSuffix("is outside the years a journal can hold (1 to 9998, in UTC)"), "\(text)")
        }
        for text in ["2027-02-29T10:00:00+01:00", "2026-13-04T10:00:00Z", "2026-11-24T25:00:00.5Z", "9998-02-29T08:00:00Z"] {
            #expect(Timestamp.parse(text) == nil, "\(text)")
            #expect(Timestamp.problem(with: text).contains("names a day or time that does not exist"), "\(text)")
        }
        for text in ["2026-11-24 08:15:00", "2026-11-24T08:15:00", "yesterday", "2026-11-24T08:15:00+0100"] {
            #expect(Timestamp.problem(with: text) == "'\(text)' is not a timestamp like 2026-11-24T08:15:00+01:00", "\(text)")
        }
    }
}

/// A reader remembers the last date it read; the answers must be those of a reader that does not.
@Suite struct TimestampDayMemoTests {
    @Test func aRememberedDateGivesWhatAFreshParseGives() {
        let stamps = [
            "2026-02-28T23:59:59+01:00", "2026-02-28T00:00:00Z", "2026-02-29T10:00:00Z", "2026-02-28T25:00:00Z",
            "2026-02-28T10:00:00.250-05:00", "2024-02-29T12:00:00+14:00", "2024-02-29T12:00:00Z", "2024-02-30T12:00:00Z",
            "2024-02-29T12:00:00Z", "0001-01-01T00:00:00+01:00", "0001-01-01T00:00:00Z", "2026-13-01T00:00:00Z",
            "2026-12-01T00:00:00Z", "2026-12-01T07:30:00+09:00",
        ]
        var memo = Timestamp.DayMemo()
        for stamp in stamps {
            let remembered = Array(stamp.utf8).withUnsafeBufferPointer { Timestamp.parse(bytes: $0, memo: &memo) }
            #expect(remembered == Timestamp.parse(stamp), "\(stamp)")
        }
        #expect(Timestamp.parse("2024-02-30T12:00:00Z") == nil && Timestamp.parse("2024-02-29T12:00:00Z") != nil)
    }
}
