import Foundation
import MicromanceModel
import Testing

@testable import MicromanceStore

/// A fresh folder under the system's temporary folder, removed when the test ends.
final class TemporaryFolder {
    let path: String
    init() throws {
        path = NSTemporaryDirectory() + "micromance-tests-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
}

func makeJournal() throws -> Journal {
    var journal = Journal(settings: JournalSettings(timeZone: "Europe/Paris"))
    try journal.add(Partner(name: "Alex"))
    try journal.add(Partner(name: "Sam", profile: LoveLanguageProfile([.touch: 5, .time: 3])))
    let at = try #require(Timestamp.parse("2026-11-24T08:15:00+01:00"))
    try journal.log(
        Moment(
            id: "m1", at: at, timeZone: "Europe/Paris", giver: "alex", receiver: "sam",
            title: "Made Sam's coffee", gestureID: "make-their-coffee", language: .service,
            note: "oat milk, \"no\" sugar\nsecond line ☕️"))
    return journal
}

func permissions(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
}

@Suite struct JSONStoreTests {
    @Test func savesAndLoadsTheSameJournal() throws {
        let folder = try TemporaryFolder()
        let store = JSONJournalStore(path: folder.path + "/nested/data/journal.json")
        #expect(!store.exists)
        let journal = try makeJournal()
        try store.save(journal)
        #expect(try store.load() == journal)
    }

    @Test func createsOwnerOnlyFilesAndFolders() throws {
        let folder = try TemporaryFolder()
        let store = JSONJournalStore(path: folder.path + "/micromance/journal.json")
        try store.save(try makeJournal())
        #expect(try permissions(store.path) == 0o600)
        #expect(try permissions(folder.path + "/micromance") == 0o700)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/micromance")
        #expect(leftovers == ["journal.json"])
    }

