import ArgumentParser
import MicromanceModel
import MicromanceStore

extension PartnerCommand {
    /// `micromance partner merge`: one person added twice (two phones set up apart, then one
    /// journal merged into the other: "Kofi" and "Kofi Mensah") made one again.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge", abstract: "Make two partners who are one person one (asks first, unless --yes).",
            discussion: """
                Everything of the first becomes the second's: the moments they gave and received, their
                rituals, reflections, preferences, own ideas, dates and stressors, and their own time zone
                when the second has none. The second keeps their name (rename with `partner edit --name`)
                and their love-language profile, unless theirs was never set and the first's was. The
                record kept is the one whose id sorts first, the same on every device, so two devices
                merging the pair in opposite directions still end with one partner.

                Example: micromance partner merge kofi-mensah kofi
                """)

        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The partner to merge away (name or id).") var from: String
        @Argument(help: "The partner who stays (name or id).") var into: String
        @Flag(help: "Do not ask.") var yes = false

        func run() throws {
            let environment = CLIEnvironment.current
            let (store, journal) = try storeOptions.load(in: environment)
            let gone = try journal.requirePartner(from)
            let kept = try journal.requirePartner(into)
            guard gone.id != kept.id else { throw CLIError.usage("'\(from)' and '\(into)' are the same partner; nothing was changed") }
            let between = journal.moments.filter { Set([$0.giver, $0.receiver]) == Set([gone.id, kept.id]) }
            if let first = between.first {
                throw CLIError.usage(
                    "\(TextFormat.count(between.count, "moment")) went between \(gone.name) and \(kept.name) (the first: "
                        + "\"\(first.title)\" [\(first.id)]); one person cannot give to themselves, so edit or remove "
                        + "\(between.count == 1 ? "it" : "them") first. Nothing was changed")
            }
            let moments = journal.moments.filter { $0.giver == gone.id || $0.receiver == gone.id }.count
            if !yes,
                try !Confirmation.ask(
                    "Merge \(gone.name) into \(kept.name) (\(TextFormat.count(moments, "moment")) become \(kept.name)'s; the name "
                        + "\(gone.name) and its love-language profile go, unless \(kept.name)'s was never set)?", in: environment)
            {
                environment.output.line("Kept them apart.")
                return
            }
            try store.updateAsThisDevice { journal in Self.merge(gone.id, into: kept.id, in: &journal) }
            // The record whose id sorts first stays (see merge(_:into:in:)); say so when that is the first's.
            let id = kept.id.rawValue > gone.id.rawValue ? " (kept under the id \(gone.id), as on any other device)" : ""
            environment.output.line(
                "Merged \(gone.name) into \(kept.name)\(id): \(TextFormat.count(moments, "moment")) and everything else of theirs are "
                    + "\(kept.name)'s now.")
        }

        /// Moves everything of `gone` to `kept` and removes `gone`.
        ///
        /// The record that stays is the one whose id sorts first, whichever way round the pair
        /// was given, so that two devices merging one pair in opposite directions (each keeping
        /// the name it knew) both remove the same partner and keep the same one: otherwise each
        /// removes the partner the other kept and the couple loses that person altogether. When
        /// the record that stays is `gone`'s, it takes `kept`'s name, profile (unless never set)
        /// and own time zone, so the result reads as the user asked.
        static func merge(_ gone: Identifier<Partner>, into kept: Identifier<Partner>, in journal: inout Journal) {
            guard kept.rawValue > gone.rawValue, let asked = journal.partner(kept) else {
                move(gone, into: kept, in: &journal)
                return
            }
            let zone = journal.settings.partnerTimeZones[kept]
            move(kept, into: gone, in: &journal)
            guard let index = journal.partners.firstIndex(where: { $0.id == gone }) else { return }
            journal.partners[index].name = asked.name
            if asked.profile != .even { journal.partners[index].profile = asked.profile }
            if let zone { journal.settings.partnerTimeZones[gone] = zone }
        }

        /// Moves everything of `gone` to the record of `kept` and removes `gone`'s record.
        private static func move(_ gone: Identifier<Partner>, into kept: Identifier<Partner>, in journal: inout Journal) {
            func swap(_ id: Identifier<Partner>) -> Identifier<Partner> { id == gone ? kept : id }
            for index in journal.moments.indices {
                journal.moments[index].giver = swap(journal.moments[index].giver)
                journal.moments[index].receiver = swap(journal.moments[index].receiver)
            }
            for index in journal.rituals.indices where journal.rituals[index].participants.contains(gone) {
                var participants = [Identifier<Partner>]()
                for id in journal.rituals[index].participants.map(swap) where !participants.contains(id) { participants.append(id) }
                journal.rituals[index].participants = participants
            }
            for index in journal.reflections.indices where journal.reflections[index].partner == gone {
                journal.reflections[index].partner = kept
            }
            journal.settings.defaultGiver = journal.settings.defaultGiver.map(swap)
            journal.settings.defaultReceiver = journal.settings.defaultReceiver.map(swap)
            if journal.settings.defaultGiver == journal.settings.defaultReceiver { journal.settings.defaultReceiver = nil }
            if let zone = journal.settings.partnerTimeZones[gone] {
                if journal.settings.partnerTimeZones[kept] == nil { journal.settings.partnerTimeZones[kept] = zone }
                journal.settings.partnerTimeZones[gone] = nil
            }
            guard let from = journal.partners.firstIndex(where: { $0.id == gone }),
                let to = journal.partners.firstIndex(where: { $0.id == kept })
            else { return }
            let old = journal.partners[from]
            var partner = journal.partners[to]
            if partner.profile == .even, old.profile != .even { partner.profile = old.profile }
            for preference in old.preferences where !partner.preferences.contains(preference) { partner.preferences.append(preference) }
            for idea in old.ideas where !partner.ideas.contains(idea) { partner.ideas.append(idea) }
            // The same birthday added on both phones is one date (its ids differ).
            for date in old.importantDates
            where !partner.importantDates.contains(where: {
                $0.id == date.id || ($0.month == date.month && $0.day == date.day && Lookup.folded($0.title) == Lookup.folded(date.title))
            }) {
                partner.importantDates.append(date)
            }
            for stressor in old.stressors where !partner.stressors.contains(where: { $0.id == stressor.id }) {
                partner.stressors.append(stressor)
            }
            journal.partners[to] = partner
            journal.partners.remove(at: from)
        }
    }
}
