import Crypto
import Foundation
import MicromanceModel
import MicromanceStore

/// Per-couple bearer tokens, kept hashed: `mm_<id>_<secret>`. The book stores each token's id,
/// its journal and the SHA-256 of its secret, never the secret; a token is checked by finding
/// its id and comparing the secret's hash in constant time.
public struct TokenBook: Sendable, Codable {
    /// One issued token.
    public struct Entry: Sendable, Codable, Equatable {
        /// The public part of the token, used to find it.
        public var id: String
        /// The couple's journal.
        public var journal: String
        /// SHA-256 of the secret, hex.
        public var sha256: String
        /// The day it was issued (`YYYY-MM-DD`, UTC); nil in a book written before it was kept.
        public var created: String?
    }

    /// Every issued token, by id.
    public private(set) var entries: [String: Entry] = [:]

    /// An empty book.
    public init() {}

    /// Issues a token for `journal`, noting the day `now` falls on (UTC); the returned string is
    /// shown once and never stored.
    public mutating func issue(
        for journal: String, now: Date = Date(), using random: inout some RandomNumberGenerator
    ) -> String {
        func hex(_ count: Int) -> String {
            (0..<count).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &random)) }.joined()
        }
        var id = hex(6)
        while entries[id] != nil { id = hex(6) }
        let secret = hex(32)
        let day = CalendarDay(now, in: TimeZone(identifier: "UTC") ?? .current).description
        entries[id] = Entry(id: id, journal: journal, sha256: Self.digest(secret), created: day)
        return "mm_\(id)_\(secret)"
    }

    /// Withdraws a token, named by its id or given whole (`mm_<id>_<secret>`); returns the
    /// entry withdrawn, or nil when the book has no such token.
    public mutating func revoke(_ idOrToken: String) -> Entry? {
        let parts = idOrToken.split(separator: "_", omittingEmptySubsequences: false)
        let id = parts.count == 3 && parts[0] == "mm" ? String(parts[1]) : idOrToken
        return entries.removeValue(forKey: id)
    }

    /// Every token, oldest first (then by id); the secrets are not in the book.
    public var list: [Entry] {
        entries.values.sorted { ($0.created ?? "", $0.id) < ($1.created ?? "", $1.id) }
    }

    /// The journal a presented token opens, or nil.
    public func journal(for token: String) -> String? {
        let parts = token.split(separator: "_", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "mm", let entry = entries[String(parts[1])] else { return nil }
        let presented = Array(SHA256.hash(data: Data(parts[2].utf8)))
        guard let stored = Self.bytes(entry.sha256), stored.count == presented.count else { return nil }
        // Every byte is compared, whatever the first difference: the time says nothing.
        var difference: UInt8 = 0
        for index in stored.indices { difference |= stored[index] ^ presented[index] }
        return difference == 0 ? entry.journal : nil
    }

    static func digest(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    private static func bytes(_ hex: String) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var out = [UInt8]()
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let byte = UInt8(String(decoding: digits[index..<(index + 2)], as: UTF8.self), radix: 16) else { return nil }
            out.append(byte)
        }
        return out
    }

    /// Reads a book written by ``save(to:)``.
    public static func load(from path: String) throws -> TokenBook {
        try JSONDecoder().decode(TokenBook.self, from: Data(try SecureFile.read(path)))
    }

    /// Writes the book, readable by its owner only.
    public func save(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try SecureFile.replace(path, with: Array(try encoder.encode(self)))
    }
}
