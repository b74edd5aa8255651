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
            The title is matched to what it describes: the receiving partner's own ideas first, then \
            the catalog ("coffee" is acts of service); the log line says what it matched, and \
            --language or --gesture (an id, or none) correct it in the same command. When nothing \
            matches, the love language is guessed from the words, and the log line says so. With two partners, --from and --to default to the \
            ones in the settings; give one and the other is implied.

            Examples:
              micromance log "Made Sam's coffee" --from Alex --to Sam
              micromance log "Asked about the interview" --kind bid --response toward --at "yesterday 7pm"
              micromance log "She showed me a photo of the sunset" --their-bid --response toward
              micromance log "Thank-you note on the fridge" --kind gratitude --language words --note "for fixing the bike"
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "What happened, in a few words.")
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
            "A bid your partner made to you (you say how you answered with --response); the same as --kind bid with giver and receiver the other way round."
    )
    var theirBid = false

    @Option(help: "For a bid: how it was answered.")
    var response: Typed<BidResponse>?

    @Option(help: ArgumentHelp("The catalog gesture it was (an id from `micromance ideas --json`), or none.", valueName: "id"))
    var gesture: String?

    @Option(help: "A private note.")
    var note: String?

    @Option(help: ArgumentHelp("When it happened (default: now). Accepts: \(DateInput.acceptedForms).", valueName: "time"))
    var at: String?

    @Option(help: ArgumentHelp("The ritual this carries out (its id); `micromance ritual done` sets it.", valueName: "id"))
    var ritual: String?

    func validate() throws {
        if theirBid, let kind, kind.value != .bid { throw ValidationError("--their-bid is a bid; leave out --kind \(kind.value)") }
        if title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError("the title is empty; say what happened") }
    }

    func run() throws {
        let environment = CLIEnvironment.current
        let store = try storeOptions.open(in: environment)
        // One read under the store's lock: it resolves names, checks the moment and is what
        // the moment is appended to, so a moment logged meanwhile by another process is kept.
        // A store that can leaves the other moments unread: logging stays quick however long
        // the journal grows.
        let (journal, byDay, moment, giver, receiver, match) = try store.withAppendingJournal { appending in
            var (moment, giver, receiver, match) = try makeMoment(in: appending, environment: environment)
            var clock = try DeviceIdentity.clock(after: appending.journal, in: environment)
            if let stamp = appending.latestMomentStamp { clock.observe(stamp) }
            moment.changes = Changes(created: clock.tick())
            try store.append(moment, to: &appending)
            return (appending.journal, appending.momentsByDay, moment, giver, receiver, match)
        }
        LastChange.record(.log, before: nil, after: moment, store: store, in: environment)
        let now = Date(timeIntervalSince1970: environment.now().timeIntervalSince1970.rounded(.down))

        let languageText = moment.language.map { ", \($0.displayName.lowercased())" } ?? ""
        let what = moment.kind == .gesture ? "" : "\(moment.kind) "
        let answer = moment.kind == .bid ? ", " + (moment.response.map { "turned \($0)" } ?? "no answer noted yet") : ""
        environment.output.line(
            "Logged \(what)\"\(moment.title)\" (\(giver.name) → \(receiver.name)\(languageText)\(answer)) [\(moment.id)]")
        for line in Self.describe(match, moment: moment, receiver: receiver, languageGiven: language != nil, gestureGiven: gesture != nil) {
            environment.output.line(line)
        }
        let context = InsightContext(journal: journal, now: now, fallbackTimeZone: environment.timeZone, days: 1)
        let counted = byDay ?? Dictionary(context.momentDays.map { ($0, 1) }, uniquingKeysWith: +)
        let habit = Habit(momentsByDay: counted, today: context.today, settings: journal.settings)
        let streak = habit.streaks.current
        environment.output.line(
            "Streak: \(streak) day\(streak == 1 ? "" : "s"). Consistency: \(Int((habit.consistency * 100).rounded()))%.")
    }

    /// The moment to log, built from the arguments and the journal, with the partners and
    /// the catalog idea its title matched.
    func makeMoment(in appending: AppendingJournal, environment: CLIEnvironment) throws -> (Moment, Partner, Partner, GestureMatch) {
        let journal = appending.journal
        // Whole seconds read better in the journal than the clock's microseconds.
        let now = Date(timeIntervalSince1970: environment.now().timeIntervalSince1970.rounded(.down))
        let (giver, receiver) = try resolvePartners(in: journal)
        // A day is the day of the person who lived it: the moment keeps the giver's own zone
        // when the couple set one (`settings --partner-time-zone`), else this device's, and
        // `--at` is read there (23:30 in Buenos Aires is Thursday there, even when it is
        // already Friday at home in Berlin).
        let zone = journal.settings.partnerTimeZones[giver.id].flatMap(TimeZone.init(identifier:)) ?? environment.timeZone
        var date = now
        if let at {
            switch DateInput.parse(at, now: now, timeZone: zone) {
            case .success(let parsed): date = parsed
            case .failure(let failure): throw CLIError.usage(failure.message)
            }
        }
        let match = Catalog.builtIn.match(title, ideas: receiver.ideas)
        var gestureID = match.gesture?.id
        if let gesture {
            if gesture.lowercased() == "none" {
                gestureID = nil
            } else {
                guard let chosen = Catalog.builtIn.gesture(Identifier(gesture)) else {
                    throw CLIError.usage("--gesture '\(gesture)' is not a catalog id; `micromance ideas --json` lists them, or say none")
                }
                gestureID = chosen.id
            }
        }
        let chosenLanguage = language?.value ?? gestureID.flatMap { Catalog.builtIn.gesture($0)?.primaryLanguage } ?? match.language
        let ritualID = try ritual.map { journal.rituals[try journal.ritualIndex($0)].id }
        var generator = environment.makeGenerator()
        var id = Identifier<Moment>.random(using: &generator)
        while appending.containsMoment(id) { id = .random(using: &generator) }
        let moment = Moment(
            id: id, at: date, timeZone: zone.identifier, giver: giver.id, receiver: receiver.id,
            title: title.trimmingCharacters(in: .whitespacesAndNewlines), gestureID: gestureID,
            language: chosenLanguage, note: note, response: response?.value,
            kind: theirBid ? .bid : kind?.value ?? .gesture, ritualID: ritualID)
        return (moment, giver, receiver, match)
    }

    /// What the title was matched to, said so that a wrong match is seen and can be corrected.
    static func describe(_ match: GestureMatch, moment: Moment, receiver: Partner, languageGiven: Bool, gestureGiven: Bool) -> [String] {
        if gestureGiven || languageGiven { return [] }
        switch match.source {
        case .idea(let idea):
            return ["Matched \(receiver.name)'s own idea \"\(idea)\"."]
        case .catalog:
            guard let gesture = match.gesture else { return [] }
            return ["Matched the catalog idea \"\(gesture.title)\" (--gesture none or --language to correct it)."]
        case .guess:
            let language = match.language.map { $0.displayName.lowercased() } ?? "none"
            return ["No idea matched; the love language is a guess from the words: \(language) (--language to set it)."]
        case .none:
            return ["No idea matched and no love language could be guessed; --language sets one."]
        }
    }

    /// The giver and receiver from --from/--to, the settings, or the other partner.
    func resolvePartners(in journal: Journal) throws -> (Partner, Partner) {
        guard journal.partners.count >= 2 else {
            throw CLIError.usage(
                "a moment needs two partners and this journal has \(journal.partners.count); add them with `micromance partner add NAME`")
        }
        func find(_ text: String, _ role: String) throws -> Partner { try journal.requirePartner(text, role: "--\(role)") }
        // A bid the other partner made: they are the giver (who bid), this device's partner the receiver.
        var giver = try (theirBid ? to : from).map { try find($0, theirBid ? "to" : "from") }
        var receiver = try (theirBid ? from : to).map { try find($0, theirBid ? "from" : "to") }
        if giver == nil, let receiver { giver = journal.otherPartner(than: receiver.id) }
        if receiver == nil, let giver { receiver = journal.otherPartner(than: giver.id) }
        if giver == nil, receiver == nil {
            // Who this device belongs to gives, to the other partner unless another receiver is set.
            giver = journal.settings.defaultGiver.flatMap(journal.partner)
            receiver =
                journal.settings.defaultReceiver.flatMap(journal.partner)
                ?? giver.flatMap { journal.otherPartner(than: $0.id) }
            if theirBid { swap(&giver, &receiver) }
        }
        guard let giver, let receiver else {
            throw CLIError.usage("say who gave it and who received it with --from NAME --to NAME")
        }
        guard giver.id != receiver.id else {
            throw CLIError.usage("\(giver.name) cannot be both giver and receiver; a micromance goes from one partner to the other")
        }
        return (giver, receiver)
    }
}
