import Foundation
import MicromanceInsights
import MicromanceModel

/// The report as one self-contained HTML page: inline CSS and SVG, no script, nothing fetched,
/// so it opens offline and can be mailed. Light and dark (`prefers-color-scheme`), readable on a
/// phone, printable; every chart has a title, a description and a data table behind it. Every
/// text from the journal is escaped, so a note holding `<script>` shows as text.
public struct HTMLRenderer: Renderer {
    /// An HTML renderer.
    public init() {}
    /// "html".
    public var name: String { "html" }

    /// The tag that marks a page as Micromance's, so `--out` may replace an earlier one.
    static let generatorTag = "<meta name=\"generator\" content=\"Micromance\">"

    /// The page.
    public func render(_ report: InsightReport, for page: Page) throws -> String {
        let summary = report.summary
        var html = HTMLBuilder()
        let period = "\(TextFormat.day(summary.periodStart)) to \(TextFormat.day(summary.periodEnd))"
        html.raw(
            """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            \(Self.generatorTag)
            <title>Micromance · \(HTMLBuilder.escape(period))</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <main>

            """)
        html.raw("<header><h1>Micromance</h1><p class=\"period\">\(HTMLBuilder.escape(period)) · \(summary.periodDays) days</p></header>\n")
        html.raw("<section class=\"numbers\" aria-label=\"In numbers\">\n")
        let asOf = summary.scoredThrough.map { " on \(TextFormat.day($0))" } ?? ""
        for (label, value) in [
            ("Moments", "\(summary.moments)"), ("Days with one", "\(summary.activeDays) of \(summary.periodDays)"),
            ("Streak" + asOf, "\(summary.streaks.current) days (longest \(summary.streaks.longest))"),
            ("Consistency" + asOf, TextFormat.percent(summary.consistency)),
        ] {
            html.raw(
                "<div class=\"number\"><span class=\"label\">\(HTMLBuilder.escape(label))</span> <b>\(HTMLBuilder.escape(value))</b></div>\n"
            )
        }
        html.raw("</section>\n<div class=\"charts\">\n")
        Self.heatmap(report, into: &html)
        Self.scoreLine(report, into: &html)
        Self.bars(
            "Who gave what", id: "given",
            rows: summary.byGiver.map { ($0.name, $0.count) },
            note: summary.byGiver.map(\.count).reduce(0, +) > summary.moments ? "A ritual done together counts for both." : nil,
            into: &html)
        Self.weekly(report, into: &html)
        Self.bars(
            "Love languages", id: "languages",
            rows: LoveLanguage.allCases.compactMap { language in
                summary.byLanguage[language.rawValue].map { (language.displayName, $0) }
            } + (summary.unclassified > 0 ? [("Not classified", summary.unclassified)] : []),
            labels: LoveLanguage.allCases.filter { summary.byLanguage[$0.rawValue] != nil }.map(\.rawValue.capitalized)
                + (summary.unclassified > 0 ? ["Not classified"] : []),
            note: TextRenderer.languagesLeftOut(summary), into: &html)
        Self.languageFit(report, into: &html)
        Self.bids(summary, into: &html)
        Self.rituals(report, into: &html)
        Self.findings(report, into: &html)
        html.raw("</div>\n")
        html.raw(
            "<footer><p>Made by Micromance from your own journal, on this machine. Nothing in this page was sent anywhere.</p></footer>\n")
        html.raw("</main>\n</body>\n</html>\n")
        return html.text
    }

