import ArgumentParser
import MicromanceInsights
import MicromanceModel

/// `micromance demo`: a report on a made-up couple, touching no user data.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Show a report on a sample journal (Alex and Sam), without reading or writing your own.",
        discussion: """
        Examples:
          micromance demo
          micromance demo --days 30 --json
        """)

    @Option(help: "How many days, ending today, the report covers.")
    var days: Int = 7

    @Flag(help: "Print JSON (with a schemaVersion) instead of text.")
    var json = false

    func validate() throws {
        guard (1...56).contains(days) else { throw ValidationError("--days must be between 1 and 56 (the sample covers eight weeks)") }
    }

    func run() throws {
        let environment = CLIEnvironment.current
        let now = environment.now()
        let journal = DemoJournal.make(now: now, timeZone: environment.timeZone)
        let context = InsightContext(journal: journal, now: now, fallbackTimeZone: environment.timeZone, days: days)
        if !json {
            environment.output.line("A sample journal: eight weeks of Alex and Sam. Your own journal is not read or changed.")
            environment.output.line()
        }
        try ReportRenderer.print(JournalSummary(context), journal: journal, context: context, json: json, to: environment.output)
    }
}
