import Foundation
import MicromanceModel
import MicromanceStoreTestKit
import Testing
@testable import MicromanceStore

/// A fresh path under the temporary folder for each store the kit asks for.
func freshPath(_ suffix: String = "") -> String {
    NSTemporaryDirectory() + "micromance-conformance-\(UUID().uuidString)" + suffix
}

@Suite struct ConformanceTests {
    @Test func jsonStorePassesTheKit() throws {
        try StoreConformance(
            makeStore: { JSONJournalStore(path: freshPath("/journal.json")) },
            corrupt: { store in
                guard let store = store as? JSONJournalStore else { return }
                try "{ \"schemaVersion\" : 1, ".write(toFile: store.path, atomically: false, encoding: .utf8)
            }
        ).run()
    }

    @Test func csvStorePassesTheKit() throws {
        let summary = try StoreConformance(
            makeStore: { CSVJournalStore(folder: freshPath()) },
            corrupt: { store in
                guard let store = store as? CSVJournalStore else { return }
                try "id,at\n\"unclosed,x\n".write(toFile: store.folder + "/moments.csv", atomically: false, encoding: .utf8)
            }
        ).run()
        #expect(summary.skipped.isEmpty && summary.passed.contains("corrupt store"))
    }

    @Test func memoryStorePassesTheKit() throws {
        let summary = try StoreConformance(makeStore: { MemoryJournalStore() }).run()
        // The memory store cannot be damaged from outside: that check is reported as skipped.
        #expect(summary.skipped.count == 1 && summary.skipped[0].hasPrefix("corrupt store"))
        #expect(!summary.passed.contains("corrupt store"))
        #expect(summary.passed.count == StoreConformance(makeStore: { MemoryJournalStore() }).checks.count - 1)
    }

    @Test func theKitFailsLoudlyForABrokenBackend() throws {
        /// A backend that forgets notes: the kit must throw, not pass.
        final class ForgetfulStore: JournalStore, @unchecked Sendable {
            let inner = MemoryJournalStore()
            var location: String { "forgetful" }
            var exists: Bool { inner.exists }
            func load() throws(StoreError) -> Journal { try inner.load() }
            func save(_ journal: Journal) throws(StoreError) {
                var copy = journal
                for index in copy.moments.indices { copy.moments[index].note = nil }
                try inner.save(copy)
            }
        }
        var options = StoreConformance.Options()
        options.largeJournalMoments = 100
        #expect(throws: ConformanceFailure.self) { try StoreConformance(options: options, makeStore: { ForgetfulStore() }).run() }
        do {
            try StoreConformance(options: options, makeStore: { ForgetfulStore() }).run()
        } catch let failure as ConformanceFailure {
            #expect(failure.failures.contains { $0.hasPrefix("every field round trip") })
        }
    }
}
