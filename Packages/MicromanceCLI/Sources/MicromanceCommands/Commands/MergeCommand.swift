import ArgumentParser
import MicromanceModel
import MicromanceStore

/// Shared by `merge` and `import`: brings another journal into this one under the lock.
enum JournalMerger {
    static func merge(from location: String, into storeOptions: StoreOptions, createIfMissing: Bool) throws {
        let environment = CLIEnvironment.current
        let other: Journal
        do {
            other = try StoreOptions.open(location, in: environment).load()
        } catch StoreError.notFound {
            // The other copy is missing: not a reason to start a journal of one's own.
            throw CLIError(
                code: 66, message: "there is no journal at \(location) to bring in; check the path (nothing was read or written)")
        }
        let store = try storeOptions.open(in: environment)
        var report = MergeReport()
        var created = false
        var partners = [Partner]()
        var together = Set<PartnerPair>()
        var twice = [LoggedTwice]()
        do {
            try store.withExclusiveAccess { () throws(StoreError) in
                let mine: Journal
                do throws(StoreError) {
                    mine = try store.load()
                } catch {
                    guard case .notFound = error, createIfMissing else { throw error }
                    // What belongs to the other device (who it is) does not come along.
                    var started = other
                    started.settings.takeDeviceFields(from: nil)
                    try store.save(started)
                    created = true
                    return
                }
                var (merged, outcome) = mine.merged(with: other)
                report = outcome
                guard !outcome.isEmpty else { return }
                merged.compactRemovals(before: environment.now().addingTimeInterval(-Journal.removedContentsKeptFor))
                do throws(JournalValidationError) { try merged.validate() } catch {
                    throw .invalid(file: location, line: nil, error)
                }
                try store.save(merged)
                partners = merged.partners
                together = JournalMerger.pairsWithMoments(merged.moments)
                let added = Set(outcome.entries.lazy.filter { $0.kind == "moment" && $0.reason == .new }.map { Identifier<Moment>($0.id) })
                var samePerson = [Identifier<Partner>: Identifier<Partner>]()
                for (one, other) in JournalMerger.lookAlikes(partners, together: together) {
                    let (kept, gone) = one.id.rawValue < other.id.rawValue ? (one.id, other.id) : (other.id, one.id)
                    samePerson[gone] = samePerson[gone] ?? kept
                }
                twice = LoggedTwice.find(in: merged.moments, added: added, samePerson: samePerson)
            }
        }
        if created || !report.isEmpty { LastChange.recordMerge(from: location, store: store, in: environment) }
        let out = environment.output
        if created {
            out.line(
                "Started \(store.location) from \(location): \(TextFormat.count(other.moments.count, "moment")), \(TextFormat.count(other.partners.count, "partner"))."
            )
            out.line("Who are you on this device? Tell it with `micromance me NAME`.")
            return
        }
        if report.isEmpty {
            out.line("Nothing to merge: \(store.location) already holds everything in \(location). Nothing was changed.")
            return
        }
        out.line("Merged \(location) into \(store.location):")
        var counts =
            "  added \(TextFormat.count(report.addedMoments, "moment")), \(TextFormat.count(report.addedPartners, "partner")), \(TextFormat.count(report.addedRituals, "ritual"))"
        if report.removedHere > 0 { counts += "; \(report.removedHere) removed here because the other journal removed them" }
        out.line(counts)
        for side in [MergeReport.Side.other, .this] {
            let entries = report.entries.filter { $0.side == side && $0.reason != .new }
            guard !entries.isEmpty else { continue }
            out.line(side == .other ? "  taken from \(location):" : "  kept from this journal (changed here later):")
            for entry in entries.prefix(40) { out.line("    " + MergeText.describe(entry)) }
            if entries.count > 40 { out.line("    … and \(entries.count - 40) more") }
        }
        for pair in twice.prefix(10) { out.line(pair.line) }
        if twice.count > 10 { out.line("  … and \(twice.count - 10) more moments that look logged on both devices") }
        // Two phones set up apart name one person twice ("Kofi" and "Kofi Mensah").
        // The same suggestion on every device (the partner whose id sorts first stays): two
        // devices merging one pair in opposite directions would each remove the one the other kept.
        for (one, other) in lookAlikes(partners, together: together) {
            let (kept, gone) = one.id.rawValue < other.id.rawValue ? (one, other) : (other, one)
            out.line(
                "  \(kept.name) and \(gone.name) look like one person: `micromance partner merge \(gone.id) \(kept.id)` makes "
                    + "them one (\(gone.name)'s moments become \(kept.name)'s; run it on one device only, and rename with "
                    + "`partner edit \(kept.id) --name` after)")
        }
    }

