import Foundation
import MicromanceModel
import MicromanceStoreTestKit
import Testing

@testable import MicromanceStore

/// A journal as version 1 of Micromance wrote it.
let versionOneJSON = """
    {
      "moments" : [
        { "at" : "2026-11-24T08:15:00+01:00", "giver" : "alex", "id" : "m1", "kind" : "gesture", "language" : "service", "receiver" : "sam", "timeZone" : "Europe/Paris", "title" : "Made Sam's coffee" }
      ],
      "partners" : [
        { "id" : "alex", "importantDates" : [], "name" : "Alex", "preferences" : [], "profile" : { "gifts" : 1, "service" : 1, "time" : 1, "touch" : 1, "words" : 1 }, "stressors" : [] },
        { "id" : "sam", "importantDates" : [], "name" : "Sam", "preferences" : [], "profile" : { "gifts" : 1, "service" : 1, "time" : 1, "touch" : 1, "words" : 1 }, "stressors" : [] }
      ],
      "rituals" : [],
      "schemaVersion" : 1,
      "settings" : { "dailyTarget" : 1, "timeZone" : "Europe/Paris", "weekStart" : "mon" }
    }

    """

@Suite struct MigrationTests {
    @Test func versionOneJSONIsUpgradedAndBackedUpOnFirstSave() throws {
        let folder = freshPath()
        let path = folder + "/journal.json"
        try SecureFile.makeFolder(folder)
        try versionOneJSON.write(toFile: path, atomically: false, encoding: .utf8)
        let store = JSONJournalStore(path: path)
        var journal = try store.load()
        #expect(journal.schemaVersion == Journal.currentSchemaVersion)
        #expect(journal.moments.first?.ritualID == nil && journal.partners.first?.ideas == [] && journal.settings.restDays == [])
        journal.settings.restDays = [.sunday]
        try store.save(journal)
        let backup = path + ".v1.bak"
        #expect(try String(contentsOfFile: backup, encoding: .utf8) == versionOneJSON)
        #expect(try permissions(backup) == 0o600)
        #expect(try store.load() == journal)
        // Later saves keep the first backup as it was.
        try store.save(journal)
        #expect(try String(contentsOfFile: backup, encoding: .utf8) == versionOneJSON)
        #expect(SchemaBackup.jsonVersion(at: path) == Journal.currentSchemaVersion)
    }

    @Test func versionOneCSVIsUpgradedAndBackedUp() throws {
        let folder = freshPath()
        let store = CSVJournalStore(folder: folder)
        try store.save(try ConformanceFixtures.couple(moments: 2))
        // Rewrite the tables as version 1 had them: no ritual or ideas columns, version 1.
        try "key,value\nschemaVersion,1\ndailyTarget,1\nweekStart,mon\n".write(
            toFile: folder + "/settings.csv", atomically: false, encoding: .utf8)
        let partners = "id,name,words,service,gifts,time,touch,preferences\nalex,Alex,4,5,0,0,0,[]\nsam,Sam,0,0,0,3.5,5,[]\n"
        try partners.write(toFile: folder + "/partners.csv", atomically: false, encoding: .utf8)
        let moments =
            "id,at,timeZone,giver,receiver,kind,language,gesture,response,title,note\nm1,2026-11-24T08:15:00Z,UTC,alex,sam,gesture,touch,,,Hug,\n"
        try moments.write(toFile: folder + "/moments.csv", atomically: false, encoding: .utf8)
        let journal = try store.load()
        #expect(journal.schemaVersion == Journal.currentSchemaVersion)
        #expect(journal.moments.map(\.title) == ["Hug"])
        try store.save(journal)
        #expect(try String(contentsOfFile: folder + "/backup-v1/moments.csv", encoding: .utf8) == moments)
        #expect(try String(contentsOfFile: folder + "/backup-v1/partners.csv", encoding: .utf8) == partners)
        #expect(try store.load() == journal)
    }

    @Test func aVersionNoBuildEverWroteIsRefused() {
        let text = versionOneJSON.replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 0")
        #expect(throws: StoreError.self) { try JournalJSON.decode(Array(text.utf8)) }
    }
}

/// Moments kept one record each (as a database keeps them) read back as an array.
@Suite struct MomentArrayTests {
    @Test func recordsEncodedOneByOneReadBackAsTheyWere() throws {
        var random = SeededGenerator(seed: 41)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for _ in 0..<20 {
            let moments = RandomJournals.journal(using: &random, maxMoments: 40).moments
            let records = try moments.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
            let array = "[" + records.joined(separator: ",") + "]"
            #expect(try JournalJSON.decodeMoments(Array(array.utf8), file: "rows") == moments)
        }
        #expect(try JournalJSON.decodeMoments(Array("[]".utf8), file: "rows").isEmpty)
        #expect(throws: StoreError.self) { try JournalJSON.decodeMoments(Array("[{\"id\": 7}]".utf8), file: "rows") }
    }
}
