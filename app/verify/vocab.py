"""Word lists the verifier needs: stopwords, irregular forms, a small police synonym table,
spoken numbers and letters, and the closed classes that fact checks compare."""

from __future__ import annotations

STOPWORDS = frozenset([
    "a", "an", "the", "and", "or", "but", "if", "then", "than", "so", "as", "at", "by", "for",
    "from", "in", "into", "of", "off", "on", "onto", "out", "over", "to", "up", "upon", "with",
    "within", "about", "after", "again", "against", "all", "also", "am", "any", "are", "around",
    "be", "been", "before", "being", "below", "between", "both", "can", "could", "may", "might",
    "did", "do",
    "does", "doing", "down", "during", "each", "few", "further", "had", "has", "have", "having",
    "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "i'm", "i've",
    "i'd", "i'll", "im", "id", "ive", "it", "its", "it's", "itself", "just", "me", "more", "most",
    "my", "myself", "now", "only", "other", "our", "ours", "ourselves", "own", "same", "she",
    "should", "some", "such", "that", "that's", "there", "their", "theirs", "them", "themselves",
    "these", "they", "this", "those", "through", "too", "under", "until", "very", "was", "we",
    "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "would", "you",
    "your", "yours", "yourself", "yourselves", "is", "let's", "lets", "yes", "yeah", "yep", "um",
    "uh", "uhh", "umm", "hmm", "mm", "like", "well", "oh", "hey", "gonna", "wanna", "gotta",
    "kinda", "sorta", "sir", "maam", "ma'am", "please", "thank", "thanks", "thankyou", "right",
    "alright", "actually", "really", "basically", "literally", "just", "get", "got", "go", "going",
    # ("come", "see", "know", "think" are content: their other forms "came", "saw", "knew",
    # "thought" always were, and "she didn't come at me" must meet "came toward him")
    "one", "thing", "things", "stuff", "say", "said", "tell", "told", "state", "stated",
    "advise", "advised", "explain", "explained", "inform", "informed", "report", "reported",
    "indicate", "indicated", "mention", "mentioned", "ask", "asked", "respond", "responded",
    "reply", "replied", "approximately", "approx", "about", "around", "later", "also", "further",
    "additionally", "then", "subsequently", "officer", "ofc", "unit", "dispatch", "mean", "look",
    "sure", "there's", "here's", "what's", "let", "anything",
    "something", "everything", "anyone", "someone", "everyone", "anybody", "somebody",
    "everybody",
    # connectives: they order a narrative, the recording need not say them
    "however", "furthermore", "moreover", "therefore", "thus", "hence", "overall",
    "meanwhile", "finally", "lastly", "firstly", "secondly", "eventually", "although",
    "though", "whereas", "nevertheless", "nonetheless", "afterwards", "afterward",
])

