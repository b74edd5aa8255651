import Foundation
import MicromanceModel
import MicromanceStoreTestKit
import Testing

@testable import MicromanceStore

/// Rows a person types into the moments table: their zone, their time, and what is said when
/// the time is not one of the calendar's or the clock's.
extension SpreadsheetEditTests {
    @Test func aRowTypedByHandIsANewMoment() throws {
        let (store, _) = try Self.typedRows(
            zone: "America/Argentina/Buenos_Aires",
            [["at": "2026-11-21 08:00", "giver": "alex", "receiver": "sam", "title": "Breakfast in bed"]])
        let read = try store.load()
        let typed = try #require(read.moments.first { $0.title == "Breakfast in bed" })
        #expect(typed.id.rawValue.hasPrefix("t") && typed.id.rawValue.count == 16)
        #expect(typed.timeZone == "America/Argentina/Buenos_Aires")
        #expect(Timestamp.format(typed.at, in: try #require(TimeZone(identifier: typed.timeZone))) == "2026-11-21T08:00:00-03:00")
        #expect(!typed.changes.isImported, "the new row carries no stamp")
        #expect(try store.load().moments.first { $0.title == "Breakfast in bed" }?.id == typed.id, "the id changed between reads")
    }

    /// A typed row with no zone is in its giver's own zone when the couple set one, as `log`
    /// takes it, named by id, name or a word of the name (a new user's trial: a row typed for
    /// a partner seven hours away was read on the journal's clock).
    /// A row that says how a bid was answered and leaves the kind empty is a bid, as
    /// `log --response` makes one (a new user's trial: it was a gesture, its answer not counted),
    /// typed without an id or with one; a kind typed out stays as typed.
    @Test func aResponseWithoutAKindIsABid() throws {
        let (store, folder) = try Self.typedRows(
            zone: "Europe/Paris",
            [
                ["at": "2026-11-21 08:00", "giver": "alex", "receiver": "sam", "title": "Asked about the interview", "response": "toward"],
                ["at": "2026-11-21 09:00", "giver": "sam", "receiver": "alex", "title": "Made tea", "response": "away", "kind": "gesture"],
                ["at": "2026-11-21 10:00", "giver": "sam", "receiver": "alex", "title": "Made toast"],
                [
                    "id": "handmade001", "at": "2026-11-21T11:00:00+01:00", "timeZone": "Europe/Paris", "giver": "sam",
                    "receiver": "alex", "title": "Showed me a bird", "response": "against",
                ],
            ])
        let read = try store.load()
        func kind(_ title: String) -> MomentKind? { read.moments.first { $0.title == title }?.kind }
        #expect(kind("Asked about the interview") == .bid && kind("Showed me a bird") == .bid)
        #expect(kind("Made tea") == .gesture && kind("Made toast") == .gesture)
        // A row with an id is read by the fast reader too (alone: it leaves rows without one to
        // the general reader), alike.
        let lines = String(decoding: try SecureFile.read(folder + "/moments.csv"), as: UTF8.self).split(separator: "\n")
        let table = Array((lines[0] + "\n" + (lines.first { $0.hasPrefix("handmade001,") } ?? "") + "\n").utf8)
        let fast = try #require(table.withUnsafeBufferPointer { CSVMomentReader.read($0, threads: 1, parallelThreshold: 1 << 30) })
        #expect(fast.first { $0.title == "Showed me a bird" }?.kind == .bid)
    }

    @Test func aRowTypedWithoutAZoneIsInItsGiversOwnZone() throws {
        let (store, _) = try Self.typedRows(
            zone: "Europe/Paris", partnerZones: ["sam": "America/Mexico_City"],
            [
                ["at": "2026-12-04 02:00", "giver": "Sam", "receiver": "alex", "title": "Late call"],
                ["at": "2026-12-04 02:00", "giver": "alex", "receiver": "sam", "title": "Early tea"],
            ])
        let read = try store.load()
        let late = try #require(read.moments.first { $0.title == "Late call" })
        let early = try #require(read.moments.first { $0.title == "Early tea" })
        #expect(late.giver == "sam" && late.timeZone == "America/Mexico_City")
        #expect(Timestamp.format(late.at, in: try #require(TimeZone(identifier: late.timeZone))) == "2026-12-04T02:00:00-06:00")
        #expect(early.timeZone == "Europe/Paris")
        #expect(late.at.timeIntervalSince(early.at) == 7 * 3600)
    }

