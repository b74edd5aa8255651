import Foundation

extension Journal {
    /// The longest text (a moment's title or note) a journal holds, in UTF-8 bytes: 1 MiB,
    /// far more than any note needs, and a bound on what a hostile file can make it allocate.
    public static let maximumTextBytes = 1 << 20

    /// Checks the whole journal and throws the first problem found.
    public func validate() throws(JournalValidationError) {
        if let problem = problems().first { throw problem }
    }

    /// Every problem in the journal, in file order (partners, moments, rituals, settings).
    public func problems() -> [JournalValidationError] { problems(knowing: nil) }

    /// ``problems()``, told what a reader noted about the moments while it built them: when
    /// the survey covers them all and shows every moment passes (each on its own, every giver,
    /// receiver and ritual known), the moments are not looked at one by one again; only their
    /// ids, for repeats, on two threads. The answer is the same as without the survey.
    /// Exposed to the other Micromance packages only (SPI).
    @_spi(MicromanceInternals)
    public func problems(knowing survey: MomentSurvey?) -> [JournalValidationError] {
        var found = [JournalValidationError]()
        if schemaVersion > Journal.currentSchemaVersion {
            found.append(.unsupportedSchemaVersion(found: schemaVersion, supported: Journal.currentSchemaVersion))
        }
        var partnerIDs = Set<Identifier<Partner>>()
        var names = Set<String>()
        for partner in partners {
            do { try validate(partner) } catch { found.append(error) }
            if !partnerIDs.insert(partner.id).inserted { found.append(.duplicateID(kind: "partner", id: partner.id.rawValue)) }
            if !names.insert(partner.name.lowercased()).inserted { found.append(.duplicateName(partner.name)) }
        }
        // A million moments are checked here on every load, so this loop avoids hashing with
        // SipHash: repeated ids are found by DuplicateFinder (on a second thread for a large
        // journal, while this one checks each moment), partners (a handful) are compared in
        // place, and time zones are kept in a short list. A reader that surveyed the moments
        // as it built them spares this loop altogether.
        let all = moments
        var momentProblems = [(index: Int, problem: JournalValidationError)]()
        // A moment may name a ritual or partner that a merge removed since: removed records
        // are kept (``Journal/removed``), so the moment still says who and what.
        let ritualIDsKnown = Set(rituals.map(\.id) + removed.rituals.map(\.id))
        let partnerList = partners.map(\.id) + removed.partners.map(\.id)
        partnerIDs.formUnion(removed.partners.map(\.id))
        // A journal uses a few zones: a short list beats hashing each moment's zone.
        var zones = [String]()
        var manyZones = Set<String>()
        let duplicatesFound: () -> [Int]
        if let survey, survey.count == all.count, survey.eachPassesOnItsOwn,
            survey.people.allSatisfy({ Self.contains(partnerList, Identifier($0)) }),
            survey.rituals.allSatisfy({ ritualIDsKnown.contains(Identifier($0)) })
        {
            // Every moment passes: only the ids are left to compare, and nothing else waits.
            zones = survey.zones
            let found = DuplicateFinder.laterDuplicates(count: all.count, threads: 2) { all[$0].id.rawValue }
            duplicatesFound = { found }
        } else {
            duplicatesFound = DuplicateFinder.laterDuplicatesAlongside(count: all.count) { all[$0].id.rawValue }
            moments.withUnsafeBufferPointer { moments in
                guard let base = moments.baseAddress else { return }
                for index in moments.indices {
                    if let problem = check(base + index, partners: partnerList, checkZone: false) {
                        momentProblems.append((index, problem))
                    }
                    if let ritual = moments[index].ritualID, !ritualIDsKnown.contains(ritual) {
                        momentProblems.append((index, .unknownRitual(id: ritual.rawValue, in: "moment \(moments[index].id)")))
                    }
                    if zones.count < 16 {
                        if !zones.contains(moments[index].timeZone) { zones.append(moments[index].timeZone) }
                    } else {
                        manyZones.insert(moments[index].timeZone)
                    }
                }
            }
        }
        // In file order: a moment's own problems, then its id when an earlier moment has it.
        let duplicates = duplicatesFound()
        var nextDuplicate = 0
        func duplicatesBefore(_ end: Int) {
            while nextDuplicate < duplicates.count, duplicates[nextDuplicate] < end {
                found.append(.duplicateID(kind: "moment", id: moments[duplicates[nextDuplicate]].id.rawValue))
                nextDuplicate += 1
            }
        }
        for (index, problem) in momentProblems {
            duplicatesBefore(index)
            found.append(problem)
        }
        duplicatesBefore(moments.count)
        // Each distinct time zone is looked up once, not once per moment.
        for zone in manyZones.union(zones).sorted() where !Journal.isKnownTimeZone(zone) {
            let first = moments.first { $0.timeZone == zone }
            found.append(.invalidTimeZone(zone, in: "moment \(first?.id.rawValue ?? "?")"))
        }
        var ritualIDs = Set<Identifier<Ritual>>()
        for ritual in rituals {
            if let problem = check(ritual, partners: partnerIDs) { found.append(problem) }
            if !ritualIDs.insert(ritual.id).inserted { found.append(.duplicateID(kind: "ritual", id: ritual.id.rawValue)) }
        }
        var answerIDs = Set<Identifier<ReflectionAnswer>>()
        for answer in reflections {
            do { try validate(answer, partners: partnerIDs) } catch { found.append(error) }
            if !answerIDs.insert(answer.id).inserted { found.append(.duplicateID(kind: "reflection", id: answer.id.rawValue)) }
        }
        if !(settings.dailyTarget.isFinite && settings.dailyTarget > 0 && settings.dailyTarget <= Journal.maximumDailyTarget) {
            found.append(.invalidDailyTarget(settings.dailyTarget))
        }
        if let zone = settings.timeZone, !Journal.isKnownTimeZone(zone) {
            found.append(.invalidTimeZone(zone, in: "settings"))
        }
        // A partner's own zone decides the time of what is logged from them: a typo there would
        // read their "08:00" in another zone (found by a new user's trial).
        for (partner, zone) in settings.partnerTimeZones.sorted(by: { $0.key.rawValue < $1.key.rawValue })
        where !Journal.isKnownTimeZone(zone) {
            found.append(.invalidTimeZone(zone, in: "settings, \(partner.rawValue)'s own zone"))
        }
        for (field, id) in [("defaultGiver", settings.defaultGiver), ("defaultReceiver", settings.defaultReceiver)] {
            if let id, !partnerIDs.contains(id) {
                found.append(.unknownPartner(id: id.rawValue, field: field, in: "settings"))
            }
        }
        return found
    }

