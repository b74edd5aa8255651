import ArgumentParser
import MicromanceInsights
import MicromanceModel

/// `micromance reflect`: one question to sit with.
struct ReflectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reflect",
        abstract: "One reflective question, chosen to fit what your journal shows lately.",
        discussion: """
            Examples:
              micromance reflect
              micromance reflect --json
            """)

    @OptionGroup var storeOptions: StoreOptions

    @OptionGroup var format: FormatOptions

    func run() throws {
        let environment = CLIEnvironment.current
        let journal = try storeOptions.load(in: environment).journal
        let context = PeriodOptions.context(.lastDays(28), for: journal, in: environment)
        let question = Reflection.choose(for: environment.insights.report(context), journal: journal, seed: context.seed)
        if try format.wantsJSON(in: CLIEnvironment.current) {
            environment.output.write(try TextFormat.json(JSONEnvelope(kind: "reflection", data: question)))
            return
        }
        environment.output.line(environment.style.bold(question.text))
        environment.output.line(environment.style.dim("(chosen for: \(question.situation); there is no right answer)"))
    }
}
