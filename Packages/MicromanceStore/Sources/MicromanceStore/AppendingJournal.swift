import MicromanceModel

/// A journal opened to add moments to it, for callers that need everything about the
/// couple but not every moment: the CLI's `log`, an app's quick-log button.
///
/// A store that can check a new moment without reading the others (the CSV store, with its
/// index of ids) leaves ``journal``'s moments empty and answers ``containsMoment(_:)`` and
/// ``momentDays`` from what it keeps beside them; any other store loads the whole journal.
/// Get one from ``JournalStore/loadForAppending()`` inside ``JournalStore/withExclusiveAccess(_:)``
/// and pass it back to ``JournalStore/append(_:to:)-(_,AppendingJournal)`` under the same access.
public struct AppendingJournal: Sendable {
    /// The journal: partners, rituals, settings and removed records, and its moments when
    /// ``momentsLoaded`` is true.
    public var journal: Journal
    /// Whether ``journal`` holds every moment.
    public let momentsLoaded: Bool
    /// The local day of each moment (day numbers, in each moment's own time zone) when the
    /// moments were not loaded, including those appended through this value.
    public private(set) var momentDays: [Int]?
    /// The latest change stamp of any moment that was not loaded (its device left out), so
    /// that a clock making new stamps can start after it; nil when the moments were loaded.
    public private(set) var latestMomentStamp: ChangeStamp?
    /// The store's own lookup of moment ids, when the moments were not loaded.
    private let lookup: (@Sendable (Identifier<Moment>) -> Bool)?
    /// Ids appended through this value since it was opened.
    private var added = Set<Identifier<Moment>>()

    /// A journal read whole.
    public init(loaded journal: Journal) {
        self.journal = journal
        momentsLoaded = true
        momentDays = nil
        lookup = nil
    }

    /// A journal read without its moments: `contains` answers whether a moment id is taken,
    /// `momentDays` gives each moment's local day.
    public init(withoutMoments journal: Journal, momentDays: [Int], latestMomentStamp: ChangeStamp,
                contains: @escaping @Sendable (Identifier<Moment>) -> Bool) {
        var head = journal
        head.moments = []
        self.journal = head
        momentsLoaded = false
        self.momentDays = momentDays
        self.latestMomentStamp = latestMomentStamp
        lookup = contains
    }

    /// Whether a moment with this id is in the journal.
    public func containsMoment(_ id: Identifier<Moment>) -> Bool {
        if let lookup { return added.contains(id) || lookup(id) }
        return journal.moments.contains { $0.id == id }
    }

    /// Checks `moment` against the journal's rules and adds it (to the journal when its
    /// moments are loaded, else to the days and ids kept here). A backend calls this before
    /// it writes the moment, and ``undo(_:)`` when the write fails.
    public mutating func add(_ moment: Moment) throws(JournalValidationError) {
        guard !momentsLoaded else {
            try journal.log(moment)
            return
        }
        try journal.validate(moment)
        if containsMoment(moment.id) { throw .duplicateID(kind: "moment", id: moment.id.rawValue) }
        added.insert(moment.id)
        if !moment.changes.isImported, let latest = latestMomentStamp, moment.changes.latest > latest {
            latestMomentStamp = moment.changes.latest
        }
        momentDays?.append(LocalDayResolver(fallback: .gmt).dayNumber(moment.at, zone: moment.timeZone))
    }

    /// Takes back the moment ``add(_:)`` just added, when writing it failed.
    public mutating func undo(_ moment: Moment) {
        if momentsLoaded {
            if journal.moments.last?.id == moment.id { journal.moments.removeLast() }
            return
        }
        if added.remove(moment.id) != nil { momentDays?.removeLast() }
    }
}
