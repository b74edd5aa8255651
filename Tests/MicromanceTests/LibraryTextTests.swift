import Foundation
import Testing

/// The libraries' words are for any app: no CLI flag or command in a message they produce.
@Suite struct LibraryTextTests {
    /// String literals in the libraries' sources (comments skipped), with file and line.
    func literals() throws -> [(String, Int, String)] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var found = [(String, Int, String)]()
        for package in ["MicromanceModel", "MicromanceStore", "MicromanceInsights"] {
            let sources = root.appendingPathComponent("Packages/\(package)/Sources").path
            let files = try FileManager.default.subpathsOfDirectory(atPath: sources).filter { $0.hasSuffix(".swift") }
            #expect(!files.isEmpty, "no sources under \(sources)")
            for file in files {
                let text = try String(contentsOfFile: sources + "/" + file, encoding: .utf8)
                for (number, line) in text.components(separatedBy: "\n").enumerated() {
                    let code = line.trimmingCharacters(in: .whitespaces)
                    if code.hasPrefix("//") { continue }
                    let parts = code.components(separatedBy: "\"")
                    for index in stride(from: 1, to: parts.count, by: 2) { found.append((package + "/" + file, number + 1, parts[index])) }
                }
            }
        }
        return found
    }

    @Test func noCLIVocabularyInLibraryMessages() throws {
        let all = try literals()
        #expect(all.count > 500)
        let flag = try Regex("(^|[ `(])--[a-z]")
        let command = try Regex("micromance (init|log|partner|ritual|report|today|edit|remove|settings|sync|merge|convert)")
        for (file, line, literal) in all where literal.contains(flag) || literal.contains(command) {
            Issue.record("\(file):\(line) speaks CLI: \"\(literal)\"")
        }
    }
}
