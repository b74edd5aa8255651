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
    let now: @Sendable () -> Date
    /// Told of damage in another device's files each time they are read (see ``SyncFolderProblem``).
    private let problems: (@Sendable (SyncFolderProblem) -> Void)?
    /// The identity this device had before it was found to be a copy of another: until this
    /// device has written settings of its own, who it belongs to is read from that one's files.
    public let formerDevice: DeviceID?
    /// How the files are sealed, for an encrypted folder (see ``SyncFolderSeal``); nil for a
    /// plain one.
    public let seal: (any SyncFolderSeal)?
    /// A folder of this device's own (not the shared one) where it keeps the index that lets
    /// `log` skip reading every device's files (see ``loadForAppending()``); nil for none.
    public let cacheFolder: String?
    private let lock = NSLock()
    /// The journal as last loaded or saved through this store: what a caller's changes are
    /// told apart from.
    private var base: Journal?
    /// Whether this device's own files, as last read, still hold the contents of records
    /// removed longer ago than `Journal.removedContentsKeptFor`: its next write folds them
    /// into a new snapshot without those contents.
    private var ownFilesHoldRemoved = false
    /// This device's conflict copies that the last read read whole: folded into a new
    /// snapshot, then removed, at this device's next change.
    private var ownCopies: [String] = []
    /// When the earliest-removed record whose words this device's own files held (as last
    /// read) was removed, in milliseconds; nil when they held none (see
    /// `Journal.earliestRemovalOfWordsHeld(removedIn:)`). Kept with the report's copy, so that
    /// a load from the copy knows whether those files are due a fold.
    private var ownWordsRemovedAt: Int64?
    var ownWordsRemovedAtLastRead: Int64? { lock.withLock { ownWordsRemovedAt } }
    /// How many times damage in a device's files was reported through this store: a report's
    /// copy of the joined journal is kept only from a read that found none, so the damage is
    /// told again on every read until it is mended.
    private var damageReported = 0
    var damageReportedCount: Int { lock.withLock { damageReported } }
    /// Whether this device's own files, as last read, are free of removed records' words past
    /// their time (other devices' files may still hold them: only they can fold them away).
    var ownFilesAreClean: Bool { lock.withLock { !ownFilesHoldRemoved } }

    /// A store for `device` in `folder`; `now` is the wall clock its change stamps read.
    /// `formerDevice` is the identity this device had before its data folder was found to be
    /// a copy (see ``formerDevice``). `seal` seals and opens every file of an encrypted folder.
    /// `problems` is told of damage found in another device's files (the CLI prints it on
    /// standard error); the store goes on with what it could read. `cacheFolder`, a folder of
    /// this device's own outside the shared one, lets appends skip reading the folder.
    public init(
        folder: String, device: DeviceID, now: @escaping @Sendable () -> Date = { Date() },
        compactAfterBytes: Int = 256 << 10, formerDevice: DeviceID? = nil, seal: (any SyncFolderSeal)? = nil,
        cacheFolder: String? = nil, problems: (@Sendable (SyncFolderProblem) -> Void)? = nil
    ) {
        self.cacheFolder = cacheFolder
        self.problems = problems
        self.seal = seal
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

    /// Joins every device's files into one journal; with a ``cacheFolder``, reads the copy of
    /// the joined journal kept there instead while no device's file has changed since it was
    /// written (see `loadFromCopy()`).
    public func load() throws(StoreError) -> Journal {
        try load(keepingCopy: true)
    }

    /// The journal; with `keepingCopy`, a whole read that found the folder sound also keeps the
    /// report's copy and the stamps it has seen (`SyncFolderStore+WentBack.swift`), so that the
    /// folder going back is noticed by the next read whichever command read it last (a new
    /// user's trial read the newer folder only with `history`, and an older file arriving
    /// after went unnoticed). Reads made to write, or for a report that keeps the copy itself,
    /// do not.
    func load(keepingCopy: Bool) throws(StoreError) -> Journal {
        if let (journal, removedAt) = loadFromCopy() {
            lock.withLock {
                base = journal
                ownFilesHoldRemoved = false
                ownWordsRemovedAt = removedAt
                ownCopies = []
            }
            return journal
        }
        let files = keepingCopy && reportCopy != nil ? deviceFiles()?.identity : nil
        let damaged = damageReportedCount
        let journal = try read().journal
        // Who this device belongs to may name a partner whose record is in another device's
        // file that has not arrived (or does not read) yet: this device still opens.
        let waiting = { (problem: JournalValidationError) -> Bool in
            if case .unknownPartner(_, let field, "settings") = problem { return JournalSettings.deviceFields.contains(field) }
            return false
        }
        let problems = journal.problems()
        if let problem = problems.first(where: { !waiting($0) }) { throw .invalid(file: folder, line: nil, problem) }
        lock.withLock { base = journal }
        if let files, problems.isEmpty, damageReportedCount == damaged { keepReportCopy(journal, files: files) }
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
        joined.settings.takeDeviceFields(from: journal.settings)
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
        let reportBefore = reportFilesBeforeAppend()
        do {
            try SecureFile.makeFolder(folder)
            try appendEntry(entry)
        } catch {
            journal.moments.removeLast()
            throw error
        }
        reportAppended(moment, before: reportBefore)
        lock.withLock { base = journal }
        try compactIfNeeded(
            journal, dropsRemovedContents: !journal.holdsRemovedContents(before: now().addingTimeInterval(-Journal.removedContentsKeptFor)))
    }

    // MARK: - Files

    private func writeSnapshot(_ journal: Journal) throws(StoreError) {
        var bytes = JournalJSON.encode(journal)
        if let seal { bytes = try seal.sealSnapshot(bytes, device: device) }
        try SecureFile.replace(SyncFolderFiles.snapshot(folder, device), with: bytes)
        let log = SyncFolderFiles.changes(folder, device)
        clearOwnRecord()  // before the log goes: a record without its log would look like a loss
        clearRecovered()  // the snapshot holds it: the journal written was read with it
        if unlink(log) != 0, errno != ENOENT {
            throw .io(file: log, operation: "remove the change log folded into the snapshot", reason: SecureFile.message(errno))
        }
        SecureFile.syncFolder(folder)
    }

    /// One change: a small journal on one line.
    func appendEntry(_ entry: Journal) throws(StoreError) {
        var line = JournalJSON.encode(entry).filter { $0 != 10 }
        if let seal {
            let tail = try ownLogTail()
            line = try tail.last.withUnsafeBufferPointer { previous throws(StoreError) in
                try seal.sealLine(line, device: device, line: tail.lines + 1, previous: previous)
            }
            guard !line.contains(10) else {
                throw .io(
                    file: SyncFolderFiles.changes(folder, device), operation: "seal a change",
                    reason: "the seal wrote a line break inside a line")
            }
        }
        line.append(10)
        // A line this device's writer left unfinished (it died, or the disk filled) is set
        // aside first, as in a JSON journal's change log: written after it, it would have become
        // a damaged line in the middle, and every read of the folder would stop there.
        if seal == nil { try JSONChangeLog.dropTornTail(SyncFolderFiles.changes(folder, device)) }
        // Lines this device wrote that the folder's log lost (an older copy put back) go back
        // first, then any device's changes the folder lost and this device kept.
        try restoreMissingOwnLines()
        try writeBackRecovered()
        try SecureFile.append(SyncFolderFiles.changes(folder, device), bytes: line)
        recordOwnLine(line)
    }

    /// Folds this device's change log into a new snapshot when the log has grown past
    /// ``compactAfterBytes``, or when this device's files still hold removed records' words past
    /// their time and the journal given is without them (`dropsRemovedContents`).
    func compactIfNeeded(_ journal: Journal, dropsRemovedContents: Bool) throws(StoreError) {
        var info = stat()
        let large = stat(SyncFolderFiles.changes(folder, device), &info) == 0 && Int(info.st_size) > compactAfterBytes
        let copies = lock.withLock { ownCopies }
        guard large || !copies.isEmpty || (dropsRemovedContents && lock.withLock({ ownFilesHoldRemoved })) else { return }
        try writeSnapshot(journal)
        removeFoldedCopies(copies)
        lock.withLock {
            ownFilesHoldRemoved = !dropsRemovedContents
            ownCopies = []
        }
    }

    /// Reads and joins every device's files. Joining is associative and commutative, so the
    /// order is chosen for speed: the snapshots (large, mostly the same) are joined together,
    /// every log's entries (small) are joined together, and the two are joined once. Who this
    /// device belongs to comes from this device's own files only.
    private func read(withLastChanges: Bool = false) throws(StoreError) -> (journal: Journal, status: [SyncDeviceStatus]) {
        let cutoff = now().addingTimeInterval(-Journal.removedContentsKeptFor)
        try SecureFile.refuseLink(folder)
        try refuseSealedWithoutSeal()
        let (devices, copies) = try SyncFolderFiles.listing(in: folder)
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
            // Who the device belongs to, as its own files say ("me" on that device).
            let owner = (files.lastSettings ?? files.snapshot?.settings)?.defaultGiver
            if mine {
                own = files.lastSettings ?? files.snapshot?.settings
                ownFiles = [files.snapshot, files.log].compactMap { $0 }
            } else {
                if id == formerDevice { former = files.lastSettings ?? files.snapshot?.settings }
                // Who another device belongs to is that device's alone.
                files.snapshot?.settings.takeDeviceFields(from: nil)
                files.log?.settings.takeDeviceFields(from: nil)
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
            if mine, var missing = readMissingOwnLines() {
                missing.settings.takeDeviceFields(from: nil)
                if var joined = log.take() { joined.merge(with: missing); log = joined } else { log = missing }
            }
            status.append(
                SyncDeviceStatus(
                    device: id, lastChange: last, pendingChanges: files.entries,
                    incomplete: files.incomplete, isThisDevice: mine, damage: files.damage.first, owner: owner))
        }
        if !copies.isEmpty {
            let read = readCopies(copies)
            for damage in read.damage { report(damage) }
            if var s = read.snapshot { if let joined = snapshots.take() { s.merge(with: joined) }; snapshots = s }
            if var l = read.log { if let joined = log.take() { l.merge(with: joined) }; log = l }
            for index in status.indices { status[index].conflictCopies = read.byDevice[status[index].device] ?? [] }
            lock.withLock { ownCopies = read.ownReadWhole }
        } else {
            lock.withLock { ownCopies = [] }
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
        let earliest = ownFiles.compactMap { $0.earliestRemovalOfWordsHeld(removedIn: journal) }.min()
        let holds = Journal.wordsAreDue(removedAt: earliest, before: cutoff)
        lock.withLock {
            ownFilesHoldRemoved = holds
            ownWordsRemovedAt = earliest
        }
        journal.settings.takeDeviceFields(from: own ?? former)
        // What the folder lost since this device last read it whole (an older copy put back).
        keepWhatTheFolderLost(&journal, unsettled: status.contains { !$0.isThisDevice && ($0.incomplete || $0.damage != nil) })
        let waiting = Self.holdBackDangling(&journal)
        if waiting > 0, let index = status.firstIndex(where: { !$0.isThisDevice }) { status[index].waiting = waiting }
        // Said on every read, so that no command shows a journal that lacks them without a word.
        for device in status where !device.isThisDevice && (device.incomplete || device.waiting > 0) {
            report(SyncFolderProblem(file: folder, line: nil, reason: "device \(device.device)'s files", kind: .stillArriving))
        }
        return (journal, status)
    }

    func report(_ problem: SyncFolderProblem) {
        lock.withLock { damageReported += 1 }
        problems?(problem)
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
