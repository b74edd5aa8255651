import Foundation
import MicromanceModel
import MicromanceStore

extension EncryptedSyncFolder {
    /// What a change of passphrase did.
    public struct Resealed: Sendable, Equatable {
        /// The new key (keep it on this device).
        public var key: FolderKey.ID
        /// How many files were sealed again.
        public var files: Int
        /// Lines left out: the last line of a log that was still arriving.
        public var leftOut: Int
    }

    /// Changes the passphrase of `folder`: a new salt and key (under the same identifier); every device's snapshot and
    /// change log opened with `old` and sealed again with the new key, all of it in memory
    /// before anything is written; then each file replaced whole and the new header put in
    /// place last, after which the old key opens nothing. Run it with the folder quiet: a
    /// device that writes under the old key meanwhile has its new lines reported as damage; a
    /// device that still holds the old key is told the passphrase changed and asked for the
    /// new one. Nothing is written when any file does not open with `old`.
    public static func changePassphrase(
        folder: String, from old: FolderKey, to passphrase: String, rounds: Int = SealHeader.standardRounds
    ) throws -> (key: FolderKey, resealed: Resealed) {
        guard let current = try SealHeader.read(folder: folder) else {
            throw Refusal(description: "\(folder) is not encrypted; there is no passphrase to change")
        }
        guard old.opensCheck(of: current) else { throw FolderKey.Failure.wrongPassphrase }
        let (header, key) = try FolderKey.create(passphrase: passphrase, rounds: rounds, id: current.id)
        let from = SealedFolder(key: old), to = SealedFolder(key: key)
        var result = Resealed(key: key.id, files: 0, leftOut: 0)
        var replacements = [(path: String, bytes: [UInt8])]()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() {
            guard let (device, snapshot) = Self.deviceFile(name) else { continue }
            let path = folder + "/" + name
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            let (sealed, torn) = try reseal(bytes, snapshot: snapshot, device: device, file: path, from: from, to: to)
            result.leftOut += torn ? 1 : 0
            replacements.append((path, sealed))
        }
        for replacement in replacements {
            try write(bytes: replacement.bytes, to: replacement.path)
            result.files += 1
        }
        try write(header.text, to: folder + "/" + SyncFolderStore.sealHeaderName)
        return (key, result)
    }

    /// After the passphrase was changed on another device, this device's own files that are
    /// still sealed under its old key (written before the change reached it) sealed again under
    /// the new one, so that it can go on writing; returns how many files. A file that already
    /// opens with the new key is left alone; one that opens with neither is an error.
    public static func resealOwnFiles(folder: String, device: DeviceID, from old: FolderKey, to new: FolderKey) throws -> Int {
        let from = SealedFolder(key: old), to = SealedFolder(key: new)
        var count = 0
        for (suffix, snapshot) in [(".snapshot.json", true), (".changes.jsonl", false)] {
            let path = folder + "/micromance-" + device.rawValue + suffix
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let bytes = Array(data)
            if (try? verify(bytes, snapshot: snapshot, device: device, file: path, with: to)) != nil { continue }
            try write(bytes: try reseal(bytes, snapshot: snapshot, device: device, file: path, from: from, to: to).bytes, to: path)
            count += 1
        }
        return count
    }

    /// One device file opened with `from` and sealed again with `to`, then checked to open
    /// whole with `to` (as every device will read it) before it is written; `torn` when the
    /// last line of a log was still arriving and is left out.
    private static func reseal(
        _ bytes: [UInt8], snapshot: Bool, device: DeviceID, file: String, from: SealedFolder, to: SealedFolder
    ) throws(StoreError) -> (bytes: [UInt8], torn: Bool) {
        let result: (bytes: [UInt8], torn: Bool)
        if snapshot {
            let plain = try bytes.withUnsafeBufferPointer { sealed throws(StoreError) in
                try from.openSnapshot(sealed, device: device, file: file)
            }
            result = (try to.sealSnapshot(plain, device: device), false)
        } else {
            result = try reseal(log: bytes, device: device, file: file, from: from, to: to)
        }
        try verify(result.bytes, snapshot: snapshot, device: device, file: file, with: to)
        return result
    }

    /// A change log's lines opened with `from` and sealed again with `to`, each after the new
    /// line before it; a last line without its line break (still arriving) is left out.
    private static func reseal(
        log bytes: [UInt8], device: DeviceID, file: String, from: SealedFolder, to: SealedFolder
    ) throws(StoreError) -> (bytes: [UInt8], torn: Bool) {
        var out = [UInt8](), oldPrevious = [UInt8](), newPrevious = [UInt8]()
        var start = 0, line = 1
        while let end = bytes[start...].firstIndex(of: 10) {
            let text = Array(bytes[start..<end])
            if text.isEmpty {
                out.append(10)
                newPrevious = []
            } else {
                let plain = try text.withUnsafeBufferPointer { text throws(StoreError) in
                    try oldPrevious.withUnsafeBufferPointer { previous throws(StoreError) in
                        try from.openLine(text, device: device, line: line, previous: previous, file: file)
                    }
                }
                let sealed = try newPrevious.withUnsafeBufferPointer { previous throws(StoreError) in
                    try to.sealLine(plain, device: device, line: line, previous: previous)
                }
                out += sealed + [10]
                newPrevious = sealed
            }
            oldPrevious = text
            start = end + 1
            line += 1
        }
        return (out, start < bytes.count)
    }

    /// Throws unless `bytes`, a file sealed again, opens whole with `seal`.
    private static func verify(_ bytes: [UInt8], snapshot: Bool, device: DeviceID, file: String, with seal: SealedFolder) throws(StoreError)
    {
        if snapshot {
            _ = try bytes.withUnsafeBufferPointer { sealed throws(StoreError) in try seal.openSnapshot(sealed, device: device, file: file) }
            return
        }
        var previous = [UInt8](), line = 1
        for text in bytes.split(separator: 10, omittingEmptySubsequences: false).dropLast() {
            let text = Array(text)
            if !text.isEmpty {
                _ = try text.withUnsafeBufferPointer { text throws(StoreError) in
                    try previous.withUnsafeBufferPointer { previous throws(StoreError) in
                        try seal.openLine(text, device: device, line: line, previous: previous, file: file)
                    }
                }
            }
            previous = text
            line += 1
        }
    }

    /// The device and kind of a device's file in a sync folder, from its name.
    static func deviceFile(_ name: String) -> (DeviceID, snapshot: Bool)? {
        for (suffix, snapshot) in [(".snapshot.json", true), (".changes.jsonl", false)]
        where name.hasPrefix("micromance-") && name.hasSuffix(suffix) {
            if let device = DeviceID(String(name.dropFirst("micromance-".count).dropLast(suffix.count))) { return (device, snapshot) }
        }
        return nil
    }
}

extension FolderKey {
    /// A key's identifier.
    public typealias ID = String
}
