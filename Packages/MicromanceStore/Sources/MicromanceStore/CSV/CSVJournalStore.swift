import Foundation
@_spi(MicromanceInternals) import MicromanceModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A journal kept as a folder of RFC 4180 CSV tables that open cleanly in a spreadsheet:
/// `settings.csv`, `partners.csv`, `dates.csv` (important dates and stressors),
/// `rituals.csv` and `moments.csv`, each with a header row, UTF-8, LF line endings
/// (LF or CRLF accepted on input).
///
/// - `append(_:to:)` (and so `append(_:)`, which calls it) adds one row to `moments.csv` without rewriting it; with a journal
///   opened by ``loadForAppending()`` it reads none of the table either (see the index below).
/// - ``save(_:)`` replaces every table so that a crash leaves the old or the new journal:
///   the new tables are written to flushed temporary files, a `.pending` list of renames is
///   saved atomically, then the renames run. A reader that finds a `.pending` list finishes
///   the renames first.
/// - Cells a spreadsheet would run as formulas are written with a leading `'` (see the CSV writer).
/// - Files are created 0600 in a 0700 folder; every read-modify-write holds a `flock` on `.lock`.
/// - Each table keeps the shape its keeper gave it (column order, added columns and their
///   values); a cell a spreadsheet would read as a number or a date is written with a `'`.
/// - `.moments-index` beside the table (a cache of id hashes and moments per day, checked
///   against the table's size, times and inode) lets an append skip reading the table, and
///   `.labelled-titles` (each distinct title with the language it ended with, checked the same
///   way) lets it learn the couple's words without reading it.
public struct CSVJournalStore: JournalStore {
    /// The folder that holds the tables.
    public let folder: String

    /// Who stamps the edits a person made to the tables outside Micromance (in a spreadsheet,
    /// an editor): this device's identity, asked for only when such an edit is found. The
    /// stamps read the time the tables were saved.
    let editor: @Sendable () -> DeviceID

    /// A store in `folder`. Nothing is read or created until it is used. Edits made to the
    /// tables outside Micromance are stamped as changes by `editor` (default: a device named
    /// `spreadsheet`) at the time the tables were saved; see ``load()``.
    public init(folder: String, editor: @escaping @Sendable () -> DeviceID = { CSVJournalStore.spreadsheet }) {
        self.folder = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        self.editor = editor
    }

    /// The longest text a value may have in a CSV journal: what Excel keeps in a cell (LibreOffice
    /// keeps 65,535, Google Sheets 50,000). A longer one is refused when it is written, with
    /// ``StoreError/tooLongForACell(file:record:field:characters:)``, never cut.
    public static let longestCell = 32_767

    /// Refuses a journal holding a text longer than a spreadsheet cell holds.
    func refuseLongCells(_ moments: some Collection<Moment>) throws(StoreError) {
        // Counted as spreadsheets count: in UTF-16 units (an emoji is two). A text of no more
        // bytes than a cell holds is short enough, whatever its units: most are passed at once,
        // without a list of the two fields made for each of a million moments.
        // The guard a text starting with `=`, `+`, `-`, `@` or `'` gets is in the cell too: a
        // title of 32,767 characters starting with `=` made a cell of 32,768 (a new user's trial).
        func refuse(_ field: String, _ text: String, of moment: Moment) throws(StoreError) {
            let guarded = CSVCell.needsGuard(text) ? 1 : 0
            guard text.utf8.count + guarded > Self.longestCell, text.utf16.count + guarded > Self.longestCell else { return }
            throw .tooLongForACell(
                file: path(CSVTables.moments), record: "moment \(moment.id)", field: field, characters: text.utf16.count + guarded)
        }
        for moment in moments {
            try refuse("title", moment.title, of: moment)
            if let note = moment.note { try refuse("note", note, of: moment) }
        }
    }

    /// The device that stamps outside edits when the store is not told whose they are.
    public static let spreadsheet = DeviceID("spreadsheet") ?? .imported

    /// The folder path.
    public var location: String { folder }

    static let indexName = ".moments-index"
    static let titlesName = ".labelled-titles"
    static let historyName = ".moments-history"

    /// The index beside `moments.csv` that lets an append skip reading the table, and the
    /// couple's labelled titles beside it.
    var indexedFiles: IndexedFiles {
        IndexedFiles(
            index: path(Self.indexName), titles: path(Self.titlesName), tracked: [path(CSVTables.moments)],
            magic: Array("MMIX0003".utf8), history: path(Self.historyName))
    }

    /// Whether the folder holds a journal (its `settings.csv`).
    public var exists: Bool { FileManager.default.fileExists(atPath: path(CSVTables.settings)) }