    @Test func writesAReadableSortedDocument() throws {
        let folder = try TemporaryFolder()
        let store = JSONJournalStore(path: folder.path + "/journal.json")
        try store.save(try makeJournal())
        let text = try String(contentsOfFile: store.path, encoding: .utf8)
        #expect(text.hasSuffix("}\n"))
        #expect(text.contains("{ \"at\" : \"2026-11-24T08:15:00+01:00\", \"gesture\" : \"make-their-coffee\""))
        #expect(text.contains("\"rituals\" : [],"))
        #expect(text.contains("\"schemaVersion\" : \(Journal.currentSchemaVersion)"))
        let keys = ["\"moments\"", "\"partners\"", "\"rituals\"", "\"schemaVersion\"", "\"settings\""]
        let offsets = keys.compactMap { text.range(of: $0)?.lowerBound }
        #expect(offsets.count == keys.count && offsets == offsets.sorted())
        // Saving the same journal twice gives the same bytes: diffs show only real changes.
        let first = try Data(contentsOf: URL(fileURLWithPath: store.path))
        try store.save(try store.load())
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.path)) == first)
    }

    @Test func oneMomentPerLineAndHostileTextRoundTrips() throws {
        var journal = try makeJournal()
        let hostile = [
            "", "\u{0}\u{1}\u{1F}", "tab\tcr\r\nlf", "quote \" backslash \\ slash /", "=HYPERLINK(\"x\")",
            "Zoë 💞 日本語", String(repeating: "long ", count: 2_000),
        ]
        for (index, text) in hostile.enumerated() {
            var moment = journal.moments[0]
            moment.id = Identifier("h\(index)")
            moment.note = text
            moment.title = text.isEmpty ? "t" : text
            journal.moments.append(moment)
        }
        journal.partners[0].preferences = hostile
        journal.partners[0].importantDates = [ImportantDate(id: "d", title: "Anniversary", month: 6, day: 1, year: 2019)]
        journal.partners[0].stressors = [
            Stressor(id: "s", title: "Rain"), Stressor(id: "t", title: "Talk", day: CalendarDay("2026-12-01")),
        ]
        journal.rituals = [
            Ritual(
                id: "r", title: "Walk", cadence: .everyNDays(3, start: try #require(CalendarDay("2026-11-01"))),
                participants: ["alex", "sam"])
        ]
        journal.partners[1].profile = LoveLanguageProfile([.touch: 0.125, .time: 1e-7, .words: 3])
        let bytes = JournalJSON.encode(journal)
        let text = String(decoding: bytes, as: UTF8.self)
        let momentLines = text.split(separator: "\n").filter { $0.hasPrefix("    { \"at\"") }
        #expect(momentLines.count == journal.moments.count)
        #expect(try JSONDecoder().decode(Journal.self, from: Data(bytes)) == journal)
        #expect(try JournalJSON.decode(bytes) == journal)
        #expect(JSONSerialization.isValidJSONObject(try JSONSerialization.jsonObject(with: Data(bytes))))
    }

    @Test func missingFileIsNotFound() throws {
        let folder = try TemporaryFolder()
        let store = JSONJournalStore(path: folder.path + "/none.json")
        #expect(throws: StoreError.self) { try store.load() }
        do { _ = try store.load() } catch {
            guard case .notFound = error else { Issue.record("expected notFound, got \(error)"); return }
        }
    }

    @Test func syntaxErrorNamesFileLineAndColumnAndLeavesFileAlone() throws {
        let folder = try TemporaryFolder()
        let store = JSONJournalStore(path: folder.path + "/journal.json")
        try store.save(try makeJournal())
        var text = try String(contentsOfFile: store.path, encoding: .utf8)
        // Drop the comma after the first field of the first moment.
        let target = try #require(text.range(of: "\"at\" : \"2026-11-24T08:15:00+01:00\","))
        text.replaceSubrange(target, with: "\"at\" : \"2026-11-24T08:15:00+01:00\"")
        try text.write(toFile: store.path, atomically: false, encoding: .utf8)
        let before = try Data(contentsOf: URL(fileURLWithPath: store.path))
        // Each moment is on one line, so the missing comma is on the line of "at".
        let expectedLine = text[..<target.lowerBound].filter { $0 == "\n" }.count + 1
        do {
            _ = try store.load()
            Issue.record("a broken file loaded")
        } catch {
            guard case let .corrupt(file, line, column, _, reason) = error else {
                Issue.record("expected corrupt, got \(error)"); return
            }
            #expect(file == store.path)
            #expect(line == expectedLine)
            #expect(column != nil)
            #expect(reason.contains("expected ',' or '}'"))
            #expect(error.description.contains("\(store.path):\(expectedLine):"))
        }
        #expect(throws: StoreError.self) { try store.append(try makeJournal().moments[0]) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.path)) == before)
    }

    @Test func fieldErrorsNameTheFieldAndLine() throws {
        let text = """
            {
              "schemaVersion" : 1,
              "partners" : [ { "id" : "alex", "name" : "Alex" }, { "id" : "sam", "name" : "Sam" } ],
              "moments" : [
                { "id" : "m1", "at" : "yesterday", "timeZone" : "UTC", "giver" : "alex", "receiver" : "sam", "title" : "Hug" }
              ]
            }
            """
        do {
            _ = try JournalJSON.decode(Array(text.utf8), file: "j.json")
            Issue.record("loaded a bad timestamp")
        } catch {
            guard case let .corrupt(_, line, _, field, reason) = error else { Issue.record("\(error)"); return }
            #expect(line == 5)
            #expect(field == "moments[0].at")
            #expect(reason.contains("2026-11-24T08:15:00+01:00"))
        }
    }

    @Test func ruleBreakingJournalNamesTheLine() throws {
        let text = """
            {
              "schemaVersion" : 1,
              "partners" : [ { "id" : "alex", "name" : "Alex" } ],
              "moments" : [
                { "id" : "m1", "at" : "2026-11-24T08:15:00Z", "timeZone" : "UTC",
                  "giver" : "alex", "receiver" : "robin", "title" : "Hug" }
              ]
            }
            """
        do {
            _ = try JournalJSON.decode(Array(text.utf8), file: "j.json")
            Issue.record("loaded an unknown partner")
        } catch {
            guard case let .invalid(_, line, problem) = error else { Issue.record("\(error)"); return }
            #expect(line == 6)
            #expect(problem == .unknownPartner(id: "robin", field: "receiver", in: "moment m1"))
        }
    }

    @Test func newerSchemaIsRefused() throws {
        let text = #"{ "schemaVersion" : 7, "partners" : [], "futureField" : { "x" : 1 } }"#
        do {
            _ = try JournalJSON.decode(Array(text.utf8), file: "j.json")
            Issue.record("loaded a newer journal")
        } catch {
            guard case .newerSchema(_, 7, Journal.currentSchemaVersion) = error else { Issue.record("\(error)"); return }
            #expect(error.description.contains("Update Micromance"))
        }
    }

    @Test(arguments: [
        ("", 1, "empty"),
        ("{\n  \"schemaVersion\" : 1,\n  \"partners\" : [\n", 4, "ends where a value"),
        ("{ \"a\": \"x\ny\" }", 1, "control character"),
        ("{ \"schemaVersion\" : 1 } x", 1, "after the end"),
        ("[\n\n  tru ]", 3, "expected 'true'"),
    ])
    func syntaxErrors(text: String, line: Int, words: String) {
        do {
            _ = try JournalJSON.decode(Array(text.utf8), file: "j.json")
            Issue.record("decoded \(text)")
        } catch {
            guard case let .corrupt(_, found, _, _, reason) = error else { Issue.record("\(error)"); return }
            #expect(found == line, "\(text)")
            #expect(reason.contains(words), "\(reason)")
        }
    }

    @Test func invalidUTF8IsLocated() {
        var bytes = Array("{\n \"a\": \"".utf8)
        bytes += [0xFF, 0x22, 0x7D]
        do {
            _ = try JournalJSON.decode(bytes, file: "j.json")
            Issue.record("decoded invalid UTF-8")
        } catch {
            guard case let .corrupt(_, line, _, _, reason) = error else { Issue.record("\(error)"); return }
            #expect(line == 2)
            #expect(reason.contains("UTF-8"))
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: StoreError.self) { try JournalJSON.decode(Array(text.utf8), file: "deep.json") }
    }

    @Test func updateSavesOnlyValidResults() throws {
        let folder = try TemporaryFolder()
        let store = JSONJournalStore(path: folder.path + "/journal.json")
        try store.save(try makeJournal())
        #expect(throws: StoreError.self) {
            try store.update { journal in journal.settings.dailyTarget = -1 }
        }
        #expect(try store.load().settings.dailyTarget == 1)
        try store.update { journal in journal.settings.dailyTarget = 2 }
        #expect(try store.load().settings.dailyTarget == 2)
    }
}

