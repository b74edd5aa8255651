/// Finds where a problem is in a JSON document, for error messages: the first syntax
/// error, or the line of the value at a coding path. Foundation's `JSONDecoder` reports
/// neither a line nor a column on Linux; this scanner reads the bytes once more, only
/// when something went wrong.
struct JSONLocator {
    /// A step into a JSON document: an object key or an array index.
    enum Step: Equatable {
        case key(String)
        case index(Int)
    }

    /// A place in the document, counted from 1.
    struct Position: Equatable {
        var line: Int
        var column: Int
    }

    /// A syntax problem and where it is.
    struct SyntaxError: Error, Equatable {
        var offset: Int
        var reason: String
    }

    private struct Found: Error { var offset: Int }

    /// Nesting deeper than this is reported as an error rather than risking the stack.
    static let maximumDepth = 512

    private let bytes: [UInt8]
    private var i = 0
    /// Whether a lone surrogate escape (`\\ud800` alone) is an error. A journal that holds one
    /// still reads (the decoder puts a replacement character); a request body does not.
    private var loneSurrogates = false

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The line and column of a byte offset.
    static func position(of offset: Int, in bytes: [UInt8]) -> Position {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 10 {
            line += 1
            lineStart = index + 1
        }
        // Columns count characters, not bytes: skip UTF-8 continuation bytes.
        let column = bytes[lineStart..<min(offset, bytes.count)].filter { $0 & 0xC0 != 0x80 }.count + 1
        return Position(line: line, column: column)
    }

    /// The first syntax error in `bytes`, or nil when the document is well-formed JSON.
    static func syntaxError(in bytes: [UInt8], refusingLoneSurrogates: Bool = false) -> SyntaxError? {
        if let bad = firstInvalidUTF8(bytes) { return SyntaxError(offset: bad, reason: "the text is not valid UTF-8") }
        var scanner = JSONLocator(bytes)
        scanner.loneSurrogates = refusingLoneSurrogates
        do {
            scanner.skipSpace()
            try scanner.value(path: nil, depth: 0)
            scanner.skipSpace()
            if scanner.i < bytes.count { throw scanner.error("unexpected text after the end of the document") }
            return nil
        } catch let error as SyntaxError {
            return error
        } catch {
            return nil
        }
    }

    /// The byte offset where the value at `path` starts, or nil when it is not there.
    static func offset(of path: [Step], in bytes: [UInt8]) -> Int? {
        var scanner = JSONLocator(bytes)
        do {
            scanner.skipSpace()
            try scanner.value(path: path[...], depth: 0)
        } catch let found as Found {
            return found.offset
        } catch {}
        return nil
    }