    private var pendingPath: String { path(".pending") }

    private func path(_ table: String) -> String { folder + "/" + table }

    /// Runs `body` holding an exclusive `flock` on the folder's `.lock` file.
    public func withExclusiveAccess<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try FileLock.withExclusiveLock(path(".lock"), body)
    }

    /// Reads every table. When a table is not as this store left it (a spreadsheet or an editor
    /// saved it), what differs from what the store wrote is taken as a person's changes and
    /// stamped at the time the table was saved; a value a spreadsheet mangled on its own is
    /// refused as damage (``repairSpreadsheetDamage()`` puts it back). The stamps are kept on
    /// disk by the next write.
    public func load() throws(StoreError) -> Journal {
        try prepareToRead()
        let decoded = try CSVJournalDecoder(folder: folder).decode()
        return try withOutsideEdits(checked(decoded.journal, knowing: decoded.survey))
    }

    func prepareToRead() throws(StoreError) {
        try SecureFile.refuseLink(folder)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else { throw .notFound(folder) }
        guard isFolder.boolValue else {
            throw .io(file: folder, operation: "read it as a CSV journal", reason: "it is a file; a CSV journal is a folder")
        }
        try finishPendingSave()
    }

    /// The journal, or the first rule it breaks with the table and line of the record;
    /// `survey` is what the reader noted of the moments, when it could say.
    func checked(_ journal: Journal, knowing survey: MomentSurvey? = nil) throws(StoreError) -> Journal {
        if let problem = journal.problems(knowing: survey).first {
            // Read again keeping line numbers, to say where the problem is.
            let lines = (try? CSVJournalDecoder(folder: folder, fast: false).decode().lines) ?? [:]
            if case let .duplicateID(kind, id) = problem, let repeated = repeatedID(kind, id, in: journal, lines: lines) { throw repeated }
            let (file, line) = place(of: problem, in: journal, lines: lines)
            throw .invalid(file: file, line: line, problem)
        }
        return journal
    }

    /// Two rows of a table with one id (a row copied by hand, say): both lines named, with the
    /// column, so that the person can tell which to change. Nil for a kind not kept in lines.
    private func repeatedID(_ kind: String, _ id: String, in journal: Journal, lines: [String: [Int]]) -> StoreError? {
        let ids: [String]
        let table: String
        switch kind {
        case "moment": (ids, table) = (journal.moments.map(\.id.rawValue), CSVTables.moments)
        case "ritual": (ids, table) = (journal.rituals.map(\.id.rawValue), CSVTables.rituals)
        case "partner": (ids, table) = (journal.partners.map(\.id.rawValue), CSVTables.partners)
        case "reflection": (ids, table) = (journal.reflections.map(\.id.rawValue), CSVTables.reflections)
        default: return nil
        }
        guard let first = ids.firstIndex(of: id), let last = ids.lastIndex(of: id), first != last, let numbers = lines[kind],
            last < numbers.count
        else { return nil }
        let (firstLine, lastLine) = (numbers[first], numbers[last])
        let header = (try? CSVShape.read(path(table), standard: CSVTables.columns(of: table), withValues: false))??.columns
        let column = (header ?? CSVTables.columns(of: table)).firstIndex(of: "id").map { " (column \($0 + 1))" } ?? ""
        return .corrupt(
            file: path(table), line: lastLine, column: nil, field: "id" + column,
            reason: "line \(firstLine) has the id '\(StoreError.excerpt(id))' too, and each \(kind) needs its own: "
                + "a row copied by hand keeps the id it was copied with; delete one of the two rows, or give one another id")
    }

    /// Replaces every table, atomically as a set. When the tables on disk are in an older
    /// format, they are first copied into a `backup-vN` folder inside the journal folder.
    public func save(_ journal: Journal) throws(StoreError) {
        try SecureFile.refuseLink(folder)
        let created = !FileManager.default.fileExists(atPath: folder)
        try SecureFile.makeFolder(folder)
        chmod(folder, SecureFile.folderMode)  // the journal's own folder: owner-only, even if it was loosened
        do {
            try saveTables(journal)
        } catch {
            // A new folder that could not be filled (a full disk, say) is not left behind empty.
            if created { rmdir(folder) }
            throw error
        }
    }

    private func saveTables(_ journal: Journal) throws(StoreError) {
        try refuseLongCells(journal.moments)
        try finishPendingSave()
        SecureFile.removeStaleTemporaries(in: folder, for: CSVTables.all + [Self.indexName, Self.titlesName, Self.historyName])
        unlink(path(Self.historyName))  // it describes the table about to be replaced
        // The index beside the moments table is worked out on a second thread meanwhile.
        let index = MomentIndex.Prepared.start(journal)
        defer { _ = index() }  // never leave the thread running past the save
        try SchemaBackup.protectCSV(folder: folder)
        var renames = [(temporary: String, table: String)]()
        do {
            // Each table keeps the shape it has on disk: its column order and the columns the
            // person keeping it added, with their values.
            for (name, bytes) in CSVJournalEncoder.smallTables(journal) {
                let shape = try CSVShape.read(path(name), standard: CSVTables.columns(of: name), withValues: true)
                renames.append((try SecureFile.writeTemporary(beside: path(name), bytes: shape?.rearrange(bytes) ?? bytes), name))
            }
            let moments: String
            if let shape = try CSVShape.read(path(CSVTables.moments), standard: CSVTables.momentColumns, withValues: true) {
                moments = try SecureFile.writeTemporary(
                    beside: path(CSVTables.moments),
                    bytes: shape.rearrange(CSVJournalEncoder.moments(journal.moments)))
            } else {
                // The moments table, the large one, is streamed rather than built whole.
                moments = try SecureFile.writeTemporary(beside: path(CSVTables.moments)) { write throws(StoreError) in
                    try CSVJournalEncoder.moments(journal.moments, to: write)
                }
            }
            renames.append((moments, CSVTables.moments))
        } catch {
            for rename in renames { unlink(rename.temporary) }
            throw error
        }
        let list = renames.map { "\(StorePath.lastComponent(of: $0.temporary))\t\($0.table)\n" }.joined()
        try SecureFile.replace(pendingPath, with: Array(list.utf8))
        try finishPendingSave()
        index().write(indexedFiles)
    }

    /// Checks the moment against `journal` (loaded under the lock the caller holds) and
    /// appends one row to `moments.csv`, without rewriting the table.
    public func append(_ moment: Moment, to journal: inout Journal) throws(StoreError) {
        try refuseLongCells([moment])
        do throws(JournalValidationError) {
            try journal.log(moment)
        } catch {
            throw .refused(file: path(CSVTables.moments), error)
        }
        let before = indexedFiles.identity
        do {
            try appendRow(moment) { () throws(StoreError) in try save(journal) }
        } catch {
            journal.moments.removeLast()  // as it was: the table did not change
            throw error
        }
        MomentIndex.write(indexedFiles, journal: journal)
        historyAppended(moment, before: before)
    }

    /// The journal without its moments when the index beside `moments.csv` is up to date
    /// (the moments are then checked against the index); otherwise the whole journal, read
    /// once to build the index again.
    public func loadForAppending() throws(StoreError) -> AppendingJournal {
        try prepareToRead()
        if CSVWrittenCopy.differs(folder) {
            // Edited outside Micromance since it last wrote: read whole, stamped, and written
            // back at once (the caller holds the lock), so the edits keep their stamps.
            let journal = try load()
            try save(journal)
            return AppendingJournal(loaded: journal)
        }
        guard let index = MomentIndex.read(indexedFiles),
            let labelled = LabelledTitlesFile.read(indexedFiles, last: LearnedTitles.maximumTitles)
        else {
            let journal = try load()
            MomentIndex.write(indexedFiles, journal: journal)
            return AppendingJournal(loaded: journal)
        }
        // The removed records come along (they are few): the caller needs to know whether their
        // words are due to be dropped.
        let head = try checked(CSVJournalDecoder(folder: folder, moments: false, removedRecords: true).decode().journal)
        let folder = folder
        return AppendingJournal(withoutMoments: head, index: index, labelledTitles: labelled) {
            try? CSVJournalDecoder(folder: folder).decode().journal.moments
        }
    }

    /// Appends the moment's row without reading the table, and adds it to the index.
    public func append(_ moment: Moment, to journal: inout AppendingJournal) throws(StoreError) {
        if journal.momentsLoaded {
            try append(moment, to: &journal.journal)
            return
        }
        try refuseLongCells([moment])
        do throws(JournalValidationError) {
            try journal.add(moment)
        } catch {
            throw .refused(file: path(CSVTables.moments), error)
        }
        let files = indexedFiles
        let before = files.identity
        let index = MomentIndex.read(files)
        var rewritten = false
        do {
            try appendRow(moment) { () throws(StoreError) in
                // The table lacks a column the row needs: it is rewritten whole (and indexed anew).
                var whole = try load()
                whole.moments.append(moment)
                try save(whole)
                rewritten = true
            }
        } catch {
            journal.undo(moment)
            throw error
        }
        if !rewritten, let before, let index {
            index.append(files, moment: moment, before: before)
            LabelledTitlesFile.append(files, moment: moment, before: before)
        }
        if !rewritten { historyAppended(moment, before: before) }
    }

    /// Appends the moment's row under the table's own header: in the store's order, or in the
    /// order the person keeping the table gave its columns. A table that lacks a column the
    /// row needs (an older layout, or a column dropped by hand) is rewritten whole by `rewrite`
    /// instead, which adds the column, so that no value ever lands under the wrong header.
    private func appendRow(_ moment: Moment, rewrite: () throws(StoreError) -> Void) throws(StoreError) {
        let table = path(CSVTables.moments)
        var row = CSVJournalEncoder.moments([moment], header: false)
        // A header in the store's own order (with a byte order mark or quotes a spreadsheet
        // added, say) takes the row as it is.
        if !momentsHeaderIsCurrent(), let shape = try CSVShape.read(table, standard: CSVTables.momentColumns, withValues: false) {
            guard shape.hasEveryColumn else {
                try rewrite()
                return
            }
            row = shape.rearrange(CSVJournalEncoder.moments([moment]), header: false)
        }
        let header = CSVTables.header(CSVTables.momentColumns)
        try SecureFile.append(table, bytes: row, header: header)
        chmod(folder, SecureFile.folderMode)  // owner-only, as a full save leaves it, even in a folder made by hand
        CSVWrittenCopy.appended(folder, table: CSVTables.moments, bytes: row, header: header)
    }

    /// Whether `moments.csv` is missing, empty, or starts with the header this version writes.
    private func momentsHeaderIsCurrent() -> Bool {
        let fd = open(path(CSVTables.moments), O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return true }
        defer { close(fd) }
        let expected = CSVTables.header(CSVTables.momentColumns)
        var buffer = [UInt8](repeating: 0, count: expected.count + 1)
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { return true }
        let head = Array(buffer[0..<count])
        let lf = expected.dropLast()  // without its line break
        return head.starts(with: expected) || head.starts(with: Array(lf) + [13, 10])
    }

    /// Completes the renames of a save that was interrupted after its list was written.
    private func finishPendingSave() throws(StoreError) {
        guard let bytes = try? SecureFile.read(pendingPath) else { return }
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: "\t").map(String.init)
            guard parts.count == 2, CSVTables.all.contains(parts[1]), !parts[0].contains("/") else { continue }
            let temporary = path(parts[0])
            if rename(temporary, path(parts[1])) != 0, errno != ENOENT {
                throw .io(file: path(parts[1]), operation: "finish an interrupted save", reason: SecureFile.message(errno))
            }
        }
        SecureFile.syncFolder(folder)
        // The tables are the store's own now: what it wrote, not a person's edits.
        CSVWrittenCopy.record(folder)
        unlink(pendingPath)
        SecureFile.syncFolder(folder)
    }

    /// The table and line a validation problem points at.
    private func place(of problem: JournalValidationError, in journal: Journal, lines: [String: [Int]]) -> (file: String, line: Int?) {
        func find(_ kind: String, _ id: String) -> (String, Int?) {
            switch kind {
            case "moment":
                return (path(CSVTables.moments), journal.moments.lastIndex { $0.id.rawValue == id }.flatMap { lines["moment"]?[$0] })
            case "ritual":
                return (path(CSVTables.rituals), journal.rituals.lastIndex { $0.id.rawValue == id }.flatMap { lines["ritual"]?[$0] })
            case "partner":
                return (path(CSVTables.partners), journal.partners.lastIndex { $0.id.rawValue == id }.flatMap { lines["partner"]?[$0] })
            case "reflection":
                return (
                    path(CSVTables.reflections),
                    journal.reflections.lastIndex { $0.id.rawValue == id }.flatMap { lines["reflection"]?[$0] }
                )
            default: return (path(CSVTables.settings), nil)
            }
        }
        func words(_ place: String) -> (String, Int?) {
            let parts = place.split(separator: " ").map(String.init)
            return parts.count >= 2 ? find(parts[0], parts[1]) : (path(CSVTables.settings), nil)
        }
        switch problem {
        case let .unknownPartner(_, _, place), .emptyTitle(let place), let .invalidTimeZone(_, place), let .invalidDate(_, place),
            let .unknownRitual(_, place), let .textTooLong(_, _, place), let .emptyText(_, place):
            return words(place)
        case .giverIsReceiver(_, let moment): return find("moment", moment)
        case let .duplicateID(kind, id): return find(kind, id)
        case .invalidProfile(let partner): return find("partner", partner)
        case .invalidCadence(let ritual): return find("ritual", ritual)
        case .duplicateName, .emptyName: return (path(CSVTables.partners), nil)
        case .invalidDailyTarget, .unsupportedSchemaVersion: return (path(CSVTables.settings), nil)
        }
    }
}
