import ArgumentParser
import Foundation
import MicromanceInsights
import MicromanceModel
import MicromanceStore

/// `micromance ritual`: recurring micromances.
struct RitualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ritual", abstract: "Add, list, mark done and remove rituals of connection.",
        subcommands: [Add.self, List.self, Done.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add a ritual with a cadence.",
            discussion: """
                Cadences: daily, weekdays, weekly:mon,thu, every:3 (every third day from today) or every:3:2026-11-01.

                Examples:
                  micromance ritual add "Morning coffee together" --cadence daily --language time
                  micromance ritual add "Sunday walk" --cadence weekly:sun
                """)

        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "What the ritual is.") var title: String
        @Option(help: "How often: daily, weekdays, weekly:DAYS, every:N.") var cadence: String = "daily"
        @Option(name: .customLong("with"), help: ArgumentHelp("Who does it, comma-separated (default: both).", valueName: "names"))
        var participants: String?
        @Option(help: "The love language it mostly speaks.") var language: Typed<LoveLanguage>?

        func validate() throws {
            if title.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("the title is empty") }
            if Cadence(parsing: cadence) == nil, !(cadence.hasPrefix("every:") && Int(cadence.dropFirst(6)).map { $0 > 0 } == true) {
                if cadence.lowercased().hasPrefix("weekly:"), let problem = DayList.problem(cadence.dropFirst(7)) {
                    throw ValidationError("'\(cadence)' is not a cadence: \(problem); use weekly:mon,thu with days mon ... sun")
                }
                throw ValidationError("'\(cadence)' is not a cadence; use daily, weekdays, weekly:mon,thu, every:3 or every:3:2026-11-01")
            }
        }

        func run() throws {
            let environment = CLIEnvironment.current
            let store = try storeOptions.open(in: environment)
            var generator = environment.makeGenerator()
            let ritual = try store.updateAsThisDevice { journal -> Ritual in
                let today = PeriodOptions.context(.lastDays(1), for: journal, in: environment).today
                let parsed = Cadence(parsing: cadence) ?? .everyNDays(Int(cadence.dropFirst(6)) ?? 1, start: today)
                let who =
                    try participants.map { list in
                        try list.split(separator: ",").map { try journal.requirePartner(String($0)).id }
                    } ?? journal.partners.map(\.id)
                // The id is a slug of the title, so the same ritual added on both partners'
                // devices is one ritual once their journals are merged.
                let id = Identifier<Ritual>.slug(title) ?? .random(using: &generator)
                if journal.rituals.contains(where: { $0.id == id || Lookup.folded($0.title) == Lookup.folded(title) }) {
                    throw CLIError.usage("there is already a ritual called '\(title)'; `micromance ritual list` shows them")
                }
                let ritual = Ritual(
                    id: id, title: title, cadence: parsed, participants: who,
                    language: language?.value)
                journal.rituals.append(ritual)
                return ritual
            }
            environment.output.line("Added the ritual \"\(ritual.title)\" (\(ritual.cadence)) [\(ritual.id)].")
            environment.output.line("Mark it with `micromance ritual done \"\(ritual.title)\"`.")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List rituals, whether each is due today, and how the last 4 weeks went.",
            discussion: "Example: micromance ritual list")

        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let environment = CLIEnvironment.current
            let journal = try storeOptions.load(in: environment).journal
            guard !journal.rituals.isEmpty else {
                environment.output.line("No rituals yet. Try `micromance ritual add \"Morning coffee together\" --cadence daily`.")
                return
            }
            let context = PeriodOptions.context(.lastDays(28), for: journal, in: environment)
            let adherence = RitualAdherenceStrategy().findings(in: context)
            for (ritual, finding) in zip(journal.rituals, adherence) {
                let due = ritual.cadence.isDue(on: context.today)
                let done = journal.moments.contains { $0.ritualID == ritual.id && context.day(of: $0) == context.today }
                let mark = !due ? "  " : done ? environment.style.green("✓ ") : "○ "
                let kept = "\(Int(finding.numbers["kept"] ?? 0))/\(Int(finding.numbers["due"] ?? 0)) in 4 weeks"
                environment.output.line(
                    "\(mark)\(TextFormat.fit(ritual.title, 32)) \(TextFormat.fit(ritual.cadence.description, 16)) \(kept)  [\(ritual.id)]")
            }
        }
    }

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "done", abstract: "Log that a ritual happened.",
            discussion: """
                Examples:
                  micromance ritual done "Morning coffee together"
                  micromance ritual done 3f2a9c --at "yesterday 7am" --from Sam
                """)

        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The ritual's title or id.") var ritual: String
        @Option(help: ArgumentHelp("When (default: now).", valueName: "time")) var at: String?
        @Option(help: "Who gave it (default: the usual giver).") var from: String?
        @Option(help: "A private note.") var note: String?
        @Flag(help: "Log it even when it is already marked done that day (it happened twice).") var again = false

        func run() throws {
            let environment = CLIEnvironment.current
            let journal = try storeOptions.load(in: environment).journal
            let found = journal.rituals[try journal.ritualIndex(ritual)]
            // The journal named as it was given, so that the hints `log` prints name it only
            // when the person did (they showed the default journal's path: a new user's trial).
            var arguments = ["log", found.title] + (storeOptions.store.map { ["--store", $0] } ?? []) + ["--ritual", found.id.rawValue]
            if let at { arguments += ["--at", at] }
            if let from { arguments += ["--from", from] }
            if let note { arguments += ["--note=\(note)"] }
            if let language = found.language { arguments += ["--language", language.rawValue] }
            guard let command = try LogCommand.parseAsRoot(Array(arguments.dropFirst())) as? LogCommand else { return }
            // A shared ritual is often marked on both phones: once the other's mark has
            // arrived, a second one that day would count the same coffee twice.
            if !again, let (earlier, sameDay) = try command.earlierMark(of: found, in: journal, environment: environment) {
                let by = journal.partners.first { $0.id == earlier.giver }?.name ?? "someone"
                let said =
                    sameDay
                    ? "\"\(found.title)\" is already marked done that day (by \(by) [\(earlier.id)]); nothing logged. "
                    : "\"\(found.title)\" was marked done by \(by) \(TextFormat.ago(environment.now().timeIntervalSince(earlier.at))) "
                        + "(\(TextFormat.moment(earlier, fallback: environment.timeZone)), their time) [\(earlier.id)]: the same time "
                        + "done together, though another day where you are; nothing logged. "
                environment.output.line(said + "Add --again if it happened twice.")
                return
            }
            try command.run()
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: "Remove a ritual (moments that carried it out stay, unlinked).",
            discussion: "Example: micromance ritual remove \"Sunday walk\" --yes")

        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The ritual's title or id.") var ritual: String
        @Flag(help: "Do not ask.") var yes = false

        func run() throws {
            let environment = CLIEnvironment.current
            let (store, journal) = try storeOptions.load(in: environment)
            let found = journal.rituals[try journal.ritualIndex(ritual)]
            if !yes, try !Confirmation.ask("Remove the ritual \"\(found.title)\"?", in: environment) {
                environment.output.line("Kept it.")
                return
            }
            try store.updateAsThisDevice { journal in
                journal.rituals.removeAll { $0.id == found.id }
                for index in journal.moments.indices where journal.moments[index].ritualID == found.id {
                    journal.moments[index].ritualID = nil
                }
            }
            environment.output.line("Removed the ritual \"\(found.title)\".")
        }
    }
}

