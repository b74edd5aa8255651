/// Everyday words that lean to one love language, written for the project from what couples
/// do: the chores, errands and repairs of acts of service, the things people give, the ways
/// people touch, the things people do together, the ways people say what they feel. Where
/// cross-validation over the corpus's tuning set showed a kind of word the model had never
/// seen (repairs, small presents, ways of touching), the lists cover that kind broadly; the
/// frozen test set was not read. The built-in ``LanguageModel`` learns each word as a one-word
/// title, so a phrasing with a word the corpus never used still leans somewhere ("regrouted
/// the shower", "got us matching keyrings"). Words that belong to several languages ("drive",
/// "dinner", "call", "book") are left out: the phrasings teach those in context.
enum Lexicon {
    /// How many phrasings one word of the lexicon counts as (2: chosen by 5-fold
    /// cross-validation over the tuning set, where 1 left most such titles unclassified and 3
    /// or more made more of them wrong).
    static let weight = 2.0
    static let words: [LoveLanguage: Set<String>] = {
        func stems(_ text: String) -> Set<String> {
            Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Stemmer.stem(String($0)) })
        }
        return [
            .words: stems(
                """
                text note letter card compliment complimented thank thanks thanked say said tell told praise praised encourage
                encouraged encouraging wrote write love proud appreciate appreciated sorry apologise apologize apologised apologized
                poem voice reassure reassured remind reminded whisper whispered cheer cheered pep admire admired adore
                affirm affirmation speech paragraph ily iloveyou kind words notice noticed acknowledge
                acknowledged celebrate celebrated boast boasted brag bragged bragging gush gushed shoutout caption
                voicemail postcard lovenote sticky postit reassurance supportive believe forgive forgave validate validated
                """),
            .service: stems(
                """
                make cook cooked clean cleaned fix fixed repair repaired wash washed dish laundry iron ironed vacuum vacuumed hoover
                hoovered tidy tidied grocery errand carry carried fold folded bin trash rubbish recycling breakfast lunch coffee
                help chore sort mow mowed mop mopped sweep swept dust dusted scrub scrubbed polish polished unclog unclogged
                unblock unblocked plunge plunged grout regrout regrouted paint painted assemble assembled install installed
                mend mended sew sewed stitch stitched darn patch patched replace replaced charge charged refill refilled
                shovel shovelled shoveled scrape scraped defrost defrosted deice weed weeded prune pruned rake raked water watered
                feed fed bathe bathed sterilise sterilised sterilize sterilized bottle nappy diaper change changed
                schedule scheduled arrange arranged organise organised organize organized renew renewed
                pay paid file filed collect collected pickup dropoff drop dropped fetch fetched
                pack packed unpack unpacked load loaded unload unloaded empty emptied hang hung peg pegged meal prep prepped
                bake baked roast roasted lasagna pancake soup stew casserole lunchbox chai tray
                car oil tyre tire puncture battery garage gutter drain sink tap toilet boiler fuse bulb lightbulb
                shelf shelves wardrobe flatpack furniture bike lawn hedge snow ice windscreen windshield
                appointment dentist doctor insurance tax form paperwork bill bills admin
                """),
            .gifts: stems(
                """
                gift present buy bought bring brought flower chocolate souvenir surprise treat snack book parcel package order
                ordered wrap wrapped keyring keychain candle necklace bracelet earring jewellery jewelry perfume
                cologne scarf jumper sweater hoodie sock socks mug plushie teddy bear trinket keepsake voucher giftcard
                ticket bouquet tulip tulips rose roses daisies sunflower sunflowers wildflower wildflowers vinyl
                album print frame framed photobook scrapbook knit knitted crochet crocheted handmade craft crafted doodle
                drawing drew painting sketch sketched mixtape playlist zine lego puzzle plant succulent cactus
                pastry croissant cupcake cake cookies biscuit biscuits sweets candy lollies donut doughnut macarons
                wine champagne hamper basket goodie goodies lipbalm lipstick skincare bathbomb
                bathbombs stickers sticker pin badge magnet memento token delivered delivery
                """),
            .time: stems(
                """
                walk talk date watch listen play game sit together evening weekend movie film show trip visit ask facetime
                hike hiked hiking picnic stargaze stargazing stargazed karaoke quiz trivia bowling cinema pictures theatre
                theater concert gig museum gallery zoo aquarium festival fair market beach lake park sunset sunrise
                camping camp campfire bonfire fishing fished kayak kayaking canoe cycling boardgame boardgames
                chess crossword jigsaw binge episode series documentary podcast audiobook bookclub conversation chat chatted
                catchup deep debrief listened listening undistracted undivided nophones
                holiday vacation getaway roadtrip daytrip staycation brunch cafe pub restaurant dinnerdate datenight
                dance lesson class course workshop volunteer volunteered explore explored wander wandered stroll strolled
                gardening quality spent spend accompany accompanied joined join came along
                """),
            .touch: stems(
                """
                hug hugged kiss kissed hold hand cuddle cuddled rub rubbed snuggle snuggled stroke stroked hair touch back
                shoulder foot massage massaged spoon spooned spooning tickle tickled tickling peck pecks smooch nuzzle
                nuzzled cradle cradled caress caressed squeeze squeezed embrace embraced lap lean leaned leant
                tangled intertwined entwined arm arms linked holding handhold brush brushed braid braided plait plaited
                scratch scratched backrub footrub neck temple forehead cheek nose eskimo butterfly highfive
                makeout snog snogged cuddling hugging kissing slowdance touchy skin bump belly
                """),
        ]
    }()
}
