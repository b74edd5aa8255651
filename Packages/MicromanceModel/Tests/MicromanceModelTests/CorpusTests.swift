import Foundation
import Testing

@testable import MicromanceModel

/// The matcher measured on the project's corpus of everyday phrasings (Benchmarks/phrasings):
/// on the tuning set the built-in model learned from, by 5-fold cross-validation over the
/// tuning set, and on the frozen test set that nothing was ever adjusted to. The figures are
/// printed; RELIABILITY.md and docs/guides/everyday-use.md carry the last ones.
@Suite struct CorpusTests {
    struct Line {
        var phrase: String
        var language: LoveLanguage
        var gesture: String?
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func read(_ name: String) throws -> [Line] {
        try read(path: root.appendingPathComponent("Benchmarks/phrasings/\(name).tsv").path)
    }

    static func read(path: String) throws -> [Line] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try text.split(separator: "\n").enumerated().map { number, line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2, let language = LoveLanguage(rawValue: fields[1]) else {
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: "\(path):\(number + 1)"])
            }
            return Line(phrase: fields[0], language: language, gesture: fields.count > 2 && !fields[2].isEmpty ? fields[2] : nil)
        }
    }

    struct Score: CustomStringConvertible {
        var total = 0, right = 0, wrong = 0, unsure = 0, gestures = 0, rightGestures = 0
        /// Gestures named for phrasings labelled with none.
        var unlabelled = 0, extraGestures = 0
        var misses: [String] = []
        var gestureMisses: [String] = []
        var rightShare: Double { Double(right) / Double(max(1, total)) }
        var wrongShare: Double { Double(wrong) / Double(max(1, total)) }
        var gestureShare: Double { Double(rightGestures) / Double(max(1, gestures)) }
        var description: String {
            String(
                format:
                    "%d phrasings: language right %.1f%%, confidently wrong %.1f%% (%d), left to the person %.1f%%; named gestures right %d of %d (%.1f%%); a gesture named for %d of %d phrasings labelled with none",
                total, rightShare * 100, wrongShare * 100, wrong, Double(total - right - wrong) / Double(max(1, total)) * 100,
                rightGestures,
                gestures,
                gestureShare * 100, extraGestures, unlabelled)
        }

        mutating func count(_ line: Line, _ match: GestureMatch) {
            total += 1
            if match.language == line.language {
                right += 1
            } else if let language = match.language {
                wrong += 1
                misses.append(
                    "\(line.phrase) → \(match.source) \(match.gesture?.id.rawValue ?? language.rawValue), wanted \(line.language)")
            } else {
                misses.append(
                    "\(line.phrase) → \(match.source == .unsure ? "unsure \(match.candidates)" : "nothing"), wanted \(line.language)")
            }
            if let gesture = line.gesture {
                gestures += 1
                if match.gesture?.id.rawValue == gesture {
                    rightGestures += 1
                } else {
                    gestureMisses.append("\(line.phrase) → \(match.gesture?.id.rawValue ?? "none"), wanted \(gesture)")
                }
            } else {
                unlabelled += 1
                if let named = match.gesture {
                    extraGestures += 1
                    gestureMisses.append("\(line.phrase) → \(named.id.rawValue), wanted none")
                }
            }
        }
    }

    /// 5-fold cross-validation over `lines`: each fifth measured by a model trained on the rest.
    static func crossValidate(_ lines: [Line], thresholds: Catalog.Thresholds = .standard) -> Score {
        var folds = Score()
        for fold in 0..<5 {
            let training = lines.enumerated().filter { $0.offset % 5 != fold }.map {
                LanguageModel.Example($0.element.phrase, $0.element.language, gesture: $0.element.gesture)
            }
            let model = LanguageModel.standard(training: training)
            for line in lines.enumerated().filter({ $0.offset % 5 == fold }).map(\.element) {
                folds.count(line, Catalog.builtIn.match(line.phrase, model: model, thresholds: thresholds))
            }
        }
        return folds
    }

    /// With `MICROMANCE_SWEEP=1`: cross-validation figures for other settings of the gesture
    /// vote, one line each; with `MICROMANCE_SWEEP=gesture`, for the gesture model's; with
    /// `MICROMANCE_SWEEP=guess`, for how sure a guessed language must be; with `MICROMANCE_SWEEP=all`, for other thresholds too (the tuning
    /// set only; the frozen set plays no part in choosing them).
    @Test func thresholdSweep() throws {
        guard ProcessInfo.processInfo.environment["MICROMANCE_SWEEP"] != nil else { return }
        let lines = try Self.read("tuning")
        if ProcessInfo.processInfo.environment["MICROMANCE_SWEEP"] == "gesture" {
            for (smoothing, chance) in [(0.2, 0.2), (0.2, 0.4), (0.5, 0.3), (0.2, 1.1)] {
                var thresholds = Catalog.Thresholds()
                (thresholds.gestureSmoothing, thresholds.gestureChance) = (smoothing, chance)
                print("sweep gesture smoothing \(smoothing) chance \(chance): \(Self.crossValidate(lines, thresholds: thresholds))")
            }
            return
        }
        if ProcessInfo.processInfo.environment["MICROMANCE_SWEEP"] == "guess" {
            // How sure a guess must be before it is said without asking: fewer confident
            // mistakes for more phrasings left to the person.
            for guess in [0.62, 0.7, 0.78, 0.86] {
                for lead in [2.0, 3.0, 4.5] {
                    var thresholds = Catalog.Thresholds()
                    (thresholds.guessChance, thresholds.guessLead) = (guess, lead)
                    print("sweep guess \(guess) lead \(lead): \(Self.crossValidate(lines, thresholds: thresholds))")
                }
            }
            return
        }
        for neighbours in [5, 7] {
            for share in [0.5, 0.6] {
                for likeness in [0.15, 0.25, 0.35] {
                    var thresholds = Catalog.Thresholds()
                    (thresholds.voteNeighbours, thresholds.voteShare, thresholds.voteLikeness) = (neighbours, share, likeness)
                    print(
                        "sweep vote \(neighbours) share \(share) likeness \(likeness): \(Self.crossValidate(lines, thresholds: thresholds))"
                    )
                }
            }
        }
        guard ProcessInfo.processInfo.environment["MICROMANCE_SWEEP"] == "all" else { return }
        for veto in [0.6, 0.7, 0.8, 0.9] {
            for guess in [0.55, 0.62, 0.7] {
                for lead in [1.5, 2.0, 3.0] {
                    var thresholds = Catalog.Thresholds()
                    (thresholds.vetoChance, thresholds.guessChance, thresholds.guessLead) = (veto, guess, lead)
                    print("sweep veto \(veto) guess \(guess) lead \(lead): \(Self.crossValidate(lines, thresholds: thresholds))")
                }
            }
        }
    }

    static func score(_ lines: [Line], model: LanguageModel = .builtIn) -> Score {
        var score = Score()
        for line in lines { score.count(line, Catalog.builtIn.match(line.phrase, model: model)) }
        return score
    }

    @Test func theCorpusIsWhatItSaysItIs() throws {
        let tuning = try Self.read("tuning"), test = try Self.read("test")
        #expect(tuning.count + test.count >= 600)
        let phrases = Set(tuning.map { $0.phrase.lowercased() })
        #expect(test.allSatisfy { !phrases.contains($0.phrase.lowercased()) }, "a test phrasing is also in the tuning set")
        for line in tuning + test {
            if let gesture = line.gesture { #expect(Catalog.builtIn.gesture(Identifier(gesture)) != nil, "\(gesture)") }
        }
        // The model learned from the tuning set and from nothing else.
        #expect(Phrasings.tuning.count == tuning.count)
        #expect(
            zip(Phrasings.tuning, tuning).allSatisfy { $0.title == $1.phrase && $0.language == $1.language && $0.gesture == $1.gesture })
    }

    /// The built-in model `log` reads is the one training gives; with
    /// `MICROMANCE_UPDATE_MODEL=1` set, this writes it (after `scripts/phrasings`).
    @Test func theBuiltInModelIsWhatTrainingGives() throws {
        let trained = LanguageModel.trained
        func block(_ text: String) -> String {
            text.split(separator: "\n").map { "        " + $0 }.joined(separator: "\n")
        }
        let source = """
            // Written by CorpusTests (MICROMANCE_UPDATE_MODEL=1) from Phrasings.tuning and the catalog; do not edit by hand.

            extension LanguageModel {
                static let trainedCounts = #\"\"\"
            \(block(trained.serializedCounts))
                    \"\"\"#

                static let trainedNeighbours = #\"\"\"
            \(block(trained.serializedNeighbours))
                    \"\"\"#

                static let trainedGestures = #\"\"\"
            \(block(trained.neighbours.gestureModel.serialized))
                    \"\"\"#

                static let trainedNeighbourPostings = #\"\"\"
            \(block(SearchedTitles.postings(for: trained.serializedNeighbours)))
                    \"\"\"#
            }

            extension Catalog {
                static let builtInKeywordStems = #\"\"\"
            \(Catalog.serializeKeywordStems(Catalog.stemKeywords(Catalog.builtIn.gestures)).split(separator: "\n", omittingEmptySubsequences: false).map { "        " + $0 }.joined(separator: "\n"))
                    \"\"\"#
            }

            """
        let path = Self.root.appendingPathComponent("Packages/MicromanceModel/Sources/MicromanceModel/Catalog/LanguageModel+Trained.swift")
            .path
        if ProcessInfo.processInfo.environment["MICROMANCE_UPDATE_MODEL"] != nil {
            try source.write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(
            try String(contentsOfFile: path, encoding: .utf8) == source, "run MICROMANCE_UPDATE_MODEL=1 swift test --filter CorpusTests")
        #expect(LanguageModel.builtIn.serializedCounts == trained.serializedCounts)
        #expect(LanguageModel.builtIn.serializedNeighbours == trained.serializedNeighbours)
        // Read as keys, the neighbours are what stemming the titles again gives, found alike.
        #expect(LanguageModel.builtIn.neighbours.examples == trained.neighbours.examples)
        // Searched through the table of stems, the neighbours answer as the whole list does:
        // every 10th phrasing of the corpus, and each cut to its first three words.
        for example in trained.neighbours.examples.enumerated().filter({ $0.offset % 10 == 0 }).map(\.element) {
            for stems in [Stemmer.stems(example.title), Array(Stemmer.stems(example.title).prefix(3))] {
                #expect(LanguageModel.builtIn.neighbours.example(for: stems)?.example == trained.neighbours.example(for: stems)?.example)
                for language in LoveLanguage.allCases {
                    #expect(
                        LanguageModel.builtIn.neighbours.gestureVote(
                            for: stems, language: language, neighbours: 5, share: 0.6, likeness: 0.15)
                            == trained.neighbours.gestureVote(for: stems, language: language, neighbours: 5, share: 0.6, likeness: 0.15))
                }
            }
        }
        #expect(LanguageModel.builtIn.neighbours.gestureModel.serialized == trained.neighbours.gestureModel.serialized)
        #expect(GestureModel(serialized: trained.neighbours.gestureModel.serialized) == trained.neighbours.gestureModel)
        // The built-in catalog reads its keywords' stems rather than stemming them at start-up.
        #expect(Catalog.parseKeywordStems(Catalog.builtInKeywordStems) == Catalog.stemKeywords(Catalog.builtIn.gestures))
        #expect(Catalog.builtIn.keywordStems == Catalog.stemKeywords(Catalog.builtIn.gestures))
    }

    @Test func matchingOnTheFrozenTestSet() throws {
        let tuning = Self.score(try Self.read("tuning"))
        let test = Self.score(try Self.read("test"))
        let folds = Self.crossValidate(try Self.read("tuning"))
        print("matching, tuning set: \(tuning)")
        print("matching, 5-fold cross-validation over the tuning set: \(folds)")
        print("matching, frozen test set: \(test)")
        // New phrasings measured before they join the tuning set: `MICROMANCE_SCORE_FILE=PATH.tsv`.
        if let path = ProcessInfo.processInfo.environment["MICROMANCE_SCORE_FILE"] {
            let fresh = Self.score(try Self.read(path: path))
            print("matching, \(path): \(fresh)")
            if ProcessInfo.processInfo.environment["MICROMANCE_TUNING_MISSES"] != nil {
                for miss in fresh.misses { print("  fresh miss: \(miss)") }
            }
        }
        if ProcessInfo.processInfo.environment["MICROMANCE_TUNING_MISSES"] != nil {
            for miss in folds.misses { print("  tuning miss: \(miss)") }
            for miss in folds.gestureMisses { print("  tuning gesture miss: \(miss)") }
        }
        // Floors under the figures measured when the matcher last changed (see RELIABILITY.md),
        // so a change that makes it worse on phrasings it never saw fails here. One phrasing of
        // the frozen set is half a point, so its floors leave one phrasing's room; the folds over
        // the 8,000 tuning phrasings move less (but each round of new voices makes the folds
        // harder: wrong 3.9% → 4.0% when the eleventh round of 710 joined; 3.5% after the
        // fourteenth, so 3.7% is the floor). The frozen gesture floor was lowered once, from
        // 87.5% to 85%, when the fifteenth round's 681 phrasings joined the tuning set: the
        // gesture model trained with them names 63 of the frozen set's 74 gestures, not 66 (64
        // with a third trial's titles), while the folds' figure rose (74.4% → 75.2%, then 77.6%
        // with the rules of context). The sixteenth round and its rules took the folds to 94.4% /
        // 3.2% / 79.1%, so their floors rose to 94% / 3.4% / 78.5%. The nineteenth round (669,
        // held out first at 1.9% wrong) took the folds to 94.8% / 2.9% but the model retrained
        // with it puts two frozen phrasings that it left open before on a wrong language (2.1%
        // → 3.1%): the frozen wrong floor moved to 3.1%, the figure measured, and no threshold
        // was changed for it (the guess sweep over the tuning set keeps 0.62 and 2.0). The
        // twentieth round (702, held out first at 2.6% wrong) and the rule that something bought
        // for them is a gift took the folds to 95.1% / 2.7% and the frozen set back to 2.6%
        // wrong: its floor follows, with one phrasing's room (3.1%) kept. The rule that praise
        // told to someone else is bragging (folds' gestures 5,846 → 5,854 of 7,378) took the
        // frozen gestures to 67 of 74 (90.5%): the floor rose to 89%, one phrasing's room.
        // The twenty-first round (715, held out first at 2.5% wrong) took the frozen set to 2.1%
        // wrong and its gestures to 66 of 74 (89.2%), still above the floor; the folds stayed at
        // 95.1% / 2.7%, and the rules of negated speech and of buying took them to 95.2%.
        // The twenty-third round (690) took the frozen set to 1.5% wrong (3 of 194) and the folds
        // to 95.7% / 2.5% / gestures 80.3%: the floors follow, one phrasing's room on the frozen
        // set (2.1%) and a little on the folds.
        #expect(test.rightShare >= 0.955)
        #expect(test.wrongShare <= 0.021)
        #expect(test.gestureShare >= 0.89)
        #expect(folds.rightShare >= 0.95)
        #expect(folds.wrongShare <= 0.028)
        #expect(folds.gestureShare >= 0.795)
    }
}
