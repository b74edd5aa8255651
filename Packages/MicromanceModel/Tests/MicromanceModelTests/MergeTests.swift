import Foundation
import Testing

@testable import MicromanceModel

/// A device in a test: its own journal copy and clock, which it stamps its changes with.
struct TestDevice {
    var journal: Journal
    var clock: HybridClock

    init(_ name: String, journal: Journal, start: Double = 1_790_000_000) {
        self.journal = journal
        let time = TestTime(start)
        clock = HybridClock(device: DeviceID(name) ?? .imported, now: { time.next() })
    }

    /// Changes the journal as a command would, then stamps what changed.
    mutating func change(_ body: (inout Journal) throws -> Void) rethrows {
        let before = journal
        try body(&journal)
        clock.observe(before.latestStamp)
        journal.stampChanges(since: before, at: clock.tick())
    }

    /// Merges another device's copy in, as `merge` does.
    @discardableResult
    mutating func merge(_ other: TestDevice) -> MergeReport {
        let (merged, report) = journal.merged(with: other.journal)
        journal = merged
        return report
    }
}

/// A clock that moves one second per reading.
final class TestTime: @unchecked Sendable {
    private let lock = NSLock()
    private var seconds: Double
    init(_ start: Double) { seconds = start }
    func next() -> Date {
        lock.withLock {
            seconds += 1; return Date(timeIntervalSince1970: seconds)
        }
    }
}

/// Two copies of one journal, shared before they went apart.
func twoCopies() throws -> (TestDevice, TestDevice) {
    var base = TestDevice("base", journal: Journal())
    try base.change { journal in
        journal = try sampleJournal()
        for index in 0..<5 {
            try journal.log(
                Moment(
                    id: Identifier("shared\(index)"), at: Date(timeIntervalSince1970: 1_790_000_000 + Double(index) * 3600),
                    timeZone: "Europe/Paris", giver: "alex", receiver: "sam", title: "Shared \(index)", kind: .bid))
        }
    }
    var maya = TestDevice("maya", journal: base.journal, start: 1_790_001_000)
    var jonas = TestDevice("jonas", journal: base.journal, start: 1_790_001_000)
    maya.journal.settings.defaultGiver = "alex"
    jonas.journal.settings.defaultGiver = "sam"
    return (maya, jonas)
}

@Suite struct MergeTests {
    /// The issue's own check: remove on one, a preference on each, the note on one and the
    /// response on the other, the daily target on one; merge both ways.
    @Test func twoCopiesMergeWithoutLosingAnything() throws {
        var (maya, jonas) = try twoCopies()
        maya.change { $0.moments.removeAll { $0.id == "shared1" } }
        maya.change { $0.partners[1].preferences.append("oat flat white") }
        jonas.change { $0.partners[1].preferences.append("dark chocolate") }
        maya.change { $0.moments[2].note = "edited on Maya's phone" }  // shared3, after the removal above
        jonas.change { $0.moments[3].response = .toward }  // shared3 on Jonas's copy
        maya.change { $0.settings.dailyTarget = 2 }

        let mayaBefore = maya, jonasBefore = jonas
        maya.merge(jonasBefore)
        jonas.merge(mayaBefore)
        var mayaShared = maya.journal, jonasShared = jonas.journal
        mayaShared.settings.defaultGiver = nil
        jonasShared.settings.defaultGiver = nil
        #expect(mayaShared == jonasShared)
        for journal in [maya.journal, jonas.journal] {
            #expect(!journal.moments.contains { $0.id == "shared1" })
            #expect(journal.removed.moments.map(\.id) == ["shared1"])
            #expect(Set(journal.partners[1].preferences) == ["oat flat white", "dark chocolate"])
            let edited = try #require(journal.moments.first { $0.id == "shared3" })
            #expect(edited.note == "edited on Maya's phone")
            #expect(edited.response == .toward)
            #expect(journal.settings.dailyTarget == 2)
            #expect(journal.problems().isEmpty)
        }
        #expect(maya.journal.settings.defaultGiver == "alex")
        #expect(jonas.journal.settings.defaultGiver == "sam")
    }

