import Foundation
import Logging
import MicromanceModel
import MicromanceStore
import PostgresNIO

/// One couple's journal in a PostgreSQL database that holds many: an ``AsyncJournalStore``
/// for servers, on postgres-nio's connection pool.
///
/// - Every query is scoped by the journal's id; no operation reads another couple's rows.
/// - Each operation is one transaction: a dropped connection leaves the journal as it was
///   before or after, never between, and the operation is tried again on a new connection
///   (see ``timeout``). Writers of one journal (in this process or another
///   server) take its row lock, so concurrent appends and updates lose nothing.
/// - Changes are row by row: `append` is one `INSERT`; `update` writes only the records that
///   changed (an edit is one `UPDATE`; a removal marks the row removed and keeps the record,
///   as the sharing rules want); `save` replaces the journal's rows.
/// - Records keep their change stamps, so a journal merged with a device's copy stays lossless.
///
/// The caller owns the `PostgresClient` and runs it (`await client.run()` in a task), and
/// calls ``PostgresSchema/migrate(_:logger:)`` once at start-up.
public struct PostgresJournalStore: AsyncJournalStore {
    /// Where the journal is (without its password).
    public let address: PostgresLocation
    let client: PostgresClient
    let logger: Logger
    /// How long one operation may take, tries on new connections included, before it is given
    /// up with an error (default 30 s).
    ///
    /// An operation whose connection is lost (a restart, a failover, an administrator's
    /// `pg_terminate_backend`) is tried again on a new connection at once, within this time;
    /// an `update` is not, once its `COMMIT` was sent (it fails, saying to look). A bound is
    /// needed beyond that: a lock held too long, or a server that stops answering.
    public var timeout: Duration = .seconds(30)

    /// The order moments are read in: as stored, and by id where two appends at once took
    /// the same position.
    static let momentOrder = "position, id"

    /// Rows written by one statement at most.
    static let rowsPerStatement = 500

