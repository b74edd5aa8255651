// The built-in gestures, grouped by their primary love language. Written for Micromance;
// keep titles short and imperative, details to one sentence, effort in minutes.

private func entry(
    _ id: String, _ title: String, _ detail: String, _ languages: [LoveLanguage], _ minutes: Int,
    _ contexts: Set<GestureContext>, _ keywords: [String]
) -> Gesture {
    Gesture(
        id: Identifier(id), title: title, detail: detail, languages: languages, effortMinutes: minutes,
        contexts: contexts, keywords: keywords)
}

let wordsGestures: [Gesture] = [
    entry(
        "appreciation-text", "Send a text about what you appreciate", "Name one specific thing they did today and why it mattered to you.",
        [.words], 1, [.apart], ["appreciation", "appreciate", "appreciated"]),
    entry(
        "note-in-bag", "Slip a note into their bag", "A line or two on paper, found later when they need it most.", [.words, .gifts], 3,
        [.morning, .stress],
        ["note in bag", "note in their bag", "lunchbox", "bag note", "note in their", "lunch box", "lunch pail", "lunch tin", "tiffin"]),
    entry(
        "mirror-note", "Leave a note on the mirror", "Write something warm where they will see it while getting ready.", [.words], 2,
        [.morning], ["mirror", "post-it", "sticky note"]),
    entry(
        "proud-of-you", "Tell them you're proud of them", "Say it plainly and say what for; no 'but' afterwards.", [.words], 1,
        [.celebration, .stress], ["proud"]),
    entry(
        "genuine-compliment", "Give a genuine compliment", "Notice something real, about how they think or act, not only how they look.",
        [.words], 1, [.morning, .evening],
        [
            "compliment", "complimented", "suits them", "looked beautiful", "the cutest", "smarter than", "fantastic", "brilliant",
            "admire", "admired", "beautiful", "gorgeous", "handsome", "great dad", "great mum", "great mom", "stunning", "genius",
            "wonderful", "praised", "clever", "brave",
        ]),
    entry(
        "thanks-for-chore", "Thank them for a routine chore",
        "The bins, the dishes, the bills: thank them for the thing nobody thanks them for.", [.words], 1, [.ritual],
        ["thank", "thanked", "thanks", "chore"]),
    entry(
        "notice-hard-work", "Notice how hard they work", "Tell them you see the effort, even when the result isn't in yet.", [.words], 1,
        [.stress, .evening], ["hard work", "working hard", "effort"]),
    entry(
        "why-i-love-you", "Say one reason you love them", "A single, specific reason, out of the blue.", [.words], 1, [.evening, .ritual],
        ["reason i love", "why i love", "love you because"]),
    entry(
        "brag-about-them", "Speak well of them to others", "Praise them to a friend or family member, in their hearing or not.", [.words],
        2, [.celebration],
        [
            "bragged", "brag", "sang their praises", "in front of everyone", "group chat", "groupchat", "a toast", "shouted out",
            "showed off",
            "in front of", "told the whole", "told everyone", "bigged", "shoutout", "shout out", "tribute", "told their mum",
            "told their dad", "told their friends", "to their friends",
        ]),
    entry(
        "good-morning-message", "Send a good-morning message", "A short message so their day starts with you in it.", [.words], 1,
        [.morning, .apart, .ritual], ["good morning", "morning text", "morning message"]),
]

