import Foundation
import MicromanceModel
import Testing

@testable import MicromanceStore

/// What the two reading threads tell each other, and the count of line feeds that places
/// their parts.
extension CSVMomentReaderTests {
    /// The first thread says where it is before it reads the stop.
    @Test func theFrontSaysWhereItIsBeforeItLooks() {
        let front = SharedFront(stop: 1_000, position: 0)
        #expect(!front.stops(at: 400, count: 3))
        #expect(front.position == 400 && front.count == 3)
        front.lower(to: 600)
        #expect(!front.stops(at: 599, count: 5))
        #expect(front.stops(at: 600, count: 6))
        #expect(front.position == 600 && front.stop == 600 && front.count == 6)
    }

    /// The line feeds are counted sixteen bytes at a time, in lanes that are summed before
    /// they could overflow: the count is the plain one for any length and alignment.
    @Test(arguments: [0, 1, 15, 16, 17, 4_079, 4_080, 4_081, 70_001])
    func lineFeedsAreCountedExactly(length: Int) {
        var random = SeededGenerator(seed: UInt64(length) + 5)
        // Dense line feeds for the long buffers: every lane reaches its limit of 255.
        let bytes = (0..<length + 3).map { _ in [10, 10, 10, 44, 97, 13, 34][Int.random(in: 0..<7, using: &random)] as UInt8 }
        bytes.withUnsafeBufferPointer { buffer in
            for shift in 0..<3 {
                let plain = bytes[shift..<shift + length].filter { $0 == 10 }.count
                #expect(CSVMomentReader.lineFeeds(buffer, shift..<shift + length) == plain)
            }
        }
        let all = [UInt8](repeating: 10, count: length)
        all.withUnsafeBufferPointer { #expect(CSVMomentReader.lineFeeds($0, 0..<length) == length) }
    }
}