# Stems whose surface forms the suffix stripper cannot reach.
IRREGULAR = {
    # (the verb is a seeing: "he witnessed the punch" / "I didn't see it")
    "witness": "witness", "witnesses": "witness", "witnessed": "see",
    "witnessing": "see", "businesses": "business",
    "tried": "try", "tries": "try", "trying": "try",
    "pocketknife": "knife", "pocketknives": "knife", "penknife": "knife",
    "comply": "comply", "complied": "comply", "complies": "comply", "complying": "comply",
    "ran": "run", "went": "go", "gone": "go", "said": "say", "says": "say", "told": "tell",
    "saw": "see", "seen": "see", "fled": "flee", "drove": "drive", "driven": "drive",
    "struck": "strike", "took": "take", "taken": "take", "gave": "give", "given": "give",
    "got": "get", "gotten": "get", "left": "leave", "found": "find", "came": "come",
    "threw": "throw", "thrown": "throw", "hit": "hit", "hid": "hide", "hidden": "hide",
    "stole": "steal", "stolen": "steal", "broke": "break", "broken": "break", "fell": "fall",
    "fallen": "fall", "bit": "bite", "bitten": "bite", "shot": "shoot", "fought": "fight",
    "caught": "catch", "bought": "buy", "brought": "bring", "thought": "think", "held": "hold",
    "kept": "keep", "knew": "know", "known": "know", "made": "make", "met": "meet",
    "paid": "pay", "sat": "sit", "spoke": "speak", "spoken": "speak", "stood": "stand",
    "wore": "wear", "worn": "wear", "wrote": "write", "written": "write", "began": "begin",
    "drank": "drink", "drunk": "drink", "ate": "eat", "eaten": "eat", "sped": "speed",
    "lost": "lose", "sent": "send", "spent": "spend", "felt": "feel", "heard": "hear",
    "was": "be", "were": "be", "is": "be", "are": "be", "am": "be", "been": "be", "men": "man",
    "women": "woman", "children": "child", "people": "person", "feet": "foot", "teeth": "tooth",
    "driver": "drive", "driving": "drive", "drives": "drive", "police": "police",
    "this": "this", "his": "his", "yes": "yes", "bus": "bus", "gas": "gas", "glass": "glass",
    "grass": "grass", "pass": "pass", "address": "address", "business": "business",
    "news": "news", "during": "during", "nothing": "nothing", "something": "something",
    "anything": "anything", "everything": "everything", "morning": "morning",
    "evening": "evening", "ring": "ring", "thing": "thing", "king": "king", "bring": "bring",
    "sing": "sing", "sibling": "sibling", "building": "building", "ceiling": "ceiling",
    "red": "red", "bed": "bed", "shed": "shed", "need": "need", "speed": "speed",
    "feed": "feed", "seed": "seed", "weed": "weed", "hundred": "hundred", "united": "unite",
    "understood": "understand", "understand": "understand", "understands": "understand",
    "swung": "swing", "spat": "spit", "sold": "sell", "rode": "ride", "ridden": "ride",
    "chose": "choose", "chosen": "choose", "dug": "dig", "swore": "swear", "sworn": "swear",
    "tore": "tear", "torn": "tear", "woke": "wake", "woken": "wake", "shook": "shake",
    "shaken": "shake", "slid": "slide", "slept": "sleep", "swept": "sweep", "lent": "lend",
    "bent": "bend", "built": "build", "dealt": "deal", "fed": "feed", "fit": "fit",
    "flew": "fly", "flown": "fly", "forgot": "forget", "forgotten": "forget", "froze": "freeze",
    "frozen": "freeze", "grew": "grow", "grown": "grow", "hung": "hang", "laid": "lay",
    "led": "lead", "lit": "light", "meant": "mean", "rang": "ring", "rung": "ring",
    "risen": "rise", "sank": "sink", "sunk": "sink", "shut": "shut",
    "sang": "sing", "stuck": "stick", "stung": "sting", "swam": "swim", "swum": "swim",
    "taught": "teach", "wept": "weep", "won": "win", "kicked": "kick",
    "crept": "creep", "knelt": "kneel", "leapt": "leap", "sought": "seek", "spun": "spin",
    "split": "split", "spread": "spread", "sprang": "spring", "sprung": "spring",
    "strode": "stride", "thrust": "thrust", "upset": "upset", "withdrew": "withdraw",
    "withdrawn": "withdraw", "overheard": "overhear", "overtook": "overtake",
}

