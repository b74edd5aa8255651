/// Stamping changes: a caller changes a journal as plain values (appends a moment, edits a
/// note, removes a ritual, adds a preference) and then calls ``Journal/stampChanges(since:at:)``
/// with the journal as it was before. Every difference gets the one new stamp: edited fields,
/// added and removed set elements, new records; records that disappeared become removals.
extension Journal {
    /// Stamps, at `stamp`, everything in which this journal differs from `old`, the same
    /// journal before a change:
    /// - a field whose value changed, and each element added to or removed from a set field;
    /// - a new record (one whose stamps are still ``ChangeStamp/imported``) as made at `stamp`;
    /// - a record that was in `old` and is gone as removed at `stamp`: it moves to ``removed``;
    /// - a record put back with the identifier of a removed one as restored at `stamp`.
    ///
    /// Settings that belong to one device (``JournalSettings/deviceFields``) get no stamps.
    /// A record whose stamps already differ from its version in `old` (it came from a merge,
    /// or the caller stamped it) keeps its stamps: only plain edits are stamped.
    /// `stamp` should come from ``HybridClock/tick()`` after the clock has observed
    /// ``latestStamp``, so that it is later than everything in `old`.
    public mutating func stampChanges(since old: Journal, at stamp: ChangeStamp) {
        Journal.stamp(&moments, removed: &removed.moments, old: old.moments, oldRemoved: old.removed.moments, at: stamp)
        Journal.stamp(&rituals, removed: &removed.rituals, old: old.rituals, oldRemoved: old.removed.rituals, at: stamp)
        Journal.stamp(
            &reflections, removed: &removed.reflections, old: old.reflections, oldRemoved: old.removed.reflections, at: stamp)
        Journal.stamp(&partners, removed: &removed.partners, old: old.partners, oldRemoved: old.removed.partners, at: stamp)
        let oldPartners = Dictionary(old.partners.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for index in partners.indices {
            let id = partners[index].id
            let before = oldPartners[id]
            if let before, before.stressors == partners[index].stressors, before.importantDates == partners[index].importantDates {
                continue
            }
            var stressorsGone = removed.stressors.filter { $0.partner == id }.map(\.record)
            let stressorsOld = old.removed.stressors.filter { $0.partner == id }.map(\.record)
            Journal.stamp(
                &partners[index].stressors, removed: &stressorsGone, old: before?.stressors ?? [],
                oldRemoved: stressorsOld, at: stamp)
            removed.stressors.removeAll { $0.partner == id }
            removed.stressors += stressorsGone.map { Tombstones.Owned(partner: id, record: $0) }
            var datesGone = removed.dates.filter { $0.partner == id }.map(\.record)
            let datesOld = old.removed.dates.filter { $0.partner == id }.map(\.record)
            Journal.stamp(
                &partners[index].importantDates, removed: &datesGone, old: before?.importantDates ?? [],
                oldRemoved: datesOld, at: stamp)
            removed.dates.removeAll { $0.partner == id }
            removed.dates += datesGone.map { Tombstones.Owned(partner: id, record: $0) }
        }
        settings.stampEdits(from: old.settings, at: stamp)
    }

    /// The newest stamp anywhere in the journal, removals included: a clock observes it
    /// before stamping a change, so the change sorts after everything already here.
    public var latestStamp: ChangeStamp {
        var latest = ChangeStamp.imported
        forEachChanges { changes in
            let stamp = changes.latest
            if stamp > latest { latest = stamp }
        }
        return latest
    }

    /// The newest stamp that `device` made anywhere in the journal, or nil when it made none.
    public func latestStamp(by device: DeviceID) -> ChangeStamp? {
        var latest: ChangeStamp?
        forEachChanges { changes in
            if let stamp = changes.latest(by: device), latest.map({ stamp > $0 }) ?? true { latest = stamp }
        }
        return latest
    }

    /// Calls `body` with the stamps of every record, shown or removed, and of the settings.
    public func forEachChanges(_ body: (Changes) -> Void) {
        body(settings.changes)
        for moment in moments { body(moment.changes) }
        for moment in removed.moments { body(moment.changes) }
        for ritual in rituals { body(ritual.changes) }
        for ritual in removed.rituals { body(ritual.changes) }
        for answer in reflections + removed.reflections { body(answer.changes) }
        for partner in partners + removed.partners {
            body(partner.changes)
            for stressor in partner.stressors { body(stressor.changes) }
            for date in partner.importantDates { body(date.changes) }
        }
        for owned in removed.stressors { body(owned.record.changes) }
        for owned in removed.dates { body(owned.record.changes) }
    }

    /// Stamps one list of records against its old version; see ``stampChanges(since:at:)``.
    static func stamp<R: Tracked>(_ list: inout [R], removed: inout [R], old: [R], oldRemoved: [R], at stamp: ChangeStamp) {
        // Most changes edit records in place: walk both lists while they line up.
        var start = 0
        let common = min(list.count, old.count)
        while start < common, list[start].trackID == old[start].trackID {
            if list[start] != old[start] { list[start].stampEdits(from: old[start], at: stamp) }
            start += 1
        }
        if start == list.count && start == old.count { return }
        var oldByID = [String: Int]()
        for index in start..<old.count { oldByID[old[index].trackID] = index }
        let gone = Dictionary(oldRemoved.map { ($0.trackID, $0) }, uniquingKeysWith: { a, _ in a })
        var present = Set<String>()
        for index in start..<list.count {
            let id = list[index].trackID
            present.insert(id)
            if let previous = oldByID[id] {
                if list[index] != old[previous] { list[index].stampEdits(from: old[previous], at: stamp) }
            } else if let tombstone = gone[id] {
                // Put back on purpose: a restore, later than the removal, which asserts every
                // field and element anew (as making the record would).
                list[index].stampEdits(from: tombstone, at: stamp, force: true)
                list[index].changes.fields[restoredField] = stamp
                for field in R.registers { list[index].changes.fields[field.name] = stamp }
                for field in R.sets {
                    for value in field.get(list[index]) {
                        var stamps = list[index].changes.stamps(of: value, in: field.name)
                        stamps.added = stamp
                        list[index].changes.elements[Changes.Element(field: field.name, value: value)] = stamps
                    }
                }
                removed.removeAll { $0.trackID == id }
            } else if list[index].changes.isImported {
                list[index].changes.created = stamp
            }
        }
        let alreadyRemoved = Set(removed.map(\.trackID))
        for index in start..<old.count where !present.contains(old[index].trackID) && !alreadyRemoved.contains(old[index].trackID) {
            var tombstone = old[index]
            tombstone.changes.removed = stamp
            removed.append(tombstone)
        }
    }
}

extension JournalSettings {
    /// The shared settings, which merge field by field.
    static let registers: [TrackedField<JournalSettings>] = [
        TrackedField("dailyTarget", \.dailyTarget), TrackedField("weekStart", \.weekStart),
        TrackedField("timeZone", \.timeZone), TrackedField("restDays", \.restDays),
    ]

