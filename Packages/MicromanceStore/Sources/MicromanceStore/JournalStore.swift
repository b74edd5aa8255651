import Foundation
import MicromanceModel

/// A place where a journal is kept.
///
/// Rules for implementers:
/// - ``load()`` returns the journal exactly as it was last saved, or throws
///   ``StoreError/notFound(_:)`` when nothing was ever saved there. A store it cannot
///   read throws a ``StoreError`` that says where and why, and is left as it is.
/// - ``save(_:)`` replaces the whole journal so that a crash at any point leaves either
///   the old or the new journal, never a mix; files are created readable by their owner only.
/// - ``withExclusiveAccess(_:)`` runs a read-modify-write so that no other writer, in this
///   process or another, interleaves; the default runs the body with no lock, which is right
///   only for stores that a single caller owns.
/// - A store is `Sendable`: a backend that keeps state is a lock-protected class.
///
/// Everything else (appending a moment, reading a date range, updating) is a requirement
/// too, with a default built on the four above; a backend implements one when it can do
/// better, and its version is the one called, also through `any JournalStore` (as with
/// swift-log's `LogHandler`). New requirements always arrive with a default, so a backend
/// written today keeps building.
public protocol JournalStore: Sendable {
    /// Where the journal lives, as a person would recognise it (a path), for messages.
    var location: String { get }

    /// Whether a journal has been saved here.
    var exists: Bool { get }

    /// Reads the whole journal.
    func load() throws(StoreError) -> Journal

    /// Replaces the whole journal, atomically.
    func save(_ journal: Journal) throws(StoreError)

    /// Runs `body` while no other writer can change the store.
    func withExclusiveAccess<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T

    /// Adds one moment, checked against the journal. The default opens the journal with
    /// ``loadForAppending()`` and appends under ``withExclusiveAccess(_:)``, so a backend that
    /// overrides those two gets a quick append here too.
    func append(_ moment: Moment) throws(StoreError)

    /// Adds one moment to `journal`, which the caller loaded from this store inside
    /// ``withExclusiveAccess(_:)`` and still holds that access: the moment is checked against
    /// `journal`, added to it, and written. This spares a second load for a caller that needed
    /// the journal anyway (to resolve names, say). The default saves the whole journal; a
    /// backend that can append a moment on its own overrides it.
    func append(_ moment: Moment, to journal: inout Journal) throws(StoreError)

    /// The journal opened to add moments to it, for a caller inside ``withExclusiveAccess(_:)``.
    /// The default loads the whole journal; a backend that can check a new moment without
    /// reading the others returns the journal without its moments (see ``AppendingJournal``).
    func loadForAppending() throws(StoreError) -> AppendingJournal

    /// Adds one moment to a journal opened by ``loadForAppending()`` under the same access:
    /// checked against the journal's rules and the moments already there, then written.
    /// The default appends to the loaded journal, or (for a journal opened without its
    /// moments by a backend that did not override this) loads the whole journal first.
    func append(_ moment: Moment, to journal: inout AppendingJournal) throws(StoreError)

    /// The moments that happened from `start` (included) to `end` (excluded), in stored
    /// order. The default loads the journal and filters it; a backend with an index by time
    /// implements it with a query.
    func moments(from start: Date, to end: Date) throws(StoreError) -> [Moment]

    /// What a report on a period needs: the journal with, in `moments`, only those that
    /// happened from `start` (included) to `end` (excluded), and the history of all its moments
    /// (see `MomentHistory`). The default loads the whole journal and counts it; a backend that
    /// keeps the history beside its files (or counts where the moments live) reads only the
    /// moments of the range.
    func loadForReport(momentsFrom start: Date, to end: Date) throws(StoreError) -> (journal: Journal, history: MomentHistory)

    /// Under the store's lock: loads, lets `change` edit the journal, checks the result and
    /// saves it; nothing is written if `change` throws or the result breaks the journal's
    /// rules. The default does exactly that with ``load()`` and ``save(_:)``.
    @discardableResult
    func update<T>(_ change: (inout Journal) throws -> T) throws -> T
}

