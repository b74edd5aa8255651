import Foundation
import MicromanceModel
import Testing

@testable import MicromanceStore

/// The writer the large encoders put their bytes through, and the JSON writer's test for
/// text that needs escapes, against the plain definitions they stand in for.
struct ByteWriterTests {
    @Test func appendsEveryLengthAsAnArrayDoes() {
        // Every length from nothing to past the word copies, through several growths.
        let source = (0..<64).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        var writer = ByteWriter(capacity: 1)
        var expected = [UInt8]()
        source.withUnsafeBufferPointer { bytes in
            for length in 0...40 {
                for offset in [0, 1, 3, 7] {
                    let piece = UnsafeBufferPointer(rebasing: bytes[offset..<offset + length])
                    writer.append(bytes: piece)
                    expected.append(contentsOf: piece)
                    writer.append(UInt8(length))
                    expected.append(UInt8(length))
                }
            }
        }
        writer.append("{ \"at\" : ")
        expected.append(contentsOf: Array("{ \"at\" : ".utf8))
        writer.append("x")  // a one-scalar static text has no pointer of its own
        expected.append(UInt8(ascii: "x"))
        writer.append(utf8: "Zoë's note, 12 €")
        expected.append(contentsOf: Array("Zoë's note, 12 €".utf8))
        #expect(writer.count == expected.count)
        #expect(writer.take() == expected)
        // Taken: empty again, and still writes.
        #expect(writer.take().isEmpty)
        writer.append(7)
        #expect(writer.take() == [7])
    }

    @Test func writesTimestampsAsTheModelFormatsThem() {
        var writer = ByteWriter(capacity: 8)
        var array = [UInt8]()
        for (seconds, offset) in [(0.0, 0), (1_795_564_800.123, 3_600), (-86_400.5, -18_000), (253_402_200_000, 20_700)] {
            let date = Date(timeIntervalSince1970: seconds)
            writer.append(date, offsetSeconds: offset)
            array.append(date, offsetSeconds: offset)
            let text = Timestamp.format(date, offsetSeconds: offset)
            #expect(String(decoding: writer.take(), as: UTF8.self) == text)
            #expect(String(decoding: array, as: UTF8.self) == text)
            array.removeAll()
        }
    }

    /// The memo of written cells gives, for every text, the bytes the cell writer gives: texts
    /// that need quotes or the spreadsheet guard, empty and missing ones, the same text in
    /// another string, long ones it does not keep, and more distinct texts than it has room
    /// for (ways pushed out, its store of bytes emptied and filled again).
    @Test func rememberedCellsAreTheCellsWritten() {
        var random = SeededGenerator(seed: 5)
        let hostile: [String?] = [
            nil, "", "Hug", "=SUM(A1)", "-5", "+1", "@home", "'quoted", "a,b", "say \"hi\"", "two\nlines", "12", "3.5",
            "2026-01-02", "mar 3", "Café", "東京で散歩", String(repeating: "long title ", count: 20),
        ]
        // About 90 bytes each: more than the memo keeps (256 KiB), so it starts again empty.
        let distinct = (0..<6_000).map { "title number \($0), said once or twice, " + String(repeating: "and again ", count: 5) }
        for text in [true, false] {
            var memo = CSVCellMemo(text: text)
            var writer = ByteWriter(capacity: 16)
            var expected = [UInt8]()
            for _ in 0..<40_000 {
                let value: String?
                switch Int.random(in: 0..<4, using: &random) {
                case 0: value = distinct[Int.random(in: 0..<distinct.count, using: &random)]
                // A string made anew: equal text in other storage.
                case 1:
                    value = hostile[Int.random(in: 0..<hostile.count, using: &random)].map {
                        String(decoding: Array($0.utf8), as: UTF8.self)
                    }
                default: value = hostile[Int.random(in: 0..<hostile.count, using: &random)]
                }
                memo.append(value, to: &writer)
                CSVCell.append(value, text: text, to: &expected)
                writer.append(44)
                expected.append(44)
            }
            #expect(writer.take() == expected)
        }
    }

    @Test func findsEveryByteThatNeedsAnEscape() {
        func plain(_ bytes: [UInt8]) -> Bool { bytes.contains { $0 < 32 || $0 == 34 || $0 == 92 } }
        // Bytes either side of each escape and of the bounds, UTF-8's high bytes among them.
        let quiet: [UInt8] = [32, 33, 35, 91, 93, 126, 127, 0x80, 0xA2, 0xC3, 0xDC, 0xFF]
        let loud: [UInt8] = [0, 1, 9, 10, 13, 31, 34, 92]
        for length in 0...24 {
            for filler in quiet {
                let clean = [UInt8](repeating: filler, count: length)
                #expect(clean.withUnsafeBufferPointer(JournalJSONWriter.needsEscape) == false, "\(filler) × \(length)")
                for position in 0..<length {
                    for byte in loud {
                        var bytes = clean
                        bytes[position] = byte
                        let found = bytes.withUnsafeBufferPointer(JournalJSONWriter.needsEscape)
                        #expect(found == plain(bytes), "\(byte) at \(position) of \(length)")
                    }
                }
            }
        }
    }
}
