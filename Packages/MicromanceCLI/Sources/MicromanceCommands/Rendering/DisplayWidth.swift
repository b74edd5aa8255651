/// How many terminal columns text takes: wide (East Asian Wide and Fullwidth) characters and
/// emoji shown as pictures take two, combining marks and zero-width joiners none, everything
/// else one. Counted per grapheme cluster, as terminals draw them; a sequence of emoji joined
/// by U+200D is one picture of two columns. A text-style symbol made an emoji by U+FE0F
/// (❤️) counts two, as Unicode has it; some terminals (tmux 3.3) advance one.
enum DisplayWidth {
    /// The columns `text` takes.
    static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// The columns one character (grapheme cluster) takes.
    static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x20 || (0x7F..<0xA0).contains(first.value) { return 0 }
        if first.properties.generalCategory == .nonspacingMark || first.value == 0x200B { return 0 }
        // An emoji sequence joined by U+200D (a family, a profession) is one picture, two
        // columns wide, as Unicode's emoji specification has it and as terminals that know it
        // (tmux 3.3 measured in scripts/terminal-test) advance the cursor. Other text joined by
        // U+200D counts as its parts.
        if scalars.contains(where: { $0.value == 0x200D }) {
            if first.properties.isEmoji && (first.properties.isEmojiPresentation || scalars.contains { $0.value == 0xFE0F }) {
                return 2
            }
            return scalars.reduce(0) { total, scalar in
                scalar.value == 0x200D || scalar.value == 0xFE0F
                    ? total
                    : total + (scalar.properties.isEmojiPresentation || isWide(scalar.value) ? 2 : 1)
            }
        }
        // An emoji drawn as a picture: one that is by default, or any emoji asked for as one
        // (U+FE0F), or a keycap or flag sequence.
        if first.properties.isEmojiPresentation { return 2 }
        if scalars.count > 1, first.properties.isEmoji, scalars.contains(where: { $0.value == 0xFE0F || $0.value == 0x20E3 }) {
            return 2
        }
        if (0x1F1E6...0x1F1FF).contains(first.value) { return 2 }
        return isWide(first.value) ? 2 : 1
    }

    /// East Asian Wide and Fullwidth ranges (Unicode's EastAsianWidth.txt, W and F).
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
            0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
            0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF,
            0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// The longest start of `text` that fits in `width` columns.
    static func prefix(_ text: String, fitting width: Int) -> String {
        var used = 0
        var out = ""
        for character in text {
            let next = of(character)
            if used + next > width { break }
            used += next
            out.append(character)
        }
        return out
    }

    /// `text` broken at spaces into lines of at most `width` columns (a word longer than a
    /// line is cut), the first starting with `first` and the rest with `rest` (a hanging indent).
    static func wrap(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
        var lines = [String]()
        var line = first
        var used = of(first)
        var lineHasWord = false
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            var word = word
            let room = width - of(rest)
            while of(word) > room, room > 0 {
                // A word wider than a whole line: put what fits on a line of its own.
                if lineHasWord {
                    lines.append(line)
                    line = rest
                    used = of(rest)
                }
                let piece = prefix(word, fitting: room)
                lines.append(line + piece)
                word = String(word.dropFirst(piece.count))
                line = rest
                used = of(rest)
                lineHasWord = false
            }
            let needed = (lineHasWord ? 1 : 0) + of(word)
            if lineHasWord, used + needed > width {
                lines.append(line)
                line = rest
                used = of(rest)
                lineHasWord = false
            }
            if lineHasWord {
                line += " "
                used += 1
            }
            line += word
            used += of(word)
            lineHasWord = true
        }
        lines.append(line)
        return lines
    }
}
