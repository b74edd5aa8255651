import Foundation
import MicromanceModel
import MicromanceStoreTestKit
import Testing

@testable import MicromanceStore

/// A spreadsheet is an editor: what a person changes in the tables is a change, what the
/// spreadsheet changes on its own is damage.
@Suite struct SpreadsheetEditTests {
    /// Rewrites `moments.csv` as a spreadsheet does when it saves: a new file in its place.
    static func saveAsASpreadsheetWould(_ folder: String, _ edit: (inout [[String]]) -> Void) throws {
        let path = folder + "/moments.csv"
        let records = try CSVReader.records(try SecureFile.read(path))
        var rows = records.map { $0.fields.map(\.value) }
        edit(&rows)
        // Cells as they are (their guards included), quoted where they need it.
        let text = rows.map { row in
            row.map { cell in
                cell.contains(where: { ",\"\n;\t".contains($0) }) ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
            }.joined(separator: ",") + "\n"
        }.joined()
        let bytes = Array(text.utf8)
        try FileManager.default.removeItem(atPath: path)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    static func column(_ rows: [[String]], _ name: String) -> Int { rows[0].firstIndex(of: name) ?? 0 }

    /// What loading `store` is refused with (an issue is recorded when it is not), after
    /// checking that the refusal left `moments.csv` as it was.
    static func refusal(of store: CSVJournalStore, _ folder: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let path = folder + "/moments.csv"
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        defer {
            #expect((try? Data(contentsOf: URL(fileURLWithPath: path))) == before, "the table changed", sourceLocation: sourceLocation)
        }
        do {
            _ = try store.load()
            Issue.record("the table was read", sourceLocation: sourceLocation)
            return ""
        } catch {
            return "\(error)"
        }
    }

    /// A row as a person types one into the table: these cells filled, every other one empty.
    static func typedRow(_ rows: [[String]], _ cells: [String: String]) -> [String] {
        var row = Array(repeating: "", count: rows[0].count)
        for (name, value) in cells { row[column(rows, name)] = value }
        return row
    }

    /// A one-moment journal in `zone` (with `partnerZones` set), saved, then rows typed into
    /// its moments table as a spreadsheet would save them.
    static func typedRows(
        zone: String, partnerZones: [Identifier<Partner>: String] = [:], _ typed: [[String: String]]
    ) throws -> (store: CSVJournalStore, folder: String) {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        var journal = try ConformanceFixtures.couple(moments: 1)
        journal.settings.timeZone = zone
        journal.settings.partnerTimeZones = partnerZones
        try store.save(journal)
        try saveAsASpreadsheetWould(folder) { rows in
            for cells in typed { rows.append(typedRow(rows, cells)) }
        }
        return (store, folder)
    }

    @Test func editsAndDeletionsSurviveAMergeWithAnOlderCopy() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        let journal = try ConformanceFixtures.couple(moments: 4)
        try store.save(journal)
        let old = try store.load()
        let ids = old.moments.map(\.id)
        try Self.saveAsASpreadsheetWould(folder) { rows in
            let note = Self.column(rows, "note"), title = Self.column(rows, "title"), id = Self.column(rows, "id")
            for index in rows.indices.dropFirst() {
                if rows[index][id] == ids[0].rawValue { rows[index][note] = "she laughed" }
                if rows[index][id] == ids[1].rawValue { rows[index][title] = "A title that sorts first: aaa" }
            }
            rows.removeAll { $0[id] == ids[2].rawValue }
        }
        let edited = try store.load()
        for (mine, other) in [(edited, old), (old, edited)] {
            let merged = mine.merged(with: other).journal
            #expect(merged.moments.first { $0.id == ids[0] }?.note == "she laughed")
            #expect(merged.moments.first { $0.id == ids[1] }?.title == "A title that sorts first: aaa")
            #expect(!merged.moments.contains { $0.id == ids[2] }, "the deleted row came back")
            #expect(merged.removed.moments.contains { $0.id == ids[2] })
        }
        // The same stamps on every read, and kept by the next write.
        #expect(try store.load() == edited)
        try store.save(edited)
        #expect(try store.load() == edited)
        #expect(!CSVWrittenCopy.differs(folder))
    }

