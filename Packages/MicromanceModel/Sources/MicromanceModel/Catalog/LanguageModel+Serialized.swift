import Foundation

/// The language model as text, so that the built-in one is read rather than trained when the
/// tool starts: a header (`# TAB features TAB each language's total`), then one line per feature
/// (`feature TAB count count count count count`, the counts in ``LoveLanguage/allCases`` order,
/// whole numbers, features in byte order), and one line per neighbour
/// (`stems TAB language TAB gesture TAB title`, the stems space-separated, oldest first).
extension LanguageModel {
    /// The counts, as ``init(serialized:neighbours:)`` reads them.
    var serializedCounts: String {
        var rows = [(feature: String, values: [Int])]()
        // Trained counts are whole; the lines are in byte order, which the search needs.
        counts.forEachFeature { feature, values in rows.append((feature, values.map { Int($0.rounded()) })) }
        rows.sort { $0.feature.utf8.lexicographicallyPrecedes($1.feature.utf8) }
        let width = LoveLanguage.allCases.count
        let lines = rows.map { row in row.feature + "\t" + row.values.map(String.init).joined(separator: " ") }
        return ([FeatureTable.header(rows, width: width)] + lines).joined(separator: "\n")
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
        // Kept as the text it is, searched in place: this runs each time the tool starts.
        let width = LoveLanguage.allCases.count
        let table = FeatureTable(serialized: counts, width: width)
        let totals = table.totals(width: width)
        self.init(counts: table, totals: totals, neighbours: Self.neighbours(serialized: neighbours))
    }

    /// A model read from ``serializedCounts``, whose neighbours are read from `neighbours` only
    /// when first asked for: `log` needs them only when no catalog keyword matched.
    init(serialized counts: String, lazyNeighbours neighbours: @escaping @Sendable () -> TitleIndex) {
        self.init(serialized: counts, neighbours: "")
        neighbourSource = .lazy(LazyTitleIndex(neighbours))
    }

    /// Neighbours read from ``serializedNeighbours``: one pass over the bytes.
    static func neighbours(serialized text: String) -> TitleIndex {
        var named = [(key: [String], label: LabelledTitle)]()
        var text = text
        text.withUTF8 { bytes in
            var at = 0
            named.reserveCapacity(bytes.count / 64)
            while at < bytes.count {
                let (line, end) = neighbourLine(bytes, from: at)
                if let line { named.append(line) }
                at = end + 1
            }
        }
        // Each line's stems are its title's key, written sorted and once each.
        return TitleIndex(keyed: named)
    }

    /// The built-in neighbours, searched in their text through the generated table of stems.
    static func searchedNeighbours(serialized text: String, postings: String) -> TitleIndex {
        TitleIndex(searched: SearchedTitles(neighbours: text, postings: postings))
    }

    /// One line of ``serializedNeighbours`` (`stems TAB language TAB gesture TAB title`) from
    /// `start`: its key and label (nil when it does not read), and where it ends.
    static func neighbourLine(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> (line: (key: [String], label: LabelledTitle)?, end: Int) {
        let tab = UInt8(ascii: "\t"), space = UInt8(ascii: " "), newline = UInt8(ascii: "\n")
        func string(_ from: Int, _ to: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self) }
        var end = start
        while end < bytes.count, bytes[end] != newline { end += 1 }
        var tabs = [Int]()
        tabs.reserveCapacity(3)
        var index = start
        while index < end, tabs.count < 3 {
            if bytes[index] == tab { tabs.append(index) }
            index += 1
        }
        guard tabs.count == 3, let language = LoveLanguage(rawValue: string(tabs[0] + 1, tabs[1])) else { return (nil, end) }
        var key = [String]()
        var wordStart = start
        for position in start...tabs[0] where position == tabs[0] || bytes[position] == space {
            if position > wordStart { key.append(string(wordStart, position)) }
            wordStart = position + 1
        }
        let gesture = tabs[2] == tabs[1] + 1 ? nil : Identifier<Gesture>(string(tabs[1] + 1, tabs[2]))
        return ((key, LabelledTitle(title: string(tabs[2] + 1, end), language: language, gesture: gesture)), end)
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
