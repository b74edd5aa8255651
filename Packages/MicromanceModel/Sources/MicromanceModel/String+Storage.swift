extension String {
    /// The two machine words a `String` is held in: a short string's bytes stored inline, or
    /// a pointer to its storage with its length and flags. The same words always mean the same
    /// text while either string lives (not the other way round), so loops over a million
    /// moments use them as a key where hashing the bytes again would cost more: the stores'
    /// cell memo, the labelled titles' hashes, the moments' shared parties. A 64-bit layout
    /// only (every platform the toolkit builds for).
    @_spi(MicromanceInternals)
    @inlinable @inline(__always)
    public var storageWords: (UInt64, UInt64) {
        unsafeBitCast(self, to: (UInt64, UInt64).self)
    }

    /// Whether the two strings are held in the same bits: the same short string stored inline,
    /// or the same storage at the same length. It implies `==` (not the other way round) and
    /// costs two compares, where `==` on two short strings that differ takes the library's
    /// slow path: loops over a million moments compare their ids with a handful of known ones
    /// this way first (most are the very strings a reader interned, or short).
    @_spi(MicromanceInternals)
    @inlinable
    public func sharesStorage(with other: String) -> Bool {
        guard MemoryLayout<String>.size == 16 else { return false }
        return storageWords == other.storageWords
    }
}