    @Test func anUntouchedCopyNeverUndoesAnEdit() throws {
        let (maya, jonas) = try twoCopies()
        var edited = maya
        edited.change { $0.moments[0].title = "Retitled" }
        let report = edited.merge(jonas)
        #expect(edited.journal.moments[0].title == "Retitled")
        #expect(report.isEmpty)
        var other = jonas
        let back = other.merge(edited)
        #expect(other.journal.moments[0].title == "Retitled")
        #expect(back.entries.contains { $0.kind == "moment" && $0.id == "shared0" && $0.fields == ["title"] && $0.reason == .newer })
    }

    @Test func aRemovalStaysRemovedAndSaysWhy() throws {
        var (maya, jonas) = try twoCopies()
        maya.change { $0.moments.remove(at: 0) }
        let report = jonas.merge(maya)
        #expect(!jonas.journal.moments.contains { $0.id == "shared0" })
        #expect(report.removedHere == 1)
        #expect(report.entries.contains { $0.id == "shared0" && $0.reason == .removed })
    }

    @Test func anEditAfterTheRemovalBringsTheRecordBack() throws {
        var (maya, jonas) = try twoCopies()
        maya.change { $0.moments.remove(at: 0) }
        // Jonas edits later by clock, without having seen the removal.
        jonas.clock.observe(maya.journal.latestStamp)
        jonas.change { $0.moments[0].note = "still matters" }
        let report = maya.merge(jonas)
        #expect(maya.journal.moments.first { $0.id == "shared0" }?.note == "still matters")
        #expect(report.entries.contains { $0.id == "shared0" && $0.reason == .editedAfterRemoval })
    }

    @Test func aSetElementRemovedOnOneSideAndAddedOnTheOther() throws {
        var (maya, jonas) = try twoCopies()
        maya.change { $0.partners[0].preferences = ["tea", "jazz"] }
        jonas.merge(maya)
        jonas.change { $0.partners[0].preferences.removeAll { $0 == "tea" } }
        maya.change { $0.partners[0].preferences.append("rain walks") }
        maya.merge(jonas)
        #expect(maya.journal.partners[0].preferences == ["jazz", "rain walks"])
    }

    @Test func aRitualCreatedOnBothSidesIsOne() throws {
        var (maya, jonas) = try twoCopies()
        let ritual = Ritual(id: "morning-coffee", title: "Morning coffee", cadence: .daily, participants: ["alex"])
        maya.change { $0.rituals.append(ritual) }
        var theirs = ritual
        theirs.participants = ["sam"]
        jonas.change { $0.rituals.append(theirs) }
        maya.merge(jonas)
        #expect(maya.journal.rituals.count == 1)
        #expect(Set(maya.journal.rituals[0].participants) == ["alex", "sam"])
    }

    /// A ritual added on both phones with its language typed on one only (a new user's
    /// trial): the language is kept, whichever phone added it later and whichever way the
    /// merge runs; a language cleared on purpose later still clears it.
    @Test func aFieldLeftOutWhenMadeDoesNotEraseTheOthersValue() throws {
        var (maya, jonas) = try twoCopies()
        let ritual = Ritual(id: "morning-coffee", title: "Morning coffee", cadence: .daily, participants: ["alex"], language: .service)
        maya.change { $0.rituals.append(ritual) }
        var blank = ritual
        blank.language = nil
        jonas.change { $0.settings.dailyTarget = 3 }
        jonas.change { $0.rituals.append(blank) }  // added later, by clock
        #expect(jonas.journal.rituals[0].changes.created > maya.journal.rituals[0].changes.created)
        let one = maya.journal.merged(with: jonas.journal).journal, other = jonas.journal.merged(with: maya.journal).journal
        #expect(one.rituals.map(\.language) == [.service] && other.rituals.map(\.language) == [.service])
        #expect(one.rituals == other.rituals)
        // Cleared later on purpose: the clearing wins on both.
        maya.merge(jonas)
        jonas.merge(maya)
        jonas.change { $0.rituals[0].language = nil }
        maya.merge(jonas)
        #expect(maya.journal.rituals.map(\.language) == [nil])
        // A moment's note left out on a copy made before stamps existed does not erase the other's.
        var mine = try sampleJournal(), theirs = mine
        try mine.log(
            Moment(id: "m", at: Date(timeIntervalSince1970: 1_790_000_000), timeZone: "UTC", giver: "alex", receiver: "sam", title: "T"))
        theirs.moments = mine.moments
        mine.moments[0].note = "written on Alex's machine"
        #expect(mine.merged(with: theirs).journal.moments[0].note == "written on Alex's machine")
        #expect(theirs.merged(with: mine).journal.moments[0].note == "written on Alex's machine")
    }

