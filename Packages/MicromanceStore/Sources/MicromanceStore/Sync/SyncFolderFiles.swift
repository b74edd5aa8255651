import Foundation
import MicromanceModel

/// The files of one device in a sync folder, and how their names are read.
///
/// Each device writes only `micromance-DEVICE.snapshot.json` (its whole journal as of its
/// last compaction, a JSON journal) and `micromance-DEVICE.changes.jsonl` (one change per line
/// since then, each a small JSON journal holding the records that changed). Nothing else in
/// the folder is read: a file-sync tool's temporary files (`.syncthing.*.tmp`, `.unison.*`,
/// `*.partial`) and anything a person drops there are ignored, because their names are not
/// exactly these.
///
/// A sync tool's conflict copy of a device's file is read as well (see ``conflictCopy(_:)``):
/// when a tool puts an older copy of a file back and keeps the newer one under another name
/// (`micromance-D.changes.sync-conflict-….jsonl`, `micromance-D.changes (Lena's conflicted copy
/// 2026-12-04).jsonl`), the copy may hold the only record of changes made since. Every change is
/// stamped and joining is idempotent, so reading an older copy too never undoes a newer change.
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

    /// The device and kind of a sync tool's conflict copy of one of its files: a name that
    /// starts as the device's snapshot or change log does, says "conflict" (Syncthing, Dropbox,
    /// Nextcloud, ownCloud, unison's `copyonconflict`), and is not a temporary or set-aside file.
    static func conflictCopy(_ name: String) -> (device: DeviceID, snapshot: Bool)? {
        guard name.hasPrefix(prefix), parse(name) == nil, name.range(of: "conflict", options: .caseInsensitive) != nil,
            !name.hasSuffix(".torn"), !name.hasSuffix(".tmp"), !name.hasSuffix(".partial")
        else { return nil }
        let rest = name.utf8.dropFirst(prefix.utf8.count)
        guard let dot = rest.firstIndex(of: UInt8(ascii: ".")),
            let device = DeviceID(String(decoding: rest[..<dot], as: UTF8.self))
        else { return nil }
        let kind = String(decoding: rest[rest.index(after: dot)...], as: UTF8.self)
        if kind.hasPrefix("snapshot") { return (device, true) }
        if kind.hasPrefix("changes") { return (device, false) }
        return nil
    }

    /// A conflict copy found in the folder.
    struct ConflictCopy: Hashable, Sendable {
        var path: String
        var device: DeviceID
        var snapshot: Bool
    }

    /// The devices with files in `folder`, sorted, each with which of its files are there.
    static func devices(in folder: String) throws(StoreError) -> [DeviceID: (snapshot: Bool, changes: Bool)] {
        try listing(in: folder).devices
    }

    /// The devices with files in `folder`, and the conflict copies of any device's files
    /// (sorted by name).
    static func listing(
        in folder: String
    ) throws(StoreError) -> (devices: [DeviceID: (snapshot: Bool, changes: Bool)], copies: [ConflictCopy]) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            if !FileManager.default.fileExists(atPath: folder) { return ([:], []) }
            throw .io(file: folder, operation: "list the sync folder", reason: "\(error.localizedDescription)")
        }
        var found = [DeviceID: (snapshot: Bool, changes: Bool)]()
        var copies = [ConflictCopy]()
        for name in names {
            guard let (device, snapshot) = parse(name) else {
                if let (device, snapshot) = conflictCopy(name) {
                    copies.append(ConflictCopy(path: folder + "/" + name, device: device, snapshot: snapshot))
                }
                continue
            }
            var entry = found[device] ?? (false, false)
            if snapshot { entry.snapshot = true } else { entry.changes = true }
            found[device] = entry
        }
        return (found, copies.sorted { $0.path < $1.path })
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
    /// A sync tool's conflict copies of this device's files found in the folder: what they
    /// hold is read, and this device folds them into its own files (and removes them) at its
    /// next change.
    public var conflictCopies: [String] = []
    /// The partner the device belongs to, as its own files say (who is "me" there); nil
    /// before anyone said who they are on it.
    public var owner: Identifier<Partner>? = nil
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
        /// This device's own change log went back to an older copy: the changes only its own
        /// record still holds are read from there and written back at its next change.
        case ownLogWentBack = "own-log-went-back"
        /// The folder went back to an older state: changes this device had read (any device's)
        /// are gone from it. This device keeps them from its copy of the joined journal, reads
        /// them with the folder, and writes them back to its change log at its next change.
        /// ``SyncFolderProblem/file`` is the folder.
        case folderWentBack = "folder-went-back"
        /// Another device's files are still arriving (a snapshot copied part way, a last line
        /// cut off, records naming a partner or ritual whose file has not come): what they hold
        /// is left out until they have. ``SyncFolderProblem/file`` is the folder.
        case stillArriving = "still-arriving"
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
        case .ownLogWentBack:
            return "\(place): \(reason); they are read from this device's own record of them and written back to the "
                + "folder with its next change"
        case .folderWentBack:
            return "\(place): \(reason); this device kept them and shows them, and writes them back to the folder with "
                + "its next change (log or edit anything), from where the sync tool carries them to the other devices"
        case .stillArriving:
            return "\(place): \(reason) are still arriving, and what has not arrived is not shown yet; wait for the sync "
                + "tool to finish copying them"
        }
    }
}
