import Foundation
import MicromanceModel

#if canImport(Glibc)
import Glibc
#endif

extension CSVMomentReader {
    /// Moves `count` moments from `source` down to `destination` (which is lower) in pieces,
    /// handing the pages that the move leaves empty, beyond where the array will end, back
    /// to the system as it goes: the second thread's part was written at a guessed offset,
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
