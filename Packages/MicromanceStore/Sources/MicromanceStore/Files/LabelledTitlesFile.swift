import Foundation
import MicromanceModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What a quick append learns the couple's words from without reading the moments: each
/// distinct title they logged, with the love language and gesture it ended with
/// (`LearnedTitles.labelled(_:)`), oldest change first.
///
/// The file (0600; `.labelled-titles` beside the CSV store's `.moments-index`) is a cache
/// beside the ``MomentIndex`` and never the truth. Its first line records the tracked files as
/// they were after the store's own last write (size, modification and change times, inode, as
/// the index does); when one differs, the file is not used and the journal is read whole. Each
/// further line is `language TAB gesture TAB giver TAB receiver TAB device TAB times TAB
/// taught TAB title` (the device that set who gave it, how many of its moments of the title
/// went that way, a quick append adding a line of one, and a digit of two flags: 1 when the
/// couple gave the language, not a guess (`LabelledTitle.taught`), plus 2 when who gave it was
/// given, not followed from earlier moments (`LabelledTitle.directed`)), with backslash, tab
/// and line breaks in the title escaped. A file of an earlier format (`MMLT0001` without who
/// gave and received, `MMLT0002` without the count, `MMLT0003` without `taught`, `MMLT0004`
/// without `directed`) is not used either, so it is written again from the journal.
enum LabelledTitlesFile {
    private static let magic = "MMLT0005"

    /// The first line: the magic word and the table's identity, each number 20 digits wide,
    /// so that it can be written again in place.
    static func header(_ identity: [UInt64], magic: String = magic) -> [UInt8] {
        let numbers = identity.map { number -> String in
            let digits = String(number)
            return String(repeating: "0", count: max(0, 20 - digits.count)) + digits
        }
        return Array((magic + " " + numbers.joined(separator: " ") + "\n").utf8)
    }

