#if EncryptedSync
import Foundation
import MicromanceModel
import Testing

@testable import MicromanceCommands

/// Two phones share an encrypted sync folder through the tool: made with `init --encrypt`,
/// joined with the same passphrase, the key kept on each phone, and the folder holding none
/// of their words.
@Suite struct EncryptedSyncCommandTests {
    let cli: CommandHarness
    let shared: String

    init() throws {
        cli = try CommandHarness()
        shared = cli.folder + "/Sync/micromance"
    }

    /// The variables of one phone: its own home (data folder), the shared folder, the passphrase.
    func phone(_ name: String, passphrase: String? = "our secret garden") -> [String: String] {
        var variables = ["HOME": cli.folder + "/" + name, "MICROMANCE_STORE": "sync:" + shared, "MICROMANCE_KEY_COST": "10"]
        variables["MICROMANCE_PASSPHRASE"] = passphrase
        return variables
    }

    func folderBytes() throws -> [String: Data] {
        var found = [String: Data]()
        for name in try FileManager.default.contentsOfDirectory(atPath: shared) where !name.hasPrefix(".") {
            found[name] = try Data(contentsOf: URL(fileURLWithPath: shared + "/" + name))
        }
        return found
    }

    @Test func twoPhonesShareAnEncryptedFolder() throws {
        let maya = phone("maya"), jonas = phone("jonas")
        let made = cli.runList(["init", "--encrypt", "--me", "Maya", "--time-zone", "Europe/Berlin"], variables: maya)
        #expect(made.code == 0, "\(made.errors)")
        #expect(cli.runList(["partner", "add", "Jonas"], variables: maya).code == 0)
        #expect(cli.runList(["log", "Kitchen disco SECRETTITLE", "--to", "Jonas", "--note", "SECRETNOTE"], variables: maya).code == 0)
        let joined = cli.runList(["init", "--me", "Jonas"], variables: jonas)
        #expect(joined.code == 0 && joined.output.contains("Joined the shared journal"), "\(joined.output)\(joined.errors)")
        cli.now += 3600
        #expect(cli.runList(["log", "Warmed her side of the bed", "--to", "Maya"], variables: jonas).code == 0)
        // Once a phone has the key, it needs no passphrase again.
        let history = cli.runList(["history"], variables: phone("maya", passphrase: nil))
        #expect(history.code == 0 && history.output.contains("Warmed her side of the bed"), "\(history.output)\(history.errors)")
        for name in ["maya", "jonas"] {
            let keys = cli.folder + "/" + name + "/.local/share/micromance/keys"
            let files = try FileManager.default.contentsOfDirectory(atPath: keys)
            #expect(files.count == 1 && files[0].hasSuffix(".key"))
            let attributes = try FileManager.default.attributesOfItem(atPath: keys + "/" + files[0])
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
            let kept = try String(contentsOfFile: keys + "/" + files[0], encoding: .utf8)
            #expect(!kept.contains("secret garden"))
        }
        for (name, bytes) in try folderBytes() {
            let text = String(decoding: bytes, as: UTF8.self)
            // Needles that base64 cannot hold by chance (a space, a quote) or too long to: a short word
            // such as "bed" turns up in random ciphertext about once in 25 runs.
            for needle in ["SECRET", "Kitchen disco", "\"Maya\"", "\"Jonas\"", "Europe/Berlin", "2026-", "side of the bed"] {
                #expect(!text.contains(needle), "\(name) holds \(needle)")
            }
        }
    }

    @Test func aMissingOrWrongPassphraseIsRefusedWithNothingWritten() throws {
        #expect(cli.runList(["init", "--encrypt", "--me", "Maya"], variables: phone("maya")).code == 0)
        let before = try folderBytes()
        let none = cli.runList(["today"], variables: phone("jonas", passphrase: nil))
        #expect(none.code == 77 && none.errors.contains("MICROMANCE_PASSPHRASE"), "\(none.errors)")
        let wrong = cli.runList(["init", "--me", "Jonas"], variables: phone("jonas", passphrase: "our secret gardens"))
        #expect(wrong.code == 77 && wrong.errors.contains("does not open this folder"), "\(wrong.errors)")
        #expect(!FileManager.default.fileExists(atPath: cli.folder + "/jonas/.local/share/micromance/keys"))
        #expect(!FileManager.default.fileExists(atPath: cli.folder + "/jonas/.local/share/micromance/device-id"))
        #expect(try folderBytes() == before)
        // In a terminal the passphrase is asked (and a wrong one refused the same way).
        let asked = cli.run("today", variables: phone("jonas", passphrase: nil), input: ["our secret garden"], terminal: true)
        #expect(asked.code == 0 && asked.errors.contains("Passphrase of"), "\(asked.errors)")
    }

