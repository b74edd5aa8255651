import Foundation
import MicromanceModel
import MicromanceStore
import Testing

@testable import MicromanceCommands

/// The times people type after `--at`.
@Suite struct DateInputTests {
    let zone = TimeZone(identifier: "Europe/Paris") ?? .current
    let now = Timestamp.parse("2026-11-24T09:30:00+01:00") ?? Date()

    func parsed(_ text: String, in zone: TimeZone? = nil) -> String? {
        let zone = zone ?? self.zone
        guard case .success(let date) = DateInput.parse(text, now: now, timeZone: zone) else { return nil }
        return Timestamp.format(date, in: zone)
    }

    /// What `text` is refused with in `zone`, or "" when it is read.
    func refusal(_ text: String, in zone: TimeZone) -> String {
        guard case .failure(let failure) = DateInput.parse(text, now: now, timeZone: zone) else { return "" }
        return failure.message
    }

    @Test func everydayWords() {
        #expect(parsed("now") == "2026-11-24T09:30:00+01:00")
        #expect(parsed("8am") == "2026-11-24T08:00:00+01:00")
        #expect(parsed("yesterday 8pm") == "2026-11-23T20:00:00+01:00")
        #expect(parsed("Yesterday 8:15PM") == "2026-11-23T20:15:00+01:00")
        #expect(parsed("today 07:05") == "2026-11-24T07:05:00+01:00")
        #expect(parsed("2h ago") == "2026-11-24T07:30:00+01:00")
        #expect(parsed("3 days ago") == "2026-11-21T09:30:00+01:00")
        #expect(parsed("yesterday") == "2026-11-23T12:00:00+01:00")
    }

    /// A time the clocks skipped is refused with what happened and what to give, as `date`
    /// refuses it (a new user's trial: 02:30 on Paris's spring-forward night became 03:30 without
    /// a word); the times around the change, and a time that happened twice, read.
    @Test func aTimeTheClocksSkippedIsRefused() throws {
        guard case .failure(let skipped) = DateInput.parse("2026-03-29 02:30", now: now, timeZone: zone) else {
            Issue.record("02:30 on 29 March was read")
            return
        }
        #expect(skipped.message.contains("02:30 did not happen in Europe/Paris on 2026-03-29: the clocks went forward that night"))
        #expect(skipped.message.contains("(2026-03-29T02:30:00+01:00)"), "\(skipped.message)")
        #expect(parsed("2026-03-29 01:59") == "2026-03-29T01:59:00+01:00")
        #expect(parsed("2026-03-29 03:00") == "2026-03-29T03:00:00+02:00")
        #expect(parsed("2026-10-25 02:30") == "2026-10-25T02:30:00+02:00", "the first of the two")
        let newYork = try #require(TimeZone(identifier: "America/New_York"))
        guard case .failure(let american) = DateInput.parse("2026-03-08 02:30", now: now, timeZone: newYork) else {
            Issue.record("02:30 on 8 March in New York was read")
            return
        }
        #expect(american.message.contains("(2026-03-08T02:30:00-05:00)"), "\(american.message)")
        // Where the offset before the change is UTC's own: `Z`, not the timestamp's last characters.
        let lisbon = try #require(TimeZone(identifier: "Europe/Lisbon"))
        let portuguese = refusal("2026-03-29 01:30", in: lisbon)
        #expect(portuguese.contains("(2026-03-29T01:30:00Z)"), "\(portuguese)")
        #expect(parsed("2026-03-29T01:30:00Z", in: lisbon) == "2026-03-29T02:30:00+01:00", "what it suggests reads, an hour on as in Paris")
        // Long before standard time, a zone's local mean time keeps its seconds: still read.
        let amsterdam = try #require(TimeZone(identifier: "Europe/Amsterdam"))
        guard case .success = DateInput.parse("1930-05-01 12:00", now: now, timeZone: amsterdam) else {
            Issue.record("noon in 1930 Amsterdam was refused")
            return
        }
    }

