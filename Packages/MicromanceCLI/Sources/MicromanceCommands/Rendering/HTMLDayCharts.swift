import Foundation
import MicromanceInsights
import MicromanceModel

/// The report page's charts of days: the calendar of the last weeks and the consistency score
/// over them. Days before the journal's first moment are drawn apart (an outline, no line):
/// they are not days the couple missed.
extension HTMLRenderer {
    /// A chart's data: a table behind a disclosure on screen, and the same table printed open
    /// (a closed `<details>` prints its summary only, in every browser).
    static func dataTable(_ summary: String, head: String = "", rows: String) -> String {
        let table = "\(head.isEmpty ? "" : "<thead>\(head)</thead>")<tbody>\(rows)</tbody></table>"
        return "<details><summary>\(summary)</summary><table>\(table)</details>"
            + "<div class=\"printed\"><p class=\"legend\">\(summary)</p><table class=\"printed\">\(table)</div>"
    }

    /// The last weeks as a calendar of squares, shaded by how many moments each day had, with
    /// the weekdays down the side and the months along the top.
    static func heatmap(_ report: InsightReport, into html: inout HTMLBuilder) {
        let days = report.days
        let weeks = ReportDays.weeksShown
        let end = report.periodEnd
        // Sixteen columns, the last one this week's, as the terminal's calendar draws them.
        let back = (end.weekday.rawValue - days.weekStart.rawValue + 7) % 7
        let start = end.adding(days: -back - 7 * (weeks - 1))
        let cell = 14, gap = 3, left = 30, top = 16
        var squares = "", rows = "", labels = ""
        var day = start
        var column = 0
        while day <= end {
            let count = days.count(on: day)
            let row = (day.weekday.rawValue - days.weekStart.rawValue + 7) % 7
            let x = column * (cell + gap) + left, y = row * (cell + gap) + top
            let before = days.journalFirst.map { day < $0 } ?? true
            let title = "\(TextFormat.day(day)): " + (before && count == 0 ? "before the journal began" : TextFormat.count(count, "moment"))
            if before && count == 0 {
                squares +=
                    "<rect x=\"\(x).5\" y=\"\(y).5\" width=\"\(cell - 1)\" height=\"\(cell - 1)\" rx=\"2\" fill=\"none\" stroke=\"var(--cell0)\"><title>\(title)</title></rect>"
            } else {
                let level = count == 0 ? 0 : min(4, Int((Double(count) / max(1, days.dailyTarget)).rounded(.up)))
                squares +=
                    "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(cell)\" height=\"\(cell)\" rx=\"2\" fill=\"var(--cell\(level))\"><title>\(title)</title></rect>"
            }
            if count > 0 { rows += "<tr><td>\(TextFormat.day(day))</td><td>\(count)</td></tr>" }
            if row == 6 { column += 1 }
            day = day.adding(days: 1)
        }
        // A month's name above the week that holds its first day, and above the first week
        // when the next name is far enough along for both to fit.
        let columns = start.days(until: end) / 7 + 1
        var months = (0..<columns).compactMap { week -> (Int, Int)? in
            let first = start.adding(days: 7 * week)
            return (0..<7).map { first.adding(days: $0) }.first { $0.day == 1 }.map { (week, $0.month) }
        }
        if (months.first?.0 ?? 3) >= 3 { months.insert((0, start.month), at: 0) }
        for (week, month) in months {
            labels += "<text x=\"\(week * (cell + gap) + left)\" y=\"11\">\(TextFormat.monthNames[month - 1])</text>"
        }
        for row in 0..<7 where row % 2 == 0 {
            let weekday = (days.weekStart.rawValue - 1 + row) % 7
            labels += "<text x=\"0\" y=\"\(row * (cell + gap) + top + 11)\">\(TextFormat.weekdayNames[weekday])</text>"
        }
        let width = max(360, columns * (cell + gap) + left), height = 7 * (cell + gap) + top
        let key = (0...4).map { "<i style=\"background:var(--cell\($0))\"></i>" }.joined()
        html.raw(
            """
            <section class="wide"><h2 id="calendar">The last \(weeks) weeks</h2>
            <svg role="img" aria-labelledby="calendar-title calendar-desc" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)">
            <title id="calendar-title">Moments per day, the last \(weeks) weeks</title>
            <desc id="calendar-desc">One square per day, a column per week and a row per weekday; darker squares had more moments, measured against a daily target of \(HTMLBuilder.escape(TextFormat.number(days.dailyTarget))). Outlined squares are days before the journal began.</desc>
            \(labels)\(squares)</svg>
            <p class="legend"><span class="key scale">none \(key) three times the target</span> <span class="key"><i class="before"></i>before the journal began</span></p>
            \(dataTable("The days with moments as a table", head: "<tr><th>Day</th><th>Moments</th></tr>", rows: rows))
            </section>

            """)
    }

