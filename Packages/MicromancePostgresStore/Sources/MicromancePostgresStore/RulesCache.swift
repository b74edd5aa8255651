import Foundation
import MicromanceModel

/// What each journal's appends were last checked against, kept by the process: the partners
/// and rituals a moment is validated with, and the mark the database gave them then.
///
/// The mark (`micromance_journals.rules_mark`) is changed by the database itself, in triggers,
/// whenever a partner, a ritual, the settings or the format version changes, whoever wrote
/// it: a store in this process or another, or someone in `psql`. An append that finds the
/// journal's row still carrying the mark it has checks the moment against the rules kept here
/// and inserts in the same statement; one that finds another mark reads the rules again.
final class RulesCache: @unchecked Sendable {
    struct Entry {
        var mark: String
        var rules: Journal
    }

    /// The one cache of the process, shared by every store (keyed by their addresses).
    static let shared = RulesCache()

    /// Journals kept at most: past it the cache starts again, so a service for many couples
    /// stays bounded (a journal's entry is its partners and rituals, a few kilobytes).
    static let capacity = 10_000

    private let lock = NSLock()
    private var entries = [String: Entry]()

    subscript(key: String) -> Entry? {
        get { lock.withLock { entries[key] } }
        set {
            lock.withLock {
                if newValue != nil, entries[key] == nil, entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
                entries[key] = newValue
            }
        }
    }
}
