#if canImport(Glibc)
import Glibc
#endif

/// Stops the fuzzer with a message when an invariant fails, so libFuzzer saves the input
/// that broke it. (A failed precondition would do the same, but says less.)
public func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    guard !condition() else { return }
    fputs("fuzz invariant broken: \(message())\n", stderr)
    abort()
}
