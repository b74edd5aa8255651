import Foundation
import MicromanceModel

/// Terminal charts: a sparkline of a rate and a calendar heatmap like a contribution graph.
enum Charts {
    static let sparks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One character per value, scaled to the largest value (all lowest when everything is 0).
    static func sparkline(_ values: [Int]) -> String {
        let most = values.max() ?? 0
        guard most > 0 else { return String(repeating: sparks[0], count: values.count) }
        // The lowest mark is nothing at all: one moment beside forty is the second lowest, so
        // that a quiet stretch does not look like an empty one (a new user's trial).
        return String(values.map { $0 <= 0 ? sparks[0] : sparks[1 + Int((Double($0) / Double(most) * 6).rounded())] })
    }

    /// Sums of consecutive groups of `size` values, the last group ending with the last value
    /// (the period's last day closes the last mark). A shorter first group is left out when
    /// whole ones follow (a day or two of a three-week mark would draw a spike or a dip), and
    /// scaled to a whole group when it is all there is, so that it still shows a rate.
    static func grouped(_ values: [Int], size: Int) -> [Int] {
        let size = max(1, size)
        let whole = values.count / size, short = values.count - whole * size
        if whole == 0 {
            return values.isEmpty ? [] : [Int((Double(values.reduce(0, +)) * Double(size) / Double(values.count)).rounded())]
        }
        return (0..<whole).map { group in values[(short + group * size)..<(short + (group + 1) * size)].reduce(0, +) }
    }

    /// The shade of a day: nothing, under the target, the target, twice it, three times or more.
    static func cell(_ count: Int, target: Double, style: Style) -> String {
        let goal = max(1, target.rounded(.up))
        let ratio = Double(count) / goal
        switch ratio {
        case 0: return style.dim("·")
        case ..<1: return style.green("░")
        case ..<2: return style.green("▒")
        case ..<3: return style.green("▓")
        default: return style.green("█")
        }
    }

    /// Rows of a heatmap of the last `weeks` weeks ending with today's week: one row per
    /// weekday starting at `weekStart`, one column per week, with month names above.
    static func heatmap(
        count: (CalendarDay) -> Int, today: CalendarDay, weekStart: Weekday, weeks: Int, target: Double,
        style: Style
    ) -> [String] {
        let back = (today.weekday.rawValue - weekStart.rawValue + 7) % 7
        let firstColumn = today.adding(days: -back - 7 * (weeks - 1))
        // Each week is two characters wide. A month's name goes above the week that holds its
        // first day (as on the HTML page: a month begun this week is named), then the first
        // week's month where it still fits. Room past the last week for a name that starts there.
        var header = [Character](repeating: " ", count: weeks * 2 + 2)
        func place(_ month: Int, above week: Int) {
            let name = Array(TextFormat.monthNames[month - 1])
            let at = week * 2
            guard at + name.count <= header.count, header[at..<(at + name.count)].allSatisfy({ $0 == " " }),
                at == 0 || header[at - 1] == " ", at + name.count == header.count || header[at + name.count] == " "
            else { return }
            for (offset, character) in name.enumerated() { header[at + offset] = character }
        }
        for week in 0..<weeks {
            let first = firstColumn.adding(days: 7 * week)
            if let opening = (0..<7).map({ first.adding(days: $0) }).first(where: { $0.day == 1 && $0 <= today }) {
                place(opening.month, above: week)
            }
        }
        if firstColumn.day != 1 { place(firstColumn.month, above: 0) }
        var rows = ["       " + String(header).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)]
        for row in 0..<7 {
            let weekday = Weekday(rawValue: (weekStart.rawValue - 1 + row) % 7 + 1) ?? .monday
            var line = "  \(TextFormat.weekdayNames[weekday.rawValue - 1])  "
            for week in 0..<weeks {
                let day = firstColumn.adding(days: 7 * week + row)
                line += day > today ? "  " : cell(count(day), target: target, style: style) + " "
            }
            rows.append(line.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
        }
        rows.append("       " + style.dim("· none  ░ some  ▒ target  ▓ twice  █ three times or more"))
        return rows
    }
}
