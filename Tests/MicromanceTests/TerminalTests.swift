import Foundation
import Micromance
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A pseudo-terminal: the program sees a real terminal on its standard streams.
struct PseudoTerminal {
    let master: Int32
    let slave: Int32

    init() throws {
        // What posix_openpt, unlockpt and ptsname do on Linux, which Swift's Glibc module does not export.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        let setLock: UInt = 0x4004_5431  // TIOCSPTLCK
        let getNumber: UInt = 0x8004_5430  // TIOCGPTN
        guard master >= 0, ioctl(master, setLock, &unlock) == 0, ioctl(master, getNumber, &number) == 0 else {
            throw CocoaError(.fileReadUnknown)
        }
        slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw CocoaError(.fileReadUnknown) }
        var size = winsize(ws_row: 40, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
    }

    func type(_ text: String) {
        _ = text.withCString { write(master, $0, strlen($0)) }
    }

    /// Reads what the program printed until `marker` appears or `seconds` pass.
    func read(until marker: String, seconds: Double) -> String {
        var collected = [UInt8]()
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) > 0 else { continue }
            let n = Glibc.read(master, &buffer, buffer.count)
            if n <= 0 { break }
            collected += buffer[0..<n]
            if String(decoding: collected, as: UTF8.self).contains(marker) { break }
        }
        return String(decoding: collected, as: UTF8.self)
    }
}

@Suite(.serialized) struct TerminalTests {
    @Test func quizThroughARealTerminal() throws {
        let program = try Program()
        defer { try? FileManager.default.removeItem(atPath: program.home) }
        let store = program.home + "/journal.json"
        for step in [["init"], ["partner", "add", "Alex"], ["partner", "add", "Sam"]] {
            #expect(try program.run(step, extra: ["MICROMANCE_STORE": store]).code == 0)
        }
        let terminal = try PseudoTerminal()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program.executable)
        process.arguments = ["quiz", "--for", "Sam"]
        process.environment = ["HOME": program.home, "MICROMANCE_STORE": store, "TERM": "xterm", "TZ": "UTC"]
        let handle = FileHandle(fileDescriptor: terminal.slave, closeOnDealloc: false)
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        close(terminal.slave)
        defer { close(terminal.master) }

        var screen = terminal.read(until: "1/15", seconds: 10)
        #expect(screen.contains("Love-language quiz for Sam"))
        terminal.type("perhaps\n")
        screen += terminal.read(until: "Please answer 1 or 2", seconds: 10)
        #expect(screen.contains("Please answer 1 or 2"))
        // Choose touch whenever it is offered, else the first gesture, answering each prompt as it comes.
        for (index, item) in LoveLanguageQuiz.items.enumerated() {
            if index > 0 { screen += terminal.read(until: "\(index + 1)/15", seconds: 10) }
            terminal.type(item.second.language == .touch ? "2\n" : "1\n")
        }
        screen += terminal.read(until: "Saved to Sam's profile", seconds: 10)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(screen.contains("Saved to Sam's profile"))
        #expect(screen.contains("\u{1B}["), "a terminal gets colour")
        let sam = try #require(JSONJournalStore(path: store).load().partner("sam"))
        #expect(sam.profile.primary == .touch && sam.profile[.touch] == 6)
    }

    @Test func pipesGetPlainTextAndValidJSON() throws {
        let program = try Program()
        defer { try? FileManager.default.removeItem(atPath: program.home) }
        let store = ["MICROMANCE_STORE": program.home + "/journal.json"]
        _ = try program.run(["init"], extra: store)
        _ = try program.run(["partner", "add", "Alex"], extra: store)
        _ = try program.run(["partner", "add", "Sam"], extra: store)
        let towel = try program.run(["log", "warm towel"], extra: store)
        #expect(towel.output.contains("(Alex → Sam, acts of service)"))
        #expect(towel.output.contains("Warm their towel"))
        #expect(!(try program.run(["report"], extra: store.merging(["NO_COLOR": "1"]) { a, _ in a })).output.contains("\u{1B}["))
        let json = try program.run(["history", "--json"], extra: store).output
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-m", "json.tool"]
        let input = Pipe()
        check.standardInput = input
        check.standardOutput = FileHandle.nullDevice
        try check.run()
        input.fileHandleForWriting.write(Data(json.utf8))
        try input.fileHandleForWriting.close()
        check.waitUntilExit()
        #expect(check.terminationStatus == 0)
        let bad = try program.run(["log", "Hug", "--at", "next blue moon"], extra: store)
        #expect(bad.code == 64)
        #expect(bad.errors.contains("yesterday 8am") && bad.errors.contains("2h ago"))
    }

    @Test func firstMinuteFromNothingToToday() throws {
        let program = try Program()
        defer { try? FileManager.default.removeItem(atPath: program.home) }
        let welcome = try program.run([])
        #expect(welcome.code == 0 && welcome.output.contains("micromance init"))
        // Follow the welcome text literally.
        for line in welcome.output.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("micromance init") || trimmed.hasPrefix("micromance partner add") else { continue }
            // The command, without the note beside it (after two spaces).
            let command = trimmed.components(separatedBy: "  ").first ?? trimmed
            let words = command.split(separator: " ").dropFirst().map(String.init)
            #expect(try program.run(words).code == 0, "\(trimmed)")
        }
        #expect(try program.run(["log", "Made Sam's coffee"]).code == 0)
        let today = try program.run([])
        #expect(today.output.contains("Streak 1 day"))
        #expect(today.output.contains("Ideas for Sam"))
    }
}
