import Foundation

/// The reference readers' times on the same files, from the project's own
/// `Benchmarks/reference-readers.py` (orjson and polars), run beside the benchmark.
struct Anchors {
    var orjson: Double
    var polars: Double
    var lines: [String]

    static func measure(json: String, csv: String, runs: Int) throws -> Anchors {
        let script = ProcessInfo.processInfo.environment["MICROMANCE_ANCHORS"] ?? "Benchmarks/reference-readers.py"
        let output = try Timing.output("/usr/bin/env", ["python3", script, "--runs", String(runs), json, csv])
        let lines = output.split(separator: "\n").map(String.init)
        func seconds(_ reader: String) -> Double? {
            lines.first { $0.contains(reader) }.flatMap { line in
                line.split(separator: "\t").first { $0.hasSuffix(" s") }.flatMap { Double($0.dropLast(2)) }
            }
        }
        guard let orjson = seconds("orjson.loads"), let polars = seconds("polars.read_csv") else {
            throw CocoaError(
                .fileReadUnknown,
                userInfo: [
                    NSLocalizedDescriptionKey:
                        "\(script) printed no orjson or polars time (pip install orjson polars):\n\(output)"
                ])
        }
        return Anchors(orjson: orjson, polars: polars, lines: lines)
    }
}

enum Report {
    static func print(_ rows: [Row], anchors: Anchors?, runs: Int) {
        if let anchors {
            Swift.print("Reference readers (median of \(runs)):")
            for line in anchors.lines { Swift.print("  " + line) }
            Swift.print("")
        }
        Swift.print(pad("measure", 48) + pad("median", 12) + pad("reference", 18) + pad("ratio", 8) + pad("target", 18) + "met")
        for row in rows {
            let value =
                row.seconds.map { $0 < 1 ? String(format: "%.1f ms", $0 * 1000) : String(format: "%.3f s", $0) }
                ?? row.megabytes.map { String(format: "%.0f MB", $0) } ?? ""
            let met = row.met.map { $0 ? "yes" : "NO" } ?? ""
            Swift.print(
                pad(row.name, 48) + pad(value, 12) + pad(row.reference, 18) + pad(row.ratio.map { String(format: "%.2f", $0) } ?? "", 8)
                    + pad(row.target, 18) + met)
        }
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
