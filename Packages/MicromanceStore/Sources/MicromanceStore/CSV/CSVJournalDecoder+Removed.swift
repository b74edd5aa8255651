import Foundation
import MicromanceModel

/// `removed.csv`: one removed record per row, its kind, its partner (for a date or a
/// stressor), its id and the record itself as JSON.
extension CSVJournalDecoder {
    /// The removed records, from `removed.csv` (absent before schema version 3).
    func removed() throws(StoreError) -> Tombstones {
        var removed = Tombstones()
        guard let table = try table(CSVTables.removed, CSVTables.removedColumns, optional: true) else { return removed }
        let decoder = JSONDecoder()
        var cells = JournalJSONReader.MomentCells()
        for record in table.records {
            var text = try table.required(record, "record")
            let kind = try table.required(record, "kind")
            // The id column and the record's own id agree, or neither is taken: written back, the
            // column would follow the JSON, and the removal would name a moment never removed.
            func same(_ id: String) throws(StoreError) {
                guard let column = table.value(record, "id"), column != id else { return }
                throw table.fail(
                    record, "id",
                    "the id column says '\(StoreError.excerpt(column))' and the record's JSON '\(StoreError.excerpt(id))'; make them "
                        + "the same (as Micromance wrote them, or restore the table from `.written/`)")
            }
            if kind == "moment", let moment = text.withUTF8({ cells.moment($0) }) {
                try same(moment.id.rawValue)
                removed.moments.append(moment)
                continue
            }
            let json = Data(text.utf8)
            // A field added to the JSON by hand would be dropped by the next write: refused, as
            // in journal.json. (The fast reader above takes no unknown field; this is its way.)
            func whole(_ decoded: some Encodable) throws(StoreError) {
                guard let original = try? JSONSerialization.jsonObject(with: json), let written = try? JSONEncoder().encode(decoded),
                    let kept = try? JSONSerialization.jsonObject(with: written),
                    let path = JournalJSON.firstUnknown(original, kept, at: [])
                else { return }
                var name = JournalJSON.fieldName(path)
                if case .key(let key)? = path.last { name = key }
                throw table.fail(
                    record, "record",
                    "Micromance does not keep a field named '\(StoreError.excerpt(name))' in a removed \(StoreError.excerpt(kind)), and "
                        + "saving would lose it; take it out")
            }
            func owner() throws(StoreError) -> Identifier<Partner> { Identifier(try table.required(record, "partner")) }
            // Decoded, its id checked against the id column, and no field dropped.
            func checked<T: Codable>(_ type: T.Type, id: (T) -> String) throws -> T {
                let value = try decoder.decode(type, from: json)
                try same(id(value))
                try whole(value)
                return value
            }
            do {
                switch kind {
                case "moment": removed.moments.append(try checked(Moment.self) { $0.id.rawValue })
                case "partner": removed.partners.append(try checked(Partner.self) { $0.id.rawValue })
                case "ritual": removed.rituals.append(try checked(Ritual.self) { $0.id.rawValue })
                case "stressor":
                    removed.stressors.append(.init(partner: try owner(), record: try checked(Stressor.self) { $0.id.rawValue }))
                case "date": removed.dates.append(.init(partner: try owner(), record: try checked(ImportantDate.self) { $0.id.rawValue }))
                case "reflection": removed.reflections.append(try checked(ReflectionAnswer.self) { $0.id.rawValue })
                default:
                    throw table.fail(
                        record, "kind",
                        "'\(StoreError.excerpt(kind))' is not a kind; use moment, partner, ritual, stressor, date or reflection")
                }
            } catch let error as StoreError {
                throw error
            } catch {
                throw table.fail(record, "record", Self.unreadable(kind: kind, id: table.value(record, "id"), json: text, error))
            }
        }
        return removed
    }

    /// Why a removed record's JSON cannot be read, in words: the field and what is wrong with
    /// it, or where its JSON breaks, rather than the decoder's own message.
    static func unreadable(kind: String, id: String?, json: String, _ error: any Error) -> String {
        let what = "the JSON of this removed \(StoreError.excerpt(kind))" + (id.map { " (\(StoreError.excerpt($0)))" } ?? "")
        let bytes = Array(json.utf8)
        if let syntax = JSONLocator.syntaxError(in: bytes) {
            let column = JSONLocator.position(of: syntax.offset, in: bytes).column
            return "\(what) is not valid JSON at character \(column): \(syntax.reason)"
        }
        guard let error = error as? DecodingError else { return "\(what) cannot be read: \(StoreError.excerpt("\(error)"))" }
        let (steps, reason) = JournalJSON.explained(error)
        let field = steps.isEmpty ? "" : " in its field '\(JournalJSON.fieldName(steps))'"
        return "\(what) cannot be read\(field): \(JournalJSON.shortened(reason))"
    }
}
