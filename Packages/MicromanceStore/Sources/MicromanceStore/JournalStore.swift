import MicromanceModel

/// A place where a journal is kept.
///
/// Rules for implementers:
/// - ``load()`` returns the journal exactly as it was last saved, or throws
///   ``StoreError/notFound(_:)`` when nothing was ever saved there. A store it cannot
///   read throws a ``StoreError`` that says where and why, and is left as it is.
/// - ``save(_:)`` replaces the whole journal so that a crash at any point leaves either
///   the old or the new journal, never a mix; files are created readable by their owner only.
/// - A store is `Sendable`: a backend that keeps state is an actor-free, lock-protected class.
///
/// Everything else (appending a moment, reading a date range) has a default built on
/// these two requirements, which a backend may override when it can do better.
public protocol JournalStore: Sendable {
    /// Where the journal lives, as a person would recognise it (a path), for messages.
    var location: String { get }

    /// Whether a journal has been saved here.
    var exists: Bool { get }

    /// Reads the whole journal.
    func load() throws(StoreError) -> Journal

    /// Replaces the whole journal, atomically.
    func save(_ journal: Journal) throws(StoreError)
}

extension JournalStore {
    /// Adds one moment: loads, checks the moment against the journal, and saves.
    /// Nothing is written when the journal cannot be read or the moment is invalid.
    /// Backends that can append without rewriting should override this.
    public func append(_ moment: Moment) throws(StoreError) {
        var journal = try load()
        do {
            try journal.log(moment)
        } catch {
            throw .invalid(file: location, line: nil, error)
        }
        try save(journal)
    }

    /// Loads, lets `change` edit the journal, checks the result and saves it.
    /// If `change` throws, or the result breaks the journal's rules, nothing is written.
    @discardableResult
    public func update<T>(_ change: (inout Journal) throws -> T) throws -> T {
        var journal = try load()
        let result = try change(&journal)
        do {
            try journal.validate()
        } catch {
            throw StoreError.invalid(file: location, line: nil, error)
        }
        try save(journal)
        return result
    }
}
