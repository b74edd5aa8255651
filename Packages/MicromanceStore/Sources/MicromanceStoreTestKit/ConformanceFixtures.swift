import Foundation
import MicromanceModel

/// Journals the conformance checks use; public so that backends can reuse them in their own tests.
public enum ConformanceFixtures {
    /// Text that breaks naive writers: delimiters, quotes, line breaks, formulas, control
    /// characters, combining marks, emoji, right-to-left script, and a long string.
    public static let hostileTexts: [String] = [
        "plain", "", " ", "comma, inside", "\"quoted\"", "she said \"\"hi\"\"", "line one\nline two", "crlf\r\nend", "lone\rcr",
        "=HYPERLINK(\"x\")", "+1", "-1", "@SUM(A1)", "\tstarts with tab", "'apostrophe", "''two", "back\\slash", "slash/",
        "Zoë 💞 日本語 مرحبا", "e\u{301} combining", "👩‍❤️‍👨 family", "\u{1}\u{1f}control", "trailing space ", "{\"json\": [1]}",
        String(repeating: "long, \"text\"\n", count: 800),
    ]

    /// Time zones with unusual offsets and daylight saving.
    public static let timeZones = [
        "UTC", "Europe/Paris", "Asia/Kolkata", "America/St_Johns", "Pacific/Kiritimati",
        "America/Los_Angeles", "Australia/Lord_Howe", "Asia/Kathmandu",
    ]

    /// A moment with a predictable id and time (one every 7 hours from 2026-01-01).
    public static func moment(index: Int, giver: Identifier<Partner>, receiver: Identifier<Partner>) -> Moment {
        let languages = LoveLanguage.allCases
        return Moment(
            id: Identifier(String(format: "c%015d", index)),
            at: Date(timeIntervalSince1970: 1_767_225_600 + Double(index) * 25_200 + Double(index % 1000) / 1000),
            timeZone: timeZones[index % timeZones.count], giver: giver, receiver: receiver,
            title: "Gesture \(index), with a comma", gestureID: index % 3 == 0 ? "long-hug" : nil,
            language: index % 6 == 5 ? nil : languages[index % languages.count],
            note: index % 4 == 0 ? "note \(index)\n\"quoted\", =1+1" : nil,
            response: index % 5 == 0 ? .toward : nil, kind: index % 5 == 0 ? .bid : .gesture)
    }

    /// Alex and Sam with `moments` moments alternating between them.
    public static func couple(moments: Int) throws -> Journal {
        var journal = Journal(settings: JournalSettings(timeZone: "Europe/Paris"))
        try journal.add(Partner(name: "Alex", profile: LoveLanguageProfile(ranking: [.service, .words])))
        try journal.add(Partner(name: "Sam", profile: LoveLanguageProfile([.touch: 5, .time: 3.5])))
        journal.moments.reserveCapacity(moments)
        for index in 0..<moments {
            journal.moments.append(
                moment(
                    index: index, giver: index % 2 == 0 ? "alex" : "sam",
                    receiver: index % 2 == 0 ? "sam" : "alex"))
        }
        return journal
    }

