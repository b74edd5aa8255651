import Foundation
@_spi(MicromanceInternals) import MicromanceModel
import MicromanceStoreTestKit
import Testing

@testable import MicromanceStore

/// What the fast moments reader works out besides the moments: what a load's checks need to
/// know of them (``MomentSurvey``), and change stamps read from bytes.
@Suite struct CSVMomentSurveyTests {
    /// The reader notes what the moments name and checks each moment on its own as it reads
    /// it, so a load need not look at a million moments again; the answers are those of
    /// checking every moment. A moment that fails its own checks, or a ritual or person the
    /// journal does not know, is found either way, with the same problem and line.
    @Test func surveysTheMomentsAsItReadsThem() throws {
        let header = "id,at,timeZone,giver,receiver,kind,language,gesture,response,ritual,title,note\n"
        let good = header + "m1,2026-11-24T08:15:00Z,UTC,alex,sam,,,,,,Hug,\nm2,2026-11-24T09:15:00+01:00,Europe/Paris,sam,alex,,,,,,Tea,\n"
        for threads in [1, 2] {
            let walk = good + "m3,2026-11-24T10:15:00Z,UTC,alex,sam,,,,,walk,Walk,\n"
            let read = try #require(
                Array(walk.utf8).withUnsafeBufferPointer { CSVMomentReader.readWithPeople($0, threads: threads, parallelThreshold: 64) })
            let survey = try #require(read.survey)
            #expect(survey.count == 3 && survey.eachPassesOnItsOwn)
            #expect(Set(survey.people) == ["alex", "sam"] && survey.rituals == ["walk"] && Set(survey.zones) == ["UTC", "Europe/Paris"])
        }
        let rows: [(row: String, passes: Bool)] = [
            ("m3,2026-11-24T08:15:00Z,UTC,alex,alex,,,,,,Hug,\n", false),  // giving to oneself
            ("m3,2026-11-24T08:15:00Z,UTC,alex,sam,,,,,,\" \",\n", false),  // a blank title
            ("m3,2026-11-24T08:15:00Z,UTC,alex,sam,,,,,yoga,Hug,\n", true),  // a ritual the journal does not have
            ("m3,2026-11-24T08:15:00Z,UTC,alex,kim,,,,,,Hug,\n", true),  // someone not a partner
            ("m3,2026-11-24T08:15:00Z,Mars/Olympus,alex,sam,,,,,,Hug,\n", true),  // a zone no system knows
            ("m1,2026-11-24T08:15:00Z,UTC,alex,sam,,,,,,Hug,\n", true),  // a repeated id
        ]
        for (row, passes) in rows {
            let folder = freshPath(".csv")
            defer { try? FileManager.default.removeItem(atPath: folder) }
            try CSVJournalStore(folder: folder).save(ConformanceFixtures.couple(moments: 0))
            try SecureFile.replace(folder + "/moments.csv", with: Array((good + row).utf8))
            let decoded = try CSVJournalDecoder(folder: folder).decode()
            let survey = try #require(decoded.survey, "\(row)")
            #expect(survey.eachPassesOnItsOwn == passes, "\(row)")
            let problems = decoded.journal.problems()
            #expect(!problems.isEmpty, "\(row)")
            #expect(decoded.journal.problems(knowing: survey) == problems, "\(row)")
            do {
                _ = try CSVJournalStore(folder: folder).load()
                Issue.record("loaded \(row)")
            } catch {
                // A repeated id names both lines, with the column (0.30.0).
                if case let .corrupt(file, line, _, field, reason) = error, row.hasPrefix("m1,") {
                    #expect(
                        file.hasSuffix("moments.csv") && line == 4 && field == "id (column 1)" && reason.hasPrefix("line 2 has the id 'm1'")
                    )
                    continue
                }
                guard case let .invalid(file, line, problem) = error else { Issue.record("\(error)"); continue }
                #expect(
                    file.hasSuffix("moments.csv") && line == 4 && problem == problems[0],
                    "\(row) \(file) \(String(describing: line)) \(problem)")
            }
        }
    }

    /// Stamps read from bytes (a creation stamp alone, or with one changed field: the cases
    /// read without the general reader) are those the general reader makes of the same text,
    /// and what the shortcut does not take is still read, or refused, by the general one.
    @Test func changeStampsReadFromBytesAsFromText() throws {
        let texts = [
            "1479988895000.0@samlaptop", "1479988895000.0@samlaptop note=1479994877000.0@alexphone",
            "1479988895000.3@samlaptop title=1479994877000.12@samlaptop", "1479988895000.0@samlaptop removed=1479994877000.0@alexphone",
            "1479988895000.0@samlaptop +preferences/tea=1479994877000.0@alexphone",
            "1479988895000.0@samlaptop n%3Dte=1479994877000.0@alexphone",
            "1479988895000.0@samlaptop note=1479994877000.0@alexphone title=1479994877001.0@alexphone",
            "1479988895000.0@samlaptop  note=1479994877000.0@alexphone", "1479988895000.0@samlaptop note=1479994877000.0@alexphone ",
            "1479988895000.0@samlaptop note=", "1479988895000.0@samlaptop =1479994877000.0@alexphone",
            "1479988895000.0@samlaptop note=14799x4877000.0@alexphone", "1479988895000.0@sam laptop",
            "1479988895000.0@samlaptop note\\=1479994877000.0@alexphone",
        ]
        var devices = DeviceCache()
        for text in texts {
            let fromBytes = Array(text.utf8).withUnsafeBufferPointer { Changes(bytes: $0, devices: &devices) }
            // A backslash may start a JSON escape: the bytes are left to the general reader.
            let fromText = text.contains("\\") ? nil : Changes(parsing: text)
            #expect(fromBytes == fromText, "\(text)")
        }
        #expect(Changes(parsing: texts[1])?.fields == ["note": try #require(ChangeStamp(parsing: "1479994877000.0@alexphone"))])
    }
}
