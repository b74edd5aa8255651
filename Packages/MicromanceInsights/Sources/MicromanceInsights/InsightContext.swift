import Foundation
@_spi(MicromanceInternals) import MicromanceModel

/// What every insight is computed against: the journal, the current instant and the
/// couple's home time zone, and the period a report looks at. Nothing reads the system
/// clock or time zone; pass them in.
public struct InsightContext: Sendable {
    /// The journal to look at.
    public let journal: Journal
    /// The current instant.
    public let now: Date
    /// The couple's home time zone: it decides which day "today" is.
    public let timeZone: TimeZone
    /// The first day of the period a report covers.
    public let periodStart: CalendarDay
    /// The last day of the period (usually today).
    public let periodEnd: CalendarDay
    /// The local day of each moment (days since 1970-01-01), in the order of `journal.moments`,
    /// computed once so that strategies need not consult time zones again.
    public let momentDays: [Int]
    /// The moments in the period, in journal order.
    public let momentsInPeriod: [Moment]
    /// The local day of each of ``momentsInPeriod``.
    public let periodMomentDays: [Int]
    /// The calendar for week-based views: Gregorian, in ``timeZone``, with the journal's week start.
    public var calendar: Calendar
    /// The seed that breaks ties wherever a strategy must choose among equals.
    public var seed: UInt64
    /// The journal's moments counted, when the context was made from a history (then
    /// `journal.moments` holds only the moments around the period); nil when `journal.moments`
    /// is the whole journal.
    public let history: MomentHistory?
    /// What days are counted from (the score, streaks and charts): one entry per moment of the
    /// journal, or one per row of the history. Each entry's local day (days since 1970-01-01),
    /// its giver as an index into `journal.partners` (255 for anyone else), its ritual as an
    /// index into the first 255 rituals (255 for none), and how many moments it stands for
    /// (nil: one each). Read in one pass: counting one giver's days never goes back to the moments.
    let tallyDays: [Int]
    let tallyGivers: [UInt8]
    let tallyRituals: [UInt8]
    let tallyWeights: [Int]?
    /// Day counts already made from this context (the report, the score, drift and each
    /// partner's consistency ask for the same ones): see `DailyCounts.init(_:through:giver:)`.
    let dailyCounts = DailyCountsCache()

    /// A context for a period of `days` days ending today (7 by default). The time zone is
    /// the journal's setting when it names a known zone, else `fallbackTimeZone`.
    public init(journal: Journal, now: Date, fallbackTimeZone: TimeZone, days: Int = 7, seed: UInt64 = 0) {
        let zone = journal.settings.timeZone.flatMap(TimeZone.init(identifier:)) ?? fallbackTimeZone
        let end = CalendarDay(now, in: zone)
        self.init(
            journal: journal, now: now, timeZone: zone, periodStart: end.adding(days: -(max(days, 1) - 1)),
            periodEnd: end, seed: seed)
    }

    /// A context for an explicit period.
    public init(
        journal: Journal, now: Date, timeZone: TimeZone, periodStart: CalendarDay, periodEnd: CalendarDay,
        seed: UInt64 = 0
    ) {
        self.init(journal: journal, history: nil, now: now, timeZone: timeZone, periodStart: periodStart, periodEnd: periodEnd, seed: seed)
    }

    /// A context for an explicit period from a journal that holds only the moments around it
    /// (at least every moment whose local day is in the period) and the history of all its
    /// moments, as a store that counts in place gives them: reports, findings and scores equal
    /// those of the whole journal. (Suggestions look at every moment: give them the whole journal.)
    public init(
        journal: Journal, history: MomentHistory, now: Date, timeZone: TimeZone, periodStart: CalendarDay,
        periodEnd: CalendarDay, seed: UInt64 = 0
    ) {
        self.init(
            journal: journal, history: Optional(history), now: now, timeZone: timeZone, periodStart: periodStart,
            periodEnd: periodEnd, seed: seed)
    }

