import Foundation
import MicromanceModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The quick report: with the history beside `moments.csv` (`.moments-history`, see
/// ``ReportHistoryFile``), a report reads the small tables, the runs of rows around its
/// period and the rows appended since the history was written, not every row. Trusted only
/// while `moments.csv` is exactly as the store's last write left it and no table was edited
/// outside the store; otherwise the tables are read whole (and the history written again,
/// under the lock, when nothing changed meanwhile).
extension CSVJournalStore {
    /// The journal with the moments from `start` to `end` and the history of all of them: read
    /// from the small tables, the rows around the range and those appended since, and the history when they are trusted, from a whole read otherwise.
    public func loadForReport(momentsFrom start: Date, to end: Date) throws(StoreError) -> (journal: Journal, history: MomentHistory) {
        if let quick = quickReport(from: start, to: end) { return quick }
        return try readWholeForReport(
            from: start, to: end, identity: { indexedFiles.identity },
            read: { () throws(StoreError) in (try load(), !CSVWrittenCopy.differs(folder)) },
            write: { journal, _ in writeHistory(of: journal) })
    }

    /// Writes the history of `journal`, which `moments.csv` holds as it is now, row for row.
    func writeHistory(of journal: Journal) {
        let files = indexedFiles
        guard let history = files.history else { return }
        let rows = try? SecureFile.withMappedFile(files.tracked[0]) { bytes, _ in Self.recordRanges(bytes) }
        guard let rows = rows ?? nil, rows.count == journal.moments.count + 1,
            let runs = ReportHistoryFile.runs(elements: Array(rows.dropFirst()), moments: journal.moments[...]),
            let identity = files.identity
        else {
            unlink(history)
            return
        }
        ReportHistoryFile.write(history, journal: journal, runs: runs, identity: identity)
    }

    /// Adds the moment whose row was just appended, the table's identity before it being `before`.
    func historyAppended(_ moment: Moment, before: [UInt64]?) {
        let files = indexedFiles
        guard let history = files.history else { return }
        guard let before else {
            unlink(history)
            return
        }
        ReportHistoryFile.append(history, moment: moment, before: before, now: files.identity)
    }

    /// The journal with the range's moments and the stored history; nil when the files are not
    /// as the history describes them, or anything fails (the caller reads them whole).
    func quickReport(from start: Date, to end: Date) -> (journal: Journal, history: MomentHistory)? {
        let files = indexedFiles
        guard let historyPath = files.history, let identity = files.identity,
            let stored = ReportHistoryFile.read(historyPath, identity: identity),
            (try? prepareToRead()) != nil, !CSVWrittenCopy.differs(folder),
            var journal = try? CSVJournalDecoder(folder: folder, moments: false, removedRecords: true).decode().journal,
            stored.zone == journal.historyZone.identifier
        else { return nil }
        let runs = stored.runs.filter { $0.overlaps(from: start, to: end) }.map(\.bytes)
        // The header, the runs, and every row after the last run (appended since).
        guard let table = Self.rows(of: files.tracked[0], runs: runs, after: stored.runs.last?.bytes.upperBound),
            let moments = table.withUnsafeBufferPointer({ CSVMomentReader.read($0, threads: 1) }),
            files.identity == identity  // nothing was written while it was read
        else { return nil }
        journal.moments = moments.filter { $0.at >= start && $0.at < end }
        guard journal.problems().isEmpty else { return nil }
        return (journal, stored.history)
    }

    /// The table's header line, the rows at `runs` and every row after `after` (after the
    /// header when nil), one per line; nil when it cannot be read.
    private static func rows(of path: String, runs: [Range<Int>], after: Int?) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        let size = Int(info.st_size)
        var out = [UInt8]()
        func read(_ range: Range<Int>) -> Bool {
            guard range.lowerBound >= 0, range.upperBound <= size else { return false }
            guard !range.isEmpty else { return true }
            let at = out.count
            out += repeatElement(0, count: range.count)
            return out.withUnsafeMutableBytes { pread(fd, $0.baseAddress.map { $0 + at }, range.count, off_t(range.lowerBound)) }
                == range.count
        }
        // The header: up to its line break (the fast reader refuses quoted header names).
        guard read(0..<min(size, 4096)), let lineBreak = out.firstIndex(of: 10) else { return nil }
        out.removeSubrange((lineBreak + 1)...)
        for run in runs {
            guard read(run) else { return nil }
            out.append(10)
        }
        // The rows after the last run, without the line break that ends the run's last row.
        let tailStart = out.count
        guard read(min(after ?? lineBreak + 1, size)..<size) else { return nil }
        let blank = out[tailStart...].prefix { $0 == 10 || $0 == 13 }.count
        out.removeSubrange(tailStart..<tailStart + blank)
        if out.last != 10 { out.append(10) }
        return out
    }

    /// Where each record of a CSV table lies (the header first), line breaks left out; a line
    /// break inside quotes belongs to its record, blank lines are no record.
    static func recordRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var records = [Range<Int>]()
        var start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var quoted = false
        var i = start
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 34 {
                quoted.toggle()
            } else if byte == 10, !quoted {
                var end = i
                if end > start, bytes[end - 1] == 13 { end -= 1 }
                if end > start { records.append(start..<end) }
                start = i + 1
            }
            i += 1
        }
        if start < bytes.count { records.append(start..<bytes.count) }
        return records
    }
}