    private func error(_ reason: String) -> SyntaxError { SyntaxError(offset: i, reason: reason) }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 32 || bytes[i] == 10 || bytes[i] == 13 || bytes[i] == 9 { i += 1 }
    }

    private mutating func value(path: ArraySlice<Step>?, depth: Int) throws {
        if let path, path.isEmpty { throw Found(offset: i) }
        guard depth < Self.maximumDepth else { throw error("values are nested more than \(Self.maximumDepth) deep") }
        guard i < bytes.count else { throw error("the document ends where a value was expected") }
        switch bytes[i] {
        case UInt8(ascii: "{"): try object(path: path, depth: depth)
        case UInt8(ascii: "["): try array(path: path, depth: depth)
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        default: throw error("expected a value (an object, array, string, number, true, false or null)")
        }
    }

    private mutating func object(path: ArraySlice<Step>?, depth: Int) throws {
        i += 1
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return }
        var keys = Set<String>()
        while true {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw error("expected a key in double quotes") }
            let keyStart = i
            let key = try string()
            // A key given twice: a reader would keep one and the next save would drop the other.
            if path == nil, !keys.insert(key).inserted {
                i = keyStart
                throw error(
                    "the key \"\(StoreError.excerpt(key))\" appears twice in this object; keep the one you mean and remove the other")
            }
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error("expected ':' after the key \"\(key)\"") }
            i += 1
            skipSpace()
            let child: ArraySlice<Step>? = path.flatMap { $0.first == .key(key) ? $0.dropFirst() : nil }
            try value(path: child, depth: depth + 1)
            skipSpace()
            guard i < bytes.count else { throw error("the document ends inside an object; a '}' is missing") }
            if bytes[i] == UInt8(ascii: "}") { i += 1; return }
            guard bytes[i] == UInt8(ascii: ",") else { throw error("expected ',' or '}' after the value of \"\(key)\"") }
            i += 1
            skipSpace()
        }
    }

    private mutating func array(path: ArraySlice<Step>?, depth: Int) throws {
        i += 1
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return }
        var index = 0
        while true {
            let child: ArraySlice<Step>? = path.flatMap { $0.first == .index(index) ? $0.dropFirst() : nil }
            try value(path: child, depth: depth + 1)
            skipSpace()
            guard i < bytes.count else { throw error("the document ends inside a list; a ']' is missing") }
            if bytes[i] == UInt8(ascii: "]") { i += 1; return }
            guard bytes[i] == UInt8(ascii: ",") else { throw error("expected ',' or ']' after a list item") }
            i += 1
            skipSpace()
            index += 1
        }
    }

    private mutating func string() throws -> String {
        let start = i
        i += 1
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: bytes[(start + 1)..<(i - 1)], as: UTF8.self)
            }
            if byte < 0x20 { throw error("a control character (such as a raw line break) inside a string must be escaped") }
            if byte == UInt8(ascii: "\\") {
                i += 1
                guard i < bytes.count else { break }
                switch bytes[i] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                    UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    break
                case UInt8(ascii: "u"):
                    let unit = try hexUnit()
                    guard loneSurrogates else { break }
                    // A surrogate stands for nothing alone: a high one must be followed by a low one.
                    if (0xDC00...0xDFFF).contains(unit) { throw error("a \\u escape holds half a character (a lone surrogate)") }
                    if (0xD800...0xDBFF).contains(unit) {
                        guard i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "\\"), bytes[i + 2] == UInt8(ascii: "u") else {
                            throw error("a \\u escape holds half a character (a lone surrogate)")
                        }
                        i += 2
                        guard (0xDC00...0xDFFF).contains(try hexUnit()) else {
                            throw error("a \\u escape holds half a character (a lone surrogate)")
                        }
                    }
                default: throw error("unknown escape sequence in a string")
                }
            }
            i += 1
        }
        i = start
        throw error("a string is not closed; a '\"' is missing")
    }

    /// The four hex digits after `\\u` (at `i`, left on the last digit) as a UTF-16 unit.
    private mutating func hexUnit() throws -> Int {
        var unit = 0
        for _ in 0..<4 {
            i += 1
            guard i < bytes.count, Self.isHex(bytes[i]) else { throw error("\\u must be followed by four hex digits") }
            let digit = bytes[i]
            unit = unit * 16 + Int(digit <= 57 ? digit - 48 : (digit | 0x20) - 87)
        }
        return unit
    }

    private mutating func literal(_ word: String) throws {
        for byte in word.utf8 {
            guard i < bytes.count, bytes[i] == byte else { throw error("expected '\(word)'") }
            i += 1
        }
    }

    private mutating func number() throws {
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard digits() > 0 else { throw error("a number needs digits") }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { throw error("a number needs digits after the decimal point") }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { throw error("a number needs digits in its exponent") }
        }
    }

    private mutating func digits() -> Int {
        let start = i
        while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1 }
        return i - start
    }

    private static func isHex(_ b: UInt8) -> Bool {
        (48...57).contains(b) || (65...70).contains(b) || (97...102).contains(b)
    }

    /// The offset of the first byte that is not part of valid UTF-8, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            if b < 0x80 {
                i += 1; continue
            } else if b >= 0xC2 && b <= 0xDF {
                length = 2
            } else if b >= 0xE0 && b <= 0xEF {
                length = 3
            } else if b >= 0xF0 && b <= 0xF4 {
                length = 4
            } else {
                return i
            }
            guard i + length <= bytes.count else { return i }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            let second = bytes[i + 1]
            if (b == 0xE0 && second < 0xA0) || (b == 0xED && second > 0x9F) || (b == 0xF0 && second < 0x90)
                || (b == 0xF4 && second > 0x8F)
            {
                return i
            }
            i += length
        }
        return nil
    }
}

extension JournalJSON {
    /// Where `bytes` stop being well-formed JSON (the line and column, counted from 1, and why:
    /// invalid UTF-8, a lone surrogate escape, nesting deeper than 512, a stray character, a key
    /// given twice), or nil when they are well-formed. For callers that read JSON of their own
    /// (an HTTP service's request bodies, say) and want to say where it went wrong.
    public static func syntaxProblem(in bytes: [UInt8]) -> (line: Int, column: Int, reason: String)? {
        if bytes.allSatisfy({ [9, 10, 13, 32].contains($0) }) { return (1, 1, "it is empty") }
        guard let problem = JSONLocator.syntaxError(in: bytes, refusingLoneSurrogates: true) else { return nil }
        let position = JSONLocator.position(of: problem.offset, in: bytes)
        return (position.line, position.column, problem.reason)
    }
}