    private init(
        journal: Journal, history: MomentHistory?, now: Date, timeZone: TimeZone, periodStart: CalendarDay,
        periodEnd: CalendarDay, seed: UInt64
    ) {
        self.journal = journal
        self.history = history
        self.now = now
        self.timeZone = timeZone
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        let partners = journal.partners.prefix(255).map(\.id)
        let rituals = journal.rituals.prefix(255).map(\.id)
        let moments = journal.moments
        let first = periodStart.dayNumber
        let last = periodEnd.dayNumber
        // A long journal's second half is read on a second thread.
        let half = moments.count / 2
        let rest = SecondThread.run(if: moments.count >= SecondThread.worthFrom) {
            MomentColumns(moments, half..<moments.count, fallback: timeZone, partners: partners, rituals: rituals, first: first, last: last)
        }
        var columns = MomentColumns(
            moments, 0..<half, fallback: timeZone, partners: partners, rituals: rituals, first: first, last: last)
        columns.append(rest())
        let days = columns.days
        let givers = columns.givers
        let ritualSlots = columns.ritualSlots
        var inPeriod = columns.inPeriod
        var inPeriodDays = columns.inPeriodDays
        momentDays = days
        // A ritual done together marked by both phones before either saw the other's mark is
        // done once: the period's counts take the first mark (see `RitualsDoneTogether`), and
        // the day counts one participant's marks of a day.
        let together = RitualsDoneTogether(journal)
        let again = together.repeatedMarks(in: inPeriod, fallback: timeZone)
        if !again.isEmpty {
            let keep = inPeriod.indices.filter { !again.contains($0) }
            inPeriod = keep.map { inPeriod[$0] }
            inPeriodDays = keep.map { inPeriodDays[$0] }
        }
        if let history {
            tallyDays = history.days.map(\.day.dayNumber)
            tallyGivers = history.days.map { row in partners.firstIndex(of: row.giver).map(UInt8.init) ?? 255 }
            tallyRituals = history.days.map { row in row.ritual.flatMap { rituals.firstIndex(of: $0) }.map(UInt8.init) ?? 255 }
            tallyWeights = together.repeatedRowWeights(history.days) ?? history.days.map(\.count)
        } else {
            tallyDays = days
            tallyGivers = givers
            tallyRituals = ritualSlots
            // Only here: a history's rows are weighed above, and its moments are the period's only.
            let repeated = Self.repeatedMarks(journal, days: days, givers: givers, slots: ritualSlots)
            if repeated.isEmpty {
                tallyWeights = nil
            } else {
                var weights = [Int](repeating: 1, count: days.count)
                for index in repeated { weights[index] = 0 }
                tallyWeights = weights
            }
        }
        momentsInPeriod = inPeriod
        periodMomentDays = inPeriodDays
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        calendar.firstWeekday = journal.settings.weekStart.rawValue
        self.calendar = calendar
        self.seed = seed
    }

    /// Each moment's local day, giver and ritual slot, and the moments in the period, for a
    /// range of the journal's moments.
    private struct MomentColumns: Sendable {
        var days = [Int]()
        var givers = [UInt8]()
        var ritualSlots = [UInt8]()
        var inPeriod = [Moment]()
        var inPeriodDays = [Int]()

        init(
            _ moments: [Moment], _ range: Range<Int>, fallback: TimeZone, partners: [Identifier<Partner>],
            rituals: [Identifier<Ritual>], first: Int, last: Int
        ) {
            let resolver = LocalDayResolver(fallback: fallback)
            days.reserveCapacity(range.count)
            givers.reserveCapacity(range.count)
            ritualSlots.reserveCapacity(range.count)
            // Fields are read in place: copying each of a million moments costs more than its day.
            for index in range {
                let day = resolver.dayNumber(moments[index].at, zone: moments[index].timeZone)
                days.append(day)
                // Most ids are the very strings a store interned (or short ones held inline):
                // found by their bits before `==`, whose slow path runs for short ids that differ.
                let giver = moments[index].giver
                let slot =
                    partners.firstIndex { $0.rawValue.sharesStorage(with: giver.rawValue) } ?? partners.firstIndex(of: giver)
                givers.append(slot.map(UInt8.init) ?? 255)
                ritualSlots.append(
                    rituals.isEmpty ? 255 : moments[index].ritualID.flatMap { rituals.firstIndex(of: $0) }.map(UInt8.init) ?? 255)
                if day >= first && day <= last {
                    inPeriod.append(moments[index])
                    inPeriodDays.append(day)
                }
            }
        }

