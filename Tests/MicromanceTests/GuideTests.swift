import Foundation
import Testing

/// Runs every shell block of the guides (`docs/guides/*.md`) and the README's quick start,
/// as a reader following them would: in a scratch home folder of its own per guide, with the
/// built `micromance` on the `PATH` and the clock pinned to Tuesday 24 November 2026, 08:15 in
/// Paris. A `console` block's `$ ` lines are commands, the lines after each what it prints
/// (standard output and error together; `~` for the scratch home, `...` for any text within a
/// line, a line of `...` for any lines, `[exit N]` last for a command that fails). An `sh`
/// block runs as one script and must succeed. A block after `<!-- not run: REASON -->` is
/// skipped, and may not show a `micromance` command.
@Suite struct GuideTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var guides: [String] {
        let folder = root.appendingPathComponent("docs/guides").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return ["README.md"] + names.filter { $0.hasSuffix(".md") }.sorted().map { "docs/guides/" + $0 }
    }

    struct Block {
        var line: Int
        var language: String
        var lines: [String]
        var skipped: String?
    }

    static func blocks(in text: String) -> [Block] {
        var blocks = [Block](), current: Block?, previous = ""
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).enumerated() {
            if var block = current {
                if line.hasPrefix("```") {
                    blocks.append(block)
                    current = nil
                } else {
                    block.lines.append(line)
                    current = block
                }
            } else if line.hasPrefix("```") {
                let reason = previous.hasPrefix("<!-- not run:") ? String(previous.dropFirst(13).dropLast(4)) : nil
                current = Block(line: index + 1, language: String(line.dropFirst(3)), lines: [], skipped: reason)
            }
            if !line.isEmpty { previous = line }
        }
        return blocks
    }

    /// Whether `actual` is what `shown` shows: `...` in a line stands for any text, a line of
    /// `...` for any lines.
    static func matches(_ shown: ArraySlice<String>, _ actual: ArraySlice<String>) -> Bool {
        guard let first = shown.first else { return actual.isEmpty }
        if first == "..." {
            return (actual.startIndex...actual.endIndex).contains { matches(shown.dropFirst(), actual[$0...]) }
        }
        guard let line = actual.first, lineMatches(first, line) else { return false }
        return matches(shown.dropFirst(), actual.dropFirst())
    }

    static func lineMatches(_ shown: String, _ actual: String) -> Bool {
        let parts = shown.components(separatedBy: "...")
        guard parts.count > 1 else { return shown == actual }
        guard actual.hasPrefix(parts[0]), let last = parts.last, actual.dropFirst(parts[0].count).hasSuffix(last) else { return false }
        var rest = actual.dropFirst(parts[0].count).dropLast(last.count)
        for middle in parts.dropFirst().dropLast() {
            guard let found = rest.range(of: middle) else { return false }
            rest = rest[found.upperBound...]
        }
        return true
    }

    @Test(arguments: guides) func everyShownCommandRunsAsShown(guide: String) throws {
        let program = try Program()
        defer { try? FileManager.default.removeItem(atPath: program.home) }
        let text = try String(contentsOfFile: Self.root.appendingPathComponent(guide).path, encoding: .utf8)
        let bin = URL(fileURLWithPath: program.executable).deletingLastPathComponent().path
        let environment = [
            "XDG_DATA_HOME": "", "MICROMANCE_NOW": "2026-11-24T08:15:00+01:00", "NO_COLOR": "1", "COLUMNS": "100",
            "LANG": "C.UTF-8", "MICROMANCE_KEY_COST": "10", "PATH": bin + ":/usr/bin:/bin",
        ]
        for block in Self.blocks(in: text) where ["console", "sh"].contains(block.language) {
            let place = "\(guide):\(block.line)"
            if let reason = block.skipped {
                #expect(!reason.trimmingCharacters(in: .whitespaces).isEmpty, "\(place): a block not run says why")
                #expect(!block.lines.contains { $0.hasPrefix("micromance ") }, "\(place): every micromance command shown is run")
                continue
            }
            if block.language == "sh" {
                let script = block.lines.map { $0.hasPrefix("swift run micromance ") ? String($0.dropFirst(10)) : $0 }
                let result = try program.shell("set -e\ncd \"$HOME\"\n" + script.joined(separator: "\n") + "\n", extra: environment)
                #expect(result.code == 0, "\(place): the block failed (\(result.code)): \(result.output)\(result.errors)")
                continue
            }
            var index = 0
            while index < block.lines.count {
                guard block.lines[index].hasPrefix("$ ") else {
                    Issue.record("\(place): '\(block.lines[index])' comes before any command")
                    break
                }
                let command = String(block.lines[index].dropFirst(2))
                index += 1
                var shown = [String]()
                while index < block.lines.count, !block.lines[index].hasPrefix("$ ") {
                    shown.append(block.lines[index])
                    index += 1
                }
                var code: Int32 = 0
                if let last = shown.last, last.hasPrefix("[exit "), let number = Int32(last.dropFirst(6).dropLast()) {
                    code = number
                    shown.removeLast()
                }
                let result = try program.shell("cd \"$HOME\" && { \(command)\n} 2>&1", extra: environment)
                let printed = result.output.replacingOccurrences(of: program.home, with: "~").split(
                    separator: "\n", omittingEmptySubsequences: false
                ).map { String($0.reversed().drop { $0 == " " }.reversed()) }
                let actual = Array(printed.reversed().drop { $0.isEmpty }.reversed())
                #expect(result.code == code, "\(place): `\(command)` exited \(result.code), shown \(code): \(result.output)")
                #expect(
                    Self.matches(shown[...], actual[...]),
                    "\(place): `\(command)` printed\n\(actual.joined(separator: "\n"))\nbut the guide shows\n\(shown.joined(separator: "\n"))"
                )
            }
        }
    }

    @Test func theReadmeLinksEveryGuideAndIsShort() throws {
        let readme = try String(contentsOfFile: Self.root.appendingPathComponent("README.md").path, encoding: .utf8)
        for guide in Self.guides.dropFirst() { #expect(readme.contains("(\(guide)"), "README.md does not link \(guide)") }
        #expect(readme.split(separator: "\n", omittingEmptySubsequences: false).count < 200)
        // The number of ideas the README and the guide give is the catalog's.
        let program = try Program()
        defer { try? FileManager.default.removeItem(atPath: program.home) }
        let ideas = try JSONSerialization.jsonObject(with: Data(try program.run(["ideas", "--json"]).output.utf8)) as? [String: Any]
        let count = (ideas?["data"] as? [Any])?.count ?? 0
        #expect(count > 15)
        let guide = try String(contentsOfFile: Self.root.appendingPathComponent("docs/guides/everyday-use.md").path, encoding: .utf8)
        #expect(readme.contains("the \(count) ideas of the built-in"))
        #expect(guide.contains("browse the \(count) built-in gesture ideas"))
    }

    /// `micromance help TOPIC` prints every guide, and points at guides that exist.
    @Test func everyGuideHasAHelpTopic() throws {
        let program = try Program()
        defer { try? FileManager.default.removeItem(atPath: program.home) }
        let unknown = try program.run(["help", "no-such-topic"])
        #expect(unknown.code == 64)
        // Words a new user tried point to what they were looking for.
        let list = try program.run(["help", "list"])
        #expect(list.code == 64 && list.errors.contains("`micromance history`") && list.errors.contains("`micromance partner list`"))
        #expect(try program.run(["help", "guide"]).errors.contains("`micromance help TOPIC`"))
        let names = try #require(unknown.errors.components(separatedBy: "Topics: ").last).trimmingCharacters(in: .newlines)
            .components(separatedBy: ", ")
        var pointed = Set<String>()
        for name in names {
            let result = try program.run(["help", name])
            #expect(result.code == 0, "help \(name)")
            let path = result.output.components(separatedBy: "Guide: ").last?.components(separatedBy: " ").first ?? ""
            pointed.insert(path)
            // The guide itself comes first, as the file has it (scripts/embed-guides copies it
            // into the tool): someone with only the binary can read it.
            let file = try String(contentsOfFile: Self.root.appendingPathComponent(path).path, encoding: .utf8)
            #expect(result.output.hasPrefix(file), "help \(name) prints an old copy of \(path): run scripts/embed-guides")
        }
        #expect(pointed == Set(Self.guides.dropFirst()))
        #expect(try program.run(["help", "log"]).output.contains("USAGE: micromance log"))
        #expect(try program.run(["help", "shring"]).errors.contains("Did you mean 'sharing'?"))
        // A guide's file name, as the README links it, names its topic (a new user's trial).
        for name in ["everyday-use", "everyday-use.md", "journal-files", "reports-and-formats.md"] {
            let byFile = try program.run(["help", name])
            #expect(byFile.code == 0 && byFile.output.hasPrefix("# "), "help \(name): \(byFile)")
        }
    }

    @Test func theMatcherOfShownOutputCanFail() {
        #expect(Self.matches(["a", "...", "d"], ["a", "b", "c", "d"]))
        #expect(!Self.matches(["a", "...", "d"], ["a", "b", "c"]))
        #expect(Self.lineMatches("Logged [...] ok", "Logged [k123] ok"))
        #expect(!Self.lineMatches("Logged [...] ok", "Logged [k123] no"))
        #expect(!Self.matches(["a"], ["a", "b"]))
    }
}
