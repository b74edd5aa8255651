import Foundation
import Testing

@_spi(MicromanceInternals) @testable import MicromanceModel

@Suite struct DuplicateFinderTests {
    @Test func findsWhatASetFinds() {
        // Enough ids that every bucket holds several, with many repeats.
        var random = SeededGenerator(seed: 42)
        let ids = (0..<20_000).map { _ in "m\(Int.random(in: 0..<15_000, using: &random))" }
        var seen = Set<String>()
        let expected = ids.indices.filter { !seen.insert(ids[$0]).inserted }
        #expect(DuplicateFinder.laterDuplicates(count: ids.count) { ids[$0] } == expected)
    }

    /// Shared by two threads (each hashes half the texts and checks half the buckets), it finds
    /// what one thread finds, including repeats whose first is in the other half and repeats
    /// written in another Unicode form.
    @Test func twoThreadsFindWhatOneFinds() {
        var random = SeededGenerator(seed: 9)
        var made = (0..<150_000).map { _ in "m\(Int.random(in: 0..<120_000, using: &random))" }
        made[149_000] = "caf\u{E9}"
        made[10] = "cafe\u{301}"
        let ids = made
        var seen = Set<String>()
        let expected = ids.indices.filter { !seen.insert(ids[$0]).inserted }
        #expect(expected.contains(149_000))
        #expect(DuplicateFinder.laterDuplicates(count: ids.count, threads: 2) { ids[$0] } == expected)
        #expect(DuplicateFinder.laterDuplicates(count: ids.count, threads: 1) { ids[$0] } == expected)
    }

    /// The hash reads a text's last bytes with one or two loads; it gives what reading them one
    /// by one gives, for every length up to 40 and every byte value, so equal texts still
    /// hash equal and a change in any byte changes the tail.
    @Test func hashReadsTheTailAsByteByByte() {
        func reference(_ bytes: [UInt8]) -> UInt64 {
            var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
            var offset = 0
            while offset + 8 <= bytes.count {
                var word: UInt64 = 0
                for k in 0..<8 { word |= UInt64(bytes[offset + k]) << UInt64(8 * k) }
                h = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
                h ^= h >> 31
                offset += 8
            }
            var tail: UInt64 = 0
            for k in offset..<bytes.count { tail |= UInt64(bytes[k]) << UInt64(8 * (k - offset)) }
            h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
            h ^= h >> 29
            h = h &* 0xBF58_476D_1CE4_E5B9
            return h ^ (h >> 32)
        }
        var random = SeededGenerator(seed: 7)
        for length in 0...40 {
            for _ in 0..<20 {
                let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
                #expect(bytes.withUnsafeBufferPointer { ByteHash.hash($0) } == reference(bytes), "length \(length)")
                // Inside a larger buffer, bytes past the end must not count.
                let padded = bytes + [0xAA, 0x55, 0xFF]
                #expect(padded.withUnsafeBufferPointer { ByteHash.hash(UnsafeBufferPointer(rebasing: $0[0..<length])) } == reference(bytes))
            }
        }
    }

    @Test func comparesTextsAsSwiftDoes() {
        // "é" as one scalar or as "e" and a combining accent, and the Kelvin sign and "K", are equal Strings.
        let ids = ["caf\u{E9}", "cafe\u{301}", "\u{212A}", "K", "plain", "Plain"]
        #expect(DuplicateFinder.laterDuplicates(count: ids.count) { ids[$0] } == [1, 3])
    }
}

@Suite struct ValidationSpeedPathTests {
    @Test func duplicateMomentIDsAreReportedInOrder() throws {
        var journal = Journal()
        try journal.add(Partner(name: "Alex"))
        try journal.add(Partner(name: "Sam"))
        let at = Date(timeIntervalSince1970: 1_795_564_800)
        for id in ["a", "b", "a", "c", "b", "a"] {
            journal.moments.append(Moment(id: Identifier(id), at: at, timeZone: "UTC", giver: "alex", receiver: "sam", title: "Hug"))
        }
        journal.moments.append(Moment(id: "d", at: at, timeZone: "Mars/Base", giver: "alex", receiver: "sam", title: " "))
        let problems = journal.problems()
        #expect(problems.contains(.emptyTitle(in: "moment d")))
        #expect(problems.contains(.invalidTimeZone("Mars/Base", in: "moment d")))
        let duplicates = problems.compactMap { problem -> String? in
            if case .duplicateID("moment", let id) = problem { return id }
            return nil
        }
        #expect(duplicates == ["a", "b", "a"])
    }

