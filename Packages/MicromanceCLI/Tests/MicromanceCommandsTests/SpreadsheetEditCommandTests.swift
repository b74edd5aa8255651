import Foundation
import MicromanceModel
import MicromanceStore
import Testing

/// The check, through the commands: tables edited as a spreadsheet saves them, then
/// merged with an older JSON copy both ways; damage named, then repaired.
@Suite struct SpreadsheetEditCommandTests {
    /// Replaces `moments.csv` with `edit` applied to its lines, as a new file.
    static func edit(_ table: String, _ change: (inout [String]) -> Void) throws {
        var lines = try String(contentsOfFile: table, encoding: .utf8).split(separator: "\n").map(String.init)
        change(&lines)
        try FileManager.default.removeItem(atPath: table)
        try (lines.joined(separator: "\n") + "\n").write(toFile: table, atomically: false, encoding: .utf8)
    }

    @Test func aSpreadsheetsEditAndDeletionSurviveAMergeWithAnOlderCopy() throws {
        let cli = try CommandHarness()
        let tables = cli.folder + "/tables"
        let variables = ["HOME": cli.folder, "MICROMANCE_STORE": "csv:" + tables]
        for step in [["init", "--me", "Alex"], ["partner", "add", "Sam"]] { #expect(cli.runList(step, variables: variables).code == 0) }
        var ids = [String]()
        for title in ["Made coffee", "Long hug", "Note in her bag"] {
            let out = cli.runList(["log", title], variables: variables).output
            ids.append(out.split(separator: "[").last?.split(separator: "]").first.map(String.init) ?? "")
        }
        #expect(cli.runList(["export", "--format", "json", "--out", cli.folder + "/older.json"], variables: variables).code == 0)
        try Self.edit(tables + "/moments.csv") { lines in
            lines = lines.compactMap { line in
                if line.hasPrefix(ids[2]) { return nil }  // deleted
                if line.hasPrefix(ids[0]) { return line.replacingOccurrences(of: "Made coffee,", with: "Made coffee,she smiled") }
                return line
            }
        }
        let merged = cli.runList(["merge", cli.folder + "/older.json"], variables: variables)
        #expect(merged.code == 0, "\(merged.errors)")
        let older = ["HOME": cli.folder, "MICROMANCE_STORE": cli.folder + "/older.json"]
        let back = cli.runList(["merge", "csv:" + tables], variables: older)
        #expect(back.output.contains("note (changed later there)") && back.output.contains("removed"), "\(back.output)")
        for who in [variables, older] {
            let history = cli.runList(["history", "--json"], variables: who).output
            #expect(history.contains("she smiled"), "the edit was undone: \(history)")
            #expect(!history.contains("Note in her bag"), "the deleted row came back")
        }
    }

    @Test func damageIsNamedAndRepairPutsItBack() throws {
        let cli = try CommandHarness()
        let tables = cli.folder + "/tables"
        let variables = ["HOME": cli.folder, "MICROMANCE_STORE": "csv:" + tables]
        for step in [["init", "--me", "Alex"], ["partner", "add", "Sam"], ["log", "Paid lunch", "--note", "12,50 €"]] {
            #expect(cli.runList(step, variables: variables).code == 0)
        }
        try Self.edit(tables + "/moments.csv") { lines in
            lines = lines.map { $0.replacingOccurrences(of: "\"'12,50 €\"", with: "12.50") }
        }
        let refused = cli.runList(["today"], variables: variables)
        #expect(refused.code == 65 && refused.errors.contains("moments.csv:2") && refused.errors.contains("12,50 €"), "\(refused.errors)")
        let repaired = cli.runList(["repair"], variables: variables)
        #expect(repaired.code == 0 && repaired.output.contains("Put back 1 value"), "\(repaired.output)\(repaired.errors)")
        #expect(cli.runList(["history", "--json"], variables: variables).output.contains("12,50 €"))
        #expect(cli.runList(["repair"], variables: variables).output.contains("Nothing to repair"))
        #expect(cli.runList(["repair", "--store", cli.storePath], variables: variables).code == 64)
        // A table that does not read for a reason no spreadsheet caused: said, and a failure.
        try Self.edit(tables + "/moments.csv") { lines in
            lines = lines.map { $0.replacingOccurrences(of: ",alex,sam,", with: ",pedro,sam,") }
        }
        let unreadable = cli.runList(["repair"], variables: variables)
        #expect(unreadable.code == 65 && !unreadable.output.contains("Nothing to repair"), "\(unreadable.output)")
        #expect(unreadable.errors.contains("does not read for this reason") && unreadable.errors.contains("pedro"), "\(unreadable.errors)")
    }
}
