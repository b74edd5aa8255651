import ArgumentParser
import Foundation
import MicromanceInsights
import MicromanceModel
import MicromanceStore

/// `micromance report`: what the recent days add up to.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Show what the last days add up to: who gave what, in which love languages, and how steady it has been.",
        discussion: """
            By default the last 7 days. The findings come from every insight strategy: consistency, \
            love-language fit, bids, reciprocity, drift, variety, rituals, learned preferences and what is coming up.

            Examples:
              micromance report
              micromance report --month
              micromance report --since 2026-11-01 --json

            The guide: micromance help reports
            """)

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var period: PeriodOptions

    @OptionGroup var format: FormatOptions

    func run() throws {
        let environment = CLIEnvironment.current
        let (journal, history) = try storeOptions.loadForReport(period.loading(in: environment), in: environment)
        let context = try period.context(for: journal, history: history, in: environment)
        let renderer = try format.renderer(in: environment)
        try format.emit(
            try renderer.render(environment.insights.report(context), for: environment.page), format: renderer.name,
            journal: try? storeOptions.path(in: environment), in: environment)
        if let hint = period.justBegun(context) ?? period.beforeTheJournal(context, in: environment) { environment.errors.line(hint) }
        if let note = Self.nobodys(context.momentsInPeriod, in: journal) { environment.errors.line(note) }
    }

    /// A note on moments of the period that name someone who is no longer one of the partners
    /// (the tenth trial's report said 8 moments beside Given bars of 7). A moment naming a
    /// partner merged away reads as the one kept (``Journal/forwardMergedPartners()``); what is
    /// left names a partner removed without a merge, or merged away before any moment of theirs.
    /// They count in no one's Given; the note gives the `edit` that puts the first right.
    static func nobodys(_ moments: [Moment], in journal: Journal) -> String? {
        let partners = Set(journal.partners.map(\.id))
        let stray = moments.filter { !partners.contains($0.giver) || !partners.contains($0.receiver) }
        guard let first = stray.first else { return nil }
        let names = Set(stray.flatMap { [$0.giver, $0.receiver] }.filter { !partners.contains($0) }).map(\.rawValue).sorted()
        let side = partners.contains(first.giver) ? "--to" : "--from"
        return "note: \(TextFormat.count(stray.count, "moment")) of this period name\(stray.count == 1 ? "s" : "") "
            + "\(names.joined(separator: ", ")), no longer one of the partners (merged away or removed on another device), "
            + "and count in no one's Given; "
            + (stray.count == 1
                ? "`micromance edit \(first.id) \(side) NAME` puts it right."
                : "`micromance edit ID --from NAME` or `--to NAME` (whichever side names them; `micromance history` lists them) "
                    + "puts each right, starting with `micromance edit \(first.id) \(side) NAME`.")
    }
}

