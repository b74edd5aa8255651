import Foundation
import MicromanceModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A journal shared through a folder that a file-sync tool keeps in step between devices
/// (Syncthing, Dropbox, iCloud Drive, Nextcloud, unison, a USB stick): location `sync:DIR`.
///
/// Each device writes only its own two files (see `SyncFolderFiles`): a snapshot, and a
/// change log it appends to, which it folds into a new snapshot now and then (when the log
/// passes ``compactAfterBytes``). No two devices ever write one file, so a sync tool never
/// has a conflict to settle. Reading joins every device's files with
/// `Journal.merged(with:)`, so files may arrive in any order and late:
/// - a change log whose last line is still arriving (no line break yet) is read without it;
/// - another device's snapshot that does not parse yet (copied halfway) is skipped and shown
///   as incomplete by ``status()``; this device's own files must read, or nothing is written;
/// - a file from a newer version of Micromance is refused with ``StoreError/newerSchema(file:found:supported:)``;
/// - who this device belongs to (`JournalSettings.deviceFields`) is read
///   from this device's files only.
///
/// Saving: while the folder holds only this device's files, ``save(_:)`` replaces the
/// journal exactly. Once other devices' files are there, it records what differs from the
/// journal as last loaded (stamping what the caller changed, as
/// `Journal.stampChanges(since:at:)` does), so that nothing another device
/// wrote meanwhile is lost: records the caller dropped become removals.
public final class SyncFolderStore: JournalStore, @unchecked Sendable {
    /// The shared folder.
    public let folder: String
    /// The device this store writes as.
    public let device: DeviceID
    /// The size of the change log beyond which it is folded into the snapshot.
    public let compactAfterBytes: Int
    private let now: @Sendable () -> Date
    /// Told of damage in another device's files each time they are read (see ``SyncFolderProblem``).
    private let problems: (@Sendable (SyncFolderProblem) -> Void)?
    /// The identity this device had before it was found to be a copy of another: until this
    /// device has written settings of its own, who it belongs to is read from that one's files.
    public let formerDevice: DeviceID?
    private let lock = NSLock()
    /// The journal as last loaded or saved through this store: what a caller's changes are
    /// told apart from.
    private var base: Journal?
    /// Whether this device's own files, as last read, still hold the contents of records
    /// removed longer ago than `Journal.removedContentsKeptFor`: its next write folds them
    /// into a new snapshot without those contents.
    private var ownFilesHoldRemoved = false

    /// A store for `device` in `folder`; `now` is the wall clock its change stamps read.
    /// `formerDevice` is the identity this device had before its data folder was found to be
    /// a copy (see ``formerDevice``). `problems` is told of damage found in another device's files (the CLI prints it on
    /// standard error); the store goes on with what it could read.
    public init(
        folder: String, device: DeviceID, now: @escaping @Sendable () -> Date = { Date() },
        compactAfterBytes: Int = 256 << 10, formerDevice: DeviceID? = nil,
        problems: (@Sendable (SyncFolderProblem) -> Void)? = nil
    ) {
        self.problems = problems
        self.formerDevice = formerDevice
        self.folder = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        self.device = device
        self.now = now
        self.compactAfterBytes = compactAfterBytes
    }

    /// The folder, as `sync:DIR`.
    public var location: String { "sync:" + folder }

    /// Whether any device has written a journal into the folder.
    public var exists: Bool { !((try? SyncFolderFiles.devices(in: folder)) ?? [:]).isEmpty }

