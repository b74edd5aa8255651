/// Makes the String of up to 15 ASCII bytes by writing its two words directly, as the standard
/// library lays out a short string (the bytes, zero-padded, then a last byte marking it short
/// and ASCII with its length), instead of going through `String(decoding:as:)`, which checks,
/// copies and repairs the bytes one call after another: some 300 instructions for each of the
/// million moment ids of a large table, against some 20 here (BENCHMARKS.md, "A smaller moment").
///
/// Also the words a short ASCII text is hashed by (``DuplicateFinder``): read straight from a
/// short string, made from the bytes of any other, so both give the same hash.
///
/// The layout is the standard library's own, not a promise of its API, so it is checked once
/// at run time: the words made here for a set of samples must be exactly those of the strings
/// the library makes. Where they are not (another platform or a later layout), nothing is made
/// here and every caller takes the ordinary path. Exposed to the other Micromance packages
/// only (SPI).
@_spi(MicromanceInternals)
public enum SmallASCII {
    /// Whether this runtime lays out short ASCII strings as ``words(_:)`` writes them.
    public static let layoutHolds: Bool = {
        guard MemoryLayout<String>.size == 16 else { return false }
        for sample in ["", "a", "sam", "alex", "gesture", "Europe/Paris", "q3etmv38g3dds", "0123456789abcde"] {
            let made = String(decoding: Array(sample.utf8), as: UTF8.self)
            let stdlib = made.storageWords
            guard let ours = Array(sample.utf8).withUnsafeBufferPointer({ words($0) }), ours == stdlib else { return false }
        }
        return true
    }()

    /// The two words of the short string of `bytes`, or nil when they are more than 15 or
    /// not all ASCII. Every load stays inside `bytes`: two overlapping words (or half-words)
    /// cover them, the overlap shifted out.
    @inlinable @inline(__always)
    public static func words(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64)? {
        let count = bytes.count
        guard count <= 15, let base = bytes.baseAddress else { return count == 0 ? (0, 0xE0 << 56) : nil }
        let raw = UnsafeRawPointer(base)
        var low: UInt64 = 0, high: UInt64 = 0
        if count > 8 {
            low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) >> UInt64((16 - count) * 8)
        } else if count == 8 {
            low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        } else if count >= 4 {
            let first = UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
            let last = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)))
            low = first | (last >> UInt64((8 - count) * 8)) << 32
        } else {
            for index in 0..<count { low |= UInt64(base[index]) << UInt64(index * 8) }
        }
        guard (low | high) & 0x8080_8080_8080_8080 == 0 else { return nil }
        // The last byte: short (0xE0 says immortal, short and ASCII) and the length.
        high |= (0xE0 | UInt64(count)) << 56
        return (low, high)
    }

    /// The words of `text` when it is a short ASCII string laid out as ``words(_:)`` writes
    /// them, read without touching its bytes; nil for any other string.
    @inlinable @inline(__always)
    public static func words(of text: String) -> (UInt64, UInt64)? {
        guard layoutHolds else { return nil }
        let bits = text.storageWords
        return bits.1 >> 60 == 0xE ? bits : nil
    }

    /// The String of `bytes` made in place, or nil (more than 15 bytes, not ASCII, or a
    /// runtime whose layout differs).
    @inlinable @inline(__always)
    public static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard layoutHolds, let words = words(bytes) else { return nil }
        return unsafeBitCast(words, to: String.self)
    }
}
