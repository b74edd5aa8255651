import Foundation

/// One logged micromance: a small act of care, a bid for connection, or thanks said out
/// loud, given by one partner to the other at a moment in time.
public struct Moment: Hashable, Sendable, Codable, Identifiable, CustomReflectable {
    /// A stable identifier, unique across every journal this moment is merged into.
    public var id: Identifier<Moment>
    /// When it happened, to the millisecond.
    public var at: Date
    /// The time zone it happened in (an IANA identifier such as `Europe/Paris`), which
    /// decides the local day it counts for: a day is the day of the person who lived it. A
    /// gesture given at 23:30 on a Thursday in Buenos Aires (`America/Argentina/Buenos_Aires`)
    /// counts for that Thursday, even in a journal whose home is Berlin, where it is already
    /// Friday. The CLI sets it to the giver's own zone (``JournalSettings/partnerTimeZones``),
    /// else the logging device's.
    public var timeZone: String {
        @inlinable get { sharedParties.timeZone }
        set {
            guard newValue != sharedParties.timeZone else { return }
            sharedParties = .shared(timeZone: newValue, giver: sharedParties.giver, receiver: sharedParties.receiver)
        }
    }
    /// Who gave it.
    public var giver: Identifier<Partner> {
        @inlinable get { sharedParties.giver }
        set {
            guard newValue != sharedParties.giver else { return }
            sharedParties = .shared(timeZone: sharedParties.timeZone, giver: newValue, receiver: sharedParties.receiver)
        }
    }
    /// Who received it.
    public var receiver: Identifier<Partner> {
        @inlinable get { sharedParties.receiver }
        set {
            guard newValue != sharedParties.receiver else { return }
            sharedParties = .shared(timeZone: sharedParties.timeZone, giver: sharedParties.giver, receiver: newValue)
        }
    }
    /// The giver, the receiver and the zone, in one record that the moments naming the same
    /// three share.
    public var parties: Parties {
        @inlinable get { sharedParties }
    }
    @usableFromInline var sharedParties: Parties
    /// What happened, in the user's words ("Made Sam's coffee").
    public var title: String
    /// The catalog gesture it matches, when there is one.
    public var gestureID: Identifier<Gesture>? {
        @inlinable get { optionalParts.gestureID }
        @inlinable set { optionalParts.gestureID = newValue }
    }
    /// A private note.
    public var note: String? {
        @inlinable get { optionalParts.note }
        @inlinable set { optionalParts.note = newValue }
    }
    /// The ritual this moment carried out, when it was one (schema version 2).
    public var ritualID: Identifier<Ritual>? {
        @inlinable get { optionalParts.ritualID }
        @inlinable set { optionalParts.ritualID = newValue }
    }
    /// The three optional texts, held together. With them as three fields of their own, the
    /// optimizer (Swift 6.3) builds each new moment, copies it (retaining every string) and
    /// frees the first copy: twice the reference counting, on strings the reading threads
    /// share, for each of the million moments a large journal loads. Nested, it builds it once.
    @usableFromInline var optionalParts: OptionalParts
    @usableFromInline struct OptionalParts: Hashable, Sendable {
        @usableFromInline var gestureID: Identifier<Gesture>?
        @usableFromInline var note: String?
        @usableFromInline var ritualID: Identifier<Ritual>?
        init(gestureID: Identifier<Gesture>?, note: String?, ritualID: Identifier<Ritual>?) {
            self.gestureID = gestureID
            self.note = note
            self.ritualID = ritualID
        }
    }
    /// When it was logged and when each field last changed, for merging copies (schema version 3).
    public var changes: Changes
    // The one-byte fields last, so that they share one word (a million moments are held at once).
    /// The love language it speaks; nil when it was not classified.
    public var language: LoveLanguage?
    /// For a bid: how the other partner answered.
    public var response: BidResponse?
    /// Whether this is a gesture, a bid or gratitude.
    public var kind: MomentKind

