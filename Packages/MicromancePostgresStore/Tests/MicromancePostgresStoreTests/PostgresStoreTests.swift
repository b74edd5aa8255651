import Foundation
import Logging
import MicromanceModel
import MicromanceStore
import MicromanceStoreTestKit
import PostgresNIO
import Testing

@testable import MicromancePostgresStore

/// The server these tests use: `scripts/postgres-test` starts one and sets the address.
let serverAddress = ProcessInfo.processInfo.environment["MICROMANCE_POSTGRES_URL"]

/// Runs `body` with a running client for the test server, migrated, and stops the client after.
func withServer<T: Sendable>(_ body: @Sendable (PostgresClient, PostgresLocation) async throws -> T) async throws -> T {
    let address = try PostgresLocation(parsing: try #require(serverAddress))
    let client = PostgresClient(configuration: address.configuration())
    return try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { await client.run() }
        defer { group.cancelAll() }
        try await PostgresSchema.migrate(client, logger: PostgresJournalStore.silentLogger)
        return try await body(client, address)
    }
}

/// A journal id no other test uses.
func freshJournal() -> String { "test-" + UUID().uuidString.lowercased() }

/// Deletes a journal and all its rows.
func removeJournal(_ client: PostgresClient, _ id: String) async {
    _ = try? await client.query("DELETE FROM micromance_journals WHERE id = \(id)", logger: PostgresJournalStore.silentLogger)
}

/// Everything that needs the server, one test at a time: one of them drops connections.
@Suite(.enabled(if: serverAddress != nil, "needs a PostgreSQL server: run scripts/postgres-test"), .serialized)
enum PostgresDatabaseTests {}

extension PostgresDatabaseTests {
    @Suite struct Conformance {
        @Test(arguments: AsyncStoreConformance.checkNames)
        func conformance(check: String) async throws {
            try await withServer { client, address in
                var options = AsyncStoreConformance.Options()
                options.sizes.largeJournalMoments = 5_000
                options.removeStore = { store in
                    guard let store = store as? PostgresJournalStore else { return }
                    await removeJournal(client, store.journal)
                }
                let skipped = try await AsyncStoreConformance(
                    options: options,
                    makeStore: { PostgresJournalStore(client: client, address: address.journal(freshJournal())) },
                    corrupt: { store in
                        // Rows a hand (or a broken migration) damaged: the journal must be refused, not emptied.
                        guard let store = store as? PostgresJournalStore else { return }
                        let logger = PostgresJournalStore.silentLogger
                        try await client.query(
                            "UPDATE micromance_partners SET record = '{\"name\": 7}'::jsonb WHERE journal = \(store.journal)",
                            logger: logger)
                    }
                ).run(check: check)
                #expect(skipped == nil, "\(check) was skipped: \(skipped ?? "")")
            }
        }
    }

    @Suite struct Server {
        /// Two servers (two connection pools, as two processes would have) append to and edit one
        /// journal at once: every append and every edit is kept.
        @Test func twoServersWritingOneJournalLoseNothing() async throws {
            try await withServer { first, address in
                try await withServer { second, _ in
                    let id = freshJournal()
                    let one = PostgresJournalStore(client: first, address: address.journal(id))
                    let two = PostgresJournalStore(client: second, address: address.journal(id))
                    try await one.save(try ConformanceFixtures.couple(moments: 20))
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        for (server, store) in [one, two].enumerated() {
                            group.addTask {
                                for n in 0..<40 {
                                    try await store.append(
                                        ConformanceFixtures.moment(index: 1_000 + server * 100 + n, giver: "alex", receiver: "sam"))
                                }
                            }
                            group.addTask {
                                for n in 0..<10 {
                                    try await store.update { journal in
                                        journal.moments[server * 10 + n].note = "edited by server \(server)"
                                    }
                                }
                            }
                        }
                        try await group.waitForAll()
                    }
                    let journal = try await one.load()
                    #expect(journal.moments.count == 20 + 80)
                    #expect(Set(journal.moments.map(\.id)).count == 100)
                    #expect(journal.moments.filter { $0.note?.hasPrefix("edited by server") == true }.count == 20)
                    await removeJournal(first, id)
                }
            }
        }