extension LogCommand {
    /// A moment already in `journal` that carried out `ritual` this time: the same giver's mark
    /// of the day this one would be logged for (each moment's day read in its own zone), and
    /// for a ritual done together another participant's mark of that day in the same time zone
    /// (true), or within `RitualsDoneTogether.sameTimeWithin` of it in another zone (false: one
    /// video call, marked on her Tuesday evening and his Wednesday morning). A mark of another
    /// zone a whole day earlier that falls on the same date there is another time.
    func earlierMark(of ritual: Ritual, in journal: Journal, environment: CLIEnvironment) throws -> (Moment, Bool)? {
        let (giver, _) = try resolvePartners(in: journal)
        let (date, zone) = try when(givenBy: giver, in: journal, environment: environment)
        let day = CalendarDay(date, in: zone)
        let together = ritual.participants.count >= 2
        let marks = journal.moments.filter { $0.ritualID == ritual.id }
        if let same = marks.first(where: { mark in
            mark.day(fallback: zone) == day && (mark.giver == giver.id || !together || mark.timeZone == zone.identifier)
        }) {
            return (same, true)
        }
        guard together else { return nil }
        let near = marks.first {
            $0.giver != giver.id && abs($0.at.timeIntervalSince(date)) <= RitualsDoneTogether.sameTimeWithin
        }
        return near.map { ($0, $0.day(fallback: zone) == day) }
    }
}
