import Foundation
import MicromanceModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What a report reads instead of every moment: the journal's ``MomentHistory`` (moments
/// counted by day, giver and ritual; answers by receiver, language and response; the last day
/// each gesture and title was given) and where each run of moments lies in the file, with the
/// earliest and latest instant in it, so that only the runs around the report's period are read.
///
/// The file (0600; `.journal.json.history` beside the JSON store's index) is a cache beside
/// the ``MomentIndex`` and never the truth. Its first line records the tracked files as they
/// were after the store's own last write, as the labelled titles do; when one differs, the
/// file is not used and the journal is read whole. The first line ends with a hash of all that
/// follows it (64-bit FNV-1a, carried on by each append), so lines lost or changed in the
/// middle are noticed too. Then one record a line, fields split by
/// tabs, text escaped as in ``LabelledTitlesFile``:
/// - `z ZONE`: the zone that counts a moment whose own zone this system does not know;
/// - `b START END EARLIEST LATEST`: a run of moments, bytes `START..<END` of the document,
///   happening from `EARLIEST` to `LATEST` (milliseconds since 1970, both included);
/// - `d DAY COUNT GIVER RITUAL`: moments on a local day (days since 1970-01-01);
/// - `a RECEIVER LANGUAGE RESPONSE COUNT`: answers;
/// - `g DAY RECEIVER GESTURE TITLE`: a gesture and title given on a day.
/// An append adds the new moment's `d`, `a` and `g` lines; reading adds rows up
/// (``MomentHistory/init(days:answers:given:)`` merges them).
enum ReportHistoryFile {
    private static let magic = "MMRH0002"
    /// Moments per run: a report on a few weeks reads a few runs of a year's journal.
    static let momentsPerRun = 256

    /// A run of moments in the file and the instants they span.
    struct Run: Equatable {
        var bytes: Range<Int>
        var earliest: Int64
        var latest: Int64

        /// Whether a moment of the run may have happened from `start` (included) to `end` (excluded).
        func overlaps(from start: Date, to end: Date) -> Bool {
            Double(latest) >= start.timeIntervalSince1970 * 1000 - 1 && Double(earliest) < end.timeIntervalSince1970 * 1000 + 1
        }
    }

    /// The history and the runs, as read.
    struct Contents {
        var history: MomentHistory
        var runs: [Run]
        var zone: String
    }

    /// The first line: the magic word, the tracked files' identity and the body's hash.
    private static func header(_ identity: [UInt64], hash: UInt64) -> [UInt8] {
        headerStart(identity) + Array((" " + digits(hash) + "\n").utf8)
    }

    private static func headerStart(_ identity: [UInt64]) -> [UInt8] {
        LabelledTitlesFile.header(identity, magic: magic).dropLast()
    }

    private static func digits(_ number: UInt64) -> String {
        let text = String(number)
        return String(repeating: "0", count: 20 - text.count) + text
    }

