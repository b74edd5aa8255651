import Testing

@testable import MicromanceModel

/// The built-in model's counts are searched in their text; they must say what a dictionary of
/// the same counts says, for every feature and for words it lacks.
@Suite struct FeatureTableTests {
    @Test func theBuiltInTableIsPackedAndAgreesWithADictionary() {
        let packed = LanguageModel.builtIn.counts
        #expect(packed.isPacked && packed.isSearchedInPlace)
        var dictionary = FeatureTable()
        var features = [String]()
        packed.forEachFeature { feature, values in
            features.append(feature)
            for (slot, value) in values.enumerated() { dictionary.add(feature, slot: slot, weight: value, width: values.count) }
        }
        #expect(!dictionary.isPacked)
        #expect(features.count == packed.count && dictionary.count == packed.count)
        for feature in features { #expect(packed[feature] == dictionary[feature], "\(feature)") }
        for missing in ["", "zzzzzz", "aaa+", "coffee+zzz", "\u{e9}t\u{e9}"] { #expect(packed[missing] == dictionary[missing]) }
        #expect(packed.totals(width: 5) == dictionary.totals(width: 5))
        #expect(Set(packed.features(lengths: 5...6)) == Set(dictionary.features(lengths: 5...6)))
        // The header's figures are the lines' own, and the lines are in the byte order the
        // search needs.
        let unheaded = FeatureTable(serialized: String(LanguageModel.trainedCounts.drop { $0 != "\n" }.dropFirst()), width: 5)
        #expect(unheaded.isPacked && !unheaded.isSearchedInPlace && unheaded.count == packed.count)
        #expect(unheaded.totals(width: 5) == packed.totals(width: 5))
        #expect(features == features.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    @Test func aTableWithAHeaderIsSearchedWithoutReadingIt() {
        let lines = [
            "a\t1 0 0 0 0", "caf\u{e9}\t0 1 0 0 0", "coffee\t0 2 0 0 0", "coffee+mug\t0 0 1 0 0", "hug\t0 0 0 0 3", "odd\t1 2",
            "tea\t1 0 0 0 0",
        ]
        let text = "#\t7\t3 3 1 0 3\n" + lines.joined(separator: "\n")
        let table = FeatureTable(serialized: text, width: 5)
        #expect(table.isSearchedInPlace && table.count == 7 && table.totals(width: 5) == [3, 3, 1, 0, 3])
        #expect(table["a"] == [1, 0, 0, 0, 0] && table["tea"] == [1, 0, 0, 0, 0] && table["hug"] == [0, 0, 0, 0, 3])
        #expect(table["coffee"] == [0, 2, 0, 0, 0] && table["coffee+mug"] == [0, 0, 1, 0, 0] && table["caf\u{e9}"] == [0, 1, 0, 0, 0])
        for missing in ["", "#", "0", "b", "coffe", "coffee+", "coffee+mugs", "zzz", "odd"] { #expect(table[missing] == nil, "\(missing)") }
        var listed = [String: [Double]]()
        table.forEachFeature { listed[$0] = $1 }
        #expect(listed.count == 6 && listed["hug"] == [0, 0, 0, 0, 3])
        #expect(Set(table.features(lengths: 3...3)) == ["hug", "tea"])
        var learning = table
        learning.add("tea", slot: 4, weight: 2, width: 5)
        #expect(!learning.isPacked && learning["tea"] == [1, 0, 0, 0, 2] && learning["coffee"] == [0, 2, 0, 0, 0])
        // A header that does not read (a word for a number, too few totals) is a line like any
        // other: the table is read first, as without one.
        for header in ["#\tseven\t3 3 1 0 3", "#\t7\t3 3 1", "#7\t3 3 1 0 3"] {
            let read = FeatureTable(serialized: header + "\n" + lines.joined(separator: "\n"), width: 5)
            #expect(
                !read.isSearchedInPlace && read["hug"] == [0, 0, 0, 0, 3] && read["tea"] == [1, 0, 0, 0, 0] && read["odd"] == nil,
                "\(header)")
        }
    }

    @Test func linesOutOfOrderAreReadIntoADictionary() {
        let table = FeatureTable(serialized: "tea\t1 0 0 0 0\ncoffee\t0 2 0 0 0\nbroken line\nhug\t0 0 0 0 3", width: 5)
        #expect(!table.isPacked)
        #expect(table["coffee"] == [0, 2, 0, 0, 0] && table["hug"] == [0, 0, 0, 0, 3] && table["broken line"] == nil)
        let sorted = FeatureTable(serialized: "coffee\t0 2 0 0 0\nhug\t0 0 0 0 3\ntea\t1 0 0 0 0", width: 5)
        #expect(sorted.isPacked)
        #expect(sorted["tea"] == [1, 0, 0, 0, 0] && sorted["te"] == nil && sorted.count == 3)
        var learning = sorted
        learning.add("tea", slot: 4, weight: 2, width: 5)
        #expect(!learning.isPacked && learning["tea"] == [1, 0, 0, 0, 2] && learning["hug"] == [0, 0, 0, 0, 3])
    }
}
