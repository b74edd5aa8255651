// Fuzzes the CSV journal store: the input is split at 0xFF bytes (never part of UTF-8) into
// the five tables, written to a folder in memory (/dev/shm when there is one). On every input
// the moments table is read by both readers: whenever the fast reader accepts it, the general
// reader must accept it too and give the same moments. Then the folder is loaded through
// CSVJournalStore as a user's folder would be; what it accepts must save and load back unchanged.
import FuzzSupport
import MicromanceModel
@_spi(Fuzzing) import MicromanceStore

#if canImport(Glibc)
import Glibc
#endif

private let base: String = {
    var info = stat()
    let root = stat("/dev/shm", &info) == 0 ? "/dev/shm" : "/tmp"
    return root + "/micromance-fuzz-csv-\(getpid())"
}()

private let tables = ["settings.csv", "partners.csv", "dates.csv", "rituals.csv", "moments.csv"]
/// Used for tables the input does not give, so that short inputs reach the moments reader.
private let defaults = [
    "key,value\nschemaVersion,2\n",
    "id,name,words,service,gifts,time,touch,preferences,ideas\nalex,Alex,1,1,1,1,1,,\nsam,Sam,1,1,1,1,1,,\n",
    "partner,type,id,title,date,recurrence\n",
    "id,title,cadence,participants,language\n",
    "id,at,timeZone,giver,receiver,kind,language,gesture,response,ritual,title,note\n",
]

/// libFuzzer's entry point: one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVStore(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = fuzzBytes(data, count)
    let parts = bytes.split(separator: 0xFF, maxSplits: 4, omittingEmptySubsequences: false)
    let folder = base + "/in"
    let copy = base + "/out"
    mkdir(base, 0o700)
    mkdir(folder, 0o700)
    // Parts are given from the moments table backwards, so one part is a moments table.
    for (index, table) in tables.enumerated() {
        let fromEnd = tables.count - 1 - index
        if fromEnd < parts.count {
            writeFile(folder + "/" + table, parts[parts.count - 1 - fromEnd])
        } else {
            writeFile(folder + "/" + table, Array(defaults[index].utf8))
        }
    }
    let (fast, general) = CSVMomentReaders.readBothWays(folder: folder)
    if let fast {
        switch general {
        case .success(let moments): check(moments == fast, "the fast and the general moments readers read the table differently")
        case .failure(let error): check(false, "the fast reader accepted a moments table the general reader refuses: \(error)")
        }
    }
    check(
        CSVMomentReaders.surveyAgrees(folder: folder),
        "the checks told what the fast reader noted answered differently from checking every moment")
    let journal: Journal
    do {
        journal = try CSVJournalStore(folder: folder).load()
    } catch {
        check(!"\(error)".isEmpty, "an error without a message")
        return 0
    }
    do {
        let store = CSVJournalStore(folder: copy)
        try store.save(journal)
        let again = try store.load()
        check(again == journal, "the saved journal reads back differently")
    } catch {
        check(false, "a journal it accepted could not be saved and read back: \(error)")
    }
    return 0
}

runFuzzer { data, count in fuzzCSVStore(data, count) }
