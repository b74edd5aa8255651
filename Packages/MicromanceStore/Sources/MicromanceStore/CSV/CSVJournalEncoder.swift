import Foundation
import MicromanceModel

/// Turns a journal into the bytes of each CSV table.
enum CSVJournalEncoder {
    static func tables(_ journal: Journal) -> [(name: String, bytes: [UInt8])] {
        smallTables(journal) + [(CSVTables.moments, moments(journal.moments))]
    }

    /// Removed records, one per row, each as JSON (they are kept for merging, not for reading).
    static func removed(_ journal: Journal) -> [UInt8] {
        var out = CSVTables.header(CSVTables.removedColumns)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func row(_ kind: String, _ partner: String?, _ id: String, _ record: some Encodable) {
            let json = (try? encoder.encode(record)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
            CSVCell.appendRecord([kind, partner, id, json], to: &out)
        }
        let r = journal.removed
        for m in r.moments { row("moment", nil, m.id.rawValue, m) }
        for p in r.partners { row("partner", nil, p.id.rawValue, p) }
        for t in r.rituals { row("ritual", nil, t.id.rawValue, t) }
        for s in r.stressors { row("stressor", s.partner.rawValue, s.record.id.rawValue, s.record) }
        for d in r.dates { row("date", d.partner.rawValue, d.record.id.rawValue, d.record) }
        for a in r.reflections { row("reflection", nil, a.id.rawValue, a) }
        return out
    }

    /// Change stamps for a cell: empty for records that have none.
    static func stamps(_ changes: Changes) -> String? { changes.isImported ? nil : changes.description }

    /// Every table but the moments, in the order they are written.
    static func smallTables(_ journal: Journal) -> [(name: String, bytes: [UInt8])] {
        [
            (CSVTables.settings, settings(journal)),
            (CSVTables.partners, partners(journal)),
            (CSVTables.dates, dates(journal)),
            (CSVTables.rituals, rituals(journal)),
            (CSVTables.reflections, reflections(journal)),
            (CSVTables.removed, removed(journal)),
        ]
    }

    static func settings(_ journal: Journal) -> [UInt8] {
        var out = CSVTables.header(CSVTables.settingsColumns)
        let s = journal.settings
        let rows: [(String, String?)] = [
            ("schemaVersion", String(journal.schemaVersion)),
            ("dailyTarget", number(s.dailyTarget)),
            ("weekStart", s.weekStart.shortName),
            ("timeZone", s.timeZone),
            ("defaultGiver", s.defaultGiver?.rawValue),
            ("defaultReceiver", s.defaultReceiver?.rawValue),
            ("restDays", s.restDays.map(\.shortName).joined(separator: ",")),
            ("partnerTimeZones", s.partnerTimeZones.isEmpty ? nil : jsonObject(s.partnerTimeZones)),
            ("changes", stamps(s.changes)),
        ]
        let numeric: Set<String> = ["schemaVersion", "dailyTarget"]
        for (key, value) in rows where value != nil {
            CSVCell.appendRecord([key, value], numbers: numeric.contains(key) ? [1] : [], to: &out)
        }
        return out
    }

    static func partners(_ journal: Journal) -> [UInt8] {
        var out = CSVTables.header(CSVTables.partnerColumns)
        for p in journal.partners {
            CSVCell.appendRecord(
                [
                    p.id.rawValue, p.name, number(p.profile[.words]), number(p.profile[.service]), number(p.profile[.gifts]),
                    number(p.profile[.time]), number(p.profile[.touch]), jsonList(p.preferences), jsonList(p.ideas),
                    stamps(p.changes),
                ], numbers: [2, 3, 4, 5, 6], to: &out)
        }
        return out
    }

    static func dates(_ journal: Journal) -> [UInt8] {
        var out = CSVTables.header(CSVTables.dateColumns)
        for p in journal.partners {
            for d in p.importantDates {
                let monthDay = "\(d.month < 10 ? "0" : "")\(d.month)-\(d.day < 10 ? "0" : "")\(d.day)"
                let date =
                    d.year.map { "\(String(repeating: "0", count: max(0, 4 - String($0).count)))\($0)-\(monthDay)" } ?? "--\(monthDay)"
                CSVCell.appendRecord(
                    [p.id.rawValue, "date", d.id.rawValue, d.title, date, d.recurrence.rawValue, stamps(d.changes)], to: &out)
            }
            for s in p.stressors {
                CSVCell.appendRecord(
                    [p.id.rawValue, "stressor", s.id.rawValue, s.title, s.day?.description, nil, stamps(s.changes)], to: &out)
            }
        }
        return out
    }

    static func rituals(_ journal: Journal) -> [UInt8] {
        var out = CSVTables.header(CSVTables.ritualColumns)
        for r in journal.rituals {
            CSVCell.appendRecord(
                [
                    r.id.rawValue, r.title, r.cadence.description, jsonList(r.participants.map(\.rawValue)),
                    r.language?.rawValue, stamps(r.changes),
                ], to: &out)
        }
        return out
    }

    static func reflections(_ journal: Journal) -> [UInt8] {
        var out = CSVTables.header(CSVTables.reflectionColumns)
        for r in journal.reflections {
            let zone = TimeZone(identifier: r.timeZone) ?? TimeZone(secondsFromGMT: 0) ?? .current
            CSVCell.appendRecord(
                [
                    r.id.rawValue, Timestamp.format(r.at, in: zone), r.timeZone, r.partner?.rawValue, r.question, r.answer,
                    stamps(r.changes),
                ], to: &out)
        }
        return out
    }

    /// The moments table (or just its rows).
    static func moments(_ moments: [Moment], header: Bool = true) -> [UInt8] {
        var out = ByteWriter(capacity: moments.count * 160 + 128)
        if header { CSVTables.header(CSVTables.momentColumns).withUnsafeBufferPointer { out.append(bytes: $0) } }
        writeMoments(moments[...], into: &out)
        return out.take()
    }

    /// The moments table in pieces of about a megabyte, each handed to `sink` when ready; a
    /// large table's rows are encoded on two threads (``BlockPipeline``), in order.
    static func moments(_ moments: [Moment], to sink: ([UInt8]) throws(StoreError) -> Void) throws(StoreError) {
        try sink(CSVTables.header(CSVTables.momentColumns))
        try BlockPipeline.run(
            count: moments.count,
            encode: { range in
                var out = ByteWriter(capacity: range.count * 180)
                writeMoments(moments[range], into: &out)
                return out.take()
            }, to: sink)
    }

    /// Writes the rows straight into `out`, without a String per cell.
    private static func writeMoments(_ moments: ArraySlice<Moment>, into out: inout ByteWriter) {
        var rows = MomentRows()
        // Each moment read where it lies, field by field: `for m in moments` copied each, and
        // so did `buffer[index]` passed as `borrowing` (a copy and a destruction of the whole
        // moment per row, callgrind). Through the pointer, the fields written are retained one
        // by one instead, which costs nearly as much: 1,468 → 1,459 M for half the 1M table.
        moments.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for index in buffer.indices { rows.write(base + index, to: &out) }
        }
    }

