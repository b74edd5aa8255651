import Foundation
import MicromanceModel
import MicromanceStore
import Testing

@testable import MicromanceCommands

/// `--out` on every command that offers it goes through one path, which never replaces what
/// it did not write; locations with `~` land in the home folder, after a scheme too.
@Suite struct OutputAndLocationTests {
    /// Every command line that offers `--out`, with the option to add.
    static let commands: [[String]] = [
        ["report"], ["report", "--json"], ["report", "--format", "html"], ["demo"], ["demo", "--format", "html"],
        ["history"], ["history", "--json"], ["history", "--csv"], ["today"], ["today", "--json"], ["suggest"],
        ["ideas", "coffee"], ["reflect"], ["reflect", "--list"], ["calendar"],
    ]

    /// A data format sent to a file or a pipe is the bytes the renderer made: a note's
    /// carriage return stays one (a new user's trial: `history --csv > f.csv` turned it into
    /// ␍, as a terminal is shown it); on a terminal control characters are still made visible.
    @Test func dataToStandardOutputIsExact() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        cli.setUp("log", "Made coffee", "--from", "Alex", "--to", "Sam", "--note", "one\r\ntwo\u{1B}[2J")
        for command in [["history", "--csv"], ["history", "--format", "csv"], ["export", "--format", "csv"]] {
            let piped = cli.runList(command)
            #expect(piped.code == 0 && piped.output.contains("one\r\ntwo\u{1B}[2J"), "\(command)")
            let shown = cli.run(command[0], command[1], command.count > 2 ? command[2] : "--csv", terminal: true)
            #expect(shown.output.contains("one\u{240D}\ntwo\u{241B}[2J") && !shown.output.contains("\u{1B}"), "\(command)")
        }
        let json = cli.runList(["export", "--format", "json"])
        let journal = try JournalJSON.decode(Array(json.output.utf8))
        #expect(journal.moments.first?.note == "one\r\ntwo\u{1B}[2J")
    }

    /// What may happen to each kind of target.
    enum Target: String, CaseIterable {
        case journal, tableInACSVStore, unknownFile, freshPath
    }

    @Test(arguments: Target.allCases)
    func everyOutGoesThroughOnePath(target: Target) throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        cli.setUp("log", "Made coffee", "--from", "Alex", "--to", "Sam")
        cli.setUp("convert", "--to", "csv:" + cli.folder + "/tables")
        let unknown = cli.folder + "/notes.txt"
        try "my own notes\n".write(toFile: unknown, atomically: true, encoding: .utf8)
        for (index, command) in Self.commands.enumerated() {
            let path: String
            switch target {
            case .journal: path = cli.storePath
            case .tableInACSVStore: path = cli.folder + "/tables/moments.csv"
            case .unknownFile: path = unknown
            case .freshPath: path = cli.folder + "/out-\(index)"
            }
            let variables = [
                "MICROMANCE_STORE": target == .tableInACSVStore ? "csv:" + cli.folder + "/tables" : cli.storePath, "HOME": cli.folder,
            ]
            let before = try? SecureFile.read(path)
            let journalBefore = try SecureFile.read(cli.storePath)
            let result = cli.runList(command + ["--out", path], variables: variables)
            let shown = command.joined(separator: " ")
            if target == .freshPath {
                #expect(result.code == 0, "\(shown) --out: \(result.errors)")
                let written = try SecureFile.read(path)
                #expect(!written.isEmpty, "\(shown) --out wrote nothing")
                var info = stat()
                #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o600, "\(shown) --out is not owner-only")
                // Its own earlier output is replaced, as often as asked.
                let again = cli.runList(command + ["--out", path], variables: variables)
                #expect(again.code == 0, "\(shown) --out a second time: \(again.errors)")
            } else {
                #expect(result.code == 73, "\(shown) --out \(target): \(result.code) \(result.errors)")
                #expect(result.errors.hasPrefix("micromance: ") && result.errors.contains("nothing was written"), "\(result.errors)")
                #expect((try? SecureFile.read(path)) == before, "\(shown) --out \(target) changed the file")
            }
            #expect(try SecureFile.read(cli.storePath) == journalBefore || command == ["reflect"], "\(shown) changed the journal")
        }
    }

    @Test func reflectAnswerWithARefusedOutKeepsNothing() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        let before = try SecureFile.read(cli.storePath)
        let result = cli.run("reflect", "--answer", "Being listened to", "--by", "Sam", "--out", cli.storePath)
        #expect(result.code == 73)
        #expect(try SecureFile.read(cli.storePath) == before, "the answer was kept although --out was refused")
    }

    @Test func anotherKindsOutputIsNotReplaced() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        let page = cli.folder + "/page.html"
        #expect(cli.run("report", "--format", "html", "--out", page).code == 0)
        // A page is not a JSON output, nor a calendar: each keeps to its own kind.
        #expect(cli.run("report", "--json", "--out", page).code == 73)
        #expect(cli.run("calendar", "--out", page).code == 73)
        #expect(cli.run("report", "--format", "html", "--out", page).code == 0)
        // Said with its article: "an HTML page".
        let notes = cli.folder + "/notes.txt"
        try "mine\n".write(toFile: notes, atomically: true, encoding: .utf8)
        #expect(cli.run("report", "--format", "html", "--out", notes).errors.contains("is not an HTML page that Micromance wrote"))
        // A folder is never an output.
        #expect(cli.run("report", "--out", cli.folder).code == 73)
        #expect(cli.run("report", "--out", "").code == 64)
    }

    /// Paths that reach the journal, a file of the user's or the data folder by a way round
    /// (a folder that does not exist yet and `..`, `.`, a link) are seen for what they are.
    @Test func pathsTheLongWayRoundAreResolvedFirst() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        let journal = try SecureFile.read(cli.storePath)
        let notes = cli.folder + "/notes.txt"
        try "mine\n".write(toFile: notes, atomically: true, encoding: .utf8)
        let data = cli.folder + "/.local/share/micromance"
        cli.setUp("log", "Made coffee", "--from", "Alex", "--to", "Sam")  // makes the device identity there
        for (path, says) in [
            (cli.folder + "/not-yet/../journal.json", "is your journal"), (cli.folder + "/./x/../journal.json", "is your journal"),
            (cli.folder + "//journal.json", "is your journal"), (cli.folder + "/new/../notes.txt", "not a text output"),
            (data + "/outputs", "data folder"), (data + "/device-id", "data folder"),
        ] {
            let result = cli.run("report", "--out", path)
            #expect(result.code == 73 && result.errors.contains(says), "\(path): \(result.code) \(result.errors)")
        }
        #expect(try SecureFile.read(cli.storePath).count >= journal.count)
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "mine\n")
        #expect(!FileManager.default.fileExists(atPath: cli.folder + "/not-yet"), "a folder was made on the way")
        // A link is refused as a link, even to an earlier output.
        #expect(cli.run("report", "--out", cli.folder + "/r.txt").code == 0)
        try FileManager.default.createSymbolicLink(atPath: cli.folder + "/link.txt", withDestinationPath: cli.folder + "/r.txt")
        let linked = cli.run("report", "--out", cli.folder + "/link.txt")
        #expect(linked.code == 73 && linked.errors.contains("symbolic link"), "\(linked.errors)")
        // A new folder on the way is made.
        #expect(cli.run("report", "--out", cli.folder + "/reports/2026/r.txt").code == 0)
        #expect(FileManager.default.fileExists(atPath: cli.folder + "/reports/2026/r.txt"))
    }

    @Test func aTildeMeansTheHomeFolderAfterASchemeToo() throws {
        let cli = try CommandHarness()
        let home = cli.folder
        let variables = ["HOME": home]
        for (location, expected) in [
            ("~/plain.json", home + "/plain.json"), ("json:~/j/journal.json", home + "/j/journal.json"),
            ("csv:~/tables", home + "/tables/moments.csv"), ("sync:~/S", home + "/S"),
        ] {
            let result = cli.runList(["init", "--store", location, "--me", "Alex"], variables: variables)
            #expect(result.code == 0, "\(location): \(result.errors)")
            #expect(FileManager.default.fileExists(atPath: expected), "\(location) did not land at \(expected)")
            #expect(!FileManager.default.fileExists(atPath: home + "/~"), "\(location) made a folder named ~")
            #expect(cli.runList(["today", "--store", location], variables: variables).code == 0)
        }
        // MICROMANCE_STORE and --out expand too.
        let viaVariable = cli.runList(["today"], variables: ["HOME": home, "MICROMANCE_STORE": "sync:~/S"])
        #expect(viaVariable.code == 0, "\(viaVariable.errors)")
        let out = cli.runList(["report", "--store", "~/plain.json", "--out", "~/report.txt"], variables: variables)
        #expect(out.code == 0 && FileManager.default.fileExists(atPath: home + "/report.txt"), "\(out.errors)")
        // Without a home folder, `~` is a clear error, not a folder named `~`.
        let homeless = cli.runList(["today", "--store", "sync:~/S"], variables: ["MICROMANCE_STORE": "x"])
        #expect(homeless.code == 64 && homeless.errors.contains("HOME is not set"), "\(homeless.errors)")
    }

    @Test func aPartnerAddedTwiceIsSaidPlainly() throws {
        let cli = try CommandHarness()
        cli.setUp("init", "--me", "Lea")
        let again = cli.run("partner", "add", "Léa")
        #expect(again.code == 73)
        #expect(again.errors.contains("already a partner") && again.errors.contains("init --me"), "\(again.errors)")
        // A first name of a partner, or a longer name starting with one, is that partner.
        cli.setUp("partner", "add", "Tobias Lindqvist")
        let short = cli.run("partner", "add", "tobias")
        #expect(short.code == 73 && short.errors.contains("Tobias Lindqvist is already a partner"), "\(short.errors)")
        #expect(short.errors.contains("partner edit tobias-lindqvist --name tobias"), "\(short.errors)")
        let longer = cli.run("partner", "add", "Lea Maria Schmidt")
        #expect(longer.code == 73 && longer.errors.contains("Lea is already a partner"), "\(longer.errors)")
        #expect(longer.errors.contains("may be their full name") && !longer.errors.contains("names them"), "\(longer.errors)")
        #expect(try JSONJournalStore(path: cli.storePath).load().partners.map(\.name) == ["Lea", "Tobias Lindqvist"])
        // A surname alone or with an initial is part of their name (a trial added both).
        for part in ["Lindqvist", "T. Lindqvist", "tobias l"] {
            let added = cli.run("partner", "add", part)
            #expect(added.code == 73 && added.errors.contains("looks like part of their name"), "\(part): \(added.errors)")
        }
        // Someone else who shares only a first name or a surname is added by a name of their own.
        #expect(cli.run("partner", "add", "Tobi").code == 0)
        #expect(cli.run("partner", "add", "Anna Lindqvist").code == 0)
        #expect(PartnerCommand.Add.partOfName("K. Mensah", of: "Kofi Mensah"))
        #expect(!PartnerCommand.Add.partOfName("Mensah Kofi", of: "Kofi Mensah"), "in order")
        #expect(!PartnerCommand.Add.partOfName("Kofi Mensah", of: "Kofi Mensah"))
    }
}
