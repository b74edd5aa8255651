import ArgumentParser
import Foundation
import MicromanceModel
import MicromanceStore

/// `micromance calendar`: the dates, hard days and rituals as an iCalendar file.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Write birthdays, anniversaries, hard days and rituals as an iCalendar (.ics) file for a calendar app.",
        discussion: """
            Import the file into the calendar app on both phones and it reminds you of what \
            Micromance knows: dates the day before, a hard day the evening before (20:00) with a \
            follow-up the day after (18:00, on the partner's own clock when they keep one), and \
            rituals at the time you usually keep them. Importing a newer file updates the same \
            events rather than adding copies, and marks what was removed since as cancelled. The file is \
            readable by you only; nothing is sent anywhere.

            Examples:
              micromance calendar --out ~/micromance.ics
              micromance calendar --partner Sam --out sam.ics
              micromance calendar --ritual-time 07:30 > micromance.ics

            The guide: micromance help reminders
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: ArgumentHelp("Write the calendar to this file (replaced whole); without it, print it.", valueName: "file"))
    var out: String?

    @Option(
        help: ArgumentHelp(
            "The calendar for this partner's phone: the other partner's dates and hard days, and the rituals they share.",
            valueName: "name"))
    var partner: String?

    @Option(
        name: .customLong("ritual-time"),
        help: ArgumentHelp("When to place rituals never kept yet, HH:MM (default 09:00).", valueName: "time"))
    var ritualTime: String = "09:00"

    func validate() throws {
        if Self.minutes(ritualTime) == nil {
            throw ValidationError("--ritual-time '\(ritualTime)' is not a time like 07:30, 7:30am or 9pm")
        }
    }

    /// Minutes after midnight of `HH:MM`.
    /// Minutes after midnight of a time read as `--at` reads one (`07:30`, `7:30am`, `9pm`, `noon`).
    static func minutes(_ text: String) -> Int? {
        DateInput.timeOfDay(text.lowercased()).map { $0 / 60 }
    }

    func run() throws {
        let environment = CLIEnvironment.current
        let journal = try storeOptions.load(in: environment).journal
        let home = journal.settings.timeZone.flatMap(TimeZone.init(identifier:)) ?? environment.timeZone
        let person = try partner.map { try journal.requirePartner($0, role: "--partner").id }
        var events = CalendarEvents(
            journal: journal, partner: person, today: CalendarDay(environment.now(), in: home), home: home, now: environment.now())
        events.ritualMinutes = Self.minutes(ritualTime) ?? events.ritualMinutes
        let (calendar, counts) = events.calendar()
        guard let out else {
            environment.output.writeFile(calendar.bytes)
            return
        }
        let file = try OutputFile(out, kind: .calendar, journal: try? storeOptions.path(in: environment), in: environment)
        try file.write(calendar.bytes)
        environment.output.line(
            "Wrote \(file.path): \(TextFormat.count(counts.dates, "date")), \(TextFormat.count(counts.hardDays, "hard day"))"
                + (counts.hardDays == 0 ? "" : " (each with a reminder the evening before and a follow-up the day after)") + ", "
                + "\(TextFormat.count(counts.rituals, "ritual")), in \(home.identifier) time"
                + (counts.cancelled > 0 ? "; \(TextFormat.count(counts.cancelled, "event")) of what was removed, as cancelled." : "."))
        environment.output.line("Import it into your calendar app; importing a newer one updates the same events.")
    }
}
