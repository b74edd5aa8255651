import MicromanceModel

/// `log` is what people run every day, and swift-argument-parser spends about 18 M
/// instructions (a third of a `log` at 20,000 moments) building its argument sets by
/// reflection and looking for `--generate-completion-script` before it reads a single option.
/// The plain shapes of a `log` line (a title, and long options each given once with a value)
/// are read here instead, into the same `LogCommand` the parser would make; anything else
/// (help, a short option, an unknown or repeated option, a value that is not one of the
/// listed words, a title that fails validation) returns nil and goes through the parser,
/// which gives its usual errors and help. A test compares both readings over many lines and
/// checks that every option of `log` is known here.
extension LogCommand {
    /// The long options read here, each taking a value; `--their-bid` is the one flag.
    static let quickOptions: Set<String> = ["store", "from", "to", "language", "kind", "response", "gesture", "note", "at", "ritual"]

    /// The command `arguments` (starting with `log`) describe, or nil when the parser should read them.
    static func quick(_ arguments: [String]) -> LogCommand? {
        guard arguments.first == "log" else { return nil }
        var title: String?
        var theirBid = false
        var values: [String: String] = [:]
        var index = 1
        while index < arguments.count {
            let token = arguments[index]
            index += 1
            guard token.hasPrefix("-") else {
                guard title == nil else { return nil }
                title = token
                continue
            }
            if token == "--their-bid" {
                guard !theirBid else { return nil }
                theirBid = true
                continue
            }
            guard token.hasPrefix("--") else { return nil }
            var name = token.dropFirst(2)
            let value: String
            if let equals = name.firstIndex(of: "=") {
                value = String(name[name.index(after: equals)...])
                name = name[..<equals]
            } else {
                guard index < arguments.count, !arguments[index].hasPrefix("-") else { return nil }
                value = arguments[index]
                index += 1
            }
            let key = String(name)
            guard quickOptions.contains(key), values[key] == nil else { return nil }
            values[key] = value
        }
        guard let title else { return nil }

        var command = LogCommand()
        var storeOptions = StoreOptions()
        storeOptions.store = values["store"]
        command.storeOptions = storeOptions
        command.title = title
        command.from = values["from"]
        command.to = values["to"]
        command.theirBid = theirBid
        command.gesture = values["gesture"]
        command.note = values["note"]
        command.at = values["at"]
        command.ritual = values["ritual"]
        guard let language = typed(values["language"], as: LoveLanguage.self),
            let kind = typed(values["kind"], as: MomentKind.self),
            let response = typed(values["response"], as: BidResponse.self)
        else { return nil }
        command.language = language
        command.kind = kind
        command.response = response
        guard (try? command.validate()) != nil else { return nil }
        return command
    }

    /// `.some(nil)` for an option not given, `.some(value)` for a word of the vocabulary, nil
    /// for any other text (the parser explains it).
    private static func typed<Value: ArgumentVocabulary>(_ text: String?, as: Value.Type) -> Typed<Value>?? {
        guard let text else { return .some(nil) }
        guard let value = Typed<Value>(argument: text) else { return nil }
        return .some(value)
    }

    /// `log "- fixed her bike"`: text that starts with a dash but holds a space cannot be an
    /// option, yet the parser reads it as short flags (an `h` in it even asked for help, and
    /// nothing was logged). Such a text after an option that takes a value becomes that
    /// option's value (`--note=...`); otherwise it is the title, moved after `--` at the end.
    /// So does a number (`-5`), and, right after an option that takes a value, any word that
    /// is not one of the command's options (`--note -5`, `--note -abc`: a new user's trial was
    /// told "Missing value for '--note'"). `values` are the options of the command that take
    /// one, `flags` those that do not (`edit` has its own).
    static func protectingDashedText(
        _ arguments: [String], values: Set<String> = quickOptions, flags: Set<String> = ["their-bid", "help"]
    ) -> [String] {
        func isText(_ token: String) -> Bool {
            guard token.hasPrefix("-") else { return false }
            // `-5`, `-1.5`, `-0,5`: no option is a number.
            let rest = token.dropFirst()
            if rest.contains(where: \.isNumber), rest.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) { return true }
            guard token.contains(where: \.isWhitespace) else { return false }
            // `--note=a b` is an option with its value.
            let name = token.drop { $0 == "-" }.prefix { $0 != "=" }
            return !(token.hasPrefix("--") && token.contains("=") && !name.isEmpty && name.allSatisfy { $0.isLetter || $0 == "-" })
        }
        func isOption(_ token: String) -> Bool {
            if token == "-h" || token == "--" { return true }
            guard token.hasPrefix("--") else { return false }
            let name = String(token.dropFirst(2).prefix { $0 != "=" })
            return values.contains(name) || flags.contains(name)
        }
        func awaitsValue(_ option: String?) -> Bool {
            guard let option, option.hasPrefix("--"), !option.contains("=") else { return false }
            return values.contains(String(option.dropFirst(2)))
        }
        guard !arguments.contains("--") else { return arguments }
        var kept: [String] = []
        var titles: [String] = []
        for (index, token) in arguments.enumerated() {
            let afterOption = index > 0 && awaitsValue(kept.last) && token.hasPrefix("-") && !isOption(token)
            guard index > 0, afterOption || isText(token) else {
                kept.append(token)
                continue
            }
            if awaitsValue(kept.last), let option = kept.last {
                kept[kept.count - 1] = option + "=" + token
            } else {
                titles.append(token)
            }
        }
        return titles.isEmpty ? kept : kept + ["--"] + titles
    }

    /// The parser's message for an unknown option of `log`, with the option it most likely
    /// meant: one that starts with what was typed (`--lang` is `--language`; the parser, going
    /// by letters changed, offered `--kind`), or, for `--title`, where the title goes.
    static func suggesting(in message: String) -> String {
        guard let start = message.range(of: "Unknown option '--") else { return message }
        let typed = message[start.upperBound...].prefix { $0 != "'" && $0 != "=" }.lowercased()
        guard typed.count >= 2 else { return message }
        let lead = message[..<start.lowerBound] + message[start.lowerBound...].prefix { $0 != "\n" }
        let firstLine = lead.components(separatedBy: " Did you mean")[0]
        let rest = message[lead.endIndex...]
        if typed == "title" {
            return firstLine + " The title is the first argument, in quotes: micromance log \"Made Sam's coffee\"" + rest
        }
        let options = (quickOptions.union(["their-bid"])).filter { $0.hasPrefix(typed) }
        guard options.count == 1, let option = options.first else { return message }
        return firstLine + " Did you mean '--\(option)'?" + rest
    }
}
