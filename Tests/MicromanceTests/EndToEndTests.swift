import Foundation
import Micromance
import Testing

/// Runs the real `micromance` executable, as a user would, with a temporary HOME.
struct Program {
    let home: String
    let executable: String

    struct Result {
        var code: Int32
        var output: String
        var errors: String
    }

    init() throws {
        home = NSTemporaryDirectory() + "micromance-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        executable = try Self.locate()
    }

    /// The built `micromance` next to the test bundle (or `MICROMANCE_BIN`).
    static func locate() throws -> String {
        var candidates = [String]()
        if let bin = ProcessInfo.processInfo.environment["MICROMANCE_BIN"] { candidates.append(bin) }
        for start in [CommandLine.arguments.first, Bundle.main.executablePath, Bundle.main.bundlePath].compactMap({ $0 }) {
            var url = URL(fileURLWithPath: start)
            for _ in 0..<3 {
                url.deleteLastPathComponent()
                candidates.append(url.appendingPathComponent("micromance").path)
            }
        }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "micromance (looked in \(candidates))"])
        }
        return found
    }

    /// Runs the program with XDG_DATA_HOME under the temporary HOME and a fixed time zone.
    func run(_ arguments: [String], extra: [String: String] = [:], in directory: String? = nil) throws -> Result {
        try launch(executable, arguments, extra: extra, in: directory)
    }

    /// Runs `script` with /bin/sh, where `$0` is the micromance executable (for `ulimit`, `umask`).
    func shell(_ script: String, extra: [String: String] = [:]) throws -> Result {
        try launch("/bin/sh", ["-c", script, executable], extra: extra)
    }

    /// Runs `path` with the temporary HOME's environment and collects what it printed.
    private func launch(_ path: String, _ arguments: [String], extra: [String: String], in directory: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.arguments = arguments
        var environment = ["HOME": home, "XDG_DATA_HOME": home + "/data", "TZ": "Europe/Paris", "PATH": "/usr/bin:/bin"]
        environment.merge(extra) { _, new in new }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            code: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
            errors: String(decoding: errors, as: UTF8.self))
    }

    var defaultJournal: String { home + "/data/micromance/journal.json" }
}

@Suite struct EndToEndTests {
    @Test func aNewUsersFirstMinute() throws {
        let program = try Program()
        defer { try? FileManager.default.removeItem(atPath: program.home) }
        #expect(try program.run(["init"]).code == 0)
        #expect(try program.run(["partner", "add", "Alex"]).code == 0)
        #expect(try program.run(["partner", "add", "Sam"]).code == 0)
        let log = try program.run(["log", "Made Sam's coffee", "--from", "Alex", "--to", "Sam"])
        #expect(log.code == 0, "\(log.errors)")
        let report = try program.run(["report"])
        #expect(report.code == 0)
        #expect(report.output.contains("Made Sam's coffee"))
        #expect(report.output.contains("Streak: 1 day"))
        #expect(report.output.contains("Consistency score: 5%"))
        #expect(try program.run(["history"]).output.contains("Made Sam's coffee"))

        let attributes = try FileManager.default.attributesOfItem(atPath: program.defaultJournal)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: program.home + "/data/micromance")
        #expect((folder[.posixPermissions] as? NSNumber)?.intValue == 0o700)
        let journal = try JSONJournalStore(path: program.defaultJournal).load()
        #expect(journal.moments.map(\.title) == ["Made Sam's coffee"])
    }

    @Test func aBrokenJournalIsNamedAndNeverOverwritten() throws {
        let program = try Program()
        defer { try? FileManager.default.removeItem(atPath: program.home) }
        _ = try program.run(["init"])
        _ = try program.run(["partner", "add", "Alex"])
        _ = try program.run(["partner", "add", "Sam"])
        var text = try String(contentsOfFile: program.defaultJournal, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let broken = try #require(lines.firstIndex { $0.contains("\"name\" : \"Alex\"") })
        text = text.replacingOccurrences(of: "\"name\" : \"Alex\",", with: "\"name\" : \"Alex\" \"oops\",")
        try text.write(toFile: program.defaultJournal, atomically: false, encoding: .utf8)
        let before = try Data(contentsOf: URL(fileURLWithPath: program.defaultJournal))
        for arguments in [["log", "Hug"], ["report"], ["partner", "add", "Robin"], ["init"]] {
            let result = try program.run(arguments)
            #expect(result.code != 0, "\(arguments)")
            if arguments != ["init"] {
                #expect(result.errors.contains("\(program.defaultJournal):\(broken + 1):"), "\(result.errors)")
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: program.defaultJournal)) == before)
    }

    @Test func versionAndDemoNeedNoJournal() throws {
        let program = try Program()
        defer { try? FileManager.default.removeItem(atPath: program.home) }
        let version = try program.run(["--version"])
        #expect(version.output.contains("MicromanceModel \(MicromanceModel.version)"))
        #expect(version.output.contains("MicromanceStore \(MicromanceStore.version)"))
        #expect(version.output.contains("MicromanceInsights \(MicromanceInsights.version)"))
        let demo = try program.run(["demo"])
        #expect(demo.code == 0)
        #expect(demo.output.contains("Streak:"))
        #expect(!FileManager.default.fileExists(atPath: program.home + "/data"))
    }

    @Test func usageErrorsExitNonZero() throws {
        let program = try Program()
        defer { try? FileManager.default.removeItem(atPath: program.home) }
        #expect(try program.run(["log"]).code == 64)
        #expect(try program.run(["report"]).code == 66)
        #expect(try program.run(["frobnicate"]).code == 64)
    }
}

@Suite struct UmbrellaTests {
    @Test func oneImportGivesModelStoreAndInsights() throws {
        var journal = Journal()
        try journal.add(Partner(name: "Alex"))
        try journal.add(Partner(name: "Sam"))
        let at = try #require(Timestamp.parse("2026-11-24T08:00:00Z"))
        try journal.log(Moment(id: "m", at: at, timeZone: "UTC", giver: "alex", receiver: "sam", title: "Hug", language: .touch))
        let bytes = JournalJSON.encode(journal)
        let decoded = try JournalJSON.decode(bytes)
        let zone = try #require(TimeZone(identifier: "UTC"))
        let summary = JournalSummary(InsightContext(journal: decoded, now: at, fallbackTimeZone: zone))
        #expect(summary.byLanguage == ["touch": 1])
    }
}
