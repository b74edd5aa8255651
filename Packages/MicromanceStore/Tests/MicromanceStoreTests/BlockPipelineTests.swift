import Foundation
import MicromanceModel
import Testing

@testable import MicromanceStore

/// The two-thread save: blocks reach the file in order, an error stops it, and a journal large
/// enough to be saved on two threads reads back as it was, byte for byte as one thread writes it.
@Suite struct BlockPipelineTests {
    /// Each block's bytes say which records it holds.
    private static func encode(_ range: Range<Int>) -> [UInt8] {
        Array(range.map { "\($0)\n" }.joined().utf8)
    }

    @Test(arguments: [0, 1, 999, 1000, 1001, 7_777, 20_000])
    func blocksArriveInOrderWhateverTheCount(count: Int) throws {
        var out = [UInt8]()
        var calls = 0
        try BlockPipeline.run(count: count, blockSize: 1000, parallelFrom: 0, encode: Self.encode) { bytes throws(StoreError) in
            out += bytes
            calls += 1
        }
        #expect(out == Self.encode(0..<count))
        #expect(calls == (count + 999) / 1000)
    }

    @Test func anErrorFromTheFileStopsTheSecondThread() {
        var calls = 0
        #expect(throws: StoreError.self) {
            try BlockPipeline.run(count: 50_000, blockSize: 100, parallelFrom: 0, encode: Self.encode) { _ throws(StoreError) in
                calls += 1
                if calls == 7 { throw .io(file: "journal.json", operation: "write it", reason: "disk full") }
            }
        }
        #expect(calls == 7)  // nothing was handed on after the error
    }

    /// 20,000 moments in three zones, with notes that need quoting in JSON and CSV.
    private static func largeJournal() throws -> Journal {
        var journal = Journal(settings: JournalSettings(timeZone: "Europe/Paris"))
        try journal.add(Partner(name: "Alex"))
        try journal.add(Partner(name: "Sam"))
        let start = try #require(Timestamp.parse("2024-01-01T07:30:00+01:00"))
        let zones = ["Europe/Paris", "America/New_York", "Asia/Kolkata"]
        for index in 0..<20_000 {
            let alex = index % 2 == 0
            try journal.log(
                Moment(
                    id: Identifier("m\(index)"), at: start.addingTimeInterval(Double(index) * 4_321),
                    timeZone: zones[index % 3], giver: alex ? "alex" : "sam", receiver: alex ? "sam" : "alex",
                    title: index % 5 == 0 ? "Made the coffee, \"properly\"" : "Long hug",
                    gestureID: index % 5 == 0 ? "make-their-coffee" : nil, language: index % 5 == 0 ? .service : .touch,
                    note: index % 7 == 0 ? "line one\nline two, with a comma" : nil))
        }
        return journal
    }

    @Test func aLargeJournalSavedOnTwoThreadsReadsBackTheSame() throws {
        let journal = try Self.largeJournal()
        #expect(journal.moments.count >= BlockPipeline.parallelFrom)
        let folder = try TemporaryFolder()

        let json = JSONJournalStore(path: folder.path + "/journal.json")
        try json.save(journal)
        let written = try #require(FileManager.default.contents(atPath: json.path))
        #expect([UInt8](written) == JournalJSONWriter.write(journal))  // as one thread writes it
        #expect(try json.load() == journal)

        let csv = CSVJournalStore(folder: folder.path + "/csv")
        try csv.save(journal)
        let table = try #require(FileManager.default.contents(atPath: folder.path + "/csv/moments.csv"))
        #expect([UInt8](table) == CSVJournalEncoder.moments(journal.moments))
        #expect(try csv.load() == journal)
    }
}
