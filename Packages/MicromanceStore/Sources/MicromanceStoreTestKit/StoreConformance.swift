import Foundation
import MicromanceModel
import MicromanceStore

/// The checks every `JournalStore` backend must pass, ours and third parties'.
///
/// Run every check as one test:
///
/// ```swift
/// @Test func conformance() throws {
///     try StoreConformance(makeStore: { MyStore(path: freshTemporaryPath()) }).run()
/// }
/// ```
///
/// or each check as its own test, so that one failure does not hide the others:
///
/// ```swift
/// @Test(arguments: StoreConformance.checkNames)
/// func conformance(check: String) throws {
///     try StoreConformance(makeStore: { MyStore(path: freshTemporaryPath()) }).run(check: check)
/// }
/// ```
///
/// `makeStore` must return a store at a new, empty location each time it is called. Failures
/// are *thrown* (as ``ConformanceFailure``), never recorded through a test framework, so a
/// failing backend fails loudly under XCTest and Swift Testing alike. A failure names the
/// record and the field that changed, with instants to the millisecond. The stores a check
/// creates are removed when it ends (see ``Options/removesStores``).
public struct StoreConformance: Sendable {
    /// How big the load-bearing checks are, and what happens to the stores they create.
    public struct Options: Sendable {
        /// Moments in the large-journal round trip (default 20,000): a store that is slow or
        /// loses data only at size shows it here.
        public var largeJournalMoments = 20_000
        /// Threads appending at once in the concurrency check (default 4).
        public var concurrentWriters = 4
        /// Moments each of those threads appends (default 25); every one must be kept.
        public var appendsPerWriter = 25
        /// Whether each store a check creates is removed when the check ends (default true).
        /// The default removal deletes the store's location when it is a path inside the
        /// temporary folder, the files beside it named after it (lock files, SQLite's `-wal`),
        /// and the folder that held it when nothing else is left in it. Turn it off to look
        /// at what a failing check left behind.
        public var removesStores = true
        /// Removes one store, for backends whose stores are not files in the temporary folder
        /// (a database schema, say); used instead of the default removal when given.
        public var removeStore: (@Sendable (any JournalStore) -> Void)?

        /// The defaults.
        public init() {}
    }

    let options: Options
    let makeStore: @Sendable () throws -> any JournalStore
    let corrupt: (@Sendable (any JournalStore) throws -> Void)?

    /// A conformance run. `corrupt`, when given, damages a saved store in a backend-specific
    /// way (a syntax error in its file, say) so the kit can check it is refused and kept.
    public init(
        options: Options = Options(), makeStore: @escaping @Sendable () throws -> any JournalStore,
        corrupt: (@Sendable (any JournalStore) throws -> Void)? = nil
    ) {
        self.options = options
        self.makeStore = makeStore
        self.corrupt = corrupt
    }

    /// One check of the kit: its name and what it runs. A check is made with its name, so
    /// none can be added without one, and the names below are read from the same list.
    struct Check: Sendable {
        let name: String
        let body: @Sendable (StoreConformance) throws -> Void
        init(_ name: String, _ body: @escaping @Sendable (StoreConformance) throws -> Void) {
            self.name = name
            self.body = body
        }
    }

    /// Every check, in the order ``run()`` runs them.
    static let all: [Check] = [
        Check("missing store") { try $0.checkMissingStore() },
        Check("empty journal") { try $0.checkEmptyJournal() },
        Check("every field round trip") { try $0.checkRoundTripOfEveryField() },
        Check("change stamps and removals round trip") { try $0.checkRoundTripOfChanges() },
        Check("save replaces") { try $0.checkSaveReplaces() },
        Check("append") { try $0.checkAppend() },
        Check("append to a loaded journal") { try $0.checkAppendToLoadedJournal() },
        Check("date range") { try $0.checkDateRange() },
        Check("load for a report") { try $0.checkLoadForReport() },
        Check("corrupt store") { try $0.checkCorruptStore() },
        Check("concurrent appends") { try $0.checkConcurrentAppends() },
        Check("large journal") { try $0.checkLargeJournal() },
    ]

