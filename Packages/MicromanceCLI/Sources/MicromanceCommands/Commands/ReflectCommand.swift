import ArgumentParser
import MicromanceInsights
import MicromanceModel

/// `micromance reflect`: one question to sit with.
struct ReflectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reflect",
        abstract: "One reflective question, chosen to fit what your journal shows lately.",
        discussion: """
            The question stays the same all day; --another asks a different one for the same situation.

            Examples:
              micromance reflect
              micromance reflect --another
              micromance reflect --json
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Flag(help: "Ask a different question than today's (for the same situation when there is one).")
    var another = false

    @OptionGroup var format: FormatOptions

    func run() throws {
        let environment = CLIEnvironment.current
        let journal = try storeOptions.load(in: environment).journal
        let context = PeriodOptions.context(.lastDays(28), for: journal, in: environment)
        let report = environment.insights.report(context)
        var question = Reflection.choose(for: report, journal: journal, seed: context.seed)
        if another {
            // The next seeds until the question changes (every situation has several).
            let today = question.text
            for step in 1...64 {
                question = Reflection.choose(for: report, journal: journal, seed: context.seed &+ UInt64(step) &* 0x9E37_79B9_7F4A_7C15)
                if question.text != today { break }
            }
        }
        if try format.wantsJSON(in: CLIEnvironment.current) {
            environment.output.write(try TextFormat.json(JSONEnvelope(kind: "reflection", data: question)))
            return
        }
        environment.output.line(environment.style.bold(question.text))
        environment.output.line(environment.style.dim("(chosen for: \(question.situation); there is no right answer)"))
    }
}
