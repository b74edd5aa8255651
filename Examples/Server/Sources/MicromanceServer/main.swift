import Foundation
import Hummingbird
import Logging
import MicromanceModel
import MicromancePostgresStore
import MicromanceServerCore
import MicromanceStore
import PostgresNIO

// micromance-server: the HTTP service, its tokens, and journals to try it (and load it) with.
//
//   micromance-server serve --tokens FILE (--postgres URL | --folder DIR) [--port 8080]
//   micromance-server token --tokens FILE --journal ID [--partners A,B (--postgres URL | --folder DIR)]
//   micromance-server seed --tokens FILE (--postgres URL | --folder DIR) --couples N [--moments M] [--out FILE]

let usage = """
    usage:
      micromance-server serve --tokens FILE (--postgres URL | --folder DIR) [--port 8080]
      micromance-server token --tokens FILE --journal ID [--partners A,B (--postgres URL | --folder DIR)]
      micromance-server seed --tokens FILE (--postgres URL | --folder DIR) --couples N [--moments M] [--out FILE]
    The PostgreSQL password comes from PGPASSWORD or ~/.pgpass; nothing about a journal is logged.
    """

let arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else {
    FileHandle.standardError.write(Data(usage.utf8))
    exit(64)
}

/// `--name value` pairs after the command.
func readOptions(_ arguments: ArraySlice<String>) -> [String: String] {
    var options = [String: String]()
    var index = arguments.startIndex
    while index < arguments.endIndex {
        guard arguments[index].hasPrefix("--"), index + 1 < arguments.endIndex else {
            FileHandle.standardError.write(Data("micromance-server: '\(arguments[index])' is not an option with a value\n\(usage)".utf8))
            exit(64)
        }
        options[String(arguments[index].dropFirst(2))] = arguments[index + 1]
        index += 2
    }
    return options
}
let options = readOptions(arguments.dropFirst())

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("micromance-server: \(message)\n".utf8))
    exit(64)
}

guard let tokensPath = options["tokens"] else { fail("--tokens FILE is required\n\(usage)") }

/// Runs `body` with the journals the options name (a running PostgreSQL client when asked).
func withJournals(_ body: @escaping @Sendable (any JournalDirectory, PostgresClient?) async throws -> Void) async throws {
    if let url = options["postgres"] {
        let address = try PostgresLocation(parsing: url)
        let client = PostgresClient(configuration: address.configuration())
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            try await PostgresSchema.migrate(client, logger: PostgresJournalStore.silentLogger)
            try await body(PostgresDirectory(client: client, address: address), client)
            group.cancelAll()
        }
    } else if let folder = options["folder"] {
        try SecureFile.makeFolder(folder)
        try await body(FolderDirectory(folder: folder), nil)
    } else {
        fail("say where the journals are: --postgres URL or --folder DIR")
    }
}

var random = SystemRandomNumberGenerator()
switch command {
case "token":
    guard let journal = options["journal"], isJournalID(journal) else { fail("--journal ID: 1 to 64 of a-z, 0-9 and -") }
    if let names = options["partners"] {
        // A new couple: their journal, with the two of them, unless it is there already.
        let partners = names.split(separator: ",").map { Partner(name: String($0).trimmingCharacters(in: .whitespaces)) }
        guard partners.count == 2 else { fail("--partners NAME,NAME: the two of them") }
        try await withJournals { journals, _ in
            let store = journals.store(for: journal)
            if try await !store.exists() { try await store.save(Journal(partners: partners)) }
        }
    }
    var book = (try? TokenBook.load(from: tokensPath)) ?? TokenBook()
    let token = book.issue(for: journal, using: &random)
    try book.save(to: tokensPath)
    print(token)

case "seed":
    guard let couples = options["couples"].flatMap(Int.init), couples > 0 else { fail("--couples N") }
    let moments = options["moments"].flatMap(Int.init) ?? 365
    let seeded = try await Seeding.seed(couples: couples, moments: moments, tokensPath: tokensPath, withJournals: withJournals)
    if let out = options["out"] {
        try SecureFile.replace(out, with: Array((seeded.joined(separator: "\n") + "\n").utf8))
    }
    print("seeded \(couples) couples with \(moments) moments each")

case "serve":
    let book = try TokenBook.load(from: tokensPath)
    let port = options["port"].flatMap(Int.init) ?? 8080
    var quiet = Logger(label: "micromance-server")
    quiet.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
    let logger = quiet
    let device = DeviceID.random(using: &random)
    try await withJournals { journals, _ in
        let service = Service(journals: journals, tokens: book, device: device)
        let app = Application(
            router: service.router(), configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: "micromance"),
            logger: logger)
        try await app.runService()
    }

default:
    fail("'\(command)' is not a command\n\(usage)")
}
