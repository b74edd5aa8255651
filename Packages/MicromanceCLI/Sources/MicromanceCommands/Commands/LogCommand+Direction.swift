import MicromanceModel

extension LogCommand {
    /// The giver and receiver from --from/--to, the settings, or the other partner.
    func resolvePartners(in journal: Journal) throws -> (Partner, Partner) {
        guard journal.partners.count >= 2 else {
            throw CLIError.usage(
                "a moment needs two partners and this journal has \(journal.partners.count); add them with `micromance partner add NAME`")
        }
        func find(_ text: String, _ role: String) throws -> Partner { try journal.requirePartner(text, role: "--\(role)") }
        // --from names who gave (for a bid, who made it) and --to who received, also with
        // --their-bid, which only turns the default direction round.
        // A ritual one partner does alone (`ritual add --with NAME`) is theirs to mark: they give
        // it unless --from or --to says otherwise, and no one else can (a new user's trial saw
        // Kwame's commute voice note credited to Inês, the partner of the device that marked it).
        let doer = try soloDoer(in: journal)
        var giver = try from.map { try find($0, "from") } ?? (to == nil ? doer : nil)
        var receiver = try to.map { try find($0, "to") }
        // One of the two given: the other is the only other partner, or (with more than two)
        // this device's partner, or, when that is the one given, their usual partner.
        let me = journal.settings.defaultGiver.flatMap(journal.partner)
        let usual = journal.settings.defaultReceiver.flatMap(journal.partner)
        func counterpart(of given: Partner) -> Partner? {
            journal.otherPartner(than: given.id) ?? (given.id == me?.id ? usual : me)
        }
        if giver == nil, let receiver { giver = counterpart(of: receiver) }
        if receiver == nil, let giver { receiver = counterpart(of: giver) }
        if giver == nil, receiver == nil {
            // Who this device belongs to gives, to the other partner unless another receiver is set.
            giver = journal.settings.defaultGiver.flatMap(journal.partner)
            receiver =
                journal.settings.defaultReceiver.flatMap(journal.partner)
                ?? giver.flatMap { journal.otherPartner(than: $0.id) }
            if theirBid { swap(&giver, &receiver) }
        }
        guard let giver, let receiver else {
            let names = journal.partners.map(\.name).joined(separator: ", ")
            // This device's partner gone (merged away on the other phone, say): `me` is the fix.
            let me =
                journal.settings.defaultGiver.flatMap(journal.partner) == nil
                ? ", or say who you are on this device with `micromance me NAME`" : ""
            throw CLIError.usage(
                "this journal has \(journal.partners.count) partners (\(names)), so say who gave it and who received it with --from NAME --to NAME\(me)"
            )
        }
        guard giver.id != receiver.id else {
            throw CLIError.usage("\(giver.name) cannot be both giver and receiver; a micromance goes from one partner to the other")
        }
        if theirBid, giver.id == journal.settings.defaultGiver {
            throw CLIError.usage(
                "--their-bid is a bid your partner made to you, but this one would be made by \(giver.name), who is you on this device; "
                    + "name the partner who made it with --from, or log your own bid with --kind bid")
        }
        if let doer, giver.id != doer.id, let ritual {
            let title = journal.rituals[try journal.ritualIndex(ritual)].title
            throw CLIError.usage(
                "\"\(title)\" is \(doer.name)'s ritual alone (added with --with \(doer.name)), so \(giver.name) cannot mark it done; "
                    + "nothing logged. Log what \(giver.name) did with `micromance log` (without the ritual)")
        }
        return (giver, receiver)
    }

    /// The partner who does the ritual given with --ritual alone, when it has one participant.
    func soloDoer(in journal: Journal) throws -> Partner? {
        guard let ritual else { return nil }
        let found = journal.rituals[try journal.ritualIndex(ritual)]
        return found.participants.count == 1 ? journal.partner(found.participants[0]) : nil
    }

    /// "She made me breakfast", logged without --from, reads as the other partner's doing: the
    /// line says how to turn it round. Two trials by new users logged such titles the wrong way:
    /// first ones opening with who did it ("she", "Sam", "my wife"), then, in the second, most
    /// of forty with no doer at all ("gave me a foot rub", "packed my lunch", "framed a photo
    /// for me"), which the writer of a title about their own deed does not write ("made her a
    /// cuppa", "ironed my husband's shirt", "I made her laugh", "we cooked together").
    static func directionHint(_ moment: Moment, giver: Partner, receiver: Partner, store: String? = nil) -> String? {
        guard Self.readsAsDoneForMe(moment.title, partnerName: receiver.name, writerName: giver.name) else { return nil }
        let name = receiver.name.shellQuoted
        let storeArgument = StoreOptions.argument(store)
        return
            "If \(receiver.name) did this for \(giver.name), `micromance edit \(moment.id) --from \(name)\(storeArgument)` turns it round "
            + "(next time: --from \(name))."
    }

