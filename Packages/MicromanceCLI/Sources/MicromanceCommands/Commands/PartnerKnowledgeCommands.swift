import ArgumentParser
import Foundation
import MicromanceModel
import MicromanceStore

extension PartnerCommand {
    /// `micromance partner date`: birthdays, anniversaries and other dates.
    struct Dates: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "date", abstract: "Add, list and remove a partner's important dates.",
            subcommands: [Add.self, List.self, Remove.self])

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "add", abstract: "Add a date that comes back every year, or happens once.",
                discussion: """
                    --on takes MM-DD (every year), YYYY-MM-DD or a day word such as tomorrow or next friday \
                    (every year since then, or with --once only that day).

                    Examples:
                      micromance partner date add Sam "Birthday" --on 03-14
                      micromance partner date add Sam "Moving day" --on 2027-01-05 --once
                    """)

            @OptionGroup var storeOptions: StoreOptions
            @Argument(help: "The partner's name or id.") var partner: String
            @Argument(help: "What the date is.") var title: String
            @Option(help: ArgumentHelp("MM-DD, YYYY-MM-DD, or a day word (tomorrow, next friday).", valueName: "date")) var on: String
            @Flag(help: "It happens once, not every year.") var once = false

            func parsed() throws -> (month: Int, day: Int, year: Int?) {
                if let day = CalendarDay(on) { return (day.month, day.day, day.year) }
                let parts = on.split(separator: "-")
                if parts.count == 2, let month = Int(parts[0]), let day = Int(parts[1]),
                    CalendarDay(year: 2000, month: month, day: day) != nil
                {
                    return (month, day, nil)
                }
                // The day words every other --on takes (tomorrow, next friday, in 3 weeks).
                let environment = CLIEnvironment.current
                if let day = DayWords.parse(on, now: environment.now(), zone: environment.timeZone) {
                    return (day.month, day.day, day.year)
                }
                throw ValidationError(
                    "--on '\(on)' is not a date\(Self.why(on)); use MM-DD (03-14), a day with its year (2027-01-05) or "
                        + DayWords.accepted.replacingOccurrences(of: "YYYY-MM-DD, ", with: ""))
            }

            /// Why a date in numbers is not one: a day the month does not have (`04-31`), or a
            /// day and month the other way round (`31/04`, `14-03`), with the form meant.
            static func why(_ text: String) -> String {
                let numbers = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map { Int($0) }
                guard numbers.count == 2 || numbers.count == 3, numbers.allSatisfy({ $0 != nil }) else { return "" }
                let values = numbers.compactMap { $0 }
                // Year first: only the last two are month and day, in that year (2027 has no 29
                // February); without one, a leap year's months.
                let (first, second) = values.count == 3 && values[0] > 31 ? (values[1], values[2]) : (values[0], values[1])
                let year = values.count == 3 && values[0] > 31 ? values[0] : 2000
                if values.count == 2 || values[0] > 31 {
                    if (1...12).contains(first), CalendarDay(year: year, month: first, day: second) == nil, second <= 31 {
                        if year != 2000, CalendarDay(year: 2000, month: first, day: second) != nil {
                            return " (\(year) has no \(second) \(TextFormat.monthNames[first - 1]))"
                        }
                        return " (month \(first) has no day \(second))"
                    }
                    // `12/25`, `12.25`: a day, with the wrong mark between.
                    if values.count == 2, !text.contains("-"), let day = CalendarDay(year: 2000, month: first, day: second) {
                        return " (write it \(TextFormat.monthDay(month: day.month, day: day.day)))"
                    }
                    if (1...12).contains(second), first > 12, let day = CalendarDay(year: 2000, month: second, day: first) {
                        return " (the month comes first: \(TextFormat.monthDay(month: day.month, day: day.day)))"
                    }
                    if (1...12).contains(second), first <= 31, CalendarDay(year: 2000, month: second, day: first) == nil {
                        return " (the month comes first, and month \(second) has no day \(first))"
                    }
                }
                return ""
            }

            func validate() throws {
                let date = try parsed()
                if once, date.year == nil { throw ValidationError("a date that happens --once needs a year: YYYY-MM-DD") }
                if title.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("the title is empty") }
            }

            func run() throws {
                let environment = CLIEnvironment.current
                let store = try storeOptions.open(in: environment)
                let date = try parsed()
                var generator = environment.makeGenerator()
                let added = try store.updateAsThisDevice { journal -> (String, ImportantDate) in
                    let index = try journal.partnerIndex(partner)
                    let item = ImportantDate(
                        id: .random(using: &generator), title: title, month: date.month, day: date.day,
                        year: date.year, recurrence: once ? .once : .yearly)
                    journal.partners[index].importantDates.append(item)
                    return (journal.partners[index].name, item)
                }
                environment.output.line("Added \(added.0)'s \"\(added.1.title)\", \(ImportantDateText.describe(added.1)) [\(added.1.id)].")
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "list", abstract: "List important dates, soonest first.",
                discussion: "Example: micromance partner date list")

            @OptionGroup var storeOptions: StoreOptions
            @Argument(help: "Only this partner's dates.") var partner: String?

            func run() throws {
                let environment = CLIEnvironment.current
                let journal = try storeOptions.load(in: environment).journal
                let context = PeriodOptions.context(.lastDays(1), for: journal, in: environment)
                let only = try partner.map { try journal.requirePartner($0).id }
                var rows = [(CalendarDay?, String)]()
                for person in journal.partners where only == nil || person.id == only {
                    for date in person.importantDates {
                        let next = date.nextOccurrence(onOrAfter: context.today)
                        rows.append(
                            (
                                next,
                                "\(person.name): \(date.title), \(ImportantDateText.describe(date))\(next.map { ", next \(TextFormat.day($0))" } ?? ", passed") [\(date.id)]"
                            ))
                    }
                }
                if rows.isEmpty {
                    environment.output.line("No important dates yet. Add one with `micromance partner date add NAME TITLE --on MM-DD`.")
                }
                for row in rows.sorted(by: { ($0.0 ?? CalendarDay(dayNumber: Int.max / 2)) < ($1.0 ?? CalendarDay(dayNumber: Int.max / 2)) }
                ) {
                    environment.output.line(row.1)
                }
            }
        }

        struct Remove: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "remove", abstract: "Remove an important date by its id.",
                discussion: "Example: micromance partner date remove Sam 3f2a9c")

            @OptionGroup var storeOptions: StoreOptions
            @Argument(help: "The partner's name or id.") var partner: String
            @Argument(help: "The date's id or title, or the start of either (see `micromance partner date list`).") var id: String

            func run() throws {
                let environment = CLIEnvironment.current
                let store = try storeOptions.open(in: environment)
                let (date, name) = try store.updateAsThisDevice { journal -> (ImportantDate, String) in
                    let index = try journal.partnerIndex(partner)
                    let position = try journal.dateIndex(id, partner: index)
                    return (journal.partners[index].importantDates.remove(at: position), journal.partners[index].name)
                }
                // Nothing asks first, and `undo` takes back moments only: say how to add it back.
                let day = TextFormat.monthDay(month: date.month, day: date.day)
                let on = date.year.map { "\($0)-\(day)" } ?? day
                let storeArgument = storeOptions.argument
                environment.output.line(
                    "Removed \"\(date.title)\". To add it back: `micromance partner date add \(name.shellQuoted) \(date.title.shellQuoted) "
                        + "--on \(on)\(date.recurrence == .once ? " --once" : "")\(storeArgument)`.")
            }
        }
    }
}

