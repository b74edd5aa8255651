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
        ("march", false), ("e", false), ("", false), ("true love", false), ("12 décembre", true), ("1d5", false),
        ("monday 12", false),
        // The six other languages a spreadsheet may be set to: money, day-and-month, months,
        // thousands with spaces, truth values.
        ("12,50 €", true), ("1. Mai", true), ("5 mars", true), ("März 2026", true), ("3,5", true), ("50 %", true),
        ("1.5.", true), ("5/3", true), ("1 234,5", true), ("1\u{A0}234,50\u{A0}€", true), ("août 2026", true),
        ("12 septiembre", true), ("3 maggio", true), ("5 dicembre", true), ("5 de março", false), ("maart 2026", true), ("WAHR", true),
        ("vrai", true), ("VERDADERO", true), ("Onwaar", true), ("£7", true), ("Mai", false), ("Mairie 12", false),
        ("Frühstück 7", false), ("Vrai amour", false), ("R$ 12,50", true),
        // Ids made of allowed words and digits are text (more than two words, or a first word
        // that no number or date starts with); a date with a month and am/pm is not.
        ("t22may9r7820z", false), ("t22mar9r7820z", false), ("e5", false), ("pm 7", false), ("5 Mar 2026 10:00 pm", true),
        ("2019-06-01T10:00:00Z", true),
    ])
    func recognisesWhatASpreadsheetWouldConvert(text: String, converts: Bool) {
        #expect(SpreadsheetCells.looksLikeValue(text) == converts, "\(text)")
        // The CSV writer learns the same from its one pass over the cell's bytes: it guards
        // the cell (a leading ', inside the quotes when the cell needs them) exactly then.
        var out = [UInt8]()
        CSVCell.append(text, to: &out)
        let guarded = out.first == 39 || (out.count > 1 && out[0] == 34 && out[1] == 39)
        #expect(guarded == (converts && !text.isEmpty), "\(text) written as \(String(decoding: out, as: UTF8.self))")
        #expect((out.first == 34) == (text.isEmpty || text.contains(where: { ",\"\n\r;\t".contains($0) })), "\(text)")
    }

    /// A cell with a character that cannot fold to ASCII is text without being folded: the
    /// quick answer is the folded one, for every scalar up to U+FFFF, the emoji planes' blocks
    /// and the tags and variation selectors, alone, beside digits and in a month name.
    @Test func theQuickAnswerForOtherCharactersIsTheFoldedOne() {
        var scalars = (UInt32(0x80)...0xFFFF).compactMap(Unicode.Scalar.init)
        scalars += (UInt32(0x1F000)...0x1FAFF).compactMap(Unicode.Scalar.init)
        scalars += (UInt32(0xE0000)...0xE01EF).compactMap(Unicode.Scalar.init)
        for scalar in scalars {
            for text in [
                "\(scalar)", "12\(scalar)", "5 m\(scalar)rz", "\(scalar)rue", "1\(scalar)5", "vr\(scalar)i", "verdader\(scalar)",
                "crème \(scalar) fraîche", "Zoë\(scalar)s favourite", "^`^`^`^`^`^`vrai\(scalar)", "a bit more than ten \(scalar)",
            ] {
                let folded = SpreadsheetCells.looksLikeValueFolding(text)
                #expect(SpreadsheetCells.looksLikeValue(text) == folded, "\(text)")
                // The writer, which rules out long cells without a digit from their bytes, agrees.
                var out = [UInt8]()
                CSVCell.append(text, to: &out)
                #expect((out.first == 39 || (out.count > 1 && out[0] == 34 && out[1] == 39)) == folded, "\(text)")
            }
        }
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

/// Tables whose columns the person keeping them reordered, added or dropped.
@Suite struct TableShapeTests {
    /// Rewrites `moments.csv` with its columns in `order` (names not in the table become
    /// new columns holding `value(row)`).
    func reshape(_ folder: String, order: [String], value: (Int) -> String = { "mood \($0)" }) throws {
        let path = folder + "/moments.csv"
        let records = try CSVReader.records(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        let header = records[0].fields.map(\.value)
        var out = [UInt8]()
        CSVCell.appendRecord(order, to: &out)
        for (row, record) in records.dropFirst().enumerated() {
            let cells = order.map { name -> String? in
                guard let index = header.firstIndex(of: name) else { return value(row) }
                let field = record.fields[index]
                return field.value.isEmpty && !field.quoted ? nil : CSVCell.unguard(field.value)
            }
            CSVCell.appendRecord(cells, to: &out)
        }
        try Data(out).write(to: URL(fileURLWithPath: path))
    }

    func table(_ folder: String, _ name: String = "moments.csv") throws -> [[String: String]] {
        let records = try CSVReader.records(Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))))
        let header = records[0].fields.map(\.value)
        return records.dropFirst().map { record in
            Dictionary(uniqueKeysWithValues: zip(header, record.fields.map(\.value)))
        }
    }

    func header(_ folder: String, _ name: String = "moments.csv") throws -> [String] {
        try CSVReader.records(Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))))[0].fields.map(\.value)
    }

    @Test func reversedColumnsWithAnAddedOneKeepTheirOrderAndValues() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        var journal = try ConformanceFixtures.couple(moments: 3)
        try store.save(journal)
        let order = ["mood"] + CSVTables.momentColumns.reversed()
        try reshape(folder, order: order)
        // An append puts each value under its own header.
        let added = ConformanceFixtures.moment(index: 40, giver: "alex", receiver: "sam")
        try store.append(added)
        journal.moments.append(added)
        #expect(try store.load() == journal)
        #expect(try header(folder) == order)
        // A rewrite (an edit) keeps the order and the added column's values beside their moments.
        journal.moments[1].title = "Edited"
        try store.save(journal)
        #expect(try header(folder) == order)
        let rows = try table(folder)
        #expect(rows.map { $0["mood"] } == ["mood 0", "mood 1", "mood 2", ""])
        #expect(rows.map { $0["id"] } == journal.moments.map(\.id.rawValue))
        #expect(try store.load() == journal)
        // Moments removed and reordered: the values follow their own moments.
        journal.moments.remove(at: 0)
        journal.moments.reverse()
        try store.save(journal)
        #expect(try table(folder).map { $0["mood"] } == ["", "mood 2", "mood 1"])
    }

    @Test func aDroppedColumnComesBackAtTheEndWhenARowNeedsIt() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        var journal = try ConformanceFixtures.couple(moments: 2)
        try store.save(journal)
        let order = CSVTables.momentColumns.filter { $0 != "ritual" }
        try reshape(folder, order: order)
        #expect(try store.load() == journal)
        let added = ConformanceFixtures.moment(index: 41, giver: "sam", receiver: "alex")
        try store.append(added)
        journal.moments.append(added)
        #expect(try header(folder) == order + ["ritual"])
        #expect(try store.load() == journal)
    }

    @Test func otherTablesKeepTheirAddedColumnsToo() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        var journal = try ConformanceFixtures.couple(moments: 1)
        try store.save(journal)
        let path = folder + "/partners.csv"
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        lines[0] = "nickname," + lines[0]
        lines[1] = "Al," + lines[1]
        lines[2] = "\"Sammy, dear\"," + lines[2]
        try lines.joined(separator: "\n").write(toFile: path, atomically: false, encoding: .utf8)
        journal.partners.append(Partner(id: "kim", name: "Kim"))
        try store.save(journal)
        #expect(try table(folder, "partners.csv").map { $0["nickname"] } == ["Al", "Sammy, dear", ""])
        #expect(try store.load() == journal)
    }

    @Test func aColumnNamedTwiceIsRefusedBeforeAnythingIsWritten() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        let journal = try ConformanceFixtures.couple(moments: 2)
        try store.save(journal)
        try reshape(folder, order: CSVTables.momentColumns + ["note"], value: { "second \($0)" })
        let path = folder + "/moments.csv"
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        func check(_ error: StoreError) {
            guard case let .corrupt(file, line, _, field, reason) = error else { Issue.record("\(error)"); return }
            #expect(file == path && line == 1 && field == "note (columns 12 and 14)", "\(error)")
            #expect(reason.contains("twice"))
        }
        #expect(throws: StoreError.self) { try store.load() }
        do { _ = try store.load() } catch { check(error) }
        do { try store.save(journal) } catch { check(error) }
        do { try store.append(ConformanceFixtures.moment(index: 42, giver: "alex", receiver: "sam")) } catch { check(error) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    /// What LibreOffice does when it saves a table again: every text cell quoted, apostrophes
    /// kept, and (Excel) a byte order mark and CRLF line ends.
    @Test func aTableASpreadsheetSavedAgainKeepsWorking() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        var journal = try SpreadsheetStoreTests().riskyJournal()
        try store.save(journal)
        for name in CSVTables.all {
            let path = folder + "/" + name
            let records = try CSVReader.records(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
            var text = "\u{FEFF}"
            for record in records {
                text +=
                    record.fields.map {
                        $0.value.isEmpty && !$0.quoted ? "" : "\"" + $0.value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                    }
                    .joined(separator: ",") + "\r\n"
            }
            try text.write(toFile: path, atomically: false, encoding: .utf8)
        }
        #expect(try store.load() == journal)
        let added = ConformanceFixtures.moment(index: 43, giver: "alex", receiver: "sam")
        try store.append(added)
        journal.moments.append(added)
        #expect(try store.load() == journal)
        journal.moments[0].note = "edited"
        try store.save(journal)
        #expect(try store.load() == journal)
    }
}