    /// Runs `body` holding this device's lock (other devices never write this device's files).
    public func withExclusiveAccess<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try SecureFile.refuseLink(folder)
        return try FileLock.withExclusiveLock(SyncFolderFiles.lock(folder, device), body)
    }

    /// Joins every device's files into one journal.
    public func load() throws(StoreError) -> Journal {
        let journal = try read().journal
        if let problem = journal.problems().first { throw .invalid(file: folder, line: nil, problem) }
        lock.withLock { base = journal }
        return journal
    }

    /// What each device's files hold: the devices seen and the time of each one's last change.
    public func status() throws(StoreError) -> [SyncDeviceStatus] {
        try read(withLastChanges: true).status
    }

    /// Saves `journal`: exactly, while no other device has written here; otherwise as the
    /// changes since the journal was loaded, appended to this device's change log.
    public func save(_ journal: Journal) throws(StoreError) {
        try SecureFile.refuseLink(folder)
        try SecureFile.makeFolder(folder)
        let current: Journal?
        let others: Bool
        do {
            let read = try read()
            current = read.journal
            others = read.status.contains { !$0.isThisDevice }
        } catch {
            guard case .notFound = error else { throw error }  // never write over what cannot be read
            current = nil
            others = false
        }
        guard let current, others else {
            try writeSnapshot(journal)
            lock.withLock {
                base = journal
                ownFilesHoldRemoved = journal.holdsRemovedContents(before: now().addingTimeInterval(-Journal.removedContentsKeptFor))
            }
            return
        }
        var clock = HybridClock(device: device, now: now)
        clock.observe(current.latestStamp)
        clock.observe(journal.latestStamp)
        var stamped = journal
        stamped.stampChanges(since: lock.withLock { base } ?? current, at: clock.tick())
        // A caller that dropped removed records' words past their time (the CLI does, on every
        // write) has them dropped from what is read too, and from this device's files: its
        // other changes are told apart from that, and its files are folded without them.
        let cutoff = now().addingTimeInterval(-Journal.removedContentsKeptFor)
        let compacting = !journal.holdsRemovedContents(before: cutoff)
        var seen = current
        if compacting { seen.compactRemovals(before: cutoff) }
        let delta = stamped.changedRecords(since: seen)
        try appendEntry(delta)
        var joined = seen.merged(with: delta).journal
        if compacting { joined.compactRemovals(before: cutoff) }
        joined.settings.defaultGiver = journal.settings.defaultGiver
        joined.settings.defaultReceiver = journal.settings.defaultReceiver
        lock.withLock { base = joined }
        try compactIfNeeded(joined, dropsRemovedContents: compacting)
    }

    /// Checks the moment against `journal` and appends it to this device's change log.
    public func append(_ moment: Moment, to journal: inout Journal) throws(StoreError) {
        do throws(JournalValidationError) {
            try journal.log(moment)
        } catch {
            throw .refused(file: SyncFolderFiles.changes(folder, device), error)
        }
        var entry = Journal(settings: journal.settings)
        entry.moments = [moment]
        do {
            try SecureFile.makeFolder(folder)
            try appendEntry(entry)
        } catch {
            journal.moments.removeLast()
            throw error
        }
        lock.withLock { base = journal }
        try compactIfNeeded(
            journal, dropsRemovedContents: !journal.holdsRemovedContents(before: now().addingTimeInterval(-Journal.removedContentsKeptFor)))
    }

    // MARK: - Files

    private func writeSnapshot(_ journal: Journal) throws(StoreError) {
        try SecureFile.replace(SyncFolderFiles.snapshot(folder, device), with: JournalJSON.encode(journal))
        let log = SyncFolderFiles.changes(folder, device)
        if unlink(log) != 0, errno != ENOENT {
            throw .io(file: log, operation: "remove the change log folded into the snapshot", reason: SecureFile.message(errno))
        }
        SecureFile.syncFolder(folder)
    }

    /// One change: a small journal on one line.
    private func appendEntry(_ entry: Journal) throws(StoreError) {
        var line = JournalJSON.encode(entry).filter { $0 != 10 }
        line.append(10)
        try SecureFile.append(SyncFolderFiles.changes(folder, device), bytes: line)
    }

    /// Folds this device's change log into a new snapshot when the log has grown past
    /// ``compactAfterBytes``, or when this device's files still hold removed records' words past
    /// their time and the journal given is without them (`dropsRemovedContents`).
    private func compactIfNeeded(_ journal: Journal, dropsRemovedContents: Bool) throws(StoreError) {
        var info = stat()
        let large = stat(SyncFolderFiles.changes(folder, device), &info) == 0 && Int(info.st_size) > compactAfterBytes
        guard large || (dropsRemovedContents && lock.withLock({ ownFilesHoldRemoved })) else { return }
        try writeSnapshot(journal)
        lock.withLock { ownFilesHoldRemoved = !dropsRemovedContents }
    }

    /// What one device's files hold, as read.
    private struct DeviceFiles: Sendable {
        var snapshot: Journal?
        /// The change log's entries, joined.
        var log: Journal?
        /// How many entries the log holds.
        var entries = 0
        /// The settings of the log's last entry (who this device belongs to, for its own files).
        var lastSettings: JournalSettings?
        var incomplete = false
        var damage: [SyncFolderProblem] = []
        var failure: StoreError?
    }

    /// Reads one device's files. Another device's snapshot that does not parse is left out:
    /// while it is young it is taken to be still arriving (marked incomplete); once it has
    /// stayed unreadable for ``unreadableAfter`` it is reported as damaged. A damaged line in
    /// another device's change log sets the rest of that log aside (its readable part is kept)
    /// and is reported. This device's own files must read, or nothing is written.
    private func readDevice(_ id: DeviceID, snapshot: Bool, changes: Bool) -> DeviceFiles {
        var files = DeviceFiles()
        do throws(StoreError) {
            if snapshot {
                let path = SyncFolderFiles.snapshot(folder, id)
                do {
                    files.snapshot = try SecureFile.withMappedFile(path) { bytes, _ throws(StoreError) in
                        try JournalJSON.decodeUnchecked(bytes, file: path)
                    }
                } catch {
                    guard id != device else { throw error }
                    switch error {
                    case .corrupt, .invalid:
                        if let age = Self.age(of: path, now: now()), age >= Self.unreadableAfter {
                            files.damage.append(
                                SyncFolderProblem(file: path, line: nil, reason: Self.reason(error), kind: .unreadableSnapshot))
                        } else {
                            files.incomplete = true
                        }
                    default: throw error
                    }
                }
            }
            if changes {
                let path = SyncFolderFiles.changes(folder, id)
                var info = stat()
                if id != device, stat(path, &info) == 0, Int(info.st_size) > Self.largestChangeLog {
                    // Micromance folds a log at compactAfterBytes: one this large was not written
                    // by it as it should be, and reading it would hold every command up.
                    files.damage.append(
                        SyncFolderProblem(
                            file: path, line: nil,
                            reason: "it is \(Int(info.st_size) >> 20) MB, larger than any change log Micromance writes "
                                + "(\(Self.largestChangeLog >> 20) MB at most)",
                            kind: .oversizedLog))
                    return files
                }
                let read = try readLog(path, strict: id == device)
                files.log = read.journal
                files.entries = read.entries
                files.lastSettings = read.lastSettings
                files.incomplete = files.incomplete || read.torn
                if let damage = read.damage { files.damage.append(damage) }
            }
        } catch {
            files.failure = error
        }
        return files
    }

    /// How long another device's snapshot may stay unreadable before it is reported as
    /// damaged rather than taken to be still arriving: a sync tool copies even a large file in
    /// well under a minute.
    public static let unreadableAfter: TimeInterval = 60

    /// The largest change log of another device that is read: 64 times the size at which
    /// Micromance folds a log into its snapshot. A larger one is set aside and reported.
    public static let largestChangeLog = 16 << 20

    /// How long ago the file at `path` was last changed, by `now`.
    private static func age(of path: String, now: Date) -> TimeInterval? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return now.timeIntervalSince1970 - (Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9)
    }

    /// The reason part of a store error, for a problem report.
    private static func reason(_ error: StoreError) -> String {
        switch error {
        case let .corrupt(_, _, _, field, reason): return (field.map { "\($0): " } ?? "") + reason
        case let .invalid(_, _, problem): return "\(problem)"
        default: return error.description
        }
    }

    /// Reads and joins every device's files. Joining is associative and commutative, so the
    /// order is chosen for speed: the snapshots (large, mostly the same) are joined together,
    /// every log's entries (small) are joined together, and the two are joined once. Who this
    /// device belongs to comes from this device's own files only.
    private func read(withLastChanges: Bool = false) throws(StoreError) -> (journal: Journal, status: [SyncDeviceStatus]) {
        let cutoff = now().addingTimeInterval(-Journal.removedContentsKeptFor)
        try SecureFile.refuseLink(folder)
        let devices = try SyncFolderFiles.devices(in: folder)
        guard !devices.isEmpty else { throw .notFound(location) }
        let order = devices.keys.sorted { ($0 == device ? 0 : 1, $0) < ($1 == device ? 0 : 1, $1) }
        // Each device's files on their own thread: most of the time is parsing.
        let results = ResultsBox<DeviceFiles>(count: order.count)
        DispatchQueue.concurrentPerform(iterations: order.count) { index in
            let id = order[index]
            results.set(index, readDevice(id, snapshot: devices[id]?.snapshot == true, changes: devices[id]?.changes == true))
        }
        var status = [SyncDeviceStatus]()
        var snapshots: Journal?, log: Journal?
        var own: JournalSettings?
        var former: JournalSettings?
        var ownFiles = [Journal]()
        for (index, id) in order.enumerated() {
            guard var files = results.take(index) else {
                throw .io(file: folder, operation: "read the sync folder", reason: "a reader stopped")
            }
            if let failure = files.failure { throw failure }
            let mine = id == device
            if mine {
                own = files.lastSettings ?? files.snapshot?.settings
                ownFiles = [files.snapshot, files.log].compactMap { $0 }
            } else {
                if id == formerDevice { former = files.lastSettings ?? files.snapshot?.settings }
                files.snapshot?.settings.defaultGiver = nil
                files.snapshot?.settings.defaultReceiver = nil
                files.log?.settings.defaultGiver = nil
                files.log?.settings.defaultReceiver = nil
            }
            var last: ChangeStamp?
            if withLastChanges {
                for journal in [files.snapshot, files.log].compactMap({ $0 }) {
                    if let stamp = journal.latestStamp(by: id), last.map({ stamp > $0 }) ?? true { last = stamp }
                }
            }
            for damage in files.damage { report(damage) }
            // Merged in place: each accumulated journal holds the only reference to its lists.
            if let snapshot = files.snapshot.take() {
                if var joined = snapshots.take() { joined.merge(with: snapshot); snapshots = joined } else { snapshots = snapshot }
            }
            if let entries = files.log.take() {
                if var joined = log.take() { joined.merge(with: entries); log = joined } else { log = entries }
            }
            status.append(
                SyncDeviceStatus(
                    device: id, lastChange: last, pendingChanges: files.entries,
                    incomplete: files.incomplete, isThisDevice: mine, damage: files.damage.first))
        }
        // Nothing could be read yet (another device's only file is still arriving): an empty journal.
        var journal: Journal
        switch (snapshots.take(), log.take()) {
        case (var s?, let l?):
            s.merge(with: l)
            journal = s
        case let (s?, nil): journal = s
        case let (nil, l?): journal = l
        case (nil, nil): journal = Journal()
        }
        // Whether this device's files hold words of records removed past their time, by any
        // device: its next write folds them away.
        let holds = ownFiles.contains { $0.holdsWords(removedIn: journal, before: cutoff) }
        lock.withLock { ownFilesHoldRemoved = holds }
        let deviceSettings = own ?? former
        journal.settings.defaultGiver = deviceSettings?.defaultGiver
        journal.settings.defaultReceiver = deviceSettings?.defaultReceiver
        let waiting = Self.holdBackDangling(&journal)
        if waiting > 0, let index = status.firstIndex(where: { !$0.isThisDevice }) { status[index].waiting = waiting }
        return (journal, status)
    }

    private func report(_ problem: SyncFolderProblem) { problems?(problem) }

    /// Leaves out rituals, moments and answers that name a partner or ritual whose file has not
    /// arrived yet (another device's log can arrive before its snapshot). They stay in the
    /// files, and show once what they name arrives. Returns how many were left out.
    static func holdBackDangling(_ journal: inout Journal) -> Int {
        // A couple is a handful of partners: a short list beats hashing for every moment.
        let partners = journal.partners.map(\.id) + journal.removed.partners.map(\.id)
        let ritualsBefore = journal.rituals.count
        journal.rituals.removeAll { ritual in ritual.participants.contains { !partners.contains($0) } }
        let rituals = Set(journal.rituals.map(\.id) + journal.removed.rituals.map(\.id))
        let momentsBefore = journal.moments.count
        journal.moments.removeAll { moment in
            !partners.contains(moment.giver) || !partners.contains(moment.receiver)
                || moment.ritualID.map { !rituals.contains($0) } ?? false
        }
        let answersBefore = journal.reflections.count
        journal.reflections.removeAll { answer in answer.partner.map { !partners.contains($0) } ?? false }
        return ritualsBefore - journal.rituals.count + momentsBefore - journal.moments.count + answersBefore - journal.reflections.count
    }

    /// What one change log holds, read.
    private struct LogRead {
        /// Its entries, joined.
        var journal: Journal?
        var entries = 0
        var lastSettings: JournalSettings?
        var torn = false
        var damage: SyncFolderProblem?
    }

    /// Reads a change log front to back, in time and memory that grow with its length and its
    /// records, not with the square of its lines: the file is mapped and its pages let go as
    /// they are read, and entries are joined pairwise as they come (a join of two journals of
    /// about the same size, like a merge sort), so a long log of small changes never re-sorts
    /// a large journal once per line.
    ///
    /// A last line without its line break is still arriving and is left out (`torn`). A whole
    /// line that does not read is an error with its place in this device's own log (`strict`);
    /// in another device's log it ends the reading there: what came before is kept and the
    /// damage is returned, so this device can go on working.
    private func readLog(_ path: String, strict: Bool) throws(StoreError) -> LogRead {
        try SecureFile.withMappedFile(path) { bytes, release throws(StoreError) -> LogRead in
            var read = LogRead()
            var pending = JoinStack()
            var start = 0
            var line = 1
            while start < bytes.count {
                guard let end = Self.lineEnd(bytes, from: start) else {
                    read.torn = true
                    break
                }
                if end > start {
                    do throws(StoreError) {
                        let entry = try JournalJSON.decodeUnchecked(UnsafeBufferPointer(rebasing: bytes[start..<end]), file: path)
                        read.lastSettings = entry.settings
                        read.entries += 1
                        pending.push(entry)
                    } catch {
                        let located: StoreError
                        switch error {
                        case .corrupt(_, _, _, let field, let reason):
                            located = .corrupt(file: path, line: line, column: nil, field: field, reason: reason)
                        case .invalid(_, _, let problem): located = .invalid(file: path, line: line, problem)
                        default: throw error
                        }
                        if strict { throw located }
                        read.damage = SyncFolderProblem(file: path, line: line, reason: Self.reason(located), kind: .damagedLine)
                        break
                    }
                }
                start = end + 1
                line += 1
                if line & 1023 == 0 { release(start) }
            }
            read.journal = pending.joined()
            return read
        }
    }

    /// The index of the next line break at or after `start`, or nil.
    private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, start < bytes.count else { return nil }
        guard let found = memchr(base + start, 10, bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}

