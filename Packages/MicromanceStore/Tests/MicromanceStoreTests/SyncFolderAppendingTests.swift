import Foundation
import MicromanceModel
import MicromanceStoreTestKit
import Testing

@testable import MicromanceStore

/// A sync folder's quick append: with a cache folder of the device's own, `log` reads none of
/// the devices' files while they are as the index last saw them, and everything else reads the
/// folder whole.
@Suite struct SyncFolderAppendingTests {
    private func moment(_ index: Int, _ giver: String = "alex") -> Moment {
        ConformanceFixtures.moment(index: index, giver: Identifier(giver), receiver: Identifier(giver == "alex" ? "sam" : "alex"))
    }

    private func days(_ moments: [Moment]) -> [Int: Int] {
        let resolver = LocalDayResolver(fallback: .gmt)
        return Dictionary(moments.map { (resolver.dayNumber($0.at, zone: $0.timeZone), 1) }, uniquingKeysWith: +)
    }

    @Test func passesTheKitWithAnIndex() throws {
        let id = try device("kit")
        try StoreConformance(
            makeStore: { SyncFolderStore(folder: freshPath(), device: id, cacheFolder: freshPath()) },
            corrupt: { store in
                guard let store = store as? SyncFolderStore else { return }
                try "{ \"schemaVersion\" : 3, ".write(
                    toFile: SyncFolderFiles.snapshot(store.folder, id), atomically: false, encoding: .utf8)
            }
        ).run()
    }

    @Test func twoDevicesLogQuicklyUntilTheOtherWrites() throws {
        let root = freshPath()
        let clock = SteppingClock()
        let phone = SyncFolderStore(
            folder: root + "/shared", device: try device("phone"), now: { clock.now() }, cacheFolder: root + "/phone-data")
        let laptop = SyncFolderStore(
            folder: root + "/shared", device: try device("laptop"), now: { clock.now() }, cacheFolder: root + "/laptop-data")
        var journal = try ConformanceFixtures.couple(moments: 5)
        try phone.save(journal)
        // The first append creates the phone's change log, the second builds the index.
        for index in 0..<2 {
            try phone.append(moment(100 + index))
            journal.moments.append(moment(100 + index))
        }
        var appending = try phone.loadForAppending()
        #expect(!appending.momentsLoaded && appending.journal.moments.isEmpty)
        #expect(appending.journal.partners == journal.partners)
        #expect(appending.momentsByDay == days(journal.moments))
        #expect(appending.labelledTitles == LearnedTitles.labelled(journal.moments))
        #expect(appending.containsMoment(journal.moments[3].id) && !appending.containsMoment("nothing-like-it"))
        try phone.append(moment(200), to: &appending)
        journal.moments.append(moment(200))
        #expect(try phone.load() == journal)
        #expect(try !phone.loadForAppending().momentsLoaded)
        // The cache is the phone's own: nothing new in the shared folder, owner-only files.
        let shared = try FileManager.default.contentsOfDirectory(atPath: root + "/shared").filter { !$0.hasSuffix(".lock") }
        #expect(Set(shared) == ["micromance-phone.snapshot.json", "micromance-phone.changes.jsonl"])
        for name in try FileManager.default.contentsOfDirectory(atPath: root + "/phone-data") {
            #expect(try permissions(root + "/phone-data/" + name) == 0o600)
        }
        // The laptop writes: the phone's index no longer describes the folder, and its next
        // append reads the laptop's moment (and would refuse its id).
        try laptop.append(moment(300, "sam"))
        journal.moments.append(moment(300, "sam"))
        let stale = try phone.loadForAppending()
        #expect(stale.momentsLoaded && stale.journal.moments.contains { $0.id == moment(300, "sam").id })
        var next = try phone.loadForAppending()
        #expect(!next.momentsLoaded && next.containsMoment(moment(300, "sam").id))
        #expect(throws: StoreError.self) { try phone.append(moment(300, "sam"), to: &next) }
        try phone.append(moment(301), to: &next)
        journal.moments.append(moment(301))
        #expect(Set(try laptop.load().moments.map(\.id)) == Set(journal.moments.map(\.id)))
    }

