import Foundation

/// The language model as text, so that the built-in one is read rather than trained when the
/// tool starts: one line per feature (`feature TAB count count count count count`, the counts
/// in ``LoveLanguage/allCases`` order, whole numbers, features sorted), and one line per neighbour
/// (`stems TAB language TAB gesture TAB title`, the stems space-separated, oldest first).
extension LanguageModel {
    /// The counts, as ``init(serialized:neighbours:)`` reads them.
    var serializedCounts: String {
        counts.keys.sorted().map { feature in
            let values = (counts[feature] ?? []).map { String(Int($0.rounded())) }  // trained counts are whole
            return feature + "\t" + values.joined(separator: " ")
        }.joined(separator: "\n")
    }

    /// The neighbours, as ``init(serialized:neighbours:)`` reads them.
    var serializedNeighbours: String {
        neighbours.examples.map { example in
            [example.stems.sorted().joined(separator: " "), example.language.rawValue, example.gesture?.rawValue ?? "", example.title]
                .joined(separator: "\t")
        }.joined(separator: "\n")
    }

    /// A model read from ``serializedCounts`` and ``serializedNeighbours``; lines it cannot
    /// read are left out (the text is the project's own, checked by a test).
    init(serialized counts: String, neighbours: String) {
        let width = LoveLanguage.allCases.count
        var table = [String: [Double]]()
        table.reserveCapacity(8192)
        var totals = [Double](repeating: 0, count: width)
        // Read byte by byte: this runs each time the tool starts, and the counts are whole numbers.
        counts.utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index < bytes.count {
                let start = index
                while index < bytes.count, bytes[index] != UInt8(ascii: "\t"), bytes[index] != UInt8(ascii: "\n") { index += 1 }
                let feature = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                var values = [Double](repeating: 0, count: width), slot = 0, number = 0, digits = 0
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") {
                    let byte = bytes[index]
                    if byte >= 0x30 && byte <= 0x39 {
                        number = number * 10 + Int(byte - 0x30)
                        digits += 1
                    } else if digits > 0 {
                        if slot < width { values[slot] = Double(number) }
                        slot += 1
                        number = 0
                        digits = 0
                    }
                    index += 1
                }
                if digits > 0 {
                    if slot < width { values[slot] = Double(number) }
                    slot += 1
                }
                index += 1
                guard slot == width, !feature.isEmpty else { continue }
                table[feature] = values
                for slot in 0..<width { totals[slot] += values[slot] }
            }
        }
        self.init(counts: table, totals: totals, neighbours: Self.neighbours(serialized: neighbours))
    }

    /// A model read from ``serializedCounts``, whose neighbours are read from `neighbours` only
    /// when first asked for: `log` needs them only when no catalog keyword matched.
    init(serialized counts: String, lazyNeighbours neighbours: @escaping @Sendable () -> TitleIndex) {
        self.init(serialized: counts, neighbours: "")
        neighbourSource = .lazy(LazyTitleIndex(neighbours))
    }

    /// Neighbours read from ``serializedNeighbours``.
    static func neighbours(serialized text: String) -> TitleIndex {
        var named = [(stems: [String], label: LabelledTitle)]()
        for line in text.utf8.split(separator: UInt8(ascii: "\n")) {
            let fields = line.split(separator: UInt8(ascii: "\t"), maxSplits: 3, omittingEmptySubsequences: false)
            guard fields.count == 4, let language = LoveLanguage(rawValue: String(decoding: fields[1], as: UTF8.self)) else { continue }
            let stems = fields[0].split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
            let gesture = fields[2].isEmpty ? nil : Identifier<Gesture>(String(decoding: fields[2], as: UTF8.self))
            named.append((stems, LabelledTitle(title: String(decoding: fields[3], as: UTF8.self), language: language, gesture: gesture)))
        }
        return TitleIndex(stemmed: named)
    }
}

/// A title index made when first read, once, from any thread.
final class LazyTitleIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var made: TitleIndex?
    private let make: @Sendable () -> TitleIndex

    init(_ make: @escaping @Sendable () -> TitleIndex) { self.make = make }

    var index: TitleIndex {
        lock.withLock {
            if let made { return made }
            let index = make()
            made = index
            return index
        }
    }
}
