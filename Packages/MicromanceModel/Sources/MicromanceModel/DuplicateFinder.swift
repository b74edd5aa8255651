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
    ///
    /// With `threads` of 2 and many texts, each step is shared by two threads: each hashes
    /// and places half of the texts (in list order within each bucket, as one thread would)
    /// and checks half of the buckets. The texts are then read from both threads at once.
    static func laterDuplicates(count: Int, threads: Int = 1, text: @Sendable (Int) -> String) -> [Int] {
        guard count > 1 else { return [] }
        let parts = threads >= 2 && count >= alongsideThreshold ? 2 : 1
        let bounds = (0...parts).map { count * $0 / parts }
        // How many hashes of each part fall in each bucket, then where each part's next entry
        // of each bucket goes.
        var counts = [Int](repeating: 0, count: 256 * parts)
        // The arrays are filled once each, never zeroed first: a million texts take 8 MB of
        // hashes and 8 MB of entries, and zeroing them touched every page a second time.
        let hashes = [UInt64](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let buffer = buffer
            counts.withUnsafeMutableBufferPointer { counts in
                nonisolated(unsafe) let counts = counts
                inParts(parts) { part in
                    for index in bounds[part]..<bounds[part + 1] {
                        let value = hash(text(index))
                        buffer[index] = value
                        counts[part * 256 + Int(value >> 56)] += 1
                    }
                }
            }
            initialized = count
        }
        // Bucket after bucket; within a bucket, the first part's entries before the second's.
        var starts = [Int](repeating: 0, count: 257)
        var next = [Int](repeating: 0, count: 256 * parts)
        for bucket in 0..<256 {
            var at = starts[bucket]
            for part in 0..<parts {
                next[part * 256 + bucket] = at
                at += counts[part * 256 + bucket]
            }
            starts[bucket + 1] = at
        }
        // An entry keeps the hash's low half (the top byte chose its bucket); equal halves are
        // confirmed with the whole hashes and then the texts.
        let entries = [Entry](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let buffer = buffer
            next.withUnsafeMutableBufferPointer { next in
                nonisolated(unsafe) let next = next
                inParts(parts) { part in
                    for index in bounds[part]..<bounds[part + 1] {
                        let slot = part * 256 + Int(hashes[index] >> 56)
                        buffer[next[slot]] = Entry(low: UInt32(truncatingIfNeeded: hashes[index]), index: Int32(truncatingIfNeeded: index))
                        next[slot] += 1
                    }
                }
            }
            initialized = count
        }
        let bucketStarts = starts
        var found = [[Int]](repeating: [], count: parts)
        found.withUnsafeMutableBufferPointer { found in
            nonisolated(unsafe) let found = found
            inParts(parts) { part in
                found[part] = laterDuplicates(
                    inBuckets: 256 * part / parts..<256 * (part + 1) / parts, starts: bucketStarts, entries: entries, hashes: hashes,
                    text: text)
            }
        }
        return found.joined().sorted()
    }

    /// The later duplicates among the entries of `buckets` (each bucket's entries in list order).
    private static func laterDuplicates(
        inBuckets buckets: Range<Int>, starts: [Int], entries: [Entry], hashes: [UInt64], text: @Sendable (Int) -> String
    ) -> [Int] {
        var later = [Int]()
        var table = [Int32]()
        for bucket in buckets where starts[bucket + 1] - starts[bucket] > 1 {
            let range = starts[bucket]..<starts[bucket + 1]
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
        return later
    }

    /// Runs `body` for each part, two at once when there are two (the caller's thread and one
    /// of the system's).
    private static func inParts(_ parts: Int, _ body: @Sendable (Int) -> Void) {
        if parts == 1 { body(0) } else { DispatchQueue.concurrentPerform(iterations: parts, execute: body) }
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

    /// A hash of the text's UTF-8 bytes (of its NFC form when it is not ASCII). A short ASCII
    /// text (a moment id) is hashed by its two words (``SmallASCII``), read from the string
    /// itself when it keeps them inline, else made from its bytes: the same hash either way.
    static func hash(_ text: String) -> UInt64 {
        if let words = SmallASCII.words(of: text) { return hash(words) }
        let fast = text.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
            ByteHash.isASCII(bytes) ? hash(bytes) : nil
        }
        if let fast, let value = fast { return value }
        // Its composed form may be short ASCII ("K" for the Kelvin sign): hashed as such.
        let composed = text.precomposedStringWithCanonicalMapping
        return Array(composed.utf8).withUnsafeBufferPointer { hash($0) }
    }

    /// The hash of bytes: by their words when they are short ASCII, else by ``ByteHash``.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        if let words = SmallASCII.words(bytes) { return hash(words) }
        return ByteHash.hash(bytes)
    }

    /// The hash of a short ASCII text's two words.
    @inline(__always)
    private static func hash(_ words: (UInt64, UInt64)) -> UInt64 {
        var h = (words.0 ^ 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ h >> 31 ^ words.1) &* 0x94D0_49BB_1331_11EB
        return h ^ h >> 32
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
