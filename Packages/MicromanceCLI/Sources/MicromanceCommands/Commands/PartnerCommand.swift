import ArgumentParser
import MicromanceModel

/// `micromance partner`: the people in the journal.
struct PartnerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partner",
        abstract: "Add, list, show, edit, remove and merge partners, with their dates and stressors.",
        subcommands: [
            Add.self, List.self, Show.self, Edit.self,
            Remove.self, Merge.self, Dates.self, Stressors.self,
        ])
}

extension PartnerCommand {
    /// `micromance partner add`.
    struct Add: ParsableCommand {
        /// Whether every word of `name` is a word of `other` or the initial of one, in order,
        /// and `name` is shorter: "Mensah", "K. Mensah" and "Kofi M." are parts of "Kofi Mensah"
        /// ("Ama Mensah" is not).
        static func partOfName(_ name: String, of other: String) -> Bool {
            let words = { (text: String) in
                Lookup.folded(text).split(whereSeparator: { $0 == " " || $0 == "." }).map(String.init)
            }
            let mine = words(name), theirs = words(other)
            guard !mine.isEmpty, mine.count <= theirs.count, mine != theirs else { return false }
            var next = theirs[...]
            for word in mine {
                guard let found = next.firstIndex(where: { $0 == word || (word.count == 1 && $0.hasPrefix(word)) }) else { return false }
                next = next[(found + 1)...]
            }
            return true
        }

        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a partner, with what you know of their love languages and preferences.",
            discussion: """
                Love languages: words, service, gifts, time, touch. Give a ranking (most valued first; \
                those you leave out count less than the last you name, not nothing) or weights; without \
                either, all five count the same until you learn more.

                Examples:
                  micromance partner add Sam --ranking touch,time,words
                  micromance partner add Alex --weight service=5 --weight words=3 --prefers "oat flat white"
                """)

        @OptionGroup var storeOptions: StoreOptions

        @Argument(help: "The partner's name.")
        var name: String

        @Option(help: ArgumentHelp("Love languages from most to least valued, comma-separated.", valueName: "languages"))
        var ranking: String?

        @Option(
            name: .customLong("weight"),
            help: ArgumentHelp("A love language's weight, as language=number (repeatable).", valueName: "language=number"))
        var weights: [String] = []

        @Option(name: .customLong("prefers"), help: ArgumentHelp("Something they like (repeatable).", valueName: "text"))
        var preferences: [String] = []

