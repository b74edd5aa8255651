import Foundation
import MicromanceModel
import MicromanceStoreTestKit
import Testing

@testable import MicromanceStore

/// A wall clock for tests: each reading is one second after the last.
final class SteppingClock: @unchecked Sendable {
    private let lock = NSLock()
    private var seconds: Double
    init(_ start: Double = 1_790_000_000) { seconds = start }
    func now() -> Date {
        lock.withLock {
            seconds += 1; return Date(timeIntervalSince1970: seconds)
        }
    }
}

func device(_ name: String) throws -> DeviceID { try #require(DeviceID(name)) }

/// Changes a store's journal as the CLI does: under the lock, stamped with the device's clock.
func change(_ store: SyncFolderStore, clock: SteppingClock, _ body: (inout Journal) throws -> Void) throws {
    try store.update { journal in
        let before = journal
        try body(&journal)
        var hlc = HybridClock(device: store.device, now: { clock.now() })
        hlc.observe(before.latestStamp)
        journal.stampChanges(since: before, at: hlc.tick())
    }
}

@Suite struct SyncFolderStoreTests {
    @Test func passesTheKit() throws {
        let id = try device("kit")
        try StoreConformance(
            makeStore: { SyncFolderStore(folder: freshPath(), device: id) },
            corrupt: { store in
                guard let store = store as? SyncFolderStore else { return }
                try "{ \"schemaVersion\" : 3, ".write(
                    toFile: SyncFolderFiles.snapshot(store.folder, id), atomically: false, encoding: .utf8)
            }
        ).run()
    }

    /// Three devices, each with its own copy of the shared folder, logging, editing and
    /// removing while their files are copied between the copies in random order, some copies
    /// cut short. After a full copy, all three read the same journal, with every change that
    /// no later change superseded. The same through a seal (``TestSeal``: every piece bound to
    /// its device and place, as an encrypted folder's are).
    @Test(arguments: [false, true]) func threeDevicesConvergeWhateverTheCopyOrder(sealed: Bool) throws {
        var random = SeededGenerator(seed: 42)
        let names = ["phone", "laptop", "tablet"]
        let root = freshPath()
        let folders = names.map { root + "/" + $0 }
        let clock = SteppingClock()
        let stores = try names.indices.map {
            SyncFolderStore(
                folder: folders[$0], device: try device(names[$0]),
                now: { clock.now() }, compactAfterBytes: 2_000, seal: sealed ? TestSeal() : nil,
                cacheFolder: root + "/cache-" + names[$0])
        }
        try stores[0].save(try ConformanceFixtures.couple(moments: 0))
        func copy(from owner: Int, to target: Int, torn: Bool) throws {
            let id = stores[owner].device
            for path in [SyncFolderFiles.snapshot, SyncFolderFiles.changes] {
                let source = path(folders[owner], id), destination = path(folders[target], id)
                guard var bytes = try? Data(contentsOf: URL(fileURLWithPath: source)) else {
                    try? FileManager.default.removeItem(atPath: destination)  // a log folded away
                    continue
                }
                if torn, bytes.count > 2 { bytes = bytes.prefix(Int.random(in: 1..<bytes.count, using: &random)) }
                try SecureFile.makeFolder(folders[target])
                try SecureFile.replace(destination, with: Array(bytes))
            }
        }
        for target in 1...2 { try copy(from: 0, to: target, torn: false) }

        var logged = [Identifier<Moment>: Int]()  // moment -> device that logged it
        var removed = Set<Identifier<Moment>>()
        var notes = [Identifier<Moment>: (ChangeStamp, String)]()
        for round in 0..<150 {
            let who = Int.random(in: 0..<3, using: &random)
            let store = stores[who]
            let view = try store.load()
            let shown = view.moments
            // A device logs once the couple has reached it (the first copy may still be on its way).
            guard view.partners.count == 2 else { continue }
            switch Int.random(in: 0..<5, using: &random) {
            case 0, 1:
                let moment = ConformanceFixtures.moment(index: round, giver: who == 1 ? "sam" : "alex", receiver: who == 1 ? "alex" : "sam")
                var stamped = moment
                var hlc = HybridClock(device: store.device, now: { clock.now() })
                hlc.observe(try store.load().latestStamp)
                stamped.changes = Changes(created: hlc.tick())
                try store.append(stamped)
                logged[moment.id] = who
            case 2, 3:
                guard let target = shown.randomElement(using: &random) else { continue }
                let note = "round \(round) on \(names[who])"
                try change(store, clock: clock) { journal in
                    guard let index = journal.moments.firstIndex(where: { $0.id == target.id }) else { return }
                    journal.moments[index].note = note
                }
                if let stamp = try store.load().moments.first(where: { $0.id == target.id })?.changes.stamp(of: "note") {
                    if notes[target.id].map({ stamp > $0.0 }) ?? true { notes[target.id] = (stamp, note) }
                }
            default:
                guard let target = shown.randomElement(using: &random) else { continue }
                try change(store, clock: clock) { $0.moments.removeAll { $0.id == target.id } }
                removed.insert(target.id)
            }
            // The sync tool carries some files, some of them only halfway for now.
            for _ in 0..<Int.random(in: 0...2, using: &random) {
                let owner = Int.random(in: 0..<3, using: &random), target = Int.random(in: 0..<3, using: &random)
                if owner != target { try copy(from: owner, to: target, torn: Int.random(in: 0..<4, using: &random) == 0) }
            }
        }
        for owner in 0..<3 { for target in 0..<3 where owner != target { try copy(from: owner, to: target, torn: false) } }
        let journals = try stores.map { try $0.load() }
        #expect(journals[0] == journals[1] && journals[1] == journals[2])
        #expect(
            logged.count > 30 && removed.count > 5 && notes.count > 10,
            "the rounds did too little: \(logged.count) \(removed.count) \(notes.count)")
        let ids = Set(journals[0].moments.map(\.id))
        for (id, _) in logged {
            // A removal wins unless the moment was edited after it; the edits here come before
            // (a device edits only what it shows), except when another device had not seen it.
            if !removed.contains(id) { #expect(ids.contains(id), "moment \(id) was lost") }
        }
        for moment in journals[0].moments {
            if let (_, note) = notes[moment.id] { #expect(moment.note == note, "moment \(moment.id): the latest note was lost") }
        }
        for status in try stores[0].status() { #expect(!status.incomplete) }
        #expect(try stores[0].status().count == 3)
    }

    /// The second device joined: who it is names a partner whose record is only in the first
    /// device's snapshot. While that snapshot is half copied again, the second device still
    /// opens (its partner is waited for), and is itself again once the file is whole.
    @Test func whoThisDeviceIsMayWaitForAnotherDevicesFile() throws {
        let folder = freshPath()
        let first = SyncFolderStore(folder: folder, device: try device("first"))
        try first.save(try ConformanceFixtures.couple(moments: 2))
        let second = SyncFolderStore(folder: folder, device: try device("second"))
        try second.update { journal in journal.settings.defaultGiver = "sam" }
        #expect(try second.load().settings.defaultGiver == "sam")
        let snapshot = SyncFolderFiles.snapshot(folder, try device("first"))
        let whole = try SecureFile.read(snapshot)
        try SecureFile.replace(snapshot, with: Array(whole.prefix(whole.count / 2)))
        let waiting = try second.load()
        #expect(waiting.partners.isEmpty && waiting.settings.defaultGiver == "sam")
        try SecureFile.replace(snapshot, with: whole)
        #expect(try second.load().partners.count == 2)
    }

    @Test func aHalfCopiedEntryIsLeftOutUntilItIsWhole() throws {
        let folder = freshPath()
        let mine = SyncFolderStore(folder: folder, device: try device("mine"))
        try mine.save(try ConformanceFixtures.couple(moments: 2))
        // Another device's log, its last entry still arriving.
        var entry = Journal(settings: try mine.load().settings)
        entry.moments = [ConformanceFixtures.moment(index: 50, giver: "sam", receiver: "alex")]
        var line = JournalJSON.encode(entry).filter { $0 != 10 }
        line.append(10)
        let other = SyncFolderFiles.changes(folder, try device("other"))
        try SecureFile.replace(other, with: line + Array(line.prefix(line.count / 2)))
        #expect(try mine.load().moments.count == 3)
        #expect(try mine.status().first { !$0.isThisDevice }?.incomplete == true)
        try SecureFile.replace(other, with: line + line)
        #expect(try mine.load().moments.count == 3)
        #expect(try mine.status().first { !$0.isThisDevice }?.incomplete == false)
        // A whole line of another device's log that does not read is damage: it and the lines
        // after it are set aside, what came before is kept, and the problem names file and line.
        let reported = Reported()
        let watching = SyncFolderStore(folder: folder, device: try device("mine"), problems: { reported.add($0) })
        try SecureFile.replace(other, with: line + Array("{ not json }\n".utf8) + line)
        #expect(try watching.load().moments.count == 3)
        let damage = try watching.status().first { !$0.isThisDevice }?.damage
        #expect(damage?.file == other && damage?.line == 2 && damage?.kind == .damagedLine)
        #expect(reported.all.contains { $0.line == 2 }, "the damage was not reported")
        // This device goes on logging.
        try watching.append(ConformanceFixtures.moment(index: 60, giver: "alex", receiver: "sam"))
        #expect(try watching.load().moments.count == 4)
        // The same damage in this device's own log is an error that names the file and line.
        let own = SyncFolderFiles.changes(folder, try device("mine"))
        let before = try SecureFile.read(own)
        try SecureFile.replace(own, with: Array("{ not json }\n".utf8) + before)
        do {
            _ = try watching.load()
            Issue.record("a broken entry in this device's own log was accepted")
        } catch {
            #expect("\(error)".contains(own + ":1"))
        }
    }

    /// A sync tool makes a file before it fills it: another device's only file, empty, is
    /// arriving, said so, and not taken for a device with nothing.
    @Test func anEmptyLogWithoutASnapshotIsArriving() throws {
        let folder = freshPath()
        let mine = SyncFolderStore(folder: folder, device: try device("mine"))
        try mine.save(try ConformanceFixtures.couple(moments: 2))
        try Data().write(to: URL(fileURLWithPath: SyncFolderFiles.changes(folder, try device("other"))))
        let reported = Reported()
        let store = SyncFolderStore(folder: folder, device: try device("mine"), problems: { reported.add($0) })
        #expect(try store.load().moments.count == 2)
        #expect(try store.status().first { !$0.isThisDevice }?.incomplete == true)
        #expect(reported.all.contains { $0.kind == .stillArriving })
    }

    @Test func anUnreadableSnapshotIsReportedAfterAMinute() throws {
        let folder = freshPath()
        let mine = SyncFolderStore(folder: folder, device: try device("mine"))
        try mine.save(try ConformanceFixtures.couple(moments: 2))
        let snapshot = SyncFolderFiles.snapshot(folder, try device("other"))
        var generator = SeededGenerator(seed: 7)
        try SecureFile.replace(snapshot, with: (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
        // Young: taken to be still arriving.
        let reported = Reported()
        let now = Date()
        let store = SyncFolderStore(folder: folder, device: try device("mine"), now: { now }, problems: { reported.add($0) })
        #expect(try store.load().moments.count == 2)
        #expect(try store.status().first { !$0.isThisDevice }?.incomplete == true)
        // Said as arriving, not as damage: each read says it, the folder named.
        #expect(!reported.all.isEmpty && reported.all.allSatisfy { $0.kind == .stillArriving && $0.file == folder })
        #expect(reported.all.first?.description.contains("device other's files are still arriving") == true)
        // A minute and more later it is damage, said so.
        let later = SyncFolderStore(
            folder: folder, device: try device("mine"), now: { now.addingTimeInterval(61) }, problems: { reported.add($0) })
        #expect(try later.load().moments.count == 2)
        #expect(try later.status().first { !$0.isThisDevice }?.damage?.kind == .unreadableSnapshot)
        #expect(reported.all.contains { $0.kind == .unreadableSnapshot && $0.file == snapshot })
    }

    @Test func filesOfSyncToolsAreIgnored() throws {
        let folder = freshPath()
        let store = SyncFolderStore(folder: folder, device: try device("mine"))
        let journal = try ConformanceFixtures.couple(moments: 3)
        try store.save(journal)
        for name in [
            "micromance-other.sync-conflict-20261126-101010-ABCDEFG.changes.jsonl",
            ".syncthing.micromance-other.changes.jsonl.tmp", "micromance-other (conflicted copy 2026-11-26).snapshot.json",
            ".unison.micromance-other.snapshot.json.123.unison.tmp", "micromance-other.changes.jsonl~", "notes.txt",
            "micromance-UPPER.snapshot.json",
        ] {
            try "garbage".write(toFile: folder + "/" + name, atomically: false, encoding: .utf8)
        }
        #expect(try store.load() == journal)
        #expect(try store.status().count == 1)
    }

    @Test func aFileFromANewerVersionIsRefusedAndNothingIsWritten() throws {
        let folder = freshPath()
        let store = SyncFolderStore(folder: folder, device: try device("mine"))
        try store.save(try ConformanceFixtures.couple(moments: 1))
        let newer = SyncFolderFiles.snapshot(folder, try device("future"))
        try "{ \"schemaVersion\" : 99, \"moments\" : [], \"hologram\" : {} }\n".write(toFile: newer, atomically: false, encoding: .utf8)
        let before = try Data(contentsOf: URL(fileURLWithPath: SyncFolderFiles.snapshot(folder, store.device)))
        #expect(throws: StoreError.self) { try store.load() }
        #expect(throws: StoreError.self) { try store.save(try ConformanceFixtures.couple(moments: 4)) }
        #expect(throws: StoreError.self) { try store.append(ConformanceFixtures.moment(index: 9, giver: "alex", receiver: "sam")) }
        do { _ = try store.load() } catch { #expect("\(error)".contains("format version 99")) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: SyncFolderFiles.snapshot(folder, store.device))) == before)
        #expect(!FileManager.default.fileExists(atPath: SyncFolderFiles.changes(folder, store.device)))
    }

    @Test func eachDeviceKeepsWhoItIsAndTheLogIsFolded() throws {
        let folder = freshPath()
        let clock = SteppingClock()
        let maya = SyncFolderStore(folder: folder, device: try device("maya"), now: { clock.now() }, compactAfterBytes: 600)
        let jonas = SyncFolderStore(folder: folder, device: try device("jonas"), now: { clock.now() }, compactAfterBytes: 600)
        var start = try ConformanceFixtures.couple(moments: 2)
        start.settings.defaultGiver = "alex"
        try maya.save(start)
        try change(jonas, clock: clock) { $0.settings.defaultGiver = "sam" }
        for index in 0..<6 {
            try change(jonas, clock: clock) { $0.moments[0].note = "note \(index)" }
        }
        #expect(try maya.load().settings.defaultGiver == "alex")
        #expect(try jonas.load().settings.defaultGiver == "sam")
        #expect(try maya.load().moments[0].note == "note 5")
        // Jonas's log grew past 600 bytes and was folded into his snapshot.
        #expect(FileManager.default.fileExists(atPath: SyncFolderFiles.snapshot(folder, jonas.device)))
        let status = try maya.status()
        #expect(status.map(\.device.rawValue) == ["maya", "jonas"])
        #expect(status[1].lastChange?.device.rawValue == "jonas")
        var shared = [try maya.load(), try jonas.load()]
        for index in shared.indices { shared[index].settings.defaultGiver = nil }
        #expect(shared[0] == shared[1])
    }

    /// A couple who only ever log: each append folds the log once it passes the size, so it
    /// never grows without bound (and reading stays quick at any age).
    @Test func appendsAloneFoldTheLog() throws {
        let folder = freshPath()
        let clock = SteppingClock()
        let store = SyncFolderStore(folder: folder, device: try device("maya"), now: { clock.now() }, compactAfterBytes: 2_000)
        try store.save(try ConformanceFixtures.couple(moments: 0))
        var largest = 0
        for index in 0..<40 {
            try store.append(ConformanceFixtures.moment(index: index, giver: "alex", receiver: "sam"))
            let size = (try? FileManager.default.attributesOfItem(atPath: SyncFolderFiles.changes(folder, store.device)))?[.size] as? Int
            largest = max(largest, size ?? 0)
        }
        #expect(largest > 0 && largest <= 2_000 + 1_000, "the change log reached \(largest) bytes")
        #expect(try store.load().moments.count == 40)
    }

    @Test func ownUnreadableFilesAreNeverOverwritten() throws {
        let folder = freshPath()
        let store = SyncFolderStore(folder: folder, device: try device("mine"))
        try store.save(try ConformanceFixtures.couple(moments: 1))
        let path = SyncFolderFiles.snapshot(folder, store.device)
        try "{ broken".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: StoreError.self) { try store.save(try ConformanceFixtures.couple(moments: 3)) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{ broken")
    }
}

/// Problems a sync folder store reported, collected for a test.
final class Reported: @unchecked Sendable {
    private let lock = NSLock()
    private var problems: [SyncFolderProblem] = []
    func add(_ problem: SyncFolderProblem) { lock.withLock { problems.append(problem) } }
    var all: [SyncFolderProblem] { lock.withLock { problems } }
}
