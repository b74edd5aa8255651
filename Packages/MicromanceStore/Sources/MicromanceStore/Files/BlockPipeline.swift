import Foundation

/// Writes a long run of records in blocks, encoding every other block on a second thread,
/// so that a save of a large journal keeps both cores busy: while the saving thread encodes a
/// block or hands one to the disk, the second thread encodes the next. The blocks reach the
/// sink in order, and at most a few are held at once (each about a megabyte).
///
/// Below `parallelFrom` records everything is encoded on the calling thread: a thread costs
/// more than a small journal's whole save.
enum BlockPipeline {
    /// Records per block: about a megabyte of JSON or CSV.
    static let blockSize = 4096
    /// The fewest records worth a second thread.
    static let parallelFrom = 4 * blockSize
    /// How many blocks the second thread may run ahead of the sink.
    static let lead = 4

    /// Hands `encode(range)` for consecutive ranges of `0..<count` to `sink`, in order.
    /// `encode` must be safe to call from two threads at once (each call builds its own bytes).
    /// When `sink` throws, the second thread is stopped and waited for before the error is rethrown.
    static func run(
        count: Int, blockSize: Int = blockSize, parallelFrom: Int = parallelFrom,
        encode: @escaping @Sendable (Range<Int>) -> [UInt8],
        to sink: ([UInt8]) throws(StoreError) -> Void
    ) throws(StoreError) {
        let blocks = (count + blockSize - 1) / blockSize
        @Sendable func range(_ block: Int) -> Range<Int> { block * blockSize..<min(count, (block + 1) * blockSize) }
        guard count >= parallelFrom, blocks > 1 else {
            for block in 0..<blocks { try sink(encode(range(block))) }
            return
        }
        let shared = Shared()
        let thread = Thread {
            // The odd blocks, each as soon as the sink is near enough.
            for block in stride(from: 1, to: blocks, by: 2) {
                shared.condition.lock()
                while !shared.stopped, block - shared.written > lead { shared.condition.wait() }
                let stopped = shared.stopped
                shared.condition.unlock()
                if stopped { break }
                let bytes = encode(range(block))
                shared.condition.lock()
                shared.ready[block] = bytes
                shared.condition.broadcast()
                shared.condition.unlock()
            }
            shared.condition.lock()
            shared.finished = true
            shared.condition.broadcast()
            shared.condition.unlock()
        }
        thread.stackSize = 1 << 20
        thread.start()
        defer {
            shared.condition.lock()
            shared.stopped = true
            shared.condition.broadcast()
            while !shared.finished { shared.condition.wait() }
            shared.condition.unlock()
        }
        for block in 0..<blocks {
            let bytes: [UInt8]
            if block % 2 == 0 {
                bytes = encode(range(block))
            } else {
                shared.condition.lock()
                while shared.ready[block] == nil { shared.condition.wait() }
                bytes = shared.ready.removeValue(forKey: block) ?? []
                shared.condition.unlock()
            }
            try sink(bytes)
            shared.condition.lock()
            shared.written = block
            shared.condition.broadcast()
            shared.condition.unlock()
        }
    }

    /// What the two threads share, always under `condition`'s lock.
    private final class Shared: @unchecked Sendable {
        let condition = NSCondition()
        var ready: [Int: [UInt8]] = [:]
        /// The last block handed to the sink.
        var written = -1
        var stopped = false
        var finished = false
    }
}
