import Foundation
import MicromanceModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The files an index describes, and where it and the labelled titles are kept.
struct IndexedFiles: Sendable {
    /// The index file.
    let index: String
    /// The labelled titles beside it (``LabelledTitlesFile``).
    let titles: String
    /// The files whose identity the index records: it is trusted only while each is as the
    /// store's own last write left it.
    let tracked: [String]
    /// The index file's first eight bytes: which store wrote it, in which layout.
    let magic: [UInt8]
    /// What a report reads instead of the moments (``ReportHistoryFile``), for a store that keeps one.
    var history: String? = nil
    /// A tracked file that may be missing (the JSON store's change log after a fold): its
    /// identity is then all zeros, and the index is valid while it stays missing.
    var mayBeMissing: String? = nil

    /// The tracked files' identities one after the other; nil when one cannot be read.
    var identity: [UInt64]? {
        var words = [UInt64]()
        for file in tracked {
            if let one = MomentIndex.identity(of: file) {
                words += one
            } else if file == mayBeMissing, errno == ENOENT {
                words += [0, 0, 0, 0, 0, 0]
            } else {
                return nil
            }
        }
        return words
    }

    /// The header's size: the magic word, six words per tracked file, then the count, the
    /// latest stamp, the slots, the day entries and two words the store keeps for itself.
    var headerSize: Int { 8 * (1 + 6 * tracked.count + 6) }
}

/// What a store keeps beside its files so that adding a moment reads nothing that grows with
/// the journal: a hash set of the moments' ids and the number of moments on each local day.
/// The CSV store keeps one beside `moments.csv` (`.moments-index`), the JSON store beside its
/// document and change log (`.journal.json.index`).
///
/// The file (0600) is a cache and never the truth. Its header records the tracked files'
/// sizes, modification and change times and inodes as they were after the store's own
/// last write; when a file on disk differs in any of them (a spreadsheet saved it, a sync
/// tool replaced it, someone appended a row by hand, a crash came between the row and the
/// index), the index is not used and is built again from a full read. A hash that matches
/// a new id is confirmed against the journal itself, so a collision never refuses a moment.
///
/// Layout (native byte order):
/// - a header: the magic word (`MMIX0003` for the CSV store), each tracked file's size, mtime
///   (s, ns), ctime (s, ns) and inode, the number of moments, the latest change stamp in the
///   journal (milliseconds and counter, packed; removals included, which a quick append does
///   not read either), the number of hash slots (a power of two, at least twice the moments),
///   the number of day entries, and two words the store keeps for itself (where the JSON
///   document's moments are);
/// - the slots: 64-bit FNV-1a hashes of the ids, open addressing with linear probing, 0 for
///   an empty slot;
/// - the days: (day number, moments that day) as two Int32s each, in day order.
///
/// A lookup reads a few slots; an append writes one slot, the days and the header. Only when
/// the slots are half full is the file written again, twice as large.
struct MomentIndex {
    /// The path of the index file.
    let path: String
    /// The store's own two words.
    let extra: [UInt64]
    /// The header's size in bytes.
    let headerSize: Int
    /// Moments in the journal.
    let count: Int
    /// The latest change stamp in the journal when the index was written, removals included
    /// (its device is not kept).
    let latestStamp: ChangeStamp
    /// Hash slots in the file.
    let capacity: Int
    /// Moments per local day (day number).
    let days: [Int: Int]

    /// FNV-1a over the id's UTF-8 bytes; never 0, which marks an empty slot.
    static func hash(_ id: Identifier<Moment>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        // Over the bytes in place: walking `utf8` of a short string cost about 450
        // instructions an id, a fifth of preparing the index of a 1M save.
        var text = id.rawValue
        text.withUTF8 { bytes in
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
        }
        return hash == 0 ? 1 : hash
    }