    /// A time that happened twice (the night the clocks went back) reads as the first, and a
    /// note says so and how to give the second; other times, and times given with their
    /// offset, have none. Lord Howe Island's clocks go back by half an hour.
    @Test func aTimeThatHappenedTwiceIsNamed() throws {
        let first = try #require(Timestamp.parse("2026-10-25T02:30:00+02:00"))
        let note = try #require(DateInput.repeatedTimeNote(first, in: zone))
        #expect(note.contains("02:30 happened twice in Europe/Paris on 2026-10-25 (the clocks went back that night)"))
        #expect(note.contains("taken as the first, 2026-10-25T02:30:00+02:00; give 2026-10-25T02:30:00+01:00 for the other"))
        let second = try #require(Timestamp.parse("2026-10-25T02:30:00+01:00"))
        #expect(DateInput.repeatedTimeNote(second, in: zone)?.contains("taken as the second") == true)
        #expect(DateInput.repeatedTimeNote(first, in: zone, explicit: true) == nil)
        for other in ["2026-10-25T01:59:00+02:00", "2026-10-25T03:00:00+01:00", "2026-03-29T03:30:00+02:00", "2026-11-24T09:30:00+01:00"] {
            #expect(DateInput.repeatedTimeNote(try #require(Timestamp.parse(other)), in: zone) == nil, "\(other)")
        }
        let lordHowe = try #require(TimeZone(identifier: "Australia/Lord_Howe"))
        // 2026-04-05: the clocks go back from 02:00 (UTC+11) to 01:30 (UTC+10:30).
        let early = try #require(Timestamp.parse("2026-04-05T01:45:00+11:00"))
        #expect(DateInput.repeatedTimeNote(early, in: lordHowe)?.contains("give 2026-04-05T01:45:00+10:30 for the other") == true)
        #expect(DateInput.givesOffset("2026-10-25T02:30:00+01:00") && DateInput.givesOffset("2026-10-25T02:30Z"))
        #expect(!DateInput.givesOffset("2026-10-25 02:30") && !DateInput.givesOffset("yesterday 2:30am"))
    }

    /// `log --at` and `edit --at` at a time that happened twice say which they took, on
    /// standard error; with the offset given, nothing is said.
    @Test func aRepeatedTimeIsSaidWhenLogged() throws {
        let cli = try CommandHarness(now: "2026-10-26T09:00:00+01:00")
        cli.setUpCouple()
        let logged = cli.run("log", "Goodnight call", "--at", "yesterday 2:30am")
        #expect(logged.code == 0)
        #expect(logged.errors.contains("micromance: note: 02:30 happened twice in Europe/Paris on 2026-10-25"), "\(logged.errors)")
        let exact = cli.run("log", "Hug", "--at", "2026-10-25T02:30:00+01:00")
        #expect(exact.code == 0 && !exact.errors.contains("twice"))
        let journal = try JSONJournalStore(path: cli.storePath).load()
        let times = journal.moments.map { Timestamp.format($0.at, in: cli.timeZone) }
        #expect(times == ["2026-10-25T02:30:00+02:00", "2026-10-25T02:30:00+01:00"])
        let id = try #require(journal.moments.first).id.rawValue
        let edited = cli.run("edit", id, "--at", "2026-10-25 02:45")
        #expect(edited.code == 0 && edited.errors.contains("taken as the first, 2026-10-25T02:45:00+02:00"), "\(edited.errors)")
    }

    /// `MICROMANCE_NOW` takes a timestamp as `--at` does, its seconds optional.
    @Test func thePinnedClockTakesMinutes() throws {
        #expect(CLIEnvironment.pinnedClock("2026-11-24T08:15+01:00") == Timestamp.parse("2026-11-24T08:15:00+01:00"))
        #expect(CLIEnvironment.pinnedClock("2026-11-24T08:15Z") == Timestamp.parse("2026-11-24T08:15:00Z"))
        #expect(CLIEnvironment.pinnedClock("2026-11-24T08:15:30.250-03:00") == Timestamp.parse("2026-11-24T08:15:30.250-03:00"))
        for wrong in ["2026-11-24T08:15", "2026-11-24", "next tuesday", "2026-11-24T08:15+01:00x", "2026-11-24T25:15+01:00"] {
            #expect(CLIEnvironment.pinnedClock(wrong) == nil, "\(wrong)")
        }
        let cli = try CommandHarness()
        cli.setUpCouple()
        let pinned = cli.runList(
            ["today"], variables: ["MICROMANCE_STORE": cli.storePath, "HOME": cli.folder, "MICROMANCE_NOW": "2026-11-24T08:15+01:00"])
        #expect(pinned.code == 0, "\(pinned.errors)")
    }

