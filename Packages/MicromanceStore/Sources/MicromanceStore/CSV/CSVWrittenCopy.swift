import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The tables as the CSV store last wrote them, kept in `.written/` inside the journal folder
/// as hard links to the files it wrote (so keeping them costs no copy).
///
/// A spreadsheet or an editor that saves a table writes a new file in its place; the link in
/// `.written/` still names the file the store wrote. Comparing the two tells the store's own
/// writing from a person's edits: a changed field is an edit, a row that is gone a removal, a
/// new row a new record (see `CSVJournalStore`). Rows the store appends go into the same file
/// as the link, so they never look like someone else's. A table edited in place (the same
/// file rewritten, not replaced) cannot be told apart and reads as the store's own, as it did
/// before this copy existed; so does a folder without `.written/` (written by an older version).
enum CSVWrittenCopy {
    /// The folder's name inside the journal folder.
    static let name = ".written"

    static func folder(_ journal: String) -> String { journal + "/" + name }

    /// Links every table now in `journal` as the one the store last wrote. Call it right after
    /// the store wrote them. Failing to keep the copy only means the next outside edit is not
    /// recognised as one, so errors are not raised.
    static func record(_ journal: String) {
        let copy = folder(journal)
        if mkdir(copy, SecureFile.folderMode) != 0, errno != EEXIST { return }
        for table in CSVTables.all {
            let link = copy + "/" + table
            unlink(link)
            _ = Glibc.link(journal + "/" + table, link)
        }
        SecureFile.syncFolder(copy)
    }

    /// Whether any table is not the file the store last wrote: replaced by another program,
    /// removed, or added. False when there is no copy to compare with.
    static func differs(_ journal: String) -> Bool { editedAt(journal) != nil }

    /// When the tables were last changed outside the store (the latest modification time of a
    /// table that is not the file the store wrote, or of the folder when one was removed), or
    /// nil when every table is the store's own or there is no copy to compare with. Edits are
    /// stamped at this time: a person's edit happened when the spreadsheet saved it, and every
    /// read of the same files gives the same stamps.
    static func editedAt(_ journal: String) -> Date? {
        let copy = folder(journal)
        var info = stat()
        guard lstat(copy, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        var latest: Date?
        func see(_ time: timespec) {
            let date = Date(timeIntervalSince1970: Double(time.tv_sec) + Double(time.tv_nsec) / 1e9)
            if latest.map({ date > $0 }) ?? true { latest = date }
        }
        for table in CSVTables.all {
            var now = stat(), written = stat()
            let present = lstat(journal + "/" + table, &now) == 0
            let kept = lstat(copy + "/" + table, &written) == 0
            if present && (!kept || now.st_ino != written.st_ino || now.st_dev != written.st_dev) {
                see(now.st_mtim)
            } else if kept && !present {
                var folderInfo = stat()
                if stat(journal, &folderInfo) == 0 { see(folderInfo.st_mtim) }
            }
        }
        return latest
    }
}
