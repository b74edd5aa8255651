import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What the terminal is: whether a descriptor is one, and how wide it is.
enum Terminal {
    static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// The width of standard output's terminal, else `COLUMNS`, else 80; at least 40.
    static func width(variables: [String: String]) -> Int {
        var size = winsize()
        if isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return max(40, Int(size.ws_col)) }
        if let columns = variables["COLUMNS"].flatMap(Int.init), columns > 0 { return max(40, columns) }
        return 80
    }

    /// One key pressed on standard input's terminal, without waiting for Return and without
    /// echo; nil at the end of input. (Read as a line when the terminal's modes cannot be set.)
    static func readKey() -> Character? {
        var saved = termios()
        guard tcgetattr(0, &saved) == 0 else { return readLine()?.first }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        guard tcsetattr(0, TCSANOW, &raw) == 0 else { return readLine()?.first }
        defer { tcsetattr(0, TCSANOW, &saved) }
        var byte: UInt8 = 0
        return read(0, &byte, 1) == 1 ? Character(Unicode.Scalar(byte)) : nil
    }

    /// Runs `body` (which reads a line, a passphrase) with standard input's terminal not
    /// echoing what is typed; as it is when standard input is not a terminal.
    static func withoutEcho<T>(_ body: () -> T) -> T {
        var saved = termios()
        guard isatty(0) == 1, tcgetattr(0, &saved) == 0 else { return body() }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        guard tcsetattr(0, TCSANOW, &quiet) == 0 else { return body() }
        defer { tcsetattr(0, TCSANOW, &saved) }
        return body()
    }
}

/// ANSI styles, or plain text when colour is off.
struct Style {
    let enabled: Bool

    private func wrap(_ code: String, _ text: String) -> String { enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    func bold(_ text: String) -> String { wrap("1", text) }
    func dim(_ text: String) -> String { wrap("2", text) }
    func green(_ text: String) -> String { wrap("32", text) }
}
