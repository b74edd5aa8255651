import Foundation
import MicromanceModel

/// A journal kept in memory, for tests, previews and embedders that persist elsewhere.
/// Thread-safe: a lock guards the journal and serialises ``withExclusiveAccess(_:)``.
public final class MemoryJournalStore: JournalStore, @unchecked Sendable {
    private let lock = NSRecursiveLock()
    private var journal: Journal?
    /// A name for messages (`memory:NAME`).
    public let name: String

    /// An empty store (nothing saved yet), or one that starts with `journal`.
    public init(name: String = "", journal: Journal? = nil) {
        self.name = name
        self.journal = journal
    }

    /// `memory:NAME`.
    public var location: String { "memory:\(name)" }

    /// Whether a journal has been saved.
    public var exists: Bool { lock.withLock { journal != nil } }

    /// The saved journal, or ``StoreError/notFound(_:)``.
    public func load() throws(StoreError) -> Journal {
        lock.lock()
        defer { lock.unlock() }
        guard let journal else { throw .notFound(location) }
        return journal
    }

    /// Replaces the journal.
    public func save(_ journal: Journal) throws(StoreError) {
        lock.withLock { self.journal = journal }
    }

    /// Runs `body` holding the store's lock (it is recursive, so `body` may load and save).
    public func withExclusiveAccess<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
