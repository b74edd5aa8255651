import ArgumentParser
import Foundation
import MicromanceInsights
import MicromanceModel
import MicromanceStore

extension PartnerCommand {
    /// `micromance partner show`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Show what you know of a partner.",
            discussion: "Example: micromance partner show Sam")

        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The partner's name or id.") var name: String

        func run() throws {
            let environment = CLIEnvironment.current
            let journal = try storeOptions.load(in: environment).journal
            let partner = try journal.requirePartner(name)
            let out = environment.output
            let style = environment.style
            out.line(style.bold("\(partner.name)") + " (\(partner.id))")
            out.line("  Love languages:")
            let most = partner.profile.ranking.map { partner.profile.share(of: $0) }.max() ?? 0
            for language in partner.profile.ranking {
                let share = partner.profile.share(of: language)
                let cells = most > 0 ? Int((share / most * 16).rounded()) : 0
                out.line(
                    "    \(TextFormat.fit(language.displayName, 20)) \(TextFormat.fit(String(repeating: "█", count: cells), 16)) \(TextFormat.percent(share))"
                )
            }
            if !partner.preferences.isEmpty { out.line("  Likes: " + partner.preferences.joined(separator: "; ")) }
            if !partner.ideas.isEmpty {
                let ideas = partner.ownIdeas.map { idea in idea.text + (idea.language.map { " (\($0.displayName.lowercased()))" } ?? "") }
                out.line("  Own ideas: " + ideas.joined(separator: "; "))
            }
            for stressor in partner.stressors {
                out.line(
                    "  Stressor: \(stressor.title)\(stressor.day.map { " on \(TextFormat.day($0))" } ?? " (ongoing)") [\(stressor.id)]")
            }
            for date in partner.importantDates {
                out.line("  Date: \(date.title), \(ImportantDateText.describe(date)) [\(date.id)]")
            }
            // As the report counts them: a ritual done together is both partners' doing and gift.
            // A ritual done together that both phones marked the same day counts once, as there.
            let together = RitualsDoneTogether(journal)
            let home = journal.settings.timeZone.flatMap(TimeZone.init(identifier:)) ?? environment.timeZone
            let repeated = together.repeatedMarks(in: journal.moments, fallback: home)
            let counted = journal.moments.indices.filter { !repeated.contains($0) }.map { journal.moments[$0] }
            let given = counted.filter { together.givers(of: $0).contains(partner.id) }.count
            let received = counted.filter { together.receivers(of: $0).contains(partner.id) }.count
            let shared = counted.contains { together.givers(of: $0).count > 1 && together.givers(of: $0).contains(partner.id) }
            // A bid turned away was given, not received: say so where the two counts would differ.
            let declined = counted.filter { $0.receiver == partner.id && !RitualsDoneTogether.landed($0) }.count
            var notes = shared ? ["rituals done together count for both"] : []
            if declined > 0 { notes.append("\(TextFormat.count(declined, "bid")) they turned away or against not counted as received") }
            out.line("  Moments: gave \(given), received \(received)" + (notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")"))
        }
    }
}

