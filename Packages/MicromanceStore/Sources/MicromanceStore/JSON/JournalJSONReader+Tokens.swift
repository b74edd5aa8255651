import Foundation
import MicromanceModel

/// The JSON journal reader's tokens: white space, punctuation, keys, strings with their
/// escapes, numbers and skipped values, each read in place from the bytes.
extension JournalJSONReader {
    func peek() -> UInt8 { i < bytes.count ? bytes[i] : 0 }

    mutating func space() {
        while i < bytes.count {
            let b = bytes[i]
            guard b == 32 || b == 10 || b == 13 || b == 9 else { return }
            i += 1
        }
    }

    mutating func expect(_ byte: UInt8) throws {
        guard i < bytes.count, bytes[i] == byte else { throw GiveUp() }
        i += 1
    }

    func matches(_ range: Range<Int>, _ word: StaticString) -> Bool {
        word.withUTF8Buffer { $0.elementsEqual(bytes[range]) }
    }

    /// A key without escapes, as the bytes between its quotes (an escape goes to the slow path).
    mutating func keyBytes() throws -> Range<Int> {
        let (range, escaped) = try scanString()
        if escaped { throw GiveUp() }
        return range
    }

    mutating func plainKey() throws -> String {
        let range = try keyBytes()
        guard let key = String(validating: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) else { throw GiveUp() }
        return key
    }

    /// The bytes between the quotes of a string, checked for raw control characters and
    /// well-formed escapes (not yet decoded).
    mutating func stringRange() throws -> Range<Int> { try scanString().range }

