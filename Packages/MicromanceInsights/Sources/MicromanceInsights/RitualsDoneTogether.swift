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

    /// The indices of `moments` that mark again a ritual done together that another
    /// participant marked on the same local day (each moment's day in its own time zone,
    /// `fallback` for a zone not known). Both phones of a couple can mark one breakfast together
    /// before either has seen the other's mark; both marks stay in the journal (a sync never
    /// drops a record), and every count of the report takes one participant's marks of that day
    /// only (the participant whose identifier sorts first, so that a count from a history, which
    /// keeps days but not instants, agrees): one breakfast, given and received once by each.
    /// Empty in the usual case. `among`, when given, lists the only indices that may mark a
    /// ritual done together (a caller that knows each moment's ritual need not have every moment
    /// read again).
    public func repeatedMarks(in moments: [Moment], among: [Int]? = nil, fallback: TimeZone) -> Set<Int> {
        guard !participants.isEmpty else { return [] }
        let resolver = LocalDayResolver(fallback: fallback)
        var marks = [(index: Int, key: DayOfRitual)]()
        var counted = [DayOfRitual: Identifier<Partner>]()
        for index in among ?? Array(moments.indices) {
            let moment = moments[index]
            guard let ritual = moment.ritualID, participants[ritual] != nil else { continue }
            let key = DayOfRitual(ritual: ritual, day: resolver.dayNumber(moment.at, zone: moment.timeZone))
            marks.append((index, key))
            if counted[key].map({ moment.giver.rawValue < $0.rawValue }) ?? true { counted[key] = moment.giver }
        }
        guard marks.count > 1 else { return [] }
        return Set(marks.lazy.filter { counted[$0.key] != moments[$0.index].giver }.map(\.index))
    }

    /// For the rows of a counted history: the weight of each row, by the rule of
    /// ``repeatedMarks(in:among:fallback:)`` (0 for a row of a ritual done together on a day
    /// when another participant's row of it is the one counted); nil when no row repeats.
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
