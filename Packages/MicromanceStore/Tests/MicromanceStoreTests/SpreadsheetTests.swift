import Foundation
import MicromanceModel
import MicromanceStoreTestKit
import Testing
@testable import MicromanceStore

/// What spreadsheets do to the CSV tables, and what the store does about it.
@Suite struct SpreadsheetCellTests {
    @Test(arguments: [
        ("0979140877689441", true), ("9357990540430196", true), ("10e6717638583966", true), ("0012345", true),
        ("2019-06-01", true), ("1/2", true), ("12:30", true), ("Mar-12", true), ("12 march 2026", true), ("3.5%", true),
        ("$12", true), ("(5)", true), ("TRUE", true), ("false", true), ("7 pm", true), ("1,5", true),
        ("3 hugs", false), ("Made coffee", false), ("g979140877689441", false), ("a3f0e91b22c4d5e6", false),
        ("march", false), ("e", false), ("", false), ("true love", false), ("12 décembre", false), ("1d5", false),
        ("monday 12", false),
    ])
    func recognisesWhatASpreadsheetWouldConvert(text: String, converts: Bool) {
        #expect(SpreadsheetCells.looksLikeValue(text) == converts, "\(text)")
    }

    @Test(arguments: [
        ("9.3579905404302E+015", "scientific notation"), ("1.79769313486232E+308", "scientific notation"),
        ("979140877689441", "leading zeros"), ("1E+16", "scientific notation"),
    ])
    func recognisesDamagedIDs(id: String, words: String) throws {
        #expect(try #require(SpreadsheetCells.idDamage(id)).contains(words))
    }

    @Test(arguments: ["10e6717638583966", "0979140877689441", "g979140877689441", "sam", "morning-coffee", "42"])
    func leavesGoodIDsAlone(id: String) {
        #expect(SpreadsheetCells.idDamage(id) == nil, "\(id)")
    }
}

@Suite struct SpreadsheetStoreTests {
    /// A couple whose ids, notes and dates are all things a spreadsheet would convert.
    func riskyJournal() throws -> Journal {
        var journal = try ConformanceFixtures.couple(moments: 3)
        let ids = ["0979140877689441", "9357990540430196", "10e6717638583966"]
        for index in journal.moments.indices { journal.moments[index].id = Identifier(ids[index]) }
        journal.moments[0].note = "0012345"
        journal.moments[1].title = "2019-06-01"
        journal.moments[2].note = "TRUE"
        journal.partners[0].importantDates.append(ImportantDate(id: "0123456789012345", title: "12/5", month: 6, day: 1, year: 2019))
        return journal
    }

    @Test func valuesASpreadsheetWouldConvertAreGuardedAndReadBackExactly() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        let journal = try riskyJournal()
        try store.save(journal)
        let table = try String(contentsOfFile: folder + "/moments.csv", encoding: .utf8)
        for text in ["'0979140877689441,", "'9357990540430196,", "'10e6717638583966,", ",'0012345,", ",'2019-06-01,", ",'TRUE,"] {
            #expect(table.contains(text), "\(text)")
        }
        let dates = try String(contentsOfFile: folder + "/dates.csv", encoding: .utf8)
        #expect(dates.contains(",'0123456789012345,'12/5,'2019-06-01,"))
        // Numbers meant as numbers stay plain.
        #expect(try String(contentsOfFile: folder + "/settings.csv", encoding: .utf8).contains("dailyTarget,1\n"))
        #expect(try store.load() == journal)
    }

    @Test(arguments: [
        ("9.3579905404302E+015", "id (column 1)", "scientific notation"),
        ("979140877689441", "id (column 1)", "leading zeros"),
    ])
    func damagedIDsAreNamedWithTheirPlace(id: String, field: String, words: String) throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        try store.save(try ConformanceFixtures.couple(moments: 3))
        let path = folder + "/moments.csv"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "c000000000000001,", with: id + ",").write(toFile: path, atomically: false, encoding: .utf8)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            _ = try store.load()
            Issue.record("loaded a damaged id")
        } catch {
            guard case let .corrupt(file, line, _, named, reason) = error else { Issue.record("\(error)"); return }
            #expect(file == path && line == 4 && named == field, "\(error)")
            #expect(reason.contains(words) && reason.contains("spreadsheet") && reason.contains("Text"), "\(reason)")
        }
        #expect(throws: StoreError.self) { try store.append(ConformanceFixtures.moment(index: 5, giver: "alex", receiver: "sam")) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test(arguments: ["2026-01-01 09:00:00", "01/01/2026 09:00", "46023.375"])
    func reformattedTimestampsSayWhatHappened(stamp: String) throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        try store.save(try ConformanceFixtures.couple(moments: 3))
        let path = folder + "/moments.csv"
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        let cells = lines[3].components(separatedBy: ",")
        lines[3] = ([cells[0], stamp] + cells.dropFirst(2)).joined(separator: ",")
        try lines.joined(separator: "\n").write(toFile: path, atomically: false, encoding: .utf8)
        do {
            _ = try store.load()
            Issue.record("loaded a reformatted timestamp")
        } catch {
            guard case let .corrupt(_, line, _, field, reason) = error else { Issue.record("\(error)"); return }
            #expect(line == 4 && field == "at (column 2)")
            #expect(reason.contains("spreadsheet"), "\(reason)")
        }
    }
}
