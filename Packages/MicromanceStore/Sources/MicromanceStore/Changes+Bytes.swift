import MicromanceModel

extension Changes {
    /// Reads change stamps from the bytes of a JSON string or CSV field, without building a
    /// string in the common case (a record that only has its creation stamp). Nil when the
    /// bytes are not stamps (or hold a JSON escape, which the slow path decodes).
    init?(bytes: UnsafeBufferPointer<UInt8>, interner: inout ByteInterner) {
        var millis: Int64 = 0, counter: UInt64 = 0, part = 0, digits = 0, at = -1
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == 32 || byte == 92 { at = -1; part = -1; break }  // more than a creation stamp: the general reader
            switch byte {
            case 48...57 where part < 2:
                digits += 1
                guard digits <= 18 else { return nil }
                if part == 0 { millis = millis * 10 + Int64(byte - 48) } else { counter = counter * 10 + UInt64(byte - 48) }
            case 46 where part == 0 && digits > 0: part = 1; digits = 0
            case 64 where part == 1 && digits > 0: part = 2; at = index + 1
            default:
                if part < 2 { return nil }
            }
            if part == 2 { break }
        }
        if part == 2, at >= 0, counter <= UInt64(UInt32.max),
           let text = interner.string(UnsafeBufferPointer(rebasing: bytes[at...])), let device = DeviceID(text) {
            self.init(created: ChangeStamp(millis: millis, counter: UInt32(counter), device: device))
            return
        }
        guard !bytes.contains(92), let text = String(validating: bytes, as: UTF8.self) else { return nil }
        self.init(parsing: text)
    }
}