    /// The passphrase changed on one phone while the other was away: the other's kept key no
    /// longer opens the folder, it is told so and asked for the new passphrase, and the old
    /// passphrase is refused.
    @Test func aChangedPassphraseLocksTheOldKeyOut() throws {
        #expect(cli.runList(["init", "--encrypt", "--me", "Maya"], variables: phone("maya")).code == 0)
        #expect(cli.runList(["partner", "add", "Jonas"], variables: phone("maya")).code == 0)
        #expect(cli.runList(["log", "Kitchen disco", "--to", "Jonas"], variables: phone("maya")).code == 0)
        #expect(cli.runList(["init", "--me", "Jonas"], variables: phone("jonas")).code == 0)
        #expect(cli.runList(["log", "Warmed her side of the bed", "--to", "Maya"], variables: phone("jonas")).code == 0)
        var change = phone("maya", passphrase: nil)
        change["MICROMANCE_NEW_PASSPHRASE"] = "a brand new phrase"
        let changed = cli.runList(["sync", "passphrase"], variables: change)
        #expect(changed.code == 0 && changed.output.contains("sealed again"), "\(changed.output)\(changed.errors)")
        #expect(cli.runList(["history"], variables: phone("maya", passphrase: nil)).output.contains("Warmed her side of the bed"))
        let away = cli.runList(["today"], variables: phone("jonas", passphrase: nil))
        #expect(away.code == 77 && away.errors.contains("passphrase was changed"), "\(away.errors)")
        #expect(cli.runList(["today"], variables: phone("jonas")).code == 77)
        let back = cli.runList(["history"], variables: phone("jonas", passphrase: "a brand new phrase"))
        #expect(back.code == 0 && back.output.contains("Kitchen disco"), "\(back.errors)")
        let keys = cli.folder + "/maya/.local/share/micromance/keys"
        #expect(try FileManager.default.contentsOfDirectory(atPath: keys).count == 1)
    }

    /// The folder given without `sync:` (a CSV folder, the default for a folder), one of its
    /// files given as a journal, a report or an export written into it: each refused, since
    /// the sync tool would upload what a plain store writes there. Nothing is written.
    @Test func nothingPlainIsWrittenIntoAnEncryptedFolder() throws {
        #expect(cli.runList(["init", "--encrypt", "--me", "Maya"], variables: phone("maya")).code == 0)
        #expect(cli.runList(["partner", "add", "Jonas"], variables: phone("maya")).code == 0)
        let before = try folderBytes()
        let snapshot = try #require(before.keys.first { $0.hasSuffix(".snapshot.json") })
        var bare = phone("maya")
        for store in [shared, "csv:" + shared, shared + "/", shared + "/" + snapshot, shared + "/journal.json"] {
            bare["MICROMANCE_STORE"] = store
            let refused = cli.runList(["init", "--me", "Maya"], variables: bare)
            #expect(refused.code == 64 && refused.errors.contains("--store sync:"), "\(store): \(refused.errors)")
        }
        let export = cli.runList(["export", "--format", "json", "--out", shared + "/backup.json"], variables: phone("maya"))
        #expect(export.code == 64 && export.errors.contains("unencrypted"), "\(export.errors)")
        let page = cli.runList(["report", "--format", "html", "--out", shared + "/report.html"], variables: phone("maya"))
        #expect(page.code == 73 && page.errors.contains("nothing was written"), "\(page.errors)")
        // Also from a journal elsewhere: a page for the sync tool to upload is refused by name.
        let other = ["HOME": cli.folder + "/maya", "MICROMANCE_STORE": cli.folder + "/demo.json"]
        #expect(cli.runList(["init", "--me", "Maya"], variables: other).code == 0)
        let elsewhere = cli.runList(["report", "--format", "html", "--out", shared + "/report.html"], variables: other)
        #expect(elsewhere.code == 73 && elsewhere.errors.contains("unencrypted"), "\(elsewhere.errors)")
        #expect(try folderBytes() == before)
        // A passphrase of spaces is too short, and leaves no folder behind.
        var spaces = phone("jonas", passphrase: "          ")
        spaces["MICROMANCE_STORE"] = "sync:" + cli.folder + "/Sync/spaces"
        #expect(cli.runList(["init", "--encrypt"], variables: spaces).code == 64)
        #expect(!FileManager.default.fileExists(atPath: cli.folder + "/Sync/spaces"))
    }

