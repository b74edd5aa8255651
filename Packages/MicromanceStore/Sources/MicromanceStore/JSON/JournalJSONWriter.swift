import Foundation
import MicromanceModel

/// Writes a journal as JSON by hand, for a layout `JSONEncoder` cannot give: keys sorted,
/// two-space indents, empty lists as `[]`, and one moment per line, so that logging a
/// moment adds exactly one line to a diff. It also avoids `JSONEncoder`'s cost on large journals.
///
/// The output is plain JSON that `JSONDecoder` (and any other reader) reads back to the
/// same journal; the store's tests check the round trip.
struct JournalJSONWriter: ~Copyable {
    /// The change log the document names, if any (see ``write(_:changeLog:to:)``).
    var changeLog: String?
    private var out: ByteWriter
    /// Offsets of each moment's zone, cached per day: a `TimeZone` lookup per moment costs
    /// more than writing the moment.
    private let offsets = LocalDayResolver(fallback: TimeZone(secondsFromGMT: 0) ?? .current)

    private init(capacity: Int) {
        out = ByteWriter(capacity: capacity)
    }

    /// The whole document.
    static func write(_ journal: Journal) -> [UInt8] {
        var writer = JournalJSONWriter(capacity: 512 + journal.moments.count * 260)
        writer.journal(journal)
        return writer.out.take()
    }

    /// The document in pieces of about a megabyte, each handed to `sink` as it is ready,
    /// so that a large journal is never held in memory as one more copy. A large journal's
    /// moments are encoded on two threads (``BlockPipeline``), in order.
    /// `changeLog`, when given, is written first as `"changeLog" : NAME`: the change log that
    /// holds the journal's latest moments (see `JSONChangeLog`), so that a copy of the document
    /// alone knows it is not the whole journal.
    static func write(
        _ journal: Journal, changeLog: String? = nil, to sink: ([UInt8]) throws(StoreError) -> Void
    ) throws(StoreError) {
        var writer = JournalJSONWriter(capacity: 4096)
        writer.changeLog = changeLog
        writer.head()
        let moments = journal.moments
        if moments.isEmpty {
            writer.raw("[]")
        } else {
            writer.raw("[")
            try sink(writer.out.take())
            try BlockPipeline.run(count: moments.count, encode: { range in Self.lines(moments, range) }, to: sink)
            writer.newline(2)
            writer.raw("]")
        }
        writer.tail(journal)
        try sink(writer.out.take())
    }

    /// The moments in `range`, one per line, each but the very first after a comma.
    private static func lines(_ moments: [Moment], _ range: Range<Int>) -> [UInt8] {
        var writer = JournalJSONWriter(capacity: range.count * 300)
        writer.lines(moments, range)
        return writer.out.take()
    }

    private mutating func lines(_ moments: [Moment], _ range: Range<Int>) {
        // Each moment borrowed where it lies, not copied (which retained its texts).
        moments.withUnsafeBufferPointer { buffer in
            for index in range {
                if index > 0 { raw(",") }
                newline(4)
                moment(buffer[index])
            }
        }
    }

    private mutating func raw(_ text: StaticString) {
        out.append(text)
    }

    private mutating func newline(_ indent: Int) {
        out.append(10)
        for _ in 0..<indent { out.append(32) }
    }

    /// Writes the document.
    private mutating func journal(_ journal: Journal) {
        head()
        if journal.moments.isEmpty {
            raw("[]")
        } else {
            raw("[")
            lines(journal.moments, journal.moments.indices)
            newline(2)
            raw("]")
        }
        tail(journal)
    }

    /// Everything before the moments' list.
    private mutating func head() {
        raw("{")
        if let changeLog {
            newline(2); raw("\"changeLog\" : "); string(changeLog); raw(",")
        }
        newline(2); raw("\"moments\" : ")
    }

