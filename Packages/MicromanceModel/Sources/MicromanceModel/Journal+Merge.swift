/// What a merge did, and why.
public struct MergeReport: Hashable, Sendable, Codable {
    /// Which journal a change came from.
    public enum Side: String, Hashable, Sendable, Codable {
        /// The journal merged into.
        case this
        /// The journal merged in.
        case other
    }

    /// Why a value was taken.
    public enum Reason: String, Hashable, Sendable, Codable {
        /// The record existed only on that side.
        case new
        /// That side changed the field later.
        case newer
        /// That side removed the record, after its last edit.
        case removed
        /// That side edited the record after the other removed it, which brings it back.
        case editedAfterRemoval = "edited-after-removal"
        /// Both changed the field at the same stamp (copies edited before stamps existed): the
        /// value that sorts later was kept, so every copy settles the same way.
        case tie
    }

    /// One thing the merge took from one side.
    public struct Entry: Hashable, Sendable, Codable {
        /// What kind of record (`moment`, `partner`, `ritual`, `stressor`, `date`, `reflection`, `settings`).
        public var kind: String
        /// The record's identifier (empty for the settings).
        public var id: String
        /// The fields taken; empty for a whole record.
        public var fields: [String]
        /// Where it came from.
        public var side: Side
        /// Why.
        public var reason: Reason

        /// Creates an entry.
        public init(kind: String, id: String, fields: [String], side: Side, reason: Reason) {
            self.kind = kind
            self.id = id
            self.fields = fields
            self.side = side
            self.reason = reason
        }
    }

    /// Moments, partners and rituals the other journal had and this one did not.
    public var addedMoments = 0, addedPartners = 0, addedRituals = 0
    /// Records shown here that the other journal's removal hid.
    public var removedHere = 0
    /// Everything the merge took from the other journal, and the fields where both journals
    /// changed a record and this one's change was kept.
    public var entries: [Entry] = []

    /// Whether the merge changed nothing in this journal.
    public var isEmpty: Bool { !entries.contains { $0.side == .other } }

    /// Creates an empty report.
    public init() {}
}

extension Journal {
    /// Joins two copies of a journal that were changed apart (two partners' devices).
    ///
    /// Records are matched by identifier; each field comes from the copy that changed it last
    /// (by ``ChangeStamp``), set fields keep every element added on either side and not removed
    /// later, and a removal hides a record on both sides unless the other side edited it after
    /// the removal. The device's own settings (``JournalSettings/deviceFields``) stay this
    /// copy's. Nothing that a later change did not supersede is dropped.
    ///
    /// The shared part of the result does not depend on the order of merges: merging is
    /// commutative, associative and idempotent. Lists come out in a canonical order: moments
    /// by time then identifier, partners, rituals and removed records by identifier.
    public func merged(with other: Journal) -> (journal: Journal, report: MergeReport) {
        var result = self
        let report = result.merge(with: other)
        return (result, report)
    }

