import Foundation
import MicromanceModel
import MicromanceStore
import PostgresNIO

extension PostgresJournalStore {
    /// The journal with only the period's moments, and the history of all of them counted by
    /// the database (`GROUP BY` day, giver and ritual; receiver, language and answer, over
    /// columns kept beside each record and an index that holds them), in one transaction: a
    /// report on a year of moments reads its period's records, not the year's.
    ///
    /// A moment's local day is the date its stored timestamp was written with: the writer
    /// puts it in the moment's own time zone, the day a report counts it on.
    public func loadForReport(momentsFrom start: Date, to end: Date) async throws(StoreError) -> (journal: Journal, history: MomentHistory)
    {
        let location = self.location
        let found = try await run("read the journal for a report", .harmless, isolation: "REPEATABLE READ") {
            connection -> (Journal, MomentHistory)? in
            guard let journal = try await read(connection, lock: false, period: start..<end) else { return nil }
            return (journal, try await history(connection, location: location))
        }
        guard let (journal, history) = found else { throw .notFound(location) }
        if let problem = journal.problems().first { throw .invalid(file: location, line: nil, problem) }
        return (journal, history)
    }

    /// Every kept moment counted by local day, giver and ritual, and the answered ones by
    /// receiver, language and answer.
    private func history(_ connection: PostgresConnection, location: String) async throws -> MomentHistory {
        var days = [MomentHistory.Day]()
        let dayRows = try await connection.query(
            """
            SELECT local_day, giver, ritual, count(*) FROM micromance_moments
            WHERE journal = \(journal) AND NOT removed GROUP BY 1, 2, 3
            """, logger: logger)
        for try await (written, giver, ritual, count) in dayRows.decode((String?, String?, String?, Int).self) {
            guard let written, let day = CalendarDay(written), let giver else {
                throw StoreError.corrupt(
                    file: location, line: nil, column: nil, field: "moments[].at",
                    reason: "a stored moment's time does not start with its date, or it names no giver")
            }
            days.append(MomentHistory.Day(day: day, giver: Identifier(giver), ritual: ritual.map { Identifier($0) }, count: count))
        }
        var answers = [MomentHistory.Answers]()
        let answerRows = try await connection.query(
            """
            SELECT receiver, love_language, response, count(*) FROM micromance_moments
            WHERE journal = \(journal) AND NOT removed AND love_language IS NOT NULL AND response IS NOT NULL
            GROUP BY 1, 2, 3
            """, logger: logger)
        for try await (receiver, language, response, count) in answerRows.decode((String, String, String, Int).self) {
            guard let language = LoveLanguage(rawValue: language), let response = BidResponse(rawValue: response) else {
                throw StoreError.corrupt(
                    file: location, line: nil, column: nil, field: "moments[].language",
                    reason: "a stored moment's love language or answer is not one Micromance knows")
            }
            answers.append(MomentHistory.Answers(receiver: Identifier(receiver), language: language, response: response, count: count))
        }
        return MomentHistory(days: days, answers: answers)
    }
}