    @Test func isCommutativeAndIdempotent() throws {
        var (maya, jonas) = try twoCopies()
        maya.change { $0.moments[2].note = "a" }
        jonas.change { $0.moments[2].note = "b" }
        jonas.change { $0.settings.weekStart = .sunday }
        var a = maya.journal.merged(with: jonas.journal).journal
        var b = jonas.journal.merged(with: maya.journal).journal
        a.settings.defaultGiver = nil
        b.settings.defaultGiver = nil
        #expect(a == b)
        #expect(a.merged(with: jonas.journal).journal == a)
        #expect(a.merged(with: a).report.isEmpty)
    }

    @Test func copiesEditedBeforeStampsSettleTheSameWayEitherWay() throws {
        var mine = try sampleJournal(), theirs = mine
        try mine.log(
            Moment(id: "m", at: Date(timeIntervalSince1970: 1_790_000_000), timeZone: "UTC", giver: "alex", receiver: "sam", title: "T"))
        theirs.moments = mine.moments
        mine.moments[0].note = "edited on Alex's machine"
        theirs.moments[0].note = "edited on Sam's machine"
        let a = mine.merged(with: theirs).journal.moments[0], b = theirs.merged(with: mine).journal.moments[0]
        #expect(a == b)
        #expect(a.note == "edited on Sam's machine")  // equal stamps: the later-sorting value
        #expect(mine.merged(with: theirs).report.entries.contains { $0.reason == .tie && $0.fields == ["note"] })
    }
}

