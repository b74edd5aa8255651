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
