import Foundation
import MicromanceModel

/// How a sync folder's files are kept on disk. A plain folder writes each snapshot and each
/// change-log entry as the JSON it is. A seal turns each into something only the devices
/// that hold its key can read, and back: an encrypted folder (the MicromanceSyncCrypto
/// package, which `micromance init --store sync:DIR --encrypt` uses) seals every file with an
/// authenticated cipher.
///
/// The store tells the seal where each piece goes, so that it can bind it there: the device
/// whose file it is, whether it is a snapshot or a line of a change log, the line's number in
/// its log (from 1) and the line before it as written. A piece moved to another device's
/// file, to another kind of file, or to another place in a log then fails to open.
///
/// Opening reports failure as ``StoreError/corrupt(file:line:column:field:reason:)``, so a
/// sealed folder behaves as a plain one does with damage: another device's snapshot that does
/// not open is taken to be still arriving for a minute, then reported; a whole line of
/// another device's log that does not open sets the rest of that log aside and is reported;
/// this device's own files must open, or nothing is written. A last line without its line
/// break is still arriving, as in a plain folder, and is not given to the seal.
public protocol SyncFolderSeal: Sendable {
    /// `device`'s snapshot, sealed.
    func sealSnapshot(_ plain: [UInt8], device: DeviceID) throws(StoreError) -> [UInt8]

    /// `device`'s snapshot as read from `file`, opened back into its JSON.
    func openSnapshot(_ sealed: UnsafeBufferPointer<UInt8>, device: DeviceID, file: String) throws(StoreError) -> [UInt8]

    /// One change of `device`, sealed as the `line`th line of its change log (without a line
    /// break, and with none inside), after `previous`, the line before as written (empty for
    /// the first).
    func sealLine(_ plain: [UInt8], device: DeviceID, line: Int, previous: UnsafeBufferPointer<UInt8>) throws(StoreError) -> [UInt8]

    /// The `line`th line of `device`'s change log in `file`, after `previous`, opened back
    /// into its JSON.
    func openLine(
        _ sealed: UnsafeBufferPointer<UInt8>, device: DeviceID, line: Int, previous: UnsafeBufferPointer<UInt8>, file: String
    ) throws(StoreError) -> [UInt8]
}

extension SyncFolderStore {
    /// The name of the file a sealed folder keeps beside the devices' files: what a device
    /// needs to derive the folder's key from its passphrase (never the key or the passphrase).
    /// A store without a seal refuses a folder that has one, rather than read ciphertext.
    public static let sealHeaderName = "micromance-sealed.json"

    /// Whether `folder` is a sync folder: it holds a device's snapshot or change log, or the
    /// seal header of an encrypted one. A tool refuses to open such a folder, or a file in it,
    /// as any other kind of store (a plain journal written there would be a second journal
    /// beside the shared one, or another device's file rewritten).
    public static func isSyncFolder(_ folder: String) -> Bool {
        if FileManager.default.fileExists(atPath: folder + "/" + sealHeaderName) { return true }
        return !((try? SyncFolderFiles.devices(in: folder)) ?? [:]).isEmpty
    }

    /// The path of the folder's seal header.
    public var sealHeaderPath: String { folder + "/" + Self.sealHeaderName }

    /// Refuses to read a sealed folder without its seal.
    func refuseSealedWithoutSeal() throws(StoreError) {
        guard seal == nil, FileManager.default.fileExists(atPath: sealHeaderPath) else { return }
        throw .locked(
            file: folder,
            reason: "the folder is encrypted (\(Self.sealHeaderName)) and was opened without its key; a micromance with "
                + "encrypted folders opens it with the passphrase (it asks for it, or reads MICROMANCE_PASSPHRASE)")
    }

    /// What this device's change log ends with: how many lines it has (a last line without
    /// its line break counts: the next append ends it) and its last line as written.
    func ownLogTail() throws(StoreError) -> (lines: Int, last: [UInt8]) {
        let path = SyncFolderFiles.changes(folder, device)
        guard FileManager.default.fileExists(atPath: path) else { return (0, []) }
        return try SecureFile.withMappedFile(path) { bytes, _ throws(StoreError) in
            var lines = 0, start = 0, lastStart = 0, lastEnd = 0
            while let end = Self.lineEnd(bytes, from: start) {
                lines += 1
                lastStart = start
                lastEnd = end
                start = end + 1
            }
            if start < bytes.count { return (lines + 1, Array(bytes[start...])) }
            return (lines, Array(bytes[lastStart..<lastEnd]))
        }
    }
}
