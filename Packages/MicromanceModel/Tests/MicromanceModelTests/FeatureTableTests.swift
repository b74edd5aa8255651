import Testing

@testable import MicromanceModel

/// The built-in model's counts are searched in their text; they must say what a dictionary of
/// the same counts says, for every feature and for words it lacks.
@Suite struct FeatureTableTests {
    @Test func theBuiltInTableIsPackedAndAgreesWithADictionary() {
        let packed = LanguageModel.builtIn.counts
        #expect(packed.isPacked)
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
