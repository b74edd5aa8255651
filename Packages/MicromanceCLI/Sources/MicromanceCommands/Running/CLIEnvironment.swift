import Foundation
import MicromanceInsights
import MicromanceModel
import MicromanceStore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Everything a command takes from the outside world: the clock, the time zone, the
/// environment variables, randomness and where output goes. Commands read it from
/// ``current``; tests run commands with a fixed clock, zone, seed and captured output.
public struct CLIEnvironment: Sendable {
    /// The current instant.
    public var now: @Sendable () -> Date
    /// The device's time zone (used when the journal does not name one).
    public var timeZone: TimeZone
    /// What to say on standard error before each command about how ``timeZone`` was found:
    /// set when `TZ` names no zone this system knows (``live`` then takes the clock as one with
    /// no zone set).
    public var timeZoneCaution: String?
    /// What to say before the commands that set or show this device's zone (``timeZoneNoteCommands``):
    /// set when a `TZ` rule with summer time is read as the zone whose clock it keeps, or when
    /// `TZ` is an offset POSIX reads the other way than it is most often meant (`UTC+2`).
    public var timeZoneNote: String?
    /// The commands that set this device's zone as a journal's home zone (`init`) or show it (`settings`).
    public static let timeZoneNoteCommands: Set<String> = ["init", "settings"]
    /// Environment variables (`MICROMANCE_STORE`, `XDG_DATA_HOME`, `HOME`, `NO_COLOR`, ...).
    public var variables: [String: String]
    /// A fixed seed for new identifiers, or nil for system randomness.
    public var seed: UInt64?
    /// Standard output.
    public var output: TextSink
    /// Standard error.
    public var errors: TextSink
    /// Standard input, line by line (answers to the quiz, confirmations).
    public var input: LineSource
    /// Whether standard output is a terminal (colour and widths follow it).
    public var outputIsTerminal: Bool
    /// Whether standard input is a terminal (so questions can be asked).
    public var inputIsTerminal: Bool
    /// The terminal's width in columns.
    public var width: Int
    /// This device's identity in change stamps, or nil to read it from (or create it in)
    /// the data folder (`device-id` beside the default journal).
    public var deviceID: DeviceID?
    /// Where journals can live: every `--store` location is opened through this registry.
    /// ``standardStores()`` knows JSON files, CSV folders, sync folders and memory; a tool
    /// built on these commands registers its own backends here.
    public var stores: StoreRegistry
    /// The insight strategies and scoring that `report`, `reflect` and `demo` use.
    public var insights: InsightEngine
    /// The output formats `--format` can name: text, JSON, CSV and HTML to start with.
    public var renderers: [any Renderer]

    /// Creates an environment. By default: no terminal, 80 columns, no input.
    public init(
        now: @escaping @Sendable () -> Date, timeZone: TimeZone, variables: [String: String], seed: UInt64? = nil,
        output: TextSink, errors: TextSink, input: LineSource = LineSource(lines: []),
        outputIsTerminal: Bool = false, inputIsTerminal: Bool = false, width: Int = 80, deviceID: DeviceID? = nil,
        stores: StoreRegistry = CLIEnvironment.standardStores(), insights: InsightEngine = .standard,
        renderers: [any Renderer] = [TextRenderer(), JSONRenderer(), CSVRenderer(), HTMLRenderer()]
    ) {
        self.now = now
        self.timeZone = timeZone
        self.variables = variables
        self.seed = seed
        self.output = output
        self.errors = errors
        self.input = input
        self.outputIsTerminal = outputIsTerminal
        self.inputIsTerminal = inputIsTerminal
        self.width = width
        self.deviceID = deviceID
        self.stores = stores
        self.insights = insights
        self.renderers = renderers
    }

    /// Where output goes, for a renderer: the terminal's width and whether to colour.
    public var page: Page { Page(width: width, color: usesColor) }

