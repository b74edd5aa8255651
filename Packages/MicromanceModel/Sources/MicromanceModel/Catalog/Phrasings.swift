// Written by scripts/phrasings from Benchmarks/phrasings/tuning.tsv; do not edit by hand.

/// The tuning set of the project's corpus of everyday phrasings (written for Micromance), as
/// the built-in ``LanguageModel`` learns from it. The frozen test set is not here.
enum Phrasings {
    /// Each phrasing with the love language it speaks and, where one fits, its catalog gesture.
    static let tuning: [LanguageModel.Example] = {
        // Split as bytes: the model is trained when `log` first needs it, so this is start-up time.
        table.utf8.split(separator: UInt8(ascii: "\n")).compactMap { line in
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            guard fields.count == 3, let language = LoveLanguage(rawValue: String(decoding: fields[1], as: UTF8.self)) else {
                return nil
            }
            let gesture = fields[2].isEmpty ? nil : String(decoding: fields[2], as: UTF8.self)
            return LanguageModel.Example(String(decoding: fields[0], as: UTF8.self), language, gesture: gesture)
        }
    }()

    private static let table = #"""
        hugged him the second he walked in after the funeral	touch	welcome-home-hug
        played his video game with him even tho i'm terrible at it	time	play-a-game
        she said I'm a really good listener and it made my week	words	genuine-compliment
        long whatsapp call while i walked home	time	
        shouted I LOVE YOU out the car window	words	
        she came to my work do even tho she hates them	time	
        Noah said my laugh is his favourite sound	words	genuine-compliment
        wrote a little note and tucked it in his lunchbox	words	note-in-bag
        went to the gym together this morning	time	
        built the ikea wardrobe by myself while he was at work	service	
        studied together at the libary	time	sit-near-them
        shoulder rub while she was studying	touch	shoulder-rub
        Maya mowed the lawn	service	
        she left me a note that said go get em tiger 🐯	words	
        got him a new set of golf balls	gifts	
        printed our photos and stuck them in a little album for her	gifts	
        made his favorite lasagna after his long week	service	cook-their-favourite
        got her a little charm for her bracelet	gifts	
        took out the trash and recycling	service	
        watched the same film on facetime with him	time	watch-together-apart
        spent the whole evening with no phones	time	phone-down
        kept my hand on his knee while driving	touch	
        scrabble with my husband after dinner like every sunday	time	play-a-game
        posted a sweet caption about him on insta	words	brag-about-them
        baby napped so we got 20 mins of actual conversation	time	
        went to visit her at uni for the weekend	time	
        snagged the last almond croissant for her	gifts	
        went to the farmers markt together	time	
        cuddled after a rough day	touch	
        apologised properly and told him why I was wrong	words	repair-attempt
        stayed up late listening to her vent about work even though I was exhausted	time	
        wrote him an encouraging note for his first day at the new job	words	
        kissed him goodnite	touch	
        made her a playlist of songs that remind me of her	gifts	song-for-them
        Aisha brought me a flask of hot cocoa to the library 💕	gifts	
        surprised him w/ new running shoes	gifts	
        wrote a poem for her birthday card	words	
        gave him a propper hug not a side hug	touch	
        FaceTime dinner date, both eating the same takeout on our ends	time	
        bought the book she mentiond like 3 months ago	gifts	
        hubby did the big food shop	service	
        went to watch his football match and cheered from the sidelines	time	
        sent a care package with snacks and one of my hoodies	gifts	send-a-care-package
        picked her up a croissant from the bakery on my way home	gifts	favourite-snack
        rubbed her back while she was being sick	touch	
        set up his new laptop and moved all his files over	service	take-a-task
        called the insurance company for her bc she hates phone calls	service	take-a-task
        surprised my hubby with a new fishing rod	gifts	
        bought him socks with dogs on them	gifts	
        kissed her forehead before leaving for work	touch	goodbye-kiss
        sat with him in the hospital waiting room all afternoon	time	
        went to the farmers market together	time	
        fixed the sqeaky door finally	service	
        packed his tiffin before his early shift	service	pack-their-lunch
        texted thinking of u during his shift	words	
        tickle fight 😂	touch	
        told her I'm proud of how she handled her boss today	words	proud-of-you
        coffee date at our spot	time	
        kissed her hand	touch	
        took over the cooking all week during his exams	service	take-a-task
        made his coffee exactly how he likes it ☕	service	make-their-coffee
        gave her my last rolo	gifts	save-last-slice
        he got me a smol teddy bear	gifts	
        played board games all evening	time	play-a-game
        told her she's a fantastic teacher and the kids are lucky	words	genuine-compliment
        told her ur doing amazing sweetie and actually meant it	words	
        wrote her a letter to open on bad days	words	
        kisses on his shoulder	touch	
        board games night just the two of us	time	play-a-game
        bought her a rose from the guy going round the restaurant	gifts	pick-a-flower
        did his taxes lol	service	take-a-task
        wrapped him in a hug on the platform	touch	
        took the day off to spend with him	time	
        thanked him for being so patiant with me this week	words	
        wife brought home a Cadbury from the petrol station for me	gifts	favourite-snack
        gave him a big squeeze at the airport	touch	
        packed her suitcase for the work trip	service	take-a-task
        picked her up from the airport at 1am	service	
        rubbed his temples for his migraine	touch	
        named a star after her lol cheesy	gifts	
        husband brought me a rose from the garden, 52 years running 🌹	gifts	pick-a-flower
        wrote proud of u on the steamy bathroom mirror	words	mirror-note
        ordered her the mug with the cat on it	gifts	
        pancakes!!	service	
        encouragd him to go for the promotion	words	
        bought him a new lanyard for his hospital badge	gifts	
        wrote proud of you on a napkin in his lunch	words	note-in-bag
        kept telling her how well she did after the driving test	words	celebrate-small-win
        shovelled the drive before she left for work	service	
        got my husband a personalized mug	gifts	
        jigsaw on the dining table all evening	time	play-a-game
        made chai for her when she got in from night shift	service	make-their-tea
        went for gelato and just wandered around	time	
        back scratches in bed	touch	
        finally sat down with him and actually listened to the whole saga about his brother	time	
        picked up a little succulent for her desk	gifts	
        got him a bottle of his fav hot sauce	gifts	
        Tom told me I'm beautiful without makeup	words	genuine-compliment
        snuggling in bed sunday morning	touch	
        snuggled in bed on a lazy sunday	touch	
        texted her directions to the venue	service	
        packed her lunch for tmrw	service	pack-their-lunch
        put air in her tyres	service	fill-their-tank
        mended the zip on her fave coat	service	
        picnic in the park	time	
        cuddled till we fell asleep	touch	
        compliemnted her on how well she presented after watching her practise	words	genuine-compliment
        took the car in for its MOT so she didn't have to	service	run-an-errand
        changed the flat tyre	service	
        went for a drive with no destination	time	
        long walk on the beach, just us	time	short-walk
        gassed up his truck before his early shift	service	fill-their-tank
        brushed her hair	touch	play-with-hair
        did all the night feeds this weekend	service	
        told him he did a great job on the shelves	words	genuine-compliment
        cuddled in bed for 20 mins before getting up	touch	
        told her she's going to be an incredible doctor on her first day of rotations	words	
        thanked Priya for dealing with the landlord, told her she's a legend	words	thanks-for-chore
        she wrote me a card just bc	words	
        gave him a scalp massage	touch	
        danced together at the wedding	touch	
        picked wildflowers on our walk and gave them to her	gifts	pick-a-flower
        made a scrapbook of our first year	gifts	
        neck rub after his long drive	touch	shoulder-rub
        gave him a pep talk in the car park before his driving test	words	
        played video games with her even tho I'm terrible	time	play-a-game
        bought her a cosy blanket for her new flat	gifts	
        gave him a seashell from the beach where we met	gifts	
        held hands across the hospital bed	touch	
        massaged her feet, they're so swollen from the pregnancy	touch	foot-rub
        watched the sunset from the roof	time	
        said i'm so glad i married you randomly at breakfast	words	
        told Sam I love him in front of his parents	words	
        vacumed the whole flat	service	
        thanked Priya out loud in front of her parents for everything she does	words	say-thank-you-out-loud
        rubbed her tummy when she had cramps	touch	
        sterilsed all the bottles	service	
        held her hand the whole flight	touch	
        you're a brilliant mum - said it out loud during the 3am feed	words	genuine-compliment
        whispered you've got this before she walked in	words	
        held him while he cried	touch	
        cooked dinner together and caught up on our week	time	
        she wrote a song about us and sang it to me	words	
        held hands in the waiting room at the 20 week scan	touch	
        foot rub	touch	foot-rub
        hyped her up before her presentation	words	
        Chris left a chocolate on my pillow	gifts	favourite-snack
        Mike said my cooking was better than his mum's 😂	words	genuine-compliment
        assembled the flatpack wardrobe without complaining (much)	service	
        had flowers sent to her office for valentines	gifts	pick-a-flower
        told my wife after 40 years she still makes me laugh every day	words	
        stuffed his stocking with little surprises	gifts	
        rang the plumber so she didn't have to deal with him	service	take-a-task
        complimented her new haircut, genuinely love it	words	genuine-compliment
        cuddles w/ my gf	touch	
        kiss on the cheek as I walked past	touch	
        sunday morning crossword together	time	play-a-game
        left a kinder egg on his pillow	gifts	favourite-snack
        snuggled under the blanket	touch	couch-cuddle
        carried her bags up four flights	service	
        wrote a toast for his 40th and cried giveing it	words	brag-about-them
        bought him a silly fridge magnet at the gift shop	gifts	
        he sorted the boiler while I was at work	service	
        said thank you for the tea, properly, with eye contact	words	say-thank-you-out-loud
        emailed her a list of 10 things i admire about her	words	
        drew a doodle of us and gave it to her	gifts	
        Marcus wrapped me up in a hug the second I walked in ❤️	touch	welcome-home-hug
        big bear hug at arrivals	touch	
        called him on my lunch break just to hear about his day	time	ask-about-their-day
        watched the sunset at the park	time	
        played with her hair till she fell asleep	touch	play-with-hair
        bought him fancy socks with little avocados on	gifts	
        hugged her from behind while she was cooking	touch	
        kissed his knuckles	touch	
        picked up her meds	service	run-an-errand
        taught her chess, took ages but so fun	time	play-a-game
        thanked my wife in my speech at the team dinner for supporting me thru the launch	words	brag-about-them
        bought her a saree for Diwali	gifts	
        got us matching keyrings	gifts	
        went to the zoo together	time	
        rescheduled her appointments while she was sick	service	take-a-task
        cut his toenails since he can't bend down anymore	service	
        went to the pictures	time	
        warmed up the car before she left for work	service	
        wrapped up a tiny present for no reason	gifts	
        did the grocery run, even got the weird oat milk she likes	service	
        I did the washing up even tho it was his night	service	handle-the-dishes
        weekly coffee date ☕	time	
        bought her a fancy notebook for uni	gifts	
        cuddled on the sofa	touch	couch-cuddle
        ran her a bath	service	
        did the school run so she could sleep in	service	let-them-sleep-in
        rang her on my lunch brake just to hear her voice	time	
        spent the afternoon at the allotment together	time	
        sat on the porch swing and talked for hours	time	
        emptied the dishwasher	service	handle-the-dishes
        forehead kisses	touch	
        got him the limited edition vinyl	gifts	
        told her she totally deserves the promotion and should go for it	words	
        movie night on the couch	time	
        kept whispering you're doing so well during labour	words	
        praised her cooking even tho she thought it was a flop	words	genuine-compliment
        told him his accent is the cutest thing	words	genuine-compliment
        slow danced in the kitchen	touch	
        set up her new phone and moved all her photos over	service	take-a-task
        gave him a jar of the cookies I baked	gifts	
        scalp massage	touch	
        bought her a bunch of tulips from tesco	gifts	pick-a-flower
        sat on his lap	touch	
        went on a hike	time	
        looked up the bus times for her interview and sent them over	service	
        got my wife a new scarf in her favourite colour	gifts	
        kissed her hello at the door	touch	welcome-home-hug
        spooned her bc she was cold	touch	
        reassured her the thesis is going to be fine, she's nearly there	words	
        thanked her for putting up with my snoring 😅	words	
        returned her overdue library books	service	run-an-errand
        she told me she's proud of me for going to therapy	words	proud-of-you
        did the crossword together over breakfast	time	play-a-game
        traced circles on his back	touch	
        kissed him goodnight even though he was already asleep	touch	
        took the dog to the vet so she could go to her meeting	service	run-an-errand
        slow dance in the kitchen	touch	
        ordered her a book off her wishlist	gifts	
        held him tight after his bad news	touch	
        TV off, just talked	time	
        grabbed her a samosa from the canteen	gifts	favourite-snack
        he said I'm the best mum our kids could ask for	words	genuine-compliment
        bf unclogged the shower drain ew	service	
        folded the laundry and actually put it away	service	
        came home early to spend the evening with her	time	
        realy needed her to hear it so i told her she's enough	words	
        regrouted the shower	service	
        told him he looked fit in that shirt before the party	words	genuine-compliment
        made soup when she was poorly	service	
        we walked to the lake	time	short-walk
        hand on her knee while driving	touch	
        movie marathon on the couch, didnt move all day	time	
        brought the washing in before the rain hit	service	
        coffee in bed	service	make-their-coffee
        made her lunch to take to the hospital for her shift	service	pack-their-lunch
        held hands under the table at dinner w/ his parents	touch	
        arm around her at the bonfire	touch	
        squeezed his hand 3 times (our thing)	touch	hand-squeeze
        little gift bag w/ bath bombs and face masks after her rough week	gifts	
        sent a loooong msg about why i fell for her	words	why-i-love-you
        pub quiz as a team of two	time	
        told Alex his painting is the best thing he's ever made	words	genuine-compliment
        put the kids to bed so she could have a bath	service	take-a-task
        rubbed her lower back while she fed the baby	touch	
        told him i'm so proud of him for 6 months sober	words	proud-of-you
        went to the temple together	time	
        watched his fav show with him w/o scrolling on my phone	time	watch-their-show
        held his hand in the waiting room	touch	
        got a cheeky packet of Tim Tams for him	gifts	favourite-snack
        stargazing in the backyard	time	
        bought her flowers on the way home	gifts	pick-a-flower
        brought back jalebi from the sweet shop for her	gifts	favourite-snack
        lay in the grass with our legs tangled	touch	
        good morning msg listing everything I'm grateful for about him	words	good-morning-message
        I love you's before bed	words	
        Sam fixed the sink for me	service	
        watched her fave show with her, the one i don't even like	time	watch-their-show
        Leo took the car in for an oil change for me	service	run-an-errand
        gave him a neck massage after his shift	touch	shoulder-rub
        linked arms with my wife on our walk, like we did in 1975	touch	hold-hands-walking
        told her she's doing an amazing job with the baby	words	genuine-compliment
        surprised her with a squishmallow	gifts	
        brought home a little plant for her desk	gifts	
        she said she's never felt so safe with anyone	words	
        hung out the washing	service	
        gardening together saturday morning	time	
        date night!!	time	
        hoovered the whole house	service	
        went to see the christmas lights in town together	time	
        made a custom jigsaw of our photo for him	gifts	
        took over bedtime all week during her deadlines	service	take-a-task
        bought her flowers from the servo	gifts	pick-a-flower
        held her close durring the thunderstorm	touch	
        gave her a seashell from the beach	gifts	
        goodnight text before her night shift	words	
        she showed me around the town she grew up in	time	
        rubbed her bump and said hi to the baby	touch	
        planned our summer vacation together over dinner	time	
        drove 3 hours to see him for one night	time	
        reading the same book and discussing it on our calls	time	
        took the bins out even tho it was her turn	service	take-a-task
        grabbed him a donut on the way back from the school run	gifts	favourite-snack
        stargazing in the back garden	time	
        she bought me the perfume i mentioned ONCE	gifts	
        tickle fight lol	touch	
        sent a voice note telling him how much I miss him	words	voice-note
        chased the landlord about the mould for her	service	take-a-task
        thanked him for being so patient with me this week	words	
        left a love note in her coat pocket	words	note-in-bag
        ironed his shirts for the weeek	service	take-a-task
        Chris made breakfast before my early lecture	service	
        our 10pm call even tho we were both knackered	time	
        phones-away dinner	time	phone-down
        let him show me his whole fantasy football team and actually paid attention	time	
        had a proper talk about our future over wine	time	
        bought Ellie the lego set she always wanted as a kid	gifts	
        complimented his outfit b4 the wedding	words	genuine-compliment
        did ALL the washing up	service	handle-the-dishes
        said thanks for always having my back at dinner	words	
        acknowledged how hard she's been working lately, out loud	words	notice-hard-work
        video call, fell asleep on it lol	time	
        said sorry and actually explained why I was wrong	words	repair-attempt
        went to her pottery class with her	time	
        watched the cricket with him even though I don't get it	time	watch-their-show
        surprise parcel arrived for her today, ordred it weeks ago	gifts	
        picked up her fave choclate bar at the petrol station	gifts	favourite-snack
        bike ride together along the canal	time	
        made flashcards for his pharmacology exam	service	
        gave her a pep talk before her exam	words	
        morning kiss	touch	
        fed the cat before he woke up	service	
        packed the kids' bags for the trip so he could rest	service	take-a-task
        got her a massage voucher	gifts	
        got her a new phone case since hers was cracked	gifts	
        sat with her at the hospital all day	time	
        played with her hair til she fell alseep	touch	play-with-hair
        Ravi did the night feed so I could get some sleep	service	let-them-sleep-in
        told him how much I appreciate him doing all the night shifts	words	notice-hard-work
        hyped him up before his first gig	words	
        said you make everything easier while we were doing the dishes	words	
        gf texted me ur my favourite person out of nowhere	words	
        emptied the dishwasher before she got home	service	handle-the-dishes
        did a jigsaw together on a rainy afternoon	time	play-a-game
        took the day off work to spend it with him	time	
        went for a walk after the kids went down	time	short-walk
        organized the garage like he's been asking for ages	service	take-a-task
        got gf a birthday cake from her fave bakery	gifts	
        got up with the baby at 5 so she could have a lie in	service	let-them-sleep-in
        brunch with bae	time	
        video called for 2 hrs even tho it was 3am for me	time	
        snuggles	touch	
        scratched his back	touch	
        back rubs untill she dozed off	touch	
        renewed his car rego before it lapsed	service	take-a-task
        pecks on the cheek all day	touch	
        got a candle that smells like the cabin we stayed in	gifts	
        brought her back a tiny bottle of sand from Bondi	gifts	
        sat in the garden and talked till it got dark	time	
        cleaned out the gutters	service	
        she grabbed my hand crossing the road	touch	
        hubby posted the sweetest caption about me on insta for our anniversery	words	brag-about-them
        reminded her shes way smarter than she thinks	words	genuine-compliment
        leaned into each other on the bench	touch	
        she stroked my hair when I had a headache	touch	play-with-hair
        read him the speech I wrote for our 10th	words	
        wrote a really long message inside his birthday card	words	
        gift card for his favourite game store	gifts	
        foot rub after her shift	touch	foot-rub
        massaged his calfs after his run	touch	
        held each other on the couch for ages	touch	couch-cuddle
        rubbed his feet after his 12 hr shift	touch	foot-rub
        got her that lip balm she always runs out of	gifts	
        she made me chicken soup when I had the flu	service	
        fell asleep holding hands	touch	
        weekend away in the cotswolds just the two of us	time	
        sat on the balcony with chai and chatted till late	time	
        Jess texted me you make everything better mid-shift	words	
        praised her biryani to her aunty, loudly	words	brag-about-them
        massaged her hands because of her arthritis	touch	
        spent all saturday with him, no plans	time	
        suprised him w/ a new watch	gifts	
        drove 3 hours to see her	time	
        karaoke night lol	time	
        went camping, no signal, perfcet	time	
        hugged her at arrivals after 4 months apart, didnt let go	touch	long-hug
        got her a string of marigolds from the stall outside the mandir	gifts	pick-a-flower
        she knitted me a jumper	gifts	
        texted him good luck before his intervew	words	
        ironed all his shirts for the wk	service	take-a-task
        cleaned out her car, found 3 mugs lol	service	take-a-task
        brought him back a keychain from Goa	gifts	
        framed a photo of us for his office	gifts	
        made out like teenagers lol	touch	
        said thank you for dinner and actually meant it	words	say-thank-you-out-loud
        told her how proud I am of her for finishing the marathon	words	proud-of-you
        found a first edition of his favourite novel at the charity shop	gifts	
        wrote ily in the steam on the shower door	words	mirror-note
        took the recyling out	service	
        took the kids to grandma's so we could have a night just us	time	
        bought tickets and took her to the concert	time	
        10 min check-in at the end of the day	time	ten-minute-check-in
        texted him I'm proud of him after the interview	words	proud-of-you
        kissed her neck while she was doing her makeup	touch	
        drove him to his hospital appointment	service	
        skipped drinks w/ the lads to stay in w/ her	time	
        swapped shifts so we could have a whole saturday together	time	
        hugged him from behind while he was cooking	touch	
        told him I was sorry for snapping and that he matters more than winning the argument	words	repair-attempt
        hug before he left for night shift	touch	
        got him a keychain from the trip	gifts	
        long chat over breakfast w/ no kids around	time	
        meal prepped so she'd have lunches all week	service	pack-their-lunch
        lunchbox note: you've got this today	words	note-in-bag
        went to a cooking class together	time	try-something-new
        stuck notes all over the flat with things I love about her	words	why-i-love-you
        told my husband im proud of how he handled his dad	words	proud-of-you
        wandered round the garden centre together, no rush	time	
        cheered her on over whatsapp the whole marathon	words	
        gm beautiful text	words	good-morning-message
        did a grocery run at 10pm bc we were out of milk	service	
        told her that dress realy suits her	words	genuine-compliment
        told Marcus I believe in him before his exam	words	
        long hug in the kitchen, didn't say anything	touch	long-hug
        printed his boarding pass	service	take-a-task
        reassured her she's not a burden when she was spiralling	words	
        framed a photo of us from the wedding	gifts	
        orderd him that book he mentioned weeks ago	gifts	
        scraped the ice off her windscreen	service	
        gave her a necklace for our anniversary	gifts	
        warmed her cold feet on my legs	touch	
        stroked her arm untill she drifted off	touch	
        told him i beleive in him	words	
        got him cookies from the bakery downtown	gifts	favourite-snack
        complimented her parallel parking lol	words	genuine-compliment
        filled out her passport renewal forms for her	service	take-a-task
        spooned all night	touch	
        bought her earrings at the market	gifts	
        watched our old wedding videos together	time	
        did all the laundary and folded it	service	
        recieved a surprise parcel from Liam with candles and fluffy socks	gifts	send-a-care-package
        brought home samosas from the shop near work	gifts	favourite-snack
        left a mars bar in his locker before his shift	gifts	favourite-snack
        bought a bag of her favorite chips from the 7-Eleven	gifts	favourite-snack
        hand massage w/ the nice cream	touch	
        met her for lunch near her office	time	
        stayed home with the sick kid so she could go in	service	
        held hands walking to the shops	touch	hold-hands-walking
        did the school run so he could sleep in	service	let-them-sleep-in
        kiss on the cheek for no reason	touch	
        went fishing with him all morning	time	
        held the umbrella over him the whole walk	service	
        cudled in the hammock	touch	
        booked his dentist appt b/c he keeps forgetting	service	take-a-task
        grabbed her fav chocolate bar at the checkout	gifts	favourite-snack
        sorted the recycling	service	
        hugged him extra long before his flight	touch	long-hug
        I'm making her tea while she finishes her essay	service	make-their-tea
        went to his gig and stayed till the very end	time	
        massaged his shoulders while he was at his desk	touch	shoulder-rub
        sent him a whole paragraph for our monthsary	words	
        changed the baby's nappy at 3am without being asked	service	
        sent him a pressed flower from our garden	gifts	pick-a-flower
        got her a tiny ceramic frog bc it reminded me of her	gifts	
        shoveled the driveway before he got home	service	
        gave him a scratchie, won $2 lol	gifts	
        cooked dinner so she could study	service	take-a-task
        played footsie under the table	touch	
        texted her how much I appreciate her	words	appreciation-text
        sent him a message saying I appreciated the help	words	appreciation-text
        stuck a post-it on the bathroom mirror	words	mirror-note
        left a sticky note on the mirror	words	mirror-note
        put a little note in his lunchbox	words	note-in-bag
        hid a note in her bag	words	note-in-bag
        told him I'm proud of him	words	proud-of-you
        said I was so proud of her promotion	words	proud-of-you
        complimented her new haircut	words	genuine-compliment
        gave him a real compliment about his cooking	words	genuine-compliment
        thanked her for taking out the bins	words	thanks-for-chore
        said thanks for doing the school run	words	thanks-for-chore
        noticed how hard he's been working	words	notice-hard-work
        told her I see the effort she puts in	words	notice-hard-work
        told him one reason why I love him	words	why-i-love-you
        said I love you because you make me laugh	words	why-i-love-you
        bragged about her to my parents	words	brag-about-them
        praised him in front of his friends	words	brag-about-them
        good morning text before her shift	words	good-morning-message
        sent a morning message with a heart	words	good-morning-message
        wrote a love note	words	
        told her she looked beautiful	words	
        wrote a poem for him	words	
        said sorry for snapping at her	words	repair-attempt
        apologised after our argument	words	repair-attempt
        told her I'm grateful for her	words	say-thank-you-out-loud
        said thank you for dinner	words	say-thank-you-out-loud
        remembered the name of her coworker	words	remember-a-detail
        remembered he hates olives	words	remember-a-detail
        sent a voice message on my break	words	voice-note
        left him a voicemail just to say hi	words	voice-note
        posted a handwritten letter	words	handwritten-letter
        sent a postcard from the conference	words	handwritten-letter
        made her coffee just how she likes it	service	make-their-coffee
        brought him an espresso in bed	service	make-their-coffee
        made him a flat white	service	make-their-coffee
        made Sam's latte	service	make-their-coffee
        made her a cup of tea	service	make-their-tea
        brought him a cuppa	service	make-their-tea
        took the recycling task off her plate	service	take-a-task
        took over his to-do for the day	service	take-a-task
        went to the pharmacy for her	service	run-an-errand
        picked up his parcel at the post office	service	run-an-errand
        made the bed even though it was her turn	service	make-the-bed
        made our bed this morning	service	make-the-bed
        warmed her towel on the radiator	service	warm-towel
        put his towel on the heater	service	warm-towel
        let her sleep in on Saturday	service	let-them-sleep-in
        let him have a lie in	service	let-them-sleep-in
        packed his lunch	service	pack-their-lunch
        made her lunch for work	service	pack-their-lunch
        filled up her car with petrol	service	fill-their-tank
        charged his phone overnight	service	fill-their-tank
        cooked her favourite pasta for dinner	service	cook-their-favourite
        made him breakfast	service	cook-their-favourite
        did the dishes after dinner	service	handle-the-dishes
        did the washing up	service	handle-the-dishes
        fixed the bike	service	
        folded the laundry	service	
        vacuumed the living room	service	
        did the grocery shopping	service	
        took the bins out	service	
        cleaned the bathroom before her parents came	service	
        ironed his shirt for the interview	service	
        brought home her favourite chocolate	gifts	favourite-snack
        surprised him with his favourite sweets	gifts	favourite-snack
        sent her a song that made me think of her	gifts	song-for-them
        shared a track with him	gifts	song-for-them
        added a song to our playlist	gifts	shared-playlist
        put three songs on our shared playlist	gifts	shared-playlist
        sent him a meme	gifts	send-a-meme
        sent her a funny gif	gifts	send-a-meme
        saved her the last slice of cake	gifts	save-last-slice
        kept him the last piece of pizza	gifts	save-last-slice
        bought her flowers	gifts	pick-a-flower
        picked a flower on the way home	gifts	pick-a-flower
        sent him an article about climbing	gifts	small-book-or-article
        shared a podcast episode with her	gifts	small-book-or-article
        sent an old photo of us at the beach	gifts	photo-memory
        shared a picture from our first trip	gifts	photo-memory
        brought her usual order from the bakery	gifts	their-usual-order
        picked up a croissant for him	gifts	their-usual-order
        mailed her a care package	gifts	send-a-care-package
        sent him a parcel of his favourite things	gifts	send-a-care-package
        bought him a small gift	gifts	
        got her a present	gifts	
        put my phone away while she talked	time	phone-down
        kept my phone down at dinner	time	phone-down
        asked him about his day and listened	time	ask-about-their-day
        asked her how was your day	time	ask-about-their-day
        Asked him about his day	time	ask-about-their-day
        listened to her talk about work	time	ask-about-their-day
        watched an episode of her show with her	time	watch-their-show
        watched a movie he picked	time	watch-their-show
        sat with him while he worked	time	sit-near-them
        kept her company while she studied	time	sit-near-them
        candlelit dinner at home	time	candle-dinner
        lit a candle for dinner	time	candle-dinner
        went for a walk together after dinner	time	short-walk
        took a stroll around the block	time	short-walk
        had our coffee together before work	time	morning-coffee-together
        breakfast together on the balcony	time	morning-coffee-together
        did our check-in before bed	time	ten-minute-check-in
        shared our high and low of the day	time	ten-minute-check-in
        tried a new cafe together	time	try-something-new
        cooked a new recipe together	time	try-something-new
        played cards after dinner	time	play-a-game
        did the crossword together	time	play-a-game
        date night at the Italian place	time	
        spent the evening talking	time	
        held her hand at the red light	touch	hand-squeeze
        squeezed his hand in the waiting room	touch	hand-squeeze
        put my hand on her back as I passed	touch	hand-on-back
        gave him a long hug	touch	long-hug
        hugged her for thirty seconds	touch	long-hug
        big hug in the kitchen	touch	long-hug
        rubbed her shoulders	touch	shoulder-rub
        gave him a back rub	touch	shoulder-rub
        massaged his neck	touch	shoulder-rub
        rubbed shoulders after her shift	touch	shoulder-rub
        rubbed her feet	touch	foot-rub
        gave him a foot rub on the couch	touch	foot-rub
        snuggled during the film	touch	couch-cuddle
        kissed her goodbye	touch	goodbye-kiss
        goodbye kiss at the door	touch	goodbye-kiss
        held hands on the walk home	touch	hold-hands-walking
        walked hand in hand to the station	touch	hold-hands-walking
        stroked her hair until she fell asleep	touch	play-with-hair
        scratched his head	touch	play-with-hair
        met him at the door when he got home	touch	welcome-home-hug
        welcome home hug	touch	welcome-home-hug
        kissed her on the forehead	touch	
        texted let me know when you're home	words	text-when-you-arrive
        asked her to text me when she arrived	words	text-when-you-arrive
        asked him to let me know when he gets there	words	text-when-you-arrive
        asked how the interview went	words	ask-after-the-event
        asked how her exam went	words	ask-after-the-event
        asked what would help her today	words	what-would-help
        asked how I can help with the move	words	what-would-help
        celebrated his small win at work	words	celebrate-small-win
        congratulated her on finishing the report	words	celebrate-small-win
        took a break to calm down before talking	time	calm-first
        cooled down before we talked it through	time	calm-first
        checked in on her drive in the rain	words	rain-drive-check
        texted him about the traffic on his drive	words	rain-drive-check
        surprise video call at lunch	time	surprise-video-call
        facetimed her from the airport	time	surprise-video-call
        timed a message for his morning in another time zone	words	timezone-good-morning
        watch party of our show from two cities	time	watch-together-apart
        called to say goodnight	time	goodnight-call
        bedtime call before she slept	time	goodnight-call
        brought back our inside joke	words	inside-joke
        made him laugh with our old joke	words	inside-joke
        sent a snapshot of the view from my hotel	gifts	share-your-view
        called her on my lunch break	time	
        planned a weekend trip for us	time	
        """#
}
