import Foundation
import Testing

@_spi(MicromanceInternals) @testable import MicromanceModel

/// A moment holds its giver, receiver and zone in one shared record, and the readers make
/// short strings and hash short ids straight from their words: none of it may show.
@Suite struct CompactMomentTests {
    func moment(_ id: String, zone: String = "Europe/Paris", giver: String = "alex", receiver: String = "sam") -> Moment {
        Moment(
            id: Identifier(id), at: Date(timeIntervalSince1970: 1_795_000_000), timeZone: zone, giver: Identifier(giver),
            receiver: Identifier(receiver), title: "Tea")
    }

    @Test func momentsNamingTheSameThreeShareOneRecordAndStillCompareByValue() {
        let first = moment("m1"), second = moment("m2")
        // The process-wide table stops remembering past 4,096 triples, which the other tests
        // of a whole run may reach first: the sharing is checked on a table of its own.
        let pool = PartiesPool()
        let one = pool.parties(timeZone: "Europe/Paris", giver: "alex", receiver: "sam")
        #expect(one === pool.parties(timeZone: "Europe/Paris", giver: "alex", receiver: "sam"))
        #expect(one !== pool.parties(timeZone: "Europe/Paris", giver: "sam", receiver: "alex"))
        #expect(first.parties == second.parties && one == first.parties)
        #expect(MemoryLayout<Moment>.stride <= 136)
        // A record made apart holds the same three: equal, with the same hash.
        let apart = Moment.Parties(timeZone: "Europe/Paris", giver: "alex", receiver: "sam")
        #expect(apart !== first.parties && apart == first.parties && apart.hashValue == first.parties.hashValue)
        let twin = Moment(id: "m1", at: first.at, parties: apart, title: "Tea")
        #expect(twin == first && twin.hashValue == first.hashValue)
        #expect(Set([first, twin]).count == 1)
    }

    @Test func settingOneOfTheThreeChangesThatMomentAlone() {
        var changed = moment("m1")
        let other = moment("m2")
        changed.giver = "sam"
        changed.receiver = "alex"
        changed.timeZone = "Asia/Tokyo"
        #expect(changed.giver == "sam" && changed.receiver == "alex" && changed.timeZone == "Asia/Tokyo")
        #expect(other.giver == "alex" && other.receiver == "sam" && other.timeZone == "Europe/Paris")
        #expect(changed != moment("m1"))
        // Set back, it equals the moment it was.
        changed.giver = "alex"
        changed.receiver = "sam"
        changed.timeZone = "Europe/Paris"
        #expect(changed == moment("m1"))
        // Through key paths too, as merging sets tracked fields.
        let path: WritableKeyPath<Moment, Identifier<Partner>> = \.receiver
        changed[keyPath: path] = "kim"
        #expect(changed.receiver == "kim" && changed.parties.description == "alex → kim in Europe/Paris")
    }

