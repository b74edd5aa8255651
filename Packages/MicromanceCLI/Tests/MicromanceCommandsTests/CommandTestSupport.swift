import Foundation
import MicromanceCommands
import MicromanceInsights
import MicromanceModel
import Testing

/// Runs `micromance` commands in-process against a temporary journal, with a fixed clock,
/// time zone and seed, and captures what they print.
final class CommandHarness {
    let folder: String
    var now: Date
    private var runs: UInt64 = 0
    var timeZone: TimeZone
    /// The insight engine the commands are given (a tool built on the library injects its own).
    var insights = InsightEngine.standard
    var storePath: String { folder + "/journal.json" }

    init(now: String = "2026-11-24T09:30:00+01:00", timeZone: String = "Europe/Paris") throws {
        folder = NSTemporaryDirectory() + "micromance-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard let date = Timestamp.parse(now), let zone = TimeZone(identifier: timeZone) else {
            throw CocoaError(.coderInvalidValue)
        }
        self.now = date
        self.timeZone = zone
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    struct Result {
        var code: Int32
        var output: String
        var errors: String
    }

    /// Runs one command line (without the program name) with `MICROMANCE_STORE` set to the temporary journal.
    @discardableResult
    func run(
        _ arguments: String..., variables: [String: String]? = nil, input: [String] = [],
        terminal: Bool = false, width: Int = 80
    ) -> Result {
        runs += 1
        let seed = runs
        let output = TextSink()
        let errors = TextSink()
        let fixedNow = now
        let environment = CLIEnvironment(
            now: { fixedNow }, timeZone: timeZone,
            variables: variables ?? ["MICROMANCE_STORE": storePath, "HOME": folder], seed: seed,
            output: output, errors: errors, input: LineSource(lines: input), outputIsTerminal: terminal,
            inputIsTerminal: terminal, width: width, insights: insights)
        let code = MicromanceCommand.run(arguments, in: environment)
        return Result(code: code, output: output.text, errors: errors.text)
    }

    /// Runs one command line given as a list.
    @discardableResult
    func runList(_ arguments: [String], variables: [String: String]? = nil, width: Int = 80) -> Result {
        runs += 1
        let output = TextSink(), errors = TextSink()
        let fixedNow = now
        let environment = CLIEnvironment(
            now: { fixedNow }, timeZone: timeZone, variables: variables ?? ["MICROMANCE_STORE": storePath, "HOME": folder],
            seed: runs, output: output, errors: errors, width: width, insights: insights)
        let code = MicromanceCommand.run(arguments, in: environment)
        return Result(code: code, output: output.text, errors: errors.text)
    }

    /// Runs a set-up step that must succeed: a failure is recorded as the test's own, with
    /// what the command said, so a test never goes on from a set-up that did not happen.
    @discardableResult
    func setUp(
        _ arguments: String..., variables: [String: String]? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Result {
        let result = runList(arguments, variables: variables)
        if result.code != 0 {
            Issue.record(
                "set-up step \(arguments.joined(separator: " ")) failed (\(result.code)): \(result.errors)",
                sourceLocation: sourceLocation)
        }
        return result
    }

    /// `init` plus two partners, Alex and Sam. A step that fails is recorded as the test's
    /// failure, so a test never goes on from a set-up that did not happen.
    func setUpCouple(sourceLocation: SourceLocation = #_sourceLocation) {
        for arguments in [
            ["init"], ["partner", "add", "Alex", "--ranking", "service,words"],
            ["partner", "add", "Sam", "--weight", "touch=5", "--weight", "time=3"],
        ] {
            let result = runList(arguments)
            if result.code != 0 {
                Issue.record(
                    "set-up step \(arguments.joined(separator: " ")) failed (\(result.code)): \(result.errors)",
                    sourceLocation: sourceLocation)
            }
        }
    }
}

/// Compares output with a golden file under `Golden/`; with `MICROMANCE_UPDATE_GOLDEN=1` set,
/// writes the file instead. Returns a description of the first difference, or nil.
func goldenDifference(_ name: String, _ actual: String, file: String = #filePath) -> String? {
    let path = (file as NSString).deletingLastPathComponent + "/Golden/" + name
    if ProcessInfo.processInfo.environment["MICROMANCE_UPDATE_GOLDEN"] == "1" {
        try? actual.write(toFile: path, atomically: true, encoding: .utf8)
        return nil
    }
    guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else { return "no golden file at \(path)" }
    if expected == actual { return nil }
    let a = expected.components(separatedBy: "\n")
    let b = actual.components(separatedBy: "\n")
    for index in 0..<max(a.count, b.count) where (index < a.count ? a[index] : nil) != (index < b.count ? b[index] : nil) {
        return "line \(index + 1): expected \(index < a.count ? a[index] : "(end)") but got \(index < b.count ? b[index] : "(end)")"
    }
    return "differs"
}