# Heads of small synonym sets. Words map to the head so paraphrase meets the transcript.
_SETS: dict[str, tuple[str, ...]] = {
    "vehicle": ("car", "vehicle", "auto", "automobile", "sedan", "suv", "truck", "pickup",
                "van", "veh", "coupe", "hatchback"),
    "hospital": ("hospital", "er", "emergency room", "clinic"),
    "license": ("license", "licence", "licens", "dl"),
    "registration": ("registration", "registr", "reg", "insurance", "insur"),
    "drink": ("drink", "alcohol", "beer", "wine", "liquor", "booze", "drunk", "intoxicat",
              "alcoholic", "beverag", "shot"),
    "weapon": ("weapon", "gun", "firearm", "pistol", "handgun", "revolver", "rifle",
               "shotgun", "knife", "blade"),
    "money": ("money", "cash", "dollar", "buck"),
    "smell": ("smell", "odor", "odour", "scent", "stench"),
    "camera": ("camera", "cam", "dashcam", "bodycam", "webcam"),
    "naloxone": ("naloxone", "naloxon", "narcan"),
    "leave": ("leave", "depart", "exit"),
    "run": ("run", "flee", "sprint"),
    "hit": ("hit", "punch", "strike", "struck", "slap", "kick", "assault"),
    "home": ("home", "house", "residence", "apartment", "apt"),
    "want": ("want", "wish", "desire"),
    "try": ("try", "attempt"),
    "think": ("think", "believ", "believe"),
    "hurt": ("hurt", "injury", "injur", "injure", "pain", "wound", "bleed", "sore"),
    "arrest": ("arrest", "custody", "detain", "cuff", "handcuff"),
    "yell": ("yell", "shout", "scream"),
    "phone": ("phone", "cellphone", "cell", "mobile"),
    "child": ("child", "kid", "son", "daughter"),
    "wife": ("wife", "spouse", "husband", "partner", "girlfriend", "boyfriend"),
    "fast": ("fast", "speed", "speeding", "quick"),
    "cite": ("cite", "citation", "ticket", "summon", "summons"),
    "warn": ("warn", "warning", "caution"),
    "medic": ("medic", "medical", "ambulance", "paramedic", "ems", "emt"),
    "okay": ("okay", "ok", "fine", "alright"),
    "stop": ("stop", "halt", "pull"),
    "door": ("door", "entrance", "doorway"),
    "wallet": ("wallet", "purse"),
    "store": ("store", "shop", "market"),
    "street": ("street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd"),
    "buy": ("buy", "purchas", "purchase"),
    "begin": ("begin", "start", "commenc"),
    "help": ("help", "assist", "aid"),
    "call": ("call", "phone", "dial"),
    "friend": ("friend", "buddy", "pal", "mate"),
    "technician": ("technician", "tech"),
    "fingerprint": ("fingerprint", "print", "prints"),
    "defend": ("defend", "defense", "defence", "self-defense"),
    "bicycle": ("bicycle", "bike", "cycle"),
    "sorry": ("sorry", "apologize", "apologise", "apology", "apologiz"),
    "miss": ("miss", "missing", "gone", "lost"),
    "talk": ("talk", "speak", "discuss", "convers", "conversation", "chat"),
    "reason": ("reason", "cause", "why"),
    "mother": ("mother", "mom", "mum", "mommy", "mama"),
    "father": ("father", "dad", "daddy", "papa"),
    "grandmother": ("grandmother", "grandma", "granny", "nana"),
    "grandfather": ("grandfather", "grandpa"),
    "rain": ("rain", "rainy", "raining", "rained", "shower", "showers"),
    "snow": ("snow", "snowy", "snowing", "snowed"),
    "sunny": ("sunny", "sunshine", "sun"),
    "cloudy": ("cloudy", "cloud", "clouds", "overcast"),
    "fog": ("fog", "foggy", "mist", "misty"),
    "wind": ("wind", "windy"),
    "storm": ("storm", "stormy", "thunderstorm"),
    "television": ("television", "tv", "telly"),
    "dinner": ("dinner", "supper"),
    "plane": ("plane", "airplane", "aeroplane", "aircraft"),
    "fridge": ("fridge", "refrigerator"),
    "roommate": ("roommate", "flatmate", "housemate"),
    "neighbor": ("neighbor", "neighbour"),
    "colleague": ("colleague", "coworker"),
    "movie": ("movie", "film", "flick"),
    # general paraphrase: a narrative rarely repeats the speaker's own word
    "suggest": ("suggest", "propose", "recommend"),
    "plan": ("plan", "intend", "arrange"),
    "choose": ("choose", "select", "opt"),  # not "pick": "picked up" is no choice
    "big": ("big", "large", "huge", "enormous", "massive"),
    "small": ("small", "little", "tiny"),
    "happy": ("happy", "glad", "pleased", "delighted"),
    "sad": ("sad", "unhappy"),
    "angry": ("angry", "mad", "furious"),
    "scared": ("scared", "afraid", "frightened", "fearful"),
    "difficult": ("difficult", "hard", "tough", "challenging"),
    "different": ("different", "various", "diverse", "distinct", "varied"),
    "job": ("job", "career", "employment"),
    "holiday": ("holiday", "vacation"),
    "photo": ("photo", "picture", "photograph", "pic"),
    "problem": ("problem", "issue", "trouble"),
    "information": ("information", "info", "details"),
    "message": ("message", "text", "sms"),
    "price": ("price", "cost"),
    "worried": ("worried", "concerned", "anxious"),
    "tired": ("tired", "exhausted"),
    "sick": ("sick", "ill", "unwell"),
    "cheap": ("cheap", "inexpensive", "affordable"),
    "expensive": ("expensive", "costly", "pricey"),
    "throw": ("throw", "toss", "hurl"),
    "hide": ("hide", "conceal"),
    "steal": ("steal", "theft", "thief", "rob", "robbery", "shoplift"),
    "travel": ("travel", "trip", "journey"),
    "end": ("end", "finish", "conclude"),
    "birth": ("birth", "dob"),  # "a DOB of 03/04/1996" / "date of birth?"
    "press": ("press", "pursue"),  # charges
    # the report's acronyms for what is said in full on camera ("field sobriety tests")
    "sobriety": ("sobriety", "sfst", "sfsts", "fst", "fsts"),
    "breath": ("breath", "pbt", "breathalyzer", "breathalyser"),
    "footage": ("footage", "video"),  # "pull the footage" / "I've got it on video"
    "property": ("property", "belongings"),
}

