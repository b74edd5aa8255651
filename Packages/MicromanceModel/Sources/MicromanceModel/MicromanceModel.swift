/// The MicromanceModel package: the value types that describe a couple's journal of
/// micromances, the built-in gesture catalog, and the rules a valid journal follows.
public enum MicromanceModel {
    /// The semantic version of this package. See CHANGELOG.md.
    public static let version = "0.47.2"
}
