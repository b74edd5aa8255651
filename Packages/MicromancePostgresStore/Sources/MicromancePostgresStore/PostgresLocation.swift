import Foundation
import MicromanceStore
import NIOSSL
import PostgresNIO

/// Where a journal lives in PostgreSQL: `postgres://USER@HOST:PORT/DATABASE?journal=ID`.
///
/// The password comes from `PGPASSWORD`, else from the user's `~/.pgpass` (or the file named by
/// `PGPASSFILE`), as psql reads them; one written into the address is accepted but discouraged.
/// It is never part of ``description``, of an error message, or of a log.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    /// The server's host name or address.
    public var host: String
    /// The server's port (5432 unless given).
    public var port: Int
    /// The role to connect as.
    public var user: String
    /// The database.
    public var database: String
    /// The couple's journal within the database.
    public var journal: String
    /// The password, when one was found.
    var password: String?

    /// The largest journal id, in bytes: ids are keys in every table.
    public static let maximumJournalID = 200

    /// Reads a `postgres://` address; credentials from `environment` and `home`'s `.pgpass`.
    public init(parsing text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(StoreError) {
        func bad(_ why: String) -> StoreError {
            .io(
                file: Self.withoutPassword(text), operation: "read the PostgreSQL journal address",
                reason: "\(why); write postgres://USER@HOST:PORT/DATABASE?journal=ID")
        }
        guard let url = URLComponents(string: text), url.scheme == "postgres" || url.scheme == "postgresql" else {
            throw bad("it does not start with postgres://")
        }
        guard let host = url.host, !host.isEmpty else { throw bad("it names no host") }
        let database = String(url.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else { throw bad("it names no database") }
        guard let journal = url.queryItems?.first(where: { $0.name == "journal" })?.value, !journal.isEmpty else {
            throw bad("it names no journal (?journal=ID)")
        }
        guard journal.utf8.count <= Self.maximumJournalID, !journal.contains(where: { $0.isNewline || $0 == "\0" }) else {
            throw bad("the journal id is longer than \(Self.maximumJournalID) bytes or holds a line break")
        }
        self.host = host
        self.port = url.port ?? 5432
        self.user = url.user ?? environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        self.database = database
        self.journal = journal
        let user = self.user, port = self.port
        self.password =
            url.password ?? environment["PGPASSWORD"]
            ?? Self.passwordFile(environment).flatMap { Self.password(in: $0, host: host, port: port, database: database, user: user) }
    }

    /// The address without a password: what messages show.
    public var description: String {
        "postgres://\(user)@\(host):\(port)/\(database)?journal=\(journal)"
    }

    /// The same server and database, another couple's journal.
    public func journal(_ id: String) -> PostgresLocation {
        var other = self
        other.journal = id
        return other
    }

    /// A client configuration for this server (no TLS on loopback; `require` elsewhere unless
    /// `PGSSLMODE=disable`).
    public func configuration(environment: [String: String] = ProcessInfo.processInfo.environment) -> PostgresClient.Configuration {
        let loopback = ["127.0.0.1", "::1", "localhost"].contains(host)
        let tls: PostgresClient.Configuration.TLS
        if loopback || environment["PGSSLMODE"] == "disable" {
            tls = .disable
        } else {
            tls = .require(TLSConfiguration.makeClientConfiguration())
        }
        return PostgresClient.Configuration(host: host, port: port, username: user, password: password, database: database, tls: tls)
    }

    /// The `.pgpass` file psql would read.
    static func passwordFile(_ environment: [String: String]) -> String? {
        if let file = environment["PGPASSFILE"], !file.isEmpty { return file }
        return environment["HOME"].map { $0 + "/.pgpass" }
    }

    /// The password a `.pgpass` file gives for a connection: the first line whose fields
    /// (host:port:database:user:password, `*` for any, `\:` for a colon) all match.
    static func password(in file: String, host: String, port: Int, database: String, user: String) -> String? {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            var fields = [String](), current = "", escaped = false
            for character in line {
                if escaped {
                    current.append(character)
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == ":" && fields.count < 4 {
                    fields.append(current)
                    current = ""
                } else {
                    current.append(character)
                }
            }
            fields.append(current)
            guard fields.count == 5 else { continue }
            let wanted = [host, String(port), database, user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// `text` with any password between `user:` and `@` taken out.
    static func withoutPassword(_ text: String) -> String {
        guard var url = URLComponents(string: text), url.password != nil else { return String(text.prefix(200)) }
        url.password = nil
        return String((url.string ?? "").prefix(200))
    }
}
