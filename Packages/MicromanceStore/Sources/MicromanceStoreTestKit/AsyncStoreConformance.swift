import Dispatch
import Foundation
import MicromanceModel
import MicromanceStore

/// The checks of ``StoreConformance``, run against an `AsyncJournalStore`: a database
/// backend's native async store, or a synchronous store through its `BlockingStoreBridge`.
///
/// ```swift
/// @Test(arguments: StoreConformance.checkNames)
/// func conformance(check: String) async throws {
///     try await AsyncStoreConformance(makeStore: { try await MyStore.fresh() }).run(check: check)
/// }
/// ```
///
/// The checks are the same ones, in the same words: each runs on a thread of its own and
/// awaits the store's operations one by one, so the store sees exactly the calls (and, in the
/// concurrency check, the simultaneous appends) that a synchronous store sees. No Swift
/// concurrency thread is ever blocked while it waits.
public struct AsyncStoreConformance: Sendable {
    /// What happens to the stores the checks create, and how big the load-bearing checks are.
    public struct Options: Sendable {
        /// The sizes and counts of ``StoreConformance/Options``; its `removeStore` is ignored.
        public var sizes = StoreConformance.Options()
        /// Whether each store a check creates is removed when the check ends (default true).
        public var removesStores = true
        /// Removes one store (a database's journal, say); without it, a store whose location
        /// is a path in the temporary folder is deleted there.
        public var removeStore: (@Sendable (any AsyncJournalStore) async -> Void)?

        /// The defaults.
        public init() {}
    }

    let options: Options
    let makeStore: @Sendable () async throws -> any AsyncJournalStore
    let corrupt: (@Sendable (any AsyncJournalStore) async throws -> Void)?

    /// A conformance run. `makeStore` returns a store at a new, empty location each time;
    /// `corrupt`, when given, damages a saved store so the kit can check it is refused and kept.
    public init(
        options: Options = Options(), makeStore: @escaping @Sendable () async throws -> any AsyncJournalStore,
        corrupt: (@Sendable (any AsyncJournalStore) async throws -> Void)? = nil
    ) {
        self.options = options
        self.makeStore = makeStore
        self.corrupt = corrupt
    }

    /// The checks as ``StoreConformance`` runs them, each store seen through a waiting facade.
    private var synchronous: StoreConformance {
        var sizes = options.sizes
        sizes.removesStores = options.removesStores
        let remove = options.removeStore
        sizes.removeStore = { store in
            guard let facade = store as? WaitingStore else { return }
            if let remove {
                let base = UncheckedBox(facade.base)
                _ = try? WaitingStore.wait { await remove(base.value) }
            } else {
                CreatedStores.removeFromTemporaryFolder(facade.base.location)
            }
        }
        let makeStore = self.makeStore
        let make: @Sendable () throws -> any JournalStore = {
            let made = try WaitingStore.wait { UncheckedBox(try await makeStore()) }
            return WaitingStore(base: made.value)
        }
        var damage: (@Sendable (any JournalStore) throws -> Void)?
        if let corrupt = self.corrupt {
            damage = { store in
                guard let facade = store as? WaitingStore else { return }
                let base = UncheckedBox(facade.base)
                try WaitingStore.wait { try await corrupt(base.value) }
            }
        }
        return StoreConformance(options: sizes, makeStore: make, corrupt: damage)
    }

    /// Runs every check and throws one ``ConformanceFailure`` listing all that failed.
    @discardableResult
    public func run() async throws -> ConformanceSummary {
        let checks = synchronous
        return try await Self.onThreadOfItsOwn { try checks.run() }
    }

    /// Runs one check by its name (one of ``AsyncStoreConformance/checkNames``); returns nil when
    /// it passed, or why it could not run.
    @discardableResult
    public func run(check name: String) async throws -> String? {
        if name == "update one moment" {
            try await checkUpdateOneMoment()
            return nil
        }
        if name == "load for a report" {
            try await checkLoadForReport()
            return nil
        }
        let checks = synchronous
        return try await Self.onThreadOfItsOwn { try checks.run(check: name) }
    }

    /// Runs `body` on a new thread and awaits it: the checks wait for the store there, never
    /// on one of the few threads that run Swift tasks.
    private static func onThreadOfItsOwn<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread { continuation.resume(with: Result { try body() }) }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }
}

/// An async store seen as a synchronous one by a thread that may wait: each call starts a
/// task and waits for it. Only the conformance kit's own threads use it.
final class WaitingStore: JournalStore, @unchecked Sendable {
    let base: any AsyncJournalStore
    init(base: any AsyncJournalStore) { self.base = base }

    var location: String { base.location }

    var exists: Bool { (try? Self.wait { [base] in try await base.exists() }) ?? false }

    func load() throws(StoreError) -> Journal { try Self.waitStore { [base] in try await base.load() } }

    func save(_ journal: Journal) throws(StoreError) { try Self.waitStore { [base] in try await base.save(journal) } }

    func append(_ moment: Moment) throws(StoreError) { try Self.waitStore { [base] in try await base.append(moment) } }

    func moments(from start: Date, to end: Date) throws(StoreError) -> [Moment] {
        try Self.waitStore { [base] in try await base.moments(from: start, to: end) }
    }

    func update<T>(_ change: (inout Journal) throws -> T) throws -> T {
        // The change runs inside the async store's update, on another thread, while this one
        // waits for it: it is handed over as if it were sendable, and only ever runs once.
        try withoutActuallyEscaping(change) { change in
            let box = UncheckedBox(change)
            let base = UncheckedBox(self.base)
            let result = try Self.wait {
                try await base.value.update { journal in UncheckedBox(try box.value(&journal)) }
            }
            return result.value
        }
    }

    /// Waits for an operation that throws only `StoreError`.
    static func waitStore<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) throws(StoreError) -> T {
        do {
            return try wait { try await operation() }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .io(file: "", operation: "wait for the store", reason: "\(error)")
        }
    }

    /// Runs `operation` as a task and waits for its result on this thread.
    static func wait<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultSlot<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            box.set(await Result { try await operation() })
            done.signal()
        }
        done.wait()
        return try box.get()
    }
}

/// A value handed between threads that the compiler cannot prove safe; the kit guarantees
/// that only one thread uses it at a time.
struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// One result, set by one thread and read by another after a semaphore.
private final class ResultSlot<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<T, any Error>?
    func set(_ value: Result<T, any Error>) { lock.withLock { result = value } }
    func get() throws -> T {
        guard let result = lock.withLock({ result }) else { throw ConformanceFailure("a store operation never finished") }
        return try result.get()
    }
}

extension Result where Failure == any Error {
    /// The result of an async throwing operation.
    init(catching body: () async throws -> Success) async {
        do { self = .success(try await body()) } catch { self = .failure(error) }
    }
}