        /// Changes to one moment from two servers at once, beside appends and whole-journal
        /// updates: one change never overwrites another (each adds its mark to the note).
        @Test func changesToOneMomentFollowEachOther() async throws {
            try await withServer { first, address in
                try await withServer { second, _ in
                    let id = freshJournal()
                    let one = PostgresJournalStore(client: first, address: address.journal(id))
                    let two = PostgresJournalStore(client: second, address: address.journal(id))
                    try await one.save(try ConformanceFixtures.couple(moments: 5))
                    let target = try await one.load().moments[0].id
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        for (server, store) in [one, two].enumerated() {
                            group.addTask {
                                for n in 0..<15 {
                                    let device = DeviceID("server\(server)") ?? .imported
                                    let stamp = ChangeStamp(millis: 1_790_000_000_000 + Int64(server * 100 + n), device: device)
                                    _ = try await store.updateMoment(target, stampedAt: stamp) { moment in
                                        moment.note = (moment.note ?? "") + "[\(server)-\(n)]"
                                    }
                                }
                            }
                            group.addTask {
                                for n in 0..<10 {
                                    try await store.append(
                                        ConformanceFixtures.moment(index: 2_000 + server * 100 + n, giver: "alex", receiver: "sam"))
                                }
                            }
                            group.addTask {
                                for n in 0..<5 {
                                    try await store.update { journal in
                                        if let index = journal.moments.firstIndex(where: { $0.id == target }) {
                                            journal.moments[index].note = (journal.moments[index].note ?? "") + "<\(server)-\(n)>"
                                        }
                                    }
                                }
                            }
                        }
                        try await group.waitForAll()
                    }
                    let journal = try await one.load()
                    let note = try #require(journal.moments.first { $0.id == target }?.note)
                    for server in 0..<2 {
                        for n in 0..<15 { #expect(note.contains("[\(server)-\(n)]")) }
                        for n in 0..<5 { #expect(note.contains("<\(server)-\(n)>")) }
                    }
                    #expect(journal.moments.count == 5 + 20)
                    await removeJournal(first, id)
                }
            }
        }

        /// A connection killed while a large save is under way leaves the journal as it was before
        /// or as it was to become, never a mix.
        @Test func aDroppedConnectionLeavesTheJournalBeforeOrAfter() async throws {
            try await withServer { client, address in
                try await withServer { killer, _ in
                    let id = freshJournal()
                    var store = PostgresJournalStore(client: client, address: address.journal(id))
                    store.timeout = .seconds(3)
                    let before = try ConformanceFixtures.couple(moments: 100)
                    try await store.save(before)
                    var outcomes = [String]()
                    for attempt in 0..<6 {
                        let after = try ConformanceFixtures.couple(moments: 4_000 + attempt)
                        async let saving: Void = store.save(after)
                        // Kill every other backend of this database after a moment's delay.
                        try await Task.sleep(for: .milliseconds([20, 50, 80, 120, 1_500, 2_500][attempt]))
                        try await killer.query(
                            """
                            SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                            WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'
                            """, logger: PostgresJournalStore.silentLogger)
                        let started = Date()
                        let failed: Bool
                        do {
                            try await saving
                            failed = false
                        } catch {
                            #expect(error is StoreError, "\(error)")
                            failed = true
                        }
                        #expect(Date().timeIntervalSince(started) < 10, "the save outlived its deadline")
                        // The pool may hand out the connection the server closed once more: a second
                        // try reaches a new one.
                        var now = Journal()
                        for tries in 1...3 {
                            do {
                                now = try await store.load()
                                break
                            } catch  where tries < 3 {
                                continue
                            }
                        }
                        let wasBefore = now.moments.count == 100, wasAfter = now.moments.count == after.moments.count
                        #expect(wasBefore || wasAfter, "attempt \(attempt): \(now.moments.count) moments")
                        if failed { #expect(wasBefore, "a failed save still changed the journal") }
                        outcomes.append(failed ? "killed" : "finished")
                        if wasAfter { try await store.save(before) }
                    }
                    print("dropped-connection attempts: \(outcomes.joined(separator: ", "))")
                    await removeJournal(client, id)
                }
            }
        }

        /// Backends ended under running appends (as a restart ends them, with 57P01): each append
        /// is tried again on a new connection instead of waiting for the deadline, and every
        /// append that returned is stored exactly once.
        @Test func appendsRideOutEndedBackends() async throws {
            try await withServer { client, address in
                try await withServer { killer, _ in
                    let id = freshJournal()
                    var patient = PostgresJournalStore(client: client, address: address.journal(id))
                    patient.timeout = .seconds(20)
                    let store = patient
                    try await store.save(try ConformanceFixtures.couple(moments: 0))
                    let started = ContinuousClock.now
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        for writer in 0..<8 {
                            group.addTask {
                                for n in 0..<40 {
                                    try await store.append(
                                        ConformanceFixtures.moment(index: 10_000 + writer * 100 + n, giver: "alex", receiver: "sam"))
                                }
                            }
                        }
                        group.addTask {
                            for _ in 0..<6 {
                                try await Task.sleep(for: .milliseconds(120))
                                try await killer.query(
                                    """
                                    SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                                    WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
                                    """, logger: PostgresJournalStore.silentLogger)
                            }
                        }
                        try await group.waitForAll()
                    }
                    // Far below the 20 s deadline: nothing waited on a closed connection.
                    #expect(started.duration(to: .now) < .seconds(10))
                    let journal = try await store.load()
                    let stored = Set(journal.moments.map(\.id.rawValue))
                    let sent = Set(
                        (0..<8).flatMap { writer in
                            (0..<40).map {
                                ConformanceFixtures.moment(index: 10_000 + writer * 100 + $0, giver: "alex", receiver: "sam").id.rawValue
                            }
                        })
                    #expect(
                        journal.moments.count == 320 && stored == sent,
                        "\(journal.moments.count) moments; missing \(sent.subtracting(stored).sorted()), unexpected \(stored.subtracting(sent).sorted())"
                    )
                    await removeJournal(client, id)
                }
            }
        }

