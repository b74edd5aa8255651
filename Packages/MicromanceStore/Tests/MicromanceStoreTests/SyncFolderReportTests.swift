import Foundation
import MicromanceModel
import MicromanceStoreTestKit
import Testing

@testable import MicromanceStore

/// A sync folder's quick report: a copy of the joined journal in this device's cache folder,
/// read while every device's files are as it recorded them, kept up with this device's own
/// appends, and written again after anything else.
@Suite struct SyncFolderReportTests {
    private func moment(_ index: Int, _ giver: String = "alex") -> Moment {
        ConformanceFixtures.moment(index: index, giver: Identifier(giver), receiver: Identifier(giver == "alex" ? "sam" : "alex"))
    }

    private var range: (Date, Date) { (moment(600).at, moment(660).at) }

    @Test func aReportReadsTheCopyUntilAnotherDeviceWrites() throws {
        let root = freshPath()
        let clock = SteppingClock()
        let phone = SyncFolderStore(
            folder: root + "/shared", device: try device("phone"), now: { clock.now() }, cacheFolder: root + "/phone-data")
        let laptop = SyncFolderStore(
            folder: root + "/shared", device: try device("laptop"), now: { clock.now() }, cacheFolder: root + "/laptop-data")
        try phone.save(try ConformanceFixtures.couple(moments: 1_200))
        try phone.append(moment(5_000))  // the phone's change log begins
        // The folder read whole, by a store of the same device that keeps no copy.
        func whole(_ store: SyncFolderStore) throws -> (Journal, MomentHistory) {
            try SyncFolderStore(folder: store.folder, device: store.device, now: { clock.now() }).load()
                .splitForReport(from: range.0, to: range.1)
        }
        // The first report joins the folder and writes the copy; the next ones read it.
        let first = try phone.loadForReport(momentsFrom: range.0, to: range.1)
        let copy = JSONJournalStore(path: try #require(phone.cacheBase) + ".report.json")
        let quick = try #require(copy.quickReport(from: range.0, to: range.1))
        var expected = try whole(phone)
        #expect(first.journal == expected.0 && first.history == expected.1)
        #expect(quick.journal == expected.0 && quick.history == expected.1 && quick.journal.moments.count == 60)
        // This device's appends are added to the copy, which stays trusted.
        var late = moment(5_650)
        late.at = moment(650).at.addingTimeInterval(1)
        try phone.append(late)
        var appending = try phone.loadForAppending()
        try phone.append(moment(5_651), to: &appending)
        #expect(phone.reportFilesBeforeAppend() != nil)
        let afterAppends = try phone.loadForReport(momentsFrom: range.0, to: range.1)
        expected = try whole(phone)
        #expect(afterAppends.journal == expected.0 && afterAppends.history == expected.1)
        #expect(afterAppends.journal.moments.count == 61)
        // The laptop writes: the phone's copy no longer matches the folder.
        var fromLaptop = moment(5_700, "sam")
        fromLaptop.at = moment(640).at.addingTimeInterval(2)
        try laptop.append(fromLaptop)
        let afterLaptop = try phone.loadForReport(momentsFrom: range.0, to: range.1)
        expected = try whole(phone)
        #expect(afterLaptop.journal == expected.0 && afterLaptop.history == expected.1)
        #expect(afterLaptop.journal.moments.contains { $0.id == fromLaptop.id })
        // Written again from the whole folder: trusted again.
        #expect(phone.reportFilesBeforeAppend() != nil)
        // Nothing of it in the shared folder; owner-only files in the cache.
        let shared = try FileManager.default.contentsOfDirectory(atPath: root + "/shared").filter { !$0.hasSuffix(".lock") }
        #expect(shared.allSatisfy { $0.hasPrefix("micromance-phone.") || $0.hasPrefix("micromance-laptop.") })
        for name in try FileManager.default.contentsOfDirectory(atPath: root + "/phone-data") {
            #expect(try permissions(root + "/phone-data/" + name) == 0o600, "\(name)")
        }
    }

    /// Every command's load reads the copy while the report would: it equals the folder read
    /// whole, after this device's appends too, and is left for the folder once another device
    /// writes, a conflict copy appears, or it holds words of records removed past their time.
    @Test func aLoadReadsTheCopyWhileItIsTrusted() throws {
        let root = freshPath()
        let clock = SteppingClock()
        let phone = SyncFolderStore(
            folder: root + "/shared", device: try device("phone"), now: { clock.now() }, cacheFolder: root + "/phone-data")
        let laptop = SyncFolderStore(folder: root + "/shared", device: try device("laptop"), now: { clock.now() })
        let uncached = SyncFolderStore(folder: root + "/shared", device: try device("phone"), now: { clock.now() })
        try phone.save(try ConformanceFixtures.couple(moments: 300))
        try laptop.append(moment(5_000, "sam"))
        var logged = moment(4_999)  // logged on the phone: the phone's change log begins
        logged.changes = Changes(created: ChangeStamp(millis: 1_790_000_000_000, device: phone.device))
        try phone.append(logged)
        #expect(phone.loadFromCopy() == nil, "no copy before a report")
        _ = try phone.loadForReport(momentsFrom: range.0, to: range.1)
        #expect(try #require(phone.loadFromCopy()).journal == (try uncached.load()))
        var early = moment(5_001)
        early.at = moment(3).at.addingTimeInterval(1)
        try phone.append(early)
        #expect(try #require(phone.loadFromCopy()).journal == (try uncached.load()), "after an append, in the folder's order")
        #expect(try phone.load() == (try uncached.load()))

        try laptop.append(moment(5_002, "sam"))
        #expect(phone.loadFromCopy() == nil)
        #expect(try phone.load().moments.contains { $0.id == moment(5_002, "sam").id })
        _ = try phone.loadForReport(momentsFrom: range.0, to: range.1)
        #expect(phone.loadFromCopy() != nil)
        let conflict = root + "/shared/micromance-laptop.changes.sync-conflict-20261204-101112-ABCDEFG.jsonl"
        try Data().write(to: URL(fileURLWithPath: conflict))
        #expect(phone.loadFromCopy() == nil)
        try FileManager.default.removeItem(atPath: conflict)

        // A moment removed over 30 days ago: its words are in the files until a fold drops them.
        var journal = try phone.load()
        journal.moments.removeAll { $0.id == moment(4_999).id }  // logged here, so its words are due to go
        try phone.save(journal)
        _ = try phone.loadForReport(momentsFrom: range.0, to: range.1)
        #expect(phone.loadFromCopy() != nil)
        let later = SteppingClock(1_790_000_000 + 40 * 86_400)
        let phoneLater = SyncFolderStore(
            folder: phone.folder, device: phone.device, now: { later.now() }, cacheFolder: root + "/phone-data")
        #expect(phoneLater.loadFromCopy() == nil)
    }

    /// Damage in another device's files is told on every report, so no copy is kept from a
    /// read that found it; once the file is mended, the next report keeps one again.
    @Test func damageIsToldOnEveryReportNotHiddenByTheCopy() throws {
        let root = freshPath()
        let reported = Reported()
        let phone = SyncFolderStore(
            folder: root + "/shared", device: try device("phone"), cacheFolder: root + "/phone-data", problems: { reported.add($0) })
        let couple = try ConformanceFixtures.couple(moments: 700)
        try phone.save(couple)
        // (Not read back with `load()`: a whole read of the sound folder would keep a copy.)
        var entry = Journal(settings: couple.settings)
        entry.moments = [moment(5_800, "sam")]
        var line = JournalJSON.encode(entry).filter { $0 != 10 }
        line.append(10)
        let other = SyncFolderFiles.changes(root + "/shared", try device("laptop"))
        try SecureFile.replace(other, with: line + Array("{ not json }\n".utf8) + line)
        for _ in 0..<3 { _ = try phone.loadForReport(momentsFrom: range.0, to: range.1) }
        #expect(reported.all.filter { $0.file == other && $0.line == 2 }.count == 3)
        #expect(phone.reportFilesBeforeAppend() == nil, "a copy was kept from a damaged read")
        try SecureFile.replace(other, with: line)
        let mended = try phone.loadForReport(momentsFrom: range.0, to: range.1)
        #expect(mended.history.momentCount == 701 && phone.reportFilesBeforeAppend() != nil)
        #expect(reported.all.count == 3)
    }

    @Test func anEncryptedOrUncachedFolderKeepsNoCopy() throws {
        let root = freshPath()
        let plain = SyncFolderStore(folder: root + "/shared", device: try device("phone"))
        try plain.save(try ConformanceFixtures.couple(moments: 30))
        let report = try plain.loadForReport(momentsFrom: range.0, to: range.1)
        #expect(report.history.momentCount == 30 && plain.cacheBase == nil)
    }
}
