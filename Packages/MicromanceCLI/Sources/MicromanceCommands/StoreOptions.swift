import ArgumentParser
import MicromanceModel
import MicromanceStore

/// The `--store` option shared by every command that reads or writes a journal.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The journal to use: a .json file, a folder of CSV tables, json:PATH, csv:DIR, or sync:DIR (a folder a sync tool shares).",
        discussion: "Default: $MICROMANCE_STORE, else $XDG_DATA_HOME/micromance/journal.json, else ~/.local/share/micromance/journal.json.",
        valueName: "location"))
    var store: String?

    /// The journal path: `--store`, then `MICROMANCE_STORE`, then the XDG data folder.
    func path(in environment: CLIEnvironment) throws -> String {
        if let store {
            // An empty --store (a script's unset variable, say) never falls back to your journal.
            guard !store.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw CLIError.usage("--store is empty; give the journal's location, or leave the option out to use your own journal")
            }
            return store
        }
        return try Self.defaultPath(environment.variables)
    }

    /// The default journal path for a set of environment variables.
    static func defaultPath(_ variables: [String: String]) throws -> String {
        if let path = variables["MICROMANCE_STORE"], !path.isEmpty { return path }
        if let data = variables["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/micromance/journal.json" }
        guard let home = variables["HOME"], !home.isEmpty else {
            throw CLIError.usage("cannot find a place for the journal: HOME is not set; pass --store PATH or set MICROMANCE_STORE")
        }
        return home + "/.local/share/micromance/journal.json"
    }

    /// The store at the resolved location, opened through the environment's store registry.
    func open(in environment: CLIEnvironment) throws -> any JournalStore {
        try Self.open(try path(in: environment), in: environment)
    }

    /// Opens any store location through the environment's registry, with CLI errors.
    static func open(_ location: String, in environment: CLIEnvironment) throws -> any JournalStore {
        do {
            return try environment.stores.open(location)
        } catch {
            throw CLIError(error)
        }
    }

    /// Loads the journal, turning store errors into CLI errors.
    func load(in environment: CLIEnvironment) throws -> (store: any JournalStore, journal: Journal) {
        let store = try open(in: environment)
        do {
            return (store, try store.load())
        } catch {
            throw CLIError(error)
        }
    }
}

extension JournalStore {
    /// Saves, turning store errors into CLI errors.
    func saveForCLI(_ journal: Journal) throws {
        do { try save(journal) } catch { throw CLIError(error) }
    }

    /// Saves `journal` under the store's lock only if the store holds none yet; returns
    /// whether it saved. Used by `init`, `convert` and `export`, which never replace a journal.
    func saveIfAbsent(_ journal: Journal) throws -> Bool {
        var saved = false
        do {
            try withExclusiveAccess { () throws(StoreError) in
                if !exists {
                    try save(journal)
                    saved = true
                }
            }
        } catch {
            throw CLIError(error)
        }
        return saved
    }

    /// Loads the journal and runs `body` with it while holding the store's lock, so what
    /// `body` writes (with ``JournalStore/append(_:to:)``, say) is checked against the journal
    /// as it is on disk. `body` may throw a ``CLIError``; store errors become CLI errors.
    func withLockedJournalForCLI<T>(_ body: (inout Journal) throws -> T) throws -> T {
        var outcome: Result<T, any Error>?
        do {
            try withExclusiveAccess { () throws(StoreError) in
                var journal = try load()
                do {
                    outcome = .success(try body(&journal))
                } catch let error as StoreError {
                    throw error
                } catch {
                    outcome = .failure(error)
                }
            }
        } catch {
            throw CLIError(error)
        }
        guard let outcome else { throw CLIError.usage("the journal could not be read") }
        return try outcome.get()
    }

    /// Like ``withLockedJournalForCLI(_:)`` for a command that only adds moments: the store
    /// may leave the moments unread (see ``AppendingJournal``).
    func withAppendingJournalForCLI<T>(_ body: (inout AppendingJournal) throws -> T) throws -> T {
        var outcome: Result<T, any Error>?
        do {
            try withExclusiveAccess { () throws(StoreError) in
                var journal = try loadForAppending()
                do {
                    outcome = .success(try body(&journal))
                } catch let error as StoreError {
                    throw error
                } catch {
                    outcome = .failure(error)
                }
            }
        } catch {
            throw CLIError(error)
        }
        guard let outcome else { throw CLIError.usage("the journal could not be read") }
        return try outcome.get()
    }

    /// Loads, turning store errors into CLI errors.
    func loadForCLI() throws -> Journal {
        do { return try load() } catch { throw CLIError(error) }
    }

    /// Runs a read-modify-write under the store's lock, with CLI errors. `change` may throw
    /// a ``CLIError``; then nothing is saved.
    /// What `change` changed is stamped with this device's clock, so merging with another
    /// copy keeps it (see ``Journal/stampChanges(since:at:)``).
    @discardableResult
    func updateForCLI<T>(_ change: (inout Journal) throws -> T) throws -> T {
        let environment = CLIEnvironment.current
        do {
            return try update { journal in
                let before = journal
                let result = try change(&journal)
                var clock = try DeviceIdentity.clock(after: before, in: environment)
                journal.stampChanges(since: before, at: clock.tick())
                journal.compactRemovals(before: environment.now().addingTimeInterval(-Journal.removedContentsKeptFor))
                return result
            }
        } catch let error as StoreError {
            throw CLIError(error)
        }
    }
}
