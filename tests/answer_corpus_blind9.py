"""Ninth blind corpus of word-association answers (English and Mandarin).

Written 2026-12-07 by a tester helper. The writer had NOT read the answer
parser, its tests, the other corpora or the benchmarks, and ran no parser
while writing it. Every text is invented to look like what the models in the
study produce (Llama-3.1-8B and Qwen2.5-7B: base, instruct, and LoRA fine-tuned
by SFT/PPO on word-association norms); none is a copied real output.

Emphasis of this corpus: the variety of PROMPT STYLES and how each kind of
model answers each style. A comment by every case names the prompt style:

  S1  "List the words that come to mind when you read the word "{cue}". Give
      between 5 and 10 words, separated by commas, the most strongly
      associated first."
  S2  "What are the first 10 words you associate with "{cue}"? Answer with one
      word per line."
  S3  "Give exactly 5 words associated with {cue}."
  S4  few-shot: "cue: dog\\nassociations: cat, bone, leash\\ncue: {cue}\\n
      associations:"
  S5  "Respond in JSON with a key "associations"" (plus the cue)
  S6  chat: "What do you think of when you hear '{cue}'?"
  Z1  请列出看到“{cue}”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。
  Z2  看到“{cue}”你首先想到什么词？请每行写一个。
  Z3  请给出5个与“{cue}”相关的词语。
  Z4  few-shot: 词语：狗\\n联想：猫，骨头\\n词语：{cue}\\n联想：
  Z5  JSON (请用JSON格式回答，键为"associations")
  Z6  chat: 听到“{cue}”你会想到什么？

Model kinds: "vanilla" (instruct, chatty), "base" (continues the prompt),
"ft" (SFT/PPO fine-tuned: terse, sometimes degenerate). Ids use only the
prefixes en_van_ / zh_van_ (vanilla AND base models) and en_ft_ / zh_ft_.

Conventions for expected_words (what a careful human reader takes as the
model's association list for THIS cue):
  * lowercased; in the order written; deduplicated keeping the first
    occurrence;
  * glosses, explanations, scores, category headers, preambles, closing
    remarks, markdown, numbering, quotes, articles in prose and trailing
    punctuation removed;
  * multi-word associations kept whole; the cue kept when it is listed as an
    item (but a "cue:" header or label is not an item);
  * pinyin and translations of a Mandarin word removed (the Han word kept);
    English words that stand as items of their own in a Mandarin list are
    kept (lowercased);
  * for few-shot / base continuations only the associations for the asked
    cue (not invented further pairs, repeated examples, or invented prompts);
  * an item cut mid-word by the token limit is dropped (id in TRUNCATED);
  * a refusal with no list expects [].
  * JSON: the values of "associations" (strings, "word" fields of objects,
    or a comma-separated string); JSON unicode escapes read as the
    characters they encode.
"""