        /// Another couple's journal is never read or written: loads, period queries, appends and
        /// updates all stay within their own journal.
        @Test func oneCoupleNeverReachesAnothersJournal() async throws {
            try await withServer { client, address in
                let a = PostgresJournalStore(client: client, address: address.journal(freshJournal()))
                let b = PostgresJournalStore(client: client, address: address.journal(freshJournal()))
                var theirs = Journal(partners: [Partner(name: "Maya"), Partner(name: "Jonas")])
                theirs.moments = (0..<5).map { n in
                    Moment(
                        id: Identifier("b\(n)"), at: Date(timeIntervalSince1970: 1_790_000_000 + Double(n) * 60), timeZone: "UTC",
                        giver: "maya", receiver: "jonas", title: "Secret \(n)", note: "private")
                }
                try await a.save(try ConformanceFixtures.couple(moments: 5))
                try await b.save(theirs)
                let mine = try await a.load()
                #expect(!mine.moments.contains { $0.title.hasPrefix("Secret") } && mine.partners.map(\.id) == ["alex", "sam"])
                let period = try await a.moments(from: Date(timeIntervalSince1970: 0), to: Date(timeIntervalSince1970: 4_000_000_000))
                #expect(!period.contains { $0.title.hasPrefix("Secret") })
                // A moment naming the other couple's partners is refused in this journal.
                await #expect(throws: StoreError.self) {
                    try await a.append(
                        Moment(
                            id: "x1", at: Date(timeIntervalSince1970: 1_790_000_000), timeZone: "UTC", giver: "maya", receiver: "jonas",
                            title: "x"))
                }
                // An id that exists in the other journal is a new id here: nothing collides across couples.
                try await a.append(
                    Moment(
                        id: "b0", at: Date(timeIntervalSince1970: 1_790_000_000), timeZone: "UTC", giver: "alex", receiver: "sam",
                        title: "Mine"))
                // The same id twice is the journal's own rule, reported as such.
                do {
                    try await a.append(
                        Moment(
                            id: "b0", at: Date(timeIntervalSince1970: 1_790_000_000), timeZone: "UTC", giver: "alex", receiver: "sam",
                            title: "Again"))
                    Issue.record("a repeated id was accepted")
                } catch {
                    guard case .refused(_, .duplicateID(kind: "moment", id: "b0"))? = error as? StoreError else {
                        Issue.record("a repeated id gave \(error)")
                        return
                    }
                }
                try await a.update { journal in journal.moments.removeAll() }
                #expect(try await b.load() == theirs)
                let unknown = PostgresJournalStore(client: client, address: address.journal(freshJournal()))
                await #expect(throws: StoreError.self) { try await unknown.load() }
                #expect(try await unknown.exists() == false)
                await removeJournal(client, a.journal)
                await removeJournal(client, b.journal)
            }
        }

        /// An edit is one row: other rows keep their contents; a removal keeps the record, marked.
        @Test func editsAndRemovalsTouchOnlyTheirRows() async throws {
            try await withServer { client, address in
                let store = PostgresJournalStore(client: client, address: address.journal(freshJournal()))
                try await store.save(try ConformanceFixtures.replicated())
                let loaded = try await store.load()
                #expect(loaded == (try ConformanceFixtures.replicated()))
                let first = loaded.moments[0].id, second = loaded.moments[1].id
                try await store.update { journal in
                    journal.moments[0].note = "changed"
                    journal.removed.moments.append(journal.moments.remove(at: 1))
                }
                var rows = [String: (Bool, String)]()
                for try await (id, removed, note) in try await client.query(
                    "SELECT id, removed, coalesce(record->>'note', '') FROM micromance_moments WHERE journal = \(store.journal)",
                    logger: PostgresJournalStore.silentLogger
                ).decode((String, Bool, String).self) {
                    rows[id] = (removed, note)
                }
                #expect(rows[first.rawValue]?.1 == "changed" && rows[first.rawValue]?.0 == false)
                #expect(rows[second.rawValue]?.0 == true)
                #expect(rows.count == loaded.moments.count + loaded.removed.moments.count)
                await removeJournal(client, store.journal)
            }
        }
    }

}

