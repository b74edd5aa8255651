import Foundation
import Testing

@testable import MicromanceModel

/// Everyday ways people write what they did, each with what it should match: a catalog gesture
/// id, or a love language when no one gesture fits. Written for this test, not taken from the
/// catalog's titles. The test prints coverage and precision and holds them to the targets.
let everydayPhrasings: [(String, String)] = [
    // Words
    ("texted her how much I appreciate her", "appreciation-text"),
    ("sent him a message saying I appreciated the help", "appreciation-text"),
    ("stuck a post-it on the bathroom mirror", "mirror-note"), ("left a sticky note on the mirror", "mirror-note"),
    ("put a little note in his lunchbox", "note-in-bag"), ("hid a note in her bag", "note-in-bag"),
    ("told him I'm proud of him", "proud-of-you"), ("said I was so proud of her promotion", "proud-of-you"),
    ("complimented her new haircut", "genuine-compliment"), ("gave him a real compliment about his cooking", "genuine-compliment"),
    ("thanked her for taking out the bins", "thanks-for-chore"), ("said thanks for doing the school run", "thanks-for-chore"),
    ("noticed how hard he's been working", "notice-hard-work"), ("told her I see the effort she puts in", "notice-hard-work"),
    ("told him one reason why I love him", "why-i-love-you"), ("said I love you because you make me laugh", "why-i-love-you"),
    ("bragged about her to my parents", "brag-about-them"), ("praised him in front of his friends", "brag-about-them"),
    ("good morning text before her shift", "good-morning-message"), ("sent a morning message with a heart", "good-morning-message"),
    ("wrote a love note", "words"), ("told her she looked beautiful", "words"), ("wrote a poem for him", "words"),
    ("said sorry for snapping at her", "repair-attempt"), ("apologised after our argument", "repair-attempt"),
    ("told her I'm grateful for her", "say-thank-you-out-loud"), ("said thank you for dinner", "say-thank-you-out-loud"),
    ("remembered the name of her coworker", "remember-a-detail"), ("remembered he hates olives", "remember-a-detail"),
    ("sent a voice message on my break", "voice-note"), ("left him a voicemail just to say hi", "voice-note"),
    ("posted a handwritten letter", "handwritten-letter"), ("sent a postcard from the conference", "handwritten-letter"),
    // Service
    ("made her coffee just how she likes it", "make-their-coffee"), ("brought him an espresso in bed", "make-their-coffee"),
    ("made him a flat white", "make-their-coffee"), ("made Sam's latte", "make-their-coffee"),
    ("made her a cup of tea", "make-their-tea"), ("brought him a cuppa", "make-their-tea"),
    ("took the recycling task off her plate", "take-a-task"), ("took over his to-do for the day", "take-a-task"),
    ("went to the pharmacy for her", "run-an-errand"), ("picked up his parcel at the post office", "run-an-errand"),
    ("made the bed even though it was her turn", "make-the-bed"), ("made our bed this morning", "make-the-bed"),
    ("warmed her towel on the radiator", "warm-towel"), ("put his towel on the heater", "warm-towel"),
    ("let her sleep in on Saturday", "let-them-sleep-in"), ("let him have a lie in", "let-them-sleep-in"),
    ("packed his lunch", "pack-their-lunch"), ("made her lunch for work", "pack-their-lunch"),
    ("filled up her car with petrol", "fill-their-tank"), ("charged his phone overnight", "fill-their-tank"),
    ("cooked her favourite pasta for dinner", "cook-their-favourite"), ("made him breakfast", "cook-their-favourite"),
    ("did the dishes after dinner", "handle-the-dishes"), ("emptied the dishwasher", "handle-the-dishes"),
    ("did the washing up", "handle-the-dishes"), ("fixed the bike", "service"), ("folded the laundry", "service"),
    ("vacuumed the living room", "service"), ("did the grocery shopping", "service"), ("took the bins out", "service"),
    ("cleaned the bathroom before her parents came", "service"), ("ironed his shirt for the interview", "service"),
    // Gifts
    ("brought home her favourite chocolate", "favourite-snack"), ("surprised him with his favourite sweets", "favourite-snack"),
    ("sent her a song that made me think of her", "song-for-them"), ("shared a track with him", "song-for-them"),
    ("added a song to our playlist", "shared-playlist"), ("put three songs on our shared playlist", "shared-playlist"),
    ("sent him a meme", "send-a-meme"), ("sent her a funny gif", "send-a-meme"),
    ("saved her the last slice of cake", "save-last-slice"), ("kept him the last piece of pizza", "save-last-slice"),
    ("bought her flowers", "pick-a-flower"), ("picked a flower on the way home", "pick-a-flower"),
    ("sent him an article about climbing", "small-book-or-article"), ("shared a podcast episode with her", "small-book-or-article"),
    ("sent an old photo of us at the beach", "photo-memory"), ("shared a picture from our first trip", "photo-memory"),
    ("brought her usual order from the bakery", "their-usual-order"), ("picked up a croissant for him", "their-usual-order"),
    ("mailed her a care package", "send-a-care-package"), ("sent him a parcel of his favourite things", "send-a-care-package"),
    ("bought him a small gift", "gifts"), ("got her a present", "gifts"),
    // Time
    ("put my phone away while she talked", "phone-down"), ("kept my phone down at dinner", "phone-down"),
    ("asked him about his day and listened", "ask-about-their-day"), ("asked her how was your day", "ask-about-their-day"),
    ("Asked him about his day", "ask-about-their-day"), ("listened to her talk about work", "ask-about-their-day"),
    ("watched an episode of her show with her", "watch-their-show"), ("watched a movie he picked", "watch-their-show"),
    ("sat with him while he worked", "sit-near-them"), ("kept her company while she studied", "sit-near-them"),
    ("candlelit dinner at home", "candle-dinner"), ("lit a candle for dinner", "candle-dinner"),
    ("went for a walk together after dinner", "short-walk"), ("took a stroll around the block", "short-walk"),
    ("had our coffee together before work", "morning-coffee-together"), ("breakfast together on the balcony", "morning-coffee-together"),
    ("did our check-in before bed", "ten-minute-check-in"), ("shared our high and low of the day", "ten-minute-check-in"),
    ("tried a new cafe together", "try-something-new"), ("cooked a new recipe together", "try-something-new"),
    ("played cards after dinner", "play-a-game"), ("did the crossword together", "play-a-game"),
    ("date night at the Italian place", "time"), ("spent the evening talking", "time"),
    // Touch
    ("held her hand at the red light", "hand-squeeze"), ("squeezed his hand in the waiting room", "hand-squeeze"),
    ("put my hand on her back as I passed", "hand-on-back"),
    ("gave him a long hug", "long-hug"), ("hugged her for thirty seconds", "long-hug"), ("big hug in the kitchen", "long-hug"),
    ("rubbed her shoulders", "shoulder-rub"), ("gave him a back rub", "shoulder-rub"), ("massaged his neck", "shoulder-rub"),
    ("rubbed shoulders after her shift", "shoulder-rub"),
    ("rubbed her feet", "foot-rub"), ("gave him a foot rub on the couch", "foot-rub"),
    ("cuddled on the sofa", "couch-cuddle"), ("snuggled during the film", "couch-cuddle"),
    ("kissed her goodbye", "goodbye-kiss"), ("goodbye kiss at the door", "goodbye-kiss"),
    ("held hands on the walk home", "hold-hands-walking"), ("walked hand in hand to the station", "hold-hands-walking"),
    ("stroked her hair until she fell asleep", "play-with-hair"), ("scratched his head", "play-with-hair"),
    ("met him at the door when he got home", "welcome-home-hug"), ("welcome home hug", "welcome-home-hug"),
    ("kissed her on the forehead", "touch"),
    // Support, check-ins, apart
    ("texted let me know when you're home", "text-when-you-arrive"), ("asked her to text me when she arrived", "text-when-you-arrive"),
    ("asked him to let me know when he gets there", "text-when-you-arrive"),
    ("asked how the interview went", "ask-after-the-event"), ("asked how her exam went", "ask-after-the-event"),
    ("asked what would help her today", "what-would-help"), ("asked how I can help with the move", "what-would-help"),
    ("celebrated his small win at work", "celebrate-small-win"), ("congratulated her on finishing the report", "celebrate-small-win"),
    ("took a break to calm down before talking", "calm-first"), ("cooled down before we talked it through", "calm-first"),
    ("checked in on her drive in the rain", "rain-drive-check"), ("texted him about the traffic on his drive", "rain-drive-check"),
    ("surprise video call at lunch", "surprise-video-call"), ("facetimed her from the airport", "surprise-video-call"),
    ("timed a message for his morning in another time zone", "timezone-good-morning"),
    ("watch party of our show from two cities", "watch-together-apart"),
    ("called to say goodnight", "goodnight-call"), ("bedtime call before she slept", "goodnight-call"),
    ("brought back our inside joke", "inside-joke"), ("made him laugh with our old joke", "inside-joke"),
    ("sent a snapshot of the view from my hotel", "share-your-view"),
    ("called her on my lunch break", "time"), ("planned a weekend trip for us", "time"),
]

