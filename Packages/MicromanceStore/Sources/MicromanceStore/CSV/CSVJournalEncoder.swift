import Foundation
import MicromanceModel

/// Turns a journal into the bytes of each CSV table.
enum CSVJournalEncoder {
    static func tables(_ journal: Journal) -> [(name: String, bytes: [UInt8])] {
        [
            (CSVTables.settings, settings(journal)),
            (CSVTables.partners, partners(journal)),
            (CSVTables.dates, dates(journal)),
            (CSVTables.rituals, rituals(journal)),
            (CSVTables.moments, moments(journal.moments)),
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
        ]
        for (key, value) in rows where value != nil { CSVCell.appendRecord([key, value], to: &out) }
        return out
    }

    static func partners(_ journal: Journal) -> [UInt8] {
        var out = CSVTables.header(CSVTables.partnerColumns)
        for p in journal.partners {
            CSVCell.appendRecord([
                p.id.rawValue, p.name, number(p.profile[.words]), number(p.profile[.service]), number(p.profile[.gifts]),
                number(p.profile[.time]), number(p.profile[.touch]), jsonList(p.preferences), jsonList(p.ideas),
            ], to: &out)
        }
        return out
    }

    static func dates(_ journal: Journal) -> [UInt8] {
        var out = CSVTables.header(CSVTables.dateColumns)
        for p in journal.partners {
            for d in p.importantDates {
                let monthDay = "\(d.month < 10 ? "0" : "")\(d.month)-\(d.day < 10 ? "0" : "")\(d.day)"
                let date = d.year.map { "\(String(repeating: "0", count: max(0, 4 - String($0).count)))\($0)-\(monthDay)" } ?? "--\(monthDay)"
                CSVCell.appendRecord([p.id.rawValue, "date", d.id.rawValue, d.title, date, d.recurrence.rawValue], to: &out)
            }
            for s in p.stressors {
                CSVCell.appendRecord([p.id.rawValue, "stressor", s.id.rawValue, s.title, s.day?.description, nil], to: &out)
            }
        }
        return out
    }

    static func rituals(_ journal: Journal) -> [UInt8] {
        var out = CSVTables.header(CSVTables.ritualColumns)
        for r in journal.rituals {
            CSVCell.appendRecord([r.id.rawValue, r.title, r.cadence.description, jsonList(r.participants.map(\.rawValue)),
                                  r.language?.rawValue], to: &out)
        }
        return out
    }

    static func moments(_ moments: [Moment], header: Bool = true) -> [UInt8] {
        var out = header ? CSVTables.header(CSVTables.momentColumns) : []
        out.reserveCapacity(out.count + moments.count * 160)
        var zones = [String: TimeZone]()
        for m in moments {
            let zone = zones[m.timeZone] ?? TimeZone(identifier: m.timeZone) ?? TimeZone(secondsFromGMT: 0) ?? .current
            zones[m.timeZone] = zone
            CSVCell.appendRecord([
                m.id.rawValue, Timestamp.format(m.at, in: zone), m.timeZone, m.giver.rawValue, m.receiver.rawValue,
                m.kind.rawValue, m.language?.rawValue, m.gestureID?.rawValue, m.response?.rawValue, m.ritualID?.rawValue,
                m.title, m.note,
            ], to: &out)
        }
        return out
    }

    /// Integers without a fraction; others in Swift's shortest round-tripping form.
    static func number(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 9_007_199_254_740_992 { return String(Int64(value)) }
        return "\(value)"
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
