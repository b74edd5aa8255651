import Foundation
import MicromanceModel

/// What is coming: important dates and dated stressors from today to a week ahead (both
/// included), each turned into a timely idea; a check-in the day after a stressful day; and the
/// stressors a partner is carrying with no date. Ideas follow the partner's love languages and
/// preferences.
public struct ComingUpStrategy: InsightStrategy {
    /// How many days ahead to look: today and the `days` days after it (7: a date exactly a
    /// week away is included).
    public var days: Int

    /// Creates the strategy.
    public init(days: Int = 7) { self.days = days }

    /// "coming-up".
    public var id: String { "coming-up" }

    /// An item of partner knowledge that falls in the window.
    public struct Upcoming: Hashable, Sendable {
        /// Whose it is.
        public var partner: Identifier<Partner>
        /// What it is.
        public var title: String
        /// The day it falls on.
        public var day: CalendarDay
        /// Whether it is a stressor (else an important date).
        public var isStressor: Bool
        /// Days from the partner's own today to ``day`` (0: today where they are).
        public var inDays: Int = 0
    }

    /// Dates and stressors from `today` to `today + days`, both included, soonest first.
    public static func upcoming(in journal: Journal, today: CalendarDay, days: Int) -> [Upcoming] {
        upcoming(in: journal, days: days) { _ in today }
    }

    /// Dates and stressors in the next `days` days (today included) of each partner's own
    /// calendar: a partner's date and hard days fall on their own day, in their own time zone
    /// (`JournalSettings.timeZone(of:)`, else `fallback`), as of `now`. So at 20:30 in Buenos
    /// Aires, when it is already the next day at home in Berlin, his birthday tomorrow is still
    /// tomorrow.
    public static func upcoming(in journal: Journal, now: Date, fallback: TimeZone, days: Int) -> [Upcoming] {
        upcoming(in: journal, days: days) { partner in
            CalendarDay(now, in: journal.settings.timeZone(of: partner).flatMap(TimeZone.init(identifier:)) ?? fallback)
        }
    }

    private static func upcoming(in journal: Journal, days: Int, today: (Identifier<Partner>) -> CalendarDay) -> [Upcoming] {
        var items = [Upcoming]()
        for partner in journal.partners {
            let today = today(partner.id)
            let last = today.adding(days: max(days, 0))
            for date in partner.importantDates {
                if let day = date.nextOccurrence(onOrAfter: today), day <= last {
                    items.append(
                        Upcoming(partner: partner.id, title: date.title, day: day, isStressor: false, inDays: today.days(until: day)))
                }
            }
            for stressor in partner.stressors {
                if let day = stressor.day, day >= today, day <= last {
                    items.append(
                        Upcoming(partner: partner.id, title: stressor.title, day: day, isStressor: true, inDays: today.days(until: day)))
                }
            }
        }
        return items.sorted { ($0.day, $0.partner.rawValue, $0.title) < ($1.day, $1.partner.rawValue, $1.title) }
    }

    /// Whether `partner` is apart from the other partner: their time zones differ now.
    static func apart(_ partner: Identifier<Partner>, in context: InsightContext) -> Bool {
        let settings = context.journal.settings
        func offset(_ id: Identifier<Partner>) -> Int {
            (settings.timeZone(of: id).flatMap(TimeZone.init(identifier:)) ?? context.timeZone).secondsFromGMT(for: context.now)
        }
        guard let other = context.journal.otherPartner(than: partner) else { return false }
        return offset(partner) != offset(other.id)
    }

    /// The partner's own today, as of the context's clock, in their own zone.
    static func today(of partner: Identifier<Partner>, in context: InsightContext) -> CalendarDay {
        let zone = context.journal.settings.partnerTimeZones[partner].flatMap(TimeZone.init(identifier:)) ?? context.timeZone
        return CalendarDay(context.now, in: zone)
    }

