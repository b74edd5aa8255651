import ArgumentParser
import Foundation
import MicromanceStore

#if EncryptedSync
import MicromanceSyncCrypto

extension SyncCommand {
    /// The subcommands that need encrypted folders.
    static let encryptionCommands: [any ParsableCommand.Type] = [Passphrase.self]
}

extension SyncCommand {
    /// `micromance sync passphrase`.
    struct Passphrase: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "passphrase", abstract: "Change the passphrase of an encrypted sync folder.",
            discussion: """
                Seals every device's files in the folder again under a key from the new passphrase \
                (asked twice, or read from MICROMANCE_NEW_PASSPHRASE); the old passphrase and every \
                key kept from it stop working. Run it while the other device is not writing: its \
                next command says the passphrase changed and asks for the new one.

                Example: micromance sync passphrase --store sync:~/Sync/micromance
                """)

        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let environment = CLIEnvironment.current
            let folder = try SyncCommand.folder(storeOptions, in: environment)
            guard let seal = folder.seal as? SealedFolder else {
                throw CLIError.usage(
                    "\(folder.location) is not encrypted; encrypt a copy with `micromance convert --to sync:NEW --encrypt`")
            }
            // Every file must open with the key in use before anything is sealed again.
            _ = try folder.load()
            guard let passphrase = EncryptedFolders.newPassphrase(in: environment) else {
                throw CLIError.usage("give the new passphrase in MICROMANCE_NEW_PASSPHRASE, or run in a terminal to be asked")
            }
            let (key, resealed): (FolderKey, EncryptedSyncFolder.Resealed)
            do {
                (key, resealed) = try EncryptedSyncFolder.changePassphrase(
                    folder: folder.folder, from: seal.key, to: passphrase, rounds: try EncryptedFolders.rounds(in: environment))
            } catch let failure as FolderKey.Failure {
                throw CLIError.usage("\(failure); nothing was changed")
            } catch let refusal as EncryptedSyncFolder.Refusal {
                throw CLIError.usage(refusal.description)
            }
            // Kept under the folder's identifier, in place of the old key.
            if let data = EncryptedFolders.dataFolder(environment) { try EncryptedSyncFolder.keep(key, dataFolder: data) }
            environment.output.line(
                "Changed the passphrase of \(folder.location): \(TextFormat.count(resealed.files, "file")) sealed again under the new key.")
            if resealed.leftOut > 0 {
                environment.output.line(
                    "\(TextFormat.count(resealed.leftOut, "line")) still arriving from another device was left out; that device writes it again."
                )
            }
            environment.output.line("On the other device, the next command says the passphrase changed and asks for the new one.")
        }
    }
}
#else
extension SyncCommand {
    /// Built without the EncryptedSync trait: no passphrase to change.
    static let encryptionCommands: [any ParsableCommand.Type] = []
}
#endif
