import Foundation
import MicromanceModel

/// Who a moment counts for: a moment that carries out a ritual of two or more participants is
/// every participant's doing and every participant's to receive (breakfast together is given
/// and received by both, whoever logged it). The one definition that the report's counts of
/// giving (``JournalSummary/byGiver``, each partner's weeks, their consistency), the balance
/// of giving, and the love languages each partner received share.
public struct RitualsDoneTogether: Sendable {
    private let participants: [Identifier<Ritual>: [Identifier<Partner>]]

    /// The rituals of `journal` done together.
    public init(_ journal: Journal) {
        participants = Dictionary(
            journal.rituals.filter { $0.participants.count >= 2 }.map { ($0.id, $0.participants) }, uniquingKeysWith: { a, _ in a })
    }

    /// The partners `moment` counts as given by: its giver, and the ritual's other participants.
    public func givers(of moment: Moment) -> [Identifier<Partner>] {
        [moment.giver] + others(of: moment, than: moment.giver)
    }

    /// The partners `moment` counts as received by: its receiver, and the ritual's other
    /// participants; nobody for a bid that was turned away or against (the other did not take
    /// it up: "asked me to dance", turned away, is no touch received).
    public func receivers(of moment: Moment) -> [Identifier<Partner>] {
        guard Self.landed(moment) else { return [] }
        return [moment.receiver] + others(of: moment, than: moment.receiver)
    }

    /// Whether a moment reached its receiver: every moment but a bid turned away or against
    /// (a bid not yet answered counts, as it did before its answer was noted).
    public static func landed(_ moment: Moment) -> Bool {
        moment.kind != .bid || moment.response.map { $0 == .toward } ?? true
    }

    private func others(of moment: Moment, than partner: Identifier<Partner>) -> [Identifier<Partner>] {
        guard let ritual = moment.ritualID, let together = participants[ritual] else { return [] }
        return together.filter { $0 != partner }
    }

    /// How many of `moments` each partner gave, rituals done together counting for each participant.
    public func given(_ moments: [Moment]) -> [Identifier<Partner>: Int] {
        var counts = [Identifier<Partner>: Int]()
        for moment in moments {
            for giver in givers(of: moment) { counts[giver, default: 0] += 1 }
        }
        return counts
    }

    /// How close another participant's mark of a ritual done together must be to be the same
    /// time it was done: one video call marked on her Tuesday evening in Toronto and his
    /// Wednesday morning in Tokyo, or one breakfast marked on both phones before either saw
    /// the other's mark.
    public static let sameTimeWithin: TimeInterval = 12 * 3600

    /// The indices of `moments` that mark again a ritual done together that another
    /// participant had already marked that time: within ``sameTimeWithin`` of that mark, or on
    /// the same local day in the same time zone (a breakfast and an evening's mark of one day
    /// at home). Two calls a day apart that fall on one date in two far zones are two times.
    /// Both marks stay in the journal (a sync never drops a record); the period's counts of the
    /// report take the first only: one breakfast, given and received once by each. Empty in the
    /// usual case.
    public func repeatedMarks(in moments: [Moment], fallback: TimeZone) -> Set<Int> {
        guard !participants.isEmpty else { return [] }
        var marks = [(index: Int, ritual: Identifier<Ritual>)]()
        for index in moments.indices {
            guard let ritual = moments[index].ritualID, participants[ritual] != nil else { continue }
            marks.append((index, ritual))
        }
        guard marks.count > 1 else { return [] }
        marks.sort { a, b in
            let x = moments[a.index], y = moments[b.index]
            return a.ritual != b.ritual ? a.ritual.rawValue < b.ritual.rawValue : (x.at, x.id.rawValue) < (y.at, y.id.rawValue)
        }
        let resolver = LocalDayResolver(fallback: fallback)
        var repeated = Set<Int>()
        var kept = [(index: Int, day: Int)]()  // this ritual's counted marks of the last day or so
        var ritual: Identifier<Ritual>?
        for mark in marks {
            let moment = moments[mark.index]
            if mark.ritual != ritual {
                kept.removeAll()
                ritual = mark.ritual
            }
            kept.removeAll { moment.at.timeIntervalSince(moments[$0.index].at) > 26 * 3600 }
            let day = resolver.dayNumber(moment.at, zone: moment.timeZone)
            let same = kept.contains { earlier in
                let other = moments[earlier.index]
                guard other.giver != moment.giver else { return false }
                return moment.at.timeIntervalSince(other.at) <= Self.sameTimeWithin
                    || (earlier.day == day && other.timeZone == moment.timeZone)
            }
            if same { repeated.insert(mark.index) } else { kept.append((mark.index, day)) }
        }
        return repeated
    }

    /// For the rows of a counted history, which keep days but not instants or zones: the weight
    /// of each row, 0 for a row of a ritual done together on a day when another participant's
    /// row of it is the one counted (the participant whose identifier sorts first, so that the
    /// day counts made from the moments agree); nil when no row repeats.
    public func repeatedRowWeights(_ rows: [MomentHistory.Day]) -> [Int]? {
        guard !participants.isEmpty else { return nil }
        var counted = [DayOfRitual: Identifier<Partner>]()
        for row in rows {
            guard let ritual = row.ritual, participants[ritual] != nil else { continue }
            let key = DayOfRitual(ritual: ritual, day: row.day.dayNumber)
            if counted[key].map({ row.giver.rawValue < $0.rawValue }) ?? true { counted[key] = row.giver }
        }
        var weights: [Int]?
        for (index, row) in rows.enumerated() {
            guard let ritual = row.ritual, let giver = counted[DayOfRitual(ritual: ritual, day: row.day.dayNumber)], giver != row.giver
            else { continue }
            if weights == nil { weights = rows.map(\.count) }
            weights?[index] = 0
        }
        return weights
    }

    private struct DayOfRitual: Hashable {
        var ritual: Identifier<Ritual>
        var day: Int
    }
}