    static let style = """
        :root{--bg:#fffdf9;--fg:#2b2521;--muted:#6b625b;--accent:#b4235a;--cell0:#ece6df;--cell1:#f3b9cc;--cell2:#e0769a;--cell3:#b4235a;--cell4:#6e0f35;--p0:#b4235a;--p1:#1d6f6a;--p2:#7a5a00;--p3:#4b4fa8}
        @media (prefers-color-scheme: dark){:root{--bg:#1b1716;--fg:#f2ece6;--muted:#b7ada5;--accent:#f07aa2;--cell0:#332c29;--cell1:#5e2a3c;--cell2:#93395b;--cell3:#d05a84;--cell4:#f4a3bf;--p0:#f07aa2;--p1:#5cc8bf;--p2:#e0b84a;--p3:#a9acf5}}
        body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
        main{max-width:52rem;margin:0 auto;padding:1rem}
        h1{color:var(--accent);margin:.2rem 0} h2{font-size:1.15rem;margin:1.6rem 0 .4rem}
        .period,.label,footer{color:var(--muted)} .numbers{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}
        svg{max-width:100%;height:auto;display:block} svg text{fill:var(--fg);font-size:12px}
        table{border-collapse:collapse;margin:.4rem 0;font-size:.9rem} td,th{padding:.15rem .6rem;text-align:left;border-bottom:1px solid var(--cell0)}
        details summary{color:var(--muted);cursor:pointer} ul.findings{padding-left:1.2rem} .tone-nudge{color:var(--accent)}
        h3{font-size:1rem;margin:.8rem 0 .2rem} .legend{margin:.2rem 0;color:var(--muted);font-size:.9rem} .key{white-space:nowrap;margin-right:1rem}
        .key i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-.05rem;border-radius:2px} .key i.mark{width:3px;background:var(--fg)}
        .key.scale i{margin:0 0 0 .1rem} .key i.before{background:none;border:1px solid var(--muted);box-sizing:border-box} .printed{display:none}
        @media (min-width:60rem){main{max-width:76rem;padding:1rem 2rem} .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(24rem,1fr));gap:0 3rem;align-items:start} .charts .wide{grid-column:1/-1} .wide svg{width:min(100%,30rem)}}
        @media print{details{display:none} .printed{display:block} main{max-width:none} .charts{display:block} svg,h2,h3{break-inside:avoid} h2,h3{break-after:avoid} body{background:#fff;color:#000}}
        """

    /// Horizontal bars with their numbers, and the same as a table.
    /// `labels` may give shorter labels for the chart, one per row (the table keeps the full ones).
    static func bars(
        _ heading: String, id: String, rows: [(String, Int)], labels: [String]? = nil, note: String? = nil, into html: inout HTMLBuilder
    ) {
        guard !rows.isEmpty else { return }
        let most = max(1, rows.map(\.1).max() ?? 1)
        // 360 wide: on a phone the chart is drawn about 1:1, so its labels stay readable.
        let width = 360, line = 26, label = 112, span = 200
        var shapes = "", table = ""
        for (index, (text, count)) in rows.enumerated() {
            let length = Int(Double(count) / Double(most) * Double(span))
            let name = HTMLBuilder.escape(text)
            shapes +=
                "<text x=\"0\" y=\"\(index * line + 17)\">\(HTMLBuilder.escape(labels?[index] ?? TextFormat.cut(text, 14)))</text><rect x=\"\(label)\" y=\"\(index * line + 5)\" width=\"\(max(2, length))\" height=\"16\" rx=\"3\" fill=\"var(--cell3)\"><title>\(name): \(count)</title></rect><text x=\"\(label + 8 + length)\" y=\"\(index * line + 17)\">\(count)</text>"
            table += "<tr><td>\(name)</td><td>\(count)</td></tr>"
        }
        let height = rows.count * line + 4
        html.raw(
            """
            <section><h2 id="\(id)">\(HTMLBuilder.escape(heading))</h2>
            <svg role="img" aria-labelledby="\(id)-title" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)">
            <title id="\(id)-title">\(HTMLBuilder.escape(heading)) in this period</title>\(shapes)</svg>\(note.map { "<p class=\"legend\">\(HTMLBuilder.escape($0))</p>" } ?? "")
            \(dataTable("As a table", rows: table))
            </section>

            """)
    }

