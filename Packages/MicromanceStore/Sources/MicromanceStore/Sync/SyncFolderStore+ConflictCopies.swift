import Foundation
import MicromanceModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A sync tool's conflict copies of the devices' files (see ``SyncFolderFiles/conflictCopy(_:)``).
///
/// A tool that finds a file changed on two machines keeps one version under the file's name and
/// the other under a new one; Dropbox, for one, has put an older change log back and renamed
/// the newer one. The copy may then hold the only record of moments logged since, so every copy
/// is read with the device's own files (stamped changes joined twice are joined once). This
/// device folds what its own copies hold into a new snapshot at its next change and then
/// removes them; another device's copies are left for that device to fold.
extension SyncFolderStore {
    /// What the conflict copies in the folder hold.
    struct CopiesRead {
        var snapshot: Journal?
        var log: Journal?
        /// This device's copies that read whole: removed once folded into a new snapshot.
        var ownReadWhole: [String] = []
        /// Every copy found, by device.
        var byDevice: [DeviceID: [String]] = [:]
        var damage: [SyncFolderProblem] = []
    }

    /// Reads every conflict copy: a snapshot that does not parse yet (still arriving) or a log
    /// whose last line is unfinished is used as far as it reads and kept for later; damage
    /// is reported, never thrown (the copy is not a file this device writes).
    func readCopies(_ copies: [SyncFolderFiles.ConflictCopy]) -> CopiesRead {
        var read = CopiesRead()
        var snapshots = JoinStack(), logs = JoinStack()
        for copy in copies {
            read.byDevice[copy.device, default: []].append(copy.path)
            var whole = false
            do throws(StoreError) {
                if copy.snapshot {
                    var journal = try SecureFile.withMappedFile(copy.path) { bytes, _ throws(StoreError) in
                        guard let seal else { return try JournalJSON.decodeUnchecked(bytes, file: copy.path) }
                        let plain = try seal.openSnapshot(bytes, device: copy.device, file: copy.path)
                        return try plain.withUnsafeBufferPointer { plain throws(StoreError) in
                            try JournalJSON.decodeUnchecked(plain, file: copy.path)
                        }
                    }
                    // Who a device belongs to comes from its current files only.
                    journal.settings.takeDeviceFields(from: nil)
                    snapshots.push(journal)
                    whole = true
                } else {
                    let log = try readLog(copy.path, device: copy.device, strict: false)
                    if var journal = log.journal {
                        journal.settings.takeDeviceFields(from: nil)
                        logs.push(journal)
                    }
                    if let damage = log.damage { read.damage.append(damage) }
                    whole = !log.torn && log.damage == nil
                }
            } catch {
                // Still arriving, or not a journal at all: reported once it has stayed so.
                if let age = Self.age(of: copy.path, now: now()), age >= Self.unreadableAfter {
                    read.damage.append(SyncFolderProblem(file: copy.path, line: nil, reason: Self.reason(error), kind: .unreadableSnapshot))
                }
            }
            if whole, copy.device == device { read.ownReadWhole.append(copy.path) }
        }
        read.snapshot = snapshots.joined()
        read.log = logs.joined()
        return read
    }

    /// Removes this device's conflict copies once a new snapshot holds what they held.
    func removeFoldedCopies(_ paths: [String]) {
        for path in paths { unlink(path) }
        if !paths.isEmpty { SecureFile.syncFolder(folder) }
    }
}
