import Foundation
import Testing

@testable import MicromanceModel

/// A partner's own ideas with the language the couple gave them.
@Suite struct OwnIdeaTests {
    @Test func theLanguageIsKeptAsATagAfterTheText() {
        let idea = OwnIdea("Sunday pancakes", language: .service)
        #expect(idea.stored == "Sunday pancakes [service]")
        #expect(OwnIdea(stored: idea.stored) == idea)
        #expect(OwnIdea(stored: "Warm her side of the bed") == OwnIdea("Warm her side of the bed"))
        // Written by hand in a spreadsheet: a full name, spaces after it.
        #expect(OwnIdea(stored: "Slow dance in the kitchen [Physical touch]  ") == OwnIdea("Slow dance in the kitchen", language: .touch))
        // Brackets that name no language, or nothing before them, are part of the idea.
        #expect(OwnIdea(stored: "Play [that song] again").language == nil)
        #expect(OwnIdea(stored: "Play [that song] again").text == "Play [that song] again")
        #expect(OwnIdea(stored: "[gifts]") == OwnIdea("[gifts]"))
        #expect(OwnIdea(stored: "Tea [time] [gifts]") == OwnIdea("Tea [time]", language: .gifts))
    }

    @Test func addingAgainWithALanguageChangesItAndRemovingFindsItByItsText() {
        var partner = Partner(name: "Sam", ideas: ["Sunday pancakes"])
        partner.addIdea(OwnIdea("sunday Pancakes", language: .time))
        #expect(partner.ideas == ["Sunday pancakes [time]"])
        partner.addIdea(OwnIdea("Sunday pancakes"))  // no language: keeps the one it has
        #expect(partner.ideas == ["Sunday pancakes [time]"])
        partner.addIdea(OwnIdea("Warm her side of the bed", language: .service))
        #expect(partner.ownIdeas.map(\.language) == [.time, .service])
        #expect(partner.removeIdeas(named: "Sunday pancakes [gifts]") == 0)
        #expect(partner.removeIdeas(named: "SUNDAY PANCAKES") == 1)
        #expect(partner.ideas == ["Warm her side of the bed [service]"])
    }

    /// The language the couple gave wins over the catalog's and the words'; the idea is
    /// matched before the catalog, and a one-word idea matches a title that has its word.
    @Test func theMatcherUsesTheIdeasLanguage() {
        let ideas: [OwnIdea] = [OwnIdea("Sunday pancakes", language: .gifts), OwnIdea("massage", language: .service)]
        let pancakes = Catalog.builtIn.match("made our sunday pancakes", ideas: ideas)
        #expect(pancakes.source == .idea("Sunday pancakes") && pancakes.language == .gifts)
        let massage = Catalog.builtIn.match("booked her a massage", ideas: ideas)
        #expect(massage.source == .idea("massage") && massage.language == .service)
        // Without the couple's language an idea takes its gesture's, or its words'.
        let plain = Catalog.builtIn.match("made our sunday pancakes", ideas: ["Sunday pancakes"])
        #expect(plain.source == .idea("Sunday pancakes") && plain.language != .gifts)
        // The same words for the other partner (no ideas) go to the catalog or the model.
        #expect(Catalog.builtIn.match("booked her a massage").source != .idea("massage"))
    }

    /// Two phones give one idea different languages apart: the later change wins, and an
    /// idea added on the other phone meanwhile survives.
    @Test func aLanguageChangedOnOnePhoneMergesIntoTheOther() throws {
        var (maya, jonas) = try twoCopies()
        maya.change { $0.partners[1].addIdea(OwnIdea("Sunday pancakes")) }
        jonas.merge(maya)
        jonas.change { $0.partners[1].addIdea(OwnIdea("Sunday pancakes", language: .time)) }
        maya.change { $0.partners[1].addIdea(OwnIdea("Warm her side of the bed", language: .service)) }
        let mayaBefore = maya
        maya.merge(jonas)
        jonas.merge(mayaBefore)
        #expect(maya.journal.partners[1].ideas.sorted() == jonas.journal.partners[1].ideas.sorted())
        #expect(
            Set(maya.journal.partners[1].ownIdeas) == [
                OwnIdea("Sunday pancakes", language: .time), OwnIdea("Warm her side of the bed", language: .service),
            ])
    }
}

/// A time zone identifier is printable ASCII: the system's lookup takes "UTC" followed by a
/// NUL, which no store can keep, and such a zone is refused wherever a journal is checked.
@Suite struct TimeZoneIdentifierTests {
    @Test func aZoneWithAControlCharacterIsNotAZone() throws {
        #expect(Journal.isKnownTimeZone("Europe/Paris") && Journal.isKnownTimeZone("UTC"))
        for zone in ["UTC\u{0}", "UTC\t", "Europe/Paris ", "", "Mars/Olympus"] { #expect(!Journal.isKnownTimeZone(zone), "\(zone)") }
        var journal = Journal()
        try journal.add(Partner(name: "Alex"))
        try journal.add(Partner(name: "Sam"))
        let moment = Moment(
            id: "m1", at: Date(timeIntervalSince1970: 0), timeZone: "UTC\u{0}", giver: "alex", receiver: "sam", title: "Hug")
        #expect(throws: JournalValidationError.self) { try journal.log(moment) }
    }
}
