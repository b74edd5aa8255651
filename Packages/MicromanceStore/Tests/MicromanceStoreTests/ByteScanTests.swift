import MicromanceModel
import Testing

@testable import MicromanceStore

/// The word-at-a-time search finds the same byte as looking at each byte in turn, at every
/// starting offset, near the end of the buffer and with bytes above 0x7F (UTF-8) around.
@Suite struct ByteScanTests {
    @Test(arguments: [1, 2, 3, 4])
    func findsWhatAByteLoopFinds(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        // Mostly plain text, with the bytes of interest, their neighbours and multi-byte UTF-8.
        let alphabet: [UInt8] = Array("abc xyz".utf8) + [44, 10, 13, 34, 43, 45, 9, 11, 12, 33, 35, 0xC3, 0xA9, 0xE2, 0x80, 0xFF, 0]
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 127, 128, 129, 200] {
            let bytes = (0..<length).map { _ in
                Int.random(in: 0..<4, using: &random) == 0 ? alphabet.randomElement(using: &random) ?? 0 : UInt8(ascii: "q")
            }
            bytes.withUnsafeBufferPointer { buffer in
                var window = MarkWindow()
                for from in 0...length {
                    let cell = (from..<length).first { [44, 10, 13, 34].contains(bytes[$0]) } ?? length
                    let quote = (from..<length).first { bytes[$0] == 34 } ?? length
                    #expect(window.next(in: buffer, from: from) == cell, "length \(length) from \(from)")
                    #expect(ByteScan.quote(in: buffer, from: from) == quote, "length \(length) from \(from)")
                }
            }
        }
    }

    /// The kept window of marks answers the same whatever was asked before: forward in small
    /// and large steps (as the reader asks, cell after cell, with quoted cells skipped), and
    /// backwards (a reader starting again from an earlier record).
    @Test(arguments: [5, 6])
    func aKeptWindowAnswersAsAFreshScan(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let alphabet: [UInt8] = [44, 10, 13, 34, 0xC3, 0xA9, 0]
        for length in [0, 3, 64, 130, 1_000] {
            let bytes = (0..<length).map { _ in
                Int.random(in: 0..<6, using: &random) == 0 ? alphabet.randomElement(using: &random) ?? 0 : UInt8(ascii: "z")
            }
            bytes.withUnsafeBufferPointer { buffer in
                var window = MarkWindow()
                for _ in 0..<400 {
                    let from = Int.random(in: 0...length, using: &random)
                    let expected = (from..<length).first { [44, 10, 13, 34].contains(bytes[$0]) } ?? length
                    #expect(window.next(in: buffer, from: from) == expected, "length \(length) from \(from)")
                    // Then on from just past it, as the next cell would.
                    if expected < length {
                        let after = (expected + 1..<length).first { [44, 10, 13, 34].contains(bytes[$0]) } ?? length
                        #expect(window.next(in: buffer, from: expected + 1) == after)
                    }
                }
            }
        }
    }

    /// The JSON reader's test for the end of a string: the first quote, backslash or control
    /// character of a word is the first marked byte, whatever bytes follow it.
    @Test func marksTheFirstByteEndingAJSONString() {
        var random = SeededGenerator(seed: 7)
        let alphabet: [UInt8] = [0, 1, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xC3, 0xFF, 0x61]
        for _ in 0..<20_000 {
            let bytes = (0..<8).map { _ in alphabet.randomElement(using: &random) ?? 0 }
            bytes.withUnsafeBufferPointer { buffer in
                let word = ByteScan.word(buffer, 0)
                let hits = ByteScan.marks(word, 0x22) | ByteScan.marks(word, 0x5C) | ByteScan.controls(word)
                let first = bytes.firstIndex { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 }
                #expect((hits == 0 ? nil : hits.trailingZeroBitCount >> 3) == first, "\(bytes)")
            }
        }
    }
}