    /// Everything after the moments' list.
    private mutating func tail(_ journal: Journal) {
        raw(","); newline(2); raw("\"partners\" : ")
        list(journal.partners, indent: 2, multiline: true) { $0.partner($1, indent: 4) }
        if !journal.reflections.isEmpty {
            raw(","); newline(2); raw("\"reflections\" : ")
            list(journal.reflections, indent: 2, multiline: false) { $0.reflection($1) }
        }
        if !journal.removed.isEmpty {
            raw(","); newline(2); raw("\"removed\" : ")
            removed(journal.removed)
        }
        raw(","); newline(2); raw("\"rituals\" : ")
        list(journal.rituals, indent: 2, multiline: false) { $0.ritual($1) }
        raw(","); newline(2); raw("\"schemaVersion\" : ")
        number(Double(journal.schemaVersion))
        raw(","); newline(2); raw("\"settings\" : ")
        settings(journal.settings)
        newline(0); raw("}")
        out.append(10)
    }

    /// A list with one item per line; `multiline` items are themselves indented objects.
    private mutating func list<T>(_ items: [T], indent: Int, multiline: Bool, item: (inout Self, T) -> Void) {
        guard !items.isEmpty else { raw("[]"); return }
        raw("[")
        for (index, element) in items.enumerated() {
            if index > 0 { raw(",") }
            newline(indent + 2)
            item(&self, element)
        }
        newline(indent)
        raw("]")
    }

    /// An inline object: `{ "a" : 1, "b" : 2 }`, keys written in the order given (callers sort them).
    private mutating func field(_ key: StaticString, first: Bool = false) {
        raw(first ? "{ \"" : ", \"")
        raw(key)
        raw("\" : ")
    }

    /// Removed records, kept for merging: one object with a list per kind.
    private mutating func removed(_ r: Tombstones) {
        raw("{")
        var first = true
        func key(_ name: StaticString, _ writer: inout Self) {
            if !first { writer.raw(",") }
            first = false
            writer.newline(4); writer.raw("\""); writer.raw(name); writer.raw("\" : ")
        }
        if !r.dates.isEmpty {
            key("dates", &self)
            list(r.dates, indent: 4, multiline: false) { writer, owned in
                writer.field("partner", first: true); writer.string(owned.partner.rawValue)
                writer.field("record"); writer.date(owned.record)
                writer.raw(" }")
            }
        }
        if !r.moments.isEmpty {
            key("moments", &self)
            list(r.moments, indent: 4, multiline: false) { $0.moment($1) }
        }
        if !r.partners.isEmpty {
            key("partners", &self)
            list(r.partners, indent: 4, multiline: true) { $0.partner($1, indent: 8) }
        }
        if !r.reflections.isEmpty {
            key("reflections", &self)
            list(r.reflections, indent: 4, multiline: false) { $0.reflection($1) }
        }
        if !r.rituals.isEmpty {
            key("rituals", &self)
            list(r.rituals, indent: 4, multiline: false) { $0.ritual($1) }
        }
        if !r.stressors.isEmpty {
            key("stressors", &self)
            list(r.stressors, indent: 4, multiline: false) { writer, owned in
                writer.field("partner", first: true); writer.string(owned.partner.rawValue)
                writer.field("record"); writer.stressor(owned.record)
                writer.raw(" }")
            }
        }
        newline(2); raw("}")
    }

    /// Change stamps as a JSON string; the common case (only a creation stamp) without building one.
    private mutating func changes(_ c: Changes) {
        // Stamps hold no quote, backslash or control character (names and values are escaped).
        out.append(34)
        c.write(into: &out)
        out.append(34)
    }

    /// An instant as a quoted timestamp with the offset of its own time zone.
    private mutating func timestamp(_ at: Date, zone: String) {
        out.append(34)
        out.append(at, offsetSeconds: offsets.offset(at, zone: zone))
        out.append(34)
    }

