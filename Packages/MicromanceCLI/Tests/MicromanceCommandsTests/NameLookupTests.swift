import Foundation
import MicromanceModel
import MicromanceStore
import Testing

@testable import MicromanceCommands

/// Names and ids as people type them: any case, no accents, the start of a name or an id.
@Suite struct NameLookupTests {
    func couple() throws -> CommandHarness {
        let cli = try CommandHarness()
        cli.setUp("init")
        cli.setUp("partner", "add", "Zoë Müller-Łukasz")
        cli.setUp("partner", "add", "Jonas")
        return cli
    }

    @Test(arguments: ["zoe", "ZOË", "Zoe Muller", "muller", "lukasz", "zo", "zoë-müller-łukasz"])
    func partnersAreFoundWithoutCaseOrAccents(name: String) throws {
        let cli = try couple()
        let result = cli.run("log", "Warm her side of the bed", "--to", name)
        #expect(result.code == 0, "\(name): \(result.errors)")
        #expect(try JSONJournalStore(path: cli.storePath).load().moments.first?.receiver == "zoë-müller-łukasz")
    }

    @Test func ambiguousAndMistypedNamesSaySo() throws {
        let cli = try couple()
        cli.setUp("partner", "add", "Jo Ann")
        let ambiguous = cli.run("log", "Hug", "--from", "jo", "--to", "zoe")
        #expect(ambiguous.code == 64 && ambiguous.errors.contains("could be 2 partners"), "\(ambiguous.errors)")
        #expect(ambiguous.errors.contains("Jonas") && ambiguous.errors.contains("Jo Ann"))
        let typo = cli.run("log", "Hug", "--from", "Jonsa", "--to", "zoe")
        #expect(typo.code == 64 && typo.errors.contains("Did you mean 'Jonas'?"), "\(typo.errors)")
        #expect(typo.errors.contains("no partner is called 'Jonsa'. Did you mean 'Jonas'? The partners are: "), "\(typo.errors)")
        // A slip in one word of a long name is near that word, though far from the whole name.
        let surname = cli.run("log", "Hug", "--from", "Jonas", "--to", "Mueler")
        #expect(surname.code == 64 && surname.errors.contains("Did you mean 'Zoë Müller-Łukasz'?"), "\(surname.errors)")
        cli.setUp("partner", "add", "Siddhārth Rao")
        for slip in ["Sidharth", "Sidarth"] {
            let mistyped = cli.run("partner", "show", slip)
            #expect(mistyped.code == 64 && mistyped.errors.contains("Did you mean 'Siddhārth Rao'?"), "\(slip): \(mistyped.errors)")
        }
    }

    @Test func everyKindOfIdCanBeShortened() throws {
        let cli = try couple()
        cli.setUp("ritual", "add", "Morning coffee together", "--cadence", "daily")
        cli.setUp("partner", "stressor", "add", "Jonas", "Board presentation", "--on", "2026-11-26")
        cli.setUp("partner", "date", "add", "zoe", "Birthday", "--on", "03-14")
        cli.setUp("log", "Hug", "--from", "jonas")
        let journal = try JSONJournalStore(path: cli.storePath).load()
        let moment = try #require(journal.moments.first).id.rawValue
        let stressor = try #require(journal.partners[1].stressors.first).id.rawValue
        // Two characters of a moment id are too few to be safe: the message says how many.
        let short = cli.run("remove", String(moment.prefix(2)), "--yes")
        #expect(short.code == 64 && short.errors.contains("at least 4 characters"), "\(short.errors)")
        #expect(cli.run("ritual", "done", "morning").code == 0)
        #expect(cli.run("partner", "stressor", "remove", "jonas", String(stressor.prefix(3))).code == 0)
        #expect(cli.run("partner", "date", "remove", "zoe", "birth").code == 0)
        let after = try JSONJournalStore(path: cli.storePath).load()
        #expect(after.partners[1].stressors.isEmpty && after.partners[0].importantDates.isEmpty)
        #expect(after.moments.count == 2)
    }
}

/// Dates and stressors in `today`: a week ahead both ends included, yesterday's asked about,
/// ongoing ones shown.
@Suite struct TodayKnowledgeTests {
    @Test func todayShowsTheWeekYesterdayAndWhatIsOngoing() throws {
        let cli = try CommandHarness(now: "2026-11-24T09:30:00+01:00")
        cli.setUpCouple()
        cli.setUp("partner", "stressor", "add", "Sam", "Driving in the rain")
        cli.setUp("partner", "stressor", "add", "Sam", "The exam", "--on", "2026-11-23")
        cli.setUp("partner", "date", "add", "Alex", "Trip", "--on", "2026-12-01", "--once")
        let today = cli.run("today")
        #expect(today.code == 0)
        #expect(today.output.contains("Sam is carrying Driving in the rain"), "\(today.output)")
        #expect(today.output.contains("Sam: The exam was yesterday. Ask how it went"))
        #expect(today.output.contains("Alex: Trip, in 7 days"))
        #expect(!cli.run("today", "--ahead", "3").output.contains("Trip"))
        // On Alex's own device, Alex's date is said without advice meant for Sam.
        #expect(!today.output.contains("Alex: Trip, in 7 days. An idea"), "\(today.output)")
        #expect(today.output.contains("Ask how it went"))
        #expect(TodayCommand.withoutAdvice("Wanjiru: Anniversary, today. An idea: a long hug.") == "Wanjiru: Anniversary, today.")
        #expect(
            TodayCommand.withoutAdvice("Wanjiru is carrying Form 4 marking for now. Take one chore off their plate.")
                == "Wanjiru is carrying Form 4 marking for now.")
        #expect(TodayCommand.withoutAdvice("Something else. Entirely.") == "Something else. Entirely.")
    }
}

