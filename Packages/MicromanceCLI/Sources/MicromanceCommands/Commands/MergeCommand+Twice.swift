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
    /// `samePerson` maps a partner to another that looks like the same person, set up on each
    /// phone under another name (``JournalMerger/lookAlikes(_:together:)``): the figs Tom logged
    /// for "Bea" and Beatriz logged as received from "Tomasz Nowak" are one deed too.
    static func find(
        in moments: [Moment], added: Set<Identifier<Moment>>, samePerson: [Identifier<Partner>: Identifier<Partner>] = [:]
    ) -> [LoggedTwice] {
        guard !added.isEmpty else { return [] }
        func key(_ moment: Moment) -> String {
            (samePerson[moment.giver] ?? moment.giver).rawValue + "\u{1F}" + (samePerson[moment.receiver] ?? moment.receiver).rawValue
                + "\u{1F}"
                + moment.title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        let brought = moments.filter { added.contains($0.id) }
        let keys = Set(brought.map(key))
        // Only moments near one brought in are keyed (a merge into a journal of a million moments
        // brings in a few hundred).
        let times = brought.map(\.at).sorted()
        func near(_ at: Date) -> Bool {
            var low = 0, high = times.count
            while low < high {
                let middle = (low + high) / 2
                if times[middle] < at.addingTimeInterval(-window) { low = middle + 1 } else { high = middle }
            }
            return low < times.count && times[low] <= at.addingTimeInterval(window)
        }
        var byKey = [String: [Moment]]()
        for moment in moments where near(moment.at) {
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
