import Foundation
import MicromanceInsights
import MicromanceModel
import MicromanceStore

/// One row of the results table.
struct Row {
    var name: String
    var seconds: Double?
    var megabytes: Double?
    var reference: String
    var ratio: Double?
    var target: String
    var met: Bool?
}

struct Bench {
    let data: String
    let binary: String
    let runs: Int

    var scratch: String { data + "/scratch" }

    func runAll() throws {
        try? FileManager.default.removeItem(atPath: scratch)
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        // MICROMANCE_BENCH_ONLY=append (or processes, sync, first) runs one group, for tuning.
        if let only = ProcessInfo.processInfo.environment["MICROMANCE_BENCH_ONLY"] {
            let groups: [String: () throws -> [Row]] = [
                "append": appendGrowth, "processes": processes, "sync": syncFolder, "first": { try firstLoads(prefix: data + "/j1m") },
            ]
            guard let group = groups[only] else { throw CocoaError(.featureUnsupported) }
            Report.print(try group(), anchors: nil, runs: runs)
            return
        }
        let anchors = try Anchors.measure(json: data + "/j1m.json", csv: data + "/j1m.csv/moments.csv", runs: runs)
        var rows = [Row]()
        rows += try library(size: "1M", prefix: data + "/j1m", anchors: anchors, big: true)
        rows += try firstLoads(prefix: data + "/j1m")
        rows += try library(size: "20k", prefix: data + "/j20k", anchors: nil, big: false)
        rows += try syncFolder()
        rows += try processes()
        rows += try appendGrowth()
        rows += try peaks()
        Report.print(rows, anchors: anchors, runs: runs)
    }

