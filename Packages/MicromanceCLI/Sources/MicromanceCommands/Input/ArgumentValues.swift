import ArgumentParser
import MicromanceModel

/// A vocabulary of the model (love languages, kinds of moment, responses) that an option
/// can take. The model does not know ArgumentParser, so the option's type is ``Typed``, a
/// value of the CLI's own that wraps it.
protocol ArgumentVocabulary: CaseIterable, Sendable {
    /// The value a typed word names, or nil.
    static func parse(_ text: String) -> Self?
    /// The word for a value, as help and completion list it.
    var word: String { get }
}

/// An option value from a model vocabulary: ArgumentParser checks it, lists the words in
/// help and completion, and says which words it takes when one is wrong.
struct Typed<Value: ArgumentVocabulary>: ExpressibleByArgument, Sendable {
    /// The parsed value.
    let value: Value

    init?(argument: String) {
        guard let value = Value.parse(argument) else { return nil }
        self.value = value
    }

    static var allValueStrings: [String] { Value.allCases.map(\.word) }
    var defaultValueDescription: String { value.word }
}

extension LoveLanguage: ArgumentVocabulary {
    /// Its id, or a longer name ("quality time", "acts of service").
    static func parse(_ text: String) -> LoveLanguage? { LoveLanguage(parsing: text) }
    var word: String { rawValue }
}

extension MomentKind: ArgumentVocabulary {
    /// gesture, bid or gratitude, in any case.
    static func parse(_ text: String) -> MomentKind? { MomentKind(rawValue: text.lowercased()) }
    var word: String { rawValue }
}

extension BidResponse: ArgumentVocabulary {
    /// toward, away or against ("turned toward" and "towards" too).
    static func parse(_ text: String) -> BidResponse? { BidResponse(parsing: text) }
    var word: String { rawValue }
}

/// What to say of a list of days (`sat,sun`, `mon,wed,fri`) with a word that is not one: the
/// word, and the day it most likely meant (`fir`: did you mean fri?).
enum DayList {
    /// "'fir' is not a day (did you mean fri?)" for the first word of `list` that is not a
    /// day, or nil when every word is one.
    static func problem(_ list: Substring) -> String? {
        for word in list.split(separator: ",", omittingEmptySubsequences: false) {
            let text = word.trimmingCharacters(in: .whitespaces)
            guard Weekday(parsing: text) == nil else { continue }
            if text.isEmpty { return "a day in '\(list)' is empty" }
            // `mon wed`: days apart by spaces, not commas.
            let words = text.split(separator: " ")
            if words.count > 1, words.allSatisfy({ Weekday(parsing: String($0)) != nil }) {
                return "'\(text)' is days apart by spaces; separate them with commas (\(words.joined(separator: ",")))"
            }
            return "'\(text)' is not a day" + (Weekday.suggestion(for: text).map { " (did you mean \($0.shortName)?)" } ?? "")
        }
        return nil
    }
}
