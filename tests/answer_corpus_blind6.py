"""Sixth blind corpus of model answers to the association and ranking prompts.

Written 2026-12-07 by a tester who had not read the parser (align_jax/), the
earlier answer corpora or their tests, and who ran no parser while writing.
The expected answer for each text was written at the same time as the text.

This corpus aims at answers as they really come out of
  * models LoRA-fine-tuned on comma lists (repetition loops, lists running far
    past the requested length, mixed separators, "1.money,2.loan" fusions,
    missing spaces, trailing commas, lists split over lines, "Answer:" /
    "Associations:" / "答案：" prefixes, the cue repeated as first item, quoted
    items, Mandarin "，"/"," mixes, English inside Mandarin, "等。" endings);
  * base models continuing the prompt (invented follow-up Q/A pairs, "###",
    "---", "Q:" and explanation paragraphs after the list);
  * vanilla instruct models (Llama-3.1, Qwen2.5, Mistral, Gemma-2): preambles,
    numbered and bold items, "**Word** (gloss)" / "Word — gloss", Gemma "##"
    headings and "**Note:**" footers, short list + "Explanations:" re-list;
  * rankings from the same sources ("Final Ranking:" / "最终排名：" and many
    variations).

Conventions (what a careful human reader takes as the list): lowercased; in
the order written; deduplicated keeping the first occurrence; glosses,
explanations, scores, headers, preambles, closing remarks, invented follow-up
Q/A pairs, markdown, numbering, quotes and trailing punctuation removed;
multi-word associations kept whole; the cue kept when it is listed as an item;
an item cut mid-word by the token limit dropped (ids in TRUNCATED); a refusal
with no list expects [].  When a short list is followed by an explanation
section that re-lists the same words, the words count once, in the order of
the first list.  Rankings: the ranked words after the LAST "Final Ranking" /
"最终排名" marker that is followed by a ranking (case of the marker and an
ASCII or full-width colon do not matter), in order; [] when there is no
marker; a word outside the ten given words is kept as written.
Readings that are genuinely open are listed in AMBIGUOUS with the other
reading.
"""

try:
    from .answer_corpus_blind6_zh import ZH_LISTS, ZH_RANKINGS
except ImportError:
    from answer_corpus_blind6_zh import ZH_LISTS, ZH_RANKINGS