    /// A journal large enough that repeated ids are looked for on a second thread reports
    /// every problem in the order one thread finds them: each moment's own problems, then
    /// its id when an earlier moment has it.
    @Test func aLargeJournalReportsProblemsInFileOrder() throws {
        // Every 7,000th moment has no title.
        let journal = try largeJournal(zone: "UTC") { $0 % 7_000 == 6_999 ? " " : "Hug" }
        var expected = [JournalValidationError]()
        for (index, moment) in journal.moments.enumerated() {
            if moment.title == " " { expected.append(.emptyTitle(in: "moment \(moment.id)")) }
            if moment.id.rawValue != "m\(index)" { expected.append(.duplicateID(kind: "moment", id: moment.id.rawValue)) }
        }
        #expect(expected.count > 20)
        #expect(journal.problems() == expected)
    }

    /// Alex and Sam with more moments than the duplicate finder reads on the caller's thread,
    /// every 9,000th repeating the id of the one 3 before it.
    func largeJournal(zone: String, title: (Int) -> String) throws -> Journal {
        var journal = Journal()
        try journal.add(Partner(name: "Alex"))
        try journal.add(Partner(name: "Sam"))
        let at = Date(timeIntervalSince1970: 1_795_564_800)
        let count = DuplicateFinder.alongsideThreshold + 5_000
        journal.moments.reserveCapacity(count)
        for index in 0..<count {
            let id = index % 9_000 == 8_999 ? "m\(index - 3)" : "m\(index)"
            journal.moments.append(Moment(id: Identifier(id), at: at, timeZone: zone, giver: "alex", receiver: "sam", title: title(index)))
        }
        return journal
    }

    /// With a reader's survey that shows every moment passes, only the ids are compared (on
    /// two threads), and the answer is what checking each moment gives. A survey that does not
    /// cover the journal, or shows a moment failing, a person or ritual unknown, or a zone
    /// the system does not know, leads to the same answers as no survey.
    @Test func aSurveyGivesTheSameAnswers() throws {
        var journal = try largeJournal(zone: "Europe/Paris") { _ in "Hug" }
        let count = journal.moments.count
        let passing = MomentSurvey(count: count, eachPassesOnItsOwn: true, people: ["sam", "alex"], rituals: [], zones: ["Europe/Paris"])
        let expected = journal.problems()
        #expect(expected.count == count / 9_000)
        #expect(journal.problems(knowing: passing) == expected)
        // A zone the system does not know is named, with the first moment in it, either way.
        var unknownZone = passing
        unknownZone.zones = ["Europe/Paris", "Mars/Olympus"]
        #expect(journal.problems(knowing: unknownZone).last == .invalidTimeZone("Mars/Olympus", in: "moment ?"))
        // Surveys that cannot be trusted for this journal: the moments are checked one by one.
        journal.moments[50].giver = "kim"
        journal.moments[60].title = ""
        let checked = journal.problems()
        #expect(checked.contains(.unknownPartner(id: "kim", field: "giver", in: "moment m50")))
        #expect(checked.contains(.emptyTitle(in: "moment m60")))
        var failing = passing
        failing.eachPassesOnItsOwn = false
        failing.people = ["sam", "alex", "kim"]
        #expect(journal.problems(knowing: failing) == checked)
        var stranger = passing
        stranger.people = ["kim"]
        #expect(journal.problems(knowing: stranger).contains(.unknownPartner(id: "kim", field: "giver", in: "moment m50")))
        var shorter = passing
        shorter.count = count - 1
        #expect(journal.problems(knowing: shorter) == checked)
        var ritual = passing
        ritual.rituals = ["walk"]
        journal.moments[50].giver = "alex"
        journal.moments[60].title = "Hug"
        journal.moments[70].ritualID = "walk"
        #expect(journal.problems(knowing: ritual).contains(.unknownRitual(id: "walk", in: "moment m70")))
    }
}

