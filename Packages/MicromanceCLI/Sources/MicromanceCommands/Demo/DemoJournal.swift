import Foundation
import MicromanceModel

/// A made-up couple's journal for `micromance demo`: eight weeks of small gestures by Alex
/// and Sam, ending today, drawn from the catalog with a fixed seed so that it looks the same
/// every time for the same day. It lives in memory only.
enum DemoJournal {
    static func make(now: Date, timeZone: TimeZone, seed: UInt64 = 2026) -> Journal {
        var generator = SeededGenerator(seed: seed)
        let alex = Partner(
            id: "alex", name: "Alex", profile: LoveLanguageProfile([.service: 5, .words: 4, .time: 2, .touch: 2, .gifts: 1]),
            preferences: ["oat flat white", "quiet Sunday mornings"])
        let sam = Partner(
            id: "sam", name: "Sam", profile: LoveLanguageProfile([.touch: 5, .time: 4, .words: 2, .service: 1, .gifts: 1]),
            preferences: ["dark chocolate", "walks after dinner"],
            stressors: [Stressor(id: "drive", title: "Driving in the rain")])
        var journal = Journal(
            partners: [alex, sam],
            settings: JournalSettings(
                timeZone: timeZone.identifier, defaultGiver: "alex", defaultReceiver: "sam"))
        journal.rituals = [
            Ritual(id: "coffee", title: "Morning coffee together", cadence: .daily, participants: ["alex", "sam"], language: .time),
            Ritual(id: "walk", title: "Sunday walk", cadence: .weekly([.sunday]), participants: ["alex", "sam"], language: .time),
        ]
        let today = CalendarDay(now, in: timeZone)
        let catalog = Catalog.builtIn.gestures
        for offset in stride(from: 55, through: 0, by: -1) {
            let day = today.adding(days: -offset)
            // The rituals, kept most days.
            for (ritual, hour) in [("coffee", 7), ("walk", 16)] {
                guard ritual == "coffee" || day.weekday == .sunday, Int.random(in: 0..<10, using: &generator) < 8,
                    let at = localDate(day, minute: hour * 60 + Int.random(in: 0..<50, using: &generator), timeZone: timeZone),
                    at <= now
                else { continue }
                let title = ritual == "coffee" ? "Morning coffee together" : "Sunday walk"
                journal.moments.append(
                    Moment(
                        id: .random(using: &generator), at: at, timeZone: timeZone.identifier, giver: offset % 2 == 0 ? "alex" : "sam",
                        receiver: offset % 2 == 0 ? "sam" : "alex", title: title,
                        gestureID: ritual == "coffee" ? "morning-coffee-together" : "short-walk",
                        language: .time, kind: .gesture, ritualID: Identifier(ritual)))
            }
            // Most days one or two gestures; now and then a quiet day.
            let count = [0, 1, 1, 1, 2, 2, 1, 3][Int.random(in: 0..<8, using: &generator)]
            for _ in 0..<count {
                let fromAlex = Bool.random(using: &generator)
                let (giver, receiver) = fromAlex ? (alex, sam) : (sam, alex)
                // Lean towards what the receiver values most.
                let language = receiver.profile.ranking[min(4, Int.random(in: 0..<6, using: &generator) / 2)]
                let options = catalog.filter { $0.primaryLanguage == language }
                guard let gesture = options.randomElement(using: &generator) else { continue }
                // A time of day that suits the gesture: mornings for morning ideas, evenings for evening ones.
                let hours = gesture.contexts.contains(.morning) ? 7...9 : gesture.contexts.contains(.evening) ? 18...21 : 10...17
                let minute = Int.random(in: (hours.lowerBound * 60)...(hours.upperBound * 60 + 59), using: &generator)
                guard let at = localDate(day, minute: minute, timeZone: timeZone), at <= now else { continue }
                let isBid = Int.random(in: 0..<3, using: &generator) == 0
                let response: BidResponse? = isBid ? (Int.random(in: 0..<10, using: &generator) < 8 ? .toward : .away) : nil
                journal.moments.append(
                    Moment(
                        id: .random(using: &generator), at: at, timeZone: timeZone.identifier, giver: giver.id,
                        receiver: receiver.id, title: gesture.title, gestureID: gesture.id, language: language,
                        response: response, kind: isBid ? .bid : .gesture))
            }
        }
        journal.moments.sort { $0.at < $1.at }
        return journal
    }

    private static func localDate(_ day: CalendarDay, minute: Int, timeZone: TimeZone) -> Date? {
        DateInput.localDate(day, seconds: minute * 60, timeZone: timeZone)
    }
}
