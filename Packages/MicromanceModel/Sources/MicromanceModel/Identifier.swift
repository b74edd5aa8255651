/// A stable, string-backed identifier, typed by what it identifies so that a partner's
/// id cannot be passed where a moment's id is expected.
///
/// Identifiers are plain strings in every file format. New ones for moments and rituals
/// are drawn from an injected random number generator (``random(using:)``); partners use
/// a readable slug of their name (``slug(_:)``), which also lets two journals kept on two
/// machines agree on who is who when they are merged.
public struct Identifier<Owner>: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    CustomStringConvertible, ExpressibleByStringLiteral
{
    /// The identifier as it is written in files and typed on the command line.
    public let rawValue: String

    /// Wraps an existing identifier string.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Wraps an existing identifier string.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Wraps a string literal, for tests and fixtures.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// Decodes the identifier from a single string value.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the identifier as a single string value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The raw string.
    public var description: String { rawValue }

    /// Orders identifiers by their raw strings.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// A new identifier of 16 characters holding 64 random bits drawn from `generator`: a
    /// letter, then 15 lowercase hexadecimal digits.
    ///
    /// 64 bits keep the chance of two moments colliding negligible even when millions of
    /// moments from two machines are merged. The first four bits are spelled by one of the 16
    /// letters that are not hexadecimal digits (g h j k m n p q r s t v w x y z), so an
    /// identifier never starts with a digit: a spreadsheet cannot read it as a number, a date
    /// or a formula (identifiers made before version 0.6 were 16 hexadecimal digits, and about
    /// one in 1,400 of those looked like a number; the CSV store protects them when it writes).
    /// Every character still carries bits, so any 4-character prefix tells moments apart.
    public static func random<G: RandomNumberGenerator>(using generator: inout G) -> Self {
        let value = generator.next()
        let hex = String(value & 0x0FFF_FFFF_FFFF_FFFF, radix: 16)
        let lead = leadingLetters[Int(truncatingIfNeeded: value >> 60)]
        return Self(String(lead) + String(repeating: "0", count: 15 - hex.count) + hex)
    }

    /// The letters that spell the first four bits of a random identifier.
    static var leadingLetters: [Character] { Array("ghjkmnpqrstvwxyz") }

    /// A readable identifier made from a name: lowercase ASCII letters and digits, with
    /// single hyphens between words ("Sam O'Neil" becomes "sam-o-neil"). Letters outside
    /// ASCII are kept as they are, so "Zoë" becomes "zoë". Returns nil when nothing is left.
    public static func slug(_ name: String) -> Self? {
        var out = ""
        var pendingHyphen = false
        for scalar in name.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? nil : Self(out)
    }
}
