"""Twelfth blind corpus of word-association answers (English only).

Written 2026-12-07 by a tester who had NOT read the parser (align_jax), the
other tests, or the benchmarks, and who ran no parser while writing it.  The
texts are invented (no real model outputs were copied) to be a REPRESENTATIVE
sample of what the evaluation produces for the prompt

    List the words that come to mind when you read the word "{cue}". Give
    between 5 and 10 words, separated by commas, the most strongly associated
    first.

Mix (by intent, not a torture test):
  * ~40% vanilla instruct models (Llama-3.1-8B-Instruct, Qwen2.5-7B-Instruct,
    answering in English): preambles, numbered / bulleted / bold lists,
    glosses, closing remarks, occasional refusal or safety note;
  * ~40% SFT / PPO fine-tuned models: mostly terse comma lists, with real
    degenerations (repetition loops, run-on lists, stray special tokens, odd
    spacing / casing, brief explanations, the cue echoed, token-limit cuts);
  * ~20% base models: continuations of the prompt, few-shot echoes, rambling.
Cues range over concrete / abstract nouns, verbs, adjectives, function words,
proper nouns and multi-word cues; associations include multi-word phrases,
hyphenated words, apostrophes, numbers, abbreviations, British / American
spellings.

Conventions for expected_words:
  * lowercased; in the order written; deduplicated keeping the first
    occurrence;
  * glosses, explanations, scores / strength labels, category headers,
    preambles, closing remarks, markdown, numbering, emoji, quotes and
    trailing punctuation removed; a leading "and" before the last item dropped;
  * multi-word associations kept whole;
  * the cue kept when it is listed as an item (but not when it is only a
    label such as "hospital:" in front of the list);
  * few-shot / base continuations: only the associations for the asked cue;
  * an item cut mid-word by the token limit is dropped (id in TRUNCATED);
  * a refusal or an answer with no list expects [];
  * when a short list is followed by a section re-listing the same words with
    explanations, the words count once, in the order of the first list;
  * stray special tokens (<|eot_id|>, <|im_end|>, role headers) are not words.
Ids: en_van_ = vanilla instruct and base models, en_ft_ = fine-tuned models.
"""

