// Quickstart: embed Micromance, keep a journal in memory, and print what it shows.
// Run with `swift run Quickstart`.
import Foundation
import Micromance

let utc = TimeZone(identifier: "UTC") ?? .current
var generator = SeededGenerator(seed: 42)  // fixed seed: the same output every run

var journal = Journal(settings: JournalSettings(timeZone: "UTC"))
do {
    try journal.add(Partner(name: "Alex", profile: LoveLanguageProfile(ranking: [.service, .words])))
    try journal.add(Partner(name: "Sam", profile: LoveLanguageProfile(ranking: [.touch, .time])))

    // Three days of small gestures, ending on a fixed "today".
    let today = Date(timeIntervalSince1970: 1_795_521_600)  // 2026-11-24 12:00 UTC
    let titles = ["Made Sam's coffee", "Long hug at the door", "Left a note on the mirror"]
    for (daysAgo, title) in titles.enumerated() {
        let gesture = Catalog.builtIn.bestMatch(for: title)
        try journal.log(Moment(
            id: .random(using: &generator), at: today.addingTimeInterval(Double(-daysAgo) * 86_400), timeZone: "UTC",
            giver: daysAgo == 1 ? "sam" : "alex", receiver: daysAgo == 1 ? "alex" : "sam", title: title,
            gestureID: gesture?.id, language: gesture?.primaryLanguage))
    }

    let summary = JournalSummary(InsightContext(journal: journal, now: today, fallbackTimeZone: utc))
    print("\(summary.moments) moments on \(summary.activeDays) days; streak \(summary.streaks.current) days")
    print("Consistency score: \(Int((summary.consistency * 100).rounded()))%")
    for idea in Catalog.builtIn.search(language: .touch, context: .evening).prefix(2) {
        print("Idea for Sam: \(idea.title)")
    }
} catch {
    print("Quickstart failed: \(error)")
    exit(1)
}
