import ArgumentParser
import Foundation
import MicromanceInsights
import MicromanceModel
import MicromanceStore

/// The `--store` option shared by every command that reads or writes a journal.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The journal to use: a .json file, a folder of CSV tables, json:PATH, csv:DIR, or sync:DIR (a folder a sync tool shares).",
            discussion:
                "Default: $MICROMANCE_STORE, else $XDG_DATA_HOME/micromance/journal.json, else ~/.local/share/micromance/journal.json.",
            valueName: "location"))
    var store: String?

    /// ` --store LOCATION`, quoted for a shell, when `--store` was given, else nothing: what a
    /// command's hint adds so that the command it shows works on the same journal.
    var argument: String { Self.argument(store) }

    /// ` --store LOCATION` for a location given, quoted for a shell; empty for none.
    static func argument(_ store: String?) -> String {
        store.map { " --store \($0.shellQuoted)" } ?? ""
    }

    /// The journal path: `--store`, then `MICROMANCE_STORE`, then the XDG data folder.
    func path(in environment: CLIEnvironment) throws -> String {
        if let store {
            // An empty --store (a script's unset variable, say) never falls back to your journal.
            guard !store.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw CLIError.usage("--store is empty; give the journal's location, or leave the option out to use your own journal")
            }
            return try Self.expanded(store, in: environment)
        }
        return try Self.expanded(Self.defaultPath(environment.variables), in: environment)
    }

    /// `location` with a leading `~` or `~/` replaced by the home folder, also after a scheme
    /// (`sync:~/Sync`, `csv:~/tables`, `json:~/j.json`), where no shell expands it, and in a
    /// quoted path or an environment variable.
    static func expanded(_ location: String, in environment: CLIEnvironment) throws -> String {
        var scheme = ""
        var path = Substring(location)
        if let colon = location.firstIndex(of: ":") {
            let name = location[..<colon]
            if name.count > 1, name.allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }) {
                scheme = String(location[...colon])
                path = location[location.index(after: colon)...]
            }
        }
        guard let expanded = StorePath.expandingTilde(String(path), home: environment.variables["HOME"]) else {
            throw CLIError.usage("'\(location)' starts with ~, but HOME is not set; give the full path")
        }
        return scheme + expanded
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
        let location = try expanded(location, in: environment)
        try refuseInsideSyncFolder(location)
        try refuseChangeLog(location)
        try refuseSyncIndex(location)
        return try environment.stores.open(location)
    }

    /// Refuses a file of the index this device keeps of a sync folder (`sync-index/` in its data
    /// folder): a cache rebuilt from the folder at any time, so what was written there would be lost.
    static func refuseSyncIndex(_ location: String) throws {
        var path = location
        if let colon = location.firstIndex(of: ":"), location[..<colon].count > 1, !location.hasPrefix("/") {
            path = String(location[location.index(after: colon)...])
        }
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        let parent = StorePath.parent(of: path).map { StorePath.lastComponent(of: $0) }
        guard parent == "sync-index" || StorePath.lastComponent(of: path) == "sync-index" else { return }
        throw CLIError.usage(
            "\(path) is part of the index Micromance keeps of a sync folder on this device (a cache, rebuilt from the "
                + "folder at any time, so nothing written there would last); use --store sync:DIR with the shared folder "
                + "(nothing was read or written)")
    }

    /// Refuses a JSON journal's change log given as the journal (`--store journal.changes.jsonl`):
    /// it holds only the latest moments, and is read with the document beside it.
    static func refuseChangeLog(_ location: String) throws {
        let path = location.hasPrefix("json:") ? String(location.dropFirst(5)) : location
        guard path.hasSuffix(".changes.jsonl") else { return }
        let document = String(path.dropLast(".changes.jsonl".count)) + ".json"
        throw CLIError.usage(
            "\(path) is the change log of the journal \(document) (its latest moments, read together with it); "
                + "use --store \(document) (nothing was read or written)")
    }

    /// Refuses a location other than `sync:DIR` that is a sync folder or inside one (`--store
    /// DIR` without `sync:`, one device's snapshot given as a journal, a plain copy put there):
    /// a store opened there would be a second journal beside the shared one or rewrite another
    /// device's file, and in an encrypted folder the sync tool would upload it unencrypted.
    static func refuseInsideSyncFolder(_ location: String) throws {
        if location.hasPrefix("sync:") || location.hasPrefix("memory:") { return }
        var path = location
        if let colon = location.firstIndex(of: ":"), location[..<colon].count > 1, !location.hasPrefix("/") {
            path = String(location[location.index(after: colon)...])
        }
        if let folder = EncryptedFolderGuard.encryptedFolder(holding: path) {
            throw CLIError.usage(
                "\(path) is in the encrypted sync folder \(folder): a journal or file written there without sync: would be "
                    + "uploaded unencrypted. Use --store sync:\(folder) for the shared journal, or give a place outside it (nothing was written)"
            )
        }
        // A plain sync folder: opened as anything but sync:, it would be a second journal beside
        // the shared one, or one device's file rewritten by another.
        guard let folder = EncryptedFolderGuard.syncFolder(holding: path) else { return }
        throw CLIError.usage(
            "\(path) is in the sync folder \(folder), which is read and written only as one shared journal (each device "
                + "writes its own files there). Use --store sync:\(folder), or give a place outside it (nothing was read or written)")
    }

    /// Opens the store and loads the journal.
    /// Removed records whose words are past their time come without them (so no command shows
    /// or exports them, whatever file still holds them until the next write), and moments that
    /// name a partner merged away on another device name the partner kept
    /// (``Journal/forwardMergedPartners()``).
    func load(in environment: CLIEnvironment) throws -> (store: any JournalStore, journal: Journal) {
        let store = try open(in: environment)
        var journal = try store.load()
        journal.compactRemovals(before: environment.now().addingTimeInterval(-Journal.removedContentsKeptFor))
        journal.forwardMergedPartners()
        return (store, journal)
    }

    /// For a sync folder where another device's files are still arriving (copied halfway, or
    /// records waiting for a file to come): a sentence saying so, since the journal as read may
    /// lack partners and moments on their way; nil otherwise (and for every other store).
    static func stillArriving(_ store: any JournalStore) -> String? {
        guard let folder = store as? SyncFolderStore, let devices = try? folder.status(),
            devices.contains(where: { !$0.isThisDevice && ($0.incomplete || $0.waiting > 0) })
        else { return nil }
        return "another device's files in \(folder.location) are still arriving, and what they hold is not read yet; "
            + "wait for the sync tool to finish (`micromance sync status` shows it)"
    }

    /// Opens the store and reads what a report on `period` needs: the journal with the moments
    /// from two days before the earliest day the period can start in any time zone, and the
    /// history of all of them (a store with an index reads no other moment).
    func loadForReport(_ period: ReportPeriod, in environment: CLIEnvironment) throws -> (journal: Journal, history: MomentHistory) {
        let store = try open(in: environment)
        let now = environment.now()
        let day = 86_400.0
        let start: Date
        switch period {
        case .lastDays(let days): start = now.addingTimeInterval(-Double(days + 2) * day)
        case .week: start = now.addingTimeInterval(-9 * day)
        case .month: start = now.addingTimeInterval(-33 * day)
        case .lastWeek: start = now.addingTimeInterval(-16 * day)
        case .lastMonth: start = now.addingTimeInterval(-64 * day)
        case .since(let first): start = min(now, first.start(in: .gmt)).addingTimeInterval(-2 * day)
        case .range(let first, let last): start = min(now, min(first, last).start(in: .gmt)).addingTimeInterval(-2 * day)
        }
        var (journal, history) = try store.loadForReport(momentsFrom: start, to: .distantFuture)
        journal.compactRemovals(before: now.addingTimeInterval(-Journal.removedContentsKeptFor))
        // The history a store counted (an index, a database) names partners as they were
        // counted: days given by a partner merged away count for the one kept, as the moments do.
        let destinations = Self.mergeDestinations(of: journal, history: history, store: store)
        history = history.forwarded(destinations)
        journal.forwardMergedPartners(to: destinations)
        return (journal, history)
    }
}

