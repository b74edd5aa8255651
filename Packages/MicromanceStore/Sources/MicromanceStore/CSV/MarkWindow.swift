import MicromanceCSVScan

/// Finds the commas, line feeds, carriage returns and quotes of a table for
/// ``CSVMomentReader``: the bytes are marked 64 at a time by a vector compare
/// (`micromance_csv_marks64`, a C header: Swift's SIMD types compare lane by lane on Linux) and
/// the marks kept from one cell to the next, so that most cells cost a shift and a count of
/// trailing zeros instead of a scan of their own (BENCHMARKS.md, "The moments table marked 64
/// bytes at a time").
struct MarkWindow {
    /// One bit for each of the 64 bytes from ``start``, set on a mark.
    private var bits: UInt64 = 0
    private var start = -128

    /// The offset of the first comma, line feed, carriage return or quote at or after `from`;
    /// `bytes.count` when there is none.
    @inline(__always)
    mutating func next(in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var i = from
        let n = bytes.count
        while i < n {
            let offset = i &- start
            if offset >= 0 && offset < 64 {
                let rest = bits &>> UInt64(offset)
                if rest != 0 { return i + rest.trailingZeroBitCount }
                i = start + 64
                if i >= n { break }
            }
            mark(bytes, at: i)
        }
        return n
    }

    /// Marks the 64 bytes from `at` (fewer at the end of the table: the rest read as unmarked).
    private mutating func mark(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) {
        start = offset
        guard let base = bytes.baseAddress else { return }
        let left = bytes.count - offset
        if left >= 64 {
            bits = micromance_csv_marks64(base + offset)
            return
        }
        bits = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { tail in
            guard let tailBase = tail.baseAddress else { return 0 }
            tailBase.initialize(repeating: 0, count: 64)
            tailBase.update(from: base + offset, count: left)
            return micromance_csv_marks64(tailBase)
        }
    }
}
