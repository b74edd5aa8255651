import Foundation

/// A deterministic sort key for a value: its JSON with sorted keys. Used to settle merge
/// conflicts the same way whichever journal is merged into which.
enum CanonicalKey {
    static func of(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(value) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }
}
