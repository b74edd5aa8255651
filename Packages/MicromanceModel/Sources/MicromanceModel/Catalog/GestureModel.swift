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
    /// appears left out), searched in place: `log` needs a handful of rows.
    private var rows = SortedRows()

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
        rows = SortedRows(Array(text.utf8))
    }

    /// The counts of a stem's row (`class:count` items; others left out), or nil when the
    /// model does not know the stem.
    private func counts(_ stem: String) -> [Count]? {
        guard let range = rows.value(of: stem) else { return nil }
        var found = [Count]()
        for item in rows.bytes[range].split(separator: UInt8(ascii: " ")) {
            guard let colon = item.firstIndex(of: UInt8(ascii: ":")), let slot = Self.number(item[..<colon]),
                let count = Self.number(item[(colon + 1)...]), slot < classes.count
            else { continue }
            found.append(Count(slot: slot, count: count))
        }
        return found
    }

    /// A whole number written in ASCII digits.
    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count < 10 else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// The gesture of `language` whose phrasings' words are likeliest for `stems`, with its
    /// chance among that language's gestures; nil when the model knows no word of the title or
    /// no gesture of the language.
    func best(
        for stems: Set<String>, language: LoveLanguage, smoothing: Double = GestureModel.smoothing
    ) -> (gesture: Identifier<Gesture>, chance: Double)? {
        let slots = classes.indices.filter { classes[$0].language == language }
        guard !slots.isEmpty else { return nil }
        let known = stems.sorted().compactMap { counts($0) }
        guard !known.isEmpty else { return nil }
        let vocabulary = Double(max(1, rows.count))
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
        let header =
            "#\t"
            + classes.map { "\($0.language.rawValue):\($0.gesture?.rawValue ?? "-"):\($0.examples):\($0.stems)" }.joined(separator: " ")
        return rows.count == 0 ? header : header + "\n" + String(decoding: rows.bytes, as: UTF8.self)
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
        rows = SortedRows(headerEnd < bytes.count ? Array(bytes[(headerEnd + 1)...]) : [])
    }

    /// The count added to every stem in every class, so that one unseen word does not rule a gesture out.
    static let smoothing = 0.2
}
