import Foundation
import Micromance
import Testing

#if canImport(Glibc)
import Glibc
#endif

extension Program {
    /// A journal with Alex, Sam and one moment at `store`.
    func makeJournal(_ store: String) throws {
        // The last step writes the whole journal: a JSON journal's document then holds the moment.
        let steps = [
            ["init"], ["partner", "add", "Alex"], ["partner", "add", "Sam"], ["log", "Coffee"], ["settings", "--daily-target", "2"],
        ]
        for arguments in steps {
            let result = try run(arguments, extra: ["MICROMANCE_STORE": store])
            try #require(result.code == 0, "\(arguments): \(result.errors)")
        }
    }
}

/// The bytes of every file under `path` (a file or a folder), to show nothing changed.
func snapshot(_ path: String) -> [String: Data] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return [:] }
    guard isFolder.boolValue else { return [path: (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()] }
    var files = [String: Data]()
    for name in (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? [] where !name.hasSuffix(".lock") {
        let full = path + "/" + name
        var folder: ObjCBool = false
        if FileManager.default.fileExists(atPath: full, isDirectory: &folder), !folder.boolValue {
            files[full] = (try? Data(contentsOf: URL(fileURLWithPath: full))) ?? Data()
        }
    }
    return files
}

/// Replaces the first `old` with `new` in the file at `path`.
func edit(_ path: String, _ old: String, _ new: [UInt8]) throws {
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    let needle = Array(old.utf8)
    guard let at = (0...(bytes.count - needle.count)).first(where: { Array(bytes[$0..<($0 + needle.count)]) == needle }) else {
        throw CocoaError(.fileReadCorruptFile)
    }
    try Data(bytes[..<at] + new + bytes[(at + needle.count)...]).write(to: URL(fileURLWithPath: path))
}

/// Hostile and broken input, tried against the real executable: each gets a clear error that
/// names the place, a non-zero exit code, and leaves the journal exactly as it was.
@Suite(.serialized) struct HostileInputTests {
    /// Runs a reading and a writing command on `store` and checks both fail as expected and
    /// change nothing; returns the errors printed.
    func refused(_ program: Program, _ store: String, code: Int32, mentioning words: [String]) throws -> String {
        let before = snapshot(store)
        var errors = ""
        for arguments in [["today"], ["log", "Hug"]] {
            let result = try program.run(arguments, extra: ["MICROMANCE_STORE": store])
            #expect(result.code == code, "\(arguments): \(result.code) \(result.errors)")
            for word in words { #expect(result.errors.contains(word), "\(arguments): \(result.errors)") }
            #expect(result.errors.utf8.count < 2_000, "the message copies too much of the file")
            errors = result.errors
        }
        #expect(snapshot(store) == before, "the journal changed")
        return errors
    }

    @Test func aHundredMegabyteNoteIsRefusedWithBoundedMemory() throws {
        let program = try Program()
        defer { try? FileManager.default.removeItem(atPath: program.home) }
        let store = program.home + "/journal.json"
        try program.makeJournal(store)
        try edit(
            store, "\"title\" : \"Coffee\"",
            Array("\"title\" : \"Coffee\", \"note\" : \"".utf8) + Array(repeating: UInt8(ascii: "x"), count: 100_000_000) + [34])
        let errors = try refused(program, store, code: 65, mentioning: ["journal.json:", "note", "100.0 MB", "1.0 MB"])
        #expect(!errors.contains("xxxxxxxxxx"))
        // Each reader of the 100 MB file stayed bounded: its own peak, not that of any child of
        // this test process (tests that run beside it start children of their own).
        for arguments in [["today"], ["log", "Hug"]] {
            let (code, megabytes) = try peak(program, arguments, store: store)
            #expect(code == 65)
            #expect(megabytes < 600, "\(arguments): peak memory \(megabytes) MB")
        }
    }

    /// Runs the program once, its output dropped, and returns its exit code and its own peak
    /// resident memory in MB (from `wait4`).
    func peak(_ program: Program, _ arguments: [String], store: String) throws -> (code: Int32, megabytes: Int) {
        let environment = [
            "HOME=\(program.home)", "XDG_DATA_HOME=\(program.home)/data", "TZ=Europe/Paris", "PATH=/usr/bin:/bin",
            "MICROMANCE_STORE=\(store)",
        ]
        let argv = ([program.executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid = pid_t()
        let spawned = posix_spawn(&pid, program.executable, &actions, nil, argv, envp)
        try #require(spawned == 0, "posix_spawn: \(spawned)")
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        return ((status >> 8) & 0xFF, usage.ru_maxrss / 1024)
    }

    @Test func brokenBytesAreNamedByLineAndColumn() throws {
        let program = try Program()
        defer { try? FileManager.default.removeItem(atPath: program.home) }
        let json = program.home + "/journal.json"
        let tables = program.home + "/tables"
        try program.makeJournal(json)
        try program.makeJournal(tables)
        // A raw NUL inside a JSON string, then invalid UTF-8, in each store.
        try edit(json, "Coffee", Array("Cof".utf8) + [0] + Array("fee".utf8))
        _ = try refused(program, json, code: 65, mentioning: ["journal.json:3:", "control character"])
        try edit(json, "Cof", [0x43, 0xC3, 0x28])
        _ = try refused(program, json, code: 65, mentioning: ["journal.json:3:", "UTF-8"])
        try edit(tables + "/moments.csv", "Coffee", Array("Cof".utf8) + [0xFF] + Array("fee".utf8))
        _ = try refused(program, tables, code: 65, mentioning: ["moments.csv:2:", "UTF-8"])
    }

    @Test func controlCharactersNeverReachTheTerminal() throws {
        let program = try Program()
        defer { try? FileManager.default.removeItem(atPath: program.home) }
        let store = program.home + "/journal.json"
        try program.makeJournal(store)
        // Escaped in JSON, so the journal is valid: NUL, clear-screen, a window title, a bell.
        try edit(store, "\"Coffee\"", Array("\"Cof\\u0000fee \\u001b[2J\\u001b]0;pwned\\u0007\"".utf8))
        let result = try program.run(["history"], extra: ["MICROMANCE_STORE": store])
        #expect(result.code == 0, "\(result.errors)")
        #expect(result.output.contains("Cof␀fee ␛[2J␛]0;pwned␇"), "\(result.output)")
        #expect(!result.output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
    }

    @Test func deepNestingIsAnErrorNotACrash() throws {
        let program = try Program()
        defer { try? FileManager.default.removeItem(atPath: program.home) }
        for (name, text) in [
            ("deep.json", String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)),
            ("moments.json", "{\"moments\":" + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"),
        ] {
            let store = program.home + "/" + name
            try Data(text.utf8).write(to: URL(fileURLWithPath: store))
            _ = try refused(program, store, code: 65, mentioning: [name + ":1:", "nested more than"])
        }
    }

    @Test func unbalancedQuotesAndFormulaCells() throws {
        let program = try Program()
        defer { try? FileManager.default.removeItem(atPath: program.home) }
        let tables = program.home + "/tables"
        try program.makeJournal(tables)
        // A formula typed as a title is stored guarded, read back exactly, and exported guarded.
        let formula = "=HYPERLINK(\"http://example.invalid\",\"click\")"
        #expect(try program.run(["log", formula, "--note", "@SUM(A1:A9)"], extra: ["MICROMANCE_STORE": tables]).code == 0)
        let table = try String(contentsOfFile: tables + "/moments.csv", encoding: .utf8)
        #expect(table.contains("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"click\"\")\",'@SUM(A1:A9)"), "\(table)")
        let history = try program.run(["history", "--csv"], extra: ["MICROMANCE_STORE": tables])
        #expect(history.output.contains("'=HYPERLINK"))
        #expect(try program.run(["history", "--json"], extra: ["MICROMANCE_STORE": tables]).output.contains("\"title\" : \"=HYPERLINK"))
        // A quote that never closes.
        let handle = try #require(FileHandle(forWritingAtPath: tables + "/moments.csv"))
        handle.seekToEndOfFile()
        handle.write(Data("x1,2026-11-24T08:00:00Z,UTC,alex,sam,,,,,,\"never closed\n".utf8))
        try handle.close()
        _ = try refused(program, tables, code: 65, mentioning: ["moments.csv:4:", "never closes"])
    }

    @Test func symbolicLinksAreNotFollowed() throws {
        let program = try Program()
        defer { try? FileManager.default.removeItem(atPath: program.home) }
        let real = program.home + "/elsewhere/real.json"
        let realTables = program.home + "/elsewhere/tables"
        try program.makeJournal(real)
        try program.makeJournal(realTables)
        let link = program.home + "/journal.json"
        let folderLink = program.home + "/tables"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        try FileManager.default.createSymbolicLink(atPath: folderLink, withDestinationPath: realTables)
        let before = snapshot(program.home + "/elsewhere")
        for store in [link, folderLink] {
            let said = try refused(program, store, code: 73, mentioning: ["symbolic link", "--store"])
            #expect(said.components(separatedBy: "real file or folder").count == 2, "said twice: \(said)")
            var info = stat()
            #expect(lstat(store, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK, "the link itself was replaced")
        }
        #expect(snapshot(program.home + "/elsewhere") == before)
    }

    /// A read-only folder: a read-only tmpfs when this runs as root and may mount (root ignores
    /// file modes), else a folder without write permission.
    @Test func aReadOnlyFolderGetsAClearError() throws {
        let program = try Program()
        defer { try? FileManager.default.removeItem(atPath: program.home) }
        let folder = program.home + "/locked"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var mounted = false
        if geteuid() == 0 {
            guard try program.shell("mount -t tmpfs -o size=4m tmpfs '\(folder)'").code == 0 else {
                print("read-only folder: skipped (running as root without permission to mount a tmpfs)")
                return
            }
            mounted = true
        }
        defer { if mounted { _ = try? program.shell("umount '\(folder)'") } }
        try program.makeJournal(folder + "/journal.json")
        try program.makeJournal(folder + "/tables")
        if mounted {
            #expect(try program.shell("mount -o remount,ro '\(folder)'").code == 0)
        } else {
            chmod(folder + "/tables", 0o500)
            chmod(folder, 0o500)
        }
        defer { chmod(folder, 0o700); chmod(folder + "/tables", 0o700) }
        for store in [folder + "/journal.json", folder + "/tables"] {
            let before = snapshot(store)
            let result = try program.run(["log", "Hug"], extra: ["MICROMANCE_STORE": store])
            #expect(result.code == 74, "\(result.errors)")
            #expect(result.errors.contains("writable") || result.errors.contains("Read-only"), "\(result.errors)")
            #expect(snapshot(store) == before)
            #expect(try program.run(["today"], extra: ["MICROMANCE_STORE": store]).code == 0, "reading still works")
        }
    }

    /// A full disk, as a file size limit (`ulimit -f`, any user) and, when possible, a full tmpfs.
    @Test func aFullDiskLosesNothing() throws {
        let program = try Program()
        defer { try? FileManager.default.removeItem(atPath: program.home) }
        var stores = [program.home + "/journal.json", program.home + "/tables"]
        let small = program.home + "/small"
        try FileManager.default.createDirectory(atPath: small, withIntermediateDirectories: true)
        var mounted = false
        if geteuid() == 0 { mounted = try program.shell("mount -t tmpfs -o size=512k tmpfs '\(small)'").code == 0 }
        defer { if mounted { _ = try? program.shell("umount '\(small)'") } }
        if mounted { stores += [small + "/journal.json"] }
        for store in stores {
            try program.makeJournal(store)
            // Grow the journal past what the size limit allows (32 KB), then, on the tmpfs,
            // fill the disk but for 16 KB, less than a rewrite needs.
            for index in 0..<4 {
                let note = String(repeating: "a long note, \"quoted\" ", count: 800)
                let result = try program.run(["log", "Gesture \(index)", "--note", note], extra: ["MICROMANCE_STORE": store])
                try #require(result.code == 0, "\(result.errors)")
            }
            if store.hasPrefix(small) {
                var space = statvfs()
                #expect(statvfs(small, &space) == 0)
                let free = Int(space.f_bavail) * Int(space.f_frsize)
                try Data(count: max(0, free - 16_384)).write(to: URL(fileURLWithPath: small + "/filler"))
            }
            let before = snapshot(store)
            let limited =
                store.hasPrefix(small)
                ? try program.run(["partner", "add", "Robin"], extra: ["MICROMANCE_STORE": store])
                : try program.shell("ulimit -f 64; exec \"$0\" partner add Robin", extra: ["MICROMANCE_STORE": store])
            #expect(limited.code == 74, "\(store): \(limited.code) \(limited.errors)")
            #expect(limited.errors.contains("free some space"), "\(limited.errors)")
            #expect(snapshot(store) == before, "\(store) changed")
            let folder = store.hasSuffix(".json") ? (store as NSString).deletingLastPathComponent : store
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }
            #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
            #expect(try program.run(["today"], extra: ["MICROMANCE_STORE": store]).code == 0)
        }
    }

    /// Output that cannot be written (a full disk, a file-size limit) is an I/O error with a
    /// message, exit 74, not a crash; the journal is as the command left it.
    @Test func outputThatCannotBeWrittenIsAnErrorNotACrash() throws {
        let program = try Program()
        defer { try? FileManager.default.removeItem(atPath: program.home) }
        let store = program.home + "/journal.json"
        try program.makeJournal(store)
        for script in ["exec \"$0\" report > /dev/full", "ulimit -f 0; exec \"$0\" history > \"$HOME/out.txt\""] {
            let result = try program.shell(script, extra: ["MICROMANCE_STORE": store])
            #expect(result.code == 74, "\(script): \(result.code) \(result.errors)")
            #expect(result.errors.contains("the output could not be written"), "\(script): \(result.errors)")
            #expect(!result.errors.contains("Fatal error"), "\(script): \(result.errors)")
        }
        #expect(try program.run(["today"], extra: ["MICROMANCE_STORE": store]).code == 0)
    }

    /// Files and folders are owner-only even under `umask 000`, temporary files and backups included.
    @Test func everythingIsCreatedOwnerOnly() throws {
        let program = try Program()
        defer { try? FileManager.default.removeItem(atPath: program.home) }
        let script = """
            umask 000
            "$0" init && "$0" partner add Alex && "$0" partner add Sam && "$0" log Coffee \
              && "$0" convert --to "$HOME/data/tables" && "$0" export --out "$HOME/data/export.json"
            """
        let result = try program.shell(script)
        #expect(result.code == 0, "\(result.errors)")
        let root = program.home + "/data"
        var checked = 0
        for name in try FileManager.default.subpathsOfDirectory(atPath: root) {
            var info = stat()
            #expect(lstat(root + "/" + name, &info) == 0)
            let mode = info.st_mode & 0o777
            let isFolder = (info.st_mode & S_IFMT) == S_IFDIR
            #expect(mode == (isFolder ? 0o700 : 0o600), "\(name) is \(String(mode, radix: 8))")
            checked += 1
        }
        #expect(checked >= 10)
    }
}
