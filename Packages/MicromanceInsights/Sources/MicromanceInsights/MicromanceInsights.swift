/// The MicromanceInsights package: what a journal shows. Counts, active days, streaks and
/// a consistency score, computed from a journal, a clock and a time zone that the caller
/// passes in, so the same inputs always give the same report.
public enum MicromanceInsights {
    /// The semantic version of this package. See CHANGELOG.md.
    public static let version = "0.18.4"
}