        mutating func append(_ other: Self) {
            days += other.days
            givers += other.givers
            ritualSlots += other.ritualSlots
            inPeriod += other.inPeriod
            inPeriodDays += other.inPeriodDays
        }
    }

    /// A context for the period a ``ReportPeriod`` names, as of `now`, starting no earlier than
    /// the day of the journal's first moment.
    public init(journal: Journal, now: Date, fallbackTimeZone: TimeZone, period: ReportPeriod, seed: UInt64 = 0) {
        let zone = journal.settings.timeZone.flatMap(TimeZone.init(identifier:)) ?? fallbackTimeZone
        self.init(journal: journal, now: now, timeZone: zone, period: period, seed: seed)
    }

    /// A context for the period a ``ReportPeriod`` names, as of `now` in `zone`: the zone whose
    /// days "today" and the period mean (a partner abroad sees his own today), starting no
    /// earlier than the day of the journal's first moment.
    public init(journal: Journal, now: Date, timeZone zone: TimeZone, period: ReportPeriod, seed: UInt64 = 0) {
        self.init(journal: journal, history: nil, now: now, timeZone: zone, period: period, seed: seed)
    }

    /// A context for the period a ``ReportPeriod`` names, from a journal that holds only the
    /// moments around the period and the history of all its moments (see
    /// ``init(journal:history:now:timeZone:periodStart:periodEnd:seed:)``).
    public init(journal: Journal, history: MomentHistory, now: Date, timeZone zone: TimeZone, period: ReportPeriod, seed: UInt64 = 0) {
        self.init(journal: journal, history: Optional(history), now: now, timeZone: zone, period: period, seed: seed)
    }

    private init(journal: Journal, history: MomentHistory?, now: Date, timeZone zone: TimeZone, period: ReportPeriod, seed: UInt64) {
        let today = CalendarDay(now, in: zone)
        var (start, end) = period.days(today: today, weekStart: journal.settings.weekStart)
        // A period never counts days before the journal began: a two-week-old journal's month
        // is its fourteen days, not the month's twenty-three so far.
        if let history {
            if let first = history.firstDay, first > start, first <= end { start = first }
        } else if let first = Self.firstDay(of: journal.moments, fallback: zone), first > start, first <= end {
            start = first
        }
        self.init(journal: journal, history: history, now: now, timeZone: zone, periodStart: start, periodEnd: end, seed: seed)
    }

