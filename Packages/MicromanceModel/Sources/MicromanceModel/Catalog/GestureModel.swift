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
    /// For each stem, how often it appears in each class's phrasings (classes where it never does left out).
    private var counts: [String: [Count]] = [:]

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
            for stem in example.stems { byStem[stem, default: [:]][slot, default: 0] += 1 }
        }
        counts = byStem.mapValues { $0.sorted { $0.key < $1.key }.map { Count(slot: $0.key, count: $0.value) } }
    }

    /// The gesture of `language` whose phrasings' words are likeliest for `stems`, with its
    /// chance among that language's gestures; nil when the model knows no word of the title or
    /// no gesture of the language.
    func best(for stems: Set<String>, language: LoveLanguage, smoothing: Double = GestureModel.smoothing) -> (gesture: Identifier<Gesture>, chance: Double)? {
        let slots = classes.indices.filter { classes[$0].language == language }
        guard !slots.isEmpty else { return nil }
        let known = stems.compactMap { counts[$0] }
        guard !known.isEmpty else { return nil }
        let vocabulary = Double(max(1, counts.count))
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
        let rows = counts.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map { stem, perClass in
            stem + "\t" + perClass.map { "\($0.slot):\($0.count)" }.joined(separator: " ")
        }
        return ([header] + rows).joined(separator: "\n")
    }

    /// A model read from ``serialized``; lines it cannot read are left out (the text is the
    /// project's own, checked by a test).
    init(serialized text: String) {
        for (number, line) in text.utf8.split(separator: UInt8(ascii: "\n")).enumerated() {
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            guard fields.count == 2 else { continue }
            let items = fields[1].split(separator: UInt8(ascii: " "))
            if number == 0 {
                for item in items {
                    let parts = item.split(separator: UInt8(ascii: ":")).map { String(decoding: $0, as: UTF8.self) }
                    guard parts.count == 4, let language = LoveLanguage(rawValue: parts[0]), let examples = Int(parts[2]),
                        let stems = Int(parts[3])
                    else { continue }
                    let gesture = parts[1] == "-" ? nil : Identifier<Gesture>(parts[1])
                    classes.append(Class(language: language, gesture: gesture, examples: examples, stems: stems))
                }
                continue
            }
            var perClass = [Count]()
            for item in items {
                let parts = item.split(separator: UInt8(ascii: ":"))
                guard parts.count == 2, let slot = Self.number(parts[0]), let count = Self.number(parts[1]), slot < classes.count else {
                    continue
                }
                perClass.append(Count(slot: slot, count: count))
            }
            counts[String(decoding: fields[0], as: UTF8.self)] = perClass
        }
    }

    /// A whole number written in ASCII digits.
    private static func number<Digits: Collection<UInt8>>(_ digits: Digits) -> Int? {
        guard !digits.isEmpty, digits.count < 10 else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// The count added to every stem in every class, so that one unseen word does not rule a gesture out.
    static let smoothing = 0.2
}
