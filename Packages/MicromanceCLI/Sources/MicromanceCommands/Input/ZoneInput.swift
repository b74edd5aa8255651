import ArgumentParser
import Foundation
import MicromanceModel

/// A time zone typed on the command line (`init --time-zone`, `settings --time-zone`,
/// `settings --partner-time-zone`): spaces around it are dropped, an unknown name or an
/// abbreviation is refused with the identifier meant, and a fixed offset from UTC is taken
/// with a warning (a new user's trial: `PST`, `UTC+2` and `Etc/GMT+2` went in without a word,
/// and the last is two hours behind UTC, not ahead).
enum ZoneInput {
    /// The identifier to keep for `typed`; throws what is wrong with it.
    static func identifier(_ typed: String) throws -> String {
        let zone = typed.trimmingCharacters(in: .whitespaces)
        if let meant = Journal.abbreviatedTimeZone(zone) {
            throw ValidationError(
                "'\(zone)' is an abbreviation, which systems read differently and which names one season's offset, not a "
                    + "place's clock; give a place's identifier: did you mean \(meant)?")
        }
        guard Journal.isKnownTimeZone(zone) else {
            throw ValidationError("'\(zone)' is not a known time zone; \(Journal.timeZoneAdvice(for: zone))")
        }
        return zone
    }

    /// The identifier to keep for `typed`, already checked by ``identifier(_:)`` in the
    /// command's `validate()`, with the warning for a fixed offset said on standard error.
    static func kept(_ typed: String, in environment: CLIEnvironment) -> String {
        let zone = (try? identifier(typed)) ?? typed
        if let caution = Journal.fixedOffsetCaution(for: zone) { environment.errors.line("micromance: warning: \(caution)") }
        return zone
    }
}
