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
    private let lock = NSLock()
    /// The journal as last loaded or saved through this store: what a caller's changes are
    /// told apart from.
    private var base: Journal?

    /// A store for `device` in `folder`; `now` is the wall clock its change stamps read.
    public init(
        folder: String, device: DeviceID, now: @escaping @Sendable () -> Date = { Date() },
        compactAfterBytes: Int = 256 << 10
    ) {
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
            lock.withLock { base = journal }
            return
        }
        var clock = HybridClock(device: device, now: now)
        clock.observe(current.latestStamp)
        clock.observe(journal.latestStamp)
        var stamped = journal
        stamped.stampChanges(since: lock.withLock { base } ?? current, at: clock.tick())
        let delta = stamped.changedRecords(since: current)
        try appendEntry(delta)
        var joined = current.merged(with: delta).journal
        joined.settings.defaultGiver = journal.settings.defaultGiver
        joined.settings.defaultReceiver = journal.settings.defaultReceiver
        lock.withLock { base = joined }
        try compactIfNeeded(joined)
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

    private func compactIfNeeded(_ journal: Journal) throws(StoreError) {
        var info = stat()
        guard stat(SyncFolderFiles.changes(folder, device), &info) == 0, Int(info.st_size) > compactAfterBytes else { return }
        try writeSnapshot(journal)
    }

    /// What one device's files hold, as read.
    private struct DeviceFiles: Sendable {
        var snapshot: Journal?
        var entries: [Journal] = []
        var incomplete = false
        var failure: StoreError?
    }

    /// Reads one device's files; another device's snapshot that does not parse yet (copied
    /// halfway) is left out and marked incomplete, this device's must read.
    private func readDevice(_ id: DeviceID, snapshot: Bool, changes: Bool) -> DeviceFiles {
        var files = DeviceFiles()
        do throws(StoreError) {
            if snapshot {
                let path = SyncFolderFiles.snapshot(folder, id)
                do {
                    let bytes = try SecureFile.read(path)
                    files.snapshot = try bytes.withUnsafeBufferPointer { buffer throws(StoreError) in
                        try JournalJSON.decodeUnchecked(buffer, file: path)
                    }
                } catch {
                    guard id != device, case .corrupt = error else { throw error }
                    files.incomplete = true
                }
            }
            if changes {
                let (entries, torn) = try readLog(SyncFolderFiles.changes(folder, id))
                files.entries = entries
                files.incomplete = files.incomplete || torn
            }
        } catch {
            files.failure = error
        }
        return files
    }

    /// Reads and joins every device's files. Joining is associative and commutative, so the
    /// order is chosen for speed: the snapshots (large, mostly the same) are joined together,
    /// every log's entries (small) are joined together, and the two are joined once. Who this
    /// device belongs to comes from this device's own files only.
    private func read(withLastChanges: Bool = false) throws(StoreError) -> (journal: Journal, status: [SyncDeviceStatus]) {
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
        for (index, id) in order.enumerated() {
            guard var files = results.take(index) else {
                throw .io(file: folder, operation: "read the sync folder", reason: "a reader stopped")
            }
            if let failure = files.failure { throw failure }
            let mine = id == device
            if mine {
                own = files.entries.last?.settings ?? files.snapshot?.settings
            } else {
                files.snapshot?.settings.defaultGiver = nil
                files.snapshot?.settings.defaultReceiver = nil
                for entry in files.entries.indices {
                    files.entries[entry].settings.defaultGiver = nil
                    files.entries[entry].settings.defaultReceiver = nil
                }
            }
            var last: ChangeStamp?
            func see(_ journal: Journal) {
                guard withLastChanges else { return }
                if let stamp = journal.latestStamp(by: id), last.map({ stamp > $0 }) ?? true { last = stamp }
            }
            // Merged in place: each accumulated journal holds the only reference to its lists.
            if let snapshot = files.snapshot.take() {
                see(snapshot)
                if var joined = snapshots.take() { joined.merge(with: snapshot); snapshots = joined } else { snapshots = snapshot }
            }
            for entry in files.entries {
                see(entry)
                if var joined = log.take() { joined.merge(with: entry); log = joined } else { log = entry }
            }
            status.append(
                SyncDeviceStatus(
                    device: id, lastChange: last, pendingChanges: files.entries.count,
                    incomplete: files.incomplete, isThisDevice: mine))
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
        journal.settings.defaultGiver = own?.defaultGiver
        journal.settings.defaultReceiver = own?.defaultReceiver
        let waiting = Self.holdBackDangling(&journal)
        if waiting > 0, let index = status.firstIndex(where: { !$0.isThisDevice }) { status[index].waiting = waiting }
        return (journal, status)
    }

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

    /// The entries of a change log; a last line without its line break is still arriving
    /// and is left out (`torn`). A whole line that does not read is an error with its place.
    private func readLog(_ path: String) throws(StoreError) -> (entries: [Journal], torn: Bool) {
        let bytes = try SecureFile.read(path)
        var entries = [Journal]()
        var start = 0
        var line = 1
        while start < bytes.count {
            guard let end = bytes[start...].firstIndex(of: 10) else { return (entries, true) }
            if end > start {
                let entry = try bytes.withUnsafeBufferPointer { buffer throws(StoreError) -> Journal in
                    do throws(StoreError) {
                        return try JournalJSON.decodeUnchecked(UnsafeBufferPointer(rebasing: buffer[start..<end]), file: path)
                    } catch {
                        switch error {
                        case .corrupt(_, _, _, let field, let reason):
                            throw .corrupt(file: path, line: line, column: nil, field: field, reason: reason)
                        default: throw error
                        }
                    }
                }
                entries.append(entry)
            }
            start = end + 1
            line += 1
        }
        return (entries, false)
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
