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
    /// Whether each run's time is printed too (MICROMANCE_BENCH_EACH=1), to see the first run apart.
    static let showEachRun = ProcessInfo.processInfo.environment["MICROMANCE_BENCH_EACH"] == "1"

    static func minorFaults() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_minflt
    }

    /// With `warmUp`, one untimed run comes first, as the reference readers time theirs
    /// (`Benchmarks/reference-readers.py`): the loads set beside them are measured the same way.
    static func median(runs: Int, warmUp: Bool = false, setup: () throws -> Void = {}, _ body: () throws -> Void) rethrows -> Double {
        if warmUp {
            try setup()
            try body()
        }
        var times = [Double]()
        for _ in 0..<runs {
            try setup()
            let faults = minorFaults()
            let start = now()
            try body()
            times.append(now() - start)
            if showEachRun {
                let line = String(format: "run %d: %.3f s, %d page faults\n", times.count, times[times.count - 1], minorFaults() - faults)
                FileHandle.standardError.write(Data(line.utf8))
            }
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

    /// Runs a program and returns its wall time, from spawn to exit; fails when it exits non-zero.
    ///
    /// It uses `posix_spawn` and `waitpid` directly: Foundation's `Process.waitUntilExit` on
    /// Linux notices the exit only on its next poll, which adds tens of milliseconds.
    static func process(_ path: String, _ arguments: [String], environment: [String: String]) throws -> Double {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid = pid_t()
        let start = now()
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw CocoaError(
                .executableLoad, userInfo: [NSLocalizedDescriptionKey: "cannot run \(path): \(String(cString: strerror(spawned)))"])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let elapsed = now() - start
        // Exited normally (no signal) with status 0.
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "\(path) \(arguments) failed (wait status \(status))"])
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
