import Foundation
import MicromanceModel
import MicromanceStore

extension StoreConformance {
    /// A store where nothing was saved does not exist, and loading it throws `notFound`.
    func checkMissingStore() throws {
        let store = try newStore()
        try require(!store.exists, "a new store says it exists")
        do {
            _ = try store.load()
            throw ConformanceFailure("loading a store where nothing was saved returned a journal")
        } catch let error as StoreError {
            guard case .notFound = error else { throw ConformanceFailure("expected notFound, got \(error)") }
        }
    }

    /// An empty journal saves and loads as it was.
    func checkEmptyJournal() throws {
        let store = try newStore()
        try store.save(Journal())
        try require(store.exists, "after a save the store says it does not exist")
        let loaded = try store.load()
        try require(loaded == Journal(), "the empty journal came back different: \(difference(Journal(), loaded))")
    }

    /// Every field of every type, with hostile text, time zones and extreme values, survives.
    func checkRoundTripOfEveryField() throws {
        let store = try newStore()
        let journal = try ConformanceFixtures.everyField()
        // A field added to a record must be set by the fixture, or no store is tested with it.
        let unset = ConformanceFixtures.fieldsLeftAtDefault(in: journal)
        try require(
            unset.isEmpty,
            "the fixture leaves \(unset.joined(separator: ", ")) at its default: give it a value in "
                + "ConformanceFixtures.everyField(), so that every store is checked to carry it")
        try store.save(journal)
        let loaded = try store.load()
        try require(loaded == journal, "the journal came back different: \(difference(journal, loaded))")
    }

    /// Change stamps, removed records and set-element stamps survive exactly: merging with
    /// another device's copy depends on them.
    func checkRoundTripOfChanges() throws {
        let store = try newStore()
        let journal = try ConformanceFixtures.replicated()
        try store.save(journal)
        let loaded = try store.load()
        try require(loaded == journal, "the journal came back different: \(difference(journal, loaded))")
    }

    /// A second save replaces the first completely.
    func checkSaveReplaces() throws {
        let store = try newStore()
        try store.save(try ConformanceFixtures.everyField())
        let smaller = try ConformanceFixtures.couple(moments: 3)
        try store.save(smaller)
        let loaded = try store.load()
        try require(loaded == smaller, "the second save did not replace the first: \(difference(smaller, loaded))")
    }

    /// `append` adds a moment at the end; an invalid one is refused and changes nothing.
    func checkAppend() throws {
        let store = try newStore()
        var journal = try ConformanceFixtures.couple(moments: 5)
        try store.save(journal)
        let moment = ConformanceFixtures.moment(index: 1_000, giver: "sam", receiver: "alex")
        try store.append(moment)
        journal.moments.append(moment)
        var loaded = try store.load()
        try require(loaded == journal, "after append: \(difference(journal, loaded))")
        var bad = ConformanceFixtures.moment(index: 1_001, giver: "alex", receiver: "alex")
        bad.title = "to myself"
        do {
            try store.append(bad)
            throw ConformanceFailure("appending a moment whose giver is its receiver succeeded")
        } catch is StoreError {}
        do {
            try store.append(moment)
            throw ConformanceFailure("appending a moment whose id is already there succeeded")
        } catch is StoreError {}
        loaded = try store.load()
        try require(loaded == journal, "a refused append changed the store: \(difference(journal, loaded))")
    }

    /// `append(_:to:)`, inside `withExclusiveAccess`, writes the moment and adds it to the
    /// caller's journal; a refused moment leaves both as they were.
    func checkAppendToLoadedJournal() throws {
        let store = try newStore()
        var expected = try ConformanceFixtures.couple(moments: 4)
        try store.save(expected)
        let moment = ConformanceFixtures.moment(index: 2_000, giver: "alex", receiver: "sam")
        var bad = ConformanceFixtures.moment(index: 2_001, giver: "sam", receiver: "nobody")
        bad.title = "to a stranger"
        var held = Journal()
        var refused = false
        try store.withExclusiveAccess { () throws(StoreError) in
            var journal = try store.load()
            try store.append(moment, to: &journal)
            do {
                try store.append(bad, to: &journal)
            } catch {
                refused = true
            }
            held = journal
        }
        expected.moments.append(moment)
        try require(refused, "append(_:to:) accepted a moment for a partner the journal does not have")
        try require(held == expected, "append(_:to:) left the caller's journal as: \(difference(expected, held))")
        let loaded = try store.load()
        try require(loaded == expected, "after append(_:to:): \(difference(expected, loaded))")
    }

