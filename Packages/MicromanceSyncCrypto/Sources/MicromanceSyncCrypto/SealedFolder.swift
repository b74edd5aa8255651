import Crypto
import Foundation
import MicromanceModel
import MicromanceStore

/// The seal of an encrypted sync folder: every snapshot and every change-log line is sealed
/// with ChaCha20-Poly1305 under the folder's key, with a fresh random nonce each time.
///
/// What each piece is bound to (the associated data, checked when it is opened): the key's
/// identifier, the device whose file it is, the kind of file, and for a line its number in the
/// log and a digest of the line before it. A line moved to another device's log, into a
/// snapshot, or to another place in its log (swapped, dropped, repeated) fails to open and is
/// reported as damage. What stays visible: the devices' random identifiers (file names), the
/// sizes of files and lines, when they change, and how many devices there are.
///
/// On disk a snapshot is `micromance-sealed 1` and a line break, then the sealed bytes (nonce,
/// ciphertext, tag); a change-log line is the sealed bytes in base64, so that no line break
/// falls inside it. (Base64 for a whole snapshot cost more than the cipher: BENCHMARKS.md.)
public struct SealedFolder: SyncFolderSeal {
    /// The folder key it seals with.
    public let key: FolderKey

    /// A seal with this folder key.
    public init(key: FolderKey) { self.key = key }

    static let snapshotMagic = Array("micromance-sealed 1\n".utf8)

    /// `device`'s snapshot, sealed: the marker line, then the sealed bytes.
    public func sealSnapshot(_ plain: [UInt8], device: DeviceID) throws(StoreError) -> [UInt8] {
        let sealed = try seal(plain, context: "snapshot|" + device.rawValue, file: device.rawValue)
        return Self.snapshotMagic + Array(sealed)
    }

    /// A snapshot opened; damage, a forgery or another key is `StoreError.corrupt`.
    public func openSnapshot(_ sealed: UnsafeBufferPointer<UInt8>, device: DeviceID, file: String) throws(StoreError) -> [UInt8] {
        guard sealed.starts(with: Self.snapshotMagic) else {
            throw Self.damaged(file, line: nil, "it is not a sealed snapshot (a plain file in an encrypted folder, or cut short)")
        }
        let combined = Data(sealed[Self.snapshotMagic.count...])
        return try open(combined: combined, context: "snapshot|" + device.rawValue, file: file, line: nil)
    }

    /// One change, sealed as one line of base64, bound to its device, number and the line before.
    public func sealLine(_ plain: [UInt8], device: DeviceID, line: Int, previous: UnsafeBufferPointer<UInt8>) throws(StoreError) -> [UInt8]
    {
        let sealed = try seal(plain, context: Self.lineContext(device, line, previous), file: device.rawValue)
        return Array(sealed.base64EncodedString().utf8)
    }

    /// One line opened; a line moved, swapped, damaged or sealed under another key does not open.
    public func openLine(
        _ sealed: UnsafeBufferPointer<UInt8>, device: DeviceID, line: Int, previous: UnsafeBufferPointer<UInt8>, file: String
    ) throws(StoreError) -> [UInt8] {
        try open(Data(sealed), context: Self.lineContext(device, line, previous), file: file, line: line)
    }

    static func lineContext(_ device: DeviceID, _ line: Int, _ previous: UnsafeBufferPointer<UInt8>) -> String {
        let digest = SHA256.hash(data: Data(previous)).map { String(format: "%02x", $0) }.joined()
        return "changes|\(device.rawValue)|\(line)|\(digest)"
    }

    private func seal(_ plain: [UInt8], context: String, file: String) throws(StoreError) -> Data {
        do {
            return try ChaChaPoly.seal(plain, using: key.key, authenticating: Array((key.id + "|" + context).utf8)).combined
        } catch {
            throw .io(file: file, operation: "seal a change", reason: "\(error)")
        }
    }

    private func open(_ base64: Data, context: String, file: String, line: Int?) throws(StoreError) -> [UInt8] {
        guard let combined = Data(base64Encoded: base64) else {
            throw Self.damaged(file, line: line, "it is not sealed text (damaged, cut short, or written without the key)")
        }
        return try open(combined: combined, context: context, file: file, line: line)
    }

    private func open(combined: Data, context: String, file: String, line: Int?) throws(StoreError) -> [UInt8] {
        guard combined.count >= 28 else {
            throw Self.damaged(file, line: line, "it is too short to be sealed (cut short, or written without the key)")
        }
        do {
            let box = try ChaChaPoly.SealedBox(combined: combined)
            return Array(try ChaChaPoly.open(box, using: key.key, authenticating: Array((key.id + "|" + context).utf8)))
        } catch {
            throw Self.damaged(
                file, line: line,
                "it does not open with this folder's key: damaged, moved from another file or place, or sealed under another passphrase")
        }
    }

    static func damaged(_ file: String, line: Int?, _ reason: String) -> StoreError {
        .corrupt(file: file, line: line, column: nil, field: nil, reason: reason)
    }
}
