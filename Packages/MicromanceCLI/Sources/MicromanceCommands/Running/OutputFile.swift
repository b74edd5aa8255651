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

/// The one way a command writes a file besides the journal (`--out` on `report`, `demo`,
/// `history`, `today`, `suggest`, `ideas`, `reflect` and `calendar`).
///
/// The file is replaced atomically and is readable by its owner only. It is never allowed to
/// replace what it did not make: a path that already holds something is replaced only when
/// that is an earlier output of the same kind, recognised by its own signature (a page's
/// generator tag, a calendar's PRODID, a JSON output's envelope) or by the ledger of outputs
/// kept in the data folder (`outputs`: kind, digest and path of the last files written, for
/// kinds such as plain text that carry no signature). The journal itself, anything inside a
/// store's folder, a folder, or a file it does not recognise is refused with exit code 73, and
/// nothing is written.
struct OutputFile {
    /// What kind of file an output is; `--out` replaces only an earlier file of the same kind.
    struct Kind: Hashable, Sendable, CustomStringConvertible {
        /// The kind's name, as the ledger keeps it (`html`, `json`, `text`, `calendar`).
        var name: String
        static let text = Kind(name: "text")
        static let json = Kind(name: "json")
        static let csv = Kind(name: "csv")
        static let html = Kind(name: "html")
        static let calendar = Kind(name: "calendar")

        /// The kind a `--format` name writes.
        init(format: String) { self.name = format == "ics" ? "calendar" : format }
        private init(name: String) { self.name = name }

        var description: String {
            switch name {
            case "html": "HTML page"
            case "json": "JSON output"
            case "calendar": "calendar (.ics) file"
            case "csv": "CSV output"
            default: "\(name) output"
            }
        }

        /// The description with its article: "an HTML page", "a JSON output".
        var withArticle: String { name == "html" ? "an \(description)" : "a \(description)" }

        /// Whether `head` and `tail` (the first and last bytes of a file) are what Micromance
        /// writes for this kind. Kinds without a signature are known by the ledger only.
        func recognises(head: [UInt8], tail: [UInt8]) -> Bool {
            let head = String(decoding: head, as: UTF8.self), tail = String(decoding: tail, as: UTF8.self)
            switch name {
            case "html": return head.lowercased().hasPrefix("<!doctype html>") && head.contains(HTMLRenderer.generatorTag)
            case "calendar": return head.hasPrefix("BEGIN:VCALENDAR") && head.contains("PRODID:-//Micromance//")
            case "json":
                // The envelope's keys are sorted: it ends with its kind and schemaVersion, which
                // no journal file does.
                let trimmed = tail.trimmingCharacters(in: .whitespacesAndNewlines)
                guard head.hasPrefix("{"), trimmed.hasSuffix("}") else { return false }
                let lines = trimmed.split(separator: "\n").suffix(3).map { $0.trimmingCharacters(in: .whitespaces) }
                return lines.count == 3 && lines[0].hasPrefix("\"kind\" : \"") && lines[1].hasPrefix("\"schemaVersion\" : ")
            default: return false
            }
        }
    }

    /// The path as the user gave it (with `~` expanded), for messages.
    let path: String
    /// The file written: `path` made absolute, with every link, `.` and `..` resolved the way
    /// the system would resolve them (so `new/../journal.json` is the journal, and is refused).
    let resolved: String
    let kind: Kind
    private let environment: CLIEnvironment

    /// Checks, before anything is done, that `--out PATH` may be written with output of `kind`:
    /// a command that changes the journal and then shows something (`reflect --answer`) calls
    /// this first, so a refused `--out` leaves the journal as it was too.
    init(_ given: String, kind: Kind, journal: String?, in environment: CLIEnvironment) throws {
        guard !given.trimmingCharacters(in: .whitespaces).isEmpty else { throw CLIError.usage("--out is empty; give a file name") }
        let path = try StoreOptions.expanded(given, in: environment)
        self.path = path
        self.resolved = Self.canonical(path, followingTheLast: false)
        self.kind = kind
        self.environment = environment
        try refuseUnlessReplaceable(journal: journal)
    }

