// Fuzzes store locations and `--out` paths as people type them: the input (split at a line
// break into a location and an output path) goes through the path arithmetic the stores use
// and through `init`, `today` and `report --out` run in-process, in a scratch folder. Nothing
// may trap; every failure must be a message that starts with `micromance:` and one of the
// tool's exit codes.
import Foundation
import FuzzSupport
import MicromanceCommands
import MicromanceModel
import MicromanceStore

#if canImport(Glibc)
import Glibc
#endif

private let scratch: String = {
    var info = stat()
    let root = stat("/dev/shm", &info) == 0 ? "/dev/shm" : "/tmp"
    let path = root + "/micromance-fuzz-locations-\(getpid())"
    mkdir(path, 0o700)
    return path
}()

private let startedIn = FileManager.default.currentDirectoryPath
private let now = Date(timeIntervalSince1970: 1_795_564_800)  // 2026-11-24, a fixed clock
private let codes: Set<Int32> = [0, 64, 65, 66, 73, 74]

/// Removes everything under `path` (the scratch folder's contents after each input).
private func empty(_ path: String) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
    for name in names { try? FileManager.default.removeItem(atPath: path + "/" + name) }
}

/// libFuzzer's entry point: one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLocations(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = String(decoding: fuzzBytes(data, count), as: UTF8.self)
    guard !text.contains("\0") else { return 0 }  // not something an argument can hold
    let parts = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
    let location = parts[0], out = parts.count > 1 ? parts[1] : "report.txt"

    // The path arithmetic is total and consistent.
    if let parent = StorePath.parent(of: location) {
        check(location.hasPrefix(parent), "parent \(parent) is not a prefix of \(location)")
        check(parent.count < location.count, "parent \(parent) is not shorter than \(location)")
    }
    check(!StorePath.lastComponent(of: location).contains("/") || location.allSatisfy { $0 == "/" }, "a last component with a slash")
    if let expanded = StorePath.expandingTilde(location, home: "/home/h") {
        check(!expanded.hasPrefix("~/"), "~ left in \(expanded)")
    }

    // The commands run only on paths that stay inside the scratch folder: the fuzzer runs as
    // whoever runs it, and `init` makes what it is given.
    let leaves = [location, out].contains { $0.contains("..") || $0.hasPrefix("/") || $0.contains(":/") }
    if leaves { return 0 }
    // In the scratch folder for the commands only: libFuzzer writes its corpus to paths
    // relative to where it was started.
    chdir(scratch)
    defer {
        chdir(startedIn)
        empty(scratch)
    }
    let variables = ["HOME": scratch + "/home", "MICROMANCE_STORE": "journal.json"]
    for arguments in [["init", "--store", location], ["today", "--store", location], ["report", "--out", out]] {
        let output = TextSink(), errors = TextSink()
        let environment = CLIEnvironment(
            now: { now }, timeZone: TimeZone(identifier: "UTC") ?? .current, variables: variables, seed: 1,
            output: output, errors: errors, deviceID: DeviceID("fuzz"))
        let code = MicromanceCommand.run(arguments, in: environment)
        check(codes.contains(code), "\(arguments.prefix(2)) exited \(code): \(errors.text.prefix(200))")
        if code != 0 { check(errors.text.hasPrefix("micromance: "), "a message without micromance: \(errors.text.prefix(200))") }
    }
    return 0
}

runFuzzer { data, count in fuzzLocations(data, count) }
