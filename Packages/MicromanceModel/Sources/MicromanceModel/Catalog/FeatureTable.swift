/// A language model's counts: for each feature, its weight in each language.
///
/// Trained counts live in a dictionary. The built-in model's are read from its serialized text
/// each time the tool starts, and 17,000 dictionary entries, each a string and an array, cost
/// `log` about a third of its instructions; so they stay in that text. When the text starts
/// with its header (``CountsHeader``: how many features, each language's total), a feature is
/// found by binary search over the bytes of the sorted lines, and nothing is read before the
/// first search; without it the lines are read once for where each lies (one offset and five
/// numbers per feature, no string made) and searched the same way.
struct FeatureTable: Sendable {
    /// Counts learned or added here.
    private var dictionary: [String: [Double]] = [:]
    /// The serialized table, when read from text without a header and not changed since.
    private var packed: PackedCounts?
    /// The serialized table, when its text has a header and it has not changed since.
    private var searched: SearchedCounts?

    init() {}

    /// The table of `text` (an optional header line, then `feature TAB counts`, features in byte
    /// order): searched in place when it has a header, packed when its lines are in order, else
    /// read into a dictionary; lines that do not read are left out.
    init(serialized text: String, width: Int) {
        if let searched = SearchedCounts(text, width: width) {
            self.searched = searched
            return
        }
        let packed = PackedCounts(text, width: width)
        if packed.sorted {
            self.packed = packed
        } else {
            packed.forEachFeature { feature, values in dictionary[feature] = values }
        }
    }

    /// The header ``init(serialized:width:)`` reads for `rows` (features in byte order).
    static func header(_ rows: [(feature: String, values: [Int])], width: Int) -> String {
        CountsHeader(count: rows.count, totals: (0..<width).map { slot in rows.reduce(0) { $0 + Double($1.values[slot]) } }).line
    }

    /// Each language's total over every feature.
    func totals(width: Int) -> [Double] {
        if let searched { return Array(searched.header.totals.prefix(width)) }
        var totals = [Double](repeating: 0, count: width)
        if let packed {
            for (index, value) in packed.values.enumerated() where index % packed.width < width { totals[index % packed.width] += value }
        } else {
            for values in dictionary.values { for slot in 0..<min(width, values.count) { totals[slot] += values[slot] } }
        }
        return totals
    }

    /// The feature's weights, nil when the table lacks it.
    subscript(feature: String) -> [Double]? {
        if let searched { return searched.weights(of: feature) }
        if let packed { return packed.weights(of: feature) }
        return dictionary[feature]
    }

    /// Whether the counts are searched in their serialized text (the built-in model's are).
    var isPacked: Bool { packed != nil || searched != nil }

    /// Whether the counts are searched in their text without having been read first.
    var isSearchedInPlace: Bool { searched != nil }

    /// How many features there are.
    var count: Int { searched?.header.count ?? packed?.count ?? dictionary.count }

    /// Every feature with its weights (in no particular order).
    func forEachFeature(_ body: (String, [Double]) -> Void) {
        if let searched {
            searched.packed.forEachFeature(body)
        } else if let packed {
            packed.forEachFeature(body)
        } else {
            for (feature, values) in dictionary { body(feature, values) }
        }
    }

    /// The features whose UTF-8 length is within `range`, for the misspelling search: a packed
    /// table makes strings of those only.
    func features(lengths range: ClosedRange<Int>) -> [String] {
        if let searched { return searched.packed.features(lengths: range) }
        if let packed { return packed.features(lengths: range) }
        return dictionary.keys.filter { range.contains($0.utf8.count) }
    }

    /// Adds `weight` to the feature's weight in `slot`.
    mutating func add(_ feature: String, slot: Int, weight: Double, width: Int) {
        if let searched {
            // Learning on top of a table read from text: it becomes a dictionary once.
            searched.packed.forEachFeature { feature, values in dictionary[feature] = values }
            self.searched = nil
        } else if let packed {
            packed.forEachFeature { feature, values in dictionary[feature] = values }
            self.packed = nil
        }
        dictionary[feature, default: [Double](repeating: 0, count: width)][slot] += weight
    }
}

/// A serialized counts table kept as its text: where each feature lies, and its numbers.
struct PackedCounts: Sendable {
    let text: String
    let width: Int
    /// The start and end byte offsets of each feature, in text order.
    private(set) var bounds = [(start: Int32, end: Int32)]()
    /// `width` numbers per feature.
    private(set) var values = [Double]()
    /// Whether the features are in strictly increasing byte order (binary search needs it).
    private(set) var sorted = true

    /// The table of `text`'s lines from byte `first` on.
    init(_ text: String, width: Int, from first: Int = 0) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        self.width = width
        bounds.reserveCapacity(text.utf8.count / 20)
        values.reserveCapacity(text.utf8.count / 4)
        var previous: Range<Int>?
        var row = [Double](repeating: 0, count: width)
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var index = first
            while index < bytes.count {
                let start = index
                while index < bytes.count, bytes[index] != UInt8(ascii: "\t"), bytes[index] != UInt8(ascii: "\n") { index += 1 }
                let end = index
                var slot = 0, number = 0, digits = 0
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") {
                    let byte = bytes[index]
                    if byte >= 0x30 && byte <= 0x39 {
                        number = number * 10 + Int(byte - 0x30)
                        digits += 1
                    } else if digits > 0 {
                        if slot < width { row[slot] = Double(number) }
                        slot += 1
                        number = 0
                        digits = 0
                    }
                    index += 1
                }
                if digits > 0 {
                    if slot < width { row[slot] = Double(number) }
                    slot += 1
                }
                index += 1
                guard slot == width, end > start else { continue }
                if let previous, !Self.less(bytes[previous], bytes[start..<end]) { sorted = false }
                previous = start..<end
                bounds.append((Int32(start), Int32(end)))
                values.append(contentsOf: row)
            }
        }
    }

    var count: Int { bounds.count }

    private static func less(_ a: Slice<UnsafeBufferPointer<UInt8>>, _ b: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        a.lexicographicallyPrecedes(b)
    }

    func weights(of feature: String) -> [Double]? {
        var key = feature
        return key.withUTF8 { wanted -> [Double]? in
            text.utf8.withContiguousStorageIfAvailable { bytes -> [Double]? in
                var low = 0, high = bounds.count
                while low < high {
                    let middle = (low + high) / 2
                    let found = bytes[Int(bounds[middle].start)..<Int(bounds[middle].end)]
                    if found.elementsEqual(wanted) {
                        return Array(values[(middle * width)..<((middle + 1) * width)])
                    }
                    if found.lexicographicallyPrecedes(wanted) { low = middle + 1 } else { high = middle }
                }
                return nil
            } ?? nil
        }
    }

    func forEachFeature(_ body: (String, [Double]) -> Void) {
        for index in bounds.indices {
            body(feature(at: index), Array(values[(index * width)..<((index + 1) * width)]))
        }
    }

    func features(lengths range: ClosedRange<Int>) -> [String] {
        bounds.indices.filter { range.contains(Int(bounds[$0].end - bounds[$0].start)) }.map(feature(at:))
    }

    private func feature(at index: Int) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: Int(bounds[index].start))
        let end = utf8.index(utf8.startIndex, offsetBy: Int(bounds[index].end))
        return String(text[start..<end])
    }
}
