import Foundation
import MicromanceModel
import MicromanceStore
import Testing

@testable import MicromanceCommands

/// Two devices each with a copy of a sync folder, kept in step by a copier that keeps the
/// newer file of each name (as Dropbox or a naive script does when two copies differ) and,
/// as every sync tool does, passes on a deletion.
final class CopiedFolders {
    let cli: CommandHarness
    let names: [String]
    /// The files every copy held after the last sync.
    private var synced = Set<String>()

    init(_ names: [String], now: String = "2026-11-24T09:30:00+01:00", timeZone: String = "Europe/Paris") throws {
        cli = try CommandHarness(now: now, timeZone: timeZone)
        self.names = names
        for name in names {
            try FileManager.default.createDirectory(atPath: home(name) + "/shared", withIntermediateDirectories: true)
        }
    }

    func home(_ name: String) -> String { cli.folder + "/" + name }
    func folder(_ name: String) -> String { home(name) + "/shared" }
    func variables(_ name: String) -> [String: String] { ["HOME": home(name), "MICROMANCE_STORE": "sync:" + folder(name)] }

    @discardableResult
    func run(_ name: String, _ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) -> CommandHarness.Result {
        let result = cli.runList(arguments, variables: variables(name))
        #expect(result.code == 0, "\(name): \(arguments): \(result.errors)", sourceLocation: sourceLocation)
        return result
    }

    /// Every file of every copy goes to every other copy, the newer one of a name winning; a
    /// file one copy deleted since the last sync is deleted from the others.
    /// Alex starts the journal and adds Sam; once the folder has reached Sam's phone, Sam joins.
    func joinedCouple() throws {
        run("alex", "init", "--me", "Alex")
        run("alex", "partner", "add", "Sam")
        try sync()
        run("sam", "init", "--me", "Sam")
    }

    func sync() throws {
        let manager = FileManager.default
        var deleted = Set<String>()
        for name in names {
            let present = Set(try manager.contentsOfDirectory(atPath: folder(name)))
            deleted.formUnion(synced.subtracting(present))
        }
        for name in names {
            for file in deleted { try? manager.removeItem(atPath: folder(name) + "/" + file) }
        }
        var newest = [String: (date: Date, path: String)]()
        for name in names {
            for file in try manager.contentsOfDirectory(atPath: folder(name)) where file.hasPrefix("micromance-") {
                let path = folder(name) + "/" + file
                let date = try manager.attributesOfItem(atPath: path)[.modificationDate] as? Date ?? .distantPast
                if newest[file].map({ date > $0.date }) ?? true { newest[file] = (date, path) }
            }
        }
        for name in names {
            for (file, winner) in newest where winner.path != folder(name) + "/" + file {
                let target = folder(name) + "/" + file
                try? manager.removeItem(atPath: target)
                try manager.copyItem(atPath: winner.path, toPath: target)
            }
        }
        synced = Set(newest.keys)
    }

    func titles(_ name: String) throws -> Set<String> {
        let json = run(name, "history", "--json", "--all").output
        let data = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return Set((data?["data"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String })
    }
}

@Suite struct SyncEdgeTests {
    /// A data folder copied to a new laptop: both machines log at once through a newest-wins
    /// copier, and every log survives, because the copy took an identity of its own.
    @Test func aCopiedDataFolderWritesAsANewDevice() throws {
        let devices = try CopiedFolders(["laptop", "newlaptop"])
        devices.run("laptop", "init", "--me", "Alex")
        devices.run("laptop", "partner", "add", "Sam")
        try devices.sync()
        // The whole home folder, shared folder and data folder with its device-id, copied across.
        try FileManager.default.removeItem(atPath: devices.home("newlaptop"))
        try FileManager.default.copyItem(atPath: devices.home("laptop"), toPath: devices.home("newlaptop"))
        var logged = Set<String>()
        for round in 0..<3 {
            for name in ["laptop", "newlaptop"] {
                let title = "\(name) round \(round)"
                let result = devices.run(name, "log", title)
                if name == "newlaptop" && round == 0 {
                    #expect(result.errors.contains("this data folder is a copy"), "the copy was not noticed: \(result.errors)")
                    // Both homes are on this machine: the copy is not said to be from another device.
                    if !DeviceIdentity.machineID().isEmpty {
                        #expect(result.errors.contains("a copy made on this machine"), "\(result.errors)")
                    }
                } else {
                    #expect(!result.errors.contains("copied"), "said more than once: \(result.errors)")
                }
                logged.insert(title)
            }
            devices.cli.now += 1
            try devices.sync()
        }
        for name in ["laptop", "newlaptop"] {
            let titles = try devices.titles(name)
            #expect(logged.isSubset(of: titles), "\(name) lost \(logged.subtracting(titles).sorted())")
        }
        // Who you are came along with the copy.
        #expect(devices.run("newlaptop", "me").output.contains("you are Alex"))
        let status = devices.run("laptop", "sync", "status").output
        #expect(status.contains("2 devices"), "\(status)")
    }

