import Foundation
import MicromanceModel

/// Random valid journals for property-based tests: every field type, awkward text
/// everywhere text goes (``ConformanceFixtures/hostileTexts``), unusual time zones, optional
/// fields present or not. The same seed gives the same journal, so a failure can be replayed.
public enum RandomJournals {
    /// A valid journal drawn with `random`, with up to `maxMoments` moments.
    public static func journal<G: RandomNumberGenerator>(using random: inout G, maxMoments: Int = 60) -> Journal {
        let texts = ConformanceFixtures.hostileTexts
        let titles = texts.filter { !$0.allSatisfy(\.isWhitespace) }
        func text() -> String { texts.randomElement(using: &random) ?? "" }
        func title() -> String { titles.randomElement(using: &random) ?? "x" }
        func maybe<T>(_ value: @autoclosure () -> T) -> T? { Bool.random(using: &random) ? value() : nil }
        func day() -> CalendarDay {
            CalendarDay(dayNumber: Int.random(in: 16_000...21_000, using: &random))
        }
        let names = ["Alex", "Sam", "Zoë 💞", "O'Neil, \"Sam\"", "=Robin", "日本"].shuffled(using: &random)
        var journal = Journal(
            settings: JournalSettings(
                dailyTarget: [0.5, 1, 2, 3.25].randomElement(using: &random) ?? 1,
                weekStart: Weekday.allCases.randomElement(using: &random) ?? .monday,
                timeZone: maybe(ConformanceFixtures.timeZones.randomElement(using: &random) ?? "UTC"),
                restDays: Array(Weekday.allCases.shuffled(using: &random).prefix(Int.random(in: 0...2, using: &random)))))
        for (index, name) in names.prefix(Int.random(in: 2...4, using: &random)).enumerated() {
            var weights = [LoveLanguage: Double]()
            for language in LoveLanguage.allCases { weights[language] = Double(Int.random(in: 0...40, using: &random)) / 8 }
            weights[.words] = (weights[.words] ?? 0) + 0.125  // never all zero
            var partner = Partner(
                id: Identifier("p\(index)-\(Int.random(in: 0...999, using: &random))"), name: name,
                profile: LoveLanguageProfile(weights),
                preferences: (0..<Int.random(in: 0...3, using: &random)).map { _ in text() },
                ideas: (0..<Int.random(in: 0...2, using: &random)).map { _ in text() })
            for number in 0..<Int.random(in: 0...2, using: &random) {
                let once = Bool.random(using: &random)
                partner.importantDates.append(
                    ImportantDate(
                        id: Identifier("d\(number)"), title: title(), month: Int.random(in: 1...12, using: &random),
                        day: Int.random(in: 1...28, using: &random),
                        year: once || Bool.random(using: &random) ? Int.random(in: 1950...2030, using: &random) : nil,
                        recurrence: once ? .once : .yearly))
            }
            for number in 0..<Int.random(in: 0...2, using: &random) {
                partner.stressors.append(Stressor(id: Identifier("s\(number)"), title: title(), day: maybe(day())))
            }
            journal.partners.append(partner)
        }
        let ids = journal.partners.map(\.id)
        for number in 0..<Int.random(in: 0...2, using: &random) {
            let cadences: [Cadence] = [
                .daily, .weekdays, .weekly([.monday, .thursday]),
                .everyNDays(Int.random(in: 1...9, using: &random), start: day()),
            ]
            journal.rituals.append(
                Ritual(
                    id: Identifier("r\(number)"), title: title(), cadence: cadences.randomElement(using: &random) ?? .daily,
                    participants: Array(ids.shuffled(using: &random).prefix(2)),
                    language: maybe(LoveLanguage.allCases.randomElement(using: &random) ?? .time)))
        }
        journal.settings.defaultGiver = maybe(ids[0])
        journal.settings.defaultReceiver = journal.settings.defaultGiver == nil ? nil : ids[1]
        for number in 0..<Int.random(in: 0...maxMoments, using: &random) {
            let pair = ids.shuffled(using: &random)
            let seconds =
                Double(Int.random(in: 1_400_000_000...1_800_000_000, using: &random))
                + Double(Int.random(in: 0...999, using: &random)) / 1000
            journal.moments.append(
                Moment(
                    id: Identifier("m\(number)-\(Int.random(in: 0...99_999, using: &random))"),
                    at: Date(timeIntervalSince1970: seconds),
                    timeZone: ConformanceFixtures.timeZones.randomElement(using: &random) ?? "UTC",
                    giver: pair[0], receiver: pair[1], title: title(),
                    gestureID: maybe(Identifier(Catalog.builtIn.gestures.randomElement(using: &random)?.id.rawValue ?? "long-hug")),
                    language: maybe(LoveLanguage.allCases.randomElement(using: &random) ?? .touch),
                    note: maybe(text()), response: maybe(BidResponse.allCases.randomElement(using: &random) ?? .toward),
                    kind: MomentKind.allCases.randomElement(using: &random) ?? .gesture,
                    ritualID: journal.rituals.isEmpty ? nil : maybe(journal.rituals.randomElement(using: &random)?.id).flatMap { $0 }))
        }
        // Drawn last, so that the records above stay what they were for each seed.
        for number in 0..<Int.random(in: 0...2, using: &random) {
            let seconds = Double(Int.random(in: 1_400_000_000...1_800_000_000, using: &random))
            journal.reflections.append(
                ReflectionAnswer(
                    id: Identifier("a\(number)"), at: Date(timeIntervalSince1970: seconds),
                    timeZone: ConformanceFixtures.timeZones.randomElement(using: &random) ?? "UTC",
                    partner: maybe(ids.randomElement(using: &random) ?? ids[0]), question: title(), answer: title()))
        }
        return journal
    }
}