    /// Words of a record removed long ago that only the other device's files still hold: this
    /// device cannot fold them away, so they are not shown as due (a caller that drops due
    /// words on every write, as the CLI does, would otherwise write each time, and the index
    /// never hold).
    @Test func wordsOnlyAnotherDeviceHoldsDoNotKeepTheIndexFromHolding() throws {
        let root = freshPath()
        let early = SteppingClock(), late = SteppingClock(1_790_000_000 + 40 * 86_400)
        let laptop = SyncFolderStore(folder: root + "/shared", device: try device("laptop"), now: { early.now() })
        let phone = SyncFolderStore(
            folder: root + "/shared", device: try device("phone"), now: { late.now() }, cacheFolder: root + "/phone-data")
        try laptop.save(try ConformanceFixtures.couple(moments: 4))
        try change(laptop, clock: early) { $0.moments.append(moment(50, "sam")) }
        try change(laptop, clock: early) { $0.moments.removeLast() }
        for index in 0..<2 { try phone.append(moment(100 + index)) }
        let appending = try phone.loadForAppending()
        #expect(!appending.momentsLoaded)
        #expect(!appending.journal.holdsRemovedContents(before: late.now().addingTimeInterval(-Journal.removedContentsKeptFor)))
        #expect(try laptop.load().moments.count == 6)
    }

    @Test func anEncryptedFolderIsNeverIndexed() throws {
        let root = freshPath()
        let store = SyncFolderStore(folder: root + "/shared", device: try device("phone"), seal: TestSeal(), cacheFolder: root + "/data")
        try store.save(try ConformanceFixtures.couple(moments: 2))
        for index in 0..<3 { try store.append(moment(10 + index)) }
        #expect(try store.loadForAppending().momentsLoaded)
        #expect(!FileManager.default.fileExists(atPath: root + "/data"))
    }

    /// A line of this device's own change log left unfinished (the writer died, the disk
    /// filled, a file cut short): the next append sets it aside in `.torn` instead of writing
    /// after it, which made it a damaged line in the middle that stopped every later read.
    @Test func anUnfinishedOwnLineIsSetAsideNotBuriedInTheMiddle() throws {
        let root = freshPath()
        let phone = SyncFolderStore(folder: root + "/shared", device: try device("phone"), cacheFolder: root + "/data")
        try phone.save(try ConformanceFixtures.couple(moments: 3))
        for index in 0..<2 { try phone.append(moment(100 + index)) }
        let log = root + "/shared/micromance-phone.changes.jsonl"
        let whole = try Data(contentsOf: URL(fileURLWithPath: log))
        let cut = whole.prefix(whole.count - 40)
        try cut.write(to: URL(fileURLWithPath: log))
        // Reads leave the unfinished line out (it may still be arriving), and take the whole
        // line from this device's own record of what it wrote.
        #expect(try phone.load().moments.count == 5)
        var appending = try phone.loadForAppending()
        try phone.append(moment(200), to: &appending)
        try phone.append(moment(201))
        let ids = Set(try phone.load().moments.map(\.id))
        #expect(ids.contains(moment(200).id) && ids.contains(moment(201).id) && ids.contains(moment(100).id))
        #expect(ids.contains(moment(101).id), "the cut line comes back from this device's record")
        let aside = try String(contentsOfFile: log + ".torn", encoding: .utf8)
        #expect(aside.hasSuffix("\n") && whole.count - 40 > 0 && !aside.isEmpty)
        #expect(try permissions(log + ".torn") == 0o600)
        #expect(try SyncFolderStore(folder: root + "/shared", device: try device("laptop")).load().moments.count == 7)
        // Without a record (no cache folder), the cut line is set aside all the same, not read.
        let bare = SyncFolderStore(folder: root + "/bare", device: try device("phone"))
        try bare.save(try ConformanceFixtures.couple(moments: 3))
        for index in 0..<2 { try bare.append(moment(100 + index)) }
        let bareLog = root + "/bare/micromance-phone.changes.jsonl"
        let bareWhole = try Data(contentsOf: URL(fileURLWithPath: bareLog))
        try bareWhole.prefix(bareWhole.count - 40).write(to: URL(fileURLWithPath: bareLog))
        try bare.append(moment(200))
        let bareIDs = Set(try bare.load().moments.map(\.id))
        #expect(bareIDs.contains(moment(200).id) && !bareIDs.contains(moment(101).id) && bareIDs.count == 5)
        #expect(FileManager.default.fileExists(atPath: bareLog + ".torn"))
    }
}
