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
    /// Whether a spreadsheet would read `text` as a number, a date, a time or TRUE/FALSE
    /// rather than as text: digits with only number and date punctuation around them, and
    /// at most the words a date or a number may hold (an exponent `e`, a month, am/pm).
    static func looksLikeValue(_ text: String) -> Bool {
        // Most cells (titles, notes) hold no digit: only TRUE and FALSE can then be values.
        let utf8 = text.utf8
        let hasDigit =
            utf8.withContiguousStorageIfAvailable { bytes in bytes.contains { $0 &- 48 < 10 } }
            ?? utf8.contains { $0 &- 48 < 10 }
        if !hasDigit {
            guard utf8.count == 4 || utf8.count == 5 else { return false }
            let word = utf8.reduce(UInt64(0)) { $0 << 7 | UInt64($1 | 0x20) }
            return word == trueWord || word == falseWord
        }
        // Words are packed 7 bits a letter into an integer, so nothing is allocated per cell.
        var digits = false
        var word: UInt64 = 0, letters = 0, words = 0
        func wordAllowed() -> Bool {
            defer { word = 0; letters = 0 }
            if letters == 0 { return true }
            words += 1
            return allowedWords.contains(word)
        }
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard wordAllowed() else { return false }
                digits = true
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                letters += 1
                if letters > 9 { return false }
                word = word << 7 | UInt64(byte | 0x20)
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

    private static func packed(_ word: String) -> UInt64 { word.utf8.reduce(0) { $0 << 7 | UInt64($1) } }
    private static let trueWord = packed("true")
    private static let falseWord = packed("false")

    /// Words a cell may hold and still be read as a number or a date.
    private static let allowedWords: Set<UInt64> = Set(
        [
            "e", "am", "pm", "t", "z",
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        ].map(packed))

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
