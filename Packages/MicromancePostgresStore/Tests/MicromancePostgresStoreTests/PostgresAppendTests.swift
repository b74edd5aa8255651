import Foundation
import MicromanceModel
import MicromanceStore
import MicromanceStoreTestKit
import PostgresNIO
import Testing

@testable import MicromancePostgresStore

extension PostgresDatabaseTests {
    /// Appends checked against rules this process read before (one statement), and what makes
    /// them read the rules again.
    @Suite struct Appends {
        static func moment(_ id: String, giver: String = "alex", receiver: String = "sam", ritual: String? = nil) -> Moment {
            Moment(
                id: Identifier(id), at: Date(timeIntervalSince1970: 1_790_000_000), timeZone: "UTC", giver: Identifier(giver),
                receiver: Identifier(receiver), title: "Made the coffee", ritualID: ritual.map { Identifier($0) })
        }

        static func mark(_ client: PostgresClient, _ journal: String) async throws -> String? {
            for try await mark in try await client.query(
                "SELECT rules_mark FROM micromance_journals WHERE id = \(journal)", logger: PostgresJournalStore.silentLogger
            ).decode(String.self) {
                return mark
            }
            return nil
        }

        static func expectRefused(_ store: PostgresJournalStore, _ moment: Moment, _ why: String) async {
            do {
                try await store.append(moment)
                Issue.record("\(why): the append was accepted")
            } catch {
                guard case .refused = error else {
                    Issue.record("\(why): \(error)")
                    return
                }
            }
        }

        /// Partners and rituals changed by another writer, or by hand in SQL, change the mark,
        /// and the next append is checked against them, not against what the cache kept.
        @Test func changedRulesAreSeenWhoeverChangedThem() async throws {
            try await withServer { client, address in
                let store = PostgresJournalStore(client: client, address: address.journal(freshJournal()))
                try await store.save(try ConformanceFixtures.couple(moments: 3))
                try await store.append(Self.moment("m1"))  // reads the rules and keeps them
                let first = try #require(try await Self.mark(client, store.journal))
                #expect(RulesCache.shared[store.location]?.mark == first)
                try await store.append(Self.moment("m2"))  // checked against the kept rules
                // Moments change no mark.
                try await store.update { journal in journal.moments[0].note = "edited" }
                #expect(try await Self.mark(client, store.journal) == first)

                // By hand: Sam removed in psql. The kept rules still have Sam; the mark says otherwise.
                try await client.query(
                    "UPDATE micromance_partners SET removed = true WHERE journal = \(store.journal) AND id = 'sam'",
                    logger: PostgresJournalStore.silentLogger)
                #expect(try await Self.mark(client, store.journal) != first)
                await Self.expectRefused(store, Self.moment("m3"), "a partner removed by hand")
                try await client.query(
                    "UPDATE micromance_partners SET removed = false WHERE journal = \(store.journal) AND id = 'sam'",
                    logger: PostgresJournalStore.silentLogger)
                try await store.append(Self.moment("m3"))

                // A ritual added by another writer is found (the kept rules do not know it), and
                // one removed by hand is refused again.
                try await store.update { journal in
                    journal.rituals.append(Ritual(id: "coffee", title: "Morning coffee", cadence: .daily, participants: ["alex", "sam"]))
                }
                try await store.append(Self.moment("m4", ritual: "coffee"))
                try await store.append(Self.moment("m5", ritual: "coffee"))
                try await client.query(
                    "UPDATE micromance_rituals SET removed = true WHERE journal = \(store.journal)",
                    logger: PostgresJournalStore.silentLogger)
                await Self.expectRefused(store, Self.moment("m6", ritual: "coffee"), "a ritual removed by hand")

                // Settings changed by hand change the mark too.
                let before = try await Self.mark(client, store.journal)
                try await client.query(
                    "UPDATE micromance_journals SET settings = jsonb_set(settings, '{timeZone}', '\"UTC\"') WHERE id = \(store.journal)",
                    logger: PostgresJournalStore.silentLogger)
                #expect(try await Self.mark(client, store.journal) != before)

                let journal = try await store.load()
                #expect(journal.moments.map(\.id.rawValue).suffix(5) == ["m1", "m2", "m3", "m4", "m5"])
                await removeJournal(client, store.journal)
            }
        }

