import Foundation
import MicromanceModel
import MicromanceStoreTestKit
import Testing

@testable import MicromanceStore

/// The JSON store's change log: appends land in `journal.changes.jsonl`, whatever writes the
/// whole journal folds them in, and a crash at any step loses and resurrects nothing.
@Suite struct JSONChangeLogTests {
    private func moment(_ index: Int) -> Moment { ConformanceFixtures.moment(index: index, giver: "alex", receiver: "sam") }

    private func document(_ store: JSONJournalStore) throws -> String { try String(contentsOfFile: store.path, encoding: .utf8) }

    /// A couple with one moment, then moment `first` (into the document) and `first + 1` (the
    /// change log's one line). The folder lives as long as the caller keeps it.
    private func journalWithOneLoggedLine(first: Int) throws -> (TemporaryFolder, JSONJournalStore) {
        let folder = try TemporaryFolder()
        let store = JSONJournalStore(path: folder.path + "/journal.json")
        try store.save(try ConformanceFixtures.couple(moments: 1))
        try store.append(moment(first))
        try store.append(moment(first + 1))
        return (folder, store)
    }

    @Test func anAppendWritesOneLineAndLeavesTheDocumentAlone() throws {
        let folder = try TemporaryFolder()
        let store = JSONJournalStore(path: folder.path + "/journal.json")
        try store.save(try ConformanceFixtures.couple(moments: 3))
        // The first moment after a fold goes into the document, which then names the log.
        try store.append(moment(9))
        let before = try document(store)
        #expect(before.contains("\"changeLog\" : \"journal.changes.jsonl\"") && before.contains(moment(9).id.rawValue))
        #expect(try String(contentsOfFile: store.changesPath, encoding: .utf8).isEmpty)
        try store.append(moment(10))
        try store.append(moment(11))
        #expect(try document(store) == before)
        #expect(store.changesPath == folder.path + "/journal.changes.jsonl")
        let lines = try String(contentsOfFile: store.changesPath, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2 && lines.allSatisfy { $0.contains("\"moments\"") })
        #expect(try permissions(store.changesPath) == 0o600)
        let loaded = try store.load()
        #expect(loaded.moments.count == 6)
        #expect(loaded.moments.suffix(2).map(\.id) == [moment(10).id, moment(11).id])
        // Any other write folds the log into the document.
        try store.update { $0.moments[0].note = "folded" }
        #expect(!FileManager.default.fileExists(atPath: store.changesPath))
        #expect(try !document(store).contains("changeLog"))
        #expect(try JSONJournalStore(path: store.path).load() == loaded.withFirstNote("folded"))
    }

    @Test func anAppendPastTheSizeFolds() throws {
        let folder = try TemporaryFolder()
        let store = JSONJournalStore(path: folder.path + "/journal.json", compactAfterBytes: 2_000)
        try store.save(try ConformanceFixtures.couple(moments: 0))
        var sizes = [Int]()
        for index in 0..<12 {
            try store.append(moment(index))
            sizes.append(JSONChangeLog.size(store.changesPath) ?? 0)
        }
        // The log grew, then was folded (gone) at least once, and nothing was lost.
        #expect(sizes.dropFirst().contains(0) && sizes.contains { $0 > 0 })
        #expect(try store.load().moments.map(\.id) == (0..<12).map { moment($0).id })
    }

    @Test func aTornLastLineIsLeftOutThenCutOff() throws {
        let (folder, store) = try journalWithOneLoggedLine(first: 19)
        defer { withExtendedLifetime(folder) {} }
        // A writer died halfway through its line: it was never acknowledged.
        let handle = try #require(FileHandle(forWritingAtPath: store.changesPath))
        handle.seekToEndOfFile()
        handle.write(Data("{\"moments\":[{\"id\":\"half".utf8))
        handle.closeFile()
        #expect(try store.load().moments.count == 3)
        try store.append(moment(21))
        let text = try String(contentsOfFile: store.changesPath, encoding: .utf8)
        #expect(!text.contains("half") && text.split(separator: "\n").count == 2)
        // Set aside, not destroyed: a hand edit that only looked torn can be mended from there.
        #expect(try String(contentsOfFile: store.changesPath + ".torn", encoding: .utf8) == "{\"moments\":[{\"id\":\"half\n")
        #expect(try permissions(store.changesPath + ".torn") & 0o077 == 0)
        #expect(try store.load().moments.map(\.id).suffix(2) == [moment(20).id, moment(21).id])
    }

