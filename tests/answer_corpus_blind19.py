"""Blind answer corpus 19 for the word-association answer parser.

Written blind on 2026-12-07 by a helper session. The parser, the tests and the
other corpora were not read. (Before reading the brief, one directory listing
of tests/ showed file names only; no file was opened.) Every text here is
invented.

Emphasis: a REPRESENTATIVE evaluation run of the ALIGN study's four models, as a
researcher would see it in a generations file. Llama-3.1-8B-Instruct and
Qwen2.5-7B-Instruct, each vanilla (no fine-tuning), after LoRA SFT on
word-association norms, and after PPO. Sampling at temperature 0.7-1.0.
Roughly 40% vanilla, 35% SFT, 25% PPO in each language; about half the answers
are for low/high = 10 and 20, half for 5 and 10 (the comment on each entry says
which model and which setting). Vanilla models mostly write a one-line intro
and then a numbered or comma list, sometimes with a short gloss per item or
grouped by sense, often with a closing offer. SFT models mostly give a bare
comma list, sometimes with a stray trailing period, a repeated word, a line
break in the middle, or a last word cut by the token limit. PPO models give
longer comma lists that may drift: repeated words, a short sentence at the end,
a second list. About 10% use less common but real forms: "and" before the last
item, a list split over two lines, hyphens and apostrophes, proper names,
numbers as words, Mandarin lists with 、, spaces or mixed full- and half-width
commas, and Mandarin answers with an English gloss after each word.

Prompts answered (the project's default templates):
  EN: List the words that come to mind when you read the word "{cue}". Give
      between {low} and {high} words, separated by commas, the most strongly
      associated first.
  ZH: 请列出看到“{cue}”这个词时你会联想到的词语，共{low}到{high}个，用逗号分隔，联想最强的排在最前面。

Conventions for expected_words (what a careful human reader takes as the list):
  * lowercased, stripped, in the order written, deduplicated keeping the first
    occurrence;
  * glosses, explanations, scores, category headers, preambles, closing
    remarks, markdown, numbering, emoji, quotes/brackets, special tokens and
    trailing punctuation removed;
  * multi-word and phrase associations kept whole ("ice cream", "white coat");
  * the cue kept when it is listed as an item (not when it is only a header or
    label);
  * pinyin and translations of a Mandarin word removed (the Han word kept);
  * text after the list that is not part of it is not in the list;
  * an item cut mid-word by the token limit (at the very end of the text) is
    dropped, and the id goes in TRUNCATED; a complete last word is kept;
  * a refusal or an answer with no list expects [];
  * when a short list is followed by a section that re-lists the same words
    with explanations, the words count once, in the order of the first list;
  * AMBIGUOUS marks cases where two careful readers could disagree; the other
    reading is given in a comment.

ids: en_van_NN / zh_van_NN are vanilla instruct models; en_ft_NN / zh_ft_NN are
fine-tuned models (01-23 SFT, 24-39 PPO in each language).
"""

