import Foundation
import MicromanceModel
import MicromanceStoreTestKit
import Testing

@testable import MicromanceStore

@Suite struct CSVReaderTests {
    func values(_ text: String) throws -> [[String]] {
        try CSVReader.records(Array(text.utf8)).map { $0.fields.map(\.value) }
    }

    @Test func readsRFC4180() throws {
        #expect(try values("a,b\n1,2\n") == [["a", "b"], ["1", "2"]])
        #expect(try values("a,b\r\n1,2") == [["a", "b"], ["1", "2"]])
        #expect(try values("\"x, y\",\"say \"\"hi\"\"\"\n") == [["x, y", "say \"hi\""]])
        #expect(try values("\"multi\r\nline\",z\n") == [["multi\r\nline", "z"]])
        #expect(try values("a,\n,b\n") == [["a", ""], ["", "b"]])
        #expect(try values("a\n\n\nb\n") == [["a"], ["b"]])
        #expect(try values("\u{FEFF}h\n") == [["h"]])
    }

    @Test func tellsEmptyFromMissing() throws {
        let fields = try #require(CSVReader.records(Array("\"\",\n".utf8)).first).fields
        #expect(fields == [CSVReader.Field(value: "", quoted: true), CSVReader.Field(value: "", quoted: false)])
    }

    @Test func recordsStartLines() throws {
        let records = try CSVReader.records(Array("h\n\"a\nb\nc\"\nnext\n".utf8))
        #expect(records.map(\.line) == [1, 2, 5])
    }

    @Test(arguments: [
        ("a,\"open\n", 1, 3, "never closes: if this quote is a stray one, remove it"),
        ("x\n\"a\"b\n", 2, 4, "after the quote at column 3, which closes the quoted field opened at column 1"),
        ("ok\nab\"c\n", 2, 3, "write each quote inside it as \"\""),
        // A stray opening quote swallows lines up to the next quote: named where it opens.
        ("x\na,\"stray\nm,n\np,\"q\",r\n", 2, 3, "runs on to line 4, column 3"),
        // Columns are characters, as an editor counts them, not bytes (a new user's trial).
        ("x\nCafé ☕ 😘 x\"y\n", 2, 11, "a '\"' inside a field"),
        ("x\n\"é☕\"b\n", 2, 5, "after the quote at column 4, which closes the quoted field opened at column 1"),
        ("x\né,\"ü\n", 2, 3, "never closes"),
    ])
    func errorsGiveLineAndColumn(text: String, line: Int, column: Int, words: String) {
        #expect(throws: CSVReader.Failure.self) { try CSVReader.records(Array(text.utf8)) }
        do { _ = try CSVReader.records(Array(text.utf8)) } catch {
            #expect(error.line == line && error.column == column, "\(error)")
            #expect(error.reason.contains(words))
        }
    }

    @Test func guardsFormulasLosslessly() {
        for text in ["=HYPERLINK(\"x\")", "+1", "-2", "@A1", "\tx", "\rx", "'quoted", "''", "plain", ""] {
            var out = [UInt8]()
            CSVCell.append(text, to: &out)
            let written = String(decoding: out, as: UTF8.self)
            if CSVCell.needsGuard(text) { #expect(written.hasPrefix("'") || written.hasPrefix("\"'"), "\(written)") }
            let read = (try? CSVReader.records(out + [10]).first?.fields.first?.value).flatMap { $0 }.map(CSVCell.unguard)
            #expect(read == text, "\(text)")
        }
    }
}

@Suite struct CSVStoreTests {
    @Test func writesReadableTablesOwnerOnly() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        var journal = try ConformanceFixtures.couple(moments: 2)
        journal.moments[0].note = "=HYPERLINK(\"x\")"
        try store.save(journal)
        let moments = try String(contentsOfFile: folder + "/moments.csv", encoding: .utf8)
        #expect(moments.hasPrefix("id,at,timeZone,giver,receiver,kind,language,gesture,response,ritual,title,note,changes\n"))
        #expect(moments.contains("\"'=HYPERLINK(\"\"x\"\")\""))
        #expect(try store.load() == journal)
        for name in ["settings.csv", "partners.csv", "dates.csv", "rituals.csv", "moments.csv", "removed.csv"] {
            #expect(try permissions(folder + "/" + name) == 0o600, "\(name)")
        }
        #expect(try permissions(folder) == 0o700)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") || $0 == ".pending" }
        #expect(leftovers.isEmpty)
    }