SYNONYMS: dict[str, str] = {}
for _head, _words in _SETS.items():
    for _w in _words:
        SYNONYMS.setdefault(_w, _head)

NUMBER_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "niner": 9,  # "niner": nine on the radio
}
NUMBER_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}

# Spoken alphabets (APCO and ICAO) used for plates; only read inside a run with digits.
LETTER_WORDS = {
    "adam": "a", "boy": "b", "charles": "c", "david": "d", "edward": "e", "frank": "f",
    "george": "g", "henry": "h", "ida": "i", "john": "j", "king": "k", "lincoln": "l",
    "mary": "m", "nora": "n", "ocean": "o", "paul": "p", "queen": "q", "robert": "r",
    "sam": "s", "tom": "t", "union": "u", "victor": "v", "william": "w", "xray": "x",
    "young": "y", "zebra": "z", "alpha": "a", "bravo": "b", "charlie": "c", "delta": "d",
    "echo": "e", "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j",
    "kilo": "k", "lima": "l", "mike": "m", "november": "n", "oscar": "o", "papa": "p",
    "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u",
    "whiskey": "w", "yankee": "y", "zulu": "z",
}

# Phrases the recording uses for what a report names in one word ("Miranda").
PHRASE_ALIASES: tuple[tuple[str, str], ...] = (
    (r"right to remain silent|anything you say can", "miranda"),
    (r"under arrest|in custody|cuff (?:him|her|them)|hands behind your back", "arrest"),
    (r"free to go|you can go|good to go", "releas"),
    (r"\btased?\b|\btaser\b", "taser"),
    (r"\bon (?:her|his|my|their|our|the|its) way\b", "en"),
    (r"\bon (?:her|his|my|their|our|the|its) way\b", "rout"),
)

