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

    /// A title turned round because it was logged so before counts once for its way, however
    /// often; a giver given counts each time (a new user's trial: one `--from` turned 167 later
    /// logs, each counting as more evidence, so that corrections were outnumbered).
    @Test func aTitleTurnedRoundCountsOnceForItsWay() throws {
        let device = try #require(DeviceID("devicea1"))
        var millis: Int64 = 1_790_000_000_000
        func moment(_ giver: Identifier<Partner>, given: Bool) -> Moment {
            millis += 60_000
            var made = Moment(
                id: Identifier("m\(millis)"), at: Date(timeIntervalSince1970: Double(millis) / 1000), timeZone: "Europe/Paris",
                giver: giver, receiver: giver == "sam" ? "alex" : "sam", title: "Made the coffee", language: .service)
            made.changes = Changes(created: ChangeStamp(millis: millis, counter: 0, device: device))
            if given { made.changes.touch("giver", at: ChangeStamp(millis: millis, counter: 1, device: device)) }
            return made
        }
        // Once `--from sam`, then twenty logs turned round to Sam, then `--to sam` once, then
        // three plain logs from Alex: Alex's way has four, Sam's two (one given, one turned).
        var moments = [moment("sam", given: true)] + (0..<20).map { _ in moment("sam", given: false) }
        moments += [moment("alex", given: true)] + (0..<3).map { _ in moment("alex", given: false) }
        #expect(moments[0].directionIsGiven && !moments[1].directionIsGiven)
        let labelled = LearnedTitles.labelled(moments)
        #expect(labelled.count == 4, "one per giver and whether it was given: \(labelled.map { ($0.giver, $0.directed, $0.times) })")
        #expect(labelled.first { $0.giver == "sam" && !$0.directed }?.times == 20)
        // Sam gives it once more, given: the latest is Sam's, but 2 + 1 is below Alex's 4.
        moments.append(moment("sam", given: true))
        let learned = LearnedTitles(moments)
        #expect(learned.direction(of: "made the coffee", on: device, usualGiver: "alex") == nil)
        // Without the usual giver every moment counts, as before (20 + 2 above 4).
        #expect(learned.direction(of: "made the coffee", on: device)?.giver == "sam")
        // A store's cache holds a line per quick append: nine turned lines still count as one.
        let device2 = try #require(DeviceID("devicea1"))
        func line(_ giver: Identifier<Partner>, directed: Bool) -> LabelledTitle {
            LabelledTitle(
                title: "Made the coffee", language: .service, giver: giver, receiver: giver == "sam" ? "alex" : "sam", directedOn: device2,
                directed: directed)
        }
        let lines =
            [line("sam", directed: true)] + Array(repeating: line("sam", directed: false), count: 9)
            + [line("alex", directed: true), line("alex", directed: false), line("sam", directed: true)]
        #expect(LearnedTitles(lines).direction(of: "Made the coffee", on: device2, usualGiver: "alex")?.giver == "sam")  // 3 to 2
        // Three more of Alex's, then Sam's: 4 to 5, so the latest, Sam's, does not turn the next.
        let more = lines + Array(repeating: line("alex", directed: false), count: 3) + [line("sam", directed: true)]
        #expect(LearnedTitles(more).direction(of: "Made the coffee", on: device2, usualGiver: "alex") == nil)
        // A title the partner gives, given each time, still turns.
        let theirs = (0..<3).map { _ in moment("sam", given: true) }
        #expect(LearnedTitles(theirs).direction(of: "Made the coffee", on: device, usualGiver: "alex")?.giver == "sam")
    }
}
