import ArgumentParser
import MicromanceModel
import MicromanceStore

/// `micromance convert`: copies the journal into a store of another kind.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Copy the journal into another store, such as a folder of CSV tables.",
        discussion: """
            The journal you have stays as it is; point --store or MICROMANCE_STORE at the new one to use it. \
            The target must not hold a journal yet.

            Examples:
              micromance convert --to csv:~/micromance-tables
              micromance convert --store csv:~/micromance-tables --to json:~/journal.json
              micromance convert --to sync:~/Sync/micromance --encrypt

            The guide: micromance help files
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: ArgumentHelp("Where to write: csv:DIR, json:PATH, a .json file or a folder.", valueName: "location"))
    var to: String

    @Flag(help: "Encrypt the new sync: folder with a passphrase the two of you share (see `micromance init --help`).")
    var encrypt = false

    func run() throws {
        let environment = CLIEnvironment.current
        let journal = try storeOptions.load(in: environment).journal
        var target = try StoreOptions.open(to, in: environment)
        if encrypt {
            guard let folder = (target as? SyncFolderStore)?.folder else {
                throw CLIError.usage("--encrypt is for a sync: folder (--to sync:DIR); nothing was written")
            }
            try EncryptedFolders.create(folder: folder, in: environment)
            target = try StoreOptions.open(to, in: environment)
        }
        try target.refuseCrowdedFolder()
        if try !target.saveIfAbsent(journal) {
            throw CLIError.cannotCreate("\(target.location) already holds a journal; choose an empty place (nothing was written)")
        }
        environment.output.line(
            "Copied \(TextFormat.count(journal.moments.count, "moment")) and \(TextFormat.count(journal.partners.count, "partner")) to \(target.location)."
        )
        environment.output.line("Use it with --store \(to) or MICROMANCE_STORE=\(to).")
        // A journal moved into a sync folder is the one to use from now on: remembered, so that
        // a command without --store says so rather than go on with the old copy.
        if target is SyncFolderStore { JoinedFolders.remember(target.location, in: environment) }
    }
}

/// `micromance export`: writes the journal out as JSON or CSV.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the journal out as JSON or CSV, to standard output or a file.",
        discussion: """
            JSON is the whole journal. CSV to standard output is the moments table; with --out it is a folder of every table. \
            With --out, any store the tool knows will do (--format sqlite, say, in a tool that adds it). \
            Files are created readable by you only, and an existing file is never replaced.

            Examples:
              micromance export --format json > backup.json
              micromance export --format csv --out ~/micromance-export
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "json or csv (with --out, any store scheme this tool knows).")
    var format = "json"

    @Option(help: ArgumentHelp("A file (JSON) or folder (CSV) to write instead of standard output.", valueName: "path"))
    var out: String?

    func run() throws {
        let environment = CLIEnvironment.current
        let journal = try storeOptions.load(in: environment).journal
        guard let out else {
            switch format.lowercased() {
            case "json": environment.writeData(String(decoding: JournalJSON.encode(journal), as: UTF8.self))
            case "csv": environment.writeData(String(decoding: JournalCSV.momentsTable(journal), as: UTF8.self))
            default: throw CLIError.usage("--format \(format) needs --out PATH; to standard output, use json or csv")
            }
            return
        }
        // Through the registry, like every other store: the format is the location's scheme.
        let target = try StoreOptions.open(format.lowercased() + ":" + out, in: environment)
        try target.refuseCrowdedFolder()
        if try !target.saveIfAbsent(journal) {
            throw CLIError.cannotCreate("\(out) already exists; choose another path (nothing was written)")
        }
        environment.output.line("Exported \(TextFormat.count(journal.moments.count, "moment")) to \(out).")
    }
}
