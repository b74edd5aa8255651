import Foundation
import MicromanceModel

/// How many moments were logged on each local day, from the first logged day to the last
/// day asked for. The day of a moment is its day in its own time zone.
public struct DailyCounts: Sendable, Equatable {
    /// The first day counted (the journal's first moment, or the last day when there are none).
    public let firstDay: CalendarDay
    /// One count per day from ``firstDay`` to the last day, inclusive.
    public let counts: [Int]

    /// Counts moments per day up to and including `lastDay`; moments after it are ignored.
    /// Only moments for which `include` returns true are counted. (These are the moments of
    /// `context.journal`: for a context made from a history, those around the period only.)
    public init(
        _ context: InsightContext, through lastDay: CalendarDay,
        including include: (Moment) -> Bool
    ) {
        self.init(days: context.momentDays, weights: nil, through: lastDay, mask: context.journal.moments.map(include))
    }

    /// Counts every moment per day up to and including `lastDay`, or only those `giver`
    /// gave, and those that carried out a ritual `giver` shares with the other partner (a
    /// morning coffee together is both partners' doing, whoever logged it). Faster than a
    /// closure over moments on large journals: no moment is copied.
    /// Counts made once per context and giver are kept in the context: a count through an
    /// earlier day is cut from one through a later day.
    public init(_ context: InsightContext, through lastDay: CalendarDay, giver: Identifier<Partner>? = nil) {
        if let known = context.dailyCounts.counts(giver: giver, through: lastDay.dayNumber) {
            self = known
            return
        }
        if let giver, context.journal.partners.contains(where: { $0.id == giver }),
            let known = context.dailyCounts.everyGiver(
                giver, through: lastDay.dayNumber, counting: { Self.everyGiver(context, through: $0) })
        {
            self = known
            return
        }
        self.init(counting: context, through: lastDay, giver: giver)
        context.dailyCounts.keep(self, giver: giver)
    }

    /// The counts as they are, through `lastDay`, cut from these (which run through a later
    /// day): what counting again through `lastDay` gives.
    func cut(through lastDay: Int) -> DailyCounts {
        let first = firstDay.dayNumber
        // The first counted day is the earliest moment counted, or the last day when that is later.
        guard first <= lastDay else { return DailyCounts(firstDay: CalendarDay(dayNumber: lastDay), counts: [0]) }
        return DailyCounts(firstDay: firstDay, counts: Array(counts.prefix(lastDay - first + 1)))
    }

    init(firstDay: CalendarDay, counts: [Int]) {
        self.firstDay = firstDay
        self.counts = counts
    }

    private init(counting context: InsightContext, through lastDay: CalendarDay, giver: Identifier<Partner>?) {
        guard let giver else {
            self.init(days: context.tallyDays, weights: context.tallyWeights, through: lastDay, mask: nil)
            return
        }
        // Rituals shared with the other partner, as a table over the context's ritual slots.
        var shared = [Bool](repeating: false, count: 256)
        for (slot, ritual) in context.journal.rituals.prefix(255).enumerated()
        where ritual.participants.count >= 2 && ritual.participants.contains(giver) {
            shared[slot] = true
        }
        let slots = context.tallyRituals
        let together: (Int) -> Bool = shared.contains(true) ? { index in shared[Int(slots[index])] } : { _ in false }
        // The context noted each moment's giver (and ritual) as a small index when it read the
        // moments: a million moments are not walked again, and one mask is made once.
        if let wanted = context.journal.partners.prefix(255).firstIndex(where: { $0.id == giver }) {
            let givers = context.tallyGivers, code = UInt8(wanted)
            var mask = [Bool](repeating: false, count: givers.count)
            let anyShared = shared.contains(true)
            mask.withUnsafeMutableBufferPointer { out in
                givers.withUnsafeBufferPointer { g in
                    slots.withUnsafeBufferPointer { r in
                        for index in 0..<g.count { out[index] = g[index] == code || (anyShared && shared[Int(r[index])]) }
                    }
                }
            }
            self.init(days: context.tallyDays, weights: context.tallyWeights, through: lastDay, mask: mask)
        } else if let rows = context.history?.days {
            // Not among the first 255 partners (a partner since removed): the rows are asked.
            let mask = rows.indices.map { index in rows[index].giver == giver || together(index) }
            self.init(days: context.tallyDays, weights: context.tallyWeights, through: lastDay, mask: mask)
        } else {
            let moments = context.journal.moments
            let mask = moments.indices.map { index in moments[index].giver == giver || together(index) }
            self.init(days: context.tallyDays, weights: context.tallyWeights, through: lastDay, mask: mask)
        }
    }

