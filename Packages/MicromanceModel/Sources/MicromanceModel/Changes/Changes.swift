/// The change stamps of one record (a moment, a partner, a ritual, a date, a stressor, the
/// shared settings): when it was made, when each field last changed, when it was removed,
/// and when each element of its set-valued fields was added or removed.
///
/// It is sparse: a field with no stamp of its own last changed when the record was made
/// (``created``). A journal written before stamps existed reads with every record made
/// at ``ChangeStamp/imported``, so any real change wins over it.
///
/// Merging two versions of a record takes each field from the version whose stamp for that
/// field is later. A removal (``removed``) hides the record unless some field changed after
/// it: an edit made after a removal, by clock, brings the record back.
public struct Changes: Hashable, Sendable, CustomStringConvertible {
    /// When the record was made; the stamp of every field not listed in ``fields``.
    public var created: ChangeStamp
    /// Everything beyond the creation stamp, which most records never get: kept out of line,
    /// so a record that was only ever made costs one stamp and one empty reference.
    private var more: Later?

    /// Fields changed after the record was made, by field name.
    public var fields: [String: ChangeStamp] {
        get { more?.fields ?? [:] }
        set { update { $0.fields = newValue } }
    }
    /// When the record was removed, if it was.
    public var removed: ChangeStamp? {
        get { more?.removed }
        set { update { $0.removed = newValue } }
    }
    /// Additions and removals of elements of set-valued fields (a partner's preferences, a
    /// ritual's participants). An element without an entry was added when the record was made.
    public var elements: [Element: ElementStamps] {
        get { more?.elements ?? [:] }
        set { update { $0.elements = newValue } }
    }

    /// The out-of-line part; never changed once shared (``update(_:)`` copies it first).
    private final class Later: @unchecked Sendable {
        var fields: [String: ChangeStamp]
        var removed: ChangeStamp?
        var elements: [Element: ElementStamps]
        init(fields: [String: ChangeStamp], removed: ChangeStamp?, elements: [Element: ElementStamps]) {
            self.fields = fields
            self.removed = removed
            self.elements = elements
        }
        var isEmpty: Bool { fields.isEmpty && removed == nil && elements.isEmpty }
    }

    private mutating func update(_ body: (Later) -> Void) {
        if isKnownUniquelyReferenced(&more), let more {
            body(more)
        } else {
            let copy = Later(fields: more?.fields ?? [:], removed: more?.removed, elements: more?.elements ?? [:])
            body(copy)
            more = copy
        }
        if more?.isEmpty == true { more = nil }
    }

    /// Equal when every stamp is.
    public static func == (lhs: Changes, rhs: Changes) -> Bool {
        guard lhs.created == rhs.created else { return false }
        switch (lhs.more, rhs.more) {
        case (nil, nil): return true
        case let (a?, b?): return a === b || (a.fields == b.fields && a.removed == b.removed && a.elements == b.elements)
        default: return false
        }
    }

