import Foundation
import MicromanceModel
import MicromanceStoreTestKit
import Testing

@testable import MicromanceStore

/// The cache of labelled titles a quick append learns from: what is written reads back the
/// same, whatever the titles hold, and a file that does not match is not used.
@Suite struct LabelledTitlesFileTests {
    /// A journal file and the cache files that track it, in a fresh folder.
    private func trackedJournal() throws -> (journal: String, files: IndexedFiles) {
        let folder = freshPath()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let tracked = folder + "/journal.json"
        try Data("{}".utf8).write(to: URL(fileURLWithPath: tracked))
        let files = IndexedFiles(index: folder + "/.index", titles: folder + "/.titles", tracked: [tracked], magic: Array("MMTEST01".utf8))
        return (tracked, files)
    }

    @Test func titlesReadBackAsWritten() throws {
        let (tracked, files) = try trackedJournal()
        let labelled = [
            LabelledTitle(title: "Made coffee", language: .service, gesture: Identifier("make-their-coffee")),
            LabelledTitle(title: "tab\there, line\nbreak, back\\slash and \\t as text", language: .words),
            LabelledTitle(title: "Café crème für Zoë 🌷, 二人で散歩", language: .time, gesture: Identifier("short-walk")),
            LabelledTitle(title: "", language: .touch, taught: false),
            LabelledTitle(
                title: "gave me a foot rub", language: .touch, gesture: "foot-rub", giver: "sam", receiver: "alex",
                directedOn: DeviceID("k3x9q2m7abcd"), times: 12),
        ]
        LabelledTitlesFile.write(files, labelled: labelled, identity: try #require(files.identity))
        #expect(LabelledTitlesFile.read(files) == labelled)

        // An appended title is read after the others; the tracked file changing makes it unused.
        let before = try #require(files.identity)
        var moment = ConformanceFixtures.moment(index: 1, giver: "alex", receiver: "sam")
        moment.title = "Sunday pancakes"
        moment.language = .service
        try Data("{ }".utf8).write(to: URL(fileURLWithPath: tracked))
        LabelledTitlesFile.append(files, moment: moment, before: before)
        let appended = try #require(LabelledTitlesFile.read(files)?.last)
        #expect(appended.title == "Sunday pancakes" && appended.language == .service)
        #expect(appended.giver == "alex" && appended.receiver == "sam" && appended.directedOn == moment.changes.created.device)
        try Data("{  }".utf8).write(to: URL(fileURLWithPath: tracked))
        #expect(LabelledTitlesFile.read(files) == nil)
    }

    @Test func aDamagedFileIsNotUsed() throws {
        let (_, files) = try trackedJournal()
        let identity = try #require(files.identity)
        let head = LabelledTitlesFile.header(identity)
        for body in [
            "service\t\t\t\t\tMade coffee", "service\tMade coffee\n", "sport\t\t\t\t\tRan\n", "service\t\t\t\t\tok\nwords\n",
            "service\t\tMade coffee\n", "service\t\t\t\tMade coffee\n", "service\t\t\t\t\t\tMade coffee\n",
            "service\t\t\t\t\tx\t1\tMade coffee\n", "service\t\t\t\t\t0\t1\tMade coffee\n",
            // The flags are 0 to 3; a line of the third format has none.
            "service\t\t\t\t\t3\tMade coffee\n", "service\t\t\t\t\t3\t4\tMade coffee\n", "service\t\t\t\t\t3\t10\tMade coffee\n",
        ] {
            try Data(head + Array(body.utf8)).write(to: URL(fileURLWithPath: files.titles))
            #expect(LabelledTitlesFile.read(files) == nil, "\(body)")
        }
        try Data(head).write(to: URL(fileURLWithPath: files.titles))
        #expect(LabelledTitlesFile.read(files) == [])
        // A file of an earlier format is written again from the journal: the first without who
        // gave and received, the second without the count of moments each way, the third
        // without whether the couple taught the language, the fourth without whether the giver
        // was given.
        for (magic, line) in [
            ("MMLT0001", "service\t\tMade coffee\n"), ("MMLT0002", "service\t\t\t\t\tMade coffee\n"),
            ("MMLT0003", "service\t\t\t\t\t3\tMade coffee\n"), ("MMLT0004", "service\t\t\t\t\t3\t1\tMade coffee\n"),
        ] {
            try Data(LabelledTitlesFile.header(identity, magic: magic) + Array(line.utf8)).write(to: URL(fileURLWithPath: files.titles))
            #expect(LabelledTitlesFile.read(files) == nil, "\(magic)")
        }
        let lines =
            "service\t\t\t\t\t3\t3\tMade coffee\nwords\t\t\t\t\t1\t0\tHad a chat\ntouch\t\t\t\t\t2\t1\tHug\ntime\t\t\t\t\t1\t2\tWalk\n"
        try Data(head + Array(lines.utf8)).write(to: URL(fileURLWithPath: files.titles))
        #expect(
            LabelledTitlesFile.read(files) == [
                LabelledTitle(title: "Made coffee", language: .service, times: 3),
                LabelledTitle(title: "Had a chat", language: .words, taught: false, directed: false),
                LabelledTitle(title: "Hug", language: .touch, times: 2, directed: false),
                LabelledTitle(title: "Walk", language: .time, taught: false),
            ])
        // And each is written back as it was read.
        #expect(
            (LabelledTitlesFile.read(files) ?? []).flatMap(LabelledTitlesFile.line) == Array(lines.utf8))
    }

    /// A quick append reads only the lines it learns from, the file's last ones, and learns
    /// from them exactly what it learned from the whole file.
    @Test func onlyTheLastLinesAreReadWhenAskedFor() throws {
        let (_, files) = try trackedJournal()
        let labelled = (0..<50).map { index in
            LabelledTitle(title: "Gesture number \(index)\nwith a line break", language: LoveLanguage.allCases[index % 5], times: index + 1)
        }
        LabelledTitlesFile.write(files, labelled: labelled, identity: try #require(files.identity))
        for last in [1, 2, 7, 49] {
            #expect(LabelledTitlesFile.read(files, last: last) == Array(labelled.suffix(last)), "last \(last)")
        }
        #expect(LabelledTitlesFile.read(files, last: 50) == labelled)
        #expect(LabelledTitlesFile.read(files, last: 51) == labelled)
        #expect(LabelledTitlesFile.read(files, last: 0) == [])
        let tail = LearnedTitles(LabelledTitlesFile.read(files, last: 20) ?? [])
        #expect(LearnedTitles(Array(labelled.suffix(20))).titles.examples == tail.titles.examples)
        // The header alone, or a damaged header, as before.
        try Data(LabelledTitlesFile.header(try #require(files.identity))).write(to: URL(fileURLWithPath: files.titles))
        #expect(LabelledTitlesFile.read(files, last: 3) == [])
        try Data("MMLT0003 1\nservice\t\t\t\t\t1\tMade coffee\n".utf8).write(to: URL(fileURLWithPath: files.titles))
        #expect(LabelledTitlesFile.read(files, last: 1) == nil)
    }
}