/// A couple apart: today and suggest say what time it is for the other partner, with a
/// message that fits the hour; a partner going quiet shows in today.
@Suite struct LongDistanceTests {
    @Test func todayAndSuggestShowThePartnersOwnTime() throws {
        let cli = try CommandHarness(now: "2026-11-24T14:10:00+01:00", timeZone: "Europe/Paris")
        cli.setUp("init", "--time-zone", "Europe/Paris")
        cli.setUp("partner", "add", "Maya")
        cli.setUp("partner", "add", "Sam")
        cli.setUp("settings", "--partner-time-zone", "Sam=America/Chicago")
        let today = cli.runList(["today"], width: 120).output
        #expect(today.contains("It is 07:10 on Tuesday for Sam (America/Chicago): a good-morning message lands now."), "\(today)")
        #expect(!today.contains("It is 14:10"))  // Maya keeps the home zone: no line for her
        let suggest = cli.run("suggest", "--for", "sam").output
        #expect(suggest.contains("It is 07:10 on Tuesday for Sam"), "\(suggest)")
    }

    @Test func aPartnerGoingQuietShowsInToday() throws {
        let cli = try CommandHarness(now: "2026-11-24T09:30:00+01:00")
        cli.setUpCouple()
        var journal = try JSONJournalStore(path: cli.storePath).load()
        var random = SeededGenerator(seed: 3)
        for daysAgo in 1...120 {
            for (giver, count) in [("alex", 4), ("sam", daysAgo > 28 ? 1 : 0)] {
                for hour in 0..<count {
                    let at = cli.now.addingTimeInterval(Double(-daysAgo * 86_400 + hour * 600))
                    journal.moments.append(
                        Moment(
                            id: .random(using: &random), at: at, timeZone: "Europe/Paris",
                            giver: Identifier(giver), receiver: giver == "alex" ? "sam" : "alex", title: "Hug"))
                }
            }
        }
        try JSONJournalStore(path: cli.storePath).save(journal)
        let today = cli.run("today").output
        #expect(today.contains("Worth noticing") && today.contains("Sam gave 0 small gestures in the last"), "\(today)")
    }
}

@Suite struct MatchingCommandTests {
    /// The receiving partner's own ideas are matched before the catalog, and the log line says so.
    @Test func aPartnersOwnIdeaIsMatchedFirst() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        cli.setUp("partner", "edit", "Sam", "--add-idea", "Warm her side of the bed")
        let logged = cli.run("log", "warmed her side of the bed", "--to", "Sam")
        #expect(logged.output.contains("Matched Sam's own idea \"Warm her side of the bed\""), "\(logged.output)")
        let held = cli.run("log", "held hands on the walk home", "--to", "Sam")
        #expect(held.output.contains("Matched the catalog idea \"Hold hands on the walk home\""), "\(held.output)")
    }
}

@Suite struct InputTests {
    @Test func aFutureSinceIsRefused() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        for command in [["history", "--since", "2027-01-01"], ["report", "--since", "2027-01-01"]] {
            let result = cli.runList(command)
            #expect(result.code == 64 && result.errors.contains("is after today"), "\(command): \(result.errors)")
        }
        #expect(cli.run("history", "--since", "yesterday").code == 0)
    }

    /// The same day words for every option that takes a day.
    @Test func dayWordsEverywhere() throws {
        let cli = try CommandHarness(now: "2026-11-24T09:30:00+01:00")  // a Tuesday
        cli.setUpCouple()
        cli.setUp("partner", "stressor", "add", "Sam", "Dentist", "--on", "friday")
        cli.setUp("partner", "stressor", "add", "Sam", "Review", "--on", "in 3 days")
        cli.setUp("partner", "stressor", "add", "Sam", "Call the bank", "--on", "tomorrow")
        let days = try JSONJournalStore(path: cli.storePath).load().partners[1].stressors.map { $0.day?.description ?? "-" }
        #expect(days == ["2026-11-27", "2026-11-27", "2026-11-25"])
        cli.setUp("log", "Hug", "--at", "2 days ago")
        #expect(cli.run("history", "--since", "3 days ago", "--until", "yesterday").output.contains("Hug"))
        #expect(cli.run("report", "--since", "last week").code == 64)
        #expect(cli.run("report", "--since", "3 days ago").code == 0)
        let bad = cli.run("partner", "stressor", "add", "Sam", "x", "--on", "someday")
        #expect(bad.code == 64 && bad.errors.contains("next friday"))
    }

    @Test func reflectAnotherAsksSomethingElse() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        let first = cli.run("reflect").output.split(separator: "\n").first
        let second = cli.run("reflect", "--another").output.split(separator: "\n").first
        #expect(first != nil && second != nil && first != second)
        #expect(cli.run("reflect").output.split(separator: "\n").first == first)  // the same all day
    }

    @Test func mistypedCommandsAndBareOptions() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        let typo = cli.run("reprot")
        #expect(typo.code == 64 && typo.errors.contains("Did you mean 'report'?"), "\(typo.errors)")
        // Options with no command are today's: `micromance --store PATH` shows that journal's day.
        let bare = cli.run("--store", cli.storePath, "-n", "1")
        #expect(bare.code == 0 && bare.output.contains("Streak") && bare.output.contains("Ideas for"), "\(bare.errors)")
        #expect(cli.run("--version").output.hasPrefix("micromance "))
    }

    /// Merging a copy that is not there says so; it does not offer to start a journal.
    @Test func mergingAMissingCopySaysItIsMissing() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        let missing = cli.run("merge", cli.folder + "/nowhere.json")
        #expect(missing.code == 66)
        #expect(missing.errors.contains("there is no journal at") && !missing.errors.contains("micromance init"), "\(missing.errors)")
    }
}
