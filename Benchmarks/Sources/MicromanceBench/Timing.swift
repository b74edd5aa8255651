import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Wall-clock timing helpers: medians of repeated runs.
enum Timing {
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// The median of `runs` timings of `body` (after `setup`, which is not timed).
    static func median(runs: Int, setup: () throws -> Void = {}, _ body: () throws -> Void) rethrows -> Double {
        var times = [Double]()
        for _ in 0..<runs {
            try setup()
            let start = now()
            try body()
            times.append(now() - start)
        }
        times.sort()
        return times[times.count / 2]
    }

    /// Peak resident memory of this process so far, in megabytes.
    static func peakMegabytes() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// Peak resident memory of this process since it started, from /proc/self/status (VmHWM).
    /// Unlike `ru_maxrss`, it starts afresh at exec, so a child does not report its parent's peak.
    static func highWaterMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = line.split(separator: " ").compactMap({ Double($0) }).first
        else { return peakMegabytes() }
        return kilobytes / 1024
    }

    /// Runs a program and returns its wall time; fails when it exits non-zero.
    static func process(_ path: String, _ arguments: [String], environment: [String: String]) throws -> Double {
        let task = Process()
        task.executableURL = URL(fileURLWithPath: path)
        task.arguments = arguments
        task.environment = environment
        task.standardOutput = FileHandle.nullDevice
        task.standardError = FileHandle.nullDevice
        let start = now()
        try task.run()
        task.waitUntilExit()
        let elapsed = now() - start
        guard task.terminationStatus == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "\(path) \(arguments) exited \(task.terminationStatus)"])
        }
        return elapsed
    }

    /// Runs a program and returns what it printed.
    static func output(_ path: String, _ arguments: [String]) throws -> String {
        let task = Process()
        task.executableURL = URL(fileURLWithPath: path)
        task.arguments = arguments
        let pipe = Pipe()
        task.standardOutput = pipe
        task.standardError = FileHandle.nullDevice
        try task.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        task.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