let serviceGestures: [Gesture] = [
    entry(
        "make-their-coffee", "Make their coffee the way they like it", "Their cup, their milk, their sugar, ready before they ask.",
        [.service], 5, [.morning, .ritual], ["coffee", "latte", "espresso", "cappuccino", "flat white"]),
    entry(
        "make-their-tea", "Bring them a cup of tea", "Brewed the way they take it, set down within reach.", [.service], 5,
        [.evening, .stress], ["tea", "cuppa", "brew"]),
    entry(
        "take-a-task", "Take a task off their plate", "Pick one thing on their list and quietly do it.", [.service], 20, [.stress],
        [
            "task", "took over", "off their plate", "to-do", "so they didn't have to", "their turn", "so they could", "taxes", "paperwork",
            "forms", "landlord", "plumber", "rescheduled", "so i didn't have to", "so she didn't have to", "so he didn't have to",
            "that's my job", "handled all", "cover letter",
        ]),
    entry(
        "run-an-errand", "Run an errand for them", "The pharmacy, the post office, the return they keep putting off.", [.service], 30,
        [.stress, .weekend],
        ["errand", "post office", "pharmacy", "collected", "meds", "prescription", "vet", "oil change", "took the car in", "library books"]),
    entry(
        "make-the-bed", "Make the bed on their usual turn", "Do the small job they normally do, without announcing it.", [.service], 3,
        [.morning], ["bed", "made the bed", "make the bed"]),
    entry(
        "warm-towel", "Warm their towel", "Put their towel on the radiator or in the dryer before their shower.", [.service, .touch], 2,
        [.morning, .evening], ["towel"]),
    entry(
        "let-them-sleep-in", "Let them sleep in", "Take the early shift, the kids or the dog, so they can rest.", [.service, .gifts], 30,
        [.weekend, .morning], ["sleep in", "lie in", "slept in"]),
    entry(
        "pack-their-lunch", "Pack their lunch", "Something they like, maybe with a note tucked in.", [.service], 10, [.morning],
        ["lunch", "tiffin", "bento", "lunchbox", "make their lunch", "made lunch", "packed lunch"]),
    entry(
        "fill-their-tank", "Fill up their car or charge their phone", "Take care of the small running-out that would annoy them later.",
        [.service], 10, [.stress], ["fuel", "gas", "petrol", "charged", "tank"]),
    entry(
        "cook-their-favourite", "Cook their favourite simple meal", "Nothing elaborate: the comfort dish they always enjoy.",
        [.service, .time], 30, [.evening, .stress], ["cooked", "dinner", "meal", "cook", "breakfast"]),
    entry(
        "handle-the-dishes", "Do the dishes tonight", "Clear the kitchen so their evening is free.", [.service], 15, [.evening],
        ["dishes", "dishwasher", "washing up"]),
]

let giftGestures: [Gesture] = [
    entry(
        "favourite-snack", "Bring home their favourite snack", "Unasked, just because you passed it and thought of them.", [.gifts], 5,
        [.evening, .stress],
        [
            "snack", "chocolate", "treat", "sweets", "samosa", "donut", "cookies", "crisps", "chips", "chocolate bar", "mars bar", "kinder",
            "cadbury", "tim tams", "ice cream", "biltong", "sausage roll", "samosas", "pastry", "croissant",
            "bag of", "box of", "bakery", "still warm", "medjool dates", "greggs", "bun", "twix", "krispy kreme", "tarts", "punnet",
            "pasty", "vending machine", "suya", "dairy milk", "kit kat", "kitkat", "ferrero", "cupcake", "lollies", "jelly babies",
            "snickers", "freddo", "brigadeiros", "welsh cakes", "puff puff", "red bull", "candy", "cannoli", "churros", "doughnut",
            "toffee",
        ]),
    entry(
        "song-for-them", "Send a song that reminds you of them", "With one line on why it made you think of them.", [.gifts, .words], 2,
        [.apart], ["song"]),
    entry(
        "shared-playlist", "Add to a playlist you share", "A song a week on a list that is only yours.", [.gifts, .time], 5,
        [.apart, .ritual], ["playlist", "our playlist", "shared playlist"]),
    entry(
        "send-a-meme", "Send a meme only they would get", "Small, silly, and a sign you know their sense of humour.", [.gifts], 1, [.apart],
        ["meme", "funny video"]),
    entry(
        "save-last-slice", "Save them the last slice", "Keep the last piece for them, and let them find it.", [.gifts, .service], 1,
        [.evening], ["last slice", "last piece", "saved"]),
    entry(
        "pick-a-flower", "Bring a single flower", "One stem from a shop or a walk, no occasion needed.", [.gifts], 5, [.celebration],
        [
            "flower", "flowers", "bouquet", "rose", "roses", "tulips", "marigolds", "wildflowers", "daisies", "sunflowers", "daffodils",
            "lavender", "violets", "dahlias", "dandelions", "peonies", "lilies",
            "bunch of", "sweet peas", "jasmine", "lei", "daffs", "sunflower", "plumeria",
        ]),
    entry(
        "small-book-or-article", "Share something you read for them", "A book, an article or a recipe picked with their interests in mind.",
        [.gifts, .words], 5, [.apart], ["article", "a book", "book for", "podcast", "audiobook"]),
    entry(
        "photo-memory", "Send an old photo of the two of you", "A picture from a good day, with a word on what you remember.",
        [.gifts, .words], 2, [.apart, .afterConflict], ["old photo", "old picture", "picture of us", "memory"]),
    entry(
        "their-usual-order", "Bring them their usual order", "The drink or pastry they always get, brought to them.", [.gifts, .service],
        10, [.morning, .stress], ["usual order", "takeaway", "bubble tea", "boba", "flat white", "latte", "kopi", "lassi", "smoothie"]),
]

