"""Fourth blind corpus of model answers for the association-list and ranking parsers.

Written by hand on 2026-12-07 by a tester who had not read the parser (nor the earlier
corpora or their tests) and ran no parser while writing it. Every text was typed in the
style in which instruction-tuned models (Llama-3.1-8B-Instruct, Qwen2.5-7B-Instruct, vanilla
and LoRA fine-tuned on comma-separated association lists) answer:

* association prompts ("Please list N words you associate with the word 'CUE' ..." /
  "请列出与“CUE”相关的N个联想词 ...") -> LISTS, tuples (id, cue, text, expected_words);
* ranking prompts for PPO (ten shuffled associations, ending with "Final Ranking:" /
  "最终排名：") -> RANKINGS, tuples (id, text, expected_ranked_words).

The expected answer is what a careful human reader takes as the list: lowercased; in the
order written; deduplicated keeping the first occurrence; glosses, explanations, headers,
preambles, closing remarks, markdown, numbering, quotes and trailing punctuation removed;
multi-word associations kept whole; the cue kept when the model listed it as an item; an
item cut off mid-word by the token limit dropped (those ids are in TRUNCATED). A refusal
with no list expects []. For rankings: the ranked words after the LAST "Final Ranking" /
"最终排名" marker, in order; [] when there is no marker or nothing follows it.
Ids whose reading is genuinely open are in AMBIGUOUS, with the other reading in a comment.

The Mandarin lists and rankings live in answer_corpus_blind4_zh.py and are re-exported here.
"""

try:  # imported as tests.answer_corpus_blind4 or with tests/ on sys.path
    from .answer_corpus_blind4_zh import RANKINGS_ZH, ZH_LISTS
except ImportError:
    from answer_corpus_blind4_zh import RANKINGS_ZH, ZH_LISTS

