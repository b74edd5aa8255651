import Logging
import PostgresNIO

/// The tables Micromance keeps in PostgreSQL, and their migrations.
///
/// Every table is keyed by journal first, and every query names the journal, so one couple's
/// rows are never read for another. Records are kept whole as JSON (`record`, with their
/// change stamps, so that merging with a device's copy stays lossless), beside the columns the
/// queries need: the moment's instant for the time index, its place in stored order, and
/// whether the record was removed (kept for merging, never shown).
///
/// Migrations are numbered; `micromance_migrations` records those applied. They run in one
/// transaction under an advisory lock, so two servers starting at once apply each one once.
public enum PostgresSchema {
    /// The newest migration this build knows.
    public static var version: Int { migrations.count }

    /// The statements of each migration, in order; migration n is `migrations[n - 1]`.
    static let migrations: [[String]] = [
        [
            """
            CREATE TABLE micromance_journals (
                id text PRIMARY KEY,
                schema_version integer NOT NULL,
                settings jsonb NOT NULL
            )
            """,
            """
            CREATE TABLE micromance_partners (
                journal text NOT NULL REFERENCES micromance_journals (id) ON DELETE CASCADE,
                id text NOT NULL, position integer NOT NULL, removed boolean NOT NULL, record jsonb NOT NULL,
                PRIMARY KEY (journal, id)
            )
            """,
            """
            CREATE TABLE micromance_dates (
                journal text NOT NULL REFERENCES micromance_journals (id) ON DELETE CASCADE,
                partner text NOT NULL, id text NOT NULL, position integer NOT NULL, removed boolean NOT NULL, record jsonb NOT NULL,
                PRIMARY KEY (journal, partner, id)
            )
            """,
            """
            CREATE TABLE micromance_stressors (
                journal text NOT NULL REFERENCES micromance_journals (id) ON DELETE CASCADE,
                partner text NOT NULL, id text NOT NULL, position integer NOT NULL, removed boolean NOT NULL, record jsonb NOT NULL,
                PRIMARY KEY (journal, partner, id)
            )
            """,
            """
            CREATE TABLE micromance_rituals (
                journal text NOT NULL REFERENCES micromance_journals (id) ON DELETE CASCADE,
                id text NOT NULL, position integer NOT NULL, removed boolean NOT NULL, record jsonb NOT NULL,
                PRIMARY KEY (journal, id)
            )
            """,
            """
            CREATE TABLE micromance_reflections (
                journal text NOT NULL REFERENCES micromance_journals (id) ON DELETE CASCADE,
                id text NOT NULL, position integer NOT NULL, removed boolean NOT NULL, record jsonb NOT NULL,
                PRIMARY KEY (journal, id)
            )
            """,
            """
            CREATE TABLE micromance_moments (
                journal text NOT NULL REFERENCES micromance_journals (id) ON DELETE CASCADE,
                id text NOT NULL, at timestamptz NOT NULL, position bigint NOT NULL, removed boolean NOT NULL, record jsonb NOT NULL,
                PRIMARY KEY (journal, id)
            )
            """,
            "CREATE INDEX micromance_moments_by_time ON micromance_moments (journal, at) WHERE NOT removed",
            "CREATE INDEX micromance_moments_by_position ON micromance_moments (journal, position)",
        ],
        // 2: what a report counts (`loadForReport`), kept beside each moment's record as it is
        // written, so that counting a year of moments reads neither their JSON nor their rows:
        // the local day (the date its timestamp was written with, in its own zone), the giver,
        // ritual, receiver, love language and answer, in an index that answers on its own.
        [
            """
            ALTER TABLE micromance_moments
                ADD COLUMN local_day text GENERATED ALWAYS AS (left(record->>'at', 10)) STORED,
                ADD COLUMN giver text GENERATED ALWAYS AS (record->>'giver') STORED,
                ADD COLUMN ritual text GENERATED ALWAYS AS (record->>'ritual') STORED,
                ADD COLUMN receiver text GENERATED ALWAYS AS (record->>'receiver') STORED,
                ADD COLUMN love_language text GENERATED ALWAYS AS (record->>'language') STORED,
                ADD COLUMN response text GENERATED ALWAYS AS (record->>'response') STORED
            """,
            """
            CREATE INDEX micromance_moments_counted ON micromance_moments (journal)
                INCLUDE (local_day, giver, ritual, receiver, love_language, response) WHERE NOT removed
            """,
        ],
        // 3: a mark of what an append is checked against (the partners, the rituals, the
        // settings and format version), changed by the database itself whenever any of them
        // changes, however it was written (by a store, or by hand in SQL). An append that
        // finds the mark it last saw checks the moment against what it read then, and is one
        // statement instead of five.
        [
            "ALTER TABLE micromance_journals ADD COLUMN rules_mark text NOT NULL DEFAULT gen_random_uuid()::text",
            """
            CREATE FUNCTION micromance_rules_changed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE micromance_journals SET rules_mark = gen_random_uuid()::text WHERE id IN (SELECT DISTINCT journal FROM changed);
                RETURN NULL;
            END $$
            """,
            """
            CREATE FUNCTION micromance_settings_changed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.settings IS DISTINCT FROM OLD.settings OR NEW.schema_version IS DISTINCT FROM OLD.schema_version THEN
                    NEW.rules_mark := gen_random_uuid()::text;
                END IF;
                RETURN NEW;
            END $$
            """,
            """
            CREATE TRIGGER micromance_settings_mark BEFORE UPDATE ON micromance_journals
                FOR EACH ROW EXECUTE FUNCTION micromance_settings_changed()
            """,
        ]
            + ["micromance_partners", "micromance_rituals"].flatMap { table in
                [("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")].map { event, rows in
                    """
                    CREATE TRIGGER \(table)_\(event.lowercased())_mark AFTER \(event) ON \(table)
                        REFERENCING \(rows) TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION micromance_rules_changed()
                    """
                }
            },
    ]

    /// Applies the migrations the database lacks. Safe to call from every server at start-up.
    public static func migrate(_ client: PostgresClient, logger: Logger) async throws {
        try await client.withTransaction(logger: logger) { connection in
            // The lock first: two servers creating the same table at once would collide.
            try await connection.query("SELECT pg_advisory_xact_lock(7237205861)", logger: logger)
            try await connection.query(
                "CREATE TABLE IF NOT EXISTS micromance_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
                logger: logger)
            var applied = 0
            for try await version in try await connection.query(
                "SELECT coalesce(max(version), 0) FROM micromance_migrations", logger: logger
            ).decode(Int.self) {
                applied = version
            }
            guard applied <= migrations.count else {
                throw PostgresSchemaError.newerDatabase(found: applied, supported: migrations.count)
            }
            for (index, statements) in migrations.enumerated() where index + 1 > applied {
                for statement in statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query("INSERT INTO micromance_migrations (version) VALUES (\(index + 1))", logger: logger)
            }
        }
    }
}

/// A database this build cannot use.
public enum PostgresSchemaError: Error, CustomStringConvertible {
    /// The database was migrated by a newer Micromance.
    case newerDatabase(found: Int, supported: Int)

    /// What is wrong, and what to do.
    public var description: String {
        switch self {
        case let .newerDatabase(found, supported):
            "the database's Micromance tables are at migration \(found), and this build knows \(supported); update Micromance"
        }
    }
}