let timeGestures: [Gesture] = [
    entry(
        "phone-down", "Put your phone away while they talk", "Face down and out of reach, eyes on them.", [.time], 10, [.evening, .ritual],
        ["phone down", "phone away", "phones away"]),
    entry(
        "ask-about-their-day", "Ask about their day and listen", "Ask a real question and follow up on the answer.", [.time, .words], 10,
        [.evening, .ritual], ["how was your day", "about their day", "asked about", "listened"]),
    entry(
        "watch-their-show", "Watch their show with them", "Their pick, your full attention, no commentary on the plot.", [.time], 45,
        [.evening], ["show", "series", "episode", "watched their"]),
    entry(
        "sit-near-them", "Sit near them while they work", "Keep them company with a book of your own; closeness without demands.", [.time],
        30, [.weekend], ["sat with", "keep company", "keep them company"]),
    entry(
        "candle-dinner", "Light a candle at dinner", "Turn an ordinary dinner into a small occasion.", [.time, .touch], 5,
        [.evening, .celebration], ["candlelit", "candle-lit", "candles at dinner", "by candlelight"]),
    entry(
        "short-walk", "Take a short walk together", "Around the block after dinner, with no agenda.", [.time, .touch], 20,
        [.evening, .weekend, .ritual, .afterConflict],
        ["walk together", "went for a walk", "go for a walk", "a walk", "stroll", "our walk"]),
    entry(
        "morning-coffee-together", "Have your morning coffee together", "Five unhurried minutes side by side before the day starts.",
        [.time], 10, [.morning, .ritual], ["coffee together"]),
    entry(
        "ten-minute-check-in", "Hold a ten-minute check-in", "Each says one high, one low and one thing they need this week.",
        [.time, .words], 10, [.ritual, .evening], ["check-in", "check in", "high and low"]),
    entry(
        "try-something-new", "Try a small new thing together", "A new recipe, café or route home: novelty in small doses.", [.time], 30,
        [.weekend, .celebration], ["new recipe", "new cafe", "something new"]),
    entry(
        "play-a-game", "Play a quick game together", "Cards, a puzzle, a word game: ten minutes of play.", [.time], 15,
        [.evening, .weekend], ["game", "card game", "played cards", "play cards", "puzzle", "crossword", "jigsaw", "chess", "scrabble"]),
]

let touchGestures: [Gesture] = [
    entry(
        "hand-squeeze", "Squeeze their hand at a red light", "A small touch in a dull moment.", [.touch], 1, [.ritual],
        ["red light"]),
    entry(
        "hand-on-back", "Rest a hand on their back in passing", "On the way through the kitchen, a moment of contact.", [.touch], 1,
        [.morning, .evening], ["hand on back", "hand on their back", "in passing"]),
    entry(
        "long-hug", "Give a long hug", "Stay in it for twenty or thirty seconds, until you both relax.", [.touch], 1,
        [.stress, .afterConflict, .ritual], ["hug", "hugged", "embrace"]),
    entry(
        "shoulder-rub", "Rub their shoulders", "A few minutes on the tight spots, unasked.", [.touch, .service], 5, [.stress, .evening],
        ["shoulder", "back rub", "massage", "neck rub"]),
    entry(
        "foot-rub", "Give a foot rub", "On the couch, at the end of a long day on their feet.", [.touch, .service], 10,
        [.evening, .stress], ["foot rub", "feet", "foot", "foot massage", "massaged their feet"]),
    entry(
        "couch-cuddle", "Cuddle on the couch", "Close, with a blanket, nothing else to do.", [.touch, .time], 20, [.evening, .ritual],
        ["cuddle", "cuddled", "snuggle", "on the couch", "on the sofa", "on my chest"]),
    entry(
        "goodbye-kiss", "Kiss them before leaving", "Never leave the house without it.", [.touch], 1, [.morning, .ritual],
        ["kiss", "kissed", "goodbye"]),
    entry(
        "hold-hands-walking", "Hold hands on the walk home", "Reach for their hand first.", [.touch, .time], 1, [.evening],
        ["hold hands", "held hand", "hand in hand"]),
    entry(
        "play-with-hair", "Stroke their hair", "Slow and gentle, while they rest or read.", [.touch], 5, [.evening, .stress],
        // Hair alone is a false friend: hair washed or cut is a chore, a haircut a compliment.
        ["play with hair", "stroke hair", "brush hair", "fingers through hair", "head scratch", "scratch their head", "tuck hair"]),
    entry(
        "welcome-home-hug", "Meet them at the door", "Stop what you are doing and greet them when they come home.", [.touch, .time], 1,
        [.evening, .ritual], ["welcome home", "at the door", "greeted"]),
]

