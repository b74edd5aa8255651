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
        """)

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var period: PeriodOptions

    @Flag(help: "Print JSON (with a schemaVersion) instead of text.")
    var json = false

    func run() throws {
        let environment = CLIEnvironment.current
        let journal = try storeOptions.load(in: environment).journal
        let context = period.context(for: journal, in: environment)
        try ReportRenderer.print(environment.insights.report(context), journal: journal, context: context, json: json,
                                 to: environment.output, style: environment.style, width: environment.width)
    }
}

/// The period options shared by `report` and `demo`.
struct PeriodOptions: ParsableArguments {
    @Option(help: "How many days, ending today, the report covers (default 7).")
    var days: Int?

    @Flag(help: "This week so far (from the journal's week start).")
    var week = false

    @Flag(help: "This month so far.")
    var month = false

    @Option(help: ArgumentHelp("From this day (YYYY-MM-DD) to today.", valueName: "day"))
    var since: String?

    func validate() throws {
        let chosen = [days != nil, week, month, since != nil].filter { $0 }.count
        guard chosen <= 1 else { throw ValidationError("choose one of --days, --week, --month and --since") }
        if let days, !(1...36_500).contains(days) { throw ValidationError("--days must be between 1 and 36500") }
        if let since, CalendarDay(since) == nil {
            throw ValidationError("--since '\(since)' is not a date; use YYYY-MM-DD, such as 2026-11-01")
        }
    }

    var period: ReportPeriod {
        if week { return .week }
        if month { return .month }
        if let since, let day = CalendarDay(since) { return .since(day) }
        return .lastDays(days ?? 7)
    }

    /// The insight context for this period, as of the environment's clock.
    func context(for journal: Journal, in environment: CLIEnvironment) -> InsightContext {
        Self.context(period, for: journal, in: environment)
    }

    /// The insight context for `period`, seeded by today's date, so that ties break the same
    /// way all day and differently from day to day. (The environment's seed is for new identifiers.)
    static func context(_ period: ReportPeriod, for journal: Journal, in environment: CLIEnvironment) -> InsightContext {
        let now = environment.now()
        var context = InsightContext(journal: journal, now: now, fallbackTimeZone: environment.timeZone, period: period)
        context.seed = UInt64(bitPattern: Int64(context.today.dayNumber))
        return context
    }
}

/// Renders a summary as text or JSON; shared by `report` and `demo`.
enum ReportRenderer {
    static func print(_ report: InsightReport, journal: Journal, context: InsightContext, json: Bool, to out: TextSink,
                      style: Style = Style(enabled: false), width: Int = 80) throws {
        if json {
            out.write(try TextFormat.json(JSONEnvelope(kind: "report", data: report)))
            return
        }
        let summary = report.summary
        out.line("Micromance · \(TextFormat.day(summary.periodStart)) to \(TextFormat.day(summary.periodEnd)) (\(TextFormat.count(summary.periodDays, "day")))")
        out.line()
        out.line("  \(TextFormat.count(summary.moments, "moment")) on \(summary.activeDays) of \(TextFormat.count(summary.periodDays, "day"))")
        let target = summary.dailyTarget == summary.dailyTarget.rounded() ? String(Int(summary.dailyTarget)) : String(summary.dailyTarget)
        out.line("  Streak: \(TextFormat.count(summary.streaks.current, "day")) (longest \(summary.streaks.longest)), target \(target) a day")
        out.line("  Consistency score: \(TextFormat.percent(summary.consistency))")
        out.line("    It rises a little with every day you show up, and a missed day only dips it: steady beats perfect.")
        printCharts(summary, context: context, to: out, style: style, width: width)
        guard summary.moments > 0 else {
            out.line()
            out.line("  Nothing logged in these days yet. One small thing today is enough: `micromance suggest` has some.")
            printFindings(report, to: out)
            return
        }
        out.line()
        out.line("Given")
        let most = summary.byGiver.map(\.count).max() ?? 0
        let nameWidth = max(8, summary.byGiver.map(\.name.count).max() ?? 0)
        for giver in summary.byGiver {
            out.line("  \(TextFormat.fit(giver.name, nameWidth))  \(TextFormat.fit(TextFormat.bar(giver.count, of: most), 20)) \(giver.count)")
        }
        out.line()
        out.line("Love languages")
        let languageMost = summary.byLanguage.values.max() ?? 0
        for language in LoveLanguage.allCases {
            guard let count = summary.byLanguage[language.rawValue] else { continue }
            out.line("  \(TextFormat.fit(language.displayName, 20))  \(TextFormat.fit(TextFormat.bar(count, of: languageMost), 20)) \(count)")
        }
        if summary.unclassified > 0 { out.line("  \(TextFormat.fit("Not classified", 20))  \(summary.unclassified)") }
        out.line()
        out.line("Moments")
        let names = Dictionary(journal.partners.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let shown = summary.recent.prefix(10)
        for moment in shown {
            let who = "\(names[moment.giver] ?? moment.giver.rawValue) → \(names[moment.receiver] ?? moment.receiver.rawValue)"
            out.line("  \(TextFormat.moment(moment, fallback: context.timeZone))  \(TextFormat.fit(who, 16))  \(moment.title)")
        }
        if summary.recent.count > shown.count {
            out.line("  … and \(summary.recent.count - shown.count) more (`micromance history` lists them all)")
        }
        printFindings(report, to: out)
    }

    /// A sparkline of the rate over the period and a heatmap of the last weeks.
    static func printCharts(_ summary: JournalSummary, context: InsightContext, to out: TextSink, style: Style, width: Int) {
        guard !context.journal.moments.isEmpty else { return }
        let daily = DailyCounts(context, through: context.periodEnd)
        var values = [Int]()
        var day = context.periodStart
        while day <= context.periodEnd {
            values.append(daily.count(on: day))
            day = day.adding(days: 1)
        }
        let room = max(10, width - 14)
        let perDay = values.count <= room
        let series = perDay ? values : Charts.grouped(values, size: 7)
        let unit = perDay ? "a day" : "a week"
        out.line("  Rate     \(style.green(Charts.sparkline(Array(series.suffix(room)))))  (gestures \(unit), max \(series.max() ?? 0))")
        out.line()
        let limited = max(4, min(16, (width - 9) / 2))
        out.line(style.bold("Last \(limited) weeks"))
        for row in Charts.heatmap(count: { daily.count(on: $0) }, today: context.periodEnd, weekStart: context.journal.settings.weekStart,
                                  weeks: limited, target: context.journal.settings.dailyTarget, style: style) {
            out.line(row)
        }
    }

    /// The findings worth a line: everything except plain "not enough data" notes.
    static func printFindings(_ report: InsightReport, to out: TextSink) {
        let shown = report.findings.filter { $0.tone != .notEnoughData && !($0.strategy == "consistency" && $0.topic == "score") }
        guard !shown.isEmpty else { return }
        out.line()
        out.line("What stands out")
        for finding in shown {
            let mark = switch finding.tone {
            case .celebration: "+"
            case .nudge: "›"
            default: "·"
            }
            out.line("  \(mark) \(finding.sentence)\(finding.hint.map { " (" + flags(for: $0) + ")" } ?? "")")
        }
    }

    /// What to type for a finding's hint: the library says what to record, the tool how.
    static func flags(for hint: Finding.Hint) -> String {
        switch hint {
        case .recordBidResponses: "log a bid with --kind bid --response toward|away|against"
        case .recordResponses: "add --response toward|away|against when you log"
        }
    }
}
