import Foundation
import Micromance
import Testing

/// Store locations as people type them, generated: one-character names, `~`, `.`, `..`,
/// trailing slashes, spaces, Unicode, very long paths, missing and unusable parents, with
/// and without a scheme. `init`, `convert --to` and `today` run in the real executable, in a
/// scratch folder; each must finish with a message, never trap (exit 128 and up).
@Suite struct LocationPropertyTests {
    static let pieces = [
        "K", "Q", "~", ".", "..", "a b", "é", "日記", "Journal", "x.json", "tables", "S", "~x", "-", "🙂",
        String(repeating: "d", count: 255), String(repeating: "long/", count: 800), "file.txt",
    ]
    static let schemes = ["", "", "json:", "csv:", "sync:", "memory:", "nope:"]

    /// A location made of one to three pieces, perhaps absolute, perhaps under a scheme,
    /// perhaps with a trailing slash.
    static func location(_ random: inout SeededGenerator, home: String) -> String {
        var parts = [String]()
        for _ in 0..<Int.random(in: 1...3, using: &random) { parts.append(pieces.randomElement(using: &random) ?? "K") }
        var path = parts.joined(separator: "/")
        switch Int.random(in: 0..<6, using: &random) {
        case 0: path = home + "/" + path
        case 1: path = "~/" + path
        case 2: path += "/"
        default: break
        }
        return (schemes.randomElement(using: &random) ?? "") + path
    }

    @Test func generatedLocationsNeverTrap() throws {
        let program = try Program()
        defer { try? FileManager.default.removeItem(atPath: program.home) }
        let scratch = program.home + "/scratch"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        try "not a folder\n".write(toFile: scratch + "/file.txt", atomically: true, encoding: .utf8)
        let source = program.home + "/source.json"
        #expect(try program.run(["init", "--store", source, "--me", "Alex"]).code == 0)
        var random = SeededGenerator(seed: propertySeed &+ 22)
        var seen = Set<String>()
        for _ in 0..<40 {
            let location = Self.location(&random, home: program.home)
            guard seen.insert(location).inserted else { continue }
            for arguments in [
                ["init", "--store", location], ["convert", "--store", source, "--to", location], ["today", "--store", location],
            ] {
                let result = try program.run(arguments, extra: ["MICROMANCE_STORE": source], in: scratch)
                let shown = "micromance \(arguments.joined(separator: " ").prefix(120))"
                #expect(result.code < 128, "\(shown) trapped (\(result.code)): \(result.errors.prefix(300))")
                if result.code != 0 {
                    #expect(result.errors.hasPrefix("micromance: "), "\(shown): \(result.errors.prefix(300))")
                }
            }
        }
        // Nothing was ever made in a folder literally named `~`.
        #expect(!FileManager.default.fileExists(atPath: scratch + "/~/"), "a folder named ~ was made")
    }
}