    /// FNV-1a over `bytes`, carried on from `hash`.
    private static func hash(_ bytes: some Sequence<UInt8>, from hash: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var hash = hash
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    private static func lines(for moment: Moment, resolver: LocalDayResolver) -> String {
        let day = resolver.dayNumber(moment.at, zone: moment.timeZone)
        let e = LabelledTitlesFile.escape
        var out = "d\t\(day)\t1\t\(e(moment.giver.rawValue))\t\(moment.ritualID.map { e($0.rawValue) } ?? "")\n"
        if let language = moment.language, let response = moment.response {
            out += "a\t\(e(moment.receiver.rawValue))\t\(language.rawValue)\t\(response.rawValue)\t1\n"
        }
        out += "g\t\(day)\t\(e(moment.receiver.rawValue))\t\(moment.gestureID.map { e($0.rawValue) } ?? "")\t\(e(moment.title))\n"
        return out
    }

    /// Writes the history of `journal`, whose first moments lie in the file as `runs` say,
    /// recording the tracked files' `identity` as it is now. A failure leaves no file.
    static func write(_ path: String, journal: Journal, runs: [Run], identity: [UInt64]) {
        let zone = journal.historyZone
        let history = MomentHistory(moments: journal.moments, fallback: zone)
        let e = LabelledTitlesFile.escape
        var text = "z\t\(e(zone.identifier))\n"
        for run in runs { text += "b\t\(run.bytes.lowerBound)\t\(run.bytes.upperBound)\t\(run.earliest)\t\(run.latest)\n" }
        for row in history.days {
            text += "d\t\(row.day.dayNumber)\t\(row.count)\t\(e(row.giver.rawValue))\t\(row.ritual.map { e($0.rawValue) } ?? "")\n"
        }
        for row in history.answers {
            text += "a\t\(e(row.receiver.rawValue))\t\(row.language.rawValue)\t\(row.response.rawValue)\t\(row.count)\n"
        }
        for row in history.given ?? [] {
            text += "g\t\(row.day.dayNumber)\t\(e(row.receiver.rawValue))\t\(row.gesture.map { e($0.rawValue) } ?? "")\t\(e(row.title))\n"
        }
        do {
            let body = Array(text.utf8)
            let temporary = try SecureFile.writeTemporary(beside: path, bytes: header(identity, hash: hash(body)) + body, flush: false)
            if rename(temporary, path) != 0 {
                unlink(temporary)
                unlink(path)
            }
        } catch {
            unlink(path)
        }
    }

    /// The history and runs, or nil when the file is missing, damaged or records other files.
    /// Read byte by byte: at 20,000 moments the file holds thousands of rows, and a report
    /// should cost little more than the moments of its period.
    static func read(_ path: String, identity: [UInt64]) -> Contents? {
        guard let bytes = try? SecureFile.read(path) else { return nil }
        let prefix = headerStart(identity), headerSize = prefix.count + 22
        guard bytes.count > headerSize, bytes[..<prefix.count].elementsEqual(prefix), bytes[headerSize - 1] == 10, bytes.last == 10,
            let stored = UInt64(String(decoding: bytes[(prefix.count + 1)..<(headerSize - 1)], as: UTF8.self)),
            hash(bytes[headerSize...]) == stored
        else { return nil }
        let expected = bytes[..<headerSize]
        var days = [MomentHistory.Day](), answers = [MomentHistory.Answers](), given = [MomentHistory.Given]()
        var runs = [Run](), zone: String?
        var names = NameCache()
        var fields = [Range<Int>]()
        var start = expected.count
        while start < bytes.count {
            guard let end = bytes[start...].firstIndex(of: 10) else { return nil }
            defer { start = end + 1 }
            fields.removeAll(keepingCapacity: true)
            var from = start
            for i in start..<end where bytes[i] == 9 {
                fields.append(from..<i)
                from = i + 1
            }
            fields.append(from..<end)
            func text(_ n: Int) -> String { names.text(bytes, fields[n]) }
            func number(_ n: Int) -> Int64? { Self.number(bytes, fields[n]) }
            guard fields[0].count == 1, fields.count == (bytes[start] == UInt8(ascii: "z") ? 2 : 5) else { return nil }
            switch bytes[start] {
            case UInt8(ascii: "z"): zone = text(1)
            case UInt8(ascii: "b"):
                guard let start = number(1), let end = number(2), start <= end, let earliest = number(3), let latest = number(4)
                else { return nil }
                runs.append(Run(bytes: Int(start)..<Int(end), earliest: earliest, latest: latest))
            case UInt8(ascii: "d"):
                guard let day = number(1), let count = number(2), !fields[3].isEmpty else { return nil }
                days.append(
                    MomentHistory.Day(
                        day: CalendarDay(dayNumber: Int(day)), giver: Identifier(text(3)),
                        ritual: fields[4].isEmpty ? nil : Identifier(text(4)), count: Int(count)))
            case UInt8(ascii: "a"):
                guard let language = LoveLanguage(rawValue: text(2)), let response = BidResponse(rawValue: text(3)),
                    let count = number(4)
                else { return nil }
                answers.append(
                    MomentHistory.Answers(receiver: Identifier(text(1)), language: language, response: response, count: Int(count)))
            case UInt8(ascii: "g"):
                guard let day = number(1) else { return nil }
                given.append(
                    MomentHistory.Given(
                        receiver: Identifier(text(2)), gesture: fields[3].isEmpty ? nil : Identifier(text(3)),
                        title: names.text(bytes, fields[4], keep: false), day: CalendarDay(dayNumber: Int(day))))
            default: return nil
            }
        }
        guard let zone else { return nil }
        return Contents(history: MomentHistory(days: days, answers: answers, given: given), runs: runs, zone: zone)
    }

    /// A decimal integer, optionally negative; nil for anything else.
    private static func number(_ bytes: [UInt8], _ range: Range<Int>) -> Int64? {
        var i = range.lowerBound
        let negative = i < range.upperBound && bytes[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        guard i < range.upperBound, range.upperBound - i <= 18 else { return nil }
        var value: Int64 = 0
        while i < range.upperBound {
            let digit = bytes[i] &- 48
            guard digit < 10 else { return nil }
            value = value * 10 + Int64(digit)
            i += 1
        }
        return negative ? -value : value
    }

    /// The fields' text, unescaped; the few names that come back on every row (partners,
    /// rituals, gestures, languages) are made once.
    private struct NameCache {
        private var recent: [(bytes: ArraySlice<UInt8>, text: String)] = []

        mutating func text(_ bytes: [UInt8], _ range: Range<Int>, keep: Bool = true) -> String {
            let slice = bytes[range]
            if keep, let found = recent.first(where: { $0.bytes == slice }) { return found.text }
            let raw = String(decoding: slice, as: UTF8.self)
            let text = slice.contains(92) ? LabelledTitlesFile.unescape(Substring(raw)) : raw
            if keep, recent.count < 64 { recent.append((slice, text)) }
            return text
        }
    }

    /// Adds the moment just written, the tracked files' identity before it being `before`,
    /// and records their identity now. Anything unexpected drops the file instead (the next
    /// report reads the journal whole).
    static func append(_ path: String, moment: Moment, before: [UInt64], now: [UInt64]?) {
        let fd = open(path, O_RDWR | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return }
        defer { close(fd) }
        fchmod(fd, SecureFile.fileMode)  // a cache of the journal is the owner's only, like the journal
        let prefix = headerStart(before), headerSize = prefix.count + 22
        var first = [UInt8](repeating: 0, count: headerSize + 260)
        let read = first.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard let now, read > headerSize, first[..<prefix.count].elementsEqual(prefix), first[headerSize - 1] == 10,
            let stored = UInt64(String(decoding: first[(prefix.count + 1)..<(headerSize - 1)], as: UTF8.self)),
            case let zoneLine = first[headerSize..<read].prefix(while: { $0 != 10 }),
            case let zoneText = String(decoding: zoneLine, as: UTF8.self), zoneText.hasPrefix("z\t"),
            let zone = TimeZone(identifier: LabelledTitlesFile.unescape(zoneText.dropFirst(2)))
        else {
            unlink(path)
            return
        }
        let added = Array(lines(for: moment, resolver: LocalDayResolver(fallback: zone)).utf8)
        let head = header(now, hash: hash(added, from: stored))
        let end = lseek(fd, 0, SEEK_END)
        guard head.count == headerSize, end >= 0,
            added.withUnsafeBytes({ pwrite(fd, $0.baseAddress, added.count, end) }) == added.count,
            head.withUnsafeBytes({ pwrite(fd, $0.baseAddress, head.count, 0) }) == head.count
        else {
            unlink(path)
            return
        }
    }

    /// The runs of `count` moments each, from where each moment lies in the file (`elements`,
    /// in the order of `moments`); nil when the two do not match.
    static func runs(elements: [Range<Int>], moments: ArraySlice<Moment>) -> [Run]? {
        guard elements.count == moments.count else { return nil }
        var runs = [Run]()
        var first = 0
        while first < elements.count {
            let last = min(first + momentsPerRun, elements.count) - 1
            var earliest = Int64.max, latest = Int64.min
            for moment in moments[(moments.startIndex + first)...(moments.startIndex + last)] {
                let millis = Int64((moment.at.timeIntervalSince1970 * 1000).rounded(.down))
                earliest = min(earliest, millis)
                latest = max(latest, millis + 1)
            }
            runs.append(Run(bytes: elements[first].lowerBound..<elements[last].upperBound, earliest: earliest, latest: latest))
            first = last + 1
        }
        return runs
    }
}