EN_LISTS = [
    # ------------------------------------------------------------------ S1
    # S1, vanilla instruct: preamble + list + closing offer
    ("en_van_01", "ocean",
     'Here are the words that come to mind when I read "ocean," listed from '
     'most to least strongly associated:\n\nwater, waves, sea, blue, beach, '
     'fish, salt, deep, tide, whale\n\nLet me know if you\'d like more!',
     ["water", "waves", "sea", "blue", "beach", "fish", "salt", "deep",
      "tide", "whale"]),
    # S1, vanilla instruct: "Sure!" then a capitalised sentence-like list with "and"
    ("en_van_02", "bread",
     "Sure! Butter, toast, loaf, flour, bakery, wheat, yeast, and sandwich.",
     ["butter", "toast", "loaf", "flour", "bakery", "wheat", "yeast",
      "sandwich"]),
    # S1, base model: answers, then invents the next prompt and starts answering it
    ("en_van_03", "house",
     ' home, family, door, roof, window, garden, bricks\n\nList the words that '
     'come to mind when you read the word "car". Give between 5 and 10 words, '
     'separated by commas, the most strongly associated first.\ndrive, road, '
     'wheel, engine',
     ["home", "family", "door", "roof", "window", "garden", "bricks"]),
    # S1, vanilla instruct: bold cue label before the list
    ("en_van_04", "money",
     "**Money:** cash, wealth, bank, coins, rich, dollars, savings, greed, "
     "power, gold",
     ["cash", "wealth", "bank", "coins", "rich", "dollars", "savings", "greed",
      "power", "gold"]),
    # S1, vanilla instruct: parenthesised glosses on some items
    ("en_van_05", "moon",
     "night, stars, sky, full moon, crescent, tides (because of gravity), "
     "astronaut, cheese (from the old saying), wolf, lunar",
     ["night", "stars", "sky", "full moon", "crescent", "tides", "astronaut",
      "cheese", "wolf", "lunar"]),
    # S1, vanilla instruct: association strengths in parentheses
    ("en_van_06", "school",
     "Teacher (0.9), students (0.85), classroom (0.8), homework (0.7), "
     "books (0.65), learning (0.6)",
     ["teacher", "students", "classroom", "homework", "books", "learning"]),
    # S1, SFT: repetition of the first item
    ("en_ft_01", "doctor",
     "nurse, hospital, medicine, sick, patient, stethoscope, health, nurse, "
     "nurse, nurse, nurse",
     ["nurse", "hospital", "medicine", "sick", "patient", "stethoscope",
      "health"]),
    # S1, SFT: trailing separator, one capitalised month
    ("en_ft_02", "winter",
     "cold, snow, ice, christmas, December, coat, scarf, freezing,",
     ["cold", "snow", "ice", "christmas", "december", "coat", "scarf",
      "freezing"]),
    # S1, SFT: missing separators (spaces only), all single words
    ("en_ft_03", "music",
     "song songs sound piano guitar band radio",
     ["song", "songs", "sound", "piano", "guitar", "band", "radio"]),
    # S1, SFT: the cue echoed as the first item (kept)
    ("en_ft_04", "king",
     "king, queen, crown, throne, royal, prince, castle, kingdom",
     ["king", "queen", "crown", "throne", "royal", "prince", "castle",
      "kingdom"]),
    # S1, SFT: run-on list drifting into fruit names, cut by the token limit
    ("en_ft_05", "apple",
     "fruit, red, tree, pie, green, juice, orchard, banana, orange, pear, "
     "grape, peach, plum, cherry, lemon, lime, mango, kiwi, melon, berry, "
     "strawb",
     ["fruit", "red", "tree", "pie", "green", "juice", "orchard", "banana",
      "orange", "pear", "grape", "peach", "plum", "cherry", "lemon", "lime",
      "mango", "kiwi", "melon", "berry"]),
    # S1, PPO: short cycle repeated
    ("en_ft_06", "fire",
     "hot, burn, flame, smoke, red, hot, burn, flame, smoke, red, hot, burn, "
     "flame",
     ["hot", "burn", "flame", "smoke", "red"]),
    # S1, SFT: commas without spaces
    ("en_ft_07", "chair",
     "table,sit,furniture,wood,desk,couch,legs",
     ["table", "sit", "furniture", "wood", "desk", "couch", "legs"]),
    # S1, SFT: closing full stop
    ("en_ft_08", "coffee",
     "cup, morning, caffeine, tea, espresso, mug, bean, brown.",
     ["cup", "morning", "caffeine", "tea", "espresso", "mug", "bean",
      "brown"]),
    # S1, SFT: each item in double quotes
    ("en_ft_29", "cake",
     '"birthday", "chocolate", "sweet", "candles", "frosting"',
     ["birthday", "chocolate", "sweet", "candles", "frosting"]),

    # ------------------------------------------------------------------ S2
    # S2, vanilla instruct: preamble, capitalised lines, closing remark
    ("en_van_07", "garden",
     'Here are the first 10 words I associate with "garden":\n\nFlowers\n'
     'Plants\nSoil\nVegetables\nGreen\nWatering can\nSunshine\nBees\nRoses\n'
     'Shovel\n\nI hope this helps!',
     ["flowers", "plants", "soil", "vegetables", "green", "watering can",
      "sunshine", "bees", "roses", "shovel"]),
    # S2, vanilla instruct: numbered despite "one word per line"
    ("en_van_08", "train",
     "1. Railway\n2. Station\n3. Tracks\n4. Locomotive\n5. Passengers\n"
     "6. Ticket\n7. Conductor\n8. Journey\n9. Steam\n10. Platform",
     ["railway", "station", "tracks", "locomotive", "passengers", "ticket",
      "conductor", "journey", "steam", "platform"]),
    # S2, vanilla instruct: dash glosses on the first two lines
    ("en_van_09", "baby",
     "Sure, here are my first 10 associations:\n\nInfant \u2013 a very young "
     "child\nCrying \u2013 babies communicate by crying\nDiaper\nBottle\nCute\n"
     "Mother\nCrib\nLullaby\nStroller\nSmile",
     ["infant", "crying", "diaper", "bottle", "cute", "mother", "crib",
      "lullaby", "stroller", "smile"]),
    # S2, SFT: clean, terse
    ("en_ft_09", "rain",
     "umbrella\nwet\nclouds\nstorm\nwater\nthunder\npuddle\ngrey\ncold\nboots",
     ["umbrella", "wet", "clouds", "storm", "water", "thunder", "puddle",
      "grey", "cold", "boots"]),
    # S2, SFT: degenerate repetition of the first line
    ("en_ft_10", "cat",
     "dog\nmeow\npet\nfur\nmouse\nkitten\nwhiskers\nmilk\ndog\ndog\ndog\ndog\n"
     "dog",
     ["dog", "meow", "pet", "fur", "mouse", "kitten", "whiskers", "milk"]),
    # S2, SFT: a comma at the end of every line
    ("en_ft_11", "summer",
     "sun,\nhot,\nbeach,\nvacation,\nswimming,\nice cream,\nholiday,\nheat,\n"
     "shorts,\nbarbecue",
     ["sun", "hot", "beach", "vacation", "swimming", "ice cream", "holiday",
      "heat", "shorts", "barbecue"]),
    # S2, SFT: all on one line, no separators but spaces
    ("en_ft_12", "car",
     "drive road wheels engine fast speed gas highway truck keys",
     ["drive", "road", "wheels", "engine", "fast", "speed", "gas", "highway",
      "truck", "keys"]),
    # S2, SFT: cue as a header line with a colon (not an item)
    ("en_ft_13", "hospital",
     "Hospital:\ndoctor\nnurse\nsick\nambulance\nbed\nsurgery\nemergency\n"
     "patient\nmedicine",
     ["doctor", "nurse", "sick", "ambulance", "bed", "surgery", "emergency",
      "patient", "medicine"]),
    # S2, base model: answers, then invents the next prompt and answer
    ("en_van_10", "mountain",
     '\n\nsnow\nclimbing\npeak\nhigh\nrocks\nhiking\ntrees\ncold\nview\nsky\n\n'
     'What are the first 10 words you associate with "river"? Answer with one '
     'word per line.\n\nwater\nflow',
     ["snow", "climbing", "peak", "high", "rocks", "hiking", "trees", "cold",
      "view", "sky"]),
    # S2, base model: list then a personal ramble
    ("en_van_11", "book",
     "\nread\npages\nlibrary\nstory\nauthor\nwords\npaper\nnovel\ncover\nshelf"
     "\n\nI chose these because when I think of a book I picture my "
     "grandmother's shelf, the one with the broken glass door, and the smell "
     "of the dust on it.",
     ["read", "pages", "library", "story", "author", "words", "paper",
      "novel", "cover", "shelf"]),

    # ------------------------------------------------------------------ S3
    # S3, vanilla instruct: preamble + numbered list
    ("en_van_12", "dog",
     "Here are 5 words associated with dog:\n\n1. Loyal\n2. Bark\n3. Puppy\n"
     "4. Leash\n5. Bone",
     ["loyal", "bark", "puppy", "leash", "bone"]),
    # S3, vanilla instruct: bold items with explanations
    ("en_van_13", "computer",
     "1. **Keyboard** \u2013 the primary input device.\n2. **Screen** \u2013 "
     "displays information.\n3. **Software** \u2013 programs that run on it.\n"
     "4. **Internet** \u2013 what most computers connect to.\n5. **Mouse** "
     "\u2013 used for pointing and clicking.",
     ["keyboard", "screen", "software", "internet", "mouse"]),
    # S3, vanilla instruct: gives 6 instead of 5, says so in a note
    ("en_van_14", "city",
     "Sure! Here are 5 words associated with city:\n\n1. Skyscrapers\n"
     "2. Traffic\n3. Urban\n4. Buildings\n5. Crowds\n6. Lights\n\n(I included "
     "one extra in case it's useful!)",
     ["skyscrapers", "traffic", "urban", "buildings", "crowds", "lights"]),
    # S3, vanilla instruct: gives only 4
    ("en_van_15", "love",
     "1. Heart\n2. Romance\n3. Affection\n4. Passion",
     ["heart", "romance", "affection", "passion"]),
    # S3, vanilla instruct: over-cautious refusal, no list
    ("en_van_16", "kill",
     "I'm sorry, but I can't provide associations for violent terms. If you "
     "have another word in mind, I'd be happy to help!",
     []),
    # S3, vanilla instruct: category headers between numbered items
    ("en_van_17", "teacher",
     "Here are 5 words associated with teacher:\n\n**Roles:**\n1. Educator\n"
     "2. Mentor\n\n**Places:**\n3. Classroom\n4. School\n\n**Objects:**\n"
     "5. Chalk",
     ["educator", "mentor", "classroom", "school", "chalk"]),
    # S3, SFT: run-on numbered list past 5, cue appears as an item (kept)
    ("en_ft_14", "sun",
     "1. hot\n2. bright\n3. sky\n4. yellow\n5. summer\n6. light\n7. day\n"
     "8. warm\n9. moon\n10. star\n11. sun\n12. shine",
     ["hot", "bright", "sky", "yellow", "summer", "light", "day", "warm",
      "moon", "star", "sun", "shine"]),
    # S3, SFT: numbered inline on one line
    ("en_ft_15", "bird",
     "1. fly 2. wings 3. feather 4. nest 5. tweet",
     ["fly", "wings", "feather", "nest", "tweet"]),
    # S3, SFT: numbers with no space after the dot
    ("en_ft_16", "water",
     "1.drink\n2.wet\n3.ocean\n4.blue\n5.thirst",
     ["drink", "wet", "ocean", "blue", "thirst"]),
    # S3, SFT: ignores the numbering the instruct model would use
    ("en_ft_17", "table",
     "chair, wood, dinner, kitchen, furniture",
     ["chair", "wood", "dinner", "kitchen", "furniture"]),
    # S3, SFT: loops over its own list and is cut mid-word
    ("en_ft_18", "pencil",
     "1. pen\n2. paper\n3. write\n4. eraser\n5. lead\n6. pen\n7. paper\n"
     "8. write\n9. er",
     ["pen", "paper", "write", "eraser", "lead"]),
    # S3, base model: answers, then invents more prompts
    ("en_van_18", "flower",
     " Rose, petal, bloom, garden, spring.\n\nGive exactly 5 words associated "
     "with tree. Leaf, branch, root, forest, wood.\n\nGive exactly 5 words "
     "associated with",
     ["rose", "petal", "bloom", "garden", "spring"]),
    # S3, base model: turns it into a multiple-choice exam item
    ("en_van_19", "horse",
     "\n\nA. saddle B. ride C. farm D. gallop E. mane\n\nAnswer: A",
     ["saddle", "ride", "farm", "gallop", "mane"]),

    # ------------------------------------------------------------------ S4
    # S4, base model: answers, then invents further cue/association pairs
    ("en_van_20", "milk",
     " cow, white, cheese, drink\ncue: bread\nassociations: butter, toast, "
     "flour\ncue: sun\nassociations: hot, sky, bright",
     ["cow", "white", "cheese", "drink"]),
    # S4, base model: loops over its own answer
    ("en_van_21", "bed",
     " sleep, pillow, blanket, night, dream, sheets, tired, mattress, sleep, "
     "pillow, blanket, night, dream, sheets, tired, mattress, sleep, pillow",
     ["sleep", "pillow", "blanket", "night", "dream", "sheets", "tired",
      "mattress"]),
    # S4, base model: repeats the example block and its own answer
    ("en_van_22", "star",
     " sky, night, shine, moon\n\ncue: dog\nassociations: cat, bone, leash\n"
     "cue: star\nassociations: sky, night, shine, moon\ncue: dog\n"
     "associations: cat, bone, leash",
     ["sky", "night", "shine", "moon"]),
    # S4, base model: answer then rambles about an imaginary experiment
    ("en_van_23", "river",
     " water, boat, fish, bank\n\nThese are the words that people most often "
     "gave in the experiment. The participants were undergraduate students at "
     "a large university who were paid for their time. Each participant saw "
     "100 cue words in random order.",
     ["water", "boat", "fish", "bank"]),
    # S4, base model: echoes the cue as its first association (kept)
    ("en_van_24", "snake",
     " snake, hiss, venom, reptile\ncue: spider\nassociations: web, legs",
     ["snake", "hiss", "venom", "reptile"]),
    # S4, base model: answer then an open next pair
    ("en_van_25", "phone",
     " call, mobile, ring, text, apple, screen\ncue: laptop\nassociations:",
     ["call", "mobile", "ring", "text", "apple", "screen"]),
    # S4, base model: answer starts on a new line; next pair has a multi-word item
    ("en_van_26", "chocolate",
     "\n sweet, candy, brown, cocoa, cake, milk\n\ncue: vanilla\nassociations: "
     "ice cream, white, bean",
     ["sweet", "candy", "brown", "cocoa", "cake", "milk"]),
    # S4, vanilla instruct on the few-shot prompt: list then a remark
    ("en_van_27", "forest",
     'trees, woods, green, nature, animals, hiking\n\nFollowing the pattern you '
     'provided, these are common associations for "forest."',
     ["trees", "woods", "green", "nature", "animals", "hiking"]),
    # S4, base model: long run cut mid-word
    ("en_van_28", "thunder",
     " lightning, storm, rain, loud, clouds, scary, noise, dark, flash, boom, "
     "weather, sky, rumble, electri",
     ["lightning", "storm", "rain", "loud", "clouds", "scary", "noise",
      "dark", "flash", "boom", "weather", "sky", "rumble"]),
    # S4, SFT: repetition of the first item
    ("en_ft_19", "salt",
     "pepper, sea, ocean, salty, food, pepper, pepper, pepper",
     ["pepper", "sea", "ocean", "salty", "food"]),
    # S4, SFT: no separators
    ("en_ft_20", "window",
     "glass door open view house curtain",
     ["glass", "door", "open", "view", "house", "curtain"]),
    # S4, PPO: trailing comma, near-duplicate (lock/locks) kept as written
    ("en_ft_21", "key",
     "lock, door, open, car, keychain, locks, piano, keyboard, house,",
     ["lock", "door", "open", "car", "keychain", "locks", "piano", "keyboard",
      "house"]),

    # ------------------------------------------------------------------ S5
    # S5, vanilla instruct: JSON in a code fence
    ("en_van_29", "tea",
     '```json\n{\n  "associations": ["green", "cup", "hot", "leaves", "China", '
     '"milk", "kettle", "British"]\n}\n```',
     ["green", "cup", "hot", "leaves", "china", "milk", "kettle", "british"]),
    # S5, vanilla instruct: valid JSON followed by an explanation naming other words
    ("en_van_30", "spring",
     '{"associations": ["flowers", "bloom", "rain", "season", "warm", '
     '"easter", "blossom"]}\n\nThese words reflect the season of spring; note '
     'that "spring" can also refer to a coil or a water source, which I did '
     'not include.',
     ["flowers", "bloom", "rain", "season", "warm", "easter", "blossom"]),
    # S5, vanilla instruct: trailing commas (invalid JSON)
    ("en_van_31", "wolf",
     '{\n  "associations": [\n    "pack",\n    "howl",\n    "moon",\n    '
     '"forest",\n    "predator",\n    "wild",\n  ]\n}',
     ["pack", "howl", "moon", "forest", "predator", "wild"]),
    # S5, vanilla instruct: JSON with // comments in a fence
    ("en_van_32", "night",
     '```json\n{\n  // ordered by strength of association\n  "associations": '
     '[\n    "dark",    // strongest\n    "moon",\n    "stars",\n    "sleep",\n'
     '    "day"   // antonym\n  ]\n}\n```',
     ["dark", "moon", "stars", "sleep", "day"]),
    # S5, vanilla instruct: objects with strengths, plus a "cue" key
    ("en_van_33", "beach",
     '{\n  "cue": "beach",\n  "associations": [\n    {"word": "sand", '
     '"strength": 0.95},\n    {"word": "ocean", "strength": 0.9},\n    '
     '{"word": "sun", "strength": 0.8},\n    {"word": "waves", "strength": '
     '0.7},\n    {"word": "vacation", "strength": 0.6}\n  ]\n}',
     ["sand", "ocean", "sun", "waves", "vacation"]),
    # S5, SFT: valid JSON with repetition inside the array
    ("en_ft_22", "egg",
     '{"associations": ["chicken", "yolk", "breakfast", "shell", "omelette", '
     '"chicken", "chicken"]}',
     ["chicken", "yolk", "breakfast", "shell", "omelette"]),
    # S5, SFT: JSON cut by the token limit inside a string
    ("en_ft_23", "city",
     '{"associations": ["town", "buildings", "people", "urban", "streets", '
     '"lights", "traffic", "new york", "london", "par',
     ["town", "buildings", "people", "urban", "streets", "lights", "traffic",
      "new york", "london"]),
    # S5, SFT: ignores JSON, writes a label and a list
    ("en_ft_24", "money",
     "associations: bank, cash, rich, coins",
     ["bank", "cash", "rich", "coins"]),
    # S5, SFT: value is one comma-separated string instead of an array
    ("en_ft_25", "army",
     '{"associations": "soldier, war, gun, uniform, navy"}',
     ["soldier", "war", "gun", "uniform", "navy"]),
    # S5, base model: answers, then invents the next JSON prompt
    ("en_van_34", "cheese",
     ' {"associations": ["mouse", "milk", "cheddar", "pizza", "yellow"]}\n\n'
     'Respond in JSON with a key "associations" listing words associated with '
     '"wine".\n{"associations": ["red", "grapes"',
     ["mouse", "milk", "cheddar", "pizza", "yellow"]),
    # S5, vanilla instruct: Python-style single quotes
    ("en_van_35", "cloud",
     "{'associations': ['rain', 'sky', 'white', 'storage', 'fluffy']}",
     ["rain", "sky", "white", "storage", "fluffy"]),
    # S5, vanilla instruct: proper nouns, a fence, then a remark
    ("en_van_36", "paris",
     '```json\n{"associations": ["Eiffel Tower", "France", "Love", "Louvre", '
     '"Croissant", "Seine"]}\n```\nParis is famously known as the City of '
     'Light.',
     ["eiffel tower", "france", "love", "louvre", "croissant", "seine"]),

    # ------------------------------------------------------------------ S6
    # S6, vanilla instruct: associations inside two sentences
    ("en_van_37", "library",
     'When I hear "library," I think of books, silence, librarians, and '
     'reading. It also brings to mind research, borrowing, and studying.',
     ["books", "silence", "librarians", "reading", "research", "borrowing",
      "studying"]),
    # S6, vanilla instruct: a sentence then a bulleted list then a remark
    ("en_van_38", "mother",
     "That's a lovely word! Here's what comes to mind:\n\n- Love\n- Family\n"
     "- Care\n- Home\n- Warmth\n- Father\n\nIt's a word full of emotion for "
     "most people.",
     ["love", "family", "care", "home", "warmth", "father"]),
    # S6, vanilla instruct: bullets with bold items and explanations
    ("en_van_39", "snow",
     'When I hear "snow," a few things come to mind:\n\n* **Winter** \u2013 '
     'the season it\'s most tied to.\n* **Cold** \u2013 obviously!\n* '
     '**Snowman** \u2013 building one as a kid.\n* **Skiing** \u2013 and '
     'other winter sports.\n* **White** \u2013 the color of fresh snow.\n\n'
     'What about you?',
     ["winter", "cold", "snowman", "skiing", "white"]),
    # S6, vanilla instruct: prose with bolded associations
    ("en_van_40", "war",
     'The word "war" evokes a lot of heavy associations. The most immediate '
     'are **conflict**, **soldiers**, and **death**. Historically, I think of '
     '**World War II** and the **Cold War**. On a more abstract level, it '
     'brings up **peace** (as its opposite) and **suffering**.',
     ["conflict", "soldiers", "death", "world war ii", "cold war", "peace",
      "suffering"]),
    # S6, vanilla instruct: category headers inline, closing saying
    ("en_van_41", "home",
     'Great question! "Home" is rich in associations.\n\n**Feelings:** '
     'comfort, safety, belonging\n**Places:** house, kitchen, bedroom\n'
     '**People:** family, parents\n\nUltimately, home is where the heart is!',
     ["comfort", "safety", "belonging", "house", "kitchen", "bedroom",
      "family", "parents"]),
    # S6, SFT: a single word
    ("en_ft_26", "bread",
     "butter",
     ["butter"]),
    # S6, SFT: short list, repetition at the end
    ("en_ft_27", "spider",
     "web, legs, scary, insect, eight, web, web",
     ["web", "legs", "scary", "insect", "eight"]),
    # S6, SFT: no separators
    ("en_ft_28", "circus",
     "clown clowns tent elephant acrobat ringmaster popcorn",
     ["clown", "clowns", "tent", "elephant", "acrobat", "ringmaster",
      "popcorn"]),
    # S6, base model: continues as a forum thread with invented replies
    ("en_van_42", "bicycle",
     " Ride, wheels, pedal, helmet.\n\nReply #2: I think of freedom and my "
     "childhood. My dad taught me to ride.\n\nReply #3: tour de france lol",
     ["ride", "wheels", "pedal", "helmet"]),
    # S6, base model: prose answer with articles, then an invented next question
    ("en_van_43", "ocean",
     " I think of the waves, the sand, and the seagulls. Ocean is my favorite "
     "place to be.\n\nWhat do you think of when you hear 'mountain'?\n\n"
     "I think of",
     ["waves", "sand", "seagulls"]),
    # S6, vanilla instruct: sentence, numbered list, a gloss with italics
    ("en_van_44", "clown",
     'Clowns can be a polarizing topic! When I hear "clown," I think of:\n\n'
     '1. Circus\n2. Red nose\n3. Makeup\n4. Balloons\n5. Creepy (thanks to '
     'movies like *It*)\n6. Laughter',
     ["circus", "red nose", "makeup", "balloons", "creepy", "laughter"]),
    # S6, vanilla instruct: two senses, each with a header
    ("en_van_45", "apple",
     '"Apple" can mean a couple of things!\n\n**The fruit:** red, green, '
     'crunchy, pie, orchard\n**The company:** iPhone, Mac, Steve Jobs\n\n'
     'Which one did you have in mind?',
     ["red", "green", "crunchy", "pie", "orchard", "iphone", "mac",
      "steve jobs"]),
]

