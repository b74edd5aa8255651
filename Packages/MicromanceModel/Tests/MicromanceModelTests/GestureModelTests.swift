import Testing

@testable import MicromanceModel

/// The gesture a guessed language's words most likely name, where no keyword matched and no
/// phrasing was close enough to vote.
@Suite struct GestureModelTests {
    typealias Labelled = (stems: Set<String>, language: LoveLanguage, gesture: Identifier<Gesture>?)

    static let examples: [Labelled] = [
        (["fix", "printer"], .service, "take-a-task"),
        (["rewir", "lamp"], .service, "take-a-task"),
        (["fix", "tap", "kitchen"], .service, "take-a-task"),
        (["pick", "up", "prescription"], .service, "run-an-errand"),
        (["watch", "football"], .time, nil),
        (["watch", "match", "pub"], .time, nil),
        (["watch", "their", "show"], .time, "watch-their-show"),
        (["told", "solo", "chill"], .words, "genuine-compliment"),
        (["told", "look", "stun"], .words, "genuine-compliment"),
    ]

    @Test func itNamesTheGestureTheWordsOfTheLanguageSpeak() throws {
        let model = GestureModel(Self.examples)
        let fixed = try #require(model.best(for: ["fix", "lamp"], language: .service))
        #expect(fixed.gesture == "take-a-task")
        #expect(fixed.chance > 0.5 && fixed.chance <= 1)
        #expect(model.best(for: ["told", "stun"], language: .words)?.gesture == "genuine-compliment")
        // Only the language's own gestures: the same words under another language name none of them.
        #expect(model.best(for: ["told", "stun"], language: .gifts) == nil)
    }

    @Test func phrasingsThatNameNoGestureTeachItToNameNone() {
        let model = GestureModel(Self.examples)
        #expect(model.best(for: ["watch", "football", "pub"], language: .time) == nil)
        #expect(model.best(for: ["watch", "show"], language: .time)?.gesture == "watch-their-show")
    }

    @Test func wordsItNeverSawNameNothing() {
        let model = GestureModel(Self.examples)
        #expect(model.best(for: ["zzz", "qqq"], language: .service) == nil)
        #expect(GestureModel().best(for: ["fix"], language: .service) == nil)
    }

    @Test func itReadsBackWhatItWrites() {
        let model = GestureModel(Self.examples)
        let text = model.serialized
        #expect(GestureModel(serialized: text) == model)
        #expect(GestureModel(serialized: text).serialized == text)
        // Damaged lines are left out, not read as something else.
        let damaged = text.replacingOccurrences(of: "fix\t", with: "fix\tx:y ")
        #expect(GestureModel(serialized: damaged).best(for: ["rewir"], language: .service)?.gesture == "take-a-task")
    }

    @Test func theBuiltInMatcherNamesAGestureForAnActOfServiceNoKeywordNames() {
        // No catalog keyword in it; the corpus's acts of service done for a partner are most
        // often "take a task off their plate".
        let match = Catalog.builtIn.match("rewired the wonky standing lamp she kept complaining about")
        #expect(match.language == .service)
        #expect(match.gesture?.id == "take-a-task")
    }
}

/// Generated rows searched in place find each key exactly, prefixes and missing keys included.
@Suite struct SortedRowsTests {
    @Test func eachKeyIsFoundAndNoOther() {
        let keys = ["a", "ab", "abc", "b", "ba", "caf\u{e9}", "zz"]
        let rows = SortedRows(
            Array(keys.enumerated().map { "\($0.element)\t\($0.offset) \($0.offset * 10) x" }.joined(separator: "\n").utf8))
        #expect(rows.count == keys.count)
        for (index, key) in keys.enumerated() {
            let range = rows.value(of: key)
            #expect(range.map { rows.numbers(in: $0) } == [index, index * 10], "\(key)")
        }
        for missing in ["", "aa", "abcd", "c", "cafe", "zzz", "0"] { #expect(rows.value(of: missing) == nil, "\(missing)") }
        #expect(SortedRows().value(of: "a") == nil)
    }
}