    /// Pairs of partners whose names look like one person's: the same first name, one first
    /// name the start of the other's ("Teo" and "Teodor Almeida", three letters at least), or
    /// one name a part of the other (a surname, initials); never two whose second names start
    /// differently ("Sam O" and "Sam Reyes", a couple who share a first name). Two who gave each other a moment
    /// (`together`, as ``pairsWithMoments(_:)`` lists them) are two people, whatever their names
    /// ("Dan" and "Daniela"), and `partner merge` would refuse them.
    static func lookAlikes(_ partners: [Partner], together: Set<PartnerPair> = []) -> [(Partner, Partner)] {
        let first = { (name: String) in Lookup.folded(name).split(separator: " ").first.map(String.init) ?? "" }
        func alike(_ one: Partner, _ other: Partner) -> Bool {
            // "Sam O" and "Sam Reyes": both give a second name, and they start differently.
            let second = { (name: String) in Lookup.folded(name).split(whereSeparator: { $0 == " " || $0 == "." }).dropFirst().first?.first
            }
            if let x = second(one.name), let y = second(other.name), x != y { return false }
            let a = first(one.name), b = first(other.name)
            if a == b || (min(a.count, b.count) >= 3 && (a.hasPrefix(b) || b.hasPrefix(a))) { return true }
            return PartnerCommand.Add.partOfName(one.name, of: other.name) || PartnerCommand.Add.partOfName(other.name, of: one.name)
        }
        var pairs = [(Partner, Partner)]()
        for (index, one) in partners.enumerated() {
            for other in partners[(index + 1)...] where alike(one, other) && !together.contains(PartnerPair(one.id, other.id)) {
                pairs.append((one, other))
            }
        }
        return pairs
    }

    /// The pairs of partners with a moment between them, either way round.
    static func pairsWithMoments(_ moments: [Moment]) -> Set<PartnerPair> {
        var pairs = Set<PartnerPair>()
        var last: (Identifier<Partner>, Identifier<Partner>)?
        for moment in moments {
            // Most moments go between the same two: hashed only when the pair changes.
            if let last, last.0 == moment.giver, last.1 == moment.receiver { continue }
            last = (moment.giver, moment.receiver)
            pairs.insert(PartnerPair(moment.giver, moment.receiver))
        }
        return pairs
    }
}

/// Two partners, either way round.
struct PartnerPair: Hashable {
    let first: Identifier<Partner>, second: Identifier<Partner>

    init(_ one: Identifier<Partner>, _ other: Identifier<Partner>) {
        (first, second) = one.rawValue < other.rawValue ? (one, other) : (other, one)
    }
}

/// Plain words for what a merge did.
enum MergeText {
    static func describe(_ entry: MergeReport.Entry) -> String {
        let what = entry.id.isEmpty ? entry.kind : "\(entry.kind) \(entry.id)"
        let fields = entry.fields.joined(separator: ", ")
        switch entry.reason {
        case .new: return "\(what): new"
        case .removed: return "\(what): removed (removed there after its last change)"
        case .editedAfterRemoval:
            return "\(what): back, with \(fields.isEmpty ? "its contents" : fields) (changed there after it was removed here)"
        case .newer: return "\(what): \(fields) (changed later \(entry.side == .other ? "there" : "here"))"
        case .tie:
            return "\(what): \(fields) (different on the two copies, with no later change stamp on either: edited before change "
                + "stamps, or by hand where Micromance had no copy to compare with; the value that sorts later was kept)"
        }
    }
}

/// `micromance merge`: unions another journal into this one.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge another journal (say, your partner's copy) into this one.",
        discussion: """
            Records are matched by id and merged field by field: each field keeps the value that was \
            changed last, on whichever copy; preferences and ideas added on either side are all kept; \
            a moment removed on one copy stays removed unless the other edited it afterwards. Who you \
            are on this device is never taken from the other copy. Merging A into B and B into A \
            agree, and merging twice adds nothing. The other journal is only read. The command lists \
            what it took from each side and why.

            Examples:
              micromance merge ~/Downloads/sams-journal.json
              micromance merge csv:/media/usb/micromance

            The guide: micromance help sharing
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
