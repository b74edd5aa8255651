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
              micromance demo --month --json
            """)

    @OptionGroup var period: PeriodOptions

    @OptionGroup var format: FormatOptions

    func run() throws {
        let environment = CLIEnvironment.current
        let now = environment.now()
        let journal = DemoJournal.make(now: now, timeZone: environment.timeZone)
        let context = try period.context(for: journal, in: environment)
        let renderer = try format.renderer(in: environment)
        if renderer.name == "text", format.out == nil {
            TextRenderer.say(
                "A sample journal: eight weeks of Alex and Sam. Your own journal is not read or changed.",
                to: environment.output, width: environment.width, first: "")
            environment.output.line()
        }
        try format.emit(
            try renderer.render(environment.insights.report(context), for: environment.page), format: renderer.name,
            journal: FormatOptions.defaultJournal(environment), in: environment)
    }
}
