import MicromanceModel

/// Ritual adherence: for each ritual, how many of the days it was due in the period had a
/// moment that carried it out (a moment whose `ritualID` names it).
public struct RitualAdherenceStrategy: InsightStrategy {
    /// Creates the strategy.
    public init() {}

    /// "rituals".
    public var id: String { "rituals" }

    /// One finding per ritual, or one saying there are none.
    public func findings(in context: InsightContext) -> [Finding] {
        let rituals = context.journal.rituals
        guard !rituals.isEmpty else {
            return [
                Finding(
                    strategy: id, topic: "adherence", tone: .notEnoughData,
                    sentence: "No rituals yet. A small daily one (coffee together, a goodnight call) is a good start.",
                    numbers: [:])
            ]
        }
        var doneDays = [Identifier<Ritual>: Set<CalendarDay>]()
        for (moment, day) in zip(context.momentsInPeriod, context.periodMomentDays) {
            if let ritual = moment.ritualID { doneDays[ritual, default: []].insert(CalendarDay(dayNumber: day)) }
        }
        return rituals.map { ritual in
            var due = 0
            var kept = 0
            var day = context.periodStart
            while day <= context.periodEnd {
                if ritual.cadence.isDue(on: day) {
                    due += 1
                    if doneDays[ritual.id]?.contains(day) == true { kept += 1 }
                }
                day = day.adding(days: 1)
            }
            let rate = due > 0 ? Double(kept) / Double(due) : 0
            let numbers: [String: Double] = ["due": Double(due), "kept": Double(kept), "rate": rate]
            if due == 0 {
                return Finding(
                    strategy: id, topic: "adherence", partner: nil, tone: .notEnoughData,
                    sentence: "\"\(ritual.title)\" (\(ritual.cadence)) was not due in this period.", numbers: numbers)
            }
            return Finding(
                strategy: id, topic: "adherence", tone: rate >= 0.8 ? .celebration : .observation,
                sentence: "\"\(ritual.title)\" happened on \(kept) of the \(due) days it was due.", numbers: numbers)
        }
    }
}
