import Foundation
@_spi(MicromanceInternals) import MicromanceModel

/// Where the encoders of tables and documents put their bytes: a byte array, or a
/// ``ByteWriter`` for the large ones.
protocol ByteOutput: ~Copyable {
    mutating func append(_ byte: UInt8)
    mutating func append(bytes: UnsafeBufferPointer<UInt8>)
    /// Lets `body` write at most `limit` bytes in place; it returns how many it wrote.
    mutating func write(atMost limit: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int)
}

extension ByteOutput where Self: ~Copyable {
    /// The string's UTF-8 bytes.
    mutating func append(utf8 text: String) {
        var text = text
        text.withUTF8 { append(bytes: $0) }
    }

    /// The static text's bytes (a JSON key, punctuation).
    @inline(__always)
    mutating func append(_ text: StaticString) {
        if text.hasPointerRepresentation {
            append(bytes: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        } else {
            text.withUTF8Buffer { append(bytes: $0) }
        }
    }

    /// An instant as ``Timestamp/format(_:offsetSeconds:)`` writes it.
    mutating func append(_ date: Date, offsetSeconds: Int) {
        write(atMost: Timestamp.longestWritten) { Timestamp.write(date, offsetSeconds: offsetSeconds, at: $0) }
    }
}

extension Array: ByteOutput where Element == UInt8 {
    mutating func append(bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }

    mutating func write(atMost limit: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: limit) { buffer in
            guard let base = buffer.baseAddress else { return }
            append(contentsOf: UnsafeBufferPointer(start: base, count: body(base)))
        }
    }
}

/// Bytes appended through a pointer into memory this writer owns. An array's
/// `append(contentsOf:)` checks the array's uniqueness and capacity and takes a generic path
/// at every call, about 90 instructions; a 1M-moment CSV save made 12 million such calls
/// (callgrind), a quarter of the moments' encoding. Here an append is a bounds check and a copy.
struct ByteWriter: ~Copyable, ByteOutput {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The bytes written so far.
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count &+ extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        let larger = Swift.max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count &+= 1
    }

    @inline(__always)
    mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        let length = bytes.count
        reserve(length)
        let target = base + count
        if length <= 16 {
            // Keys, punctuation, names and ids: a call to memcpy costs more than the bytes
            // (and a byte loop is turned into one). Two overlapping words cover 4 to 16.
            let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(target)
            if length >= 8 {
                to.storeBytes(of: from.loadUnaligned(as: UInt64.self), as: UInt64.self)
                (to + length - 8).storeBytes(of: (from + length - 8).loadUnaligned(as: UInt64.self), as: UInt64.self)
            } else if length >= 4 {
                to.storeBytes(of: from.loadUnaligned(as: UInt32.self), as: UInt32.self)
                (to + length - 4).storeBytes(of: (from + length - 4).loadUnaligned(as: UInt32.self), as: UInt32.self)
            } else {
                if length > 0 { target[0] = source[0] }
                if length > 1 { target[1] = source[1] }
                if length > 2 { target[2] = source[2] }
            }
        } else {
            target.update(from: source, count: length)
        }
        count &+= length
    }

    mutating func write(atMost limit: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        reserve(limit)
        count += Swift.min(limit, body(base + count))
    }

    /// Lets `body` read the bytes written since `start` (a ``count`` taken earlier).
    func withBytes<R>(from start: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        body(UnsafeBufferPointer(start: base + start, count: count - start))
    }

    /// The bytes written, as an array; the writer starts again empty, keeping its memory.
    mutating func take() -> [UInt8] {
        let bytes = [UInt8](UnsafeBufferPointer(start: base, count: count))
        count = 0
        return bytes
    }
}
