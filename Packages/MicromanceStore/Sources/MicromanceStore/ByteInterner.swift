/// Turns byte ranges into Strings, sharing one String for text that repeats (partner ids,
/// time zones, catalog titles), so a large journal holds each repeated text once.
struct ByteInterner {
    private var table = [UInt64: [String]]()
    private var count = 0
    /// Beyond this many distinct texts, new ones are made but no longer remembered.
    let limit: Int

    init(limit: Int = 50_000) { self.limit = limit }

    /// The String for valid UTF-8 `bytes`, or nil when they are not valid UTF-8.
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        // Up to 15 bytes a String keeps its text inline, with nothing to share.
        if bytes.count <= 15 { return String(validating: bytes, as: UTF8.self) }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        if let candidates = table[hash] {
            for candidate in candidates where candidate.utf8.elementsEqual(bytes) { return candidate }
        }
        guard let made = String(validating: bytes, as: UTF8.self) else { return nil }
        if count < limit {
            table[hash, default: []].append(made)
            count += 1
        }
        return made
    }
}
