import Foundation
import MicromanceModel
import MicromanceStore

/// A seal for tests of the seam (not a cipher): each piece is stored reversed, behind a digest
/// of the piece and of where it belongs (device, kind, line number, the line before), in
/// base64, so that a piece cut short or moved elsewhere does not open, as with the real one.
struct TestSeal: SyncFolderSeal {
    static func digest(_ plain: [UInt8], _ context: String) -> [UInt8] {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in Array(context.utf8) + [0] + plain {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return (0..<8).map { UInt8(truncatingIfNeeded: hash >> ($0 * 8)) }
    }

    func seal(_ plain: [UInt8], _ context: String) -> [UInt8] {
        Array((Data(Self.digest(plain, context) + plain.reversed())).base64EncodedString().utf8)
    }

    func open(_ sealed: UnsafeBufferPointer<UInt8>, _ context: String, file: String, line: Int?) throws(StoreError) -> [UInt8] {
        var text = Array(sealed)
        while let last = text.last, last == 10 { text.removeLast() }
        guard let data = Data(base64Encoded: Data(text)), data.count >= 8 else {
            throw .corrupt(file: file, line: line, column: nil, field: nil, reason: "not sealed")
        }
        let plain = Array(data.dropFirst(8).reversed())
        guard Array(data.prefix(8)) == Self.digest(plain, context) else {
            throw .corrupt(file: file, line: line, column: nil, field: nil, reason: "sealed for another place")
        }
        return plain
    }

    static func lineContext(_ device: DeviceID, _ line: Int, _ previous: UnsafeBufferPointer<UInt8>) -> String {
        "line|\(device.rawValue)|\(line)|" + String(decoding: previous, as: UTF8.self)
    }

    func sealSnapshot(_ plain: [UInt8], device: DeviceID) throws(StoreError) -> [UInt8] {
        seal(plain, "snapshot|" + device.rawValue)
    }

    func openSnapshot(_ sealed: UnsafeBufferPointer<UInt8>, device: DeviceID, file: String) throws(StoreError) -> [UInt8] {
        try open(sealed, "snapshot|" + device.rawValue, file: file, line: nil)
    }

    func sealLine(_ plain: [UInt8], device: DeviceID, line: Int, previous: UnsafeBufferPointer<UInt8>) throws(StoreError) -> [UInt8] {
        seal(plain, Self.lineContext(device, line, previous))
    }

    func openLine(
        _ sealed: UnsafeBufferPointer<UInt8>, device: DeviceID, line: Int, previous: UnsafeBufferPointer<UInt8>, file: String
    ) throws(StoreError) -> [UInt8] {
        try open(sealed, Self.lineContext(device, line, previous), file: file, line: line)
    }
}
