import Foundation
import Micromance
import MicromanceStoreTestKit
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite(.serialized) struct CrashAndConcurrencyTests {
    /// Two processes, each running `micromance log` 200 times at once, leave exactly 400 moments.
    @Test func twoProcessesLoggingAtOnceLoseNothing() throws {
        for location in ["journal.json", "tables"] {
            let program = try Program()
            defer { try? FileManager.default.removeItem(atPath: program.home) }
            let store = program.home + "/" + location
            let env = ["MICROMANCE_STORE": store]
            _ = try program.run(["init"], extra: env)
            _ = try program.run(["partner", "add", "Alex"], extra: env)
            _ = try program.run(["partner", "add", "Sam"], extra: env)
            let loops = try ["alex", "sam"].map { who -> Process in
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/bin/sh")
                process.arguments = ["-c", "i=0; while [ $i -lt 200 ]; do i=$((i+1)); \"$0\" log \"gesture $i\" --from \(who) || exit 1; done",
                                     program.executable]
                process.environment = ["HOME": program.home, "MICROMANCE_STORE": store, "TZ": "UTC"]
                process.standardOutput = FileHandle.nullDevice
                try process.run()
                return process
            }
            for loop in loops { loop.waitUntilExit() }
            #expect(loops.allSatisfy { $0.terminationStatus == 0 })
            let journal = try StoreRegistry().open(store).load()
            #expect(journal.moments.count == 400, "\(location)")
            #expect(Set(journal.moments.map(\.id)).count == 400)
        }
    }

    /// A `micromance` killed with SIGKILL while saving leaves a store that opens with the old or the new content.
    @Test func killedWhileSavingLeavesOldOrNew() throws {
        var random = SeededGenerator(seed: 20_261_124)
        for location in ["journal.json", "tables"] {
            let program = try Program()
            defer { try? FileManager.default.removeItem(atPath: program.home) }
            let store = program.home + "/" + location
            let opened = try StoreRegistry().open(store)
            try opened.save(try ConformanceFixtures.couple(moments: 5_000))
            // Time one uninterrupted run, then kill at random points across that span, so that
            // kills land while loading, while writing, and while renaming, on any machine.
            let started = Date()
            #expect(try program.run(["partner", "add", "Timer"], extra: ["MICROMANCE_STORE": store]).code == 0)
            let span = max(0.02, Date().timeIntervalSince(started))
            var survived = 0
            var completed = 0
            for attempt in 0..<25 {
                let before = try opened.load()
                let process = Process()
                process.executableURL = URL(fileURLWithPath: program.executable)
                // `partner add` rewrites the whole journal in both backends.
                process.arguments = ["partner", "add", "Person \(attempt)"]
                process.environment = ["HOME": program.home, "MICROMANCE_STORE": store, "TZ": "UTC"]
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try process.run()
                usleep(UInt32(Double.random(in: 0.2...1.1, using: &random) * span * 1_000_000))
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                let after = try opened.load()  // must open, whatever the moment of the kill
                #expect(after.moments == before.moments)
                #expect(after.partners.count == before.partners.count || after.partners.count == before.partners.count + 1)
                if after.partners.count > before.partners.count { completed += 1 }
                survived += 1
            }
            #expect(survived == 25, "\(location)")
            print("\(location): \(survived) kills survived; \(completed) saves had completed before the kill")
        }
    }
}
