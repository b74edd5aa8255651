/// Finds the next byte of interest eight bytes at a time: looking at each byte in turn was the
/// largest single cost of reading a million moments (BENCHMARKS.md). The moments table's
/// reader finds a quoted cell's end with ``quote(in:from:)`` (its other cells' ends with
/// ``MarkWindow``, 64 bytes at a time), and the JSON reader the end of a string with the same
/// tests (``marks(_:_:)``, ``controls(_:)``).
///
/// Each test marks the bytes of a word equal to one value: `(x - 0x01…01) & ~x & 0x80…80` is
/// non-zero exactly when `x` has a zero byte, and its lowest marked byte is the first zero
/// (a borrow can only mark bytes above it). The lowest mark of several such tests, joined,
/// is the first byte equal to any of their values.
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The bytes of `word` equal to `value`, marked by their top bit (exactly the first one;
    /// above it a borrow may mark others).
    @inline(__always)
    static func marks(_ word: UInt64, _ value: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(value))
        return (x &- ones) & ~x & highs
    }

    /// The control characters (bytes below 0x20) of `word`, marked the same way.
    @inline(__always)
    static func controls(_ word: UInt64) -> UInt64 {
        (word &- ones &* 0x20) & ~word & highs
    }

    /// The eight bytes at `offset`, the first in the lowest byte.
    @inline(__always)
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// The offset of the first quote at or after `from`; `bytes.count` when there is none.
    @inline(__always)
    static func quote(in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var i = from
        let n = bytes.count
        while i + 8 <= n {
            let found = marks(word(bytes, i), 34)
            if found != 0 { return i + found.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < n {
            if bytes[i] == 34 { return i }
            i += 1
        }
        return n
    }
}
