import Foundation
import MicromanceModel
import MicromanceStore
import MicromanceStoreTestKit
import MicromanceSyncCrypto
import Testing

/// A scratch folder, removed by the caller.
func scratch() -> String {
    NSTemporaryDirectory() + "micromance-crypto-" + UUID().uuidString
}

/// scrypt's cost in tests: small, so a test makes many folders quickly (the header says it).
let testRounds = 1 << 10

func device(_ name: String) -> DeviceID { DeviceID(name) ?? .imported }

/// Every file under `folder`, by name.
func files(in folder: String) throws -> [String: Data] {
    var found = [String: Data]()
    for name in try FileManager.default.contentsOfDirectory(atPath: folder) where !name.hasPrefix(".") {
        found[name] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
    }
    return found
}

@Suite struct EncryptedFolderTests {
    @Test func theConformanceKitPasses() throws {
        let root = scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let summary = try StoreConformance(makeStore: {
            let folder = root + "/" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let key = try EncryptedSyncFolder.create(folder: folder, passphrase: "correct horse battery", rounds: testRounds)
            return SyncFolderStore(folder: folder, device: device("k3x9q2m7abcd"), seal: SealedFolder(key: key))
        }).run()
        #expect(summary.passed.contains("every field round trip") && summary.passed.contains("concurrent appends"), "\(summary)")
    }

