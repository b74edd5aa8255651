import Foundation
import MicromanceModel
import MicromanceStore

extension StoreConformance {
    /// `loadForReport` gives the journal with the moments of the range only and the history of
    /// every kept moment, equal to the whole journal counted: after a save, after appends (one
    /// of them dated back into the range), and read twice (a store may keep what it counted
    /// on the first read and use it on the second).
    func checkLoadForReport() throws {
        let store = try newStore()
        var journal = try ConformanceFixtures.couple(moments: 900)
        journal.rituals = [Ritual(id: "coffee", title: "Coffee together", cadence: .daily, participants: ["alex", "sam"])]
        for index in journal.moments.indices {
            if index % 7 == 0 { journal.moments[index].ritualID = "coffee" }
            if index % 5 == 2 { journal.moments[index].response = index % 10 == 2 ? .away : .against }
            if index % 4 == 1 { journal.moments[index].title = "Sunday pancakes" }
        }
        // Two moments logged late, long after the day they happened.
        journal.moments[850].at = journal.moments[300].at.addingTimeInterval(60)
        journal.moments[870].at = journal.moments[10].at.addingTimeInterval(-60)
        journal.removed.moments = [journal.moments.remove(at: 40), journal.moments.remove(at: 500)]
        try store.save(journal)
        var next = 5_000
        func appendSome(_ count: Int, backTo: Date?) throws {
            for number in 0..<count {
                var moment = ConformanceFixtures.moment(
                    index: next, giver: number % 2 == 0 ? "sam" : "alex", receiver: number % 2 == 0 ? "alex" : "sam")
                next += 1
                if number == 0, let backTo { moment.at = backTo }
                if number % 3 == 1 { moment.title = "Sunday pancakes" }
                try store.append(moment)
            }
        }
        try appendSome(12, backTo: journal.moments[310].at)
        for round in 0..<3 {
            let whole = try store.load()
            let zone = TimeZone(identifier: "Europe/Paris") ?? .current
            let expected = MomentHistory(moments: whole.moments, fallback: zone)
            for (first, last) in [(290, 330), (0, 20), (880, 897)] {
                let start = journal.moments[first].at, end = journal.moments[last].at
                for read in 1...2 {
                    let said = "round \(round + 1), moments \(first) to \(last), read \(read)"
                    let (part, history) = try store.loadForReport(momentsFrom: start, to: end)
                    try require(
                        history == (history.given == nil ? expected.withoutGiven : expected),
                        "load for a report (\(said)): the history differs from the whole journal's counted: "
                            + "\(history.days.count) day rows (\(history.momentCount) moments), \(expected.days.count) expected "
                            + "(\(expected.momentCount)); \(history.given?.count ?? 0) given rows, \(expected.given?.count ?? 0) expected")
                    let wanted = whole.moments.filter { $0.at >= start && $0.at < end }
                    try require(
                        part.moments == wanted,
                        "load for a report (\(said)): \(part.moments.count) moments read for the range, \(wanted.count) in it")
                    var rest = part, wholeRest = whole
                    rest.moments = []
                    wholeRest.moments = []
                    try require(rest == wholeRest, "load for a report (\(said)): \(difference(wholeRest, rest))")
                }
            }
            try appendSome(3, backTo: round == 0 ? journal.moments[5].at : nil)
        }
    }
}
