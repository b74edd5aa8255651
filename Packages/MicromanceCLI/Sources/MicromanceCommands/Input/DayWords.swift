import Foundation
import MicromanceModel

/// A day as people say it, the same for every option that takes one (`--on`, `--since`,
/// `--until`): `2026-11-26`, `today`, `tomorrow`, `yesterday`, `in 3 days`, `in 2 weeks`,
/// `3 days ago`, `2 months ago`, `3 years ago`, `in 2 months`, a weekday (`friday`, `fri`: the coming one, today included; `next friday`:
/// the one a week after that, so that on a Tuesday `wednesday` is tomorrow and `next wednesday`
/// the Wednesday of the week after), or any time `--at` understands (its day).
enum DayWords {
    /// The words, for messages.
    static let accepted = "YYYY-MM-DD, today, tomorrow, yesterday, in 3 days, 3 days ago, 2 months ago, friday or next friday"

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
            if let day = Self.months(words[2], count, from: today) { return day }
        }
        // "2 months ago", "3 years ago" (a new user's trial: `--since "3 years ago"` was refused
        // where "3 days ago" read).
        if words.count == 3, words[2] == "ago", let count = Int(words[0]), (0...1200).contains(count),
            let day = Self.months(words[1], -count, from: today)
        {
            return day
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

    /// `day` moved by `count` months (`unit` "month" or "months") or years ("year", "years"),
    /// to the same day of the month, or the month's last when it has fewer (31 March less a
    /// month is 28 or 29 February); nil for another unit.
    static func months(_ unit: String, _ count: Int, from day: CalendarDay) -> CalendarDay? {
        let months: Int
        switch unit {
        case "month", "months": months = count
        case "year", "years": months = 12 * count
        default: return nil
        }
        let index = day.year * 12 + (day.month - 1) + months
        let year = index / 12, month = index % 12 + 1
        guard (1...9998).contains(year) else { return nil }
        return CalendarDay(year: year, month: month, day: min(day.day, CalendarDay.daysInMonth(year: year, month: month)))
    }
}
