import Foundation
import MicromanceModel
import MicromanceStoreTestKit
import Testing

@testable import MicromanceStore

/// The async store API: every synchronous backend through its bridge passes the same kit, and
/// the kit fails an async store that loses data.
@Suite struct AsyncStoreTests {
    static func bridged(_ kind: String) -> any AsyncJournalStore {
        switch kind {
        case "json": JSONJournalStore(path: freshPath("/journal.json")).asynchronous
        case "csv": CSVJournalStore(folder: freshPath()).asynchronous
        case "sync": SyncFolderStore(folder: freshPath(), device: DeviceID("k3x9q2m7abcd") ?? .imported).asynchronous
        default: MemoryJournalStore().asynchronous
        }
    }

    /// The async-only checks: one moment changed through `update`, and a report's moments and
    /// history from the whole journal (the protocol's defaults).
    @Test(arguments: ["json", "csv", "sync", "memory"])
    func everyBuiltInStorePassesTheAsyncChecksThroughTheBridge(kind: String) async throws {
        for check in AsyncStoreConformance.asyncCheckNames {
            #expect(try await AsyncStoreConformance(makeStore: { Self.bridged(kind) }).run(check: check) == nil, "\(check)")
        }
    }

    @Test(arguments: ["json", "csv", "sync", "memory"])
    func everyBuiltInStorePassesTheKitThroughTheBridge(kind: String) async throws {
        var options = AsyncStoreConformance.Options()
        options.sizes.largeJournalMoments = 5_000
        let summary = try await AsyncStoreConformance(
            options: options,
            makeStore: { Self.bridged(kind) },
            corrupt: kind == "json" || kind == "csv"
                ? { @Sendable store in
                    guard let bridge = store as? BlockingStoreBridge else { return }
                    if let json = bridge.base as? JSONJournalStore {
                        try "{ \"schemaVersion\" : 1, ".write(toFile: json.path, atomically: false, encoding: .utf8)
                    } else if let csv = bridge.base as? CSVJournalStore {
                        try "id,at\n\"unclosed,x\n".write(toFile: csv.folder + "/moments.csv", atomically: false, encoding: .utf8)
                    }
                } : nil
        ).run()
        // Every check passes; the stores that cannot be damaged from outside skip that one.
        let damageable = kind == "json" || kind == "csv"
        let expected = StoreConformance.checkNames.filter { damageable || $0 != "corrupt store" }
        #expect(summary.passed == expected, "\(summary)")
        #expect(summary.passed.contains("concurrent appends") && summary.passed.contains("every field round trip"))
        #expect(summary.skipped.map { String($0.prefix { $0 != ":" }) } == (damageable ? [] : ["corrupt store"]), "\(summary)")
    }

    @Test func theKitFailsAnAsyncStoreThatLosesAppends() async throws {
        /// Appends are acknowledged and dropped.
        struct Dropping: AsyncJournalStore {
            let inner = MemoryJournalStore().asynchronous
            var location: String { "dropping" }
            func exists() async throws(StoreError) -> Bool { try await inner.exists() }
            func load() async throws(StoreError) -> Journal { try await inner.load() }
            func save(_ journal: Journal) async throws(StoreError) { try await inner.save(journal) }
            func append(_ moment: Moment) async throws(StoreError) {}
            func moments(from start: Date, to end: Date) async throws(StoreError) -> [Moment] {
                try await inner.moments(from: start, to: end)
            }
            func update<T: Sendable>(_ change: @escaping @Sendable (inout Journal) throws -> T) async throws -> T {
                try await inner.update(change)
            }
        }
        await #expect(throws: ConformanceFailure.self) {
            try await AsyncStoreConformance(makeStore: { Dropping() }).run(check: "append")
        }
    }

    @Test func theBridgeKeepsTheStoresErrorsAndRules() async throws {
        let path = freshPath("/journal.json")
        let store = JSONJournalStore(path: path).asynchronous
        #expect(try await store.exists() == false)
        await #expect(throws: StoreError.self) { try await store.load() }
        try await store.save(try ConformanceFixtures.couple(moments: 2))
        let added = try await store.update { journal -> Int in
            journal.moments.append(ConformanceFixtures.moment(index: 9, giver: "alex", receiver: "sam"))
            return journal.moments.count
        }
        #expect(added == 3)
        // A change that breaks the rules writes nothing.
        await #expect(throws: (any Error).self) {
            try await store.update { journal in
                journal.moments.append(ConformanceFixtures.moment(index: 10, giver: "alex", receiver: "alex"))
            }
        }
        #expect(try await store.load().moments.count == 3)
        try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
    }
}
