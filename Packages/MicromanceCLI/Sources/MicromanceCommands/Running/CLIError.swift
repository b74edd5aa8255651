import Foundation
import MicromanceModel
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
/// 66 no journal yet, 73 cannot create (or would replace what it must not), 74 input/output
/// error, 75 try again later (a sync folder whose other files are still arriving), 77 an encrypted folder without the passphrase that opens it. Every message starts with `micromance:`.
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
    /// Something is not ready yet (another device's files still arriving): the same command
    /// works once it is.
    public static func tryAgainLater(_ message: String) -> CLIError { CLIError(code: 75, message: message) }

    /// What a missing journal's message advises.
    static let startOne = "; run `micromance init` to start one, or pass --store with the path of an existing journal"

    /// The JSON journal in a folder given as a store (the data folder itself, where a folder
    /// means a CSV journal): `journal.json`, else the folder's only `.json` file.
    static func journalInside(_ path: String) -> String? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
            let entries = try? FileManager.default.contentsOfDirectory(atPath: path)
        else { return nil }
        let json = entries.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
        guard let name = json.contains("journal.json") ? "journal.json" : json.count == 1 ? json.first : nil else { return nil }
        return (path as NSString).appendingPathComponent(name)
    }

    /// Maps a store error to its message and exit code, with what to type to fix it: the
    /// store's own message speaks of files and records, the tool's names its commands.
    public init(_ error: StoreError) {
        message = error.description
        switch error {
        case .notFound(let path):
            code = 66
            message +=
                Self.journalInside(path).map {
                    "; the folder holds a JSON journal: use --store \($0.shellQuoted) (`micromance init --store` here would start a second one)"
                } ?? Self.startOne
        case .corrupt(let file, _, _, _, _) where EncryptedFolderGuard.encryptedFolder(holding: file) != nil:
            // A sealed file cannot be mended in a text editor, whatever the store's advice says.
            code = 65
            message = message.replacingOccurrences(
                of: "fix it in a text editor (or restore a backup) and try again",
                with: "a sealed file cannot be mended by hand: put back this device's file from the other device's copy "
                    + "of the folder or a backup, and try again")
        case .corrupt, .invalid, .newerSchema: code = 65
        case .refused(_, let problem):
            // A change the journal's rules refuse is a mistake in what was typed, not damage.
            code = 64
            message = "\(problem); nothing was written"
        case .tooLongForACell: code = 64
        case .spreadsheetDamage:
            code = 65
            message += ": `micromance repair` does it"
        case .symbolicLink:
            // Something in the way, as an --out file Micromance did not write is.
            code = 73
            let ending = "; use the real file or folder instead"
            if message.hasSuffix(ending) { message.removeLast(ending.count) }
            message += "; point --store (or --out) at the real file or folder instead"
        case .io: code = 74
        case .unknownBackend: code = 64
        case .locked: code = 77
        }
    }

    /// The one place where any error a command lets through becomes a message and an exit
    /// code: the tool's own errors as they are, the store's through ``init(_:)``, a change the
    /// journal's rules refuse as a usage error, and anything else as an input/output error
    /// with its description. Argument-parsing errors are left to the parser (nil).
    public static func translating(_ error: any Error) -> CLIError? {
        switch error {
        case let error as CLIError: return error
        case let error as StoreError: return CLIError(error)
        case let error as JournalValidationError: return .usage("\(error); nothing was written")
        default: return nil
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

extension String {
    /// The text as one word for a shell, for commands shown to be copied: as it is when it
    /// holds only letters, digits and `._-@+,:/~`, else in single quotes (`'Lee O'\''Brien'`).
    var shellQuoted: String {
        let plain =
            !isEmpty
            && unicodeScalars.allSatisfy { scalar in
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._-@+,:/~".unicodeScalars.contains(scalar)
            }
        return plain ? self : "'" + replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
