import Foundation
import MicromanceModel

/// The tables that hold a journal's records, one row per record.
enum RecordTable: CaseIterable {
    case partners, dates, stressors, rituals, reflections, moments

    var name: String {
        switch self {
        case .partners: "micromance_partners"
        case .dates: "micromance_dates"
        case .stressors: "micromance_stressors"
        case .rituals: "micromance_rituals"
        case .reflections: "micromance_reflections"
        case .moments: "micromance_moments"
        }
    }
}

/// Records as rows: each kept whole as JSON with its change stamps.
enum Records {
    /// One record's row: its key, its place, whether it was removed, and the record itself
    /// (encoded only when the row is written).
    struct Row: Equatable {
        var id: String
        var partner: String?
        var position: Int
        var removed: Bool
        var at: Date?
        var value: AnyHashable
        var encode: @Sendable () throws -> String

        /// The row's key within its table.
        var key: String { partner.map { $0 + "\u{0}" + id } ?? id }

        static func == (a: Row, b: Row) -> Bool {
            a.id == b.id && a.partner == b.partner && a.position == b.position && a.removed == b.removed && a.value == b.value
        }
    }

    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// Every record of `journal` as rows, by table and key.
    static func rows(of journal: Journal) -> [RecordTable: [String: Row]] {
        var all = [RecordTable: [String: Row]]()
        func add<R: Encodable & Hashable & Sendable>(
            _ table: RecordTable, _ id: String, partner: String? = nil, _ record: R, removed: Bool, at: Date? = nil
        ) {
            let position = all[table]?.count ?? 0
            let row = Row(
                id: id, partner: partner, position: position, removed: removed, at: at, value: AnyHashable(record),
                encode: { try encode(record) })
            all[table, default: [:]][row.key] = row
        }
        for (partners, removed) in [(journal.partners, false), (journal.removed.partners, true)] {
            for partner in partners {
                // A partner's dates and stressors are rows of their own.
                var bare = partner
                bare.importantDates = []
                bare.stressors = []
                add(.partners, partner.id.rawValue, bare, removed: removed)
                for date in partner.importantDates { add(.dates, date.id.rawValue, partner: partner.id.rawValue, date, removed: false) }
                for stressor in partner.stressors {
                    add(.stressors, stressor.id.rawValue, partner: partner.id.rawValue, stressor, removed: false)
                }
            }
        }
        for owned in journal.removed.dates {
            add(.dates, owned.record.id.rawValue, partner: owned.partner.rawValue, owned.record, removed: true)
        }
        for owned in journal.removed.stressors {
            add(.stressors, owned.record.id.rawValue, partner: owned.partner.rawValue, owned.record, removed: true)
        }
        for ritual in journal.rituals { add(.rituals, ritual.id.rawValue, ritual, removed: false) }
        for ritual in journal.removed.rituals { add(.rituals, ritual.id.rawValue, ritual, removed: true) }
        for answer in journal.reflections { add(.reflections, answer.id.rawValue, answer, removed: false) }
        for answer in journal.removed.reflections { add(.reflections, answer.id.rawValue, answer, removed: true) }
        for moment in journal.moments { add(.moments, moment.id.rawValue, moment, removed: false, at: moment.at) }
        for moment in journal.removed.moments { add(.moments, moment.id.rawValue, moment, removed: true, at: moment.at) }
        return all
    }
}
