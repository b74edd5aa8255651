import Foundation
import MicromanceModel
import MicromanceStore
import Testing

@testable import MicromanceCommands

/// Rituals marked done on two phones.
@Suite struct RitualMarkTests {
    /// A shared ritual marked on both phones: once the first mark is in the journal, a second
    /// one the same day logs nothing and says by whom it was marked; `--again` logs it anyway.
    @Test func aRitualMarkedDoneTwiceTheSameDayIsLoggedOnce() throws {
        let cli = try richCouple()
        func marks() throws -> Int {
            try JSONJournalStore(path: cli.storePath).load().moments.filter { $0.ritualID != nil }.count
        }
        let before = try marks()
        #expect(cli.run("ritual", "done", "Morning coffee together", "--at", "7am").output.contains("Logged"))
        let second = cli.run("ritual", "done", "Morning coffee together", "--from", "Sam", "--at", "8am")
        #expect(second.code == 0)
        #expect(second.output.contains("already marked done that day") && second.output.contains("--again"))
        #expect(try marks() == before + 1)
        // Another day is another mark; --again is a second one the same day.
        #expect(cli.run("ritual", "done", "Morning coffee together", "--at", "2 days ago").output.contains("already"))
        #expect(cli.run("ritual", "done", "Morning coffee together", "--at", "3 days ago").output.contains("Logged"))
        #expect(cli.run("ritual", "done", "Morning coffee together", "--again").output.contains("Logged"))
        #expect(try marks() == before + 3)
    }
}
