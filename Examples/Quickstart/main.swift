// Quickstart: embed Micromance, keep a journal in memory, log a few moments, and print a
// report and two suggestions. Run with `swift run Quickstart`.
import Foundation
import Micromance

let utc = TimeZone(identifier: "UTC") ?? .current
var generator = SeededGenerator(seed: 42)  // a fixed seed: the same output every run
let today = Date(timeIntervalSince1970: 1_795_521_600)  // 2026-11-24 12:00 UTC, a fixed "now"

do {
    var journal = Journal(settings: JournalSettings(timeZone: "UTC"))
    try journal.add(Partner(name: "Alex", profile: LoveLanguageProfile(ranking: [.service, .words])))
    try journal.add(Partner(name: "Sam", profile: LoveLanguageProfile(ranking: [.touch, .time])))

    // A week of small gestures; the catalog recognises each title and its love language.
    let titles = [
        "Made Sam's coffee", "Long hug at the door", "Left a note on the mirror", "Foot rub",
        "Asked about the interview", "Warm towel", "Thanked Alex for the bins",
    ]
    for (daysAgo, title) in titles.enumerated() {
        let gesture = Catalog.builtIn.bestMatch(for: title)
        let fromSam = title.contains("Alex")
        try journal.log(
            Moment(
                id: .random(using: &generator), at: today.addingTimeInterval(Double(-daysAgo) * 86_400), timeZone: "UTC",
                giver: fromSam ? "sam" : "alex", receiver: fromSam ? "alex" : "sam", title: title,
                gestureID: gesture?.id, language: gesture?.primaryLanguage))
    }

    // A bid for connection and how it was answered: `response` comes before `kind`.
    try journal.log(
        Moment(
            id: .random(using: &generator), at: today, timeZone: "UTC", giver: "sam", receiver: "alex",
            title: "Look at this sunset", response: .toward, kind: .bid))
    // A profile by weights (unlabelled: one weight per love language) rather than by ranking.
    journal.partners[0].profile = LoveLanguageProfile([.service: 5, .words: 4, .time: 2, .touch: 2, .gifts: 1])

    // Keep it in memory; a JSONJournalStore or CSVJournalStore would keep it on disk the same way,
    // and a registry opens any store from a location as a user would write it ("csv:DIR", "x.json").
    let registry = StoreRegistry()
    let store = try registry.open("memory:quickstart")
    try store.save(journal)

    let context = InsightContext(journal: try store.load(), now: today, fallbackTimeZone: utc, period: .lastDays(7), seed: 1)
    let report = InsightEngine.standard.report(context)
    print("\(report.summary.moments) moments on \(report.summary.activeDays) days; streak \(report.summary.streaks.current) days")
    print("Consistency score: \(Int((report.summary.consistency * 100).rounded()))%")
    for finding in report.findings where finding.tone == .nudge || finding.tone == .celebration {
        print("- \(finding.sentence)")
    }
    for suggestion in SuggestionEngine().suggest(SuggestionRequest(receiver: "sam", count: 2), in: context) {
        print("Idea for Sam: \(suggestion.title) (\(suggestion.reasons.joined(separator: "; ")))")
    }
} catch {
    print("Quickstart failed: \(error)")
    exit(1)
}