@Suite struct ChangeStampTests {
    /// The digits of a stamp are read eight at a time where eight bytes follow: every length
    /// and every place of the first other byte reads as a digit-by-digit reading would.
    @Test func digitsReadAtAnyLengthAndAnyEnd() {
        let digits = Array("9081726354637281".utf8)
        for length in 0...16 {
            for tail in ["", ".", "@abc", ".5@devicename", "/", ":", "a", "\u{7F}", "\u{FF}"] {
                let text = Array(digits.prefix(length)) + Array(tail.utf8)
                let expected = digits.prefix(length).reduce(UInt64(0)) { $0 * 10 + UInt64($1 - 48) }
                text.withUnsafeBufferPointer { bytes in
                    guard let base = bytes.baseAddress else { return }
                    let (value, end) = ChangeStamp.digitRun(base, from: 0, to: bytes.count)
                    #expect(value == expected && end == length, "\(String(decoding: text, as: UTF8.self))")
                }
            }
        }
        // Within a longer cell, from an offset, and stopping at the cell's end, not the text's.
        let cell = Array("x1764165000123.42@laptop,next".utf8)
        cell.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            #expect(ChangeStamp.digitRun(base, from: 1, to: 24) == (1_764_165_000_123, 14))
            #expect(ChangeStamp.digitRun(base, from: 15, to: 24) == (42, 17))
            #expect(ChangeStamp.digitRun(base, from: 1, to: 6) == (17641, 6))
        }
        #expect(ChangeStamp(parsing: "1764165000123.1048575@k3x9q2m7abcd")?.counter == 1_048_575)
        #expect(ChangeStamp(parsing: "17641650001234567.0@x") == nil, "past the largest time")
    }

    @Test func writtenFormsReadBack() throws {
        let stamp = ChangeStamp(millis: 1_764_165_000_123, counter: 7, device: try #require(DeviceID("k3x9q2m7abcd")))
        #expect(stamp.description == "1764165000123.7@k3x9q2m7abcd")
        #expect(ChangeStamp(parsing: stamp.description) == stamp)
        for bad in [
            "", "1.2", "1@x", "a.0@x", "1.0@", "1.0@UPPER", "1.99999999999@x", "1.0@has space", ".0@x", "1.@x", "1..0@x",
            "1.0x@x", "1.0", "1234567890123456789.0@x", "1.1234567890123456789@x", "-1.0@x", "1.0@@x",
        ] {
            #expect(ChangeStamp(parsing: bad) == nil, "\(bad)")
        }
        // Leading zeros and the longest parts that cannot overflow read as numbers.
        #expect(ChangeStamp(parsing: "007.01@x")?.millis == 7)
        #expect(ChangeStamp(parsing: "007.01@x")?.counter == 1)
        #expect(ChangeStamp(parsing: "\(ChangeStamp.maximumMillis).0@x")?.millis == ChangeStamp.maximumMillis)
        #expect(ChangeStamp(parsing: "\(ChangeStamp.maximumMillis + 1).0@x") == nil)
        #expect(ChangeStamp(parsing: "999999999999999999.0@x") == nil)
        var changes = Changes(created: stamp)
        changes.fields["note"] = ChangeStamp(millis: 1_764_165_000_200, device: .imported)
        changes.removed = ChangeStamp(millis: 1_764_165_000_300, device: .imported)
        changes.elements[.init(field: "preferences", value: "oat milk = 100% good")] =
            .init(added: ChangeStamp(millis: 5, device: .imported), removed: ChangeStamp(millis: 6, device: .imported))
        #expect(Changes(parsing: changes.description) == changes)
        #expect(changes.description.contains("oat%20milk%20%3D%20100%25%20good"))
    }

    @Test func aClockBehindTheOthersStillMovesForward() throws {
        let device = try #require(DeviceID("slow"))
        var clock = HybridClock(device: device, now: { Date(timeIntervalSince1970: 100) })
        let ahead = ChangeStamp(millis: 9_000_000, counter: 3, device: try #require(DeviceID("fast")))
        clock.observe(ahead)
        let first = clock.tick(), second = clock.tick()
        #expect(first > ahead && second > first)
        #expect(first.millis == ahead.millis && first.counter == 4)
        // A counter at its limit moves on to the next millisecond.
        clock.observe(ChangeStamp(millis: 9_000_000, counter: ChangeStamp.maximumCounter, device: try #require(DeviceID("fast"))))
        let next = clock.tick()
        #expect(next.millis == 9_000_001 && next.counter == 0)
        #expect(ChangeStamp(parsing: "5.\(ChangeStamp.maximumCounter + 1)@x") == nil)
        #expect(ChangeStamp(millis: -5, device: device).millis == 0)
    }
}

@Suite struct CompactionTests {
    @Test func emptiedRemovalsStillHoldAndStillYieldToLaterEdits() throws {
        var (maya, jonas) = try twoCopies()
        jonas.change { $0.moments[0].note = "seen on Jonas's phone before the removal" }
        maya.change { $0.moments.remove(at: 0) }
        let removal = try #require(maya.journal.removed.moments.first?.changes.removed)
        let after = Date(timeIntervalSince1970: Double(removal.millis) / 1000 + 1)
        var compacted = maya.journal
        #expect(compacted.compactRemovals(before: after) == 1)
        let stub = try #require(compacted.removed.moments.first)
        #expect(stub.title.isEmpty && stub.note == nil && stub.changes.removed == removal)
        #expect(compacted.compactRemovals(before: after) == 0)  // already empty
        // A copy edited before the removal: the moment stays removed.
        #expect(!compacted.merged(with: jonas.journal).journal.moments.contains { $0.id == "shared0" })
        #expect(!jonas.journal.merged(with: compacted).journal.moments.contains { $0.id == "shared0" })
        // A copy edited after the removal brings it back whole, from its own contents.
        jonas.clock.observe(removal)
        jonas.change { $0.moments[0].response = .toward }
        let back = try #require(compacted.merged(with: jonas.journal).journal.moments.first { $0.id == "shared0" })
        #expect(back.title == "Shared 0" && back.response == .toward && back.note == "seen on Jonas's phone before the removal")
        // Nothing removed after the cutoff is touched.
        var early = maya.journal
        #expect(early.compactRemovals(before: Date(timeIntervalSince1970: Double(removal.millis) / 1000 - 1)) == 0)
    }

    /// The earliest removal whose words a copy still holds decides, at any later cutoff, what
    /// `holdsWords` says: one number a store can keep instead of reading its files again.
    @Test func theEarliestRemovalOfWordsHeldAnswersForEveryCutoff() throws {
        var (maya, jonas) = try twoCopies()
        maya.change { $0.moments.remove(at: 2) }
        maya.change { $0.moments.remove(at: 0) }
        let whole = maya.journal
        let removals = whole.removed.moments.compactMap { $0.changes.removed?.millis }.sorted()
        #expect(removals.count == 2)
        // Jonas's copy still shows both moments; Maya's holds them removed with their words.
        #expect(jonas.journal.earliestRemovalOfWordsHeld(removedIn: whole) == removals[0])
        #expect(maya.journal.earliestRemovalOfWordsHeld(removedIn: whole) == removals[0])
        for millis in [removals[0] - 1, removals[0], removals[0] + 1, removals[1] + 1] {
            let cutoff = Date(timeIntervalSince1970: Double(millis) / 1000)
            #expect(jonas.journal.holdsWords(removedIn: whole, before: cutoff) == (removals[0] < millis))
        }
        // Emptied, Maya's copy holds no words; nothing removed, none are held.
        var compacted = maya.journal
        compacted.compactRemovals(before: Date(timeIntervalSince1970: Double(removals[1]) / 1000 + 1))
        #expect(compacted.earliestRemovalOfWordsHeld(removedIn: whole) == nil)
        #expect(jonas.journal.earliestRemovalOfWordsHeld(removedIn: jonas.journal) == nil)
    }
}

@Suite struct StampingTests {
    /// What a merge brought in keeps the stamps of the device that made it: saving the merged
    /// journal through a store that stamps plain edits must not make it look newer.
    @Test func mergedRecordsKeepTheirStamps() throws {
        var (maya, jonas) = try twoCopies()
        jonas.change { $0.moments[1].note = "from Jonas" }
        let noteStamp = jonas.journal.moments[1].changes.stamp(of: "note")
        let before = maya.journal
        var merged = before.merged(with: jonas.journal).journal
        let later = ChangeStamp(millis: noteStamp.millis + 60_000, device: try #require(DeviceID("maya")))
        merged.stampChanges(since: before, at: later)
        #expect(merged.moments[1].changes.stamp(of: "note") == noteStamp)
        // A plain edit next to it is stamped.
        let edited = merged
        merged.moments[2].title = "Retitled"
        merged.stampChanges(since: edited, at: later)
        #expect(merged.moments[2].changes.stamp(of: "title") == later)
    }
}

/// The settings that belong to one device are named once (`deviceFields`) and copied in one
/// place (`takeDeviceFields(from:)`): every field it copies is named, and every field named is copied.
@Suite struct DeviceFieldsTests {
    @Test func takeDeviceFieldsCopiesExactlyTheNamedFields() {
        let mine = JournalSettings(
            dailyTarget: 2, weekStart: .sunday, timeZone: "Europe/Berlin", defaultGiver: "lea", defaultReceiver: "tomas",
            restDays: [.saturday], partnerTimeZones: ["tomas": "America/Argentina/Buenos_Aires"])
        let other = JournalSettings(
            dailyTarget: 1, weekStart: .monday, timeZone: "UTC", defaultGiver: "tomas", defaultReceiver: "lea",
            restDays: [], partnerTimeZones: [:])
        func fields(_ settings: JournalSettings) -> [String: String] {
            Dictionary(
                uniqueKeysWithValues: Mirror(reflecting: settings).children.compactMap { child in
                    child.label.map { ($0, String(describing: child.value)) }
                })
        }
        var taken = mine
        taken.takeDeviceFields(from: other)
        var cleared = mine
        cleared.takeDeviceFields(from: nil)
        for (name, value) in fields(taken) {
            let expected = JournalSettings.deviceFields.contains(name) ? fields(other)[name] : fields(mine)[name]
            #expect(value == expected, "\(name)")
        }
        for name in JournalSettings.deviceFields {
            #expect(fields(mine)[name] != fields(other)[name], "the test must give \(name) two values")
            #expect(fields(cleared)[name] == "nil", "\(name) is cleared")
        }
        #expect(
            fields(cleared).filter { !JournalSettings.deviceFields.contains($0.key) }
                == fields(mine).filter {
                    !JournalSettings.deviceFields.contains($0.key)
                })
    }
}
