import Foundation

/// Maps a store location, as a user writes it, to a backend:
///
/// | location | backend |
/// |---|---|
/// | `json:PATH`, or a path ending in `.json` | ``JSONJournalStore`` |
/// | `csv:DIR`, an existing folder, or a path with no extension | ``CSVJournalStore`` |
/// | `memory:` or `memory:NAME` | a ``MemoryJournalStore``, one per name for the registry's life |
///
/// Third parties register their own scheme and file extension (`sqlite:PATH`, `.sqlite`).
/// There is no global registry: an app makes one and keeps it; the CLI takes its registry
/// from the environment it is run in (`CLIEnvironment.stores`), so a tool built on its
/// commands adds a backend by registering it there. A new registry has the built-ins only
/// (and no memory stores), so a test that needs a clean one makes one.
public final class StoreRegistry: @unchecked Sendable {
    /// Makes a store for the part of the location after the scheme (or the whole path).
    public typealias Factory = @Sendable (String) throws(StoreError) -> any JournalStore

    private let lock = NSLock()
    private var schemes = [String: Factory]()
    private var extensions = [String: Factory]()
    private var folderFactory: Factory?
    private var memoryStores = [String: MemoryJournalStore]()

    /// A registry with the built-in backends (json, csv, memory).
    public init() { registerBuiltIns() }

    /// Registers a factory for `scheme:` locations (lowercase letters, digits, `+`, `-`, `.`).
    /// A later registration of the same scheme replaces the earlier one.
    public func register(scheme: String, _ factory: @escaping Factory) {
        lock.withLock { schemes[scheme.lowercased()] = factory }
    }

    /// Registers a factory for paths ending in `.ext` (give `ext` without the dot).
    public func register(fileExtension: String, _ factory: @escaping Factory) {
        lock.withLock { extensions[fileExtension.lowercased()] = factory }
    }

    /// Registers the factory for folders and paths with no extension.
    public func registerFolder(_ factory: @escaping Factory) {
        lock.withLock { folderFactory = factory }
    }

    /// The registered schemes, sorted.
    public var registeredSchemes: [String] { lock.withLock { schemes.keys.sorted() } }

    /// Opens the store a location names. Nothing is read or created yet.
    public func open(_ location: String) throws(StoreError) -> any JournalStore {
        let (factory, argument) = lock.withLock { () -> (Factory?, String) in resolve(location) }
        guard let factory else { throw .unknownBackend(location, known: registeredSchemes) }
        return try factory(argument)
    }

    private func resolve(_ location: String) -> (Factory?, String) {
        if let colon = location.firstIndex(of: ":") {
            let scheme = location[..<colon].lowercased()
            if scheme.count > 1, scheme.allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }) {
                return (schemes[scheme], String(location[location.index(after: colon)...]))
            }
        }
        let ext = StorePath.fileExtension(of: location).lowercased()
        if !ext.isEmpty, let factory = extensions[ext] { return (factory, location) }
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: location, isDirectory: &isFolder)
        if (exists && isFolder.boolValue) || (!exists && ext.isEmpty) { return (folderFactory, location) }
        return (nil, location)
    }

    private func memoryStore(_ name: String) -> MemoryJournalStore {
        lock.withLock {
            if let store = memoryStores[name] { return store }
            let store = MemoryJournalStore(name: name)
            memoryStores[name] = store
            return store
        }
    }

    private func registerBuiltIns() {
        let json: Factory = { path throws(StoreError) in
            guard !path.isEmpty else { throw .unknownBackend("json:", known: ["json"]) }
            return JSONJournalStore(path: path)
        }
        let csv: Factory = { path throws(StoreError) in
            guard !path.isEmpty else { throw .unknownBackend("csv:", known: ["csv"]) }
            return CSVJournalStore(folder: path)
        }
        register(scheme: "json", json)
        register(fileExtension: "json", json)
        register(scheme: "csv", csv)
        registerFolder(csv)
        register(scheme: "memory") { [unowned self] name in self.memoryStore(name) }
    }
}
