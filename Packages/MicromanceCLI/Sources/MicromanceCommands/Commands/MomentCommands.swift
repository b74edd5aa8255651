import ArgumentParser
import Foundation
import MicromanceModel
import MicromanceStore

/// `micromance respond`: records how a bid or gesture was answered.
struct RespondCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "respond",
        abstract: "Record how a bid was answered: toward, away or against.",
        discussion: """
            A moment logged as a gesture or a thank-you becomes a bid when you record how it \
            was answered, so that the answer counts in `report` and shows in `history`.

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
        let (before, after) = try store.updateAsThisDevice { journal -> (Moment, Moment) in
            let index = try journal.momentIndex(id)
            let before = journal.moments[index]
            journal.moments[index].response = response.value
            journal.moments[index].kind = .bid
            return (before, journal.moments[index])
        }
        LastChange.record(.respond, before: before, after: after, store: store, in: environment)
        let title = after.title
        let became = before.kind == .bid ? "" : " (it was logged as a \(before.kind); it now counts as a bid)"
        environment.output.line("Noted: \"\(title)\" was turned \(response.value.rawValue)\(became).")
    }
}

/// `micromance edit`: changes a logged moment.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change a logged moment: its title, note, language, catalog idea, kind, time or partners.",
        discussion: """
            Only the options you give change. `--note ""` clears the note.

            Examples:
              micromance edit 3f2a --note "after her long shift"
              micromance edit 3f2a --language touch --at "yesterday 9pm"
              micromance edit 3f2a --gesture none      (it was not that catalog idea)

            A new language drops a catalog idea that does not speak it, so that what you
            set is what the next title like this one is logged as.
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The moment's id, or the start of it.")
    var id: String

    /// The options that take a value: a value that starts with a dash (`--note -5`) is taken
    /// as text (`LogCommand.protectingDashedText`).
    static let textOptions: Set<String> = ["store", "title", "note", "language", "gesture", "kind", "response", "at", "from", "to"]

    @Option(help: "A new title, on one line (spaces before and after it are dropped).") var title: String?
    @Option(help: "A new note (empty to remove it).") var note: String?
    @Option(help: "A new love language.") var language: Typed<LoveLanguage>?
    @Option(help: ArgumentHelp("The catalog idea it was (the id in brackets in `micromance ideas`), or none.", valueName: "id|none"))
    var gesture: String?
    @Option(help: "A new kind of moment.") var kind: Typed<MomentKind>?
    @Option(help: "toward, away or against (empty to remove it).") var response: String?
    @Option(help: ArgumentHelp("When it happened.", valueName: "time")) var at: String?
    @Option(help: "Who gave it.") var from: String?
    @Option(help: "Who received it.") var to: String?

    func validate() throws {
        if let title, title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--title is empty; give the new title (a moment always has one)")
        }
        if let title { try MomentOptionRules.checkOneLine(title, named: "--title") }
        if let response, !response.isEmpty, BidResponse(parsing: response) == nil {
            throw ValidationError("'\(response)' is not a response; use toward, away or against")
        }
        if [title, note, language?.value.rawValue, gesture, kind?.value.rawValue, response, at, from, to].allSatisfy({ $0 == nil }) {
            throw ValidationError(
                "nothing to change; give at least one of --title, --note, --language, --gesture, --kind, --response, --at, --from, --to")
        }
        try MomentOptionRules.checkAgreement(of: try MomentOptionRules.namedGesture(gesture), with: language?.value)
        try MomentOptionRules.checkResponse(response, kind: kind?.value)
    }

    func run() throws {
        let environment = CLIEnvironment.current
        let store = try storeOptions.open(in: environment)
        let (before, edited, receiver, giver) = try store.updateAsThisDevice { journal -> (Moment, Moment, Partner?, Partner?) in
            let index = try journal.momentIndex(id)
            var moment = journal.moments[index]
            let before = moment
            if let title { moment.title = title.trimmingCharacters(in: .whitespacesAndNewlines) }
            if let note { moment.note = note.isEmpty ? nil : note }
            if let gesture {
                let named = gesture.lowercased() == "none" ? nil : Catalog.builtIn.gesture(Identifier(gesture))
                moment.gestureID = named?.id
                // A named idea with no language given sets the idea's.
                if let named, language == nil, !(moment.language.map(named.languages.contains) ?? false) {
                    moment.language = named.primaryLanguage
                }
            }
            if let language {
                // The language the matcher guessed, given again: a confirmation teaches the
                // matcher as a correction does (`Moment.languageIsTaught`).
                if moment.language == language.value, !moment.languageIsTaught {
                    var clock = try DeviceIdentity.clock(after: journal, in: environment)
                    moment.changes.touch("language", at: clock.tick())
                }
                moment.language = language.value
                // An idea that does not speak the language set was the matcher's mistake: kept,
                // it would teach the next title like this one its own language.
                if gesture == nil, let id = moment.gestureID, let idea = Catalog.builtIn.gesture(id),
                    !idea.languages.contains(language.value)
                {
                    moment.gestureID = nil
                }
            }
            if let kind { moment.kind = kind.value }
            if let response { moment.response = response.isEmpty ? nil : BidResponse(parsing: response) }
            // A moment with an answer is a bid (as with `respond`).
            if let response, !response.isEmpty, kind == nil { moment.kind = .bid }
            // As with `log`: give one of the two and the other is implied.
            if let from { moment.giver = try journal.requirePartner(from, role: "--from").id }
            if let to { moment.receiver = try journal.requirePartner(to, role: "--to").id }
            if from != nil, to == nil, moment.giver == moment.receiver, let other = journal.otherPartner(than: moment.giver) {
                moment.receiver = other.id
            }
            if to != nil, from == nil, moment.giver == moment.receiver, let other = journal.otherPartner(than: moment.receiver) {
                moment.giver = other.id
            }
            if let at {
                let zone = TimeZone(identifier: moment.timeZone) ?? environment.timeZone
                switch DateInput.parse(at, now: environment.now(), timeZone: zone) {
                case .success(let date):
                    moment.at = Timestamp.normalized(date)
                    if let note = DateInput.repeatedTimeNote(date, in: zone, explicit: DateInput.givesOffset(at)) {
                        environment.errors.line("micromance: note: \(note)")
                    }
                case .failure(let failure): throw CLIError.usage(failure.message)
                }
            }
            // A change the journal's rules refuse is a mistake in the arguments, not a damaged
            // journal: the one translation of errors (CLIError.translating) says so.
            try journal.validate(moment)
            journal.moments[index] = moment
            return (before, moment, journal.partner(moment.receiver), journal.partner(moment.giver))
        }
        LastChange.record(.edit, before: before, after: edited, store: store, in: environment)
        environment.output.line("Updated \"\(edited.title)\" [\(edited.id)].")
        // What changed that the line above does not show: the catalog idea, who gave it.
        if edited.gestureID != before.gestureID {
            let idea = edited.gestureID.flatMap { Catalog.builtIn.gesture($0) }
            environment.output.line(idea.map { "Catalog idea: \"\($0.title)\"." } ?? "No catalog idea now.")
        }
        if edited.giver != before.giver, let giver, let receiver {
            environment.output.line("Now \(giver.name) → \(receiver.name); \"\(edited.title)\" logged again here goes that way too.")
        }
        if let language = edited.language, language != before.language, let receiver,
            let idea = receiver.idea(matching: edited.title), let ideaLanguage = idea.language, ideaLanguage != language
        {
            // The idea is matched before what a correction teaches: say how to change it too.
            environment.output.line(
                "\(receiver.name)'s own idea \"\(idea.text)\" still says \(ideaLanguage.displayName.lowercased()) and is matched first; "
                    + "`micromance partner edit \(receiver.id) --add-idea \"\(idea.text)\" --language \(language.rawValue)` changes it.")
        } else if let language = edited.language, language != before.language {
            environment.output.line(
                "Now \(language.displayName.lowercased()); the next \"\(edited.title)\", or a title like it, is logged as that too.")
        } else if let language = edited.language, self.language != nil, edited.languageIsTaught, !before.languageIsTaught {
            environment.output.line(
                "Kept as \(language.displayName.lowercased()); the next \"\(edited.title)\", or a title like it, is logged as that too.")
        }
    }
}

