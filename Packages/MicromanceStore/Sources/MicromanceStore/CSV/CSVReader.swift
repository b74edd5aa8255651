/// A byte-level reader of RFC 4180 CSV: comma-separated fields, records ended by LF or
/// CRLF, fields in double quotes that may hold commas, quotes (doubled) and line breaks.
///
/// It records whether each field was quoted, so that an empty quoted field (`""`, an empty
/// string) can be told from an empty unquoted one (no value). Errors give the line and column.
struct CSVReader {
    /// One field of a record.
    struct Field: Equatable {
        var value: String
        var quoted: Bool
    }

    /// One record and the line it starts on (counted from 1).
    struct Record {
        var line: Int
        var fields: [Field]
    }

    /// A syntax error and where it is.
    struct Failure: Error, Equatable {
        var line: Int
        var column: Int
        var reason: String
    }

    /// The column of the byte at `offset` on the line starting at `lineStart`, counted in
    /// characters (Unicode scalars) from 1, as an editor shows it.
    static func column(_ bytes: [UInt8], _ lineStart: Int, _ offset: Int) -> Int {
        var count = 1
        for index in lineStart..<min(offset, bytes.count) where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Reads every record. A final line break is optional; blank lines are skipped.
    static func records(_ bytes: [UInt8]) throws(Failure) -> [Record] {
        if let bad = JSONLocator.firstInvalidUTF8(bytes) {
            let position = JSONLocator.position(of: bad, in: bytes)
            throw Failure(line: position.line, column: position.column, reason: "the text is not valid UTF-8")
        }
        var records = [Record]()
        var i = 0
        var line = 1
        var lineStart = 0
        let n = bytes.count
        // Skip a UTF-8 byte order mark, which some spreadsheets write.
        if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3; lineStart = 3 }
        // A table whose first line ends in CRLF was saved with Windows line ends, and the
        // editor that did so gave the line breaks inside quoted cells a CR too: they read as
        // the LF they were. (The store writes LF line ends, so a CR of its own is kept.)
        let crlf = endsInCRLF(bytes, from: i)
        while i < n {
            let recordLine = line
            var fields = [Field]()
            var endOfRecord = false
            // A blank line is not a record.
            if bytes[i] == 10 || (bytes[i] == 13 && i + 1 < n && bytes[i + 1] == 10) {
                i += bytes[i] == 10 ? 1 : 2
                line += 1
                lineStart = i
                continue
            }
            while !endOfRecord {
                if i < n, bytes[i] == 34 {  // quoted field
                    let openLine = line
                    let openAt = i, openLineStart = lineStart
                    // Counted only for an error: characters, not bytes (a title with é or ☕ before it).
                    var openColumn: Int { column(bytes, openLineStart, openAt) }
                    i += 1
                    var value = [UInt8]()
                    var closed = false
                    while i < n {
                        let b = bytes[i]
                        if b == 34 {
                            if i + 1 < n, bytes[i + 1] == 34 {
                                value.append(34)
                                i += 2
                                continue
                            }
                            i += 1
                            closed = true
                            break
                        }
                        if b == 10 { line += 1; lineStart = i + 1 }
                        if crlf, b == 13, i + 1 < n, bytes[i + 1] == 10 {
                            i += 1
                            continue
                        }
                        value.append(b)
                        i += 1
                    }
                    guard closed else {
                        throw Failure(
                            line: openLine, column: openColumn,
                            reason: "a quoted field opens here but never closes: if this quote is a stray one, remove it; "
                                + "else add the closing '\"' where the field ends")
                    }
                    fields.append(Field(value: String(decoding: value, as: UTF8.self), quoted: true))
                    if i < n, bytes[i] != 44, bytes[i] != 10, !(bytes[i] == 13 && i + 1 < n && bytes[i + 1] == 10) {
                        // A field that ran over lines before going wrong most likely opened
                        // with a stray quote: the error is named where that quote is.
                        guard line == openLine else {
                            throw Failure(
                                line: openLine, column: openColumn,
                                reason: "a quoted field opens here and runs on to line \(line), column \(column(bytes, lineStart, i) - 1), "
                                    + "where text follows its closing quote. If this quote is a stray one, remove it; "
                                    + "if the field is meant to span lines, write each quote inside it as \"\"")
                        }
                        throw Failure(
                            line: line, column: column(bytes, lineStart, i),
                            reason:
                                "unexpected text after the quote at column \(column(bytes, lineStart, i) - 1), which closes the quoted field "
                                + "opened at column \(openColumn): a quote inside a quoted field is written as \"\"; if the quote "
                                + "at column \(openColumn) is a stray one, remove it")
                    }
                } else {
                    let start = i
                    while i < n, bytes[i] != 44, bytes[i] != 10 {
                        if bytes[i] == 13, i + 1 < n, bytes[i + 1] == 10 { break }
                        if bytes[i] == 34 {
                            throw Failure(
                                line: line, column: column(bytes, lineStart, i),
                                reason: "a '\"' inside a field that does not start with one: remove it, or put the whole "
                                    + "field in quotes and write each quote inside it as \"\"")
                        }
                        i += 1
                    }
                    fields.append(Field(value: String(decoding: bytes[start..<i], as: UTF8.self), quoted: false))
                }
                if i >= n {
                    endOfRecord = true
                } else if bytes[i] == 44 {
                    i += 1
                    if i >= n { fields.append(Field(value: "", quoted: false)); endOfRecord = true }
                } else {
                    i += bytes[i] == 10 ? 1 : 2
                    line += 1
                    lineStart = i
                    endOfRecord = true
                }
            }
            records.append(Record(line: recordLine, fields: fields))
        }
        return records
    }

    /// Whether the first record from `start` ends in CRLF (read as the table's line ends); a
    /// line break inside a quoted cell of that record does not count.
    static func endsInCRLF(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var quoted = false
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            if b == 34 {
                quoted.toggle()
            } else if b == 10, !quoted {
                return i > start && bytes[i - 1] == 13
            }
            i += 1
        }
        return false
    }

    static func endsInCRLF(_ bytes: [UInt8], from start: Int) -> Bool {
        bytes.withUnsafeBufferPointer { endsInCRLF($0, from: start) }
    }
}