    /// `text` with backslash, tab and line breaks escaped, to sit in one field of a line.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text.unicodeScalars {
            switch character {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// The text of a field written with ``escape(_:)``.
    static func unescape(_ field: Substring) -> String {
        guard field.utf8.contains(92) else { return String(field) }
        var text = "", escaped = false
        for character in field.unicodeScalars {
            if escaped {
                switch character {
                case "t": text += "\t"
                case "n": text += "\n"
                case "r": text += "\r"
                default: text.unicodeScalars.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                text.unicodeScalars.append(character)
            }
        }
        return text
    }

    static func line(_ label: LabelledTitle) -> [UInt8] {
        Array(
            ("\(label.language.rawValue)\t\(label.gesture?.rawValue ?? "")\t\(escape(label.giver?.rawValue ?? ""))\t"
                + "\(escape(label.receiver?.rawValue ?? ""))\t\(label.directedOn?.rawValue ?? "")\t\(label.times)\t"
                + "\((label.taught ? 1 : 0) + (label.directed ? 2 : 0))\t\(escape(label.title))\n").utf8)
    }

    /// Writes the labelled titles, recording the tracked files' `identity` as it is now.
    static func write(_ files: IndexedFiles, labelled: [LabelledTitle], identity: [UInt64]) {
        let path = files.titles
        var out = header(identity)
        for label in labelled { out += line(label) }
        do {
            let temporary = try SecureFile.writeTemporary(beside: path, bytes: out, flush: false)
            if rename(temporary, path) != 0 {
                unlink(temporary)
                unlink(path)
            }
        } catch {
            unlink(path)
        }
    }

    /// The labelled titles, or nil when the file is missing, damaged or records other files.
    /// Read as bytes: splitting the text as Swift characters cost more than the rest of `log`'s
    /// learning (1.6 M instructions for 70 titles).
    ///
    /// With `last`, only the file's last lines, that many: what `LearnedTitles` learns from
    /// (its `LearnedTitles.maximumTitles` latest). A journal of 50,000 distinct titles
    /// made a 4.8 MB file that each `log` read whole for a tenth of a second (BENCHMARKS.md).
    static func read(_ files: IndexedFiles, last: Int? = nil) -> [LabelledTitle]? {
        guard let identity = files.identity, let bytes = try? SecureFile.read(files.titles) else { return nil }
        return bytes.withUnsafeBufferPointer { bytes -> [LabelledTitle]? in
            let expected = header(identity)
            guard bytes.count >= expected.count, bytes.last == newline, expected.elementsEqual(bytes[..<expected.count])
            else { return nil }
            var labelled = [LabelledTitle]()
            var start = expected.count
            if let last { start = max(start, startOfLast(last, in: bytes)) }
            while start < bytes.count {
                guard let end = bytes[start...].firstIndex(of: newline),
                    let firstTab = bytes[start..<end].firstIndex(of: tab),
                    let secondTab = bytes[(firstTab + 1)..<end].firstIndex(of: tab),
                    let thirdTab = bytes[(secondTab + 1)..<end].firstIndex(of: tab),
                    let fourthTab = bytes[(thirdTab + 1)..<end].firstIndex(of: tab),
                    let fifthTab = bytes[(fourthTab + 1)..<end].firstIndex(of: tab),
                    let sixthTab = bytes[(fifthTab + 1)..<end].firstIndex(of: tab),
                    let seventhTab = bytes[(sixthTab + 1)..<end].firstIndex(of: tab), seventhTab == sixthTab + 2,
                    (UInt8(ascii: "0")...UInt8(ascii: "3")).contains(bytes[sixthTab + 1]),
                    let times = Int(String(decoding: bytes[(fifthTab + 1)..<sixthTab], as: UTF8.self)), times > 0,
                    let language = LoveLanguage(rawValue: String(decoding: bytes[start..<firstTab], as: UTF8.self))
                else { return nil }
                func field(_ range: Range<Int>) -> String? {
                    range.isEmpty ? nil : unescape(Substring(String(decoding: bytes[range], as: UTF8.self)))
                }
                let title = unescape(Substring(String(decoding: bytes[(seventhTab + 1)..<end], as: UTF8.self)))
                labelled.append(
                    LabelledTitle(
                        title: title, language: language, gesture: field((firstTab + 1)..<secondTab).map { Identifier($0) },
                        giver: field((secondTab + 1)..<thirdTab).map { Identifier($0) },
                        receiver: field((thirdTab + 1)..<fourthTab).map { Identifier($0) },
                        directedOn: field((fourthTab + 1)..<fifthTab).flatMap { DeviceID($0) }, times: times,
                        taught: (bytes[sixthTab + 1] - UInt8(ascii: "0")) & 1 != 0,
                        directed: (bytes[sixthTab + 1] - UInt8(ascii: "0")) & 2 != 0))
                start = end + 1
            }
            return labelled
        }
    }

    /// Where the last `count` lines of `bytes` (which ends with a line feed) begin; 0 when it
    /// holds no more lines than that.
    static func startOfLast(_ count: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard count > 0 else { return bytes.count }
        var seen = 0, index = bytes.count - 1
        while index > 0 {
            index -= 1
            if bytes[index] == newline {
                seen += 1
                if seen == count { return index + 1 }
            }
        }
        return 0
    }

    private static let newline = UInt8(ascii: "\n")
    private static let tab = UInt8(ascii: "\t")

    /// Adds the moment just written, the tracked files' identity before it being `before`:
    /// one line when it has a language, and the files' new identity in the first line.
    /// Anything unexpected drops the file instead (the next append reads the journal whole).
    static func append(_ files: IndexedFiles, moment: Moment, before: [UInt64]) {
        let path = files.titles
        guard let identityNow = files.identity else {
            unlink(path)
            return
        }
        let added = LabelledTitle(moment).map(line) ?? []
        appendInPlace(path, expected: header(before), head: header(identityNow), adding: added)
    }

    /// Appends `added` to the cache file at `path` whose first line is `expected`, then writes
    /// `head` (as long as `expected`) over that line. Anything unexpected removes the file.
    static func appendInPlace(_ path: String, expected: [UInt8], head: [UInt8], adding added: [UInt8]) {
        let fd = open(path, O_RDWR | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return }
        defer { close(fd) }
        fchmod(fd, SecureFile.fileMode)  // a cache of the journal is the owner's only, like the journal
        var first = [UInt8](repeating: 0, count: expected.count)
        guard head.count == expected.count,
            first.withUnsafeMutableBytes({ pread(fd, $0.baseAddress, expected.count, 0) }) == expected.count, first == expected
        else {
            unlink(path)
            return
        }
        let end = lseek(fd, 0, SEEK_END)
        guard end >= 0, added.withUnsafeBytes({ pwrite(fd, $0.baseAddress, added.count, end) }) == added.count,
            head.withUnsafeBytes({ pwrite(fd, $0.baseAddress, head.count, 0) }) == head.count
        else {
            unlink(path)
            return
        }
    }
}
