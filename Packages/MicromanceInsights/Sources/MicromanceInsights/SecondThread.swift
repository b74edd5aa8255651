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
