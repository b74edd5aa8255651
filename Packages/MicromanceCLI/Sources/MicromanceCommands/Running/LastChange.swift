import Foundation
import MicromanceModel
import MicromanceStore

/// What this device last changed in a journal (a moment logged, edited, answered or removed,
/// or an answer to a reflective question kept),
/// kept so that `undo` takes back exactly that and says what it was. It lives in
/// `last-change.json` in the data folder, beside `device-id` (readable by its owner only),
/// and names the journal it belongs to: an undo never touches another journal.
struct LastChange: Codable {
    enum Action: String, Codable {
        case log, edit, respond, remove
        /// An answer kept by `reflect --answer`.
        case reflect
    }

    /// The journal's location.
    var store: String
    var action: Action
    /// The moment before the change (nil for a log).
    var before: Moment?
    /// The moment after it (for a remove, the moment removed); nil for a reflection.
    var after: Moment?
    /// The answer kept, for a reflection.
    var answer: ReflectionAnswer?

    /// The file, for a set of environment variables.
    static func path(_ variables: [String: String]) -> String? {
        DeviceIdentity.path(variables).map { StorePath.folder(of: $0) + "/last-change.json" }
    }

    /// Notes a change made by a command. A change that cannot be noted (no data folder) is
    /// still made; only its undo is lost, and `undo` will say there is nothing to take back.
    static func record(_ action: Action, before: Moment?, after: Moment, store: any JournalStore, in environment: CLIEnvironment) {
        save(LastChange(store: canonical(store.location), action: action, before: before, after: after), in: environment)
    }

    /// Notes an answer kept by `reflect --answer`.
    static func record(reflection: ReflectionAnswer, store: any JournalStore, in environment: CLIEnvironment) {
        save(LastChange(store: canonical(store.location), action: .reflect, before: nil, after: nil, answer: reflection), in: environment)
    }

    private static func save(_ change: LastChange, in environment: CLIEnvironment) {
        guard let path = path(environment.variables) else { return }
        guard let data = try? JSONEncoder().encode(change) else { return }
        _ = try? SecureFile.makeFolder(StorePath.folder(of: path))
        // Temporaries of writers killed halfway (a `log` stopped by a signal) go first.
        SecureFile.removeStaleTemporaries(in: StorePath.folder(of: path), for: [StorePath.lastComponent(of: path)])
        _ = try? SecureFile.replace(path, with: Array(data))
    }

    /// The last change noted for `store`, if any.
    static func load(for store: any JournalStore, in environment: CLIEnvironment) -> LastChange? {
        guard let path = path(environment.variables), let bytes = try? SecureFile.read(path),
            let change = try? JSONDecoder().decode(LastChange.self, from: Data(bytes)), change.store == canonical(store.location)
        else { return nil }
        return change
    }

    /// The journal's location as one name however it was given: a relative path made absolute,
    /// `.`, `..` and symbolic links resolved, so that `--store ./j/journal.json` finds what
    /// `--store j/journal.json` changed, and a copy at the same relative path elsewhere (a
    /// backup) does not. A database's address stays as it is.
    static func canonical(_ location: String) -> String {
        guard !location.contains("://") else { return location }
        guard let resolved = realpath(location, nil) else {
            return location.hasPrefix("/") ? location : StorePath.join(FileManager.default.currentDirectoryPath, location)
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Forgets the last change (after it was undone).
    static func clear(in environment: CLIEnvironment) {
        if let path = path(environment.variables) { unlink(path) }
    }
}