    /// Whether a title reads as something the partner did for the one writing it: it opens
    /// with the partner ("she", "Sam", "my wife") and the writer appears after; or it opens with
    /// neither and the writer is its object ("gave me", "packed my lunch", "for me", "so I
    /// could sleep"), "my" not naming the partner or family ("ironed my husband's shirt").
    /// A title naming the writer ("told wanjiru how proud he is of her", "Wanji got a back rub":
    /// a fourth trial), by name or its first four letters or more, is the partner's doing too.
    static func readsAsDoneForMe(_ title: String, partnerName: String, writerName: String? = nil) -> Bool {
        let words = title.lowercased().replacingOccurrences(of: "’", with: "'").split { !$0.isLetter && $0 != "'" }.map(String.init)
        guard let first = words.first else { return false }
        if let writer = writerName?.lowercased().split(separator: " ").first.map(String.init),
            words.contains(where: { word in
                let name = bare(word)
                return name == writer || (name.count >= 4 && writer.hasPrefix(name))
            })
        {
            return true
        }
        let partnerFirst = partnerName.lowercased().split(separator: " ").first.map(String.init) ?? ""
        if ["she", "he", "they", "she's", "he's", partnerFirst].contains(first)
            || (first == "my" && words.count > 1 && theirPeople.contains(bare(words[1])))
        {
            let writer: Set<String> = ["me", "my", "mine", "myself", "i", "i'd", "i'm", "im", "i've"]
            return words.dropFirst(first == "my" ? 2 : 1).contains { writer.contains($0) }
        }
        // "A good luck text from her": whoever it came from did it, whoever wrote it first.
        for (index, word) in words.enumerated().dropLast() where word == "from" {
            let who = words[index + 1], after = index + 2 < words.count ? words[index + 2] : nil
            if ["him", "them", partnerFirst, "my"].contains(who) && (who != "my" || after.map { theirPeople.contains(bare($0)) } == true) {
                return true
            }
            // "From her" and not "from her favourite bakery": the title ends, or a time follows.
            if who == "her", after.map({ Self.afterFromHer.contains($0) }) ?? true { return true }
        }
        // A title that starts with the writer ("I", "we", "me and Sam") is theirs; so is a
        // thank-you that starts with the thanks ("Thanked him for calling me every night": the
        // calling was the partner's, the thanks the writer's).
        if ["i", "i'm", "im", "i've", "ive", "i'd", "we", "we've", "we're", "me", "us", "our"].contains(first) { return false }
        if ["thanked", "thank", "thanks", "thanking"].contains(first) { return false }
        for (index, word) in words.enumerated() {
            switch word {
            case "me", "mine", "myself": return true
            case "my":
                let next = index + 1 < words.count ? bare(words[index + 1]) : ""
                // "My hand on his back" is the writer's touch; "held my hand" is theirs.
                let rest = words.dropFirst(index + 2)
                let onThem = zip(rest, rest.dropFirst()).contains {
                    placed.contains($0) && ["his", "her", "him", "their", "them", partnerFirst].contains($1)
                }
                if givingParts.contains(next), onThem { continue }
                if !theirPeople.contains(next), next != partnerFirst { return true }
            case "i":
                // "so I could sleep", "so that I didn't have to": done for the writer.
                if index > 0, ["so", "that"].contains(words[index - 1]) { return true }
            default: break
            }
        }
        return false
    }

    /// Words that can follow "from her" when "her" is the partner: "a text from her this morning".
    static let afterFromHer: Set<String> = [
        "this", "today", "tonight", "yesterday", "last", "at", "on", "in", "when", "after", "before", "while", "again", "earlier",
        "and", "just", "out", "of", "for", "to", "so", "because", "bc", "lol", "x", "xx",
    ]

    /// The words after "my" that name the partner or family: "my wife's car" is not mine.
    static let theirPeople: Set<String> = [
        "wife", "husband", "partner", "girlfriend", "boyfriend", "gf", "bf", "hubby", "wifey", "fiance", "fiancee", "fiancé",
        "fiancée", "other", "spouse", "love", "darling", "mum", "mom", "mother", "dad", "father", "parents", "sister", "brother",
        "son", "daughter", "kids", "children", "family", "in", "inlaws", "friend", "friends", "grandma", "grandad", "nan",
    ]

    /// The writer's own hands, arms or shoulder after "my", placed on the partner, are what they
    /// gave with, not what was done for them ("rested my hand on his back while he cooked": a
    /// new user's trial; "held my hand" stays the partner's doing).
    static let placed: Set<String> = ["on", "around", "against", "over", "in", "through", "across"]
    static let givingParts: Set<String> = [
        "hand", "hands", "arm", "arms", "head", "lap", "shoulder", "shoulders", "fingers", "lips", "cheek", "forehead", "chest",
    ]

    /// A word without a possessive "'s".
    static func bare(_ word: String) -> String { word.hasSuffix("'s") ? String(word.dropLast(2)) : word }
}
