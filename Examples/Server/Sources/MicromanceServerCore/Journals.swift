import Foundation
import Logging
import MicromancePostgresStore
import MicromanceStore
import PostgresNIO

/// Where each couple's journal is: one store per journal id.
public protocol JournalDirectory: Sendable {
    /// The store of one couple's journal.
    func store(for journal: String) -> any AsyncJournalStore

    /// Nil when journals can be read and written now, else why not (for `/ready`; never a
    /// journal's data).
    func unready() async -> String?
}

/// Journals as JSON files in a folder (`ID.json`), through the blocking bridge: for trying the
/// service out, and for comparing with PostgreSQL in the load test.
public struct FolderDirectory: JournalDirectory {
    /// The folder.
    public let folder: String

    /// Journals in `folder`.
    public init(folder: String) { self.folder = folder }

    /// `ID.json` in the folder, used through the async bridge.
    public func store(for journal: String) -> any AsyncJournalStore {
        JSONJournalStore(path: folder + "/" + journal + ".json").asynchronous
    }

    /// Whether the folder is there and writable.
    public func unready() async -> String? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            return "the journals' folder is not there"
        }
        return FileManager.default.isWritableFile(atPath: folder) ? nil : "the journals' folder is not writable"
    }
}

/// Journals in one PostgreSQL database.
public struct PostgresDirectory: JournalDirectory {
    let client: PostgresClient
    let address: PostgresLocation

    /// Journals reached through `client`, in the database of `address`.
    public init(client: PostgresClient, address: PostgresLocation) {
        self.client = client
        self.address = address
    }

    /// The journal's rows in the database.
    public func store(for journal: String) -> any AsyncJournalStore {
        PostgresJournalStore(client: client, address: address.journal(journal))
    }

    /// Whether the database answers within two seconds.
    public func unready() async -> String? {
        await PostgresJournalStore.unreachable(client, within: .seconds(2))
    }
}

/// A journal id as tokens and folders use it: 1 to 64 of `a-z`, `0-9` and `-`.
public func isJournalID(_ text: String) -> Bool {
    !text.isEmpty && text.utf8.count <= 64 && text.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
}
