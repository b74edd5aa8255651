/// Writes RFC 4180 CSV with LF line endings.
///
/// A field is quoted when it holds a comma, a semicolon, a tab, a quote, a line break, or is
/// an empty string (an empty unquoted field means "no value"): a spreadsheet that splits
/// fields at semicolons and tabs too (LibreOffice's default import) keeps a quoted one whole. A field a spreadsheet would run as a formula
/// (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, and so
/// does a field that itself starts with `'`; ``CSVCell/unguard(_:)`` removes exactly one,
/// so the round trip is lossless and opening the table in a spreadsheet runs nothing.
/// A text cell that a spreadsheet would read as a number or a date gets the same guard
/// (``SpreadsheetCells/looksLikeValue(_:)``), so it comes back from the spreadsheet as written.
enum CSVCell {
    /// The characters that make a spreadsheet treat a cell as a formula, and the guard itself.
    static func needsGuard(_ text: String) -> Bool { needsGuard(first: text.utf8.first) }

    /// ``needsGuard(_:)`` from the text's first byte (nil for an empty text).
    @inline(__always)
    static func needsGuard(first: UInt8?) -> Bool {
        guard let first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 9, 13, UInt8(ascii: "'"): return true
        default: return false
        }
    }

    /// The text as read: one leading `'` removed.
    static func unguard(_ text: String) -> String { text.hasPrefix("'") ? String(text.dropFirst()) : text }

    /// What each byte tells a cell's writer: beyond ASCII (1), a digit (2), a character that
    /// needs the cell quoted (4: comma, quote, line breaks, semicolon, tab).
    private static let byteKinds: [UInt8] = (0...255).map { byte -> UInt8 in
        if byte >= 0x80 { return 1 }
        if byte >= 48, byte <= 57 { return 2 }
        return [44, 34, 10, 13, 59, 9].contains(byte) ? 4 : 0
    }

    /// Appends one field (nil for no value) to `out`, guarded and quoted as needed. A `text`
    /// cell that reads as a number or a date is guarded too; numbers meant as numbers are not.
    static func append<Out: ByteOutput & ~Copyable>(_ value: String?, text: Bool = true, to out: inout Out) {
        guard let value else { return }
        if value.isEmpty {
            out.append(34); out.append(34)
            return
        }
        // Read once, in place, for what quoting and the guard need to know.
        func write(_ bytes: UnsafeBufferPointer<UInt8>) {
            var seen: UInt8 = 0
            byteKinds.withUnsafeBufferPointer { kinds in
                for byte in bytes { seen |= kinds[Int(byte)] }
            }
            let guardIt =
                needsGuard(first: bytes.first)
                || (text && SpreadsheetCells.looksLikeValue(value, bytes: bytes, beyondASCII: seen & 1 != 0, hasDigit: seen & 2 != 0))
            guard seen & 4 != 0 else {
                if guardIt { out.append(39) }
                out.append(bytes: bytes)
                return
            }
            out.append(34)
            if guardIt { out.append(39) }
            var start = 0
            for index in bytes.indices where bytes[index] == 34 {
                out.append(bytes: UnsafeBufferPointer(rebasing: bytes[start...index]))
                out.append(34)
                start = index + 1
            }
            out.append(bytes: UnsafeBufferPointer(rebasing: bytes[start...]))
            out.append(34)
        }
        // A native string always has its bytes in one piece; a bridged one is made native first.
        if value.utf8.withContiguousStorageIfAvailable(write) == nil {
            var native = value
            native.makeContiguousUTF8()
            _ = native.utf8.withContiguousStorageIfAvailable(write)
        }
    }

    /// Appends a record (fields separated by commas, then LF). Columns in `numbers` hold
    /// numbers meant as numbers, written without a guard.
    static func appendRecord<Out: ByteOutput & ~Copyable>(_ fields: [String?], numbers: Set<Int> = [], to out: inout Out) {
        for (index, field) in fields.enumerated() {
            if index > 0 { out.append(44) }
            append(field, text: !numbers.contains(index), to: &out)
        }
        out.append(10)
    }
}
