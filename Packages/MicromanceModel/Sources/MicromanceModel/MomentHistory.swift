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

    /// Moments by day, giver and ritual, oldest day first.
    public private(set) var days: [Day]
    /// Answers by receiver, language and response (moments with both a language and a response).
    public private(set) var answers: [Answers]

    /// A history from counted rows; rows for the same day, giver and ritual (or receiver,
    /// language and response) are added together, and rows counting nothing are left out.
    public init(days: [Day], answers: [Answers]) {
        var byDay = [DayKey: Int]()
        for row in days where row.count > 0 { byDay[DayKey(row.day.dayNumber, row.giver, row.ritual), default: 0] += row.count }
        self.days = byDay.map { Day(day: CalendarDay(dayNumber: $0.key.day), giver: $0.key.giver, ritual: $0.key.ritual, count: $0.value) }
            .sorted { ($0.day, $0.giver.rawValue, $0.ritual?.rawValue ?? "") < ($1.day, $1.giver.rawValue, $1.ritual?.rawValue ?? "") }
        var byAnswer = [Answers: Int]()
        for row in answers where row.count > 0 {
            var key = row
            key.count = 0
            byAnswer[key, default: 0] += row.count
        }
        self.answers = byAnswer.map {
            Answers(receiver: $0.key.receiver, language: $0.key.language, response: $0.key.response, count: $0.value)
        }
        .sorted {
            ($0.receiver.rawValue, $0.language.rawValue, $0.response.rawValue)
                < ($1.receiver.rawValue, $1.language.rawValue, $1.response.rawValue)
        }
    }

    /// Counts `moments`, each on its local day in its own time zone (`fallback` for a zone
    /// this system does not know), as ``Moment/day(fallback:)`` gives it.
    public init(moments: [Moment], fallback: TimeZone) {
        let resolver = LocalDayResolver(fallback: fallback)
        var days = [DayKey: Int]()
        var answers = [Answers: Int]()
        for index in moments.indices {
            let day = resolver.dayNumber(moments[index].at, zone: moments[index].timeZone)
            days[DayKey(day, moments[index].giver, moments[index].ritualID), default: 0] += 1
            if let language = moments[index].language, let response = moments[index].response {
                answers[Answers(receiver: moments[index].receiver, language: language, response: response, count: 0), default: 0] += 1
            }
        }
        self.init(
            days: days.map { Day(day: CalendarDay(dayNumber: $0.key.day), giver: $0.key.giver, ritual: $0.key.ritual, count: $0.value) },
            answers: answers.map {
                Answers(receiver: $0.key.receiver, language: $0.key.language, response: $0.key.response, count: $0.value)
            })
    }

    /// How many moments were counted.
    public var momentCount: Int { days.reduce(0) { $0 + $1.count } }

    /// The earliest local day counted, nil when there are no moments.
    public var firstDay: CalendarDay? { days.first?.day }

    private struct DayKey: Hashable {
        var day: Int
        var giver: Identifier<Partner>
        var ritual: Identifier<Ritual>?
        init(_ day: Int, _ giver: Identifier<Partner>, _ ritual: Identifier<Ritual>?) {
            self.day = day
            self.giver = giver
            self.ritual = ritual
        }
    }
}
