import Foundation
import MicromanceCSVScan
import MicromanceModel

/// Where a reading thread is in its part of the table and where it must stop: the other
/// thread, done with its own part, lowers the stop to take over the later half of what is left
/// (the two halves of a table do not take the same time: in one load of the benchmark the
/// first half took a third longer, whichever thread read it, in another the second).
final class SharedFront: @unchecked Sendable {
    /// The two words, a cache line apart: the stop, then the position. The reading thread
    /// holds them without the class (no reference counting on every record).
    struct Words {
        fileprivate let base: UnsafeMutablePointer<Int>

        /// For the reading thread, before each record at `offset` with `count` records read
        /// before it: says how many, then where it is, then whether it must stop there. In that
        /// order, so that the other thread, which lowers the stop and then reads the position,
        /// knows whether this one may have read a record past it, and how many it read at most
        /// before the place it takes over from.
        @inline(__always)
        func stops(at offset: Int, count: Int) -> Bool {
            micromance_count_store(base + 9, count)
            micromance_offset_store(base + 8, offset)
            return offset >= micromance_offset_load(base)
        }

        /// Says where the reader ended (the table's end), so that a thread about to take over
        /// from it sees that nothing is left.
        func publish(_ offset: Int, count: Int) {
            micromance_count_store(base + 9, count)
            micromance_offset_store(base + 8, offset)
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
    /// The records read before ``position`` or, read after it, before a later position.
    var count: Int { micromance_count_load(words.base + 9) }

    func stops(at offset: Int, count: Int) -> Bool { words.stops(at: offset, count: count) }

    func lower(to offset: Int) { micromance_offset_store(words.base, offset) }
}

/// A stretch of the table that one reading thread reads into its own place in the result.
final class Part: @unchecked Sendable {
    /// Where it starts: the table's first record, or a guessed record boundary.
    let start: Int
    /// Where its reader is and where it must stop; the other thread lowers the stop when it
    /// takes over the later half of what is left.
    let front: SharedFront
    /// Where its moments go in the result (an index of the result): below it is room for
    /// every record before `start`.
    let slot: Int
    /// Where the room it may fill ends; lowered, under the split's lock, when the part after
    /// it is placed.
    var roomEnd: Int
    /// Read and written by its own thread while it reads, by the caller once both are done.
    var sink: MomentSink
    /// Where its reader stopped; nil while it reads, or when the fast path gave up on it.
    var end: Int?

    init(start: Int, stop: Int, slot: Int, roomEnd: Int, base: UnsafeMutablePointer<Moment>) {
        self.start = start
        self.front = SharedFront(stop: stop, position: start)
        self.slot = slot
        self.roomEnd = roomEnd
        self.sink = MomentSink(base: base + slot, limit: roomEnd - slot)
    }
}

/// What the two reading threads share: every part made so far and the one each is reading,
/// changed under `lock` (the reading itself takes no lock: see ``SharedFront``).
final class Split: @unchecked Sendable {
    let lock = NSLock()
    var parts: [Part]
    var reading: [Part?]
    /// What the second thread's reader noted; set before `done`.
    var secondNoted = CSVMomentReader.Noted.unknown
    let done = DispatchSemaphore(value: 0)

    /// The first part; the second thread adds its own once it knows where its moments go.
    init(_ first: Part) {
        parts = [first]
        reading = [first, nil]
    }
}

extension CSVMomentReader {
    /// Parts shorter than this are not taken over: the thread reading one finishes it sooner
    /// than the other could start.
    static let smallestTakeOver = 1 << 20

    /// One thread reads the whole table into `base`; returns the count, or nil to give up.
    static func single(
        _ bytes: UnsafeBufferPointer<UInt8>, slots: [Int], bodyStart: Int,
        into base: UnsafeMutablePointer<Moment>, capacity: Int,
        release: @escaping @Sendable (Range<Int>) -> Void
    ) -> (moments: Int, noted: Noted)? {
        var reader = CSVMomentReader(bytes: bytes, slots: slots, release: release)
        var sink = MomentSink(base: base, limit: capacity)
        guard (try? reader.records(from: bodyStart, stop: .end, into: &sink)) != nil else {
            sink.clear()
            return nil
        }
        return (sink.count, reader.noted)
    }

    /// The line feeds in `range` of the table: at least as many as the records that start
    /// there and end before its end (each ends in one), and as many when no cell holds a line
    /// break.
    static func lineFeeds(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard let base = bytes.baseAddress, !range.isEmpty else { return 0 }
        return micromance_count_lf(base + range.lowerBound, range.count)
    }

    /// The most records that can start before byte `offset`: each is at least
    /// ``minimumRecordLength`` bytes long. Fewer than the line feeds where cells hold many
    /// short lines; a part's place is the smaller of the two.
    static func mostRecords(before offset: Int, bodyStart: Int) -> Int { (offset - bodyStart) / minimumRecordLength + 1 }