    /// The table's identity on disk: size, mtime, ctime and inode; nil when it cannot be read.
    static func identity(of table: String) -> [UInt64]? {
        var info = stat()
        guard lstat(table, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let m = info.st_mtimespec, c = info.st_ctimespec
        #else
        let m = info.st_mtim, c = info.st_ctim
        #endif
        return [
            UInt64(info.st_size), UInt64(bitPattern: Int64(m.tv_sec)), UInt64(m.tv_nsec),
            UInt64(bitPattern: Int64(c.tv_sec)), UInt64(c.tv_nsec), UInt64(info.st_ino),
        ]
    }

    // MARK: - Reading

    /// The index of `files`, or nil when it is missing, damaged or out of date.
    /// Reads the header and the days, not the slots.
    static func read(_ files: IndexedFiles) -> MomentIndex? {
        let fd = open(files.index, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let headerSize = files.headerSize, n = 6 * files.tracked.count
        var info = stat()
        guard fstat(fd, &info) == 0, let identity = files.identity,
            let words = readWords(fd, at: 0, count: headerSize / 8), words[0] == word(files.magic),
            Array(words[1...n]) == identity
        else { return nil }
        let count = Int(truncatingIfNeeded: words[n + 1]), capacity = Int(truncatingIfNeeded: words[n + 3])
        let entries = Int(truncatingIfNeeded: words[n + 4])
        guard count >= 0, entries >= 0, capacity > 0, capacity & (capacity - 1) == 0, capacity >= 2 * count,
            capacity < 1 << 40, Int(info.st_size) == headerSize + capacity * 8 + entries * 8,
            let pairs = readWords(fd, at: headerSize + capacity * 8, count: entries)
        else { return nil }
        var days = [Int: Int](minimumCapacity: entries)
        for pair in pairs {
            days[Int(Int32(truncatingIfNeeded: pair & 0xFFFF_FFFF))] = Int(Int32(truncatingIfNeeded: pair >> 32))
        }
        return MomentIndex(
            path: files.index, extra: Array(words[(n + 5)...(n + 6)]), headerSize: headerSize, count: count,
            latestStamp: unpack(words[n + 2]), capacity: capacity, days: days)
    }

    /// Whether a moment with this hash may be in the journal (a few slots are read).
    func mayContain(_ hash: UInt64) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return true }  // cannot tell: let the journal settle it
        defer { close(fd) }
        var slot = Int(hash & UInt64(capacity - 1))
        for _ in 0..<capacity {
            guard let word = Self.readWords(fd, at: headerSize + slot * 8, count: 1)?.first else { return true }
            if word == 0 { return false }
            if word == hash { return true }
            slot = (slot + 1) & (capacity - 1)
        }
        return true
    }

    // MARK: - Writing

    /// Writes the index of `journal`'s moments, which `files` hold as they are now, with the
    /// store's two words. A failure leaves no index (the next append reads the journal), never a wrong one.
    static func write(_ files: IndexedFiles, journal: Journal, extra: [UInt64] = [0, 0]) {
        Prepared(journal).write(files, extra: extra)
    }

    /// Removes the index and the labelled titles (after a save that wrote the journal whole).
    static func remove(_ files: IndexedFiles) {
        unlink(files.index)
        unlink(files.titles)
        if let history = files.history { unlink(history) }
    }

    /// An index worked out from a journal but not yet written: a save works it out on a
    /// second thread while it writes the tables, and writes it once they are renamed into
    /// place (the index records the table as it is then).
    struct Prepared: @unchecked Sendable {
        fileprivate var slots: [UInt64] = []
        fileprivate var count = 0
        fileprivate var days: [Int: Int] = [:]
        fileprivate var latest = ChangeStamp.imported
        /// The couple's labelled titles, written beside the index (``LabelledTitlesFile``);
        /// nil for an index rebuilt from its own slots, which leaves that file as it is.
        fileprivate var labelled: [LabelledTitle]?

