import Foundation
@_spi(MicromanceInternals) import MicromanceModel

/// A fast reader for `moments.csv` that builds moments straight from the bytes, without
/// making a String of every cell first.
///
/// Like ``JournalJSONReader`` it never decides what is an error: it reads the common case
/// (the layout the CSV store writes, or any column order of the same columns) and returns
/// nil on anything else, so the caller reads the table again with ``CSVReader`` and
/// ``CSVJournalDecoder``, whose errors name the line and column. Every rule the slow path
/// applies (quoting, blank lines, formula guards, required cells, known values) is
/// applied here too, so both paths give the same journal or the fast one gives up.
///
/// Large tables are read by two threads: the second starts at a guessed record boundary
/// half-way through, and whichever is done first takes over the later half of what the other
/// has left (`CSVMomentReader+Threads.swift`). A part is kept only if the reader before it
/// ended exactly where it starts (a guess inside a quoted note holding a whole row is read
/// again by the reader before it).
struct CSVMomentReader {
    /// The memory behind a reader's cells and column map, freed with the last copy of it.
    final class CellMemory {
        let columns: UnsafeMutablePointer<Int>
        let spans: UnsafeMutablePointer<Span>
        let cells: Int
        let slots: Int

        init(columns: [Int], cells: Int) {
            slots = columns.count
            self.cells = cells
            self.columns = .allocate(capacity: columns.count)
            self.columns.initialize(from: columns, count: columns.count)
            spans = .allocate(capacity: max(cells, 1))
            spans.initialize(repeating: Span(), count: max(cells, 1))
        }

        deinit {
            columns.deallocate()
            spans.deallocate()
        }
    }

    /// The columns of the moments table this reader knows, in the order of ``slots``.
    static let known = CSVTables.momentColumns
    private static let slotID = 0, slotAt = 1, slotZone = 2, slotGiver = 3, slotReceiver = 4, slotKind = 5
    private static let slotLanguage = 6, slotGesture = 7, slotResponse = 8, slotRitual = 9, slotTitle = 10, slotNote = 11
    private static let slotChanges = 12

    /// Below this size one thread reads the whole table.
    static let parallelThreshold = 4 << 20

    struct GiveUp: Error {}

    /// A cell: its byte range, and whether it was quoted and holds doubled quotes.
    struct Span {
        var start = 0
        var end = 0
        var quoted = false
        var escaped = false
    }

    let bytes: UnsafeBufferPointer<UInt8>
    /// For each slot, the column of the file that fills it (or -1 when the file lacks it).
    private let columnOfSlot: UnsafeMutablePointer<Int>
    private var interner = ByteInterner()
    private var devices = DeviceCache()
    /// The records of the time zones, givers and receivers met so far; saved and restored
    /// with ``noted`` around a line read only to try it (a record they hold has been noted).
    var partiesByBytes = PartiesByBytes()
    var partiesByText = PartiesCache()
    private var scratch = [UInt8]()
    /// The cells of the current record (``record(at:)``); read and written through a pointer,
    /// without an array's uniqueness and bounds checks (13 cells of each of a million records).
    private let spans: UnsafeMutablePointer<Span>
    private let spanCount: Int
    /// Owns the memory of ``spans`` and ``columnOfSlot``, shared by copies of this reader.
    private let cellMemory: CellMemory
    /// Whether the table's line ends are CRLF: then a CRLF inside a quoted cell reads as LF,
    /// as ``CSVReader`` reads it.
    private let crlf: Bool
    private let release: @Sendable (Range<Int>) -> Void
    /// What the moments read so far name (givers and receivers, rituals, zones, while there
    /// are few) and whether each passed its own checks: the caller's checks need not look
    /// at each moment again.
    var noted = Noted()
    static let peopleLimit = Noted.limit
    /// Where the commas, line ends and quotes are, 64 bytes at a time.
    private var marks = MarkWindow()

