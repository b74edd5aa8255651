import Foundation

/// Which catalog gesture a title most likely names, once its love language is known: a naive
/// Bayes model over the content stems of the corpus phrasings labelled with a gesture, one class
/// per language and gesture. It answers where no keyword matched and no phrasing is close
/// enough to vote ("rewired the lamp she kept complaining about" takes a task off their plate;
/// "told him the solo gave me chills" is a compliment), and only when it is fairly sure.
struct GestureModel: Sendable, Equatable {
    /// One class: a gesture as spoken in one language.
    private struct Class: Sendable, Equatable {
        var language: LoveLanguage
        /// Nil for the phrasings that name no gesture.
        var gesture: Identifier<Gesture>?
        /// How many phrasings it has.
        var examples = 0
        /// How many stems those phrasings have together.
        var stems = 0
    }

    private var classes: [Class] = []
    /// How often a stem appears in one class's phrasings.
    private struct Count: Sendable, Equatable {
        var slot: Int
        var count: Int
    }
    /// One row per stem in byte order, `stem TAB class:count ...` (classes where it never
    /// appears left out), kept as text and searched in place: `log` needs a handful of rows,
    /// and reading thousands at start-up would cost more than the rest of it.
    private var rows: [UInt8] = []
    /// Where each row starts in ``rows``.
    private var starts: [Int] = []

    /// An empty model: it names nothing.
    init() {}

