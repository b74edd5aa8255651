import Foundation
import MicromanceModel
import MicromanceStore
import Testing

@testable import MicromanceCommands

/// A device whose clock has no zone set (plain UTC: a server, a container, a new virtual
/// machine) logs in the journal's home zone, so that `log` and `today` agree on the day; a
/// device with a zone of its own keeps it (a partner travelling lives their own day).
@Suite struct DeviceZoneTests {
    @Test func aClockWithoutAZoneLogsInTheHomeZone() throws {
        // 22:30 UTC on Monday is 01:30 on Tuesday in Nairobi.
        let cli = try CommandHarness(now: "2026-11-23T22:30:00Z", timeZone: "UTC")
        cli.setUp("init", "--me", "Wanjiru", "--time-zone", "Africa/Nairobi")
        cli.setUp("partner", "add", "Dev")
        cli.setUp("log", "Made his chai before the show")
        cli.setUp("log", "Hug at the door", "--at", "1am")
        let moments = try JSONJournalStore(path: cli.storePath).load().moments
        #expect(moments.map(\.timeZone) == ["Africa/Nairobi", "Africa/Nairobi"])
        let zone = try #require(TimeZone(identifier: "Africa/Nairobi"))
        #expect(moments.map { Timestamp.format($0.at, in: zone) } == ["2026-11-24T01:30:00+03:00", "2026-11-24T01:00:00+03:00"])
        let today = cli.run("today")
        #expect(today.code == 0 && today.output.contains("today: 2 gestures"), "\(today.output)")
        #expect(CLIEnvironment.unsetZones.contains("Etc/UTC") && !CLIEnvironment.unsetZones.contains("Europe/London"))
    }

    @Test func aDeviceWithItsOwnZoneKeepsIt() throws {
        let cli = try CommandHarness(now: "2026-11-23T22:30:00Z", timeZone: "America/New_York")
        cli.setUp("init", "--me", "Lea", "--time-zone", "Europe/Berlin")
        cli.setUp("partner", "add", "Tomas")
        cli.setUp("log", "Read her chapter draft")
        #expect(try JSONJournalStore(path: cli.storePath).load().moments.map(\.timeZone) == ["America/New_York"])
    }

    /// A laptop taken abroad logs on its own day and shows that day as today: at 18:00 on
    /// Saturday in Vancouver it is 03:00 on Sunday in Berlin, and the hug logged there is
    /// today's on that laptop, not a day ahead of a today still at home (a new user's trial:
    /// "Streak: 0 days", then "no moments yet").
    @Test func aDeviceAbroadShowsItsOwnToday() throws {
        let cli = try CommandHarness(now: "2026-12-05T18:00:00-08:00", timeZone: "Europe/Berlin")
        cli.setUp("init", "--me", "Noor", "--time-zone", "America/Vancouver")
        cli.setUp("partner", "add", "Tobias")
        let logged = cli.run("log", "Long hug at the door")
        #expect(logged.code == 0 && logged.output.contains("Streak: 1 day"), "\(logged.output)")
        let today = cli.run("today")
        #expect(today.output.hasPrefix("Sunday 6 December 2026") && today.output.contains("today: 1 gesture"), "\(today.output)")
        let report = cli.run("report", "--days", "1", "--json")
        #expect(report.output.contains("\"moments\" : 1"), "\(report.output.prefix(800))")
    }

