import Foundation
import Testing
@testable import MicromanceModel

/// Two journals kept on two machines: shared history, then each logs on its own.
func divergedJournals() throws -> (Journal, Journal) {
    var base = try sampleJournal()
    for index in 0..<5 {
        try base.log(Moment(id: Identifier("shared\(index)"), at: Date(timeIntervalSince1970: 1_790_000_000 + Double(index) * 3600),
                            timeZone: "Europe/Paris", giver: "alex", receiver: "sam", title: "Shared \(index)"))
    }
    var mine = base
    var theirs = base
    try mine.log(Moment(id: "mine1", at: Date(timeIntervalSince1970: 1_790_100_000), timeZone: "UTC", giver: "alex", receiver: "sam", title: "Mine"))
    try theirs.log(Moment(id: "theirs1", at: Date(timeIntervalSince1970: 1_790_050_000), timeZone: "UTC", giver: "sam", receiver: "alex", title: "Theirs"))
    theirs.moments[2].note = "edited on Sam's machine"
    mine.moments[2].note = "edited on Alex's machine"
    try theirs.add(Partner(name: "Robin"))
    return (mine, theirs)
}

@Suite struct MergeTests {
    @Test func unionsByIDAndReports() throws {
        let (mine, theirs) = try divergedJournals()
        let (merged, report) = mine.merged(with: theirs)
        #expect(merged.moments.count == 7)
        #expect(report.addedMoments == 1 && report.addedPartners == 1)
        #expect(report.conflicts.count == 1)
        #expect(report.conflicts.first?.hasPrefix("moment shared2") == true)
        #expect(merged.moments.map(\.at) == merged.moments.map(\.at).sorted())
        #expect(merged.problems().isEmpty)
    }

    @Test func isCommutative() throws {
        let (mine, theirs) = try divergedJournals()
        #expect(mine.merged(with: theirs).journal == theirs.merged(with: mine).journal)
    }

    @Test func isIdempotent() throws {
        let (mine, theirs) = try divergedJournals()
        let once = mine.merged(with: theirs).journal
        let twice = once.merged(with: theirs)
        #expect(twice.journal == once)
        #expect(twice.report.isEmpty)
        #expect(once.merged(with: once).report.isEmpty)
        #expect(mine.merged(with: mine).report.isEmpty)
    }

    @Test func conflictsSettleTheSameWayEitherWay() throws {
        let (mine, theirs) = try divergedJournals()
        let a = mine.merged(with: theirs).journal.moments.first { $0.id == "shared2" }
        let b = theirs.merged(with: mine).journal.moments.first { $0.id == "shared2" }
        #expect(a == b)
        #expect(a?.note == "edited on Sam's machine")  // "edited on S..." sorts after "edited on A..."
    }
}