    /// The earliest local day of `moments`: the earliest of the moments near the earliest
    /// instant (a moment logged later, in a zone behind, can fall on an earlier day of its own;
    /// local times span 26 hours, UTC-12 to UTC+14). The instants are read in place: copying
    /// each of a million moments to compare them cost more than the comparisons.
    static func firstDay(of moments: [Moment], fallback zone: TimeZone) -> CalendarDay? {
        moments.withUnsafeBufferPointer { buffer -> CalendarDay? in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return nil }
            var earliest = base.pointee.at
            for index in 1..<buffer.count where (base + index).pointee.at < earliest { earliest = (base + index).pointee.at }
            let window = earliest.addingTimeInterval(26 * 3600)
            var first: CalendarDay?
            for index in 0..<buffer.count where (base + index).pointee.at < window {
                let day = (base + index).pointee.day(fallback: zone)
                if first.map({ day < $0 }) ?? true { first = day }
            }
            return first
        }
    }

    /// Whether the journal holds any moment (in its history, for a context made from one).
    public var hasMoments: Bool { history.map { !$0.days.isEmpty } ?? !journal.moments.isEmpty }

    /// Days in the period.
    public var periodDays: Int { periodStart.days(until: periodEnd) + 1 }

    /// The partner's name, or the identifier when the partner is unknown.
    public func name(of id: Identifier<Partner>) -> String { journal.partner(id)?.name ?? id.rawValue }

    /// Today, in the home time zone.
    public var today: CalendarDay { CalendarDay(now, in: timeZone) }

    /// The day the period's streak and consistency score are measured as of: today, or the
    /// period's last day when the period ended before today (`report --last-week`).
    public var scoredThrough: CalendarDay { min(today, periodEnd) }

    /// The local day a moment counts for: the day in its own time zone, as the giver lived it.
    /// (For moments of the journal, ``momentDays`` has this already.)
    public func day(of moment: Moment) -> CalendarDay { moment.day(fallback: timeZone) }

    /// Whether a moment falls within the period.
    public func isInPeriod(_ moment: Moment) -> Bool {
        let day = day(of: moment)
        return day >= periodStart && day <= periodEnd
    }

    /// The moments that mark again a ritual done together on a day that another participant
    /// marked it, whose marks are the ones counted (by `RitualsDoneTogether.repeatedRowWeights(_:)`'s
    /// rule, so that day counts from moments and from a history agree), read from the columns
    /// already made (a million moments hold a hundred thousand marks: no
    /// moment is read again and no identifier hashed).
    static func repeatedMarks(_ journal: Journal, days: [Int], givers: [UInt8], slots: [UInt8]) -> [Int] {
        var shared = [Bool](repeating: false, count: 256)
        for (slot, ritual) in journal.rituals.prefix(255).enumerated() where ritual.participants.count >= 2 { shared[slot] = true }
        guard shared.contains(true) else { return [] }
        // Each partner's place when sorted by identifier: the one that sorts first is counted.
        let partners = journal.partners.prefix(255)
        var rank = [UInt8](repeating: 255, count: 256)
        for (place, index) in partners.indices.sorted(by: { partners[$0].id.rawValue < partners[$1].id.rawValue }).enumerated() {
            rank[index - partners.startIndex] = UInt8(place)
        }
        // Each shared ritual's days as a table (a day of a ritual is one byte: the place of the
        // partner counted), not a dictionary: the marks are read three times, nothing hashed.
        var column = [Int](repeating: -1, count: 256)
        var sharedCount = 0
        for slot in 0..<256 where shared[slot] {
            column[slot] = sharedCount
            sharedCount += 1
        }
        var low = Int.max, high = Int.min, marks = 0
        days.withUnsafeBufferPointer { d in
            slots.withUnsafeBufferPointer { r in
                for index in 0..<r.count where shared[Int(r[index])] {
                    low = min(low, d[index])
                    high = max(high, d[index])
                    marks += 1
                }
            }
        }
        guard marks > 1, high - low < 1 << 22 else { return [] }
        let width = sharedCount
        var counted = [UInt8](repeating: 255, count: (high - low + 1) * width)
        var repeated = [Int]()
        counted.withUnsafeMutableBufferPointer { c in
            days.withUnsafeBufferPointer { d in
                slots.withUnsafeBufferPointer { r in
                    givers.withUnsafeBufferPointer { g in
                        for index in 0..<r.count where shared[Int(r[index])] {
                            let cell = (d[index] - low) * width + column[Int(r[index])], place = rank[Int(g[index])]
                            if place < c[cell] { c[cell] = place }
                        }
                        for index in 0..<r.count where shared[Int(r[index])] {
                            let cell = (d[index] - low) * width + column[Int(r[index])]
                            if c[cell] != rank[Int(g[index])] { repeated.append(index) }
                        }
                    }
                }
            }
        }
        return repeated
    }
}
