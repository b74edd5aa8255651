import Foundation
import MicromanceModel

/// The JSON form of a journal, shared by the JSON store, `export` and `import`.
public enum JournalJSON {
    /// Encodes a journal as a readable, diff-friendly document ending in a newline: keys
    /// sorted, one moment per line.
    public static func encode(_ journal: Journal) -> [UInt8] {
        JournalJSONWriter.write(journal)
    }

    /// Decodes and checks a journal. Errors name `file` and, where the problem is in the
    /// text, its line and column and the field's path (`moments[3].at`).
    public static func decode(_ bytes: [UInt8], file: String = "journal") throws(StoreError) -> Journal {
        try bytes.withUnsafeBufferPointer { buffer throws(StoreError) in try decode(buffer, file: file) }
    }

    /// Decodes and checks a journal from bytes in memory (or mapped from a file). `progress`
    /// hears how far the reader has got, so a caller can release the pages behind it.
    public static func decode(
        _ buffer: UnsafeBufferPointer<UInt8>, file: String = "journal",
        progress: @escaping (Int) -> Void = { _ in }
    ) throws(StoreError) -> Journal {
        // A byte order mark (Notepad and some editors add one when saving UTF-8) is not JSON,
        // but it says nothing either: it is skipped.
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
            return try decode(UnsafeBufferPointer(rebasing: buffer[3...]), file: file, progress: { progress($0 + 3) })
        }
        // The fast reader handles every well-formed journal; anything else takes the slow
        // path below, which knows how to say what is wrong and where.
        if let (journal, parts) = JournalJSONReader.readWithParts(buffer, progress: progress) {
            try check(journal, bytes: nil, buffer: buffer, file: file)
            try refuseUnknownFields(in: parts, of: journal, buffer: buffer, file: file)
            return journal
        }
        let bytes = Array(buffer)
        let journal = try slowDecode(bytes, file: file)
        try check(journal, bytes: bytes, buffer: buffer, file: file)
        try refuseUnknownFields(bytes, journal: journal, file: file)
        return journal
    }

    /// Moments from a JSON array of moment objects (as a database keeps them, one record each),
    /// read by the fast reader (about ten times `JSONDecoder`'s pace), not checked against a
    /// journal's rules. Errors name `file`.
    public static func decodeMoments(_ array: [UInt8], file: String) throws(StoreError) -> [Moment] {
        var document = Array("{\"schemaVersion\":\(Journal.currentSchemaVersion),\"moments\":".utf8)
        document += array
        document.append(UInt8(ascii: "}"))
        return try document.withUnsafeBufferPointer { buffer throws(StoreError) in try decodeUnchecked(buffer, file: file).moments }
    }

    /// Decodes a journal or a part of one (a sync folder's change entry) without checking it
    /// against the journal's rules: partners a moment names may be in another file.
    static func decodeUnchecked(_ buffer: UnsafeBufferPointer<UInt8>, file: String) throws(StoreError) -> Journal {
        if let journal = JournalJSONReader.read(buffer) { return journal }
        return try slowDecode(Array(buffer), file: file)
    }

    /// The slow path shared by both: `JSONDecoder`, after a syntax check that also refuses
    /// duplicate keys, with its errors turned into messages with a place.
    private static func slowDecode(_ bytes: [UInt8], file: String) throws(StoreError) -> Journal {
        try refuseSyntaxErrors(bytes, file: file)
        do {
            return try JSONDecoder().decode(Journal.self, from: Data(bytes))
        } catch let error as JournalValidationError {
            if case let .unsupportedSchemaVersion(found, supported) = error {
                throw .newerSchema(file: file, found: found, supported: supported)
            }
            throw .invalid(file: file, line: nil, error)
        } catch let error as DecodingError {
            throw describe(error, bytes: bytes, file: file)
        } catch {
            throw .corrupt(file: file, line: nil, column: nil, field: nil, reason: "\(error)")
        }
    }

    /// Refuses a document that is not well-formed JSON or gives a key twice in one object
    /// (which `JSONDecoder` would accept, keeping the last), with the place of the problem.
    private static func refuseSyntaxErrors(_ bytes: [UInt8], file: String) throws(StoreError) {
        guard let syntax = JSONLocator.syntaxError(in: bytes) else { return }
        if bytes.allSatisfy({ [9, 10, 13, 32].contains($0) }) {
            throw .corrupt(file: file, line: 1, column: 1, field: nil, reason: "the file is empty")
        }
        let position = JSONLocator.position(of: syntax.offset, in: bytes)
        let reason = syntax.reason.hasPrefix("the key") ? syntax.reason : "this is not valid JSON: \(syntax.reason)"
        throw .corrupt(file: file, line: position.line, column: position.column, field: nil, reason: reason)
    }

    /// Checks a decoded journal against its rules; a problem is placed on its line.
    private static func check(
        _ journal: Journal, bytes: [UInt8]?, buffer: UnsafeBufferPointer<UInt8>,
        file: String
    ) throws(StoreError) {
        guard let problem = journal.problems().first else { return }
        let text = bytes ?? Array(buffer)
        let line = locate(problem, in: journal).flatMap { JSONLocator.offset(of: $0, in: text) }
            .map { JSONLocator.position(of: $0, in: text).line }
        throw .invalid(file: file, line: line, problem)
    }

    private static func describe(_ error: DecodingError, bytes: [UInt8], file: String) -> StoreError {
        // Syntax first: the decoder's own messages carry no position, and it may report a
        // broken document as a missing field.
        if bytes.allSatisfy({ [9, 10, 13, 32].contains($0) }) {
            return .corrupt(file: file, line: 1, column: 1, field: nil, reason: "the file is empty")
        }
        if let syntax = JSONLocator.syntaxError(in: bytes) {
            let position = JSONLocator.position(of: syntax.offset, in: bytes)
            return .corrupt(
                file: file, line: position.line, column: position.column, field: nil,
                reason: "this is not valid JSON: \(syntax.reason)")
        }
        let (steps, reason) = explained(error)
        let position = JSONLocator.offset(of: steps, in: bytes).map { JSONLocator.position(of: $0, in: bytes) }
        return .corrupt(
            file: file, line: position?.line, column: position?.column,
            field: steps.isEmpty ? nil : fieldName(steps), reason: shortened(reason))
    }

    /// Where in the document a decoding error is (the steps from its top) and what is wrong
    /// there, in words rather than the decoder's.
    static func explained(_ error: DecodingError) -> (steps: [JSONLocator.Step], reason: String) {
        let path: [CodingKey]
        let reason: String
        switch error {
        case .dataCorrupted(let context):
            path = context.codingPath
            reason = choices(for: context.debugDescription) ?? context.debugDescription
        case let .keyNotFound(key, context):
            path = context.codingPath
            reason = "the field '\(StoreError.excerpt(key.stringValue))' is missing"
        case let .typeMismatch(type, context):
            path = context.codingPath
            reason = "expected \(describe(type)) here"
        case let .valueNotFound(type, context):
            path = context.codingPath
            reason = "expected \(describe(type)), found null"
        @unknown default:
            path = []
            reason = "\(error)"
        }
        return (path.map { key in key.intValue.map(JSONLocator.Step.index) ?? .key(key.stringValue) }, reason)
    }

    /// For the decoder's "Cannot initialize LoveLanguage from invalid String value hugs": the
    /// value and the ones a journal takes, in words; nil for any other message.
    static func choices(for message: String) -> String? {
        let known: [(String, [String])] = [
            ("LoveLanguage", LoveLanguage.allCases.map(\.rawValue)), ("MomentKind", MomentKind.allCases.map(\.rawValue)),
            ("BidResponse", BidResponse.allCases.map(\.rawValue)),
        ]
        let marker = " from invalid String value "
        guard message.hasPrefix("Cannot initialize "), let range = message.range(of: marker),
            let (_, values) = known.first(where: { message.dropFirst("Cannot initialize ".count).hasPrefix($0.0 + marker) })
        else { return nil }
        let value = message[range.upperBound...]
        return "'\(StoreError.excerpt(String(value)))' is not one of \(values.joined(separator: ", ")) (lowercase, as written)"
    }

    /// A decoder's message cut to a readable length: it may quote a whole field value (a
    /// hostile file's 5,000-character `language`, say), and a message quotes at most an
    /// excerpt of the file.
    static func shortened(_ reason: String) -> String {
        reason.count <= 100 ? reason : String(reason.prefix(97)) + "…"
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: "a value of type \(type)"
        }
    }

    /// `moments[3].at` for a path of steps.
    static func fieldName(_ steps: [JSONLocator.Step]) -> String {
        var name = ""
        for step in steps {
            switch step {
            case .key(let key): name += name.isEmpty ? key : ".\(key)"
            case .index(let index): name += "[\(index)]"
            }
        }
        return name
    }

    /// The JSON path of the item a validation problem is about, when there is one.
    private static func locate(_ problem: JournalValidationError, in journal: Journal) -> [JSONLocator.Step]? {
        func item(_ place: String, field: String? = nil) -> [JSONLocator.Step]? {
            let parts = place.split(separator: " ", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return nil }
            let index: Int?
            let collection: String
            switch parts[0] {
            case "moment": collection = "moments"; index = journal.moments.lastIndex { $0.id.rawValue == parts[1] }
            case "ritual": collection = "rituals"; index = journal.rituals.lastIndex { $0.id.rawValue == parts[1] }
            case "partner": collection = "partners"; index = journal.partners.lastIndex { $0.id.rawValue == parts[1] }
            case "reflection": collection = "reflections"; index = journal.reflections.lastIndex { $0.id.rawValue == parts[1] }
            default: return nil
            }
            guard let index else { return nil }
            return [.key(collection), .index(index)] + (field.map { [.key($0)] } ?? [])
        }
        switch problem {
        case let .unknownPartner(_, field, place):
            if place == "settings" { return [.key("settings"), .key(field)] }
            return item(place, field: field == "participant" ? "participants" : field)
        case .emptyTitle(let place): return item(place, field: "title")
        case let .textTooLong(field, _, place), let .emptyText(field, place): return item(place, field: field)
        case .unknownRitual(_, let place): return item(place, field: "ritual")
        case .giverIsReceiver(_, let moment): return item("moment \(moment)", field: "receiver")
        case let .duplicateID(kind, id): return item("\(kind) \(id)", field: "id")
        case .invalidProfile(let partner): return item("partner \(partner)", field: "profile")
        case let .invalidTimeZone(_, place):
            return place == "settings" ? [.key("settings"), .key("timeZone")] : item(place, field: "timeZone")
        case .invalidDailyTarget: return [.key("settings"), .key("dailyTarget")]
        case .invalidCadence(let ritual): return item("ritual \(ritual)", field: "cadence")
        case .invalidDate(_, let place):
            let words = place.split(separator: " ")
            return words.count >= 2 ? item("\(words[0]) \(words[1])") : nil
        case .duplicateName(let name):
            return journal.partners.lastIndex { $0.name.lowercased() == name.lowercased() }.map { [.key("partners"), .index($0)] }
        case .emptyName, .unsupportedSchemaVersion: return nil
        }
    }
}