    /// A journal renamed without its change log: the error names the log it has and the name
    /// to give it, rather than a file that exists nowhere; renamed, it opens whole.
    @Test func aRenamedJournalSaysToRenameItsChangeLog() throws {
        let (folder, store) = try journalWithOneLoggedLine(first: 50)
        let whole = try store.load()
        let renamed = folder.path + "/solo.json"
        try FileManager.default.moveItem(atPath: store.path, toPath: renamed)
        do {
            _ = try JSONJournalStore(path: renamed).load()
            Issue.record("opened without its change log")
        } catch {
            #expect("\(error)".contains("rename journal.changes.jsonl to solo.changes.jsonl"), "\(error)")
        }
        try FileManager.default.moveItem(atPath: store.changesPath, toPath: folder.path + "/solo.changes.jsonl")
        #expect(try JSONJournalStore(path: renamed).load() == whole)
    }

    /// An editor that saves without a final line break (VS Code does by default) leaves a
    /// whole last line without one: it is kept, read, and the next line goes after it.
    @Test func aWholeLastLineWithoutItsLineBreakIsKept() throws {
        let (folder, store) = try journalWithOneLoggedLine(first: 40)
        defer { withExtendedLifetime(folder) {} }
        var text = try String(contentsOfFile: store.changesPath, encoding: .utf8)
        text = text.replacingOccurrences(of: "Gesture 41", with: "Gesture forty-one")
        while text.hasSuffix("\n") { text.removeLast() }
        try text.write(toFile: store.changesPath, atomically: false, encoding: .utf8)
        #expect(try store.load().moments.last?.title.hasPrefix("Gesture forty-one") == true)
        try store.append(moment(42))
        let loaded = try store.load()
        #expect(loaded.moments.map(\.id).suffix(2) == [moment(41).id, moment(42).id])
        #expect(loaded.moments.suffix(2).first?.title.hasPrefix("Gesture forty-one") == true)
        #expect(try String(contentsOfFile: store.changesPath, encoding: .utf8).split(separator: "\n").count == 2)
    }

    @Test func aCrashBetweenTheFoldAndDeletingTheLogBringsNothingBack() throws {
        let folder = try TemporaryFolder()
        let store = JSONJournalStore(path: folder.path + "/journal.json")
        try store.save(try ConformanceFixtures.couple(moments: 1))
        try store.append(moment(30))
        try store.append(moment(31))
        let log = try Data(contentsOf: URL(fileURLWithPath: store.changesPath))
        // Removing moment 30 the way the CLI does (the removal stamped, so a record stays).
        var journal = try store.load()
        let before = journal
        journal.moments.removeAll { $0.id == moment(30).id }
        journal.stampChanges(since: before, at: ChangeStamp(millis: 1_900_000_000_000, device: DeviceID("laptop") ?? .imported))
        try store.save(journal)
        // The power went before the log was deleted: it is still there.
        try log.write(to: URL(fileURLWithPath: store.changesPath))
        let reloaded = try store.load()
        #expect(!reloaded.moments.contains { $0.id == moment(30).id }, "a removed moment came back")
        #expect(reloaded.moments.filter { $0.id == moment(31).id }.count == 1, "a folded moment was counted twice")
        #expect(reloaded == journal)
    }

