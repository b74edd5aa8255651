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
/// renaming, which would leave a lock on the data file pointing at the old inode. It is
/// created owner-only and removed again when the lock is released, so that no `.NAME.lock`
/// is left beside a journal, whether the command worked or failed. Removing a lock file is
/// safe only with a check: a process that waited for the lock may have opened the file just
/// removed, so after locking, each process checks that the path still names the file it
/// locked, and starts again with a new file when it does not. Each call opens its own
/// descriptor, so threads of one process exclude each other too.
///
/// Folders created to hold the lock file are removed again when the work under the lock
/// fails, so a failed command on a new path leaves nothing behind.
public enum FileLock {
    /// Runs `body` while holding the exclusive lock on `path`, creating the lock file (and
    /// its folder) when needed. Blocks until the lock is free.
    public static func withExclusiveLock<T>(_ path: String, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        var created = [String]()
        if let folder = StorePath.parent(of: path) { created = try SecureFile.makeFolder(folder) }
        let fd: Int32
        do {
            fd = try lock(path)
        } catch {
            removeEmpty(created)
            throw error
        }
        var succeeded = false
        defer {
            unlink(path)  // while still locked: a process waiting on this file will find it gone
            close(fd)
            if !succeeded { removeEmpty(created) }
        }
        let result = try body()
        succeeded = true
        return result
    }

    /// A descriptor holding the lock on the file that `path` names when the lock is taken.
    private static func lock(_ path: String) throws(StoreError) -> Int32 {
        while true {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, SecureFile.fileMode)
            guard fd >= 0 else {
                throw SecureFile.failure(path, "open the lock file", errno)
            }
            fchmod(fd, SecureFile.fileMode)
            while flock(fd, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let code = errno
                    close(fd)
                    throw .io(file: path, operation: "lock the journal", reason: SecureFile.message(code))
                }
            }
            var held = stat(), named = stat()
            if fstat(fd, &held) == 0, lstat(path, &named) == 0, held.st_ino == named.st_ino, held.st_dev == named.st_dev {
                return fd
            }
            close(fd)  // the holder before us removed this file: lock the one there now
        }
    }

    /// Removes folders made for the lock, innermost first, when nothing else is in them.
    private static func removeEmpty(_ folders: [String]) {
        for folder in folders.reversed() { rmdir(folder) }
    }
}