@Suite struct PhrasingTests {
    /// Coverage: a love language found (by a gesture or a guess). Precision: a gesture matched
    /// is the expected one. Targets: coverage above 90%, wrong gestures at most 5%.
    @Test func everydayPhrasingsMatchWhatTheyDescribe() throws {
        #expect(everydayPhrasings.count >= 150)
        let catalog = Catalog.builtIn
        var covered = 0, rightGesture = 0, wrongGesture = 0, gestureExpected = 0, rightLanguage = 0
        var misses = [String]()
        for (phrase, expected) in everydayPhrasings {
            let match = catalog.match(phrase)
            if match.language != nil { covered += 1 }
            if let wanted = LoveLanguage(rawValue: expected) {
                if match.language == wanted {
                    rightLanguage += 1
                } else {
                    misses.append("\(phrase) → \(match.gesture?.id.rawValue ?? match.language?.rawValue ?? "nothing"), wanted \(expected)")
                }
                if let gesture = match.gesture, !gesture.languages.contains(wanted) { wrongGesture += 1 }
                continue
            }
            gestureExpected += 1
            let gesture = try #require(catalog.gesture(Identifier(expected)), "\(expected) is not in the catalog")
            if match.gesture?.id == gesture.id {
                rightGesture += 1
            } else {
                if match.gesture != nil { wrongGesture += 1 }
                misses.append(
                    "\(phrase) → \(match.gesture?.id.rawValue ?? "no gesture (\(match.language?.rawValue ?? "no language"))"), wanted \(expected)"
                )
            }
            if let language = match.language, gesture.languages.contains(language) { rightLanguage += 1 }
        }
        let total = Double(everydayPhrasings.count)
        let coverage = Double(covered) / total, wrong = Double(wrongGesture) / total
        print(
            String(
                format: "phrasings: %d; coverage %.1f%%; gestures right %d of %d (%.1f%%); wrong gesture %.1f%%; language right %.1f%%",
                everydayPhrasings.count, coverage * 100, rightGesture, gestureExpected,
                Double(rightGesture) / Double(gestureExpected) * 100,
                wrong * 100, Double(rightLanguage) / total * 100))
        for miss in misses { print("  miss: \(miss)") }
        #expect(coverage > 0.90)
        #expect(wrong <= 0.05)
    }