    /// Writes `bytes` (atomically, 0600) and notes the file in the ledger.
    func write(_ bytes: [UInt8]) throws {
        try SecureFile.replace(resolved, with: bytes)
        Ledger.note(kind: kind, digest: Ledger.digest(bytes), path: resolved, in: environment)
    }

    private func refuseUnlessReplaceable(journal: String?) throws {
        let nothingWritten = "choose another name (nothing was written)"
        if let journal, let clash = Self.clash(resolved, withJournalAt: journal) {
            throw CLIError.cannotCreate("\(path) \(clash); \(nothingWritten)")
        }
        if let data = DeviceIdentity.path(environment.variables).map({ Self.canonical(StorePath.folder(of: $0)) }),
            resolved.hasPrefix(data + "/")
        {
            throw CLIError.cannotCreate("\(path) is inside Micromance's data folder (\(data)); \(nothingWritten)")
        }
        if let folder = EncryptedFolderGuard.encryptedFolder(holding: resolved) {
            throw CLIError.cannotCreate(
                "\(path) is in the encrypted sync folder \(folder), where the sync tool would upload it unencrypted; \(nothingWritten)")
        }
        var info = stat()
        guard lstat(resolved, &info) == 0 else { return }  // a new file
        switch info.st_mode & S_IFMT {
        case S_IFLNK:
            throw CLIError.cannotCreate("\(path) is a symbolic link; --out writes only to a real file (\(nothingWritten))")
        case S_IFDIR: throw CLIError.cannotCreate("\(path) is a folder; give a file name inside it, or another name (nothing was written)")
        case S_IFREG: break
        default: throw CLIError.cannotCreate("\(path) is not a regular file; \(nothingWritten)")
        }
        if info.st_size == 0 { return }
        let head = try SecureFile.readPrefix(resolved, count: 4096)
        let tail = Self.tail(resolved, size: Int(info.st_size))
        if kind.recognises(head: head, tail: tail) { return }
        if info.st_size <= 64 << 20, let bytes = try? SecureFile.read(resolved),
            Ledger.wrote(kind: kind, digest: Ledger.digest(bytes), path: resolved, in: environment)
        {
            return
        }
        if Self.looksLikeJournal(head) {
            throw CLIError.cannotCreate("\(path) holds a Micromance journal; \(nothingWritten)")
        }
        throw CLIError.cannotCreate(
            "\(path) exists and is not \(kind.withArticle) that Micromance wrote, so replacing it could lose it; \(nothingWritten)")
    }

    /// What is wrong with writing to `path` given the journal's location, or nil.
    static func clash(_ path: String, withJournalAt location: String) -> String? {
        var target = location
        var isFile = StorePath.fileExtension(of: location).lowercased() == "json"
        if let colon = location.firstIndex(of: ":") {
            let scheme = location[..<colon].lowercased()
            if scheme.count > 1 {
                target = String(location[location.index(after: colon)...])
                isFile = scheme == "json"
                guard ["json", "csv", "sync"].contains(scheme) else { return nil }
            }
        }
        guard !target.isEmpty else { return nil }
        let journal = canonical(target)
        if isFile {
            let folder = StorePath.folder(of: journal), name = StorePath.lastComponent(of: journal)
            if path == journal { return "is your journal" }
            // Its lock, backups and change log beside it.
            if StorePath.folder(of: path) == folder,
                StorePath.lastComponent(of: path).hasPrefix(name + ".")
                    || StorePath.lastComponent(of: path).hasPrefix("." + name + ".")
            {
                return "belongs to your journal"
            }
            return nil
        }
        if path == journal { return "is your journal's folder" }
        if path.hasPrefix(journal.hasSuffix("/") ? journal : journal + "/") { return "is inside your journal's folder" }
        return nil
    }

