"""Fifth blind corpus of model answers for the association and ranking parsers.

Written by hand on 2026-12-07 by a tester who had NOT read the parser
(align_jax/eval/...), the earlier corpora (tests/answer_corpus*.py) or their
tests (tests/test_eval_answers*.py), and who did not run any parser while
writing it. Every text is typed to look like what Llama-3.1-8B-Instruct,
Qwen2.5-7B-Instruct (vanilla, and after LoRA fine-tuning on comma lists) or
other common chat models (Mistral, Gemma, GPT-style) answer to the project's
association prompt (with a one-shot example prepended), to the other usual
prompt styles ("Give 10 free associations to the word X", "What are the first
words that come to your mind when you hear X?", 'Please list N words you
associate with "X"'), and to the PPO ranking prompt that ends with a
"Final Ranking:" / "最终排名：" line (or the ALIGN "Rank 1: word" style).

The Mandarin lists and Mandarin rankings live in answer_corpus_blind5_zh.py
and are re-exported here.

Conventions for the expected answers (what a careful human reader takes):
* lists: lowercased; in the order written; deduplicated keeping the first
  occurrence; glosses, explanations, counts/scores, confidence labels,
  headers, preambles, closing remarks, markdown, numbering/bullets/emoji
  bullets, quotes and trailing punctuation removed; multi-word associations
  kept whole ("hot chocolate"); the cue itself kept when listed as an item;
  an item cut off mid-word by the token limit dropped (those ids are in
  TRUNCATED); a refusal with no list gives [].
* Echoes of the prompt or of the one-shot example: the list that answers the
  actual cue is taken; a hallucinated next user turn (and anything after it)
  is not part of the answer.
* Articles are NOT stripped ("the sea" stays "the sea"); see AMBIGUOUS.
* Traditional characters are kept as written (no conversion).
* rankings: the ranked words after the LAST "Final Ranking" / "最终排名"
  marker that is actually followed by a ranking, in order, lowercased,
  deduplicated; as many words as are written there (fewer or more than 10);
  [] when there is no marker at all.
"""

try:
    from .answer_corpus_blind5_zh import (
        ZH_AMBIGUOUS,
        ZH_LISTS,
        ZH_RANKINGS,
        ZH_TRUNCATED,
    )
except ImportError:
    from answer_corpus_blind5_zh import (
        ZH_AMBIGUOUS,
        ZH_LISTS,
        ZH_RANKINGS,
        ZH_TRUNCATED,
    )


