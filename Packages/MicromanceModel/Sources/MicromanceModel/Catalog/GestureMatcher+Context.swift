extension Catalog {
    /// A gesture found from what was done, made more exact by the rest of the title: a chore
    /// done "so she could sleep" is letting them sleep in, a chore done "so she could study"
    /// is taking a task off them, and a hug "when he got home" is meeting them at the door.
    /// Found in the tuning phrasings' cross-validation misses: of its 105 chores done so the
    /// other could sleep, lie in or go to bed, 100 are labelled let-them-sleep-in; of its 468
    /// acts of service with a clause of purpose, 279 take-a-task and 28 none; of its 58 hugs
    /// given as one came home or walked in, 39 welcome-home-hug and 7 long-hug; cooking with a
    /// clause of purpose and no "favourite" was cook-their-favourite in 44 cross-validation
    /// misses labelled take-a-task (the rule named 19 more right, none more where none fits);
    /// a kiss or a cuddle names its gesture only with a word of leaving or of the couch
    /// (``sayingWords``); an act of service done "for him" or "for her" that named no chore is
    /// taking a task off them (``doneForThem(_:)``: cross-validation 14 more gestures right, 4
    /// more named where none fits); praise told straight to them ("told him he's") is a
    /// compliment, not bragging (``toldToThem(_:)``). Each rule was kept because cross-validation named more
    /// gestures right and few more where none fits.
    func inContext(_ match: GestureMatch, stems: [String], main: Int) -> GestureMatch {
        switch match.source {
        case .catalog, .guess: break
        default: return match
        }
        var refined = match
        if match.language == .service, match.gesture.map({ $0.languages.contains(.service) }) ?? true,
            Self.isSoTheyCouldSleep(stems, after: main), let sleep = gesture(Self.letThemSleepIn)
        {
            refined.gesture = sleep
        } else if match.language == .service || match.gesture?.id == Self.cookTheirFavourite,
            Self.givesWayToPurpose(match.gesture, stems: stems), Stemmer.hasPurposeClause(stems),
            let task = gesture(Self.takeATask)
        {
            refined.gesture = task
            refined.language = .service
        } else if match.language == .touch, match.gesture.map({ Self.hugs.contains($0.id) }) ?? true, Self.saysArrival(stems),
            let welcome = gesture(Self.welcomeHomeHug)
        {
            refined.gesture = welcome
        } else if match.language == .touch, match.gesture == nil, Self.holdsSomeone(stems), let hug = gesture(Self.longHug) {
            refined.gesture = hug
        } else if match.language == .service, match.gesture == nil, Self.doneForThem(stems), let task = gesture(Self.takeATask) {
            refined.gesture = task
        }
        // At the door is not always coming home: a kiss there is a goodbye kiss, and a hug as
        // one of them leaves is a long hug, not a welcome.
        if refined.gesture?.id == Self.welcomeHomeHug, !Self.saysArrival(stems) {
            if stems.contains(where: Self.kissWords.contains), !stems.contains(where: Self.hugWords.contains) {
                refined.gesture = gesture(Self.goodbyeKiss)
            } else if stems.contains(where: Self.leavingWords.contains) {
                refined.gesture = stems.contains(where: Self.hugWords.contains) ? gesture(Self.longHug) : nil
            }
        }
        // A gesture that is one moment of a kind of touch names it only when the title says so.
        if let id = refined.gesture?.id, let words = Self.sayingWords[id], !stems.contains(where: words.contains) {
            refined.gesture = nil
        }
        // Praise told to someone else (her sister, the customers, his boss) is bragging about
        // them; told to them, a compliment.
        if let id = refined.gesture?.id, id == Self.genuineCompliment || id == Self.bragAboutThem, Self.praisedToOthers(stems),
            let brag = gesture(Self.bragAboutThem)
        {
            refined.gesture = brag
        } else if refined.gesture?.id == Self.bragAboutThem, Self.toldToThem(stems), let compliment = gesture(Self.genuineCompliment) {
            refined.gesture = compliment
        }
        // A thing to keep, wear or use is not a snack, whatever gift the words were most like;
        // a drink from a café is their usual order.
        if refined.gesture?.id == Self.favouriteSnack, stems.contains(where: Self.thingWords.contains) {
            refined.gesture = nil
        } else if refined.gesture?.id == Self.favouriteSnack, stems.contains(where: Self.cafeDrinks.contains),
            !stems.contains(where: Self.groceryWords.contains), let order = gesture(Self.theirUsualOrder)
        {
            refined.gesture = order
        }
        // Writing all the thank-you cards (for the wedding, the baby's gifts) is a task taken
        // off them, not thanks said.
        if refined.gesture?.id == Self.sayThankYouOutLoud, Self.writesTheThankYous(stems), let task = gesture(Self.takeATask) {
            refined.gesture = task
            refined.language = .service
        }
        // No gesture left: the language is what the words say, and the match says so (a catalog
        // match always names its gesture).
        if refined.gesture == nil, match.gesture != nil { refined.source = .guess }
        return refined
    }

    /// Gestures named only when the title has one of their words: a kiss is a goodbye kiss when
    /// one of them was leaving (of the tuning set's kisses with no such word, 235 name no
    /// gesture and 14 the goodbye kiss), a cuddle is on the couch when the title says where or
    /// over what (100 none, 12 this one), a flower is named for a flower (208 of the 215 tuning
    /// phrasings labelled with it say one; a gift guessed from its words took it for AirPods).
    static let sayingWords: [Identifier<Gesture>: Set<String>] = [
        "goodbye-kiss": Set(
            [
                "left", "leave", "leaving", "door", "goodbye", "bye", "work", "drop", "dropped", "went", "go", "going", "off", "out",
                "airport", "station", "shift", "school", "train", "bus", "flight", "gate", "departure", "deploy", "deployment",
                "ward", "office",
            ].map(Stemmer.stem)),
        "pick-a-flower": Set(
            [
                "flower", "flowers", "flowrs", "flores", "fleurs", "florist", "bouquet", "posy", "bloom", "blooms", "blossom", "petals",
                "stem", "stems", "bunch", "garland", "lei", "rose", "roses", "tulip", "tulips", "daisy", "daisies", "peony", "peonies",
                "sunflower", "sunflowers", "lily", "lilies", "daffodil", "daffodils", "daffs", "carnation", "carnations", "orchid",
                "orchids", "lavender", "jasmine", "marigold", "marigolds", "dandelion", "dandelions", "wildflower", "wildflowers",
                "peas", "freesia", "freesias", "chrysanthemum", "chrysanthemums", "gerbera", "gerberas", "hydrangea", "hydrangeas",
                "poppy", "poppies", "bluebell", "bluebells", "bluebonnet", "bluebonnets", "heather", "protea", "proteas", "buttercup",
                "buttercups", "lilac", "lilacs", "camellia", "magnolia", "frangipani", "plumeria", "hibiscus", "gardenia", "gardenias",
                "snowdrops", "violet", "violets", "pansies", "iris", "irises", "alstroemeria", "ranunculus", "anemones", "dahlia",
                "dahlias", "zinnias", "primrose", "primroses", "rhododendron", "sampaguita", "cempasúchil", "🌹", "💐", "🌷", "🌻",
                "🌸", "🌼", "🌺", "🥀",
            ].map(Stemmer.stem)),
        // Holding hands is the walk's gesture only on a walk: all 104 tuning phrasings labelled
        // with it say one, while hands held through a scan, in the car or at the pictures had
        // taken it 278 times in cross-validation, labelled none (or a hand squeeze).
        "hold-hands-walking": Set(
            [
                "walk", "walked", "walking", "walks", "walkies", "stroll", "strolled", "strolling", "wander", "wandered",
                "wandering", "hike", "hiked", "hiking", "trek", "ramble", "rambled", "amble", "ambled", "promenade", "boardwalk",
                "pier", "way", "path", "street", "road", "crossing", "cross", "block", "bridge", "prom", "lakefront", "seafront",
                "beach", "boulevard", "avenue", "ave", "market", "fair", "park", "clifftop", "climbing", "linked", "lane", "trail",
                "sidewalk", "pavement", "town", "mall", "shops", "round", "along",
            ].map(Stemmer.stem)),
        // Coffee together is named only for a drink: a breakfast, a lunch or a date together
        // named it 53 times in cross-validation, labelled none (of the tuning set's 81
        // breakfasts, 78 name no gesture).
        "morning-coffee-together": Set(
            [
                "coffee", "coffees", "cofee", "coffe", "kopi", "latte", "lattes", "espresso", "espressos", "cappuccino",
                "cappuccinos", "cuppa", "cuppas", "brew", "brews", "tea", "teas", "chai", "kaffee", "kahve", "fika", "cafe", "café",
                "cafezinho", "mate", "matcha", "☕",
            ].map(Stemmer.stem)),
        "couch-cuddle": Set(
            ["couch", "sofa", "settee", "blanket", "film", "movie", "show", "telly", "tv", "netflix", "lounge", "series", "episode"]
                .map(Stemmer.stem)),
    ]

    /// Whether a gesture of service found from what was done gives way to taking a task off
    /// them when a clause of purpose follows: cooking "so she could rest" is taking the meal
    /// off her, not cooking her favourite (unless the title says it was her favourite).
    /// No gesture found gives way too.
    static func givesWayToPurpose(_ gesture: Gesture?, stems: [String]) -> Bool {
        guard let gesture else { return true }
        return gesture.id == cookTheirFavourite && !stems.contains(favourite)
    }

    /// Things given that are kept, worn or used rather than eaten: of the tuning set's phrasings
    /// with one of these words, almost none is labelled a favourite snack, yet a gift guessed
    /// from its words took that, the commonest gift, for a keyring, slippers or concert tickets.
    static let thingWords: Set<String> = Set(
        [
            "keychain", "keyring", "magnet", "slippers", "socks", "earrings", "jhumkas", "necklace", "bracelet", "charm", "pendant",
            "ring", "shoes", "trainers", "sneakers", "wellies", "jersey", "shirt", "hoodie", "jumper", "sweater", "scarf",
            "hat", "gloves", "mitts", "blanket", "controller", "cactus", "succulent", "plant", "seeds", "globe", "tickets",
            "ticket", "book", "cookbook", "magazine", "mug", "candle", "perfume", "lippie", "lipstick", "wallet", "lamp",
            "frame", "poster", "vinyl", "album", "headphones", "earbuds", "charger", "pen", "notebook", "highlighters", "voucher",
            "dress", "saree", "jacket", "beanie", "cap", "tie", "teddy", "plush", "plushie", "lego", "kite", "shell", "pebble",
            "stone", "thermos", "headlamp", "knife", "mask", "portrait", "jewellery", "jewelry",
        ].map(Stemmer.stem))
    /// Drinks from a café or a drinks stall: a favourite snack guessed for one is their usual
    /// order (of the tuning set's 81 phrasings labelled one of the two that name one, 75 are the
    /// usual order; cross-validation had named the snack for 32 of them).
    static let cafeDrinks: Set<String> = Set(
        [
            "coffee", "coffees", "latte", "lattes", "cappuccino", "cappuccinos", "espresso", "americano", "mocha", "macchiato",
            "frappe", "frappuccino", "matcha", "boba", "kombucha", "smoothie", "cocoa", "starbucks", "dunkin", "double-double",
            "timmies", "karak", "kopi", "cortado", "☕",
        ].map(Stemmer.stem))
    /// Coffee or tea to make at home (a bag of beans brought back from Addis) is not an order.
    static let groceryWords: Set<String> = Set(
        ["beans", "bean", "powder", "grounds", "kilo", "packet", "pack", "tin", "jar", "pods", "bag", "box"].map(Stemmer.stem))
    static let theirUsualOrder: Identifier<Gesture> = "their-usual-order"
    static let sayThankYouOutLoud: Identifier<Gesture> = "say-thank-you-out-loud"

    /// Whether the title is of writing all the thank-you cards, notes or emails (or helping to):
    /// "wrote all 87 wedding thank-you emails", "helped him write all the thank-you cards". Of
    /// the tuning set's 23 phrasings of thank-you cards, the 5 that say so are labelled service;
    /// a thank-you card written to them is words.
    static func writesTheThankYous(_ stems: [String]) -> Bool {
        guard let thank = stems.firstIndex(of: thankWord), thank + 2 < stems.count, stems[thank + 1] == youWord,
            stems[(thank + 2)...].prefix(2).contains(where: thankYouThings.contains)
        else { return false }
        let before = stems[..<thank].suffix(5)
        return before.contains(allWord) || before.contains(helpWord)
    }
    static let thankWord = Stemmer.stem("thank")
    static let youWord = Stemmer.stem("you")
    static let allWord = Stemmer.stem("all")
    static let helpWord = Stemmer.stem("helped")
    static let thankYouThings: Set<String> = Set(
        ["cards", "card", "notes", "note", "emails", "email", "letters", "messages", "texts"].map(Stemmer.stem))
    static let genuineCompliment: Identifier<Gesture> = "genuine-compliment"
    static let bragAboutThem: Identifier<Gesture> = "brag-about-them"

    /// Whether the praise was said to someone else: a boast, or a telling ("told", "said to",
    /// "praised ... to") whose listener is one of ``listeners`` (her sister, the regulars, his
    /// boss). Of the tuning phrasings labelled one of the two praise gestures, 126 say so, 107
    /// of them labelled bragging (counted by words); "in front of" his mates says nothing
    /// either way (the readers labelled 42 such as bragging and 14 as a compliment).
    static func praisedToOthers(_ stems: [String]) -> Bool {
        if stems.contains(where: boastWords.contains) { return true }
        for (index, word) in stems.enumerated() where tellingWords.contains(word) || word == to {
            let next = stems[(index + 1)...].lazy.filter { !listenerFillers.contains($0) }.prefix(word == to ? 1 : 3)
            if next.contains(where: listeners.contains) { return true }
        }
        return false
    }
    static let to = Stemmer.stem("to")

    /// Whether the praise was told straight to them: a telling followed by them and what was
    /// said ("told him he's", "telling her how", "told you that", "told me I'm"), or by a name
    /// and a pronoun ("told Priya she's"), not by someone's relative ("told her sister") nor by
    /// a listener (``listeners``: "told everyone she's"). Of the tuning set's 344 phrasings told
    /// to him, her or you, 178 are labelled a compliment, 42 proud-of-you and at most 3 bragging;
    /// of about 110 told to "me" and 96 told to a name, 84 and 85 a compliment and one each
    /// bragging (counted by words). The rule only turns bragging into a compliment.
    static func toldToThem(_ stems: [String]) -> Bool {
        for index in stems.indices.dropLast(2) where tellingWords.contains(stems[index]) {
            let next = stems[index + 1], then = stems[index + 2]
            guard toldClauses.contains(then) else { continue }
            if toldPeople.contains(next) { return true }
            if then == pronoun, !Stemmer.fillers.contains(next), !listenerFillers.contains(next), !listeners.contains(next) {
                return true
            }
        }
        return false
    }
    static let pronoun = Stemmer.stem("she")
    static let toldPeople: Set<String> = Set(["him", "her", "you", "u", "me"].map(Stemmer.stem))
    static let toldClauses: Set<String> = Set(
        ["he", "she", "you", "u", "that", "how", "i", "we", "what", "youre", "hes", "shes", "ur", "im"].map(Stemmer.stem))
    static let boastWords: Set<String> = Set(["bragged", "boasted", "bragging", "boasting"].map(Stemmer.stem))
    static let tellingWords: Set<String> = Set(
        ["told", "tell", "tells", "said", "praised", "introduced", "raved", "gushed"].map(Stemmer.stem))
    static let listenerFillers: Set<String> = Set(
        ["the", "her", "his", "my", "our", "their", "all", "whole", "entire", "to"].map(Stemmer.stem))
    static let listeners: Set<String> = Set(
        [
            "sister", "sisters", "brother", "brothers", "mum", "mom", "mam", "mother", "dad", "father", "parents", "family",
            "friends", "friend", "mates", "boss", "manager", "colleagues", "colleague", "coworkers", "workmates", "team", "crew",
            "waitress", "waiter", "carer", "nurses", "pastor", "priest", "vicar", "guests", "regulars", "customers", "everyone",
            "everybody", "neighbours", "neighbors", "gran", "granny", "grandma", "nan", "nana", "grandad", "grandpa", "auntie",
            "aunt", "uncle", "cousin", "cousins", "in-laws", "lola", "amma", "class", "students", "staff", "doctor", "vet", "group",
            "followers",
        ].map(Stemmer.stem))

    static let favouriteSnack: Identifier<Gesture> = "favourite-snack"
    static let cookTheirFavourite: Identifier<Gesture> = "cook-their-favourite"
    static let favourite = Stemmer.stem("favourite")
    static let letThemSleepIn: Identifier<Gesture> = "let-them-sleep-in"
    static let takeATask: Identifier<Gesture> = "take-a-task"
    static let hugs: Set<Identifier<Gesture>> = ["long-hug", "couch-cuddle"]
    static let welcomeHomeHug: Identifier<Gesture> = "welcome-home-hug"
    static let goodbyeKiss: Identifier<Gesture> = "goodbye-kiss"
    /// Words of a kiss, of a hug, and of one of them leaving, for telling a welcome at the door
    /// from a goodbye there. Found in the tuning set's cross-validation misses: kisses at the
    /// door ("Smooch at the door", "Long kiss at the door before the school run") and hugs
    /// "at the door before he left for his night shift" were taken for a welcome home.
    static let kissWords: Set<String> = Set(
        ["kiss", "kissed", "kisses", "kissing", "smooch", "smooched", "peck", "pecked", "snog", "besito", "beso", "bisou", "muxu"]
            .map(Stemmer.stem))
    static let hugWords: Set<String> = Set(
        ["hug", "hugged", "hugs", "hugging", "cuddle", "cuddled", "embrace", "embraced", "squeeze", "squeezed"].map(Stemmer.stem))
    static let leavingWords: Set<String> = Set(
        ["left", "leave", "leaves", "leaving", "goodbye", "bye", "went", "departure", "off"].map(Stemmer.stem))

    /// Whether the title goes on, after what was done, with "so they could sleep" (or lie in,
    /// go back to bed, nap): a clause of purpose whose reason is sleep, not only rest.
    static func isSoTheyCouldSleep(_ stems: [String], after main: Int) -> Bool {
        guard main >= 1, main + 1 < stems.count else { return false }
        // The clause of purpose may come after one of when ("after the party so he could sleep").
        guard let so = (main..<(stems.count - 1)).first(where: { Stemmer.opensPurpose(stems, at: $0) })
        else { return false }
        let clause = stems[(so + 1)...]
        if clause.contains(where: { sleepWords.contains($0) }) { return true }
        return zip(clause, clause.dropFirst()).contains { $0 == lie && $1 == "in" }
    }

    /// Whether someone was held, not a hand: "held him while he cried", "held each other".
    static func holdsSomeone(_ stems: [String]) -> Bool {
        guard !stems.contains(hand) else { return false }
        return zip(stems, stems.dropFirst()).contains { $0 == hold && heldPeople.contains($1) }
    }

    /// Whether the title says the deed was done for the other: "for him", "for me", "for the
    /// wife", or "for her" ending the title or a clause ("for her so she could rest"; "for her
    /// exam" says what for, not for whom). Of the tuning set's acts of service that say so, 158
    /// are labelled take-a-task, 41 none and the rest a more exact chore; the model left many
    /// such chores with no gesture ("sharpened the knives for her", "ironed his gown for him").
    static func doneForThem(_ stems: [String]) -> Bool {
        for index in stems.indices.dropLast() where stems[index] == forWord {
            let next = stems[index + 1]
            if beneficiaries.contains(next) { return true }
            if next == their, index + 2 == stems.count || clauseWords.contains(stems[index + 2]) { return true }
            if next == the || next == my, index + 2 < stems.count, partnerWords.contains(stems[index + 2]) { return true }
        }
        return false
    }
    static let forWord = Stemmer.stem("for")
    static let their = Stemmer.stem("her")
    static let the = Stemmer.stem("the")
    static let my = Stemmer.stem("my")
    static let beneficiaries: Set<String> = Set(["him", "them", "me", "us", "wifey", "hubby", "bae"].map(Stemmer.stem))
    static let partnerWords: Set<String> = Set(
        ["wife", "husband", "partner", "missus", "mrs", "fiance", "fiancee", "girlfriend", "boyfriend", "wifey", "hubby"]
            .map(Stemmer.stem))
    static let clauseWords: Set<String> = Set(
        [
            "so", "because", "cos", "coz", "bc", "while", "since", "when", "before", "after", "as", "this", "today", "tonight",
            "again", "and", "no", "lol", "even", "without", "every", "first", "then", "too", "yesterday", "last", "all", "once",
        ].map(Stemmer.stem))

    static let hold = Stemmer.stem("hold")
    static let hand = Stemmer.stem("hand")
    static let heldPeople: Set<String> = Set(["they", "me", "us", "each"].map(Stemmer.stem))
    static let longHug: Identifier<Gesture> = "long-hug"
    static let sleepWords: Set<String> = Set(["sleep", "nap", "kip", "bed", "lie-in", "snooze"].map(Stemmer.stem))
    static let lie = Stemmer.stem("lie")

    /// Whether the title says the other was arriving: "came home", "walked in", "got in from
    /// work", "at arrivals", "when she landed", "on the doorstep".
    static func saysArrival(_ stems: [String]) -> Bool {
        if stems.contains(where: { arrivalWords.contains($0) }) { return true }
        return zip(stems, stems.dropFirst()).contains { arrivalVerbs.contains($0) && arrivalPlaces.contains($1) }
    }

    static let arrivalWords: Set<String> = Set(["arrivals", "landed", "lands", "doorstep"].map(Stemmer.stem))
    static let arrivalPlaces: Set<String> = Set(["home", "in"].map(Stemmer.stem))
    static let arrivalVerbs: Set<String> = Set(
        ["came", "come", "comes", "got", "gets", "get", "walked", "walks", "arrived", "stepped", "back"].map(Stemmer.stem))
}