# Closed classes a fact check compares: a different member in the evidence is a contradiction.
COLOURS = frozenset([
    "black", "white", "grey", "gray", "silver", "red", "blue", "green", "yellow", "orange",
    "purple", "brown", "tan", "beige", "gold", "maroon", "burgundy", "pink", "teal", "navy",
    "emerald", "sapphire", "turquoise", "lavender", "violet", "magenta", "crimson", "ivory",
    "charcoal", "khaki", "olive", "cream", "chrome",
])
MAKES = frozenset([
    "honda", "toyota", "ford", "chevrolet", "chevy", "nissan", "dodge", "jeep", "bmw", "mercedes",
    "audi", "volkswagen", "vw", "hyundai", "kia", "subaru", "mazda", "lexus", "acura", "tesla",
    "chrysler", "buick", "cadillac", "gmc", "ram", "infiniti", "volvo", "mitsubishi", "pontiac",
    "lincoln", "porsche",
    # motorcycles, outboard motors, trucks and older cars
    "yamaha", "suzuki", "kawasaki", "harley", "ducati", "mercury", "evinrude", "fiat", "scion",
    "rivian", "polaris", "peterbilt", "freightliner", "kenworth", "oldsmobile", "plymouth",
    "saab", "isuzu", "datsun", "mack", "hino", "jaguar", "hummer", "saturn", "maserati",
])
# the models of the common makes, by the model's name, where the name is no everyday word
# ("Tacoma" is a Toyota; not "Charger", "Escape" or "Focus")
MODELS = {
    **dict.fromkeys(("camry", "corolla", "prius", "tacoma", "tundra", "rav4", "highlander",
                     "sienna", "yaris", "supra"), "toyota"),
    **dict.fromkeys(("civic", "accord", "ridgeline", "cr-v", "hr-v"), "honda"),
    **dict.fromkeys(("f-150", "f150", "f-250", "bronco", "expedition", "taurus"), "ford"),
    **dict.fromkeys(("silverado", "malibu", "camaro", "corvette", "traverse", "cruze"),
                    "chevrolet"),
    **dict.fromkeys(("altima", "sentra", "maxima", "pathfinder", "versa", "murano"), "nissan"),
    **dict.fromkeys(("wrangler", "renegade", "gladiator"), "jeep"),
    **dict.fromkeys(("elantra", "santa", "kona", "palisade", "veloster"), "hyundai"),
    **dict.fromkeys(("optima", "sorento", "sportage", "telluride", "niro"), "kia"),
    **dict.fromkeys(("impreza", "crosstrek", "wrx", "forester"), "subaru"),
    **dict.fromkeys(("miata",), "mazda"),
    **dict.fromkeys(("jetta", "passat", "tiguan"), "volkswagen"),
    **dict.fromkeys(("escalade",), "cadillac"),
    **dict.fromkeys(("outlander", "lancer"), "mitsubishi"),
}
WEAPONS = frozenset([
    "gun", "pistol", "handgun", "revolver", "rifle", "shotgun", "firearm", "knife", "machete",
    "bat", "crowbar", "hammer", "taser", "blade", "cutter", "boxcutter", "razor",
    "screwdriver", "hatchet", "axe", "sword", "baton",
    "bayonet", "ramrod", "musket", "saber", "sabre", "spear", "scissors", "pocketknife",
    "penknife", "oar", "drumstick", "leash", "epee", "crossbow", "flashlight", "rasp",
    "airsoft", "slingshot",
    # what comes to hand: tools and sports gear swung at someone
    "rake", "hoe", "shovel", "pipe", "wrench", "brick", "paddle", "racquet", "racket", "cue",
    "club", "stick", "cane", "umbrella", "iron", "pickaxe", "sledgehammer", "mallet", "shears",
    "cleaver", "pitchfork", "kettlebell", "kettlebells", "dumbbell", "dumbbells", "barbell",
    "chair", "tray", "stein", "ladle", "tongs", "spatula", "tripod", "rod", "skillet",
    "glock", "hacksaw", "grinder", "cutters", "stapler", "paperweight", "vase", "bottle",
    "bottles", "mug", "broom", "mop", "knuckles", "clipboard", "controller", "headset", "gaff",
    "wand", "spoon", "pole", "crutch", "lamp", "ashtray", "plunger",
    # a shotgun by its bore ("a twelve gauge")
    "gauge",
    # kinds of knife, told apart ("a butterfly knife" is no "small folding knife")
    "folding", "butterfly", "fixed", "utility", "dive", "hunting", "serrated", "steak",
    "pocket", "fillet", "carving", "paring", "kitchen", "butcher", "hook", "chef's",
    "tactical", "survival", "bowie", "oyster", "shucking", "boning", "bread", "skinning",
])
SUBSTANCES = frozenset([
    "marijuana", "cannabis", "weed", "cocaine", "crack", "heroin", "meth", "methamphetamine",
    "fentanyl", "pills", "oxycodone", "xanax", "alcohol", "beer", "wine", "vodka", "whiskey",
    "beers", "wines", "liquor", "tequila", "rum", "gin", "hydrocodone", "codeine", "morphine",
    "tramadol", "percocet", "vicodin", "adderall", "suboxone", "methadone", "ambien",
    "klonopin", "valium", "ativan", "ketamine", "mdma", "ecstasy", "lsd", "insulin",
    "seltzer", "seltzers", "gasoline", "bleach", "kerosene", "antifreeze", "chlorine",
    "muriatic", "hypochlorite", "ammonia", "pesticide", "diazinon",
    "thc", "cbd", "kratom", "kava", "nicotine", "cigarette", "cigarettes", "cigar", "cigars",
    "buprenorphine", "butorphanol", "metformin", "fipronil", "bifenthrin", "creosote",
    "asbestos", "acetone", "diesel", "xylazine", "psilocybin", "gabapentin", "oxycontin",
    "promethazine", "clonazepam", "alprazolam", "lorazepam", "diazepam", "zolpidem",
    "ibuprofen", "acetaminophen", "tylenol", "advil",
    # prescriptions by name, told apart ("metoprolol" is no "lisinopril")
    "zopiclone", "eszopiclone", "lunesta", "trazodone", "lisinopril", "metoprolol",
    "amlodipine", "atorvastatin", "lipitor", "losartan", "warfarin", "sertraline", "zoloft",
    "fluoxetine", "prozac", "citalopram", "escitalopram", "lexapro", "bupropion",
    "wellbutrin", "quetiapine", "seroquel", "risperidone", "lithium", "prednisone",
    "amoxicillin", "cyclobenzaprine", "flexeril", "naproxen", "aleve", "aspirin",
    "oxymorphone", "hydromorphone", "dilaudid", "carisoprodol", "pregabalin",
    "lyrica", "modafinil", "ritalin", "methylphenidate", "vyvanse", "naloxone", "narcan",
    "sildenafil", "viagra", "levothyroxine", "omeprazole", "benadryl", "melatonin",
    "hash", "hashish", "shatter", "dab", "dabs", "pseudoephedrine", "ephedrine", "sudafed",
    # cleaners and solvents, told apart ("degreaser" is no "glass cleaner")
    "degreaser", "windex", "lye", "turpentine", "solvent",
    # what is sprayed on fields and lawns, told apart ("herbicide" is no "fungicide")
    "herbicide", "fungicide", "insecticide", "glyphosate",
    "dicamba", "chlorothalonil", "atrazine", "paraquat", "malathion",
    "whiskeys", "bourbon", "scotch", "sake", "cider", "brandy", "champagne", "margarita",
    "margaritas", "heparin", "laxative", "laxatives", "glucagon", "epinephrine", "epipen",
    "epoxy", "superglue", "glue", "detergent", "oxygen", "mushrooms",
])
WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                      "sunday"])
# "May" and "March" are left out: as a modal and a verb they are far more common than months
MONTHS = frozenset(["january", "february", "april", "june", "july", "august", "september",
                    "october", "november", "december"])
