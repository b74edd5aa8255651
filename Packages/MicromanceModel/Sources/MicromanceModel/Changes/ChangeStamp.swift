import Foundation

/// The identity of one device (a phone, a laptop) that edits a shared journal: 1 to 15
/// lowercase ASCII letters, digits or hyphens. Change stamps carry it so that two changes
/// made at the same instant on two devices are still told apart.
///
/// A device's identifier is chosen once, at random, and kept on that device; it is not
/// personal data and says nothing about who uses the device.
public struct DeviceID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The identifier as written in files.
    public let rawValue: String

    /// Checks and wraps `text`; nil when it is empty, longer than 15 characters, or holds
    /// anything but `a-z`, `0-9` and `-`.
    public init?(_ text: String) {
        guard !text.isEmpty, text.utf8.count <= 15,
            text.utf8.allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 })
        else { return nil }
        rawValue = text
    }

    private init(unchecked text: String) { rawValue = text }

    /// An identifier from the bytes of a file, checked as ``init(_:)`` checks text, without
    /// building an intermediate string (for the stores' readers).
    @_spi(MicromanceInternals)
    public init?(bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.isEmpty, bytes.count <= 15,
            bytes.allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 })
        else { return nil }
        rawValue = String(decoding: bytes, as: UTF8.self)
    }

    /// The device that stands for data written before journals had change stamps: every
    /// field of an upgraded journal is stamped by it at time zero, so any real edit wins.
    public static let imported = DeviceID(unchecked: "imported")

    /// A new identifier of 12 random letters and digits, drawn from `generator`.
    public static func random<G: RandomNumberGenerator>(using generator: inout G) -> DeviceID {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789".utf8)
        var bits = generator.next()
        var bytes = [UInt8]()
        for _ in 0..<12 {
            bytes.append(alphabet[Int(bits & 31)])
            bits >>= 5
        }
        return DeviceID(unchecked: String(decoding: bytes, as: UTF8.self))
    }

    /// The identifier.
    public var description: String { rawValue }

    /// Orders by the raw string; used only to break ties between equal times.
    public static func < (lhs: DeviceID, rhs: DeviceID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// When and where a change was made: a hybrid logical clock reading.
///
/// It orders changes by wall-clock milliseconds, then by a counter that a device bumps when
/// its clock has not moved past the last stamp it saw, then by device. A device whose clock
/// runs behind keeps counting forward from the newest stamp it has seen, so it is never
/// stuck and its changes still come after the ones it has seen; a device whose clock runs
/// ahead pulls the others forward, and they keep making progress with the counter.
///
/// Written in files as `MILLIS.COUNTER@DEVICE`, e.g. `1764165000123.0@k3x9q2m7abcd`.
public struct ChangeStamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Time and counter in one word (44 and 20 bits), so that a stamp takes 24 bytes: every
    /// moment carries one, and a million moments are held in memory at once.
    private let packed: UInt64
    /// The device that made the change.
    public let device: DeviceID

    /// The largest counter: a device that makes more changes than this within one reading
    /// of its clock moves on to the next millisecond.
    public static let maximumCounter: UInt32 = (1 << 20) - 1
    /// The latest time a stamp holds, in milliseconds since 1970 (in the year 2527).
    public static let maximumMillis: Int64 = (1 << 44) - 1

    /// Milliseconds since 1970-01-01 UTC, as the device's clock (or a newer stamp it saw) read.
    public var millis: Int64 { Int64(packed >> 20) }
    /// Orders changes made within one millisecond reading.
    public var counter: UInt32 { UInt32(packed & UInt64(ChangeStamp.maximumCounter)) }

    /// Creates a stamp. Values outside the ranges are brought inside: a time before 1970 (a
    /// device whose clock was reset) counts as 1970.
    public init(millis: Int64, counter: UInt32 = 0, device: DeviceID) {
        let time = UInt64(min(max(0, millis), ChangeStamp.maximumMillis))
        packed = time << 20 | UInt64(min(counter, ChangeStamp.maximumCounter))
        self.device = device
    }

    /// The stamp of everything written before journals had change stamps: time zero, device
    /// ``DeviceID/imported``. Every real change is later.
    public static let imported = ChangeStamp(millis: 0, counter: 0, device: .imported)

    /// Later time first, then counter, then device identifier.
    public static func < (lhs: ChangeStamp, rhs: ChangeStamp) -> Bool {
        lhs.packed != rhs.packed ? lhs.packed < rhs.packed : lhs.device < rhs.device
    }

    /// The written form, `MILLIS.COUNTER@DEVICE`.
    public var description: String { "\(millis).\(counter)@\(device.rawValue)" }

    /// Reads the written form; nil when `text` is not one.
    public init?<S: StringProtocol>(parsing text: S) {
        var bytes = Array(text.utf8)
        guard let stamp = bytes.withUnsafeMutableBufferPointer({ ChangeStamp(utf8: UnsafeBufferPointer($0)) }) else { return nil }
        self = stamp
    }

    /// Reads the written form from its UTF-8 bytes.
    @_spi(MicromanceInternals)
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let (millis, counter, start) = ChangeStamp.head(utf8: bytes),
            let device = DeviceID(bytes: UnsafeBufferPointer(rebasing: bytes[start...]))
        else { return nil }
        self.init(millis: millis, counter: counter, device: device)
    }

    /// The time and counter at the start of a written stamp (`MILLIS.COUNTER@`), in range,
    /// and where the device id starts; nil when the bytes do not start that way.
    @_spi(MicromanceInternals)
    public static func head(utf8 bytes: UnsafeBufferPointer<UInt8>) -> (millis: Int64, counter: UInt32, deviceStart: Int)? {
        // Read for every record of a large file.
        guard let base = bytes.baseAddress else { return nil }
        let n = bytes.count
        // The stamps of this century and the next: thirteen digits, a point, one digit and the
        // `@` (`1795564805000.0@`), checked and read as two overlapping words.
        if n >= 16, base[13] == 46, base[15] == 64, base[14] &- 48 < 10 {
            let raw = UnsafeRawPointer(base)
            let first = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            let last = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 5, as: UInt64.self))
            if Timestamp.notDigits(first) | Timestamp.notDigits(last) == 0 {
                let millis = eightDigits(first) &* 100_000 &+ eightDigits(last) % 100_000
                return (Int64(millis), UInt32(base[14] &- 48), 16)
            }
        }
        let (millis, dot) = digitRun(base, from: 0, to: n)
        // Up to 18 digits a part: no more can overflow.
        guard dot > 0, dot <= 18, dot < n, base[dot] == 46 else { return nil }
        let (counter, at) = digitRun(base, from: dot + 1, to: n)
        guard at > dot + 1, at - dot - 1 <= 18, at < n, base[at] == 64 else { return nil }
        guard counter <= UInt64(maximumCounter), millis <= UInt64(maximumMillis) else { return nil }
        return (Int64(millis), UInt32(counter), at + 1)
    }

    /// The number in the decimal digits from `start` (before `end`) and where they stop. Where
    /// eight bytes can be read they are checked and turned into a number at once, by shifts
    /// and three multiplications (a millisecond count has thirteen digits); the value wraps
    /// past 19 digits, so callers bound the count.
    @inline(__always)
    static func digitRun(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> (value: UInt64, end: Int) {
        var index = start
        var value: UInt64 = 0
        while end - index >= 8 {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            // Each digit becomes its value (0 to 9); the first byte that is not one ends the run.
            let values = word ^ 0x3030_3030_3030_3030
            let count = Timestamp.notDigits(word).trailingZeroBitCount / 8
            guard count > 0 else { return (value, index) }
            // The run's digits moved to the top, zeros (leading zeros) below; the first byte is
            // the highest place. Pairs, then fours, then eight.
            var v = values &<< UInt64(8 * (8 - count))
            v = (v &* 10 &+ (v &>> 8)) & 0x00FF_00FF_00FF_00FF
            v = (v &* 100 &+ (v &>> 16)) & 0x0000_FFFF_0000_FFFF
            v = (v &* 10_000 &+ (v &>> 32)) & 0x0000_0000_FFFF_FFFF
            value = value &* powerOfTen(count) &+ v
            index += count
            if count < 8 { return (value, index) }
        }
        while index < end, case let digit = base[index] &- 48, digit < 10 {
            value = value &* 10 &+ UInt64(digit)
            index += 1
        }
        return (value, index)
    }

    /// The number eight ASCII digits spell, the first byte the highest place.
    @inline(__always)
    static func eightDigits(_ word: UInt64) -> UInt64 {
        var v = word ^ 0x3030_3030_3030_3030
        v = (v &* 10 &+ (v &>> 8)) & 0x00FF_00FF_00FF_00FF
        v = (v &* 100 &+ (v &>> 16)) & 0x0000_FFFF_0000_FFFF
        return (v &* 10_000 &+ (v &>> 32)) & 0x0000_0000_FFFF_FFFF
    }

    /// 10 to the power `exponent` (0 to 8), without a loop.
    @inline(__always)
    private static func powerOfTen(_ exponent: Int) -> UInt64 {
        switch exponent {
        case 0: 1
        case 1: 10
        case 2: 100
        case 3: 1_000
        case 4: 10_000
        case 5: 100_000
        case 6: 1_000_000
        case 7: 10_000_000
        default: 100_000_000
        }
    }
}

