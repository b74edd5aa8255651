import Foundation
import MicromanceModel
import MicromanceStore

/// The checks every `JournalStore` backend must pass, ours and third parties'.
///
/// Run it from a test of your backend:
///
/// ```swift
/// @Test func conformance() throws {
///     try StoreConformance(makeStore: { MyStore(path: freshTemporaryPath()) }).run()
/// }
/// ```
///
/// `makeStore` must return a store at a new, empty location each time it is called. Failures
/// are *thrown* (as ``ConformanceFailure``), never recorded through a test framework, so a
/// failing backend fails loudly under XCTest and Swift Testing alike.
public struct StoreConformance: Sendable {
    /// How big the load-bearing checks are.
    public struct Options: Sendable {
        /// Moments in the large-journal round trip.
        public var largeJournalMoments = 20_000
        /// Threads appending at once in the concurrency check.
        public var concurrentWriters = 4
        /// Moments each of those threads appends.
        public var appendsPerWriter = 25

        /// The defaults.
        public init() {}
    }

    let options: Options
    let makeStore: @Sendable () throws -> any JournalStore
    let corrupt: (@Sendable (any JournalStore) throws -> Void)?

    /// A conformance run. `corrupt`, when given, damages a saved store in a backend-specific
    /// way (a syntax error in its file, say) so the kit can check it is refused and kept.
    public init(options: Options = Options(), makeStore: @escaping @Sendable () throws -> any JournalStore,
                corrupt: (@Sendable (any JournalStore) throws -> Void)? = nil) {
        self.options = options
        self.makeStore = makeStore
        self.corrupt = corrupt
    }

    /// Every check by name, in the order ``run()`` runs them.
    public var checks: [(name: String, run: @Sendable () throws -> Void)] {
        [
            ("missing store", checkMissingStore),
            ("empty journal", checkEmptyJournal),
            ("every field round trip", checkRoundTripOfEveryField),
            ("change stamps and removals round trip", checkRoundTripOfChanges),
            ("save replaces", checkSaveReplaces),
            ("append", checkAppend),
            ("append to a loaded journal", checkAppendToLoadedJournal),
            ("date range", checkDateRange),
            ("corrupt store", checkCorruptStore),
            ("concurrent appends", checkConcurrentAppends),
            ("large journal", checkLargeJournal),
        ]
    }

    /// Runs every check and throws one ``ConformanceFailure`` listing all that failed.
    /// Returns what passed and what could not run (a check that needs a hook the backend did
    /// not give, such as `corrupt`), so a skipped check is never counted as a pass.
    @discardableResult
    public func run() throws -> ConformanceSummary {
        var failures = [String](), summary = ConformanceSummary()
        for check in checks {
            do {
                try check.run()
                summary.passed.append(check.name)
            } catch let skip as ConformanceSkip {
                summary.skipped.append("\(check.name): \(skip.reason)")
            } catch {
                failures.append("\(check.name): \(error)")
            }
        }
        if !failures.isEmpty { throw ConformanceFailure(failures: failures) }
        return summary
    }
}

/// What a conformance run did.
public struct ConformanceSummary: Sendable, Equatable {
    /// The checks that ran and passed.
    public var passed: [String] = []
    /// The checks that could not run, each with why (print them: a skipped check proves nothing).
    public var skipped: [String] = []
}

/// Thrown by a check that cannot run against this backend.
struct ConformanceSkip: Error {
    let reason: String
}

/// What failed in a conformance run; its description lists every failed check.
public struct ConformanceFailure: Error, CustomStringConvertible {
    /// One line per failed check.
    public var failures: [String]

    /// Creates a failure.
    public init(failures: [String]) { self.failures = failures }

    /// One failure.
    public init(_ message: String) { failures = [message] }

    /// Every failure, one per line.
    public var description: String { "store conformance failed:\n- " + failures.joined(separator: "\n- ") }
}

func require(_ condition: Bool, _ message: @autoclosure () -> String) throws {
    if !condition { throw ConformanceFailure(message()) }
}

/// Explains the first difference between two journals, for failure messages.
func difference(_ expected: Journal, _ actual: Journal) -> String {
    if expected.schemaVersion != actual.schemaVersion { return "schemaVersion \(expected.schemaVersion) became \(actual.schemaVersion)" }
    if expected.settings != actual.settings { return "settings \(expected.settings) became \(actual.settings)" }
    if expected.partners != actual.partners {
        for (a, b) in zip(expected.partners, actual.partners) where a != b { return "partner \(a) became \(b)" }
        return "\(expected.partners.count) partners became \(actual.partners.count)"
    }
    if expected.rituals != actual.rituals { return "rituals \(expected.rituals) became \(actual.rituals)" }
    if expected.removed != actual.removed { return "removed records \(expected.removed) became \(actual.removed)" }
    if expected.moments.count != actual.moments.count {
        return "\(expected.moments.count) moments became \(actual.moments.count)"
    }
    for (a, b) in zip(expected.moments, actual.moments) where a != b { return "moment \(a) became \(b)" }
    return "no difference"
}
