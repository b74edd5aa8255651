import Foundation
import MicromanceModel
import Testing

@testable import MicromanceStore

/// A field added to journal.json by hand is refused with its place rather than dropped at
/// the next save; what a hand edit may leave empty or null still reads.
@Suite struct JSONUnknownFieldTests {
    private static let partners = """
        "partners" : [ { "id" : "alex", "name" : "Alex" }, { "id" : "sam", "name" : "Sam" } ]
        """

    private static func moment(_ extra: String = "") -> String {
        """
        { "id" : "m1", "at" : "2026-11-24T08:15:00Z", "timeZone" : "UTC", "giver" : "alex",
              "receiver" : "sam", "title" : "Hug"\(extra) }
        """
    }

    @Test(arguments: [
        (", \"mood\" : \"happy\"", "moments[0].mood", 6),
        (", \"tags\" : [\"kitchen\"]", "moments[0].tags", 6),
    ])
    func aFieldAddedToAMomentIsRefusedWithItsPlace(extra: String, field: String, line: Int) throws {
        let text = """
            {
              "schemaVersion" : 4,
              \(Self.partners),
              "moments" : [
                \(Self.moment(extra))
              ]
            }
            """
        do {
            _ = try JournalJSON.decode(Array(text.utf8), file: "j.json")
            Issue.record("read a journal with a field it does not keep")
        } catch {
            guard case let .corrupt(file, foundLine, _, foundField, reason) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(file == "j.json")
            #expect(foundLine == line)
            #expect(foundField == field)
            #expect(reason.contains("does not keep") && reason.contains("note"), "\(reason)")
            #expect(error.description.contains("The file was not changed"))
        }
    }

    @Test func aFieldAddedAtTheTopOrToAPartnerIsRefused() throws {
        let top = "{ \"schemaVersion\" : 4, \(Self.partners), \"moments\" : [], \"owner\" : \"me\" }"
        let partner = """
            { "schemaVersion" : 4, "partners" : [ { "id" : "alex", "name" : "Alex", "nickname" : "Al" } ] }
            """
        for (text, field) in [(top, "owner"), (partner, "partners[0].nickname")] {
            #expect(throws: StoreError.self) { try JournalJSON.decode(Array(text.utf8), file: "j.json") }
            do {
                _ = try JournalJSON.decode(Array(text.utf8), file: "j.json")
            } catch {
                guard case let .corrupt(_, _, _, found, _) = error else {
                    Issue.record("\(error)")
                    continue
                }
                #expect(found == field)
            }
        }
    }

    /// Nulls, empty lists and objects are what a person clearing a field by hand writes: they
    /// read as the field left out.
    @Test func nullsAndEmptyFieldsStillRead() throws {
        let text = """
            {
              "schemaVersion" : 4,
              \(Self.partners),
              "moments" : [
                \(Self.moment(", \"note\" : null, \"gesture\" : null, \"ritual\" : null"))
              ],
              "reflections" : [],
              "removed" : {}
            }
            """
        let journal = try JournalJSON.decode(Array(text.utf8), file: "j.json")
        #expect(journal.moments.count == 1)
        #expect(journal.moments.first?.note == nil)
    }

    /// Partners and settings as Micromance writes them pass the quick look at their keys; a
    /// time zone per partner (keyed by partner id) takes the exact comparison, and still reads.
    @Test func writtenPartsPassAndPartnerKeyedSettingsStillRead() throws {
        var journal = try makeJournal()
        journal.partners[0].preferences = ["oat flat white"]
        let written = try JSONEncoder().encode(journal.partners) + JSONEncoder().encode(journal.rituals)
        #expect(Array(written).withUnsafeBufferPointer { JournalJSON.onlyKnownKeys($0) })
        #expect(!Array(#"{"id":"alex","nick\u0061me":"Al"}"#.utf8).withUnsafeBufferPointer { JournalJSON.onlyKnownKeys($0) })
        let text = """
            { "schemaVersion" : 4, \(Self.partners),
              "settings" : { "dailyTarget" : 1, "partnerTimeZones" : { "alex" : "Europe/Paris", "sam" : "Asia/Tokyo" } } }
            """
        let read = try JournalJSON.decode(Array(text.utf8), file: "j.json")
        #expect(read.settings.partnerTimeZones.count == 2)
    }

    /// The store refuses to go on, and leaves the file as the person left it.
    @Test func theStoreLeavesTheEditedFileAlone() throws {
        let folder = try TemporaryFolder()
        let store = JSONJournalStore(path: folder.path + "/journal.json")
        try store.save(try makeJournal())
        let saved = try String(contentsOfFile: store.path, encoding: .utf8)
        let title = "\"title\" : \"Made Sam's coffee\""
        let edited = saved.replacingOccurrences(of: title, with: title + ", \"mood\" : \"sleepy\"")
        #expect(edited != saved)
        try Data(edited.utf8).write(to: URL(fileURLWithPath: store.path))
        #expect(throws: StoreError.self) { try store.load() }
        #expect(throws: StoreError.self) { try store.update { $0.settings.dailyTarget = 2 } }
        #expect(try String(contentsOfFile: store.path, encoding: .utf8) == edited)
    }
}
