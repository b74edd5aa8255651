import MicromanceModel

/// Love-language fit, as a "balanced diet": the mix of languages each partner received in
/// the period, set against the weights of their profile.
///
/// For each receiver: the share of each language among classified moments received, the
/// profile's share of each language, and a fit of `1 − ½ Σ |profile share − received share|`
/// (1 when the mix matches the profile exactly, 0 when it shares nothing with it). When the
/// language they value most got less than half of its profile share, the finding says so
/// gently. Reference: Chapman's five love languages; a profile is a weighting of all five.
public struct LoveLanguageFitStrategy: InsightStrategy {
    /// Classified moments a receiver needs in the period before a fit is worth stating.
    public var minimumMoments: Int

    /// Creates the strategy.
    public init(minimumMoments: Int = 5) { self.minimumMoments = minimumMoments }

    /// "love-language-fit".
    public var id: String { "love-language-fit" }

    /// One finding per receiver.
    public func findings(in context: InsightContext) -> [Finding] {
        guard !context.journal.partners.isEmpty else { return [Self.noPartners(id, "fit")] }
        let moments = context.momentsInPeriod
        let together = RitualsDoneTogether(context.journal)
        var findings = [Finding]()
        for partner in context.journal.partners {
            let received = moments.filter { together.receivers(of: $0).contains(partner.id) }.compactMap(\.language)
            // Every language weighing the same is no profile: a match with it means nothing.
            let short =
                partner.profile.primary == nil
                ? "\(partner.name) has no love-language profile yet (every language weighs the same); the quiz or a ranking sets one."
                : received.count < minimumMoments
                    ? "Too few classified gestures to \(partner.name) in this period to compare with what they value (\(received.count) of \(minimumMoments))."
                    : nil
            if let short {
                findings.append(
                    Finding(
                        strategy: id, topic: "fit", partner: partner.id.rawValue, tone: .notEnoughData, sentence: short,
                        numbers: ["received": Double(received.count)]))
                continue
            }
            var numbers = [String: Double]()
            var distance = 0.0
            for language in LoveLanguage.allCases {
                let got = Double(received.filter { $0 == language }.count) / Double(received.count)
                let wanted = partner.profile.share(of: language)
                numbers["received.\(language.rawValue)"] = got
                numbers["profile.\(language.rawValue)"] = wanted
                distance += abs(got - wanted)
            }
            let fit = 1 - distance / 2
            numbers["fit"] = fit
            numbers["received"] = Double(received.count)
            let top = partner.profile.ranking[0]
            let topGot = numbers["received.\(top.rawValue)"] ?? 0
            let topWanted = partner.profile.share(of: top)
            let percent = { (x: Double) in "\(Int((x * 100).rounded()))%" }
            if partner.profile.primary != nil, topGot < topWanted / 2 {
                findings.append(
                    Finding(
                        strategy: id, topic: "fit", partner: partner.id.rawValue, tone: .nudge,
                        sentence:
                            "\(partner.name) values \(top.displayName.lowercased()) most (\(percent(topWanted)) of their profile), and \(percent(topGot)) of what they received was in it. A few more gestures there may land well.",
                        numbers: numbers))
            } else {
                findings.append(
                    Finding(
                        strategy: id, topic: "fit", partner: partner.id.rawValue, tone: fit >= 0.7 ? .celebration : .observation,
                        sentence: "What \(partner.name) received matches their love-language profile at \(percent(fit)).",
                        numbers: numbers))
            }
        }
        return findings
    }

    /// The finding for a journal with no partners yet.
    static func noPartners(_ strategy: String, _ topic: String) -> Finding {
        Finding(
            strategy: strategy, topic: topic, tone: .notEnoughData,
            sentence: "No partners yet; add them with their love languages to see this.", numbers: [:])
    }
}