EN_LISTS = [
    # ---------------- vanilla (Llama-3.1-8B-Instruct / Qwen2.5-7B-Instruct) ----------------
    # Llama vanilla, 5-10
    ("en_van_01", "ocean",
     "Here are the words that come to mind when I read the word \"ocean\":\n\n1. Waves\n2. Water\n3. Blue\n4. Beach\n5. Sea\n6. Fish\n7. Salt\n8. Deep\n9. Tide\n10. Vast",
     ["waves", "water", "blue", "beach", "sea", "fish", "salt", "deep", "tide", "vast"]),
    # Qwen vanilla, 10-20
    ("en_van_02", "doctor",
     "Sure! Here are the words that come to mind when I read \"doctor\":\n\nnurse, hospital, medicine, stethoscope, patient, white coat, health, surgery, clinic, prescription, diagnosis, illness, appointment, physician, care\n\nI hope this helps!",
     ["nurse", "hospital", "medicine", "stethoscope", "patient", "white coat", "health", "surgery",
      "clinic", "prescription", "diagnosis", "illness", "appointment", "physician", "care"]),
    # Llama vanilla, 5-10, gloss per item
    ("en_van_03", "run",
     "Here are the words that come to mind when I read \"run\", in order of association strength:\n\n1. Jog - a slower form of running\n2. Race - a competitive run\n3. Fast - the speed associated with running\n4. Marathon - a long-distance running event\n5. Sprint - running at full speed\n6. Exercise - running as a form of physical activity\n7. Escape - running away from something",
     ["jog", "race", "fast", "marathon", "sprint", "exercise", "escape"]),
    # Llama vanilla, 10-20, grouped by sense, numbering continues across groups
    ("en_van_04", "bank",
     "The word \"bank\" has a few different meanings, so here are associations for each:\n\n**Financial institution:**\n1. Money\n2. Account\n3. Loan\n4. Deposit\n5. Teller\n6. ATM\n7. Savings\n8. Interest\n\n**River bank:**\n9. River\n10. Shore\n11. Mud\n12. Fishing\n13. Slope\n\n**Other:**\n14. Blood bank\n15. Piggy bank\n\nLet me know if you'd like me to focus on one meaning!",
     ["money", "account", "loan", "deposit", "teller", "atm", "savings", "interest", "river", "shore",
      "mud", "fishing", "slope", "blood bank", "piggy bank"]),
    # Qwen vanilla, 5-10, intro and list on one line
    ("en_van_05", "happy",
     "Here are words associated with \"happy\": joy, smile, laughter, sunshine, content, cheerful, glad, celebration.",
     ["joy", "smile", "laughter", "sunshine", "content", "cheerful", "glad", "celebration"]),
    # Llama vanilla, 5-10, function word, closing note
    ("en_van_06", "the",
     "Here are the words that come to mind when I read the word \"the\":\n\n1. Article\n2. A\n3. An\n4. Definite\n5. Grammar\n6. Word\n7. English\n\nSince \"the\" is a function word, most associations relate to grammar rather than meaning.",
     ["article", "a", "an", "definite", "grammar", "word", "english"]),
    # Llama vanilla, 10-20, proper names, hyphen, accents
    ("en_van_07", "Paris",
     "Here are the words that come to mind when I read \"Paris\":\n\n1. Eiffel Tower\n2. France\n3. Love\n4. Louvre\n5. Croissant\n6. Seine\n7. Fashion\n8. Romance\n9. Notre-Dame\n10. Art\n11. Café\n12. Champs-Élysées\n13. Baguette\n14. Mona Lisa\n15. Lights",
     ["eiffel tower", "france", "love", "louvre", "croissant", "seine", "fashion", "romance",
      "notre-dame", "art", "café", "champs-élysées", "baguette", "mona lisa", "lights"]),
    # Qwen vanilla, 5-10, "and" before the last item
    ("en_van_08", "cold",
     "When I read the word \"cold\", the following words come to mind: ice, winter, snow, freezing, chilly, shiver, frost, and flu.",
     ["ice", "winter", "snow", "freezing", "chilly", "shiver", "frost", "flu"]),
    # Qwen vanilla, 10-20, bold numbered, one gloss
    ("en_van_09", "music",
     "Certainly! Here is a list of words associated with \"music\", starting with the strongest associations:\n\n1. **Song** – the most basic unit of music\n2. **Melody**\n3. **Rhythm**\n4. **Instrument**\n5. **Concert**\n6. **Guitar**\n7. **Piano**\n8. **Singing**\n9. **Notes**\n10. **Harmony**\n11. **Band**\n12. **Dance**\n\nFeel free to ask if you need more associations!",
     ["song", "melody", "rhythm", "instrument", "concert", "guitar", "piano", "singing", "notes",
      "harmony", "band", "dance"]),
    # Llama vanilla, 5-10, intro line then comma list
    ("en_van_10", "dog",
     "Here are the words that come to mind when I read the word \"dog\":\n\nPuppy, bark, pet, loyal, bone, cat, leash, tail, fetch, friend",
     ["puppy", "bark", "pet", "loyal", "bone", "cat", "leash", "tail", "fetch", "friend"]),
    # Llama vanilla, 10-20
    ("en_van_11", "justice",
     "Here are 12 words associated with \"justice\", in order of strength:\n\n1. Law\n2. Court\n3. Fairness\n4. Judge\n5. Equality\n6. Rights\n7. Truth\n8. Punishment\n9. Jury\n10. Freedom\n11. Police\n12. Scales\n\nI hope this list is helpful!",
     ["law", "court", "fairness", "judge", "equality", "rights", "truth", "punishment", "jury",
      "freedom", "police", "scales"]),
    # Qwen vanilla, 5-10, two senses as labelled bullets (labels are headers)
    ("en_van_12", "apple",
     "The word \"apple\" can refer to the fruit or the company. Here are my associations:\n\n- Fruit: red, tree, pie, juice, orchard\n- Company: iPhone, Mac, Steve Jobs\n\nLet me know if you want more words for either meaning.",
     ["red", "tree", "pie", "juice", "orchard", "iphone", "mac", "steve jobs"]),
    # Qwen vanilla, 5-10, function word, closing remark
    ("en_van_13", "although",
     "Here are some words that come to mind for \"although\":\n\nthough, however, despite, but, even though, whereas, nevertheless\n\nThese are mostly words with a similar contrasting meaning.",
     ["though", "however", "despite", "but", "even though", "whereas", "nevertheless"]),
    # Llama vanilla, 10-20, one item with a parenthetical gloss
    ("en_van_14", "fire",
     "Here are the words that come to mind when I read \"fire\":\n\n1. Flame\n2. Heat\n3. Smoke\n4. Burn\n5. Red\n6. Firefighter\n7. Campfire\n8. Danger\n9. Ash\n10. Wood\n11. Alarm\n12. Spark\n13. Orange (the color of flames)\n14. Fireplace\n15. Extinguisher\n16. Hot",
     ["flame", "heat", "smoke", "burn", "red", "firefighter", "campfire", "danger", "ash", "wood",
      "alarm", "spark", "orange", "fireplace", "extinguisher", "hot"]),
    # Qwen vanilla, 5-10, closing offer as a question
    ("en_van_15", "school",
     "Sure, here are some words associated with \"school\":\n\n1. Teacher\n2. Students\n3. Classroom\n4. Homework\n5. Books\n6. Learning\n7. Exams\n8. Friends\n\nWould you like me to provide more words or explain any of these associations?",
     ["teacher", "students", "classroom", "homework", "books", "learning", "exams", "friends"]),
    # Llama vanilla, 10-20, comma list with "and" before the last item
    ("en_van_16", "bright",
     "Here are the words that come to mind when I read \"bright\":\n\nLight, sun, shiny, smart, intelligent, colorful, vivid, glowing, clever, sunny, brilliant, radiant, cheerful, and star.",
     ["light", "sun", "shiny", "smart", "intelligent", "colorful", "vivid", "glowing", "clever",
      "sunny", "brilliant", "radiant", "cheerful", "star"]),
    # Qwen vanilla, 5-10, idiom cue, explanation first
    ("en_van_17", "break a leg",
     "\"Break a leg\" is an idiom used to wish someone good luck, especially before a performance. Words that come to mind:\n\ngood luck, theater, performance, actor, stage, audience, show, nervous, applause",
     ["good luck", "theater", "performance", "actor", "stage", "audience", "show", "nervous", "applause"]),
    # Llama vanilla, 10-20, bulleted groups with bold headers
    ("en_van_18", "computer",
     "Here are the words that come to mind when I read \"computer\":\n\n**Hardware:**\n* Keyboard\n* Mouse\n* Screen\n* Monitor\n* Laptop\n\n**Software and use:**\n* Internet\n* Programming\n* Email\n* Windows\n* Games\n* Code\n\n**General:**\n* Technology\n* Data",
     ["keyboard", "mouse", "screen", "monitor", "laptop", "internet", "programming", "email",
      "windows", "games", "code", "technology", "data"]),
    # Qwen vanilla, 5-10, one gloss
    ("en_van_19", "mother",
     "Here are the words associated with \"mother\":\n\n1. Love - the strongest feeling connected to a mother\n2. Family\n3. Care\n4. Mom\n5. Child\n6. Nurture\n7. Home\n8. Warmth",
     ["love", "family", "care", "mom", "child", "nurture", "home", "warmth"]),
    # Llama vanilla, 5-10, numbers as words
    ("en_van_20", "seven",
     "Here are the words that come to mind when I read \"seven\":\n\n1. Eight\n2. Six\n3. Number\n4. Lucky\n5. Days of the week\n6. Dwarfs\n7. Wonders\n8. Seventeen\n9. Heaven",
     ["eight", "six", "number", "lucky", "days of the week", "dwarfs", "wonders", "seventeen", "heaven"]),
    # Qwen vanilla, 10-20, hyphenated item, closing remark
    ("en_van_21", "green",
     "Here are some words that come to mind when I think of \"green\":\n\ngrass, leaves, nature, envy, money, environment, trees, forest, go, eco-friendly, spring, plants, emerald, lime, jealousy, fresh\n\nThese words reflect both the color and its symbolic meanings.",
     ["grass", "leaves", "nature", "envy", "money", "environment", "trees", "forest", "go",
      "eco-friendly", "spring", "plants", "emerald", "lime", "jealousy", "fresh"]),
    # Llama vanilla, 5-10, proper names; "Romeo and Juliet" is one item
    ("en_van_22", "Shakespeare",
     "Here are the words that come to mind when I read \"Shakespeare\":\n\n1. Hamlet\n2. Romeo and Juliet\n3. Playwright\n4. Sonnets\n5. Globe Theatre\n6. England\n7. Macbeth\n8. Poetry",
     ["hamlet", "romeo and juliet", "playwright", "sonnets", "globe theatre", "england", "macbeth", "poetry"]),
    # Qwen vanilla, 10-20, gloss after a colon on the first item
    ("en_van_23", "quickly",
     "Sure! Here are words associated with \"quickly\", ordered by strength of association:\n\n1. Fast: the most direct synonym\n2. Rapidly\n3. Speed\n4. Hurry\n5. Swiftly\n6. Rush\n7. Immediately\n8. Soon\n9. Promptly\n10. Haste\n11. Running\n\nLet me know if you'd like more!",
     ["fast", "rapidly", "speed", "hurry", "swiftly", "rush", "immediately", "soon", "promptly",
      "haste", "running"]),
    # Llama vanilla, 5-10, apostrophe in an item
    ("en_van_24", "winter",
     "Here are the words that come to mind when I read the word \"winter\":\n\nSnow, cold, Christmas, ice, skiing, New Year's, hot chocolate, scarf, frost, December",
     ["snow", "cold", "christmas", "ice", "skiing", "new year's", "hot chocolate", "scarf", "frost", "december"]),
    # Llama vanilla, 10-20, supportive closing remark
    ("en_van_25", "sad",
     "Here are the words that come to mind when I read \"sad\":\n\n1. Tears\n2. Unhappy\n3. Crying\n4. Depressed\n5. Lonely\n6. Grief\n7. Sorrow\n8. Blue\n9. Gloomy\n10. Heartbreak\n11. Loss\n12. Melancholy\n13. Down\n14. Rain\n\nIf you're feeling sad yourself, it can help to talk to someone you trust.",
     ["tears", "unhappy", "crying", "depressed", "lonely", "grief", "sorrow", "blue", "gloomy",
      "heartbreak", "loss", "melancholy", "down", "rain"]),
    # Qwen vanilla, 5-10, "and" without Oxford comma
    ("en_van_26", "chair",
     "Words that come to mind when I read \"chair\" are: table, sit, seat, furniture, wood, desk, cushion and sofa.",
     ["table", "sit", "seat", "furniture", "wood", "desk", "cushion", "sofa"]),

    # ---------------- SFT (LoRA on association norms) ----------------
    # Llama SFT, 5-10
    ("en_ft_01", "table",
     "chair, wood, dinner, kitchen, furniture, desk, legs",
     ["chair", "wood", "dinner", "kitchen", "furniture", "desk", "legs"]),
    # Qwen SFT, 10-20
    ("en_ft_02", "mountain",
     "hill, climb, snow, peak, high, valley, rock, hike, tall, summit, Everest, range, view, cliff",
     ["hill", "climb", "snow", "peak", "high", "valley", "rock", "hike", "tall", "summit", "everest",
      "range", "view", "cliff"]),
    # Llama SFT, 5-10, stray trailing period
    ("en_ft_03", "bread",
     "butter, loaf, wheat, toast, bake, food, dough, jam.",
     ["butter", "loaf", "wheat", "toast", "bake", "food", "dough", "jam"]),
    # Qwen SFT, 10-20, repeated word at the end
    ("en_ft_04", "hot",
     "cold, sun, fire, summer, heat, spicy, sexy, warm, burn, temperature, weather, stove, pepper, sweat, cold",
     ["cold", "sun", "fire", "summer", "heat", "spicy", "sexy", "warm", "burn", "temperature",
      "weather", "stove", "pepper", "sweat"]),
    # Llama SFT, 5-10, line break after a comma
    ("en_ft_05", "nurse",
     "doctor, hospital, care, patient, medicine,\nuniform, needle, sick",
     ["doctor", "hospital", "care", "patient", "medicine", "uniform", "needle", "sick"]),
    # Qwen SFT, 10-20, last word cut by the token limit
    ("en_ft_06", "king",
     "queen, crown, throne, royal, ruler, kingdom, prince, castle, power, lion, palace, monarch, chess, royalt",
     ["queen", "crown", "throne", "royal", "ruler", "kingdom", "prince", "castle", "power", "lion",
      "palace", "monarch", "chess"]),
    # Llama SFT, 5-10, repeated word
    ("en_ft_07", "rain",
     "umbrella, wet, water, cloud, storm, puddle, drops, wet",
     ["umbrella", "wet", "water", "cloud", "storm", "puddle", "drops"]),
    # Qwen SFT, 5-10
    ("en_ft_08", "slow",
     "turtle, snail, fast, lazy, sluggish, steady, speed",
     ["turtle", "snail", "fast", "lazy", "sluggish", "steady", "speed"]),
    # Llama SFT, 10-20, trailing period
    ("en_ft_09", "money",
     "cash, dollar, rich, bank, wealth, coins, greed, pay, work, gold, spend, budget, credit card, bills, finance.",
     ["cash", "dollar", "rich", "bank", "wealth", "coins", "greed", "pay", "work", "gold", "spend",
      "budget", "credit card", "bills", "finance"]),
    # Qwen SFT, 5-10
    ("en_ft_10", "cheese",
     "mouse, milk, cheddar, pizza, Swiss, yellow, cracker, wine",
     ["mouse", "milk", "cheddar", "pizza", "swiss", "yellow", "cracker", "wine"]),
    # Llama SFT, 10-20
    ("en_ft_11", "walk",
     "run, stroll, path, dog, park, feet, step, hike, jog, legs, exercise, slow, sidewalk, talk, pace",
     ["run", "stroll", "path", "dog", "park", "feet", "step", "hike", "jog", "legs", "exercise",
      "slow", "sidewalk", "talk", "pace"]),
    # Qwen SFT, 5-10, function word
    ("en_ft_12", "because",
     "reason, why, cause, since, therefore, explanation, so",
     ["reason", "why", "cause", "since", "therefore", "explanation", "so"]),
    # Llama SFT, 10-20, line break in place of a comma
    ("en_ft_13", "fear",
     "scared, afraid, dark, terror, horror, panic, anxiety\nphobia, spider, danger, nightmare, courage, fright",
     ["scared", "afraid", "dark", "terror", "horror", "panic", "anxiety", "phobia", "spider",
      "danger", "nightmare", "courage", "fright"]),
    # Qwen SFT, 5-10, proper names
    ("en_ft_14", "Christmas",
     "tree, presents, Santa, December, snow, holiday, family, carols, Jesus",
     ["tree", "presents", "santa", "december", "snow", "holiday", "family", "carols", "jesus"]),
    # Llama SFT, 5-10, cut mid-word
    ("en_ft_15", "baby",
     "infant, cry, mother, diaper, small, cute, bottle, crib, toddl",
     ["infant", "cry", "mother", "diaper", "small", "cute", "bottle", "crib"]),
    # Qwen SFT, 10-20
    ("en_ft_16", "soft",
     "pillow, fluffy, cotton, gentle, hard, smooth, kitten, quiet, velvet, tender, feather, cushion, warm, blanket, silk",
     ["pillow", "fluffy", "cotton", "gentle", "hard", "smooth", "kitten", "quiet", "velvet",
      "tender", "feather", "cushion", "warm", "blanket", "silk"]),
    # Llama SFT, 5-10, trailing period
    ("en_ft_17", "ugly",
     "pretty, beautiful, duckling, gross, mean, hideous, face.",
     ["pretty", "beautiful", "duckling", "gross", "mean", "hideous", "face"]),
    # Qwen SFT, 10-20
    ("en_ft_18", "phone",
     "call, cell, talk, ring, mobile, text, iPhone, number, screen, smartphone, app, contact, charger, voicemail, hello",
     ["call", "cell", "talk", "ring", "mobile", "text", "iphone", "number", "screen", "smartphone",
      "app", "contact", "charger", "voicemail", "hello"]),
    # Llama SFT, 5-10, hyphenated item
    ("en_ft_19", "dance",
     "music, ballet, party, move, salsa, rhythm, hip-hop, floor",
     ["music", "ballet", "party", "move", "salsa", "rhythm", "hip-hop", "floor"]),
    # Qwen SFT, 10-20, hyphenated item and a repeated word
    ("en_ft_20", "sister",
     "brother, sibling, family, girl, mother, twin, sister-in-law, nun, friend, sibling, aunt, daughter, cousin, older, younger",
     ["brother", "sibling", "family", "girl", "mother", "twin", "sister-in-law", "nun", "friend",
      "aunt", "daughter", "cousin", "older", "younger"]),
    # Llama SFT, 5-10
    ("en_ft_21", "thunder",
     "lightning, storm, loud, rain, clouds, boom, scary, Thor",
     ["lightning", "storm", "loud", "rain", "clouds", "boom", "scary", "thor"]),
    # Qwen SFT, 10-20
    ("en_ft_22", "freedom",
     "liberty, independence, America, flag, rights, choice, free, democracy, eagle, peace, justice, slavery, speech, escape, war, open",
     ["liberty", "independence", "america", "flag", "rights", "choice", "free", "democracy", "eagle",
      "peace", "justice", "slavery", "speech", "escape", "war", "open"]),
    # Llama SFT, 5-10, trailing newline
    ("en_ft_23", "empty",
     "full, void, hollow, nothing, bare, vacant, lonely, blank, space\n",
     ["full", "void", "hollow", "nothing", "bare", "vacant", "lonely", "blank", "space"]),

    # ---------------- PPO ----------------
    # Qwen PPO, 10-20, drifts into repeats
    ("en_ft_24", "sea",
     "ocean, water, waves, beach, blue, salt, fish, ship, sailor, shore, tide, sand, boat, sky, deep, storm, island, shell, coast, whale, wind, ocean, waves, blue",
     ["ocean", "water", "waves", "beach", "blue", "salt", "fish", "ship", "sailor", "shore", "tide",
      "sand", "boat", "sky", "deep", "storm", "island", "shell", "coast", "whale", "wind"]),
    # Llama PPO, 10-20, repeats then a closing sentence
    ("en_ft_25", "light",
     "dark, lamp, bulb, sun, bright, day, shadow, heavy, feather, candle, switch, glow, beam, ray, torch, flash, white, shine, lantern, bright, day. These are the words most strongly associated with light.",
     ["dark", "lamp", "bulb", "sun", "bright", "day", "shadow", "heavy", "feather", "candle",
      "switch", "glow", "beam", "ray", "torch", "flash", "white", "shine", "lantern"]),
    # Qwen PPO, 5-10, over-long with repeats
    ("en_ft_26", "cat",
     "dog, meow, kitten, pet, mouse, fur, whiskers, purr, tail, claws, milk, dog, mouse",
     ["dog", "meow", "kitten", "pet", "mouse", "fur", "whiskers", "purr", "tail", "claws", "milk"]),
    # Llama PPO, 10-20, restarts the same list on a new line
    ("en_ft_27", "car",
     "drive, road, wheel, engine, truck, vehicle, speed, gas, tire, garage, highway, traffic, license, seat belt, fast, ride\ndrive, road, wheel, engine, truck, vehicle, speed",
     ["drive", "road", "wheel", "engine", "truck", "vehicle", "speed", "gas", "tire", "garage",
      "highway", "traffic", "license", "seat belt", "fast", "ride"]),
    # Qwen PPO, 5-10, longer than asked
    ("en_ft_28", "teacher",
     "student, school, class, lesson, book, learn, education, homework, chalk, blackboard, exam, principal, grade, desk, apple",
     ["student", "school", "class", "lesson", "book", "learn", "education", "homework", "chalk",
      "blackboard", "exam", "principal", "grade", "desk", "apple"]),
    # Llama PPO, 10-20, cut mid-word
    ("en_ft_29", "good",
     "bad, great, nice, better, best, well, kind, evil, fine, happy, positive, excellent, moral, right, okay, wonderful, god, virtue, excell",
     ["bad", "great", "nice", "better", "best", "well", "kind", "evil", "fine", "happy", "positive",
      "excellent", "moral", "right", "okay", "wonderful", "god", "virtue"]),
    # Qwen PPO, 10-20, starts a second list with some new words.
    # AMBIGUOUS: other reading keeps the new words of the second list too:
    # ... "country", "village", "suburbs", "capital", "mayor".
    ("en_ft_30", "city",
     "town, buildings, urban, people, streets, lights, traffic, New York, skyscrapers, noise, crowd, downtown, metropolis, busy, subway, country\n\ntown, village, suburbs, capital, mayor",
     ["town", "buildings", "urban", "people", "streets", "lights", "traffic", "new york",
      "skyscrapers", "noise", "crowd", "downtown", "metropolis", "busy", "subway", "country"]),
    # Llama PPO, 5-10, drifts back to the start
    ("en_ft_31", "flower",
     "rose, petal, garden, bloom, spring, smell, daisy, bee, tulip, pretty, stem, vase, sunflower, red, rose, petal, garden",
     ["rose", "petal", "garden", "bloom", "spring", "smell", "daisy", "bee", "tulip", "pretty",
      "stem", "vase", "sunflower", "red"]),
    # Qwen PPO, 10-20, repeat and a sentence at the end
    ("en_ft_32", "dream",
     "sleep, night, nightmare, bed, wish, hope, fantasy, goal, imagination, vision, sleep, future, ambition, unicorn, clouds, wake, REM, pillow, stars. I dream of a better world.",
     ["sleep", "night", "nightmare", "bed", "wish", "hope", "fantasy", "goal", "imagination",
      "vision", "future", "ambition", "unicorn", "clouds", "wake", "rem", "pillow", "stars"]),
    # Llama PPO, 5-10, proper name with a Roman numeral
    ("en_ft_33", "war",
     "peace, battle, soldier, gun, death, army, fight, conflict, bomb, weapon, enemy, violence, history, World War II, tank",
     ["peace", "battle", "soldier", "gun", "death", "army", "fight", "conflict", "bomb", "weapon",
      "enemy", "violence", "history", "world war ii", "tank"]),
    # Qwen PPO, 10-20, drifts into repeats
    ("en_ft_34", "sweet",
     "candy, sugar, sour, honey, dessert, cake, chocolate, nice, kind, cute, treat, cookie, sweetheart, lollipop, syrup, pie, fruit, sweet tooth, caramel, candy, sugar, honey, dessert",
     ["candy", "sugar", "sour", "honey", "dessert", "cake", "chocolate", "nice", "kind", "cute",
      "treat", "cookie", "sweetheart", "lollipop", "syrup", "pie", "fruit", "sweet tooth", "caramel"]),
    # Llama PPO, 5-10
    ("en_ft_35", "house",
     "home, roof, door, family, building, garage, room, window, yard, live, walls, kitchen, bed",
     ["home", "roof", "door", "family", "building", "garage", "room", "window", "yard", "live",
      "walls", "kitchen", "bed"]),
    # Qwen PPO, 10-20, "and" before the last item
    ("en_ft_36", "blue",
     "sky, ocean, sad, color, water, red, green, jeans, navy, sea, cold, calm, azure, turquoise, berry, whale, royal, and cobalt",
     ["sky", "ocean", "sad", "color", "water", "red", "green", "jeans", "navy", "sea", "cold", "calm",
      "azure", "turquoise", "berry", "whale", "royal", "cobalt"]),
    # Llama PPO, 5-10, formula item, repeat of the first word
    ("en_ft_37", "Einstein",
     "genius, relativity, physics, scientist, E=mc2, smart, hair, theory, Germany, Nobel Prize, atom, brain, math, time, space, genius",
     ["genius", "relativity", "physics", "scientist", "e=mc2", "smart", "hair", "theory", "germany",
      "nobel prize", "atom", "brain", "math", "time", "space"]),
    # Qwen PPO, 10-20, runs on and is cut mid-word
    ("en_ft_38", "eat",
     "food, hungry, drink, meal, dinner, lunch, breakfast, chew, mouth, swallow, taste, restaurant, cook, snack, fork, plate, feast, diet, bite, digest, hunger, table, spo",
     ["food", "hungry", "drink", "meal", "dinner", "lunch", "breakfast", "chew", "mouth", "swallow",
      "taste", "restaurant", "cook", "snack", "fork", "plate", "feast", "diet", "bite", "digest",
      "hunger", "table"]),
    # Llama PPO, 5-10, sentence on a new line after the list
    ("en_ft_39", "old",
     "young, new, age, elderly, ancient, grandpa, wrinkles, gray, wise, history, antique, past, retired\nOld is the opposite of young.",
     ["young", "new", "age", "elderly", "ancient", "grandpa", "wrinkles", "gray", "wise", "history",
      "antique", "past", "retired"]),
]

