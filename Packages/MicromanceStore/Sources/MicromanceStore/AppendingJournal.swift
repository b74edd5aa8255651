import MicromanceModel

/// A journal opened to add moments to it, for callers that need everything about the
/// couple but not every moment: the CLI's `log`, an app's quick-log button.
///
/// A store that can check a new moment without reading the others (the CSV store, with its
/// index of ids) leaves ``journal``'s moments empty and answers ``containsMoment(_:)`` and
/// ``momentsByDay`` from what it keeps beside them; any other store loads the whole journal.
/// Get one from ``JournalStore/loadForAppending()`` inside ``JournalStore/withExclusiveAccess(_:)``
/// and pass it back to `append(_:to:)` (the one taking an ``AppendingJournal``) under the same access.
public struct AppendingJournal: Sendable {
    /// The journal: partners, rituals and settings, and its moments when ``momentsLoaded`` is
    /// true. Its removed records are there when the moments are, and may be without them (the
    /// CSV store reads them, so a caller can tell whether their words are due to be dropped).
    /// Without its moments it is not the whole journal: never save it.
    public var journal: Journal
    /// Whether ``journal`` holds every moment.
    public let momentsLoaded: Bool
    /// How many moments fall on each local day (day numbers, in each moment's own time zone)
    /// when the moments were not loaded, including those appended through this value.
    public private(set) var momentsByDay: [Int: Int]?
    /// The latest change stamp among what was not loaded (moments and removals, its device
    /// left out), so that a clock making new stamps can start after it; nil when the moments
    /// were loaded.
    public private(set) var latestMomentStamp: ChangeStamp?
    /// The titles the couple logged, labelled as they ended (one per distinct title, oldest
    /// change first), when the moments were not loaded: what ``learnedTitles`` learns from.
    /// The stores give the latest `LearnedTitles.maximumTitles` of them, all it learns from.
    public private(set) var labelledTitles: [LabelledTitle]?
    /// The store's own lookup of moment ids, when the moments were not loaded.
    private let lookup: (@Sendable (Identifier<Moment>) -> Bool)?
    /// Ids appended through this value since it was opened.
    private var added = Set<Identifier<Moment>>()

    /// A journal read whole.
    public init(loaded journal: Journal) {
        self.journal = journal
        momentsLoaded = true
        momentsByDay = nil
        lookup = nil
    }

    /// A journal read without its moments: `contains` answers whether a moment id is taken,
    /// `momentsByDay` gives the number of moments on each local day.
    /// `labelledTitles` are the couple's titles as `LearnedTitles.labelled(_:)` gives them.
    public init(
        withoutMoments journal: Journal, momentsByDay: [Int: Int], latestMomentStamp: ChangeStamp,
        labelledTitles: [LabelledTitle]? = nil, contains: @escaping @Sendable (Identifier<Moment>) -> Bool
    ) {
        self.labelledTitles = labelledTitles
        var head = journal
        head.moments = []
        self.journal = head
        momentsLoaded = false
        self.momentsByDay = momentsByDay
        self.latestMomentStamp = latestMomentStamp
        lookup = contains
    }

    /// What the couple taught the matcher: from every moment when they were loaded, else from
    /// the labelled titles the store kept (none when it kept none).
    public var learnedTitles: LearnedTitles {
        momentsLoaded ? LearnedTitles(journal) : LearnedTitles(labelledTitles ?? [])
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
        if let label = LabelledTitle(moment) { labelledTitles?.append(label) }
        if !moment.changes.isImported, let latest = latestMomentStamp, moment.changes.latest > latest {
            latestMomentStamp = moment.changes.latest
        }
        momentsByDay?[Self.day(of: moment), default: 0] += 1
    }

    /// Takes back the moment ``add(_:)`` just added, when writing it failed.
    public mutating func undo(_ moment: Moment) {
        if momentsLoaded {
            if journal.moments.last?.id == moment.id { journal.moments.removeLast() }
            return
        }
        if added.remove(moment.id) != nil { momentsByDay?[Self.day(of: moment), default: 1] -= 1 }
    }

    private static func day(of moment: Moment) -> Int {
        LocalDayResolver(fallback: .gmt).dayNumber(moment.at, zone: moment.timeZone)
    }
}