WEATHER = frozenset(["rain", "rainy", "raining", "snow", "snowy", "snowing", "sunny", "cloudy",
                     "overcast", "fog", "foggy", "windy", "stormy", "hail", "sleet"])
MEALS = frozenset(["breakfast", "brunch", "lunch", "dinner", "supper"])
# relatives: who a person is to another is a fact a witness statement turns on
RELATIVES = frozenset([
    "mother", "mom", "mum", "father", "dad", "sister", "brother", "son", "daughter", "wife",
    "husband", "grandmother", "grandma", "grandfather", "grandpa", "aunt", "uncle", "cousin",
    "niece", "nephew", "stepson", "stepdaughter", "stepfather", "stepmother",
])
ANIMALS = frozenset([
    "dog", "dogs", "puppy", "cat", "cats", "kitten", "bird", "birds", "pigeon", "pigeons",
    "seagull", "seagulls", "horse", "horses", "cow", "cows", "pig", "pigs", "snake", "rabbit",
    "mouse", "mice", "rat", "rats", "bear", "deer", "wolf", "fox", "lion", "tiger", "monkey",
    "duck", "goose", "sheep", "goat", "parrot", "hamster",
])
SPORTS = frozenset(["football", "soccer", "basketball", "baseball", "hockey", "tennis",
                    "volleyball", "rugby", "cricket", "boxing", "wrestling", "softball"])
DEVICES = frozenset(["laptop", "tablet", "ipad", "iphone", "tv", "television", "camera",
                     "printer", "console", "smartwatch"])
ROOMS = frozenset(["kitchen", "bedroom", "bathroom", "garage", "basement", "attic", "hallway",
                   "porch", "backyard", "balcony", "lobby", "closet"])
FOODS = frozenset([
    "pizza", "burger", "burgers", "pasta", "sushi", "sandwich", "sandwiches", "salad", "soup",
    "cake", "cakes", "cookies", "cookie", "chocolate", "chocolates", "candy", "candies",
    "brownies", "gummies", "ice cream", "pie", "bread", "cheese", "chicken", "steak", "fries",
    "tacos", "burrito", "noodles", "rice", "eggs", "bacon", "pancakes", "donuts", "doughnuts",
    "butter", "cream", "yogurt", "sugar", "flour", "fruit", "vegetables",
])
BEVERAGES = frozenset(["coffee", "tea", "juice", "soda", "milk", "lemonade", "smoothie",
                       "cocktail", "cocktails", "champagne"])
PLACES = frozenset([
    "school", "university", "college", "office", "airport", "museum", "library", "church",
    "restaurant", "bar", "pub", "cafe", "hotel", "beach", "gym", "mall", "pharmacy",
    "supermarket", "cinema", "theater", "theatre", "stadium", "motel", "casino",
    "club", "nightclub", "bank", "bakery",
])
TRANSPORT = frozenset(["bus", "train", "plane", "airplane", "aeroplane", "flight", "taxi", "uber",
                       "subway", "tram", "ferry", "motorcycle", "scooter"])
