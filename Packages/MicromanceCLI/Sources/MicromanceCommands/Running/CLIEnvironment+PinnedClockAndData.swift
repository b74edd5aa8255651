import Foundation
import MicromanceModel

extension CLIEnvironment {
    /// The instant `MICROMANCE_NOW` names: a timestamp with its offset, its seconds optional
    /// (`2026-11-24T08:15+01:00`, as `--at` takes it), or nil.
    public static func pinnedClock(_ text: String) -> Date? {
        if let date = Timestamp.parse(text) { return date }
        // `YYYY-MM-DDTHH:MM` then an offset or Z: the seconds added.
        let bytes = Array(text.utf8)
        guard bytes.count > 16, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "), bytes[13] == UInt8(ascii: ":"),
            [UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "Z")].contains(bytes[16])
        else { return nil }
        return Timestamp.parse(String(decoding: bytes[..<16], as: UTF8.self) + ":00" + String(decoding: bytes[16...], as: UTF8.self))
    }

    /// Writes a data format (CSV, JSON, HTML) to standard output: exactly as made when it goes
    /// to a file or a pipe (`history --csv > moments.csv` is an export: a note's carriage
    /// return is part of it), with control characters made visible when it goes to a terminal,
    /// where a title could hold escape sequences (``TextSink/visible(_:)``).
    public func writeData(_ text: String) {
        if outputIsTerminal { output.write(text) } else { output.writeFile(Array(text.utf8)) }
    }
}