    /// A moment on one line. Each key is written with the punctuation around it as one
    /// static text (`, "giver" : `), the way ``field(_:first:)`` writes it: a million moments
    /// write thirteen million of them.
    private mutating func moment(_ m: borrowing Moment) {
        raw("{ \"at\" : "); timestamp(m.at, zone: m.timeZone)
        if !m.changes.isImported { raw(", \"changes\" : "); changes(m.changes) }
        if let gesture = m.gestureID { raw(", \"gesture\" : "); string(gesture.rawValue) }
        raw(", \"giver\" : "); string(m.giver.rawValue)
        raw(", \"id\" : "); string(m.id.rawValue)
        raw(", \"kind\" : "); string(m.kind.rawValue)
        if let language = m.language { raw(", \"language\" : "); string(language.rawValue) }
        if let note = m.note { raw(", \"note\" : "); string(note) }
        raw(", \"receiver\" : "); string(m.receiver.rawValue)
        if let response = m.response { raw(", \"response\" : "); string(response.rawValue) }
        if let ritual = m.ritualID { raw(", \"ritual\" : "); string(ritual.rawValue) }
        raw(", \"timeZone\" : "); string(m.timeZone)
        raw(", \"title\" : "); string(m.title)
        raw(" }")
    }

    private mutating func reflection(_ r: ReflectionAnswer) {
        field("answer", first: true); string(r.answer)
        field("at"); timestamp(r.at, zone: r.timeZone)
        if !r.changes.isImported { field("changes"); changes(r.changes) }
        field("id"); string(r.id.rawValue)
        if let partner = r.partner { field("partner"); string(partner.rawValue) }
        field("question"); string(r.question)
        field("timeZone"); string(r.timeZone)
        raw(" }")
    }

    private mutating func ritual(_ r: Ritual) {
        field("cadence", first: true); string(r.cadence.description)
        if !r.changes.isImported { field("changes"); changes(r.changes) }
        field("id"); string(r.id.rawValue)
        if let language = r.language { field("language"); string(language.rawValue) }
        field("participants"); stringList(r.participants.map(\.rawValue))
        field("title"); string(r.title)
        raw(" }")
    }

    private mutating func partner(_ p: Partner, indent: Int) {
        raw("{")
        if !p.changes.isImported { newline(indent); raw("\"changes\" : "); changes(p.changes); raw(",") }
        newline(indent); raw("\"id\" : "); string(p.id.rawValue)
        raw(","); newline(indent); raw("\"ideas\" : ")
        list(p.ideas, indent: indent, multiline: false) { $0.string($1) }
        raw(","); newline(indent); raw("\"importantDates\" : ")
        list(p.importantDates, indent: indent, multiline: false) { $0.date($1) }
        raw(","); newline(indent); raw("\"name\" : "); string(p.name)
        raw(","); newline(indent); raw("\"preferences\" : ")
        list(p.preferences, indent: indent, multiline: false) { $0.string($1) }
        raw(","); newline(indent); raw("\"profile\" : ")
        var first = true
        for language in LoveLanguage.allCases.sorted(by: { $0.rawValue < $1.rawValue }) {
            raw(first ? "{ \"" : ", \"")
            first = false
            out.append(utf8: language.rawValue)
            raw("\" : ")
            number(p.profile[language])
        }
        raw(" }")
        raw(","); newline(indent); raw("\"stressors\" : ")
        list(p.stressors, indent: indent, multiline: false) { $0.stressor($1) }
        newline(indent - 2); raw("}")
    }

    private mutating func date(_ date: ImportantDate) {
        var first = true
        if !date.changes.isImported { field("changes", first: true); changes(date.changes); first = false }
        field("day", first: first); number(Double(date.day))
        field("id"); string(date.id.rawValue)
        field("month"); number(Double(date.month))
        field("recurrence"); string(date.recurrence.rawValue)
        field("title"); string(date.title)
        if let year = date.year { field("year"); number(Double(year)) }
        raw(" }")
    }