    /// A logger that writes nothing: by default nothing about a journal reaches a log.
    public static let silentLogger = Logger(label: "micromance.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    /// The journal at `address`, reached through `client` (which must be connected to the same
    /// server and database).
    public init(client: PostgresClient, address: PostgresLocation, logger: Logger = PostgresJournalStore.silentLogger) {
        self.client = client
        self.address = address
        self.logger = logger
    }

    /// The address, without a password.
    public var location: String { address.description }

    var journal: String { address.journal }

    // MARK: - Reading

    /// Whether the journal has been saved.
    public func exists() async throws(StoreError) -> Bool {
        try await run("check the journal", .harmless) { connection -> Bool in
            for try await _ in try await connection.query(
                "SELECT 1 FROM micromance_journals WHERE id = \(journal)", logger: logger)
            {
                return true
            }
            return false
        }
    }

    /// The whole journal, read in one transaction.
    public func load() async throws(StoreError) -> Journal {
        let journal = try await run("read the journal", .harmless, isolation: "REPEATABLE READ") { connection in
            try await read(connection, lock: false)
        }
        guard let journal else { throw .notFound(location) }
        if let problem = journal.problems().first { throw .invalid(file: location, line: nil, problem) }
        return journal
    }

    /// The moments from `start` (included) to `end` (excluded), in stored order: one query on
    /// the journal's time index.
    public func moments(from start: Date, to end: Date) async throws(StoreError) -> [Moment] {
        let found = try await run("read moments", .harmless) { connection -> [Moment]? in
            guard try await hasJournal(connection, lock: false) != nil else { return nil }
            var moments = [Moment]()
            let rows = try await connection.query(
                """
                SELECT record::text FROM micromance_moments
                WHERE journal = \(journal) AND NOT removed AND at >= \(start) AND at < \(end) ORDER BY \(unescaped: Self.momentOrder)
                """, logger: logger)
            for try await text in rows.decode(String.self) { moments.append(try Records.decode(Moment.self, text)) }
            return moments
        }
        guard let found else { throw .notFound(location) }
        return found
    }

    // MARK: - Writing

    /// Replaces the whole journal in one transaction.
    public func save(_ new: Journal) async throws(StoreError) {
        if let problem = new.problems().first { throw .refused(file: location, problem) }
        try await run("save the journal", .harmless) { connection in
            try await exec(
                connection,
                """
                INSERT INTO micromance_journals (id, schema_version, settings) VALUES (\(journal), \(new.schemaVersion), \(try Records.encode(new.settings))::jsonb)
                ON CONFLICT (id) DO UPDATE SET schema_version = EXCLUDED.schema_version, settings = EXCLUDED.settings
                """, logger: logger)
            for table in RecordTable.allCases {
                try await exec(connection, "DELETE FROM \(unescaped: table.name) WHERE journal = \(journal)", logger: logger)
            }
            try await write(connection, from: nil, to: new)
        }
    }

    /// Loads under the journal's row lock, applies `change`, checks the result and writes the
    /// records that changed, all in one transaction.
    @discardableResult
    public func update<T: Sendable>(_ change: @escaping @Sendable (inout Journal) throws -> T) async throws -> T {
        let location = self.location
        return try await attempt("update the journal", .unsafe) { connection -> T in
            guard let old = try await read(connection, lock: true) else { throw StoreError.notFound(location) }
            var new = old
            let result = try change(&new)
            if let problem = new.problems().first { throw StoreError.refused(file: location, problem) }
            if new.schemaVersion != old.schemaVersion || new.settings != old.settings {
                try await exec(
                    connection,
                    """
                    UPDATE micromance_journals SET schema_version = \(new.schemaVersion), settings = \(try Records.encode(new.settings))::jsonb
                    WHERE id = \(journal)
                    """, logger: logger)
            }
            try await write(connection, from: old, to: new)
            return result
        }
    }

    // MARK: - Internals

    /// The journal's row (its format version and settings), locked for writing when asked, or
    /// `shared` (`FOR KEY SHARE`, the foreign key's own lock: keeps out only `FOR UPDATE` writers).
    func hasJournal(_ connection: PostgresConnection, lock: Bool, shared: Bool = false) async throws -> Journal? {
        try await head(connection, lock: lock, shared: shared)?.journal
    }

    /// ``hasJournal(_:lock:shared:)`` with the row's rules mark (see ``RulesCache``).
    func head(_ connection: PostgresConnection, lock: Bool, shared: Bool = false) async throws -> (journal: Journal, mark: String)? {
        let rows = try await connection.query(
            """
            SELECT schema_version, settings::text, rules_mark FROM micromance_journals WHERE id = \(journal) \
            \(unescaped: lock ? (shared ? "FOR KEY SHARE" : "FOR UPDATE") : "")
            """,
            logger: logger)
        for try await (version, settings, mark) in rows.decode((Int, String, String).self) {
            guard version <= Journal.currentSchemaVersion else {
                throw StoreError.newerSchema(file: location, found: version, supported: Journal.currentSchemaVersion)
            }
            return (Journal(schemaVersion: version, settings: try Records.decode(JournalSettings.self, settings)), mark)
        }
        return nil
    }

    /// One stored record: its owner (for a partner's dates and stressors), its JSON, and whether
    /// it was removed.
    struct StoredRecord {
        var owner: String?
        var text: String
        var removed: Bool
    }

    /// The records of `tables` (not the moments), each table's in stored order, in one statement:
    /// a round trip for all of them instead of one per table.
    func records(_ connection: PostgresConnection, _ tables: [RecordTable]) async throws -> [RecordTable: [StoredRecord]] {
        var query = PostgresQuery(unsafeSQL: "")
        for (index, table) in tables.enumerated() {
            let owner = table == .dates || table == .stressors ? "partner" : "NULL::text"
            query.sql += index == 0 ? "" : " UNION ALL "
            query.sql += "SELECT \(index)::int4, \(owner), record::text, removed, position FROM \(table.name) WHERE journal = $1"
        }
        query.sql += " ORDER BY 1, 5"
        query.binds.append(journal)
        var found = [RecordTable: [StoredRecord]]()
        let rows = try await connection.query(query, logger: logger)
        for try await (index, owner, text, removed, _) in rows.decode((Int32, String?, String, Bool, Int64).self) {
            guard tables.indices.contains(Int(index)) else { continue }
            found[tables[Int(index)], default: []].append(StoredRecord(owner: owner, text: text, removed: removed))
        }
        return found
    }

    /// The whole journal as stored, or nil when it was never saved. With `period`, only the
    /// moments kept that happened in it are read (none removed).
    func read(_ connection: PostgresConnection, lock: Bool, period: Range<Date>? = nil) async throws -> Journal? {
        guard var journal = try await hasJournal(connection, lock: lock) else { return nil }
        let stored = try await records(connection, [.partners, .dates, .stressors, .rituals, .reflections])
        var partners = [Partner](), gonePartners = [Partner]()
        for record in stored[.partners] ?? [] {
            let partner = try Records.decode(Partner.self, record.text)
            if record.removed { gonePartners.append(partner) } else { partners.append(partner) }
        }
        func attach<R>(
            _ rows: [StoredRecord]?, _ type: R.Type, _ place: WritableKeyPath<Partner, [R]>
        ) throws
            -> [Tombstones.Owned<R>] where R: Decodable
        {
            var gone = [Tombstones.Owned<R>]()
            for row in rows ?? [] {
                let owner = row.owner ?? ""
                let record = try Records.decode(R.self, row.text)
                if row.removed {
                    gone.append(Tombstones.Owned(partner: Identifier(owner), record: record))
                } else if let index = partners.firstIndex(where: { $0.id.rawValue == owner }) {
                    partners[index][keyPath: place].append(record)
                } else if let index = gonePartners.firstIndex(where: { $0.id.rawValue == owner }) {
                    gonePartners[index][keyPath: place].append(record)
                }
            }
            return gone
        }
        journal.removed.dates = try attach(stored[.dates], ImportantDate.self, \.importantDates)
        journal.removed.stressors = try attach(stored[.stressors], Stressor.self, \.stressors)
        journal.partners = partners
        journal.removed.partners = gonePartners
        for record in stored[.rituals] ?? [] {
            let ritual = try Records.decode(Ritual.self, record.text)
            if record.removed { journal.removed.rituals.append(ritual) } else { journal.rituals.append(ritual) }
        }
        for record in stored[.reflections] ?? [] {
            let answer = try Records.decode(ReflectionAnswer.self, record.text)
            if record.removed { journal.removed.reflections.append(answer) } else { journal.reflections.append(answer) }
        }
        // The moments in two arrays, kept and removed, read by the store's fast JSON reader:
        // one decoder per record cost a report on a year of moments more than its queries.
        let groups =
            if let period {
                try await connection.query(
                    """
                    SELECT false, '[' || string_agg(record::text, ',' ORDER BY \(unescaped: Self.momentOrder)) || ']' FROM micromance_moments
                    WHERE journal = \(self.journal) AND NOT removed AND at >= \(period.lowerBound) AND at < \(period.upperBound)
                    """, logger: logger)
            } else {
                try await connection.query(
                    """
                    SELECT removed, '[' || string_agg(record::text, ',' ORDER BY \(unescaped: Self.momentOrder)) || ']' FROM micromance_moments
                    WHERE journal = \(self.journal) GROUP BY removed
                    """, logger: logger)
            }
        for try await (removed, array) in groups.decode((Bool, String?).self) {
            guard let array else { continue }  // no moment in the period
            let moments = try JournalJSON.decodeMoments(Array(array.utf8), file: location)
            if removed { journal.removed.moments = moments } else { journal.moments = moments }
        }
        journal.migrate()
        return journal
    }

    /// Writes the rows in which `new` differs from `old` (all of them when `old` is nil):
    /// new and changed records in one upsert per table, records gone in one delete.
    private func write(_ connection: PostgresConnection, from old: Journal?, to new: Journal) async throws {
        let before = old.map(Records.rows) ?? [:]
        let after = Records.rows(of: new)
        for table in RecordTable.allCases {
            let was = before[table] ?? [:], now = after[table] ?? [:]
            let changed = now.values.filter { row in was[row.key].map { $0 != row } ?? true }.sorted { $0.position < $1.position }
            let gone = was.keys.filter { now[$0] == nil }
            // In pieces: bounded messages, and (measured with postgres-nio 1.33) a connection the
            // server drops while one very large message is being sent can leave the query waiting.
            for start in stride(from: 0, to: changed.count, by: Self.rowsPerStatement) {
                try await upsert(connection, table, Array(changed[start..<min(changed.count, start + Self.rowsPerStatement)]))
            }
            if !gone.isEmpty { try await delete(connection, table, gone.compactMap { was[$0] }) }
        }
    }

    private func upsert(_ connection: PostgresConnection, _ table: RecordTable, _ rows: [Records.Row]) async throws {
        let ids = rows.map(\.id), positions = rows.map(\.position), removed = rows.map(\.removed)
        let records = try rows.map { try $0.encode() }
        switch table {
        case .dates, .stressors:
            let owners = rows.map { $0.partner ?? "" }
            try await exec(
                connection,
                """
                INSERT INTO \(unescaped: table.name) (journal, partner, id, position, removed, record)
                SELECT \(journal), p, i, n, r, j::jsonb FROM unnest(\(owners)::text[], \(ids)::text[], \(positions)::int8[], \(removed)::bool[], \(records)::text[]) AS t(p, i, n, r, j)
                ON CONFLICT (journal, partner, id) DO UPDATE
                SET position = EXCLUDED.position, removed = EXCLUDED.removed, record = EXCLUDED.record
                """, logger: logger)
        case .moments:
            let instants = rows.map { $0.at ?? Date(timeIntervalSince1970: 0) }
            try await exec(
                connection,
                """
                INSERT INTO micromance_moments (journal, id, at, position, removed, record)
                SELECT \(journal), i, a, n, r, j::jsonb FROM unnest(\(ids)::text[], \(instants)::timestamptz[], \(positions)::int8[], \(removed)::bool[], \(records)::text[]) AS t(i, a, n, r, j)
                ON CONFLICT (journal, id) DO UPDATE
                SET at = EXCLUDED.at, position = EXCLUDED.position, removed = EXCLUDED.removed, record = EXCLUDED.record
                """, logger: logger)
        case .partners, .rituals, .reflections:
            try await exec(
                connection,
                """
                INSERT INTO \(unescaped: table.name) (journal, id, position, removed, record)
                SELECT \(journal), i, n, r, j::jsonb FROM unnest(\(ids)::text[], \(positions)::int8[], \(removed)::bool[], \(records)::text[]) AS t(i, n, r, j)
                ON CONFLICT (journal, id) DO UPDATE
                SET position = EXCLUDED.position, removed = EXCLUDED.removed, record = EXCLUDED.record
                """, logger: logger)
        }
    }

    private func delete(_ connection: PostgresConnection, _ table: RecordTable, _ rows: [Records.Row]) async throws {
        let ids = rows.map(\.id)
        switch table {
        case .dates, .stressors:
            let owners = rows.map { $0.partner ?? "" }
            try await exec(
                connection,
                """
                DELETE FROM \(unescaped: table.name) WHERE journal = \(journal)
                AND (partner, id) IN (SELECT * FROM unnest(\(owners)::text[], \(ids)::text[]))
                """, logger: logger)
        default:
            try await exec(
                connection,
                "DELETE FROM \(unescaped: table.name) WHERE journal = \(journal) AND id = ANY(\(ids)::text[])", logger: logger)
        }
    }

    /// Runs a statement and reads its whole answer, so that the connection is free for the next.
    func exec(_ connection: PostgresConnection, _ query: PostgresQuery, logger: Logger) async throws {
        for try await _ in try await connection.query(query, logger: logger) {}
    }

    /// ``attempt(_:_:isolation:single:_:)`` for the operations that throw only the store's errors.
    func run<T: Sendable>(
        _ operation: String, _ repeating: Repeat, isolation: String? = nil, single: Bool = false,
        _ body: @escaping @Sendable (PostgresConnection) async throws -> T
    ) async throws(StoreError) -> T {
        do {
            return try await attempt(operation, repeating, isolation: isolation, single: single, body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .io(file: location, operation: operation, reason: "\(error)")
        }
    }

    static func noAnswer(_ timeout: Duration) -> String {
        "the server did not answer within \(timeout.components.seconds) s (a connection it closed, or a lock held too long); "
            + "nothing was committed unless the answer was lost on its way: load the journal to see"
    }

    /// The server's own words for an error (its SQLSTATE and message), never the query's values.
    static func reason(_ error: PSQLError) -> String {
        if let info = error.serverInfo, let message = info[.message] {
            return "PostgreSQL \(info[.sqlState] ?? ""): \(message)"
        }
        return "\(error.code)"
    }
}
