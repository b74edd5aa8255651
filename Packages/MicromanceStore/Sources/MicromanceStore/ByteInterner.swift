@_spi(MicromanceInternals) import MicromanceModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns byte ranges into Strings, sharing one String for text that repeats (partner ids,
/// time zones, catalog titles), so a large journal holds each repeated text once.
struct ByteInterner {
    // An open-addressing table: a zero hash marks a free slot (real hashes have their low bit set).
    // Both tables are made on first use: a reader of one small record (a removed moment's JSON)
    // makes an interner it hardly uses, and making and freeing 2,560 slots cost more than the
    // record.
    private var hashes = [UInt64]()
    private var strings = [String]()
    private var count = 0
    /// Beyond this many distinct texts, new ones are made but no longer remembered.
    let limit: Int

    init(limit: Int = 50_000) { self.limit = limit }

    /// An interner that already holds `seeds`, so that text equal to one of them is given
    /// that very String.
    init(limit: Int = 50_000, seeds: [String]) {
        self.limit = limit
        for seed in seeds where seed.utf8.count > 15 { remember(seed) }
    }

    private mutating func makeTable() {
        hashes = [UInt64](repeating: 0, count: 256)
        strings = [String](repeating: "", count: 256)
    }

    private mutating func remember(_ seed: String) {
        if hashes.isEmpty { makeTable() }
        var text = seed
        let hash = text.withUTF8 { Self.hash($0) } | 1
        let mask = hashes.count - 1
        var slot = Int(truncatingIfNeeded: hash >> 7) & mask
        while hashes[slot] != 0 {
            if hashes[slot] == hash, strings[slot] == seed { return }
            slot = (slot &+ 1) & mask
        }
        hashes[slot] = hash
        strings[slot] = seed
        count += 1
        if count * 2 > hashes.count { grow() }
    }

    /// The built-in catalog's gesture ids and titles longer than 15 bytes, which most moments
    /// name. Written in the source, they are immortal Strings: copying or freeing one touches
    /// no reference count, where each copy of a String made at run time is an atomic
    /// increment and each free a decrement (filling and freeing ten million copies on two
    /// threads: 71 and 42 ms for a literal, 155 and 125 ms for a made one; BENCHMARKS.md).
    static let catalogTexts: [String] = Catalog.builtIn.gestures.flatMap { [$0.id.rawValue, $0.title] }

    /// Short texts seen lately (time zones, partner ids, short gesture ids), by their bytes
    /// packed into two words: a million moments name a handful, and finding one here costs
    /// less than half of decoding it again (BENCHMARKS.md, "The CSV load: short cells remembered").
    private var shortKeys = [ShortKey]()
    private var shortStrings = [String]()
    private static let shortSlots = 1024

    /// Up to 15 bytes, zero-padded, with the length in the last byte.
    private struct ShortKey: Equatable {
        var low: UInt64 = 0
        var high: UInt64 = 0
    }

    /// The String for valid UTF-8 `bytes`, or nil when they are not valid UTF-8.
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        // Up to 15 bytes a String keeps its text inline, with nothing to share: made in place
        // when they are ASCII, else remembered by value, so that the same bytes are not
        // decoded again.
        if bytes.count <= 15 { return SmallASCII.string(bytes) ?? short(bytes) }
        if hashes.isEmpty { makeTable() }
        let hash = Self.hash(bytes) | 1
        let mask = hashes.count - 1
        var slot = Int(truncatingIfNeeded: hash >> 7) & mask
        while hashes[slot] != 0 {
            if hashes[slot] == hash, Self.equal(strings[slot], bytes) { return strings[slot] }
            slot = (slot &+ 1) & mask
        }
        guard let made = Self.make(bytes) else { return nil }
        if count < limit {
            hashes[slot] = hash
            strings[slot] = made
            count += 1
            if count * 2 > hashes.count { grow() }
        }
        return made
    }

    private mutating func short(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var key = ShortKey()
        withUnsafeMutableBytes(of: &key) { raw in
            if let base = bytes.baseAddress, let target = raw.baseAddress { memcpy(target, base, bytes.count) }
        }
        key.low = UInt64(littleEndian: key.low)
        key.high = UInt64(littleEndian: key.high) | UInt64(bytes.count) << 56
        let mixed = (key.low &* 0x9E37_79B9_7F4A_7C15 ^ key.high) &* 0x9E37_79B9_7F4A_7C15
        let slot = Int(truncatingIfNeeded: mixed >> 54) & (Self.shortSlots - 1)
        if shortKeys.isEmpty {
            shortKeys = [ShortKey](repeating: ShortKey(), count: Self.shortSlots)
            shortStrings = [String](repeating: "", count: Self.shortSlots)
        }
        if shortKeys[slot] == key { return shortStrings[slot] }
        guard let made = Self.make(bytes) else { return nil }
        shortKeys[slot] = key
        shortStrings[slot] = made
        return made
    }

    /// A hash of a text longer than 15 bytes from its length and three eight-byte words (its
    /// first, middle and last; every byte up to 24), where hashing every byte of a catalog
    /// title took a tenth of the interner's time. Texts that differ only elsewhere share a
    /// hash and are told apart by comparing their bytes, as every match is.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard bytes.count >= 8, let base = bytes.baseAddress else { return ByteHash.hash(bytes) }
        let raw = UnsafeRawPointer(base)
        let first = raw.loadUnaligned(as: UInt64.self)
        let middle = raw.loadUnaligned(fromByteOffset: bytes.count / 2 - 4, as: UInt64.self)
        let last = raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)
        var h = (first ^ UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ h >> 31 ^ middle) &* 0x94D0_49BB_1331_11EB
        h = (h ^ h >> 29 ^ last) &* 0xBF58_476D_1CE4_E5B9
        return h ^ h >> 32
    }

    private mutating func grow() {
        let oldHashes = hashes
        let oldStrings = strings
        hashes = [UInt64](repeating: 0, count: oldHashes.count * 2)
        strings = [String](repeating: "", count: oldHashes.count * 2)
        let mask = hashes.count - 1
        for index in oldHashes.indices where oldHashes[index] != 0 {
            var slot = Int(truncatingIfNeeded: oldHashes[index] >> 7) & mask
            while hashes[slot] != 0 { slot = (slot &+ 1) & mask }
            hashes[slot] = oldHashes[index]
            strings[slot] = oldStrings[index]
        }
    }

    /// Whether `text` is exactly `bytes` (compared as bytes, with `memcmp`).
    static func equal(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let same = text.utf8.withContiguousStorageIfAvailable { stored in
            guard stored.count == bytes.count else { return false }
            guard let left = stored.baseAddress, let right = bytes.baseAddress else { return true }
            return memcmp(left, right, bytes.count) == 0
        }
        return same ?? text.utf8.elementsEqual(bytes)
    }

    /// A String of valid UTF-8 `bytes`, or nil. `String(validating:as:)` spends much of its
    /// time on generic lookups here, so the text is decoded (which repairs bad sequences) and
    /// kept only when decoding changed nothing: ASCII cannot change, other text is compared.
    static func make(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.count <= 15, let small = SmallASCII.string(bytes) { return small }
        let text = String(decoding: bytes, as: UTF8.self)
        var high: UInt8 = 0
        for byte in bytes { high |= byte }
        if high < 0x80 || equal(text, bytes) { return text }
        return nil
    }
}

/// Finds which case of a string enumeration some bytes spell, without making a String. Every
/// case of the enumerations it reads is ASCII and at most 15 bytes: a case and a cell are
/// compared as the two words of their short strings (``SmallASCII/words(_:)``), with no
/// `memcmp` call (three cells of every moment of a large table are looked up here).
struct ByteCases<Value: Sendable>: Sendable {
    private let cases: [(low: UInt64, high: UInt64, value: Value)]

    init(_ cases: [(String, Value)]) {
        self.cases = cases.compactMap { text, value in
            guard let words = Array(text.utf8).withUnsafeBufferPointer({ SmallASCII.words($0) }) else { return nil }
            return (words.0, words.1, value)
        }
    }

    /// The case whose raw value is exactly `bytes`, or nil.
    func match(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        guard let (low, high) = SmallASCII.words(bytes) else { return nil }
        for entry in cases where entry.low == low && entry.high == high { return entry.value }
        return nil
    }
}

extension ByteCases where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
    /// The cases of a string enumeration.
    init(_ type: Value.Type) { self.init(Value.allCases.map { ($0.rawValue, $0) }) }
}
