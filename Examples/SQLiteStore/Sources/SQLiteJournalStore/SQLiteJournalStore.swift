import Foundation
import GRDB
import MicromanceModel
import MicromanceStore

/// A journal kept in one SQLite database, through GRDB.
///
/// Tables: `meta` (the schema version, the settings and the removed records kept for merging), `partners`, `rituals` and `reflections` (one JSON
/// document per row), and `moments` (one JSON document per row, with its id and time in
/// columns so that `append` is one insert and `moments(from:to:)` one indexed query).
/// Every change runs in one SQLite transaction, so a crash leaves the old or the new journal.
/// The database file is created owner-only (0600) in an owner-only folder.
public struct SQLiteJournalStore: JournalStore {
    /// The database file.
    public let path: String

    /// A store at `path`; nothing is created until the first save.
    public init(path: String) { self.path = path }

    /// Registers the `sqlite:PATH` scheme and the `.sqlite` extension in `registry`.
    public static func register(in registry: StoreRegistry) {
        registry.register(scheme: "sqlite") { path in SQLiteJournalStore(path: path) }
        registry.register(fileExtension: "sqlite") { path in SQLiteJournalStore(path: path) }
    }

    /// The database path.
    public var location: String { path }

    /// Whether the database exists and holds a journal.
    public var exists: Bool {
        guard FileManager.default.fileExists(atPath: path), let queue = try? openQueue() else { return false }
        return (try? queue.read { try $0.tableExists("meta") }) ?? false
    }

    /// Reads the whole journal.
    public func load() throws(StoreError) -> Journal {
        guard FileManager.default.fileExists(atPath: path) else { throw .notFound(path) }
        let journal = try run { queue in
            try queue.read { db -> Journal? in
                guard try db.tableExists("meta") else { return nil }
                return try Self.readJournal(db, file: path)
            }
        }
        guard let journal else { throw .notFound(path) }
        if let problem = journal.problems().first { throw .invalid(file: path, line: nil, problem) }
        return journal
    }

