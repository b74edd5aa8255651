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

    /// A new identifier of 16 lowercase hexadecimal digits (64 random bits), drawn from `generator`.
    ///
    /// 64 bits keep the chance of two moments colliding negligible even when millions of
    /// moments from two machines are merged.
    public static func random<G: RandomNumberGenerator>(using generator: inout G) -> Self {
        let value = generator.next()
        let hex = String(value, radix: 16)
        return Self(String(repeating: "0", count: 16 - hex.count) + hex)
    }

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
