import Foundation
import MicromanceModel

/// One deed logged on both devices ("Bought him fresh figs", Thursday at five, on each phone):
/// after a merge the two moments count twice. `merge` points such pairs out rather than
/// removing either, since a couple may well do the same kind thing twice in an afternoon.
struct LoggedTwice: Equatable {
    /// The moment already here, and the one the merge brought in.
    var kept: Moment, added: Moment

    /// How far apart two moments of one deed may be logged (an evening's "at 7pm" and a
    /// "just now" at nine): within it, the same title between the same two, logged on two
    /// devices, is taken for one deed.
    static let window: TimeInterval = 3 * 3600

    /// The pairs among `moments` where a moment of `added` (the ids the merge brought in) has
    /// the same title (in any case and spacing), giver and receiver as another logged on another
    /// device within ``window``; each added moment at most once, in the journal's order.
    static func find(in moments: [Moment], added: Set<Identifier<Moment>>) -> [LoggedTwice] {
        guard !added.isEmpty else { return [] }
        func key(_ moment: Moment) -> String {
            moment.giver.rawValue + "\u{1F}" + moment.receiver.rawValue + "\u{1F}"
                + moment.title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        let keys = Set(moments.lazy.filter { added.contains($0.id) }.map(key))
        var byKey = [String: [Moment]]()
        for moment in moments {
            let k = key(moment)
            if keys.contains(k) { byKey[k, default: []].append(moment) }
        }
        var pairs = [LoggedTwice]()
        for moment in moments where added.contains(moment.id) {
            let twin = byKey[key(moment)]?.first { other in
                !added.contains(other.id) && abs(other.at.timeIntervalSince(moment.at)) <= window
                    && other.changes.created.device != moment.changes.created.device
            }
            if let twin { pairs.append(LoggedTwice(kept: twin, added: moment)) }
        }
        return pairs
    }

    /// A line for the merge's output.
    var line: String {
        let minutes = Int((abs(added.at.timeIntervalSince(kept.at)) / 60).rounded())
        let apart = minutes == 0 ? "at the same time" : TextFormat.count(minutes, "minute") + " apart"
        return "  \"\(TextFormat.oneLine(added.title))\" looks like one deed logged on both devices (\(kept.id) and \(added.id), "
            + "\(apart)): `micromance remove \(added.id)` counts it once"
    }
}