    /// Creates a moment. `at` is kept to the millisecond, the precision every store keeps.
    public init(
        id: Identifier<Moment>, at: Date, timeZone: String, giver: Identifier<Partner>,
        receiver: Identifier<Partner>, title: String, gestureID: Identifier<Gesture>? = nil,
        language: LoveLanguage? = nil, note: String? = nil, response: BidResponse? = nil,
        kind: MomentKind = .gesture, ritualID: Identifier<Ritual>? = nil, changes: Changes = Changes()
    ) {
        self.init(
            id: id, at: at, parties: .shared(timeZone: timeZone, giver: giver, receiver: receiver), title: title,
            gestureID: gestureID, language: language, note: note, response: response, kind: kind, ritualID: ritualID,
            changes: changes)
    }

    /// Creates a moment with a ``Parties`` record already made, to share it (the readers of
    /// large files keep one for each giver, receiver and zone they meet).
    public init(
        id: Identifier<Moment>, at: Date, parties: Parties, title: String, gestureID: Identifier<Gesture>? = nil,
        language: LoveLanguage? = nil, note: String? = nil, response: BidResponse? = nil, kind: MomentKind = .gesture,
        ritualID: Identifier<Ritual>? = nil, changes: Changes = Changes()
    ) {
        self.id = id
        self.at = Timestamp.normalized(at)
        self.sharedParties = parties
        self.title = title
        self.optionalParts = OptionalParts(gestureID: gestureID, note: note, ritualID: ritualID)
        self.language = language
        self.response = response
        self.kind = kind
        self.changes = changes
    }

    /// Reflection (`dump`, `print`, the field lists the tests keep) shows the public fields,
    /// not how the optional ones are held.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "id": id, "at": at, "timeZone": timeZone, "giver": giver, "receiver": receiver, "title": title,
                "gestureID": gestureID as Any, "note": note as Any, "ritualID": ritualID as Any, "changes": changes,
                "language": language as Any, "response": response as Any, "kind": kind,
            ], displayStyle: .struct)
    }

    /// The local calendar day it happened on, in its own time zone (the day as the giver lived it).
    /// Falls back to `fallback` when the recorded time zone is unknown to this system.
    public func day(fallback: TimeZone) -> CalendarDay {
        CalendarDay(at, in: TimeZone(identifier: timeZone) ?? fallback)
    }

    private enum CodingKeys: String, CodingKey {
        case id, at, timeZone, giver, receiver, title, gestureID = "gesture", language, note, response, kind, ritualID = "ritual", changes
    }

    /// Decodes a moment; `at` is an ISO 8601 timestamp with an offset.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Identifier<Moment>.self, forKey: .id)
        at = try c.decodeTimestamp(forKey: .at)
        sharedParties = .shared(
            timeZone: try c.decode(String.self, forKey: .timeZone), giver: try c.decode(Identifier<Partner>.self, forKey: .giver),
            receiver: try c.decode(Identifier<Partner>.self, forKey: .receiver))
        title = try c.decode(String.self, forKey: .title)
        optionalParts = OptionalParts(
            gestureID: try c.decodeIfPresent(Identifier<Gesture>.self, forKey: .gestureID),
            note: try c.decodeIfPresent(String.self, forKey: .note),
            ritualID: try c.decodeIfPresent(Identifier<Ritual>.self, forKey: .ritualID))
        language = try c.decodeIfPresent(LoveLanguage.self, forKey: .language)
        response = try c.decodeIfPresent(BidResponse.self, forKey: .response)
        kind = try c.decodeIfPresent(MomentKind.self, forKey: .kind) ?? .gesture
        changes = try c.decodeIfPresent(Changes.self, forKey: .changes) ?? Changes()
    }

    /// Encodes a moment; `at` is written with the offset of its own time zone, so the file
    /// shows the wall-clock time at which it happened.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encodeTimestamp(at, timeZone: timeZone, forKey: .at)
        try c.encode(timeZone, forKey: .timeZone)
        try c.encode(giver, forKey: .giver)
        try c.encode(receiver, forKey: .receiver)
        try c.encode(title, forKey: .title)
        try c.encodeIfPresent(gestureID, forKey: .gestureID)
        try c.encodeIfPresent(language, forKey: .language)
        try c.encodeIfPresent(note, forKey: .note)
        try c.encodeIfPresent(response, forKey: .response)
        try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(ritualID, forKey: .ritualID)
        if !changes.isImported { try c.encode(changes, forKey: .changes) }
    }
}
