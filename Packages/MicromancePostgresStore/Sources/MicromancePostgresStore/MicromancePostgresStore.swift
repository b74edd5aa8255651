/// Many couples' journals in one PostgreSQL database, for servers: see ``PostgresJournalStore``.
public enum MicromancePostgresStore {
    /// The semantic version of this package. See CHANGELOG.md.
    public static let version = "0.7.2"
}