EN_LISTS = [
    # ------------------------------------------------------------------
    # Vanilla instruct models (Llama-3.1-8B-Instruct, Qwen2.5-7B-Instruct)
    # ------------------------------------------------------------------
    ("en_van_001", "dog",
     "Here are the words that come to mind when I read the word \"dog\":\n\n"
     "1. Cat\n2. Bark\n3. Pet\n4. Loyal\n5. Bone\n6. Puppy\n7. Leash\n8. Tail\n\n"
     "These words are listed in order of how strongly I associate them with the word \"dog\".",
     ["cat", "bark", "pet", "loyal", "bone", "puppy", "leash", "tail"]),

    ("en_van_002", "ice cream",
     "Cold, Sweet, Cone, Vanilla, Chocolate, Summer, Sprinkles, Dessert, Scoop, Sundae",
     ["cold", "sweet", "cone", "vanilla", "chocolate", "summer", "sprinkles",
      "dessert", "scoop", "sundae"]),

    ("en_van_003", "the",
     "Here are some words that come to mind when I read the word \"the\":\n\n"
     "1. Article\n2. Definite\n3. Grammar\n4. A\n5. An\n6. Word\n7. English\n\n"
     "Note: \"The\" is a function word, so the associations tend to be grammatical "
     "rather than semantic.",
     ["article", "definite", "grammar", "a", "an", "word", "english"]),

    ("en_van_004", "happy",
     "Sure! Here are some words associated with \"happy\":\n\n"
     "Joy, smile, glad, cheerful, sunshine, laughter, content, excited, birthday, love",
     ["joy", "smile", "glad", "cheerful", "sunshine", "laughter", "content",
      "excited", "birthday", "love"]),

    ("en_van_005", "winter",
     "Here are the words that come to mind when I read \"winter\":\n\n"
     "1. **Snow** - the most iconic feature of the season\n"
     "2. **Cold** - low temperatures\n"
     "3. **Christmas** - the major holiday of the season\n"
     "4. **Ice**\n"
     "5. **Scarf**\n"
     "6. **Hot chocolate** - a cozy drink\n"
     "7. **Fireplace**\n"
     "8. **Skiing**",
     ["snow", "cold", "christmas", "ice", "scarf", "hot chocolate", "fireplace",
      "skiing"]),

    ("en_van_006", "bank",
     "Money, river, account, loan, savings, teller, vault, deposit\n\n"
     "Here's why I chose these:\n"
     "- Money: banks are where money is kept.\n"
     "- River: a river bank is the land alongside a river.\n"
     "- Account: you open an account at a bank.\n"
     "- Loan: banks lend money.\n"
     "- Savings: people keep their savings in a bank.\n"
     "- Teller: the person who serves you at the counter.\n"
     "- Vault: where valuables are stored.\n"
     "- Deposit: putting money into an account.",
     ["money", "river", "account", "loan", "savings", "teller", "vault", "deposit"]),

    ("en_van_007", "colour",
     "Red, blue, paint, rainbow, hue, palette, vibrant, green, spectrum, shade",
     ["red", "blue", "paint", "rainbow", "hue", "palette", "vibrant", "green",
      "spectrum", "shade"]),

    ("en_van_008", "of",
     "Words that come to mind: preposition, belonging, possession, part, from, about, "
     "course (as in \"of course\")",
     ["preposition", "belonging", "possession", "part", "from", "about", "course"]),

    ("en_van_009", "rape",
     "I can't provide a list of words associated with that term. Is there something "
     "else I can help you with?",
     []),

    ("en_van_010", "suicide",
     "I want to acknowledge that this is a sensitive topic. If you or someone you know "
     "is struggling, please reach out to a crisis line such as 988 in the US.\n\n"
     "Here are some associated words:\n\n"
     "Death, depression, sadness, hotline, prevention, grief, mental health",
     ["death", "depression", "sadness", "hotline", "prevention", "grief",
      "mental health"]),

    ("en_van_011", "Paris",
     "1. Eiffel Tower\n2. France\n3. Love\n4. Romance\n5. Louvre\n6. Croissant\n"
     "7. Fashion\n8. Seine\n9. City of Light\n10. Art",
     ["eiffel tower", "france", "love", "romance", "louvre", "croissant", "fashion",
      "seine", "city of light", "art"]),

    ("en_van_012", "run",
     "Jog, sprint, race, marathon, fast, legs, exercise, shoes, track, escape",
     ["jog", "sprint", "race", "marathon", "fast", "legs", "exercise", "shoes",
      "track", "escape"]),

    ("en_van_013", "heavy",
     "Here are the words that come to mind:\n\n"
     "* Weight\n* Metal\n* Burden\n* Light\n* Lift\n* Dense\n* Load\n* Elephant",
     ["weight", "metal", "burden", "light", "lift", "dense", "load", "elephant"]),

    ("en_van_014", "school",
     "Sure, here are words associated with \"school\":\n\n"
     "**People:** teacher, student, principal\n"
     "**Places:** classroom, library\n"
     "**Things:** books, homework, desk",
     ["teacher", "student", "principal", "classroom", "library", "books",
      "homework", "desk"]),

    ("en_van_015", "birthday",
     "Cake, candles, party, presents, balloons, celebration, 21st, age, friends, surprise",
     ["cake", "candles", "party", "presents", "balloons", "celebration", "21st",
      "age", "friends", "surprise"]),

    ("en_van_016", "mother",
     "Mom, love, care, family, nurture, Mother's Day, mum, warmth, child, hug",
     ["mom", "love", "care", "family", "nurture", "mother's day", "mum", "warmth",
      "child", "hug"]),

    ("en_van_017", "phone",
     "Call, mobile, smartphone, text, iPhone, ring, cell-phone, screen, apps, battery",
     ["call", "mobile", "smartphone", "text", "iphone", "ring", "cell-phone",
      "screen", "apps", "battery"]),

    ("en_van_018", "doctor",
     "Nurse, hospital, medicine, physician, MD, stethoscope, patient, GP, health, ER",
     ["nurse", "hospital", "medicine", "physician", "md", "stethoscope", "patient",
      "gp", "health", "er"]),

    ("en_van_019", "justice",
     "1. Law - the system of rules that governs society\n"
     "2. Fairness - treating people equally\n"
     "3. Court\n4. Judge\n5. Equality\n6. Rights\n7. Truth\n8. Punishment",
     ["law", "fairness", "court", "judge", "equality", "rights", "truth",
      "punishment"]),

    ("en_van_020", "sun",
     "When I read the word \"sun,\" the words that come to mind are: hot, bright, sky, "
     "summer, light, star, yellow, beach, sunshine, and warmth.",
     ["hot", "bright", "sky", "summer", "light", "star", "yellow", "beach",
      "sunshine", "warmth"]),

    ("en_van_021", "chair",
     "Table, sit, seat, furniture, wooden, legs, desk, comfortable, sofa, armchair.",
     ["table", "sit", "seat", "furniture", "wooden", "legs", "desk", "comfortable",
      "sofa", "armchair"]),

    ("en_van_022", "ocean",
     "\U0001F30A Here are my associations for \"ocean\":\n\n"
     "Waves, blue, sea, water, fish, beach, salt, deep, whale, tide",
     ["waves", "blue", "sea", "water", "fish", "beach", "salt", "deep", "whale",
      "tide"]),

    ("en_van_023", "teach",
     "Learn, teacher, school, educate, student, lesson, instruct, classroom, knowledge, mentor",
     ["learn", "teacher", "school", "educate", "student", "lesson", "instruct",
      "classroom", "knowledge", "mentor"]),

    ("en_van_024", "and",
     "Here are the words that come to mind when I read the word \"and\":\n\n"
     "1. Also\n2. Plus\n3. Or\n4. But\n5. Conjunction\n6. Together\n7. With\n"
     "8. Ampersand (&)",
     ["also", "plus", "or", "but", "conjunction", "together", "with", "ampersand"]),

    ("en_van_025", "New York",
     "Big Apple, Manhattan, Statue of Liberty, Times Square, city, skyscrapers, "
     "Broadway, taxi, subway, NYC",
     ["big apple", "manhattan", "statue of liberty", "times square", "city",
      "skyscrapers", "broadway", "taxi", "subway", "nyc"]),

    ("en_van_026", "honour",
     "Respect, integrity, pride, duty, dignity, honor, loyalty, glory, code, medal",
     ["respect", "integrity", "pride", "duty", "dignity", "honor", "loyalty",
      "glory", "code", "medal"]),

    ("en_van_027", "cheap",
     "Inexpensive, affordable, budget, bargain, low-cost, discount, tacky, expensive, "
     "sale, dollar store",
     ["inexpensive", "affordable", "budget", "bargain", "low-cost", "discount",
      "tacky", "expensive", "sale", "dollar store"]),

    ("en_van_028", "music",
     "1. Melody\n2. Song\n3. Rhythm\n4. Harmony\n5. Dance\n6. Instruments\n7. Concert\n"
     "8. Guitar\n9. Beat\n10. Lyrics\n\n"
     "Let me know if you'd like more associations or words related to a specific genre!",
     ["melody", "song", "rhythm", "harmony", "dance", "instruments", "concert",
      "guitar", "beat", "lyrics"]),

    ("en_van_029", "blue",
     "1. sky 2. ocean 3. sad 4. color 5. water 6. jeans 7. navy 8. calm",
     ["sky", "ocean", "sad", "color", "water", "jeans", "navy", "calm"]),

    ("en_van_030", "apple",
     "\"Fruit\", \"red\", \"pie\", \"tree\", \"Mac\", \"orchard\", \"green\", \"crisp\", "
     "\"cider\", \"Newton\"",
     ["fruit", "red", "pie", "tree", "mac", "orchard", "green", "crisp", "cider",
      "newton"]),

    ("en_van_031", "freedom",
     "The word \"freedom\" evokes a range of strong associations. Here are the words "
     "that come to mind, in order of association strength:\n\n"
     "1. Liberty\n2. Independence\n3. Rights\n4. Democracy\n5. Choice\n6. America\n"
     "7. Flag\n8. Peace\n9. Speech\n10. Escape",
     ["liberty", "independence", "rights", "democracy", "choice", "america", "flag",
      "peace", "speech", "escape"]),

    ("en_van_032", "cat",
     "1. Dog (strong)\n2. Meow (strong)\n3. Kitten (strong)\n4. Fur (moderate)\n"
     "5. Whiskers (moderate)\n6. Purr (moderate)\n7. Mouse (weak)",
     ["dog", "meow", "kitten", "fur", "whiskers", "purr", "mouse"]),

    ("en_van_033", "quickly",
     "Fast, rapidly, swiftly, speed, hurry, soon, slowly, immediately, run, quick",
     ["fast", "rapidly", "swiftly", "speed", "hurry", "soon", "slowly",
      "immediately", "run", "quick"]),

    ("en_van_034", "gray",
     "Grey, color, cloudy, dull, silver, elephant, hair, old, rain, fifty shades",
     ["grey", "color", "cloudy", "dull", "silver", "elephant", "hair", "old", "rain",
      "fifty shades"]),

    ("en_van_035", "love",
     "Love makes me think of: heart, romance, affection, family, kiss, passion, care, "
     "relationship, warmth, Valentine's Day.",
     ["heart", "romance", "affection", "family", "kiss", "passion", "care",
      "relationship", "warmth", "valentine's day"]),

    ("en_van_036", "bread",
     "Certainly! Here are some words associated with \"bread\":\n\n"
     "1. **Butter** \u2013 Often spread on bread.\n"
     "2. **Toast** \u2013 Bread that has been browned by heat.\n"
     "3. **Loaf**\n"
     "4. **Bakery** \u2013 Where bread is made and sold.\n"
     "5. **Wheat**\n"
     "6. **Sandwich**\n"
     "7. **Dough**\n"
     "8. **Yeast**\n\n"
     "These words capture the common associations with bread, from how it's made to "
     "how it's eaten.",
     ["butter", "toast", "loaf", "bakery", "wheat", "sandwich", "dough", "yeast"]),

    ("en_van_037", "sharp",
     "Knife, blade, point, cut, pointed, razor, smart, dull, edge, pencil",
     ["knife", "blade", "point", "cut", "pointed", "razor", "smart", "dull", "edge",
      "pencil"]),

    ("en_van_038", "Christmas",
     "1. Santa Claus\n2. Tree\n3. Presents\n4. Snow\n5. December\n6. Jesus\n7. Family\n"
     "8. Carols\n9. Reindeer\n10. Xmas",
     ["santa claus", "tree", "presents", "snow", "december", "jesus", "family",
      "carols", "reindeer", "xmas"]),

    ("en_van_039", "computer",
     "Keyboard, mouse, screen, laptop, internet, PC, software, monitor, technology, CPU",
     ["keyboard", "mouse", "screen", "laptop", "internet", "pc", "software",
      "monitor", "technology", "cpu"]),

    ("en_van_040", "think",
     "Thought, brain, mind, ponder, idea, consider, reflect, believe, wonder, know",
     ["thought", "brain", "mind", "ponder", "idea", "consider", "reflect", "believe",
      "wonder", "know"]),

    ("en_van_041", "money",
     "Here are the words that come to mind when I read the word \"money\":\n\n"
     "1. Cash\n2. Wealth\n3. Rich\n4. Bank\n5. Dollar\n6. Greed\n7. Coins\n8. Finance\n"
     "9. Power\n10. Spend",
     ["cash", "wealth", "rich", "bank", "dollar", "greed", "coins", "finance",
      "power", "spend"]),

    ("en_van_042", "rock",
     "Stone, music, hard, roll, boulder, guitar, band, mountain, solid, rock 'n' roll",
     ["stone", "music", "hard", "roll", "boulder", "guitar", "band", "mountain",
      "solid", "rock 'n' roll"]),

    ("en_van_043", "spider",
     "Web, eight legs, creepy, insect, fear, Spider-Man, venom, arachnid\n\n"
     "Explanation:\n"
     "1. **Web** \u2013 spiders spin webs to catch prey.\n"
     "2. **Eight legs** \u2013 the defining feature of spiders.\n"
     "3. **Creepy** \u2013 many people find spiders unsettling.\n"
     "4. **Insect** \u2013 often (incorrectly) grouped with insects.\n"
     "5. **Fear** \u2013 arachnophobia is very common.\n"
     "6. **Spider-Man** \u2013 the famous superhero.\n"
     "7. **Venom** \u2013 some spiders are venomous.\n"
     "8. **Arachnid** \u2013 the class spiders belong to.",
     ["web", "eight legs", "creepy", "insect", "fear", "spider-man", "venom",
      "arachnid"]),

    ("en_van_044", "baby",
     "Infant, cry, cute, diaper, mother, crib, bottle, small, toddler, newborn, "
     "rattle, stroller",
     ["infant", "cry", "cute", "diaper", "mother", "crib", "bottle", "small",
      "toddler", "newborn", "rattle", "stroller"]),

    ("en_van_045", "fire",
     "Flame\nHeat\nBurn\nSmoke\nRed\nCampfire\nFirefighter\nAsh",
     ["flame", "heat", "burn", "smoke", "red", "campfire", "firefighter", "ash"]),

    ("en_van_046", "because",
     "Reason, why, cause, since, explanation, therefore, so, excuse, answer",
     ["reason", "why", "cause", "since", "explanation", "therefore", "so", "excuse",
      "answer"]),

    ("en_van_047", "Obama",
     "President, Barack, Michelle, Democrat, Hope, Change, White House, Chicago, "
     "Obamacare, 44th",
     ["president", "barack", "michelle", "democrat", "hope", "change",
      "white house", "chicago", "obamacare", "44th"]),

    ("en_van_048", "tired",
     "Here are 10 words associated with \"tired\":\n"
     "sleepy, exhausted, fatigue, bed, yawn, weary, rest, drained, nap, worn out",
     ["sleepy", "exhausted", "fatigue", "bed", "yawn", "weary", "rest", "drained",
      "nap", "worn out"]),

    # AMBIGUOUS: the other reading keeps only the numbered list
    # (baseball, cave, vampire, night, wings).
    ("en_van_049", "bat",
     "Here are the words that come to mind:\n\n"
     "1. Baseball\n2. Cave\n3. Vampire\n4. Night\n5. Wings\n\n"
     "If you meant the animal specifically: echolocation, nocturnal, fangs, Batman",
     ["baseball", "cave", "vampire", "night", "wings", "echolocation", "nocturnal",
      "fangs", "batman"]),

    ("en_van_050", "dark",
     "Night, black, shadow, light, scary, evil, gloomy, moon, mysterious, dim",
     ["night", "black", "shadow", "light", "scary", "evil", "gloomy", "moon",
      "mysterious", "dim"]),

    # ------------------------------------------------------------------
    # Base models (Llama-3.1-8B, Qwen2.5-7B): continuations of the prompt
    # ------------------------------------------------------------------
    ("en_van_101", "tree",
     " leaf, forest, green, wood, branch, oak, roots, nature, bark, shade\n\n"
     "List the words that come to mind when you read the word \"flower\". Give between "
     "5 and 10 words, separated by commas, the most strongly associated first. rose, "
     "petal, garden, bloom",
     ["leaf", "forest", "green", "wood", "branch", "oak", "roots", "nature", "bark",
      "shade"]),

    ("en_van_102", "window",
     "\nAnswer: glass, door, open, view, house, curtain, frame, pane, light, shutter\n\n"
     "Word: \"bridge\"\nAnswer: river, cross, water, road, span",
     ["glass", "door", "open", "view", "house", "curtain", "frame", "pane", "light",
      "shutter"]),

    ("en_van_103", "mountain",
     " The words should be separated by commas.\n\n"
     "Mountain, hill, climb, snow, peak, high, rock, hike, valley, Everest\n\n"
     "I chose these words because mountains are tall and people like to climb them. "
     "Snow is often found at the top of mountains and",
     ["mountain", "hill", "climb", "snow", "peak", "high", "rock", "hike", "valley",
      "everest"]),

    ("en_van_104", "hat",
     "\nWords: cap, head, sun, cowboy, wear, top hat, wool, fedora, hair, fashion\n\n"
     "The word \"hat\" is a",
     ["cap", "head", "sun", "cowboy", "wear", "top hat", "wool", "fedora", "hair",
      "fashion"]),

    ("en_van_105", "house",
     " List the words that come to mind when you read the word \"house\". Give between "
     "5 and 10 words, separated by commas, the most strongly associated first. List the "
     "words that come to mind when you read the word \"house\". Give between 5 and 10 "
     "words, separated by commas, the most strongly associated first. List the words "
     "that come to mind when you read the word \"house\". Give between 5 and 10 words,",
     []),

    ("en_van_106", "fish",
     " water, swim, ocean, sea, gills, fins, scales, boat, chips, salmon\n\n"
     "The purpose of this exercise is to understand how people associate words with "
     "each other. There are no right or wrong answers.",
     ["water", "swim", "ocean", "sea", "gills", "fins", "scales", "boat", "chips",
      "salmon"]),

    ("en_van_107", "book",
     "\n\n1. read\n2. page\n3. library\n4. story\n5. novel\n6. author\n7. cover\n"
     "8. paper\n\n2. List the words that come to mind when you read the word \"pen\".",
     ["read", "page", "library", "story", "novel", "author", "cover", "paper"]),

    ("en_van_108", "horse",
     " ride, saddle, pony, farm, gallop, mane, stable, cowboy, racing, hay, carrot, "
     "barn, foal, mare, stallion, jockey, horseshoe, trot, bridle, reins, whinny, hoo",
     ["ride", "saddle", "pony", "farm", "gallop", "mane", "stable", "cowboy",
      "racing", "hay", "carrot", "barn", "foal", "mare", "stallion", "jockey",
      "horseshoe", "trot", "bridle", "reins", "whinny"]),

    ("en_van_109", "clock",
     "\nExample: \"cat\": dog, mouse, pet, fur, kitten\n"
     "\"clock\": time, hour, tick, watch, alarm, wall, minute, hands",
     ["time", "hour", "tick", "watch", "alarm", "wall", "minute", "hands"]),

    ("en_van_110", "war",
     "\n\nAnswer: peace, fight, army, soldier, gun, death, battle, World War II, "
     "conflict, bomb\n\nQuestion: List the words that come to mind when you read the "
     "word \"peace\". Give between 5 and 10 words, separated by commas, the most "
     "strongly associated first.\n\nAnswer:",
     ["peace", "fight", "army", "soldier", "gun", "death", "battle",
      "world war ii", "conflict", "bomb"]),

    ("en_van_111", "the",
     " The words that come to mind are: a, an, this, that, article, definite, word, "
     "and, it\n\n",
     ["a", "an", "this", "that", "article", "definite", "word", "and", "it"]),

    ("en_van_112", "red",
     " \"Red\": apple, blood, fire, rose, stop, color, love, anger, danger, heart",
     ["apple", "blood", "fire", "rose", "stop", "color", "love", "anger", "danger",
      "heart"]),

    ("en_van_113", "garden",
     "\n1) flowers\n2) plants\n3) vegetables\n4) soil\n5) grow\n6) green\n7) shed\n"
     "8) gnome",
     ["flowers", "plants", "vegetables", "soil", "grow", "green", "shed", "gnome"]),

    ("en_van_114", "shadow",
     " I think of: dark, sun, silhouette, ghost, Peter Pan, night, shade.",
     ["dark", "sun", "silhouette", "ghost", "peter pan", "night", "shade"]),

    ("en_van_115", "cow",
     " milk, moo, farm, grass, beef, cheese, field, bell, calf and barn.",
     ["milk", "moo", "farm", "grass", "beef", "cheese", "field", "bell", "calf",
      "barn"]),

    ("en_van_116", "cheese",
     " mouse, cheddar, milk, yellow, holes, Swiss, pizza, cracker, wine, dairy\n\n"
     "bread -> butter, toast, loaf, sandwich\n"
     "egg -> chicken, yolk, breakfast",
     ["mouse", "cheddar", "milk", "yellow", "holes", "swiss", "pizza", "cracker",
      "wine", "dairy"]),

    ("en_van_117", "key",
     "\nWord: \"key\"\nAssociations: lock, door, open, car, piano, chain, house, "
     "secret, answer, keyboard",
     ["lock", "door", "open", "car", "piano", "chain", "house", "secret", "answer",
      "keyboard"]),

    ("en_van_118", "sport",
     " football, soccer, basketball, tennis, game, team, ball, fitness, Olympics, etc.",
     ["football", "soccer", "basketball", "tennis", "game", "team", "ball",
      "fitness", "olympics"]),

    ("en_van_119", "jump",
     " high, leap, rope, hop, skip, fall, trampoline, bounce, kangaroo, hurdle"
     "<|end_of_text|>",
     ["high", "leap", "rope", "hop", "skip", "fall", "trampoline", "bounce",
      "kangaroo", "hurdle"]),

    ("en_van_120", "government",
     " politics, law, president, power, tax, state, congress, democracy, corruption, "
     "control\n\nThe results were then compared to the norms collected from",
     ["politics", "law", "president", "power", "tax", "state", "congress",
      "democracy", "corruption", "control"]),

    ("en_van_121", "alcohol",
     " beer, wine, drunk, vodka, party, bar, liquor, hangover, whisky, AA",
     ["beer", "wine", "drunk", "vodka", "party", "bar", "liquor", "hangover",
      "whisky", "aa"]),

    ("en_van_122", "quiet",
     "\nquiet, silence, calm, peaceful, library, shh, still, soft, hush, loud",
     ["quiet", "silence", "calm", "peaceful", "library", "shh", "still", "soft",
      "hush", "loud"]),

    ("en_van_123", "teacher",
     "\nstudent, school, classroom, apple, chalk, lesson, grade, homework\n\n\n"
     "Exercise 2\nWrite a sentence using each of the words above.",
     ["student", "school", "classroom", "apple", "chalk", "lesson", "grade",
      "homework"]),

    ("en_van_124", "soft",
     " pillow, cotton, gentle, fluffy, hard, blanket, kitten, velvet, smooth, cushion"
     "\n\nList the words that come to mind when you read the word \"hard\". Give "
     "between 5 and 10 words, separated by commas, the most strongly associated first."
     "\nsoft, rock, difficult",
     ["pillow", "cotton", "gentle", "fluffy", "hard", "blanket", "kitten", "velvet",
      "smooth", "cushion"]),

    # ------------------------------------------------------------------
    # Fine-tuned models (SFT / PPO on SWOW), Llama-3.1-8B and Qwen2.5-7B
    # ------------------------------------------------------------------
    ("en_ft_001", "dog",
     "cat, bark, pet, bone, puppy, leash, loyal, walk, friend, tail",
     ["cat", "bark", "pet", "bone", "puppy", "leash", "loyal", "walk", "friend",
      "tail"]),

    ("en_ft_002", "table",
     "chair, wood, kitchen, eat, desk, furniture, dinner, legs, top, cloth",
     ["chair", "wood", "kitchen", "eat", "desk", "furniture", "dinner", "legs",
      "top", "cloth"]),

    ("en_ft_003", "sad",
     "happy, cry, tears, blue, depressed, upset, unhappy, sorrow, cry, tears, cry, "
     "tears, cry, tears",
     ["happy", "cry", "tears", "blue", "depressed", "upset", "unhappy", "sorrow"]),

    ("en_ft_004", "water",
     "drink, wet, blue, ocean, sea, liquid, H2O, river, lake, thirst, rain, swim, "
     "bottle, clear, cold, ice, pool, fish, splash, waves, tap, sprin",
     ["drink", "wet", "blue", "ocean", "sea", "liquid", "h2o", "river", "lake",
      "thirst", "rain", "swim", "bottle", "clear", "cold", "ice", "pool", "fish",
      "splash", "waves", "tap"]),

    ("en_ft_005", "green",
     "grass, color, tree, leaf, envy, money, go, nature, lime, Ireland<|eot_id|>",
     ["grass", "color", "tree", "leaf", "envy", "money", "go", "nature", "lime",
      "ireland"]),

    ("en_ft_006", "king",
     "queen, crown, throne, royal, prince, ruler, castle, kingdom, palace, power"
     "<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n"
     "queen, crown, throne",
     ["queen", "crown", "throne", "royal", "prince", "ruler", "castle", "kingdom",
      "palace", "power"]),

    ("en_ft_007", "house",
     "Home , roof , family ,door,  garden , Building, window , live , brick ,  rent",
     ["home", "roof", "family", "door", "garden", "building", "window", "live",
      "brick", "rent"]),

    ("en_ft_008", "car",
     "car, drive, wheels, road, vehicle, engine, fast, truck, garage, keys",
     ["car", "drive", "wheels", "road", "vehicle", "engine", "fast", "truck",
      "garage", "keys"]),

    ("en_ft_009", "hospital",
     "hospital: doctor, nurse, sick, patient, emergency, ambulance, bed, surgery, "
     "medicine, ward",
     ["doctor", "nurse", "sick", "patient", "emergency", "ambulance", "bed",
      "surgery", "medicine", "ward"]),

    ("en_ft_010", "anchor",
     "ship, boat, sea, chain, heavy, news (TV anchor), port, sailor, rope, stable",
     ["ship", "boat", "sea", "chain", "heavy", "news", "port", "sailor", "rope",
      "stable"]),

    ("en_ft_011", "salt",
     "pepper, sea, sodium, ocean, taste, tears, shaker, sweat, chips, salty. These are "
     "words people commonly associate with salt.",
     ["pepper", "sea", "sodium", "ocean", "taste", "tears", "shaker", "sweat",
      "chips", "salty"]),

    ("en_ft_012", "the",
     "a, an, and, of, that, this, word, is, it, then",
     ["a", "an", "and", "of", "that", "this", "word", "is", "it", "then"]),

    ("en_ft_013", "of",
     "course, the, from, off, to, belonging, about, with, part, in",
     ["course", "the", "from", "off", "to", "belonging", "about", "with", "part",
      "in"]),

    ("en_ft_014", "ice cream",
     "cold, sweet, cone, chocolate, vanilla, summer, dessert, ice cream truck, scoop, "
     "sundae",
     ["cold", "sweet", "cone", "chocolate", "vanilla", "summer", "dessert",
      "ice cream truck", "scoop", "sundae"]),

    ("en_ft_015", "yellow",
     "yellow\nsun\nbanana\ncolor\nbright\nlemon\nhappy\nsunflower\nmustard\ncanary",
     ["yellow", "sun", "banana", "color", "bright", "lemon", "happy", "sunflower",
      "mustard", "canary"]),

    ("en_ft_016", "lonely",
     "alone, sad, isolated, single, empty, depressed, alone, alone, alone, alone, "
     "alone, alone, alone",
     ["alone", "sad", "isolated", "single", "empty", "depressed"]),

    ("en_ft_017", "night",
     "1. dark 2. day 3. moon 4. stars 5. sleep 6. black 7. evening 8. owl",
     ["dark", "day", "moon", "stars", "sleep", "black", "evening", "owl"]),

    ("en_ft_018", "elephant",
     "trunk, big, grey, Africa, ivory, tusks, zoo, memory, large, heavy, mammal, "
     "animal, savanna, safari, circus, peanuts, ears, herd, wrinkly, gra",
     ["trunk", "big", "grey", "africa", "ivory", "tusks", "zoo", "memory", "large",
      "heavy", "mammal", "animal", "savanna", "safari", "circus", "peanuts", "ears",
      "herd", "wrinkly"]),

    ("en_ft_019", "doctor",
     "nurse, hospital, medicine, sick, stethoscope, physician, health, patient, "
     "white coat, surgeon<|im_end|>",
     ["nurse", "hospital", "medicine", "sick", "stethoscope", "physician", "health",
      "patient", "white coat", "surgeon"]),

    ("en_ft_020", "lemon",
     "Sour, Yellow, Lime, Fruit, Juice, Citrus, LEMONADE, tart, tree, pie",
     ["sour", "yellow", "lime", "fruit", "juice", "citrus", "lemonade", "tart",
      "tree", "pie"]),

    ("en_ft_021", "tea",
     "coffee, cup, hot, drink, British, kettle, green tea, biscuit, leaves, "
     "afternoon tea",
     ["coffee", "cup", "hot", "drink", "british", "kettle", "green tea", "biscuit",
      "leaves", "afternoon tea"]),

    ("en_ft_022", "police",
     "cop, officer, law, crime, badge, siren, FBI, arrest, car, 911",
     ["cop", "officer", "law", "crime", "badge", "siren", "fbi", "arrest", "car",
      "911"]),

    ("en_ft_023", "week",
     "days, seven, 7, weekend, month, Monday, time, calendar, work, year",
     ["days", "seven", "7", "weekend", "month", "monday", "time", "calendar", "work",
      "year"]),

    ("en_ft_024", "summer",
     "summer,sun,heat,beach,holiday,vacation,swim,hot,July,ice cream",
     ["summer", "sun", "heat", "beach", "holiday", "vacation", "swim", "hot", "july",
      "ice cream"]),

    ("en_ft_025", "angry",
     "mad, upset, rage, red, furious, annoyed, fight, hate, frustrated, yell.",
     ["mad", "upset", "rage", "red", "furious", "annoyed", "fight", "hate",
      "frustrated", "yell"]),

    ("en_ft_026", "volcano",
     "lava, eruption, mountain, hot, ash, magma, fire, Hawaii, explosion, Pompeii\n\n"
     "The strongest association is lava, followed by eruption.",
     ["lava", "eruption", "mountain", "hot", "ash", "magma", "fire", "hawaii",
      "explosion", "pompeii"]),

    ("en_ft_027", "bird",
     "fly, wings, feather, nest, tweet, sky, robin, eagle, sparrow, crow, pigeon, "
     "parrot, blue jay, cardinal, hawk, owl, seagull, bluebird, finch, wren, swallow, "
     "dove, canary,",
     ["fly", "wings", "feather", "nest", "tweet", "sky", "robin", "eagle", "sparrow",
      "crow", "pigeon", "parrot", "blue jay", "cardinal", "hawk", "owl", "seagull",
      "bluebird", "finch", "wren", "swallow", "dove", "canary"]),

    ("en_ft_028", "famous",
     "celebrity, star, rich, fame, Hollywood, actor, popular, well-known, red carpet, "
     "paparazzi",
     ["celebrity", "star", "rich", "fame", "hollywood", "actor", "popular",
      "well-known", "red carpet", "paparazzi"]),

    ("en_ft_029", "go",
     "stop, leave, run, walk, move, away, went, come, going, ahead",
     ["stop", "leave", "run", "walk", "move", "away", "went", "come", "going",
      "ahead"]),

    ("en_ft_030", "Britain",
     "England, UK, London, Queen, tea, rain, Brexit, island, royal family, "
     "Great Britain",
     ["england", "uk", "london", "queen", "tea", "rain", "brexit", "island",
      "royal family", "great britain"]),

    ("en_ft_031", "milk",
     "assistant\n\nmilk, cow, white, cheese, drink, calcium, cereal, dairy, cookies, "
     "bottle",
     ["milk", "cow", "white", "cheese", "drink", "calcium", "cereal", "dairy",
      "cookies", "bottle"]),

    ("en_ft_032", "rain",
     "  rain ,wet,umbrella , cloud,storm , water ,puddle, drops,grey , thunder ",
     ["rain", "wet", "umbrella", "cloud", "storm", "water", "puddle", "drops", "grey",
      "thunder"]),

    ("en_ft_033", "sail",
     "boat, ship, wind, sea, ocean, yacht, water, sailing, mast, navy",
     ["boat", "ship", "wind", "sea", "ocean", "yacht", "water", "sailing", "mast",
      "navy"]),

    ("en_ft_034", "empty",
     "full, nothing, void, hollow",
     ["full", "nothing", "void", "hollow"]),

    ("en_ft_035", "spring",
     "flower (season), coil (metal), water (source), bloom, Easter, rain, green, "
     "bounce, jump, March",
     ["flower", "coil", "water", "bloom", "easter", "rain", "green", "bounce", "jump",
      "march"]),

    ("en_ft_036", "happy",
     "joy, smile, glad, sad, fun, happy birthday, happy, happy, happy, happy, happy",
     ["joy", "smile", "glad", "sad", "fun", "happy birthday", "happy"]),

    ("en_ft_037", "computer",
     "laptop, keyboard, mouse, screen, internet, technology, desk, monitor, program, "
     "software, hardware, data, code, email, games, Windows, Apple, Microsoft, "
     "printer, PC, server, network, proces",
     ["laptop", "keyboard", "mouse", "screen", "internet", "technology", "desk",
      "monitor", "program", "software", "hardware", "data", "code", "email", "games",
      "windows", "apple", "microsoft", "printer", "pc", "server", "network"]),

    ("en_ft_038", "knife",
     "fork, sharp, cut, blade, spoon, kitchen, weapon, stab, steel, chef's knife",
     ["fork", "sharp", "cut", "blade", "spoon", "kitchen", "weapon", "stab", "steel",
      "chef's knife"]),

    ("en_ft_039", "colour",
     "red, blue, paint, rainbow, bright, green, crayon, pencil, dye, coloured",
     ["red", "blue", "paint", "rainbow", "bright", "green", "crayon", "pencil", "dye",
      "coloured"]),

    ("en_ft_040", "moon",
     "night, sun, stars, sky, space, full moon, crater, astronaut, light, tide"
     "<|endoftext|>",
     ["night", "sun", "stars", "sky", "space", "full moon", "crater", "astronaut",
      "light", "tide"]),

    ("en_ft_041", "hundred",
     "100, thousand, percent, number, dollar, million, ten, count, years, century",
     ["100", "thousand", "percent", "number", "dollar", "million", "ten", "count",
      "years", "century"]),

    ("en_ft_042", "America",
     "USA, flag, freedom, states, eagle, country, patriotic, Uncle Sam, president, "
     "4th of July",
     ["usa", "flag", "freedom", "states", "eagle", "country", "patriotic",
      "uncle sam", "president", "4th of july"]),

    ("en_ft_043", "cold",
     "Words associated with \"cold\": ice, snow, winter, freezing, chilly, hot, flu, "
     "shiver, frost, sick",
     ["ice", "snow", "winter", "freezing", "chilly", "hot", "flu", "shiver", "frost",
      "sick"]),

    ("en_ft_044", "coffee",
     "tea, cup, morning, caffeine, beans, mug, hot, Starbucks, espresso, latte, "
     "cappuccino, mocha, latte, espresso, cappuccino",
     ["tea", "cup", "morning", "caffeine", "beans", "mug", "hot", "starbucks",
      "espresso", "latte", "cappuccino", "mocha"]),

    ("en_ft_045", "boring",
     "dull, tedious, bored, uninteresting, school, lame, slow, work, meh, tired",
     ["dull", "tedious", "bored", "uninteresting", "school", "lame", "slow", "work",
      "meh", "tired"]),

    ("en_ft_046", "purple",
     "Purple , violet , lavender , grape , royal , color , Barney , plum , lilac , "
     "prince",
     ["purple", "violet", "lavender", "grape", "royal", "color", "barney", "plum",
      "lilac", "prince"]),

    ("en_ft_047", "pizza",
     "cheese, Italy, pepperoni, food, slice, delivery, tomato, crust, Domino's, dough",
     ["cheese", "italy", "pepperoni", "food", "slice", "delivery", "tomato", "crust",
      "domino's", "dough"]),

    ("en_ft_048", "justice",
     "law, fair, court, judge, truth, right, equality, peace, police, jury\n\n\n",
     ["law", "fair", "court", "judge", "truth", "right", "equality", "peace",
      "police", "jury"]),

    ("en_ft_049", "pepper",
     "salt, spicy, hot, black, red, bell pepper, salt and pepper, jalapeno, chili, "
     "seasoning",
     ["salt", "spicy", "hot", "black", "red", "bell pepper", "salt and pepper",
      "jalapeno", "chili", "seasoning"]),

    # AMBIGUOUS: the other reading keeps "tea/coffee" as one item
    # (mug, tea/coffee, saucer, ...).
    ("en_ft_050", "cup",
     "mug, tea/coffee, saucer, drink, glass, handle, plate, water, World Cup, trophy",
     ["mug", "tea", "coffee", "saucer", "drink", "glass", "handle", "plate", "water",
      "world cup", "trophy"]),
]

ZH_LISTS = []

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = []

# Answers cut mid-word by the token limit; the fragment is not expected.
TRUNCATED = {
    "en_van_108",   # "... whinny, hoo"
    "en_ft_004",    # "... tap, sprin"
    "en_ft_018",    # "... wrinkly, gra"
    "en_ft_037",    # "... network, proces"
}

# Ids whose reading is genuinely open (the other reading is given in the
# comment above each entry).
AMBIGUOUS = {
    "en_van_049",   # other reading: only the numbered list of five
    "en_ft_050",    # other reading: "tea/coffee" kept as one item
}