        init(_ journal: Journal) {
            labelled = LearnedTitles.labelled(journal)
            let resolver = LocalDayResolver(fallback: .gmt)
            var capacity = 1024
            while capacity < 2 * (journal.moments.count + 1) { capacity <<= 1 }
            // Moments come mostly in time order: a day's count is kept aside until the day changes.
            var day = Int.min, run = 0
            var latest = ChangeStamp.imported
            var hashes = [UInt64]()
            hashes.reserveCapacity(journal.moments.count)
            // Read in place: copying each moment retained and released its strings.
            journal.moments.withUnsafeBufferPointer { moments in
                for index in moments.indices {
                    hashes.append(MomentIndex.hash(moments[index].id))
                    let next = resolver.dayNumber(moments[index].at, zone: moments[index].timeZone)
                    if next != day {
                        if run > 0 { days[day, default: 0] += run }
                        day = next
                        run = 0
                    }
                    run += 1
                    // Read in place too: a copy of the record of changes retained its parts,
                    // and most moments have only their creation stamp.
                    if moments[index].changes.isOnlyCreated {
                        if moments[index].changes.created > latest { latest = moments[index].changes.created }
                    } else if moments[index].changes.latest > latest {
                        latest = moments[index].changes.latest
                    }
                }
            }
            if run > 0 { days[day, default: 0] += run }
            slots = MomentIndex.table(of: hashes, capacity: capacity)
            var rest = journal
            rest.moments = []
            self.latest = max(latest, rest.latestStamp)
            count = journal.moments.count
        }

        fileprivate init(slots: [UInt64], count: Int, days: [Int: Int], latest: ChangeStamp) {
            self.slots = slots
            self.count = count
            self.days = days
            self.latest = latest
        }

        /// Works the index out on another thread; the function returned waits for it (and may
        /// be called again).
        static func start(_ journal: Journal) -> () -> Prepared {
            final class Box: @unchecked Sendable {
                var prepared: Prepared?
                var finished = false
                let done = DispatchSemaphore(value: 0)
            }
            let box = Box()
            let thread = Thread {
                box.prepared = Prepared(journal)
                box.done.signal()
            }
            thread.stackSize = 1 << 20
            thread.start()
            return {  // called from the saving thread only; waits once
                if !box.finished {
                    box.done.wait()
                    box.finished = true
                }
                return box.prepared ?? Prepared(journal)
            }
        }

        /// Writes the index (and the labelled titles), recording the tracked files as they are now.
        func write(_ files: IndexedFiles, extra: [UInt64] = [0, 0]) {
            guard let identity = files.identity else {
                MomentIndex.remove(files)
                return
            }
            if let labelled { LabelledTitlesFile.write(files, labelled: labelled, identity: identity) }
            var out = MomentIndex.header(
                files, identity, count: count, latest: latest, capacity: slots.count, entries: days.count, extra: extra)
            out.reserveCapacity(out.count + slots.count * 8 + days.count * 8)
            slots.withUnsafeBytes { out += $0 }
            MomentIndex.appendDays(days, to: &out)
            do {
                let temporary = try SecureFile.writeTemporary(beside: files.index, bytes: out, flush: false)
                if rename(temporary, files.index) != 0 { unlink(temporary); unlink(files.index) }
            } catch {
                unlink(files.index)
            }
        }
    }

