@_spi(MicromanceInternals) import MicromanceModel

/// The written form of the cells a table repeats: a journal's million moments name a few
/// thousand titles, a few hundred gestures and rituals, and a handful of kinds, languages
/// and responses, and each cell's bytes were scanned for quoting and the spreadsheet guard
/// every time (8 cells a row, about 170 instructions each, in a 1M save: callgrind). A text
/// met again is found by its string's two words: equal words are the same characters (a
/// short string's words are its bytes; a long one's are its storage and length, and the
/// journal keeps that storage alive while it is written), so its cell is copied as written
/// the first time. Texts longer than ``longest`` bytes are written afresh each time.
struct CSVCellMemo {
    private static let slots = 1024
    private static let longest = 128
    /// Past this many bytes of cells kept, the memo starts again empty.
    private static let arenaLimit = 1 << 18

    /// Whether the cells are text, guarded when they read as a number or a date
    /// (``CSVCell/append(_:text:to:)``).
    private let text: Bool
    private var keys: [(UInt64, UInt64)]
    /// Each slot's cell in `arena`: its start in the high half, its length in the low (zero
    /// for an empty slot: a cell written is never empty, an empty text being `""`).
    private var spans: [UInt64]
    private var arena = [UInt8]()

    init(text: Bool) {
        self.text = text
        keys = Array(repeating: (0, 0), count: Self.slots)
        spans = Array(repeating: 0, count: Self.slots)
    }

    /// Appends the cell for `value` (nothing for nil), as ``CSVCell/append(_:text:to:)`` does.
    mutating func append(_ value: String?, to out: inout ByteWriter) {
        guard let value else { return }
        let words = value.storageWords
        // Four ways a bucket: texts whose words land on one bucket take turns without
        // pushing each other out (one way missed a fifth of the cells of the 1M journal).
        let bucket = Int(truncatingIfNeeded: ((words.0 &+ words.1) &* 0x9E37_79B9_7F4A_7C15) >> 56) &* 4
        for way in bucket..<(bucket &+ 4) where spans[way] != 0 && keys[way] == words {
            let span = spans[way]
            let start = Int(truncatingIfNeeded: span >> 32), length = Int(truncatingIfNeeded: span & 0xFFFF_FFFF)
            arena.withUnsafeBufferPointer { out.append(bytes: UnsafeBufferPointer(rebasing: $0[start..<(start &+ length)])) }
            return
        }
        let start = out.count
        CSVCell.append(value, text: text, to: &out)
        let length = out.count - start
        guard length > 0, length <= Self.longest else { return }
        if arena.count + length > Self.arenaLimit {
            arena.removeAll(keepingCapacity: true)
            for index in spans.indices { spans[index] = 0 }
        }
        var way = bucket
        while way < bucket &+ 3, spans[way] != 0 { way &+= 1 }  // the first free way, else the last
        spans[way] = UInt64(arena.count) << 32 | UInt64(length)
        keys[way] = words
        out.withBytes(from: start) { arena.append(contentsOf: $0) }
    }
}