    /// A zone set for a trip and left behind: back in Lisbon with Auckland still set, `today`
    /// says so on standard error, with the setting that clears it (a trial saw Friday at 22:31
    /// on Thursday, with no word).
    @Test func anOwnZoneLeftBehindIsPointedOut() throws {
        let cli = try CommandHarness(now: "2027-04-01T22:31:00+01:00", timeZone: "Europe/Lisbon")
        cli.setUp("init", "--me", "Dawit")
        cli.setUp("partner", "add", "Ines")
        cli.setUp("settings", "--partner-time-zone", "Dawit=Pacific/Auckland")
        let today = cli.run("today")
        #expect(today.output.hasPrefix("Friday 2 April 2027"), "\(today.output)")
        #expect(today.errors.contains("Dawit's own time zone is set to Pacific/Auckland"), "\(today.errors)")
        #expect(today.errors.contains("this device's clock is in Europe/Lisbon"))
        #expect(today.errors.contains("settings --partner-time-zone Dawit="), "\(today.errors)")
        cli.setUp("settings", "--partner-time-zone", "Dawit=")
        let home = cli.run("today")
        #expect(home.output.hasPrefix("Thursday 1 April 2027") && home.errors.isEmpty, "\(home.output) \(home.errors)")
        // A zone that reads the same as the clock says nothing.
        cli.setUp("settings", "--partner-time-zone", "Dawit=Europe/Lisbon")
        #expect(cli.run("today").errors.isEmpty)
    }

    /// A zone typed on the command line: spaces dropped, an abbreviation refused with the place
    /// it stands for, a fixed offset taken with a warning (a new user's trial typed `PST`,
    /// `UTC+2` and ` Europe/Lisbon`).
    @Test func aTypedZoneIsTrimmedAndAbbreviationsAreRefused() throws {
        let cli = try CommandHarness(now: "2026-11-23T12:00:00Z", timeZone: "Europe/Lisbon")
        let refused = cli.run("init", "--me", "Ana", "--time-zone", "PST")
        #expect(refused.code == 64 && refused.errors.contains("did you mean America/Los_Angeles?"), "\(refused.errors)")
        #expect(!FileManager.default.fileExists(atPath: cli.storePath), "a refused init wrote a journal")
        cli.setUp("init", "--me", "Ana", "--time-zone", " Europe/Lisbon ")
        cli.setUp("partner", "add", "Joe")
        #expect(try JSONJournalStore(path: cli.storePath).load().settings.timeZone == "Europe/Lisbon")
        let fixed = cli.run("settings", "--partner-time-zone", " Joe = Etc/GMT+7 ")
        #expect(fixed.code == 0, "\(fixed.errors)")
        #expect(fixed.errors.contains("warning: 'Etc/GMT+7' is a fixed offset from UTC"), "\(fixed.errors)")
        #expect(fixed.errors.contains("7 hours behind UTC"), "\(fixed.errors)")
        let journal = try JSONJournalStore(path: cli.storePath).load()
        let joe = try #require(journal.partners.first { $0.name == "Joe" })
        #expect(journal.settings.partnerTimeZones[joe.id] == "Etc/GMT+7")
        let abbreviation = cli.run("settings", "--partner-time-zone", "Joe=bst")
        #expect(abbreviation.code == 64 && abbreviation.errors.contains("did you mean Europe/London?"), "\(abbreviation.errors)")
        #expect(try JSONJournalStore(path: cli.storePath).load() == journal, "a refused setting changed the journal")
        let plain = cli.run("settings", "--time-zone", "America/Denver")
        #expect(plain.code == 0 && plain.errors.isEmpty, "\(plain.errors)")
        let gmt = cli.run("settings", "--time-zone", "GMT")
        #expect(gmt.code == 0 && gmt.errors.contains("'GMT' is UTC itself") && gmt.errors.contains("Europe/London"), "\(gmt.errors)")
        let cleared = cli.run("settings", "--partner-time-zone", "joe=")
        #expect(cleared.output.contains("Joe's time zone: cleared"), "\(cleared.output)")
        let bare = cli.run("settings", "--partner-time-zone", "Joe")
        #expect(bare.code == 64 && bare.errors.contains("NAME= with nothing after it clears"), "\(bare.errors)")
        let city = cli.run("settings", "--time-zone", "Sydney")
        #expect(city.code == 64 && city.errors.contains("did you mean Australia/Sydney?"), "\(city.errors)")
    }