    /// Year 0 is said to be before 1900, as year 1 is; an offset no place has is named.
    @Test func longAgoAndImpossibleOffsetsAreNamed() {
        for text in ["0000-11-12", "0000-11-12 08:00"] {
            guard case .failure(let failure) = DateInput.parse(text, now: now, timeZone: zone) else {
                Issue.record("\(text) was read")
                continue
            }
            #expect(failure.message.contains("is before 1900"), "\(failure.message)")
        }
        guard case .failure(let offset) = DateInput.parse("2026-10-20T10:00:00+25:00", now: now, timeZone: zone) else {
            Issue.record("+25:00 was read")
            return
        }
        #expect(offset.message.hasPrefix("the offset +25:00 in '2026-10-20T10:00:00+25:00' is not one"), "\(offset.message)")
        #expect(parsed("2026-10-20T10:00:00-03:00") == "2026-10-20T15:00:00+02:00")
    }

    /// A timestamp typed without its seconds reads as one with them (a new user's trial:
    /// `2026-12-05T20:00Z` could not be read while `…T20:00:00Z` could).
    @Test func timestampsWithoutSeconds() {
        #expect(parsed("2026-11-23T20:00Z") == "2026-11-23T21:00:00+01:00")
        #expect(parsed("2026-11-23t20:00+01:00") == "2026-11-23T20:00:00+01:00")
        #expect(parsed("2026-11-23T20:00:00Z") == "2026-11-23T21:00:00+01:00")
        #expect(parsed("2026-11-23T20Z") == nil)
        #expect(parsed("2026-11-25T20:00Z") == nil)  // the future
    }

    /// A day that is not in the calendar is called that, not unreadable (a new user's trial).
    @Test func aDayThatDoesNotExistIsSaidToBeOne() {
        for typed in ["2026-02-29 10:00", "2026-11-31"] {
            guard case .failure(let failure) = DateInput.parse(typed, now: now, timeZone: zone) else {
                Issue.record("\(typed) was read")
                continue
            }
            #expect(failure.message.hasSuffix("is not a day of the calendar (check the month's length and leap years)"), "\(failure)")
        }
        guard case .failure(let other) = DateInput.parse("2026-1-5 10:00", now: now, timeZone: zone) else { return }
        #expect(other.message.hasPrefix("cannot read the time"))
    }

    /// Weekday names, as people write them ("last tuesday", "fri 7pm"), on Tuesday 24 November.
    @Test func weekdays() {
        #expect(parsed("tuesday 8am") == "2026-11-24T08:00:00+01:00")  // today
        #expect(parsed("last tuesday") == "2026-11-17T12:00:00+01:00")
        #expect(parsed("Last Tue 7pm") == "2026-11-17T19:00:00+01:00")
        #expect(parsed("monday 9pm") == "2026-11-23T21:00:00+01:00")
        #expect(parsed("on friday") == "2026-11-20T12:00:00+01:00")
        #expect(parsed("Sunday, 10am") == "2026-11-22T10:00:00+01:00")
        #expect(parsed("wed 23:30") == "2026-11-18T23:30:00+01:00")
        #expect(parsed("tuesday 8pm") == nil)  // later today: in the future
        #expect(parsed("last") == nil)
        #expect(parsed("last week") == nil)
        #expect(parsed("tuesdays") == nil)
        #expect(parsed("sunday at 10am") == "2026-11-22T10:00:00+01:00")
    }

    /// Parts of the day, and days ahead refused as in the future (Tuesday 24 November, 9:30).
    @Test func partsOfTheDayAndDaysAhead() {
        #expect(parsed("this morning") == "2026-11-24T09:00:00+01:00")
        #expect(parsed("last night") == "2026-11-23T21:00:00+01:00")
        #expect(parsed("yesterday evening") == "2026-11-23T19:00:00+01:00")
        #expect(parsed("friday afternoon") == "2026-11-20T15:00:00+01:00")
        #expect(parsed("tonight") == nil)  // 21:00 is still ahead at 9:30
        #expect(parsed("this afternoon") == nil)
        guard case .failure(let ancient) = DateInput.parse("0001-01-01", now: now, timeZone: zone) else {
            Issue.record("0001-01-01 was accepted")
            return
        }
        #expect(ancient.message.contains("before 1900"), "\(ancient.message)")
        #expect(parsed("1999-12-31 23:00") == "1999-12-31T23:00:00+01:00")
        for ahead in ["tomorrow", "tomorrow 8am", "next tuesday", "in 2 days"] {
            guard case .failure(let failure) = DateInput.parse(ahead, now: now, timeZone: zone) else {
                Issue.record("\(ahead) was accepted")
                continue
            }
            #expect(failure.message.contains("is in the future"), "\(ahead): \(failure.message)")
        }
    }