    /// `moments(from:to:)` returns exactly the moments in the half-open range.
    func checkDateRange() throws {
        let store = try newStore()
        let journal = try ConformanceFixtures.couple(moments: 48)
        try store.save(journal)
        let start = journal.moments[10].at
        let end = journal.moments[20].at
        let found = try store.moments(from: start, to: end).map(\.id)
        let expected = journal.moments.filter { $0.at >= start && $0.at < end }.map(\.id)
        guard found != expected else { return }
        let missing = expected.filter { !found.contains($0) }.map(\.rawValue)
        let extra = found.filter { !expected.contains($0) }.map(\.rawValue)
        var said = ["moments(from: \(Timestamp.format(start, offsetSeconds: 0)), to: \(Timestamp.format(end, offsetSeconds: 0)))"]
        if !missing.isEmpty {
            said.append("left out \(missing.count) moment(s) in the range (\(missing.prefix(3).joined(separator: ", ")))")
        }
        if !extra.isEmpty { said.append("returned \(extra.count) moment(s) outside it (\(extra.prefix(3).joined(separator: ", ")))") }
        if missing.isEmpty && extra.isEmpty { said.append("returned the right moments in another order than they are stored") }
        throw ConformanceFailure(said.joined(separator: ": "))
    }

    /// A damaged store is refused with a StoreError, by `load` and `append` alike.
    func checkCorruptStore() throws {
        guard let corrupt else {
            throw ConformanceSkip(reason: "no `corrupt` hook was given, so a damaged store was never tried")
        }
        let store = try newStore()
        try store.save(try ConformanceFixtures.couple(moments: 3))
        try corrupt(store)
        for attempt in ["load", "append"] {
            do {
                if attempt == "load" {
                    _ = try store.load()
                } else {
                    try store.append(ConformanceFixtures.moment(index: 77, giver: "alex", receiver: "sam"))
                }
                throw ConformanceFailure("\(attempt) of a damaged store succeeded")
            } catch let error as StoreError {
                if case .notFound = error { throw ConformanceFailure("a damaged store reported notFound on \(attempt)") }
            }
        }
    }

    /// Threads appending at once lose nothing and duplicate nothing.
    func checkConcurrentAppends() throws {
        let store = try newStore()
        try store.save(try ConformanceFixtures.couple(moments: 0))
        let writers = options.concurrentWriters
        let each = options.appendsPerWriter
        let errors = ErrorBox()
        // Threads of their own, not Dispatch workers: an async store's tasks run on Dispatch's
        // threads, which writers blocked there would leave none of.
        let finished = DispatchSemaphore(value: 0)
        for writer in 0..<writers {
            let thread = Thread {
                for n in 0..<each {
                    let moment = ConformanceFixtures.moment(
                        index: 10_000 + writer * each + n, giver: writer % 2 == 0 ? "alex" : "sam",
                        receiver: writer % 2 == 0 ? "sam" : "alex")
                    do { try store.append(moment) } catch { errors.add("\(error)") }
                }
                finished.signal()
            }
            thread.start()
        }
        for _ in 0..<writers { finished.wait() }
        try require(errors.all.isEmpty, "appends failed: \(errors.all.prefix(3))")
        let ids = try store.load().moments.map(\.id)
        try require(ids.count == writers * each, "\(writers * each) appends left \(ids.count) moments")
        try require(Set(ids).count == ids.count, "appends left duplicate moments")
    }

    /// A large journal survives a round trip.
    func checkLargeJournal() throws {
        let store = try newStore()
        let journal = try ConformanceFixtures.couple(moments: options.largeJournalMoments)
        try store.save(journal)
        let loaded = try store.load()
        try require(loaded == journal, "a journal of \(journal.moments.count) moments: \(difference(journal, loaded))")
    }
}

/// Collects errors from concurrent work.
final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var messages = [String]()
    func add(_ message: String) { lock.withLock { messages.append(message) } }
    var all: [String] { lock.withLock { messages } }
}
