import Foundation
import Testing

@testable import MicromanceModel

func sampleJournal() throws -> Journal {
    var journal = Journal(settings: JournalSettings(timeZone: "Europe/Paris"))
    try journal.add(Partner(name: "Alex", profile: LoveLanguageProfile(ranking: [.service, .words])))
    try journal.add(Partner(name: "Sam", profile: LoveLanguageProfile([.touch: 5, .time: 3, .words: 1])))
    return journal
}

@Suite struct JournalTests {
    @Test func logsAValidMoment() throws {
        var journal = try sampleJournal()
        let at = try #require(Timestamp.parse("2026-11-24T08:15:00+01:00"))
        try journal.log(
            Moment(
                id: "m1", at: at, timeZone: "Europe/Paris", giver: "alex", receiver: "sam",
                title: "Made Sam's coffee", language: .service))
        #expect(journal.moments.count == 1)
        #expect(journal.problems().isEmpty)
    }

    /// A text just past the limit is said in bytes, so the message does not read "1.0 MB long;
    /// … up to 1.0 MB" (a new user's trial); one well past it, in megabytes.
    @Test func aTextJustTooLongIsSaidInBytes() {
        let just = JournalValidationError.textTooLong(field: "note", bytes: Journal.maximumTextBytes + 10, in: "moment m1")
        #expect(just.description.contains("the note is 1,048,586 bytes long; a journal holds texts of up to 1,048,576 bytes"))
        let far = JournalValidationError.textTooLong(field: "note", bytes: 3_000_000, in: "moment m1")
        #expect(far.description.contains("the note is 3.0 MB long; a journal holds texts of up to 1.0 MB"))
    }

    @Test func rejectsUnknownPartner() throws {
        var journal = try sampleJournal()
        let moment = Moment(
            id: "m1", at: Date(timeIntervalSince1970: 0), timeZone: "UTC", giver: "alex",
            receiver: "robin", title: "Hug")
        #expect(throws: JournalValidationError.unknownPartner(id: "robin", field: "receiver", in: "moment m1")) {
            try journal.log(moment)
        }
        #expect(journal.moments.isEmpty)
    }

    @Test func rejectsEmptyTitleSelfGiftDuplicateAndBadZone() throws {
        var journal = try sampleJournal()
        let base = Moment(id: "m1", at: Date(timeIntervalSince1970: 0), timeZone: "UTC", giver: "alex", receiver: "sam", title: "Hug")
        var empty = base
        empty.title = "   "
        #expect(throws: JournalValidationError.emptyTitle(in: "moment m1")) { try journal.log(empty) }
        var selfGift = base
        selfGift.receiver = "alex"
        #expect(throws: JournalValidationError.giverIsReceiver(partner: "alex", moment: "m1")) { try journal.log(selfGift) }
        var badZone = base
        badZone.timeZone = "Mars/Olympus"
        #expect(throws: JournalValidationError.invalidTimeZone("Mars/Olympus", in: "moment m1")) { try journal.log(badZone) }
        try journal.log(base)
        #expect(throws: JournalValidationError.duplicateID(kind: "moment", id: "m1")) { try journal.log(base) }
    }

    @Test func rejectsDuplicatePartnerAndBadProfile() throws {
        var journal = try sampleJournal()
        #expect(throws: JournalValidationError.duplicateName("sam")) { try journal.add(Partner(id: "sam2", name: "sam")) }
        #expect(throws: JournalValidationError.invalidProfile(partner: "robin")) {
            try journal.add(Partner(name: "Robin", profile: LoveLanguageProfile(uniform: 0)))
        }
    }

    @Test func problemsListsEverything() throws {
        var journal = try sampleJournal()
        journal.settings.dailyTarget = 0
        journal.moments.append(Moment(id: "m1", at: Date(), timeZone: "UTC", giver: "zed", receiver: "sam", title: "x"))
        journal.rituals.append(Ritual(id: "r1", title: "Walk", cadence: .weekly([]), participants: ["alex"]))
        journal.schemaVersion = 99
        let problems = journal.problems()
        #expect(problems.contains(.invalidDailyTarget(0)))
        #expect(problems.contains(.unknownPartner(id: "zed", field: "giver", in: "moment m1")))
        #expect(problems.contains(.invalidCadence(ritual: "r1")))
        #expect(problems.contains(.unsupportedSchemaVersion(found: 99, supported: Journal.currentSchemaVersion)))
    }

    @Test func findsPartnersByNameOrID() throws {
        let journal = try sampleJournal()
        #expect(journal.partner(named: "SAM")?.id == "sam")
        #expect(journal.partner(named: "alex")?.name == "Alex")
        #expect(journal.partner(named: "Robin") == nil)
        #expect(journal.otherPartner(than: "sam")?.id == "alex")
    }

    @Test func codableRoundTripKeepsEveryField() throws {
        var journal = try sampleJournal()
        journal.partners[1].preferences = ["oat flat white"]
        journal.partners[1].stressors = [Stressor(id: "s1", title: "Board presentation", day: CalendarDay("2026-11-26"))]
        journal.partners[1].importantDates = [ImportantDate(id: "d1", title: "Birthday 🎂", month: 2, day: 29)]
        journal.rituals = [
            Ritual(id: "r1", title: "Sunday walk", cadence: .weekly([.sun]), participants: ["alex", "sam"], language: .time)
        ]
        let at = try #require(Timestamp.parse("2026-11-24T08:15:00.125+01:00"))
        try journal.log(
            Moment(
                id: "m1", at: at, timeZone: "Europe/Paris", giver: "sam", receiver: "alex",
                title: "Asked \"how was it?\"", gestureID: "ask-after-the-event", language: .words,
                note: "line one\nline, two", response: .toward, kind: .bid))
        let data = try JSONEncoder().encode(journal)
        let decoded = try JSONDecoder().decode(Journal.self, from: data)
        #expect(decoded == journal)
    }
}

