import Foundation
import MicromanceModel
import MicromanceStore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// This device's identity in change stamps: chosen at random the first time a journal is
/// changed here, and kept in `device-id` in the data folder (readable by its owner only).
/// It holds nothing personal; it only tells this device's changes from another's.
///
/// A copied data folder (a backup restored on a new laptop, a home folder copied across)
/// must not keep the identity: two machines writing as one device would write the same files
/// in a sync folder, and the sync tool would keep only one of them. So the identity is bound
/// to the file it is kept in and to the machine: `device-binding` beside it holds the
/// `device-id` file's inode and the machine's id (`/etc/machine-id`). A copy has a new inode
/// (and usually another machine id); when the binding does not match, this device takes a new
/// identity, says so once on standard error, and keeps the old one in `device-id.previous` so
/// that who you are on this device (kept in the old identity's files) comes along.
enum DeviceIdentity {
    /// The file that keeps the identity, for a set of environment variables.
    static func path(_ variables: [String: String]) -> String? {
        if let data = variables["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/micromance/device-id" }
        guard let home = variables["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/share/micromance/device-id"
    }

    /// The device's identity: the environment's, else the one kept in the data folder (a new
    /// one when the data folder is a copy, from another device or put back on this one), else a
    /// new one, kept there.
    /// Without a data folder (no HOME), a new one for this run.
    static func current(_ environment: CLIEnvironment) throws -> DeviceID {
        if let id = environment.deviceID { return id }
        var generator = environment.makeGenerator()
        guard let path = path(environment.variables) else { return DeviceID.random(using: &generator) }
        guard FileManager.default.fileExists(atPath: path) else {
            let id = DeviceID.random(using: &generator)
            try keep(id, at: path)
            return id
        }
        let text = String(decoding: try SecureFile.read(path), as: UTF8.self).trimmed
        guard let id = DeviceID(text) else {
            throw CLIError.usage(
                "\(path) does not hold a device identity (1 to 15 of a-z, 0-9, -); remove it and a new one will be made")
        }
        let binding = binding(of: path)
        guard let kept = try? SecureFile.read(bindingPath(path)) else {
            // Made before bindings existed: bind it where it is now.
            if let binding { try? SecureFile.replace(bindingPath(path), with: Array((binding + "\n").utf8)) }
            return id
        }
        let keptBinding = String(decoding: kept, as: UTF8.self).trimmed
        guard let binding, binding != keptBinding else { return id }
        // Copied from another device: a new identity, so the two never write the same files.
        var fresh = DeviceID.random(using: &generator)
        while fresh == id { fresh = DeviceID.random(using: &generator) }
        try SecureFile.replace(previousPath(path), with: Array((id.rawValue + "\n").utf8))
        try keep(fresh, at: path)
        // What `undo` would take back was changed before the copy was made (a backup put back:
        // the moment it names may be days old): this device has changed nothing yet.
        LastChange.forgetAll(environment.variables)
        // On the same machine (a backup put back with `cp -a`, a second account's copy), the
        // copy is not from another device, though it must still not write as the original.
        let machine = machineID()
        let sameMachine = !machine.isEmpty && keptBinding.hasSuffix(" machine \(machine)")
        let copy =
            sameMachine
            ? "this data folder is a copy made on this machine (a backup put back, or a folder copied: its identity, device "
                + "\(id), was made for the folder it came from)"
            : "this data folder is a copy from another device (device \(id))"
        environment.errors.line(
            "micromance: \(copy); this device now writes as \(fresh), so the two never write over each other's files in "
                + "a shared folder. If this is a backup put back, anything logged since it was made is on the other devices: "
                + "they keep what they had read and write it back to a shared folder with their next change.")
        return fresh
    }

    /// The identity this device had before its data folder was found to be a copy, if it was.
    static func previous(_ environment: CLIEnvironment) -> DeviceID? {
        guard environment.deviceID == nil, let path = path(environment.variables),
            let bytes = try? SecureFile.read(previousPath(path))
        else { return nil }
        return DeviceID(String(decoding: bytes, as: UTF8.self).trimmed)
    }

    /// Writes a new identity and its binding.
    private static func keep(_ id: DeviceID, at path: String) throws {
        try SecureFile.makeFolder(StorePath.folder(of: path))
        try SecureFile.replace(path, with: Array((id.rawValue + "\n").utf8))
        if let binding = binding(of: path) { try SecureFile.replace(bindingPath(path), with: Array((binding + "\n").utf8)) }
    }

    private static func bindingPath(_ path: String) -> String { StorePath.join(StorePath.folder(of: path), "device-binding") }
    private static func previousPath(_ path: String) -> String { path + ".previous" }

    /// What ties the identity to its place: the identity file's inode and the machine's id.
    private static func binding(of path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return "inode \(info.st_ino) machine \(machineID())"
    }

    /// The machine's id (systemd's `/etc/machine-id`, or D-Bus's), or empty when it has none.
    static func machineID() -> String {
        for file in ["/etc/machine-id", "/var/lib/dbus/machine-id"] {
            if let bytes = try? SecureFile.read(file) {
                let text = String(decoding: bytes.prefix(64), as: UTF8.self).trimmed
                if !text.isEmpty, text.allSatisfy({ $0.isHexDigit }) { return text }
            }
        }
        return ""
    }

    /// A clock for this device that has seen every stamp in `journal`.
    static func clock(after journal: Journal, in environment: CLIEnvironment) throws -> HybridClock {
        var clock = HybridClock(device: try current(environment), now: environment.now)
        clock.observe(journal.latestStamp)
        return clock
    }
}