    /// Two phones share a folder; every byte in it is searched for the journal's words, its
    /// names, its times and its numbers: none is there.
    @Test func nothingOfTheJournalIsInTheFolder() throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let key = try EncryptedSyncFolder.create(folder: folder, passphrase: "our secret garden", rounds: testRounds)
        let maya = SyncFolderStore(folder: folder, device: device("maya0000aaaa"), seal: SealedFolder(key: key))
        let jonas = SyncFolderStore(folder: folder, device: device("jonas000bbbb"), seal: SealedFolder(key: key))
        var journal = try ConformanceFixtures.everyField()
        journal.partners[0].preferences.append("MARKERPREF oat flat white")
        journal.partners[0].ideas.append("MARKERIDEA slow dance [touch]")
        try maya.save(journal)
        var shared = try jonas.load()
        let moment = Moment(
            id: "markermoment1", at: Date(timeIntervalSince1970: 1_796_000_000), timeZone: "Europe/Berlin",
            giver: journal.partners[1].id, receiver: journal.partners[0].id, title: "MARKERTITLE kitchen disco",
            note: "MARKERNOTE after the long day")
        try jonas.append(moment, to: &shared)
        shared.reflections.append(
            ReflectionAnswer(
                id: "markeranswer", at: Date(timeIntervalSince1970: 1_796_000_100), timeZone: "Europe/Berlin",
                question: "What made you feel loved?", answer: "MARKERANSWER the tea"))
        try jonas.save(shared)
        let back = try maya.load()
        #expect(back.moments.contains { $0.title == "MARKERTITLE kitchen disco" })
        #expect(back.reflections.contains { $0.answer == "MARKERANSWER the tea" })
        var needles = ["MARKER", "kitchen", "oat flat", "Europe/Berlin", "2026-", "2027-", "Asia/Kolkata", "schemaVersion", "moments"]
        needles += journal.partners.map(\.name) + journal.partners.map(\.id.rawValue)
        needles += journal.moments.prefix(20).map(\.title).filter { $0.count > 3 }
        let all = try files(in: folder)
        #expect(all.count == 3, "\(all.keys.sorted())")  // the header, Maya's snapshot, Jonas's change log
        for (name, bytes) in all where name != SyncFolderStore.sealHeaderName {
            let text = String(decoding: bytes, as: UTF8.self)
            for needle in needles where !needle.isEmpty {
                #expect(!text.localizedCaseInsensitiveContains(needle), "\(name) holds \(needle)")
            }
        }
        let header = try #require(all[SyncFolderStore.sealHeaderName])
        #expect(!String(decoding: header, as: UTF8.self).contains("secret garden"))
    }

    @Test func aWrongPassphraseOpensNothingAndAPlainStoreIsRefused() throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let key = try EncryptedSyncFolder.create(folder: folder, passphrase: "our secret garden", rounds: testRounds)
        try SyncFolderStore(folder: folder, device: device("maya0000aaaa"), seal: SealedFolder(key: key)).save(
            try ConformanceFixtures.couple(moments: 5))
        let header = try #require(try SealHeader.read(folder: folder))
        #expect(throws: FolderKey.Failure.wrongPassphrase) { try FolderKey.unlock(header, passphrase: "our secret gardens") }
        #expect(try FolderKey.unlock(header, passphrase: "our secret garden").id == header.id)
        let before = try files(in: folder)
        // Without the seal, the folder is refused by name, and nothing is written.
        let plain = SyncFolderStore(folder: folder, device: device("jonas000bbbb"))
        #expect { try plain.load() } throws: { "\($0)".contains("encrypted") }
        #expect { try plain.save(Journal()) } throws: { "\($0)".contains("encrypted") }
        // Another folder's key (the same name, another passphrase) does not open its files either.
        let other = scratch()
        defer { try? FileManager.default.removeItem(atPath: other) }
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        let wrong = try EncryptedSyncFolder.create(folder: other, passphrase: "another passphrase", rounds: testRounds)
        #expect(!wrong.opensCheck(of: header))
        let forged = SyncFolderStore(folder: folder, device: device("maya0000aaaa"), seal: SealedFolder(key: wrong))
        #expect { try forged.load() } throws: { "\($0)".contains("does not open") }
        #expect(try files(in: folder) == before)
        #expect(throws: FolderKey.Failure.weakPassphrase(minimum: 8)) { try FolderKey.create(passphrase: "short", rounds: testRounds) }
    }

    /// Lines swapped within a log, moved to another device's log, or a log line put in place
    /// of a snapshot: each fails to open and is reported as damage with its place.
    @Test func movedAndForgedLinesAreDamageNotData() throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let key = try EncryptedSyncFolder.create(folder: folder, passphrase: "our secret garden", rounds: testRounds)
        let seal = SealedFolder(key: key)
        let maya = SyncFolderStore(folder: folder, device: device("maya0000aaaa"), seal: seal)
        try maya.save(try ConformanceFixtures.couple(moments: 2))
        let jonas = SyncFolderStore(folder: folder, device: device("jonas000bbbb"), seal: seal)
        var journal = try jonas.load()
        for index in 0..<4 {
            let moment = Moment(
                id: Identifier("later\(index)"), at: Date(timeIntervalSince1970: 1_796_000_000 + Double(index) * 60), timeZone: "UTC",
                giver: journal.partners[0].id, receiver: journal.partners[1].id, title: "Later \(index)")
            try jonas.append(moment, to: &journal)
        }
        #expect(try maya.load().moments.count == 6)
        let log = folder + "/micromance-jonas000bbbb.changes.jsonl"
        let original = try String(contentsOfFile: log, encoding: .utf8)
        var lines = original.split(separator: "\n").map(String.init)
        try #require(lines.count == 4)
        func problems() throws -> [SyncFolderProblem] {
            let seen = ProblemBox()
            let reader = SyncFolderStore(folder: folder, device: device("maya0000aaaa"), seal: seal) { seen.add($0) }
            _ = try reader.load()
            return seen.all
        }
        // Swapped: the third line in place of the second.
        lines.swapAt(1, 2)
        try (lines.joined(separator: "\n") + "\n").write(toFile: log, atomically: true, encoding: .utf8)
        let swapped = try problems()
        #expect(swapped.first?.line == 2 && swapped.first?.kind == .damagedLine, "\(swapped)")
        // A tampered character in the last line.
        lines = original.split(separator: "\n").map(String.init)
        var last = Array(lines[3])
        last[10] = last[10] == "A" ? "B" : "A"
        lines[3] = String(last)
        try (lines.joined(separator: "\n") + "\n").write(toFile: log, atomically: true, encoding: .utf8)
        #expect(try problems().first?.line == 4)
        // Jonas's first line copied into a log of Maya's.
        try original.write(toFile: log, atomically: true, encoding: .utf8)
        try (String(original.split(separator: "\n")[0]) + "\n").write(
            toFile: folder + "/micromance-maya0000aaaa.changes.jsonl", atomically: true, encoding: .utf8)
        #expect { try maya.load() } throws: { "\($0)".contains("does not open") }
        try FileManager.default.removeItem(atPath: folder + "/micromance-maya0000aaaa.changes.jsonl")
        // A last line still arriving (no line break yet) is not damage: it waits, said as arriving.
        try (original + String(original.split(separator: "\n")[0].prefix(20))).write(toFile: log, atomically: true, encoding: .utf8)
        #expect(try problems().map(\.kind) == [.stillArriving])
        #expect(try maya.load().moments.count == 6)
    }
}

