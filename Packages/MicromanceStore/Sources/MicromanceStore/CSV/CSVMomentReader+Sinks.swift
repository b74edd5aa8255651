import Foundation
import MicromanceModel

/// Where a thread of ``CSVMomentReader`` puts its moments: a stretch of the result array.
struct MomentSink {
    let base: UnsafeMutablePointer<Moment>
    var limit: Int
    private(set) var count = 0

    init(base: UnsafeMutablePointer<Moment>, limit: Int) {
        self.base = base
        self.limit = limit
    }

    mutating func append(_ moment: consuming Moment) {
        (base + count).initialize(to: moment)
        count += 1
    }

    /// Destroys what was written (when the fast path gives up).
    mutating func clear() {
        base.deinitialize(count: count)
        count = 0
    }
}

/// What the second thread of ``CSVMomentReader`` works on; read only after `done` is signalled.
final class SecondHalf: @unchecked Sendable {
    /// The mapped table, which outlives both threads.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The start of the whole result array, for the parts it takes over from the first thread.
    let array: UnsafeMutablePointer<Moment>
    var sink: MomentSink
    var succeeded = false
    /// The parts taken over from the first thread, in the order taken.
    var taken = [TakenPart]()
    var people: [String]?
    let done = DispatchSemaphore(value: 0)

    init(_ bytes: UnsafeBufferPointer<UInt8>, array: UnsafeMutablePointer<Moment>, sink: MomentSink) {
        self.bytes = bytes
        self.array = array
        self.sink = sink
    }
}

extension CSVMomentReader {
    /// The moments of a table and the givers and receivers they name (nil when there are many).
    struct Read {
        var moments: [Moment]
        var people: [String]?
    }

    /// The givers and receivers two readers met, nil when either met many.
    static func joined(_ first: [String]?, _ second: [String]?) -> [String]? {
        guard let first, let second else { return nil }
        return first + second.filter { !first.contains($0) }
    }
}
