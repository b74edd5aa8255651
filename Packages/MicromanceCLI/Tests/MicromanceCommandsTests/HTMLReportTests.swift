import Foundation
import MicromanceModel
import MicromanceStore
import Testing

@testable import MicromanceCommands

/// The report as a self-contained page: charts with titles and tables, nothing fetched, no
/// script, and hostile text shown as text.
@Suite struct HTMLReportTests {
    @Test func theDemoPageIsSelfContained() throws {
        let cli = try CommandHarness()
        let path = cli.folder + "/demo.html"
        let result = cli.run("demo", "--format", "html", "--out", path)
        #expect(result.code == 0 && result.output.contains("Wrote \(path)"))
        let page = try String(contentsOfFile: path, encoding: .utf8)
        #expect(page.hasPrefix("<!doctype html>") && page.hasSuffix("</html>\n"))
        #expect(page.contains("name=\"viewport\"") && page.contains("prefers-color-scheme: dark") && page.contains("@media print"))
        // Every chart is an image with a title, and has its data as a table.
        let charts = page.components(separatedBy: "<svg role=\"img\"").count - 1
        #expect(charts >= 9)
        for heading in ["Gestures per week", "Love languages received, and what matters", "Rituals kept", "Bids for connection"] {
            #expect(page.contains(heading), "\(heading)")
        }
        #expect(page.components(separatedBy: "<title id=").count - 1 == charts)
        #expect(page.components(separatedBy: "<table>").count - 1 == charts)
        // Nothing runs and nothing is fetched.
        #expect(!page.lowercased().contains("<script") && !page.contains("http://") && !page.contains("https://"))
        #expect(try permissions(path) == 0o600)
    }

    @Test func hostileTextIsShownAsText() throws {
        let cli = try CommandHarness()
        cli.setUp("init")
        cli.setUp("partner", "add", "<img src=x onerror=alert(1)>")
        cli.setUp("partner", "add", "Sam")
        cli.setUp("ritual", "add", "<script>document.title='owned'</script>", "--cadence", "daily")
        cli.setUp("log", "\"><svg onload=alert(2)>", "--to", "Sam", "--note", "<script>alert(3)</script>")
        cli.setUp("ritual", "done", "<script>document.title")
        let page = cli.run("report", "--format", "html").output
        #expect(!page.lowercased().contains("<script") && !page.contains("<img") && !page.contains("<svg onload"))
        #expect(page.contains("&lt;img src=x onerror=alert(1)&gt;"), "the name is shown, escaped")
        #expect(!page.contains("alert(3)"), "notes are not in the page: it shows only what the report shows")
        #expect(page.contains("Rituals kept") && page.contains("&lt;script&gt;document.title="), "the ritual's title, escaped")
    }

    /// The partner charts read the report's own numbers: weeks given, languages received, the profile.
    @Test func partnerChartsShowTheReportsNumbers() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        cli.setUp("log", "Long hug", "--from", "Alex", "--to", "Sam", "--language", "touch")
        cli.setUp("log", "Walk together", "--from", "Alex", "--to", "Sam", "--language", "time")
        cli.setUp("log", "Made coffee", "--from", "Sam", "--to", "Alex", "--language", "service")
        let json = try JSONSerialization.jsonObject(with: Data(cli.run("report", "--json").output.utf8)) as? [String: Any]
        let partners = try #require((json?["data"] as? [String: Any])?["partners"] as? [[String: Any]])
        let sam = try #require(partners.first { $0["name"] as? String == "Sam" })
        #expect((sam["givenPerWeek"] as? [Int])?.reduce(0, +) == 1 && (sam["givenPerWeek"] as? [Int])?.count == 16)
        #expect(sam["receivedByLanguage"] as? [String: Int] == ["touch": 1, "time": 1])
        let profile = try #require(sam["profile"] as? [String: Double])
        #expect(abs(profile.values.reduce(0, +) - 1) < 1e-9 && (profile["touch"] ?? 0) > (profile["words"] ?? 1))
        let page = cli.run("report", "--format", "html").output
        #expect(page.contains("<tr><td>Physical touch</td><td>1</td><td>50%</td>"), "Sam's table row")
        let weeks = page.components(separatedBy: "<title>Alex, week to ").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(weeks.count == 16 && weeks.last?.hasSuffix(": 2") == true, "\(weeks)")
    }
}

