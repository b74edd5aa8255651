import Foundation

/// The index's open-addressed table of id hashes (linear probing; 0 marks an empty slot).
extension MomentIndex {
    /// A table of `capacity` slots (a power of two) holding `hashes`, filled in the order of
    /// their first slots: partitioned first into 64 runs by the slot's top bits, so that the
    /// inserts walk the table once instead of jumping across 16 MB for a million moments.
    /// Linear probing finds a hash whatever order it was inserted in.
    static func table(of hashes: [UInt64], capacity: Int) -> [UInt64] {
        var slots = [UInt64](repeating: 0, count: capacity)
        let mask = UInt64(capacity - 1), shift = UInt64(capacity.trailingZeroBitCount - 6)
        var starts = [Int](repeating: 0, count: 65)
        for hash in hashes { starts[Int((hash & mask) >> shift) + 1] += 1 }
        for run in 1...64 { starts[run] += starts[run - 1] }
        var ordered = [UInt64](repeating: 0, count: hashes.count)
        for hash in hashes {
            let run = Int((hash & mask) >> shift)
            ordered[starts[run]] = hash
            starts[run] += 1
        }
        for hash in ordered { insert(hash, into: &slots) }
        return slots
    }

    static func insert(_ hash: UInt64, into slots: inout [UInt64]) {
        let mask = slots.count - 1
        var slot = Int(hash & UInt64(mask))
        while slots[slot] != 0 {
            if slots[slot] == hash { return }
            slot = (slot + 1) & mask
        }
        slots[slot] = hash
    }
}