        /// The one-statement append's rows arrive before its implicit transaction commits (at the
        /// protocol's Sync): a backend ended in that gap rolls the moment back after the driver
        /// has handed over the rows. A deferred trigger holds this journal's commit open, the
        /// backend is ended while it waits, and the append must still leave the moment stored,
        /// once: it returns only when the commit is known.
        @Test func anAppendEndedBeforeItsCommitIsStored() async throws {
            try await withServer { client, address in
                try await withServer { killer, _ in
                    let logger = PostgresJournalStore.silentLogger
                    let store = PostgresJournalStore(client: client, address: address.journal(freshJournal()))
                    try await store.save(try ConformanceFixtures.couple(moments: 0))
                    try await store.append(Self.moment("before"))  // the rules are kept: the next append is one statement
                    #expect(RulesCache.shared[store.location] != nil)
                    let journal = store.journal
                    try await killer.query(
                        PostgresQuery(
                            unsafeSQL: """
                                CREATE OR REPLACE FUNCTION micromance_test_slow_commit() RETURNS trigger LANGUAGE plpgsql AS $$
                                BEGIN
                                    IF NEW.journal = '\(journal)' AND NEW.id = 'held' THEN PERFORM pg_sleep(0.6); END IF;
                                    RETURN NULL;
                                END $$
                                """), logger: logger)
                    try await killer.query(
                        """
                        CREATE CONSTRAINT TRIGGER micromance_test_slow_commit AFTER INSERT ON micromance_moments
                        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION micromance_test_slow_commit()
                        """, logger: logger)
                    async let appended: Void = store.append(Self.moment("held"))
                    // The first commit of "held" is waiting in the trigger: end its backend there.
                    var ended = false
                    for _ in 0..<50 where !ended {
                        try await Task.sleep(for: .milliseconds(20))
                        for try await done in try await killer.query(
                            """
                            SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                            WHERE datname = current_database() AND wait_event = 'PgSleep' AND pid <> pg_backend_pid()
                            """, logger: logger
                        ).decode(Bool.self) {
                            ended = ended || done
                        }
                    }
                    let outcome: Result<Void, any Error>
                    do { try await appended; outcome = .success(()) } catch { outcome = .failure(error) }
                    try await killer.query("DROP TRIGGER micromance_test_slow_commit ON micromance_moments", logger: logger)
                    try await killer.query("DROP FUNCTION micromance_test_slow_commit()", logger: logger)
                    #expect(ended, "no commit was seen waiting in the trigger")
                    #expect(throws: Never.self) { try outcome.get() }
                    let ids = try await store.load().moments.map(\.id.rawValue)
                    #expect(ids == ["before", "held"])
                    await removeJournal(client, journal)
                }
            }
        }

        /// The one-statement append says what the transaction said: a repeated id is refused as
        /// such, and a journal removed since is not found.
        @Test func theShortAppendRefusesAsTheLongOne() async throws {
            try await withServer { client, address in
                let store = PostgresJournalStore(client: client, address: address.journal(freshJournal()))
                try await store.save(try ConformanceFixtures.couple(moments: 0))
                try await store.append(Self.moment("a1"))
                #expect(RulesCache.shared[store.location] != nil)
                do {
                    try await store.append(Self.moment("a1"))
                    Issue.record("a repeated id was accepted")
                } catch {
                    guard case .refused(_, .duplicateID(kind: "moment", id: "a1"))? = error as? StoreError else {
                        Issue.record("a repeated id gave \(error)")
                        return
                    }
                }
                await removeJournal(client, store.journal)
                do {
                    try await store.append(Self.moment("a2"))
                    Issue.record("an append to a removed journal was accepted")
                } catch {
                    guard case .notFound? = error as? StoreError else {
                        Issue.record("an append to a removed journal gave \(error)")
                        return
                    }
                }
            }
        }
    }
}
