import Foundation
import MicromanceModel
import MicromanceStore
import PostgresNIO

extension PostgresJournalStore {
    /// Changes one moment: the journal's row locked as appends lock it (whole-journal writers
    /// kept out, other appends and changes not), its partners and rituals read for the rules,
    /// that moment's row locked, read and updated; the other moments stay unread.
    public func updateMoment(
        _ id: Identifier<Moment>, stampedAt stamp: ChangeStamp, _ change: @escaping @Sendable (inout Moment) throws -> Void
    ) async throws -> Moment? {
        let location = self.location
        return try await attempt("change a moment", .unsafe) { connection -> Moment? in
            guard let head = try await hasJournal(connection, lock: true, shared: true) else { throw StoreError.notFound(location) }
            var found: String?
            for try await text in try await connection.query(
                "SELECT record::text FROM micromance_moments WHERE journal = \(journal) AND id = \(id.rawValue) AND NOT removed FOR UPDATE",
                logger: logger
            ).decode(String.self) {
                found = text
            }
            guard let found else { return nil }
            let before = try Records.decode(Moment.self, found)
            var moment = before
            try change(&moment)
            moment.id = id
            moment.stampChanges(since: before, at: stamp)
            guard moment != before else { return moment }
            // The rules as a whole journal's check applies them to a moment already kept: its
            // partners and rituals, removed ones included.
            var rules = Journal(schemaVersion: head.schemaVersion, settings: head.settings)
            let stored = try await records(connection, [.partners, .rituals])
            for record in stored[.partners] ?? [] { rules.partners.append(try Records.decode(Partner.self, record.text)) }
            for record in stored[.rituals] ?? [] { rules.rituals.append(try Records.decode(Ritual.self, record.text)) }
            do throws(JournalValidationError) {
                try rules.validate(moment)
            } catch {
                throw StoreError.refused(file: location, error)
            }
            try await exec(
                connection,
                """
                UPDATE micromance_moments SET at = \(moment.at), record = \(try Records.encode(moment))::jsonb
                WHERE journal = \(journal) AND id = \(id.rawValue)
                """, logger: logger)
            return moment
        }
    }
}