    /// Checks one partner on its own.
    public func validate(_ partner: Partner) throws(JournalValidationError) {
        let place = "partner \(partner.id)"
        if partner.name.isBlank { throw .emptyName }
        if !partner.profile.isValid { throw .invalidProfile(partner: partner.id.rawValue) }
        for date in partner.importantDates {
            if date.title.isBlank { throw .emptyTitle(in: "\(place) date \(date.id)") }
            let year = date.year ?? 2000  // a leap year, so 29 February is allowed for yearly dates
            if CalendarDay(year: year, month: date.month, day: date.day) == nil
                || (date.recurrence == .once && date.year == nil)
            {
                throw .invalidDate("\(date.year.map(String.init) ?? "????")-\(date.month)-\(date.day)", in: "\(place) date \(date.id)")
            }
        }
        for stressor in partner.stressors where stressor.title.isBlank {
            throw .emptyTitle(in: "\(place) stressor \(stressor.id)")
        }
    }

    /// Checks one answer to a reflective question against the journal's partners.
    public func validate(_ answer: ReflectionAnswer) throws(JournalValidationError) {
        try validate(answer, partners: Set(partners.map(\.id) + removed.partners.map(\.id)))
    }

    private func validate(_ answer: ReflectionAnswer, partners: Set<Identifier<Partner>>) throws(JournalValidationError) {
        let place = "reflection \(answer.id)"
        if answer.answer.isBlank { throw .emptyText(field: "answer", in: place) }
        if answer.question.isBlank { throw .emptyText(field: "question", in: place) }
        for (field, text) in [("answer", answer.answer), ("question", answer.question)] where text.utf8.count > Journal.maximumTextBytes {
            throw .textTooLong(field: field, bytes: text.utf8.count, in: place)
        }
        if !Timestamp.supportedRange.contains(answer.at) { throw .invalidDate(Self.shown(answer.at), in: place) }
        if let partner = answer.partner, !partners.contains(partner) {
            throw .unknownPartner(id: partner.rawValue, field: "partner", in: place)
        }
        if !Journal.isKnownTimeZone(answer.timeZone) { throw .invalidTimeZone(answer.timeZone, in: place) }
    }

    /// Checks one moment against the journal's partners.
    public func validate(_ moment: Moment) throws(JournalValidationError) {
        let problem = withUnsafePointer(to: moment) { check($0, partners: partners.map(\.id), checkZone: true) }
        if let problem { throw problem }
        if let ritual = moment.ritualID, !rituals.contains(where: { $0.id == ritual }) {
            throw .unknownRitual(id: ritual.rawValue, in: "moment \(moment.id)")
        }
    }

    /// The first problem of the moment at `pointer`, read in place: for a million moments,
    /// copying each one (and retaining its strings) costs more than checking it.
    private func check(_ pointer: UnsafePointer<Moment>, partners: [Identifier<Partner>], checkZone: Bool) -> JournalValidationError? {
        if let problem = Self.ownProblem(pointer) { return problem }
        // Built only when there is a problem: this runs for every moment of a large journal.
        var place: String { "moment \(pointer.pointee.id)" }
        if !Self.contains(partners, pointer.pointee.giver) {
            return .unknownPartner(id: pointer.pointee.giver.rawValue, field: "giver", in: place)
        }
        if !Self.contains(partners, pointer.pointee.receiver) {
            return .unknownPartner(id: pointer.pointee.receiver.rawValue, field: "receiver", in: place)
        }
        if Self.givesToItself(pointer) {
            return .giverIsReceiver(partner: pointer.pointee.giver.rawValue, moment: pointer.pointee.id.rawValue)
        }
        if checkZone, !Journal.isKnownTimeZone(pointer.pointee.timeZone) { return .invalidTimeZone(pointer.pointee.timeZone, in: place) }
        return nil
    }

