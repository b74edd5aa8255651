import Foundation
import MicromanceModel

/// Rows a person typed into the moments table, without an id: what they are given.
struct TypedRows {
    /// The journal's time zone, for a row that names none.
    let zone: String?
    /// The partners' own zones, which an emptied zone cell may have held.
    var partnerZones = [String]()
    /// The partners who have a zone of their own, by what a typed giver cell may hold: their
    /// id, their name or a word only their name has (folded, as ``Partner/folded(_:)`` folds).
    private var ownZones = [(id: String, name: String, words: [String], zone: String)]()
    private var given = Set<String>()

    init(zone: String?) { self.zone = zone }

    /// Rows typed for a journal with these partners and settings.
    init(zone: String?, partners: [Partner], settings: JournalSettings) {
        self.zone = zone
        partnerZones = settings.partnerTimeZones.values.sorted()
        ownZones = partners.compactMap { partner in
            settings.partnerTimeZones[partner.id].map {
                (Partner.folded(partner.id.rawValue), Partner.folded(partner.name), partner.foldedNameWords, $0)
            }
        }
    }

    /// The zone a typed row with no zone of its own is in: its giver's own zone when the couple
    /// set one (as `log` takes it), else the journal's (a new user's trial: a row typed for a
    /// partner living seven hours away was read on the journal's clock).
    func zone(ofGiver cell: String?) -> String? {
        if let cell, !ownZones.isEmpty {
            let key = Partner.folded(cell.trimmingCharacters(in: .whitespaces))
            if let whole = ownZones.first(where: { $0.id == key || $0.name == key }) { return whole.zone }
            let byWord = ownZones.filter { $0.words.contains(key) }
            if byWord.count == 1 { return byWord[0].zone }
        }
        return zone
    }

    /// The zone most of `zones` name (of two named as often, the one that got there first), for
    /// rows typed by hand in a journal whose settings name none: they were most likely typed
    /// where the rest were logged. Nil when there are none.
    static func commonZone(_ zones: some Sequence<String>) -> String? {
        var counts = [String: Int]()
        var best: (zone: String, count: Int)?
        for zone in zones where !zone.isEmpty {
            let count = counts[zone, default: 0] + 1
            counts[zone] = count
            if count > (best?.count ?? 0) { best = (zone, count) }
        }
        return best?.zone
    }

