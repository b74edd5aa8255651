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
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { throw .notFound(path) }
            throw .io(file: path, operation: "open it for reading", reason: message(code))
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

    /// Creates `path` and any missing parent folders with owner-only permissions.
    /// Folders that already exist keep their permissions.
    public static func makeFolder(_ path: String) throws(StoreError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return }
            throw .io(file: path, operation: "create the folder", reason: "a file with that name is in the way")
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeFolder(parent) }
        if mkdir(path, folderMode) != 0, errno != EEXIST {
            throw .io(file: path, operation: "create the folder", reason: message(errno))
        }
    }

    /// Replaces the file at `path` with `bytes` so that a crash at any point leaves either
    /// the old file or the new one: the bytes go to a temporary file in the same folder
    /// (created 0600), are flushed to disk, and the temporary file is renamed over `path`;
    /// then the folder is flushed so the rename itself survives a power cut.
    public static func replace(_ path: String, with bytes: [UInt8]) throws(StoreError) {
        let folder = (path as NSString).deletingLastPathComponent
        try makeFolder(folder.isEmpty ? "." : folder)
        let name = (path as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, fileMode)
        guard fd >= 0 else {
            throw .io(file: path, operation: "create a temporary file beside it", reason: message(errno))
        }
        var closed = false
        func fail(_ operation: String, _ code: Int32) -> StoreError {
            if !closed { close(fd) }
            unlink(temporary)
            return .io(file: path, operation: operation, reason: message(code))
        }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return write(fd, base + offset, buffer.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw fail("write it", errno)
            }
            offset += n
        }
        guard fsync(fd) == 0 else { throw fail("flush it to disk", errno) }
        closed = true
        guard close(fd) == 0 else { throw fail("close it", errno) }
        guard rename(temporary, path) == 0 else { throw fail("replace it", errno) }
        syncFolder(folder.isEmpty ? "." : folder)
    }

    /// Flushes a folder's entries to disk (after a rename or a new file).
    public static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }

    /// The system's message for an error number.
    public static func message(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