# who a person is to another outside the family: "his roommate" is not "his landlord"
ACQUAINTANCES = frozenset([
    "friend", "roommate", "flatmate", "housemate", "neighbor", "neighbour", "landlord",
    "landlady", "tenant", "boss", "colleague", "coworker", "classmate", "teammate", "stranger",
    "acquaintance",
])
STORAGE = frozenset(["fridge", "refrigerator", "freezer", "pantry", "cupboard", "drawer",
                     "trunk", "glovebox", "shed"])
OCCUPATIONS = frozenset([
    "teacher", "doctor", "nurse", "lawyer", "engineer", "student", "professor", "dentist",
    "accountant", "chef", "waiter", "waitress", "bartender", "plumber", "electrician",
    "mechanic", "pilot", "firefighter", "paramedic", "pharmacist", "receptionist", "cashier",
    "architect", "journalist", "photographer", "musician", "singer", "actor", "actress",
    "painter", "choreographer", "scriptwriter", "researcher", "scientist",
])
# ("history", "law" and "medicine" are left out: "criminal history", "law enforcement")
SUBJECTS = frozenset(["sociology", "biology", "chemistry", "physics", "mathematics", "math",
                      "geography", "economics", "psychology", "philosophy", "literature",
                      "engineering"])
# Works and media: "podcast", "show", "episode" and "video" are left out, as a summary calls
# any recording by them
WORKS = frozenset(["movie", "movies", "film", "films", "song", "songs", "album", "albums",
                   "soundtrack", "concert", "concerts", "painting",
                   "paintings", "sculpture", "sculptures", "website", "blog", "magazine",
                   "newspaper", "documentary"])
# Languages (and the adjectives they share with nationalities: "Spanish music"): what someone
# spoke, or where a thing comes from, is a detail the recording can confirm or contradict.
LANGUAGES = frozenset([
    "english", "spanish", "french", "italian", "german", "portuguese", "chinese", "mandarin",
    "cantonese", "japanese", "korean", "vietnamese", "russian", "arabic", "hindi", "polish",
    "greek", "tagalog", "dutch", "swedish", "turkish", "hebrew", "somali", "farsi", "persian",
    "ukrainian", "punjabi", "urdu", "bengali", "thai", "swahili", "creole",
])

FACT_CLASSES: dict[str, frozenset[str]] = {
    "colour": COLOURS, "vehicle make": MAKES, "weapon": WEAPONS, "substance": SUBSTANCES,
    "weekday": WEEKDAYS, "month": MONTHS, "weather": WEATHER, "meal": MEALS,
    "relative": RELATIVES, "animal": ANIMALS, "sport": SPORTS, "device": DEVICES,
    "room": ROOMS, "food": FOODS, "beverage": BEVERAGES, "place": PLACES,
    "transport": TRANSPORT, "occupation": OCCUPATIONS, "subject": SUBJECTS, "work": WORKS,
    "acquaintance": ACQUAINTANCES, "storage": STORAGE, "language": LANGUAGES,
}

# Words that carry little of a claim's meaning in a police narrative: attribution and roles.
LOW_WEIGHT = frozenset({
    "drive", "suspect", "subject", "victim", "witness", "male", "female", "party", "person",
    "individual", "man", "woman", "scene", "locat", "location", "contact", "respond", "observ",
    "notic", "made", "make", "conduct", "proceed", "attempt", "time", "also", "stat",
    "order", "show", "instruct", "command", "tell", "ask",
    "discuss", "explain", "mention", "talk", "conversation", "decid", "agre", "inform",
    "provid", "includ", "want", "need", "plan", "suggest", "offer", "share",
    "express", "confirm", "describ", "emphas", "highlight", "note", "speaker", "host",
    "podcast", "episode", "email", "sale", "agent", "client", "customer",
    "mph", "mile", "zone", "hour", "admit", "deny", "agree", "refus", "claim",
    "resident", "homeowner", "owner", "caller", "complainant", "reporting", "vehicle",
    "operator", "occupant", "estimat",
    "yell", "shout", "arriv", "assist", "issu", "releas", "request", "process",
    "determin", "approach", "advis", "obtain", "place", "transport", "complet", "document",
    "verbal", "additional", "identif", "identify", "belief", "believ", "report", "located",
    "requir", "regard", "follow", "indicat", "continu", "direct",
    # procedure a report narrates in its own words ("a records check returned", "retained as
    # evidence", "gave repeated commands")
    "check", "return", "retain", "perform", "giv", "give", "repeat", "broadcast", "comply",
    "precaution", "evaluat", "initial", "description", "arrival", "involv",
    # the narrative's own frame ("fire personnel", "medical attention", "the area", "the
    # above date", "staff member", "who resides at")
    "personnel", "attention", "area", "dat", "remain", "staf", "member", "resid",
    "outcom", "evaluation", "premis",
    # a report's verbs of telling and its joining words ("acknowledged that", "because")
    "acknowledg", "becaus", "matter", "disput", "statement", "prosecution",
    # ranks and titles: the recording says the name or "officer", rarely the rank
    "sgt", "ofc", "det", "cpl", "lt", "capt", "dep", "tpr", "sro", "sergeant", "officer",
    # words for the recording itself, which the recording rarely uses
    "transcript", "recording", "dialogue", "discussion", "audio", "excerpt", "summary",
    "narrat", "listener", "audienc",
    # the report's own bookkeeping ("This incident was documented as a theft pending review")
    "incident", "forward", "pend", "referral",
    # ... and its reckoning of a loss ("valued the total loss at approx. $400")
    "loss", "valu", "total",
})

