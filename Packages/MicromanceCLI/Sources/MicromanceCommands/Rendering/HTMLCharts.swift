import Foundation
import MicromanceInsights
import MicromanceModel

/// The report page's charts of partners and rituals: gestures per week by partner, the love
/// languages each partner received beside their profile, and how often each ritual was kept.
/// Sized for a phone (a 360-unit view box, drawn about 1:1 on a 390-pixel screen), each with
/// a title, a description and its data as a table.
extension HTMLRenderer {
    /// Partner colours, in order; the style sheet defines them for light and dark.
    static let partnerColors = ["var(--p0)", "var(--p1)", "var(--p2)", "var(--p3)"]

    /// A colour key for the partners, as text (it stays readable however the chart scales).
    static func legend(_ partners: [ReportPartner]) -> String {
        partners.prefix(partnerColors.count).enumerated().map { index, partner in
            "<span class=\"key\"><i style=\"background:\(partnerColors[index])\"></i>\(HTMLBuilder.escape(partner.name))</span>"
        }.joined(separator: " ")
    }

    /// Moments each partner gave in each of the last weeks, as pairs of columns.
    static func weekly(_ report: InsightReport, into html: inout HTMLBuilder) {
        let partners = Array(report.partners.prefix(partnerColors.count)).filter { $0.givenPerWeek != nil }
        guard !partners.isEmpty, report.days.journalHasMoments else { return }
        let weeks = ReportDays.weeksShown
        let most = max(1, partners.flatMap { $0.givenPerWeek ?? [] }.max() ?? 1)
        let width = 360, plot = 110, top = 8
        let group = (width - 20) / weeks
        let bar = max(2, (group - 3) / partners.count)
        var shapes = "", rows = ""
        for week in 0..<weeks {
            let ending = report.periodEnd.adding(days: -(weeks - 1 - week) * 7)
            var cells = ""
            for (index, partner) in partners.enumerated() {
                let count = partner.givenPerWeek?[week] ?? 0
                let height = count == 0 ? 0 : max(2, Int(Double(count) / Double(most) * Double(plot)))
                let x = 10 + week * group + index * bar
                shapes +=
                    "<rect x=\"\(x)\" y=\"\(top + plot - height)\" width=\"\(bar - 1)\" height=\"\(height)\" fill=\"\(partnerColors[index])\"><title>\(HTMLBuilder.escape(partner.name)), week to \(ending): \(count)</title></rect>"
                cells += "<td>\(count)</td>"
            }
            if week % 4 == 3 || week == weeks - 1 {
                shapes +=
                    "<text x=\"\(10 + week * group + group / 2)\" y=\"\(top + plot + 14)\" text-anchor=\"middle\">\(TextFormat.monthNames[ending.month - 1]) \(ending.day)</text>"
            }
            rows += "<tr><td>\(ending)</td>\(cells)</tr>"
        }
        let heads = partners.map { "<th>\(HTMLBuilder.escape($0.name))</th>" }.joined()
        html.raw(
            """
            <section><h2 id="weekly">Gestures per week</h2>
            <p class="legend">\(legend(partners))</p>
            <svg role="img" aria-labelledby="weekly-title weekly-desc" viewBox="0 0 \(width) \(top + plot + 20)" width="\(width)" height="\(top + plot + 20)">
            <title id="weekly-title">Moments each partner gave, week by week, the last \(weeks) weeks</title>
            <desc id="weekly-desc">One column per partner for each seven days ending on the date below; a ritual done together counts for both. The tallest column is \(most).</desc>
            <line x1="10" y1="\(top + plot)" x2="\(width - 10)" y2="\(top + plot)" stroke="var(--muted)"/>\(shapes)</svg>
            \(dataTable("The weeks as a table", head: "<tr><th>Week to</th>\(heads)</tr>", rows: rows))
            </section>

            """)
    }

