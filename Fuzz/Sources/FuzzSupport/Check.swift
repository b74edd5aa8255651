import CFuzzer

#if canImport(Glibc)
import Glibc
#endif

/// Stops the fuzzer with a message when an invariant fails, so libFuzzer saves the input
/// that broke it. (A failed precondition would do the same, but says less.)
public func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    guard !condition() else { return }
    let line = Array("fuzz invariant broken: \(message())\n".utf8)
    line.withUnsafeBytes { _ = write(2, $0.baseAddress, $0.count) }
    abort()
}

/// One fuzz input: libFuzzer's bytes, valid only during the call.
public typealias FuzzTest = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

/// Runs libFuzzer with the process's arguments (corpus folders, -max_total_time=…) on `test`,
/// and exits with its status.
public func runFuzzer(_ test: FuzzTest) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, test))
}

/// The bytes of one input as a buffer (empty when libFuzzer passes no pointer).
public func fuzzBytes(_ data: UnsafePointer<UInt8>?, _ count: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: count > 0 ? data : nil, count: count)
}