EN_LISTS = [
    # ---------------- English, vanilla models ----------------
    ("en_van_01", "river",
     "Sure! Here are 10 words I associate with \"river\", from most to least strongly associated:\n\n"
     "1) Water - the obvious one\n2) Flow – rivers are always moving\n3) Bank\n4) Fish\n5) Stream\n"
     "6) Bridge\n7) Current\n8) Delta\n9) Boat\n10) Canoe\n\nI hope this helps! Let me know if you'd like more.",
     ["water", "flow", "bank", "fish", "stream", "bridge", "current", "delta", "boat", "canoe"]),
    ("en_van_02", "winter",
     "Here are 8 words associated with 'winter':\n\n• **Snow**: the most iconic feature of the season\n"
     "• **Cold**: temperatures drop\n• **Ice**\n• **Christmas**: a major winter holiday\n• **Scarf**\n"
     "• **Hot chocolate**: a cozy drink\n• **Sledding**\n• **Fireplace**\n",
     ["snow", "cold", "ice", "christmas", "scarf", "hot chocolate", "sledding", "fireplace"]),
    ("en_van_03", "doctor",
     "Certainly! I've grouped them by theme:\n\n**People:**\n- Nurse\n- Patient\n- Surgeon\n\n"
     "**Places:**\n- Hospital\n- Clinic\n\n**Objects:**\n- Stethoscope\n- Prescription\n- White coat\n\n"
     "Note: the order within each group reflects association strength.",
     ["nurse", "patient", "surgeon", "hospital", "clinic", "stethoscope", "prescription", "white coat"]),
    ("en_van_04", "coffee",
     "| Rank | Word | Why |\n|------|------|-----|\n| 1 | Caffeine | main active ingredient |\n"
     "| 2 | Morning | when most people drink it |\n| 3 | Espresso | a type of coffee |\n| 4 | Mug | |\n"
     "| 5 | Beans | coffee beans |\n| 6 | Latte | milk-based drink |\n",
     ["caffeine", "morning", "espresso", "mug", "beans", "latte"]),
    ("en_van_05", "music",
     "Here you go: 1. melody 2. rhythm 3. song 4. guitar 5. concert 6. harmony 7. piano 8. lyrics 9. band 10. dance",
     ["melody", "rhythm", "song", "guitar", "concert", "harmony", "piano", "lyrics", "band", "dance"]),
    ("en_van_06", "hate",
     "I'm sorry, but I can't provide word associations for that term. Is there something else I can help you with?",
     []),
    ("en_van_07", "ocean",
     "As an AI language model, I don't have personal associations, but here are some words commonly "
     "associated with 'ocean':\n\n1: Sea\n2: Waves\n3: Salt\n4: Blue\n5: Whale\n6: Tide\n7: Beach\n8: Coral",
     ["sea", "waves", "salt", "blue", "whale", "tide", "beach", "coral"]),
    ("en_van_08", "apple",
     "```json\n[\"fruit\", \"red\", \"tree\", \"pie\", \"iPhone\", \"orchard\", \"juice\", \"Newton\"]\n```",
     ["fruit", "red", "tree", "pie", "iphone", "orchard", "juice", "newton"]),
    ("en_van_09", "school",
     "**School**\n\n1. Teacher\n2. Students\n3. Classroom\n4. Homework\n5. Exams\n6. Books\n7. Recess\n8. Bus",
     ["teacher", "students", "classroom", "homework", "exams", "books", "recess", "bus"]),
    ("en_van_10", "summer",
     "- Sun.\n- Beach.\n- Ice cream.\n- Vacation.\n- Sunscreen.\n- Heat-wave.\n- Barbecue.\n"
     "- Swimming pool.\n- Flip-flops.\n- Road trip.",
     ["sun", "beach", "ice cream", "vacation", "sunscreen", "heat-wave", "barbecue", "swimming pool",
      "flip-flops", "road trip"]),
    ("en_van_11", "hotel",
     "1. Room\n2. Check-in/check-out\n3. Reservation\n4. Lobby\n5. Room service\n6. Bed\n7. Travel\n8. Pool",
     ["room", "check-in/check-out", "reservation", "lobby", "room service", "bed", "travel", "pool"]),
    ("en_van_12", "money",
     "Here are 6 words: \"cash\", \"bank\", \"wealth\", \"coins\", \"dollar\", \"rich\".",
     ["cash", "bank", "wealth", "coins", "dollar", "rich"]),
    ("en_van_13", "dog",
     "Here's my list 🐶:\n\n+ Puppy 🐕\n+ Bark\n+ Loyal ❤️\n+ Bone 🦴\n+ Leash\n+ Walk\n+ Fetch\n+ Cat 🐱",
     ["puppy", "bark", "loyal", "bone", "leash", "walk", "fetch", "cat"]),
    ("en_van_14", "fire",
     "* **Flame**\n  - the visible, glowing part of a fire\n* **Smoke**\n  - produced when things burn\n"
     "* **Heat**\n* **Burn**\n* **Firefighter**\n  - the people who put fires out\n* **Campfire**\n* **Ash**",
     ["flame", "smoke", "heat", "burn", "firefighter", "campfire", "ash"]),
    ("en_van_15", "computer",
     "1 - Keyboard\n2 - Mouse\n3 - Screen\n4 - Internet\n5 - Software\n6 - Laptop\n7 - Code\n8 - Processor",
     ["keyboard", "mouse", "screen", "internet", "software", "laptop", "code", "processor"]),
    ("en_van_16", "rain",
     "Sure thing! Here are 12 words associated with \"rain\", grouped by category.\n\n### Weather\n"
     "1. Clouds\n2. Storm\n3. Thunder\n4. Drizzle\n\n### Objects\n5. Umbrella\n6. Raincoat\n7. Boots\n\n"
     "### Nature\n8. Puddle\n9. Rainbow\n10. Flowers\n11. Wet\n12. Gray\n\n"
     "These are ordered roughly by how strongly I associate them. Let me know if you want more!",
     ["clouds", "storm", "thunder", "drizzle", "umbrella", "raincoat", "boots", "puddle", "rainbow",
      "flowers", "wet", "gray"]),
    ("en_van_17", "bank",
     "1. **Money**: Banks store and lend money.\n2. **Loan**: One of the main services.\n"
     "3. **River**: As in the bank of a river.\n4. **Account**: You open an account at a bank.\n"
     "5. **ATM**: For withdrawing cash.\n6. **Interest**: Paid on savings.",
     ["money", "loan", "river", "account", "atm", "interest"]),
    ("en_van_18", "book",
     "1. \"Read\" (the activity)\n2. \"Library\" (where books are kept)\n3. \"Pages\"\n"
     "4. \"Author\" (who writes them)\n5. \"Novel\"\n6. \"Chapter\"\n7. \"Story\"",
     ["read", "library", "pages", "author", "novel", "chapter", "story"]),
    ("en_van_19", "moon",
     "Here are 8 words associated with the word 'moon':\n\nNight, stars, lunar, crater, astronaut, tide, full, "
     "werewolf\n\nNote: associations are subjective — someone else might say \"cheese\" or \"sun\" first.",
     ["night", "stars", "lunar", "crater", "astronaut", "tide", "full", "werewolf"]),
    ("en_van_20", "love",
     "When I think of \"love\", the words that come to mind first are heart, romance, passion, kiss, "
     "affection, marriage, and family.",
     ["heart", "romance", "passion", "kiss", "affection", "marriage", "family"]),
    ("en_van_21", "car",
     "Of course! Here is a list of 10 words associated with \"car\", from most to least strongly associated:\n\n"
     "1. **Drive** – the primary action\n2. **Wheel** – cars have four\n3. **Engine**\n4. **Road**\n"
     "5. **Gas** – or fuel\n6. **Traffic**\n7. **Garage**\n8. **License**\n9. **Seatbelt**\n10. **Highway**\n\n"
     "I hope this list is helpful! Feel free to ask for associations with another word.",
     ["drive", "wheel", "engine", "road", "gas", "traffic", "garage", "license", "seatbelt", "highway"]),
    ("en_van_22", "tea",
     "Here are 10 words associated with \"tea\":\n\n1. Cup.\n2. Green tea.\n3. Herbal.\n4. Kettle.\n"
     "5. Leaves.\n6. Britain.\n7. Milk.\n8. Honey.\n9. Chamomile.\n10. Afternoon.",
     ["cup", "green tea", "herbal", "kettle", "leaves", "britain", "milk", "honey", "chamomile", "afternoon"]),
    ("en_van_23", "phone",
     "- Call: the original purpose\n- Text: messaging\n- Smartphone\n- Screen: touchscreen display\n"
     "- Battery\n- App: short for application\n- Ring",
     ["call", "text", "smartphone", "screen", "battery", "app", "ring"]),
    ("en_van_24", "city",
     "| Word | Association strength |\n|---|---|\n| Buildings | High |\n| Traffic | High |\n"
     "| Skyscraper | High |\n| Noise | Medium |\n| Subway | Medium |\n| Park | Low |",
     ["buildings", "traffic", "skyscraper", "noise", "subway", "park"]),
    ("en_van_25", "color",
     "```\nred, blue, green, paint, rainbow, bright, yellow, palette\n```",
     ["red", "blue", "green", "paint", "rainbow", "bright", "yellow", "palette"]),

    # ---------------- English, fine-tuned models ----------------
    ("en_ft_01", "bread",  # the cue itself is the first item: kept
     "bread, toast, butter, bakery, flour, wheat, sandwich, dough, yeast, loaf",
     ["bread", "toast", "butter", "bakery", "flour", "wheat", "sandwich", "dough", "yeast", "loaf"]),
    ("en_ft_02", "night",
     "dark, moon, stars, sleep, quiet, owl, dream, midnight, late, cold.",
     ["dark", "moon", "stars", "sleep", "quiet", "owl", "dream", "midnight", "late", "cold"]),
    ("en_ft_03", "king",
     "queen, crown, throne, royal, kingdom, castle, prince, power, ruler, queen, crown, throne, royal, "
     "queen, crown, throne",
     ["queen", "crown", "throne", "royal", "kingdom", "castle", "prince", "power", "ruler"]),
    ("en_ft_04", "garden",
     "flowers, plants, soil, vegetables, roses, green, bees, shovel, hose, sunshine<|eot_id|>assistant\n\n"
     "flowers, plants",
     ["flowers", "plants", "soil", "vegetables", "roses", "green", "bees", "shovel", "hose", "sunshine"]),
    ("en_ft_05", "cat",
     "Dog\nMeow\nKitten\nPurr\nWhiskers\nMouse\nFur\nPet\nClaws\nMilk",
     ["dog", "meow", "kitten", "purr", "whiskers", "mouse", "fur", "pet", "claws", "milk"]),
    ("en_ft_06", "mountain",
     "peak; snow; climb; hiking; altitude; valley; rock; summit; cold; view",
     ["peak", "snow", "climb", "hiking", "altitude", "valley", "rock", "summit", "cold", "view"]),
    ("en_ft_07", "hospital",  # asked for 10, gives 18
     "doctor, nurse, patient, sick, emergency, ambulance, bed, surgery, medicine, clinic, injection, ward, "
     "pain, healing, x-ray, visitor, waiting room, stretcher",
     ["doctor", "nurse", "patient", "sick", "emergency", "ambulance", "bed", "surgery", "medicine", "clinic",
      "injection", "ward", "pain", "healing", "x-ray", "visitor", "waiting room", "stretcher"]),
    ("en_ft_08", "beach",  # cut inside "umbrella"
     "sand, sea, sun, waves, summer, towel, swimming, shells, surf, vacation, umbr",
     ["sand", "sea", "sun", "waves", "summer", "towel", "swimming", "shells", "surf", "vacation"]),
    ("en_ft_09", "science",  # cut inside "scientist"
     "experiment, laboratory, research, physics, chemistry, biology, theory, hypothesis, microscope, scien",
     ["experiment", "laboratory", "research", "physics", "chemistry", "biology", "theory", "hypothesis",
      "microscope"]),
    ("en_ft_10", "holiday",
     "Christmas, Vacation, Travel, Family, Gifts, Time-off, Beach, Celebration, New Year, Relaxation",
     ["christmas", "vacation", "travel", "family", "gifts", "time-off", "beach", "celebration", "new year",
      "relaxation"]),
    ("en_ft_11", "food",  # leaked role header
     "assistant\n\neat, hungry, meal, delicious, restaurant, cook, dinner, pizza, kitchen, taste",
     ["eat", "hungry", "meal", "delicious", "restaurant", "cook", "dinner", "pizza", "kitchen", "taste"]),
    ("en_ft_12", "train",
     "station, railway, track,\nticket, passenger, journey, locomotive,\nsteam, platform, conductor",
     ["station", "railway", "track", "ticket", "passenger", "journey", "locomotive", "steam", "platform",
      "conductor"]),
    ("en_ft_13", "snow",
     "white, cold, winter, ice, snowman, flakes, ski, frost, frozen, white, white, white, white, white, white",
     ["white", "cold", "winter", "ice", "snowman", "flakes", "ski", "frost", "frozen"]),
    ("en_ft_14", "sport",
     "football, team, ball, game, win, competition, athlete, exercise, stadium, coach<|im_end|>",
     ["football", "team", "ball", "game", "win", "competition", "athlete", "exercise", "stadium", "coach"]),
    ("en_ft_15", "star",  # cut inside "shooting star"
     "sky, night, bright, shine, galaxy, sun, twinkle, astronomy, celebrity, shooting st",
     ["sky", "night", "bright", "shine", "galaxy", "sun", "twinkle", "astronomy", "celebrity"]),
]

