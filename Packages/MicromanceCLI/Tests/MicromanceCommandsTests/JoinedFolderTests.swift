import Foundation
import Testing

/// A phone that shares a journal, used without `--store` or `MICROMANCE_STORE` (a new shell, a
/// profile not yet set): it points at the shared journal instead of offering to start a second
/// one that would never be shared.
@Suite struct JoinedFolderTests {
    @Test func aCommandWithoutTheStorePointsAtTheSharedJournal() throws {
        let devices = try TwoDevices()
        let cli = devices.cli
        let shared = "sync:" + cli.folder + "/shared"
        let bare = ["HOME": cli.folder + "/maya"]
        // Before any sharing: the usual welcome and advice.
        #expect(cli.runList([], variables: bare).output.contains("Welcome to Micromance"))
        devices.run(bare, "init", "--store", shared, "--me", "Maya")
        devices.run(bare, "partner", "add", "Jonas", "--store", shared)

        let today = cli.runList(["today"], variables: bare)
        #expect(today.code == 66 && today.errors.contains("this device shares the journal at \(shared)"), "\(today)")
        #expect(today.errors.contains("MICROMANCE_STORE") && !today.errors.contains("run `micromance init`"))
        #expect(cli.runList([], variables: bare).output.contains("shares the journal at \(shared)"))
        // Starting a journal in the data folder is refused, and nothing is written there.
        let again = cli.runList(["init", "--me", "Maya"], variables: bare)
        #expect(again.code == 64 && again.errors.contains("--store"), "\(again)")
        #expect(!FileManager.default.fileExists(atPath: cli.folder + "/maya/.local/share/micromance/journal.json"))
        // With the store named, everything works as before; another journal can be started on purpose.
        #expect(cli.runList(["today", "--store", shared], variables: bare).code == 0)
        devices.run(bare, "init", "--store", cli.folder + "/maya/other.json", "--me", "Maya")
        // Another device's data folder knows nothing of it.
        let other = cli.runList(["today"], variables: ["HOME": cli.folder + "/jonas"])
        #expect(other.code == 66 && other.errors.contains("run `micromance init`"))
    }

    /// A journal moved into a sync folder with `convert`: the old copy in the data folder is
    /// still there, and a command that uses it says so, each time.
    @Test func aJournalConvertedIntoASyncFolderIsTheOneToUse() throws {
        let devices = try TwoDevices()
        let cli = devices.cli
        let bare = ["HOME": cli.folder + "/jonas"]
        devices.run(bare, "init", "--me", "Jonas")
        devices.run(bare, "partner", "add", "Maya")
        let shared = "sync:" + cli.folder + "/shared"
        #expect(cli.runList(["today"], variables: bare).errors.isEmpty)
        devices.run(bare, "convert", "--to", shared)
        let today = cli.runList(["today"], variables: bare)
        #expect(today.code == 0 && today.errors.contains("not the shared one") && today.errors.contains(shared), "\(today)")
        #expect(cli.runList(["log", "Made tea", "--store", shared], variables: bare).errors.isEmpty)
        #expect(cli.runList(["--version"], variables: bare).errors.isEmpty)
    }
}
