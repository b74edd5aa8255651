import Foundation

/// Work handed to a second thread on a long journal, so that a report keeps both cores busy.
enum SecondThread {
    /// The fewest moments (or history rows) worth a thread: below it the whole report takes
    /// less than starting one.
    static let worthFrom = 50_000

    /// Starts `work` on a new thread when `worth` is true (else does nothing yet) and returns
    /// what gives its result: waiting for the thread, or doing the work there and then.
    /// The returned function is for the calling thread only, and is called once.
    static func run<T: Sendable>(if worth: Bool, _ work: @escaping @Sendable () -> T) -> () -> T {
        guard worth else { return work }
        let box = Box<T>()
        let thread = Thread {
            box.result = work()
            box.done.signal()
        }
        thread.stackSize = 4 << 20
        thread.start()
        return {
            box.done.wait()
            return box.result ?? work()
        }
    }

    /// The result, written by the second thread before it signals `done`, read after waiting.
    private final class Box<T>: @unchecked Sendable {
        var result: T?
        let done = DispatchSemaphore(value: 0)
    }
}

/// Pieces of work taken one at a time by whichever thread is free (``drain()`` on each), each
/// result kept in its piece's place.
final class SharedWork<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private let pieces: [@Sendable () -> T]
    private var next = 0
    private var done: [T?]

    init(_ pieces: [@Sendable () -> T]) {
        self.pieces = pieces
        done = Array(repeating: nil, count: pieces.count)
    }

    /// Does pieces no thread has taken yet, until none are left.
    func drain() {
        while let index = take() {
            let result = pieces[index]()
            lock.withLock { done[index] = result }
        }
    }

    private func take() -> Int? {
        lock.withLock {
            guard next < pieces.count else { return nil }
            next += 1
            return next - 1
        }
    }

    /// The results in the pieces' order: read once every thread's ``drain()`` has returned.
    var results: [T] { lock.withLock { done.compactMap { $0 } } }
}
