import Foundation
import Testing

/// What a device does while the other device's files are on their way, and when a sync tool
/// keeps two versions of one file.
@Suite struct SyncArrivalTests {
    /// Sam's phone has Alex's snapshot only halfway: it says the files are still arriving
    /// instead of asking to add partners, and `partner add Alex` waits (exit 75) instead of
    /// writing a blank profile that would win over the one Alex typed.
    @Test func aHalfArrivedSnapshotIsWaitedFor() throws {
        let devices = try CopiedFolders(["alex", "sam"])
        devices.run("alex", "init", "--me", "Alex")
        devices.run("alex", "partner", "add", "Sam", "--ranking", "touch,time")
        try devices.sync()
        let snapshot = try #require(
            try FileManager.default.contentsOfDirectory(atPath: devices.folder("sam")).first { $0.hasSuffix(".snapshot.json") })
        let path = devices.folder("sam") + "/" + snapshot
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: path))

        let today = devices.run("sam", "today").output
        #expect(today.contains("still arriving") && !today.contains("partner add"), "\(today)")
        #expect(devices.run("sam", "partner", "list").output.contains("still arriving"))
        let refused = devices.cli.runList(["partner", "add", "Sam"], variables: devices.variables("sam"))
        #expect(refused.code == 75 && refused.errors.contains("still arriving"), "\(refused)")
        // Joining as someone is waited for too: "Sam" may be the partner on their way.
        let joining = devices.cli.runList(["init", "--me", "Sam"], variables: devices.variables("sam"))
        #expect(joining.code == 75 && joining.errors.contains("still arriving"), "\(joining)")
        // Logging needs the partners on their way: exit 75, not advice to add them again.
        let logged = devices.cli.runList(["log", "Made coffee"], variables: devices.variables("sam"))
        #expect(logged.code == 75 && logged.errors.contains("still arriving") && logged.errors.contains("Try again"), "\(logged)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: devices.folder("sam")) == [snapshot])

        try whole.write(to: URL(fileURLWithPath: path))
        devices.run("sam", "init", "--me", "Sam")
        let shown = devices.run("sam", "partner", "show", "Sam").output
        let touch = shown.split(separator: "\n").first { $0.contains("Physical touch") } ?? ""
        #expect(touch.contains("33%"), "\(shown)")
    }

    /// With both partners read, files still on their way are said by every command that shows
    /// the journal (on standard error, so output read by a program stays as it is).
    @Test func everyCommandSaysWhatIsStillArriving() throws {
        let devices = try CopiedFolders(["alex", "sam"])
        try devices.joinedCouple()
        devices.run("alex", "log", "Warmed the towels")
        try devices.sync()
        // Alex's change log, as Sam's copy of the folder has it, loses the end of its last line.
        let paths = try FileManager.default.contentsOfDirectory(atPath: devices.folder("sam")).map { devices.folder("sam") + "/" + $0 }
        let path = try #require(
            paths.first {
                $0.hasSuffix(".changes.jsonl") && ((try? String(contentsOfFile: $0, encoding: .utf8)) ?? "").contains("Warmed the towels")
            })
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        try whole.dropLast(7).write(to: URL(fileURLWithPath: path))
        for command in [["history"], ["report"], ["partner", "list"], ["log", "Made tea", "--language", "service"]] {
            let result = devices.cli.runList(command, variables: devices.variables("sam"))
            #expect(result.code == 0 && result.errors.contains("still arriving"), "\(command): \(result)")
        }
        try whole.write(to: URL(fileURLWithPath: path))
        let settled = devices.cli.runList(["history"], variables: devices.variables("sam"))
        #expect(!settled.errors.contains("still arriving") && settled.output.contains("Warmed the towels"), "\(settled)")
    }

    /// A sync tool put an older copy of Alex's change log back and kept the newer one as a
    /// conflict copy: nothing logged in between is lost, `sync status` names the copy, and
    /// Alex's next `log` folds it in and removes it.
    @Test func aConflictCopyOfTheOwnLogIsFoldedIn() throws {
        let devices = try CopiedFolders(["alex"])
        devices.run("alex", "init", "--me", "Alex")
        devices.run("alex", "partner", "add", "Sam")
        devices.run("alex", "log", "Made coffee")
        let folder = devices.folder("alex")
        let log = try #require(
            try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".changes.jsonl") })
        let older = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + log))
        devices.run("alex", "log", "Warmed the towels")
        devices.run("alex", "log", "Texted a photo of the sunset")
        let copy = folder + "/" + log.replacingOccurrences(of: ".jsonl", with: " (Sam's conflicted copy 2026-11-24).jsonl")
        try FileManager.default.moveItem(atPath: folder + "/" + log, toPath: copy)
        try older.write(to: URL(fileURLWithPath: folder + "/" + log))

        let expected: Set = ["Made coffee", "Warmed the towels", "Texted a photo of the sunset"]
        #expect(expected.isSubset(of: try devices.titles("alex")))
        let status = devices.run("alex", "sync", "status").output
        #expect(status.contains("conflict copy") && status.contains("conflicted copy 2026-11-24"), "\(status)")
        devices.run("alex", "log", "Left a note on the mirror")
        #expect(!FileManager.default.fileExists(atPath: copy))
        #expect(expected.union(["Left a note on the mirror"]).isSubset(of: try devices.titles("alex")))
        #expect(!devices.run("alex", "sync", "status").output.contains("conflict copy"))
    }
}
