import Foundation
@_spi(MicromanceInternals) import MicromanceModel
import MicromanceStoreTestKit
import Testing

@testable import MicromanceStore

/// The reader hands every moment naming the same zone, giver and receiver one shared record,
/// found by the bytes of the three cells or by their text.
@Suite struct CSVMomentPartiesTests {
    let header = "id,at,timeZone,giver,receiver,kind,language,gesture,response,ritual,title,note\n"

    func reading(_ text: String) throws -> CSVMomentReader.Read {
        try #require(Array(text.utf8).withUnsafeBufferPointer { CSVMomentReader.readWithPeople($0, threads: 1) })
    }

    @Test func rowsNamingTheSameThreeShareOneRecordHoweverTheCellsAreWritten() throws {
        let rows = [
            "m1,2026-11-24T08:15:00Z,Europe/Paris,alex,sam,,,,,,Hug,",
            "m2,2026-11-24T09:15:00Z,\"Europe/Paris\",\"alex\",sam,,,,,,Tea,",
            "m3,2026-11-24T10:15:00Z,Europe/Paris,'alex,sam,,,,,,Walk,",
            "m4,2026-11-24T11:15:00Z,Europe/Paris,sam,alex,,,,,,Soup,",
            "m5,2026-11-24T12:15:00Z,America/Argentina/Buenos_Aires,sam,alex,,,,,,Mate,",
            "m6,2026-11-24T13:15:00Z,America/Argentina/Buenos_Aires,sam,alex,,,,,,Mate,",
        ]
        let read = try reading(header + rows.joined(separator: "\n") + "\n")
        let moments = read.moments
        #expect(moments.map(\.giver) == ["alex", "alex", "alex", "sam", "sam", "sam"])
        #expect(
            moments.map(\.timeZone) == Array(repeating: "Europe/Paris", count: 4)
                + Array(repeating: "America/Argentina/Buenos_Aires", count: 2))
        #expect(moments[0].parties === moments[1].parties && moments[0].parties === moments[2].parties)
        #expect(moments[4].parties === moments[5].parties && moments[3].parties != moments[4].parties)
        #expect(read.people.map(Set.init) == ["alex", "sam"])
        #expect(read.noted.zones.map(Set.init) == ["Europe/Paris", "America/Argentina/Buenos_Aires"])
        // Columns in another order, not side by side: the same moments, found by their text.
        let reordered =
            "giver,id,at,timeZone,kind,language,gesture,response,ritual,title,note,receiver\n"
            + "alex,m1,2026-11-24T08:15:00Z,Europe/Paris,,,,,,Hug,,sam\n" + "sam,m2,2026-11-24T09:15:00Z,UTC,,,,,,Tea,,alex\n"
            + "alex,m3,2026-11-24T10:15:00Z,Europe/Paris,,,,,,Walk,,sam\n"
        let other = try reading(reordered)
        #expect(other.moments.map(\.receiver) == ["sam", "alex", "sam"])
        #expect(other.moments[0].parties === other.moments[2].parties)
    }

    /// A line read only to try it as a boundary makes a record; the record must not hide the
    /// line's people from what the reader notes when it reads that line for real.
    @Test func aLineTriedAsABoundaryIsStillNotedWhenRead() throws {
        let text = header + "m1,2026-11-24T08:15:00Z,UTC,alex,sam,,,,,,Hug,\n" + "m2,2026-11-24T09:15:00Z,UTC,kim,sam,,,,,,Tea,\n"
        try Array(text.utf8).withUnsafeBufferPointer { bytes in
            let found = CSVMomentReader.header(bytes)
            let (slots, bodyStart) = try #require(found)
            var reader = CSVMomentReader(bytes: bytes, slots: slots, release: { _ in })
            let boundary = reader.boundary(after: bodyStart + 1, before: bytes.count)
            let second = try #require(boundary)
            #expect(reader.noted.people == [])
            let base = UnsafeMutablePointer<Moment>.allocate(capacity: 4)
            defer { base.deallocate() }
            var sink = MomentSink(base: base, limit: 4)
            try reader.records(from: second, stop: .end, into: &sink)
            #expect(sink.count == 1 && base[0].giver == "kim")
            #expect(reader.noted.people == ["kim", "sam"])
            sink.clear()
        }
    }
}

/// A table that lost a column it needs is refused with the columns it needs, and only those
/// (a new user's trial: the list named `ritual` and `changes`, which may be left out).
@Suite struct CSVMissingColumnTests {
    @Test func aMissingColumnIsNamedWithWhatTheTableNeeds() throws {
        let folder = freshPath(".csv")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try CSVJournalStore(folder: folder).save(ConformanceFixtures.couple(moments: 0))
        let withoutNote =
            "id,at,timeZone,giver,receiver,kind,language,gesture,response,title\n"
            + "m1,2026-11-24T08:15:00Z,UTC,alex,sam,,,,,Hug\n"
        try SecureFile.replace(folder + "/moments.csv", with: Array(withoutNote.utf8))
        let before = try SecureFile.read(folder + "/moments.csv")
        #expect(throws: StoreError.self) { try CSVJournalStore(folder: folder).load() }
        do {
            _ = try CSVJournalStore(folder: folder).load()
        } catch {
            let text = "\(error)"
            #expect(text.contains("moments.csv:1"), "\(text)")
            #expect(
                text.contains(
                    "the header has no 'note' column; it needs id,at,timeZone,giver,receiver,kind,language,gesture,response,title,note;"))
            #expect(text.contains("ritual and changes may be left out"), "\(text)")
        }
        #expect(try SecureFile.read(folder + "/moments.csv") == before)
        // Without `ritual` and `changes` the table reads.
        let withoutSpare =
            "id,at,timeZone,giver,receiver,kind,language,gesture,response,title,note\n"
            + "m1,2026-11-24T08:15:00Z,UTC,alex,sam,,,,,Hug,\n"
        try SecureFile.replace(folder + "/moments.csv", with: Array(withoutSpare.utf8))
        #expect(try CSVJournalStore(folder: folder).load().moments.map(\.title) == ["Hug"])
    }
}
