/// The built-in model's labelled phrasings as the text they were generated as
/// (``LanguageModel/serializedNeighbours``: `stems TAB language TAB gesture TAB title`), with
/// a generated table from each stem to the lines that hold it: a title's neighbours are found
/// by reading only the lines that share one of its words, not all four thousand.
struct SearchedTitles: Sendable {
    private let text: [UInt8]
    /// `stem TAB offset offset ...`: where in ``text`` each line holding the stem starts.
    private let postings: SortedRows

    init(neighbours: String, postings: String) {
        text = Array(neighbours.utf8)
        self.postings = SortedRows(Array(postings.utf8))
    }

    /// The lines holding any of `stems`, oldest first, each with how many of `stems` it holds
    /// (a line's stems are distinct, so a line is posted once for each stem it shares). Only
    /// a line's stem count and language are read here; its title waits for ``example(at:)``.
    func candidates(sharing stems: Set<String>) -> [TitleIndex.Candidate] {
        var offsets = [Int]()
        for stem in stems { if let range = postings.value(of: stem) { offsets += postings.numbers(in: range) } }
        offsets.sort()
        var found = [TitleIndex.Candidate]()
        text.withUnsafeBufferPointer { bytes in
            var index = offsets.startIndex
            while index < offsets.endIndex {
                var next = index + 1
                while next < offsets.endIndex, offsets[next] == offsets[index] { next += 1 }
                if let (stemCount, language) = Self.stemCountAndLanguage(bytes, at: offsets[index]) {
                    found.append(
                        TitleIndex.Candidate(position: offsets[index], stemCount: stemCount, language: language, shared: next - index))
                }
                index = next
            }
        }
        return found
    }

    /// The number of stems and the language on the line that starts at `offset` (its first
    /// two fields), or nil when they do not read.
    private static func stemCountAndLanguage(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Int, LoveLanguage)? {
        let tab = UInt8(ascii: "\t"), space = UInt8(ascii: " "), newline = UInt8(ascii: "\n")
        guard offset >= 0 else { return nil }
        var index = offset, stems = 0, inWord = false
        while index < bytes.count, bytes[index] != tab {
            if bytes[index] == newline { return nil }
            let isSpace = bytes[index] == space
            if !isSpace, !inWord { stems += 1 }
            inWord = !isSpace
            index += 1
        }
        let start = index + 1
        index = start
        while index < bytes.count, bytes[index] != tab, bytes[index] != newline { index += 1 }
        guard index < bytes.count, bytes[index] == tab,
            let language = LoveLanguage(rawValue: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
        else { return nil }
        return (stems, language)
    }

    /// Every line, oldest first.
    func all() -> [TitleIndex.Example] {
        Self.lineStarts(text).compactMap { example(at: $0) }
    }

    /// The example on the line that starts at `offset`, or nil when it does not read.
    func example(at offset: Int) -> TitleIndex.Example? {
        guard offset >= 0, offset < text.count else { return nil }
        return text.withUnsafeBufferPointer { bytes in
            guard let (key, label) = LanguageModel.neighbourLine(bytes, from: offset).line else { return nil }
            return TitleIndex.Example(title: label.title, language: label.language, gesture: label.gesture, stems: Set(key))
        }
    }

    /// Where each line of `bytes` starts.
    static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        guard !bytes.isEmpty else { return [] }
        var starts = [0]
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") && index + 1 < bytes.count { starts.append(index + 1) }
        return starts
    }

    /// The table ``init(neighbours:postings:)`` reads, for serialized neighbours: each stem in
    /// byte order with the offsets of the lines that hold it.
    static func postings(for neighbours: String) -> String {
        let bytes = Array(neighbours.utf8)
        var byStem = [String: [Int]]()
        bytes.withUnsafeBufferPointer { buffer in
            for start in lineStarts(bytes) {
                guard let (key, _) = LanguageModel.neighbourLine(buffer, from: start).line else { continue }
                for stem in key { byStem[stem, default: []].append(start) }
            }
        }
        return byStem.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map { stem, offsets in
            stem + "\t" + offsets.map(String.init).joined(separator: " ")
        }.joined(separator: "\n")
    }
}
