import Foundation
import MicromanceModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Noticing that the folder went back, and keeping what it lost.
///
/// A backup of a whole home folder put back on one phone puts that phone's copy of the shared
/// folder back to the day of the backup; a sync tool then takes the older files for the newer
/// change and carries them to the other phone, over files that held weeks more (a new user's
/// trial lost two weeks on both phones this way). This device's own record (see
/// `SyncFolderStore+OwnRecord.swift`) keeps only the lines it wrote since its last fold; every
/// other change this device had read was gone.
///
/// This device keeps, beside the report's copy of the joined journal (its cache folder, never
/// the shared one), the newest change stamp of each device that the copy holds (`….seen`).
/// When a read of the folder finds some device's newest change older than that, the folder
/// went back: the copy is joined with what the folder holds, and whatever the copy adds is
/// kept in `….recovered.json`, read with the folder (and reported) on every read, and written
/// to this device's change log before its next change, from where the sync tool carries it to
/// every device. Joining is idempotent and removals are kept, so nothing removed comes back and
/// a later edit is never undone by an older one.
extension SyncFolderStore {
    private var seenPath: String? { cacheBase.map { $0 + ".seen" } }
    var recoveredPath: String? { cacheBase.map { $0 + ".recovered.json" } }

    /// The newest stamp of each device in `journal`.
    static func newestStamps(in journal: Journal) -> [DeviceID: ChangeStamp] {
        var newest = [DeviceID: ChangeStamp]()
        func see(_ stamp: ChangeStamp?) {
            guard let stamp, stamp.device != .imported else { return }
            if newest[stamp.device].map({ stamp > $0 }) ?? true { newest[stamp.device] = stamp }
        }
        journal.forEachChanges { changes in
            see(changes.created)
            see(changes.removed)
            for stamp in changes.fields.values { see(stamp) }
            for element in changes.elements.values {
                see(element.added)
                see(element.removed)
            }
        }
        return newest
    }

    /// Records the newest stamp of each device in `journal`, the copy just written. Only a
    /// safeguard: a record that cannot be written is dropped.
    func writeSeen(_ journal: Journal) {
        guard let path = seenPath else { return }
        let lines = Self.newestStamps(in: journal).sorted { $0.key < $1.key }.map { device, stamp in
            "\(device.rawValue) \(stamp.millis) \(stamp.counter)\n"
        }
        do { try SecureFile.replace(path, with: Array(lines.joined().utf8)) } catch { unlink(path) }
    }

    /// The stamps recorded with the copy; empty when there is no record or it does not read.
    private func readSeen() -> [DeviceID: ChangeStamp] {
        guard let path = seenPath, let bytes = try? SecureFile.read(path) else { return [:] }
        var seen = [DeviceID: ChangeStamp]()
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count == 3, let device = DeviceID(String(fields[0])), let millis = Int64(fields[1]),
                let counter = UInt32(fields[2])
            else { return [:] }
            seen[device] = ChangeStamp(millis: millis, counter: counter, device: device)
        }
        return seen
    }

    /// What this device recovered and has not written back yet; nil for nothing.
    private func readRecovered() -> Journal? {
        guard let path = recoveredPath, let bytes = try? SecureFile.read(path) else { return nil }
        // Its moments name partners it does not hold: read as a change entry is, unchecked.
        return bytes.withUnsafeBufferPointer { try? JournalJSON.decodeUnchecked($0, file: path) }
    }

    /// Joins into `journal` (a whole read of the folder, with this device's own settings)
    /// what this device recovered earlier, and what the folder lost since the copy was written;
    /// reports both. Not while another device's files are still arriving or damaged: their
    /// records are missing for a reason already told.
    func keepWhatTheFolderLost(_ journal: inout Journal, unsettled: Bool) {
        guard cacheBase != nil else { return }
        var kept = readRecovered()
        if let kept { journal.merge(with: kept) }
        if !unsettled, let lost = lostSinceCopy(journal) {
            journal.merge(with: lost)
            var all = kept ?? Journal(settings: lost.settings)
            all.merge(with: lost)
            if let path = recoveredPath {
                do { try SecureFile.replace(path, with: JournalJSON.encode(all)) } catch { unlink(path) }
            }
            kept = all
        }
        if let kept { reportFolderWentBack(kept) }
    }

    /// The records of the report's copy that `journal` lacks or holds older, when the seen
    /// stamps say some device's changes went back; nil otherwise.
    private func lostSinceCopy(_ journal: Journal) -> Journal? {
        let seen = readSeen()
        guard !seen.isEmpty else { return nil }
        let now = Self.newestStamps(in: journal)
        guard seen.contains(where: { device, stamp in now[device].map { $0 < stamp } ?? true }) else { return nil }
        guard let path = cacheBase.map({ $0 + ".report.json" }), var copy = try? JSONJournalStore(path: path).load() else {
            return nil
        }
        // Words of records removed past their time, dropped from the folder by a fold, are not a
        // loss: a day later than any device's cut-off, so a clock a little ahead counts too.
        copy.compactRemovals(before: self.now().addingTimeInterval(-Journal.removedContentsKeptFor + 86_400))
        copy.settings.takeDeviceFields(from: journal.settings)
        let joined = journal.merged(with: copy).journal
        var lost = joined.changedRecords(since: journal)
        let records =
            lost.moments.count + lost.rituals.count + lost.reflections.count + lost.partners.count
            + lost.removed.moments.count + lost.removed.rituals.count + lost.removed.reflections.count
            + lost.removed.partners.count + lost.removed.stressors.count + lost.removed.dates.count
        guard records > 0 else { return nil }  // settings alone: merged the same way, never worth a warning
        lost.settings = joined.settings
        return lost
    }

    /// Writes what was recovered to this device's change log, before its next line; returns
    /// whether there was any.
    @discardableResult
    func writeBackRecovered() throws(StoreError) -> Bool {
        guard let path = recoveredPath, let kept = readRecovered() else { return false }
        var line = JournalJSON.encode(kept).filter { $0 != 10 }
        line.append(10)
        try SecureFile.append(SyncFolderFiles.changes(folder, device), bytes: line)
        recordOwnLine(line)
        unlink(path)
        return true
    }

    /// Forgets what was recovered once a new snapshot holds it.
    func clearRecovered() {
        if let path = recoveredPath { unlink(path) }
    }

    private func reportFolderWentBack(_ kept: Journal) {
        let moments = kept.moments.count
        let others = kept.rituals.count + kept.reflections.count + kept.partners.count
        let removals =
            kept.removed.moments.count + kept.removed.rituals.count + kept.removed.reflections.count
            + kept.removed.partners.count + kept.removed.stressors.count + kept.removed.dates.count
        var what = [String]()
        if moments > 0 { what.append(moments == 1 ? "1 moment" : "\(moments) moments") }
        if others > 0 { what.append(others == 1 ? "1 other record" : "\(others) other records") }
        if removals > 0 { what.append(removals == 1 ? "1 removal" : "\(removals) removals") }
        report(
            SyncFolderProblem(
                file: folder, line: nil,
                reason: "the shared folder went back to an older state (a backup put back, or a sync tool that took older "
                    + "files for newer ones): \(Self.listed(what)) that this device had read are no longer in it",
                kind: .folderWentBack))
    }

    /// "a", "a and b", "a, b and c".
    private static func listed(_ items: [String]) -> String {
        items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }
}
