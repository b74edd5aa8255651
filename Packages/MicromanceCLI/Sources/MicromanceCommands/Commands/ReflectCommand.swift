import ArgumentParser
import Foundation
import MicromanceInsights
import MicromanceModel
import MicromanceStore

/// `micromance reflect`: one question to sit with, and a place to keep the answer.
struct ReflectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reflect",
        abstract: "One reflective question, chosen to fit what your journal shows lately; keep your answer if you like.",
        discussion: """
            The question stays the same all day; --another asks a different one for the same situation. \
            --answer keeps what you write in the journal, beside the question it answers, and the \
            report for that period shows it under "Reflections". Answers stay on this machine like \
            notes; `micromance undo` takes back an answer just kept.

            Examples:
              micromance reflect
              micromance reflect --another
              micromance reflect --answer "When you ask about my day and wait for the whole answer." --by Sam
              micromance reflect --answer "Sunday pancakes could be ours." --together
              micromance reflect --list
              micromance reflect --json
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Flag(help: "Ask a different question than today's (for the same situation when there is one).")
    var another = false

    @Option(help: ArgumentHelp("Keep this answer to the question in the journal.", valueName: "text"))
    var answer: String?

    @Option(help: ArgumentHelp("Who is answering (default: this device's partner, from `settings`).", valueName: "name"))
    var by: String?

    @Flag(help: "The answer is the two of you together.")
    var together = false

    @Flag(help: "List the answers kept so far, oldest first.")
    var list = false

    @OptionGroup var format: FormatOptions

    func validate() throws {
        if let answer, answer.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("the answer is empty; write a few words, or leave out --answer to just read the question")
        }
        if answer == nil, by != nil || together { throw ValidationError("--by and --together go with --answer TEXT") }
        if by != nil, together { throw ValidationError("say --by NAME or --together, not both") }
        if list, answer != nil || another { throw ValidationError("--list shows the kept answers; leave out --answer and --another") }
    }

    func run() throws {
        try format.emitting(format: format.name(), journal: try? storeOptions.path(in: CLIEnvironment.current)) { try show() }
    }

    /// What the command prints (to `--out` when given).
    private func show() throws {
        let environment = CLIEnvironment.current
        if list { return try listAnswers(in: environment) }
        guard let answer else {
            let journal = try storeOptions.load(in: environment).journal
            let question = question(for: journal, in: environment)
            ShownQuestion.note(question.text, on: CalendarDay(environment.now(), in: environment.timeZone), in: environment)
            if try format.wantsJSON(in: environment) {
                environment.output.write(try TextFormat.json(JSONEnvelope(kind: "reflection", data: question)))
                return
            }
            environment.output.line(environment.style.bold(question.text))
            environment.output.line(environment.style.dim("(chosen for: \(question.situation); there is no right answer)"))
            return
        }
        let store = try storeOptions.open(in: environment)
        var generator = environment.makeGenerator()
        let (kept, who) = try store.updateAsThisDevice { journal -> (ReflectionAnswer, String) in
            // The answer goes with the question this device last showed today (`reflect
            // --another` shows a different one), else with today's.
            let shown = another ? nil : ShownQuestion.today(CalendarDay(environment.now(), in: environment.timeZone), in: environment)
            let partner: Partner?
            if together {
                partner = nil
            } else if let by {
                partner = try journal.requirePartner(by, role: "--by")
            } else if let own = journal.settings.defaultGiver.flatMap(journal.partner) {
                partner = own
            } else {
                throw CLIError.usage(
                    "say who is answering with --by NAME, or --together; `micromance settings` can remember who uses this device")
            }
            // The question shown here was chosen for this device's partner; one that names the
            // other partner ("When did Kwame last seem truly seen by you?") does not fit their
            // own answer, so they get one chosen for them (a new user's trial kept Kwame's
            // answer to a question about himself).
            let other = partner.flatMap { $0.id != journal.settings.defaultGiver ? $0 : nil }
            var question = question(for: journal, asking: other?.id, in: environment)
            if let shown, !(other.map { Self.names(shown, $0) } ?? false) { question.text = shown }
            let home = journal.settings.timeZone.flatMap(TimeZone.init(identifier:)) ?? environment.timeZone
            var id = Identifier<ReflectionAnswer>.random(using: &generator)
            while journal.reflections.contains(where: { $0.id == id }) || journal.removed.reflections.contains(where: { $0.id == id }) {
                id = .random(using: &generator)
            }
            let kept = ReflectionAnswer(
                id: id, at: environment.now(), timeZone: home.identifier, partner: partner?.id, question: question.text,
                answer: answer.trimmingCharacters(in: .whitespacesAndNewlines))
            try journal.validate(kept)
            journal.reflections.append(kept)
            return (kept, partner.map { "\($0.name)'s answer" } ?? "your shared answer")
        }
        LastChange.record(reflection: kept, store: store, in: environment)
        if try format.wantsJSON(in: environment) {
            environment.output.write(try TextFormat.json(JSONEnvelope(kind: "reflection-answer", data: kept)))
            return
        }
        environment.output.line("Kept \(TextFormat.oneLine(who)) to: \(TextFormat.oneLine(kept.question)) [\(kept.id)]")
        environment.output.line(environment.style.dim("`micromance report` shows it for this period; `micromance undo` takes it back."))
    }

    /// Whether `text` names `partner` (their name as a word, in any case).
    static func names(_ text: String, _ partner: Partner) -> Bool {
        let words = Set(text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        let name = partner.name.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        return !name.isEmpty && name.allSatisfy(words.contains)
    }

    /// Today's question for the journal (for `asking`, else this device's partner), or another
    /// one with --another.
    private func question(
        for journal: Journal, asking: Identifier<Partner>? = nil, in environment: CLIEnvironment
    ) -> Reflection.Question {
        let asking = asking ?? journal.settings.defaultGiver
        let context = PeriodOptions.context(.lastDays(28), for: journal, in: environment)
        let report = environment.insights.report(context)
        var question = Reflection.choose(for: report, journal: journal, seed: context.seed, asking: asking)
        if another {
            // The next seeds until the question changes (every situation has several).
            let today = question.text
            for step in 1...64 {
                question = Reflection.choose(
                    for: report, journal: journal, seed: context.seed &+ UInt64(step) &* 0x9E37_79B9_7F4A_7C15, asking: asking)
                if question.text != today { break }
            }
        }
        return question
    }

    private func listAnswers(in environment: CLIEnvironment) throws {
        let journal = try storeOptions.load(in: environment).journal
        if try format.wantsJSON(in: environment) {
            environment.output.write(try TextFormat.json(JSONEnvelope(kind: "reflection-answers", data: journal.reflections)))
            return
        }
        guard !journal.reflections.isEmpty else {
            environment.output.line("No answers kept yet. `micromance reflect` asks a question; --answer TEXT keeps yours.")
            return
        }
        let home = journal.settings.timeZone.flatMap(TimeZone.init(identifier:)) ?? environment.timeZone
        let width = environment.page.width
        for kept in journal.reflections {
            let who = kept.partner.map { id in journal.partner(id)?.name ?? id.rawValue } ?? "Together"
            TextRenderer.say(
                "\(TextFormat.day(kept.day(fallback: home))) · \(TextFormat.oneLine(who)): \(TextFormat.oneLine(kept.question)) [\(kept.id)]",
                to: environment.output, width: width, first: "")
            for paragraph in kept.answer.split(separator: "\n") {
                TextRenderer.say(String(paragraph), to: environment.output, width: width, first: "    ")
            }
        }
    }
}

/// The reflective question this device last showed, and on which day: kept in `last-question`
/// in the data folder (owner-only) so that `reflect --answer` after `reflect --another` files
/// the answer under the question that was asked.
enum ShownQuestion {
    static func path(_ environment: CLIEnvironment) -> String? {
        DeviceIdentity.path(environment.variables).map { StorePath.join(StorePath.folder(of: $0), "last-question") }
    }

    /// Notes that `text` was shown on `day`. Losing the note only means an answer goes with
    /// the day's first question.
    static func note(_ text: String, on day: CalendarDay, in environment: CLIEnvironment) {
        guard let path = path(environment), !text.contains("\n") else { return }
        _ = try? SecureFile.makeFolder(StorePath.folder(of: path))
        _ = try? SecureFile.replace(path, with: Array("\(day)\t\(text)\n".utf8))
    }

    /// The question shown on `day`, if one was.
    static func today(_ day: CalendarDay, in environment: CLIEnvironment) -> String? {
        guard let path = path(environment), let bytes = try? SecureFile.read(path) else { return nil }
        let line = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .newlines)
        let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
        guard parts.count == 2, parts[0] == day.description, !parts[1].isEmpty else { return nil }
        return parts[1]
    }
}
