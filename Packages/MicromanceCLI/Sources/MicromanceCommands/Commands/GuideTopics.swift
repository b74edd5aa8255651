/// `micromance help TOPIC`: the guide on a topic, printed from the copy the tool carries
/// (``GuideTexts``, written by `scripts/embed-guides`), so someone with only the binary can read
/// it. The guides are Markdown files in the repository's `docs/guides/` (their shell blocks are
/// run by the test suite).
enum GuideTopics {
    struct Topic {
        var name: String
        var file: String
        var title: String
        var covers: String
    }

    static let all: [Topic] = [
        Topic(
            name: "everyday", file: "everyday-use.md", title: "Everyday use",
            covers: "every command, how days, times and names are read, how a title gets its love language, exit codes and output rules"),
        Topic(
            name: "files", file: "journal-files.md", title: "The journal's files",
            covers: "where the journal lives, the JSON, CSV and sync-folder stores, and what each promises about your data"),
        Topic(
            name: "sharing", file: "sharing.md", title: "Sharing a journal between two devices",
            covers: "merge, sync folders kept in step by Syncthing, Dropbox or unison, encrypted folders, how copies come back together"),
        Topic(
            name: "spreadsheets", file: "spreadsheets.md", title: "Editing the CSV tables in a spreadsheet",
            covers: "what you can do to the tables in LibreOffice, Excel or Google Sheets, and what a spreadsheet may change on its own"),
        Topic(
            name: "reminders", file: "calendar.md", title: "Reminders in your calendar",
            covers: "the iCalendar file of dates, hard days and rituals for the calendar app on both phones"),
        Topic(
            name: "reports", file: "reports-and-formats.md", title: "Reports and formats",
            covers: "what the report looks at, how the consistency score is computed, the page, and the JSON for scripts"),
        Topic(
            name: "embedding", file: "embedding.md", title: "Embedding Micromance in your own program",
            covers: "depending on the Swift packages, a first program, stamping changes so that merges keep them"),
        Topic(
            name: "server", file: "server.md", title: "Micromance on a server",
            covers: "the async store API, the PostgreSQL backend and the example HTTP service"),
    ]

    /// The names, for the root command's help and for an unknown topic.
    static var names: String { all.map(\.name).joined(separator: ", ") }

    /// The topic named `name` (or the start of it, or its guide's file name, with or without
    /// `.md`: the README and the guides link `everyday-use.md`, and a new user typed
    /// `help everyday-use`), if it is one.
    static func topic(_ name: String) -> Topic? {
        let wanted = name.lowercased()
        return all.first { $0.name == wanted || $0.file == wanted || $0.file == wanted + ".md" }
            ?? all.first { $0.name.hasPrefix(wanted) && wanted.count >= 3 }
    }

    /// What `micromance help TOPIC` prints: the guide, then where it is kept and the other topics.
    static func text(for topic: Topic) -> String {
        let guide = GuideTexts.text(topic.file).map { $0.hasSuffix("\n") ? $0 : $0 + "\n" } ?? "\(topic.title): \(topic.covers).\n"
        return guide + """

            ---
            Guide: docs/guides/\(topic.file) in the Micromance repository (it opens in any Markdown viewer).
            Other guides: \(all.filter { $0.name != topic.name }.map(\.name).joined(separator: ", ")) (micromance help TOPIC).
            """
    }
}