    /// This device's own sealed log damaged: refused (exit 65), with advice that can be
    /// followed (a sealed line cannot be edited by hand).
    @Test func damageInThisDevicesOwnSealedFileIsExplained() throws {
        #expect(cli.runList(["init", "--encrypt", "--me", "Maya"], variables: phone("maya")).code == 0)
        #expect(cli.runList(["partner", "add", "Jonas"], variables: phone("maya")).code == 0)
        #expect(cli.runList(["log", "Kitchen disco", "--to", "Jonas"], variables: phone("maya")).code == 0)
        let log = try #require(try folderBytes().keys.first { $0.hasSuffix(".changes.jsonl") })
        var bytes = try Data(contentsOf: URL(fileURLWithPath: shared + "/" + log))
        bytes[5] = bytes[5] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
        try bytes.write(to: URL(fileURLWithPath: shared + "/" + log))
        let refused = cli.runList(["today"], variables: phone("maya"))
        #expect(refused.code == 65 && refused.errors.contains("cannot be mended by hand"), "\(refused.errors)")
        #expect(!refused.errors.contains("text editor"))
    }

    @Test func encryptIsForNewSyncFoldersOnly() throws {
        let json = ["HOME": cli.folder + "/maya", "MICROMANCE_STORE": cli.folder + "/journal.json", "MICROMANCE_PASSPHRASE": "long enough"]
        #expect(cli.runList(["init", "--encrypt"], variables: json).code == 64)
        #expect(!FileManager.default.fileExists(atPath: cli.folder + "/journal.json"))
        // A plain shared folder stays plain; a copy goes into a new encrypted one.
        var plain = phone("maya", passphrase: nil)
        #expect(cli.runList(["init", "--me", "Maya"], variables: plain).code == 0)
        #expect(cli.runList(["partner", "add", "Jonas"], variables: plain).code == 0)
        #expect(cli.runList(["log", "Kitchen disco SECRETTITLE", "--to", "Jonas"], variables: plain).code == 0)
        let refused = cli.runList(["init", "--encrypt"], variables: phone("maya"))
        #expect(refused.code == 73 && refused.errors.contains("convert"), "\(refused.errors)")
        let copy = cli.folder + "/Sync/encrypted"
        plain["MICROMANCE_PASSPHRASE"] = "our secret garden"
        plain["MICROMANCE_KEY_COST"] = "10"
        let converted = cli.runList(["convert", "--to", "sync:" + copy, "--encrypt"], variables: plain)
        #expect(converted.code == 0, "\(converted.errors)")
        for name in try FileManager.default.contentsOfDirectory(atPath: copy) where !name.hasPrefix(".") {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: copy + "/" + name))
            #expect(bytes.range(of: Data("SECRETTITLE".utf8)) == nil)
        }
        var reader = phone("jonas")
        reader["MICROMANCE_STORE"] = "sync:" + copy
        #expect(cli.runList(["history"], variables: reader).output.contains("Kitchen disco SECRETTITLE"))
        // Asked in a terminal: twice, and two different answers write nothing.
        let other = cli.folder + "/Sync/third"
        var asked = phone("maya", passphrase: nil)
        asked["MICROMANCE_STORE"] = "sync:" + other
        let differ = cli.run(
            "init", "--encrypt", "--me", "Maya", variables: asked, input: ["first passphrase", "second one"], terminal: true)
        #expect(differ.code == 64 && differ.errors.contains("differ"), "\(differ.errors)")
        #expect(!FileManager.default.fileExists(atPath: other + "/micromance-sealed.json"))
    }
}
#endif