EN_LISTS = [
    # ---------------- fine-tuned (LoRA SFT on comma lists) ----------------
    ("en_ft_01", "bank",
     "money, bank, " * 20 + "money",
     ["money", "bank"]),
    # loop, then cut inside "fish" by the token limit (TRUNCATED)
    ("en_ft_02", "river",
     "water, stream, boat, fish, bridge, bank, flow, current, "
     + "water, stream, boat, fish, " * 4 + "water, stream, boat, fi",
     ["water", "stream", "boat", "fish", "bridge", "bank", "flow", "current"]),
    # long (30): far past the requested 5-10
    ("en_ft_03", "winter",
     "snow, cold, ice, christmas, scarf, snowman, skiing, december, fireplace, hot chocolate, "
     "gloves, frost, sledding, blizzard, coat, holidays, january, boots, icicles, hibernation, "
     "penguin, north pole, mittens, white, chilly, heater, new year, skating, wool, darkness",
     ["snow", "cold", "ice", "christmas", "scarf", "snowman", "skiing", "december",
      "fireplace", "hot chocolate", "gloves", "frost", "sledding", "blizzard", "coat",
      "holidays", "january", "boots", "icicles", "hibernation", "penguin", "north pole",
      "mittens", "white", "chilly", "heater", "new year", "skating", "wool", "darkness"]),
    ("en_ft_04", "coffee",
     "caffeine, morning, mug、espresso、latte\nbeans\nbarista, cafe, bitter",
     ["caffeine", "morning", "mug", "espresso", "latte", "beans", "barista", "cafe", "bitter"]),
    ("en_ft_05", "doctor",
     "1.nurse,2.hospital,3.medicine,4.stethoscope,5.patient,6.illness,7.white coat,"
     "8.clinic,9.surgery,10.prescription",
     ["nurse", "hospital", "medicine", "stethoscope", "patient", "illness", "white coat",
      "clinic", "surgery", "prescription"]),
    ("en_ft_06", "music",
     "song,melody,guitar,rhythm,concert,piano,band,notes,dance,headphones",
     ["song", "melody", "guitar", "rhythm", "concert", "piano", "band", "notes", "dance",
      "headphones"]),
    ("en_ft_07", "ocean",
     "waves, salt, blue, fish, shark, beach, tide, deep, whale, sand,",
     ["waves", "salt", "blue", "fish", "shark", "beach", "tide", "deep", "whale", "sand"]),
    ("en_ft_08", "school",
     "teacher, students, classroom,\nhomework, books, exams,\nrecess, lunch, bus,\nchalkboard",
     ["teacher", "students", "classroom", "homework", "books", "exams", "recess", "lunch",
      "bus", "chalkboard"]),
    # a second list after a blank line (AMBIGUOUS)
    ("en_ft_09", "dog",
     "bark, puppy, leash, bone, loyal\n\ncat, walk, tail, fetch, pet",
     ["bark", "puppy", "leash", "bone", "loyal", "cat", "walk", "tail", "fetch", "pet"]),
    ("en_ft_10", "apple",
     "Answer: fruit, red, tree, pie, orchard, juice, green, iphone, crunch, core",
     ["fruit", "red", "tree", "pie", "orchard", "juice", "green", "iphone", "crunch", "core"]),
    ("en_ft_11", "fire",
     "Associations: hot, flame, smoke, burn, red, firefighter, heat, ash, danger, campfire",
     ["hot", "flame", "smoke", "burn", "red", "firefighter", "heat", "ash", "danger",
      "campfire"]),
    # the cue repeated as first item: kept
    ("en_ft_12", "bank",
     "bank, money, river, loan, account, teller, vault, deposit, savings, atm",
     ["bank", "money", "river", "loan", "account", "teller", "vault", "deposit", "savings",
      "atm"]),
    ("en_ft_13", "summer",
     '"sun", "beach", "vacation", "heat", "swimming", "ice cream", "sunscreen", "holiday"',
     ["sun", "beach", "vacation", "heat", "swimming", "ice cream", "sunscreen", "holiday"]),
    # numbers are the only separators
    ("en_ft_14", "night",
     "1. dark 2. moon 3. stars 4. sleep 5. owl 6. quiet 7. dream 8. midnight",
     ["dark", "moon", "stars", "sleep", "owl", "quiet", "dream", "midnight"]),
    # long (22), no spaces, trailing comma
    ("en_ft_15", "money",
     "cash,bank,rich,wealth,coins,dollar,gold,greed,salary,savings,budget,credit card,wallet,"
     "investment,debt,tax,loan,economy,power,bills,spending,profit,",
     ["cash", "bank", "rich", "wealth", "coins", "dollar", "gold", "greed", "salary",
      "savings", "budget", "credit card", "wallet", "investment", "debt", "tax", "loan",
      "economy", "power", "bills", "spending", "profit"]),
    # long (25) + cut inside "encyclopedia" (TRUNCATED)
    ("en_ft_16", "book",
     "read, pages, library, story, author, novel, paper, chapter, cover, knowledge, words, "
     "writing, shelf, bookstore, fiction, reading glasses, literature, title, publisher, "
     "bookmark, poetry, study, school, ink, dictionary, encyclo",
     ["read", "pages", "library", "story", "author", "novel", "paper", "chapter", "cover",
      "knowledge", "words", "writing", "shelf", "bookstore", "fiction", "reading glasses",
      "literature", "title", "publisher", "bookmark", "poetry", "study", "school", "ink",
      "dictionary"]),
    ("en_ft_17", "cat",
     "meow, whiskers, purr, " * 3 + "kitten, meow, whiskers, purr, meow, whiskers, purr",
     ["meow", "whiskers", "purr", "kitten"]),
    ("en_ft_18", "rain",
     "umbrella; wet, clouds / thunder, puddle; storm, drops, grey",
     ["umbrella", "wet", "clouds", "thunder", "puddle", "storm", "drops", "grey"]),
    ("en_ft_19", "train",
     "station,tracks,railway,ticket,conductor,locomotive,passenger,steam,platform,journey.",
     ["station", "tracks", "railway", "ticket", "conductor", "locomotive", "passenger",
      "steam", "platform", "journey"]),
    # duplicates differ only in case
    ("en_ft_20", "love",
     "Heart, romance, kiss, heart, Passion, ROMANCE, hug, valentine, Kiss, marriage",
     ["heart", "romance", "kiss", "passion", "hug", "valentine", "marriage"]),
    # long (22), prefix on its own line
    ("en_ft_21", "computer",
     "Associations:\nkeyboard, mouse, screen, laptop, internet, software, code, monitor, CPU, "
     "programming, desktop, windows, email, printer, hardware, memory, data, games, files, "
     "chip, server, network",
     ["keyboard", "mouse", "screen", "laptop", "internet", "software", "code", "monitor",
      "cpu", "programming", "desktop", "windows", "email", "printer", "hardware", "memory",
      "data", "games", "files", "chip", "server", "network"]),
    ("en_ft_22", "house",
     "home, family, roof, door, garden, kitchen, window, ...",
     ["home", "family", "roof", "door", "garden", "kitchen", "window"]),
    ("en_ft_23", "guitar",
     "strings, rock, music, band, rock'n'roll, amp, pick, chords, solo, acoustic",
     ["strings", "rock", "music", "band", "rock'n'roll", "amp", "pick", "chords", "solo",
      "acoustic"]),
    # the "Answer:" line itself loops
    ("en_ft_24", "tea",
     "Answer: green tea, cup, leaves, kettle, england, milk, sugar, herbal, chai, biscuits\n"
     "Answer: green tea, cup, leaves, kettle",
     ["green tea", "cup", "leaves", "kettle", "england", "milk", "sugar", "herbal", "chai",
      "biscuits"]),
    # long (24): drifts away from the cue but every item is still written as an association
    ("en_ft_25", "star",
     "sky, night, shine, bright, sun, galaxy, twinkle, universe, astronomy, celebrity, "
     "hollywood, fame, movie, actor, award, oscar, red carpet, paparazzi, camera, photo, "
     "selfie, phone, apps, internet",
     ["sky", "night", "shine", "bright", "sun", "galaxy", "twinkle", "universe", "astronomy",
      "celebrity", "hollywood", "fame", "movie", "actor", "award", "oscar", "red carpet",
      "paparazzi", "camera", "photo", "selfie", "phone", "apps", "internet"]),

    # ---------------- base models continuing the prompt ----------------
    ("en_van_01", "tree",
     " leaf, branch, forest, wood, root, shade, bark, oak\n\nWord: car\n"
     "Answer: wheel, road, drive, engine, speed\n\nWord: sun\nAnswer: hot, light, sky",
     ["leaf", "branch", "forest", "wood", "root", "shade", "bark", "oak"]),
    ("en_van_02", "bank",
     "Answer: money, river, loan, vault, teller, account, interest, robbery\n"
     "Q: List the words that come to mind when you read the word \"tree\". Give between 5 and "
     "10 words, separated by commas, the most strongly associated first.\n"
     "Answer: leaf, branch, forest, green, wood",
     ["money", "river", "loan", "vault", "teller", "account", "interest", "robbery"]),
    ("en_van_03", "moon",
     "night, stars, space, astronaut, crescent, tide, werewolf, full moon, lunar, apollo\n\n"
     "The moon is most strongly associated with the night sky, which is why night and stars "
     "come first. Astronaut and Apollo relate to the 1969 landing, while tide reflects the "
     "moon's pull on the oceans, and werewolf comes from folklore.",
     ["night", "stars", "space", "astronaut", "crescent", "tide", "werewolf", "full moon",
      "lunar", "apollo"]),
    ("en_van_04", "snow",
     "cold, white, winter, snowman, flakes, ski, ice, sled\n\nQ: What about \"rain\"?\n"
     "A: wet, umbrella, clouds",
     ["cold", "white", "winter", "snowman", "flakes", "ski", "ice", "sled"]),
    ("en_van_05", "phone",
     "call, text, smartphone, screen, apps, ring, battery, contact, mobile, message\n"
     "### Instruction:\nList the words that come to mind when you read the word \"table\".",
     ["call", "text", "smartphone", "screen", "apps", "ring", "battery", "contact", "mobile",
      "message"]),
    ("en_van_06", "garden",
     "flowers, plants, soil, vegetables, roses, watering can, bees, hose, weeds, seeds\n---\n"
     "Note: these associations may vary from person to person.",
     ["flowers", "plants", "soil", "vegetables", "roses", "watering can", "bees", "hose",
      "weeds", "seeds"]),
    # "Free association: house ->" prompt; the chain drifts (AMBIGUOUS)
    ("en_van_21", "house",
     " home -> family -> love -> heart -> blood -> red -> fire -> hot\n"
     "Free association: cat -> dog -> bone",
     ["home", "family", "love", "heart", "blood", "red", "fire", "hot"]),
    # long (20), survey-style proportions after each word
    ("en_van_22", "bank",
     "money (0.41), account (0.22), loan (0.10), river (0.06), teller (0.04), vault (0.03), "
     "savings (0.02), deposit (0.02), robbery (0.01), interest (0.01), credit (0.01), "
     "atm (0.01), check (0.01), branch (0.01), cash (0.01), mortgage (0.01), manager (0.01), "
     "building (0.01), statement (0.01), fee (0.01)",
     ["money", "account", "loan", "river", "teller", "vault", "savings", "deposit", "robbery",
      "interest", "credit", "atm", "check", "branch", "cash", "mortgage", "manager",
      "building", "statement", "fee"]),

    # ---------------- vanilla instruct models ----------------
    ("en_van_07", "bank",
     "Here are 10 words associated with \"bank\", in order of association strength:\n\n"
     "money, account, loan, deposit, teller, vault, interest, savings, credit, river",
     ["money", "account", "loan", "deposit", "teller", "vault", "interest", "savings",
      "credit", "river"]),
    ("en_van_08", "money",
     "Sure! Here are the words that come to mind for \"money\":\n\n1. **Cash**\n2. **Wealth**\n"
     "3. **Bank**\n4. **Currency**\n5. **Savings**\n6. **Income**\n7. **Coins**\n"
     "8. **Investment**",
     ["cash", "wealth", "bank", "currency", "savings", "income", "coins", "investment"]),
    ("en_van_09", "doctor",
     "1. **Hospital** (where doctors work)\n2. **Nurse** (works alongside doctors)\n"
     "3. **Stethoscope** (the classic doctor's tool)\n4. **Patient** (the person being treated)\n"
     "5. **Medicine** (what doctors prescribe)\n6. **Diagnosis** (identifying an illness)\n"
     "7. **Surgery** (an operation)\n8. **White coat** (the doctor's uniform)",
     ["hospital", "nurse", "stethoscope", "patient", "medicine", "diagnosis", "surgery",
      "white coat"]),
    ("en_van_10", "coffee",
     "1. Caffeine — the stimulant in coffee\n2. Morning — when most people drink it\n"
     "3. Espresso — a concentrated form of coffee\n4. Mug — what you drink it from\n"
     "5. Beans — coffee comes from roasted beans\n6. Latte — espresso with steamed milk\n"
     "7. Barista — the person who makes it\n8. Aroma — the smell of freshly brewed coffee",
     ["caffeine", "morning", "espresso", "mug", "beans", "latte", "barista", "aroma"]),
    ("en_van_11", "ocean",
     "You asked me to list between 5 and 10 words that come to mind when reading the word "
     "\"ocean\", most strongly associated first. Here they are:\n\n"
     "waves, sea, blue, water, beach, fish, salt, whale, tide, deep",
     ["waves", "sea", "blue", "water", "beach", "fish", "salt", "whale", "tide", "deep"]),
    ("en_van_12", "bank",
     "## Associations for 'bank'\n\n* **Money**\n* **Account**\n* **Loan**\n* **Teller**\n"
     "* **Vault**\n* **River**\n* **Savings**\n\n**Note:** The word \"bank\" has multiple "
     "meanings, so associations may include both financial and geographical terms.",
     ["money", "account", "loan", "teller", "vault", "river", "savings"]),
    # short list, then "Explanations:" re-lists the words in another order
    ("en_van_13", "forest",
     "trees, woods, green, hiking, animals, deer, camping, nature\n\nExplanations:\n"
     "1. Trees – a forest is made of trees.\n2. Woods – a near synonym for forest.\n"
     "3. Nature – forests are the image of untouched nature.\n4. Green – the dominant colour.\n"
     "5. Hiking – a common forest activity.\n6. Deer – typical forest animals.\n"
     "7. Animals – forests are full of wildlife.\n8. Camping – people camp in forests.",
     ["trees", "woods", "green", "hiking", "animals", "deer", "camping", "nature"]),
    ("en_van_14", "sun",
     "Here are my associations:\n\n**Sunshine**, **Heat**, **Light**, **Summer**, **Beach**, "
     "**Sky**, **Star**, **Warmth**, **Sunscreen**, **Solar**",
     ["sunshine", "heat", "light", "summer", "beach", "sky", "star", "warmth", "sunscreen",
      "solar"]),
    # long (25), numbered, preamble and closing remark
    ("en_van_15", "city",
     "Here are 25 words I associate with \"city\", from strongest to weakest:\n\n"
     "1. Buildings\n2. Streets\n3. Traffic\n4. Skyscrapers\n5. People\n6. Noise\n7. Lights\n"
     "8. Downtown\n9. Subway\n10. Shops\n11. Restaurants\n12. Apartments\n13. Crowds\n"
     "14. Taxi\n15. Parks\n16. Pollution\n17. Nightlife\n18. Offices\n19. Bus\n20. Bridges\n"
     "21. Museums\n22. Concrete\n23. Neighborhood\n24. Skyline\n25. Urban\n\n"
     "I hope this list is useful for your research!",
     ["buildings", "streets", "traffic", "skyscrapers", "people", "noise", "lights",
      "downtown", "subway", "shops", "restaurants", "apartments", "crowds", "taxi", "parks",
      "pollution", "nightlife", "offices", "bus", "bridges", "museums", "concrete",
      "neighborhood", "skyline", "urban"]),
    # Gemma: labelled groups under a heading
    ("en_van_16", "music",
     "## Associations for 'music'\n\n**Strongest:** melody, song, rhythm\n"
     "**Also:** concert, guitar, dance, band, headphones\n\n"
     "**Note:** Music is a very personal experience, so everyone's associations will differ.",
     ["melody", "song", "rhythm", "concert", "guitar", "dance", "band", "headphones"]),
    ("en_van_17", "fortune",
     "Sure! Here are some words that come to mind:\n\n"
     "Money, Wealth, Rich, Gold, Treasure, Luck, Coins, Cash, Success, Power\n\n"
     "Money is the most obvious association, followed by wealth and being rich. Gold and "
     "treasure evoke the image of a pirate's fortune, while luck relates to fortune telling.",
     ["money", "wealth", "rich", "gold", "treasure", "luck", "coins", "cash", "success",
      "power"]),
    # long (24)
    ("en_van_18", "food",
     "Certainly! Here are 24 words that come to mind when I read \"food\":\n\n"
     "eat, hungry, meal, cooking, restaurant, dinner, lunch, breakfast, kitchen, taste, "
     "delicious, pizza, bread, fruit, vegetables, meat, rice, snack, recipe, chef, nutrition, "
     "plate, grocery, dessert",
     ["eat", "hungry", "meal", "cooking", "restaurant", "dinner", "lunch", "breakfast",
      "kitchen", "taste", "delicious", "pizza", "bread", "fruit", "vegetables", "meat", "rice",
      "snack", "recipe", "chef", "nutrition", "plate", "grocery", "dessert"]),
    ("en_van_19", "gun",
     "I can't provide a list of associations for that word. Is there something else I can "
     "help you with?",
     []),
    # "Give your first 5 associations to light." prompt
    ("en_van_20", "light",
     "My first 5 associations to \"light\": 1) bright 2) lamp 3) sun 4) dark 5) bulb",
     ["bright", "lamp", "sun", "dark", "bulb"]),
    # long (24), multi-word items, one containing the cue
    ("en_van_23", "christmas",
     "Here are some words associated with \"Christmas\", most strongly associated first:\n\n"
     "Santa Claus, presents, Christmas tree, snow, December, family, reindeer, lights, carols, "
     "stockings, gingerbread, hot chocolate, mistletoe, ornaments, elves, holiday, turkey, "
     "wreath, candy cane, chimney, sleigh, church, Jesus, nativity",
     ["santa claus", "presents", "christmas tree", "snow", "december", "family", "reindeer",
      "lights", "carols", "stockings", "gingerbread", "hot chocolate", "mistletoe",
      "ornaments", "elves", "holiday", "turkey", "wreath", "candy cane", "chimney", "sleigh",
      "church", "jesus", "nativity"]),
    # glosses in parentheses that themselves contain commas (AMBIGUOUS)
    ("en_van_24", "bank",
     "Money (cash, coins, notes), Loan, Account, Interest (rates, savings), Teller, Vault, River",
     ["money", "loan", "account", "interest", "teller", "vault", "river"]),
    # the list is inside a sentence, with "and" before the last item
    ("en_van_25", "bank",
     "When I read \"bank\", I think of money, loans, accounts, tellers, vaults, and savings.",
     ["money", "loans", "accounts", "tellers", "vaults", "savings"]),
    ("en_van_26", "tree",
     "## Associations for 'tree'\n\n- **Leaves:** the most visible part of a tree\n"
     "- **Forest:** many trees together\n- **Branches**\n- **Roots:** anchor the tree\n"
     "- **Wood**\n- **Oxygen:** trees produce it\n\n"
     "**Note:** I have listed these from the strongest to the weakest association.",
     ["leaves", "forest", "branches", "roots", "wood", "oxygen"]),
    # "Please list 10 words you associate with "beach"" prompt
    ("en_van_27", "beach",
     "1. Sand\n2. Sun\n3. Waves\n4. Ocean\n5. Vacation\n6. Swimming\n7. Towel\n8. Shells\n"
     "9. Umbrella\n10. Volleyball",
     ["sand", "sun", "waves", "ocean", "vacation", "swimming", "towel", "shells", "umbrella",
      "volleyball"]),
]

