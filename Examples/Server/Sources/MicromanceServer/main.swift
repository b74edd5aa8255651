import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import Metrics
import MicromanceModel
import MicromancePostgresStore
import MicromanceServerCore
import MicromanceStore
import PostgresNIO
import Prometheus

// micromance-server: the HTTP service, its tokens, and journals to try it (and load it) with.
//
//   micromance-server serve --tokens FILE (--postgres URL | --folder DIR) [--host 127.0.0.1] [--port 8080] [--idle-timeout 30]
//   micromance-server token add --tokens FILE --journal ID [--partners A,B] [--postgres URL | --folder DIR]
//   micromance-server token revoke --tokens FILE --id ID
//   micromance-server token list --tokens FILE
//   micromance-server seed --tokens FILE (--postgres URL | --folder DIR) --couples N [--moments M] [--out FILE]

let usage = """
    usage:
      micromance-server serve --tokens FILE (--postgres URL | --folder DIR) [--host 127.0.0.1] [--port 8080]
                              [--idle-timeout SECONDS] [--connect-timeout SECONDS] [--max-connections N]
      micromance-server token add --tokens FILE --journal ID [--partners A,B] [--postgres URL | --folder DIR]
      micromance-server token revoke --tokens FILE --id ID
      micromance-server token list --tokens FILE
      micromance-server seed --tokens FILE (--postgres URL | --folder DIR) --couples N [--moments M] [--out FILE]
    The PostgreSQL password comes from PGPASSWORD or ~/.pgpass; nothing about a journal is logged.
    Each request is logged on standard error (id, method, route, status, milliseconds; LOG_LEVEL=warning
    turns that off), and each 500 with its cause. GET /metrics gives Prometheus's text format.
    --host and --port default to MICROMANCE_HOST and MICROMANCE_PORT, else 127.0.0.1 and 8080. A
    connection idle for --idle-timeout seconds (30) is closed, so clients that send half a request
    and stop do not hold the service; at most --max-connections (1000) are open at once, the rest
    wait to be accepted; serve gives up with a message when PostgreSQL does not
    answer within --connect-timeout seconds (10).
    A running service picks up tokens added or revoked within a second (or at once on SIGHUP);
    token add checks that the journal exists when given --postgres or --folder. token list shows
    ids, journals and dates, never secrets.
    """

var arguments = Array(CommandLine.arguments.dropFirst())
guard var command = arguments.first else {
    FileHandle.standardError.write(Data(usage.utf8))
    exit(64)
}
// `token add|revoke|list`; a bare `token --journal ID` is `token add`, as before.
if command == "token" {
    let verb = arguments.count > 1 && !arguments[1].hasPrefix("--") ? arguments.remove(at: 1) : "add"
    command = "token " + verb
}

/// The options each command takes.
let known: [String: Set<String>] = [
    "serve": ["tokens", "postgres", "folder", "host", "port", "idle-timeout", "connect-timeout", "max-connections"],
    "token add": ["tokens", "journal", "partners", "postgres", "folder"],
    "token revoke": ["tokens", "id"],
    "token list": ["tokens"],
    "seed": ["tokens", "postgres", "folder", "couples", "moments", "out"],
]

/// `--name value` pairs after the command; an option the command does not take, or one given
/// twice, is refused (a mistyped `--prot 9000` must not serve on the default port).
func readOptions(_ arguments: ArraySlice<String>, allowed: Set<String>) -> [String: String] {
    var options = [String: String]()
    var index = arguments.startIndex
    while index < arguments.endIndex {
        guard arguments[index].hasPrefix("--"), index + 1 < arguments.endIndex else {
            FileHandle.standardError.write(Data("micromance-server: '\(arguments[index])' is not an option with a value\n\(usage)".utf8))
            exit(64)
        }
        let name = String(arguments[index].dropFirst(2))
        guard allowed.contains(name), options[name] == nil else {
            let why = allowed.contains(name) ? "is given twice" : "is not an option of \(command)"
            FileHandle.standardError.write(Data("micromance-server: '--\(name)' \(why)\n\(usage)".utf8))
            exit(64)
        }
        options[name] = arguments[index + 1]
        index += 2
    }
    return options
}
let options = readOptions(arguments.dropFirst(), allowed: known[command] ?? [])

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("micromance-server: \(message)\n".utf8))
    exit(64)
}