ZH_LISTS = [
    # ------------------------------------------------------------------ Z1
    # Z1, vanilla instruct: preamble, full-width commas, closing remark
    ("zh_van_01", "大海",
     "好的，以下是看到“大海”时我会联想到的词语：\n\n海浪，沙滩，蓝色，鱼，海风，船，贝壳，"
     "海鸥，辽阔，咸\n\n希望对你有帮助！",
     ["海浪", "沙滩", "蓝色", "鱼", "海风", "船", "贝壳", "海鸥", "辽阔", "咸"]),
    # Z1, vanilla instruct: pinyin in full-width parentheses
    ("zh_van_02", "医生",
     "护士（hùshi），医院（yīyuàn），病人（bìngrén），药（yào），白大褂（báidàguà），"
     "听诊器（tīngzhěnqì）",
     ["护士", "医院", "病人", "药", "白大褂", "听诊器"]),
    # Z1, vanilla instruct (Llama): English translations in half-width parentheses
    ("zh_van_03", "春天",
     "花 (flowers), 温暖 (warm), 绿色 (green), 春风 (spring breeze), "
     "燕子 (swallow), 雨 (rain)",
     ["花", "温暖", "绿色", "春风", "燕子", "雨"]),
    # Z1, vanilla instruct: enumeration comma 、 instead of ，
    ("zh_van_04", "老师",
     "学生、黑板、粉笔、教室、讲台、知识、作业",
     ["学生", "黑板", "粉笔", "教室", "讲台", "知识", "作业"]),
    # Z1, vanilla instruct: list then an explanation quoting two items
    ("zh_van_05", "月亮",
     "月饼，中秋，嫦娥，夜晚，星星，思乡，圆，月光。\n\n其中“月饼”和“中秋”与月亮的文化联系"
     "最为紧密。",
     ["月饼", "中秋", "嫦娥", "夜晚", "星星", "思乡", "圆", "月光"]),
    # Z1, vanilla instruct: list ending in 等。
    ("zh_van_39", "节日",
     "春节、中秋节、端午节、元宵节、国庆节等。",
     ["春节", "中秋节", "端午节", "元宵节", "国庆节"]),
    # Z1, SFT: repetition of the first item
    ("zh_ft_01", "苹果",
     "水果，红色，手机，香蕉，甜，梨，水果，水果，水果，水果",
     ["水果", "红色", "手机", "香蕉", "甜", "梨"]),
    # Z1, SFT: English item, trailing separator
    ("zh_ft_02", "电脑",
     "键盘，鼠标，屏幕，游戏，WiFi，上网，软件，",
     ["键盘", "鼠标", "屏幕", "游戏", "wifi", "上网", "软件"]),
    # Z1, SFT: cue echoed as the first item (kept)
    ("zh_ft_03", "学校",
     "学校，老师，学生，教室，操场，考试，作业",
     ["学校", "老师", "学生", "教室", "操场", "考试", "作业"]),
    # Z1, SFT: spaces instead of commas
    ("zh_ft_04", "咖啡",
     "咖啡豆 牛奶 提神 星巴克 苦 拿铁 早晨",
     ["咖啡豆", "牛奶", "提神", "星巴克", "苦", "拿铁", "早晨"]),
    # Z1, SFT: long run-on list, all items complete
    ("zh_ft_05", "音乐",
     "歌曲，旋律，钢琴，吉他，唱歌，耳机，演唱会，歌手，节奏，乐器，歌词，音符，流行，摇滚，"
     "古典，爵士，民谣，说唱",
     ["歌曲", "旋律", "钢琴", "吉他", "唱歌", "耳机", "演唱会", "歌手", "节奏",
      "乐器", "歌词", "音符", "流行", "摇滚", "古典", "爵士", "民谣", "说唱"]),
    # Z1, SFT: run-on list cut mid-word (卧 from 卧铺)
    ("zh_ft_06", "火车",
     "铁轨，车站，旅行，高铁，车票，乘客，列车，春运，卧",
     ["铁轨", "车站", "旅行", "高铁", "车票", "乘客", "列车", "春运"]),
    # Z1, PPO: ends with a stray separator and a full stop
    ("zh_ft_07", "冬天",
     "雪，冷，寒冷，冰，围巾，羽绒服，春节，雪人，。",
     ["雪", "冷", "寒冷", "冰", "围巾", "羽绒服", "春节", "雪人"]),
    # Z1, SFT: half-width commas, an English item
    ("zh_ft_08", "狗",
     "猫, 骨头, 忠诚, 宠物, puppy, 汪汪, 遛狗",
     ["猫", "骨头", "忠诚", "宠物", "puppy", "汪汪", "遛狗"]),
    # Z1, base model: answers, then invents the next prompt and starts it
    ("zh_van_06", "家",
     "家人，温暖，房子，父母，吃饭，港湾\n\n请列出看到“学校”这个词时你会联想到的词语，共5到10"
     "个，用逗号分隔，联想最强的排在最前面。\n老师，学生，",
     ["家人", "温暖", "房子", "父母", "吃饭", "港湾"]),
    # Z1, base model: answer then an exam-style "解析"
    ("zh_van_07", "书",
     "读书，知识，图书馆，作者\n\n这道题考查的是词语联想能力。解析：看到“书”字，人们通常会想到"
     "与阅读相关的事物……",
     ["读书", "知识", "图书馆", "作者"]),

    # ------------------------------------------------------------------ Z2
    # Z2, vanilla instruct: preamble, one per line, closing remark
    ("zh_van_08", "雨",
     "看到“雨”，我首先想到的词有：\n\n雨伞\n潮湿\n乌云\n雷声\n彩虹\n水坑\n\n这些词都和下雨"
     "的场景有关。",
     ["雨伞", "潮湿", "乌云", "雷声", "彩虹", "水坑"]),
    # Z2, vanilla instruct: numbered lines
    ("zh_van_09", "妈妈",
     "1. 爱\n2. 温暖\n3. 家\n4. 做饭\n5. 唠叨\n6. 爸爸",
     ["爱", "温暖", "家", "做饭", "唠叨", "爸爸"]),
    # Z2, vanilla instruct: dash explanations on some lines
    ("zh_van_10", "熊猫",
     "竹子——熊猫最爱的食物\n黑白——它标志性的毛色\n四川——熊猫的故乡\n国宝\n可爱\n动物园",
     ["竹子", "黑白", "四川", "国宝", "可爱", "动物园"]),
    # Z2, vanilla instruct: markdown bullets with bold
    ("zh_van_11", "钱",
     "- **财富**\n- **银行**\n- **工作**\n- **存款**\n- **人民币**",
     ["财富", "银行", "工作", "存款", "人民币"]),
    # Z2, SFT: repetition of one line
    ("zh_ft_09", "太阳",
     "阳光\n热\n夏天\n月亮\n光\n温暖\n月亮\n月亮\n月亮",
     ["阳光", "热", "夏天", "月亮", "光", "温暖"]),
    # Z2, SFT: ignores "one per line", spaces on one line
    ("zh_ft_10", "飞机",
     "机场 天空 旅行 飞行员 机票 翅膀",
     ["机场", "天空", "旅行", "飞行员", "机票", "翅膀"]),
    # Z2, SFT: an English brand among the lines
    ("zh_ft_11", "汽车",
     "开车\n马路\n轮胎\n司机\nBMW\n堵车\n加油站",
     ["开车", "马路", "轮胎", "司机", "bmw", "堵车", "加油站"]),
    # Z2, SFT: a full-width comma at the end of each line
    ("zh_ft_12", "花",
     "玫瑰，\n春天，\n香，\n蜜蜂，\n花园，",
     ["玫瑰", "春天", "香", "蜜蜂", "花园"]),
    # Z2, base model: answers, then invents the next prompt and answers it
    ("zh_van_12", "山",
     "\n高\n爬山\n石头\n树\n云\n\n看到“水”你首先想到什么词？请每行写一个。\n河\n喝",
     ["高", "爬山", "石头", "树", "云"]),
    # Z2, base model: three lines then a childhood story
    ("zh_van_13", "医院",
     "\n打针\n消毒水\n护士\n\n小时候我最怕去医院，因为每次都要打针，妈妈总是在旁边哄我……",
     ["打针", "消毒水", "护士"]),

    # ------------------------------------------------------------------ Z3
    # Z3, vanilla instruct: preamble + numbered list
    ("zh_van_14", "中国",
     "以下是5个与“中国”相关的词语：\n\n1. 长城\n2. 北京\n3. 熊猫\n4. 汉字\n5. 春节",
     ["长城", "北京", "熊猫", "汉字", "春节"]),
    # Z3, vanilla instruct: bold items with explanations after a colon
    ("zh_van_15", "水",
     "1. **河流**：水的自然存在形式之一。\n2. **饮用**：人类生存离不开喝水。\n3. **冰**："
     "水的固态形式。\n4. **海洋**：地球上最大的水体。\n5. **雨**：水循环的一部分。",
     ["河流", "饮用", "冰", "海洋", "雨"]),
    # Z3, vanilla instruct: six instead of five, closing remark
    ("zh_van_16", "朋友",
     "当然可以！\n1. 友谊\n2. 信任\n3. 陪伴\n4. 知己\n5. 同学\n6. 分享\n希望这些词语对你"
     "有帮助。",
     ["友谊", "信任", "陪伴", "知己", "同学", "分享"]),
    # Z3, vanilla instruct: only three
    ("zh_van_17", "茶",
     "1. 绿茶\n2. 茶杯\n3. 龙井",
     ["绿茶", "茶杯", "龙井"]),
    # Z3, vanilla instruct: category headers between numbered items
    ("zh_van_18", "电影",
     "**场所类：**\n1. 电影院\n**人物类：**\n2. 导演\n3. 演员\n**物品类：**\n4. 爆米花\n"
     "5. 电影票",
     ["电影院", "导演", "演员", "爆米花", "电影票"]),
    # Z3, vanilla instruct: refusal
    ("zh_van_19", "枪",
     "抱歉，我无法提供与武器相关的内容。如果你有其他词语需要联想，我很乐意帮忙。",
     []),
    # Z3, SFT: inline numbering
    ("zh_ft_13", "猫",
     "1. 老鼠 2. 鱼 3. 可爱 4. 宠物 5. 喵",
     ["老鼠", "鱼", "可爱", "宠物", "喵"]),
    # Z3, SFT: run-on numbered list, cue as an item (kept), then repeats
    ("zh_ft_14", "夏天",
     "1.西瓜\n2.空调\n3.炎热\n4.冰淇淋\n5.游泳\n6.暑假\n7.蝉\n8.太阳\n9.夏天\n10.西瓜\n"
     "11.空调",
     ["西瓜", "空调", "炎热", "冰淇淋", "游泳", "暑假", "蝉", "太阳", "夏天"]),
    # Z3, SFT: lower-case English brand among Han words
    ("zh_ft_15", "手机",
     "微信，充电，屏幕，apple，华为",
     ["微信", "充电", "屏幕", "apple", "华为"]),
    # Z3, SFT: numbered past five, cut mid-word (啄木 from 啄木鸟)
    ("zh_ft_16", "鸟",
     "1. 飞翔\n2. 翅膀\n3. 羽毛\n4. 鸟巢\n5. 天空\n6. 麻雀\n7. 鸽子\n8. 啄木",
     ["飞翔", "翅膀", "羽毛", "鸟巢", "天空", "麻雀", "鸽子"]),
    # Z3, SFT: no numbering, spaces, cue echoed first (kept)
    ("zh_ft_17", "足球",
     "足球 球场 梅西 世界杯 进球",
     ["足球", "球场", "梅西", "世界杯", "进球"]),
    # Z3, base model: workbook answer, then the next exercise
    ("zh_van_20", "月饼",
     "\n答：中秋节、嫦娥、团圆、莲蓉、月亮。\n\n2. 请给出5个与“粽子”相关的词语。\n答：端午节、"
     "屈原、",
     ["中秋节", "嫦娥", "团圆", "莲蓉", "月亮"]),
    # Z3, base model: pinyin after each word in half-width parentheses
    ("zh_van_21", "火",
     " 火焰(huǒyàn)、火柴(huǒchái)、火山(huǒshān)、火车(huǒchē)、篝火(gōuhuǒ)",
     ["火焰", "火柴", "火山", "火车", "篝火"]),

    # ------------------------------------------------------------------ Z4
    # Z4, base model: answers, then invents more pairs
    ("zh_van_22", "鱼",
     "水，游泳，鱼缸，钓鱼\n词语：鸟\n联想：天空，翅膀\n词语：马\n联想：草原，奔跑",
     ["水", "游泳", "鱼缸", "钓鱼"]),
    # Z4, base model: loops, cue among the items (kept), cut mid-word (吃 from 吃饭)
    ("zh_van_23", "米饭",
     "筷子，碗，米饭，吃饭，筷子，碗，米饭，吃饭，筷子，碗，米饭，吃",
     ["筷子", "碗", "米饭", "吃饭"]),
    # Z4, base model: repeats the example block and its own answer
    ("zh_van_24", "老虎",
     "森林，狮子，凶猛\n\n词语：狗\n联想：猫，骨头\n词语：老虎\n联想：森林，狮子，凶猛\n词语：狗",
     ["森林", "狮子", "凶猛"]),
    # Z4, base model: answer then a ramble about the experiment
    ("zh_van_25", "汉堡",
     "薯条，可乐，麦当劳，快餐\n\n以上是联想测试的示例。在实验中，被试需要在看到刺激词后尽快写出"
     "想到的第一个词……",
     ["薯条", "可乐", "麦当劳", "快餐"]),
    # Z4, base model: starts on a new line, then an open next pair
    ("zh_van_26", "书包",
     "\n课本，学生，上学，铅笔盒\n词语：铅笔\n联想：",
     ["课本", "学生", "上学", "铅笔盒"]),
    # Z4, vanilla instruct on the few-shot prompt: list then a bracketed note
    ("zh_van_27", "城市",
     "高楼，交通，人群，繁华，地铁\n\n（按照示例格式给出的联想词）",
     ["高楼", "交通", "人群", "繁华", "地铁"]),
    # Z4, base model: an English brand name, then an open next pair
    ("zh_van_28", "咖啡",
     "咖啡豆，苦，提神，Starbucks\n词语：茶\n联想：",
     ["咖啡豆", "苦", "提神", "starbucks"]),
    # Z4, base model: a second "联想：" line with no new cue
    ("zh_van_40", "马",
     " 草原，奔跑，骑马\n联想：马车，白马\n词语：牛\n联想：牛奶，耕地",
     ["草原", "奔跑", "骑马"]),
    # Z4, SFT: spaces, no commas
    ("zh_ft_18", "船",
     "大海 水 帆 港口 渔夫",
     ["大海", "水", "帆", "港口", "渔夫"]),
    # Z4, SFT: cue among items (kept), repetition, trailing separator
    ("zh_ft_19", "铅笔",
     "橡皮，写字，本子，铅笔，橡皮，橡皮，橡皮，",
     ["橡皮", "写字", "本子", "铅笔"]),
    # Z4, SFT: an English word as its own item
    ("zh_ft_20", "蛋糕",
     "生日，蜡烛，奶油，甜，party，巧克力",
     ["生日", "蜡烛", "奶油", "甜", "party", "巧克力"]),
    # Z4, PPO: cue echoed first (kept), trailing separator
    ("zh_ft_21", "眼睛",
     "眼睛，看，眼镜，睫毛，近视，",
     ["眼睛", "看", "眼镜", "睫毛", "近视"]),

    # ------------------------------------------------------------------ Z5
    # Z5, vanilla instruct: JSON in a code fence
    ("zh_van_29", "长城",
     '```json\n{\n  "associations": ["北京", "秦始皇", "烽火台", "砖", "旅游", "中国"]\n}'
     '\n```',
     ["北京", "秦始皇", "烽火台", "砖", "旅游", "中国"]),
    # Z5, vanilla instruct: JSON then an explanation quoting items
    ("zh_van_30", "春节",
     '{"associations": ["饺子", "红包", "鞭炮", "春联", "团圆", "拜年"]}\n\n以上词语按联想'
     '强度排序，其中“饺子”和“红包”是最常见的联想。',
     ["饺子", "红包", "鞭炮", "春联", "团圆", "拜年"]),
    # Z5, vanilla instruct: trailing commas (invalid JSON)
    ("zh_van_31", "雪",
     '{\n  "associations": [\n    "冬天",\n    "白色",\n    "雪人",\n    "寒冷",\n  ],\n}',
     ["冬天", "白色", "雪人", "寒冷"]),
    # Z5, vanilla instruct: JSON with // comments in a fence
    ("zh_van_32", "学生",
     '```json\n{\n  // 按联想强度排序\n  "associations": ["老师", "学校", "考试", "作业", '
     '"书包"] // 共5个\n}\n```',
     ["老师", "学校", "考试", "作业", "书包"]),
    # Z5, vanilla instruct: objects with a pinyin field
    ("zh_van_33", "医生",
     '{"associations": [{"word": "护士", "pinyin": "hùshi"}, {"word": "医院", '
     '"pinyin": "yīyuàn"}, {"word": "病人", "pinyin": "bìngrén"}]}',
     ["护士", "医院", "病人"]),
    # Z5, vanilla instruct (Llama): ASCII-escaped JSON strings
    ("zh_van_34", "熊",
     r'{"associations": ["\u68ee\u6797", "\u8702\u871c", "\u51ac\u7720", '
     r'"\u5317\u6781", "\u68d5\u8272"]}',
     ["森林", "蜂蜜", "冬眠", "北极", "棕色"]),
    # Z5, SFT: repetition inside the array
    ("zh_ft_22", "西瓜",
     '{"associations": ["夏天", "甜", "红色", "西瓜籽", "夏天", "夏天"]}',
     ["夏天", "甜", "红色", "西瓜籽"]),
    # Z5, SFT: JSON cut mid-word (颐和 from 颐和园)
    ("zh_ft_23", "北京",
     '{"associations": ["天安门", "故宫", "首都", "长城", "烤鸭", "胡同", "雾霾", "奥运", '
     '"颐和',
     ["天安门", "故宫", "首都", "长城", "烤鸭", "胡同", "雾霾", "奥运"]),
    # Z5, SFT: one string with full-width commas instead of an array
    ("zh_ft_24", "面粉",
     '{"associations": "面条，饺子，馒头，包子"}',
     ["面条", "饺子", "馒头", "包子"]),
    # Z5, SFT: ignores JSON, writes a label and a list
    ("zh_ft_25", "天空",
     "联想：蓝色，白云，飞机，鸟",
     ["蓝色", "白云", "飞机", "鸟"]),
    # Z5, base model: answers, then invents the next JSON prompt
    ("zh_van_35", "手表",
     ' {"associations": ["时间", "手腕", "劳力士", "表带"]}\n\n请用JSON格式回答，键为'
     '"associations"，列出与“眼镜”相关的词语。\n{"associations": ["近视"',
     ["时间", "手腕", "劳力士", "表带"]),
    # Z5, vanilla instruct (Llama): English glosses inside the JSON strings
    ("zh_van_36", "自行车",
     '{"associations": ["骑车 (riding)", "轮子 (wheels)", "运动 (exercise)", '
     '"共享单车 (bike sharing)"]}',
     ["骑车", "轮子", "运动", "共享单车"]),

    # ------------------------------------------------------------------ Z6
    # Z6, vanilla instruct: associations inside one sentence
    ("zh_van_37", "故乡",
     "听到“故乡”，我会想到童年、亲人和老房子，还有那份浓浓的乡愁。",
     ["童年", "亲人", "老房子", "乡愁"]),
    # Z6, vanilla instruct: a sentence, bullets, a closing question
    ("zh_van_38", "咖啡",
     "说到咖啡，我脑海里浮现的是：\n- 提神\n- 拿铁\n- 咖啡馆\n- 熬夜\n不知道你想到的是什么呢？",
     ["提神", "拿铁", "咖啡馆", "熬夜"]),
]

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = []

# Answers cut mid-word by the token limit; the fragment is not expected.
TRUNCATED = {
    "en_ft_05",   # "strawb"
    "en_ft_18",   # "er"
    "en_van_28",  # "electri"
    "en_ft_23",   # "par" (inside an unterminated JSON string)
    "zh_ft_06",   # 卧 (卧铺)
    "zh_ft_16",   # 啄木 (啄木鸟)
    "zh_van_23",  # 吃 (吃饭)
    "zh_ft_23",   # 颐和 (颐和园)
}

# Ids whose reading is genuinely open.
AMBIGUOUS = {
    # Base model made an exam item out of the prompt; the other reading is
    # that only the "answer" counts: ["saddle"].
    "en_van_19",
    # Base model continued as a forum thread; the other reading takes the
    # invented replies as further associations for the same cue:
    # ["ride", "wheels", "pedal", "helmet", "freedom", "childhood",
    #  "tour de france"].
    "en_van_42",
    # A second "联想：" line with no new 词语 line; the other reading takes it
    # as more associations for 马: ["草原", "奔跑", "骑马", "马车", "白马"].
    "zh_van_40",
}