extension JournalStore {
    /// Runs `body` with no lock. Stores that more than one writer can reach override this.
    public func withExclusiveAccess<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try body()
    }

    /// Adds one moment: opens the journal for appending (``loadForAppending()``, the whole
    /// journal unless the store can do better), checks the moment and writes it, all under
    /// the store's lock. Nothing is written when the journal cannot be read or the moment is invalid.
    public func append(_ moment: Moment) throws(StoreError) {
        try withExclusiveAccess { () throws(StoreError) in
            var journal = try loadForAppending()
            try append(moment, to: &journal)
        }
    }

    /// Checks the moment against `journal`, adds it and saves the whole journal.
    public func append(_ moment: Moment, to journal: inout Journal) throws(StoreError) {
        do throws(JournalValidationError) {
            try journal.log(moment)
        } catch {
            throw .refused(file: location, error)
        }
        do {
            try save(journal)
        } catch {
            journal.moments.removeLast()  // as it was: the journal on disk did not change
            throw error
        }
    }

    /// Loads the whole journal.
    public func loadForAppending() throws(StoreError) -> AppendingJournal {
        AppendingJournal(loaded: try load())
    }

    /// Appends to the loaded journal; a journal opened without its moments is loaded whole first.
    public func append(_ moment: Moment, to journal: inout AppendingJournal) throws(StoreError) {
        if journal.momentsLoaded {
            try append(moment, to: &journal.journal)
            return
        }
        do throws(JournalValidationError) {
            try journal.add(moment)
        } catch {
            throw .refused(file: location, error)
        }
        var whole = try load()
        do {
            try append(moment, to: &whole)
        } catch {
            journal.undo(moment)
            throw error
        }
    }

    /// The moments that happened from `start` (included) to `end` (excluded), in stored order.
    public func moments(from start: Date, to end: Date) throws(StoreError) -> [Moment] {
        try load().moments.filter { $0.at >= start && $0.at < end }
    }

    /// The whole journal loaded, counted, and its moments kept from `start` to `end`.
    public func loadForReport(momentsFrom start: Date, to end: Date) throws(StoreError) -> (journal: Journal, history: MomentHistory) {
        try load().splitForReport(from: start, to: end)
    }

    /// Under the store's lock: loads, lets `change` edit the journal, checks the result and
    /// saves it. If `change` throws, or the result breaks the journal's rules, nothing is written.
    @discardableResult
    public func update<T>(_ change: (inout Journal) throws -> T) throws -> T {
        var outcome: Result<T, any Error>?
        try withExclusiveAccess { () throws(StoreError) in
            var journal = try load()
            do {
                let result = try change(&journal)
                outcome = .success(result)
            } catch {
                outcome = .failure(error)
                return
            }
            do throws(JournalValidationError) {
                try journal.validate()
            } catch {
                throw .refused(file: location, error)
            }
            try save(journal)
        }
        guard let outcome else { throw StoreError.io(file: location, operation: "update it", reason: "no result") }
        return try outcome.get()
    }
}

extension JournalStore {
    /// A report's whole read, for a store that keeps what a report reads in a cache: `read`
    /// gives the journal and whether the cache may be written from it; then, under the store's
    /// lock and only while the files' `identity` is what it was before the read, `write` writes
    /// the cache (a writer that came in between leaves it to the next reader).
    func readWholeForReport(
        from start: Date, to end: Date, identity: () -> [UInt64]?,
        read: () throws(StoreError) -> (journal: Journal, cacheable: Bool), write: (Journal, [UInt64]) -> Void
    ) throws(StoreError) -> (journal: Journal, history: MomentHistory) {
        let before = identity()
        let (journal, cacheable) = try read()
        if cacheable, let before {
            try? withExclusiveAccess { () throws(StoreError) in
                if identity() == before { write(journal, before) }
            }
        }
        return journal.splitForReport(from: start, to: end)
    }
}

extension Journal {
    /// The journal's history (see `MomentHistory`), and the journal with only the moments
    /// that happened from `start` (included) to `end` (excluded).
    func splitForReport(from start: Date, to end: Date) -> (journal: Journal, history: MomentHistory) {
        var journal = self
        let history = MomentHistory(moments: moments, fallback: journal.historyZone)
        journal.moments.removeAll { $0.at < start || $0.at >= end }
        return (journal, history)
    }

    /// The zone that counts a moment whose own zone this system does not know: the journal's.
    var historyZone: TimeZone {
        settings.timeZone.flatMap(TimeZone.init(identifier:)) ?? TimeZone(secondsFromGMT: 0) ?? .current
    }
}
