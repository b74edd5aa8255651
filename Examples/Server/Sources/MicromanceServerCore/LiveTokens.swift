import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The token file as the running service sees it: read at start, and read again when it
/// changes on disk (`token add` or `token revoke` from another process, checked at most once
/// a second as requests arrive) or when ``reload()`` is called (on SIGHUP). A file that does
/// not read (half-written by hand, say) is reported and the book in use is kept, so a slip
/// never locks every couple out.
public final class LiveTokens: @unchecked Sendable {
    /// The token file.
    public let path: String
    private let lock = NSLock()
    private var book: TokenBook
    private var identity: [Int]?
    private var checked: Date
    private let now: @Sendable () -> Date
    private let report: @Sendable (String) -> Void

    /// Reads the book at `path` (throwing when it does not read: the service should not start
    /// without one). `report` hears, in words, every reload and every file that did not read.
    public init(
        path: String, now: @escaping @Sendable () -> Date = { Date() }, report: @escaping @Sendable (String) -> Void = { _ in }
    ) throws {
        self.path = path
        self.now = now
        self.report = report
        book = try TokenBook.load(from: path)
        identity = Self.identity(of: path)
        checked = now()
    }

    /// The journal a presented token opens, or nil; the file is looked at first if a second
    /// has passed since it last was.
    public func journal(for token: String) -> String? {
        let current = lock.withLock { () -> TokenBook? in
            guard now().timeIntervalSince(checked) >= 1 else { return book }
            checked = now()
            return Self.identity(of: path) == identity ? book : nil
        }
        return (current ?? reloaded()).journal(for: token)
    }

    /// Reads the file again now; returns whether it read (else the book in use is kept).
    @discardableResult
    public func reload() -> Bool {
        let seen = Self.identity(of: path)
        do {
            let fresh = try TokenBook.load(from: path)
            lock.withLock {
                book = fresh
                identity = seen
            }
            report("reloaded the token file \(path): \(fresh.entries.count) token(s)")
            return true
        } catch {
            let kept = lock.withLock {
                identity = seen  // not read again on every request; the next change is
                return book.entries.count
            }
            report("the token file \(path) does not read (\(error)); still using the \(kept) token(s) read before")
            return false
        }
    }

    private func reloaded() -> TokenBook {
        reload()
        return lock.withLock { book }
    }

    /// Size, modification time and inode: what changes when the file is written or replaced.
    private static func identity(of path: String) -> [Int]? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let modified = info.st_mtimespec
        #else
        let modified = info.st_mtim
        #endif
        return [Int(info.st_size), Int(modified.tv_sec), Int(modified.tv_nsec), Int(info.st_ino)]
    }
}
