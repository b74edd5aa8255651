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

    /// A new identifier of 13 characters holding 64 random bits drawn from `generator`: a
    /// letter for the first four bits, then twelve characters of five bits each, in base 32
    /// written with digits and the lowercase letters other than i, l, o and u.
    ///
    /// 64 bits keep the chance of two moments colliding negligible even when millions of
    /// moments from two machines are merged. The first four bits are spelled by one of the 16
    /// letters that are not hexadecimal digits (g h j k m n p q r s t v w x y z), so an
    /// identifier never starts with a digit: a spreadsheet cannot read it as a number, a date
    /// or a formula. Every character carries bits, so any 4-character prefix tells moments apart.
    ///
    /// Thirteen characters fit inside a Swift string without a heap allocation of their own
    /// (up to 15 bytes do), which saves about 64 bytes a moment: 64 MB in a journal of a million.
    /// Identifiers made before version 0.20 of this package are 16 characters (a letter and 15
    /// hexadecimal digits; before version 0.6, 16 hexadecimal digits) and stay valid: an
    /// identifier is any string, and only new ones take this form.
    public static func random<G: RandomNumberGenerator>(using generator: inout G) -> Self {
        let value = generator.next()
        let text = String(unsafeUninitializedCapacity: 13) { bytes in
            bytes[0] = RandomSpelling.leadingLetters[Int(truncatingIfNeeded: value >> 60)]
            var rest = value
            for index in stride(from: 12, through: 1, by: -1) {
                bytes[index] = RandomSpelling.base32Digits[Int(truncatingIfNeeded: rest & 31)]
                rest >>= 5
            }
            return 13
        }
        return Self(text)
    }
}

/// How ``Identifier/random(using:)`` spells its 64 bits.
enum RandomSpelling {
    /// The letters that spell the first four bits of a random identifier.
    static let leadingLetters: [UInt8] = Array("ghjkmnpqrstvwxyz".utf8)

    /// The 32 characters that spell five bits each: digits, then letters without i, l, o, u
    /// (which are easily misread as 1, 1, 0 and v).
    static let base32Digits: [UInt8] = Array("0123456789abcdefghjkmnpqrstvwxyz".utf8)
}

extension Identifier {
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