    /// A typed time that names a day or hour that does not exist says so, not that it is in the
    /// wrong form; the example offered carries the zone's own offset.
    @Test(arguments: [
        ("2026-02-29 10:00", "2026-02 has 28 days, so day 29 does not exist"),
        ("2026-13-01 10:00", "there is no month 13"),
        ("2026-12-05 24:30", "hours go from 00 to 23"),
        ("2026-12-05 23:75", "minutes and seconds go from 00 to 59"),
        ("2026-02-29T10:00:00-06:00", "29 February"),
        ("last sunday", "a new row takes 2026-11-21 08:00 (read in America/Mexico_City) or 2026-11-21T08:00:00-06:00"),
    ])
    func aTypedTimeThatDoesNotExistIsSaidSo(typed: String, said: String) throws {
        let (store, folder) = try Self.typedRows(
            zone: "America/Mexico_City", [["at": typed, "giver": "alex", "receiver": "sam", "title": "Tea"]])
        let refusal = try Self.refusal(of: store, folder)
        #expect(refusal.contains("at (column 2)") && refusal.contains(said), "\(refusal)")
    }

    /// A typed time the clocks skipped is refused, not moved an hour on (a new user's trial).
    @Test func aTypedTimeTheClocksSkippedIsRefused() throws {
        let (store, folder) = try Self.typedRows(
            zone: "Europe/Paris", [["at": "2026-03-29 02:30", "giver": "alex", "receiver": "sam", "title": "Tea"]])
        let refusal = try Self.refusal(of: store, folder)
        #expect(refusal.contains("'2026-03-29 02:30' did not happen in Europe/Paris: the clocks went forward that night"), "\(refusal)")
        let (around, _) = try Self.typedRows(
            zone: "Europe/Paris", [["at": "2026-03-29 03:00", "giver": "alex", "receiver": "sam", "title": "Tea"]])
        #expect(
            try around.load().moments.contains {
                Timestamp.format($0.at, in: TimeZone(identifier: "Europe/Paris") ?? .current) == "2026-03-29T03:00:00+02:00"
            })
    }

    /// A typed row that names its zone by an abbreviation is refused with the place meant (the
    /// system here reads BST as Bangladesh's time); a row with an id whose zone was emptied says
    /// what to write back.
    @Test func aZoneTypedAsAnAbbreviationOrEmptiedIsExplained() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        var journal = try ConformanceFixtures.couple(moments: 1)
        journal.settings.timeZone = "Europe/London"
        try store.save(journal)
        let before = try Data(contentsOf: URL(fileURLWithPath: folder + "/moments.csv"))
        try Self.saveAsASpreadsheetWould(folder) { rows in
            rows.append(
                Self.typedRow(rows, ["at": "2026-11-21 08:00", "timeZone": "BST", "giver": "alex", "receiver": "sam", "title": "Tea"]))
        }
        // The typed row is the file's last line (a note above it may hold a line break).
        let line = try String(contentsOfFile: folder + "/moments.csv", encoding: .utf8).filter { $0 == "\n" }.count
        let abbreviation = try Self.refusal(of: store, folder)
        #expect(abbreviation.contains("moments.csv:\(line): timeZone (column 3)"), "\(abbreviation)")
        #expect(abbreviation.contains("'BST' is an abbreviation") && abbreviation.contains("did you mean Europe/London?"))
        try Data(before).write(to: URL(fileURLWithPath: folder + "/moments.csv"))
        try Self.saveAsASpreadsheetWould(folder) { rows in rows[1][Self.column(rows, "timeZone")] = "" }
        let emptied = try Self.refusal(of: store, folder)
        #expect(emptied.contains("moments.csv:2: timeZone (column 3)"), "\(emptied)")
        #expect(emptied.contains("a row with an id keeps the time zone its moment was logged in"), "\(emptied)")
        // The fixture's moment was logged in London: its time's offset says so.
        #expect(emptied.contains("write that zone back (Europe/London: of the zones this journal names"), "\(emptied)")
        // A moment of 23:30 in Phoenix, its zone emptied: the zone named is the one whose clock
        // read -07:00 then (a partner's own), not the journal's, which would move it a day on.
        journal.settings.partnerTimeZones[journal.moments[0].giver] = "America/Phoenix"
        journal.moments[0].timeZone = "America/Phoenix"
        journal.moments[0].at = try #require(Timestamp.parse("2026-12-05T23:30:00-07:00"))
        try store.save(journal)
        try Self.saveAsASpreadsheetWould(folder) { rows in rows[1][Self.column(rows, "timeZone")] = "" }
        let phoenix = try Self.refusal(of: store, folder)
        #expect(phoenix.contains("write that zone back (America/Phoenix: of the zones this journal names"), "\(phoenix)")
        #expect(phoenix.contains("read -07:00 then"), "\(phoenix)")
        #expect(CSVJournalDecoder.offset(of: "2026-12-05T23:30:00Z") == 0)
        #expect(CSVJournalDecoder.offset(of: "2026-12-05T23:30:00+05:30") == 19_800)
        #expect(CSVJournalDecoder.offset(of: "2026-12-05 23:30") == nil)
    }

    /// In a journal whose settings name no time zone, a row typed without one takes the zone the
    /// other rows name most (it was most likely typed where they were logged), not UTC.
    @Test func aTypedRowInAJournalWithoutAZoneTakesTheRowsZone() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        var journal = try ConformanceFixtures.couple(moments: 3)
        journal.settings.timeZone = nil
        for index in journal.moments.indices { journal.moments[index].timeZone = index == 0 ? "Europe/Lisbon" : "Asia/Tokyo" }
        try store.save(journal)
        try Self.saveAsASpreadsheetWould(folder) { rows in
            rows.append(Self.typedRow(rows, ["at": "2026-11-21 08:00", "giver": "alex", "receiver": "sam", "title": "Breakfast in bed"]))
        }
        let typed = try #require(try store.load().moments.first { $0.title == "Breakfast in bed" })
        #expect(typed.timeZone == "Asia/Tokyo")
        #expect(Timestamp.format(typed.at, in: try #require(TimeZone(identifier: typed.timeZone))) == "2026-11-21T08:00:00+09:00")
        #expect(TypedRows.commonZone(["", "Europe/Paris", "UTC", "UTC", "Europe/Paris"]) == "UTC")
        // A time the reader would have to guess at is refused with its place, not read as
        // another time: 9pm is not 09:00, and words after the time are not left out.
        for typed in [
            "2026-11-23 9pm", "2026-11-23 21:00 PST", "2026-11-23 banana", "2026-11-23 8:00 extra words", "2026-11-23 21",
            "2026-11-23 21:0",
        ] {
            try Self.saveAsASpreadsheetWould(folder) { rows in rows[rows.count - 1][Self.column(rows, "at")] = typed }
            #expect(throws: StoreError.self, "\(typed)") { try store.load() }
            do {
                _ = try store.load()
            } catch {
                #expect(error.description.contains("moments.csv") && error.description.contains("is not a time"), "\(error)")
            }
        }
        for typed in ["2026-11-23", "2026-11-23 8:00", "2026-11-23T08:00:30"] { #expect(TypedRows.plainDateTime(typed), "\(typed)") }
        #expect(TypedRows.commonZone(["Europe/Paris", "UTC"]) == "Europe/Paris" && TypedRows.commonZone(["", ""]) == nil)
    }
}
