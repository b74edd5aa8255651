import MicromanceModel
import Testing

@testable import MicromanceStore

/// The interner gives the String that decoding the bytes gives, or nil for bytes that are not
/// UTF-8, whether the text was seen before, is remembered in a slot another text took since,
/// or is long enough to be shared.
@Suite struct ByteInternerTests {
    @Test(arguments: [1, 2, 3])
    func givesWhatDecodingGives(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        var interner = ByteInterner()
        // A few texts that repeat (as zones and partner ids do), many that do not, some that
        // are not UTF-8 (a lone continuation byte, a cut sequence), of every short length.
        let alphabet: [UInt8] = Array("abcXYZ/_-09 ".utf8) + [0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0x80, 0xFF, 0]
        let repeating = (0..<6).map { n in (0..<(n * 3)).map { _ in alphabet.randomElement(using: &random) ?? 0 } }
        for _ in 0..<4_000 {
            let bytes =
                Int.random(in: 0..<2, using: &random) == 0
                ? repeating.randomElement(using: &random) ?? []
                : (0..<Int.random(in: 0...20, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? 0 }
            bytes.withUnsafeBufferPointer { buffer in
                let expected = String(validating: buffer, as: UTF8.self)
                let got = interner.string(buffer)
                #expect(got == expected, "\(bytes)")
                #expect(got.map { Array($0.utf8) } == expected.map { Array($0.utf8) }, "\(bytes)")
            }
        }
    }

    /// Texts that differ only in length (trailing zero bytes) or in their last byte are told apart.
    @Test func textsThatDifferByLengthOrLastByteAreApart() {
        var interner = ByteInterner()
        let texts: [[UInt8]] = [
            [], [0], [0, 0], Array("sam".utf8), Array("sam".utf8) + [0], Array("Europe/Paris".utf8),
            Array("Europe/Pariz".utf8), Array("fifteen-bytes!!".utf8), Array("fifteen-bytes!?".utf8),
        ]
        for _ in 0..<3 {
            for text in texts {
                let got = text.withUnsafeBufferPointer { interner.string($0) }
                #expect(got.map { Array($0.utf8) } == text)
            }
        }
    }

    /// A seeded interner hands back the seed itself (the catalog's literal text, which costs
    /// no reference counting) for the same bytes, and still decodes everything else.
    @Test func seedsAreGivenBackForTheirBytes() {
        let seeds = ByteInterner.catalogTexts
        #expect(seeds.contains("Cook their favourite simple meal"))
        var interner = ByteInterner(seeds: seeds + seeds)  // a repeated seed is kept once
        func storage(_ text: String) -> UnsafePointer<UInt8>? {
            text.utf8.withContiguousStorageIfAvailable { $0.baseAddress } ?? nil
        }
        for seed in seeds {
            let bytes = Array(seed.utf8)
            let got = bytes.withUnsafeBufferPointer { interner.string($0) }
            #expect(got == seed)
            if bytes.count > 15, let got { #expect(storage(got) == storage(seed), "\(seed) is the seed's own text") }
        }
        for text in ["Made the bed before she woke", "Europe/Paris", "America/Argentina/Buenos_Aires", ""] {
            let got = Array(text.utf8).withUnsafeBufferPointer { interner.string($0) }
            #expect(got == text)
        }
    }
}
