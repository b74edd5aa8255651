/// How a partner answered a bid for connection, after John Gottman's research on couples.
///
/// In Gottman's six-year follow-up of newlyweds, couples who stayed married had turned
/// toward each other's bids about 86% of the time; couples who later divorced, about 33%.
/// Micromance shows a couple's own rate beside those two reference points, never as a verdict.
public enum BidResponse: String, CaseIterable, Codable, Sendable, CustomStringConvertible {
    /// Noticed and answered with interest or warmth.
    case toward
    /// Missed or ignored, often without meaning to.
    case away
    /// Answered with irritation, criticism or a put-down.
    case against

    /// Whether this response counts as positive in the positive-to-negative ratio.
    public var isPositive: Bool { self == .toward }

    /// The identifier used in files and on the command line.
    public var description: String { rawValue }

    /// Reads a response from `toward`, `turned-toward`, `away`, `against` and similar.
    public init?(parsing text: String) {
        let key = text.lowercased().filter { $0.isLetter }
        switch key {
        case "toward", "towards", "turnedtoward", "turnedtowards", "turntoward": self = .toward
        case "away", "turnedaway", "turnaway": self = .away
        case "against", "turnedagainst", "turnagainst": self = .against
        default: return nil
        }
    }
}

/// What kind of entry a moment is.
public enum MomentKind: String, CaseIterable, Codable, Sendable, CustomStringConvertible {
    /// A small act of care given to the partner.
    case gesture
    /// A bid for connection: an attempt to connect, with an optional response.
    case bid
    /// Thanks said out loud for something the partner does.
    case gratitude

    /// The identifier used in files and on the command line.
    public var description: String { rawValue }
}
