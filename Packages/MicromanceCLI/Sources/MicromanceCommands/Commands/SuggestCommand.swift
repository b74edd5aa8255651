import ArgumentParser
import Foundation
import MicromanceInsights
import MicromanceModel

/// `micromance suggest`: the next small gesture for a partner, with reasons.
struct SuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Suggest the next small gestures for a partner, and say why.",
        discussion: """
            Ranks the catalog and the partner's own ideas by their love languages, what they have \
            turned toward, how long since each was done, and the situation. \
            Situations: \(GestureContext.allCases.map(\.rawValue).joined(separator: ", ")).

            Examples:
              micromance suggest --for Sam
              micromance suggest --for Sam -n 5 --context apart
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .customLong("for"), help: "Who the gesture is for (default: the usual receiver).")
    var receiver: String?

    @Option(name: [.customShort("n"), .long], parsing: .unconditional, help: "How many suggestions.")
    var count: Int = 3

    @Option(help: ArgumentHelp("Favour a situation (repeatable): apart, morning, evening, stress, ...", valueName: "situation"))
    var context: [String] = []

    @OptionGroup var format: FormatOptions

    func validate() throws {
        guard (1...100).contains(count) else { throw ValidationError("-n must be between 1 and 100") }
        for item in context where GestureContext(rawValue: item.lowercased()) == nil {
            throw ValidationError(
                "'\(item)' is not a situation; use one of \(GestureContext.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        try format.emitting(format: format.name(), journal: try? storeOptions.path(in: CLIEnvironment.current)) { try show() }
    }

    /// What the command prints (to `--out` when given).
    private func show() throws {
        let environment = CLIEnvironment.current
        let journal = try storeOptions.load(in: environment).journal
        let partner: Partner
        if let receiver {
            partner = try journal.requirePartner(receiver, role: "--for")
        } else if let found = journal.usualReceiver {
            partner = found
        } else {
            throw CLIError.usage("add a partner first with `micromance partner add NAME`")
        }
        let insight = PeriodOptions.context(.lastDays(7), for: journal, in: environment)
        let request = SuggestionRequest(
            receiver: partner.id, count: count,
            contexts: Set(context.compactMap { GestureContext(rawValue: $0.lowercased()) }))
        let suggestions = SuggestionEngine().suggest(request, in: insight)
        if try format.wantsJSON(in: CLIEnvironment.current) {
            environment.output.write(try TextFormat.json(JSONEnvelope(kind: "suggestions", data: suggestions)))
            return
        }
        environment.output.line("For \(partner.name):")
        var apart = journal
        apart.partners = journal.partners.filter { $0.id == partner.id }
        for line in PartnerClock.lines(for: apart, now: environment.now(), viewer: environment.viewerZone(for: journal)) {
            TextRenderer.say(line, to: environment.output, width: environment.width, first: "")
        }
        for (index, suggestion) in suggestions.enumerated() {
            let language = suggestion.language.map { " (\($0.displayName.lowercased()))" } ?? ""
            let out = environment.output, width = environment.width
            TextRenderer.say("\(suggestion.title)\(language)", to: out, width: width, first: "\(index + 1). ", rest: "   ")
            if let detail = suggestion.detail { TextRenderer.say(detail, to: out, width: width, first: "   ") }
            TextRenderer.say("Why: \(suggestion.reasons.joined(separator: "; ")).", to: out, width: width, first: "   ")
        }
    }
}
