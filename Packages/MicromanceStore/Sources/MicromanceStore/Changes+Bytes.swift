import Foundation
@_spi(MicromanceInternals) import MicromanceModel

/// The devices seen so far while reading one file: a file names a handful, so each is made
/// once and found again by comparing bytes, the one found last first (records come in runs
/// from one device).
struct DeviceCache {
    private var bytes = [[UInt8]]()
    private var ids = [DeviceID]()
    private var last = 0

    mutating func device(_ wanted: UnsafeBufferPointer<UInt8>) -> DeviceID? {
        if last < bytes.count, Self.same(bytes[last], wanted) { return ids[last] }
        for index in bytes.indices where Self.same(bytes[index], wanted) {
            last = index
            return ids[index]
        }
        guard let id = DeviceID(bytes: wanted) else { return nil }
        if bytes.count < 16 {
            bytes.append(Array(wanted))
            ids.append(id)
            last = bytes.count - 1
        }
        return id
    }

    private static func same(_ known: [UInt8], _ wanted: UnsafeBufferPointer<UInt8>) -> Bool {
        guard known.count == wanted.count else { return false }
        return known.withUnsafeBufferPointer { known in
            guard let a = known.baseAddress, let b = wanted.baseAddress else { return true }
            return memcmp(a, b, wanted.count) == 0
        }
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
        guard !bytes.contains(92) else { return nil }
        self.init(utf8: bytes)
    }
}

extension Changes {
    /// Appends the written form (``description``) to `out`; a record that only has its
    /// creation stamp, the common case, without building a string.
    func write(into out: inout [UInt8]) {
        Changes.write(created, into: &out)
        guard !isOnlyCreated else { return }
        // Edited fields (usually one) without building strings; the rarer parts as text.
        let fields = self.fields
        if fields.count == 1, let (name, stamp) = fields.first, removed == nil, elements.isEmpty,
            !name.utf8.contains(where: Changes.needsEscape)
        {
            out.append(32)
            out.append(contentsOf: name.utf8)
            out.append(61)
            Changes.write(stamp, into: &out)
            return
        }
        let text = description
        out.append(contentsOf: text.utf8.drop { $0 != 32 })
    }

    private static func write(_ stamp: ChangeStamp, into out: inout [UInt8]) {
        digits(UInt64(max(0, stamp.millis)), into: &out)
        out.append(46)
        digits(UInt64(stamp.counter), into: &out)
        out.append(64)
        var device = stamp.device.rawValue
        device.withUTF8 { out.append(contentsOf: $0) }
    }

    private static func digits(_ value: UInt64, into out: inout [UInt8]) {
        var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for 20 digits
        withUnsafeMutableBytes(of: &buffer) { raw in
            // Two digits a step (a millisecond count has thirteen).
            var n = value, i = raw.count
            while n >= 10 {
                let pair = Int(n % 100)
                n /= 100
                i -= 2
                raw[i] = UInt8(truncatingIfNeeded: 48 &+ pair / 10)
                raw[i + 1] = UInt8(truncatingIfNeeded: 48 &+ pair % 10)
            }
            if n > 0 || i == raw.count {
                i -= 1
                raw[i] = UInt8(truncatingIfNeeded: 48 &+ n)
            }
            // As a buffer pointer, not a slice of the raw bytes: `append(contentsOf:)` copies a
            // slice a byte at a time through an iterator (0.3 G instructions of a 1M CSV save).
            guard let base = raw.baseAddress else { return }
            out.append(contentsOf: UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self) + i, count: raw.count - i))
        }
    }
}