    /// Adds the moment just written: `before` is the tracked files' identity before it, which
    /// this index matched. `extra` replaces the store's two words when given. Anything
    /// unexpected drops the index instead.
    func append(_ files: IndexedFiles, moment: Moment, before: [UInt64], extra: [UInt64]? = nil) {
        let fd = open(path, O_RDWR | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return }
        defer { close(fd) }
        fchmod(fd, SecureFile.fileMode)  // a cache of the journal is the owner's only, like the journal
        let n = 6 * files.tracked.count
        guard let words = Self.readWords(fd, at: 0, count: headerSize / 8), Array(words[1...n]) == before,
            words[n + 1] == UInt64(count), let identity = files.identity
        else {
            unlink(path)
            return
        }
        let day = LocalDayResolver(fallback: .gmt).dayNumber(moment.at, zone: moment.timeZone)
        var days = self.days
        days[day, default: 0] += 1
        let latest = max(latestStamp, moment.changes.isImported ? .imported : moment.changes.latest)
        let hash = Self.hash(moment.id)
        let extra = extra ?? self.extra
        guard 2 * (count + 1) <= capacity else {
            // Half full: the slots are read once and written again, twice as many.
            guard let slots = Self.readWords(fd, at: headerSize, count: capacity) else { unlink(path); return }
            var grown = 1024
            while grown < 2 * (count + 2) { grown <<= 1 }
            var table = [UInt64](repeating: 0, count: grown)
            for old in slots where old != 0 { Self.insert(old, into: &table) }
            Self.insert(hash, into: &table)
            Prepared(slots: table, count: count + 1, days: days, latest: latest).write(files, extra: extra)
            return
        }
        var slot = Int(hash & UInt64(capacity - 1))
        while let word = Self.readWords(fd, at: headerSize + slot * 8, count: 1)?.first, word != 0 {
            slot = (slot + 1) & (capacity - 1)
        }
        var tail = [UInt8]()
        Self.appendDays(days, to: &tail)
        let end = headerSize + capacity * 8
        let head = Self.header(files, identity, count: count + 1, latest: latest, capacity: capacity, entries: days.count, extra: extra)
        guard Self.writeWords(fd, [hash], at: headerSize + slot * 8),
            tail.withUnsafeBytes({ pwrite(fd, $0.baseAddress, tail.count, off_t(end)) }) == tail.count,
            ftruncate(fd, off_t(end + tail.count)) == 0,
            head.withUnsafeBytes({ pwrite(fd, $0.baseAddress, head.count, 0) }) == head.count
        else {
            unlink(path)
            return
        }
    }

    // MARK: - Bytes

    private static func word(_ magic: [UInt8]) -> UInt64 { magic.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) } }

    fileprivate static func header(
        _ files: IndexedFiles, _ identity: [UInt64], count: Int, latest: ChangeStamp, capacity: Int, entries: Int, extra: [UInt64]
    ) -> [UInt8] {
        var out = files.magic
        let packed = UInt64(latest.millis) << 20 | UInt64(latest.counter)
        let words = identity + [UInt64(count), packed, UInt64(capacity), UInt64(entries)] + (extra + [0, 0]).prefix(2)
        for word in words { withUnsafeBytes(of: word) { out += $0 } }
        return out
    }

    fileprivate static func appendDays(_ days: [Int: Int], to out: inout [UInt8]) {
        for (day, count) in days.sorted(by: { $0.key < $1.key }) {
            let pair = UInt64(UInt32(bitPattern: Int32(clamping: count))) << 32 | UInt64(UInt32(bitPattern: Int32(clamping: day)))
            withUnsafeBytes(of: pair) { out += $0 }
        }
    }

    private static func unpack(_ word: UInt64) -> ChangeStamp {
        word == 0
            ? .imported
            : ChangeStamp(millis: Int64(word >> 20), counter: UInt32(word & UInt64(ChangeStamp.maximumCounter)), device: .imported)
    }

    private static func readWords(_ fd: Int32, at offset: Int, count: Int) -> [UInt64]? {
        guard count > 0 else { return [] }
        var words = [UInt64](repeating: 0, count: count)
        let read = words.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count * 8, off_t(offset)) }
        return read == count * 8 ? words : nil
    }

    private static func writeWords(_ fd: Int32, _ words: [UInt64], at offset: Int) -> Bool {
        words.withUnsafeBytes { pwrite(fd, $0.baseAddress, words.count * 8, off_t(offset)) } == words.count * 8
    }
}

extension AppendingJournal {
    /// A journal opened from an up-to-date index, as the CSV, JSON and sync stores open one:
    /// an id whose hash is not in the index is free; one whose hash is (two ids with one hash
    /// are all but impossible) is settled by `allMoments`, read only then, and taken when they
    /// cannot be read.
    init(
        withoutMoments head: Journal, index: MomentIndex, labelledTitles: [LabelledTitle],
        allMoments: @escaping @Sendable () -> [Moment]?
    ) {
        self.init(
            withoutMoments: head, momentsByDay: index.days, latestMomentStamp: index.latestStamp, labelledTitles: labelledTitles
        ) { id in
            guard index.mayContain(MomentIndex.hash(id)) else { return false }
            guard let moments = allMoments() else { return true }
            return moments.contains { $0.id == id }
        }
    }
}
