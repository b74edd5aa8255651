import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The tables as the CSV store last wrote them, kept in `.written/` inside the journal folder:
/// a copy of each table (made by the kernel, without passing through memory) and, in
/// `.written/identity`, each table's size, modification time and inode as the store left it.
///
/// A spreadsheet or an editor that saves a table changes its modification time, whether it
/// writes a new file (most editors) or rewrites the same one (LibreOffice does): the identity no
/// longer matches, and comparing the table with the copy tells the store's own writing from a
/// person's edits: a changed field is an edit, a row that is gone a removal, a new row a new
/// record (see `CSVJournalStore`). A table whose identity changed but whose bytes are still
/// the copy's (the folder was copied to a new disk or restored: new inodes) is no edit, and the
/// next append notes its new identity. Rows the store appends go to the copy too, so they never
/// look like someone else's. A folder without `.written/` (written by an older version) reads
/// as the store's own until its next write.
enum CSVWrittenCopy {
    /// The folder's name inside the journal folder.
    static let name = ".written"

    static func folder(_ journal: String) -> String { journal + "/" + name }
    private static func identityPath(_ journal: String) -> String { folder(journal) + "/identity" }

    /// Copies every table now in `journal` as the one the store last wrote, and notes each
    /// one's identity. Call it right after the store wrote them. Failing to keep the copy only
    /// means the next outside edit is not recognised as one, so errors are not raised.
    static func record(_ journal: String) {
        let copy = folder(journal)
        if mkdir(copy, SecureFile.folderMode) != 0, errno != EEXIST { return }
        unlink(identityPath(journal))  // a half-made copy is never compared with
        var lines = [String]()
        for table in CSVTables.all {
            let source = journal + "/" + table, target = copy + "/" + table
            guard let identity = identity(of: source) else {
                unlink(target)
                continue
            }
            guard duplicate(source, to: target) else { return }
            lines.append(table + "\t" + identity)
        }
        _ = try? SecureFile.replace(identityPath(journal), with: Array((lines.joined(separator: "\n") + "\n").utf8))
    }

    /// After the store appended `bytes` to `table` (with `header` first when it was empty):
    /// the same goes into the copy, and the table's identity is noted again. When the copy
    /// cannot follow, it is dropped, so the next read does not take the row for an edit.
    static func appended(_ journal: String, table: String, bytes: [UInt8], header: [UInt8]) {
        guard var lines = identities(journal) else {
            // A folder without its copies (copied without the hidden `.written/`, or last written
            // by a version before them) gets them at this write, as at a full save: edits made
            // from now on are told from the store's own.
            record(journal)
            return
        }
        guard lines[table] != nil else { return }
        do {
            try SecureFile.append(folder(journal) + "/" + table, bytes: bytes, header: header)
        } catch {
            unlink(identityPath(journal))
            return
        }
        lines[table] = identity(of: journal + "/" + table)
        // The other tables of a folder that was copied or restored are noted again here, when
        // they are still their copies byte for byte, so that later reads need not compare them.
        for other in CSVTables.all where other != table && lines[other] != nil {
            guard let now = identity(of: journal + "/" + other), now != lines[other], sameAsCopy(journal, other) else { continue }
            lines[other] = now
        }
        let text = CSVTables.all.compactMap { name in lines[name].map { name + "\t" + $0 } }.joined(separator: "\n") + "\n"
        if (try? SecureFile.replace(identityPath(journal), with: Array(text.utf8))) == nil { unlink(identityPath(journal)) }
    }

    /// Whether any table is not as the store left it: rewritten, replaced, removed or added.
    /// False when there is no copy to compare with.
    static func differs(_ journal: String) -> Bool { editedAt(journal) != nil }

