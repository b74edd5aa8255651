import ArgumentParser
import Testing

@testable import MicromanceCommands

/// `log` lines are read without swift-argument-parser when they have a plain shape; what is
/// read must be what the parser reads, and anything else must go to the parser.
@Suite struct QuickLogTests {
    /// Every property of a `LogCommand`, as text, to compare two readings.
    static func fields(_ command: LogCommand) -> [String] {
        [
            command.storeOptions.store ?? "-", command.title, command.from ?? "-", command.to ?? "-",
            command.language.map { "\($0.value)" } ?? "-", command.kind.map { "\($0.value)" } ?? "-",
            "\(command.theirBid)", command.response.map { "\($0.value)" } ?? "-", command.gesture ?? "-",
            command.note ?? "-", command.at ?? "-", command.ritual ?? "-",
        ]
    }

    static let plain: [[String]] = [
        ["log", "Made tea"],
        ["log", "Made tea", "--from", "sam", "--to", "alex"],
        ["log", "--from", "Sam", "Made tea"],
        ["log", "Thank-you note", "--kind", "gratitude", "--language", "words", "--note", "for fixing, the \"bike\""],
        ["log", "Asked about the interview", "--kind", "bid", "--response", "toward", "--at", "yesterday 7pm"],
        ["log", "She showed me a photo", "--their-bid", "--response", "toward"],
        ["log", "Coffee", "--language=quality time", "--gesture=none", "--store=csv:~/tables"],
        ["log", "Coffee", "--note=a=b", "--ritual", "coffee", "--kind", "Gesture"],
        ["log", "Coffee", "--store", ""],
        ["log", "Café au lait ☕️ pour toi", "--language", "acts of service", "--at", "2026-11-24T08:15:00+01:00"],
    ]

    static let forTheParser: [[String]] = [
        ["log"], ["log", "a", "b"], ["log", "--help"], ["log", "-h"], ["log", "Coffee", "--from"],
        ["log", "Coffee", "--from", "a", "--from", "b"], ["log", "Coffee", "--language", "feelings"],
        ["log", "Coffee", "--their-bid", "--kind", "gesture"], ["log", "   "], ["log", "Coffee", "--unknown", "x"],
        ["log", "Coffee", "--"], ["log", "--", "-dash title"], ["log", "Coffee", "--their-bid", "--their-bid"],
        ["log", "Coffee", "--note", "-x"], ["log", "Coffee", "--generate-completion-script", "bash"],
        ["log", "Coffee", "-f", "sam"], ["log", "Coffee", "--response", "sideways"], ["today", "Coffee"],
        ["log", "Coffee", "--version"], ["log", "Coffee", "--their-bid=yes"],
    ]

    @Test func plainLinesAreReadAsTheParserReadsThem() throws {
        for arguments in Self.plain {
            let quick = try #require(LogCommand.quick(arguments), "\(arguments)")
            let parsed = try #require(try MicromanceCommand.parseAsRoot(arguments) as? LogCommand, "\(arguments)")
            #expect(Self.fields(quick) == Self.fields(parsed), "\(arguments)")
        }
    }

    @Test func everythingElseGoesToTheParser() {
        for arguments in Self.forTheParser {
            #expect(LogCommand.quick(arguments) == nil, "\(arguments)")
        }
    }

    /// An option added to `log` must be taught to the quick reader (it sets every property;
    /// one left unset would stop the command when read).
    @Test func theQuickReaderSetsEveryPropertyOfLog() {
        let properties = Set(Mirror(reflecting: LogCommand()).children.compactMap { $0.label.map { String($0.dropFirst()) } })
        #expect(
            properties == [
                "storeOptions", "title", "from", "to", "language", "kind", "theirBid", "response", "gesture", "note", "at", "ritual",
            ])
        #expect(Mirror(reflecting: StoreOptions()).children.compactMap(\.label) == ["_store"])
        let options = properties.subtracting(["storeOptions", "title", "theirBid"]).union(["store"])
        #expect(options == LogCommand.quickOptions)
    }

    /// The same line logs the same moment through either reader, and a line for the parser
    /// still gets the parser's error.
    @Test func aQuickLogLogsAndTheParserStillExplains() throws {
        let harness = try CommandHarness()
        harness.setUp("init", "--me", "Alex")
        harness.setUp("partner", "add", "Sam")
        let logged = harness.run("log", "Made Sam's coffee", "--from", "alex", "--to", "sam")
        #expect(logged.code == 0 && logged.output.contains("Logged \"Made Sam's coffee\" (Alex → Sam, acts of service)"), "\(logged)")
        let history = harness.run("history", "--json")
        #expect(history.output.contains("Made Sam's coffee"), "\(history.output)")
        let failure = harness.run("log", "Coffee", "--language", "feelings")
        #expect(failure.code == 64 && failure.errors.contains("feelings") && failure.errors.hasPrefix("micromance: "), "\(failure.errors)")
    }
}
