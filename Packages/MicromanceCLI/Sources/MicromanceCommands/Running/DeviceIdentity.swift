import Foundation
import MicromanceModel
import MicromanceStore

/// This device's identity in change stamps: chosen at random the first time a journal is
/// changed here, and kept in `device-id` in the data folder (readable by its owner only).
/// It holds nothing personal; it only tells this device's changes from another's.
enum DeviceIdentity {
    /// The file that keeps the identity, for a set of environment variables.
    static func path(_ variables: [String: String]) -> String? {
        if let data = variables["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/micromance/device-id" }
        guard let home = variables["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/share/micromance/device-id"
    }

    /// The device's identity: the environment's, else the one kept in the data folder, else a
    /// new one, kept there. Without a data folder (no HOME), a new one for this run.
    static func current(_ environment: CLIEnvironment) throws -> DeviceID {
        if let id = environment.deviceID { return id }
        var generator = environment.makeGenerator()
        guard let path = path(environment.variables) else { return DeviceID.random(using: &generator) }
        if FileManager.default.fileExists(atPath: path) {
            let bytes: [UInt8]
            bytes = try SecureFile.read(path)
            let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard let id = DeviceID(text) else {
                throw CLIError.usage(
                    "\(path) does not hold a device identity (1 to 15 of a-z, 0-9, -); remove it and a new one will be made")
            }
            return id
        }
        let id = DeviceID.random(using: &generator)
        try SecureFile.makeFolder(StorePath.folder(of: path))
        try SecureFile.replace(path, with: Array((id.rawValue + "\n").utf8))
        return id
    }

    /// A clock for this device that has seen every stamp in `journal`.
    static func clock(after journal: Journal, in environment: CLIEnvironment) throws -> HybridClock {
        var clock = HybridClock(device: try current(environment), now: environment.now)
        clock.observe(journal.latestStamp)
        return clock
    }
}
