import Foundation
import MicromanceModel
import MicromanceStoreTestKit
import Testing

@testable import MicromanceStore

/// The history beside `moments.csv` (`.moments-history`), which lets a report read only the
/// rows around its period and those appended since; trusted only while the table is as the
/// store left it and no table was edited outside it.
@Suite struct CSVReportHistoryTests {
    private func moment(_ index: Int) -> Moment { ConformanceFixtures.moment(index: index, giver: "alex", receiver: "sam") }

    /// 1,200 moments saved (five runs of rows), read once for a report (which writes the history).
    private func journal() throws -> (TemporaryFolder, CSVJournalStore) {
        let folder = try TemporaryFolder()
        let store = CSVJournalStore(folder: folder.path + "/tables")
        try store.save(try ConformanceFixtures.couple(moments: 1_200))
        #expect(store.quickReport(from: range.0, to: range.1) == nil)
        _ = try store.loadForReport(momentsFrom: range.0, to: range.1)
        return (folder, store)
    }

    /// Moments 600 to 660 of the fixture (a fortnight, every 7 hours).
    private var range: (Date, Date) { (moment(600).at, moment(660).at) }

    private func expected(_ store: CSVJournalStore, _ range: (Date, Date)) throws -> (Journal, MomentHistory) {
        try store.load().splitForReport(from: range.0, to: range.1)
    }

    @Test func aReportReadsTheRunsAroundItsPeriodAndTheRowsAppendedSince() throws {
        let (folder, store) = try journal()
        _ = folder
        let history = try #require(store.indexedFiles.history)
        #expect(try permissions(history) == 0o600)
        let quick = try #require(store.quickReport(from: range.0, to: range.1))
        var whole = try expected(store, range)
        #expect(quick.journal == whole.0 && quick.history == whole.1 && quick.journal.moments.count == 60)
        // Appended rows (one dated into the period, one after it, one with an answer) follow
        // the last run: they are read too, and counted.
        var late = moment(5_650)
        late.at = moment(650).at.addingTimeInterval(1)
        var answered = moment(5_651)
        answered.response = .toward
        try store.append(late)
        try store.append(answered)
        try store.append(moment(5_652))
        let after = try #require(store.quickReport(from: range.0, to: range.1))
        whole = try expected(store, range)
        #expect(after.journal.moments.count == 61 && after.journal == whole.0 && after.history == whole.1)
        let everything = (Date(timeIntervalSince1970: 0), Date.distantFuture)
        let all = try #require(store.quickReport(from: everything.0, to: everything.1))
        #expect(all.journal.moments == (try store.load().moments))
    }

    /// A table saved by a spreadsheet, the moments table or another: read whole, and right.
    @Test(arguments: ["moments.csv", "partners.csv"])
    func anOutsideEditIsReadWhole(table: String) throws {
        let (folder, store) = try journal()
        _ = folder
        let path = store.folder + "/" + table
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: table == "moments.csv" ? "Gesture 620, with a comma" : "Alex", with: "Edited")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        #expect(store.quickReport(from: range.0, to: range.1) == nil)
        let report = try store.loadForReport(momentsFrom: range.0, to: range.1)
        let whole = try expected(store, range)
        #expect(report.journal == whole.0 && report.history == whole.1)
        #expect(report.journal.moments.contains { $0.title == "Edited" } == (table == "moments.csv"))
    }

    /// Record boundaries: quoted line breaks and commas stay in their record, CRLF and blank
    /// lines are not records.
    @Test func recordsAreFoundAsCSVReadsThem() {
        let text = Array("id,title\r\n1,\"two\nlines, \"\"quoted\"\"\"\r\n\r\n2,plain\n3,last".utf8)
        let ranges = text.withUnsafeBufferPointer { CSVJournalStore.recordRanges($0) }
        #expect(
            ranges.map { String(decoding: text[$0], as: UTF8.self) } == [
                "id,title", "1,\"two\nlines, \"\"quoted\"\"\"", "2,plain", "3,last",
            ])
    }
}
