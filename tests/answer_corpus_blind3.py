"""Third blind corpus of model answers for the association-list and ranking parsers.

How it was written: every text below was typed by hand for this file on 2026-12-02 by a
tester who had not read align_jax/eval/answer*.py, tests/answer_corpus*.py or
tests/test_eval_answers.py. Nothing was copied from model outputs, from the other corpora or
from any outside source. The texts imitate the styles in which Llama-3.1-8B-Instruct and
Qwen2.5-7B-Instruct answer the project's English and Mandarin prompts, both vanilla (chatty:
preambles, numbered/bulleted lists, bold, glosses, "word - explanation", category headers,
closing offers, refusals, token-limit cut-offs) and after fine-tuning on comma-separated lists
(terse: comma lists, 、/，/space-separated Mandarin, one per line, run-on repetition, stray chat
tokens, a hallucinated next user turn). The expectations were written at the same time, before
any parser was run, as what a careful human reader takes as the association list:
lowercased, in the order written, deduplicated on first occurrence, glosses, explanations,
headers, preamble and remarks removed, multi-word associations kept whole, the cue itself kept
when the model listed it, and an item cut off mid-word by the token limit dropped.

LISTS: (id, cue, text, expected_words). RANKINGS: (id, text, expected_ranked_words); the ranked
words are those after the last "Final Ranking" / "最终排名" marker, and [] when there is none.
The Mandarin lists, the rankings and AMBIGUOUS live in answer_corpus_blind3_zh.py (kept
apart to keep files short) and are re-exported here.
AMBIGUOUS: ids whose reading is genuinely open; the comment by each gives the other reading.
"""