    /// What writing rows keeps from one row to the next, in one value: as variables captured
    /// by a nested function, each use was an exclusivity check at run time.
    private struct MomentRows {
        // A TimeZone lookup per row costs more than the row: offsets are cached per day.
        let offsets = LocalDayResolver(fallback: TimeZone(secondsFromGMT: 0) ?? .current)
        // A journal's moments share a handful of zone, giver and receiver records: each
        // record's three cells are written once and copied after (the same bytes every time).
        var parties = WrittenParties()
        // Kinds, languages and responses (words the store chose), gestures, rituals and titles
        // (texts) repeat: each distinct one's cell is written once and copied after.
        var words = CSVCellMemo(text: false)
        var texts = CSVCellMemo(text: true)

        mutating func write(_ moment: UnsafePointer<Moment>, to out: inout ByteWriter) {
            CSVCell.append(moment.pointee.id.rawValue, to: &out); out.append(44)
            // A timestamp starts with a digit and holds no comma or quote: written as it is.
            let at = moment.pointee.at
            out.append(at, offsetSeconds: offsets.offset(at, zone: moment.pointee.timeZone)); out.append(44)
            parties.write(moment.pointee.parties, to: &out)
            words.append(moment.pointee.kind.rawValue, to: &out); out.append(44)
            words.append(moment.pointee.language?.rawValue, to: &out); out.append(44)
            texts.append(moment.pointee.gestureID?.rawValue, to: &out); out.append(44)
            words.append(moment.pointee.response?.rawValue, to: &out); out.append(44)
            texts.append(moment.pointee.ritualID?.rawValue, to: &out); out.append(44)
            texts.append(moment.pointee.title, to: &out); out.append(44)
            CSVCell.append(moment.pointee.note, to: &out); out.append(44)
            // Stamps start with a digit and hold no comma, quote or line break (names and
            // values in them are escaped): nothing a cell needs to quote or guard.
            if !moment.pointee.changes.isImported { moment.pointee.changes.write(into: &out) }
            out.append(10)
        }
    }

