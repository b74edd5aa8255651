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
