import Foundation

/// A journal's moments counted instead of kept: how many each partner gave on each local day
/// (and which ritual they carried out), and how each receiver answered each love language.
///
/// It is what a report needs from the moments outside its period: the consistency score, the
/// streaks and the weeks chart run from the journal's first day, and learned preferences weigh
/// every answered bid. A store that can count where the moments live (a database's
/// `GROUP BY`) sends these few rows instead of every moment; the insights built on them equal
/// those built on the whole journal. The rows are kept merged and sorted, so two histories of
/// the same moments are equal however they were counted.
public struct MomentHistory: Sendable, Equatable {
    /// The moments one partner gave on one local day, carrying out one ritual (or none).
    public struct Day: Sendable, Hashable {
        /// The local day, in the moment's own time zone.
        public var day: CalendarDay
        /// Who gave them.
        public var giver: Identifier<Partner>
        /// The ritual they carried out, if any.
        public var ritual: Identifier<Ritual>?
        /// How many.
        public var count: Int

        /// A count of moments.
        public init(day: CalendarDay, giver: Identifier<Partner>, ritual: Identifier<Ritual>?, count: Int) {
            self.day = day
            self.giver = giver
            self.ritual = ritual
            self.count = count
        }
    }

    /// How often one receiver answered a bid in one love language one way.
    public struct Answers: Sendable, Hashable {
        /// Who answered.
        public var receiver: Identifier<Partner>
        /// The love language of the moments answered.
        public var language: LoveLanguage
        /// The answer.
        public var response: BidResponse
        /// How many.
        public var count: Int

        /// A count of answers.
        public init(receiver: Identifier<Partner>, language: LoveLanguage, response: BidResponse, count: Int) {
            self.receiver = receiver
            self.language = language
            self.response = response
            self.count = count
        }
    }

    /// The latest local day one receiver was given one gesture under one title: what
    /// suggestions need to say "last done 12 days ago" (or to hold back what was done yesterday).
    public struct Given: Sendable, Hashable {
        /// Who received it.
        public var receiver: Identifier<Partner>
        /// The catalog gesture it was, if any.
        public var gesture: Identifier<Gesture>?
        /// Its title, as logged.
        public var title: String
        /// The latest local day it was given, in the moment's own time zone.
        public var day: CalendarDay

        /// When a receiver was last given a gesture under a title.
        public init(receiver: Identifier<Partner>, gesture: Identifier<Gesture>?, title: String, day: CalendarDay) {
            self.receiver = receiver
            self.gesture = gesture
            self.title = title
            self.day = day
        }
    }

    /// The same history with the partners in `destinations` counted as the partner each maps
    /// to (``Journal/mergeDestinations``): rows a store counted under a partner merged away
    /// since join the rows of the partner kept.
    public func forwarded(_ destinations: [Identifier<Partner>: Identifier<Partner>]) -> MomentHistory {
        guard !destinations.isEmpty else { return self }
        func to(_ id: Identifier<Partner>) -> Identifier<Partner> { destinations[id] ?? id }
        return MomentHistory(
            days: days.map { Day(day: $0.day, giver: to($0.giver), ritual: $0.ritual, count: $0.count) },
            answers: answers.map { Answers(receiver: to($0.receiver), language: $0.language, response: $0.response, count: $0.count) },
            given: given.map { rows in rows.map { Given(receiver: to($0.receiver), gesture: $0.gesture, title: $0.title, day: $0.day) } })
    }

    /// Moments by day, giver and ritual, oldest day first.
    public private(set) var days: [Day]
    /// Answers by receiver, language and response (moments with both a language and a response).
    public private(set) var answers: [Answers]
    /// The latest day of each receiver, gesture and title, sorted by them; nil when the store
    /// did not count it (a database answering a report, which needs no suggestions). A context
    /// made from a history without it suggests from the moments its journal holds only.
    public private(set) var given: [Given]?

    /// A history from counted rows; rows for the same day, giver and ritual (or receiver,
    /// language and response) are added together, and rows counting nothing are left out.
    /// Of `given` rows for the same receiver, gesture and title, the latest day is kept.
    public init(days: [Day], answers: [Answers], given: [Given]? = nil) {
        self.days = Self.merged(
            days.filter { $0.count > 0 },
            before: { ($0.day, $0.giver.rawValue, $0.ritual?.rawValue ?? "") < ($1.day, $1.giver.rawValue, $1.ritual?.rawValue ?? "") },
            same: { $0.day == $1.day && $0.giver == $1.giver && $0.ritual == $1.ritual },
            combine: { $0.count += $1.count })
        self.answers = Self.merged(
            answers.filter { $0.count > 0 },
            before: {
                ($0.receiver.rawValue, $0.language.rawValue, $0.response.rawValue)
                    < ($1.receiver.rawValue, $1.language.rawValue, $1.response.rawValue)
            },
            same: { $0.receiver == $1.receiver && $0.language == $1.language && $0.response == $1.response },
            combine: { $0.count += $1.count })
        self.given = given.map { rows in
            Self.merged(
                rows,
                before: {
                    ($0.receiver.rawValue, $0.gesture?.rawValue ?? "", $0.title) < (
                        $1.receiver.rawValue, $1.gesture?.rawValue ?? "", $1.title
                    )
                },
                same: { $0.receiver == $1.receiver && $0.gesture == $1.gesture && $0.title == $1.title },
                combine: { $0.day = max($0.day, $1.day) })
        }
    }

