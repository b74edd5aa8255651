import PostgresNIO

extension PostgresJournalStore {
    /// Whether the database answers a trivial query within `limit`: for a service's readiness
    /// check. Returns nil when it did, else what went wrong, in words for an operator (no
    /// journal's data is involved).
    public static func unreachable(_ client: PostgresClient, within limit: Duration) async -> String? {
        let result = await Deadline.race(limit) {
            for try await _ in try await client.query("SELECT 1", logger: silentLogger) {}
        }
        switch result {
        case .success: return nil
        case .failure(is Deadline.Passed): return "PostgreSQL did not answer within \(limit)"
        case .failure(let error as PSQLError): return "PostgreSQL refused the check: \(error.code)"
        case .failure: return "PostgreSQL could not be reached"
        }
    }
}
