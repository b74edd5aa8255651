import Foundation
import MicromanceModel
import MicromanceStore
import Testing

/// The CLI on a CSV journal that a spreadsheet (or its keeper) has been at.
@Suite struct SpreadsheetCommandTests {
    func csvCouple() throws -> (CommandHarness, [String: String], String) {
        let cli = try CommandHarness()
        let tables = cli.folder + "/tables"
        let variables = ["MICROMANCE_STORE": "csv:" + tables, "HOME": cli.folder]
        for arguments in [["init"], ["partner", "add", "Alex"], ["partner", "add", "Sam"]] {
            let result = cli.runList(arguments, variables: variables)
            try #require(result.code == 0, "\(arguments): \(result.errors)")
        }
        return (cli, variables, tables)
    }

    /// `log` on a CSV journal reads the index, not the table; what it prints (the id, the
    /// streak, the score) is what the same commands print on a JSON journal, read whole.
    @Test func quickLogsSayWhatAWholeReadSays() throws {
        let (csv, variables, _) = try csvCouple()
        let json = try CommandHarness()
        json.setUpCouple()
        for day in 0..<12 {
            for harness in [csv, json] { harness.now += day % 4 == 3 ? 2 * 86_400 : 86_400 }
            for index in 0..<(day % 3 + 1) {
                let arguments = ["log", "Hug \(day).\(index)", "--from", index % 2 == 0 ? "Alex" : "Sam"]
                let quick = csv.runList(arguments, variables: variables)
                let whole = json.runList(arguments)
                #expect(quick.code == 0 && whole.code == 0, "\(quick.errors)\(whole.errors)")
                #expect(quick.output == whole.output)
                #expect(quick.output.contains("Streak:"))
            }
        }
        #expect(csv.runList(["history", "--csv"], variables: variables).output == json.runList(["history", "--csv"]).output)
    }

    /// Columns reordered, one added with values, one dropped: `log`, `edit` and `partner add`
    /// keep the table readable and the added values beside their moments.
    @Test func reshapedTablesSurviveEveryCommand() throws {
        let (cli, variables, tables) = try csvCouple()
        for index in 0..<3 {
            cli.now += 600
            try #require(cli.runList(["log", "Hug \(index)", "--from", "Alex"], variables: variables).code == 0)
        }
        let path = tables + "/moments.csv"
        let records = try CSVTestTable(path: path)
        let order = ["mood"] + records.header.filter { $0 != "ritual" }.reversed()
        try records.write(order: order, to: path) { row in "mood \(row)" }
        let first = try #require(records.rows.first?["id"])

        #expect(cli.runList(["log", "Made coffee", "--from", "Sam"], variables: variables).code == 0)
        #expect(cli.runList(["edit", String(first.prefix(6)), "--title", "Long hug"], variables: variables).code == 0)
        #expect(cli.runList(["partner", "add", "Kim"], variables: variables).code == 0)
        #expect(cli.runList(["log", "Tea", "--from", "Alex", "--to", "Sam"], variables: variables).code == 0)

        let after = try CSVTestTable(path: path)
        #expect(after.header == order + ["ritual"])
        #expect(after.rows.map { $0["mood"] ?? "?" } == ["mood 0", "mood 1", "mood 2", "", ""])
        #expect(after.rows.map { $0["title"] ?? "?" } == ["Long hug", "Hug 1", "Hug 2", "Made coffee", "Tea"])
        let history = cli.runList(["history", "--csv"], variables: variables)
        #expect(history.code == 0 && history.output.split(separator: "\n").count == 6)
    }
}

/// A CSV table read into rows by header name, for tests.
struct CSVTestTable {
    var header: [String]
    var rows: [[String: String]]

    init(path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var records = [[String]]()
        var field = "", record = [String](), quoted = false, previous: Character = " "
        for character in text {
            if quoted {
                if character == "\"" { quoted = false } else { field.append(character) }
            } else if character == "\"" {
                if previous == "\"" { field.append("\"") }
                quoted = true
            } else if character == "," {
                record.append(field); field = ""
            } else if character == "\n" {
                record.append(field); field = ""
                records.append(record); record = []
            } else {
                field.append(character)
            }
            previous = character
        }
        header = records.first ?? []
        let names = header
        rows = records.dropFirst().map { Dictionary(zip(names, $0), uniquingKeysWith: { first, _ in first }) }
    }

    /// Writes the rows again with the columns in `order`; a name not in the table is a new
    /// column filled by `value(row)`.
    func write(order: [String], to path: String, value: (Int) -> String) throws {
        func cell(_ text: String) -> String {
            text.contains(where: { ",\"\n".contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        var text = order.joined(separator: ",") + "\n"
        for (index, row) in rows.enumerated() {
            text += order.map { row[$0].map(cell) ?? value(index) }.joined(separator: ",") + "\n"
        }
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }
}