    /// The cells `zone,giver,receiver,` of the last few ``Moment/Parties`` records met,
    /// found by identity (the records are kept, so an identity is never reused meanwhile).
    private struct WrittenParties {
        private var records = [Moment.Parties]()
        private var cells = [[UInt8]]()
        private var next = 0
        private static let kept = 8

        mutating func write(_ parties: Moment.Parties, to out: inout ByteWriter) {
            var found = -1
            for index in records.indices where records[index] === parties {
                found = index
                break
            }
            if found < 0 {
                var bytes = [UInt8]()
                CSVCell.append(parties.timeZone, to: &bytes); bytes.append(44)
                CSVCell.append(parties.giver.rawValue, to: &bytes); bytes.append(44)
                CSVCell.append(parties.receiver.rawValue, to: &bytes); bytes.append(44)
                if records.count < Self.kept {
                    records.append(parties)
                    cells.append(bytes)
                    found = records.count - 1
                } else {
                    // Past a few records (a journal of many zones), the oldest gives way.
                    found = next
                    records[found] = parties
                    cells[found] = bytes
                    next = (next + 1) % Self.kept
                }
            }
            cells[found].withUnsafeBufferPointer { out.append(bytes: $0) }
        }
    }

    /// Integers without a fraction; others in Swift's shortest round-tripping form.
    static func number(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 9_007_199_254_740_992 { return String(Int64(value)) }
        return "\(value)"
    }

    /// A map of partner to text as a JSON object.
    static func jsonObject(_ items: [Identifier<Partner>: String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        let plain = Dictionary(uniqueKeysWithValues: items.map { ($0.key.rawValue, $0.value) })
        guard let data = try? encoder.encode(plain) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// A list of strings as a JSON array, which keeps any character and reads well in a cell.
    static func jsonList(_ items: [String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        guard let data = try? encoder.encode(items) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// The CSV form of a journal's tables, for export (the store itself is ``CSVJournalStore``).
public enum JournalCSV {
    /// The moments table, with its header row, as `moments.csv` holds it.
    public static func momentsTable(_ journal: Journal) -> [UInt8] {
        CSVJournalEncoder.moments(journal.moments)
    }

    /// Every table by file name, as a ``CSVJournalStore`` folder holds them.
    public static func tables(_ journal: Journal) -> [(name: String, bytes: [UInt8])] {
        CSVJournalEncoder.tables(journal)
    }
}
