import Foundation

extension Moment {
    /// Who gave a moment, who received it and the time zone it happened in, held in one shared
    /// record. A couple's journal names a handful of these triples (two partners, one or two
    /// zones each), so a million moments point at a few records instead of each holding three
    /// strings: 40 bytes less a moment, 40 MB less to fill, move and free in a journal of a
    /// million (BENCHMARKS.md, "A smaller moment"). Compared by what it holds, never by
    /// identity, and never changed: setting a moment's giver points it at another record.
    public final class Parties: Hashable, Sendable, CustomStringConvertible {
        /// The zone the moment happened in (``Moment/timeZone``).
        public let timeZone: String
        /// Who gave it (``Moment/giver``).
        public let giver: Identifier<Partner>
        /// Who received it (``Moment/receiver``).
        public let receiver: Identifier<Partner>

        /// A record of its own; ``shared(timeZone:giver:receiver:)`` finds one already made.
        public init(timeZone: String, giver: Identifier<Partner>, receiver: Identifier<Partner>) {
            self.timeZone = timeZone
            self.giver = giver
            self.receiver = receiver
        }

        /// Whether both name the same zone, giver and receiver.
        @inlinable
        public static func == (lhs: Parties, rhs: Parties) -> Bool {
            lhs === rhs || (lhs.giver == rhs.giver && lhs.receiver == rhs.receiver && lhs.timeZone == rhs.timeZone)
        }

        /// Hashes the zone, the giver and the receiver.
        public func hash(into hasher: inout Hasher) {
            hasher.combine(timeZone)
            hasher.combine(giver)
            hasher.combine(receiver)
        }

        /// "alex → sam in Europe/Paris".
        public var description: String { "\(giver) → \(receiver) in \(timeZone)" }

        /// The record for these three, shared with every moment made through the public
        /// initializer that names them (up to 4,096 triples a process; past that each moment
        /// gets its own). Takes a lock: the readers of large files keep records of their own
        /// instead and pass them to ``Moment/init(id:at:parties:title:gestureID:language:note:response:kind:ritualID:changes:)``.
        public static func shared(timeZone: String, giver: Identifier<Partner>, receiver: Identifier<Partner>) -> Parties {
            PartiesPool.common.parties(timeZone: timeZone, giver: giver, receiver: receiver)
        }
    }
}

/// The records shared by moments made anywhere in the process, behind a lock.
final class PartiesPool: @unchecked Sendable {
    static let common = PartiesPool()
    /// Past this many triples, new ones are not remembered (a journal names a handful; a
    /// program that reads thousands of journals should not keep all their names).
    static let limit = 4_096

    private struct Key: Hashable {
        let timeZone: String
        let giver: String
        let receiver: String
    }

    private let lock = NSLock()
    private var known = [Key: Moment.Parties]()

    func parties(timeZone: String, giver: Identifier<Partner>, receiver: Identifier<Partner>) -> Moment.Parties {
        let key = Key(timeZone: timeZone, giver: giver.rawValue, receiver: receiver.rawValue)
        lock.lock()
        defer { lock.unlock() }
        if let found = known[key] { return found }
        let made = Moment.Parties(timeZone: timeZone, giver: giver, receiver: receiver)
        if known.count < Self.limit { known[key] = made }
        return made
    }
}

/// A reader's own memory of the ``Moment/Parties`` records it has made, found by the bits of
/// the three strings (a short string is its bytes; a long one, the storage it shares with the
/// others the reader interned): no lock, no hashing of text. Two strings with the same bits
/// hold the same text, so a record found is always the right one; the same text in other
/// storage only makes another record. Exposed to the other Micromance packages only (SPI).
@_spi(MicromanceInternals)
public struct PartiesCache {
    private struct Key: Equatable {
        var words: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0)

        static func == (a: Key, b: Key) -> Bool {
            a.words.0 == b.words.0 && a.words.1 == b.words.1 && a.words.2 == b.words.2 && a.words.3 == b.words.3
                && a.words.4 == b.words.4 && a.words.5 == b.words.5
        }
    }

    /// An open-addressing table, at most half full: past ``limit`` records, new ones are
    /// made each time and not remembered.
    private static let slots = 64
    private static let limit = 32
    private var keys = [Key]()
    private var records = [Moment.Parties?]()
    private var count = 0

    /// An empty cache.
    public init() {}

    /// The record for these three, and whether it was made just now (the first time this
    /// cache met them, or every time once it is full).
    public mutating func parties(timeZone: String, giver: String, receiver: String) -> (Moment.Parties, new: Bool) {
        let zoneBits = timeZone.storageWords, giverBits = giver.storageWords, receiverBits = receiver.storageWords
        let key = Key(words: (zoneBits.0, zoneBits.1, giverBits.0, giverBits.1, receiverBits.0, receiverBits.1))
        var h = (key.words.0 ^ 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ h >> 29 ^ key.words.2) &* 0x94D0_49BB_1331_11EB
        h = (h ^ h >> 29 ^ key.words.4 ^ key.words.1 ^ key.words.3 ^ key.words.5) &* 0xBF58_476D_1CE4_E5B9
        var slot = Int(truncatingIfNeeded: h >> 58) & (Self.slots - 1)
        if keys.isEmpty {
            keys = [Key](repeating: Key(), count: Self.slots)
            records = [Moment.Parties?](repeating: nil, count: Self.slots)
        }
        while let record = records[slot] {
            if keys[slot] == key { return (record, false) }
            slot = (slot &+ 1) & (Self.slots - 1)
        }
        let made = Moment.Parties(timeZone: timeZone, giver: Identifier(giver), receiver: Identifier(receiver))
        // A key's bits are compared only while its record holds the very strings they are.
        if count < Self.limit {
            keys[slot] = key
            records[slot] = made
            count += 1
        }
        return (made, true)
    }
}
