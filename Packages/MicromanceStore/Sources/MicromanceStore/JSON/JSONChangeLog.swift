import Foundation
import MicromanceModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The change log beside a JSON journal: `journal.changes.jsonl` for `journal.json`.
///
/// Adding a moment appends one line to it (a small JSON journal holding the moment, on one
/// line) instead of writing the whole document again; the journal is the document with the
/// log's moments after its own. The first moment after a fold is written into the document,
/// which from then on names the log (`"changeLog" : "journal.changes.jsonl"`, its first key):
/// a copy of the document alone then refuses to open as if it were the whole journal. Whatever writes the whole journal (every other change, and an
/// append that takes the log past ``JSONJournalStore/compactAfterBytes``) folds the log into
/// the document: the document is replaced atomically first, then the log is deleted.
///
/// Crash safety, case by case:
/// - a crash while a line is written leaves a last line without its line break: it was never
///   acknowledged, reading leaves it out, and the next append (under the lock) moves it to
///   `LOG.torn`. A last line without its line break that holds a whole entry is not torn (an
///   editor saved the file without a final line break): it is read, and the next append starts
///   on a new line; one that is neither (edited by hand) is reported with its line;
/// - a crash between the new document and deleting the log leaves both: a logged moment whose
///   id the document already holds, shown or removed, is skipped, so nothing comes back twice
///   and a moment removed at the fold stays removed.
enum JSONChangeLog {
    /// The log's path for the journal at `journal`: its `.json` ending (if any) replaced by
    /// `.changes.jsonl`.
    static func path(for journal: String) -> String {
        (journal.hasSuffix(".json") ? String(journal.dropLast(5)) : journal) + ".changes.jsonl"
    }