    /// The model of these labelled phrasings (their content stems, language and gesture).
    init(_ examples: [(stems: Set<String>, language: LoveLanguage, gesture: Identifier<Gesture>?)]) {
        var index = [String: Int]()
        var byStem = [String: [Int: Int]]()
        for example in examples {
            let gesture = example.gesture
            let key = example.language.rawValue + "\t" + (gesture?.rawValue ?? "")
            let slot: Int
            if let known = index[key] {
                slot = known
            } else {
                slot = classes.count
                index[key] = slot
                classes.append(Class(language: example.language, gesture: gesture))
            }
            classes[slot].examples += 1
            classes[slot].stems += example.stems.count
            for stem in example.stems where !stem.utf8.contains(where: { $0 <= 32 }) { byStem[stem, default: [:]][slot, default: 0] += 1 }
        }
        let text = byStem.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map { stem, perClass in
            stem + "\t" + perClass.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: " ")
        }.joined(separator: "\n")
        setRows(Array(text.utf8))
    }

    /// Keeps the rows and finds where each starts.
    private mutating func setRows(_ bytes: [UInt8]) {
        rows = bytes
        starts = []
        guard !bytes.isEmpty else { return }
        starts.reserveCapacity(bytes.count / 24)
        starts.append(0)
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") && index + 1 < bytes.count { starts.append(index + 1) }
    }

    /// How many stems the model knows.
    var stemCount: Int { starts.count }

    /// The counts of a stem's row, or nil when the model does not know the stem.
    private func counts(_ stem: String) -> [Count]? {
        let wanted = Array(stem.utf8)
        return rows.withUnsafeBufferPointer { bytes -> [Count]? in
            // The row's stem against the wanted one, in byte order.
            func compare(_ row: Int) -> Int {
                var at = starts[row], index = 0
                while at < bytes.count, bytes[at] != UInt8(ascii: "\t"), index < wanted.count {
                    if bytes[at] != wanted[index] { return bytes[at] < wanted[index] ? -1 : 1 }
                    at += 1
                    index += 1
                }
                let rowEnded = at >= bytes.count || bytes[at] == UInt8(ascii: "\t")
                if rowEnded && index == wanted.count { return 0 }
                return rowEnded ? -1 : 1
            }
            var low = 0, high = starts.count - 1
            while low <= high {
                let middle = (low + high) / 2
                let order = compare(middle)
                if order == 0 { return Self.parseCounts(bytes, from: starts[middle], classes: classes.count) }
                if order < 0 { low = middle + 1 } else { high = middle - 1 }
            }
            return nil
        }
    }

    /// The `class:count` items of the row starting at `start`.
    private static func parseCounts(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, classes: Int) -> [Count] {
        var at = start
        while at < bytes.count, bytes[at] != UInt8(ascii: "\t") { at += 1 }
        var found = [Count](), slot = 0, value = 0, inCount = false
        func finish() {
            if inCount, slot < classes { found.append(Count(slot: slot, count: value)) }
            slot = 0
            value = 0
            inCount = false
        }
        at += 1
        while at < bytes.count, bytes[at] != UInt8(ascii: "\n") {
            let byte = bytes[at]
            if byte == UInt8(ascii: " ") {
                finish()
            } else if byte == UInt8(ascii: ":") {
                inCount = true
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), value < 100_000_000, slot < 100_000_000 {
                if inCount { value = value * 10 + Int(byte - UInt8(ascii: "0")) } else { slot = slot * 10 + Int(byte - UInt8(ascii: "0")) }
            } else {
                // Not a count: the item is left out.
                inCount = false
                while at + 1 < bytes.count, bytes[at + 1] != UInt8(ascii: " "), bytes[at + 1] != UInt8(ascii: "\n") { at += 1 }
                slot = 0
                value = 0
            }
            at += 1
        }
        finish()
        return found
    }

    /// The gesture of `language` whose phrasings' words are likeliest for `stems`, with its
    /// chance among that language's gestures; nil when the model knows no word of the title or
    /// no gesture of the language.
    func best(for stems: Set<String>, language: LoveLanguage, smoothing: Double = GestureModel.smoothing) -> (gesture: Identifier<Gesture>, chance: Double)? {
        let slots = classes.indices.filter { classes[$0].language == language }
        guard !slots.isEmpty else { return nil }
        let known = stems.sorted().compactMap { counts($0) }
        guard !known.isEmpty else { return nil }
        let vocabulary = Double(max(1, stemCount))
        let total = Double(slots.reduce(0) { $0 + classes[$1].examples })
        var logs = [Double](repeating: 0, count: classes.count)
        for slot in slots {
            let size = Double(classes[slot].stems) + smoothing * vocabulary
            var sum = log(Double(classes[slot].examples) / total)
            for perClass in known {
                let count = perClass.first { $0.slot == slot }?.count ?? 0
                sum += log((Double(count) + smoothing) / size)
            }
            logs[slot] = sum
        }
        let top = slots.map { logs[$0] }.max() ?? 0
        var bestSlot = slots[0], sum = 0.0
        for slot in slots {
            sum += exp(logs[slot] - top)
            if logs[slot] > logs[bestSlot] { bestSlot = slot }
        }
        guard let gesture = classes[bestSlot].gesture else { return nil }
        return (gesture, 1 / sum)
    }

    /// The model as text, as ``init(serialized:)`` reads it: a first line naming the classes
    /// (`#` then `language:gesture:phrasings:stems` for each, `-` for no gesture), then one line
    /// per stem in byte order (`stem TAB class:count ...`).
    var serialized: String {
        let header = "#\t" + classes.map { "\($0.language.rawValue):\($0.gesture?.rawValue ?? "-"):\($0.examples):\($0.stems)" }.joined(separator: " ")
        return rows.isEmpty ? header : header + "\n" + String(decoding: rows, as: UTF8.self)
    }

    /// A model read from ``serialized``: the classes are read, the rows kept to be searched.
    /// Classes it cannot read are left out, and so are counts of classes it does not have (the
    /// text is the project's own, checked by a test).
    init(serialized text: String) {
        let bytes = Array(text.utf8)
        let headerEnd = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        let header = String(decoding: bytes[..<headerEnd], as: UTF8.self)
        for item in header.dropFirst(2).split(separator: " ") {
            let parts = item.split(separator: ":").map(String.init)
            guard parts.count == 4, let language = LoveLanguage(rawValue: parts[0]), let examples = Int(parts[2]), let stems = Int(parts[3])
            else { continue }
            let gesture = parts[1] == "-" ? nil : Identifier<Gesture>(parts[1])
            classes.append(Class(language: language, gesture: gesture, examples: examples, stems: stems))
        }
        setRows(headerEnd < bytes.count ? Array(bytes[(headerEnd + 1)...]) : [])
    }

    /// The count added to every stem in every class, so that one unseen word does not rule a gesture out.
    static let smoothing = 0.2
}
