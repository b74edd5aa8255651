/// What spreadsheets do to the cells of a CSV table they open and save again, and how the
/// CSV store keeps its values through that.
///
/// LibreOffice Calc, Excel and Google Sheets turn a text cell that reads as a number, a date,
/// a time or a truth value into that value, and write it back in their own form: leading
/// zeros go (`0979140877689441` becomes `979140877689441`), long numbers lose digits
/// (`9.3579905404302E+015`), `10e6717638583966` overflows, `2019-06-01` may come back as
/// `06/01/19`. A leading apostrophe keeps a cell as text in all of them and survives the
/// round trip, and the reader removes exactly one, so the store writes one before any text
/// cell that a spreadsheet would read as a value (``looksLikeValue(_:)``).
///
/// Some damage is done before the store can prevent it (a table written by an older version,
/// or a cell typed in the spreadsheet). ``idDamage(_:)`` and ``timestampDamage(_:)`` recognise
/// what a spreadsheet leaves behind, so the error can say what probably happened.
enum SpreadsheetCells {
    /// Whether a spreadsheet would read `text` as a number, money, a percentage, a date, a time
    /// or a truth value rather than as text, in English, German, French, Spanish, Italian,
    /// Portuguese or Dutch: digits with only number, date and currency punctuation around
    /// them (`1.5.`, `5/3`, `1 234,5`, `12,50 €`, `50 %`), and at most the words a date or a
    /// number may hold in those languages (an exponent `e`, a month or its abbreviation, am/pm);
    /// or a truth value (`TRUE`, `WAHR`, `VRAI`, `VERDADERO`, `VERO`, `WAAR`, …).
    static func looksLikeValue(_ text: String) -> Bool {
        let utf8 = text.utf8
        let ascii =
            utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains { $0 >= 0x80 } } ?? !utf8.contains { $0 >= 0x80 }
        guard ascii else {
            // Accented month names (März, févr., août), the euro and pound signs and no-break
            // spaces: folded to ASCII words and spaces, then read as below. Only Latin letters,
            // their accents, spaces, currency and letter-like signs can fold to ASCII: a cell
            // with any other character (an emoji, Cyrillic, CJK) is text as it is, found without
            // folding, which cost a save a quarter of its time on notes with such characters.
            guard text.unicodeScalars.count <= 64, text.unicodeScalars.allSatisfy(mayFoldToASCII) else { return false }
            // Folding makes no digit and drops only marks: without a digit, a cell is a value
            // only as a truth word of at most ten letters ("Zoë's favourite" is not one).
            let hasDigit = utf8.contains { $0 &- 48 < 10 }
            if !hasDigit, text.unicodeScalars.count(where: { !mayVanishInFolding($0) }) > 10 { return false }
            return looksLikeValueFolding(text)
        }
        return looksLikeASCIIValue(utf8)
    }

    /// Whether `scalar` may fold (without diacritics or case) into ASCII or one of the spaces and
    /// currency signs read below.
    static func mayFoldToASCII(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0...0x24F, 0x300...0x36F, 0x1E00...0x1EFF, 0x2000...0x206F, 0x20A0...0x20CF, 0x2100...0x214F, 0xFB00...0xFB06: true
        // The Greek question mark and varia, and ≠ ≮ ≯, which fold to ; ` = < >.
        case 0x37E, 0x1FEF, 0x2260, 0x226E, 0x226F: true
        default: mayVanishInFolding(scalar)
        }
    }

    /// Marks, modifiers and invisible format characters of any script (accents, voiced-sound
    /// marks, skin tones, tags): folding may drop them from the letter or digit before them.
    static func mayVanishInFolding(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .modifierLetter, .modifierSymbol, .format: true
        default: false
        }
    }

    /// ``looksLikeValue(_:)`` for a cell with characters beyond ASCII: folded, then read as ASCII.
    static func looksLikeValueFolding(_ text: String) -> Bool {
        guard text.unicodeScalars.count <= 64 else { return false }
        var folded = ""
        for scalar in text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).unicodeScalars {
            switch scalar {
            case "€", "£", "¥", "\u{A0}", "\u{202F}", "\u{2009}": folded.append(" ")
            case _ where scalar.isASCII: folded.unicodeScalars.append(scalar)
            default: return false
            }
        }
        return looksLikeValue(folded)
    }

    /// ``looksLikeValue(_:)`` for a cell whose `bytes` the caller has scanned already: whether
    /// any is beyond ASCII, and whether any is a digit (the CSV writer learns both in the pass
    /// that looks for characters to quote, so a cell is read once, not three times).
    static func looksLikeValue(_ text: String, bytes: UnsafeBufferPointer<UInt8>, beyondASCII: Bool, hasDigit: Bool) -> Bool {
        if beyondASCII {
            // Without a digit a cell is a value only as a truth word of at most ten letters
            // once folded, and no ASCII character but `^` and a backquote vanishes in folding:
            // more than ten others rule it out without reading the text's scalars (looking up
            // each scalar's category took a 1M save a tenth of its time in the cells).
            if !hasDigit, bytes.count(where: { $0 < 0x80 && $0 != 0x5E && $0 != 0x60 }) > 10 { return false }
            return looksLikeValue(text)
        }
        if !hasDigit {
            guard (4...10).contains(bytes.count), let word = packed(bytes) else { return false }
            return truthWords.contains(word)
        }
        return looksLikeNumberOrDate(bytes)
    }

    /// ``looksLikeValue(_:)`` for a cell of ASCII characters.
    private static func looksLikeASCIIValue(_ utf8: String.UTF8View) -> Bool {
        // Most cells (titles, notes) hold no digit: only a truth value can then be a value.
        let hasDigit =
            utf8.withContiguousStorageIfAvailable { bytes in bytes.contains { $0 &- 48 < 10 } }
            ?? utf8.contains { $0 &- 48 < 10 }
        if !hasDigit {
            guard (4...10).contains(utf8.count), let word = packed(utf8) else { return false }
            return truthWords.contains(word)
        }
        return looksLikeNumberOrDate(utf8)
    }

    /// Whether ASCII `bytes` holding a digit read as a number or a date.
    private static func looksLikeNumberOrDate<S: Sequence<UInt8>>(_ utf8: S) -> Bool {
        // Words are packed 5 bits a letter into an integer, so nothing is allocated per cell.
        // A number or a date holds at most two words (`5 Mar 2026 10:00 pm`, `…T10:00Z`), and
        // one that starts with a word starts with a month: `t22may9r7820z`, an id made of
        // allowed words and digits, is text to every spreadsheet (a new user's trial found it
        // written with an apostrophe, which a reader other than a spreadsheet keeps).
        var digits = false
        var word: UInt64 = 0, letters = 0, words = 0
        var started = false
        func wordAllowed() -> Bool {
            defer { word = 0; letters = 0 }
            guard letters > 0 else { return true }
            words += 1
            let first = !started
            started = true
            return allowedWords.contains(word) && words <= 2 && (!first || !nonMonthWords.contains(word))
        }
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard wordAllowed() else { return false }
                digits = true
                started = true
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                letters += 1
                if letters > 10 { return false }
                word = word << 5 | UInt64((byte | 0x20) - 96)
            case UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "/"),
                UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "%"), UInt8(ascii: "$"), UInt8(ascii: "("),
                UInt8(ascii: ")"):
                guard wordAllowed() else { return false }
            default:
                return false
            }
        }
        return wordAllowed() && digits
    }

    /// A word of up to ten ASCII letters packed 5 bits a letter; nil for anything else.
    private static func packed<S: Sequence<UInt8>>(_ bytes: S) -> UInt64? {
        var word: UInt64 = 0, count = 0
        for byte in bytes {
            let lower = byte | 0x20
            guard lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "z"), count < 10 else { return nil }
            word = word << 5 | UInt64(lower - 96)
            count += 1
        }
        return word
    }

    private static func packedSet(_ words: [String]) -> PackedWords { PackedWords(words.compactMap { packed($0.utf8) }) }

    /// A set of packed words, looked up by a multiplication and a probe or two: every id a
    /// save writes is checked against the month names, and `Set`'s hashing of each took a
    /// tenth of a 1M-moment CSV save's encoding (callgrind).
    struct PackedWords {
        /// An open-addressing table at most a quarter full; 0 marks an empty slot (no packed
        /// word is 0: letters pack as 1 to 26).
        private let slots: [UInt64]
        private let shift: UInt64

        init(_ words: [UInt64]) {
            var bits = 4
            while 1 << bits < words.count * 4 { bits += 1 }
            shift = UInt64(64 - bits)
            var table = [UInt64](repeating: 0, count: 1 << bits)
            for word in words where word != 0 {
                var index = Self.slot(word, shift: shift)
                while table[index] != 0, table[index] != word { index = (index + 1) & (table.count - 1) }
                table[index] = word
            }
            slots = table
        }

        @inline(__always)
        private static func slot(_ word: UInt64, shift: UInt64) -> Int {
            Int(truncatingIfNeeded: (word &* 0x9E37_79B9_7F4A_7C15) >> shift)
        }

        func contains(_ word: UInt64) -> Bool {
            guard word != 0 else { return false }
            return slots.withUnsafeBufferPointer { table in
                var index = Self.slot(word, shift: shift)
                while true {
                    let found = table[index]
                    if found == word { return true }
                    if found == 0 { return false }
                    index = (index + 1) & (table.count - 1)
                }
            }
        }
    }

    /// Truth values as the seven languages' spreadsheets write them.
    private static let truthWords = packedSet([
        "true", "false", "wahr", "falsch", "vrai", "faux", "verdadero", "falso", "vero", "verdadeiro", "waar", "onwaar",
    ])

    /// Words of ``allowedWords`` that no number or date starts with (`R$ 12,50` does start with
    /// its currency's R).
    private static let nonMonthWords = packedSet(["e", "am", "pm", "t", "z"])

    /// Words a cell may hold and still be read as a number or a date: the exponent, am/pm,
    /// ISO's T and Z, and the months and their abbreviations in the seven languages (folded:
    /// `März` is `marz`, `août` is `aout`).
    private static let allowedWords = packedSet(
        [
            "e", "am", "pm", "t", "z", "r",
            // English
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
            // German
            "januar", "februar", "marz", "mrz", "mai", "juni", "juli", "okt", "oktober", "dez", "dezember",
            // French
            "janv", "janvier", "fev", "fevr", "fevrier", "mars", "avr", "avril", "juin", "juil", "juillet", "aout",
            "septembre", "octobre", "novembre", "decembre",
            // Spanish
            "ene", "enero", "febrero", "marzo", "abr", "abril", "mayo", "junio", "julio", "ago", "agosto", "septiembre",
            "setiembre", "octubre", "noviembre", "dic", "diciembre",
            // Italian
            "gen", "gennaio", "febbraio", "aprile", "mag", "maggio", "giu", "giugno", "lug", "luglio", "set", "settembre",
            "ott", "ottobre", "dicembre",
            // Portuguese
            "janeiro", "fevereiro", "marco", "maio", "junho", "julho", "setembro", "out", "outubro", "dezembro",
            // Dutch
            "januari", "februari", "maart", "mrt", "mei", "augustus",
        ])

    /// What a spreadsheet did on its own to a text cell that Micromance wrote as `written` and
    /// that now holds `found`, or nil when the change looks like a person's edit:
    /// - characters the file's encoding cannot hold (Windows-1252, say) became `?`;
    /// - the text was cut at a cell's length limit (32,767 characters in LibreOffice and Excel);
    /// - the field was split at a semicolon or a tab (a spreadsheet that separates fields with
    ///   them, as LibreOffice's import does by default);
    /// - a value that reads as a number, an amount, a percentage, a date or a time in one of
    ///   the seven languages (``looksLikeValue(_:)``) came back in another form of one.
    static func damage(written: String, found: String) -> String? {
        guard written != found else { return nil }
        if found.contains("?") {
            let kept = String(String.UnicodeScalarView(written.unicodeScalars.filter { $0 != "?" && windows1252($0) }))
            if kept == found.replacingOccurrences(of: "?", with: "") {
                return "characters the spreadsheet's file encoding cannot hold became '?' (save the table as UTF-8)"
            }
        }
        if found.count < written.count, written.hasPrefix(found), written.count > 32_000 {
            return "it was cut at \(found.count) characters, the most a spreadsheet cell holds"
        }
        for (separator, name) in [(";", "semicolon"), ("\t", "tab")] where written.contains(separator) {
            let first = written.components(separatedBy: separator)[0]
            if found == first || found.trimmingCharacters(in: .whitespaces) == first.trimmingCharacters(in: .whitespaces) {
                return "it was split at a \(name), as a spreadsheet does when it separates fields with \(name)s too "
                    + "(import the table with the comma as the only separator)"
            }
        }
        let foundIsValue = looksLikeValue(found)
        if looksLikeValue(written) && (foundIsValue || found.trimmingCharacters(in: .whitespaces).isEmpty)
            || foundIsValue && written.contains(where: \.isNumber)
        {
            return "a spreadsheet read it as a number, an amount, a percentage or a date and wrote it back in its own form "
                + "(import the column as Text to keep it as written)"
        }
        return nil
    }

    /// Whether Windows-1252, the encoding a spreadsheet on Windows saves CSV in, holds `scalar`.
    private static func windows1252(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 || (scalar.value >= 0xA0 && scalar.value <= 0xFF)
            || "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".unicodeScalars.contains(scalar)
    }

    /// What a spreadsheet probably did to a moment's id, or nil when the id shows no sign of it.
    ///
    /// Ids are written by this store with a guard when they look like numbers, so a cell that
    /// now holds a number in scientific notation, or 13 to 15 digits (a 16-digit id whose
    /// leading zeros were dropped), was rewritten by a program that read the table.
    static func idDamage(_ id: String) -> String? {
        let bytes = Array(id.utf8)
        if isScientific(bytes) {
            return "it looks like a number a spreadsheet rewrote in scientific notation; the id's original digits are lost"
        }
        if (13...15).contains(bytes.count), bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            return "it looks like a 16-digit id whose leading zeros a spreadsheet dropped"
        }
        return nil
    }

    /// `1.5E+15`, `9.3579905404302E+015`, `1E+308`: a mantissa, `E`, a signed exponent.
    private static func isScientific(_ bytes: [UInt8]) -> Bool {
        guard let e = bytes.firstIndex(where: { $0 == UInt8(ascii: "E") || $0 == UInt8(ascii: "e") }), e > 0 else { return false }
        let mantissa = bytes[..<e], exponent = bytes[(e + 1)...]
        let digit: (UInt8) -> Bool = { $0 >= 48 && $0 <= 57 }
        guard mantissa.filter({ $0 == UInt8(ascii: ".") }).count <= 1,
            mantissa.allSatisfy({ digit($0) || $0 == UInt8(ascii: ".") }),
            let sign = exponent.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"),
            exponent.count > 1, exponent.dropFirst().allSatisfy(digit)
        else { return false }
        return mantissa.contains(UInt8(ascii: ".")) || exponent.count > 2
    }

    /// What a spreadsheet probably did to a timestamp it could not keep, or nil when the text
    /// does not look like a date at all.
    static func timestampDamage(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        let digit: (UInt8) -> Bool = { $0 >= 48 && $0 <= 57 }
        if !bytes.isEmpty, bytes.allSatisfy({ digit($0) || $0 == UInt8(ascii: ".") }), bytes.contains(where: digit) {
            return "it looks like a spreadsheet's date serial number (days since 1899) with the time zone lost"
        }
        if bytes.contains(UInt8(ascii: "/")) || (bytes.count >= 16 && bytes[10] == UInt8(ascii: " ")) {
            return "it looks like a spreadsheet reformatted the date and time and dropped the offset from UTC"
        }
        return nil
    }

    /// The advice that ends an error about a damaged cell.
    static let advice =
        "restore the table from a backup or another copy of the journal, or put the original value back by hand; "
        + "in a spreadsheet, import the column as Text to keep it as written"
}