extension PartnerCommand {
    /// `micromance partner edit`.
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit", abstract: "Change a partner's name, love languages, preferences or own ideas.",
            discussion: """
                Examples:
                  micromance partner edit Sam --ranking touch,time,words
                  micromance partner edit Sam --add-preference "dark chocolate" --add-idea "Warm her side of the bed"
                  micromance partner edit Sam --add-idea "Sunday pancakes" --language service

                An idea with a language is matched first when you log something for them ("made \
                our Sunday pancakes" is acts of service) and ranks among the suggestions by how \
                well that language fits them. Adding an idea again with --language changes its language.
                """)

        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The partner's name or id.") var name: String
        @Option(name: .customLong("name"), help: "A new name (the id stays).") var newName: String?
        @Option(
            help: ArgumentHelp("Love languages from most to least valued (those left out count less, not nothing).", valueName: "languages")
        ) var ranking: String?
        @Option(name: .customLong("weight"), help: ArgumentHelp("language=number (repeatable).", valueName: "language=number")) var weights:
            [String] = []
        @Option(name: .customLong("add-preference"), help: "Something they like (repeatable).") var addPreferences: [String] = []
        @Option(name: .customLong("remove-preference"), help: "A preference to forget (repeatable).") var removePreferences: [String] = []
        @Option(name: .customLong("add-idea"), help: "An idea of your own for them (repeatable).") var addIdeas: [String] = []
        @Option(name: .customLong("remove-idea"), help: "An idea to forget (repeatable).") var removeIdeas: [String] = []
        @Option(help: ArgumentHelp("The love language of the ideas added with --add-idea.", valueName: "language")) var language: String?

        /// The ideas to add, with the language given.
        func ideasToAdd() throws -> [OwnIdea] {
            // A tag typed with the text ("Tea [gifts]") reads as it would in the journal's files.
            guard let language else { return addIdeas.map { OwnIdea(stored: $0) } }
            guard !addIdeas.isEmpty else {
                throw ValidationError(
                    "--language gives the language of the ideas added with --add-idea; add one (or use `micromance edit ID --language` for a moment)"
                )
            }
            guard let parsed = LoveLanguage(parsing: language) else {
                throw ValidationError("--language '\(language)' is not a love language: use words, service, gifts, time or touch")
            }
            return addIdeas.map { OwnIdea(OwnIdea(stored: $0).text, language: parsed) }
        }

        func validate() throws {
            _ = try ideasToAdd()
            if let empty = addIdeas.first(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                throw ValidationError("--add-idea '\(empty)' is empty; write the idea in a few words")
            }
            if ranking != nil && !weights.isEmpty { throw ValidationError("give --ranking or --weight, not both") }
            _ = try ProfileInput.profile(ranking: ranking, weights: weights)
        }

        func run() throws {
            let environment = CLIEnvironment.current
            let store = try storeOptions.open(in: environment)
            let partner = try store.updateAsThisDevice { journal -> Partner in
                let index = try journal.partnerIndex(name)
                var partner = journal.partners[index]
                if let newName {
                    guard !newName.trimmingCharacters(in: .whitespaces).isEmpty else { throw CLIError.usage("the new name is empty") }
                    if journal.partners.contains(where: { $0.id != partner.id && $0.name.lowercased() == newName.lowercased() }) {
                        throw CLIError.usage("there is already a partner called '\(newName)'")
                    }
                    partner.name = newName
                }
                if let profile = try ProfileInput.profile(ranking: ranking, weights: weights) { partner.profile = profile }
                partner.preferences.removeAll { removePreferences.contains($0) }
                partner.preferences += addPreferences.filter { !partner.preferences.contains($0) }
                for idea in removeIdeas where partner.removeIdeas(named: idea) == 0 {
                    let known = partner.ownIdeas.map { "\"\($0.text)\"" }.joined(separator: ", ")
                    throw CLIError.usage(
                        "\(partner.name) has no idea \"\(idea)\"" + (known.isEmpty ? "" : " (their ideas: \(known))")
                            + ". Nothing was changed")
                }
                for idea in try ideasToAdd() { partner.addIdea(idea) }
                journal.partners[index] = partner
                return partner
            }
            environment.output.line("Updated \(partner.name).")
        }
    }
}

extension PartnerCommand {
    /// `micromance partner remove`.
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: "Remove a partner who has no moments or rituals (asks first, unless --yes).",
            discussion: "Example: micromance partner remove Robin --yes")

        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The partner's name or id.") var name: String
        @Flag(help: "Do not ask.") var yes = false

        func run() throws {
            let environment = CLIEnvironment.current
            let (store, journal) = try storeOptions.load(in: environment)
            let partner = try journal.requirePartner(name)
            let moments = journal.moments.filter { $0.giver == partner.id || $0.receiver == partner.id }.count
            if moments > 0 || journal.rituals.contains(where: { $0.participants.contains(partner.id) }) {
                throw CLIError.usage(
                    "\(partner.name) is in \(TextFormat.count(moments, "moment")) or a ritual; removing them would orphan those. Nothing was changed"
                )
            }
            if !yes, try !Confirmation.ask("Remove \(partner.name)?", in: environment) {
                environment.output.line("Kept \(partner.name).")
                return
            }
            try store.updateAsThisDevice { journal in
                journal.partners.removeAll { $0.id == partner.id }
                if journal.settings.defaultGiver == partner.id { journal.settings.defaultGiver = nil }
                if journal.settings.defaultReceiver == partner.id { journal.settings.defaultReceiver = nil }
            }
            environment.output.line("Removed \(partner.name).")
        }
    }
}

/// Reads a love-language profile from `--ranking` or `--weight` options.
enum ProfileInput {
    static func profile(ranking: String?, weights: [String]) throws -> LoveLanguageProfile? {
        if let ranking {
            var languages = [LoveLanguage]()
            for word in ranking.split(separator: ",") {
                guard let language = LoveLanguage(parsing: String(word)) else {
                    throw ValidationError("'\(word)' is not a love language; use words, service, gifts, time or touch")
                }
                guard !languages.contains(language) else { throw ValidationError("'\(word)' is in the ranking twice") }
                languages.append(language)
            }
            return LoveLanguageProfile(topRanking: languages)
        }
        guard !weights.isEmpty else { return nil }
        var values = [LoveLanguage: Double]()
        for item in weights {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let language = LoveLanguage(parsing: parts[0]), let value = Double(parts[1]),
                value.isFinite, value >= 0
            else {
                throw ValidationError("--weight '\(item)' should look like touch=5 (a love language, '=', a number of 0 or more)")
            }
            values[language] = value
        }
        let profile = LoveLanguageProfile(values)
        guard profile.isValid else { throw ValidationError("at least one --weight must be above zero") }
        return profile
    }
}

/// How an important date reads.
enum ImportantDateText {
    static func describe(_ date: ImportantDate) -> String {
        let month = TextFormat.monthNames[max(0, min(11, date.month - 1))]
        switch date.recurrence {
        case .yearly: return "every \(date.day) \(month)\(date.year.map { " (since \($0))" } ?? "")"
        case .once: return "\(date.day) \(month) \(date.year.map(String.init) ?? "")"
        }
    }
}
