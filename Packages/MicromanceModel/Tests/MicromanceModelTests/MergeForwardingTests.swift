import Foundation
import Testing

@testable import MicromanceModel

/// A moment logged on one device naming a partner another device merged away before the merge
/// reached it: once the copies meet, it reads as the partner kept (the tenth trial's moment
/// credited to a removed `june-okafor`, counted in no one's Given).
@Suite struct MergeForwardingTests {
    /// Ana and Ben, with Ben set up twice ("Benji"), and one moment from Benji.
    private func couple() throws -> Journal {
        var journal = Journal()
        for name in ["Ana", "Ben", "Benji"] { try journal.add(Partner(name: name)) }
        journal.moments = [
            Moment(
                id: "m1", at: Date(timeIntervalSince1970: 1_789_000_000), timeZone: "UTC", giver: "benji", receiver: "ana",
                title: "Made tea")
        ]
        return journal
    }

    /// What a partner merge does: the moments move to the one kept and the other goes, in one change.
    private func mergeBenji(into kept: Identifier<Partner>, on device: inout TestDevice) {
        device.change { journal in
            for index in journal.moments.indices {
                if journal.moments[index].giver == "benji" { journal.moments[index].giver = kept }
                if journal.moments[index].receiver == "benji" { journal.moments[index].receiver = kept }
            }
            journal.partners.removeAll { $0.id == "benji" }
        }
    }

    /// Ana's phone merges Benji into Ben while Ben's phone, before the merge reaches it, logs
    /// a moment from Benji to `receiver`.
    private func mergedWhileLogging(
        _ id: Identifier<Moment>, to receiver: Identifier<Partner>, title: String, language: LoveLanguage? = nil
    ) throws -> (ana: TestDevice, ben: TestDevice) {
        var ana = TestDevice("anaphone", journal: try couple())
        var ben = TestDevice("benphone", journal: ana.journal, start: 1_790_000_500)
        mergeBenji(into: "ben", on: &ana)
        ben.change { journal in
            journal.moments.append(
                Moment(
                    id: id, at: Date(timeIntervalSince1970: 1_789_100_000), timeZone: "UTC", giver: "benji", receiver: receiver,
                    title: title, language: language))
        }
        return (ana, ben)
    }

    @Test func aMomentLoggedBeforeTheMergeArrivedNamesThePartnerKept() throws {
        var (ana, ben) = try mergedWhileLogging("m2", to: "ana", title: "Carried the shopping")
        ana.merge(ben)
        var journal = ana.journal
        #expect(journal.partners.map(\.id) == ["ana", "ben"])
        #expect(journal.mergeForwarding == ["benji": "ben"])
        let stamps = journal.moments.map(\.changes)
        #expect(journal.forwardMergedPartners() == 1)
        #expect(journal.moments.map(\.giver) == ["ben", "ben"])
        #expect(journal.moments.map(\.changes) == stamps, "how the journal reads, not a change of its own")
        #expect(journal.problems().isEmpty)
        #expect(journal.forwardMergedPartners() == 0)
        // Merged the other way round, the copies read alike.
        ben.merge(ana)
        var other = ben.journal
        other.forwardMergedPartners()
        #expect(other.moments.sorted { $0.id.rawValue < $1.id.rawValue }.map(\.giver) == ["ben", "ben"])
    }

    @Test func aPartnerRemovedWithoutAMergeIsForwardedNowhere() throws {
        var device = TestDevice("anaphone", journal: try couple())
        device.change { journal in
            journal.moments.removeAll()
            journal.partners.removeAll { $0.id == "benji" }
        }
        var journal = device.journal
        journal.moments = [
            Moment(id: "m3", at: Date(timeIntervalSince1970: 1_789_000_000), timeZone: "UTC", giver: "benji", receiver: "ana", title: "Tea")
        ]
        #expect(journal.mergeForwarding.isEmpty)
        #expect(journal.forwardMergedPartners() == 0)
        #expect(journal.moments[0].giver == "benji")
    }

    @Test func aMomentThatWouldNameOnePartnerTwiceStaysAsItIs() throws {
        var (ana, ben) = try mergedWhileLogging("m4", to: "ben", title: "Odd one")
        ana.merge(ben)
        var journal = ana.journal
        #expect(journal.forwardMergedPartners() == 0)
        #expect(journal.moments.first { $0.id == "m4" }?.giver == "benji")
    }

    /// What a store counted before the merge arrived (days given, answers, titles given) counts
    /// for the partner kept; and a title the other phone logged from the partner merged away
    /// is learned as given by the partner kept, so that phone logs it that way again.
    @Test func countedHistoryAndLearnedTitlesFollowTheMerge() throws {
        var (ana, ben) = try mergedWhileLogging("m2", to: "ana", title: "Saved me the last pastry", language: .gifts)
        ben.merge(ana)
        let journal = ben.journal
        #expect(journal.mergeDestinations == ["benji": "ben"])
        let history = MomentHistory(moments: journal.moments, fallback: .gmt)
        #expect(Set(history.days.map(\.giver)) == ["ben", "benji"])
        let forwarded = history.forwarded(journal.mergeDestinations)
        #expect(Set(forwarded.days.map(\.giver)) == ["ben"])
        #expect(forwarded.momentCount == history.momentCount)
        let direction = LearnedTitles(journal).direction(of: "Saved me the last pastry", on: DeviceID("benphone"))
        #expect(direction?.giver == "ben" && direction?.receiver == "ana", "\(String(describing: direction))")
    }

    /// Merged away before they had any moment, Benji's preference moved to Ben in the merge's
    /// change: that tells where he went, and the other phone's moment from him follows.
    @Test func withNoMomentMovedWhatElseTheMergeMovedTells() throws {
        var journal = try couple()
        journal.moments = []
        journal.partners[2].preferences = ["oat flat white"]
        var ana = TestDevice("anaphone", journal: journal)
        var ben = TestDevice("benphone", journal: ana.journal, start: 1_790_000_500)
        ana.change { journal in
            journal.partners[1].preferences += journal.partners[2].preferences
            journal.partners.removeAll { $0.id == "benji" }
        }
        ben.change { journal in
            journal.moments.append(
                Moment(
                    id: "m5", at: Date(timeIntervalSince1970: 1_789_100_000), timeZone: "UTC", giver: "benji", receiver: "ana", title: "Tea"
                ))
        }
        ana.merge(ben)
        var merged = ana.journal
        #expect(merged.mergeForwarding == ["benji": "ben"])
        #expect(merged.forwardMergedPartners() == 1 && merged.moments[0].giver == "ben")
    }
}
