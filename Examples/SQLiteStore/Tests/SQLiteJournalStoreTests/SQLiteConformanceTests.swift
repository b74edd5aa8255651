import Foundation
import MicromanceModel
import MicromanceStore
import MicromanceStoreTestKit
import SQLiteJournalStore
import Testing

func temporaryDatabase() -> String {
    NSTemporaryDirectory() + "micromance-sqlite-\(UUID().uuidString)/journal.sqlite"
}

@Suite struct SQLiteConformanceTests {
    @Test func passesTheStoreConformanceKit() throws {
        try StoreConformance(
            makeStore: { SQLiteJournalStore(path: temporaryDatabase()) },
            corrupt: { store in
                try Data("this is not a database, just text".utf8).write(to: URL(fileURLWithPath: store.location))
            }
        ).run()
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
        let json = JSONJournalStore(path: NSTemporaryDirectory() + "micromance-sqlite-\(UUID().uuidString).json")
        try json.save(try sqlite.load())
        #expect(try json.load() == journal)
    }
}
