import Foundation
import MicromanceModel

#if canImport(Glibc)
import Glibc
#endif

extension CSVMomentReader {
    /// Asks the kernel to back the result array with 2 MiB pages where it can: a million
    /// moments fill some 180 MB that is written once, front to back, and taking it in 4 KiB
    /// pages costs tens of thousands of page faults (BENCHMARKS.md). Only whole large pages
    /// inside the buffer are advised; the pages past the last moment are never touched, so
    /// the spare capacity still costs no memory. A kernel that declines changes nothing.
    static func preferLargePages(_ base: UnsafeMutablePointer<Moment>, capacity: Int) {
        #if os(Linux)
        let large: UInt = 2 << 20
        let low = (UInt(bitPattern: base) + large - 1) / large * large
        let high = UInt(bitPattern: base + capacity) / large * large
        if high > low, let start = UnsafeMutableRawPointer(bitPattern: low) {
            _ = madvise(start, Int(high - low), Int32(MADV_HUGEPAGE))
        }
        #endif
    }

    /// Moves `count` moments from `source` down to `destination` as ``moveDown(_:count:to:)``
    /// does, the second half on another thread when the two ranges do not overlap. A part is
    /// placed as if every line feed before it ended a record (or every 32 bytes, where that is
    /// fewer): a table whose cells hold line breaks leaves it a little above where it goes, a
    /// table of short records with many line breaks well above.
    static func moveDownOnTwoThreads(_ source: UnsafeMutablePointer<Moment>, count: Int, to destination: UnsafeMutablePointer<Moment>) {
        guard count >= 1 << 16, destination + count <= source else {
            moveDown(source, count: count, to: destination)
            return
        }
        let half = count / 2
        let move = PendingMove(source: source + half, count: count - half, destination: destination + half)
        let thread = Thread {
            moveDown(move.source, count: move.count, to: move.destination)
            move.done.signal()
        }
        thread.stackSize = 1 << 18
        thread.start()
        moveDown(source, count: half, to: destination)
        move.done.wait()
    }

    /// Moves `count` moments from `source` down to `destination` (which is lower) in pieces,
    /// handing the pages that the move leaves empty, beyond where the array will end, back
    /// to the system as it goes: a part after the first was written at a guessed offset,
    /// and keeping both copies of it resident would raise the peak memory of a load.
    static func moveDown(_ source: UnsafeMutablePointer<Moment>, count: Int, to destination: UnsafeMutablePointer<Moment>) {
        let end = UInt(bitPattern: destination + count)  // where the array will end
        let page = UInt(max(4096, sysconf(Int32(_SC_PAGESIZE))))
        let piece = 8192
        var moved = 0
        while moved < count {
            let n = min(piece, count - moved)
            (destination + moved).moveInitialize(from: source + moved, count: n)
            moved += n
            // The source pages now empty and past the array's end are never used again.
            let from = max(UInt(bitPattern: source), end)
            let to = UInt(bitPattern: source + moved)
            let first = (from + page - 1) / page * page, last = to / page * page
            if last > first, let start = UnsafeMutableRawPointer(bitPattern: first) {
                _ = madvise(start, Int(last - first), Int32(MADV_DONTNEED))
            }
        }
    }
}

/// The half of a move another thread makes; read by it, and done once `done` is signalled.
final class PendingMove: @unchecked Sendable {
    let source: UnsafeMutablePointer<Moment>
    let count: Int
    let destination: UnsafeMutablePointer<Moment>
    let done = DispatchSemaphore(value: 0)

    init(source: UnsafeMutablePointer<Moment>, count: Int, destination: UnsafeMutablePointer<Moment>) {
        self.source = source
        self.count = count
        self.destination = destination
    }
}