EN_LISTS = [
    # --- echoes of the prompt / one-shot example -------------------------
    ("en_van_01", "bank",
     "Word: bank\nAssociations: money, river, loan, account, teller, vault, deposit, savings",
     ["money", "river", "loan", "account", "teller", "vault", "deposit", "savings"]),
    ("en_van_02", "bank",
     "bank: money, river, loan, ATM, interest, mortgage, branch",
     ["money", "river", "loan", "atm", "interest", "mortgage", "branch"]),
    ("en_van_03", "dog",
     'For the word "dog": cat, bone, leash, bark, puppy, loyal, walk, tail, fur, friend',
     ["cat", "bone", "leash", "bark", "puppy", "loyal", "walk", "tail", "fur", "friend"]),
    # one-shot example repeated first, then the real answer under a new "Word:"
    ("en_van_04", "ocean",
     "Word: apple\nAssociations: fruit, red, tree, pie, orchard\n\n"
     "Word: ocean\nAssociations: sea, waves, blue, salt, fish, beach, deep, whale",
     ["sea", "waves", "blue", "salt", "fish", "beach", "deep", "whale"]),
    # the model goes on to invent the next user turn
    ("en_van_05", "winter",
     "snow, cold, ice, Christmas, skiing, scarf, fireplace, hot chocolate, December, frost\n\n"
     'User: List the words that come to mind when you read the word "summer".\n'
     "Assistant: sun, beach, heat",
     ["snow", "cold", "ice", "christmas", "skiing", "scarf", "fireplace", "hot chocolate",
      "december", "frost"]),
    # --- long lists --------------------------------------------------------
    ("en_ft_06", "music",
     "song, melody, rhythm, guitar, piano, concert, band, singer, notes, drums, harmony, "
     "lyrics, dance, radio, headphones, violin, orchestra, jazz, rock, pop, beat, tempo, "
     "album, choir, symphony, chord, bass, microphone, stage, playlist",
     ["song", "melody", "rhythm", "guitar", "piano", "concert", "band", "singer", "notes",
      "drums", "harmony", "lyrics", "dance", "radio", "headphones", "violin", "orchestra",
      "jazz", "rock", "pop", "beat", "tempo", "album", "choir", "symphony", "chord", "bass",
      "microphone", "stage", "playlist"]),
    ("en_van_07", "city",
     'Here are 40 words associated with "city":\n\n'
     "1. buildings\n2. traffic\n3. streets\n4. skyscrapers\n5. people\n6. noise\n7. lights\n"
     "8. cars\n9. buses\n10. subway\n11. apartments\n12. shops\n13. restaurants\n14. parks\n"
     "15. crowds\n16. pollution\n17. downtown\n18. taxis\n19. bridges\n20. sidewalks\n"
     "21. offices\n22. museums\n23. nightlife\n24. neighborhoods\n25. concrete\n26. urban\n"
     "27. metropolis\n28. population\n29. commute\n30. skyline\n31. cafes\n32. theaters\n"
     "33. billboards\n34. trains\n35. hotels\n36. markets\n37. crime\n38. architecture\n"
     "39. suburbs\n40. police\n\n"
     "These cover the physical, social and economic sides of city life.",
     ["buildings", "traffic", "streets", "skyscrapers", "people", "noise", "lights", "cars",
      "buses", "subway", "apartments", "shops", "restaurants", "parks", "crowds", "pollution",
      "downtown", "taxis", "bridges", "sidewalks", "offices", "museums", "nightlife",
      "neighborhoods", "concrete", "urban", "metropolis", "population", "commute", "skyline",
      "cafes", "theaters", "billboards", "trains", "hotels", "markets", "crime",
      "architecture", "suburbs", "police"]),
    # numbered across category groups (numbering continues)
    ("en_van_08", "hospital",
     'Here are some associations for "hospital", grouped by theme:\n\n'
     "**People**\n1. doctor\n2. nurse\n3. patient\n4. surgeon\n\n"
     "**Places**\n5. emergency room\n6. ward\n7. operating room\n\n"
     "**Things**\n8. stethoscope\n9. medicine\n10. bed\n11. ambulance\n\n"
     "**Feelings**\n12. fear\n13. healing\n14. hope",
     ["doctor", "nurse", "patient", "surgeon", "emergency room", "ward", "operating room",
      "stethoscope", "medicine", "bed", "ambulance", "fear", "healing", "hope"]),
    # numbered in groups, numbering restarts per group
    ("en_van_09", "kitchen",
     "### Appliances\n1. oven\n2. fridge\n3. microwave\n\n"
     "### Tools\n1. knife\n2. spoon\n3. pan\n\n"
     "### Activities\n1. cooking\n2. baking\n3. washing dishes",
     ["oven", "fridge", "microwave", "knife", "spoon", "pan", "cooking", "baking",
      "washing dishes"]),
    # --- counts, scores, labels --------------------------------------------
    ("en_ft_10", "bank",
     "money (35), river (12), loan (8), account (6), teller (3), vault (2)",
     ["money", "river", "loan", "account", "teller", "vault"]),
    ("en_van_11", "bank",
     "Word – association strength\n\n"
     "money – 0.35\nriver – 0.12\nsavings – 0.08\ninterest – 0.05\nrobbery – 0.02",
     ["money", "river", "savings", "interest", "robbery"]),
    ("en_van_12", "coffee",
     "1. caffeine 35%\n2. morning 20%\n3. cup 12%\n4. espresso 9%\n5. bean 7%\n6. tea 5%",
     ["caffeine", "morning", "cup", "espresso", "bean", "tea"]),
    ("en_van_13", "fire",
     "1. flame [strong]\n2. heat [strong]\n3. smoke [strong]\n4. firefighter [medium]\n"
     "5. camp [medium]\n6. danger [weak]",
     ["flame", "heat", "smoke", "firefighter", "camp", "danger"]),
    # --- emoji bullets, checkmarks, arrows ---------------------------------
    ("en_van_14", "ocean",
     "🌊 waves\n🐟 fish\n🏖️ beach\n🐋 whale\n🧂 salt\n⛵ sailing\n💙 blue",
     ["waves", "fish", "beach", "whale", "salt", "sailing", "blue"]),
    ("en_van_15", "exam",
     "✔ test\n✔ study\n✔ grades\n➡ stress\n➡ pencil\n→ pass\n→ fail",
     ["test", "study", "grades", "stress", "pencil", "pass", "fail"]),
    # --- unusual enumeration -----------------------------------------------
    ("en_van_16", "tree",
     "1 leaves\n2 branches\n3 roots\n4 forest\n5 wood\n6 green\n7 shade\n8 bark",
     ["leaves", "branches", "roots", "forest", "wood", "green", "shade", "bark"]),
    ("en_van_17", "summer",
     "1\tsun\n2\theat\n3\tbeach\n4\tvacation\n5\tice cream\n6\tswimming",
     ["sun", "heat", "beach", "vacation", "ice cream", "swimming"]),
    ("en_van_18", "school",
     "a. teacher\nb. students\nc. classroom\nd. homework\ne. books\nf. exams\ng. recess",
     ["teacher", "students", "classroom", "homework", "books", "exams", "recess"]),
    ("en_van_19", "doctor",
     "A) nurse\nB) hospital\nC) medicine\nD) stethoscope\nE) patient\nF) white coat",
     ["nurse", "hospital", "medicine", "stethoscope", "patient", "white coat"]),
    ("en_van_20", "king",
     "i. queen\nii. crown\niii. throne\niv. castle\nv. royalty\nvi. kingdom\nvii. power\n"
     "viii. ruler\nix. knight\nx. palace",
     ["queen", "crown", "throne", "castle", "royalty", "kingdom", "power", "ruler", "knight",
      "palace"]),
    ("en_van_21", "war",
     "I. battle\nII. soldiers\nIII. weapons\nIV. peace\nV. death\nVI. history\nVII. tanks",
     ["battle", "soldiers", "weapons", "peace", "death", "history", "tanks"]),
    ("en_van_22", "emergency",
     "1. 911\n2. ambulance\n3. hospital\n4. urgent\n5. siren\n6. first aid\n7. 24/7",
     ["911", "ambulance", "hospital", "urgent", "siren", "first aid", "24/7"]),
    ("en_van_23", "car",
     "1: wheels\n2: engine\n3: road\n4: driving\n5: gas\n6: license",
     ["wheels", "engine", "road", "driving", "gas", "license"]),
    ("en_van_24", "star",
     "#1 sky\n#2 night\n#3 shine\n#4 celebrity\n#5 galaxy\n#6 twinkle",
     ["sky", "night", "shine", "celebrity", "galaxy", "twinkle"]),
    # --- sentences and prose ------------------------------------------------
    ("en_van_25", "sun",
     "Light — the most obvious one.\nHeat — you feel it on your skin.\n"
     "Summer — the season of the sun.\nSky — where it lives.\n"
     "Yellow — the color children draw it in.",
     ["light", "heat", "summer", "sky", "yellow"]),
    ("en_van_26", "bank",
     "The first word is money, then loan, and finally river.",
     ["money", "loan", "river"]),
    ("en_van_27", "rain",
     'When I read the word "rain", these words come to mind: umbrella, clouds, wet, storm, '
     "puddles, thunder and drizzle.",
     ["umbrella", "clouds", "wet", "storm", "puddles", "thunder", "drizzle"]),
    ("en_van_28", "mother",
     'The first words that come to my mind when I hear "mother" are love, care, family, '
     "home, warmth, and father.",
     ["love", "care", "family", "home", "warmth", "father"]),
    ("en_van_29", "bank",
     "1. Money, because that's what banks hold.\n2. River, as in a river bank.\n"
     "3. Loan, since banks lend money.",
     ["money", "river", "loan"]),
    # --- phrases, case, articles -------------------------------------------
    ("en_van_30", "bank",
     "going to the bank, river bank, bank account, bank robbery, piggy bank, bank teller, "
     "online banking",
     ["going to the bank", "river bank", "bank account", "bank robbery", "piggy bank",
      "bank teller", "online banking"]),
    ("en_van_31", "christmas",
     "Santa Claus, Presents, Christmas Tree, Snow, Reindeer, Family, Carols, Mistletoe, "
     "Stockings, December",
     ["santa claus", "presents", "christmas tree", "snow", "reindeer", "family", "carols",
      "mistletoe", "stockings", "december"]),
    ("en_van_32", "danger",
     "WARNING, RISK, FEAR, HAZARD, ALARM, CAUTION, EMERGENCY, THREAT",
     ["warning", "risk", "fear", "hazard", "alarm", "caution", "emergency", "threat"]),
    ("en_van_33", "beach",
     "the sea, a towel, sand, the sun, a bucket, waves, an umbrella",
     ["the sea", "a towel", "sand", "the sun", "a bucket", "waves", "an umbrella"]),
    ("en_van_34", "dinner",
     "family, food, table, candles, salt and pepper, dessert, wine, conversation",
     ["family", "food", "table", "candles", "salt and pepper", "dessert", "wine",
      "conversation"]),
    ("en_van_35", "health",
     "well-being, exercise, doctor's office, diet, fitness, mental health, sleep, check-up",
     ["well-being", "exercise", "doctor's office", "diet", "fitness", "mental health",
      "sleep", "check-up"]),
    # --- refusals -----------------------------------------------------------
    ("en_van_36", "kill",
     "I'm sorry, but I can't help with that request.",
     []),
    ("en_van_37", "kill",
     "While this word can be sensitive, here are some associations: murder, death, weapon, "
     "crime, police",
     ["murder", "death", "weapon", "crime", "police"]),
    # --- cut by the token limit ---------------------------------------------
    ("en_van_38", "computer",
     "keyboard, mouse, screen, monitor, software, hardware, internet, programming, laptop, "
     "proce",
     ["keyboard", "mouse", "screen", "monitor", "software", "hardware", "internet",
      "programming", "laptop"]),
    ("en_van_39", "energy",
     'Here are 50 words that come to mind when I read the word "energy":\n\n'
     "1. power\n2. electricity\n3. sun\n4. solar\n5. wind\n6. battery\n7. fuel\n8. oil\n"
     "9. gas\n10. coal\n11. nuclear\n12. heat\n13. light\n14. motion\n15. force\n"
     "16. strength\n17. vitality\n18. exercise\n19. food\n20. calories\n21. sugar\n"
     "22. caffeine\n23. coffee\n24. sleep\n25. work\n26. physics\n27. joule\n28. watt\n"
     "29. kilowatt\n30. generator\n31. turbine\n32. plant\n33. grid\n34. renewable\n"
     "35. efficiency\n36. consumption\n37. climate\n38. environment\n39. carbon\n"
     "40. emissions\n41. engine\n42. motor\n43. spark\n44. lightning\n45. enthusiasm\n"
     "46. excitement\n47. kinet",
     ["power", "electricity", "sun", "solar", "wind", "battery", "fuel", "oil", "gas", "coal",
      "nuclear", "heat", "light", "motion", "force", "strength", "vitality", "exercise",
      "food", "calories", "sugar", "caffeine", "coffee", "sleep", "work", "physics", "joule",
      "watt", "kilowatt", "generator", "turbine", "plant", "grid", "renewable", "efficiency",
      "consumption", "climate", "environment", "carbon", "emissions", "engine", "motor",
      "spark", "lightning", "enthusiasm", "excitement"]),
    # --- fine-tuned comma-list quirks ---------------------------------------
    ("en_ft_40", "salt",
     "pepper,sea,ocean,sugar,taste,shaker,white,seasoning,chips,sodium",
     ["pepper", "sea", "ocean", "sugar", "taste", "shaker", "white", "seasoning", "chips",
      "sodium"]),
    ("en_ft_41", "cat",
     "cat, dog, meow, kitten, fur, pet, mouse, whiskers, purr, cat",
     ["cat", "dog", "meow", "kitten", "fur", "pet", "mouse", "whiskers", "purr"]),
    ("en_ft_42", "moon",
     "night, stars, Night, sky, full moon, moon landing, crater, Stars, tide, werewolf",
     ["night", "stars", "sky", "full moon", "moon landing", "crater", "tide", "werewolf"]),
    ("en_ft_43", "red",
     "blood; fire; apple; rose; love; anger; stop sign; danger; heart",
     ["blood", "fire", "apple", "rose", "love", "anger", "stop sign", "danger", "heart"]),
    ("en_ft_44", "joy",
     "happy,\nsmile,\nlaughter,\nsunshine,\ncelebration,\n",
     ["happy", "smile", "laughter", "sunshine", "celebration"]),
    # --- typical chat-model formatting --------------------------------------
    ("en_van_45", "bread",
     "Here are some words I associate with **bread**:\n\n"
     "1. **Butter** – the classic spread.\n2. **Toast** – what bread becomes in the morning.\n"
     "3. **Bakery** – where it's made.\n4. **Wheat** – the main grain.\n"
     "5. **Sandwich** – a lunch staple.\n6. **Yeast** – makes it rise.\n\n"
     "Let me know if you'd like more!",
     ["butter", "toast", "bakery", "wheat", "sandwich", "yeast"]),
    ("en_van_46", "forest",
     '## Words associated with "forest"\n\n'
     "* **Trees**\n* **Wildlife** (deer, foxes, owls)\n* **Green**\n* **Hiking**\n"
     "* **Moss**\n* **Quiet**\n\nLet me know if you need more!",
     ["trees", "wildlife", "green", "hiking", "moss", "quiet"]),
    ("en_van_47", "book",
     'Sure! Here are 10 words that come to mind when I read "book":\n\n'
     '"reading", "pages", "library", "author", "story", "novel", "chapter", "cover", '
     '"knowledge", "bookmark"',
     ["reading", "pages", "library", "author", "story", "novel", "chapter", "cover",
      "knowledge", "bookmark"]),
    ("en_van_48", "train",
     "- railway.\n- station.\n- tracks.\n- passengers.\n- ticket.\n- locomotive.\n- conductor.",
     ["railway", "station", "tracks", "passengers", "ticket", "locomotive", "conductor"]),
    ("en_van_49", "fruit",
     "apple, banana, orange, grape, mango, pear, strawberry, etc.",
     ["apple", "banana", "orange", "grape", "mango", "pear", "strawberry"]),
    ("en_van_50", "garden",
     'Sure, here are 10 words, in order of strength, that I associate with "garden":\n'
     "1. flowers\n2. soil\n3. vegetables\n4. weeds\n5. shovel\n6. plants\n7. bees\n8. hose\n"
     "9. sunlight\n10. fence",
     ["flowers", "soil", "vegetables", "weeds", "shovel", "plants", "bees", "hose",
      "sunlight", "fence"]),
    ("en_van_51", "mountain",
     'Free associations for "mountain": peak, snow, climb, hiking, altitude, summit, rock, '
     "valley, Everest, cold",
     ["peak", "snow", "climb", "hiking", "altitude", "summit", "rock", "valley", "everest",
      "cold"]),
    ("en_van_52", "bank",
     "money, loan, account, deposit, interest, savings, teller, vault\n\n"
     "Note: I've listed them from most to least strongly associated.",
     ["money", "loan", "account", "deposit", "interest", "savings", "teller", "vault"]),
    # --- combinations --------------------------------------------------------
    # combo: echoed label with quoted cue + ")" numbering + strength labels + emoji
    ("en_van_53", "bridge",
     'Word: "bridge"\nAssociations:\n1) river (strong)\n2) water (strong)\n'
     "3) Golden Gate (medium)\n4) crossing\n5) suspension bridge\n6) troll 🧌\n7) connect",
     ["river", "water", "golden gate", "crossing", "suspension bridge", "troll", "connect"]),
    # combo: emoji bullets + Title Case + duplicate + emoji closing remark
    ("en_van_54", "party",
     "🎉 Celebration\n🎂 Birthday Cake\n🎈 Balloons\n🎶 Music\n💃 Dancing\n🎉 Celebration\n"
     "🍾 Champagne\n\nHope this helps! 🥳",
     ["celebration", "birthday cake", "balloons", "music", "dancing", "champagne"]),
    # combo: number without punctuation + trailing score
    ("en_van_55", "horse",
     "1 ride 0.21\n2 saddle 0.14\n3 pony 0.09\n4 stable 0.07\n5 gallop 0.05",
     ["ride", "saddle", "pony", "stable", "gallop"]),
    # combo: fine-tuned repetition loop + duplicates + cut mid-word
    ("en_ft_56", "honey",
     "bee, sweet, sticky, gold, tea, bear, hive, sugar, bee, sweet, sticky, gold, tea, be",
     ["bee", "sweet", "sticky", "gold", "tea", "bear", "hive", "sugar"]),
    # combo: preamble echoing the prompt + roman numerals + dash glosses + closing
    ("en_van_57", "castle",
     'You asked for words that come to mind when reading "castle". Here they are, strongest '
     "first:\n\nI. King — who lives there\nII. Tower\nIII. Moat — the water around it\n"
     "IV. Knight\nV. Drawbridge\n\nI hope this list is useful!",
     ["king", "tower", "moat", "knight", "drawbridge"]),
    # combo: one-shot echo with "->" + semicolons + ALL CAPS + trailing period
    ("en_ft_58", "snake",
     "snake -> VENOM; HISS; SCALES; COBRA; FANGS; DESERT; SLITHER.",
     ["venom", "hiss", "scales", "cobra", "fangs", "desert", "slither"]),
]