    /// For each partner, the love languages of what they received beside their profile.
    static func languageFit(_ report: InsightReport, into html: inout HTMLBuilder) {
        let partners = report.partners.filter { $0.profile != nil && !($0.receivedByLanguage ?? [:]).isEmpty }
        guard !partners.isEmpty else { return }
        html.raw(
            "<section><h2 id=\"fit\">Love languages received, and what matters</h2><p class=\"legend\"><span class=\"key\"><i style=\"background:var(--accent)\"></i>received in this period</span> <span class=\"key\"><i class=\"mark\"></i>their profile</span></p>\n"
        )
        for (number, partner) in partners.enumerated() {
            let received = partner.receivedByLanguage ?? [:]
            let total = max(1, received.values.reduce(0, +))
            let width = 360, line = 26, label = 112, span = 200
            var shapes = "", rows = ""
            for (index, language) in LoveLanguage.allCases.enumerated() {
                let count = received[language.rawValue] ?? 0
                let share = Double(count) / Double(total)
                let wanted = partner.profile?[language.rawValue] ?? 0
                let y = index * line
                shapes +=
                    "<text x=\"0\" y=\"\(y + 16)\">\(language.rawValue.capitalized)</text><rect x=\"\(label)\" y=\"\(y + 5)\" width=\"\(max(1, Int(share * Double(span))))\" height=\"14\" rx=\"2\" fill=\"var(--accent)\"><title>\(language.displayName): \(count) received, \(TextFormat.percent(share))</title></rect><rect x=\"\(label + Int(wanted * Double(span)) - 1)\" y=\"\(y + 1)\" width=\"3\" height=\"22\" fill=\"var(--fg)\"><title>\(language.displayName): \(TextFormat.percent(wanted)) of the profile</title></rect><text x=\"\(label + span + 8)\" y=\"\(y + 16)\">\(TextFormat.percent(share))</text>"
                rows +=
                    "<tr><td>\(language.displayName)</td><td>\(count)</td><td>\(TextFormat.percent(share))</td><td>\(TextFormat.percent(wanted))</td></tr>"
            }
            let id = "fit-\(number)"
            let name = HTMLBuilder.escape(partner.name)
            let height = LoveLanguage.allCases.count * line
            html.raw(
                """
                <h3>\(name)</h3>
                <svg role="img" aria-labelledby="\(id)-title \(id)-desc" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)">
                <title id="\(id)-title">The love languages of the \(total) classified moments \(name) received</title>
                <desc id="\(id)-desc">A bar for each language's share of what \(name) received; a dark mark where their profile puts it.</desc>
                \(shapes)</svg>
                \(dataTable("\(name) as a table", head: "<tr><th>Language</th><th>Received</th><th>Share</th><th>Profile</th></tr>", rows: rows))

                """)
        }
        html.raw("</section>\n")
    }

    /// How often each ritual was kept on the days it was due.
    static func rituals(_ report: InsightReport, into html: inout HTMLBuilder) {
        let rituals = (report.rituals ?? []).filter { $0.due > 0 }
        guard !rituals.isEmpty else { return }
        let width = 360, line = 40, span = 250
        var shapes = "", rows = ""
        for (index, ritual) in rituals.enumerated() {
            let rate = Double(ritual.kept) / Double(ritual.due)
            let title = HTMLBuilder.escape(ritual.title)
            let y = index * line
            shapes +=
                "<text x=\"0\" y=\"\(y + 13)\">\(HTMLBuilder.escape(TextFormat.cut(ritual.title, 40)))</text><rect x=\"0\" y=\"\(y + 19)\" width=\"\(span)\" height=\"14\" rx=\"3\" fill=\"var(--cell0)\"/><rect x=\"0\" y=\"\(y + 19)\" width=\"\(max(2, Int(rate * Double(span))))\" height=\"14\" rx=\"3\" fill=\"var(--cell3)\"><title>\(title): kept \(ritual.kept) of \(ritual.due) days</title></rect><text x=\"\(span + 8)\" y=\"\(y + 31)\">\(ritual.kept) of \(ritual.due)</text>"
            rows +=
                "<tr><td>\(title)</td><td>\(HTMLBuilder.escape(ritual.cadence))</td><td>\(ritual.kept)</td><td>\(ritual.due)</td><td>\(TextFormat.percent(rate))</td></tr>"
        }
        let height = rituals.count * line
        html.raw(
            """
            <section><h2 id="rituals">Rituals kept</h2>
            <svg role="img" aria-labelledby="rituals-title rituals-desc" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)">
            <title id="rituals-title">How often each ritual was kept on the days it was due</title>
            <desc id="rituals-desc">A bar per ritual: the share of its due days in this period on which it was kept, counted from the day it was made, or from its first mark when that came earlier (a ritual added for a habit already kept).</desc>
            \(shapes)</svg>
            \(dataTable("As a table", head: "<tr><th>Ritual</th><th>Cadence</th><th>Kept</th><th>Due</th><th>Share</th></tr>", rows: rows))
            </section>

            """)
    }
}