    /// `rows` sorted by `before`, those that are the `same` combined into one. Rows already
    /// sorted and distinct (as a store that kept a history writes them) are taken as they are,
    /// and a few rows after them (added since) are merged in one by one; anything else is sorted.
    private static func merged<Row>(
        _ rows: [Row], before: (Row, Row) -> Bool, same: (Row, Row) -> Bool, combine: (inout Row, Row) -> Void
    ) -> [Row] {
        var sorted = 1
        while sorted < rows.count, before(rows[sorted - 1], rows[sorted]) { sorted += 1 }
        var result: [Row]
        var rest: ArraySlice<Row>
        if rows.count - sorted <= 256 {
            result = Array(rows.prefix(sorted))
            rest = rows.dropFirst(sorted)
        } else {
            result = []
            rest = rows.sorted(by: before)[...]
        }
        for row in rest {
            if result.last.map({ before($0, row) }) ?? true {
                result.append(row)  // after every row so far: the usual case
                continue
            }
            var low = 0, high = result.count
            while low < high {
                let middle = (low + high) / 2
                if before(result[middle], row) { low = middle + 1 } else { high = middle }
            }
            if low < result.count, same(result[low], row) {
                combine(&result[low], row)
            } else {
                result.insert(row, at: low)
            }
        }
        return result
    }

    /// Counts `moments`, each on its local day in its own time zone (`fallback` for a zone
    /// this system does not know), as ``Moment/day(fallback:)`` gives it.
    ///
    /// Names (partners, rituals, gestures, titles) are numbered as they come and each row is
    /// keyed by numbers, so the count hashes integers and the rows are put in order by the
    /// names' ranks, not by comparing strings (a report on 20,000 moments counts them all).
    public init(moments: [Moment], fallback: TimeZone) {
        let resolver = LocalDayResolver(fallback: fallback)
        var partners = Names<Identifier<Partner>>(), rituals = Names<Identifier<Ritual>?>()
        var gestures = Names<Identifier<Gesture>?>(), titles = Names<String>()
        _ = rituals.number(nil)
        _ = gestures.number(nil)
        var days = [Int: Int](), given = [Int: Int]()
        var answers = [Answers: Int]()
        for index in moments.indices {
            let day = resolver.dayNumber(moments[index].at, zone: moments[index].timeZone)
            let giver = partners.number(moments[index].giver), receiver = partners.number(moments[index].receiver)
            let ritual = moments[index].ritualID == nil ? 0 : rituals.number(moments[index].ritualID)
            // Days since 1970 fit in 32 bits with room to spare; names in 16 (or 32 for titles).
            days[day << 32 | giver << 16 | ritual, default: 0] += 1
            let gesture = moments[index].gestureID == nil ? 0 : gestures.number(moments[index].gestureID)
            let key = receiver << 48 | gesture << 32 | titles.number(moments[index].title)
            if day > given[key] ?? Int.min { given[key] = day }
            if let language = moments[index].language, let response = moments[index].response {
                answers[Answers(receiver: moments[index].receiver, language: language, response: response, count: 0), default: 0] += 1
            }
        }
        let partnerRank = partners.ranks { $0.rawValue }, ritualRank = rituals.ranks { $0?.rawValue ?? "" }
        let gestureRank = gestures.ranks { $0?.rawValue ?? "" }, titleRank = titles.ranks { $0 }
        let dayRows = days.map { key, count in
            let giver = key >> 16 & 0xFFFF, ritual = key & 0xFFFF
            return (order: (key >> 32) << 32 | partnerRank[giver] << 16 | ritualRank[ritual], giver: giver, ritual: ritual, count: count)
        }
        .sorted { $0.order < $1.order }
        let givenRows = given.map { key, day in
            let receiver = key >> 48, gesture = key >> 32 & 0xFFFF, title = key & 0xFFFF_FFFF
            return (order: partnerRank[receiver] << 48 | gestureRank[gesture] << 32 | titleRank[title], key: key, day: day)
        }
        .sorted { $0.order < $1.order }
        self.init(
            days: dayRows.map {
                Day(
                    day: CalendarDay(dayNumber: $0.order >> 32), giver: partners.values[$0.giver], ritual: rituals.values[$0.ritual],
                    count: $0.count)
            },
            answers: answers.map {
                Answers(receiver: $0.key.receiver, language: $0.key.language, response: $0.key.response, count: $0.value)
            },
            given: givenRows.map {
                Given(
                    receiver: partners.values[$0.key >> 48], gesture: gestures.values[$0.key >> 32 & 0xFFFF],
                    title: titles.values[$0.key & 0xFFFF_FFFF], day: CalendarDay(dayNumber: $0.day))
            })
    }

    /// Names numbered in the order they first come. While there are few (two partners, a
    /// handful of rituals) they are compared one by one, which is quicker than hashing.
    private struct Names<Value: Hashable> {
        private var numbers = [Value: Int]()
        private(set) var values = [Value]()

        mutating func number(_ value: Value) -> Int {
            if values.count <= 8 {
                if let known = values.firstIndex(of: value) { return known }
            } else if let known = numbers[value] {
                return known
            }
            let number = values.count
            values.append(value)
            if values.count == 9 {
                for (known, value) in values.enumerated() { numbers[value] = known }
            } else if values.count > 9 {
                numbers[value] = number
            }
            return number
        }

        /// Each number's rank when the values are sorted by `key`.
        func ranks(by key: (Value) -> String) -> [Int] {
            var rank = [Int](repeating: 0, count: values.count)
            for (position, number) in values.indices.sorted(by: { key(values[$0]) < key(values[$1]) }).enumerated() {
                rank[number] = position
            }
            return rank
        }
    }

    /// This history without its ``given`` rows, as a store that does not count them gives it.
    public var withoutGiven: MomentHistory {
        var copy = self
        copy.given = nil
        return copy
    }

    /// How many moments were counted.
    public var momentCount: Int { days.reduce(0) { $0 + $1.count } }

    /// The earliest local day counted, nil when there are no moments.
    public var firstDay: CalendarDay? { days.first?.day }
}
