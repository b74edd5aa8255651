import Foundation
@_spi(MicromanceInternals) import MicromanceModel

/// The ``Moment/Parties`` records a CSV reader has made, found by the raw bytes of a row's
/// time zone, giver and receiver cells when they stand side by side, unquoted, as the store
/// writes them (`Europe/Paris,sam,alex`): a moment whose three cells were met before takes
/// the same record without making any of the three strings again.
///
/// The bytes, up to ``capacity`` of them, are packed into six words (zero-padded, the length
/// in the last byte), so that a slot is checked with six compares and no `memcmp`. The same
/// bytes always stand for the same three cells: unquoted cells hold no comma.
struct PartiesByBytes {
    /// The longest stretch looked up (three cells and two commas); longer ones take the
    /// string path.
    static let capacity = 47

    private struct Key: Equatable {
        var w0: UInt64 = 0, w1: UInt64 = 0, w2: UInt64 = 0, w3: UInt64 = 0, w4: UInt64 = 0, w5: UInt64 = 0
    }

    /// An open-addressing table, at most half full: past ``limit`` stretches, new ones are
    /// not remembered (a journal names a handful).
    private static let slots = 64
    private static let limit = 32
    private var keys = [Key]()
    private var records = [Moment.Parties?]()
    private var count = 0

    /// The key for `bytes`, or nil when they are too many. `readable` is how many bytes may be
    /// read from the start of `bytes` (the rest of the file): with eight to spare past the end,
    /// the bytes are read a word at a time and the last word masked.
    @inline(__always)
    private func key(_ bytes: UnsafeRawBufferPointer, readable: Int) -> Key? {
        guard bytes.count <= Self.capacity, let base = bytes.baseAddress else { return nil }
        var key = Key()
        let count = bytes.count
        if readable >= count + 8 {
            withUnsafeMutableBytes(of: &key) { raw in
                var offset = 0
                while offset < count {
                    var word = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    let left = count - offset
                    if left < 8 { word &= UInt64(littleEndian: (1 << UInt64(left * 8)) &- 1) }
                    raw.storeBytes(of: word, toByteOffset: offset, as: UInt64.self)
                    offset += 8
                }
            }
        } else {
            withUnsafeMutableBytes(of: &key) { raw in
                for index in 0..<count { raw[index] = bytes[index] }
            }
        }
        withUnsafeMutableBytes(of: &key) { $0[47] = UInt8(truncatingIfNeeded: count) }
        return key
    }

    @inline(__always)
    private static func slot(_ key: Key) -> Int {
        var h = (key.w0 ^ 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ h >> 29 ^ key.w1) &* 0x94D0_49BB_1331_11EB
        h = (h ^ h >> 29 ^ key.w2 ^ key.w3 ^ key.w4 ^ key.w5) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: h >> 58) & (slots - 1)
    }

    /// The record made before for these bytes, if any.
    @inline(__always)
    func find(_ bytes: UnsafeRawBufferPointer, readable: Int) -> Moment.Parties? {
        guard count > 0, let key = key(bytes, readable: readable) else { return nil }
        var slot = Self.slot(key)
        while let record = records[slot] {
            if keys[slot] == key { return record }
            slot = (slot &+ 1) & (Self.slots - 1)
        }
        return nil
    }

    /// Remembers `parties` as the record for these bytes, unless the table holds ``limit``.
    mutating func remember(_ parties: Moment.Parties, for bytes: UnsafeRawBufferPointer, readable: Int) {
        guard count < Self.limit, let key = key(bytes, readable: readable) else { return }
        if keys.isEmpty {
            keys = [Key](repeating: Key(), count: Self.slots)
            records = [Moment.Parties?](repeating: nil, count: Self.slots)
        }
        var slot = Self.slot(key)
        while records[slot] != nil {
            if keys[slot] == key { return }
            slot = (slot &+ 1) & (Self.slots - 1)
        }
        keys[slot] = key
        records[slot] = parties
        count += 1
    }
}