    /// Both partners set up before their first sync: the ranking one typed is not undone by
    /// the blank profile the other's `init --me` made.
    @Test func aTypedRankingBeatsABlankProfile() throws {
        let devices = try CopiedFolders(["alex", "sam"])
        devices.run("alex", "init", "--me", "Alex")
        devices.run("alex", "partner", "add", "Sam", "--ranking", "touch,time")
        devices.run("alex", "settings", "--time-zone", "Europe/Berlin")
        devices.cli.now += 60
        devices.run("sam", "init", "--me", "Sam")
        try devices.sync()
        for name in ["alex", "sam"] {
            let shown = devices.run(name, "partner", "show", "Sam").output
            let touch = shown.split(separator: "\n").first { $0.contains("Physical touch") } ?? ""
            #expect(touch.contains("33%"), "\(name) shows Sam's profile as \(shown)")
            let settings = devices.run(name, "settings").output
            #expect(settings.contains("Europe/Berlin"), "\(name): \(settings)")
        }
    }

    /// 31 days after a removal, no file in the folder and no export holds the removed words,
    /// with two devices writing.
    @Test func removedWordsGoFromEveryFileAfterThirtyDays() throws {
        let devices = try CopiedFolders(["alex", "sam"])
        try devices.joinedCouple()
        let logged = devices.run("alex", "log", "A secret only for now")
        let id = logged.output.split(separator: "[").last?.split(separator: "]").first.map(String.init) ?? ""
        devices.run("sam", "log", "Tea in bed")
        try devices.sync()
        devices.cli.now += 3600
        devices.run("alex", "remove", id, "--yes")
        try devices.sync()
        devices.run("sam", "log", "Another tea")
        try devices.sync()
        func filesHolding(_ text: String) throws -> [String] {
            var found = [String]()
            for name in devices.names {
                for file in try FileManager.default.contentsOfDirectory(atPath: devices.folder(name)) {
                    let path = devices.folder(name) + "/" + file
                    if String(decoding: try SecureFile.read(path), as: UTF8.self).contains(text) { found.append(path) }
                }
            }
            return found
        }
        #expect(try !filesHolding("A secret only for now").isEmpty, "the words went before their time")
        devices.cli.now += 31 * 86_400
        // Exports leave the words out at once, whatever file still holds them.
        for name in devices.names {
            #expect(!devices.run(name, "export", "--format", "json").output.contains("A secret only for now"))
        }
        // Each device drops them from its own files when it next writes, a quick log included.
        devices.run("sam", "log", "A month later")
        devices.run("alex", "log", "Still here")
        try devices.sync()
        let held = try filesHolding("A secret only for now")
        #expect(held.isEmpty, "still held: \(held)")
        for name in devices.names {
            let titles = try devices.titles(name)
            #expect(titles.isSuperset(of: ["Tea in bed", "Another tea", "A month later", "Still here"]), "\(name): \(titles)")
            #expect(!titles.contains("A secret only for now"))
        }
    }

    /// A moment logged on one device and removed on the other: the device that logged it
    /// still drops the words from its own files when it next writes.
    @Test func wordsRemovedOnTheOtherDeviceGoFromThisDevicesFiles() throws {
        let devices = try CopiedFolders(["alex", "sam"])
        try devices.joinedCouple()
        let logged = devices.run("alex", "log", "Zanzibar pelican serenade", "--note", "a note to forget")
        let id = logged.output.split(separator: "[").last?.split(separator: "]").first.map(String.init) ?? ""
        try devices.sync()
        devices.cli.now += 60
        devices.run("sam", "remove", id, "--yes")
        try devices.sync()
        devices.cli.now += 31 * 86_400
        devices.run("sam", "log", "Later, from Sam")
        try devices.sync()
        devices.run("alex", "log", "Later, from Alex")
        try devices.sync()
        for name in devices.names {
            for file in try FileManager.default.contentsOfDirectory(atPath: devices.folder(name)) {
                let text = String(decoding: try SecureFile.read(devices.folder(name) + "/" + file), as: UTF8.self)
                #expect(!text.contains("Zanzibar") && !text.contains("a note to forget"), "\(name)/\(file) still holds the words")
            }
        }
    }