    /// The first problem of the moment at `pointer` that needs nothing but the moment: a
    /// blank title, a time out of range, a text too long.
    private static func ownProblem(_ pointer: UnsafePointer<Moment>) -> JournalValidationError? {
        var place: String { "moment \(pointer.pointee.id)" }
        if pointer.pointee.title.isBlank { return .emptyTitle(in: place) }
        if !Timestamp.supportedRange.contains(pointer.pointee.at) { return .invalidDate(shown(pointer.pointee.at), in: place) }
        if pointer.pointee.title.utf8.count > Journal.maximumTextBytes {
            return .textTooLong(field: "title", bytes: pointer.pointee.title.utf8.count, in: place)
        }
        if let note = pointer.pointee.note, note.utf8.count > Journal.maximumTextBytes {
            return .textTooLong(field: "note", bytes: note.utf8.count, in: place)
        }
        return nil
    }

    /// An instant as a message shows it: its UTC day and time, years beyond four digits too
    /// (Foundation describes such a date as "<description unavailable>").
    static func shown(_ date: Date) -> String {
        let seconds = Int(max(-1e15, min(1e15, date.timeIntervalSince1970.rounded(.down))))
        let day = CalendarDay(dayNumber: CivilDate.floorDiv(seconds, 86_400))
        let time = seconds - CivilDate.floorDiv(seconds, 86_400) * 86_400
        return "\(day) \(String(format: "%02d:%02d", time / 3_600, time / 60 % 60)) UTC"
    }

    @inline(__always)
    private static func givesToItself(_ pointer: UnsafePointer<Moment>) -> Bool {
        pointer.pointee.giver.rawValue.sharesStorage(with: pointer.pointee.receiver.rawValue)
            || pointer.pointee.giver == pointer.pointee.receiver
    }

    /// Whether the moment at `pointer` passes every check that needs nothing but the moment
    /// itself (a title that is not blank, a time in range, texts not too long, a giver who is
    /// not the receiver). A reader asks it of each moment it builds, on its own thread, to
    /// fill a ``MomentSurvey``. Exposed to the other Micromance packages only (SPI).
    @_spi(MicromanceInternals)
    public static func passesItsOwnChecks(_ pointer: UnsafePointer<Moment>) -> Bool {
        ownProblem(pointer) == nil && !givesToItself(pointer)
    }

    /// Whether `id` is among `partners` (a handful), looked for by storage first.
    @inline(__always)
    private static func contains(_ partners: [Identifier<Partner>], _ id: Identifier<Partner>) -> Bool {
        partners.contains { $0.rawValue.sharesStorage(with: id.rawValue) } || partners.contains(id)
    }

    private func check(_ ritual: Ritual, partners: Set<Identifier<Partner>>) -> JournalValidationError? {
        let place = "ritual \(ritual.id)"
        if ritual.title.isBlank { return .emptyTitle(in: place) }
        for id in ritual.participants where !partners.contains(id) {
            return .unknownPartner(id: id.rawValue, field: "participant", in: place)
        }
        if case .weekly(let days) = ritual.cadence, days.isEmpty { return .invalidCadence(ritual: ritual.id.rawValue) }
        if case .everyNDays(let n, _) = ritual.cadence, n < 1 { return .invalidCadence(ritual: ritual.id.rawValue) }
        return nil
    }
}

/// What a reader noted about the moments of a journal while it built them, on its own
/// threads: enough for ``Journal/problems(knowing:)`` not to look at each of a million moments
/// again. Exposed to the other Micromance packages only (SPI).
@_spi(MicromanceInternals)
public struct MomentSurvey: Sendable, Equatable {
    /// How many moments it covers; a journal with another count is checked one by one.
    public var count: Int
    /// Whether every moment passed ``Journal/passesItsOwnChecks(_:)``.
    public var eachPassesOnItsOwn: Bool
    /// Every giver and receiver the moments name, each once.
    public var people: [String]
    /// Every ritual the moments name, each once.
    public var rituals: [String]
    /// Every time zone the moments name, each once.
    public var zones: [String]

    /// A survey of `count` moments.
    public init(count: Int, eachPassesOnItsOwn: Bool, people: [String], rituals: [String], zones: [String]) {
        self.count = count
        self.eachPassesOnItsOwn = eachPassesOnItsOwn
        self.people = people
        self.rituals = rituals
        self.zones = zones
    }
}

extension String {
    /// Whether the text is empty or only white space and line breaks (Unicode's White_Space,
    /// and the zero-width space Foundation's `whitespacesAndNewlines` counts too). Cheap: it
    /// stops at the first other character and builds none of Foundation's character sets.
    var isBlank: Bool {
        // Most titles start with a printable ASCII character: no Unicode property lookup needed.
        if let first = utf8.first, first > 0x20, first < 0x7F { return false }
        return !unicodeScalars.contains { !$0.properties.isWhitespace && $0.value != 0x200B }
    }
}
