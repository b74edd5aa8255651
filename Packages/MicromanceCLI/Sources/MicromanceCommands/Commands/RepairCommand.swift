import ArgumentParser
import MicromanceModel
import MicromanceStore

/// `micromance repair`: puts back what a spreadsheet changed on its own in a CSV journal.
struct RepairCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repair",
        abstract: "Put back the values a spreadsheet changed on its own in a CSV journal, keeping your edits.",
        discussion: """
            A spreadsheet that opens and saves the tables may turn a note such as "12,50 €" or \
            "1. Mai" into a number or a date, cut a very long note, split a title at a semicolon, \
            or turn characters into '?'. Micromance refuses to read such a table and names the cell. \
            This command puts back the values as Micromance wrote them, keeps every change you made \
            yourself (edited notes, deleted rows, new rows), and writes the tables again.

            Example:
              micromance repair --store csv:~/micromance-tables

            The guide: micromance help spreadsheets
            """)

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let environment = CLIEnvironment.current
        let store = try storeOptions.open(in: environment)
        guard let tables = store as? CSVJournalStore else {
            throw CLIError.usage("\(store.location) is not a folder of CSV tables; repair is for tables a spreadsheet saved")
        }
        let repaired = try tables.repairSpreadsheetDamage()
        guard !repaired.isEmpty else {
            // Nothing a spreadsheet did, but the journal may still not read for another reason
            // (a giver who is not a partner): say what, and fail, rather than "nothing to
            // repair" and success (a new user's trial).
            do {
                _ = try tables.load()
            } catch {
                environment.errors.line(
                    "micromance: no value in \(tables.location) was changed by a spreadsheet on its own; the journal does not read for this reason:"
                )
                throw error
            }
            environment.output.line("Nothing to repair: no value in \(tables.location) was changed by a spreadsheet on its own.")
            return
        }
        environment.output.line("Put back \(TextFormat.count(repaired.count, "value")) a spreadsheet had changed:")
        for cell in repaired {
            environment.output.line(
                "  \(cell.table), \(cell.field) of \(cell.id): '\(TextFormat.oneLine(StoreError.excerpt(cell.found)))' "
                    + "is '\(TextFormat.oneLine(StoreError.excerpt(cell.written)))' again")
        }
        environment.output.line("Your own edits were kept, as your changes.")
    }
}
