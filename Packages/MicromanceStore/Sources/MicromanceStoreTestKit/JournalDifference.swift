import Foundation
import MicromanceModel

/// Explains how two journals differ, field by field, for the kit's failure messages: which
/// record, which field, the value expected and the value found, with instants to the
/// millisecond (`2026-11-24T08:15:00.123Z`), so that no two different values read alike.
enum JournalDifference {
    /// At most `limit` differences, each on its own line, or "no difference".
    static func describe(_ expected: Journal, _ actual: Journal, limit: Int = 5) -> String {
        var lines = [String]()
        func add(_ line: String) { if lines.count < limit { lines.append(line) } }
        if expected.schemaVersion != actual.schemaVersion {
            add("schemaVersion: \(expected.schemaVersion) became \(actual.schemaVersion)")
        }
        for line in fields(expected.settings, actual.settings) { add("settings." + line) }
        compare("partner", expected.partners, actual.partners, id: \.id.rawValue, add: add)
        compare("ritual", expected.rituals, actual.rituals, id: \.id.rawValue, add: add)
        compare("moment", expected.moments, actual.moments, id: \.id.rawValue, add: add)
        compare("reflection", expected.reflections, actual.reflections, id: \.id.rawValue, add: add)
        compare("removed moment", expected.removed.moments, actual.removed.moments, id: \.id.rawValue, add: add)
        compare("removed partner", expected.removed.partners, actual.removed.partners, id: \.id.rawValue, add: add)
        compare("removed ritual", expected.removed.rituals, actual.removed.rituals, id: \.id.rawValue, add: add)
        compare("removed reflection", expected.removed.reflections, actual.removed.reflections, id: \.id.rawValue, add: add)
        if lines.isEmpty, expected != actual { add("the journals differ in a way this summary does not name (removed stressors or dates)") }
        return lines.isEmpty ? "no difference" : lines.joined(separator: "; ")
    }

    /// Records matched by id: missing ones, extra ones, order, and changed fields.
    private static func compare<R: Encodable & Equatable>(
        _ kind: String, _ expected: [R], _ actual: [R], id: (R) -> String,
        add: (String) -> Void
    ) {
        guard expected != actual else { return }
        let found = Dictionary(actual.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
        let wanted = Set(expected.map(id))
        for record in expected {
            guard let other = found[id(record)] else {
                add("\(kind) \(id(record)) is missing")
                continue
            }
            for line in fields(record, other) { add("\(kind) \(id(record)): \(line)") }
        }
        for record in actual where !wanted.contains(id(record)) { add("\(kind) \(id(record)) was not expected") }
        if expected.count == actual.count, expected.map(id) != actual.map(id), Set(actual.map(id)) == wanted {
            add("\(kind)s are in another order: \(expected.prefix(3).map(id)) became \(actual.prefix(3).map(id))")
        }
        if expected.count != actual.count { add("\(expected.count) \(kind)s became \(actual.count)") }
    }

    /// The fields of two values that differ, as "field: expected became actual".
    static func fields<V: Encodable & Equatable>(_ expected: V, _ actual: V) -> [String] {
        guard expected != actual else { return [] }
        let a = flatten(json(expected)), b = flatten(json(actual))
        let lines = Set(a.keys).union(b.keys).sorted().compactMap { key in
            a[key] == b[key] ? nil : "\(key): \(a[key] ?? "(none)") became \(b[key] ?? "(none)")"
        }
        if lines.isEmpty, let x = expected as? Moment, let y = actual as? Moment, x.at != y.at {
            return [
                String(
                    format: "at: %.6f became %.6f (seconds since 1970; below a millisecond apart)",
                    x.at.timeIntervalSince1970, y.at.timeIntervalSince1970)
            ]
        }
        return lines.isEmpty ? ["differs below the precision of its written form"] : lines
    }

    private static func json<V: Encodable>(_ value: V) -> Any {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.format(date, offsetSeconds: 0))
        }
        guard let data = try? encoder.encode(value),
            let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return "\(value)" }
        return object
    }

    /// Nested objects flattened to dotted keys, values as short text.
    private static func flatten(_ value: Any, prefix: String = "") -> [String: String] {
        if let object = value as? [String: Any] {
            var out = [String: String]()
            for (key, inner) in object { out.merge(flatten(inner, prefix: prefix.isEmpty ? key : prefix + "." + key)) { a, _ in a } }
            return out
        }
        let text: String
        if let array = value as? [Any] {
            text =
                "["
                + array.map { item in flatten(item).sorted { $0.key < $1.key }.map(\.value).joined(separator: " ") }.joined(separator: ", ")
                + "]"
        } else if let string = value as? String {
            text = "'" + (string.count > 80 ? String(string.prefix(77)) + "…" : string) + "'"
        } else {
            text = "\(value)"
        }
        return [prefix.isEmpty ? "value" : prefix: text]
    }
}
