import Foundation
import MicromanceModel
import MicromanceStore

extension AsyncStoreConformance {
    /// The checks only an async store has, beyond ``StoreConformance/checkNames``.
    public static let asyncCheckNames = ["update one moment", "load for a report"]

    /// Every check an async store is held to: ``StoreConformance/checkNames``, then
    /// ``asyncCheckNames``. ``run(check:)`` takes any of them; ``run()`` runs the first list.
    public static let checkNames = StoreConformance.checkNames + asyncCheckNames

    /// `updateMoment` changes that moment alone, stamped and checked; an unknown id changes
    /// nothing and says so with nil; a change that breaks the rules, or throws, writes nothing.
    func checkUpdateOneMoment() async throws {
        try await withFreshStore { store in try await updateOneMoment(in: store) }
    }

    private func updateOneMoment(in store: any AsyncJournalStore) async throws {
        func fail(_ message: String) -> ConformanceFailure { ConformanceFailure("update one moment: " + message) }
        let journal = try ConformanceFixtures.couple(moments: 6)
        try await store.save(journal)
        let saved = try await store.load()
        let target = saved.moments[3].id
        let stamp = ChangeStamp(millis: 1_790_000_000_000, counter: 7, device: .imported)
        guard
            let changed = try await store.updateMoment(
                target, stampedAt: stamp,
                { moment in
                    moment.note = "answered from the service"
                    moment.response = .toward
                })
        else { throw fail("the moment was not found") }
        guard changed.note == "answered from the service", changed.response == .toward, changed.id == target else {
            throw fail("the moment returned is not the one changed: \(changed)")
        }
        guard changed.changes.stamp(of: "note") == stamp, changed.changes.stamp(of: "response") == stamp else {
            throw fail("the changed fields were not stamped: \(changed.changes)")
        }
        var expected = saved
        expected.moments[3] = changed
        guard try await store.load() == expected else { throw fail("more than the one moment changed, or it was not kept") }
        guard try await store.updateMoment(Identifier("no-such-moment"), stampedAt: stamp, { $0.note = "lost" }) == nil else {
            throw fail("an unknown id did not give nil")
        }
        do {
            _ = try await store.updateMoment(target, stampedAt: stamp) { $0.giver = Identifier("a-stranger") }
            throw fail("a moment naming someone not in the journal was kept")
        } catch is StoreError {}
        struct ChangeFailed: Error {}
        do {
            _ = try await store.updateMoment(target, stampedAt: stamp) { moment in
                moment.note = "half done"
                throw ChangeFailed()
            }
            throw fail("the change's own error did not reach the caller")
        } catch is ChangeFailed {}
        guard try await store.load() == expected else { throw fail("a refused or failed change was written") }
    }
}