/// Problems told by a store, gathered.
final class ProblemBox: @unchecked Sendable {
    private let lock = NSLock()
    private var problems = [SyncFolderProblem]()
    func add(_ problem: SyncFolderProblem) { lock.withLock { problems.append(problem) } }
    var all: [SyncFolderProblem] { lock.withLock { problems } }
}

@Suite struct PassphraseAndForgeryTests {
    /// A folder of two devices with a snapshot and a log each, for the tests below.
    static func twoDevices(_ folder: String, passphrase: String = "our secret garden") throws -> FolderKey {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let key = try EncryptedSyncFolder.create(folder: folder, passphrase: passphrase, rounds: testRounds)
        let maya = SyncFolderStore(folder: folder, device: device("maya0000aaaa"), seal: SealedFolder(key: key))
        try maya.save(try ConformanceFixtures.couple(moments: 3))
        let jonas = SyncFolderStore(folder: folder, device: device("jonas000bbbb"), seal: SealedFolder(key: key))
        var journal = try jonas.load()
        for index in 0..<3 {
            try jonas.append(
                Moment(
                    id: Identifier("j\(index)"), at: Date(timeIntervalSince1970: 1_796_000_000 + Double(index)), timeZone: "UTC",
                    giver: journal.partners[1].id, receiver: journal.partners[0].id, title: "From Jonas \(index)"),
                to: &journal)
        }
        var mine = try maya.load()
        try maya.append(
            Moment(
                id: "m9", at: Date(timeIntervalSince1970: 1_796_000_100), timeZone: "UTC", giver: mine.partners[0].id,
                receiver: mine.partners[1].id, title: "From Maya"), to: &mine)
        return key
    }