    @Test func appendAddsOneRowWithoutRewriting() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        try store.save(try ConformanceFixtures.couple(moments: 3))
        let path = folder + "/moments.csv"
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let inode = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? NSNumber
        try store.append(ConformanceFixtures.moment(index: 50, giver: "alex", receiver: "sam"))
        let after = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(after.prefix(before.count) == before)
        #expect(String(decoding: after.dropFirst(before.count), as: UTF8.self).filter { $0 == "\n" }.count == 1)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? NSNumber == inode)
        #expect(try store.load().moments.count == 4)
    }

    @Test func appendRepairsAMissingFinalLineBreak() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        try store.save(try ConformanceFixtures.couple(moments: 1))
        let path = folder + "/moments.csv"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text.removeLast()
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        try store.append(ConformanceFixtures.moment(index: 9, giver: "alex", receiver: "sam"))
        #expect(try store.load().moments.count == 2)
    }

    @Test func acceptsCRLFAndReorderedColumns() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        try store.save(try ConformanceFixtures.couple(moments: 0))
        let table =
            "title,id,at,timeZone,giver,receiver,kind,language,gesture,response,note\r\n"
            + "\"Hug, long\",m1,2026-11-24T08:00:00Z,UTC,alex,sam,gesture,touch,,,\"\"\r\n"
        try table.write(toFile: folder + "/moments.csv", atomically: false, encoding: .utf8)
        let moment = try #require(store.load().moments.first)
        #expect(moment.title == "Hug, long" && moment.language == .touch && moment.note == "" && moment.gestureID == nil)
    }

    @Test func errorsNameTableLineAndColumn() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        try store.save(try ConformanceFixtures.couple(moments: 3))
        let path = folder + "/moments.csv"
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        // Line 4 is moment 1 (moment 0 takes lines 2 and 3: its note has a line break).
        #expect(lines[3].hasPrefix("c000000000000001,2026-01-01T"))
        lines[3] = lines[3].replacingOccurrences(of: "2026-01-01T", with: "2026-13-01T")
        try lines.joined(separator: "\n").write(toFile: path, atomically: false, encoding: .utf8)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            _ = try store.load()
            Issue.record("loaded a bad timestamp")
        } catch {
            guard case let .corrupt(file, line, _, field, _) = error else { Issue.record("\(error)"); return }
            #expect(file == path && line == 4 && field == "at (column 2)")
            #expect(error.description.contains("moments.csv:4"))
        }
        #expect(throws: StoreError.self) { try store.append(ConformanceFixtures.moment(index: 5, giver: "alex", receiver: "sam")) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func unknownPartnerPointsAtTheRow() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        try store.save(try ConformanceFixtures.couple(moments: 2))
        let path = folder + "/moments.csv"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: ",sam,alex,", with: ",robin,alex,").write(toFile: path, atomically: false, encoding: .utf8)
        do {
            _ = try store.load()
            Issue.record("loaded an unknown partner")
        } catch {
            guard case let .invalid(file, line, _) = error else { Issue.record("\(error)"); return }
            #expect(file == path)
            #expect(line == 4)  // header, moment 0 (two lines: its note has a line break), moment 1
        }
    }

    /// What a person who edited a table by hand reads: a rule broken says to fix that line; a
    /// timestamp in the right form but out of range says so, not that the form is wrong; a row
    /// with a cell too many does not speak of a missing comma (found by a new user's trial).
    @Test func handEditsAreExplainedWithWhatToDo() throws {
        let folder = freshPath()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = CSVJournalStore(folder: folder)
        try store.save(try ConformanceFixtures.couple(moments: 2))
        let path = folder + "/moments.csv"
        let original = try String(contentsOfFile: path, encoding: .utf8)
        func message(_ edit: (String) -> String) throws -> String {
            try edit(original).write(toFile: path, atomically: false, encoding: .utf8)
            do {
                _ = try store.load()
                return "loaded"
            } catch {
                return "\(error)"
            }
        }
        let robin = try message { $0.replacingOccurrences(of: ",sam,alex,", with: ",robin,alex,") }
        #expect(robin.hasSuffix("The journal was not changed; fix that line in a text editor (or restore a backup) and try again"))
        let lines = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let firstAt = try #require(lines[1].split(separator: ",").dropFirst().first).description
        // A zone typed a letter off is answered with the one meant, then what to do.
        let zone = try #require(lines[1].split(separator: ",").dropFirst(2).first).description
        let typo = try message { $0.replacingOccurrences(of: ",\(zone),", with: ",Europe/Pariss,") }
        #expect(typo.contains("is not a known time zone; did you mean Europe/Paris? The journal was not changed; fix that line"), "\(typo)")
        for (stamp, outside) in [
            ("0001-01-01T00:30:00+01:00", true), ("0000-06-01T08:00:00Z", true), ("9999-01-01T08:00:00Z", true),
            ("9998-12-31T23:30:00-01:00", true), ("2026-02-30T08:00:00Z", false), ("9998-02-29T08:00:00Z", false),
            ("2027-02-29T10:00:00+01:00", false),
            ("2026-13-04T10:00:00.250+01:00", false),
        ] {
            let text = try message { $0.replacingOccurrences(of: firstAt, with: stamp) }
            #expect(text.contains("is outside the years a journal can hold (1 to 9998, in UTC)") == outside, "\(stamp): \(text)")
            #expect(text.contains("names a day or time that does not exist") == !outside, "\(stamp): \(text)")
            #expect(text.contains(":2:"), "\(stamp): \(text)")
        }
        let extra = try message { text in
            // The last moment's row (the first holds a note with a line break).
            var rows = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            rows[rows.count - 2] += ",oops"
            return rows.joined(separator: "\n")
        }
        #expect(extra.contains("has 14 cells but the header has 13; a comma may be one too many"), "\(extra)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) != original)  // the last edit is still there: nothing was rewritten
    }

    @Test func anInterruptedSaveIsFinishedOnTheNextLoad() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        let old = try ConformanceFixtures.couple(moments: 2)
        try store.save(old)
        // Simulate a crash after the list of renames was written but before the renames ran.
        let new = try ConformanceFixtures.couple(moments: 5)
        var list = ""
        for (name, bytes) in CSVJournalEncoder.tables(new) {
            let temporary = try SecureFile.writeTemporary(beside: folder + "/" + name, bytes: bytes)
            list += "\((temporary as NSString).lastPathComponent)\t\(name)\n"
        }
        try SecureFile.replace(folder + "/.pending", with: Array(list.utf8))
        #expect(try store.load() == new)
        #expect(!FileManager.default.fileExists(atPath: folder + "/.pending"))
    }

    @Test func newerSchemaIsRefused() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        try store.save(Journal())
        try "key,value\nschemaVersion,9\n".write(toFile: folder + "/settings.csv", atomically: false, encoding: .utf8)
        #expect(throws: StoreError.self) { try store.load() }
    }
}

