import Foundation
import MicromanceModel
import MicromanceStore

/// What this device last changed in a journal (a moment logged, edited, answered or removed,
/// or an answer to a reflective question kept),
/// kept so that `undo` takes back exactly that and says what it was. Each journal has its own
/// record, `last-changes/HASH.json` in the data folder beside `device-id` (readable by its owner
/// only; HASH is of the journal's location), which names the journal it belongs to: an undo
/// never touches another journal, and a change in one journal does not forget another's.
struct LastChange: Codable {
    enum Action: String, Codable {
        case log, edit, respond, remove
        /// An answer kept by `reflect --answer`.
        case reflect
        /// A change `undo` cannot take back (the settings, a partner, a ritual, who this device
        /// is): noted so that `undo` says so, rather than going back past it to an older change.
        case other
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
    /// What was changed, for ``Action/other`` ("the settings", "Maya's details", "adding Ana").
    var what: String?
    /// True when the change merged one partner into another (`partner merge`), which `undo`
    /// explains how to mend by hand; absent in records written before 0.36.0.
    var merged: Bool?

    /// The folder of the records, for a set of environment variables.
    static func folder(_ variables: [String: String]) -> String? {
        DeviceIdentity.path(variables).map { StorePath.folder(of: $0) + "/last-changes" }
    }

    /// The record of the journal at `location` (as ``canonical(_:)`` gives it).
    static func path(for location: String, _ variables: [String: String]) -> String? {
        folder(variables).map { $0 + "/" + hash(location) + ".json" }
    }

    /// Where versions before 0.21 kept one record for whichever journal changed last; still
    /// read, and removed once its journal has a record of its own or is undone.
    static func legacyPath(_ variables: [String: String]) -> String? {
        DeviceIdentity.path(variables).map { StorePath.folder(of: $0) + "/last-change.json" }
    }

    /// Forgets every record of this data folder: it was found to be a copy (a backup put back,
    /// a folder copied to a new laptop), so what they name was not this device's last change.
    static func forgetAll(_ variables: [String: String]) {
        if let folder = folder(variables), let names = try? FileManager.default.contentsOfDirectory(atPath: folder) {
            for name in names where name.hasSuffix(".json") { unlink(folder + "/" + name) }
        }
        if let legacy = legacyPath(variables) { unlink(legacy) }
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

    /// Notes a change to what `undo` cannot take back, when `before` and `after` differ in it.
    static func recordOther(from before: Journal, to after: Journal, store: any JournalStore, in environment: CLIEnvironment) {
        guard let what = describeOther(from: before, to: after) else { return }
        let merged = before.partners.contains { partner in
            after.partner(partner.id) == nil && mergeTarget(of: partner.id, before: before, after: after) != nil
        }
        save(LastChange(store: canonical(store.location), action: .other, what: what, merged: merged ? true : nil), in: environment)
    }

    /// Notes a merge or an import that changed the journal: `undo` cannot take it back and must
    /// not reach past it (a new user's trial: `undo` after a `merge` took back a moment logged
    /// before it).
    static func recordMerge(from location: String, store: any JournalStore, in environment: CLIEnvironment) {
        save(LastChange(store: canonical(store.location), action: .other, what: "bringing in \(location) (`merge`)"), in: environment)
    }

    /// What changed besides moments and reflections, in words, or nil when nothing did.
    static func describeOther(from before: Journal, to after: Journal) -> String? {
        var parts: [String] = []
        if before.settings != after.settings {
            var shared = after.settings
            shared.defaultGiver = before.settings.defaultGiver
            shared.defaultReceiver = before.settings.defaultReceiver
            if shared != before.settings { parts.append("the settings") }
            if before.settings.defaultGiver != after.settings.defaultGiver
                || before.settings.defaultReceiver != after.settings.defaultReceiver
            {
                parts.append("who you are on this device")
            }
        }
        if before.partners != after.partners {
            let old = Dictionary(before.partners.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let new = Set(after.partners.map(\.id))
            for partner in after.partners {
                guard let was = old[partner.id] else {
                    parts.append("adding \(partner.name)")
                    continue
                }
                if was != partner { parts.append("\(was.name)'s details") }
            }
            for partner in before.partners where !new.contains(partner.id) {
                // A partner merge moves the removed partner's moments to the one kept in the same change.
                if let kept = Self.mergeTarget(of: partner.id, before: before, after: after) {
                    parts.append("merging \(partner.name) into \(kept.name) (`partner merge`)")
                } else {
                    parts.append("removing \(partner.name)")
                }
            }
        }
        if before.rituals != after.rituals { parts.append("the rituals") }
        guard let last = parts.popLast() else { return nil }
        return parts.isEmpty ? last : parts.joined(separator: ", ") + " and " + last
    }

    /// The partner the moments of `gone` went to in the change from `before` to `after`: a
    /// `partner merge` rather than a removal (which refuses a partner with moments).
    static func mergeTarget(of gone: Identifier<Partner>, before: Journal, after: Journal) -> Partner? {
        let theirs = Set(before.moments.lazy.filter { $0.giver == gone || $0.receiver == gone }.map(\.id))
        guard !theirs.isEmpty,
            let moved = after.moments.first(where: { theirs.contains($0.id) && $0.giver != gone && $0.receiver != gone }),
            let was = before.moments.first(where: { $0.id == moved.id })
        else { return nil }
        return after.partner(was.giver == gone ? moved.giver : moved.receiver)
    }

    private static func save(_ change: LastChange, in environment: CLIEnvironment) {
        guard let folder = folder(environment.variables), let path = path(for: change.store, environment.variables) else { return }
        guard let data = try? JSONEncoder().encode(change) else { return }
        _ = try? SecureFile.makeFolder(folder)
        // Temporaries of writers killed halfway (a `log` stopped by a signal) go first.
        SecureFile.removeStaleTemporaries(in: folder, for: [StorePath.lastComponent(of: path)])
        _ = try? SecureFile.replace(path, with: Array(data))
        forgetLegacy(of: change.store, environment.variables)
    }

    /// The last change noted for `store`, if any.
    static func load(for store: any JournalStore, in environment: CLIEnvironment) -> LastChange? {
        let location = canonical(store.location)
        for path in [path(for: location, environment.variables), legacyPath(environment.variables)].compactMap({ $0 }) {
            if let change = read(path), change.store == location { return change }
        }
        return nil
    }

    private static func read(_ path: String) -> LastChange? {
        guard let bytes = try? SecureFile.read(path) else { return nil }
        return try? JSONDecoder().decode(LastChange.self, from: Data(bytes))
    }

    /// Removes the older versions' single record when it is this journal's.
    private static func forgetLegacy(of location: String, _ variables: [String: String]) {
        guard let legacy = legacyPath(variables), access(legacy, F_OK) == 0, read(legacy)?.store == location else { return }
        unlink(legacy)
    }

    /// A file name for a location: FNV-1a, 64 bits, in hexadecimal.
    static func hash(_ location: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in location.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
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

    /// Forgets the journal's last change (after it was undone).
    static func clear(for store: any JournalStore, in environment: CLIEnvironment) {
        let location = canonical(store.location)
        if let path = path(for: location, environment.variables) { unlink(path) }
        forgetLegacy(of: location, environment.variables)
    }
}
