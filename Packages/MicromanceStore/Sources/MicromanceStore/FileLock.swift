import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An advisory, exclusive lock (`flock`) on a small lock file beside the data, held around
/// every read-modify-write so that two processes logging at once lose nothing.
///
/// The lock file is separate from the data because saving replaces the data file by
/// renaming, which would leave a lock on the data file pointing at the old inode. The lock
/// file is created owner-only and is never deleted (deleting it would let two processes
/// lock two different files). Each call opens its own descriptor, so threads of one process
/// exclude each other too.
public enum FileLock {
    /// Runs `body` while holding the exclusive lock on `path`, creating the lock file (and
    /// its folder) when needed. Blocks until the lock is free.
    public static func withExclusiveLock<T>(_ path: String, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try SecureFile.makeFolder(folder) }
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, SecureFile.fileMode)
        guard fd >= 0 else {
            throw .io(file: path, operation: "open the lock file", reason: SecureFile.message(errno))
        }
        fchmod(fd, SecureFile.fileMode)
        defer { close(fd) }  // closing the descriptor releases the lock
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw .io(file: path, operation: "lock the journal", reason: SecureFile.message(errno))
            }
        }
        return try body()
    }
}
