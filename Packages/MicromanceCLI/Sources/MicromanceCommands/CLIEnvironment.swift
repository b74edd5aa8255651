import Foundation
import MicromanceModel

/// Everything a command takes from the outside world: the clock, the time zone, the
/// environment variables, randomness and where output goes. Commands read it from
/// ``current``; tests run commands with a fixed clock, zone, seed and captured output.
public struct CLIEnvironment: Sendable {
    /// The current instant.
    public var now: @Sendable () -> Date
    /// The device's time zone (used when the journal does not name one).
    public var timeZone: TimeZone
    /// Environment variables (`MICROMANCE_STORE`, `XDG_DATA_HOME`, `HOME`, `NO_COLOR`, ...).
    public var variables: [String: String]
    /// A fixed seed for new identifiers, or nil for system randomness.
    public var seed: UInt64?
    /// Standard output.
    public var output: TextSink
    /// Standard error.
    public var errors: TextSink

    /// Creates an environment.
    public init(now: @escaping @Sendable () -> Date, timeZone: TimeZone, variables: [String: String], seed: UInt64? = nil,
                output: TextSink, errors: TextSink) {
        self.now = now
        self.timeZone = timeZone
        self.variables = variables
        self.seed = seed
        self.output = output
        self.errors = errors
    }

    /// The real clock, zone, variables and standard streams.
    public static var live: CLIEnvironment {
        CLIEnvironment(now: { Date() }, timeZone: .current, variables: ProcessInfo.processInfo.environment,
                       output: .standardOutput, errors: .standardError)
    }

    /// The environment commands run in.
    @TaskLocal public static var current: CLIEnvironment = .live

    /// A random number generator: seeded when ``seed`` is set, else the system's.
    func makeGenerator() -> AnyGenerator { AnyGenerator(seed: seed) }
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

/// Where a command's text goes: a standard stream, or a buffer in tests.
public final class TextSink: @unchecked Sendable {
    private let lock = NSLock()
    private var buffer = ""
    private let handle: FileHandle?

    /// A sink that keeps what is written, for tests.
    public init() { handle = nil }

    private init(handle: FileHandle) { self.handle = handle }

    /// Standard output.
    public static let standardOutput = TextSink(handle: .standardOutput)
    /// Standard error.
    public static let standardError = TextSink(handle: .standardError)

    /// Writes text as it is.
    public func write(_ text: String) {
        if let handle {
            handle.write(Data(text.utf8))
        } else {
            lock.withLock { buffer += text }
        }
    }

    /// Writes a line.
    public func line(_ text: String = "") { write(text + "\n") }

    /// What was written so far (empty for a standard stream).
    public var text: String { lock.withLock { buffer } }
}