    /// When the tables were last changed outside the store (the latest modification time of a
    /// table that is not as the store left it, or of the folder when one was removed), or nil
    /// when every table is as the store left it or there is no copy to compare with. Edits are
    /// stamped at this time: a person's edit happened when the spreadsheet saved it, and every
    /// read of the same files gives the same stamps.
    static func editedAt(_ journal: String) -> Date? {
        guard let kept = identities(journal) else { return nil }
        var latest: Date?
        func see(_ path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return }
            let date = Date(timeIntervalSince1970: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9)
            if latest.map({ date > $0 }) ?? true { latest = date }
        }
        for table in CSVTables.all {
            let path = journal + "/" + table
            let now = identity(of: path)
            guard now != kept[table], !sameAsCopy(journal, table) else { continue }
            see(now == nil ? journal : path)
        }
        return latest
    }

    /// Whether `table` holds exactly the bytes of its copy in `.written/`. A folder copied to a
    /// new disk, restored from a backup or carried by a sync tool gets new inodes (and, unless
    /// the tool keeps them, new modification times) while its tables are as the store wrote
    /// them: comparing the bytes tells that from an edit, at the cost of one read of each.
    static func sameAsCopy(_ journal: String, _ table: String) -> Bool {
        let path = journal + "/" + table, copy = folder(journal) + "/" + table
        var a = stat(), b = stat()
        guard lstat(path, &a) == 0, lstat(copy, &b) == 0, a.st_size == b.st_size,
            (a.st_mode & S_IFMT) == S_IFREG, (b.st_mode & S_IFMT) == S_IFREG
        else { return false }
        let left = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard left >= 0 else { return false }
        defer { close(left) }
        let right = open(copy, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard right >= 0 else { return false }
        defer { close(right) }
        let chunk = 1 << 20
        var one = [UInt8](repeating: 0, count: chunk), two = [UInt8](repeating: 0, count: chunk)
        while true {
            let n = readFully(left, &one), m = readFully(right, &two)
            guard n >= 0, n == m else { return false }
            if n == 0 { return true }
            let equal = one.withUnsafeBytes { x in
                two.withUnsafeBytes { y in
                    guard let p = x.baseAddress, let q = y.baseAddress else { return false }
                    return memcmp(p, q, n) == 0
                }
            }
            guard equal else { return false }
        }
    }

    /// Fills `buffer` from `fd` as far as the file goes; the count read, or -1 on an error.
    private static func readFully(_ fd: Int32, _ buffer: inout [UInt8]) -> Int {
        let size = buffer.count
        return buffer.withUnsafeMutableBytes { raw -> Int in
            guard let base = raw.baseAddress else { return -1 }
            var filled = 0
            while filled < size {
                let got = read(fd, base + filled, size - filled)
                if got < 0, errno == EINTR { continue }
                if got < 0 { return -1 }
                if got == 0 { break }
                filled += got
            }
            return filled
        }
    }

    /// The tables the store wrote that are no longer in the folder (moved, renamed, or saved
    /// by a spreadsheet under another name): a missing table is never read as "every row deleted".
    static func missing(_ journal: String) -> [String] {
        guard let kept = identities(journal) else { return [] }
        return CSVTables.all.filter { kept[$0] != nil && identity(of: journal + "/" + $0) == nil }
    }

    /// The identities noted, by table; nil when there are none (no copy, or a copy being made).
    private static func identities(_ journal: String) -> [String: String]? {
        guard let bytes = try? SecureFile.read(identityPath(journal)) else { return nil }
        var kept = [String: String]()
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            if parts.count == 2 { kept[String(parts[0])] = String(parts[1]) }
        }
        return kept
    }

    /// A table's size, modification time (to the nanosecond) and inode, or nil when it is not there.
    private static func identity(of path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return "\(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ino)"
    }

    /// Copies `source` to `target` (replacing it, owner-only) in the kernel; false on failure.
    private static func duplicate(_ source: String, to target: String) -> Bool {
        let input = open(source, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard input >= 0 else { return false }
        defer { close(input) }
        unlink(target)
        let output = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, SecureFile.fileMode)
        guard output >= 0 else { return false }
        defer { close(output) }
        var info = stat()
        guard fstat(input, &info) == 0 else { return false }
        var left = Int(info.st_size)
        while left > 0 {
            let sent = sendfile(output, input, nil, min(left, 1 << 30))
            if sent < 0, errno == EINTR { continue }
            guard sent > 0 else { return false }
            left -= sent
        }
        return true
    }
}
