import Foundation
import MicromanceCSVScan
import MicromanceModel

/// Where the first of the two reading threads is in the table and where it must stop: the
/// second thread, done with its half, lowers the stop to take over the later part of what the
/// first has left (the two halves do not take the same time: in the benchmark the first half
/// took a third longer, whichever thread read it).
final class SharedFront: @unchecked Sendable {
    /// The two words, a cache line apart: the stop, then the position. The first thread holds
    /// them without the class (no reference counting on every record).
    struct Words {
        fileprivate let base: UnsafeMutablePointer<Int>

        /// For the first thread, before each record at `offset`: says where it is, then
        /// whether it must stop there. In that order, so that the second thread, which lowers
        /// the stop and then reads the position, knows whether the first may have read a
        /// record past it.
        @inline(__always)
        func stops(at offset: Int) -> Bool {
            micromance_offset_store(base + 8, offset)
            return offset >= micromance_offset_load(base)
        }
    }

    let words: Words

    init(stop: Int, position: Int) {
        let base = UnsafeMutablePointer<Int>.allocate(capacity: 16)
        base.initialize(repeating: 0, count: 16)
        micromance_offset_store(base, stop)
        micromance_offset_store(base + 8, position)
        words = Words(base: base)
    }

    deinit { words.base.deallocate() }

    var stop: Int { micromance_offset_load(words.base) }
    var position: Int { micromance_offset_load(words.base + 8) }

    func stops(at offset: Int) -> Bool { words.stops(at: offset) }

    func lower(to offset: Int) { micromance_offset_store(words.base, offset) }
}

/// A stretch of the table the second thread took over from the first.
struct TakenPart {
    /// Where it starts (a record boundary, if the first thread stops there) and where its last
    /// record must end.
    let start: Int
    let stop: Int
    var sink: MomentSink
    /// Where its reader stopped; nil when the fast path gave up on it.
    var end: Int?
}

extension CSVMomentReader {
    /// Parts shorter than this are not taken over: the first thread finishes them sooner
    /// than the second could start.
    static let smallestTakeOver = 1 << 20

    /// One thread reads the whole table into `base`; returns the count, or nil to give up.
    static func single(
        _ bytes: UnsafeBufferPointer<UInt8>, slots: [Int], bodyStart: Int,
        into base: UnsafeMutablePointer<Moment>, capacity: Int,
        release: @escaping @Sendable (Range<Int>) -> Void
    ) -> (moments: Int, people: [String]?)? {
        var reader = CSVMomentReader(bytes: bytes, slots: slots, release: release)
        var sink = MomentSink(base: base, limit: capacity)
        guard (try? reader.records(from: bodyStart, stop: .end, into: &sink)) != nil else {
            sink.clear()
            return nil
        }
        return (sink.count, reader.people)
    }

    /// Where a part of the table that starts at byte `offset` is written in `base`: past room
    /// for every record before it (each is longer than ``minimumRecordLength``).
    static func slot(of offset: Int, bodyStart: Int) -> Int { (offset - bodyStart) / minimumRecordLength + 1 }

