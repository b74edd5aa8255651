import Foundation
import MicromanceModel

/// A day as people say it, the same for every option that takes one (`--on`, `--since`,
/// `--until`): `2026-11-26`, `today`, `tomorrow`, `yesterday`, `in 3 days`, `in 2 weeks`,
/// `3 days ago`, a weekday (`friday`, `fri`: the coming one, today included; `next friday`:
/// the one a week after that, so that on a Tuesday `wednesday` is tomorrow and `next wednesday`
/// the Wednesday of the week after), or any time `--at` understands (its day).
enum DayWords {
    /// The words, for messages.
    static let accepted = "YYYY-MM-DD, today, tomorrow, yesterday, in 3 days, 3 days ago, friday or next friday"

    /// The day `text` names, from `now` in `zone`, or nil.
    static func parse(_ text: String, now: Date, zone: TimeZone) -> CalendarDay? {
        let input = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let day = CalendarDay(input) { return day }
        let today = CalendarDay(now, in: zone)
        switch input {
        case "today": return today
        case "tomorrow": return today.adding(days: 1)
        case "yesterday": return today.adding(days: -1)
        default: break
        }
        let words = input.split(separator: " ").map(String.init)
        if words.count == 3, words[0] == "in", let count = Int(words[1]), (0...3660).contains(count) {
            if words[2].hasPrefix("day") { return today.adding(days: count) }
            if words[2].hasPrefix("week") { return today.adding(days: 7 * count) }
        }
        // "next friday", and the British "friday next", are a week after the coming Friday; any
        // other second word is not a day these words know.
        let next = words.count == 2 && (words[0] == "next" || words[1] == "next")
        if words.count == 1 || next, let name = words.first(where: { $0 != "next" }),
            let weekday = Weekday.allCases.first(where: { name.hasPrefix($0.shortName) && $0.shortName.count >= 3 && name.count >= 3 })
        {
            var day = today
            while day.weekday != weekday { day = day.adding(days: 1) }
            return next ? day.adding(days: 7) : day
        }
        if case .success(let date) = DateInput.parse(text, now: now, timeZone: zone) { return CalendarDay(date, in: zone) }
        return nil
    }
}
