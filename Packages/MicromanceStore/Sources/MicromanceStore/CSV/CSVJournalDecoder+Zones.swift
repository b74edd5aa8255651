import Foundation
import MicromanceModel

/// The time zone cell of a moments row: what a row typed by hand may leave out or write
/// loosely, and what to write back when a row with an id lost its zone.
extension CSVJournalDecoder {
    /// A record's time zone: for a row typed by hand, the one it names or the journal's; a
    /// row with an id keeps the zone it was logged in. An abbreviation typed in a row (`BST`)
    /// is refused: systems read some differently (Bangladesh's or British Summer Time).
    func zone(_ t: Table, _ record: CSVReader.Record, typedByHand: Bool, typed: TypedRows) throws(StoreError) -> String {
        guard let cell = t.present(record, "timeZone") else {
            if typedByHand { return typed.zone(ofGiver: t.present(record, "giver")) ?? "UTC" }
            throw t.fail(
                record, "timeZone",
                "empty, but a row with an id keeps the time zone its moment was logged in: write that zone back (\(Self.zoneHint(t, record, typed: typed)))"
            )
        }
        // A row typed by hand may have spaces around its zone, as a zone typed in a command may.
        let zone = typedByHand ? cell.trimmingCharacters(in: .whitespaces) : cell
        if zone.isEmpty { return typed.zone(ofGiver: t.present(record, "giver")) ?? "UTC" }
        if typedByHand, let meant = Journal.abbreviatedTimeZone(zone) {
            throw t.fail(
                record, "timeZone",
                "'\(StoreError.excerpt(zone))' is an abbreviation, which systems read differently; write a place's identifier: "
                    + "did you mean \(meant)?")
        }
        return zone
    }

    /// Which zone an emptied zone cell most likely held: of the zones the journal names, the
    /// one whose offset at the row's time is the one its `at` was written with (a moment of
    /// 23:30 at -07:00 in a London journal was Phoenix's, not London's, which would move it to
    /// the next day: a new user's trial); else the journal's zone as an example.
    static func zoneHint(_ t: Table, _ record: CSVReader.Record, typed: TypedRows) -> String {
        let fallback = typed.zone.map { "the journal's is \($0)" } ?? "such as Europe/Paris"
        guard let text = t.present(record, "at"), let at = Timestamp.parse(text), let offset = Self.offset(of: text) else {
            return fallback
        }
        var seen = Set<String>()
        var matching = [String]()
        func consider(_ zone: String) {
            guard seen.insert(zone).inserted else { return }
            if let known = TimeZone(identifier: zone), known.secondsFromGMT(for: at) == offset { matching.append(zone) }
        }
        for zone in [typed.zone].compactMap({ $0 }) + typed.partnerZones { consider(zone) }
        for other in t.records where seen.count <= 64 {
            if let zone = t.present(other, "timeZone") { consider(zone) }
        }
        guard matching.count == 1 else { return fallback }
        let clock = text.hasSuffix("Z") ? "UTC" : String(text.suffix(6))
        return "\(matching[0]): of the zones this journal names, the one whose clock read \(clock) then, as the row's time says"
    }

    /// The offset from UTC a timestamp was written with (`Z`, `+01:00`), in seconds.
    static func offset(of text: String) -> Int? {
        if text.hasSuffix("Z") || text.hasSuffix("z") { return 0 }
        let tail = Array(text.utf8.suffix(6))
        guard tail.count == 6, tail[0] == UInt8(ascii: "+") || tail[0] == UInt8(ascii: "-"), tail[3] == UInt8(ascii: ":"),
            let hours = Int(String(decoding: tail[1...2], as: UTF8.self)), let minutes = Int(String(decoding: tail[4...5], as: UTF8.self))
        else { return nil }
        return (tail[0] == UInt8(ascii: "-") ? -1 : 1) * (hours * 3600 + minutes * 60)
    }
}
