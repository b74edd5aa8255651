import ArgumentParser
import MicromanceModel

/// The checks `log` and `edit` make on the options that describe a moment, written once so the
/// two commands refuse the same contradictions with the same words.
enum MomentOptionRules {
    /// Refuses a title with a line break inside it (spaces and breaks around it are dropped
    /// anyway): a title is one line. One pasted with a break printed lines of its own in the
    /// confirmation, which a title could use to look like the tool's output, and a spreadsheet
    /// saving the table turns a carriage return in a cell into a line feed, which the store
    /// then takes for an edit (a new user's trial). Longer text belongs in the note.
    static func checkOneLine(_ title: String, named name: String) throws {
        let breaks: Set<UInt32> = [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029]
        if title.trimmed.unicodeScalars.contains(where: { breaks.contains($0.value) }) {
            throw ValidationError("\(name) holds a line break, and a title is one line; put the rest in --note")
        }
    }

    /// The catalog gesture `--gesture` names: nil for `none` (or no option), an error for an
    /// unknown id.
    static func namedGesture(_ gesture: String?) throws -> Gesture? {
        guard let gesture, gesture.lowercased() != "none" else { return nil }
        guard let named = Catalog.builtIn.gesture(Identifier(gesture)) else {
            // A near miss ("make-their-cofee") is named, as a misspelt command is.
            let hint = Lookup.didYouMean(gesture, among: Catalog.builtIn.gestures.map(\.id.rawValue), within: 3)
            throw ValidationError(
                "--gesture '\(gesture)' is not a catalog id;\(hint) `micromance ideas` shows each idea's id in brackets, or say none")
        }
        return named
    }

    /// Refuses a gesture and a language that do not agree: a foot rub is touch or service,
    /// whatever `--language` says, and keeping both would teach the matcher a wrong pair.
    static func checkAgreement(of gesture: Gesture?, with language: LoveLanguage?) throws {
        guard let gesture, let language, !gesture.languages.contains(language) else { return }
        let speaks = gesture.languages.map { $0.displayName.lowercased() }.joined(separator: " or ")
        throw ValidationError(
            "--gesture \(gesture.id) is \(speaks), not \(language.displayName.lowercased()); "
                + "leave out one of them (--gesture none keeps --language without a catalog idea)")
    }

    /// Refuses an answer given to a kind of moment that has none: only a bid is turned toward,
    /// away or against.
    static func checkResponse(_ response: String?, kind: MomentKind?) throws {
        guard let response, !response.isEmpty, let kind, kind != .bid else { return }
        throw ValidationError(
            "--response says how a bid was answered, and a \(kind) is not a bid; leave out --response, or use --kind bid")
    }
}
