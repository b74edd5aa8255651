import Foundation
import Testing

@testable import MicromanceModel

/// A field added to a record is stamped and merged only when it is in the record's list of
/// tracked fields: this fails until it is (the stores' side is the conformance kit's
/// "every field round trip", which fails while its fixture leaves a field unset).
@Suite struct TrackedFieldListTests {
    static func stored<Record>(_ record: Record, besides own: Set<String>) -> Set<String> {
        Set(Mirror(reflecting: record).children.compactMap(\.label)).subtracting(["id", "changes"]).subtracting(own)
    }

    static func tracked<Record: Tracked>(_: Record.Type) -> Set<String> {
        Set(Record.registers.map(\.name) + Record.sets.map(\.name))
    }

    /// Property names as the change stamps call them (`gestureID` is stamped as `gesture`).
    static func named(_ labels: Set<String>) -> Set<String> {
        Set(labels.map { $0.hasSuffix("ID") ? String($0.dropLast(2)) : $0 })
    }

    @Test func everyStoredFieldIsTracked() {
        let epoch = Date(timeIntervalSince1970: 0)
        let moment = Moment(id: "m", at: epoch, timeZone: "", giver: "a", receiver: "b", title: "")
        #expect(Self.named(Self.stored(moment, besides: [])) == Self.tracked(Moment.self))
        // A partner's stressors and dates are records of their own, merged by id.
        #expect(
            Self.named(Self.stored(Partner(id: "p", name: ""), besides: ["stressors", "importantDates"])) == Self.tracked(Partner.self))
        #expect(
            Self.named(Self.stored(Ritual(id: "r", title: "", cadence: .daily, participants: []), besides: [])) == Self.tracked(Ritual.self)
        )
        #expect(Self.named(Self.stored(Stressor(id: "s", title: "", day: nil), besides: [])) == Self.tracked(Stressor.self))
        #expect(
            Self.named(Self.stored(ImportantDate(id: "d", title: "", month: 1, day: 1), besides: [])) == Self.tracked(ImportantDate.self))
        let answer = ReflectionAnswer(id: "q", at: epoch, timeZone: "", question: "", answer: "")
        #expect(Self.named(Self.stored(answer, besides: [])) == Self.tracked(ReflectionAnswer.self))
    }
}