extension PartnerCommand {
    /// `micromance partner stressor`: what weighs on a partner.
    struct Stressors: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stressor", abstract: "Add, list and remove what weighs on a partner.",
            subcommands: [Add.self, List.self, Remove.self])

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "add", abstract: "Add a stressor: ongoing, or on a given day.",
                discussion: """
                    Examples:
                      micromance partner stressor add Sam "Driving in the rain"
                      micromance partner stressor add Sam "Board presentation" --on 2026-11-26
                    """)

            @OptionGroup var storeOptions: StoreOptions
            @Argument(help: "The partner's name or id.") var partner: String
            @Argument(help: "What it is.") var title: String
            @Option(help: ArgumentHelp("The day it happens: \(DayWords.accepted).", valueName: "day")) var on: String?

            func validate() throws {
                if title.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("the title is empty") }
            }

            func run() throws {
                let environment = CLIEnvironment.current
                let store = try storeOptions.open(in: environment)
                var generator = environment.makeGenerator()
                let added = try store.updateAsThisDevice { journal -> (String, Stressor) in
                    let index = try journal.partnerIndex(partner)
                    let day = try on.map { text -> CalendarDay in
                        guard let day = DayWords.parse(text, now: environment.now(), zone: environment.viewerZone(for: journal)) else {
                            throw CLIError.usage("--on '\(text)' is not a day; use \(DayWords.accepted)")
                        }
                        return day
                    }
                    let item = Stressor(id: .random(using: &generator), title: title, day: day)
                    journal.partners[index].stressors.append(item)
                    return (journal.partners[index].name, item)
                }
                environment.output.line(
                    "Added for \(added.0): \(added.1.title)\(added.1.day.map { " on \(TextFormat.day($0))" } ?? "") [\(added.1.id)].")
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "list", abstract: "List stressors.", discussion: "Example: micromance partner stressor list Sam")

            @OptionGroup var storeOptions: StoreOptions
            @Argument(help: "Only this partner's stressors.") var partner: String?

            func run() throws {
                let environment = CLIEnvironment.current
                let journal = try storeOptions.load(in: environment).journal
                let only = try partner.map { try journal.requirePartner($0).id }
                var any = false
                for person in journal.partners where only == nil || person.id == only {
                    for stressor in person.stressors {
                        any = true
                        environment.output.line(
                            "\(person.name): \(stressor.title)\(stressor.day.map { " on \(TextFormat.day($0))" } ?? " (ongoing)") [\(stressor.id)]"
                        )
                    }
                }
                if !any { environment.output.line("No stressors noted.") }
            }
        }

        struct Remove: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "remove", abstract: "Remove a stressor by its id.",
                discussion: "Example: micromance partner stressor remove Sam 3f2a9c")

            @OptionGroup var storeOptions: StoreOptions
            @Argument(help: "The partner's name or id.") var partner: String
            @Argument(help: "The stressor's id or title, or the start of either.") var id: String

            func run() throws {
                let environment = CLIEnvironment.current
                let store = try storeOptions.open(in: environment)
                let (stressor, name) = try store.updateAsThisDevice { journal -> (Stressor, String) in
                    let index = try journal.partnerIndex(partner)
                    let position = try journal.stressorIndex(id, partner: index)
                    return (journal.partners[index].stressors.remove(at: position), journal.partners[index].name)
                }
                let on = stressor.day.map { " --on \($0)" } ?? ""
                let storeArgument = storeOptions.argument
                environment.output.line(
                    "Removed \"\(stressor.title)\". To add it back: "
                        + "`micromance partner stressor add \(name.shellQuoted) \(stressor.title.shellQuoted)\(on)\(storeArgument)`.")
            }
        }
    }
}
