extension Journal {
    /// Where each partner merged away went: for a removed partner, the partner their moments
    /// were moved to in the change that removed them.
    ///
    /// A partner merge (`partner merge` in the CLI) removes one record and points its moments
    /// at the one kept, all with one stamp; so a moment whose giver (or receiver) was changed
    /// at a removed partner's removal stamp names the partner that record became. With no
    /// moment to tell, a partner whose record took something at that stamp (the name asked for,
    /// the other's preferences, ideas or dates) is the one kept. A partner removed with nothing
    /// moved has no entry, nor has one whose moved
    /// moments have all been changed since in who gave or received them (edited, or merged
    /// again), nor one that is a partner again (brought back by a later edit). When moments moved to more than one partner in
    /// that change (never by a merge), the identifier that sorts first is taken, so every copy
    /// of the journal answers alike.
    public var mergeForwarding: [Identifier<Partner>: Identifier<Partner>] {
        let live = Set(partners.map(\.id))
        var removedAt = [ChangeStamp: Identifier<Partner>]()
        for partner in removed.partners where !live.contains(partner.id) {
            if let stamp = partner.changes.removed { removedAt[stamp] = partner.id }
        }
        guard !removedAt.isEmpty else { return [:] }
        var forwarding = [Identifier<Partner>: Identifier<Partner>]()
        func note(_ moment: Moment) {
            // A moment never edited carries only its creation stamp: nothing was moved.
            guard !moment.changes.isOnlyCreated else { return }
            let fields = moment.changes.fields
            for (field, now) in [("giver", moment.giver), ("receiver", moment.receiver)] {
                guard let stamp = fields[field], let gone = removedAt[stamp], now != gone else { continue }
                if let found = forwarding[gone], found.rawValue <= now.rawValue { continue }
                forwarding[gone] = now
            }
        }
        moments.forEach(note)
        removed.moments.forEach(note)
        // A partner merged away before they had any moment: what else of theirs the merge
        // moved (preferences, ideas, dates) or the name it gave the partner kept carries the
        // same stamp on that partner's record.
        for partner in partners where removedAt.count > forwarding.count {
            var stamps = Array(partner.changes.fields.values)
            stamps += partner.changes.elements.values.map(\.added)
            stamps += (partner.importantDates.map(\.changes) + partner.stressors.map(\.changes)).map(\.created)
            for stamp in stamps {
                guard let gone = removedAt[stamp], gone != partner.id, forwarding[gone] == nil else { continue }
                forwarding[gone] = partner.id
            }
        }
        return forwarding
    }

    /// Points the moments that name a partner merged away at the partner that record became
    /// (``mergeForwarding``; through a later merge of that one too, while it is known), and
    /// returns how many it changed. Stamps are left as they
    /// are: this is how the journal reads, not a change of its own.
    ///
    /// A moment logged on one device naming a partner that another device merged away before
    /// the merge reached it names no partner after the two meet: it would count in no one's
    /// figures. The CLI reads every journal through this. A moment that would then name the
    /// same partner twice is left as it is, and so is one naming a partner removed without a
    /// merge. Cheap when no moment names a removed partner (the usual case): one pass over the
    /// moments comparing identifiers, none at all when no partner was ever removed.
    @discardableResult
    public mutating func forwardMergedPartners() -> Int {
        let gone = partnersRemoved
        guard !gone.isEmpty, moments.contains(where: { gone.contains($0.giver) || gone.contains($0.receiver) }) else { return 0 }
        return forwardMergedPartners(to: mergeDestinations)
    }

    /// ``forwardMergedPartners()`` with destinations found elsewhere: those of the whole
    /// journal (``mergeDestinations``), when this copy holds only some of its moments (a
    /// report's period) and not those the merge moved.
    @discardableResult
    public mutating func forwardMergedPartners(to destinations: [Identifier<Partner>: Identifier<Partner>]) -> Int {
        // A few pairs, compared in place for each moment.
        let ends = destinations.map { (from: $0.key, to: $0.value) }
        guard !ends.isEmpty else { return 0 }
        func end(_ id: Identifier<Partner>) -> Identifier<Partner>? { ends.first { $0.from == id }?.to }
        var changed = 0
        for index in moments.indices {
            let giver = end(moments[index].giver), receiver = end(moments[index].receiver)
            guard giver != nil || receiver != nil else { continue }
            let newGiver = giver ?? moments[index].giver, newReceiver = receiver ?? moments[index].receiver
            guard newGiver != newReceiver else { continue }
            moments[index].giver = newGiver
            moments[index].receiver = newReceiver
            changed += 1
        }
        return changed
    }

    /// The partners removed and not partners again (merged away, or removed).
    public var partnersRemoved: Set<Identifier<Partner>> {
        guard !removed.partners.isEmpty else { return [] }
        let live = Set(partners.map(\.id))
        return Set(removed.partners.lazy.map(\.id).filter { !live.contains($0) })
    }

    /// Where each partner merged away ends up among today's partners: ``mergeForwarding``
    /// followed through merges of merges (a into b, then b into c) to a partner; a chain that
    /// ends at no partner, or loops, is left out. Empty, at no cost, when no partner was removed.
    public var mergeDestinations: [Identifier<Partner>: Identifier<Partner>] {
        guard !partnersRemoved.isEmpty else { return [:] }
        let live = Set(partners.map(\.id))
        let forwarding = mergeForwarding
        var ends = [Identifier<Partner>: Identifier<Partner>]()
        for id in forwarding.keys {
            var current = id
            for _ in 0...forwarding.count {
                guard let next = forwarding[current] else { break }
                current = next
                if live.contains(current) {
                    ends[id] = current
                    break
                }
            }
        }
        return ends
    }
}
