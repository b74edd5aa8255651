/// The MicromanceStore package: where journals live. A small ``JournalStore`` protocol
/// and the backends that ship with Micromance.
public enum MicromanceStore {
    /// The semantic version of this package. See CHANGELOG.md.
    public static let version = "0.33.3"
}