extension StoreOptions {
    /// Where the partners merged away that a report's moments or counted history name went.
    /// The change that moved a merged-away partner's moments may be older than the period the
    /// store read (a store with an index reads only the period's moments): then, and only while
    /// a removed partner is named that the moments read do not place, the whole journal is read
    /// to find it. Nothing is read when no partner was ever removed.
    static func mergeDestinations(
        of journal: Journal, history: MomentHistory, store: any JournalStore
    )
        -> [Identifier<Partner>: Identifier<Partner>]
    {
        let gone = journal.partnersRemoved
        guard !gone.isEmpty else { return [:] }
        let found = journal.mergeDestinations
        let unplaced = gone.subtracting(found.keys)
        guard !unplaced.isEmpty,
            journal.moments.contains(where: { unplaced.contains($0.giver) || unplaced.contains($0.receiver) })
                || history.days.contains(where: { unplaced.contains($0.giver) })
        else { return found }
        return (try? store.load().mergeDestinations) ?? found
    }
}

extension JournalStore {
    /// Refuses to start a CSV journal in a folder that holds other files (the data folder
    /// beside `journal.json`, a Documents folder): its tables would sit among them, and a later
    /// `--store` would name a folder that is neither one thing nor the other. Hidden files (a
    /// sync tool's marker, `.DS_Store`) do not count. Called before `init`, `convert` and
    /// `export` write a new journal.
    func refuseCrowdedFolder() throws {
        guard let csv = self as? CSVJournalStore, !exists,
            let entries = try? FileManager.default.contentsOfDirectory(atPath: csv.folder)
        else { return }
        let others = entries.filter { !$0.hasPrefix(".") }.sorted()
        guard !others.isEmpty else { return }
        let shown = others.prefix(3).joined(separator: ", ") + (others.count > 3 ? ", ..." : "")
        var message =
            "\(csv.folder) already has other files in it (\(shown)); a CSV journal needs a folder of its own: "
            + "give a new or empty folder (nothing was written)"
        if let json = CLIError.journalInside(csv.folder) {
            message += ". To open the JSON journal there, use --store \(json.shellQuoted)"
        }
        throw CLIError.cannotCreate(message)
    }