extension Weekday {
    static let sun = Weekday.sunday
}

@Suite struct PieceTests {
    @Test func profileRankingAndShares() {
        let profile = LoveLanguageProfile([.touch: 5, .time: 3, .words: 2])
        #expect(profile.primary == .touch)
        #expect(profile.ranking.prefix(3) == [.touch, .time, .words])
        #expect(abs(profile.share(of: .time) - 0.3) < 1e-9)
        #expect(LoveLanguageProfile.even.primary == nil)
        #expect(!LoveLanguageProfile([.touch: -1, .time: 3]).isValid)
    }

    /// The top of a ranking leaves the others below, not at nothing (a new user ranked three and
    /// was never offered an idea in the other two).
    @Test func aTopRankingLeavesTheRestBelowNotAtNothing() {
        let two = LoveLanguageProfile(topRanking: [.touch, .time])
        #expect(two[.touch] == 5 && two[.time] == 4 && two[.words] == 2 && two[.gifts] == 2 && two[.service] == 2)
        #expect(two.primary == .touch && two.ranking.prefix(2) == [.touch, .time])
        let three = LoveLanguageProfile(topRanking: [.service, .words, .touch])
        #expect(three[.time] == 1.5 && three[.gifts] == 1.5 && three[.touch] == 3)
        #expect(LoveLanguageProfile(topRanking: LoveLanguage.allCases) == LoveLanguageProfile(ranking: LoveLanguage.allCases))
        #expect(LoveLanguageProfile(ranking: [.touch, .time])[.words] == 0)
    }

    @Test func parsesLanguagesAndResponses() {
        #expect(LoveLanguage(parsing: "Physical touch") == .touch)
        #expect(LoveLanguage(parsing: "acts-of-service") == .service)
        #expect(LoveLanguage(parsing: "quality time") == .time)
        #expect(LoveLanguage(parsing: "telepathy") == nil)
        #expect(BidResponse(parsing: "turned-toward") == .toward)
        #expect(BidResponse(parsing: "sideways") == nil)
    }