@Suite struct JSONErrorExcerptTests {
    /// A journal of one moment whose `field` holds `value`, as JSON.
    static func document(setting field: String, to value: String) throws -> Data {
        var moment: [String: String] = [
            "at": "2026-11-24T08:15:00Z", "giver": "alex", "id": "m1", "kind": "gesture",
            "receiver": "sam", "timeZone": "UTC", "title": "Hug",
        ]
        moment[field] = value
        return try JSONSerialization.data(withJSONObject: [
            "schemaVersion": 3, "moments": [moment],
            "partners": [["id": "alex", "name": "Alex"], ["id": "sam", "name": "Sam"]],
        ])
    }

    /// A 5,000-character bad value in any field: the error quotes at most about 60 characters of it.
    @Test(arguments: ["language", "kind", "response", "at"])
    func longBadValuesAreCutInErrors(field: String) throws {
        let object = try Self.document(setting: field, to: String(repeating: "x", count: 5_000))
        do {
            _ = try JournalJSON.decode(Array(object), file: "journal.json")
            Issue.record("a bad \(field) was accepted")
        } catch {
            let message = "\(error)"
            #expect(!message.contains(String(repeating: "x", count: 61)), "\(field): \(message.count) characters")
            #expect(message.contains("journal.json") && message.contains(field))
        }
    }

    /// A value a hand edit got wrong is named with the values the field takes.
    @Test(arguments: [("language", "Touch", "words, service, gifts, time, touch"), ("kind", "favour", "gesture, bid")])
    func aWrongValueListsTheRightOnes(field: String, value: String, choices: String) throws {
        let object = try Self.document(setting: field, to: value)
        #expect {
            _ = try JournalJSON.decode(Array(object), file: "journal.json")
        } throws: { error in
            "\(error)".contains("'\(value)' is not one of \(choices)") && !"\(error)".contains("Cannot initialize")
        }
    }
}

@Suite struct DuplicateKeyTests {
    /// A key given twice in one object is refused with its line, wherever it is: in a moment
    /// (the fast reader's part), at the top, or in a partner (decoded by `JSONDecoder`).
    @Test(arguments: [
        #"{"schemaVersion":3,"partners":[{"id":"alex","name":"Alex"},{"id":"sam","name":"Sam"}],"moments":["#
            + "\n"
            + #"{"at":"2026-11-24T08:15:00Z","giver":"alex","id":"m1","kind":"gesture","note":"first","note":"second","receiver":"sam","timeZone":"UTC","title":"Hug"}]}"#,
        #"{"schemaVersion":3,"moments":[],"# + "\n" + #""moments":[],"partners":[]}"#,
        #"{"schemaVersion":3,"moments":[],"partners":["# + "\n" + #"{"id":"alex","name":"Alex","name":"Al"}]}"#,
    ])
    func duplicateKeysAreRefusedWithTheirPlace(text: String) throws {
        do {
            _ = try JournalJSON.decode(Array(text.utf8), file: "journal.json")
            Issue.record("a duplicate key was accepted")
        } catch {
            let message = "\(error)"
            #expect(message.contains("journal.json:2:") && message.contains("appears twice"), "\(message)")
        }
    }
}
