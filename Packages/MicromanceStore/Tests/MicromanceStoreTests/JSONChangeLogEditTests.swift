import Foundation
import MicromanceModel
import MicromanceStoreTestKit
import Testing

@testable import MicromanceStore

/// The change log edited by hand: a last line damaged (not merely torn by a writer that died)
/// and a field the journal does not keep are reported with their line, never dropped.
@Suite struct JSONChangeLogEditTests {
    private func moment(_ index: Int) -> Moment { ConformanceFixtures.moment(index: index, giver: "alex", receiver: "sam") }

    /// A journal whose change log holds two lines, the second without its line break.
    private func journal(lastLine edit: (String) -> String) throws -> (TemporaryFolder, JSONJournalStore, String) {
        let folder = try TemporaryFolder()
        let store = JSONJournalStore(path: folder.path + "/journal.json")
        try store.save(try ConformanceFixtures.couple(moments: 1))
        for index in 30..<33 { try store.append(moment(index)) }
        var lines = try String(contentsOfFile: store.changesPath, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[lines.count - 1] = edit(lines[lines.count - 1])
        let text = lines.joined(separator: "\n")
        try Data(text.utf8).write(to: URL(fileURLWithPath: store.changesPath))
        return (folder, store, text)
    }

    /// Every way a writer can stop part-way through a line is torn; the whole line is whole.
    @Test func everyPrefixOfALineIsTorn() throws {
        var other = moment(8)
        other.title = "Café au lait ☕️, \"extra\" hot"
        other.note = "tab\there"
        for logged in [moment(7), other] {
            var entry = Journal()
            entry.moments = [logged]
            let line = JournalJSON.encode(entry).filter { $0 != 10 }
            for length in 1..<line.count {
                let kind = Array(line.prefix(length)).withUnsafeBufferPointer { JSONChangeLog.tail(of: $0) }
                #expect(kind == .torn, "\(length): \(String(decoding: line.prefix(length), as: UTF8.self))")
            }
            #expect(line.withUnsafeBufferPointer { JSONChangeLog.tail(of: $0) } == .whole)
        }
    }

    @Test(arguments: ["a stray quote", "a wrong value"])
    func aDamagedLastLineIsReportedAndKept(_ what: String) throws {
        let edit: (String) -> String =
            what == "a stray quote"
            ? { $0.replacingOccurrences(of: "\"title\" :", with: "\"title\"\" :") }
            : { $0.replacingOccurrences(of: "\"kind\" : \"gesture\"", with: "\"kind\" : \"favour\"") }
        let (folder, store, text) = try journal(lastLine: edit)
        defer { withExtendedLifetime(folder) {} }
        #expect(text.contains("\"title\"\" :") || text.contains("favour"), "\(what): the edit did not apply")
        for attempt in 0..<2 {
            do {
                if attempt == 0 { _ = try store.load() } else { try store.append(moment(40)) }
                Issue.record("\(what): a damaged last line was passed over")
            } catch {
                #expect("\(error)".contains("journal.changes.jsonl:2"), "\(what): \(error)")
            }
        }
        #expect(try String(contentsOfFile: store.changesPath, encoding: .utf8) == text)
        #expect(!FileManager.default.fileExists(atPath: store.changesPath + ".torn"))
    }

    /// Saved by an editor that starts files with a byte order mark, with or without a final
    /// line break: read whole.
    @Test func aByteOrderMarkIsSkipped() throws {
        for ending in ["", "\n"] {
            let (folder, store, text) = try journal { $0 + ending }
            defer { withExtendedLifetime(folder) {} }
            try Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)).write(to: URL(fileURLWithPath: store.changesPath))
            #expect(try store.load().moments.count == 4, "ending \(ending.debugDescription)")
            try store.append(moment(50))
            #expect(try store.load().moments.count == 5)
        }
    }

    @Test func aFieldAddedToALoggedMomentIsRefused() throws {
        let (folder, store, text) = try journal {
            $0.replacingOccurrences(of: "\"kind\" :", with: "\"mood\" : \"cosy\", \"kind\" :") + "\n"
        }
        defer { withExtendedLifetime(folder) {} }
        #expect(text.contains("mood"))
        do {
            _ = try store.load()
            Issue.record("a hand-added field in the change log was read and would be dropped")
        } catch {
            guard case let .corrupt(file, line, _, field, _) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(file == store.changesPath && line == 2 && field == "moments[0].mood", "\(error)")
        }
        #expect(throws: StoreError.self) { try store.update { $0.settings.dailyTarget = 2 } }
        #expect(try String(contentsOfFile: store.changesPath, encoding: .utf8) == text)
    }

    /// A line copied by hand: the same moment twice is read once; a copy edited into another
    /// moment under the same id would be lost at the next fold, so it stops with both lines.
    @Test func aMomentLoggedTwiceIsReadOnceOrRefusedWhenItDiffers() throws {
        for edited in [false, true] {
            let (folder, store, text) = try journal { line in
                let copy = edited ? line.replacingOccurrences(of: "\"title\" : \"", with: "\"title\" : \"Edited: ") : line
                return line + "\n" + copy + "\n"
            }
            defer { withExtendedLifetime(folder) {} }
            guard edited else {
                #expect(try store.load().moments.count == 4)
                continue
            }
            #expect(text.contains("Edited: "))
            do {
                _ = try store.load()
                Issue.record("a second, different line for the same moment was passed over")
            } catch {
                guard case let .corrupt(file, line, _, field, reason) = error else {
                    Issue.record("\(error)")
                    return
                }
                #expect(file == store.changesPath && line == 3 && field == "moments[].id", "\(error)")
                #expect(reason.contains("already on line 2") && reason.contains("keep one of the two lines"), "\(reason)")
            }
            #expect(throws: StoreError.self) { try store.update { $0.settings.dailyTarget = 2 } }
            #expect(try String(contentsOfFile: store.changesPath, encoding: .utf8) == text)
        }
    }

    /// A change log run through a pretty-printer: the error says the log wants one entry per line.
    @Test func aPrettyPrintedLineSaysOneEntryPerLine() throws {
        let (folder, store, text) = try journal { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)),
                let pretty = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted])
            else { return "not JSON" }
            return String(decoding: pretty, as: UTF8.self) + "\n"
        }
        defer { withExtendedLifetime(folder) {} }
        #expect(text.split(separator: "\n").count > 5)
        do {
            _ = try store.load()
            Issue.record("a pretty-printed change log was read")
        } catch {
            #expect("\(error)".contains("journal.changes.jsonl:2"), "\(error)")
            #expect("\(error)".contains("one whole entry per line"), "\(error)")
        }
    }
}
