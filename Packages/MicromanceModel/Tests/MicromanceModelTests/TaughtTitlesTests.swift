import Foundation
import Testing

@testable import MicromanceModel

/// The matcher learns from the titles whose language the couple gave, not from its own guesses.
@Suite struct TaughtTitlesTests {
    /// Only a language the couple gave marks a moment as taught; a title's group is taught
    /// when one of its moments was, and then keeps that moment's language.
    @Test func onlyAGivenLanguageIsTaught() throws {
        let device = try #require(DeviceID("devicea1"))
        let clock = ChangeStamp(millis: 1_790_000_000_000, counter: 0, device: device)
        let later = ChangeStamp(millis: 1_790_000_100_000, counter: 0, device: device)
        var guessed = Moment(
            id: "m1", at: Date(timeIntervalSince1970: 1_790_000_000), timeZone: "Europe/Paris", giver: "alex", receiver: "sam",
            title: "Kitchen disco", language: .words)
        guessed.changes = Changes(created: clock)
        var taught = guessed
        taught.id = "m2"
        taught.language = .touch
        taught.changes = Changes(created: clock)
        taught.changes.touch("language", at: later)
        var guessedLater = guessed
        guessedLater.id = "m3"
        guessedLater.changes = Changes(created: ChangeStamp(millis: 1_790_000_200_000, counter: 0, device: device))
        #expect(!guessed.languageIsTaught && taught.languageIsTaught)
        #expect(LearnedTitles([guessed]).titles.examples.isEmpty)
        // A guess still says who gives the title on the device that logged it.
        #expect(LearnedTitles([guessed]).direction(of: "kitchen disco!", on: device)?.giver == "alex")
        let labelled = LearnedTitles.labelled([taught, guessedLater])
        #expect(labelled.count == 1 && labelled[0].taught && labelled[0].language == .touch && labelled[0].times == 2)
        #expect(LearnedTitles([taught, guessedLater]).example(for: Stemmer.stems("kitchen disco"))?.example.language == .touch)
    }
}
