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
        bought me new running shoes bc my old ones were literally falling apart	gifts	
        took over bath time so I could have a shower in peace	service	take-a-task
        flowers, just because	gifts	pick-a-flower
        recorded a voice memo listing all the things he loves about me so I could listen on the flight	words	voice-note
        hubby thanked me for handling all the school stuff this term, said he noticed everything	words	thanks-for-chore
        brought back duty free whisky for me	gifts	
        a kiss on the cheek in front of his parents	touch	
        drove 3 hrs to get me when my car broke down on the highway	service	
        held my hand in the car	touch	hand-squeeze
        hugged me before my exam	touch	
        went to the driving range	time	
        reassured me I'm not a burden when I was sick for the third week running	words	
        gave me a pep talk in the car park before my driving test	words	
        she came with me to my brother's footy match and actually watched	time	
        yelled my name and cheered me on from the sideline the whole match	words	
        she said sorry for snapping at me and explained it was the work stress, not me	words	repair-attempt
        uno with the kids then stayed up chatting	time	play-a-game
        drove me to the airport at 4am	service	
        scraped the ice off my windscreen before I was even up	service	
        told me she loves my laugh, definately made my week	words	genuine-compliment
        kept a hand on my back the whole funeral	touch	hand-on-back
        came to my specialist appointment with a list of questions and took notes for me	service	
        planned our dream holiday on a big sheet of paper	time	
        scrubbed the bathroom top to bottom	service	
        hug that lasted like 2 whole minutes	touch	long-hug
        fell asleep on her lap	touch	
        bathed the dog after he rolled in something disgusting	service	
        cooked me a proper roast while I was sick	service	
        gave me a candle that smells like our old apartment	gifts	
        wrote me a poem and read it out loud at breakfast	words	
        got me the lego set I alwyas wanted as a kid	gifts	
        complimented my motorway driving lol first time ever	words	genuine-compliment
        painted me a small watercolour of our house	gifts	
        complimented my new haircut before I even mentioned it	words	genuine-compliment
        pulled me in for a kiss in the rian	touch	
        she framed a photo from our first date	gifts	
        kissed my scar	touch	
        spooned me all night even tho it was boiling	touch	
        "ur doing great sweetie" when i burnt the roast	words	
        found a perfect shell on the beach and gave it to me	gifts	
        took teh kids to school so she could sleep in after her night shift	service	let-them-sleep-in
        my bf replaced the lightbulb I'd been moaning about for a month	service	
        went to the temple together and had dosa after	time	
        said "I'd marry you again tomorrow" while we were folding laundry	words	
        topped up my opal card for me	service	fill-their-tank
        hemmed my trousers	service	
        hiked to the waterfall	time	
        nose kisses	touch	
        deep convo about our future on the porch	time	
        kayaking trip, just us	time	
        played scrabble on the balcony	time	play-a-game
        cleaned the car inside and out as a suprise	service	
        sorted the car rego for me before it ran out	service	run-an-errand
        he turned off the telly and asked how my day really was, and listened	time	ask-about-their-day
        good morning texts every single day even w the 9 hour time difference	words	timezone-good-morning
        fixed the wobbly table leg that's been driving me mad	service	
        she held my hand through the whole scan	touch	
        gf hid little notes in my lunchbox all week, one said ur my favourite human 🥹	words	note-in-bag
        he taught me chess, very patiently	time	
        hand massage after I'd been typing all day	touch	
        brought home a little succulent for my desk	gifts	
        apologized for being short with me on the phone and said I deserved better than that	words	repair-attempt
        walked the dog in the pouring rain so I could stay in bed	service	let-them-sleep-in
        leaned on me the whole film	touch	
        read in bed side by side	time	
        we made dinner together and talked for hours	time	
        he paid in my cheque at the bank for me	service	run-an-errand
        picked up my favourtie pastry on the way home	gifts	favourite-snack
        did the crossword together over brakfast	time	play-a-game
        he told his mates I'm the funny one in the relationship	words	brag-about-them
        massaged my swollen feet at 38 weeks	touch	foot-rub
        calf massage after my run	touch	
        surprised me with concert tickets	gifts	
        she rubbed my temples when I had a migraine	touch	
        Sam fixed the puncture on my bike before I left for work	service	
        weekend away in the Blue Mountains	time	
        lay with her head on my chest for ages	touch	
        knitted me a scarf in my favourite colour	gifts	
        he took a day off work just to hang out with me	time	
        made a photo book of the baby's first six months	gifts	
        scratched my back untill I fell asleep	touch	
        picked me a handful of wildflowers on our walk	gifts	pick-a-flower
        he bragged about my marathon time to his whole team on a zoom lol	words	brag-about-them
        Rohan booked all my doctor appointments and sat on hold with the clinic for like an hour	service	take-a-task
        surprise flowers waiting on my desk at work	gifts	pick-a-flower
        brought me back a snow globe from Edinburgh	gifts	
        a dozen donuts on my first day of annual leave	gifts	
        went op shopping together	time	
        hugged me at the airport and didnt want to let go	touch	long-hug
        got me a new yoga mat for my birthday	gifts	
        picked up a bubble tea for me on her way back from uni	gifts	their-usual-order
        facetime dinner date, ordered the same takeaway in two different cities	time	
        Priya texted me "so proud of u" right after my presentaton	words	proud-of-you
        did the 2am feed so I could get a proper stretch of sleep	service	let-them-sleep-in
        posted me a letter with pressed flowers inside	gifts	handwritten-letter
        date night, no phones allowed	time	phone-down
        had dumplings from my fav place delivered to the ward during my night shift	gifts	
        video call for 3 hours even tho it was 2am for him	time	
        sunday brekkie date at our old cafe	time	
        camped in the backyard in a tent	time	
        took my car in for its MOT	service	run-an-errand
        Nisha got me the book I'd mentioned once like three months ago	gifts	
        apologised properly for forgetting dinner with my parents, no excuses, just owned it	words	repair-attempt
        ice skating, we were both terrible 😂	time	
        she posted a long caption about how much I've grown this year 😭	words	brag-about-them
        we slow danced at my cousin's wedding	touch	
        message on the shared calendar: big day, you'll be amazing x	words	
        brought me a fridge magnet from every city on his work trip	gifts	
        after the absolute disaster of a day at work he sat me down and listed all the ways I'm good at my job and honestly I needed to hear it	words	
        carried all the shopping up four flights of stairs	service	
        wrote "you're doing amazing" inside a card and tucked it in her scrubs pocket before her night shift	words	note-in-bag
        got me a silly mug that says world's okayest husband	gifts	
        preponed his flight so we'd get an extra two days together	time	
        grabbed me a fancy face mask when she went out for diapers, just for me	gifts	
        gave me the best hug after the vet appointment	touch	
        held my hand during the injection	touch	
        slow dance in the kitchen to our song	touch	
        left a Cadbury in my glovebox	gifts	favourite-snack
        tried the new Thai place together	time	try-something-new
        hubby got me the perfume I'd been eyeing for ages	gifts	
        swapped the tyres over to winter ones for me	service	
        care package with Tim Tams and a hoodie that smells like him	gifts	send-a-care-package
        set up the new printer and the wifi extender without a single complaint	service	
        voice note from Jess before my exam just saying she beleives in me	words	voice-note
        Tom wrote me a long letter for our anniversary about all the reasons he'd still pick me	words	
        mowed the lawn in 35 degree heat	service	
        hand on my thigh while driving	touch	
        called me on his lunch break just to chat	time	
        left a post-it on the mirror saying i've got this today	words	mirror-note
        got me a little kangaroo keyring from the servo lol	gifts	
        engraved a bracelet with the coordinates of where we met	gifts	
        took the long way home so we could keep talking	time	
        told the waiter it was our anniversary and then gave a whole speech about me, embarassing but cute	words	brag-about-them
        kissed my forehead before leaving for his shift	touch	goodbye-kiss
        he organised the whole move, boxes, van, everything	service	
        said I was a really good listener tonight, made my day	words	genuine-compliment
        held me tight after the nightmare	touch	
        long drive to the coast just talking	time	
        she sat through my favourite anime with me even tho she thinks its wierd	time	watch-their-show
        let me warm my icy feet on his legs lol	touch	
        Dev wrote BEST HUSBAND EVER on the fridge whiteboard	words	
        watched the cricket together at the pub	time	
        held me while I cried	touch	
        brought me a silk saree from her trip home	gifts	
        shoulder rub while I was breastfeeding	touch	shoulder-rub
        sent me flowers on mother's day "from the baby" 🥰	gifts	
        long walk with the phones left at home	time	short-walk
        Ana thanked me alot for being so patient with her after a rough week	words	
        squeezed my knee under the table when his mum started on about grandkids	touch	
        rubbed my lower back when I had period cramps	touch	
        unloaded the dishwasher without being asked	service	handle-the-dishes
        made me a scrapbook of our first year together	gifts	
        made soup and left it on the stove for when I woke up	service	
        packet of biscuits left on my pillow	gifts	favourite-snack
        swapped shifts so we could have one evening together this week	time	
        he told his mum in front of everyone that I'm the best cook he knows	words	brag-about-them
        we went stargazing out past the town lights	time	
        changed every nappy today bc I had a migraine	service	take-a-task
        she sat on my lap at the party	touch	
        ordered me a weighted blanket bc I've been sleeping so badly	gifts	
        cuddled on the sofa all evening	touch	couch-cuddle
        ily text at 3am from the hospital break room	words	
        bought me a new plant to replace the one I killed	gifts	
        baked cookies and wrapped them up with a ribbon for me	gifts	
        brought fresh mangoes from the market bc he knows I'm obsessed	gifts	favourite-snack
        came home with a single rose after our fight	gifts	pick-a-flower
        complemented my cooking even after his long day	words	genuine-compliment
        texted "thinking of u, hope the meeting goes ok" bc he knew I was dreading it	words	
        quiz night at the loacl	time	
        encouraged me to keep going with the startup tho we're skint rn	words	
        wifey did all the laundy incl the folding which is the worst part	service	
        she listened to me vent about work for an hour without trying to fix it	time	
        meal prepped for my whole week of 12 hour shifts	service	
        filled out my passport renewal forms and posted them	service	run-an-errand
        we're reading the same book and talk about it over voice notes every night	time	
        got a custom portrait of our dog made for me	gifts	
        took the bins out even though that's my job	service	take-a-task
        long cuddle after the baby finally went down	touch	
        picked up my prescription on the way home from work	service	run-an-errand
        tracked down a vintage record I'd been hunting for years	gifts	
        fed and burped the baby so I could eat my dinner while it was still hot	service	take-a-task
        picnic in the botanical gardns	time	
        sat in the car park and talked for an hour before going in to his parents'	time	
        Raj told me my biryani tasted just like his amma's, highest compliment possible	words	genuine-compliment
        board game night, just the two of us	time	play-a-game
        cleaned up the dog sick at 3am so I didn't have to	service	
        sorted out the whole insurance claim after the fender bender, wich was a nightmare	service	
        linked arms walking home from the pub	touch	hold-hands-walking
        new slippers	gifts	
        he said sorry first even though it was kinda my fault	words	repair-attempt
        rubbed my shoulders during the awful call with my boss	touch	shoulder-rub
        we binged a whole season of Bake Off in one go	time	
        told me my body is beautiful when i was feeling rubbish about the pregnancy weight	words	
        went to see a play	time	
        my husband did all the bank work so I could rest	service	take-a-task
        he kissed my knuckles	touch	
        bought me a jumper when she saw I was freezin	gifts	
        he keeps saying the baby has my smile and it's his favourite thing in the world	words	
        did the big shop on her day off so she didnt have to	service	take-a-task
        Arjun fielded all his mum's calls about the wedding so I could have a break	service	take-a-task
        told him he's a brilliant dad while he was rocking the baby to sleep	words	genuine-compliment
        made the reservation for my mom's birthday dinner since I was slammed at work	service	take-a-task
        baked bread together on sunday arvo	time	
        wrapped up a breakfast for me to eat on the early train	service	pack-their-lunch
        bought me a year of the crossword app	gifts	
        ironed my shirts the night before my interview	service	
        stroked my hair while I was sick	touch	play-with-hair
        stayed up talking till 3am like when we first met	time	
        got me a plush puppy since we can't have a real one in the apartment	gifts	
        long hug when I got home from the hospital	touch	long-hug
        I was so anxious before the interview I couldn't sit still, so he just held me on the couch and stroked my back till my breathing slowed down	touch	
        hoovered the whole flat while I was at my mum's	service	
        a jar of homemade jam tied with a ribbon	gifts	
        brushed my hair	touch	play-with-hair
        told me I'm a great mum when I was crying over the nappy rash	words	
        out of nowhere he said he fancies me more now than when we met	words	
        sent a pizza to my office when I was stuck there late	gifts	
        gift voucher for a massage	gifts	
        filled the car up with gas so I wouldn't have to on my way to work	service	fill-their-tank
        he did all the washing up after the dinner party, wouldnt let me help	service	handle-the-dishes
        wifey gave me a proper squeeze at the school gate	touch	
        went to the gym together	time	
        sent me a screenshot of my poem with "this is genuinely brilliant" underneath	words	genuine-compliment
        tidied my desk while I was away so I'd come back to a clean space	service	
        made pasta from scratch together, flour everywhere	time	
        massage with the nice oil	touch	
        played with my hair during the movie	touch	play-with-hair
        got me a really nice pen for my new job	gifts	
        assembled the cot while I was at the antenatal class	service	
        she brought me a hot cross bun from the bakery near her work	gifts	favourite-snack
        played video games online together accross timezones	time	play-a-game
        we did a 1000 piece jigsaw all afternoon	time	play-a-game
        we painted the nursery together	time	
        rubbed lotion on my back, just bc	touch	
        bought the fancy chocolate I'd never buy for myself	gifts	
        new phone case bc mine was held together with tape lol	gifts	
        phones away for the whole dinner	time	phone-down
        gave me a head massage in the shower	touch	
        got me an e-reader for my hospital stay	gifts	
        I told her she looked gorgeous in that green dress	words	genuine-compliment
        head on his sholder on the train home	touch	
        she got up early on her only day off to make my breakfast and iron my uniform becuase she knew I had a double and would be knackered	service	
        hugged me from behind while i was cooking	touch	
        the birthday card itself was whatever but he wrote three whole pages inside about us	words	
        cleaned the litter box even tho its my cat	service	take-a-task
        walked round the block together after the kids went down	time	short-walk
        wrote affirmations on the bathroom mirror in lipstick	words	mirror-note
        got the washing in before the rain came	service	
        made me a playlist for my commute	gifts	
        bear hug when I told him I got the job	touch	
        kissed me in the middle of the supermarket	touch	
        wrote out his nani's recipes into a notebook for me	gifts	
        movie marathon on the couch on a rainy day	time	
        earrings that match my favorite dress perfectly	gifts	
        karaoke night in the living room	time	
        neck massge after a long day at the desk	touch	shoulder-rub
        mother-in-law was criticising again and he told her straight that I'm an amazing mum	words	brag-about-them
        shoveled the driveway before I got home	service	
        did the needful and booked tatkal tickets for my parents when I was too stressed to deal	service	take-a-task
        made me a mixtape, like an actual cassette	gifts	
        bought me a warm beanie for my early morning shifts	gifts	
        she made time for a proper catch up call even in exam week	time	
        morning coffee on the back step together before the kids wake up	time	morning-coffee-together
        surprise parcel in the post with fluffy socks and my favourite teabags	gifts	send-a-care-package
        bike ride along the canal	time	
        held hands the whole flight	touch	
        even though she was wrecked from the night feeds she stayed up with me to finish the documentary we started, and we ended up talking about my dad for ages	time	
        she wrote all the thank you cards for the baby shower so I didn't have to	service	take-a-task
        rubbed my back while I threw up	touch	
        "you make everything better" text out of the blue on a random tuesday	words	
        Chloe reminded me I've survived worse and said I'll get through this job stuff too	words	
        he was away at the conference all week but still had tulips delivered on Wednesday bc he remembered it was the anniversary of dad passing	gifts	
        defrosted the freezer, a truly heroic act	service	
        "proud of you babe" text after my first day back from mat leave	words	proud-of-you
        she rang the landlord about the mould so I didn't have to deal with him	service	take-a-task
        sent a box of mithai for Diwali since we're apart this year	gifts	send-a-care-package
        my bf thanked me in front of his parents for looking after him when he had covid	words	
        snuggled in bed with the baby between us	touch	
        she did the tax return so I didn't have to stress about it	service	take-a-task
        brought back banana chips and halwa from Kerala for me	gifts	
        finally cleaned out the gutters	service	
        kissed me good morning when he got in off night shift	touch	
        told me I'm stronger than I think after the chemo appointment	words	
        did school pickup all week so I could do overtime	service	take-a-task
        wifey called me her hero for getting rid of the huntsman lol	words	
        watched a movie "together" on netflix party, 4000 miles apart	time	watch-together-apart
        complimented how calm i stayed during the toddler meltdown at Tesco	words	genuine-compliment
        made the bed	service	make-the-bed
        kept telling me "you're going to be an incredible doctor" the night before results	words	
        cuddle pile with the dog on the couch	touch	couch-cuddle
        she read my cover letter and said it was so good it made her tear up	words	genuine-compliment
        took the dog to the beach together	time	
        she traced circles on my arm while we talked	touch	
        she told me I'm a good person when I was doubting myself	words	
        fixed the leaky kitchen tap	service	
        left a comment on my pottery post saying how proud she is of me	words	proud-of-you
        played mario kart	time	play-a-game
        watched the sunrise from the car after his night shift	time	
        hubs told me he really admires how hard I work on nights	words	notice-hard-work
        Mia praised my tyre change in front of her dad, I was well chuffed	words	brag-about-them
        hubby made masala chai for me every morning this week before I left	service	make-their-tea
        back rub while I was doing my tax	touch	
        kept encouraging me to apply for the masters, said I'd smash it	words	
        forehead to forehead for a minute before he went into surgery	touch	
        turned up with a flat white for me when she came to meet me after work	gifts	their-usual-order
        noticed and thanked me for every little thing I did today	words	say-thank-you-out-loud
        first hug in four months at the arrivals gate 😭	touch	
        Liam said my art deserves to be in a gallery and he actually meant it	words	genuine-compliment
        left a voicemail just to say he loves me, nothing else	words	voice-note
        played cards at the kitchen table till midnight	time	play-a-game
        packed my lunch every day this week	service	pack-their-lunch
        she gave me her grandma's ring	gifts	
        He said I did everything right on shift and it wasnt my fault	words	
        surprise cupcake waiting on my desk	gifts	favourite-snack
        She called me brave after the chemo appointment.	words	
        She mailed me a care package with snacks from home 📦	gifts	send-a-care-package
        bought her a pothos for the windowsill	gifts	
        kissed her forehead	touch	
        compliment on my haircut lol	words	genuine-compliment
        candles for the bathroom in her favourite scent	gifts	
        Jamie texted "you are doing such a good job" right at nap time, needed that	words	
        Will have done the grocery shopping by the time her plane lands.	service	
        handmade birthday card from her and the toddler, glitter everywhere	gifts	
        dropped off his forgotten laptop at the office on my lunch	service	run-an-errand
        she took my car in for its MOT	service	run-an-errand
        She told me I am a good farmer, even in a bad harvest year.	words	genuine-compliment
        arm around me at the cinema	touch	
        movie marathon, just the two of us	time	
        Bought tickets to see his favourite band for his birthday	gifts	
        kissed each of her knuckles	touch	
        watched our toddler's swimming lesson together then got ice cream	time	
        descaled the kettel. romance is alive	service	
        held hands under the table at dinner w his parents	touch	
        made her a playlist called songs that sound like you	gifts	song-for-them
        my husband reminded me i am not a burden. said it twice so i would believe it	words	
        snuggled up on the sofa under one blanket	touch	couch-cuddle
        Gave him a watch for his 40th.	gifts	
        picked her up from the station at midnight	service	
        morning cuddle	touch	
        bought kulfi on the way home for her	gifts	favourite-snack
        told Sam out loud, for no reason, that he's an amazing dad	words	genuine-compliment
        tried a new recipe together from her mum's book	time	try-something-new
        did the night feed so i got a full 5 hrs 😭	service	let-them-sleep-in
        encouraged her to submit the poem bc honestly its brilliant	words	
        Zhang made jiaozi for me and put the extra in freezer for my busy week	service	
        danced close at Rhiannon's wedding	touch	
        i love u voice msg from Jess while she was on the train 🥰	words	voice-note
        thanked him twice for fixing the heater	words	
        the earrings she'd pointed at months ago, she thought I wasn't listening	gifts	
        voice note from Nico telling me he misses my laugh	words	voice-note
        Surprised him with new work boots, his old ones had holes	gifts	
        he called me his best friend at the dinner party in front of everyone	words	brag-about-them
        a postcard from Oslo arrived	gifts	handwritten-letter
        said i love you first thing this morning before coffee even	words	
        crocheted a beanie for him in his team colours	gifts	
        Complemented his shirt and he blushed like a teenager	words	genuine-compliment
        had her favourite pizza delivered to her dorm as a surprise	gifts	
        commented on her painting that its the best one yet	words	genuine-compliment
        bae hyped me up b4 the gig 🔥	words	
        apologized by text, then again in person properly	words	repair-attempt
        found a shell with a hole in it and put it on a string for her	gifts	
        reassured her she's still gorgeous, scar and all	words	
        single rose on my dashboard	gifts	pick-a-flower
        encouraging msgs all day durring her finals	words	
        ordered the perfume she ran out off	gifts	
        will have told my in-laws by tonight how much Arjun does for us, he deserves the credit	words	brag-about-them
        bought me a heated blanket for my back	gifts	
        took the bins out, bin day and she forgot again	service	take-a-task
        a little Lego set for him to build after his shift	gifts	
        Filled her car with petrol before her long drive up to Leeds	service	fill-their-tank
        new sketchbook bc mine is full	gifts	
        drew me a portrait from our wedding photo	gifts	
        He told me you make the hard days easier	words	
        Bought her the good shampoo she never buys for herself	gifts	
        told Priya her slides looked proper professional, she went a bit pink	words	genuine-compliment
        Bought a star map of the night we met.	gifts	
        She booked all my mum's appointments and rang the GP for me	service	take-a-task
        weekend trip to the coast 🌊	time	
        rang the landlord about the mould for me bc i hate phone calls	service	take-a-task
        Folded all the laundry while I was at work, even the fitted sheets!	service	
        renewed his passport online, filled every form	service	take-a-task
        fancy socks with sheep on them for the farmer	gifts	
        picked up his perscription from the chemist on the way home	service	run-an-errand
        we baked together	time	
        packed Aiden's lunch bc he was running late	service	pack-their-lunch
        2 hr video call til she fell asleep on me (she's in Manila)	time	
        Said sorry for missing our call, explained why, and promised to set an alarm next time.	words	repair-attempt
        Watched the sunset from the back step together	time	
        hoovered teh whole flat	service	
        did the crossword together over breakfast like always	time	play-a-game
        made her coffee exactly how she likes it, oat milk half sugar	service	make-their-coffee
        Cooked dinner together, him chopping and me stirring	time	
        Sorted the internet bill phone call she dreads.	service	take-a-task
        Planned the spring veggie garden together at the kitchen table	time	
        set up her new laptop and moved all the files accross	service	
        stayed up talking untill 2am	time	
        lugged the shopping up four flights	service	
        sat with him in the waiting room for hours, we talked the whole time	time	
        changed the baby's nappy at 2am without being asked	service	
        birdwatching at dawn, just us	time	
        netflix party across timezones	time	watch-together-apart
        slipped a note into her coat pocket that just says I love you	words	note-in-bag
        Put my phone in a drawer all evening so we could properly talk.	time	phone-down
        hubs did the school run so i could sleep in	service	let-them-sleep-in
        fished off the jetty together till dark	time	
        paid the council tax	service	
        Waited up til 8am so we could eat breakfast together after her night shift	time	
        im just finishing formatting his CV for him	service	
        coffee date at the uni cafe between lectures	time	
        salsa class together	time	
        Booked our flights and sorted both visas, which was a nightmare	service	
        deep talk about our future over wine	time	
        finally hung the pictures she's been asking about since Easter	service	
        we watched the footy together	time	
        translated the bank letter for him	service	
        Told her the garden only looks this amazing becuase of all her hard work.	words	notice-hard-work
        sharpened the kitchen knifes	service	
        study sesh together at the library	time	sit-near-them
        sorted her meds for the week into the pill box	service	
        She sat with me through the whole chemo session and we played cards.	time	play-a-game
        did his share of chores on top of mine bc hes got exams	service	take-a-task
        morning tea together on the verandah	time	morning-coffee-together
        ran to the shop for tampons at midnight, no questions asked	service	run-an-errand
        afternoon at the allotment with him	time	
        unblocked the sink (gross, love u)	service	
        built the cot together (we survived)	time	
        organised the garage so he can finally get to his tools	service	
        My wife said she is proud of me for going to physio even though it hurts alot	words	proud-of-you
        Made a photo book of our year together.	gifts	
        caught the last ferry just to see the city lights	time	
        found my favourite choccy at the servo and got it for me	gifts	favourite-snack
        phone call on his lunch break from the rig	time	
        bought him the new vynil he's been going on about	gifts	
        Sang karaoke in the car together all the way to Nana's	time	
        he brought me a flat white on his way back from the gym	gifts	their-usual-order
        went through old photos together, reminissing	time	
        got her a phone case with pressed flowers in it	gifts	
        kayaking 🛶	time	
        picked up samosas from the corner shop as a surprise	gifts	favourite-snack
        tried a tandem bike, nearly died, laughing so hard	time	try-something-new
        she wrote little encouragements in the margins of my revision notes	words	note-in-bag
        got up at 5 to watch the calves being born together	time	
        ordered flowers delivered to her office, she sent me 20 heart emojis	gifts	pick-a-flower
        I told Kenji his English is getting very good. He smiled so much.	words	genuine-compliment
        brought back Turkish delihgt from Istanbul	gifts	
        foot rub after my 12hr shift 🙏	touch	foot-rub
        He framed our first concert ticket	gifts	
        long hug at arrivals	touch	long-hug
        got bae bubble tea	gifts	their-usual-order
        Back massage for my sore shoulders.	touch	shoulder-rub
        Gave him a book of crosswords for the hospital stay	gifts	
        slow danced in the kitchen to nothing on the radio	touch	
        found a first edition of his favorite novel in a charity shop	gifts	
        after the row we both said sorry and actually meant it	words	repair-attempt
        kind words when i cried over the thesis	words	
        fell asleep on his shoulder on the bus	touch	
        wrote in our shared journal that I'm grateful for her patience this week	words	
        We hugged for a long time after the bad news.	touch	long-hug
        Sent Lou a message saying she handled the school meeting like an absolute pro	words	genuine-compliment
        bear hug from hubs	touch	
        wrote him a long letter about why Im grateful for him (he's in Perth til march)	words	handwritten-letter
        nose kisses lol	touch	
        the wife reckons she still fancies me after all these years	words	
        lay with my head in her lap	touch	
        good luck txt before her driving test	words	
        She traced circles on my palm all through the appointment	touch	
        gave her a pep talk in the car park before the MRI	words	
        brushed her hair slowly, she loves that	touch	play-with-hair
        wrote a thank-you post about her on facebook for mother's day	words	brag-about-them
        sat squished thigh to thigh on the tiny bench	touch	
        Told her I back her 100% on leaving the job, whatever she decides	words	
        kissed his scar	touch	
        hubs said i looked beautiful even in my old trackies	words	genuine-compliment
        stroked his hair while he was on the phone with his dad	touch	play-with-hair
        told Grace her laugh is my favorite sound in the world	words	genuine-compliment
        "I'm so lucky to have you," she said out of nowhere	words	
        hugged her from behind while she washed up	touch	
        He read me a poem he wrote about us. I cried.	words	
        Thanked the missus for putting up with me for 31 years. Meant every word of it.	words	
        She got me a jersey from my team!!	gifts	
        legs over his lap on the couch	touch	couch-cuddle
        chocolate bar hidden in my scrub pocket before shift	gifts	favourite-snack
        She rubbed my temples through the migraine.	touch	
        Tomás tell to his brother that I am the smart one in this house 😂	words	brag-about-them
        long kiss before he flew out to the rig	touch	goodbye-kiss
        tiny clay cat she sculpted, it sits on my desk now	gifts	
        thanked my wife for the years she cared for my mother	words	
        put together a recipe book of my nan's recipes for my birthday	gifts	
        he pulled me onto his lap	touch	
        ironed his scrubs for tommorow	service	
        lay on his chest listening to his heart	touch	
        drove her to the specialist and waited in the car park 2 hours	service	
        back scratches 😌	touch	
        shovelled the drive before he woke up	service	
        Hugged her the second she got home off the ward	touch	welcome-home-hug
        took out the trash w/o being asked	service	
        forehead to forehead for a whole minute	touch	
        Kofi fed the calves this morning so my back could rest	service	take-a-task
        cuddling after the argument, no words needed	touch	repair-attempt
        changed the dressing on her wound, so gentle	service	
        squeezed her shoulder as I walked past	touch	hand-on-back
        defrosted her windscreen at 6am	service	
        hugged him on the platform til the train came	touch	long-hug
        he cleaned up the kitchen after the party all by himself	service	handle-the-dishes
        kissed her hand like an old fashioned gentleman	touch	
        replaced the flat tire on her bike	service	
        date night at the tiny Thai place	time	
        left a voicemail just saying how much i apreciate her	words	voice-note
        stargazing on the trampoline	time	
        We'll have spent the whole weekend together by Sunday night, no work at all	time	
        packed dal chawal in her tiffin for the night shift	service	pack-their-lunch
        We go to temple together this evening, very peaceful	time	
        mug from the gift shop that says world's okayest wife 😂	gifts	
        she squeezed my hand during the injection	touch	
        cleaned the gutters for her while she was at her sisters	service	
        zoom dinner date, same meal on both sides	time	
        we read Harry Potter aloud to each other in Spanish (para practicar)	time	
        little keychain souvenir from her conference in Lisbon	gifts	
        shoulder rub while i studyed	touch	shoulder-rub
        drove 3 hours just to have lunch with her	time	
        apologised properly for snapping at him this morning, no excuses, just sorry	words	repair-attempt
        Told Ahmed I admire how patient he is with the kids, he didnt know what to say	words	genuine-compliment
        she gave me a scratchie lol won $4	gifts	
        went to her pottery clas with her	time	
        He held me while I cried.	touch	
        board game night just us two	time	play-a-game
        brought me tulips from the market	gifts	pick-a-flower
        hand massage w/ lotion for her arthritis	touch	
        my wife hold my hand all the night in hospital	touch	
        just got a kiss goodbye at the door	touch	goodbye-kiss
        made him chicken soup since his throat is sore	service	
        repotted her plants while she was away	service	
        she came with me to my reunion	time	
        made him a bookmark with a pressed leaf	gifts	
        printed our fav photo and tucked it in my wallet	gifts	
        Sunday drive with nowhere to go	time	
        Did all the tax return paperwork so she didn't have to look at it.	service	take-a-task
        jigsaw evening!	time	play-a-game
        hubs kissed the top of my head as he passed	touch	
        day trip to the beach, the van ramp worked great	time	
        hugs hugs hugs	touch	
        played Mario Kart together, he let me win lol	time	play-a-game
        washed his hair for him since his arm's in a cast	service	
        took the dog out in the pouring rain so he didnt have to	service	take-a-task
        gave him a scalp massage in the bath	touch	
        Marco thanked me for dinner in front of his mum and I felt so seen	words	say-thank-you-out-loud
        played scrabble after the kids went down	time	play-a-game
        took the long way home so we could keep chatting	time	
        compliments on the bread 🙂	words	genuine-compliment
        cuddled her after the nightmare til she stoped shaking	touch	
        engraved bracelet with our coordinates	gifts	
        still hold hands crossing the road, we're 80 lol	touch	hold-hands-walking
        texted her at 3am from the ward just to say im proud of her	words	proud-of-you
        walked the fence line together checking on the ewes	time	
        wandered the farmers market togther	time	
        bragged about her sourdough to the whole team on the zoom call	words	brag-about-them
        Talked him out of quitting marathon training - told him how far he's come since January	words	
        proud of you!! scribbled on the fridge whiteboard	words	proud-of-you
        he made the bed	service	make-the-bed
        skin to skin nap Sunday afternoon	touch	
        told him he is the best thing that happend to me this year	words	
        clipped his toenails since he can't bend after the op	service	
        new slippers for my freezing feet 🧦	gifts	
        gave me a pebble from the beach shaped like a heart	gifts	
        helped her into the shower and back into bed	service	
        brought me a jar of her mother's mango pickle all the way from Pune	gifts	
        spooning	touch	
        She fixed the squeaky hinge that was driving me mad	service	
        fingers laced together through the whole film	touch	
        surprise parcel came: a scarf she knitted herslef	gifts	
        He bring me sakura mochi from Japanese shop, I am so happy	gifts	favourite-snack
        Recorded a good-morning message timed for her Tokyo morning so she wakes up to my voice	words	timezone-good-morning
        drafted her cover letter for her, she just has to tweak it	service	
        gritted the steps so she won't slip in the morning	service	
        he rested his hand on my knee while driving	touch	
        warmed up the car before he left for work	service	
        Cooked her favourite biryani for dinner, took me all afternoon	service	cook-their-favourite
        took the afternoon off work to be with him	time	
        saved the first strawberries of the season for her	gifts	save-last-slice
        gassed up the truck for him	service	fill-their-tank
        asked him about his childhood and really listened for an hour	time	
        Flew 14 hours just to spend my reading week with him	time	
        long walk by the canal, no phones	time	short-walk
        neck rub	touch	shoulder-rub
        a book off my wishlist turned up today, she ordered it	gifts	
        made a scrapbook of all our letters from the long-distance years	gifts	
        after his surgery we watched old westerns together all afternoon	time	
        left a sprig of lavender from the garden on my pillow	gifts	pick-a-flower
        rubbed her lower back, baby is heavy now	touch	
        warmed my icy feet on his legs, he didn't even flinch	touch	
        emptied the dishwasher, again, unasked	service	handle-the-dishes
        listened to her talk about her day with the telly off	time	ask-about-their-day
        tucked her hair behind her ear	touch	
        she sewed me a cushion cover out of my old band tshirts	gifts	
        Emailed him ten things I love about him since its our anniversary and he's on a ship	words	
        He printed and highlighted my thesis chapters so I could read them in bed	service	
        She painted a tiny canvas of our house	gifts	
        she played with my hair till I fell alseep	touch	play-with-hair
        our toddler and I picked dandelions for mummy	gifts	pick-a-flower
        "you're a great mum" text from Dan after the bedtime chaos	words	
        He carved me a little wooden wren.	gifts	
        went to watch his cricket match and stayed for the tea after	time	
        Told him I'm proud of how far he's come since the accident.	words	proud-of-you
        Ravi messaged: all the best for interview, you will rock it yaar	words	
        massaged his leg where the prosthetic rubs	touch	
        greased the baler for him so he could go to the auction	service	take-a-task
        He's been collecting a fridge magnet from every town on his truck route for me	gifts	
        gardening side by side	time	
        He keeps saying thank you for every small thing, even today when he was in pain	words	say-thank-you-out-loud
        we painted together on the balcony	time	
        sat by the fire and talked	time	
        random hug while i was stirring the sauce	touch	
        He stuck a post-it on the bathroom mirror: you've got this today x	words	mirror-note
        rubbed his feet with the nice oil	touch	foot-rub
        Put both kids to bed so she could have a long bath.	service	take-a-task
        praised his new fence to the neighbour while he stood right there pretending not to listen	words	brag-about-them
        brought home a donut for me	gifts	favourite-snack
        he picked wildflowers from the back paddock for me	gifts	pick-a-flower
        Praised her cooking to her amma on the phone, half Tamil half English	words	brag-about-them
        fell asleep all tangled up	touch	
        kissed me in the rain like a film	touch	
        goodnight kiss	touch	
        spooned her to keep warm in the tnet	touch	
        spent the afternoon at the museum together	time	
        cycled out to the lake together after work	time	
        she looked stunning tonight and I said so	words	genuine-compliment
        thnaked him for fixing the side gate	words	
        sticky note on the bathroom mirror	words	mirror-note
        texted her good luck before the interview	words	
        voice memo telling him he nailed the pitch	words	voice-note
        bragged about him to my mates at the pub	words	brag-about-them
        appologised properly for snapping at her	words	repair-attempt
        love u txt at lunch	words	
        wrote a card for no reason	words	
        raved about his curry, restaurant level	words	genuine-compliment
        reminded her how far she's come this year	words	
        hyped him up before the footy final	words	
        ty msg to hubs for doing all the laundry	words	thanks-for-chore
        bigged her up to my mum right in front of her	words	brag-about-them
        wrote her a poem on the back of a receipt	words	
        said I love you before we even got up	words	
        praised his parallel parking haha	words	genuine-compliment
        encouraging whatsapp before his driving test	words	
        sweet birthday post about her on insta	words	
        said i appreciate how patient he is w the kids	words	genuine-compliment
        apologized for forgetting our anniversary, no excuses	words	repair-attempt
        pep talk in the carpark before her audition	words	
        wrote 10 things I love about you on a serviette	words	why-i-love-you
        she's the best mum, made sure she heard it	words	genuine-compliment
        good luck msg b4 his exam 🍀	words	
        credited him for the garden looking so good	words	genuine-compliment
        called her beautifull with no makeup on	words	genuine-compliment
        sent a long message about why im grateful for her	words	appreciation-text
        drew a heart and ily in the steamy mirror	words	mirror-note
        boasted at the braai about her promotion	words	brag-about-them
        thanked her for being so patient with me while I was sick and grumpy all week	words	
        shouted him out on the family group chat	words	brag-about-them
        compliemnted his cooking infront of his mates	words	genuine-compliment
        reassured her shes doing amazing even tho bub wont sleep	words	
        said well done on finishing the marathon 🏃‍♀️	words	
        encouraged him to go for the promotion	words	
        wrote her a letter to open on a bad day so she remembers how loved she is	words	
        you're my favourite human, I said it twice	words	
        note tucked into his jacket pocket	words	note-in-bag
        said out loud how gorgeous her painting is	words	genuine-compliment
        sorry text after our fight, meant every word	words	repair-attempt
        told her mum she raised an incredible woman	words	brag-about-them
        good morning gorgeous 💕	words	good-morning-message
        gushed about the brekkie he made	words	genuine-compliment
        told him he looks hot in that shirt 🔥	words	genuine-compliment
        recorded a voice message saying how much I miss him while hes away on the rig	words	voice-note
        affirmation post-its all over her laptop	words	
        insisted she's smarter than she gives herself credit for	words	
        wished him luck for his viva	words	
        said im so prould of u for starting therapy	words	proud-of-you
        thanked her for carrying the mental load this month	words	thanks-for-chore
        his laugh is the best part of my day, said so	words	
        left a kind comment on her linkedin post	words	
        wrote you've got this on her takeaway cup	words	
        apologised to him in front of his parents for what I said at dinner, because he deserved that	words	repair-attempt
        her new haircut suits her sooo much and i told her	words	genuine-compliment
        reminded him hes a brilliant dad when he was doubting himself	words	
        encouragment b4 her netball grand final	words	
        messaged her that I fancy her loads	words	
        told him I believe in his business idea	words	
        over dinner explained exactly how much he means to me	words	
        rang her just to say shes amazing	words	
        whatsapp to her dad bragging about her exam results	words	brag-about-them
        put the wheelie bins out 🗑️	service	
        hooverd the lounge	service	
        did the school run so she could have a lie in	service	let-them-sleep-in
        packed his lunch for site	service	pack-their-lunch
        took the car in for its WOF	service	
        warmed up the ute before her early start	service	
        charged his phone overnight bc he forgot	service	fill-their-tank
        filled the car with petrol	service	fill-their-tank
        sorted our tax return	service	
        fixed the wobbly table leg	service	
        ironed his shirst for the week	service	
        unloaded dishwasher for wifey	service	
        cooked dinner every night this week so she could study for her nursing boards	service	
        picked him up from the airport at 5am	service	
        made her masala chai before she woke up	service	make-their-tea
        made him a kopi peng the way he likes	service	make-their-coffee
        moved the lawns	service	
        defrosted the windscreen	service	
        cleaned the gutters before the storm hit	service	
        booked his dentist appt for him	service	take-a-task
        walked the dog in the rain so she didnt have to	service	take-a-task
        every nappy change last night was me	service	
        returned the trolley for her	service	
        queued at home affairs for her ID for 3 hours	service	run-an-errand
        did the big shop at woolies	service	
        stripped and remade the bed	service	
        scraped the ice of her car	service	
        folded all the washing	service	
        ran to the chemist for her meds while she was stuck in bed with the flu	service	run-an-errand
        packed her suitcase for the conference	service	take-a-task
        built the flatpack wardrobe	service	
        lifted the pram into the boot	service	
        breakfast in bed for her 🥞	service	
        chnaged the hallway lightbulb	service	
        booked the bakkie in for a service	service	
        paid the electricity bill	service	
        put the kettle on for him	service	
        emptyed the kitty litter	service	
        rang the landlord about the leak so he didnt have to	service	take-a-task
        replaced the smoke alarm battery	service	
        washed her car	service	
        hung the washing on the line	service	
        did the 3am feed so he could sleep	service	let-them-sleep-in
        filled out her passport renewal forms	service	take-a-task
        vacuumed out his car	service	
        gave him a lift to cricket	service	
        scrubbed the braai grid	service	
        put up the christmas lights	service	
        fixed the wifi again 🙄	service	
        topped up her opal card	service	fill-their-tank
        cooked dal and rice so theres a hot meal waiting after her night shift	service	
        mopped the kitchen floor ✨	service	
        dropped his overdue library books back	service	run-an-errand
        dropped the car at the mechanic before work so he could sleep in on his day off	service	let-them-sleep-in
        wrote his CV for him	service	take-a-task
        took the rubbish down in the lift	service	
        cooked for her parents when they visited	service	
        trimmed the hedge	service	
        painted the spare room	service	
        fixed hubs bike puncture	service	
        packed his gym bag	service	take-a-task
        grabbed her favourite chips on the way home	gifts	favourite-snack
        servo flowers for him lol	gifts	pick-a-flower
        picked wildflowers for her on my run	gifts	pick-a-flower
        biltong from the market for him	gifts	favourite-snack
        new jandals for hubs	gifts	
        surprise parcel for her birthday 📦	gifts	
        made a playlist for our road trip	gifts	
        duty free chocolate for her	gifts	favourite-snack
        got him the book he mentoined last month	gifts	small-book-or-article
        booked her a facial for saturday	gifts	
        got her a heated neck wrap for her bday	gifts	
        left tim tams on her desk	gifts	favourite-snack
        bought her a kopi from the hawker centre	gifts	their-usual-order
        souvenir magnet from my work trip	gifts	
        crocheted him a beanie	gifts	
        concert tickets for her birthday	gifts	
        sunflowers just becuase 🌻	gifts	pick-a-flower
        framed our first photo together	gifts	
        brought him a sausage roll from the bakery	gifts	favourite-snack
        the doona cover she'd been eyeing	gifts	
        little sucuclent for his desk	gifts	
        limited edition sneakers for him	gifts	
        printed a photo book of our trip	gifts	
        samosas from the stall near work for her	gifts	favourite-snack
        a pack of her fave gummies in her bag	gifts	favourite-snack
        spotify playlist for his commute	gifts	
        pizza delivered to her office as a surprise	gifts	
        socks with his dog's face on them	gifts	
        got her a new phone charger	gifts	
        brought home a bunch of tuplis	gifts	pick-a-flower
        lego set for him 😂	gifts	
        spa voucher for my wife	gifts	
        pressed a flower from our walk and gave it to her	gifts	pick-a-flower
        picked up her fav mango lassi	gifts	their-usual-order
        earings from the night market	gifts	
        sewed her a tote bag	gifts	
        pounamu from the south island for him	gifts	
        takeaway flat white from the café on the corner for her	gifts	their-usual-order
        care package posted to him while he's on tour	gifts	send-a-care-package
        bottle of his favourite red	gifts	their-usual-order
        surprise cake for no reason 🎂	gifts	
        ordered her the ergonomic chair she wanted	gifts	
        shell from the beach for her collection	gifts	
        gift card for his fav bookshop	gifts	
        bubble tea on the way home for her	gifts	their-usual-order
        bought him a rain jacket bc his one ripped	gifts	
        the perfum she keeps sampling	gifts	
        all blacks jersey for him	gifts	
        candle that smells like her mum's house	gifts	
        gave her my hoodie to keep	gifts	
        made him a photo collage for our anniversary	gifts	
        tiny bonsai for her windowsill	gifts	
        ice cream from the dairy for her	gifts	favourite-snack
        bought him a new fishing rod because his old one snapped on our last trip to the lake	gifts	
        loaf of her fav sourdough	gifts	
        footy tickets for him and his dad	gifts	
        weighted blanket for his birthday	gifts	
        bag of naartjies for her	gifts	
        found the exact mug she broke on ebay and had it shipped as a surprise	gifts	
        brought back a box of pineapple tarts from singapore because she loved them last time	gifts	favourite-snack
        picked up a punnet of strawberries at the market since she'd been craving them all week	gifts	favourite-snack
        bf's fave donuts frm the bakery	gifts	favourite-snack
        got wifey new ugg slippers	gifts	
        walked the dog together after dinner	time	short-walk
        bored game night, phones off	time	play-a-game
        long chat out on the balcony	time	
        watched the rugby together at home	time	
        drove 3 hrs each way just to have dinner with her	time	
        we cooked a curry together	time	
        day trip to the coast	time	
        breakfast together with phones in the drawer	time	
        video call till she fell asleep	time	
        picnic at the botanic gardens	time	
        sunset from the stoep together 🌅	time	
        jigsaw puzzle together all arvo	time	play-a-game
        hawker centre dinner, just us two	time	
        brekkie date at the new café	time	try-something-new
        bush walk up to the lookout	time	
        movie night on the couch 🍿	time	
        took her out for chai and a proper catch up	time	
        phone call on his lunch break	time	
        spent the whole saturday with her at the markets because she's been working nonstop	time	
        taught her to play chess	time	play-a-game
        listened to her vent about work without touching my phone	time	phone-down
        played mario kart til 2am	time	play-a-game
        pub quiz together	time	
        star gazing in the backyarf	time	
        weekend away in the mountains	time	
        went to the footy together	time	
        drove up to watch him play his gig	time	
        learned a tiktok dance together	time	
        mini gold date ⛳	time	
        read the same book and talked about it	time	
        fishing trip w my bf	time	
        crossword over coffee together	time	play-a-game
        put the phones away and just talked	time	phone-down
        saw the lights at marina bay together	time	
        gardening together sunday morning	time	
        dropped the kids at gran's so we could have a night in, just the two of us	time	
        morning coffee on the deck together	time	morning-coffee-together
        2hr facetime across time zones	time	
        op shopping together	time	
        karaoke night just the two of us	time	
        watched her fave show with her even tho i hate it	time	watch-their-show
        pottery calss together	time	
        long drive with no destination	time	
        played cards at the kitchen table	time	play-a-game
        swim at the beach after work	time	
        rode bikes along the canal	time	
        stayed up talking till sunrise	time	
        asked about her day and properly listened	time	ask-about-their-day
        camping for the long weekend ⛺	time	
        cuppa together before work	time	morning-coffee-together
        went to temple together	time	
        walk round the lake to catch up	time	short-walk
        went to his work do with him	time	
        cancelled drinks with the lads so we could have a proper night in together, no phones	time	
        we baked biscuits together	time	
        dinner over skype, long distance	time	
        built a lego set together on a rainy saturday	time	
        ramen spot, just us	time	
        tennis togther sunday	time	
        let him teach me to surf all arvo	time	
        sat in the car talking for an hour bc we didnt want the night to end	time	
        took her to the planetarium	time	
        flew to perth for the weekend to spend it with him	time	
        kissed her on the forhead	touch	
        foot rub on the couch for him	touch	foot-rub
        long hug at the front door	touch	long-hug
        hand in hand on the walk home	touch	hold-hands-walking
        spooned all nigth	touch	
        back massage with the good oil	touch	
        played with her hair til she dozed off	touch	play-with-hair
        squeezed his knee under the table	touch	
        cudddled on the sofa	touch	couch-cuddle
        neck rub while he was gaming	touch	shoulder-rub
        snuggled under the doona	touch	
        morning kiss before the alarm 😘	touch	
        scratched her bakc	touch	
        held her while she cried	touch	
        slow dnaced in the kitchen	touch	
        hand on his back thru the crowd	touch	hand-on-back
        kneaded his shoulders at his desk	touch	shoulder-rub
        head massage in the shower	touch	
        smooch on the cheek at the trolley bay lol	touch	
        linked arms on the way to the shops	touch	hold-hands-walking
        fell asleep on his chest	touch	
        stroked his hair through his migraine	touch	play-with-hair
        big squeeze when she got home 🤗	touch	welcome-home-hug
        pecked him on the lips at the red light	touch	
        rubbed her shoulders during the film	touch	shoulder-rub
        used the massage gun on his sore back	touch	
        held his hand through the scan	touch	
        footsie under the table	touch	
        tickled her til she cried laughing	touch	
        nose kisses 🥰	touch	
        traced circles on her palm	touch	
        hand on her thigh while driving	touch	
        cheek kiss at the school gate	touch	
        cuddles w hubs rn	touch	
        warmed her icy feet on my legs	touch	
        head in his lap on the couch	touch	couch-cuddle
        hugged him extra long bc his day was rubbish	touch	long-hug
        kissed her knuckles	touch	
        moisturised his cracked hands for him	touch	
        leaned on his shoulder on the train	touch	
        bear hug in the elevator	touch	
        hand on her bump for ages	touch	
        laced fingers with him at dinner	touch	
        pressed her temples to ease her headache	touch	
        cuddle in the hammock	touch	
        kissed the back of his neck	touch	
        massaged her calves after parkrun	touch	
        arrivals hall hug that lasted ages	touch	long-hug
        plated her hair	touch	
        arm around her by the fire	touch	
        pulled him in for a snog	touch	
        rested my hand on his back while he slept	touch	
        shoulder kisses while she worked from home	touch	
        held her hand the whole flight because she gets so anxious about turbulence	touch	
        snuggles ❤️	touch	
        hugged him tight on the platform before his train left for boot camp	touch	
        massaged his sore hands after a long day on the tools so he could actually sleep	touch	
        sat close w my legs over hers	touch	
        pinky holding lol	touch	
        we watched a film and cuddled the whole way through	touch	couch-cuddle
        sat behind her and rubbed her back while she was being sick	touch	
        I prepared Harold's tea precisely as he likes it, with a splash of milk, and carried it to him in the garden.	service	make-their-tea
        This morning I told Harold that his patience with our grandchildren is a quality I have admired for forty-six years.	words	genuine-compliment
        We sat together on the porch after supper and discussed the novel we are both reading.	time	
        Harold held my hand throughout the entire concert, which he has not done in some time.	touch	
        I purchased a fountain pen for Harold, as his old one has finally given out.	gifts	
        I shall write Harold a proper letter for our anniversary, setting down plainly and at length what his steadfast kindness has meant to me across nearly half a century.	words	
        We spent the afternoon completing the crossword at the kitchen table, neither of us in any hurry.	time	play-a-game
        I have mended the torn pocket of his gardening jacket.	service	
        Harold brought me a bundle of sweet peas from the allotment, still damp with dew.	gifts	pick-a-flower
        Before sleep, I rested my head upon his shoulder and he stroked my hair.	touch	play-with-hair
        We wrote the Christmas cards together this evening, reminiscing over every name on the list.	time	
        bf brought me a bubble tea to the library bc he knew i was cramming 😭	gifts	their-usual-order
        we stayed up til 3am on facetime just talking abt nothing lol	time	
        she literally did my laundry while i was at my exam im so in love 💀	service	take-a-task
        he texted me ur gonna crush this right befor my presentation 🥹	words	
        hyped him up so hard before his audition he said he almost cried 🥺	words	
        she held my hand the whole way thru the haunted house no cap	touch	
        gonna make him a playlist for his road trip home 🎧	gifts	
        we went thrifting together and roasted each others fits all day 😂	time	
        he carried all my stuff up 4 flights on move-in day bless him	service	
        told my whole groupchat how smart she is bc she aced orgo fr	words	brag-about-them
        hes so sweet he fixd my bike chain before class	service	
        Wife took both twins at 5am so I could sleep till 7. Best gift ever honestly.	service	let-them-sleep-in
        Grabbed her a coffee + choc croissant from the good bakery.	gifts	their-usual-order
        Reminded her she's an amazing mum. She cried a bit. Me too tbh.	words	genuine-compliment
        10 min on the sofa, both kids asleep, her feet in my lap. Bliss.	touch	couch-cuddle
        Did the bottles, the nappy bin AND the dishwaher. She didn't have to ask.	service	
        Date night = takeaway & a film after bedtime. Didn't look at our phones once.	time	
        Gave her a foot rub while the twins napped.	touch	foot-rub
        Left a note on the fridge: you're doing great, we're doing great.	words	
        Picked up her fave flowers on way home from work.	gifts	pick-a-flower
        Will take the twins to my mum's Sat so we get a whole afternoon together, just us.	time	
        Got her the fancy hand cream she likes. Left it by the kettle.	gifts	
        Came home at 8am to find he'd blacked out the bedroom windows so I could sleep.	service	
        He told me I'm the bravest person he knows after my hardest shift yet.	words	
        She texted me at 3am: proud of you, hang in there. Got me through the night.	words	proud-of-you
        We had breakfast-for-dinner together on my one night off, phones in the drawer.	time	
        He rubbed my aching feet without me even askign.	touch	foot-rub
        Found a little bag of my favourite mints tucked in my scrub pocket.	gifts	favourite-snack
        I'll leave him a love note on the pillow before I head to work tonight.	words	
        Our schedules finally overlapped, so we walked the dog together at dawn.	time	short-walk
        Came off shift freezing and he let me press my icy feet against his legs till they thawed.	touch	
        He bought me compression socks with little cats on them. Romantic in its own way.	gifts	
        He ironed my uniform and packed my lunch before I even woke up.	service	pack-their-lunch
        Stayed awake untill 2am my time just to hear her say good morning.	time	
        He mailed me a hoodie that still smells like him.	gifts	
        We watched the same movie at the same time, 9 hours apart, texting through it.	time	watch-together-apart
        She sent a voice memo telling me everything she loves about me.	words	voice-note
        Ordered dinner delivered to his flat in Seoul from here in Lisbon.	gifts	
        He sorted out my visa forms for me while I was asleep on the other side of the world.	service	take-a-task
        First hug at the airport after 4 months. Didn't let go for a full minute.	touch	long-hug
        Fell asleep on call with him, and he stayed on the line all night.	time	
        I mailed her a handwritten letter listing 100 reasons I can't wait to see her.	words	handwritten-letter
        When we finally met up she just held my face in both hands for ages.	touch	
        Played online chess for three hours, her morning, my midnight.	time	play-a-game
        He adjusted the ramp at his mum's place before we visited, so I could get in on my own.	service	
        We rolled and walked the whole boardwalk at sunset, talking about where we'll live someday.	time	short-walk
        She sat on my lap in the chair and we spun around the kitchen like idiots.	touch	
        Got me gloves with grippy palms for pushing in the cold.	gifts	
        After a rough day at physio she said you're stronger than you know, and I believed her.	words	
        Transferred into bed and he was already there, arms open.	touch	
        She repaired my footplate with a wrench and alot of swearing.	service	
        He surprised me with a hand-painted set of spoke guards.	gifts	
        He massaged my shoulders after a long day of pushing.	touch	shoulder-rub
        I keep telling him how handsome he looks in that blue shirt.	words	genuine-compliment
        We played chess on the balcony until the light went.	time	play-a-game
        I make for her the breakfast with eggs and the tortilla like my mother.	service	
        We have gone to walk at the beach and we talked of our dreams.	time	short-walk
        He give me flowers from the market, the yellow ones, my favorites.	gifts	pick-a-flower
        I say to him every morning that he is the most handsome of all the city.	words	genuine-compliment
        She makes me the massage in the back when I come tired from the work.	touch	
        We cooked paella together on Sunday and the kitchen was a disaster but so happy.	time	
        He has repaired the door of the closet that was broken since many months.	service	
        I bring to her a little chocolate each day when I return from work.	gifts	favourite-snack
        We dance slow in the living room with the music of Luis Miguel.	touch	
        He wrote me a card in Spanish with many mistakes, and it said I am his home.	words	
        I have carried the bags of the supermarket so she does not hurt the back.	service	
        We have gone walking in the forest and did not speak of work one time.	time	short-walk
        I have made for him the Apfelstrudel after the recipe of my Oma.	service	
        She has brought me from Vienna a small wooden bird for my desk.	gifts	
        I told her she has done this presentation very very good and I am proud.	words	proud-of-you
        In the evening we lie on the sofa and she lays her head on my chest.	touch	couch-cuddle
        He has changed the winter tyres on my car, although it was raining.	service	
        We make every Sunday a long breakfast together, without handy.	time	
        I have given him a kiss on the forehead before he went to the dentist.	touch	goodbye-kiss
        For her birthday I have knitted a scarf in her favourite colour.	gifts	
        He has said to my father that I am the cleverest woman he knows.	words	brag-about-them
        She took my hand under the tabel at the family dinner.	touch	
        She had the coffee on and the calves fed before I got back from the far field.	service	
        Picked her a handful of wild strawberries along the fence line.	gifts	favourite-snack
        We sat on the tailgate and watched the storm roll in over the wheat.	time	
        The hay looked the best it's ever looked and I let him know it.	words	genuine-compliment
        He rubbed liniment into my shoulder after I wrestled that ewe.	touch	shoulder-rub
        Fixed the latch on her garden gate so the goats quit getting in.	service	
        Drove the combine till midnight with her riding along in the cab, just talking.	time	
        Got her a new pair of work gloves from the co-op, the good leather ones.	gifts	
        Held each other on the porch swing while the rain came down on the tin roof.	touch	
        Gonna thank her proper tonight for running the place while I was laid up.	words	
        Ran her into town for her appointment so she didnt have to miss it.	service	
        Fixed her wifi.	service	
        Pair-programmed on her side project all evening. Fun.	time	
        Bought him the mechanical keyboard he'd been eyeing.	gifts	
        Hugged. Long one. Needed it.	touch	long-hug
        Refactor was brilliant. Said so. Meant it.	words	genuine-compliment
        Automated his bill paymnets. One less thing.	service	take-a-task
        Walk, no phones, 40 min.	time	short-walk
        Slack DM from him: proud of you. Saved it.	words	proud-of-you
        Leaned on each other on the couch, debugging nothing.	touch	couch-cuddle
        Printed and framed her first merged PR.	gifts	
        Back rub.	touch	
        She laid her palm upon my cheek as though my face were a thing worth keeping.	touch	
        I gathered violets from the wet hem of the medow and left them on his pillow.	gifts	pick-a-flower
        We wandered the lamp-lit streets until the city forgot our names.	time	
        He told me my voice is the weather he wants to live in.	words	
        I rose before the sparrows to clear the frost from her windscreen.	service	
        Beneath the quilt our hands found each other like two rivers meeting.	touch	
        I wrote her a sonnet and read it aloud beneath the apple tree.	words	
        She stitched a little book from linen and thread the colour of dusk, and gave it to me for my new poems.	gifts	
        We shall lie in the long grass tomorrow and name the clouds together.	time	
        He hushed my grief with a slow sway, cheek to cheek, in the dim hall.	touch	
        He darned the elbow of my old cardigan, stitch by patient stitch.	service	
        She tucked a note in my lunchbox: proud of you, always.	words	note-in-bag
        She took my car in for its MOT so I didn't have to take a day off.	service	take-a-task
        She got me two tickets to see the Stones, one for me and one for my brother.	gifts	
        She sat with me the whole evening and let me talk about my dad.	time	
        She rubs my back when I can't sleep.	touch	
        She told our kids at dinner that I'm the hardest-working man she knows.	words	brag-about-them
        She's been ironing my shirts all week because of my interviews.	service	
        She suprised me with a vintage record I'd been hunting for years.	gifts	
        She kissed the top of my head while I was doing the taxes.	touch	
        She booked us a weekend away, just the two of us, no kids.	time	
        She gave me the longest hug at arrivals and wouldn't let go.	touch	long-hug
        She will drive me to the hospital tomorrow and wait through the whole procedure.	service	
        Maya ran her fingers through my hair until I fell asleep.	touch	play-with-hair
        Maya painted me a tiny watercolor of our first apartment.	gifts	
        She defended me to her mom and then told me I'm worth ten of anyone.	words	
        We spent Saturday at the flea market, arguing happily over lamps.	time	
        She scraped the ice off my windshiled at 6am in her pajamas.	service	
        Spent our whole dinner date listing what I admire about her, and she went bright red.	words	genuine-compliment
        Maya kissed my knuckles at the bus stop like it was nothing.	touch	
        She made me chicken soup when I had the flu.	service	
        We read to each other in the bath, taking turns with chapters.	time	
        She picked me a rock from the beach that's shaped like a heart.	gifts	
        We fell asleep tangled up on the couch, her chin on my shoulder.	touch	couch-cuddle
        He did the 2am feed so I could sleep four whole hours.	service	let-them-sleep-in
        She whispered you're a great dad while I was rocking the baby.	words	genuine-compliment
        We took the baby for her first walk together, just the three of us, slowly.	time	short-walk
        Surprised her with a giant iced latte and a cinnamon roll after the night from hell.	gifts	their-usual-order
        Held her while she cried from sheer exhaustion.	touch	
        He filled the freezer with meals before the due date.	service	
        I'll frame the first photo of him holding our son and give it to him for his birthday.	gifts	
        Ten quiet minutes, baby asleep, we just looked at each other and laughed.	time	
        Admitted to him that watching him sing to her makes me fall in love all over again.	words	why-i-love-you
        Skin to skin with the baby, and he wrapped his arms around us both.	touch	
        He wrote the thank-you cards for all the baby gifts so I wouldnt have to.	service	take-a-task
        He handled all the calls to the bank and the pension office after Mum died.	service	take-a-task
        She sat with me in Dad's empty workshop for an hour and didn't say a word.	time	
        He held me in the car park of the funeral home until I could breathe again.	touch	
        She said my mother would have been so proud of how I spoke at the service.	words	genuine-compliment
        He had Mum's handwriting from an old recipe card engraved on a bracelet for me.	gifts	
        We looked through old photo albums together all evening, laughing and crying.	time	
        She wrote to me that grief is just love with nowhere to go, and that she's here.	words	
        He cooked every meal that first week, I didn't lift a finger.	service	
        He turned up with sunflowers, because they were Dad's favourite.	gifts	pick-a-flower
        Lay in bed with her head on my chest, just breathing togehter.	touch	
        He recorded himself reading bedtime stories before he shipped out, so the kids and I could hear his voice.	gifts	
        Sent a care package with beef jerkey, wool socks, and a photo of the dog.	gifts	send-a-care-package
        15-minute call from base. Best 15 minutes of my month.	time	
        She mows the lawn and handles everything while I'm gone, never complains.	service	
        His letter said he's proud of me for holding it all together.	words	proud-of-you
        The homecoming hug. I'll never forget how tight he held on.	touch	
        I'll keep writing her an email every night telling her she's my whole world, even when she can't reply.	words	
        Video call where we ate dinner together across eleven time zones.	time	
        He re-did the gutters on his two weeks of leave instead of resting.	service	
        Slept with his arm around me every night of his leave.	touch	
        She tucked one of her hair ties in my gear; found it at the FOB.	gifts	
        Left a warm croissant on his nightstand before I headed to the bakery at 4.	gifts	favourite-snack
        He swept the bakery floor for me so I could get home sooner.	service	take-a-task
        We kneaded dough side by side on Sunday, flour everywhere, laughing.	time	
        She pressed her cold hands under my shirt and I pretended to mind.	touch	
        I wrote on the bakery chalkboard that my husband makes the best coffee in town.	words	brag-about-them
        He got up at 3:30 with me, just to drink coffee togther before my shift.	time	morning-coffee-together
        Gave him a long shoulder rub after he'd been on his feet at the market all day.	touch	shoulder-rub
        She brought me a fancy Danish rolling pin from Copenhagen.	gifts	
        Thanked him for always waiting up, even when I'm late.	words	say-thank-you-out-loud
        He did the invoices for the shop while I slept.	service	take-a-task
        Called her from a truck stop in Nebraksa and we talked for two hours.	time	
        She packed me a cooler of sandwiches for the long haul.	service	pack-their-lunch
        Brought her back a snow globe from every state. Got 31 now.	gifts	
        Texted her at a rest stop that she's the reason I keep driving home.	words	
        First night home she just wrapped herself around me on the couch.	touch	couch-cuddle
        Spent my whole day off scrubbing out her car before her road trip.	service	
        We drove the last leg together, her riding shotgun, singing with the radio.	time	
        Kissed her goodbye in the driveway at 4am, she was half asleep.	touch	goodbye-kiss
        She mailed a box of homemade fudge to my next drop point.	gifts	send-a-care-package
        She left me a voicemail sayin she's proud of me, i played it ten times.	words	voice-note
        I stroked her hair this morning the way she always liked, slow and long.	touch	play-with-hair
        She didn't remember my name today, but she squeezed my hand all afternoon.	touch	
        We sat by the window and watched the birds at the feeder together for an hour.	time	
        I whispered that she is still the most beautiful girl at the dance.	words	genuine-compliment
        Bought her a soft blue cardigan, her colour.	gifts	
        I sorted all her pills into the weekly box and labelled each day in big leters.	service	
        We listened to our wedding record together and she hummed along.	time	
        She patted my cheek and said, you're a good man.	words	
        I cut her toast into little soldiers, like her mother used to.	service	
        Brought her daffodils from the garden. She smiled at them all morning.	gifts	pick-a-flower
        Blocked off two hours on my calendar just for lunch with him. No calls.	time	
        He picked up my dry cleaning and my prescriptions on the same trip.	service	run-an-errand
        Sent her an email titled Reasons You're Brilliant with 12 bullet points.	words	genuine-compliment
        Had her favourite orchid delivered to the office before her trial.	gifts	pick-a-flower
        He kissed me in the elevator on the way to court. Quick but it counted.	touch	
        Reviewed his lease agreemnt for him line by line over the weekend.	service	take-a-task
        Gave him my full attention all evening: no laptop, no briefs, just us and a board game.	time	play-a-game
        Bought him a good umbrella after he showed up soaked for the third time.	gifts	
        After we lost the verdict she wrapped me up and didn't let go.	touch	
        Thanked him in my speech at the firm dinner, in front of everyone.	words	
        Daniel ironed my suit and laid out my tie for the interview.	service	
        I told Daniel he's the best decision I ever made.	words	
        We did a jigsaw puzzle together all Sunday, a thousand pieces of sky.	time	play-a-game
        Daniel bought me the cookbook from our honeymoon restaurant in Lisbon.	gifts	small-book-or-article
        Fell asleep with his hand resting on my back.	touch	
        We assembled the new bookshelf together and ended up giggling over the instructions.	time	
        He brought home a tiny cactus for my desk because I kill everything else.	gifts	
        Daniel called my sister just to tell her how proud he is of my promotion.	words	brag-about-them
        Best present this month: Daniel regrouted the bathroon without being asked.	service	
        Slow-danced in the hallway to nothing but the fridge humming.	touch	
        He washed my hair in the sink since I couldn't lift my arms.	service	
        She sat by my hospital bed and played cards with me for hours.	time	play-a-game
        He kept telling me I was healing so fast and so well.	words	
        A get-well box arrived from him: puzzle books, fuzzy socks, peppermint tea.	gifts	send-a-care-package
        He gripped my hand while they took out the stitches, wincing more than me.	touch	
        He drove me to every single physio apointment.	service	
        We watched three seasons of a baking show together, me propped on pillows.	time	
        He got me a plush hot-water bottle shaped like a sheep.	gifts	
        He kissed my forehead very carefully, avoiding the bandage.	touch	
        Said thank you tonight for everything, and he got quiet and said that's just what love is.	words	
        Recorded a piano piece for her and burned it onto an actual CD.	gifts	
        She restrung my guitar before the gig because I was running late.	service	take-a-task
        We jammed in the garage till the neighbours complained.	time	
        He said my solo tonight made him forget to breathe.	words	genuine-compliment
        Leaned into each other backstage, sweaty and happy.	touch	
        Bought him a vintage capo from a shop in Nashville.	gifts	
        Carried all his amps up the stiars after the show.	service	
        I'll sing her the song I wrote about why she's wonderful tonight, just her and me in the kitchen.	words	
        We went to a jazz club on Tuesday and talked between every set.	time	
        She traced chord shapes on my palm while I drifted off.	touch	
        I didn't say much, but I held his hand the whole train ride.	touch	
        Finally told her out loud that I love her. My face was on fire.	words	
        We spent the whole evening reading in the same room, not talking, perfect.	time	
        Left a small bag of her favourite licorice on her desk.	gifts	favourite-snack
        I quietly did all the dishes after the party so he could rest.	service	handle-the-dishes
        She wrote me a note because she knew I'd find it easier than talking: you matter.	words	
        Gave her my undivided attention tonight, phone in the other room, and let her tell me everything about the trip.	time	phone-down
        He leaned his head on my shoulder at the cinema.	touch	
        Made him a tiny clay figurene of his cat.	gifts	
        Made all the phone calls to her landlord so she wouldn't have to.	service	take-a-task
        He reversed the van into the tightest spot on the campsite so I didn't have to.	service	
        We watched the sunrise over the lake from the back doors of the van, tea in hand.	time	
        She buys me a fridge magnet from every campsite. Silly, and I love it.	gifts	
        Sat shoulder to shoulder on the step, wrapped in one blankt.	touch	
        Declared her the best navigator in Europe, despite the wrong turn at Lyon.	words	genuine-compliment
        He emptied the chemical toilet. True love, honestly.	service	
        We'll play gin rummy by lantern light tonight.	time	
        Found her a piece of sea glass on the beach, green as her eyes.	gifts	
        Wandered the old harbour together for hours, no map, no rush.	time	
        He thanked me for forty years, out of nowhere, over breakfast.	words	
        She came home from work and took the kids to the park so I could nap.	service	let-them-sleep-in
        I had dinner on the table and the house tidy when she walked in.	service	
        Let her know she's doing amazing at the new job and the whole house is proud.	words	proud-of-you
        She grabbed me a novel at the airport, knowing I have no time to shop.	gifts	small-book-or-article
        We stole 20 minutes on the back steps after bedtime just to talk.	time	
        She kissed my neck while I was stiring the soup.	touch	
        She praised me to her colleagues at the office party, said I run the whole show.	words	brag-about-them
        Surprised her with a homemade birthday cake the kids helped decorate.	gifts	
        Couch cuddle with the kids asleep upstairs, finally.	touch	couch-cuddle
        We went to the garden centre together, just the two of us, for an hour.	time	
        Wrote you've got this on her cup before her interview.	words	
        He showed up at close and helped me mop the café floor.	service	
        We spent my day off trying every café in the old town together.	time	try-something-new
        She brought me a jar of hand cream because my hands are wrecked from the steam wand.	gifts	
        He leaned over the counter and kissed me when no customers were looking.	touch	
        Told my manager my girlfriend is the reason I survive the morning rush.	words	brag-about-them
        He came back from Ethiopia with a bag of rare beans just for me.	gifts	
        She rubbed my wrists after a double shfit.	touch	
        We do the crossword together on my break every day.	time	play-a-game
        Fixed the wobbly table in her flat, properly this time, with a screw instead of a folded coaster.	service	
        She signed I'm proud of you across the crowded room after my talk.	words	proud-of-you
        He booked an interpreter for my doctor's appointment so I didn't have to fight for it.	service	take-a-task
        We spent the evening teaching each other new signs and giggling at mistakes.	time	
        He hugged me from behind while I was at the sink.	touch	
        Gave her a vibrating alarm watch with our anniversary engraved.	gifts	
        She lit candles and we talked in sign for hours, hands flickering in the light.	time	
        I set up the flashing doorbell so she wouldn't miss her deliveries.	service	
        He bought me a book of peoms by Deaf poets.	gifts	small-book-or-article
        Fell asleep with my hand on hers so I'd feel it if she woke.	touch	
        He told his hearing friends I'm the funniest person he's ever met.	words	brag-about-them
        Cut her a bunch of dahlias from the back border.	gifts	pick-a-flower
        He weeded my whole vegtable patch while I was away.	service	take-a-task
        We spent the afternoon pruning the roses together, chatting the whole time.	time	
        His compost is frankly magnificent, and I said as much. He glowed.	words	genuine-compliment
        Knelt side by side in the dirt and she leaned into me.	touch	
        He built me a raised bed so my knees don't hurt.	service	
        Smuggled home heritage seeds for her from a garden in Devon.	gifts	
        Massaged the ache out of her hands after a day of digging.	touch	
        We'll walk round the botanical gardens on Sunday, no phones, no plans.	time	
        Informed the neighbours, loudly, that the garden is all her doing and I just push the wheelbarrow.	words	brag-about-them
        He took the teenagers to their driving lessons all weekend so I could have a break.	service	
        We snuck out for a late-night diner date while the kids thought we were asleep.	time	
        She gave me a back scratch during the school play.	touch	
        Got him the noise-cancelling headphones, partly for his sake, partly mine.	gifts	
        Her handling of our son's meltdown was masterful, and I made sure she heard me say it.	words	genuine-compliment
        Kissed in the kitchin and the kids groaned. Worth it.	touch	
        She did my tax return. Actual heroine.	service	take-a-task
        Picked him up a six-pack of his favourite craft beer from the shop in town.	gifts	their-usual-order
        We sat in the car in the driveway for half an hour, just talking before going in.	time	
        Apologised properly for snapping at her, no excuses. She hugged me after.	words	repair-attempt
        Found her a first pressing of her favourite album at a flea market in Leeds.	gifts	
        I copied out the words of our wedding hymn in my best copperplate, framed them, and gave them to Harold at Christmas.	gifts	
        I wrote to her on a post-it: You are the best thing of my life.	words	
        She called me her lighthouse tonight, and I have been glowing ever since.	words	
        weekend away at the coast, no phones	time	
        you said I'm still your favourite person, even after the row. needed that	words	
        held Bill's hand in the waiting room, he gets anxious now	touch	
        held her hand at the gp while they took bloods	touch	
        Got up at half five to get the cows in and milked before Siobhán woke. She's been wrecked all week with the baby and I wanted her to have one proper morning in bed.	service	let-them-sleep-in
        watched the F1 with him at 6am	time	watch-their-show
        gave her a jar of honey from the neighbour's hives	gifts	
        bought my girlfriend a pride pin from the market	gifts	
        i rung the doctors at 8 on the dot to get him an appointment it took 47 tries	service	take-a-task
        kissed her on the cheek in the milking shed, she told me to get away but she was smiling	touch	
        got u a choccy milk	gifts	
        she came home with daffodils from the roadside stall and a bag of wine gums and said it was a rubbish day so we needed treats, I love her so much	gifts	
        my girlfriend wrote me a list of 10 things she likes about me when I was in a slump	words	why-i-love-you
        Sewed the button back on his uniform	service	
        a single rose from the petrol station. classy	gifts	pick-a-flower
        cut his toenails since he can't bend since the hip op	service	
        bought him a new pair of sun glasses for the farm cos he sat on his old ones again for the 3rd time	gifts	
        walked the dogs together along the beach	time	short-walk
        covered her shift at the bar so she could revise	service	take-a-task
        went to the retirement village concert with her	time	
        filled in the PIP form for him, took three hours and two pots of tea	service	take-a-task
        Rubbed your temples when the migraine started	touch	
        fell asleep on his chest watching telly	touch	couch-cuddle
        got them a plant for the new flat 🪴	gifts	
        wrote her a letter to open on day 100 of the deployment	words	handwritten-letter
        did a jigsaw	time	play-a-game
        cooked dinner 4 2 so he had something hot when he come in from lambing	service	cook-their-favourite
        made him a playlist for the long flight out	gifts	
        spent the evening planning our trip to Kerry	time	
        Let her know how much I appreciated the effort for my birthday, in an actual handwritten thank-you note like my nan taught me	words	
        big squish hug after her exam	touch	long-hug
        sat with him for to ours in the garden he told me all about his time in the navy agin but i dont mind i like hearing it	time	
        Ironed his good shirt for the funeral	service	
        you said "you're the bravest person I know" after my infusion and I've been thinking about it all day	words	genuine-compliment
        Bought her a fancy notebook for her new course	gifts	
        told him hes doing grate at the new job and i no its been hard on him	words	notice-hard-work
        watched Drag Race together with snacks	time	watch-their-show
        took him fishing	time	
        my boyfriend told me i looked fit in my graduation gown	words	genuine-compliment
        drove too hours into town for her prescription	service	run-an-errand
        he repainted the spare room while i was at my sisters	service	
        scrabble night, just us	time	play-a-game
        reassured her the scar doesn't change a thing, she's gorgeous	words	genuine-compliment
        my wife surprised me with new work boots, the old ones were held together with gaffer tape	gifts	
        encouraged you to do the audition	words	
        told my girl she's the smartest one in our seminar, she rolled her eyes but she was smiling	words	genuine-compliment
        Got a Freddo for you 🐸	gifts	favourite-snack
        i told him thankyou for all the nights hes sat up with me wen the pain is bad an that i dont say it enough but i notice every single one	words	say-thank-you-out-loud
        wrote "proud of you" on the steamed up bathroom mirror	words	mirror-note
        Zoom lunch with you on your break, you in the mess, me in the car	time	
        she sat with me in A&E all night	time	
        whispered to Bea that she's still the prettiest lady in the room at the home's Christmas social	words	genuine-compliment
        tucked into her back all night, no heating in the flat	touch	
        she told me my sourdough was better than her mum's. high praise	words	genuine-compliment
        she sorted my visa paperwork while I was at sea	service	take-a-task
        gave her a cutting from my gran's geranium	gifts	
        she came out with me to check the cattle just for the company	time	sit-near-them
        went to Pride together for the first time as a couple	time	
        he built the flatpack desk for my dissertation	service	
        told her she was the best thing on the dance floor at the wedding, wheelchair spins and all	words	genuine-compliment
        he gave me his hoodie to keep	gifts	
        left him a note on the dash, drive safe love u to the moon x	words	
        tried the new yoga class together	time	try-something-new
        found a secondhand copy of the book she loved as a kid	gifts	small-book-or-article
        Spent the whole Saturday putting grab rails and non-slip mats round the bathroom after her fall. She doesn't know yet but I think it'll help her feel less scared in the shower.	service	
        went with her to physio and waited	time	
        slow danced in the living room	touch	
        stayed on the phone till she fell asleep	time	goodnight-call
        sorted out all the bills now Pat gets muddled with numbers	service	take-a-task
        took her for a drive to see the canola its all in flower know	time	
        Got you the big tub of hummus 😂	gifts	favourite-snack
        Pumped up the tyres on her wheelchair and oiled the wheels	service	
        Ron keeps telling me I'm doing well even when I lose my words. Said it again tonight over tea.	words	
        wound the grandfather clock for her like her dad used to	service	
        checked the fences in the top paddock so he could have a lie in	service	let-them-sleep-in
        "thanks for being you"	words	
        she leaned her head on my shoulder at the bus stop	touch	
        went to my girlfriend's roller derby bout	time	
        my partner got me a fidget ring for the bad days	gifts	
        held him while he cried about his dad	touch	long-hug
        rubbed the arnica into his bad knee	touch	
        we did the crossword in bed like every Sunday	time	play-a-game
        carried the shopping up four flights so she didn't have to	service	
        got our first date photo framed for him	gifts	photo-memory
        rang him at 5am before he went out on deck, just to talk	time	
        cuddle first thing when he got off the chopper, he smelt of diesel	touch	
        she cleaned my glasses without saying anything	service	
        hugged him in the kitchen for no reason	touch	long-hug
        told you that you're a great mum to our girls ❤️	words	genuine-compliment
        kept a hand on her back walking into the party, she gets nervous	touch	hand-on-back
        scratched his back where he can't reach	touch	
        fed the calves for her while she was at her mum's	service	take-a-task
        braaied for the whole family so she could put her feet up	service	
        brought him back a pie from the bakery after the sale yards	gifts	favourite-snack
        held hands round the block, took ages with his frame but lovely	touch	hold-hands-walking
        brought you back a pastel de nata from the bakery	gifts	favourite-snack
        massaged his shoulder, it's wrecked from the rig	touch	shoulder-rub
        linked arms with Elsie along the prom	touch	
        squeezed his hand three times, our secret I love you	touch	hand-squeeze
        Took the day off work to spend it with her	time	
        she bought me the fancy gluten free bread that costs a fortune	gifts	
        labelled all the drawers so Eileen can find her things on her own again	service	
        Every night at 8 I ring his cabin on the rig and we eat dinner "together" on video, him with his canteen curry and me with whatever, then we watch one episode of our show.	time	watch-together-apart
        changed the tyre on the side of the road in the lashing rain	service	
        proofread your cover letter	service	
        Fixed the wobbly table in our tiny kitchen with a folded beer mat lol	service	
        Complimented her new haircut before anyone else noticed	words	genuine-compliment
        set up her pill organiser for the week	service	
        he got me a new hot water bottle with a knitted cover	gifts	
        my partner emptied my catheter bag and made a joke of it so I wouldn't feel weird	service	
        she traced little circles on my hand during the lecture	touch	
        she gave me a polaroid of us from the party	gifts	photo-memory
        my wife said I'm the best thing that ever happened to her, out of nowhere while we were doing the crossword	words	
        patched up the chook pen after the fox got in so she wouldn't have to see it	service	
        brought home a Crunchie for him	gifts	favourite-snack
        surprised her with a Cornetto	gifts	favourite-snack
        my girlfriend did my washing when I had the flu	service	take-a-task
        he said he was proud of me for going to the pain clinic even tho i nearly cancelled	words	proud-of-you
        congratulated him on 6 months sober, told him I'm so proud	words	proud-of-you
        forehead kiss before her shift	touch	goodbye-kiss
        went for a walk round the lake, both phones off	time	short-walk
        Had a parcel waiting when I got off the boat in Aberdeen. She'd posted my favourite biscuits, a new beanie and a drawing from our wee one, nearly cried in the heliport.	gifts	send-a-care-package
        she sent me a voice note this morning saying she knows the new meds make me feel rubbish but she's so proud of me for sticking at it and she fancies me just as much, made my whole day	words	voice-note
        looked through the old photo albums with him all afternoon, he remembered nearly everyone at our wedding	time	
        i bought u the socks with the little frogs on	gifts	
        sat in the hospital car park eating chips together	time	
        bought him a new walking stick with a proper grip, the old one was a death trap	gifts	
        Told them the new binder looks so right on them	words	genuine-compliment
        a bracelet	gifts	
        took her out for a coffee and a slice, nothing fancy	time	
        bought him a heated blanket for his poor circulation	gifts	
        took over the cooking all week cos her hands are bad	service	
        Gave my wife the first ripe tomato off the vine	gifts	
        We danced round the kitchen to old Dolly records	time	
        ran my fingers through his hair on the drive home	touch	play-with-hair
        stroked his cheek in the hospital bed	touch	
        went to bingo with Mavis	time	
        we went for a drive	time	
        Wished her luck at the vet exam with a daft rhyme on whatsapp	words	
        got him a phone case with the dog's face on it	gifts	
        cuddled her through the flare with a heat pack between us	touch	couch-cuddle
        went to mass together	time	
        told my husband the new hip hasn't slowed him down one bit on the dance floor	words	genuine-compliment
        Said thank you to Jim for 42 years of putting up with me. He went a bit teary.	words	
        Packed his bag for the rotation and labelled everything	service	
        held hands under the table at her nan's where we're not out yet	touch	
        fixed the gate latch for her its been banging all weak	service	
        brought her a hot chocolate down to the lambing shed	gifts	
        a bag of sherbet lemons for Ted, his favourite since he was a boy	gifts	favourite-snack
        told Margaret she still looks like the girl I met at the Palais dance in 1974	words	genuine-compliment
        we went star gazing up the top field last nite	time	
        got him a jar of his favourite pickle at the farmers market	gifts	
        took her up the mountain to the spot where I proposed, we sat on the bench for an hour with a flask and didn't say much	time	
        cleaned the gutters	service	
        Reminded Harold what a wonderful father he was, on a day he felt useless	words	genuine-compliment
        She stroked my back when I couldn't sleep	touch	
        moved the sheep down the lane for her when her knee went	service	take-a-task
        sent her encouraging texts all morning before her driving test	words	
        "you make the hard stuff feel doable" - she said that to me today and I wrote it down so I don't forget	words	
        he rubbed my shoulders without being asked while I marked essays	touch	shoulder-rub
        playing online chess with him while he's at sea, one move a day	time	play-a-game
        sent flowers to her work for her first day back after surgery	gifts	pick-a-flower
        brought her a flat white	gifts	their-usual-order
        rubbed suncream into her shoulders at the beach	touch	
        left a voicemail at the base telling him how much we all love him the kids said there bit to	words	voice-note
        Read him a chapter of Dickens before bed	time	
        took him to see his old school, he lit up	time	
        garden centre and a scone, our Tuesday thing	time	
        sat with her through the whole infusion, 4 hrs	time	
        picked some wildflowers off the verge for her	gifts	pick-a-flower
        did all our tax stuff while he was on the rig, he owes me lol	service	take-a-task
        told my wife she's a better farmer than her dad ever was and I meant every word	words	genuine-compliment
        she got me a lamington from the bakery in town	gifts	favourite-snack
        Left a packet of Jaffa Cakes in your bag for the library	gifts	favourite-snack
        got Barry a new lure for his trip up the lake on the twenty 3rd	gifts	
        did the night checks on the ewes	service	
        Found a vintage brooch like the one her mum used to wear	gifts	
        kissed him in public for the first time, felt huge	touch	
        sent a care package to the base tim tams socks and photos of the dog	gifts	send-a-care-package
        watched the sunset from the back of the ute	time	
        made her a packed lunch for the long shift at the hospital	service	pack-their-lunch
        while hes away on tour i kept his car ticking over took it for a drive every week got the service done and even fixed the stereo so its all sorted for when he gets back	service	
        shovelled the driveway	service	
        he came to my pottery class with me	time	
        left a post-it on the kettle saying ur gonna smash the exam x	words	
        taught him to play mahjong	time	play-a-game
        said ta for the cuppa	words	
        he kissed my scar	touch	
        Flowers.	gifts	pick-a-flower
        rubbed his feet after a long day standing	touch	foot-rub
        Texted you good luck before your viva 🍀	words	
        gave him a keyring engraved with the coordinates of where we met	gifts	
        brought her home a stone from the beach shaped like a heart	gifts	
        He couldn't settle tonight, kept asking where his mother was, so I got into bed beside him and held him and stroked his arm the way he used to do for me, and eventually he drifted off.	touch	
        mailed him Maltesers and the kids' drawings	gifts	send-a-care-package
        told him the painting is good enough for the exhibition and it really is	words	genuine-compliment
        wrote you a poem. it's bad. you loved it	words	
        Told him he's enough	words	
        After the neurologist we sat in the car park and I told him it doesn't matter what the scan says, he's still my Frank and I'm not going anywhere. He went quiet and then said thank you.	words	
        wrote up his lecture notes when he was off sick	service	
        spent the whole evening on the couch talking about where we want to live in 5 years	time	
        he wired up the new light in the shed for me	service	
        Reorganised the kitchen so everything she uses is at wheelchair height	service	
        a box of Roses for no reason	gifts	favourite-snack
        video called for an hour even though it was 3am his time	time	
        spent the whole Saturday at the show, looking at the sheep and eating dagwood dogs	time	
        remembered to renew the car insurance for him	service	take-a-task
        Found the exact perfume she wore when we were courting in 1969. They don't make it any more so I got it off eBay, cost a bomb. Gave it to her this morning and she knew it straight away.	gifts	
        He took me out on the tractor like when we were courting	time	
        she fixed my bike chain before my 9am lecture	service	
        bought her the good chocolate, not the supermarket stuff	gifts	favourite-snack
        Rang the bank for him. On hold 50 mins, worth it	service	take-a-task
        pottered round the farmers market together	time	
        said well done to John for remembering his tablets all by himself this week, he was chuffed	words	celebrate-small-win
        stayed in bed late and talked	time	
        long hug at the airport before he left for 6 months	touch	long-hug
        put petrol in his bakkie	service	fill-their-tank
        took her mum to the hospital so she could go to work	service	take-a-task
        lay with my head in her lap while she read	touch	
        he made me a little wooden box in his workshop for my rings	gifts	
        my wife told the whole CWA meeting I make the best scones in the district, bless her	words	brag-about-them
        held her close for a long time after the bad news	touch	long-hug
        bought Arthur a bag of mint imperials for the coach trip	gifts	favourite-snack
        told my wife she did the right thing about her dad, she's been second guessing it for weeks	words	
        started a Duolingo streak together, Spanish	time	
        bathed the dog	service	
        bumped hips while cooking lol	touch	
        he left a Kinder egg on my pillow	gifts	favourite-snack
        Told my wife I'd marry her again tomorrow	words	
        my wife put my compression socks on for me this morning without me asking	service	
        warmed the car up before his dialysis	service	
        told him i love you	words	
        booked the MOT for her car	service	take-a-task
        Got her a lighter mug so her wrists don't hurt when she has her tea	gifts	
        listened to her talk about her dissertation for an hour without touching my phone	time	phone-down
        helped you in and out of the bath and washed your hair	service	
        She slipped a tenner in my wallet for the pub	gifts	
        did the washing up even tho it was her turn on the rota	service	handle-the-dishes
        She held me on the sofa till the shaking stopped	touch	
        watched the whole of Pride and Prejudice with her, the long one	time	watch-their-show
        baked biscuits together, flour everywhere	time	
        hugged her and didn't let go first	touch	long-hug
        When she got back from the clinic I just pulled her onto the sofa and we lay wrapped up together for ages without saying much, her hand in mine, her feet on my lap.	touch	couch-cuddle
        mowed the lawn for you before the rain come in	service	take-a-task
        had our 50th anniversary tea at the hotel where we had our wedding	time	
        kissed	touch	
        encouraged him to go for the foreman job, told him he's more than ready	words	
        Emailed him a wee message to read on his break on the boat, just that I miss him and I'm proud of him	words	
        he brings me back a fridge magnet from every port, we have 14 now	gifts	
        sent him a parcel with homemade fudge and a letter	gifts	send-a-care-package
        Fixed the leaking tap, only 3 months after she asked 😅	service	
        took the kids to the park so he could have a nap, he's been run ragged	service	let-them-sleep-in
        sent a message over the sat phone, just love you heaps home soon	words	
        Spooned him til he dozed off	touch	
        netflix party with him on the ship same episode same time	time	watch-together-apart
        hugged him from behind while he did the dishes	touch	long-hug
        bought Doris new slippers with non slip soles	gifts	
        picked up a takeaway on the way home as a treat	gifts	
        he massaged my hands when the arthritis was bad	touch	
        wrote in our shared notes app: thank u for today, it was a hard one and u were brilliant	words	appreciation-text
        cheered her on the whole way round parkrun, loudest voice there	words	
        played cards with Jean, she forgot the rules halfway but we just kept going	time	play-a-game
        went to the library with her so she wouldn't be studying alone	time	sit-near-them
        give her a massage on her lower back for like half an our with the oil she got for Christmas she fell asleep half way threw	touch	shoulder-rub
        Kissed you good night	touch	
        She defrosted my windscreen at 6am, absolute hero	service	
        she let me warm my cold feet on her legs 😂	touch	
        visited the ward every day this week	time	
        my wife rubbed my back with the heat cream	touch	
        held hands during the sermon	touch	
        she bought me a cactus for my desk, we named it Gerald 🌵	gifts	
        he put his phone away and just listened	time	phone-down
        bought my girlfriend boygenius tickets!!!	gifts	
        picnic in the park on the last sunny day	time	
        Quality time today 😊	time	
        cuddled	touch	couch-cuddle
        She called me her rock on the phone to her sister. Heard every word from the hallway.	words	brag-about-them
        cut up her food for her without making a fuss about it	service	
        put my arm round her in the cinema	touch	
        changed the clocks for daylight saving cos she always forgets	service	
        she knitted me a scarf in my team's colours	gifts	
        bought my husband a grandad shirt which is funny because he is one	gifts	
        Sunday roast at the pub, just the two of us	time	
        had breakfast together for once, no rushing	time	morning-coffee-together
        she brought me a biltong stick from the garage	gifts	favourite-snack
        proper date night, pasta and candles in our tiny kitchen	time	candle-dinner
        had tea on the stoep	time	
        Mario Kart til 2am	time	play-a-game
        He got up for the 2am feed even though it was my night	service	let-them-sleep-in
        massaged round his hip scar like the physio showed me	touch	
        gave her a shoulder rub after a whole day hunched over the laptop	touch	shoulder-rub
        Gave her a pep talk in the ute before the shire council meeting	words	
        told my boyfriend his thesis draft is genuinely good, not just being nice	words	genuine-compliment
        brought home the last bag of Monster Munch	gifts	favourite-snack
        hoovered the whole flat before her parents came	service	
        brushed her hair for her, gently	touch	play-with-hair
        held hands walking to the shops, like teenagers at 74	touch	hold-hands-walking
        He said "I'm so lucky" when I came downstairs in my dress	words	
        Took the dog out in the sleet so you didn't have to	service	take-a-task
        kissed his forehead while he was sleeping	touch	
        bought her earrings at the craft fair, only $15 but she loved them	gifts	
        kissed her goodbye at the door even though we where both late for work	touch	goodbye-kiss
        Wrote you a long message for when you wake up on the ship, all the ways you've made this year easier even from 6000 miles away and how proud the kids and I are of you.	words	
        She's been in so much pain this week so I cancelled my plans and we spent the whole day in bed watching old Gilmore Girls, eating toast and talking about nothing. Best day in ages honestly.	time	
        made you your tea	service	
        kissed her neck while she was on the phone to her mum, got a slap 😂	touch	
        posted him a little rubber duck to keep in his bunk on the rig	gifts	
        told my girlfriend she'd make an amazing doctor when she was panicking about the OSCEs	words	
        she played with my hair til I fell asleep	touch	play-with-hair
        Said "you've got this"	words	
        dealt with the landlord about the mould so you didnt have to stress about it	service	take-a-task
        she said my accent is her favourite sound in the world 🥹	words	genuine-compliment
        gave her my mother's old ring on our 40th	gifts	
        first kiss after 4 months at sea. best feeling in the world	touch	
        big bear hug	touch	long-hug
        she wrote "good morning handsome" on the whiteboard in the hall	words	
        we cuddled in the hammock	touch	couch-cuddle
        gave her a squeeze when she got off the bus	touch	
        Hugged my husband at the kitchen sink, just stood there swaying	touch	long-hug
        Did the big Tesco shop	service	
        Thanked her properly tonight for carrying the farm through the drought, told her I couldn't have kept the place without her and I should have said it years ago.	words	
        squished onto our tiny sofa together	touch	couch-cuddle
        I told her I'm proud of how she handled the flare this week, not one complaint out of her	words	proud-of-you
        cooked together	time	
        gave you a back massage with the lavender oil	touch	shoulder-rub
        Laura stuck a note on my laptop: "stop doubting yourself, you absolute legend"	words	
        He stacked all the firewood for winter	service	
        i told her she is beutiful in the morning even with the bed hair	words	genuine-compliment
        sat with him on the verandah watching the storm come in over the paddocks	time	
        watched the footy with him even though I couldn't care less about footy	time	watch-their-show
        note on her pillow: dream of me x	words	
        He praised my driving in the snow. First time in 35 years lol	words	genuine-compliment
        I did all the weeding in the veggie patch while he rested his back	service	
        sat in silence with her, no telly, just being	time	
        thanked him for taking the bins out, small thing but he lit right up	words	thanks-for-chore
        snuggled on the couch under the big blanket	touch	couch-cuddle
        gave him a worry stone for his pocket before he deployed	gifts	
        praised him for pulling the calf on his own at 2am, he was stoked	words	
        we played cribbage, he won, rematch tomorrow	time	play-a-game
        my husband told our son I'm the strongest woman he knows. I was standing right there and pretended not to hear.	words	brag-about-them
        texted my bf 'ur doing amazing sweetie' at 3am halfway thru his night shift	words	
        kissed her hand like an old film star	touch	
        bought you sunflowers for your recital	gifts	pick-a-flower
        he did the school run so i could sleep off the chemo	service	let-them-sleep-in
        picked up a scratchcard for her on the way home. won £2 lol	gifts	
        Let him teach me his gran's shortbread recipe. Took all afternoon.	time	
        Took the bins out. Both. Including recycling. Ha.	service	
        Gave him a long hug at the door when he got back from the long haul.	touch	
        Stroked his hair while he dozed on my lap.	touch	play-with-hair
        left a comment on his insta hyping up his latest woodwork, he pretended not to care	words	
        Cleared out the garage so she finally has room for her pottery wheel.	service	
        Told him I was proud of him for finally booking the therapist.	words	proud-of-you
        Encouraged him to keep going with his night classes even tho he's knackered	words	
        She told me I'm a good dad after the meltdown in the supermarket. Needed that.	words	genuine-compliment
        I presented her with a framed print of the map of the town where we met.	gifts	
        Charged his phone and laptop the night before his trip since he always forgets.	service	fill-their-tank
        Drove out to Peggy's Cove for the sunrise together.	time	
        Texted "so proud of you" when he finally chased the client who owes us $4k.	words	proud-of-you
        Took over the night feeds this weekend so my wife could sleep.	service	let-them-sleep-in
        Hoovered the dog hair off the couch before her parents came round.	service	
        Held his hand at the airport before his flight to Abuja.	touch	
        Put an "I believe in you" post-it inside her accountancy textbook.	words	
        Had a long coffee together at the kitchen table before the kids woke up.	time	morning-coffee-together
        wrapped myself around gf like a koala this morning	touch	
        Linked arms with him walking down Princes Street in the wind.	touch	
        Took the toddler to the park for two hours so she could have a lie-in.	service	let-them-sleep-in
        Went to Mass together on Christmas Eve and walked home the long way.	time	
        He came with me to my cousin's wedding in Ibadan and stayed by my side all day.	time	
        He put his arm around me at the school assembly.	touch	
        Slow danced in the kitchen to the radio.	touch	
        hubs gave me a back rub w/o me even asking	touch	shoulder-rub
        gave my gf a massive bear hug in the middle of Target	touch	long-hug
        He came home with a bag of pandesal still warm for my merienda	gifts	favourite-snack
        Planned a Sunday with nothing in it but us.	time	
        Brought home a slice of cheesecake from staff meal for him.	gifts	favourite-snack
        Kissed her bruised knee better like you would for a kid.	touch	
        He got me the fancy chocolate at duty free on his way back from Manila.	gifts	favourite-snack
        Spooned her till she fell asleep	touch	
        Took her to Eid prayers then spent the day at her aunty's, we laughed the whole drive back.	time	
        Kissed her goodnight even tho she was already asleep after nights.	touch	
        Told him plainly that I do not regret moving across the country for us.	words	
        Rubbed lotion on her back where she can't reach.	touch	
        Gave hubs a squeeze on the shoulder when he got stressed at the in-laws.	touch	
        He made me a Spotify playlist called "songs that sound like you".	gifts	
        Sent him a kaya toast set from Ya Kun through Grab	gifts	
        Stood on tiptoes to kiss him goodbye at the truck.	touch	goodbye-kiss
        Listened to his whole story about the dispatcher without looking at my phone once.	time	phone-down
        Went to the farmers market together and just wandered around.	time	
        partner said the shelf i put up looks "pro"	words	genuine-compliment
        Cooked dinner together for the first time in the new kitchen.	time	
        Lay with my head on her chest listening to her heartbeat.	touch	
        He weeded the veggie patch and staked all my tomatoes	service	take-a-task
        Said I love you first on the phone today, no prompt, just because	words	
        Picked up her dry cleaning and her parcel from the post office.	service	run-an-errand
        I joined her for her Sunday long run. Well, the first half.	time	
        Took our anniversary off work and stayed in watching movies all day.	time	
        Had a proper date night while Nan had the kids. Went to the Thai place.	time	
        Hugged him for a long time after the vet said the dog would be ok.	touch	long-hug
        hubs told me i look nice. i was in trackies w/ pasta sauce on my shirt	words	genuine-compliment
        wifey got me a phone case w/ our dogs face on it lol	gifts	
        We got up early to watch the sunrise from the top of Mauao.	time	
        He took me for dim sum on our anniversary and we stayed three hours.	time	
        Left the laptop closed all evening and just hung out with him.	time	
        Told her she was a legend for sorting all the tenancy stuff, chur	words	
        Hugged her when she came back from school pickup looking wrecked.	touch	
        Bought him a cold can of Irn-Bru and left it at the bottom of his ladder.	gifts	
        Put my feet in his lap and he rubbed my swollen pregnancy ankles.	touch	foot-rub
        Danced with my wife at her cousin's wedding, close and slow.	touch	
        Watched the whole Bake Off final with him even though I don't care about cakes.	time	watch-their-show
        bf called the landlord abt the heater bc i hate phone calls	service	take-a-task
        Held him while he cried about his dad.	touch	long-hug
        Cleaned the grill and mopped the kitchen after close so she could go home early	service	take-a-task
        Reversed the trailer into the loading bay for her, she hates that part.	service	
        Made him a friendship bracelet like we're twelve. He's wearing it.	gifts	
        Grabbed a Creme Egg for him at the till, it's his Easter weakness.	gifts	favourite-snack
        Got him a pack of the silly socks, the ones with avocados on.	gifts	
        Rang round for quotes for the boiler repair	service	
        Wrote a paragraph in my Notes app about why I love him and AirDropped it to him across the dinner table.	words	why-i-love-you
        Took my wife to see the Diwali fireworks at the temple.	time	
        Put a new paperback on her side of the bed.	gifts	small-book-or-article
        Did a jigsaw on the floor of the new flat because we don't own a table yet.	time	play-a-game
        Put the Tesco delivery away before he got in	service	
        told gf she killed it at her presentation today, she went all red lol	words	
        He got me a Valentine's card and a bar of Dairy Milk. Simple but sweet.	gifts	
        Sorted all our receipts into folders for the accountant so she wouldn't have to.	service	take-a-task
        Repotted her monstera and moved it to the sunnier window.	service	
        He gritted the path so I wouldn't slip coming home off nights.	service	
        Waited on hold with the CRA for 90 minutes to sort out her tax thing.	service	take-a-task
        Had a picnic at the Botanic Gardens before his night duty.	time	
        She brought home puff-puff from the woman at the junction.	gifts	favourite-snack
        Told my husband he handled the curfew argument with our 15yo really well.	words	genuine-compliment
        Bought two scratchcards and gave her one. We won nothing.	gifts	
        Left a KitKat on his steering wheel.	gifts	favourite-snack
        Set up screen time limits on the kids' iPads so we'd stop fighting about it.	service	
        Handled the chargeback dispute with the bank so he could focus on the new orders.	service	take-a-task
        My partner said she feels safe with me. Out of nowhere, halfway through an episode of Taskmaster.	words	
        She stayed on the phone with me for hours while I drove the overnight haul.	time	
        Called her on my lunch break just to chat. 30 minutes, no agenda.	time	
        He said my handwriting on the specials board looks proper professional now	words	genuine-compliment
        Dealt with the insurance claim after my fender bender.	service	take-a-task
        Fixed the tap that's been dripping since we moved in.	service	
        I confirmed, in writing, that I will support her decision regarding the career change.	words	
        Booked the MOT and took the car in on my day off.	service	
        hubs and i had a whole convo w/o the kids interrupting. a miracle	time	
        gf hyped me up before my driving test said id smash it. i did not. still nice	words	
        Organised her pill box for the week, morning and night.	service	
        Bathed the dog after he rolled in something rank on the beach.	service	
        Brought her a flat white from the cafe by the hospital.	gifts	their-usual-order
        He said "you did so well" after I finally finished the tax return.	words	celebrate-small-win
        Binged Love Island with bf and rated all the couples	time	watch-their-show
        Napped cuddled up with my husband and the baby.	touch	couch-cuddle
        Left a sticky note on his thermos before his 5am shift: "you've got this, drive safe"	words	
        Messaged him on Viber during my break: kaya mo yan, love.	words	
        wifey rode along on my delivery route saturday so we could hang out	time	sit-near-them
        Bought her a pack of the good pens for marking.	gifts	
        wifey wrote "proud of u" on the bathroom mirror in lipstick, took me 10 min to clean but worth it	words	mirror-note
        Noticed her new haircut and said so before she had to ask.	words	genuine-compliment
        He picked up my prescription from Shoppers on his way home.	service	run-an-errand
        Waxed his car while he was sleeping after his night shift.	service	
        Took our teen out for driving practice so he didn't have to deal with the stress.	service	take-a-task
        Sewed the button back on his work shirt.	service	
        Brought her back a Tunnock's teacake from the shop, she thinks they're hilarious.	gifts	favourite-snack
        She read my short story and drew little hearts next to her favourite lines.	words	
        kept saying "ur doing so good babe" while he built the IKEA wardrobe. he was not doing so good	words	
        Found her a vintage cat brooch at the Sunday market.	gifts	
        Sat squished together on the tiny couch in the new flat, not complaining.	touch	couch-cuddle
        Unpacked all the kitchen boxes in the new place while she was at work	service	
        Had pancakes at the diner with him after his night shift, both of us half asleep.	time	
        Sent her a "you're doing amazing sweetie" gif while she was stuck on the 401	words	
        Cuddled through the thunderstorm bc the dog was scared and so was she.	touch	couch-cuddle
        He read my cover letter and said it made him want to hire me on the spot	words	genuine-compliment
        Meal-prepped five lunches for my husband's week of nights.	service	pack-their-lunch
        Ironed his barong for the wedding tmrw	service	
        He held me when I came home upset from court.	touch	long-hug
        wifey cleaned out my car, found 3 coffee cups and my lost airpod	service	
        Rubbed his temples when his migraine kicked in.	touch	
        Gave him a pep talk in the car park before his tribunal hearing.	words	
        He got me a voucher for lash extensions for Mother's Day.	gifts	
        Told my partner "we make a good team" after we survived the Saturday rush at the shop	words	
        Watched the Leafs game with him even though I still don't get offside.	time	watch-their-show
        At 0600 I left a handwritten note on the kettle acknowledging his considerable effort on the renovation.	words	notice-hard-work
        Slipped a Tim Hortons gift card into his lunchbox.	gifts	
        Fell asleep holding hands on the red-eye.	touch	
        Replaced the broken blind in the bedroom finally	service	
        Wrote a thank-you card "from the dog" to my partner for all the walks.	words	thanks-for-chore
        Gave her the mooncake box I got from work for Mid-Autumn.	gifts	
        Thanked my wife for covering my shift at the shop so I could see the specialist.	words	
        Left a voicemail singing happy birthday very badly bc I was stuck on the road in Saskatchewan	words	voice-note
        Drove to the late-night chemist for Calpol at 11pm so she didn't have to.	service	run-an-errand
        Told my wife she didn't ruin Christmas, the turkey was fine and the kids will remember the crackers not the gravy.	words	
        He bought me a new charger because mine is held together with tape.	gifts	
        Set up her new phone and transferred all the photos and WhatsApp chats.	service	
        Picked her a bunch of wildflowers from the verge on our walk.	gifts	pick-a-flower
        He posted a long caption on Facebook for Mother's Day about how I hold this family together. Cried in the car.	words	brag-about-them
        We did the crossword together in bed on Sunday morning	time	play-a-game
        Cuddled on the couch under the big blanket all evening.	touch	couch-cuddle
        Kissed her on the forehead while she was doing the accounts.	touch	
        Told my boyfriend he's gorgeous when he was feeling low about his body.	words	genuine-compliment
        Warmed her icy feet on my legs. Brrr.	touch	
        bf told his friends im the funny one. made my week	words	brag-about-them
        Cleaned the gutters.	service	
        Did bedtime solo so my wife could finish her lesson plans.	service	take-a-task
        Massaged her calves after the half marathon.	touch	
        Finally started the show she's been begging me to watch with her.	time	watch-their-show
        Held my wife close during the countdown on New Year's Eve.	touch	
        Went to karaoke, just the two of us, sang every OPM song we know.	time	
        He scratched my back exactly where it itches.	touch	
        Held her hand through the whole dentist appointment.	touch	
        Went to IKEA just for the meatballs and people-watched for an hour.	time	
        Went for a drive with him at midnight when neither of us could sleep.	time	
        Got him the Lego set he pretended not to want.	gifts	
        Brought home samosas from the shop on the corner for her.	gifts	favourite-snack
        Sent a long email to my husband titled "Reasons" on our 10th anniversary.	words	why-i-love-you
        Cooked a big pot of egusi and pounded yam so my wife could rest after the baby.	service	cook-their-favourite
        Stargazing in the back garden with a flask of tea.	time	
        Leaned on each other on the ferry to Devonport.	touch	
        Went for a walk round the block after dinner like old people. Loved it.	time	short-walk
        Found a first edition of his favourite book in a charity shop in Edinburgh.	gifts	small-book-or-article
        I reconciled the joint account and paid the electricity bill ahead of schedule, as agreed.	service	
        I prepared and filed the quarterly GST return for the business on her behalf.	service	take-a-task
        Got her a Lush bath bomb, the one that smells like a forest.	gifts	
        Told him the teens think he's cool. They'd never say it, so I did.	words	
        Did the school run AND the nursery run today.	service	
        Husband bought me a cute planner for the new school year!	gifts	
        Got him a nice pen for his first day as partner at the firm.	gifts	
        Gave him my last Tim Tam. That's love.	gifts	save-last-slice
        She played with my hair until I fell asleep.	touch	play-with-hair
        She left a packet of his favourite jelly beans in the glovebox.	gifts	favourite-snack
        He rewired the lamp I thought was broken.	service	
        Renewed his car registration online before it lapsed.	service	take-a-task
        Got my wife a pair of earrings from the bazaar for Eid.	gifts	
        Bought him a new water bottle since the old one leaks all over the truck cab.	gifts	
        Shoulder rub in the break room, he's been so tense.	touch	shoulder-rub
        He brought me a sausage roll from Greggs after my shift	gifts	favourite-snack
        He took the cat for her jabs since I was in court all day. Legend.	service	run-an-errand
        Kissed the top of his head while he played video games.	touch	
        Drove our son to hockey at 5:30am so he could stay in bed.	service	let-them-sleep-in
        Got a little succulent for her desk at the firm.	gifts	
        Walked the dog together along the Water of Leith instead of taking turns.	time	short-walk
        Gave him a squeeze after we closed our first big wholesale deal.	touch	
        Went birdwatching with him at the wetlands, learned what a pukeko is.	time	
        Paid for his Spotify Premium since his free trial ran out.	gifts	
        I attended his hockey league game in its entirety, as promised.	time	
        Surprised him with tickets to the All Blacks test.	gifts	
        Went round the Christmas market together and shared a mulled wine.	time	
        I formally expressed my gratitude to my partner for her patience during the audit season.	words	
        Went to the Geylang bazaar together for Hari Raya.	time	
        He gave me a little gold bangle for Diwali.	gifts	
        Cleaned the litter box without being asked!!	service	
        Ordered him the running shoes he's been researching for weeks	gifts	
        My husband thanked me in front of the kids for handling all the school forms this week.	words	
        Played fetch with the dog at the park together for ages.	time	
        Picked up a bunch of tulips at Tesco on my way home.	gifts	pick-a-flower
        bf and i did a spa night at home, face masks and rom coms	time	
        Switched off the telly and played cards with her.	time	play-a-game
        Put my head on her shoulder on the MRT.	touch	
        Hugged my husband from behind while he was cooking.	touch	long-hug
        Went to the pottery class together that I booked for her birthday.	time	
        Spent our break between lunch and dinner service sitting on the back step together.	time	
        Brought her back a keychain from a truck stop in Wyoming. It's a little jackalope.	gifts	
        Gave him a mixtape. Ok fine, a USB stick. Songs from our first year.	gifts	
        bought gf the hoodie she keeps stealing from me, in her size this time	gifts	
        Made his doctor's appointment because he keeps putting it off.	service	take-a-task
        Gave her a hand massage, she's been writing report cards all week.	touch	
        Made her coffee in her travel mug before her 7am start.	service	make-their-coffee
        I procured an identical replacement for the mug I broke and left it on the counter with a bow.	gifts	
        Gardened side by side all afternoon. Didn't say much. It was nice.	time	
        Told her the mural she painted in the nursery is the most beautiful thing in our house.	words	genuine-compliment
        He brushed my hair while we watched TV.	touch	play-with-hair
        Bought hubs a new fishing lure for his birthday.	gifts	
        Got him a dozen Krispy Kremes just bc	gifts	favourite-snack
        He stayed on FaceTime with me while I ate dinner alone in the hotel.	time	
        Husband brought home mangoes from the market, the really sweet Carabao ones.	gifts	
        Washed her hair for her in the bath.	touch	
        bf cooked dinner AND cleaned up, i didnt lift a finger	service	
        He hugged me tight at Changi before I flew home to see my parents.	touch	long-hug
        hubs did the dishes tonite w/o me asking	service	handle-the-dishes
        Went to the driving range after work and let him teach me to swing.	time	
        He answered every customer email in our inbox last night so I could have a break.	service	take-a-task
        I blocked out Saturday afternoon in both our calendars for a walk. No work discussion permitted.	time	short-walk
        Spent the morning at Bunnings together picking out paint colours.	time	
        Thanked hubs for being so patient with my mum over Eid.	words	
        Defrosted the freezer. Not glamorous but she's been asking for months.	service	
        Changed the sheets and made the bed with hospital corners the way she likes.	service	make-the-bed
        She filled in my visa renewal forms and checked every date twice.	service	take-a-task
        We closed the shop an hour early and went for a swim at the beach.	time	
        Long video call with her while she's at her parents' in Cebu.	time	
        Massaged his shoulders after a day hunched over the books.	touch	shoulder-rub
        Told my wife she's a brilliant mum after she got the toddler back to sleep at 2am.	words	genuine-compliment
        Said "I'm so lucky" out loud while she was doing the crossword. She just smiled.	words	
        Got my wife the ankara fabric she's been eyeing for weeks, for her friend's wedding.	gifts	
        Filled the car up with petrol so he wouldn't have to stop on the way to Dundee.	service	fill-their-tank
        Packed the kids lunches every morning this week so he could get to site early	service	take-a-task
        Told him shiok lah, his laksa today damn good, better than the hawker one	words	genuine-compliment
        Group hug with the kids when he got home from his trip.	touch	
        Sent her a voice note on WhatsApp saying how much I miss her, I'm stuck in Lagos for work till Friday	words	voice-note
        Traced circles on her back until she relaxed.	touch	
        A single Ferrero Rocher on my pillow. From my husband. 10/10.	gifts	favourite-snack
        Reassured him that our Etsy sales dipping for one month is normal and he's doing great.	words	
        my bf said "ur literally so smart" when i fixed the wifi lmao	words	genuine-compliment
        Texted her from the ward at 3am just to say I was thinking about her.	words	
        Brought her home chicken rice from the hawker centre near my office.	gifts	
        I held him until his breathing slowed down after the panic attack.	touch	long-hug
        Mowed the lawns and trimmed the hedge before the barbie	service	
        Went to the cinema at 10am on a Tuesday because it's the only time we're both off.	time	
        surprise bubble tea for bf after his exam	gifts	their-usual-order
        Got my wife a Target gift card and told her its for HER, not the kids.	gifts	
        Grabbed her a Costco hot dog and churro, her guilty pleasure.	gifts	favourite-snack
        Wrote "good luck today, counsellor" on a napkin in her lunch bag the morning of the bar exam	words	note-in-bag
        Told my partner her sourdough is now better than the bakery's.	words	genuine-compliment
        Told him I appreciate that he always checks my tyres before a long drive.	words	say-thank-you-out-loud
        Took her for a drive up to the lookout after my shift, just us two.	time	
        Kept my hand on his back while he was on the phone to the bank.	touch	hand-on-back
        Sent her pad thai on Uber Eats to the nurses station	gifts	
        Wrote a wee card for his first day at the new job and tucked it in his piece box	words	note-in-bag
        Nuzzled into his neck on the couch.	touch	couch-cuddle
        Put our phones in a drawer and actually talked over dinner.	time	phone-down
        Kept telling her how proud I was when she passed her citizenship test, eh. Said it like twelve times.	words	proud-of-you
        Surprised her with a new apron with our cafe logo embroidered on it.	gifts	
        texted "you're a great teacher" after she told me about the kid who finally got fractions	words	genuine-compliment
        Reading the same book at the same time so we can talk about it.	time	
        Went kayaking on the lake with her, first time since the baby.	time	
        Hubs let me put my cold hands on his tummy. Hero.	touch	
        Read her all the nice Google reviews customers left about her cakes.	words	
        Got her a jar of the chilli crisp she likes from the Asian grocer.	gifts	
        Made the moving budget spreadsheet and colour-coded it for us	service	
        Updated all the Shopify listings so she didn't have to stay up doing it	service	take-a-task
        He told me he admires how calm I am with difficult patients.	words	genuine-compliment
        Turned the Sunday stocktake into a date with pizza and music.	time	
        Bought her a new stethoscope, engraved with her initials	gifts	
        Did the Costco run with her list and didnt buy anything extra. Mostly.	service	
        Bought him new work boots bc his old ones were splitting.	gifts	
        She introduced me to her lola as "the one who makes me happy." Lola was kilig.	words	brag-about-them
        Got her new slippers since the puppy ate the last pair.	gifts	
        Kneaded my wife's lower back after a whole day of Eid cooking.	touch	shoulder-rub
        Hubs got me flowers for no reason	gifts	pick-a-flower
        He listened to me vent about parents' evening for ages without trying to fix anything.	time	
        Bought her a hot water bottle with a knitted cover for our freezing flat.	gifts	
        Kissed him on the cheek in front of the customers, he went bright red.	touch	
        Bought her the thickest scarf I could find for her first Winnipeg winter.	gifts	
        Teens were at their dad's so we went camping for the weekend.	time	
        Sat on the balcony with her and listened to her talk about her day for an hour.	time	ask-about-their-day
        Kissed her hand in the hospital bed.	touch	
        Took a wee day trip to St Andrews, just the two of us.	time	
        Tickled her until she begged for mercy.	touch	
        Hung the washing out before the rain and brought it back in after.	service	
        Board game night, just us, Catan. She won. Obviously.	time	play-a-game
        did all the laundry incl folding bc gf had a 12hr shift	service	take-a-task
        Typed up 10 things I love about her for our anniversary and read them out at dinner.	words	why-i-love-you
        Told my wife she is my crown, in front of all her sisters at the naming ceremony.	words	brag-about-them
        bf got me the strawberry pocky i like from 7-eleven	gifts	favourite-snack
        Scraped the ice off her windscreen before she left for the early shift.	service	
        gf and i watched the sunset from the car, no music, just talking	time	
        I initiated an embrace of approximately two minutes' duration upon his return.	touch	
        wifey surprised me w/ a new controller for my bday	gifts	
        Played Mario Kart with my girlfriend till 2am.	time	play-a-game
        Had the kids help pick out a "world's okayest dad" mug for him.	gifts	
        Hugged her in the walk-in fridge, the only private spot in the restaurant.	touch	long-hug
        Cuddled on a beanbag at the outdoor cinema.	touch	couch-cuddle
        Re-did the grouting in the shower.	service	
        Encouraged her to apply for the charge nurse position. She's more than ready.	words	
        Brought back a shell from the beach for her windowsill collection.	gifts	
        Complimented his driving on the M8 in the pouring rain. He was well chuffed.	words	genuine-compliment
        Held hands under the table at her family's Christmas dinner.	touch	
        He assembled the entire IKEA PAX by himself while I was at work	service	
        Apologised properly, no "but", and told him I appreciated him waiting up.	words	repair-attempt
        Reminded him that one bad review doesnt make the cafe a failure.	words	
        Bought my partner a little brass bell for the shop counter. He rings it constantly now.	gifts	
        Went thrifting together all Saturday.	time	
        Hugged her in the rain outside the Tesco car park. Why not.	touch	long-hug
        Fetched her from the MRT station because it was raining cats and dogs.	service	
        hubs walked the dog at 6am so i could sleep, it was raining sideways	service	let-them-sleep-in
        Pulled him in for a kiss while we were painting the hallway.	touch	
        Bought her a Christmas ornament that says "our first home" with the year.	gifts	
        He stayed up to have breakfast with me when I got in from nights.	time	
        Rubbed her feet after a 13-hour shift.	touch	foot-rub
        Rode bikes along the seawall in Stanley Park.	time	
        Long cuddle before he left for his 4am start.	touch	
        Washed and put away every single dish from the Diwali party. So many dishes.	service	handle-the-dishes
        Cut his hair in the kitchen since the barber's shut on Mondays.	service	
        Held hands on the bus the whole way home.	touch	hold-hands-walking
        Translated the council letter for his mum so he didn't have to.	service	take-a-task
        Sat in the car in the driveway for 20 mins finishing our conversation before going in to the kids.	time	
        He said the jollof I made tasted better than his mum's. Don't tell her.	words	genuine-compliment
        bf kept his hand on my knee the whole movie	touch	
        Told her she's the best decision I ever made. Cheesy. True.	words	
        Snuggled in bed for an extra 10 min before the alarm.	touch	
        Cupped her face and kissed her when she told me about the promotion.	touch	
        We kept our weekly no-business-talk dinner this week.	time	
        Long kiss at the door before the school run chaos.	touch	goodbye-kiss
        I bought her a potted orchid for our anniversary.	gifts	
        Told him thank you for the sandwich. Then again at bedtime. It was a really good sandwich.	words	
        Stayed in and did a LOTR marathon, extended editions.	time	
        wifey gave me a neck massage after i moved all those boxes	touch	shoulder-rub
        She tracked down my missing parcel with the courier and sorted it all.	service	take-a-task
        Eid gift: a new watch strap for him 🎁	gifts	
        texted him a list of ten things I love about him the day of the redundancy news	words	why-i-love-you
        Gave him a massive hug at the airport, chur	touch	long-hug
        Got him a box of kaju katli for Diwali	gifts	
        whispered "you're doing so well" through every contraction	words	
        took the toddler to the park so he could nap	service	let-them-sleep-in
        Read aloud to her every night this week	time	
        Leaned on him the whole bus ride home	touch	
        built the cot	service	
        He said he's proud of how I've adapted since the accident	words	proud-of-you
        Got him an adaptive controller so he can game again	gifts	
        Watched her favourite show with her on the couch after physio	time	watch-their-show
        Le dije que she's the best mamá and I'm so proud of her	words	proud-of-you
        sat with her in the hospital canteen on her break	time	
        formatted all the references in his thesis	service	take-a-task
        massaged his hands after a day of chopping	touch	
        Stepson and I picked out a bracelet for her birthday	gifts	
        Cook him some ackee and saltfish fi breakfast before work	service	cook-their-favourite
        said ur doing amazing babe	words	
        told her in front of her mum that she's the best cook in the family	words	brag-about-them
        Praised her for keeping her cool with my teenage son	words	genuine-compliment
        told her she's planning the most beautiful wedding, vendor drama and all	words	genuine-compliment
        Saw this tiny ceramic frog at the charity shop that looked exactly like the one she had as a kid and lost in the move so of course I bought it and wrapped it in newspaper and left it on her pillow	gifts	
        took his mum to her hospital appointment so he didn't have to miss work	service	take-a-task
        Got given a new Kindle for my birthday by my wife	gifts	
        Duo queued with him all night	time	play-a-game
        We spent all of Boxing Day in pyjamas watching films together	time	
        took him for a long walk the day he got laid off and just talked	time	short-walk
        Planned a full day with no screens, just us	time	
        cuddled through the whole movie	touch	couch-cuddle
        you brought me back a keychain from Sydney	gifts	
        "proud of u"	words	proud-of-you
        warmed her cold hands in mine	touch	
        spent all Sunday in pyjamas doing the crossword together	time	play-a-game
        He got me a little succulent for my desk	gifts	
        Bought matching jumpers for her and the dog	gifts	
        massaged her temples when she had a migraine	touch	
        you bought me my favourite pastry	gifts	their-usual-order
        Picked up her scrubs from the dry cleaner	service	run-an-errand
        watched Love Actually together with mulled wine	time	
        Made rangoli together on the doorstep for Diwali	time	
        bought her the bracelet she'd been eyeing at the Lekki market	gifts	
        Held her hand the whole drive home	touch	hand-squeeze
        sorted the seating chart so she wouldn't have to deal with her aunties	service	take-a-task
        Brought him back a fridge magnet from Lisbon	gifts	
        Took her out for roti and a stroll on the seawall	time	short-walk
        carried her over the threshold	touch	
        brought her back a fridge magnet from my conference in Berlin	gifts	
        Took the dog for a long walk together at dusk	time	short-walk
        told Priya her lesson plans are genuinely brilliant	words	genuine-compliment
        left a chocolate bar on his desk after our fight	gifts	favourite-snack
        laminated all her classroom posters while she did report cards	service	take-a-task
        Held her close while we slow danced in the kitchen	touch	
        walked the Thames path then had a pint	time	short-walk
        Gonna write her a letter telling her why I'd marry her all over again	words	
        gave him the biggest hug, lowkey didn't wanna let go	touch	long-hug
        Did a jigsaw together at the kitchen table	time	play-a-game
        kissed her goodnight	touch	
        told Maria being a mum really suits her	words	genuine-compliment
        Stroked his hand while he napped in his chair	touch	
        gifted him a year of Spotify premium	gifts	
        ₹200 box of her favourite kaju katli	gifts	favourite-snack
        sent a voice note saying how proud I am that she passed the bar	words	proud-of-you
        Did the school run so she could make her 9am call	service	take-a-task
        told him the song he put up on Spotify is the best thing he's ever written	words	genuine-compliment
        Fixed the geyser so she could have a hot bath	service	take-a-task
        did the big Costco run on my own so he didn't have to	service	run-an-errand
        said at the Thanksgiving table that I'm most thankful for him	words	brag-about-them
        Fuimos al mercado together and just wandered around all morning	time	
        you told me you're proud of me	words	proud-of-you
        sorted the change of address forms for the council	service	
        She brought me a slice of cake from her work party	gifts	favourite-snack
        Long chat	time	
        Emptied the dishwaher and made his lunch	service	pack-their-lunch
        slipped a red envelope into her coat pocket for Lunar New Year	gifts	
        Went for a bike ride together along the river	time	
        Went skating on the canal together, eh	time	
        Went for chai aur pakode with him at our old college spot	time	
        hugged her when she got her results	touch	
        hyped her up in discord after she clutched the 1v3	words	celebrate-small-win
        rubbed her bump	touch	
        Left a post-it on the cat food tin: "best pet dad ever, ily"	words	genuine-compliment
        Sent her a Teams message between meetings just saying ur amazing	words	genuine-compliment
        Held up a sign at the finish line: PROUD OF YOU, 100K DONE!!	words	proud-of-you
        picked him up from the station in the pouring rain	service	
        hand on his knee while he drove	touch	hand-squeeze
        told Marge her roast was the best in fifty years of Sundays	words	genuine-compliment
        Joined her on her evening walk round the estate	time	short-walk
        Mowed the lawn so she could chill after her shift, sweet as	service	take-a-task
        forehead kiss	touch	
        got her tulips	gifts	pick-a-flower
        long FaceTime while he was parked up at a rest stop	time	
        Picked up his favourite humbugs at the chemist	gifts	favourite-snack
        #treatyoself got her the fancy candle 🕯️	gifts	
        fixed the fence in the top paddock before he got back	service	take-a-task
        Encouraged him to go for the promotion and told him he deserves it	words	
        got him a new wallet bc his old one was held together w tape	gifts	
        Listened to the whole saga of his fantasy league with genuine interest	time	
        told him his patience with my dad is something I really love about him	words	why-i-love-you
        brought her a flat white to the library during exams	gifts	their-usual-order
        held him through a panic attack	touch	long-hug
        squeezed his knee under the table at dinner with his parents	touch	hand-squeeze
        told him I'm so excited to be his wife in 3 months	words	
        Told him bahut proud of you yaar, you handled that interview like a boss	words	proud-of-you
        queued for fuel for the generator so she didn't have to	service	run-an-errand
        brought her breakfast in bed on her birthday	service	
        texted "drive safe, love you x" before his overnight haul to Glasgow	words	rain-drive-check
        bought her a new apron with her initials stitched on	gifts	
        neck massage after the long drive	touch	shoulder-rub
        framed map of where we met for our paper anniversary	gifts	
        Fixed her VPN so she could log in to work	service	take-a-task
        Helped her stretch and massaged her shoulders after physio	touch	shoulder-rub
        Played a card game with him after dinner	time	play-a-game
        picnic in the park for our second date	time	
        Pumped her bike tyres and lubed the chain before her ride	service	fill-their-tank
        Messaged Ava that she handled the hard conversation with her ex beautifully	words	genuine-compliment
        Gave her a massage with the oil she likes	touch	
        got her a custom star map of the night we met	gifts	
        cleared the snow off the drive before she left for work	service	take-a-task
        texted him "so glad I met you" after our first weekend away	words	
        Got her noise-cancelling headphones for her WFH calls	gifts	
        you came to watch my band practice and stayed the whole time	time	
        Booked his dentist appointment since he kept forgetting	service	take-a-task
        board games	time	play-a-game
        Brought her a gajra from the flower wala near the temple	gifts	pick-a-flower
        Went to the tea dance together at the community hall, first time in years	time	
        Gave her a back rub when she got home from nights	touch	shoulder-rub
        Went fishing together off the wharf	time	
        got him a lil plushie bc it reminded me of him 🥺	gifts	
        Sweet as, left a note on the dash saying she smashed her interview	words	celebrate-small-win
        Posted a story hyping his first ever marathon finish 🏅	words	brag-about-them
        Kissed him good morning	touch	
        unpacked boxes together with music on	time	
        She held my hand when I got the blood test	touch	
        Took a proper lunch break to eat with her instead of at my desk	time	
        Thanked Aoife for minding everything while I was sick, told her she's a star	words	
        Walked the dog at 6am so he could sleep in	service	let-them-sleep-in
        linked arms walking to the bus	touch	hold-hands-walking
        Gonna clean the kitchen before she wakes up	service	take-a-task
        sat squashed together on our tiny sofa	touch	couch-cuddle
        Bought her a bike bell shaped like a strawberry	gifts	
        gave her a push present, the ring she'd pinned months ago	gifts	
        rubbed her shoulders while she revised	touch	shoulder-rub
        #cuddleseason 🥰 spooned all night	touch	
        sorted his passport renewal before the honeymoon	service	take-a-task
        He surprised me with a phone case with our dog on it	gifts	
        brought her a treat back that was just for her, not for the whole household	gifts	favourite-snack
        kissed him goodbye at the door	touch	goodbye-kiss
        got him a sunflower to cheer him up on a low day	gifts	pick-a-flower
        Car serviced for her	service	run-an-errand
        went for a walk together to clear the air after our fight	time	short-walk
        packed his lunch and flask for the long haul up to Aberdeen	service	pack-their-lunch
        Got him a new box of golf balls	gifts	
        family cuddle in bed on saturday morning	touch	
        Kissed her cold nose after the hockey game	touch	
        She made my lunch for the long shift	service	pack-their-lunch
        cleaned the bathroom	service	
        Had "dinner" at 3am with her on her night off	time	
        vintage vinyl of his favourite album for his birthday	gifts	
        took the day off work to spend her birthday with her	time	
        Facebook post about how amazing my wife of 45 years is	words	brag-about-them
        Planning a weekend away for the two of us in the Cotswolds	time	
        Bought him Welsh cakes from the market in Cardiff	gifts	favourite-snack
        got her a capo engraved with her name	gifts	
        Went to the movies, phone on silent	time	
        said "this new place is perfect because you're in it"	words	
        Brought him a bag of Werther's for the bus trip to the seaside	gifts	favourite-snack
        Eid gift: the perfume she's been wanting	gifts	
        Hand holding	touch	
        watched the sunset togther	time	
        told him I was wrong and that I love him	words	repair-attempt
        reassured her i'm not going anywhere	words	
        cooked my mother-in-law's favourite dinner so my wife could have a night off	service	take-a-task
        you stayed on the phone with me until I fell asleep	time	goodnight-call
        Was told I'm the most beautiful woman he's ever seen	words	genuine-compliment
        Told Dan he's a brilliant stepdad and the kids are lucky to have him	words	genuine-compliment
        fed the chickens so she could have a lie in	service	let-them-sleep-in
        Brought home biltong and rusks for him	gifts	favourite-snack
        packed every kitchen box for the move	service	
        did the dishes	service	handle-the-dishes
        scrabble after dinner	time	play-a-game
        30 kisses for her 30th birthday	touch	
        7:15am text on her first day back after mat leave: you're going to be great	words	good-morning-message
        Gave him a sports massage after the sportive	touch	
        phoned all the wedding venues so she didn't have to	service	take-a-task
        complimented her new haircut before she even asked	words	genuine-compliment
        Brought him home a sausage roll from the bakery	gifts	favourite-snack
        got him a new mug for the new kitchen	gifts	
        told the kids at dinner how hard mummy works for us	words	brag-about-them
        brought home mooncakes from Chinatown	gifts	favourite-snack
        asked about her day and put my phone face down	time	ask-about-their-day
        Bought her a new prayer mat for Ramadan	gifts	
        Made Grandpa's porridge and cut his toast into soldiers	service	cook-their-favourite
        Drove out to the Gower together to watch the sunset	time	
        wrote "u got this bby" on his hand before his exam	words	
        Hugged her tightly befor she left	touch	long-hug
        Was given a bracelet with our kids' birthstones	gifts	
        Taught her to play chess, spent the whole evening on it	time	play-a-game
        asked how therapy went and let her talk as long as she wanted	time	ask-after-the-event
        built a lego set together	time	
        fixed the wifi	service	
        Went for a drive to the coast together, just us	time	
        She cleaned my boots after the hike	service	take-a-task
        Did the baby's night feed so she could sleep	service	let-them-sleep-in
        how are you really feeling? asked over dinner and meant it	time	ask-about-their-day
        back rub after her shift	touch	shoulder-rub
        Made her a photo book of our blended family's first year	gifts	
        had a lowkey movie night, phones away fr	time	
        thanked him properly for doing the night feeds, not just a mumbled cheers	words	thanks-for-chore
        antenatal class together	time	
        Played Stardew co-op with her till 2am	time	play-a-game
        Went with him to the gig he'd been dying to see	time	
        Said "Shabbat shalom, my love, you made this week bearable" over the candles	words	
        proofread her whole grant application	service	take-a-task
        Gave him a cuddle on the beach at Piha, sweet as	touch	
        walked the dog so she could keep revising	service	take-a-task
        filled her Christmas stocking with all her favourite chocolates	gifts	favourite-snack
        sent flowers to her office	gifts	pick-a-flower
        Closed the laptop at 5 and went for a walk with him	time	short-walk
        hugged her tight after Eid prayers	touch	
        Went to the dog park together and just hung out	time	
        She told my mum how kind I am, right in front of me	words	brag-about-them
        knitted him a scarf	gifts	
        sat in the back row of her lecture then told her she was fantastic	words	genuine-compliment
        Told him I love him in Welsh, rwy'n dy garu di	words	
        Birthday card for him: all the reasons, written out by hand	words	why-i-love-you
        bought her a pregnancy pillow	gifts	
        Brought her back a pounamu pendant from the West Coast	gifts	
        Lit the braai and did all the cooking so she could relax with her friends	service	take-a-task
        💋 kissed her goodnight	touch	
        told her shes an amazing techer and the kids are lucky	words	genuine-compliment
        Held hands all the way through the film	touch	
        Covered the kids' bedtime so she could go to evening Mass in Lent	service	take-a-task
        Scrubbed the oven	service	take-a-task
        Texted him at 3am: you're a hero, hope the shift's going ok	words	genuine-compliment
        Rode the coast road together on the tandem	time	
        Games night with the whole blended crew, she loved it	time	play-a-game
        Sat on his lap and played with his hair while he gamed	touch	play-with-hair
        Was made a cuppa and had my bag packed for me before my shift	service	make-their-tea
        Hoovered the stairs so Bronwen wouldn't have to	service	take-a-task
        read him a letter I wrote about our first year for our anniversary	words	
        listened to her new album start to finish together, no skipping	time	
        had a proper talk about what happened after the argument	time	calm-first
        Told her she's a proper legend for sorting the kids' Christmas	words	genuine-compliment
        She brought me back a heart-shaped stone from the beach	gifts	
        He left a Crunchie bar on my pillow	gifts	favourite-snack
        Gave her a jhappi and wouldn't let go	touch	long-hug
        Gave her a big hug and a kiss on the cheek at the braai	touch	long-hug
        Went to Friday prayers then had lunch out together	time	
        took over bath time tonight	service	take-a-task
        asked how the interview went and really listened	time	ask-after-the-event
        Spent the whole morning in bed talking	time	
        kissed her shoulder while she was cooking	touch	hand-on-back
        Tell him mi love him bad, him a mi everything	words	
        Bought her a scratch card, ha	gifts	
        Ironed his kurta for the puja	service	take-a-task
        Did our Sunday long run together, chatting the whole way	time	
        dropped off Krispy Kremes for her and the ward team	gifts	
        wrote proud of u in the steam on the bathroom mirror	words	mirror-note
        built the IKEA wardrobe while she napped	service	
        Broke our fast together at sunset and talked late into the night	time	
        Will give her a foot rub after her shift tomorrow	touch	foot-rub
        organised all his sheet music before the recital	service	take-a-task
        Hugged her at the finish line of her first triathlon, sweaty and all	touch	long-hug
        sat with him on the balcony when he couldn't sleep	time	
        Got him new running shoes for his birthday	gifts	
        Did the crossword together over breakfast like every Sunday	time	play-a-game
        kissed him on the cheek at arrivals	touch	welcome-home-hug
        She gave me a neck massage after my shift at the station	touch	shoulder-rub
        Left a box of her favourite chocolates in her locker on the ward	gifts	favourite-snack
        He fixed the leaky tap without me even asking	service	take-a-task
        wrote a card telling him how much I admire him for getting through med school	words	proud-of-you
        did his laundry bc he was lowkey drowning this week	service	take-a-task
        Handled the custody pickup so he didn't have to face his ex	service	take-a-task
        a dozen red roses for Valentine's	gifts	pick-a-flower
        made her a photo book of the baby's first year	gifts	
        booked her GP appointment because phoning makes her anxious	service	take-a-task
        Gave him a big hug when he came in from the rain, soaked and all	touch	welcome-home-hug
        Kissed him between Zoom calls	touch	
        made 80 dumplings for her family's New Year dinner so she could relax	service	take-a-task
        Planning to sort the garage so he can finally park in it	service	take-a-task
        apologised for snapping and told her she didn't deserve it	words	repair-attempt
        escaped to the rooftop for an hour away from the in-laws	time	
        Massaged her calves after her long run	touch	
        Told him I'm real proud of him for finishing the course, eh	words	proud-of-you
        Found a first edition of her favourite book at a car boot sale	gifts	small-book-or-article
        Told Gerald he did a marvellous job finishing the cryptic crossword, very impressed	words	celebrate-small-win
        had a keyring engraved for the keys to our first house	gifts	
        wrote him a short poem about our first date	words	
        told my husband I'm proud of how he handles the baby at 3am	words	proud-of-you
        Tell him seh mi proud a him fi true, him work hard every day	words	proud-of-you
        went to his gig and stayed for the whole set	time	
        rewrote his CV for him after he got laid off	service	take-a-task
        Bins: done for him	service	take-a-task
        ft'd for 3 hrs just vibing	time	
        Phones off, played board games together all Shabbat afternoon	time	play-a-game
        said i love you first	words	
        Was picked up from the airport at midnight by my husband	service	
        Got up early because she had that massive presentation so I ironed her blouse, made coffee, packed her lunch, found her missing earring under the couch, filled the car with petrol and scraped the ice off the windscreen	service	
        Gave up complaining for Lent and paid her a compliment every day instead	words	genuine-compliment
        bought him a little Christmas ornament shaped like our first flat	gifts	
        you held my hand on the tube	touch	hand-squeeze
        whatsapped him at lunch: still can't believe you're mine	words	
        lazy sunday at home together	time	
        left a sticky note on the bathroom mirror saying she's smashing it at the new job	words	mirror-note
        hug at the door after his night shift	touch	welcome-home-hug
        told her she's going to be an amazing mum	words	
        told her she's doing an amazing job managing his meds and that I see it	words	notice-hard-work
        ordered her a slice of cake from her favourite bakery on Uber Eats	gifts	favourite-snack
        cuddled under the blanket by the Christmas tree	touch	couch-cuddle
        gave her a squeeze on the shoulder as I walked past her desk	touch	hand-on-back
        you rubbed my back till the nausea passed	touch	
        Got a surprise hug from behind while cooking	touch	long-hug
        played cards with her and her nan on Sunday, she loved that	time	play-a-game
        Flowers	gifts	pick-a-flower
        queued at the embassy in Manila to drop off her visa documents	service	run-an-errand
        Gi him a big squeeze when him reach home	touch	welcome-home-hug
        cleaned the whole kitchen after her double shift at the hospital	service	handle-the-dishes
        Cleaned the litter box even though it's her week	service	take-a-task
        20 minutes chatting in the car park before going in to her parents'	time	
        valentine's card with a whole page about why I love her	words	why-i-love-you
        she rode around the farm with me in the tractor all afternoon	time	sit-near-them
        hugged for ages after we'd made up	touch	long-hug
        you listened to me rant about work for an hour	time	ask-about-their-day
        said thank you for everything you carried during the move, literally and otherwise	words	
        Helped him with his transfer and shower this morning without rushing him	service	
        Held her close after the difficult handover with the kids	touch	long-hug
        kissed her at midnight on New Year's	touch	
        told her she's stronger than her anxiety, even when it doesn't feel like it	words	
        Bought Margaret a new set of knitting needles from the craft fair	gifts	
        Wrote her a Diwali card listing all the ways she lights up our home	words	
        took the bins out without being asked for once	service	take-a-task
        made dumplings together for Lunar New Year	time	
        Made her chai and packed her tiffin before she left for office	service	make-their-tea
        bought him a lottery ticket and hid it in his wallet	gifts	
        stayed up talking til 2am	time	
        She sat and listened to me rant about work for an hour	time	ask-about-their-day
        ordered her a "bride" hoodie from Etsy	gifts	
        Did all the Friday cooking so she could rest before Shabbat	service	take-a-task
        Chocolate for her	gifts	favourite-snack
        admitted she was right about the flat in Brixton	words	
        held hands under the table at the venue meeting	touch	hand-squeeze
        Got told "you make everything better" out of nowhere at breakfast	words	
        Cooked the whole iftar so he could rest after fasting all day	service	take-a-task
        told him he looked fit today	words	genuine-compliment
        exam care package: snacks, highlighters and a face mask	gifts	send-a-care-package
        got him a bag of fancy beans from the local roaster	gifts	
        Video called him while he was away and stayed on till he fell asleep	time	
        Had sushi delivered to her during her night shift	gifts	
        mucked out the stables for him while his back was bad	service	take-a-task
        you told me it wasn't my fault when I had the panic attack on the tube	words	
        told her the farm only looks this good because of her	words	notice-hard-work
        ordered her heritage tomato seeds for the veg patch	gifts	
        wrapped all the presents for his side of the family	service	take-a-task
        he said the flat finally feels like home since I moved in	words	
        Held Doreen's hand all through the church service	touch	
        Reassured her she's not a burden after her flare-up	words	
        Took the cat to the vet so she didn't have to leave work	service	run-an-errand
        got him a leather briefcase when he made partner	gifts	
        She did my taxes	service	take-a-task
        Walk together 🚶‍♀️🚶	time	short-walk
        Changed the sheets and made the bed	service	make-the-bed
        He wrote me a poem for our anniversary	words	
        Called her my queen in front of the whole braai	words	brag-about-them
        Put up the Christmas lights so he didn't have to	service	take-a-task
        Knitted her a scarf	gifts	
        said sorry first and actually meant it	words	repair-attempt
        Planning to order him that vinyl he keeps talking about	gifts	
        framed our wedding invitation	gifts	
        reading the same book so we can talk about it	time	
        pushed the pram together along the canal	time	short-walk
        £3 card from Tesco but the message inside took me an hour to write	words	
        cooked together on Sunday and took our time about it	time	
        cleaned up everything after Thanksgiving dinner	service	handle-the-dishes
        Sent her flowers at work	gifts	pick-a-flower
        Made him a friendship bracelet	gifts	
        Washed his muddy trail running kit	service	take-a-task
        Held her hand through the whole infusion	touch	
        spent the evening planning our honeymoon together	time	
        Found a vintage band tee for him at the thrift	gifts	
        Got surprised with a signed jersey of my favourite player	gifts	
        took out the trash for her no cap	service	take-a-task
        Rang the council about the ramp for his chair	service	take-a-task
        foot massage at 34 weeks	touch	foot-rub
        32 weeks and I told her she's glowing	words	genuine-compliment
        Bought him a mug with our dog's face on it	gifts	
        Had a braai with just the two of us	time	
        wrote in his Christmas card that this year with him was the best of my life	words	
        Will cook her fave pasta tonight	service	cook-their-favourite
        weekly walk and talk around the village, no phones	time	short-walk
        Rubbed lotion into Grandad's dry hands before bed	touch	
        Surprised her with a box of Timbits and a double-double	gifts	their-usual-order
        you texted me good morning beautiful before your shift	words	good-morning-message
        held hands while we said grace at Thanksgiving	touch	
        Was taken out for a picnic by the lake by him	time	
        Said diolch to Rhys for putting up with me this week, and meant every word	words	
        rubbed his stiff neck after marking	touch	shoulder-rub
        Written note from him: "I'd choose you every time"	words	
        put up the curtains in the new house	service	
        kissed his bald spot	touch	
        ran to the pharmacy for her folic acid	service	run-an-errand
        took the second half of the drive so he could sleep in the cab	service	let-them-sleep-in
        did the washing up after our row, as a sort of peace offering	service	handle-the-dishes
        went to the 20 week scan together	time	
        defrosted her windscreen at 6am before her shift	service	take-a-task
        Brushed and plaited her hair	touch	play-with-hair
        bought her a set of nice pens for marking	gifts	
        Told her she's a grand woman altogether and I'd be lost without her	words	genuine-compliment
        did a 1000 piece puzzle	time	play-a-game
        Netflix night but actually watching together, no scrolling	time	watch-their-show
        picked up donuts on the way home	gifts	favourite-snack
        slow danced to our wedding song on our anniversary	touch	
        restrung his guitar before the gig	service	take-a-task
        told him he made Mumbai feel like home for me	words	
        Gave her a foot rub after a long day with the kids, his and mine	touch	foot-rub
        you wrote "I believe in you" on my lunch bag	words	note-in-bag
        shoulder rub at her desk while she did the wedding budget	touch	shoulder-rub
        co-op video game night	time	play-a-game
        cooked together for the first time	time	
        texted u r my fav human	words	
        held her until she stopped crying	touch	long-hug
        bought him a nice notebook for the job hunt	gifts	
        drive to the coast together, no plan	time	
        kissed her under the fireworks in Chinatown	touch	
        Date night	time	
        binged the whole season together over the weekend	time	watch-their-show
        nuzzled into her neck	touch	
        told her she looked beautiful on our third date	words	genuine-compliment
        gave him a big hug when he came hom	touch	welcome-home-hug
        Made her a playlist of our songs	gifts	shared-playlist
        Hugged him after his ex's text ruined his evening	touch	long-hug
        Drove the stepkids to footy so she could have a lie-in	service	let-them-sleep-in
        Got her the perfume she ran out of	gifts	
        Returned her Amazon parcels at the post office	service	run-an-errand
        burned her a mix CD for the car	gifts	
        Called the insurance and sorted her wheelchair repair claim	service	take-a-task
        Sat together by the Advent wreath and talked about the year	time	
        He called me on his break just to hear about my day	time	ask-about-their-day
        packed the hospital bag and checked it twice	service	
        Sent her a text saying I'm thinking of you and you've got this	words	
        morning coffee together before the school run	time	morning-coffee-together
        called her on my lunch break just to hear about her morning	time	ask-about-their-day
        hoovered the whole flat	service	
        Gave him a framed photo from our wedding day	gifts	photo-memory
        bought him new rosin for his violin	gifts	
        Wrapped my arms round him from behind while he did the dishes	touch	long-hug
        Held hands under the table during Shabbat dinner	touch	
        told him he was a saint for staying calm at the IKEA returns desk	words	genuine-compliment
        did the whole Christmas food shop at Tesco	service	run-an-errand
        took him to the exhibition he's been wanting to see	time	
        weighted blanket for her anxiety	gifts	
        lay with my head in his lap	touch	
        told my wife that patient was lucky to have her as their doctor	words	genuine-compliment
        hugged him as soon as he told me about the job	touch	
        drove her to the airport at 5am for her conference	service	
        Massaged his legs to help with the spasms	touch	
        prepped his mise en place for the catering job	service	take-a-task
        Baked cookies together	time	
        Went tramping with her for the day	time	
        Told hime hes the best husbnd ever	words	genuine-compliment
        Gonna pick up her fave donuts on the way home	gifts	favourite-snack
        Kissed her shoulder while she worked	touch	
        Thanked her in front of the kids for how calmly she handled the custody swap	words	genuine-compliment
        sent "you've got this!!" at 8:55am right before her finals	words	
        Cleaned the whole house top to bottom for Diwali so she didn't have to	service	take-a-task
        Massaged her hands, stiff from the arthritis	touch	
        Sat with him in the garden and listened to his stories, no rushing	time	
        Shovelled the driveway before she left for work	service	take-a-task
        copped her the hoodie she's been eyeing, she's gonna lose it	gifts	
        $20 of scratchies in his birthday card	gifts	
        drove her to the airpot at 5am	service	
        Wrote why I'm grateful for her in our Advent journal, one line a day	words	
        got her fluffy socks for the hospital bag	gifts	
        bought her a tiny "sorry" cactus	gifts	
        "You look stunning" ✨ said it the second she walked downstairs	words	genuine-compliment
        Back rub	touch	shoulder-rub
        left her a voicemail just saying how much she means to me	words	voice-note
        Bought her a new cookbook	gifts	small-book-or-article
        Cuddled with him and the puppy for the whole afternoon nap	touch	
        cooked for her after her 12 hour shift	service	
        went to the cinema	time	
        He rubbed my feet after my 12 hour night shift	touch	foot-rub
        Cwtched her on the sofa all evening	touch	couch-cuddle
        date night while grandma had the kids	time	
        #grateful told him thank you for being my rock 💕	words	
        Sat pressed up close to her on the sofa while we both worked from home	touch	sit-near-them
        Messaged him on Slack that he's the best coworker AND the best husband	words	genuine-compliment
        Gave him a shoulder rub, his nots were awful	touch	shoulder-rub
        Gonna take her to that little Italian place Friday, just us	time	
        Rubbed her temples during her headache	touch	
        Brought her back a snow globe from the work trip	gifts	
        posted a long birthday caption about how amazing she is	words	brag-about-them
        took the ferry to the Toronto Islands together	time	
        cooked the iftar so she could rest for once	service	take-a-task
        ordered Uber Eats so she didn't have to cook on a bad anxiety day	service	take-a-task
        read his paper draft and told him the argument in chapter 3 is really strong	words	genuine-compliment
        told him I notice how hard he works, even when nobody else does	words	notice-hard-work
        at reunion dinner I told her parents how lucky I am to have her	words	brag-about-them
        Bought her the Valorant skin she wanted	gifts	
        told bae she's lit and i mean that fr 🔥	words	genuine-compliment
        Went to the farmers market together on Saturday morning	time	
        left an Eid Mubarak note on her pillow saying how grateful I am for her	words	
        6am swim at Bondi together	time	
        Made her an Advent calendar with a tiny gift behind each door	gifts	
        told my wife her set at the jazz club gave me goosebumps	words	genuine-compliment
        anniversary weekend away in the Cotswolds	time	
        picked up a pumpkin pie from the bakery she loves	gifts	favourite-snack
        Stayed up to have breakfast with him after his night shift	time	
        After the kids went to bed we sat out on the back step with a pot of tea and talked about everything, the house, her dad, the holiday we keep not booking, stupid stuff from school, and didn't go in until it was properly cold	time	
        video dinner across time zones	time	
        told him ngl he lowkey ate with that fit today	words	genuine-compliment
        Told her I believe in her new business, no matter what happens	words	
        bought him a proper Japanese chef's knife	gifts	
        told him losing the job doesn't change how I see him one bit	words	
        Gave him a hug out of nowhere in the kitchen	touch	long-hug
        Had a hot dinner ready for when he got home from the fire station at 8am	service	cook-their-favourite
        Watched the rugby together at the pub	time	
        Went for a pint and a chat with him down the local, no phones	time	
        Valentine's dinner at the little Italian place	time	
        Wrote him an Eid card about how much his patience inspired me this Ramadan	words	genuine-compliment
        Told my partner they're the strongest person I know after PT today	words	genuine-compliment
        7am school run so she could sleep in	service	let-them-sleep-in
        changed the oil in her truck	service	take-a-task
        tickle fight	touch	
        Spent the afternoon going through old photos together	time	
        Marine Drive at sunset, just sat and talked	time	
        bouhgt her earings for our anniversery	gifts	
        cooked for her parents when they came to stay	service	
        Got her a set of hand-painted diyas	gifts	
        you did my laundry while i was sick	service	take-a-task
        Scrabble and wine, just us two	time	play-a-game
        Hice los dishes for him porque he was super tired	service	handle-the-dishes
        made her a Spotify playlist of songs that remind me of her	gifts	song-for-them
        Drove her to the airport for her flight to Dublin	service	
        unloaded the dishwaser	service	handle-the-dishes
        Wrapped her in a hug while the diyas were burning	touch	long-hug
        Reminded him he's still the man I married, even on the hard days with the chair	words	
        Amazon parcel arrived: the noise cancelling headphones she wanted	gifts	
        Gonna give him a proper massage tonight	touch	
        Cleaned out the gutters so Harold didn't have to go up the ladder with his hip	service	take-a-task
        made the toddlers' lunches at 6:30 so she could get to the early clinic	service	take-a-task
        scrubbed the old flat top to bottom for the deposit inspection	service	
        She looked so wiped out when she got in that I just pulled her onto the couch and held her, stroked her hair, rubbed her back and neither of us said a thing for about twenty minutes and it was perfect	touch	couch-cuddle
        got her a sampaguita garland from a vendor outside church	gifts	pick-a-flower
        💐 flowers for her, just because	gifts	pick-a-flower
        Gave her a long hug when she got back from her mom's	touch	long-hug
        texted "ur doing so good babe" during her long run check-in	words	
        sat with our feet touching under the blanket	touch	couch-cuddle
        jasmine gajra from the flower seller at the station	gifts	pick-a-flower
        encouraged him to apply for the Toronto role, told him he's more than qualified	words	
        bought him a new stethoscope	gifts	
        Cooked for him while he finished his deadline	service	cook-their-favourite
        Grandma told Grandpa he's still the handsomest man at church	words	genuine-compliment
        Brought home challah from the good bakery for Shabbat	gifts	
        told my vrou she looked lekker in her new dress	words	genuine-compliment
        picked up a new thermos for his long hauls	gifts	
        held her hand while we made up	touch	repair-attempt
        Took Bill for a slow walk along the prom and sat on our bench	time	short-walk
        helped set up her classroom before the first day of term	service	
        #choresdone scrubbed the bathroom for her 🧽✨	service	take-a-task
        Snuggled up watching telly	touch	couch-cuddle
        Dropped off a care package at the station for his 24hr shift	gifts	send-a-care-package
        Brought her home a bag of Tayto and a Club Orange	gifts	favourite-snack
        Left her a voicemail before her night shift saying how proud I am of her	words	proud-of-you
        made her a scrapbook of our first three months	gifts	
        rubbed his feet after the gig	touch	foot-rub
        told him the dog clearly loves him more and honestly same	words	
        $8 bubble tea delivered to her office	gifts	their-usual-order
        Went on a picnic in the park togther	time	
        reminded her that her depression doesn't make her a burden	words	
        did the 3am feed so he could get a full night	service	let-them-sleep-in
        Etsy necklace with both our initials	gifts	
        Hugged him for ages when he got back from the fire	touch	long-hug
        got her a houseplant for the new flat	gifts	
        slid a note in his lunchbox: "you're my favourite human"	words	note-in-bag
        Sewed the button back on his shirt	service	take-a-task
        Told him "you're a great da" while the baby slept	words	genuine-compliment
        dealt with the bank on the phone for her	service	take-a-task
        Stuck affirmation notes all over her mirror	words	mirror-note
        Traced circles on his back till he calmed down	touch	
        Meal-prepped all her dinners for marathon week	service	take-a-task
        Bring home some gizzada and a bun from di bakery fi har	gifts	favourite-snack
        told her she looks beatiful in that colour	words	genuine-compliment
        put the baby gate up at the top of the stairs	service	
        picked wildflowers from the hedge on the walk home	gifts	pick-a-flower
        Did the messages for her in Dunnes so she could rest	service	run-an-errand
        hand on her lower back through the contractions	touch	
        #datenight 🍝 cooked together and ate by candlelight	time	candle-dinner
        Gave him a cheeky bum pat as he left	touch	
        you said I'm a great mum even on the days I feel like I'm failing	words	genuine-compliment
        Bought her a nekclace from the market	gifts	
        Hugs	touch	long-hug
        bought him the book he kept mentioning	gifts	small-book-or-article
        first time holding hands at the cinema	touch	
        brought home the mango ice cream she's been craving all week	gifts	favourite-snack
        thanked her for being so patient with my mum living with us	words	
        bought him new socks because all his have holes	gifts	
        Bought tickets for us to see the band we had our first dance to	time	
        Linked arms with him on the way back from chapel	touch	hold-hands-walking
        Sat on the stoep with her and talked till the stars came out	time	
        Held her hand on the walk to the shops	touch	hold-hands-walking
        Helped her with her compression stockings and shoes	service	
        after Eid prayers we went for a walk, just the two of us	time	short-walk
        Told him GG, you carried me, you're actually cracked	words	genuine-compliment
        Picked up an oat latte for her on the way back from the gym	gifts	their-usual-order
        The car was washed for me while I was at work	service	take-a-task
        ran the turkey trot together	time	
        Brought back a bottle of rum cream from Montego Bay fi him	gifts	
        Grandad brought Nan a bunch of sweet peas from the allotment	gifts	pick-a-flower
        Rubbed her shoulders while she grinded ranked	touch	shoulder-rub
        went to IKEA together just for the meatballs	time	
        you kissed my forehead	touch	
        tea on the doorstep at 6am before the kids woke up	time	morning-coffee-together
        He bathed the dog for me	service	take-a-task
        brought him back a cap from the county show	gifts	
        Said thank you	words	say-thank-you-out-loud
        Le compré flores on the way home porque it's been a rough week	gifts	pick-a-flower
        played with her hair until she fell asleep	touch	play-with-hair
        Bought him a proper thermos for his night shifts	gifts	
        head massage in the bath	touch	
        Spooned on the couch with the dog squished between us	touch	couch-cuddle
        got him a pack of his favourite gum at the petrol station	gifts	favourite-snack
        Got her a custom portrait of her late cat	gifts	
        asked her what she's worried about and just listened	time	ask-about-their-day
        told Jonas his braised short rib was better than anything at his restaurant	words	genuine-compliment
        called him handsome in front of all his mates	words	genuine-compliment
        Had a date night just the two of us while the kids were at their dad's	time	
        fr he did all the dishes without being asked, king behaviour	service	handle-the-dishes
        won her a plush penguin at the fair	gifts	
        cuddled in the hammock	touch	couch-cuddle
        long walk in Central Park on Sunday morning	time	short-walk
        We go a di beach together Sunday and just reason	time	
        texted her "ur literally so smart it's unreal" after her pitch	words	genuine-compliment
        Refilled his pill organiser for the week	service	take-a-task
        Laundry folded	service	take-a-task
        wrote "thank you for loving me on my bad days" on a napkin	words	
        £12 flowers from the market	gifts	pick-a-flower
        Told her she absolutely crushed that half marathon PR	words	celebrate-small-win
        mini golf on our third date	time	
        Hung the washing out for Gethin before the rain came in, tidy	service	take-a-task
        Planning to tell him at dinner how much his support meant during my exams	words	
        rode along with him on his Friday run to Leeds	time	sit-near-them
        he took my car in for its MOT	service	run-an-errand
        massaged his lower back after a week on the road	touch	shoulder-rub
        cuddled her all night bc she was sad 🥺	touch	
        Kissed her forehead before she went to taraweeh	touch	goodbye-kiss
        Gifted him the new Zelda on release day	gifts	
        Scratched his back till he fell asleep	touch	
        stargazing in the back field	time	
        Set up his new gaming chair and cable-managed the whole desk	service	take-a-task
        held hands walking back from the pub across the fields	touch	hold-hands-walking
        Dishes: done for her	service	handle-the-dishes
        Bought him a book by his favourite author	gifts	small-book-or-article
        fixed the leaky tap in our tiny Queens apartment	service	
        Put together the flat-pack wardrobe for her	service	take-a-task
        Gave her a card telling her how much she means to me	words	
        after her viva I told her she's the smartest person I know	words	genuine-compliment
        Went through the Timmies drive-thru then sat in the car talking for an hour	time	
        Nuzzled into his neck on the couch	touch	couch-cuddle
        Went stargazing with him out past the town lights	time	
        Lisened to her talk about her day without checking my phone	time	ask-about-their-day
        cake tasting together for the wedding	time	
        Cuddled by the fire after Midnight Mass	touch	couch-cuddle
        Held him while he cried about the cat	touch	long-hug
        Ordered him a new mechanical keyboard for his home office	gifts	
        made him flashcards for his pharmacology exam	service	take-a-task
        study date at the library, both revising side by side	time	sit-near-them
        Grandad wrote "still my girl" on the steamed-up bathroom mirror	words	mirror-note
        loaded all her gear into the van after the show	service	take-a-task
        Love you	words	
        you made me tea	service	make-their-tea
        grabbed him a Tesco meal deal because his sandwich got squashed	gifts	
        rubbed sunscreen on his back	touch	
        Compliment: given. Her new haircut.	words	genuine-compliment
        told him he's a brilliant dad while we waited at the school gate	words	genuine-compliment
        stroked his back until he dropped off	touch	
        Put the winter tires on her car	service	take-a-task
        drew her a little comic of our first date	gifts	
        collapsed on the mattress in the new place and cuddled	touch	couch-cuddle
        walk around the block after the baby went down	time	short-walk
        Did parkrun together and walked the last k chatting	time	
        card game at the kitchen table, just us	time	play-a-game
        asked how he's feeling about the move and we talked it through on the stairs	time	ask-about-their-day
        Le di un besito en la frente before she left	touch	goodbye-kiss
        changed every single nappy today	service	
        Bought her a silk scarf in her favourite colour to brighten the hospital days	gifts	
        did all the dishes so she could put her swollen feet up	service	handle-the-dishes
        ironed his shirts for court tomorrow	service	take-a-task
        ₦5,000 worth of suya on the way home for her	gifts	favourite-snack
        held hands during the scan	touch	
        Fixed the stick drift on her controller	service	take-a-task
        Took his car in for its WOF	service	run-an-errand
        reassured him his parents don't hate him after the dinner row	words	
        got her a Costco-sized tub of her favourite hummus	gifts	favourite-snack
        Prepared suhoor at 4am so she could sleep a bit longer	service	let-them-sleep-in
        Was given a head massage after my migraine	touch	
        Watched the sunrise together after her night shift	time	
        He played with my hair till I fell asleep	touch	play-with-hair
        Surprise present: one new watch for him	gifts	
        Left a long voice note this morning after her awful day telling her everything I love about her, how she handles people, how she never gives up, how her laugh makes my week, and that none of it is going anywhere	words	voice-note
        Ran to the chemist for her prescription	service	run-an-errand
        Gave hun a back rub after she spent all day in the garden	touch	shoulder-rub
        Spent the evening planning the garden layout together	time	
        Stayed with him all night on the ward	time	
        Got him a tiny succulent for his desk	gifts	
        Told Dolores I'd marry her all over again	words	
        Hugged my wife tight when she got her uni results	touch	
        hold his hand at the dentist	touch	
        Turned the telly off and we talked for hours, definately needed it	time	
        Thursday. Told her the garden looks better than it ever did when I ran it.	words	genuine-compliment
        texted "miss ur face sm" to my fiancé on deployment	words	
        She told me I'm brave for going back to uni at 30	words	genuine-compliment
        Found a first edition of her favourite poet at the car boot sale	gifts	small-book-or-article
        wrote "thank you for saying yes" inside the card, one year married today	words	
        Rubbed his feet while we watched the match	touch	foot-rub
        Told her the shelves she put up look totally professional	words	genuine-compliment
        reassurance texts all through his night shift on the ward	words	
        Made a packed lunch and filled his thermos for his day on the boat	service	pack-their-lunch
        Took her to the park at midnight to see the first snow	time	
        Sat on the porch swing and watched the storm roll in	time	
        🌹 for her	gifts	pick-a-flower
        Swapped her winter tyres on	service	take-a-task
        Cleaned up the puppy's accident before she woke up	service	take-a-task
        Bought him the mechanical keyboard he's been eyeing for months	gifts	
        Rubbed her neck at the red lights on the commute home	touch	shoulder-rub
        Drove her to the hospital for her scan at 8am	service	
        We held each other on the couch after hearing his dad had passed	touch	long-hug
        Stroked her arm while she drifted off in the recovery ward	touch	
        Stuck encouraging post-its all over the bathroom mirror for her exam week	words	mirror-note
        Told him he's an absolute legend, mate, best bloke I know	words	genuine-compliment
        told bae she's the smartest person I know after she failed her stats quiz	words	genuine-compliment
        apologised for forgetting our anniversary reservation	words	repair-attempt
        Restrung her guitar before the open mic	service	take-a-task
        she told me I'm a great dad after the teenager drama and I nearly cried	words	genuine-compliment
        Bought her new gardening gloves, the old ones had holes in every finger	gifts	
        picked up pickled herring and pączki from the polski sklep for him	gifts	favourite-snack
        Showed him around my hometown in Guangzhou	time	
        Snuggled under a blanket on the first snow day	touch	couch-cuddle
        Gave her a shoulder massage, didn't cost a penny	touch	shoulder-rub
        Listened to a whole audiobook together on the drive	time	
        Let him teach me how to change a tyre, we laughed the whole time	time	
        Ordered her a weighted blanket, arriving tmrw	gifts	
        Sent a care package to her halls with snacks and fairy lights	gifts	send-a-care-package
        Sent hun a pep talk text before her driving test	words	
        Drove up to his mum's grave together and had a picnic after	time	
        Ordered him a Deliveroo to the flat while I was stuck at work	gifts	
        Sunday brunch date	time	
        txt'd gm beautiful	words	good-morning-message
        Tuesday. Sat with him in the garden. Didn't say much. It was nice.	time	
        Fixed the aircon in the bedroom, it's 38 out	service	
        Sat up with her during the 2am feed just to keep her company	time	sit-near-them
        Had a baking afternoon together, she did the icing and I ate it	time	
        Bought her a deck of braille playing cards	gifts	
        Found a shiny conker and presented it to her like a 5 year old 😂	gifts	
        Shovelled the drive so he didn't have to after his knee op	service	take-a-task
        Filled up her tank on my way home so she wouldn't have to stop in the cold	service	fill-their-tank
        FaceTimed him on his lunch break at the depot just to chat	time	surprise-video-call
        carved pumpkins together with a bottle of cider	time	
        Knitted him a scarf for the winter	gifts	
        Held hands under the table at the family dinner	touch	
        Squeezed his knee under the table when his mum started on about the wedding	touch	
        Got her a proper head torch for the lambing nights	gifts	
        Went to Priya and Tom's wedding as each other's plus one and stayed till the last song	time	
        Said sorry in Portuguese because it felt more real: "desculpa, meu amor"	words	repair-attempt
        Neck massage at his desk during crunch week	touch	shoulder-rub
        Braided his hair before the festival	touch	
        I'm giving him a head massage while he reads	touch	play-with-hair
        Apologised properly for forgetting the anniversary of his mum's death	words	
        Told her "you're so strong" after the scan results because she felt so weak	words	genuine-compliment
        reassured her we'll be ok money-wise, we've been through worse	words	
        Washed her hair for her since she can't lift her arms after the op	service	
        I'm telling him every day this week that he is enough	words	
        Prepped all her meals for her week of nights	service	pack-their-lunch
        Sent a long text after the row saying I'm sorry and I was wrong	words	repair-attempt
        complimented her Halloween costume loudly in front of everyone at the party	words	genuine-compliment
        Got her dad's photo framed for the mantelpiece and she cried	gifts	
        Kept my hand on his back all through the funeral	touch	hand-on-back
        🥰 compliments all day	words	genuine-compliment
        Wrote "te quiero mucho" on the steamed-up bathroom mirror for him	words	mirror-note
        Spooned babe in our tiny single bed in the shared house	touch	
        Took her to the cricket at the MCG for the day	time	
        Sent flowers to her work from the ship	gifts	pick-a-flower
        Went to the farmers market together Saturday morning	time	
        Bought her noise-cancelling headphones for the open-plan office	gifts	
        30 min no-screens chat before bed	time	phone-down
        Cleaned the barbie and packed the esky for his arvo with the boys	service	take-a-task
        He brought home a tub of ice cream after my night shift	gifts	favourite-snack
        Gave her a long hug at the school gates after the Ofsted result	touch	long-hug
        We read the Bible together before sleeping	time	
        Did the dishes even tho it was our housemate's turn so babe could rest	service	handle-the-dishes
        Fixed her bike puncture before uni	service	take-a-task
        Shovelled the drive before she woke up, first snow!	service	
        Hid a bag of jelly babies in his kit for the hitch	gifts	favourite-snack
        Watered her tomatoes while she was at church	service	take-a-task
        Cooked her abuela's arroz con pollo recipe because she was homesick	service	cook-their-favourite
        Went for a drive up to the Highlands, just the two of us	time	
        Went for a run together (she's way faster)	time	
        Rubbed her shoulders while she was marking essays	touch	shoulder-rub
        Movie night with subtitles on, popcorn, no phones	time	
        fixed the squeaky door FINALLY	service	
        Changed the oil in her car and topped up the washer fluid	service	fill-their-tank
        Gentle shoulder rub while he did the night feed	touch	shoulder-rub
        Reminded him how far he's come since rehab, 18 months clean	words	
        Cooked chicken adobo for her baon tomorrow	service	pack-their-lunch
        Sent hubby a box of homemade chin chin to the oil platform	gifts	send-a-care-package
        Made a big pot of Scotch broth for when he's back from the North Sea	service	
        said i love you first thing this morning before my eyes were even open	words	
        Went to her graduation and took the whole day off to celebrate with her	time	
        Took her out on a date night to the chippy	time	
        bought her a toffee apple at the bonfire	gifts	favourite-snack
        Drew him a little comic of our cat and gave it to him	gifts	
        Built the IKEA bed on our first night in the new flat while she showered	service	
        Paid the council tax before she even remembered	service	take-a-task
        Emailed her from the platform about how brave she is holding the fort alone	words	genuine-compliment
        Told her my favorite thing about retirement is getting to see more of her	words	
        Went for a walk along the beach, phones off	time	short-walk
        I'm writing him a thank-you card for looking after me while I was in hospital	words	
        got him a scratch card lol	gifts	
        Backed her decision to quit the warehouse, told her it was the right call	words	
        Printed and framed our wedding photo for our 60th anniversary	gifts	
        Got the mister some new socks, his had holes. Romantic I know	gifts	
        Phoned him on my walk home just to hear about his day	time	ask-about-their-day
        Changed the bed sheets while she was at work	service	make-the-bed
        Snagged him the last almond croissant at the bakery	gifts	favourite-snack
        Put my arm round him at the funeral and didn't let go	touch	
        We went to the allotment together and planted spuds	time	
        Made him a little book of coupons for free hugs	gifts	
        Made the mister a proper fry-up after his late shift	service	
        Made him a playlist for the commute and called it Dave's Drive	gifts	
        thanked my wife out loud in front of the kids for everything she does	words	say-thank-you-out-loud
        Got him the vinyl of the song we danced to at our wedding	gifts	
        Rubbed his temples when he got stressed over his thesis	touch	
        Gutted and filleted the catch for her dinner party	service	take-a-task
        Mailed her a postcard from the port in Singapore	gifts	handwritten-letter
        a bag of her fav sweets from the corner shop	gifts	favourite-snack
        Bought her a new set of knitting needles, hers were all bent	gifts	
        played Mario Kart with babe till 2am after the housemates went to bed	time	play-a-game
        Weeded her rose beds while she rested her back	service	take-a-task
        Went on a bike ride along the canal	time	
        nose kisses 😘	touch	
        Took her to the pictures, first time in ages	time	
        Took the day off to spend it with her, no plans	time	
        Got him a heated blanket for his bad back	gifts	
        Bought pookie a stuffed toy that looks exactly like our real puppy	gifts	
        Hugged her at the dock for about ten minutes straight	touch	long-hug
        Stargazing in the back garden with blankets	time	
        Returned his library books and paid the fine	service	run-an-errand
        complimented how calm she stays in traffic on that awful commute	words	genuine-compliment
        filled up her tank on the way home	service	fill-their-tank
        Did the school run so he could sleep after his night shift	service	let-them-sleep-in
        Sat on his lap in the deckchair	touch	
        cleaned the bathroom top to bottom b4 her parents came	service	
        Video call across time zones, 6am for me and 10pm for her	time	
        Mended the tear in his net before the morning tide	service	take-a-task
        Gift card for the art supply shop	gifts	
        Brought him pasalubong from Cebu, dried mangoes and otap	gifts	favourite-snack
        Pruned the apple tree since he can't go up ladders anymore	service	take-a-task
        Made her a friendship bracelet at the festival	gifts	
        We did the crossword together over breakfast like every morning since 1971	time	play-a-game
        Tickled her till she gave up the remote lol	touch	
        Did the big shop so she wouldn't have to go to Tesco after work	service	take-a-task
        Hugged her hard when she told me she's 100 days sober	touch	
        Bought a frame for his graduation certificate and wrapped it up	gifts	
        birdwatching at the estuary together	time	
        A new fishing rod under the tree for him	gifts	
        Played Scrabble by candlelight during the power cut	time	play-a-game
        Gave him a proper bear hug when he got his 1 year chip	touch	
        told babe she absolutely smashed her presentation, she was beaming	words	genuine-compliment
        Tuesday. Held his hand walking to the Post Office. Still feels like 1965.	touch	hold-hands-walking
        Morning coffee on the porch, phones left inside	time	morning-coffee-together
        Translated his tenancy letter from the council so he understood every part	service	
        Clipped his toenails since he can't bend down anymore	service	
        Left my lady a voicemail just saying how much I appreciate her	words	voice-note
        Hugged my husband after his first day of retirement felt so wierd	touch	long-hug
        Gave her a piggyback across the wet sand	touch	
        Brought her suya on the way home, still hot	gifts	favourite-snack
        Took over all the cooking for a month while she studied for finals	service	take-a-task
        Got babe a £3 meal deal and her fave crisps after her shift	gifts	favourite-snack
        Kissed her hand at the bus stop, she giggled like a girl	touch	
        bkfst in bed	service	
        Brought back Turkish delight from the conference in Istanbul	gifts	favourite-snack
        Renewed her parking permit online	service	take-a-task
        bought her the fancy olive oil she'd never buy herself	gifts	
        Told them their zine was the best thing at the whole fair	words	genuine-compliment
        Slow danced at Sam's wedding	touch	
        Mahal kita note on the fridge	words	
        complimented her haircut x3 lol	words	genuine-compliment
        filled out her uni financial aid forms while she was at work	service	take-a-task
        Gave her a head massage because of the migraine	touch	
        Went to the owambe together and danced all night	time	
        Held the mister's hand on the bus to the day centre	touch	
        Read the same book and talked about it over dinner	time	
        Set up the flashing doorbell alert so she sees when someone's at the door	service	
        Told my lady she is my answered prayer, she smiled so big	words	
        Texted her a photo of the sunset from the boat so she could share it with me	time	share-your-view
        Left a note on the fridge: Congratulations on the promotion Mrs Adeyemi, so proud!	words	proud-of-you
        Cuddled in bed with the fan on, too hot for the duvet	touch	
        Cut up his dinner for him because his hands were bad today	service	
        Wrapped up a new sketchbook and fancy pens for him	gifts	
        Made poha and chai for him before office, he was getting late	service	make-their-tea
        Told him he's an amazing dad at 3am while he was doing the bottle	words	genuine-compliment
        Had a movie night on the floor of the flat while the housemates were out	time	
        foot rub 🦶 after her 12hr	touch	foot-rub
        mucked out the stables so she could have a lie-in	service	let-them-sleep-in
        Sat and watched the birds at the feeder with him for an hour	time	
        Dropped her at her meeting and picked her up after, 30 min each way	service	
        Easter Sunday long lunch, just the two of us	time	
        Picked up a sunflower for her on my way back from the allotment	gifts	pick-a-flower
        Gave him a wee cuddle, he'd had a pure mare of a day	touch	long-hug
        back rub after his shift on the warehouse floor	touch	shoulder-rub
        Wrote out his meds schedule and filled up his pill box for the week	service	take-a-task
        Kiss on the cheek while he was coding	touch	
        Thanked her properly for covering the night feed, not just a sleepy mumble	words	thanks-for-chore
        Sorted out the garage so he can finally get the car in	service	take-a-task
        Had coffee together before his 6am shift, only 20 mins but worth it	time	morning-coffee-together
        Cleared the gutters before the storm hit	service	
        Took the recycling down and scrubbed the bin cos babe hates the smell	service	take-a-task
        Slow danced in the kitchen to our wedding song	touch	
        Rang the landlord about the mould for her	service	take-a-task
        Listened to her talk about her mum for an hour, just listened	time	
        played mario kart in halls till 3	time	play-a-game
        cleaned his brushes after his late studio session	service	take-a-task
        Went to the Hanukkah party together and played dreidel	time	
        Tuesday. Made him soup. He had the flu.	service	
        had a proper chinwag over a cuppa, no telly	time	
        Sent a surprise Deliveroo to her warehouse break room	gifts	
        Had a picnic in the park since we're skint	time	
        Left the last slice of cake for him	gifts	save-last-slice
        Massaged his lower back with the heat rub on a bad pain day	touch	
        Held her hand all through the church service	touch	
        praised her patience with our 15 yr old, she really needed to hear it	words	genuine-compliment
        did the school run so she could prep for Ofsted	service	take-a-task
        Gave my husband a hug at the door and held on a bit longer	touch	long-hug
        Called the airline about our lost luggage on the honeymoon	service	
        Scooped out all the pumpkin guts so she only had to do the fun carving part	service	take-a-task
        Made a budget spreadsheet so she could stop stressing about money	service	take-a-task
        Waited in for the gas man so she could go to work	service	take-a-task
        Rubbed her belly when she had cramps	touch	
        kisses x100	touch	
        Went to a free concert in the park	time	
        We had our weekly no-kids walk around the block	time	short-walk
        Took the bins out even tho it was her week	service	take-a-task
        Gave my lady a big squeeze before she left for work	touch	
        Whittled him a little wooden dog that looks like the puppy to take on deployment	gifts	
        Sat close on the bench, knees touching	touch	
        Told her she's a ripper of a wife, fair dinkum	words	genuine-compliment
        Picked a handful of sweet peas from the garden and put them in a jar by her bed	gifts	pick-a-flower
        Watched her favourite C-drama with her even though I can't follow the plot	time	watch-their-show
        Let him explain the offside rule again and actually paid attention	time	
        Spent the first day of the summer holidays together doing absolutely nothing	time	
        Held her while she cried after the phone call from home	touch	long-hug
        Flowers from the garden centre for no reason at all	gifts	pick-a-flower
        wrote "love you" in the frost on her windscreen	words	
        changed the bedsheets and made the bed w the good pillows	service	make-the-bed
        chocolate on her pillow	gifts	favourite-snack
        Went to the garden centre together and had cake in the cafe	time	
        buy her peonies	gifts	pick-a-flower
        Kept Wednesday date night even in report-writing week	time	
        Told him his goal celebration in the sunday league was iconic	words	genuine-compliment
        Let him teach me sueca, his family's card game	time	play-a-game
        Brought her a coffee and a croissant to her desk	gifts	their-usual-order
        Gave him a jar of honey from my dad's hives	gifts	
        Brought her a punnet of strawberries straight from the polytunnel	gifts	favourite-snack
        HE SAID MY NOVEL DRAFT MADE HIM CRY!!! best feedback ever	words	genuine-compliment
        Brushed her hair slowly before bed, she loves it	touch	play-with-hair
        Listened to his war story again, like it was the first time	time	
        Massaged his temples after his shift at the distribution centre	touch	
        hoovered the car after the camping trip, sand everywhere	service	
        Had a long phone call with my husband on base after the kids were asleep	time	
        Picnic in the park, first warm day of summer	time	
        Made a photo book of our year for his birthday	gifts	
        Cooked jollof and stew for the whole week so she could focus on her exams	service	take-a-task
        told my bf he's handling the housemate situation like a champ	words	genuine-compliment
        Gave him a foot rub with peppermint lotion after his long day on site	touch	foot-rub
        Told him I was proud of how he handled our son's curfew argument	words	proud-of-you
        Hugged him from behind while he was doing the dishes	touch	
        Oiled the squeaky garden gate he'd been on about for weeks	service	take-a-task
        Baked her a lemon drizzle for her birthday	gifts	
        Wrote a new love note for her jar every morning this month	words	
        Took over the farm accounts this month so he can focus on lambing	service	take-a-task
        Bought him a cactus because he kills every other plant	gifts	
        wrote gm + ily on the whiteboard on her door in halls	words	good-morning-message
        Little teddy from the hospital gift shop when she got admitted	gifts	
        Sterilised all the bottles before bed	service	
        Picked up a packet of Tim Tams for her cos they were on special	gifts	favourite-snack
        Told her she's still a mum, even though we lost our baby at 10 weeks	words	
        Wrote a long message inside his birthday card about everything he means to me	words	
        I'm knitting him a scarf for when the snow comes	gifts	
        Went for a dip at the beach together in the heatwave	time	
        Scraped the ice off her windscreen before work because it was -5	service	take-a-task
        Brought her back a mango lassi from the Indian shop	gifts	their-usual-order
        Brought her back plantain chips from the market	gifts	favourite-snack
        Cabin weekend for our first anniversary, no wifi	time	
        Cuddled on the sofa under the duvet, it was baltic	touch	couch-cuddle
        Kissed him at the stove while he stirred the stew	touch	
        Gave her a hug through all the layers of PPE	touch	
        Bragged about my husband's veg patch to the neighbours while he was in earshot	words	brag-about-them
        Picked up her prescription from the pharmacy	service	run-an-errand
        Bought bae concert tickets for his birthday	gifts	
        Wrote out the shopping list for hubby and stuck it in his wallet	service	
        Walked the fences together at dusk	time	short-walk
        Wrote him a list of 20 reasons I love him because he'd had a rubbish week	words	why-i-love-you
        Rubbed suncream into her back at the beach	touch	
        Put my phone away and properly listened to her day	time	phone-down
        Spooned all night in the tiny halls bed	touch	
        Audio-described the film for her while we watched it together	time	
        Took the puppy to the beach together	time	
        Bought us matching mugs for the new flat	gifts	
        Took his car through the car wash and hoovered the inside	service	take-a-task
        Got her a heat pack shaped like a sloth for her cramps	gifts	
        Kissed him on the cheek in front of the teenagers just to embarrass them	touch	
        Changed the hall lightbulb she's been moaning about	service	take-a-task
        Gave her my grandmother's ring on our 50th	gifts	
        Kissed his scar from the bypass	touch	
        Bought her an ice cream on the way back from the shops, it was roasting	gifts	favourite-snack
        Took her out for dim sum on Sunday	time	
        Fell asleep with my feet tucked against his legs	touch	
        Holding her hand during take-off cos she hates flying	touch	
        told him I believe in his band, even if the gig was empty	words	
        Squeezed into the hospital bed next to her and held her	touch	long-hug
        Told him I'm proud he finished the marathon, even in 5 hours	words	proud-of-you
        Made pizza together from scratch, flour everywhere	time	
        Stayed up talking about baby names until the birds started	time	
        pick up her dry cleaning	service	run-an-errand
        Gave her a massage with lavender oil Sunday night	touch	
        Watched his footy match from the sideline in the freezing rain	time	
        Rubbed her feet after her 12 hour shift	touch	foot-rub
        Thanked him for being so patient with my English when I'm tired	words	say-thank-you-out-loud
        Left a voice note saying I miss him, he's out on the boat till Thursday	words	voice-note
        Bought my lady a new saree for Diwali	gifts	
        fixed the wifi in her halls room	service	take-a-task
        Sent her a "thinking of you today" text on the anniversary of her mum passing	words	
        Sunday night: wrote her a list of ten things I love about her for the week ahead	words	why-i-love-you
        SHE MOWED THE WHOLE LAWN WHILE I WAS AT THE MATCH!!	service	
        Bought her a rose from the petrol station. Cheesy but she loved it	gifts	pick-a-flower
        Burned him a CD of our road trip songs	gifts	
        Left a Kinder Bueno in his locker at work	gifts	favourite-snack
        Gave him a hug in the cold store on break lol	touch	
        Kissed her forehead on my way out the door	touch	goodbye-kiss
        pasalubong for her from Manila, the good dried mangoes	gifts	favourite-snack
        encouraging txts all morning before her nursing exam	words	
        Sat so close on the bus our knees touched the whole way	touch	
        Sat on the couch with my feet in his lap	touch	couch-cuddle
        Looked through old photos together on a rainy afternoon	time	
        Stroked his hair while he had a migraine	touch	play-with-hair
        picked up her fav pastéis de nata on the way home	gifts	favourite-snack
        Had flowers delivered to the nurses' station for her	gifts	pick-a-flower
        Sunday meal prep for both of us	service	
        Watched the sunset from the back of the ute with a thermos of tea	time	
        remind him he's not a burden	words	
        Bought her a little memorial candle for our baby's due date	gifts	
        He gave me a necklace engraved with our wedding date	gifts	
        Sat through the whole football match with him even though I don't get offside	time	
        did her laundry in halls cos she had a deadline	service	take-a-task
        Brought the washing in before the rain	service	
        Kissed her hello before I even took my coat off	touch	
        Drove the long way home just to keep talking	time	
        Hanukkah card with a heartfelt message about our first year in the flat	words	
        Warmed her cold hands in mine at the bonfire	touch	
        Wandered round the Christmas market together	time	
        wrote him a little poem for his birthday	words	
        Said "I'm sorry, I was wrong" and didnt add a but	words	repair-attempt
        💬 proud of u	words	proud-of-you
        Put aloe on her sunburnt shoulders because she couldn't reach	service	
        Pressed a flower from Ana's wedding bouquet and framed it for her	gifts	pick-a-flower
        Messaged him on the ship: the house is too quiet without you, love you	words	
        Finished the bathroom grouting he'd started	service	take-a-task
        Cuddled up on the porch under one blanket watching the rain	touch	
        Defrosted the freezer, it was a glacier	service	
        Held hands during the whole film	touch	
        Told pookie his shower singing is actually good (it is not)	words	genuine-compliment
        We're doing the crossword together in bed	time	play-a-game
        Defrosted the freezer for her, took all afternoon	service	take-a-task
        Kissed him under the mistletoe	touch	
        TOLD HIM WELL DONE LIKE 50 TIMES AFTER HIS FINALS!!	words	celebrate-small-win
        Told her she's so ganda today kahit no makeup	words	genuine-compliment
        Karaoke night, just us, terrible singing	time	
        Took a watercolour class together	time	try-something-new
        Reassured her the biopsy results will be ok and we'll face whatever it is together	words	
        Held her hand under the table at her parents', first time meeting them	touch	
        Sewed the button back on his work shirt	service	take-a-task
        Emptied the dishwasher (yes, again)	service	handle-the-dishes
        Walked the puppy at 5am so my lady could have a lie in	service	let-them-sleep-in
        Put his cold hands under my jumper to warm them up	touch	
        Lying on the grass with our legs all tangled up	touch	
        Gritted the steps so hun wouldn't slip on the ice	service	
        She said I'm the best thing that ever happened to her. Still glowing.	words	
        Sent wifey a voice note saying happy anniversary sweetheart, wish I was home	words	voice-note
        Got him an engraved keyring for his 1 year sober	gifts	
        fixed her flaky CI pipeline so she could log off on time	service	take-a-task
        Left a Kinder Bueno on his pillow	gifts	favourite-snack
        Lay with my head on her chest listening to her heartbeat	touch	
        complemented his lesson plan, it was honestly brilliant	words	genuine-compliment
        Renewed his car tax online, he always forgets	service	take-a-task
        Kissed her forehead while she studied at the kitchen table	touch	
        Brought her a sausage roll from Greggs just because	gifts	favourite-snack
        Halloween scary movie marathon together	time	
        Went to the gallery opening with her and actually looked at every piece	time	
        We each said three things we love about the other before lights out	words	why-i-love-you
        Bought a mini Christmas tree for her halls room	gifts	
        Tickled her until she begged for mercy	touch	
        Got her a Halloween bucket full of her favourite candy	gifts	favourite-snack
        Ordered her favourite perfume to be delivered to the house while I'm at sea	gifts	
        Went for a Sunday arvo drive down the coast, just us and the radio	time	
        Bought him a set of allen keys for all his DIY	gifts	
        Bought her a lucky keyring before her driving test	gifts	
        Booked his GP appointment so he'd stop putting it off	service	take-a-task
        Sat on hold with the insurance company for an hour for her	service	take-a-task
        Oiled her hair and massaged her scalp like my mum used to	touch	
        Did her share of the flat cleaning rota this week cos she's got deadlines	service	take-a-task
        Sent a care package to his base with Tim Tams and Vegemite	gifts	send-a-care-package
        Told him his Mandarin tones are getting really good, my mum noticed too	words	genuine-compliment
        Told her the harvest wouldn't have happened without her	words	notice-hard-work
        dishes x2	service	handle-the-dishes
        Framed a print of the first stadium we ever went to together	gifts	
        Unpacked his kit bag and washed everything the day he got home from deployment	service	take-a-task
        Danced with her in the kitchen	touch	
        Held hands under the desk in the lecture hall	touch	
        Gave him a massage for his sore back from hauling nets	touch	shoulder-rub
        Mowed the lawn in 35 degree heat so she wouldn't have to	service	take-a-task
        Read her a poem I wrote at our 40th anniversary do, she cried happy tears	words	
        ordered him the Wingspan expansion	gifts	
        gave him a pep talk before parents' evening	words	
        Told him I'm not going anywhere, scar and all	words	
        Left a braille note in his lunchbox that says "you're my favourite person"	words	note-in-bag
        cuddled up in one sleeping bag when the tent got cold	touch	
        Rubbed her bump and her lower back	touch	
        Took him to the cemetery on his dad's anniversary and stayed as long as he needed	time	
        Descaled the kettle because she hates limescale	service	
        Found a heart shaped stone on the beach and gave it to him	gifts	
        Cleared out his mum's wardrobe so he didn't have to face it	service	take-a-task
        kept telling her "you're doing amazing" all through the flare-up	words	genuine-compliment
        Suprised hubby with the torque wrench he's been eyeing up	gifts	
        Camping under the stars, no signal, just us	time	
        Proofread her grant application at midnight	service	
        Bought her a succulent for her desk at uni	gifts	
        Kissed wifey good morning before she even opened her eyes	touch	
        He brought me a kente cloth from Kumasi	gifts	
        Cuddle in bed before the alarm, five more minutes	touch	
        hid an Easter egg in her handbag	gifts	favourite-snack
        Warmed her side of the bed before she got in	service	
        Ran her a hot bath after her shift	service	
        Stroked her hand in the waiting room	touch	
        Rubbed after-sun into his shoulders, slowly, just because	touch	shoulder-rub
        Signed "I love you" to her across the crowded pub	words	
        Pair-programmed on his side project Sunday afternoon	time	
        Told him his stew tasted like my abuela's, the highest compliment I have	words	genuine-compliment
        Eid gift for her: the oud perfume she loves	gifts	
        Warmed her cold feet on my legs in bed	touch	
        Weekend road trip up to Skye	time	
        kept telling her the move is gonna be worth it, every time a box broke	words	
        Carried her bags up three flights of stairs	service	
        Long hug in the car park before her first day teaching	touch	long-hug
        Wrote "Jesus loves you and so do I" on the napkin in her lunch bag	words	note-in-bag
        did the big shop, she's been on her feet all day	service	take-a-task
        encourage her to send the manuscript to agents	words	
        Put the tent up on my own so she could rest her knee	service	take-a-task
        I'm making her lunch for tomorrow's 12hr shift	service	pack-their-lunch
        Watched his five-a-side from the sideline in the rain	time	
        SHE JUMPED INTO MY ARMS AT ARRIVALS!!	touch	welcome-home-hug
        Wrote a letter for his deployment bag, to open on a bad day	words	note-in-bag
        Took a free tour of the museum together, skint but happy	time	
        Snuggled up with the puppy squashed between us	touch	
        Told him his pull request was the cleanest code I'd seen all sprint	words	genuine-compliment
        Binge-watched Bake Off together with a brew	time	watch-their-show
        listen to his new song properly, no phone	time	phone-down
        Held her while she cried on what would've been our due date	touch	long-hug
        Got hun a new thermal mug for his freezing early starts	gifts	
        Brought home mooncakes for Mid-Autumn Festival	gifts	favourite-snack
        posted a shoutout to her on insta for her promotion	words	brag-about-them
        Spent the whole Sunday in pyjamas watching films together	time	
        Tuesday. Said thank you for the tea. Meant it.	words	say-thank-you-out-loud
        paper anniversary: an origami bouquet I folded myself	gifts	
        Took the car in for its MOT	service	
        Held hands the whole way round the fair	touch	hold-hands-walking
        Hanukkah night 3: socks with little dreidels on them	gifts	
        Polished the menorah and set out the candles before her family came over	service	
        "your designs are genius" scribbled in his sketchbook	words	genuine-compliment
        Fell asleep on his shoulder on the train home	touch	
        Said "good job babe" after his first ever shift on the forklift	words	celebrate-small-win
        I'm listening to her vent about the new ward manager without giving any advice	time	
        Told him his sourdough was better than the bakery's and he did a little dance	words	genuine-compliment
        Found a vintage Matchbox Mini for his collection at the car boot	gifts	
        Walk the dog tonight so she doesn't have to	service	take-a-task
        Kiss at midnight on New Year's Eve	touch	
        I'm ironing her scrubs	service	take-a-task
        Telt her she's a wee cracker and I'm lucky tae have her	words	genuine-compliment
        Held her hand in the car on the way to the memorial	touch	
        Brought back a stick of rock from Blackpool for her	gifts	favourite-snack
        wrote "best wife ever" in the dust on the tractor door	words	
        Took him to karaoke for his birthday and sang every duet with him	time	
        Linked arms walking through the snow	touch	hold-hands-walking
        Gave him the shell I've kept since our first holiday	gifts	
        he's cleaning the whole kitchen after my shift and I didn't even ask	service	handle-the-dishes
        Hugged him on the doorstep while the first snow came down	touch	
        I'm bragging about his sourdough to every customer at the farmers market	words	brag-about-them
        Thanked her for pumping at 2am so I could sleep	words	thanks-for-chore
        Bought my wife a gold chain for our anniversary, saved up for months	gifts	
        hand on her knee the whole drive	touch	
        hugged him for ages when he got back off the boat	touch	long-hug
        left a sticky note on her monitor: "you've got this standup"	words	
        Picked him up from the depot after his late shift at 2am	service	
        Sat up with her and talked about the baby we lost, for the first time	time	
        Brought him back a Toblerone from duty free on my way home from the rig	gifts	favourite-snack
        Bought the plant she kept staring at in the shop	gifts	
        She rested her head on my chest all through the film	touch	
        Went fishing together at dawn, barely spoke, perfect	time	
        Set up the screen reader shortcuts on her new laptop	service	take-a-task
        bragged about her to my mum on the phone, on speaker so she could hear	words	brag-about-them
        Cooked adobo for him after his long warehouse shift	service	cook-their-favourite
        Told Margaret she still looks lovely in that blue cardigan, 52 years on	words	genuine-compliment
        Let him sleep in and did the morning milking myself	service	let-them-sleep-in
        Told hubby he is very hardworking and we are all proud of him only	words	notice-hard-work
        Gave him champi with coconut oil on Sunday morning	touch	
        Made his packed lunch for the long commute, coffee in the flask too	service	pack-their-lunch
        Bought him the team's new home shirt	gifts	
        told my husband I forgive him and I meant it	words	
        told her she's pure dead brilliant wi a drill after she hung the shelves	words	genuine-compliment
        Went to his school's Christmas concert	time	
        Told Ama her new braids are beautiful, she was blushing	words	genuine-compliment
        Bought a charm for her bracelet from the gift shop in Mombasa port	gifts	
        Sewed the button back on his work trousers	service	take-a-task
        Whatsapped him "I'm so proud of you my dear, God is with you" before his interview	words	proud-of-you
        Asked her about her day and actually asked follow up questions	time	ask-about-their-day
        Carried her boxes up four flights on move-in day	service	take-a-task
        "ur gonna smash the viva" txt	words	
        did the 3am feed so she could sleep thru	service	let-them-sleep-in
        complimented his new haircut even tho the housemates took the mickey	words	genuine-compliment
        Learnt to play chess so I could play with him	time	play-a-game
        Bought him a 2 quid scratch card, he won a fiver lol	gifts	
        Brought home a fridge magnet from Aberdeen heliport, she collects them lol	gifts	
        Recorded a voice message telling him how much I admire his patience with the kids	words	voice-note
        Rubbed her back while she had morning sickness	touch	
        Played cards with him after dinner, he won as usual	time	play-a-game
        baked a birthday cake with his name piped on top	gifts	
        Booked all the kids' dentist appointments so he didn't have to	service	take-a-task
        Held his arm all the way round the market, he said it felt like our first dates	touch	hold-hands-walking
        Hoovered the stairs, she's been in agony with her back	service	take-a-task
        FaceTimed her the night before her exam and went through flashcards together	time	
        Printed and framed his best photo from the camping trip as a surprise	gifts	
        Brushed and plaited her hair for the wedding	touch	
        Gave her a cuddle the minute she got home from the office	touch	welcome-home-hug
        Read his post out to him and sorted the bills into paid and unpaid	service	take-a-task
        Chased up all the wedding RSVPs for us	service	
        Tapped her shoulder to get her attention and then just hugged her	touch	
        Let her show me all 200 photos from her trip and asked about every one	time	
        Took her on a Jollibee date, just us two	time	
        posted a soppy caption about him on insta for his birthday	words	brag-about-them
        Stroked his back until he fell asleep, he's grieving his brother	touch	
        We worked on the old Mini together in the garage all Saturday	time	
        took his shirts to the dry cleaners	service	run-an-errand
        Thanked him for 48 years of bringing me my morning cuppa	words	say-thank-you-out-loud
        Pumpkin spice latte waiting on her desk when she got to school	gifts	their-usual-order
        Took the teenagers to football so she could have a quiet Saturday	service	take-a-task
        Brought her back a fridge magnet from every stop on the tour	gifts	
        he said the puppy is lucky to have me as a mum lol	words	genuine-compliment
        Taught him some Tagalog over coffee	time	
        Held her close after the test came back negative again	touch	long-hug
        ironed his shirts for the wedding on Saturday	service	take-a-task
        Massaged her hands, they're raw from the cleaning chemicals	touch	
        Thanked him for being so patient with me on my bad pain days	words	
        Cleared out the loft so he could find his fishing gear	service	take-a-task
        Gave him a packet of the heirloom tomato seeds he wanted	gifts	
        Got her a new rosary from the shrine at Manaoag	gifts	
        Exported all his design assets and renamed the files so he didn't have to	service	take-a-task
        Valentine's: long message about why I'd marry her all over again	words	why-i-love-you
        Told Priya her biryani is better than my mum's (don't tell my mum)	words	genuine-compliment
        Bonfire Night, watched the fireworks from the hill together	time	
        We're doing a jigsaw on the floor of the new flat because we have no furniture yet	time	play-a-game
        Sorted the council tax and car insurance while he's offshore	service	
        Stayed up till midnight on Skype with him on the ship, time zones be damned	time	
        cwtch before bed	touch	
        Brought him a coffee to the ward on my break	gifts	their-usual-order
        we went to Sunday service together then brunch after	time	
        new earrings, just bcos	gifts	
        Cuddle pile on the sofa after Easter lunch	touch	couch-cuddle
        Called the landlord about the boiler so he didn't have to deal with it	service	take-a-task
        Spent the evening looking through our wedding photos together	time	
        Sat by his bed in hospital the whole afternoon	time	
        Asked about her day and really listened	time	ask-about-their-day
        Wifey got me a new Bible cover with my name on it	gifts	
        Told Chidi his jollof is the best in Lagos, no cap	words	genuine-compliment
        Held his hand during the blood test, he hates needles	touch	
        Told my husband I'm proud of him, 2 years sober today	words	proud-of-you
        Made pierogi side by side from her babcia's recipe	time	
        Ran my fingers through his hair while he read	touch	play-with-hair
        Made her a mug in my ceramics class	gifts	
        Drove her to her hospital appointment and waited in the car park for 3 hours	service	
        I'm telling her how proud I am of her first solo gallery show	words	proud-of-you
        Scraped the ice off his windscreen before work, first proper frost of the year	service	take-a-task
        Packed his kit bag for Saturday's match, boots cleaned and all	service	take-a-task
        bring him tea	service	make-their-tea
        Read to her while she was in bed with a flare-up	time	
        Entered all his marks into the spreadsheet while he finished reports	service	take-a-task
        Told my wife she's the best decision I ever made, first anniversary dinner	words	
        Wrote her an apology letter in both Spanish and English	words	repair-attempt
        said "you make this place a home" after we unpacked the last box	words	genuine-compliment
        Board game night, just us two, Catan till 1am	time	play-a-game
        Quietly boxed up the nursery things so he wouldn't have to see them	service	take-a-task
        Hugged him tight at the end of visiting hours	touch	
        Unpacked all the kitchen boxes while he was at work	service	
        Cuddled the mister in the hammock in the heat, sticky but worth it	touch	
        Massaged her hands, the arthritis is bad in the cold	touch	
        Massaged his calves after the half marathon	touch	
        Told her the speech she gave at Jess's wedding was the best one of the day	words	genuine-compliment
        got her a bubble tea on my way back from the library	gifts	their-usual-order
        Put up the new curtain rail in her sewing room	service	
        Typed "you look stunning" on my phone and showed her since she can't lipread in the dark club	words	genuine-compliment
        Telt him he did braw at the hill race	words	genuine-compliment
        Booked us onto the museum's touch tour for blind visitors and went round with him	time	
        Got her a pair of fluffy socks because her feet are always freezing	gifts	
        we FaceTimed while both eating noodles, 8 time zones apart	time	
        cuddles on the sofa	touch	couch-cuddle
        Thank-you note taped to the kettle for doing all the Christmas shopping	words	thanks-for-chore
        Got a takeaway after the teenager's parents' evening, just the two of us	time	
        bear hug when he got the job	touch	
        HOURS ON THE PHONE LAST NIGHT LIKE WE'RE 16 AGAIN!!	time	
        Walked the puppy together round the loch	time	short-walk
        gm ily ur amazing	words	good-morning-message
        Video called from the rig and we ate dinner "together"	time	
        Stayed on the phone for his whole commute so he wasnt bored	time	
        gave him a long hug when he got off the helicopter from the rig	touch	long-hug
        Texted her "you've got this" before her 6am exam	words	
        We planned our retirement road trip at the kitchen table, maps everywhere	time	
        🎁 random tuesday	gifts	
        Half-term day trip to the seaside, just the two of us	time	
        Signed us up for a salsa class	time	try-something-new
        Took him to a jazz night for our anniversary	time	
        Kissed him on his bald spot, he pretends to hate it	touch	
        Packed the car for camping, tetris level expert	service	
        Told the wifey she's a better driver than me. Big of me.	words	genuine-compliment
        Bought her a bunch of daffodils from the corner shop	gifts	pick-a-flower
        "dziękuję kochanie" text after she fixed my bike	words	appreciation-text
        Drove 2 hours to bring her the laptop charger she forgot at home	service	
        lunch date in the hospital canteen between her shifts	time	
        Said "I believe in you" when he doubted going back to uni at 40	words	
        bled the radiators cos the flat was baltic	service	
        Went fishing with hubby even though I hate fishing	time	
        Surprised her with a Kindle loaded with all her favourite books	gifts	
        Gave him a cheeky bum pat in the kitchen	touch	
        Bought him a vibrating alarm clock that shakes the pillow	gifts	
        Made a scrapbook of our first year in the flat	gifts	
        said sorry for snapping at him after my double shift	words	repair-attempt
        Went to an open AA meeting with him	time	
        wrote "proud of you" on a sticky note on his laptop before his night class exam	words	proud-of-you
        Made her a birthday card out of the kids' drawings	gifts	
        Setting up his new monitor and doing the cable management right now	service	take-a-task
        Spent his day off at the allotment together	time	
        Kissed him goodbye at the gate before his deployment	touch	goodbye-kiss
        Cooked Christmas dinner solo so she could put her feet up	service	take-a-task
        Kept her company while she studied, just reading beside her	time	sit-near-them
        Took her for a long drive to Marine Drive and had cutting chai together	time	
        Changed the nappy even though it was technically my turn to sleep	service	take-a-task
        Said a prayer of thanks for her out loud at dinner	words	
        Said good morning beautiful even though it was 40 degrees and we were both melting	words	genuine-compliment
        Told the mister his shed shelves are a proper job, well done him	words	genuine-compliment
        Cooked egusi soup from his mum's recipe cos he was homesick	service	cook-their-favourite
        Did a jigsaw together while it snowed outside	time	play-a-game
        Surprise pizza waiting for after his exam	gifts	
        Went to her gig and sat in the front row	time	
        Bought him new work boots, his were letting water in	gifts	
        Said "I'm so lucky" out loud during the fireworks on Bonfire Night	words	
        Gave her the last Rolo. Huge sacrifice.	gifts	save-last-slice
        long abrazo when she got home, no words needed	touch	long-hug
        long walk on sunday, no phones	time	short-walk
        We prayed the rosary together	time	
        Told him he's a good son at his dad's funeral, because he felt he'd let him down	words	genuine-compliment
        fixed the wobbly kitchen chair that's annoyed him for months	service	take-a-task
        Left a Mars bar in his car for the long drive home	gifts	favourite-snack
        She's teaching me to sign properly, an hour every evening	time	
        Told him he's a brilliant grandad while we washed up	words	genuine-compliment
        He brought me wildflowers from the top field	gifts	pick-a-flower
        Surprised him with a waterproof phone case for the ship	gifts	
        Got up early to have breakfast with him before his 2 hour commute	time	morning-coffee-together
        We fell asleep holding hands like we always do	touch	
        Watched the match together at the pub, both in our shirts	time	
        Texted hubby on the rig that I'm counting down the days and I love him heaps	words	
        Got him a bottle of Irn Bru and some tablet from the corner shop	gifts	favourite-snack
        Praised how calmly she handled the difficult calving last night	words	genuine-compliment
        Bought him a talking watch	gifts	
        Kept the best crab from the catch for her	gifts	save-last-slice
        Hosed out the fish van so he could go straight home	service	take-a-task
        Holding hands during the fireworks	touch	
        Stargazing on the roof of halls	time	
        Texted him "you were right" (hardest three words I've ever typed)	words	
        Bought her a little silver bracelet with our baby's initial on it	gifts	
        Slow dance in the living room to our wedding song	touch	
        Played chess on the balcony with mint tea after Maghrib	time	play-a-game
        Took the bins out on base so she didn't have to go out in the rain	service	take-a-task
        Held her hand the whole time the cannula went in	touch	
        Kissed her goodbye at the station	touch	goodbye-kiss
        Told him it wasn't his fault, after the miscarriage. Kept saying it till he beleived me	words	
        Big hug from the mrs when I got in from the 3 hour commute	touch	welcome-home-hug
        Hugged her from behind while she was painting	touch	
        Sent him a postcard from Lisbon even though I'll be home before it arrives	gifts	handwritten-letter
        Brought home a bottle of alcohol-free fizz to toast her 6 months	gifts	
        tell her she's beautiful when she's just woken up	words	genuine-compliment
        Made her a jar of homemade marmalade with a ribbon on top	gifts	
        phones away dinner, actually talked for 2 hrs	time	phone-down
        Bought a fancy tin of tea for his late-night marking sessions	gifts	
        Handled all the funeral phone calls so she didn't have to	service	take-a-task
        Wrapped up a new pair of slippers for her, the old ones finally died	gifts	
        Bought the wifey a cheap bunch of carnations, all I could afford this week	gifts	pick-a-flower
        Ironed his uniform for the parade, creases sharp	service	take-a-task
        tell him the mockups look amazing	words	genuine-compliment
        Said sorry to Kwame for snapping at him about the bills	words	repair-attempt
        SURPRISED HIM WITH ARSENAL TICKETS FOR HIS BIRTHDAY!!	gifts	
        complimented her haircut	words	genuine-compliment
        we cooked dinner together for the first time in ages, mostly argued about salt	time	
        we went dancing at the honky tonk Saturday night, two-steppin till they kicked us out 🤠	time	
        Tamika scribbled a tiny thank you on the back of the grocery receipt for me doing the shopping	words	thanks-for-chore
        Kamau replaced the gas cylinder and fixed the gate before travelling upcountry	service	
        Ahmed ironed my shirts for the whole week. Didn't even ask. Hero.	service	take-a-task
        movie night	time	
        I did his expense reports. He did nothing to deserve this. Love is blind.	service	take-a-task
        she rested her head on my shoulder on the bus home from the hospital	touch	
        snuggled in bed with the aircon on full listening to the rain, lepak only	touch	
        he shoveled the whole driveway before i got up love that man ok walking in now	service	
        we're doing a Duolingo streak together, she's learning Hindi for my nani lol	time	
        fixed his bike	service	take-a-task
        went with Ella to her 20 week scan, wouldn't have missed it	time	
        Zeynep proofread my entire 80-page chapter over the weekend, the night before her own deadline. Found 43 typos, two missing citations and a paragraph I'd pasted twice. Didn't say a single mean thing about any of it.	service	take-a-task
        Darnell called me out onto the porch tonight and thanked me, really thanked me, for keeping the house and the kids and the bills running while he's out on the long hauls. Said he doesn't say it enough.	words	thanks-for-chore
        left a voicemail for him at the depot just saying drive safe I love you	words	
        Date night at our old pho place, first one since the baby	time	
        Lindiwe left a wrapped book on my side of the bed, no occasion	gifts	small-book-or-article
        told him hes doing an amazing job with his meds and routines lately, it really shows	words	notice-hard-work
        paddle boarding on the lake, he fell in twice, best day	time	
        Prepared Harold's tablets in the weekly organiser, as I do each Sunday, so that he needn't fuss.	service	take-a-task
        "you make everything easier" – Hamza, unprompted, while we were doing the dishes	words	genuine-compliment
        bought her the fancy oat milk	gifts	
        he told me me chips were better than the chippy's. lies but lovely lies, bless him	words	genuine-compliment
        picked wildflowers on the walk home for her, mostly weeds tbh	gifts	pick-a-flower
        Lah, he said I so clever for fixing the wifi myself, very sweet one	words	genuine-compliment
        found a first edition of his favourite Le Guin in a secondhand shop in Hay-on-Wye	gifts	small-book-or-article
        cheered him on	words	
        Held his hand in the waiting room at the oncology clinic for an hour and a half. Didn't let go when they called his name either, just walked in with him. Scan was clear. Still holding on tonight.	touch	
        Went to Carnival with Andre and played mas together for the first time	time	
        Dinesh paid all the bills online and set up autopay so I can stop stressing	service	take-a-task
        Scraped the ice off his windscreen before he left for the early shift, it was proper baltic out	service	take-a-task
        at a red light quick one were gonna watch the sunset from the roof tonight just us two	time	
        he sorted all my receipts for taxes while I was on tour, absolute legend	service	take-a-task
        ordered him a new phone case off Amazon since his is held together with tape	gifts	
        After a brutal supervision meeting she sat me down and told me, very seriously, that I am a good scientist and one bad chapter doesn't change that. I actually believed her, which is saying something.	words	genuine-compliment
        surprise flowers 💐	gifts	pick-a-flower
        oh wow he said I was "not completely useless" at parallel parking today, romance is alive 🙄😂	words	
        encouraged her to submit the poem to the magazine, told her it's the best thing she's written	words	genuine-compliment
        held hands walking through the night market in Penang	touch	hold-hands-walking
        We held each other for ages on the stairs after the phone call about her dad. Neither of us said anything, there wasn't anything to say. Just arms and breathing and the kettle going cold downstairs.	touch	long-hug
        breakfast date at Waffle House lol classy	time	
        Bought Yusuf a travel prayer mat for his truck cab so he can pray properly on the road	gifts	
        he said im the best thing that ever happened to him. sober. at 3pm. on a monday	words	
        we had a proper catch up over a Sunday roast at Spoons. Romance.	time	
        hes currently in the garden fixing the fence panel that blew down so i dont have to call anyone	service	take-a-task
        he kissed my shoulder while I was washing up. small thing. loved it	touch	
        My wife and I took the train to Bath for the day to mark our anniversary. We took tea at the Pump Room and walked a great deal.	time	
        He packed my bag for the conference because he knows I'd forget my charger. Again.	service	take-a-task
        Did the school run so she could sleep in after her night shift	service	let-them-sleep-in
        late night walk to the 7-Eleven, talked about everyting	time	short-walk
        kissed under the mistletoe at his mum's Christmas do, in front of everyone lol	touch	
        slow morning cuddles before her early flight	touch	
        My dear wife presented me with a new pair of leather gloves, the old pair having quite perished.	gifts	
        hubby posted on FB about how proud he is of my promotion, now all the aunties are commenting 😅	words	brag-about-them
        made his lunch	service	pack-their-lunch
        cleaned the bathroom top to bottom cause he's had a rough week	service	take-a-task
        she told her sister I'm "annoyingly perfect" which I'm choosing to take as a compliment	words	brag-about-them
        wrote "you are enough" on a post-it on his monitor before his stand up	words	
        coffee on the back step before he heads out on a 10 day haul. our little ritual	time	morning-coffee-together
        we sat on the porch swing till the fireflies came out	time	
        Made her a playlist of songs from the summer we met and actually burned it to a CD for her old car because it doesn't have bluetooth. She played it the whole way to her sister's and sang every word.	gifts	
        Rishi assembled the IKEA wardrobe alone and didn't swear once (that I heard)	service	
        Went with Nadia to her cousin's mehndi and actually stayed the whole time and danced 💃	time	
        Brought him back a chai mug from Jaipur with "HERO" written on it in a terrible font	gifts	
        he came up behind me at the stove and kissed my neck, nearly burnt the onions	touch	
        drove out to the lake and fished all afternoon, didn't catch anything, didn't matter	time	
        she called the airline and rebooked my flight while I was still stuck in the meeting	service	take-a-task
        Hand squeeze under the table during dinner with his parents. We survived.	touch	hand-squeeze
        he said "I married up" to the neighbour. Correct.	words	brag-about-them
        Held Priyanka's hand through the whole of the scary movie. She says it was for me. It was for me.	touch	
        Got Nikhil a fountain pen for finishing his thesis draft, he's been writing with a chewed bic for 3 years	gifts	
        Got my wife a new pair of compression socks for her shifts. Sexy? No. Appreciated? Yes.	gifts	
        she made me a friendship bracelet like we're 12 and I'm wearing it on stage tonight	gifts	
        Hubs did the kids' dinner and homework so I could finish my grading. MVP.	service	take-a-task
        Gave him a long back rub after he got home from 3 weeks on the road, his shoulders were like concrete	touch	shoulder-rub
        gave my hubby a pep talk in the car before his driving test 💪 #marriagegoals	words	
        he set up reminders on my phone for all my meds bc I kept forgetting, didn't make me feel bad about it once	service	
        long talk	time	
        he played with my hair till I fell asleep 🥹	touch	play-with-hair
        He listened to my entire rant about Reviewer 2 for nearly an hour over dinner, phone face down, asking actual follow-up questions like it was the most interesting thing in the world. It was not.	time	phone-down
        kissed him goodbye at the depot even tho his mates were watching, he went red	touch	goodbye-kiss
        Karaoke night just the two of us. She did Whitney. I did not survive.	time	
        Priya texted me "you've got this" ten minutes before my viva. Cried a bit in the loo.	words	
        surprise Diwali present from Neha, silver jhumkas 😍 #happydiwali	gifts	
        she re-strung my spare guitar backstage while I was doing soundcheck	service	take-a-task
        good job love	words	
        made chai for Ravi at 2am while he finished marking exam papers	service	make-their-tea
        Took over all the night feeds tonight so Amara can finally get a solid six hours. Bottles prepped, monitor on my side, earplugs on her pillow. Me and the little one watched infomercials at 3am. Worth it.	service	let-them-sleep-in
        My husband commended my handling of the church accounts to the entire vestry committee this evening. I was quite touched.	words	brag-about-them
        Called him for an hour while he was parked up in Flagstaff, just talking about nothing	time	
        he fixed the formatting on my CV at midnight while I cried about the job market	service	take-a-task
        cleaned out the car for him before his long drive to Nashville	service	take-a-task
        My fiancé surprised me with a charm for my bracelet, a tiny little music note	gifts	
        massaged her shoulders after the 10 hour drive back from Galveston	touch	shoulder-rub
        gardening together this morning, he did the weeding I did the talking	time	
        Wanjiru cooked githeri for me because I said I was missing home	service	cook-their-favourite
        surprise parcel on the doorstep, she'd ordered me those hiking boots I kept bookmarking	gifts	
        gave Efua a kiss on the cheek before she went into the exam hall	touch	
        bought Dev those fuzzy slippers he pretends he doesn't want	gifts	
        My husband of fifty-one years remarked at supper that I remain the finest conversationalist he has ever known.	words	genuine-compliment
        Went to see the Christmas lights at Kew with Hannah, freezing, hot chocolate, lovely	time	
        Grabbed her a Starbucks pumpkin spice on the way home because it's officially fall	gifts	their-usual-order
        Hiked up Bukit Tabur with Farid at sunrise	time	
        bought him noise cancelling headphones so he can actually focus 🎧 best $ I've ever spent	gifts	
        #hugs after a rough day 🫂 he didn't say anything just held on	touch	
        we went for a long walk round the park without our phones	time	short-walk
        Gave Lou a big squeeze at the school gates before her first day of teaching	touch	
        phone free sunday with Diego, bike ride y tacos	time	
        Emptied the dishwaser unasked. Waiting for my medal.	service	handle-the-dishes
        took the bins out even tho it's definitely her week 😤 love is sacrifice	service	take-a-task
        made him a little clay figure of our cat, it looks like a potato, he loves it	gifts	
        he tucked my hair behind my ear and kissed my head at the bus stop 🥺	touch	
        We did a jigsaw. 1000 pieces. Took all day. Perfect.	time	play-a-game
        Kiprop brought me mandazi from the roadside on his way back from Nakuru	gifts	favourite-snack
        she just grabbed me and slow danced in the kitchen to nothing no music nothing comma love her	touch	
        Sunday breakfast together after her run of nights. Pancakes, no rush, nowhere to be	time	
        Cooked dal chawal for her because she's been surviving on Maggi all week lol	service	
        "you handled that patient's family so well" — she said that on the drive home and I really needed it	words	genuine-compliment
        took her to the botanical gardens on her day off from the ward	time	
        washed up	service	
        she knitted me a beanie to wear on the ward, it's lopsided and perfect	gifts	
        cuddle puddle with the dog and Rob, best Sunday	touch	
        helped her move the sofa then moved it back when she changed her mind then moved it again	service	
        we danced a slow one at our friends' wedding, first time dancing since our own	touch	
        bought Sal a proper flask so his tea stays hot on the night drives	gifts	
        FaceTimed from the hotel in Glasgow and we watched the same episode of Bake Off at the same time	time	watch-together-apart
        dropped off his forgotten wallet at the hospital front desk	service	run-an-errand
        Watched the whole Lord of the Rings extended edition with him because he asked nicely	time	watch-their-show
        walked the dog at 5am so he could get some extra sleep before his drive	service	let-them-sleep-in
        farmers market stroll	time	
        told him im so proud of him hes my rick. ROCK. autocorrect smh	words	proud-of-you
        told jake hes the best dad in the world while he was doing bath time and he went all red lol	words	genuine-compliment
        She joined me on my late break at the McDonald's across from A&E, fries and gossip	time	
        Bae complimented my cooking in front of my dad which is a risky move tbh, respect	words	genuine-compliment
        went to the cinema with Jomo and he didn't fall asleep for once	time	
        my boyf bought me a new pair of Crocs for work because mine had a hole. romance	gifts	
        spent his whole day off doing whatever I wanted. whatever I wanted was IKEA. he still came	time	
        got a little box in the mail from Berlin, he sent me Haribo and a tiny Ampelmann keyring from the tour	gifts	send-a-care-package
        Told Marcus tonight how much I admire the way he handled everything around his dad's funeral, the speech, his mum, all of it. He went quiet and said nobody had actually said that to him yet.	words	genuine-compliment
        Left a Cadbury Twirl on his pillow	gifts	favourite-snack
        ate dinner "together" over video, him in a Love's parking lot in Oklahoma, me at our kitchen table	time	
        brought her a bag of those hot cheetos from the gas station she was so happy period	gifts	favourite-snack
        She flew out and joined the tour for a long weekend. Between shows we wandered Lisbon, got lost in Alfama, ate far too many pastéis de nata and talked more than we have in months. Needed that badly.	time	
        booked her dentist appointment since she's been putting it off since March	service	take-a-task
        He took the afternoon off to come to my poster session and stood there the whole two hours	time	
        filled up her tank so she wouldnt have to stop on the way to work	service	fill-their-tank
        texted him after the gig saying that solo in the second set gave me chills, meant every word	words	genuine-compliment
        Brought him back a tub of kaya from Melaka, his favourite one	gifts	favourite-snack
        she gave me a shoutout in her dissertation acknowledgements and I didn't find out till the defense	words	brag-about-them
        picked up doubles for Shanice on the way home, slight pepper the way she likes	gifts	their-usual-order
        Thanked Akash for the hundredth time for moving cities for my postdoc. He said stop thanking me. I won't.	words	
        she found me a vintage Fender strap in a shop in Austin and wrapped it in an old gig poster	gifts	
        Spent Thanksgiving morning watching the parade with him on the couch in our PJs	time	
        grabbed him a Red Bull and a Snickers from the vending machine before his on-call	gifts	favourite-snack
        quality time w the hubby = watching him play Fortnite and asking who everyone is	time	
        She did the scary phone call with the landlord for me because phone calls make my brain melt #adhdlife	service	take-a-task
        y'all he told the waitress I'm the prettiest girl in Lubbock. I'm 58.	words	brag-about-them
        brought her cake	gifts	favourite-snack
        I went with him to his cousin's wedding in Port of Spain, we were liming all night	time	
        he got me a birthday cake from Carvel and put the wrong name on it on purpose lol	gifts	favourite-snack
        Kept the kids out of the house all afternoon so she could work on her thesis in peace	service	take-a-task
        slipped a Kinder Bueno in his scrubs pocket	gifts	favourite-snack
        she held my hand the whole flight because she knows I hate takeoff	touch	
        Grabbed a bunch of roses from the bodega on 3rd for no reason	gifts	pick-a-flower
        hugged him for like a full minute in the kitchen for no reason	touch	long-hug
        He carved me a wooden spoon with our initials on the handle. Turns out he's been sneaking out to the shed for weeks and telling me he was "sorting screws". It's wonky and I'm never cooking with it.	gifts	
        Kissed my wife on the forehead as she read her newspaper. She said "steady on." Fifty-two years.	touch	
        Picked up some pastelitos from the Cuban spot for her, guava y queso, her fave	gifts	favourite-snack
        Marisol left a note in my lunchbox "eres mi persona favorita, eat your veggies"	words	note-in-bag
        Sipho left a voice note saying me and the kids are the reason he keeps driving	words	voice-note
        she rubbed my temples when my migraine kicked in	touch	
        surprised her with Coldplay tickets for her birthday	gifts	
        Gurpreet handled the entire Diwali cleaning while I was stuck doing doubles at the hospital, the house looks amazing	service	take-a-task
        Reginald purchased for me a subscription to The People's Friend, which I had allowed to lapse.	gifts	
        Tavi gave me the biggest bear hug at arrivals, lifted me right off the ground	touch	welcome-home-hug
        he gave me a pebble shaped like a heart he found on the beach at Whitley Bay	gifts	
        He scratched my back for like 20 min during the movie and I didn't even have to ask	touch	
        she ordered me a new mouse because mine double clicks and I kept rage quitting	gifts	
        snuggled with Rafa all morning, rainy day, didn't get up till 11	touch	
        Bought Ryan a rubber duck for his desk so he can debug. He named it Gerald.	gifts	
        kissed her in the rain like a cheesy rom com. it was drizzle but still	touch	
        Papi brought home pan dulce for me, the pink conchas 💗	gifts	favourite-snack
        long hug goodbye	touch	long-hug
        Got home after 14 days running loads out of Laredo and she'd already changed the oil in my pickup. Who is this woman	service	take-a-task
        rubbed lotion into her cracked hands after a week of constant handwashing at work	touch	
        bought him a kite to take to the beach on his day off	gifts	
        My husband and I still hold hands at the pictures. He insists upon it, and I do not object.	touch	
        brought home a bag of her favourite Haldiram's bhujia from the Indian store	gifts	favourite-snack
        Gave her a shoulder rub while she was grading, she nearly purred	touch	shoulder-rub
        he bought me a fidget ring so I stop picking at my nails in meetings	gifts	
        mi novio gave me besitos all over my face when I got home, estaba muy cansada	touch	welcome-home-hug
        Sent flowers to her office on our anniversary, card just said "still you"	gifts	pick-a-flower
        she traced slow circles on my back till my brain finally stopped fidgeting and I actually fell asleep. works better than melatonin honestly and she didn't even complain that I kept rolling around first	touch	
        wee note in his bass case: break a leg, you're the best bassist in the whole of the UK	words	note-in-bag
        hand on my knee the whole drive home	touch	
        grabbed him a double double from Timmies on the way in	gifts	their-usual-order
        Dear diary, Bernard wrote me a sonnet this morning. It did not scan, but it was sincere, and I adore him for it.	words	
        bought my boo the Stanley cup in the colour she wanted, had to go to 3 different Targets	gifts	
        tickle fight that turned into a cuddle, we're 40	touch	
        Hector brought me back a snow globe from Albuquerque. He drives a reefer truck and there's no room in that cab for anything. He made room. It's on the windowsill now catching the morning light.	gifts	
        big hug for my guy when he climbed down off the rig, smelled like diesel, didn't care	touch	welcome-home-hug
        bathed the baby and did bedtime so Laura could have a bath in peace	service	take-a-task
        smooches 💋	touch	
        Took Ruth out for lunch at the garden centre café, as we do each Wednesday. We spoke at length of the grandchildren.	time	
        She laced her fingers in mine walking through the CBD, she never does that in public	touch	hold-hands-walking
        played Mario Kart with her for 3 hours and let her win. ok she won fair and square	time	play-a-game
        I held Zara while she shook after the panic attack, just held her till it passed	touch	
        wrote Leila an Eid card telling her she makes every single year better 🌙💕	words	
        rubbed his lower back where the truck seat kills him	touch	
        he turned his phone off for the whole dinner, didn't check email once, big deal for a phd student	time	phone-down
        complement about my eyes at brekfast, coffee nearly came out my nose	words	genuine-compliment
        took a chai break on the balcony together, no kids, 20 whole minutes 😌	time	
        My husband told the pastor I have a voice like Mahalia Jackson. I do not. Bless his heart.	words	brag-about-them
        "you're so beautiful when you're concentrating" she said while I was doing my taxes. weird but cute	words	genuine-compliment
        Deon sent a voice note from somewhere outside Amarillo just saying he misses my laugh	words	voice-note
        he sat with me while I cleared my whole inbox so I wouldn't spiral, just reading next to me. body doubling is love	time	sit-near-them
        she let me put my cold feet on her. true love	touch	
        we drove up to Maracas and just sat on the beach eating bake and shark till sunset	time	
        we sat holding hands on the bench at the cemetery after visiting her mum	touch	
        walk along the quayside after wor tea, proper canny night for it pet	time	short-walk
        My husband came to pick me up after a shift where we lost a patient and hugged me right there in the hospital car park for a long time. Didn't ask anything. Didn't care who saw us.	touch	long-hug
        Wrote on Kofi's whiteboard "you WILL finish that grant, you brilliant man" before he got up	words	
        fell asleep with my head in her lap during EastEnders	touch	
        drove 40 mins to bring him the laptop charger he left at home	service	run-an-errand
        Came home from a rough shift on the ambulance, two bad calls back to back, and she'd run me a bath, put my uniform in the wash and had a plate of jollof waiting in the oven.	service	take-a-task
        Rode along with him on his run to El Paso, eleven hours in the cab with gas station coffee and a bag of sunflower seeds. Best conversation we've had in years, honestly. Already asking when I can come again.	time	
        pressed a kiss to Amir's knuckles when he was stressing about the flight	touch	
        date night at home, candles, no screens, board games. I lost at Catan. again	time	play-a-game
        rubbed Vikram's chest with Vicks when he had the flu like my nani used to	touch	
        oi she called me her rock in front of all her mates down the pub, proper made me night	words	brag-about-them
        reminded him hes not lazy his brain just works different and im not going anywhere	words	
        he came and sat in the car with me during my lunch break at the hospital just so we could see each other	time	
        hugs from my husband when I get home are the best part of my day. got a double today	touch	welcome-home-hug
        took the dog to the vet so she didn't have to miss her lecture	service	run-an-errand
        sorted out her parking ticket appeal because I know she'd never get round to it	service	take-a-task
        she called me "bonny lad" and said I'd done canny in the interview. Chuffed to bits	words	genuine-compliment
        Mehdi said "thank you for putting up with my 14 open tabs, physically and mentally" 😂	words	
        Valentines: he got me a cactus because "it's like you, prickly but worth it" 🌵	gifts	
        Took a whole Saturday off from the lab, which I never do, and went hiking in the Peak District with her. Mud everywhere, sandwiches on Kinder Scout, and not one thought about my data all day.	time	
        my man came in off the road with a stuffed armadillo from Buc-ee's 😂 I'm 34	gifts	
        Cleared the gutters so Margaret wouldn't go up the ladder with her bad knee	service	take-a-task
        changed the sheets and made the bed fresh for when she gets in from nights 🛏️	service	make-the-bed
        Told her tonight that I've noticed how hard she's been working on her temper with the kids, and that I see it and it matters to me. She said she didn't think anyone noticed. I notice.	words	notice-hard-work
        Javi did all the laundry because I had back to back clinicals this week	service	take-a-task
        found a pressed flower in my book. she put it there. when???	gifts	pick-a-flower
        he renewed my passport paperwork because i kept "meaning to"	service	take-a-task
        he said my thesis chapter was the clearest thing hes read all year and he reads a LOT of stuff	words	genuine-compliment
        picked her up a cheeky Greggs sausage roll on me way back	gifts	favourite-snack
        cuddled her on the couch while she cried over the news from the vet	touch	couch-cuddle
        defrosted the freezer. romance isn't dead it's just very cold	service	
        messaged her mid shift your a legend keep going	words	
        Hid little love notes in Spanish in all of Gabe's socks, he found one at work and texted me "ay mujer"	words	note-in-bag
        we went for a drive with no destination, windows down, singing badly	time	
        took her motor in for its MOT, sat there three hours like a lemon, no moaning	service	run-an-errand
        She made me a checklist and set alarms every 20 min so I'd actually leave on time for my flight	service	
        bought myself flowers. Kidding, HE bought me flowers. Tulips. From Tesco but still 🌷	gifts	pick-a-flower
        changed the lightbulb she hasn't been able to reach for a week. short queen problems	service	take-a-task
        Nkatha sent me a long WhatsApp about why she's glad she married me. Out of nowhere. On a Tuesday.	words	why-i-love-you
        For our forty-fifth anniversary I gave Marjorie the garnet brooch that belonged to my late mother. I had it cleaned and the clasp mended at a jeweller's in Harrogate. She wept, and then she pinned it on.	gifts	
        Stayed up till 2am on the kitchen floor talking about whether we actually want kids, where we'd live, what kind of parents we'd be. Didn't decide anything at all but I haven't felt that close to him in ages.	time	
        praised his presentation to his head of department at the faculty mixer when he wasn't in earshot. then told him after.	words	brag-about-them
        She got me a bottle of Angostura and some sorrel for Christmas, miss home so much	gifts	
        bowling	time	
        Tried to make her breakfast in bed. Set off the smoke alarm. Effort counts right?	service	
        she reached over and held my hand at the red light	touch	hand-squeeze
        i drove her to her 6am shift so she didnt have to walk in the dark	service	
        he went to Walgreens at midnight for my migraine meds	service	run-an-errand
        we cuddled under a blanket on the beach at Tynemouth, freezing, didn't care	touch	
        my wife made me a little zine about our first year together	gifts	
        Mwangi bought me a kikoy from the Mombasa market, bright orange, love it	gifts	
        Tuesday tea on the verandah with my Arthur, as has been our habit these sixty years	time	
        Yaar, Arjun ne bola I look stunning in my old kurta. OLD kurta! Made my day	words	genuine-compliment
        dropped the kids at my mum's and had a whole evening alone with Sana for the first time in months	time	
        wrote "u r my fav human" in the steam on the bathroom mirror 🥰	words	mirror-note
        Wrote his cover letter with him. Well, for him. He made tea. Team effort.	service	take-a-task
        we read our books side by side on the couch for two hours. introvert date	time	
        Ravi brought me a samosa from the canteen because he knows I skip lunch	gifts	favourite-snack
        bought her a hoodie from the merch table at the festival we played in Leeds	gifts	
        Brunch with bae ☀️🥂 #sundayfunday	time	
        My wife has undertaken to manage all correspondence with the insurers on my behalf, a task I find quite intolerable.	service	take-a-task
        Played chess over video call, he's in Kisumu this week	time	play-a-game
        Spent the whole Saturday unpacking her boxes in the new flat while she was stuck at the lab. Books alphabetised, kitchen sorted, even hung the wonky print from her gran. She walked in and actually cried.	service	take-a-task
        she printed out our Spotify Wrapped and framed it lol	gifts	
        neck massage for him after his 16hr shift on the ambulance	touch	shoulder-rub
        she came to my soundcheck just to sit there and watch. no phone. just there	time	
        we played Stardew together till 1am, our co-op farm is thriving	time	play-a-game
        Sunita left a chit on the fridge "tum best ho, don't forget dahi" 😂❤️	words	
        He said "I'm sorry, you were right" about the thermostat. Getting it framed.	words	repair-attempt
        new pens for my lab notebook from Wanjiku, the good Japanese ones	gifts	
        Took Mercy for a drive through Nairobi National Park on Sunday morning. We saw two rhinos, a lazy lion and loads of impala, but mostly we talked the whole way round about our plans for next year.	time	
        Tried the new ramen place in KL with Wei Ling, talked until the shop closed	time	try-something-new
        we fell asleep holding hands on the couch like a pair of old grannies	touch	couch-cuddle
        She came to my office hours just to have lunch with me between students	time	
        my husband stewed down the chicken and did the pelau so I could rest after work, real sweet hand	service	take-a-task
        cooked his momma's gumbo recipe for him when he got back off the road	service	cook-their-favourite
        Ravi told me he believes in my bakery idea. First time he's said it without a "but"	words	
        Came off a 12 hr night shift and there was a sticky note on the kettle saying "proud of you, go to bed hero"	words	proud-of-you
        Slept on his chest. Best sleep in weeks.	touch	
        gift card	gifts	
        he rubbed my feet with that peppermint cream after 12 hours standing on the ward	touch	foot-rub
        Mi esposo fixed the leak under the sink himself, no plumber, ahorramos un montón	service	
        Esperanza cooked for my whole band when we rolled through San Antonio at midnight. Six hungry guys, zero notice, and she just put out enchiladas, rice, beans and a pitcher of agua de jamaica like it was nothing.	service	
        she wrote "happy 10 years, still choosing you" in the anniversary card and I lost it	words	
        made his bed. he never makes his bed. he noticed.	service	make-the-bed
        made breakfast tacos for Cody before his shift at the plant	service	
        I informed my husband this afternoon that his patience with our great-grandson was a credit to him.	words	genuine-compliment
        He got me a new stethoscope for graduation with my name engraved on it	gifts	
        cuddled up in the sleeper bunk of his truck for a nap when I met him at the yard	touch	
        Got home from night shift at 8am, crawled into bed next to her still in my socks, and without even waking up she rolled over and pulled me in. Best part of a very long night.	touch	
        Sat on the sofa with her legs over mine and rubbed her calves all through Strictly	touch	
        hoovered the whole flat while he was at the match, innit	service	
        pep talk	words	
        Wrote Tom a proper letter for our anniversary, four pages by hand, all the things I never manage to say out loud. He read it twice at the kitchen table and then quietly folded it into his wallet.	words	handwritten-letter
        she bought me the Lego set I've been staring at for months 🧱😭	gifts	
        Mi amor said "estoy orgulloso de ti" when I told him I finished the marathon training plan	words	proud-of-you
        she said i look hot in my scrubs which lol no but ok thank you babe	words	genuine-compliment
        She pulled me in for a cuddle after my defense, still in my blazer	touch	
        Stargazing in the backyard with Leah, named all the constellations wrong	time	
        she gave me a hand massage with her fancy L'Occitane cream	touch	
        for our anniversary I gave him a jar of 365 folded notes, one for each day	gifts	
        Got a package at my hotel in Denver three weeks into the tour. She'd sent cough drops, my favourite tea, a stack of Polaroids and a hoodie that still smells like her. Slept in it immediately.	gifts	send-a-care-package
        Gave Jimmy a big ol' hug in the Walmart parking lot, he said "what's that for" and I said nothin	touch	
        Told Kip in front of his mum that he's the hardest working man I know. He pretended not to hear but he was smiling	words	notice-hard-work
        My hubby bought me a new kettle cos the old one was leaking, proper romantic that	gifts	
        my wife told her whole book club I'm the reason the garden looks good this year	words	brag-about-them
        sent her a text from the tour bus listing five things I love about her, one for every city this week	words	why-i-love-you
        fixed the squeaky door she's been complaining about for 2 months	service	take-a-task
        surprise mangoes from the pasar malam, he queued for ages	gifts	favourite-snack
        Told my girl she's the strongest woman I know after she finished the last night shift of her rotation	words	genuine-compliment
        texted him on his break well done for getting thru the week, you deserve a proper kip	words	
        i told him his mixtape was fire and i wasn't even lying this time	words	genuine-compliment
        watched the meteor shower from the truck bed, coffee in a thermos	time	
        gave him a proper cuddle when he got in, he'd had a shocker at work	touch	welcome-home-hug
        he brought me back a keychain from every truck stop this trip, I have 9 now	gifts	
        lay in the garden all afternoon listening to the cricket on the radio together	time	
        Called her on my break at 3am, she stayed up to talk even though she had work	time	
        My wife, despite her arthritis, insisted upon polishing my shoes for the Remembrance service.	service	take-a-task
        She told me my voice on the new demo sounds like home	words	genuine-compliment
        thanked her properly for handling all the school stuff this week instead of just assuming she'd do it	words	thanks-for-chore
        new socks	gifts	
        hubby deep cleaned the fridge for me before Thanksgiving prep 🦃 never been more attracted to him	service	take-a-task
        we went to the museum on a random weekday afternoon and pretended to be tourists	time	
        back scratch	touch	
        After my panic attack in the Aldi car park she kept saying, calm and steady, you're safe, you're doing so well, I'm proud of you, over and over until my breathing came back to normal.	words	
        I meal-prepped Kevin's whole week of lunches, rice and stew and a bit of chicken. Aunty would be proud	service	pack-their-lunch
        let her teach me to crochet for an hour, I made one sad square	time	
        He held me for ages at the train station in Mombasa before I left	touch	long-hug
        we had a picnic at Uhuru Park with chai in a flask, just us	time	
        vacuumed out the cab of his rig when he was home for the weekend, it smelled like 3 weeks of gas station burritos	service	take-a-task
        Gave him a neck rub in the green room before we went on	touch	shoulder-rub
        she hugged me from behind at the merch table and just stayed there through three sales	touch	long-hug
        gave Rohan a head massage with coconut oil, proper champi like his mum used to do	touch	
        Did the photocopying for her Year 11 revision packs at 7am so she didn't have to queue	service	take-a-task
        Left a sticky note in her planner that said "you're the reason they'll pass"	words	note-in-bag
        He brought me a flat white to the exam hall door at break, oat milk like I like	gifts	their-usual-order
        Back rub on the sofa after a 3 hour invigilation, my feet and back were dead	touch	shoulder-rub
        Switched off the laptop at 9 and made him watch one episode of Bake Off with me, no marking talk allowed	time	watch-their-show
        Told her HOD at the staff do that she's the best maths teacher in the county and I meant it	words	brag-about-them
        Picked up 3 packs of green pens for her marking, £4.50	gifts	
        ✔ sharpened all 60 pencils for her mock exam	service	take-a-task
        Swapped lunch duty so we could eat together in his classroom for 25 mins	time	
        He said "you've got this" before I went in to the moderation meeting. needed that	words	
        Closed up the café alone so Priya could get home to the kids for bath time	service	take-a-task
        Tom wrote "best chef in town x" on the specials board before I came in	words	genuine-compliment
        Sat at table 4 after close and shared the last slice of lemon drizzle, just us, no phones	time	
        she kissed the back of my neck while i was plating the 8pm rush	touch	
        You saved me the burnt-edge brownie corner because you know its my favourite	gifts	save-last-slice
        Prepped all the onions for tomorrow so his eyes wouldn't sting, 5kg of them	service	take-a-task
        Dinner service was hell. he rubbed my shoulders in the walk-in for 2 mins. Not the most romantic spot but I'll take it	touch	shoulder-rub
        Monday off. We drove to the coast and didn't talk about suppliers once	time	
        Bought her a proper Japanese knife for our anniversary, she nearly cried	gifts	
        Told the regulars Marco's the reason the ragù is good, not me	words	brag-about-them
        Back from a 14hr night shift and she'd put a hot water bottle in my side of the bed	service	
        Texted him "proud of you" after seeing the house fire on the local news	words	proud-of-you
        Rotas finally lined up — whole Sunday together, we did parkrun and a fry up after	time	
        Long hug at the door before his night shift. I always hold on a bit longer	touch	long-hug
        Dropped a box of doughnuts at the station for her watch, 12 for £6	gifts	favourite-snack
        Ironed his uniform shirts x4 since he's back on days	service	take-a-task
        came off shift at 7am, she was still asleep but reached over and held my hand	touch	
        We FaceTimed on his meal break for 20 mins, he was eating cold pasta in the car lol	time	
        Wrote "come home safe" on a post-it and stuck it on her kit bag	words	note-in-bag
        He cooked a full roast even though he'd been up since 4	service	
        Helped her shower and wash her hair since she can't lift her arms yet	service	
        He sat with me through the whole physio appointment cracking jokes to take my mind off it	time	
        Gentle forehead kisses only til the stitches come out, doctors orders 😂	touch	
        she told the nurse i was "the best carer in the world" right in front of me	words	brag-about-them
        Brought home a new audiobook and some of those squishy hospital socks for my recovery	gifts	
        Counted out his meds into the weekly box and set alarms for every 4 hrs	service	take-a-task
        You held my hand the whole way through the dressing change, didn't flinch once	touch	
        first walk round the block since the op. 10 mins, slow as anything, he waited at every lamppost	time	short-walk
        Told him he's doing brilliantly even though he's grumpy with the pain	words	genuine-compliment
        got her a grabber stick off amazon so she can reach stuff without bending	gifts	
        He did my injection tonight because my hands were shaking. so gentle	service	
        Bought a tiny knitted hat at the market. We're only 12 weeks but I couldn't help it	gifts	
        held each other on the bathroom floor when it came back negative. no words	touch	
        Told her she's the strongest person I know, egg retrieval day	words	genuine-compliment
        Rubbed cocoa butter on her bump, she's so itchy	touch	
        ✔ assembled the cot ✔ washed the baby clothes ✔ packed hospital bag — all before she got home	service	take-a-task
        We took the afternoon off and went to the cinema, no talking about embryos allowed	time	
        He left a card on my pillow: "whatever happens, it's you and me"	words	
        Ordered her the pregnancy pillow she keeps looking at, arrives Thurs	gifts	
        Came to every scan with me even though it meant swapping 3 shifts	time	
        Cleaned the whole kitchen incl the flatmates mess so she wouldn't have to face it after work	service	handle-the-dishes
        we hid in our room with a film and a bag of crisps while Jamie had his mates round. best night in ages	time	
        He got me my own oat milk and labelled it so Sophie stops nicking it	gifts	
        Cuddled on the single bed cos the double hasn't arrived yet, still counts	touch	
        She told Liam and Hana I'm the funniest person she knows. Liam disagreed.	words	brag-about-them
        Did the bins on his rota week cos he had a late shift	service	take-a-task
        Picked you a sunflower from the bucket outside the corner shop, 99p	gifts	pick-a-flower
        queued for the bathroom FOR him so he could have a shower before his interview	service	take-a-task
        slow dance in the hallway when everyone was out	touch	
        we split a £3 meal deal on the roof and watched the planes go over	time	
        Took her 2pm delivery at the door so she didn't have to leave the client call	service	take-a-task
        Lunch walk round the park, 30 mins, laptops shut	time	short-walk
        Slack message from him across the room: "you look really cute when you're concentrating"	words	genuine-compliment
        He swapped desks so I could have the one by the window	service	
        Hug between meetings. We have a rule, one every hour	touch	
        Ordered her a proper ergonomic chair after she kept complaining about her back	gifts	
        "You explained that so well" — he'd been listening to my all-hands talk from the kitchen	words	genuine-compliment
        Played a round of Mario Kart at 5:01pm sharp to mark the end of the workday	time	play-a-game
        Neck rub while he was stuck on a spreadsheet	touch	shoulder-rub
        Got you noise cancelling headphones so my calls stop bugging you	gifts	
        First Monday retired. Made him a cooked breakfast and no alarm	service	
        We did the crossword together in bed til 10am, luxury	time	play-a-game
        Barry brought me back a bunch of sweet peas from the allotment	gifts	pick-a-flower
        Told her she deserved every word of those leaving do speeches	words	genuine-compliment
        Held hands on the promenade like we did at 19	touch	hold-hands-walking
        He's taken over the ironing now he's home. 40 years and he finally knows how	service	take-a-task
        signed us up for a pottery class together, Tuesdays	time	try-something-new
        Bought a bird feeder for the kitchen window so she can watch the blue tits	gifts	
        Gave his feet a rub after the long walk to Malham	touch	foot-rub
        He said I'm still the best looking woman at the bowls club. Cheeky sod.	words	genuine-compliment
        Stayed up til 2am London time to be on video while she had breakfast in Sydney	time	
        Posted a box of Tim Tams all the way to Camden, cost $38 in postage lol	gifts	send-a-care-package
        He set his alarm for 5am to wish me luck before my board exam in Manila	words	
        Video called for 3 hrs and fell asleep on the call, Toronto morning, Manila night	time	
        Ordered her dinner on Grab to her place in Makati so she'd eat after her late shift	gifts	
        Paid her phone bill this month since her card got blocked and she was stressing	service	
        Wrote her a letter, an actual paper one, 4 pages, posted to London	words	handwritten-letter
        Watched the same film at the same time on Teleparty, 9pm his, 8am mine	time	watch-together-apart
        told me goodnight in Tagalog, his pronounciation is terrible but i melted	words	
        First hug at Heathrow arrivals after 5 months. Didnt let go for ages	touch	long-hug
        Put the kettle on and made me a panad the second I came through the door, tidy	service	make-their-tea
        Took her up Pen y Fan for the sunrise, just the two of us and a flask	time	
        He said "you're lush, you are" when I came down in my new dress	words	genuine-compliment
        Bought him a lovespoon from the shop in Llangollen, cheesy I know	gifts	
        cwtch on the settee after a rubbish day, best thing going	touch	couch-cuddle
        Wee bag of yellowman from the Lammas fair for her, she loves it	gifts	favourite-snack
        He done the school run so I could have a lie in, stickin out	service	let-them-sleep-in
        Big squeeze in the kitchen, she says I give the best hugs in Belfast	touch	
        Went a dander round the lough after tea, just us and the dog	time	short-walk
        Told me I was wile good at my job, away on wi ye I says, but I was chuffed	words	genuine-compliment
        He drove 3 hrs into town to get my script filled, roads were shocking after the rain	service	run-an-errand
        Sat on the tailgate and watched the sun go down over the paddock with a couple of cold ones	time	
        Brought me back a Chiko roll and a Golden Gaytime from the roadhouse, legend	gifts	favourite-snack
        Told the whole CWA meeting Shaz makes the best damper in the district	words	brag-about-them
        Gave him a back rub after he'd been mustering all day, poor bugger was stiff as a board	touch	shoulder-rub
        He made me a pot of gumbo from scratch, roux and all, since I been sick	service	
        We two-stepped at the fais do-do til midnight, cher	time	
        Brought her back a king cake from Breaux Bridge	gifts	favourite-snack
        Told his mama he the best husband on the bayou, he turned red as a crawfish	words	brag-about-them
        Rubbed my feet after a long day peelin crawfish	touch	foot-rub
        He fixed the screen door that's been a-hollerin at me all summer	service	take-a-task
        Picked me a mess of blackberries down by the creek	gifts	favourite-snack
        We set on the porch and listened to the whippoorwills til dark	time	
        Told me I was purdy as a speckled pup. I'll take it	words	genuine-compliment
        Held his hand at the revival, first time in public in years	touch	
        My husband brought me kelewele from the roadside on his way home, still hot	gifts	favourite-snack
        He told me "you are my queen" in front of his mother oh, I was shy	words	
        I ironed his kente for the wedding so he will not be late	service	take-a-task
        Lights off again so we sat outside and gisted until the light came back	time	
        Held hands during the whole Sunday service	touch	
        He made chai for me at 3am when I was up with the baby, elaichi and all	service	make-their-tea
        Bought her glass bangles from Liberty Market, the green ones she likes	gifts	
        She told her sisters I am very caring husband, I heard from the other room	words	brag-about-them
        Took her for a long drive up to Margalla hills, only the two of us, no kids	time	
        He pressed my head when I had migraine, very softly	touch	
        He braaied for me even though it was his turn to relax, lekker	service	take-a-task
        Loadshedding again so we played cards by candlelight for 2 hours, it was actually so nice	time	play-a-game
        Bought me a koeksister from the tannie at the market on his way back	gifts	favourite-snack
        She says my braai chops are the best in Joburg, I'll take that hey	words	genuine-compliment
        Gave her a kiss at the robot before she hopped out the car	touch	goodbye-kiss
        You made me tea and didn't say a word about how late I was	service	make-their-tea
        You told me my hair looked good. I haven't washed it in 4 days	words	genuine-compliment
        You held me while I cried about dad and didn't try to fix it	touch	
        you stayed off your phone the entire dinner. I noticed	time	phone-down
        You brought me the last Creme Egg from the shop on the corner	gifts	favourite-snack
        ✔ picked up her prescription	service	run-an-errand
        ✔ car washed ✔ tyres pumped ✔ tank filled for his trip	service	fill-their-tank
        ✔ hug before work ✔ kiss after	touch	
        ✔ told him I'm proud of him	words	proud-of-you
        ✔ 1hr walk, no phones	time	short-walk
        ✔ bought her peonies, £12	gifts	pick-a-flower
        6am, she got up with the twins so I could sleep till 8	service	let-them-sleep-in
        45 mins on the phone just chatting on my lunch, best part of the day	time	
        £2 bunch of tulips from Aldi, still made her smile	gifts	pick-a-flower
        20 min foot massage, he timed it himself	touch	foot-rub
        Took Biscuit for his walk in the rain so Dan could stay dry	service	take-a-task
        Kids in bed by 7:30 and we actually played Scrabble, she won obvs	time	play-a-game
        He helped Lily (4) make me a card, glitter absolutely everywhere, "mummy is the best"	gifts	
        Cleaned up the dog sick before she woke up, she never has to know	service	take-a-task
        Cuddled on the sofa with Pepper squashed between us	touch	couch-cuddle
        after last night's row he came in and said sorry first, and meant it	words	repair-attempt
        We made up with a long hug in the car park, neither of us said much	touch	long-hug
        Bought her favourite chocolate as a peace offering, she laughed at me but took it	gifts	favourite-snack
        Still a bit raw from the argument but we went for a walk and actually talked it out, 2 hrs	time	short-walk
        Did the washing up he'd left out of spite. Then he did the drying. Truce	service	handle-the-dishes
        Shovelled the drive at 6am so she could get the car out for work	service	take-a-task
        Heatwave, he put a wet flannel in the freezer for my neck	service	
        Made rangoli together outside the front door for Diwali, took us all evening	time	
        He got me a silk dupatta for Diwali, the exact colour I wanted	gifts	
        Eid mubarak from my husband with a kiss on the forehead after namaz	touch	
        Christmas eve, we wrapped presents on the floor and drank mulled wine till 1	time	
        Lunar New Year, she gave me a red envelope with a note inside: "to my favourite person"	gifts	
        Thanksgiving: he told the whole table the thing he's most grateful for is me	words	brag-about-them
        Snow day! Built a snowman and had a snowball fight, just us	time	
        Warmed my hands in his coat pockets waiting for the bus, -4 out	touch	
        Foot rub.	touch	foot-rub
        Breakfast in bed	service	
        Love notes	words	
        Walk together	time	short-walk
        Flowers!	gifts	pick-a-flower
        long hug	touch	long-hug
        He cooked.	service	
        Chocolate x	gifts	favourite-snack
        "You're amazing"	words	genuine-compliment
        Had the worst day at school, three kids kicked off in the exam and the head had a go at me. Came home and he'd run me a bath, lit the candle and put my pyjamas on the radiator to warm up	service	
        We've been so busy with the café we haven't had a proper conversation in weeks, so tonight we shut early, turned the sign, sat at the counter and talked about everything until almost eleven	time	
        She was in so much pain after the surgery and I didn't know what to do, so I just lay next to her on top of the covers and stroked her hair until she finally fell asleep around 3am	touch	play-with-hair
        He found the exact tamarind sweets my nani used to buy me in Lahore at some tiny shop in Tooting and brought a whole bag home, I sat on the kitchen floor and cried happy tears	gifts	favourite-snack
        After the fight on Sunday I wrote her a proper letter instead of yelling, and at the end I listed all the reasons I'm still so grateful she picked me. She read it twice	words	repair-attempt
        Kept me company while I marked the last 30 essays, reading the worst sentences aloud in silly voices	time	sit-near-them
        he texted 'you're the best teacher those kids will ever have' at 7.40 before first period	words	genuine-compliment
        Packed her lunch every day of exam week, little note in the box and all	service	pack-their-lunch
        Bought me a new lanyard with sunflowers on cos mine snapped	gifts	
        Squeezed my hand when the results went up on the staffroom board	touch	
        Made him a flashcard set of all the reasons I love him, revision style lol, 25 cards	words	why-i-love-you
        Drove to school with her forgotten exam folder, 20 min detour, so she wouldn't get in trouble	service	run-an-errand
        Sunday afternoon, zero marking, we went to the garden centre and had scones	time	
        Massaged my hand, it's cramped from writing 'see me' 100 times	touch	
        A packet of Percy Pigs left on my desk with a post-it saying 'nearly half term'	gifts	favourite-snack
        Did the 5am bread delivery run for her so she could stay in bed for once	service	let-them-sleep-in
        She put a photo of me on the café wall with 'the boss' written underneath, embarrassing but sweet	words	
        Made him a latte with a heart in the foam, first one I've got right	gifts	make-their-coffee
        Sat in the booth after close doing the accounts together, weirdly romantic	time	
        Kissed me over the pass in front of the new waiter. He went bright pink	touch	
        Fixed the wobbly table 7 that's been driving her mad for months	service	take-a-task
        Told the food critic they were all her recipes	words	brag-about-them
        He bought me a pair of proper kitchen clogs because my feet are killing me	gifts	
        Hand on my lower back every time he squeezes past at the fryer, I notice it	touch	hand-on-back
        We did the farmers market run together at dawn and got bacon rolls, best 2 hours of the week	time	
        Cleaned his boots and left them by the door for his 6am start	service	take-a-task
        Got home from a bad job and she just held me in the hallway, didn't ask anything	touch	welcome-home-hug
        Bought her a new flask, the old one leaked all over her vest	gifts	
        We had a 15 minute overlap between shifts and spent it eating toast together on the back step	time	
        My sergeant told me my husband rang the station to say how proud he was about the commendation. mortified but happy	words	brag-about-them
        Dropped off a hot Christmas dinner at the station for him and his crew	gifts	
        She switched her rest day so we could go to my brother's wedding together	time	
        Wrote "stay safe my love" in the steam on the bathroom mirror	words	mirror-note
        Rubbed deep heat into his shoulder after he pulled it on ladder drills	touch	shoulder-rub
        Did all the shopping and the tip run on my day off so she could sleep between nights	service	run-an-errand
        Changed the bed sheets every day this week so he's got fresh ones	service	take-a-task
        He read to me by the hospital bed when I couldn't focus on anything, 2 chapters of Pratchett	time	
        Brought a proper pillow from home because the hospital ones are useless	gifts	
        Told her the scar doesn't change a thing, she's still the most beautiful woman I know	words	genuine-compliment
        Let me rest my head on his shoulder in the waiting room, I hadn't slept	touch	
        ✔ meds 8am ✔ dressing ✔ porridge ✔ helped him on with his socks	service	
        You stayed overnight in that horrible plastic chair so I wouldn't wake up alone	time	
        Got him a tablet stand so he can watch telly lying flat	gifts	
        "You're doing so well" every single time I manage the stairs	words	celebrate-small-win
        First proper hug since the op, very very carefully, worth the wait	touch	
        He learned how to mix the meds so I don't have to think about it every night	service	take-a-task
        Got us matching "team embryo" mugs, daft but I love them	gifts	
        Read the bump a bedtime story tonight, we both got teary	time	
        She said I'll be a brilliant dad. I've been thinking about it all day	words	genuine-compliment
        Held my belly while we waited for the kicks, felt one at 11pm!!	touch	
        Took the whole day off for transfer day and just sat with me in the park after	time	
        Bought me a tub of pistachio ice cream at 10pm because cravings	gifts	favourite-snack
        Told me I was still sexy at 38 weeks. Liar but thank u	words	genuine-compliment
        Painted the nursery so I didn't have to breathe the fumes	service	take-a-task
        Spooned all night because I couldn't sleep after the bad news	touch	
        Made her a bed tray out of an old drawer because our room's too small for a desk	gifts	
        Stayed up talking on the balcony til 3am, flatmates banging on the wall lol	time	
        He stuck up for me with Ollie about the washing-up row, said I do more than anyone	words	brag-about-them
        Fixed the broken radiator knob with blu tack and a prayer so her side of the room isn't freezing	service	take-a-task
        Forehead kiss when he got back from his shift, everyone else went "ewww"	touch	
        Nicked her a croissant from work, still warm	gifts	favourite-snack
        Cooked for the whole flat but made hers without mushrooms	service	
        Cheap date: £5 pizza and a walk along the canal	time	short-walk
        texted from the other side of the wall "i can hear you singing and i love it"	words	genuine-compliment
        Shared headphones and held hands on the night bus home	touch	
        He booked my dentist appointment for me since I forgot to ring twice	service	take-a-task
        Same house, different companies, but we race each other at Wordle every lunch break	time	play-a-game
        Sent a bunch of flowers to "the office" aka the spare room lol	gifts	pick-a-flower
        Put a note on my monitor: "you smashed that pitch"	words	
        He stood behind my chair and rubbed my shoulders during the boring all-staff	touch	shoulder-rub
        Made him a sandwich and left it by his keyboard during his back-to-back calls	service	
        Logged off at 4 and took her to the cinema, she'd been stressed all week	time	
        Ordered her the fancy desk lamp, she'd been squinting for months	gifts	
        She told her team on a call that I'm the reason our wifi works. true	words	brag-about-them
        Quick kiss on the top of my head as he walked past to refill his water	touch	
        He does the morning tea round now, brings me a cup at 7 every single day	service	make-their-tea
        We finally did the train trip round Scotland we've talked about for 30 years	time	
        Gave her a framed photo of our first house for our ruby wedding	gifts	
        Told Jean at church that Ron's the kindest man she'll ever meet, and he overheard	words	brag-about-them
        We hold hands watching Countdown every afternoon now, silly old things	touch	
        Taught himself to make my mother's bread pudding so I'd have it on Sunday	service	cook-their-favourite
        Thursday is our fish and chips on the harbour wall day now	time	
        Knitted him a jumper, took me 3 months, he's wearing it now in July	gifts	
        Rubbed arnica into my knee, it's been playing up since golf	touch	
        He said the best thing about retirement is he gets me all day	words	
        Woke to a voice note saying he believes in me, before my interview, sent at his 11pm	words	voice-note
        Sent her a care package to Manila: maple syrup, Coffee Crisp and a Leafs toque	gifts	send-a-care-package
        Stayed on the phone while she walked home from the tube, 25 mins, it was 8am for me	time	
        He paid for my flight over, I'm still in shock	gifts	
        Played online chess across an 11 hour time difference, lost badly	time	play-a-game
        He sorted the visa paperwork at his end, hours on hold to the embassy so I didn't have to	service	take-a-task
        Wrote 'mahal kita' on a post-it and sent me a photo, spelt it wrong, still cute	words	
        Airport pickup at 6am Toronto time, first kiss in 7 months	touch	
        Ordered a surprise breakfast to her door in Bondi from my bed in Clapham	gifts	
        Fell asleep wrapped round each other the last night before she flew back to Sydney	touch	
        Drove me down to Cardiff for the match even though he doesn't care for rugby, fair play	service	
        Gave him a cwtch in the queue at Tesco, didn't care who saw	touch	
        Said I was "dead on" for doing the hospital run for her mum	words	genuine-compliment
        Made her a fry with soda bread and potato farls before her early shift	service	
        Nipped into town and brought him back a pastie supper	gifts	favourite-snack
        Fixed the windmill pump for me before the heat hit, 44 degrees out there	service	take-a-task
        He grabbed me a new Akubra in town cos the dog chewed mine	gifts	
        Sat out under the stars by the fire pit, no telly for 200km	time	
        She rub my neck on the porch after the boat come in	touch	shoulder-rub
        Took her out in the pirogue to see the egrets at daybreak	time	
        Made mamaw's biscuits from scratch for me cause I been poorly	service	cook-their-favourite
        He told me I'm the best thing ever happened to him, said it right there at the supper table	words	
        Made him a quilt out of his old flannel shirts, been at it since spring	gifts	
        She sent me a long WhatsApp: "God did well when He gave me you"	words	
        I went to Makola to buy her fabric for her birthday kaba	gifts	
        My wife massaged my back with shea butter after the long drive from Kumasi	touch	shoulder-rub
        He fetched water for me this morning when the tap was not flowing	service	take-a-task
        Made biryani for his office colleagues so he wouldn't go empty handed	service	take-a-task
        We went up on the roof to see the moon on chaand raat, just us with chai	time	
        My husband held my hand at my cousin's mehndi even though the aunties were watching	touch	
        He said my haleem is better than his ammi's. Don't tell her	words	genuine-compliment
        Brought her mangoes, the Sindhri ones, a full peti	gifts	favourite-snack
        He stood in the queue at Home Affairs for 4 hours to sort my ID for me	service	run-an-errand
        Took me to Kirstenbosch for a picnic, we just lay on the grass all afternoon	time	
        Bought me biltong and a Fanta Grape at the garage, he knows me	gifts	favourite-snack
        "Jy is pragtig" he said in the morning before I'd even done my makeup	words	genuine-compliment
        Cuddled up under the blanket during loadshedding, warmest I've been all winter	touch	couch-cuddle
        You drove me to the airport at 4am and didn't complain once	service	
        You told the kids I'm the best cook in the world. I'm really not	words	brag-about-them
        You took me dancing because I mentioned it once 3 months ago	time	remember-a-detail
        You left a Kit Kat in my coat pocket and I found it at the bus stop	gifts	favourite-snack
        you kissed my forehead when you thought i was asleep	touch	
        ✔ fixed her bike chain ✔ oiled the brakes	service	take-a-task
        ✔ phone call at lunch, 30 mins	time	
        ✔ left a "good luck" note in his shoe	words	note-in-bag
        ✔ got him the biscuits he likes (the expensive ones)	gifts	favourite-snack
        ✔ back scratch before bed	touch	
        11pm: he walked to the 24hr garage for my paracetamol	service	run-an-errand
        90 min lunch together, first time in 2 months	time	
        $15 bunch of wildflowers from the servo, he was so chuffed with himself	gifts	pick-a-flower
        3 compliments before 9am. I'm counting	words	genuine-compliment
        10 second hug at the door. minimum, she says	touch	long-hug
        Took the kids to the park for 3 hrs so I could nap. Bliss	service	let-them-sleep-in
        Walked round the lake with Bramble, just me and him and the dog, perfect hour	time	short-walk
        Our son told me "daddy says you're the best mummy". He's been talking me up behind my back	words	brag-about-them
        Brought home a squeaky toy for Luna and a rose for me, sorted	gifts	pick-a-flower
        Kids fell asleep in the car so we sat in the driveway holding hands for 20 mins	touch	
        First text after the silent treatment: "I was wrong, I love you"	words	repair-attempt
        Apology pizza, with the pineapple he hates, on my half only	gifts	repair-attempt
        Made up. He did my share of the chores too, sheepishly	service	take-a-task
        Sat on the bed and held each other, then laughed about how stupid the fight was	touch	repair-attempt
        Didn't resolve everything but we put our old playlist on and played cards til late	time	play-a-game
        Heatwave: he put a bowl of ice in front of the fan on my side of the bed	service	
        Brought me a box of mithai and fresh marigolds on Diwali morning	gifts	pick-a-flower
        Eid: did the rounds of all the relatives together then kept the evening just for us	time	
        Christmas morning he'd written 'I love you' in the frost on my windscreen	words	
        Cleaned the whole house top to bottom before Lunar New Year so she could rest	service	take-a-task
        Thanksgiving, he attempted my grandma's pecan pie and burnt the edges, ate it anyway	service	cook-their-favourite
        Snow: she warmed the car up for 10 mins before I left	service	
        Walked round the Christmas lights in town arm in arm, freezing, perfect	time	short-walk
        Kissed at midnight on Lunar New Year with the firecrackers going off	touch	
        Got me a Christmas jumper with our dog's face on it	gifts	
        Cuddles	touch	
        Date night!	time	
        Compliments all day	words	genuine-compliment
        Tiny present	gifts	
        Sunday brunch	time	
        Sweet text	words	
        Thank-you note	words	
        Candles for her	gifts	
        Exam week has been brutal and I haven't seen him properly in days, so tonight he drove to the school car park with two portions of chips and we ate them in the car in the dark, laughing about nothing	time	
        Her mum's been really poorly and she's been driving up and down to Swansea every weekend, so I took Saturday off the café, did the whole trip with her, carried everything and cooked for her mum too	service	
        I was so nervous before the embryo transfer I couldn't stop shaking, and he just kept his hand on the back of my neck, rubbing his thumb back and forth until they called my name	touch	
        He was gutted after the fire last week and wouldn't talk about it, so I wrote ten things I admire about him on a card and slipped it into his kit bag for him to find on shift	words	note-in-bag
        Spent weeks hunting online for the cookbook she had as a kid in Accra, finally found a secondhand copy and it arrived today, she hugged it like a baby	gifts	
        Ran the bins out in my socks at 6.50 because we both forgot and she was in the shower	service	take-a-task
        He told me I'm not failing, I'm just tired. Needed to hear it	words	
        Found a heart shaped stone on the beach and gave it to her	gifts	
        Spent the whole of Sunday in bed watching old films with her	time	
        Held her hand while she rang the clinic for the results	touch	
        Picked up her favourite pad thai on the way back from my late shift	gifts	favourite-snack
        Ran her a hot bath after 12 hrs on her feet at the restaurant	service	
        Played guitar for me on the back step, the song from our wedding	time	
        Said "I'd choose you again" out of nowhere over the washing up	words	
        Nose boops and a big squeeze before she went through security	touch	
        Got her a pack of those fancy bath bombs, £8 for 3	gifts	
        Did a 1000-piece jigsaw together over three evenings, finished it tonight	time	play-a-game
        Rested my head in his lap while he stroked my hair watching the footy	touch	play-with-hair
        Played Scrabble. I won. She demanded a rematch. Rematch scheduled.	time	play-a-game
        Had breakfast together at 3am before her 5am report time	time	
        Did the 5am feed so he could sleep	service	let-them-sleep-in
        Meal-prepped 10 lunches for his rotation, labelled by day	service	pack-their-lunch
        Made him a cuppa. Two sugars. As instructed.	service	make-their-tea
        Sent a care package: Cadbury, Vegemite and a hoodie that smells like me	gifts	send-a-care-package
        Got her fuchka from the stall near Dhanmondi lake, extra tamarind water packed	gifts	favourite-snack
        Ironed his shirt and packed fish curry and rice in his tiffin box	service	pack-their-lunch
        Took an actual lunch break together instead of eating at our desks in the same room	time	
        we played Mario Kart til 1am	time	play-a-game
        Purchased flowers. Standard ones.	gifts	pick-a-flower
        brought home a slice of choc cake from the bakery just cos	gifts	favourite-snack
        Went to the State Fair together and ate everything on a stick, oh ya	time	
        big hug when she got home from the 12 hour shift	touch	welcome-home-hug
        Sat next to her the whole time while she did her taxes so she'd stay on task	time	sit-near-them
        Back massage for her, lower back, 20 mins	touch	shoulder-rub
        Took him to Marsaxlokk for the Sunday fish market and a long lunch	time	
        Got the teenagers to actually clean their rooms. For her. A miracle.	service	take-a-task
        she called me cariad and said she's so proud I finished the course	words	proud-of-you
        Hoovered. Also mopped. Didn't mention it. Mentioning it now.	service	
        Nisha thanked me for all the Diwali prep and said my rangoli was the prettiest on the whole street	words	genuine-compliment
        A proper cwtch before work	touch	long-hug
        Brought her a bag of Haldiram's bhujia from the Indian shop, the one she can't find here	gifts	favourite-snack
        Made kimchi jjigae for Minji because she said she was homesick	service	cook-their-favourite
        Told her she looked mint in that dress, she said ta and went red	words	genuine-compliment
        Bula! Told Mere she's the most beautiful girl in all of Suva, isa	words	genuine-compliment
        Bought him the Hanukkah socks with tiny menorahs on	gifts	
        Kissed her on the Staten Island Ferry like tourists	touch	
        Kept her company through her physio exercises, just chatting	time	
        Cooked the whole Thanksgiving dinner so she could sit down for once. Turkey, yams, the lot.	service	take-a-task
        He shoveled the driveway before I woke up, oh ya, and the Hansons' too	service	
        Sent Tomás a message: eres mi todo, good luck at the interview	words	
        Ordered a cake to his flat in Toronto saying Maligayang kaarawan, mahal 🎂	gifts	
        First weekend exploring Lisbon together, got totally lost in Alfama	time	
        Took the night off to binge Queen of Tears with her, 3 episodes back to back	time	watch-their-show
        Brought home pão de queijo from the Brazilian café	gifts	favourite-snack
        Defrosted the freezer.	service	
        He brought me bibingka from the stall after Simbang Gabi	gifts	favourite-snack
        Tight hug first thing on her birthday morning	touch	long-hug
        sorted the car MOT	service	
        Listened to him info-dump about trains for 40 minutes. Full attention. He said thank you for listening.	time	
        Picked up a pastel de nata for her on the way home	gifts	favourite-snack
        Massaged his feet after the long-haul	touch	foot-rub
        He said I handled Maya's meltdown like a pro and I nearly cried in the car	words	genuine-compliment
        Set up her Dutch bank account and SIM because she hates phone calls	service	take-a-task
        Sat on the roof together watching the Diwali fireworks	time	
        Told him bab, you did ever so well at that interview, I'm dead proud	words	proud-of-you
        got her a little succulent and stuck a googly eye on it	gifts	
        drove the teenager to football at 6am so Leon could have a lie-in	service	let-them-sleep-in
        Said I appreciate you. He said noted. We're fine.	words	
        Watched the sunset from the cliffs in Pembrokeshire	time	
        Warmed up the car for her at 6:40, minus 20 outside	service	take-a-task
        bf got me a little framed screenshot of our first hinge message 😭	gifts	
        He brought me a bag of chin chin his mum fried for us	gifts	favourite-snack
        Ordered bao to her flat in Seoul on Coupang so it arrived at her lunchtime, my 4am	gifts	
        Habibti fell asleep on my shoulder and I didn't move for 2 hours	touch	
        rubbed her shoulders after the dinner rush	touch	shoulder-rub
        Sorted the council tax registration in Portuguese. Took 3 hours. Did it so she didn't have to.	service	take-a-task
        he cooked a big pot of adobo for the week so i dont have to think about food	service	take-a-task
        Sat on his lap in his chair and he wheeled us round the kitchen	touch	
        listened to his whole story about the birdstrike without once interrupting	time	
        put the kettle on when i saw her bus pull in	service	make-their-tea
        Washed and trimmed her hair since she can't lift her arms much this week	service	take-a-task
        Took a cooking class together in Porto	time	
        Movie night!!! We watched Dune and didn't touch our phones ONCE!!!	time	
        Bought my husband a new wallet. His old one was held together with tape.	gifts	
        Gave her a Welsh lovespoon carved with our initials	gifts	
        listened to her talk about her fave anime for an hour. learned a lot actually	time	
        Filed our first Canadian tax return so he didn't have to stress about it	service	take-a-task
        Slacked him (we sit 4 metres apart) nice work on the demo, proud of u	words	proud-of-you
        Kissed her hands. She likes the pressure.	touch	
        Brought her a box of Medjool dates for Eid, the big soft ones	gifts	
        Skipped the big family Thanksgiving, just the two of us with pie and a long walk	time	
        Got her a bunch of tulips from the Bullring market	gifts	pick-a-flower
        Told him he's boss at parallel parking. He is, la.	words	genuine-compliment
        Played Wingspan till midnight	time	play-a-game
        Spent his one day off in 11 at the market with me, no talking about the restaurant	time	
        Brought back a giant Toblerone from duty free	gifts	
        moved the bathmat and laundry basket so her chair can get right up to the sink	service	take-a-task
        Watched the derby at the pub, United lost, still a mint day out	time	
        He got me a tiny Eiffel Tower keyring on the CDG layover	gifts	
        Picked up kimbap and banana milk for her from the Korean mart	gifts	favourite-snack
        walk round the park after dinner, phones left at home	time	short-walk
        Our kid made me a brew and did all the ironing, boss	service	make-their-tea
        told my wife she's a legend for getting through the knee pain this week and still beating me at the crossword	words	genuine-compliment
        Rubbed her back when she couldn't sleep	touch	shoulder-rub
        Read the same book so we could talk about it on our Sunday call	time	
        Bought her a fidget ring since she keeps twisting her hair on calls	gifts	
        Gave her a foot rub, she said ta love	touch	foot-rub
        Did a 1000 piece jigsaw together. 3 pieces missing. Still a good evening.	time	play-a-game
        Had a cwtch on the settee	touch	couch-cuddle
        Abraço apertado at arrivals, finally, after 4 months	touch	welcome-home-hug
        Gave her a squish on the way past her desk	touch	
        Left a Kit Kat on her keyboard	gifts	favourite-snack
        compliment: nice shoes	words	genuine-compliment
        Cleaned the whole kitchen after the Lunar New Year dumpling marathon	service	handle-the-dishes
        Kwame cooked jollof for me when I was too tired to stand	service	take-a-task
        she drew me a valentine's card by hand, a little cartoon of us and the cat	gifts	
        Told Ben from across the living room that he's brilliant. Checked he was on mute first.	words	genuine-compliment
        Made her chai with extra elaichi when she got back from the hospital	service	make-their-tea
        Teens picked out new gardening gloves for her Mother's Day present (I paid)	gifts	
        Gave him a long hug after the hard meeting with his dad	touch	long-hug
        He said machan your curry is super, which is very high praise from a Colombo man	words	genuine-compliment
        got her takis 🔥	gifts	favourite-snack
        Got her a heated blanket for the bad pain days	gifts	
        Got him a card. Nothing written inside but our names, but the dog on the front looks exactly like Biscuit.	gifts	
        Watched Strictly with a brew, just us two	time	
        bought her sunflowers from Tesco on the way home 🌻	gifts	pick-a-flower
        Booked and paid the car insurance renewal.	service	
        Refilled her pill organiser for the week so she doesn't have to do it on a flare day	service	take-a-task
        wrapped up a pair of compression socks for her flight bc she always forgets hers	gifts	
        Fixed the wobbly handrail on the front steps so her crutches don't slip	service	take-a-task
        Surprised him with a Lego set for his 60th since he's retired and has the time now	gifts	
        Gave Tunde a massive hug and he called me ololufe	touch	long-hug
        Told Jess her slides were the best in the whole quarterly review. Not exaggerating.	words	genuine-compliment
        He handled parents' evening so I could cover dinner service	service	take-a-task
        Hugged her at arrivals after 11 months apart, didn't let go	touch	welcome-home-hug
        Picked up a box of mithai from the sweet shop for Diwali	gifts	
        Pick up his dry cleaning tmrw	service	run-an-errand
        Knitted him a scarf over three months of hospital waiting rooms. Gave it to him today.	gifts	
        sent her a parcel to Melbourne with Yorkshire Tea and my old hoodie	gifts	send-a-care-package
        snog in the kitchen while the pasta boiled 😘	touch	
        HUGGED HER FOR LIKE FIVE MINUTES!!!!! SHE'S HOME!!!!!!	touch	welcome-home-hug
        He brought me the last shavings of truffle from service, wrapped in a napkin like treasure	gifts	save-last-slice
        Held hands at departures	touch	
        prepped all the mise en place for sunday lunch so she could just cook	service	take-a-task
        Drove to the coast and just talked the whole way there and back	time	
        Did the lovo for Sunday so Losana could go to church without rushing	service	take-a-task
        took Rina's car through the car wash before her parents visit	service	take-a-task
        Yakap from behind while he was washing up	touch	
        Y'all, I told him he's the best darn husband in Tarrant County and I meant every word	words	genuine-compliment
        Bought him a City shirt for his birthday even though I'm United, he was buzzing	gifts	
        Our lad made t'tea tonight, shepherd's pie and mushy peas, I never lifted a finger	service	take-a-task
        posted about my gf's first marathon on insta!!!!! SO PROUD OF HER!!!!!!	words	brag-about-them
        proper date. no kids, no phones. first one in 6 months	time	
        Got him the noise-cancelling headphones he asked for. He sent me the exact model number.	gifts	
        Bought her a new sulu jaba for Fiji Day	gifts	
        Squeezed her hand under the table at the in-laws	touch	hand-squeeze
        Hanukkah text to Avi: 8 nights and I'm grateful for you on every single one	words	appreciation-text
        You told me I'm a wonderful mum in front of the kids and Zara didn't even roll her eyes	words	genuine-compliment
        He dealt with the boiler man so I could get on with work, absolute mint	service	take-a-task
        Put the bins out. Both bins. Including recycling.	service	
        lay on the floor with her doing the crossword when her back was bad	time	play-a-game
        held hands on the ferry to Gozo	touch	
        Gave him a massive cuddle on the settee, he were made up	touch	couch-cuddle
        Now he's retired he does the big shop every Tuesday. Says it's his job now.	service	run-an-errand
        We do the Wordle together on video, his 7am, my 6pm	time	play-a-game
        Abrazo fuerte before she left for her shift	touch	long-hug
        Brought isso wade from Galle Face for her, she said aiyo you remembered	gifts	favourite-snack
        Watched the eclipse together from the car park	time	
        held hands the whole way through the fireworks	touch	
        mwah mwah 😘😘	touch	
        No screens dinner with the teens, and we actually talked	time	
        Head scratches while we watched telly	touch	play-with-hair
        Folded dumplings side by side for Lunar New Year, talked the whole afternoon	time	
        Spooned. Big spoon tonight for once.	touch	
        Took her to Fenway for her first game, wicked fun	time	
        Got our lass a new Le Creuset for her birthday, the orange one	gifts	
        Back rub for my girl, y'all, she's been workin too hard	touch	shoulder-rub
        Both on the Doha rotation for once, had dinner together at the layover hotel	time	
        Cooked nshima and ifisashi for supper so Chola could rest her back	service	take-a-task
        Hugged him tight at Nadi airport, isa lei	touch	long-hug
        Made poori and lemon rice for her Diwali guests so she had time to get ready	service	take-a-task
        she hugged me in the walk-in between tickets lol	touch	
        Booked her GP appointment for her since phone calls make her anxious	service	take-a-task
        Said well done when she got her residence permit. She said just well done? I am very proud. I said that too.	words	proud-of-you
        snuggled under the heated throw	touch	couch-cuddle
        Bought him Crocs. Ugly. He wanted them.	gifts	
        Brought him a Greggs sausage roll home	gifts	favourite-snack
        meu amor, você é incrível – texted her after the big pitch	words	genuine-compliment
        Made parathas for sehri at 3:30 so she could sleep 20 more minutes	service	let-them-sleep-in
        Got kissed on the kiss cam at Fenway, wicked embarrassing	touch	
        Went to the Lusaka show together, walked around for hours	time	
        You said I'm a great dad. Needed that today.	words	genuine-compliment
        Gritted the path this morning so she can get her chair out to the car	service	take-a-task
        Bought her an aso-oke gele for Tolu's wedding	gifts	
        Bought a birdfeeder for the kitchen window now we're both retired and home to watch it	gifts	
        Massaged her calves, she was on her feet for 14 hrs	touch	foot-rub
        Thanked him out loud for being patient with my ADHD brain today. Out loud, not just in my head.	words	say-thank-you-out-loud
        Lay with my head on his lap while he watched the cricket	touch	
        Wrote I believe in you on the bathroom mirror in her lipstick. Will clean it later.	words	mirror-note
        Family Monopoly night. Teenager won. Nobody cried.	time	play-a-game
        got him a cactus for the new flat bc he wanted a pet but the lease says no	gifts	
        post-it on the fridge: ur doing amazing sweetie	words	
        voice memo: just saying u r my favourite person. thats it. bye	words	voice-note
        Fixed the garden gate that's been squeaking since 1998	service	
        Picked up pastizzi for him from the Crystal Palace in Rabat	gifts	favourite-snack
        Told my husband I'm proud of how well he's taken to retirement and that he's lovely company	words	proud-of-you
        Went to the chemist for her prescription, bab, queue was out the door	service	run-an-errand
        Boop on the nose ☺️	touch	
        Lit the Hanukkah candles at his parents' then walked home the long way together	time	short-walk
        Wrote him a long message before his first flight as captain saying how proud I am that the boy who hated turbulence now flies 300 people a day	words	proud-of-you
        said ily first thing when she landed	words	
        Two-stepped at the honky-tonk till they kicked us out y'all	time	
        Walked the snowy loop round Lake Harriet together, cold but real nice	time	short-walk
        Told the kids in front of their dad that he's the reason we got through this year	words	brag-about-them
        Sat on the porch swing all evening talking about nothing much	time	
        He told me I'm the best cook in the whole of Lusaka ba, after the chicken. Praise indeed 😅	words	genuine-compliment
        Dev called me meri jaan and said I was the strongest person he knows after physio today	words	genuine-compliment
        ur so clever babe i mean it	words	genuine-compliment
        picked up cannoli from Mike's for her, wicked good	gifts	favourite-snack
        I tell him mahal kita every night on video even when it's 6am for me in Manila	words	goodnight-call
        Made her a mixtape. Not a playlist. A physical tape. She has a tape deck.	gifts	song-for-them
        Sat in the garden with him for an hour. Didn't say much. Good hour.	time	
        spooned him til he fell asleep	touch	
        Wrapped every Christmas present for his side of the family	service	take-a-task
        Stayed up on the roof together waiting for the Eid moon	time	
        brought her home some lefse from the church sale, she was tickled	gifts	favourite-snack
        After a 14 hour double at the restaurant he came home and STILL did the dishes	service	handle-the-dishes
        Sunday ritual: coffee, no phones, 40 minutes	time	morning-coffee-together
        bought Jordan a bag of Haribo for the drive	gifts	favourite-snack
        Kissed him goodnight. Brief. Adequate.	touch	
        Renew Tasha's passport before the Lisbon move!!	service	take-a-task
        Hugged him goodbye for the 4 day trip	touch	
        Ordered her a laptop stand since she's been hunched over the kitchen table for 3 months	gifts	
        Got her the Boots meal deal she likes plus a bag of Percy Pigs	gifts	favourite-snack
        Told Maria I'm proud of her for passing her driving test, ejja, third time lucky	words	proud-of-you
        your eyebrows look very good today — Sam, who does not lie	words	genuine-compliment
        ironed his uniform shirts for the 4 day trip, four stripes and all	service	take-a-task
        wrote her an Eid poem on the back of a receipt. she read it twice	words	
        Folded her scrubs	service	take-a-task
        great landing today captain 😘 - she flew the Heathrow leg in a crosswind	words	genuine-compliment
        Ran my fingers through her hair till she fell asleep	touch	play-with-hair
        Walked the High Line together then got a slice	time	short-walk
        wrote her a proper thank you note for pushing my chair up that hill in the rain. she laughed but kept it	words	
        Gentle hand massage with the warm oil for her arthritis	touch	
        Silver earrings for our 25th.	gifts	
        cooked pancit for his office potluck so he didnt have to bring store bought	service	take-a-task
        Brought him egg tarts from Tai Cheong lah, still warm	gifts	favourite-snack
        Made lunch for both of us at exactly 12:30 so she could be back at her desk for her 1pm call	service	take-a-task
        Holding hands on the sofa with the old fella. 40 years and counting.	touch	
        Charged her chair battery overnight	service	fill-their-tank
        Told her she was right to leave the restaurant and that I'm proud of how brave she was	words	proud-of-you
        Found him a vintage pilot's watch on eBay	gifts	
        went the match together at Anfield, proper day out la	time	
        Dishes were done and the counters wiped before she came down	service	handle-the-dishes
        Made her ftira with tuna and capers for work	service	pack-their-lunch
        Went to Simbang Gabi together, all nine nights	time	
        bought him a new scarf for the match. boss.	gifts	
        Hugged the teenager AND the husband. Husband's was longer.	touch	long-hug
        Ofe sent a voice note from Lagos saying I love you, it was 2am for him, he's 9 hours ahead	words	voice-note
        Date night at the new Thai place	time	try-something-new
        Messaged Rhi from the Dubai layover: you're my favourite destination ✈️	words	
        Watched Bridgerton together on Teleparty, 9 hours apart, paused for snacks	time	watch-together-apart
        Gave her a red envelope with £8.88 for Lunar New Year 🧧	gifts	
        First game night in the new flat, just us and an Uno deck	time	play-a-game
        Thirty-one years and he still says you look lovely before we go out. Said it today on the way to the garden centre.	words	genuine-compliment
        Went to our Spanish class together	time	
        Habibi told me I'm the best thing that ever happened to him. At the airport. In front of security.	words	
        Took the ferry to Lamma for seafood together, whole day	time	
        Anniversary card with a two-page letter inside about the year we moved to Toronto. The writing was the whole point.	words	
        took the 2pm delivery so he didn't have to drop off his standup	service	take-a-task
        Spent the afternoon at the Ekushey book fair together	time	
        Grabbed chocolates for him in Zurich between sectors	gifts	favourite-snack
        He shouted YOUR SAUCE IS PERFECT across the pass during service. Then whispered I love you at close.	words	genuine-compliment
        hugged me lass when she come in from work	touch	welcome-home-hug
        Kamal cleaned the entire house before Eid, even the ceiling fan blades	service	
        told our lass her Yorkshire puddings were champion, best in t'village	words	genuine-compliment
        farmers market then a picnic in the park	time	
        told Lee you're the best thing in this whole city while we were waiting on line at the bodega	words	
        First Tuesday of retirement: garden centre together, no rushing back	time	
        I said thank you for the tea. I meant it exactly as much as I said it.	words	say-thank-you-out-loud
        Cleaned her wheelchair tyres and pumped them up before our trip to the lakes	service	fill-their-tank
        Hug between meetings, we both work from the spare room	touch	
        Told him he's looking very smart today no? He went all shy	words	genuine-compliment
        안아줘 she said, so I did, for ages	touch	long-hug
        Walked up Arthur's Seat at sunrise	time	
        WE WENT TO THE ZOO!!!!! SAW A RED PANDA!!!!! BEST DAY EVER!!!!!	time	
        Brought her a bacon egg and cheese from the bodega	gifts	favourite-snack
        Ate lunch together on the balcony. Laptops closed. 45 minutes.	time	
        Slipped a Whataburger gift card in his stocking	gifts	
        Cleaned the grill after the cookout y'all	service	
        he said my braids looked gorgeous before the school run	words	genuine-compliment
        Told Kemi ololufe mi, your speech at the wedding was perfect	words	genuine-compliment
        she made the bed!!! hospital corners and everything!!! who IS she!!!	service	make-the-bed
        Wrote in our shared notes app: you were right about the sofa. I was wrong. You're great.	words	repair-attempt
        I GOT HER TAYLOR TICKETS!!!!!! SHE SCREAMED!!!!!! 🎉🎉	gifts	
        He said I'm wicked smaht for fixing the spreadsheet	words	genuine-compliment
        gave him a big jhappi the second he walked in	touch	welcome-home-hug
        Played carrom with him after iftar	time	play-a-game
        Hid Hanukkah gelt in his coat pockets for him to find	gifts	
        Expressed appreciation.	words	
        little peck on the forehead	touch	
        he says the same thing every evening, good job today. I like that it's always the same.	words	notice-hard-work
        Gave her a chitenge from Soweto market, she loved the pattern	gifts	
        Held his hand all the way home from the ceilidh	touch	hold-hands-walking
        Told her I've noticed how hard she's been working and that it matters to me.	words	notice-hard-work
        Flowers were delivered to her hotel in Singapore at 8am her time for our anniversary	gifts	pick-a-flower
        he built the IKEA bed in our new flat while I was at work!! no leftover screws!!	service	take-a-task
        Starbucks gift card tucked in his birthday card	gifts	
        told her she's the best thing that ever came out of hinge	words	
        lay tangled up in bed till 10	touch	
        Cinema together: the new Pixar	time	
        Went thrifting together Saturday morning	time	
        Told her I'm proud of her for asking the restaurant for the ramp instead of just not going	words	proud-of-you
        Mishti said tumi pagol but I love you before leaving for office	words	
        Told her she makes this flat feel like home even though neither of us speaks the language yet	words	genuine-compliment
        he said thank you for everything you do at dinner, totally unprompted	words	say-thank-you-out-loud
        Packed her crew bag while she slept off the red-eye from JFK	service	take-a-task
        Spent the whole evening with him. Nice. Will do again.	time	
        Nuzzled her neck while she brushed her teeth	touch	
        Got Ellie the AirPods case with the frog on	gifts	
        Fixin to change the oil in her truck this weekend so she don't have to	service	take-a-task
        unloaded the dishwasher even tho it was my turn	service	handle-the-dishes
        Read her my list of 14 reasons I like living with her. An actual list. She asked for a list.	words	why-i-love-you
        Dug her car out on Comm Ave so she wouldn't be late, wicked cold out	service	take-a-task
        Watched the game together, Liverpool v City, beers and crisps on the sofa	time	
        Gave Leila a box of ma'amoul and a bottle of rose water for Eid	gifts	
        surprised him with a new Japanese chef's knife, engraved with his initials	gifts	
        Just us two on the couch for the game, Vikings lost, uff da, but real nice having him home for once	time	
        He just held me on the couch, no need to talk he said	touch	couch-cuddle
        Rolled round the botanic gardens together, the new paths are lovely and smooth for the chair	time	short-walk
        Texted her good morning at 3am my time so it lands at 11 hers. Told her I'm proud of the new job 🥹	words	timezone-good-morning
        HE SAID HE'S SO PROUD OF ME!!!!! I'm literally crying!!!!! ❤️❤️❤️	words	proud-of-you
        Ate mango with chilli at Galle Face and watched the sunset together	time	
        Encouragement given re: new job. Received well.	words	
        Carved pumpkins together	time	
        Rubbed his stiff neck after the long drive from Kitwe	touch	shoulder-rub
        brought home leftover tiramisu from work 🍰	gifts	favourite-snack
        He kissed my forehead during my 9am standup (off camera)	touch	
        Add oil lah! texted Wing before his exam, he sent back 10 hearts	words	
        Smooch at the door	touch	goodbye-kiss
        Gave him a hug. Also a kiss. Good day.	touch	
        Picked up his favourite onigiri from FamilyMart	gifts	favourite-snack
        Gave him a box of baklava from the Turkish bakery down the road	gifts	favourite-snack
        Walked round Cannon Hill Park with him, bab, lovely afternoon	time	short-walk
        Besitos all over his face	touch	
        Did the laundry. All of it.	service	
        told Priya she's a genius for figuring out the visa paperwork. She is.	words	genuine-compliment
        made jake his flat white the way he likes it, oat milk, extra hot	service	make-their-coffee
        was taking the dog out anyway but took the bins too. that one's for you, not the dog	service	take-a-task
        left a voicemail for Hana: 사랑해 jagiya, you're doing so good at the new job	words	voice-note
        Kiss goodnight before lights out	touch	
        Bought her a book at the airport on the way home	gifts	small-book-or-article
        Made him a sandwich. He asked for a sandwich. It was a sandwich.	service	
        Long chat on the balcony about whether we'd ever move back to Lagos	time	
        Quick smooch in the lift before the neighbours got in	touch	
        Fixed the leaky tap. Finally.	service	
        Drank kava with the cousins till late, just talanoa, him and me side by side	time	
        Kissed her forehead after Eid prayers	touch	
        snuggled up with her on the couch, oh ya, under two blankets	touch	couch-cuddle
        oh ya, told her I sure appreciate everything she does, uff da, she got all teary	words	say-thank-you-out-loud
        went bowling, she's rubbish at it, we laughed all night	time	
        thank u for being u 🥺	words	
        encouraged him to go for the sous chef role, told him hes more than ready	words	
        afternoon at the museum together	time	
        Deep pressure hug, 30 seconds, as requested	touch	long-hug
        FaceTimed for 2 hours even though it was 4am for him in Vancouver	time	
        Made him a proper HK milk tea with the silk stocking strainer	service	make-their-tea
        Cuddled up, just holding each other, no talking	touch	
        Made kottu for him at midnight after his late shift, what to do, he was starving no?	service	take-a-task
        Tried a new recipe together on Sunday, total mess, so much fun	time	try-something-new
        he came to my school's Christmas concert and sat in the front row	time	
        ran out at 10pm for more nappies and wipes, no complaints	service	run-an-errand
        "I'll do the night feeds this week," he said, and he actually did. All of them.	service	take-a-task
        got up early to do the milking so she could stay in bed with the baby	service	let-them-sleep-in
        got a photo from our wedding printed and framed for her desk	gifts	
        bought custard creams for Nana because Leah said she'd been feeling low	gifts	
        Polished his boots for inspection	service	take-a-task
        massaged his calves after the 90 mins, the physio can't do it like me	touch	
        We went to the market together Saturday arvo, just us two	time	
        We did a jigsaw together after the baby finally slept, 20 mins of bliss	time	play-a-game
        got earrings for his mam's birthday so he didn't have to worry about it on top of everything	gifts	
        had a photo book printed of all our van trips for her birthday	gifts	
        did the crossword together in bed, Sunday ritual	time	play-a-game
        gave him a long hug at the door before he left for his night shift	touch	long-hug
        Just us two in the caravan awning playing cribbage while it rained	time	play-a-game
        rubbed her feet, she's 36 weeks and they're like balloons	touch	foot-rub
        played cards by lamplight during the power cut, NEPA took light again and honestly we didn't mind	time	play-a-game
        saw on location sharing his van had stopped near Tyndrum for an hour, drove out with jump leads at midnight	service	
        screamed her name like a madwoman at every kilometre marker of her first fun run, GO ON SHAZ	words	
        grated the coconut for her mum's recipe even though my arm nearly fell off	service	
        texted "good luck w/ the inspection tmrw, ur gonna smash it" at 11pm	words	
        kissed him goodbye at the school gate in front of Year 9. scandalous.	touch	goodbye-kiss
        found him a secondhand copy of the rugby book he wanted, $4 at the op shop	gifts	small-book-or-article
        I made his bed, made his tea, showed him where the bathroom is again. Married 54 years. It's still my job and I'm glad to do it.	service	make-the-bed
        Kofi stuck a note on my lunchbox: "Go and shine, Mrs Mensah"	words	note-in-bag
        tucked a love letter into his kit bag before the deployment, he messaged from Cyprus to say he'd read it 6 times	words	note-in-bag
        brought home her favourite chocolate, $2.50 but she acted like it was diamonds	gifts	favourite-snack
        nuzzled into his neck while he was on the phone to his mum	touch	
        sat in the hospital canteen with her during her 3am break	time	
        Took the car for its MOT so he didn't have to miss training	service	take-a-task
        made packed lunches for both of us for the whole week, rice and beans, $11 total	service	pack-their-lunch
        whatsapped Tunde "you make me so proud every day, no be small thing o"	words	proud-of-you
        he got me proper comfy shoes for my cleaning shifts, the good ones, not the cheap ones	gifts	
        phones down dinner. actual eye contact. revolutionary.	time	phone-down
        had a deep chat in the car outside the house for 45 mins before going in cos the in-laws were home	time	
        had halo-halo delivered to her at the hospital break room	gifts	favourite-snack
        she did my share of the washing up bc I was knackered from the match	service	handle-the-dishes
        he carved me a little wooden fish out of driftwood	gifts	
        gave him a hug when he got hone	touch	welcome-home-hug
        Cooked his mum's favourite dal for her birthday, Rahul said that meant more to him than anything I could've bought	service	
        We had a "no talking about the baby" date for one hour. we lasted 12 mins lol	time	
        left a Mars bar in his locker at the security desk #nightshiftlife	gifts	favourite-snack
        kissed her belly and said goodnight to the bump	touch	
        sent her a voice message on her night shift at the bakery just saying how amazing she is	words	voice-note
        paid the electric bill and found us a cheaper tariff, saving £14 a month!!	service	
        we played FIFA together, she beat me, I let her (I didn't)	time	play-a-game
        hyped her up b4 her driving test, told her she was born to drive, she passed!!!	words	
        bought a bone for the dog and a bunch of tulips for the missus	gifts	pick-a-flower
        went to the chemist for her folic acid and those ginger sweets that actually help the nausea	service	run-an-errand
        praised her knitting	words	genuine-compliment
        spent the whole afternoon at the allotment together and then ate the peas straight out of the pods	time	
        made her a hot water bottle and brought her two paracetamol for her cramps	service	
        she posted me a postcard from the other side of the caravan park lol	gifts	
        He made me a birthday card with the kids' handprints and the cat's paw print	gifts	
        Got his mum a new shawl for Diwali, he was so happy I thought of her	gifts	
        took her hand as we walked into her parents' house for the first time since the wedding	touch	
        cleaned the hole kitchen after the row, didn't say a word, just did it	service	repair-attempt
        ran her a bath after her shift cleaning the wards, bubbles and all	service	
        cuddled all morning, baby asleep between us, dog at our feet	touch	
        We went fishing at dawn, didn't catch a thing, best morning ever	time	
        got her tunic washed and dried in time for her 6pm start	service	take-a-task
        hoovered the car out, it was full of dog hair and crisp packets	service	
        we did a wee road trip up to Skye, 3 days, no work emails	time	
        we went for a walk along the beach before his shift	time	short-walk
        picked up a slice of black bun for her from the bakery on the way home, Hogmanay treat	gifts	favourite-snack
        gift: a tiny succulent named Gerald	gifts	
        movie night in a blanket fort with the cats	time	
        he'll have done the laundry by the time I'm home, he promised, and he DID	service	take-a-task
        Told him I believe in the van build even if the roof still leaks and we're eating beans for a month	words	
        Did the school run so she could have a lie-in?? yes I did, husband of the year	service	let-them-sleep-in
        gave him a big squeeze when he got in off the boat, smelled awful, didn't care	touch	welcome-home-hug
        He got me sunflowers from the petrol station, £3.50, best £3.50 he's ever spent	gifts	pick-a-flower
        went to the pub quiz together, came 3rd, won a tin of Quality Street	time	
        sent her an e-gift card for the coffee place by her school after her rough night	gifts	
        you called me your favourite person on the phone to your sister and you didn't know I could hear	words	brag-about-them
        read the paper aloud to Mary after breakfast, she likes the horse racing bit	time	
        drove out to the lake to watch the stars	time	
        drew a little comic of our first date and framed it for him	gifts	
        stacked the hay bales while he was at the mart	service	take-a-task
        went to Sheila's book club with her even though I haven't read the book	time	
        baked her a lemon drizzle for our first anniversary	gifts	
        picked up rum and raisin ice cream on the way to her parents' cause her dad loves it	gifts	
        played Uno with her grandparents all evening bc it makes her happy	time	
        Grandad's carer was off sick so I took him to his appointment, Maria was so relieved she cried on the phone	service	take-a-task
        y'all he called me "the smartest woman in Georgia" at the church potluck and I cannot	words	brag-about-them
        fell asleep holding hands across the gap between the hospital bed and the chair	touch	
        Went to the hawker centre for supper together after her late shift lah	time	
        picked him up a Krispy Kreme at 4am on the way home from the night shift	gifts	favourite-snack
        we hugged for like 10 minutes straight	touch	long-hug
        had karaoke night in the living room with his parents, Papa sang Mohammed Rafi	time	
        rubbed her lower back while she leaned on the kitchen counter, 38 weeks and counting	touch	shoulder-rub
        Hugged him the second he walked through arrivals after deployment, didn't let go for 5 mins	touch	welcome-home-hug
        held Walter's hand till he fell asleep, like we used to on the bus home from the pictures	touch	
        made a wee cake to celebrate surviving month one with the baby, just for her	gifts	celebrate-small-win
        said "salamat, mahal ko" and meant it, for everything this year	words	
        he was fixin' to go to bed but stayed up and washed every dish from the crawfish boil so I wouldn't wake up to it	service	handle-the-dishes
        She mended the nets for me while I slept off the night haul	service	take-a-task
        tucked a bag of chin chin into his bag before he travelled to Abuja	gifts	favourite-snack
        texted "proud of u" after her first solo night patrol at the warehouse 🔦	words	proud-of-you
        he packed my lunch and labelled it "Tuesday, eat the fruit"	service	pack-their-lunch
        Gave Tash a homemade voucher book: "1 x breakfast in bed, 1 x foot rub, 1 x I was wrong"	gifts	
        hand massage with the good lotion after her shift scrubbing floors all night	touch	
        ILY ILY ILY	words	
        surprised him with the lure he'd been eyeing at the tackle shop for weeks	gifts	
        bought him a new phone case bc he dropped his old one in the sea	gifts	
        found a 50p copy of her favourite book at the charity shop	gifts	small-book-or-article
        we'll have watched every Bond film by Christmas, we're on film 14	time	
        brought her a flat white and a croissant on my way home from the night shift ☕	gifts	their-usual-order
        Kamau fetched water and charged the solar lamp before I got back from the shamba	service	take-a-task
        unloaded the dishwasher without being asked 💪	service	handle-the-dishes
        Made him a playlist called "songs for your 3am break" 🎧	gifts	
        Sewed the button back on his good shirt before the wedding	service	take-a-task
        made her a scrapbook of our first year married, ticket stubs and all	gifts	
        gave her a kiss on the forehead before I left for the early milking	touch	goodbye-kiss
        Left a sticky note on the fridge: "6 months married and I'd still pick you every single time" ❤️	words	mirror-note
        plugged his phone in and set his alarm for him bc he fell asleep on the couch again	service	fill-their-tank
        Kissed her shoulder while she was doing the dishes	touch	
        knitted him a scarf in his club colours, took me 3 months of bus journeys	gifts	
        did the weekly shop with €42 and came in under budget, she didn't have to think about it once	service	run-an-errand
        made chikki from my mum's recipe and packed it in a little tin for her	gifts	
        got her ube ensaymada from the bakery near the hospital	gifts	favourite-snack
        cuddled on the sofa w/ the cat asleep on top of us both	touch	couch-cuddle
        gave my wife a long hug before she went in for her scan	touch	long-hug
        she brought me a double-double and a box of Timbits to the rink at 6am	gifts	their-usual-order
        back massage after a long day lifting bales	touch	shoulder-rub
        ironed his uniform for parade, creases sharp enough to cut yourself on	service	take-a-task
        sat on the floor of the nursery and talked about names for 2 hours	time	
        Day 212 of marriage. Femi sorted the car insurance renewal while his wife was on nights. Femi is a catch.	service	take-a-task
        mashed up Bill's dinner and helped him eat it, he said "thank you, dear" which is new	service	
        held hands under the table at dinner with his parents 🙈	touch	
        Sent a thank-you text to Aroha for sorting everything while I was away shearing, told her she's an absolute legend	words	appreciation-text
        painted a mug for him at the pottery café, it says "world's okayest husband"	gifts	
        he warmed the car up for me before my night shift, seat heater on and everything	service	
        i love you	words	
        watched the All-Ireland final together in the pub, the craic was mighty	time	
        bought a £1 bunch of daffodils	gifts	pick-a-flower
        ordered her fave bubble tea delivered to her office, less sugar, just how she likes it	gifts	their-usual-order
        kissed him awake, gently, at 3pm after his night shift	touch	
        Sent a "you've got this" text before her 7am training session at the club	words	
        Sent her a meme captioned "us but cuter" followed by a long paragraph about why I love her	words	send-a-meme
        did the ironing for the whole house, Papa's kurtas too	service	
        scraped the ice off her windscreen at 6am ❄️	service	take-a-task
        took the dogs for a sunset walk after we made up and talked it all through properly	time	short-walk
        gave her a long hug when she came out of the exam hall	touch	long-hug
        held Nkechi's hand the whole drive to the hospital	touch	
        fixed the fence so the dog stops getting into the neighbours' chooks	service	
        we talked about the argument over tea at the kitchen table, no shouting, just listening to each other	time	
        hand on her knee the whole way home in the ute	touch	
        knitted a tiny hat for the baby and a matching big one for him, they look ridiculous, I'm obsessed	gifts	
        gave him my full attention while he told me about his match, every single tackle	time	ask-about-their-day
        hugs at the car door before the long drive back to base	touch	
        pulled her in for a kiss at the traffic lights	touch	
        flew out to watch his passing out parade, then we had the whole weekend together	time	
        she held my hand through the whole injection	touch	
        went to my girlfriend's netball match and stayed for drinks w/ her team after, they all love me now	time	
        hugged him tight at the door before his security shift, come back safe	touch	long-hug
        watched the rugby together at the pub, she explained the offside rule to me again	time	
        Bought 'er a bunch of roses from the servo. Still counts.	gifts	pick-a-flower
        a long kiss in the rain at the bus stop	touch	
        sat on the porch swing talkin till midnight y'all, we ain't done that since the wedding	time	
        Calum made me porridge before I went out to the boat at 4, with a wee bit of salt the way I like it	service	cook-their-favourite
        tickled her till she snorted	touch	
        rang teh landlord about the mould so she didnt have to deal w/ it	service	take-a-task
        snuggled up in the swag under the stars, freezing night after a stinking hot arvo	touch	
        he added everything to our shared grocery list app and then actually went and bought all of it	service	run-an-errand
        Mia wrote me a card listing 10 things she loves about me. Number 9 was how I talk to the dog 🐶	words	why-i-love-you
        WE HELD HANDS AT THE MOVIES LIKE TEENAGERS	touch	
        bought him a bag of mandazi from the kiosk for his break	gifts	favourite-snack
        He bought me new wellies because my old ones leaked	gifts	
        sent a GIF of a dancing potato with "proud of my spud" after his job interview	words	send-a-meme
        Unblocked the shower drain. Her hair. My love.	service	take-a-task
        she came home from her hospital shift absolutely wrecked so I lay on the bed and let her flop on top of me and we stayed there like a pile of laundry for an hour, Mochi purring on her back	touch	
        we watched the sunrise together after his night shift, sitting on the bonnet of the car	time	
        told ma lassie she's a wee belter and I'm the luckiest man in Fife	words	genuine-compliment
        filled out the tax forms for both of us, she hates numbers and I hate watching her stress	service	take-a-task
        Did she just bring me a bacon butty to the security hut at 2am? she did 🥓	gifts	favourite-snack
        Grandpa brought Grandma a single rose from the garden, like every Sunday, even though he forgets which day it is now	gifts	pick-a-flower
        spent the evening curled up on the couch, legs tangled, the cat wedged between us	touch	couch-cuddle
        Complimented his best man speech at his brother's wedding, told him he had the whole room in tears	words	genuine-compliment
        foot massage while he told me about his day	touch	foot-rub
        Rahul thanked me in front of the whole family at dinner for looking after Papaji while he was travelling, I felt so seen	words	say-thank-you-out-loud
        we had chai on the roof while the rest of the family slept, our only alone time all week	time	
        ordered him a custom dog tag with the baby's scan engraved on it	gifts	
        Deshawn checked my tyre pressure and topped up the washer fluid before my long drive to Mobile	service	fill-their-tank
        told him im proud of him for passing his corporal course, said it twice so he'd actually believe it	words	proud-of-you
        hung a little tag on the dog's collar for him to find: "Biscuit says you're the best dad"	words	
        made a lasagne so she wouldn't have to cook when she got back from the hospital	service	take-a-task
        I'd been saving my tips for weeks in an old Milo tin and on Friday I finally got her the earrings she saw at the market in Half Way Tree, she cried, I cried, the dog barked	gifts	
        Margaret told me I'm "still the handsomest fella in the place" during my visit, Tuesday. She called me Ted, which is my name. Good day.	words	genuine-compliment
        cut out all of Lauren's classroom display letters while she marked 90 books	service	take-a-task
        spooned all night in the van bc it was ducking freezing	touch	
        Entry: Husband (me) took Wife (her) to the cinema on cheap Tuesday, £4 each. Husband is a romantic.	time	
        we wrote each other letters for our first anniversary and read them out loud on the back step	words	
        sent Nadia a voice note on her way to her parents saying I'm so proud of her for coming out to them and whatever they say she's got a home with me and the cats	words	voice-note
        went for a drive with no destination, windows down, country radio on	time	
        we played Mario Kart till the baby woke up	time	play-a-game
        said thank u for the hundredth time for doing the night feeds, he said keep saying it, I will	words	thanks-for-chore
        Took a slow walk round the garden with Ruth. She held the roses like she'd never seen them. I let her take her time.	time	short-walk
        Wrote Jo a thank-you card for handling the whole move, she put it on the fridge next to the cat's vet reminder	words	
        Told Nan she was the prettiest girl at the dance in 1962. She doesn't remember the dance but she smiled like she did.	words	genuine-compliment
        he said "you're already a great dad" while I was failing to burp the baby at 3am and I nearly cried	words	genuine-compliment
        got him a Jamaican patty an' a ginger beer after him match	gifts	favourite-snack
        "you are enough" on a post-it stuck to my laptop screen this morning	words	mirror-note
        i gave her my last Tim Tam. THE LAST ONE.	gifts	save-last-slice
        made a road trip playlist together, taking turns picking songs	time	shared-playlist
        forehead kiss while she was feeding the baby at 4am	touch	
        Chopped firewood for the wee stove in the van	service	
        Asked about her day and actually listened. Didn't try to fix anything.	time	ask-about-their-day
        he made me a bracelet out of fishing line and a shell he found on the slipway	gifts	
        took the 2am and the 5am feeds so she could sleep 4 hours straight for the first time in weeks	service	let-them-sleep-in
        Listened to her talk about her classroom drama for a solid hour, phone in the other room	time	phone-down
        Sent him a care package on tour: Yorkshire Tea, Haribo, and printed photos of the dog	gifts	send-a-care-package
        Gran rested her head on Grandad's shoulder through the whole film	touch	
        defrosted the freezer	service	
        held hands walking through the hawker centre	touch	hold-hands-walking
        bought him new socks bc his all had holes. romantic? yes.	gifts	
        he got me a tiny gold locket with the baby's picture inside 💛	gifts	
        Complimented her haircut before she even asked!! growth	words	genuine-compliment
        he told my mum I'm the best wife he could ask for, in Tagalog, badly, but Mama loved it	words	brag-about-them
        cooked jollof for his whole family when they came round on Sunday, his aunty asked for seconds	service	
        told wifey her chai is the best in all of Pune and I'm not even exaggerating	words	genuine-compliment
        Cleaned the gutters. She hates ladders.	service	take-a-task
        told Kev his sourdough was the best in the shop, better than the boss's, don't tell the boss	words	genuine-compliment
        kissed him at the door when he got home at 7am from the bakery, he tasted like sugar	touch	
        stayed up to watch the meteor shower with him on the deck of the boat 🌠	time	
        apologised properly this morning, told her I was wrong and that I actually love how she stands up for herself	words	repair-attempt
        scalp massage while she watched her K-drama	touch	play-with-hair
        brought home a jar of honey from the farmers market for her throat	gifts	
        made up the spare bed with fresh sheets for his mum before she landed from Lagos	service	
        we held each other and cried a bit after the argument, then laughed	touch	long-hug
        She drew a portrait of Biscuit (the dog) for my birthday and it's SO good 🐶	gifts	
        Hubs did all my laminating and cutting out while I finished reports, at 10pm, on a Sunday, legend	service	take-a-task
        wrapped her in a big hug after the bad news from the clinic	touch	long-hug
        so basically I got up at 5 because he's on earlies at the bakery and I made him a proper breakfast and packed his lunch and then did the washing up before the baby woke which honestly is a miracle	service	pack-their-lunch
        told him he's a brilliant farmer and an even better husband, he said "ach, give over"	words	genuine-compliment
        Emeka brought home puff puff wrapped in newspaper, still warm, I chopped the whole thing before he took his shoes off	gifts	favourite-snack
        took her out for a braai at the beach with just the two of us	time	
        changed every single nappy today so she could rest her stitches	service	take-a-task
        went to watch him train and then we got a cheeky Nando's together	time	
        brought back a stick of Edinburgh rock from the trip for her	gifts	favourite-snack
        rubbed oil into her bump where it's itchy	touch	
        thanked hubs out loud in front of his parents for everything he does round the house, his mum nearly cried	words	say-thank-you-out-loud
        Took a weekend off the farm, first one in 2 years, just the two of us	time	
        Did I tell him he played a blinder on Saturday? yes. three times. #footballwife	words	genuine-compliment
        binge-watched the whole new season of our show, no phones, blanket, the works	time	
        He sent flowers to me at school and the whole staffroom went "ooooooh"	gifts	pick-a-flower
        put both our phones in the drawer and talked till the candle burnt out	time	phone-down
        said sorry first. then said i love you. in that order.	words	repair-attempt
        Sunday brunch date, no phones, just us	time	
        she said I was "so good with Mum" after Mum asked my name for the fourth time. Means everything.	words	genuine-compliment
        went to her parents' church with her on Sunday then stayed for lunch	time	
        Journal, Thursday: Marcus told Ellie she'd make a brilliant nurse and for once she believed him.	words	genuine-compliment
        Fed the cats and walked the dog so she could nap after her shift 🐈	service	let-them-sleep-in
        went paddle boarding togther on the lake, fell in twice	time	
        picked a bunch of wildflowers and left them on her seat in the van	gifts	pick-a-flower
        long hug in the kitchen after the fight, neither of us said anything for ages	touch	long-hug
        did she just kiss me on the cheek for no reason? yes. #blessed	touch	
        Told my wee man he's the best thing that ever happened to me, he went pure beetroot	words	
        rubbed his back till he fell asleep, poor man has the flu	touch	shoulder-rub
        Emptied the cassette toilet in the van. If that isn't love idk what is 🚽	service	
        Jess posted a photo of me on her story captioned "my whole heart" 😭😭	words	brag-about-them
        Game night: Scrabble. She played "qi". I lost.	time	play-a-game
        you said "I'm proud of you for taking your meds today." small thing, but it helped more than you know	words	proud-of-you
        long video call on her break, she showed me the sunrise from the ward window	time	share-your-view
        wrote "u r doing amazing mama" on the bathroom mirror in her lipstick lol	words	mirror-note
        took the bins out. it wasn't even my turn.	service	take-a-task
        kissed her hand when she was confused and scared this morning and she calmed right down	touch	
        told Priya she's the strongest person I know after her scan today	words	genuine-compliment
        gave him a massive hug in front of his mates at training even though he went red	touch	long-hug
        stayed on a video call with me the whole walk home from the bus at midnight 📱	time	
        we'd both been so snappy since the fight so tonight we went for a long walk round the loch with the dog and just talked, about everything, his dad, the money, the wedding, and it felt like us again	time	short-walk
        presented her with the first tomato from the veg patch like it was a ring 🍅	gifts	
        proper date night: chippy tea and a walk along the prom	time	short-walk
        bought her a little jade plant for the van windowsill #vanlife	gifts	
        TOOK THE CAT TO THE VET SO SHE DIDNT HAVE TO MISS WORK	service	take-a-task
        Sarah's note on the fridge: "Thank you for making our tiny budget feel like plenty"	words	mirror-note
        told Siobhan she's great craic and the best decision I ever made, she told me to stop being soft	words	genuine-compliment
        walked to the sari-sari store to get his load and pandesal before he woke up	service	run-an-errand
        Dear diary, she told me I'm a good husband. First year of marriage, nailing it (mostly).	words	genuine-compliment
        knitted her a toque with a pompom for the -30 mornings at the bus stop, eh	gifts	
        she told me the boat looks class after the repaint, proper chuffed with myself now	words	genuine-compliment
        He gave me a neck massage halfway through my marking marathon	touch	shoulder-rub
        stayed up after his night shift at the bakery so we could have breakfast at his dinnertime	time	
        wrapped his new fishing knife in the newspaper from the day we met	gifts	
        told her she'll definately be an incredible mum	words	genuine-compliment
        rubbed his shoulders after the match, he's so sore	touch	shoulder-rub
        did he just call me "the backbone of this family" at Christmas lunch in front of everyone? yes he did	words	brag-about-them
        Got him a keyring engraved "drive safe, I need you home"	gifts	
        gave hubs a hug from behind while he was at the stove	touch	
        put a recurring event on our shared calendar for 8am every day that just says "reminder: you're amazing"	words	
        left a wrapped present under her pillow: new fuzzy socks 🧦	gifts	
        i made the coffee. with the good beans. at 5:45am before his security shift.	service	make-their-coffee
        got her that hand cream she likes, the £4 one not the fancy one, we're on a budget	gifts	
        ENCOURAGED HIM TO APPLY FOR HEAD OF YEAR AND TOLD HIM HE'S THE BEST TEACHER IN THAT BUILDING	words	genuine-compliment
        sneaky kiss in the lift at work	touch	
        joined her on her 6am walk even though I hate mornings	time	short-walk
        cooked dinner together, she chopped, I stirred, we danced badly	time	
        she said "you damn good husband one leh" in front of all her aunties, I so paiseh	words	brag-about-them
        He sent me a long message after we argued saying he admires how honest I am, even when it's hard to hear	words	genuine-compliment
        Darren texted me "you're the best thing in my life" from the ship, took 2 days to come through but I'll take it	words	
        he told me the calves are thriving because of me and honestly that's romance on a farm	words	genuine-compliment
        I fixed the leaky tap in the caravan with a bit of tape and a LOT of swearing	service	
        went to the ceilidh together and danced every single dance	time	
        gave my mother-in-law a big hug from him since he's away on the ship	touch	
        brought back a fridge magnet from every port, she has 23 now	gifts	
        Fixed the solar panel connection on the van in the pissing rain so she could charge her laptop for work	service	take-a-task
        wrote all 87 wedding thank-you emails myself so she didn't have to	service	take-a-task
        Said "you're so beautiful" while she was in trackies with baby sick on her shoulder. Meant every word.	words	genuine-compliment
        booked his dentist appointment bc he never will	service	take-a-task
        held my husband's hand at my cousin's wedding reception the whole time, first family do since we came out	touch	
        watched the sunset from the van roof, phones off	time	
        picked up a steak bake for her on my way past Greggs	gifts	favourite-snack
        bought her the big pregnancy pillow she kept looking at online, $60 and worth every cent	gifts	
        had a long lunch together in the mess, first time in weeks we've been on the same rota	time	
        wee cuddle on the sofa before bed	touch	couch-cuddle
        took the kayaks out together at Raglan, chur, best arvo we've had in ages	time	
        You said my lesson plan was brilliant and that the kids are lucky to have me. Needed that today.	words	genuine-compliment
        left a voice memo for Sam to hear after her shift: "sleep well, ur my hero, the whole ward is cleaner bc of you"	words	voice-note
        had a picnic in the park with the baby asleep in the pram, 40 mins of peace	time	
        Told him im proud of how we fought fair last nite, were getting better at this	words	proud-of-you
        stayed up talking until 2am like we were 19 again	time	
        We cuddled up in one sleeping bag on the deck of the boat	touch	
        surprised hubs with suya from the spot he likes near the junction	gifts	favourite-snack
        played with his hair while he dozed off on the couch	touch	play-with-hair
        praised his braai skills so loudly all the cousins could hear	words	brag-about-them
        she stroked my hair till I fell asleep	touch	play-with-hair
        she sat on my lap in the caravan cos there's only one chair lol	touch	
        bought him a scratchie and a coffee, we didn't win, he smiled anyway	gifts	their-usual-order
        baked a tray of brownies for her to take into the staffroom on her birthday	gifts	
        listened to the whole 6-minute voice message she sent me and then called her back for an hour	time	
        foot rub with coconut oil	touch	foot-rub
        Tomas mowed his mum's lawn because I'd been worried about her knee	service	
        told my partner they're so brave for starting T and that I love them more every single day	words	genuine-compliment
        made her chai before her 5am shift at the bakery	service	make-their-tea
        Shoveled the driveway before she left for work, y'all it was a foot deep	service	take-a-task
        texted wifey: thank u for being so patient with my mum this week, i see it, i see all of it	words	appreciation-text
        the hubs spooned me all night and didn't even steal the covers	touch	
        he left a single ferrero rocher on my keybaord 🥹	gifts	favourite-snack
        drove her to her antenatal appointment and swapped two shifts to do it	service	
        video called him on base for an hour, just talking about nothing	time	
        picked up Grandma's prescriptions on my way home because I know it stresses Dev out when she runs low	service	run-an-errand
        spent all Saturday together at the farmers market and then a long lunch	time	
        cuddle puddle w/ both dogs on the bed 🐕🐕	touch	
        skin to skin with our newborn, then she climbed in and I held them both	touch	
        He wrote me a poem. It rhymed "caravan" with "my woman." I'm keeping it forever.	words	
        sent a calendar invite titled "US. no excuses." for Friday 7pm, she accepted within 30 seconds	time	
        wrote "U + ME" on the fogged-up car window before she got in 🚗	words	
        Thanks for listening last night babe, I know I was a mess, you're my rock (written on the whiteboard by the door)	words	mirror-note
        strolled round Luneta park together on Sunday, shared a taho	time	short-walk
        warmed her cold feet on my legs in bed, she squealed then snuggled in	touch	
        sat with Dorothy going through our wedding album. She named every single bridesmaid. 1971.	time	
        took both dogs out in the rain at 11pm so she didn't have to	service	take-a-task
        morning cuddles!!!	touch	
        put the cot together while she rested, took 3 hours and one allen key related breakdown	service	take-a-task
        texted him "so proud of you" before his 6am crew change on the rig	words	proud-of-you
        left a post-it on the kettle saying she's the best thing that ever happened to me	words	mirror-note
        Told Kai his pitch deck was genius and that he should be proud of what he built	words	genuine-compliment
        wrote him 3 pages telling him i still believe in him and always will	words	handwritten-letter
        his letter said i'm the reason he gets up in the morning in there	words	handwritten-letter
        voice note saying i love you before the signal drops out past the headland	words	voice-note
        Thanked Claire properly for holding the fort with the guests all weekend	words	
        complimented her new haircut at breakfast lol she went bright red	words	genuine-compliment
        "you're a cracking dad" - said it to Tom and actually meant it	words	genuine-compliment
        She told the whole table at Diwali dinner how proud she is of me 🥹	words	brag-about-them
        Texted him at 3am after his night shift: you saved lives tonight, love you	words	appreciation-text
        wee note in his piece box sayin he's pure class	words	note-in-bag
        told her i trust her again. first time i've said it out loud since	words	
        he told me he is so proud for my marathon time, I was crying at the finish	words	proud-of-you
        wrote "happy anniversary, still my favourite human" on the bathroom mirror	words	mirror-note
        kept yelling YOU'VE GOT THIS at mile 20 til she heard me	words	
        told him his sourdough is proper lush, best in Devon	words	genuine-compliment
        mandei msg pro Rafa - obrigada for being so patient with me this week ❤️	words	appreciation-text
        She wrote me a poem for Valentine's and read it out to me	words	
        thanked Ben for not giving up on us	words	
        encouraging sticky notes all over his monitor before the Series A meeting	words	mirror-note
        Told her she looked absolutely stunning in her sari	words	genuine-compliment
        "u r doing amazing sweetie" txt before her membership exam	words	
        My husband said I am very good mother. I don't hear this so often	words	genuine-compliment
        told Jenny in front of her daddy she's the best hand on this farm	words	brag-about-them
        wrote her a long paragraph about all the reasons I love her and sent it at lunch	words	why-i-love-you
        told him I've noticed how hard he's been trying lately	words	notice-hard-work
        gm text: morning gorgeous ☀️ have the best day	words	good-morning-message
        thanked my cofounder (and wife) in the all-hands for carrying the launch	words	brag-about-them
        wrote daisuki on his napkin with a lil heart	words	
        I said to Femke that she is the strongest woman I know	words	genuine-compliment
        he said mahalo for everything babe and listed it all out, i teared up	words	
        Kept telling him well done after his first solo night on A&E	words	
        Told the guests at breakfast that my wife does all the baking and she's a genius	words	brag-about-them
        wrote to him saying im proud he passed his maths inside, proper proud	words	proud-of-you
        said "yer stunnin hen" when she came doon the stairs	words	genuine-compliment
        thanked him again today for listening to me last night, it meant a lot	words	
        he texted "you absolute legend" after I PB'd the 10k	words	genuine-compliment
        reminded her she's allowed to be proud of herself for once	words	
        Drew a smiley on her banana and wrote GO SMASH IT	words	
        told him hes literally the most chill boyfriend ever after that traffic jam lol	words	genuine-compliment
        On Eid morning told Amira how grateful I am for her and everything she does	words	
        bigged up his onions in front of the whole allotment committee	words	brag-about-them
        I wrote small letter to Johan to say tack för allt, thank you for this year	words	handwritten-letter
        said I love you first tonight. after everything, it felt right	words	
        told him "you are enough" when the funding round fell through	words	
        he said my running form looked really strong at parkrun	words	genuine-compliment
        babe said my presentation slaps 😭	words	genuine-compliment
        told Priya she's absolutely killing it as a mum	words	genuine-compliment
        postcard to the boat: miss u like mad, counting the days x	words	handwritten-letter
        her letter said she's not going anywhere. read it 10 times on my bunk	words	handwritten-letter
        gave her a real complement on her cooking insted of just saying "fine"	words	genuine-compliment
        said thank you to Wei for the Lunar New Year dinner and for making my mum feel so welcome	words	
        told you you're the kindest person I know, and I meant every word	words	genuine-compliment
        Read him a list of 10 things I admire about him on his birthday	words	genuine-compliment
        told her she's more than ready for the consultant post and she should go for it	words	
        told my ku'uipo she da most beautiful wahine on dis island	words	genuine-compliment
        Sat phone msg from him just to say he's proud of me for handling the house alone	words	proud-of-you
        told my jawn she's the best thing in this whole city, no cap	words	genuine-compliment
        told her the company exists because of her, not me	words	genuine-compliment
        texting 'thinking of you, you've got this 💪' before his driving test	words	
        he said goed gedaan schat when I fixed the boiler myself	words	
        praised how calm he was with that awkward guest in room 3	words	genuine-compliment
        told her the garden only looks this good because of her green fingers	words	genuine-compliment
        sent a "good luck today Dr Shah 😘" text before her first ward round	words	
        thanked him in my Hanukkah toast in front of both families	words	brag-about-them
        he called me beautiful with no makeup on, first time ever	words	genuine-compliment
        wrote thank u on the fridge whiteboard for doing the bins all week	words	thanks-for-chore
        told him I'm proud of how honest he's been these last few months	words	proud-of-you
        Gonna tell her tonight how much I admire the way she handled her dad	words	genuine-compliment
        told her she was gorgeous 😍	words	genuine-compliment
        did the 2nd load of washing so she could sleep off her nights	service	let-them-sleep-in
        bins out at 6:45am in the sideways rain	service	
        packed his lunches for the boat, 4 days worth, all labelled	service	pack-their-lunch
        He fixed the wobbly staging in my greenhouse	service	take-a-task
        weeded her whole plot at the allotment while she was on call	service	take-a-task
        covered all her check-ins so she could go to her sister's	service	take-a-task
        Changed six beds and turned the rooms over so he didn't have to	service	take-a-task
        sorted his self assessment while he was offshore	service	take-a-task
        degreased and lubed his chain the night before the sportive	service	take-a-task
        picked up her prescription on the way home	service	run-an-errand
        hoovered the whole flat before her parents came round	service	take-a-task
        cooked her favourite dal makhani after her 12 hour shift	service	cook-their-favourite
        descaled the kettle lol finally	service	
        ironed all his shirts for investor week	service	take-a-task
        walked the dog at 5am so he could sleep off the red-eye	service	let-them-sleep-in
        did the big food shop and remembered the oat milk this time	service	run-an-errand
        she mowed the lawn for me bc my back was bad	service	take-a-task
        filled in all the visiting order forms so his mum can come too	service	take-a-task
        fed the hogs and did chores before sunup so he could get to the sale barn	service	take-a-task
        made up all the bottles for tonight's feeds	service	
        unblocked the shower drain (gross but love u)	service	take-a-task
        fixed the puncture on her road bike	service	take-a-task
        booked all the flights and hotels for his conference	service	take-a-task
        replied to the nasty tripadvisor review so she didn't have to deal with it	service	take-a-task
        emptied the dishwasher without being asked for once	service	handle-the-dishes
        de-iced her windscreen before she left for the hospital	service	take-a-task
        I make bigos for him like his mama does, took all day	service	cook-their-favourite
        built the IKEA wardrobe solo while she was at work	service	
        rang the landlord about the damp so she wouldn't have to	service	take-a-task
        batch cooked 10 meals for his week of lates	service	take-a-task
        washed and folded all his offshore kit before he flies out	service	take-a-task
        she sorted the whole insurance claim after the flood	service	
        gonna paint the spare room this weekend so it's ready for her mum's Diwali visit	service	take-a-task
        scrubbed the oven ahead of thanksgiving	service	
        He did every single dish after Thanksgiving dinner	service	handle-the-dishes
        watered the toms twice a day while he was at sea	service	take-a-task
        hung the washing out bc it's finally sunny	service	
        Took the recycling down the tip	service	
        ran to the 24hr pharmacy at 11pm for calpol	service	run-an-errand
        made him obento for the long shift, with tamagoyaki	service	pack-their-lunch
        took her car to get new tyres	service	run-an-errand
        changed the bedding before she got home from her hitch	service	make-the-bed
        did the school run so he could make his 8am standup	service	take-a-task
        gutted and cleaned the mackerel so she didn't have to	service	take-a-task
        put the Hanukkah lights up outside and fixed the string that never works	service	
        fetched his bike from the repair shop	service	run-an-errand
        answered all the booking emails while he slept	service	take-a-task
        Ana cooked feijoada bc I was too tired to even think	service	take-a-task
        got up early and prepped all the Eid lunch so she could rest	service	take-a-task
        Unloaded the hay off the trailer so he could rest his shoulder	service	take-a-task
        he sorted the leak under the sink, proper job	service	
        i clean the bathroom even it is her week	service	take-a-task
        had his coffee brewed and in his travel mug by 5:30	service	make-their-coffee
        made her a cuppa every hour while she revised	service	make-their-tea
        decluttered the hall cupboard she hates	service	take-a-task
        drove 2 hours to get her from the airport after the conference	service	
        typed up his OU essays from his handwritten drafts and posted them back	service	take-a-task
        mucked out the chicken coop for her	service	take-a-task
        cooked the full english for 8 guests on my own so he could go to his race	service	take-a-task
        taking the bins out tonight so you don't have to dw	service	take-a-task
        gonna fix the gate hinge before the storm hits	service	
        she pinned my race number on and double-knotted my laces	service	
        handled the cat's vet appointment	service	take-a-task
        pressure washed the patio	service	
        meal prepped overnight oats for her week of nights	service	take-a-task
        sharpened all the knives	service	
        sorted the car insurance renewal for us	service	
        paid the bills and tackled the admin pile he'd been dreading	service	take-a-task
        replaced the hallway bulb that's been out for months	service	
        bought her peonies from the market on the way home	gifts	pick-a-flower
        brought him back a fridge magnet from the conference in Berlin	gifts	
        he saved me the best lobster from his catch, just for me	gifts	save-last-slice
        got him the new Garmin for his birthday 🎁	gifts	
        surprise box of krispy kremes on her desk	gifts	favourite-snack
        Bought him new gardening gloves bc his old ones were all holes	gifts	
        she gave me a silver chain for our 10th anniversary	gifts	
        wrapped up a book for him to read on the boat	gifts	
        knitted him a jumper for the rig, took me since September	gifts	
        sent him a parcel with socks and photos of the kids	gifts	send-a-care-package
        grabbed her a caramel slice from greggs cos she'd had a rubbish day	gifts	favourite-snack
        bought her new running trainers for the marathon	gifts	
        got her favourite kaju katli from the sweet shop for Diwali	gifts	favourite-snack
        gave him a red envelope with a silly note inside for Lunar New Year	gifts	
        bought her the perfume she'd been eyeing for Eid	gifts	
        8 nights 8 tiny presents, tonight was the dreidel socks	gifts	
        surprised her with a packet of rare heritage bean seeds for her plot	gifts	
        he got me a Valentine's card AND roses this year!!	gifts	pick-a-flower
        picked up a tin of stroopwafels at Schiphol for her	gifts	favourite-snack
        he bring me omiyage from Osaka, the cute kitkat flavours	gifts	favourite-snack
        ganhei flores do nada from him, lindo demais 💐	gifts	pick-a-flower
        bought him a new coffee grinder just because	gifts	
        sent a bunch of flowers to the ward for her last night shift	gifts	pick-a-flower
        made him a framed photo collage for our anniversary	gifts	
        She got me a necklace with the kids' initials on	gifts	
        left a bar of her fave chocolate on her pillow	gifts	favourite-snack
        bought him a pasty from the bakery in St Ives on my way back, still warm	gifts	favourite-snack
        brought her a plumeria lei from the market	gifts	pick-a-flower
        got him a Phillies jersey for his bday, he near cried	gifts	
        carved her a little spoon out of apple wood from the orchard	gifts	
        I bought for her the ring she was looking in the shop window, surprise	gifts	
        bought him a semla from the bakery cause its his favourite	gifts	favourite-snack
        new plant for her windowsill 🪴	gifts	
        tracked down the vinyl he's been after for years	gifts	
        got him noise cancelling headphones for the late nights	gifts	
        she got me a stethoscope engraved with my name	gifts	
        gave her the snow globe I got at Stavanger airport	gifts	
        picked up a bag of her favourite haribo at the petrol station	gifts	favourite-snack
        brought home a bottle of the Rioja we had on honeymoon	gifts	
        bought a bee-shaped bell for her bike	gifts	
        surprise parcel for him: the hoodie he kept looking at	gifts	
        got her some cosy slippers for the new flat	gifts	
        bought her an oat flat white from the fancy place as a surprise	gifts	their-usual-order
        bought him proper secateurs for his birthday	gifts	
        gave her a locket with our wedding photo inside	gifts	
        sent a care package out to the trawler - biscuits, teabags, a paperback	gifts	send-a-care-package
        surprised him with cupcakes from the bakery for his birthday	gifts	favourite-snack
        bought her a scarf at the county fair	gifts	
        got her a kindle loaded with books for her night shifts	gifts	
        she sent me a photo book of the kids, first thing I've put up on my wall	gifts	
        hid a wrapped gift in his kit bag for him to find at sea	gifts	
        bought him an omamori from the shrine for good luck	gifts	
        brought home brigadeiros from the Brazilian bakery for her	gifts	favourite-snack
        tulips from the garage, 3 for a fiver, she still loved em	gifts	pick-a-flower
        bought her earrings from a craft stall at the christmas market	gifts	
        new bar tape for his bike, the orange one he wanted	gifts	
        he brought me back a stick of rock from Southend lol	gifts	favourite-snack
        a wee bunch o daffs fae the corner shop for her	gifts	pick-a-flower
        got her a mug that says World's Okayest Surgeon	gifts	
        valentines: box of chocs and a teddy for him, cringe but he loved it	gifts	favourite-snack
        got him a pocket knife engraved with our wedding date	gifts	
        gave her diamond studs for our 25th	gifts	
        she bought me a new fishing reel, the good Shimano one	gifts	
        picked out a nice fountain pen for him to write me his letters with	gifts	
        I buy for him the Dutch drop he misses so much	gifts	favourite-snack
        surprised her with the pumpkin pie from her favorite bakery for Thanksgiving	gifts	favourite-snack
        found a first edition of her fave book in a charity shop and wrapped it up	gifts	small-book-or-article
        ordered her a bouquet of sunflowers to the B&B	gifts	pick-a-flower
        brought him back a koa wood bracelet from Maui	gifts	
        got my girl a phone case with our dog on it	gifts	
        made him a scrapbook of every letter we sent while he was offshore	gifts	
        walked round the park together, phones stayed in our pockets	time	short-walk
        scrabble til midnight	time	play-a-game
        two hour FaceTime from the rig, best call in weeks	time	
        visiting day, sat across the table from him the full hour and just talked	time	
        watched Bake Off together on the sofa, no phones	time	
        date night at the little Italian place	time	
        spent all Saturday at the allotment side by side	time	
        did a 60k ride together, stayed at her pace the whole way	time	
        made dumplings together for Lunar New Year, just the two of us	time	
        took the afternoon off to go to the beach with him	time	
        did a jigsaw together all Sunday	time	play-a-game
        sat phone call with him at 9 every night he's on the boat	time	
        blocked 2 hrs in both our calendars for a laptop-free dinner	time	
        swapped a shift so we're both off Sunday and spent the whole day together	time	
        sunset walk at Lanikai with my honey	time	short-walk
        went round the farmers market together	time	
        watched the Eagles game together at Chickie's & Pete's	time	
        drove the fence line together just talkin	time	
        long chat over tea about our plans for the year	time	
        road trip down to Cornwall, just us	time	
        gonna take her to the planetarium saturday	time	
        mario kart after the guests went to bed	time	play-a-game
        Went to the cinema, first time in ages	time	
        reading the same book together in bed	time	
        sat in the garden with a glass of wine and talked till dark	time	
        Valentine's at the pub quiz, just us two, came 3rd	time	
        lit the diyas together and sat on the step watching the fireworks	time	
        played dreidel with him for chocolate coins, laughing like kids	time	play-a-game
        anniversary weekend in the Lakes 💕	time	
        Sunday long run together, chatted the whole 10 miles	time	
        did a pottery class together	time	
        talked til 2am about what happened and where we go from here	time	
        went to counselling together then walked home the long way talking	time	short-walk
        co-op gaming night, just the two of us	time	play-a-game
        took her out on the boat on my day off, just me and her	time	
        we binged all of Shogun together this weekend	time	
        brunch date no phones, a proper catch up	time	
        taught her chess and we played 3 games	time	play-a-game
        cycled to the pub and back together	time	
        went strawberry picking together	time	
        first video visit they've allowed, 30 mins just us	time	
        gonna spend all of Thanksgiving weekend with zero work, just us	time	
        took a long drive out to the lake and talked about the farm's future	time	
        stargazing on the trampoline with him	time	
        cherry blossom picnic together, very nice, like hanami at home	time	
        watched the novela together, she explain me all the plot	time	watch-their-show
        spent the morning in bed just chatting, no alarms	time	
        fika with him in the afternoon, just us and talking	time	
        went for a proper mooch round the car boot together	time	
        night in watchin the fitba thegither	time	
        went down the cove for a dip and sat on the rocks for hours together	time	
        surf sesh together at Malibu then tacos 🌮	time	
        sat on the porch swing with her after chores till the fireflies come out	time	
        2 hr lunch with her, turned Slack off	time	
        baked challah together on Friday	time	
        spent forever choosing plants at the garden centre together	time	
        playing cards with him on leave, he's home 3 weeks	time	play-a-game
        karaoke night, just the two of us in the booth	time	
        indoor picnic on the living room floor in our first flat coz no table yet	time	
        sat and properly listened to her talk about her day, phone face down	time	ask-about-their-day
        went to see the christmas lights together	time	
        went to watch the lion dance together in Chinatown	time	
        played online chess with him over the platform wifi	time	play-a-game
        watched the sunrise on the beach before her 8am clinic	time	
        took him to the Eid fair and spent the whole day together	time	
        her birthday: spent the whole day doing whatever she wanted together	time	
        went dancing for the first time since the baby	time	
        hiked up Pen y Fan together	time	
        went through old photos together, laughing til we cried	time	
        watched the sunrise from the B&B roof before the guests woke	time	
        movie marathon friday, her pick	time	watch-their-show
        long hug in the kitchen, didnt let go	touch	long-hug
        kissed her goodbye at the door before her night shift	touch	goodbye-kiss
        back rub after his 14 hr shift	touch	shoulder-rub
        held hands the whole way round the market	touch	hold-hands-walking
        foot rub after the marathon 🦶	touch	foot-rub
        he kissed my forehead when he thought i was asleep	touch	
        first hug in 6 months on visiting day, they let us hold on for 10 seconds	touch	long-hug
        spooned till the alarm went at 4:30	touch	
        massaged his shoulders while he answered investor emails	touch	shoulder-rub
        held her hand through the whole counselling session	touch	
        played with his hair till he fell asleep	touch	play-with-hair
        big squeeze at the airport when he got back from the North Sea	touch	welcome-home-hug
        she scratched my back lol	touch	
        slow danced in the kitchen with no music	touch	
        held him while he cried about the patient he lost	touch	long-hug
        kissed her hand at the Diwali party	touch	
        bear hug fae the big man	touch	long-hug
        gave him a proper 'ansum cuddle when he come in from the boat	touch	welcome-home-hug
        snogged him in the car park like teenagers	touch	
        hugged him from behind while he washed up	touch	
        she rubbed my calves after the long ride	touch	
        gave her a honi, nose to nose	touch	
        gave him a big abraço before his flight	touch	long-hug
        gave him hug in the genkan before he leave, he is shy but he liked	touch	
        I gave to him massage of the neck, he had headache	touch	shoulder-rub
        cuddled with Sanne under the blanket, so gezellig	touch	couch-cuddle
        he warmed my cold hands in his	touch	
        kissed her good morning, every day now I try	touch	
        gied her a wee cuddle when she came in drookit	touch	welcome-home-hug
        gave her a squeeze and a kiss on the cheek, she were made up	touch	
        rubbed lotion into her cracked hands after calving season	touch	
        gave him a big ol hug after the Eagles lost	touch	long-hug
        lay in the hammock all tangled up together for like an hour	touch	
        kissed at the stroke of midnight on Lunar New Year	touch	
        head on his shoulder the whole train journey	touch	
        rubbed her temples when the migraine hit	touch	
        linked arms walking home	touch	hold-hands-walking
        stroked her back til she fell asleep	touch	
        pulled him back into bed for a cuddle before his 5am flight to Aberdeen	touch	
        post night shift nap cuddle	touch	
        held her tight at the finish line, both sweaty	touch	long-hug
        Valentine's: kissed her in the rain	touch	
        gave him a hand massage, he's been gutting fish all week	touch	
        wrapped my arms round her in the greenhouse	touch	
        he held me close all night after the nightmare	touch	long-hug
        pecked him on the cheek on my way past his desk	touch	
        first time holding hands since everything happened. felt like a start	touch	
        tucked my feet under his legs on the sofa	touch	
        hugged her for a full minute when the funding came through	touch	long-hug
        rolled out his sore quads for him with the foam roller	touch	
        brushed and braided her hair	touch	play-with-hair
        kissed each of her fingers	touch	
        she traced circles on my back in bed	touch	
        squeezed his hand under the table at his parents' Thanksgiving	touch	
        hugged her after Eid prayers	touch	
        snuggled up in one sleeping bag at the campsite	touch	
        kissed her cheek at the Hanukkah candle lighting	touch	
        leaned into him on the sofa and he put his arm round me	touch	couch-cuddle
        Gave him the longest kiss on the harbour wall before the boat left	touch	goodbye-kiss
        rubbed his back when he was sick	touch	shoulder-rub
        gonna give her a massage tonight, she's been on her feet all day	touch	foot-rub
        cuddle on the allotment bench	touch	
        fell asleep with my head on her chest	touch	
        arm round her at the fireworks on bonfire night	touch	
        she held my face and kissed me	touch	
        hugged my wife tight when her dad called with the news	touch	long-hug
        wrote Dani a long message after the row saying I see how hard she works and I'm so grateful she keeps choosing me every single day	words	notice-hard-work
        brought her back a little carved whale from the gift shop in Lerwick because she loves anything whale shaped and I'd been gone three weeks	gifts	
        told him the closing memo he drafted was sharper than anything the partners wrote	words	genuine-compliment
        ily ty for today 💛 (sent 2am after the audit call)	words	appreciation-text
        Left a sticky note on her monitor: "last week of year end, you've got this"	words	mirror-note
        texted "proud of u" when he finally got the ledger to reconcile	words	proud-of-you
        Radio message from base - she told the whole comms room she's proud of me	words	brag-about-them
        wrote him a letter to open on day 60 of the field season saying how brave I think he is	words	handwritten-letter
        told her the glaze on her new bowls was the most beautiful thing in the whole studio	words	genuine-compliment
        he said my linework today was cleaner than his. made my week honestly	words	genuine-compliment
        "ur doing amazing, mum of the year" text after Jamie's hospital appt	words	genuine-compliment
        told him he's the most patient dad I have ever seen, and I meant it	words	genuine-compliment
        whispered thank you for putting up with my mum so gracefully	words	
        wrote on the bathroom mirror in lipstick: revise hard, I believe in you x	words	mirror-note
        Voice note telling her she's going to smash the bar exam	words	voice-note
        texted "so proud of how u handled that passenger" after his shift	words	proud-of-you
        Told Kofi his speech was the best in the church hall, chale I meant every word	words	genuine-compliment
        read him out a list of 10 things I love about him over breakfast	words	why-i-love-you
        told him in front of his mummy ji that he's literally the best husband, he went red	words	brag-about-them
        Je t'aime on a post-it on the fridge	words	mirror-note
        told mi amor she looked so pretty in her Easter dress	words	genuine-compliment
        gm beautiful ☀️ text at 5:40 before his first bus run	words	good-morning-message
        said "you were right" out loud. twice.	words	
        complimented his haircut even tho the barber butchered it lol	words	genuine-compliment
        Thanked her properly for carrying the house while I was on nights all month	words	thanks-for-chore
        he told me he fancies me more now than when we met, 14 years in	words	genuine-compliment
        I told R today that I admire how she paces herself with the long covid. She cried a little.	words	genuine-compliment
        She said I'm the best wee da in the whole of Derry	words	genuine-compliment
        told him he's canny clever for passin his theory, pet	words	genuine-compliment
        told her she smashed it at the interview, dead made up for her	words	proud-of-you
        Told him he's a braw man and I'm lucky to have him	words	genuine-compliment
        told her she's heaps good at parallel parking now no cap	words	genuine-compliment
        told him he's a legend for sticking out the exams, chur	words	genuine-compliment
        told him his rendang better than his mum's lah, don't tell her	words	genuine-compliment
        Wrote on my WhatsApp status how proud I am of his promotion	words	brag-about-them
        told her she's a great girl altogether and I meant every word	words	genuine-compliment
        ty for being so understanding about my migraine days ❤️ love u	words	appreciation-text
        I expressed my gratitude to Margaret this evening for her steadfast support throughout tax season.	words	
        sent "you're my favourite human" during his lunch break	words	
        He called me his rock in his speech at his dad's 60th	words	brag-about-them
        good luck text before her OSCE: breathe, you know this stuff, ur brilliant	words	
        Told him his flash sheet deserves to be hanging in a gallery	words	genuine-compliment
        told her she looks well fit in the uniform lol	words	genuine-compliment
        slid a note in his kit bag for nights - come home safe, love you	words	note-in-bag
        she posted a long caption about how hard I worked this year 🥹	words	brag-about-them
        told my wife she's the strongest person I know after the seizure night	words	genuine-compliment
        Ramadan Kareem habibi, told him I'm proud of his patience this month	words	proud-of-you
        Father's Day: told him the kids are lucky to have him, and so am I	words	genuine-compliment
        he kept saying "you look gorgeous" while I was in pjs with my migraine mask on	words	genuine-compliment
        praised her ice core work to the expedition lead right in front of her	words	brag-about-them
        told bae his spreadsheet skills are lowkey attractive	words	genuine-compliment
        omw home. also u r the best thing that ever happened to me	words	
        wrote "merci mon amour" on the steamed up shower door	words	mirror-note
        Told him te quiero mucho and that I'm so proud he finished his GED	words	proud-of-you
        reminded her how far she's come since the diagnosis	words	notice-hard-work
        thanked him for every single thing he did this week, one by one	words	say-thank-you-out-loud
        She told me she'd marry me all over again	words	
        added 3 new notes to his "reasons I love you" jar	words	why-i-love-you
        hype-man mode: told her she's gonna ace the CPA exam	words	
        gonna tell him tonight how much I appreciate him moving in with my parents for us	words	
        He said he's proud of my clay work, first time he's seen a piece fired	words	proud-of-you
        texted "u did good today" after his long courier run	words	notice-hard-work
        happy holi to the brightest colour in my life - said it to her face, cringe but true	words	
        called her beautiful without makeup when she was feeling rough	words	genuine-compliment
        best biryani ever yaar, told him so 3 times	words	genuine-compliment
        He told everyone at the staff Christmas do that I'm the smart one	words	brag-about-them
        first snow text: "thinking of you and how lucky I am"	words	
        told him hes a brillant listener	words	genuine-compliment
        left a voicemail just saying I love you, that's it	words	voice-note
        Said sorry and admitted I was wrong about the budget	words	repair-attempt
        told Tunde say na him be my heart, I mean am well well	words	
        Wrote "you are enough" on a card in her pencil case before the exam	words	note-in-bag
        told her she's an incredible mum to Ellie, she's been doubting herself lately	words	genuine-compliment
        sent him a long msg about why I'm proud to be his wife	words	why-i-love-you
        did all teh dishes so she could revise	service	handle-the-dishes
        took the bins out even tho it was his turn	service	take-a-task
        ironed his shirts for the week of partner meetings	service	take-a-task
        Filed her expense claims for her during the year-end crunch	service	take-a-task
        Cleared the snow off her car at 6am before her shift	service	take-a-task
        He covered my galley duty on the ship so I could sleep	service	let-them-sleep-in
        recalibrated her CTD sensors so she could get off watch early	service	take-a-task
        cooked his favourite jollof so it's ready when he's back from nights	service	cook-their-favourite
        Packed her lunch for the late shift at the prison	service	pack-their-lunch
        wedged the kiln shelves and loaded the kiln for her	service	take-a-task
        cleaned all his machines and restocked his station before he got in	service	take-a-task
        Did the 3am tube feed so she could sleep through	service	let-them-sleep-in
        handled the call with the council about Maya's wheelchair ramp	service	take-a-task
        took his mum to her appointment so he didn't have to leave work	service	take-a-task
        did the washing for the whole household incl my in-laws	service	take-a-task
        Made suhoor for her at 4am	service	take-a-task
        He cooked the whole iftar himself, first time ever	service	take-a-task
        hoovered the whole flat while she lay in the dark with a migraine	service	take-a-task
        did the school run so he can study for the actuarial exam	service	take-a-task
        fixed the leaky tap finally	service	
        topped up her oyster card for her	service	fill-their-tank
        sorted the car MOT for him	service	take-a-task
        got up and fed the dog so he could lie in	service	let-them-sleep-in
        ran to the chemist for her sumatriptan	service	run-an-errand
        meal prepped 5 days of easy dinners for her bad long covid days	service	take-a-task
        changed the bed sheets without being asked	service	make-the-bed
        put air in his tyres before his delivery round	service	fill-their-tank
        washed his uniform and hung it on the airer	service	take-a-task
        Did the tax return for him (he hates paperwork)	service	take-a-task
        emptied the dishwasher, loaded it again, wiped the counters. ty me lol	service	handle-the-dishes
        wfh so did the laundry between calls, folded his stuff too	service	take-a-task
        omw to pick up ur prescription	service	run-an-errand
        sorted the boiler oot for her, she was chuffed	service	take-a-task
        did a big shop at Asda for us both while she was on earlies	service	run-an-errand
        chopped the logs and brought them in for the stove	service	
        Did the wee one's bath and bedtime so she could get a cuppa in peace	service	take-a-task
        mowed the lawn before the arvo heat hit, deadset 38 degrees	service	
        changed the gas bottle on the barbie for her	service	take-a-task
        settled the TNB bill and the Astro renewal for her	service	take-a-task
        made chai and parathas for the whole family so she could sleep in	service	let-them-sleep-in
        stood in the ECG queue to pay the light bill for him	service	run-an-errand
        I wash him car sharp sharp before church	service	take-a-task
        shovelled l'entrée so she wouldn't have to before work	service	take-a-task
        cooked her mom's caldo recipe when she was sick, took me all day	service	cook-their-favourite
        salted the front steps on the first snow so she wouldn't slip	service	take-a-task
        cleaned the gutters before the Christmas guests arrived	service	
        Easter: hid all the eggs for the kids so she could rest	service	take-a-task
        scrubbed the Holi colour off the floor tiles so she didn't have to	service	take-a-task
        Mother's Day: did all the cooking and cleaning, she put her feet up	service	take-a-task
        payday - did the monthly budget spreadsheet for both of us	service	take-a-task
        put the fans and blackout blinds up in the bedroom before she got home, heatwave	service	take-a-task
        booked all his dentist and GP appts, he's drowning in audits	service	take-a-task
        he walked the dog in the rain so I didn't have to	service	take-a-task
        she made my coffee the way I like it and brought it to my desk	service	make-their-coffee
        ironed his graduation gown	service	take-a-task
        did Sam's physio exercises with him tonight so she could have a bath	service	take-a-task
        dealt with the landlord about the mould	service	
        I took it upon myself to clean the oven, which Harriet has been dreading for weeks.	service	take-a-task
        assembled the IKEA wardrobe solo, only 2 screws left over	service	
        cut his hair in the kitchen with the clippers since the barbers was shut	service	
        filled her car with petrol on my way home	service	fill-their-tank
        made sandwiches for his 12 hr shift	service	pack-their-lunch
        returned her parcel to the post office	service	run-an-errand
        hung the pictures she's been nagging about for 2 years	service	take-a-task
        typed up his field notes from dictation, his hands were too cold to write	service	take-a-task
        swept and mopped the studio floor, clay dust everywhere	service	
        pumped up the wheelchair tyres and charged the hoist battery	service	fill-their-tank
        took my in-laws to Costco so he could nap	service	let-them-sleep-in
        handled all the wedding RSVPs so she could focus on finals	service	take-a-task
        dishes. all of them. even the roasting tin	service	handle-the-dishes
        took the recycling to the tip	service	
        bought her tulips on the way home	gifts	pick-a-flower
        brought her back a tiny penguin patch from the station shop	gifts	
        he brought home a bit of polished Antarctic granite for my desk	gifts	
        threw him a mug with his initials carved in the base	gifts	
        bought her a new box of liners for her tattoo machine	gifts	
        got him a fancy fountain pen for passing his CPA	gifts	
        got her a bottle of the good gin when the audit signed off	gifts	
        picked up a box of medjool dates for her for iftar	gifts	favourite-snack
        Eid gift: new kurta for him	gifts	
        Christmas: wrapped a weighted blanket for her	gifts	
        got her the giant Lindt bunny for Easter	gifts	favourite-snack
        Mother's Day: framed the kids' handprints for her	gifts	
        Father's Day - got him the fishing reel he kept looking at	gifts	
        payday treat: got her the trainers she's been eyeing for months	gifts	
        brought him an ice lolly during the heatwave	gifts	favourite-snack
        first snow so I bought her fluffy mittens	gifts	
        got her a white kurti to play Holi in	gifts	
        got him a stottie from the bakery, his fave	gifts	favourite-snack
        got her a Liverpool home shirt with her name on the back	gifts	
        brought him a wee box of Yellowman from the Lammas fair	gifts	favourite-snack
        bought her a tin of tablet from the shop in Aviemore	gifts	favourite-snack
        grabbed him a Bunnings snag and a Vanilla Coke on the way home	gifts	favourite-snack
        got her a pounamu pendant for our anniversary	gifts	
        tapau nasi lemak for her after her shift	gifts	favourite-snack
        got him kaju katli from the halwai, his fav mithai	gifts	favourite-snack
        bought her a kente cloth for her graduation	gifts	
        buy am suya on my way back from work	gifts	favourite-snack
        got him a tin of sirop d'érable from the cabane à sucre	gifts	
        brought her conchas from the panadería	gifts	favourite-snack
        ty for the flowers babe 🌷	gifts	pick-a-flower
        bought him a gift card for the game he's been wanting	gifts	
        he got me a heated eye mask for my migraines	gifts	
        picked up a random chocolate bar for her at the petrol station	gifts	favourite-snack
        he bought me a whole set of pastel highlighters for revision 🥺	gifts	
        got her earrings, little silver moons	gifts	
        he got me a new hoodie because I keep stealing his	gifts	
        sent him a care package to the ship	gifts	send-a-care-package
        Presented Edward with a first edition of his favourite novel this evening.	gifts	small-book-or-article
        hand-knitted her a scarf, took me since October	gifts	
        bought her a candle just for her, not for the kids or the house	gifts	
        got him a new thermos for night shifts	gifts	
        surprised her with the pottery wheel she's wanted for years	gifts	
        she drew me a flash piece as a present	gifts	
        bought him socks. good socks though	gifts	
        got his favourite sweets from the Polish shop	gifts	favourite-snack
        brought her a flat white from the cafe downstairs	gifts	their-usual-order
        picked wildflowers for her on the walk back	gifts	pick-a-flower
        he got me a star map of the night we met	gifts	
        bought a little plant for his desk	gifts	
        omw w ur fav donuts 🍩	gifts	favourite-snack
        got him a PS5 controller for his bday	gifts	
        gift wrapped a new phone case for her	gifts	
        got a custom keychain made with our initials	gifts	
        brought back perfume from duty free	gifts	
        got him a little Lego set for exam week	gifts	
        bought her a silk pillowcase	gifts	
        got her a framed print by the artist she loves	gifts	
        bought him a new watch for our 10th	gifts	
        got her a box of Alphonso mangoes from the market	gifts	favourite-snack
        left a Dairy Milk in his lunchbox	gifts	favourite-snack
        he brought me a bunch of daffodils from the garage forecourt	gifts	pick-a-flower
        found her a vintage vase at the car boot sale	gifts	
        gave him a new sketchbook, the expensive Moleskine	gifts	
        got her new gel insoles for her long shifts on the wing	gifts	
        she bought me a model Routemaster for my desk	gifts	
        bought him a scratch card and a Twix, his Friday treat	gifts	favourite-snack
        got her a pressed flower bookmark	gifts	
        gave him a cookbook for his birthday	gifts	
        bought her a little gold bangle with my first bonus	gifts	
        got him new steel toe boots, his old ones were falling apart	gifts	
        walked round the reservoir together, phones off	time	short-walk
        played Catan till midnight	time	play-a-game
        watched his show with him even though i hate it, no phone	time	watch-their-show
        video call from the ship, 40 mins of just us	time	
        sat on the bow together watching the aurora between watches	time	
        dinner date after the year-end close	time	
        took her for a drive to nowhere after nights	time	
        long talk on the balcony about our future	time	
        breakfast together before his night shift	time	
        she came to the studio and we threw pots side by side all afternoon	time	
        spent sunday at the museum together	time	
        cooked dinner together with music on, no rush	time	
        after Maya was in bed we watched a film together, first in months	time	
        respite weekend: a whole night away, just the two of us	time	
        snuck out to the car for a chat away from his parents	time	
        broke our fast together just the two of us, no phones	time	
        Christmas Eve: made gingerbread houses together	time	
        Easter Sunday walk along the canal	time	short-walk
        Holi morning we had the terrace to ourselves before the family woke up	time	
        first snow!! built a snowman together	time	
        heatwave so we sat in the paddling pool together with a beer lol	time	
        took a study break together and went for a walk to the park	time	short-walk
        sat with him in the dark room, quietly, for the whole migraine	time	
        facetimed from the lay-by on my break, 20 mins of just us	time	
        rode along on his last bus route of the night, sat up front chatting	time	sit-near-them
        sat in the van with her at lunch between drops	time	
        went doon the quayside for a walk, just the two of us	time	short-walk
        took her the match and had a proper day out together	time	
        climbed Ben Wyvis with her, just us and the midges	time	
        went for a dander round the lough the two of us	time	short-walk
        arvo at the beach with her, no phones, so good	time	
        went tramping together in the Tararuas for the weekend	time	
        went mamak at midnight with him, yam cha till 2	time	
        long drive and chai at the dhaba together	time	
        we gist till 3am like before	time	
        went to Labadi beach together on Sunday	time	
        soirée de jeux, just us and a deck of cards	time	play-a-game
        took her to the tianguis and walked around juntos all morning	time	
        gonna do a puzzle together tonight	time	play-a-game
        we did the crossword together in bed	time	play-a-game
        Spent the entire afternoon with Thomas at the botanical gardens; a rare, unhurried day.	time	
        called him on my break just to hear about his day	time	ask-about-their-day
        played Mario Kart all evening lol	time	play-a-game
        wfh lunch together on the balcony	time	
        listened to her whole album draft with her, start to finish	time	
        watched the sunrise together after my night shift	time	
        stargazing with hot chocolate	time	
        did a cooking class together	time	
        bike ride along the coast together	time	
        board game night for two, Ticket to Ride	time	play-a-game
        went to the cinema, first date night since Noah's surgery	time	
        planned a 3 day getaway to the lakes, just us	time	
        played chess over video call, her in the Falklands	time	play-a-game
        sat on the doorstep with tea and talked for an hour	time	
        went for a late-night swim together	time	
        went to her art opening and stayed by her side all night	time	
        watched the match together at the pub	time	
        cant wait for date night tmrw, booked the thai place	time	
        sat with him in the waiting room for 4 hours	time	
        picnic in the park, recieved zero texts the whole time	time	
        listened to a podcast together on the long drive and talked about it	time	
        coffee date in the village	time	
        took the afternoon off to spend with her	time	
        played cards in the mess tent till lights out	time	play-a-game
        long sat phone call from the station, used all my minutes on her	time	
        evening walk round the estate after tea	time	short-walk
        Father's Day: went fishing together, just me and him	time	
        Mother's Day: took her for afternoon tea, just us	time	
        went bowling together, lost badly	time	
        long hug at the door when she got back from the ship	touch	welcome-home-hug
        kissed him goodbye before his night shift	touch	goodbye-kiss
        gave her a back rub after 12 hours at the wheel	touch	shoulder-rub
        held hands the whole bus ride home	touch	
        cudled on the sofa til we both fell asleep	touch	couch-cuddle
        foot rub while she revised	touch	foot-rub
        scalp massage for her migraine	touch	play-with-hair
        forehead kisses x10	touch	
        massaged his hands, sore from throwing pots all day	touch	
        rubbed her shoulders after a day tattooing hunched over	touch	shoulder-rub
        big bear hug in the kitchen, no reason	touch	long-hug
        snuggled under the duvet on the first snow day	touch	
        held her hand at the hospital while Leo had his bloods	touch	
        stole a kiss in the hallway so his parents didn't see lol	touch	
        20 second hug before the exam	touch	long-hug
        kissed her neck while she was cooking	touch	
        warm cuddles after nights	touch	
        gently stroked her arm till she dozed off, long covid flare	touch	
        gave him a canny big cuddle, he needed it	touch	long-hug
        gave her a dead long hug at the station	touch	long-hug
        coorie-in on the sofa with the fire going	touch	couch-cuddle
        gave him a wee squeeze on the way past in the kitchen	touch	hand-on-back
        hongi and a cuddle when he got home	touch	welcome-home-hug
        salam and kissed her hand before leaving for work	touch	goodbye-kiss
        dabaye his pair after the long train journey, he was so thaka hua	touch	foot-rub
        I hug am tight when he land from Abuja	touch	welcome-home-hug
        held his hand through the whole church service	touch	
        gros câlin in the morning before work	touch	long-hug
        gave him a sobadita on his back after work	touch	shoulder-rub
        Held Eleanor for a long while this evening; neither of us spoke.	touch	long-hug
        kissed under the mistletoe at Christmas	touch	
        slow dance in the living room	touch	
        held hands walking even tho it was 35 degrees and sweaty lol	touch	hold-hands-walking
        smeared gulal on her cheeks, gently	touch	
        Mother's Day morning: long cuddle in bed with her	touch	
        ily, thanks for the 5am cuddle 🥰	touch	
        she held me while I cried about the audit	touch	long-hug
        rubbed his temples through the migraine	touch	
        hugged him tight after the awful night at work	touch	long-hug
        holding hands under the table at his parents' dinner	touch	
        lay with my head on his chest listening to his heartbeat	touch	
        kissed his scars	touch	
        morning cuddle before the alarm	touch	
        a long kiss at the airport when he flew south for 4 months	touch	goodbye-kiss
        rubbed lotion into her cracked hands after the field season	touch	
        neck massage at my desk, she came up behind me	touch	shoulder-rub
        squeezed into one bunk for a cuddle on the last night	touch	
        tickled her till she cried laughing	touch	
        pinky linked while watching tv	touch	
        kisses on her eyelids	touch	
        hugged the life out of him when he passed	touch	long-hug
        rested my hand on her knee while driving	touch	
        tucked my cold feet under his legs on the sofa, he let me	touch	
        kneaded the knots out of his calves after 11 hrs of deliveries	touch	
        she gave me a hug from behind while I was washing up	touch	
        brushed his hair back off his face and kissed him	touch	
        snuggled on the couch during the storm	touch	couch-cuddle
        hand on his back as he fell asleep	touch	hand-on-back
        kiss on the cheek as she left for the prison	touch	goodbye-kiss
        hugged it out when we got the keys	touch	
        full body hug on the doorstep, she smelled of clay and kiln smoke	touch	welcome-home-hug
        kissed him awake at 6	touch	
        a squeeze of the hand during the hard meeting with the consultant	touch	
        arm around her the whole film	touch	
        he got me a tiny clay frog from the craft fair, i cant 😭	gifts	
        11pm full back massage w the good oil	touch	shoulder-rub
        sat on his lap on the recliner lol	touch	
        Tatenda had sadza and greens waiting when I got in from a 12hr on the ward. Didn't even have to ask.	service	take-a-task
        Texted him on my break: proud of you for passing the forklift test mudiwa. He sent back like 10 hearts	words	proud-of-you
        Long hug in the hallway before my night shift, he held on until I laughed	touch	long-hug
        FaceTimed my husband on my break just to hear about his day, 20 mins of nothing and everything	time	ask-about-their-day
        he brought back a bottle of Mazoe orange from the African shop in Chapeltown, I nearly cried	gifts	favourite-snack
        rubbed my feet with vaseline after a double, my poor soles	touch	foot-rub
        we walked round Roundhay Park even in the drizzle, phones in pockets	time	short-walk
        voice note lol: so um, basically I just wanted to say you were so good with my mum on the phone today and I'm, like, really grateful. ok bye	words	voice-note
        left a sticky note on the kettle: "you are the best dad, don't you forget it"	words	mirror-note
        Got him a Leeds Rhinos mug from the club shop, just because	gifts	
        hubby scraped the ice of my car at 6am so I wouldnt be late for handover. hes a keeper	service	take-a-task
        Sat on the sofa together with rooibos and actually talked for once, no telly	time	
        bought her a rolex from the stand by the office, extra eggs, she says it's the way to her heart 😂	gifts	favourite-snack
        so um basically I had a regression suite running late and she just... came and sat with me at the desk till 11, reading her book, just being there, yeah	time	sit-near-them
        Logged a bug report for her: "partner too kind, issue cannot be reproduced anywhere else". She laughed for 5 mins	words	genuine-compliment
        she steamed matooke for me because I had a release deadline and forgot to eat	service	take-a-task
        she fell asleep on my arm during the movie and I didn't move it for an hour. arm is dead now	touch	
        she slipped her charger in my bag bc mine is dying, found it at 2% in a meeting	service	fill-their-tank
        nkwagala nnyo — texted it 3x today for no reason	words	
        Sunday we walked to Owino market together, no shopping list, just wandering and laughing	time	short-walk
        forehead kisses before standup. thats the message	touch	
        got her a new phone cover with sunflowers, hers has been cracked since march	gifts	
        fixed her laptop wifi driver, she called me her IT prince	service	take-a-task
        she told me my test plan was 'beautiful' and honestly nobody has ever said that to me	words	genuine-compliment
        He come in from sea smelling of fish and still hug me up tight before he bathe. I ent complain	touch	welcome-home-hug
        Cook cou-cou and flying fish fuh he so he ent got to do nothing but eat and sleep	service	let-them-sleep-in
        we went down Oistins Friday night just the two ah we, lime and dance a lil bit	time	
        he bring me back a conch shell he find by the reef, say it pretty like me. cheese on bread 😂 (that mean wow, for anybody reading)	gifts	
        told him I proud ah him for going out in that rough sea and coming back safe	words	proud-of-you
        mended the tear in his net while he sleep	service	take-a-task
        rub Limacol on his back, sunburn bad bad	touch	shoulder-rub
        he buy me a sweet bread from the bakery in Speightstown	gifts	favourite-snack
        sat on the jetty watching the boats come in, talking bout nothing till dark	time	
        he write "love you gyal" in the sand by the boat fuh me to see 🥰	words	mirror-note
        tell he he is the best fisherman on the whole west coast and he grin like a schoolboy	words	genuine-compliment
        morning kiss before he leave at 4am, half sleep but I feel it	touch	goodbye-kiss
        Closed la tienda early so we could go to Catalan Bay before sunset, worth the lost sales	time	
        cariño brought me a calentita still warm to the shop at lunch, porque sabe I forget to eat	gifts	favourite-snack
        she did the whole stock count for me so I could go to my mum's, what a woman	service	take-a-task
        Massaged her shoulders after she was on her feet all day behind the till	touch	shoulder-rub
        told her delante de los customers that she's the brains of the business. she went red	words	brag-about-them
        bought her earrings from the jeweller two doors down on Main Street, he gave me a discount lol	gifts	
        walked up the Med Steps together, she complained the whole way but the view at the top tho, we stayed an hour	time	short-walk
        he fixed the shutter on the shop door that's been jammed since Tuesday, no fuss	service	
        gave him a big abrazo in the storeroom, nadie mirando 😏	touch	long-hug
        left a note in the till: "eres lo mejor que tengo" — you're the best thing I've got	words	mirror-note
        ate pescaíto frito on the sea wall together, phones away, watching the ships	time	
        he brought me a bunch of freesias from the market bc the shop smelled of cardboard	gifts	pick-a-flower
        Anh brought me cà phê sữa đá at the salon at 2pm exactly when I was dying 🙏	gifts	their-usual-order
        he did the salon books on sunday so i could sleep in. trời ơi I love this man	service	let-them-sleep-in
        Gave him a hand massage w the good lotion after closing, his hands so dry from work	touch	
        we watched an old Paris By Night DVD together on the couch like old people lol	time	
        told him his phở is better than my mom's. do NOT tell my mom	words	genuine-compliment
        he picked up the kids from Vietnamese school so i could finish a full set	service	take-a-task
        bought him new work boots from Academy, his old ones got a hole	gifts	
        Sat in the car on Bellaire after closing eating bánh mì, just talking about the kids n us	time	
        he kissed my forehead while I was doing a pedicure, customers said awww	touch	
        texted "em proud of you anh" after his citizenship interview 🇺🇸❤️	words	proud-of-you
        ANH SAID I LOOK BEAUTIFUL EVEN WITH ACETONE HANDS AND NO MAKEUP 😭😭	words	genuine-compliment
        got him Astros tickets for his bday, nosebleed seats but he was so happy lol	gifts	
        sayang cooked indomie with egg for me at 1am during assignment week. makasih banyak 😭	service	take-a-task
        video call with him in Jakarta while it was raining on both sides, 2 hours wkwk	time	
        bought him a Tim Tam pack + the little koala pin he wanted from the uni shop	gifts	favourite-snack
        hugged her at Flinders St station like we hadn't seen each other in years (it was 3 days)	touch	welcome-home-hug
        He proofread my essay at midnight even tho he's engineering and hates commas	service	take-a-task
        "kamu pinter banget" she said after my presentation (ur so smart) and I felt like a million bucks	words	genuine-compliment
        we took the tram to St Kilda pier to see the penguins, so cold but so worth it	time	
        bought her a hot jam donut from Queen Vic market bc she's homesick and capek	gifts	favourite-snack
        • ngopi date w him on Brunswick St, 2 hrs, phones down, just talking	time	phone-down
        She played with my hair til I fell asleep on her lap after my exam	touch	play-with-hair
        sent him a voice note saying semangat for his shift at the restaurant, he replied w 5 stickers	words	voice-note
        Brought home a durian from the Asian grocer. My housemates hate me. He loves me.	gifts	favourite-snack
        Canım made çay and had it ready when I came back from late shift on the M29	service	make-their-tea
        after Feierabend we walked along Landwehrkanal, she told me about her sister problems, I just listened	time	short-walk
        She gave me thermos with my name written on it so I don't lose it in the bus depot again	gifts	
        I told her her German is now better than mine. True. She was very happy	words	genuine-compliment
        Long hug at door. My back hurts from driving, she pressed the exact spot.	touch	welcome-home-hug
        I brought simit from the bakery on Kottbusser Damm, still warm. For her breakfast	gifts	favourite-snack
        She ironed my uniform shirts, 5 pieces, whole week ready. Schatz you are hero	service	take-a-task
        we played tavla on balcony, I lose 3 times, she laughs too much	time	play-a-game
        held her hand the whole U-Bahn ride to her mother, no phone	touch	
        Wrote on the fogged mirror "seni seviyorum" for her to see after shower (means I love you)	words	mirror-note
        bought her lokum from the shop at Kotti, the rose one, her favorite	gifts	favourite-snack
        head on my shoulder during the Hertha match on TV, she doesn't even like football	touch	
        Kalimera agapi mou — left it on a note next to his coffee. 47 years and still.	words	mirror-note
        He went to the bakery and came back with fresh koulourakia for me, sesame everywhere	gifts	favourite-snack
        We sat on the veranda watching the sun go down behind the hills, neither of us talking much	time	
        Rubbed his knees with the ointment from the farmakeio, the poor old goat	touch	
        Andreas told the whole name-day table that marrying me was the only smart thing he ever did. Old fool. I was pleased.	words	brag-about-them
        walked arm in arm along Finikoudes like when we were courting, his hand on mine	touch	hold-hands-walking
        He bought me a small icon of Agios Lazaros from the church shop	gifts	
        Told him he is still handsome. He said "liar" but he smiled all day	words	genuine-compliment
        I made him koupepia the way his mother did, so he could rest his back for once	service	take-a-task
        we drove up to the village and played tavli at the old kafeneio table, like 1978	time	play-a-game
        he fixed the dripping tap in the bathroom, took him 3 hours and 2 curses	service	
        fell asleep in our chairs holding hands watching the news	touch	
        on miluim for 3 weeks. called her from the base for 4 minutes, best 4 minutes of the day	time	
        she sent a package to the base: socks, bamba, a note. the guys are jealous	gifts	send-a-care-package
        texted motek "you're carrying everything at home right now and I see it, thank you"	words	appreciation-text
        first night back she just held me for an hour on the couch, no words	touch	couch-cuddle
        I did the shuk run for Shabbat so she could nap, came back with way too many dates	service	let-them-sleep-in
        we walked the tayelet at sunset, yalla no phones, she laughed at my army tan	time	short-walk
        she sent a photo of a paper that says 'we miss you, the plants miss you, come home safe'. it's my lock screen now	words	
        brought her back a keychain from the kiosk at the base lol romantic I know	gifts	
        kissed her at the bus station at 5am before going back	touch	goodbye-kiss
        wrote on whatsapp: "proud of you for the interview, you'll crush it"	words	proud-of-you
        Friday morning coffee together on the mirpeset before anyone else is awake	time	morning-coffee-together
        SHE MADE ME SHAKSHUKA AT 2AM WHEN I GOT BACK. LEGEND	service	take-a-task
        Azizam packed my lunch with leftover tahdig, the crispy bits, which is true love	service	pack-their-lunch
        Told him between patients that he's the calmest person I know. He needed it today.	words	genuine-compliment
        he brought a box of gaz from the Persian store to my clinic for the staff. and me. mostly me	gifts	favourite-snack
        I gave her a neck rub, dentist posture is killing her	touch	shoulder-rub
        we walked the seawall after work, talked Nowruz plans and nothing else	time	short-walk
        Sara's husband shoveled the driveway before her 7am patient. Sara is grateful 🙏	service	take-a-task
        Finally got her the nice loupes she'd been eyeing all year. She squealed.	gifts	
        fell asleep on his chest during a movie, he didn't move for an hour so he wouldn't wake me	touch	
        "joonam you're doing amazing" sticky note on my bathroom mirror ❤️	words	mirror-note
        Did a jigsaw together with chai after dinner, 500 pieces and one fight over the edges	time	play-a-game
        brought her a sangak loaf from the bakery on Lonsdale, still hot, she ate half in the car	gifts	favourite-snack
        told her she's the best dentist in North Van and the best person in my life. she said 'in that order?'	words	genuine-compliment
        Made her khao tom at 1am after service so she had something proper before bed	service	take-a-task
        tee rak came to the restaurant at close and waited for me with a Twix from the corner shop lol	gifts	favourite-snack
        told him his green curry is better than mine. first time ever. he nearly cried na	words	genuine-compliment
        Sunday off: Columbia Road flower market together, no cooking, just wandering	time	
        She rubbed tiger balm on my burnt forearm and kissed it better	touch	
        picked up his chef whites from the dry cleaner in Hackney	service	run-an-errand
        bought her a knife roll from the Japanese shop in Soho, she's been using a tea towel lol	gifts	
        long hug after a 14 hour double, kitchen smell and all	touch	long-hug
        we watched a Thai drama on her phone in bed sharing one earbud each	time	watch-their-show
        "aroi mak mak" post-it on the fridge after she made me breakfast ❤️	words	mirror-note
        told her she's the best thing that happened to me in this cold country. she said 'and the rain?' lol	words	
        fell asleep on her shoulder on the N38 home, she kept me upright	touch	
        Fixed her printer. Again. Solnyshko thinks I'm a wizard.	service	take-a-task
        she bought me a Kalev chocolate bar from Selver and drew a face on the wrapper	gifts	favourite-snack
        Walked thru the old town in the snow, -15, stopped for glögi, talked for two hours about everything, his childhood, my dad, whether we want a dog, and somehow it was the best evening this whole month	time	short-walk
        told her her code review comments were 'brilliant and cruel'. she took it as compliment. it was	words	genuine-compliment
        she put her cold feet on me and I let her. this is love	touch	
        we did sauna togehter on saturday, talked about moving to Berlin or not, no decision but good talk	time	
        I brought her tulips from the Balti jaam market, yellow bc she hates red	gifts	pick-a-flower
        carried 6 bags of groceries up to the 5th floor, no lift, she just held the door	service	
        zaya hugged me from behind while I was debugging, bug fixed 5 minutes later. coincidence?	touch	
        sent her a message in the middle of sprint planning: "you are the most interesting person I know"	words	genuine-compliment
        • watched Nu Pogodi with her, 3 episodes, she did all the voices	time	watch-their-show
        he assembled the Jysk wardrobe alone while I was at mama's. zero leftover screws. marry me (again)	service	
        My husband he make the coffee for me this morning, first time in 50 years, it was terrible but I drink all	service	make-their-coffee
        I tell him "you are still my handsome boy" and he laugh like stupid	words	genuine-compliment
        We go to the passeggiata together after dinner, slow slow because of his knee	time	short-walk
        He bring me the little flowers from the garden of the neighbour (I think he stole)	gifts	pick-a-flower
        I give him the massage on the shoulders with olive oil, like my mother do for my father	touch	shoulder-rub
        we sit in the garden and do the crossword together, he the Italian one, me the English one, we help each other. 2 hours go like nothing	time	play-a-game
        amore kiss my hand when I give him the plate of pasta. so romantic this old man	touch	
        I buy for him the new slippers, the old ones have the hole since Christmas	gifts	
        tesoro go to the farmacia in the rain for my pills	service	run-an-errand
        we watch old film of Sophia Loren, he explain me nothing, I explain him everything	time	
        He say my English is very good now. Is not true but I am happy all day	words	genuine-compliment
        Big hug in the kitchen, he smell like basil from the garden	touch	long-hug
        Had already packed her lunch and filled the travel mug by the time she came downstairs	service	pack-their-lunch
        she called from work just to hear the kids yelling in the background and say hi to me. 6 minutes. made my day	time	
        Grabbed her a box of buckeyes from the candy shop downtown, she's obsessed	gifts	favourite-snack
        told her she's crushing it at the new job. she teared up in the Kroger parking lot	words	genuine-compliment
        10pm couch cuddle after the kids finally went down. We both fell asleep there	touch	couch-cuddle
        Mike told his wife she's the best mom on the whole block. Mike is writing this. Mike stands by it.	words	genuine-compliment
        she brought me home a pint of Graeter's because "you survived a day with three kids"	gifts	favourite-snack
        Date night = Skyline and a drive around the lake. Perfect.	time	
        she rubbed my shoulders while I was finishing the kid's science project at 9pm	touch	shoulder-rub
        She wrote "thank you for everything you do here" on the family whiteboard. Kids drew a heart next to it	words	mirror-note
        Changed her oil in the driveway so she didn't have to go to Jiffy Lube	service	take-a-task
        porch swing after dinner, kids inside with a movie, just us for 20 min	time	
        3 babies tonight. He'd left porridge in the slow cooker for when I got in at 8am	service	take-a-task
        Text at 3am from him: "you're doing the most important job in the world, love you". how did he know I needed it	words	notice-hard-work
        he got me those squishy compression socks, the pink ones, 2 pairs	gifts	
        slept 9 till 3, woke up to him spooning me like he'd been there for hours	touch	
        we had "breakfast dinner" together at 6pm before my shift, pancakes, 40 mins of just us	time	
        he bought me a new water bottle with the time markings on so I actually drink on shift lol	gifts	
        he hugged me for ages after the hard delivery, didn't ask anything, just held on	touch	long-hug
        left a chocolate orange in my work bag. found it at 4am. lifesaver	gifts	favourite-snack
        told him he's the best dad I could've picked for our kids. He went quiet then said "ta" 😂	words	genuine-compliment
        walked the dog together on my day off, the long route, talked about absolutely nothing	time	short-walk
        he put up proper blackout blinds in the bedroom so I can actually sleep in the day	service	let-them-sleep-in
        Foot rub. That's it. That's the entry.	touch	foot-rub
        On earlies this week, she set two alarms and had the coffee brewing at 4:15 for me	service	make-their-coffee
        Texted her after my shift: "you make every swapped shift worth it, I'd trade any roster for you"	words	
        managed to line up our days off for once, spent all Wednesday at a garden centre and a pub, no phones	time	
        she bought me a proper silk eye mask because I'm sleeping at 2pm all week	gifts	
        he gave me a scalp massage after 8 hours of headset. bliss	touch	
        I did the big Tesco shop so he doesn't have to do it on his one day off	service	run-an-errand
        call during my break, 10 min, she just talked about the cat, exactly what I needed	time	
        came in at 11pm, she was asleep, hugged her and she still hugged back in her sleep	touch	
        left a flask of soup and a kitkat in the car for her night shift	gifts	pack-their-lunch
        told him he's the calmest, most capable person I know, after he told me about the near miss	words	genuine-compliment
        told him im proud of him for getting validated on the new sector, said it twice so it'd stick	words	proud-of-you
        bought a tiny toy A320 for his desk at the tower, he pretended not to love it	gifts	
        he made me a buttonhole from the leftover ranunculus, pinned it on my jumper. gert lush	gifts	pick-a-flower
        did the 5am flower market run on my own so she could sleep in	service	let-them-sleep-in
        we ate chips on the harbourside after the Saturday wedding rush, legs dangling	time	
        She told a customer I'm the one with the eye for colour. Loudly. I heard.	words	brag-about-them
        rubbed hand cream into her cracked hands after stripping thorns all day	touch	
        he bought me a proper pair of Felco snips, mine were rusty lol	gifts	
        Long cuddle in the walk-in fridge, it's the only private place in the shop 😂	touch	long-hug
        I dealt with the nightmare bride on the phone so he could finish the funeral wreath	service	take-a-task
        walked round the Downs on our day off, no flower talk allowed (we failed)	time	short-walk
        wrote "best florist in Bristol (and I'd know)" on the shop A-board for him	words	brag-about-them
        we shut up early and sat in the back with a bottle of cider doing the crossword, best hour of the week	time	play-a-game
        cheeky kiss on the back of my neck while I was wiring a bouquet	touch	
        Cwtch on the doorstep at 2am after a calving. Didn't care I smelled of cow	touch	welcome-home-hug
        He'd already fed the dogs and the chickens by the time I got back from the farm call	service	take-a-task
        Found a flask of cawl in the Land Rover with "for my hero" on a post-it	gifts	pack-their-lunch
        told her she handled that colic case brilliantly, she doubts herself too much	words	genuine-compliment
        up the hill with the dogs before evening surgery, just us and the wind	time	short-walk
        bought him new wellies from the farm shop, his have been leaking for weeks	gifts	
        I did the practice invoices for her, she hates admin more than she hates goats	service	take-a-task
        She held my hand in the car all the way home after we lost the old collie. No words	touch	
        pub quiz night, we came last, best night of the month	time	play-a-game
        He texted the whole family group that I saved a dog's life today. So embarrassing. So lovely	words	brag-about-them
        brought her Welsh cakes from the bakery in Llandeilo, still warm, diolch she said with her mouth full	gifts	favourite-snack
        lambing season, barely seeing each other, so 15 min tea at the kitchen table with phones face down	time	phone-down
        the supply boat brought the seed packets he'd secretly ordered for me. he's been planning this since autumn	gifts	
        I climbed the 112 steps with his tea and a bacon roll so he didn't have to come down	service	make-their-tea
        Storm all night, we sat by the window with the radio on and watched the beam sweep round	time	
        he said "this island would be nothing without you" while we were doing the dishes	words	genuine-compliment
        He warmed my hands in his coat pockets on the cliff path	touch	hold-hands-walking
        I knitted him a hat from the wool the boatman brought, it's lopsided but he wears it	gifts	
        he fixed the generator AND the kettle in one morning, my hero	service	
        evening: cards by the stove, gin rummy, he cheated	time	play-a-game
        he held me a long time after the ferry was cancelled again and I cried about mum	touch	long-hug
        wrote him a little poem about his "silly light" and left it on his pillow	words	mirror-note
        found a smooth green bit of sea glass on the shore and gave it him, he's put it on the lamp room sill	gifts	
        Seal-watching off the rocks together for an hour. Just us and 14 seals	time	
        she tiled the bathroom floor while I was at work, it's level and everything	service	
        dust everywhere, no kitchen yet, but he brought me a fancy pastry as a "housewarming in advance"	gifts	favourite-snack
        Told him the stud wall looks pro. It does. Mostly.	words	genuine-compliment
        picnic on the subfloor with candles, no electricity, best date we've had in months	time	candle-dinner
        Rubbed his back after he carried plasterboard all day	touch	shoulder-rub
        i sanded all the skirting boards so she could take a day off with her friends	service	take-a-task
        got her a pink hard hat with her name on. she's wearing it ironically. (not ironically)	gifts	
        kiss in the doorway we just framed. it's officially a doorway	touch	
        sat up on the scaffold eating chips and watching the sunset, tools down for once	time	
        "you make this mess feel like home" - she said that. in the rubble. im not crying	words	
        he bled all the radiators and fixed the one that only ever goes lukewarm	service	
        fell asleep cuddled up on the airbed in the one finished room	touch	
        woke her for suhoor with dates and warm milk already on a tray	service	
        we broke our fast together on the living room floor, just us two, talked till taraweeh	time	
        he bought me the medjool dates I like from the fancy shop, not the cheap ones lol	gifts	favourite-snack
        told him his patience this Ramadan is honestly inspiring me. meant it	words	genuine-compliment
        • made the iftar soup (lentil, his mum's recipe) so he could rest after work	service	take-a-task
        walked back from the masjid after taraweeh with our fingers linked the whole way	touch	hold-hands-walking
        she gave me a new prayer mat for Eid, green with gold thread, I love it	gifts	
        Prayed side by side then sat and read Quran together for half an hour	time	
        massaged his temples when the fasting headache hit around 4pm	touch	
        texted "you're doing amazing, only 2 hours left habibi" at 5:30pm lol	words	notice-hard-work
        I washed every single dish after iftar so she could sleep before suhoor	service	let-them-sleep-in
        brought her a box of kunafa from the Turkish place for the last ten nights	gifts	favourite-snack
        he did bath time AND bedtime so I could have a shower longer than 4 minutes	service	take-a-task
        hugged in the hallway after the little one finally called me "mama" for the first time	touch	
        told her "you were made to be his mum" after the social worker visit. She needed to hear it	words	genuine-compliment
        20 min on the garden bench with tea after nap started. Talked about us, not the kid.	time	
        she bought me the good coffee beans bc "new parent rations"	gifts	
        I assembled the toddler bed while he played trains with her downstairs	service	
        we finally watched one whole episode of something together, start to finish. Historic.	time	
        forehead to forehead in the kitchen for a minute, both exhausted, both happy	touch	
        he framed her first drawing and gave it to me. A purple scribble. I love it	gifts	
        wrote him a note: "watching you be a dad is my favourite thing"	words	genuine-compliment
        took all the night wake-ups so she could sleep through for once	service	let-them-sleep-in
        she rubbed my back while I sat by the cot waiting for him to settle	touch	shoulder-rub
        new placement arrived at 10pm. He had already made up the spare bed and put a teddy on it before I was even off the phone	service	make-the-bed
        Told her she's the steadiest person these kids will ever meet. She is.	words	genuine-compliment
        we snuck out for a coffee during the contact visit, 45 min, just us	time	
        he brought me flowers after the placement ended. He knows goodbyes wreck me	gifts	pick-a-flower
        long hug in the car park after the review meeting	touch	long-hug
        she did all the paperwork for the LAC review so I didn't have to	service	take-a-task
        • bought him a new notebook for his foster logs, leather, initials on the front	gifts	
        Sat on the back step after the kids were down and he let me talk it all out	time	ask-about-their-day
        held her hand under the table at panel	touch	
        texted him "we're a good team" after the school run chaos. he replied w a thumbs up and 3 hearts	words	
        he got up at 6 with the toddler so I could lie in till 8	service	let-them-sleep-in
        grabbed her favourite pick n mix on the way back from the social worker's	gifts	favourite-snack
        He texted goodnight at 10pm sharp like he said he would. Small thing. Huge to me.	words	
        we went to a pottery class together, my bowl is a disaster, his is worse, laughed the whole time	time	try-something-new
        she held my hand at the cinema. I'm 56 and I felt 16	touch	
        brought her a punnet of strawberries from my allotment	gifts	favourite-snack
        He fixed my garden gate. My ex never did in 20 yrs. Just saying	service	take-a-task
        Told him he's a really good listener. He said nobody ever told him that before 🥲	words	genuine-compliment
        Long Sunday lunch at the pub, stayed 3 hours, talked about our kids and our mistakes	time	
        kissed on the doorstep. At 55! Still got it	touch	goodbye-kiss
        she dropped off soup when I had the flu and left it on the step with a note	service	send-a-care-package
        he found a secondhand copy of the book I mentioned on our first date. He REMEMBERED	gifts	small-book-or-article
        cuddled on her sofa watching Strictly, slightly awkward, very nice	touch	couch-cuddle
        cooked for her for the first time, lamb and too much garlic, she ate seconds	service	
        after the DJ fight I just hugged her for a long time. we'll figure it out	touch	long-hug
        he rebuilt the budget spreadsheet with formulas so I stop crying at it	service	take-a-task
        told her I'd marry her in a car park with a meal deal. meant it	words	
        bought him a £4 cactus instead of the £60 cufflinks. He loves it more	gifts	
        new rule: one evening a week with no wedding talk. Tonight was it. Board games and a takeaway	time	play-a-game
        she rang the venue and sorted the deposit mess so I didn't have to	service	take-a-task
        • kissed him mid-argument. argument over.	touch	
        he said "the only thing I actually care about is you walking toward me". ugh. fine. we'll cut the chair covers	words	
        walked along the canal after the cake tasting, just us, no lists	time	short-walk
        she got me a tiny notebook labelled "Things We Agreed On" lol there are 3 things in it	gifts	
        I called my mum and told her to stop adding guests. for him. that was brave	service	
        rubbed her feet while she scrolled florist quotes and screamed	touch	foot-rub
        Visited Jim at the home, held his hand through two episodes of Countdown	touch	
        brought him a bag of his favourite humbugs. He didn't know me today but he ate them all	gifts	favourite-snack
        read him the cricket scores from the paper, we sat in the garden room an hour	time	
        told him he was a good husband. He said "I hope so". Yes, love. You were. Are.	words	genuine-compliment
        took his cardigans home and washed them myself, the home's laundry shrinks everything	service	take-a-task
        he squeezed my hand when I left. First time in weeks	touch	
        played our wedding song on my phone and sat with him while he hummed along	time	song-for-them
        sewed the new name tags into all his clothes myself	service	take-a-task
        brought in a framed photo of our caravan holiday in 1987 for his windowsill	gifts	photo-memory
        he called me "my girl" today. Writing it down so I never forget	words	
        combed his hair and trimmed his nails before the Christmas party	service	take-a-task
        kissed his forehead goodnight and he smiled	touch	
        10 hrs picking, got home to a hot bath already run. shes the best	service	
        she put a Boost bar and a note saying "smash ur rate today" in my bag	gifts	favourite-snack
        told her she's my favourite part of every day and i mean it, even the 5am part	words	
        too knackered to go out so we just lay on the bed and talked for an hour	time	
        she rubbed deep heat into my calves, 30k steps today	touch	
        I did the food shop on my day off so she could go to her sister's	service	run-an-errand
        bought her new headphones, she's been using one earbud since summer	gifts	
        kisses on my scanner-bruised knuckles. weird but sweet	touch	
        "proud of u for getting team lead" - her text. screenshotted it	words	proud-of-you
        payday = chippy tea together in the car on the sea front, radio on	time	
        sorted his payslip query with HR on the phone bc he was on shift	service	take-a-task
        she lay her head on my chest and I was asleep in 30 seconds	touch	
        she brought me water and snacks during the 6 hour scrim block, didn't say a word, just put them down	service	
        GGs. told him he played out of his mind today even tho we lost. he needed it	words	genuine-compliment
        bought him a new mousepad with our cat printed on it lmao	gifts	
        ended stream at 11 and we played Stardew together till 2, no tryharding	time	play-a-game
        shoulder rub between maps, wrists are cooked	touch	shoulder-rub
        i cooked dinner on tournament day so he could focus	service	take-a-task
        she showed up at the LAN with a sign that said "my bf is cracked". died.	words	brag-about-them
        after the loss we just cuddled and watched cat videos, no VOD review	touch	
        got her the keyboard with the pink switches she's been talking about for weeks	gifts	
        walked to the park and back, touched grass together as promised 🌱	time	short-walk
        he set up my new streaming mic and cable-managed my whole desk	service	take-a-task
        we watched the finals together on the couch screaming, her team won	time	
        she belayed me for an hour on my project and never once complained	service	
        told him his heel hook on the crux was beautiful. it was	words	genuine-compliment
        BOUGHT HER A CHALK BAG WITH A LITTLE SLOTH ON IT SHE SCREAMED	gifts	
        taped his split finger and kissed it (gross, chalky)	touch	
        rest day walk in the Peak, no climbing, he made me laugh the whole 8 miles	time	short-walk
        he packed the whole crag bag including my snacks the night before	service	take-a-task
        she yelled ALLEZ from the ground the whole way up, loudest person in the gym. sent it bc of her	words	
        "your footwork is so much cleaner now" - from him. i'm framing it	words	genuine-compliment
        baked her a batch of brownies for the road trip to Font	gifts	
        climbing gym date, bouldered side by side then chips after	time	
        he took the midnight to 4 watch so I could sleep through	service	let-them-sleep-in
        sat in the cockpit at anchor watching the stars, no wifi, no plans	time	
        told her she handled reefing in the squall like a pro. better than me tbh	words	genuine-compliment
        she bought me new sailing gloves at the chandlery, mine were shredded	gifts	
        spooning in the v-berth during the storm, boat rocking like mad	touch	
        I emptied the holding tank. that's love. that's real love	service	
        picked up fresh baguette and a papaya at the market in Bequia for his breakfast	gifts	favourite-snack
        snorkelled together round the point, pointing at turtles for an hour	time	
        he told the guys at the marina bar I'm the better sailor. I am.	words	brag-about-them
        she warmed my cold hands in her armpits after night watch lol	touch	
        Told her she's gorgeous.	words	genuine-compliment
        Bought him socks.	gifts	
        Evening walk together.	time	short-walk
        shut the shop 20 mins early so i could get home and cook for her, curry goat, she been on her feet all day at the ward	service	take-a-task
        got him the sandalwood beard oil from the barber supply, £14, he keeps sniffing his own face now	gifts	
        she sent me a voice note at lunch saying the shop looks criss with the new sign. made my whole day still	words	voice-note
        picked her up a patty from the bakery on Soho Rd, the spicy beef one, £2.20	gifts	favourite-snack
        walked Cannon Hill park after church, phones in pocket, proper talk about her mum	time	short-walk
        she worked the knots out my shoulders after a 10 hour saturday, back was mash up	touch	shoulder-rub
        told him in front of my bredrin that he's the reason the business still standing. meant every word	words	brag-about-them
        new silk bonnet for her cos the old one ripped. small ting but she smiled	gifts	
        gas meter got topped up before I got home. never even asked him	service	fill-their-tank
        fell asleep on the settee with her head on my chest, Match of the Day still on	touch	couch-cuddle
        sunday dinner just us two, telly off, rice n peas, she talked bout her plans for the salon for like an hour	time	
        did i ever tell her she's the reason i opened the shop? told her today	words	
        He was out with the herd since 4am so I had bidos warming on the stove when the snowmobile came back	service	take-a-task
        dried his wet boots by the stove and stuffed fresh sennegress in them. he didn't notice. fine	service	take-a-task
        Sat together in the lavvu by the fire, not much talking, just coffee and the dark. good evening	time	
        forehead kiss before he left for calf marking, smelled like smoke and reindeer lol	touch	goodbye-kiss
        3 pairs of the thick wool socks from the Coop in Karasjok for him. his are all holes	gifts	
        he texted "mun ráhkistan du" from the vidda where there's barely signal. must have climbed a hill for it ❤️	words	
        Told him his joik for his grandfather made me cry. why do I never say these things	words	genuine-compliment
        warmed my hands under his jacket at -32. he pretended to scream	touch	
        northern lights from the kitchen window with the lamps off, both of us wrapped in one blanket for an hour	time	
        He gave me a button he carved out of antler for my gákti. been working on it in secret apparently	gifts	
        finished the mittens for him tonight, with the pattern from his siida. only took me since Christmas	gifts	
        he said my gáhkku is better than his mother's. do NOT tell her	words	genuine-compliment
        shore 312 today, knackered. she had a bath run when I got in, didn't say a word just pointed at it	service	
        grabbed her a bag of pineapple lumps from the dairy in Te Kuiti	gifts	favourite-snack
        she did my back with that deep heat stuff, stinks but choice	touch	shoulder-rub
        rang her from the woolshed at smoko just to hear her voice, 10 min	time	
        told her she's the best rousie in the gang and i'd marry her again tomorrow	words	genuine-compliment
        she got me new shearing moccasins, mine had holes right through	gifts	
        deck, couple of Speight's, sun going down over the back paddock. no phones for once	time	
        found a note in my lunchbox "go hard but not too hard x" sweet as	words	note-in-bag
        held her hand the whole drive back from Taupō, steering with my knee half the time dont tell her mum	touch	
        gave her the pounamu I got in Hokitika last trip. been hiding it in the ute 3 weeks	gifts	
        she waited up till the shed finished at 9 and we had fish n chips on the bonnet	time	
        took her to the A&P show, whole day wandering the pens and eating candyfloss, just us	time	
        14h on the plow, she had tourtière in the oven when I got back at 3am. tabarnak it was good	service	take-a-task
        shovelled her car out before she woke up, -28 this morning, she don't have to know	service	take-a-task
        wrote je t'aime in the frost on her windshield. she sent me a photo 😍	words	mirror-note
        double double and a beigne from Tim's for her on the way home	gifts	their-usual-order
        cribbage at the kitchen table till minuit, she won 3 games, câline	time	play-a-game
        she put my frozen feet on her legs in bed. toes like ice cubes. she screamed a bit	touch	
        told her she looked belle in the tuque I hate. she laughed at me	words	genuine-compliment
        picked up a can of sirop from the cabane à sucre, the dark one she likes, $14	gifts	favourite-snack
        no storm Sunday so we went skating on the canal, 2h, chocolat chaud after	time	
        long hug in the entrée when I came in still in my snowsuit, she didn't care about the wet	touch	welcome-home-hug
        heated gloves from Canadian Tire from her, $49.99, my fingers say merci	gifts	
        4:12am text: "drive safe mon amour, 117 is bad tonight"	words	rain-drive-check
        60 essays to grade and he just sat next to me with his café the whole time keeping me company	time	sit-near-them
        he made arroz con habichuelas so I didn't have to cook after parent-teacher night, bendito	service	take-a-task
        post-it on his lunch: "mi amor you're killing it at the new job"	words	note-in-bag
        got him the Bustelo at the bodega, $6.49, plus a pastelito bc why not	gifts	favourite-snack
        he grabbed me by the waist and we slow danced in the kitchen to Héctor Lavoe, my head on his chest	touch	
        28 field trip forms printed at Staples by HIM. my kids' forms. I didn't even ask	service	run-an-errand
        you'd had a rough day with the landlord so I rubbed your temples till you were snoring	touch	
        He told me my students are lucky to have me. needed that today fr	words	genuine-compliment
        one sunflower from the deli on 149th, $3, he handed it over like it was a ring lol	gifts	pick-a-flower
        walked Orchard Beach after school, watched the planes come in, talked about nothing	time	short-walk
        Daily News crossword on the stoop together, took an hour, he knew all the sports ones	time	play-a-game
        told him he's the best tío to my nephews and he got all shy	words	genuine-compliment
        video call from the control room between exposures, 22 min, she showed me the dog sleeping	time	
        a box came up the mountain for me: alfajores and a letter in her terrible handwriting	gifts	send-a-care-package
        sent her a pic of the Magellanic Clouds with "this is how much I miss you" cursi pero verdad	words	share-your-view
        back in La Serena. did all the Líder shopping before she got home, even remembered the oat milk	service	run-an-errand
        held her a long time at the bus terminal. 4 days of normal sleep ahead	touch	welcome-home-hug
        she slipped a bag of merkén and a photo of us into my duffel before the shift, found it at 4000m	gifts	
        lay on the roof, naked eye only, I named constellations and she invented new ones. the Sad Llama	time	
        little meteorite fragment from the visitor center shop for her, 8 lucas	gifts	
        "proud of you, the paper looks great" — she actually read the draft??	words	proud-of-you
        11 hours sleeping wrapped around her. altitude hangover	touch	
        made her completos for dinner, extra palta, she put her feet up for once	service	take-a-task
        she kissed the back of my neck while I was coding, didn't say anything, went back to her book	touch	
        12 hour shift, airport runs. she had injera and shiro ready at 11pm, still warm	service	take-a-task
        roses from the guy at Union Station, $10 (he tried 15)	gifts	pick-a-flower
        coffee ceremony Sunday, she roasted the beans, I just sat with her and talked 2 hours, no phone	time	
        he texted me between fares "ewedishalehu" and 3 hearts	words	
        I washed his cab on my day off. he said it smells like a new car lol	service	take-a-task
        she massaged my hands, the steering wheel is killing them this week	touch	
        told her she is more beautiful today than our wedding in Addis. she said liar. but smiled	words	genuine-compliment
        picked up kolo and a loaf of dabo from the Ethiopian bakery in Alexandria for her	gifts	favourite-snack
        brought her a netela from the shop on U St, white with the blue border	gifts	
        walked round the Tidal Basin, cherry blossoms out, just the two of us	time	short-walk
        her head on my shoulder the whole Green Line ride	touch	
        I said thank you for always waiting up even when I come home 2am. should say it more	words	say-thank-you-out-loud
        new hem on her favourite trousers while she was at work, she didn't even know they were torn	service	take-a-task
        made him a shirt from the leftover wax fabric, blue with yellow, he wore it straight away	gifts	
        thieboudienne at my cousin's in Château Rouge, we stayed so late talking	time	
        she said my stitching is like poetry. she exaggerates but ok	words	genuine-compliment
        his cold hands in mine on the quai, métro late again	touch	
        he brought bissap from the market at Goutte d'Or, 1 litre, very sweet like i like	gifts	favourite-snack
        ironed his 5 shirts for the week while he slept	service	take-a-task
        whatsapp to her: "jërëjëf for everything my queen"	words	appreciation-text
        long walk along the Seine after I closed the atelier, she told me all about the pharmacy drama	time	short-walk
        9 hours at the machine. she pressed her thumbs into my shoulders until I made noises	touch	shoulder-rub
        the big roll of fabric carried up 5 floors, no lift, by him. for me	service	take-a-task
        told him he looked like a président in the boubou I made	words	genuine-compliment
        Brought home the leftover ma'amoul, the pistachio ones, hid 4 just for him	gifts	favourite-snack
        he did the dishes even though I said leave it. my hands smell of orange blossom water anyway	service	handle-the-dishes
        she wrote "habibi" in the flour on the counter lol	words	mirror-note
        knefeh for his breakfast, 6am, before my shift	service	
        argileh on the balcony, 2 hours talking about maybe going back to Beirut for summer	time	
        she held my hand under the table at her mother's. she knows I get nervous	touch	
        tiny cedar in a pot from the garden center, €12, for her windowsill	gifts	
        told him his baklava is better than mine. it's not. but he tried so hard ya albi	words	genuine-compliment
        he worked my forearms with his thumbs, rolling dough 200 times a day is killing me	touch	
        Batroun, no phones, manakish and the waves. whole afternoon	time	
        sent her a photo of my first perfect croissant batch: "because you said I could"	words	appreciation-text
        he sat on a flour sack in the bakery till 3am keeping me company during the Eid orders, telling the worst jokes	time	sit-near-them
        picked up his refill myself so he wouldn't wait in line at CVS. perks	service	run-an-errand
        kimchi jjigae for him after my 12hr shift bc he has a cold and is being a baby about it	service	take-a-task
        found a pint of Jeni's brambleberry in the freezer w/ post-it "for pharmacist of the year"	gifts	favourite-snack
        told him he was brave at his dad's appt. he looked at me like he needed to hear it	words	genuine-compliment
        Costco run together, took forever, honestly fun just walking and talking	time	
        back hug while I was counting pills at the kitchen table (bringing work home smh)	touch	
        all our spice jars got labels. she used the label maker. nerd. love her	service	
        text from her at lunch "saranghae 💊"	words	
        2 episodes of our kdrama, no phones, her feet in my lap	time	
        H Mart together after work, just wandering the aisles picking snacks for like an hour	time	
        hand cream from Olive Young for her, the peach one, her hands are cracked from all the washing	gifts	
        she squeezed my hand 3 times in the car. our thing	touch	hand-squeeze
        1h40 train each way. she packed bento with tamagoyaki shaped like heart. coworker saw. embarrassed but happy	service	pack-their-lunch
        limited sakura KitKat from the station kiosk for her. last box	gifts	favourite-snack
        LINE at 22:14 "otsukaresama, you worked so hard today"	words	notice-hard-work
        Sunday no work. Inokashira park, rowed the swan boat. 1 hour. she laughed at my rowing	time	
        she was asleep when I got home 23:30. covered her with blanket and held her hand a while	touch	
        burnable garbage out before leaving at 6:05 so she doesn't have to	service	take-a-task
        told her thank you for dinner. I don't say it enough. she looked surprised. hmm	words	say-thank-you-out-loud
        conbini oden at midnight together under the kotatsu, talking about nothing	time	
        she massaged my neck. shoulders stiff like concrete	touch	shoulder-rub
        brought home Tokyo Banana from Osaka trip. yes I know, wrong city, was at the airport	gifts	favourite-snack
        she bought me new insoles. she noticed I limp after the commute. I did not notice she noticed	gifts	
        held hands on Yamanote line. people staring. don't care	touch	
        video call with him in the middle of the Pacific, signal bad but 15 min, he showed me the sunrise	time	
        balikbayan box sent! his Boy Bawang, dried mangoes, new socks, the kids' drawings	gifts	send-a-care-package
        told him on messenger "you're the strongest man I know" he said don't make me cry in front of the crew	words	genuine-compliment
        paid his SSS contribution online for him, he always forgets	service	take-a-task
        he's home!! wouldn't let go of me at NAIA arrivals, 5 min hug, kids pulling his legs	touch	welcome-home-hug
        pasalubong came early: a Pandora bracelet he got in Rotterdam 🥹	gifts	
        his seaman's book renewal appointment — got it booked after 2 hrs of the site crashing	service	take-a-task
        same movie same time, me at home him in his cabin, texting the whole way through	time	watch-together-apart
        he wrote "mahal na mahal kita" on paper and held it up on video	words	
        first night home he massaged my feet. said i carried everything for 9 months	touch	foot-rub
        cooked his sinigang the day he arrived, fresh hipon from the palengke	service	cook-their-favourite
        he bought me a new phone so our calls would be clearer haha practical man	gifts	
        did her tax return for her, 20 min, she'd been dreading it for weeks	service	take-a-task
        she sat through the whole Pakistan v England test on Sky with me. she hates cricket. brought chai every session	time	make-their-tea
        gulab jamun box from Mumtaz for her, £8	gifts	favourite-snack
        told her she's better with money than me. an accountant admitting that!	words	genuine-compliment
        she did champi on my head with warm oil after month-end close. bliss	touch	
        Lister Park, sat by the lake, talked about her sister's wedding plans till the ducks got bored	time	
        "well bowled today janu" — her text after I survived the audit meeting lol	words	
        bled the radiator and fixed the valve myself, saved us a plumber callout £80 and her the stress	service	take-a-task
        Babar Azam signed shirt off eBay for him, £45, he nearly cried	gifts	
        my hand on her back all the way across the mosque car park, it was pure ice	touch	hand-on-back
        she made me paratha and omelette at 6 so I could get in early	service	take-a-task
        tennis ball cricket in the back garden, she got me out for 4, never hearing the end	time	play-a-game
        fed the heifers for her so she could sleep in, first time in a month	service	let-them-sleep-in
        bluebonnets from the south pasture for her. shoulda not picked em i know	gifts	pick-a-flower
        porch swing, Shiner Bock each, watched the storm roll in	time	
        he said "you're the best hand on this ranch" in front of the new guy. I about died	words	brag-about-them
        feed. water troughs. her truck gassed up. boot heel glued	service	fill-their-tank
        held her hand through the whole sermon, she was worried bout her mama	touch	
        new pair of Ariats from Cavender's, $189, hers were held together w duct tape	gifts	
        rode out to check the south fence together. didn't need two of us but	time	
        thanked him for pulling that calf at 2am. I was asleep. he let me sleep	words	thanks-for-chore
        rubbed arnica on his shoulder, got kicked by the bull yesterday, purple as a plum	touch	shoulder-rub
        he made biscuits and gravy. from scratch. on a Tuesday	service	
        slow danced at the VFW to George Strait	touch	
        sat phone call from the boat, 6 min at $1.50 a min, worth every penny, told her about the orcas	time	
        care package waiting at Dutch Harbor: jerky, wool socks, a drawing from the kid	gifts	send-a-care-package
        texted her "counting days. 41." she sent back "40 by the time you read this"	words	
        she handled the truck registration at the DMV while I'm out. I dreaded that	service	run-an-errand
        first hug on the dock in Homer, stank of fish, she didn't care	touch	welcome-home-hug
        ivory earrings from a carver in Kodiak for her	gifts	
        when we had signal I told her she's the reason I come home. crew gave me shit for a week	words	
        smokehouse cleaned and winterized, she did it solo	service	
        rain on the roof, whole afternoon in bed tangled up, first day off in 3 months	touch	
        drove out to Exit Glacier, sandwiches, just us	time	
        cooked her the halibut I caught, beer battered. she always cooks for me	service	take-a-task
        she read me a chapter of our book over the phone, we're reading the same one	time	
        ran the traps at 5 and came back to coffee with chicory and a hot boudin on the counter. she don't play	service	make-their-coffee
        new cast iron from the feed store for her, she been eyeing it since spring	gifts	
        out on the levee watching the egrets, no talking, just sweet tea	time	
        told her she the prettiest woman in Acadia Parish. cher she blushed	words	genuine-compliment
        he rubbed Bengay on my feet after the boil for 40 people	touch	foot-rub
        patched her hip waders so she won't get wet checking the pond	service	take-a-task
        two-stepped at the fais do-do in Eunice, first time in a year	time	
        she texted "proud of you baby" after I sold 900 lbs	words	proud-of-you
        jar of fig preserves from Mrs. Thibodeaux for her, $7	gifts	favourite-snack
        her hand in mine in the truck, zydeco on the radio	touch	
        he whittled me a little wooden crawfish for my keychain. ugly. perfect	gifts	
        fell asleep tangled up in the hammock after church	touch	
        back on the last sailing from Oban, she'd left the fire on and a plate in the oven	service	take-a-task
        bar of tablet from the Co-op for her, last one on the shelf, she's a sugar fiend	gifts	favourite-snack
        walked the machair at Balephuil, blowing a hoolie, just us and the corncrakes	time	short-walk
        told her she's the bonniest lass on the whole island. she said there's only 40 of us	words	genuine-compliment
        held her on the sofa while the storm battered the windows, ferries all cancelled	touch	couch-cuddle
        my uniform got dropped at the dry cleaners on the mainland. she remembered	service	run-an-errand
        text from the bridge: "flat calm crossing, thinking of ye"	words	
        new fisherman's jumper for him from the wee craft shop, £60	gifts	
        wee cuddle in the car before his 6am shift, he was like a bear with a sore head	touch	
        knitted him a beanie in Hibs colours, 3 weeks of night sailings, gave it him tonight	gifts	
        sunset from the pier with a flask of tea	time	
        told him he's a brilliant da to the bairns and I dinnae say it enough	words	genuine-compliment
        after 13hrs on the ward he'd the immersion on and the bath run	service	
        breakfast roll from the Centra for him on my way home off nights	gifts	favourite-snack
        he said "you're unreal, you know that?" when I told him about the patient. grand, I'll take it	words	genuine-compliment
        Forty Foot at 7am, freezing, best chat we've had in weeks	time	
        fell asleep on him on the couch before the Late Late even started	touch	couch-cuddle
        bins out. dishwasher. her lunch made. scrubs collected from the launderette	service	take-a-task
        told him thanks for minding the dog all week, he's a dote	words	thanks-for-chore
        Butlers hot choc and tulips from Moore St for her, €5 the tulips	gifts	their-usual-order
        sat in Stephen's Green on my day off, meal deal from Tesco, he listened to me give out about work for an hour	time	
        my feet are in bits and he just took them in his lap without me asking	touch	foot-rub
        he snuck a card into my locker somehow "best nurse in James's, best gf anywhere"	words	note-in-bag
        hugged him in the car park before my shift, a long one	touch	long-hug
        waxed her board while she was at work, did the rails too	service	take-a-task
        pasty from Philps in Hayle for her, steak, still hot	gifts	favourite-snack
        paddled out together at Fistral at dawn, barely caught anything, just sat on the boards chatting	time	
        told her she charged that set like a legend. she'll be better than me dreckly	words	genuine-compliment
        she kneaded my shoulders after a 3 hour session, wetsuit rash everywhere	touch	shoulder-rub
        the van's sliding door... finally fixed it for her	service	take-a-task
        new leash from her, mine snapped last week, £25 from the shop in Newquay	gifts	
        sun going down at Gwithian with a couple of Rattlers	time	
        held hands walking back up the cliff path, wind proper blowing	touch	hold-hands-walking
        texted him "that barrel tho 🤙 proud of you my love"	words	proud-of-you
        crab sandwiches for her beach bag, picked the crab myself	service	pack-their-lunch
        in bed with the surf forecast on the laptop planning tomorrow, she's way too into swell periods now	time	
        texted him from the sofa: "you look handsome reading" he looked up and signed ILY	words	genuine-compliment
        she signed "tired?" and then just took over making dinner	service	take-a-task
        tapped her shoulder and handed over the last cookie. she signed thank you with her whole face lol	gifts	save-last-slice
        captioned film, her feet on me, no phones for once	time	
        he flickered the lights twice, our "come here" signal, and just hugged me	touch	
        text from across the kitchen: "thank you for booking the interpreter for my doctor appt ❤️"	words	appreciation-text
        set up the vibrating alarm on his side of the bed since his broke	service	take-a-task
        new flashing doorbell for him, old one died, £34 off Amazon	gifts	
        long conversation in sign over coffee, 2 hours, hands tired	time	
        held her hand in bed, squeezing in our code	touch	
        texted her from the other end of the couch "proud of you for the presentation today" 🥹	words	proud-of-you
        braille labels on every spice jar for her. took 2 hours, worth it	service	take-a-task
        read him the whole Guardian weekend mag out loud over coffee	time	
        she described the sunset to me on the beach, every colour, ones I still remember	time	
        tactile watch for her, the Bradley one, she can feel the time now	gifts	
        he guided my hand round the new furniture so I'd know where it is, then just kept holding it	touch	
        told her she looks stunning, she said "how would you know" and I said I know you	words	genuine-compliment
        she pinned my outfits together in the wardrobe so I know what goes. no more odd socks	service	take-a-task
        he brought me a lavender plant so the balcony smells nice	gifts	pick-a-flower
        audio-described showing at the theatre, she whispered extra bits to me anyway	time	
        he took my arm instead of Juno's harness on the way home, just because	touch	hold-hands-walking
        she recorded herself reading the card instead of writing it	words	voice-note
        foot rub while we listened to the audiobook	touch	foot-rub
        took mum to day centre this morning so he could sleep, he was up with her 3 times	service	let-them-sleep-in
        sat in the car outside for 10 min before going in, holding hands, just breathing	touch	
        he made me a cup of tea and told me I'm doing an amazing job with her. I cried	words	make-their-tea
        noise cancelling headphones for him, for his 20 mins off	gifts	
        garden after dad went down for the night, just us, tea, 20 minutes of quiet	time	
        all her dad's pills sorted into the weekly box so I didn't have to	service	take-a-task
        long hug in the hallway after mum didn't know who I was today	touch	long-hug
        you'd had a rough night with dad so I cooked and cleaned up and you didn't lift a	service	take-a-task
        note on the kettle "you are not alone in this"	words	mirror-note
        sweet peas from the farm stall for her, £3 a bunch	gifts	pick-a-flower
        an old Morse once mum settled. first telly together in a week	time	
        wanted to tell her properly how much she's carrying but she fell asleep on me so I just	touch	
        "love u" on the fridge whiteboard with a heart, first thing anyone's written on there	words	mirror-note
        assembled the IKEA bookcase while she was at work, only 2 screws left over 👀	service	
        matching mugs for our new place from TK Maxx, £4 each	gifts	
        pizza on the floor cos we don't have a table yet, talked til 1am	time	
        first night in the new bed, she fell asleep on my arm, lost all feeling	touch	
        she unpacked my books and arranged them by colour. I hate it. I love it	service	take-a-task
        told him i love waking up next to him. cheesy i know	words	why-i-love-you
        he got us a monstera. named it Greg	gifts	
        charity shops on the high street looking for a table. didn't find one. best Saturday	time	
        Aldi together, first big shop, £62.40, argued about cereal for 10 min	time	
        my side of the bed made. hospital corners. didn't know adults did that	service	make-the-bed
        kissed her goodbye at the door. first time we've had our own door	touch	goodbye-kiss
        nursery painted while she was at her sister's, mint green, 2 coats	service	
        cocoa butter on her belly, there is SO much belly now	touch	
        he bought 2 tiny onesies, one says "trouble" one says "double trouble"	gifts	
        told her she's doing the hardest thing in the world and doing it beautifully	words	genuine-compliment
        lay in bed feeling them kick, 45 min, didn't even put telly on	time	
        both cots built. he swore a lot. done	service	
        "you'll be a great dad." needed that more than she knows	words	genuine-compliment
        32 wks. foot rub. she fell asleep mid-sentence	touch	foot-rub
        antenatal class together, took notes like a student	time	
        the pregnancy pillow, the massive U one, £49. for her, not me. mostly	gifts	
        2am run to the 24hr Tesco for pickled onions and Haribo	service	run-an-errand
        he held my hand the whole scan, they're both head down	touch	
        first Sunday without the kids, matinee, didn't check our phones once	time	
        he cleared out our daughter's old room for my sewing space, 6 bin bags	service	take-a-task
        new fly rod for him, he's got time to fish now	gifts	
        told her she raised three amazing humans and she should be proud	words	genuine-compliment
        slept in til 9 and just lay there holding each other	touch	
        cooked together and ate at the table like actual people	time	
        my car went in for the MOT, she took it. passed	service	take-a-task
        "the house is quiet but I like it with you in it" — sent that from work	words	
        he surprised me with tickets to Lisbon, just the 2 of us	gifts	
        bench at the bottom of the garden, planning the next 20 years	time	
        kissed her in the kitchen for no reason, she said what was that for	touch	
        wrote him a list of 10 things I love about him. he put it in his wallet	words	why-i-love-you
        hot water bottle in the bed before I got in. 61 years he's done that	service	
        held his hand in the waiting room at the eye clinic	touch	
        read her the crossword clues, her eyes aren't good now, we got 18 across together	time	play-a-game
        she told the nurse I was the handsomest man on the ward. at 86	words	brag-about-them
        Milk Tray from the post office for her, she still likes the orange cream	gifts	favourite-snack
        he cut my toenails. not romantic, but love	service	take-a-task
        conservatory, blue tits on the feeder, an hour maybe, side by side	time	
        kissed him goodnight, same as every night since 1963	touch	
        thanked him for putting up with me. he said it's been easy	words	
        a primrose from the garden in an egg cup on my tray	gifts	pick-a-flower
        she did my buttons this morning, my fingers won't	service	take-a-task
        danced in the lounge to Nat King Cole, very slowly	touch	
        she did my T shot tonight, steady hands, didn't even feel it	service	take-a-task
        told him his beard is coming in great, he grinned at the mirror for 10 min	words	genuine-compliment
        new swim trunks for him for our first beach trip since top surgery	gifts	
        held her hand at the family BBQ when her uncle got weird	touch	
        long drive up the coast, just her and me and the playlist	time	
        she changed my dressings every morning for 3 weeks. today was the last one	service	take-a-task
        she kissed my scars and said they're beautiful	touch	genuine-compliment
        told her she's the reason I could be myself	words	
        she made a little cake for my 2 year T-versary	gifts	
        walked the dog and she listened to me rant about the gender clinic for an hour	time	short-walk
        gutters cleared so she wouldn't have to climb	service	take-a-task
        she called me "my husband" at the pharmacy counter, casual, like nothing. meant everything	words	
        drove Mateo to practice so Dan could sleep after his night shift	service	let-them-sleep-in
        snuck out for coffee while the kid was at a sleepover, first date in ages	time	
        told him he handled the "you're not my real dad" fight really well. proud of him	words	proud-of-you
        he bought me Brooks running shoes after I moaned my knee hurt	gifts	
        shoulder squeeze from behind while I argued with the teen about screen time. solidarity	touch	
        he did the parent portal AND emailed the school about the missing homework	service	take-a-task
        watched the game on the couch after the kid went to bed, beers	time	
        texted him "we're doing okay at this, right?" he said "we're doing great"	words	
        little succulent for my desk at work, from him	gifts	
        hug in the kitchen, both exhausted, teenager rolling eyes at us	touch	
        packed his lunch cos he was running late, sandwich and a note	service	pack-their-lunch
        he held my hand in the car after parent-teacher night	touch	
        passed him in the corridor at 7:02, shift change, he slipped me a Mars bar	gifts	favourite-snack
        left his dinner in the fridge with a note: "reheat 3 min, love you"	service	take-a-task
        10 minute coffee together in the canteen, our only overlap all week	time	
        texted her at 3am from ICU "you're amazing, sleep well"	words	
        she was asleep when I got in, I just lay next to her and held her	touch	
        left a bag of Percy Pigs on the passenger seat of her car	gifts	favourite-snack
        travel mug for him so he'd stop using the crap hospital cups	gifts	
        breakfast at 8am (his dinner), talked for an hour	time	
        quick kiss by the lifts, a porter whistled	touch	
        post-it in my locker "half a shift to go, then me"	words	note-in-bag
        her windscreen de-iced in the staff car park before her 7pm start	service	take-a-task
        15 min in the car together between shifts with the heater on	time	
        folded the bed into the wall before she woke so she had space for yoga	service	make-the-bed
        egg tarts from Tai Cheong for her, still warm, HK$11 each	gifts	favourite-snack
        rooftop, 7-Eleven beers, harbour lights	time	
        25 square metres but she said it feels like a palace with me in it. corny but I'll keep it	words	
        back to back on the bed, both on laptops, her hand on my leg the whole time	touch	sit-near-them
        he fixed the dehumidifier, finally no more mould smell	service	
        told him his char siu fried rice beats the cha chaan teng downstairs	words	genuine-compliment
        little cactus for his windowsill, the only sun we get	gifts	
        Star Ferry just to ride it. HK$5 date	time	
        typhoon signal 8, held each other on our one sofa all night	touch	couch-cuddle
        bought a 2nd bowl from Daiso HK$12 so we can finally eat at the same time lol	gifts	
        she kissed my shoulder and said "早唞" and turned the light off	touch	
        bought me the exact scrunchie IU wears in Hotel del Luna	gifts	
        got me a claddagh ring from a shop off Grafton St	gifts	
        he sent me the lyrics to our song with "this is us" underneath	words	song-for-them
        took the ferry to Stromness just for the ride there and back	time	
        Mended the nets in the shed so he could get out early tomorrow	service	take-a-task
        she held my hand on the stoop all evening	touch	
        flowers!!	gifts	pick-a-flower
        said "you make me so happy" out of nowhere while we were folding laundry	words	
        made up a flask of soup for her to take on the night shift	service	pack-their-lunch
        left him a voicemail singing happy birthday terribly but meaning every word	words	voice-note
        ironed his concert blacks before the Mahler	service	take-a-task
        praised her in front of the nail techs for how she handled that rude customer	words	brag-about-them
        we're watching the new Song Joong-ki drama together tonight, I cleared my whole evening	time	
        played Mario Kart with him all Sunday since he can't go anywhere	time	play-a-game
        he hug me up tight when I reach home	touch	welcome-home-hug
        spent the morning going through the hives together, just us and the bees	time	
        Halldór said I'm the bravest person he knows after that crossing in the storm	words	genuine-compliment
        walked up to the cliffs together to watch the puffins	time	short-walk
        Aoife texted me "ur actually the love of my life no cap"	words	
        will mark half his stack of spelling tests tonight so he can go to bed	service	let-them-sleep-in
        bought her a tiny meteorite pendant	gifts	
        said "I see how hard you're trying" when she couldn't get out of bed again	words	notice-hard-work
        my husband posted about the salon's 5 year anniversary and said how proud he is of me	words	proud-of-you
        long hug at the door when he got in	touch	welcome-home-hug
        asked about her day and actually listened, phone in the drawer	time	ask-about-their-day
        he said "you're a proper grafter, love" after I'd been up lambing all night	words	notice-hard-work
        hugged him from behind while he was editing	touch	
        we swapped rotas so we finally have the same day off	time	
        kissed me good mornin before he went out shrimpin	touch	goodbye-kiss
        left a Galaxy bar in her locker at work	gifts	favourite-snack
        gave me a jar of our first honey with a label he drew himself	gifts	
        li dir mwa "mo kontan twa" avan li al travay 🥰	words	
        told her she's class, absolutely class, after her first day at the new job	words	genuine-compliment
        kissed under the midnight sun	touch	
        bought a new deck of Uno cards cos she lost ours at the caravan	gifts	
        I still kiss her goodnight every night, 63 years	touch	
        she backed up all my SD cards overnight so I could crash	service	let-them-sleep-in
        snuggled on the sofa in a turkey coma	touch	couch-cuddle
        he bought me a jade bracelet for Tết	gifts	
        sorted her pills into the weekly organiser	service	take-a-task
        bought him a big bar of Dairy Milk for when Lent's over	gifts	favourite-snack
        she stuck up for me to her dad when he was being funny about me being a delivery rider	words	
        Keala brought me one manapua from da lunch wagon	gifts	favourite-snack
        handled all the NICU parking permits and the insurance calls	service	take-a-task
        back hug while he was cooking like in the dramas	touch	
        he rubbed cream into my hands, the salon chemicals crack them so bad	touch	
        fed the pet lambs so he could have a lie in	service	let-them-sleep-in
        I wen wash his truck and vacuum all da sand out	service	take-a-task
        neck massage after 10 hrs behind the wheel	touch	shoulder-rub
        rested my head on his shoulder on the bus home	touch	
        Kofi wrote me a little poem in the back of my hymn book	words	
        Okello brought me beads from the craft market in Kampala	gifts	
        sea swim at the Forty Foot then hot chocolate after	time	
        every slip in our Thanksgiving gratitude jar this year was hers and every one was about me	words	
        bought a tiny knitted octopus for the baby's incubator	gifts	
        carried her harp down three flights after the concert	service	take-a-task
        Keoni wen make me one plumeria lei fo my birfday	gifts	pick-a-flower
        Baraka aliniambia "nakupenda sana" on the phone from Arusha, made my whole week	words	
        shovelled the drive and the path out to the hen house	service	
        Magnie said I'm da best thing ever come aff da boat fae Lerwick	words	genuine-compliment
        went to the flower market in Victoria Park together at midnight	time	
        got him a new dreidel and a bag of gelt	gifts	
        il m'a fait un gros câlin devant toute la famille	touch	long-hug
        oiled the smoker and fixed the hive lid he's been moaning about for weeks	service	take-a-task
        brought her back a dressed crab from Cromer	gifts	favourite-snack
        snuggled in the hot tub under the northern lights	touch	
        scrubbed out the pepperpot pot which is a whole job	service	handle-the-dishes
        lay with her and stroked her arm til she calmed down	touch	
        he rubbed my shoulders after a long day at the trading post	touch	shoulder-rub
        going to tell Marcus tonight how much I admire the way he's handled this year	words	genuine-compliment
        copped me the Jordans I been wanting	gifts	
        made her a flower crown for Midsummer	gifts	pick-a-flower
        listened to his whole new album with him start to finish	time	
        my man rubbed my temples for my headache	touch	
        told him his beard looks dead good grown out	words	genuine-compliment
        gave her Eidi in an envelope like she was one of the kids haha	gifts	
        we still hold hands crossing the road, 52 years already	touch	hold-hands-walking
        told my husband his sourdough was perfect and I actually meant it	words	genuine-compliment
        brought me back a tiny bottle of flaky sea salt from Keflavík duty free	gifts	
        phone free dinner on the balcony in Al Wakrah	time	phone-down
        gave me a rolex from the stall on his way home, extra eggs 😋	gifts	favourite-snack
        he bought me gold jhumka from the Gold Souq for Teej	gifts	
        bought him a bright green cast sock so he's got something fun	gifts	
        cleaned the whole flat top to bottom before Diwali so Meera didnt have to	service	take-a-task
        watched the sunset at Gwithian eating chips	time	
        got her the comfy compression socks she wanted for 12 hr shifts	gifts	
        held my hand the whole sermon	touch	
        on a passé l'après-midi au bord de la mer à Limbé, rien que nous deux	time	
        took the bins out even tho it was my turn	service	take-a-task
        Dae-jung wrote me a whole letter in Hangul like the oppa in Crash Landing 😭	words	handwritten-letter
        unpacked the shopping while she showered	service	
        split and stacked a cord of wood before the cold snap	service	
        kissed the top of her head while she was marking	touch	
        he massaged oil into my hair the morning of Diwali	touch	play-with-hair
        we just held each other for ages when we got the news	touch	long-hug
        bought her a new hankie with her initials embroidered	gifts	
        you sent me a voice note saying you'd marry me all over again 🥹	words	voice-note
        swept the salon at close so she could go home and eat	service	take-a-task
        got him a new hat band for his Stetson	gifts	
        walked the Botanical Garden with him all afternoon	time	short-walk
        cooked dinner together for once instead of taking turns	time	
        took a saturday off in wedding season just to be with her	time	
        he saved me a fresh orange off the last flight in before winter	gifts	save-last-slice
        got him new reading glasses with the nice frame, not the pharmacy ones	gifts	
        my wife called me her hero after the shift where we lost Mr Adeyemi	words	genuine-compliment
        Sigga told the whole family at þorrablót that I'm the calm in her storms	words	brag-about-them
        packed dal bhat in his tiffin for the camp, with extra achar	service	pack-their-lunch
        told her her accent is my favourite sound in the world, proper Cornish and all	words	genuine-compliment
        fixed the chain on his bike before his evening deliveries	service	take-a-task
        squeezed my hand under the table at dinner with my family	touch	
        finally got to hold him after 9 months at Halley	touch	welcome-home-hug
        went to Up Helly Aa together	time	
        Wrote a little note for every night of Hanukkah, one thing I love about Rivka each night	words	why-i-love-you
        told Tomasz the words he wrote for the family's memory card were beautiful	words	genuine-compliment
        had his tea on the table when he got in from the top field	service	
        told Wade he did a fine job calving this spring and I meant it	words	genuine-compliment
        bought me the book I kept picking up in the shop	gifts	small-book-or-article
        dropped his cello at the luthier on my lunch break	service	run-an-errand
        put his arm around me on the ferry deck	touch	
        mih husband bring back a bottle of El Dorado 15 from Georgetown fuh me	gifts	
        made him kimchi jjigae after his long day, just like in Reply 1988	service	take-a-task
        ma chérie dit que je suis le meilleur papa du monde	words	genuine-compliment
        Kalani wen tell me I da reason he stay sober	words	
        gave him a lai see with $88 in it as a joke but he kept it	gifts	
        wrote "miss you more than the sun" in the weekly comms email from the station	words	
        stayed up the whole Midsummer night at the bonfire with him	time	
        she wrote thank u for everything in the steam on the shower glass	words	mirror-note
        took her up Cave Hill for the view	time	
        cooked a meatless friday dinner so he can keep Lent properly	service	
        foot rub after a week of playground duty in the rain	touch	foot-rub
        told Wei Ling she looked 好靚 at the reunion dinner	words	genuine-compliment
        we planted the veg patch together	time	
        brined the turkey the night before so she wouldn't have to be up at 5	service	let-them-sleep-in
        baked her a lemon drizzle for her birthday with her name iced on	gifts	
        he hoovered the whole gaff before my mam came over	service	take-a-task
        left a sticky note on the bathroom mirror: proud of u for finishing the grant	words	mirror-note
        watched the midwinter not-sunrise together from the station window lol	time	
        walked the dog in the sleet so I didnt have to	service	take-a-task
        held hands the whole walk home from Eid dinner at my in-laws	touch	hold-hands-walking
        he got me the signed Goblin OST vinyl 😭	gifts	
        held her hand through the whole NICU ward round	touch	
        he bought me a bag of Tayto cheese n onion and a twix, the romance lol	gifts	favourite-snack
        got me a bit o Shetland silver, a peerie puffin brooch	gifts	
        went kayaking in the sound	time	
        he did the school run so I could sleep after my cleaning shift	service	let-them-sleep-in
        Eileen says after 61 years I still make her laugh harder than anyone	words	genuine-compliment
        going to leave a break-a-leg post-it on his cello case before the audition	words	note-in-bag
        prepped all her lunches for the week, she just has to grab them	service	pack-their-lunch
        got him a soft blanket for the chair during dialysis	gifts	
        knit him a Fair Isle tam for the boat	gifts	
        texted him proud of u for going to the gym even tho u didnt want to	words	proud-of-you
        sent him a long text about how he's handled the broken leg like an absolute champ	words	genuine-compliment
        got him a wee bottle of Highland Park for Burns Night	gifts	
        played scrabble in the galley with her through the blizzard	time	play-a-game
        he gave me one honi, forehead to forehead, like his tutu taught him	touch	
        got me a ticket to the Seventeen concert so I can go with my sister	gifts	
        took the 3am feed so he could get a proper sleep	service	let-them-sleep-in
        kissed his forehead before he left for the boat	touch	goodbye-kiss
        brought home a dozen steamed crabs just for me	gifts	favourite-snack
        going to give her the longest hug when she lands tomorrow	touch	welcome-home-hug
        went to hear the Berlin Phil together instead of playing for once	time	
        got her a massage voucher for when she's ready	gifts	
        sat in the car park for an hour after her shift just talking	time	
        got her a box of kaju katli from the sweet shop for Diwali	gifts	favourite-snack
        card in my lunchbox said "you got this, teach" before playground duty	words	note-in-bag
        had a proper blether by the fire wi a dram	time	
        Sanjay got up at 4 to iron my uniform before my shift at the mall	service	take-a-task
        said she's the bonniest lass in Kirkwall and she went scarlet	words	genuine-compliment
        got him heated handlebar grips for winter riding	gifts	
        scraped the ice off her windscreen before she drove up to the telescope	service	take-a-task
        complimented her new honey label design, it looks so professional	words	genuine-compliment
        she told my mam over dinner how hard I've been grafting on the farm, right in front of me	words	brag-about-them
        tickled him till he cried laughing	touch	
        bought her a new veil for her bee suit cos hers got torn	gifts	
        brought her home a box of Medjool dates from the souq for Eid	gifts	favourite-snack
        he brought me a heart shaped stone from the beach at Rackwick	gifts	
        Ah Huat say I still look same as our wedding day, 48 years, sure or not 😂	words	genuine-compliment
        brought me back a Garrett mix tin cause he knew i was craving	gifts	favourite-snack
        wrote "ur doing amazing sweetie" on the fridge whiteboard lol	words	mirror-note
        came home with tulips from the petrol station lol bless him	gifts	pick-a-flower
        crawled into bed and cuddled her when I got in at 5	touch	
        whispered "mo laimm twa, cher" before he went out on the boat	words	
        she reads me the 5 star reviews from my rideshare app every night and says they're right about me	words	genuine-compliment
        warmed my cold feet on his legs lol he screamed	touch	
        lit the candles together and actually sat with them til they burned down	time	
        massaged his thigh above the cast where it aches	touch	
        went to the Caribana parade together	time	
        cleared the gutters finally	service	
        bought me a gel seat cushion for the car, game changer	gifts	
        ate sandwiches on a hospital bench with him between his appointments	time	
        he said "you're a rum un but I love you", which is high praise from a Norfolk man	words	
        gave him a cuddle in the lambing shed at 3am	touch	
        booked her GP appointment because she keeps putting it off	service	take-a-task
        played with my hair while we watched the drama	touch	play-with-hair
        covered her watch on the bridge so she could ring her mum	service	take-a-task
        set up the new router and it actually works now	service	
        picked the crabs for her so she didn't mess up her nails	service	take-a-task
        during Lent she's been leaving a verse and one line about why she loves me on the kettle every morning	words	mirror-note
        went to the hot pot at the sundlaug and talked for hours	time	
        went to the laundromat and did all her stuff, folded it too	service	take-a-task
        laid with my head in her lap in the park	touch	
        Ngwa told me "je suis fier de toi ma belle" after my exam, then said it in English too just in case	words	proud-of-you
        pulled the sting out and kissed the spot better	touch	
        tha's a grand lass, he said, after I'd dug the yows out the drift	words	genuine-compliment
        we had afternoon tea at Bettys in Harrogate, just us two	time	
        told me i looked gorgeous even w my hair in a towel and no makeup on	words	genuine-compliment
        went for a slow walk in the woods with her, no agenda	time	short-walk
        nilimkumbatia kwa muda mrefu before his bus to Dodoma	touch	long-hug
        got me a spice bag on the way home from the club	gifts	favourite-snack
        Ramesh rang from the site in Lusail just to say I'm the best wife in all of Doha	words	genuine-compliment
        Told Jonno his shots from the Trenwith wedding are the best he's ever done	words	genuine-compliment
        date night at the new ramen place on Argyle	time	try-something-new
        paid the electric before it got cut off lol	service	
        thanked her in front of the whole observatory team for writing the reduction pipeline	words	brag-about-them
        fetched t' coal in so she'd not have to go out in t' wet	service	take-a-task
        Juma fixed the hole in the mosquito net over our bed	service	
        went to the mandir together for Lakshmi puja and lit the diyas	time	
        brought me gato pima from the stall in Rose-Hill	gifts	favourite-snack
        Eileen and I sat in the garden watching the blackbirds all afternoon	time	
        she rubbed my wrists after the Rite of Spring rehearsal	touch	
        ironed the kids' Eid clothes the night before	service	
        closed the salon early so we could have phở together	time	
        went to the zydeco breakfast at Café des Amis and danced til noon	time	
        put his hearing aid batteries in for him, the fiddly wee things	service	take-a-task
        did her taxes	service	take-a-task
        he told me I'm gonna be a great dad as we were leaving the hospital	words	genuine-compliment
        changed the oil in his truck	service	take-a-task
        sat with her in the NICU family room all night just talking about names	time	
        hauled water from the chapter house so we're good for the week	service	
        turned the app off for the night to watch a film with her	time	
        we read aloud to each other on the cloudy nights	time	
        My Burns Night toast to the lassies was really just a toast to Fiona	words	brag-about-them
        we spooned all night cause the heating packed in	touch	
        kept my hand in his coat pocket on the freezing observing deck	touch	
        weekend away at the Nile in Jinja	time	
        Il a fait la lessive à la main parce que la machine est gâtée, trop gentil	service	take-a-task
        took his turn on snow-melter duty so he could sleep	service	let-them-sleep-in
        texted "you're the brightest thing in my sky" from the summit during cloud cover	words	
        watched the sun set over Coco Beach together	time	
        sat on the porch with her listening to old house records	time	
        he brought me a bag of Yorkshire Mixtures from t' shop in Hawes	gifts	favourite-snack
        she scratched my back til I fell asleep	touch	
        played gin rummy till midnight	time	play-a-game
        he brought me back a king cake from Gambino's	gifts	favourite-snack
        佢幫我 fill 晒 all the forms for the HKID renewal	service	take-a-task
        sailed the broads together all Saturday	time	
        went to the Eid prayer together then out for a long breakfast	time	
        brushed her hair and plaited it before bed	touch	play-with-hair
        linked arms walking down the high street	touch	hold-hands-walking
        Picked wildflowers on the walk home for her	gifts	pick-a-flower
        he grated all 5 lbs of potatoes for the latkes	service	
        went for a pint at the Tan Hill Inn, just the two of us	time	
        佢 hug 咗我好耐 after my exam	touch	long-hug
        told her straight up you the realest one i know	words	genuine-compliment
        Anh did the salon books so I could go to bed early	service	let-them-sleep-in
        bought me a new phone case cos mine was cracked to bits	gifts	
        he gave me a turquoise bracelet from the flea market in Gallup	gifts	
        gave him a big ass hug on the 4 train platform	touch	long-hug
        she pulled me in close by the woodstove	touch	
        gave Sita a big bear hug at arrivals in Doha	touch	welcome-home-hug
        took a long walk round the lake after church	time	short-walk
        quick kiss on the car deck before the 6am crossing	touch	goodbye-kiss
        il m'a offert un pagne pour la fête des femmes	gifts	
        had breakfast together at 6am when we both got off shift	time	
        rewired the plug on her hairdryer	service	take-a-task
        gave her a wee squeeze on the way past in the kitchen	touch	hand-on-back
        washed his hair in the kitchen sink cos he can't get the cast wet	service	take-a-task
        we danced the Gay Gordons and he never let go of my hand	touch	
        cooried in together by the fire	touch	
        did all the spring cleaning before new year so Mei could put her feet up	service	take-a-task
        told my baby she the hardest working woman on 79th street	words	notice-hard-work
        cleaned out her car after her delivery shifts, chucked about 40 receipts	service	take-a-task
        kopi at the hawker centre together every morning, 40 years running	time	morning-coffee-together
        made his coffee with oat milk and two sugars exactly how he likes it	service	make-their-coffee
        fed the kye while he was at the mart	service	take-a-task
        queued 45 min at the hawker centre for my chicken rice so I could stay home and rest	service	take-a-task
        brought me Wai Wai from the Nepali shop, first ones in months	gifts	favourite-snack
        sat with him through the whole 4 hr dialysis session playing cards	time	play-a-game
        he gave me a kanga with "upendo wako ni hazina" printed on it	gifts	
        gutted and cleaned the fish for supper	service	
        stood 3 hrs in the queue at the ministry to renew her residence permit	service	run-an-errand
        stayed up talking til 3am like we used to	time	
        Sam reminded me "you're not lazy, you're recovering" and I needed that	words	
        he told me "ayóó ánííníshní" before I drove to Window Rock	words	
        got him a new cake of rosin, the fancy one	gifts	
        bought her a mug that says World's Okayest Teacher	gifts	
        changed the bedsheets while she was at dialysis so she came home to a fresh bed	service	make-the-bed
        he goes "you look like a whole snack" when i came down in my eid outfit	words	genuine-compliment
        pique-nique at Le Morne on Sunday, just us	time	
        Maya said she fancies me more now than when we met at uni	words	genuine-compliment
        watched the O's from the bleachers together	time	
        hugged him	touch	
        Wrote Priya a Diwali card listing 10 things I love about her	words	why-i-love-you
        got me new slippers	gifts	
        brought in da peats fir her afore da rain	service	take-a-task
        she filled my tank before my rideshare shift so I didnt have to stop	service	fill-their-tank
        drove out to Canyon de Chelly and just sat on the rim with him	time	
        bought her a tin of pineapple tarts from that shop she likes in Joo Chiat	gifts	favourite-snack
        held his hand during the needle part of dialysis	touch	
        Devon tell me mih cook-up rice betta than he mudda own. big compliment in dis house	words	genuine-compliment
        went to the Stations of the Cross with him on Friday	time	
        binged Crash Landing on You in one weekend together and cried at the same bits	time	
        we're going to do a proper date night friday, phones in the drawer	time	phone-down
        went to a pottery class together	time	try-something-new
        grabbed her a Lindor from the vending machine on my break	gifts	favourite-snack
        hugged him so tight on the quay when the boat came in	touch	welcome-home-hug
        bought me a pasty from Philps and it was not for sharing	gifts	favourite-snack
        video called for 2 hrs and watched the same film together on WhatsApp	time	watch-together-apart
        held her hand on the beach at Holkham	touch	
        Ahmed did every iftar washing up this Ramadan so I could go to taraweeh	service	handle-the-dishes
        kissed her neck while she was doing the washing up	touch	
        made the roux for the gumbo so she just had to throw the rest in	service	take-a-task
        told her she played the slow movement beautifully tonight, even the bit she thinks she fluffed	words	genuine-compliment
        slow danced in the kitchen to nothing	touch	
        massaged his back with mustard oil like his aama used to	touch	shoulder-rub
        bought me a replacement lens hood after I lost mine at the Polperro wedding	gifts	
        hugged him for like 10 mins straight cos he was sad	touch	long-hug
        went to the Tuesday céilí together	time	
        he went to Nakasero for matooke early so I could rest	service	run-an-errand
        he let me sit on his lap at the pres	touch	
        sent him a paragraph at 2am about how much he means to me, he cried	words	appreciation-text
        he brought me a piece of sea glass from Mykines	gifts	
        she got me new gloves for lambing, the good ones	gifts	
        defrosted the freezer without being asked	service	take-a-task
        cooked Burns supper together and read the poems out loud	time	
        brought everything she needs downstairs so she doesnt have to do the stairs on crutches	service	take-a-task
        got her car out the tow lot and paid it before she found out	service	run-an-errand
        li'nn fer mwa enn gro kalin kan mo'nn rantre	touch	welcome-home-hug
        got him a new pair of sea boots	gifts	
        bought her egg tarts from Tai Cheong on the way home	gifts	favourite-snack
        hugged her in the car park after her hospice shift	touch	
        you told me "you're a good man, Arnav" and i've been smiling all day	words	genuine-compliment
        he gave me his bubbe's silver menorah	gifts	
        "you da bestest wahine on dis island" he tell me afta I wen fix da truck	words	genuine-compliment
        she gave me a lopapeysa she knit over the winter	gifts	
        he had a bath run for me when I got back from a hard shift at the hospice	service	
        screamed THATS MY GIRL from the sideline at her netball match	words	
        found her an old star atlas on eBay from 1911	gifts	small-book-or-article
        we wen go holoholo up to Waimea, just cruise	time	
        hiked Dragon's Back together on Sunday morning	time	short-walk
        told her the baby has her eyes and she's already the best mum on the unit	words	genuine-compliment
        mucked out the byre for him so he could rest his back	service	take-a-task
        massaged her hands after a 10 hr day doing other peoples nails	touch	
        done the messages for her so she wouldnt have to go out in the rain	service	run-an-errand
        rode the fence line together at sunrise	time	
        watched the Thanksgiving game together, her team lost	time	
        drove him to dialysis at 6am	service	take-a-task
        Bishnu called on his break to say he's proud of me for not skipping dialysis	words	proud-of-you
        gave her a shoulder massage after the concert	touch	shoulder-rub
        drove him to the coast on my day off just to sit by the water	time	
        watched the meteor shower from the catwalk together, no work talk allowed	time	
        Mukasa told the whole fellowship that I am the pillar of our home	words	brag-about-them
        cuddled on the couch all evening	touch	couch-cuddle
        socks with his dog's face on 😂	gifts	
        bought her a bracelet at the craft market in Swakop	gifts	
        told him how proud I was that he danced at his uncle's tombstone opening	words	proud-of-you
        weekend at a beach fale, zero wifi, best weekend ever	time	
        took the bins out without being asked (miracle)	service	take-a-task
        kissed her hand after salaah	touch	
        she got me the lego set I've wanted since I was 10	gifts	
        Told Andrei he's the best thing I brought back from Cluj	words	
        cleaned the whole house before Eid so she could rest	service	let-them-sleep-in
        he called me his queen in front of all the lads on the door	words	brag-about-them
        hemmed her dress for the wedding	service	take-a-task
        Grandma tells Grandad every night "you're a good man, Winston" before lights out	words	genuine-compliment
        she rode with me in the cab on the Aberdeen run	time	
        played cards with her till 2am	time	play-a-game
        first hug in six weeks at family day	touch	
        took her out for dosa on friday, proper date night	time	
        sat down and properly thanked him for everything he did for Mum's funeral	words	
        visited him on sunday and we just talked for two hours	time	
        Wrote her a Rosh Hashanah card listing all the sweet moments from our year	words	
        irrigated the almond block at 2am so he could sleep	service	let-them-sleep-in
        adopted a red panda in her name 🐼	gifts	
        Told Priya she's the calmest person I know before her first solo shift in the tower	words	genuine-compliment
        wrote t'estimo in the flour on the counter before she woke up	words	mirror-note
        held her hand through the egg retrieval	touch	
        long drive to nowhere with our playlist on	time	
        texted him before his viva: you know this thesis better than anyone alive	words	genuine-compliment
        danced in the kitchen, 25 years today	touch	
        did garba together at the navratri night on Belgrave Road	time	
        hand on his knee the whole drive to Leicester	touch	
        bought him a nice leather wallet to keep his 90 day chip in	gifts	
        hid a Lindt bunny in his work bag for Easter	gifts	favourite-snack
        my wife told her sisters how hard I work on the farm, right in front of me	words	brag-about-them
        read my vows out to her again on christmas eve	words	
        pecked him on the cheek on my way past	touch	
        picked her some wildflowers on my walk home	gifts	pick-a-flower
        made all the rotli for Diwali so she could do the rangoli	service	take-a-task
        rubbed her tummy gently where the jab bruises are	touch	
        got her pomegranate earrings from the market in Yerevan	gifts	
        washed her scrubs, even the ones covered in dog blood	service	take-a-task
        let her open one present on christmas eve, matching pjs	gifts	
        told her she did everything she could for the dog she lost today	words	
        watched the sunset from the caravan step together, no phones	time	
        had his tea on the table when he got in from the depot	service	
        valentine's massage with candles	touch	shoulder-rub
        rubbed aloe on his sunburnt back	touch	
        made him fry jacks before work	service	
        took the kids to the market so Uwase could rest	service	let-them-sleep-in
        held me while I cried on Mum's anniversary	touch	long-hug
        Wrote Tavita a letter in Samoan for our anniversary, first time I've written to her in our language	words	
        got her a new white kurta to wear for Holi	gifts	
        went to the Easter vigil together	time	
        told him the orchard looks beautiful this year, he literally beamed	words	genuine-compliment
        bought her a fancy fountain pen for signing her thesis	gifts	
        cleared every bottle out of the house before he came home from rehab	service	
        wove her a kiekie myself, took 3 weeks	gifts	
        wrote a mother's day message "from" the baby on the fridge whiteboard	words	mirror-note
        defrosted the freezer. finally	service	
        told Nimal his Vesak lantern was the prettiest one on the street	words	genuine-compliment
        played nardi with him for hours	time	play-a-game
        birthday: a PS5 controller in his team's colours	gifts	
        fell asleep tangled up on the mattress on the floor	touch	
        read his post out to him, the screen reader can't do handwriting	service	take-a-task
        sent a box of his fav sweets to open on day 40 of patrol	gifts	send-a-care-package
        didn't let go of her for about 10 mins at the jetty	touch	long-hug
        painted the front door for him before the festa	service	take-a-task
        lay with my head on his chest so he could feel me laughing	touch	
        oiled and massaged her hair on Sunday like her ma used to	touch	play-with-hair
        told him he was right about the budget and I was wrong. felt weird lol	words	
        got her a Maltese cross pendant	gifts	
        bought her the lipstick she'd been eyeing for weeks	gifts	
        farmers market together on saturday morning	time	
        cuddles on the stoep watching the storm roll in	touch	
        rang me at midnight from site just to say happy new year and that he loves me	words	
        brought him a flat white from the good place on my way back	gifts	their-usual-order
        kept my hand on her leg off camera the whole stream	touch	
        sent Kavin a long whatsapp about how much I admire him for doing double shifts all winter	words	notice-hard-work
        she brought me home the leftover peonies from the shop cos she knows they're my fave	gifts	pick-a-flower
        took her for a drive along South Shore Road with the windows down	time	
        new phone case, his was held together with tape	gifts	
        picked up mishti doi for her from the sweet shop in Jackson Heights	gifts	favourite-snack
        framed a map of the street where we met for our anniversary	gifts	
        did all the Valentine's deliveries for her shop in my van, 60 drops	service	take-a-task
        free museum day instead of going out, saving for the house	time	
        got her a mug that says dog mum extraordinaire	gifts	
        long hug when he climbed down from the lorry after 3 weeks away	touch	welcome-home-hug
        gentle leg rub when her muscles ache	touch	
        scraped the ice off his windscreen before his 4am start	service	take-a-task
        long walk, no phones, just talking	time	short-walk
        sorted his FIFO flights and packed his bag for Monday	service	take-a-task
        told my husband I'm proud of how he's handling the long covid, even on the bad days	words	proud-of-you
        built the whole IKEA wardrobe while she was out	service	
        ironed his tupenu and shirt for church	service	take-a-task
        big bear hug at the finish line of his trail race	touch	long-hug
        let her trace my face so she could 'see' my new beard	touch	
        sat between his knees by the fire leaning back on him	touch	
        framed a photo of her dad for her bedside table	gifts	
        complimented Nino's khachapuri in front of his whole family	words	brag-about-them
        fed her sourdough starter while she was at her sister's	service	take-a-task
        bought her a painting from an artist in her auntie's community	gifts	
        went to an audio described play together	time	
        rode out to the lake together on horseback	time	
        walked the orchard rows with him at sunset	time	short-walk
        found her a vintage teapot in the charity shop for £5, couldn't resist even tho we're saving	gifts	
        brought her a cashmere scarf back from UB	gifts	
        wrote maite zaitut on a napkin at the pintxos bar and slid it across	words	
        told Marija she's the reason I came home from Australia	words	
        did her trigger shot tonight cos she can't look at the needle	service	take-a-task
        he said the penguins are lucky to have me	words	genuine-compliment
        braaied for her whole family on her birthday so she didn't lift a finger	service	take-a-task
        kissed his cheek in front of all the aunties, he went so red	touch	
        tucked her cold feet under my legs	touch	
        played scrabble in the caravan while the rain hammered down	time	play-a-game
        you told me I was handsome in my work overalls. never been told that	words	genuine-compliment
        Told Deepa the deposit is only happening cos of her spreadsheets	words	genuine-compliment
        filled in all her visa extension forms, 26 pages	service	take-a-task
        after the negative test he told me I'm not broken and he's not going anywhere	words	
        brought her honey from the farmers market for Rosh Hashanah	gifts	
        Mowed the lawn!	service	
        kissed her forehead before I left for work	touch	goodbye-kiss
        bought him a tin of sardines with his birth year on it lol	gifts	
        surprised him with new steel toecaps for site, his old ones were split	gifts	
        she shouted me out on stream as the love of her life and made chat say hi 😂	words	brag-about-them
        signed I love you through the train window as it pulled out	words	
        new mic for her streams, she's been using a headset for 2 years	gifts	
        Sent Uwase a message: you are the best thing that ever happened to me	words	
        went to Kakheti for the grape harvest together	time	
        wrote a long caption on insta about how talented my wife is, her wedding flowers are unreal	words	brag-about-them
        stayed in for valentine's and cooked together	time	
        unblocked the shower drain, grim but done	service	
        told her she's deadly, best mum in the whole mob	words	genuine-compliment
        spent the whole evening learning chess from her	time	play-a-game
        kept the house quiet and the blackout blinds down so he could sleep before nights	service	let-them-sleep-in
        played FIFA with him all evening even though i hate it	time	play-a-game
        rang the bank for her cos she hates phone calls	service	take-a-task
        told Marcus im proud of him, 30 days clean today	words	proud-of-you
        pintxos crawl round the old town in Donosti, just us two	time	
        cooked dal and froze portions for his week on the road	service	
        huddled together in the ger when the wind picked up	touch	
        left a cinnamon bun from the bakery on my pillow	gifts	favourite-snack
        bought her proper comfy clogs for 12 hr shifts	gifts	
        bought him a new pagg in the blue he likes	gifts	
        sat on the bastions in Valletta eating gelato	time	
        made her coffee exactly how she likes it, oat milk, half a sugar	service	make-their-coffee
        told Arman his dombra playing made me cry	words	genuine-compliment
        told him he played insane tonight even tho they got knocked out of the bracket	words	genuine-compliment
        cut his hair in the kitchen to save for the deposit	service	
        got him a vibrating alarm clock	gifts	
        a dozen red roses for valentine's, classic but she loved them	gifts	pick-a-flower
        wrote 14 reasons I love him on the steamed up windscreen of his lorry for valentines	words	why-i-love-you
        told Olena how proud I am that she passed her B1 English, she cried	words	proud-of-you
        bar of Galaxy on her pillow	gifts	favourite-snack
        held hands through the whole festa procession	touch	
        brought her back a Marie Sharp's hot sauce box from home	gifts	
        cleaned his work boots, they were caked in red dirt	service	take-a-task
        tapped her shoulder gently to wake her instead of the flashing alarm	touch	
        got him a txapela for his birthday	gifts	
        gonna give him the biggest cuddle when he lands tomorrow	touch	welcome-home-hug
        met her after her shift at 4am, got chips and walked home together	time	short-walk
        bought her a new diary for the new year	gifts	
        went along on her farm call on my day off just to keep her company	time	sit-near-them
        bought him a signed jersey from his favourite esports team	gifts	
        Recorded a voice note for Oleksandr listing every single thing I love about him	words	voice-note
        first dinner in the new flat, sat on the floor eating chips out the paper	time	
        topped up the electric key for her	service	fill-their-tank
        posted a birthday tribute to her on fb, 30 things I love about her	words	why-i-love-you
        surprised her with fairy lights for the caravan awning	gifts	
        Grandma ironed Grandad's church shirt, she's done it every Sunday for 50 years	service	take-a-task
        I'd marry you again every single day, I told her over breakfast	words	
        sent Jamie a familygram, only 40 words allowed, used every one to say how proud I am of him	words	proud-of-you
        massaged her shoulders with coconut oil	touch	shoulder-rub
        long kiss at midnight on Sant Joan	touch	
        my bf BOUGHT me flowers from another florist. i'm a florist. still cried	gifts	pick-a-flower
        got her a box of medjool dates for Ramadan	gifts	favourite-snack
        got him a little Bermuda cedar box for his cufflinks	gifts	
        told Pieter "ek is trots op jou" after he reffed the final	words	proud-of-you
        a book and a rose for her on Sant Jordi 🌹📖	gifts	pick-a-flower
        told her she's going to be an amazing mum whatever happens with the next transfer	words	
        gave him a little Buddha statue for his desk for Vesak	gifts	
        holding hands on the sofa	touch	
        wrote to Jay in rehab every week, just reminding him how far he's come	words	handwritten-letter
        stood up at the village meeting and said he's a good man, whatever his uncles think	words	brag-about-them
        drove out to the steppe to watch the horses run	time	
        held hands walking through the market	touch	hold-hands-walking
        spent his whole birthday doing whatever he wanted	time	
        booked the BSL interpreter for her GP appointment	service	take-a-task
        he gave me a monstera as a housewarming present for our own flat lol	gifts	
        watched the whole of Slow Horses over the weekend together	time	
        said she looked gorgeous covered in pink Holi powder, she didn't believe me	words	genuine-compliment
        kissed the thorn cuts on his fingers	touch	
        changed the gas bottle on the van in the pissing rain	service	
        Grandad shelled all the gungo peas for my Christmas rice and peas	service	take-a-task
        carried the water up from the tank so she didn't have to	service	take-a-task
        Gave a toast just for her at the supra, the tamada let me go first	words	brag-about-them
        went to every single scan with her	time	
        fixed the bakkie tyre before her long drive to Windhoek	service	take-a-task
        rubbed his back till the migraine eased	touch	shoulder-rub
        texted "thinking of you today xx" because it's a year since her dad passed	words	
        smeared gulal on his cheeks, first colour of the day	touch	
        left a sticky note on his laptop: you've got this, Dr. Hossain	words	mirror-note
        walked up into the hills together after Sunday mass	time	short-walk
        told him his stream was the best one yet even tho only 12 ppl watched	words	genuine-compliment
        date night!! first in months	time	
        squeezed her hand just before she went in	touch	
        FaceTimed for an hour from the donga after his shift	time	
        Grandad left a note in me lunchbox sayin I'm still the sweetest gal in Brixton	words	note-in-bag
        bubba wrote ur doing amazing sweetie on a post it on the bathroom mirror	words	mirror-note
        plane spotting with him at the end of the runway	time	
        laundry done AND folded AND put away	service	
        wrote her a love letter in braille with my new slate and stylus, took me hours	words	
        put the hurricane shutters up so she didn't have to	service	take-a-task
        gonna paint the nursery this weekend while she's at her mum's	service	
        listened to fado in Alfama with him till 2am	time	
        brought him a bottle of saperavi from his village	gifts	
        watched a Satyajit Ray film with her, she paused to explain bits	time	
        birthday kisses, 34 of them	touch	
        cooked the Easter lamb so she could just enjoy the day	service	take-a-task
        walked down to the river together for tashlich	time	short-walk
        spent the evening signing stories about when we were kids	time	
        fed the cats and did the litter tray so she could lie in	service	let-them-sleep-in
        batch cooked soups so she can just heat them up on crash days	service	take-a-task
        told Malia her solo at church was the most beautiful thing I've ever heard	words	genuine-compliment
        kept her dinner warm till she got back from a 14hr shift on labour ward	service	
        went fishing with him down the creek all arvo	time	
        did the umu sunday morning so Tavita could sleep in	service	let-them-sleep-in
        braai for just the two of us, kids at ouma's	time	
        he gave me a private tour of the zoo on his day off	time	
        wrote "love you more than Cup Match" on his lunch bag	words	note-in-bag
        hugged her from behind while she was washing up	touch	
        held my hand through the whole Easter service, I was nervous being back in church	touch	
        went back to the restaurant where we had our first date	time	
        cleaned up after the supra so she could sit with her guests	service	handle-the-dishes
        took his car for its MOT	service	take-a-task
        said i love you first. finally	words	
        put my phone away and let her talk about her day for an hour	time	phone-down
        looked through his dad's old photos with him for hours	time	
        got him biltong from the farm stall on the way home	gifts	favourite-snack
        she usually takes my elbow but today she held my hand the whole way	touch	hold-hands-walking
        planted the tulip bulbs together	time	
        brought him home fresh crays off the boat	gifts	
        had the ger stove going and warm when she came back from the herd	service	take-a-task
        watched the new year fireworks from the hill, just us	time	
        spent the day walking the hills around her grandparents' village	time	short-walk
        warmed her hands in mine after the ride	touch	
        cuddled under one blanket at the campsite, freezing night	touch	
        grabbed him a Double Decker at the services	gifts	favourite-snack
        booked her physio for the RSI and sorted the insurance claim	service	take-a-task
        midnight mass together on christmas eve	time	
        sat on his lap while he played ranked	touch	
        my wife told me I'm a good father. first time she's ever said it out loud	words	genuine-compliment
        rolled out all the lavash dough while she handled the guests	service	take-a-task
        Grandad brought me hard dough bread and bun and cheese from the Jamaican shop like he does every Easter	gifts	favourite-snack
        made her an ula lole for graduation, all her fave lollies	gifts	
        hugged him in the middle of the field when the last load went out	touch	
        held him on the couch while he cried about his appa	touch	long-hug
        held him tight when the news from home came	touch	long-hug
        spent the whole day out on the caye, just the two of us	time	
        mother's day evening he just held me on the sofa for an hour	touch	couch-cuddle
        gave her a mărțișor on 1 March	gifts	
        watched the sun go down from the roof in Bo-Kaap with her	time	
        ran her a bath and had dinner ready when she got back from the viva	service	
        massaged his lower back after a day of digging	touch	shoulder-rub
        mucked out the chicken coop so Harpreet didn't have to	service	take-a-task
        back tickles in bed	touch	
        held her when she came home after putting the old lab down	touch	welcome-home-hug
        wrapped all the Christmas presents for his side of the family	service	take-a-task
        told her this flat already feels like home because she's in it	words	
        made khinkali from scratch for him, 50 of them	service	
        walked round the Vesak lanterns together	time	short-walk
        did the school run so Femi could sleep after his night on the doors	service	let-them-sleep-in
        phoned round all her dad's friends to tell them about the funeral	service	take-a-task
        plugged in the block heater on her car every night this week, it's -30 out	service	fill-their-tank
        watched the rugby together at her aunty's	time	
        ordered his favourite American cereal online, silly shipping but worth it	gifts	favourite-snack
        went to Cup Match together, first time in years	time	
        found her a vyshyvanka in a charity shop, same pattern as her gran's	gifts	
        walked the dogs in the rain so she could finish her stream	service	take-a-task
        took the 3am feed so she could sleep	service	let-them-sleep-in
        sat by the fire telling stories with her all evening	time	
        thanked her in front of everyone at iftar for all the cooking she did	words	thanks-for-chore
        told Rob the garden he did for the Hendersons is the best thing I've ever seen	words	genuine-compliment
        massaged his wrists after a full day in court	touch	
        got him a gel wrist rest for the steno machine	gifts	
        a little pineapple charm bracelet for transfer day	gifts	
        fixed the leaking awning on the caravan while she was at work	service	
        texted "proud a yuh" after he finished his first week at the new job	words	proud-of-you
        tea in the garden together after work	time	
        called him hokis in front of his mum for the first time	words	
        bought her a talking watch	gifts	
        sat with her and watched Bake Off, all she had energy for today	time	watch-their-show
        you pulled me in for a hug when I was stressing about the mortgage	touch	long-hug
        Texted "so proud of u" after her shift, she delivered twins today!!	words	proud-of-you
        sofa nap, spooning	touch	couch-cuddle
        brought back a pebble from Cornwall cos she collects them	gifts	
        pounded the fufu for her palm butter, my arms are dead	service	take-a-task
        labelled all the spice jars in braille for her	service	take-a-task
        took her for a walk the night before to take her mind off the viva	time	short-walk
        bought her lappa for the engagement party, the blue and gold one	gifts	
        slow danced with her on the beach at our anniversary do	touch	
        told Bat-Erdene he's my strong horse (it's a compliment where we're from i swear)	words	genuine-compliment
        Naadam together, watched the wrestling all afternoon	time	
        sat out on the porch talking till the generator cut off	time	
        took the dinghy out together at sunrise	time	
        kids down by 7 and we actually sat and talked	time	
        he got me a necklace with the kids' birthstones for Mother's Day	gifts	
        he gets home at 5am and just wraps himself round me	touch	welcome-home-hug
        brought her a packet of koesisters from the aunty down the road	gifts	favourite-snack
        first night home from patrol we just sat and talked till 3am	time	
        wiped the flour off her cheek with my thumb	touch	
        got up at 5 to drive him to the zoo cos his car's in the garage	service	take-a-task
        scrubbed her back in the shower after a day in the elephant house	touch	
        got the firewood in and set up camp before she arrived	service	take-a-task
        she signed "you're beautiful" to me across the crowded pub and winked	words	genuine-compliment
        Grandad still holds my hand when we walk to church	touch	hold-hands-walking
        midnight kiss 🎆	touch	
        noise cancelling headphones for her so she can sleep after nights	gifts	
        hugged Iryna when the air raid alert came up for her mum's city	touch	long-hug
        stargazing in the Namib, nothing but us and the sky	time	
        did the market shop so he could watch the pelota	service	run-an-errand
        head scratches after a rough shift in the tower	touch	play-with-hair
        compliments all day long	words	genuine-compliment
        he got me a new chaniya choli for navratri	gifts	
        got her the good compression socks, the £40 ones	gifts	
        took her mum's clothes to the charity shop for her, she couldn't face it	service	run-an-errand
        went to watch the castells at the festa major together	time	
        sorted the council tax direct debit	service	
        brought her back a kina shell necklace from Lae	gifts	
        kissed under the mistletoe	touch	
        bought him a proper Japanese pruning saw	gifts	
        bought him a new saddle blanket	gifts	
        danced close with her at the island dance	touch	
        thank you for being so patient with me, I told him, and meant it	words	
        gifted 50 subs on his stream	gifts	
        she said "I believe in you" when I nearly quit the PhD	words	
        bought her a string of jasmine from the store on Markham Rd	gifts	pick-a-flower
        packed his tiffin before his 6am shift	service	pack-their-lunch
        told her she looks beautiful in her Herero dress	words	genuine-compliment
        got him an agaseke basket for his office	gifts	
        duo queued with her all night	time	play-a-game
        played holi together in the park	time	
        told Sela she looked stunning in her ta'ovala at church	words	genuine-compliment
        did all the paperwork for his rehab admission	service	take-a-task
        she came in from work and hugged me for ages before she even took her coat off	touch	welcome-home-hug
        you fixed my bike brakes without me even mentioning it	service	take-a-task
        ended stream early to watch a movie with him	time	
        learned 10 Ukrainian words with Taras over a cup of tea	time	
        ran his discord server for the weekend while he was at the LAN	service	take-a-task
        "you make this caravan feel like a palace" - Dave, this morning 🥹	words	
        cuddled up on the caravan bunk	touch	
        Grandad and me played dominoes all afternoon in the yard	time	play-a-game
        we did the crossword together over breakfast	time	play-a-game
        He told me my bread is better than the bakery I work at lol	words	genuine-compliment
        kissed him goodbye at the airport for his swing	touch	goodbye-kiss
        footsie under the table at his parents 😇	touch	
        changed her dressing after they put the port in	service	
        he packed my crew bag for the 4-day trip and even rolled the shirts	service	take-a-task
        hugged Sebastián when he got home from a child's funeral. didnt say anything	touch	welcome-home-hug
        Brought Elena back a bottle of mirto from Sardinia	gifts	
        hugged her at the school gate in her hi-vis	touch	
        ran to the late pharmacy at 11pm for his anti-sickness meds	service	run-an-errand
        wandered the night market in Luang Prabang together	time	
        hemmed Yoli's Carnival costume at 2am	service	take-a-task
        brought home a packet of the Burmese tea leaves Thiri loves	gifts	favourite-snack
        gave Niko a head massage with argan oil	touch	
        bought a potted orchid for Rivo's windowsill	gifts	pick-a-flower
        we walked the Camino from Sarria together	time	
        held hands under the table at the iftar	touch	
        Cooked the whole Feast of the Seven Fishes so Rosaria could put her feet up	service	take-a-task
        Got Vuk a proper pocket knife for his birthday	gifts	
        tapas crawl round Triana with Manolo	time	
        got him the new controller hes been eyeing for months	gifts	
        he captioned our anniversary pic with a whole paragraph and he NEVER posts	words	
        Said grace and thanked God out loud for Mathilde	words	
        long walk round the lake with Mirza, talked about everything	time	short-walk
        put a little present in Femke's shoe for Sinterklaas	gifts	
        texted "home safe?" after her night on the ambulance	words	text-when-you-arrive
        going to tell Sergio tonight how much I appreciated him holding it together this week	words	appreciation-text
        cleaned the whole flat for Nowruz so Shirin could relax	service	take-a-task
        sat by the radio with Hank listening to the match like old times	time	
        put fresh sheets on the bed while she was at the mosque	service	make-the-bed
        brought Yaneisy a cafecito and a pastelito from Versailles on my way home	gifts	their-usual-order
        Long lunch in the village with Marija, no rush at all	time	
        board game night, just us, no phones	time	play-a-game
        made up her hot water bottle before bed	service	
        Got Hoa a jade bracelet	gifts	
        Left a sticky note in Jovan's lunchbox: ti si moj svijet	words	note-in-bag
        water fight at Songkran, laughed till we cried	time	
        told Bashir I really admire how patient he is with his mum	words	genuine-compliment
        Dolores filled the water jugs so I didnt have to carry them	service	take-a-task
        washed the hearse for Dimitri so he could leave on time for once	service	take-a-task
        sent a bouquet to Zoran's office for his slava	gifts	pick-a-flower
        nap cuddles	touch	
        Dahlia gave me a fancy notebook for my grad school notes	gifts	
        bragged about Nikos to the entire taverna	words	brag-about-them
        Mariam read me the letters she wrote while I was away with the reserves	words	
        she left a cinnamon roll on my desk	gifts	favourite-snack
        left a wrapped book on her seat in the car	gifts	
        Karaoke night. we murdered ABBA together	time	
        kissed her hand when she signed the mortgage papers	touch	
        we built the ofrenda together and told stories about her abuela	time	
        played backgammon on the balcony in Nicosia till late	time	play-a-game
        taught Dani to play tavla, we played half the night	time	play-a-game
        whittled Gareth a little wooden sheep	gifts	
        snuck a Twix into Bibi's locker	gifts	favourite-snack
        We wrote our vows in Galician and English, 4 years into the engagement	words	
        told my wife her PA announcement voice is the hottest thing ever	words	genuine-compliment
        did the school run for Rui so he could sleep after nights	service	let-them-sleep-in
        stroked his arm during the sad bit of the movie	touch	
        whole afternoon at the thermal baths with Reto	time	
        Teo took the bins out even though it was my week	service	take-a-task
        got Jeroen a chocolate letter J for Sinterklaas	gifts	favourite-snack
        got Tiago a new fishing reel	gifts	
        prepped all the suhoor the night before so Layla could sleep an extra 20 mins	service	let-them-sleep-in
        took my car for its MOT on his day off	service	take-a-task
        gave Ilse a pretzel on Bretzelsonndeg like a proper Luxembourger	gifts	favourite-snack
        sent Flor a voice note of me singing happy birthday off-key from the station	words	voice-note
        set three alarms so Aris wouldnt miss the early ferry	service	
        lay next to her on the bed after chemo just holding her	touch	long-hug
        played briscola with Franca after dinner, she won again	time	play-a-game
        charged her headset and updated the game before her tournament	service	fill-their-tank
        Mended the hole in Yannick's fishing jumper	service	take-a-task
        u told me i was a good dad today. needed that so bad	words	genuine-compliment
        sat with Hasan in the garden while he did his physio exercises	time	sit-near-them
        gave Dilnoza a new atlas silk scarf for Navruz	gifts	
        Rahim's new prayer beads came all the way from Istanbul, I ordered them in June	gifts	
        sat fishing off the pier with Antonis, barely said a word	time	
        did all the ironing	service	
        flowers. just because. from Farid	gifts	pick-a-flower
        we squished together on the tiny ferry bench on purpose	touch	
        wrote all the wedding thank-you cards for both of us	service	take-a-task
        got Samir a new pair of work gloves	gifts	
        we lit the Lucia candles and had saffron buns together	time	
        posted a shoutout for my gf qualifying for the esports finals!!	words	brag-about-them
        she lay with her head in my lap on the beach	touch	
        gonna get Gabi a new umbrella since hers blew inside out	gifts	
        said "you were right" out loud. historic day	words	
        warmed her cold hands in mine on the ferry deck	touch	
        pulled her in for a slow dance at the village festa	touch	
        baked lussekatter and wrapped a bag for Linnea's commute	gifts	favourite-snack
        told him his organ voluntary on Sunday gave me actual goosebumps	words	genuine-compliment
        Fixed the lock on her studio door, perks of marrying a locksmith	service	take-a-task
        Tuesday coffee and cake at the Konditorei with Gerti, 60 years running	time	
        held Tonino's hand through the whole scan	touch	
        interpreted for Fran at her GP appointment so she didn't have to lip read	service	
        we got up at dawn to watch the Matariki stars rise	time	
        got my wife a hearing-aid-compatible headset for her birthday	gifts	
        ironed his ranger uniform while he slept	service	take-a-task
        took the long way home so we'd have more time to talk	time	
        Watched her telenovela with her even tho I hate it	time	watch-their-show
        he called the landlord about the mould for me	service	take-a-task
        told Marta her sourdough beats her mum's and i actually meant it	words	genuine-compliment
        Made Paolo's coffee how he likes it, ristretto, one sugar, stirred twice	service	make-their-coffee
        held his hand walking home from mass	touch	hold-hands-walking
        Sat with Pietro on the harbour wall watching the boats come in, phones off	time	
        remembered to pick up her prescription refill	service	run-an-errand
        we broke our fast together at the mosque iftar	time	
        had tea on the table when Bruce got in from the shed	service	
        spent all morning in the garden with Doris planting bulbs	time	
        Ilse made the whole wedding seating chart spreadsheet by herself	service	take-a-task
        sunday crossword in bed with Imke	time	play-a-game
        Got up at 4 to have breakfast with her before her flight	time	
        she held my face and kissed me at arrivals	touch	
        took Hery to see the baobabs at sunset	time	
        kept telling Mei she's brave, all through chemo day	words	genuine-compliment
        kissed every knuckle on her hand	touch	
        made her a photobook of our first year married	gifts	
        held Ali close while the fireworks went off	touch	long-hug
        had mint tea with Khadija at the little café in the medina	time	
        brought back a stone from the summit for Emre's desk	gifts	
        Massaged his shoulders after a day of shearing	touch	shoulder-rub
        spent my lunch break on a park bench with Zeljko	time	
        watched the same film on our laptops on a call, him in Aberdeen, me in Bilbao	time	watch-together-apart
        Dimitri told the grieving family how much I'd helped, with me standing right there. blushed	words	brag-about-them
        made the pastitsio for Easter Sunday so Eleni could go to midnight service rested	service	take-a-task
        bought him the Barolo he pointed at in the shop 6 months ago	gifts	
        Called the plumber and waited in all day so Ilir could go to work	service	take-a-task
        brought Nelson a bag of ginguba from Luanda	gifts	favourite-snack
        made the ghriba dough so Salma only had to shape them	service	take-a-task
        Jia surprised me with a mooncake box, lotus paste, my fave	gifts	favourite-snack
        Hande got me a mug that says World's Okayest Organist	gifts	
        video called Bruno for an hour from the rig, just chatting nonsense	time	
        Kayaked out to the island and had a picnic	time	
        braided Tsiory's hair for church	service	
        bought Dana a bottle of Commandaria from Limassol	gifts	
        set up subtitles on every streaming app for my wife	service	take-a-task
        Chopped enough wood for the keeper's stove to last her the week	service	take-a-task
        Surprised Lorena with tickets to see Juanes	gifts	
        kissed his forehead before he went out on nights	touch	goodbye-kiss
        Massaged Olga's weak hand every evening since the stroke	touch	
        buys Ines a lottery ticket every friday, she's never won lol	gifts	
        Ate the Seven Fishes with her family and stayed til midnight	time	
        she bled the radiators	service	
        back scratch for Nabil without him asking	touch	
        rewired the lamp she kept complaining about	service	take-a-task
        first night back from his week away we cooked and ate out on the balcony	time	
        Youssef said hes proud of me for finishing my thesis chapter	words	proud-of-you
        bought her the lamp she pinned months ago	gifts	
        paid the gas bill and didnt even mention it	service	take-a-task
        Bingo night at the care home with my husband of 70 years	time	play-a-game
        he rubbed my temples when the migraine hit	touch	
        rang Maria from the lighthouse to tell her the stars made me think of her	words	
        wrote bon courage on a post-it stuck to Yann's thermos	words	note-in-bag
        gave Amani a long hug after we broke fast, she was so tired	touch	long-hug
        surprise bday pressie, a kite!!	gifts	
        Renata paid the rent online so I wouldnt stress on payday	service	take-a-task
        fixed the wobbly bench at the organ for Gerrit	service	take-a-task
        Thursday coffee at the harbour with Kostas, our thing since 1958	time	
        bought Noy a jasmine garland for Pi Mai	gifts	pick-a-flower
        left a voicemail on Ana's break just saying im proud of her	words	proud-of-you
        Told my husband of 64 years he's still the handsomest man in the home	words	genuine-compliment
        jumped over the Chaharshanbe Suri bonfire together	time	
        signed "you are enough" to Clara across the room at the deaf club	words	
        we had afternoon tea at the Ritz for our anniversary	time	
        sat with him on the ward all day after the stroke	time	
        got Djamila a box of pastéis from the Cape Verdean bakery	gifts	favourite-snack
        will sort out the boiler service before Goran gets back friday	service	take-a-task
        vacuumed out the van before our trip	service	
        found some old organ sheet music for Joost at the charity shop	gifts	
        bought matching keyrings and gave him one	gifts	
        Thanked Tomás properly for carrying the whole wedding planning for 3 yrs	words	thanks-for-chore
        4 hour co-op run in Elden Ring with my bf	time	play-a-game
        picked Nuno up from Gatwick at 1am	service	
        Put my cold feet on his warm legs and he let me	touch	
        sewed the buttons back on his reserve uniform	service	take-a-task
        Got Kemal new wool socks for the rig	gifts	
        stargazing at the ranger station after closing	time	
        found a tiny ceramic owl at the flea market for Griet's collection	gifts	
        ate dates and talked under the stars after iftar	time	
        told Ramón I believe in his food truck idea 100%	words	
        told Nadia she's an amazing mum while she was crying over the laundry pile	words	genuine-compliment
        took all the online returns to the post office for her	service	run-an-errand
        Amira said my iftar was the best one she's had all Ramadan	words	genuine-compliment
        wrote Soraya a list of 40 things i love about her for her 40th	words	why-i-love-you
        gonna spend Saturday rowing round the lagoon with Sokol, just us	time	
        Piet sent me a 6 min voice message in Frisian about why he married me	words	voice-note
        cuddled on the sofa for an hour	touch	couch-cuddle
        He said my grey hair suits me. 91 and still a charmer	words	genuine-compliment
        watched the Mid-Autumn lanterns together and split a mooncake	time	
        hugged Emma from behind while she was cooking	touch	
        unclogged the shower drain. hair everywhere. love is disgusting	service	
        bought her new compression socks for nights lol romance	gifts	
        Wrote Noor an eid card in my terrible Arabic	words	
        sharpened all her knives	service	take-a-task
        group hug with the dog	touch	
        brought Paco a box of polvorones from Estepa	gifts	favourite-snack
        Mamma criticised my cooking and Alessandro told her straight it's the best he's ever had	words	brag-about-them
        held hands all through the Songkran procession, soaked	touch	
        made her a mixtape and burned it on a cd like its 2004	gifts	song-for-them
        Thanked Afa in front of the whole crew for always having my back	words	say-thank-you-out-loud
        wiped the flour off her cheek and kissed it	touch	
        left a note in her passport holder: fly safe, come home to me	words	note-in-bag
        booked all of Arben's physio appointments and put them in his calendar	service	take-a-task
        reassured Hassan his speech was great even though the words came slow after the stroke	words	genuine-compliment
        knitted Mateo a scarf in Peñarol colours	gifts	
        eskimo kisses	touch	
        took Sanne to the cinema, proper date	time	
        spooned all night even tho it was 30 degrees	touch	
        morning kiss before I even opened my eyes	touch	
        massaged Luz's calves after salsa night	touch	
        gave Yiannis a big kiss on the mouth in front of the whole kafeneio	touch	
        shoulder rub for Paulo at the gaming desk between matches	touch	shoulder-rub
        fixed his bike chain before his crossing guard shift	service	take-a-task
        going to take Beatriz to the Feria on Saturday, just the two of us	time	
        held Paco tight till his panic attack passed	touch	long-hug
        kissed the scar on his chest	touch	
        found her a first edition of her favourite Kadare novel	gifts	small-book-or-article
        wrote Elif a nowruz poem, rhymes were awful, she cried anyway	words	
        wrote PROUD OF U in sharpie on a banana in Efi's lunch	words	note-in-bag
        she brings me back a keyring from every airport	gifts	
        Picked up a box of medjool dates for Omar to break his fast with	gifts	favourite-snack
        rubbed lotion into his cracked hands after a week in the cold store	touch	
        one card on his pillow for every night he's away, each with one reason I love him	words	why-i-love-you
        sent Bea a "you've got this" right before her sommelier exam	words	
        she reorganised my whole taxidermy shelf by species 🦉	service	take-a-task
        sorted the car insurance renewal so Luz didnt have to deal with it	service	take-a-task
        brought Regula back a chunk of alp cheese from the summer pasture	gifts	favourite-snack
        cleared the snow off the steps before Hanne got up	service	take-a-task
        bought Yusuf a new prayer mat for Ramadan	gifts	
        she played with my hair till I fell asleep	touch	play-with-hair
        fist bumped her before the match lol	touch	
        Called him my hero when he got the mouse out from behind the fridge	words	genuine-compliment
        killed the spider. a BIG one	service	
        Uno tournament just the two of us, loser does dishes	time	play-a-game
        we held hands the entire flight, she hates turbulence	touch	
        she told me i looked like a snack in my cabin crew uniform 😏	words	genuine-compliment
        Linh whispered "you are my moon" while we watched the lanterns	words	
        slow danced in the kitchen to Cesária Évora	touch	
        Bought Hiba the gold hijab pin she liked	gifts	
        Beto brought home armfuls of cempasúchil for our ofrenda	gifts	pick-a-flower
        watched the sunrise from the lighthouse gallery together	time	
        Snuggled under the blanket through the whole storm	touch	couch-cuddle
        Joaquín told me I'm his favourite person to lose to at FIFA	words	
        sent encouraging texts all day for his first week back at work after the stroke	words	
        cooked a paella together on the beach with Inma	time	
        went to the midnight Easter service together and carried our candles home	time	
        Descaled the kettle. Nobody asked. Hamza noticed.	service	
        had sfogliatelle delivered to her office from the Naples bakery she loves	gifts	favourite-snack
        rested my hand on Marko's back all through his dad's funeral	touch	hand-on-back
        went along to the shearing comp just to watch him	time	
        made tamales together all afternoon for Christmas Eve	time	
        Told Thanh her mooncakes made me homesick in the best way	words	genuine-compliment
        rubbed her feet after her 12 hour flight	touch	foot-rub
        Whispered te quiero, gorda into her good ear	words	
        took Nour for a drive along the Corniche	time	
        grabbed her a snack from the vending machine between lectures	gifts	favourite-snack
        kiss on the top of my head as he walked past	touch	
        you said "I'd pick you again" out of nowhere at breakfast	words	
        bought her a phone case bc hers cracked	gifts	
        listened to all of his Friday night debrief about the week away	time	ask-about-their-day
        ur message this morning "slept badly without u" made my whole day	words	good-morning-message
        hugged Arta for a long time after the phone call about her dad	touch	long-hug
        lay on the grass with our fingers laced together	touch	
        took the day off to sit with her at chemo	time	
        sorted Camilo's visa paperwork with the Home Office, 3 hours on hold	service	take-a-task
        made Bao's lunches for his rig hitch, labelled by day	service	pack-their-lunch
        phone down, full eye contact, let her tell me the whole saga about her supervisor	time	phone-down
        nuzzled his neck while he was on the phone	touch	
        she sat on my lap during the film	touch	
        he rang me on the rig sat phone just to say I'm the best thing in his life	words	
        gave Sanja a pep talk in the car park before her interview	words	
        did every night feed so I could sleep	service	let-them-sleep-in
        left Gülay a post-it on the remote: you're my favourite show	words	mirror-note
        Nasser called me habibti all day, he never does	words	
        Valentina mailed me alfajores from Montevideo while I was away	gifts	send-a-care-package
        Linked arms with Rosa on the promenade like we did at 20, now we're 92	touch	hold-hands-walking
        Davide brought me a bag of blood oranges from his uncle's orchard in Sicily	gifts	favourite-snack
        he gave me his grandmother's ring	gifts	
        wrote Kiri a Matariki message remembering her nan and saying how much she means to me	words	
        she framed the ticket stub from our first gig and gave it me	gifts	
        He reset the router 4 times until my stream stopped lagging	service	take-a-task
        drove 3 hours to bring Sven the charger he forgot	service	run-an-errand
        Made a point of saying thank you for every little thing Sabine did today	words	say-thank-you-out-loud
        gave Yara a little succulent for her lab bench	gifts	
        gave Hugo a new deck of cards for his poker night	gifts	
        he bought me the ugly Christmas jumper I joked about	gifts	
        date night every wednesday no matter what	time	
        said sorry first. even tho it was 50/50	words	repair-attempt
        Puts my hearing aid batteries on charge every night so I never run out	service	fill-their-tank
        hoovered the stairs	service	
        Giuseppe left a note on the moka pot: sei la mia casa	words	mirror-note
        you called my taxidermy fox a masterpiece and im still not over it	words	genuine-compliment
        the kitchen chalkboard now says YLLI IS A LEGEND	words	mirror-note
        picked up the conchas she likes from the panadería on the way home	gifts	favourite-snack
        picked wildflowers on patrol and left them in a jam jar for Ana	gifts	pick-a-flower
        kissed Magda three times on the cheeks, Christos anesti	touch	
        bought Sophea a krama in her favourite colour	gifts	
        told Lukas his rösti was perfekt even tho it was a bit burnt	words	genuine-compliment
        long hug at the door when Sami got back from his week away	touch	welcome-home-hug
        texted Inés a pic of us from 2009 captioned "still my favourite"	words	photo-memory
        back-to-back hug while she was gaming	touch	
        surprise parcel from Marco: a vintage corkscrew for my collection 🍷	gifts	
        helped him up off the chair and then just held him a bit, both 93	touch	long-hug
        cut Mehdi's hair in the kitchen, fade and everything	service	
        dyed a red egg just for Stavros with his name on it	gifts	
        got the red wine stain out of his wedding shirt	service	take-a-task
        Told Rana she's beautiful bald. meant every word	words	genuine-compliment
        we sing side by side in the church choir now	time	
        Tobias gave me a Swiss army knife engraved with our date	gifts	
        filled the tank so it's ready for her monday commute	service	fill-their-tank
        went to the Oruro Carnival together this year	time	
        left "gute Nacht, Schatzi" on the whiteboard before my early shift	words	mirror-note
        Signed "I love you" to Kofi across the crowded ferry deck	words	
        went to see Sinterklaas arrive on the boat with Maaike	time	
        brought Saoirse a bit of sea glass from the cove below the lighthouse	gifts	
        did the laundry and matched ALL the socks	service	
        hiked up to the monastery and lit a candle together	time	
        cooked his mum's dolma recipe so there'd be dinner waiting when he got in Friday	service	cook-their-favourite
        He kept his arm around me the whole Carnival parade	touch	
        stayed up till 3 playing Mario Kart with him	time	play-a-game
        brought a little cactus back from the market for Ruth	gifts	
        Sat through his whole 6 hour tournament in the audience	time	
        complimented Lucía's flamenco in front of her whole family	words	genuine-compliment
        ran my fingers through Hamid's beard til he dozed off	touch	play-with-hair
        Tariq peeled my pomegranate for me, every single seed	service	
        snuck a kiss in the galley walk-in fridge	touch	
        wrote "so lucky" in the steam on the bathroom mirror for Giulia	words	mirror-note
        told Mandla's dad his shearing tally was a shed record, with Mandla right there	words	brag-about-them
        Told Enrique the garden looks amazing since he took it over	words	genuine-compliment
        spent two hours planning the honeymoon over cheap wine	time	
        Told Dragan in front of all his mates that he's the funniest man I know	words	genuine-compliment
        hand on her thigh the whole drive	touch	
        clipped Giorgos's toenails since he cant reach after the stroke	service	
        touched foreheads before he left for reserve training	touch	
        fell asleep on Daniel's shoulder on the bus	touch	
        wrapped my arms round Ditte at the Sinterklaas parade to keep her warm	touch	long-hug
        squeezed her hand three times, our secret I love you	touch	
        got Fatima a small gold khamsa pendant	gifts	
        kissed the back of his neck while he was washing up	touch	
        told her she's the best paramedic in the county and i'd want her if i collapsed lol	words	genuine-compliment
        kissed right at the moment of Sal Tahvil	touch	
        visited his dad's grave together for Día de Muertos and had a picnic there	time	
        typed Hamid a long message about how much this year meant to me	words	
        scraped the ice off Katja's windscreen before her 5am shift	service	take-a-task
        left a Kinder egg on Sofie's keyboard	gifts	favourite-snack
        turned off the football to listen to her talk about her day	time	ask-about-their-day
        complimented Bram's new haircut before he even asked	words	genuine-compliment
        Walked the dog at dawn so Amal could sleep through	service	let-them-sleep-in
        squeezed his knee under the table when his mum started	touch	
        rubbed her back while she was sick after chemo	touch	shoulder-rub
        listened to his whole organ rehearsal from the back pew	time	
        went to a semba class together	time	
        scaled and gutted all the sardines so Chiara didnt have to	service	take-a-task
        translated the council letter for Mariana	service	take-a-task
        bear hug from Jürgen when I passed my exam	touch	long-hug
        we read the same book and talked about it over wine	time	
        little shoulder squeeze as I walked past her desk	touch	hand-on-back
        drove up to the mountain hut for a weekend with no signal	time	
        spent the whole Sunday in pyjamas watching old films with Oskar	time	
        flew to Lisbon for the weekend, just us two	time	
        kissed her forehead before she went out on the helicopter	touch	goodbye-kiss
        stacked the woodpile so Elsie won't have to go out in the snow	service	take-a-task
        You did all the laundry while I was cramming for quals 🙏	service	take-a-task
        gave him a hand massage, his knuckles are wrecked from the chainsaw	touch	
        bought Sheila a new pinny off the market, her old one's in tatters	gifts	
        Kiss on the bald spot	touch	
        Kalani fixed the leaky faucet on the lanai	service	
        Sat on the porch swing with Ezra after chores	time	
        cleaned the whole flat top to bottom before her parents flew in from Kolkata	service	
        Found a sea glass heart on the beach at Port Erin and gave it to Fenella	gifts	
        Got Bryn a lovespoon carved by the fella in Llanberis	gifts	
        went jigging for cod with Cyril off the wharf	time	
        held hands on the walk home from the pub	touch	hold-hands-walking
        ironed Murugan's veshti for the Pongal puja	service	take-a-task
        bought her tulips from the Co-op, reduced to £2 but still	gifts	pick-a-flower
        Walked the dog along Rhossili together	time	short-walk
        he surprised me with a bag of pan dulce from the panadería on Cesar Chavez	gifts	favourite-snack
        Told him he'll be a wonderful dad while we waited on the beta results	words	genuine-compliment
        you called me your jaan in front of your whole family today	words	
        Went to the bonfire and fireworks at the rec together with a flask of tea	time	
        bought her a wee shamrock brooch for St Paddy's	gifts	
        Calum called me his m'eudail as he went off to the boat this morning	words	
        Gerald told me I'm some good on the accordion, b'y, and he's tone deaf so who knows	words	genuine-compliment
        Gave Tavita a kiss through the car window before her shift	touch	goodbye-kiss
        grated the coconut for her since her wrist's still in a splint	service	take-a-task
        Bingo at the Legion with Gord, he won a ham	time	play-a-game
        mowed the lawn before the in-laws come for Thanksgiving (Canadian one, October)	service	
        Gave Kwame a sweetgrass basket I sewed myself	gifts	
        went to the temple together then got dirty sodas at Swig after	time	
        played mahjong with Swee Lin, just us two, with her grandma's tiles	time	play-a-game
        you hoovered the car out 😭 thank u	service	take-a-task
        drew her a little pancake day comic, she stuck it on the fridge	gifts	
        Gareth stood up at the rugby club do and said I'm the best thing that ever happened to him	words	brag-about-them
        Sat up with her through the night when the mania hit, just being there	time	
        left a mahalo note on Kai's surfboard	words	mirror-note
        unblocked the shower drain. full of my hair. love is gross	service	
        Drove to Penrith and back to collect her prescription	service	run-an-errand
        Surprised Farhad with mawa cakes from the Irani bakery	gifts	favourite-snack
        cwtch on the sofa after the rugby	touch	couch-cuddle
        Got Barb a Florida snow globe as a joke and she loves it	gifts	
        emailed him a list of 20 things i love about him while hes at sea	words	why-i-love-you
        said "you done grand, love" after her first go on the parallel bars at physio	words	genuine-compliment
        framed a pressed rhododendron from the pass at Dochula for Tshering	gifts	pick-a-flower
        a single rose off our bush, just put it by her cuppa	gifts	pick-a-flower
        drove down to her family's for Chuseok and we made songpyeon side by side	time	
        rubbed his temples when the migraine came on	touch	
        Sat with him in the cardiology waiting room for four hours	time	
        Irani chai and Osmania biscuits with Zoya at Nimrah by Charminar	time	
        went to the ceilidh in Stornoway and danced every set with Morag	time	
        got him a fancy bag of Nelson Sauvin hops for his next brew	gifts	
        He got me a pancake pan for Shrove Tuesday 😂	gifts	
        wrote Noor a letter for our nikah anniversary in my terrible Urdu	words	
        you told me my pacemaker scar is the bravest thing you've ever seen	words	genuine-compliment
        Ricardo changed the oil in my truck before I drove up to see my amá	service	take-a-task
        Held her close while she cried about her dad	touch	long-hug
        wandered the farmers market in Lancaster County for hours, bought nothing	time	
        he packed my cooler for the 14 hour haul - sandwiches, thermos, the lot	service	pack-their-lunch
        Got him a box of fudge from the ferry shop coming back from Jersey	gifts	favourite-snack
        picked up a box of kueh from the nyonya shop for my sayang	gifts	favourite-snack
        made tea for Aled (the meal not the drink) - cawl with the leftover lamb	service	
        made 80 momos for Bikash's regiment reunion so he could just enjoy himself	service	take-a-task
        Framed the first scan pic for him	gifts	
        Told Ewan he's a braw dancer after Hogmanay even tho he stood on my toes all night	words	genuine-compliment
        Vikram made my chai every morning this week while I was on nights	service	make-their-tea
        held Kalena close while the tsunami sirens did their test	touch	long-hug
        chopped all the veg for the Onam sadya the night before	service	
        Sat on the harbour wall with Ted watching the boats come in	time	
        Took his suit to the dry cleaners for the wedding gig Saturday	service	run-an-errand
        she set up my pacemaker home monitor and read all the leaflets for me	service	take-a-task
        left a sticky note in her lunch box - ur doing amazing sweetie	words	note-in-bag
        Danced the bon odori together at the Obon festival	time	
        Left a Crunchie on his pillow	gifts	favourite-snack
        brought her home the first mango off the tree at work	gifts	favourite-snack
        watched the TT from Creg ny Baa with Juan and a flask	time	
        Fixed the fence after the storm so Aroha's ewes wouldn't get out	service	take-a-task
        brought home a box of timbits for Marc	gifts	favourite-snack
        i hold his hand every time the nurse takes bloods	touch	
        Sewed name tags in all his uniforms before he joined the ship	service	take-a-task
        a bunch of wildflowers off the verge, I'm skint but she loved them	gifts	pick-a-flower
        Sat on the lanai and talked story with Keoni til late	time	
        he said "you saved my life" cos I made him go to A&E the day before they fitted the pacemaker	words	
        Kissed her hands, all cracked from the cold	touch	
        made Nukilik a big tub of akutaq with the salmonberries I picked	gifts	
        you whispered "you're doing so good" while I did my injection tonight	words	genuine-compliment
        hugged him tight when he got his 1 year chip	touch	long-hug
        ran my fingers through her hair in the waiting room	touch	play-with-hair
        Got a new choir folder with her name embossed on the front	gifts	
        Tomás posted on insta about how proud he is that I passed the court interpreter exam	words	brag-about-them
        Booked all his physio appointments and sorted the taxis	service	take-a-task
        took Rosa to the lowrider show in East LA like old times	time	
        held her hand all through the cardiology appointment	touch	
        cooked the sorpotel for Christmas so Flavia didn't have to spend three days on it	service	take-a-task
        Rang him from the ship on the sat phone and we talked for an hour	time	
        Bought her that hand cream she likes from Boots	gifts	
        Harold defrosted the car for me at 6am, bless him	service	take-a-task
        spent the morning on a jigsaw with her at the kitchen table	time	play-a-game
        watched the snake boat race on the river together for Onam	time	
        Ow bist bab - made him a cuppa tay and a bacon cob before work	service	make-their-tea
        Rang the council about the potholes for her	service	take-a-task
        told Dev I was proud of him for hitting 6 months sober	words	proud-of-you
        Did the school run so she could sleep after her night at dispatch	service	let-them-sleep-in
        we did the crossword together in bed with a pot of tea	time	play-a-game
        Bled the radiators	service	
        walked up Pen y Fan together Sunday	time	short-walk
        went up kunanyi together for the sunset, freezing but worth it	time	
        Mended the hole in his fishing gansey	service	take-a-task
        took her to Whitby for the day	time	
        went to his wedding gig and danced like an idiot by the DJ booth all night	time	
        Gave Paddy a massive hug at Logan	touch	long-hug
        sat on the bridge with Clarence watching the icebergs go by Twillingate	time	
        Lokelani wrote "aloha au iā ʻoe" in the fog on the truck window	words	mirror-note
        Hugged Lars in the cold store, only private spot in the brewery	touch	
        Surprised my wife with a pandan chiffon cake from the kopitiam	gifts	favourite-snack
        Pecked her on the lips every time I passed her in the kitchen	touch	
        went to the Lammas Fair in Ballycastle and shared a bag of yellowman	time	
        bought my husband a new fly rod for salmon season	gifts	
        cuddled under the blanket watching the fireworks on Bonfire Night	touch	
        We made pancakes together on Pancake Day and had a flipping contest	time	
        lay on the trampoline and counted stars with Meg	time	
        wrote out why I married her on the back of the Harvest Festival hymn sheet	words	why-i-love-you
        polished his boots for the regimental dinner	service	take-a-task
        got Tūī new gumboots, hers had split	gifts	
        chopped and hauled the wood for the steam bath so Nukilik could just relax	service	take-a-task
        he gave me his grandad's pocket watch on our wedding day	gifts	
        Reset the wifi and got her online for her video call with home in Thimphu	service	take-a-task
        Bought Anil a new kasavu mundu for Onam	gifts	
        Kev got me a keyring with the dog's face on it	gifts	
        Played rummy with Wilf all evening, he won every hand	time	play-a-game
        went to mass together on Paddy's Day then walked down Dot Ave	time	short-walk
        Carried her shopping up three flights, she's still on crutches	service	take-a-task
        got her a bag of humbugs from the sweet shop in Haworth	gifts	favourite-snack
        walked the dogs at 5am so he could sleep off the night porter shift	service	let-them-sleep-in
        she dealt with the whole insurance call after the crash	service	take-a-task
        Got Eamon a scratchcard and a Kit Kat at the garage	gifts	favourite-snack
        rubbed his feet after a 12 hour shift on the fish counter	touch	foot-rub
        played with his hair while he napped	touch	play-with-hair
        Got Maggie slippers with the grippy soles for after her hip	gifts	
        had a cuppa together on the back step before she went off to work	time	morning-coffee-together
        ran to the 24hr pharmacy at midnight for his meds	service	run-an-errand
        snuggled on the couch till we both dozed off	touch	couch-cuddle
        Made Lupe's tamales for Nochebuena so she could finally sit down	service	take-a-task
        smoko with Shaz at the yards every day this week, just the two of us	time	
        Told Donal he's the finest hurler Cork ever saw, boy	words	genuine-compliment
        picked up a bunch of daffs for Glenys for St David's Day	gifts	pick-a-flower
        Fed the hens and got the eggs in so Mim could rest her hip	service	take-a-task
        Had a cup of tea together in the zoo café on her lunch break	time	
        arm round her in the pew at the carol service	touch	
        Told Ingrid her lefse was perfect this year. It was, too	words	genuine-compliment
        my husband told his mum I'm the reason he got through the bad winter with his bipolar	words	brag-about-them
        She tucked herself into my side by the fire	touch	
        Got Min-ji the fancy pear gift box for Chuseok, the one she always looks at	gifts	
        Took all the night feeds for the foster baby so she could rest	service	take-a-task
        you re-wired the plug on my straighteners, hero	service	take-a-task
        sat on the porch shelling field peas with Ruthie, talking bout old times	time	
        brought back a tin of tea from Darjeeling for Dorji	gifts	
        Ravi told the whole mess at the regimental do that I'm the bravest one in our family	words	brag-about-them
        wrote "bore da cariad" on the steamed up bathroom mirror	words	mirror-note
        walk round the reservoir, no phones	time	short-walk
        Sent Pema a message every night of her trek saying how brave she is	words	genuine-compliment
        proper date night, first one since the IVF started	time	
        I'll take Fred to see the Blackpool illuminations next week, he's never been	time	
        got Rumki a clay pot of mishti doi from Balaram on the way home	gifts	favourite-snack
        Made a jiggs dinner for Wayne after his shift, b'y he was some pleased	service	
        I drove the kids to Gaelic football so Seán could get a lie-in	service	let-them-sleep-in
        Bought him a new head torch for the 4am starts	gifts	
        Got Jessie a quilt at the Mennonite auction	gifts	
        kept saying thank you for every little thing today, meant every one	words	say-thank-you-out-loud
        Thanksgiving for two, rotisserie chicken and a long walk after	time	short-walk
        kept his logbook in order for the DOT inspection	service	take-a-task
        took his hand and squeezed it three times, our I love you	touch	
        scrubbed the grill after the Obon get-together	service	
        Found an old Gaelic psalm book in the charity shop in Stornoway for Calum	gifts	small-book-or-article
        cooked Sunday dinner together, both singing along to Radio 2	time	
        surprised Ishaan with a cricket bat signed by his favourite player	gifts	
        drove out to Peggy's Cove for a picnic, just us two	time	
        Said "I'm proud of you" three times today because he needed to hear it	words	proud-of-you
        Texted "I'm so lucky" with no context, let him figure it out	words	
        Gonna clear the garage this weekend so Lars can fit his brewing kit in	service	take-a-task
        you said mine is the voice you pick out first in the whole choir 🥹	words	genuine-compliment
        Said out loud at tea how much I appreciate him doing the night feeds for the foster baby	words	say-thank-you-out-loud
        took Doris to the early bird at Denny's and we talked for hours	time	
        Complimented Priya's sambar in front of all the aunties at Onam lunch	words	brag-about-them
        Kissed Rhodri at midnight on New Year's	touch	
        he said he'd go through every single IVF round again if it ends with us	words	
        Came to every one of his physio sessions this week	time	
        Linked arms with Edna all the way along the prom	touch	hold-hands-walking
        made the kids' packed lunches so Agnes could get off to the bakery by 4	service	take-a-task
        Found Lachie's favourite Cherry Ripes at the roadhouse and bought every one	gifts	favourite-snack
        Told Lorna I believe in her going back to college at 58	words	
        thon man o mine made me a wee fry when I'd been up all night with the calving	service	
        put my cold feet on him, he didn't even flinch 😂	touch	
        bought Elodie a proper Guernsey jumper in St Peter Port	gifts	
        Told Sandra she's the bostin'est wife in all of Dudley	words	genuine-compliment
        feet in his lap on the sofa, he rubbed them without me asking	touch	foot-rub
        bought a necklace engraved with our embryo transfer date	gifts	
        thanked him properly for being so patient with me through my last high	words	
        Hugged it out after the row	touch	repair-attempt
        Complimented his new beard. Lies, but he was chuffed	words	genuine-compliment
        Scrubbed the fish scales off the sink so Maureen didn't have to	service	take-a-task
        ta for the lovely words last night bab, made me feel ten foot tall	words	
        Sent flowers to the dispatch centre for her birthday	gifts	pick-a-flower
        Watched the northern lights from the porch with Nukilik till our toes froze	time	
        kissed the back of her neck while she was kneading at 4am	touch	
        Jo fell asleep on my chest on the sunlounger and I didn't move for an hour	touch	
        rubbed Deep Heat into his bad shoulder	touch	shoulder-rub
        Kissed him good morning before the 4am bake, he was half asleep	touch	goodbye-kiss
        held hands on the Steam Packet over to Heysham	touch	
        Shirley fixed the zip on my good coat	service	take-a-task
        spent the evening teaching him Gaelic words for the weather	time	
        stroked her back til she fell asleep once the meds kicked in	touch	
        gave Biju a bear hug when his visa came through	touch	long-hug
        surprised her with new steel toe boots for the tree work	gifts	
        wrote Nerys a poem in welsh for st davids day, bit rubbish but she cried	words	
        Sent Leo a long text about how he makes our tiny flat feel like a home	words	appreciation-text
        brought her back sealskin mitts from Utqiaġvik	gifts	
        Brought her a box of medjool dates to open her fast with	gifts	favourite-snack
        danced one slow song with him at the wedding I was DJing	touch	
        reminded her she's a brilliant foster mum even on days it doesnt feel like it	words	genuine-compliment
        Wrote Jan a thank you note for putting up with my 4am alarms all year	words	
        Farhad made me dhansak every Sunday while I was on bed rest	service	take-a-task
        shovelled the whole driveway before Dale got home from the rig	service	take-a-task
        Bought Doreen pork scratchings from the Black Country museum, her fave	gifts	favourite-snack
        Tanner made the funeral potatoes for the ward party so I didnt have to, oh my heck what a guy	service	take-a-task
        brought home a jar of Dot's apple chutney from the harvest festival stall	gifts	
        Gave Gwen a gentle back rub after physio	touch	shoulder-rub
        held hands under the table at her family's Durga Puja dinner	touch	
        we took turns saying what we love about each other in the car park before egg collection	words	why-i-love-you
        Cooked ema datshi for dinner so Pema could rest after her shift	service	take-a-task
        stayed on the phone with him the whole drive through Rogers Pass so he wouldnt nod off	time	rain-drive-check
        he just held me for ages after the bad scan	touch	long-hug
        Aroha wrote "best shepherd in the Waikato" on the whiteboard in the woolshed for me	words	mirror-note
        told Shubho he looked dashing in his panjabi for Ashtami	words	genuine-compliment
        gave him a shoulder massage after he'd been up the oak all day	touch	shoulder-rub
        Got her a red and white saree for Durga Puja	gifts	
        Bought Wade a new crib board and deck of cards, his old one was warped	gifts	
        Put my phone in the drawer and just listened to Ffion talk about her day	time	phone-down
        She held my hand through the whole meeting when I shared	touch	
        wrote a message inside his hard hat for his first day back climbing after the fall	words	note-in-bag
        my fella said I'm the backbone of this station and he couldn't run it without me	words	genuine-compliment
        went to Kaamatan at Penampang together and watched the Unduk Ngadau	time	
        spent all Sunday up the allotment together	time	
        sorted all her pill boxes for the week, lithium down the left side	service	take-a-task
        got Bec a punnet of Huon Valley cherries, first of the season	gifts	favourite-snack
        he brushed my hair for me when I was too low to get up	touch	play-with-hair
        walked the cliff path on Sark with Elodie, no cars no phones	time	short-walk
        had our tea at the chippy together after choir	time	
        Told Arlen "uff da, you look sharp" before the lutefisk supper at church	words	genuine-compliment
        long hug at the door when he got back from 3 weeks on the road	touch	welcome-home-hug
        Dinesh read my acceptance email out to the whole family whatsapp like it was his own news	words	brag-about-them
        took the day off to be with her for the embryo transfer	time	
        bought Nurul a bag of Sabah tea from the estate at Ranau	gifts	
        gave my husband a long hug in the car park before his tribunal	touch	long-hug
        left "missing you already x" on the fridge before the early bake	words	mirror-note
        Got him a bottle of Talisker for the first-footing	gifts	
        went out in the dinghy together to check the crab pots off TI	time	
        Told Rumki "ami tomake bhalobashi" at the pandal, first time I've said it in Bangla	words	
        gave her a wee cuddle on the doorstep, aye	touch	welcome-home-hug
        did the pandal hopping together till 2am	time	
        left a tater tot hotdish in the oven for Karl while I was at circle	service	
        cooked the Sunday roast so Bev could have a lie in	service	let-them-sleep-in
        Went to the Harvest Festival at chapel together	time	
        tickled her til she stopped sulking	touch	
        massaged her calves after all those pilot ladders	touch	
        left Siobhan a voicemail just saying how much I admire the way she handles the foster kids	words	voice-note
        sent her a heart and "ur amazing" after she talked that lad down on the phone at dispatch	words	genuine-compliment
        made him a flask of soup for up the trees	service	pack-their-lunch
        Mi vieja wrote "te quiero mucho, viejo" on the foil of my burrito	words	note-in-bag
        told Shalini she's the best thing that ever came out of Lautoka	words	genuine-compliment
        he brought home whoopie pies from the Amish stand by the road	gifts	favourite-snack
        fell asleep with my head in her lap	touch	
        gift-wrapped a new thermos for his long hauls	gifts	
        got Rochelle a souvenir spoon from every port this contract	gifts	
        left a lil msg on the whiteboard at the base: proud of you babe 🚁	words	mirror-note
        made him a mixtape, actual cassette, for the truck	gifts	song-for-them
        stayed up til 2 fixing the formatting on his thesis bibliography	service	take-a-task
        Jules mucked out the horses for me cos my back's gone again	service	take-a-task
        my wife said I'm the best zoo vet in the country after the giraffe calf came out breathing	words	genuine-compliment
        brought home shoyu poke from Foodland for Leilani	gifts	favourite-snack
        grabbed him a Gatorade and jerky at the Flying J	gifts	favourite-snack
        got her a proper bebinca from Panjim	gifts	favourite-snack
        sat through the whole Leafs game with him even tho I hate hockey	time	
        wrote "good luck today, youll smash it" on a post-it on the van dash	words	note-in-bag
        Changed the bedding while she was at physio so she'd come home to fresh sheets	service	make-the-bed
        He sharpened all my knives for the fish counter	service	take-a-task
        Our Mavis left a note on t'bread bin: still daft about thee after 51 year	words	mirror-note
        Told Marty he looks wicked handsome in his new Sox cap	words	genuine-compliment
        Marguerite said my bread was better than her mémère's, which is high praise in this house	words	genuine-compliment
        bought Yuki a new yukata for the Obon dance	gifts	
        surprised Kiri with a pounamu pendant	gifts	
        big long squeeze when the IVF didn't take	touch	long-hug
        got Anura a breudher from the Dutch Burgher Union for Christmas	gifts	favourite-snack
        Praised her for taking her meds every day this month, no fuss	words	genuine-compliment
        gave Cyril a cuddle on the settee	touch	couch-cuddle
        gave Bikash a pep talk before his first day interpreting Nepali at Maidstone court	words	
        Warm hug after the choir concert	touch	
        brought her back a stick of Blackpool rock	gifts	favourite-snack
        Held his hand going through airport security, pacemaker card out and all	touch	
        rolled roti and packed baigan curry in Ravin's tiffin before his early start	service	pack-their-lunch
        he got me a tiny silver fish charm for my bracelet	gifts	
        He's going to paint the spare room before the foster placement starts	service	
        kept shouting "you're doing brilliant" at Fiona all the way round the 10k	words	genuine-compliment
        took a week off between contracts just to be home with Deepa	time	
        you got me a teddy that plays your voice	gifts	
        Cooked Juan Manx kippers for breakfast so he wasn't going to the boat hungry	service	
        Watched Corrie together with a brew, like every night for 40 year	time	
        Jed said at family home evening I'm the strongest woman he knows. oh my heck I cried	words	brag-about-them
        kenny said my pastry was the best in the whole bakery and he meant it	words	genuine-compliment
        had breakfast together at 7am after her night shift, her dinner my brekkie	time	
        got him a Claddagh ring for our 10th	gifts	
        cleared the gutters so Nora wouldnt go up the ladder	service	take-a-task
        walked Folkestone seafront with Bikash after his shift	time	short-walk
        Made Ruthie a pot of red rice for supper so she could rest her feet	service	take-a-task
        she kept her hand on my knee the whole drive to court	touch	
        stayed up for the bells at Hogmanay, just the two of us	time	
        bought him a bacon butty from the van at the harbour	gifts	favourite-snack
        facetimed and ate our dinners 'together' across the time difference	time	
        sent him a voice note before his shift: best pilot on the whole Mersey, you	words	voice-note
        lightly stroked his chest round the new pacemaker til he fell asleep	touch	
        Lucy gritted the path so I wouldn't slip with my new knee	service	take-a-task
        wrapped her in my arms when she got back from the rescue flight	touch	welcome-home-hug
        I told Bridget she's still the prettiest girl at any céilí in Kerry	words	genuine-compliment
        Hugh rang me on his break just to say he's proud how far I've come in recovery	words	proud-of-you
        Told Jake on facetime he's my hero for doing these long hauls for us	words	notice-hard-work
        sat on Galle Face Green eating isso wade watching the sea	time	
        texted her "you were unreal on that 999 call today, so proud of you"	words	proud-of-you
        Hug before every physio session, it's our thing now	touch	
        Marv drove me all the way to the cardiologist in Boca and waited in the car	service	
        hugged her so tight at the cruise terminal after 8 months at sea	touch	welcome-home-hug
        snuck a kiss on her cheek between 911 calls	touch	
        Cuddles in bed with the rain on the tin roof	touch	
        hugs n kisses before the truck pulled out	touch	goodbye-kiss
        Bought Jim a tweed flat cap off Bury market	gifts	
        Spooned all night, the flat's freezing	touch	
        Texted "proud of u" before she'd even come out of her viva	words	proud-of-you
        Leaned my head on his shoulder on the bus	touch	
        Drove up to Banff for the weekend, no laptops	time	
        Anura thanked me in his speech at the Burgher Union dinner and I welled up	words	brag-about-them
        put the kettle on and made Stan a brew before he'd got his boots off	service	make-their-tea
        strung a lei for Mahina's birthday with plumeria from our yard	gifts	pick-a-flower
        boiled the pongal pot over together in the courtyard and shouted pongalo pongal	time	
        Apologised properly and told her exactly why I love her	words	repair-attempt
        He mixed up my 9pm injection so I didn't have to look at the needle	service	take-a-task
        Rubbed tiger balm into her shoulders after the long flight from Colombo	touch	shoulder-rub
        pressed noses with Hemi in a hongi when he got back from the muster	touch	welcome-home-hug
        played Scrabble by the stove all night, power's out again	time	play-a-game
        took Ngaire up the hill to watch the Matariki stars rise	time	
        pressed my choir robe for sunday without being asked	service	take-a-task
        lifted the tatties so she could do the flowers for Harvest Festival at the kirk	service	take-a-task
        slow danced in the kitchen to Patsy Cline	touch	
        went back to choir together, like when we first met	time	
        gently rubbed her tummy where the injections bruise	touch	
        watched the sun go down over the Nullarbor from the back of the ute with Kylie	time	
        listened to the shipping forecast together in bed like every night	time	
        Took Rangi down to the river for a swim after shearing	time	
        kept his arm around me the whole fireworks show at the festa	touch	
        sat on the bench by the ambulance bay on our 15 min breaks, ate our sandwiches together	time	
        Wrote me a line of Arabic poetry on a napkin at the café, said it's about my eyes	words	
        Board game night, she destroyed me at Catan	time	play-a-game
        he fixed the router before my ranked match 😅 hero	service	take-a-task
        he said "you make me want to be a better man" in the middle of the cereal aisle 🙄❤️	words	
        labelled all the spice jars in braille for me so I stop putting cumin in the porridge	service	take-a-task
        played rummy with Stan til lights out, he cheats	time	play-a-game
        he taught me to play the sanshin on the porch all evening	time	
        Checked the hives together in the morning, she showed me how to spot the queen	time	
        bought a little pot of basil for her windowsill	gifts	
        a cactus for his desk 🌵	gifts	
        Patched the hole in his wet-weather gear before the tug went out	service	take-a-task
        she massaged my wrists after 8 hours interpreting, knows exactly where it hurts	touch	
        Dawid fixed the wobbly leg on Bubbe's chair without being asked	service	take-a-task
        Posted a tribute to my wife on her 80th, the grandkids all commented	words	brag-about-them
        He gave me his grandmother's ring. In the kitchen. In his pyjamas.	gifts	
        kissed the scar on his side where the kidney came out	touch	
        he gave me a wooden spoon he whittled up in the lookout	gifts	
        kissed my knuckles	touch	
        gave her a long squeeze at the airport	touch	long-hug
        she stood in the queue at the benefits office for me for 2 hours	service	run-an-errand
        High fived then hugged it out when our team won finals lol	touch	
        went to the Diwali mela together, wandered around for hours	time	
        Trivia night at the pub with Liv, came second!	time	play-a-game
        Told Amos "du bischt en gudder Mann" at supper and he went red as a beet	words	genuine-compliment
        my husband bragged about my sourdough to the neighbours, like properly bragged	words	brag-about-them
        Held his hand in recovery after the transplant till he woke up	touch	
        got her an ice cream from the van by the beach, mint choc chip	gifts	favourite-snack
        baked bread together on Sunday, flour everywhere	time	
        brought him a coffee from the cart at 4am on his shift	gifts	their-usual-order
        she called me her hero for dealing w the huntsman in the loo, Tassie life	words	genuine-compliment
        a pack of her fave chewing gum left on her pillow	gifts	favourite-snack
        He carried the lug boxes of grapes up to the trailer for me, my back's shot	service	take-a-task
        encouraging texts every hour before my asylum interview	words	
        Vusi fixed the gate latch so the goats stop escaping, I've been asking for months	service	take-a-task
        ordered a new harness for Bruno the foster, with a little name tag, for her	gifts	
        Warmed my frozen hands under his jumper lol, Faroese winter is no joke	touch	
        She visited every lunchtime while I recovered and we did sudoku together	time	play-a-game
        compliment on my hair ☺️	words	genuine-compliment
        Shukar kissed my hands at the end of the night like he did when we were courting	touch	
        prepped a week of freezer meals before her long stint at the station	service	take-a-task
        afternoon at the museum, took our time in every room	time	
        affirmations on sticky notes all over the bathroom mirror lol	words	mirror-note
        Told Ravi his singing at the Diwali puja made me tear up	words	genuine-compliment
        made cachupa together, whole afternoon in the kitchen, him stirring, me bossing	time	
        he cleared the gutters	service	
        told Luca his trapeze catch tonight was the best ive ever seen him do	words	genuine-compliment
        holding hands under the table at the wedding	touch	
        did all the ironing 👕	service	
        wrote "ti amu" on the foggy bathroom mirror	words	mirror-note
        i did our taxes this year so he wouldnt have to stress	service	take-a-task
        we restored an old bike together in the garage all weekend	time	
        Surprise! she had a new bee veil delivered to the house	gifts	
        Picked up her favourite kombucha from the servo	gifts	their-usual-order
        Went to a pottery class together, our bowls are hideous	time	
        Snuggles 😴	touch	
        Pressed our foreheads together after the argument, no words needed	touch	repair-attempt
        "ur doing amazing sweetie" when i burnt the rice lmao love him	words	
        we sat through the whole sunset on the tug deck, engines off	time	
        he radioed up to the lookout just to say "good job today, love" over the open channel, cringe & cute	words	genuine-compliment
        A bag of dried apricots from Chorsu bazaar, Bahodir knows they're my weakness	gifts	favourite-snack
        we took the ferry to Bruny for the day, just us	time	
        he bought me noodles from the place by the stadium after the final	gifts	favourite-snack
        he made me a paracord bracelet on the long tow	gifts	
        a big hug at the finish line	touch	long-hug
        bought him a new controller after his died mid-match	gifts	
        he hugged me for ages when I got home	touch	welcome-home-hug
        we went to see a circus from the audience for once, just us, no costumes	time	
        Spent the whole afternoon doing the crossword together in the lounge, Ma reading clues, Pa guessing	time	play-a-game
        Gogo and Mkhulu still hold hands in church	touch	
        bear hug	touch	long-hug
        washed n folded all of Mo's work scrubs	service	take-a-task
        A box of halva from the deli on Delancey, Sol still remembers after all these years	gifts	favourite-snack
        Ate's down with a cold so I did the whole food truck prep myself, chopped 10 kilos of onions 😭	service	take-a-task
        Awa said "I'm proud of you" after I finished my first week at the warehouse	words	proud-of-you
        cheers for the dinner babe, best one yet 👌	words	thanks-for-chore
        A tactile map of our neighbourhood, he had it 3D-printed just for me	gifts	
        Scribbled in the margin of the station logbook: "M — warmest thing on this whole continent"	words	
        drove out to visit my gogo together, singing the whole road	time	
        i complimented his parallel parking of the food truck. massive ego boost for him	words	genuine-compliment
        Long phone call while he was stuck in port, talked about everything and nothing	time	
        spent all day at the harvest festival together, hay rides and everything	time	
        He took over the Shabbos cooking so I could rest for once	service	take-a-task
        screamed my name so loud at the qualifier the casters mentioned it on stream	words	
        Took her to the beach at dawn, just sat and watched the waves, Tassie winter and all	time	
        Sat together at the Second Avenue deli for three hours, Sol telling the same stories, I didn't mind	time	
        Dimitri rubbed Bianca's sore calves after the aerial show	touch	
        Zaid stayed behind to mop the shop floor so I could catch the early bus	service	take-a-task
        shoveled the driveway before she woke up ❄️	service	take-a-task
        cuddled up in the hammock on the balcony	touch	
        Dilnoza called me "jonim" on the phone today. first time in ages. melted	words	
        made a list of 10 things i love about her and tucked it in her lunch tin	words	why-i-love-you
        filled the hot water bottle and did all the dishes while she had cramps	service	handle-the-dishes
        gifted him a year of audiobooks now his eyes are going	gifts	
        a little tin of mints before my big exam	gifts	favourite-snack
        love letter 💌	words	
        took the dogs out in the pouring rain so I didn't have to	service	take-a-task
        my husband did the school run AND the big shop today, absolute legend	service	take-a-task
        Flowers!! 🌷 only from the corner shop but still	gifts	pick-a-flower
        I ran to the chemist for his meds	service	run-an-errand
        chipped the ice off the generator intake so he didn't have to go out in -40	service	take-a-task
        played duos ranked together, full comms, just vibing	time	play-a-game
        got her a tiny silver hamsa necklace for our anniversary	gifts	
        Took the twins to the park all morning so my wife could sleep after nights	service	let-them-sleep-in
        played footsie under the table at the restaurant lol	touch	
        texted him "proud of u" after his first full shift on the tug	words	proud-of-you
        We just talked for hours, sitting on the truck's back step after close	time	
        went fishing off the wharf in Praia, caught nothing, best day	time	
        Naomi told me I'm a natural with the foster dogs. first time anyone's said I'm a natural at anything	words	genuine-compliment
        He read my post out loud and sorted the bills into piles, since I can't see the print	service	take-a-task
        kissed her on the cheek in front of everyone at the tea dance	touch	
        sorted out the broken boiler, no more cold showers for her	service	take-a-task
        we took the night bus to nowhere just to talk	time	
        we binged our show but actually talked about it after instead of scrolling	time	
        he stayed up late setting up my stream overlay bc I was stressing	service	take-a-task
        Gave her a long hug before she went on stage	touch	long-hug
        picked up cannoli from her favourite pasticceria on the way home	gifts	favourite-snack
        stargazing on the roof ✨	time	
        got Mattias a subscription to that rope-access magazine he reads in the shop	gifts	small-book-or-article
        cleared up after Eid lunch so my wife could sit with her mum	service	handle-the-dishes
        She rubbed my shoulders after a day of hauling hive boxes	touch	shoulder-rub
        we planted the veggie patch together this arvo	time	
        we folded dumplings together for Hmong New Year, she laughed at my ugly ones	time	
        Gave my wife the fig candle she kept sniffing every time we passed the shop	gifts	
        Sent a care package to the station: Tim Tams, wool socks, a photo of the dog	gifts	send-a-care-package
        kissed him at the Mindelo carnival under all the confetti	touch	
        learning tango together at the community centre on Tuesdays	time	
        Kazuo gave me new sanshin strings, the good ones from Naha	gifts	
        he told me I look beautiful in my new lehenga before the wedding	words	genuine-compliment
        translated the landlord's letter for him and rang the council on his behalf	service	take-a-task
        linked arms walking down the boardwalk	touch	hold-hands-walking
        She stroked my palm with her thumb through the whole film	touch	
        brought her back a bag of wattleseed biscuits from Hobart	gifts	favourite-snack
        swayed in the kitchen with her held close, no music	touch	
        she filled in all my resettlement paperwork in English for me	service	take-a-task
        He squeezed my hand three times — our code for I love you	touch	
        Zandile gave me a beaded bracelet in our wedding colours	gifts	
        He gave a little speech at our anniversary tea and the whole room was sniffling	words	
        Ferried the kids to swimming so Aisha could finally finish her thesis chapter	service	take-a-task
        chocolate 🍫	gifts	favourite-snack
        replaced the batteries in all the smoke alarms	service	
        got him a fancy whisk for the truck kitchen	gifts	
        walked up to the apacheta together and left our stones for Pachamama, talking the whole way	time	short-walk
        big squeezy hug from behind while i was washing up	touch	long-hug
        brought back a kilo of coffee from Fogo for her	gifts	
        Neck massage before my big match 💆	touch	shoulder-rub
        She signed "love you" at me across the conference hall mid-job, nobody noticed but me	words	
        took the fosters to the beach together, whole morning just us and the pups	time	
        went birdwatching together, saw a sea eagle!!	time	
        Forehead kiss in the kitchen	touch	
        Pa's hands shake now so Ma does up his cardigan buttons every morning. 62 years married	service	
        Fixed her phone screen. took me 2 hrs w the tiny screwdrivers	service	take-a-task
        I left a bar of chocolate on his toolbox on the tug	gifts	favourite-snack
        got him a new pair of work gloves, his old ones were all holes	gifts	
        thank u for always believing in me, I said. she said always	words	
        he carried all my rigging up to the practice tent, every last shackle	service	take-a-task
        "You're a brilliant dad." She said it outta nowhere while I was wrestling the twins into pyjamas	words	genuine-compliment
        he ordered me that book I mentioned ONCE like months ago	gifts	small-book-or-article
        Cooked a big pot of plov so Rustam could rest after the harvest. he ate three plates	service	take-a-task
        he gave me a bear hug in the freezing station corridor, both in huge parkas lol	touch	long-hug
        she leaned into me while we waited for the bus in the rain	touch	
        good morning texts every single day while he's out on the ice	words	good-morning-message
        picked her wildflowers on the hike down from the tower	gifts	pick-a-flower
        bought her a Snickers from the vending machine on my break	gifts	favourite-snack
        Made dal, rice and roti so Vikash could just rest after 12 hrs cutting cane	service	take-a-task
        held hands all the way home from the bus stop	touch	hold-hands-walking
        He sorted my pills for the week, colour-coded and everything	service	take-a-task
        Kept reminding him losing the contract wasnt his fault, told him he's the best skipper in the harbour	words	genuine-compliment
        he came up to the lookout on his day off and we watched the storm roll in over the ridge	time	
        Mirela whispered "te kamav" in my ear before the dancing started at her cousin's wedding	words	
        a kiss on the forehead every night before lights out, 63 years	touch	
        evening walk around the hostel grounds, she told me all about her village	time	short-walk
        Warmed up the van before she got in, 5am on the picking route	service	take-a-task
        got a thank-you card for driving her mam to dialysis every tuesday	words	
        we went for a long walk along the cliffs at Gjógv, phones left in the car	time	short-walk
        A bag of clementines from the packing shed, first of the season, just for me 🍊	gifts	favourite-snack
        hugged him so tight when the fire turned away from the tower	touch	long-hug
        He brought me a jar of achar his aunty makes in Lautoka	gifts	favourite-snack
        voicemail from him at 3am on his break from portering, just "I miss you, thats all"	words	voice-note
        Reminded her she is so much more than her diagnosis. she needed to hear it	words	
        he played with my hair until I fell asleep	touch	play-with-hair
        lit the smoker and did the morning hive check so she could sleep in	service	let-them-sleep-in
        Texted my wife "you were right" and she screenshotted it for evidence lol	words	
        he left a Twix in my coat pocket	gifts	favourite-snack
        He picked up a bunch of sunflowers from the roadside stall	gifts	pick-a-flower
        Movie night in the staff room after our shift, just us and bad popcorn	time	
        She got me a secondhand chess set for the common room	gifts	
        Washed all the cups and urns after the church tea so Nomsa could sit with the aunties	service	handle-the-dishes
        a string of dried chillies and fancy olive oil for the truck 😂 best present ever	gifts	
        he said my sketches are gallery-worthy. lies but I'll take it	words	genuine-compliment
        earrings 😍	gifts	
        his hand on my back all through the funeral	touch	hand-on-back
        Sipho rubbed my temples when the migraine hit	touch	
        Zeca said nobody makes cachupa like me, and he said it in front of his mãe, which is brave	words	brag-about-them
        Sent flowers to her office on a random tuesday	gifts	pick-a-flower
        Lay with my head in his lap while he stroked my back	touch	
        gave her a framed photo of us on the trapeze rig	gifts	
        Told him I'm lucky. Just that. "I'm lucky."	words	
        Raked all the pine needles away from the lookout cabin before she got back from the supply run	service	take-a-task
        held hands walking thru the Hmong New Year fair	touch	hold-hands-walking
        Bala fixed the outboard so I can get across to the clinic on TI Thursday, no fuss	service	take-a-task
        walked the foster pups at dawn so I could get to my interpreting job on time	service	take-a-task
        he sat with me all afternoon at the language café	time	
        dealt with the insurance people on the phone for an hour so she didnt have to	service	take-a-task
        gave her a heavy silver coin necklace for Hmong New Year	gifts	
        kissed him goodbye at the dock before the tug went out	touch	goodbye-kiss
        Gave Ben a long hug by the hives after he got stung	touch	long-hug
        brought home samosas from the market	gifts	favourite-snack
        left a card on the tug galley table for the whole crew to see: "my fella keeps this boat afloat & me too"	words	brag-about-them
        rooibos from the friday market, the good stuff	gifts	
        cuddles on the sofa 🥰	touch	couch-cuddle
        kebab on the way home for him, extra chilli sauce	gifts	favourite-snack
        changed his dressings after the surgery, every day for a week	service	
        Thabo thanked me in front of his whole family for holding the house together this year. Ngiyabonga, sthandwa sami	words	thanks-for-chore
        video call w my wife during the layover, showed each other our days	time	
        Sunday drive out to the vineyards with no plan	time	
        she did my share of the chores all week during finals	service	take-a-task
        She took the 2am foster puppy feeds so I could sleep	service	let-them-sleep-in
        his mum was being snide and he said out loud that I'm the best thing that ever happened to him	words	brag-about-them
        Foot rub after my 12-hour night shift pushing trolleys 🙏	touch	foot-rub
        "munakuyki" — one word, texted from the mine at shift change. that's all I needed	words	
        Told Hamid im so proud of how fast his English is coming along. he smiled the whole bus ride home	words	proud-of-you
        Stripped the bed and put fresh sheets on for when he gets home off nights	service	make-the-bed
        Sixty-one years and Morty still tells the whole dining room I'm a looker. Oy, the man.	words	brag-about-them
        i got him the cookbook from that Sicilian nonna on youtube	gifts	small-book-or-article
        reading the same book and we talk about it over brekkie	time	
        He thanked me for the kidney again. two years on. still makes me cry	words	
        Snuggled under the blanket listening to the rain	touch	couch-cuddle
        back scratches 🙌	touch	
        We fell asleep all tangled up	touch	
        went to the Roma music night at the community hall and danced til our feet hurt	time	
        She bragged to the night supervisor that I'm the most reliable porter on the floor	words	brag-about-them
        told her the honey from her hives beats anything at the farmers market, and i meant it	words	genuine-compliment
        Made me a mixtape, an actual cassette, songs from the summer we met	gifts	song-for-them
        Kissed him on the top of his head while he was mid-game	touch	
        Dictated a birthday card for him, all the things I love about him, had my sister write it out since I can't see the lines	words	why-i-love-you
        back massage with warm stones	touch	shoulder-rub
        hugged Ayan tight when the resettlement letter came	touch	long-hug
        Ma told Pa at breakfast he's still the handsomest fella in the whole facility 😄	words	genuine-compliment
        gave him a hug at the end of the truck day, both stinking of fryer oil	touch	
        renewed my passport for me online, sorted the photo and everything	service	take-a-task
        Every Thursday we do the word search in the activity room together	time	play-a-game
        watched the aurora from the station roof together, no talking needed	time	
        drove 3 hours to pick me up from the airport at 1am	service	
        held my arm the whole festival, not to guide me, just to hold on	touch	
        massage with the good oil, my back needed it	touch	shoulder-rub
        Nkosi wrote "thank you for choosing me" on the back of our bus ticket	words	
        repainted the kitchen while I was away at my sister's	service	
        Sat on the porch w her and watched the bees come home at dusk	time	
        walked to the bazaar together on Saturday morning, tasting everything	time	short-walk
        surprised him with tickets to the derby for his bday	gifts	
        We shelled peas together on the stoop and caught up on the week	time	
        picnic by the river ☀️	time	
        he brought me back a puffin magnet from Tórshavn lol	gifts	
        she puts her icy feet on me every night and I let her	touch	
        Booked all his post-transplant follow ups and put them in the family calendar	service	take-a-task
        He rubbed my sore back in the picking shed at lunch	touch	shoulder-rub
        He held my hand through the whole injection	touch	
        she squeezed my knee under the table at her dad's when it got tense	touch	
        new slippers for Pa, the ones with the grippy soles	gifts	
        Tea and a long natter at the kitchen table once the kids were in bed	time	
        lugged the laundry down to the machines in the basement for both of us, its a trek with her hip	service	take-a-task
        date night at the little Italian place, just the two of us	time	
        thanked him for being so patient while I learn the cane routes	words	
        Rubbed lotion into his hands, they're so cracked from the cold water on the boat	touch	
        "you calm the bees better than I do" — high praise from a man who's kept hives 30 yrs	words	genuine-compliment
        Rubbed her feet after a day up the ladders in the orchard	touch	foot-rub
        vacuumed the whole house while she was at her beekeeping club meeting	service	
        Nikolai called me "his compass" in his toast. I'll never recover	words	brag-about-them
        smoothed her bedspread and tidied her nightstand before the nurses came round, she likes the corners just so	service	make-the-bed
        new earbuds for his birthday 🎧	gifts	
        Note in my boot this morning: "good luck today, strongest picker in the orchard x"	words	note-in-bag
        played Mario Kart til 2am, no distractions	time	play-a-game
        She told the nurses I'm the bravest man she knows, after I gave her my kidney	words	brag-about-them
        walked the orchard rows together after the other pickers left	time	short-walk
        sent Pita a long msg about how much i admire his patience with the new foster pup	words	appreciation-text
        Skyped for 2 hours even tho it's 3am at the station	time	
        he tucked my hair behind my ear 🥺	touch	
        Tou texted me "koj zoo nkauj tshaj plaws" lol he's so cheesy	words	genuine-compliment
        packed his lunch for the orchard, extra roti and a boiled egg	service	pack-their-lunch
        we watched the sheep gathering together up the valley, Tróndur explained every dog	time	
        went to the Durban July together, mostly just people-watched and chatted	time	
        a lavender sachet for under her pillow at the home	gifts	
        bought her a warm hat at the op shop, her first winter here	gifts	
        she got me a new headtorch for the night shifts	gifts	
        Sewed the button back on my good coat	service	take-a-task
        I ironed her uniform for her first day at the new job	service	take-a-task
        I told Kalolaine she's the strongest woman I know after everything with the move	words	genuine-compliment
        He brought me back a shell from Mer, a perfect little cowrie	gifts	
        she mailed me a jar of pickled herring & a card from Klaksvík	gifts	send-a-care-package
        A new phone case with all the fosters' faces on it lol	gifts	
        Bought Leyla a hijab pin, a little gold bee	gifts	
        learned how to do her insulin injections so she doesn't have to on the bad days	service	take-a-task
        hung the washing out before the rain came, and brought it in when it did	service	
        kisses all over my face when I got in from the ER	touch	
        kept saying gg wp all thru the tournament even when we got absolutely stomped	words	
        prayed fajr together and then sat talking as the sun came up	time	
        brought home a little cake from the Uzbek bakery, nisholda piled on top	gifts	favourite-snack
        had a no-screens evening, just talking on the sofa	time	
        went to the Festa di Sant'Agata together, stayed out til 3	time	
        Bought Ilyos a watch for his graduation	gifts	
        A secondhand guitar for my birthday, he saved for months	gifts	
        she praised my sign vlog in the group chat, ALL CAPS	words	brag-about-them
        She described the whole sunset to me colour by colour and we stayed out till it was dark for both of us	time	
        cleaned the fish so I didnt have to, he knows I hate the guts bit	service	take-a-task
        Went for a drive round the island on our day off, windows down	time	
        told her she ran that lunch rush like an absolute boss, 140 plates out the truck window	words	genuine-compliment
        held hands over the bed rail all night	touch	
        we held each other in the tent, -30 outside	touch	
        she knitted me a jumper in an old Faroese pattern, took her all winter	gifts	
        1:1 time	time	
        Kenji's obaa said "nuchi du takara" and then he told me I'm his takara. smooth	words	
        Curled up together on the porch swing in silence	touch	
        he left me a voice note in Sicilian, "si bedda comu a luna" ❤️	words	voice-note
        we did a jigsaw	time	play-a-game
        cooked dinner together, me chopping, him on the pan, music on	time	
        told her her accent is the cutest thing ever, she rolled her eyes but grinned	words	genuine-compliment
        Salvo fixed my bike chain and oiled it, no more squeaking	service	
        Had a proper sit-down dinner, no TV, first time in weeks	time	
        He keeps telling me I'm gorgeous since the chemo. Even bald. Especially bald he says	words	genuine-compliment
        "grazie amore, sei tutto" written on the pizza box lid in marker	words	
        email from the research station, subject line "reasons you're wonderful pt. 7"	words	why-i-love-you
        He got me bee-print socks, naturally	gifts	
        Brought Sipho a bunny chow from his favourite spot on the way back from Durban	gifts	favourite-snack
        Kaaya and I spent the evening going through old photos	time	
        told me I make our one-room flat feel like a palace	words	genuine-compliment
        Did all the night feeds this week so she could heal after the c-section	service	take-a-task
        Pa holds Ma's hand through all of bingo now, every week	touch	
        post-it on the steering wheel: drive safe, love ya heaps	words	note-in-bag
        she scrubbed the flat-top on the truck at midnight so I could go home early	service	take-a-task
        bought him a new jalabiya for Eid, the white one with the fine stitching	gifts	
        unloaded the dishwasher 🙌	service	handle-the-dishes
        He brought me the first strawberries from the allotment	gifts	favourite-snack
        Jalil and I did English flashcards over tea, laughing at my pronunciation	time	
        cooked dinner so she could put her feet up after a double at the hospital	service	take-a-task
        he held me while I cried about mum	touch	long-hug
        Cuddled up with Malik and the foster pup on the couch all evening	touch	couch-cuddle
        Jákup left a note on the fridge, "tú ert mín sól" 🌞 keeping it forever	words	mirror-note
        played co-op Stardew all night lol	time	play-a-game
        Re-taped the grips on her juggling clubs, she'd been meaning to for weeks	service	take-a-task
        she leaned her head on my shoulder the whole bus ride	touch	
        Spent an hour having her tell me the story behind her sign name, slowly, properly	time	
        nuzzled into his neck	touch	
        Jasur changed the tyre in the rain on the Samarkand road, didnt complain once	service	
        She came out to the cane field at lunch and we ate together under the mango tree	time	
        Presented me with a weird rock from the beach at Macquarie Harbour. ok I love it	gifts	
        wrote him a lil poem about his ridiculous beautiful beard 😂	words	
        bought her the expensive conditioner she won't buy for herself	gifts	
        he scraped the ice off my windscreen before my early shift	service	take-a-task
        gave her a paj ntaub my mother stitched, to hang in our new home	gifts	
        shoulder rub while I was on hold to the council	touch	shoulder-rub
        went to the Hmong soccer tournament together and stayed all day	time	
        he hugged the stuffing out of me when my visa came thru	touch	long-hug
        sharpened her hive tool and scrubbed the propolis off her bee suit	service	take-a-task
        Coffee date before my shift, phone face-down	time	phone-down
        Tevita hugged me so hard at the airport my ula got squashed	touch	welcome-home-hug
        spent the whole afternoon teaching each other card games on the ferry	time	play-a-game
        voice note from Emir: "volim te, mačko". on repeat all day	words	voice-note
        binged the whole season together in one weekend	time	
        she sewed the button back on my work coat	service	take-a-task
        Mirela said I was the best thing that came out of Tuzla. dramatic. correct	words	genuine-compliment
        cooked for her so she could put her feet up for once	service	take-a-task
        spent the evening looking through old photos laughing	time	
        We played Scrabble on the little hospital table	time	play-a-game
        Kalev brought home kringel from the bakery on my birthday morning	gifts	favourite-snack
        Kaia got me a new scarf for Jaanipäev, blue like the lake	gifts	
        sorted her tax return	service	take-a-task
        Liban finally fixed the leaky tap, took 3 weekends but he did it	service	
        He told his mates I'm the smart one. in front of everyone!!	words	brag-about-them
        tracked down the secondhand eyepiece she'd been eyeing on ebay	gifts	
        hugged her at arrivals and didnt let go	touch	welcome-home-hug
        Bought her a new helmet for deliveries	gifts	
        rubbed her back through the cramps after the injections	touch	shoulder-rub
        spooned all night cos the heating broke lol	touch	
        Scrubbed the bathroom. grim job, he did it anyway	service	take-a-task
        Mele rubbed coconut oil into my sore shoulders	touch	shoulder-rub
        watched the sunset from the chairlift after closing, just us two	time	
        birdwatching at dawn together 🐦	time	
        told him "mo laimm twa" in front of tante, she clapped	words	
        Told Pita he's a good dad, out of nowhere, at the lights	words	genuine-compliment
        snuggled under one blanket watching the stars	touch	
        got her perfume from duty free	gifts	
        climbed Adam's Peak together for sunrise	time	
        he got me a keyring with a tiny bus on it	gifts	
        overheard him on the phone to his sister calling me "my whole world" 🥹	words	brag-about-them
        Tevita gave me chocolates and a card for our engagement anniversary, only 3 more yrs til the wedding lol	gifts	
        filled up her tank so she wouldnt have to stop on the way to the airport	service	fill-their-tank
        He called me his "kallis" in front of my mum. she nearly cried, so did I	words	
        hung the shelf she's been on about since Christmas	service	take-a-task
        bought us matching mugs	gifts	
        kissed her goodnight even tho I only got in at 5am	touch	
        We stayed up talking til the birds started	time	
        Left him a voicemail just listing things I love about him. took nearly 3 mins	words	why-i-love-you
        long hug after dialysis, she was freezing	touch	long-hug
        Hodan ironed my khamiis before Eid prayers	service	take-a-task
        first brunch date in months, finally	time	
        "ur doing great sweetie" when I couldnt sound out the menu. so patient	words	
        wrote on the whiteboard: Kaia you are doing brilliantly xx	words	mirror-note
        Sat with Sela at the beach after church just watching the tide	time	
        shovelled the drive before she got home from the lift	service	take-a-task
        Sent Mele a long msg about how she makes our little house feel like a fale back home	words	appreciation-text
        forehead touches. our thing	touch	
        Armen ironed my shirts for the whole week. all 5!!	service	take-a-task
        Told Tevita how proud I am that he went back to the church choir	words	proud-of-you
        got up early to warm up the truck for her	service	take-a-task
        walked the cliffs past Lamorna, hardly saw another soul	time	short-walk
        flowers for no reason!	gifts	pick-a-flower
        ordered her a weighted blanket	gifts	
        proper sit down dinner, candles, no telly	time	candle-dinner
        foot rub with the fancy lotion	touch	foot-rub
        held him all night after his shift	touch	long-hug
        Nuka fixed my skidoo before I headed out to the cabin	service	take-a-task
        Hodan left me a sticky note "you've got this" on my helmet	words	note-in-bag
        movie night, blanket fort, the lot	time	
        she told me I'm a good man. just like that. over the washing up	words	genuine-compliment
        picked up her fav crisps at the garage	gifts	favourite-snack
        walked the dog together at sunset	time	short-walk
        Mele brought me back a bottle of 'otai from the market	gifts	favourite-snack
        she gave me hand-knitted mittens in the old Muhu pattern	gifts	
        footsie under the table at her mum's lol	touch	
        Emir gave me a džezva for our coffee. hand hammered copper. crying	gifts	
        Juan gave me the longest hug at the depot gates	touch	long-hug
        long lunch, the kind where you forget the time	time	
        video call with him on my break, 40 mins, worth it	time	
        warmed my frozen feet on his belly. what a man	touch	
        my b'y rubbed me back after a day at the fish plant	touch	shoulder-rub
        Wes split a whole cord of wood so I wouldnt have to, right good of him	service	take-a-task
        picked him up a coffee from the drive-thru	gifts	their-usual-order
        He filled in all the clinic forms for the IVF, I hate paperwork so much	service	take-a-task
        Nuka left a note in syllabics by the kettle saying he loves me, took me a min to read it ❤️	words	mirror-note
        Leaving encouragement in Mo's reading workbook, a new little message every page	words	note-in-bag
        he picked me wildflowers walking back from the farm	gifts	pick-a-flower
        praised her for finishing her first chapter book 📖 six months of learning and look at her	words	proud-of-you
        long phone call during his layover	time	
        "Thank you for seeing me," she texted. keeping that one forever	words	appreciation-text
        Sunday drive up the coast just the two of us	time	
        sat by the fire no phones, talking baby names	time	
        booked the interpreter for parents evening so I didnt have to fight the school again	service	take-a-task
        phone buzzed mid-delivery, thought it was the app, it was Dev: "ride safe, ur amazing" 🛵	words	genuine-compliment
        danced at the fais do-do til late	time	
        Saturday crossword over pancakes	time	play-a-game
        cleaned up after the kids party	service	
        she vacuumed out my car	service	take-a-task
        kissed the scar on his arm	touch	
        Pi Mai message from Somphone: "khop jai for everything this year, you are my luck". teared up	words	appreciation-text
        Nimal complimented my saree before temple, said I look like the day we met	words	genuine-compliment
        rewired the outside light so I'm not fumbling for keys at midnight	service	take-a-task
        grabbed her a chai on the way back	gifts	their-usual-order
        left a new notebook on my desk	gifts	
        thank-you note on the fridge for doing all the school runs this term	words	thanks-for-chore
        did the laundrette run so Núria could sleep in	service	let-them-sleep-in
        Tevita mowed the lawn and cut back the hedge by the fence	service	
        bought him a new red head torch for the night shifts at the observatory	gifts	
        fed the hens, swept the yard, did the recycling - she was at the observatory all nite	service	take-a-task
        baked pasties for the week so Jory eats proper on his shifts	service	pack-their-lunch
        read together tonight, him sounding out the words, me waiting. no rush at all	time	
        ordered him new gloves for the lift, his old ones had holes in the fingers	gifts	
        cleared out the gutters 🍂	service	
        held my cher close on the porch swing	touch	
        voice memo from Liban on my break: "macaanto, you did amazing today". played it 4 times	words	voice-note
        hiked up to the waterfall together	time	
        FaceTimed for an hour, her on the boat, me at home	time	
        Told Sela her ta'ovala looked stunning at church	words	genuine-compliment
        made his sandwiches & filled the flask before the boat went out at 4	service	pack-their-lunch
        bear hug the second he got off the boat, fishy smell and all	touch	welcome-home-hug
        swept the workshop floor and put all the marionettes away while she was at rehearsal	service	take-a-task
        went to the Tynwald Day fair together	time	
        took her out on a proper date, no kids no phones	time	
        fixed her bike chain, she rides for deliveries so it matters	service	take-a-task
        Tamsin grabbed my hand and squeezed when our gig crossed the line	touch	
        Liban came home with a bag of mangoes and a new garbasaar for me	gifts	favourite-snack
        just sat together in the car park after his appointment and talked	time	
        Liban brought me xalwo back from Hargeisa. gone in 2 days	gifts	favourite-snack
        took my car in for the tire rotation	service	run-an-errand
        Liban kissed my forehead before fajr	touch	
        sat in the cab with him on his lunch eating sandwiches & chatting	time	
        went to Boun That Luang together and wandered round the fair	time	
        He handed me a stone from the beach he reckoned looks like a heart	gifts	
        Surprise parcel: noise-cancelling headphones. he knows how loud my days are	gifts	
        went to the gig rowing regatta together in Newquay	time	
        surprise ice cream waiting after my dialysis session	gifts	favourite-snack
        wrote her a list of 30 things I love about her for her 30th	words	why-i-love-you
        set up her phone so the captions come up bigger	service	take-a-task
        rested my head on her lap while she read	touch	
        held each other in the car park after the scan	touch	long-hug
        a bar of chocolate hidden in my coat pocket. found it at work	gifts	favourite-snack
        He signed "I love you" and then just pulled me in	touch	
        she got the car through its MOT without me even asking	service	take-a-task
        linked arms on the way back from the pub	touch	hold-hands-walking
        Mi bwai bring mi one bag a craboo from di market	gifts	favourite-snack
        thanked my husband for 40 years of 5am starts now we've both retired. he went very quiet	words	say-thank-you-out-loud
        I unloaded the dishwasher. small thing but she noticed	service	handle-the-dishes
        Nuka brought me kamiks his auntie made. warmest feet in town now	gifts	
        Kalev chopped all the wood for the sauna	service	
        a single sunflower on my pillow 🌻	gifts	pick-a-flower
        farmers market together, no rush	time	
        kiss on the top of my head while I was studying	touch	
        sent a pizza to the tower for her night shift 🍕	gifts	
        hugged him from behind while he was washing up	touch	
        wrote "t'estimo" on a post-it and stuck it to her ski pass	words	note-in-bag
        put my phone away and listened to her tell me about her whole day	time	phone-down
        came to watch his puppet show then we went for chips after	time	
        kissed her goodbye at the lift hut	touch	goodbye-kiss
        He did the school run AND the big shop, I was wrecked	service	take-a-task
        washed and hung the nets for him, he was knackered	service	take-a-task
        bought me a plant. i will kill it. its the thought	gifts	
        she brought me back a tiny caganer from the Christmas market, I'm dying	gifts	
        Wrote "you make the dark shifts bearable" in the margin of her log book	words	note-in-bag
        drove 2 hours to pick him up when the bus broke down	service	
        texted "miss u" from the observatory at 3am, he was awake	words	
        found a bag of Lao coffee on the doorstep from Somphone 🥹	gifts	
        ran her a bath after the lambing marathon	service	
        neck massage after the show, my arms were dead from the puppets	touch	shoulder-rub
        massaged his hands, theyre wrecked from the nets	touch	
        He says my laugh is his favourite sound. said it again tonight	words	genuine-compliment
        grabbed him a pasty from the bakery on the way home	gifts	favourite-snack
        Got Aroha a pounamu pendant for our anniversary	gifts	
        sorted the car seat fitting so she didnt have to wrestle with it again	service	take-a-task
        back rub after 12 hrs in the tower. bliss	touch	shoulder-rub
        painted the spare room while I was at work. our hope room for when the IVF works	service	
        He told the whole crew down the harbour I'm the reason he comes home safe	words	brag-about-them
        sat on the stage head with Wes watching the boats come in, yarning for hours	time	
        Told him his puppet voice for the grandma is genius, he did a little bow	words	genuine-compliment
        his palm on my knee the whole drive	touch	
        we cooked kibbeh together sunday, took forever, laughed the whole way through	time	
        Mi husban fix di roof before di rain come	service	
        "one bad day at the lift doesnt make you bad at the job" - exactly what I needed to hear from her	words	
        Sat with Aroha through her 4hr session, played cards the whole time	time	play-a-game
        Brought Anahit home a pomegranate the size of her head	gifts	favourite-snack
        Emir kissed my knuckles	touch	
        new phone case with our dog's face on it	gifts	
        Kept telling him how proud I am of us for the IVF savings jar. nearly there	words	
        Told Hamid he's the kindest man at the airport, even the pilots say so	words	genuine-compliment
        he rubbed my shoulders while I did the accounts	touch	shoulder-rub
        Juan took OUR bins out. the bin man. on his day off 😂	service	take-a-task
        texted "ur the only one who gets my weird hours" 🌙	words	appreciation-text
        ordered takeaway to her work since shes stuck late again	gifts	
        Wes brought me a bucket of partridgeberries he picked on the barrens	gifts	
        did the crossword together in bed	time	play-a-game
        random parcel turned up - a book I mentioned ONCE months ago	gifts	small-book-or-article
        hoovered, mopped, dusted. u name it, she did it	service	
        Kalev defrosted the freezer. FINALLY	service	
        bought the lift crew doughnuts but the jam ones were just for her	gifts	favourite-snack
        Left a note in his lunchbox: you are my favourite deckhand x	words	note-in-bag
        souvenir fridge magnet from his conference lol tacky but cute	gifts	
        He gave me a massive bear hug after I read a whole page out loud	touch	long-hug
        she scratched my back. THE itchy spot!!	touch	
        "best decision I ever made was u" - 2am text from her night shift	words	
        sent her a bouquet at the clinic	gifts	pick-a-flower
        Nuka rubbed my cold hands between his on the qamutik	touch	
        he left a bag of rambutan on my desk 😍	gifts	favourite-snack
        Sent my wife a sonnet. copied off Shakespeare but still counts	words	
        took her truck to the garage so she could finish the calving call	service	run-an-errand
        tickle fight that turned into a cuddle	touch	
        made the bed. tiny thing	service	make-the-bed
        took all the amazon returns back	service	run-an-errand
        made a day of it at the beach	time	
        replied to every single RSVP for us	service	
        got Keo a new sinh for Boun Pi Mai	gifts	
        5 min shoulder massage in the break room. lifesaver	touch	shoulder-rub
        got her a new sketchbook for her puppet designs	gifts	
        big thank you to my fella for being so patient with me this month, told him so at tea	words	
        recieved a massive box of Kinder eggs from Pita lol	gifts	favourite-snack
        held Aroha's hand the whole time they put the needles in	touch	
        brung her a king cake from the bakery on Mardi Gras	gifts	favourite-snack
        did every night feed so she could get some proper sleep	service	let-them-sleep-in
        she said im reading better than last month. first time anyones ever told me that	words	genuine-compliment
        karaoke date 🎤	time	
        Long walk with Kalev through the bog boardwalk, barely talking, perfect	time	short-walk
        regrouted the shower. it looks brand new	service	
        rang round all the venues. 7 yr engagement, someone had to	service	
        told her the practice is lucky to have her. the farmers definately think so too	words	genuine-compliment
        she massaged my feet, they were killing me after the shift	touch	foot-rub
        praised his parking. he parks a double decker for a living, he deserves the recognition	words	genuine-compliment
        Told Kalev his telescope photos are basically art. he pretended not to care, he cared	words	genuine-compliment
        did the big Tesco shop on my behalf	service	run-an-errand
        He said I work traffic better than anyone in the tower. not true but ill take it	words	genuine-compliment
        he brought back some dried char from his trip, still wrapped in his aunty's paper	gifts	favourite-snack
        she rode along on my farm rounds today and we chatted the whole drive	time	sit-near-them
        Anders told me I'm brave for starting the injections. needed that	words	genuine-compliment
        she held my hand on the ward	touch	
        lil kiss on the cheek while she was cooking	touch	
        went fishing together, caught nothing, best day	time	
        complimented her eyebrows lol they were 🔥 today	words	genuine-compliment
        told Aroha she's the strongest wahine I know after her dialysis today, meant every word	words	genuine-compliment
        brought him back a jar of honey from the market	gifts	
        Tagged me in a post calling me his rock. cringe. I loved it	words	brag-about-them
        after the baci Somphone held both my hands for ages	touch	
        hongi with Pita before he left for the week	touch	goodbye-kiss
        Reminded her she's so much more than her kidneys. first smile all week	words	
        fingers laced the whole flight	touch	
        Chamari batch cooked the whole week so I could focus on exams	service	take-a-task
        watched the kids' nativity together then snuck off for ice cream, just us	time	
        Nuka took me out on the land for the weekend, just us and the dogs	time	
        he translated my hospital letter for my mum so I didn't have to	service	take-a-task
        long tight hug after the bad news from the clinic	touch	long-hug
        Armen kissed my hand in front of his grandma	touch	
        told him im proud	words	proud-of-you
        fixed the wobbly table in the hall	service	
        Liban and I had shaah on the balcony and actually talked for an hour	time	
        Armen and I drove out to Garni for the day and just wandered	time	
        little bag of pralines from the French Quarter for my cher	gifts	favourite-snack
        picnic in the park on my lunch break, he came to meet me	time	
        first week of retirement: we just sit in the garden every morning with coffee and talk	time	morning-coffee-together
        Juan brought me a kipper from Peel wrapped in newspaper. romance is alive	gifts	
        Chamari held my hand through the whole pirith chanting	touch	
        He cleaned and set up my home dialysis machine for tomorrow	service	take-a-task
        Hodan hugged me so tight at the airport in Mogadishu	touch	long-hug
        Mi gyal hol mi tight tight when di storm come	touch	long-hug
        cuddle pile with the dog and him	touch	
        got her a little jade charm for luck before egg retrieval	gifts	
        watched the northern lights from the porch together	time	
        He dealt with the landlord on the phone	service	take-a-task
        Played cribbage til midnight	time	play-a-game
        Posted a sappy story for our 9th engagement anniversary. still not married, still obsessed	words	
        held Mugisha's hand through Kwibuka, neither of us said a word	touch	
        Chamari wrote me a whole page about why she loves me, in her best handwriting	words	why-i-love-you
        Wes hauled me in for a big squeeze when the boat come back in	touch	welcome-home-hug
        walked the dog twice so he could nap	service	let-them-sleep-in
        She thanked me properly for sorting the mortgage. felt seen tbh	words	thanks-for-chore
        paid all the bills and sorted the bank stuff so she didnt have to think about it	service	take-a-task
        Mugisha surprised me with an agaseke basket for the house	gifts	
        "proper handsome you are" - said it as he came up from the boat all salt crusted. my Cornish nan would approve	words	genuine-compliment
        we watched from the dome roof together when the clouds finally cleared, just us and Jupiter	time	
        Mi wife tell mi "yu da di bes" afta mi finish di shift. dat mek mi whole day	words	genuine-compliment
        got up at 4 to have breakfast with him before the boat went out	time	
        Complimented her conductor voice, she does "mind the step please" so posh lol	words	genuine-compliment
        cooked dinner together, her chopping me stirring, music on 🎶	time	
        kiss on the prom in Douglas, in the rain	touch	
        Wrote her a poem. It was bad. She loved it.	words	
        did all the dishes after the Pi Mai party so Somphone could rest	service	handle-the-dishes
        Rode the whole route on her last shift, sat at the front keeping her company	time	sit-near-them
        Went to Costa Maya Fest together, stayed out all night	time	
        snagged the last croissant and saved it for me	gifts	save-last-slice
        he brings me back a pebble from every beach he fishes off	gifts	
        ordered her a big print book to practice with	gifts	small-book-or-article
        picked the kids up from school	service	take-a-task
        He sorted out the insurance for the boat	service	
        Told Rasmus the cake was the best one yet. it wasn't. but his face	words	genuine-compliment
        got him proper wellies for the boat	gifts	
        brought home baklava from the old shop in Baščaršija	gifts	favourite-snack
        a little pot of succulents on my desk when I got in	gifts	
        Got him a puppet that looks like him. he hates it. he loves it	gifts	
        took the rubbish to the tip	service	
        ran to the post office to send her return back	service	run-an-errand
        morning cuddles before the alarm	touch	
        said thank u for putting up w me this week. he said "always, cher"	words	
        played chess at the café for hours	time	play-a-game
        Bought her a little Manx cat ornament. she wants a real one. one day	gifts	
        went for a spin on the motorbike together along the coast road	time	
        Sat up with Tevita after the kava circle, just us talking under the mango tree	time	
        brought her a lil bag of gummy bears for the night shift, her fave	gifts	favourite-snack
        got him a new lanyard for his ID badge lol	gifts	
        complimented her new haircut before she even asked 💇‍♀️	words	genuine-compliment
        Took Mugisha for a walk along Lake Kivu, talked about the future for hours	time	short-walk
        Emir drove my mum to her appointment so I could work	service	take-a-task
        date night, finally	time	
        She wrote "Ndagukunda" on the fogged up car window ❤️	words	
        long kiss at the bus stop	touch	
        she ordered me those fancy socks I kept looking at	gifts	
        took a yoga class with her	time	
        You told me I'm a great mum, while the kids were screaming. needed it	words	genuine-compliment
        leaned on each other the whole train ride home	touch	
        "good job love" after my recital. gets me every time	words	genuine-compliment
        we did a 1000 piece jigsaw all Sunday	time	play-a-game
        Juan and I walked the Millennium Way, phones off, whole day	time	short-walk
        she told me I smell like home. weird. lovely	words	genuine-compliment
        replaced the blown fuse in the hallway	service	
        pottery class together, our bowls are terrible	time	
        he told the whole group chat im the funniest person he knows lol	words	brag-about-them
        "ur a legend" scrawled in the dust on the bin lorry window. cheers babe	words	
        he keeps bigging me up to his dad. its v sweet	words	brag-about-them
        spa voucher in my birthday card 😭	gifts	
        Bought mi wife one new dress fi Settlement Day	gifts	
        evening at Pirita beach with Kaia watching the ferries	time	
        Wes said me fish n brewis beats his mudder's. high praise b'y	words	genuine-compliment
        made a big pot of gumbo so Ti-Jean didn't have to cook after his shift	service	take-a-task
        held hands across the table at dinner	touch	
        heard him tell the nurse "she's the reason I keep coming in" 😭	words	brag-about-them
        ironed my uniform for the garage	service	take-a-task
        bought him an air fryer. romantic i know	gifts	
        new slippers cos mine were falling apart lol	gifts	
        went to see the castells at La Mercè together, shouting our heads off	time	
        scraped the ice off her windscreen before her 5am tower shift	service	take-a-task
        🤗🤗🤗 so many hugs today	touch	
        held hands walking through Tallinn old town, didnt let go once	touch	hold-hands-walking
        "Gura mie ayd" written in lipstick on the bathroom mirror this morning. Juan's doing ❤️	words	mirror-note
        Made him put his phone down and we played dominoes like old times	time	play-a-game
        spent an hour on hold sorting the gas bill drama for us	service	
        quiz night at the pub, came 3rd lol	time	
        kunik from Nuka before he went out hunting	touch	goodbye-kiss
        did the ironing	service	
        Gave him an old star chart, framed	gifts	
        Anahit praised my dolma in front of her whole family at Vardavar, I was soaked AND blushing	words	brag-about-them
        got Tamsin a saffron bun on my way up from the harbour	gifts	favourite-snack
        Cooked Aroha's tea so she could rest after dialysis, low potassium version n all	service	take-a-task
        got me a new flask cos mine got dented on the boat	gifts	
        cuddled up in the bunk after the night watch	touch	
        retired life: took the train to nowhere in particular, whole day	time	
        kissed him under the mistletoe at the work do	touch	
        made her coffee every morning of exam week	service	make-their-coffee
        baked bread together on saturday, flour everywhere	time	
        bought me earrings to wear on the wedding day	gifts	
        Hinewai brought me home a pounamu pendant, said it's to keep me safe on the roster	gifts	
        gave me a sunhat for the vineyard picking	gifts	
        he picked her sister up from the bus station	service	
        a long hug in the car park before my shift at the hospice	touch	long-hug
        Mikel fixed my bike chain and cleaned it too	service	take-a-task
        she leaned on me on the ferry deck the whole way over	touch	
        a quick squeeze of my hand under the table at her parents' dinner	touch	
        hot tub and stars after the last lesson of the season	time	
        she left a note in my boot: ski safe, come home	words	note-in-bag
        cuddled under the duvet when the storm knocked the power out	touch	
        linked arms walking home from the bus stop	touch	hold-hands-walking
        he held me for ages when Kiki the red panda died	touch	long-hug
        she came to the museum on my day off and made me give her the guard's tour of my own gallery	time	
        brought me a scoop of hot chips from the chippie	gifts	favourite-snack
        I held her hand at the vet when they put Toby down	touch	
        he brought home a tiny tin of salty licorice from duty free	gifts	favourite-snack
        🥹 he wrote 'proud of u' on the bananas	words	proud-of-you
        brought home filter coffee powder from the Mylapore shop she likes	gifts	
        rubbed my back while I was sick	touch	shoulder-rub
        my wife said 'I trust you with the driving now' after my third lesson	words	genuine-compliment
        drove three hours to bring me the passport I left on the bench	service	run-an-errand
        she gave me her old lopapeysa, the one her amma knitted	gifts	
        texted me every hour of my 14 hr drive, just 'u ok?'	words	rain-drive-check
        we sat in bed with the seating chart and a bottle of wine	time	
        flowers from the petrol station, slightly wilted, still counts	gifts	pick-a-flower
        Baraka brought me a kanga from Kariakoo market, blue one with a proverb printed on it	gifts	
        thx for the voice memo love. played it 3 times on my break in the tower	words	voice-note
        my wife gutted and cleaned the catch so I could sleep after the trip	service	let-them-sleep-in
        he gave me a new coffee grinder for the café, the Italian one	gifts	
        'thank you for being patient while I learn the gears' my wife said after stalling at the lights for the 4th time	words	
        ironed his shirt for the interview, he's been so nervous	service	take-a-task
        'you're a great mum, even on the weeks they're not here' - his text	words	genuine-compliment
        hugged me when my mum cried about the guest list	touch	long-hug
        my husband told the whole church hall my faikakai was the best, I nearly cried	words	brag-about-them
        my husband spent an hour on hold with the immigration office for me because my English still gets tangled	service	take-a-task
        he drove me to the test centre and waited in the car park the whole hour	service	
        'counting down the sleeps' - her text, 3 days out	words	
        Ardit made my macchiato with a heart in the foam before the morning rush	service	make-their-coffee
        hugged me from behind while I was brushing my teeth	touch	
        she made me a card listing 12 reasons she loves me, number 7 was my snoring	words	why-i-love-you
        ily more than coffee. and that's saying something	words	
        went to the markets saturday morning, just us	time	
        cuddled on the couch during the power cut with one candle and a blanket	touch	couch-cuddle
        sorted out the new debit card for me and set up the banking app because I'm hopeless with it	service	take-a-task
        we slow danced in the kitchen to our wedding song while the pasta boiled over	touch	
        fed the cat and watered the plants while I was away on tour	service	take-a-task
        he remembered my exam was today and sent 'veiksmi, mīļā!'	words	
        packed my meals for the night shift in the tower, labelled by break	service	pack-their-lunch
        Ardit opened the café alone so I could sleep in on Sunday	service	let-them-sleep-in
        my wife braided my hair for church the way her nana used to	touch	
        made me byrek for my birthday, his mother's recipe, I think he cried chopping the onions	service	
        we practised signing to each other over dinner, no talking allowed	time	
        told me my accent is cute when I mix up the words	words	genuine-compliment
        Juma called me 'malkia wangu' in front of his friends, I was so shy	words	
        he bought me a new seder plate bc I broke Grandma's last Passover	gifts	
        ok so she came home with a bag of mandarins and a little red envelope for me for lunar new year even though we're both grown adults	gifts	
        Karthik booked the cab for my mother's hospital appointment while he was stuck in standup	service	take-a-task
        head massage with the good shampoo	touch	play-with-hair
        held hands on the bench outside our new unit at the village	touch	
        he said the kindest things about my dad at the funeral	words	
        long hug in the wine cellar where nobody could see	touch	long-hug
        swapped the tyres over to the winter ones for me	service	take-a-task
        dropped my parcel at the post office on his way to work	service	run-an-errand
        she plaited the kids' hair so I could get out the door early	service	take-a-task
        we watched the sunset from the top of Hallgrímskirkja	time	
        we trekked to Poon Hill together on my days off, no clients, just us	time	
        we went to the hot pot by the harbour together, steam and snow	time	
        he brushed the snow off my car before I got up	service	take-a-task
        spent saturday packing up 40 years of the house together, found our wedding photos and stopped to look at every single one	time	
        Zawadi made me uji with ginger when I had the flu and sat with me till I finished the bowl	service	take-a-task
        got me a proper insulated jacket for the offshore rotation	gifts	
        he got me a mug that says world's okayest wife	gifts	
        we skied the back bowl together after the lessons finished	time	
        we sat on the roof and watched the lights of Dar together, no phones, just talking	time	
        Sölvi told me I'm the bravest person he knows after the scan	words	genuine-compliment
        he kissed my forehead before leaving for his FIFO swing, 14 days this time	touch	goodbye-kiss
        bought me a fan for the bedroom when it hit 40 degrees	gifts	
        Levan toasted me as tamada at supper and everyone clapped	words	brag-about-them
        my wife said my new haircut looks 'very cool'. I am 56	words	genuine-compliment
        'you were right about the bathroom tiles' — he actually said it out loud lol	words	
        he addressed all 120 invitations by hand	service	take-a-task
        he rested his head on my belly and talked to the baby	touch	
        sent me a care package to camp: Tim Tams, socks, a photo of the dog	gifts	send-a-care-package
        'we are home now' he said as we unpacked the last box	words	
        ✓ picked up Sina's new bank card from the branch in Otahuhu so she didn't have to take time off	service	run-an-errand
        'bi chamd khairtai' — he said it first this time	words	
        a head massage with castor oil, the way my paati used to do	touch	play-with-hair
        we went bowling on our one shared day off this rotation	time	
        he washed my hair for me while my arm was in the cast	service	
        watched the All Blacks game at the pub with him and I don't even like rugby	time	
        long cuddle on the sunday night the kids left	touch	long-hug
        bought me a chocolate fish from the café at the top	gifts	favourite-snack
        my husband made the bed with fresh sheets on my first day home after the baby	service	make-the-bed
        cuddled on the sofa under one blanket	touch	couch-cuddle
        cooked the whole sunday roast while I napped	service	let-them-sleep-in
        did the school run on his custody-swap day even though it was technically my week	service	take-a-task
        'you make the best espresso in Tirana' he tells everyone who comes in	words	brag-about-them
        we rode out together to check the horses and watched an eagle circling	time	
        spooned all night bc the heat pump broke and it was freezing	touch	
        we went to the refugee community dinner together and danced till late	time	
        Gunnar brought me dried haddock from the boat and a bar of Síríus chocolate	gifts	favourite-snack
        my wife said my signing was 'so lovely' when I interpreted at the school assembly	words	genuine-compliment
        he rubbed my swollen feet after 3 shifts back to back on the ward	touch	foot-rub
        we went through the old photo albums together deciding what to keep	time	
        we sat out on the marani terrace and drank the new wine with cheese	time	
        kissed me on the shoulder while I was washing up	touch	
        got me new waterproof boots for the postal round	gifts	
        we walked the Blue Lake loop after tea	time	short-walk
        my wife rubbed tiger balm into my back after a day up the turbines	touch	shoulder-rub
        brought me a pintxo from the bar in the Parte Vieja, still warm	gifts	favourite-snack
        Lent — he's made me fish pie every Friday without me asking	service	
        she thanked me in front of the whole cast for holding the show together	words	brag-about-them
        a good long kiss at the bus stop	touch	
        a slow dance at his cousin's wedding, just us left on the floor by the end	touch	
        we closed the café early and walked along the Lana	time	short-walk
        Mandakh fixed the ger door hinge before the first snow	service	
        she got me a secondhand Laxness for my shelf	gifts	
        after a 12 hr night shift at the hospital in Kigali he rubbed my feet without me asking	touch	foot-rub
        Juma brought me chipsi mayai from the stall on his way home, still hot	gifts	favourite-snack
        ✓ K's prescription collected from the chemist	service	run-an-errand
        he called me during his break just to say he misses me	words	
        she kissed my eyelids, weird but lovely	touch	
        Siosaia held my hand through the whole funeral service	touch	
        picnic in the Domain, egg sandwiches, nothing fancy	time	
        she held my face in her hands and told me it wasn't my fault	touch	
        churchkhela from the Tbilisi bazaar, she knows I love the walnut ones	gifts	favourite-snack
        we played scrabble, she cheated, i let her	time	play-a-game
        we watched two episodes of Bake Off and nobody checked their email	time	
        walked to the mosque together for Eid prayers then had sweets in the park	time	short-walk
        got me a sleep mask and a white noise machine for the day sleeps	gifts	
        Hery and I walked down to the river after the pollinating was done, just to sit	time	short-walk
        my husband said 'you are a good nurse and a good wife' and for once I believed him	words	genuine-compliment
        got me the good headphones for the night bus	gifts	
        Jordi wrote t'estimo petita on the fogged up bathroom mirror	words	mirror-note
        my wife came to my open mic and laughed at the bad bits too	time	
        she got me a tote bag with my name embroidered on it	gifts	
        thank u for being my person	words	
        she bought me a phone plan so I can call my sister back home	gifts	
        walked along the harbour after curtain down	time	short-walk
        bought me a bus ticket home to Kathmandu for Dashain	gifts	
        we ate our sandwiches together outside the meerkat enclosure on her lunch break	time	
        leaned on his shoulder the entire marshrutka ride home from Kutaisi	touch	
        a little bag of chocolate gelt on my pillow every night of Hanukkah, all 8 nights	gifts	favourite-snack
        Loto did all the bottles and night feeds so I could get 6 hrs straight. first time since the twins came	service	let-them-sleep-in
        vacuumed the car, even the crumbs in the seat track	service	
        carried every box up to the 3rd floor flat on moving day	service	
        he renewed the car rego online while I was at work	service	take-a-task
        he held my hand at the top while I caught my breath	touch	
        I got her a bag of her fav rye crisps from Rimi	gifts	favourite-snack
        warmed my hands inside his deel when it was minus 30	touch	
        he said 'take all the time you need' on a bad postpartum day	words	
        he ran lines with me for two hours so I could go off book	service	
        took me out for pintxos and txakoli in Donostia for my birthday	time	
        snuggled in bed and watched the northern lights out the window	touch	
        you noticed I'd gone quiet and just said 'I'm proud of you for getting through this week'. means a lot	words	proud-of-you
        Mikel took me to the pelota game at the frontón and we shouted ourselves hoarse	time	
        'so proud of you being up there' — voicemail	words	proud-of-you
        Aitor did the bins, the recycling AND the glass	service	
        she whispered 'you're doing great' from the wings when I froze on stage	words	
        took the kids to the park so I could sleep after nights	service	let-them-sleep-in
        hand on my knee the whole bumpy flight	touch	
        we had a picnic at the end of the last harvest day	time	
        she knitted me a new pair of mittens for the boat	gifts	
        took my shift at the depot so I could go to the school play	service	take-a-task
        got me a Fanta and a bag of chippies from the ferry kiosk	gifts	favourite-snack
        we picked the last rows of Rkatsiteli together at sunset	time	
        reset the router and fixed my laptop VPN before my WFH day	service	take-a-task
        Wiremu sang Pōkarekare Ana to me while i was cooking, just the chorus, over and over	words	song-for-them
        hongi with my husband in the kitchen before he left for the mine, just us	touch	goodbye-kiss
        we lay in the grass in Mežaparks and read our books side by side	time	
        drove out to the coast just to get ice cream	time	
        left a chocolate bar on my pillow in the donga at camp before he flew out	gifts	favourite-snack
        long hug at the door when i got back from the dentist	touch	welcome-home-hug
        she held my hand through all the Diwali crackers bc I hate loud bangs	touch	
        my husband wrote me a real letter and posted it, stamp and all	words	handwritten-letter
        he got me a new thermos for the ferry, the old one leaked all over my bag	gifts	
        walked up Ngongotahā together, stopped at every bench	time	short-walk
        'I don't care about the flowers, I just want to marry you' - Hemi	words	
        FaceTimed me for the whole of dinner so we could eat together from 2000km apart	time	
        brought home a box of pastéis de nata, six of them, ate four himself	gifts	favourite-snack
        Malia kissed my cheek in front of her aunties. big deal in her family lol	touch	
        we binged the whole season of The Bear over the weekend	time	
        ✓ topped up the power meter for A before the heatwave hits	service	fill-their-tank
        he bought me a silk saree for Diwali, the peacock blue one	gifts	
        we sat on the bench by the Daugava and watched the ice crack	time	
        he messaged good luck before my sprint demo	words	
        she kept telling me 'you are so brave' when I got my first payslip here	words	genuine-compliment
        cooked dinner together, him on onions me on the sauce	time	
        my fiancé rang all the caterers and got three quotes	service	take-a-task
        back rub with the lavender oil	touch	shoulder-rub
        she brought me a bag of jelly babies for tech week	gifts	favourite-snack
        rubbed my shoulders during the interval	touch	shoulder-rub
        we played cards with the kids by torchlight when the power went	time	play-a-game
        he shovelled the driveway before I left at 5	service	take-a-task
        he cooked isombe from scratch because I was homesick	service	cook-their-favourite
        bought me a box of Turkish delight	gifts	favourite-snack
        bought me a bunch of daffodils for no reason	gifts	pick-a-flower
        'I love how you love our boys' - a text at 2am	words	why-i-love-you
        Anna texted me 'ur doing amazing sweetie' before my driving lesson lol	words	
        hugged me when I got the bad news from the doctor	touch	long-hug
        warm hug in the ski lodge after I got stuck on the chairlift for 40 mins	touch	long-hug
        he wrote me a poem in Basque and then translated it badly on purpose	words	
        she said 'you are my whole steppe' before I rode out to the winter camp	words	
        she told my mother I'm the best husband she could ask for	words	brag-about-them
        we took the ferry to Waiheke for the day	time	
        he said my presentation was the clearest thing he'd heard all year	words	genuine-compliment
        a long kiss before my night shift	touch	goodbye-kiss
        walked on Marina beach in the evening, sundal and all	time	short-walk
        since the move hes held my hand every night b4 we sleep. small thing but	touch	
        she patted my cheek as I passed the bar, the regulars noticed lol	touch	
        'ur the best thing that happened to me this year x'	words	
        we actually ate tea together for once, both off shift at the same time	time	
        'I see how hard you work' he said	words	notice-hard-work
        Aroha said 'I'd marry you again tomorrow' out of nowhere	words	
        my husband ironed my uniform for the museum, creases and all	service	take-a-task
        we did the seder just the two of us this year and honestly it was lovely	time	
        he waxed my skis overnight	service	take-a-task
        my partner set up the kids' room at my place so it feels like theirs too	service	take-a-task
        babe you were so good with my dad today thank you for being patient with him he really likes you you know	words	appreciation-text
        she ran her fingers through my hair all through the movie	touch	play-with-hair
        my husband kissed my forehead every time he walked past today	touch	
        translated the letter from the council into simple English for me	service	take-a-task
        sticky note on the fridge: 'you are the best mum our girls could have'	words	mirror-note
        on my day off we walked my delivery route together so I could show her all the dogs	time	short-walk
        held me at arrivals after two years apart and wouldn't let go	touch	welcome-home-hug
        she brought me a hot mince and cheese pie from the dairy	gifts	favourite-snack
        my husband took over the Diwali cleaning so I could rest	service	take-a-task
        my wife said I handled the angry passenger with real grace	words	genuine-compliment
        he massaged coconut oil into my hair on Sunday like his amma used to	touch	play-with-hair
        he gave me his grandfather's silver snuff bottle for Tsagaan Sar	gifts	
        washed and folded all the baby clothes in the tiny sizes	service	
        my feet in his lap while he was on call and debugging something at midnight	touch	
        Levan saved me the first bottle of this year's Saperavi and wrote my name on the label	gifts	
        we took the long way home through the vines and didn't say much, it was nice	time	
        he held me the whole drive home from the vet after we said goodbye to Biscuit	touch	long-hug
        Tama left kawakawa tea steeping for me before his early shift at Te Puia	service	make-their-tea
        she locked up the library so I could catch the earlier bus	service	take-a-task
        just told me I look beautiful in the middle of a hot flush, bless her	words	genuine-compliment
        sat on the balcony with our feet in a bucket of cold water during the heatwave talking rubbish till midnight	time	
        my husband told me my matzah ball soup was better than his mother's. don't tell her	words	genuine-compliment
        he drove the kids to their dad's for the handover so I didn't have to see him	service	take-a-task
        bought me a little plush snow leopard from the zoo shop 😭	gifts	
        we spent the whole evening labelling the qvevri together and laughing at each other's handwriting	time	
        'we'll figure it out together' he said	words	
        he bought me a bag of roasted cashews from the Mtwara lady at the bus stand	gifts	favourite-snack
        we spent sunday afternoon in the library reading side by side	time	
        warm hand on my back while I cried about the hot flushes	touch	
        kissed me good morning even though I had onion breath lol	touch	
        'timro muskan mero sansaar ho' — he wrote it on a napkin at the teahouse	words	
        'you work so hard for us' - whispered at night	words	notice-hard-work
        Pemba carried my pack the last bit to Namche even tho he'd been carrying clients' stuff all day	service	
        got me a keyring shaped like a little L plate 🚗	gifts	
        packed my kit for the turbine climb and checked the harness clips twice	service	take-a-task
        'thank you for always warming the car up' – sticky note on the dash	words	thanks-for-chore
        he stroked my hair until i fell asleep. first decent sleep in weeks, menopause insomnia is no joke	touch	play-with-hair
        we went to see the castells in Vilafranca and spent the whole day in the square	time	
        surprise lunch date in town between my shifts	time	
        just said thank you for handling the landlord. nobody ever says thank you for that	words	thanks-for-chore
        'you keep planes apart for a living and you still remembered my dentist' - her text	words	appreciation-text
        she held me when I woke up from the nightmare	touch	long-hug
        we did the crossword together on the ferry, her on the clues me on the pen	time	play-a-game
        bought me new ski socks, the merino ones I keep looking at and never buy	gifts	
        he massaged my hands, they ache after interpreting all day	touch	
        held my hand all the way down in the gondola	touch	
        'your bread is art' — Levan, every single morning	words	genuine-compliment
        did the online shop and remembered the oat milk	service	run-an-errand
        watched a film together on the laptop in bed	time	
        we did a 1000 piece jigsaw of the Matterhorn on the dining table for a week	time	play-a-game
        she brought me a packet of seeds for the garden	gifts	
        my husband said 'ofa atu' at the end of every call this week	words	
        a jar of mānuka honey on my desk with a sticky note	gifts	
        fish and chips on the jetty at the lakefront, seagulls everywhere	time	
        my partner swapped her late shift so she could come to the scan with me	time	
        held hands under the table at book club	touch	
        'thank u for always being the one who remembers the tickets'	words	say-thank-you-out-loud
        'you're the light in our house' — on a card tucked in the sweet box	words	
        Dawa boiled garlic soup for me at the teahouse when the altitude got me	service	take-a-task
        we watched the eclipse through a cereal box viewer	time	
        Marama cleaned out the spa pool filter without me even mentioning it	service	take-a-task
        she got me slippers shaped like sheep 🐑	gifts	
        held hands the whole way back from the hot pools, Rotorua stinks of eggs but i didnt care	touch	hold-hands-walking
        'tu ets la meva casa' — Jordi, on a post-it stuck to my laptop	words	mirror-note
        she brought me a fistful of wild thyme from the hills	gifts	pick-a-flower
        she gave me a tiny wooden cake topper she carved herself	gifts	
        a long slow back rub after the overnight bus run from Sydney to Brisbane	touch	shoulder-rub
        Karthik and I made murukku together on Sunday, his were ugly, mine were uglier	time	
        the teacup I broke? she tracked down the exact same one on Trade Me	gifts	
        a 20 second hug, she read somewhere it releases oxytocin lol	touch	long-hug
        kissed me at the sorting office door	touch	goodbye-kiss
        'you make everything easier' he said, just like that	words	
        my husband cleared the gutters so I wouldn't go up the ladder	service	take-a-task
        cake tasting date!! we tried 9 flavours	time	
        lit the diyas together on the balcony and watched the fireworks over the city	time	
        he did my laundry while I was on the late sort	service	take-a-task
        got me a keychain with our dog's photo after he died	gifts	
        he gave me a txapela from his aitona's old hat shop in Tolosa	gifts	
        sent me a playlist called 'songs for your long drive'	gifts	song-for-them
        she gave me a little plant for my desk	gifts	
        my wife did my share of the pruning when my back went	service	take-a-task
        my husband took the babies out in the pram so I could have a cry in peace	service	take-a-task
        movie night, popcorn, both asleep by 9:30	time	
        'you'll be the most beautiful bride' with like 5 heart emojis	words	genuine-compliment
        bought me a length of kitenge fabric from the African shop in Ōtāhuhu	gifts	
        lit the Hanukkah candles together and ate way too many latkes	time	
        she found me a secondhand copy of the book I lost in the move	gifts	small-book-or-article
        she kissed my sunburnt nose	touch	
        you came to the airport at 3am to fetch me off the Perth flight	service	
        'you're the best instructor on the mountain' she told the kids in my class	words	brag-about-them
        bought me a new reading lamp for the new unit	gifts	
        he cleared out the garage before the move to the retirement village	service	
        'you are my favourite person to do nothing with'	words	
        he got me a little frame for the kids' drawing	gifts	
        nuzzled my neck when I got home smelling of diesel	touch	
        he told the new neighbours I'm the best gardener in the street	words	brag-about-them
        'komdu heill heim' written on my lunch bag	words	note-in-bag
        bookmark in my novel: 'you are my favourite chapter'	words	note-in-bag
        watched the Tonga game at Mt Smart with the whole family screaming	time	
        Tevita built a little ramp for Mum's wheelchair at our new place	service	
        made us both hot chocolate and brought mine up to bed	service	
        brought me back a snow globe from his work trip	gifts	
        watched my whole stand-up special with me and pretended not to know the punchlines	time	watch-their-show
        'your mum would be proud' he said at the graveside and I just broke	words	
        feet touching under the blanket all night	touch	
        we watched the sunrise over the wind farm from the ute	time	
        my wife left me a voice message singing happy birthday off key	words	voice-note
        she tucked her cold hands into my jacket and i let her	touch	
        he gave me a silver fern necklace for our anniversary	gifts	
        back scratch while we watched the rugby	touch	
        surprised me with tickets to see Sigur Rós in Reykjavík!!	gifts	
        first night home from roster and she just held me	touch	welcome-home-hug
        Bat made me suutei tsai before the sheep were let out this morning	service	make-their-tea
        bought me a sleep mask with little moons on it for sleeping days after nights	gifts	
        we went for dumplings on Dominion Rd for Lunar New Year, just us two	time	
        we played co-op on the PS5 till 2am	time	play-a-game
        we spent saturday fixing the bike together, both covered in grease	time	
        Hery tucked a vanilla pod in my lunch tin, says it's so I smell like home at the market	gifts	
        on our kid-free week we went to the cinema twice	time	
        he gave me a new scarf for Eid, the green one from the shop i always stop at	gifts	
        he packed my bag for the FIFO flight so I could sleep in	service	let-them-sleep-in
        my boyfriend quizzed me on my anatomy flashcards till 1am before the exam, he doesn't even know what a femur is	service	
        he did the dishes while I put the twins down	service	handle-the-dishes
        picked me up a bunch of tulips from the Saturday market	gifts	pick-a-flower
        she got me a new beanie, the one with the pom-pom	gifts	
        picked me up a Bounty from the servo bc he knows	gifts	favourite-snack
        bought jasmine for her hair and a new set of diyas before Diwali	gifts	pick-a-flower
        he changed the nappy at 3am without being asked	service	take-a-task
        he stroked my hand under the table during the meeting with the venue	touch	
        covered my feeding round at the zoo so I could go see Mum	service	take-a-task
        he told the kids 'your mum is the strongest person I know' right in front of me	words	brag-about-them
        carried my crates when I got heatstroke in the rows	service	take-a-task
        we went to the pub quiz and lost spectacularly and had the best time	time	play-a-game
        kissed me on the dock before the boat left at 4	touch	goodbye-kiss
        Kahu rang the garage and sorted my warrant of fitness	service	take-a-task
        brought me home a mince pie and a custard square	gifts	favourite-snack
        took the car in for its service and got it washed too	service	run-an-errand
        he brought me a little carved zebu from the Antsirabe market	gifts	
        went to choir practice with him at the Tongan church and he held the hymn book for me	time	
        long hug in the car park after work	touch	long-hug
        my husband has done every school run this week while my leg's in the cast	service	take-a-task
        the longest hug from my husband	touch	long-hug
        we danced cheek to cheek at the party	touch	
        Kelly said my Bonfire Night parkin is "dangerously good"	words	genuine-compliment
        gold bracelet for our golden anniversary	gifts	
        snuggled under a blanket by the bonfire	touch	
        we open one present each on Christmas Eve, mine from her was fluffy socks	gifts	
        she put thanaka on my cheeks this morning	touch	
        took him to see my bridge and we walked across it together	time	short-walk
        movie night on the sofa with the puppy	time	
        she gave me a thermos with my name engraved for site visits	gifts	
        took her out on the boat just for fun, no nets, just the sunset	time	
        unpacked every single box in the new flat while I was at work	service	take-a-task
        she knit me a new pair of trigger mitts for the winter	gifts	
        long walk along the Liffey on Sunday	time	short-walk
        flowers. just because. 🌷	gifts	pick-a-flower
        sent her a voice note singing happy birthday very badly, she says she's keeping it forever	words	voice-note
        shovelled the drive so she could get the truck out to feed the cattle	service	take-a-task
        went to our fave curry place n talked for ages	time	
        he collected my parcel from the depot on his day off so i didnt have to queue	service	run-an-errand
        high five and a bear hug	touch	long-hug
        brought her flowers from the market on the way home	gifts	pick-a-flower
        my husband gave me a jar of loquat jam he made himself	gifts	
        she gave me a pocket knife for branding season	gifts	
        he massaged my hands and wrists after a long day of typing	touch	
        heard Babu telling his sister on the phone that I'm the cleverest person he knows	words	brag-about-them
        she said on her radio show this morning "this one's for the man who still makes me laugh after 50 years"... thats ME	words	brag-about-them
        left her a voicemail on my break at the depot just to say i miss her and ill be home by six	words	voice-note
        she massaged my knotted shoulders	touch	shoulder-rub
        beach after school, just us, swam till sunset	time	
        he brought me back a shell from the harbour at Muros	gifts	
        my husband gave me an electric toothbrush as a joke present. I'm a dentist	gifts	
        he rubbed my temples when I had a headache from marking	touch	
        she kissed me mid-set	touch	
        txt from K: proud of u. results r great. call later	words	proud-of-you
        brushed out her hair before bed, she loves that	touch	play-with-hair
        grandad recorded a message for her birthday because his hands shake too much to write in the card now	words	voice-note
        sent Mira a long message on Mother's Day about why I'm grateful she's the mother of my kids	words	appreciation-text
        watched the Bonfire Night fireworks together from the hill	time	
        my husband set up the screen reader on my new phone, took him all afternoon	service	take-a-task
        my novio brought me a box of filloas his mum made	gifts	favourite-snack
        Yerlan made a toast about me at Nauryz and i had to hide my face	words	brag-about-them
        he did the whole Thanksgiving cleanup by himself	service	handle-the-dishes
        held her hand during havdalah	touch	
        Tomáš told me he believes in me before the interview, once in Slovak and once in English to be sure	words	
        my wife patched the seat cover on the tuk-tuk, now passengers stop complaining	service	take-a-task
        "thank u for being patient w me this week" from Cal after his jet lag meltdowns	words	appreciation-text
        he got me a lavender candle for after work	gifts	
        got him a new external drive for his birthday since his old one died	gifts	
        picked her up samosas from the stall she likes	gifts	favourite-snack
        husband texted at 3am from the dispatch desk "hope ur asleep, love u, rough night here"	words	
        she sent a good luck text before my dentistry finals with like 40 heart emojis ❤️❤️❤️	words	
        went berry picking out on the barrens together	time	
        did her share of the cleaning rota in the flat since she had exams	service	take-a-task
        bought her new Shabbat candlesticks for our anniversary	gifts	
        done: petrol in Sarah's car, tyres checked	service	fill-their-tank
        Saule cooked for my whole team after the bridge inspection so I didnt have to	service	take-a-task
        goodbye kiss x	touch	goodbye-kiss
        Sokha noticed my new haircut before anyone else at the market and said it suits me	words	genuine-compliment
        my gf bought me my first proper toolbox	gifts	
        sat with a cuppa and listened to the old records	time	
        he kissed my hand	touch	
        we tried the new Lithuanian bakery in Dublin together	time	try-something-new
        bought my wife a phone holder for the tuk-tuk so she can use the maps	gifts	
        she gave me a jar of her homemade mango chutney	gifts	
        walked the puppy at 6 so I could have a lie in	service	let-them-sleep-in
        brought her a piece of coral from São Vicente	gifts	
        my gf surprised me with a new mouse for my setup	gifts	
        head scratches while I wrote	touch	play-with-hair
        renewed our vows and then just sat together with tea	time	
        Sabina said my bread smells like her childhood in Sarajevo. best thing anyone has ever said about my baking	words	genuine-compliment
        texted "you've got this 👍" before his presentation	words	
        she sat with me in the workshop while I finished the suit, just chatting	time	sit-near-them
        dominoes with my husband every Sunday after church	time	play-a-game
        we read the Psalms together before bed	time	
        just got a voice message from Aigerim saying the load test went fine and she was thinking of me the whole time	words	voice-note
        bought him an audiobook subscription for our anniversary	gifts	
        "ur doing amazing" - Jas, on a post-it on my laptop, day 40 of writing up	words	mirror-note
        she wrote me a letter every day I was in hospital, I read them every night	words	handwritten-letter
        rode the fence line together all morning, just us and the dogs	time	
        he still plaits my hair on Sunday mornings	touch	play-with-hair
        GOOD JOB TODAY. PROUD. ME	words	proud-of-you
        cuddle after a cold day on site	touch	
        got u choc. in fridge. dont eat all	gifts	favourite-snack
        waited with her outside school on results day	time	
        my wife read the card out loud to me since I can't see it, then said every word of it was true	words	
        stayed up late talking about the future	time	
        she gave me a pair of Japanese tailoring shears	gifts	
        mowed the lawn before the rain came in	service	
        we played cards all evening during the power cut	time	play-a-game
        first thing off the ship: held her for a full minute	touch	welcome-home-hug
        we went to a pottery class together	time	
        my partner dealt with all the calls to the insurance about the flood	service	take-a-task
        kept warm under one blanket, wrapped up together	touch	couch-cuddle
        Ko Zaw and I went to Shwedagon together at sunset	time	
        left a chalk message on the tuk-tuk dashboard - drive safe my love	words	mirror-note
        coffee together before the bakery opens - our 20 minutes	time	morning-coffee-together
        we went to the audio-described play	time	
        she bought me proper wrist supports for the long trial days	gifts	
        planned our anniversary trip together	time	
        Mariña texted before I went out on the boat with Dad: "coidado, te quero" 💙	words	
        Mother's Day just the two of us at the garden centre	time	
        drove out to the coast on our day off	time	
        video called from the hotel and we watched a film "together"	time	watch-together-apart
        Rachel thanked me for saying the blessing at her parents' seder and said my Hebrew was perfect	words	genuine-compliment
        I guide him by the arm and he always squeezes my hand back	touch	
        he calls me "mi sunshine" in front of the grandchildren, 40 years on	words	
        he said my braille labels in the kitchen are genius	words	genuine-compliment
        took all the night feeds with the puppy this week	service	take-a-task
        he sewed the button back on my court jacket before the trial started	service	take-a-task
        brought her home a bag of pralines from town	gifts	favourite-snack
        fingers through my hair while we watched TV	touch	play-with-hair
        bought me a new scarf after I lost mine in the snow	gifts	
        spent all my shore leave with her, no one else	time	
        just told him he's the best dad our puppy could ask for	words	genuine-compliment
        warm hands on my cold cheeks after the walk	touch	
        you told me I looked sharp in the suit before the redundancy meeting. helped more than you know	words	genuine-compliment
        wrote Dermot a thank you card for sorting the kitchen after the flood and left it in his boot	words	thanks-for-chore
        Marek sorted everything for parents' evening so I could mark in peace	service	take-a-task
        grandad changed the landing lightbulb standing on a chair. at 94. I nearly died	service	
        Dolma boiled and filtered water for the whole week	service	
        told her the new sign for the stall looks brilliant and she should be proud of it	words	genuine-compliment
        she bought me a back brace for the heavy jobs	gifts	
        cuddles in the morning	touch	
        cleaned out the fridge, it was grim	service	
        sat on the harbour wall eating pulpo with him	time	
        Eduardo said my cachupa tastes like home, says out at sea he dreams about it	words	genuine-compliment
        she told me I've earned it, right before my apprenticeship assessment	words	notice-hard-work
        picked up a bracelet for her at the christmas markt	gifts	
        Emir brought me a little bag of rahat lokum after my shift	gifts	favourite-snack
        went back to where we had our first date	time	
        my wife reads my post to me every morning now my eyes have gone	service	take-a-task
        Lukas wrote "myliu tave" in the steam on the bathroom mirror	words	mirror-note
        Pema thanked me for lighting the butter lamp on her father's anniversary, said I understand her family now	words	
        Ma Thida gave me a new longyi for Thingyan	gifts	
        evening walk along the Hooghly, just chatting	time	short-walk
        so we went to the museum today and he let me read every single sign and didnt rush me once which honestly is love	time	
        brought me grapes and a magazine on the ward	gifts	
        got her a mug that says "world's okayest flatmate" lol	gifts	
        reorganised the spice cupboard the way she likes it	service	take-a-task
        she changes the dressing on my leg every night without complaining	service	
        she iced down the hold and had the nets ready before I even woke up, hardest working woman on the bayou	service	take-a-task
        b says the cast suits me. liar. sweet liar	words	genuine-compliment
        back rub after my bakery shift	touch	shoulder-rub
        Xosé mended my dad's nets so I could have the afternoon off	service	take-a-task
        he surprised me with the puppy!!!	gifts	
        he brought me a slice of cake from the office party wrapped in a napkin	gifts	favourite-snack
        she got me a new tie for the interview	gifts	
        built the ikea wardrobe together and only argued twice	time	
        he got me a seat at the concert I thought was sold out	gifts	
        she bought me a new saddle blanket	gifts	
        he brought me a toffee apple at the bonfire	gifts	favourite-snack
        picked up her prescription on the way back from the depot	service	run-an-errand
        Zarina wrote in my birthday card that marrying me was her best engineering decision	words	
        darlin said the herd looks better than it has in years and it's on account of my work. meant a lot coming from her	words	genuine-compliment
        she held my hand the whole way through the scan	touch	
        he read out what he'd written in our golden anniversary card and the whole room cried, me included	words	
        fed the horses and broke the ice on the trough so he could stay in bed with the flu	service	let-them-sleep-in
        he minded my market stall for the morning so I could see the doctor	service	take-a-task
        mopped out the flooded kitchen while she was at work, finished about 2am	service	take-a-task
        she fell asleep on my shoulder on the train	touch	
        group cuddle with the puppy	touch	
        she rubbed my feet	touch	foot-rub
        kiss under the mistletoe	touch	
        ran errands for her - post office, bank, chemist	service	run-an-errand
        we had a picnic in the park	time	
        he said "you make that ward better" after my night shift at the vet hospital	words	genuine-compliment
        she backed up my whole thesis onto a drive so I'd stop panicking	service	take-a-task
        little box of chocolates on my desk 🍫	gifts	favourite-snack
        forehead kiss before she left for work	touch	goodbye-kiss
        he bought me new white boots, mine had holes in	gifts	
        she wrote a silly poem about me and the puppy and put it on the fridge lol	words	mirror-note
        we went to the cinema tonite, first time in months	time	
        we still hold hands under the table at dinner	touch	
        Suman paid the electricity bill in person since the website was down again	service	run-an-errand
        cleared the snow off her car and scraped the windows before her dispatch shift	service	take-a-task
        a hug from behind while I was sewing	touch	
        had iftar at home, just the two of us	time	
        he brought me back a bottle of pepper sauce from the shop in Brixton	gifts	
        Rūta filled in all the Revenue forms for me, my English is not so good for this	service	take-a-task
        he rubbed lotion on the itchy skin above my cast	touch	
        love note in my ranger jacket pocket: come back safe from the ridge	words	note-in-bag
        we wrote side by side in the library all day then got chips	time	sit-near-them
        my wife took the tuk-tuk out herself today so I could rest my back	service	take-a-task
        we went to see the christmas lights on Oxford St, freezing but worth it	time	
        apologised properly and explained myself instead of sulking	words	repair-attempt
        kissed me on the cheek at the school gate	touch	goodbye-kiss
        hand squeeze before I went in for the exam	touch	
        got me a backscratcher to reach inside the cast lol	gifts	
        bought her a little cake for results day	gifts	favourite-snack
        told my wife she's still the prettiest girl at the church social. she's 91 and its still true	words	genuine-compliment
        he gave me a stress ball shaped like an ambulance lol	gifts	
        made pancakes together Saturday morning	time	
        she climbed onto the hospital bed and held me	touch	long-hug
        sofa cuddles all evening 🥰	touch	couch-cuddle
        Amir gave me a new wooden rolling pin for pita	gifts	
        he told the removal lads I was the brains of the whole operation lol	words	brag-about-them
        she scratched my back, itchy from all the cat hair	touch	
        she came to my set and stayed the whole night	time	
        Jake fixed my bike chian before work	service	take-a-task
        Tenzin said my momos are better than his mother's. he will deny this if asked	words	genuine-compliment
        came back from Tokyo with a bag of weird flavour kitkats for me	gifts	favourite-snack
        held hands walking back from taraweeh	touch	hold-hands-walking
        My husband told me my tailoring is art. I said it's just a hem	words	genuine-compliment
        he tracked down the record I'd been hunting for two years	gifts	
        spent the whole evening talking, no TV	time	
        he dusted the flour off my face and kissed my nose	touch	
        went skiing at Shymbulak together	time	
        brought him back a fridge magnet from every stop on my work trip, he has a collection now	gifts	
        hoovered the whole house after the party	service	
        he just held me when I told him	touch	long-hug
        made his coffee and filled his flask before the night bus shift	service	make-their-coffee
        Nan left a note on the teapot: "you worked hard, rest now love"	words	mirror-note
        he fixed the leak under the sink. FINALLY	service	
        chippy tea sitting on boxes in our new house	time	
        my husband put his arm round me during the hymn	touch	
        hiked in the Tatras together the whole day	time	
        took the boat out to the lighthouse together	time	
        went round the farmers' market together Saturday	time	
        drove him up to the lookout and we just sat	time	
        just cleared the gutters for him, his knee is bad	service	take-a-task
        u kissed me goodnight even tho u were half asleep	touch	
        we walked to the end of the pier and back, slowly, with his stick	time	short-walk
        he bought me new scrubs with cats on them	gifts	
        took my wife along the riverside in the tuk-tuk, no passengers, just us	time	
        found a jade bracelet on my pillow, from Ko Min	gifts	
        told the kids at Thanksgiving their mom is the reason this family works	words	brag-about-them
        we went through the wedding album together, took all afternoon	time	
        defrosted his windscreen before his 5am bakery shift	service	take-a-task
        cooked dinner every night this week bc she's on the early bakery shift	service	take-a-task
        voicemail from ma femme: "bon courage cher, don't you worry bout the catch today"	words	voice-note
        booked him a seat on the early train so he doesn't have to drive after nights	service	
        texted Ana "I'm so lucky" for no reason at lunch	words	
        Rupa left a note in my tiffin box: "tomorrow the interview is yours" in her tiny Bangla handwriting	words	note-in-bag
        Rupa oiled my hair, the way her mother used to	touch	play-with-hair
        Ahmed said after iftar that he couldn't have got through this Ramadan without me	words	
        daffodils on Mother's Day from my husband and the kids 🌼	gifts	pick-a-flower
        prepped sehri the night before so she could sleep a little longer	service	let-them-sleep-in
        she rubbed aloe on my sunburnt back	touch	
        she packed me a lunch for the long commute	service	pack-their-lunch
        grandad told me at breakfast I'm still his Bermuda girl. 93 and still flirting	words	
        cuddled in the sleeping bag up at the fire lookout	touch	
        did the laundry AND folded it	service	
        brought me mishti doi from our favourite sweet shop	gifts	favourite-snack
        got him new work gloves for calving season	gifts	
        grandma bought grandad a new flat cap for his birthday	gifts	
        bought a toy for the puppy and a new lead for me, gift for us both lol	gifts	
        a squeeze of the hand at the door	touch	
        You said my steno speed is "basically a superpower" haha x	words	genuine-compliment
        hubby said I was brave at work today and he knows the crematorium is heavy some days	words	notice-hard-work
        we finally had a lie-in together and breakfast in bed	time	
        M said "I'm so glad I met you" while we were doing the washing up	words	
        Dad took Mum's hearing aids in for repair and waited two hours for them	service	run-an-errand
        gutters done. dont climb ladder. x	service	take-a-task
        Karma gave me a new mala for my birthday	gifts	
        did the big shop and put it all away in the right places for once	service	run-an-errand
        bought me a plant for my desk while I'm writing up	gifts	
        he gave me a new Bible with my name embossed on the front	gifts	
        wrote him a list of ten things I love about him for our first anniversary	words	why-i-love-you
        told Thida at dinner how proud I am of how she handled the flood at the shop	words	proud-of-you
        Maria painted the hull of my little boat while I was away at sea	service	take-a-task
        she came on patrol with me on her day off	time	
        set up the kiddush tables after shul so my wife could talk with the congregants	service	take-a-task
        done: bins out for J	service	take-a-task
        took you dancing for your birthday, you were the best on the floor	time	
        Asel surprised me with a felt hat from the market in Almaty	gifts	
        abrazo enorme on the dock when the boat came in	touch	welcome-home-hug
        she got me a new headlamp for patrol	gifts	
        did the washing up after Christmas Eve dinner so she could sit with her sister	service	handle-the-dishes
        watched two episodes of our show after dinner, phones away	time	
        Tom did the dishes without being asked. a miracle	service	handle-the-dishes
        my wife massaged my neck after a long day in traffic	touch	shoulder-rub
        he held my hand during grace	touch	
        played FIFA together for hours lol	time	play-a-game
        Khin Khin ironed my longyi the night before the interview	service	take-a-task
        you told me im a gr8 mum today. on a random tuesday. thank u	words	genuine-compliment
        my wife praised my sermon to the elders before I'd even asked what she thought	words	brag-about-them
        date night!! dinner at the little Italian place	time	
        he told me the bread was the best batch he'd ever tasted, in front of the whole queue at the stall	words	genuine-compliment
        1st anniversary is paper so he gave me a book of our photos	gifts	
        stayed with her on the ward all afternoon	time	
        she rubbed deep heat into my back	touch	shoulder-rub
        my boyfriend wrote me a pep talk in his notes app and sent a screenshot before my driving test	words	
        u were amazing at the hearing today, proper steno queen - text from Dee	words	genuine-compliment
        bought him a travel pillow for his breaks on the night route	gifts	
        he painted the nursery while I was at my mum's	service	take-a-task
        hug at door. long one. needed it	touch	welcome-home-hug
        held hands walking home	touch	hold-hands-walking
        he picked the kids up from youth group so I could finish my sermon	service	take-a-task
        warmed my hands in his pockets at the stall	touch	
        hung out while she practised her radio links	time	sit-near-them
        spooning on the mattress on the floor bc we don't have a bed frame yet	touch	
        holding hands in the car the whole way to nana's	touch	
        brought a pumpkin pie home from the bakery for her	gifts	favourite-snack
        Biplab surprised me with a new saree for Pujo 😍	gifts	
        neck rub at 4am when he got back from the night route	touch	shoulder-rub
        breakfast together before his shift for once	time	
        Peter brought me lilacs from his grandmother's garden	gifts	pick-a-flower
        Barry split and stacked the wood before the storm hit	service	
        fell asleep with my head in her lap after a horrendous shift	touch	
        we watched the parade in our pyjamas on Thanksgiving morning	time	
        grandma pressed my uniform for my first day at the new school	service	take-a-task
        did all the ironing while watching the match	service	
        hug in wellies in the middle of the puddle	touch	
        Lobsang carried the gas cylinder up all the steps to our room	service	
        lunch together in the courthouse garden	time	
        cooked dinner together and ended up dancing in the kitchen	time	
        Christmas Eve mass together then walked home in the cold	time	short-walk
        Kiran wrote "results day = you're a star whatever happens" on the whiteboard	words	mirror-note
        big squeeze from Barry after the storm	touch	long-hug
        she rode the last bus route with me just to keep me company	time	sit-near-them
        kissed at midnight	touch	
        a kiss on the hard hat lol	touch	
        got him a little model of the Forth Bridge for his desk	gifts	
        Nilufar told me I'm a good teacher after the bad lesson observation. needed that	words	genuine-compliment
        he gave me a new brooch, said the one from 1952 had done its time	gifts	
        he gave me a piggyback up the stairs	touch	
        she got me a new money belt for the market	gifts	
        sat on the porch and watched the sun go down over the pasture	time	
        he massaged my shoulders after twelve hours at the wheel	touch	shoulder-rub
        went for a walk in the woods after a heavy week	time	short-walk
        we watched a Bollywood film at the cinema in McLeod Ganj	time	
        sorted all the puppy's vet paperwork and booked his jabs	service	take-a-task
        he bought me an old ribbon microphone for the shelf	gifts	
        fixed the wobbly table leg at her stall	service	take-a-task
        Arun fixed the ceiling fan so i could sleep, Kolkata in May is no joke	service	let-them-sleep-in
        spent the whole snow day playing board games	time	play-a-game
        sat on bench. watched ducks. 1 hr. nice	time	
        got my thesis printed and bound for me so I just had to hand it in	service	run-an-errand
        "proud of ya, maid" from Gerry when I got in out of the storm	words	proud-of-you
        Ahmed brought me a box of Medjool dates to open my fast with	gifts	favourite-snack
        wrote "thank you for carrying this family" on a sticky note and stuck it on his lunchbox	words	note-in-bag
        leaned on each other by the fire	touch	
        he texted me a photo of the first snow and said "reminds me of the night we met"	words	share-your-view
        did the kora together at dawn	time	
        he thanked me for listening while he talked through his methods chapter for an hour	words	
        Jonas brought me šakotis from the Lithuanian shop on Moore Street	gifts	favourite-snack
        tidied the garage 💪	service	
        Shabbat walk together, no phones	time	short-walk
        she said my set on friday was the best she's ever heard me play	words	genuine-compliment
        Ko Zaw thanked me for waiting up and called me his anchor	words	
        so i was getting ready for the interview and my husband just looked at me and said you're going to walk in there and they're going to be lucky to have you and honestly i nearly cried	words	genuine-compliment
        kissed me on the forehead before I went on air	touch	
        finally hung the pictures up in the hall	service	
        ran her a bath after her shift, lavender stuff and everything	service	
        he rubbed my back till I fell asleep at 3pm	touch	shoulder-rub
        you made the bed this morning and even did the cushions, who ARE you	service	make-the-bed
        picked me up and spun me round when I got my results	touch	
        drove him to his hospital appointment n waited in the car park 3 hrs	service	
        todo: ✔ hoover ✔ fix shelf ✔ pick up Maya's dry cleaning	service	run-an-errand
        she rested her head on my shoulder	touch	
        little present for me: fancy red pens for marking 😂	gifts	
        he sorted and stapled all my exam papers so I could go to bed	service	let-them-sleep-in
        made her coffee before she woke up	service	make-their-coffee
        left a note in his lunchbox	words	note-in-bag
        brought home tulips	gifts	pick-a-flower
        hugged him for ages after his bad day	touch	long-hug
        we walked the dog together, phones off	time	short-walk
        told her shes beautiful	words	genuine-compliment
        picked up his prescription	service	run-an-errand
        bought her fav choccies	gifts	favourite-snack
        texted him good luck before his interview	words	
        cuddled on the sofa watching telly	touch	couch-cuddle
        emptied the bins	service	
        took out the trash	service	
        cooked dinner	service	cook-their-favourite
        Cooked her favourite curry from scratch	service	cook-their-favourite
        made him breakfast in bed	service	
        gave her a back massage	touch	shoulder-rub
        held hands on the way home	touch	hold-hands-walking
        wrote him a poem	words	
        thanked her for everything she does	words	say-thank-you-out-loud
        got him a new book he wanted	gifts	
        picked flowers from the garden for her	gifts	pick-a-flower
        played board games all evening no phones	time	play-a-game
        long phone call while he's away	time	
        filled up his car with petrol	service	fill-their-tank
        Spent the whole afternoon helping her move her stuff out of the old flat into storage	service	
        ironed his shirts	service	
        will pick him up from the airport tmrw	service	
        mad him a cupa	service	make-their-tea
        said I love you first thing	words	
        gave him a shoulder rub	touch	shoulder-rub
        surprise picnic in the park	time	
        bought us concert tickets	gifts	
        drew him a bath w candles	service	
        listened to her vent about work without fixing it	time	ask-about-their-day
        voicemail just to say i miss u	words	voice-note
        hoovered the lounge	service	
        brekkie in bed	service	
        spooned til we fell asleep	touch	
        got her a lil something from the market	gifts	
        watched his fave film with him even tho i hate it	time	watch-their-show
        complimented his cooking	words	genuine-compliment
        went for a stroll by the river together	time	short-walk
        did teh dishes	service	handle-the-dishes
        made her a mixtape	gifts	
        framed our fav photo for him	gifts	
        told him how proud i am of him	words	proud-of-you
        we had a proper catch up over tea	time	
        booked a weekend away for us two	time	
        tidied up	service	
        little kiss on the forehead	touch	
        wrote a sweet msg on the bathroom mirror	words	mirror-note
        texted her good morning beautiful before my shift	words	good-morning-message
        Left a sticky note on the kettle saying ur doing amazing x	words	mirror-note
        told Bence im proud of him for finally finishing the thesis	words	proud-of-you
        she sent me a voice note just saying she misses me, its 3am her time	words	voice-note
        wrote "drive safe darlin" in his logbook before he took the rig out to Amarillo	words	note-in-bag
        told Oksana her braid looked gorgeous, she did it the way her baba used to	words	genuine-compliment
        Kofi told me my jollof beats his mum's. big words from him lol	words	genuine-compliment
        proud of you text after her viva	words	proud-of-you
        said thank you for the dinner, properly, not just mumbling it	words	say-thank-you-out-loud
        Callum wrote me a wee poem on the back of the feed receipt	words	
        he told the whole table at the ceilidh I'm the best thing that ever happened to him	words	brag-about-them
        told Mariam she's a brilliant mum at the 4am feed, she cried a bit	words	genuine-compliment
        "you've got this" text before her first night on call	words	
        he sent me a goat meme bc apparently it looked like me when im hangry 😂	words	send-a-meme
        thanked him for hoovering and he looked so chuffed	words	thanks-for-chore
        Left a note in her scrub pocket: eat something pls, love you	words	note-in-bag
        she told me im handsome even covered in lambing muck	words	genuine-compliment
        sent Tavita a long msg about why I love him, no reason, just felt like it	words	why-i-love-you
        called her my queen in front of all her aunties	words	brag-about-them
        wrote him a letter for our anniversary, 3 pages, cried writing it	words	
        told her she was right about the boiler. hardest words ive ever said lol	words	
        ur the best	words	
        Gheorghe said my cozonac looked like a picture from a magazine	words	genuine-compliment
        He wrote mornin sunshine in the steam on the bathroom mirror	words	mirror-note
        posted a wee birthday tribute to her, she hates fuss but she was smiling	words	brag-about-them
        sang happy birthday to her in a voice note from a truck stop in Ohio, terribly	words	voice-note
        reminded him how far he's come since the diagnosis	words	
        told her I've noticed how hard shes been working with the year 11s this term	words	notice-hard-work
        Thanked my wife for 54 years. She said "53, you daft old sod"	words	
        he's been leaving a little affirmation on the fridge every morning, Arabic one side English the other	words	mirror-note
        he said hed marry me all over again. weve been married 6 weeks lol	words	
        told Siobhan she looked class in the green dress	words	genuine-compliment
        my wife told me I'm a good dad. needed to hear it tbh	words	genuine-compliment
        "thinking of u" text between patients	words	
        wrote je t'aime mon chum on his napkin	words	
        complimented his parallel parking, which NEVER happens	words	genuine-compliment
        bragged about her sourdough to her mam on the phone loud enough so she'd hear	words	brag-about-them
        texted him "so proud of you firefighter boy" after that big shout on the news	words	proud-of-you
        She told me i'm not a burden. really needed that one	words	
        told him the zoo is lucky to have him after the whole otter escape thing	words	genuine-compliment
        wrote "you're my favourite person" in the dust on the back of the van	words	
        said thank you for carrying things this week when I couldnt	words	thanks-for-chore
        Ama sent me a list of 10 things she loves about me 🥹	words	why-i-love-you
        encouraging msg before his driving test	words	
        Aram called me "im arev" before he left for nights. still grinning	words	
        left a line in the lighthouse log for her: light's fine, so are you x	words	mirror-note
        gave her proper feedback on her presentation, specific stuff not just "it was good"	words	
        "you're doing so well with her" - said it twice so it would land	words	genuine-compliment
        told Dai he sang beautiful at chapel this morning	words	genuine-compliment
        he messaged my mum to tell her how much he loves me. Mum forwarded it lol	words	brag-about-them
        gm text w three hearts	words	good-morning-message
        apologised properly for this morning and meant it	words	repair-attempt
        she said "I'm so lucky" out of nowhere while we were washing up	words	
        wrote a thank-you card for all the hospital runs	words	
        told him his beard looks proper fit now	words	genuine-compliment
        Told my girlfriend I believe in her when she wanted to quit uni	words	
        sent him a song with the lyrics that say what i cant	words	song-for-them
        thanked her in my speech at the retirement do, in front of everyone	words	
        He says my accent is his favourite sound in the world	words	genuine-compliment
        she left a voicemail saying she's proud of me. ive saved it	words	proud-of-you
        "hows the leg today? youre so strong you know"	words	genuine-compliment
        told Ioana she makes our shoebox flat feel like home	words	genuine-compliment
        Learned to sign I love you in BSL so I could say it to him across the room	words	
        morning pep talk before his interview	words	
        she bigged me up to her brothers at sunday dinner	words	brag-about-them
        he called me gorgeous while I was in my dressing gown with sick down me	words	genuine-compliment
        miss u already x	words	
        told him he's the best vet in the county and I meant every word	words	genuine-compliment
        wrote sorry I was grumpy, you deserve better on the whiteboard	words	mirror-note
        She thanked me for being patient with her on the flare days	words	
        Reminded Yusuf he's a good man, the world had been telling him otherwise today	words	genuine-compliment
        told her she's a reet grand lass and I'm lucky	words	genuine-compliment
        went for a walk after tea, no phones	time	short-walk
        we watched two eps of bake off together	time	
        FaceTimed for an hour even tho it was 2am where he is	time	
        played ulti with Géza after supper like we used to	time	play-a-game
        sat with him on the lighthouse gallery watching the sun go down, didnt say much	time	
        asked her about her day and actually listened	time	ask-about-their-day
        phone in the drawer all evening	time	phone-down
        drove out to Natadola, just the two of us for once	time	
        stayed up til he got off his 24, even though I was dead on my feet	time	
        long call while he was parked up at a rest area in Nevada	time	
        sunday drive up the holler like old times	time	
        we cooked together, it was a disaster, laughed the whole time	time	
        board game night, she won monopoly. again	time	play-a-game
        took him on a proper date, first one since the baby	time	
        we're reading the same book 5000 miles apart and talked about chapter 6 on the phone	time	
        sat together in the lambing shed at 2am with a flask, just us and the ewes	time	
        went to the market together saturday morning	time	
        watched the rugby with him even tho i couldnt care less about rugby	time	
        coffee on the balcony before he went on shift, 20 mins of just us	time	morning-coffee-together
        she came along to my physio so i wouldnt be bored	time	
        drove out to the Hill Country to see the bluebonnets, just him n me n a cooler of Shiner	time	
        Skyped while we both ate, her dinner my breakfast	time	
        took Nour on a felucca on the Nile at sunset	time	
        listened to his whole story about the gearbox. the WHOLE story	time	
        gave her my full attention at dinner, tv off	time	
        took Tendai for a picnic at Lake Chivero, just us and the birds	time	
        rode his ferry as a passenger all afternoon just to be near him on shift haha	time	
        fishing on the bayou with him all afternoon, didnt catch a thing	time	
        porch swing and a long talk	time	
        met her for a proper lunch between her clinics	time	
        called her on my break just to hear about her day	time	ask-about-their-day
        we rewatched our wedding video	time	
        cinema date, first in ages	time	
        walked up the mountain behind the terraces together after chapel	time	short-walk
        stayed up in the lamp room to watch the northern lights together	time	
        we did a 1000 piece jigsaw and didnt talk about work once	time	play-a-game
        zoom date, ordered the same takeaway both ends	time	
        he took a day off work just to be with me	time	
        took the baby out in the pram and actually had a chat for once	time	short-walk
        sat with her through the whole 4 hour clinic appointment	time	
        taught him tavla, he's hopeless, we laughed loads	time	play-a-game
        evening going through old photo albums together	time	
        morning tea in bed together before the lambs need us	time	morning-coffee-together
        went to his five a side and cheered like an idiot	time	
        let her tell me all about the zoo's new tapir for like 40 mins	time	
        no-exam-talk evening, just dinner and a film	time	
        watched her fave k-drama with her	time	watch-their-show
        mass in Tullamore then a fry after, just the two of us	time	
        walked the beach at Waikiki at dawn, no plans	time	short-walk
        played dominoes with him at the kitchen table half the night	time	play-a-game
        stayed on the call while she fell asleep in Kyiv, just listened to her breathing for ages	time	goodnight-call
        we spent the afternoon at the Széchenyi baths	time	
        went with her to visit her nagyi	time	
        no screens sunday	time	
        video call while she painted, i just kept her company	time	
        drove 3 hrs to have lunch with him at the depot	time	
        sat in the car at the lookout and talked for ages	time	
        asked him about his dad and just let him talk	time	
        planned our trip together over a bottle of wine	time	
        braai with just the two of us, no mates	time	
        slow laps of the ward with him, he set the pace	time	short-walk
        lay on the floor and listened to a whole album together	time	
        had breakfast together before her shift for once	time	
        stayed home with her when she was too tired for the party	time	
        took Mabel to the bingo, her favourite night out	time	
        went to Awa's sabar night and stayed til the very end even tho my feet were killing me	time	
        blackberry picking	time	
        sat up late talking about absolutely nothing	time	
        we tried a pottery class together	time	try-something-new
        brought her flowers from the garage, the good ones tho	gifts	pick-a-flower
        picked up a chocolate bar for her on the way home	gifts	favourite-snack
        grabbed him a keyring from a truck stop in Tennessee	gifts	
        she posted me a care package with Marmite and proper tea bags	gifts	send-a-care-package
        found a first edition of her fav book in the charity shop	gifts	small-book-or-article
        got him a new beanie for the boat, his old one's all holes	gifts	
        bag of pick n mix for her	gifts	favourite-snack
        he gave me a shell from the cove below the light	gifts	
        brought home the last éclair from work for him	gifts	favourite-snack
        bought her the earings she was eyeing in the window	gifts	
        he brought me sunflowers from the market	gifts	pick-a-flower
        got her a little plant for her desk	gifts	
        wrapped up fluffy socks for her	gifts	
        picked wildflowers on the way back from the top field	gifts	pick-a-flower
        bought him a mug that says worlds okayest husband	gifts	
        she sent me a parcel of homemade baklava	gifts	send-a-care-package
        brought her back a fridge magnet from the conference	gifts	
        got her a book about octopuses bc she's obsessed	gifts	small-book-or-article
        Keoni made me a lei himself	gifts	pick-a-flower
        mailed him a hoodie that smells like me	gifts	send-a-care-package
        new scrubs for her with little cats on them	gifts	
        brought him home a bottle of his favourite red	gifts	favourite-snack
        brought my wife a box of macarons from the patisserie in Achrafieh, the pistachio ones	gifts	favourite-snack
        found him a rare vinyl at the record fair	gifts	
        ordered her a framed map of where we met	gifts	
        got Kwame a kente bookmark	gifts	
        brought her pomegranates from the souk bc she loves them	gifts	favourite-snack
        jar of wild honey from the farm up the road	gifts	
        had flowers delivered to her surgery	gifts	pick-a-flower
        she got me a tiny cactus for my dashboard	gifts	
        he bought me a bunch of daffs from the roadside honesty box	gifts	pick-a-flower
        new phone case, mine was cracked to bits	gifts	
        got him a scratchcard and a coke lol	gifts	favourite-snack
        bought her the embroidered Kalocsa tablecloth she'd been looking at	gifts	
        made him a playlist called "for the long drives"	gifts	
        surprised her with Adele tickets!!!	gifts	
        he gave me a mărțișor on 1 March, first one since we moved to London	gifts	
        saved him the last slice of cake	gifts	save-last-slice
        bought him a new pocket knife for the lambing bag	gifts	
        she got me thick gloves for the winter shifts	gifts	
        hid a packet of her fav crisps in her bag	gifts	favourite-snack
        gave him a heart shaped pebble I found	gifts	
        got her a proper fountain pen for all the marking she's drowning in this exam season, green ink bc red makes the kids cry apparently	gifts	
        he got me a box of chocolates, half eaten lol	gifts	favourite-snack
        picked up a slice of chess pie from the diner for her	gifts	favourite-snack
        brought back pralines from the shop in Lafayette	gifts	favourite-snack
        bought him the good frying pan for his birthday	gifts	
        brought home shave ice for her after work, li hing mui on top	gifts	favourite-snack
        sent her a bouquet across the ocean, cost a fortune, worth it	gifts	pick-a-flower
        he got me the nice shampoo not the cheap one	gifts	
        bought him a carved wooden giraffe at the craft market	gifts	
        got her a kindle	gifts	
        he made me a bracelet out of fishing line and beads	gifts	
        bought our first ornament as Mr and Mr	gifts	
        stuck a Dairy Milk in his locker at the station	gifts	favourite-snack
        heated blanket for her bad days	gifts	
        gave him his grandfather's watch, had it fixed up	gifts	
        she bought me the book I kept going on about	gifts	small-book-or-article
        got Lerato the rooibos in the tin she likes	gifts	favourite-snack
        grabbed tulips at Pick n Pay for my bokkie	gifts	pick-a-flower
        bought him a tiny toy tractor bc he's my farmer	gifts	
        framed the first scan pic and gave it to him	gifts	
        brought her a coconut from the roadside stall in Nadi	gifts	favourite-snack
        got him wool socks for the cold cab	gifts	
        gave her a jar of the chilli jam I made	gifts	
        found her a vintage brooch at the car boot	gifts	
        he gave me a rose on a random tuesday	gifts	pick-a-flower
        lavender bag for her pillow	gifts	
        brought him sweets from duty free	gifts	favourite-snack
        bag of haribo for her revision night	gifts	favourite-snack
        got him a harmonica, he's wanted one for yonks	gifts	
        he got me a tiny enamel pin of an otter	gifts	
        named a star after her, i know its cheesy	gifts	
        made her a cuppa before she woke up	service	make-their-tea
        did the dishes even though it was his turn	service	handle-the-dishes
        packed his lunch for the long haul, sandwiches and a flask	service	pack-their-lunch
        hoovered the whole flat while she was at work	service	
        let him sleep in and did the 6am feed	service	let-them-sleep-in
        made töltött káposzta from his anyu's recipe for him	service	cook-their-favourite
        ironed her uniform for tmrw	service	take-a-task
        did all the laundry and folded it too	service	
        scraped the ice off his windscreen	service	take-a-task
        she made sarmale for me even though it takes all day	service	
        fixed the dripping tap Petro's been complaining about since we moved in	service	take-a-task
        walked the dog at 6 so he could rest	service	let-them-sleep-in
        did her night check on the ewes so she could sleep through	service	let-them-sleep-in
        made his coffee how he likes it, strong no sugar	service	make-their-coffee
        dropped her at the station in the rain	service	
        he did the big shop and remembered everything on the list	service	run-an-errand
        sorted the car insurance renewal, normally her job	service	take-a-task
        sorted all her marking into class piles for her	service	take-a-task
        changed the bedding and put fresh towels out	service	make-the-bed
        did the school run so she could get to the gym	service	take-a-task
        he made me a bacon butty when i came off nights	service	
        washed the truck for him while he slept	service	take-a-task
        cooked for my husband because his arthritis is bad today	service	take-a-task
        made a big pot of gumbo so he'd have leftovers all week	service	take-a-task
        fixed the puncture on her chair	service	take-a-task
        helped her get her compression socks on	service	
        brought her tea in bed on her day off, she'd been doing doubles all week and honestly looked like a ghost so I did toast too and took the dog out so she could just lie there	service	make-their-tea
        packed her a lunchbox for the 12 hour shift	service	pack-their-lunch
        cleaned the fish tank, thats usually his thing	service	take-a-task
        emptyed the dishwasher w/o being asked	service	handle-the-dishes
        brought him a snack and a glass of water while he was revising	service	favourite-snack
        cooked jollof for her whole study group	service	take-a-task
        gave the kitchen a proper deep clean	service	
        she mucked out the rhino pen for me so I could get off early	service	take-a-task
        booked all his appointments for him	service	take-a-task
        got up at 3 to start the croissant dough so she could lie in	service	let-them-sleep-in
        made dinner for when she got back from her flight	service	
        he ran me a bath	service	
        had a brew waiting for him when he got in from the yard	service	make-their-tea
        did the run to the tip at Redruth for him, dreckly actually meant today for once	service	run-an-errand
        carried all the shopping up four flights	service	
        fixed the gate latch he's been moaning about	service	take-a-task
        topped up his bus pass	service	fill-their-tank
        brought the washing in before the rain came	service	
        darned her jumper	service	take-a-task
        switched the lamp room radio to her station before I handed over the watch	service	
        made him a flask of soup for the night crossing	service	pack-their-lunch
        cleared up after the family dinner so she could sit with her cousins	service	handle-the-dishes
        he sterilised all the bottles and made up the feeds	service	
        charged her phone and laptop before her on call	service	fill-their-tank
        got her tyres done	service	run-an-errand
        filled out his passport renewal forms	service	take-a-task
        made atay the way she likes it, loads of sugar	service	make-their-tea
        cut his hair in the kitchen	service	
        got her truck running again so she can get down the mountain to her shift, she'd been fretting bout it	service	take-a-task
        went to the post office for her bc she's stuck in bed again, sent the parcel off to her mum in Kharkiv	service	run-an-errand
        washed his kit after the fire, the smell was unreal	service	take-a-task
        made him porridge before the early shift, wi a wee bit o salt like his granny	service	cook-their-favourite
        set up the new telly for her, took me 3 hours and a call to my brother mind	service	take-a-task
        picked the kids up so he didnt have to leave work early	service	take-a-task
        took over all the cooking during her exams	service	take-a-task
        he learned how to change my insulin pump site so i dont have to do it alone	service	
        drove her mum to the airport	service	take-a-task
        cleaned out his truck cab, found 6 empty energy drink cans lol	service	take-a-task
        sewed the button back on his good shirt	service	take-a-task
        put a hot water bottle in her side of the bed before she came up	service	
        long hug at the door when he got home	touch	welcome-home-hug
        she rubbed my back untill i fell asleep	touch	shoulder-rub
        me and Aisling cuddled on the couch the whole evening with the fire going, grand altogether	touch	couch-cuddle
        held his hand all through the scan	touch	
        foot rub after her 14 hour shift	touch	foot-rub
        he played with my hair while we watched telly	touch	play-with-hair
        spooned her till she stopped shivering	touch	
        gave Jean-Guy a shoulder rub after his drive down from Chicoutimi, he was so stiff lol	touch	shoulder-rub
        kissed him goodbye properly, not just a peck	touch	goodbye-kiss
        slow danced in the kitchen to the radio	touch	
        rubbed cream into her hands, theyre cracked to bits from lambing	touch	
        big bear hug in the yard before he headed out on the run	touch	long-hug
        he kissed my hand in the restaurant	touch	
        squeezed his knee under the table at that awful dinner	touch	
        snuggled in bed all morning	touch	
        scratched his back, the bit he can't reach	touch	
        hugs. lots of hugs today	touch	
        plaited her hair just because she loves how it feels	touch	play-with-hair
        kissed him on the cheek in front of his mates, he went bright red	touch	
        held hands under the blanket during the film	touch	
        5 min cuddle in the on call room lol	touch	
        massaged his legs, the MS is bad this week	touch	
        traced circles on her back til she dozed off	touch	
        so the baby finally went down at 5 and instead of scrolling i just lay there holding her hand and kissing her til the alarm went, felt like teenagers again	touch	
        she wrapped me up in her arms when I got in from the fire	touch	welcome-home-hug
        hugged him so tight at arrivals after 4 months apart	touch	welcome-home-hug
        he held my hand the whole flight	touch	
        let her warm her ice cold feet on my legs	touch	
        neck rub while she marked essays	touch	shoulder-rub
        leaned on each other on the bench	touch	
        cuddled with the baby between us	touch	
        he tucked my hair behind my ear	touch	
        hand on his back as I squeezed past him, just a little touch	touch	hand-on-back
        kissed his bald spot lol	touch	
        held Teodora's hand while they took bloods	touch	
        she hugged me so hard my back cracked	touch	long-hug
        linked arms all the way down the high street	touch	hold-hands-walking
        snuggled up in the sleeper bunk at the truck stop	touch	
        gave Ruaridh a big squeeze before he went up the hill, it was blowing a hoolie	touch	long-hug
        stroked his hair as he fell asleep	touch	play-with-hair
        kissed her on the ferry deck in the wind	touch	
        warm hug when she came in frozen from the paddock	touch	welcome-home-hug
        cuddled up on our tiny single bed	touch	
        kissed her shoulder while she washed up	touch	
        we held hands in church	touch	
        she held me for a long time before helping me transfer into bed	touch	long-hug
        forehead to forehead for a minute before she went in	touch	
        wee cuddle before the milking	touch	
        kissed him at the door with flour all over my hands	touch	goodbye-kiss
        hugged her when she got off the phone with her mum	touch	
        lay on the grass with our legs all tangled	touch	
        held each other after the funeral, didnt need words	touch	long-hug
        massaged her scalp with argan oil	touch	
        kissed my wife's wrinkled old hands	touch	
        put my arm round him at the bar	touch	
        long hug at Paddington before she got the train back to Penzance, didnt want to let go	touch	long-hug
        she put her head on my shoulder on the bus	touch	
        deep heat back rub after shearing	touch	shoulder-rub
        cuddled all night, didnt let go once	touch	long-hug
        hugged him for 20 seconds bc i read it's good for oxytocin	touch	long-hug
        kissed her neck while she was on the laptop	touch	
        told Nadia her new hijab style looks gorgeous on her	words	genuine-compliment
        took the bins out at 11pm when I saw he forgot	service	take-a-task
        sent my girl a fire emoji after she posted her fit lmao	words	
        spent an hour in the backyard with him planting cassava	time	
        took her up Cerro San Cristóbal to watch the sunset	time	
        picked up her prescription from Boots	service	run-an-errand
        called him on his lunch to ask how the climb went	time	ask-after-the-event
        warmed her icy feet on my legs, brr	touch	
        we went stargazing out past the cattle station	time	
        sat in the garden with a pot of tea after we put Papa to bed, just the two of us	time	
        we squeezed into the hammock and cuddled	touch	couch-cuddle
        rang her landlord about the mould so she didnt have to	service	take-a-task
        15 mins of coffee together before the twins wake up, pure bliss	time	morning-coffee-together
        mended his net on the wharf	service	take-a-task
        salsa class together every Thursday	time	
        sent Thanh a msg "you carried us this week, rest now em"	words	appreciation-text
        wrote ILY on the steamed-up shower glass	words	mirror-note
        did his mum's insulin tonight so he could have a shower in peace	service	take-a-task
        gave her a smooth stone from the river where we met	gifts	
        told Nasra her sambusa are the best in all of Minneapolis, not even joking	words	genuine-compliment
        kissed her good morning	touch	
        got him a little keychain from the airport	gifts	
        told Sione im proud of how gentle he's been with his nan	words	proud-of-you
        left a chocolate bar in her scrubs pocket	gifts	favourite-snack
        told his sister how good his curry is while he was standing right there	words	brag-about-them
        got her the earrings she'd been eyeing at the market	gifts	
        told her the way she is with the kids makes me fall for her all over again	words	why-i-love-you
        brought her bubble tea, 50% sugar less ice	gifts	their-usual-order
        said out loud at dinner "im grateful for you" and meant it	words	
        long hug after his exam	touch	long-hug
        folded the laundry while she was at the gym	service	take-a-task
        date night while the in-laws watched the twins	time	
        we had a one month anniversary picnic lol	time	
        her usual, oat flat white extra hot, waiting on the bench	service	their-usual-order
        did the crossword in bed together Sunday morning	time	play-a-game
        made her a playlist for her drive to work	gifts	
        told my wife she's still the prettiest girl who ever walked into that dance hall in '84	words	genuine-compliment
        packed Desmond's lunch for the site: rice, saltfish and a banana	service	pack-their-lunch
        said thank you for keeping the shop running while I had the flu	words	
        texted "you smelled nice today" after she left for class lol	words	genuine-compliment
        she traced letters on my back with her finger and made me guess them	touch	
        tapped his shoulder twice at the funeral (our sign for I love you)	touch	
        cooked kimchi jjigae for her hangover	service	
        got him a Dominican flag sticker for his toolbox	gifts	
        told her I'm proud she stood up to her boss	words	proud-of-you
        took his car in for its service	service	run-an-errand
        our weekly call, had to do 2am my side but so worth it	time	
        hugged her when she came home smelling of bread	touch	welcome-home-hug
        made doubles for breakfast, channa and all	service	
        facetimed during his soundcheck, he showed me round the venue	time	
        hugged Hamid for ages at the gate	touch	long-hug
        video called the night before his deployment, fell asleep on the call	time	
        cleaned the grill at the taquería after close so he could go home	service	take-a-task
        massaged her lower back, 34 weeks and aching	touch	shoulder-rub
        did the laundry even tho it's her week	service	take-a-task
        left a voice memo for my girl to wake up to since im offshore all week	words	voice-note
        put my phone in the drawer and just listened to her talk about her day	time	phone-down
        went to watch her netball game	time	
        she said my accent is cute, still blushing tbh	words	genuine-compliment
        told him i love his laugh	words	genuine-compliment
        topped up her Oyster card	service	fill-their-tank
        did the dishes at her parents' so she could sit and talk with them	service	handle-the-dishes
        gave him my grandfather's watch on our 40th anniversary	gifts	
        long walk around Lake Harriet, just talking	time	short-walk
        washed her hair for her when her shoulder was bad	service	
        tiny cactus for his lab bench	gifts	
        hand in hand on the beach	touch	hold-hands-walking
        formatted all his references for his lab meeting, he owes me lol	service	take-a-task
        turned the telly off and we talked about our dreams	time	
        cuddle pile with both of them this morning	touch	
        told Tomás in front of the whole family that marrying him was my best decision	words	brag-about-them
        cuddled on the porch swing	touch	couch-cuddle
        bought her a silk dupatta when i was in Lahore	gifts	
        she bought me a phone stand for our video calls	gifts	
        took the rubbish and recycling out	service	
        stayed on the phone while she walked home late from the lab	time	
        rubbed her back while she fed the babies	touch	shoulder-rub
        stuck a note on his guitar case: "break a leg tonight x"	words	note-in-bag
        we had a cuppa on the verandah watching the storm roll in over the paddock	time	
        hung the washing out before the rain came	service	
        scratched his back, he was very happy about it	touch	
        kissed his forehead on his way out	touch	goodbye-kiss
        held hands under the table at her parents'	touch	
        did the school run both ways	service	take-a-task
        Told Mateo his empanadas were better than his abuela's (pls don't tell her)	words	genuine-compliment
        picked up a little stuffed turtle for her desk	gifts	
        coffee together at the fish market at 5am	time	morning-coffee-together
        Sent Priya a message: "you make ordinary days feel special"	words	appreciation-text
        binged his show with him	time	watch-their-show
        FaceTimed her while she was at the laundromat so she had company	time	
        told her in sign that she is my home	words	
        let him sleep in, took both twins downstairs and kept them quiet	service	let-them-sleep-in
        bought her a bunch of sunflowers from the servo	gifts	pick-a-flower
        we cooked together, she did the rice i did the fish	time	
        bought him a jar of local honey	gifts	
        put my feet in his lap and he rubbed them	touch	foot-rub
        sat on hold with the insurance company for him for 40 mins	service	take-a-task
        sat on the bonnet of the ute looking at the stars for ages	time	
        called her at 4am her time cos that's when she gets off	time	
        sent flowers to her school	gifts	pick-a-flower
        kissed her shoulder	touch	
        washed all the dishes so he could put his feet up	service	handle-the-dishes
        whatsapp'd him a long msg from the night shift break room about why i love him	words	why-i-love-you
        picked the kids up from school so she could study for boards	service	take-a-task
        posted him a letter with a pressed frangipani inside	gifts	handwritten-letter
        unloaded the dishwasher without being asked!!	service	handle-the-dishes
        fluffy slippers for her night shifts	gifts	
        arepas for breakfast	service	
        kissed every one of her knuckles	touch	
        sat up with him on the balcony til late talking about his dad	time	
        asked about his day and actually listened for like an hour	time	ask-about-their-day
        she gave me a handmade card	gifts	
        squeezed her hand under the table	touch	
        gutted the fish so Mele didn't have to	service	take-a-task
        new lunchbox for him since his cracked	gifts	
        kissed him at arrivals like a movie	touch	
        we went to visit her parents' graves together	time	
        told my husband that after 40 years he still makes me laugh every single day	words	genuine-compliment
        vacuumed out the ute, it was full of sand	service	
        had lunch together in the hospital canteen on our break	time	
        found the vintage vinyl hes been hunting for ages	gifts	
        we baked together at midnight before the shop opens	time	
        bought him a pair of insoles for those long patrols	gifts	
        spent the evening with him teaching me to make roti	time	
        brought her a bag of warm chifles from the stand near the plaza	gifts	favourite-snack
        got all three of us matching mugs	gifts	
        made him chai with extra elaichi, the way his ammi makes it	service	make-their-tea
        put on our old records and just sat together	time	
        made his pho broth from scratch, 8 hours of simmering	service	
        board game night, just us two, Catan	time	play-a-game
        finally fixed the leaky tap	service	
        complimented her parallel parking (huge for her, she's still on her Ls)	words	genuine-compliment
        texted "proud of u" after his first solo night on the ICU	words	proud-of-you
        made callaloo and dumplings for Sunday dinner	service	
        stuck a note on the dash of the patrol car - stay safe, come home to me	words	note-in-bag
        packed nasi lemak and a boiled egg for his lunch	service	pack-their-lunch
        she got me socks with little cats on them lol	gifts	
        chicken soup for him when he was sick	service	
        brought home a single rose from the roadside stall	gifts	pick-a-flower
        she texted "how's my favourite fisherman" while I was out past the reef	words	
        bought him the good coffee beans, not the supermarket ones	gifts	
        polished her boots for inspection	service	take-a-task
        he brings me a fridge magnet from every city on the tour	gifts	
        did bedtime for the twins on my own	service	take-a-task
        dropped the kids at my mum's so we could have a night alone	time	
        made congee for breakfast, she's been so tired	service	take-a-task
        walked along the malecón after dinner, no phones	time	short-walk
        posted a letter to him at the base, 3 pages front and back, mostly just telling him how much he means to us	words	handwritten-letter
        grabbed his fave roti from the corner shop on the way home	gifts	favourite-snack
        wrote a thank you card to his mum, telling her she raised a wonderful man	words	brag-about-them
        framed a polaroid of us for her	gifts	
        sent a "thinking of you" text halfway through her 12hr	words	
        dropped off a pot plant at his office	gifts	
        held Kemi's hand through the whole film	touch	
        ordered her the book she mentioned ONCE three months ago	gifts	small-book-or-article
        cuddled on the couch	touch	couch-cuddle
        laptop closed at 9 like I promised, hung out with her instead	time	
        told him he looks fit in his hi-vis lmao	words	genuine-compliment
        he bought me a saree for Diwali	gifts	
        rubbed her feet after her 12hr, she nearly cried	touch	foot-rub
        gift card for her favourite cafe	gifts	
        stayed up to eat with him after his late shift	time	
        brought him a heart-shaped rock from the beach	gifts	
        neck massage while he was gaming	touch	shoulder-rub
        picked up dried mango from the asian grocer for her	gifts	favourite-snack
        we slow danced in the kitchen to Marc Anthony	touch	
        little cake to celebrate her first paycheck	gifts	celebrate-small-win
        got him a new phone case, his was shattered to bits	gifts	
        complimented her new braids	words	genuine-compliment
        wrote "te amo, flaco" on the foggy window of the micro	words	
        rubbed cream into her hands, they're so dry from the bakery	touch	
        he gave me a lucky charm before my exam	gifts	
        walk round the block after the babies went down	time	short-walk
        wrapped up a pair of socks with a bow for no reason	gifts	
        shoulder massage while she did her marking	touch	shoulder-rub
        posted her a care package: chai, face masks, snacks	gifts	send-a-care-package
        braided her hair for her	touch	play-with-hair
        bought her a jar of mango achar from the Punjabi store	gifts	
        brought home a box of mochi from Uwajimaya	gifts	favourite-snack
        leaned on each other on the train home	touch	
        gifted him the cologne he wore when we met	gifts	
        held his hand in the hospital waiting room	touch	
        watched her k-drama with her even tho I can't keep the names straight	time	watch-their-show
        found a secondhand Gabriel García Márquez in Spanish for him	gifts	small-book-or-article
        hand on his knee the whole drive	touch	
        tiny bottle of her perfume as a surprise	gifts	
        massaged his calves after his delivery shift, he'd done 60km on the bike	touch	
        got her a new notebook for her poems	gifts	
        long lazy cuddle Sunday morning	touch	
        made Isabela her cafecito before she woke up, a lil extra azúcar like she likes	service	make-their-coffee
        wrote him an encouraging note for each day of exam week	words	
        hugged him in front of his whole unit, didn't care	touch	
        made the bed w hospital corners lol, old habits	service	make-the-bed
        he told his mum im the reason he finished uni	words	brag-about-them
        plugged her phone in overnight since she forgot again	service	fill-their-tank
        pecked her on the cheek	touch	
        cooked her fav ají de gallina	service	cook-their-favourite
        massaged his hands after 3 sets, he plays so hard	touch	
        spent all of Saturday with her, zero work talk	time	
        twirled her round in the aisle at the supermarket	touch	
        ironed his uniform for tomorrow	service	take-a-task
        kissed him goodnight	touch	
        took over the 2am feed so she could get some proper sleep	service	let-them-sleep-in
        ran my fingers through his hair	touch	play-with-hair
        hyped her up before the gig, told her she sounds like an angel when she hits that high note	words	genuine-compliment
        held him after his nightmare	touch	long-hug
        did the big shop	service	run-an-errand
        Reminded him he's more than his grades	words	
        scraped the ice off her windscreen b4 work	service	take-a-task
        good morning beautiful text	words	good-morning-message
        thanked both my partners at dinner for how they got me through my bad week	words	
        left a note on the bathroom mirror: "ur doing amazing, mami"	words	mirror-note
        washed her car while she napped	service	take-a-task
        did her bit of the cleaning rota, she's drowning in marking	service	take-a-task
        squished his cheeks	touch	
        "you're a good man, Dev." said it randomly and he went all quiet	words	genuine-compliment
        held hands during takeoff, she hates flying	touch	
        stayed in on a Friday and just hung out w bae	time	
        rode the moto out to the rice fields to watch the sunset	time	
        made kua txob the way she likes it, extra spicy	service	cook-their-favourite
        she left a wrapped cinnamon roll on my pillow	gifts	favourite-snack
        walked the dog in the pouring rain so she didn't have to	service	take-a-task
        gave her a tin of Milo and a packet of Marie biscuits haha inside joke	gifts	inside-joke
        told her i admire how she looks after her mum	words	genuine-compliment
        told Aroha she's the strongest person I know, meant every word	words	genuine-compliment
        booked his dentist appt for him bc he kept putting it off	service	take-a-task
        went to the beach together at low tide to look in the rock pools	time	
        took him to our spot for ceviche	time	
        movie night with both of them, blanket fort and everything	time	
        she messaged my mum saying how proud she is of me and mum forwarded it to me haha	words	brag-about-them
        wrote "thank u for the coffee!!" on the whiteboard on the fridge	words	mirror-note
        brought a box of Krispy Kremes for him and his squad on the late shift	gifts	favourite-snack
        ran to the shop for her tampons, no questions asked	service	run-an-errand
        bought him a box of alfajores	gifts	favourite-snack
        we read to each other before bed	time	
        listened to her rehearse her conference talk 3 times	time	
        she told me the turbine crew is lucky to have me and honestly i needed that	words	genuine-compliment
        Played Mario Kart with him till 2am	time	play-a-game
        filled his tank on my way back so he didnt have to stop before his 5am	service	fill-their-tank
        came home early for dinner with her	time	
        she sent me a voice note just to say she misses my laugh	words	voice-note
        planted a lemon tree for our anniversary	gifts	
        rubbed his temples when he had a migraine	touch	
        played cards with her and her dad, actually fun ngl	time	play-a-game
        Reminded her she survived her first month as a grad nurse and absolutely nailed it	words	
        he wrote ILY in the flour on the bench before i came in for the 2am bake	words	mirror-note
        made sandwiches for him and the band for the tour bus	service	pack-their-lunch
        we tried the new pho place together	time	try-something-new
        drive round the Savannah with a coconut water, no rush	time	
        brought her a patty and coco bread on my way back	gifts	favourite-snack
        picked up the new book by her fav author	gifts	small-book-or-article
        he called me "the best mum these twins could ask for" at 3am while we were both feeding	words	genuine-compliment
        bought her new headphones for the bus	gifts	
        shovelled the driveway before she left for the clinic	service	take-a-task
        Kofi left me a voicemail singing happy birthday horribly off key	words	voice-note
        left a packet of lollies on his seat in the truck	gifts	favourite-snack
        long hug at the door before his shift	touch	long-hug
        went to her cousin's wedding with her even tho I knew nobody	time	
        taught her how to drive stick on a Sunday afternoon	time	
        went to the library together, she studied, I read	time	sit-near-them
        played dominoes with her on the porch	time	play-a-game
        played co-op w my gf, we're terrible but we laughed so much	time	play-a-game
        pulled her into a hug while she was washing up	touch	
        snuck a postcard in her bag	gifts	note-in-bag
        new tackle box for his bday	gifts	
        pulled the loaves out of the oven so she could sleep another 20	service	let-them-sleep-in
        he signed "proud of you" to me from across the room at the party	words	proud-of-you
        swept the shop front before she opened up	service	take-a-task
        thanked him out loud in front of his parents for everything he does round the house	words	say-thank-you-out-loud
        went to his footy match and cheered like a madwoman	time	
        drove him to the airport at 4am	service	
        she bought me the guitar strings i needed	gifts	
        picked up a bag of lychees for her	gifts	favourite-snack
        took over cooking all week since her mum moved in with us	service	take-a-task
        went to the Sunday market together	time	
        packed her hospital bag	service	take-a-task
        took him back to the hawker centre where we had our first date	time	
        got him tamales from the lady outside the station	gifts	favourite-snack
        cleaned the whole kitchen after the in-laws' visit	service	handle-the-dishes
        replaced the light bulb she's been complaining about for a week	service	take-a-task
        messaged him "proud of u for going to therapy today"	words	proud-of-you
        texted both of them in our group chat how lucky I am to have them	words	appreciation-text
        surprised her w concert tickets!!	gifts	
        prepped tomorrow's dough so he could head home early for once	service	take-a-task
        cooked pepperpot for Christmas even tho it takes me all day	service	
        cheese toastie at 3am after his shift	service	
        jigsaw puzzle all evening	time	play-a-game
        watched the cricket with him (still dont understand cricket)	time	
        told him I appreciate him doing his dad's meds every night without being asked	words	say-thank-you-out-loud
        he just held me when i cried about my dad	touch	long-hug
        sent her a good morning text b4 her 6am shift	words	good-morning-message
        stroked her arm until she dozed off	touch	
        she brought me back sand from the beach in a tiny jar	gifts	
        we just held each other for like 10 minutes	touch	long-hug
        joined him on his morning run	time	
        spent the whole call asking about her exam and not about me for once	time	ask-after-the-event
        texted "you were right" lol (big deal for me)	words	
        we signed stories to each other in bed with the lamp on	time	
        spent my day off at the shop with her so she wasn't alone behind the counter	time	sit-near-them
        texted Yusuf "shukran for today, for everything"	words	appreciation-text
        got her a warm beanie for her turbine climbs	gifts	
        hug before his dive	touch	
        held hands walking to the bus stop	touch	hold-hands-walking
        cuddled in the tent, freezing	touch	
        went fishing with him at dawn even tho I HATE mornings	time	
        renamed the wifi to "Ximena is a genius" after she fixed the router	words	genuine-compliment
        Jin-woo wrote 수고했어 on a post-it on my monitor, basically "you worked hard today"	words	mirror-note
        surprise box of kuih from the pasar malam	gifts	favourite-snack
        told Lani she's a great teacher after she vented about year 9 all evening	words	genuine-compliment
        gave him a shoutout at the staff meeting for covering my playground duty	words	brag-about-them
        lay in bed with our foreheads touching	touch	
        rubbed Vicks on his chest	touch	
        a new charm for her bracelet every month we've been together	gifts	
        grabbed her a Cadbury at the checkout	gifts	favourite-snack
        brushed her hair out after the beach	touch	play-with-hair
        texted "drive safe babe" before his long haul to Darwin	words	rain-drive-check
        made her a bracelet out of fishing line and shells	gifts	
        wrote a lil poem on the back of a receipt n slid it in her wallet	words	note-in-bag
        hyped him up about his interview ngl he deserves it more than anyone	words	
        sat with him in the station car park between shifts, only 20 mins but worth it	time	
        bought flowers for the table just cos she likes them there	gifts	pick-a-flower
        my boo sent me a whole paragraph at lunch out of nowhere, cried a little in the van	words	
        whispered "mi vida" to her when she was half asleep	words	
        she said "you're a wonderful father" while I was changing a nappy	words	genuine-compliment
        ginger tea with honey when she had a cold	service	make-their-tea
        held her as she fell asleep	touch	long-hug
        sent a care package to the base with Milo and Tim Tams	gifts	send-a-care-package
        changed the baby's nappy tho it was my turn to sleep	service	take-a-task
        drove 3 hours to catch his set in Glasgow	time	
        wrote a little haiku for her bento note	words	note-in-bag
        Kwame texted me "you looked peng today" lool	words	genuine-compliment
        he gave me a necklace with the twins' initials	gifts	
        karaoke date, we sang Celine for 2 hrs	time	
        played with her hair til she fell asleep	touch	play-with-hair
        linked arms on our walk	touch	hold-hands-walking
        she told me she believes in my PhD even when I dont	words	
        went with him to gurdwara on Sunday	time	
        filled out his mom's medical forms	service	take-a-task
        got him a kite to fly at the beach on his day off	gifts	
        gave him a back rub after his climb, his shoulders were rocks	touch	shoulder-rub
        he brought me a bag of pastelitos de guayaba on his way home	gifts	favourite-snack
        went to the night market and shared one bowl of laksa, took our time	time	
        she rested her head on my shoulder during Mass	touch	
        kissed the back of her neck	touch	
        Sam left a sticky note on the mirror saying I'd smash the interview	words	mirror-note
        told me im the best thing that ever happend to her	words	
        Priya texted 'proud of u' after my presentation	words	proud-of-you
        wrote me a little poem on the back of the shopping receipt	words	
        he said sorry properly and meant it	words	repair-attempt
        Complimented my new haircut in front of his mum	words	genuine-compliment
        voice note saying she misses me while I'm away	words	voice-note
        love letter tucked in my lunchbox	words	note-in-bag
        Gave me a pep talk before the driving test	words	
        thanked me for everything I do round the house	words	thanks-for-chore
        whispered 'you're gorgeous' at the bus stop	words	genuine-compliment
        wrote a lovely card for our anniversary	words	
        phones away dinner, just the two of us	time	phone-down
        We went for a long walk along the canal on Sunday	time	short-walk
        Watched the whole of Bake Off together on the sofa	time	watch-their-show
        took the afternoon off to spend it with me	time	
        played scrabble till 2am	time	play-a-game
        Sat and listened to me rant about work for an hour	time	ask-about-their-day
        date night at the little Turkish place	time	
        drove out to the coast just to watch the sunset together	time	
        cooked jollof rice together and talked all evening	time	
        we did the crossword together over coffee	time	play-a-game
        Came to my sister's recital with me	time	
        stayed up late chatting on the balcony	time	
        brought me home a box of Krispy Kremes	gifts	favourite-snack
        Surprised me with tulips for no reason	gifts	pick-a-flower
        bought me the book I'd been going on about	gifts	small-book-or-article
        got me a pasty from the bakery on her way back	gifts	favourite-snack
        Picked up a fridge magnet for me in Lisbon	gifts	
        gave me a mixtape / playlist she made	gifts	
        Sneaky bar of Dairy Milk left on my pillow	gifts	favourite-snack
        framed a photo of our first holiday for me	gifts	
        bought me new wooly socks cos mine had holes	gifts	
        He got me concert tickets for my birthday	gifts	
        brought back samosas from his mum's	gifts	favourite-snack
        found me a vintage record at the car boot sale	gifts	
        did the washing up without being asked	service	handle-the-dishes
        Made me a cuppa in bed	service	make-their-tea
        sorted out the car insurance renewal for us	service	take-a-task
        hoovered the whole flat while I was at work	service	take-a-task
        Ironed my shirt for the wedding	service	take-a-task
        fixed the leaky tap in the bathroom	service	
        walked the dog in the rain so I didn't have to	service	take-a-task
        packed my lunch for tomorrow	service	pack-their-lunch
        Filled up my car with petrol	service	fill-their-tank
        Scraped the ice off my windscreen before I left	service	take-a-task
        booked my dentist appointment for me cause I kept forgetting	service	take-a-task
        gave me a foot rub after my shift	touch	foot-rub
        Long hug when I got home	touch	welcome-home-hug
        held my hand the whole flight	touch	
        played with my hair till I fell asleep	touch	play-with-hair
        kissed my forehead on her way out	touch	goodbye-kiss
        Back massage with the nice oil	touch	shoulder-rub
        snuggled up under the duvet on a cold morning	touch	
        put her arm round me at the funeral	touch	
        spooned me all night	touch	
        gave my shoulders a squeeze while I was working	touch	
        told Ffion her cawl was better than her mam's, don't tell her mam	words	genuine-compliment
        texted him "proud of you" right before his viva	words	proud-of-you
        she left a note on the mirror saying I'm doing great	words	mirror-note
        wrote Tane a card in te reo, prob got the grammar wrong lol	words	
        told Ellie the twins are so lucky to have her as their mum	words	genuine-compliment
        said thank you to Kavya for carrying the whole week	words	say-thank-you-out-loud
        he called me his favourite person in front of his dad 🥹	words	brag-about-them
        voice note to Jomo: you did so well today, I see you	words	voice-note
        complimented her new haircut b4 she even asked	words	genuine-compliment
        Told Dafydd I'm proud of him for getting the shearing done, tidy job cariad	words	proud-of-you
        sticky note on the kettle: "you're brilliant x"	words	mirror-note
        sent Ngozi a long msg about all the reasons I love her	words	why-i-love-you
        reminded him he's a good dad even when the twins won't settle	words	genuine-compliment
        told her she looked lush today and I meant it	words	genuine-compliment
        wrote Mariana a poem in Portuguese, very badly	words	
        she told me my mix sounded class tonight 🎧	words	genuine-compliment
        Kasia said she's proud of how I handled my mother at Wigilia	words	proud-of-you
        thanked Aino out loud for keeping us going this dark winter	words	say-thank-you-out-loud
        told Shanice seh she a di bes ting weh eva happen to me	words	
        texted Linh "ur doing amazing sweetie" halfway thru her shift	words	
        bragged on Jolene to the whole church potluck, she turned red as a beet	words	brag-about-them
        told Morag she's a gem and I dinnae say it enough	words	genuine-compliment
        wrote "habibi you're my home" on the back of the receipt	words	
        told Yiannis his speech at his pappou's memorial was perfect	words	genuine-compliment
        praised her lesson plan even tho I understood half of it	words	genuine-compliment
        he told me I'm still the prettiest girl at the dance. he's 81	words	genuine-compliment
        told Harold what a wonderful husband he's been, he smiled like he remembered	words	genuine-compliment
        messaged Rhys from the ferry: miss you, you're doing grand, proud of you	words	proud-of-you
        encouraging text to Priya before her night shift	words	
        told them their paintings deserve to be in a gallery	words	genuine-compliment
        wrote "I believe in you" on a napkin for Chidi before his interview	words	
        she said "obrigada, meu amor" for nothing in particular and it made my whole day	words	
        told Tomasz I really admire how patient he is with his dad	words	genuine-compliment
        gm text to Sami ❤️❤️❤️	words	good-morning-message
        said you're beautiful. that's it. that's the log	words	genuine-compliment
        she whispered "you're a good man" to me after the funeral	words	genuine-compliment
        told Aroha I'm so proud of her for finishing her thesis chapter	words	proud-of-you
        left a voice memo on his phone saying I fancy him rotten	words	voice-note
        wrote a list of 10 things I love about Kieran and stuck it on the fridge	words	why-i-love-you
        called her my rock in my speech at the twins' christening	words	brag-about-them
        thanked him for being so patient with me this exam season, I've been a nightmare	words	
        affirmations on the whiteboard for Bao	words	mirror-note
        told Nneka she killed that presentation, no cap	words	genuine-compliment
        texted Devon "yuh a di realest" on his break	words	genuine-compliment
        She said my bread was the best she'd ever had, even tho it came out flat	words	genuine-compliment
        complimented his singing in the car	words	genuine-compliment
        told him i love him before he went up the fell in the fog	words	
        wrote Elena a letter to read when she lands in Melbourne	words	
        told Sofia the nursery looks perfect, she'd been stressing for weeks	words	genuine-compliment
        reassured Jin she's not a bad mum for needing a break	words	
        msgd my gf "u got this" before her finals 📚	words	
        told Efstathia her yiayia would've been so proud of her	words	
        he wrote "proud of u" in the frost on my car window	words	proud-of-you
        told her she's the funniest person I know	words	genuine-compliment
        read my wedding vows to her again on our 40th	words	
        told Hemi what a wonderful koro he is, watching him with the mokopuna	words	genuine-compliment
        texted Marta from the ferry that I think of her every sunset	words	
        said out loud how hard Tayo works, he needed to hear it	words	notice-hard-work
        wrote ur amazing in lipstick on the bathroom mirror	words	mirror-note
        she told her sister she's proud to be married to a shepherd 🐑	words	brag-about-them
        told Kai the setlist he built was genius	words	genuine-compliment
        complimented her driving on the mountain road lol	words	genuine-compliment
        "thinking of u, ur doing so good" text at 3am on her shift	words	
        told Rosa she's stronger than she thinks	words	genuine-compliment
        said "I like who I am with you" and he teared up	words	
        pep talk for Thandiwe in the car before her driving test	words	
        told him the beard suits him, finally	words	genuine-compliment
        wrote a soppy caption about Nia on insta	words	brag-about-them
        he told the nurses I'm the love of his life, even tho he didn't know my name today	words	brag-about-them
        whispered "mahal kita, you're enough" to Marlon before bed	words	
        told Ikenna say him try well well, I proud of am die	words	proud-of-you
        told Bronwyn I love the way she laughs at her own jokes	words	why-i-love-you
        walked the dog along Barry Island together, phones in pockets	time	short-walk
        watched the sunset at Piha with Wiremu	time	
        sat with Len at the home and did his jigsaw with him for an hour	time	play-a-game
        had filter coffee and talked till 2am with Arjun	time	
        karaoke night just us two, Magic Sing blasting, neighbours sorry	time	
        movie night w Bisi, no phones allowed	time	
        long video call with Piotr across timezones, fell asleep on it	time	
        sauna together and just talked for ages	time	
        dominoes with Marcus on the veranda, whole evening	time	play-a-game
        cooked pho together on Sunday, took 6 hours and worth it	time	
        sat on the porch and listened to the whippoorwills with Earl	time	
        went for a wee daunder round Kelvingrove wi Siobhan	time	short-walk
        Sunday manoushe and coffee on the balcony, just us two	time	morning-coffee-together
        took Nick to the footy and actually watched it with him	time	
        shared a cuppa on the ferry deck during changeover	time	
        both on nights so we took our break together in the canteen, 20 mins but ours	time	
        went up to check the ewes together, just talking the whole way	time	
        soundcheck done, sat on the empty stage with Jess for an hour	time	
        no marking tonight, played scrabble with Owen instead	time	play-a-game
        study date on FaceTime, both silent for 3 hrs lol	time	
        twins asleep, ate dinner at the actual table like adults for once	time	
        board games w my gf instead of going out	time	play-a-game
        lazy breakfast in bed together, no rush	time	
        took Hinemoa back to the beach where we first met	time	
        wandered the farmers market with Lakshmi, bought nothing	time	
        watched his fav anime with him even tho i dont get it	time	watch-their-show
        night drive round Lekki with afrobeats, just gisting	time	
        feira then açaí on the beach with Thiago, whole Sunday	time	
        went mushroom picking with Bartek, 4 hrs in the forest	time	
        lake swim then coffee on the jetty with Eero	time	
        listened to old Studio One records with Junior all evening	time	
        cooked bánh xèo side by side with Khoa using his mom's recipe	time	
        went to the county fair with Darla, ate funnel cake on the hay bales	time	
        chips at the shore with Callum, watched the rain come in	time	
        backgammon on the balcony with Georges	time	play-a-game
        coffee with Eleni at the bakery after church, same table every week	time	
        phone-free dinner w Jamie	time	phone-down
        puzzle night 🧩	time	play-a-game
        stargazing in the Bannau Brycheiniog with Cerys	time	
        joined her on her evening walk even tho it was bucketing down	time	short-walk
        picnic at the park on my day off w Tolu	time	
        sat on the edge of the bath and chatted while she soaked	time	
        read our books side by side on the sofa all afternoon	time	
        rewatched our first date film	time	
        drove Arthur past the house he grew up in, he told me stories the whole way	time	
        spent his whole layover with Reuben at the airport café	time	
        sat in the car outside her hostel for an hour talking before I drove back	time	
        skipped the tour afterparty to walk round the city with her	time	short-walk
        fishing off the wharf with Tama all morning	time	
        taught him to make dosa, flour everywhere, laughed so much	time	
        Sunday mass then merienda with Jun, spent my whole day off with him	time	
        cleared the diary for a proper date with Adaeze	time	
        morning coffee together before the twins woke, 15 golden mins	time	morning-coffee-together
        evening on the verandah with Jimmy, rain on the tin roof	time	
        walked the duckboards with Aila under the midnight sun	time	short-walk
        kayaking with Kezia	time	
        uno with Marisol til 1am	time	play-a-game
        wandered round the Barras wi Gordon on Sunday	time	
        took a whole day off just to be with her	time	
        ran a 5k together, chatted the whole way	time	
        crossword with Glyn every morning over tea	time	play-a-game
        picked up the phone at 3am my time so we could talk before his exam	time	
        stayed up to watch the meteor shower with Hana	time	
        built a blanket fort for the twins then me n Leila stayed in it after they went down	time	
        played FIFA with him for hours, I hate FIFA	time	play-a-game
        museum date with Alexis	time	
        watched the lambs in the top field with Gethin after lambing	time	
        night market with Vy, split everything	time	
        drove to his yiayia's village with Kostas just to sit by the sea	time	
        bought Mali a pounamu pendant	gifts	
        brought him back a Tunnock's teacake from the garage	gifts	favourite-snack
        got her jasmine flowers for her hair from the temple stall	gifts	pick-a-flower
        surprised Jonas with pandesal and a bag of chicharon	gifts	favourite-snack
        picked up puff-puff for Funke on the way home	gifts	favourite-snack
        she bought me a new capo cause mine snapped	gifts	
        gave Wojtek a jar of my babcia's pickled mushrooms, wrapped with a ribbon	gifts	
        brought Aino salmiakki from the duty free	gifts	favourite-snack
        got Shanice a bottle of her fav rum cream	gifts	
        new phin coffee filter for Minh bc his broke	gifts	
        mason jar of wildflowers for Lorene	gifts	pick-a-flower
        got Ailsa a wee bunch of daffs fae the Co-op	gifts	pick-a-flower
        got Rami a box of maamoul from that place in Bankstown	gifts	favourite-snack
        got Dimitri a komboloi from the market	gifts	
        daffodils 🌼	gifts	pick-a-flower
        he brought me back a shell from Rhossili	gifts	
        made him a mixtape. a real cassette	gifts	
        surprise flowers for no reason	gifts	pick-a-flower
        ordered her fav book off Vinted	gifts	small-book-or-article
        he got me a tiny plush sheep from the agricultural show	gifts	
        found a lucky stone for Lorna on the beach and gave it to her	gifts	
        brought home ube ensaymada for Carlo	gifts	favourite-snack
        bought Selvi a new silk saree for Pongal	gifts	
        got Emeka a new agbada for his cousin's wedding	gifts	
        gave her chocolates from the hospital vending machine at 4am lol	gifts	favourite-snack
        bought Lucas brigadeiros from the lady at the corner	gifts	favourite-snack
        got matching keyrings for me and my girlfriend	gifts	
        posted a care package to Ella's uni, snacks and socks and a photo of us	gifts	send-a-care-package
        bought Maja tulips from the stall by the tram stop	gifts	pick-a-flower
        picked up a vinyl for Dev, his fav band	gifts	
        surprised him with new work gloves for the lambing	gifts	
        got Bethan a lovespoon, cheesy I know	gifts	
        he brought me a moon pie and a coke from the gas station	gifts	favourite-snack
        wrapped a new scarf for Iain	gifts	
        bought a little bao plushie for Tuyết	gifts	
        Rosie left a mango on my pillow, first one of the season!	gifts	favourite-snack
        new ukulele strings for Manaia	gifts	
        she gave me a framed photo of our first gig	gifts	
        brought back a fridge magnet from every port for her	gifts	
        gave Sean a phone case with the twins' faces on it	gifts	
        surprise Kinder Bueno in her bag	gifts	favourite-snack
        got him cologne for our 5th	gifts	
        sent flowers to her staffroom on results day	gifts	pick-a-flower
        bought Ola a box of pączki on Fat Thursday	gifts	favourite-snack
        gave Rangi a kete I wove myself	gifts	
        bought her new headphones for the tour bus	gifts	
        found a first edition of his fav novel at a charity shop	gifts	small-book-or-article
        sent a bouquet to Meera's hostel for her bday	gifts	pick-a-flower
        bought suya for Kelechi on my way home, extra pepper	gifts	favourite-snack
        got Renata a handmade ceramic mug at the feira	gifts	
        bought Oli a new thermos for the night shifts	gifts	
        she got me Reese's just because	gifts	favourite-snack
        picked a sprig of heather for Fiona on the way down the hill	gifts	pick-a-flower
        ordered mangoes from Salem for Senthil's birthday, cost a fortune	gifts	
        bought him a new pocket knife	gifts	
        tiny bunch of sweet peas from the garden for Harriet's bedside	gifts	pick-a-flower
        got Patricia her fav lippie	gifts	
        brought Ethan pastéis de nata	gifts	favourite-snack
        gave Sina a necklace with our initials	gifts	
        bought Juha a new fishing lure	gifts	
        surprised Jada with concert tix!!	gifts	
        got Nikos a tin of koulourakia from his mum's fav bakery	gifts	favourite-snack
        gave her a plant cos she kills them but she loves them	gifts	
        bought her a tiny lighthouse from the ferry gift shop	gifts	
        bought Huw a new crook for the sheepdog trials	gifts	
        he got me a single red rose, wrapped in newspaper	gifts	pick-a-flower
        bought Anh a bánh mì on my way to pick her up	gifts	favourite-snack
        socks with cats on them, just because	gifts	
        bought Chiamaka a nice pen for her exams	gifts	
        gave Lindiwe a bracelet I made	gifts	
        got Dan a signed setlist from the band	gifts	
        twin mum survival kit for Caoimhe: dry shampoo, choc and fancy coffee	gifts	
        did the 3am feed for both twins so Ellie could sleep	service	let-them-sleep-in
        fixed the dripping tap in the bathroom for Aroha	service	take-a-task
        ironed Kunle's shirts for the whole week	service	take-a-task
        cleared out the gutters so Owain didn't have to go up the ladder	service	take-a-task
        packed Rohan's tiffin before his shift	service	pack-their-lunch
        washed her car while she was at the shop	service	take-a-task
        he sorted the bins out for collection day	service	
        scraped the ice off Agnieszka's windscreen	service	take-a-task
        took Leon's bins out, he's on nights	service	take-a-task
        chopped firewood for the sauna so Veikko didn't have to	service	take-a-task
        did the laundry n folded it	service	
        cooked ackee and saltfish for Marcia fi when she come off shift	service	take-a-task
        made Bảo's lunch for his exam	service	pack-their-lunch
        changed the oil in Wayne's truck	service	take-a-task
        hoovered the whole flat before Kirsty got home	service	take-a-task
        did the nursery run all week so Youssef could sleep	service	let-them-sleep-in
        sorted out all the paperwork for Nadia's visa	service	take-a-task
        Yiannis took the bins out AND cleaned them	service	
        made jollof for Femi's late-night study session	service	take-a-task
        dishes	service	handle-the-dishes
        unloaded the dishwasher before he woke up	service	handle-the-dishes
        walked the dogs in the rain so she didn't have to	service	take-a-task
        put the twins down for a nap so he could have a shower	service	take-a-task
        she over-under coiled all my XLRs on the load out ❤	service	take-a-task
        laid out Bert's clothes in order so he could dress himself	service	take-a-task
        sorted Catrin's essays into piles so she could mark faster	service	take-a-task
        made her sandwiches for the ferry crossing	service	pack-their-lunch
        dug the car out of the snow for Jorma	service	take-a-task
        helped him check the ewes for foot rot at 5am	service	
        filled her hot water bottle before she got home	service	
        ran all Tiago's errands while he was sick	service	run-an-errand
        paid the bills so Lowri didn't have to think about it	service	take-a-task
        sterilised all 14 bottles before bed	service	
        mended Rangi's work jacket	service	take-a-task
        fixed the wifi for Dao	service	take-a-task
        cleaned the oven, you're welcome Sofia	service	take-a-task
        booked all his doctor appointments and wrote them on the calendar	service	take-a-task
        rewrote her CV for her	service	take-a-task
        fixed the fence so the sheep stay put	service	
        did the groceries n put everything away	service	
        made the bed fresh before she got home from nights	service	make-the-bed
        picked Uchenna up from the airport at 5am	service	
        made breakfast for Mateus before his early shift	service	take-a-task
        walked across town to fetch her forgotten charger	service	run-an-errand
        wiped down the kitchen after his mess lol	service	take-a-task
        set up the cots for the twins while Gwen napped	service	take-a-task
        cleared the snow off the porch steps so Delbert don't slip	service	take-a-task
        took her phone in for repair	service	run-an-errand
        sorted the recycling and took the glass to the bottle bank	service	
        pressed his suit for the interview	service	take-a-task
        printed her lesson plans at work for her	service	take-a-task
        she did my taxes bless her	service	take-a-task
        fixed the loose stair	service	
        changed the bed sheets	service	make-the-bed
        swapped rotations so Stuart could be home for his mam's birthday	service	
        packed her lunch for the 12-hr shift	service	pack-their-lunch
        ran to the pharmacy for her meds at midnight	service	run-an-errand
        batch cooked a week of meals for Ilona before her exams	service	take-a-task
        got the car MOT'd for him	service	take-a-task
        put the IKEA wardrobe together by myself	service	
        cleaned up after the twins' dinner explosion	service	
        filled up his tank so he doesn't have to stop on the way to work	service	fill-their-tank
        stripped the cot sheets at 2am after the twins were sick so Paulo could sleep	service	let-them-sleep-in
        made Kaveh's coffee and left it on the counter	service	make-their-coffee
        made him tea	service	make-their-tea
        ironed her uniform	service	take-a-task
        fed the dogs and the chickens so Lenny could have a lie-in	service	let-them-sleep-in
        mi wash an iron Dwayne work clothes dem	service	take-a-task
        hugged Ifan for ages in the car park	touch	long-hug
        hongi with Mere at the airport, held it a long time	touch	
        held Murugan's hand through the whole film	touch	
        she gave me a back massage after my double	touch	shoulder-rub
        cuddled on the couch with Chioma	touch	couch-cuddle
        spooned till we fell asleep	touch	
        rubbed Paulina's feet after her 12 hr shift	touch	foot-rub
        long hug when he got home off the boat	touch	welcome-home-hug
        gave Tuan a shoulder rub while he studied	touch	shoulder-rub
        held Earl's hand on the porch swing	touch	
        big coorie on the sofa wi Shona under the duvet	touch	couch-cuddle
        kissed Nadim on the forehead on the way out	touch	goodbye-kiss
        massaged Eleni's neck after the long flight	touch	shoulder-rub
        hug 🫂	touch	
        held hands walking thru the supermarket	touch	hold-hands-walking
        gave him a scalp massage with coconut oil	touch	
        she fell asleep on my shoulder on the tour bus	touch	
        rubbed Mfon's back when the cramps came	touch	shoulder-rub
        foot rub while we watched telly	touch	foot-rub
        held Selvi's hand during the scan	touch	
        kissed Rafa in the rain at the bus stop	touch	
        long cuddle with Kamila before she left for the airport	touch	long-hug
        held his hand on the plane during takeoff	touch	
        hugged Nat from behind while she was cooking	touch	
        stroked Albert's hand while he dozed, he squeezed back	touch	
        slow danced in the kitchen to lovers rock with Delroy	touch	
        kissed the top of her head while she marked papers	touch	
        she wrapped her arms round me the whole ride on the scooter	touch	
        hand on his knee during the drive	touch	
        warmed Sini's cold hands in mine	touch	
        rubbed her shoulders during exam marking	touch	shoulder-rub
        lay on Tom's chest and listened to his heartbeat	touch	
        hugged her really tight after the bad news	touch	long-hug
        she rubbed my feet after the gig, bless	touch	foot-rub
        held Gwen's hand and stroked her arm while she watched the birds	touch	
        kissed him at the ferry terminal	touch	
        she held me when I cried about Dad	touch	long-hug
        cuddles in bed before the twins woke	touch	
        arm around Keira at the bonfire	touch	
        head massage after his long shift	touch	
        big bear hug from Chuka	touch	long-hug
        snuggled up under the blanket on the porch	touch	
        kissed her hand like a gentleman lol	touch	
        linked arms on the walk home from the pub	touch	hold-hands-walking
        played footsie under the table at his mum's	touch	
        gave Bernardo a long kiss goodbye	touch	goodbye-kiss
        rubbed lotion into his cracked hands after lambing	touch	
        held each other in the staff room between rounds	touch	long-hug
        leaned on him through the whole fireworks	touch	
        massaged her calves after the marathon	touch	
        cuddled till the alarm went	touch	
        hugged Sione from behind at the sink	touch	
        held his hand through the whole thunderstorm	touch	
        kissed Marek on the cheek in front of his mates	touch	
        she traced circles on my back til I fell asleep	touch	
        hugged Paora for a full minute when he got off the boat	touch	welcome-home-hug
        squeezed Anjali's hand under the table at the wedding	touch	
        cuddled Javi on the sofa with a twin asleep on each of us	touch	couch-cuddle
        forehead kisses before her night shift	touch	goodbye-kiss
        she held my hand when I rang the clinic	touch	
        held hands the whole long drive home	touch	
        gave Dex a proper smooch in the van before he left for tour	touch	goodbye-kiss
        cwtch with Lowri before work, best bit of the day	touch	
        gone hiking up Pen y Fan with Rhodri, sandwiches at the top, whole day just us	time	
        sat with Rosa on the hospital bench after her shift and let her vent for an hour	time	ask-about-their-day
        bear hug from Wade, lifted me clean off the ground	touch	long-hug
        tucked my cold feet against Ana's legs and she let me, true love	touch	
        told Wanjiru her presentation slides were the best in the whole office	words	genuine-compliment
        left a note on the fridge: proud of you, mi amor	words	mirror-note
        Joon texted me "ur my favourite person" during his lunch break	words	
        thanked Siobhán for putting up with my snoring and actually meant it	words	
        wrote Kwame a card saying how much I admire his patience with his dad	words	genuine-compliment
        told him he looked class in the new jumper	words	genuine-compliment
        complimented her hair	words	genuine-compliment
        Anouk said I'm a brilliant mum in front of her parents 🥹	words	brag-about-them
        wrote "you got this" on a sticky note in his lunchbox	words	note-in-bag
        texted her before the defence, told her she's smarter than the whole committee	words	genuine-compliment
        Valentina me dijo que soy su lugar seguro. cried a bit ngl	words	
        told Ewan I love how gentle he is wi the dogs	words	genuine-compliment
        said sorry first after the row and told him he matters more than being right	words	repair-attempt
        Rahim wrote me a poem in Bangla, badly rhymed, perfect	words	
        voice note telling Oksana she's the bravest woman I know	words	voice-note
        told him he's a great dad while he was changing the nappy	words	genuine-compliment
        "ur gorgeous" text at 6am before my shift	words	good-morning-message
        Mireille m'a dit que j'étais beau, just randomly at supper	words	genuine-compliment
        bragged about Keisha to the whole maxi taxi lol	words	brag-about-them
        praised his brisket loud at the truck window so the customers heard	words	brag-about-them
        told Hiroshi his Portuguese is getting really good	words	genuine-compliment
        voicemail telling my wife I miss her laugh - day 94 of deployment	words	voice-note
        told her I believe in her when she was doubting the new job	words	
        he thanked me for dinner in front of his mates	words	thanks-for-chore
        wrote "still my first mate after 41 years" in his birthday card	words	
        told Tama he did a mint job with calving this season	words	genuine-compliment
        complimented her driving on the motorway, she was chuffed	words	genuine-compliment
        dotted out "love u" in braille with the slate and left it on her pillow	words	mirror-note
        he told me I make the flat feel like home	words	
        told Priya her chai is better than her mum's (don't tell her mum)	words	genuine-compliment
        apologised properly. no "but".	words	repair-attempt
        wrote 3 things I love about him on the bathroom mirror in whiteboard marker	words	mirror-note
        told Tomás he's handsome as hell in his uniform	words	genuine-compliment
        told my wife she's beautiful at breakfast, 52 years on and she still blushes	words	genuine-compliment
        Bogdan said he's proud of me for finishing physio	words	proud-of-you
        said "you were right" out loud. first time this year 😂	words	
        told Ama she held the whole family together this week and I see it	words	notice-hard-work
        texted "drive safe ur the best" before her 12hr uber shift	words	
        told him one reviewer doesnt define him after the paper got rejected	words	
        sent Sakura a long message about why I married her	words	why-i-love-you
        told him the beard suits him	words	genuine-compliment
        Lotte told me I'm funny. she never says that	words	genuine-compliment
        hyped up his outfit before the interview	words	genuine-compliment
        yelled I LOVE YOU across the yard while he was on the tractor	words	
        thanked her for holding the fort while I was on the 48hr shift	words	thanks-for-chore
        told Kofi his hard work doesn't go unnoticed	words	notice-hard-work
        wrote him a little letter to find in his deployment bag	words	note-in-bag
        told my bf I'm proud of him for going to therapy	words	proud-of-you
        she said my cooking is "restaurant level" lol	words	genuine-compliment
        posted a big shoutout for her bakery on my stories, told everyone she's a genius	words	brag-about-them
        told Fionnuala she sings like an angel at mass	words	genuine-compliment
        pep talk in the car park before his exam	words	
        wrote her 20 reasons I love you for our 20th	words	why-i-love-you
        he said "you make the hard days easier"	words	
        complimented his parallel parking 😂	words	genuine-compliment
        told Daria she's not a burden, never was, never will be	words	
        post-it on the steering wheel: proud of u	words	mirror-note
        told Jae-won his umma would be so proud of him	words	
        Camila told me she admires how I treat my mom	words	genuine-compliment
        told her she's the best decision I ever made	words	
        named out loud all the invisible stuff he does around the house and thanked him	words	thanks-for-chore
        texted "u killed it today" after her first shift as crew captain	words	celebrate-small-win
        wrote a soppy message in his Father's Day card, from me not the kids	words	
        told her the way she handles the broken lift and the stairs every day is the strongest thing I've seen	words	genuine-compliment
        ben told me i look cute in my glasses	words	genuine-compliment
        Thanked Aroha for being so patient with me this week	words	
        "mi reina" good morning text	words	good-morning-message
        told him I'd choose him again every single time	words	
        gave a lil speech about her at the nyama choma, she was so shy	words	brag-about-them
        good morning handsome 😘 text	words	good-morning-message
        after the shouting match I wrote her a note explaining what I actually meant	words	repair-attempt
        called him my hero in front of the whole crew at the station bbq	words	brag-about-them
        watched the sunset off the back of the ute with Hemi	time	
        phones-off dinner, just us	time	phone-down
        long walk along the Liffey with Niamh	time	short-walk
        Saturday market date with Efua	time	
        binged the whole kdrama together in one weekend	time	
        took her up to the mirador in Valpo where we first kissed	time	
        sat on the porch with him and listened to the cattle settle	time	
        played cribbage with my wife all afternoon, she won again	time	play-a-game
        stayed on video call till he fell asleep, 3am his time	time	goodnight-call
        cooked together, badly, laughed a lot	time	
        watched the match with him even tho I hate football	time	
        picnic by the canal with Joost	time	
        took Mariana to the tianguis just to wander around	time	
        jigsaw night ✨	time	play-a-game
        walked the dog together instead of taking turns	time	short-walk
        coffee on the balcony together before the kids woke	time	morning-coffee-together
        listened to his whole story about the engine without touching my phone	time	phone-down
        lay out on the croft looking at the stars, no lights for miles	time	
        sat on the beach with Leila describing the waves and the boats, hours just went	time	
        liming by the beach with Darnell, no phones just vibes	time	
        took a day off work to spend her birthday with her	time	
        breakfast date at the diner off the highway	time	
        museum day, we read every single plaque	time	
        sat with him in the hospital all night	time	
        crossword in bed together	time	play-a-game
        drove 3 hrs to see her on my one day off	time	
        read a chapter aloud to each other before bed	time	
        went fishing with him at dawn, caught nothing, best morning	time	
        chai and a proper catch up after the kids went down	time	
        went to the fonda with Rodrigo for Dieciocho	time	
        showed her round my hometown	time	
        watched anime with Kenji after his shift, his pick	time	watch-their-show
        took Olena to the opera, her first since leaving Kyiv	time	
        noraebang with Min-ji till 2am	time	
        went with him to visit his grandma	time	
        slow saturday doing absolutely nothing together 🛋️	time	
        played FIFA with him, lost 6-0	time	play-a-game
        took the dinghy out round the harbour, just the two of us like old times	time	
        quiet night in after the big fight, just talked it out for hours	time	
        salsa night out	time	
        cabane à sucre avec Gabrielle	time	
        ice fishing with Étienne, thermos and silence	time	
        skipped the gym to hang w her	time	
        FaceTime dinner with my husband overseas, we ate "together"	time	
        rode shotgun for his whole DoorDash shift just to hang out	time	sit-near-them
        cinema, she picked the film	time	
        pub quiz with Declan, came 4th	time	
        baked bread together on sunday	time	
        date night at the new Ethiopian place	time	try-something-new
        hiked Ngong Hills with Otieno	time	
        long drive to the coast, windows down	time	
        kept our weekly date night even tho we were both knackered	time	
        went to Carnival fete together and stayed till sunrise	time	
        sat in the truck between lunch and dinner rush just watching the rain together	time	
        church then brunch, our sunday thing	time	
        kept him company in the lab while his experiment ran overnight	time	sit-near-them
        study date at the library, just being near each other	time	sit-near-them
        botanical gardens with Tanvir	time	
        ramen date w Yuki	time	
        stayed up watching the Olympics all night together	time	
        ate lunch on a bench with him at his work	time	
        paddled the kayak together round the bay	time	
        surprise day trip to the Cliffs of Moher	time	
        went to the rodeo with Cody	time	
        sat on the dock together in silence, nice	time	
        LOTR extended marathon 🧙	time	
        asked about her day and actually listened for a whole hour	time	ask-about-their-day
        bought Akosua a kente stole from the market	gifts	
        got him his fav chocolate	gifts	favourite-snack
        servo flowers for her lol still counts	gifts	pick-a-flower
        surprise new headphones for his gym sessions	gifts	
        Saoirse knitted me socks 🧦	gifts	
        bought him a good pair of hoof nippers for his birthday	gifts	
        got him a bag of Korean snacks from H Mart	gifts	favourite-snack
        concert tickets for her bday	gifts	
        brought her back a fridge magnet from drill weekend	gifts	
        framed our first photo together and gave it to him	gifts	
        new mug with his face on it 😂	gifts	
        she surprised me with a Kindle	gifts	
        picked wildflowers along the fence line for her	gifts	pick-a-flower
        bought her a box of Tunnock's teacakes	gifts	favourite-snack
        found Andriy a vyshyvanka in his size, finally	gifts	
        surprised him with the vinyl he's been hunting for	gifts	
        gave her a shell I found on the beach	gifts	
        had a dozen roses delivered to her lab	gifts	pick-a-flower
        bought Pedro a new hat, the old one's got holes	gifts	
        she got me a talking watch 🥲	gifts	
        brought him back his fav bao after class	gifts	favourite-snack
        got her a new phone case, hers was cracked to bits	gifts	
        bought a plant for our new flat, she named it Gerald	gifts	
        little tin of stroopwafels for Daan	gifts	favourite-snack
        brought her back doubles from the stand	gifts	favourite-snack
        new charm for her bracelet	gifts	
        got him a new fishing reel	gifts	
        got her a bag of sugarcane from the roadside stall	gifts	favourite-snack
        new beanie for him, the station's freezing	gifts	
        made her a bookmark with pressed flowers	gifts	
        brought her a keychain back from Osaka	gifts	
        bottle of Jameson for his birthday	gifts	
        he brought me a mango from the market	gifts	favourite-snack
        picked up her fav mazapanes at the tienda	gifts	favourite-snack
        made her a playlist for her long drives	gifts	
        surprised him w a new bike helmet	gifts	
        bought her the perfume she keeps sniffing in the shop	gifts	
        found him an old brass compass at the flea market	gifts	
        tulips from the Albert Cuyp for her	gifts	pick-a-flower
        care package to his base: beef jerky, socks, letters, his fav gum	gifts	send-a-care-package
        bought Ivy a kombucha	gifts	their-usual-order
        he gave me a tiny clay elephant he made himself	gifts	
        birthday cake from his favourite bakery	gifts	
        bought her a new sari for Pohela Boishakh	gifts	
        gift card for her nails 💅	gifts	
        surprise box of maple candy for Guillaume	gifts	favourite-snack
        brought her a pebble home from the beach at Uig	gifts	
        leather wallet with our initials for him	gifts	
        got her purple wheelchair gloves, the exact ones she wanted	gifts	
        little bag of mandarins for him	gifts	favourite-snack
        bought gf a book she mentioned ONCE months ago	gifts	small-book-or-article
        pounamu pendant for him	gifts	
        she gave me a polaroid of us at the beach	gifts	
        got him socks with tacos on them	gifts	
        sunflowers for Chioma	gifts	pick-a-flower
        new boots for his birthday	gifts	
        she brought me a Colo-Colo jersey back from Santiago	gifts	
        bought her the lego flowers set	gifts	
        matching keyrings for our new keys 🔑	gifts	
        bag of pan dulce for him	gifts	favourite-snack
        got Aiko a sakura candle	gifts	
        left a chocolate bar on her pillow	gifts	favourite-snack
        pocket knife engraved with the ranch brand for him	gifts	
        gave her my grandma's brooch	gifts	
        tickets to the Dutch GP as a surprise	gifts	
        cleared the gutters for him	service	take-a-task
        did the dishes before she got home	service	handle-the-dishes
        packed his lunch for the night shift	service	pack-their-lunch
        he finally fixed the squeaky door	service	
        took the bins out without being asked	service	take-a-task
        fixed the fence on the north paddock so she didn't have to	service	take-a-task
        did ALL the laundry incl folding	service	
        picked up his prescriptions	service	run-an-errand
        cooked ugali and sukuma for her cos she was exhausted	service	take-a-task
        changed the oil in her car	service	take-a-task
        filled her tank before her early shift	service	fill-their-tank
        dealt with the landlord call so she didn't have to	service	take-a-task
        walked the dog in the rain so he could sleep in	service	let-them-sleep-in
        fed the calves at 5am so she could have a lie in	service	let-them-sleep-in
        built the ikea bed by myself while he was at work	service	
        did his taxes	service	take-a-task
        pelleté l'entrée avant que Mathieu se réveille	service	take-a-task
        made her tea and toast when she had the flu	service	make-their-tea
        proofread her thesis chapter	service	take-a-task
        moved everything in the kitchen down low so she can reach it from her chair	service	take-a-task
        labelled the spice jars in braille for him	service	take-a-task
        prepped all the veg for the truck so he could nap	service	let-them-sleep-in
        he cleaned the fryer for me after close 😭	service	take-a-task
        patched the dinghy sail for her	service	take-a-task
        set up the baby monitor	service	
        took the kids to school so she could rest	service	take-a-task
        cooked a big pot of jollof for the week	service	
        booked his dentist appt	service	take-a-task
        did the grocery run	service	run-an-errand
        unpacked every box in the kitchen (just moved in!!)	service	
        vacuumed the car	service	
        fixed her bike chain	service	take-a-task
        hung the curtains in the new place	service	
        shined his boots for the parade	service	take-a-task
        sorted all his post-deployment paperwork	service	take-a-task
        helped her make tamales for her family's posada	service	
        did the school run all week	service	take-a-task
        cleaned up after her cooking	service	handle-the-dishes
        installed grab rails in the bathroom for him	service	take-a-task
        washed the car	service	
        cooked dal and bhaat for him after his double shift	service	take-a-task
        dropped her parcel at the post office	service	run-an-errand
        gave the cat its meds so he didn't have to	service	take-a-task
        did the midnight feed	service	take-a-task
        made her packed lunch	service	pack-their-lunch
        replaced the smoke alarm batteries	service	
        swept the chimney before winter	service	
        got the wifi working for her	service	take-a-task
        organised his tools in the shed	service	take-a-task
        chilaquiles in bed for her	service	
        cleaned the griddle while she counted the till	service	
        took her car in for its WOF	service	take-a-task
        rewired the lamp in the lounge	service	
        went through the bank letters with him and sorted the bills	service	
        waited in line at the DMV for her	service	run-an-errand
        unblocked the kitchen sink	service	
        washed his turnout gear	service	take-a-task
        did the dishes after the big fight, kinda an olive branch	service	handle-the-dishes
        made kimchi jjigae when he was sick	service	take-a-task
        watered her plants while she was away	service	take-a-task
        sorted out her phone contract	service	take-a-task
        chopped firewood for the week	service	
        renewed our car insurance	service	
        he picked me up from the station at midnight	service	
        long hug at the door	touch	welcome-home-hug
        he rubbed my feet after my shift	touch	foot-rub
        back massage for her	touch	shoulder-rub
        kissed his forehead while he slept	touch	
        morning spoons	touch	
        shoulder rub after the long drive	touch	shoulder-rub
        hugged Kwabena from behind while he was cooking	touch	
        rubbed his back after the nightmare	touch	
        let her warm her ice cold feet on me	touch	
        held her hand under the table at his family dinner	touch	
        kissed her goodbye at the gate before deployment	touch	goodbye-kiss
        linked arms on the way to mass	touch	hold-hands-walking
        nap cuddle	touch	
        she traced letters on my palm during the movie	touch	
        rubbed his hands after a day of shearing	touch	
        held Noa's hand over the console the whole drive	touch	
        big bear hug when she got the job	touch	long-hug
        beijo de bom dia 😘	touch	
        neck rub while she studied	touch	shoulder-rub
        cuddled up under the blanket on the deck	touch	
        hugged after the argument, a long one	touch	long-hug
        he carried me to bed piggyback lol	touch	
        rubbed her temples for the migraine	touch	
        snuggled with Fergus in front of the peat fire	touch	
        put lotion on her back	touch	
        he put my hand on his chest so I could feel him laughing	touch	
        kept my hand on her back the whole festival	touch	hand-on-back
        cheek kiss at the bus stop	touch	
        cuddles after the night shift	touch	
        sat on his lap in the wheelchair and he spun us round 😂	touch	
        tickled him till he begged	touch	
        massaged his calves after the marathon	touch	
        held her waist dancing cumbia	touch	
        hugged him in the car park	touch	
        foot massage with the nice oil	touch	foot-rub
        kissed him at the red light	touch	
        held hands at the doctors	touch	
        spooned her after the bad news	touch	
        massaged his shoulders, sore from hauling hose all day	touch	shoulder-rub
        kissed her neck while she was at the sink	touch	
        hugged her for a whole minute, I counted	touch	long-hug
        rubbed his feet after his 14hr uber marathon	touch	foot-rub
        she fixed my collar and left her hand there	touch	
        stroked her hair through the turbulence	touch	play-with-hair
        high five then a kiss lol	touch	
        hand on his knee on the drive	touch	
        he pulled me into a hug mid-argument and we both started laughing	touch	repair-attempt
        kissed each of her eyelids	touch	
        head in her lap on the couch	touch	couch-cuddle
        massaged her scalp while washing her hair	touch	play-with-hair
        dozed off holding hands on the matatu	touch	
        abrazo largo en el aeropuerto	touch	long-hug
        kissed the top of her head	touch	
        warm hug after the ice rink	touch	
        gave her a piggyback up the hill	touch	
        fingers laced together the whole concert	touch	
        taught her to drive stick in the empty paddock all afternoon, just us two	time	
        leaned on each other on the couch the whole film, her head on my shoulder	touch	couch-cuddle
        got him a new thermos for the tractor, engraved "my cowboy"	gifts	
        she bought me a chef's knife for the truck with my name on it	gifts	
        brought Mehdi back a box of baklava from my trip	gifts	favourite-snack
        surprise bunch of peonies for her desk	gifts	pick-a-flower
        bought him the fancy gel pens for writing up his dissertation	gifts	
        wrapped up a jar of her mum's hot pepper sauce I tracked down for her	gifts	
        he got me a sheepskin rug for the cold floor in the caravan	gifts	
        told mia she smashed her presentation	words	genuine-compliment
        left a post-it on the kettle saying i love u	words	mirror-note
        bragged about Mia's cooking to my mum	words	brag-about-them
        told the lads how proud i am of her new job	words	brag-about-them
        slipped a love note into her coat pocket	words	note-in-bag
        said thank you for everything u do, properly, eye contact	words	say-thank-you-out-loud
        she told me i'm a great dad	words	genuine-compliment
        complemented her new haircut	words	genuine-compliment
        sent a voice memo saying how much I miss her	words	voice-note
        wrote her a poem for no reason	words	
        reminded her shes brilliant after a rough day at work	words	genuine-compliment
        phone-free dinner, just us	time	phone-down
        went for a walk round the park after tea	time	short-walk
        watched her fave show with her even tho its rubbish	time	watch-their-show
        cooked together, kitchen disco	time	
        proper catch up over coffee, no phones	time	phone-down
        took Mia on a surprise picnic	time	
        sat w her while she did her nails and just chatted	time	
        listened to her vent about her sister for an hour	time	
        she came to watch my footy match	time	
        board games night just the 2 of us	time	play-a-game
        stayed up late talking in bed	time	
        asked about her day and actually listened	time	ask-about-their-day
        picked up her fave chocolate on the way home	gifts	favourite-snack
        bought her flowers from the market	gifts	pick-a-flower
        got mia a little cactus for her desk	gifts	
        she brought me back a fridge magnet from lisbon	gifts	
        grabbed her a croissant from the bakery	gifts	their-usual-order
        ordered that book she mentioned months ago	gifts	small-book-or-article
        wrapped up some fuzzy socks for her	gifts	
        surprised her w a new phone case	gifts	
        made her a mixtape playlist	gifts	song-for-them
        bought concert tix for her bday	gifts	
        picked some wildflowers on the walk and gave them to her	gifts	pick-a-flower
        found a vintage earring to replace the one she lost	gifts	
        did the washing up so she could study	service	handle-the-dishes
        took the kids to school so she could sleep in	service	let-them-sleep-in
        made Mia a cuppa	service	make-their-tea
        sorted the bins	service	
        she ironed my shirt for the interview	service	take-a-task
        she warmed my side of the bed	service	
        fixed the squeaky door she's been moaning about	service	take-a-task
        ran her a bath after her long shift	service	
        booked her dentist appt cos she hates phoning	service	take-a-task
        big hug when she got home	touch	welcome-home-hug
        kissed her goodbye before work	touch	goodbye-kiss
        gave her a foot rub on the sofa	touch	foot-rub
        held hands on the way to the pub	touch	hold-hands-walking
        she rubbed my shoulders while i was gaming	touch	shoulder-rub
        cuddled on the couch during the film	touch	couch-cuddle
        spooned her til she dozed off	touch	
        a long hug at the airport arrivals	touch	welcome-home-hug
        quick kiss on the forehead while she was working	touch	
        she squeezed my hand under the table at the dinner party	touch	
        chalkboard in the hall: "Happy first Passover in our own place, love you Ari"	words	mirror-note
        cooked dinner together while dancing round the kitchen to Juan Gabriel	time	
        Rudo bought me a Zimbabwe cricket cap off eBay as a surprise	gifts	
        he scrubbed the oven before the Passover seder, every bit of it	service	
        held her hand the whole way through the scan	touch	
        Sorted all her uni notes into folders during exam season	service	take-a-task
        Noa whispered "you're my favourite person" right before we fell asleep	words	
        Grandpa bought Grandma a new brooch for their 65th 💎	gifts	
        she said "you're such a good son to your dad" after I sorted his meds	words	genuine-compliment
        Dug the car out of the snow for Ingrid before her shift	service	take-a-task
        she fixed the boiler pilot light. legend	service	
        went to the cinema for the first time since the baby	time	
        got Andrea a second-hand copy of her favourite Neruda book	gifts	small-book-or-article
        he brought me back a fridge magnet from every depot on his route this week	gifts	
        she paid all the bills online and sorted the direct debits	service	
        Held his hand all through the fireworks on bonfire night	touch	
        she put the baby's car seat in properly before we went to the NICU, I couldnt do it	service	take-a-task
        spent the snow day building a snowman and a snow dog with him	time	
        We did a crossword together every morning this week	time	play-a-game
        we did our evening walk round the village like every night since 1978	time	short-walk
        Fiona said my Gaelic's coming on lovely and she's dead impressed	words	genuine-compliment
        jun hoovered the whole flat before my parents came for Lunar New Year	service	take-a-task
        he bigged up my promotion on the family whatsapp 🎉	words	brag-about-them
        Bought Tomás a Colo-Colo scarf for his birthday	gifts	
        Leilani said I make her laugh every single day and she's grateful for me	words	genuine-compliment
        went to the Holi festival in the park together and spent the whole day there	time	
        Set up the baby monitor and the cot while I was at the hospital	service	take-a-task
        cleaned the whole bathroom bc her hay fever was so bad she couldnt face it	service	take-a-task
        Washed Dev's whites after Holi, they came up nearly clean	service	take-a-task
        shovelled the driveway before Nanook got home from the clinic	service	take-a-task
        Vytas brought me back a tin of Lithuanian honey cake from Vilnius	gifts	favourite-snack
        He called me his queen in the family group chat 👑	words	brag-about-them
        bought Kiri a pounamu pendant for our anniversary	gifts	
        Marek brought me Prince Polo bars back from Kraków	gifts	favourite-snack
        He got me a jar of Hawaiian honey from the farmers market	gifts	
        I gave Lola a hug and didn't let go till she laughed	touch	long-hug
        told her my life got better the day she moved in	words	
        gave him a back scratch, he was so happy lol	touch	
        she said my manakish were better than her mum's. huge in a Lebanese house	words	genuine-compliment
        she got me a Cornish pasty keyring from the gift shop. idiot. love it	gifts	
        gave him my full attention at dinner, no telly	time	
        refilled the oil lamps and charged all the power banks for the storm	service	
        Oksana gave me a little embroidered vyshyvanka bookmark	gifts	
        he cuddled me all night during the storm	touch	
        Made Dad's lunch and helped him shower so Priya could have a morning off	service	take-a-task
        she wrote "you're a great dad" on a post-it on the nappy box	words	mirror-note
        kissed her on the cheek in front of her parents, she went pink	touch	
        Kissed my wife on the nose while she was half asleep	touch	
        she gave me a neck massage after my 10 hours in the cab	touch	shoulder-rub
        Told Lupe she looked stunning this morning, even in her scrubs	words	genuine-compliment
        gave Seo-yeon a Olive Young haul bc she's been stressed	gifts	
        got Rania a jasmine plant for the balcony	gifts	
        told Kaya her arvo sunset photos are awesome, she should sell em	words	genuine-compliment
        he sent flowers to the ward during my night shift 💐	gifts	pick-a-flower
        picked up a bunch of daffs for Aileen from the farm shop, £2	gifts	pick-a-flower
        kissed him good morning before the alarm even went	touch	
        thanked Yusuf for being so patient with me all hay fever season, I've been a nightmare	words	
        hung out the washing before the rain came	service	
        I changed all the beds and did the laundry for Mei's mum	service	take-a-task
        Thanh gave me a lucky bamboo plant for the new place	gifts	
        Did all the dishes on Christmas Eve while she wrapped stuff	service	handle-the-dishes
        sat on the harbour wall with chips and talked about the future	time	
        Kath said "I couldn't do this without you" on the ferry back from the mainland	words	
        Sat in the cab with Gary on his break at the truck stop, just chatting	time	
        gave Ahmed a new prayer mat for Ramadan	gifts	
        Tomek fixed the wobbly shelf in the bathroom finally	service	
        he said he fancies me more now than when we met 😳	words	genuine-compliment
        I cleaned his boots after the muddy farm visit	service	take-a-task
        Grandad still buys Nan a quarter of pear drops every Friday	gifts	favourite-snack
        told Kai his presentation was brilliant. meant every word	words	genuine-compliment
        Paulo told me I'm a great carer to his mum and he notices everything I do	words	genuine-compliment
        Drove up to see the northern lights with Nanook, 3 hours in the cold	time	
        Nour fixed the leaking tap under the sink herself so I didnt have to	service	take-a-task
        linked arms on the walk home, she was freezing	touch	hold-hands-walking
        I bought Jake a Bundaberg ginger beer 6 pack for his birthday arvo	gifts	
        Hung the curtains in our new flat while she was at work	service	take-a-task
        we had a long lunch at the taqueria, no rush, just talked	time	
        grandpa wrote grandma a little rhyme for valentines, 61 yrs married	words	
        Saba gave me a little painted Afghan box for my rings	gifts	
        bought him some Holi colours and a new white tshirt to ruin 😂	gifts	
        kept my arm around him all through the film	touch	
        he gave me a massage after the lambing night	touch	shoulder-rub
        Dawit said my Amharic has got so good and he's proud of me	words	proud-of-you
        Took the Land Rover to the garage for her so she could do evening milking	service	run-an-errand
        Nuzzled into his neck when he got into bed	touch	
        got Marisol a little Frida Kahlo print for the hallway	gifts	
        cleaned out the hen house for her when her back was bad	service	take-a-task
        cuddled all morning on the rainy bank holiday	touch	
        held his hand on the plane, he hates flying	touch	
        I told Brianna her singing in the shower is my favorite sound in the world	words	genuine-compliment
        went to the midnight mass together on Christmas Eve	time	
        Took the day off so we could do the seder prep together	time	
        we took the ferry over to the mainland just for a day out together	time	
        tickled her til she cried laughing 😂	touch	
        Walked the dogs together up on the moor in the fog	time	short-walk
        said "i love you" first thing when she woke up, before coffee even	words	
        I hugged him hard when he passed his exams	touch	long-hug
        Hugged Ayesha tight after she broke her fast, she was so drained	touch	long-hug
        he hugged me in the car park after visiting his mum	touch	
        Ama said she thinks I'm the calmest dad on the NICU ward and she's proud of me 💛	words	proud-of-you
        we walked along the beach to the lighthouse and back, phones off	time	short-walk
        bought Mei a red envelope purse for Lunar New Year	gifts	
        sat with her in the hospital canteen on my day off for her whole break	time	
        he kissed my forehead before leaving for his early shift	touch	goodbye-kiss
        Brought home a bag of mangoes for Thu, her fave	gifts	favourite-snack
        voicemail from Ivan at the bus depot: "just ringing to say you're amazing"	words	voice-note
        slow danced in the kitchen to Celia Cruz	touch	
        long walk round the farm checking fences, just talking the whole time	time	short-walk
        got Ruta a wooden amber necklace from the Christmas market	gifts	
        gave him a big long hug when he got in from the long haul	touch	welcome-home-hug
        movie night in, her pick, no phones	time	watch-their-show
        Brought Niamh a Barry's tea multipack back from Cork	gifts	
        he bled the radiators, the house is actually warm now	service	
        Spent the afternoon in the library café w Amal before her last exam	time	
        she rested her head on my shoulder on the ferry	touch	
        washed and folded his work hi-vis so it was ready for his early run	service	take-a-task
        she gave me a big cuddle when the power came back on	touch	long-hug
        wrapped her up in a cuddle on the sofa with a blanket	touch	couch-cuddle
        she kissed my bald head lol	touch	
        Picked Solveig a bunch of wildflowers on the way back from the byre	gifts	pick-a-flower
        gave Bree a personalised mug, says "best nurse, best wife"	gifts	
        We held hands across the incubator for the first time	touch	
        Pedro made arepas for my lunchbox before he went to work	service	pack-their-lunch
        She defrosted the freezer when the power cut spoiled everything	service	
        told Shelby she's the toughest, kindest woman in all of Alaska	words	genuine-compliment
        did the night feed so Bella could get 6 hrs straight	service	let-them-sleep-in
        Hodan texted "thank you for being you" after my rough day at the clinic	words	appreciation-text
        got jae a photo book of our first year in the flat	gifts	
        mowed the lawn for him bc his hay fever was awful	service	take-a-task
        Liliana made the tamales for the whole family so I could rest	service	take-a-task
        He put the bin out, walked the dog and made tea. didnt even ask	service	take-a-task
        Zanele and I went to the botanical gardens on our day off	time	
        Mateo walked the dog at 6am in the rain so i didnt have to	service	take-a-task
        gave Wei a big hug at midnight on new year's eve	touch	long-hug
        found a bit of sea glass on the beach and gave it to Morwenna	gifts	
        she got me a personalised keyring with the baby's footprint	gifts	
        reminded him he's a brilliant father even tho the baby won't settle	words	genuine-compliment
        had a lie in together on his day off and just talked	time	
        she came home with a lei she'd made for me from the garden flowers	gifts	pick-a-flower
        she left a Twix in my locker before my 12 hr shift	gifts	favourite-snack
        I got Kemal a new set of tespih beads from the Grand Bazaar stall	gifts	
        Bought Luca a new set of screwdrivers he'd been eyeing	gifts	
        he bought me a pretty embroidered hanky for hay fever season lol	gifts	
        he did the big tesco shop on his own	service	run-an-errand
        we cuddled up by the fire on Christmas Eve	touch	
        she sorted my mum's pill organiser for the whole week	service	take-a-task
        he rubbed my back when I was sick	touch	shoulder-rub
        Told Camila in front of her abuela that I'm proud to be with her	words	brag-about-them
        sat in the garden with Babcia and Dziadek listening to old records	time	
        went to the Louisiana crawfish boil together and stayed all day	time	
        cooked iftar for Amira so she could rest after work	service	take-a-task
        stayed on facetime w her while she studied, both just doing our thing together	time	sit-near-them
        She sat with me through the whole football match even tho she hates it 😂	time	
        Grandpa carried Grandma's shopping up the 3 flights, he's 84	service	take-a-task
        Kiri said my speech at the whānau reunion was beautiful, made my week	words	genuine-compliment
        I massaged her hands, they're so sore from the farm	touch	
        Grandma knitted grandpa a new pair of socks. 90 and still knitting	gifts	
        Surprised Ayşe with a little Turkish evil eye charm for her car	gifts	
        Boudreaux told me my gumbo beats his mama's. don't tell her	words	genuine-compliment
        he thanked me in front of his mum for everything i do for her. didnt expect that	words	say-thank-you-out-loud
        gave him a long hug at the door before the night shift	touch	long-hug
        cooked dinner for when he got back from the 14 hour haul	service	take-a-task
        Took Leilani to watch the surf at Waimea, whole afternoon	time	
        went on a long bike ride along the Tyne w my Geordie lad, just us	time	
        We sat on the step with a tea and watched the storm roll in	time	
        Mariana told me I'm the best thing about her life in Santiago	words	
        kissed her hand when she came out of surgery	touch	
        Complimented Jae-won's new haircut, he went bright red lol	words	genuine-compliment
        grandad (86) still calls nan his bonny lass every morning, said it again today	words	genuine-compliment
        Picked up a box of Ferrero Rocher for her at the services on the M6	gifts	favourite-snack
        went for a drive down the coast road just to be together	time	
        bought her the tulips from the petrol station bc they were yellow, her fav	gifts	pick-a-flower
        made packed lunches for the whole week so Rudo doesn't have to	service	take-a-task
        Aroha said she loves how kind I am to her nana, choice	words	why-i-love-you
        picked up a lottery scratchcard for him, he loves them	gifts	
        he rang the council about the damp for me, I hate phone calls	service	take-a-task
        I took the bins out in the rain, he hates doing it	service	take-a-task
        gave Tendai a foot rub after his double	touch	foot-rub
        Mehmet left a note on the fridge: "you make this flat feel like home" 🥹	words	mirror-note
        we fell asleep holding hands 🥰	touch	
        told Somchai I believe in him before his citizenship test	words	
        had suhoor together at 4am and just chatted	time	
        Cleaned the gutters before the big storm	service	
        Kamal and I made dumplings together for Lunar New Year, whole afternoon	time	
        he told me i'm the strongest person he knows. needed that today	words	genuine-compliment
        Spent the whole afternoon with Fatima at the Eid fair	time	
        cuddled up with Thanh watching the Tết fireworks on tv	touch	couch-cuddle
        Luana gave me a pair of Havaianas in my size	gifts	
        sorted all the recycling and took it to the tip	service	
        snuggled up under the duvet on the snow day	touch	
        he got me a tiny brass lighthouse ornament from the mainland	gifts	
        we sang karaoke at the noraebang, just the two of us	time	
        went to the car boot sale together, didnt buy anything, loved it	time	
        he kept saying "you did so good" after i passed my driving test 😭	words	proud-of-you
        Went out on the boat with Hemi for the day	time	
        Wrote Liam a card for passing his HGV licence, said I always knew he could	words	
        he cleared the snow off my car before his shift 🥶	service	take-a-task
        Had a proper catch up on the phone when he was parked up in Belgium	time	
        went to her graduation and the dinner after, whole day just us	time	
        played Scrabble by candlelight in the power cut. best night in ages	time	play-a-game
        bought him a new hi-vis fleece bc his was falling apart	gifts	
        took Ama out to the hospital garden for half an hour away from the ward	time	
        Spent the power cut playing dominoes by torchlight with abuela and Yoel	time	play-a-game
        Grandad still holds Nan's hand when they walk to church. 87 and 85	touch	hold-hands-walking
        he bought me a new kindle after mine got soaked in the flood	gifts	
        he got me a little locket with the baby's NICU photo in it	gifts	
        Dawit brought me back a bag of coffee beans from Addis 😍	gifts	
        Squeezed his hand under the table during the awkward dinner	touch	
        she booked my MOT and dropped the car off for me	service	run-an-errand
        Tariq did the school pickup so I could finish my dissertation	service	take-a-task
        he traced circles on my back till I fell asleep	touch	
        Ali fixed my bike puncture before my morning shift	service	take-a-task
        told Chen I really appreciate how hard he works for us	words	notice-hard-work
        he got me a tiny cactus for my desk with a googly eye on it	gifts	
        cooked Sunday roast together and then played cards	time	play-a-game
        she replied to all the landlord emails for me	service	take-a-task
        he messaged "good luck today, you've worked so hard, you'll smash it" before my exam	words	notice-hard-work
        she bought me a new reel for my fishing rod 🎣	gifts	
        surprised her with a new phone case, hers was cracked to bits	gifts	
        he checked the ewes at 2am so i could sleep	service	let-them-sleep-in
        told me she was proud of how i handled the call w my mum today	words	proud-of-you
        she rubbed my feet after my 12 hour night shift 🥹	touch	foot-rub
        gave me a hug from behind while i was at the laptop	touch	
        Picked up some baklava for Elif on the way home	gifts	favourite-snack
        took Grandma to the tea dance like they did in 1962	time	
        he told the whole table at iftar that I'm the best cook in the family	words	brag-about-them
        he came back from Belfast with a box of Tayto for me 😂	gifts	favourite-snack
        we held hands in the NICU waiting room	touch	
        took the kids to the park all Saturday so she could study	service	take-a-task
        Walked his mum's dog every day this week while he was on the road	service	take-a-task
        bought her a new pair of Crocs for work, the comfy ones	gifts	
        Grandma still sits with her hand on Grandpa's knee at dinner	touch	
        Grandad (83) still peels Nan's orange for her every morning	service	
        he kept his hand on my back the whole way through the funeral	touch	hand-on-back
        made congee for Linh when she had the flu	service	take-a-task
        Sent Daniela "eres mi todo" as soon as I woke up	words	good-morning-message
        we binged Squid Game together over the long weekend	time	
        wrote a list of 20 things i love abt her and left it on her pillow	words	why-i-love-you
        tendai told me im doing an amazing job with the twins, right when i needed it	words	genuine-compliment
        I told Rosa out loud that I admire how patient she is with her dad	words	genuine-compliment
        she gave me a mixtape. an actual cassette	gifts	song-for-them
        Spooned all night bc the heating was off	touch	
        made her a brew and did the school run so she could sleep after nights	service	make-their-tea
        he told the vet team I'm the best lambing partner he's ever had	words	brag-about-them
        spent the evening going through old photos of her mum together	time	
        He sewed the button back on my coat 🧵	service	take-a-task
        he got up early to de-ice the path for me and his mum	service	take-a-task
        left a single rose on his windscreen at the bus garage	gifts	pick-a-flower
        Wrote Oksana a card in Ukrainian saying how brave she's been since we moved	words	
        Defne handled the removals company so I could focus on work	service	take-a-task
        went fishing off the jetty together, didnt catch anything, perfect day	time	
        I brushed her hair for her like she likes	touch	play-with-hair
        played cards with Nan all afternoon, Grandad kept cheating	time	play-a-game
        Hamid wrote me a poem in Dari for our anniversary and read it to me	words	
        after the flood Siobhan said "we'll be grand, you're my rock" and i welled up	words	
        texted him at 3am on my break just to say im lucky to have him	words	appreciation-text
        he assembled the entire ikea wardrobe by himself, zero swearing	service	
        Stayed up watching old home videos of us from uni	time	
        sticky note on his revision folder: u got this, ur smarter than u think	words	mirror-note
        We had a long cuddle after the house viewing went wrong	touch	long-hug
        cuddled on the sofa during the power cut	touch	couch-cuddle
        spent the whole afternoon at the Lunar New Year parade with Minh, just us two	time	
        I read through and corrected his CV for his bus driver application	service	take-a-task
        bought Lina a little bottle of her favourite oud perfume	gifts	
        bought Esra a new scarf for Eid, emerald green	gifts	
        texted him "ur gonna be an amazing teacher" after his interview	words	genuine-compliment
        told Selam she's the best mum our daughter could ever have	words	genuine-compliment
        held him tight when he got the news about his dad	touch	long-hug
        I put my phone away and actually listened to her tell me about her day	time	phone-down
        I got Hannah a little Polaroid of the baby's first day out of the incubator, framed	gifts	
        got Omar a box of Medjool dates for iftar	gifts	favourite-snack
        I drove Mum to her hospital appointment so Kemal could work	service	take-a-task
        descaled the kettle and cleaned the fridge. small things	service	
        We did the whole coastal path walk to St Ives together	time	short-walk
        drove out to Lake Tekapo for the stars, just us 🌌	time	
        Siaosi fixed the outboard motor so i could get across to the island shop	service	take-a-task
        Mehmet wrapped his arms round me while I was cooking	touch	
        we hugged for ages at the airport before his rotation	touch	long-hug
        Leaned on each other on the bench watching the sea	touch	
        spent the rainy bank holiday doing a 1000 piece jigsaw w Jess	time	play-a-game
        he rang to tell me i'm the best wife in cumbria. bit cheesy but ❤️	words	genuine-compliment
        sat up talking till 2am like we used to	time	
        he swapped shifts so we could have a whole sunday together	time	
        texted her 'ur the best thing that ever happened to me' from the lighthouse	words	appreciation-text
        he gave me a massage with the coconut oil 💆‍♀️	touch	shoulder-rub
        made her a cuppa and brought it up to bed	service	make-their-tea
        he came along to the farmers market with me even tho he finds it boring	time	
        unpacked every single box in the kitchen while i was at work. move day hero	service	take-a-task
        Nani and Nana still kiss each other goodnight every night	touch	
        held her all night after the flood, she couldnt stop shaking	touch	long-hug
        went to the night market together on holiday in Taipei and ate everything	time	
        Picked up a fridge magnet of a moose for Nanook at the airport	gifts	
        We finally did that pottery class together	time	try-something-new
        Rewrote our wedding vows on a card for Thanh on our 5th anniversary	words	
        he gave me a pressed flower from the walk on the fell in a little frame	gifts	pick-a-flower
        Dancing cheek to cheek at the hotel in Havana	touch	
        we played backgammon on the balcony every evening this week	time	play-a-game
        Walked to the chippy and back together, took the long way	time	short-walk
        he gave me a big squeeze at the school gates	touch	long-hug
        Oscar ironed all my uniforms for the week	service	take-a-task
        told Jonas how good he is with the baby, he needed to hear it	words	genuine-compliment
        I texted Aylin "you're my home" while she was on nights	words	appreciation-text
        she filled out all the forms for my visa renewal 🙏	service	take-a-task
        he held me for a whole five minutes at the door, no words	touch	welcome-home-hug
        I got Farah a new pair of slippers for the care visits at her mum's	gifts	
        Watched the sunrise together after her night shift ☀️	time	
        he defrosted the windscreen and warmed the car up for me at 6am	service	take-a-task
        Pita said I'm the best thing that's happened to him since he moved to Welly	words	
        gave Oksana a back rub after the move, she was aching everywhere	touch	shoulder-rub
        Kissed Ruth goodbye at the bus station	touch	goodbye-kiss
        held hands through the whole service at the gurdwara	touch	
        voice note from Tomasz at his lunch stop in Calais saying he's proud of me	words	voice-note
        got him a new thermos for his night runs, the good Stanley one	gifts	
        she told all the neighbours how hard I worked sandbagging, proper bragging about me	words	brag-about-them
        Cleared all the mud out of the kitchen after the flood while she dealt with insurance	service	
        Took Oksana for a picnic by the canal, just us two	time	
        Held Hamid's hand during the Nowruz fireworks	touch	
        he gave me a shoulder rub while I revised	touch	shoulder-rub
        Met Ciaran on his lunch so we could have 30 mins together	time	
        She said my speech at her nan's 90th was perfect	words	genuine-compliment
        got up and fed the calves so Gwen could have a lie in	service	let-them-sleep-in
        we made time for a coffee together before the 7pm handover	time	morning-coffee-together
        texted Bao "you're doing great, nearly there" in his 2nd week of exams	words	notice-hard-work
        Mal praised my trifle to the whole family on Christmas Eve lol he hates trifle	words	brag-about-them
        Gran told Grandpa he's still the handsomest man in the care home. 88 and still flirting	words	genuine-compliment
        Hamid surprised me with a bottle of rosewater and saffron from the Persian shop	gifts	
        He got me a pair of Dunlop wellies for lambing. romantic lol	gifts	
        bought her new earrings for our first Christmas living together	gifts	
        bought Fatuma a silver anklet from the market	gifts	
        she bought me a Christmas Eve box, new pjs and a book	gifts	
        found a vintage Cuban cigar box at the market and gave it to Yamilé for her jewellery	gifts	
        held hands walking along the prom in Portrush	touch	hold-hands-walking
        we read our books side by side in the garden all afternoon	time	
        Played FIFA with him for like 3 hours, i lost every game	time	play-a-game
        we had a "no screens" evening and talked about our plans for the year	time	
        Tendai brought me a carved wooden giraffe from his trip home to Harare	gifts	
        Did all the washing up after the Eid lunch, about 40 plates	service	handle-the-dishes
        he got me a new Pandora charm, a tiny house for our first flat	gifts	
        we did a proper date night, no phones, no talk about the NICU	time	
        had a whole weekend in the new flat just the two of us, no boxes	time	
        Made Jack's sandwiches for his night shift	service	pack-their-lunch
        he did the pharmacy run for Oma's prescription	service	run-an-errand
        we watched the whole of Bake Off together on the sofa	time	
        we went camping in the Daintree for the weekend, no signal	time	
        Reza told me he's so proud of me for fasting my first full Ramadan	words	proud-of-you
        Babak changed the lightbulbs in the hallway I've been moaning about	service	take-a-task
        Eilidh said I handled the power cut like a hero 😂	words	genuine-compliment
        stripped and repainted the spare room for the new baby	service	
        Lan gave me a jade bracelet her grandmother used to wear	gifts	
        big bear hug at arrivals after 3 months apart 🫂	touch	welcome-home-hug
        I held her hand under the table at iftar	touch	
        he said "ur beautiful" when i was in my dressing gown with a streaming cold	words	genuine-compliment
        she stroked my hair while i lay in her lap	touch	play-with-hair
        wrote "proud of you" on the steamy bathroom mirror for Dawit to find	words	mirror-note
        held Ana's hand while she had her blood test	touch	
        sat and had mint tea together after taraweeh	time	
        "you were made for this job" - Dan, after my first solo calving	words	genuine-compliment
        went fishing together off the pier at dawn	time	
        got her a tiny succulent for her locker at the hospital	gifts	
        went for a walk round the park after the scan, just the 2 of us	time	short-walk
        he told me im the best thing that ever happened to him. at the pub. sober lol	words	
        She stroked my arm during the sermon	touch	
        Said "i believe in you" before her first day as head of year	words	
        a Jo Malone candle appeared on my bedside, no reason	gifts	
        he said the dinner i burnt was still the best thing he ate all week 😂	words	genuine-compliment
        my husband said my notes for the women's fellowship talk were the best he's heard	words	genuine-compliment
        washed and blow-dried my hair since my arm's still in a sling	service	take-a-task
        gave him a pack of fancy socks lol	gifts	
        walked the dog in the rain at 10pm so I could stay in	service	take-a-task
        "ur so talented babe" when i showed him my new balayage client	words	genuine-compliment
        "you look proper lush today" — Gethin, valleys charmer	words	genuine-compliment
        She slipped a scratch card in my pocket 🤞	gifts	
        told Colm he's the best skipper in the bay, b'y pretended not to care	words	genuine-compliment
        she rubbed my shoulders when i was stressed at my desk	touch	shoulder-rub
        Ebony did all the ironing so I could finish my lesson plans	service	take-a-task
        got up early and made the packed lunches	service	pack-their-lunch
        brought back duty free perfume from Dubai for her	gifts	
        a pack of biltong waiting for me on the counter	gifts	favourite-snack
        "you're my favourite human" - chidi, payday, unprompted lol	words	
        mowed my mums lawn for me bc my back is bad	service	take-a-task
        he gave me a back massage after a day on my feet cutting hair	touch	shoulder-rub
        held hands through the whole film	touch	
        picked up a little clog keyring in Schiphol for her	gifts	
        got me a pair of Crocs with jibbitz 😂	gifts	
        cleaned the fryers after close so Jan could get home early	service	take-a-task
        bought me a new Stanley cup bc mine got dented 😂	gifts	
        Nkechi said my CV reads amazing and any company would be lucky to have me	words	genuine-compliment
        he rang the GP and booked my appointment for me when i couldnt face it	service	take-a-task
        goodbye kiss at the gate	touch	goodbye-kiss
        she got me posh shortbread from the shop at Glasgow airport	gifts	favourite-snack
        Gave Sam a bunch of sunflowers on payday 🌻	gifts	pick-a-flower
        she bled the radiators and rang the boiler man while I was at work	service	take-a-task
        Texted Bea "im so lucky to have you" from the departure gate	words	appreciation-text
        bought Nadia a cashmere jumper in the sale	gifts	
        Meera ironed all my shirts for the whole week of weddings	service	take-a-task
        Darren said he admires how I never give up on the kids	words	genuine-compliment
        Kojo and I went for a long drive to Aburi, just us	time	
        she said my sign name should mean "kind heart" 🥹	words	genuine-compliment
        she signed "you're beautiful" across the room at the christening, made me blush	words	genuine-compliment
        watched the storm from the window together talking all night	time	
        he held me while i cried	touch	long-hug
        gave her a photo book of our first year together	gifts	
        Wrote "you are enough" on a sticky note and stuck it on her laptop	words	mirror-note
        he said i looked stunning at the wedding. three times 🥰	words	genuine-compliment
        yall he told my mama im the smartest woman in Houston lmao	words	brag-about-them
        brushed his hair off his forehead and kissed him	touch	
        wrote Sunil an encouraging note before his driving test	words	
        Cooked a big pot of rajma chawal and portioned it into tubs for my week of nights	service	take-a-task
        hour long video call from the rig	time	
        he brought me back 3 jars of kaya from Singapore	gifts	favourite-snack
        he deep cleaned the bathroom, grout and everything	service	
        Ana sent a balikbayan box with dried mangoes and a hoodie	gifts	send-a-care-package
        he hugged me when i signed "bad day"	touch	long-hug
        Sang her praises to the whole family at Sunday lunch	words	brag-about-them
        Got me a hot water bottle with a knitted cover for the broken boiler week	gifts	
        we did a 1000 piece jigsaw together all afternoon	time	play-a-game
        kissed me in the rain	touch	
        he bought me a set of gel pens for marking 🖊️	gifts	
        a hug from behind while I was washing up	touch	
        Took the bins out in the storm so I didnt have to go out in it	service	take-a-task
        Cleaned the whole flat top to bottom before my parents flew in from Karachi	service	take-a-task
        She traced "love" on my back with her finger	touch	
        He got me a new hi-vis with my name embroidered on it	gifts	
        lots of kisses today 😘😘	touch	
        He bought me the fancy Littmann stethoscope	gifts	
        gave Tom a shoulder massage after the bin round	touch	shoulder-rub
        sunday roast at the pub, proper catch up	time	
        she told everyone in the chippy I'm the reason the place is still open	words	brag-about-them
        long warm hug after the funeral	touch	long-hug
        watched the whole series of Bake Off together	time	
        fixed the squeaky side gate	service	
        Grace descaled the kettle and sorted the fuse box while I was at the surgery	service	take-a-task
        he hugged me for ages after the midwife left	touch	long-hug
        Sorted all the kids school uniforms for monday	service	
        went to the Liverpool match with him even tho i hate football	time	
        washed the car inside and out	service	
        Gave her a proper bear hug	touch	long-hug
        movie night w popcorn, phones in another room	time	
        Bought Precious a kente scarf from the market in Kumasi	gifts	
        snuggled up even in the heatwave, sweaty but worth it lol	touch	
        he swept up all the hair at the salon so I could sit down for once	service	take-a-task
        we spent the afternoon in the hospital garden chatting	time	
        Sat on the roof of the narrowboat w/ a flask watching the sunset	time	
        cuddled on the couch after the night out	touch	couch-cuddle
        note in my scrubs pocket: "you're going to be a brilliant doctor x"	words	note-in-bag
        Mario Kart together on the switch till 1am	time	play-a-game
        built the ikea wardrobe by himself, only 2 screws left over lol	service	
        we went down to the beach in Barbados at sunrise together	time	
        Jaz gave me a pair of punjabi juttis for the wedding	gifts	
        we turned our phones off and played scrabble all evening	time	play-a-game
        he smuggled home a packet of Tim Tams for me	gifts	favourite-snack
        brought her back a singing bowl from Kathmandu	gifts	
        spent all Sunday watching Harry Potter films together	time	
        bought him a new thermos for his turbine shifts	gifts	
        he proofread my whole thesis chapter, 40 pages, caught every typo	service	take-a-task
        played footsie under the table at the wedding	touch	
        long walk on Diani beach together	time	short-walk
        spent the evening looking through old photos together	time	
        my husband and I joined a Zumba class together now were retired	time	try-something-new
        Siobhan said I'm the bravest person she knows after physio today	words	genuine-compliment
        she filled in all my visa forms for the move to lagos	service	take-a-task
        he brought me mango lassi and samosas from the stall	gifts	favourite-snack
        Lee sat and did maths homework with my daughter so I could have a lie down	service	let-them-sleep-in
        she surprised me with one of those Dubai chocolate bars	gifts	favourite-snack
        she gave me a framed print of the cafe where we had our first date	gifts	
        Did the Guardian crossword together over brekkie	time	play-a-game
        Lunch date on her break at school	time	
        we went to church together and then out for brunch	time	
        she came out on my delivery round with me for the day	time	
        walk along the Clyde together after work	time	short-walk
        quiet cuppa together on the bench by the boat before the day got busy	time	morning-coffee-together
        held his hand the whole time at his hospital bed	touch	
        defrosted the freezer while I was at work	service	take-a-task
        spent the day on Toronto Island with him	time	
        unblocked the kitchen sink with a coat hanger at 11pm	service	
        reminded him hes a good teacher even if year 4 ran riot today	words	genuine-compliment
        picked her up a single rose on the way back from the chippy	gifts	pick-a-flower
        Ikenna drove my mum to the airport at 4am	service	take-a-task
        got her a little Ganesh idol for her puja shelf	gifts	
        he swapped his on-call so we could have a full weekend together	time	
        Drove down the Jersey shore for the day, just the 2 of us	time	
        watched a movie in sync with Ana on her layover, like we were in the same room	time	watch-together-apart
        she kissed me in front of the whole chippy queue 😳	touch	
        she picked me a bunch of wildflowers off the towpath	gifts	pick-a-flower
        Brought back a CN tower snow globe for her	gifts	
        Tunde posted me a parcel of chin chin and a gele from Lagos	gifts	send-a-care-package
        spent the afternoon at the Botanic Gardens in Singapore	time	
        we watched the fireworks from Primrose Hill	time	
        he brought me a box of Krispy Kremes after my night shift 🍩	gifts	favourite-snack
        long chat over chai on the balcony till midnight	time	
        bought her a set of silk scrunchies	gifts	
        she got me new wireless earbuds	gifts	
        Scrawled "best wife ever" on the fogged up van windscreen	words	mirror-note
        sent a care package to Manila: Cadbury, Yorkshire tea and a hoodie	gifts	send-a-care-package
        hand massage with lotion after her shift	touch	
        Jen sent a long message about how proud she is of me for getting help	words	proud-of-you
        tunde sent a voice note from lagos at 2am saying hes proud of me for finishing the quarter	words	voice-note
        kissed me good morning	touch	
        She knitted me a scarf for winter on the boat	gifts	
        Held her hand as she fell asleep	touch	
        he told me I'm still his girl after 40 years	words	
        he gave me a bracelet with a little ILY handshape charm	gifts	
        we did parkrun together	time	
        He changed the baby's nappy without being asked	service	take-a-task
        fell asleep cuddling on the boat	touch	
        she bought me a cool mug from the museum gift shop	gifts	
        fixed the dripping tap finally after 3 months of nagging 😅	service	take-a-task
        Rav said my bhangra at the mehndi was elite 😂	words	genuine-compliment
        "thank u for being u" — text at lunch from my man	words	appreciation-text
        bought my husband a new fishing rod as a retirement present	gifts	
        she renewed my car tax, MOT and insurance, didnt even know it was due	service	take-a-task
        Mended the hole in my work trousers	service	take-a-task
        wrote "you're doing so well" on the bathroom mirror in lipstick	words	mirror-note
        He brought me a Jamaican patty and a bag of plantain chips	gifts	favourite-snack
        put up the blackout blinds in the bedroom so I can sleep after nights	service	let-them-sleep-in
        he made up for forgetting my bday with a massive Fortnum's hamper 🧺	gifts	
        we wandered the night market in Penang together	time	
        he stroked my back till the panic passed	touch	
        he peeled and chipped 20kg of spuds before I'd even got in	service	take-a-task
        he brought home a little cactus for my desk 🌵	gifts	
        held hands in church	touch	
        he took a day off work just to spend it with me	time	
        babe wrote the loveliest caption about me on insta for my 40th	words	brag-about-them
        did all the prep for the church luncheon so I could sit down	service	take-a-task
        he fed the cats and watered the plants while i was on the sydney trip	service	take-a-task
        card from Lerato: "thank you for loving me on my hard days"	words	
        took a drive along the coast out to Cape Spear, just talking	time	
        he rubbed my calves after the half marathon	touch	
        held her tight during the fireworks	touch	long-hug
        bought Danny a new wallet, his old one was falling apart	gifts	
        cuddles in bed on a rainy Sunday morning	touch	
        he listened to me talk about my PhD for an hour without checking his phone	time	phone-down
        she drove me to my hospital check up and sorted the parking	service	
        kissed her forehead before leaving for the 4am post round	touch	goodbye-kiss
        filled my car up with petrol	service	fill-their-tank
        booked a weekend away in the Lake District	time	
        Leanne sent me a list of 10 things she loves about me when I was low	words	why-i-love-you
        hannah wrote "proud of you" in the steam on the shower door	words	mirror-note
        took my on-call pager for an hour so I could shower in peace	service	take-a-task
        he bought me a Greggs sausage roll on his round lol	gifts	favourite-snack
        emptied the bilge on the narrowboat so I didn't have to	service	take-a-task
        she scratched my back	touch	
        group hug with the kids and him	touch	
        Bought Neil a mug that says World's Okayest Husband	gifts	
        told Shaz she looks gorgeous even in her hi vis	words	genuine-compliment
        evening boat ride on the Kerala backwaters with him	time	
        snuggled up under the duvet when the boiler broke	touch	
        Kiran reorganised the whole pantry and labelled everything	service	
        we hugged for a full minute	touch	long-hug
        she marked half my year 3 spelling tests so I could sleep	service	let-them-sleep-in
        video call with Paolo in Manila, my breakfast his dinner, ate together	time	
        Took Bella's car in to get the tyres changed	service	run-an-errand
        he called me a genius for fixing the prod bug at 3am	words	genuine-compliment
        she came to the hospital every evening and just sat and talked with me	time	
        she rang the boiler company for me bc the video relay service was down	service	take-a-task
        she put her phone away at dinner and we actually talked	time	phone-down
        big squeeze hug at arrivals in Pearson	touch	welcome-home-hug
        she said my thesis chapter was genuinely brilliant and not just being nice	words	genuine-compliment
        complimented his laugh and he went all red	words	genuine-compliment
        did all the washing up after the christening do	service	handle-the-dishes
        we had a picnic on Clifton Downs	time	
        Fixed the router so I could call Tunde in Lagos without it dropping	service	take-a-task
        sat with him in the garden after his bad day, just being there	time	
        date night at the local curry house, no kids	time	
        he whispered "you're a wonderful stepmum" after parents evening, cried in the car	words	genuine-compliment
        got a bouquet delivered from Interflora with a card	gifts	pick-a-flower
        Raj cooked dinner even though he'd done a 12hr shift	service	take-a-task
        we went stargazing in the Brecon Beacons	time	
        my gf said my conference presentation was "genuinely class" 😎	words	genuine-compliment
        stayed up talking till 4am like when we first met	time	
        held hands down Bold Street	touch	hold-hands-walking
        packed my suitcase for the rotation, even remembered my chargers	service	take-a-task
        he said hes proud of me for telling the doctor about my depression	words	proud-of-you
        left a wrapped book on her pillow	gifts	
        he rewired the plug on my straighteners	service	take-a-task
        Ifeoma praised my jollof in front of her dad 😳	words	brag-about-them
        he brought me back a rum cake from Barbados	gifts	favourite-snack
        long hug at the airport before my Lagos flight	touch	long-hug
        she kept saying "we'll get through this, you're not on your own" after the scan	words	
        massaged his aching hands after the turbine climb	touch	
        Lara told me I'm a wonderful son to my mum	words	genuine-compliment
        repainted the back fence over the bank holiday	service	
        hoovered the whole house while I was at my therapy session	service	take-a-task
        picked up a tiny plush turtle in Kyoto for him	gifts	
        Took Nina to Blackpool for the day	time	
        played board games instead of watching tv	time	play-a-game
        worked the boat through six locks on his own while I slept	service	let-them-sleep-in
        Ana messaged from Manila: "you make the distance feel smaller" ❤️	words	appreciation-text
        she sorted all the pension paperwork for both of us	service	take-a-task
        she shovelled the driveway at 6am so I could get the truck out	service	take-a-task
        nimmi said my sambar tastes like her ammachi's, biggest compliment ever	words	genuine-compliment
        Marisol texted that I was so good with the kids at the party	words	genuine-compliment
        he gave me a little necklace with a tiny star on it, for the baby we lost 💔	gifts	
        voice memo from the harbour: "ur the best thing in my life, see you friday"	words	voice-note
        I told him I'm proud he got out of bed today. meant it	words	proud-of-you
        lay on his chest listening to his heartbeat	touch	
        Spent my whole day off with her at the beach in Lagos	time	
        ironed my uniform for tomorrow's flight	service	take-a-task
        she told her amma in malayalam that im a good husband, I understood that bit at least	words	brag-about-them
        she gave me a foot rub	touch	foot-rub
        got my wife a gold bangle for our 25th	gifts	
        he said im a natural with the baby at the christening	words	genuine-compliment
        she took my Saturday clients so I could rest my wrist	service	let-them-sleep-in
        did the 3am feed even tho he had a 7am start	service	take-a-task
        He put his arm round me on the walk home	touch	hold-hands-walking
        watched the sunrise at Nagarkot together	time	
        Arjun told me I'm the strongest woman he knows	words	genuine-compliment
        Bongani said I'm the most beautiful woman in Joburg, again	words	genuine-compliment
        wrote my wife a letter thanking her for 35 years, first week of retirement	words	
        she bought me a bottle of Lagavulin	gifts	
        wrote her a poem for our anniversary, only 8 lines but I meant every word	words	
        took over the till at the chippy so I could eat my tea	service	take-a-task
        long hug at the front door when he got back from the rig	touch	welcome-home-hug
        Ama sent "YOU'VE GOT THIS!!!!!!" before my interview	words	
        he said "none of this was your fault, you did everything right" — needed to hear that	words	
        baked cookies together with the kids	time	
        she stroked my face when I woke up	touch	
        kept telling him how handsome he looked in his kilt, he went scarlet	words	genuine-compliment
        went for dim sum together in Mong Kok	time	
        went to see the Christmas lights on Regent Street together	time	
        bought her a new bike helmet in her fave colour	gifts	
        bought my wife a new Kindle	gifts	
        gave me a head massage	touch	
        karaoke night with him at the pub	time	
        Mei Ling said my Cantonese is getting better and she's proud of me	words	proud-of-you
        he got me a phone case with our cat on it	gifts	
        Sipho brought home a bag of naartjies bc he knows I love them	gifts	favourite-snack
        she picked up my prescription on her way home	service	run-an-errand
        scraped the ice off my windscreen before my 5am round	service	take-a-task
        leaned into him on the sofa	touch	couch-cuddle
        we sat out on the porch in the Texas heat drinking sweet tea and talking	time	
        long whatsapp from Tariq listing all the reasons he's grateful for me	words	appreciation-text
        spooned all night during the storm	touch	
        Thanked Pat out loud for everything he does, he looked shocked	words	say-thank-you-out-loud
        We did a pottery class together 🏺	time	try-something-new
        he wrote "thank u for not giving up on me" in my birthday card 😭	words	
        played cards w/ her at the rehab ward every evening	time	play-a-game
        we cooked dinner together, laughing, no phones	time	
        Told Amara I'm proud of how she handled the ward round today	words	proud-of-you
        held hands walking along the beach in Kovalam	touch	hold-hands-walking
        did the big Tesco shop on his own on payday	service	run-an-errand
        Kofi called me his queen in front of the whole congregation	words	brag-about-them
        we played chess on the deck of the boat	time	play-a-game
        we learned a new BSL sign together every night this week	time	
        Mo found me a vintage Liverpool shirt at the car boot	gifts	
        brought her a box of mithai from Southall Broadway for no reason	gifts	favourite-snack
        Folded all the laundry while I was on the 14hr Manila leg	service	take-a-task
        coffee date at Starbucks before her shift	time	
        Scrubbed the oven bc she hates doing it	service	take-a-task
        Surprise Baby Yoda plushie on my pillow	gifts	
        we went out dancing till 2am with the flat	time	
        Dev told me I'm a brilliant dad to his girls. first time he's said it out loud	words	genuine-compliment
        Rohan said he admired how calm I stayed when the boiler packed in	words	genuine-compliment
        bought her tulips from the station, £5 well spent	gifts	pick-a-flower
        complimented Nadia's biryani to all her aunties, she was beaming	words	brag-about-them
        Neck rub while I was marking	touch	shoulder-rub
        he brought home a heart shaped stone from the beach for me	gifts	
        he rubbed my feet after a 12hr shift	touch	foot-rub
        helped me do my stroke exercises every morning this week	service	
        walk along the canal after my shift, just us two	time	short-walk
        tried out a new hiking trail in Malibu together	time	try-something-new
        he sent a Nando's delivery to my flat in London from Lagos	gifts	favourite-snack
        told my wife her new haircut makes her look 25 again	words	genuine-compliment
        facetimed Tunde for 3 hrs across the time difference just chatting	time	
        cuddle puddle with him and the dog	touch	
        he pulled me in for a hug at the christening	touch	
        she curled up against me	touch	
        he meal prepped 5 lunches for my nights on the ward	service	pack-their-lunch
        a hug that lasted ages in the car park	touch	long-hug
        he hugged me as soon as i got through the door	touch	welcome-home-hug
        Went to watch Wales at the Principality together	time	
        sat in A&E with her for 6 hours just talking	time	
        he told our flatmates im the funniest person hes ever met	words	brag-about-them
        Holding hands on the bus	touch	
        tapped my shoulder and kissed my cheek 😘	touch	
        Marcus did the school run AND packed the lunches	service	take-a-task
        Kwame thanked me in front of his mum for holding the family together	words	say-thank-you-out-loud
        she dealt with the landlord about the mould so I didnt have to	service	take-a-task
        he held my hand under the table at dinner	touch	
        I bathed the kids and got them to bed so she could rest	service	let-them-sleep-in
        text from jo at 6:14am "ur amazing, have a good round babe"	words	good-morning-message
        got him a Tim Hortons gift card bc he lives on their double doubles	gifts	
        held my weak hand and stroked it all evening	touch	
        he did the night feeds so i could get 6 hrs straight	service	let-them-sleep-in
        Nisha gave me a Pandora charm	gifts	
        He bought me a new saree for wedding season 🥻	gifts	
        she bought me the lego set ive been eyeing since xmas	gifts	
        gaz said my new fringe suits me and he NEVER notices hair lol	words	genuine-compliment
        cleaned up after the cat was sick so I didnt have to	service	take-a-task
        forehead kisses before bed	touch	
        he rang round 6 plumbers till one could come fix the boiler today	service	take-a-task
        he took the incident handover call so I could eat my dinner	service	take-a-task
        big hug and a kiss from Kemi as soon as she landed	touch	welcome-home-hug
        got him the vinyl he wanted for his birthday	gifts	
        left a post-it on the kettle: "you smashed that on-call shift, legend"	words	mirror-note
        drove out across the prairie to nowhere, just talking for hours	time	
        Sorted out the tax return for both of us	service	take-a-task
        Dayo surprised me with a new Ankara dress for the naming ceremony	gifts	
        she surprised me with a new pair of Hikari scissors for the salon 😍	gifts	
        Bike ride round Hyde Park, just us	time	
        Closed the chip shop for a Sunday and spent the day at Whitby together	time	
        bought Gemma roses from the petrol station lol	gifts	pick-a-flower
        left a lil note in her lunchbox saying im proud of u	words	note-in-bag
        texted Priya "thinking of you" during my meeting	words	
        complimented her presentation in front of her colleagues	words	genuine-compliment
        said thank you for all the washing up lately	words	thanks-for-chore
        wrote her a birthday card with a proper long message	words	
        Priya told me I'm a great dad	words	genuine-compliment
        voice memo saying i love you	words	voice-note
        encouraged her before the job interview	words	
        apologised properly for snapping yesterday	words	repair-attempt
        praised her cooking at dinner	words	genuine-compliment
        sent a sweet goodnite txt	words	
        made her coffee	service	make-their-coffee
        Priya ironed my shirts for the week	service	take-a-task
        filled up her car w petrol	service	fill-their-tank
        hoverd the lounge	service	
        booked the dentist appt for her	service	take-a-task
        packed the kids lunches so she could sleep in	service	let-them-sleep-in
        shoveled snow off the driveway before her shift	service	take-a-task
        bought her flowrs on the way home	gifts	pick-a-flower
        got her her fave choc bar	gifts	favourite-snack
        surprise book from the charity shop	gifts	small-book-or-article
        Priya brought me back a souvenir keyring from Lisbon	gifts	
        picked up a pastry for her from the bakery	gifts	their-usual-order
        ordered her new headphones	gifts	
        gave her a little plant for her desk	gifts	
        brought home a bottle of her favourite wine	gifts	favourite-snack
        made her a playlist as a present	gifts	
        wrapped a tiny gift for no reason	gifts	
        got concert tickets for her bday	gifts	
        phone-free dinner, just us two	time	
        watched a film together on the sofa	time	
        long chat on the balcony till midnight	time	
        Priya took the afternoon off to hang out with me	time	
        cooked dinner together	time	
        weekend trip to the coast just the two of us	time	
        listened to her talk about her day without looking at my phone	time	ask-about-their-day
        morning coffee together before work	time	morning-coffee-together
        30 sec hug	touch	long-hug
        gave her a bak rub	touch	shoulder-rub
        foot massage while watching telly	touch	foot-rub
        kissed her forehead goodnight	touch	
        Priya played with my hair till I fell asleep	touch	play-with-hair
        big bear hug when she got home	touch	welcome-home-hug
        snuggled in bed this morning	touch	
        rubbed her shoulders after work	touch	shoulder-rub
        kiss on the cheek at breakfast	touch	
        held hands on the plane during turbulence	touch	
        tickle fight, I lost	touch	
        netflix party from opposite sides of the planet	time	watch-together-apart
        She told me I'm a good mum. Needed that so bad today	words	genuine-compliment
        head in his lap while we watched telly	touch	couch-cuddle
        framed his PhD acceptance letter	gifts	
        kente scarf from Makola market for her	gifts	
        card under his pillow before my 4 day trip: "count the sleeps, I am"	words	mirror-note
        Our Lisbon layovers finally lined up!! 9 hrs exploring together	time	
        left a voicemail singing happy bday off-key from the Doha layover	words	voice-note
        Told Kofi his jollof beat my mother's. He nearly cried lol	words	genuine-compliment
        took her birding at dawn, she spotted the kingfisher first	time	
        cooked him egusi soup the way his mum does it	service	cook-their-favourite
        bf wrote "i'm so lucky" on a napkin at the diner and slid it across	words	
        got the washing in before the rain	service	
        made a little clay version of our dog	gifts	
        sat on the porch and strung beans together, just talkin	time	
        made him dinner after his 12 hr shift	service	take-a-task
        wrote him a fake google review: ★★★★★ would marry again	words	
        thanked him for all the invisible stuff he does that nobody notices	words	thanks-for-chore
        massaged her feet with shea butter	touch	foot-rub
        HE GOT ME A KINDLE 😭	gifts	
        star map print of the night we met	gifts	
        rested my head on her shoulder on the ferry	touch	
        helped her label field samples all evening	service	take-a-task
        made padkos for his drive back	service	pack-their-lunch
        played FIFA with him even tho I hate it	time	play-a-game
        made empanadas together just for us for once, not for the truck	time	
        pair of proper gloves for calving season	gifts	
        complimented her new braids in front of all her sisters	words	genuine-compliment
        box of cinnamon buns from the bakery on Sauchiehall	gifts	favourite-snack
        Told Margaret she's still the prettiest girl in the whole home. 61 years and counting	words	genuine-compliment
        big batch of chicken soup for her recovery week	service	take-a-task
        kissed the top of Tomasz's head while he was doing his emails	touch	
        ran my fingers thru his hair	touch	play-with-hair
        10 min check-in before bed, no phones, just how was your day really	time	ten-minute-check-in
        gave him a proper bear hug when he got off the chopper	touch	welcome-home-hug
        filled her car up w petrol	service	fill-their-tank
        made him a bracelet with the twins' names on it	gifts	
        lapis necklace from the artisan market in Valparaíso	gifts	
        listened to him explain his thesis for an hour without once checking my phone	time	phone-down
        handed her a flat white at the school gate	gifts	their-usual-order
        cabane à sucre with Mathieu, just the two of us this year	time	
        wrote a lil poem on the back of a receipt and stuck it on the fridge	words	mirror-note
        cuddled her after the nightmare	touch	long-hug
        cleaned the gutters out	service	
        made his bento boxes for the whole week	service	pack-their-lunch
        He texted "anh nhớ em" at lunch out of nowhere	words	
        got her a heated throw for the chemo chair	gifts	
        washed and folded all her laundry	service	take-a-task
        sticky note on her laptop: take a break, ur doing amazing	words	mirror-note
        quick kiss through the car window at shift change	touch	goodbye-kiss
        socks with tiny cows on them for my farmer	gifts	
        prepped the truck alone so she could sleep in	service	let-them-sleep-in
        hip flask engraved with our wedding date	gifts	
        15 whole minutes of coffee on the step before the twins woke. bliss	time	morning-coffee-together
        we cooked dinner together tonight, he chopped, i stirred	time	
        back together after 4 months, wouldn't let go of her hand all day	touch	
        packed his go-bag for fire season, checked it twice	service	take-a-task
        went to the oncology appt with her so she wasn't alone	time	
        went back to her grandmother's village with her for the festival	time	
        bragged about my girlfriend's marathon time to literally everyone at work	words	brag-about-them
        brought the cows in for him when his back went	service	take-a-task
        gf got my notes app list, 23 reasons, no particular order	words	why-i-love-you
        kept my hand on his knee the whole drive	touch	
        foot rub after her 14 hr shift	touch	foot-rub
        brought back duty free chocolates. again haha	gifts	favourite-snack
        chopped enough firewood for the week	service	
        brought Sione a shell from the beach in Ha'apai for his desk	gifts	
        brought back lokum from the Istanbul turnaround	gifts	favourite-snack
        he brings me a sugar packet from every airport lounge. i have 40 now	gifts	
        Screenshotted our very first chat and sent it with "look how far we've come"	words	
        he let me keep his hoodie. it's mine now	gifts	
        sat with her through the whole infusion, 5 hrs, played gin rummy	time	play-a-game
        proofread her chapter 3 at 1am	service	take-a-task
        stroked his back til he dozed off	touch	
        rang the insurance so she wouldn't have to	service	take-a-task
        Complimented my husband's new glasses, he's been so self conscious	words	genuine-compliment
        did both night feeds, both nights	service	take-a-task
        shared earbuds on the bus, listened to her whole playlist	time	
        He wrote "you're my favourite person" in the red dust on the ute door	words	mirror-note
        surprised him with tickets to see Burna Boy	gifts	
        game night for 2	time	play-a-game
        held her hand during the blood draw	touch	
        kissed her scar	touch	
        kiss at the gate before she flew out	touch	goodbye-kiss
        read aloud to her in bed, chapter 4	time	
        bum pat walking past lol	touch	hand-on-back
        did bedtime for both twins solo	service	take-a-task
        told him he has the nicest hands ive ever seen. weird but true	words	genuine-compliment
        told Dai he's a good man. he didn't say anything but I could tell it landed	words	genuine-compliment
        forwarded her supervisor's feedback with "TOLD YOU YOU'RE A GENIUS"	words	genuine-compliment
        box of pasteles from the panadería	gifts	favourite-snack
        shovelled the drive before he was up	service	take-a-task
        anniversary letter, handwritten, 4 pages front and back	words	handwritten-letter
        slow sleepy kisses this morning	touch	
        massaged his hands, the arthritis is bad this week	touch	
        cleaned up after the dog was sick so she didnt have to see it	service	take-a-task
        unblocked the shower drain	service	
        danced in the kitchen to his dad's old highlife records	time	
        went to the Hearts match with him even though I don't get football	time	
        did the school run so she could get to her scan	service	take-a-task
        ironed his uniform before the 4 day pairing	service	take-a-task
        Drove up to the ranger station just to eat lunch with him on his break	time	
        he brought me a kinder bueno from the servo 🥹	gifts	favourite-snack
        note on the bathroom mirror: ur gonna smash the viva	words	mirror-note
        Messaged "proud of u, stay safe" while he's on the fire line. no reply yet, that's ok	words	proud-of-you
        he texts good morning before every flight, even the 4am ones	words	good-morning-message
        little bag of ube candies from the Filipino shop	gifts	favourite-snack
        date night at the night market in Penang, shared everything	time	
        visited him on the ward every evening this week	time	
        new lure for his tackle box	gifts	
        brought home a bánh mì for her	gifts	favourite-snack
        Left encouraging notes tucked in all his textbooks before exam week	words	note-in-bag
        wrote m'eudail on the fogged-up window of the ferry for her to find	words	
        flowers for no reason	gifts	pick-a-flower
        reminded her the chemo doesn't change how gorgeous she is. said it twice	words	genuine-compliment
        sunday drive, no destination	time	
        put a birthday message in the local paper for her 70th	words	
        found a 4 leaf clover and pressed it for her	gifts	
        read him a thank-you letter for 30 years of marriage at breakfast	words	
        warmed her hands inside my jacket	touch	
        took Nana to the seniors' tea dance on Thursday, sat out the fast ones together	time	
        pottery class together, made two very ugly bowls	time	
        he rubbed my feet, 8 months pregnant	touch	foot-rub
        a sprig of heather from the moor for the kitchen table	gifts	pick-a-flower
        Sat with him in A&E all night	time	
        sticky note on his thermos: stay safe out there, love u more than coffee	words	note-in-bag
        brought her back a smooth river stone from the fire camp	gifts	
        thanked her for believing in me when I quit	words	
        bought her a lumbar cushion for long lab days	gifts	
        spent all saturday watching old movies, didn't move	time	
        Told him his sermon this morning really moved me	words	genuine-compliment
        brought her magazines and her fave lollies for the hospital stay	gifts	favourite-snack
        got him a proper chef's knife for the truck, engraved	gifts	
        got the generator running again	service	
        made cháo for her when she was sick	service	take-a-task
        told her i'm proud she stood up to her dad	words	proud-of-you
        brought her ice cream and a hot water bottle, she's on her period	gifts	favourite-snack
        massaged his scalp in the shower	touch	play-with-hair
        phone free sunday. just us and the crossword	time	phone-down
        karaoke in KL, she sang Siti Nurhaliza and I just watched her	time	
        booked all the appointments she's been dreading	service	take-a-task
        She said my paintings belong in a gallery. Made my whole week	words	genuine-compliment
        Picked up her prescriptions on the way home	service	run-an-errand
        took the twins out all morning so she could sleep	service	let-them-sleep-in
        she wrote "merci d'être toi" in the frost on my car window	words	mirror-note
        learned chess so we could play together in the evenings	time	play-a-game
        sat on the floor of the NICU with him for hours	time	
        topped up the water tank	service	
        massaged his calves after the ultra	touch	
        bought her the tiny cactus she kept staring at	gifts	
        camping up the holler this weekend, no signal, just us	time	
        breakfast date at the waffle place before his night shift	time	
        pep talk before her driving test, told her she's ready	words	
        rubbed her lower back, cramps	touch	shoulder-rub
        found the vinyl she'd been hunting for years at a car boot	gifts	
        told my partner she's the bravest person I know, after the MRI	words	genuine-compliment
        lay with our foreheads together in the dark	touch	
        cuppa on the verandah watching the storm roll in over the red dirt	time	
        fed the chooks	service	
        hand painted her a mug with our cats on it	gifts	
        reorganised the pantry like she's been wanting	service	take-a-task
        made her a playlist called "songs that are you"	gifts	song-for-them
        did the big shop together and it was weirdly fun??	time	
        Took him out on the boat. Just fishing, no talking needed	time	
        stargazing on the shed roof	time	
        paid all the bills this month	service	
        screamed "THAT'S MY WIFE" at her graduation	words	brag-about-them
        wrote "bore da cariad" on the whiteboard before I went out for milking	words	mirror-note
        bf and i did a 1000 piece puzzle for 3 hrs straight	time	play-a-game
        she stroked my hair til I fell asleep	touch	play-with-hair
        Sorted out his roster swap with crewing so he could make his sister's wedding	service	take-a-task
        picked up suya on my way home for her	gifts	favourite-snack
        squeezed her hand three times under the table. our code	touch	hand-squeeze
        held her hand under the table at her brother's wedding	touch	
        long text on day 200 of long distance about why she's worth every mile	words	why-i-love-you
        pulled her into a hug mid argument	touch	repair-attempt
        Stayed by Levan's side the whole supra even when the toasts went on for 4 hrs	time	
        shoulder rub at her desk	touch	shoulder-rub
        mended the hole in his work jacket	service	take-a-task
        ran her a bath w the good salts	service	
        got him the good coffee beans, not the supermarket ones	gifts	
        let her put her icy feet on my legs	touch	
        morning cuddles, 20 min of snooze	touch	
        Told him I'm proud he finally rang the GP about his back	words	proud-of-you
        framed our first ever photo together	gifts	
        scraped the ice off her windscreen at 6	service	take-a-task
        took the puppy out at 3am	service	
        drove 200km out to look at the stars with Shaz. nothing but us and the dingoes	time	
        day trip on the ferry to Chiloé, just us	time	
        full hype speech for gf in the car park before her big presentation	words	
        slipped a note in his work boot - miss you already x	words	note-in-bag
        lollies hidden in his crib box	gifts	favourite-snack
        scrubbed the griddle after close so he could go home	service	take-a-task
        went to her office christmas do and actually mingled for her	time	
        picked wildflowers up on the ridge for him	gifts	pick-a-flower
        sat in the car park eating chips and talking about everything	time	
        warmed up the car at -30 so she wouldn't freeze	service	take-a-task
        new headphones for his long hauls	gifts	
        held her through the panic attack	touch	long-hug
        New mouse for his laptop since his was held together w tape	gifts	
        painted the nursery together, yellow	time	
        Made him a quilt out of his old band t-shirts	gifts	
        sorted his meds into the weekly pill box	service	take-a-task
        video call dinner across 3 timezones, we cooked the same thing	time	
        kissed her shoulder while she was washing up	touch	
        kissed her forehead as she left	touch	goodbye-kiss
        knitted Gav a beanie for the rig. it's lumpy	gifts	
        Wrote an affirmation on the calendar for every night she's on nights	words	mirror-note
        cuddled on the couch after the twins finally went down	touch	couch-cuddle
        Wrote her into my thesis acknowledgements. "To M, who kept me alive"	words	
        letter for her to open when she lands in Singapore	words	note-in-bag
        hugged my wife for a full minute, she needed it	touch	long-hug
        Called the landlord about the mould. again	service	
        told her she handled the landlord like an absolute boss	words	genuine-compliment
        fed the ducks at the park like a pair of pensioners	time	
        praised his first sourdough even tho it was basically a brick	words	genuine-compliment
        braided her hair before bed	touch	play-with-hair
        40 min call on his break on the platform, best part of my week	time	
        new steel caps for his next hitch offshore	gifts	
        wrote "I choose you" on his banana in sharpie lol	words	note-in-bag
        she leaned on me the whole bus ride	touch	
        stayed up talking til 2am like we were 19 again	time	
        Potted basil for her balcony	gifts	
        croissant aux amandes waiting on the counter when I woke up	gifts	favourite-snack
        thanked him out loud at christmas dinner for getting us through this year	words	say-thank-you-out-loud
        cuddles with tea, rainy arvo	touch	couch-cuddle
        cleaned her car inside and out	service	take-a-task
        linked arms walking down the hill in the wind	touch	hold-hands-walking
        washed her hair for her, her arms are too sore after surgery	service	take-a-task
        renewed his passport for him	service	take-a-task
        hugged him for ages after the phone call about his dad	touch	long-hug
        took the afternoon off to go round the botanic gardens with him	time	
        changed the tyre on the side of the A9	service	
        fixed the fence before the southerly hit	service	
        made his coffee exactly how he likes it	service	make-their-coffee
        scrabble in the care home lounge with Arthur till the nurses shooed us off	time	play-a-game
        went to his band's gig and stayed for the whole set	time	
        deep cleaned the bathroom	service	
        finally fixed the squeaky bedroom door	service	
        Cristóbal told the whole food truck queue I make the best empanadas in Valpo	words	brag-about-them
        monthly "state of the union" chat over tea, kept it honest	time	ten-minute-check-in
        forehead to forehead at the altar rehearsal	touch	
        fell asleep holding hands across the hospital bed	touch	
        we held hands through the whole film in the care home lounge	touch	
        sat on the couch with my legs over his	touch	couch-cuddle
        our weekly walk round the loch	time	short-walk
        made her a jar with 365 little folded notes for her birthday	gifts	
        got her a polaroid camera for the trip	gifts	
        hands on her belly feeling the twins kick	touch	
        my wife posted about how proud she is of my nursing degree 🥹	words	brag-about-them
        set up her new laptop and moved all her files	service	take-a-task
        told Ama her kenkey business is going to blow up, I believe in it 100%	words	
        sat up on the cliff at Mwnt and watched the dolphins together	time	
        sleeping hand in hand, our beds pushed together now	touch	
        slow morning run together, he kept my pace	time	
        postcard from Tbilisi: wish you were here, actually wish I was there with you	words	handwritten-letter
        massaged her temples for the migraine	touch	
        mopped up after the flood	service	
        Breakfast in bed for her, pancakes	service	take-a-task
        nose rubs w Mele at the wharf before she left for Nuku'alofa	touch	goodbye-kiss
        rubbed his shoulders after the rig hitch	touch	shoulder-rub
        back scratches on demand	touch	
        Sent him a list of 10 things I love about him bc his shift was brutal	words	why-i-love-you
        sprinkle donut on her desk before she got in	gifts	favourite-snack
        we finally matched our days off and went to the lake	time	
        love note taped to the coffee tin for his 5am start	words	mirror-note
        book off her wishlist	gifts	small-book-or-article
        picnic on a hay bale during harvest break	time	
        got her a fountain pen to sign the thesis with	gifts	
        jar of sourwood honey from the man up the road, for her tea	gifts	
        Tulips from the garage forecourt. still counts	gifts	pick-a-flower
        binge watched a whole season on FaceTime with him	time	watch-together-apart
        voice note in Twi telling her she's my everything	words	voice-note
        hauled water up from the creek	service	
        hugged her in the walk-in between orders	touch	
        fixed the chain on her xe máy	service	take-a-task
        gardened together all arvo	time	
        PhD writing date at the library, side by side, snacks at the break	time	sit-near-them
        told my husband I'm proud of him for going to meetings every week	words	proud-of-you
        lazy morning, coffee, talked about where we want to be in 5 yrs	time	morning-coffee-together
        good morning affirmation text, day 47, still going	words	good-morning-message
        Surprise iced milo from the mamak	gifts	their-usual-order
        assembled the cot, only swore twice	service	
        long embrace at the bus station, 3 months till the next one	touch	long-hug
        watched his favourite anime w him and actually asked questions	time	watch-their-show
        long hug at arrivals, didn't care who was watching	touch	welcome-home-hug
        praised how calm he was with the twins' meltdown at the shops	words	genuine-compliment
        cooked bánh xèo together from her mum's recipe	time	
        brought home a kitten. she cried	gifts	
        he sent a voice memo from the rig, just saying goodnight and that he misses my laugh	words	voice-note
        got my bf the lego millennium falcon he's wanted since he was 8	gifts	
        took the ferry to the mainland to fetch her part for the boat	service	run-an-errand
        chalked WELCOME HOME FIREFIGHTER on the porch steps	words	mirror-note
        brought her a bubble tea on the way back from class	gifts	their-usual-order
        drew a heart + "u got this" in the steamy mirror	words	mirror-note
        scalp massage while she read	touch	play-with-hair
        Matching hoodies lol	gifts	
        Walked the dogs in the rain so he didn't have to	service	take-a-task
        texted "you're the best dad to these two gremlins" during the 3am feed	words	genuine-compliment
        posted a care package: Tim Tams, wool socks and a photo of the dog	gifts	send-a-care-package
        hug before he went on the fire line	touch	
        held his hand at the clinic	touch	
        Told Ngozi her presentation voice gives me chills, in a good way	words	genuine-compliment
        watched sunrise from the tray of the truck before his rig rotation	time	
        kisses all down the back of her neck	touch	
        defrosted the freezer finally	service	
        fixed the wifi (turned it off and on)	service	
        note in her scrubs pocket	words	note-in-bag
        phone case with our dog's face on it	gifts	
        scrapbook of our first year, finally finished it	gifts	
        said thank u for being patient w me today, i was a mess	words	
        He said I make him a better person 🥺	words	genuine-compliment
        helped him stretch his back out, hands on	touch	
        gave her nain's old brooch, she always admired it	gifts	
        she came out to feed the calves at 5am just to keep me company	time	sit-near-them
        back rub after a day of harvest	touch	shoulder-rub
        cut up his food for him, his hand's still in the cast	service	
        long walk along the machair at sunset, no kids	time	short-walk
        spent sunday after church at the beach with Sione, just us two	time	
        walked the dogs together, both phones left at home	time	short-walk
        complimented his driving on the mountain pass, he was glowing	words	genuine-compliment
        sewed name labels into all the twins' uniforms	service	
        praised his braai in front of my brothers. it was burnt. didn't matter	words	brag-about-them
        shea butter from Tamale for her dry hands	gifts	
        she played with my fingers on the bus	touch	
        carved her a spoon out of the cherry branch	gifts	
        drove her 3 hrs to her mum's and back	service	
        gave him my full attention at dinner, phone in the drawer	time	phone-down
        did all the dishes so she could rest	service	handle-the-dishes
        got him the limited edition hot sauce	gifts	
        walked to the chippy the long way, talking baby names	time	short-walk
        Said she looks beautiful. She was in old trackies w no makeup and I meant it	words	genuine-compliment
        told him his accent is the sexiest thing about him. again	words	genuine-compliment
        bought her the mangoes she likes from the roadside stall	gifts	favourite-snack
        massaged lotion into her dry hands	touch	
        gutted and cleaned the fish he caught	service	take-a-task
        went to her favourite phở stall at 6am together before work	time	
        picked him up a keychain at Incheon	gifts	
        the perfume she'd been eyeing for months	gifts	
        she brought back churchkhela from her mum's in Kakheti	gifts	favourite-snack
        took her a cold coke out to the shearing shed	gifts	favourite-snack
        kept her orchids alive while she was in Perth	service	take-a-task
        swept the shop and did the floats before she opened	service	take-a-task
        spooned till the alarm went	touch	
        talked on the porch till 2am like when we first met	time	
        he told me im beautiful without makeup. at 6am. with pillow face.	words	genuine-compliment
        new slippers for her, the old ones had holes	gifts	
        brought him back a fridge magnet from Lima	gifts	
        made him oatmeal with cinnamon before his early shift	service	
        FINALLY fixed the leaky tap. only took 3 months 🙃	service	
        packed his lunch for the double — jollof in the good tupperware	service	pack-their-lunch
        told my husband how proud I am of how he handled that ER shift from hell	words	proud-of-you
        slow dance in the kitchen to Bob Marley	touch	
        She told the whole queue at the bakery that I make the best croissants in town	words	brag-about-them
        Texted Tomas "so proud of u" after he got his 6 month chip	words	proud-of-you
        tagged along to his physio and got lunch after	time	
        ordered pizza to his station for the whole crew	gifts	
        texted her a pic of our first date receipt w/ "still my fav person"	words	photo-memory
        chopped enough wood for the week	service	
        back massage	touch	shoulder-rub
        date night at the jazz bar on Frenchmen St 🎷	time	
        Lars cleared the snow off my car AND warmed it up	service	take-a-task
        texted him from the ward: thinking of u, long night x	words	
        Wrote "Ich liebe dich, Schatz" on his Brotzeit bag	words	note-in-bag
        shoulder massage after band practice	touch	shoulder-rub
        held her hand the whole flight to Oslo, she hates turbulence	touch	
        hung the washing out	service	
        hugged him at arrivals, didn't let go for ages	touch	welcome-home-hug
        mended his nets while he slept off the night catch	service	take-a-task
        little ceramic cat from the flea market	gifts	
        dropped his suit at the dry cleaners on my lunch	service	run-an-errand
        sat with him in the A&E waiting room for 4 hrs	time	
        went to mass with her family even though I'm not religious	time	
        complimented her haircut in front of her sisters so they'd all hear	words	genuine-compliment
        new headphones for his tour, surprise!	gifts	
        "thank you for today" text after the oncology appt	words	appreciation-text
        he carved me a wooden spoon	gifts	
        snuggled by the fire	touch	
        pancake sunday and a big talk about our future	time	
        Booked all her appts for the month so she doesnt have to call anyone	service	take-a-task
        Bought him the pricey bread knife he's been eyeing for the bakery	gifts	
        cooked doro wat for her whole family on Sunday, 6 hrs of onions	service	
        made him a playlist called "songs that are u"	gifts	song-for-them
        jar of honey from my uncle's bees for her	gifts	
        found a vinyl of his dad's favourite album at a car boot sale	gifts	
        got him a new harmonica in A	gifts	
        note in his tackle box: come home safe, love you x	words	note-in-bag
        made plov together, her mum's recipe, my chopping	time	
        set up the baby monitor and the white noise thing	service	
        alpaca wool earmuffs from the Cusco market for her	gifts	
        tightened the bolts on the ramp at the back door, it was wobbling under her chair	service	take-a-task
        told him the purple wheels suit him	words	genuine-compliment
        translated the council letters for him and rang them	service	take-a-task
        she sent me a box of Rakhat chocolates from home	gifts	send-a-care-package
        he keeps slipping little affirmation cards into my wallet, found a new one today	words	note-in-bag
        she hugged me in front of everyone at the station	touch	
        went to his mate's gig and stayed til the very end	time	
        did the big food shop	service	run-an-errand
        filled out her visa forms, all 14 pages, triple checked	service	take-a-task
        she got me the fancy hand cream for my wrecked ER hands	gifts	
        paid the phone bill before it got cut off lol	service	
        nap date. baby asleep. both of us out cold by 2:05	time	
        went to her work karaoke bc she wanted me there 🎤	time	
        did all the washing up after the family dinner. 14 people. 14!!	service	handle-the-dishes
        he put sunscreen on my back at the beach in Nadi	touch	
        she said "te quiero, gordito" when I came in covered in mud from the chacra	words	
        mowed the lawn without being asked!! who is this man	service	take-a-task
        "I married up" — him, to the waiter. still blushing	words	brag-about-them
        scrubbed the bathroom before her parents arrived from Isfahan	service	take-a-task
        held Nia's hand during the scan, she squeezed so hard	touch	
        she sorted my tax return, i owe her my life	service	take-a-task
        shovelled the driveway before he woke up	service	take-a-task
        went with him to his meeting and sat at the back with the bad coffee	time	
        a single sunflower from the roadside stand	gifts	pick-a-flower
        did the crossword together over breakfast, argued about 7 down	time	play-a-game
        Chidi bragged about my promotion in his family whatsapp	words	brag-about-them
        walked Biscuit for her while she was on call	service	take-a-task
        evening walk round the lough, left both phones at home	time	short-walk
        sewed the button back on his work coat	service	take-a-task
        fed the chickens so he could have a lie-in	service	let-them-sleep-in
        left a card on her pillow saying how much I appreciate her	words	mirror-note
        my husband carried the laundry up 3 flights and folded it too	service	take-a-task
        gutted the fish for her, she hates the smell on her hands	service	take-a-task
        told him straight up he's a great dad. he needed to hear it	words	genuine-compliment
        played guitar together on the terrace till the neighbours complained	time	
        head massage after her migraine	touch	
        rubbed her lower back (7 months pregnant and sore)	touch	shoulder-rub
        hot water bottle with a cute cover for her cramps	gifts	
        she rubbed my shoulders at the red light in the truck	touch	shoulder-rub
        20 mins on the balcony no kids no phones 🙏	time	
        foot rub after her 14 hr shift in the ED	touch	foot-rub
        went to the laundromat with him just to hang out	time	
        long morning cuddle before the kids burst in	touch	
        we volunteered at the food bank together this morning	time	
        sat by the fire and let him talk about his dad for as long as he needed	time	
        Told Seán the garden looks class, he's been at it for weeks	words	genuine-compliment
        He read my whole thesis chapter and said "this is really good, babe"	words	genuine-compliment
        he filled my pill organiser for the week without me asking	service	take-a-task
        hugged her from behind while she stirred the pot	touch	
        hid a note in his ruck: "counting the days, soldier"	words	note-in-bag
        cooked adobo so there's something hot for her after her shift	service	take-a-task
        tickets to see her fav band in May!!	gifts	
        carried water up from the tank when the pump broke	service	
        called the landlord about the mould for him since his english is still shaky	service	take-a-task
        morning prayers together then chai before the kids woke	time	morning-coffee-together
        gave him my full attention for the entire rant about the depot manager	time	
        stargazing on the roof in Shiraz, counted satellites	time	
        sat up with her mum overnight so she could finally sleep	service	let-them-sleep-in
        socks with cats on for him	gifts	
        walked to Friday prayers together and home the slow way	time	short-walk
        footsie under the table at the restaurant	touch	
        left a post-it on the bathroom mirror: "you've got this interview, love"	words	mirror-note
        told him his New Orleans drawl is the sexiest thing about him	words	genuine-compliment
        letter tucked in her suitcase for the conference, to read on the plane	words	note-in-bag
        held his hand through the whole IV	touch	
        we watched the sunrise from the harbour wall before he went out on the boat	time	
        fridge magnet letters: U R MY FAV	words	mirror-note
        gave him a bag of salmiakki from the airport	gifts	favourite-snack
        for her birthday: the book she's been going on about for months	gifts	small-book-or-article
        Ingrid said my toast at her sister's wedding was the best part	words	genuine-compliment
        wrote "12 yrs x" in the frost on her windscreen	words	mirror-note
        gave him an instax for our trip	gifts	
        held hands in the rain	touch	
        she wrote something soppy on my cast and won't tell anyone what it says	words	
        wrote "sorry + thank you" on the kitchen whiteboard after our row	words	mirror-note
        Aigerim texted me good luck in English AND Kazakh 🥹	words	
        held her while she cried about her dad	touch	long-hug
        riverwalk date, me rolling, him strolling, chatted the whole way	time	short-walk
        brought home a slice of black forest from the shop for him	gifts	favourite-snack
        the perfume she's had her eye on since christmas	gifts	
        hiked Lion's Head together at her pace, sunset at the top	time	
        He told me I'm a good mum. Really needed it today.	words	genuine-compliment
        after we got his mum settled he said "I couldn't do any of this without you"	words	
        made ceviche out of what he caught so he didn't have to cook	service	take-a-task
        visited her granny at the care home together on Sunday	time	
        she praised my cooking in her new English, "very delicious, husband" 😂	words	genuine-compliment
        pineapple from the market cause she loves them	gifts	favourite-snack
        leaned on each other half asleep on the night bus	touch	
        took her car thru the carwash	service	run-an-errand
        called her my queen when she walked in from nights	words	
        tiny cactus for her desk 🌵	gifts	
        sent a parcel to his base: tim tams, socks, photos of the dog	gifts	send-a-care-package
        brought back the hotel shampoo she liked lol	gifts	
        watched her k-drama with her even tho i have no idea who anyone is	time	watch-their-show
        sat on the wall outside the chipper like we were 17 again	time	
        rubbed his temples for the headache	touch	
        thanked my wife for being so patient with my english	words	say-thank-you-out-loud
        Drove his mum to dialysis Tues+Thurs so he didn't lose the shifts	service	take-a-task
        ironed all his shirts for the week while he was on the phone w his sister	service	take-a-task
        Kofi sent a voice note from the tour bus at 3am just to say he misses me	words	voice-note
        bought a present for the baby AND one for her. she's been a bit forgotten lately	gifts	
        hour long call while he's deployed and the connection didn't drop ONCE	time	
        late night chat on the sofa after the teens went up	time	
        cleaned out the ute, found 4 lighters and a sandwich	service	
        held hands at Mum's bedside, both of us quiet	touch	
        stroked his hair till he drifted off	touch	play-with-hair
        Got her a cosy hoodie for night shift	gifts	
        pottery class date 🏺 my bowl is a disaster	time	
        spent my day off at the bakery just keeping her company behind the counter	time	sit-near-them
        wrote "break a leg" on the back of his setlist	words	note-in-bag
        found a 4 leaf clover and gave it to him	gifts	
        bought him a warm hat for the trawler	gifts	
        Said "I see how hard you're working." She teared up over the sink	words	notice-hard-work
        cuddle pile with the baby on sunday morning	touch	
        pub quiz, team of 2, came 4th	time	play-a-game
        laid out his uniform and charged his phone before his 5am start	service	take-a-task
        Knitted him thick socks for the boat	gifts	
        He asked about my day and actually listened!!	time	ask-about-their-day
        listened to her whole day without touching my phone once	time	ask-about-their-day
        walked the dog together and finally talked about moving back to Manila	time	short-walk
        cleared the gutters b4 the storm	service	
        He called me "azizam" in front of his whole family for the first time	words	
        whispered "you're doing so well" to her during the 4am feed	words	genuine-compliment
        board game night just us 2 (she won, again)	time	play-a-game
        fixed her bike chain, greasy hands worth it	service	take-a-task
        bought her a little tin of proper saffron	gifts	
        kissed her neck while she was kneading dough. got flour everywhere	touch	
        big hug	touch	long-hug
        long anniversary text about why I still love her, sent at midnight exactly	words	why-i-love-you
        hugged him tight before the interview	touch	long-hug
        Stayed up til 1 for the northern lights together. worth it	time	
        she leaned her head on my shoulder on the ferry	touch	
        long hug when he came out of the meeting	touch	long-hug
        he brought me Toblerone from duty free, as always	gifts	favourite-snack
        bought her the good chocolate not the cheap stuff	gifts	favourite-snack
        did evry single nappy last night so she could get some sleep	service	let-them-sleep-in
        held hands under the table at his parents'	touch	
        Sent Farah a text in Farsi I practised all week: "to khooneye mani" 💛	words	
        Brought home a mango for her from the market 🥭	gifts	favourite-snack
        restrung his guitar before soundcheck while he did the radio interview	service	take-a-task
        kept my hand on her shoulder at the doctor's	touch	
        learned 10 english words together at the kitchen table, she quizzed me and we laughed a lot	time	
        played chess on our anniversary like on our first date	time	play-a-game
        posted a gushy bday thing on insta about him, he pretended to hate it	words	brag-about-them
        sent a good morning text from the boat before we lost signal	words	good-morning-message
        road trip to the coast, no plan at all	time	
        took the bins out even though its her week	service	take-a-task
        we read to each other before sleep	time	
        left a Kinder egg in his locker	gifts	favourite-snack
        massaged his back with coconut oil	touch	shoulder-rub
        Took the day off to go to the 20 week scan with her	time	
        he scratched my back without me even asking	touch	
        gave his dad his bath so he could have an hour off	service	take-a-task
        did the school run so Amara could sleep in after nights	service	let-them-sleep-in
        keychain with our son's footprint on it	gifts	
        prepped the kids lunches for the week on sunday	service	
        got her a silk scarf at the bazaar in Almaty	gifts	
        lunch date between his shifts in the hospital canteen	time	
        bought her a plastic ring at the fair. she still wears it	gifts	
        goodnight kiss even tho we were fighting	touch	
        watched the same film in sync over video call, him in a hotel in Leeds	time	watch-together-apart
        cuddled under a blanket on the balcony	touch	
        found a heart shaped stone on Inch beach and gave it to her	gifts	
        he said my accent is cute not funny. made my whole day	words	genuine-compliment
        she kisses my cheek every time she walks past my desk	touch	
        Told Lupe she's the strongest woman I know	words	genuine-compliment
        out of nowhere at the bus stop she said I'm the best thing that ever happened to her	words	
        he warmed my feet with his	touch	
        packed the car for the trip to the coast	service	
        sticky note on the coffee tin: ur brilliant go smash it	words	mirror-note
        went thru old photos together all evening, lots of laughing	time	
        letter from Jay arrived today. dated 3 wks ago, still made me cry	words	handwritten-letter
        his hand on my knee the whole drive to Galway	touch	
        danced all night together at the fiesta in Cusco	time	
        he got me a new SIM with int'l minutes so I can call my mum in Addis	gifts	
        he wrote a lyric about me on a napkin at the pub	words	
        holding hands in the cinema like teenagers	touch	
        picnic w the baby, we both actually sat still for an hour	time	
        bought him a nice pen for his exams	gifts	
        brought him back coffee beans from Yirgacheffe	gifts	
        said thank u for cleaning even tho I was being grumpy	words	thanks-for-chore
        big bear hug when he got the job!!	touch	long-hug
        he washed my hair in the sink bc of the cast. got water everywhere	service	take-a-task
        braided her hair before church	touch	play-with-hair
        30th bday card w/ 30 reasons i love u	words	why-i-love-you
        stocked the fridge before her run of nights	service	run-an-errand
        rubbed her feet while she watched tv	touch	foot-rub
        after mum went to bed we had tea on the back step, just us	time	
        Made the dough at 3am so Jonas could sleep past 4 for once	service	let-them-sleep-in
        brought in the turf for the fire and set it for her	service	take-a-task
        Took Mariela to San Pedro market just to wander, no shopping list	time	
        watched the sunset off the jetty on Taveuni	time	
        quizzed her for the citizenship test every night this week	service	
        tulips from the petrol station, bless him	gifts	pick-a-flower
        organised the garage like she's been asking since march	service	take-a-task
        movie marathon in bed, all the Harry Potters	time	
        massaged her hands after the bakery shift	touch	
        fishing at dawn, said maybe 5 words, perfect morning	time	
        framed his first ever gig poster	gifts	
        rubbed arnica into his sore knee	touch	
        made a photo book of our first year	gifts	
        rubbed his feet, he's been on them 12 hours	touch	foot-rub
        she wrote "ur doing amazing sweetie" on a sticky note on the baby monitor lol	words	mirror-note
        He did the 2am AND the 5am feed 😭	service	take-a-task
        "good morning gorgeous" on the mirror in my own lipstick, cheeky	words	mirror-note
        she rode the whole night route with me, front seat, chatting between stops	time	sit-near-them
        dominoes night at his cousins' in Kingston, he never left my side	time	
        Mele wrote our names in the sand at Natadola with "4eva"	words	
        sat on his lap in the big chair	touch	
        did all the teen taxi runs this weekend (3 parties, 1 match)	service	take-a-task
        took her car to the mechanic and sat there 2 hrs	service	run-an-errand
        she kissed my scars	touch	
        held hands during grace	touch	
        held them both while she did skin to skin with the baby	touch	long-hug
        wrote a little poem and stuck it in her lunchbox	words	note-in-bag
        gave her a monstera for the new flat	gifts	
        sunday lunch, just us, no in laws, no phones	time	
        bf called me his hero in front of his mates 🥲	words	brag-about-them
        he brought me mangoes from his auntie's tree	gifts	favourite-snack
        beach walk at dusk along the Suva seawall	time	short-walk
        surprise roses for no reason	gifts	pick-a-flower
        put together a little care package for her hospital bag	gifts	send-a-care-package
        framed a photo from our wedding for his office	gifts	
        drive-in movie in the old ute	time	
        complimented her parallel parking, she's very smug now	words	genuine-compliment
        danced close at Dawit's wedding	touch	
        sat on hold w the insurance for an hour so she didn't have to	service	take-a-task
        went to watch the Springboks with him at the pub. i don't even like rugby	time	
        went to the cemetery with her on her mum's anniversary and just stayed	time	
        txt before his shift: drive safe, u got this route 🚌	words	
        made time for a walk tonight even though we're both wrecked	time	short-walk
        left a voicemail singing happy birthday off key on my break	words	voice-note
        new fishing rod for his 50th	gifts	
        picked up her prescription	service	run-an-errand
        kissed him good morning before the alarm	touch	
        our weekly check-in over tea	time	ten-minute-check-in
        hoovered upstairs	service	
        reminded her she is not a burden. said it twice so it'd land	words	
        lazy breakfast in bed, both of us, did nothing till noon	time	
        teddy from the hospital gift shop for her	gifts	
        told him his injera is better than his mum's (pls never tell her)	words	genuine-compliment
        forehead kisses 🥺	touch	
        new bell for my bike 🔔 from him	gifts	
        changed the sheets so he'd come home to a fresh bed after tour	service	make-the-bed
        Emailed him a list of things I admire about him. He cried at his desk apparently	words	why-i-love-you
        she gave me a drawing of us, framed	gifts	
        told Nani he was a wonderful son to his dad today	words	genuine-compliment
        he found the Filipino snacks I miss at the asian grocer, polvoron and everything	gifts	favourite-snack
        scraped the ice off her windscreen b4 she left	service	take-a-task
        thanked him out loud at dinner for everything he's done for Mamá this year	words	say-thank-you-out-loud
        she bought me new pushing gloves for my chair, the comfy leather ones	gifts	
        20 second hug, apparently it's science	touch	long-hug
        he lifted me into bed and just held me a minute	touch	long-hug
        coffee ceremony together on sunday morning, just the two of us for once	time	morning-coffee-together
        warm hands on my cold back lol	touch	
        she loaded the van out after the gig at 2am, I was wrecked	service	take-a-task
        ran to the pharmacy for her at 10pm, got the good tissues too	service	run-an-errand
        he noticed my new glasses and said they make me look clever 🤓	words	genuine-compliment
        crocheted her a blanket for our anniversary	gifts	
        gave him my granddad's lucky coin before he deployed	gifts	
        after my slip he just said "I still believe in you." no lecture	words	
        kissed her belly goodnight	touch	
        Told my husband I'm proud of him for going to his meeting tonight	words	proud-of-you
        nuzzled into him at the bus stop	touch	
        1 year sober: gave him a watch engraved with the date	gifts	
        Green Bazaar on Saturday, we tried every kind of kurt together	time	try-something-new
        kitchen cleaned top to bottom while she was at work	service	take-a-task
        phone-free dinner, first in ages	time	
        breakfast over FaceTime, 9 timezones apart, his cereal my dinner	time	
        Told her she's the best mum our girls could ask for. They're 15 and 13 so she needed that rn	words	genuine-compliment
        Told her I notice how patient she is with Dad, even when he doesn't remember her name	words	genuine-compliment
        fixed the wifi, i'm basically a hero	service	
        "you make this place feel like home" - Sipho, first night in the new flat	words	genuine-compliment
        got him the fancy alcohol-free beer he likes	gifts	favourite-snack
        she kissed my knuckles	touch	
        Lebkuchenherz from the Wiesn for her, says "Mei Schatzi"	gifts	favourite-snack
        drove her to the airport at 4am no complaining	service	
        turned the telly off and just talked	time	
        shell necklace from the market in Suva	gifts	
        brought beignets back from Café du Monde, still warm	gifts	favourite-snack
        kayaked the fjord together, just us and a seal	time	
        gf hyped me up all morning before my driving test	words	
        wrote her a proper thank you card for getting us through the move	words	appreciation-text
        coffee at the petrol station at 5am before his boat, just the two of us	time	morning-coffee-together
        kiss at the gate before his deployment	touch	goodbye-kiss
        unblocked the toilet. romance is alive	service	
        Sunday drive down to Tegernsee, Biergarten after	time	
        he brought me a beef patty from the good place in Half Way Tree	gifts	favourite-snack
        pressed a flower from the garden into her card	gifts	pick-a-flower
        bought gf her fav iced latte on the way over	gifts	their-usual-order
        Bought her a nice notebook for her English class	gifts	
        he made me caldo de gallina when i was sick	service	take-a-task
        """#
}
