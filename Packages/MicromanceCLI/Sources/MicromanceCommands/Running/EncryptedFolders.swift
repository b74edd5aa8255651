import Foundation
import MicromanceStore

#if EncryptedSync
import MicromanceSyncCrypto

/// The tool's side of encrypted sync folders (`init --store sync:DIR --encrypt`): the
/// passphrase, from `MICROMANCE_PASSPHRASE` or asked in a terminal without echo, and the
/// folder's key, kept in this device's data folder (`keys/ID.key`, readable by you only) after
/// the first time it opens the folder, so the passphrase is asked once per device.
enum EncryptedFolders {
    /// The variable a script gives the passphrase in.
    static let passphraseVariable = "MICROMANCE_PASSPHRASE"
    /// The variable that sets scrypt's cost for a new folder, as a power of two (10 to 20;
    /// 17 by default). Lower is faster and weaker: for tests.
    static let costVariable = "MICROMANCE_KEY_COST"

    /// This device's data folder (where `device-id` is), if it has one.
    static func dataFolder(_ environment: CLIEnvironment) -> String? {
        DeviceIdentity.path(environment.variables).map { StorePath.folder(of: $0) }
    }

    /// The seal for the sync folder `folder`, or nil when it is not encrypted. The key this
    /// device kept, else one derived from the passphrase (and kept); a missing or wrong
    /// passphrase is ``StoreError/locked(file:reason:)`` (exit 77), with nothing read.
    static func seal(for folder: String, in environment: CLIEnvironment) throws(StoreError) -> SealedFolder? {
        let header: SealHeader
        do {
            guard let read = try SealHeader.read(folder: folder) else { return nil }
            header = read
        } catch {
            throw .corrupt(file: folder + "/" + SyncFolderStore.sealHeaderName, line: nil, column: nil, field: nil, reason: "\(error)")
        }
        let data = dataFolder(environment)
        if let data, let key = EncryptedSyncFolder.keptKey(for: header, dataFolder: data) { return SealedFolder(key: key) }
        let hadKey =
            data.map { FileManager.default.fileExists(atPath: EncryptedSyncFolder.keyPath(id: header.id, dataFolder: $0)) } ?? false
        guard let passphrase = passphrase("Passphrase of \(folder): ", in: environment) else {
            throw .locked(
                file: folder,
                reason: (hadKey
                    ? "the folder's passphrase was changed since this device last opened it; give the new one"
                    : "the folder is encrypted; give its passphrase")
                    + " in \(passphraseVariable), or run the command in a terminal to be asked")
        }
        let key: FolderKey
        do {
            key = try FolderKey.unlock(header, passphrase: passphrase)
        } catch FolderKey.Failure.wrongPassphrase {
            throw .locked(file: folder, reason: "the passphrase does not open this folder; check it with your partner")
        } catch {
            throw .corrupt(file: folder + "/" + SyncFolderStore.sealHeaderName, line: nil, column: nil, field: nil, reason: "\(error)")
        }
        // The passphrase was changed elsewhere: what this device wrote under its old key
        // before it heard (its own files only) is sealed again under the new one.
        if hadKey, let data, let device = try? DeviceIdentity.current(environment),
            let text = try? String(contentsOfFile: EncryptedSyncFolder.keyPath(id: header.id, dataFolder: data), encoding: .utf8),
            let old = FolderKey(keptText: text)
        {
            do {
                let files = try EncryptedSyncFolder.resealOwnFiles(folder: folder, device: device, from: old, to: key)
                if files > 0 {
                    environment.errors.line(
                        "micromance: this device's \(files == 1 ? "file" : "\(files) files") written before the passphrase changed "
                            + "sealed again under the new one; if the sync tool reports a conflict on it, keep this device's copy")
                }
            } catch {
                environment.errors.line(
                    "micromance: warning: this device's own files could not be sealed again under the new key (\(error))")
            }
        }
        if let data {
            do {
                try EncryptedSyncFolder.keep(key, dataFolder: data)
            } catch {
                environment.errors.line(
                    "micromance: warning: could not keep the folder's key in \(data) (\(error)); it will be asked again")
            }
        }
        return SealedFolder(key: key)
    }

