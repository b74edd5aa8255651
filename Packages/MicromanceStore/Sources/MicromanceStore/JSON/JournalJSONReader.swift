import Foundation
@_spi(MicromanceInternals) import MicromanceModel

/// A fast reader for journals in the layout ``JournalJSON`` writes, which decodes moments
/// straight from the bytes instead of going through `JSONDecoder` (about 35 MB/s on Linux).
///
/// It reads any valid JSON journal (keys in any order, any whitespace, escapes), checks the
/// syntax of everything it reads, and leaves the small parts (partners, rituals, settings) to
/// `JSONDecoder`. On anything unexpected it gives up and returns nil, and the caller decodes
/// the document with `JSONDecoder`, whose errors ``JournalJSON`` turns into messages with a
/// line, column and field. So this reader never decides what is an error; it only makes the
/// common case fast.
struct JournalJSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0
    var interner = ByteInterner()
    /// The records of the time zones, givers and receivers met so far (``Moment/Parties``).
    var parties = PartiesCache()
    var devices = DeviceCache()
    var scratch = [UInt8]()
    /// Called with an offset below which the bytes are no longer needed.
    private let progress: (Int) -> Void

    struct GiveUp: Error {}

    /// The stamps of a moment written without any (before format version 3).
    private static let noStamps = Changes()
    // Each reader's own (a static is looked up through a once-check at every use).
    private let kinds = ByteCases(MomentKind.self)
    private let responses = ByteCases(BidResponse.self)
    private let languages = ByteCases(LoveLanguage.self)

    /// The journal in `bytes`, or nil when the slow path should decode it.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, progress: @escaping (Int) -> Void = { _ in }) -> Journal? {
        readWithParts(bytes, progress: progress)?.journal
    }

    /// Reads moment objects one cell at a time (removed moments as the CSV store keeps them,
    /// one JSON object in a cell), all with one interner and device cache. `JSONDecoder` spent
    /// about 85,000 instructions on each: with a thousand removed moments, two thirds of a
    /// `log` on a CSV store.
    struct MomentCells {
        private var interner = ByteInterner()
        private var devices = DeviceCache()
        private var parties = PartiesCache()

        /// The moment in `bytes`, one object and nothing else, or nil when `JSONDecoder` should
        /// decode it and say what is wrong.
        mutating func moment(_ bytes: UnsafeBufferPointer<UInt8>) -> Moment? {
            var reader = JournalJSONReader(bytes: bytes, progress: { _ in })
            swap(&reader.interner, &interner)
            swap(&reader.devices, &devices)
            swap(&reader.parties, &parties)
            defer {
                swap(&reader.interner, &interner)
                swap(&reader.devices, &devices)
                swap(&reader.parties, &parties)
            }
            reader.space()
            guard let moment = try? reader.moment() else { return nil }
            reader.space()
            return reader.i == bytes.count ? moment : nil
        }
    }

    /// ``read(_:progress:)``, with where the parts left to `JSONDecoder` (partners, rituals,
    /// reflections, settings) lie in `bytes`: the fields it skips there are found from them.
    static func readWithParts(
        _ bytes: UnsafeBufferPointer<UInt8>, progress: @escaping (Int) -> Void = { _ in }
    ) -> (journal: Journal, parts: [String: Range<Int>])? {
        var reader = JournalJSONReader(bytes: bytes, progress: progress)
        guard let journal = try? reader.journal() else { return nil }
        return (journal, reader.parts)
    }

    /// The keys of a journal's top level besides moments, removed and schemaVersion (the store's
    /// `changeLog` among them); any other is the slow path's to report.
    private static let documentKeys: Set<String> = ["partners", "rituals", "reflections", "settings", "changeLog"]

    /// Where the document's top-level `moments` array is (brackets included), found by
    /// skipping values rather than decoding them; nil when the document is not a JSON object
    /// with exactly one `moments` key.
    static func momentsRange(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var reader = JournalJSONReader(bytes: bytes, progress: { _ in })
        return try? reader.findMoments()
    }

    /// Where each element of the array at `array` (brackets included) lies, found by skipping
    /// values; nil when it is not an array of objects.
    static func elementRanges(_ bytes: UnsafeBufferPointer<UInt8>, array: Range<Int>) -> [Range<Int>]? {
        guard array.lowerBound >= 0, array.upperBound <= bytes.count else { return nil }
        var reader = JournalJSONReader(bytes: UnsafeBufferPointer(rebasing: bytes[..<array.upperBound]), progress: { _ in })
        reader.i = array.lowerBound
        var elements = [Range<Int>]()
        do {
            try reader.expect(UInt8(ascii: "["))
            reader.space()
            if reader.peek() == UInt8(ascii: "]") { return elements }
            while true {
                reader.space()
                let start = reader.i
                guard reader.peek() == UInt8(ascii: "{") else { return nil }
                try reader.skipValue(depth: 1)
                elements.append(start..<reader.i)
                reader.space()
                if reader.peek() == UInt8(ascii: ",") { reader.i += 1; continue }
                try reader.expect(UInt8(ascii: "]"))
                return reader.i == array.upperBound ? elements : nil
            }
        } catch {
            return nil
        }
    }

    private mutating func findMoments() throws -> Range<Int>? {
        var found: Range<Int>?
        space()
        try members { reader, key in
            let start = reader.i
            try reader.skipValue(depth: 0)
            if key == "moments" {
                guard found == nil, reader.bytes[start] == UInt8(ascii: "[") else { throw GiveUp() }
                found = start..<reader.i
            }
        }
        return found
    }

    /// Reads an object, `{` to `}`, calling `member` with each key once the reader stands on
    /// its value; `member` reads the value.
    private mutating func members(_ member: (inout JournalJSONReader, String) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        space()
        if peek() != UInt8(ascii: "}") {
            while true {
                space()
                let key = try plainKey()
                space()
                try expect(UInt8(ascii: ":"))
                space()
                try member(&self, key)
                space()
                if peek() == UInt8(ascii: ",") { i += 1; continue }
                break
            }
        }
        try expect(UInt8(ascii: "}"))
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, progress: @escaping (Int) -> Void) {
        self.bytes = bytes
        self.progress = progress
    }

    // MARK: - Document

    private mutating func journal() throws -> Journal {
        var version: Int?
        var moments = [Moment]()
        var removed = Tombstones()
        var seenKeys = Set<String>()
        space()
        try members { reader, key in
            guard seenKeys.insert(key).inserted else { throw GiveUp() }
            switch key {
            case "moments": moments = try reader.momentList()
            case "removed": removed = try reader.removedRecords()
            case "schemaVersion": version = try reader.integer()
            default:
                guard Self.documentKeys.contains(key) else { throw GiveUp() }
                let start = reader.i
                try reader.skipValue(depth: 0)
                reader.parts[key] = start..<reader.i
            }
        }
        space()
        guard i == bytes.count, let version, version >= Journal.oldestSchemaVersion, version <= Journal.currentSchemaVersion else {
            throw GiveUp()
        }
        var journal = Journal(schemaVersion: version)
        journal.moments = moments
        let decoder = JSONDecoder()
        func part<T: Decodable>(_ key: String, _ type: T.Type) throws -> T? {
            guard let range = parts[key] else { return nil }
            // An empty list (most of a sync folder's change entries) needs no decoder.
            let inside = range.count > 32 ? [] : bytes[range].filter { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
            if inside.count == 2, inside.first == UInt8(ascii: "["), inside.last == UInt8(ascii: "]"), let empty = [Never]() as? T {
                return empty
            }
            if JSONLocator.syntaxError(in: Array(bytes[range])) != nil { throw GiveUp() }
            let slice = Data(UnsafeBufferPointer(rebasing: bytes[range]))
            if slice.elementsEqual("null".utf8) { return nil }
            return try decoder.decode(type, from: slice)
        }
        journal.partners = try part("partners", [Partner].self) ?? []
        journal.rituals = try part("rituals", [Ritual].self) ?? []
        journal.reflections = try part("reflections", [ReflectionAnswer].self) ?? []
        journal.settings = try part("settings", JournalSettings.self) ?? JournalSettings()
        journal.removed = removed
        let removedRanges = removedParts, source = bytes
        func decodeRemoved(_ key: String) -> Data? {
            guard let range = removedRanges[key] else { return nil }
            return Data(UnsafeBufferPointer(rebasing: source[range]))
        }
        if let data = decodeRemoved("partners") { journal.removed.partners = try decoder.decode([Partner].self, from: data) }
        if let data = decodeRemoved("rituals") { journal.removed.rituals = try decoder.decode([Ritual].self, from: data) }
        if let data = decodeRemoved("reflections") {
            journal.removed.reflections = try decoder.decode([ReflectionAnswer].self, from: data)
        }
        if let data = decodeRemoved("stressors") {
            journal.removed.stressors = try decoder.decode([Tombstones.Owned<Stressor>].self, from: data)
        }
        if let data = decodeRemoved("dates") {
            journal.removed.dates = try decoder.decode([Tombstones.Owned<ImportantDate>].self, from: data)
        }
        journal.migrate()
        return journal
    }

    /// Where the document's partners, rituals, reflections and settings are, for `JSONDecoder`.
    private var parts = [String: Range<Int>]()
    /// Where the parts of `removed` other than its moments are, for `JSONDecoder`.
    private var removedParts = [String: Range<Int>]()

    /// The `removed` object: its moments read like the journal's, the rest left for later.
    private mutating func removedRecords() throws -> Tombstones {
        var removed = Tombstones()
        try members { reader, key in
            guard reader.removedParts[key] == nil, !(key == "moments" && !removed.moments.isEmpty) else { throw GiveUp() }
            switch key {
            case "moments": removed.moments = try reader.momentList()
            case "partners", "rituals", "stressors", "dates", "reflections":
                let start = reader.i
                try reader.skipValue(depth: 0)
                reader.removedParts[key] = start..<reader.i
            default: throw GiveUp()  // a kind this build does not know: the slow path says so
            }
        }
        return removed
    }

    private mutating func momentList() throws -> [Moment] {
        var moments = [Moment]()
        // About 250 bytes a moment in the written layout.
        moments.reserveCapacity(max(16, (bytes.count - i) / 240))
        try expect(UInt8(ascii: "["))
        space()
        if peek() == UInt8(ascii: "]") { i += 1; return moments }
        var reported = i
        while true {
            space()
            moments.append(try moment())
            if i - reported > 16 << 20 {
                progress(i)
                reported = i
            }
            space()
            if peek() == UInt8(ascii: ",") { i += 1; continue }
            try expect(UInt8(ascii: "]"))
            return moments
        }
    }

    /// A string enumeration's case, found from the string's bytes (`init(rawValue:)` compares
    /// the text with each case's in turn: a fourteenth of a 1M load, callgrind); nil for a
    /// `null` where `orNull` allows one. Anything else gives up.
    private mutating func enumeration<T: RawRepresentable>(_ cases: ByteCases<T>, orNull: Bool = false) throws -> T?
    where T.RawValue == String {
        if orNull, peek() == UInt8(ascii: "n") {
            try literal("null")
            return nil
        }
        let (range, escaped) = try scanString()
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        guard let value = escaped ? T(rawValue: try unescape(slice)) : cases.match(slice) else { throw GiveUp() }
        return value
    }

    private mutating func moment() throws -> Moment {
        var id: String?, at: Date?, zone: String?, giver: String?, receiver: String?, title: String?
        var gesture: String?, language: LoveLanguage?, note: String?, response: BidResponse?, kind = MomentKind.gesture
        var ritual: String?
        var changes = Self.noStamps
        // A key given twice is left to the slow path, which refuses it with its place: a reader
        // that let the last one win would drop the first on the next save.
        var seen: UInt32 = 0, twice: UInt32 = 0
        try expect(UInt8(ascii: "{"))
        space()
        if peek() != UInt8(ascii: "}") {
            while true {
                space()
                let key = try keyBytes()
                space()
                try expect(UInt8(ascii: ":"))
                space()
                switch key.count {
                case 2 where matches(key, "at"):
                    twice |= seen & (1 << 0); seen |= 1 << 0
                    let range = try stringRange()
                    guard let date = Timestamp.parse(bytes: UnsafeBufferPointer(rebasing: bytes[range])) else { throw GiveUp() }
                    at = date
                case 2 where matches(key, "id"): twice |= seen & (1 << 1); seen |= 1 << 1; id = try text(intern: false)
                case 4 where matches(key, "kind"):
                    twice |= seen & (1 << 2); seen |= 1 << 2
                    kind = try enumeration(kinds) ?? kind
                case 4 where matches(key, "note"): twice |= seen & (1 << 3); seen |= 1 << 3; note = try optionalText(intern: false)
                case 5 where matches(key, "giver"): twice |= seen & (1 << 4); seen |= 1 << 4; giver = try text(intern: true)
                case 5 where matches(key, "title"): twice |= seen & (1 << 5); seen |= 1 << 5; title = try text(intern: true)
                case 6 where matches(key, "ritual"): twice |= seen & (1 << 6); seen |= 1 << 6; ritual = try optionalText(intern: true)
                case 7 where matches(key, "gesture"): twice |= seen & (1 << 7); seen |= 1 << 7; gesture = try optionalText(intern: true)
                case 7 where matches(key, "changes"): twice |= seen & (1 << 8); seen |= 1 << 8; changes = try stamps()
                case 8 where matches(key, "language"):
                    twice |= seen & (1 << 9); seen |= 1 << 9
                    language = try enumeration(languages, orNull: true)
                case 8 where matches(key, "receiver"): twice |= seen & (1 << 10); seen |= 1 << 10; receiver = try text(intern: true)
                case 8 where matches(key, "response"):
                    twice |= seen & (1 << 11); seen |= 1 << 11
                    response = try enumeration(responses, orNull: true)
                case 8 where matches(key, "timeZone"): twice |= seen & (1 << 12); seen |= 1 << 12; zone = try text(intern: true)
                default: throw GiveUp()  // a field this build does not keep: the slow path says so
                }
                space()
                if peek() == UInt8(ascii: ",") { i += 1; continue }
                break
            }
        }
        try expect(UInt8(ascii: "}"))
        guard twice == 0, let id, let at, let zone, let giver, let receiver, let title else { throw GiveUp() }
        return Moment(
            id: Identifier(id), at: at, parties: parties.parties(timeZone: zone, giver: giver, receiver: receiver).0, title: title,
            gestureID: gesture.map { Identifier($0) }, language: language, note: note,
            response: response, kind: kind, ritualID: ritual.map { Identifier($0) }, changes: changes)
    }

    /// A record's change stamps. The common case, a creation stamp alone
    /// (`"1795564805000.0@alexphone"`), is read in one pass over its bytes; anything else
    /// is found as a string and read token by token.
    private mutating func stamps() throws -> Changes {
        let n = bytes.count
        guard i < n, bytes[i] == 34 else { throw GiveUp() }
        var j = i + 1
        var millis: Int64 = 0, counter: UInt64 = 0, digits = 0
        while j < n, bytes[j] &- 48 < 10, digits < 18 {
            millis = millis * 10 + Int64(bytes[j] &- 48)
            j += 1
            digits += 1
        }
        if digits > 0, j < n, bytes[j] == 46 {
            j += 1
            digits = 0
            while j < n, bytes[j] &- 48 < 10, digits < 10 {
                counter = counter * 10 + UInt64(bytes[j] &- 48)
                j += 1
                digits += 1
            }
            if digits > 0, j < n, bytes[j] == 64, counter <= UInt64(ChangeStamp.maximumCounter), millis <= ChangeStamp.maximumMillis {
                j += 1
                let start = j
                while j < n, j - start < 16, bytes[j] != 34, bytes[j] != 32, bytes[j] != 92 { j += 1 }
                if j < n, bytes[j] == 34, let device = devices.device(UnsafeBufferPointer(rebasing: bytes[start..<j])) {
                    i = j + 1
                    return Changes(created: ChangeStamp(millis: millis, counter: UInt32(counter), device: device))
                }
            }
        }
        let range = try stringRange()
        guard let parsed = Changes(bytes: UnsafeBufferPointer(rebasing: bytes[range]), devices: &devices) else { throw GiveUp() }
        return parsed
    }
}