    @Test func aMomentStillReflectsAndEncodesItsPublicFields() throws {
        let original = moment("m1", zone: "America/Argentina/Buenos_Aires")
        let labels = Mirror(reflecting: original).children.compactMap(\.label)
        #expect(labels.contains("giver") && labels.contains("timeZone") && !labels.contains("sharedParties"))
        let data = try JSONEncoder().encode(original)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"giver\":\"alex\"") && text.contains("Buenos_Aires"))
        #expect(try JSONDecoder().decode(Moment.self, from: data) == original)
    }

    /// A reader's cache finds a record by the bits of its strings: the same texts in other
    /// storage make another, equal record, never a wrong one.
    @Test func aReadersCacheGivesTheRecordOfTheseVeryTexts() {
        var cache = PartiesCache()
        let zone = String(repeating: "Zone/", count: 4) + "Far"  // long: kept in storage of its own
        let (first, new) = cache.parties(timeZone: zone, giver: "alex", receiver: "sam")
        let (again, newAgain) = cache.parties(timeZone: zone, giver: "alex", receiver: "sam")
        #expect(new && !newAgain && first === again)
        let copy = String(decoding: Array(zone.utf8), as: UTF8.self)
        let (other, _) = cache.parties(timeZone: copy, giver: "alex", receiver: "sam")
        #expect(other == first)
        let (swapped, swappedNew) = cache.parties(timeZone: zone, giver: "sam", receiver: "alex")
        #expect(swappedNew && swapped.giver == "sam" && swapped.receiver == "alex")
        // Past its limit it still answers, with records of their own.
        for index in 0..<100 {
            let (made, _) = cache.parties(timeZone: "UTC", giver: "p\(index)", receiver: "sam")
            #expect(made.giver.rawValue == "p\(index)")
        }
    }

    @Test func shortASCIIStringsAreMadeAsTheStandardLibraryMakesThem() {
        #expect(SmallASCII.layoutHolds)
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789-/_.@ ".utf8)
        var random = SeededGenerator(seed: 7)
        for length in 0...15 {
            for _ in 0..<20 {
                let bytes = (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
                let made = bytes.withUnsafeBufferPointer { SmallASCII.string($0) }
                let decoded = String(decoding: bytes, as: UTF8.self)
                #expect(made == decoded)
                #expect(
                    made.map { unsafeBitCast($0, to: (UInt64, UInt64).self) == unsafeBitCast(decoded, to: (UInt64, UInt64).self) } == true)
                #expect(made?.utf8.count == length && made.map { Array($0.utf8) } == bytes)
            }
        }
        // Too long, or not ASCII: left to the ordinary path.
        #expect(Array("0123456789abcdef".utf8).withUnsafeBufferPointer { SmallASCII.string($0) } == nil)
        #expect(Array("Zoë".utf8).withUnsafeBufferPointer { SmallASCII.string($0) } == nil)
        #expect(SmallASCII.words(of: "Zoë") == nil)
        #expect(SmallASCII.words(of: String(repeating: "long ", count: 10)) == nil)
    }

    /// Short ids are hashed by their words; an equal id kept in storage of its own (a string
    /// cut down from a longer one) must hash the same, or a duplicate would be missed.
    @Test func aShortIdHashesTheSameWhereverItsBytesAreKept() {
        var stored = "q3etmv38g3dds" + String(repeating: "x", count: 40)
        stored.removeLast(40)
        #expect(stored == "q3etmv38g3dds")
        #expect(SmallASCII.words(of: stored) == nil)  // not kept inline
        #expect(DuplicateFinder.hash(stored) == DuplicateFinder.hash("q3etmv38g3dds"))
        let texts = ["q3etmv38g3dds", "m1", stored, "é", "e\u{301}"]
        #expect(DuplicateFinder.laterDuplicates(count: texts.count, text: { texts[$0] }) == [2, 4])
    }

    /// Stamps of thirteen digits, a point and one digit are read as two words; every stamp
    /// must read back as it was written, and anything else as before.
    @Test func stampsReadBackWhateverTheirShape() throws {
        var random = SeededGenerator(seed: 11)
        let device = try #require(DeviceID("alexphone"))
        for _ in 0..<2_000 {
            let digits = Int(random.next() % 14)
            let limit = min(ChangeStamp.maximumMillis, digits == 0 ? 0 : Int64(pow(10, Double(digits))) - 1)
            let millis = limit == 0 ? 0 : Int64(random.next() % UInt64(limit + 1))
            let counter = UInt32(random.next() % (random.next() % 2 == 0 ? 10 : 1_000))
            let stamp = ChangeStamp(millis: millis, counter: counter, device: device)
            #expect(ChangeStamp(parsing: stamp.description) == stamp, "\(stamp)")
        }
        for broken in [
            "179556480500x.0@alexphone", "1795564805000.a@alexphone", "1795564805000.0@", "1795564805000.0#alexphone",
            "-795564805000.0@alexphone", "1795564805000.0",
        ] {
            #expect(ChangeStamp(parsing: broken) == nil, "\(broken)")
        }
        #expect(ChangeStamp(parsing: "0001795564805.0@alexphone")?.millis == 1_795_564_805)
    }
}