    /// Joins another copy into this one, in place: the same as ``merged(with:)``, without
    /// copying the lists when this journal holds the only reference to them (merging a small
    /// change into a large journal then costs little more than reading the change).
    @discardableResult
    public mutating func merge(with other: Journal) -> MergeReport {
        var report = MergeReport()
        schemaVersion = max(schemaVersion, other.schemaVersion)

        // Lists that differ between the sides come out sorted, so both orders of merging agree.
        if Journal.join(&moments, &removed.moments, other.moments, other.removed.moments, kind: "moment", report: &report) {
            Journal.sort(&moments) { $0.at != $1.at ? $0.at < $1.at : $0.id < $1.id }
            Journal.sort(&removed.moments) { $0.id < $1.id }
        }
        if Journal.join(&rituals, &removed.rituals, other.rituals, other.removed.rituals, kind: "ritual", report: &report) {
            Journal.sort(&rituals) { $0.id < $1.id }
            Journal.sort(&removed.rituals) { $0.id < $1.id }
        }
        if Journal.join(
            &reflections, &removed.reflections, other.reflections, other.removed.reflections, kind: "reflection", report: &report)
        {
            Journal.sort(&reflections) { $0.at != $1.at ? $0.at < $1.at : $0.id < $1.id }
            Journal.sort(&removed.reflections) { $0.id < $1.id }
        }
        var partnerLists = (visible: partners, removed: removed.partners)
        _ = Journal.join(
            &partnerLists.visible, &partnerLists.removed, other.partners, other.removed.partners, kind: "partner", report: &report)
        // A partner's stressors and dates are records of their own, with removals kept beside.
        var stressorsGone = [Tombstones.Owned<Stressor>](), datesGone = [Tombstones.Owned<ImportantDate>]()
        func nested(_ partner: inout Partner) {
            let id = partner.id
            func records(
                _ journal: Journal
            ) -> (stressors: [Stressor], dates: [ImportantDate], goneStressors: [Stressor], goneDates: [ImportantDate]) {
                let holder = journal.partners.first { $0.id == id } ?? journal.removed.partners.first { $0.id == id }
                return (
                    holder?.stressors ?? [], holder?.importantDates ?? [],
                    journal.removed.stressors.filter { $0.partner == id }.map(\.record),
                    journal.removed.dates.filter { $0.partner == id }.map(\.record)
                )
            }
            let mine = records(self), theirs = records(other)
            var stressors = (visible: mine.stressors, removed: mine.goneStressors)
            _ = Journal.join(
                &stressors.visible, &stressors.removed, theirs.stressors, theirs.goneStressors, kind: "stressor", report: &report)
            var dates = (visible: mine.dates, removed: mine.goneDates)
            _ = Journal.join(&dates.visible, &dates.removed, theirs.dates, theirs.goneDates, kind: "date", report: &report)
            let sameStressors = mine.stressors == theirs.stressors && mine.goneStressors == theirs.goneStressors
            let sameDates = mine.dates == theirs.dates && mine.goneDates == theirs.goneDates
            partner.stressors = sameStressors ? mine.stressors : stressors.visible.sorted(by: Journal.byCreation)
            partner.importantDates = sameDates ? mine.dates : dates.visible.sorted(by: Journal.byCreation)
            stressorsGone += stressors.removed.map { Tombstones.Owned(partner: id, record: $0) }
            datesGone += dates.removed.map { Tombstones.Owned(partner: id, record: $0) }
        }
        for index in partnerLists.visible.indices { nested(&partnerLists.visible[index]) }
        for index in partnerLists.removed.indices { nested(&partnerLists.removed[index]) }
        if partners != other.partners || removed.partners != other.removed.partners {
            self.partners = partnerLists.visible.sorted { $0.id < $1.id }
            self.removed.partners = partnerLists.removed.sorted { $0.id < $1.id }
        } else {
            self.partners = partnerLists.visible
        }
        let ownedOrder: (Tombstones.Owned<Stressor>, Tombstones.Owned<Stressor>) -> Bool = {
            ($0.partner.rawValue, $0.record.id.rawValue) < ($1.partner.rawValue, $1.record.id.rawValue)
        }
        if removed.stressors != other.removed.stressors { self.removed.stressors = stressorsGone.sorted(by: ownedOrder) }
        if removed.dates != other.removed.dates {
            self.removed.dates = datesGone.sorted {
                ($0.partner.rawValue, $0.record.id.rawValue) < ($1.partner.rawValue, $1.record.id.rawValue)
            }
        }

        let settingsJoin = settings.joined(with: other.settings)
        self.settings = settingsJoin.settings
        if !settingsJoin.taken.isEmpty {
            report.entries.append(.init(kind: "settings", id: "", fields: settingsJoin.taken, side: .other, reason: .newer))
        }
        return report
    }

    /// `list` in the order `before` gives, without sorting when it is in that order already
    /// (a journal merged before is).
    private static func sort<R>(_ list: inout [R], by before: (R, R) -> Bool) {
        var inOrder = true
        list.withUnsafeBufferPointer { items in
            for index in items.indices.dropFirst() where before(items[index], items[index - 1]) {
                inOrder = false
                break
            }
        }
        if !inOrder { list.sort(by: before) }
    }

    private static func byCreation<R: Tracked>(_ a: R, _ b: R) -> Bool {
        a.changes.created != b.changes.created ? a.changes.created < b.changes.created : a.trackID < b.trackID
    }

    /// Joins one kind of record from both sides, shown and removed, and sorts the result
    /// into shown and removed records (in no particular order).
    /// Joins one kind of record from both sides into `mine` and `mineGone` (shown and
    /// removed); returns whether the two sides differed.
    private static func join<R: Tracked>(
        _ mine: inout [R], _ mineGone: inout [R], _ theirs: [R], _ theirsGone: [R], kind: String,
        report: inout MergeReport
    ) -> Bool {
        // Copies of one journal share most records, in the same places: walk the run where
        // both sides hold the same record at the same index before anything costlier.
        var same = 0
        let common = min(mine.count, theirs.count)
        mine.withUnsafeBufferPointer { a in
            theirs.withUnsafeBufferPointer { b in
                while same < common, a[same] == b[same] { same += 1 }
            }
        }
        if same == mine.count && same == theirs.count && mineGone == theirsGone { return false }
        let (rest, removed) = joinByID(mine[same...], mineGone, theirs[same...], theirsGone, kind: kind, report: &report)
        mine.removeSubrange(same...)
        mine.append(contentsOf: rest)
        mineGone = removed
        return true
    }