/// A mistyped time zone is answered with the zone meant, when one is close (found by a new
/// user's trial: `Europe/Pariss`, `europe/oslo` were answered with the same fixed examples).
@Suite struct TimeZoneSuggestionTests {
    @Test func aCloseIdentifierIsSuggested() {
        #expect(Journal.suggestedTimeZone(for: "europe/oslo") == "Europe/Oslo")
        #expect(Journal.suggestedTimeZone(for: "Europe/Pariss") == "Europe/Paris")
        #expect(Journal.suggestedTimeZone(for: "Amercia/Chicago") == "America/Chicago")
        #expect(Journal.suggestedTimeZone(for: "Mexico/City") == "America/Mexico_City")
        #expect(Journal.suggestedTimeZone(for: "Los/Angeles") == "America/Los_Angeles")
        #expect(Journal.suggestedTimeZone(for: "Asia/Tokio") == "Asia/Tokyo")
        for far in ["Mars/Olympus", "+1", "", "Atlantis", String(repeating: "x", count: 200)] {
            #expect(Journal.suggestedTimeZone(for: far) == nil, "\(far)")
        }
        let problem = JournalValidationError.invalidTimeZone("Europe/Pariss", in: "moment m1")
        #expect(problem.description.hasSuffix("'Europe/Pariss' is not a known time zone; did you mean Europe/Paris?"))
        let far = JournalValidationError.invalidTimeZone("Mars/Olympus", in: "moment m1")
        #expect(far.description.hasSuffix("use an identifier such as Europe/Paris or America/New_York"))
    }

    /// A partner's own zone in the files is checked like the journal's: a typo there read that
    /// partner's times in another zone without a word (found by a new user's trial).
    @Test func aPartnersOwnZoneIsChecked() throws {
        var journal = Journal()
        try journal.add(Partner(name: "Alex"))
        try journal.add(Partner(name: "Sam"))
        journal.settings.partnerTimeZones[Identifier("sam")] = "America/Denvr"
        let problems = journal.problems()
        #expect(problems == [.invalidTimeZone("America/Denvr", in: "settings, sam's own zone")])
        #expect(
            problems.first?.description
                == "settings, sam's own zone: 'America/Denvr' is not a known time zone; did you mean America/Denver?")
        journal.settings.partnerTimeZones[Identifier("sam")] = "America/Denver"
        #expect(journal.problems().isEmpty)
    }

    /// An abbreviation names the place it usually stands for, and a fixed offset is cautioned
    /// about, with the sign of an `Etc/GMT` name spelled out (a new user's trial typed `PST`,
    /// `UTC+2` and `Etc/GMT+2` without a word said).
    @Test func abbreviationsAndFixedOffsetsAreExplained() {
        #expect(Journal.abbreviatedTimeZone("PST") == "America/Los_Angeles")
        #expect(Journal.abbreviatedTimeZone("bst") == "Europe/London")
        #expect(Journal.suggestedTimeZone(for: "CEST") == "Europe/Paris")
        for plain in ["UTC", "GMT", "Europe/Paris", "Paris", "EST5EDT", "", "ABCDEFG"] {
            #expect(Journal.abbreviatedTimeZone(plain) == nil, "\(plain)")
        }
        #expect(Journal.fixedOffsetCaution(for: "UTC+2")?.hasPrefix("'UTC+2' is a fixed offset from UTC") == true)
        #expect(Journal.fixedOffsetCaution(for: "GMT-05:00")?.contains("(America/New_York keeps this offset's clock)") == true)
        // The example named keeps the offset's clock: India's for +05:30, Paris only when none does.
        #expect(Journal.fixedOffsetCaution(for: "UTC+05:30")?.contains("Asia/Kolkata") == true)
        #expect(Journal.fixedOffsetCaution(for: "GMT+0545")?.contains("Asia/Kathmandu") == true)
        #expect(Journal.fixedOffsetCaution(for: "Etc/GMT-9")?.contains("Asia/Tokyo") == true)
        #expect(Journal.fixedOffsetCaution(for: "UTC+13")?.hasSuffix("follows the changes, such as Europe/Paris") == true)
        #expect(Journal.examplePlace(secondsFromGMT: 19_800) == "Asia/Kolkata" && Journal.examplePlace(secondsFromGMT: 3_700) == nil)
        #expect(
            Journal.fixedOffsetCaution(for: "Etc/GMT+2")?.hasSuffix("Etc/GMT+2 is 2 hours behind UTC, as these names count the other way)")
                == true)
        #expect(Journal.fixedOffsetCaution(for: "Etc/GMT-1")?.contains("Etc/GMT-1 is 1 hour ahead of UTC") == true)
        #expect(Journal.fixedOffsetCaution(for: "GMT")?.contains("Europe/London") == true)
        #expect(Journal.fixedOffsetCaution(for: "Etc/GMT")?.contains("UTC itself") == true)
        // What people type for a zone the system does not know, and the identifier offered.
        let offered = [
            "AEST": "Australia/Sydney", "London": "Europe/London", "new york": "America/New_York", "utc": "UTC",
            "+01:00": "UTC+01:00", "Europe/Londn": "Europe/London", "Paris": "Europe/Paris",
        ]
        for (typed, meant) in offered { #expect(Journal.suggestedTimeZone(for: typed) == meant, "\(typed)") }
        #expect(Journal.fixedOffsetCaution(for: "GMT+0")?.contains("UTC itself") == true)
        for moving in ["Europe/Paris", "UTC", "UTC+0", "UTC-00:00", "America/Denver"] {
            #expect(Journal.fixedOffsetCaution(for: moving) == nil, "\(moving)")
        }
    }

    /// A time out of range is shown as its UTC day and time, not as Foundation's placeholder.
    @Test func aTimeOutOfRangeIsShown() throws {
        var journal = Journal()
        try journal.add(Partner(name: "Alex"))
        try journal.add(Partner(name: "Sam"))
        let late = Date(timeIntervalSince1970: 253_402_300_800 + 86_400 * 40 + 3_660)  // 10000-02-10 01:01 UTC
        journal.moments.append(Moment(id: "m1", at: late, timeZone: "UTC", giver: "alex", receiver: "sam", title: "Hug"))
        #expect(journal.problems() == [.invalidDate("10000-02-10 01:01 UTC", in: "moment m1")])
    }
}