    /// `TZ` as the C library reads it: Foundation on Linux took `:Europe/Paris`, a path into the
    /// zone files and POSIX rules for UTC, without a word; a rule with summer time is the zone
    /// that keeps its clock, whatever its abbreviation (`IST` is India's, Ireland's and Israel's:
    /// a new user's trial). Each case: the offsets on 24 November and 15 July 2026 (hours east).
    @Test(
        arguments: [
            (":Europe/Paris", 1.0, 2.0, nil),
            ("/usr/share/zoneinfo/America/Denver", -7, -6, nil),
            ("posix/Asia/Tokyo", 9, 9, nil),
            ("America/Denver", -7, -6, nil),
            ("MST7", -7, -7, nil),
            ("UTC0", 0, 0, nil),
            ("<+0530>-5:30", 5.5, 5.5, nil),
            ("EST5EDT,M3.2.0,M11.1.0", -5, -4, "read as America/New_York, whose clock it keeps"),
            ("CET-1CEST,M3.5.0,M10.5.0/3", 1, 2, "whose clock it keeps"),
            ("GMT0BST,M3.5.0/1,M10.5.0", 0, 1, "whose clock it keeps"),
            ("IST-1GMT0,M10.5.0,M3.5.0/1", 0, 1, "whose clock it keeps"),
            ("IST-2IDT,M3.4.4/26,M10.5.0", 2, 3, "whose clock it keeps"),
            ("NST3:30NDT,M3.2.0,M11.1.0", -3.5, -2.5, "whose clock it keeps"),
            ("AEST-10AEDT,M10.1.0,M4.1.0/3", 11, 10, "whose clock it keeps"),
            ("XYZ3ABC,M1.1.0,M2.1.0", -3, -3, "no zone of this system keeps; days are counted at UTC-03:00"),
            ("Europe/Pari", 0, 0, "did you mean Europe/Paris?"),
            ("Nowhere At All", 0, 0, "is not a time zone this system knows, so this device is taken to have no zone set"),
            ("UTC+2", -2, -2, "TZ='UTC+2' is UTC-02:00, as the C library reads it"),
            ("GMT-5", 5, 5, "if you meant UTC-05:00, that is TZ='GMT+5'"),
            ("UTC3", -3, -3, "that is TZ='UTC-3'"),
            ("/nowhere/zone-file", 0, 0, "is not a zone file this system knows"),
            ("", 0, 0, nil),
        ] as [(String, Double, Double, String?)])
    func theDeviceZoneIsReadFromTZAsTheCLibraryReadsIt(tz: String, november: Double, july: Double, caution expected: String?) throws {
        let system = try #require(TimeZone(identifier: "Asia/Tokyo"))
        let now = Date(timeIntervalSince1970: 1_795_564_800)  // 2026-11-24
        let (found, caution, note) = DeviceTimeZone.resolveNoting(tz, system: system, now: now)
        // A `TZ` this system cannot read is said before every command; a rule read as the zone
        // whose clock it keeps, or an offset POSIX reads westward, only where the zone is set
        // or shown (a note).
        let said = caution ?? note
        #expect(caution == nil || note == nil)
        let unreadable = expected.map { $0.contains("this system") || $0.contains("did you mean") } ?? false
        #expect((caution != nil) == unreadable, "\(tz)")
        #expect(Double(found.secondsFromGMT(for: now)) == november * 3600, "\(tz): \(found.identifier)")
        #expect(Double(found.secondsFromGMT(for: Date(timeIntervalSince1970: 1_784_116_800))) == july * 3600, "\(tz): \(found.identifier)")
        if let expected {
            #expect(said?.contains(expected) == true, "\(said ?? "nothing said")")
        } else {
            #expect(said == nil, "\(said ?? "")")
        }
        #expect(DeviceTimeZone.resolve(nil, system: system).zone == system)
    }

