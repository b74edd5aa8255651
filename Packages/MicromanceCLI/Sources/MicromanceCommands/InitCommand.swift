import ArgumentParser
import Foundation
import MicromanceModel
import MicromanceStore

/// `micromance init`: starts an empty journal.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new, empty journal.",
        discussion: """
        Creates the journal file (readable by you only) with your time zone and a daily target \
        of one small gesture. It never replaces a journal that is already there.

        Example: micromance init --time-zone Europe/Paris
        """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .customLong("time-zone"), help: "Your home time zone, such as Europe/Paris (default: this device's).")
    var timeZone: String?

    @Option(name: .customLong("daily-target"), help: "How many small gestures a day count as a day done.")
    var dailyTarget: Double = 1

    func validate() throws {
        if let timeZone, TimeZone(identifier: timeZone) == nil {
            throw ValidationError("'\(timeZone)' is not a known time zone; use an identifier such as Europe/Paris")
        }
        guard dailyTarget > 0, dailyTarget.isFinite else { throw ValidationError("--daily-target must be above zero") }
    }

    func run() throws {
        let environment = CLIEnvironment.current
        let store = try storeOptions.open(in: environment)
        let settings = JournalSettings(dailyTarget: dailyTarget,
                                       timeZone: timeZone ?? environment.timeZone.identifier)
        if try !store.saveIfAbsent(Journal(settings: settings)) {
            throw CLIError.cannotCreate("a journal already exists at \(store.location); it was left as it is")
        }
        environment.output.line("Started a new journal at \(store.location)")
        environment.output.line("Next: add the two of you, e.g. `micromance partner add Alex` and `micromance partner add Sam`.")
    }
}