    /// A journal whose titles seldom repeat is learned from its newest distinct titles only,
    /// so `log` does not stem tens of thousands of them; the newest (a correction) is there.
    @Test func onlyTheNewestDistinctTitlesAreLearned() {
        func word(_ number: Int) -> String {
            let letters = Array("bcdfghjklmnpqrstvwxz")
            return "zo" + String([letters[number / 400 % 20], letters[number / 20 % 20], letters[number % 20]])
        }
        let count = LearnedTitles.maximumTitles + 150
        let labelled = (0..<count).map {
            LabelledTitle(title: "Baked \(word($0)) bread", language: $0 == count - 1 ? LoveLanguage.touch : .service)
        }
        let learned = LearnedTitles(labelled)
        #expect(learned.titles.examples.count == LearnedTitles.maximumTitles)
        #expect(learned.titles.examples.first?.title == "Baked \(word(150)) bread")
        #expect(learned.titles.examples.last?.title == "Baked \(word(count - 1)) bread")
        #expect(learned.titles.examples.last?.language == .touch)
        #expect(Catalog.builtIn.match("baked \(word(count - 1)) bread", learned: learned).language == .touch)
    }

    /// The couple's shorthand taught once carries into a longer title that holds all of it,
    /// ahead of a catalog word in it ("run" is an errand): a new user's trial.
    @Test func aShorthandCarriesIntoALongerTitle() {
        let learned = LearnedTitles([LabelledTitle(title: "kibanda run", language: .gifts, gesture: "favourite-snack")])
        let longer = Catalog.builtIn.match("did a kibanda run for mandazi", learned: learned)
        #expect(longer.language == .gifts && longer.source == .learned("kibanda run"))
        #expect(longer.gesture?.id.rawValue == "favourite-snack")
        // Three words more is another title; so is one that shares a single word.
        #expect(Catalog.builtIn.match("did a quick kibanda run for mandazi today", learned: learned).source != .learned("kibanda run"))
        #expect(Catalog.builtIn.match("went for a run", learned: learned).source != .learned("kibanda run"))
    }

