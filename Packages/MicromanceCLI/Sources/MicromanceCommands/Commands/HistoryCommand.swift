import ArgumentParser
import Foundation
import MicromanceInsights
import MicromanceModel
import MicromanceStore

/// `micromance history`: the logged moments, newest first, with filters.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List logged moments, newest first, with filters.",
        discussion: """
            Examples:
              micromance history
              micromance history --since 2026-11-01 --partner Sam --language touch
              micromance history --kind bid --limit 100 --json
              micromance history --csv > moments.csv        (every moment: exports are never cut short)
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: ArgumentHelp("From this day (YYYY-MM-DD, or words like yesterday).", valueName: "day")) var since: String?
    @Option(help: ArgumentHelp("Up to and including this day.", valueName: "day")) var until: String?
    @Option(help: "Only moments given or received by this partner.") var partner: String?
    @Option(help: "Only this love language.") var language: Typed<LoveLanguage>?
    @Option(help: "Only this kind of moment.") var kind: Typed<MomentKind>?
    @Option(parsing: .unconditional, help: "Show at most this many moments (the table shows 20 unless told; --json and --csv show all).")
    var limit: Int?
    @Flag(help: "Show every matching moment, in the table too.") var all = false
    @OptionGroup var format: FormatOptions
    @Flag(help: "Print CSV (the moments table's columns): the same as --format csv.") var csv = false

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more (or use --all for every moment)") }
        if all && limit != nil { throw ValidationError("choose --all or --limit, not both") }
        if csv && (format.json || format.format != nil) { throw ValidationError("choose --csv or --format, not both") }
    }

    /// A day from `YYYY-MM-DD` or the everyday words `--at` accepts.
    static func day(_ text: String, option: String, environment: CLIEnvironment, zone: TimeZone) throws -> CalendarDay {
        guard let day = DayWords.parse(text, now: environment.now(), zone: zone) else {
            throw CLIError.usage("\(option) '\(text)' is not a day; use \(DayWords.accepted)")
        }
        return day
    }

    func run() throws {
        let environment = CLIEnvironment.current
        let journal = try storeOptions.load(in: environment).journal
        let home = environment.viewerZone(for: journal)
        let from = try since.map { try Self.day($0, option: "--since", environment: environment, zone: home) }
        let today = CalendarDay(environment.now(), in: home)
        if let from, from > today { throw CLIError.usage("--since \(from) is after today (\(today)); give a day up to today") }
        let to = try until.map { try Self.day($0, option: "--until", environment: environment, zone: home) }
        if let from, let to, to < from {
            throw CLIError.usage(
                "--until \(to) is before --since \(from): no day is in that range; did you mean --since \(to) --until \(from)?")
        }
        let who = try partner.map { try journal.requirePartner($0).id }
        let wantedLanguage = language?.value
        let wantedKind = kind?.value
        let matching = journal.moments.filter { moment in
            let day = moment.day(fallback: home)
            if let from, day < from { return false }
            if let to, day > to { return false }
            if let who, moment.giver != who && moment.receiver != who { return false }
            if let wantedLanguage, moment.language != wantedLanguage { return false }
            if let wantedKind, moment.kind != wantedKind { return false }
            return true
        }
        // Exports (--json, --csv) are whole unless a limit is asked for; the table shows 20.
        let renderer = try format.renderer(in: environment, fallback: csv ? "csv" : "text")
        let shown = all ? Int.max : limit ?? (renderer.name == "text" ? 20 : Int.max)
        // Newest first; moments logged within the same second (`log` keeps whole seconds) in
        // the order they were logged, which their creation stamps keep.
        let moments = Array(matching.sorted(by: Moment.newestFirst).prefix(shown))
        let shared = Set(journal.rituals.filter { $0.participants.count >= 2 }.map(\.id))
        let page = HistoryPage(
            moments: moments, partners: journal.partners.map { ReportPartner(id: $0.id.rawValue, name: $0.name) },
            timeZone: home.identifier, leftOut: matching.count - moments.count, journalIsEmpty: journal.moments.isEmpty,
            together: Set(moments.filter { $0.ritualID.map(shared.contains) ?? false }.map(\.id.rawValue)))
        try format.emit(
            try renderer.render(page, for: environment.page), format: renderer.name,
            journal: try? storeOptions.path(in: environment), in: environment)
    }
}
