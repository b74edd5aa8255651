import Foundation
@_spi(MicromanceInternals) import MicromanceModel
import MicromanceStoreTestKit
import Testing

@testable import MicromanceStore

/// The fast moments reader must give exactly what the general CSV path gives, or give up.
@Suite struct CSVMomentReaderTests {
    /// A journal folder whose moments table is `table`, read both ways.
    func bothWays(_ table: [UInt8]) throws -> (fast: Journal?, slow: Journal?) {
        let folder = freshPath(".csv")
        try CSVJournalStore(folder: folder).save(ConformanceFixtures.couple(moments: 0))
        try SecureFile.replace(folder + "/moments.csv", with: table)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fast = try? CSVJournalDecoder(folder: folder).decode().journal
        let slow = try? CSVJournalDecoder(folder: folder, fast: false).decode().journal
        return (fast, slow)
    }

    func fast(_ text: String, threads: Int = 1, threshold: Int = CSVMomentReader.parallelThreshold) -> [Moment]? {
        Array(text.utf8).withUnsafeBufferPointer { CSVMomentReader.read($0, threads: threads, parallelThreshold: threshold) }
    }

    /// Moments with every kind of awkward text, seeded.
    func awkwardMoments(_ count: Int, seed: UInt64) -> [Moment] {
        var random = SeededGenerator(seed: seed)
        let texts = ConformanceFixtures.hostileTexts.filter { !$0.isEmpty && !$0.allSatisfy(\.isWhitespace) }
        return (0..<count).map { index in
            var moment = ConformanceFixtures.moment(
                index: index, giver: index % 2 == 0 ? "alex" : "sam",
                receiver: index % 2 == 0 ? "sam" : "alex")
            moment.title = texts.randomElement(using: &random) ?? "x"
            moment.note = Bool.random(using: &random) ? texts.randomElement(using: &random) : nil
            moment.gestureID = Bool.random(using: &random) ? Identifier("=g\(index % 7)") : nil
            return moment
        }
    }

    @Test(arguments: [1, 2, 3])
    func agreesWithTheGeneralReader(seed: UInt64) throws {
        let moments = awkwardMoments(300, seed: seed)
        var table = CSVJournalEncoder.moments(moments)
        let (fast, slow) = try bothWays(table)
        #expect(fast?.moments == moments)
        #expect(slow?.moments == moments)
        // CRLF line ends outside quotes, blank lines and a byte order mark read the same.
        var text = String(decoding: table, as: UTF8.self)
        text = "\u{FEFF}" + text.replacingOccurrences(of: ",\n", with: ",\r\n\n")
        table = Array(text.utf8)
        let (fastCRLF, slowCRLF) = try bothWays(table)
        #expect(fastCRLF == slowCRLF)
        #expect(fastCRLF != nil)
    }

    @Test func readsReorderedColumnsAndOlderTables() throws {
        let reordered =
            "note,title,at,id,timeZone,giver,receiver,kind,language,gesture,response,ritual\n"
            + "\"a, b\",Hug,2026-11-24T08:15:00+01:00,m1,Europe/Paris,alex,sam,,touch,,,\n"
        let withoutRitual =
            "id,at,timeZone,giver,receiver,kind,language,gesture,response,title,note\n"
            + "m1,2026-11-24T08:15:00+01:00,Europe/Paris,alex,sam,bid,,,toward,'=Hug,\n"
        for table in [reordered, withoutRitual] {
            let (fast, slow) = try bothWays(Array(table.utf8))
            #expect(fast != nil)
            #expect(fast == slow)
            #expect(self.fast(table)?.count == 1)
        }
        #expect(fast(withoutRitual)?.first?.title == "=Hug")
        #expect(fast(withoutRitual)?.first?.response == .toward)
    }