    /// A line whose moment was given, by hand, the id of another moment of the document is
    /// refused with its line: it used to be left out as if a fold had already written it, and
    /// the next fold lost it (found by a new user's trial). The same moment again (a crash
    /// between the fold and deleting the log) is still left out.
    @Test func aLineGivenAnotherMomentsIdIsRefused() throws {
        let folder = try TemporaryFolder()
        let store = JSONJournalStore(path: folder.path + "/journal.json")
        let couple = try ConformanceFixtures.couple(moments: 1)
        try store.save(couple)
        try store.append(moment(39))  // the first append writes the document (see journalWithOneLoggedLine)
        var logged = moment(40)
        logged.changes = Changes(created: ChangeStamp(millis: 1_800_000_000_000, device: DeviceID("phone") ?? .imported))
        try store.append(logged)
        let held = try #require(couple.moments.first).id.rawValue
        let line = try String(contentsOfFile: store.changesPath, encoding: .utf8)
        #expect(line.contains(logged.id.rawValue))
        let text = line.replacingOccurrences(of: logged.id.rawValue, with: held)
        try text.write(toFile: store.changesPath, atomically: false, encoding: .utf8)
        let snapshot = try document(store)
        do {
            _ = try store.load()
            Issue.record("a moment given another's id was left out")
        } catch {
            #expect(
                error.description.contains("journal.changes.jsonl:1") && error.description.contains("has the id of another moment"),
                "\(error)")
        }
        #expect(try document(store) == snapshot && (try String(contentsOfFile: store.changesPath, encoding: .utf8)) == text)
    }

    @Test func aBadLineIsNamedWithItsLineAndNothingIsWritten() throws {
        let (folder, store) = try journalWithOneLoggedLine(first: 39)
        defer { withExtendedLifetime(folder) {} }
        var text = try String(contentsOfFile: store.changesPath, encoding: .utf8)
        text += "{\"moments\": [ nope ]}\n"
        try text.write(toFile: store.changesPath, atomically: false, encoding: .utf8)
        let snapshot = try document(store)
        do {
            _ = try store.load()
            Issue.record("a damaged change log was read")
        } catch {
            #expect(error.description.contains("journal.changes.jsonl") && error.description.contains(":2"), "\(error)")
        }
        #expect(throws: StoreError.self) { try store.append(moment(41)) }
        #expect(try document(store) == snapshot && (try String(contentsOfFile: store.changesPath, encoding: .utf8)) == text)
    }

    @Test func aLogWithoutItsDocumentIsNeitherReadAsEmptyNorDeleted() throws {
        let folder = try TemporaryFolder()
        let store = JSONJournalStore(path: folder.path + "/journal.json")
        try store.save(try ConformanceFixtures.couple(moments: 1))
        try store.append(moment(50))
        try FileManager.default.removeItem(atPath: store.path)
        #expect(throws: StoreError.self) { try store.load() }
        #expect(throws: StoreError.self) { try store.save(try ConformanceFixtures.couple(moments: 0)) }
        #expect(FileManager.default.fileExists(atPath: store.changesPath))
    }

    @Test func aCopyOfTheDocumentAloneSaysWhereItsLatestMomentsAre() throws {
        let folder = try TemporaryFolder()
        let store = JSONJournalStore(path: folder.path + "/journal.json")
        try store.save(try ConformanceFixtures.couple(moments: 1))
        for index in 60..<63 { try store.append(moment(index)) }
        let copy = JSONJournalStore(path: folder.path + "/copy.json")
        try FileManager.default.copyItem(atPath: store.path, toPath: copy.path)
        do {
            _ = try copy.load()
            Issue.record("a copy of the document alone opened as if it were the whole journal")
        } catch {
            // Here the change log it was saved with is beside it, under the other name.
            #expect("\(error)".contains("latest moments are in journal.changes.jsonl"), "\(error)")
            #expect("\(error)".contains("if the journal under the old name still uses it"), "\(error)")
        }
        // Copied alone into another folder under another name: the error says which file to copy and what to call it.
        try FileManager.default.createDirectory(atPath: folder.path + "/elsewhere", withIntermediateDirectories: false)
        let away = JSONJournalStore(path: folder.path + "/elsewhere/v1.json")
        try FileManager.default.copyItem(atPath: store.path, toPath: away.path)
        do {
            _ = try away.load()
            Issue.record("a copy of the document alone opened as if it were the whole journal")
        } catch {
            let text = "\(error)"
            #expect(text.contains("its change log, saved as journal.changes.jsonl, which is not beside it"), "\(text)")
            #expect(text.contains("copy journal.changes.jsonl from where this journal came from and name it v1.changes.jsonl"), "\(text)")
            #expect(!text.contains("copy it here as"), "\(text)")
        }
        // Told to go on without them, by an empty change log.
        #expect(FileManager.default.createFile(atPath: copy.changesPath, contents: Data()))
        #expect(try copy.load().moments.count == 2)
        #expect(try store.load().moments.count == 4)
    }

    @Test(arguments: ["/j/journal.json", "/j/ours", "/j/our.data.json"])
    func theLogSitsBesideTheDocument(path: String) {
        let expected = [
            "/j/journal.json": "/j/journal.changes.jsonl", "/j/ours": "/j/ours.changes.jsonl",
            "/j/our.data.json": "/j/our.data.changes.jsonl",
        ]
        #expect(JSONJournalStore(path: path).changesPath == expected[path])
    }
}

extension Journal {
    fileprivate func withFirstNote(_ note: String) -> Journal {
        var copy = self
        copy.moments[0].note = note
        return copy
    }
}

/// What an editor does to a journal file.
@Suite struct EditedDocumentTests {
    @Test func aByteOrderMarkIsSkipped() throws {
        let folder = try TemporaryFolder()
        let store = JSONJournalStore(path: folder.path + "/journal.json")
        let journal = try ConformanceFixtures.couple(moments: 2)
        try store.save(journal)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: store.path))
        try (Data([0xEF, 0xBB, 0xBF]) + bytes).write(to: URL(fileURLWithPath: store.path))
        #expect(try store.load() == journal)
    }
}