/// Addresses: parsed strictly, credentials from the environment or .pgpass, never shown.
@Suite struct PostgresLocationTests {
    @Test func anAddressIsReadAndShownWithoutItsPassword() throws {
        let address = try PostgresLocation(
            parsing: "postgres://app:s3cret@db.example:6543/couples?journal=k3x9", environment: [:])
        #expect(address.host == "db.example" && address.port == 6543 && address.user == "app" && address.database == "couples")
        #expect(address.journal == "k3x9" && address.password == "s3cret")
        #expect(address.description == "postgres://app@db.example:6543/couples?journal=k3x9")
        #expect(!"\(address)".contains("s3cret"))
        #expect(PostgresLocation.withoutPassword("postgres://app:s3cret@h/d?journal=x").contains("s3cret") == false)
    }

    @Test func thePasswordComesFromTheEnvironmentOrPgpass() throws {
        let folder = NSTemporaryDirectory() + "micromance-pgpass-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "# comment\nother:5432:*:app:wrong\ndb.example:*:couples:app:pa\\:ss\n".write(
            toFile: folder + "/.pgpass", atomically: true, encoding: .utf8)
        let fromFile = try PostgresLocation(parsing: "postgres://app@db.example/couples?journal=j", environment: ["HOME": folder])
        #expect(fromFile.password == "pa:ss" && fromFile.port == 5432)
        let fromVariable = try PostgresLocation(
            parsing: "postgres://app@db.example/couples?journal=j", environment: ["HOME": folder, "PGPASSWORD": "env"])
        #expect(fromVariable.password == "env")
    }

    @Test(arguments: [
        "http://h/d?journal=j", "postgres:///d?journal=j", "postgres://h/?journal=j", "postgres://h/d",
        "postgres://u:hunter2@h/d", "postgres://h/d?journal=" + String(repeating: "x", count: 300),
    ])
    func aBadAddressIsRefusedWithoutShowingItsPassword(text: String) {
        do {
            _ = try PostgresLocation(parsing: text, environment: [:])
            Issue.record("accepted \(text)")
        } catch {
            #expect("\(error)".contains("postgres://USER@HOST:PORT/DATABASE?journal=ID"))
            #expect(!"\(error)".contains("hunter2"))
        }
    }
}
