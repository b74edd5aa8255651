import Foundation
import MicromanceModel

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
    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var interner = ByteInterner()
    private var devices = DeviceCache()
    private var scratch = [UInt8]()
    /// Called with an offset below which the bytes are no longer needed.
    private let progress: (Int) -> Void

    private struct GiveUp: Error {}

    /// The stamps of a moment written without any (before format version 3).
    private static let noStamps = Changes()

    /// The journal in `bytes`, or nil when the slow path should decode it.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, progress: @escaping (Int) -> Void = { _ in }) -> Journal? {
        var reader = JournalJSONReader(bytes: bytes, progress: progress)
        return try? reader.journal()
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
        var parts = [String: Range<Int>]()
        var seenKeys = Set<String>()
        space()
        try expect(UInt8(ascii: "{"))
        space()
        if peek() != UInt8(ascii: "}") {
            while true {
                space()
                let key = try plainKey()
                space()
                try expect(UInt8(ascii: ":"))
                space()
                guard !seenKeys.contains(key) else { throw GiveUp() }
                seenKeys.insert(key)
                switch key {
                case "moments": moments = try momentList()
                case "removed": removed = try removedRecords()
                case "schemaVersion": version = try integer()
                default:
                    let start = i
                    try skipValue(depth: 0)
                    parts[key] = start..<i
                }
                space()
                if peek() == UInt8(ascii: ",") { i += 1; continue }
                break
            }
        }
        try expect(UInt8(ascii: "}"))
        space()
        guard i == bytes.count, let version, version >= Journal.oldestSchemaVersion, version <= Journal.currentSchemaVersion else {
            throw GiveUp()
        }
        var journal = Journal(schemaVersion: version)
        journal.moments = moments
        let decoder = JSONDecoder()
        func part<T: Decodable>(_ key: String, _ type: T.Type) throws -> T? {
            guard let range = parts[key] else { return nil }
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

    /// Where the parts of `removed` other than its moments are, for `JSONDecoder`.
    private var removedParts = [String: Range<Int>]()

    /// The `removed` object: its moments read like the journal's, the rest left for later.
    private mutating func removedRecords() throws -> Tombstones {
        var removed = Tombstones()
        try expect(UInt8(ascii: "{"))
        space()
        if peek() != UInt8(ascii: "}") {
            while true {
                space()
                let key = try plainKey()
                space()
                try expect(UInt8(ascii: ":"))
                space()
                guard removedParts[key] == nil, !(key == "moments" && !removed.moments.isEmpty) else { throw GiveUp() }
                switch key {
                case "moments": removed.moments = try momentList()
                case "partners", "rituals", "stressors", "dates", "reflections":
                    let start = i
                    try skipValue(depth: 0)
                    removedParts[key] = start..<i
                default: throw GiveUp()  // a kind this build does not know: the slow path says so
                }
                space()
                if peek() == UInt8(ascii: ",") { i += 1; continue }
                break
            }
        }
        try expect(UInt8(ascii: "}"))
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
                    guard let value = MomentKind(rawValue: try text(intern: true) ?? "") else { throw GiveUp() }
                    kind = value
                case 4 where matches(key, "note"): twice |= seen & (1 << 3); seen |= 1 << 3; note = try optionalText(intern: false)
                case 5 where matches(key, "giver"): twice |= seen & (1 << 4); seen |= 1 << 4; giver = try text(intern: true)
                case 5 where matches(key, "title"): twice |= seen & (1 << 5); seen |= 1 << 5; title = try text(intern: true)
                case 6 where matches(key, "ritual"): twice |= seen & (1 << 6); seen |= 1 << 6; ritual = try optionalText(intern: true)
                case 7 where matches(key, "gesture"): twice |= seen & (1 << 7); seen |= 1 << 7; gesture = try optionalText(intern: true)
                case 7 where matches(key, "changes"): twice |= seen & (1 << 8); seen |= 1 << 8; changes = try stamps()
                case 8 where matches(key, "language"):
                    twice |= seen & (1 << 9); seen |= 1 << 9
                    if let value = try optionalText(intern: true) {
                        guard let parsed = LoveLanguage(rawValue: value) else { throw GiveUp() }
                        language = parsed
                    }
                case 8 where matches(key, "receiver"): twice |= seen & (1 << 10); seen |= 1 << 10; receiver = try text(intern: true)
                case 8 where matches(key, "response"):
                    twice |= seen & (1 << 11); seen |= 1 << 11
                    if let value = try optionalText(intern: true) {
                        guard let parsed = BidResponse(rawValue: value) else { throw GiveUp() }
                        response = parsed
                    }
                case 8 where matches(key, "timeZone"): twice |= seen & (1 << 12); seen |= 1 << 12; zone = try text(intern: true)
                default: try skipValue(depth: 0)
                }
                space()
                if peek() == UInt8(ascii: ",") { i += 1; continue }
                break
            }
        }
        try expect(UInt8(ascii: "}"))
        guard twice == 0, let id, let at, let zone, let giver, let receiver, let title else { throw GiveUp() }
        return Moment(
            id: Identifier(id), at: at, timeZone: zone, giver: Identifier(giver), receiver: Identifier(receiver),
            title: title, gestureID: gesture.map { Identifier($0) }, language: language, note: note,
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

    // MARK: - Tokens

    private func peek() -> UInt8 { i < bytes.count ? bytes[i] : 0 }

    private mutating func space() {
        while i < bytes.count {
            let b = bytes[i]
            guard b == 32 || b == 10 || b == 13 || b == 9 else { return }
            i += 1
        }
    }

    private mutating func expect(_ byte: UInt8) throws {
        guard i < bytes.count, bytes[i] == byte else { throw GiveUp() }
        i += 1
    }

    private func matches(_ range: Range<Int>, _ word: StaticString) -> Bool {
        word.withUTF8Buffer { $0.elementsEqual(bytes[range]) }
    }

    /// A key without escapes, as the bytes between its quotes.
    /// Keys are a few plain ASCII letters: a byte loop finds their end sooner than the
    /// 16-byte scanner, which pays for itself on longer text. Anything unusual (an escape, a
    /// control character, a long key) goes to the general scanner or the slow path.
    private mutating func keyBytes() throws -> Range<Int> {
        try expect(UInt8(ascii: "\""))
        let start = i
        let n = min(bytes.count, start + 32)
        while i < n {
            let byte = bytes[i]
            if byte == 34 {
                i += 1
                return start..<(i - 1)
            }
            if byte == 92 || byte < 32 { throw GiveUp() }
            i += 1
        }
        i = start - 1
        let range = try stringRange()
        if bytes[range].contains(UInt8(ascii: "\\")) { throw GiveUp() }
        return range
    }

    private mutating func plainKey() throws -> String {
        let range = try keyBytes()
        guard let key = String(validating: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) else { throw GiveUp() }
        return key
    }

    /// The bytes between the quotes of a string, checked for raw control characters and
    /// well-formed escapes (not yet decoded).
    private mutating func stringRange() throws -> Range<Int> {
        try expect(UInt8(ascii: "\""))
        let start = i
        let n = bytes.count
        guard let base = bytes.baseAddress else { throw GiveUp() }
        let quote = SIMD16<UInt8>(repeating: UInt8(ascii: "\""))
        let backslash = SIMD16<UInt8>(repeating: UInt8(ascii: "\\"))
        let space = SIMD16<UInt8>(repeating: 0x20)
        while true {
            // Sixteen bytes at a time while none of them ends the string, escapes or is a
            // control character (which JSON does not allow raw).
            while i + 16 <= n {
                let chunk = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self)
                if any((chunk .== quote) .| (chunk .== backslash) .| (chunk .< space)) { break }
                i += 16
            }
            guard i < n else { throw GiveUp() }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                return start..<(i - 1)
            }
            if b < 0x20 { throw GiveUp() }
            i += b == UInt8(ascii: "\\") ? 2 : 1
        }
    }

    /// A string's text; `intern` shares repeated texts.
    private mutating func text(intern: Bool) throws -> String? {
        let range = try stringRange()
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        if !slice.contains(UInt8(ascii: "\\")) {
            if intern { return interner.string(slice) }
            return ByteInterner.make(slice)
        }
        return try unescape(slice)
    }

    private mutating func optionalText(intern: Bool) throws -> String? {
        if peek() == UInt8(ascii: "n") {
            try literal("null")
            return nil
        }
        guard let value = try text(intern: intern) else { throw GiveUp() }
        return value
    }

    private mutating func unescape(_ slice: UnsafeBufferPointer<UInt8>) throws -> String {
        scratch.removeAll(keepingCapacity: true)
        var k = 0
        func hex(_ at: Int) throws -> UInt32 {
            guard at + 4 <= slice.count else { throw GiveUp() }
            var value: UInt32 = 0
            for b in slice[at..<(at + 4)] {
                let digit: UInt32
                switch b {
                case 48...57: digit = UInt32(b - 48)
                case 65...70: digit = UInt32(b - 55)
                case 97...102: digit = UInt32(b - 87)
                default: throw GiveUp()
                }
                value = value * 16 + digit
            }
            return value
        }
        while k < slice.count {
            let b = slice[k]
            guard b == UInt8(ascii: "\\") else {
                scratch.append(b)
                k += 1
                continue
            }
            guard k + 1 < slice.count else { throw GiveUp() }
            switch slice[k + 1] {
            case UInt8(ascii: "\""): scratch.append(34)
            case UInt8(ascii: "\\"): scratch.append(92)
            case UInt8(ascii: "/"): scratch.append(47)
            case UInt8(ascii: "b"): scratch.append(8)
            case UInt8(ascii: "f"): scratch.append(12)
            case UInt8(ascii: "n"): scratch.append(10)
            case UInt8(ascii: "r"): scratch.append(13)
            case UInt8(ascii: "t"): scratch.append(9)
            case UInt8(ascii: "u"):
                var scalar = try hex(k + 2)
                k += 4
                if (0xD800...0xDBFF).contains(scalar) {
                    guard k + 7 < slice.count, slice[k + 2] == 92, slice[k + 3] == UInt8(ascii: "u") else { throw GiveUp() }
                    let low = try hex(k + 4)
                    guard (0xDC00...0xDFFF).contains(low) else { throw GiveUp() }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    k += 6
                }
                guard let unicode = Unicode.Scalar(scalar) else { throw GiveUp() }
                scratch.append(contentsOf: Array(String(Character(unicode)).utf8))
            default: throw GiveUp()
            }
            k += 2
        }
        guard let text = scratch.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) else { throw GiveUp() }
        return text
    }

    private mutating func literal(_ word: StaticString) throws {
        let ok = word.withUTF8Buffer { w in i + w.count <= bytes.count && w.elementsEqual(bytes[i..<(i + w.count)]) }
        guard ok else { throw GiveUp() }
        i += word.utf8CodeUnitCount
    }

    private mutating func integer() throws -> Int {
        var value = 0
        var digits = 0
        if peek() == 48, i + 1 < bytes.count, bytes[i + 1] >= 48, bytes[i + 1] <= 57 { throw GiveUp() }  // no leading zeros
        while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57, digits < 9 {
            value = value * 10 + Int(bytes[i] - 48)
            digits += 1
            i += 1
        }
        guard digits > 0, !(i < bytes.count && (bytes[i] == 46 || bytes[i] == 101 || bytes[i] == 69 || (bytes[i] >= 48 && bytes[i] <= 57)))
        else { throw GiveUp() }
        return value
    }

    /// Skips one value, checking its syntax.
    private mutating func skipValue(depth: Int) throws {
        guard depth < 256 else { throw GiveUp() }
        space()
        switch peek() {
        case UInt8(ascii: "\""):
            let range = try stringRange()
            if bytes[range].contains(UInt8(ascii: "\\")) {
                _ = try unescape(UnsafeBufferPointer(rebasing: bytes[range]))
            } else if String(validating: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) == nil {
                throw GiveUp()
            }
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = peek() == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            let isObject = close == UInt8(ascii: "}")
            i += 1
            space()
            if peek() == close { i += 1; return }
            while true {
                space()
                if isObject {
                    _ = try stringRange()
                    space()
                    try expect(UInt8(ascii: ":"))
                }
                try skipValue(depth: depth + 1)
                space()
                if peek() == UInt8(ascii: ",") { i += 1; continue }
                try expect(close)
                return
            }
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default:
            // A number: -?digits(.digits)?([eE][+-]?digits)?
            if peek() == UInt8(ascii: "-") { i += 1 }
            let start = i
            while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1 }
            guard i > start else { throw GiveUp() }
            if peek() == UInt8(ascii: ".") {
                i += 1
                let fraction = i
                while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1 }
                guard i > fraction else { throw GiveUp() }
            }
            if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
                i += 1
                if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { i += 1 }
                let exponent = i
                while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1 }
                guard i > exponent else { throw GiveUp() }
            }
        }
    }
}