    /// One finding per upcoming item, per stressor that was yesterday and per ongoing one, or
    /// one saying the week is clear.
    public func findings(in context: InsightContext) -> [Finding] {
        let journal = context.journal
        let items = Self.upcoming(in: journal, now: context.now, fallback: context.timeZone, days: days)
        var findings = [Finding]()
        for partner in journal.partners {
            let yesterday = Self.today(of: partner.id, in: context).adding(days: -1)
            for stressor in partner.stressors {
                if stressor.day == yesterday {
                    findings.append(
                        Finding(
                            strategy: id, topic: "stressor-follow-up", partner: partner.id.rawValue, tone: .nudge,
                            sentence: "\(partner.name): \(stressor.title) was yesterday. Ask how it went, and listen.",
                            numbers: ["inDays": -1]))
                } else if stressor.day == nil {
                    findings.append(
                        Finding(
                            strategy: id, topic: "ongoing-stressor", partner: partner.id.rawValue, tone: .observation,
                            sentence:
                                "\(partner.name) is carrying \(stressor.title) for now. \(Self.support(for: partner, apart: Self.apart(partner.id, in: context))).",
                            numbers: [:]))
                }
            }
        }
        guard !items.isEmpty || !findings.isEmpty else {
            return [
                Finding(
                    strategy: id, topic: "upcoming", tone: .observation,
                    sentence: "No birthdays, anniversaries or known stressful days in the next \(days) days.",
                    numbers: ["items": 0])
            ]
        }
        let upcoming = items.map { item in
            let partner = journal.partner(item.partner)
            let name = context.name(of: item.partner)
            let inDays = item.inDays
            let when = inDays == 0 ? "today" : inDays == 1 ? "tomorrow" : "in \(inDays) days"
            let apart = Self.apart(item.partner, in: context)
            let idea =
                item.isStressor
                ? "\(partner.map { Self.support(for: $0, apart: apart) } ?? "A word of support before"), and a check-in afterwards (\"how did it go?\")"
                : partner.map { Self.celebration(for: $0, apart: apart) } ?? "A small, personal way to mark it"
            return Finding(
                strategy: id, topic: item.isStressor ? "stressor" : "date", partner: item.partner.rawValue,
                tone: .nudge, sentence: "\(name): \(item.title), \(when). An idea: \(Self.lowercasedFirst(idea)).",
                numbers: ["inDays": Double(inDays)])
        }
        return findings.filter { $0.topic == "stressor-follow-up" } + upcoming + findings.filter { $0.topic == "ongoing-stressor" }
    }

    /// Support that speaks the partner's first love language, with a preference when they have one.
    public static func support(for partner: Partner) -> String { support(for: partner, apart: false) }

    /// Support that speaks the partner's first love language; `apart`, one that works at a
    /// distance (the partners are in different time zones).
    public static func support(for partner: Partner, apart: Bool) -> String {
        let liked = partner.preferences.first.map { " (\($0))" } ?? ""
        if apart {
            switch partner.profile.primary {
            case .words: return "A message of encouragement they wake up to"
            case .service: return "Sort something out for them from where you are (a booking, a call)"
            case .gifts: return "A small treat\(liked) delivered to them"
            case .time: return "A call at an hour that suits their day"
            case .touch: return "A voice note, and a hug promised for when you meet"
            case nil: return "A word of support before"
            }
        }
        switch partner.profile.primary {
        case .words: return "A note of encouragement where they will find it"
        case .service: return "Take one chore off their plate"
        case .gifts: return "A small treat\(liked) on their way"
        case .time: return "An unhurried half hour together, phones away"
        case .touch: return "A long hug before they go"
        case nil: return "A word of support before"
        }
    }

    /// A way to mark a date that speaks the partner's first love language.
    public static func celebration(for partner: Partner) -> String { celebration(for: partner, apart: false) }

    /// A way to mark a date that speaks the partner's first love language; `apart`, one that
    /// works at a distance.
    public static func celebration(for partner: Partner, apart: Bool) -> String {
        let liked = partner.preferences.first.map { " (\($0))" } ?? ""
        if apart {
            switch partner.profile.primary {
            case .words: return "A letter posted in time to arrive on the day"
            case .service: return "Arrange something for them where they are (a table booked, a delivery)"
            case .gifts: return "A parcel timed to arrive on the day\(liked)"
            case .time: return "A long video call at an hour that suits them, kept free"
            case .touch: return "A call at their morning, and the first hug planned for when you meet"
            case nil: return "A call at an hour that suits their day"
            }
        }
        switch partner.profile.primary {
        case .words: return "A letter that says what the year meant"
        case .service: return "Do the thing they have been putting off, before they ask"
        case .gifts: return "Something small they once mentioned\(liked)"
        case .time: return "A whole evening kept for the two of you"
        case .touch: return "A slow morning together, close"
        case nil: return "A small, personal way to mark it"
        }
    }

    private static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
