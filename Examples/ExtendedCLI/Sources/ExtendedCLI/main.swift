// The micromance tool with an SQLite backend (`--store sqlite:PATH`) and an extra insight.
import Foundation
import MicromanceCommands
import MicromanceInsights
import SQLiteJournalStore

/// How many of the period's moments were time spent together.
struct TimeTogether: InsightStrategy {
    var id: String { "time-together" }

    func findings(in context: InsightContext) -> [Finding] {
        let time = context.momentsInPeriod.filter { $0.language == .time }.count
        return [
            Finding(
                strategy: id, topic: "time", tone: time > 0 ? .celebration : .nudge,
                sentence: "\(time) of this period's moments were time spent together.",
                numbers: ["timeMoments": Double(time)])
        ]
    }
}

var environment = CLIEnvironment.live
SQLiteJournalStore.register(in: environment.stores)
environment.insights.strategies.append(TimeTogether())
exit(MicromanceCommand.run(Array(CommandLine.arguments.dropFirst()), in: environment))
