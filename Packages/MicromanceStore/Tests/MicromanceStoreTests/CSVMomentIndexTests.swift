import Foundation
import MicromanceModel
import MicromanceStoreTestKit
import Testing

@testable import MicromanceStore

/// The index beside `moments.csv` that lets an append skip reading the table.
@Suite struct CSVMomentIndexTests {
    func store(moments: Int) throws -> (CSVJournalStore, Journal) {
        let store = CSVJournalStore(folder: freshPath())
        let journal = try ConformanceFixtures.couple(moments: moments)
        try store.save(journal)
        return (store, journal)
    }

    func days(_ moments: [Moment]) -> [Int: Int] {
        let resolver = LocalDayResolver(fallback: .gmt)
        return Dictionary(moments.map { (resolver.dayNumber($0.at, zone: $0.timeZone), 1) }, uniquingKeysWith: +)
    }

    @Test func aSavedTableIsAppendedToWithoutReadingIt() throws {
        var (store, journal) = try store(moments: 5)
        var appending = try store.loadForAppending()
        #expect(!appending.momentsLoaded && appending.journal.moments.isEmpty)
        #expect(appending.journal.partners == journal.partners && appending.journal.settings == journal.settings)
        #expect(
            appending.latestMomentStamp.map { $0.millis == journal.latestStamp.millis && $0.counter == journal.latestStamp.counter } == true
        )
        #expect(appending.momentsByDay == days(journal.moments))
        #expect(appending.containsMoment(journal.moments[3].id))
        #expect(!appending.containsMoment("nothing-like-it"))
        for index in 0..<3 {
            let moment = ConformanceFixtures.moment(index: 100 + index, giver: "alex", receiver: "sam")
            try store.append(moment, to: &appending)
            journal.moments.append(moment)
            #expect(appending.containsMoment(moment.id))
        }
        #expect(try store.load() == journal)
        // The index kept up: the next append is quick again and knows every day.
        let again = try store.loadForAppending()
        #expect(!again.momentsLoaded && again.momentsByDay == days(journal.moments))
    }

    @Test func aTakenIDIsRefusedAndNothingIsWritten() throws {
        let (store, journal) = try store(moments: 3)
        var appending = try store.loadForAppending()
        var copy = ConformanceFixtures.moment(index: 7, giver: "sam", receiver: "alex")
        copy.id = journal.moments[1].id
        let path = store.folder + "/moments.csv"
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            try store.append(copy, to: &appending)
            Issue.record("appended a taken id")
        } catch {
            guard case .refused(_, .duplicateID(_, let id)) = error else { Issue.record("\(error)"); return }
            #expect(id == copy.id.rawValue)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(appending.momentsByDay == days(journal.moments))
    }

    @Test func aTableChangedBehindTheStoresBackIsReadAgain() throws {
        var (store, journal) = try store(moments: 2)
        let path = store.folder + "/moments.csv"
        // Someone appends a row by hand (or a sync tool brings a newer table).
        var moments = try CSVJournalStore(folder: freshPath()).loadOrSaved(
            journal, adding: ConformanceFixtures.moment(index: 50, giver: "sam", receiver: "alex"))
        let row = CSVJournalEncoder.moments([moments.removeLast()], header: false)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(row))
        try handle.close()
        let appending = try store.loadForAppending()
        #expect(appending.momentsLoaded && appending.journal.moments.count == 3)
        journal = appending.journal
        // Read once, indexed again: the next one is quick and counts the hand-added row.
        let next = try store.loadForAppending()
        #expect(!next.momentsLoaded && next.momentsByDay == days(journal.moments))
    }

    /// Enough appends to fill half the slots: the index grows and still knows every id.
    @Test func theIndexGrowsWhenHalfFull() throws {
        var (store, journal) = try store(moments: 500)
        var appending = try store.loadForAppending()
        #expect(!appending.momentsLoaded)
        for index in 0..<30 {
            let moment = ConformanceFixtures.moment(index: 1_000 + index, giver: "alex", receiver: "sam")
            try store.append(moment, to: &appending)
            journal.moments.append(moment)
        }
        let after = try store.loadForAppending()
        #expect(!after.momentsLoaded && after.momentsByDay == days(journal.moments))
        for moment in journal.moments { #expect(after.containsMoment(moment.id)) }
        let size = try FileManager.default.attributesOfItem(atPath: store.folder + "/" + CSVJournalStore.indexName)[.size] as? Int
        #expect((size ?? 0) > 96 + 1024 * 8)
        #expect(try store.load() == journal)
    }

    @Test(arguments: [0, 10, 70, 100])
    func aDamagedIndexIsRebuiltNotTrusted(keep: Int) throws {
        let (store, journal) = try store(moments: 4)
        let path = store.folder + "/" + CSVJournalStore.indexName
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try bytes.prefix(keep).write(to: URL(fileURLWithPath: path))
        let appending = try store.loadForAppending()
        #expect(appending.momentsLoaded && appending.journal == journal)
        #expect(!(try store.loadForAppending()).momentsLoaded)
    }

    @Test func aHashThatMatchesIsCheckedAgainstTheTable() throws {
        var (store, journal) = try store(moments: 3)
        let newcomer = ConformanceFixtures.moment(index: 60, giver: "alex", receiver: "sam")
        // An index holding the newcomer's hash though the table lacks it, as a collision would.
        var claimed = journal
        claimed.moments.append(newcomer)
        MomentIndex.write(store.indexedFiles, journal: claimed)
        var appending = try store.loadForAppending()
        #expect(!appending.momentsLoaded && !appending.containsMoment(newcomer.id))
        try store.append(newcomer, to: &appending)
        journal.moments.append(newcomer)
        #expect(try store.load() == journal)
    }

    @Test func theIndexIsOwnerOnly() throws {
        let (store, _) = try store(moments: 1)
        let mode =
            try FileManager.default.attributesOfItem(atPath: store.folder + "/" + CSVJournalStore.indexName)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}

private extension CSVJournalStore {
    /// The journal's moments with `moment` added, as a fresh store would hold them.
    func loadOrSaved(_ journal: Journal, adding moment: Moment) throws -> [Moment] {
        var journal = journal
        journal.moments.append(moment)
        try save(journal)
        return try load().moments
    }
}

/// How the index keys its ids.
@Suite struct MomentIndexHashTests {
    /// The index on disk keys ids by FNV-1a of their bytes: the hash must not change with how it
    /// is computed, or every index written before would miss its ids. Checked against FNV-1a's
    /// published vectors and a byte-by-byte reference.
    @Test func idHashesAreFNV1aOfTheBytes() {
        #expect(MomentIndex.hash(Identifier("a")) == 0xaf63_dc4c_8601_ec8c)
        #expect(MomentIndex.hash(Identifier("foobar")) == 0x8594_4171_f739_67e8)
        func reference(_ text: String) -> UInt64 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in Array(text.utf8) { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            return hash == 0 ? 1 : hash
        }
        for id in ["q3etmv38g3dds", "m1", "a-much-longer-id-than-fifteen-bytes", "zoë-ünïcode", ""] {
            #expect(MomentIndex.hash(Identifier(id)) == reference(id), "\(id)")
        }
    }
}
