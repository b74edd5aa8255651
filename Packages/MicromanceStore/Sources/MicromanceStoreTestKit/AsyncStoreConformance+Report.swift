import Foundation
import MicromanceModel
import MicromanceStore

extension AsyncStoreConformance {
    /// `loadForReport` gives the journal with the moments of the range only, and the history of
    /// every kept moment (removed ones left out) equal to the whole journal's, counted on each
    /// moment's local day in its own zone: a store that counts in place counts the same.
    func checkLoadForReport() async throws {
        try await withFreshStore { store in try await loadForReport(from: store) }
    }

    /// Runs `check` on a new store, then removes the store, whether the check passed or not.
    func withFreshStore(_ check: (any AsyncJournalStore) async throws -> Void) async throws {
        let store = try await makeStore()
        do {
            try await check(store)
        } catch {
            await removeStore(store)
            throw error
        }
        await removeStore(store)
    }

    func removeStore(_ store: any AsyncJournalStore) async {
        guard options.removesStores else { return }
        if let remove = options.removeStore { await remove(store) } else { CreatedStores.removeFromTemporaryFolder(store.location) }
    }

    private func loadForReport(from store: any AsyncJournalStore) async throws {
        func fail(_ message: String) -> ConformanceFailure { ConformanceFailure("load for a report: " + message) }
        var journal = try ConformanceFixtures.couple(moments: 300)
        journal.rituals = [Ritual(id: "coffee", title: "Coffee together", cadence: .daily, participants: ["alex", "sam"])]
        for index in journal.moments.indices {
            if index % 7 == 0 { journal.moments[index].ritualID = "coffee" }
            if index % 5 == 2 { journal.moments[index].response = index % 10 == 2 ? .away : .against }
        }
        journal.removed.moments = [journal.moments.remove(at: 40), journal.moments.remove(at: 200)]
        try await store.save(journal)
        let whole = try await store.load()
        let zone = TimeZone(identifier: "Europe/Paris") ?? .current
        // Moments every 7 hours from 2026-01-01: a range of about three weeks in the middle.
        let start = whole.moments[150].at, end = whole.moments[220].at
        let (part, history) = try await store.loadForReport(momentsFrom: start, to: end)
        let expected = MomentHistory(moments: whole.moments, fallback: zone)
        guard history == (history.given == nil ? expected.withoutGiven : expected) else {
            throw fail(
                "the history differs from the whole journal's counted: \(history.days.count) day rows, \(expected.days.count) expected")
        }
        guard history.momentCount == whole.moments.count, !history.answers.isEmpty else {
            throw fail(
                "the history counts \(history.momentCount) moments of \(whole.moments.count), with \(history.answers.count) answer rows")
        }
        guard part.moments.map(\.id) == whole.moments.filter({ $0.at >= start && $0.at < end }).map(\.id), part.moments.count == 70 else {
            throw fail("\(part.moments.count) moments read for the range, not the 70 in it")
        }
        var rest = part, wholeRest = whole
        rest.moments = []
        rest.removed.moments = []
        wholeRest.moments = []
        wholeRest.removed.moments = []
        guard rest == wholeRest else { throw fail("the journal beside the moments differs from the whole journal's") }
        let never = try await makeStore()
        do {
            _ = try await never.loadForReport(momentsFrom: start, to: end)
            await removeStore(never)
            throw fail("a store never saved gave a journal")
        } catch StoreError.notFound {
            await removeStore(never)
        }
    }
}
