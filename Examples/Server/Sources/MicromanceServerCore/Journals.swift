import Foundation
import Logging
import MicromancePostgresStore
import MicromanceStore
import PostgresNIO

/// Where each couple's journal is: one store per journal id.
public protocol JournalDirectory: Sendable {
    /// The store of one couple's journal.
    func store(for journal: String) -> any AsyncJournalStore
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
}

/// A journal id as tokens and folders use it: 1 to 64 of `a-z`, `0-9` and `-`.
public func isJournalID(_ text: String) -> Bool {
    !text.isEmpty && text.utf8.count <= 64 && text.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
}
