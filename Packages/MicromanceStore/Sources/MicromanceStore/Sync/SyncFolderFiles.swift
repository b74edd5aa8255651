import Foundation
import MicromanceModel

/// The files of one device in a sync folder, and how their names are read.
///
/// Each device writes only `micromance-DEVICE.snapshot.json` (its whole journal as of its
/// last compaction, a JSON journal) and `micromance-DEVICE.changes.jsonl` (one change per line
/// since then, each a small JSON journal holding the records that changed). Nothing else in
/// the folder is read: a file-sync tool's temporary files (`.syncthing.*.tmp`, `.unison.*`,
/// `*.partial`), its conflict copies (`*.sync-conflict-*`, `… (conflicted copy …)`) and
/// anything a person drops there are ignored, because their names are not exactly these.
struct SyncFolderFiles {
    static let prefix = "micromance-"
    static let snapshotSuffix = ".snapshot.json"
    static let changesSuffix = ".changes.jsonl"

    /// The device a file name belongs to, and whether it is the snapshot; nil for any other name.
    static func parse(_ name: String) -> (device: DeviceID, snapshot: Bool)? {
        guard name.hasPrefix(prefix) else { return nil }
        for (suffix, snapshot) in [(snapshotSuffix, true), (changesSuffix, false)] where name.hasSuffix(suffix) {
            let middle = name.dropFirst(prefix.count).dropLast(suffix.count)
            if let device = DeviceID(String(middle)) { return (device, snapshot) }
        }
        return nil
    }

    static func snapshot(_ folder: String, _ device: DeviceID) -> String { folder + "/" + prefix + device.rawValue + snapshotSuffix }
    static func changes(_ folder: String, _ device: DeviceID) -> String { folder + "/" + prefix + device.rawValue + changesSuffix }
    static func lock(_ folder: String, _ device: DeviceID) -> String { folder + "/." + prefix + device.rawValue + ".lock" }

    /// The devices with files in `folder`, sorted, each with which of its files are there.
    static func devices(in folder: String) throws(StoreError) -> [DeviceID: (snapshot: Bool, changes: Bool)] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            if !FileManager.default.fileExists(atPath: folder) { return [:] }
            throw .io(file: folder, operation: "list the sync folder", reason: "\(error.localizedDescription)")
        }
        var found = [DeviceID: (snapshot: Bool, changes: Bool)]()
        for name in names {
            guard let (device, snapshot) = parse(name) else { continue }
            var entry = found[device] ?? (false, false)
            if snapshot { entry.snapshot = true } else { entry.changes = true }
            found[device] = entry
        }
        return found
    }
}

/// What one device's files in a sync folder hold.
public struct SyncDeviceStatus: Hashable, Sendable {
    /// The device.
    public var device: DeviceID
    /// Its latest change of its own, if any was read (filled in by ``SyncFolderStore/status()``).
    public var lastChange: ChangeStamp?
    /// Changes in its change log (since its last snapshot).
    public var pendingChanges: Int
    /// Whether its files end in an entry that is still arriving (copied halfway), or its
    /// snapshot could not be read yet; what could be read is used.
    public var incomplete: Bool
    /// Whether this is the device the store writes as.
    public var isThisDevice: Bool
    /// Records (of any device) left out for now because they name a partner or ritual whose
    /// file has not arrived yet; counted on the first other device.
    public var waiting = 0
    /// Damage found in this device's files (another device's only: this device's own files
    /// must read), with what was set aside.
    public var damage: SyncFolderProblem?
}

/// Damage in another device's files in a sync folder, found while reading. The readable part
/// is used; what could not be read is set aside (never deleted: the device that wrote it still
/// has its own copy and writes a whole new snapshot at its next fold).
public struct SyncFolderProblem: Hashable, Sendable, CustomStringConvertible {
    /// What kind of damage.
    public enum Kind: String, Hashable, Sendable {
        /// A whole line of a change log does not read: it and the lines after it are set aside.
        case damagedLine = "damaged-line"
        /// A snapshot has stayed unreadable past ``SyncFolderStore/unreadableAfter``: it is not
        /// still arriving, and its records are left out until its device writes a new one.
        case unreadableSnapshot = "unreadable-snapshot"
        /// A change log is far larger than any Micromance writes (see
        /// ``SyncFolderStore/largestChangeLog``): it is set aside unread.
        case oversizedLog = "oversized-log"
    }
    /// The file.
    public var file: String
    /// The line, for a change log.
    public var line: Int?
    /// Why it does not read.
    public var reason: String
    /// What kind of damage.
    public var kind: Kind

    /// Creates a problem report.
    public init(file: String, line: Int?, reason: String, kind: Kind) {
        self.file = file
        self.line = line
        self.reason = reason
        self.kind = kind
    }

    /// Where, what, and what was done about it.
    public var description: String {
        let place = file + (line.map { ":\($0)" } ?? "")
        switch kind {
        case .damagedLine:
            return "\(place): \(reason); this line and the rest of that device's change log are set aside until "
                + "that device writes again (what came before it is used)"
        case .unreadableSnapshot:
            return "\(place): this snapshot has not been readable for over a minute (\(reason)); its records are left "
                + "out until that device writes a new one"
        case .oversizedLog:
            return "\(place): \(reason); it is set aside unread until that device writes again"
        }
    }
}
