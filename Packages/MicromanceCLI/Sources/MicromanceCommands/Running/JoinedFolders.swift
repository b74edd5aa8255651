import Foundation
import MicromanceStore

/// The sync folders this device started or joined (`init --store sync:DIR`), kept in its data
/// folder beside its identity, one location per line (owner-only): so that a command run
/// without `--store` or `MICROMANCE_STORE` on a phone that shares a journal points at it
/// instead of offering to start a second journal that would never be shared.
enum JoinedFolders {
    /// The file, or nil without a data folder.
    static func path(_ variables: [String: String]) -> String? {
        DeviceIdentity.path(variables).map { StorePath.join(StorePath.folder(of: $0), "sync-folders") }
    }

    /// Remembers a sync folder's location (`sync:/absolute/path`). A data folder that cannot be
    /// written costs only the reminder, never the command.
    static func remember(_ location: String, in environment: CLIEnvironment) {
        guard let path = path(environment.variables) else { return }
        var location = location
        if location.hasPrefix("sync:"), !location.dropFirst("sync:".count).hasPrefix("/") {
            location = "sync:" + StorePath.join(FileManager.default.currentDirectoryPath, String(location.dropFirst("sync:".count)))
        }
        var known = all(environment.variables)
        guard !known.contains(location) else { return }
        known.append(location)
        _ = try? SecureFile.makeFolder(StorePath.folder(of: path))
        try? SecureFile.replace(path, with: Array(known.map { $0 + "\n" }.joined().utf8))
    }

    /// The remembered locations, oldest first.
    static func all(_ variables: [String: String]) -> [String] {
        guard let path = path(variables), let bytes = try? SecureFile.read(path) else { return [] }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").map { String($0).trimmed }.filter { !$0.isEmpty }
    }

    /// The remembered folders that are still there.
    static func present(_ variables: [String: String]) -> [String] {
        all(variables).filter { location in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: String(location.dropFirst("sync:".count)), isDirectory: &isFolder)
                && isFolder.boolValue
        }
    }

    /// A sentence for a command run on this device's own default journal when there is none
    /// but the device shares one: where it is and how to use it; nil otherwise.
    static func hint(in environment: CLIEnvironment) -> String? {
        guard (environment.variables["MICROMANCE_STORE"] ?? "").isEmpty, let location = present(environment.variables).last else {
            return nil
        }
        return "this device shares the journal at \(location): use it with --store \(location.shellQuoted), "
            + "or once for every command with `export MICROMANCE_STORE=\(location.shellQuoted)` in your shell profile"
    }
}
