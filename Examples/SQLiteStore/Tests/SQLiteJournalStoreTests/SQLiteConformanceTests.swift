import Foundation
import GRDB
import MicromanceModel
import MicromanceStore
import MicromanceStoreTestKit
import SQLiteJournalStore
import Testing

/// One folder for every database this test run makes, removed when the run ends.
let scratchRoot: String = {
    let root = NSTemporaryDirectory() + "micromance-sqlite-tests-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(atPath: scratchRoot) }
    return root
}()

func temporaryDatabase() -> String {
    scratchRoot + "/\(UUID().uuidString)/journal.sqlite"
}

@Suite struct SQLiteConformanceTests {
    /// Each check of the kit as its own test: one failure does not hide the others, and the
    /// databases each check makes are removed when it ends.
    @Test(arguments: StoreConformance.checkNames)
    func passesTheStoreConformanceKit(check: String) throws {
        let skipped = try StoreConformance(
            makeStore: { SQLiteJournalStore(path: temporaryDatabase()) },
            corrupt: { store in
                try Data("this is not a database, just text".utf8).write(to: URL(fileURLWithPath: store.location))
            }
        ).run(check: check)
        #expect(skipped == nil, "\(check) was skipped: \(skipped ?? "")")
    }

    /// The indexed query is what runs through `any JournalStore`, not the default that loads
    /// the whole journal: with the partners gone, a whole load fails, the query does not.
    @Test func itsRangeQueryIsReachedThroughTheProtocol() throws {
        let path = temporaryDatabase()
        let journal = try ConformanceFixtures.couple(moments: 6)
        try SQLiteJournalStore(path: path).save(journal)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "DELETE FROM partners") }
        let store: any JournalStore = SQLiteJournalStore(path: path)
        #expect(throws: StoreError.self) { try store.load() }
        let start = journal.moments[1].at, end = journal.moments[4].at
        let found = try store.moments(from: start, to: end)
        #expect(found.map(\.id) == journal.moments.filter { $0.at >= start && $0.at < end }.map(\.id))
        #expect(!found.isEmpty)
    }

    @Test func registersItsSchemeAndExtension() throws {
        let registry = StoreRegistry()
        SQLiteJournalStore.register(in: registry)
        #expect(try registry.open("sqlite:/tmp/a.db") is SQLiteJournalStore)
        #expect(try registry.open("/tmp/journal.sqlite") is SQLiteJournalStore)
        #expect(try registry.open("/tmp/journal.json") is JSONJournalStore)
    }

    @Test func databaseIsOwnerOnly() throws {
        let path = temporaryDatabase()
        try SQLiteJournalStore(path: path).save(try ConformanceFixtures.couple(moments: 3))
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test func convertsToAndFromJSONLosslessly() throws {
        let journal = try ConformanceFixtures.everyField()
        let sqlite = SQLiteJournalStore(path: temporaryDatabase())
        try sqlite.save(journal)
        let json = JSONJournalStore(path: scratchRoot + "/\(UUID().uuidString).json")
        try json.save(try sqlite.load())
        #expect(try json.load() == journal)
    }
}
