import Foundation
import Testing

@testable import MicromanceModel

/// The seed of the replication property: `MICROMANCE_TEST_SEED=N swift test` varies or replays it.
let replicationSeed: UInt64 = ProcessInfo.processInfo.environment["MICROMANCE_TEST_SEED"].flatMap(UInt64.init) ?? 20_261_126
/// Cases per run: three replicas each, with random operations and merges.
let replicationCases = 2_000

/// A reference model of the replicated journal: every elementary change, with its stamp,
/// applied in stamp order to plain registers, sets and removals. It knows nothing of how
/// `Journal` stores stamps or merges; it only says what must survive.
struct ReferenceModel {
    enum Op {
        case set(record: String, field: String, value: String)
        case add(record: String, field: String, element: String)
        case drop(record: String, field: String, element: String)
        case remove(record: String)
    }
    private(set) var log = [(stamp: ChangeStamp, op: Op)]()

    mutating func record(_ stamp: ChangeStamp, _ ops: [Op]) { log += ops.map { (stamp, $0) } }

    struct State: Equatable, CustomStringConvertible {
        var fields = [String: [String: String]]()
        var sets = [String: [String: Set<String>]]()
        var description: String { "fields \(fields.sorted { $0.key < $1.key })\nsets \(sets.sorted { $0.key < $1.key })" }
    }

    /// The records that must be shown, with their field values and set contents.
    func expected() -> State {
        var values = [String: [String: String]]()
        var elements = [String: [String: [String: Bool]]]()
        var lastEdit = [String: ChangeStamp]()
        var removal = [String: ChangeStamp]()
        for (stamp, op) in log.sorted(by: { $0.stamp < $1.stamp }) {
            switch op {
            case let .set(record, field, value):
                values[record, default: [:]][field] = value
                lastEdit[record] = stamp
            case let .add(record, field, element):
                elements[record, default: [:]][field, default: [:]][element] = true
                lastEdit[record] = stamp
            case let .drop(record, field, element):
                elements[record, default: [:]][field, default: [:]][element] = false
                lastEdit[record] = stamp
            case let .remove(record):
                removal[record] = stamp
            }
        }
        var state = State()
        for (record, edit) in lastEdit where removal[record].map({ edit > $0 }) ?? true {
            state.fields[record] = values[record] ?? [:]
            for (field, members) in elements[record] ?? [:] where members.contains(where: \.value) {
                state.sets[record, default: [:]][field] = Set(members.filter(\.value).keys)
            }
        }
        return state
    }

    /// The records and fields where two states differ, for failure messages.
    static func difference(_ expected: State, _ observed: State) -> String {
        var lines = [String]()
        for key in Set(expected.fields.keys).union(observed.fields.keys).sorted() {
            guard let e = expected.fields[key] else { lines.append("\(key) shown but should be removed"); continue }
            guard let o = observed.fields[key] else { lines.append("\(key) missing"); continue }
            for field in Set(e.keys).union(o.keys).sorted() where e[field] != o[field] {
                lines.append("\(key).\(field): expected \(e[field] ?? "-") observed \(o[field] ?? "-")")
            }
        }
        for key in Set(expected.sets.keys).union(observed.sets.keys).sorted() where expected.sets[key] != observed.sets[key] {
            for field in Set((expected.sets[key] ?? [:]).keys).union((observed.sets[key] ?? [:]).keys).sorted() {
                let e = expected.sets[key]?[field] ?? [], o = observed.sets[key]?[field] ?? []
                if e != o { lines.append("\(key).\(field): expected \(e.sorted()) observed \(o.sorted())") }
            }
        }
        return lines.joined(separator: "; ")
    }

    /// What a journal shows, in the reference model's terms (only the fields the model tracks).
    static func observed(_ journal: Journal, tracked: Set<String>) -> State {
        var state = State()
        func add<R: Tracked>(_ prefix: String, _ record: R) {
            let key = prefix + record.trackID
            guard tracked.contains(key) else { return }
            var fields = [String: String]()
            for field in R.registers { fields[field.name] = field.rank(record) }
            state.fields[key] = fields
            for field in R.sets where !field.get(record).isEmpty { state.sets[key, default: [:]][field.name] = Set(field.get(record)) }
        }
        for moment in journal.moments { add("moment:", moment) }
        for ritual in journal.rituals { add("ritual:", ritual) }
        for partner in journal.partners { add("partner:", partner) }
        var settings = [String: String]()
        for field in JournalSettings.registers { settings[field.name] = field.rank(journal.settings) }
        for (partner, zone) in journal.settings.partnerTimeZones { settings["zone:" + partner.rawValue] = zone }
        state.fields["settings"] = settings
        return state
    }
}

/// One replica: a device with its own copy, clock and role.
struct Replica {
    var device: TestDevice
    let me: Identifier<Partner>
    var logged = [Identifier<Moment>]()
}

@Suite struct ReplicationPropertyTests {
    init() { print("replication property: seed \(replicationSeed) (set MICROMANCE_TEST_SEED to vary it), \(replicationCases) cases") }