    @Test func cadences() throws {
        #expect(Cadence(parsing: "weekly:mon,thu") == .weekly([.monday, .thursday]))
        #expect(Cadence(parsing: "weekly:mon,funday") == nil)
        #expect(Cadence(parsing: "every:0:2026-11-01") == nil)
        let start = try #require(CalendarDay("2026-11-01"))
        let every3 = Cadence.everyNDays(3, start: start)
        #expect(every3.isDue(on: start.adding(days: 6)))
        #expect(!every3.isDue(on: start.adding(days: 7)))
        #expect(!every3.isDue(on: start.adding(days: -3)))
        #expect(Cadence.weekdays.isDue(on: try #require(CalendarDay("2026-11-24"))))
        #expect(!Cadence.weekdays.isDue(on: try #require(CalendarDay("2026-11-29"))))
        for text in ["daily", "weekdays", "weekly:sat,sun", "every:14:2026-01-05"] {
            #expect(Cadence(parsing: text)?.description == text)
        }
    }

    /// A day is its English name or a start of it three letters or longer; a word that only
    /// begins like one is not (a new user's trial: `sundy`, `monkey`, `weekly:frisbee` were
    /// read as days), and the day meant is suggested when a letter or two is off.
    @Test func weekdayNamesAreReadWholeOrShortened() throws {
        for (text, day) in [
            ("mon", Weekday.monday), ("Monday", .monday), ("TUES", .tuesday), ("weds", .wednesday),
            ("thurs.", .thursday), ("Thur", .thursday), (" sat ", .saturday), ("satur", .saturday), ("sunday", .sunday),
        ] {
            #expect(Weekday(parsing: text) == day, "\(text)")
        }
        for text in ["sundy", "monkey", "frisbee", "fir", "mo", "", "wednesdays", "saturdayy"] {
            #expect(Weekday(parsing: text) == nil, "\(text)")
        }
        #expect(Cadence(parsing: "weekly:frisbee") == nil)
        #expect(Weekday.suggestion(for: "fir") == .friday)
        #expect(Weekday.suggestion(for: "sundy") == .sunday)
        #expect(Weekday.suggestion(for: "thrusday") == .thursday)
        #expect(Weekday.suggestion(for: "frisbee") == nil)
        // Days given twice are kept once, in the order first given.
        #expect([Weekday.friday, .monday, .friday, .sunday, .monday].eachOnce() == [.friday, .monday, .sunday])
        #expect(Cadence(parsing: "weekly:wed,mon,wednesday") == .weekly([.wednesday, .monday]))
    }

    @Test func importantDatesRecur() throws {
        let leap = ImportantDate(id: "d", title: "Birthday", month: 2, day: 29)
        #expect(leap.nextOccurrence(onOrAfter: try #require(CalendarDay("2027-01-10")))?.description == "2027-02-28")
        #expect(leap.nextOccurrence(onOrAfter: try #require(CalendarDay("2027-12-10")))?.description == "2028-02-29")
        let once = ImportantDate(id: "o", title: "Move", month: 3, day: 1, year: 2026, recurrence: .once)
        #expect(once.nextOccurrence(onOrAfter: try #require(CalendarDay("2026-11-24"))) == nil)
    }

    @Test func identifiers() {
        #expect(Identifier<Partner>.slug("Sam O'Neil")?.rawValue == "sam-o-neil")
        #expect(Identifier<Partner>.slug("Zoë")?.rawValue == "zoë")
        #expect(Identifier<Partner>.slug("!!") == nil)
        var a = SeededGenerator(seed: 1)
        var b = SeededGenerator(seed: 1)
        let first = Identifier<Moment>.random(using: &a)
        #expect(first == Identifier<Moment>.random(using: &b))
        #expect(first.rawValue.utf8.count == 13)
        #expect(first != Identifier<Moment>.random(using: &a))
    }