    /// Joins what is left by identifier. The smaller side is indexed and the larger one
    /// walked, so joining a change log's few entries into a large snapshot stays cheap.
    private static func joinByID<R: Tracked>(
        _ mine: ArraySlice<R>, _ mineGone: [R], _ theirs: ArraySlice<R>, _ theirsGone: [R],
        kind: String, report: inout MergeReport
    ) -> (visible: [R], removed: [R]) {
        var visible = [R](), gone = [R]()
        visible.reserveCapacity(max(mine.count, theirs.count))
        func place(_ record: R) {
            if record.changes.isRemoved { gone.append(record) } else { visible.append(record) }
        }
        func new(_ record: R) {
            place(record)
            guard !record.changes.isRemoved else { return }
            report.entries.append(.init(kind: kind, id: record.trackID, fields: [], side: .other, reason: .new))
            switch kind {
            case "moment": report.addedMoments += 1
            case "partner": report.addedPartners += 1
            case "ritual": report.addedRituals += 1
            default: break
            }
        }
        if theirs.count + theirsGone.count <= mine.count + mineGone.count {
            var pending = [String: R](minimumCapacity: theirs.count + theirsGone.count)
            for record in theirs where pending[record.trackID] == nil { pending[record.trackID] = record }
            for record in theirsGone where pending[record.trackID] == nil { pending[record.trackID] = record }
            for record in mine {
                if !pending.isEmpty, let other = pending.removeValue(forKey: record.trackID) {
                    place(resolve(record, other, kind, &report))
                } else {
                    place(record)
                }
            }
            for record in mineGone {
                if let other = pending.removeValue(forKey: record.trackID) {
                    place(resolve(record, other, kind, &report))
                } else {
                    place(record)
                }
            }
            for record in theirs where pending.removeValue(forKey: record.trackID) != nil { new(record) }
            for record in theirsGone where pending.removeValue(forKey: record.trackID) != nil { new(record) }
        } else {
            var pending = [String: R](minimumCapacity: mine.count + mineGone.count)
            for record in mine where pending[record.trackID] == nil { pending[record.trackID] = record }
            for record in mineGone where pending[record.trackID] == nil { pending[record.trackID] = record }
            var seen = Set<String>()
            for record in Array(theirs) + theirsGone where seen.insert(record.trackID).inserted {
                if let own = pending.removeValue(forKey: record.trackID) { place(resolve(own, record, kind, &report)) } else { new(record) }
            }
            for record in mine where pending.removeValue(forKey: record.trackID) != nil { place(record) }
            for record in mineGone where pending.removeValue(forKey: record.trackID) != nil { place(record) }
        }
        return (visible, gone)
    }

    /// Both sides' versions of one record, joined, with what the report should say about it.
    private static func resolve<R: Tracked>(_ existing: R, _ record: R, _ kind: String, _ report: inout MergeReport) -> R {
        if existing == record { return existing }
        let id = record.trackID
        let (joined, taken, tied) = existing.joined(with: record)
        if !tied.isEmpty { report.entries.append(.init(kind: kind, id: id, fields: tied, side: .other, reason: .tie)) }
        let wasShown = !existing.changes.isRemoved, nowShown = !joined.changes.isRemoved
        if wasShown && !nowShown {
            report.removedHere += 1
            report.entries.append(.init(kind: kind, id: id, fields: [], side: .other, reason: .removed))
        } else if !wasShown && nowShown && !record.changes.isRemoved {
            report.entries.append(.init(kind: kind, id: id, fields: taken, side: .other, reason: .editedAfterRemoval))
        } else if !taken.isEmpty {
            report.entries.append(.init(kind: kind, id: id, fields: taken, side: .other, reason: .newer))
        }
        // Fields both sides changed where this side's change was the later one.
        if nowShown {
            let kept = R.registers.filter { field in
                field.differs(existing, record)
                    && existing.changes.stamp(of: field.name) > record.changes.stamp(of: field.name)
                    && record.changes.stamp(of: field.name) > record.changes.created
            }.map(\.name)
            if !kept.isEmpty { report.entries.append(.init(kind: kind, id: id, fields: kept, side: .this, reason: .newer)) }
        }
        return joined
    }
}
