/// A record that carries ``Changes`` and merges field by field: a moment, a partner, a
/// ritual, a stressor, an important date. The fields are listed once here, so stamping,
/// merging and reporting all agree on them.
protocol Tracked: Hashable, Sendable {
    /// The record's identifier as a string.
    var trackID: String { get }
    /// The record's stamps.
    var changes: Changes { get set }
    /// Fields that merge as registers (the later change wins).
    static var registers: [TrackedField<Self>] { get }
    /// Fields that merge as add/remove sets.
    static var sets: [TrackedSet<Self>] { get }
}

/// One register field of a tracked record.
struct TrackedField<Record>: Sendable {
    let name: String
    let differs: @Sendable (Record, Record) -> Bool
    let take: @Sendable (inout Record, Record) -> Void
    /// A deterministic order of values, used only when two different values carry the same
    /// stamp (two copies of one journal edited before it had stamps).
    let rank: @Sendable (Record) -> String
    /// Whether the field holds nothing (an optional field left out); never for a field that
    /// always holds a value.
    let isBlank: @Sendable (Record) -> Bool

    init<Value: Equatable & Sendable>(_ name: String, _ path: WritableKeyPath<Record, Value> & Sendable) {
        self.name = name
        differs = { $0[keyPath: path] != $1[keyPath: path] }
        take = { $0[keyPath: path] = $1[keyPath: path] }
        rank = { String(describing: $0[keyPath: path]) }
        isBlank = { _ in false }
    }

    init<Wrapped: Equatable & Sendable>(_ name: String, _ path: WritableKeyPath<Record, Wrapped?> & Sendable) {
        self.name = name
        differs = { $0[keyPath: path] != $1[keyPath: path] }
        take = { $0[keyPath: path] = $1[keyPath: path] }
        rank = { String(describing: $0[keyPath: path]) }
        isBlank = { $0[keyPath: path] == nil }
    }
}

/// One set-valued field of a tracked record, read and written as strings.
struct TrackedSet<Record>: Sendable {
    let name: String
    let get: @Sendable (Record) -> [String]
    let set: @Sendable (inout Record, [String]) -> Void
}

extension Moment: Tracked {
    var trackID: String { id.rawValue }
    static let registers: [TrackedField<Moment>] = [
        TrackedField("at", \.at), TrackedField("timeZone", \.timeZone), TrackedField("giver", \.giver),
        TrackedField("receiver", \.receiver), TrackedField("title", \.title), TrackedField("gesture", \.gestureID),
        TrackedField("language", \.language), TrackedField("note", \.note), TrackedField("response", \.response),
        TrackedField("kind", \.kind), TrackedField("ritual", \.ritualID),
    ]
    static let sets: [TrackedSet<Moment>] = []
}

extension Partner: Tracked {
    var trackID: String { id.rawValue }
    // Stressors and dates are records of their own, merged by identifier.
    static let registers: [TrackedField<Partner>] = [TrackedField("name", \.name), TrackedField("profile", \.profile)]
    static let sets: [TrackedSet<Partner>] = [
        TrackedSet(name: "preferences", get: { $0.preferences }, set: { $0.preferences = $1 }),
        TrackedSet(name: "ideas", get: { $0.ideas }, set: { $0.ideas = $1 }),
    ]
}

extension Ritual: Tracked {
    var trackID: String { id.rawValue }
    static let registers: [TrackedField<Ritual>] = [
        TrackedField("title", \.title), TrackedField("cadence", \.cadence), TrackedField("language", \.language),
    ]
    static let sets: [TrackedSet<Ritual>] = [
        TrackedSet(name: "participants", get: { $0.participants.map(\.rawValue) }, set: { $0.participants = $1.map { Identifier($0) } })
    ]
}

extension Stressor: Tracked {
    var trackID: String { id.rawValue }
    static let registers: [TrackedField<Stressor>] = [TrackedField("title", \.title), TrackedField("day", \.day)]
    static let sets: [TrackedSet<Stressor>] = []
}

extension ImportantDate: Tracked {
    var trackID: String { id.rawValue }
    static let registers: [TrackedField<ImportantDate>] = [
        TrackedField("title", \.title), TrackedField("month", \.month), TrackedField("day", \.day),
        TrackedField("year", \.year), TrackedField("recurrence", \.recurrence),
    ]
    static let sets: [TrackedSet<ImportantDate>] = []
}

extension ReflectionAnswer: Tracked {
    var trackID: String { id.rawValue }
    static let registers: [TrackedField<ReflectionAnswer>] = [
        TrackedField("at", \.at), TrackedField("timeZone", \.timeZone), TrackedField("partner", \.partner),
        TrackedField("question", \.question), TrackedField("answer", \.answer),
    ]
    static let sets: [TrackedSet<ReflectionAnswer>] = []
}

