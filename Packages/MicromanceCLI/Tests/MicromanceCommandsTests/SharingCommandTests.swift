import Foundation
import MicromanceModel
import MicromanceStore
import Testing

/// Two partners, two devices: each with its own HOME (so its own device identity) and journal.
struct TwoDevices {
    let cli: CommandHarness
    var maya: [String: String] { ["MICROMANCE_STORE": cli.folder + "/maya/journal.json", "HOME": cli.folder + "/maya"] }
    var jonas: [String: String] { ["MICROMANCE_STORE": cli.folder + "/jonas/journal.json", "HOME": cli.folder + "/jonas"] }

    init() throws {
        cli = try CommandHarness()
        for name in ["maya", "jonas"] {
            try FileManager.default.createDirectory(atPath: cli.folder + "/" + name, withIntermediateDirectories: true)
        }
    }

    @discardableResult
    func run(_ who: [String: String], _ arguments: String...) -> CommandHarness.Result {
        let result = cli.runList(arguments, variables: who)
        #expect(result.code == 0, "\(arguments): \(result.errors)")
        return result
    }

    func ids(_ who: [String: String]) throws -> [String] {
        try JSONJournalStore(path: who["MICROMANCE_STORE"] ?? "").load().moments.map(\.id.rawValue)
    }
}

@Suite struct SharingCommandTests {
    /// The issue's check, through the commands a couple would type.
    @Test func twoCopiesMergedBothWaysLoseNothing() throws {
        let devices = try TwoDevices()
        let cli = devices.cli
        devices.run(devices.maya, "init", "--me", "Maya")
        devices.run(devices.maya, "partner", "add", "Jonas")
        for title in ["Made Jonas's coffee", "Long hug at the door", "Left a note in his bag", "Asked about his day"] {
            devices.run(devices.maya, "log", title)
        }
        // Jonas's device starts from a copy of the journal: the document and its change log.
        for name in ["journal.json", "journal.changes.jsonl"] {
            try FileManager.default.copyItem(atPath: cli.folder + "/maya/" + name, toPath: cli.folder + "/jonas/" + name)
        }
        devices.run(devices.jonas, "me", "Jonas")
        let ids = try devices.ids(devices.maya)
        cli.now += 60
        devices.run(devices.maya, "remove", ids[0], "--yes")
        devices.run(devices.maya, "partner", "edit", "Jonas", "--add-preference", "oat flat white")
        devices.run(devices.jonas, "partner", "edit", "Maya", "--add-preference", "dark chocolate")
        devices.run(devices.maya, "edit", ids[1], "--note", "he smiled")
        devices.run(devices.jonas, "edit", ids[1], "--kind", "bid", "--response", "toward")
        devices.run(devices.maya, "settings", "--daily-target", "2")
        cli.now += 60
        let merged = devices.run(devices.jonas, "merge", cli.folder + "/maya/journal.json")
        #expect(merged.output.contains("removed (removed there"))
        #expect(merged.output.contains("note (changed later there)"))
        devices.run(devices.maya, "merge", cli.folder + "/jonas/journal.json")

        let mayaJSON = devices.run(devices.maya, "history", "--json", "--limit", "1000").output
        let jonasJSON = devices.run(devices.jonas, "history", "--json", "--limit", "1000").output
        #expect(mayaJSON == jonasJSON)
        let journals = try [devices.maya, devices.jonas].map { try JSONJournalStore(path: $0["MICROMANCE_STORE"] ?? "").load() }
        for journal in journals {
            #expect(!journal.moments.contains { $0.id.rawValue == ids[0] })
            let edited = try #require(journal.moments.first { $0.id.rawValue == ids[1] })
            #expect(edited.note == "he smiled" && edited.response == .toward && edited.kind == .bid)
            #expect(journal.partner(named: "Jonas")?.preferences == ["oat flat white"])
            #expect(journal.partner(named: "Maya")?.preferences == ["dark chocolate"])
            #expect(journal.settings.dailyTarget == 2)
        }
        #expect(journals[0].settings.defaultGiver == "maya")
        #expect(journals[1].settings.defaultGiver == "jonas")
        // Jonas's next gesture is his own.
        #expect(devices.run(devices.jonas, "log", "Warmed her side of the bed").output.contains("(Jonas → Maya"))
        // Merging again changes nothing.
        #expect(devices.run(devices.maya, "merge", cli.folder + "/maya/journal.json").output.contains("Nothing to merge"))
    }

    /// A device whose owner was merged into another partner (on the other device) is named
    /// after the partner kept in `sync status`, not by the removed id (the eleventh trial's
    /// "(quim's)").
    @Test func aDeviceOfAPartnerMergedAwayIsNamedAfterTheOneKept() throws {
        let devices = try TwoDevices()
        let shared = "sync:" + devices.cli.folder + "/shared"
        var maya = devices.maya, jonas = devices.jonas
        maya["MICROMANCE_STORE"] = shared
        jonas["MICROMANCE_STORE"] = shared
        devices.run(maya, "init", "--me", "Maya")
        devices.run(jonas, "init", "--me", "Jonas")
        devices.run(jonas, "log", "Texted good morning")
        devices.run(maya, "partner", "add", "Jo")
        #expect(devices.run(maya, "partner", "merge", "jonas", "jo", "--yes").output.contains("Merged Jonas into Jo"))
        let status = devices.run(maya, "sync", "status").output
        #expect(status.contains("(Jo's)") && !status.contains("jonas's"), "\(status)")
    }

