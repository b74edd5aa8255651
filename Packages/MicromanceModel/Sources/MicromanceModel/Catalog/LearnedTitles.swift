extension Journal {
    /// The changes that removed a partner. A partner merge (`partner merge` in the CLI) points
    /// the merged-away partner's moments at the partner kept in the same change, so a moment
    /// whose giver carries one of these stamps was re-pointed by a merge.
    public var partnerRemovalStamps: Set<ChangeStamp> { Set(removed.partners.compactMap(\.changes.removed)) }
}

/// A title the couple logged, with the love language and gesture it ended with.
public struct LabelledTitle: Sendable, Equatable {
    /// The title as written.
    public var title: String
    /// The language it ended with.
    public var language: LoveLanguage
    /// The catalog gesture it ended with, if any.
    public var gesture: Identifier<Gesture>?
    /// Who gave it, when known: a title logged the other way round ("gave me a foot rub",
    /// `--from` the partner) is logged that way again on the device that directed it.
    public var giver: Identifier<Partner>?
    /// Who received it, when known.
    public var receiver: Identifier<Partner>?
    /// The device that set who gave it: where it was logged, or where `edit --from` last
    /// changed it. Another phone's moments in a shared journal teach this phone nothing.
    public var directedOn: DeviceID?
    /// How many moments of this title directed on that device went this way (one for a single
    /// moment; ``LearnedTitles/labelled(_:merges:)`` counts them): a title logged far more often the
    /// other way is not turned by one moment ("hug", once from the partner).
    public var times: Int
    /// Whether the couple gave the language (``Moment/languageIsTaught``): only such titles
    /// teach the matcher their words; a guess that was never corrected teaches nothing.
    public var taught: Bool
    /// Whether who gave it was given (``Moment/directionIsGiven``: `log --from` or `--to`,
    /// `edit --from`), not followed from the title's earlier moments: a title turned round by
    /// `log` counts once however often (``LearnedTitles/direction(of:on:usualGiver:)``).
    public var directed: Bool

    /// A labelled title.
    public init(
        title: String, language: LoveLanguage, gesture: Identifier<Gesture>? = nil, giver: Identifier<Partner>? = nil,
        receiver: Identifier<Partner>? = nil, directedOn: DeviceID? = nil, times: Int = 1, taught: Bool = true, directed: Bool = true
    ) {
        self.title = title
        self.language = language
        self.gesture = gesture
        self.giver = giver
        self.receiver = receiver
        self.directedOn = directedOn
        self.times = times
        self.taught = taught
        self.directed = directed
    }

    /// A moment's title as labelled, with its direction. `merges` are the changes that removed
    /// a partner, a merge among them (``Journal/partnerRemovalStamps``).
    public init?(_ moment: Moment, merges: Set<ChangeStamp> = []) {
        guard let language = moment.language else { return nil }
        self.init(
            title: moment.title, language: language, gesture: moment.gestureID, giver: moment.giver, receiver: moment.receiver,
            directedOn: LearnedTitles.directingDevice(moment, merges: merges), taught: moment.languageIsTaught,
            directed: moment.directionIsGiven)
    }
}

extension Moment {
    /// Whether the language was the couple's to give: set after the moment was made (`edit
    /// --language`), or stamped when it was made with one they gave or taught before (`log
    /// --language`, a key pressed to choose, a title they had taught). A language the matcher
    /// guessed and nobody corrected is not: learning from it made each guess teach the next
    /// (a new user's trial of 3,000 titles ended with 97% of them guessed as gifts).
    public var languageIsTaught: Bool {
        !changes.isOnlyCreated && changes.fields["language"] != nil
    }

    /// Whether who gave it was the couple's to give: its `giver` field stamped after it was
    /// made (`edit --from`), or when it was made with `--from` or `--to` (`log`). A moment whose
    /// giver followed from the title's earlier moments ("From Sam, as you logged … before") is
    /// not: counting each such moment made one `--from` turn every later log of the title for
    /// good (a new user's trial: 167 of 2,034 logs).
    public var directionIsGiven: Bool {
        !changes.isOnlyCreated && changes.fields["giver"] != nil
    }
}

