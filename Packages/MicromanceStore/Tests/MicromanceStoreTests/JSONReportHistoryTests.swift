import Foundation
import MicromanceModel
import MicromanceStoreTestKit
import Testing

@testable import MicromanceStore

/// The history beside a JSON journal (`.journal.json.history`), which lets a report read only
/// the moments around its period; trusted only while the document and change log are as the
/// store left them, like the index.
@Suite struct JSONReportHistoryTests {
    private func moment(_ index: Int) -> Moment { ConformanceFixtures.moment(index: index, giver: "alex", receiver: "sam") }

    /// 1,200 moments saved (five runs of the document), then a few appended.
    private func journal() throws -> (TemporaryFolder, JSONJournalStore) {
        let folder = try TemporaryFolder()
        let store = JSONJournalStore(path: folder.path + "/journal.json")
        try store.save(try ConformanceFixtures.couple(moments: 1_200))
        for index in 0..<5 { try store.append(moment(5_000 + index)) }
        return (folder, store)
    }

    /// Moments 600 to 660 of the fixture (a fortnight, every 7 hours).
    private var range: (Date, Date) {
        (moment(600).at, moment(660).at)
    }

    private func expected(_ store: JSONJournalStore, _ range: (Date, Date)) throws -> (Journal, MomentHistory) {
        try store.load().splitForReport(from: range.0, to: range.1)
    }

    @Test func aReportReadsTheRunsAroundItsPeriodOnly() throws {
        let (folder, store) = try journal()
        _ = folder
        let history = try #require(store.indexedFiles.history)
        #expect(FileManager.default.fileExists(atPath: history))
        #expect(try permissions(history) == 0o600)
        let quick = try #require(store.quickReport(from: range.0, to: range.1))
        let whole = try expected(store, range)
        #expect(quick.journal == whole.0 && quick.history == whole.1 && quick.journal.moments.count == 60)
        // Runs of 256 moments: the fortnight's run (and at most its neighbour) is decoded.
        let identity = try #require(store.indexedFiles.identity)
        let contents = try #require(ReportHistoryFile.read(history, identity: identity))
        #expect(contents.runs.count == 5)
        #expect(contents.runs.filter { $0.overlaps(from: range.0, to: range.1) }.count <= 2)
        // An append keeps it up to date.
        var late = moment(5_650)
        late.at = moment(650).at.addingTimeInterval(1)
        try store.append(late)
        let after = try #require(store.quickReport(from: range.0, to: range.1))
        let wholeAfter = try expected(store, range)
        #expect(after.journal.moments.count == 61 && after.journal == wholeAfter.0 && after.history == wholeAfter.1)
    }

    /// After a save (an edit, say) there is no change log; the first report reads the journal
    /// whole and writes the history, the next reads the runs.
    /// A cache whose permissions were loosened is the owner's only again after the next append.
    @Test func anAppendMakesTheCachesOwnerOnlyAgain() throws {
        let (folder, store) = try journal()
        _ = folder
        let files = store.indexedFiles
        let caches = [files.index, files.titles, try #require(files.history)]
        for cache in caches { chmod(cache, 0o644) }
        try store.append(moment(5_200))
        for cache in caches { #expect(try permissions(cache) == 0o600, "\(cache)") }
        #expect(store.quickReport(from: range.0, to: range.1) != nil)
    }

    @Test func afterASaveTheFirstReportWritesTheHistory() throws {
        let (folder, store) = try journal()
        _ = folder
        var journal = try store.load()
        journal.moments[610].response = .away
        try store.save(journal)
        #expect(store.quickReport(from: range.0, to: range.1) == nil)
        let first = try store.loadForReport(momentsFrom: range.0, to: range.1)
        let quick = try #require(store.quickReport(from: range.0, to: range.1))
        let whole = try expected(store, range)
        #expect(first == quick && quick.journal == whole.0 && quick.history == whole.1)
        #expect(quick.history.answers.contains { $0.response == .away })
    }

    /// A document edited by hand, a history file damaged or left from other files: not trusted;
    /// the report reads the journal whole and is right.
    @Test(arguments: ["document edited", "history damaged", "history lines lost", "history of other files"])
    func anythingUnexpectedIsReadWhole(change: String) throws {
        let (folder, store) = try journal()
        _ = folder
        let history = try #require(store.indexedFiles.history)
        switch change {
        case "document edited":
            var text = try String(contentsOfFile: store.path, encoding: .utf8)
            text = text.replacingOccurrences(of: "Gesture 620, with a comma", with: "Gesture 620, edited by hand")
            try text.write(toFile: store.path, atomically: false, encoding: .utf8)
        case "history damaged":
            var bytes = try Data(contentsOf: URL(fileURLWithPath: history))
            bytes.append(contentsOf: Array("d\tnot a day\t1\talex\t\n".utf8))
            try bytes.write(to: URL(fileURLWithPath: history))
        case "history lines lost":
            // Whole lines gone from the middle, the first line as it was: the hash tells.
            var lines = try String(contentsOfFile: history, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            lines.removeSubrange(20..<40)
            try lines.joined(separator: "\n").write(toFile: history, atomically: false, encoding: .utf8)
        default:
            let old = try Data(contentsOf: URL(fileURLWithPath: history))
            try store.append(moment(5_100))
            try old.write(to: URL(fileURLWithPath: history))
        }
        #expect(store.quickReport(from: range.0, to: range.1) == nil)
        let report = try store.loadForReport(momentsFrom: range.0, to: range.1)
        let whole = try expected(store, range)
        #expect(report.journal == whole.0 && report.history == whole.1)
        #expect(report.journal.moments.contains { $0.title == "Gesture 620, edited by hand" } == (change == "document edited"))
        // Read whole once, it is written again and used.
        #expect(store.quickReport(from: range.0, to: range.1).map { $0 == report } == true)
    }
}
