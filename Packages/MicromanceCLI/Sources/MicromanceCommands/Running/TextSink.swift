import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command's text goes: a standard stream, or a buffer in tests.
public final class TextSink: @unchecked Sendable {
    private let lock = NSLock()
    private var buffer = ""
    private let handle: FileHandle?

    /// A sink that keeps what is written, for tests.
    public init() { handle = nil }

    private init(handle: FileHandle) { self.handle = handle }

    /// Standard output.
    public static let standardOutput = TextSink(handle: .standardOutput)
    /// Standard error.
    public static let standardError = TextSink(handle: .standardError)

    /// Writes the bytes of a file format exactly as they are (an iCalendar file's CRLF line
    /// ends): only for formats whose writer already keeps control characters out of the text.
    func writeFile(_ bytes: [UInt8]) {
        if let handle {
            Self.writeAll(handle.fileDescriptor, bytes)
        } else {
            lock.withLock { buffer += String(decoding: bytes, as: UTF8.self) }
        }
    }

    private var colours = true

    /// Whether Micromance's own colour sequences pass (``visible(_:passingColours:)``). A
    /// command clears it when colour is off (`NO_COLOR`, not a terminal): the tool then writes
    /// none, so any in the text came from the journal, and one left on (bold) stayed on in the
    /// terminal after the command ended (a new user's trial).
    public var passesColours: Bool {
        get { lock.withLock { colours } }
        set { lock.withLock { colours = newValue } }
    }

    /// Writes text, with control characters made visible (see ``visible(_:passingColours:)``).
    public func write(_ text: String) {
        let text = Self.visible(text, passingColours: passesColours)
        if let handle {
            Self.writeAll(handle.fileDescriptor, Array(text.utf8))
        } else {
            lock.withLock { buffer += text }
        }
    }

    /// Writes a line.
    public func line(_ text: String = "") { write(text + "\n") }

    /// Writes every byte to a standard stream. When the stream cannot take them (a full disk,
    /// a file-size limit), says so on standard error and exits with 74 (an I/O error), as a
    /// failed write of the journal does; when its reader has gone (`| head`, a pager quit),
    /// stops quietly. What the command wrote to the journal was written before its output.
    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { systemWrite(fd, $0.baseAddress, $0.count) }
            if written > 0 {
                offset += written
                continue
            }
            if written < 0, errno == EINTR { continue }
            let code = errno
            if code == EPIPE { exit(0) }
            if fd != 2 {
                let message = Array("micromance: the output could not be written: \(String(cString: strerror(code)))\n".utf8)
                _ = message.withUnsafeBytes { systemWrite(2, $0.baseAddress, $0.count) }
            }
            exit(74)
        }
    }

    /// What was written so far (empty for a standard stream).
    public var text: String { lock.withLock { buffer } }

    /// `text` safe to print on a terminal: a journal is a file anyone could have edited, and
    /// a title holding escape sequences could clear the screen, retitle the window or hide
    /// text. Control characters other than line breaks and tabs become their visible symbols
    /// (U+2400 and on: ␛, ␀, ␇), C1 controls become U+FFFD; only the colour sequences
    /// Micromance itself writes pass (``Style``: reset, bold, dim, green), so a title cannot
    /// hide what follows it (ESC [ 8 m) or colour it like the background; with
    /// `passingColours` false, none does. The bidi controls are not printed as they are: on a
    /// terminal that lays out right-to-left text, an override (U+202D, U+202E) in a title
    /// turned the rest of its line round (the names after it read backwards) and an unclosed
    /// embedding or isolate ran on into the next columns. The overrides become U+FFFD, to be
    /// seen; embeddings, isolates and their ends (U+202A to U+202C, U+2066 to U+2069), which
    /// text copied from a phone may carry around a name, are left out: letters of either
    /// direction still read in their own order. The journal keeps them all as typed.
    public static func visible(_ text: String, passingColours: Bool = true) -> String {
        var clean = true
        var previous: UInt8 = 0, beforeThat: UInt8 = 0
        for byte in text.utf8 {
            if (byte < 0x20 && byte != 10 && byte != 9) || byte == 0x7F || (previous == 0xC2 && byte >= 0x80 && byte <= 0x9F)
                || (beforeThat == 0xE2 && previous == 0x80 && byte >= 0xAA && byte <= 0xAE)
                || (beforeThat == 0xE2 && previous == 0x81 && byte >= 0xA6 && byte <= 0xA9)
            {
                clean = false
                break
            }
            beforeThat = previous
            previous = byte
        }
        if clean { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let value = scalar.value
            if value == 0x1B, passingColours, let end = colourSequenceEnd(scalars, from: index) {
                out.append(contentsOf: scalars[index...end])
                index = end + 1
                continue
            }
            if (value < 0x20 && value != 10 && value != 9) || value == 0x7F {
                out.append(Unicode.Scalar(value == 0x7F ? 0x2421 : 0x2400 + value) ?? "?")
            } else if (value >= 0x202A && value <= 0x202C) || (value >= 0x2066 && value <= 0x2069) {
                // An embedding or isolate, or its end: left out (see above).
            } else if (value >= 0x80 && value <= 0x9F) || value == 0x202D || value == 0x202E {
                out.append("\u{FFFD}")
            } else {
                out.append(scalar)
            }
            index += 1
        }
        return String(out)
    }

    /// The parameters of the colour sequences ``Style`` writes.
    static let ownColours: Set<String> = ["", "0", "1", "2", "32"]

    /// Where one of Micromance's own colour sequences (ESC [ code m, the code one of
    /// ``ownColours``) starting at `start` ends; nil for any other sequence.
    private static func colourSequenceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
        var index = start + 2
        var code = ""
        while index < scalars.count, index - start <= 5 {
            let scalar = scalars[index]
            if scalar == "m" { return ownColours.contains(code) ? index : nil }
            guard ("0"..."9").contains(scalar) else { return nil }
            code.unicodeScalars.append(scalar)
            index += 1
        }
        return nil
    }
}

/// The system's `write(2)`, named apart from the sinks' own `write`.
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, bytes, count)
    #elseif canImport(Musl)
    Musl.write(fd, bytes, count)
    #else
    Darwin.write(fd, bytes, count)
    #endif
}
