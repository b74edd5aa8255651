import Foundation
import MicromanceModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// This device's own record of the lines it wrote to its change log, kept in its cache folder
/// (`….own.jsonl`, never in the shared folder).
///
/// A sync tool or a restored backup can put an older copy of a device's change log back in the
/// folder, and a careless copy between two folders can do the same: the lines written since were
/// then gone, without a word. Every line this device appends goes to the record too (after the
/// folder's file is flushed), and the record is emptied when the log is folded into a new
/// snapshot. A line of the record that the folder's log no longer holds is read with the log
/// (and reported), and written back to the log before this device's next line. Encrypted folders
/// and stores without a cache folder keep no record.
extension SyncFolderStore {
    var ownRecordPath: String? { cacheBase.map { $0 + ".own.jsonl" } }

    /// The whole lines of this device's record that its change log in the folder does not hold.
    func linesMissingFromOwnLog() -> [ArraySlice<UInt8>] {
        guard let path = ownRecordPath, let record = try? SecureFile.read(path), !record.isEmpty else { return [] }
        let shared = (try? SecureFile.read(SyncFolderFiles.changes(folder, device))) ?? []
        // The usual case: the log ends with everything the record holds.
        if shared.count >= record.count {
            let same = shared.withUnsafeBytes { log in
                record.withUnsafeBytes { own in
                    guard let end = log.baseAddress, let start = own.baseAddress else { return false }
                    return memcmp(end + (log.count - own.count), start, own.count) == 0
                }
            }
            if same { return [] }
        }
        let held = Set(Self.wholeLines(shared))
        return Self.wholeLines(record).filter { !held.contains($0) }
    }

    /// The lines of `bytes` that end with a line break, without it.
    static func wholeLines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines = [ArraySlice<UInt8>]()
        var start = 0
        while let end = bytes[start...].firstIndex(of: 10) {
            if end > start { lines.append(bytes[start..<end]) }
            start = end + 1
        }
        return lines
    }

    /// The missing lines read as change entries, for a read of the folder; reported once a
    /// read finds them (the CLI prints it on standard error).
    func readMissingOwnLines() -> Journal? {
        let missing = linesMissingFromOwnLog()
        guard !missing.isEmpty else { return nil }
        var joined = JoinStack()
        var read = 0
        for line in missing {
            let entry = line.withUnsafeBufferPointer { bytes in try? JournalJSON.decodeUnchecked(bytes, file: ownRecordPath ?? "") }
            if let entry {
                joined.push(entry)
                read += 1
            }
        }
        reportOwnLogWentBack(missing: read)
        return joined.joined()
    }

    /// Writes the missing lines back to the change log in the folder, before this device's next
    /// line; returns how many.
    @discardableResult
    func restoreMissingOwnLines() throws(StoreError) -> Int {
        let missing = linesMissingFromOwnLog()
        guard !missing.isEmpty else { return 0 }
        var bytes = [UInt8]()
        for line in missing {
            bytes += line
            bytes.append(10)
        }
        try SecureFile.append(SyncFolderFiles.changes(folder, device), bytes: bytes)
        return missing.count
    }

    /// Adds a line this device just wrote (and flushed) to its record. Only a safeguard: a
    /// record that cannot be written is dropped, never a reason to fail the change.
    func recordOwnLine(_ line: [UInt8]) {
        guard let path = ownRecordPath, let cacheFolder else { return }
        do {
            _ = try SecureFile.makeFolder(cacheFolder)
            let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, SecureFile.fileMode)
            guard fd >= 0 else { return }
            defer { close(fd) }
            let written = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written != line.count { unlink(path) }
        } catch {
            unlink(path)
        }
    }

    /// Empties the record once the log is folded into a snapshot.
    func clearOwnRecord() {
        if let path = ownRecordPath { unlink(path) }
    }

    private func reportOwnLogWentBack(missing: Int) {
        let file = SyncFolderFiles.changes(folder, device)
        report(
            SyncFolderProblem(
                file: file, line: nil,
                reason: "this device's change log is not as this device left it: \(missing) of the changes it wrote are "
                    + "not in it (an older copy put back by a sync tool or a backup, or the file edited by hand: change "
                    + "moments through the app, not in the folder's files)",
                kind: .ownLogWentBack))
    }
}