let supportGestures: [Gesture] = [
    entry(
        "text-when-you-arrive", "Ask them to text when they get there",
        "Say you want to know they are safe, especially on a trip they dread.", [.words, .service], 1, [.apart, .stress],
        ["text me when", "get there", "arrived safe", "let me know", "when you re home", "home safe"]),
    entry(
        "ask-after-the-event", "Ask how the big thing went", "Remember the presentation or appointment and ask about it afterwards.",
        [.words, .time], 5, [.stress, .apart], ["how it went", "ask how", "how did it go"]),
    entry(
        "what-would-help", "Ask what would feel supportive today", "Offer, then do what they say rather than what you guessed.",
        [.words, .service], 2, [.stress, .morning], ["supportive", "what would help", "how can i help", "can i help", "i can help", "help"]),
    entry(
        "celebrate-small-win", "Celebrate a small win", "Make a small fuss about something that went well for them.", [.words, .time], 5,
        [.celebration], ["celebrate", "celebrated", "small win", "congratulate", "congrats"]),
    entry(
        "calm-first", "Calm down before you reconnect", "After a disagreement, take time to settle, then come back gently.",
        [.time, .words], 20, [.afterConflict], ["calm", "cool down", "after the fight", "after argument"]),
    entry(
        "repair-attempt", "Make a small repair after a tiff", "A soft word, a joke, a touch on the arm: an olive branch.",
        [.words, .touch], 2, [.afterConflict], ["sorry", "apologised", "apologized", "made up", "olive branch"]),
    entry(
        "say-thank-you-out-loud", "Thank them out loud for something regular", "The daily lift to work, the full fridge: say you noticed.",
        [.words], 1, [.ritual, .evening], ["grateful", "gratitude", "thank you"]),
    entry(
        "remember-a-detail", "Remember a detail they told you", "Bring up the small thing they mentioned last week.", [.words, .time], 2,
        [.evening], ["remembered", "remember"]),
    entry(
        "rain-drive-check", "Check in on a drive they dread", "Rain, night or a long motorway: a message before and after.",
        [.words, .service], 2, [.stress, .apart], ["driving in the rain", "drive safe", "safe drive", "icy roads", "traffic"]),
]

let apartGestures: [Gesture] = [
    entry(
        "surprise-video-call", "Make a surprise video call", "A few minutes face to face, at a time they don't expect.", [.time], 10,
        [.apart], ["surprise call"]),
    entry(
        "handwritten-letter", "Post a handwritten letter", "Paper and ink cross a distance better than a screen.", [.words, .gifts], 20,
        [.apart], ["letter", "postcard", "handwritten"]),
    entry(
        "timezone-good-morning", "Time a message for their morning", "Schedule it for when they wake, across the time difference.",
        [.words], 1, [.apart, .morning], ["time zone", "timezone", "their morning"]),
    entry(
        "watch-together-apart", "Watch something at the same time apart", "Press play together and talk through it on a call.", [.time], 45,
        [.apart, .evening], ["watch party", "watched together", "same time"]),
    entry(
        "send-a-care-package", "Send a small care package", "Their snack, a note, something that smells of home.", [.gifts], 30,
        [.apart, .stress], ["package", "parcel", "care package"]),
    entry(
        "goodnight-call", "Call to say goodnight", "A short call before sleep, even if it's only a minute.", [.time, .words], 5,
        [.apart, .evening, .ritual], ["goodnight call", "call to say goodnight", "bedtime call"]),
    entry(
        "inside-joke", "Bring back an inside joke", "A word or picture that only the two of you understand.", [.words, .gifts], 1,
        [.apart, .afterConflict], ["inside joke", "joke"]),
    entry(
        "voice-note", "Send a voice note", "Your voice in their ear on a long day.", [.words], 2, [.apart, .stress],
        ["voice note", "voice message", "voicemail"]),
    entry(
        "share-your-view", "Send a photo of what you see", "The view from your window, so they are part of your day.", [.gifts, .time], 1,
        [.apart], ["view", "snapshot"]),
]
