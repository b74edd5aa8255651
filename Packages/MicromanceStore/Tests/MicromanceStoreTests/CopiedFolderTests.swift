import Foundation
import MicromanceModel
import MicromanceStoreTestKit
import Testing

@testable import MicromanceStore

/// A CSV journal folder copied to a new laptop, restored from a backup or carried by a sync
/// tool: every table has a new inode and often a new time, and its bytes are as the store wrote them.
@Suite struct CopiedFolderTests {
    /// Copies the journal folder file by file (new inodes), each file's time set a minute later,
    /// as a copy that does not keep times leaves them.
    static func copy(_ folder: String, to target: String) throws {
        let files = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        for file in files.sorted() {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder + "/" + file, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                try FileManager.default.createDirectory(atPath: target + "/" + file, withIntermediateDirectories: true)
                continue
            }
            let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file))
            try bytes.write(to: URL(fileURLWithPath: target + "/" + file))
            let later = Date().addingTimeInterval(60)
            try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: target + "/" + file)
        }
    }

    @Test func aCopiedFolderIsNotTakenForOneEditedOutside() throws {
        let folder = freshPath(), copied = freshPath()
        let journal = try ConformanceFixtures.couple(moments: 6)
        try CSVJournalStore(folder: folder).save(journal)
        try Self.copy(folder, to: copied)
        #expect(!CSVWrittenCopy.differs(copied), "a copy with the same bytes was read as edited")
        #expect(try CSVJournalStore(folder: copied).load() == journal)
        // An edit made in the copy afterwards is still an edit.
        try SpreadsheetEditTests.saveAsASpreadsheetWould(copied) { rows in
            let note = SpreadsheetEditTests.column(rows, "note")
            rows[1][note] = "typed on the new laptop"
        }
        #expect(CSVWrittenCopy.differs(copied))
        let edited = try CSVJournalStore(folder: copied).load()
        #expect(edited.moments.contains { $0.note == "typed on the new laptop" })
    }

    @Test func theFirstAppendInACopiedFolderNotesEveryTableAgain() throws {
        let folder = freshPath(), copied = freshPath()
        var journal = try ConformanceFixtures.couple(moments: 4)
        try CSVJournalStore(folder: folder).save(journal)
        try Self.copy(folder, to: copied)
        let store = CSVJournalStore(folder: copied)
        // The index beside the table names the table's old inode: this first append reads the
        // table once to make it again (the journal is not rewritten).
        var appending = try store.loadForAppending()
        let moment = ConformanceFixtures.moment(index: 50, giver: "alex", receiver: "sam")
        try store.append(moment, to: &appending)
        journal.moments.append(moment)
        #expect(try store.load() == journal)
        #expect(try !store.loadForAppending().momentsLoaded, "the next append still reads the whole table")
        // The partners table's identity was noted again: a later read no longer compares it
        // with its copy (which is changed here behind the store's back to show it).
        let kept = copied + "/" + CSVWrittenCopy.name + "/partners.csv"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: kept))
        bytes.append(contentsOf: Array("\n".utf8))
        try bytes.write(to: URL(fileURLWithPath: kept))
        #expect(!CSVWrittenCopy.differs(copied))
    }

    /// A copy of the tables alone (`cp folder/*`, which leaves hidden folders behind) cannot
    /// tell a hand edit from the store's own writing; its first append makes the copies, so
    /// that the edits made after it are edits.
    @Test func aCopyWithoutTheHiddenFolderGetsOneAtItsFirstAppend() throws {
        let folder = freshPath(), copied = freshPath()
        var journal = try ConformanceFixtures.couple(moments: 4)
        try CSVJournalStore(folder: folder).save(journal)
        try FileManager.default.createDirectory(atPath: copied, withIntermediateDirectories: true)
        for table in CSVTables.all where FileManager.default.fileExists(atPath: folder + "/" + table) {
            try FileManager.default.copyItem(atPath: folder + "/" + table, toPath: copied + "/" + table)
        }
        chmod(copied, 0o755)  // made by hand, as `mkdir` leaves it
        let store = CSVJournalStore(folder: copied)
        var appending = try store.loadForAppending()
        let moment = ConformanceFixtures.moment(index: 60, giver: "sam", receiver: "alex")
        try store.append(moment, to: &appending)
        journal.moments.append(moment)
        #expect(FileManager.default.fileExists(atPath: copied + "/" + CSVWrittenCopy.name + "/moments.csv"))
        let mode = try FileManager.default.attributesOfItem(atPath: copied)[.posixPermissions] as? Int
        #expect(mode == 0o700, "the folder others could list stayed so")
        #expect(!CSVWrittenCopy.differs(copied))
        #expect(try store.load() == journal)
        try SpreadsheetEditTests.saveAsASpreadsheetWould(copied) { rows in
            rows[1][SpreadsheetEditTests.column(rows, "note")] = "typed after the first log"
        }
        let edited = try store.load()
        let changed = try #require(edited.moments.first { $0.note == "typed after the first log" })
        #expect(changed.changes.fields["note"] != nil, "the edit has no stamp of its own: a merge would undo it")
    }

    @Test func aTableWithTheCopysSizeButOtherBytesIsAnEdit() throws {
        let folder = freshPath()
        try CSVJournalStore(folder: folder).save(try ConformanceFixtures.couple(moments: 3))
        let path = folder + "/moments.csv"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        // One letter of a title changed for another: the same size, a different table.
        guard let range = text.range(of: ",gesture,") else {
            Issue.record("no moment of kind gesture in the fixture")
            return
        }
        text.replaceSubrange(range, with: ",gestuRe,")
        try FileManager.default.removeItem(atPath: path)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        #expect(!CSVWrittenCopy.sameAsCopy(folder, CSVTables.moments))
        #expect(CSVWrittenCopy.differs(folder))
    }
}
