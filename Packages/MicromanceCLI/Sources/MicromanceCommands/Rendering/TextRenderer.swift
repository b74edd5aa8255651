import Foundation
import MicromanceInsights
import MicromanceModel

/// Text for a terminal (colour only when the page allows it), as `micromance` prints by default.
public struct TextRenderer: Renderer {
    /// Why the love-language counts add up to fewer than the period's moments, when they do: a
    /// bid turned away or against was given but not received (a new user's trial: the bars and
    /// "Not classified" came to 30 of 32 moments, with no word of why).
    static func languagesLeftOut(_ summary: JournalSummary) -> String? {
        let counted = summary.byLanguage.values.reduce(0, +) + summary.unclassified
        let left = summary.moments - counted
        guard left > 0 else { return nil }
        return left == 1
            ? "1 bid turned away or against is not counted here: it was given, not received."
            : "\(left) bids turned away or against are not counted here: they were given, not received."
    }

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

    /// Prose broken at spaces to the page's width, with a hanging indent.
    static func say(_ text: String, to out: TextSink, width: Int, first: String = "  ", rest: String? = nil) {
        for line in DisplayWidth.wrap(text, width: width, first: first, rest: rest ?? String(repeating: " ", count: first.count)) {
            out.line(line)
        }
    }

    static func report(_ report: InsightReport, to out: TextSink, style: Style, width: Int) {
        let summary = report.summary
        say(
            "Micromance · \(TextFormat.day(summary.periodStart)) to \(TextFormat.day(summary.periodEnd)) (\(TextFormat.count(summary.periodDays, "day")))",
            to: out, width: width, first: "")
        out.line()
        say(
            "\(TextFormat.count(summary.moments, "moment")) on \(summary.activeDays) of \(TextFormat.count(summary.periodDays, "day"))",
            to: out, width: width)
        // A period that ended before today is scored as of its last day, and says so.
        let asOf = summary.scoredThrough.map { " on \(TextFormat.day($0))" } ?? ""
        let target = summary.dailyTarget == summary.dailyTarget.rounded() ? String(Int(summary.dailyTarget)) : String(summary.dailyTarget)
        say(
            "Streak\(asOf): \(TextFormat.count(summary.streaks.current, "day")) (longest \(summary.streaks.longest)), target \(target) a day",
            to: out, width: width)
        say("Consistency score\(asOf): \(TextFormat.percent(summary.consistency))", to: out, width: width)
        say(
            "It rises a little with every day you show up, and a missed day only dips it: steady beats perfect.",
            to: out, width: width, first: "    ")
        printCharts(report, to: out, style: style, width: width)
        guard summary.moments > 0 else {
            out.line()
            say("Nothing logged in these days yet. One small thing today is enough: `micromance suggest` has some.", to: out, width: width)
            printFindings(report, to: out, width: width)
            printReflections(report, to: out, width: width)
            return
        }
        // Bars shrink on a narrow terminal so that label, bar and count fit on one line.
        out.line()
        out.line("Given")
        let most = summary.byGiver.map(\.count).max() ?? 0
        let nameWidth = min(max(8, summary.byGiver.map { DisplayWidth.of($0.name) }.max() ?? 0), max(8, width / 3))
        let givenBar = max(4, min(20, width - nameWidth - 10))
        for giver in summary.byGiver {
            out.line(
                "  \(TextFormat.fit(giver.name, nameWidth))  \(TextFormat.fit(TextFormat.bar(giver.count, of: most, width: givenBar), givenBar)) \(giver.count)"
            )
        }
        if summary.byGiver.map(\.count).reduce(0, +) > summary.moments {
            out.line(style.dim("  Rituals done together count for both."))
        }
        out.line()
        out.line("Love languages")
        let languageMost = summary.byLanguage.values.max() ?? 0
        let labelWidth = min(20, max(10, width - 30))
        let languageBar = max(4, min(20, width - labelWidth - 10))
        for language in LoveLanguage.allCases {
            guard let count = summary.byLanguage[language.rawValue] else { continue }
            out.line(
                "  \(TextFormat.fit(language.displayName, labelWidth))  \(TextFormat.fit(TextFormat.bar(count, of: languageMost, width: languageBar), languageBar)) \(count)"
            )
        }
        if summary.unclassified > 0 { out.line("  \(TextFormat.fit("Not classified", labelWidth))  \(summary.unclassified)") }
        if let note = Self.languagesLeftOut(summary) {
            for line in DisplayWidth.wrap(note, width: width, first: "  ", rest: "  ") { out.line(style.dim(line)) }
        }
        printBids(summary, to: out, width: width)
        out.line()
        out.line("Moments")
        let names = Dictionary(report.partners.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let home = TimeZone(identifier: report.days.timeZone) ?? TimeZone(secondsFromGMT: 0) ?? .current
        let shown = summary.recent.prefix(10)
        let whos = shown.map {
            "\(names[$0.giver.rawValue] ?? $0.giver.rawValue) → \(names[$0.receiver.rawValue] ?? $0.receiver.rawValue)"
        }
        // Wider on a wide terminal, up to the longest pair (a new user's trial: at 200 columns
        // "José N…" was cut while the titles had room to spare).
        let whoWidth = width < 60 ? 9 : min(max(16, (width - 40) / 3), max(16, whos.map { DisplayWidth.of($0) }.max() ?? 16))
        let dates = shown.map { TextFormat.moment($0, fallback: home) }
        let dateWidth = dates.map { DisplayWidth.of($0) }.max() ?? 0
        for ((moment, who), date) in zip(zip(shown, whos), dates) {
            let lead = "  \(TextFormat.fit(date, dateWidth))  \(TextFormat.fit(who, whoWidth))  "
            out.line(lead + titleWithMark(moment, max(8, width - DisplayWidth.of(lead))))
        }
        if summary.recent.count > shown.count {
            say("… and \(summary.recent.count - shown.count) more (`micromance history` lists them all)", to: out, width: width)
        }
        // Times from more than one clock, as `history` says: 12:05 can come before 23:35 on the
        // same day, each giver's own (a new user's trial read the list as out of order).
        if Set(shown.map { TimeZone(identifier: $0.timeZone)?.identifier ?? home.identifier }).count > 1 {
            say("Times are each giver's own; rows are in the order things happened.", to: out, width: width, first: "  ")
        }
        printFindings(report, to: out, width: width)
        printReflections(report, to: out, width: width)
    }

    /// The answers to reflective questions written in the period, each under its question.
    static func printReflections(_ report: InsightReport, to out: TextSink, width: Int) {
        guard let answers = report.reflections, !answers.isEmpty else { return }
        let names = Dictionary(report.partners.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        out.line()
        out.line("Reflections")
        for answer in answers {
            let who = answer.partner.map { names[$0] ?? $0 } ?? "Together"
            say(
                "\(TextFormat.day(answer.day)) · \(TextFormat.oneLine(who)): \(TextFormat.oneLine(answer.question))", to: out,
                width: width)
            // Each paragraph of the answer wrapped on its own, under the question.
            for paragraph in answer.answer.split(separator: "\n") {
                say(String(paragraph), to: out, width: width, first: "    ")
            }
        }
    }

    /// The title cut to leave room for its bid mark, which is never cut off.
    static func titleWithMark(_ moment: Moment, _ width: Int) -> String {
        let mark = bidMark(moment)
        let markWidth = DisplayWidth.of(mark)
        guard markWidth > 0, markWidth + 4 <= width else { return TextFormat.cut(moment.title + mark, width) }
        return TextFormat.cut(moment.title, width - markWidth) + mark
    }

    /// " [bid: toward]" after a bid's title (nothing for other moments).
    static func bidMark(_ moment: Moment) -> String {
        moment.kind == .gesture ? "" : " [\(moment.kind)\(moment.response.map { ": \($0)" } ?? "")]"
    }

    /// The period's bids, whenever there are any: how they were answered, beside the research
    /// figures (even when there are too few for the turn-toward rate to mean much yet).
    static func printBids(_ summary: JournalSummary, to out: TextSink, width: Int) {
        let bids = summary.recent.filter { $0.kind == .bid }
        guard !bids.isEmpty else { return }
        let answered = bids.compactMap(\.response)
        let toward = answered.filter { $0 == .toward }.count
        out.line()
        out.line("Bids for connection")
        var text =
            "\(TextFormat.count(bids.count, "bid")): \(toward) turned toward, "
            + "\(answered.filter { $0 == .away }.count) away, \(answered.filter { $0 == .against }.count) against"
        if bids.count > answered.count { text += ", \(bids.count - answered.count) with no answer noted" }
        say(text + ".", to: out, width: width)
        // A rate of one or two answers beside a study of hundreds of couples says nothing (the
        // bids finding waits for as many).
        if answered.count >= BidsStrategy().minimumResponses {
            let rate = Int((Double(toward) / Double(answered.count) * 100).rounded())
            say(
                "Turned toward \(rate)% (couples who stayed together: about \(Int(References.turnTowardStayedTogether * 100))%; "
                    + "those who parted: about \(Int(References.turnTowardDivorced * 100))%).", to: out, width: width)
        }
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
        // Days, weeks, or as many weeks to a point as make the whole period fit the line.
        let room = max(4, width - 13)
        let weeks = (values.count + 6) / 7
        let size = values.count <= room ? 1 : 7 * ((weeks + room - 1) / room)
        let series = size == 1 ? values : Charts.grouped(values, size: size)
        let unit = size == 1 ? "a day" : size == 7 ? "a week" : "every \(size / 7) weeks"
        let legend = "(moments \(unit), max \(series.max() ?? 0)\(series.contains(0) ? "; \(Charts.sparks[0]) none" : ""))"
        let line = "  Rate     \(style.green(Charts.sparkline(series)))"
        // The legend goes beside the sparkline when it fits, else under it.
        if 11 + series.count + 2 + DisplayWidth.of(legend) <= width {
            out.line(line + "  " + legend)
        } else {
            out.line(line)
            say(legend, to: out, width: width, first: "           ")
        }
        out.line()
        let limited = max(4, min(ReportDays.weeksShown, (width - 9) / 2))
        out.line(style.bold("Last \(limited) weeks"))
        for row in Charts.heatmap(
            count: { days.count(on: $0) }, today: report.periodEnd, weekStart: days.weekStart,
            weeks: limited, target: days.dailyTarget, style: style)
        {
            // The grid fits by its number of weeks; its legend is prose and wraps.
            if row.contains("none"), DisplayWidth.of(row) > width {
                say(row.trimmingCharacters(in: .whitespaces), to: out, width: width, first: "       ")
            } else {
                out.line(row)
            }
        }
    }

    /// The findings worth a line: everything except plain "not enough data" notes.
    static func printFindings(_ report: InsightReport, to out: TextSink, width: Int) {
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
            say(
                "\(finding.sentence)\(finding.hint.map { " (" + flags(for: $0) + ")" } ?? "")", to: out, width: width,
                first: "  \(mark) ", rest: "    ")
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
        // Columns: when, who, language, the title filling the terminal, and the start of the id
        // (enough for `edit`, `respond` and `remove`, which take a prefix). On a narrow terminal
        // the date is shorter, the language goes and the id keeps 6 characters.
        let narrow = width < 64
        // A ritual done together was given by both: "Lea & Tomás", as the report counts it.
        let whoTexts = moments.map {
            "\(names[$0.giver.rawValue] ?? $0.giver.rawValue) \(history.together.contains($0.id.rawValue) ? "&" : "→") "
                + "\(names[$0.receiver.rawValue] ?? $0.receiver.rawValue)"
        }
        // Up to 20 columns on a common terminal, more on a wide one (a third of what is left).
        let whoWidth = min(narrow ? 9 : max(20, (width - 40) / 3), whoTexts.map { DisplayWidth.of($0) }.max() ?? 10)
        let idWidth = narrow ? 6 : 8
        // Dates as wide as the widest (a repeated hour's time names its offset).
        let dates = moments.map { moment in
            let when = TextFormat.moment(moment, fallback: home)
            return narrow ? String(when.dropFirst(4)) : when
        }
        let dateWidth = dates.map { DisplayWidth.of($0) }.max() ?? 0
        for ((moment, who), when) in zip(zip(moments, whoTexts), dates) {
            let date = TextFormat.fit(when, dateWidth)
            var line = "\(style.dim(date))  \(TextFormat.fit(who, whoWidth))  "
            var used = DisplayWidth.of(date) + 2 + whoWidth + 2
            if !narrow {
                line += "\(TextFormat.fit(moment.language?.rawValue ?? "-", 7))  "
                used += 9
            }
            let titleWidth = max(6, width - used - 2 - idWidth)
            line +=
                "\(TextFormat.fit(titleWithMark(moment, titleWidth), titleWidth))  \(style.dim(String(moment.id.rawValue.prefix(idWidth))))"
            out.line(line)
        }
        if history.leftOut > 0 {
            say("… \(history.leftOut) more not shown; --all shows every one.", to: out, width: width, first: "")
        }
        // Moments from more than one clock: each row shows its giver's own time, so say why
        // 23:45 can come before 08:00 on the next row.
        let zones = Array(Set(moments.map { TimeZone(identifier: $0.timeZone) ?? home }.map(\.identifier))).sorted()
        if zones.count > 1 {
            say(
                "Times are each giver's own (\(zones.prefix(3).joined(separator: ", "))\(zones.count > 3 ? ", …" : "")); "
                    + "rows are in the order things happened.", to: out, width: width, first: "")
        }
    }
}