@Suite struct LocalDayResolverTests {
    /// The cached offsets and days agree with asking the zone every time, across daylight-saving
    /// changes, far-apart dates (the cache grows both ways) and more zones than the short list holds.
    @Test func agreesWithTheZone() throws {
        let utc = try #require(TimeZone(identifier: "UTC"))
        let resolver = LocalDayResolver(fallback: utc)
        let zones = [
            "Europe/Paris", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "America/St_Johns",
            "Pacific/Chatham", "Europe/London", "Asia/Tokyo", "Africa/Casablanca", "America/Santiago", "Not/AZone",
        ]
        var random = SeededGenerator(seed: 7)
        for _ in 0..<20_000 {
            let name = zones.randomElement(using: &random) ?? "UTC"
            // Mostly 2016 to 2026, sometimes centuries away.
            let span: ClosedRange<Double> = Bool.random(using: &random) ? 1_450_000_000...1_800_000_000 : -5_000_000_000...9_000_000_000
            let date = Date(timeIntervalSince1970: Double.random(in: span, using: &random).rounded())
            let zone = TimeZone(identifier: name) ?? utc
            #expect(resolver.offset(date, zone: name) == zone.secondsFromGMT(for: date), "\(name) \(date)")
            #expect(resolver.day(date, zone: name) == CalendarDay(date, in: zone), "\(name) \(date)")
        }
    }
}

@Suite struct LabelledTitlesTests {
    /// The titles a journal teaches, found through hashes of their bytes, are those a
    /// dictionary keyed by the title finds: one per title Swift calls equal (composed or not),
    /// the moment changed last (the later on a tie), oldest change first.
    @Test func theSameAsADictionaryFinds() throws {
        var random = SeededGenerator(seed: 7)
        let titles =
            ["Made coffee", "made coffee", "Caf\u{E9} run", "Cafe\u{301} run", "Hug", "Walk by the sea", "Tea"]
            + (0..<3_000).map { "title \($0)" }
        let device = try #require(DeviceID("k3x9q2m7abcd"))
        let moments = (0..<20_000).map { index -> Moment in
            let title = titles[Int.random(in: 0..<titles.count, using: &random)]
            var moment = Moment(
                id: Identifier("m\(index)"), at: Date(timeIntervalSince1970: 1_795_564_800), timeZone: "UTC", giver: "alex",
                receiver: "sam", title: title, language: Int.random(in: 0..<5, using: &random) == 0 ? nil : .time)
            let millis = 1_764_165_000_000 + Int64.random(in: 0..<50, using: &random)
            moment.changes = Changes(created: ChangeStamp(millis: millis, device: device))
            return moment
        }
        var winner = [String: Int]()
        for index in moments.indices where moments[index].language != nil {
            if let seen = winner[moments[index].title], moments[seen].changes.latest > moments[index].changes.latest { continue }
            winner[moments[index].title] = index
        }
        let expected = winner.values.sorted {
            let a = moments[$0].changes.latest, b = moments[$1].changes.latest
            return a != b ? a < b : $0 < $1
        }.map { moments[$0].title }
        let found = LearnedTitles.labelled(moments)
        #expect(found.map(\.title) == expected)
        #expect(found.count(where: { $0.title.hasPrefix("Caf") }) == 1)  // composed and decomposed, one title
    }

