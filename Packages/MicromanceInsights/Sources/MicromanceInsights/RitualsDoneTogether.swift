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
}
