// The Micromance benchmark. Run it through scripts/bench, which builds everything in release
// mode, generates the journals and passes their folder:
//
//   MicromanceBench DATA_DIR MICROMANCE_BINARY [RUNS]
//   MicromanceBench --peak OPERATION FILE      (one operation; prints its peak memory in MB)
//   MicromanceBench --time OPERATION FILE [RUNS]  (median seconds of one operation, for tuning;
//                                                  MICROMANCE_BENCH_WARM=1 runs it once untimed first)
//
// Prints a table of medians (at least 5 runs) with the reference readers beside them and
// the targets. A benchmark is not a test: nothing here fails a build.
import Foundation
import MicromanceInsights
import MicromanceModel
import MicromanceStore

let arguments = CommandLine.arguments
let utc = TimeZone(identifier: "UTC") ?? .current
let benchNow = Date(timeIntervalSince1970: 1_795_564_800)  // the generator's last day

func operation(_ name: String, _ file: String) throws {
    switch name {
    case "load-json": _ = try JSONJournalStore(path: file).load()
    case "load-csv": _ = try CSVJournalStore(folder: file).load()
    case "open-sync": _ = try SyncFolderStore(folder: file, device: DeviceID("benchreader") ?? .imported).load()
    case "validate":
        let journal = try JSONJournalStore(path: file).load()
        for _ in 0..<5 {
            let start = Date()
            _ = journal.problems()
            print(String(format: "validate %.3f s", Date().timeIntervalSince(start)))
        }
    case "save-json", "save-csv":
        let journal = try JSONJournalStore(path: file).load()
        let start = Date()
        if name == "save-json" {
            try JSONJournalStore(path: NSTemporaryDirectory() + "/bench-save.json").save(journal)
        } else {
            try CSVJournalStore(folder: NSTemporaryDirectory() + "/bench-save.csv").save(journal)
        }
        print(String(format: "%@ %.3f s", name, Date().timeIntervalSince(start)))
    case "report":
        let journal = try JSONJournalStore(path: file).load()
        let start = Date()
        _ = InsightEngine.standard.report(InsightContext(journal: journal, now: benchNow, fallbackTimeZone: utc, period: .lastDays(30)))
        if arguments[1] == "--time" { print(String(format: "report alone %.3f s", Date().timeIntervalSince(start))) }
    default: throw CocoaError(.featureUnsupported)
    }
}

if arguments.count == 4, arguments[1] == "--peak" {
    do {
        try operation(arguments[2], arguments[3])
        print(String(format: "%.0f", Timing.highWaterMegabytes()))
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(1)
    }
}

if arguments.count >= 4, arguments[1] == "--time", arguments[2] == "report-warm" {
    // The report alone, on a journal loaded once: the figure the full run's "full report" row gives.
    do {
        let journal = try JSONJournalStore(path: arguments[3]).load()
        let runs = arguments.count > 4 ? Int(arguments[4]) ?? 5 : 5
        let median = try Timing.median(runs: runs) {
            _ = InsightEngine.standard.report(InsightContext(journal: journal, now: benchNow, fallbackTimeZone: utc, period: .lastDays(30)))
        }
        print(String(format: "report-warm median of %d: %.3f s", runs, median))
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(1)
    }
}

if arguments.count >= 4, arguments[1] == "--time" {
    do {
        let runs = arguments.count > 4 ? Int(arguments[4]) ?? 5 : 5
        let median = try Timing.median(runs: runs, warmUp: ProcessInfo.processInfo.environment["MICROMANCE_BENCH_WARM"] == "1") {
            try operation(arguments[2], arguments[3])
        }
        print(String(format: "%@ median of %d: %.3f s", arguments[2], runs, median))
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(1)
    }
}

guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: MicromanceBench DATA_DIR MICROMANCE_BINARY [RUNS]\n".utf8))
    exit(64)
}
let data = arguments[1]
let binary = arguments[2]
let runs = max(5, arguments.count > 3 ? Int(arguments[3]) ?? 5 : 5)
do {
    try Bench(data: data, binary: binary, runs: runs).runAll()
} catch {
    FileHandle.standardError.write(Data("benchmark failed: \(error)\n".utf8))
    exit(1)
}
