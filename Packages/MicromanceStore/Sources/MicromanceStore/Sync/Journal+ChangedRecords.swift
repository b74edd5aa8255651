import MicromanceModel

extension Journal {
    /// The records of this journal that are not the same in `base` (new, changed or removed
    /// since), with the settings: a change entry for a sync folder.
    func changedRecords(since base: Journal) -> Journal {
        func changed<R: Identifiable & Equatable>(_ mine: [R], _ theirs: [R]) -> [R] where R.ID: Hashable {
            if mine == theirs { return [] }
            let old = Dictionary(theirs.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            return mine.filter { old[$0.id] != $0 }
        }
        var delta = Journal(schemaVersion: schemaVersion, settings: settings)
        delta.moments = changed(moments, base.moments)
        delta.rituals = changed(rituals, base.rituals)
        delta.reflections = changed(reflections, base.reflections)
        delta.partners = changed(partners, base.partners)
        delta.removed.moments = changed(removed.moments, base.removed.moments)
        delta.removed.rituals = changed(removed.rituals, base.removed.rituals)
        delta.removed.reflections = changed(removed.reflections, base.removed.reflections)
        delta.removed.partners = changed(removed.partners, base.removed.partners)
        let oldStressors = Set(base.removed.stressors), oldDates = Set(base.removed.dates)
        delta.removed.stressors = removed.stressors.filter { !oldStressors.contains($0) }
        delta.removed.dates = removed.dates.filter { !oldDates.contains($0) }
        // A removed stressor or date is merged with its partner's other records: send the partner too.
        let owners = Set(delta.removed.stressors.map(\.partner) + delta.removed.dates.map(\.partner))
        for partner in partners where owners.contains(partner.id) && !delta.partners.contains(where: { $0.id == partner.id }) {
            delta.partners.append(partner)
        }
        return delta
    }
}
