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
        /// What kind of record (`moment`, `partner`, `ritual`, `stressor`, `date`, `settings`).
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
        var report = MergeReport()
        var result = self
        result.schemaVersion = max(schemaVersion, other.schemaVersion)

        let momentLists = Journal.join(moments, removed.moments, other.moments, other.removed.moments, kind: "moment", report: &report)
        // Lists that differ between the sides come out sorted, so both orders of merging agree.
        if momentLists.sidesDiffer {
            result.moments = Journal.sorted(momentLists.visible) { $0.at != $1.at ? $0.at < $1.at : $0.id < $1.id }
            result.removed.moments = Journal.sorted(momentLists.removed) { $0.id < $1.id }
        }
        let ritualLists = Journal.join(rituals, removed.rituals, other.rituals, other.removed.rituals, kind: "ritual", report: &report)
        if ritualLists.sidesDiffer {
            result.rituals = ritualLists.visible.sorted { $0.id < $1.id }
            result.removed.rituals = ritualLists.removed.sorted { $0.id < $1.id }
        }
        var partnerLists = Journal.join(partners, removed.partners, other.partners, other.removed.partners, kind: "partner", report: &report)
        // A partner's stressors and dates are records of their own, with removals kept beside.
        var stressorsGone = [Tombstones.Owned<Stressor>](), datesGone = [Tombstones.Owned<ImportantDate>]()
        func nested(_ partner: inout Partner) {
            let id = partner.id
            func records(_ journal: Journal) -> (stressors: [Stressor], dates: [ImportantDate], goneStressors: [Stressor], goneDates: [ImportantDate]) {
                let holder = journal.partners.first { $0.id == id } ?? journal.removed.partners.first { $0.id == id }
                return (holder?.stressors ?? [], holder?.importantDates ?? [],
                        journal.removed.stressors.filter { $0.partner == id }.map(\.record),
                        journal.removed.dates.filter { $0.partner == id }.map(\.record))
            }
            let mine = records(self), theirs = records(other)
            let stressors = Journal.join(mine.stressors, mine.goneStressors, theirs.stressors, theirs.goneStressors, kind: "stressor", report: &report)
            let dates = Journal.join(mine.dates, mine.goneDates, theirs.dates, theirs.goneDates, kind: "date", report: &report)
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
            result.partners = partnerLists.visible.sorted { $0.id < $1.id }
            result.removed.partners = partnerLists.removed.sorted { $0.id < $1.id }
        } else {
            result.partners = partnerLists.visible
        }
        let ownedOrder: (Tombstones.Owned<Stressor>, Tombstones.Owned<Stressor>) -> Bool = {
            ($0.partner.rawValue, $0.record.id.rawValue) < ($1.partner.rawValue, $1.record.id.rawValue)
        }
        if removed.stressors != other.removed.stressors { result.removed.stressors = stressorsGone.sorted(by: ownedOrder) }
        if removed.dates != other.removed.dates {
            result.removed.dates = datesGone.sorted { ($0.partner.rawValue, $0.record.id.rawValue) < ($1.partner.rawValue, $1.record.id.rawValue) }
        }

        let settingsJoin = settings.joined(with: other.settings)
        result.settings = settingsJoin.settings
        if !settingsJoin.taken.isEmpty {
            report.entries.append(.init(kind: "settings", id: "", fields: settingsJoin.taken, side: .other, reason: .newer))
        }
        return (result, report)
    }

    /// `list` in the order `before` gives, without sorting when it is in that order already
    /// (a journal merged before is).
    private static func sorted<R>(_ list: [R], by before: (R, R) -> Bool) -> [R] {
        var inOrder = true
        list.withUnsafeBufferPointer { items in
            for index in items.indices.dropFirst() where before(items[index], items[index - 1]) {
                inOrder = false
                break
            }
        }
        return inOrder ? list : list.sorted(by: before)
    }

    private static func byCreation<R: Tracked>(_ a: R, _ b: R) -> Bool {
        a.changes.created != b.changes.created ? a.changes.created < b.changes.created : a.trackID < b.trackID
    }

    /// Joins one kind of record from both sides, shown and removed, and sorts the result
    /// into shown and removed records (in no particular order).
    private static func join<R: Tracked>(_ mine: [R], _ mineGone: [R], _ theirs: [R], _ theirsGone: [R], kind: String,
                                         report: inout MergeReport) -> (visible: [R], removed: [R], sidesDiffer: Bool) {
        // Copies of one journal share most records, in the same places: walk the run where
        // both sides hold the same record at the same index before anything costlier.
        var same = 0
        let common = min(mine.count, theirs.count)
        mine.withUnsafeBufferPointer { a in
            theirs.withUnsafeBufferPointer { b in
                while same < common, a[same] == b[same] { same += 1 }
            }
        }
        if same == mine.count && same == theirs.count && mineGone == theirsGone { return (mine, mineGone, false) }
        var visible = Array(mine[..<same])
        let (restVisible, removed) = joinByID(mine[same...], mineGone, theirs[same...], theirsGone, kind: kind, report: &report)
        visible += restVisible
        return (visible, removed, true)
    }

    /// Joins what is left by identifier. The smaller side is indexed and the larger one
    /// walked, so joining a change log's few entries into a large snapshot stays cheap.
    private static func joinByID<R: Tracked>(_ mine: ArraySlice<R>, _ mineGone: [R], _ theirs: ArraySlice<R>, _ theirsGone: [R],
                                             kind: String, report: inout MergeReport) -> (visible: [R], removed: [R]) {
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
                if let other = pending.removeValue(forKey: record.trackID) { place(resolve(record, other, kind, &report)) } else { place(record) }
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
        let (joined, taken) = existing.joined(with: record)
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