    /// The moments of the table in `bytes`, or nil when the slow path should read it.
    /// `release(range)` is told which bytes are no longer needed, so a mapped file's pages
    /// can be dropped as the threads move on.
    static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, threads: Int = 2, parallelThreshold: Int = parallelThreshold,
        smallestTakeOver: Int = smallestTakeOver, release: @escaping @Sendable (Range<Int>) -> Void = { _ in }
    ) -> [Moment]? {
        readWithPeople(bytes, threads: threads, parallelThreshold: parallelThreshold, smallestTakeOver: smallestTakeOver, release: release)?
            .moments
    }

    /// Like ``read(_:threads:parallelThreshold:release:)``, and says which givers and receivers
    /// the moments name, so that a caller can tell without another pass over a million moments
    /// that every one is a partner's id.
    static func readWithPeople(
        _ bytes: UnsafeBufferPointer<UInt8>, threads: Int = 2, parallelThreshold: Int = parallelThreshold,
        smallestTakeOver: Int = smallestTakeOver, release: @escaping @Sendable (Range<Int>) -> Void = { _ in }
    ) -> Read? {
        guard let (slots, bodyStart) = header(bytes) else { return nil }
        if bodyStart >= bytes.count { return Read(moments: [], noted: Noted()) }
        // Every record the fast path accepts is longer than this (a 20-byte timestamp, four
        // required cells and the commas), so the array is never too small. Pages that are
        // never written are never touched, so the spare capacity costs no memory.
        let capacity = (bytes.count - bodyStart) / minimumRecordLength + 2
        var failed = false
        var noted = Noted.unknown
        let moments = [Moment](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            if bytes.count - bodyStart >= parallelThreshold { preferLargePages(base, capacity: capacity) }
            let count =
                threads >= 2 && bytes.count - bodyStart >= parallelThreshold
                ? parallel(
                    bytes, slots: slots, bodyStart: bodyStart, into: base, capacity: capacity, smallestTakeOver: smallestTakeOver,
                    release: release)
                : single(bytes, slots: slots, bodyStart: bodyStart, into: base, capacity: capacity, release: release)
            guard let count else { failed = true; return }
            initialized = count.moments
            noted = count.noted
        }
        return failed ? nil : Read(moments: moments, noted: noted)
    }

    /// The shortest record the fast path accepts, in bytes.
    static let minimumRecordLength = 32

    init(bytes: UnsafeBufferPointer<UInt8>, slots: [Int], release: @escaping @Sendable (Range<Int>) -> Void) {
        self.bytes = bytes
        self.release = release
        var columns = Array(repeating: -1, count: Self.known.count)
        for (column, slot) in slots.enumerated() { columns[slot] = column }
        cellMemory = CellMemory(columns: columns, cells: slots.count)
        columnOfSlot = cellMemory.columns
        spans = cellMemory.spans
        spanCount = slots.count
        self.crlf = CSVReader.endsInCRLF(bytes, from: 0)
        // A large table names the catalog's ids and titles hundreds of thousands of times.
        if bytes.count >= Self.parallelThreshold { interner = ByteInterner(seeds: ByteInterner.catalogTexts) }
    }

    // MARK: - Records

    /// Where a thread stops reading.
    enum Stop {
        /// At the end of the table.
        case end
        /// At the first record boundary at or past this offset.
        case at(Int)
        /// At the first record boundary at or past the offset in `front`, which the other
        /// thread may lower meanwhile; the position is published there before each record.
        case shared(SharedFront)
    }

    /// Reads the records from `from` into `sink` until `stop`. Returns where it stopped.
    @discardableResult
    mutating func records(from: Int, stop: Stop, into sink: inout MomentSink) throws -> Int {
        var i = from
        var released = from
        let n = bytes.count
        // Taken apart before the loop: a class inside an enum is retained at every look.
        var fixed = Int.max
        var front: SharedFront.Words?
        switch stop {
        case .end: break
        case .at(let offset): fixed = offset
        case .shared(let shared): front = shared.words
        }
        while i < n {
            if i >= fixed { return i }
            if let front, front.stops(at: i, count: sink.count) { return i }
            if i - released >= 8 << 20 {
                release(released..<i)
                released = i
            }
            // A blank line is not a record.
            if bytes[i] == 10 { i += 1; continue }
            if bytes[i] == 13, i + 1 < n, bytes[i + 1] == 10 { i += 2; continue }
            i = try record(at: i)
            guard sink.count < sink.limit else { throw GiveUp() }
            sink.append(try moment())
            // Checked here, on the reading thread, so that the caller's checks need not be.
            if noted.eachPasses, !Journal.passesItsOwnChecks(sink.base + (sink.count - 1)) { noted.eachPasses = false }
        }
        front?.publish(i, count: sink.count)
        return i
    }

    /// Splits the record at `start` into ``spans``; returns where the next record starts.
    mutating func record(at start: Int) throws -> Int {
        let n = bytes.count
        let count = spanCount
        var i = start
        var column = 0
        while true {
            guard column < count else { throw GiveUp() }
            var span = Span()
            if i < n, bytes[i] == 34 {
                i += 1
                span.start = i
                span.quoted = true
                while true {
                    i = ByteScan.quote(in: bytes, from: i)
                    guard i < n else { throw GiveUp() }
                    if i + 1 < n, bytes[i + 1] == 34 {
                        span.escaped = true
                        i += 2
                        continue
                    }
                    break
                }
                span.end = i
                i += 1
                if i < n, bytes[i] != 44, bytes[i] != 10, !(bytes[i] == 13 && i + 1 < n && bytes[i + 1] == 10) { throw GiveUp() }
            } else {
                span.start = i
                while true {
                    i = marks.next(in: bytes, from: i)
                    guard i < n else { break }
                    let b = bytes[i]
                    if b == 34 { throw GiveUp() }
                    // A carriage return not before a line feed is part of the cell.
                    if b == 13, !(i + 1 < n && bytes[i + 1] == 10) {
                        i += 1
                        continue
                    }
                    break
                }
                span.end = i
            }
            spans[column] = span
            column += 1
            if i >= n { break }
            if bytes[i] == 44 {
                i += 1
                if i >= n {
                    // A trailing comma at the very end adds an empty cell.
                    guard column < count else { throw GiveUp() }
                    spans[column] = Span(start: i, end: i)
                    column += 1
                    break
                }
                continue
            }
            i += bytes[i] == 10 ? 1 : 2
            break
        }
        guard column == count else { throw GiveUp() }
        return i
    }

    // MARK: - Cells

    /// The span of `slot` in the current record, with its formula guard skipped; nil for
    /// an empty unquoted cell (no value) or a column the file does not have.
    @inline(__always)
    private func cell(_ slot: Int) -> Span? {
        let column = columnOfSlot[slot]
        guard column >= 0 else { return nil }
        var span = spans[column]
        if span.start == span.end && !span.quoted { return nil }
        if span.start < span.end, bytes[span.start] == UInt8(ascii: "'") { span.start += 1 }
        return span
    }

    private mutating func text(_ span: Span, intern: Bool) throws -> String {
        if span.escaped || (crlf && span.quoted && holdsCR(span)) {
            scratch.removeAll(keepingCapacity: true)
            var k = span.start
            while k < span.end {
                if crlf, bytes[k] == 13, k + 1 < span.end, bytes[k + 1] == 10 {
                    k += 1
                    continue
                }
                scratch.append(bytes[k])
                k += bytes[k] == 34 ? 2 : 1
            }
            guard let text = scratch.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) else { throw GiveUp() }
            return text
        }
        let slice = UnsafeBufferPointer(rebasing: bytes[span.start..<span.end])
        let made = intern ? interner.string(slice) : ByteInterner.make(slice)
        guard let made else { throw GiveUp() }
        return made
    }

    private func holdsCR(_ span: Span) -> Bool {
        guard let base = bytes.baseAddress, span.end > span.start else { return false }
        return memchr(base + span.start, 13, span.end - span.start) != nil
    }

    private mutating func optional(_ slot: Int, intern: Bool) throws -> String? {
        guard let span = cell(slot) else { return nil }
        return try text(span, intern: intern)
    }

    private mutating func required(_ slot: Int, intern: Bool) throws -> String {
        guard let span = cell(slot), span.start < span.end else { throw GiveUp() }
        return try text(span, intern: intern)
    }

    // Each reader's own (a static is looked up through a once-check at every use).
    private let kinds = ByteCases(MomentKind.self)
    private let responses = ByteCases(BidResponse.self)
    private let languages = ByteCases(LoveLanguage.self)
    private var dayMemo = Timestamp.DayMemo()

    /// The case a cell names; cells with doubled quotes take the String path.
    private mutating func enumeration<T: RawRepresentable>(_ span: Span, _ cases: ByteCases<T>) throws -> T? where T.RawValue == String {
        if span.escaped { return T(rawValue: try text(span, intern: false)) }
        return cases.match(UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]))
    }

    /// The record of the row's time zone, giver and receiver: found by the cells' bytes when
    /// they stand side by side unquoted (the store's own layout), else made from their text.
    /// Each record made for the first time is noted (its people and zone).
    private mutating func parties() throws -> Moment.Parties {
        var stretch: (bytes: UnsafeRawBufferPointer, readable: Int)?
        let zoneColumn = columnOfSlot[Self.slotZone], giverColumn = columnOfSlot[Self.slotGiver]
        if zoneColumn >= 0, giverColumn == zoneColumn + 1, columnOfSlot[Self.slotReceiver] == zoneColumn + 2 {
            let zone = spans[zoneColumn], receiver = spans[zoneColumn + 2]
            if !zone.quoted, !spans[giverColumn].quoted, !receiver.quoted, receiver.end - zone.start <= PartiesByBytes.capacity {
                let found = (
                    UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[zone.start..<receiver.end]), bytes.count - zone.start
                )
                if let record = partiesByBytes.find(found.0, readable: found.1) { return record }
                stretch = found
            }
        }
        let zone = try required(Self.slotZone, intern: true)
        let giver = try required(Self.slotGiver, intern: true)
        let receiver = try required(Self.slotReceiver, intern: true)
        let (parties, new) = partiesByText.parties(timeZone: zone, giver: giver, receiver: receiver)
        if new {
            Noted.add(giver, to: &noted.people)
            Noted.add(receiver, to: &noted.people)
            Noted.add(zone, to: &noted.zones)
        }
        if let stretch { partiesByBytes.remember(parties, for: stretch.bytes, readable: stretch.readable) }
        return parties
    }

    mutating func moment() throws -> Moment {
        guard let stamp = cell(Self.slotAt), !stamp.escaped, stamp.start < stamp.end,
            let at = Timestamp.parse(bytes: UnsafeBufferPointer(rebasing: bytes[stamp.start..<stamp.end]), memo: &dayMemo)
        else { throw GiveUp() }
        var response: BidResponse?
        if let span = cell(Self.slotResponse) {
            guard let parsed = try enumeration(span, responses) else { throw GiveUp() }
            response = parsed
        }
        // An empty kind is a gesture, or a bid when the row says how it was answered (as
        // `log --response` makes a bid).
        var kind = response == nil ? MomentKind.gesture : .bid
        if let span = cell(Self.slotKind) {
            guard let parsed = try enumeration(span, kinds) else { throw GiveUp() }
            kind = parsed
        }
        var language: LoveLanguage?
        if let span = cell(Self.slotLanguage) {
            guard let parsed = try enumeration(span, languages) else { throw GiveUp() }
            language = parsed
        }
        let changes: Changes
        if let span = cell(Self.slotChanges) {
            guard !span.escaped, let parsed = Changes(bytes: UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]), devices: &devices)
            else { throw GiveUp() }
            changes = parsed
        } else {
            changes = Changes()
        }
        // An id a spreadsheet may have rewritten (a number: it starts with a digit or a point)
        // is judged by the slow path, which explains what happened. Ids the tool makes start
        // with a letter.
        guard let idSpan = cell(Self.slotID), idSpan.start < idSpan.end else { throw GiveUp() }
        let id = try text(idSpan, intern: false)
        let first = idSpan.escaped ? id.utf8.first ?? 0 : bytes[idSpan.start]
        if first == UInt8(ascii: ".") || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")), SpreadsheetCells.idDamage(id) != nil {
            throw GiveUp()
        }
        let parties = try self.parties()
        let ritual = try optional(Self.slotRitual, intern: true)
        if let ritual { Noted.add(ritual, to: &noted.rituals) }
        return Moment(
            id: Identifier(id), at: at, parties: parties, title: try optional(Self.slotTitle, intern: true) ?? "",
            gestureID: try optional(Self.slotGesture, intern: true).map { Identifier($0) },
            language: language, note: try optional(Self.slotNote, intern: false), response: response, kind: kind,
            ritualID: ritual.map { Identifier($0) }, changes: changes)
    }
}
