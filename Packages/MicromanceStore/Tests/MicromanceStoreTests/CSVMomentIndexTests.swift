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

    func days(_ moments: [Moment]) -> [Int] {
        let resolver = LocalDayResolver(fallback: .gmt)
        return moments.map { resolver.dayNumber($0.at, zone: $0.timeZone) }
    }

    @Test func aSavedTableIsAppendedToWithoutReadingIt() throws {
        var (store, journal) = try store(moments: 5)
        var appending = try store.loadForAppending()
        #expect(!appending.momentsLoaded && appending.journal.moments.isEmpty)
        #expect(appending.journal.partners == journal.partners && appending.journal.settings == journal.settings)
        #expect(appending.momentDays == days(journal.moments))
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
        #expect(!again.momentsLoaded && again.momentDays == days(journal.moments))
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
            guard case .invalid(_, _, .duplicateID(_, let id)) = error else { Issue.record("\(error)"); return }
            #expect(id == copy.id.rawValue)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(appending.momentDays?.count == 3)
    }

    @Test func aTableChangedBehindTheStoresBackIsReadAgain() throws {
        var (store, journal) = try store(moments: 2)
        let path = store.folder + "/moments.csv"
        // Someone appends a row by hand (or a sync tool brings a newer table).
        var moments = try CSVJournalStore(folder: freshPath()).loadOrSaved(journal, adding: ConformanceFixtures.moment(index: 50, giver: "sam", receiver: "alex"))
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
        #expect(!next.momentsLoaded && next.momentDays == days(journal.moments))
    }

    @Test(arguments: [0, 10, 70])
    func aDamagedIndexIsRebuiltNotTrusted(keep: Int) throws {
        let (store, journal) = try store(moments: 4)
        let path = store.folder + "/" + CSVMomentIndex.name
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
        CSVMomentIndex.write(folder: store.folder, moments: journal.moments + [newcomer])
        var appending = try store.loadForAppending()
        #expect(!appending.momentsLoaded && !appending.containsMoment(newcomer.id))
        try store.append(newcomer, to: &appending)
        journal.moments.append(newcomer)
        #expect(try store.load() == journal)
    }

    @Test func theIndexIsOwnerOnly() throws {
        let (store, _) = try store(moments: 1)
        let mode = try FileManager.default.attributesOfItem(atPath: store.folder + "/" + CSVMomentIndex.name)[.posixPermissions] as? Int
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
