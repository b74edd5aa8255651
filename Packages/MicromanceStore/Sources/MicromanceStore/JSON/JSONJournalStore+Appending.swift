import Foundation
import MicromanceModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The quick append: with an index beside the document and its change log
/// (`.journal.json.index`, and the couple's labelled titles in `.journal.json.titles`), adding a
/// moment reads the document without its moments and checks the new one against the index,
/// so `log` costs the same on a journal of any size.
///
/// The index records both files as the store's own last write left them, and where the
/// document's moments are; it is used only while both are exactly so. Anything else (an edit by
/// hand, a copy, a sync tool, a crash between the line and the index) reads the journal whole,
/// as before, and builds the index again. A change log holding more than moments (a line
/// written by hand, say) is never indexed: such a journal is read whole until the next fold.
extension JSONJournalStore {
    /// The index and the labelled titles, and the two files they describe.
    var indexedFiles: IndexedFiles {
        let parent = StorePath.parent(of: path)
        let name = StorePath.lastComponent(of: path)
        func beside(_ suffix: String) -> String {
            let file = ".\(name).\(suffix)"
            return parent.map { StorePath.join($0, file) } ?? file
        }
        return IndexedFiles(
            index: beside("index"), titles: beside("titles"), tracked: [path, changesPath], magic: Array("MMJX0001".utf8),
            history: beside("history"), mayBeMissing: changesPath)
    }

    /// The journal without its moments when the index is up to date; otherwise the whole
    /// journal, read once to build the index again.
    public func loadForAppending() throws(StoreError) -> AppendingJournal {
        let files = indexedFiles
        guard exists, JSONChangeLog.size(changesPath) != nil, let version = SchemaBackup.jsonVersion(at: path),
            version >= Journal.currentSchemaVersion
        else {
            return AppendingJournal(loaded: try load())
        }
        if let index = MomentIndex.read(files), let labelled = LabelledTitlesFile.read(files, last: LearnedTitles.maximumTitles),
            let head = head(index, moments: [])
        {
            let store = self
            return AppendingJournal(withoutMoments: head, index: index, labelledTitles: labelled) { try? store.load().moments }
        }
        let (journal, onlyMoments) = try loadNotingChanges()
        if onlyMoments { writeIndex(of: journal) }
        return AppendingJournal(loaded: journal)
    }

    /// Appends the moment's line to the change log without reading the journal, and adds it to
    /// the index; folds the log into the document when it has grown past ``compactAfterBytes``.
    public func append(_ moment: Moment, to journal: inout AppendingJournal) throws(StoreError) {
        if journal.momentsLoaded {
            try append(moment, to: &journal.journal)
            return
        }
        do throws(JournalValidationError) {
            try journal.add(moment)
        } catch {
            throw .refused(file: path, error)
        }
        let files = indexedFiles
        let before = files.identity
        let index = MomentIndex.read(files)
        do {
            try JSONChangeLog.append(moment, to: changesPath)
        } catch {
            journal.undo(moment)
            throw error
        }
        indexAppended(moment, index: index, before: before)
        if let size = JSONChangeLog.size(changesPath), size > compactAfterBytes {
            try save(try load())
        }
    }

    /// Writes the index of `journal`, which the document and its change log hold as they are
    /// now; leaves none when the document's moments cannot be found in it.
    func writeIndex(of journal: Journal) {
        let files = indexedFiles
        let found = try? SecureFile.withMappedFile(path) { bytes, _ -> (Range<Int>, [Range<Int>]?)? in
            guard let range = JournalJSONReader.momentsRange(bytes) else { return nil }
            return (range, JournalJSONReader.elementRanges(bytes, array: range))
        }
        guard let (range, elements) = found ?? nil else {
            MomentIndex.remove(files)
            return
        }
        MomentIndex.write(files, journal: journal, extra: [UInt64(range.lowerBound), UInt64(range.upperBound)])
        // The document's moments come first in the journal, the change log's after them.
        guard let history = files.history, let elements, elements.count <= journal.moments.count,
            let runs = ReportHistoryFile.runs(elements: elements, moments: journal.moments.prefix(elements.count)),
            let identity = files.identity
        else {
            if let history = files.history { unlink(history) }
            return
        }
        ReportHistoryFile.write(history, journal: journal, runs: runs, identity: identity)
    }

    /// Adds `moment`, whose line was just appended to the change log, to an index that matched
    /// the files as they were `before` it.
    func indexAppended(_ moment: Moment, index: MomentIndex?, before: [UInt64]?) {
        guard let index, let before else { return }
        let files = indexedFiles
        index.append(files, moment: moment, before: before)
        LabelledTitlesFile.append(files, moment: moment, before: before)
        if let history = files.history { ReportHistoryFile.append(history, moment: moment, before: before, now: files.identity) }
    }

    /// The document read with only the moments at `moments` (byte ranges of its moments array,
    /// in order; none for the document without its moments), and checked; nil when that fails,
    /// and the caller reads the journal whole.
    func head(_ index: MomentIndex, moments: [Range<Int>]) -> Journal? {
        guard index.extra.count == 2, index.extra[0] < index.extra[1] else { return nil }
        let start = Int(truncatingIfNeeded: index.extra[0]), end = Int(truncatingIfNeeded: index.extra[1])
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, start >= 0, end <= Int(info.st_size),
            moments.allSatisfy({ $0.lowerBound > start && $0.upperBound < end })
        else { return nil }
        var document = [UInt8]()
        document.reserveCapacity(start + Int(info.st_size) - end + moments.reduce(2) { $0 + $1.count + 1 })
        func read(_ range: Range<Int>) -> Bool {
            guard !range.isEmpty else { return true }
            let at = document.count
            document += repeatElement(0, count: range.count)
            let read = document.withUnsafeMutableBytes { pread(fd, $0.baseAddress.map { $0 + at }, range.count, off_t(range.lowerBound)) }
            return read == range.count
        }
        guard read(0..<start) else { return nil }
        document.append(UInt8(ascii: "["))
        for (number, range) in moments.enumerated() {
            if number > 0 { document.append(UInt8(ascii: ",")) }
            guard read(range) else { return nil }
        }
        document.append(UInt8(ascii: "]"))
        guard read(end..<Int(info.st_size)) else { return nil }
        return try? JournalJSON.decode(document, file: path)
    }
}
