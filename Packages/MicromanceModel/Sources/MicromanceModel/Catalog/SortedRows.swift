/// Lines of generated text `key TAB value`, sorted by key in byte order, kept as bytes and
/// searched in place: a command that needs a handful of rows does not read thousands.
struct SortedRows: Sendable, Equatable {
    /// The lines, without a final line break.
    private(set) var bytes: [UInt8] = []
    /// Where each line starts.
    private var starts: [Int] = []

    /// No rows.
    init() {}

    /// The rows of `bytes` (lines sorted by their key).
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        guard !bytes.isEmpty else { return }
        starts.reserveCapacity(bytes.count / 24)
        starts.append(0)
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") && index + 1 < bytes.count { starts.append(index + 1) }
    }

    /// How many rows there are.
    var count: Int { starts.count }

    /// The byte range of the value of the row whose key is `key`, or nil when there is none.
    func value(of key: String) -> Range<Int>? {
        let wanted = Array(key.utf8)
        let tab = UInt8(ascii: "\t")
        return bytes.withUnsafeBufferPointer { bytes -> Range<Int>? in
            // The row's key against the wanted one, in byte order.
            func compare(_ row: Int) -> (order: Int, keyEnd: Int) {
                var at = starts[row], index = 0
                while at < bytes.count, bytes[at] != tab, bytes[at] != UInt8(ascii: "\n"), index < wanted.count {
                    if bytes[at] != wanted[index] { return (bytes[at] < wanted[index] ? -1 : 1, at) }
                    at += 1
                    index += 1
                }
                let rowEnded = at >= bytes.count || bytes[at] == tab || bytes[at] == UInt8(ascii: "\n")
                if rowEnded && index == wanted.count { return (0, at) }
                return (rowEnded ? -1 : 1, at)
            }
            var low = 0, high = starts.count - 1
            while low <= high {
                let middle = (low + high) / 2
                let (order, keyEnd) = compare(middle)
                if order == 0 {
                    guard keyEnd < bytes.count, bytes[keyEnd] == tab else { return nil }
                    var end = keyEnd + 1
                    while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                    return (keyEnd + 1)..<end
                }
                if order < 0 { low = middle + 1 } else { high = middle - 1 }
            }
            return nil
        }
    }

    /// The whole numbers of a value, written as digits between spaces (`3 17 204`); any other
    /// item is left out.
    func numbers(in range: Range<Int>) -> [Int] {
        var found = [Int](), value = 0, digits = 0, bad = false
        for index in range.lowerBound...range.upperBound {
            let byte = index < range.upperBound ? bytes[index] : UInt8(ascii: " ")
            if byte == UInt8(ascii: " ") {
                if digits > 0, !bad { found.append(value) }
                value = 0
                digits = 0
                bad = false
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 15 {
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            } else {
                bad = true
            }
        }
        return found
    }
}
