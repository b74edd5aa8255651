import Foundation
import Testing
@testable import MicromanceModel

@Suite struct DuplicateFinderTests {
    @Test func findsWhatASetFinds() {
        // Enough ids that every bucket holds several, with many repeats.
        var random = SeededGenerator(seed: 42)
        let ids = (0..<20_000).map { _ in "m\(Int.random(in: 0..<15_000, using: &random))" }
        var seen = Set<String>()
        let expected = ids.indices.filter { !seen.insert(ids[$0]).inserted }
        #expect(DuplicateFinder.laterDuplicates(count: ids.count) { ids[$0] } == expected)
    }

    @Test func comparesTextsAsSwiftDoes() {
        // "é" as one scalar or as "e" and a combining accent, and the Kelvin sign and "K", are equal Strings.
        let ids = ["caf\u{E9}", "cafe\u{301}", "\u{212A}", "K", "plain", "Plain"]
        #expect(DuplicateFinder.laterDuplicates(count: ids.count) { ids[$0] } == [1, 3])
    }
}

@Suite struct ValidationSpeedPathTests {
    @Test func duplicateMomentIDsAreReportedInOrder() throws {
        var journal = Journal()
        try journal.add(Partner(name: "Alex"))
        try journal.add(Partner(name: "Sam"))
        let at = Date(timeIntervalSince1970: 1_795_564_800)
        for id in ["a", "b", "a", "c", "b", "a"] {
            journal.moments.append(Moment(id: Identifier(id), at: at, timeZone: "UTC", giver: "alex", receiver: "sam", title: "Hug"))
        }
        journal.moments.append(Moment(id: "d", at: at, timeZone: "Mars/Base", giver: "alex", receiver: "sam", title: " "))
        let problems = journal.problems()
        #expect(problems.contains(.emptyTitle(in: "moment d")))
        #expect(problems.contains(.invalidTimeZone("Mars/Base", in: "moment d")))
        let duplicates = problems.compactMap { problem -> String? in
            if case .duplicateID("moment", let id) = problem { return id }
            return nil
        }
        #expect(duplicates == ["a", "b", "a"])
    }
}
