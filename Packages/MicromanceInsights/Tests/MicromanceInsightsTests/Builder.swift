import Foundation
import MicromanceModel

@testable import MicromanceInsights

/// Builds journals for strategy tests: Alex and Sam, moments placed on days counted back from "today".
struct Builder {
    var journal: Journal
    let today: CalendarDay
    let zone: TimeZone
    private var n = 0

    init(
        today: String = "2026-11-24", zone: String = "UTC",
        sam: LoveLanguageProfile = LoveLanguageProfile([.touch: 5, .time: 3, .words: 2]),
        alex: LoveLanguageProfile = LoveLanguageProfile(ranking: [.service, .words])
    ) throws {
        guard let day = CalendarDay(today), let timeZone = TimeZone(identifier: zone) else { throw CocoaError(.coderInvalidValue) }
        self.today = day
        self.zone = timeZone
        journal = Journal(settings: JournalSettings(timeZone: zone))
        try journal.add(Partner(name: "Alex", profile: alex))
        try journal.add(Partner(name: "Sam", profile: sam))
    }

    /// Adds `count` moments `daysAgo` days before today, at noon local time.
    mutating func add(
        _ count: Int = 1, daysAgo: Int, from giver: Identifier<Partner> = "alex", language: LoveLanguage? = .service,
        title: String? = nil, gesture: Identifier<Gesture>? = nil, response: BidResponse? = nil,
        kind: MomentKind = .gesture, ritual: Identifier<Ritual>? = nil
    ) {
        for _ in 0..<count {
            n += 1
            let day = today.adding(days: -daysAgo)
            journal.moments.append(
                Moment(
                    id: Identifier("m\(n)"), at: day.start(in: zone).addingTimeInterval(12 * 3600), timeZone: zone.identifier,
                    giver: giver, receiver: giver == "alex" ? "sam" : "alex", title: title ?? "Gesture \(n)", gestureID: gesture,
                    language: language, response: response, kind: kind, ritualID: ritual))
        }
    }

    /// A context for the last `days` days as of noon today.
    func context(days: Int = 7, seed: UInt64 = 1) -> InsightContext {
        InsightContext(
            journal: journal, now: today.start(in: zone).addingTimeInterval(12 * 3600), fallbackTimeZone: zone,
            days: days, seed: seed)
    }
}