LISTS = EN_LISTS + ZH_LISTS

# cue bank, the ten given words:
# money loan account river vault teller deposit interest robbery savings
_A = ["money", "account", "deposit", "loan", "savings", "interest", "teller", "vault",
      "robbery", "river"]
_C = ["money", "account", "loan", "deposit", "savings", "interest", "teller", "vault",
      "robbery", "river"]

EN_RANKINGS = [
    ("rk_en_01",
     "Final Ranking: money, account, deposit, loan, savings, interest, teller, vault, robbery, river",
     list(_A)),
    # the explanation names the words in another order before the marker
    ("rk_en_02",
     "Let me think about how strongly each word relates to \"bank\". River refers to a "
     "different sense of the word, so it is weakest. Robbery and vault relate to security. "
     "Teller is the person you meet at a bank. Interest, savings, loan and deposit are core "
     "banking products, and money and account are central.\n\n"
     "Final Ranking: money, account, loan, deposit, savings, interest, teller, vault, robbery, river",
     list(_C)),
    ("rk_en_03",
     "**Final Ranking:** money, account, deposit, loan, savings, interest, teller, vault, "
     "robbery, river",
     list(_A)),
    ("rk_en_04",
     "Here is my ranking based on how closely each word relates to the cue.\n\n"
     "Final Ranking:\n1. money\n2. account\n3. loan\n4. deposit\n5. savings\n6. interest\n"
     "7. vault\n8. teller\n9. robbery\n10. river",
     ["money", "account", "loan", "deposit", "savings", "interest", "vault", "teller",
      "robbery", "river"]),
    ("rk_en_05",
     "Final Ranking:\nRank 1: money\nRank 2: account\nRank 3: deposit\nRank 4: savings\n"
     "Rank 5: loan\nRank 6: interest\nRank 7: teller\nRank 8: vault\nRank 9: robbery\n"
     "Rank 10: river",
     ["money", "account", "deposit", "savings", "loan", "interest", "teller", "vault",
      "robbery", "river"]),
    ("rk_en_06",
     "Final Ranking:\n1. money - the primary thing banks handle\n2. account – every customer "
     "has one\n3. deposit - putting money in\n4. loan – borrowing from the bank\n"
     "5. savings - money kept in the bank\n6. interest – earned on savings\n"
     "7. teller - bank employee\n8. vault - where money is stored\n"
     "9. robbery - a crime against banks\n10. river - the other meaning of bank",
     list(_A)),
    ("rk_en_07",
     "Final Ranking: money, account, deposit, loan, savings, interest, teller, vault, robbery, "
     "river\n\nThis ranking reflects the financial sense of the word as the dominant one, with "
     "the riverbank sense last.",
     list(_A)),
    # revised: the second (last) ranking counts
    ("rk_en_08",
     "Final Ranking: money, loan, account, deposit, savings, interest, vault, teller, robbery, "
     "river\n\nWait, on reflection, account is more central than loan, and teller is more "
     "familiar than vault.\n\n"
     "Final Ranking: money, account, loan, deposit, savings, interest, teller, vault, robbery, river",
     list(_C)),
    # the last mention of "Final Ranking" is not followed by a ranking
    ("rk_en_09",
     "Final Ranking: money, account, deposit, savings, loan, interest, teller, vault, robbery, "
     "river\n\nI hope this Final Ranking is helpful for your study.",
     ["money", "account", "deposit", "savings", "loan", "interest", "teller", "vault",
      "robbery", "river"]),
    ("rk_en_10",
     "Final Ranking: money, account, loan, deposit, savings, teller",
     ["money", "account", "loan", "deposit", "savings", "teller"]),
    # "credit" is not among the ten given words (AMBIGUOUS)
    ("rk_en_11",
     "Final Ranking: money, account, loan, credit, deposit, savings, teller, vault, interest, "
     "robbery, river",
     ["money", "account", "loan", "credit", "deposit", "savings", "teller", "vault",
      "interest", "robbery", "river"]),
    ("rk_en_12",
     "Final Ranking: 1st: money, 2nd: account, 3rd: loan, 4th: deposit, 5th: savings, "
     "6th: interest, 7th: teller, 8th: vault, 9th: robbery, 10th: river",
     list(_C)),
    ("rk_en_13",
     "Final Ranking:\nmoney (most associated)\naccount\ndeposit\nloan\nsavings\ninterest\n"
     "teller\nvault\nrobbery\nriver (least associated)",
     list(_A)),
    # no marker at all
    ("rk_en_14",
     "I would rank them as follows, from most to least associated: money, account, loan, "
     "deposit, savings, interest, teller, vault, robbery, river.",
     []),
    ("rk_en_15",
     "Final ranking: money, account, deposit, loan, savings, interest, vault, teller, robbery, "
     "river",
     ["money", "account", "deposit", "loan", "savings", "interest", "vault", "teller",
      "robbery", "river"]),
    ("rk_en_16",
     "Final Ranking: money > account > loan > deposit > savings > interest > teller > vault > "
     "robbery > river",
     list(_C)),
    ("rk_en_17",
     "To rank these words, I considered how often each appears together with \"bank\" in "
     "everyday language.\n\n**Final Ranking:**\n\n1. **Money**\n2. **Account**\n3. **Deposit**\n"
     "4. **Loan**\n5. **Savings**\n6. **Interest**\n7. **Teller**\n8. **Vault**\n"
     "9. **Robbery**\n10. **River**",
     list(_A)),
    ("rk_en_18",
     'Final Ranking: "money", "account", "loan", "deposit", "savings", "interest", "teller", '
     '"vault", "robbery", "river"',
     list(_C)),
    # parenthetical glosses that contain commas and words of the list
    ("rk_en_19",
     "Final Ranking: money (core function), account (where money is kept), loan, deposit, "
     "savings, interest (paid on loans, earned on savings), teller, vault, robbery, "
     "river (different sense).",
     list(_C)),
    # cue winter, multi-word item
    ("rk_en_20",
     "Final Ranking: snow, cold, ice, snowman, christmas, scarf, december, skiing, fireplace, "
     "hot chocolate",
     ["snow", "cold", "ice", "snowman", "christmas", "scarf", "december", "skiing",
      "fireplace", "hot chocolate"]),
    # the marker words appear in the reasoning before the real marker
    ("rk_en_21",
     "Before giving my Final Ranking, let me consider each word. Snow is the defining feature "
     "of winter; hot chocolate is a pleasant but weaker link.\n\n"
     "Final Ranking: snow, cold, ice, christmas, snowman, december, scarf, skiing, "
     "hot chocolate, fireplace",
     ["snow", "cold", "ice", "christmas", "snowman", "december", "scarf", "skiing",
      "hot chocolate", "fireplace"]),
    ("rk_en_22",
     "FINAL RANKING: money, account, deposit, loan, savings, interest, teller, vault, robbery, "
     "river",
     list(_A)),
    ("rk_en_23",
     "Final Ranking:\nRank 1: Money (the essence of banking)\nRank 2: Account\nRank 3: Loan\n"
     "Rank 4: Deposit\nRank 5: Savings\nRank 6: Interest\nRank 7: Teller\nRank 8: Vault\n"
     "Rank 9: Robbery\nRank 10: River",
     list(_C)),
    ("rk_en_24",
     "Final Ranking:\nmoney, account, deposit,\nloan, savings, interest,\n"
     "teller, vault, robbery, river\nLet me know if you'd like me to explain any choice.",
     list(_A)),
    # base model invents a second task after its answer (AMBIGUOUS)
    ("rk_en_25",
     "Final Ranking: money, account, loan, deposit, savings, interest, teller, vault, robbery, "
     "river\n\nCue: tree\nWords: leaf, branch, root, bark, forest, wood, oak, shade, nest, "
     "apple\nFinal Ranking: leaf, branch, forest, wood, root, bark, oak, shade, nest, apple",
     list(_C)),
]

