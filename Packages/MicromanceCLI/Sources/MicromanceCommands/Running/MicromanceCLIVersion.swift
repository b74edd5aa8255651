import MicromanceInsights
import MicromanceModel
import MicromanceStore

/// The version of the `micromance` command-line tool.
public enum MicromanceCLI {
    /// The semantic version of this package. See CHANGELOG.md.
    public static let version = "0.46.4"

    /// The tool's version and the version of every package it is built from, one per line.
    public static var versionReport: String {
        """
        micromance \(version)
        MicromanceModel \(MicromanceModel.version)
        MicromanceStore \(MicromanceStore.version)
        MicromanceInsights \(MicromanceInsights.version)
        MicromanceCLI \(version)
        """
    }
}
