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
            index: beside("index"), titles: beside("titles"), tracked: [path, changesPath], magic: Array("MMJX0001".utf8))
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
        if let index = MomentIndex.read(files), let labelled = LabelledTitlesFile.read(files), let head = head(index) {
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
        if let before, let index {
            index.append(files, moment: moment, before: before)
            LabelledTitlesFile.append(files, moment: moment, before: before)
        }
        if let size = JSONChangeLog.size(changesPath), size > compactAfterBytes {
            try save(try load())
        }
    }

    /// Writes the index of `journal`, which the document and its change log hold as they are
    /// now; leaves none when the document's moments cannot be found in it.
    func writeIndex(of journal: Journal) {
        let range = try? SecureFile.withMappedFile(path) { bytes, _ in JournalJSONReader.momentsRange(bytes) }
        guard let found = range ?? nil else {
            MomentIndex.remove(indexedFiles)
            return
        }
        MomentIndex.write(indexedFiles, journal: journal, extra: [UInt64(found.lowerBound), UInt64(found.upperBound)])
    }

    /// Adds `moment`, whose line was just appended to the change log, to an index that matched
    /// the files as they were `before` it.
    func indexAppended(_ moment: Moment, index: MomentIndex?, before: [UInt64]?) {
        guard let index, let before else { return }
        index.append(indexedFiles, moment: moment, before: before)
        LabelledTitlesFile.append(indexedFiles, moment: moment, before: before)
    }

    /// The document read with its moments left out (the index says where they are), and
    /// checked; nil when that fails, and the caller reads the journal whole.
    private func head(_ index: MomentIndex) -> Journal? {
        guard index.extra.count == 2, index.extra[0] < index.extra[1] else { return nil }
        let start = Int(truncatingIfNeeded: index.extra[0]), end = Int(truncatingIfNeeded: index.extra[1])
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, start >= 0, end <= Int(info.st_size) else { return nil }
        func bytes(_ range: Range<Int>) -> [UInt8]? {
            var out = [UInt8](repeating: 0, count: range.count)
            guard !range.isEmpty else { return out }
            let read = out.withUnsafeMutableBytes { pread(fd, $0.baseAddress, range.count, off_t(range.lowerBound)) }
            return read == range.count ? out : nil
        }
        guard let before = bytes(0..<start), let after = bytes(end..<Int(info.st_size)) else { return nil }
        return try? JournalJSON.decode(before + Array("[]".utf8) + after, file: path)
    }
}
