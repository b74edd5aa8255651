import Foundation

/// An operation raced against a clock: whichever ends first decides. The operation runs in a
/// task of its own, which is cancelled (and left to end on its own) when the clock wins, so a
/// caller is never held longer than the deadline by a driver that does not answer.
enum Deadline {
    /// The clock won.
    struct Passed: Error {}

    static func race<T: Sendable>(_ limit: Duration, _ body: @escaping @Sendable () async throws -> T) async -> Result<T, any Error> {
        await race(until: { try? await Task.sleep(for: limit) }, body)
    }

    /// The same race against any clock: `clock` returns when time is up (or when its task is
    /// cancelled, because `body` ended first).
    static func race<T: Sendable>(
        until clock: @escaping @Sendable () async -> Void, _ body: @escaping @Sendable () async throws -> T
    ) async -> Result<T, any Error> {
        let decided = Decided()
        return await withCheckedContinuation { (continuation: CheckedContinuation<Result<T, any Error>, Never>) in
            let work = Task {
                let result: Result<T, any Error>
                do { result = .success(try await body()) } catch { result = .failure(error) }
                if decided.claim() { continuation.resume(returning: result) }
                decided.clock?.cancel()  // the clock has nothing left to time
            }
            decided.clock = Task {
                await clock()
                if !Task.isCancelled, decided.claim() {
                    work.cancel()
                    continuation.resume(returning: .failure(Passed()))
                }
            }
        }
    }

    /// Set once, by whichever side ends first.
    private final class Decided: @unchecked Sendable {
        private let lock = NSLock()
        private var done = false
        private var timer: Task<Void, Never>?
        var clock: Task<Void, Never>? {
            get { lock.withLock { timer } }
            set {
                let cancelNow = lock.withLock { () -> Bool in
                    timer = newValue
                    return done
                }
                if cancelNow { newValue?.cancel() }
            }
        }
        func claim() -> Bool {
            lock.withLock {
                if done { return false }
                done = true
                return true
            }
        }
    }
}
