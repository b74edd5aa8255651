import Foundation
import Testing

@testable import MicromanceCommands

/// The tool's own trimming gives what Foundation's does, for every kind of space and line break.
@Suite struct TrimmingTests {
    @Test func everyScalarTrimsAsInFoundation() {
        for value in UInt32(0)...0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(Character(scalar)) + "b"
            let alone = String(Character(scalar))
            #expect(alone.trimmed == alone.trimmingCharacters(in: .whitespacesAndNewlines), "U+\(String(value, radix: 16))")
            #expect(text.trimmed == text)
        }
    }

    @Test func trimmingMatchesFoundation() {
        let samples = [
            "", " ", "\t\n", "Made coffee", "  Made coffee  ", "\nMade\tcoffee\r\n", "\u{00A0}Café\u{3000}",
            "\u{2028}hug\u{2029}", "\u{0085}tea\u{000B}\u{000C}", "\u{2003}\u{202F}💐 flowers\u{205F}\u{1680}",
            "a", "  a b  ", "\u{200B}zero width stays\u{200B}", "e\u{0301} ",
        ]
        for text in samples {
            #expect(text.trimmed == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.unicodeScalars.map(\.value))")
        }
    }
}
