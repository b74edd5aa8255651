// CustomStrategy: a new insight strategy plugged into the engine without touching the rest.
// For a long-distance couple, quality time is what they miss most, so this strategy weighs
// quality-time moments double and reports how much of the care crossed the distance that way.
// Run with `swift run CustomStrategy`.
import Foundation
import Micromance

/// Long-distance weighting: quality time counts double, and the finding says how much of the
/// period's care was time together (calls, watching something at once, letters read aloud).
struct LongDistanceStrategy: InsightStrategy {
    /// How much more a quality-time moment counts than others.
    var qualityTimeWeight = 2.0

    var id: String { "long-distance" }

    func findings(in context: InsightContext) -> [Finding] {
        let moments = context.momentsInPeriod
        guard !moments.isEmpty else {
            return [
                Finding(
                    strategy: id, topic: "time-together", tone: .notEnoughData,
                    sentence: "Nothing logged in this period yet.", numbers: [:])
            ]
        }
        let time = moments.filter { $0.language == .time }.count
        let weighted = Double(time) * qualityTimeWeight + Double(moments.count - time)
        let share = Double(time) * qualityTimeWeight / weighted
        return [
            Finding(
                strategy: id, topic: "time-together", tone: share >= 0.5 ? .celebration : .nudge,
                sentence: "Weighted for distance, \(Int((share * 100).rounded()))% of your care this period was time together.",
                numbers: ["timeMoments": Double(time), "moments": Double(moments.count), "weightedShare": share])
        ]
    }
}

let utc = TimeZone(identifier: "UTC") ?? .current
let now = Date(timeIntervalSince1970: 1_795_521_600)  // a fixed "now": 2026-11-24 12:00 UTC
var generator = SeededGenerator(seed: 7)

do {
    var journal = Journal(settings: JournalSettings(timeZone: "UTC"))
    try journal.add(Partner(name: "Ana"))
    try journal.add(Partner(name: "Ben"))
    for (daysAgo, title) in ["Surprise video call", "Voice note", "Watch party, same time apart", "Handwritten letter"].enumerated() {
        let gesture = Catalog.builtIn.bestMatch(for: title)
        try journal.log(
            Moment(
                id: .random(using: &generator), at: now.addingTimeInterval(Double(-daysAgo) * 86_400),
                timeZone: "UTC", giver: daysAgo % 2 == 0 ? "ana" : "ben", receiver: daysAgo % 2 == 0 ? "ben" : "ana",
                title: title, gestureID: gesture?.id, language: gesture?.primaryLanguage))
    }

    var engine = InsightEngine.standard
    engine.strategies.append(LongDistanceStrategy())
    let report = engine.report(InsightContext(journal: journal, now: now, fallbackTimeZone: utc, period: .week))
    for finding in report.findings(of: "long-distance") {
        print("[\(finding.strategy)] \(finding.sentence)")
        print("  numbers: \(finding.numbers.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", "))")
    }
    guard report.strategies.contains("long-distance") else {
        print("the custom strategy did not run")
        exit(1)
    }
} catch {
    print("CustomStrategy failed: \(error)")
    exit(1)
}