    /// A table written with every cell quoted (Python's `csv.QUOTE_ALL`, some spreadsheets'
    /// "quote all" option) writes an empty cell as `""`: where an empty text means nothing (a
    /// zone, an id, a kind, a gesture) it reads as an empty cell, in the settings too.
    /// A row copied by hand (its id with it) is refused naming both lines and the id's
    /// column, wherever the person moved that column.
    @Test func aCopiedRowNamesBothLines() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        try store.save(try ConformanceFixtures.couple(moments: 4))
        try Self.saveAsASpreadsheetWould(folder) { rows in
            // The id moved to the third column, then the first moment's row copied to the end.
            rows = rows.map { row in
                var row = row
                row.insert(row.removeFirst(), at: 2)
                return row
            }
            var copy = rows[1]
            copy[Self.column(rows, "title")] += " (again)"
            rows.append(copy)
        }
        let refused = try Self.refusal(of: store, folder)
        // The copy's line (the fixture's notes hold line breaks: past line 6).
        let copyLine = try #require(try CSVReader.records(try SecureFile.read(folder + "/moments.csv")).last?.line)
        #expect(refused.contains("moments.csv:\(copyLine): id (column 3): line 2 has the id"), "\(refused)")
        #expect(refused.contains("delete one of the two rows, or give one another id"))
    }

    /// A row cleared rather than deleted (every cell empty, as a spreadsheet saves it) holds
    /// nothing, like a blank line: the table reads, and the next write leaves the row out.
    @Test func aClearedRowIsNothing() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        let journal = try ConformanceFixtures.couple(moments: 3)
        try store.save(journal)
        try Self.saveAsASpreadsheetWould(folder) { rows in
            let empty = Array(repeating: "", count: rows[0].count)
            rows.insert(empty, at: 2)
            rows.append(empty)
        }
        #expect(try String(contentsOfFile: folder + "/moments.csv", encoding: .utf8).contains("\n,,,,"))
        let read = try store.load()
        #expect(read.moments.map(\.id) == journal.moments.map(\.id))
        try store.save(read)
        #expect(try !String(contentsOfFile: folder + "/moments.csv", encoding: .utf8).contains("\n,,,,"))
    }

    @Test func emptyCellsQuotedReadAsEmpty() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        var journal = try ConformanceFixtures.couple(moments: 2)
        journal.settings.timeZone = "Europe/Paris"
        try store.save(journal)
        let settings = folder + "/settings.csv"
        let text = try String(contentsOfFile: settings, encoding: .utf8).replacingOccurrences(
            of: "timeZone,Europe/Paris", with: "timeZone,\"\"")
        try text.write(toFile: settings, atomically: true, encoding: .utf8)
        let header = try #require(try String(contentsOfFile: folder + "/moments.csv", encoding: .utf8).split(separator: "\n").first)
        let columns = header.split(separator: ",").map(String.init)
        let cells = columns.map { column -> String in
            switch column {
            case "at": "\"2026-11-24 07:30\""
            case "giver": "\"alex\""
            case "receiver": "\"sam\""
            case "title": "\"Warmed the towels\""
            default: "\"\""
            }
        }
        let handle = try #require(FileHandle(forWritingAtPath: folder + "/moments.csv"))
        handle.seekToEndOfFile()
        handle.write(Data((cells.joined(separator: ",") + "\n").utf8))
        try handle.close()
        let read = try store.load()
        #expect(read.settings.timeZone == nil)
        let typed = try #require(read.moments.first { $0.title == "Warmed the towels" })
        #expect(typed.gestureID == nil && typed.ritualID == nil && typed.language == nil && typed.kind == .gesture)
        #expect(typed.timeZone == TypedRows.commonZone(journal.moments.map(\.timeZone)))
        // Every table rewritten with every cell quoted reads as the journal it was.
        var whole = try ConformanceFixtures.couple(moments: 40)
        whole.moments[3].note = "with, a comma"
        let other = freshPath()
        let again = CSVJournalStore(folder: other)
        try again.save(whole)
        let saved = try again.load()
        for name in try FileManager.default.contentsOfDirectory(atPath: other) where name.hasSuffix(".csv") {
            let records = try CSVReader.records(try SecureFile.read(other + "/" + name))
            let quoted = records.map { record in
                record.fields.map { "\"" + $0.value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") + "\n"
            }.joined()
            try FileManager.default.removeItem(atPath: other + "/" + name)
            try Data(quoted.utf8).write(to: URL(fileURLWithPath: other + "/" + name))
        }
        let reread = try again.load()
        #expect(reread.moments.map(\.id) == saved.moments.map(\.id))
        #expect(reread.moments.map(\.gestureID) == saved.moments.map(\.gestureID) && reread.settings == saved.settings)
        #expect(reread.moments.map(\.changes) == saved.moments.map(\.changes))
        #expect(reread == saved)
    }

    /// Values a spreadsheet rewrites on its own: refused with their place, then put back.
    @Test func damageIsNamedAndRepairedKeepingRealEdits() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        var journal = try ConformanceFixtures.couple(moments: 0)
        let written = ["12,50 €", "1. Mai", "5 mars", "3,5", "50 %", "Breakfast; then a walk", "Tea 🍵 with شاي"]
        let found = ["12.50 ", "05/01/26", "05/03/26", "3.5", "0.5", "Breakfast", "Tea ? with ???"]
        for (index, note) in written.enumerated() {
            var moment = ConformanceFixtures.moment(index: index, giver: "alex", receiver: "sam")
            moment.note = note
            journal.moments.append(moment)
        }
        try store.save(journal)
        let ids = journal.moments.map(\.id.rawValue)
        try Self.saveAsASpreadsheetWould(folder) { rows in
            let note = Self.column(rows, "note"), id = Self.column(rows, "id")
            for index in rows.indices.dropFirst() {
                guard let position = ids.firstIndex(of: rows[index][id]) else { continue }
                rows[index][note] = found[position]
            }
            // And one real edit.
            rows[1][Self.column(rows, "title")] = "Renamed by hand"
        }
        do {
            _ = try store.load()
            Issue.record("damaged tables were read")
        } catch {
            let text = "\(error)"
            #expect(
                text.contains("moments.csv:") && text.contains("note") && text.contains("12,50 €") && text.contains("repair"), "\(text)")
        }
        let repaired = try store.repairSpreadsheetDamage()
        #expect(repaired.count == written.count, "\(repaired)")
        let read = try store.load()
        #expect(read.moments.map { $0.note ?? "" } == written)
        #expect(read.moments.contains { $0.title == "Renamed by hand" }, "the real edit was lost")
        #expect(try store.repairSpreadsheetDamage().isEmpty)
    }

    @Test func aNoteLongerThanACellIsRefusedAtInput() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        try store.save(try ConformanceFixtures.couple(moments: 1))
        var moment = ConformanceFixtures.moment(index: 9, giver: "alex", receiver: "sam")
        moment.note = String(repeating: "a", count: 40_000)
        #expect(throws: StoreError.self) { try store.append(moment) }
        do { try store.append(moment) } catch { #expect("\(error)".contains("32767"), "\(error)") }
        #expect(try store.load().moments.count == 1)
    }

    @Test func fieldsWithSeparatorsAreQuoted() {
        var bytes = [UInt8]()
        CSVCell.appendRecord(["Breakfast; then a walk", "tab\there", "plain"], to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "\"Breakfast; then a walk\",\"tab\there\",plain\n")
    }

    @Test func tablesThatAreNotCSVSaySo() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        try store.save(try ConformanceFixtures.couple(moments: 1))
        let path = folder + "/moments.csv"
        let original = try SecureFile.read(path)
        for (bytes, says) in [
            (Array("id,at,title\n1,2,caf".utf8) + [0xE9, 0x0A], "not UTF-8"),
            (Array("id;at;timeZone;giver;receiver;kind;title\n".utf8), "separated by semicolons"),
            ([0x50, 0x4B, 0x03, 0x04, 0, 0, 0], "workbook"),
        ] {
            try FileManager.default.removeItem(atPath: path)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            do {
                _ = try store.load()
                Issue.record("read a table that is not CSV")
            } catch {
                #expect("\(error)".contains(says), "\(error)")
            }
        }
        try FileManager.default.removeItem(atPath: path)
        try Data(original).write(to: URL(fileURLWithPath: path))
    }

    /// A table saved under another name (moments.xlsx) is not "every row deleted".
    @Test func aMissingTableIsRefusedNotTakenAsDeletions() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        try store.save(try ConformanceFixtures.couple(moments: 3))
        try FileManager.default.moveItem(atPath: folder + "/moments.csv", toPath: folder + "/moments.xlsx")
        do {
            _ = try store.load()
            Issue.record("a journal without its moments table was read")
        } catch {
            #expect("\(error)".contains("missing") && "\(error)".contains("moments.xlsx"), "\(error)")
        }
        #expect(throws: StoreError.self) { try store.append(ConformanceFixtures.moment(index: 7, giver: "alex", receiver: "sam")) }
        try FileManager.default.moveItem(atPath: folder + "/moments.xlsx", toPath: folder + "/moments.csv")
        #expect(try store.load().moments.count == 3)
        #expect(try store.load().removed.moments.isEmpty)
    }

    /// A partner's name typed in the giver column is that partner.
    @Test func aNameInTheGiverColumnIsThePartner() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        try store.save(try ConformanceFixtures.couple(moments: 1))
        try Self.saveAsASpreadsheetWould(folder) { rows in
            rows.append(Self.typedRow(rows, ["at": "2026-11-21 08:00", "giver": "Alex", "receiver": "SAM", "title": "Typed with names"]))
        }
        let typed = try #require(try store.load().moments.first { $0.title == "Typed with names" })
        #expect(typed.giver == "alex" && typed.receiver == "sam")
    }

    /// One word of a name that only one partner has is that partner, typed with or without its
    /// accents; a word two partners share is not guessed at.
    @Test func oneWordOfANameIsThePartner() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        var journal = Journal()
        try journal.add(Partner(name: "Élodie Martin"))
        try journal.add(Partner(name: "Søren Ñúñez Martin"))
        try store.save(journal)
        try Self.saveAsASpreadsheetWould(folder) { rows in
            rows.append(
                Self.typedRow(rows, ["at": "2026-11-21 08:00", "giver": "soren", "receiver": "Elodie", "title": "Warmed the futon"]))
        }
        let typed = try #require(try store.load().moments.first)
        #expect(typed.giver == journal.partners[1].id && typed.receiver == journal.partners[0].id)
        try Self.saveAsASpreadsheetWould(folder) { rows in rows[1][Self.column(rows, "giver")] = "Martin" }
        #expect(throws: StoreError.self) { try store.load() }
    }

    /// A table separated by semicolons is named so even when a quoted cell stops it parsing.
    @Test func semicolonsAreNamedEvenWithQuotes() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        try store.save(try ConformanceFixtures.couple(moments: 1))
        let path = folder + "/moments.csv"
        try FileManager.default.removeItem(atPath: path)
        try "id;at;timeZone;giver;receiver;title\nk1;2026-11-21T08:00:00Z;UTC;alex;sam;\"Tea; then a walk\"x\n".write(
            toFile: path, atomically: false, encoding: .utf8)
        do {
            _ = try store.load()
            Issue.record("a semicolon table was read")
        } catch {
            #expect("\(error)".contains("separated by semicolons"), "\(error)")
        }
    }

    /// The apostrophe that guards a text starting with `=` is in the cell too: 32,767
    /// characters starting with `=` make a cell one too long (a new user's trial), 32,766 do not,
    /// and 32,767 plain ones fit.
    @Test func theGuardCountsTowardsTheCellLimit() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        try store.save(try ConformanceFixtures.couple(moments: 0))
        var moment = ConformanceFixtures.moment(index: 4, giver: "alex", receiver: "sam")
        moment.title = "=" + String(repeating: "a", count: 32_766)
        do {
            try store.append(moment)
            Issue.record("a guarded title of 32,768 characters in its cell was written")
        } catch {
            #expect("\(error)".contains("32768") && "\(error)".contains("counting the '"), "\(error)")
        }
        #expect(try store.load().moments.isEmpty)
        moment.title = "=" + String(repeating: "a", count: 32_765)
        try store.append(moment)
        moment = ConformanceFixtures.moment(index: 5, giver: "alex", receiver: "sam")
        moment.title = String(repeating: "a", count: 32_767)
        try store.append(moment)
        let read = try store.load().moments
        #expect(read.map(\.title.utf16.count).sorted() == [32_766, 32_767])
    }

    /// The cell limit is counted as spreadsheets count, in UTF-16 units: 32,767 emoji are too long.
    @Test func theCellLimitCountsAsSpreadsheetsDo() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        try store.save(try ConformanceFixtures.couple(moments: 0))
        var moment = ConformanceFixtures.moment(index: 3, giver: "alex", receiver: "sam")
        moment.note = String(repeating: "🌷", count: 20_000)
        #expect(throws: StoreError.self) { try store.append(moment) }
        moment.note = String(repeating: "🌷", count: 16_000)
        try store.append(moment)
        #expect(try store.load().moments.count == 1)
    }
}
