import MicromanceModel

/// Finding what a person names on the command line, with errors that list what exists.
extension Journal {
    /// The index of the moment with this id, or the only one whose id starts with it (at least 4 characters).
    func momentIndex(_ text: String) throws -> Int {
        if let index = moments.firstIndex(where: { $0.id.rawValue == text }) { return index }
        let matches = text.count >= 4 ? moments.indices.filter { moments[$0].id.rawValue.hasPrefix(text) } : []
        guard matches.count == 1 else {
            throw CLIError.usage(
                matches.isEmpty
                    ? "no moment has the id '\(text)'; `micromance history` shows the ids"
                    : "'\(text)' starts \(matches.count) moment ids; give more of it")
        }
        return matches[0]
    }

    /// The partner a person names, or a usage error that lists the partners.
    func requirePartner(_ text: String, role: String = "partner") throws -> Partner {
        guard let partner = partner(named: text) else {
            let names = partners.map(\.name).joined(separator: ", ")
            throw CLIError.usage("\(role) '\(text)' is not in this journal; the partners are: \(names.isEmpty ? "none yet" : names)")
        }
        return partner
    }

    /// The index of the partner a person names.
    func partnerIndex(_ text: String) throws -> Int {
        let partner = try requirePartner(text)
        return partners.firstIndex { $0.id == partner.id } ?? 0
    }

    /// The index of the ritual with this id or title (any case).
    func ritualIndex(_ text: String) throws -> Int {
        let key = text.lowercased()
        if let index = rituals.firstIndex(where: { $0.id.rawValue == text || $0.title.lowercased() == key }) { return index }
        let titles = rituals.map { "\($0.title) (\($0.id))" }.joined(separator: ", ")
        throw CLIError.usage("no ritual is called '\(text)'; the rituals are: \(titles.isEmpty ? "none yet" : titles)")
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
