import Foundation

/// A partner's answer to a reflective question, kept in the journal so that the couple can
/// look back at what they wrote (schema version 4).
///
/// Answers are private text like notes: reports show them only where the user asked for the
/// report, and never outside the machine.
public struct ReflectionAnswer: Hashable, Sendable, Codable, Identifiable {
    /// A stable identifier.
    public var id: Identifier<ReflectionAnswer>
    /// When it was written, to the millisecond.
    public var at: Date
    /// The time zone it was written in (an IANA identifier), which decides its local day.
    public var timeZone: String
    /// Who wrote it, when known (nil when the couple answered together).
    public var partner: Identifier<Partner>?
    /// The question, as it was asked (with names filled in).
    public var question: String
    /// The answer, in the partner's words.
    public var answer: String
    /// When it was written and when each field last changed.
    public var changes: Changes

    /// Creates an answer. `at` is kept to the millisecond, the precision every store keeps.
    public init(
        id: Identifier<ReflectionAnswer>, at: Date, timeZone: String, partner: Identifier<Partner>? = nil,
        question: String, answer: String, changes: Changes = Changes()
    ) {
        self.id = id
        self.at = Timestamp.normalized(at)
        self.timeZone = timeZone
        self.partner = partner
        self.question = question
        self.answer = answer
        self.changes = changes
    }

    /// The local calendar day it was written on, in its own time zone, or in `fallback`
    /// when that zone is unknown to this system.
    public func day(fallback: TimeZone) -> CalendarDay {
        CalendarDay(at, in: TimeZone(identifier: timeZone) ?? fallback)
    }

    private enum CodingKeys: String, CodingKey { case id, at, timeZone, partner, question, answer, changes }

    /// Decodes an answer; `at` is an ISO 8601 timestamp with an offset.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Identifier<ReflectionAnswer>.self, forKey: .id)
        at = try c.decodeTimestamp(forKey: .at)
        timeZone = try c.decode(String.self, forKey: .timeZone)
        partner = try c.decodeIfPresent(Identifier<Partner>.self, forKey: .partner)
        question = try c.decode(String.self, forKey: .question)
        answer = try c.decode(String.self, forKey: .answer)
        changes = try c.decodeIfPresent(Changes.self, forKey: .changes) ?? Changes()
    }

    /// Encodes an answer, with `at` in the offset of its own time zone.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encodeTimestamp(at, timeZone: timeZone, forKey: .at)
        try c.encode(timeZone, forKey: .timeZone)
        try c.encodeIfPresent(partner, forKey: .partner)
        try c.encode(question, forKey: .question)
        try c.encode(answer, forKey: .answer)
        if !changes.isImported { try c.encode(changes, forKey: .changes) }
    }
}
