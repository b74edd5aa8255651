/// What a merge did.
public struct MergeReport: Hashable, Sendable, Codable {
    /// Moments, partners and rituals the other journal had and this one did not.
    public var addedMoments = 0, addedPartners = 0, addedRituals = 0
    /// Identifiers present in both with different content, and how each was settled.
    public var conflicts: [String] = []

    /// Whether the merge changed nothing.
    public var isEmpty: Bool { addedMoments == 0 && addedPartners == 0 && addedRituals == 0 && conflicts.isEmpty }

    /// Creates an empty report.
    public init() {}
}

extension Journal {
    /// The union of two journals, for two partners who log on their own machines.
    ///
    /// Moments, partners and rituals are matched by identifier. When both journals hold the
    /// same identifier with different content, the version that sorts later by a canonical
    /// key (its JSON form) wins, so the outcome does not depend on which journal is merged
    /// into which: merging is commutative (`a.merged(with: b) == b.merged(with: a)`) and
    /// idempotent (merging again adds nothing). Settings follow the same rule. The result is
    /// in a canonical order: partners and rituals by identifier, moments by time, then
    /// identifier. When ``MergeReport/isEmpty`` is true the other journal brought nothing
    /// new, and a caller need not save anything.
    public func merged(with other: Journal) -> (journal: Journal, report: MergeReport) {
        var report = MergeReport()
        let partners = union(partners, other.partners, kind: "partner", added: &report.addedPartners, conflicts: &report.conflicts)
        let rituals = union(rituals, other.rituals, kind: "ritual", added: &report.addedRituals, conflicts: &report.conflicts)
        let moments = union(moments, other.moments, kind: "moment", added: &report.addedMoments, conflicts: &report.conflicts)
        var result = self
        result.partners = partners.sorted { $0.id < $1.id }
        result.rituals = rituals.sorted { $0.id < $1.id }
        result.moments = moments.sorted { $0.at != $1.at ? $0.at < $1.at : $0.id < $1.id }
        if settings != other.settings {
            let winner = CanonicalKey.of(settings) >= CanonicalKey.of(other.settings) ? settings : other.settings
            report.conflicts.append("settings: kept \(winner == settings ? "this journal's" : "the other journal's") (the two differ)")
            result.settings = winner
        }
        result.schemaVersion = max(schemaVersion, other.schemaVersion)
        return (result, report)
    }

    private func union<T: Identifiable & Encodable & Equatable>(
        _ mine: [T], _ theirs: [T], kind: String, added: inout Int, conflicts: inout [String]
    ) -> [T] where T.ID: Hashable & CustomStringConvertible {
        var byID = [T.ID: T]()
        var order = [T.ID]()
        for item in mine where byID[item.id] == nil {
            byID[item.id] = item
            order.append(item.id)
        }
        for item in theirs {
            guard let existing = byID[item.id] else {
                byID[item.id] = item
                order.append(item.id)
                added += 1
                continue
            }
            if existing != item {
                let keepTheirs = CanonicalKey.of(item) > CanonicalKey.of(existing)
                if keepTheirs { byID[item.id] = item }
                conflicts.append("\(kind) \(item.id): both journals changed it; kept \(keepTheirs ? "the other journal's" : "this journal's") version")
            }
        }
        return order.compactMap { byID[$0] }
    }
}
