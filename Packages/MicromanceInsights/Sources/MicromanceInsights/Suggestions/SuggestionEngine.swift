import Foundation
import MicromanceModel

/// Ranks gesture ideas for a receiver: the built-in catalog plus the receiver's own ideas.
///
/// Each candidate's score adds up:
/// - **fit**: the receiver's profile share of the gesture's primary language (secondary
///   languages count a third), scaled so the receiver's top language scores 1;
/// - **learned**: how often the receiver turned toward that language (±0.5 around an even rate),
///   once at least three responses are logged;
/// - **recency**: −1 if done for them in the last 3 days, −0.4 in the last 7; +0.1 if never done;
/// - **context**: +0.4 for each requested situation the gesture suits; +0.2 when it suits the
///   time of day; +0.3 for support gestures when a stressor is today or tomorrow, and for
///   celebrations when an important date is within three days (+0.6 on the day, the reason
///   naming it). When `apart` is requested, or the two are in different time zones, gestures
///   that need you there are left out;
/// - **variety**: −0.2 when the language already had more than its profile share in the last 7 days;
/// - **own ideas**: +0.6 for the receiver's own ideas, which the couple wrote for a reason
///   (apart, −0.5 instead for one that may need you there); an
///   idea then ranks by its fit like any gesture (its language is the one the couple gave it,
///   else the one its words speak), so an idea in the receiver's top language leads the list.
///
/// Ties are broken by a generator seeded from the context's seed, so the same inputs always
/// give the same list. Each suggestion carries the reasons that moved it.
public struct SuggestionEngine: Sendable {
    /// The built-in gestures considered (plus each receiver's own ideas).
    public var catalog: Catalog

    /// An engine over a catalog (the built-in one by default).
    public init(catalog: Catalog = .builtIn) { self.catalog = catalog }

    /// Catalog gestures that only make sense when the partners' clocks differ, left out when
    /// they do not (however far apart they are).
    static let needTimeDifference: Set<Identifier<Gesture>> = ["timezone-good-morning"]

