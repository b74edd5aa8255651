// Fuzzes the date and time words the CLI reads (`--at`, `--from`, `--to`, dates of partners'
// days, ritual cadences) and the fixed-format timestamp reader the stores use. Whatever a
// reader accepts must also survive being written and read again.
import Foundation
import FuzzSupport
import MicromanceCommands
import MicromanceModel

private let now = Date(timeIntervalSince1970: 1_795_564_800)  // 2026-11-24, a fixed clock
private let zones = ["Europe/Paris", "Australia/Lord_Howe", "America/St_Johns", "UTC"].compactMap(TimeZone.init(identifier:))

/// libFuzzer's entry point: one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDates(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = fuzzBytes(data, count)
    if let date = Timestamp.parse(bytes: bytes) {
        // Stores keep milliseconds, so a finer fraction comes back rounded to the millisecond.
        let kept = Timestamp.normalized(date)
        for offset in [0, 3600, -12_600, 45_900] {
            let text = Timestamp.format(date, offsetSeconds: offset)
            check(Timestamp.parse(text) == kept, "timestamp \(text) does not read back as \(kept)")
        }
    }
    let text = String(decoding: bytes, as: UTF8.self)
    for zone in zones {
        switch DateInput.parse(text, now: now, timeZone: zone) {
        case .success(let date): check(date.timeIntervalSince1970.isFinite, "a date that is not finite")
        case .failure(let failure): check(!failure.message.isEmpty, "a failure without a message")
        }
    }
    if let day = CalendarDay(text) {
        check(CalendarDay(day.description) == day, "day \(day) does not read back")
    }
    if let cadence = Cadence(parsing: text) {
        check(Cadence(parsing: cadence.description) == cadence, "cadence \(cadence) does not read back")
    }
    return 0
}

runFuzzer { data, count in fuzzDates(data, count) }