    /// The field name of a partner's own time zone.
    static func zoneField(_ partner: Identifier<Partner>) -> String { "zone:" + partner.rawValue }

    /// Stamps every shared setting that differs from `old`.
    mutating func stampEdits(from old: JournalSettings, at stamp: ChangeStamp) {
        if changes != old.changes { return }  // stamped already (merged from another copy)
        var stamped = old.changes
        for field in Self.registers where field.differs(self, old) { stamped.touch(field.name, at: stamp) }
        for partner in Set(partnerTimeZones.keys).union(old.partnerTimeZones.keys)
        where partnerTimeZones[partner] != old.partnerTimeZones[partner] {
            stamped.touch(Self.zoneField(partner), at: stamp)
        }
        changes = stamped
    }

    /// Both versions joined field by field; the device's own settings stay this version's.
    func joined(with other: JournalSettings) -> (settings: JournalSettings, taken: [String]) {
        var result = self
        var taken = [String]()
        let created = min(changes.created, other.changes.created)
        var merged = Changes(created: created)
        for field in Self.registers {
            let mine = changes.stamp(of: field.name), theirs = other.changes.stamp(of: field.name)
            var winner = mine
            if theirs > mine || (theirs == mine && field.differs(self, other) && field.rank(other) > field.rank(self)) {
                field.take(&result, other)
                winner = theirs
                if field.differs(self, other) { taken.append(field.name) }
            }
            if winner != created { merged.fields[field.name] = winner }
        }
        var zoned = Set(partnerTimeZones.keys).union(other.partnerTimeZones.keys)
        for name in Array(changes.fields.keys) + Array(other.changes.fields.keys) where name.hasPrefix("zone:") {
            zoned.insert(Identifier(String(name.dropFirst(5))))
        }
        for partner in zoned {
            let name = Self.zoneField(partner)
            let mine = changes.stamp(of: name), theirs = other.changes.stamp(of: name)
            var winner = mine
            let differs = partnerTimeZones[partner] != other.partnerTimeZones[partner]
            if theirs > mine || (theirs == mine && differs && (other.partnerTimeZones[partner] ?? "") > (partnerTimeZones[partner] ?? "")) {
                result.partnerTimeZones[partner] = other.partnerTimeZones[partner]
                winner = theirs
                if differs { taken.append("time zone of \(partner)") }
            }
            if winner != created { merged.fields[name] = winner }
        }
        result.changes = merged
        return (result, taken)
    }
}

extension Journal {
    /// Marks values a program filled in by itself, rather than a person typed, as carrying no
    /// weight in a merge: they keep the stamp ``ChangeStamp/imported``, so the same field set
    /// by a person on any copy, at any time, wins over them. Call it after
    /// ``stampChanges(since:at:)``.
    ///
    /// - `partner`: a partner this command added with nothing but a name (`init --me Sam` on a
    ///   second device, before the first device's `partner add Sam --ranking …` has arrived):
    ///   only the name counts as typed; the blank profile, preferences and ideas are defaults.
    /// - `settings`: shared settings this command filled in (the device's time zone when none
    ///   was given, the default daily target).
    public mutating func markFilledIn(partner id: Identifier<Partner>? = nil, settings fields: Set<String> = []) {
        if let id, let index = partners.firstIndex(where: { $0.id == id }) {
            let made = partners[index].changes.created
            var changes = Changes(created: .imported)
            if made != .imported { changes.fields["name"] = made }
            partners[index].changes = changes
        }
        for field in fields { settings.changes.fields[field] = nil }
    }
}

extension Moment {
    /// The order lists show moments in: newest first; moments of the same second (`log` keeps
    /// whole seconds) in the order they were logged, by their creation stamps; then by id.
    public static func newestFirst(_ a: Moment, _ b: Moment) -> Bool {
        if a.at != b.at { return a.at > b.at }
        if a.changes.created != b.changes.created { return a.changes.created > b.changes.created }
        return a.id > b.id
    }

    /// Stamps, at `stamp`, the fields in which this moment differs from `old` (itself before a
    /// change): ``Journal/stampChanges(since:at:)`` for one moment, for a store that changes
    /// one moment's record without reading the journal.
    public mutating func stampChanges(since old: Moment, at stamp: ChangeStamp) {
        if self != old { stampEdits(from: old, at: stamp) }
    }
}