/// Journals joined pairwise as they arrive: a new journal is joined with the last one kept
/// while that one holds no more entries than it, so every join is between two journals of
/// about the same size and n entries cost O(n log n) record moves rather than O(n²).
/// Joining is associative and commutative, so the grouping does not change the result.
struct JoinStack {
    private var levels: [(journal: Journal, entries: Int)] = []

    /// Adds one journal.
    mutating func push(_ journal: Journal) {
        var item = (journal: journal, entries: 1)
        while let top = levels.last, top.entries <= item.entries {
            levels.removeLast()
            var joined = top.journal
            joined.merge(with: item.journal)
            item = (joined, top.entries + item.entries)
        }
        levels.append(item)
    }

    /// Everything pushed, joined; nil when nothing was.
    mutating func joined() -> Journal? {
        guard var result = levels.popLast()?.journal else { return nil }
        while let next = levels.popLast() {
            var joined = next.journal
            joined.merge(with: result)
            result = joined
        }
        return result
    }
}

extension Journal {
    /// The records of this journal that are not the same in `base` (new, changed or removed
    /// since), with the settings: a change entry for a sync folder.
    func changedRecords(since base: Journal) -> Journal {
        func changed<R: Identifiable & Equatable>(_ mine: [R], _ theirs: [R]) -> [R] where R.ID: Hashable {
            if mine == theirs { return [] }
            let old = Dictionary(theirs.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            return mine.filter { old[$0.id] != $0 }
        }
        var delta = Journal(schemaVersion: schemaVersion, settings: settings)
        delta.moments = changed(moments, base.moments)
        delta.rituals = changed(rituals, base.rituals)
        delta.reflections = changed(reflections, base.reflections)
        delta.partners = changed(partners, base.partners)
        delta.removed.moments = changed(removed.moments, base.removed.moments)
        delta.removed.rituals = changed(removed.rituals, base.removed.rituals)
        delta.removed.reflections = changed(removed.reflections, base.removed.reflections)
        delta.removed.partners = changed(removed.partners, base.removed.partners)
        let oldStressors = Set(base.removed.stressors), oldDates = Set(base.removed.dates)
        delta.removed.stressors = removed.stressors.filter { !oldStressors.contains($0) }
        delta.removed.dates = removed.dates.filter { !oldDates.contains($0) }
        // A removed stressor or date is merged with its partner's other records: send the partner too.
        let owners = Set(delta.removed.stressors.map(\.partner) + delta.removed.dates.map(\.partner))
        for partner in partners where owners.contains(partner.id) && !delta.partners.contains(where: { $0.id == partner.id }) {
            delta.partners.append(partner)
        }
        return delta
    }
}

/// Results filled in by concurrent readers, one slot each.
private final class ResultsBox<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [T?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: T) { lock.withLock { slots[index] = value } }
    /// The value of a slot, leaving it empty (so the caller holds the only reference).
    func take(_ index: Int) -> T? { lock.withLock { slots[index].take() } }
}