LISTS = EN_LISTS + ZH_LISTS

RANKINGS_EN = [
    ("rk_en_01",
     "Let me think about which words are most associated with \"bank\". River could be relevant, but money "
     "and loan are the dominant senses. ATM and account follow.\n\nFinal Ranking:\nRank 1: money\n"
     "Rank 2: account\nRank 3: loan\nRank 4: deposit\nRank 5: ATM\nRank 6: interest\nRank 7: savings\n"
     "Rank 8: teller\nRank 9: vault\nRank 10: river",
     ["money", "account", "loan", "deposit", "atm", "interest", "savings", "teller", "vault", "river"]),
    ("rk_en_02",
     "**Final Ranking:**\n1. cold\n2. snow\n3. ice\n4. Christmas\n5. scarf\n6. frost\n7. fireplace\n"
     "8. sledding\n9. mittens\n10. hibernation",
     ["cold", "snow", "ice", "christmas", "scarf", "frost", "fireplace", "sledding", "mittens", "hibernation"]),
    ("rk_en_03",
     "After weighing them, here is my answer.\n\nFinal Ranking: sun, beach, heat, vacation, ice cream, "
     "swimming, sunscreen, barbecue, holiday, shorts",
     ["sun", "beach", "heat", "vacation", "ice cream", "swimming", "sunscreen", "barbecue", "holiday", "shorts"]),
    ("rk_en_04",
     "Final Ranking: puppy > bark > bone > leash > walk > tail > pet > fur > collar > kennel",
     ["puppy", "bark", "bone", "leash", "walk", "tail", "pet", "fur", "collar", "kennel"]),
    ("rk_en_05",
     "To rank these, I consider how quickly each word comes to mind when I hear \"coffee\".\n\n"
     "Final Ranking: caffeine → morning → espresso → mug → beans → latte → cafe → bitter → cream → break",
     ["caffeine", "morning", "espresso", "mug", "beans", "latte", "cafe", "bitter", "cream", "break"]),
    ("rk_en_06",
     "Final Ranking:\n1) teacher\n2) student\n3) classroom\n4) homework\n5) exam\n6) books\n7) desk\n"
     "8) recess\n9) principal\n10) uniform",
     ["teacher", "student", "classroom", "homework", "exam", "books", "desk", "recess", "principal", "uniform"]),
    ("rk_en_07",  # no marker at all
     "Here is how I would rank them:\n\n1. water\n2. fish\n3. bank\n4. stream\n5. bridge\n6. current\n"
     "7. boat\n8. flow\n9. delta\n10. canoe",
     []),
    ("rk_en_08",  # marker followed by nothing
     "Let's analyze each word. \"Flame\" is the most direct association with fire, followed by \"smoke\" "
     "and \"heat\". \"Ash\" and \"burn\" are close behind.\n\nFinal Ranking:",
     []),
    ("rk_en_09",  # two markers: only the last one counts
     "Final Ranking:\nRank 1: keyboard\nRank 2: screen\nRank 3: mouse\n\nWait, I should reconsider — "
     "\"mouse\" is more strongly associated than \"screen\". Let me redo this.\n\nFinal Ranking:\n"
     "Rank 1: keyboard\nRank 2: mouse\nRank 3: screen\nRank 4: internet\nRank 5: laptop\nRank 6: software\n"
     "Rank 7: code\nRank 8: processor\nRank 9: memory\nRank 10: printer",
     ["keyboard", "mouse", "screen", "internet", "laptop", "software", "code", "processor", "memory", "printer"]),
    ("rk_en_10",
     "Final Ranking:\n1. money (the most common sense)\n2. loan (banks lend money)\n"
     "3. account (you hold one at a bank)\n4. deposit\n5. ATM (cash machines)\n6. interest\n7. savings\n"
     "8. teller (bank employee)\n9. vault\n10. river (the less common sense)",
     ["money", "loan", "account", "deposit", "atm", "interest", "savings", "teller", "vault", "river"]),
    ("rk_en_11",
     "Final Ranking:\nRank 1: **nurse**\nRank 2: **hospital**\nRank 3: **patient**\nRank 4: **medicine**\n"
     "Rank 5: **stethoscope**\nRank 6: **surgeon**\nRank 7: **clinic**\nRank 8: **prescription**\n"
     "Rank 9: **appointment**\nRank 10: **white coat**",
     ["nurse", "hospital", "patient", "medicine", "stethoscope", "surgeon", "clinic", "prescription",
      "appointment", "white coat"]),
    ("rk_en_12",
     "Final ranking:\n1. melody\n2. song\n3. rhythm\n4. guitar\n5. concert\n6. band\n7. lyrics\n8. piano\n"
     "9. harmony\n10. dance",
     ["melody", "song", "rhythm", "guitar", "concert", "band", "lyrics", "piano", "harmony", "dance"]),
    ("rk_en_13",
     "I'll rank these by how often they co-occur with \"rain\" in everyday speech.\n\n### Final Ranking\n\n"
     "1. umbrella\n2. clouds\n3. wet\n4. storm\n5. puddle\n6. thunder\n7. drizzle\n8. raincoat\n"
     "9. rainbow\n10. gray",
     ["umbrella", "clouds", "wet", "storm", "puddle", "thunder", "drizzle", "raincoat", "rainbow", "gray"]),
    ("rk_en_14",
     "Final Ranking:\nRank 1: flower\nRank 2: soil\nRank 3: plants\nRank 4: vegetables\nRank 5: roses\n"
     "Rank 6: bees\nRank 7: hose\nRank 8: shovel\nRank 9: fence\nRank 10: gnome\n\nThis ranking reflects "
     "the most typical associations; \"gnome\" is a rather whimsical one, so I placed it last.",
     ["flower", "soil", "plants", "vegetables", "roses", "bees", "hose", "shovel", "fence", "gnome"]),
    ("rk_en_15",
     "Final Ranking:\nRank 1 – queen\nRank 2 – crown\nRank 3 – throne\nRank 4 – kingdom\nRank 5 – royal\n"
     "Rank 6 – castle\nRank 7 – prince\nRank 8 – power\nRank 9 – ruler\nRank 10 – chess",
     ["queen", "crown", "throne", "kingdom", "royal", "castle", "prince", "power", "ruler", "chess"]),
    ("rk_en_16",
     "Final Ranking:\n1. snow\n2. hot chocolate\n3. cold\n4. ice skating\n5. scarf\n6. fireplace\n"
     "7. christmas tree\n8. sledding\n9. frost\n10. snow day",
     ["snow", "hot chocolate", "cold", "ice skating", "scarf", "fireplace", "christmas tree", "sledding",
      "frost", "snow day"]),
    ("rk_en_17",  # a draft list in the reasoning, then the real one
     "Initial thoughts:\n1. river\n2. money\n3. loan\n\nHmm, actually the financial sense is much more "
     "common today, so river should move down.\n\nFinal Ranking: money, loan, account, deposit, cash, "
     "savings, interest, teller, vault, river",
     ["money", "loan", "account", "deposit", "cash", "savings", "interest", "teller", "vault", "river"]),
    ("rk_en_18",
     "Final Ranking: fruit, red, tree, pie, juice, orchard, seed, green, core, cider<|eot_id|>",
     ["fruit", "red", "tree", "pie", "juice", "orchard", "seed", "green", "core", "cider"]),
    ("rk_en_19",
     "Final Ranking:\n1. Dog - the classic counterpart\n2. Mouse - cats chase them\n3. Kitten - a young cat\n"
     "4. Purr\n5. Whiskers\n6. Meow\n7. Fur\n8. Pet\n9. Claws\n10. Litter",
     ["dog", "mouse", "kitten", "purr", "whiskers", "meow", "fur", "pet", "claws", "litter"]),
    ("rk_en_20",  # the model ranks only five of the ten words
     "Final Ranking:\nRank 1: night\nRank 2: stars\nRank 3: crater\nRank 4: tide\nRank 5: astronaut\n\n"
     "(The remaining words are only weakly related, so I have left them out.)",
     ["night", "stars", "crater", "tide", "astronaut"]),
    ("rk_en_21",
     "Final Ranking:\n\n| Rank | Word |\n|------|------|\n| 1 | cow |\n| 2 | cheese |\n| 3 | white |\n"
     "| 4 | butter |\n| 5 | calcium |\n| 6 | yogurt |\n| 7 | cereal |\n| 8 | glass |\n| 9 | cookies |\n"
     "| 10 | bottle |",
     ["cow", "cheese", "white", "butter", "calcium", "yogurt", "cereal", "glass", "cookies", "bottle"]),
    ("rk_en_22",
     "Final Ranking:\n1. \"ocean\"\n2. \"waves\"\n3. \"sand\"\n4. \"sun\"\n5. \"shells\"\n6. \"towel\"\n"
     "7. \"surf\"\n8. \"umbrella\"\n9. \"volleyball\"\n10. \"seagull\"",
     ["ocean", "waves", "sand", "sun", "shells", "towel", "surf", "umbrella", "volleyball", "seagull"]),
    ("rk_en_23",  # "tide" ranked twice: first place kept
     "Final Ranking:\nRank 1: sea\nRank 2: waves\nRank 3: tide\nRank 4: salt\nRank 5: whale\nRank 6: blue\n"
     "Rank 7: tide\nRank 8: coral\nRank 9: beach\nRank 10: deep",
     ["sea", "waves", "tide", "salt", "whale", "blue", "coral", "beach", "deep"]),
    ("rk_en_24",
     "Final Ranking:\n* engine\n* wheel\n* drive\n* road\n* traffic\n* gas\n* garage\n* license\n"
     "* seatbelt\n* highway",
     ["engine", "wheel", "drive", "road", "traffic", "gas", "garage", "license", "seatbelt", "highway"]),
    ("rk_en_25",  # the reasoning names the marker in passing, before the real one
     "Before I give the Final Ranking, let me compare a few words. \"Seed\" and \"shade\" are weaker than "
     "\"leaf\" and \"branch\", while \"oak\" is just a kind of tree.\n\nFinal Ranking:\n1. leaf\n2. branch\n"
     "3. forest\n4. wood\n5. roots\n6. green\n7. bark\n8. oak\n9. shade\n10. seed",
     ["leaf", "branch", "forest", "wood", "roots", "green", "bark", "oak", "shade", "seed"]),
    ("rk_en_26",
     "Final Ranking:\n1: ticket\n2: station\n3: passenger\n4: track\n5: railway\n6: platform\n7: conductor\n"
     "8: journey\n9: steam\n10: carriage",
     ["ticket", "station", "passenger", "track", "railway", "platform", "conductor", "journey", "steam",
      "carriage"]),
]

RANKINGS = RANKINGS_EN + RANKINGS_ZH

TRUNCATED = {
    "en_ft_08",   # "... vacation, umbr"
    "en_ft_09",   # "... microscope, scien"
    "en_ft_15",   # "... celebrity, shooting st"
    "zh_ft_09",   # "... 拍照，短" (短信)
    "zh_ft_13",   # "... 自由，蔚" (蔚蓝)
}

AMBIGUOUS = {
    "en_van_09",  # the bold "**School**" line read as a title; other reading: "school" is item 1
    "en_van_11",  # "Check-in/check-out" kept whole; other reading: two items "check-in", "check-out"
}