@Suite struct RegistryTests {
    @Test func resolvesSchemesExtensionsAndFolders() throws {
        let registry = StoreRegistry()
        #expect(try registry.open("json:/tmp/x") is JSONJournalStore)
        #expect(try registry.open("/tmp/x.json") is JSONJournalStore)
        #expect(try registry.open("/tmp/x.JSON") is JSONJournalStore)
        #expect(try registry.open("csv:/tmp/x.json") is CSVJournalStore)
        #expect(try registry.open("/tmp/new-folder") is CSVJournalStore)
        #expect(try registry.open(NSTemporaryDirectory()) is CSVJournalStore)
        #expect(try registry.open("memory:") is MemoryJournalStore)
        #expect(throws: StoreError.self) { try registry.open("/tmp/journal.yaml") }
        #expect(throws: StoreError.self) { try registry.open("ftp:host") }
    }

    @Test func memoryStoresAreSharedByNameWithinARegistry() throws {
        let registry = StoreRegistry()
        try registry.open("memory:a").save(Journal())
        #expect(try registry.open("memory:a").exists)
        #expect(try !registry.open("memory:b").exists)
        #expect(try !StoreRegistry().open("memory:a").exists)
    }

    @Test func thirdPartiesRegisterTheirOwn() throws {
        let registry = StoreRegistry()
        registry.register(scheme: "test") { name in MemoryJournalStore(name: "custom-" + name) }
        registry.register(fileExtension: "mm") { path in MemoryJournalStore(name: path) }
        #expect(try registry.open("test:x").location == "memory:custom-x")
        #expect(try registry.open("/a/b.mm").location == "memory:/a/b.mm")
        #expect(registry.registeredSchemes == ["csv", "json", "memory", "test"])
        #expect(throws: StoreError.self) { try StoreRegistry().open("test:x") }
    }
}

@Suite struct LockTests {
    @Test func jsonAppendsFromManyThreadsLoseNothing() throws {
        let store = JSONJournalStore(path: freshPath("/journal.json"))
        try store.save(try ConformanceFixtures.couple(moments: 0))
        DispatchQueue.concurrentPerform(iterations: 4) { writer in
            for n in 0..<20 {
                try? store.append(ConformanceFixtures.moment(index: writer * 100 + n, giver: "alex", receiver: "sam"))
            }
        }
        #expect(try store.load().moments.count == 80)
        // The lock files were removed as each writer let go: nothing is left beside the journal
        // but its change log, which holds 79 lines (the first moment went into the document),
        // and the index of both.
        let folder = (store.path as NSString).deletingLastPathComponent
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder)) == Self.journalFiles)
        #expect(try String(contentsOfFile: store.changesPath, encoding: .utf8).split(separator: "\n").count == 79)
    }

    @Test func aFailedCommandOnANewPathLeavesNothingBehind() throws {
        let root = freshPath()
        let store = JSONJournalStore(path: root + "/a/b/c/journal.json")
        #expect(throws: StoreError.self) {
            try store.withExclusiveAccess { () throws(StoreError) in _ = try store.load() }
        }
        #expect(!FileManager.default.fileExists(atPath: root + "/a"))
        // A lock left by a crash is taken over and removed.
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: root + "/.journal.json.lock", contents: nil))
        let kept = JSONJournalStore(path: root + "/journal.json")
        try kept.save(try ConformanceFixtures.couple(moments: 1))
        try kept.append(ConformanceFixtures.moment(index: 3, giver: "alex", receiver: "sam"))
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: root)) == Self.journalFiles)
    }

    static let journalFiles: Set = [
        "journal.json", "journal.changes.jsonl", ".journal.json.index", ".journal.json.titles", ".journal.json.history",
    ]
}