/// What the page's charts say in words: days named and counted where the history has
/// moments, the axis and value of the score line, the couple's own bid rate, the moments no
/// language was found for, and every table printed.
@Suite struct HTMLChartWordsTests {
    @Test func theChartsNameTheirDaysValuesAndUnclassifiedMoments() throws {
        let cli = try CommandHarness(now: "2026-11-25T21:00:00+01:00", timeZone: "Europe/Berlin")
        cli.setUpCouple()
        cli.setUp("log", "Long hug", "--from", "Alex", "--to", "Sam", "--language", "touch", "--at", "2026-11-23 08:00")
        cli.setUp("log", "Zorbled the flimflam", "--from", "Sam", "--to", "Alex", "--at", "2026-11-23 23:30")
        cli.setUp(
            // Its language given: a title the retrained model may leave open would be a second
            // unclassified moment.
            "log", "Showed me a photo", "--kind", "bid", "--response", "toward", "--from", "Sam", "--to", "Alex", "--at",
            "2026-11-24 09:00", "--language", "time")
        cli.setUp(
            "log", "Asked about my day", "--kind", "bid", "--response", "away", "--from", "Alex", "--to", "Sam", "--at", "2026-11-24 19:00")
        let page = cli.run("report", "--format", "html").output
        #expect(page.contains("<title>Mon 23 Nov 2026: 2 moments</title>"), "the day the history shows two moments")
        #expect(page.contains("<title>Sun 22 Nov 2026: before the journal began</title>"))
        let calendar = page.components(separatedBy: "<h2 id=\"calendar\">").last?.components(separatedBy: "</svg>").first ?? ""
        #expect(calendar.contains("<title>Tue 24 Nov 2026: 2 moments</title>") && !calendar.contains(": 0</title>"))
        for weekday in ["Mon", "Wed", "Fri", "Sun"] { #expect(page.contains(">\(weekday)</text>"), "\(weekday)") }
        #expect(page.contains(">Nov</text>"), "a month label")
        #expect(page.contains(">0%</text>") && page.contains(">100%</text>"), "the score line's axis")
        #expect(page.contains("since the journal began on Mon 23 Nov 2026"))
        #expect(!page.contains(">you: 50%</text>") && page.contains("2 answered: too few yet"), "two answers: the counts alone")
        cli.setUp(
            "log", "Made me laugh", "--kind", "bid", "--response", "toward", "--from", "Sam", "--to", "Alex", "--at", "2026-11-24 09:30")
        #expect(cli.run("report", "--format", "html").output.contains(">you: 67%</text>"), "the couple's own rate on the bids bar")
        #expect(page.contains("<tr><td>Not classified</td><td>1</td></tr>"), "the moment no language was found for")
        // The bid turned away is given, not received: the language counts say so.
        #expect(page.contains("1 bid turned away or against is not counted here"), "the languages chart's note")
        #expect(cli.run("report").output.contains("1 bid turned away or against is not counted here: it was given, not received."))
        // Every table behind a chart is printed too.
        let details = page.components(separatedBy: "<details>").count - 1
        #expect(details >= 5 && page.components(separatedBy: "<table class=\"printed\">").count - 1 == details)
        #expect(page.contains("@media print{details{display:none} .printed{display:block}"))
    }
}

/// The page's colours pass WCAG AA in light and dark mode: text at 4.5:1 against the page,
/// chart marks at 3:1 (the contrast WCAG asks of graphical objects).
@Suite struct HTMLContrastTests {
    /// The custom properties of one `:root{...}` block of the style sheet.
    private func colours(_ block: Substring) -> [String: String] {
        var found = [String: String]()
        for declaration in block.split(separator: ";") {
            let parts = declaration.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].hasPrefix("--") else { continue }
            found[String(parts[0].dropFirst(2))] = String(parts[1]).trimmingCharacters(in: CharacterSet(charactersIn: "#}"))
        }
        return found
    }

    private func luminance(_ hex: String) -> Double {
        let value = Int(hex, radix: 16) ?? 0
        let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { Double($0) / 255 }
        let linear = channels.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }

    private func ratio(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test func textAndChartsStandOutInBothModes() throws {
        let blocks = HTMLRenderer.style.components(separatedBy: ":root{").dropFirst().map { Substring($0.prefix { $0 != "}" }) }
        #expect(blocks.count == 2)
        for (mode, block) in zip(["light", "dark"], blocks) {
            let colour = colours(block)
            let background = try #require(colour["bg"])
            for name in ["fg", "muted", "accent"] {
                let value = try #require(colour[name])
                #expect(ratio(value, background) >= 4.5, "\(mode) \(name): \(ratio(value, background))")
            }
            for name in ["p0", "p1", "p2", "p3", "cell3"] {
                let value = try #require(colour[name])
                #expect(ratio(value, background) >= 3, "\(mode) \(name): \(ratio(value, background))")
            }
        }
    }
}