        func validate() throws {
            if name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("the name is empty") }
            if ranking != nil && !weights.isEmpty { throw ValidationError("give --ranking or --weight, not both") }
            _ = try profile()
        }

        func profile() throws -> LoveLanguageProfile {
            try ProfileInput.profile(ranking: ranking, weights: weights) ?? .even
        }

        func run() throws {
            let environment = CLIEnvironment.current
            let store = try storeOptions.open(in: environment)
            guard let id = Identifier<Partner>.slug(name) else {
                throw CLIError.usage("the name '\(name)' needs at least one letter or digit")
            }
            let partner = Partner(
                id: id, name: name.trimmingCharacters(in: .whitespaces), profile: try profile(),
                preferences: preferences)
            let journal = try store.updateAsThisDevice { journal in
                if let existing = journal.partner(named: name)
                    ?? journal.partners.first(where: { $0.id == partner.id || Lookup.folded($0.name) == Lookup.folded(partner.name) })
                {
                    throw CLIError.cannotCreate(
                        "\(existing.name) is already a partner in this journal (id: \(existing.id)), added earlier, perhaps by "
                            + "`init --me` or on the other device; change their profile with "
                            + "`micromance partner edit \(existing.id) --ranking …` (nothing was written)")
                }
                // "Tobias" beside "Tobias Lindqvist" (or the other way round) is the same person,
                // named shorter or longer: `--from tobias` already finds him, and a third
                // partner would take moments meant for him.
                let first = { (name: String) in Lookup.folded(name).split(separator: " ").first.map(String.init) ?? "" }
                if let existing = journal.partners.first(where: {
                    first($0.name) == Lookup.folded(partner.name) || Lookup.folded($0.name) == first(partner.name)
                }) {
                    // Shorter: the name already finds them. Longer: it may be their full name.
                    let shorter = first(existing.name) == Lookup.folded(partner.name)
                    let why = shorter ? "and '\(name)' names them in every command" : "and '\(name)' may be their full name"
                    throw CLIError.cannotCreate(
                        "\(existing.name) is already a partner in this journal (id: \(existing.id)), \(why); to rename them, "
                            + "`micromance partner edit \(existing.id) --name \(partner.name.shellQuoted)`; "
                            + "to add someone else, give a name that is not theirs (nothing was written)")
                }
                // "Mensah" or "K. Mensah" beside "Kofi Mensah": their surname, or their initials.
                if let existing = journal.partners.first(where: {
                    Self.partOfName(partner.name, of: $0.name) || Self.partOfName($0.name, of: partner.name)
                }) {
                    let why = Self.partOfName(partner.name, of: existing.name) ? "looks like part of their name" : "may be their full name"
                    throw CLIError.cannotCreate(
                        "\(existing.name) is already a partner in this journal (id: \(existing.id)), and '\(name)' \(why); to rename them, `micromance partner edit \(existing.id) --name "
                            + "\(partner.name.shellQuoted)`; to add someone else, give a name that is not theirs (nothing was written)")
                }
                // Added again here while the other device's files arrive, the partner would
                // replace the profile that device wrote (the newer change wins).
                if journal.partners.count < 2, let arriving = StoreOptions.stillArriving(store) {
                    throw CLIError.tryAgainLater("\(arriving); \(partner.name) may be among them. Try again then (nothing was written)")
                }
                // A third partner: the couple so far stays the default pair of `log`.
                if journal.partners.count == 2, journal.settings.defaultReceiver == nil,
                    let me = journal.settings.defaultGiver, let other = journal.otherPartner(than: me)
                {
                    journal.settings.defaultReceiver = other.id
                }
                try journal.add(partner)
                // With two partners, `log` needs no --from/--to: the first gives to the second by default.
                if journal.partners.count == 2, journal.settings.defaultGiver == nil, journal.settings.defaultReceiver == nil {
                    journal.settings.defaultGiver = journal.partners[0].id
                    journal.settings.defaultReceiver = journal.partners[1].id
                }
                return journal
            }
            environment.output.line("Added \(partner.name) (id: \(partner.id)).")
            if let primary = partner.profile.primary {
                environment.output.line(
                    "Their love languages, most valued first: \(Self.named(partner.profile).map(\.displayName).joined(separator: ", ")) (\(primary.displayName) first)."
                )
            }
            if journal.partners.count == 1 {
                environment.output.line("Next: add the other partner with `micromance partner add NAME`.")
            } else if journal.partners.count == 2 {
                environment.output.line(
                    "Next: log a small gesture, e.g. `micromance log \"Made coffee\" --from \(journal.partners[0].name.shellQuoted) --to \(journal.partners[1].name.shellQuoted)`."
                )
            } else {
                let names = journal.partners.map(\.name).joined(separator: ", ")
                // The usual pair (this device's partner and their usual receiver) stays what `log`
                // uses with neither --from nor --to: say so, rather than that --to is needed.
                let me = journal.settings.defaultGiver.flatMap(journal.partner)
                let usual = journal.settings.defaultReceiver.flatMap(journal.partner)
                let how =
                    if let me, let usual, me.id != usual.id {
                        "`log` with neither --from nor --to still goes from \(me.name) to \(usual.name); name --to "
                            + "(and --from when it is not \(me.name)) for a moment with \(partner.name)"
                    } else {
                        "a moment goes from one to another, so `log` needs --to (and --from when it is not you)"
                    }
                environment.output.line(
                    "This journal now has \(journal.partners.count) partners (\(names)); \(how). A partner added by mistake and "
                        + "never in a moment goes with `micromance partner remove \(partner.id)`.")
            }
        }
    }
}

extension PartnerCommand {
    /// `micromance partner list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the partners and their love-language profiles.",
            discussion: "Example: micromance partner list")

        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let environment = CLIEnvironment.current
            let (store, journal) = try storeOptions.load(in: environment)
            if journal.partners.isEmpty {
                if let arriving = StoreOptions.stillArriving(store) {
                    environment.output.line("No partners read yet: \(arriving).")
                } else {
                    environment.output.line("No partners yet. Add one with `micromance partner add NAME`.")
                }
            }
            for partner in journal.partners {
                let profile = partner.profile
                let languages = profile.ranking.map { "\($0.rawValue) \(Int((profile.share(of: $0) * 100).rounded()))%" }
                environment.output.line("\(partner.name) (\(partner.id)): \(languages.joined(separator: ", "))")
                for preference in partner.preferences { environment.output.line("  likes: \(preference)") }
            }
        }
    }
}

extension PartnerCommand.Add {
    /// The languages a profile puts above the rest: those with weight, less the lowest when
    /// several share it (the languages a ranking left out, or a quiz's ties at the bottom).
    static func named(_ profile: LoveLanguageProfile) -> [LoveLanguage] {
        let weighted = profile.ranking.filter { profile[$0] > 0 }
        guard let lowest = weighted.last.map({ profile[$0] }), weighted.filter({ profile[$0] == lowest }).count > 1,
            weighted.contains(where: { profile[$0] > lowest })
        else { return weighted }
        return weighted.filter { profile[$0] > lowest }
    }
}