    /// Two devices on one sync folder (here the same folder; the sync-tool script copies between two).
    @Test func aSyncFolderSharedByTwoDevices() throws {
        let devices = try TwoDevices()
        let cli = devices.cli
        let shared = "sync:" + cli.folder + "/shared"
        var maya = devices.maya, jonas = devices.jonas
        maya["MICROMANCE_STORE"] = shared
        jonas["MICROMANCE_STORE"] = shared
        devices.run(maya, "init", "--me", "Maya")
        let joined = devices.run(jonas, "init", "--me", "Jonas")
        #expect(joined.output.contains("Joined the shared journal"))
        devices.run(maya, "log", "Made Jonas's coffee")
        devices.run(jonas, "log", "Texted good morning")
        let status = devices.run(maya, "sync", "status").output
        #expect(status.contains("2 devices") && status.contains("(Maya's, this device)") && status.contains("(Jonas's)"), "\(status)")
        let history = devices.run(jonas, "history", "--json").output
        #expect(history.contains("Made Jonas's coffee") && history.contains("Texted good morning"))
        #expect(devices.run(maya, "me").output.contains("you are Maya"))
        #expect(devices.run(jonas, "me").output.contains("you are Jonas"))
        // Each device wrote only its own files, owner-only.
        let names = try FileManager.default.contentsOfDirectory(atPath: cli.folder + "/shared").filter { !$0.hasPrefix(".") }.sorted()
        #expect(names.count == 3, "\(names)")
        for name in names {
            let mode = try FileManager.default.attributesOfItem(atPath: cli.folder + "/shared/" + name)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(name)")
        }
        // Out of the folder and back, nothing changes.
        devices.run(maya, "convert", "--to", cli.folder + "/copy.json")
        var copy = try JSONJournalStore(path: cli.folder + "/copy.json").load()
        #expect(copy.moments.count == 2 && copy.settings.defaultGiver == "maya")
        var back = jonas
        back["MICROMANCE_STORE"] = "sync:" + cli.folder + "/back"
        devices.run(back, "convert", "--store", cli.folder + "/copy.json", "--to", back["MICROMANCE_STORE"] ?? "")
        // Read as another device would: everything but who the writing device belongs to.
        copy.settings.defaultGiver = nil
        #expect(try SyncFolderStore(folder: cli.folder + "/back", device: #require(DeviceID("x"))).load() == copy)
    }

    @Test func anOldJournalMigratesWithABackupAndKeepsItsHistory() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        cli.setUp("log", "Made Sam's coffee", "--from", "Alex", "--to", "Sam")
        try JSONJournalStore(path: cli.storePath).update { _ in }  // the moment into the document
        // Rewrite it as version 2 wrote it: no change stamps.
        var text = try String(contentsOfFile: cli.storePath, encoding: .utf8)
        let written = "\"schemaVersion\" : \(Journal.currentSchemaVersion)"
        #expect(text.contains(written))
        text = text.replacingOccurrences(of: written, with: "\"schemaVersion\" : 2")
        text = text.replacingOccurrences(of: #", "changes" : "[^"]*""#, with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: #""changes" : "[^"]*",\n *"#, with: "", options: .regularExpression)
        try text.write(toFile: cli.storePath, atomically: false, encoding: .utf8)
        let before = cli.run("history", "--json").output
        #expect(cli.run("log", "Long hug", "--from", "Sam", "--to", "Alex").code == 0)
        #expect(try String(contentsOfFile: cli.storePath + ".v2.bak", encoding: .utf8) == text)
        let after = cli.run("history", "--json").output
        #expect(after.contains("Long hug"))
        let old = try #require(try JSONJournalStore(path: cli.storePath + ".v2.bak").load().moments.first)
        #expect(old.changes == Changes())
        #expect(before.contains("Made Sam's coffee") && after.contains("Made Sam's coffee"))
    }
}

@Suite struct ReadableFormTests {
    /// The JSON journal stays diff-friendly with change stamps: one `log` adds one line to the
    /// change log beside it and leaves the document alone; folded in (by any other write), it
    /// adds one line to the document (and a comma at the end of the line before it); nothing
    /// else in the file moves.
    @Test func oneLogIsOneNewLineInADiff() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        cli.setUp("log", "Made Sam's coffee", "--from", "Alex", "--to", "Sam")
        let store = JSONJournalStore(path: cli.storePath)
        try store.update { _ in }
        cli.now += 60
        cli.setUp("log", "Asked about her day", "--from", "Alex", "--to", "Sam")  // the first after a fold: into the document
        let marked = try String(contentsOfFile: cli.storePath, encoding: .utf8).components(separatedBy: "\n")
        #expect(marked.contains { $0.contains("\"changeLog\" : \"journal.changes.jsonl\"") })
        // Folded, the document no longer names the log; the rest is as above.
        let before = marked.filter { !$0.contains("\"changeLog\"") }
        cli.now += 3_600
        #expect(cli.run("log", "Long hug", "--from", "Sam", "--to", "Alex").code == 0)
        #expect(try String(contentsOfFile: cli.storePath, encoding: .utf8).components(separatedBy: "\n") == marked)
        let log = try String(contentsOfFile: store.changesPath, encoding: .utf8)
        #expect(log.split(separator: "\n").count == 1 && log.contains("Long hug"))
        try store.update { _ in }
        #expect(!FileManager.default.fileExists(atPath: store.changesPath))
        let after = try String(contentsOfFile: cli.storePath, encoding: .utf8).components(separatedBy: "\n")
        #expect(after.count == before.count + 1)
        let added = after.filter { !before.contains($0) }
        #expect(added.count == 2, "\(added)")  // the new moment, and the line before it with a comma
        #expect(added.contains { $0.contains("Long hug") && $0.contains("\"changes\" : \"") })
        #expect(added.contains { before.contains(String($0.dropLast())) && $0.hasSuffix(",") })
    }
}