    /// Saves `journal` under the store's lock only if the store holds none yet; returns
    /// whether it saved. Used by `init`, `convert` and `export`, which never replace a journal.
    func saveIfAbsent(_ journal: Journal) throws(StoreError) -> Bool {
        var saved = false
        try withExclusiveAccess { () throws(StoreError) in
            if !exists {
                try save(journal)
                saved = true
            }
        }
        return saved
    }

    /// Runs `body` with the journal while holding the store's lock, for a command that only
    /// adds moments: the store may leave the moments unread (see ``AppendingJournal``), and
    /// what `body` appends is checked against the journal as it is on disk. Errors go up as
    /// they are; the command's runner turns them into a message and an exit code.
    func withAppendingJournal<T>(_ body: (inout AppendingJournal) throws -> T) throws -> T {
        let cutoff = CLIEnvironment.current.now().addingTimeInterval(-Journal.removedContentsKeptFor)
        return try locked(loadForAppending) { appending in
            let result = try body(&appending)
            // Removed records' words go 30 days after their removal, on whichever command
            // writes next, quick appends included: then, once, the journal is written whole.
            if appending.journal.holdsRemovedContents(before: cutoff) {
                var whole = appending.momentsLoaded ? appending.journal : try load()
                whole.compactRemovals(before: cutoff)
                try save(whole)
                appending.journal.compactRemovals(before: cutoff)
            }
            return result
        }
    }

    private func locked<J, T>(_ open: () throws(StoreError) -> J, _ body: (inout J) throws -> T) throws -> T {
        var outcome: Result<T, any Error>?
        try withExclusiveAccess { () throws(StoreError) in
            var journal = try open()
            do {
                outcome = .success(try body(&journal))
            } catch let error as StoreError {
                throw error
            } catch {
                outcome = .failure(error)
            }
        }
        guard let outcome else { throw CLIError.usage("the journal could not be read") }
        return try outcome.get()
    }

    /// A read-modify-write under the store's lock, as this device: what `change` changed is
    /// stamped with this device's clock, so merging with another copy keeps it (see
    /// ``Journal/stampChanges(since:at:)``), and removed records' contents past their time
    /// are dropped. If `change` throws, nothing is saved.
    @discardableResult
    func updateAsThisDevice<T>(_ change: (inout Journal) throws -> T) throws -> T {
        try updateAsThisDevice { (journal: inout Journal, _: inout FilledIn) in try change(&journal) }
    }

    /// Like ``updateAsThisDevice(_:)``, for a command that fills in values by itself (a blank
    /// partner made from a name, the device's time zone): what `change` lists in its
    /// ``FilledIn`` carries no weight in a merge (``Journal/markFilledIn(partner:settings:)``).
    @discardableResult
    func updateAsThisDevice<T>(_ change: (inout Journal, inout FilledIn) throws -> T) throws -> T {
        let environment = CLIEnvironment.current
        var other: (before: Journal, after: Journal)?
        let result = try update { journal in
            let before = journal
            var filledIn = FilledIn()
            let result = try change(&journal, &filledIn)
            var clock = try DeviceIdentity.clock(after: before, in: environment)
            journal.stampChanges(since: before, at: clock.tick())
            journal.markFilledIn(partner: filledIn.partner, settings: filledIn.settings)
            journal.compactRemovals(before: environment.now().addingTimeInterval(-Journal.removedContentsKeptFor))
            other = (before, journal)
            return result
        }
        // Saved: a change `undo` cannot take back is noted, so that `undo` does not reach past
        // it. A command that changed a moment notes its own change after this one.
        if let other { LastChange.recordOther(from: other.before, to: other.after, store: self, in: environment) }
        return result
    }
}

/// Values a command filled in by itself rather than a person typed.
struct FilledIn {
    /// A partner added with nothing but a name.
    var partner: Identifier<Partner>?
    /// Shared settings given their default.
    var settings: Set<String> = []
}