    /// ``stringRange()``, and whether the string holds an escape.
    mutating func scanString() throws -> (range: Range<Int>, escaped: Bool) {
        try expect(UInt8(ascii: "\""))
        let start = i
        let n = bytes.count
        var escaped = false
        while true {
            // Eight bytes at a time (``ByteScan``): a byte that ends the string, starts an escape
            // or is a control character (which JSON does not allow raw) is marked in `hits`, so
            // the first one is found from the word at once: most strings here are ids, zones and
            // titles shorter than sixteen bytes, where a sixteen-byte compare found that the
            // string ended but not where, and the bytes were then read one by one.
            while i + 8 <= n {
                let word = ByteScan.word(bytes, i)
                let hits = ByteScan.marks(word, 0x22) | ByteScan.marks(word, 0x5C) | ByteScan.controls(word)
                if hits == 0 {
                    i += 8
                    continue
                }
                i += hits.trailingZeroBitCount >> 3
                break
            }
            guard i < n else { throw GiveUp() }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                return (start..<(i - 1), escaped)
            }
            if b < 0x20 { throw GiveUp() }
            if b == UInt8(ascii: "\\") {
                escaped = true
                i += 2
            } else {
                i += 1
            }
        }
    }

    /// A string's text; `intern` shares repeated texts.
    mutating func text(intern: Bool) throws -> String? {
        let (range, escaped) = try scanString()
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        if !escaped {
            if intern { return interner.string(slice) }
            return ByteInterner.make(slice)
        }
        return try unescape(slice)
    }

    mutating func optionalText(intern: Bool) throws -> String? {
        if peek() == UInt8(ascii: "n") {
            try literal("null")
            return nil
        }
        guard let value = try text(intern: intern) else { throw GiveUp() }
        return value
    }

    mutating func unescape(_ slice: UnsafeBufferPointer<UInt8>) throws -> String {
        scratch.removeAll(keepingCapacity: true)
        var k = 0
        func hex(_ at: Int) throws -> UInt32 {
            guard at + 4 <= slice.count else { throw GiveUp() }
            var value: UInt32 = 0
            for b in slice[at..<(at + 4)] {
                let digit: UInt32
                switch b {
                case 48...57: digit = UInt32(b - 48)
                case 65...70: digit = UInt32(b - 55)
                case 97...102: digit = UInt32(b - 87)
                default: throw GiveUp()
                }
                value = value * 16 + digit
            }
            return value
        }
        while k < slice.count {
            let b = slice[k]
            guard b == UInt8(ascii: "\\") else {
                scratch.append(b)
                k += 1
                continue
            }
            guard k + 1 < slice.count else { throw GiveUp() }
            switch slice[k + 1] {
            case UInt8(ascii: "\""): scratch.append(34)
            case UInt8(ascii: "\\"): scratch.append(92)
            case UInt8(ascii: "/"): scratch.append(47)
            case UInt8(ascii: "b"): scratch.append(8)
            case UInt8(ascii: "f"): scratch.append(12)
            case UInt8(ascii: "n"): scratch.append(10)
            case UInt8(ascii: "r"): scratch.append(13)
            case UInt8(ascii: "t"): scratch.append(9)
            case UInt8(ascii: "u"):
                var scalar = try hex(k + 2)
                k += 4
                if (0xD800...0xDBFF).contains(scalar) {
                    guard k + 7 < slice.count, slice[k + 2] == 92, slice[k + 3] == UInt8(ascii: "u") else { throw GiveUp() }
                    let low = try hex(k + 4)
                    guard (0xDC00...0xDFFF).contains(low) else { throw GiveUp() }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    k += 6
                }
                guard let unicode = Unicode.Scalar(scalar) else { throw GiveUp() }
                scratch.append(contentsOf: Array(String(Character(unicode)).utf8))
            default: throw GiveUp()
            }
            k += 2
        }
        guard let text = scratch.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) else { throw GiveUp() }
        return text
    }

    mutating func literal(_ word: StaticString) throws {
        let ok = word.withUTF8Buffer { w in i + w.count <= bytes.count && w.elementsEqual(bytes[i..<(i + w.count)]) }
        guard ok else { throw GiveUp() }
        i += word.utf8CodeUnitCount
    }

    mutating func integer() throws -> Int {
        var value = 0
        var digits = 0
        if peek() == 48, i + 1 < bytes.count, bytes[i + 1] >= 48, bytes[i + 1] <= 57 { throw GiveUp() }  // no leading zeros
        while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57, digits < 9 {
            value = value * 10 + Int(bytes[i] - 48)
            digits += 1
            i += 1
        }
        guard digits > 0, !(i < bytes.count && (bytes[i] == 46 || bytes[i] == 101 || bytes[i] == 69 || (bytes[i] >= 48 && bytes[i] <= 57)))
        else { throw GiveUp() }
        return value
    }

    /// Skips one value, checking its syntax.
    mutating func skipValue(depth: Int) throws {
        guard depth < 256 else { throw GiveUp() }
        space()
        switch peek() {
        case UInt8(ascii: "\""):
            let range = try stringRange()
            if bytes[range].contains(UInt8(ascii: "\\")) {
                _ = try unescape(UnsafeBufferPointer(rebasing: bytes[range]))
            } else if String(validating: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) == nil {
                throw GiveUp()
            }
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = peek() == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            let isObject = close == UInt8(ascii: "}")
            i += 1
            space()
            if peek() == close { i += 1; return }
            while true {
                space()
                if isObject {
                    _ = try stringRange()
                    space()
                    try expect(UInt8(ascii: ":"))
                }
                try skipValue(depth: depth + 1)
                space()
                if peek() == UInt8(ascii: ",") { i += 1; continue }
                try expect(close)
                return
            }
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default:
            // A number: -?digits(.digits)?([eE][+-]?digits)?
            if peek() == UInt8(ascii: "-") { i += 1 }
            let start = i
            while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1 }
            guard i > start else { throw GiveUp() }
            if peek() == UInt8(ascii: ".") {
                i += 1
                let fraction = i
                while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1 }
                guard i > fraction else { throw GiveUp() }
            }
            if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
                i += 1
                if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { i += 1 }
                let exponent = i
                while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1 }
                guard i > exponent else { throw GiveUp() }
            }
        }
    }
}
