import Foundation

extension Journal {
    /// How long a removed record keeps its contents: long enough for every device to have
    /// seen the removal in the usual course of syncing, after which the words are not kept.
    public static let removedContentsKeptFor: TimeInterval = 30 * 86_400

    /// Drops the contents of records removed before `cutoff` (titles, notes, names,
    /// preferences), keeping what makes the removal stick: the identifier and the removal's
    /// stamp. Returns how many records were emptied.
    ///
    /// Safe at any time, on any copy: an emptied record keeps no stamp but its removal, so in
    /// a merge every field of another copy's version of the record wins over it. A copy that
    /// still holds the record, edited before the removal, merges to a removed record; a copy
    /// that edited it after the removal (by clock) brings it back whole, from its own contents.
    /// What is lost is only the words of a record that everyone had removed.
    @discardableResult
    public mutating func compactRemovals(before cutoff: Date) -> Int {
        let due = Self.removalDue(before: cutoff)
        func emptied(_ changes: Changes) -> Changes { Changes(created: .imported, removed: changes.removed) }
        var count = 0
        for index in removed.moments.indices where due(removed.moments[index].changes) {
            let old = removed.moments[index]
            removed.moments[index] = Moment(
                id: old.id, at: old.at, timeZone: old.timeZone, giver: old.giver, receiver: old.receiver,
                title: "", kind: old.kind, changes: emptied(old.changes))
            count += 1
        }
        for index in removed.partners.indices where due(removed.partners[index].changes) {
            let old = removed.partners[index]
            removed.partners[index] = Partner(id: old.id, name: "", changes: emptied(old.changes))
            count += 1
        }
        for index in removed.rituals.indices where due(removed.rituals[index].changes) {
            let old = removed.rituals[index]
            removed.rituals[index] = Ritual(id: old.id, title: "", cadence: .daily, participants: [], changes: emptied(old.changes))
            count += 1
        }
        for index in removed.reflections.indices where due(removed.reflections[index].changes) {
            let old = removed.reflections[index]
            removed.reflections[index] = ReflectionAnswer(
                id: old.id, at: old.at, timeZone: old.timeZone, question: "", answer: "", changes: emptied(old.changes))
            count += 1
        }
        for index in removed.stressors.indices where due(removed.stressors[index].record.changes) {
            let old = removed.stressors[index].record
            removed.stressors[index].record = Stressor(id: old.id, title: "", changes: emptied(old.changes))
            count += 1
        }
        for index in removed.dates.indices where due(removed.dates[index].record.changes) {
            let old = removed.dates[index].record
            removed.dates[index].record = ImportantDate(id: old.id, title: "", month: 1, day: 1, changes: emptied(old.changes))
            count += 1
        }
        return count
    }
}

extension Journal {
    /// Whether any removed record still holds contents that ``compactRemovals(before:)``
    /// would drop: a store that keeps files of its own asks this to know when to rewrite them.
    public func holdsRemovedContents(before cutoff: Date) -> Bool {
        let due = Self.removalDue(before: cutoff)
        return removed.moments.contains { due($0.changes) } || removed.partners.contains { due($0.changes) }
            || removed.rituals.contains { due($0.changes) } || removed.reflections.contains { due($0.changes) }
            || removed.stressors.contains { due($0.record.changes) } || removed.dates.contains { due($0.record.changes) }
    }

    /// Whether a removed record's contents are due to be dropped at `cutoff` (removed before
    /// it, and not emptied already).
    static func removalDue(before cutoff: Date) -> (Changes) -> Bool {
        let limit = Int64((cutoff.timeIntervalSince1970 * 1000).rounded(.down))
        return { changes in
            guard let removed = changes.removed, removed.millis < limit else { return false }
            return !(changes.created == .imported && changes.isOnlyRemoval)
        }
    }
}

extension Changes {
    /// Whether nothing but a removal is recorded beyond the creation stamp.
    var isOnlyRemoval: Bool { fields.isEmpty && elements.isEmpty }
}

extension Journal {
    /// Whether this journal (one device's own files, say) still holds the words of a record
    /// that `whole` (every device's files joined) removed before `cutoff`: shown here or removed
    /// here with its contents. A store that keeps files of its own rewrites them when this is
    /// true, whichever device made the removal.
    public func holdsWords(removedIn whole: Journal, before cutoff: Date) -> Bool {
        Self.wordsAreDue(removedAt: earliestRemovalOfWordsHeld(removedIn: whole), before: cutoff)
    }

    /// Whether words removed at `removedAt` (milliseconds since 1970, as
    /// ``earliestRemovalOfWordsHeld(removedIn:)`` gives; nil for none) are due to go at `cutoff`.
    public static func wordsAreDue(removedAt: Int64?, before cutoff: Date) -> Bool {
        guard let removedAt else { return false }
        return removedAt < Int64((cutoff.timeIntervalSince1970 * 1000).rounded(.down))
    }

    /// When `whole` removed the earliest-removed record whose words this journal still holds
    /// (shown here, or removed here with its contents), in milliseconds since 1970; nil when it
    /// holds none. ``holdsWords(removedIn:before:)`` is this being before the cutoff, so a store
    /// can keep this one number and know, at any later time, whether its files hold words due
    /// to go without reading them again.
    public func earliestRemovalOfWordsHeld(removedIn whole: Journal) -> Int64? {
        // Removals whose words can go (not a record that was only ever an import's removal).
        func removals<R: Identifiable>(_ list: [R], _ changes: (R) -> Changes) -> [R.ID: Int64] {
            var found = [R.ID: Int64]()
            for record in list {
                let stamps = changes(record)
                guard let removed = stamps.removed, !(stamps.created == .imported && stamps.isOnlyRemoval) else { continue }
                found[record.id] = removed.millis
            }
            return found
        }
        let moments = removals(whole.removed.moments, \.changes), rituals = removals(whole.removed.rituals, \.changes)
        let answers = removals(whole.removed.reflections, \.changes), partners = removals(whole.removed.partners, \.changes)
        let stressors = removals(whole.removed.stressors.map(\.record), \.changes)
        let dates = removals(whole.removed.dates.map(\.record), \.changes)
        if moments.isEmpty, rituals.isEmpty, answers.isEmpty, partners.isEmpty, stressors.isEmpty, dates.isEmpty { return nil }
        var earliest: Int64?
        func held(_ millis: Int64?) {
            if let millis, millis < (earliest ?? .max) { earliest = millis }
        }
        for moment in self.moments { held(moments[moment.id]) }
        for moment in removed.moments where !moment.title.isEmpty { held(moments[moment.id]) }
        for ritual in self.rituals { held(rituals[ritual.id]) }
        for ritual in removed.rituals where !ritual.title.isEmpty { held(rituals[ritual.id]) }
        for answer in reflections { held(answers[answer.id]) }
        for answer in removed.reflections where !answer.answer.isEmpty { held(answers[answer.id]) }
        for partner in self.partners {
            held(partners[partner.id])
            for stressor in partner.stressors { held(stressors[stressor.id]) }
            for date in partner.importantDates { held(dates[date.id]) }
        }
        for partner in removed.partners where !partner.name.isEmpty { held(partners[partner.id]) }
        for stressor in removed.stressors where !stressor.record.title.isEmpty { held(stressors[stressor.record.id]) }
        for date in removed.dates where !date.record.title.isEmpty { held(dates[date.record.id]) }
        return earliest
    }
}
