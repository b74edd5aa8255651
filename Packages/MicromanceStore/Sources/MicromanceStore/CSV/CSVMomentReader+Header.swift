import MicromanceModel

extension CSVMomentReader {
    /// The slot of each column and where the first record starts; nil when the header is
    /// not one this reader handles (quoted names, unknown or repeated columns, a column missing).
    static func header(_ bytes: UnsafeBufferPointer<UInt8>) -> ([Int], Int)? {
        var i = 0
        let n = bytes.count
        if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        var slots = [Int]()
        var seen = Set<Int>()
        var start = i
        while true {
            guard i < n else { return nil }  // a header without a line break: let the slow path judge
            let b = bytes[i]
            if b == 34 { return nil }
            if b == 44 || b == 10 || (b == 13 && i + 1 < n && bytes[i + 1] == 10) {
                guard let name = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self),
                    let slot = known.firstIndex(of: name), seen.insert(slot).inserted
                else { return nil }
                slots.append(slot)
                if b == 44 {
                    i += 1
                    start = i
                    continue
                }
                i += b == 10 ? 1 : 2
                break
            }
            i += 1
        }
        for (slot, column) in known.enumerated() where !seen.contains(slot) && !CSVTables.addedColumns.contains(column) {
            return nil
        }
        return (slots, i)
    }
}
