import Foundation
import MicromanceModel

/// Ritual adherence: for each ritual, how many of the days it was due in the period had a
/// moment that carried it out (a moment whose `ritualID` names it).
///
/// A ritual is due only from the day it was made (its creation stamp, or the first day a
/// moment carried it out if that is earlier; a ritual from before change stamps counts from
/// the period's start), and today counts only once it is kept or over: at breakfast, today's
/// walk is not yet missed.
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
        return Self.adherence(in: context).map { entry in
            let (ritual, due, kept) = (entry.ritual, entry.due, entry.kept)
            let rate = due > 0 ? Double(kept) / Double(due) : 0
            let numbers: [String: Double] = ["due": Double(due), "kept": Double(kept), "rate": rate]
            if due == 0 {
                return Finding(
                    strategy: id, topic: "adherence", partner: nil, tone: .notEnoughData,
                    sentence: "\"\(ritual.title)\" (\(ritual.cadence)) has not been due yet in this period.", numbers: numbers)
            }
            return Finding(
                strategy: id, topic: "adherence", tone: rate >= 0.8 ? .celebration : .observation,
                sentence: "\"\(ritual.title)\" happened on \(kept) of the \(due) days it was due.", numbers: numbers)
        }
    }

    /// One ritual's days due and kept in a period.
    public struct Adherence: Sendable, Equatable {
        /// The ritual.
        public var ritual: Ritual
        /// Days in the period it was due (from the day it was made; today once kept or over).
        public var due: Int
        /// Of those, the days a moment carried it out.
        public var kept: Int
    }

    /// Every ritual's days due and kept in the context's period, in the journal's order.
    public static func adherence(in context: InsightContext) -> [Adherence] {
        let rituals = context.journal.rituals
        // The first day each ritual was carried out, from the context's ritual slots and days:
        // a million moments are not copied to find it.
        var firstDone = [Identifier<Ritual>: CalendarDay]()
        var firstBySlot = [Int](repeating: Int.max, count: 256)
        let slots = context.tallyRituals, days = context.tallyDays
        for index in slots.indices where slots[index] != 255 {
            let slot = Int(slots[index])
            if days[index] < firstBySlot[slot] { firstBySlot[slot] = days[index] }
        }
        for (slot, ritual) in rituals.prefix(255).enumerated() where firstBySlot[slot] != Int.max {
            firstDone[ritual.id] = CalendarDay(dayNumber: firstBySlot[slot])
        }
        var doneDays = [Identifier<Ritual>: Set<CalendarDay>]()
        for (moment, day) in zip(context.momentsInPeriod, context.periodMomentDays) {
            if let ritual = moment.ritualID { doneDays[ritual, default: []].insert(CalendarDay(dayNumber: day)) }
        }
        let today = context.today
        return rituals.map { ritual in
            var due = 0
            var kept = 0
            var day = context.periodStart
            if !ritual.changes.isImported {
                // From the day it was made, or from the first day logged as carrying it out if
                // that is earlier (a ritual kept for weeks before it was written down).
                let made = Date(timeIntervalSince1970: Double(ritual.changes.created.millis) / 1000)
                let first = [CalendarDay(made, in: context.timeZone)] + (firstDone[ritual.id].map { [$0] } ?? [])
                day = max(day, first.min() ?? day)
            }
            while day <= context.periodEnd {
                let keptToday = doneDays[ritual.id]?.contains(day) == true
                if ritual.cadence.isDue(on: day), day < today || keptToday {
                    due += 1
                    if keptToday { kept += 1 }
                }
                day = day.adding(days: 1)
            }
            return Adherence(ritual: ritual, due: due, kept: kept)
        }
    }
}
