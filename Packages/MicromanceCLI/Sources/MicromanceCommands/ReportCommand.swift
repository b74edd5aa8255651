import ArgumentParser
import Foundation
import MicromanceInsights
import MicromanceModel

/// `micromance report`: what the recent days add up to.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Show what the last days add up to: who gave what, in which love languages, and how steady it has been.",
        discussion: """
        Examples:
          micromance report
          micromance report --days 30 --json
        """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "How many days, ending today, the report covers.")
    var days: Int = 7

    @Flag(help: "Print JSON (with a schemaVersion) instead of text.")
    var json = false

    func validate() throws {
        guard (1...36_500).contains(days) else { throw ValidationError("--days must be between 1 and 36500") }
    }

    func run() throws {
        let environment = CLIEnvironment.current
        let journal = try storeOptions.load(in: environment).journal
        let context = InsightContext(journal: journal, now: environment.now(), fallbackTimeZone: environment.timeZone, days: days)
        try ReportRenderer.print(JournalSummary(context), journal: journal, context: context, json: json, to: environment.output)
    }
}

/// Renders a summary as text or JSON; shared by `report` and `demo`.
enum ReportRenderer {
    static func print(_ summary: JournalSummary, journal: Journal, context: InsightContext, json: Bool, to out: TextSink) throws {
        if json {
            out.write(try TextFormat.json(JSONEnvelope(kind: "report", data: summary)))
            return
        }
        out.line("Micromance · \(TextFormat.day(summary.periodStart)) to \(TextFormat.day(summary.periodEnd)) (\(TextFormat.count(summary.periodDays, "day")))")
        out.line()
        out.line("  \(TextFormat.count(summary.moments, "moment")) on \(summary.activeDays) of \(TextFormat.count(summary.periodDays, "day"))")
        let target = summary.dailyTarget == summary.dailyTarget.rounded() ? String(Int(summary.dailyTarget)) : String(summary.dailyTarget)
        out.line("  Streak: \(TextFormat.count(summary.streaks.current, "day")) (longest \(summary.streaks.longest)), target \(target) a day")
        out.line("  Consistency score: \(TextFormat.percent(summary.consistency))")
        out.line("    It rises a little with every day you show up, and a missed day only dips it: steady beats perfect.")
        guard summary.moments > 0 else {
            out.line()
            out.line("  Nothing logged in these days yet. One small thing today is enough: `micromance ideas` has some.")
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
    }
}