    /// Makes the empty sync folder `folder` encrypted under a new passphrase (asked twice in a
    /// terminal, or read from the variable) and keeps its key on this device.
    static func create(folder: String, in environment: CLIEnvironment) throws {
        guard let passphrase = passphrase("New passphrase for \(folder) (both of you will type it): ", in: environment) else {
            throw CLIError.usage("--encrypt needs a passphrase: run in a terminal to be asked, or set \(passphraseVariable)")
        }
        if environment.variables[passphraseVariable] == nil {
            guard self.passphrase("The same passphrase again: ", in: environment) == passphrase else {
                throw CLIError.usage("the two passphrases differ; nothing was written")
            }
        }
        let rounds = try self.rounds(in: environment)
        // Checked before the folder is made, so a refused passphrase leaves nothing behind.
        guard passphrase.filter({ !$0.isWhitespace }).count >= FolderKey.minimumPassphrase else {
            throw CLIError.usage(
                "\(FolderKey.Failure.weakPassphrase(minimum: FolderKey.minimumPassphrase)) (spaces do not count); nothing was written")
        }
        do {
            try SecureFolder.make(folder)
            let key = try EncryptedSyncFolder.create(folder: folder, passphrase: passphrase, rounds: rounds)
            if let data = dataFolder(environment) { try EncryptedSyncFolder.keep(key, dataFolder: data) }
        } catch let refusal as EncryptedSyncFolder.Refusal {
            throw CLIError.cannotCreate(refusal.description)
        } catch let failure as FolderKey.Failure {
            throw CLIError.usage("\(failure); nothing was written")
        }
    }

    /// scrypt's cost for a new key: 2^17, or 2^(``costVariable``).
    static func rounds(in environment: CLIEnvironment) throws -> Int {
        guard let cost = environment.variables[costVariable] else { return SealHeader.standardRounds }
        guard let exponent = Int(cost), (10...20).contains(exponent) else {
            throw CLIError.usage(
                "\(costVariable) is scrypt's cost as a power of two's exponent: a whole number from 10 to 20 (17 by default)")
        }
        return 1 << exponent
    }

    /// A new passphrase for `sync passphrase`: `MICROMANCE_NEW_PASSPHRASE`, else asked twice in
    /// a terminal; nil when neither, or when the two answers differ.
    static func newPassphrase(in environment: CLIEnvironment) -> String? {
        if let given = environment.variables["MICROMANCE_NEW_PASSPHRASE"] { return given }
        guard environment.inputIsTerminal else { return nil }
        environment.errors.write("New passphrase: ")
        let first = Terminal.withoutEcho { environment.input.next() }
        environment.errors.line("")
        environment.errors.write("The same passphrase again: ")
        let second = Terminal.withoutEcho { environment.input.next() }
        environment.errors.line("")
        guard let first, !first.isEmpty, first == second else { return nil }
        return first
    }

    /// The passphrase: the variable's, else asked in a terminal without echo; nil when neither.
    static func passphrase(_ prompt: String, in environment: CLIEnvironment) -> String? {
        if let given = environment.variables[passphraseVariable] { return given }
        guard environment.inputIsTerminal else { return nil }
        environment.errors.write(prompt)
        let answer = Terminal.withoutEcho { environment.input.next() }
        environment.errors.line("")
        return answer.flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// Makes a folder readable by its owner only (the sync folder, before its header goes in).
enum SecureFolder {
    static func make(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }
}
#else
/// Built without the EncryptedSync trait: no encrypted folders. A folder that is encrypted is
/// refused by the sync folder store itself, by name.
enum EncryptedFolders {
    static func seal(for folder: String, in environment: CLIEnvironment) throws(StoreError) -> (any SyncFolderSeal)? { nil }

    static func create(folder: String, in environment: CLIEnvironment) throws {
        throw CLIError.usage("this micromance was built without encrypted sync folders (the EncryptedSync trait); nothing was written")
    }
}
#endif
