import Foundation
import Logging
import MicromanceStore
import PostgresNIO

/// Operations tried again when the connection under them is lost.
///
/// Measured with postgres-nio 1.33 (`scripts/server-restarts`): when PostgreSQL restarts, a
/// statement sent on a connection the server is closing (most often the first one after
/// `BEGIN`, sometimes `COMMIT`) is never answered and never failed, so the caller waited for the
/// whole deadline and then got an error, though the server was back within a second. So every
/// attempt runs on a connection of its own, raced against that connection's closing: when the
/// connection closes first, the attempt ends at once and the operation is tried again on a new
/// connection, unless the attempt may have committed and trying again could change the journal
/// twice.
extension PostgresJournalStore {
    /// What trying an operation again would do, once an attempt may have committed.
    enum Repeat {
        /// Nothing the first attempt did not: reads, and `save` (it replaces everything).
        case harmless
        /// Nothing, when the moment with this id is found already there: `append`.
        case appendOf(String)
        /// Perhaps a change made twice: `update` is not tried again once `COMMIT` was sent.
        case unsafe
    }

    /// How far an attempt got.
    final class Progress: @unchecked Sendable {
        private let lock = NSLock()
        private var sent = false
        /// Whether `COMMIT` was sent: from then on, the outcome is unknown until answered.
        var committing: Bool {
            get { lock.withLock { sent } }
            set { lock.withLock { sent = newValue } }
        }
    }

    /// The connection closed under an attempt.
    struct ConnectionLost: Error {}

    /// Attempts at most, and the pause before each new one.
    static let pauses: [Duration] = [.milliseconds(50), .milliseconds(200), .milliseconds(500), .seconds(1), .seconds(2)]

    /// Runs `body` in one transaction, again on a new connection when one is lost under it, all
    /// within ``timeout``; the driver's errors become the store's. `single`: `body` is one
    /// statement, its own transaction, sent without `BEGIN` and `COMMIT`.
    func attempt<T: Sendable>(
        _ operation: String, _ repeating: Repeat, isolation: String? = nil, single: Bool = false,
        _ body: @escaping @Sendable (PostgresConnection) async throws -> T
    ) async throws -> T {
        let clock = ContinuousClock(), deadline = clock.now.advanced(by: timeout)
        var tries = 0
        while true {
            let progress = Progress()
            let left = clock.now.duration(to: deadline)
            let outcome = await Deadline.race(left) { () async throws -> T in
                try await client.withConnection { connection in
                    try await Self.racingClose(of: connection) {
                        if single {
                            progress.committing = true
                            let value = try await body(connection)
                            try await confirmCommit(connection)
                            return value
                        }
                        return try await transaction(connection, progress, isolation: isolation, body)
                    }
                }
            }
            switch outcome {
            case .success(let value):
                return value
            case .failure(let error as StoreError):
                if case .refused(_, .duplicateID(_, let id)) = error, tries > 0, case .appendOf(id) = repeating,
                    let done = () as? T
                {
                    return done  // the attempt that was lost had added it
                }
                throw error
            case .failure(is Deadline.Passed):
                throw StoreError.io(file: location, operation: operation, reason: Self.noAnswer(timeout))
            case .failure(let error):
                guard Self.isLost(error), tries < Self.pauses.count else { throw storeError(error, operation) }
                if progress.committing, case .unsafe = repeating {
                    throw StoreError.io(
                        file: location, operation: operation,
                        reason: "the connection was lost while the change was being committed; load the journal to see whether it was saved"
                    )
                }
                let pause = Self.pauses[tries]
                tries += 1
                guard clock.now.advanced(by: pause) < deadline else { throw storeError(error, operation) }
                try? await Task.sleep(for: pause)
            }
        }
    }

    /// Waits until a single statement's implicit transaction has committed.
    ///
    /// In the extended protocol the driver hands over a statement's rows and its completion
    /// before the server has read the `Sync` that commits it; a backend ended in between
    /// (a restart, `pg_terminate_backend`) rolls the statement back after the caller has seen
    /// it succeed (`anAppendEndedBeforeItsCommitIsStored` holds a commit open to show it). The
    /// server answers the next statement on the connection only after that `Sync`, so its
    /// answer says the commit is done; a lost connection instead sends the caller round again.
    private func confirmCommit(_ connection: PostgresConnection) async throws {
        try await exec(connection, "SELECT 1", logger: logger)
    }

    /// `BEGIN`, `body`, `COMMIT` on one connection (`ROLLBACK` when `body` throws).
    private func transaction<T>(
        _ connection: PostgresConnection, _ progress: Progress, isolation: String?,
        _ body: (PostgresConnection) async throws -> T
    ) async throws -> T {
        try await exec(connection, isolation.map { PostgresQuery(unsafeSQL: "BEGIN ISOLATION LEVEL " + $0) } ?? "BEGIN", logger: logger)
        let value: T
        do {
            value = try await body(connection)
        } catch {
            // On a lost connection the server has rolled back already; this is for the rest.
            if !connection.isClosed { try? await exec(connection, "ROLLBACK", logger: logger) }
            throw error
        }
        progress.committing = true
        try await exec(connection, "COMMIT", logger: logger)
        return value
    }

    /// `body`, ended with ``ConnectionLost`` as soon as `connection` closes (the statement it
    /// was waiting for is then left to the driver).
    static func racingClose<T: Sendable>(
        of connection: PostgresConnection, _ body: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        // Looked at ten times a second: a callback on the connection's close future could not be
        // taken back, and one would pile up for every operation on a long-lived connection.
        let result = await Deadline.race(
            until: {
                while !connection.isClosed {
                    do { try await Task.sleep(for: .milliseconds(100)) } catch { return }
                }
            }, body)
        if case .failure(is Deadline.Passed) = result { throw ConnectionLost() }
        return try result.get()
    }

    /// Whether `error` says the connection was lost (or could not be had), so that a new one
    /// may do better.
    static func isLost(_ error: any Error) -> Bool {
        if error is ConnectionLost { return true }
        guard let error = error as? PSQLError else { return false }
        switch error.code {
        case .clientClosedConnection, .serverClosedConnection, .connectionError, .uncleanShutdown:
            return true
        case .server:
            // 57P01 administrator shutdown, 57P02 crash shutdown, 57P03 cannot connect now,
            // 08xxx connection exceptions.
            let state = error.serverInfo?[.sqlState] ?? ""
            return state.hasPrefix("57P") || state.hasPrefix("08")
        default:
            return false
        }
    }

    /// The store's error for a driver's; any other error (a caller's change threw it) as it is.
    func storeError(_ error: any Error, _ operation: String) -> any Error {
        switch error {
        case let error as PSQLError: StoreError.io(file: location, operation: operation, reason: Self.reason(error))
        case let error as DecodingError:
            StoreError.corrupt(file: location, line: nil, column: nil, field: nil, reason: "a stored record does not read: \(error)")
        case is ConnectionLost:
            StoreError.io(file: location, operation: operation, reason: "the connection to PostgreSQL was lost; try again")
        default: error
        }
    }
}