    /// Hashes every stamp.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(created)
        if let more {
            hasher.combine(more.fields)
            hasher.combine(more.removed)
            hasher.combine(more.elements)
        }
    }

    /// One element of one set-valued field.
    public struct Element: Hashable, Sendable, Comparable {
        /// The field's name (`preferences`).
        public var field: String
        /// The element (`oat flat white`).
        public var value: String
        /// Creates an element key.
        public init(field: String, value: String) {
            self.field = field
            self.value = value
        }
        /// By field, then value.
        public static func < (lhs: Element, rhs: Element) -> Bool {
            (lhs.field, lhs.value) < (rhs.field, rhs.value)
        }
    }

    /// When an element was last added and last removed. It is present when it was never
    /// removed, or added again after its removal.
    public struct ElementStamps: Hashable, Sendable {
        /// The latest addition.
        public var added: ChangeStamp
        /// The latest removal, if any.
        public var removed: ChangeStamp?
        /// Creates element stamps.
        public init(added: ChangeStamp, removed: ChangeStamp? = nil) {
            self.added = added
            self.removed = removed
        }
        /// Whether the element is in the set.
        public var isPresent: Bool { removed.map { added > $0 } ?? true }
        /// Both stamps, each the later of the two sides: merging element stamps.
        public func joined(with other: ElementStamps) -> ElementStamps {
            ElementStamps(added: max(added, other.added), removed: Changes.later(removed, other.removed))
        }
    }

    /// A record made at `created` and never changed since: the common case, which the readers
    /// of large journals make a million times, without building the empty tables below.
    public init(created: ChangeStamp) {
        self.created = created
        more = nil
    }

    /// A record made at `created` with one field changed since, at `stamp`: the next most
    /// common case (a moment whose note was added later), built without the general
    /// initializer's checks for empty tables. `field` must not be empty or `removed`.
    /// Exposed to the other Micromance packages only (SPI).
    @_spi(MicromanceInternals)
    public init(created: ChangeStamp, field: String, changed stamp: ChangeStamp) {
        self.created = created
        more = Later(fields: [field: stamp], removed: nil, elements: [:])
    }

    /// A record made at `created` and changed as the other arguments say.
    public init(
        created: ChangeStamp = .imported, fields: [String: ChangeStamp] = [:], removed: ChangeStamp? = nil,
        elements: [Element: ElementStamps] = [:]
    ) {
        self.created = created
        // Most records have only a creation stamp: nothing to allocate.
        more = fields.isEmpty && removed == nil && elements.isEmpty ? nil : Later(fields: fields, removed: removed, elements: elements)
    }

    /// Whether the record has only its creation stamp (no later change, removal or element).
    public var isOnlyCreated: Bool { more == nil }

    /// Whether nothing is known beyond the import stamp: such a record needs no stamps in files.
    public var isImported: Bool { more == nil && created == .imported }

    /// When `field` last changed.
    public func stamp(of field: String) -> ChangeStamp { fields[field] ?? created }

    /// The latest change to any field or element (the removal aside).
    public var lastEdit: ChangeStamp {
        guard let more else { return created }
        var latest = created
        let fields = more.fields, elements = more.elements
        for stamp in fields.values where stamp > latest { latest = stamp }
        for element in elements.values {
            if element.added > latest { latest = element.added }
            if let removed = element.removed, removed > latest { latest = removed }
        }
        return latest
    }

    /// The latest stamp of any kind, the removal included.
    public var latest: ChangeStamp { Changes.later(lastEdit, removed) ?? created }

    /// The latest stamp of any kind that `device` made, or nil.
    public func latest(by device: DeviceID) -> ChangeStamp? {
        var found: ChangeStamp?
        func see(_ stamp: ChangeStamp?) {
            guard let stamp, stamp.device == device else { return }
            if found.map({ stamp > $0 }) ?? true { found = stamp }
        }
        see(created)
        see(removed)
        for stamp in fields.values { see(stamp) }
        for element in elements.values { see(element.added); see(element.removed) }
        return found
    }

    /// Whether the record is removed: it has a removal and no field changed after it.
    public var isRemoved: Bool {
        guard let removed else { return false }
        return removed > lastEdit
    }

    /// Records that `field` changed at `stamp`.
    public mutating func touch(_ field: String, at stamp: ChangeStamp) {
        if stamp > self.stamp(of: field) { fields[field] = stamp }
    }

    /// The stamps of `field`'s element `value`.
    public func stamps(of value: String, in field: String) -> ElementStamps {
        elements[Element(field: field, value: value)] ?? ElementStamps(added: created)
    }

    /// The later of two optional stamps.
    static func later(_ a: ChangeStamp?, _ b: ChangeStamp?) -> ChangeStamp? {
        guard let a else { return b }
        guard let b else { return a }
        return max(a, b)
    }
}

// MARK: - Written form

