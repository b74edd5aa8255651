import ArgumentParser
import MicromanceModel
import MicromanceStore

/// Shared by `merge` and `import`: brings another journal into this one under the lock.
enum JournalMerger {
    static func merge(from location: String, into storeOptions: StoreOptions, createIfMissing: Bool) throws {
        let environment = CLIEnvironment.current
        let other = try StoreOptions.open(location).loadForCLI()
        let store = try storeOptions.open(in: environment)
        var report = MergeReport()
        var created = false
        do throws(StoreError) {
            try store.withExclusiveAccess { () throws(StoreError) in
                let mine: Journal
                do throws(StoreError) {
                    mine = try store.load()
                } catch {
                    guard case .notFound = error, createIfMissing else { throw error }
                    try store.save(other)
                    created = true
                    return
                }
                let (merged, outcome) = mine.merged(with: other)
                report = outcome
                guard !outcome.isEmpty else { return }
                do throws(JournalValidationError) { try merged.validate() } catch {
                    throw .invalid(file: location, line: nil, error)
                }
                try store.save(merged)
            }
        } catch {
            throw CLIError(error)
        }
        let out = environment.output
        if created {
            out.line("Started \(store.location) from \(location): \(TextFormat.count(other.moments.count, "moment")), \(TextFormat.count(other.partners.count, "partner")).")
            return
        }
        if report.isEmpty {
            out.line("Nothing to merge: \(store.location) already holds everything in \(location). Nothing was changed.")
            return
        }
        out.line("Merged \(location) into \(store.location):")
        out.line("  added \(TextFormat.count(report.addedMoments, "moment")), \(TextFormat.count(report.addedPartners, "partner")), \(TextFormat.count(report.addedRituals, "ritual"))")
        if report.conflicts.isEmpty {
            out.line("  no conflicts")
        } else {
            out.line("  \(TextFormat.count(report.conflicts.count, "conflict")), settled the same way whichever side merges:")
            for conflict in report.conflicts { out.line("    \(conflict)") }
        }
    }
}

/// `micromance merge`: unions another journal into this one.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge another journal (say, your partner's copy) into this one.",
        discussion: """
        Moments, partners and rituals are matched by id: what only the other journal has is added, \
        and an item both changed is settled by a fixed rule, so merging A into B and B into A agree. \
        Merging the same journal twice adds nothing. The other journal is only read.

        Examples:
          micromance merge ~/Downloads/sams-journal.json
          micromance merge csv:/media/usb/micromance
        """)

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The other journal: a .json file, a CSV folder, json:PATH or csv:DIR.", valueName: "other"))
    var other: String

    func run() throws {
        try JournalMerger.merge(from: other, into: storeOptions, createIfMissing: false)
    }
}

/// `micromance import`: brings an exported journal in.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring in a journal exported with `micromance export` (starting a journal if you have none).",
        discussion: """
        Importing into an existing journal merges, as `micromance merge` does.

        Examples:
          micromance import backup.json
          micromance import csv:~/micromance-export
        """)

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The exported journal: a .json file, a CSV folder, json:PATH or csv:DIR.", valueName: "file"))
    var file: String

    func run() throws {
        try JournalMerger.merge(from: file, into: storeOptions, createIfMissing: true)
    }
}
