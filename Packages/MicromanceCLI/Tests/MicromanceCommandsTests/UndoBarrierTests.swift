import Foundation
import MicromanceModel
import MicromanceStore
import Testing

@testable import MicromanceCommands

/// `undo` takes back the last change made here, or nothing: after a change it cannot take back
/// (the settings, a partner, a ritual, who this device is) it says so and does not reach past it
/// to an older log, which the person did not mean.
@Suite struct UndoBarrierTests {
    @Test func undoDoesNotReachPastASettingsChange() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        cli.setUp("log", "Tea in bed")
        cli.setUp("settings", "--daily-target", "2")
        let refused = cli.run("undo")
        #expect(refused.code == 64, "\(refused.output)\(refused.errors)")
        #expect(refused.errors.contains("the settings") && refused.errors.contains("nothing was changed"), "\(refused.errors)")
        let journal = try JSONJournalStore(path: cli.storePath).load()
        #expect(journal.moments.map(\.title) == ["Tea in bed"])
        #expect(journal.settings.dailyTarget == 2)
        // Only showing the settings changes nothing, so the next log is undone as before.
        cli.setUp("log", "Hug")
        cli.setUp("settings")
        let undone = cli.run("undo")
        #expect(undone.code == 0 && undone.output.contains("Took back logging \"Hug\""), "\(undone.output)\(undone.errors)")
    }

    @Test func undoNamesThePartnerOrRitualChanged() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        cli.setUp("log", "Tea in bed")
        cli.setUp("partner", "edit", "Sam", "--add-preference", "oat milk")
        let partner = cli.run("undo")
        #expect(partner.code == 64 && partner.errors.contains("Sam's details"), "\(partner.errors)")
        cli.setUp("ritual", "add", "Sunday walk", "--cadence", "weekly:sun")
        let ritual = cli.run("undo")
        #expect(ritual.code == 64 && ritual.errors.contains("the rituals"), "\(ritual.errors)")
        cli.setUp("me", "Sam")
        let me = cli.run("undo")
        #expect(me.code == 64 && me.errors.contains("(who you are on this device)"), "\(me.errors)")
        cli.setUp("partner", "add", "Robin")
        let added = cli.run("undo")
        #expect(added.code == 64 && added.errors.contains("adding Robin"), "\(added.errors)")
        let journal = try JSONJournalStore(path: cli.storePath).load()
        #expect(journal.moments.map(\.title) == ["Tea in bed"])
        #expect(journal.partners.first { $0.name == "Sam" }?.preferences.contains("oat milk") == true)
        // A moment changed after them is undone again.
        cli.setUp("log", "Hug")
        #expect(cli.run("undo").output.contains("Took back logging \"Hug\""))
    }

    @Test func describesEachKindOfChange() throws {
        var before = Journal()
        let maya = Partner(name: "Maya")
        before.partners = [maya]
        var after = before
        #expect(LastChange.describeOther(from: before, to: after) == nil)
        after.moments.append(
            Moment(
                id: Identifier("m1"), at: Date(timeIntervalSince1970: 0), timeZone: "UTC", giver: maya.id, receiver: maya.id,
                title: "Hug", language: .touch))
        #expect(LastChange.describeOther(from: before, to: after) == nil)
        after.settings.dailyTarget = 3
        after.partners.append(Partner(name: "Ana"))
        #expect(LastChange.describeOther(from: before, to: after) == "the settings and adding Ana")
        after.partners.removeFirst()
        #expect(LastChange.describeOther(from: before, to: after) == "the settings, adding Ana and removing Maya")
    }
}
