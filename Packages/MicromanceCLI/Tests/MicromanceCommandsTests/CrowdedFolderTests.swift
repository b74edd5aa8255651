import Foundation
import MicromanceModel
import MicromanceStore
import Testing

@testable import MicromanceCommands

/// `--store` given the folder that holds the JSON journal (the data folder itself) says where
/// the journal is, and no CSV journal is started among other files (a new user's trial
/// followed "run `micromance init`" and got a second, empty journal beside `journal.json`).
@Suite struct CrowdedFolderTests {
    @Test func theJournalsOwnFolderPointsAtItsFile() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        cli.setUp("log", "Made the coffee")
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.storePath))

        let today = cli.run("today", "--store", cli.folder)
        #expect(today.code == 66, "\(today.errors)")
        #expect(today.errors.contains("holds a JSON journal: use --store \(cli.storePath)"), "\(today.errors)")
        #expect(!today.errors.contains("run `micromance init`"))

        let started = cli.run("init", "--store", cli.folder, "--me", "Alex")
        #expect(started.code == 73, "\(started.output)\(started.errors)")
        #expect(started.errors.contains("a CSV journal needs a folder of its own"), "\(started.errors)")
        #expect(started.errors.contains("--store \(cli.storePath)"), "\(started.errors)")
        #expect(!FileManager.default.fileExists(atPath: cli.folder + "/settings.csv"), "nothing written")
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.storePath)) == before)

        // `convert` and `export` refuse a crowded folder too; an empty one, or one with only
        // hidden files (a sync tool's marker), is fine.
        let documents = cli.folder + "/documents"
        try FileManager.default.createDirectory(atPath: documents, withIntermediateDirectories: true)
        try Data("taxes".utf8).write(to: URL(fileURLWithPath: documents + "/taxes-2026.pdf"))
        let converted = cli.run("convert", "--to", documents)
        #expect(converted.code == 73 && converted.errors.contains("taxes-2026.pdf"), "\(converted.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: documents) == ["taxes-2026.pdf"])
        let synced = cli.folder + "/synced"
        try FileManager.default.createDirectory(atPath: synced, withIntermediateDirectories: true)
        try Data().write(to: URL(fileURLWithPath: synced + "/.stfolder"))
        let copied = cli.run("convert", "--to", synced)
        #expect(copied.code == 0, "\(copied.errors)")
        #expect(try CSVJournalStore(folder: synced).load().moments.count == 1)
    }
}