    /// The first load of a new process, as the command-line tool makes it, beside the reference
    /// reader's first read in a new Python process: the two alternate, `runs` times each, after
    /// the medians above have put the files in the page cache. A reader that keeps the memory of
    /// one read for the next (polars does) pays its page faults here and not in the medians.
    func firstLoads(prefix: String) throws -> [Row] {
        let script = ProcessInfo.processInfo.environment["MICROMANCE_ANCHORS"] ?? "Benchmarks/reference-readers.py"
        let me = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        func seconds(_ output: String, _ what: String) throws -> Double {
            // MicromanceBench prints "load-csv median of 1: 0.301 s", the script "0.3189".
            let last = output.split(whereSeparator: \.isWhitespace).reversed().first { Double($0) != nil }
            guard let value = last.flatMap({ Double($0) }) else {
                throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "\(what) printed no time:\n\(output)"])
            }
            return value
        }
        var rows = [Row]()
        for (operation, file, reader, target) in [
            ("load-csv", prefix + ".csv", "polars", 1.0), ("load-json", prefix + ".json", "orjson", 0.5),
        ] {
            let readerFile = operation == "load-csv" ? file + "/moments.csv" : file
            var ours = [Double](), theirs = [Double]()
            for _ in 0..<runs {
                ours.append(try seconds(Timing.output(me, ["--time", operation, file, "1"]), operation))
                theirs.append(try seconds(Timing.output("/usr/bin/env", ["python3", script, "--once", reader, readerFile]), reader))
                if Timing.showEachRun {
                    let line = String(
                        format: "%@ pair %d: %.3f s, %@ %.3f s\n", operation, ours.count, ours[ours.count - 1], reader,
                        theirs[theirs.count - 1])
                    FileHandle.standardError.write(Data(line.utf8))
                }
            }
            let mine = ours.sorted()[runs / 2], reference = theirs.sorted()[runs / 2]
            rows.append(
                Row(
                    name: "1M \(operation == "load-csv" ? "load CSV" : "load JSON"), first in a new process", seconds: mine,
                    reference: String(format: "%@ %.3f s", reader, reference), ratio: mine / reference,
                    target: String(format: "≤ %.1f × %@", target, reader), met: mine / reference <= target))
        }
        return rows
    }

    /// Library-level timings on one journal size.
    func library(size: String, prefix: String, anchors: Anchors?, big: Bool) throws -> [Row] {
        let json = JSONJournalStore(path: prefix + ".json")
        let csv = CSVJournalStore(folder: prefix + ".csv")
        var journal = try json.load()
        var rows = [Row]()
        // One untimed run first, as the reference readers beside them are timed.
        let loadJSON = try Timing.median(runs: runs, warmUp: big) { journal = try json.load() }
        let loadCSV = try Timing.median(runs: runs, warmUp: big) { _ = try csv.load() }
        let jsonRatio = anchors.map { loadJSON / $0.orjson }
        let csvRatio = anchors.map { loadCSV / $0.polars }
        rows.append(
            Row(
                name: "\(size) load JSON", seconds: loadJSON, reference: anchors.map { String(format: "orjson %.3f s", $0.orjson) } ?? "",
                ratio: jsonRatio, target: big ? "≤ 0.5 × orjson" : "", met: big ? jsonRatio.map { $0 <= 0.5 } : nil))
        rows.append(
            Row(
                name: "\(size) load CSV", seconds: loadCSV, reference: anchors.map { String(format: "polars %.3f s", $0.polars) } ?? "",
                ratio: csvRatio, target: big ? "≤ 1.5 × polars" : "", met: big ? csvRatio.map { $0 <= 1.5 } : nil))
        let outJSON = JSONJournalStore(path: scratch + "/save-\(size).json")
        let outCSV = CSVJournalStore(folder: scratch + "/save-\(size).csv")
        let saveJSON = try Timing.median(runs: runs) { try outJSON.save(journal) }
        let saveCSV = try Timing.median(runs: runs) { try outCSV.save(journal) }
        rows.append(
            Row(name: "\(size) save JSON", seconds: saveJSON, reference: "", target: big ? "< 1 s" : "", met: big ? saveJSON < 1 : nil))
        rows.append(
            Row(name: "\(size) save CSV", seconds: saveCSV, reference: "", target: big ? "< 1 s" : "", met: big ? saveCSV < 1 : nil))
        var counter = 0
        let appendCSV = try Timing.median(runs: runs) {
            counter += 1
            try outCSV.append(moment(counter))
        }
        rows.append(Row(name: "\(size) append to CSV store", seconds: appendCSV, reference: "", target: "", met: nil))
        if !big {
            let appendJSON = try Timing.median(runs: runs) {
                counter += 1
                try outJSON.append(moment(counter))
            }
            rows.append(Row(name: "\(size) append to JSON store", seconds: appendJSON, reference: "", target: "", met: nil))
        }
        // A full report from a loaded journal: the context (every moment's local day) and every strategy.
        let report = try Timing.median(runs: runs) {
            let context = InsightContext(journal: journal, now: benchNow, fallbackTimeZone: utc, period: .lastDays(30))
            _ = InsightEngine.standard.report(context)
        }
        let context = InsightContext(journal: journal, now: benchNow, fallbackTimeZone: utc, period: .lastDays(30))
        rows.append(
            Row(name: "\(size) full report", seconds: report, reference: "", target: big ? "< 0.2 s" : "", met: big ? report < 0.2 : nil))
        let suggest = try Timing.median(runs: runs) {
            _ = SuggestionEngine().suggest(SuggestionRequest(receiver: "sam", count: 3), in: context)
        }
        rows.append(Row(name: "\(size) suggestions", seconds: suggest, reference: "", target: "", met: nil))
        return rows
    }

    /// Ten years of a couple in a sync folder written by two devices (each one's snapshot and
    /// change log), opened as a third device would: every file read and joined.
    func syncFolder() throws -> [Row] {
        let folder = data + "/j20k.sync"
        let reader = SyncFolderStore(folder: folder, device: DeviceID("benchreader") ?? .imported)
        let phone = SyncFolderStore(folder: folder, device: DeviceID("alexphone") ?? .imported)
        let open = try Timing.median(runs: max(runs, 9)) { _ = try reader.load() }
        let own = try Timing.median(runs: max(runs, 9)) { _ = try phone.load() }
        // As the tool opens it on a device: with a cache folder, where a report left a copy of
        // the joined journal that every load reads while no device's file has changed.
        let cache = scratch + "/sync-cache"
        try? FileManager.default.removeItem(atPath: cache)
        let cached = SyncFolderStore(folder: folder, device: DeviceID("alexphone") ?? .imported, cacheFolder: cache)
        _ = try cached.loadForReport(momentsFrom: benchNow.addingTimeInterval(-7 * 86_400), to: benchNow)
        let again = try Timing.median(runs: max(runs, 9)) { _ = try cached.load() }
        return [
            Row(name: "20k sync folder (2 devices) open", seconds: open, reference: "", target: "< 50 ms", met: open < 0.050),
            Row(name: "20k sync folder open as one of its devices", seconds: own, reference: "", target: "< 50 ms", met: own < 0.050),
            Row(
                name: "20k sync folder open again (its device's copy)", seconds: again, reference: "", target: "≤ 20 ms",
                met: again <= 0.020),
        ]
    }

    func moment(_ n: Int) -> Moment {
        Moment(
            id: Identifier(String(format: "bench%011d", n)), at: benchNow, timeZone: "Europe/Paris", giver: "alex",
            receiver: "sam", title: "Benchmark hug, \"with\" a comma", language: .touch, note: "line\nbreak")
    }

    /// The CLI as a user runs it, on the 20,000-moment journal.
    func processes() throws -> [Row] {
        var rows = [Row]()
        let home = scratch + "/home"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        func env(_ store: String) -> [String: String] { ["HOME": home, "MICROMANCE_STORE": store, "TZ": "UTC"] }
        let jsonStore = scratch + "/cli.json"
        let csvStore = scratch + "/cli.csv"
        try? FileManager.default.removeItem(atPath: jsonStore)
        try? FileManager.default.removeItem(atPath: scratch + "/cli.changes.jsonl")  // the JSON store's appended moments
        try? FileManager.default.removeItem(atPath: csvStore)
        try FileManager.default.copyItem(atPath: data + "/j20k.json", toPath: jsonStore)
        try FileManager.default.copyItem(atPath: data + "/j20k.csv", toPath: csvStore)
        let version = try Timing.median(runs: runs) { _ = try Timing.process(binary, ["--version"], environment: env(jsonStore)) }
        rows.append(Row(name: "20k micromance --version", seconds: version, reference: "", target: "< 10 ms", met: version < 0.010))
        for (name, store, limit) in [("JSON", jsonStore, 0.060), ("CSV", csvStore, 0.030)] {
            let log = try Timing.median(runs: runs) {
                _ = try Timing.process(binary, ["log", "Made Sam's coffee"], environment: env(store))
            }
            rows.append(
                Row(
                    name: "20k micromance log (\(name) store)", seconds: log, reference: "",
                    target: "< \(Int(limit * 1000)) ms", met: log < limit))
        }
        // A device of a two-device sync folder: its first log reads the folder and builds the
        // index in its data folder; the ones timed append one line without reading the folder.
        let syncStore = "sync:" + scratch + "/cli.sync"
        try? FileManager.default.removeItem(atPath: scratch + "/cli.sync")
        try FileManager.default.copyItem(atPath: data + "/j20k.sync", toPath: scratch + "/cli.sync")
        let syncLog = ["log", "Made Sam's coffee", "--from", "alex", "--to", "sam"]
        _ = try Timing.process(binary, syncLog, environment: env(syncStore))
        let sync = try Timing.median(runs: runs) { _ = try Timing.process(binary, syncLog, environment: env(syncStore)) }
        rows.append(Row(name: "20k micromance log (sync folder)", seconds: sync, reference: "", target: "≤ 15 ms", met: sync <= 0.015))
        for command in ["today", "report"] {
            let time = try Timing.median(runs: runs) { _ = try Timing.process(binary, [command], environment: env(jsonStore)) }
            rows.append(Row(name: "20k micromance \(command)", seconds: time, reference: "", target: "< 50 ms", met: time < 0.050))
        }
        // The report page: written whole, and small enough to mail.
        let page = scratch + "/report.html"
        let html = try Timing.median(runs: runs) {
            _ = try Timing.process(binary, ["report", "--format", "html", "--out", page], environment: env(jsonStore))
        }
        let size = ((try? FileManager.default.attributesOfItem(atPath: page))?[.size] as? Int) ?? Int.max
        rows.append(
            Row(
                name: "20k micromance report --format html (the page is \(size / 1024) KB)", seconds: html, reference: "",
                target: "< 100 ms, < 300 KB", met: html < 0.100 && size < 300 * 1024))
        let calendar = try Timing.median(runs: runs) {
            _ = try Timing.process(binary, ["calendar", "--out", scratch + "/micromance.ics"], environment: env(jsonStore))
        }
        rows.append(Row(name: "20k micromance calendar", seconds: calendar, reference: "", target: "", met: nil))
        return rows
    }

    /// `micromance log` on a CSV store costs the same at 20,000 and 1,000,000 moments: the
    /// whole command as a user runs it (start-up, reading the small tables and the index,
    /// appending the row, printing the streak), not only the row write.
    func appendGrowth() throws -> [Row] {
        var rows = [Row]()
        var small = 0.0
        let home = scratch + "/home-append"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        for (size, prefix) in [("20k", "j20k"), ("1M", "j1m")] {
            let folder = scratch + "/append-\(size).csv"
            try? FileManager.default.removeItem(atPath: folder)
            try FileManager.default.copyItem(atPath: data + "/\(prefix).csv", toPath: folder)
            let environment = ["HOME": home, "MICROMANCE_STORE": "csv:" + folder, "TZ": "UTC"]
            // The first log after a copy reads the table once and writes the index beside it.
            let first = try Timing.median(runs: 1) {
                _ = try Timing.process(binary, ["log", "Made Sam's coffee"], environment: environment)
            }
            let time = try Timing.median(runs: max(runs, 9)) {
                _ = try Timing.process(binary, ["log", "Made Sam's coffee"], environment: environment)
            }
            if size == "20k" { small = time }
            rows.append(
                Row(
                    name: "\(size) micromance log, CSV store (first after a copy)", seconds: first, reference: "",
                    target: "", met: nil))
            rows.append(
                Row(
                    name: "\(size) micromance log, CSV store", seconds: time, reference: size == "1M" ? "vs 20k" : "",
                    ratio: size == "1M" ? time / small : nil, target: size == "1M" ? "< 50 ms, flat (≈ 1 ×)" : "< 50 ms",
                    met: size == "1M" ? time < 0.050 && time / small < 1.5 : time < 0.050))
        }
        return rows
    }

    /// Peak resident memory of single operations on the 1M journal, each in its own process.
    func peaks() throws -> [Row] {
        let me = CommandLine.arguments[0]
        return try [("load-json", data + "/j1m.json"), ("load-csv", data + "/j1m.csv"), ("report", data + "/j1m.json")].map { op, file in
            let megabytes = Double(try Timing.output(me, ["--peak", op, file]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
            return Row(
                name: "1M peak memory: \(op)", seconds: nil, megabytes: megabytes, reference: "", target: "< 400 MB",
                met: megabytes >= 0 && megabytes < 400)
        }
    }
}