    /// A zone file given by a path that links into the zone files (as `/etc/localtime` does), or
    /// a copy of one, is the zone it holds.
    @Test func aZoneFileGivenByItsPathIsTheZoneItHolds() throws {
        let folder = NSTemporaryDirectory() + "/zone-files-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder + "/localtime", withDestinationPath: "/usr/share/zoneinfo/Asia/Tokyo")
        try FileManager.default.copyItem(atPath: "/usr/share/zoneinfo/America/Denver", toPath: folder + "/home")
        #expect(DeviceTimeZone.resolve(":" + folder + "/localtime", system: .current).zone.identifier == "Asia/Tokyo")
        let copied = DeviceTimeZone.resolve(folder + "/home", system: .current)
        #expect(copied.caution == nil && copied.zone.secondsFromGMT(for: Date(timeIntervalSince1970: 1_795_564_800)) == -7 * 3600)
    }

    @Test func aTZThisSystemDoesNotKnowIsSaidBeforeEachCommand() throws {
        let cli = try CommandHarness(now: "2026-11-23T22:30:00Z", timeZone: "UTC")
        cli.setUp("init", "--me", "Ana")
        for (arguments, warned) in [(["settings"], true), (["--version"], false), (["settings", "--help"], false)] {
            let output = TextSink(), errors = TextSink()
            var environment = CLIEnvironment(
                now: { Date(timeIntervalSince1970: 1_795_000_000) }, timeZone: TimeZone(identifier: "UTC") ?? .current,
                variables: ["MICROMANCE_STORE": cli.storePath, "HOME": cli.folder], output: output, errors: errors)
            environment.timeZoneCaution = DeviceTimeZone.resolve("Europe/Pari", system: .current).caution
            #expect(MicromanceCommand.run(arguments, in: environment) == 0)
            #expect(errors.text.contains("micromance: warning: TZ='Europe/Pari' is not a time zone") == warned, "\(errors.text)")
        }
    }