extension Changes {
    /// The written form: space-separated tokens, the first the creation stamp, then
    /// `FIELD=STAMP` for each changed field, `removed=STAMP` for a removal, and
    /// `+FIELD/VALUE=STAMP` or `-FIELD/VALUE=STAMP` for an element's addition or removal.
    /// Names and values escape space, `%`, `=`, quotes, commas, backslashes and control
    /// characters as `%XX`, so the form goes into a JSON string or a CSV cell as it is. Sorted,
    /// so the same stamps always read the same.
    public var description: String {
        var out = created.description
        for (field, stamp) in fields.sorted(by: { $0.key < $1.key }) {
            out += " \(Changes.escape(field))=\(stamp)"
        }
        if let removed { out += " removed=\(removed)" }
        for (element, stamps) in elements.sorted(by: { $0.key < $1.key }) {
            let name = "\(Changes.escape(element.field))/\(Changes.escape(element.value))"
            if stamps.added != created { out += " +\(name)=\(stamps.added)" }
            if let removed = stamps.removed { out += " -\(name)=\(removed)" }
        }
        return out
    }

    /// Reads the written form; nil when `text` is not one.
    public init?<S: StringProtocol>(parsing text: S) {
        var bytes = Array(text.utf8)
        guard let changes = bytes.withUnsafeMutableBufferPointer({ Changes(utf8: UnsafeBufferPointer($0)) }) else { return nil }
        self = changes
    }

    /// Reads the written form from its UTF-8 bytes; nil when they are not one. Byte by byte,
    /// without intermediate strings: stores read it for every record that was edited.
    @_spi(MicromanceInternals)
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0
        var first = true
        self.init()
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 32 { end += 1 }
            defer { start = end + 1 }
            if end == start { continue }
            let token = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if first {
                guard let stamp = ChangeStamp(utf8: token) else { return nil }
                created = stamp
                first = false
                continue
            }
            guard let equals = token.lastIndex(of: 61),
                let stamp = ChangeStamp(utf8: UnsafeBufferPointer(rebasing: token[(equals + 1)...]))
            else { return nil }
            let name = UnsafeBufferPointer(rebasing: token[..<equals])
            if let sign = name.first, sign == 43 || sign == 45 {  // + or -
                guard let slash = name.firstIndex(of: 47),
                    let field = Changes.unescape(UnsafeBufferPointer(rebasing: name[1..<slash])), !field.isEmpty,
                    let value = Changes.unescape(UnsafeBufferPointer(rebasing: name[(slash + 1)...]))
                else { return nil }
                let key = Element(field: field, value: value)
                var stamps = elements[key] ?? ElementStamps(added: created)
                if sign == 43 { stamps.added = stamp } else { stamps.removed = stamp }
                elements[key] = stamps
            } else {
                guard let field = Changes.unescape(name), !field.isEmpty else { return nil }
                if field == "removed" { removed = stamp } else { fields[field] = stamp }
            }
        }
        if first { return nil }
    }

    /// Whether a byte of a name or value is written as `%XX`: besides the separators (space,
    /// `=`, `%`), whatever JSON or CSV would have to quote, so the written form can go into
    /// either as it is.
    @_spi(MicromanceInternals)
    public static func needsEscape(_ byte: UInt8) -> Bool {
        byte <= 32 || byte == 37 || byte == 61 || byte == 34 || byte == 44 || byte == 92 || byte == 39 || byte == 127
    }

    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsEscape) else { return text }
        let digits = Array("0123456789ABCDEF".utf8)
        var out = [UInt8]()
        for byte in text.utf8 {
            if needsEscape(byte) { out += [37, digits[Int(byte >> 4)], digits[Int(byte & 15)]] } else { out.append(byte) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func unescape(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.contains(37) else { return String(validating: bytes, as: UTF8.self) }
        var out = [UInt8]()
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 37 else { out.append(byte); index += 1; continue }
            guard index + 2 < bytes.count, let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2]) else { return nil }
            out.append(high << 4 | low)
            index += 3
        }
        return String(validating: out, as: UTF8.self)
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 48...57: byte - 48
        case 65...70: byte - 55
        case 97...102: byte - 87
        default: nil
        }
    }
}

extension Changes: Codable {
    /// Decodes the written form from a single string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let changes = Changes(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription:
                    "'\(text.count > 60 ? String(text.prefix(60)) + "…" : text)' is not a list of change stamps like 1764165000123.0@k3x9q2m7abcd"
            )
        }
        self = changes
    }

    /// Encodes the written form as a single string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