    /// Three replicas, random operations and random pairwise merges in random order: all
    /// converge to one journal, which shows exactly what the reference model says survives.
    @Test func replicasConvergeToTheReferenceModel() throws {
        var random = SeededGenerator(seed: replicationSeed)
        for number in 0..<replicationCases {
            try runCase(number, &random)
        }
    }

    private func runCase(_ number: Int, _ random: inout SeededGenerator) throws {
        var model = ReferenceModel()
        var tracked: Set<String> = ["settings"]
        // A shared start: two partners and default settings, stamped by a first device.
        var origin = TestDevice("origin", journal: Journal(), start: 1_790_000_000)
        origin.change { journal in
            journal.partners = [Partner(name: "Alex"), Partner(name: "Sam")]
        }
        let created = origin.journal.partners[0].changes.created
        for partner in origin.journal.partners {
            let key = "partner:" + partner.id.rawValue
            tracked.insert(key)
            model.record(created, Partner.registers.map { .set(record: key, field: $0.name, value: $0.rank(partner)) })
        }
        let settingsStamp = ChangeStamp.imported
        model.record(
            settingsStamp,
            JournalSettings.registers.map { .set(record: "settings", field: $0.name, value: $0.rank(origin.journal.settings)) })

        // Three devices; one clock runs an hour behind, one never moves.
        let starts: [Double] = [1_790_000_100, 1_789_996_500, 1_790_000_100]
        var replicas = (0..<3).map { index -> Replica in
            var device = TestDevice(["ra", "rb", "rc"][index], journal: origin.journal, start: starts[index])
            if index == 2 { device.clock = HybridClock(device: device.clock.device, now: { Date(timeIntervalSince1970: 1_790_000_000) }) }
            device.journal.settings.defaultGiver = index == 1 ? "sam" : "alex"
            return Replica(device: device, me: index == 1 ? "sam" : "alex")
        }
        let steps = Int.random(in: 10...40, using: &random)
        for _ in 0..<steps {
            let index = Int.random(in: 0..<3, using: &random)
            if Int.random(in: 0..<4, using: &random) == 0 {
                let other = (index + Int.random(in: 1...2, using: &random)) % 3
                replicas[index].device.merge(replicas[other].device)
                continue
            }
            operate(&replicas[index], &model, &tracked, &random)
        }
        // Full exchange, in a random order, twice round.
        for _ in 0..<2 {
            for index in (0..<3).shuffled(using: &random) {
                for other in (0..<3).shuffled(using: &random) where other != index {
                    replicas[index].device.merge(replicas[other].device)
                }
            }
        }
        var shared = replicas.map { replica -> Journal in
            var journal = replica.device.journal
            journal.settings.defaultGiver = nil
            return journal
        }
        #expect(shared[0] == shared[1] && shared[1] == shared[2], "seed \(replicationSeed) case \(number): the replicas differ")
        for replica in replicas {
            #expect(replica.device.journal.settings.defaultGiver == replica.me, "case \(number): a device's own setting travelled")
            #expect(replica.device.journal.problems().isEmpty, "case \(number): \(replica.device.journal.problems())")
        }
        let expected = model.expected()
        let observed = ReferenceModel.observed(shared[0], tracked: tracked)
        if observed != expected { print("REPLICATION-DIFF case \(number): \(ReferenceModel.difference(expected, observed))") }
        #expect(observed == expected, "seed \(replicationSeed) case \(number): \(ReferenceModel.difference(expected, observed))")
        shared.removeAll()
    }

