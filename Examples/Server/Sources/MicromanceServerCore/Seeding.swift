import Foundation
import MicromanceModel
import MicromanceStore
import PostgresNIO

/// Couples with a year of moments, for trying the service and for the load test.
public enum Seeding {
    /// Makes `couples` journals (two partners, `moments` moments over the last year each),
    /// issues a token for each into the book at `tokensPath`, and returns the tokens.
    public static func seed(
        couples: Int, moments: Int, tokensPath: String,
        withJournals: (@escaping @Sendable (any JournalDirectory, PostgresClient?) async throws -> Void) async throws -> Void
    ) async throws -> [String] {
        var book = (try? TokenBook.load(from: tokensPath)) ?? TokenBook()
        var random = SeededGenerator(seed: 2026)
        var tokens = [String]()
        var ids = [String]()
        for couple in 0..<couples {
            let id = String(format: "couple-%05d", couple)
            ids.append(id)
            tokens.append(book.issue(for: id, using: &random))
        }
        try book.save(to: tokensPath)
        let now = Date()
        let batch = ids
        try await withJournals { journals, _ in
            var generator = SeededGenerator(seed: 7)
            for id in batch {
                var journal = Journal(partners: [Partner(name: "Alex"), Partner(name: "Sam")], settings: JournalSettings(timeZone: "UTC"))
                for n in 0..<moments {
                    let giver: Identifier<Partner> = n % 2 == 0 ? "alex" : "sam"
                    journal.moments.append(
                        Moment(
                            id: .random(using: &generator),
                            at: now.addingTimeInterval(-Double(moments - n) * (365 * 86_400 / Double(max(1, moments)))),
                            timeZone: "UTC", giver: giver, receiver: giver == "alex" ? "sam" : "alex",
                            title: ["Made coffee", "Long hug", "Left a note", "Asked about the day"][n % 4],
                            language: LoveLanguage.allCases[n % 5], kind: n % 9 == 0 ? .bid : .gesture,
                            changes: Changes(created: ChangeStamp(millis: 1_790_000_000_000 + Int64(n), device: .imported))))
                }
                try await journals.store(for: id).save(journal)
            }
        }
        return tokens
    }
}