/// A line for the operator on standard error.
@Sendable func note(_ message: String) {
    FileHandle.standardError.write(Data("micromance-server: \(message)\n".utf8))
}

/// A flag set inside an escaping closure.
final class Found: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false
    var value: Bool { lock.withLock { flag } }
    func set(_ value: Bool) { lock.withLock { flag = value } }
}

guard let tokensPath = options["tokens"] else { fail("--tokens FILE is required\n\(usage)") }

/// A whole number of seconds from an option, else `fallback`; anything else is refused.
func seconds(_ name: String, default fallback: Int) -> Int {
    guard let text = options[name] else { return fallback }
    guard let value = Int(text), (1...3600).contains(value) else { fail("--\(name) \(text.prefix(20)): give whole seconds from 1 to 3600") }
    return value
}

/// Runs `body` with the journals the options name (a running PostgreSQL client when asked).
func withJournals(_ body: @escaping @Sendable (any JournalDirectory, PostgresClient?) async throws -> Void) async throws {
    if let url = options["postgres"] {
        let address = try PostgresLocation(parsing: url)
        let client = PostgresClient(configuration: address.configuration())
        let limit = seconds("connect-timeout", default: 10)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            // The driver waits for a server that is down or refuses the password for as long
            // as it is asked: give up after the deadline, saying what to check.
            let watchdog = Task {
                try await Task.sleep(for: .seconds(limit))
                FileHandle.standardError.write(
                    Data(
                        ("micromance-server: PostgreSQL at \(address.host):\(address.port) did not answer within \(limit) s; "
                            + "check that it is running, that the database exists, and the password (PGPASSWORD or ~/.pgpass)\n").utf8))
                exit(69)
            }
            try await PostgresSchema.migrate(client, logger: PostgresJournalStore.silentLogger)
            watchdog.cancel()
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
case "token add":
    guard let journal = options["journal"], isJournalID(journal) else { fail("--journal ID: 1 to 64 of a-z, 0-9 and -") }
    let names = options["partners"]
    let partners = names.map { $0.split(separator: ",").map { Partner(name: String($0).trimmingCharacters(in: .whitespaces)) } }
    if let partners, partners.count != 2 { fail("--partners NAME,NAME: the two of them") }
    if options["postgres"] != nil || options["folder"] != nil {
        let found = Found()
        try await withJournals { journals, _ in
            let store = journals.store(for: journal)
            if try await store.exists() {
                found.set(true)
            } else if let partners {
                try await store.save(Journal(partners: partners))  // a new couple: their journal, with the two of them
                found.set(true)
            }
        }
        if !found.value {
            note("there is no journal '\(journal)' yet: the token opens it once it exists (add --partners A,B to make it now)")
        }
    } else if partners != nil {
        fail("--partners makes the couple's journal: say where, with --postgres URL or --folder DIR")
    } else {
        note("not checked that the journal '\(journal)' exists (give --postgres URL or --folder DIR to check)")
    }
    let token = try FileLock.withExclusiveLock(tokensPath + ".lock") { () throws(StoreError) -> String in
        var book = TokenBook()
        do {
            book = try TokenBook.load(from: tokensPath)
        } catch {
            // A book that is there but does not read is never replaced by a new one.
            if FileManager.default.fileExists(atPath: tokensPath) {
                fail("\(tokensPath) does not read (\(error)); mend it or move it away, then try again")
            }
        }
        let token = book.issue(for: journal, using: &random)
        do { try book.save(to: tokensPath) } catch { fail("could not write \(tokensPath): \(error)") }
        return token
    }
    print(token)

case "token revoke":
    guard let id = options["id"] else { fail("--id ID: the token's id (see token list), or the whole token") }
    let gone = try FileLock.withExclusiveLock(tokensPath + ".lock") { () throws(StoreError) -> TokenBook.Entry? in
        var book: TokenBook
        do { book = try TokenBook.load(from: tokensPath) } catch { fail("\(tokensPath) does not read: \(error)") }
        guard let entry = book.revoke(id) else { return nil }
        do { try book.save(to: tokensPath) } catch { fail("could not write \(tokensPath): \(error)") }
        return entry
    }
    guard let gone else { fail("no token with the id '\(id.prefix(80))' in \(tokensPath) (token list shows them)") }
    print("revoked token \(gone.id) of journal \(gone.journal); a running service refuses it within a second")

case "token list":
    let book: TokenBook
    do { book = try TokenBook.load(from: tokensPath) } catch { fail("\(tokensPath) does not read: \(error)") }
    print("id            journal                                                           created")
    for entry in book.list {
        let journal = entry.journal.padding(toLength: max(entry.journal.count, 64), withPad: " ", startingAt: 0)
        print("\(entry.id)  \(journal)  \(entry.created ?? "-")")
    }

case "seed":
    guard let couples = options["couples"].flatMap(Int.init), couples > 0 else { fail("--couples N") }
    let moments = options["moments"].flatMap(Int.init) ?? 365
    let seeded = try await Seeding.seed(couples: couples, moments: moments, tokensPath: tokensPath, withJournals: withJournals)
    if let out = options["out"] {
        try SecureFile.replace(out, with: Array((seeded.joined(separator: "\n") + "\n").utf8))
    }
    print("seeded \(couples) couples with \(moments) moments each")

case "serve":
    let tokens: LiveTokens
    do {
        tokens = try LiveTokens(path: tokensPath, report: { note($0) })
    } catch {
        fail("the token file \(tokensPath) does not read (\(error)); make one with: micromance-server token add --tokens FILE --journal ID")
    }
    signal(SIGHUP, SIG_IGN)
    let hangUp = DispatchSource.makeSignalSource(signal: SIGHUP, queue: .global())
    hangUp.setEventHandler { tokens.reload() }
    hangUp.resume()
    let environment = ProcessInfo.processInfo.environment
    let host = options["host"] ?? environment["MICROMANCE_HOST"] ?? "127.0.0.1"
    let portText = options["port"] ?? environment["MICROMANCE_PORT"] ?? "8080"
    guard let port = Int(portText), (1...65535).contains(port) else { fail("--port \(portText.prefix(20)): give a port from 1 to 65535") }
    let idle = seconds("idle-timeout", default: 30)
    let capText = options["max-connections"] ?? "1000"
    guard let cap = Int(capText), (1...100_000).contains(cap) else {
        fail("--max-connections \(capText.prefix(20)): give a number from 1 to 100000")
    }
    var quiet = Logger(label: "micromance-server")
    quiet.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
    let logger = quiet
    let device = DeviceID.random(using: &random)
    try await withJournals { journals, _ in
        // One registry for the service's own metrics and for libraries reporting through swift-metrics.
        let metrics = ServiceMetrics()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: metrics.registry))
        let service = Service(journals: journals, tokens: tokens, device: device, metrics: metrics)
        let journalsPlace = options["postgres"] != nil ? "PostgreSQL" : "the folder \(options["folder"] ?? "")"
        let app = Application(
            router: service.routes(), server: .http1(configuration: .init(idleTimeout: .seconds(Int64(idle)))),
            configuration: .init(
                address: .hostname(host, port: port), serverName: "micromance",
                availableConnectionsDelegate: MaximumAvailableConnections(cap, logger: logger)),
            onServerRunning: { _ in
                let line = "micromance-server: listening on http://\(host):\(port), journals in \(journalsPlace)\n"
                FileHandle.standardError.write(Data(line.utf8))
            },
            logger: logger)
        try await app.runService()
    }

default:
    fail("'\(command)' is not a command\n\(usage)")
}
