import MicromanceModel

/// What is coming: important dates and dated stressors in the next days, each turned into a
/// timely idea (something for the day itself, and a check-in after a stressful one).
public struct ComingUpStrategy: InsightStrategy {
    /// How many days ahead to look, today included.
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
    }

    /// Dates and stressors from `today` to `today + days - 1`, soonest first.
    public static func upcoming(in journal: Journal, today: CalendarDay, days: Int) -> [Upcoming] {
        let last = today.adding(days: max(days, 1) - 1)
        var items = [Upcoming]()
        for partner in journal.partners {
            for date in partner.importantDates {
                if let day = date.nextOccurrence(onOrAfter: today), day <= last {
                    items.append(Upcoming(partner: partner.id, title: date.title, day: day, isStressor: false))
                }
            }
            for stressor in partner.stressors {
                if let day = stressor.day, day >= today, day <= last {
                    items.append(Upcoming(partner: partner.id, title: stressor.title, day: day, isStressor: true))
                }
            }
        }
        return items.sorted { ($0.day, $0.partner.rawValue, $0.title) < ($1.day, $1.partner.rawValue, $1.title) }
    }

    /// One finding per upcoming item, or one saying the week is clear.
    public func findings(in context: InsightContext) -> [Finding] {
        let items = Self.upcoming(in: context.journal, today: context.today, days: days)
        guard !items.isEmpty else {
            return [
                Finding(
                    strategy: id, topic: "upcoming", tone: .observation,
                    sentence: "No birthdays, anniversaries or known stressful days in the next \(days) days.",
                    numbers: ["items": 0])
            ]
        }
        return items.map { item in
            let name = context.name(of: item.partner)
            let inDays = context.today.days(until: item.day)
            let when = inDays == 0 ? "today" : inDays == 1 ? "tomorrow" : "in \(inDays) days"
            let idea =
                item.isStressor
                ? "a word of support before, and a check-in afterwards (\"how did it go?\")"
                : "a small, personal way to mark it"
            return Finding(
                strategy: id, topic: item.isStressor ? "stressor" : "date", partner: item.partner.rawValue,
                tone: .nudge, sentence: "\(name): \(item.title), \(when). An idea: \(idea).",
                numbers: ["inDays": Double(inDays)])
        }
    }
}
