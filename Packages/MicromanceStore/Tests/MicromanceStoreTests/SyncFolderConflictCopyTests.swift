import Foundation
import MicromanceModel
import MicromanceStoreTestKit
import Testing

@testable import MicromanceStore

/// A sync tool's conflict copies of a device's files: a tool that puts an older file back and
/// keeps the newer under another name must not lose what only the newer one holds.
@Suite struct SyncFolderConflictCopyTests {
    private func moment(_ index: Int, _ giver: String = "alex") -> Moment {
        ConformanceFixtures.moment(index: index, giver: Identifier(giver), receiver: Identifier(giver == "alex" ? "sam" : "alex"))
    }

    private func names(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    /// A shared folder where the phone saved a couple and the laptop logged moment 50.
    private func twoDevices() throws -> (shared: String, phone: SyncFolderStore, laptop: SyncFolderStore) {
        let root = freshPath()
        let shared = root + "/shared"
        let phone = SyncFolderStore(folder: shared, device: try device("phone"), cacheFolder: root + "/phone-data")
        let laptop = SyncFolderStore(folder: shared, device: try device("laptop"), cacheFolder: root + "/laptop-data")
        try phone.save(try ConformanceFixtures.couple(moments: 3))
        try laptop.append(moment(50, "sam"))
        return (shared, phone, laptop)
    }

    @Test func theNamesOfConflictCopiesAreKnown() throws {
        let phone = try device("phone")
        for name in [
            "micromance-phone.changes.sync-conflict-20261204-101112-ABCDEFG.jsonl",
            "micromance-phone.changes (Lena's conflicted copy 2026-12-04).jsonl",
            "micromance-phone.changes (conflicted copy 2026-12-04 101112).jsonl",
            "micromance-phone.changes.jsonl (Conflict on 2026-12-04)",
        ] {
            let copy = SyncFolderFiles.conflictCopy(name)
            #expect(copy?.device == phone && copy?.snapshot == false, "\(name)")
        }
        let snapshot = SyncFolderFiles.conflictCopy("micromance-phone.snapshot.sync-conflict-20261204-101112-ABCDEFG.json")
        #expect(snapshot?.device == phone && snapshot?.snapshot == true)
        for name in [
            "micromance-phone.changes.jsonl", "micromance-phone.snapshot.json", "micromance-phone.changes.jsonl.torn",
            ".syncthing.micromance-phone.changes.sync-conflict-1.jsonl.tmp", "micromance-phone.conflict.txt",
            "micromance-Phone!.changes (conflicted copy).jsonl", "notes (conflicted copy).txt",
            "micromance-phone.changes.sync-conflict-1.jsonl.partial",
        ] {
            #expect(SyncFolderFiles.conflictCopy(name) == nil, "\(name)")
        }
    }

    /// Dropbox renamed this device's change log and put an older one back: the moments only the
    /// renamed copy holds are read, shown by `status`, and folded in (the copy removed) at the
    /// next change; the other device sees them all along.
    @Test func anOlderChangeLogPutBackLosesNothing() throws {
        let (shared, phone, laptop) = try twoDevices()
        try phone.append(moment(100))
        let log = SyncFolderFiles.changes(shared, try device("phone"))
        let older = try Data(contentsOf: URL(fileURLWithPath: log))
        try phone.append(moment(101))
        try phone.append(moment(102))
        let copy = shared + "/micromance-phone.changes (Sam's conflicted copy 2026-12-04).jsonl"
        try FileManager.default.moveItem(atPath: log, toPath: copy)
        try older.write(to: URL(fileURLWithPath: log))

        let expected = Set([50, 100, 101, 102].map { moment($0, $0 == 50 ? "sam" : "alex").id })
        #expect(expected.isSubset(of: Set(try phone.load().moments.map(\.id))))
        #expect(expected.isSubset(of: Set(try laptop.load().moments.map(\.id))))
        let mine = try #require(try phone.status().first { $0.isThisDevice })
        #expect(mine.conflictCopies == [copy])

        // The next log, through the quick path: the copy is new to the index, so the folder is
        // read whole, the moment is checked against what the copy holds, and the copy is folded.
        var appending = try phone.loadForAppending()
        try phone.append(moment(103), to: &appending)
        #expect(!FileManager.default.fileExists(atPath: copy), "folded into a new snapshot and removed")
        #expect(try phone.status().allSatisfy { $0.conflictCopies.isEmpty })
        for store in [phone, laptop] {
            let ids = Set(try store.load().moments.map(\.id))
            #expect(expected.union([moment(103).id]).isSubset(of: ids))
            #expect(ids.count == 3 + 5)
        }
    }

    /// Syncthing kept this device's newer snapshot as a conflict copy and put an older one back.
    @Test func anOlderSnapshotPutBackLosesNothing() throws {
        let root = freshPath()
        let shared = root + "/shared"
        let phone = SyncFolderStore(folder: shared, device: try device("phone"), cacheFolder: root + "/phone-data")
        var journal = try ConformanceFixtures.couple(moments: 3)
        try phone.save(journal)
        let snapshot = SyncFolderFiles.snapshot(shared, try device("phone"))
        let older = try Data(contentsOf: URL(fileURLWithPath: snapshot))
        journal = try phone.load()
        try journal.log(moment(100))
        try phone.save(journal)
        let copy = shared + "/micromance-phone.snapshot.sync-conflict-20261204-101112-ABCDEFG.json"
        try FileManager.default.moveItem(atPath: snapshot, toPath: copy)
        try older.write(to: URL(fileURLWithPath: snapshot))

        #expect(try phone.load().moments.count == 4)
        try phone.append(moment(101))
        #expect(!FileManager.default.fileExists(atPath: copy))
        #expect(try phone.load().moments.count == 5)
    }

    /// Another device's copy is read here and left for that device to fold in; a copy still
    /// arriving (its last line unfinished) is read as far as it goes and kept.
    @Test func anotherDevicesCopyIsReadAndLeftForIt() throws {
        let (shared, phone, laptop) = try twoDevices()
        let log = SyncFolderFiles.changes(shared, try device("laptop"))
        let older = try Data(contentsOf: URL(fileURLWithPath: log))
        try laptop.append(moment(51, "sam"))
        try laptop.append(moment(52, "sam"))
        let copy = shared + "/micromance-laptop.changes.sync-conflict-20261204-101112-ABCDEFG.jsonl"
        let whole = try Data(contentsOf: URL(fileURLWithPath: log))
        try whole.prefix(whole.count - 10).write(to: URL(fileURLWithPath: copy))  // still arriving
        try older.write(to: URL(fileURLWithPath: log))

        let seen = Set(try phone.load().moments.map(\.id))
        #expect(seen.contains(moment(51, "sam").id) && !seen.contains(moment(52, "sam").id))
        try phone.append(moment(100))
        #expect(FileManager.default.fileExists(atPath: copy), "not this device's to remove")
        // Whole at last, and folded by the device it belongs to.
        try whole.write(to: URL(fileURLWithPath: copy))
        try laptop.append(moment(53, "sam"))
        #expect(!FileManager.default.fileExists(atPath: copy))
        let ids = Set(try phone.load().moments.map(\.id))
        #expect(Set([50, 51, 52, 53].map { moment($0, "sam").id }).isSubset(of: ids) && ids.contains(moment(100).id))
        #expect(try names(shared).allSatisfy { !$0.contains("conflict") })
    }
}

/// An older copy of this device's change log put back with no conflict copy beside it (a
/// careless copy between folders, a restored backup): the lines this device wrote since come
/// back from its own record, with a warning, and are written to the folder again.
@Suite struct SyncFolderOwnRecordTests {
    private func moment(_ index: Int, _ giver: String = "alex") -> Moment {
        ConformanceFixtures.moment(index: index, giver: Identifier(giver), receiver: Identifier(giver == "alex" ? "sam" : "alex"))
    }

