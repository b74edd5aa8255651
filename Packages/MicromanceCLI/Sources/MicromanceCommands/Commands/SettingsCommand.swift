import ArgumentParser
import Foundation
import MicromanceModel
import MicromanceStore

/// `micromance settings`: the couple's shared settings, and who this device belongs to.
struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Show or change the couple's settings: daily target, week start, rest days, time zones.",
        discussion: """
            These settings belong to both of you: a merge or a sync folder takes each one from the \
            copy that changed it last. Who you are on this device (`micromance me`) stays on this device.

            Examples:
              micromance settings
              micromance settings --daily-target 2 --rest-days sat,sun
              micromance settings --partner-time-zone Maya=America/Chicago   (a long-distance couple)
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Option(name: .customLong("daily-target"), parsing: .unconditional, help: "Gestures a day that count as a day done (above zero).")
    var dailyTarget: Double?
    @Option(name: .customLong("week-start"), help: ArgumentHelp("The first day of the week.", valueName: "day")) var weekStart: String?
    @Option(name: .customLong("time-zone"), help: "The couple's home time zone, such as Europe/Paris.") var timeZone: String?
    @Option(
        name: .customLong("rest-days"), help: ArgumentHelp("Days that never break a streak, such as sat,sun, or none.", valueName: "days"))
    var restDays: String?
    @Option(
        name: .customLong("partner-time-zone"),
        help: ArgumentHelp("A partner's own time zone, NAME=ZONE (NAME= to clear it); repeatable.", valueName: "name=zone"))
    var partnerZones: [String] = []

    func validate() throws {
        if let dailyTarget, !(dailyTarget > 0 && dailyTarget <= Journal.maximumDailyTarget) {
            throw ValidationError("--daily-target must be above zero and at most \(Int(Journal.maximumDailyTarget))")
        }
        if let weekStart, let problem = weekStart.contains(",") ? "give one day" : DayList.problem(Substring(weekStart)) {
            throw ValidationError("--week-start '\(weekStart)': \(problem); use mon ... sun")
        }
        if let timeZone { _ = try ZoneInput.identifier(timeZone) }
        if let restDays, restDays != "none", Self.days(restDays) == nil {
            let problem = DayList.problem(Substring(restDays)).map { ": \($0)" } ?? ""
            throw ValidationError("'\(restDays)' is not a list of days\(problem); use sat,sun or none")
        }
        for pair in partnerZones {
            guard let (_, zone) = Self.partnerZone(pair) else {
                throw ValidationError("'\(pair)' is not NAME=ZONE (NAME= with nothing after it clears that partner's own zone)")
            }
            if !zone.isEmpty { _ = try ZoneInput.identifier(zone) }
        }
    }

    /// The name and zone of a `--partner-time-zone` NAME=ZONE, each without the spaces around
    /// it (an empty zone clears it); nil without a name or an equals sign.
    static func partnerZone(_ pair: String) -> (name: String, zone: String)? {
        let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let name = parts[0].trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? nil : (name, parts[1].trimmingCharacters(in: .whitespaces))
    }

    static func days(_ text: String) -> [Weekday]? {
        let names = text.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
        let days = names.compactMap(Weekday.init(parsing:))
        return days.count == names.count && !days.isEmpty ? days.eachOnce() : nil
    }

    func run() throws {
        let environment = CLIEnvironment.current
        let store = try storeOptions.open(in: environment)
        let changes = dailyTarget != nil || weekStart != nil || timeZone != nil || restDays != nil || !partnerZones.isEmpty
        let journal: Journal
        if changes {
            // Checked and warned about once, before the change (which may be tried again).
            let home = timeZone.map { ZoneInput.kept($0, in: environment) }
            let partnerZones = self.partnerZones.compactMap(Self.partnerZone).map { pair in
                (name: pair.name, zone: pair.zone.isEmpty ? nil : ZoneInput.kept(pair.zone, in: environment))
            }
            journal = try store.updateAsThisDevice { journal -> Journal in
                if let dailyTarget { journal.settings.dailyTarget = dailyTarget }
                if let weekStart, let day = Weekday(parsing: weekStart) { journal.settings.weekStart = day }
                if let home { journal.settings.timeZone = home }
                if let restDays { journal.settings.restDays = restDays == "none" ? [] : Self.days(restDays) ?? [] }
                for pair in partnerZones {
                    let partner = try journal.requirePartner(pair.name)
                    journal.settings.partnerTimeZones[partner.id] = pair.zone
                }
                return journal
            }
            if restDays != nil, journal.settings.restDays.count == 7 {
                environment.errors.line("micromance: warning: every day is a rest day, so a streak can never break (nor grow)")
            }
        } else {
            journal = try store.load()
        }
        let s = journal.settings
        let out = environment.output
        out.line("Daily target: \(TextFormat.number(s.dailyTarget)) small gesture\(s.dailyTarget == 1 ? "" : "s") a day")
        out.line("Week starts on: \(s.weekStart.shortName)")
        out.line("Rest days: \(s.restDays.isEmpty ? "none" : s.restDays.map(\.shortName).joined(separator: ","))")
        out.line("Home time zone: \(s.timeZone ?? "this device's (\(environment.timeZone.identifier))")")
        let cleared = Set(
            partnerZones.compactMap(Self.partnerZone).filter(\.zone.isEmpty).compactMap { journal.partner(named: $0.name)?.id })
        for partner in journal.partners {
            if let zone = s.partnerTimeZones[partner.id] {
                out.line("\(partner.name)'s time zone: \(zone)")
            } else if cleared.contains(partner.id) {
                out.line("\(partner.name)'s time zone: cleared (their moments take the zone of the device that logs them)")
            }
        }
        let me = s.defaultGiver.flatMap { journal.partner($0) }?.name
        out.line("On this device you are: \(me ?? "not set (micromance me NAME)")")
    }
}