    /// Two threads: the first reads from the start into the start of `base`, the second from
    /// a record boundary half-way through into the second part of `base`. Whichever is done
    /// first takes over the later half of what the other has left, again and again while that
    /// is at least `smallestTakeOver` bytes, so neither waits long for the other (the two
    /// halves of a table do not take the same time). Each part is written at a place that
    /// leaves room for every record before it, counted as the line feeds before it: where no
    /// cell holds a line break that is exactly where it belongs, and otherwise it is moved
    /// down to follow the one before. A part counts only if the one before it ended exactly
    /// where it starts: a guess inside a record (a quoted note holding a whole row) drops the
    /// parts after it, and the reader before it reads on.
    static func parallel(
        _ bytes: UnsafeBufferPointer<UInt8>, slots: [Int], bodyStart: Int,
        into base: UnsafeMutablePointer<Moment>, capacity: Int, smallestTakeOver: Int,
        release: @escaping @Sendable (Range<Int>) -> Void
    ) -> (moments: Int, noted: Noted)? {
        var probe = CSVMomentReader(bytes: bytes, slots: slots, release: { _ in })
        guard let guess = probe.boundary(after: bodyStart + (bytes.count - bodyStart) / 2, before: bytes.count) else {
            return single(bytes, slots: slots, bodyStart: bodyStart, into: base, capacity: capacity, release: release)
        }
        let split = Split(Part(start: bodyStart, stop: guess, slot: 0, roomEnd: capacity, base: base))
        let place = Place(bytes: bytes, bodyStart: bodyStart, base: base, smallest: smallestTakeOver)
        let thread = Thread {
            // Counted here while the first thread reads: a few milliseconds for a million moments.
            let middle = min(lineFeeds(place.bytes, bodyStart..<guess), mostRecords(before: guess, bodyStart: bodyStart))
            split.lock.withLock {
                let first = split.parts[0]
                first.roomEnd = min(first.roomEnd, middle)
                let second = Part(start: guess, stop: place.bytes.count, slot: middle, roomEnd: capacity, base: place.base)
                split.parts.append(second)
                split.reading[1] = second
            }
            var reader = CSVMomentReader(bytes: place.bytes, slots: slots, release: release)
            reader.work(1, split: split, place: place)
            split.secondNoted = reader.noted
            split.done.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
        var reader = CSVMomentReader(bytes: bytes, slots: slots, release: release)
        reader.work(0, split: split, place: place)
        split.done.wait()
        var parts = split.parts.sorted { $0.start < $1.start }
        func clearAll() { for part in parts { part.sink.clear() } }
        guard parts.allSatisfy({ $0.end != nil }) else {
            clearAll()
            return nil
        }
        // A part read from a guess inside a record is dropped; what its reader noted of it
        // cannot be told apart from the rest, so then nothing is known.
        var dropped = false
        var index = 0
        while index < parts.count, let stopped = parts[index].end {
            let part = parts[index]
            let next = index + 1 < parts.count ? parts[index + 1].start : bytes.count
            var end = stopped
            if end < next {
                // A take-over called off (the other thread may have been past it) left a gap.
                part.sink.limit = (index + 1 < parts.count ? parts[index + 1].sink.base : base + capacity) - part.sink.base
                guard let reached = try? reader.records(from: end, stop: .at(next), into: &part.sink) else {
                    clearAll()
                    return nil
                }
                end = reached
            }
            if end != next {
                // A guess fell inside a record: what follows is read again from here.
                dropped = true
                for later in parts[(index + 1)...] { later.sink.clear() }
                parts.removeSubrange((index + 1)...)
                part.sink.limit = base + capacity - part.sink.base
                guard (try? reader.records(from: end, stop: .end, into: &part.sink)) != nil else {
                    clearAll()
                    return nil
                }
                break
            }
            index += 1
        }
        var count = 0
        for part in parts {
            if part.sink.base != base + count {
                moveDownOnTwoThreads(part.sink.base, count: part.sink.count, to: base + count)
            }
            count += part.sink.count
        }
        return (count, dropped ? .unknown : reader.noted.joined(with: split.secondNoted))
    }

    /// What both reading threads need to know to make a part.
    struct Place: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
        let bodyStart: Int
        let base: UnsafeMutablePointer<Moment>
        let smallest: Int
    }

    /// One thread's work: reads its part, then takes over the later half of what the other
    /// thread has left while that is at least `place.smallest` bytes, and reads that.
    mutating func work(_ me: Int, split: Split, place: Place) {
        guard var part = split.lock.withLock({ split.reading[me] }) else { return }
        while true {
            let end = try? records(from: part.start, stop: .shared(part.front), into: &part.sink)
            split.lock.lock()
            defer { split.lock.unlock() }
            part.end = end
            split.reading[me] = nil
            guard end != nil, let other = split.reading[1 - me] else { return }
            let stop = other.front.stop, position = other.front.position
            guard stop - position >= place.smallest, let start = boundary(after: position + (stop - position) / 2, before: stop)
            else { return }
            other.front.lower(to: start)
            // A reader says where it is before it looks at its stop: if the other is not yet at
            // `start` now, it will stop there and has written nothing past it.
            let seen = other.front.position
            guard seen < start else { return }
            // It had read at most `count` records by `seen` or a later place before `start`,
            // and at most one more for each line feed from `seen` to `start`. (Every part's
            // place is at most the most records that can start before it, so that bound holds
            // here too.)
            let slot = min(
                other.slot + other.front.count + Self.lineFeeds(place.bytes, seen..<start),
                Self.mostRecords(before: start, bodyStart: place.bodyStart))
            guard slot <= other.roomEnd else { return }
            let taken = Part(start: start, stop: stop, slot: slot, roomEnd: other.roomEnd, base: place.base)
            split.parts.append(taken)
            split.reading[me] = taken
            part = taken
        }
    }

    /// The start of the first line at or past `offset` (and before `limit`) that reads as a
    /// whole moment: a line of a quoted note with line breaks is not one (unless the note holds
    /// a whole row of the table, which the check of where the reader before it ended catches).
    /// Nil when there is none.
    mutating func boundary(after offset: Int, before limit: Int) -> Int? {
        // The line tried is not a moment of the result: what reading it notes is forgotten,
        // with the records it made (a record remembered is one noted).
        let saved = (noted, partiesByBytes, partiesByText)
        defer { (noted, partiesByBytes, partiesByText) = saved }
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
