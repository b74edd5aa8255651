import ArgumentParser
import Foundation
import MicromanceModel
import MicromanceStore

/// The root `micromance` command.
public struct MicromanceCommand: ParsableCommand {
    /// The command's name, help and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "micromance",
        abstract: "Log the small, everyday gestures of care in a relationship, and see what they add up to.",
        discussion: """
            Frequency beats intensity: one small thing a day does more than one grand gesture a month. \
            Your journal stays on this machine, in a file only you can read.

            Start:   micromance init --me Alex && micromance partner add Sam
            Log:     micromance log "Made Sam's coffee"      (from you to your partner)
            Look:    micromance        (today's digest)   micromance report
            Try it:  micromance demo
            Shell completions: micromance --generate-completion-script bash|zsh|fish
            Guides:  micromance help TOPIC, for a topic's guide: everyday, files,
                     sharing, spreadsheets, reminders, reports, embedding, server
            """,
        version: MicromanceCLI.versionReport,
        subcommands: [
            TodayCommand.self, InitCommand.self, MeCommand.self, SettingsCommand.self, LogCommand.self, RespondCommand.self,
            EditCommand.self, UndoCommand.self,
            RemoveCommand.self, HistoryCommand.self, PartnerCommand.self, RitualCommand.self, ReportCommand.self,
            SuggestCommand.self, IdeasCommand.self, ReflectCommand.self, QuizCommand.self, DemoCommand.self,
            CalendarCommand.self, ConvertCommand.self, ExportCommand.self, ImportCommand.self, MergeCommand.self,
            SyncCommand.self, RepairCommand.self,
        ]
    )

    /// Creates the command (argument parsing does this).
    public init() {}

    /// The arguments as the parser should see them: options with no command (`micromance
    /// --store x`) are today's digest's; a command name mistyped is refused with the nearest one.
    static func routed(_ arguments: [String]) throws -> [String] {
        guard let first = arguments.first else { return arguments }
        let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        if first.hasPrefix("-") {
            // `micromance --store X log ...`: the journal named before the command goes after it.
            let storeWidth = first == "--store" ? 2 : first.hasPrefix("--store=") ? 1 : 0
            if storeWidth > 0, arguments.count > storeWidth, names.contains(arguments[storeWidth]), arguments[storeWidth] != "help" {
                let rest = Array(arguments[storeWidth...])
                return try routed([rest[0]] + Array(arguments[..<storeWidth]) + rest.dropFirst())
            }
            let own: Set<String> = ["-h", "--help", "--version", "--generate-completion-script", "--experimental-dump-help"]
            return own.contains(first) || first.hasPrefix("--generate-completion") ? arguments : ["today"] + arguments
        }
        guard !names.contains(first) else {
            switch first {
            case "log": return LogCommand.protectingDashedText(arguments)
            case "edit": return LogCommand.protectingDashedText(arguments, values: EditCommand.textOptions, flags: ["help"])
            default: return arguments
            }
        }
        let hint = Lookup.didYouMean(first, among: names, within: 2)
        throw CLIError.usage("'\(first)' is not a command.\(hint) `micromance --help` lists them")
    }

    /// Parses `arguments`, runs the command in `environment`, and returns the exit code.
    /// Errors go to the environment's standard error with their exit code; help and
    /// `--version` go to its standard output.
    public static func run(_ arguments: [String], in environment: CLIEnvironment) -> Int32 {
        // Colour off: no colour sequence of the tool's, so none from the journal passes either.
        environment.output.passesColours = environment.usesColor
        environment.errors.passesColours = environment.usesColor
        return CLIEnvironment.$current.withValue(environment) {
            do {
                if let pinned = environment.variables["MICROMANCE_NOW"], CLIEnvironment.pinnedClock(pinned) == nil {
                    throw CLIError.usage(
                        "MICROMANCE_NOW '\(pinned.prefix(40))' is not a timestamp with its offset like 2026-11-24T08:15+01:00 "
                            + "(or 2026-11-24T08:15:00Z); unset it to use the clock")
                }
                var arguments = arguments
                if arguments.isEmpty {
                    // `micromance` alone: today's digest, or a welcome when there is no journal yet.
                    let location = try? StoreOptions.defaultPath(environment.variables)
                    guard let location, let store = try? StoreOptions.open(location, in: environment), store.exists else {
                        if let hint = JoinedFolders.hint(in: environment) {
                            environment.output.line("No journal in this device's own folder, but \(hint).")
                        } else {
                            environment.output.line(Welcome.text)
                        }
                        return 0
                    }
                    arguments = ["today"]
                }
                // The journal in the data folder, on a device that also shares one: say which is used.
                let asksForHelp = arguments.contains { ["--help", "-h", "--version"].contains($0) } || arguments.first == "help"
                if !asksForHelp, let caution = environment.timeZoneCaution { environment.errors.line("micromance: warning: \(caution)") }
                if !asksForHelp, let note = environment.timeZoneNote, let command = arguments.first,
                    CLIEnvironment.timeZoneNoteCommands.contains(command)
                {
                    environment.errors.line("micromance: note: \(note)")
                }
                if !asksForHelp, !arguments.contains(where: { $0 == "--store" || $0.hasPrefix("--store=") }),
                    let hint = JoinedFolders.hint(in: environment),
                    let location = try? StoreOptions.defaultPath(environment.variables), FileManager.default.fileExists(atPath: location)
                {
                    environment.errors.line("micromance: warning: this uses the journal at \(location), not the shared one; \(hint)")
                }
                // `micromance help TOPIC`: a guide's topic, before the parser takes it for a command.
                if arguments.count == 2, arguments[0] == "help",
                    !configuration.subcommands.contains(where: {
                        $0.configuration.commandName == arguments[1]
                    })
                {
                    guard let topic = GuideTopics.topic(arguments[1]) else {
                        let typed = arguments[1].lowercased()
                        var hint = Lookup.didYouMean(typed, among: GuideTopics.all.map(\.name), within: 2)
                        // What a new user tried (a trial): `help list` and `help show` for what is
                        // logged, `help guide` for the guides.
                        if ["list", "show", "ls", "moments"].contains(typed) {
                            hint +=
                                " The moments logged: `micromance history`; the partners: `micromance partner list`;"
                                + " every command: `micromance --help`."
                        } else if ["guide", "guides", "topics", "topic"].contains(typed) {
                            hint += " A guide is `micromance help TOPIC`, with one of these."
                        }
                        throw CLIError.usage(
                            "'\(arguments[1])' is neither a command nor a guide's topic.\(hint) Topics: \(GuideTopics.names)")
                    }
                    environment.output.line(GuideTopics.text(for: topic))
                    return 0
                }
                arguments = try Self.routed(arguments)
                if let log = LogCommand.quick(arguments) {
                    try log.run()
                    return 0
                }
                var command = try parseAsRoot(arguments)
                try command.run()
                return 0
            } catch {
                // The one place where errors become messages and exit codes.
                if var mapped = CLIError.translating(error) {
                    // No journal where this device keeps its own, but it shares one: say where.
                    if mapped.code == 66, let hint = JoinedFolders.hint(in: environment) {
                        mapped = CLIError(code: 66, message: mapped.message.replacingOccurrences(of: CLIError.startOne, with: "; " + hint))
                    }
                    environment.errors.line("micromance: \(mapped.message)")
                    return mapped.code
                }
                let code = exitCode(for: error).rawValue
                var message = fullMessage(for: error)
                if arguments.contains("log") { message = LogCommand.suggesting(in: message) }
                if code == 0 {
                    environment.output.line(message)
                } else {
                    if message.hasPrefix("Error: ") { message = "micromance: " + message.dropFirst("Error: ".count) }
                    environment.errors.line(message)
                }
                return code
            }
        }
    }
}
