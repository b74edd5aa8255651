import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The columns of a table as the person keeping it left them: reordered, with columns of
/// their own added (a `mood`, a `who paid`), or with an optional column dropped.
///
/// The store writes every table in this shape rather than its own: a rewrite keeps the order
/// and the added columns with their values (matched to the records by their key, such as a
/// moment's id), an appended row puts each value under its own header, and a known column
/// the table lacks is added at the end. Tables in the store's own order take none of this.
struct CSVShape {
    /// The header, in the order the file has it, then any known columns it lacked.
    let columns: [String]
    /// For each column, its index among the store's own columns, or nil for one the person added.
    let sources: [Int?]
    /// The store's own columns, in its order.
    let standard: [String]
    /// The store's columns the file's header lacks (added at the end of ``columns``).
    let lacking: [String]
    /// Values of the added columns, raw as written, by record key.
    private(set) var extras: [String: [CSVReader.Field]] = [:]

    /// Whether the table has columns the store does not write itself.
    var hasAddedColumns: Bool { sources.contains(nil) }

    /// Whether the table already has every one of the store's columns.
    var hasEveryColumn: Bool { lacking.isEmpty }

    /// Columns in which a record is found again: a moment's id, a date's partner, type and id.
    static func keyColumns(_ standard: [String]) -> [String] {
        if standard == CSVTables.dateColumns { return ["partner", "type", "id"] }
        if standard == CSVTables.removedColumns { return ["kind", "partner", "id"] }
        if standard == CSVTables.settingsColumns { return ["key"] }
        return ["id"]
    }

    /// The shape of the table at `path`, or nil when it is missing, empty, or in the store's
    /// own order with nothing added. `withValues` reads the added columns' values too (for a
    /// rewrite). A header naming a column twice is refused before anything is written.
    static func read(_ path: String, standard: [String], withValues: Bool) throws(StoreError) -> CSVShape? {
        // The header is read from the start of the file; the whole table only when the values
        // of added columns are wanted (a large table in the store's own shape is never read).
        var bytes: [UInt8]
        do {
            bytes = try SecureFile.readPrefix(path, count: 64 << 10)
        } catch {
            if case .notFound = error { return nil }
            throw error
        }
        if !bytes.contains(10), bytes.count == 64 << 10 { bytes = try SecureFile.read(path) }
        guard let header = try headerRecord(bytes, file: path) else { return nil }
        let names = header.fields.map(\.value)
        try refuseRepeatedNames(names, file: path)
        if names == standard { return nil }
        var columns = names
        var sources = names.map { standard.firstIndex(of: $0) }
        for (index, column) in standard.enumerated() where !names.contains(column) {
            columns.append(column)
            sources.append(index)
        }
        let lacking = standard.filter { !names.contains($0) }
        var shape = CSVShape(columns: columns, sources: sources, standard: standard, lacking: lacking)
        if withValues, shape.hasAddedColumns {
            shape.extras = try values(try SecureFile.read(path), header: names, file: path, standard: standard)
        }
        return shape
    }

    /// Refuses a header that names a column twice: which one holds the value is anyone's guess.
    static func refuseRepeatedNames(_ names: [String], file: String) throws(StoreError) {
        var seen = [String: Int]()
        for (index, name) in names.enumerated() where !name.isEmpty {
            if let first = seen[name] {
                throw .corrupt(
                    file: file, line: 1, column: nil, field: "\(StoreError.excerpt(name)) (columns \(first + 1) and \(index + 1))",
                    reason: "the header names this column twice; rename or remove one of them, then run the command again")
            }
            seen[name] = index
        }
    }

    /// The first record, read from the bytes up to the first line break when it can be.
    private static func headerRecord(_ bytes: [UInt8], file: String) throws(StoreError) -> CSVReader.Record? {
        let end = bytes.firstIndex(of: 10).map { $0 + 1 } ?? bytes.count
        if let records = try? CSVReader.records(Array(bytes[..<end])), let first = records.first { return first }
        return try parse(bytes, file: file).first
    }

    private static func parse(_ bytes: [UInt8], file: String) throws(StoreError) -> [CSVReader.Record] {
        do {
            return try CSVReader.records(bytes)
        } catch {
            throw .corrupt(file: file, line: error.line, column: error.column, field: nil, reason: "this is not valid CSV: \(error.reason)")
        }
    }

    /// The added columns' raw values, by record key.
    private static func values(
        _ bytes: [UInt8], header: [String], file: String, standard: [String]
    ) throws(StoreError)
        -> [String: [CSVReader.Field]]
    {
        let added = header.indices.filter { !standard.contains(header[$0]) }
        let keys = keyColumns(standard).map { header.firstIndex(of: $0) }
        var extras = [String: [CSVReader.Field]]()
        for record in try parse(bytes, file: file).dropFirst() {
            let key = key(record.fields, at: keys)
            extras[key] = added.map { $0 < record.fields.count ? record.fields[$0] : CSVReader.Field(value: "", quoted: false) }
        }
        return extras
    }

    private static func key(_ fields: [CSVReader.Field], at indexes: [Int?]) -> String {
        indexes.map { index in index.flatMap { $0 < fields.count ? CSVCell.unguard(fields[$0].value) : nil } ?? "" }
            .joined(separator: "\u{1F}")
    }

    /// `table` (written in the store's own order, with its header) in this shape: the
    /// store's values under their own headers, the added columns' values back beside their
    /// records. Without `header`, the header line is left out (for an append).
    func rearrange(_ table: [UInt8], header: Bool = true) -> [UInt8] {
        // The table was just written by the store, so it always parses.
        guard let records = try? CSVReader.records(table), let first = records.first else { return table }
        let keys = Self.keyColumns(standard).map { first.fields.map(\.value).firstIndex(of: $0) }
        var out = [UInt8]()
        out.reserveCapacity(table.count + table.count / 8)
        if header { Self.appendRaw(columns.map { CSVReader.Field(value: $0, quoted: false) }, to: &out) }
        for record in records.dropFirst() {
            let extra = extras[Self.key(record.fields, at: keys)]
            var added = 0
            let fields = sources.map { source -> CSVReader.Field in
                if let source { return source < record.fields.count ? record.fields[source] : CSVReader.Field(value: "", quoted: false) }
                defer { added += 1 }
                guard let extra, added < extra.count else { return CSVReader.Field(value: "", quoted: false) }
                return extra[added]
            }
            Self.appendRaw(fields, to: &out)
        }
        return out
    }

    /// Writes fields as they were read: quoted when they must be, an empty quoted field kept
    /// apart from a missing one, and no guard added (a guard already written stays).
    private static func appendRaw(_ fields: [CSVReader.Field], to out: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { out.append(44) }
            let bytes = Array(field.value.utf8)
            if bytes.isEmpty {
                if field.quoted { out.append(34); out.append(34) }
                continue
            }
            guard bytes.contains(where: { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 || $0 == 59 || $0 == 9 }) else {
                out += bytes
                continue
            }
            out.append(34)
            for byte in bytes {
                if byte == 34 { out.append(34) }
                out.append(byte)
            }
            out.append(34)
        }
        out.append(10)
    }
}