    /// A journal that sets every field of every type, with hostile text wherever text goes.
    public static func everyField() throws -> Journal {
        var journal = Journal(
            settings: JournalSettings(
                dailyTarget: 2.5, weekStart: .sunday, timeZone: "Asia/Kolkata",
                defaultGiver: "zoë", defaultReceiver: "sam-o-neil",
                restDays: [.saturday, .wednesday], partnerTimeZones: ["sam-o-neil": "America/Argentina/Buenos_Aires"]))
        journal.partners = [
            Partner(
                id: "zoë", name: "Zoë 💞 \"Z\", =1",
                profile: LoveLanguageProfile([.words: 0.1, .service: 1e-9, .gifts: 0, .time: 123_456.75, .touch: 3]),
                preferences: hostileTexts,
                stressors: [
                    Stressor(id: "rain", title: "Driving in the rain, at night"),
                    Stressor(id: "talk", title: "Talk\non Thursday", day: CalendarDay("2026-11-26")),
                ],
                importantDates: [
                    ImportantDate(id: "bday", title: "Birthday 🎂", month: 2, day: 29),
                    ImportantDate(id: "met", title: "=First date", month: 6, day: 1, year: 2019),
                    ImportantDate(id: "move", title: "Moving day", month: 1, day: 5, year: 2027, recurrence: .once),
                ],
                ideas: ["Breakfast in bed, \"Sunday\"", "=SUM(1)"]),
            Partner(id: "sam-o-neil", name: "Sam O'Neil", profile: .even),
        ]
        journal.rituals = [
            Ritual(id: "r1", title: "Morning coffee, together", cadence: .daily, participants: ["zoë", "sam-o-neil"], language: .time),
            Ritual(id: "r2", title: "Check-in", cadence: .weekdays, participants: ["sam-o-neil"]),
            Ritual(id: "r3", title: "Walk\n\"long\"", cadence: .weekly([.saturday, .sunday]), participants: ["zoë"], language: .touch),
            Ritual(id: "r4", title: "Letter", cadence: .everyNDays(14, start: try requireDay("2026-01-05")), participants: []),
        ]
        var index = 0
        for text in hostileTexts {
            for zone in [timeZones[index % timeZones.count]] {
                index += 1
                journal.moments.append(
                    Moment(
                        id: Identifier("h\(index)-\(text.unicodeScalars.count)"),
                        at: Date(timeIntervalSince1970: 1_774_746_000 + Double(index) * 3_601.125),
                        timeZone: zone, giver: index % 2 == 0 ? "zoë" : "sam-o-neil", receiver: index % 2 == 0 ? "sam-o-neil" : "zoë",
                        title: text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? "(blank)\(text)" : text,
                        gestureID: index % 2 == 0 ? Identifier(text.isEmpty ? "g" : text) : nil,
                        language: LoveLanguage.allCases[index % 5], note: text,
                        response: BidResponse.allCases[index % 3], kind: MomentKind.allCases[index % 3],
                        ritualID: index % 4 == 0 ? "r1" : nil))
            }
        }
        for (offset, text) in hostileTexts.enumerated() where !text.isBlankForFixture {
            journal.reflections.append(
                ReflectionAnswer(
                    id: Identifier("a\(offset)"), at: Date(timeIntervalSince1970: 1_774_750_000 + Double(offset) * 86_400.5),
                    timeZone: timeZones[offset % timeZones.count],
                    partner: offset % 3 == 2 ? nil : (offset % 2 == 0 ? "zoë" : "sam-o-neil"),
                    question: "What makes you feel seen, \"really\"?", answer: text))
        }
        // Instants far apart, on a leap day and across a daylight-saving change.
        for (offset, stamp) in [
            "1900-01-01T00:00:00Z", "2028-02-29T23:59:59.999+01:00", "2026-03-29T01:59:59+01:00",
            "2026-03-29T03:00:00+02:00", "2999-12-31T23:59:59Z",
        ].enumerated() {
            guard let at = Timestamp.parse(stamp) else { throw ConformanceFailure("fixture timestamp \(stamp)") }
            journal.moments.append(
                Moment(
                    id: Identifier("t\(offset)"), at: at, timeZone: "Europe/Paris", giver: "zoë",
                    receiver: "sam-o-neil", title: "Edge \(stamp)"))
        }
        try journal.validate()
        return journal
    }

