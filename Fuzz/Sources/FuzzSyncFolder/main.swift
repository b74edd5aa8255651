// Fuzzes what another device puts in a sync folder. The input is split at the first 0xFF
// byte: before it, another device's change log; after it, its snapshot (absent without a
// 0xFF). They are written beside this device's own snapshot (a small valid journal) and the
// folder is read through SyncFolderStore, as after a sync. Whatever is read must be a valid
// journal that saves and reads back unchanged; whatever is refused must say why. The input
// is also read as change stamps, which must write and read back the same.
import Foundation
import FuzzSupport
import MicromanceModel
import MicromanceStore

#if canImport(Glibc)
import Glibc
#endif

private let base: String = {
    var info = stat()
    let root = stat("/dev/shm", &info) == 0 ? "/dev/shm" : "/tmp"
    return root + "/micromance-fuzz-sync-\(getpid())"
}()

private let me = DeviceID("me") ?? .imported
private let other = DeviceID("other") ?? .imported

private let ownSnapshot: [UInt8] = {
    var journal = Journal()
    journal.partners = [Partner(name: "Alex"), Partner(name: "Sam")]
    journal.moments = [
        Moment(
            id: "m1", at: Date(timeIntervalSince1970: 1_790_000_000), timeZone: "UTC", giver: "alex",
            receiver: "sam", title: "Hug", changes: Changes(created: ChangeStamp(millis: 5, device: me)))
    ]
    return JournalJSON.encode(journal)
}()

/// libFuzzer's entry point: one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSyncFolder(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = fuzzBytes(data, count)
    if let text = String(validating: bytes, as: UTF8.self), let changes = Changes(parsing: text) {
        check(Changes(parsing: changes.description) == changes, "change stamps did not read back: \(changes)")
    }
    let parts = bytes.split(separator: 0xFF, maxSplits: 1, omittingEmptySubsequences: false)
    let folder = base + "/shared"
    mkdir(base, 0o700)
    mkdir(folder, 0o700)
    writeFile(folder + "/micromance-me.snapshot.json", ownSnapshot)
    writeFile(folder + "/micromance-other.changes.jsonl", parts[0])
    let snapshot = folder + "/micromance-other.snapshot.json"
    if parts.count > 1 { writeFile(snapshot, parts[1]) } else { unlink(snapshot) }
    let journal: Journal
    do {
        journal = try SyncFolderStore(folder: folder, device: me).load()
    } catch {
        check(!"\(error)".isEmpty, "an error without a message")
        return 0
    }
    check(journal.problems().isEmpty, "a journal that breaks its rules was accepted: \(journal.problems().prefix(1))")
    // Another device may remove it, never make it vanish without a trace.
    check(
        journal.moments.contains { $0.id == "m1" } || journal.removed.moments.contains { $0.id == "m1" },
        "this device's own moment was lost")
    do {
        let copy = JSONJournalStore(path: base + "/copy.json")
        try copy.save(journal)
        let again = try copy.load()
        check(again == journal, "the joined journal reads back differently")
    } catch {
        check(false, "a journal it accepted could not be saved and read back: \(error)")
    }
    return 0
}

runFuzzer { data, count in fuzzSyncFolder(data, count) }
