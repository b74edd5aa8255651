import Foundation
import MicromanceModel
import MicromanceStore
import Testing

/// Holes found by hostile testing (issue 13) that are closed.
@Suite struct HoleTests {
    func couple(moments: Int) throws -> CommandHarness {
        let cli = try CommandHarness()
        cli.setUpCouple()
        for index in 0..<moments {
            cli.now += 600
            #expect(
                cli.run("log", "Hug \(index)", "--from", index % 2 == 0 ? "Alex" : "Sam", "--to", index % 2 == 0 ? "Sam" : "Alex").code == 0
            )
        }
        return cli
    }

    @Test func exportsAreWhole() throws {
        let cli = try couple(moments: 27)
        let csv = cli.run("history", "--csv")
        #expect(csv.code == 0)
        #expect(csv.output.split(separator: "\n").count == 27 + 1)
        let json = try JSONSerialization.jsonObject(with: Data(cli.run("history", "--json").output.utf8)) as? [String: Any]
        #expect((json?["data"] as? [Any])?.count == 27)
        #expect(cli.run("history", "--json", "--limit", "5").output.components(separatedBy: "\"id\"").count - 1 == 5)
        // The table stays short, says so, and --all shows every one.
        let table = cli.run("history").output
        #expect(table.contains("7 more not shown; --all shows every one."))
        #expect(cli.run("history", "--all").output.split(separator: "\n").count == 27)
        #expect(cli.run("history", "--limit", "0").code == 64)
        #expect(cli.run("history", "--all", "--limit", "3").code == 64)
    }

    @Test func hugeDailyTargetsAreRefusedNotCrashed() throws {
        let cli = try CommandHarness()
        let refused = cli.run("init", "--daily-target", "1e20")
        #expect(refused.code == 64 && refused.errors.contains("at most 100"))
        #expect(!FileManager.default.fileExists(atPath: cli.storePath))
        cli.setUpCouple()
        // A hand-edited file holding 1e32: a clear error naming the file, no crash.
        var text = try String(contentsOfFile: cli.storePath, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"dailyTarget\" : 1", with: "\"dailyTarget\" : 1e32")
        try text.write(toFile: cli.storePath, atomically: false, encoding: .utf8)
        for command in ["report", "reflect", "today"] {
            let result = cli.run(command)
            #expect(result.code == 65, "\(command): \(result.errors)")
            #expect(result.errors.contains(cli.storePath) && result.errors.contains("at most 100"), "\(command)")
        }
        #expect(cli.run("settings", "--daily-target", "500").code == 64)
    }

    @Test func anEmptyStoreIsRefused() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.storePath))
        let result = cli.run("log", "Hug", "--from", "Alex", "--to", "Sam", "--store", "")
        #expect(result.code == 64 && result.errors.contains("--store is empty"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.storePath)) == before)
    }
}

@Suite struct InitAndModeTests {
    @Test func initSaysWhatIsReallyThere() throws {
        let cli = try CommandHarness()
        let folder = cli.folder + "/x.json"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let result = cli.run("init", "--store", folder)
        #expect(result.code != 0 && !result.errors.contains("already exists"), "\(result.errors)")
        #expect(result.errors.lowercased().contains("directory") || result.errors.contains("folder"), "\(result.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        let memory = cli.run("init", "--store", "memory:x")
        #expect(memory.code == 64 && memory.errors.contains("memory:"))
    }

    @Test func failedCommandsLeaveNoLocksOrFolders() throws {
        let cli = try CommandHarness()
        let long = cli.folder + "/new/deeper/" + String(repeating: "n", count: 300) + "/journal.json"
        let refused = cli.run("init", "--store", long)
        #expect(refused.code != 0 && refused.errors.contains("create the folder"), "\(refused.errors)")
        #expect(!FileManager.default.fileExists(atPath: cli.folder + "/new"))
        cli.setUpCouple()
        #expect(cli.run("log", "Hug", "--from", "Nobody").code == 64)
        #expect(cli.run("partner", "add", "Alex").code != 0)
        #expect(cli.run("edit", "zzzz", "--title", "x").code != 0)
        let left = try FileManager.default.subpathsOfDirectory(atPath: cli.folder).filter { $0.hasSuffix(".lock") }
        #expect(left.isEmpty, "\(left)")
    }

    @Test func initOverSomethingSaysWhatItIs() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        cli.setUp("log", "Hug", "--from", "Alex")
        let again = cli.run("init")
        #expect(again.code == 73 && again.errors.contains("(Alex and Sam, 1 moment)"), "\(again.errors)")
        let other = cli.folder + "/notes.json"
        try "my shopping list".write(toFile: other, atomically: false, encoding: .utf8)
        let garbage = cli.run("init", "--store", other)
        #expect(garbage.code == 73 && garbage.errors.contains("not a journal Micromance can read"), "\(garbage.errors)")
        #expect(try String(contentsOfFile: other, encoding: .utf8) == "my shopping list")
    }

    @Test func modesAreTightenedOnEveryWrite() throws {
        let cli = try CommandHarness()
        let tables = cli.folder + "/tables"
        let env = ["MICROMANCE_STORE": tables, "HOME": cli.folder]
        #expect(cli.run("init", variables: env).code == 0)
        #expect(cli.run("partner", "add", "Alex", variables: env).code == 0)
        #expect(cli.run("partner", "add", "Sam", variables: env).code == 0)
        // A spreadsheet (or a careless copy) loosened them.
        chmod(tables + "/moments.csv", 0o644)
        chmod(tables, 0o755)
        #expect(cli.run("log", "Hug", "--from", "Alex", "--to", "Sam", variables: env).code == 0)
        #expect(try permissions(tables + "/moments.csv") == 0o600)
        #expect(cli.run("partner", "edit", "Sam", "--add-preference", "tea", variables: env).code == 0)
        #expect(try permissions(tables) == 0o700)
        for name in try FileManager.default.contentsOfDirectory(atPath: tables) where name.hasSuffix(".csv") {
            #expect(try permissions(tables + "/" + name) == 0o600, "\(name)")
        }
    }
}

func permissions(_ path: String) throws -> Int {
    (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
}
