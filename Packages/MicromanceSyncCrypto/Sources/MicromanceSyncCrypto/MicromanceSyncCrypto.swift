/// Encrypted sync folders: ``SealedFolder`` seals every file of a `SyncFolderStore` under a
/// ``FolderKey`` derived from the partners' passphrase; ``EncryptedSyncFolder`` makes a folder
/// encrypted and keeps each device's copy of its key.
public enum MicromanceSyncCrypto {
    /// The semantic version of this package. See CHANGELOG.md.
    public static let version = "0.1.0"
}