    /// The consistency score after each day of the last weeks (from the journal's first day
    /// when it began later), as a line against a 0 to 100% axis.
    static func scoreLine(_ report: InsightReport, into html: inout HTMLBuilder) {
        let days = report.days
        let shown = days.scores
        guard shown.count > 1 else { return }
        let first = days.scoresFirst
        let span = max(1, days.counts.count - 1)  // the whole window, so the line starts where the journal did
        let width = 360, height = 150, left = 36, right = 44, top = 8, plot = 110
        let offset = days.first.days(until: first)
        func x(_ index: Int) -> Double { Double(left) + Double(offset + index) * Double(width - left - right) / Double(span) }
        func y(_ score: Double) -> Double { Double(top) + (1 - score) * Double(plot) }
        var axis = ""
        for mark in [0.0, 0.5, 1.0] {
            let at = String(format: "%.1f", y(mark))
            axis +=
                "<line x1=\"\(left)\" y1=\"\(at)\" x2=\"\(width - right)\" y2=\"\(at)\" stroke=\"var(--cell0)\"/><text x=\"\(left - 4)\" y=\"\(String(format: "%.1f", y(mark) + 4))\" text-anchor=\"end\">\(Int(mark * 100))%</text>"
        }
        var lastLabel = -100.0
        // Over more than a year, the years are marked (months alone read "Mar Dec Sep Jun"
        // with nothing to say which year: a new user's trial).
        let yearly = days.counts.count > 400
        for index in 0..<days.counts.count {
            let day = days.first.adding(days: index)
            guard day.day == 1, !yearly || day.month == 1 else { continue }
            let at = x(index - offset)
            guard at - lastLabel > 40 else { continue }
            let label = yearly ? String(day.year) : TextFormat.monthNames[day.month - 1]
            axis +=
                "<line x1=\"\(String(format: "%.1f", at))\" y1=\"\(top + plot)\" x2=\"\(String(format: "%.1f", at))\" y2=\"\(top + plot + 4)\" stroke=\"var(--muted)\"/><text x=\"\(String(format: "%.1f", at))\" y=\"\(top + plot + 17)\" text-anchor=\"middle\">\(label)</text>"
            lastLabel = at
        }
        let points = shown.enumerated().map { String(format: "%.1f,%.1f", x($0.offset), y($0.element)) }.joined(separator: " ")
        let now = shown[shown.count - 1]
        let end = String(format: "x=\"%.1f\" y=\"%.1f\"", x(shown.count - 1) + 5, y(now) + 4)
        var rows = ""
        for (index, score) in shown.enumerated() where index % 7 == (shown.count - 1) % 7 {
            rows += "<tr><td>\(TextFormat.day(first.adding(days: index)))</td><td>\(TextFormat.percent(score))</td></tr>"
        }
        // What the line covers: the last weeks, or a longer period from its first day.
        let since =
            first > days.first
            ? "since the journal began on \(TextFormat.day(first))"
            : days.counts.count <= ReportDays.weeksShown * 7
                ? "the last \(ReportDays.weeksShown) weeks" : "from \(TextFormat.day(days.first)) to \(TextFormat.day(report.periodEnd))"
        html.raw(
            """
            <section class="wide"><h2 id="score">Consistency over time</h2>
            <svg role="img" aria-labelledby="score-title score-desc" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)">
            <title id="score-title">The consistency score, day by day, \(since)</title>
            <desc id="score-desc">Scored from the journal's first day: it rises a little with every day you show up, and a missed day only dips it. Now \(TextFormat.percent(report.summary.consistency)).</desc>
            \(axis)<polyline points="\(points)" fill="none" stroke="var(--accent)" stroke-width="2"/><text \(end)>\(TextFormat.percent(now))</text></svg>
            \(dataTable("The score week by week as a table", head: "<tr><th>Day</th><th>Score</th></tr>", rows: rows))
            </section>

            """)
    }
}