    /// Anything unusual is left to the general reader, which reports it with its place.
    @Test(arguments: [
        "id,at,timeZone,giver,receiver,kind,language,gesture,response,ritual,title,note\nm1,yesterday,UTC,alex,sam,,,,,,Hug,\n",
        "id,at,timeZone,giver,receiver,kind,language,gesture,response,ritual,title,note\nm1,2026-11-24T08:15:00Z,UTC,alex,sam,hug,,,,,Hug,\n",
        "id,at,timeZone,giver,receiver,kind,language,gesture,response,ritual,title,note\nm1,2026-11-24T08:15:00Z,UTC,alex,sam,,,,,,Hug,\"open\n",
        "id,at,timeZone,giver,receiver,kind,language,gesture,response,ritual,title,note\nm1,2026-11-24T08:15:00Z,UTC,alex,sam,,,,,,Hug\n",
        "id,at,timeZone,giver,receiver,kind,language,gesture,response,ritual,title,note\nm1,2026-11-24T08:15:00Z,UTC,alex,sam,,,,,,a\"b,\n",
        "id,at,timeZone,giver,receiver,kind,language,gesture,response,ritual,title,note\n,2026-11-24T08:15:00Z,UTC,alex,sam,,,,,,Hug,\n",
        "id,at,timeZone,giver,receiver,kind,language,gesture,response,ritual,title,note,extra\nm1,2026-11-24T08:15:00Z,UTC,alex,sam,,,,,,Hug,,x\n",
        "id,at,giver,receiver,title\nm1,2026-11-24T08:15:00Z,alex,sam,Hug\n",
    ])
    func givesUpOnAnythingUnusual(table: String) {
        #expect(fast(table) == nil)
    }

    @Test func givesUpOnInvalidUTF8() {
        var bytes = Array(
            "id,at,timeZone,giver,receiver,kind,language,gesture,response,ritual,title,note\nm1,2026-11-24T08:15:00Z,UTC,alex,sam,,,,,,Hug,"
                .utf8)
        bytes += [0xC3, 0x28, 10]
        #expect(bytes.withUnsafeBufferPointer { CSVMomentReader.read($0) } == nil)
    }

    /// Two threads give the same moments as one, whether the half-way guess lands on a record
    /// boundary or inside a quoted note with line breaks.
    @Test(arguments: [4, 5, 6, 7])
    func twoThreadsAgreeWithOne(seed: UInt64) throws {
        let table = String(decoding: CSVJournalEncoder.moments(awkwardMoments(400, seed: seed)), as: UTF8.self)
        let one = try #require(fast(table))
        #expect(fast(table, threads: 2, threshold: 64) == one)
        #expect(one.count == 400)
    }

    /// Large enough that moving the second thread's part down hands pages back to the system.
    @Test func twoThreadsAgreeWithOneOnManyMoments() throws {
        let table = String(decoding: CSVJournalEncoder.moments(awkwardMoments(30_000, seed: 5)), as: UTF8.self)
        let one = try #require(fast(table))
        #expect(fast(table, threads: 2, threshold: 64) == one)
        #expect(one.count == 30_000)
    }