RANKINGS = EN_RANKINGS + ZH_RANKINGS

# Lists cut mid-word by the token limit; the fragment is not expected.
TRUNCATED = {
    "en_ft_02",   # "... water, stream, boat, fi"
    "en_ft_16",   # "... dictionary, encyclo"
    "zh_ft_13",   # "... CT，ICU，核磁共" (核磁共振)
    "zh_ft_21",   # loop ending "... 饭菜，唠" (唠叨)
}

AMBIGUOUS = {
    # Second list after a blank line: taken as more associations by the same
    # model; the other reading keeps only the first line (5 words).
    "en_ft_09",
    # Chain "home -> family -> love -> ...": every link is written, so all are
    # kept; the other reading keeps only direct associations of "house"
    # (home, family) or only the first item.
    "en_van_21",
    # "Money (cash, coins, notes), ... Interest (rates, savings)": the
    # parentheses read as glosses; the other reading also takes cash, coins,
    # notes, rates, savings as associations, in place.
    "en_van_24",
    # "credit" is not among the ten words given for ranking; kept as written.
    # The other reading drops words outside the given ten.
    "rk_en_11",
    # Base model answers, then invents "Cue: tree ... Final Ranking: leaf, ...".
    # Expected is the human reading (the answer to OUR prompt, the first
    # ranking); the literal "last marker" rule would give the tree ranking.
    "rk_en_25",
    # "现金" is not among the ten given words; kept as written (see rk_en_11).
    "rk_zh_13",
}