    @Test func anOlderOwnLogPutBackLosesNothing() throws {
        let root = freshPath()
        let shared = root + "/shared"
        let problems = ProblemBox()
        let phone = SyncFolderStore(
            folder: shared, device: try device("phone"), cacheFolder: root + "/phone-data", problems: { problems.add($0) })
        let laptop = SyncFolderStore(folder: shared, device: try device("laptop"))
        try phone.save(try ConformanceFixtures.couple(moments: 3))
        try laptop.append(moment(50, "sam"))
        try phone.append(moment(100))
        let log = SyncFolderFiles.changes(shared, try device("phone"))
        let older = try Data(contentsOf: URL(fileURLWithPath: log))
        try phone.append(moment(101))
        var appending = try phone.loadForAppending()
        try phone.append(moment(102), to: &appending)
        try older.write(to: URL(fileURLWithPath: log))  // no conflict copy: the newer lines are gone from the folder

        let ids = Set([100, 101, 102].map { moment($0).id })
        #expect(ids.isSubset(of: Set(try phone.load().moments.map(\.id))))
        #expect(problems.all.contains { $0.kind == .ownLogWentBack && $0.description.contains("2 of the changes") })
        // The next change writes them back: the other device sees them too.
        appending = try phone.loadForAppending()
        try phone.append(moment(103), to: &appending)
        #expect(ids.union([moment(103).id]).isSubset(of: Set(try laptop.load().moments.map(\.id))))
        #expect(phone.linesMissingFromOwnLog().isEmpty)
        #expect(try permissions(try #require(phone.ownRecordPath)) == 0o600)
        // A fold empties the record with the log: nothing is taken for lost afterwards.
        try phone.save(try phone.load())
        let folded = SyncFolderStore(
            folder: shared, device: try device("phone"), compactAfterBytes: 1, cacheFolder: root + "/phone-data")
        try folded.append(moment(104))
        #expect(folded.linesMissingFromOwnLog().isEmpty)
        #expect(Set(try laptop.load().moments.map(\.id)).contains(moment(104).id))
        #expect(!FileManager.default.fileExists(atPath: try #require(phone.ownRecordPath)))
    }
}

/// Problems reported by a store, collected for a test.
final class ProblemBox: @unchecked Sendable {
    private let lock = NSLock()
    private var problems = [SyncFolderProblem]()
    func add(_ problem: SyncFolderProblem) { lock.withLock { problems.append(problem) } }
    var all: [SyncFolderProblem] { lock.withLock { problems } }
    func clear() { lock.withLock { problems.removeAll() } }
}