    /// A shorter telling of a taught title (its words all in it, at most two left out) comes
    /// back as taught: a new user's trial taught "Picked him up at arrivals with a silly sign"
    /// as service and then got no language for "Picked him up at arrivals".
    @Test func aShorterTellingOfATaughtTitleIsLearned() {
        let learned = LearnedTitles([LabelledTitle(title: "Picked him up at arrivals with a silly sign", language: .service)])
        let shorter = Catalog.builtIn.match("Picked him up at arrivals", learned: learned)
        #expect(shorter.language == .service && shorter.source == .learned("Picked him up at arrivals with a silly sign"))
        // One word of the title that the taught one lacks, or three of the taught one's left out, is another title.
        #expect(
            Catalog.builtIn.match("Picked him up at arrivals late", learned: learned).source
                != .learned("Picked him up at arrivals with a silly sign"))
        let long = LearnedTitles([LabelledTitle(title: "Picked him up at arrivals with a silly cardboard sign", language: .service)])
        #expect(
            Catalog.builtIn.match("Picked him up at arrivals", learned: long).source
                != .learned("Picked him up at arrivals with a silly cardboard sign"))
        // The corpus's own phrasings are not taken this way (only the couple's titles are).
        #expect(Catalog.builtIn.match("Picked him up at arrivals").source != .learned("Picked him up at arrivals with a silly sign"))
    }

    /// A title of emoji only matches nothing until the couple gives it a language; then it,
    /// and the same emoji again, come back as taught.
    @Test func aTitleOfEmojiOnlyCanBeTaught() {
        #expect(Catalog.builtIn.match("❤️🤗").language == nil)
        #expect(Stemmer.stems("❤️ 🤗!") == ["❤️", "🤗"])
        let learned = LearnedTitles([LabelledTitle(title: "❤️🤗", language: .touch)])
        let again = Catalog.builtIn.match("❤️🤗", learned: learned)
        #expect(again.language == .touch)
        #expect(again.source == .learned("❤️🤗"))
        #expect(Catalog.builtIn.match("❤️ 🤗", learned: learned).language == .touch)
        // Another emoji is not the one taught.
        #expect(Catalog.builtIn.match("☕️", learned: learned).language == nil)
    }

    @Test func stemsMeetAcrossForms() {
        for (a, b) in [
            ("hugged", "hug"), ("hugging", "hugs"), ("made", "making"), ("held", "hold"), ("dishes", "dish"), ("rubbed", "rub"),
            ("kissed", "kiss"), ("texted", "messaged"), ("his", "her"), ("feet", "foot"), ("cuddled", "cuddle"),
        ] {
            #expect(Stemmer.stem(a) == Stemmer.stem(b), "\(a) / \(b)")
        }
    }

    /// The byte-wise stemmer for ASCII words gives what the character-wise one gives, for every
    /// word of the tuning phrasings and the catalog, and for short and awkward ones.
    @Test func asciiStemsAreTheCharacterStems() {
        var words = Set([
            "", "a", "is", "us", "ss", "ies", "ing", "ed", "es", "e", "bee", "tied", "spies", "sing", "buzzed", "fizz", "passes",
        ])
        for phrasing in Phrasings.tuning { words.formUnion(Catalog.words(phrasing.title)) }
        for gesture in Catalog.builtIn.gestures { for keyword in gesture.keywords { words.formUnion(Catalog.words(keyword)) } }
        var compared = 0
        for word in words where word.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(Stemmer.stemASCII(Array(word.utf8)) == Stemmer.stemCharacters(word), "\(word)")
            compared += 1
        }
        #expect(compared > 3_000)
    }

    /// A partner's own idea is matched before the catalog.
    @Test func aPartnersOwnIdeaComesFirst() {
        let ideas: [OwnIdea] = ["Warm her side of the bed", "Buy the oat milk she likes"]
        let match = Catalog.builtIn.match("warmed her side of the bed before she got in", ideas: ideas)
        #expect(match.source == .idea("Warm her side of the bed"))
        #expect(Catalog.builtIn.match("made the bed", ideas: ideas).source == .catalog)
        let guess = Catalog.builtIn.match("carried her bags up the stairs")
        #expect(guess.source == .guess && guess.language == .service && guess.isGuess)
        #expect(Catalog.builtIn.match("zzz qqq").source == .none)
    }

    /// Words whose sense the word before them changes: tea as an occasion, hot chocolate as a
    /// drink. Neither is then the catalog gesture of the plain word (make-their-tea, a snack).
    @Test func aWordBeforeCanChangeTheSense() {
        #expect(Stemmer.stems("afternoon tea at the Ritz").contains("teatim"))
        #expect(Stemmer.stems("made her tea").contains("tea"))
        #expect(Stemmer.stems("hot chocolate by the fire").contains("hotchocolat"))
        #expect(Stemmer.stems("brought her chocolate").contains("chocolat"))
        #expect(Catalog.builtIn.match("stargazing with hot chocolate").gesture?.id != "favourite-snack")
        #expect(Catalog.builtIn.match("brought her favourite chocolate home").gesture?.id == "favourite-snack")
        // A recipe is cooked more often than shared as reading; noticing is not praise of hard work.
        #expect(Catalog.builtIn.match("made me byrek from his mother's recipe").gesture?.id != "small-book-or-article")
        #expect(Catalog.builtIn.match("I unloaded the dishwasher and she noticed").gesture?.id != "notice-hard-work")
        // A video call is shared time, a surprise only when it says so.
        let weekly = Catalog.builtIn.match("our weekly video call, two hours of catching up")
        #expect(weekly.gesture?.id != "surprise-video-call" && weekly.language == .time)
        #expect(Catalog.builtIn.match("surprise call on her lunch break").gesture?.id == "surprise-video-call")
        // A hand held or shoulders squeezed is not the squeeze at a red light; a sunset or a
        // film watched is not their show (in the tuning set 13 of 380 phrasings with "hand" and
        // 9 of 105 with "watched the" are those gestures).
        #expect(Catalog.builtIn.match("gave my shoulders a squeeze while I was working").gesture?.id != "hand-squeeze")
        #expect(Catalog.builtIn.match("squeezed his hand at the red light").gesture?.id == "hand-squeeze")
        #expect(Catalog.builtIn.match("watched the sunset from the pier").gesture?.id != "watch-their-show")
        #expect(Catalog.builtIn.match("watched an episode of her show with her").gesture?.id == "watch-their-show")
    }

    /// What was done is said before a clause of when or why; the clause's words do not name the gesture.
    @Test func aClauseOfWhenOrWhyDoesNotNameTheGesture() {
        func main(_ text: String) -> String { Stemmer.mainClause(Stemmer.stems(text)).joined(separator: " ") }
        #expect(main("regrouted the shower before she left for work") == "regrout the shower")
        #expect(main("walked the dog so she could sleep in") == "walk the dog")
        #expect(main("picked blackberries on our walk") == "pick blackberry")
        // "So" opens a clause only before who it was for; two words at least come before a clause.
        #expect(main("was so kind about it") == "was so kind about it")
        #expect(main("after work drinks") == "after work drink")
        let match = Catalog.builtIn.match("regrouted the shower before she left for work")
        #expect(match.gesture?.id != Identifier("goodbye-kiss"))
        #expect(match.language == .service)
        // Without the clause, "kissed" names the gesture as before.
        #expect(Catalog.builtIn.match("kissed her before she left for work").gesture?.id == Identifier("goodbye-kiss"))
    }

    /// A title whose language is a guess takes the gesture that most of the phrasings like it
    /// (of that language) name, when two at least agree; one alike phrasing is not enough.
    @Test func aGuessTakesTheGestureItsNeighboursAgreeOn() {
        let index = TitleIndex([
            LabelledTitle(title: "praised her cooking", language: .words, gesture: "genuine-compliment"),
            LabelledTitle(title: "praised his singing at karaoke", language: .words, gesture: "genuine-compliment"),
            LabelledTitle(title: "praised the new curtains", language: .words),
            LabelledTitle(title: "praised her cooking to my mum", language: .time, gesture: "play-a-game"),
            LabelledTitle(title: "wrote him a poem", language: .words, gesture: "handwritten-letter"),
        ])
        let praise = Stemmer.stems("praised her painting")
        #expect(index.gestureVote(for: praise, language: .words, neighbours: 5, share: 0.6, likeness: 0.15) == "genuine-compliment")
        // Only phrasings of the language vote; one is not a pattern.
        #expect(index.gestureVote(for: praise, language: .time, neighbours: 5, share: 0.6, likeness: 0.15) == nil)
        #expect(
            index.gestureVote(for: Stemmer.stems("wrote her a poem"), language: .words, neighbours: 5, share: 0.6, likeness: 0.15) == nil)
        // Titles naming no gesture vote for none: split votes name nothing.
        #expect(index.gestureVote(for: praise, language: .words, neighbours: 5, share: 0.9, likeness: 0.15) == nil)
    }

    /// The built-in phrasings searched in their text (a line's stem count and language read in
    /// place) answer as the same phrasings held in memory (their shared stems counted from
    /// postings) do, for every everyday phrasing: the same like title, the same gesture voted.
    @Test func searchedAndHeldTitlesAnswerAlike() {
        let searched = LanguageModel.builtIn.neighbours
        let held = TitleIndex(
            keyed: searched.examples.map {
                ($0.stems.sorted(), LabelledTitle(title: $0.title, language: $0.language, gesture: $0.gesture))
            })
        #expect(held.examples.count == searched.examples.count && held.examples.count > 1_000)
        var found = 0
        for (phrase, _) in everydayPhrasings {
            let stems = Stemmer.stems(phrase)
            let inText = searched.example(for: stems), inMemory = held.example(for: stems)
            #expect(inText?.example == inMemory?.example && inText?.exact == inMemory?.exact, "\(phrase)")
            if inText != nil { found += 1 }
            for language in LoveLanguage.allCases {
                #expect(
                    searched.gestureVote(for: stems, language: language, neighbours: 7, share: 0.5, likeness: 0.25)
                        == held.gestureVote(for: stems, language: language, neighbours: 7, share: 0.5, likeness: 0.25),
                    "\(phrase) \(language)")
            }
        }
        #expect(found > everydayPhrasings.count / 2, "most everyday phrasings have a like title")
    }

    /// A slip of the keys: one letter changed, left out or added, or two neighbours swapped;
    /// not the same word, nor two slips, nor two letters apart in length.
    @Test func slipsOfTheKeys() {
        func apart(_ a: String, _ b: String) -> Bool { LanguageModel.oneSlipApart(Array(a.utf8), Array(b.utf8)) }
        #expect(apart("vacumed", "vacuumed") && apart("vacuumed", "vacumed"))
        #expect(apart("cudled", "cuddled") && apart("encouragd", "encouraged"))
        #expect(apart("cuddel", "cuddle") && apart("hugs", "hugz") && apart("xhugs", "hugs") && apart("hugsx", "hugs"))
        #expect(!apart("cuddle", "cuddle") && !apart("", ""))
        #expect(apart("cuddle", "cudlde"), "a swap of neighbours is one slip")
        #expect(!apart("cuddle", "ducdle") && !apart("cuddle", "cuxxle") && !apart("cuddle", "cudd") && !apart("cuddle", "muddles"))
        #expect(!apart("abc", "cab") && !apart("hugged", "hugger2"))
    }
}
