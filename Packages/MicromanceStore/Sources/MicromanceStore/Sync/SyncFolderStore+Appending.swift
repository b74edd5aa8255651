import Foundation
import MicromanceModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The quick append of a sync folder: with a ``SyncFolderStore/cacheFolder``, adding a moment
/// reads none of the devices' files. Kept there (never in the shared folder, which a sync tool
/// would carry to the other device): the journal without its moments (`head.json`), the index of
/// its moments' ids and days, and the couple's labelled titles, for this folder and device.
///
/// The index records every device's snapshot and change log (and any conflict copy) in the folder as they were when it
/// was built (and after each of this device's appends). When another device's file arrives or
/// changes, a file goes, or anything else differs, it is not used: the folder is read whole, as
/// before, and the index built again. Encrypted folders are never indexed (the head would be
/// their contents in the clear).
extension SyncFolderStore {
    /// Where this folder's index for this device is kept.
    var cacheBase: String? {
        guard seal == nil, let cacheFolder else { return nil }
        let absolute = URL(fileURLWithPath: folder).standardizedFileURL.path
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in absolute.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return StorePath.join(cacheFolder, String(hash, radix: 16) + "-" + device.rawValue)
    }

    private var headPath: String? { cacheBase.map { $0 + ".head.json" } }

    /// The files the index describes (every device's files in the folder, then the head), or
    /// nil when this store keeps no index.
    func indexedFiles() throws(StoreError) -> IndexedFiles? {
        guard let base = cacheBase, let headPath else { return nil }
        var tracked = [String]()
        let (devices, copies) = try SyncFolderFiles.listing(in: folder)
        for (device, files) in devices.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            if files.snapshot { tracked.append(SyncFolderFiles.snapshot(folder, device)) }
            if files.changes { tracked.append(SyncFolderFiles.changes(folder, device)) }
        }
        // A conflict copy come or gone changes what the folder holds: the index is built again.
        tracked += copies.map(\.path)
        tracked.append(headPath)
        guard tracked.count < 10_000 else { return nil }
        // The number of files is part of the magic word: a file come or gone changes the layout.
        let count = String(tracked.count)
        let magic = Array(("MMS" + String(repeating: "0", count: 5 - count.count) + count).utf8)
        return IndexedFiles(index: base + ".index", titles: base + ".titles", tracked: tracked, magic: magic)
    }

    /// The journal without its moments when the index is up to date; otherwise the whole
    /// journal, read once to build the index again.
    public func loadForAppending() throws(StoreError) -> AppendingJournal {
        let own = SyncFolderFiles.changes(folder, device)
        guard let files = try indexedFiles(), files.tracked.contains(own) else { return try loadWhole() }
        if let index = MomentIndex.read(files), let labelled = LabelledTitlesFile.read(files, last: LearnedTitles.maximumTitles),
            let head = readHead()
        {
            let store = self
            return AppendingJournal(withoutMoments: head, index: index, labelledTitles: labelled) { try? store.load().moments }
        }
        return try loadWhole()
    }

    /// Appends the moment to this device's change log without reading the folder, and adds it
    /// to the index; folds the log into a new snapshot when it has grown past ``compactAfterBytes``.
    public func append(_ moment: Moment, to journal: inout AppendingJournal) throws(StoreError) {
        let files = (try? indexedFiles()) ?? nil
        let before = files?.identity
        let index = files.flatMap(MomentIndex.read)
        if journal.momentsLoaded {
            // Read whole (the index was just built, or could not be): kept up all the same
            // (the report's copy by `append(_:to:)` itself).
            try append(moment, to: &journal.journal)
            if let files, let before, let index {
                index.append(files, moment: moment, before: before)
                LabelledTitlesFile.append(files, moment: moment, before: before)
            }
            return
        }
        let own = SyncFolderFiles.changes(folder, device)
        do throws(JournalValidationError) {
            try journal.add(moment)
        } catch {
            throw .refused(file: own, error)
        }
        var entry = Journal(settings: journal.journal.settings)
        entry.moments = [moment]
        let reportBefore = reportFilesBeforeAppend()
        do {
            try appendEntry(entry)
        } catch {
            journal.undo(moment)
            throw error
        }
        reportAppended(moment, before: reportBefore)
        if let files, let before, let index {
            index.append(files, moment: moment, before: before)
            LabelledTitlesFile.append(files, moment: moment, before: before)
        }
        var info = stat()
        if stat(own, &info) == 0, Int(info.st_size) > compactAfterBytes {
            try compactIfNeeded(try load(keepingCopy: false), dropsRemovedContents: false)
        }
    }

    /// The whole journal; indexed when this device's change log is there to append to (the
    /// first append after a fold creates it, and the next one builds the index).
    private func loadWhole() throws(StoreError) -> AppendingJournal {
        var journal = try load(keepingCopy: false)
        if cacheBase != nil, ownFilesAreClean {
            // Words of records removed past their time that only other devices' files still
            // hold: this device cannot fold them away, so they are not shown to the caller as
            // due (the CLI would write the journal on every log, and the index never hold).
            journal.compactRemovals(before: now().addingTimeInterval(-Journal.removedContentsKeptFor))
        }
        var info = stat()
        if let headPath, let cacheFolder, lstat(SyncFolderFiles.changes(folder, device), &info) == 0 {
            var head = journal
            head.moments = []
            do {
                _ = try SecureFile.makeFolder(cacheFolder)
                try SecureFile.replace(headPath, with: JournalJSON.encode(head))
                if let files = try indexedFiles() { MomentIndex.write(files, journal: journal) }
            } catch {
                // Only a cache: the next append reads the folder again.
                unlink(headPath)
            }
        }
        return AppendingJournal(loaded: journal)
    }

    /// The journal without its moments, as the last full read left it; nil when it does not read.
    private func readHead() -> Journal? {
        guard let headPath, let bytes = try? SecureFile.read(headPath) else { return nil }
        return try? JournalJSON.decode(bytes, file: headPath)
    }
}
