import ArgumentParser
import MicromanceModel

/// `micromance ideas`: browse the gesture catalog.
struct IdeasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ideas",
        abstract: "Browse ideas for small gestures, by love language, situation or words.",
        discussion: """
            Situations: \(GestureContext.allCases.map(\.rawValue).joined(separator: ", ")).

            Examples:
              micromance ideas --language touch
              micromance ideas --context apart
              micromance ideas coffee
            """)

    @Argument(help: "Words to look for in the ideas.")
    var words: [String] = []

    @Option(help: "Only ideas in this love language.")
    var language: Typed<LoveLanguage>?

    @Option(help: "Only ideas that suit this situation.")
    var context: String?

    @Option(help: "Show at most this many ideas (15 in text; JSON lists every match unless this is given).")
    var limit: Int?

    @OptionGroup var format: FormatOptions

    func validate() throws {
        if let context, GestureContext(rawValue: context.lowercased()) == nil {
            throw ValidationError(
                "'\(context)' is not a situation; use one of \(GestureContext.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let limit, limit <= 0 { throw ValidationError("--limit must be 1 or more") }
    }

    func run() throws {
        try format.emitting(format: format.name(), journal: FormatOptions.defaultJournal(CLIEnvironment.current)) { try show() }
    }

    /// What the command prints (to `--out` when given).
    private func show() throws {
        let out = CLIEnvironment.current.output
        let found = Catalog.builtIn.search(
            text: words.isEmpty ? nil : words.joined(separator: " "),
            language: language?.value,
            context: context.flatMap { GestureContext(rawValue: $0.lowercased()) })
        // A script gets every match, as `history --json` gives every moment; a person the first 15.
        if try format.wantsJSON(in: CLIEnvironment.current) {
            out.write(try TextFormat.json(JSONEnvelope(kind: "ideas", data: Array(found.prefix(limit ?? found.count)))))
            return
        }
        let shown = Array(found.prefix(limit ?? 15))
        if shown.isEmpty {
            out.line("No ideas match. Try fewer words, or `micromance ideas` for all of them.")
            return
        }
        for gesture in shown {
            let languages = gesture.languages.map(\.rawValue).joined(separator: "+")
            out.line("\(TextFormat.fit(gesture.title, 44))  \(TextFormat.fit(languages, 13))  ~\(gesture.effortMinutes) min")
            // Its id, in brackets as a moment's is, for `log --gesture` and `edit --gesture`.
            out.line("    \(gesture.detail) [\(gesture.id)]")
        }
        if found.count > shown.count { out.line("… \(found.count - shown.count) more; use --limit to see them.") }
    }
}
