import Foundation

/// Finds repeated texts among many, faster than a `Set<String>` (which hashes with SipHash
/// and costs about a quarter of a second for a million moment ids).
///
/// It compares 64-bit hashes of each text's bytes and confirms a match with `==`, so its
/// answers are exactly those of a `Set<String>`. Texts that are
/// not ASCII are hashed in their composed (NFC) form, because Swift compares strings by
/// canonical equivalence: "é" written as one scalar or as "e" plus an accent is the same id.
enum DuplicateFinder {
    /// The indices, in increasing order, of the texts equal to an earlier one among
    /// `count` texts; `text` gives the text at an index.
    ///
    /// One hash table probed at random misses the cache on every insert at this size, so the
    /// hashes are first spread into 256 buckets by their top bits, and each bucket (a few
    /// thousand entries) gets its own small table, which stays in the cache. Equal hashes
    /// are confirmed with `==`.
    static func laterDuplicates(count: Int, text: (Int) -> String) -> [Int] {
        guard count > 1 else { return [] }
        // The arrays are filled once each, never zeroed first: a million texts take 8 MB of
        // hashes and 8 MB of entries, and zeroing them touched every page a second time.
        var sizes = [Int](repeating: 0, count: 257)
        let hashes = [UInt64](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count {
                let value = hash(text(index))
                buffer[index] = value
                sizes[Int(value >> 56) + 1] += 1
            }
            initialized = count
        }
        for bucket in 1...256 { sizes[bucket] += sizes[bucket - 1] }
        var next = sizes
        // An entry keeps the hash's low half (the top byte chose its bucket); equal halves are
        // confirmed with the whole hashes and then the texts.
        let entries = [Entry](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count {
                let bucket = Int(hashes[index] >> 56)
                buffer[next[bucket]] = Entry(low: UInt32(truncatingIfNeeded: hashes[index]), index: Int32(truncatingIfNeeded: index))
                next[bucket] += 1
            }
            initialized = count
        }
        var later = [Int]()
        var table = [Int32]()
        for bucket in 0..<256 where sizes[bucket + 1] - sizes[bucket] > 1 {
            let range = sizes[bucket]..<sizes[bucket + 1]
            // A small open-addressing table per bucket; entries arrive in list order.
            var size = 16
            while size < range.count * 2 { size <<= 1 }
            let mask = size - 1
            table.removeAll(keepingCapacity: true)
            table.append(contentsOf: repeatElement(-1, count: size))
            for position in range {
                let entry = entries[position]
                var slot = Int(truncatingIfNeeded: entry.low) & mask
                var repeated = false
                while table[slot] >= 0 {
                    let other = entries[Int(table[slot])]
                    if other.low == entry.low, hashes[Int(other.index)] == hashes[Int(entry.index)],
                        text(Int(other.index)) == text(Int(entry.index))
                    {
                        repeated = true
                        break
                    }
                    slot = (slot &+ 1) & mask
                }
                if repeated {
                    later.append(Int(entry.index))
                } else {
                    table[slot] = Int32(truncatingIfNeeded: position)
                }
            }
        }
        return later.sorted()
    }

    /// Below this many texts the duplicates are found on the caller's thread.
    static let alongsideThreshold = 100_000

    /// Starts ``laterDuplicates(count:text:)`` on a second thread when there are many texts,
    /// so that the caller can check something else meanwhile (a load validates a million
    /// moments, and a machine has at least two cores); the function returned waits for the
    /// answer and must be called once.
    static func laterDuplicatesAlongside(count: Int, text: @escaping @Sendable (Int) -> String) -> () -> [Int] {
        guard count >= alongsideThreshold else {
            let found = laterDuplicates(count: count, text: text)
            return { found }
        }
        let answer = Answer()
        let thread = Thread {
            answer.indices = laterDuplicates(count: count, text: text)
            answer.done.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
        return {
            answer.done.wait()
            return answer.indices
        }
    }

    /// The second thread's answer; read only after `done` is signalled.
    private final class Answer: @unchecked Sendable {
        var indices = [Int]()
        let done = DispatchSemaphore(value: 0)
    }

    private struct Entry {
        var low: UInt32
        var index: Int32
    }

    /// A hash of the text's UTF-8 bytes (of its NFC form when it is not ASCII).
    static func hash(_ text: String) -> UInt64 {
        let fast = text.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
            ByteHash.isASCII(bytes) ? ByteHash.hash(bytes) : nil
        }
        if let fast, let value = fast { return value }
        let composed = text.precomposedStringWithCanonicalMapping
        return Array(composed.utf8).withUnsafeBufferPointer { ByteHash.hash($0) }
    }
}

/// A fast non-cryptographic hash of bytes (multiply and mix, eight bytes at a time), shared by
/// the model's duplicate finder and the stores' string interner. Not part of the public API:
/// it is exposed to the other Micromance packages only, as SPI.
@_spi(MicromanceInternals)
public enum ByteHash {
    /// Whether every byte is below 0x80, eight bytes at a time.
    @inlinable
    public static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(bytes)
        var high: UInt64 = 0
        var offset = 0
        while offset + 8 <= raw.count {
            high |= raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        while offset < raw.count {
            high |= UInt64(raw[offset])
            offset += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// The hash of `bytes`; equal bytes give equal hashes within one process and across runs.
    @inlinable
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        let raw = UnsafeRawBufferPointer(bytes)
        var offset = 0
        while offset + 8 <= raw.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            offset += 8
        }
        // The last bytes, first in the lowest byte, read with one or two loads rather than one
        // by one (ids and short titles end in a tail of five bytes or so): the last eight bytes
        // of the text with those already mixed shifted out, or two overlapping four-byte reads.
        var tail: UInt64 = 0
        let rest = raw.count - offset
        if rest > 0, raw.count >= 8 {
            tail = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: raw.count - 8, as: UInt64.self)) >> UInt64(8 * (8 - rest))
        } else if rest >= 4 {
            let low = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt32.self)))
            let high = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: rest - 4, as: UInt32.self)))
            tail = low | high << UInt64(8 * (rest - 4))
        } else {
            var shift: UInt64 = 0
            while offset < raw.count {
                tail |= UInt64(raw[offset]) << shift
                shift += 8
                offset += 1
            }
        }
        h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h >> 32)
    }
}