    /// A new registry with the stores the `micromance` tool knows: `json:` and `memory:` (from
    /// ``StoreRegistry``), `csv:` (a ``CSVJournalStore`` that stamps edits made to its tables
    /// in a spreadsheet as this device's) and `sync:`, a ``SyncFolderStore`` writing as this
    /// device (the device of the environment of the command that opens it).
    public static func standardStores() -> StoreRegistry {
        let registry = StoreRegistry()
        // CSV folders stamp a spreadsheet's edits as this device's changes.
        let csv: StoreRegistry.Factory = { folder throws(StoreError) in
            guard !folder.isEmpty else { throw .unknownBackend("csv:", known: ["csv"]) }
            let environment = CLIEnvironment.current
            return CSVJournalStore(folder: folder) { (try? DeviceIdentity.current(environment)) ?? CSVJournalStore.spreadsheet }
        }
        registry.register(scheme: "csv", csv)
        registry.registerFolder(csv)
        registry.register(scheme: "sync") { folder throws(StoreError) in
            guard !folder.isEmpty else { throw .unknownBackend("sync:", known: ["sync"]) }
            let environment = CLIEnvironment.current
            // An encrypted folder opens with its key (kept on this device, or from the
            // passphrase) before anything else: a wrong passphrase leaves nothing behind.
            let seal = try EncryptedFolders.seal(for: folder, in: environment)
            let device: DeviceID
            do {
                device = try DeviceIdentity.current(environment)
            } catch {
                throw .io(
                    file: DeviceIdentity.path(environment.variables) ?? folder, operation: "read this device's identity",
                    reason: "\(error)")
            }
            // Damage in another device's files is said once per command, on standard error.
            let said = SaidOnce()
            // `log` keeps an index of the folder in this device's data folder (never in the shared one).
            let cache = DeviceIdentity.path(environment.variables).map { StorePath.join(StorePath.folder(of: $0), "sync-index") }
            return SyncFolderStore(
                folder: folder, device: device, now: environment.now, formerDevice: DeviceIdentity.previous(environment), seal: seal,
                cacheFolder: cache
            ) { problem in
                let more = problem.kind == .stillArriving ? " (`micromance sync status` shows which)" : ""
                if said.first(problem.description) { environment.errors.line("micromance: warning: \(problem)\(more)") }
            }
        }
        return registry
    }

    /// The real clock, zone, variables, standard streams and terminal.
    public static var live: CLIEnvironment {
        let variables = ProcessInfo.processInfo.environment
        // `MICROMANCE_NOW` pins the clock (reproducible scripts, examples and tests of other
        // programs against the tool); a value that is not a timestamp is refused when a command runs.
        let pinned = variables["MICROMANCE_NOW"].flatMap(Self.pinnedClock)
        // `TZ` as the C library reads it (`:Europe/Paris`, `MST7`), where Foundation reads a name only.
        let (zone, caution, note) = DeviceTimeZone.resolveNoting(variables["TZ"], system: .current)
        var live = CLIEnvironment(
            now: { pinned ?? Date() }, timeZone: zone, variables: variables,
            output: .standardOutput, errors: .standardError, input: .standardInput,
            outputIsTerminal: Terminal.isTerminal(1), inputIsTerminal: Terminal.isTerminal(0),
            width: Terminal.width(variables: variables))
        live.timeZoneCaution = caution
        live.timeZoneNote = note
        return live
    }

    /// Whether to colour output: only on a terminal, never with `NO_COLOR` set or `TERM=dumb`.
    public var usesColor: Bool {
        outputIsTerminal && (variables["NO_COLOR"] ?? "").isEmpty && variables["TERM"] != "dumb"
    }

    /// The text styles for this environment (plain when colour is off).
    var style: Style { Style(enabled: usesColor) }

    /// The environment commands run in.
    @TaskLocal public static var current: CLIEnvironment = .live

    /// A random number generator: seeded when ``seed`` is set, else the system's.
    func makeGenerator() -> AnyGenerator { AnyGenerator(seed: seed) }
}

/// Remembers what was said, so a warning met on every read is said once.
private final class SaidOnce: @unchecked Sendable {
    private let lock = NSLock()
    private var said = Set<String>()
    /// Whether `text` is said for the first time (and remembers it).
    func first(_ text: String) -> Bool { lock.withLock { said.insert(text).inserted } }
}

