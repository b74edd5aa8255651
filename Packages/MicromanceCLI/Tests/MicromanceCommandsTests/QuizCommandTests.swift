import Foundation
import MicromanceModel
import MicromanceStore
import Testing

@testable import MicromanceCommands

/// `micromance quiz`: fifteen forced choices into a love-language profile.
@Suite struct QuizCommandTests {
    @Test func quizFromStandardInputSetsTheProfile() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        // Always choose the touch gesture when there is one, else the first.
        let answers = LoveLanguageQuiz.items.map { $0.second.language == .touch ? "2" : "1" }
        let result = cli.run("quiz", "--for", "Alex", input: ["maybe"] + answers)
        #expect(result.code == 0, "\(result.errors)")
        #expect(result.output.contains("Please answer 1 or 2"))
        let profile = try #require(JSONJournalStore(path: cli.storePath).load().partner("alex")?.profile)
        #expect(profile.primary == .touch)
        #expect(profile[.touch] == 6)
        #expect(LoveLanguage.allCases.map { profile[$0] }.reduce(0, +) == 15)
        #expect(result.output.contains("Suggestions now lean toward physical touch."), "\(result.output)")
    }

    /// Answers that give every language three of the fifteen tell them apart not at all: the
    /// quiz says so instead of naming the first of five equals (a new user's trial).
    @Test func aQuizThatTiesEveryLanguageSaysSo() throws {
        let items = LoveLanguageQuiz.items
        let even = try #require(
            (0..<(1 << items.count)).lazy.map { bits in (0..<items.count).map { bits >> $0 & 1 == 1 } }.first { firsts in
                var counts = [LoveLanguage: Int]()
                for (item, first) in zip(items, firsts) { counts[first ? item.first.language : item.second.language, default: 0] += 1 }
                return counts.count == 5 && counts.values.allSatisfy { $0 == 3 }
            })
        let cli = try CommandHarness()
        cli.setUpCouple()
        let result = cli.run("quiz", "--for", "Alex", input: even.map { $0 ? "1" : "2" })
        #expect(result.code == 0, "\(result.errors)")
        #expect(result.output.contains("Every language came out the same") && !result.output.contains("lean toward"), "\(result.output)")
    }

    @Test func quizStoppedEarlyChangesNothing() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.storePath))
        let result = cli.run("quiz", "--for", "Alex", input: ["1", "2", "1"])
        #expect(result.code == 64 && result.errors.contains("after 3 of 15 answers"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.storePath)) == before)
    }

    @Test func quizItemsCoverEveryLanguageSixTimes() {
        var counts = [LoveLanguage: Int]()
        for item in LoveLanguageQuiz.items {
            counts[item.first.language, default: 0] += 1
            counts[item.second.language, default: 0] += 1
            #expect(item.first.language != item.second.language)
        }
        #expect(LoveLanguageQuiz.items.count == 15)
        #expect(counts.values.allSatisfy { $0 == 6 })
    }
}
