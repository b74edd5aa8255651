import Foundation
import MicromanceModel
import MicromanceStore
import Testing

@testable import MicromanceCommands

/// The matcher learns what the couple told it, not what it guessed: a new user's trial of
/// 3,000 titles, never corrected, saw each guess teach the next until 97% were gifts.
@Suite struct LearningFromGuessesTests {
    /// A guessed title teaches nothing (the next one like it is matched afresh, not "learned"),
    /// on every store; the same title confirmed with `edit --language` or corrected then does.
    @Test(arguments: ["journal.json", "csv:tables", "sync:shared"])
    func aGuessTeachesNothingAndAConfirmationTeaches(store: String) throws {
        let (cli, variables) = try LearningCommandTests.couple(in: store)
        func log(_ arguments: String...) -> CommandHarness.Result {
            cli.now += 600
            let result = cli.runList(["log"] + arguments, variables: variables)
            #expect(result.code == 0, "\(result.errors)")
            return result
        }
        let first = log("Shovelled the front path for her")
        #expect(!first.output.contains("Learned from"), "\(first.output)")
        // The same title, and one like it: not learned from a guess.
        for title in ["Shovelled the front path for her", "shovelled the front path for her again"] {
            let again = log(title)
            #expect(!again.output.contains("Learned from"), "\(store): \(title): \(again.output)")
        }
        // Many guesses of other titles leave the matching of a new title as in a fresh journal.
        let probe = "Fixed the wobbly lamp for her"
        let fresh = Catalog.builtIn.match(probe).language
        for number in 0..<12 { _ = log("Picked up a little surprise for her, number \(number)") }
        let probed = log(probe)
        #expect(probed.output.contains(fresh.map { ", \($0.displayName.lowercased()))" } ?? ")"), "\(probed.output)")
        // Confirmed as it was guessed: taught, and said so.
        let guessed = try #require(Catalog.builtIn.match("Shovelled the front path for her").language)
        let confirmed = cli.runList(
            ["edit", LearningCommandTests.id(first.output), "--language", guessed.rawValue], variables: variables)
        #expect(confirmed.code == 0 && confirmed.output.contains("Kept as \(guessed.displayName.lowercased())"), "\(confirmed.output)")
        for title in ["Shovelled the front path for her", "shovelled the front path for her again"] {
            let learned = log(title)
            #expect(learned.output.contains("Learned from the earlier"), "\(store): \(title): \(learned.output)")
        }
    }
}