    /// The latest moment of a title directed on a device says who gave and who received it;
    /// titles compare without case, punctuation or extra spaces; another device's moments and
    /// a title labelled without a direction say nothing.
    @Test func theLatestMomentOfATitleGivesItsDirection() throws {
        let phone = try #require(DeviceID("p4on3")), tablet = try #require(DeviceID("t4bl3t"))
        let learned = LearnedTitles([
            LabelledTitle(title: "gave me a foot rub", language: .touch, giver: "alex", receiver: "sam", directedOn: phone),
            LabelledTitle(title: "Gave me a foot rub", language: .touch, giver: "sam", receiver: "alex", directedOn: phone),
            LabelledTitle(title: "gave me a foot rub", language: .touch, giver: "alex", receiver: "sam", directedOn: tablet),
            LabelledTitle(title: "made tea", language: .service, giver: "sam", receiver: "alex", directedOn: phone),
            LabelledTitle(title: "made tea", language: .service, directedOn: phone),
        ])
        let rub = learned.direction(of: "  GAVE me a foot-rub!! ", on: phone)
        #expect(rub.map { [$0.giver, $0.receiver] } == ["sam", "alex"])
        #expect(learned.direction(of: "gave me a foot rub", on: tablet).map { [$0.giver, $0.receiver] } == ["alex", "sam"])
        #expect(learned.direction(of: "gave me a foot rub", on: DeviceID("other")) == nil)
        #expect(learned.direction(of: "made tea", on: phone) == nil)
        #expect(learned.direction(of: "made coffee", on: phone) == nil)
        #expect(LearnedTitles.directionKey("Fixed  the leaky tap! 🔧") == "fixed the leaky tap")

        // A title this device logged more often the other way is not turned by its latest
        // moment (one hug from the partner among the writer's own); as often each way, it is.
        let hugs = LearnedTitles([
            LabelledTitle(title: "hug", language: .touch, giver: "alex", receiver: "sam", directedOn: phone, times: 3),
            LabelledTitle(title: "Hug", language: .touch, giver: "sam", receiver: "alex", directedOn: phone),
        ])
        #expect(hugs.direction(of: "hug", on: phone) == nil)
        let even = LearnedTitles([
            LabelledTitle(title: "hug", language: .touch, giver: "alex", receiver: "sam", directedOn: phone, times: 2),
            LabelledTitle(title: "hug", language: .touch, giver: "sam", receiver: "alex", directedOn: phone),
            LabelledTitle(title: "hug", language: .touch, giver: "sam", receiver: "alex", directedOn: phone),
        ])
        #expect(even.direction(of: "hug", on: phone).map(\.giver) == "sam")

        // The journal keeps one labelled title per title and device that directed it: the
        // tablet's later moment of a title does not hide the phone's.
        func moment(
            _ id: String, from giver: Identifier<Partner>, to receiver: Identifier<Partner>, on device: DeviceID, at millis: Int64
        )
            -> Moment
        {
            var moment = Moment(
                id: Identifier(id), at: Date(timeIntervalSince1970: 1_795_564_800), timeZone: "UTC", giver: giver, receiver: receiver,
                title: "Took the bins out", language: .service)
            moment.changes = Changes(created: ChangeStamp(millis: millis, device: device))
            return moment
        }
        var turned = moment("m1", from: "alex", to: "sam", on: phone, at: 1_764_165_000_000)
        turned.giver = "sam"
        turned.receiver = "alex"
        turned.changes.touch("giver", at: ChangeStamp(millis: 1_764_165_000_001, device: phone))
        let journal = [turned, moment("m2", from: "sam", to: "alex", on: tablet, at: 1_764_165_000_002)]
        let fromJournal = LearnedTitles(journal)
        #expect(LearnedTitles.labelled(journal).count == 2)
        #expect(fromJournal.direction(of: "took the bins out", on: phone).map { [$0.giver, $0.receiver] } == ["sam", "alex"])
        #expect(fromJournal.direction(of: "took the bins out", on: tablet)?.device == tablet)
        var unlabelled = turned
        unlabelled.language = nil
        #expect(LabelledTitle(unlabelled) == nil)
    }
}