    /// The name of every check, in the order ``run()`` runs them: the arguments for a
    /// parameterised test that runs each with ``run(check:)``.
    public static let checkNames = all.map(\.name)

    /// Every check by name, in the order ``run()`` runs them.
    public var checks: [(name: String, run: @Sendable () throws -> Void)] {
        Self.all.map { check in (name: check.name, run: { try check.body(self) }) }
    }

    /// Runs every check and throws one ``ConformanceFailure`` listing all that failed.
    /// Returns what passed and what could not run (a check that needs a hook the backend did
    /// not give, such as `corrupt`), so a skipped check is never counted as a pass.
    @discardableResult
    public func run() throws -> ConformanceSummary {
        var failures = [String](), summary = ConformanceSummary()
        for check in checks {
            do {
                if let skipped = try run(check: check.name) {
                    summary.skipped.append("\(check.name): \(skipped)")
                } else {
                    summary.passed.append(check.name)
                }
            } catch let failure as ConformanceFailure {
                failures += failure.failures.map { "\(check.name): \($0)" }
            } catch {
                failures.append("\(check.name): \(error)")
            }
        }
        if !failures.isEmpty { throw ConformanceFailure(failures: failures) }
        return summary
    }

    /// Runs one check by its name (one of ``checkNames``) and removes the stores it made.
    /// Throws what failed; returns nil when it passed, or why it could not run (print that:
    /// a skipped check proves nothing).
    @discardableResult
    public func run(check name: String) throws -> String? {
        guard let check = checks.first(where: { $0.name == name }) else {
            throw ConformanceFailure("there is no check named '\(name)'; the checks are: \(Self.checkNames.joined(separator: ", "))")
        }
        let created = CreatedStores()
        defer { if options.removesStores { created.removeAll(with: options.removeStore) } }
        do {
            try CreatedStores.$current.withValue(created) { try check.run() }
            return nil
        } catch let skip as ConformanceSkip {
            return skip.reason
        }
    }

    /// A new store from `makeStore`, noted so that it is removed when the check ends.
    func newStore() throws -> any JournalStore {
        let store = try makeStore()
        CreatedStores.current?.add(store)
        return store
    }
}

/// The stores one check created, removed when it ends.
final class CreatedStores: @unchecked Sendable {
    @TaskLocal static var current: CreatedStores?
    private let lock = NSLock()
    private var stores = [any JournalStore]()

    func add(_ store: any JournalStore) { lock.withLock { stores.append(store) } }

    func removeAll(with remove: (@Sendable (any JournalStore) -> Void)?) {
        let all = lock.withLock { stores }
        for store in all {
            if let remove { remove(store) } else { Self.removeFromTemporaryFolder(store.location) }
        }
    }

    /// Deletes a store that lives in the temporary folder, and what was made for it there.
    static func removeFromTemporaryFolder(_ location: String) {
        let temporary = URL(fileURLWithPath: NSTemporaryDirectory()).standardizedFileURL.path
        let path = URL(fileURLWithPath: location).standardizedFileURL.path
        guard location.hasPrefix("/"), path.hasPrefix(temporary + "/") else { return }
        let manager = FileManager.default
        let folder = StorePath.folder(of: path), name = StorePath.lastComponent(of: path)
        let changeLog = StorePath.lastComponent(of: JSONJournalStore(path: path).changesPath)
        try? manager.removeItem(atPath: path)
        for sibling in (try? manager.contentsOfDirectory(atPath: folder)) ?? [] where sibling.contains(name) || sibling == changeLog {
            try? manager.removeItem(atPath: folder + "/" + sibling)
        }
        if folder != temporary, (try? manager.contentsOfDirectory(atPath: folder))?.isEmpty == true {
            try? manager.removeItem(atPath: folder)
        }
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

/// Explains how two journals differ, field by field, for failure messages.
func difference(_ expected: Journal, _ actual: Journal) -> String {
    JournalDifference.describe(expected, actual)
}