    /// Two threads: the first reads from the start into the start of `base`, the second from
    /// a record boundary half-way through into the second part of `base`, then takes over the
    /// later half of what the first has left, again and again while it is large. Each part is
    /// then moved down to follow the one before it. A part counts only if the reader before it
    /// ended exactly where it starts (a guess inside a quoted note with line breaks is thrown
    /// away, and the first thread reads on itself).
    static func parallel(
        _ bytes: UnsafeBufferPointer<UInt8>, slots: [Int], bodyStart: Int,
        into base: UnsafeMutablePointer<Moment>, capacity: Int, smallestTakeOver: Int,
        release: @escaping @Sendable (Range<Int>) -> Void
    ) -> (moments: Int, people: [String]?)? {
        var probe = CSVMomentReader(bytes: bytes, slots: slots, release: { _ in })
        guard let guess = probe.boundary(after: bodyStart + (bytes.count - bodyStart) / 2, before: bytes.count) else {
            return single(bytes, slots: slots, bodyStart: bodyStart, into: base, capacity: capacity, release: release)
        }
        let split = slot(of: guess, bodyStart: bodyStart)
        let second = SecondHalf(bytes, array: base, sink: MomentSink(base: base + split, limit: capacity - split))
        let front = SharedFront(stop: guess, position: bodyStart)
        let thread = Thread {
            var reader = CSVMomentReader(bytes: second.bytes, slots: slots, release: release)
            second.succeeded = (try? reader.records(from: guess, stop: .end, into: &second.sink)) != nil
            if second.succeeded {
                second.taken = reader.takeOver(
                    from: front, bodyStart: bodyStart, base: second.array, firstSlot: split, smallest: smallestTakeOver)
            }
            second.people = reader.people
            second.done.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
        var reader = CSVMomentReader(bytes: bytes, slots: slots, release: release)
        var first = MomentSink(base: base, limit: split)
        var end = try? reader.records(from: bodyStart, stop: .shared(front), into: &first)
        second.done.wait()
        // The parts in the order of the table: those taken over (the last taken comes first),
        // then the second half.
        var parts =
            second.taken.reversed() + [
                TakenPart(start: guess, stop: bytes.count, sink: second.sink, end: second.succeeded ? bytes.count : nil)
            ]
        func clearAll() {
            first.clear()
            for index in parts.indices { parts[index].sink.clear() }
        }
        // A take-over called off (the first thread may have been past it) leaves the first
        // thread short of the next part: it reads on to it now.
        if let stopped = end, stopped < parts[0].start {
            first.limit = parts[0].sink.base - base
            end = try? reader.records(from: stopped, stop: .at(parts[0].start), into: &first)
        }
        guard let end else {
            clearAll()
            return nil
        }
        var whole = end == parts[0].start
        for index in parts.indices where whole {
            whole = parts[index].end == parts[index].stop
        }
        if whole {
            var count = first.count
            for part in parts {
                moveDownOnTwoThreads(part.sink.base, count: part.sink.count, to: base + count)
                count += part.sink.count
            }
            return (count, joined(reader.people, second.people))
        }
        // A guess fell inside a record: drop the parts and read on from where the first
        // thread stopped, now with the whole array to fill.
        for index in parts.indices { parts[index].sink.clear() }
        first.limit = capacity
        guard (try? reader.records(from: end, stop: .end, into: &first)) != nil else {
            first.clear()
            return nil
        }
        return (first.count, reader.people)
    }

    /// For the second thread, done with its half: takes over the later half of what the first
    /// thread has left, while that is at least `smallest` bytes, each part written at its
    /// own slot below the one taken before. Returns the parts in the order taken.
    mutating func takeOver(
        from front: SharedFront, bodyStart: Int, base: UnsafeMutablePointer<Moment>, firstSlot: Int, smallest: Int
    ) -> [TakenPart] {
        var parts = [TakenPart]()
        var ceiling = firstSlot  // the slot of the part taken last (or of the second half)
        while true {
            let stop = front.stop, position = front.position
            guard stop - position >= smallest,
                let start = boundary(after: position + (stop - position) / 2, before: stop)
            else { break }
            front.lower(to: start)
            // The first thread says where it is before it looks at the stop: if it is not yet
            // at `start` now, it will stop there and has written nothing past it.
            if front.position >= start { break }
            let slot = Self.slot(of: start, bodyStart: bodyStart)
            var part = TakenPart(start: start, stop: stop, sink: MomentSink(base: base + slot, limit: ceiling - slot), end: nil)
            part.end = try? records(from: start, stop: .at(stop), into: &part.sink)
            parts.append(part)
            ceiling = slot
            if part.end != stop { break }
        }
        return parts
    }

    /// The start of the first line at or past `offset` (and before `limit`) that reads as a
    /// whole moment: a line of a quoted note with line breaks is not one (unless the note holds
    /// a whole row of the table, which the check of where the reader before it ended catches).
    /// Nil when there is none.
    mutating func boundary(after offset: Int, before limit: Int) -> Int? {
        var i = offset
        while i < limit {
            guard let base = bytes.baseAddress, let found = memchr(base + i, 10, limit - i) else { return nil }
            let start = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
            if start < limit, (try? record(at: start)) != nil, (try? moment()) != nil { return start }
            i = start
        }
        return nil
    }
}