    /// The period's bids: how they were answered, beside the research reference points.
    static func bids(_ summary: JournalSummary, into html: inout HTMLBuilder) {
        let answered = summary.recent.filter { $0.kind == .bid }.compactMap(\.response)
        guard !answered.isEmpty else { return }
        let toward = answered.filter { $0 == .toward }.count
        let rate = Double(toward) / Double(answered.count)
        let width = 360
        func x(_ share: Double) -> Int { Int(share * Double(width - 20)) + 10 }
        // The couple's own rate above the bar, the two reference points below it.
        let own = min(max(x(rate), 40), width - 40)
        let rows = """
            <tr><td>Turned toward</td><td>\(toward)</td></tr>
            <tr><td>Turned away</td><td>\(answered.filter { $0 == .away }.count)</td></tr>
            <tr><td>Turned against</td><td>\(answered.filter { $0 == .against }.count)</td></tr>
            <tr><td>Turned toward, share</td><td>\(TextFormat.percent(rate))</td></tr>
            """
        // Too few answers to set beside the study's couples: the counts alone.
        guard answered.count >= BidsStrategy().minimumResponses else {
            html.raw(
                "<section><h2 id=\"bids\">Bids for connection</h2>\n\(dataTable("Answered bids", rows: rows))\n"
                    + "<p>\(answered.count) answered: too few yet to set beside Gottman's couples.</p></section>\n")
            return
        }
        html.raw(
            """
            <section><h2 id="bids">Bids for connection</h2>
            <svg role="img" aria-labelledby="bids-title bids-desc" viewBox="0 0 \(width) 74" width="\(width)" height="74">
            <title id="bids-title">Turned toward: \(TextFormat.percent(rate)) of \(answered.count) answered bids</title>
            <desc id="bids-desc">Your share of answered bids turned toward, beside the reference points: about \(Int(References.turnTowardStayedTogether * 100))% for couples who stayed together, about \(Int(References.turnTowardDivorced * 100))% for those who parted.</desc>
            <text x="\(own)" y="12" text-anchor="middle" font-weight="bold">you: \(TextFormat.percent(rate))</text>
            <rect x="10" y="20" width="\(width - 20)" height="14" rx="3" fill="var(--cell0)"/>
            <rect x="10" y="20" width="\(max(2, x(rate) - 10))" height="14" rx="3" fill="var(--accent)"/>
            <line x1="\(x(References.turnTowardStayedTogether))" y1="16" x2="\(x(References.turnTowardStayedTogether))" y2="42" stroke="var(--fg)"/>
            <text x="\(x(References.turnTowardStayedTogether))" y="56" text-anchor="middle">86%</text>
            <text x="\(x(References.turnTowardStayedTogether))" y="70" text-anchor="middle">stayed together</text>
            <line x1="\(x(References.turnTowardDivorced))" y1="16" x2="\(x(References.turnTowardDivorced))" y2="42" stroke="var(--muted)"/>
            <text x="\(x(References.turnTowardDivorced))" y="56" text-anchor="middle">33%</text>
            <text x="\(x(References.turnTowardDivorced))" y="70" text-anchor="middle">parted</text></svg>
            \(dataTable("As a table", rows: rows))
            </section>

            """)
    }

    /// What stands out, each finding with its reason in numbers.
    static func findings(_ report: InsightReport, into html: inout HTMLBuilder) {
        let shown = report.findings.filter { $0.tone != .notEnoughData }
        guard !shown.isEmpty else { return }
        html.raw("<section class=\"wide\"><h2>What stands out</h2><ul class=\"findings\">\n")
        for finding in shown {
            html.raw("<li class=\"tone-\(finding.tone.rawValue)\">\(HTMLBuilder.escape(finding.sentence))</li>\n")
        }
        html.raw("</ul></section>\n")
    }
}

/// Builds an HTML page; text from outside goes through ``escape(_:)``.
struct HTMLBuilder {
    private(set) var text = ""

    mutating func raw(_ html: String) { text += html }

    /// Text made safe inside an element or a quoted attribute.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