    /// Whether the first bytes of a file are a Micromance journal (JSON with its format version
    /// and records).
    static func looksLikeJournal(_ head: [UInt8]) -> Bool {
        let text = String(decoding: head, as: UTF8.self)
        if text.hasPrefix("{"), text.contains("\"schemaVersion\""), !text.contains("\"kind\" : \"") {
            return text.contains("\"moments\"") || text.contains("\"partners\"") || text.contains("\"settings\"")
        }
        return false
    }

    /// The last bytes of a file (up to 512).
    private static func tail(_ path: String, size: Int) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return [] }
        defer { close(fd) }
        let count = min(512, size)
        var bytes = [UInt8](repeating: 0, count: count)
        let got = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, off_t(size - count)) }
        return got == count ? bytes : []
    }

    /// An absolute path with every link, `.` and `..` resolved as the system resolves them,
    /// component by component, whether or not the file (or its folders) exist yet: a `..`
    /// after a folder that does not exist yet still steps back over it.
    /// With `followingTheLast` false, a link in the last place is kept as itself (so that it
    /// can be refused rather than written through).
    static func canonical(_ path: String, followingTheLast: Bool = true) -> String {
        let absolute = path.hasPrefix("/") ? path : StorePath.join(FileManager.default.currentDirectoryPath, path)
        var resolved = "/"
        var existing = true  // whether `resolved` exists (links in it resolved)
        let components = absolute.split(separator: "/", omittingEmptySubsequences: true)
        for (index, component) in components.enumerated() {
            if !followingTheLast, index == components.count - 1, component != ".", component != ".." {
                return StorePath.join(resolved, String(component))
            }
            switch component {
            case ".": continue
            case "..": resolved = StorePath.parent(of: resolved) ?? "/"
            default:
                let next = StorePath.join(resolved, String(component))
                if existing, let real = realpath(next, nil) {
                    resolved = String(cString: real)
                    free(real)
                } else {
                    // A component that does not exist (yet): kept as written, and so is all after it.
                    var info = stat()
                    existing = existing && lstat(next, &info) == 0
                    resolved = next
                }
            }
        }
        return resolved
    }
}

extension OutputFile {
    /// The outputs written from this data folder: the last hundred, as `kind TAB digest TAB path`
    /// lines in `outputs` beside the device identity. It only ever allows replacing a file whose
    /// bytes are still exactly what was written; losing it only makes `--out` more careful.
    enum Ledger {
        static let limit = 100

        static func path(_ environment: CLIEnvironment) -> String? {
            DeviceIdentity.path(environment.variables).map { StorePath.join(StorePath.folder(of: $0), "outputs") }
        }

        /// FNV-1a, 64 bits: enough to tell whether a file is still what was written.
        static func digest(_ bytes: [UInt8]) -> String {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            return String(hash, radix: 16) + "." + String(bytes.count)
        }

        static func entries(_ environment: CLIEnvironment) -> [String] {
            guard let path = path(environment), let bytes = try? SecureFile.read(path) else { return [] }
            return String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        }

        static func wrote(kind: Kind, digest: String, path: String, in environment: CLIEnvironment) -> Bool {
            entries(environment).contains("\(kind.name)\t\(digest)\t\(path)")
        }

        /// Notes a file written. A ledger that cannot be written costs only a later refusal.
        static func note(kind: Kind, digest: String, path: String, in environment: CLIEnvironment) {
            guard let file = self.path(environment), !path.contains("\n") else { return }
            var lines = entries(environment).filter { !$0.hasSuffix("\t" + path) }
            lines.append("\(kind.name)\t\(digest)\t\(path)")
            let kept = lines.suffix(limit).joined(separator: "\n") + "\n"
            _ = try? SecureFile.makeFolder(StorePath.folder(of: file))
            _ = try? SecureFile.replace(file, with: Array(kept.utf8))
        }
    }
}