    /// A time ahead of now says in which zone it was read and what time it is there.
    @Test func aFutureTimeNamesTheZoneItWasReadIn() throws {
        let denver = try #require(TimeZone(identifier: "America/Denver"))
        guard case .failure(let failure) = DateInput.parse("7:30pm", now: now, timeZone: denver) else {
            Issue.record("7:30pm in Denver at 01:30 was accepted")
            return
        }
        #expect(failure.message.contains("is in the future (read in America/Denver time, where it is now 01:30)"), "\(failure.message)")
    }

    @Test func isoForms() {
        #expect(parsed("2026-11-20") == "2026-11-20T12:00:00+01:00")
        #expect(parsed("2026-11-20 18:45") == "2026-11-20T18:45:00+01:00")
        #expect(parsed("2026-11-20T18:45:10") == "2026-11-20T18:45:10+01:00")
        #expect(parsed("2026-11-20T17:45:00Z") == "2026-11-20T18:45:00+01:00")
        #expect(parsed("2026-07-01 12:00") == "2026-07-01T12:00:00+02:00")  // summer time
    }

    @Test(arguments: [
        "", "8", "25:00", "13pm", "yesterday at noonish", "2026-02-30", "-2h ago", "h ago", "soon",
        "2026-11-24T08:15:00+25:00", "tomorrow", String(repeating: "9", count: 500) + "h ago", "\u{0}",
    ])
    func rejects(_ text: String) {
        #expect(parsed(text) == nil, "\(text)")
    }

    @Test func rejectsTheFuture() {
        #expect(parsed("11pm") == nil)
        #expect(parsed("2026-12-01") == nil)
    }

    /// The night the clocks go back, 02:30 comes twice in Paris: `history` tells the two apart
    /// by their offsets, and keeps its columns in line.
    @Test func historyTellsARepeatedHoursTimesApart() throws {
        let cli = try CommandHarness(now: "2026-10-25T02:30:00+02:00")
        cli.setUpCouple()
        cli.setUp("log", "Night tea")
        cli.now += 3_600  // 02:30 again, in winter time
        cli.setUp("log", "Night tea again")
        cli.now += 3_600 * 8
        cli.setUp("log", "Breakfast in bed")
        let rows = cli.run("history").output.split(separator: "\n").map(String.init)
        #expect(rows.count == 3, "\(rows)")
        #expect(rows.first?.hasPrefix("Sun 25 Oct 10:30   ") == true, "\(rows)")
        #expect(rows.dropFirst().first?.hasPrefix("Sun 25 Oct 02:30 GMT+1  Alex") == true, "\(rows)")
        #expect(rows.last?.hasPrefix("Sun 25 Oct 02:30 GMT+2  Alex") == true, "\(rows)")
        #expect(Set(rows.map { $0.range(of: "Alex")?.lowerBound.utf16Offset(in: $0) }).count == 1, "columns in line: \(rows)")
        let paris = try #require(TimeZone(identifier: "Europe/Paris"))
        #expect(!TextFormat.repeatedClock(Date(timeIntervalSince1970: 1_795_564_800), in: paris), "an ordinary December time")
    }
}

/// A negative number is refused for what it is, not read as a missing value.
@Suite struct NegativeNumberTests {
    @Test func negativeCountsSayWhatIsAllowed() throws {
        let cli = try richCouple()
        for (arguments, expected) in [
            (["report", "--days", "-5"], "--days must be between 1 and 36500"),
            (["history", "--limit", "-3"], "--limit must be 1 or more"),
            (["settings", "--daily-target", "-1"], "above zero"),
            (["suggest", "-n", "-2"], "-n must be between 1 and 100"),
        ] {
            let result = cli.runList(arguments)
            #expect(result.code == 64 && result.errors.contains(expected), "\(arguments): \(result)")
            #expect(!result.errors.contains("Missing value"), "\(arguments)")
        }
        #expect(cli.run("report", "--days", "3").code == 0)
    }
}
