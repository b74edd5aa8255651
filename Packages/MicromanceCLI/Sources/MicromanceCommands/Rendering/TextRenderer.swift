import Foundation
import MicromanceInsights
import MicromanceModel

/// Text for a terminal (colour only when the page allows it), as `micromance` prints by default.
public struct TextRenderer: Renderer {
    /// A text renderer.
    public init() {}
    /// "text".
    public var name: String { "text" }

    /// The report: the period's numbers, the charts, who gave what, the moments and the findings.
    public func render(_ report: InsightReport, for page: Page) throws -> String {
        let out = TextSink()
        Self.report(report, to: out, style: Style(enabled: page.color), width: page.width)
        return out.text
    }

    /// The history table: when, who, language, title and the id's first characters.
    public func render(_ history: HistoryPage, for page: Page) throws -> String {
        let out = TextSink()
        Self.history(history, to: out, style: Style(enabled: page.color), width: page.width)
        return out.text
    }

    static func report(_ report: InsightReport, to out: TextSink, style: Style, width: Int) {
        let summary = report.summary
        out.line(
            "Micromance · \(TextFormat.day(summary.periodStart)) to \(TextFormat.day(summary.periodEnd)) (\(TextFormat.count(summary.periodDays, "day")))"
        )
        out.line()
        out.line(
            "  \(TextFormat.count(summary.moments, "moment")) on \(summary.activeDays) of \(TextFormat.count(summary.periodDays, "day"))")
        let target = summary.dailyTarget == summary.dailyTarget.rounded() ? String(Int(summary.dailyTarget)) : String(summary.dailyTarget)
        out.line(
            "  Streak: \(TextFormat.count(summary.streaks.current, "day")) (longest \(summary.streaks.longest)), target \(target) a day")
        out.line("  Consistency score: \(TextFormat.percent(summary.consistency))")
        out.line("    It rises a little with every day you show up, and a missed day only dips it: steady beats perfect.")
        printCharts(report, to: out, style: style, width: width)
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
            out.line(
                "  \(TextFormat.fit(giver.name, nameWidth))  \(TextFormat.fit(TextFormat.bar(giver.count, of: most), 20)) \(giver.count)")
        }
        out.line()
        out.line("Love languages")
        let languageMost = summary.byLanguage.values.max() ?? 0
        for language in LoveLanguage.allCases {
            guard let count = summary.byLanguage[language.rawValue] else { continue }
            out.line(
                "  \(TextFormat.fit(language.displayName, 20))  \(TextFormat.fit(TextFormat.bar(count, of: languageMost), 20)) \(count)")
        }
        if summary.unclassified > 0 { out.line("  \(TextFormat.fit("Not classified", 20))  \(summary.unclassified)") }
        out.line()
        out.line("Moments")
        let names = Dictionary(report.partners.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let home = TimeZone(identifier: report.days.timeZone) ?? TimeZone(secondsFromGMT: 0) ?? .current
        let shown = summary.recent.prefix(10)
        for moment in shown {
            let who =
                "\(names[moment.giver.rawValue] ?? moment.giver.rawValue) → \(names[moment.receiver.rawValue] ?? moment.receiver.rawValue)"
            out.line("  \(TextFormat.moment(moment, fallback: home))  \(TextFormat.fit(who, 16))  \(moment.title)")
        }
        if summary.recent.count > shown.count {
            out.line("  … and \(summary.recent.count - shown.count) more (`micromance history` lists them all)")
        }
        printFindings(report, to: out)
    }

    /// A sparkline of the rate over the period and a heatmap of the last weeks.
    static func printCharts(_ report: InsightReport, to out: TextSink, style: Style, width: Int) {
        let days = report.days
        guard days.journalHasMoments else { return }
        var values = [Int]()
        var day = report.periodStart
        while day <= report.periodEnd {
            values.append(days.count(on: day))
            day = day.adding(days: 1)
        }
        let room = max(10, width - 14)
        let perDay = values.count <= room
        let series = perDay ? values : Charts.grouped(values, size: 7)
        let unit = perDay ? "a day" : "a week"
        out.line("  Rate     \(style.green(Charts.sparkline(Array(series.suffix(room)))))  (gestures \(unit), max \(series.max() ?? 0))")
        out.line()
        let limited = max(4, min(ReportDays.weeksShown, (width - 9) / 2))
        out.line(style.bold("Last \(limited) weeks"))
        for row in Charts.heatmap(
            count: { days.count(on: $0) }, today: report.periodEnd, weekStart: days.weekStart,
            weeks: limited, target: days.dailyTarget, style: style)
        {
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
            let mark =
                switch finding.tone {
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

    static func history(_ history: HistoryPage, to out: TextSink, style: Style, width: Int) {
        let moments = history.moments
        if moments.isEmpty {
            out.line(
                history.journalIsEmpty
                    ? "Nothing logged yet. Log a first gesture with `micromance log \"Made coffee\"`."
                    : "No moments match these filters.")
            return
        }
        let names = Dictionary(history.partners.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let home = TimeZone(identifier: history.timeZone) ?? TimeZone(secondsFromGMT: 0) ?? .current
        // Columns: when (16), who, language (7), the title filling the terminal, and the id's first
        // 8 characters (enough for `edit`, `respond` and `remove`, which take a prefix).
        let whoTexts = moments.map {
            "\(names[$0.giver.rawValue] ?? $0.giver.rawValue) → \(names[$0.receiver.rawValue] ?? $0.receiver.rawValue)"
        }
        let whoWidth = min(20, whoTexts.map(\.count).max() ?? 10)
        let titleWidth = max(16, width - 16 - whoWidth - 7 - 8 - 8)
        for (moment, who) in zip(moments, whoTexts) {
            var title = moment.title
            if moment.kind != .gesture { title += " [\(moment.kind)\(moment.response.map { ": \($0)" } ?? "")]" }
            let line =
                "\(style.dim(TextFormat.moment(moment, fallback: home)))  \(TextFormat.fit(who, whoWidth))  "
                + "\(TextFormat.fit(moment.language?.rawValue ?? "-", 7))  \(TextFormat.fit(title, titleWidth))  \(style.dim(String(moment.id.rawValue.prefix(8))))"
            out.line(line)
        }
        if history.leftOut > 0 {
            out.line("… \(history.leftOut) more not shown; --all shows every one.")
        }
    }
}