    /// The best `request.count` suggestions, best first.
    public func suggest(_ request: SuggestionRequest, in context: InsightContext) -> [Suggestion] {
        guard let receiver = context.journal.partner(request.receiver) else { return [] }
        let profile = receiver.profile
        let topShare = LoveLanguage.allCases.map(profile.share(of:)).max() ?? 0
        let learned = LearnedPreferences(receiver: receiver.id, in: context)
        let today = context.today
        // When each gesture (by catalog id, or by title for free text) was last done for them.
        var lastDone = [String: CalendarDay]()
        var lastByGesture = [Identifier<Gesture>: Int]()
        var lastByTitle = [String: Int]()
        var recentLanguages = [LoveLanguage: Int]()
        let weekAgo = today.adding(days: -6).dayNumber
        let moments = context.journal.moments
        // A context made from a history knows the last day of every gesture and title from it;
        // its journal holds the days around the period, which cover the week counted here.
        let given = context.history?.given
        for row in given ?? [] where row.receiver == receiver.id {
            let day = row.day.dayNumber
            if let gesture = row.gesture, day > lastByGesture[gesture] ?? Int.min { lastByGesture[gesture] = day }
            if day > lastByTitle[row.title] ?? Int.min { lastByTitle[row.title] = day }
        }
        for index in moments.indices where moments[index].receiver == receiver.id {
            let moment = moments[index]
            let day = context.momentDays[index]
            if given == nil {
                if let gesture = moment.gestureID, day > lastByGesture[gesture] ?? Int.min { lastByGesture[gesture] = day }
                if day > lastByTitle[moment.title] ?? Int.min { lastByTitle[moment.title] = day }
            }
            if day >= weekAgo, let language = moment.language { recentLanguages[language, default: 0] += 1 }
        }
        for (gesture, day) in lastByGesture { lastDone["id:" + gesture.rawValue] = CalendarDay(dayNumber: day) }
        for (title, day) in lastByTitle {
            var keys = ["title:" + title.lowercased()]
            // A title that carried out one of their own ideas in other words ("pancakes in
            // bed, the usual" for the idea "Sunday pancakes") counts as that idea done.
            if let idea = Catalog.idea(carriedOutBy: title, in: receiver.ownIdeas) { keys.append("title:" + idea.text.lowercased()) }
            for key in keys where day > lastDone[key]?.dayNumber ?? Int.min { lastDone[key] = CalendarDay(dayNumber: day) }
        }
        let recentTotal = recentLanguages.values.reduce(0, +)
        let upcoming = ComingUpStrategy.upcoming(in: context.journal, now: context.now, fallback: context.timeZone, days: 3)
            .filter { $0.partner == receiver.id }
        // The nearest hard day today or tomorrow, said in the reason by its name and day.
        let hardDay = upcoming.filter { $0.isStressor && $0.inDays <= 1 }.min { $0.inDays < $1.inDays }
        // Ideas for a journey ("Check in on a drive they dread") fit a hard day only when it is
        // one: a new user's trial was offered them first for an exam and for a day of grief.
        let journey = hardDay.map { Self.speaksOfAJourney($0.title) } ?? false
        // Asking how it went is for afterwards: lifted the day after a hard day, not before it
        // (a trial was offered it first the day before a thesis defence, and at 01:30 on the day).
        let yesterday = ComingUpStrategy.today(of: receiver.id, in: context).adding(days: -1)
        let followUp = receiver.stressors.first { $0.day == yesterday }
        // The nearest of their dates, said in the reason ("Birthday today"), weighing most on the day.
        let date = upcoming.filter { !$0.isStressor }.min { $0.inDays < $1.inDays }
        // The receiver's own hour decides "fits the morning"; partners in different time zones
        // are apart, and get only what works at a distance (a call, a letter, a playlist).
        let settings = context.journal.settings
        let receiverZone = settings.timeZone(of: receiver.id).flatMap(TimeZone.init(identifier:)) ?? context.timeZone
        let giver = context.journal.otherPartner(than: receiver.id)
        let giverZone = giver.flatMap { settings.timeZone(of: $0.id) }.flatMap(TimeZone.init(identifier:)) ?? context.timeZone
        let timeDifference = receiverZone.secondsFromGMT(for: context.now) != giverZone.secondsFromGMT(for: context.now)
        let apart = request.contexts.contains(.apart) || timeDifference
        let hour = Int(Timestamp.format(context.now, in: receiverZone).dropFirst(11).prefix(2)) ?? 12
        let timeOfDay: GestureContext? = (5..<11).contains(hour) ? .morning : (17..<24).contains(hour) ? .evening : nil

        var candidates = catalog.gestures.map { Candidate(gesture: $0) }
        for idea in receiver.ownIdeas {
            let match = catalog.match(idea.text)
            candidates.append(Candidate(idea: idea, matched: match.gesture, guessed: match.language))
        }
        // What the partner is known to like points at gestures ("oat flat white" at their coffee).
        var liked = [Identifier<Gesture>: String]()
        for preference in receiver.preferences {
            if let gesture = catalog.match(preference).gesture, liked[gesture.id] == nil { liked[gesture.id] = preference }
        }
        var generator = SeededGenerator(seed: context.seed ^ 0x5EED)
        var scored = [(suggestion: Suggestion, tieBreak: UInt64)]()
        for candidate in candidates {
            // Apart, a catalog gesture must work at a distance; the partner's own ideas (which
            // match nothing) are theirs to judge.
            if apart, !candidate.contexts.contains(.apart), candidate.gestureID != nil || !candidate.contexts.isEmpty { continue }
            // A message timed "across the time difference" needs one (a new user's trial was
            // offered it first, both partners in one zone).
            if !timeDifference, let id = candidate.gestureID, Self.needTimeDifference.contains(id) { continue }
            var score = 0.0
            var reasons = [String]()
            if candidate.gestureID == nil, !apart {
                // Their own ideas know them best: they rank with the best fits of the catalog.
                score += 0.6
                reasons.append("one of your own ideas for \(receiver.name)")
            } else if candidate.gestureID == nil, !candidate.contexts.contains(.apart) {
                // Apart, an idea whose words say nothing of distance may need you there: it
                // stays on the list, below what is known to work at a distance ("Sauna evening
                // together" led every day of a partner's week abroad).
                score -= 0.5
                reasons.append("one of your own ideas for \(receiver.name), for when you are together")
            }
            if let id = candidate.gestureID, let preference = liked[id] {
                score += 0.4
                reasons.append("\(receiver.name) likes \(preference)")
            }
            if let language = candidate.languages.first, topShare > 0 {
                var fit = profile.share(of: language)
                for other in candidate.languages.dropFirst() { fit += profile.share(of: other) / 3 }
                fit = min(1, fit / topShare)
                score += fit
                // The reason names the language that ranks: a words idea that also speaks
                // service fits a partner who values service, not words (a new user's trial was
                // told words "ranks high" where it was tied for last).
                let ranksHigh = { (other: LoveLanguage) in profile.share(of: other) / topShare >= 0.6 }
                if profile.primary == language {
                    reasons.append("\(language.displayName) is what \(receiver.name) values most")
                } else if fit >= 0.6, profile.primary != nil, ranksHigh(language) {
                    reasons.append("\(language.displayName) ranks high in \(receiver.name)'s profile")
                } else if fit >= 0.6, profile.primary != nil,
                    let other = candidate.languages.dropFirst().first(where: { profile.primary == $0 || ranksHigh($0) })
                {
                    let rank =
                        profile.primary == other ? "what \(receiver.name) values most" : "which ranks high in \(receiver.name)'s profile"
                    reasons.append("it is \(other.displayName.lowercased()) too, \(rank)")
                }
                if let rate = learned.rate(language, minimum: 3) {
                    score += rate - 0.5
                    if rate >= 0.75 {
                        reasons.append(
                            "\(receiver.name) turned toward \(Int((rate * 100).rounded()))% of \(language.displayName.lowercased()) gestures"
                        )
                    }
                }
                if recentTotal >= 3, Double(recentLanguages[language] ?? 0) / Double(recentTotal) > profile.share(of: language) + 0.2 {
                    score -= 0.2
                }
            }
            if let day = candidate.keys.compactMap({ lastDone[$0] }).max() {
                let ago = day.days(until: today)
                if ago <= 3 {
                    score -= 1
                } else if ago <= 7 {
                    score -= 0.4
                } else {
                    reasons.append("last done \(ago) days ago")
                }
            } else {
                score += 0.1
                reasons.append("something new for \(receiver.name)")
            }
            let matched = request.contexts.intersection(candidate.contexts).sorted()
            if !matched.isEmpty {
                score += 0.4 * Double(matched.count)
                reasons.append("suits \(matched.map(\.rawValue).joined(separator: " and "))")
            }
            if let timeOfDay, candidate.contexts.contains(timeOfDay), !request.contexts.contains(timeOfDay) {
                score += 0.2
                reasons.append("fits the \(timeOfDay.rawValue)")
            }
            if let followUp, candidate.gestureID == Self.askAfterwards {
                score += 0.6
                reasons.append("\(receiver.name)'s \(followUp.title) was yesterday")
            } else if let hardDay, candidate.contexts.contains(.stress), candidate.gestureID != Self.askAfterwards,
                journey || !(candidate.gestureID.map(Self.journeyGestures.contains) ?? false)
            {
                score += 0.3
                reasons.append("\(receiver.name)'s \(hardDay.title) is \(hardDay.inDays == 0 ? "today" : "tomorrow")")
            }
            if let date, candidate.contexts.contains(.celebration) {
                score += date.inDays == 0 ? 0.6 : 0.3
                let when = date.inDays == 0 ? "today" : date.inDays == 1 ? "tomorrow" : "in \(date.inDays) days"
                reasons.append("\(date.title) \(when)")
            }
            scored.append(
                (
                    Suggestion(
                        gestureID: candidate.gestureID, title: candidate.title, detail: candidate.detail,
                        language: candidate.languages.first, effortMinutes: candidate.effort,
                        score: score, reasons: reasons), generator.next()
                ))
        }
        scored.sort { $0.suggestion.score != $1.suggestion.score ? $0.suggestion.score > $1.suggestion.score : $0.tieBreak < $1.tieBreak }
        return scored.prefix(max(0, request.count)).map(\.suggestion)
    }