# Verbs of seeing: what the microphone cannot record.
VISUAL_MARKERS = (
    "i observed", "i saw", "i noticed", "i watched", "i could see", "i witnessed",
    "i smelled", "i detected the odor", "odor of", "smell of", "appeared to", "i spotted",
    "was observed", "were observed", "i noted", "i could smell", "visibly", "i viewed",
    # recordings the body camera did not make, and pictures it did not take
    "i reviewed", "footage showed", "footage shows", "video showed", "video shows",
    "footage depicted", "video depicted", "i photographed",
)

# Words that never name a person or place even when capitalised mid-sentence.
NOT_NAMES = frozenset([
    # words that open a sentence before a name ("When Pellham stood", "Employee Jordan Pike",
    # "Per Abernathy, ..."), and the numerals of a model ("Penn Battle III")
    "per", "ii", "iii", "iv", "vi", "vii", "viii", "xl", "xxl",
    "when", "while", "after", "before", "once", "upon", "as", "if", "because", "although",
    "though", "since", "until", "during", "then", "later", "both", "neither", "each",
    "with", "without", "following", "according", "despite", "regarding", "concerning",
    "employee", "manager", "clerk", "cashier", "owner", "resident", "witness", "victim",
    "suspect", "driver", "passenger", "neighbor", "neighbour", "security", "guard", "nurse",
    "medic", "paramedic", "firefighter", "engineer", "supervisor", "tenant", "landlord",
    "i", "officer", "ofc", "sgt", "sergeant", "det", "detective", "lt", "lieutenant", "capt",
    "captain", "deputy", "dep", "trooper", "cpl", "corporal", "chief", "dispatch", "mr", "mrs",
    "ms", "dr", "miss", "jr", "sr", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "am", "pm", "a.m", "p.m", "english", "spanish",
    "police", "department", "pd", "sheriff", "county", "city", "state", "the", "a", "an", "this",
    "that", "he", "she", "they", "it", "we", "you", "my", "his", "her", "their", "our", "dmv",
    "ncic", "cad", "bac", "pbt", "dui", "dwi", "hours", "hrs", "approximately", "vehicle",
    "suspect", "victim", "witness", "driver", "subject", "street", "st", "avenue", "ave", "road",
    "rd", "lane", "ln", "court", "ct", "drive", "dr", "boulevard", "blvd", "way", "place", "pl",
    "highway", "hwy", "route", "rte", "park", "plaza", "circle", "terrace", "parkway", "pkwy",
    "north", "south", "east", "west", "northbound", "southbound", "eastbound", "westbound",
    "jail", "prison", "station", "precinct", "hospital", "center", "centre", "detention",
    "miranda", "taser", "k9", "narcan", "ems", "cpr",
    # acronyms of police work that name no party or place
    "fst", "sfst", "hgn", "vin", "id", "ok", "us", "bolo", "aed", "emt", "atv", "suv", "dob",
    "mph", "kph", "utv",
    "asap", "apb", "le", "leo", "ncic", "ucr", "rms", "fto", "swat", "dv", "dui", "owi", "gps",
    "ptsd", "ada", "da", "pa", "atf", "fbi", "dea", "cps", "aps", "er", "icu",
    "atm", "pin", "ssn", "usa", "tv", "pc", "ai", "ceo", "faq", "url", "diy", "pdf", "sms",
    "eta", "mdt", "mdc", "ccw", "rp", "sv", "fyi", "cctv", "bac", "ems", "afd", "fd", "apd",
    "unit", "units", "engine", "medic", "car", "beat", "sector", "post",
])
