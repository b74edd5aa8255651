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
    /// Whether the two strings are held in the same bits: the same short string stored inline,
    /// or the same storage at the same length. It implies `==` (not the other way round) and
    /// costs two compares, where `==` on two short strings that differ takes the library's
    /// slow path: loops over a million moments compare their ids with a handful of known ones
    /// this way first (most are the very strings a reader interned, or short).
    @_spi(MicromanceInternals)
    @inlinable
    public func sharesStorage(with other: String) -> Bool {
        guard MemoryLayout<String>.size == 16 else { return false }
        return withUnsafeBytes(of: self) { a in
            withUnsafeBytes(of: other) { b in
                a.loadUnaligned(as: UInt64.self) == b.loadUnaligned(as: UInt64.self)
                    && a.loadUnaligned(fromByteOffset: 8, as: UInt64.self) == b.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
            }
        }
    }

    /// Whether the text is empty or only white space and line breaks (Unicode's White_Space,
    /// and the zero-width space Foundation's `whitespacesAndNewlines` counts too). Cheap: it
    /// stops at the first other character and builds none of Foundation's character sets.
    var isBlank: Bool {
        // Most titles start with a printable ASCII character: no Unicode property lookup needed.
        if let first = utf8.first, first > 0x20, first < 0x7F { return false }
        return !unicodeScalars.contains { !$0.properties.isWhitespace && $0.value != 0x200B }
    }
}

extension Journal {
    /// The time zone identifier a mistyped one most likely means: the same letters in another
    /// case (`europe/oslo`), or one or two letters off (`Europe/Pariss`, `Amercia/Chicago`); nil
    /// when no known identifier is that close, or two are equally close.
    public static func suggestedTimeZone(for text: String) -> String? {
        // `CEST` or `pst`: the place the abbreviation stands for.
        if let meant = abbreviatedTimeZone(text) { return meant }
        let upper = text.uppercased()
        if upper == "UTC" || upper == "GMT" { return upper }
        // `+01:00`: the offset as the system names it (a fixed offset, which is warned about).
        if let sign = text.first, sign == "+" || sign == "-", text.count >= 3, text.dropFirst().allSatisfy({ $0.isNumber || $0 == ":" }),
            TimeZone(identifier: "UTC" + text) != nil
        {
            return "UTC" + text
        }
        // `London`, `new york`: the one identifier that ends with the city.
        if !text.contains("/") {
            let city = text.lowercased().replacingOccurrences(of: " ", with: "_")
            let places = TimeZone.knownTimeZoneIdentifiers.filter { $0.lowercased().split(separator: "/").last.map(String.init) == city }
            if places.count == 1 { return places[0] }
        }
        let wanted = Array(text.lowercased().utf8)
        guard !wanted.isEmpty, wanted.count <= 64 else { return nil }
        var best: String?
        var bestDistance = 3
        var tied = false
        for identifier in TimeZone.knownTimeZoneIdentifiers {
            let candidate = Array(identifier.lowercased().utf8)
            guard !candidate.isEmpty, abs(candidate.count - wanted.count) <= 2 else { continue }
            let distance = editDistance(wanted, candidate)
            if distance < bestDistance {
                (best, bestDistance, tied) = (identifier, distance, false)
            } else if distance == bestDistance, best != nil {
                tied = true
            }
        }
        return tied ? nil : best
    }

    /// The place an abbreviation such as `PST` or `BST` usually stands for
    /// (`America/Los_Angeles`, `Europe/London`), when `text` is one (in any case); nil for
    /// anything else, and for UTC and GMT, which mean one thing everywhere. An abbreviation
    /// makes a poor zone for a journal even where the system takes it: systems read some
    /// differently (this one reads `BST` as Bangladesh's time, not British Summer Time), and
    /// most stand for an offset that never changes for summer.
    public static func abbreviatedTimeZone(_ text: String) -> String? {
        let upper = text.uppercased()
        guard (2...5).contains(upper.utf8.count), upper.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }), upper != "UTC", upper != "GMT"
        else { return nil }
        return TimeZone.abbreviationDictionary[upper] ?? moreAbbreviations[upper]
    }

    /// Abbreviations people type that the system's table lacks (a new user's trial: AEST).
    private static let moreAbbreviations = [
        "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney", "ACST": "Australia/Adelaide", "ACDT": "Australia/Adelaide",
        "AWST": "Australia/Perth", "SAST": "Africa/Johannesburg", "WIB": "Asia/Jakarta", "IDT": "Asia/Jerusalem",
        "HKST": "Asia/Hong_Kong", "CHST": "Pacific/Guam",
    ]

    /// A caution for a zone that is a fixed offset from UTC (`UTC+2`, `GMT-05:00`,
    /// `Etc/GMT+2`): it never moves for summer time, so where the clocks change, the times and
    /// days it gives are an hour off for part of the year; and an `Etc/GMT` name counts the
    /// other way from what it seems (`Etc/GMT+2` is two hours behind UTC). Nil for any other
    /// zone, and for an offset of zero.
    public static func fixedOffsetCaution(for identifier: String) -> String? {
        // GMT is UTC itself, not London's clock, which moves to summer time (a new user's trial).
        if ["GMT", "ETC/GMT", "GMT0", "ETC/GMT0", "GMT+0", "GMT-0", "ETC/GMT+0", "ETC/GMT-0", "GREENWICH", "ETC/GREENWICH"].contains(
            identifier.uppercased())
        {
            return "'\(identifier)' is UTC itself: it never moves for summer time, so from March to October it is an hour behind "
                + "the clocks in London, Dublin or Lisbon; Europe/London (or the place's own identifier) follows them"
        }
        var rest = Substring(identifier.uppercased())
        let etc = rest.hasPrefix("ETC/")
        if etc { rest = rest.dropFirst(4) }
        guard rest.hasPrefix("UTC") || rest.hasPrefix("GMT") else { return nil }
        rest = rest.dropFirst(3)
        guard let sign = rest.first, sign == "+" || sign == "-", rest.dropFirst().contains(where: { $0.isNumber && $0 != "0" })
        else { return nil }
        var caution =
            "'\(identifier)' is a fixed offset from UTC: it never moves for summer time, so wherever the clocks change, "
            + "times and days read an hour off for part of the year; a place's identifier, such as Europe/Paris, follows the changes"
        if etc {
            let hours = rest.dropFirst()
            caution +=
                " (and mind the sign: \(identifier) is \(hours) hour\(hours == "1" ? "" : "s") \(sign == "+" ? "behind" : "ahead of") UTC, "
            caution += "as these names count the other way)"
        }
        return caution
    }

    /// What to say after "'…' is not a known time zone": the identifier meant, when one is
    /// close (``suggestedTimeZone(for:)``), or examples.
    public static func timeZoneAdvice(for text: String) -> String {
        suggestedTimeZone(for: text).map { "did you mean \($0)?" } ?? "use an identifier such as Europe/Paris or America/New_York"
    }

    /// Levenshtein's distance between two byte strings (insertions, deletions, replacements).
    private static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var previous = Array(0...b.count)
        var current = previous
        for i in a.indices {
            current[0] = i + 1
            for j in b.indices {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (a[i] == b[j] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Whether `identifier` names a time zone the system knows (`Europe/Paris`, `UTC`). An
    /// identifier is printable ASCII without spaces: the system's lookup accepts some strings
    /// with a control character after a known name ("UTC" and a NUL), which no store can keep.
    public static func isKnownTimeZone(_ identifier: String) -> Bool {
        !identifier.isEmpty && identifier.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F } && TimeZone(identifier: identifier) != nil
    }
}
