import Foundation
import MicromanceModel
import MicromanceStore
import PostgresNIO

extension PostgresJournalStore {
    /// Checks the moment against the journal's partners and rituals and adds it.
    ///
    /// Appends share the journal's row lock: they keep out a writer of partners, rituals or
    /// the whole journal (which takes it for update) but not each other, so one couple's logs
    /// do not queue behind one another. Two appends at once may take the same position; the
    /// moments' order is then that of their ids.
    ///
    /// When this process has checked an append to the journal before and the journal's row
    /// still carries the same rules mark (see ``RulesCache``), the moment is checked against
    /// the partners and rituals read then, and the lock, the mark's check and the insert are
    /// one statement, followed by a second that confirms its commit: two round trips instead of
    /// five (`BEGIN`, the row, the rules, the insert, `COMMIT`). Otherwise the rules are read in
    /// the transaction, as they always were.
    public func append(_ moment: Moment) async throws(StoreError) {
        if let known = RulesCache.shared[location], (try? known.rules.validate(moment)) != nil {
            do {
                try await attempt("append a moment", .appendOf(moment.id.rawValue), single: true) { connection in
                    try await insert(connection, moment, ifMarked: known.mark)
                }
                return
            } catch is RulesChanged {
                // read them again below
            } catch let error as StoreError {
                throw error
            } catch {
                throw .io(file: location, operation: "append a moment", reason: "\(error)")
            }
        }
        try await appendReadingRules(moment)
    }

    /// The journal's rules mark was not the one the cache had.
    struct RulesChanged: Error {}

    /// One statement: the journal's row locked `FOR KEY SHARE`, and the moment inserted only if
    /// the row's rules mark is `mark`. The lock re-reads a row that a writer it waited for
    /// changed, so a mark changed by that writer is seen.
    private func insert(_ connection: PostgresConnection, _ moment: Moment, ifMarked mark: String) async throws {
        let rows = try await connection.query(
            """
            WITH head AS (SELECT rules_mark FROM micromance_journals WHERE id = \(journal) FOR KEY SHARE),
            added AS (
                INSERT INTO micromance_moments (journal, id, at, position, removed, record)
                SELECT \(journal), \(moment.id.rawValue), \(moment.at),
                       coalesce((SELECT max(position) + 1 FROM micromance_moments WHERE journal = \(journal)), 0),
                       false, \(try Records.encode(moment))::jsonb
                FROM head WHERE head.rules_mark = \(mark)
                ON CONFLICT (journal, id) DO NOTHING RETURNING 1
            )
            SELECT head.rules_mark = \(mark), (SELECT count(*) FROM added)::int4 FROM head
            """, logger: logger)
        var found = false
        for try await (same, added) in rows.decode((Bool, Int32).self) {
            found = true
            guard same else { throw RulesChanged() }
            if added == 0 { throw StoreError.refused(file: location, .duplicateID(kind: "moment", id: moment.id.rawValue)) }
        }
        if !found { throw StoreError.notFound(location) }
    }

    /// The append in a transaction that reads the rules (and keeps them for the next append).
    ///
    /// The row's shared lock keeps out the store's own writers of partners and rituals, not a
    /// hand edit in psql (its trigger only updates the mark): one that lands between the rules'
    /// read and the insert leaves nothing inserted, and the rules are read again.
    private func appendReadingRules(_ moment: Moment) async throws(StoreError) {
        for _ in 0..<3 {
            do {
                try await appendReadingRulesOnce(moment)
                return
            } catch is RulesChanged {
                continue
            } catch let error as StoreError {
                throw error
            } catch {
                throw .io(file: location, operation: "append a moment", reason: "\(error)")
            }
        }
        throw .io(
            file: location, operation: "append a moment",
            reason: "the journal's partners, rituals or settings changed three times while the moment was checked; try again")
    }

    private func appendReadingRulesOnce(_ moment: Moment) async throws {
        let key = location
        try await attempt("append a moment", .appendOf(moment.id.rawValue)) { connection in
            guard let (head, mark) = try await head(connection, lock: true, shared: true) else { throw StoreError.notFound(location) }
            // The rules need the partners and rituals only: the other moments stay unread.
            var rules = Journal(schemaVersion: head.schemaVersion, settings: head.settings)
            let stored = try await records(connection, [.partners, .rituals])
            for record in stored[.partners] ?? [] {
                let partner = try Records.decode(Partner.self, record.text)
                if record.removed { rules.removed.partners.append(partner) } else { rules.partners.append(partner) }
            }
            for record in stored[.rituals] ?? [] where !record.removed {
                rules.rituals.append(try Records.decode(Ritual.self, record.text))
            }
            // Read after the mark, under a lock every writer but a hand edit waits for: at worst
            // a newer set of rules under an older mark, which the next append finds changed.
            RulesCache.shared[key] = RulesCache.Entry(mark: mark, rules: rules)
            do throws(JournalValidationError) {
                try rules.validate(moment)
            } catch {
                throw StoreError.refused(file: location, error)
            }
            // The same statement as the short path, checked against the mark just read.
            try await insert(connection, moment, ifMarked: mark)
        }
    }
}
