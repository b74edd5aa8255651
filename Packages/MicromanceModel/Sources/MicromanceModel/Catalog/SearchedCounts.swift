import Foundation

/// The first line of a serialized counts table: `#`, TAB, how many features, TAB, each
/// language's total over every feature (space-separated whole numbers). With it a table needs
/// no reading before its first search.
struct CountsHeader: Equatable, Sendable {
    let count: Int
    let totals: [Double]

    init(count: Int, totals: [Double]) {
        self.count = count
        self.totals = totals
    }

    /// The header at the start of `bytes`, and where the line after it starts; nil when the
    /// text has none or it does not read as `width` totals.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, width: Int) {
        guard bytes.count > 2, bytes[0] == UInt8(ascii: "#"), bytes[1] == UInt8(ascii: "\t"),
            let newline = bytes.firstIndex(of: UInt8(ascii: "\n"))
        else { return nil }
        let fields = bytes[2..<newline].split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
        guard fields.count == 2, let count = Self.whole(fields[0]) else { return nil }
        let totals = fields[1].split(separator: UInt8(ascii: " ")).map(Self.whole)
        guard totals.count == width, totals.allSatisfy({ $0 != nil }) else { return nil }
        self.count = count
        self.totals = totals.map { Double($0 ?? 0) }
        bodyStart = newline + 1
    }

    /// Where the first feature line starts (0 for a header made in memory).
    private(set) var bodyStart = 0

    /// The header as its line (no line break).
    var line: String { "#\t\(count)\t" + totals.map { String(Int($0.rounded())) }.joined(separator: " ") }

    private static func whole(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard !digits.isEmpty, digits.count < 16, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
}

/// A serialized counts table with a header, searched in its own text: a lookup bisects the
/// bytes, steps back to the start of a line and compares that line's feature, so starting the
/// tool costs nothing. Listing every feature (a model learning on top, the misspelling search)
/// reads the lines once, when first asked.
final class SearchedCounts: @unchecked Sendable {
    let header: CountsHeader
    private let text: String
    private let width: Int
    private let lock = NSLock()
    private var read: PackedCounts?

    /// The table of `text` when it starts with a header for `width` languages.
    init?(_ text: String, width: Int) {
        var text = text
        text.makeContiguousUTF8()
        guard let header = text.utf8.withContiguousStorageIfAvailable({ CountsHeader($0, width: width) }) ?? nil else { return nil }
        self.header = header
        self.text = text
        self.width = width
    }

    /// Every line read, as the table without a header would be.
    var packed: PackedCounts {
        lock.withLock {
            if let read { return read }
            let made = PackedCounts(text, width: width, from: header.bodyStart)
            read = made
            return made
        }
    }

    /// The feature's weights, nil when the table lacks it.
    func weights(of feature: String) -> [Double]? {
        var key = feature
        return key.withUTF8 { wanted -> [Double]? in
            text.utf8.withContiguousStorageIfAvailable { bytes -> [Double]? in
                Self.search(bytes, from: header.bodyStart, for: wanted, width: width)
            } ?? nil
        }
    }

    private static let newline = UInt8(ascii: "\n")
    private static let tab = UInt8(ascii: "\t")

    /// Bisects the lines of `bytes` from `first` (a line start) on; both ends stay line starts.
    private static func search(
        _ bytes: UnsafeBufferPointer<UInt8>, from first: Int, for wanted: UnsafeBufferPointer<UInt8>, width: Int
    )
        -> [Double]?
    {
        var low = first
        var high = bytes.count
        while low < high {
            var start = (low + high) / 2
            while start > low && bytes[start - 1] != newline { start -= 1 }
            var end = start
            while end < bytes.count && bytes[end] != tab && bytes[end] != newline { end += 1 }
            let featureEnd = end
            while end < bytes.count && bytes[end] != newline { end += 1 }
            let order = compare(UnsafeBufferPointer(rebasing: bytes[start..<featureEnd]), wanted)
            if order == 0 { return numbers(bytes[featureEnd..<end], width: width) }
            if order < 0 { low = end + 1 } else { high = start }
        }
        return nil
    }

    /// Byte order, as the lines are sorted: negative when `a` comes first.
    private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let shared = min(a.count, b.count)
        if shared > 0, let left = a.baseAddress, let right = b.baseAddress {
            let order = memcmp(left, right, shared)
            if order != 0 { return Int(order) }
        }
        return a.count - b.count
    }

    /// The `width` whole numbers of a line's counts, nil when it has another number of them.
    private static func numbers(_ line: Slice<UnsafeBufferPointer<UInt8>>, width: Int) -> [Double]? {
        var values = [Double]()
        values.reserveCapacity(width)
        var number = 0
        var digits = 0
        for byte in line {
            if byte >= 0x30 && byte <= 0x39 {
                number = number * 10 + Int(byte - 0x30)
                digits += 1
            } else if digits > 0 {
                values.append(Double(number))
                number = 0
                digits = 0
            }
        }
        if digits > 0 { values.append(Double(number)) }
        return values.count == width ? values : nil
    }
}
