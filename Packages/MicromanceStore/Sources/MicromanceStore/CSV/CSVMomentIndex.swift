import Foundation
import MicromanceModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What the CSV store keeps beside `moments.csv` so that adding a moment does not read the
/// table: for every row, a 64-bit hash of the moment's id and the moment's local day.
///
/// The file, `.moments-index` (0600), is a cache and never the truth. Its header records the
/// table's size, modification and change times and inode as they were after the store's own
/// last write; when the table on disk differs in any of them (a spreadsheet saved it, a sync
/// tool replaced it, someone appended a row by hand, a crash came between the row and the
/// index), the index is not used and is built again from a full read. A hash that matches
/// a new id is confirmed against the table itself, so a collision never refuses a moment.
///
/// Layout (native byte order): 72-byte header `MMIX0001`, table size, mtime (s, ns),
/// ctime (s, ns), inode, entry count, the latest change stamp of any moment (milliseconds
/// and counter, packed); then 16 bytes per row: id hash, local day (Int32), 0.
struct CSVMomentIndex {
    static let name = ".moments-index"
    private static let magic = Array("MMIX0001".utf8)
    private static let headerSize = 72
    private static let entrySize = 16

    /// The id hash of each row, in table order.
    let hashes: [UInt64]
    /// The local day (day number) of each row.
    let days: [Int]
    /// The latest change stamp of any moment in the table (its device is not kept).
    let latestStamp: ChangeStamp

    /// FNV-1a over the id's UTF-8 bytes.
    static func hash(_ id: Identifier<Moment>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.rawValue.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
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
        return [UInt64(info.st_size), UInt64(bitPattern: Int64(m.tv_sec)), UInt64(m.tv_nsec),
                UInt64(bitPattern: Int64(c.tv_sec)), UInt64(c.tv_nsec), UInt64(info.st_ino)]
    }

    /// The index of the table in `folder`, or nil when it is missing, damaged or out of date.
    static func read(folder: String) -> CSVMomentIndex? {
        guard let bytes = try? SecureFile.read(folder + "/" + name), bytes.count >= headerSize,
              Array(bytes[0..<8]) == magic,
              let identity = identity(of: folder + "/" + CSVTables.moments) else { return nil }
        return bytes.withUnsafeBytes { raw -> CSVMomentIndex? in
            let words = (0..<8).map { raw.loadUnaligned(fromByteOffset: 8 + $0 * 8, as: UInt64.self) }
            guard Array(words[0..<6]) == identity else { return nil }
            let count = Int(truncatingIfNeeded: words[6])
            guard count >= 0, bytes.count == headerSize + count * entrySize else { return nil }
            var hashes = [UInt64](), days = [Int]()
            hashes.reserveCapacity(count)
            days.reserveCapacity(count)
            for entry in 0..<count {
                let offset = headerSize + entry * entrySize
                hashes.append(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                days.append(Int(raw.loadUnaligned(fromByteOffset: offset + 8, as: Int32.self)))
            }
            return CSVMomentIndex(hashes: hashes, days: days, latestStamp: unpack(words[7]))
        }
    }

    /// Writes the index of `moments`, which the table in `folder` holds as it is now. A failure
    /// leaves no index (the next append reads the table), never a wrong one.
    static func write(folder: String, moments: [Moment]) {
        let path = folder + "/" + name
        guard let identity = identity(of: folder + "/" + CSVTables.moments) else {
            unlink(path)
            return
        }
        let resolver = LocalDayResolver(fallback: .gmt)
        var latest = ChangeStamp.imported
        for moment in moments where !moment.changes.isImported {
            let stamp = moment.changes.latest
            if stamp > latest { latest = stamp }
        }
        var out = header(identity, count: moments.count, latest: latest)
        out.reserveCapacity(headerSize + moments.count * entrySize)
        for moment in moments {
            appendEntry(hash: hash(moment.id), day: resolver.dayNumber(moment.at, zone: moment.timeZone), to: &out)
        }
        do {
            let temporary = try SecureFile.writeTemporary(beside: path, bytes: out, flush: false)
            if rename(temporary, path) != 0 { unlink(temporary); unlink(path) }
        } catch {
            unlink(path)
        }
    }

    /// Adds the row just appended to the table, when the index held `count` rows and
    /// matched the table as it was before the row (`before`); otherwise drops the index.
    static func append(folder: String, moment: Moment, count: Int, before: [UInt64]) {
        let path = folder + "/" + name
        let fd = open(path, O_RDWR | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var recorded = [UInt64](repeating: 0, count: 8)
        let read = recorded.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 64, 8) }
        guard read == 64, Array(recorded[0..<6]) == before, recorded[6] == UInt64(count),
              let identity = identity(of: folder + "/" + CSVTables.moments) else {
            unlink(path)
            return
        }
        var entry = [UInt8]()
        let day = LocalDayResolver(fallback: .gmt).dayNumber(moment.at, zone: moment.timeZone)
        appendEntry(hash: hash(moment.id), day: day, to: &entry)
        let latest = max(unpack(recorded[7]), moment.changes.isImported ? .imported : moment.changes.latest)
        let head = header(identity, count: count + 1, latest: latest)
        let wrote = entry.withUnsafeBytes { pwrite(fd, $0.baseAddress, entrySize, off_t(headerSize + count * entrySize)) }
        let updated = head.withUnsafeBytes { pwrite(fd, $0.baseAddress, headerSize, 0) }
        if wrote != entrySize || updated != headerSize { unlink(path) }
    }

    private static func header(_ identity: [UInt64], count: Int, latest: ChangeStamp) -> [UInt8] {
        var out = magic
        let packed = UInt64(latest.millis) << 20 | UInt64(latest.counter)
        for word in identity + [UInt64(count), packed] { withUnsafeBytes(of: word) { out += $0 } }
        return out
    }

    private static func unpack(_ word: UInt64) -> ChangeStamp {
        word == 0 ? .imported
            : ChangeStamp(millis: Int64(word >> 20), counter: UInt32(word & UInt64(ChangeStamp.maximumCounter)), device: .imported)
    }

    private static func appendEntry(hash: UInt64, day: Int, to out: inout [UInt8]) {
        withUnsafeBytes(of: hash) { out += $0 }
        withUnsafeBytes(of: Int32(clamping: day)) { out += $0 }
        withUnsafeBytes(of: Int32(0)) { out += $0 }
    }
}