/// What a couple taught the matcher: each title they logged, with the love language and
/// gesture it ended with (after every correction), the latest change of a title winning.
///
/// Built from the journal's moments when it is read; titles repeat, so a journal of 20,000
/// moments usually holds a few hundred distinct ones, and only those are stemmed. A journal
/// whose titles seldom repeat is learned from its ``maximumTitles`` most recently changed
/// distinct titles (a correction changes its moment, so the latest ones are always there):
/// stemming 30,000 distinct titles took `log` 0.6 s.
public struct LearnedTitles: Sendable {
    /// The titles, one per distinct title (compared by their content stems).
    public let titles: TitleIndex
    /// The couple's words as a language model, to add to the built-in one.
    public let model: LanguageModel
    /// The labelled titles learned from, oldest first (for their directions).
    private let labelled: [LabelledTitle]

    /// The most distinct titles learned from: the most recently changed ones.
    public static let maximumTitles = 2_000

    /// Nothing learned.
    public init() { self.init([LabelledTitle]()) }

    /// The examples of `moments`: every moment with a love language, the one changed last
    /// winning among moments whose titles have the same words.
    public init(_ moments: some Collection<Moment>) {
        self.init(Self.labelled(moments))
    }

    /// The examples of a journal's moments, knowing its partner merges: a moment whose giver a
    /// merge re-pointed stays directed on the device where it was logged, and one naming a
    /// partner merged away names the partner kept (``Journal/forwardMergedPartners()``).
    public init(_ journal: Journal) {
        self.init(Self.labelled(journal))
    }

    /// ``labelled(_:merges:)`` for a journal's moments, knowing its partner merges as
    /// ``init(_:)-(Journal)`` does.
    public static func labelled(_ journal: Journal) -> [LabelledTitle] {
        var forwarded = journal
        forwarded.forwardMergedPartners()
        return labelled(forwarded.moments, merges: journal.partnerRemovalStamps)
    }

    /// The examples of labelled titles given oldest first: a later title with the same words
    /// ("Sunday pancakes", "sunday pancake") wins over an earlier one.
    public init(_ labelled: [LabelledTitle]) {
        let kept = labelled.count > Self.maximumTitles ? Array(labelled.suffix(Self.maximumTitles)) : labelled
        // Only what the couple taught is matched against and learned from; every labelled
        // title still tells who gives it (`direction(of:on:)`).
        titles = TitleIndex(kept.filter(\.taught))
        var model = LanguageModel()
        for example in titles.examples { model.add(stems: example.stems.sorted(), example.language) }
        self.model = model
        self.labelled = kept
    }

    /// Who gave and who received the latest moment of this title directed on `device` (logged
    /// there, or turned round there with `edit --from`), when there is one. Titles are the same
    /// without case, punctuation, emoji or extra spaces ("Fixed the leaky tap!" is "fixed the
    /// leaky tap"). Another device's moments are left out: in a shared journal, the other
    /// phone's "gave me a foot rub" goes the other way, and its "took the bins out" does not
    /// tell this phone anything new. Asked once by `log`, so titles are compared only then.
    /// (`device` is asked only when some labelled title is the same: it reads a file.)
    ///
    /// With `usualGiver` (who gives what is logged on the device unless told otherwise), the
    /// moments of the title that went the other way only because earlier ones did (their
    /// direction not given, ``LabelledTitle/directed``) count as one, however many: each would
    /// otherwise be more evidence for the way they were turned.
    public func direction(
        of title: String, on device: @autoclosure () -> DeviceID?, usualGiver: Identifier<Partner>? = nil
    ) -> Direction? {
        let key = Self.directionKey(title)
        guard !key.isEmpty else { return nil }
        let same = labelled.filter { Self.directionKey($0.title) == key }
        guard !same.isEmpty, let device = device() else { return nil }
        let here = same.filter { $0.directedOn == device }
        guard let latest = here.last, let giver = latest.giver, let receiver = latest.receiver else { return nil }
        // The latest way, unless this device logged the title the other way more often: one
        // "hug" from the partner does not turn the many this device logged as its own.
        // The moments one way: each given one or one the usual way, and the turned ones as one
        // (a store's cache holds a line per quick append, so they are counted here, not there).
        let count = { (way: (LabelledTitle) -> Bool) -> Int in
            let all = here.filter(way)
            let counted = all.filter { $0.directed || usualGiver == nil || $0.giver == usualGiver }
            return counted.reduce(0) { $0 + $1.times } + (counted.count < all.count ? 1 : 0)
        }
        let thisWay = count { $0.giver == giver }
        let otherWay = count { $0.giver != nil && $0.giver != giver }
        guard thisWay >= otherWay else { return nil }
        return Direction(giver: giver, receiver: receiver, device: device)
    }

