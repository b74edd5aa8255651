import ArgumentParser
import Foundation
import MicromanceModel

/// `micromance history`: the logged moments, newest first.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List logged moments, newest first.",
        discussion: """
        Examples:
          micromance history
          micromance history --limit 50 --json
        """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Show at most this many moments.")
    var limit: Int = 20

    @Flag(help: "Print JSON (with a schemaVersion) instead of a table.")
    var json = false

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be 1 or more") }
    }

    func run() throws {
        let environment = CLIEnvironment.current
        let journal = try storeOptions.load(in: environment).journal
        let moments = Array(journal.moments.sorted { $0.at != $1.at ? $0.at > $1.at : $0.id > $1.id }.prefix(limit))
        if json {
            environment.output.write(try TextFormat.json(JSONEnvelope(kind: "history", data: moments)))
            return
        }
        if moments.isEmpty {
            environment.output.line("Nothing logged yet. Log a first gesture with `micromance log \"Made coffee\"`.")
            return
        }
        let names = Dictionary(journal.partners.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let home = journal.settings.timeZone.flatMap(TimeZone.init(identifier:)) ?? environment.timeZone
        for moment in moments {
            let who = "\(names[moment.giver] ?? moment.giver.rawValue) → \(names[moment.receiver] ?? moment.receiver.rawValue)"
            let language = moment.language?.rawValue ?? "-"
            var line = "\(TextFormat.moment(moment, fallback: home))  \(TextFormat.fit(who, 16))  \(TextFormat.fit(language, 7))  \(moment.title)"
            if moment.kind != .gesture { line += "  [\(moment.kind)\(moment.response.map { ": \($0)" } ?? "")]" }
            environment.output.line(line + "  (\(moment.id))")
        }
        if journal.moments.count > moments.count {
            environment.output.line("… \(journal.moments.count - moments.count) older; use --limit to see more.")
        }
    }
}