    /// The name of the zone a summer-time rule is read as, and an offset POSIX reads westward,
    /// are said where the zone is set or shown (`init`, `settings`), not before every `log` or
    /// `today` (a new user's trial); a `TZ` naming no zone is said before every command, and
    /// the moment it logs falls on the home zone's day.
    @Test func aZoneReadFromARuleIsNamedWhereItIsSetOrShown() throws {
        let cli = try CommandHarness(now: "2026-11-23T23:30:00Z", timeZone: "UTC")
        cli.setUp("init", "--me", "Ana", "--time-zone", "Europe/Paris")
        cli.setUp("partner", "add", "Ben")
        let instant = cli.now
        func run(_ arguments: [String], tz: String, store: String? = nil) -> (code: Int32, output: String, errors: String) {
            let output = TextSink(), errors = TextSink()
            let (zone, caution, note) = DeviceTimeZone.resolveNoting(tz, system: .current)
            var environment = CLIEnvironment(
                now: { instant }, timeZone: zone,
                variables: ["MICROMANCE_STORE": store ?? cli.storePath, "HOME": cli.folder, "TZ": tz], output: output, errors: errors)
            environment.timeZoneCaution = caution
            environment.timeZoneNote = note
            return (MicromanceCommand.run(arguments, in: environment), output.text, errors.text)
        }
        let rule = "GMT0BST,M3.5.0/1,M10.5.0"
        for arguments in [["today"], ["log", "Made tea"]] {
            let quiet = run(arguments, tz: rule)
            #expect(quiet.code == 0 && quiet.errors.isEmpty, "\(arguments): \(quiet.errors)")
        }
        let shown = run(["settings"], tz: rule)
        #expect(shown.code == 0 && shown.errors.contains("micromance: note: TZ='\(rule)' is read as Europe/London"), "\(shown.errors)")
        // An offset written as POSIX reads it: `log` says so only when the home zone keeps
        // another clock now (Paris is at +01:00 in November: UTC-1 is its clock, UTC-2 is not).
        #expect(run(["log", "Hug"], tz: "UTC-1").errors.isEmpty)
        let off = run(["log", "Hug"], tz: "UTC-2").errors
        #expect(
            off.contains(
                "micromance: note: this moment's day and time are this device's, UTC+02:00, where the journal's home zone, Europe/Paris"),
            "\(off)")
        #expect(off.contains("if you meant UTC-02:00, that is TZ='UTC+2'"), "\(off)")
        #expect(run(["settings"], tz: "UTC-2").errors.contains("TZ='UTC-2' is UTC+02:00, as the C library reads it"))
        // 23:30 UTC is 00:30 on Tuesday in Paris: with TZ naming no zone, the moment is Tuesday's.
        let misspelt = run(["log", "Warmed the towel"], tz: "Europe/Pari")
        #expect(misspelt.code == 0 && misspelt.errors.contains("logs and counts days in the journal's home zone"), "\(misspelt.errors)")
        let moments = try JSONJournalStore(path: cli.storePath).load().moments
        #expect(moments.map(\.timeZone) == ["Europe/London", "Etc/GMT-1", "Etc/GMT-2", "Europe/Paris"])
        // A new journal does not take its home zone from such a TZ: init asks for it, and
        // writes nothing; a clock set to a fixed offset gives one, with the warning for one.
        for (tz, meant) in [("Europe/Pari", "Europe/Paris"), ("UTC+2", "Europe/Athens"), ("UTC-5", "America/New_York")] {
            let folder = cli.folder + "/new-\(tz.count)-\(meant.count)"
            let refused = run(["init", "--me", "Ana"], tz: tz, store: folder + "/journal.json")
            #expect(refused.code == 64 && refused.errors.contains("`micromance init --time-zone \(meant)"), "\(tz): \(refused.errors)")
            #expect(!FileManager.default.fileExists(atPath: folder + "/journal.json"))
            #expect(run(["init", "--me", "Ana", "--time-zone", "Europe/Paris"], tz: tz, store: folder + "/journal.json").code == 0)
        }
        let india = run(["init", "--me", "Ana"], tz: "IST-5:30", store: cli.folder + "/india.json")
        #expect(india.code == 0 && india.output.contains("Home time zone: GMT+0530"), "\(india.output)")
        #expect(india.errors.contains("is a fixed offset from UTC"), "\(india.errors)")
        #expect(india.errors.contains("(Asia/Kolkata keeps this offset's clock)"), "the example is on India's clock: \(india.errors)")
        // One reading of a westward offset serves init, settings and log.
        #expect(DeviceTimeZone.westwardRule(" :UTC-5")?.rule.secondsEast == 18_000)
        #expect(DeviceTimeZone.westwardRule("GMT+3")?.caution.contains("TZ='GMT-3'") == true)
        for other in ["MST7", "UTC0", "CET-1CEST,M3.5.0,M10.5.0/3", "Europe/Paris", "", nil] as [String?] {
            #expect(DeviceTimeZone.westwardRule(other) == nil, "\(other ?? "nil")")
        }
    }

    /// `init` says the home zone it took from the device's clock and how to change it.
    @Test func initSaysTheHomeZoneItTook() throws {
        let newYork = try CommandHarness(now: "2026-11-23T22:30:00Z", timeZone: "America/New_York")
        let started = newYork.run("init", "--me", "Lea")
        #expect(
            started.output.contains("Home time zone: America/New_York, this device's; `micromance settings --time-zone ZONE` changes it."))
        let server = try CommandHarness(now: "2026-11-23T22:30:00Z", timeZone: "UTC")
        #expect(server.run("init").output.contains("as this device's clock names no zone"))
        let chosen = try CommandHarness(now: "2026-11-23T22:30:00Z", timeZone: "UTC")
        #expect(!chosen.run("init", "--time-zone", "Europe/Paris").output.contains("Home time zone"))
    }
}
