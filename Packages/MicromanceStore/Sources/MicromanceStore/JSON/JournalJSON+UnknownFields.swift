import Foundation
import MicromanceModel

// A field added to journal.json by hand ("mood": "happy" on a moment) is not one the journal
// keeps: the decoder would skip it and the next save would drop it without a word. It is
// refused instead, with its place, so that the person who added it decides where it goes.

extension JournalJSON {
    /// Throws when `bytes`, a whole journal that `journal` was decoded from, holds a field the journal does not keep. Only the slow path calls this: the fast
    /// reader already gives up on any key it does not know.
    ///
    /// A field is unknown when writing `journal` back leaves it out. Fields written only when
    /// they hold something (an empty list, an empty object, null) are not counted.
    static func refuseUnknownFields(_ bytes: [UInt8], journal: Journal, file: String) throws(StoreError) {
        guard let original = try? JSONSerialization.jsonObject(with: Data(bytes)),
            let written = try? JSONEncoder().encode(journal),
            let kept = try? JSONSerialization.jsonObject(with: written),
            let path = firstUnknown(original, kept, at: [], allowing: ["changeLog"])
        else { return }
        let position = JSONLocator.offset(of: path, in: bytes).map { JSONLocator.position(of: $0, in: bytes) }
        let field = fieldName(path)
        var name = field
        if case .key(let key)? = path.last { name = key }
        throw .corrupt(
            file: file, line: position?.line, column: position?.column, field: field,
            reason: "Micromance does not keep a field named '\(StoreError.excerpt(name))' here, and saving would lose it; "
                + (path.first == .key("moments") ? "take it out, or put what it says into the moment's note" : "take it out"))
    }

    /// The same for a journal the fast reader read: it refuses unknown fields of moments and
    /// of the top level itself, and leaves partners, rituals, reflections and settings (at
    /// `parts`) to `JSONDecoder`, which skips what it does not know; those are compared here.
    static func refuseUnknownFields(
        in parts: [String: Range<Int>], of journal: Journal, buffer: UnsafeBufferPointer<UInt8>, file: String
    ) throws(StoreError) {
        let encoder = JSONEncoder()
        for (key, range) in parts.sorted(by: { $0.value.lowerBound < $1.value.lowerBound })
        where !onlyKnownKeys(UnsafeBufferPointer(rebasing: buffer[range])) {
            let written: Data?
            switch key {
            case "partners": written = try? encoder.encode(journal.partners)
            case "rituals": written = try? encoder.encode(journal.rituals)
            case "reflections": written = try? encoder.encode(journal.reflections)
            case "settings": written = try? encoder.encode(journal.settings)
            default: written = nil
            }
            guard let written, let original = try? JSONSerialization.jsonObject(with: Data(UnsafeBufferPointer(rebasing: buffer[range]))),
                let kept = try? JSONSerialization.jsonObject(with: written),
                firstUnknown(original, kept, at: [.key(key)]) != nil
            else { continue }
            // Found: the whole document's reading places it.
            try refuseUnknownFields(Array(buffer), journal: journal, file: file)
        }
    }

    /// Every key the parts left to `JSONDecoder` are written with, at any depth: a part whose
    /// keys are all among them needs no closer look. Only a shortcut: a key missing here sends
    /// the part to the exact comparison, which decides (a `partnerTimeZones` entry, keyed by a
    /// partner's id, always goes there).
    static let partKeys: Set<String> = [
        // Partner, its important dates, stressors and love-language profile.
        "id", "name", "profile", "preferences", "stressors", "importantDates", "ideas", "changes",
        "title", "month", "day", "year", "recurrence", "words", "service", "gifts", "time", "touch",
        // Ritual and reflection answer.
        "cadence", "participants", "language", "at", "timeZone", "partner", "question", "answer",
        // Settings.
        "dailyTarget", "weekStart", "defaultGiver", "defaultReceiver", "restDays", "partnerTimeZones",
    ]

    /// The keys a change-log line adds to ``partKeys``: a journal's top level and a moment's.
    static let lineKeys: Set<String> = [
        "schemaVersion", "moments", "partners", "rituals", "reflections", "settings", "removed", "dates",
        "giver", "receiver", "gesture", "note", "response", "kind", "ritual",
    ]

    /// Whether every object key in `bytes` (a well-formed JSON value) is one of ``partKeys``
    /// or of `also`; a key with an escape counts as unknown.
    static func onlyKnownKeys(_ bytes: UnsafeBufferPointer<UInt8>, also: Set<String> = []) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            guard bytes[i] == UInt8(ascii: "\"") else {
                i += 1
                continue
            }
            let start = i + 1
            var end = start
            var escaped = false
            while end < n, bytes[end] != UInt8(ascii: "\"") {
                if bytes[end] == UInt8(ascii: "\\") {
                    escaped = true
                    end += 1
                }
                end += 1
            }
            var next = end + 1
            while next < n, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[next]) { next += 1 }
            if next < n, bytes[next] == UInt8(ascii: ":") {
                let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<min(end, n)]), as: UTF8.self)
                if escaped || !(partKeys.contains(key) || also.contains(key)) { return false }
            }
            i = next
        }
        return true
    }

    /// The path of the first key of `original` that `kept` lacks, walking both alike.
    /// `allowing` names keys of this level that are kept elsewhere (the store's `changeLog`).
    static func firstUnknown(
        _ original: Any, _ kept: Any, at path: [JSONLocator.Step], allowing: Set<String> = []
    ) -> [JSONLocator.Step]? {
        if let object = original as? [String: Any] {
            guard let keptObject = kept as? [String: Any] else { return nil }
            for key in object.keys.sorted() where !allowing.contains(key) {
                let value = object[key] ?? NSNull()
                guard let keptValue = keptObject[key] else {
                    if isEmpty(value) { continue }
                    return path + [.key(key)]
                }
                if let found = firstUnknown(value, keptValue, at: path + [.key(key)]) { return found }
            }
        } else if let array = original as? [Any], let keptArray = kept as? [Any], array.count == keptArray.count {
            for index in array.indices {
                if let found = firstUnknown(array[index], keptArray[index], at: path + [.index(index)]) { return found }
            }
        }
        return nil
    }

    private static func isEmpty(_ value: Any) -> Bool {
        if value is NSNull { return true }
        if let array = value as? [Any] { return array.isEmpty }
        if let object = value as? [String: Any] { return object.isEmpty }
        return false
    }
}
