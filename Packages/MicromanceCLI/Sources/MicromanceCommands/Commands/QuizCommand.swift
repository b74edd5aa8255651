import ArgumentParser
import MicromanceModel
import MicromanceStore

/// `micromance quiz`: a forced-choice love-language quiz that sets a partner's profile.
struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Take a 15-question love-language quiz and set a partner's profile from it.",
        discussion: """
            Each question offers two small gestures; answer 1 or 2 for the one that would mean more. \
            Answers can also come from standard input, one per line, for scripts.

            Examples:
              micromance quiz --for Sam
              printf '1\\n2\\n1\\n1\\n2\\n2\\n1\\n1\\n2\\n1\\n2\\n1\\n1\\n2\\n1\\n' | micromance quiz --for Sam
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .customLong("for"), help: "Whose profile the answers set (the person taking the quiz).")
    var partner: String

    func run() throws {
        let environment = CLIEnvironment.current
        let (store, journal) = try storeOptions.load(in: environment)
        let person = try journal.requirePartner(partner)
        let out = environment.output
        let style = environment.style
        let items = LoveLanguageQuiz.items
        out.line(style.bold("Love-language quiz for \(person.name)") + ": \(items.count) pairs. Answer 1 or 2; q to stop.")
        out.line(LoveLanguageQuiz.prompt)
        var answers = [Bool]()
        for (index, item) in items.enumerated() {
            out.line()
            out.line("\(index + 1)/\(items.count)  1) \(item.first.text)")
            out.line("       2) \(item.second.text)")
            while true {
                out.write("> ")
                guard let line = environment.input.next() else {
                    if environment.inputIsTerminal { out.line() }
                    throw CLIError.usage("the quiz stopped after \(answers.count) of \(items.count) answers; nothing was changed")
                }
                let answer = line.trimmingCharacters(in: .whitespaces).lowercased()
                if answer == "1" || answer == "a" { answers.append(true); break }
                if answer == "2" || answer == "b" { answers.append(false); break }
                if answer == "q" { throw CLIError.usage("the quiz was stopped; nothing was changed") }
                if !environment.inputIsTerminal { out.line() }
                out.line("Please answer 1 or 2 (or q to stop).")
            }
            if !environment.inputIsTerminal { out.line() }
        }
        let profile = LoveLanguageQuiz.profile(choosingFirst: answers)
        try store.updateAsThisDevice { journal in
            let index = try journal.partnerIndex(person.id.rawValue)
            journal.partners[index].profile = profile
        }
        out.line()
        out.line(style.bold("\(person.name)'s love languages, most valued first:"))
        for language in profile.ranking {
            out.line(
                "  \(TextFormat.fit(language.displayName, 20)) \(TextFormat.fit(String(repeating: "█", count: Int(profile[language]) * 2), 12)) \(Int(profile[language])) of \(items.count)"
            )
        }
        // The languages that came out on top; a tie at the top leans toward each of them, and
        // a tie of all five toward none (the answers did not tell them apart).
        let top = profile.ranking.filter { profile[$0] == profile[profile.ranking[0]] }
        if top.count == LoveLanguage.allCases.count {
            out.line(
                "Saved to \(person.name)'s profile. Every language came out the same, so suggestions mix them all; "
                    + "the quiz again another day, or `micromance partner edit \(person.id) --ranking …`, can set an order.")
        } else {
            let names = top.map { $0.displayName.lowercased() }
            let listed = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
            out.line("Saved to \(person.name)'s profile. Suggestions now lean toward \(listed).")
        }
    }
}