    private mutating func stressor(_ stressor: Stressor) {
        var first = true
        if !stressor.changes.isImported { field("changes", first: true); changes(stressor.changes); first = false }
        if let day = stressor.day { field("day", first: first); string(day.description); first = false }
        field("id", first: first); string(stressor.id.rawValue)
        field("title"); string(stressor.title)
        raw(" }")
    }

    private mutating func settings(_ s: JournalSettings) {
        raw("{")
        if !s.changes.isImported { newline(4); raw("\"changes\" : "); changes(s.changes); raw(",") }
        newline(4); raw("\"dailyTarget\" : "); number(s.dailyTarget)
        if let giver = s.defaultGiver { raw(","); newline(4); raw("\"defaultGiver\" : "); string(giver.rawValue) }
        if let receiver = s.defaultReceiver { raw(","); newline(4); raw("\"defaultReceiver\" : "); string(receiver.rawValue) }
        if !s.partnerTimeZones.isEmpty {
            raw(","); newline(4); raw("\"partnerTimeZones\" : ")
            var first = true
            for (partner, zone) in s.partnerTimeZones.sorted(by: { $0.key < $1.key }) {
                raw(first ? "{ " : ", ")
                first = false
                string(partner.rawValue); raw(" : "); string(zone)
            }
            raw(" }")
        }
        raw(","); newline(4); raw("\"restDays\" : "); stringList(s.restDays.map(\.shortName))
        if let zone = s.timeZone { raw(","); newline(4); raw("\"timeZone\" : "); string(zone) }
        raw(","); newline(4); raw("\"weekStart\" : "); string(s.weekStart.shortName)
        newline(2); raw("}")
    }

    private mutating func stringList(_ items: [String]) {
        raw("[")
        for (index, item) in items.enumerated() {
            if index > 0 { raw(", ") }
            string(item)
        }
        raw("]")
    }

    /// A JSON number: integers without a fraction, others in Swift's shortest round-tripping form.
    private mutating func number(_ value: Double) {
        if value.isFinite, value == value.rounded(), abs(value) < 9_007_199_254_740_992 {
            out.append(utf8: String(Int64(value)))
        } else if value.isFinite {
            out.append(utf8: "\(value)")
        } else {
            raw("null")  // never valid in a journal; validation reports it
        }
    }

    /// A JSON string with the escapes JSON requires (quote, backslash, control characters).
    private mutating func string(_ text: String) {
        out.append(34)
        // Most text needs no escape: copy it whole.
        let copied = text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            if Self.needsEscape(utf8) { return false }
            out.append(bytes: utf8)
            return true
        }
        if copied == true {
            out.append(34)
            return
        }
        for byte in text.utf8 {
            switch byte {
            case 34: raw("\\\"")
            case 92: raw("\\\\")
            case 10: raw("\\n")
            case 13: raw("\\r")
            case 9: raw("\\t")
            case 0..<32:
                raw("\\u00")
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 15)])
            default: out.append(byte)
            }
        }
        out.append(34)
    }

    /// Whether any byte is a quote, a backslash or a control character: eight bytes at a
    /// time with the JSON reader's tests (``ByteScan``), the last few as the word that ends
    /// with them. A byte at a time, this was a sixth of a 1M-moment JSON save (callgrind).
    static func needsEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        @inline(__always) func hits(_ word: UInt64) -> Bool {
            ByteScan.marks(word, 0x22) | ByteScan.marks(word, 0x5C) | ByteScan.controls(word) != 0
        }
        guard bytes.count >= 8 else {
            for byte in bytes where byte < 32 || byte == 34 || byte == 92 { return true }
            return false
        }
        var index = 0
        while index + 8 <= bytes.count {
            if hits(ByteScan.word(bytes, index)) { return true }
            index += 8
        }
        return index < bytes.count && hits(ByteScan.word(bytes, bytes.count - 8))
    }
}