    /// Replaces the whole journal in one transaction.
    public func save(_ journal: Journal) throws(StoreError) {
        try prepareFile()
        try run { queue in
            try queue.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    try Self.createTables(db)
                    try db.execute(
                        sql: "DELETE FROM moments; DELETE FROM partners; DELETE FROM rituals; DELETE FROM reflections; DELETE FROM meta")
                    try db.execute(
                        sql: "INSERT INTO meta (key, value) VALUES ('schemaVersion', ?), ('settings', ?), ('removed', ?)",
                        arguments: [String(journal.schemaVersion), try Self.json(journal.settings), try Self.json(journal.removed)])
                    for (order, partner) in journal.partners.enumerated() {
                        try db.execute(
                            sql: "INSERT INTO partners (position, id, json) VALUES (?, ?, ?)",
                            arguments: [order, partner.id.rawValue, try Self.json(partner)])
                    }
                    for (order, ritual) in journal.rituals.enumerated() {
                        try db.execute(
                            sql: "INSERT INTO rituals (position, id, json) VALUES (?, ?, ?)",
                            arguments: [order, ritual.id.rawValue, try Self.json(ritual)])
                    }
                    for (order, answer) in journal.reflections.enumerated() {
                        try db.execute(
                            sql: "INSERT INTO reflections (position, id, json) VALUES (?, ?, ?)",
                            arguments: [order, answer.id.rawValue, try Self.json(answer)])
                    }
                    let insert = try db.makeStatement(sql: "INSERT INTO moments (id, at, json) VALUES (?, ?, ?)")
                    for moment in journal.moments {
                        try insert.execute(arguments: [moment.id.rawValue, moment.at.timeIntervalSince1970, try Self.json(moment)])
                    }
                    return .commit
                }
            }
        }
    }

    /// Checks the moment against the partners and rituals, then inserts one row, in one transaction.
    public func append(_ moment: Moment) throws(StoreError) {
        guard FileManager.default.fileExists(atPath: path) else { throw .notFound(path) }
        let problem: JournalValidationError? = try run { queue in
            try queue.writeWithoutTransaction { db in
                var problem: JournalValidationError?
                try db.inTransaction(.immediate) {
                    let journal = try Self.readJournal(db, file: path, withMoments: false)
                    do throws(JournalValidationError) {
                        try journal.validate(moment)
                    } catch {
                        problem = error
                        return .rollback
                    }
                    if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM moments WHERE id = ?)", arguments: [moment.id.rawValue])
                        == true
                    {
                        problem = .duplicateID(kind: "moment", id: moment.id.rawValue)
                        return .rollback
                    }
                    try db.execute(
                        sql: "INSERT INTO moments (id, at, json) VALUES (?, ?, ?)",
                        arguments: [moment.id.rawValue, moment.at.timeIntervalSince1970, try Self.json(moment)])
                    return .commit
                }
                return problem
            }
        }
        if let problem { throw .refused(file: path, problem) }
    }

    /// The moments in `[start, end)`, through the index on `at`.
    public func moments(from start: Date, to end: Date) throws(StoreError) -> [Moment] {
        guard FileManager.default.fileExists(atPath: path) else { throw .notFound(path) }
        return try run { queue in
            try queue.read { db in
                try String.fetchAll(
                    db, sql: "SELECT json FROM moments WHERE at >= ? AND at < ? ORDER BY seq",
                    arguments: [start.timeIntervalSince1970, end.timeIntervalSince1970]
                )
                .map { try Self.decode(Moment.self, $0, file: path) }
            }
        }
    }

    /// Runs `body` holding a lock file beside the database, for read-modify-writes across processes.
    public func withExclusiveAccess<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try FileLock.withExclusiveLock(path + ".lock", body)
    }

    // MARK: - Helpers

    private func openQueue() throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        return try DatabaseQueue(path: path, configuration: configuration)
    }

    /// Runs database work, turning GRDB's errors into store errors that name the file.
    private func run<T>(_ work: (DatabaseQueue) throws -> T) throws(StoreError) -> T {
        do {
            return try work(try openQueue())
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
            throw .corrupt(
                file: path, line: nil, column: nil, field: nil, reason: "this is not a readable SQLite database (\(error.resultCode))")
        } catch {
            throw .io(file: path, operation: "use the database", reason: "\(error)")
        }
    }

    /// Creates the folder (0700) and an empty database file (0600) before SQLite opens it.
    private func prepareFile() throws(StoreError) {
        if let folder = StorePath.parent(of: path) { try SecureFile.makeFolder(folder) }
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw .io(file: path, operation: "create the database", reason: "the folder may be read-only")
            }
        }
    }

    private static func createTables(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS partners (position INTEGER NOT NULL, id TEXT PRIMARY KEY, json TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS rituals (position INTEGER NOT NULL, id TEXT PRIMARY KEY, json TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS reflections (position INTEGER NOT NULL, id TEXT PRIMARY KEY, json TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS moments (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,
                                                    at REAL NOT NULL, json TEXT NOT NULL);
                CREATE INDEX IF NOT EXISTS moments_at ON moments (at);
                """)
    }

    private static func readJournal(_ db: Database, file: String, withMoments: Bool = true) throws -> Journal {
        let meta = Dictionary(
            uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT key, value FROM meta").map {
                ($0["key"] as String, $0["value"] as String)
            })
        guard let versionText = meta["schemaVersion"], let version = Int(versionText) else {
            throw StoreError.corrupt(file: file, line: nil, column: nil, field: "meta.schemaVersion", reason: "missing or not a number")
        }
        if version > Journal.currentSchemaVersion {
            throw StoreError.newerSchema(file: file, found: version, supported: Journal.currentSchemaVersion)
        }
        var journal = Journal(schemaVersion: version)
        if let settings = meta["settings"] { journal.settings = try decode(JournalSettings.self, settings, file: file) }
        if let removed = meta["removed"] { journal.removed = try decode(Tombstones.self, removed, file: file) }
        journal.partners = try String.fetchAll(db, sql: "SELECT json FROM partners ORDER BY position").map {
            try decode(Partner.self, $0, file: file)
        }
        journal.rituals = try String.fetchAll(db, sql: "SELECT json FROM rituals ORDER BY position").map {
            try decode(Ritual.self, $0, file: file)
        }
        // A database written before schema version 4 has no reflections table.
        if try db.tableExists("reflections") {
            journal.reflections = try String.fetchAll(db, sql: "SELECT json FROM reflections ORDER BY position").map {
                try decode(ReflectionAnswer.self, $0, file: file)
            }
        }
        if withMoments {
            journal.moments = try String.fetchAll(db, sql: "SELECT json FROM moments ORDER BY seq").map {
                try decode(Moment.self, $0, file: file)
            }
        }
        journal.migrate()
        return journal
    }

    private static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ text: String, file: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw StoreError.corrupt(file: file, line: nil, column: nil, field: "\(type)", reason: "a row could not be read: \(error)")
        }
    }
}