    /// An id made from the row's cells: `t` and 15 hex digits, the same on every read of the
    /// same table; two identical rows get two ids.
    mutating func id(for record: CSVReader.Record) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        for field in record.fields {
            for byte in field.value.utf8 { mix(byte) }
            mix(0x1F)
        }
        while true {
            let id = "t" + String(String(hash, radix: 16).suffix(15)).leftPadded(to: 15)
            if given.insert(id).inserted { return id }
            mix(0x1E)
        }
    }

    /// The row's time: a full timestamp, or a date and time without an offset (`2026-11-21
    /// 08:00`, `2026-11-21T08:00:30`, or a day alone, at noon) read in `zone`, or a date cell
    /// as a spreadsheet's serial number (`46347.3333`), also in `zone`.
    func time(_ t: CSVJournalDecoder.Table, _ record: CSVReader.Record, zone: String) throws(StoreError) -> Date {
        let text = try t.required(record, "at").trimmingCharacters(in: .whitespaces)
        if let at = Timestamp.parse(text) { return at }
        let digits = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        var calendar = Calendar(identifier: .gregorian)
        guard let timeZone = TimeZone(identifier: zone) else {
            throw t.fail(record, "timeZone", "'\(StoreError.excerpt(zone))' is not a known time zone; \(Journal.timeZoneAdvice(for: zone))")
        }
        calendar.timeZone = timeZone
        // A date cell a spreadsheet wrote as its serial number (days since 1899-12-30, local time).
        if let serial = Double(text), serial >= 1, serial < 2_958_466,
            let base = calendar.date(from: DateComponents(year: 1899, month: 12, day: 30)),
            let day = calendar.date(byAdding: .day, value: Int(serial.rounded(.down)), to: base),
            let date = calendar.date(byAdding: .second, value: Int(((serial - serial.rounded(.down)) * 86_400).rounded()), to: day)
        {
            return Timestamp.normalized(date)
        }
        let dashed = text.count >= 10 && text.prefix(10).filter({ $0 == "-" }).count == 2
        // Each part in its range: the calendar would roll month 13 into January and minute 75
        // into the next hour (a new user's trial found `2026-13-01` read as 2027-01-01).
        guard dashed, Self.plainDateTime(text), (3...6).contains(digits.count), (1...12).contains(digits[1]),
            digits.count < 4 || digits[3] <= 23, digits.count < 5 || digits[4] <= 59, digits.count < 6 || digits[5] <= 59,
            let date = calendar.date(
                from: DateComponents(
                    year: digits[0], month: digits[1], day: digits[2], hour: digits.count > 3 ? digits[3] : 12,
                    minute: digits.count > 4 ? digits[4] : 0, second: digits.count > 5 ? digits[5] : 0)),
            calendar.component(.day, from: date) == digits[2],
            // A time the clocks skipped that night (02:30 when they went from 02:00 to 03:00).
            digits.count < 5 || calendar.dateComponents([.hour, .minute], from: date) == DateComponents(hour: digits[3], minute: digits[4])
        else {
            throw t.fail(record, "at", Self.timeProblem(text, digits: digits, zone: timeZone, calendar: calendar))
        }
        return Timestamp.normalized(date)
    }

    /// Why a typed `at` cell is not a time: a day or hour that does not exist said as such (a
    /// new user's trial: `2026-02-29 10:00` was told to use the very form it was in), a full
    /// timestamp's own problem, else the forms a new row takes, with the zone's own offset.
    static func timeProblem(_ text: String, digits: [Int], zone: TimeZone, calendar: Calendar) -> String {
        let shown = StoreError.excerpt(text)
        // A full timestamp with its offset (`2026-02-29T10:00:00-06:00`): its own problem.
        let bytes = Array(text.utf8)
        let withOffset =
            bytes.last == UInt8(ascii: "Z") || bytes.last == UInt8(ascii: "z")
            || (bytes.count >= 6 && "+-".utf8.contains(bytes[bytes.count - 6]) && bytes[bytes.count - 3] == UInt8(ascii: ":"))
        if bytes.count >= 20, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t"), withOffset {
            return Timestamp.problem(with: text)
        }
        if plainDateTime(text), digits.count >= 3 {
            let (year, month, day) = (digits[0], digits[1], digits[2])
            if !(1...12).contains(month) { return "'\(shown)': there is no month \(month); write the date as year-month-day" }
            let first = calendar.date(from: DateComponents(year: year, month: month, day: 1)) ?? Date()
            let monthDays = calendar.range(of: .day, in: .month, for: first)?.count ?? 31
            if day < 1 || day > monthDays {
                return "'\(shown)': \(String(format: "%04d-%02d", year, month)) has \(monthDays) days, so day \(day) does not exist"
            }
            if digits.count > 3, digits[3] > 23 { return "'\(shown)': hours go from 00 to 23 (midnight is 00:00 of the next day)" }
            if digits.count > 4, digits[4] > 59 || (digits.count > 5 && digits[5] > 59) {
                return "'\(shown)': minutes and seconds go from 00 to 59"
            }
            if digits.count > 4 {
                return "'\(shown)' did not happen in \(zone.identifier): the clocks went forward that night; give a time before or "
                    + "after the change, or the time with its offset"
            }
        }
        let eight = calendar.date(from: DateComponents(year: 2026, month: 11, day: 21, hour: 8))
        let example = eight.map { Timestamp.format($0, in: zone) } ?? "2026-11-21T08:00:00+01:00"
        return "'\(shown)' is not a time; a new row takes 2026-11-21 08:00 (read in \(zone.identifier)) or \(example)"
    }

    /// Whether `text` is a date (`2026-11-21`) alone or followed by a space or `T` and a time of
    /// hours and minutes, and perhaps seconds (`8:00`, `08:00:30`): nothing else after it, so
    /// `9pm`, `21:00 PST` or words are refused rather than read as something else.
    static func plainDateTime(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Bool { range.allSatisfy { $0 < bytes.count && bytes[$0] >= 0x30 && bytes[$0] <= 0x39 } }
        guard bytes.count >= 10, digits(0..<4), bytes[4] == UInt8(ascii: "-"), digits(5..<7), bytes[7] == UInt8(ascii: "-"),
            digits(8..<10)
        else { return false }
        if bytes.count == 10 { return true }
        guard bytes[10] == UInt8(ascii: " ") || bytes[10] == UInt8(ascii: "T") else { return false }
        let parts = bytes[11...].split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, (1...2).contains(parts[0].count) else { return false }
        return parts.allSatisfy { part in !part.isEmpty && part.count <= 2 && part.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
            && parts.dropFirst().allSatisfy { $0.count == 2 }
    }
}

extension String {
    /// The text with zeros in front, up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

extension CSVJournalDecoder {
    /// A giver or receiver cell that holds a partner's name (`Lea`, `léa`) rather than their id
    /// (`lea`), as a person typing a row writes it, or one word of it that only one partner's
    /// name has (`Søren` or `soren` for Søren Ñúñez): read as that partner. A couple is a
    /// handful of partners, so each moment costs a compare or two, and nothing when every
    /// cell holds an id. `people`, when the reader knows them, are every giver and receiver
    /// the moments name: when each is an id, the moments are not walked at all.
    /// Returns whether it changed any moment.
    @discardableResult
    static func resolvePartnerNames(in journal: inout Journal, people: [String]? = nil) -> Bool {
        let ids = journal.partners.map(\.id)
        if let people, people.allSatisfy({ ids.contains(Identifier($0)) }) { return false }
        let names = journal.partners.map { (Partner.folded($0.name), $0.id) }
        let words = journal.partners.map { ($0.foldedNameWords, $0.id) }
        func resolved(_ id: Identifier<Partner>) -> Identifier<Partner>? {
            if ids.contains(id) { return nil }
            let key = Partner.folded(id.rawValue.trimmingCharacters(in: .whitespaces))
            if let whole = names.first(where: { $0.0 == key })?.1 ?? ids.first(where: { Partner.folded($0.rawValue) == key }) {
                return whole
            }
            let byWord = words.filter { $0.0.contains(key) }
            return byWord.count == 1 ? byWord[0].1 : nil
        }
        var changed = false
        for index in journal.moments.indices {
            if let giver = resolved(journal.moments[index].giver) {
                journal.moments[index].giver = giver
                changed = true
            }
            if let receiver = resolved(journal.moments[index].receiver) {
                journal.moments[index].receiver = receiver
                changed = true
            }
        }
        return changed
    }
}
