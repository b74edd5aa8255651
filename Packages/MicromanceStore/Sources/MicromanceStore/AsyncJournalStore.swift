import Dispatch
import Foundation
import MicromanceModel

/// A place where a journal is kept, for servers: every operation is `async`, so a request
/// handler awaits it instead of blocking its thread (a SwiftNIO event loop must never block).
///
/// A database backend (such as `MicromancePostgresStore`) implements it natively. Every
/// synchronous ``JournalStore`` (JSON, CSV, sync folder, memory, a third party's SQLite) is
/// usable through ``BlockingStoreBridge``: `store.asynchronous` runs each call on a Dispatch
/// queue of its own, so file I/O blocks a Dispatch worker, never a Swift concurrency thread or
/// an event loop. The conformance kit checks both forms (`AsyncStoreConformance`).
///
/// Rules are those of ``JournalStore``: `load` returns the journal as last saved or throws
/// ``StoreError/notFound(_:)``; `save` replaces the whole journal atomically; `append` checks
/// the moment against the journal and adds it, losing nothing when several writers append at
/// once; `update` loads, changes, checks and saves as one step that no other writer
/// interleaves, writing nothing if the change throws or breaks the journal's rules.
public protocol AsyncJournalStore: Sendable {
    /// Where the journal lives, as a person would recognise it, for messages (never a password).
    var location: String { get }

    /// Whether a journal has been saved here.
    func exists() async throws(StoreError) -> Bool

    /// Reads the whole journal.
    func load() async throws(StoreError) -> Journal

    /// Replaces the whole journal, atomically.
    func save(_ journal: Journal) async throws(StoreError)

    /// Adds one moment, checked against the journal.
    func append(_ moment: Moment) async throws(StoreError)

    /// The moments that happened from `start` (included) to `end` (excluded), in stored order.
    func moments(from start: Date, to end: Date) async throws(StoreError) -> [Moment]

    /// What a report on a period needs, read at one instant: the journal with, in `moments`,
    /// only those that happened from `start` (included) to `end` (excluded), and the history
    /// of all its moments (see `MomentHistory`). A database counts the history where the
    /// moments live instead of sending them; the default loads the whole journal and counts it.
    func loadForReport(momentsFrom start: Date, to end: Date) async throws(StoreError) -> (journal: Journal, history: MomentHistory)

    /// Loads, lets `change` edit the journal, checks the result and saves it, with no other
    /// writer in between; nothing is written if `change` throws or the result breaks the rules.
    /// A store may call `change` again, on the journal read afresh, when it tries again after
    /// a lost connection (nothing was committed then): `change` should depend only on the
    /// journal it is given.
    @discardableResult
    func update<T: Sendable>(_ change: @escaping @Sendable (inout Journal) throws -> T) async throws -> T

    /// Changes one moment and nothing else, with no other writer in between: `change` edits the
    /// moment with `id`, the result is checked against the journal's partners and rituals,
    /// stamped at `stamp` where it differs, and written; returns it as written. Nil when no
    /// moment has the id (nothing is written). A database reads and writes that moment's row alone; the default goes
    /// through ``update(_:)``. The moment keeps its id; `change` may be called again after a
    /// lost connection.
    func updateMoment(
        _ id: Identifier<Moment>, stampedAt stamp: ChangeStamp, _ change: @escaping @Sendable (inout Moment) throws -> Void
    ) async throws -> Moment?
}

extension AsyncJournalStore {
    /// The whole journal loaded, counted, and its moments kept from `start` to `end`.
    public func loadForReport(momentsFrom start: Date, to end: Date) async throws(StoreError) -> (journal: Journal, history: MomentHistory)
    {
        try await load().splitForReport(from: start, to: end)
    }

    /// Through ``update(_:)``: the whole journal read, one moment changed, stamped and checked.
    public func updateMoment(
        _ id: Identifier<Moment>, stampedAt stamp: ChangeStamp, _ change: @escaping @Sendable (inout Moment) throws -> Void
    ) async throws -> Moment? {
        try await update { journal -> Moment? in
            guard let index = journal.moments.firstIndex(where: { $0.id == id }) else { return nil }
            let before = journal.moments[index]
            try change(&journal.moments[index])
            journal.moments[index].id = id
            journal.moments[index].stampChanges(since: before, at: stamp)
            return journal.moments[index]
        }
    }
}

/// A synchronous store used through ``AsyncJournalStore``: each call runs on a Dispatch queue,
/// off Swift concurrency's cooperative threads and off any event loop, and is awaited.
///
/// The store's own guarantees carry over unchanged (its file lock still keeps other processes
/// out; its atomic save is still atomic). Calls from many tasks run at once, as they would
/// from many threads: a ``JournalStore`` is `Sendable` and locks what it must.
public struct BlockingStoreBridge: AsyncJournalStore {
    /// The synchronous store.
    public let base: any JournalStore
    private let queue: DispatchQueue

    /// A bridge to `base`, running its calls on `queue` (by default a concurrent queue of its own).
    public init(_ base: any JournalStore, queue: DispatchQueue? = nil) {
        self.base = base
        self.queue = queue ?? DispatchQueue(label: "micromance.store-bridge", attributes: .concurrent)
    }

    /// The base store's location.
    public var location: String { base.location }

    private func run<T: Sendable>(_ body: @escaping @Sendable () throws(StoreError) -> T) async throws(StoreError) -> T {
        let result: Result<T, StoreError> = await withCheckedContinuation { continuation in
            queue.async {
                do throws(StoreError) {
                    continuation.resume(returning: .success(try body()))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
        return try result.get()
    }

    /// Whether the base store exists (checked on the queue: it may touch the disk).
    public func exists() async throws(StoreError) -> Bool {
        let base = self.base
        return try await run { base.exists }
    }

    /// Loads through the base store.
    public func load() async throws(StoreError) -> Journal {
        let base = self.base
        return try await run { () throws(StoreError) in try base.load() }
    }

    /// Saves through the base store.
    public func save(_ journal: Journal) async throws(StoreError) {
        let base = self.base
        try await run { () throws(StoreError) in try base.save(journal) }
    }

    /// Appends through the base store (its quick append, when it has one).
    public func append(_ moment: Moment) async throws(StoreError) {
        let base = self.base
        try await run { () throws(StoreError) in try base.append(moment) }
    }

    /// What a report needs, through the base store (its quick read, when it has one).
    public func loadForReport(momentsFrom start: Date, to end: Date) async throws(StoreError) -> (journal: Journal, history: MomentHistory)
    {
        let base = self.base
        return try await run { () throws(StoreError) in try base.loadForReport(momentsFrom: start, to: end) }
    }

    /// Reads a period through the base store (its indexed query, when it has one).
    public func moments(from start: Date, to end: Date) async throws(StoreError) -> [Moment] {
        let base = self.base
        return try await run { () throws(StoreError) in try base.moments(from: start, to: end) }
    }

    /// Updates through the base store, under its lock.
    @discardableResult
    public func update<T: Sendable>(_ change: @escaping @Sendable (inout Journal) throws -> T) async throws -> T {
        let base = self.base
        let result: Result<T, any Error> = await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: Result { try base.update(change) }) }
        }
        return try result.get()
    }
}

extension JournalStore {
    /// This store used through ``AsyncJournalStore`` (see ``BlockingStoreBridge``).
    public var asynchronous: BlockingStoreBridge { BlockingStoreBridge(self) }
}