    /// A catalog gesture or one of the partner's own ideas, in one shape.
    private struct Candidate {
        var gestureID: Identifier<Gesture>?
        var title: String
        var detail: String?
        var languages: [LoveLanguage]
        var contexts: Set<GestureContext>
        var effort: Int?
        var keys: [String]

        init(gesture: Gesture) {
            gestureID = gesture.id
            title = gesture.title
            detail = gesture.detail
            languages = gesture.languages
            contexts = gesture.contexts
            effort = gesture.effortMinutes
            keys = ["id:" + gesture.id.rawValue, "title:" + gesture.title.lowercased()]
        }

        /// An own idea speaks the language the couple gave it, else the one of the catalog
        /// gesture it resembles or of its words; it takes that gesture's situations, if any.
        init(idea: OwnIdea, matched: Gesture?, guessed: LoveLanguage?) {
            gestureID = nil
            title = idea.text
            detail = nil
            if let language = idea.language {
                languages = [language] + (matched?.languages ?? []).filter { $0 != language }
            } else {
                languages = matched?.languages ?? guessed.map { [$0] } ?? []
            }
            contexts = matched?.contexts ?? []
            effort = matched?.effortMinutes
            keys = ["title:" + idea.text.lowercased()]
        }
    }
}

extension SuggestionEngine {
    /// Catalog ideas for a journey or a drive, which fit a hard day only when it is one.
    static let journeyGestures: Set<Identifier<Gesture>> = ["text-when-you-arrive", "rain-drive-check"]
    /// The catalog idea of asking how a hard day went, lifted the day after one.
    static let askAfterwards: Identifier<Gesture> = "ask-after-the-event"

    /// Whether a hard day's title speaks of travelling ("Driving to Porto", "Night flight").
    static func speaksOfAJourney(_ title: String) -> Bool {
        let words = title.lowercased().split { !$0.isLetter }
        let journeys = [
            "drive", "driving", "drives", "flight", "flying", "fly", "trip", "travel", "travelling", "traveling",
            "journey", "commute", "road", "motorway", "highway", "train", "bus", "ferry", "move", "moving", "airport",
        ]
        return words.contains { journeys.contains(String($0)) }
    }
}
