// Fuzzes the JSON journal reader (the fast reader, its fallback to JSONDecoder, and the
// locator that places errors), then checks that whatever it accepts is written and read back
// unchanged. An error for bad input is the expected outcome; a crash, a hang, a sanitizer
// report or a broken round trip is a bug.
import FuzzSupport
import MicromanceModel
import MicromanceStore

/// libFuzzer's entry point: one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONStore(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = fuzzBytes(data, count)
    let journal: Journal
    do {
        journal = try JournalJSON.decode(bytes, file: "fuzz.json")
    } catch {
        check(!"\(error)".isEmpty, "an error without a message")
        return 0
    }
    let written = JournalJSON.encode(journal)
    do {
        let again = try JournalJSON.decode(written, file: "written.json")
        check(again == journal, "the written journal reads back differently")
    } catch {
        check(false, "a journal it accepted was written in a form it refuses: \(error)")
    }
    return 0
}

runFuzzer { data, count in fuzzJSONStore(data, count) }
