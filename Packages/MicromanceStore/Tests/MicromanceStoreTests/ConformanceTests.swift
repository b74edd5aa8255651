import Foundation
import MicromanceModel
import MicromanceStoreTestKit
import Testing

@testable import MicromanceStore

/// One folder under the temporary folder for every store this test run makes, removed when
/// the run ends: the store tests make a few thousand journals, and they are not left behind.
let scratchRoot: String = {
    let root = NSTemporaryDirectory() + "micromance-store-tests-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(atPath: scratchRoot) }
    return root
}()

/// A fresh path inside ``scratchRoot`` for each store the kit asks for.
func freshPath(_ suffix: String = "") -> String {
    scratchRoot + "/conformance-\(UUID().uuidString)" + suffix
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
        // Every other check ran and passed, by name, in the kit's order.
        #expect(summary.passed == StoreConformance.checkNames.filter { $0 != "corrupt store" })
        #expect(
            summary.passed.starts(with: ["missing store", "empty journal", "every field round trip"])
                && summary.passed.contains("concurrent appends") && summary.passed.last == "large journal")
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
            // The failure names the record and the one field that changed, and what it held.
            let line = try #require(failure.failures.first { $0.hasPrefix("every field round trip") })
            #expect(line.contains("note: '") && line.contains("became (none)"), "\(line)")
            #expect(!line.contains("Moment(") && line.contains("moment "), "\(line)")
        }
    }

    /// A backend that rounds instants to the second: the failure shows both, to the millisecond.
    @Test func aDifferenceInMillisecondsIsShown() throws {
        final class RoundingStore: JournalStore, @unchecked Sendable {
            let inner = MemoryJournalStore()
            var location: String { "rounding" }
            var exists: Bool { inner.exists }
            func load() throws(StoreError) -> Journal { try inner.load() }
            func save(_ journal: Journal) throws(StoreError) {
                var copy = journal
                for index in copy.moments.indices {
                    copy.moments[index].at = Date(timeIntervalSince1970: copy.moments[index].at.timeIntervalSince1970.rounded(.down))
                }
                try inner.save(copy)
            }
        }
        let kit = StoreConformance(makeStore: { RoundingStore() })
        do {
            try kit.run(check: "every field round trip")
            Issue.record("a store that drops milliseconds passed")
        } catch let failure as ConformanceFailure {
            let text = failure.description
            #expect(text.contains(".") && text.contains(" became ") && text.contains(": at: "), "\(text)")
            let pattern = try Regex(#"at: '[0-9T:.-]+\.[0-9]{3}[^']*' became '[0-9T:-]+[^.0-9][^']*'"#)
            #expect(text.contains(pattern), "\(text)")
        }
    }

    /// Each check runs alone by name (for one test per check), and cleans up after itself.
    /// Every check has a name of its own (a check is made with its name; none is left unnamed).
    @Test func everyCheckHasADistinctName() {
        let names = StoreConformance.checkNames
        #expect(names.count == 12 && Set(names).count == names.count && !names.contains { $0.isEmpty }, "\(names)")
        #expect(StoreConformance(makeStore: { MemoryJournalStore() }).checks.map(\.name) == names)
    }

    @Test(arguments: StoreConformance.checkNames)
    func eachCheckRunsAloneAndRemovesItsStores(check: String) throws {
        let made = Made()
        var options = StoreConformance.Options()
        options.largeJournalMoments = 500
        let kit = StoreConformance(
            options: options,
            makeStore: {
                let path = freshPath("/journal.json")
                made.add(path)
                return JSONJournalStore(path: path)
            },
            corrupt: { store in
                guard let store = store as? JSONJournalStore else { return }
                try "{ \"schemaVersion\" : 1, ".write(toFile: store.path, atomically: false, encoding: .utf8)
            })
        #expect(try kit.run(check: check) == nil)
        #expect(!made.paths.isEmpty)
        for path in made.paths {
            #expect(!FileManager.default.fileExists(atPath: path), "\(check) left \(path)")
            #expect(!FileManager.default.fileExists(atPath: (path as NSString).deletingLastPathComponent), "\(check) left its folder")
        }
    }

    @Test func anUnknownCheckNameIsAnError() {
        #expect(throws: ConformanceFailure.self) { try StoreConformance(makeStore: { MemoryJournalStore() }).run(check: "nope") }
    }
}

/// Paths the kit asked for, from several threads.
final class Made: @unchecked Sendable {
    private let lock = NSLock()
    private var list = [String]()
    func add(_ path: String) { lock.withLock { list.append(path) } }
    var paths: [String] { lock.withLock { list } }
}
