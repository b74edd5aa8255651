import ArgumentParser
import Foundation
import MicromanceInsights
import MicromanceModel
import MicromanceStore

/// `micromance log`: records a micromance.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Log a small gesture, a bid for connection, or thanks said out loud.",
        discussion: """
            The title is matched to what it describes: a title you logged before first (with the \
            language it ended with, after any correction: the matcher learns your words), then the \
            receiving partner's own ideas, then the catalog ("coffee" is acts of service). When \
            nothing matches, the love language is guessed from the words; when two languages are \
            about as likely, a terminal asks which (one key), and otherwise the moment is logged \
            without one. The log line says whether the language was learned, matched, guessed or \
            chosen; --language or --gesture (an id, or none) set it in the same command, and \
            `micromance edit ID --language L` corrects it later (and teaches the next log). With \
            two partners, --from and --to default to the ones in the settings; give one and the \
            other is implied.

            Examples:
              micromance log "Made Sam's coffee" --from Alex --to Sam
              micromance log "Asked about the interview" --kind bid --response toward --at "yesterday 7pm"
              micromance log "She showed me a photo of the sunset" --their-bid --response toward
              micromance log "Thank-you note on the fridge" --kind gratitude --language words --note "for fixing the bike"
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "What happened, in a few words on one line (spaces before and after it are dropped).")
    var title: String

    @Option(help: "Who gave it (a name or id).")
    var from: String?

    @Option(help: "Who received it (a name or id).")
    var to: String?

    @Option(help: "The love language (default: the matched idea's, or a guess from the words).")
    var language: Typed<LoveLanguage>?

    @Option(help: "What kind of moment it is.")
    var kind: Typed<MomentKind>?

    @Flag(
        help:
            "A bid your partner made to you (say how you answered with --response): --kind bid with the default giver and receiver the other way round; --from names who made it."
    )
    var theirBid = false

    @Option(help: "For a bid: how it was answered (a moment with a response is a bid).")
    var response: Typed<BidResponse>?

    @Option(help: ArgumentHelp("The catalog gesture it was (the id in brackets in `micromance ideas`), or none.", valueName: "id"))
    var gesture: String?

    @Option(help: "A private note.")
    var note: String?

    @Option(
        help: ArgumentHelp(
            "When it happened (default: now), read on the giver's clock: their own time zone when one is set "
                + "(`settings --partner-time-zone`), else this device's (the journal's on a clock set to plain UTC). Accepts: \(DateInput.acceptedForms).",
            valueName: "time"))
    var at: String?

    @Option(help: ArgumentHelp("The ritual this carries out (its id); `micromance ritual done` sets it.", valueName: "id"))
    var ritual: String?

    func validate() throws {
        if theirBid, let kind, kind.value != .bid { throw ValidationError("--their-bid is a bid; leave out --kind \(kind.value)") }
        try MomentOptionRules.checkResponse(response?.value.rawValue, kind: kind?.value)
        try MomentOptionRules.checkAgreement(of: try MomentOptionRules.namedGesture(gesture), with: language?.value)
        if title.trimmed.isEmpty { throw ValidationError("the title is empty; say what happened") }
        try MomentOptionRules.checkOneLine(title, named: "the title")
    }

    func run() throws {
        let environment = CLIEnvironment.current
        let store = try storeOptions.open(in: environment)
        // One read under the store's lock: it resolves names, checks the moment and is what
        // the moment is appended to, so a moment logged meanwhile by another process is kept.
        // A store that can leaves the other moments unread: logging stays quick however long
        // the journal grows.
        // Two languages about as likely: in a terminal the person picks one with a key, outside
        // the lock (nobody else waits while they think), and the moment is made again with it.
        var chosen = language?.value
        var outcome: Outcome
        do {
            outcome = try append(to: store, language: chosen, environment: environment)
        } catch let error as CLIError where error.code == 64 {
            // Partners or a ritual missing while another device's files arrive are on their
            // way: try again then, rather than add them a second time.
            if let arriving = StoreOptions.stillArriving(store) {
                throw CLIError.tryAgainLater("\(arriving); \(error.message) for now. Try again then (nothing was written)")
            }
            throw error
        }
        if case .ask(let candidates) = outcome {
            chosen = ask(candidates, environment: environment)
            outcome = try append(to: store, language: chosen, decided: true, environment: environment)
        }
        guard case .logged(let journal, let byDay, let moment, let giver, let receiver, let match, let turned) = outcome else { return }
        LastChange.record(.log, before: nil, after: moment, store: store, in: environment)
        let now = Date(timeIntervalSince1970: environment.now().timeIntervalSince1970.rounded(.down))

        let languageText = moment.language.map { ", \($0.displayName.lowercased())" } ?? ""
        let what = moment.kind == .gesture ? "" : "\(moment.kind) "
        let answer = moment.kind == .bid ? ", " + (moment.response.map { "turned \($0)" } ?? "no answer noted yet") : ""
        environment.output.line(
            "Logged \(what)\"\(moment.title)\" (\(giver.name) → \(receiver.name)\(languageText)\(answer)) [\(moment.id)]")
        if let note = DeviceTimeZone.westwardNote(
            environment.variables["TZ"], device: environment.timeZone, home: journal.settings.timeZone, now: moment.at)
        {
            environment.errors.line("micromance: note: \(note)")
        }
        // A time given in words is said back as read: "yesterday" is the giver's yesterday
        // when they keep a zone of their own (a new user's trial could not tell which day it took).
        if at != nil {
            let zone = TimeZone(identifier: moment.timeZone) ?? environment.timeZone
            let day = moment.day(fallback: environment.timeZone)
            let time = Timestamp.format(moment.at, in: zone).dropFirst(11).prefix(5)
            let whose =
                moment.timeZone == environment.viewerZone(for: journal).identifier ? "" : ", \(giver.name)'s time (\(moment.timeZone))"
            environment.output.line("At \(TextFormat.day(day)) \(time)\(whose).")
        }
        for line in Self.describe(
            match, moment: moment, receiver: receiver, languageChosen: chosen != nil,
            gestureGiven: gesture != nil && moment.gestureID != nil,
            gestureRefused: gesture?.lowercased() == "none", store: storeOptions.store)
        {
            environment.output.line(line)
        }
        // Said only when a title logged before turned it: a ritual kept by the partner alone is
        // theirs without any (a new user's trial: "as you logged" on a ritual's first mark).
        if turned {
            let name = receiver.name.shellQuoted
            let storeArgument = storeOptions.argument
            environment.output.line(
                "From \(giver.name), as you logged \"\(moment.title)\" before; "
                    + "`micromance edit \(moment.id) --from \(name)\(storeArgument)` turns it round.")
        } else if from == nil, to == nil, !theirBid, giver.id == journal.settings.defaultGiver,
            let hint = Self.directionHint(moment, giver: giver, receiver: receiver, store: storeOptions.store)
        {
            environment.output.line(hint)
        }
        let context = InsightContext(journal: journal, now: now, timeZone: environment.viewerZone(for: journal), period: .lastDays(1))
        let counted = byDay ?? Dictionary(context.momentDays.map { ($0, 1) }, uniquingKeysWith: +)
        let habit = Habit(momentsByDay: counted, today: context.today, settings: journal.settings, scoring: environment.insights.scoring)
        let streak = habit.streaks.current
        environment.output.line(
            "Streak: \(streak) day\(streak == 1 ? "" : "s"). Consistency: \(Int((habit.consistency * 100).rounded()))%.")
    }

    /// What one try at appending came to.
    private enum Outcome {
        /// Logged: the journal as appended to, its moments per day when not loaded, the
        /// moment, its partners and what its title matched.
        case logged(Journal, [Int: Int]?, Moment, Partner, Partner, GestureMatch, turned: Bool)
        /// Nothing written: two languages are about as likely, and a terminal can ask which.
        case ask([LoveLanguage])
    }

    /// Appends the moment under the store's lock, or writes nothing and asks for a choice
    /// when the language is undecided between two and a terminal could ask (`decided` false).
    private func append(
        to store: any JournalStore, language chosen: LoveLanguage?, decided: Bool = false, environment: CLIEnvironment
    ) throws -> Outcome {
        try store.withAppendingJournal { appending -> Outcome in
            var (moment, giver, receiver, match, turned) = try makeMoment(in: appending, language: chosen, environment: environment)
            if match.source == .unsure, chosen == nil, !decided, gesture == nil, environment.inputIsTerminal,
                environment.outputIsTerminal
            {
                return .ask(match.candidates)
            }
            var clock = try DeviceIdentity.clock(after: appending.journal, in: environment)
            if let stamp = appending.latestMomentStamp { clock.observe(stamp) }
            moment.changes = Changes(created: clock.tick())
            // A language the person gave (`--language`, a key, a gesture named) or taught
            // before (a title learned) is stamped as theirs: only such titles teach the
            // matcher, so that its guesses do not teach the next ones (`Moment.languageIsTaught`).
            if moment.language != nil, chosen != nil || language != nil || (gesture != nil && moment.gestureID != nil) || match.isLearned {
                moment.changes.touch("language", at: clock.tick())
            }
            // Who gave it, when given (--from, --to), is stamped the same way: a log turned round
            // because the title was logged so before is not more evidence of the way it went
            // (`Moment.directionIsGiven`; each was, and one --from turned the title for good).
            if from != nil || to != nil { moment.changes.touch("giver", at: clock.tick()) }
            try store.append(moment, to: &appending)
            return .logged(appending.journal, appending.momentsByDay, moment, giver, receiver, match, turned: turned)
        }
    }

    /// Asks which of two languages a title speaks, one key press; nil leaves it unclassified.
    private func ask(_ options: [LoveLanguage], environment: CLIEnvironment) -> LoveLanguage? {
        guard options.count == 2 else { return nil }
        environment.output.write(
            "\"\(title)\" could be \(options[0].displayName.lowercased()) (1) or \(options[1].displayName.lowercased()) (2); "
                + "press 1 or 2, or any other key to leave it unclassified: ")
        let key = environment.input.nextKey()
        environment.output.line(key.map(String.init) ?? "")
        switch key {
        case "1": return options[0]
        case "2": return options[1]
        default: return nil
        }
    }

    /// When the moment happened (`--at`, else now) and the zone its day is read in. A day is
    /// the day of the person who lived it: the moment keeps the giver's own zone when the
    /// couple set one (`settings --partner-time-zone`), else this device's (the home zone on a
    /// device whose clock has none set: ``CLIEnvironment/loggingZone(for:)``), and `--at` is read
    /// there (23:30 in Buenos Aires is Thursday there, even when it is already Friday at home
    /// in Berlin).
    func when(givenBy giver: Partner, in journal: Journal, environment: CLIEnvironment) throws -> (Date, TimeZone) {
        // Whole seconds read better in the journal than the clock's microseconds.
        let now = Date(timeIntervalSince1970: environment.now().timeIntervalSince1970.rounded(.down))
        let zone = journal.settings.partnerTimeZones[giver.id].flatMap(TimeZone.init(identifier:)) ?? environment.loggingZone(for: journal)
        guard let at else { return (now, zone) }
        switch DateInput.parse(at, now: now, timeZone: zone) {
        case .success(let parsed):
            if let note = DateInput.repeatedTimeNote(parsed, in: zone, explicit: DateInput.givesOffset(at)) {
                environment.errors.line("micromance: note: \(note)")
            }
            return (parsed, zone)
        case .failure(let failure): throw CLIError.usage(failure.message)
        }
    }

    /// The moment to log, built from the arguments and the journal, with the partners and
    /// what its title matched (the couple's own earlier titles first), and whether an earlier
    /// moment of the title turned it round.
    func makeMoment(
        in appending: AppendingJournal, language chosen: LoveLanguage? = nil, environment: CLIEnvironment
    ) throws -> (Moment, Partner, Partner, GestureMatch, turned: Bool) {
        let journal = appending.journal
        // Built from the labelled titles on each use: once here.
        let learned = appending.learnedTitles
        var (giver, receiver) = try resolvePartners(in: journal)
        var turned = false
        // The same title logged on this device the other way round ("gave me a foot rub", from
        // the partner to this device's partner) goes that way again unless --from or --to says.
        // A data folder found to be a copy (a backup restored, a home folder moved to a new
        // laptop) writes under a new identity; what its former one learned still holds.
        if from == nil, to == nil, !theirBid, try soloDoer(in: journal) == nil,
            let earlier = learned.direction(of: title, on: try? DeviceIdentity.current(environment), usualGiver: giver.id)
                ?? DeviceIdentity.previous(environment).flatMap({ learned.direction(of: title, on: $0, usualGiver: giver.id) }),
            earlier.giver == receiver.id, earlier.receiver == giver.id
        {
            swap(&giver, &receiver)
            turned = true
        }
        let (date, zone) = try when(givenBy: giver, in: journal, environment: environment)
        let match = Catalog.builtIn.match(title, ideas: receiver.ownIdeas, learned: learned)
        var gestureID = match.gesture?.id
        // validate() refused an unknown id and a gesture that does not speak --language.
        let namedGesture = try MomentOptionRules.namedGesture(gesture)
        if gesture != nil { gestureID = namedGesture?.id }
        // A gesture named with --gesture speaks its own language; otherwise the match's stands
        // (learned from a correction, or the one of a two-language gesture the words favour).
        let chosenLanguage = chosen ?? language?.value ?? namedGesture?.primaryLanguage ?? match.language
        if gesture == nil, let idea = match.gesture {
            // An idea that does not speak the language given is not what was done (`edit
            // --language` drops it the same way); and a ritual's mark keeps only an idea its
            // words name (a keyword, a taught title, the partner's own idea): a guess from the
            // words would be repeated on every mark ("Evening tea on the balcony" as a game).
            if let chosenLanguage, !idea.languages.contains(chosenLanguage) { gestureID = nil }
            if ritual != nil, match.isGuess { gestureID = nil }
        }
        let ritualID = try ritual.map { journal.rituals[try journal.ritualIndex($0)].id }
        var generator = environment.makeGenerator()
        var id = Identifier<Moment>.random(using: &generator)
        while appending.containsMoment(id) { id = .random(using: &generator) }
        let moment = Moment(
            id: id, at: date, timeZone: zone.identifier, giver: giver.id, receiver: receiver.id,
            title: title.trimmed, gestureID: gestureID,
            language: chosenLanguage, note: note, response: response?.value,
            kind: theirBid || response != nil ? .bid : kind?.value ?? .gesture, ritualID: ritualID)
        return (moment, giver, receiver, match, turned)
    }

    /// Where the moment's language came from, said so that a wrong one is seen and corrected:
    /// learned from an earlier title, matched, guessed, chosen, or left unset.
    static func describe(
        _ match: GestureMatch, moment: Moment, receiver: Partner, languageChosen: Bool, gestureGiven: Bool, gestureRefused: Bool = false,
        store: String? = nil
    ) -> [String] {
        let language = moment.language.map { $0.displayName.lowercased() }
        // How to correct it names `edit`: `log` again with --language would log a second moment.
        // The journal named as it was given, so that the command works as shown.
        let storeArgument = StoreOptions.argument(store)
        let edit = "`micromance edit \(moment.id) --language L\(storeArgument)`"
        if languageChosen, let language { return ["Language chosen: \(language)."] }
        if gestureGiven { return language.map { ["Language from the gesture you named: \($0)."] } ?? [] }
        if gestureRefused, match.gesture != nil {
            return ["No catalog idea (--gesture none); language: \(language ?? "none") (\(edit) sets it)."]
        }
        switch match.source {
        case .learned(let title):
            return ["Learned from the earlier \"\(title)\": \(language ?? "no language") (\(edit) corrects it)."]
        case .idea(let idea):
            let given = receiver.ownIdeas.contains { $0.text == idea && $0.language != nil }
            let hint =
                given
                ? "" : " (from its words; `micromance partner edit \(receiver.id) --add-idea \"\(idea)\" --language L` gives it one)"
            return ["Matched \(receiver.name)'s own idea \"\(idea)\": \(language ?? "no language")\(hint)."]
        case .catalog:
            guard let gesture = match.gesture else {
                return ["From the catalog's words: \(language ?? "no language") (\(edit) corrects it)."]
            }
            return [
                "Matched the catalog idea \"\(gesture.title)\": \(language ?? "no language") (\(edit) or --gesture none corrects it)."
            ]
        case .guess:
            // A guessed idea that was not kept (a ritual's mark, another language) is not said.
            guard let gesture = match.gesture, moment.gestureID == gesture.id else {
                return ["Guessed from the words: \(language ?? "no language") (\(edit) corrects it)."]
            }
            return [
                "Guessed from the words: \(language ?? "no language"), like the catalog idea \"\(gesture.title)\" "
                    + "(\(edit) or --gesture none corrects it)."
            ]
        case .unsure:
            let both = match.candidates.map { $0.rawValue }
            return [
                "Could be \(match.candidates.map { $0.displayName.lowercased() }.joined(separator: " or ")); logged without a language. "
                    + "Set it with `micromance edit \(moment.id) --language \(both.first ?? "words")\(storeArgument)` (or \(both.last ?? "time"))."
            ]
        case .none:
            return [
                "Nothing matched and the words name no love language; `micromance edit \(moment.id) --language L\(storeArgument)` sets one."
            ]
        }
    }
}
