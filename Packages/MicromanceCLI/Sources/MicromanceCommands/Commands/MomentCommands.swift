import ArgumentParser
import Foundation
import MicromanceModel
import MicromanceStore

/// `micromance respond`: records how a bid or gesture was answered.
struct RespondCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "respond",
        abstract: "Record how a bid (or gesture) was answered: toward, away or against.",
        discussion: """
            Example:
              micromance respond 3f2a toward
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The moment's id, or the start of it (see `micromance history`).")
    var id: String

    @Argument(help: "How the bid was answered.")
    var response: Typed<BidResponse>

    func run() throws {
        let environment = CLIEnvironment.current
        let store = try storeOptions.open(in: environment)
        let title = try store.updateAsThisDevice { journal in
            let index = try journal.momentIndex(id)
            journal.moments[index].response = response.value
            return journal.moments[index].title
        }
        environment.output.line("Noted: \"\(title)\" was turned \(response.value.rawValue).")
    }
}

/// `micromance edit`: changes a logged moment.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change a logged moment: its title, note, language, kind, time or partners.",
        discussion: """
            Only the options you give change. `--note ""` clears the note.

            Examples:
              micromance edit 3f2a --note "after her long shift"
              micromance edit 3f2a --language touch --at "yesterday 9pm"
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The moment's id, or the start of it.")
    var id: String

    @Option(help: "A new title.") var title: String?
    @Option(help: "A new note (empty to remove it).") var note: String?
    @Option(help: "A new love language.") var language: Typed<LoveLanguage>?
    @Option(help: "A new kind of moment.") var kind: Typed<MomentKind>?
    @Option(help: "toward, away or against (empty to remove it).") var response: String?
    @Option(help: ArgumentHelp("When it happened.", valueName: "time")) var at: String?
    @Option(help: "Who gave it.") var from: String?
    @Option(help: "Who received it.") var to: String?

    func validate() throws {
        if let response, !response.isEmpty, BidResponse(parsing: response) == nil {
            throw ValidationError("'\(response)' is not a response; use toward, away or against")
        }
        if [title, note, language?.value.rawValue, kind?.value.rawValue, response, at, from, to].allSatisfy({ $0 == nil }) {
            throw ValidationError(
                "nothing to change; give at least one of --title, --note, --language, --kind, --response, --at, --from, --to")
        }
    }

    func run() throws {
        let environment = CLIEnvironment.current
        let store = try storeOptions.open(in: environment)
        let edited = try store.updateAsThisDevice { journal -> Moment in
            let index = try journal.momentIndex(id)
            var moment = journal.moments[index]
            if let title { moment.title = title }
            if let note { moment.note = note.isEmpty ? nil : note }
            if let language { moment.language = language.value }
            if let kind { moment.kind = kind.value }
            if let response { moment.response = response.isEmpty ? nil : BidResponse(parsing: response) }
            if let from { moment.giver = try journal.requirePartner(from, role: "--from").id }
            if let to { moment.receiver = try journal.requirePartner(to, role: "--to").id }
            if let at {
                let zone = TimeZone(identifier: moment.timeZone) ?? environment.timeZone
                switch DateInput.parse(at, now: environment.now(), timeZone: zone) {
                case .success(let date): moment.at = Timestamp.normalized(date)
                case .failure(let failure): throw CLIError.usage(failure.message)
                }
            }
            journal.moments[index] = moment
            return moment
        }
        environment.output.line("Updated \"\(edited.title)\" [\(edited.id)].")
    }
}

/// `micromance undo`: removes the last logged moment.
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Remove the moment logged last.",
        discussion: """
            Example:
              micromance undo
            """)

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let environment = CLIEnvironment.current
        let store = try storeOptions.open(in: environment)
        let removed = try store.updateAsThisDevice { journal -> Moment in
            guard let last = journal.moments.last else { throw CLIError.usage("there is nothing to undo: the journal has no moments") }
            journal.moments.removeLast()
            return last
        }
        environment.output.line("Removed \"\(removed.title)\" [\(removed.id)].")
    }
}

/// `micromance remove`: deletes a moment.
struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Delete a logged moment (asks first, unless --yes).",
        discussion: """
            Examples:
              micromance remove 3f2a
              micromance remove 3f2a --yes
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The moment's id, or the start of it.")
    var id: String

    @Flag(help: "Do not ask.")
    var yes = false

    func run() throws {
        let environment = CLIEnvironment.current
        let (store, journal) = try storeOptions.load(in: environment)
        let moment = journal.moments[try journal.momentIndex(id)]
        if !yes, try !Confirmation.ask("Remove \"\(moment.title)\" [\(moment.id)]?", in: environment) {
            environment.output.line("Kept it.")
            return
        }
        try store.updateAsThisDevice { journal in
            journal.moments.removeAll { $0.id == moment.id }
        }
        environment.output.line("Removed \"\(moment.title)\" [\(moment.id)].")
    }
}
