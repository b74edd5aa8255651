import Foundation
import MicromanceModel
import MicromanceStoreTestKit
import Testing

@testable import MicromanceStore

/// A shared folder put back to an older state as a whole (a phone's home folder restored from a
/// backup, then synced): the other device keeps what it had read and writes it back.
@Suite struct SyncFolderWentBackTests {
    /// Moment `index`, stamped as logged on the device of its giver (alex's phone, sam's laptop),
    /// as the CLI stamps every moment it logs.
    private func moment(_ index: Int, _ giver: String = "alex") -> Moment {
        var moment = ConformanceFixtures.moment(
            index: index, giver: Identifier(giver), receiver: Identifier(giver == "alex" ? "sam" : "alex"))
        if let device = DeviceID(giver == "alex" ? "phone" : "laptop") {
            moment.changes = Changes(created: ChangeStamp(millis: 1_800_000_000_000 + Int64(index) * 1000, device: device))
        }
        return moment
    }

    /// Every file of `folder`, name and bytes.
    private func files(_ folder: String) throws -> [String: Data] {
        var all = [String: Data]()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            all[name] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
        }
        return all
    }

    /// Puts `folder` back to `older`: files it did not hold are deleted, as a sync tool does.
    private func putBack(_ folder: String, _ older: [String: Data]) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where older[name] == nil {
            try FileManager.default.removeItem(atPath: folder + "/" + name)
        }
        for (name, bytes) in older { try bytes.write(to: URL(fileURLWithPath: folder + "/" + name)) }
    }

    private let whole = (Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: 4e9))

    /// A shared folder where the phone (which keeps a data folder, and tells its problems to
    /// `problems`) saved a couple, and a laptop.
    private func couple(
        _ problems: ProblemBox = ProblemBox(), laptopData: Bool = false
    ) throws -> (shared: String, root: String, phone: SyncFolderStore, laptop: SyncFolderStore) {
        let root = freshPath()
        let shared = root + "/shared"
        let phone = SyncFolderStore(
            folder: shared, device: try device("phone"), cacheFolder: root + "/phone-data", problems: { problems.add($0) })
        let laptop = SyncFolderStore(folder: shared, device: try device("laptop"), cacheFolder: laptopData ? root + "/laptop-data" : nil)
        try phone.save(try ConformanceFixtures.couple(moments: 3))
        return (shared, root, phone, laptop)
    }

    @Test func aFolderPutBackLosesNothingThisDeviceHadRead() throws {
        let problems = ProblemBox()
        let (shared, root, phone, laptop) = try couple(problems, laptopData: true)
        try laptop.append(moment(50, "sam"))
        try laptop.append(moment(51, "sam"))
        let backup = try files(shared)  // the laptop's home folder, backed up

        // Two weeks more: both log, the laptop removes a moment; the phone reads every day.
        try laptop.append(moment(60, "sam"))
        try laptop.append(moment(61, "sam"))
        var withoutOne = try laptop.load()
        withoutOne.moments.removeAll { $0.id == moment(51).id }
        try laptop.save(withoutOne)
        try phone.append(moment(70))
        _ = try phone.loadForReport(momentsFrom: whole.0, to: whole.1)
        #expect(problems.all.isEmpty)

        // The laptop's home folder is restored, and the sync tool carries the older files over.
        try putBack(shared, backup)
        let restored = SyncFolderStore(folder: shared, device: try device("laptopb"), cacheFolder: root + "/laptop-new")
        #expect(!Set(try restored.load().moments.map(\.id)).contains(moment(60).id))

        // The phone still shows all of it, says what happened, and nothing removed comes back.
        let seen = Set(try phone.load().moments.map(\.id))
        #expect(Set([60, 61, 70].map { moment($0).id }).isSubset(of: seen))
        #expect(!seen.contains(moment(51).id))
        let told = problems.all.filter { $0.kind == .folderWentBack }
        #expect(told.count == 1)
        #expect(told.first?.description.contains("2 moments and 1 removal that this device had read are no longer in it") == true)
        #expect(try permissions(try #require(phone.recoveredPath)) == 0o600)

        // Its next change writes them back: the restored laptop gets them from the folder.
        try phone.append(moment(71))
        let back = Set(try restored.load().moments.map(\.id))
        #expect(Set([60, 61, 70, 71].map { moment($0).id }).isSubset(of: back))
        #expect(!back.contains(moment(51).id))
        #expect(!FileManager.default.fileExists(atPath: try #require(phone.recoveredPath)))
        problems.clear()
        _ = try phone.loadForReport(momentsFrom: whole.0, to: whole.1)
        #expect(problems.all.isEmpty)
    }

    /// A device that read the newer folder only with a plain read (`history`), never a report,
    /// still notices when an older copy of another device's change log comes back, and keeps
    /// what it had read (a new user's trial: the removed moment came back on that phone without
    /// a word).
    @Test func aPlainReadIsEnoughToNoticeTheFolderGoingBack() throws {
        let problems = ProblemBox()
        let (shared, _, phone, laptop) = try couple(problems)
        try laptop.append(moment(50, "sam"))
        let older = try files(shared)
        try laptop.append(moment(60, "sam"))
        var withoutOne = try laptop.load()
        withoutOne.moments.removeAll { $0.id == moment(50).id }
        try laptop.save(withoutOne)
        let read = Set(try phone.load().moments.map(\.id))
        #expect(read.contains(moment(60).id) && !read.contains(moment(50).id))
        #expect(problems.all.isEmpty)
        // A second plain read of the same files takes the copy it kept.
        #expect(Set(try phone.load().moments.map(\.id)) == read)

        // The sync tool brings the older files back.
        try putBack(shared, older)
        let again = Set(try phone.load().moments.map(\.id))
        #expect(again.contains(moment(60).id), "a moment the phone had read was lost")
        #expect(!again.contains(moment(50).id), "a removal the phone had read was undone")
        #expect(problems.all.filter { $0.kind == .folderWentBack }.count == 1, "\(problems.all)")
    }

    @Test func newerChangesOverOlderOnesAreNoLoss() throws {
        let problems = ProblemBox()
        let (_, _, phone, laptop) = try couple(problems)
        try laptop.append(moment(40))
        var noted = try phone.load()
        let index = try #require(noted.moments.firstIndex { $0.id == moment(40).id })
        noted.moments[index].note = "first, on the phone"
        try phone.save(noted)
        _ = try phone.loadForReport(momentsFrom: whole.0, to: whole.1)
        // The laptop edits the same note: the phone's newest stamp is gone from the joined
        // journal, which is no loss.
        var edited = try laptop.load()
        let same = try #require(edited.moments.firstIndex { $0.id == moment(40).id })
        edited.moments[same].note = "later, on the laptop"
        try laptop.save(edited)
        let read = try phone.load()
        #expect(read.moments.first { $0.id == moment(40).id }?.note == "later, on the laptop")
        #expect(!problems.all.contains { $0.kind == .folderWentBack })
        #expect(!FileManager.default.fileExists(atPath: try #require(phone.recoveredPath)))
    }

    @Test func aRecoveryThatCannotBeWrittenBackStaysKept() throws {
        let (shared, _, phone, laptop) = try couple()
        try laptop.append(moment(50, "sam"))
        let backup = try files(shared)
        try laptop.append(moment(60, "sam"))
        try phone.append(moment(70))
        _ = try phone.loadForReport(momentsFrom: whole.0, to: whole.1)
        try putBack(shared, backup)
        // Read twice before writing: what was kept is read again, not lost or doubled.
        #expect(try phone.load().moments.filter { $0.id == moment(60).id }.count == 1)
        #expect(try phone.load().moments.filter { $0.id == moment(60).id }.count == 1)
        // Any save writes it back.
        try phone.save(try phone.load())
        #expect(Set(try laptop.load().moments.map(\.id)).isSuperset(of: [moment(60).id, moment(70).id]))
    }
}
