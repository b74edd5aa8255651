import ArgumentParser
import Foundation
import MicromanceModel
import MicromanceStore

/// `micromance sync`: what a shared sync folder holds.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Share a journal between devices through a folder a sync tool keeps in step.",
        discussion: """
            Put the journal in a folder that Syncthing, Dropbox, iCloud Drive, Nextcloud or unison \
            copies between your devices, with --store sync:DIR. Each device writes only its own files \
            there, so the sync tool never has a conflict to settle, and every device reads all of them: \
            edits made apart, offline and in any order end up the same on every device.

            Examples:
              micromance convert --to sync:~/Sync/micromance        (move your journal in)
              micromance init --store sync:~/Sync/micromance --me Jonas   (on the second device)
              micromance sync status --store sync:~/Sync/micromance

            Encrypted: `micromance init --store sync:DIR --encrypt` (or `convert --to sync:DIR --encrypt`) \
            keeps only ciphertext in the folder, under a passphrase you both know; `sync passphrase` \
            changes it.

            The guide: micromance help sharing
            """,
        subcommands: [Status.self] + encryptionCommands)

    /// `micromance sync status`.
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status", abstract: "List the devices seen in a sync folder and when each last changed something.",
            discussion: "Example: micromance sync status --store sync:~/Sync/micromance")

        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let environment = CLIEnvironment.current
            let folder = try SyncCommand.folder(storeOptions, in: environment)
            let devices: [SyncDeviceStatus]
            devices = try folder.status()
            // Each device named by whose it is, as the journal knows them.
            // A device whose owner was merged away (on another device) is named after the one kept.
            let journal = try? folder.load()
            let partners = journal?.partners ?? []
            let destinations = journal?.mergeDestinations ?? [:]
            let zone = environment.timeZone
            environment.output.line("\(folder.location): \(TextFormat.count(devices.count, "device"))")
            for status in devices {
                let when =
                    status.lastChange.map { stamp -> String in
                        let date = Date(timeIntervalSince1970: Double(stamp.millis) / 1000)
                        return "last change " + Timestamp.format(date, in: zone)
                    } ?? "no changes of its own"
                let whose = status.owner.map { owner in
                    let id = destinations[owner] ?? owner
                    return partners.first { $0.id == id }?.name ?? owner.rawValue
                }
                let about = [whose.map { "\($0)'s" }, status.isThisDevice ? "this device" : nil].compactMap { $0 }
                var line = "  \(status.device)\(about.isEmpty ? "" : " (\(about.joined(separator: ", ")))"): \(when)"
                if status.pendingChanges > 0 { line += ", \(TextFormat.count(status.pendingChanges, "change")) since its last snapshot" }
                if status.waiting > 0 { line += "; \(TextFormat.count(status.waiting, "record")) wait for a file still to come" }
                if status.incomplete { line += "; a file is still arriving (read without its unfinished part)" }
                environment.output.line(line)
                if let damage = status.damage { environment.output.line("    damaged: \(damage)") }
                for copy in status.conflictCopies {
                    let fate =
                        status.isThisDevice
                        ? "read; folded into this device's files at its next change, then removed"
                        : "read; that device folds it in and removes it at its next change"
                    environment.output.line("    conflict copy: \(copy) (\(fate))")
                }
            }
        }
    }
}

extension SyncCommand {
    /// The sync folder the options name; any other store is a usage error.
    static func folder(_ options: StoreOptions, in environment: CLIEnvironment) throws -> SyncFolderStore {
        let store = try options.open(in: environment)
        guard let folder = store as? SyncFolderStore else {
            throw CLIError.usage("\(store.location) is not a sync folder; pass --store sync:DIR")
        }
        return folder
    }
}
