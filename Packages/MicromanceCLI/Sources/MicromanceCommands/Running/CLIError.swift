import MicromanceStore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A failure a command reports: a message for standard error and an exit code.
///
/// Exit codes follow BSD's sysexits.h so scripts can tell failures apart:
/// 64 bad usage or input on the command line, 65 bad data in the journal,
/// 66 no journal yet, 73 cannot create, 74 input/output error.
public struct CLIError: Error, CustomStringConvertible {
    /// The exit code.
    public var code: Int32
    /// What went wrong and what to do.
    public var message: String

    /// The command line was wrong (an unknown partner, a bad date).
    public static func usage(_ message: String) -> CLIError { CLIError(code: 64, message: message) }
    /// The journal's data is wrong.
    public static func data(_ message: String) -> CLIError { CLIError(code: 65, message: message) }
    /// Something could not be created because it exists.
    public static func cannotCreate(_ message: String) -> CLIError { CLIError(code: 73, message: message) }

    /// Maps a store error to its message and exit code, with what to type to fix it: the
    /// store's own message speaks of files and records, the tool's names its commands.
    public init(_ error: StoreError) {
        message = error.description
        switch error {
        case .notFound:
            code = 66
            message += "; run `micromance init` to start one, or pass --store with the path of an existing journal"
        case .corrupt, .invalid, .newerSchema: code = 65
        case .io(_, _, let reason):
            code = 74
            if reason == SecureFile.message(ELOOP) { message += "; point --store at the real file or folder" }
        case .unknownBackend: code = 64
        }
    }

    /// Creates an error.
    public init(code: Int32, message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