    /// ``everyField()`` as two devices left it: every record stamped, fields changed after,
    /// set elements added and removed (with hostile text), a partner's own time zone, and a
    /// removed record of every kind. A store must keep all of it for merging to stay lossless.
    public static func replicated() throws -> Journal {
        var journal = try everyField()
        guard let phone = DeviceID("phone-1"), let laptop = DeviceID("laptop") else { throw ConformanceFailure("fixture devices") }
        func stamp(_ n: Int64, _ device: DeviceID) -> ChangeStamp {
            ChangeStamp(millis: 1_764_165_000_000 + n, counter: UInt32(n % 3), device: device)
        }
        for index in journal.moments.indices {
            journal.moments[index].changes = Changes(created: stamp(Int64(index), index % 2 == 0 ? phone : laptop))
        }
        journal.moments[1].changes.fields["note"] = stamp(900, laptop)
        journal.moments[1].changes.fields["response"] = stamp(901, phone)
        journal.partners[0].changes = Changes(created: stamp(1, phone), fields: ["name": stamp(50, laptop)])
        journal.partners[0].changes.elements[.init(field: "preferences", value: hostileTexts[1])] = .init(added: stamp(60, laptop))
        journal.partners[0].changes.elements[.init(field: "preferences", value: "gone = 100% \"x\", y")] =
            .init(added: stamp(61, laptop), removed: stamp(62, phone))
        journal.partners[0].stressors[0].changes = Changes(created: stamp(7, laptop))
        journal.partners[0].importantDates[1].changes = Changes(created: stamp(8, phone), fields: ["title": stamp(80, phone)])
        journal.rituals[0].changes = Changes(created: stamp(3, phone))
        journal.rituals[0].changes.elements[.init(field: "participants", value: "ghost")] = .init(
            added: stamp(4, phone), removed: stamp(5, laptop))
        journal.settings.partnerTimeZones = ["zoë": "Pacific/Chatham", "sam-o-neil": "America/St_Johns"]
        journal.settings.changes = Changes(
            created: stamp(0, phone), fields: ["dailyTarget": stamp(70, laptop), "zone:zoë": stamp(71, phone)])
        var gone = journal.moments.removeLast()
        gone.changes.removed = stamp(990, laptop)
        journal.removed.moments = [gone]
        journal.removed.partners = [
            Partner(
                id: "robin", name: "Robin, \"R\"", preferences: ["tea"],
                changes: Changes(created: stamp(9, phone), removed: stamp(99, phone)))
        ]
        var ritual = journal.rituals.removeLast()
        ritual.changes = Changes(created: stamp(10, phone), removed: stamp(100, laptop))
        journal.removed.rituals = [ritual]
        journal.reflections[0].changes = Changes(created: stamp(13, laptop), fields: ["answer": stamp(130, phone)])
        var answer = journal.reflections.removeLast()
        answer.changes = Changes(created: stamp(14, phone), removed: stamp(140, laptop))
        journal.removed.reflections = [answer]
        var stressor = journal.partners[0].stressors.removeLast()
        stressor.changes = Changes(created: stamp(11, laptop), removed: stamp(110, phone))
        journal.removed.stressors = [.init(partner: "zoë", record: stressor)]
        var date = journal.partners[0].importantDates.removeLast()
        date.changes = Changes(created: stamp(12, laptop), removed: stamp(120, laptop))
        journal.removed.dates = [.init(partner: "zoë", record: date)]
        try journal.validate()
        return journal
    }

    /// The stored fields of each kind of record that no record of `journal` sets to other
    /// than its default (`Moment.note`, say), found by reflection: a field added to a record
    /// is listed until the fixture gives it a value. Change stamps are left to the check of
    /// changes (``replicated()``).
    public static func fieldsLeftAtDefault(in journal: Journal) -> [String] {
        func unset<Record>(_ kind: String, _ records: [Record], _ blank: Record) -> [String] {
            let defaults = Mirror(reflecting: blank).children.compactMap { child in
                child.label.map { ($0, String(describing: child.value)) }
            }
            var set = Set<String>()
            for record in records {
                for child in Mirror(reflecting: record).children {
                    guard let label = child.label else { continue }
                    if defaults.first(where: { $0.0 == label })?.1 != String(describing: child.value) { set.insert(label) }
                }
            }
            return defaults.map(\.0).filter { $0 != "changes" && !set.contains($0) }.map { "\(kind).\($0)" }
        }
        let epoch = Date(timeIntervalSince1970: 0)
        let partners = journal.partners
        return unset("Moment", journal.moments, Moment(id: "m", at: epoch, timeZone: "", giver: "a", receiver: "a", title: ""))
            + unset("Partner", partners, Partner(id: "p", name: ""))
            + unset("Stressor", partners.flatMap(\.stressors), Stressor(id: "s", title: "", day: nil))
            + unset("ImportantDate", partners.flatMap(\.importantDates), ImportantDate(id: "d", title: "", month: 1, day: 1))
            + unset("Ritual", journal.rituals, Ritual(id: "r", title: "", cadence: .daily, participants: []))
            + unset("ReflectionAnswer", journal.reflections, ReflectionAnswer(id: "q", at: epoch, timeZone: "", question: "", answer: ""))
            + unset("JournalSettings", [journal.settings], JournalSettings())
    }

    private static func requireDay(_ text: String) throws -> CalendarDay {
        guard let day = CalendarDay(text) else { throw ConformanceFailure("fixture day \(text)") }
        return day
    }
}

extension String {
    /// Whether the text is empty or only white space (an answer must say something).
    fileprivate var isBlankForFixture: Bool { trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
}
