import Foundation
import MicromanceModel

/// Short reflective questions, one chosen to fit what a report shows: drift, a love
/// language that is missed, one-sided giving, a low turn-toward rate, repetition, or no
/// rituals; otherwise a general one. The choice among fitting questions follows the seed.
public enum Reflection {
    /// A question and the situation it suits.
    public struct Question: Hashable, Sendable, Codable {
        /// The situation (`drift`, `fit`, `reciprocity`, `bids`, `hard-day`, `hard-day-after`, `repetition`, `rituals`, `general`).
        public var situation: String
        /// The question, with `{giver}` and `{receiver}` standing for names.
        public var text: String
    }

    /// Every question, written for Micromance.
    public static let questions: [Question] = [
        Question(situation: "drift", text: "What used to make small moments easy between you, and what is in the way of them now?"),
        Question(situation: "drift", text: "Which one small gesture could you bring back this week without making a fuss about it?"),
        Question(situation: "fit", text: "When did {receiver} last seem truly seen by you? What were you doing?"),
        Question(
            situation: "fit",
            text: "Which of {receiver}'s love languages comes least naturally to you, and what is one small way to try it?"),
        Question(situation: "reciprocity", text: "What does {giver} do for the two of you that is easy to stop noticing?"),
        Question(
            situation: "reciprocity",
            text: "How would each of you describe the balance of giving lately, and does it feel the same from both sides?"),
        Question(
            situation: "bids",
            text: "What small bids from your partner might you be missing, and what pulls your attention away when they come?"),
        Question(situation: "bids", text: "What helps you pause and turn toward a bid when you are busy or tired?"),
        Question(situation: "repetition", text: "Which gesture has become a habit, and how could you make it feel new again?"),
        Question(situation: "rituals", text: "Which moment of your day could become a small ritual of connection?"),
        Question(situation: "general", text: "What makes you feel seen by your partner?"),
        Question(situation: "general", text: "What stops you from offering the care you know your partner would love?"),
        Question(situation: "general", text: "What small thing did your partner do recently that you have not thanked them for yet?"),
        // Only for a couple with no ritual: it was asked of one keeping four (a new user's trial).
        Question(situation: "rituals", text: "Which ritual could the two of you start today?"),
        Question(
            situation: "hard-day",
            text: "{receiver} has a hard day close by: what would make it a little lighter, and when will you ask how it went?"),
        Question(
            situation: "hard-day",
            text: "On a hard day, what does {receiver} want from you most: company, quiet, or a task taken off their plate?"),
        Question(
            situation: "hard-day-after",
            text: "{receiver}'s hard day is behind them: how will you ask about it, and what will help you listen rather than fix?"),
        Question(
            situation: "hard-day-after",
            text: "After a hard day, what tells you {receiver} wants to talk about it, or would rather not yet?"),
        Question(situation: "general", text: "Before your next gesture: are you calm enough for it to land as safe?"),
    ]

    /// The question that fits the report best, with names filled in, and its situation.
    ///
    /// `asking` is the partner who will read it: a finding about how well *their* languages are
    /// met, or about how much *they* give, is not theirs to reflect on as the other's, so it is
    /// not chosen for them ("when did Lena last seem truly seen by you?" asked of Lena).
    public static func choose(
        for report: InsightReport, journal: Journal, seed: UInt64, asking: Identifier<Partner>? = nil
    ) -> Question {
        var situation = "general"
        var giver: String?
        var receiver: String?
        let nudges = report.findings.filter { $0.tone == .nudge }
        let aboutAsker = { (finding: Finding) in asking != nil && finding.partner == asking?.rawValue }
        // A partner's hard day today, tomorrow or yesterday comes first: it will not wait (a
        // trial's exam day and day of grief were each met with a general question).
        let hardDay = report.findings.first {
            $0.strategy == "coming-up" && !aboutAsker($0)
                && ($0.topic == "stressor-follow-up" || ($0.topic == "stressor" && ($0.numbers["inDays"] ?? 9) <= 1))
        }
        if let hardDay {
            // The day after, the question is about asking how it went.
            situation = hardDay.topic == "stressor-follow-up" ? "hard-day-after" : "hard-day"
            receiver = hardDay.partner
        } else if nudges.contains(where: { $0.strategy == "drift" }) {
            situation = "drift"
        } else if let fit = nudges.first(where: { $0.strategy == "love-language-fit" && !aboutAsker($0) }) {
            situation = "fit"
            receiver = fit.partner
        } else if let balance = nudges.first(where: { $0.strategy == "reciprocity" && !aboutAsker($0) }) {
            situation = "reciprocity"
            giver = balance.partner
        } else if let bids = report.findings.first(where: { $0.strategy == "bids" && $0.topic == "turn-toward-rate" }),
            let rate = bids.numbers["rate"], rate < References.turnTowardStayedTogether
        {
            situation = "bids"
        } else if nudges.contains(where: { $0.strategy == "variety" && $0.topic == "repetition" }) {
            situation = "repetition"
        } else if journal.rituals.isEmpty, !journal.moments.isEmpty {
            situation = "rituals"
        }
        let fitting = questions.filter { $0.situation == situation }
        var generator = SeededGenerator(seed: seed)
        var question = fitting.randomElement(using: &generator) ?? questions[questions.count - 1]
        let name = { (id: String?) in id.flatMap { journal.partner(Identifier($0))?.name } ?? "your partner" }
        question.text = question.text.replacingOccurrences(of: "{receiver}", with: name(receiver))
            .replacingOccurrences(of: "{giver}", with: name(giver))
        return question
    }
}