/// The pseudo-field stamped when a removed record is brought back on purpose.
let restoredField = "restored"

extension Tracked {
    /// Stamps, at `stamp`, every field and element in which `self` differs from `old`, the
    /// same record before a change. `self`'s stamps start from `old`'s. A record whose stamps
    /// already differ from `old`'s was stamped by whoever changed it (a merge, or a caller
    /// that stamps its own changes) and is left as it is, unless `force` is set.
    mutating func stampEdits(from old: Self, at stamp: ChangeStamp, force: Bool = false) {
        if !force && changes != old.changes { return }
        var changes = old.changes
        if changes.created < self.changes.created { changes.created = self.changes.created }
        for field in Self.registers where field.differs(self, old) {
            changes.touch(field.name, at: stamp)
        }
        for field in Self.sets {
            let before = field.get(old), after = field.get(self)
            guard before != after else { continue }
            let beforeSet = Set(before), afterSet = Set(after)
            for value in afterSet.subtracting(beforeSet) {
                var stamps = changes.stamps(of: value, in: field.name)
                if !(stamps.isPresent && beforeSet.contains(value)) { stamps.added = stamp }
                changes.elements[Changes.Element(field: field.name, value: value)] = stamps
            }
            for value in beforeSet.subtracting(afterSet) {
                var stamps = changes.stamps(of: value, in: field.name)
                stamps.removed = stamp
                changes.elements[Changes.Element(field: field.name, value: value)] = stamps
            }
        }
        self.changes = changes
    }

    /// The elements of set field `field`, present or not, with their stamps.
    func elementStamps(_ field: TrackedSet<Self>) -> [String: Changes.ElementStamps] {
        var all = [String: Changes.ElementStamps]()
        for value in field.get(self) { all[value] = changes.stamps(of: value, in: field.name) }
        for (key, stamps) in changes.elements where key.field == field.name { all[key.value] = stamps }
        return all
    }

    /// Both versions of one record joined field by field: each register from the version that
    /// changed it later, each set element with the later addition and removal, the later
    /// removal. `taken` lists the fields whose value came from `other` and differed; `tied`
    /// those among them that both sides changed at the same stamp (copies edited before they
    /// had stamps), settled by a fixed rule.
    func joined(with other: Self) -> (record: Self, taken: [String], tied: [String]) {
        if self == other { return (self, [], []) }
        var result = self
        var taken = [String](), tied = [String]()
        let created = min(changes.created, other.changes.created)
        var merged = Changes(created: created, removed: Changes.later(changes.removed, other.changes.removed))
        for field in Self.registers {
            let mine = changes.stamp(of: field.name), theirs = other.changes.stamp(of: field.name)
            // An optional field left out when a version was made, and never set since, says
            // nothing: the other version's value stands, however the two were stamped (a
            // ritual added on both phones, with its language typed on one of them only).
            let mineUnsaid = changes.fields[field.name] == nil && field.isBlank(self)
            let theirsUnsaid = other.changes.fields[field.name] == nil && field.isBlank(other)
            var winner = mine
            if mineUnsaid != theirsUnsaid {
                if mineUnsaid {
                    field.take(&result, other)
                    winner = theirs
                    taken.append(field.name)
                }
            } else if theirs > mine || (theirs == mine && field.differs(self, other) && field.rank(other) > field.rank(self)) {
                field.take(&result, other)
                winner = theirs
                if field.differs(self, other) {
                    if theirs == mine { tied.append(field.name) } else { taken.append(field.name) }
                }
            }
            if winner != created { merged.fields[field.name] = winner }
        }
        for name in [restoredField] {
            if let stamp = Changes.later(changes.fields[name], other.changes.fields[name]) { merged.fields[name] = stamp }
        }
        for field in Self.sets {
            let mine = elementStamps(field), theirs = other.elementStamps(field)
            var all = mine
            for (value, stamps) in theirs { all[value] = all[value].map { $0.joined(with: stamps) } ?? stamps }
            for (value, stamps) in all where stamps.added != created || stamps.removed != nil {
                merged.elements[Changes.Element(field: field.name, value: value)] = stamps
            }
            let present = all.filter(\.value.isPresent)
            let before = field.get(self)
            if Set(before) != Set(present.keys) || field.get(other) != before {
                let ordered = present.sorted { $0.value.added != $1.value.added ? $0.value.added < $1.value.added : $0.key < $1.key }
                let values = ordered.map(\.key)
                if Set(values) != Set(before) { taken.append(field.name) }
                field.set(&result, values)
            }
        }
        result.changes = merged
        return (result, taken, tied)
    }
}