/// Hands out increasing ``ChangeStamp``s for one device: a hybrid logical clock.
///
/// Give it the device's identifier and its wall clock (injected, so tests are deterministic),
/// let it ``observe(_:)`` the newest stamp in a journal before changing it, and ``tick()``
/// once per change. Every stamp it returns is later than every stamp it returned or observed.
public struct HybridClock: Sendable {
    /// The device whose changes this clock stamps.
    public let device: DeviceID
    /// The newest stamp returned or observed.
    public private(set) var last: ChangeStamp
    private let now: @Sendable () -> Date

    /// A clock for `device` that reads the time from `now`, starting after `last`.
    public init(device: DeviceID, now: @escaping @Sendable () -> Date, after last: ChangeStamp = .imported) {
        self.device = device
        self.now = now
        self.last = last
    }

    /// Takes note of a stamp made elsewhere, so that the next tick comes after it.
    public mutating func observe(_ stamp: ChangeStamp) {
        if stamp > last { last = stamp }
    }

    /// A new stamp, later than every one returned or observed so far.
    public mutating func tick() -> ChangeStamp {
        let wall = Int64((now().timeIntervalSince1970 * 1000).rounded(.down))
        var next: ChangeStamp
        if wall > last.millis {
            next = ChangeStamp(millis: wall, counter: 0, device: device)
        } else if last.counter < ChangeStamp.maximumCounter {
            next = ChangeStamp(millis: last.millis, counter: last.counter + 1, device: device)
        } else {
            next = ChangeStamp(millis: last.millis + 1, counter: 0, device: device)
        }
        // Equal millis and counter with a smaller device id would sort before `last`.
        if next <= last { next = ChangeStamp(millis: last.millis + 1, counter: 0, device: device) }
        last = next
        return next
    }
}
