import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// File operations with the guarantees a journal needs: owner-only permissions, atomic
/// replacement (temporary file, fsync, rename, fsync of the folder), and errors that name
/// the file. Public so that third-party backends can use the same guarantees.
public enum SecureFile {
    /// Permissions for journal files: read and write for the owner only.
    public static let fileMode: mode_t = 0o600
    /// Permissions for folders Micromance creates: the owner only.
    public static let folderMode: mode_t = 0o700

    /// Reads a whole file. Throws ``StoreError/notFound(_:)`` when it does not exist.
    public static func read(_ path: String) throws(StoreError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { throw .notFound(path) }
            throw failure(path, "open it for reading", code)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .io(file: path, operation: "read its size", reason: message(errno)) }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw .io(file: path, operation: "read it", reason: "it is a folder, not a file")
        }
        var bytes = [UInt8]()
        bytes.reserveCapacity(Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .io(file: path, operation: "read it", reason: message(errno))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
    }

    /// Maps a whole file read-only and passes its bytes to `body`; `release(offset)` lets the
    /// kernel drop the pages before `offset` from memory (they are read again if touched), so
    /// that reading a large file front to back keeps little of it resident. `populate` maps
    /// every page at once, which is faster for a reader that keeps the whole file. Throws
    /// ``StoreError/notFound(_:)`` when the file does not exist.
    static func withMappedFile<T>(
        _ path: String, populate: Bool = false,
        _ body: (UnsafeBufferPointer<UInt8>, _ release: @escaping (Int) -> Void) throws(StoreError) -> T
    ) throws(StoreError) -> T {
        try withMappedPages(path, populate: populate) { bytes, release throws(StoreError) in
            try body(bytes, { offset in release(0..<offset) })
        }
    }

    /// Like ``withMappedFile(_:populate:_:)``, but `release(range)` drops the whole pages
    /// inside any range, and may be called from any thread while `body` runs.
    static func withMappedPages<T>(
        _ path: String, populate: Bool = false,
        _ body: (UnsafeBufferPointer<UInt8>, _ release: @escaping @Sendable (Range<Int>) -> Void) throws(StoreError) -> T
    ) throws(StoreError) -> T {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { throw .notFound(path) }
            throw failure(path, "open it for reading", code)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .io(file: path, operation: "read its size", reason: message(errno)) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .io(file: path, operation: "read it", reason: "it is a folder, not a file") }
        if (info.st_mode & S_IFMT) != S_IFREG { throw .io(file: path, operation: "read it", reason: "it is not a regular file") }
        let size = Int(info.st_size)
        guard size > 0 else { return try body(UnsafeBufferPointer(start: nil, count: 0), { _ in }) }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE | (populate ? MAP_POPULATE : 0), fd, 0), base != MAP_FAILED else {
            // Not mappable (a pipe, say): read it instead.
            let bytes = try read(path)
            return try bytes.withUnsafeBufferPointer { buffer throws(StoreError) in try body(buffer, { _ in }) }
        }
        defer { munmap(base, size) }
        madvise(base, size, MADV_SEQUENTIAL)
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let address = Int(bitPattern: base)
        let release: @Sendable (Range<Int>) -> Void = { range in
            // Only whole pages inside the range; a page dropped early is read again if touched.
            let low = (max(0, range.lowerBound) + page - 1) / page * page
            let high = min(range.upperBound, size) / page * page
            if high > low, let start = UnsafeMutableRawPointer(bitPattern: address + low) {
                madvise(start, high - low, MADV_DONTNEED)
            }
        }
        return try body(UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: size), release)
    }

    /// Creates `path` and any missing parent folders with owner-only permissions.
    /// Folders that already exist keep their permissions.
    /// Returns the folders it created, outermost first, so a caller that fails can remove them.
    @discardableResult
    public static func makeFolder(_ path: String) throws(StoreError) -> [String] {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return [] }
            throw .io(file: path, operation: "create the folder", reason: "a file with that name is in the way")
        }
        var created = [String]()
        if let parent = StorePath.parent(of: path), parent != path { created = try makeFolder(parent) }
        if mkdir(path, folderMode) != 0 {
            let code = errno
            guard code == EEXIST else {
                for folder in created.reversed() { rmdir(folder) }
                throw .io(file: path, operation: "create the folder", reason: message(code))
            }
            return created
        }
        return created + [path]
    }

    /// Replaces the file at `path` with `bytes` so that a crash at any point leaves either
    /// the old file or the new one: the bytes go to a temporary file in the same folder
    /// (created 0600), are flushed to disk, and the temporary file is renamed over `path`;
    /// then the folder is flushed so the rename itself survives a power cut.
    public static func replace(_ path: String, with bytes: [UInt8]) throws(StoreError) {
        try replace(path) { write throws(StoreError) in try write(bytes) }
    }

    /// Like ``replace(_:with:)``, with the content handed over in pieces by `produce`, so a
    /// large file never has to be held in memory whole.
    public static func replace(
        _ path: String, produce: (_ write: ([UInt8]) throws(StoreError) -> Void) throws(StoreError) -> Void
    ) throws(StoreError) {
        try refuseLink(path)
        let temporary = try writeTemporary(beside: path, produce: produce)
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw .io(file: path, operation: "replace it", reason: message(code))
        }
        syncFolder(folder(of: path))
    }

    /// Writes `bytes` to a new temporary file in the folder of `path` (created 0600 and
    /// flushed to disk) and returns its path. Its name starts with `.` and ends with `.tmp`.
    /// With `flush` false the bytes are not forced to disk (for a cache that is checked
    /// before it is used).
    static func writeTemporary(beside path: String, bytes: [UInt8], flush: Bool = true) throws(StoreError) -> String {
        try writeTemporary(beside: path, flush: flush) { write throws(StoreError) in try write(bytes) }
    }

    /// Like ``writeTemporary(beside:bytes:flush:)``, with the content handed over in pieces by `produce`.
    static func writeTemporary(
        beside path: String, flush: Bool = true,
        produce: (_ write: ([UInt8]) throws(StoreError) -> Void) throws(StoreError) -> Void
    ) throws(StoreError) -> String {
        let folder = folder(of: path)
        try makeFolder(folder)
        let name = StorePath.lastComponent(of: path)
        let temporary = folder + "/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, fileMode)
        guard fd >= 0 else {
            throw .io(file: path, operation: "create a temporary file beside it", reason: message(errno))
        }
        fchmod(fd, fileMode)  // owner-only whatever the umask
        var written = 0
        var synced = 0
        do {
            try produce { bytes throws(StoreError) in
                try writeAll(fd, bytes, path: path)
                written += bytes.count
                #if os(Linux)
                // Start writing a large file to disk while the rest is produced, so the final
                // fsync has little left to wait for. On Linux this advice starts writeback of
                // the range; pages still being written stay cached.
                if written - synced >= 8 << 20 {
                    _ = posix_fadvise(fd, off_t(synced), off_t(written - synced), POSIX_FADV_DONTNEED)
                    synced = written
                }
                #endif
            }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        guard !flush || fsync(fd) == 0 else {
            let code = errno
            close(fd)
            unlink(temporary)
            throw .io(file: path, operation: "flush it to disk", reason: message(code))
        }
        guard close(fd) == 0 else {
            let code = errno
            unlink(temporary)
            throw .io(file: path, operation: "close it", reason: message(code))
        }
        return temporary
    }

    /// Up to `count` bytes from the start of the file at `path` (fewer when it is shorter).
    public static func readPrefix(_ path: String, count: Int) throws(StoreError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { throw .notFound(path) }
            throw failure(path, "open it for reading", code)
        }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress.map { $0 + filled }, count - filled, off_t(filled)) }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { throw .io(file: path, operation: "read it", reason: message(errno)) }
            if got == 0 { break }
            filled += got
        }
        return Array(bytes[..<filled])
    }

    /// Appends `bytes` to the file at `path` and flushes it to disk, without rewriting what is
    /// there. When the file is new or empty, `header` is written first; when its last byte is
    /// not a line break (a crash or an editor left it so), one is added before `bytes`.
    static func append(_ path: String, bytes: [UInt8], header: [UInt8] = []) throws(StoreError) {
        try makeFolder(folder(of: path))
        let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, fileMode)
        guard fd >= 0 else { throw failure(path, "open it for appending", errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .io(file: path, operation: "read its size", reason: message(errno)) }
        // Owner-only whatever the umask, and again if something (a spreadsheet) loosened it.
        if info.st_mode & 0o777 != fileMode { fchmod(fd, fileMode) }
        var out = [UInt8]()
        if info.st_size == 0 {
            out = header
        } else {
            var last: UInt8 = 10
            if pread(fd, &last, 1, off_t(info.st_size - 1)) == 1, last != 10 { out.append(10) }
        }
        out += bytes
        do {
            try writeAll(fd, out, path: path)
        } catch {
            // A full disk or a size limit may have let part of the row through: take it back,
            // so the table ends where it did.
            _ = ftruncate(fd, info.st_size)
            throw error
        }
        guard fsync(fd) == 0 else {
            let code = errno
            _ = ftruncate(fd, info.st_size)
            throw .io(file: path, operation: "flush it to disk", reason: message(code))
        }
    }

    /// The folder part of a path (`.` for a bare file name).
    static func folder(of path: String) -> String {
        StorePath.folder(of: path)
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(StoreError) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return write(fd, base + offset, buffer.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw .io(file: path, operation: "write it", reason: message(errno))
            }
            offset += n
        }
    }

    /// Flushes a folder's entries to disk (after a rename or a new file).
    static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }

    /// The error for a failed file operation: ``StoreError/symbolicLink(file:)`` when the
    /// path was a link that `O_NOFOLLOW` refused, else ``StoreError/io(file:operation:reason:)``.
    public static func failure(_ path: String, _ operation: String, _ code: Int32) -> StoreError {
        code == ELOOP ? .symbolicLink(file: path) : .io(file: path, operation: operation, reason: message(code))
    }

    /// The system's message for an error number.
    public static func message(_ code: Int32) -> String {
        if code == ELOOP {
            return "it is a symbolic link, and Micromance does not follow links for journal files (a link could send "
                + "what it reads or writes somewhere else); use the real file or folder instead"
        }
        if code == ENOSPC || code == EFBIG || code == EDQUOT {
            return "\(String(cString: strerror(code))); free some space (or raise the limit) and try again; the journal was not changed"
        }
        if code == EACCES || code == EPERM || code == EROFS {
            return "\(String(cString: strerror(code))); check that you own the folder and that it is writable"
        }
        return String(cString: strerror(code))
    }

    /// Deletes temporary files that writers which died before finishing left in `folder` for
    /// the files named `files` (`.NAME.PID.RANDOM.tmp` whose process no longer runs), with one
    /// listing of the folder. Temporaries of live processes are left alone. Callers have
    /// finished any interrupted save first.
    public static func removeStaleTemporaries(in folder: String, for files: [String]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            guard let file = files.first(where: { name.hasPrefix("." + $0 + ".") }) else { continue }
            let middle = name.dropFirst(file.utf8.count + 2).dropLast(4).split(separator: ".")
            guard middle.count == 2, let pid = Int32(middle[0]), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) != 0, errno == ESRCH { unlink(folder + "/" + name) }
        }
    }

    /// Throws when `path` is a symbolic link: a journal file or folder is never reached
    /// through one, so a planted link cannot redirect what Micromance reads or writes.
    public static func refuseLink(_ path: String) throws(StoreError) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            throw .symbolicLink(file: path)
        }
    }
}
