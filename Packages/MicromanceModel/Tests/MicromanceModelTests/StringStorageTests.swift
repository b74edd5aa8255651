import Testing

@testable @_spi(MicromanceInternals) import MicromanceModel

/// The two words a string is held in, the key that loops over a million moments use.
@Suite struct StringStorageTests {
    @Test func theSameStorageIsTheSameWords() {
        let long = String(repeating: "a walk along the canal ", count: 3)
        let copy = long
        #expect(long.storageWords == copy.storageWords && long.sharesStorage(with: copy))
        // Equal text held apart is not the same storage (`==` still holds).
        let rebuilt = String(decoding: Array(long.utf8), as: UTF8.self)
        #expect(rebuilt == long && !rebuilt.sharesStorage(with: long))
        // A short string is held inline: equal short texts are equal words.
        let short = "coffee", other = String(decoding: Array("coffee".utf8), as: UTF8.self)
        #expect(short.sharesStorage(with: other) && short.storageWords == other.storageWords)
        #expect(!short.sharesStorage(with: "coffees") && !short.sharesStorage(with: "tea"))
        #expect(!"".sharesStorage(with: " ") && "".sharesStorage(with: String()))
    }
}