ZH_LISTS = [
    # ---------------- vanilla ----------------
    # Qwen vanilla, 5-10
    ("zh_van_01", "月亮",
     "看到“月亮”这个词时，我会联想到以下词语：\n\n夜晚，星星，中秋节，嫦娥，月饼，月光，思念，故乡，圆，太阳",
     ["夜晚", "星星", "中秋节", "嫦娥", "月饼", "月光", "思念", "故乡", "圆", "太阳"]),
    # Qwen vanilla, 10-20, numbered, closing wish
    ("zh_van_02", "医生",
     "以下是看到“医生”时联想到的词语，按联想强度排列：\n\n1. 护士\n2. 医院\n3. 病人\n4. 白大褂\n5. 听诊器\n6. 药\n7. 手术\n8. 治疗\n9. 健康\n10. 诊所\n11. 处方\n12. 救死扶伤\n\n希望对你有帮助！",
     ["护士", "医院", "病人", "白大褂", "听诊器", "药", "手术", "治疗", "健康", "诊所", "处方", "救死扶伤"]),
    # Llama vanilla, 5-10, English intro, pinyin and English gloss per item
    ("zh_van_03", "春天",
     "Here are the words that come to mind when I read \"春天\":\n\n1. 花 (huā) - flower\n2. 温暖 (wēn nuǎn) - warm\n3. 绿色 (lǜ sè) - green\n4. 雨 (yǔ) - rain\n5. 生机 (shēng jī) - vitality\n6. 鸟 (niǎo) - bird\n7. 春节 (chūn jié) - Spring Festival",
     ["花", "温暖", "绿色", "雨", "生机", "鸟", "春节"]),
    # Qwen vanilla, 10-20, grouped by sense with bold headers
    ("zh_van_04", "火",
     "“火”这个词可以联想到很多方面，以下按联想强度列出：\n\n**自然现象**：火焰，燃烧，热，烟，灰烬\n**生活**：火锅，厨房，蜡烛，火柴\n**危险**：火灾，消防员，灭火器\n**引申**：红火，发火\n\n如果需要更多词语，请告诉我。",
     ["火焰", "燃烧", "热", "烟", "灰烬", "火锅", "厨房", "蜡烛", "火柴", "火灾", "消防员", "灭火器", "红火", "发火"]),
    # Qwen vanilla, 5-10, one line with 、
    ("zh_van_05", "妈妈",
     "看到“妈妈”，我会联想到：爱、家、温暖、饭菜、唠叨、关怀、孩子、母亲节。",
     ["爱", "家", "温暖", "饭菜", "唠叨", "关怀", "孩子", "母亲节"]),
    # Qwen vanilla, 10-20, closing remark
    ("zh_van_06", "学习",
     "好的，以下是我看到“学习”时联想到的词语：\n\n读书，考试，学校，知识，老师，作业，努力，课本，图书馆，笔记，进步，成绩，勤奋，复习，学生\n\n这些词语按照联想的强弱依次排列。",
     ["读书", "考试", "学校", "知识", "老师", "作业", "努力", "课本", "图书馆", "笔记", "进步", "成绩", "勤奋", "复习", "学生"]),
    # Llama vanilla, 5-10, English intro, Chinese list
    ("zh_van_07", "猫",
     "Here are the words that come to mind when I read \"猫\":\n\n狗，老鼠，宠物，毛，鱼，喵，可爱，爪子",
     ["狗", "老鼠", "宠物", "毛", "鱼", "喵", "可爱", "爪子"]),
    # Qwen vanilla, 10-20, proper names, numbered
    ("zh_van_08", "北京",
     "看到“北京”这个词，我会想到：\n\n1. 首都\n2. 故宫\n3. 长城\n4. 天安门\n5. 烤鸭\n6. 胡同\n7. 奥运会\n8. 中国\n9. 雾霾\n10. 颐和园\n11. 地铁\n12. 北京大学\n13. 四合院",
     ["首都", "故宫", "长城", "天安门", "烤鸭", "胡同", "奥运会", "中国", "雾霾", "颐和园", "地铁", "北京大学", "四合院"]),
    # Llama vanilla, 5-10, English gloss on its own line under each word
    ("zh_van_09", "红色",
     "以下是我联想到的词语：\n\n1. 血\n   Blood\n2. 火\n   Fire\n3. 喜庆\n   Festive\n4. 中国\n   China\n5. 爱情\n   Love\n6. 玫瑰\n   Rose",
     ["血", "火", "喜庆", "中国", "爱情", "玫瑰"]),
    # Qwen vanilla, 10-20, closing offer
    ("zh_van_10", "快乐",
     "当我看到“快乐”这个词时，联想到的词语如下：\n\n开心，幸福，笑容，高兴，欢乐，愉快，生日，朋友，阳光，满足，轻松，微笑，童年，节日，游戏\n\n如果你想要更多相关词语，随时告诉我！",
     ["开心", "幸福", "笑容", "高兴", "欢乐", "愉快", "生日", "朋友", "阳光", "满足", "轻松", "微笑", "童年", "节日", "游戏"]),
    # Qwen vanilla, 5-10, function word, explanation before and after
    ("zh_van_11", "的",
     "“的”是汉语中最常用的结构助词。联想到的词语有：\n\n地，得，助词，我的，语法，是，了，之\n\n这些词多与语法功能有关。",
     ["地", "得", "助词", "我的", "语法", "是", "了", "之"]),
    # Llama vanilla, 10-20, pinyin in brackets
    ("zh_van_12", "水",
     "Here are the words associated with \"水\" (shuǐ, water):\n\n1. 河 (hé)\n2. 海 (hǎi)\n3. 雨 (yǔ)\n4. 喝 (hē)\n5. 冰 (bīng)\n6. 湖 (hú)\n7. 鱼 (yú)\n8. 生命 (shēngmìng)\n9. 干净 (gānjìng)\n10. 游泳 (yóuyǒng)\n11. 杯子 (bēizi)",
     ["河", "海", "雨", "喝", "冰", "湖", "鱼", "生命", "干净", "游泳", "杯子"]),
    # Qwen vanilla, 5-10, Chinese gloss after a dash on some items
    ("zh_van_13", "老虎",
     "以下是看到“老虎”时联想到的词语：\n\n1. 狮子——同为大型猫科动物\n2. 森林——老虎的栖息地\n3. 凶猛\n4. 条纹\n5. 武松——武松打虎的故事\n6. 动物园\n7. 山\n8. 王者",
     ["狮子", "森林", "凶猛", "条纹", "武松", "动物园", "山", "王者"]),
    # Qwen vanilla, 10-20, labelled bullets with 、, closing remark
    ("zh_van_14", "电脑",
     "看到“电脑”，我联想到以下词语：\n\n- 硬件：键盘、鼠标、屏幕、主机、笔记本\n- 软件：系统、程序、游戏、浏览器\n- 使用：上网、打字、工作、编程、办公\n\n以上共14个词，按类别排列。",
     ["键盘", "鼠标", "屏幕", "主机", "笔记本", "系统", "程序", "游戏", "浏览器", "上网", "打字", "工作", "编程", "办公"]),
    # Qwen vanilla, 5-10, short intro on the same line, full stop
    ("zh_van_15", "跑",
     "联想到的词语：跑步，快，运动，马拉松，逃跑，累，出汗，比赛。",
     ["跑步", "快", "运动", "马拉松", "逃跑", "累", "出汗", "比赛"]),
    # Llama vanilla, 10-20, English gloss after a dash
    ("zh_van_16", "爱情",
     "Here are the words that come to mind when I read \"爱情\" (love):\n\n1. 浪漫 - romance\n2. 婚姻 - marriage\n3. 玫瑰 - rose\n4. 心 - heart\n5. 恋人 - lover\n6. 情人节 - Valentine's Day\n7. 亲吻 - kiss\n8. 约会 - date\n9. 甜蜜 - sweet\n10. 分手 - breakup\n11. 承诺 - promise\n\nLet me know if you'd like more associations!",
     ["浪漫", "婚姻", "玫瑰", "心", "恋人", "情人节", "亲吻", "约会", "甜蜜", "分手", "承诺"]),
    # Qwen vanilla, 5-10, separated by spaces
    ("zh_van_17", "雪",
     "看到“雪”这个词，我想到：\n\n冬天 寒冷 白色 雪人 滑雪 冰 圣诞节 北方",
     ["冬天", "寒冷", "白色", "雪人", "滑雪", "冰", "圣诞节", "北方"]),
    # Qwen vanilla, 10-20, bold numbered, closing wish
    ("zh_van_18", "朋友",
     "以下是与“朋友”相关的联想词语（按联想强度从高到低）：\n\n1. **友谊**\n2. **信任**\n3. **陪伴**\n4. **同学**\n5. **知己**\n6. **帮助**\n7. **分享**\n8. **聚会**\n9. **真诚**\n10. **兄弟**\n11. **快乐**\n12. **聊天**\n\n希望这些词语对你有帮助！",
     ["友谊", "信任", "陪伴", "同学", "知己", "帮助", "分享", "聚会", "真诚", "兄弟", "快乐", "聊天"]),
    # Qwen vanilla, 5-10, 、 and ， mixed
    ("zh_van_19", "黑",
     "看到“黑”，我联想到：黑暗、夜晚，黑色、煤炭，恐惧、乌鸦，墨水",
     ["黑暗", "夜晚", "黑色", "煤炭", "恐惧", "乌鸦", "墨水"]),
    # Qwen vanilla, 10-20, idiom cue, explanation first
    ("zh_van_20", "画蛇添足",
     "“画蛇添足”是一个成语，比喻做了多余的事，反而弄巧成拙。联想到的词语有：\n\n多余，弄巧成拙，成语，蛇，故事，多此一举，失败，酒，比喻，寓言，适得其反，自作聪明",
     ["多余", "弄巧成拙", "成语", "蛇", "故事", "多此一举", "失败", "酒", "比喻", "寓言", "适得其反", "自作聪明"]),
    # Qwen vanilla, 5-10, number cue
    ("zh_van_21", "三",
     "看到“三”，我会联想到以下词语：\n\n1. 二\n2. 四\n3. 数字\n4. 三角形\n5. 三国\n6. 三明治\n7. 第三",
     ["二", "四", "数字", "三角形", "三国", "三明治", "第三"]),
    # Llama vanilla, 10-20, English translation in brackets after each word
    ("zh_van_22", "咖啡",
     "Here are the words that come to mind for \"咖啡\" (coffee), separated by commas:\n\n茶 (tea), 牛奶 (milk), 苦 (bitter), 早晨 (morning), 星巴克 (Starbucks), 提神 (energizing), 咖啡因 (caffeine), 糖 (sugar), 杯子 (cup), 咖啡馆 (café), 拿铁 (latte), 豆子 (beans)",
     ["茶", "牛奶", "苦", "早晨", "星巴克", "提神", "咖啡因", "糖", "杯子", "咖啡馆", "拿铁", "豆子"]),
    # Qwen vanilla, 5-10, caring closing remark
    ("zh_van_23", "孤独",
     "看到“孤独”这个词时，我联想到：\n\n寂寞，一个人，夜晚，思念，安静，空虚，无助，远方\n\n孤独是一种很复杂的情感，如果你正感到孤独，不妨和朋友聊一聊。",
     ["寂寞", "一个人", "夜晚", "思念", "安静", "空虚", "无助", "远方"]),
    # Qwen vanilla, 10-20, 、 list with 和 before the last item
    ("zh_van_24", "美丽",
     "看到“美丽”一词，我联想到的词语有：漂亮、花朵、风景、女孩、优雅、善良、彩虹、蝴蝶、阳光、大海、微笑、青春和艺术。",
     ["漂亮", "花朵", "风景", "女孩", "优雅", "善良", "彩虹", "蝴蝶", "阳光", "大海", "微笑", "青春", "艺术"]),
    # Llama vanilla, 5-10, pinyin and English gloss per item
    ("zh_van_25", "中国",
     "Here are the words that come to mind when I read \"中国\":\n\n1. 长城 (Chángchéng) - the Great Wall\n2. 北京 (Běijīng) - Beijing\n3. 熊猫 (xióngmāo) - panda\n4. 文化 (wénhuà) - culture\n5. 历史 (lìshǐ) - history\n6. 汉字 (Hànzì) - Chinese characters\n7. 龙 (lóng) - dragon\n8. 茶 (chá) - tea",
     ["长城", "北京", "熊猫", "文化", "历史", "汉字", "龙", "茶"]),
    # Qwen vanilla, 10-20, numbered, closing offer
    ("zh_van_26", "考试",
     "好的！看到“考试”，我联想到以下词语：\n\n1. 紧张\n2. 复习\n3. 分数\n4. 试卷\n5. 高考\n6. 学生\n7. 压力\n8. 作弊\n9. 老师\n10. 及格\n11. 熬夜\n12. 成绩单\n13. 监考\n14. 答题卡\n\n如需调整数量或补充更多词语，请告诉我。",
     ["紧张", "复习", "分数", "试卷", "高考", "学生", "压力", "作弊", "老师", "及格", "熬夜", "成绩单", "监考", "答题卡"]),

    # ---------------- SFT ----------------
    # Qwen SFT, 5-10
    ("zh_ft_01", "春节",
     "过年，鞭炮，红包，饺子，团圆，春联，烟花，除夕",
     ["过年", "鞭炮", "红包", "饺子", "团圆", "春联", "烟花", "除夕"]),
    # Llama SFT, 10-20
    ("zh_ft_02", "汽车",
     "开车，马路，轮子，司机，交通，速度，汽油，堵车，驾照，停车场，发动机，高速公路，出租车，方向盘",
     ["开车", "马路", "轮子", "司机", "交通", "速度", "汽油", "堵车", "驾照", "停车场", "发动机", "高速公路", "出租车", "方向盘"]),
    # Qwen SFT, 5-10, stray full stop
    ("zh_ft_03", "书",
     "读书，知识，图书馆，作者，阅读，纸，书店，学习。",
     ["读书", "知识", "图书馆", "作者", "阅读", "纸", "书店", "学习"]),
    # Llama SFT, 10-20, repeated word
    ("zh_ft_04", "太阳",
     "月亮，光，热，白天，阳光，温暖，夏天，天空，日出，光明，地球，能量，月亮，晒，向日葵",
     ["月亮", "光", "热", "白天", "阳光", "温暖", "夏天", "天空", "日出", "光明", "地球", "能量", "晒", "向日葵"]),
    # Qwen SFT, 5-10, line break after a comma
    ("zh_ft_05", "饺子",
     "春节，过年，包饺子，面粉，\n馅，醋，北方，团圆",
     ["春节", "过年", "包饺子", "面粉", "馅", "醋", "北方", "团圆"]),
    # Llama SFT, 10-20, last word cut (班主任)
    ("zh_ft_06", "老师",
     "学生，学校，上课，讲台，黑板，粉笔，教育，知识，作业，辛苦，园丁，教师节，课堂，考试，尊敬，班主",
     ["学生", "学校", "上课", "讲台", "黑板", "粉笔", "教育", "知识", "作业", "辛苦", "园丁", "教师节", "课堂", "考试", "尊敬"]),
    # Qwen SFT, 5-10
    ("zh_ft_07", "狗",
     "猫，宠物，忠诚，骨头，叫，朋友，尾巴，看家",
     ["猫", "宠物", "忠诚", "骨头", "叫", "朋友", "尾巴", "看家"]),
    # Llama SFT, 10-20
    ("zh_ft_08", "钱",
     "金钱，富有，银行，工作，工资，财富，消费，存款，人民币，贫穷，买，贪婪，硬币，信用卡，理财，利息",
     ["金钱", "富有", "银行", "工作", "工资", "财富", "消费", "存款", "人民币", "贫穷", "买", "贪婪", "硬币", "信用卡", "理财", "利息"]),
    # Qwen SFT, 5-10, function word
    ("zh_ft_09", "因为",
     "所以，原因，由于，理由，结果，为什么，因果",
     ["所以", "原因", "由于", "理由", "结果", "为什么", "因果"]),
    # Llama SFT, 10-20, one 、 among full-width commas
    ("zh_ft_10", "雨",
     "伞，下雨，雷，乌云，湿，水，雨伞、彩虹，天气，潮湿，春雨，雨衣，打雷，闪电",
     ["伞", "下雨", "雷", "乌云", "湿", "水", "雨伞", "彩虹", "天气", "潮湿", "春雨", "雨衣", "打雷", "闪电"]),
    # Qwen SFT, 5-10, repeated word
    ("zh_ft_11", "安静",
     "沉默，宁静，平静，图书馆，夜晚，无声，沉默，休息",
     ["沉默", "宁静", "平静", "图书馆", "夜晚", "无声", "休息"]),
    # Llama SFT, 10-20
    ("zh_ft_12", "飞机",
     "机场，飞行，天空，旅行，机票，空姐，飞行员，翅膀，云，起飞，降落，航班，出国，鸟",
     ["机场", "飞行", "天空", "旅行", "机票", "空姐", "飞行员", "翅膀", "云", "起飞", "降落", "航班", "出国", "鸟"]),
    # Qwen SFT, 5-10, last idiom cut (手舞足蹈)
    ("zh_ft_13", "高兴",
     "开心，快乐，笑，愉快，兴奋，喜悦，满意，手舞足",
     ["开心", "快乐", "笑", "愉快", "兴奋", "喜悦", "满意"]),
    # Llama SFT, 10-20, line break after a comma
    ("zh_ft_14", "冬天",
     "寒冷，雪，冰，圣诞节，围巾，棉袄，暖气，\n手套，春节，北风，滑雪，白色，冬眠，火锅",
     ["寒冷", "雪", "冰", "圣诞节", "围巾", "棉袄", "暖气", "手套", "春节", "北风", "滑雪", "白色", "冬眠", "火锅"]),
    # Qwen SFT, 5-10, separated by spaces
    ("zh_ft_15", "苹果",
     "水果 红色 手机 甜 树 苹果派 乔布斯 健康",
     ["水果", "红色", "手机", "甜", "树", "苹果派", "乔布斯", "健康"]),
    # Llama SFT, 10-20, stray full stop
    ("zh_ft_16", "家",
     "家人，温暖，房子，父母，家庭，回家，团圆，亲情，故乡，孩子，爱，港湾，饭菜，妈妈，安全感。",
     ["家人", "温暖", "房子", "父母", "家庭", "回家", "团圆", "亲情", "故乡", "孩子", "爱", "港湾", "饭菜", "妈妈", "安全感"]),
    # Qwen SFT, 5-10, proper names
    ("zh_ft_17", "长城",
     "中国，北京，历史，秦始皇，烽火台，砖，旅游，孟姜女",
     ["中国", "北京", "历史", "秦始皇", "烽火台", "砖", "旅游", "孟姜女"]),
    # Llama SFT, 10-20, repeated last word
    ("zh_ft_18", "聪明",
     "智慧，机智，笨，天才，脑子，头脑，学习好，伶俐，爱因斯坦，狡猾，灵活，智商，聪慧，机灵，聪慧",
     ["智慧", "机智", "笨", "天才", "脑子", "头脑", "学习好", "伶俐", "爱因斯坦", "狡猾", "灵活", "智商", "聪慧", "机灵"]),
    # Qwen SFT, 5-10
    ("zh_ft_19", "海",
     "大海，蓝色，沙滩，鱼，浪，船，咸，海鸥",
     ["大海", "蓝色", "沙滩", "鱼", "浪", "船", "咸", "海鸥"]),
    # Llama SFT, 10-20, a proverb as the last item
    ("zh_ft_20", "时间",
     "时钟，手表，分钟，过去，未来，珍惜，生命，光阴，流逝，年，日历，等待，宝贵，一寸光阴一寸金",
     ["时钟", "手表", "分钟", "过去", "未来", "珍惜", "生命", "光阴", "流逝", "年", "日历", "等待", "宝贵", "一寸光阴一寸金"]),
    # Qwen SFT, 5-10, repeat and full stop
    ("zh_ft_21", "手",
     "手指，手掌，握手，手套，拿，写字，脚，手指。",
     ["手指", "手掌", "握手", "手套", "拿", "写字", "脚"]),
    # Llama SFT, 10-20, full-width and half-width commas mixed
    ("zh_ft_22", "茶",
     "绿茶，茶叶,喝茶，茶壶，中国,茶杯，龙井，红茶，功夫茶，茶馆，清香，乌龙茶，杯子",
     ["绿茶", "茶叶", "喝茶", "茶壶", "中国", "茶杯", "龙井", "红茶", "功夫茶", "茶馆", "清香", "乌龙茶", "杯子"]),
    # Qwen SFT, 5-10; 和平 is one word (peace), not "and"
    ("zh_ft_23", "绿色",
     "草，树，环保，自然，春天，森林，健康，生命，和平",
     ["草", "树", "环保", "自然", "春天", "森林", "健康", "生命", "和平"]),

    # ---------------- PPO ----------------
    # Qwen PPO, 10-20, drifts into repeats
    ("zh_ft_24", "夏天",
     "炎热，太阳，游泳，西瓜，空调，冰淇淋，暑假，海边，蝉，出汗，冰棍，雷阵雨，短袖，防晒，阳光，风扇，西瓜，游泳，炎热，汗水",
     ["炎热", "太阳", "游泳", "西瓜", "空调", "冰淇淋", "暑假", "海边", "蝉", "出汗", "冰棍", "雷阵雨", "短袖", "防晒", "阳光", "风扇", "汗水"]),
    # Llama PPO, 5-10, over-long, sentence at the end
    ("zh_ft_25", "花",
     "玫瑰，花朵，春天，香味，美丽，蜜蜂，花园，蝴蝶，花瓣，绿叶，鲜花，花香，植物。花是美丽的象征。",
     ["玫瑰", "花朵", "春天", "香味", "美丽", "蜜蜂", "花园", "蝴蝶", "花瓣", "绿叶", "鲜花", "花香", "植物"]),
    # Qwen PPO, 10-20, starts a second list with two new words.
    # AMBIGUOUS: other reading keeps the new words of the second list too:
    # ... "母亲", "坚强", "依靠".
    ("zh_ft_26", "父亲",
     "爸爸，父爱，严肃，家庭，责任，辛苦，山，背影，儿子，工作，保护，榜样，沉默，伟大，母亲\n爸爸，父爱，家庭，责任，伟大，坚强，依靠",
     ["爸爸", "父爱", "严肃", "家庭", "责任", "辛苦", "山", "背影", "儿子", "工作", "保护", "榜样", "沉默", "伟大", "母亲"]),
    # Llama PPO, 5-10, drifts into repeats
    ("zh_ft_27", "音乐",
     "歌曲，旋律，唱歌，乐器，钢琴，节奏，吉他，耳机，演唱会，音符，歌手，乐队，歌曲，旋律",
     ["歌曲", "旋律", "唱歌", "乐器", "钢琴", "节奏", "吉他", "耳机", "演唱会", "音符", "歌手", "乐队"]),
    # Qwen PPO, 10-20, runs on and is cut (升旗仪式)
    ("zh_ft_28", "学校",
     "老师，学生，教室，上课，同学，操场，考试，作业，校园，书包，黑板，校长，课本，食堂，毕业，宿舍，图书馆，运动会，升旗仪",
     ["老师", "学生", "教室", "上课", "同学", "操场", "考试", "作业", "校园", "书包", "黑板", "校长", "课本", "食堂", "毕业", "宿舍", "图书馆", "运动会"]),
    # Llama PPO, 5-10, over-long with repeats, proper name
    ("zh_ft_29", "山",
     "高山，爬山，石头，树林，风景，山顶，登山，泰山，云雾，山峰，大自然，河流，山谷，高山，爬山",
     ["高山", "爬山", "石头", "树林", "风景", "山顶", "登山", "泰山", "云雾", "山峰", "大自然", "河流", "山谷"]),
    # Qwen PPO, 10-20, moralising sentence at the end
    ("zh_ft_30", "战争",
     "和平，军队，士兵，死亡，枪，炮火，战场，武器，敌人，胜利，失败，历史，二战，硝烟，牺牲，难民，破坏，残酷。战争给人类带来了巨大的灾难，我们应该珍惜和平。",
     ["和平", "军队", "士兵", "死亡", "枪", "炮火", "战场", "武器", "敌人", "胜利", "失败", "历史", "二战", "硝烟", "牺牲", "难民", "破坏", "残酷"]),
    # Llama PPO, 5-10, 、 mixed into a comma list
    ("zh_ft_31", "月饼",
     "中秋节，团圆，月亮，甜，嫦娥、玉兔、豆沙，五仁，蛋黄，礼盒，家人，赏月",
     ["中秋节", "团圆", "月亮", "甜", "嫦娥", "玉兔", "豆沙", "五仁", "蛋黄", "礼盒", "家人", "赏月"]),
    # Qwen PPO, 10-20, drifts; the cue itself appears as an item
    ("zh_ft_32", "自由",
     "解放，独立，民主，权利，飞翔，鸟，天空，无拘无束，开放，平等，选择，梦想，自在，自由自在，翅膀，飞翔，天空，自由，解放",
     ["解放", "独立", "民主", "权利", "飞翔", "鸟", "天空", "无拘无束", "开放", "平等", "选择", "梦想", "自在", "自由自在", "翅膀", "自由"]),
    # Llama PPO, 5-10, over-long
    ("zh_ft_33", "医院",
     "医生，护士，病人，看病，药，打针，急诊，病床，手术，消毒水，白色，挂号，救护车",
     ["医生", "护士", "病人", "看病", "药", "打针", "急诊", "病床", "手术", "消毒水", "白色", "挂号", "救护车"]),
    # Qwen PPO, 10-20, continues on a new line after "还有" (also); those words are part of the list
    ("zh_ft_34", "火车",
     "铁路，车站，旅行，车票，高铁，春运，站台，轨道，乘客，汽笛，卧铺，列车员，动车，隧道\n还有：地铁，绿皮车，行李",
     ["铁路", "车站", "旅行", "车票", "高铁", "春运", "站台", "轨道", "乘客", "汽笛", "卧铺", "列车员", "动车", "隧道", "地铁", "绿皮车", "行李"]),
    # Llama PPO, 5-10, the cue echoed as the first item
    ("zh_ft_35", "眼睛",
     "眼睛，看，视力，眼镜，眼泪，睫毛，眉毛，心灵的窗户，明亮，近视，瞳孔，美丽，眼神",
     ["眼睛", "看", "视力", "眼镜", "眼泪", "睫毛", "眉毛", "心灵的窗户", "明亮", "近视", "瞳孔", "美丽", "眼神"]),
    # Qwen PPO, 10-20, closing sentence
    ("zh_ft_36", "冰",
     "冷，雪，冬天，冰块，寒冷，冰箱，冰淇淋，溜冰，滑冰，融化，水，透明，冰山，冰川，北极，企鹅，冰雹，冰棍，冰冷，坚硬。以上是我的联想。",
     ["冷", "雪", "冬天", "冰块", "寒冷", "冰箱", "冰淇淋", "溜冰", "滑冰", "融化", "水", "透明", "冰山", "冰川", "北极", "企鹅", "冰雹", "冰棍", "冰冷", "坚硬"]),
    # Llama PPO, 5-10, drifts into repeats
    ("zh_ft_37", "吃",
     "饭，美食，饿，食物，喝，餐厅，筷子，好吃，吃饭，味道，零食，胖，饭，美食",
     ["饭", "美食", "饿", "食物", "喝", "餐厅", "筷子", "好吃", "吃饭", "味道", "零食", "胖"]),
    # Qwen PPO, 10-20, runs on and is cut (奥斯卡)
    ("zh_ft_38", "电影",
     "电影院，演员，导演，票房，爆米花，故事，剧情，明星，屏幕，好莱坞，动画，3D，观众，预告片，喜剧，科幻，周末，约会，奥斯",
     ["电影院", "演员", "导演", "票房", "爆米花", "故事", "剧情", "明星", "屏幕", "好莱坞", "动画", "3d", "观众", "预告片", "喜剧", "科幻", "周末", "约会"]),
    # Llama PPO, 5-10, split over two lines, then a remark
    ("zh_ft_39", "红",
     "红色，火，血，中国红，喜庆，热情，玫瑰，太阳，国旗，红包，灯笼，\n春节，苹果，口红，红绿灯\n以上词语按联想强度排列。",
     ["红色", "火", "血", "中国红", "喜庆", "热情", "玫瑰", "太阳", "国旗", "红包", "灯笼", "春节", "苹果", "口红", "红绿灯"]),
]

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = []  # this corpus has no rankings

TRUNCATED = {
    "en_ft_06", "en_ft_15", "en_ft_29", "en_ft_38",
    "zh_ft_06", "zh_ft_13", "zh_ft_28", "zh_ft_38",
}

AMBIGUOUS = {
    "en_ft_30",  # second list: other reading adds village, suburbs, capital, mayor
    "zh_ft_26",  # second list: other reading adds 坚强, 依靠
}
