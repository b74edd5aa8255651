import Foundation
import MicromanceModel

/// Finds what a person names on the command line: a partner by any part of their name, a
/// moment, ritual, date or stressor by the start of its id (or a ritual by its title). Case
/// and accents do not matter ("zoe" finds Zoë Müller-Łukasz). An ambiguous name lists what
/// it could mean; a name that finds nothing says what exists, with the nearest as "did you
/// mean".
enum Lookup {
    /// Moment ids shorter than this are not taken as prefixes: a few characters match too much.
    static let shortestMomentPrefix = 4

    /// Text compared without case or accents (see `Partner.folded(_:)`).
    static func folded(_ text: String) -> String { Partner.folded(text) }

    /// The index of the one item that `text` names: an exact id or name first, then the start
    /// of an id, or of a name or any word in it. `minimumPrefix` guards short prefixes.
    static func find<T>(
        _ text: String, in items: [T], kind: String, id: (T) -> String, names: (T) -> [String] = { _ in [] },
        minimumPrefix: Int = 1, listCommand: String
    ) throws -> Int {
        let key = folded(text.trimmed)
        guard !key.isEmpty else { throw CLIError.usage("the \(kind) is empty; \(listCommand) lists them") }
        // Ids without names (moments: a million of them) are plain ASCII: compared as they are,
        // without folding each one.
        let named = items.contains { !names($0).isEmpty }
        let idKey = named ? key : key.lowercased()
        func idForm(_ item: T) -> String { named ? folded(id(item)) : id(item) }
        if let exact = items.indices.first(where: { idForm(items[$0]) == idKey }) { return exact }
        let byName = items.indices.filter { index in names(items[index]).contains { folded($0) == key } }
        if byName.count == 1 { return byName[0] }
        let prefixed = items.indices.filter { index in
            idForm(items[index]).hasPrefix(idKey)
                || names(items[index]).contains { name in
                    let words = folded(name).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
                    return folded(name).hasPrefix(key) || words.contains { $0.hasPrefix(key) }
                }
        }
        let described: (Int) -> String = { index in
            let name = names(items[index]).first
            return name.map { "\($0) (\(id(items[index])))" } ?? id(items[index])
        }
        if prefixed.count == 1 {
            // A moment id needs enough characters to be safe against the next one logged.
            if key.count < minimumPrefix, idForm(items[prefixed[0]]) != idKey, names(items[prefixed[0]]).isEmpty {
                throw CLIError.usage("'\(text)' is too short for a \(kind) id; give at least \(minimumPrefix) characters")
            }
            return prefixed[0]
        }
        if prefixed.count > 1 {
            let list = prefixed.prefix(5).map(described).joined(separator: ", ")
            throw CLIError.usage(
                "'\(text)' could be \(prefixed.count) \(kind)s: \(list)\(prefixed.count > 5 ? ", …" : ""); give more of it")
        }
        // Names first: "did you mean" offers what people call them before an id.
        // "Did you mean" for what has names; a mistyped random id has no near neighbour worth naming.
        // Each name is compared whole and word by word: "Sidharth" is one letter from the first
        // word of "Siddhārth Rao", though five from the whole name.
        let candidates: [(shown: String, compared: String)] =
            named
            ? items.indices.flatMap { index in
                (names(items[index]) + [id(items[index])]).flatMap { name in
                    [(name, folded(name))]
                        + folded(name).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { (name, String($0)) }
                }
            } : []
        let nearest = candidates.min { distance($0.compared, key) < distance($1.compared, key) }
        let hint = nearest.flatMap { distance($0.compared, key) <= max(2, key.count / 3) ? " Did you mean '\($0.shown)'?" : nil } ?? ""
        let shortList = items.allSatisfy { !names($0).isEmpty } && items.count <= 8
        let known =
            items.isEmpty
            ? "there are none yet"
            : shortList ? "the \(kind)s are: \(items.compactMap { names($0).first }.joined(separator: ", "))" : "\(listCommand) lists them"
        // One sentence, or a question and then a sentence: "…; the partners are" or "….  Did you mean …? The partners are".
        guard !hint.isEmpty else { throw CLIError.usage("no \(kind) is called '\(text)'; \(known)") }
        throw CLIError.usage("no \(kind) is called '\(text)'.\(hint) \(known.prefix(1).uppercased() + known.dropFirst())")
    }

    /// The number of single-character edits between two words (for "did you mean").
    /// " Did you mean 'X'?" for the one of `candidates` nearest `typed` (compared lowercased),
    /// when it is at most `within` edits away; else "".
    static func didYouMean(_ typed: String, among candidates: [String], within: Int) -> String {
        let typed = typed.lowercased()
        let nearest = candidates.min { distance($0, typed) < distance($1, typed) }
        return nearest.flatMap { distance($0, typed) <= within ? " Did you mean '\($0)'?" : nil } ?? ""
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

extension Journal {
    /// The index of the moment with this id, or the only one whose id starts with it (at least 4 characters).
    func momentIndex(_ text: String) throws -> Int {
        try Lookup.find(
            text, in: moments, kind: "moment", id: \.id.rawValue, minimumPrefix: Lookup.shortestMomentPrefix,
            listCommand: "`micromance history`")
    }

    /// The partner a person names (any case or accents, a first name or the start of one), or a
    /// usage error that lists the partners.
    func requirePartner(_ text: String, role: String = "partner") throws -> Partner {
        do {
            let index = try Lookup.find(
                text, in: partners, kind: "partner", id: \.id.rawValue, names: { [$0.name] },
                listCommand: "`micromance partner list`")
            return partners[index]
        } catch let error as CLIError where role != "partner" {
            throw CLIError.usage("\(role): \(error.message)")
        }
    }

    /// The index of the partner a person names.
    func partnerIndex(_ text: String) throws -> Int {
        let partner = try requirePartner(text)
        return partners.firstIndex { $0.id == partner.id } ?? 0
    }

    /// The index of the ritual with this id or title, or the start of either.
    func ritualIndex(_ text: String) throws -> Int {
        try Lookup.find(
            text, in: rituals, kind: "ritual", id: \.id.rawValue, names: { [$0.title] },
            listCommand: "`micromance ritual list`")
    }

    /// The index of one of a partner's important dates, by id or title, or the start of either.
    func dateIndex(_ text: String, partner index: Int) throws -> Int {
        try Lookup.find(
            text, in: partners[index].importantDates, kind: "date", id: \.id.rawValue, names: { [$0.title] },
            listCommand: "`micromance partner date list \(partners[index].name)`")
    }

    /// The index of one of a partner's stressors, by id or title, or the start of either.
    func stressorIndex(_ text: String, partner index: Int) throws -> Int {
        try Lookup.find(
            text, in: partners[index].stressors, kind: "stressor", id: \.id.rawValue, names: { [$0.title] },
            listCommand: "`micromance partner stressor list \(partners[index].name)`")
    }
}

/// Asks a yes/no question on a terminal; refuses to guess when there is no one to ask.
enum Confirmation {
    static func ask(_ question: String, in environment: CLIEnvironment) throws -> Bool {
        guard environment.inputIsTerminal else {
            throw CLIError.usage("\(question) Pass --yes to confirm when not running in a terminal.")
        }
        environment.output.write("\(question) [y/N] ")
        let answer = environment.input.next()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        return answer == "y" || answer == "yes"
    }
}
