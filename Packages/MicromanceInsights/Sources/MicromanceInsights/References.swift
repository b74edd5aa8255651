/// Figures from relationship research that Micromance shows beside a couple's own numbers.
/// They are reference points, never targets or verdicts.
public enum References {
    /// Gottman's newlywed study, six-year follow-up: couples still married had turned toward
    /// each other's bids for connection about 86% of the time.
    public static let turnTowardStayedTogether = 0.86
    /// The same study: couples who later divorced had turned toward each other's bids about 33% of the time.
    public static let turnTowardDivorced = 0.33
    /// Gottman: stable couples show about five positive interactions for each negative one
    /// during conflict discussions (and far more, often quoted as 20:1, in everyday life).
    public static let positiveToNegativeInConflict = 5.0
    /// The everyday positive-to-negative ratio often quoted for stable couples.
    public static let positiveToNegativeEveryday = 20.0
}