/// A random number generator that is either seeded (tests) or the system's.
struct AnyGenerator: RandomNumberGenerator {
    private var seeded: SeededGenerator?
    private var system = SystemRandomNumberGenerator()

    init(seed: UInt64?) { seeded = seed.map(SeededGenerator.init(seed:)) }

    mutating func next() -> UInt64 {
        guard var generator = seeded else { return system.next() }
        let value = generator.next()
        seeded = generator
        return value
    }
}

/// Where a command reads lines from: standard input, or a list in tests.
public final class LineSource: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String]?

    /// A source that returns these lines, then end of input.
    public init(lines: [String]) { self.lines = lines }

    private init() { lines = nil }

    /// Standard input.
    public static let standardInput = LineSource()

    /// One key press: from a terminal without waiting for Return; from given lines, the first
    /// character of the next line. Nil at the end of input.
    public func nextKey() -> Character? {
        lock.withLock {
            guard lines != nil else { return Terminal.readKey() }
            guard lines?.isEmpty == false else { return nil }
            return lines?.removeFirst().first
        }
    }

    /// The next line without its line break, or nil at the end of input.
    public func next() -> String? {
        lock.withLock {
            guard lines != nil else { return Swift.readLine(strippingNewline: true) }
            return lines?.isEmpty == false ? lines?.removeFirst() : nil
        }
    }
}

extension CLIEnvironment {
    /// The zone a moment logged here is in when its giver has no zone of their own: the
    /// device's, except that a device whose clock is plain UTC (a server, a container, a new
    /// virtual machine: a zone never set) gives way to the journal's home zone, so that `log`
    /// and `today` agree on the day. A new user's trial in Nairobi on such a machine had a
    /// moment of 01:30 Tuesday filed on Monday, and `today` saying nothing was logged.
    func loggingZone(for journal: Journal) -> TimeZone {
        guard Self.unsetZones.contains(timeZone.identifier),
            let home = journal.settings.timeZone.flatMap(TimeZone.init(identifier:))
        else { return timeZone }
        return home
    }

    /// The names a clock with no zone set goes by.
    static let unsetZones: Set<String> = [
        "UTC", "GMT", "UCT", "Universal", "Zulu", "GMT0", "Etc/UTC", "Etc/GMT", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "Etc/GMT0",
    ]

    /// The zone whose days "today", "tomorrow" and every period mean on this device: the own
    /// zone of the partner this device belongs to (`micromance me`), else the zone this device
    /// logs in (``loggingZone(for:)``: its clock's, or the home zone on a clock with none set).
    /// A partner abroad sees his own today, on his own phone, and a moment logged on a device
    /// falls on the today that device shows (a laptop taken to Berlin logged at 03:00 on its
    /// Sunday while `today` still showed the Saturday at home, "nothing logged yet").
    /// A note for standard error when this device's owner has a zone of their own whose clock
    /// now reads differently from this device's (a zone set for a trip and left behind: a trial
    /// back in Lisbon with Auckland still set saw Friday at 22:31 on Thursday); nil otherwise,
    /// and on a clock with no zone set.
    func ownZoneNote(for journal: Journal) -> String? {
        guard let me = journal.settings.defaultGiver, let name = journal.settings.partnerTimeZones[me],
            let own = TimeZone(identifier: name), !Self.unsetZones.contains(timeZone.identifier)
        else { return nil }
        let instant = now()
        guard own.secondsFromGMT(for: instant) != timeZone.secondsFromGMT(for: instant) else { return nil }
        let who = journal.partner(me)?.name ?? me.rawValue
        return "micromance: \(who)'s own time zone is set to \(name) (its days and times are used here), but this "
            + "device's clock is in \(timeZone.identifier); back home? `micromance settings --partner-time-zone "
            + "\(who.shellQuoted)=` clears it"
    }

    func viewerZone(for journal: Journal) -> TimeZone {
        if let me = journal.settings.defaultGiver, let zone = journal.settings.partnerTimeZones[me].flatMap(TimeZone.init(identifier:)) {
            return zone
        }
        return loggingZone(for: journal)
    }
}