/// The period options shared by `report` and `demo`.
struct PeriodOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: "How many days, ending today, the report covers (default 7).")
    var days: Int?

    @Flag(help: "This week so far (from the journal's week start).")
    var week = false

    @Flag(help: "This month so far.")
    var month = false

    @Flag(name: .customLong("last-week"), help: "The last whole week, before this one.")
    var lastWeek = false

    @Flag(name: .customLong("last-month"), help: "The last whole month, before this one.")
    var lastMonth = false

    @Option(help: ArgumentHelp("From this day to today: \(DayWords.accepted).", valueName: "day"))
    var since: String?

    func validate() throws {
        let chosen = [days != nil, week, month, lastWeek, lastMonth, since != nil].filter { $0 }.count
        guard chosen <= 1 else { throw ValidationError("choose one of --days, --week, --month, --last-week, --last-month and --since") }
        if let days, !(1...36_500).contains(days) { throw ValidationError("--days must be between 1 and 36500") }
    }

    var period: ReportPeriod {
        if week { return .week }
        if month { return .month }
        if lastWeek { return .lastWeek }
        if lastMonth { return .lastMonth }
        if let since, let day = CalendarDay(since) { return .since(day) }
        return .lastDays(days ?? 7)
    }

    /// The period whose moments to read: ``period``, with `--since` in words ("3 years ago")
    /// read as a day on this device's clock (the store reads two days more, for a viewer's zone
    /// elsewhere). Read as the default week, a report `--since "30 days ago"` counted only the
    /// moments of its last week (a new user's trial: 13 moments of 1,475).
    func loading(in environment: CLIEnvironment) -> ReportPeriod {
        if let since, CalendarDay(since) == nil, let day = DayWords.parse(since, now: environment.now(), zone: environment.timeZone) {
            return .since(day)
        }
        return period
    }

    /// A hint when `--week` or `--month` covers only today, the first day of the week or
    /// month: the report is of one day, and the whole one before is one flag away.
    func justBegun(_ context: InsightContext) -> String? {
        guard week || month else { return nil }
        let whole = (week ? ReportPeriod.week : .month).days(today: context.today, weekStart: context.journal.settings.weekStart)
        guard whole.0 == context.today else { return nil }
        let unit = week ? "week" : "month"
        return "The \(unit) began today, so this covers today only; `micromance report --last-\(unit)` shows the whole \(unit) before."
    }

    /// A note when `--days` or `--since` asks for days before the journal's first moment: the
    /// report starts at that moment, and its header's dates alone did not say why (a new
    /// user's trial: `report --days 3000` on a journal of months).
    func beforeTheJournal(_ context: InsightContext, in environment: CLIEnvironment) -> String? {
        let asked: CalendarDay
        let what: String
        if let days {
            asked = context.periodEnd.adding(days: -(days - 1))
            what = "the \(TextFormat.count(days, "day")) asked for"
        } else if let since {
            guard let day = CalendarDay(since) ?? DayWords.parse(since, now: environment.now(), zone: context.timeZone) else { return nil }
            asked = day
            what = "from \(TextFormat.day(day)) as asked"
        } else {
            return nil
        }
        guard asked < context.periodStart, context.hasMoments else { return nil }
        return "The journal's first moment is on \(TextFormat.day(context.periodStart)), so the report starts there, not \(what)."
    }

    /// The insight context for this period, as of the environment's clock. A `--since` after
    /// today is refused: a period that starts tomorrow has nothing in it.
    func context(for journal: Journal, history: MomentHistory? = nil, in environment: CLIEnvironment) throws -> InsightContext {
        var period = self.period
        if let since, CalendarDay(since) == nil {
            guard let day = DayWords.parse(since, now: environment.now(), zone: environment.viewerZone(for: journal)) else {
                throw CLIError.usage("--since '\(since)' is not a day; use \(DayWords.accepted)")
            }
            period = .since(day)
        }
        let context = Self.context(period, for: journal, history: history, in: environment)
        if case .since(let day) = period, day > context.today {
            throw CLIError.usage("--since \(day) is after today (\(context.today)); give a day up to today")
        }
        return context
    }

    /// The insight context for `period`, seeded by today's date, so that ties break the same
    /// way all day and differently from day to day. (The environment's seed is for new identifiers.)
    /// With a `history` (see `StoreOptions.loadForReport(_:in:)`), `journal` may hold only the
    /// moments around the period.
    static func context(
        _ period: ReportPeriod, for journal: Journal, history: MomentHistory? = nil, in environment: CLIEnvironment
    ) -> InsightContext {
        let now = environment.now()
        let zone = environment.viewerZone(for: journal)
        var context =
            history.map { InsightContext(journal: journal, history: $0, now: now, timeZone: zone, period: period) }
            ?? InsightContext(journal: journal, now: now, timeZone: zone, period: period)
        context.seed = UInt64(bitPattern: Int64(context.today.dayNumber))
        return context
    }
}