/// `micromance undo`: takes back this device's last change to a moment.
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Take back the last change made here: a moment logged, edited, answered or removed, or a reflection kept.",
        discussion: """
            Undo takes back what this device did last in this journal, and says what it was. It \
            undoes one change; run it again and there is nothing more to take back. When the last \
            change was to the settings, a partner, a ritual or who you are (`me`), undo says so and \
            changes nothing: it never reaches past that to an older change.

            Example:
              micromance undo
            """)

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let environment = CLIEnvironment.current
        let store = try storeOptions.open(in: environment)
        guard store.exists else { throw StoreError.notFound(store.location) }
        // A data folder put back from a backup is found out first: its records name changes made
        // before the backup, not this device's last one (they are forgotten then).
        _ = try DeviceIdentity.current(environment)
        guard let change = LastChange.load(for: store, in: environment) else {
            throw CLIError.usage(
                "nothing to undo: undo takes back one step, the last log, edit, answer, removal or reflection this device made "
                    + "in this journal, and there is none left (it was taken back, or nothing was done here yet); "
                    + "`micromance history` lists the moments, and `micromance edit ID` or `micromance remove ID` changes one"
            )
        }
        if change.action == .other, change.merged == true, let what = change.what {
            throw CLIError.usage(
                "the last change made here to this journal (\(what)) is one undo cannot take back, and undo does not reach "
                    + "past it to an older change; nothing was changed. A merge of two different people is mended by hand: "
                    + "`micromance partner add NAME` for the one merged away (unless they are still here under another name, "
                    + "which `partner add` then names), then `micromance edit ID --from NAME` or `--to NAME` "
                    + "for each of their moments (`micromance history` lists them)")
        }
        if change.action == .other {
            let mend =
                change.what?.hasSuffix("(`merge`)") == true
                ? "What the merge brought in stays: `micromance history` lists the moments, and `micromance remove ID` takes one out"
                : "Change it back with the command that made it (`micromance settings`, `micromance partner edit`, "
                    + "`micromance ritual`, `micromance me`); `micromance history` lists the moments if you meant one of them"
            throw CLIError.usage(
                "the last change made here to this journal (\(change.what ?? "its settings, partners or rituals")) is one undo "
                    + "cannot take back, and undo does not reach past it to an older change; nothing was changed. \(mend)")
        }
        let said = try store.updateAsThisDevice { journal -> String in
            if change.action == .reflect, let answer = change.answer {
                guard let index = journal.reflections.firstIndex(where: { $0.id == answer.id }) else {
                    throw CLIError.usage("the answer [\(answer.id)] is no longer in the journal; nothing to undo")
                }
                journal.reflections.remove(at: index)
                return "Took back the answer to \"\(TextFormat.oneLine(answer.question))\" [\(answer.id)]: it is removed."
            }
            guard let after = change.after else { throw CLIError.usage("there is nothing to undo") }
            let index = journal.moments.firstIndex { $0.id == after.id }
            // Changed since (by the partner's device, or another command here): taking this
            // device's change back would silently take that one back too.
            if change.action != .remove, let index {
                var now = journal.moments[index]
                now.changes = after.changes
                if abs(now.at.timeIntervalSince(after.at)) < 1 { now.at = after.at }
                guard now == after else {
                    throw CLIError.usage(
                        "\"\(after.title)\" [\(after.id)] was changed since (on another device, or by another command here), "
                            + "and undo would take that change back too; nothing was changed: use `micromance edit \(after.id)` "
                            + "or `micromance remove \(after.id)` for what you meant")
                }
            }
            switch change.action {
            case .log:
                guard let index else { throw CLIError.usage("\"\(after.title)\" is no longer in the journal; nothing to undo") }
                journal.moments.remove(at: index)
                return "Took back logging \"\(after.title)\" [\(after.id)]: it is removed."
            case .edit, .respond:
                guard let index, let before = change.before else {
                    throw CLIError.usage("\"\(after.title)\" is no longer in the journal; nothing to undo")
                }
                var restored = before
                restored.changes = journal.moments[index].changes
                journal.moments[index] = restored
                let what = change.action == .edit ? "the edit of" : "the answer to"
                return "Took back \(what) \"\(before.title)\" [\(before.id)]: it is as it was."
            case .remove:
                guard index == nil else { throw CLIError.usage("\"\(after.title)\" is already back in the journal") }
                // A journal made again at the same path is another journal: the moment was not
                // removed from it.
                guard journal.removed.moments.contains(where: { $0.id == after.id }) else {
                    throw CLIError.usage(
                        "\"\(after.title)\" was not removed from this journal (it was made again since); nothing to undo")
                }
                journal.moments.append(after)
                return "Took back removing \"\(after.title)\" [\(after.id)]: it is back."
            case .reflect, .other:
                throw CLIError.usage("there is nothing to undo")
            }
        }
        LastChange.clear(for: store, in: environment)
        environment.output.line(said)
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
        LastChange.record(.remove, before: moment, after: moment, store: store, in: environment)
        environment.output.line(
            "Removed \"\(moment.title)\" [\(moment.id)]. (`micromance undo` brings it back, until the next change made here.)")
    }
}
