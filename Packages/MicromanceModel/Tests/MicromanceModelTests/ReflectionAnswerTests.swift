import Foundation
import Testing

@testable import MicromanceModel

/// Answers to reflective questions: their own records, checked, merged and removed like the others.
@Suite struct ReflectionAnswerTests {
    private func answer(
        _ id: String, _ text: String, by partner: Identifier<Partner>? = "alex", at seconds: Double = 1_790_100_000
    )
        -> ReflectionAnswer
    {
        ReflectionAnswer(
            id: Identifier(id), at: Date(timeIntervalSince1970: seconds), timeZone: "Europe/Paris", partner: partner,
            question: "What makes you feel seen?", answer: text)
    }

    @Test func answersWrittenApartBothSurviveAMergeAndARemovalWins() throws {
        var (maya, jonas) = try twoCopies()
        maya.change { $0.reflections.append(answer("a1", "When you remember the small things")) }
        jonas.change { $0.reflections.append(answer("a2", "Sunday pancakes", by: "sam", at: 1_790_000_500)) }
        let report = maya.merge(jonas)
        #expect(maya.journal.reflections.map(\.id.rawValue) == ["a2", "a1"])  // by time
        #expect(report.entries.contains { $0.kind == "reflection" && $0.id == "a2" && $0.reason == .new })
        jonas.merge(maya)
        #expect(jonas.journal.reflections == maya.journal.reflections)

        // Jonas removes his answer while Maya, apart, edits hers: both changes carry over.
        jonas.change { $0.reflections.removeAll { $0.id == "a2" } }
        maya.change { $0.reflections[1].answer = "When you remember the small things, unasked" }
        maya.merge(jonas)
        jonas.merge(maya)
        #expect(maya.journal.reflections.map(\.answer) == ["When you remember the small things, unasked"])
        #expect(maya.journal.removed.reflections.map(\.id.rawValue) == ["a2"])
        #expect(jonas.journal.reflections == maya.journal.reflections)
    }

    @Test func anAnswerMustSaySomethingAndNameAKnownPartner() throws {
        let journal = try sampleJournal()
        #expect(throws: JournalValidationError.emptyText(field: "answer", in: "reflection a1")) {
            try journal.validate(answer("a1", " \n "))
        }
        #expect(throws: JournalValidationError.unknownPartner(id: "robin", field: "partner", in: "reflection a1")) {
            try journal.validate(answer("a1", "Yes", by: "robin"))
        }
        var bad = answer("a1", "Yes")
        bad.timeZone = "Mars/Olympus"
        #expect(throws: JournalValidationError.invalidTimeZone("Mars/Olympus", in: "reflection a1")) { try journal.validate(bad) }
        try journal.validate(answer("a1", "Together", by: nil))
        var twice = journal
        twice.reflections = [answer("a1", "One"), answer("a1", "Two")]
        #expect(twice.problems().contains(.duplicateID(kind: "reflection", id: "a1")))
        #expect("\(JournalValidationError.emptyText(field: "answer", in: "reflection a1"))".contains("the answer is empty"))
    }

    @Test func aVersion3JournalReadsWithNoAnswersAndIsUpgraded() throws {
        let text = #"{"schemaVersion": 3, "partners": [{"id": "alex", "name": "Alex"}, {"id": "sam", "name": "Sam"}]}"#
        let journal = try JSONDecoder().decode(Journal.self, from: Data(text.utf8))
        #expect(journal.reflections.isEmpty && journal.schemaVersion == 4)
        var newer = journal
        newer.reflections = [answer("a1", "Yes")]
        let data = try JSONEncoder().encode(newer)
        #expect(try JSONDecoder().decode(Journal.self, from: data) == newer)
        // A journal without answers writes no empty list.
        #expect(!String(decoding: try JSONEncoder().encode(journal), as: UTF8.self).contains("reflections"))
    }
}