    /// One random operation on one replica, recorded in the model with the stamp it got.
    private func operate(
        _ replica: inout Replica, _ model: inout ReferenceModel, _ tracked: inout Set<String>,
        _ random: inout SeededGenerator
    ) {
        var ops = [ReferenceModel.Op]()
        let journal = replica.device.journal
        let titles = ["Hug", "Coffee", "Note in the bag", "Walk", "Called at lunch"]
        switch Int.random(in: 0..<10, using: &random) {
        case 0, 1:  // log
            let id = Identifier<Moment>.random(using: &random)
            let receiver: Identifier<Partner> = replica.me == "alex" ? "sam" : "alex"
            let moment = Moment(
                id: id, at: Date(timeIntervalSince1970: 1_790_000_000 + Double(Int.random(in: 0...99_999, using: &random))),
                timeZone: "Europe/Paris", giver: replica.me, receiver: receiver,
                title: titles.randomElement(using: &random) ?? "Hug")
            replica.device.change { $0.moments.append(moment) }
            replica.logged.append(id)
            let key = "moment:" + id.rawValue
            tracked.insert(key)
            ops = Moment.registers.map { .set(record: key, field: $0.name, value: $0.rank(moment)) }
        case 2, 3:  // edit one field
            guard let index = journal.moments.indices.randomElement(using: &random) else { return }
            let key = "moment:" + journal.moments[index].id.rawValue
            var edited = journal.moments[index]
            switch Int.random(in: 0..<4, using: &random) {
            case 0: edited.title = (titles.randomElement(using: &random) ?? "x") + " \(Int.random(in: 0...9, using: &random))"
            case 1: edited.note = "note \(Int.random(in: 0...99, using: &random))"
            case 2: edited.response = BidResponse.allCases.randomElement(using: &random)
            default: edited.language = LoveLanguage.allCases.randomElement(using: &random)
            }
            guard edited != journal.moments[index] else { return }
            replica.device.change { $0.moments[index] = edited }
            ops = Moment.registers.filter { $0.differs(edited, journal.moments[index]) }
                .map { .set(record: key, field: $0.name, value: $0.rank(edited)) }
        case 4:  // remove
            guard let index = journal.moments.indices.randomElement(using: &random) else { return }
            let key = "moment:" + journal.moments[index].id.rawValue
            replica.device.change { $0.moments.remove(at: index) }
            ops = [.remove(record: key)]
        case 5:  // undo: remove what this device logged last, if still shown
            guard let last = replica.logged.popLast(), let index = journal.moments.firstIndex(where: { $0.id == last }) else { return }
            replica.device.change { $0.moments.remove(at: index) }
            ops = [.remove(record: "moment:" + last.rawValue)]
        case 6:  // a partner's preference added or removed, or a rename
            let index = Int.random(in: 0..<journal.partners.count, using: &random)
            let partner = journal.partners[index]
            let key = "partner:" + partner.id.rawValue
            let pool = ["tea", "jazz", "oat flat white", "rain walks", "dark chocolate"]
            switch Int.random(in: 0..<3, using: &random) {
            case 0:
                guard let value = pool.filter({ !partner.preferences.contains($0) }).randomElement(using: &random) else { return }
                replica.device.change { $0.partners[index].preferences.append(value) }
                ops = [.add(record: key, field: "preferences", element: value)]
            case 1:
                guard let value = partner.preferences.randomElement(using: &random) else { return }
                replica.device.change { $0.partners[index].preferences.removeAll { $0 == value } }
                ops = [.drop(record: key, field: "preferences", element: value)]
            default:
                let names = index == 0 ? ["Alex", "Alexandra", "Al"] : ["Sam", "Samira", "Sammy"]
                guard let name = names.filter({ $0 != partner.name }).randomElement(using: &random) else { return }
                replica.device.change { $0.partners[index].name = name }
                ops = [.set(record: key, field: "name", value: name)]
            }
        case 7:  // a ritual created (the same title may be made on several devices), or removed
            let title = ["Morning coffee", "Evening walk", "Sunday call"].randomElement(using: &random) ?? "Walk"
            guard let id = Identifier<Ritual>.slug(title) else { return }
            let key = "ritual:" + id.rawValue
            if let index = journal.rituals.firstIndex(where: { $0.id == id }) {
                replica.device.change { $0.rituals.remove(at: index) }
                ops = [.remove(record: key)]
            } else {
                let who = [Identifier<Partner>("alex"), "sam"].filter { _ in Bool.random(using: &random) }
                let ritual = Ritual(
                    id: id, title: title, cadence: Bool.random(using: &random) ? .daily : .weekdays,
                    participants: who.isEmpty ? [replica.me] : who)
                let previous = journal.removed.rituals.first { $0.id == id }
                replica.device.change { $0.rituals.append(ritual) }
                tracked.insert(key)
                ops = Ritual.registers.map { .set(record: key, field: $0.name, value: $0.rank(ritual)) }
                // Made anew (or brought back): every participant is added now, and those the
                // removed ritual had and this one has not are dropped.
                let before = Set(previous?.participants ?? [])
                ops += Set(ritual.participants).map { .add(record: key, field: "participants", element: $0.rawValue) }
                ops += before.subtracting(ritual.participants).map { .drop(record: key, field: "participants", element: $0.rawValue) }
            }
        default:  // a shared setting
            var settings = journal.settings
            switch Int.random(in: 0..<4, using: &random) {
            case 0: settings.dailyTarget = [0.5, 1, 2, 3].randomElement(using: &random) ?? 1
            case 1: settings.weekStart = Weekday.allCases.randomElement(using: &random) ?? .monday
            case 2: settings.restDays = Array(Weekday.allCases.shuffled(using: &random).prefix(Int.random(in: 0...2, using: &random)))
            default:
                let partner: Identifier<Partner> = Bool.random(using: &random) ? "alex" : "sam"
                settings.partnerTimeZones[partner] = ["Europe/Paris", "America/Chicago", "Asia/Tokyo"].randomElement(using: &random)
            }
            guard settings != journal.settings else { return }
            replica.device.change { $0.settings = settings }
            ops = JournalSettings.registers.filter { $0.differs(settings, journal.settings) }
                .map { .set(record: "settings", field: $0.name, value: $0.rank(settings)) }
            for (partner, zone) in settings.partnerTimeZones where journal.settings.partnerTimeZones[partner] != zone {
                ops.append(.set(record: "settings", field: "zone:" + partner.rawValue, value: zone))
            }
        }
        guard !ops.isEmpty else { return }
        // Every change of one command carries the one stamp the device's clock gave it.
        model.record(replica.device.clock.last, ops)
    }
}
