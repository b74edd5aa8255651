import Foundation
import MicromanceModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading a sync folder's files: one device's snapshot and change log, with damage in
/// another device's files set aside and reported rather than stopping every command.
extension SyncFolderStore {
    /// What one device's files hold, as read.
    struct DeviceFiles: Sendable {
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
    func readDevice(_ id: DeviceID, snapshot: Bool, changes: Bool) -> DeviceFiles {
        var files = DeviceFiles()
        do throws(StoreError) {
            if snapshot {
                let path = SyncFolderFiles.snapshot(folder, id)
                do {
                    files.snapshot = try SecureFile.withMappedFile(path) { bytes, _ throws(StoreError) in
                        guard let seal else { return try JournalJSON.decodeUnchecked(bytes, file: path) }
                        let plain = try seal.openSnapshot(bytes, device: id, file: path)
                        return try plain.withUnsafeBufferPointer { plain throws(StoreError) in
                            try JournalJSON.decodeUnchecked(plain, file: path)
                        }
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
                let read = try readLog(path, device: id, strict: id == device)
                files.log = read.journal
                files.entries = read.entries
                files.lastSettings = read.lastSettings
                // Another device's only file, empty: a sync tool makes a file before it fills it
                // (Micromance never leaves a device with an empty log and no snapshot).
                let arrivingEmpty = id != device && !snapshot && read.entries == 0 && !read.torn
                files.incomplete = files.incomplete || read.torn || arrivingEmpty
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
    /// Measured from the later of its modification and status-change times: a sync tool that
    /// keeps the source's modification time (rsync, unison, Syncthing) still changes the status
    /// time when it writes, so a file copied halfway a moment ago is young however old its data.
    static func age(of path: String, now: Date) -> TimeInterval? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        let changed = Double(info.st_ctim.tv_sec) + Double(info.st_ctim.tv_nsec) / 1e9
        return now.timeIntervalSince1970 - max(modified, changed)
    }

    /// The reason part of a store error, for a problem report.
    static func reason(_ error: StoreError) -> String {
        switch error {
        case let .corrupt(_, _, _, field, reason): return (field.map { "\($0): " } ?? "") + reason
        case let .invalid(_, _, problem): return "\(problem)"
        default: return error.description
        }
    }

    /// What one change log holds, read.
    struct LogRead {
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
    func readLog(_ path: String, device id: DeviceID, strict: Bool) throws(StoreError) -> LogRead {
        try SecureFile.withMappedFile(path) { bytes, release throws(StoreError) -> LogRead in
            var read = LogRead()
            var pending = JoinStack()
            var start = 0
            var line = 1
            var previous = 0..<0
            while start < bytes.count {
                guard let end = Self.lineEnd(bytes, from: start) else {
                    read.torn = true
                    break
                }
                let lineStart = start
                defer { previous = lineStart..<end }
                if end > start {
                    do throws(StoreError) {
                        let text = UnsafeBufferPointer(rebasing: bytes[start..<end])
                        let entry: Journal
                        if let seal {
                            let plain = try seal.openLine(
                                text, device: id, line: line, previous: UnsafeBufferPointer(rebasing: bytes[previous]), file: path)
                            entry = try plain.withUnsafeBufferPointer { plain throws(StoreError) in
                                try JournalJSON.decodeUnchecked(plain, file: path)
                            }
                        } else {
                            entry = try JournalJSON.decodeUnchecked(text, file: path)
                        }
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
                // A sealed line is opened after the one before it: that one's pages stay.
                let done = seal == nil ? end + 1 : lineStart
                start = end + 1
                line += 1
                if line & 1023 == 0 { release(done) }
            }
            read.journal = pending.joined()
            return read
        }
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

    /// The index of the next line break at or after `start`, or nil.
    static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
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