    /// Counts from the number of moments on each local day (day numbers, as
    /// ``InsightContext/momentDays`` holds them), for a caller that has the counts without
    /// the moments. Days after `lastDay` are ignored.
    public init(momentsByDay: [Int: Int], through lastDay: CalendarDay) {
        let last = lastDay.dayNumber
        let first = momentsByDay.keys.filter { $0 <= last }.min() ?? last
        var counts = [Int](repeating: 0, count: last - first + 1)
        for (day, count) in momentsByDay where day >= first && day <= last { counts[day - first] += count }
        firstDay = CalendarDay(dayNumber: first)
        self.counts = counts
    }

    /// Counts entries per day: one moment each, or `weights[index]` moments; only the entries
    /// `mask` marks, when there is one. Read through pointers: this runs over every moment of
    /// a journal, several times a report.
    private init(days: [Int], weights: [Int]?, through lastDay: CalendarDay, mask: [Bool]?) {
        let last = lastDay.dayNumber
        var first = last
        let all = [Bool]()
        days.withUnsafeBufferPointer { d in
            (mask ?? all).withUnsafeBufferPointer { m in
                let masked = mask != nil
                for index in 0..<d.count where d[index] < first && (!masked || m[index]) { first = d[index] }
            }
        }
        var counts = [Int](repeating: 0, count: last - first + 1)
        counts.withUnsafeMutableBufferPointer { c in
            days.withUnsafeBufferPointer { d in
                (mask ?? all).withUnsafeBufferPointer { m in
                    (weights ?? []).withUnsafeBufferPointer { w in
                        let masked = mask != nil, weighted = weights != nil
                        for index in 0..<d.count {
                            let day = d[index]
                            guard day <= last, day >= first, !masked || m[index] else { continue }
                            c[day - first] += weighted ? w[index] : 1
                        }
                    }
                }
            }
        }
        firstDay = CalendarDay(dayNumber: first)
        self.counts = counts
    }

    /// The last day counted.
    public var lastDay: CalendarDay { firstDay.adding(days: counts.count - 1) }

    /// Whether the day at `index` is one of `restDays`.
    public func isRest(_ index: Int, restDays: [Weekday]) -> Bool {
        !restDays.isEmpty && restDays.contains(firstDay.adding(days: index).weekday)
    }

    /// The counts with declared rest days that had nothing logged left out, for scoring:
    /// a rest day neither raises nor lowers a consistency score.
    public func countsSkippingRest(_ restDays: [Weekday]) -> [Int] {
        guard !restDays.isEmpty else { return counts }
        return counts.enumerated().filter { $0.element > 0 || !isRest($0.offset, restDays: restDays) }.map(\.element)
    }

    /// The count on `day`, or 0 outside the counted range.
    public func count(on day: CalendarDay) -> Int {
        let index = firstDay.days(until: day)
        return counts.indices.contains(index) ? counts[index] : 0
    }
}

/// Day counts a context has made, by giver (nil for everyone), each through the latest day
/// asked so far; a count through an earlier day is cut from it.
final class DailyCountsCache: @unchecked Sendable {
    private let lock = NSLock()
    private var kept: [Identifier<Partner>?: DailyCounts] = [:]

    func counts(giver: Identifier<Partner>?, through lastDay: Int) -> DailyCounts? {
        guard let counts = lock.withLock({ kept[giver] }), counts.lastDay.dayNumber >= lastDay else { return nil }
        return counts.lastDay.dayNumber == lastDay ? counts : counts.cut(through: lastDay)
    }

    /// `giver`'s counts through `lastDay` or later, from counts made for every partner at once
    /// by `counting` (through the day it is given) when none are kept yet; nil when `counting`
    /// gives none for `giver`. Counted under the lock: a thread asking meanwhile (the report's
    /// second thread asks for the same partners) waits for these instead of counting again.
    func everyGiver(
        _ giver: Identifier<Partner>, through lastDay: Int, counting: (Int) -> [Identifier<Partner>: DailyCounts]?
    ) -> DailyCounts? {
        lock.withLock {
            if let counts = kept[giver], counts.lastDay.dayNumber >= lastDay {
                return counts.lastDay.dayNumber == lastDay ? counts : counts.cut(through: lastDay)
            }
            guard let made = counting(lastDay) else { return nil }
            for (partner, counts) in made where (kept[partner]?.lastDay.dayNumber ?? Int.min) < counts.lastDay.dayNumber {
                kept[partner] = counts
            }
            return made[giver].map { $0.lastDay.dayNumber == lastDay ? $0 : $0.cut(through: lastDay) }
        }
    }

    func keep(_ counts: DailyCounts, giver: Identifier<Partner>?) {
        lock.withLock {
            if let old = kept[giver], old.lastDay.dayNumber >= counts.lastDay.dayNumber { return }
            kept[giver] = counts
        }
    }
}