    /// The JSON store drops removed words on `log` too.
    @Test func aJournalFileDropsRemovedWordsOnLog() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        let logged = cli.run("log", "Words to forget", "--from", "Alex", "--to", "Sam")
        let id = logged.output.split(separator: "[").last?.split(separator: "]").first.map(String.init) ?? ""
        cli.setUp("remove", id, "--yes")
        #expect(String(decoding: try SecureFile.read(cli.storePath), as: UTF8.self).contains("Words to forget"))
        cli.now += 31 * 86_400
        cli.setUp("log", "Made coffee", "--from", "Alex", "--to", "Sam")
        #expect(!String(decoding: try SecureFile.read(cli.storePath), as: UTF8.self).contains("Words to forget"))
    }
}

/// The second phone of a couple who set up apart joins the shared journal with its owner's
/// own name, which the other phone's journal spells differently (the tenth trial's "Teodor
/// Almeida" beside "Teo"): the refusal says what to do, and the phone is left as it was.
@Suite struct JoiningUnderAnotherNameTests {
    @Test func aJoinUnderANameTheJournalLacksSaysWhatToDo() throws {
        let copies = try CopiedFolders(["maya", "jonas"])
        copies.run("maya", "init", "--me", "Maya")
        copies.run("maya", "partner", "add", "Jo")
        let shared = "sync:" + copies.folder("maya")
        let jonas = ["HOME": copies.home("jonas")]
        let refused = copies.cli.runList(["init", "--store", shared, "--me", "Jonas Berg"], variables: jonas)
        #expect(refused.code == 64)
        #expect(refused.errors.contains("no partner is called 'Jonas Berg'"), "\(refused.errors)")
        #expect(refused.errors.contains("`micromance merge OLD-JOURNAL --store \(shared)`"), "\(refused.errors)")
        #expect(refused.errors.contains("(nothing was written)"))
        #expect(JoinedFolders.all(jonas).isEmpty)
        // Under the name the journal has, the phone joins and remembers the folder.
        #expect(copies.cli.runList(["init", "--store", shared, "--me", "Jo"], variables: jonas).code == 0)
        #expect(JoinedFolders.all(jonas) == [shared])
    }
}

/// A sync folder is opened only as `sync:DIR`: one device's snapshot given as a journal, or the
/// folder given without `sync:`, is refused before anything is read or written.
@Suite struct SyncFolderOnlyAsSyncTests {
    @Test func anotherDevicesFileOrTheFolderWithoutSyncIsRefused() throws {
        let copies = try CopiedFolders(["maya", "jonas"])
        copies.run("maya", "init", "--me", "Maya")
        copies.run("maya", "partner", "add", "Jonas")
        copies.run("maya", "log", "Warm towel", "--from", "Maya", "--to", "Jonas")
        let shared = copies.folder("maya")
        let snapshot = try #require(
            try FileManager.default.contentsOfDirectory(atPath: shared).first { $0.hasSuffix(".snapshot.json") })
        let before = try FileManager.default.contentsOfDirectory(atPath: shared).sorted()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: shared + "/" + snapshot))
        let jonas = ["HOME": copies.home("jonas")]
        // Jonas has a journal of his own on this device, to convert from.
        #expect(copies.cli.runList(["init", "--me", "Jonas"], variables: jonas).code == 0)
        for arguments in [
            ["log", "hug", "--store", shared + "/" + snapshot], ["history", "--store", shared + "/" + snapshot],
            ["init", "--store", shared, "--me", "Jonas"], ["history", "--store", shared], ["log", "hug", "--store", "csv:" + shared],
            ["convert", "--to", shared],
        ] {
            let result = copies.cli.runList(arguments, variables: jonas)
            #expect(result.code == 64, "\(arguments): \(result.output)")
            #expect(result.errors.contains("--store sync:\(shared)"), "\(arguments): \(result.errors)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: shared).sorted() == before)
        #expect(try Data(contentsOf: URL(fileURLWithPath: shared + "/" + snapshot)) == bytes)
        // As sync:, the other device joins it.
        #expect(copies.cli.runList(["init", "--store", "sync:" + shared, "--me", "Jonas"], variables: jonas).code == 0)
    }
}