    /// New ids start with a letter that is not a hex digit (a spreadsheet cannot read them as
    /// numbers or dates), are short enough to live inside a Swift string, and still carry all
    /// 64 bits of the generator's value (each id spells its value back).
    @Test func randomIdentifiersStartWithALetterAndKeepEveryBit() throws {
        struct Fixed: RandomNumberGenerator {
            var values: [UInt64]
            mutating func next() -> UInt64 { values.removeFirst() }
        }
        let values: [UInt64] = [0, .max, 0x0979_1408_7768_9441, 0x9357_9905_4043_0196, 0x10E6_7176_3858_3966]
        var fixed = Fixed(values: values)
        let ids = values.map { _ in Identifier<Moment>.random(using: &fixed).rawValue }
        #expect(ids == ["g000000000000", "zzzzzzzzzzzzz", "gjy8m11vph521", "s6nws0n0460cp", "h1skherw5geb6"])
        func value(of id: String) -> UInt64? {
            let lead = "ghjkmnpqrstvwxyz", digits = "0123456789abcdefghjkmnpqrstvwxyz"
            guard let first = id.first, let high = lead.firstIndex(of: first) else { return nil }
            var value = UInt64(lead.distance(from: lead.startIndex, to: high))
            for character in id.dropFirst() {
                guard let digit = digits.firstIndex(of: character) else { return nil }
                value = value << 5 | UInt64(digits.distance(from: digits.startIndex, to: digit))
            }
            return value
        }
        #expect(ids.map(value(of:)) == values)
        var random = SeededGenerator(seed: 7)
        var leads = Set<Character>()
        for _ in 0..<2_000 {
            let id = Identifier<Moment>.random(using: &random).rawValue
            let first = try #require(id.first)
            #expect(!first.isNumber && !"abcdef".contains(first), "\(id)")
            #expect(id.utf8.count == 13 && id.dropFirst().allSatisfy { "0123456789abcdefghjkmnpqrstvwxyz".contains($0) }, "\(id)")
            leads.insert(first)
        }
        #expect(leads == Set("ghjkmnpqrstvwxyz"))
    }
}

@Suite struct CatalogTests {
    let catalog = Catalog.builtIn

    @Test func hasAtLeastSixtyUniqueGestures() {
        #expect(catalog.gestures.count >= 60)
        #expect(Set(catalog.gestures.map(\.id)).count == catalog.gestures.count)
        for gesture in catalog.gestures {
            #expect(!gesture.languages.isEmpty && !gesture.contexts.isEmpty && !gesture.keywords.isEmpty, "\(gesture.id)")
            #expect((1...60).contains(gesture.effortMinutes), "\(gesture.id) takes hours, not minutes")
        }
    }

    @Test func coversEveryLanguageAndContext() {
        for language in LoveLanguage.allCases {
            #expect(catalog.gestures.filter { $0.primaryLanguage == language }.count >= 6, "\(language)")
        }
        for context in GestureContext.allCases {
            #expect(!catalog.search(context: context).isEmpty, "\(context)")
        }
    }

    @Test func searchesByTextLanguageAndContext() {
        let apartTouchless = catalog.search(context: .apart)
        #expect(apartTouchless.contains { $0.id == "surprise-video-call" })
        let touch = catalog.search(language: .touch)
        #expect(touch.first?.primaryLanguage == .touch)
        #expect(catalog.search(text: "towel").map(\.id) == ["warm-towel"])
        #expect(catalog.search(text: "coffee", context: .morning).contains { $0.id == "make-their-coffee" })
        #expect(catalog.search(text: "zeppelin").isEmpty)
    }

    @Test func matchesLoggedTitles() {
        #expect(catalog.bestMatch(for: "Made Sam's coffee")?.id == "make-their-coffee")
        #expect(catalog.bestMatch(for: "warm towel")?.id == "warm-towel")
        #expect(catalog.bestMatch(for: "Gave a 30-second hug")?.id == "long-hug")
        #expect(catalog.bestMatch(for: "Hug at the door when she got home")?.id == "welcome-home-hug")
        #expect(catalog.bestMatch(for: "Fixed the bike")?.id == nil)
    }
}
