import ArgumentParser
import MicromanceInsights
import MicromanceModel
import MicromanceStore

/// Turns what a command shows into output: a report, or a page of history. Text, JSON, CSV
/// and HTML are built in; a tool built on these commands adds its own (Markdown, say) to
/// ``CLIEnvironment/renderers``, and `--format NAME` picks it. A renderer is given only the
/// value it shows (everything it prints is in it), and where it is going.
public protocol Renderer: Sendable {
    /// The name `--format` takes ("text", "json").
    var name: String { get }

    /// A report (`report`, `demo`), whole.
    func render(_ report: InsightReport, for page: Page) throws -> String

    /// A list of moments (`history`).
    func render(_ history: HistoryPage, for page: Page) throws -> String
}

extension Renderer {
    /// Refuses: this format has no form for a report.
    public func render(_ report: InsightReport, for page: Page) throws -> String {
        // Say what is (a new user's trial: `report --format csv` said only what was not).
        throw CLIError.usage(
            "--format \(name) is not available for a report; the built-in formats show a report as text, json or html "
                + "(`history --format csv` gives the moments as a table)")
    }

    /// Refuses: this format has no form for a history.
    public func render(_ history: HistoryPage, for page: Page) throws -> String {
        throw CLIError.usage("--format \(name) is not available for history; the built-in formats show history as text, json or csv")
    }
}

/// Where output is going: how wide it may be, and whether it may be coloured.
public struct Page: Sendable {
    /// Columns available.
    public var width: Int
    /// Whether colour and bold may be used.
    public var color: Bool

    /// A page.
    public init(width: Int, color: Bool) {
        self.width = width
        self.color = color
    }
}

/// Moments listed by `history`, newest first, with what a renderer needs beside them.
public struct HistoryPage: Sendable, Codable {
    /// The moments shown.
    public var moments: [Moment]
    /// The partners, for names beside ids.
    public var partners: [ReportPartner]
    /// The journal's home time zone, for moments whose own zone is unknown.
    public var timeZone: String
    /// Matching moments left out by the limit.
    public var leftOut: Int
    /// Whether the journal holds no moment at all (as opposed to none matching).
    public var journalIsEmpty: Bool
    /// The moments shown that carried out a ritual done together (both partners gave them).
    public var together: Set<String> = []
}

/// JSON with a `schemaVersion` and a `kind`, as scripts read it.
public struct JSONRenderer: Renderer {
    /// A JSON renderer.
    public init() {}
    /// "json".
    public var name: String { "json" }

    /// The report as `{"kind": "report", "data": …}`.
    public func render(_ report: InsightReport, for page: Page) throws -> String {
        try TextFormat.json(JSONEnvelope(kind: "report", data: report))
    }

    /// The moments as `{"kind": "history", "data": […]}`.
    public func render(_ history: HistoryPage, for page: Page) throws -> String {
        try TextFormat.json(JSONEnvelope(kind: "history", data: history.moments))
    }
}

/// The moments as the CSV store's `moments.csv` holds them (history only).
public struct CSVRenderer: Renderer {
    /// A CSV renderer.
    public init() {}
    /// "csv".
    public var name: String { "csv" }

    /// The moments table, header first.
    public func render(_ history: HistoryPage, for page: Page) throws -> String {
        var journal = Journal()
        journal.moments = history.moments
        return String(decoding: JournalCSV.momentsTable(journal), as: UTF8.self)
    }
}

/// `--format` and its shorthands, for commands whose output a renderer makes.
struct FormatOptions: ParsableArguments {
    @Option(help: ArgumentHelp("How to print it: text, json, or a format a tool built on these commands adds.", valueName: "name"))
    var format: String?

    @Flag(help: "Print JSON (with a schemaVersion): the same as --format json.")
    var json = false

    @Option(help: ArgumentHelp("Write to this file (readable by you only) instead of standard output.", valueName: "file"))
    var out: String?

    func validate() throws {
        if json, let format, format != "json" { throw ValidationError("choose --json or --format \(format), not both") }
    }

    /// For a command that prints only text or JSON: whether JSON was asked for. Any other
    /// format is refused with the two it has.
    func wantsJSON(in environment: CLIEnvironment) throws -> Bool {
        let name = json ? "json" : format ?? "text"
        guard name == "text" || name == "json" else { throw CLIError.usage("'\(name)' is not a format here; use text or json") }
        return name == "json"
    }

    /// Writes what a renderer made: to `--out` (through ``OutputFile``), else to standard output.
    func emit(_ text: String, format name: String, journal: String?, in environment: CLIEnvironment) throws {
        guard let out else {
            if name == "text" { environment.output.write(text) } else { environment.writeData(text) }
            return
        }
        let file = try OutputFile(out, kind: OutputFile.Kind(format: name), journal: journal, in: environment)
        try file.write(Array(text.utf8))
        environment.output.line("Wrote \(file.path) (\(text.utf8.count / 1024 + 1) KB).")
    }

    /// Runs `show` (a command's output part, written to `CLIEnvironment.current.output`) with
    /// its output going to `--out` when given: the file is checked before `show` runs (so a
    /// refused `--out` changes nothing), and written through ``OutputFile`` after.
    func emitting(format name: String, journal: String?, _ show: () throws -> Void) throws {
        let environment = CLIEnvironment.current
        guard let out else {
            try show()
            return
        }
        let file = try OutputFile(out, kind: OutputFile.Kind(format: name), journal: journal, in: environment)
        var redirected = environment
        let buffer = TextSink()
        redirected.output = buffer
        redirected.outputIsTerminal = false
        try CLIEnvironment.$current.withValue(redirected) { try show() }
        try file.write(Array(buffer.text.utf8))
        environment.output.line("Wrote \(file.path) (\(buffer.text.utf8.count / 1024 + 1) KB).")
    }

    /// The journal a command without `--store` (`demo`) must still never overwrite: the default one.
    static func defaultJournal(_ environment: CLIEnvironment) -> String? {
        try? StoreOptions.expanded(StoreOptions.defaultPath(environment.variables), in: environment)
    }

    /// The format name `--json`/`--format` ask for (for `--out`'s kind of file).
    func name(fallback: String = "text") -> String { json ? "json" : format ?? fallback }

    /// The renderer asked for: `--format`, `--json`, else text.
    func renderer(in environment: CLIEnvironment, fallback: String = "text") throws -> any Renderer {
        let name = json ? "json" : format ?? fallback
        guard let renderer = environment.renderers.first(where: { $0.name == name }) else {
            throw CLIError.usage("'\(name)' is not a format; use \(environment.renderers.map(\.name).joined(separator: ", "))")
        }
        return renderer
    }
}
