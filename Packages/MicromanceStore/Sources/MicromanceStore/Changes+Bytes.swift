import Foundation
@_spi(MicromanceInternals) import MicromanceModel

/// The devices seen so far while reading one file: a file names a handful, so each is made
/// once and found again by comparing bytes, the one found last first (records come in runs
/// from one device). Ids (at most 15 ASCII bytes; the tool makes 12) are kept as the two words
/// of their short strings and compared as such: this runs for each of a million records.
struct DeviceCache {
    private struct Key: Equatable {
        var low: UInt64
        var high: UInt64
    }
    private var keys = [Key]()
    private var ids = [DeviceID]()
    private var last = 0

    mutating func device(_ wanted: UnsafeBufferPointer<UInt8>) -> DeviceID? {
        guard let key = Self.key(wanted) else { return DeviceID(bytes: wanted) }
        if last < keys.count, keys[last] == key { return ids[last] }
        if let index = keys.firstIndex(of: key) {
            last = index
            return ids[index]
        }
        guard let id = DeviceID(bytes: wanted) else { return nil }
        if keys.count < 16 {
            keys.append(key)
            ids.append(id)
            last = keys.count - 1
        }
        return id
    }

    /// The bytes as two words (a device id is at most 15 ASCII bytes).
    @inline(__always)
    private static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> Key? {
        guard let (low, high) = SmallASCII.words(bytes) else { return nil }
        return Key(low: low, high: high)
    }
}

extension Changes {
    /// Reads change stamps from the bytes of a JSON string or CSV field, without building a
    /// string in the common case (a record that only has its creation stamp). Nil when the
    /// bytes are not stamps (or hold a JSON escape, which the slow path decodes).
    init?(bytes: UnsafeBufferPointer<UInt8>, devices: inout DeviceCache) {
        guard let (millis, counter, at) = ChangeStamp.head(utf8: bytes) else { return nil }
        // Only a creation stamp: no space after the device.
        let rest = UnsafeBufferPointer(rebasing: bytes[at...])
        if let start = rest.baseAddress, memchr(start, 32, rest.count) == nil {
            guard let device = devices.device(rest) else { return nil }
            self.init(created: ChangeStamp(millis: millis, counter: counter, device: device))
            return
        }
        if let edited = Changes.oneFieldChanged(rest, created: (millis, counter), devices: &devices) {
            self = edited
            return
        }
        guard !bytes.contains(92) else { return nil }
        self.init(utf8: bytes)
    }

    /// `DEVICE FIELD=STAMP` (what follows a creation stamp's counter when one field changed
    /// since, as for a moment whose note was added later), read without the general reader's
    /// tables; nil for anything else (more fields, an escaped or signed name, `removed`),
    /// which the general reader reads.
    private static func oneFieldChanged(
        _ rest: UnsafeBufferPointer<UInt8>, created: (millis: Int64, counter: UInt32), devices: inout DeviceCache
    ) -> Changes? {
        guard let base = rest.baseAddress, let found = memchr(base, 32, rest.count) else { return nil }
        let space = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        let tail = UnsafeBufferPointer(rebasing: rest[(space + 1)...])
        guard let equals = tail.lastIndex(of: 61), equals > 0, !tail.contains(32) else { return nil }
        let name = UnsafeBufferPointer(rebasing: tail[..<equals])
        // Signed names are elements, `%` starts an escape, a backslash a JSON escape.
        guard name[0] != 43, name[0] != 45, !name.contains(37), !name.contains(92), ByteHash.isASCII(name),
            case let field = String(decoding: name, as: UTF8.self), field != "removed",
            let (millis, counter, at) = ChangeStamp.head(utf8: UnsafeBufferPointer(rebasing: tail[(equals + 1)...])),
            let device = devices.device(UnsafeBufferPointer(rebasing: tail[(equals + 1 + at)...])),
            let creator = devices.device(UnsafeBufferPointer(rebasing: rest[..<space]))
        else { return nil }
        return Changes(
            created: ChangeStamp(millis: created.millis, counter: created.counter, device: creator), field: field,
            changed: ChangeStamp(millis: millis, counter: counter, device: device))
    }
}

extension Changes {
    /// Appends the written form (``description``) to `out`; a record that only has its
    /// creation stamp, the common case, without building a string.
    func write<Out: ByteOutput & ~Copyable>(into out: inout Out) {
        Changes.write(created, into: &out)
        guard !isOnlyCreated else { return }
        // Edited fields (usually one) without building strings; the rarer parts as text.
        let fields = self.fields
        if fields.count == 1, let (name, stamp) = fields.first, removed == nil, elements.isEmpty,
            !name.utf8.contains(where: Changes.needsEscape)
        {
            out.append(32)
            out.append(utf8: name)
            out.append(61)
            Changes.write(stamp, into: &out)
            return
        }
        var text = description
        text.withUTF8 { utf8 in
            guard let space = utf8.firstIndex(of: 32) else { return }
            out.append(bytes: UnsafeBufferPointer(rebasing: utf8[space...]))
        }
    }

    private static func write<Out: ByteOutput & ~Copyable>(_ stamp: ChangeStamp, into out: inout Out) {
        digits(UInt64(max(0, stamp.millis)), into: &out)
        out.append(46)
        digits(UInt64(stamp.counter), into: &out)
        out.append(64)
        out.append(utf8: stamp.device.rawValue)
    }

    private static func digits<Out: ByteOutput & ~Copyable>(_ value: UInt64, into out: inout Out) {
        var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for 20 digits
        withUnsafeMutableBytes(of: &buffer) { raw in
            // Two digits a step (a millisecond count has thirteen).
            var n = value, i = raw.count
            while n >= 10 {
                let next = n / 100
                let pair = Int(truncatingIfNeeded: n &- next &* 100)
                n = next
                i -= 2
                let tens = (pair &* 103) &>> 10  // pair / 10, for 0 to 99, without a division
                raw[i] = UInt8(truncatingIfNeeded: 48 &+ tens)
                raw[i + 1] = UInt8(truncatingIfNeeded: 48 &+ pair &- tens &* 10)
            }
            if n > 0 || i == raw.count {
                i -= 1
                raw[i] = UInt8(truncatingIfNeeded: 48 &+ n)
            }
            // As a buffer pointer, not a slice of the raw bytes: `append(contentsOf:)` copies a
            // slice a byte at a time through an iterator (0.3 G instructions of a 1M CSV save).
            guard let base = raw.baseAddress else { return }
            out.append(bytes: UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self) + i, count: raw.count - i))
        }
    }
}