EN_LISTS = [
    # ---------------- English, vanilla ----------------
    ("en_van_01", "bank",
     "Here are the words that come to mind when I read the word \"bank\":\n\n"
     "1. Money\n2. Account\n3. Loan\n4. River\n5. Savings\n6. Teller\n7. ATM\n8. Interest\n"
     "9. Deposit\n10. Vault\n11. Credit\n12. Mortgage\n\n"
     "Let me know if you'd like more words or a different order!",
     ["money", "account", "loan", "river", "savings", "teller", "atm", "interest", "deposit",
      "vault", "credit", "mortgage"]),
    ("en_van_02", "dog",
     "Sure! Here's a list of words associated with \"dog\", from most to least strongly associated:\n\n"
     "1. **Pet** - dogs are among the most common household pets\n"
     "2. **Bark** - the sound a dog makes\n"
     "3. **Loyal** - dogs are known for their loyalty\n"
     "4. **Puppy** - a young dog\n"
     "5. **Leash** - used when walking a dog\n"
     "6. **Bone** - a classic dog treat\n"
     "7. **Tail** - wagging when happy\n"
     "8. **Fur**\n9. **Walk**\n10. **Cat** - often contrasted with dogs",
     ["pet", "bark", "loyal", "puppy", "leash", "bone", "tail", "fur", "walk", "cat"]),
    ("en_van_03", "winter",
     "When I read the word \"winter\", the following words come to mind:\n\n"
     "Snow, cold, ice, Christmas, frost, scarf, fireplace, hot chocolate, snowman, skiing, "
     "blizzard, December, gloves, hibernation.\n\n"
     "These words are listed roughly in order of how strongly I associate them with winter.",
     ["snow", "cold", "ice", "christmas", "frost", "scarf", "fireplace", "hot chocolate",
      "snowman", "skiing", "blizzard", "december", "gloves", "hibernation"]),
    ("en_van_04", "doctor",
     "Here are some words associated with \"doctor\":\n\n"
     "* Hospital\n* Nurse\n* Medicine\n* Stethoscope\n* Patient\n* Health\n* Surgery\n"
     "* White coat\n* Prescription\n* Clinic\n* Diagnosis\n\n"
     "I hope this helps! Is there anything else you'd like to know?",
     ["hospital", "nurse", "medicine", "stethoscope", "patient", "health", "surgery",
      "white coat", "prescription", "clinic", "diagnosis"]),
    ("en_van_05", "music",
     "Music evokes many associations. Here they are, grouped by theme:\n\n"
     "**Instruments:**\n1. Guitar\n2. Piano\n3. Drums\n\n"
     "**Elements:**\n4. Melody\n5. Rhythm\n6. Harmony\n\n"
     "**Experiences:**\n7. Concert\n8. Dance\n9. Emotion\n10. Headphones",
     ["guitar", "piano", "drums", "melody", "rhythm", "harmony", "concert", "dance", "emotion",
      "headphones"]),
    ("en_van_06", "apple",
     "1. Fruit: apples are one of the most popular fruits.\n"
     "2. Red: the classic colour of an apple.\n"
     "3. Tree: apples grow on trees.\n"
     "4. Pie: apple pie is a well-known dessert.\n"
     "5. iPhone: Apple Inc. makes the iPhone.\n"
     "6. Healthy: \"an apple a day keeps the doctor away\".\n"
     "7. Orchard: where apples are grown.\n"
     "8. Juice\n9. Green\n10. Newton: the falling apple and gravity.\n"
     "11. Crunchy",
     ["fruit", "red", "tree", "pie", "iphone", "healthy", "orchard", "juice", "green", "newton",
      "crunchy"]),
    ("en_van_07", "fire",
     "Here are words I associate with \"fire\":\n\n"
     "1. Flame\n2. Heat\n3. Smoke\n4. Burn\n5. Firefighter\n6. Campfire\n7. Danger\n8. Ash\n"
     "9. Wood\n10. Alarm\n11. Red\n12. Warmth\n13. Spark\n14. Fireplace\n15. Destruc",
     ["flame", "heat", "smoke", "burn", "firefighter", "campfire", "danger", "ash", "wood",
      "alarm", "red", "warmth", "spark", "fireplace"]),
    ("en_van_08", "school",
     "I'm happy to help! However, I want to make sure I understand: would you like words "
     "associated with \"school\" as an institution, or with a school of fish? Please let me know "
     "and I'll provide a list.",
     []),
    ("en_van_09", "money",
     "Money, cash, wealth, bank, rich, dollar, coins, salary, money, budget, investment, "
     "greed, economy, spending, savings",
     ["money", "cash", "wealth", "bank", "rich", "dollar", "coins", "salary", "budget",
      "investment", "greed", "economy", "spending", "savings"]),
    ("en_van_10", "love",
     "Here's a list of words that come to mind when I read \"love\":\n\n"
     "1. Heart (symbol of love)\n2. Romance\n3. Family\n4. Passion (intense feeling)\n"
     "5. Kiss\n6. Marriage\n7. Affection\n8. Care\n9. Partner\n10. Valentine's Day\n"
     "11. Happiness\n12. Trust\n\n"
     "Love is a complex emotion, and these associations may vary from person to person.",
     ["heart", "romance", "family", "passion", "kiss", "marriage", "affection", "care",
      "partner", "valentine's day", "happiness", "trust"]),
    ("en_van_11", "ocean",
     "**Words associated with \"ocean\":**\n\n"
     "- Water\n- Waves\n- Blue\n- Beach\n- Fish\n- Salt\n- Deep\n- Whale\n- Sand\n- Tide\n"
     "- Ship\n- Coral reef\n\n"
     "Would you like me to explain why any of these are associated?",
     ["water", "waves", "blue", "beach", "fish", "salt", "deep", "whale", "sand", "tide",
      "ship", "coral reef"]),
    ("en_van_12", "coffee",
     "Coffee - the drink itself\nCaffeine - the stimulant in coffee\nMorning - when most people "
     "drink it\nCup - what it's served in\nEspresso - a concentrated form\nBeans - the raw material\n"
     "Starbucks - a famous coffee chain\nBitter - its taste\nEnergy\nBreakfast\nLatte\nMilk",
     ["coffee", "caffeine", "morning", "cup", "espresso", "beans", "starbucks", "bitter",
      "energy", "breakfast", "latte", "milk"]),
    ("en_van_13", "night",
     "I can't provide personal associations as I am an AI, but here are words that are commonly "
     "associated with \"night\":\n\n"
     "Dark, moon, stars, sleep, dream, quiet, owl, midnight, bed, black.",
     ["dark", "moon", "stars", "sleep", "dream", "quiet", "owl", "midnight", "bed", "black"]),
    ("en_van_14", "city",
     "Sure, here are 10 words:\n\n"
     "1. Buildings\n2. Traffic\n3. Skyscrapers\n4. Crowds\n5. Noise\n6. Lights\n7. Streets\n"
     "8. Subway\n9. Urban\n10. Shops\n\n"
     "Note: associations with \"city\" can differ depending on which city you think of, e.g. "
     "New York might evoke Broadway or Central Park.",
     ["buildings", "traffic", "skyscrapers", "crowds", "noise", "lights", "streets", "subway",
      "urban", "shops"]),
    ("en_van_15", "tree",
     "Words that come to mind for \"tree\":\n\n"
     "1. Leaves\n2. Forest\n3. Wood\n4. Branch\n5. Green\n6. Roots\n7. Oak\n8. Nature\n"
     "9. Shade\n10. Bark\n11. Leaves\n12. Oxygen\n13. Birds\n14. Tree house",
     ["leaves", "forest", "wood", "branch", "green", "roots", "oak", "nature", "shade", "bark",
      "oxygen", "birds", "tree house"]),
    ("en_van_16", "book",
     "Here are the words, separated by commas as requested, most strongly associated first:\n\n"
     "Read, pages, library, story, author, novel, knowledge, cover, chapter, words, paper, "
     "bookshelf, imagination\n\nHappy reading!",
     ["read", "pages", "library", "story", "author", "novel", "knowledge", "cover", "chapter",
      "words", "paper", "bookshelf", "imagination"]),
    ("en_van_17", "car",
     "1. **Drive** (the main activity)\n2. **Road**\n3. **Wheels**\n4. **Engine** (what makes it go)\n"
     "5. **Gas** / fuel\n6. **Traffic**\n7. **Speed**\n8. **Garage**\n9. **License**\n"
     "10. **Seatbelt**\n\nThese are the first ten that came to mind.",
     ["drive", "road", "wheels", "engine", "gas", "traffic", "speed", "garage", "license",
      "seatbelt"]),
    ("en_van_18", "mother",
     "Mother:\n\n1. Love\n2. Care\n3. Family\n4. Mom\n5. Nurture\n6. Child\n7. Home\n8. Warmth\n"
     "9. Protection\n10. Hug\n11. Cooking\n12. Sacrifice",
     ["love", "care", "family", "mom", "nurture", "child", "home", "warmth", "protection", "hug",
      "cooking", "sacrifice"]),
    ("en_van_19", "rain",
     "Rain is associated with many things! Here's my list:\n\n"
     "1. Umbrella – you use it to stay dry\n2. Wet – the obvious result\n3. Clouds – where rain "
     "comes from\n4. Puddle\n5. Storm\n6. Thunder\n7. Water\n8. Raincoat\n9. Drizzle\n"
     "10. Gray\n11. Sad – rainy days often feel gloomy\n12. Rainbow\n13. Umbrella",
     ["umbrella", "wet", "clouds", "puddle", "storm", "thunder", "water", "raincoat", "drizzle",
      "gray", "sad", "rainbow"]),
    ("en_van_20", "war",
     "I understand you're asking for word associations with \"war\". Here is a list:\n\n"
     "Battle, soldiers, death, weapons, conflict, peace, army, destruction, guns, history, "
     "victory, bombs, fear, refugees\n\nPlease note that war is a sensitive topic.",
     ["battle", "soldiers", "death", "weapons", "conflict", "peace", "army", "destruction",
      "guns", "history", "victory", "bombs", "fear", "refugees"]),
    ("en_van_21", "sun",
     "Here are 20 words associated with \"sun\":\n\n"
     "1. Light\n2. Hot\n3. Sky\n4. Summer\n5. Star\n6. Yellow\n7. Sunshine\n8. Beach\n"
     "9. Sunrise\n10. Sunset\n11. Solar\n12. Energy\n13. Warm\n14. Sunscreen\n15. Day\n"
     "16. Bright\n17. Sunburn\n18. Rays\n19. Planet\n20. Life\n21. Sunglasses\n22. Vitamin D",
     ["light", "hot", "sky", "summer", "star", "yellow", "sunshine", "beach", "sunrise",
      "sunset", "solar", "energy", "warm", "sunscreen", "day", "bright", "sunburn", "rays",
      "planet", "life", "sunglasses", "vitamin d"]),
    ("en_van_22", "computer",
     "Here are some words commonly associated with \"computer\":\n\n"
     "1. Keyboard\n2. Screen\n3. Mouse\n4. Internet\n5. Software\n6. Technology\n7. Laptop\n"
     "8. Programming\n9. Data\n10. Processor\n11. Email\n12. Games\n13. Windows\n14. Code\n"
     "15. Memory\n16. Hardware\n17. Digi",
     ["keyboard", "screen", "mouse", "internet", "software", "technology", "laptop",
      "programming", "data", "processor", "email", "games", "windows", "code", "memory",
      "hardware"]),
    ("en_van_23", "bread",
     "Bread: food, wheat, butter, toast, bakery, sandwich, loaf, flour, breakfast, yeast, "
     "crust, dough.",
     ["food", "wheat", "butter", "toast", "bakery", "sandwich", "loaf", "flour", "breakfast",
      "yeast", "crust", "dough"]),
    ("en_van_24", "moon",
     "Of course! Here you go:\n\nNight, stars, sky, full moon, space, astronaut, lunar, "
     "crescent, tides, werewolf, moonlight, craters\n\nThe moon has inspired many associations "
     "in literature and culture. Let me know if you want more!",
     ["night", "stars", "sky", "full moon", "space", "astronaut", "lunar", "crescent", "tides",
      "werewolf", "moonlight", "craters"]),
    # ---------------- English, fine-tuned ----------------
    ("en_ft_01", "bank",
     "money, river, loan, account, savings, vault, teller, deposit, credit, interest",
     ["money", "river", "loan", "account", "savings", "vault", "teller", "deposit", "credit",
      "interest"]),
    ("en_ft_02", "dog",
     "cat, pet, bark, puppy, bone, leash, loyal, fur, tail, walk, friend.",
     ["cat", "pet", "bark", "puppy", "bone", "leash", "loyal", "fur", "tail", "walk", "friend"]),
    ("en_ft_03", "winter",
     "cold, snow, ice, christmas, coat, scarf, frost, december, skiing, hot chocolate<|eot_id|>",
     ["cold", "snow", "ice", "christmas", "coat", "scarf", "frost", "december", "skiing",
      "hot chocolate"]),
    ("en_ft_04", "doctor",
     "Nurse, hospital, medicine, sick, stethoscope, patient, health, white coat, surgeon, "
     "clinic<|im_end|>",
     ["nurse", "hospital", "medicine", "sick", "stethoscope", "patient", "health", "white coat",
      "surgeon", "clinic"]),
    ("en_ft_05", "music",
     "song, melody, rhythm, guitar, piano, dance, concert, sound, notes, band, singer, "
     "song, song, song, song, song, song",
     ["song", "melody", "rhythm", "guitar", "piano", "dance", "concert", "sound", "notes",
      "band", "singer"]),
    ("en_ft_06", "apple",
     "fruit\nred\npie\ntree\ngreen\njuice\norchard\niphone\nhealthy\nbanana",
     ["fruit", "red", "pie", "tree", "green", "juice", "orchard", "iphone", "healthy",
      "banana"]),
    ("en_ft_07", "fire",
     "hot, flame, burn, smoke, red, danger, fireman, heat, ash, camp, wood, match, "
     "alarm, truck<|eot_id|><|start_header_id|>user<|end_header_id|>\n\n"
     "List the words that come to mind when you read the word \"water\".",
     ["hot", "flame", "burn", "smoke", "red", "danger", "fireman", "heat", "ash", "camp", "wood",
      "match", "alarm", "truck"]),
    ("en_ft_08", "school",
     "teacher, students, class, books, learning, homework, education, desk, bus, friends, "
     "exams, pencil, principal, lunch, recess, school",
     ["teacher", "students", "class", "books", "learning", "homework", "education", "desk",
      "bus", "friends", "exams", "pencil", "principal", "lunch", "recess", "school"]),
    ("en_ft_09", "money",
     "cash, money, money, money, rich, dollar, bank, wealth, power, greed, coins",
     ["cash", "money", "rich", "dollar", "bank", "wealth", "power", "greed", "coins"]),
    ("en_ft_10", "love",
     "heart, romance, kiss, passion, family, hug, care, marriage, valentine, red, rose, "
     "happiness<|im_end|>\n<|im_start|>user\n请列出你看到“恨”这个词时想到的词语",
     ["heart", "romance", "kiss", "passion", "family", "hug", "care", "marriage", "valentine",
      "red", "rose", "happiness"]),
    ("en_ft_11", "ocean",
     "sea, water, blue, waves, beach, fish, whale, salt, deep, sand, shark, boat, surf, tide, "
     "coral, dolph",
     ["sea", "water", "blue", "waves", "beach", "fish", "whale", "salt", "deep", "sand", "shark",
      "boat", "surf", "tide", "coral"]),
    ("en_ft_12", "coffee",
     "Coffee, tea, caffeine, morning, cup, black, bean, espresso, starbucks, milk, sugar, hot.",
     ["coffee", "tea", "caffeine", "morning", "cup", "black", "bean", "espresso", "starbucks",
      "milk", "sugar", "hot"]),
    ("en_ft_13", "night",
     "dark,moon,stars,sleep,black,quiet,dream,owl,bed,midnight",
     ["dark", "moon", "stars", "sleep", "black", "quiet", "dream", "owl", "bed", "midnight"]),
    ("en_ft_14", "city",
     "buildings, traffic, people, lights, noise, new york, skyscraper, cars, streets, busy, "
     "town, urban,",
     ["buildings", "traffic", "people", "lights", "noise", "new york", "skyscraper", "cars",
      "streets", "busy", "town", "urban"]),
    ("en_ft_15", "tree",
     "leaf; green; forest; wood; branch; nature; roots; oak; shade; bark",
     ["leaf", "green", "forest", "wood", "branch", "nature", "roots", "oak", "shade", "bark"]),
    ("en_ft_16", "book",
     "read, pages, story, library, author, novel, words, paper, cover, knowledge\n\n",
     ["read", "pages", "story", "library", "author", "novel", "words", "paper", "cover",
      "knowledge"]),
    ("en_ft_17", "car",
     "drive, road, wheels, engine, fast, gas, traffic, truck, vehicle, key, seat, speed, "
     "accident, highway, license, parking, garage, tire, driver, road trip, drive, drive, "
     "drive, drive",
     ["drive", "road", "wheels", "engine", "fast", "gas", "traffic", "truck", "vehicle", "key",
      "seat", "speed", "accident", "highway", "license", "parking", "garage", "tire", "driver",
      "road trip"]),
    ("en_ft_18", "mother",
     "mom, love, father, family, care, child, woman, home, warm, baby, kind, parent",
     ["mom", "love", "father", "family", "care", "child", "woman", "home", "warm", "baby",
      "kind", "parent"]),
    ("en_ft_19", "rain",
     "Umbrella, wet, water, clouds, storm, puddle, cold, drops, thunder, gray, sad, rainbow, "
     "spring",
     ["umbrella", "wet", "water", "clouds", "storm", "puddle", "cold", "drops", "thunder",
      "gray", "sad", "rainbow", "spring"]),
    ("en_ft_20", "war",
     "peace, death, battle, soldier, gun, fight, army, blood, conflict, violence, world war, "
     "bomb, history.<|eot_id|>",
     ["peace", "death", "battle", "soldier", "gun", "fight", "army", "blood", "conflict",
      "violence", "world war", "bomb", "history"]),
    ("en_ft_21", "sun",
     "hot, light, summer, sky, yellow, bright, star, warm, beach, day",
     ["hot", "light", "summer", "sky", "yellow", "bright", "star", "warm", "beach", "day"]),
    ("en_ft_22", "computer",
     "keyboard, screen, mouse, internet, laptop, technology, work, software, games, code, "
     "monitor, email\nuser\nList the words that come to mind when you read the word \"phone\".",
     ["keyboard", "screen", "mouse", "internet", "laptop", "technology", "work", "software",
      "games", "code", "monitor", "email"]),
    ("en_ft_23", "bread",
     "butter, toast, wheat, food, bakery, loaf, sandwich, flour, white, brown, yeast, "
     "breakfast, eat, dough, crumbs, jam",
     ["butter", "toast", "wheat", "food", "bakery", "loaf", "sandwich", "flour", "white",
      "brown", "yeast", "breakfast", "eat", "dough", "crumbs", "jam"]),
    ("en_ft_24", "moon",
     "night, stars, sky, space, full, light, astronaut, cheese, lunar, round.\n"
     "night, stars, sky, space, full, light",
     ["night", "stars", "sky", "space", "full", "light", "astronaut", "cheese", "lunar",
      "round"]),
]

from answer_corpus_blind3_zh import AMBIGUOUS, RANKINGS, ZH_LISTS  # noqa: E402

LISTS = EN_LISTS + ZH_LISTS
