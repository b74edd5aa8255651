import Foundation
import MicromanceModel
import MicromanceStoreTestKit
import Testing

@testable import MicromanceStore

/// The index beside a JSON journal and its change log, which lets `log` skip reading the
/// document's moments; it is trusted only while both files are as the store left them.
@Suite struct JSONMomentIndexTests {
    private func moment(_ index: Int) -> Moment { ConformanceFixtures.moment(index: index, giver: "alex", receiver: "sam") }

    private func days(_ moments: [Moment]) -> [Int: Int] {
        let resolver = LocalDayResolver(fallback: .gmt)
        return Dictionary(moments.map { (resolver.dayNumber($0.at, zone: $0.timeZone), 1) }, uniquingKeysWith: +)
    }

    /// A couple with `moments` moments saved, then one more appended (into the document, which
    /// from then on names its change log, and indexed).
    private func journal(moments: Int, compactAfter: Int = 256 << 10) throws -> (TemporaryFolder, JSONJournalStore, Journal) {
        let folder = try TemporaryFolder()
        let store = JSONJournalStore(path: folder.path + "/journal.json", compactAfterBytes: compactAfter)
        var journal = try ConformanceFixtures.couple(moments: moments)
        try store.save(journal)
        try store.append(moment(500))
        journal.moments.append(moment(500))
        return (folder, store, journal)
    }

    @Test func anIndexedJournalIsAppendedToWithoutReadingItsMoments() throws {
        var (folder, store, journal) = try journal(moments: 6)
        _ = folder
        var appending = try store.loadForAppending()
        #expect(!appending.momentsLoaded && appending.journal.moments.isEmpty)
        #expect(appending.journal.partners == journal.partners && appending.journal.settings == journal.settings)
        #expect(appending.momentsByDay == days(journal.moments))
        #expect(appending.labelledTitles == LearnedTitles.labelled(journal.moments))
        #expect(appending.containsMoment(journal.moments[2].id) && !appending.containsMoment("nothing-like-it"))
        for index in 0..<4 {
            try store.append(moment(600 + index), to: &appending)
            journal.moments.append(moment(600 + index))
        }
        #expect(try store.load() == journal)
        // The index kept up with the change log: the next append is quick again.
        let again = try store.loadForAppending()
        #expect(!again.momentsLoaded && again.momentsByDay == days(journal.moments))
        #expect(again.labelledTitles == LearnedTitles.labelled(journal.moments))
        for moment in journal.moments { #expect(again.containsMoment(moment.id)) }
        #expect(try permissions(store.indexedFiles.index) == 0o600 && permissions(store.indexedFiles.titles) == 0o600)
    }

    @Test func aTakenIDIsRefusedAndNothingIsWritten() throws {
        let (folder, store, journal) = try journal(moments: 3)
        _ = folder
        var appending = try store.loadForAppending()
        #expect(!appending.momentsLoaded)
        var copy = moment(7)
        copy.id = journal.moments[1].id
        let before = try Data(contentsOf: URL(fileURLWithPath: store.changesPath))
        #expect(throws: StoreError.self) { try store.append(copy, to: &appending) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.changesPath)) == before)
        #expect(try store.load() == journal)
    }

    /// Whatever changes a file behind the store's back (an editor, a sync tool, a copy) makes
    /// the index stale: the journal is read whole, with the change, and indexed again.
    @Test(arguments: ["document", "change log", "both copied"])
    func anOutsideChangeIsReadNotTrusted(change: String) throws {
        var (folder, store, journal) = try journal(moments: 4)
        try store.append(moment(501))
        journal.moments.append(moment(501))
        switch change {
        case "document":
            var text = try String(contentsOfFile: store.path, encoding: .utf8)
            text = text.replacingOccurrences(of: "\"schemaVersion\"", with: "\"schemaVersion\" ")
            try text.write(toFile: store.path, atomically: false, encoding: .utf8)
        case "change log":
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: store.changesPath))
            try handle.seekToEnd()
            var entry = Journal()
            entry.moments = [moment(502)]
            try handle.write(contentsOf: JournalJSON.encode(entry).filter { $0 != 10 } + [10])
            try handle.close()
            journal.moments.append(moment(502))
        default:
            // A new laptop: both files copied elsewhere and back (new inodes, new times).
            for file in [store.path, store.changesPath] {
                let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
                try FileManager.default.removeItem(atPath: file)
                try bytes.write(to: URL(fileURLWithPath: file))
            }
        }
        let appending = try store.loadForAppending()
        #expect(appending.momentsLoaded && appending.journal == journal)
        #expect(!(try store.loadForAppending()).momentsLoaded)
        _ = folder
    }

    @Test func aChangeLogHoldingMoreThanMomentsIsNeverIndexed() throws {
        let (folder, store, _) = try journal(moments: 2)
        _ = folder
        var entry = Journal()
        entry.settings.dailyTarget = 9
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: store.changesPath))
        try handle.seekToEnd()
        try handle.write(contentsOf: JournalJSON.encode(entry).filter { $0 != 10 } + [10])
        try handle.close()
        let first = try store.loadForAppending()
        #expect(first.momentsLoaded)
        #expect(try store.loadForAppending().momentsLoaded)
        try store.append(moment(700))
        #expect(try store.loadForAppending().momentsLoaded)
        #expect(try store.load().moments.last?.id == moment(700).id)
    }

    @Test func aHashThatMatchesIsCheckedAgainstTheJournal() throws {
        var (folder, store, journal) = try journal(moments: 3)
        _ = folder
        try store.append(moment(501))
        journal.moments.append(moment(501))
        let newcomer = moment(60)
        var claimed = journal
        claimed.moments.append(newcomer)
        let indexed = try #require(MomentIndex.read(store.indexedFiles))
        MomentIndex.write(store.indexedFiles, journal: claimed, extra: indexed.extra)
        var appending = try store.loadForAppending()
        #expect(!appending.momentsLoaded && !appending.containsMoment(newcomer.id))
        try store.append(newcomer, to: &appending)
        journal.moments.append(newcomer)
        #expect(try store.load() == journal)
    }

    @Test func quickAppendsFoldPastTheSizeAndTheIndexFollows() throws {
        var (folder, store, journal) = try journal(moments: 2, compactAfter: 1_500)
        _ = folder
        var folded = 0
        for index in 0..<20 {
            try store.append(moment(800 + index))
            journal.moments.append(moment(800 + index))
            if JSONChangeLog.size(store.changesPath) == nil { folded += 1 }
        }
        #expect(folded >= 2)
        #expect(try store.load() == journal)
        #expect(try JSONJournalStore(path: store.path).load() == journal)
    }
}