    @Test func aNewPassphraseSealsEveryFileAgainAndTheOldKeyOpensNothing() throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let old = try Self.twoDevices(folder)
        let before = try SyncFolderStore(folder: folder, device: device("maya0000aaaa"), seal: SealedFolder(key: old)).load()
        let (key, resealed) = try EncryptedSyncFolder.changePassphrase(
            folder: folder, from: old, to: "a brand new phrase", rounds: testRounds)
        #expect(resealed.files == 3 && resealed.leftOut == 0)  // Maya's snapshot and log, Jonas's log
        let header = try #require(try SealHeader.read(folder: folder))
        #expect(!old.opensCheck(of: header) && key.opensCheck(of: header) && key.id == old.id)
        #expect(try FolderKey.unlock(header, passphrase: "a brand new phrase").id == key.id)
        #expect(throws: FolderKey.Failure.wrongPassphrase) { try FolderKey.unlock(header, passphrase: "our secret garden") }
        let after = try SyncFolderStore(folder: folder, device: device("jonas000bbbb"), seal: SealedFolder(key: key)).load()
        #expect(after.moments.map(\.id).sorted() == before.moments.map(\.id).sorted() && after.moments.count == 7)
        #expect { try SyncFolderStore(folder: folder, device: device("maya0000aaaa"), seal: SealedFolder(key: old)).load() } throws: {
            "\($0)".contains("does not open")
        }
        // The old key cannot change it again; nothing is written when it tries.
        let unchanged = try files(in: folder)
        #expect(throws: FolderKey.Failure.wrongPassphrase) {
            try EncryptedSyncFolder.changePassphrase(folder: folder, from: old, to: "yet another phrase", rounds: testRounds)
        }
        #expect(try files(in: folder) == unchanged)
    }

    /// The passphrase changed on the first device's copy while the second device, away, logged
    /// under the old key in its own copy. The new header and the first device's files arrive
    /// (the second device keeps its own log, as a sync tool's conflict rule would); with the new
    /// passphrase the second device seals its own files again and nothing it wrote is lost.
    @Test func aDeviceAwayDuringTheChangeSealsItsOwnFilesAgain() throws {
        let folder = scratch(), away = scratch()
        defer {
            try? FileManager.default.removeItem(atPath: folder)
            try? FileManager.default.removeItem(atPath: away)
        }
        let old = try Self.twoDevices(folder)
        try FileManager.default.copyItem(atPath: folder, toPath: away)
        let jonas = SyncFolderStore(folder: away, device: device("jonas000bbbb"), seal: SealedFolder(key: old))
        var journal = try jonas.load()
        try jonas.append(
            Moment(
                id: "offline1", at: Date(timeIntervalSince1970: 1_796_001_000), timeZone: "UTC", giver: journal.partners[1].id,
                receiver: journal.partners[0].id, title: "Logged while away"), to: &journal)
        let (key, _) = try EncryptedSyncFolder.changePassphrase(folder: folder, from: old, to: "a brand new phrase", rounds: testRounds)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where !name.contains("jonas000bbbb") {
            _ = try? FileManager.default.removeItem(atPath: away + "/" + name)
            try FileManager.default.copyItem(atPath: folder + "/" + name, toPath: away + "/" + name)
        }
        let blocked = SyncFolderStore(folder: away, device: device("jonas000bbbb"), seal: SealedFolder(key: key))
        #expect(throws: StoreError.self) { try blocked.load() }
        #expect(try EncryptedSyncFolder.resealOwnFiles(folder: away, device: device("jonas000bbbb"), from: old, to: key) == 1)
        #expect(try blocked.load().moments.contains { $0.title == "Logged while away" })
        #expect(try EncryptedSyncFolder.resealOwnFiles(folder: away, device: device("jonas000bbbb"), from: old, to: key) == 0)
    }

    /// Seeded damage and forgery of every kind on every file: flipped bytes, cut files, lines
    /// dropped, repeated or taken from another device, a plain JSON file put in place. Nothing
    /// crashes, and what is read is only ever what was sealed: every moment read is one that
    /// was written, word for word.
    @Test func damagedAndForgedFilesNeverGiveUnsealedData() throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let key = try Self.twoDevices(folder)
        let genuine = try SyncFolderStore(folder: folder, device: device("maya0000aaaa"), seal: SealedFolder(key: key)).load()
        let written = Set(genuine.moments)
        let originals = try files(in: folder).filter { $0.key != SyncFolderStore.sealHeaderName }
        var generator = SeededGenerator(seed: 20_261_202)
        for round in 0..<300 {
            let (name, bytes) = originals.sorted { $0.key < $1.key }[Int.random(in: 0..<originals.count, using: &generator)]
            var forged = Array(bytes)
            switch round % 6 {
            case 0:  // a byte changed
                let at = Int.random(in: 0..<forged.count, using: &generator)
                forged[at] = forged[at] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
            case 1: forged = Array(forged.prefix(Int.random(in: 0..<forged.count, using: &generator)))
            case 2:  // a line dropped
                var lines = forged.split(separator: 10, omittingEmptySubsequences: false)
                if lines.count > 2 { lines.remove(at: Int.random(in: 0..<(lines.count - 1), using: &generator)) }
                forged = Array(lines.joined(separator: [10]))
            case 3:  // a line repeated
                var lines = forged.split(separator: 10, omittingEmptySubsequences: false)
                if let first = lines.first { lines.insert(first, at: min(1, lines.count)) }
                forged = Array(lines.joined(separator: [10]))
            case 4:  // another device's file in its place
                forged = Array(originals.first { $0.key != name && $0.key.hasSuffix(String(name.suffix(6))) }?.value ?? Data())
            default: forged = Array(JournalJSON.encode(genuine))  // a plain journal
            }
            try Data(forged).write(to: URL(fileURLWithPath: folder + "/" + name))
            let reader = SyncFolderStore(folder: folder, device: device("other000cccc"), seal: SealedFolder(key: key))
            if let journal = try? reader.load() {
                #expect(Set(journal.moments).isSubset(of: written), "round \(round): \(name) gave moments that were never sealed")
            }
            try bytes.write(to: URL(fileURLWithPath: folder + "/" + name))
        }
    }
}