    /// The change log the document at `path` names (its first key, as the writer puts it), or
    /// nil when it names none: reads its first 4 KB only. An empty string when the key is
    /// there but its value cannot be read.
    static func named(in path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: 4096)
        let count = head.withUnsafeMutableBytes { read(fd, $0.baseAddress, 4096) }
        guard count > 0 else { return nil }
        let key = Array("\"changeLog\"".utf8)
        guard
            let start = (0..<count).first(where: { start in
                start + key.count <= count && head[start..<(start + key.count)].elementsEqual(key)
            })
        else { return nil }
        // `"changeLog" : "NAME"`: the name is the next string after the colon.
        var i = start + key.count
        while i < count, head[i] != UInt8(ascii: "\"") { i += 1 }
        let first = i + 1
        var end = first
        while end < count, head[end] != UInt8(ascii: "\""), head[end] != UInt8(ascii: "\\") { end += 1 }
        guard end < count, head[end] == UInt8(ascii: "\""), end > first else { return "" }
        return String(decoding: head[first..<end], as: UTF8.self)
    }

    /// The log's size in bytes, or nil when there is none.
    static func size(_ path: String) -> Int? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    /// Adds the log's moments to `journal` (the document, read and checked), each checked
    /// against the journal with its line in any error. A last line still without its line
    /// break is left out. A line holding other records than moments (written by hand, or by
    /// a later version) is joined with `Journal.merge(with:)`. Returns whether every line held
    /// moments only.
    @discardableResult
    /// When each moment of `journal`, shown or removed, was made.
    private static func creationStamps(of journal: Journal) -> [Identifier<Moment>: ChangeStamp] {
        var stamps = [Identifier<Moment>: ChangeStamp](minimumCapacity: journal.moments.count + journal.removed.moments.count)
        for moment in journal.removed.moments { stamps[moment.id] = moment.changes.created }
        for moment in journal.moments { stamps[moment.id] = moment.changes.created }
        return stamps
    }

    static func apply(_ path: String, to journal: inout Journal) throws(StoreError) -> Bool {
        var onlyMoments = true
        try SecureFile.withMappedFile(path) { bytes, _ throws(StoreError) in
            var known: Set<Identifier<Moment>>?
            // When each moment of the document was made, looked up only if a line repeats one.
            var heldCreated: [Identifier<Moment>: ChangeStamp]?
            // Where each moment this log added sits in the journal, and its line.
            var ownLines = [Identifier<Moment>: (index: Int, line: Int)]()
            // A byte order mark (an editor on Windows may add one) says nothing: skipped.
            var start = Self.byteOrderMark(bytes), line = 1
            // A last line without its line break is read when it is a whole entry (an editor
            // that does not end files with one saved it), left out when it is the start of one
            // (torn by a writer that stopped), and reported like any other line otherwise.
            let last = tail(of: bytes) == .torn ? nil : bytes.count
            while start < bytes.count, let end = SyncFolderStore.lineEnd(bytes, from: start) ?? last {
                defer {
                    start = end + 1
                    line += 1
                }
                let text = UnsafeBufferPointer(rebasing: bytes[start..<end])
                guard text.contains(where: { ![9, 13, 32].contains($0) }) else { continue }
                let entry: Journal
                do throws(StoreError) {
                    entry = try JournalJSON.decodeUnchecked(text, file: path)
                    // A field added by hand that the journal does not keep is refused, as in
                    // the document: the next fold would drop it.
                    if !JournalJSON.onlyKnownKeys(text, also: JournalJSON.lineKeys) {
                        try JournalJSON.refuseUnknownFields(Array(text), journal: entry, file: path)
                    }
                } catch {
                    // An entry spread over lines (pretty-printed, or split by hand) stops at
                    // its first line's end: say that the log wants one entry per line.
                    let split = end < bytes.count && stopsTooSoon(Array(text))
                    throw placed(error, path: path, line: line, hint: split ? Self.oneEntryPerLine : nil)
                }
                guard entry.holdsOnlyMoments else {
                    onlyMoments = false
                    journal.merge(with: entry)
                    known = nil
                    heldCreated = nil
                    ownLines = [:]
                    continue
                }
                if known == nil { known = Set(journal.moments.map(\.id) + journal.removed.moments.map(\.id)) }
                for moment in entry.moments {
                    guard known?.insert(moment.id).inserted == true else {
                        if ownLines[moment.id] == nil {
                            // The document holds it: the same moment when a fold wrote the document and
                            // stopped before deleting this log (made at the same stamp). Another moment
                            // given its id by hand would be left out, then lost at the next fold.
                            if heldCreated == nil { heldCreated = Self.creationStamps(of: journal) }
                            if let held = heldCreated?[moment.id], held != moment.changes.created {
                                throw .corrupt(
                                    file: path, line: line, column: nil, field: "moments[].id",
                                    reason: "moment \(moment.id.rawValue) has the id of another moment of the journal (made at "
                                        + "another time); give this line's moment a new id (13 letters and digits no other moment has)")
                            }
                            continue
                        }
                        // Logged twice in this log: only a hand edit or a copy does that. The
                        // same moment again is left out; a different one would be lost, so it stops.
                        if let first = ownLines[moment.id], journal.moments[first.index] != moment {
                            throw .corrupt(
                                file: path, line: line, column: nil, field: "moments[].id",
                                reason: "moment \(moment.id.rawValue) is already on line \(first.line) with other fields; "
                                    + "a line of the change log adds a moment, it cannot change one: keep one of the two lines "
                                    + "(or give this one a new id), then make the change with the app or tool, not in the change log")
                        }
                        continue
                    }
                    do throws(JournalValidationError) {
                        try journal.validate(moment)
                    } catch {
                        throw .invalid(file: path, line: line, error)
                    }
                    ownLines[moment.id] = (journal.moments.count, line)
                    journal.moments.append(moment)
                }
            }
        }
        return onlyMoments
    }

    /// Appends one moment as a line, first setting aside a last line that a writer which died
    /// left without its line break. The caller holds the journal's lock.
    static func append(_ moment: Moment, to path: String) throws(StoreError) {
        try dropTornTail(path)
        var entry = Journal()
        entry.moments = [moment]
        var line = JournalJSON.encode(entry).filter { $0 != 10 }  // a JSON string never holds a raw line break
        line.append(10)
        try SecureFile.append(path, bytes: line)
    }

    /// Removes the log once the document holds what it held.
    static func remove(_ path: String, folder: String) throws(StoreError) {
        guard unlink(path) == 0 || errno == ENOENT else {
            throw .io(file: path, operation: "remove the change log folded into the journal", reason: SecureFile.message(errno))
        }
        SecureFile.syncFolder(folder)
    }

    /// 3 when `bytes` begin with UTF-8's byte order mark, else 0.
    static func byteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// What the file's last line is when it has no line break after it.
    enum Tail: Equatable {
        /// It ends with a line break, or its last line is blank.
        case ended
        /// A whole entry (an editor saved the file without a final line break).
        case whole
        /// The start of an entry: JSON that only stops too soon, as a writer that died leaves it.
        case torn
        /// Anything else: a line edited by hand into something that does not read. It is
        /// reported with its line, never left out or cut off.
        case damaged
    }

    static func tail(of bytes: UnsafeBufferPointer<UInt8>) -> Tail {
        guard let final = bytes.last, final != 10 else { return .ended }
        let start = (UnsafeBufferPointer(rebasing: bytes[...]).lastIndex(of: 10)).map { $0 + 1 } ?? byteOrderMark(bytes)
        let tail = UnsafeBufferPointer(rebasing: bytes[start...])
        guard tail.contains(where: { ![9, 13, 32].contains($0) }) else { return .ended }
        if (try? JournalJSON.decodeUnchecked(tail, file: "")) != nil { return .whole }
        return stopsTooSoon(Array(tail)) ? .torn : .damaged
    }

    /// Whether `text` is the start of JSON that stops too soon: a prefix of valid JSON fails
    /// only where the text runs out (at its end, in a string still open there, or in a
    /// character cut in two).
    static func stopsTooSoon(_ text: [UInt8]) -> Bool {
        guard let syntax = JSONLocator.syntaxError(in: text) else { return false }
        return syntax.offset >= text.count || syntax.reason.hasPrefix("a string is not closed")
            || (syntax.reason == "the text is not valid UTF-8" && syntax.offset >= text.count - 3)
    }

    /// Sets aside a last line that a writer which died left unfinished, appending it to
    /// `LOG.torn` beside the log (so that not even a hand edit that looks torn is lost), and
    /// cuts the file back to its last line break. A last line that is a whole entry (saved
    /// without its line break by an editor) stays, the next line written after a line break;
    /// one damaged by hand stops the append with its line, so that it is mended, not lost.
    static func dropTornTail(_ path: String) throws(StoreError) {
        let found = try? SecureFile.withMappedFile(path) { bytes, _ in tail(of: bytes) }
        if found == .whole || found == .ended { return }
        if found == .damaged {
            try SecureFile.withMappedFile(path) { bytes, _ throws(StoreError) in
                let start = (UnsafeBufferPointer(rebasing: bytes[...]).lastIndex(of: 10)).map { $0 + 1 } ?? 0
                let line = bytes[..<start].reduce(1) { $1 == 10 ? $0 + 1 : $0 }
                do throws(StoreError) {
                    _ = try JournalJSON.decodeUnchecked(UnsafeBufferPointer(rebasing: bytes[start...]), file: path)
                } catch {
                    throw placed(error, path: path, line: line)
                }
            }
            return
        }
        let fd = open(path, O_RDWR | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else {
            if errno == ENOENT { return }
            throw SecureFile.failure(path, "open it for appending", errno)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0 else { return }
        var last: UInt8 = 10
        guard pread(fd, &last, 1, off_t(info.st_size - 1)) == 1, last != 10 else { return }
        var end = Int(info.st_size)
        var keep = 0
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while end > 0 {
            let from = max(0, end - chunk.count)
            let read = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, end - from, off_t(from)) }
            guard read == end - from else { throw .io(file: path, operation: "read it", reason: SecureFile.message(errno)) }
            if let index = chunk[0..<read].lastIndex(of: 10) {
                keep = from + index + 1
                break
            }
            end = from
        }
        var torn = [UInt8](repeating: 0, count: Int(info.st_size) - keep)
        let got = torn.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(keep)) }
        guard got == torn.count else { throw .io(file: path, operation: "read it", reason: SecureFile.message(errno)) }
        torn.append(10)
        try SecureFile.append(path + ".torn", bytes: torn)
        guard ftruncate(fd, off_t(keep)) == 0, fsync(fd) == 0 else {
            throw .io(file: path, operation: "cut off a line a stopped writer left unfinished", reason: SecureFile.message(errno))
        }
    }

    /// Added to the error for a line that holds only the start of an entry.
    static let oneEntryPerLine =
        "the change log holds one whole entry per line, and this line holds only the start of one "
        + "(pretty-printed, or split by hand?): join the entry back onto one line"

    private static func placed(_ error: StoreError, path: String, line: Int, hint: String? = nil) -> StoreError {
        switch error {
        case .corrupt(_, _, _, let field, let reason):
            .corrupt(file: path, line: line, column: nil, field: field, reason: hint.map { reason + "; " + $0 } ?? reason)
        case .invalid(_, _, let problem): .invalid(file: path, line: line, problem)
        default: error
        }
    }
}

extension Journal {
    /// Whether the journal holds moments and nothing else a change log line could carry.
    fileprivate var holdsOnlyMoments: Bool {
        partners.isEmpty && rituals.isEmpty && reflections.isEmpty && removed == Journal().removed && settings == JournalSettings()
    }
}