    /// The reader says which givers and receivers it met, so a load skips the pass that reads
    /// names as partners when every cell is an id; a name in a row with an id still becomes
    /// the partner, and a table naming many people is walked as before.
    @Test func saysWhomTheMomentsName() throws {
        let header = "id,at,timeZone,giver,receiver,kind,language,gesture,response,ritual,title,note\n"
        let ids = header + "m1,2026-11-24T08:15:00Z,UTC,alex,sam,,,,,,Hug,\nm2,2026-11-24T09:15:00Z,UTC,sam,alex,,,,,,Tea,\n"
        for threads in [1, 2] {
            let read = try #require(
                Array(ids.utf8).withUnsafeBufferPointer { CSVMomentReader.readWithPeople($0, threads: threads, parallelThreshold: 64) })
            #expect(read.people.map(Set.init) == ["alex", "sam"])
        }
        let named = header + "m1,2026-11-24T08:15:00Z,UTC,Alex,SAM,,,,,,Hug,\n"
        let (fast, slow) = try bothWays(Array(named.utf8))
        #expect(fast?.moments.first?.giver == "alex" && fast?.moments.first?.receiver == "sam")
        #expect(fast == slow)
        let many = header + (0...CSVMomentReader.peopleLimit).map { "m\($0),2026-11-24T08:15:00Z,UTC,p\($0),sam,,,,,,Hug,\n" }.joined()
        let read = try #require(Array(many.utf8).withUnsafeBufferPointer { CSVMomentReader.readWithPeople($0) })
        #expect(read.moments.count == CSVMomentReader.peopleLimit + 1)
        #expect(read.people == nil)
    }

    /// Two threads agree with one on a table of one-line records, with and without blank
    /// lines between them, with line endings of either kind.
    @Test(arguments: [false, true])
    func twoThreadsAgreeOnOneLineRecordsAndBlankLines(crlf: Bool) throws {
        var moments = awkwardMoments(2_000, seed: 11)
        for index in moments.indices {
            moments[index].title = index % 3 == 0 ? "Tea, \"strong\" (\(index))" : "Tea \(index)"
            moments[index].note = index % 7 == 0 ? "plain note \(index)" : nil
        }
        let plain = String(decoding: CSVJournalEncoder.moments(moments), as: UTF8.self)
        let blank = plain.replacingOccurrences(of: "\n", with: "\n\n")
        for text in [plain, blank] {
            let table = crlf ? text.replacingOccurrences(of: "\n", with: "\r\n") : text
            #expect(fast(table, threads: 2, threshold: 64) == moments)
            #expect(fast(table) == moments)
        }
    }

    /// A table an editor saved with Windows line ends gave the line breaks inside quoted notes
    /// a CR too: they read as the LF they were, on both paths and on two threads. A table with
    /// LF line ends keeps a CR that a note really holds.
    @Test func windowsLineEndsInsideQuotedNotesReadAsBefore() throws {
        var moments = awkwardMoments(40, seed: 3)
        for index in moments.indices {
            moments[index].title = "Tea \(index)"
            moments[index].note = index % 4 == 0 ? "roses are red,\nviolets are blue\n\"said\" twice" : nil
        }
        let original = String(decoding: CSVJournalEncoder.moments(moments), as: UTF8.self)
        let converted = original.replacingOccurrences(of: "\n", with: "\r\n")
        let (fast, slow) = try bothWays(Array(converted.utf8))
        #expect(fast?.moments == moments)
        #expect(slow?.moments == moments)
        #expect(self.fast(converted, threads: 2, threshold: 64) == moments)
        // A note that holds CRLF itself, in a table with LF line ends, keeps it.
        moments[0].note = "line one\r\nline two"
        let kept = CSVJournalEncoder.moments(moments)
        let (fastKept, slowKept) = try bothWays(kept)
        #expect(fastKept?.moments.first?.note == "line one\r\nline two")
        #expect(slowKept?.moments.first?.note == "line one\r\nline two")
    }

    /// The second thread, done with its half, takes over the later part of what the first has
    /// left, again and again: however the two interleave, the moments are those one thread reads.
    @Test func theSecondThreadTakesOverWhatTheFirstHasLeft() throws {
        var moments = awkwardMoments(6_000, seed: 21)
        for index in moments.indices where index % 9 == 0 {
            moments[index].note = "first line,\n\"second\" line\nthird line \(index)"
        }
        let table = String(decoding: CSVJournalEncoder.moments(moments), as: UTF8.self)
        let bytes = Array(table.utf8)
        for _ in 0..<25 {
            let read = bytes.withUnsafeBufferPointer {
                CSVMomentReader.readWithPeople($0, threads: 2, parallelThreshold: 64, smallestTakeOver: 2_048)
            }
            #expect(read?.moments == moments)
            #expect(read?.people.map(Set.init) == ["alex", "sam"])
            #expect(read?.survey?.count == moments.count && read?.survey?.eachPassesOnItsOwn == true)
        }
    }

    /// Taking over with the other thread not reading at all: its part's stop is lowered again
    /// and again, each part taken ends where the one taken before it starts, and together the
    /// parts hold the moments of their stretch of the table. Each is placed with room for the
    /// records before it, exactly that room when no cell holds a line break (then nothing is
    /// moved once both threads are done).
    @Test(arguments: [0, 1], [false, true])
    func takenPartsFollowEachOther(me: Int, plain: Bool) throws {
        var moments = awkwardMoments(3_000, seed: 22)
        if plain {
            func flat(_ text: String) -> String { String(text.unicodeScalars.filter { $0 != "\n" && $0 != "\r" }) }
            for index in moments.indices {
                moments[index].title = flat(moments[index].title)
                moments[index].note = moments[index].note.map(flat)
            }
        }
        let bytes = CSVJournalEncoder.moments(moments)
        let one = try #require(fast(String(decoding: bytes, as: UTF8.self)))
        try bytes.withUnsafeBufferPointer { table in
            let (slots, header) = try #require(CSVMomentReader.header(table))
            var reader = CSVMomentReader(bytes: table, slots: slots, release: { _ in })
            let guess = reader.boundary(after: table.count / 2, before: table.count)
            let middle = try #require(guess)
            let capacity = table.count / CSVMomentReader.minimumRecordLength + 2
            let base = UnsafeMutablePointer<Moment>.allocate(capacity: capacity)
            defer { base.deallocate() }
            let slot = min(
                CSVMomentReader.lineFeeds(table, header..<middle), CSVMomentReader.mostRecords(before: middle, bodyStart: header))
            let split = Split(Part(start: header, stop: middle, slot: 0, roomEnd: slot, base: base))
            let second = Part(start: middle, stop: table.count, slot: slot, roomEnd: capacity, base: base)
            split.parts.append(second)
            // Only one thread reads: the other's part is left unread but for what is taken from it.
            split.reading[1] = second
            let place = CSVMomentReader.Place(bytes: table, bodyStart: header, base: base, smallest: 4_096)
            reader.work(me, split: split, place: place)
            let parts = split.parts.sorted { $0.start < $1.start }
            #expect(parts.count >= 4)
            // Each part has room below it for every record before it, and no more than one for
            // each line feed before it.
            let headerLength = CSVJournalEncoder.moments([]).count
            var lineStarts = [header]
            for moment in one.dropLast() {
                lineStarts.append(lineStarts[lineStarts.count - 1] + CSVJournalEncoder.moments([moment]).count - headerLength)
            }
            #expect(headerLength == header)
            for part in parts {
                let before = lineStarts.firstIndex(of: part.start) ?? -1
                #expect(before >= 0, "a part starts at a record")
                let bound = min(
                    CSVMomentReader.lineFeeds(table, header..<part.start),
                    CSVMomentReader.mostRecords(before: part.start, bodyStart: header))
                #expect(part.slot >= before && part.slot <= bound)
                if plain { #expect(part.slot == before) }
            }
            let unread = try #require(parts.firstIndex { $0.end == nil })
            #expect(parts.filter { $0.end == nil }.count == 1, "one part nobody read")
            #expect(parts[unread].front.stop == parts[unread + 1].start, "the part left was not told where to stop")
            var before = [Moment](), after = [Moment]()
            for (index, part) in parts.enumerated() where index != unread {
                #expect(part.end == (index + 1 < parts.count ? parts[index + 1].start : table.count))
                let moments = Array(UnsafeBufferPointer(start: part.sink.base, count: part.sink.count))
                if index < unread { before += moments } else { after += moments }
                part.sink.clear()
            }
            #expect(before == Array(one.prefix(before.count)))
            #expect(after == Array(one.suffix(after.count)))
            #expect(before.count + after.count > one.count * 3 / 4)
        }
    }

    /// A guessed boundary is the start of a line that reads as a whole record: the lines of a
    /// quoted note with line breaks are passed over.
    @Test func aBoundaryIsNeverALineOfANote() throws {
        var moments = awkwardMoments(4, seed: 23)
        moments[1].note = "tea, two sugars\nnot \"three\"\n,,,,,,,,,,,,\nlast line"
        let bytes = CSVJournalEncoder.moments(moments)
        let text = String(decoding: bytes, as: UTF8.self)
        let noteStart = try #require(text.utf8.firstRange(of: "tea, two sugars".utf8)).lowerBound
        let offset = text.utf8.distance(from: text.utf8.startIndex, to: noteStart)
        let third = try #require(text.range(of: moments[2].id.rawValue + ","))
        let expected = text.utf8.distance(from: text.utf8.startIndex, to: third.lowerBound)
        try bytes.withUnsafeBufferPointer { table in
            let (slots, _) = try #require(CSVMomentReader.header(table))
            var reader = CSVMomentReader(bytes: table, slots: slots, release: { _ in })
            let found = reader.boundary(after: offset, before: table.count)
            #expect(found == expected)
        }
    }

    /// A large part is moved on two threads when it lies wholly above where it goes, on one
    /// when the two ranges overlap: the moments arrive in order either way.
    @Test(arguments: [200_000, 80_000])
    func aLargePartMovesDownWhole(gap: Int) {
        let sample = awkwardMoments(7, seed: 24)
        let count = 100_000
        let base = UnsafeMutablePointer<Moment>.allocate(capacity: gap + count)
        defer { base.deallocate() }
        for index in 0..<count { (base + gap + index).initialize(to: sample[index % 7]) }
        CSVMomentReader.moveDownOnTwoThreads(base + gap, count: count, to: base)
        var inOrder = true
        for index in 0..<count where base[index] != sample[index % 7] { inOrder = false }
        #expect(inOrder)
        base.deinitialize(count: count)
    }

    @Test func aGuessInsideANoteIsThrownAway() throws {
        var moments = awkwardMoments(3, seed: 9)
        moments[1].note = String(repeating: "line, \"quoted\"\nnext line\n", count: 2000)
        let table = String(decoding: CSVJournalEncoder.moments(moments), as: UTF8.self)
        #expect(fast(table, threads: 2, threshold: 64) == moments)
    }

    /// A removed moment is read from its JSON cell by the fast JSON reader, which must give what
    /// `JSONDecoder` gives (or give up, and leave it to `JSONDecoder`).
    @Test(arguments: [1, 2, 3])
    func removedMomentsReadAsJSONDecoderReadsThem(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let device = try #require(DeviceID("samlaptop"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var moments = awkwardMoments(200, seed: seed)
        for index in moments.indices {
            moments[index].kind = [.gesture, .bid, .gratitude].randomElement(using: &random) ?? .gesture
            moments[index].response = moments[index].kind == .bid ? [.toward, .away, .against].randomElement(using: &random) : nil
            moments[index].language = LoveLanguage.allCases.randomElement(using: &random)
            moments[index].ritualID = Bool.random(using: &random) ? Identifier("r\(index % 3)") : nil
            moments[index].changes = Changes(
                created: ChangeStamp(millis: 1_795_000_000_000 + Int64(index), counter: 0, device: device),
                removed: ChangeStamp(millis: 1_795_000_100_000 + Int64(index), counter: UInt32(index % 4), device: device))
        }
        var cells = JournalJSONReader.MomentCells()
        for moment in moments {
            let json = try encoder.encode(moment)
            let slow = try JSONDecoder().decode(Moment.self, from: json)
            let fast = Array(json).withUnsafeBufferPointer { cells.moment($0) }
            #expect(fast == slow)
            #expect(fast == moment)
        }
        // Not one moment object alone: left to JSONDecoder, which says what is wrong.
        for text in ["{}", #"{"id":"m1"}"#, "[]", "", #"{"id":"m1","id":"m2"}"#] {
            #expect(Array(text.utf8).withUnsafeBufferPointer { cells.moment($0) } == nil, "\(text)")
        }
        // Saved and read back by the store, the removed moments are the same.
        var journal = try ConformanceFixtures.couple(moments: 0)
        journal.removed.moments = moments
        let folder = freshPath(".csv")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try CSVJournalStore(folder: folder).save(journal)
        #expect(try CSVJournalStore(folder: folder).load().removed.moments == moments)
    }

    /// A removed record whose JSON was broken by hand is refused with its line, its id, the
    /// field and what is wrong, in words (not the decoder's own message), and nothing is written.
    @Test func aBrokenRemovedRecordIsRefusedWithItsField() throws {
        var journal = try ConformanceFixtures.couple(moments: 2)
        journal.removed.moments = [journal.moments.removeLast()]
        let id = journal.removed.moments[0].id.rawValue
        let folder = freshPath(".csv")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try CSVJournalStore(folder: folder).save(journal)
        let file = folder + "/removed.csv"
        let written = try String(contentsOfFile: file, encoding: .utf8)
        func refusal(_ text: String) throws -> String {
            try text.write(toFile: file, atomically: false, encoding: .utf8)
            do {
                _ = try CSVJournalStore(folder: folder).load()
                return "read"
            } catch {
                #expect(try String(contentsOfFile: file, encoding: .utf8) == text, "nothing written")
                return "\(error)"
            }
        }
        let badTime = written.replacingOccurrences(
            of: #"""at"":""[^"]*"""#, with: #"""at"":""yesterday-ish"""#, options: .regularExpression)
        #expect(badTime != written)
        let time = try refusal(badTime)
        #expect(time.contains("removed.csv:2") && time.contains(id) && time.contains("in its field 'at'"), "\(time)")
        #expect(!time.contains("DecodingError"), "\(time)")
        let cut = try refusal(written.replacingOccurrences(of: "}\"", with: "\""))
        #expect(cut.contains("removed.csv:2") && cut.contains("is not valid JSON at character"), "\(cut)")
        // The JSON's id changed and not the id column: refused, naming both.
        let otherID = written.replacingOccurrences(of: #"""id"":""\#(id)"""#, with: #"""id"":""zzzzzzzzzzzzz"""#)
        #expect(otherID != written)
        let mismatch = try refusal(otherID)
        #expect(
            mismatch.contains("removed.csv:2") && mismatch.contains("id (column 3)") && mismatch.contains("zzzzzzzzzzzzz"), "\(mismatch)")
        // A field added by hand would be dropped by the next write: refused, naming it.
        let added = try refusal(written.replacingOccurrences(of: #"{""at"""#, with: #"{""mood"":""happy"",""at"""#))
        #expect(added.contains("removed.csv:2") && added.contains("'mood'"), "\(added)")
        #expect(try refusal(written) == "read")
    }
}