    /// Who gave and who received a title's latest moment on a device, and that device.
    public struct Direction: Sendable, Equatable {
        /// Who gave it.
        public var giver: Identifier<Partner>
        /// Who received it.
        public var receiver: Identifier<Partner>
        /// The device that set who gave it.
        public var device: DeviceID?
    }

    /// A title's letters and digits, lowercased, its words one space apart.
    static func directionKey(_ title: String) -> String {
        var key = "", gap = false
        for scalar in title.lowercased().unicodeScalars {
            guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else {
                gap = true
                continue
            }
            if gap && !key.isEmpty { key.unicodeScalars.append(" ") }
            key.unicodeScalars.append(scalar)
            gap = false
        }
        return key
    }

    /// The example for a title with the same words, or else the most similar one.
    public func example(for stems: [String]) -> (example: TitleIndex.Example, exact: Bool)? {
        titles.example(for: stems, shorterTellings: true)
    }

    /// One labelled title per distinct title among `moments` (those with a language), device
    /// that directed it, giver and whether the giver was given (``Moment/directionIsGiven``), as its latest change left it and with how many moments it
    /// stands for (``LabelledTitle/times``), oldest change first: what a store keeps
    /// to learn from without reading every moment again.
    public static func labelled(_ moments: some Collection<Moment>, merges: Set<ChangeStamp> = []) -> [LabelledTitle] {
        let moments = Array(moments)
        // For each distinct title, the moment whose change came last (the later one on a tie),
        // found in a table of the titles' byte hashes (of the composed form when not ASCII, so
        // equal for titles Swift calls equal): a dictionary keyed by the title hashed
        // every title with SipHash, a tenth of a second of a million-moment save.
        // `moment` is the latest of them, or the latest the couple taught when one is.
        var distinct = [(hash: UInt64, moment: Int, times: Int, taught: Bool)]()
        moments.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var slots = [Int32](repeating: -1, count: 1024)
            var hashes = TitleHashes()
            // Moments reached through a pointer, field by field: passed or read as values, each
            // was copied several times a look (a million copies of 136 bytes, callgrind).
            for index in buffer.indices where base[index].language != nil {
                let moment = base + index
                let hash = hashes.hash(moment.pointee.title)
                let mask = slots.count - 1
                var slot = Int(hash & UInt64(mask))
                while true {
                    let found = Int(slots[slot])
                    if found < 0 {
                        slots[slot] = Int32(distinct.count)
                        distinct.append((hash, index, 1, Self.isTaught(moment)))
                        if distinct.count * 2 > slots.count { slots = table(distinct, size: slots.count * 2) }
                        break
                    }
                    let seen = distinct[found].moment
                    // One per title, device that directed it, giver and whether that was given,
                    // counted (see `direction(of:on:usualGiver:)`).
                    if distinct[found].hash == hash, Self.sameLabel(base + seen, moment, merges: merges) {
                        distinct[found].times += 1
                        // What the couple taught wins over a later guess of the same title.
                        let taught = Self.isTaught(moment)
                        if taught && !distinct[found].taught {
                            distinct[found].moment = index
                            distinct[found].taught = true
                        } else if taught == distinct[found].taught, Self.changedNoLater(base + seen, than: moment) {
                            distinct[found].moment = index
                        }
                        break
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
        return distinct.sorted {
            let a = moments[$0.moment].changes.latest, b = moments[$1.moment].changes.latest
            return a != b ? a < b : $0.moment < $1.moment
        }.compactMap { entry in
            LabelledTitle(moments[entry.moment], merges: merges).map {
                var label = $0
                label.times = entry.times
                label.taught = entry.taught
                return label
            }
        }
    }

    /// The device that set who gave a moment: where it was logged, or where its giver was
    /// last changed. A partner merge points the merged-away partner's moments at the partner
    /// kept, in the change that removes the first (one of `merges`): that names the same person
    /// again and says nothing of who gives the title, so such a moment stays directed where it
    /// was logged. Otherwise the device that merged took every title the other partner had
    /// logged on their own phone as its own, and turned its owner's next log of it round.
    static func directingDevice(_ moment: borrowing Moment, merges: Set<ChangeStamp> = []) -> DeviceID {
        if moment.changes.isOnlyCreated { return moment.changes.created.device }
        let giver = moment.changes.stamp(of: "giver")
        return merges.contains(giver) ? moment.changes.created.device : giver.device
    }

    /// ``Moment/languageIsTaught``, read where the moment lies: the property's getter took a
    /// copy of the whole moment (136 bytes, its strings retained and released) for each of a
    /// million moments of a save (callgrind), and nearly all have only their creation stamp.
    @inline(__always)
    private static func isTaught(_ moment: UnsafePointer<Moment>) -> Bool {
        !moment.pointee.changes.isOnlyCreated && moment.pointee.languageIsTaught
    }

    /// Whether `a`'s latest change is not after `b`'s, read in place; for moments with only
    /// their creation stamps, those stamps compared without working out the latest.
    @inline(__always)
    private static func changedNoLater(_ a: UnsafePointer<Moment>, than b: UnsafePointer<Moment>) -> Bool {
        if a.pointee.changes.isOnlyCreated && b.pointee.changes.isOnlyCreated {
            return a.pointee.changes.created <= b.pointee.changes.created
        }
        return a.pointee.changes.latest <= b.pointee.changes.latest
    }

    /// Whether two moments count as the same labelled title: the same title, giver, device
    /// that directed it, and whether who gave it was given.
    private static func sameLabel(_ a: UnsafePointer<Moment>, _ b: UnsafePointer<Moment>, merges: Set<ChangeStamp>) -> Bool {
        guard a.pointee.title == b.pointee.title else { return false }
        if a.pointee.parties !== b.pointee.parties, a.pointee.giver != b.pointee.giver { return false }
        let plain = a.pointee.changes.isOnlyCreated && b.pointee.changes.isOnlyCreated
        if plain { return a.pointee.changes.created.device == b.pointee.changes.created.device }
        return a.pointee.directionIsGiven == b.pointee.directionIsGiven
            && directingDevice(a.pointee, merges: merges) == directingDevice(b.pointee, merges: merges)
    }

    /// The hashes of the titles met last, found by the bits of the String: a journal's titles
    /// repeat, and a reader shares the storage of each repeated one, so the same bits come
    /// back (and the same bits always hold the same text; the moments keep that storage alive
    /// meanwhile). Hashing every title's bytes again was a sixth of
    /// the labelled titles' work in a 1M-moment save (callgrind).
    private struct TitleHashes {
        private var keys = [(UInt64, UInt64)](repeating: (0, 0), count: 256)
        private var hashes = [UInt64](repeating: 0, count: 256)
        private var filled = [Bool](repeating: false, count: 256)

        mutating func hash(_ text: String) -> UInt64 {
            let bits = text.storageWords
            let slot = Int(truncatingIfNeeded: ((bits.0 ^ bits.1 &* 0x9E37_79B9_7F4A_7C15) >> 56))
            if filled[slot], keys[slot] == bits { return hashes[slot] }
            let hash = DuplicateFinder.hash(text)
            keys[slot] = bits
            hashes[slot] = hash
            filled[slot] = true
            return hash
        }
    }

    /// An open-addressed table of `size` slots holding each distinct title's place.
    private static func table(_ distinct: [(hash: UInt64, moment: Int, times: Int, taught: Bool)], size: Int) -> [Int32] {
        var slots = [Int32](repeating: -1, count: size)
        for (place, entry) in distinct.enumerated() {
            var slot = Int(entry.hash & UInt64(size - 1))
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(place)
        }
        return slots
    }
}