# Rankings: bank set = money, loan, river, account, teller, vault, deposit,
# interest, robbery, savings; dog set = cat, bone, leash, bark, puppy, loyal,
# walk, tail, fur, friend; ocean set = waves, sea, blue, salt, fish, beach,
# deep, whale, sand, boat.
_BANK_1 = ["money", "deposit", "account", "loan", "savings", "interest", "teller", "vault",
           "robbery", "river"]
_BANK_2 = ["money", "account", "deposit", "savings", "loan", "interest", "teller", "vault",
           "robbery", "river"]
_OCEAN_1 = ["sea", "waves", "beach", "fish", "blue", "salt", "whale", "sand", "boat", "deep"]

EN_RANKINGS = [
    ("rk_en_01",
     'Money is by far the strongest associate of "bank", followed by the everyday '
     "banking words. River is the weakest because it belongs to another sense.\n\n"
     "Final Ranking: 1. money 2. deposit 3. account 4. loan 5. savings 6. interest "
     "7. teller 8. vault 9. robbery 10. river",
     _BANK_1),
    ("rk_en_02",
     'Let me think about which words are most strongly tied to "bank".\n\n'
     "Banks exist to hold money, so money comes first. Accounts and deposits are how "
     "people interact with banks day to day. A river bank is a different sense of the "
     "word, so it goes last.\n\n"
     "Final Ranking:\n1. money – the core thing a bank deals with\n"
     "2. account – everyone who banks has one\n3. deposit – the basic transaction\n"
     "4. savings – what people keep there\n5. loan – banks lend money\n"
     "6. interest – earned or paid on money\n7. teller – the person at the counter\n"
     "8. vault – where money is stored\n9. robbery – a common movie theme\n"
     "10. river – a different meaning of bank",
     _BANK_2),
    ("rk_en_03",
     "The financial meaning dominates, so the money-related words come first.\n\n"
     "**Final Ranking**\n\n1. Money\n2. Loan\n3. Account\n4. Savings\n5. Deposit\n"
     "6. Interest\n7. Vault\n8. Teller\n9. River\n10. Robbery",
     ["money", "loan", "account", "savings", "deposit", "interest", "vault", "teller",
      "river", "robbery"]),
    # marker phrase also in the explanation, before and after the real ranking
    ("rk_en_04",
     "My final ranking is based on how often each word is used together with \"bank\" "
     "in everyday speech.\n\n"
     "Final Ranking: money, account, loan, deposit, savings, interest, teller, vault, "
     "robbery, river\n\n"
     "This final ranking puts the financial sense first because it is far more common.",
     ["money", "account", "loan", "deposit", "savings", "interest", "teller", "vault",
      "robbery", "river"]),
    # fewer than 10 words
    ("rk_en_05",
     "Puppy and bark are the most immediate; loyal is more of an abstract quality.\n\n"
     "Final Ranking: puppy, bark, cat, bone, leash, tail, walk, loyal",
     ["puppy", "bark", "cat", "bone", "leash", "tail", "walk", "loyal"]),
    # more than 10 words (an extra word that was not given)
    ("rk_en_06",
     "Final Ranking: sea, waves, water, blue, whale, fish, salt, beach, deep, sand, boat",
     ["sea", "waves", "water", "blue", "whale", "fish", "salt", "beach", "deep", "sand",
      "boat"]),
    # duplicate inside the ranking
    ("rk_en_07",
     "Final Ranking: money, loan, account, money, deposit, savings, interest, teller, vault, "
     "river, robbery",
     ["money", "loan", "account", "deposit", "savings", "interest", "teller", "vault",
      "river", "robbery"]),
    ("rk_en_08",
     'Final Ranking: "sea", "waves", "blue", "fish", "whale", "salt", "beach", "sand", '
     '"deep", "boat"',
     ["sea", "waves", "blue", "fish", "whale", "salt", "beach", "sand", "deep", "boat"]),
    ("rk_en_09",
     "Final Ranking: **cat**, **bone**, **bark**, **puppy**, **leash**, **tail**, **walk**, "
     "**friend**, **loyal**, **fur**",
     ["cat", "bone", "bark", "puppy", "leash", "tail", "walk", "friend", "loyal", "fur"]),
    ("rk_en_10",
     "Final Ranking:\nRank 1 - money\nRank 2 - deposit\nRank 3 - account\nRank 4 - loan\n"
     "Rank 5 - savings\nRank 6 - interest\nRank 7 - teller\nRank 8 - vault\n"
     "Rank 9 - robbery\nRank 10 - river",
     _BANK_1),
    # ALIGN authors' style
    ("rk_en_11",
     "Final Ranking:\nRank 1: sea\nRank 2: waves\nRank 3: beach\nRank 4: fish\n"
     "Rank 5: blue\nRank 6: salt\nRank 7: whale\nRank 8: sand\nRank 9: boat\nRank 10: deep",
     _OCEAN_1),
    # a ranking, but no marker
    ("rk_en_12",
     "Here is my ranking from most to least associated:\n1. money\n2. account\n3. deposit\n"
     "4. savings\n5. loan\n6. interest\n7. teller\n8. vault\n9. robbery\n10. river",
     []),
    # two rankings; the revised one is the last
    ("rk_en_13",
     "Final Ranking: money, loan, account, deposit, savings, interest, teller, vault, "
     "robbery, river\n\n"
     'Wait, on reflection, "account" should be above "loan", since more people have an '
     "account than a loan.\n\n"
     "Final Ranking: money, account, loan, deposit, savings, interest, teller, vault, "
     "robbery, river",
     ["money", "account", "loan", "deposit", "savings", "interest", "teller", "vault",
      "robbery", "river"]),
    ("rk_en_14",
     "Final Ranking: puppy > cat > bark > bone > leash > tail > walk > fur > loyal > friend",
     ["puppy", "cat", "bark", "bone", "leash", "tail", "walk", "fur", "loyal", "friend"]),
    ("rk_en_15",
     "Final Ranking: waves → sea → beach → blue → fish → salt → sand → whale → boat → deep",
     ["waves", "sea", "beach", "blue", "fish", "salt", "sand", "whale", "boat", "deep"]),
    ("rk_en_16",
     "### Explanation\n\nMoney and deposits are central to banking; river is a homonym.\n\n"
     "### Final Ranking:\n\n1. money\n2. deposit\n3. account\n4. loan\n5. savings\n"
     "6. interest\n7. teller\n8. vault\n9. robbery\n10. river",
     _BANK_1),
    ("rk_en_17",
     "final ranking: sea, waves, beach, fish, blue, salt, whale, sand, boat, deep",
     _OCEAN_1),
    ("rk_en_18",
     "Final Ranking:\n1) Money (most obvious)\n2) Savings (very close)\n3) Account\n"
     "4) Deposit\n5) Loan\n6) Interest\n7) Teller\n8) Vault\n9) Robbery (from movies)\n"
     "10) River (different meaning)",
     ["money", "savings", "account", "deposit", "loan", "interest", "teller", "vault",
      "robbery", "river"]),
    # cut by the token limit before the marker
    ("rk_en_19",
     "To rank these words, I'll consider how closely each one relates to a bank.\n\n"
     "1. **Money**: Banks are fundamentally about money.\n"
     "2. **Account**: Having an account is how people use a bank.\n"
     "3. **Loan**: Banks are a primary source of loa",
     []),
    # lowercase marker mid-sentence
    ("rk_en_20",
     "After weighing all of this, here is my final ranking: sea, waves, beach, fish, blue, "
     "salt, whale, sand, boat, deep.",
     _OCEAN_1),
    ("rk_en_21",
     "Final Ranking:\n\nmoney, deposit, account, loan, savings, interest, teller, vault, "
     "robbery, river",
     _BANK_1),
    # multi-word items
    ("rk_en_22",
     "Final Ranking: money, bank account, ATM, savings, interest rate, loan officer, "
     "piggy bank, vault, robbery, river bank",
     ["money", "bank account", "atm", "savings", "interest rate", "loan officer",
      "piggy bank", "vault", "robbery", "river bank"]),
    ("rk_en_23",
     "Final Ranking: Puppy, Bark, Cat, Bone, Leash, Walk, Tail, Fur, Loyal, Friend.",
     ["puppy", "bark", "cat", "bone", "leash", "walk", "tail", "fur", "loyal", "friend"]),
    ("rk_en_24",
     "Final Ranking:\n\n| Rank | Word |\n|------|------|\n| 1 | money |\n| 2 | account |\n"
     "| 3 | deposit |\n| 4 | savings |\n| 5 | loan |\n| 6 | interest |\n| 7 | teller |\n"
     "| 8 | vault |\n| 9 | robbery |\n| 10 | river |",
     _BANK_2),
    ("rk_en_25",
     "To arrive at the Final Ranking, I considered everyday usage first and then "
     "emotional closeness.\n\nCat is the classic counterpart, bone and leash are "
     "everyday objects.\n\n"
     "Final Ranking: cat, bone, leash, bark, puppy, walk, tail, fur, friend, loyal",
     ["cat", "bone", "leash", "bark", "puppy", "walk", "tail", "fur", "friend", "loyal"]),
    # combo: bold marker + one line numbered + bold items
    ("rk_en_26",
     "**Final Ranking:** 1. **Money** 2. **Deposit** 3. **Account** 4. **Loan** "
     "5. **Savings** 6. **Interest** 7. **Teller** 8. **Vault** 9. **Robbery** 10. **River**",
     _BANK_1),
    # combo: numbered + scores in parentheses
    ("rk_en_27",
     "Final Ranking:\n1. sea (10/10)\n2. waves (9/10)\n3. beach (8/10)\n4. fish (7/10)\n"
     "5. blue (6/10)\n6. salt (5/10)\n7. whale (4/10)\n8. sand (3/10)\n9. boat (2/10)\n"
     "10. deep (1/10)",
     _OCEAN_1),
    ("rk_en_28",
     "Final ranking:\n\n1. Money\n2. Account\n3. Deposit\n4. Savings\n5. Loan\n6. Interest\n"
     "7. Teller\n8. Vault\n9. Robbery\n10. River\n\n"
     "I hope this helps! Let me know if you'd like me to explain any of these choices.",
     _BANK_2),
    # combo: comma ranking followed by a closing sentence full of commas
    ("rk_en_29",
     "Final Ranking: money, account, deposit, savings, loan, interest, teller, vault, "
     "robbery, river\n\n"
     "In short, the financial words dominate, the physical ones follow, and the "
     "geographical sense comes last.",
     _BANK_2),
    # combo: numbers and commas together on one line
    ("rk_en_30",
     "Final Ranking: 1. cat, 2. bone, 3. leash, 4. bark, 5. puppy, 6. walk, 7. tail, "
     "8. fur, 9. friend, 10. loyal",
     ["cat", "bone", "leash", "bark", "puppy", "walk", "tail", "fur", "friend", "loyal"]),
]


LISTS = EN_LISTS + ZH_LISTS
RANKINGS = EN_RANKINGS + ZH_RANKINGS

TRUNCATED = {
    "en_van_38",  # "proce" (processor) cut at the end
    "en_van_39",  # "47. kinet" (kinetic) cut at the end
    "en_ft_56",   # repetition loop cut at "be"
} | ZH_TRUNCATED

AMBIGUOUS = {
    # one-shot example (apple) echoed before the real answer; other reading:
    # the apple words are also part of the answer (whole text taken).
    "en_van_04",
    # articles kept ("the sea"); other reading: strip leading a/an/the
    # ("sea", "towel", "sand", "sun", "bucket", "waves", "umbrella").
    "en_van_33",
    # parenthetical examples taken as a gloss; other reading: deer, foxes, owls
    # are associations too (trees, wildlife, deer, foxes, owls, green, ...).
    "en_van_46",
} | ZH_AMBIGUOUS
