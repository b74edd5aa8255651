import ArgumentParser
import Foundation
import MicromanceInsights
import MicromanceModel

/// `micromance today`: the daily digest. Also what `micromance` alone shows.
struct TodayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "today",
        abstract: "Today's digest: your streak and score, rituals due, dates and stressors coming up, and ideas.",
        discussion: """
            Running `micromance` with no command shows this.

            Examples:
              micromance today
              micromance today -n 1
              micromance today --json          (for a widget or a script)
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: [.customShort("n"), .long], help: "How many ideas (1 to 3).")
    var ideas: Int = 3

    @Option(
        help: ArgumentHelp(
            "How many days ahead to look for dates and stressors (default 7: a week, both ends included).", valueName: "days"))
    var ahead: Int = 7

    @OptionGroup var format: FormatOptions

    func validate() throws {
        guard (1...3).contains(ideas) else { throw ValidationError("-n must be 1, 2 or 3") }
        guard (0...366).contains(ahead) else { throw ValidationError("--ahead must be between 0 and 366 days") }
    }

    func run() throws {
        try format.emitting(format: format.name(), journal: try? storeOptions.path(in: CLIEnvironment.current)) { try show() }
    }

    /// What the command prints (to `--out` when given).
    private func show() throws {
        let environment = CLIEnvironment.current
        let (journal, history) = try storeOptions.loadForReport(.lastDays(7), in: environment)
        let context = PeriodOptions.context(.lastDays(7), for: journal, history: history, in: environment)
        if try format.wantsJSON(in: environment) {
            environment.output.write(
                try TextFormat.json(
                    JSONEnvelope(
                        kind: "today", data: TodayDigest(context, ahead: ahead, ideas: ideas, scoring: environment.insights.scoring))))
            return
        }
        let out = environment.output
        let style = environment.style
        if let note = environment.ownZoneNote(for: journal) { environment.errors.line(note) }
        let today = context.today
        let weekday = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][today.weekday.rawValue - 1]
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        out.line(style.bold("\(weekday) \(today.day) \(months[today.month - 1]) \(today.year)"))

        guard journal.partners.count >= 2 else {
            if let store = try? storeOptions.open(in: environment), let arriving = StoreOptions.stillArriving(store) {
                out.line("  Not all read yet: \(arriving).")
            } else {
                out.line("  Add the two of you to begin: `micromance partner add NAME` (\(journal.partners.count) of 2 so far).")
            }
            return
        }
        let summary = JournalSummary(context, scoring: environment.insights.scoring)
        let todaysMoments = TodayDigest.counted(today, in: context)
        let todays = todaysMoments.count
        let target = journal.settings.dailyTarget
        let done = Streaks.isDone(count: todays, dailyTarget: target)
        // Every moment counts toward the day, as in the streak; each is called what it is.
        let kinds = MomentKind.allCases.compactMap { kind -> String? in
            let count = todaysMoments.lazy.filter { $0.kind == kind }.count
            guard count > 0 else { return nil }
            return TextFormat.count(count, kind == .gratitude ? "thank-you" : kind.rawValue)
        }
        let todayText =
            "today: \(kinds.isEmpty ? "no moments yet" : kinds.joined(separator: ", "))" + (done ? " " + style.green("✓") : "")
        let width = environment.width
        func say(_ text: String, first: String = "  ", rest: String? = nil) {
            TextRenderer.say(text, to: out, width: width, first: first, rest: rest)
        }
        say(
            "Streak \(TextFormat.count(summary.streaks.current, "day")) · consistency \(TextFormat.percent(summary.consistency)) · \(todayText)"
        )
        if !done && todays == 0 {
            // A moment just logged that counts for another day, its giver's own where they are,
            // is named: "no moments yet" right after marking one read as lost (a new user's trial).
            let now = environment.now()
            let elsewhere = journal.moments.filter {
                $0.at <= now && now.timeIntervalSince($0.at) < 12 * 3600 && context.day(of: $0) != today
            }
            if let latest = elsewhere.max(by: { $0.at < $1.at }) {
                let day = context.day(of: latest)
                let what = elsewhere.count == 1 ? "\"\(latest.title)\"" : "\(elsewhere.count) moments logged lately, the last"
                say(
                    "Nothing yet today: \(what) counts for \(TextFormat.day(day)), \(context.name(of: latest.giver))'s day where they are "
                        + "(a moment counts for the day its giver lived it).")
            } else {
                say("Nothing yet today; one small thing is enough.")
            }
        }
        for line in PartnerClock.lines(for: journal, now: environment.now(), viewer: context.timeZone) { say(line) }

        let due = journal.rituals.filter { $0.cadence.isDue(on: today) }
        if !due.isEmpty {
            out.line()
            out.line(style.bold("Rituals due today"))
            for ritual in due {
                let kept = journal.moments.contains { $0.ritualID == ritual.id && context.day(of: $0) == today }
                say(ritual.title, first: "  \(kept ? style.green("✓") : "○") ", rest: "    ")
            }
        }

        // Dates and stressors ahead, yesterday's stressful day to ask about, and what a partner
        // is carrying with no date.
        let coming = ComingUpStrategy(days: ahead).findings(in: context)
            .filter { $0.tone == .nudge || $0.topic == "ongoing-stressor" }
        if !coming.isEmpty {
            out.line()
            out.line(style.bold("Coming up"))
            let me = journal.settings.defaultGiver?.rawValue
            for finding in coming {
                let sentence = me != nil && finding.partner == me ? Self.withoutAdvice(finding.sentence) : finding.sentence
                say(sentence, first: "  › ", rest: "    ")
            }
        }

        // Drift, for the couple or one partner, only when it is there to see.
        let drift = DriftStrategy().findings(in: context).filter { $0.tone == .nudge }
        if !drift.isEmpty {
            out.line()
            out.line(style.bold("Worth noticing"))
            for finding in drift { say(finding.sentence, first: "  › ", rest: "    ") }
        }

        guard let receiver = journal.usualReceiver else { return }
        let suggestions = SuggestionEngine().suggest(SuggestionRequest(receiver: receiver.id, count: ideas), in: context)
        out.line()
        out.line(style.bold("Ideas for \(receiver.name)"))
        for (index, suggestion) in suggestions.enumerated() {
            let language = suggestion.language.map { " (\($0.displayName.lowercased()))" } ?? ""
            say("\(suggestion.title)\(language)", first: "  \(index + 1). ", rest: "     ")
            say("Why: \(suggestion.reasons.joined(separator: "; ")).", first: "     ")
        }
        out.line()
        say(
            "Log one with `micromance log \"...\"`; `micromance suggest --for \(journal.partners.first { $0.id != receiver.id }?.name.shellQuoted ?? "NAME")` has ideas the other way.",
            first: "")
    }
}

/// What `micromance` alone prints when there is no journal yet.
enum Welcome {
    static let text = """
        Welcome to Micromance: small, steady gestures of care, kept in a journal only you can read.
        Frequency beats intensity: one small thing a day does more than one grand gesture a month.

        Start in two steps (love languages: words, service, gifts, time, touch):
          micromance init --me Alex                          you, on this device
          micromance partner add Sam --ranking touch,time    your partner, what they value most first

        Then, each day:
          micromance log "Made Sam's coffee"     log a small gesture (from you to Sam)
          micromance                             today's digest: streak, rituals, dates, ideas

        Just looking? `micromance demo` shows a sample couple. `micromance --help` lists every command.
        """
}

/// `today --json`: the digest as data, for widgets and scripts.
struct TodayDigest: Codable {
    struct Ritual: Codable {
        var id: String
        var title: String
        var kept: Bool
    }
    struct Item: Codable {
        var partner: String
        var title: String
        var day: CalendarDay?
        var kind: String
    }
    struct Idea: Codable {
        var title: String
        var language: LoveLanguage?
        var reasons: [String]
    }
    /// Where a partner is in their own day: a couple apart sees both clocks.
    struct Clock: Codable {
        var id: String
        var name: String
        /// Their own time zone when set, else the journal's home zone.
        var timeZone: String
        /// Now, on their clock (`2026-11-18T20:30:00-03:00`).
        var localTime: String
        /// Their local day, on which their dates and moments fall.
        var day: CalendarDay
    }

    var day: CalendarDay
    var streak: Int
    var consistency: Double
    /// Gestures (the kind) logged today; bids and thanks are in ``momentsToday``.
    var gesturesToday: Int
    /// Every moment logged today, by kind ("gesture", "bid", "gratitude"): all of them count
    /// toward the day's target and the streak.
    var momentsToday: [String: Int]
    var dailyTarget: Double
    /// Each partner's clock: their zone, the time and their day now.
    var partners: [Clock]
    /// Rituals due today, and whether each was kept.
    var ritualsDue: [Ritual]
    /// Dates and stressors from today to `ahead` days on, both included.
    var upcoming: [Item]
    /// Yesterday's stressful days, to ask about.
    var followUps: [Item]
    /// Stressors with no day.
    var ongoing: [Item]
    /// Ideas for this device's partner's partner.
    var ideas: [Idea]

    /// The moments of `day`, with a ritual done together that both phones marked counted once,
    /// as the report counts it.
    static func counted(_ day: CalendarDay, in context: InsightContext) -> [Moment] {
        let moments = context.journal.moments.filter { context.day(of: $0) == day }
        let again = RitualsDoneTogether(context.journal).repeatedMarks(in: moments, fallback: context.timeZone)
        return again.isEmpty ? moments : moments.indices.filter { !again.contains($0) }.map { moments[$0] }
    }

    init(_ context: InsightContext, ahead: Int, ideas count: Int, scoring: any ConsistencyScoring) {
        let journal = context.journal
        let today = context.today
        day = today
        let summary = JournalSummary(context, scoring: scoring)
        streak = summary.streaks.current
        consistency = summary.consistency
        let todays = Self.counted(today, in: context)
        gesturesToday = todays.lazy.filter { $0.kind == .gesture }.count
        momentsToday = Dictionary(todays.map { ($0.kind.rawValue, 1) }, uniquingKeysWith: +)
        dailyTarget = journal.settings.dailyTarget
        partners = journal.partners.map { partner in
            let zone = journal.settings.partnerTimeZones[partner.id].flatMap(TimeZone.init(identifier:)) ?? context.timeZone
            return Clock(
                id: partner.id.rawValue, name: partner.name, timeZone: zone.identifier,
                localTime: Timestamp.format(context.now, in: zone), day: CalendarDay(context.now, in: zone))
        }
        ritualsDue = journal.rituals.filter { $0.cadence.isDue(on: today) }.map { ritual in
            Ritual(
                id: ritual.id.rawValue, title: ritual.title,
                kept: journal.moments.contains { $0.ritualID == ritual.id && context.day(of: $0) == today })
        }
        upcoming = ComingUpStrategy.upcoming(in: journal, now: context.now, fallback: context.timeZone, days: ahead).map {
            Item(partner: $0.partner.rawValue, title: $0.title, day: $0.day, kind: $0.isStressor ? "stressor" : "date")
        }
        var followUps = [Item](), ongoing = [Item]()
        for partner in journal.partners {
            for stressor in partner.stressors {
                if stressor.day == today.adding(days: -1) {
                    followUps.append(Item(partner: partner.id.rawValue, title: stressor.title, day: stressor.day, kind: "stressor"))
                } else if stressor.day == nil {
                    ongoing.append(Item(partner: partner.id.rawValue, title: stressor.title, day: nil, kind: "stressor"))
                }
            }
        }
        self.followUps = followUps
        self.ongoing = ongoing
        if journal.partners.count >= 2, let receiver = journal.usualReceiver {
            self.ideas = SuggestionEngine().suggest(SuggestionRequest(receiver: receiver.id, count: count), in: context).map {
                Idea(title: $0.title, language: $0.language, reasons: $0.reasons)
            }
        } else {
            self.ideas = []
        }
    }
}

extension Journal {
    /// Whom ideas are for on this device: the usual receiver in the settings, else the partner
    /// other than the one this device belongs to, else the last partner added.
    var usualReceiver: Partner? {
        settings.defaultReceiver.flatMap(partner) ?? settings.defaultGiver.flatMap { otherPartner(than: $0) } ?? partners.last
    }
}

extension TodayCommand {
    /// A finding about this device's own partner, without the advice that is for the other one
    /// ("Wanjiru: Anniversary, today." without "An idea: …" on Wanjiru's phone; a new user's
    /// trial was told to take a chore off their own plate). A sentence of another form is kept.
    static func withoutAdvice(_ sentence: String) -> String {
        for marker in [". An idea: ", " for now. ", " was yesterday. "] {
            if let range = sentence.range(of: marker, options: .backwards) {
                return String(sentence[..<range.lowerBound]) + marker.prefix { $0 != "." } + "."
            }
        }
        return sentence
    }
}
