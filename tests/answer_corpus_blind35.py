"""Blind answer corpus 35 for the word-association answer parser.

Written blind on 2026-12-08 by a helper session: no parser, test, benchmark
or other repository file was read, no parser was run, and every text below
was invented for this file in the style real models answer.

EMPHASIS (corpus 35): a representative sample of LONG LISTS and SAMPLED
generations, with real proportions. P@10 and beyond are read from longer
answers, so besides the default prompts (5-10 words) the association prompt
is also sent with "between 10 and 20", "between 20 and 30" and "at least 30"
words, to Llama-3.1-8B-Instruct, Qwen2.5-7B-Instruct (vanilla, SFT, PPO),
Llama-3.3-70B-Instruct, Qwen2.5-72B-Instruct and GPT-4o-style API models,
generated with sampling (temperature 0.7-1.0, top-p 0.9) as an evaluation
that draws several samples per cue does. Long answers bring their own forms:
lists running over several lines, numbering that restarts or skips, grouping
into senses or categories partway through, repetitions near the end, a model
that stops early and apologises, two-column or table layouts, comma lines
wrapped across lines, a list of 30 that drifts into loosely related words,
lists cut by the token limit (max_new_tokens 64 or 128) mid-word or
mid-gloss. Several samples for the same cue from the same model are
included; they differ as sampling makes them differ. About 60 EN and 60 ZH
association lists, plus about a dozen rankings (default ranking prompt,
some with 10-15 words to rank).

PROMPTS the models answered (low/high usually 5 and 10, here also 10/20,
20/30 and "at least 30"):
  EN association: List the words that come to mind when you read the word
    "{cue}". Give between {low} and {high} words, separated by commas, the
    most strongly associated first.
  ZH association: 请列出看到“{cue}”这个词时你会联想到的词语，共{low}到{high}个，
    用逗号分隔，联想最强的排在最前面。
  EN ranking: Here are {k} words that people associate with "{cue}": {words}.
    Rank them from the most to the least strongly associated with "{cue}".
    Explain briefly, then end with a line that starts with "Final Ranking:"
    followed by all {k} words in your order, separated by commas.
  ZH ranking: 下面是人们由“{cue}”联想到的{k}个词语：{words}。请按照它们与“{cue}”的
    联想强度从强到弱排序。先简要说明理由，最后以“最终排名：”开头的一行列出全部{k}个
    词语，用逗号分隔。
Each text is only what the model wrote (its completion), not the prompt,
unless the model echoes the prompt.

CONVENTIONS for expected_words (association lists):
  * what a careful human reader takes as the model's list for the asked cue:
    lowercased, stripped, in the order written, deduplicated keeping the
    first occurrence;
  * glosses, explanations, scores, category headers, preambles, closing
    remarks, markdown, numbering, emoji, quotes/brackets, special tokens and
    trailing punctuation removed; a conjunction before the last item
    ("and cheese", "和思念") and a closing "等"/"……"/"etc." are removed;
  * multi-word and phrase associations kept whole ("ice cream", "white
    coat", "不到长城非好汉");
  * the cue kept when it is listed as an item (not when it is only a header
    or label);
  * pinyin and translations of a Mandarin word removed (the Han word kept);
    for an English prompt answered in English with Chinese glosses, the
    English word kept;
  * a list the model writes for some other cue is never taken; an answer
    with no list for the asked cue (refusal, only a definition, only prose
    that names no words) expects [];
  * when a short list is followed by a section that re-lists the same words
    with explanations, the words count once, in the order of the first list;
  * an item cut mid-word by the token limit at the very end is dropped, and
    the id goes in TRUNCATED; a complete last word is kept;
  * when the model lists words inside prose ("I think of money, loans and
    tellers"), the words it names as associations are the list.
CONVENTIONS for expected_ranked_words (rankings):
  * the words after the LAST "Final Ranking" / "最终排名" marker that is
    followed by a ranking (any case, bold or not, ":" or "："; the ranking
    may be on the marker's line or as a list on the following lines); a
    mention of the marker not followed by a ranking does not count;
  * lowercased, in order, deduplicated; numbering, "Rank n:" / "排名n：" /
    "第n名：" labels, glosses, quotes, brackets, markdown, trailing
    punctuation removed; a word outside the given ones kept as written;
  * text after the ranking (a remark on the next line or paragraph) is not
    part of it;
  * a ranking cut by the token limit at the very end keeps its complete
    words and drops the cut fragment (ranking ids are not put in TRUNCATED;
    they carry a comment "# cut by the token limit");
  * [] when there is no marker, or nothing ranked after the last one.
"""

EN_LISTS = [
    # Llama-3.1-8B-Instruct, 10-20 words, T=0.8, sample 1 of 4 for "ocean":
    # preamble, then one comma line.
    ("en_van_01", "ocean",
     'Here are the words that come to mind when I read the word "ocean":\n\n'
     "Waves, sea, water, beach, blue, fish, salt, tide, deep, whale, shark, coral, sand, surf, horizon, ship, dolphin, current",
     ["waves", "sea", "water", "beach", "blue", "fish", "salt", "tide", "deep",
      "whale", "shark", "coral", "sand", "surf", "horizon", "ship", "dolphin",
      "current"]),

    # Llama-3.1-8B-Instruct, 10-20 words, T=0.8, sample 2 for "ocean":
    # numbered list, closing offer.
    ("en_van_02", "ocean",
     """Here are the words that come to mind when I read the word "ocean", in order of association strength:

1. Sea
2. Waves
3. Blue
4. Beach
5. Water
6. Fish
7. Whales
8. Tide
9. Salt
10. Coral reef
11. Sand
12. Surfing
13. Depth
14. Marine life
15. Pacific
16. Atlantic

Let me know if you'd like me to elaborate on any of these associations!""",
     ["sea", "waves", "blue", "beach", "water", "fish", "whales", "tide", "salt",
      "coral reef", "sand", "surfing", "depth", "marine life", "pacific",
      "atlantic"]),

    # Llama-3.1-8B-Instruct, 10-20 words, T=1.0, sample 3 for "ocean":
    # bare comma list wrapped over several lines.
    ("en_van_03", "ocean",
     """Waves, sea, beach, water, blue, salt, fish, tide,
sand, surf, deep, whale, dolphin, shark,
coral, sailing, horizon, seashells, vast, storm""",
     ["waves", "sea", "beach", "water", "blue", "salt", "fish", "tide", "sand",
      "surf", "deep", "whale", "dolphin", "shark", "coral", "sailing", "horizon",
      "seashells", "vast", "storm"]),

    # Llama-3.1-8B-Instruct, 20-30 words, max_new_tokens 64, sample 4 for
    # "ocean": numbered list cut mid-word by the token limit.
    ("en_van_04", "ocean",
     """Here are 25 words that come to mind when I read the word "ocean":

1. Waves
2. Sea
3. Beach
4. Water
5. Blue
6. Fish
7. Salt
8. Tide
9. Whale
10. Coral
11. Sand
12. Surf
13. Dolph""",
     ["waves", "sea", "beach", "water", "blue", "fish", "salt", "tide", "whale",
      "coral", "sand", "surf"]),

    # Qwen2.5-7B-Instruct, 20-30 words, T=0.9, sample 1 for "doctor":
    # starts as a plain comma list, then groups into labelled categories.
    ("en_van_05", "doctor",
     """Hospital, nurse, medicine, stethoscope, patient, health, white coat, prescription, surgery, clinic, diagnosis, treatment, 

Related professions: surgeon, physician, pediatrician, dentist, pharmacist

Tools and items: thermometer, syringe, bandage, X-ray, scalpel

Other: appointment, checkup, illness, care, cure""",
     ["hospital", "nurse", "medicine", "stethoscope", "patient", "health",
      "white coat", "prescription", "surgery", "clinic", "diagnosis",
      "treatment", "surgeon", "physician", "pediatrician", "dentist",
      "pharmacist", "thermometer", "syringe", "bandage", "x-ray", "scalpel",
      "appointment", "checkup", "illness", "care", "cure"]),

    # Qwen2.5-7B-Instruct, 20-30 words, T=0.9, sample 2 for "doctor":
    # bold category headers, numbering restarts under each header.
    ("en_van_06", "doctor",
     """Sure! Here are some words associated with "doctor":

**Medical Settings**
1. Hospital
2. Clinic
3. Emergency room

**People**
1. Nurse
2. Patient
3. Surgeon
4. Specialist

**Tools**
1. Stethoscope
2. Thermometer
3. Syringe
4. Blood pressure cuff

**Actions**
1. Diagnose
2. Treat
3. Prescribe
4. Examine
5. Heal

**Concepts**
1. Health
2. Medicine
3. Illness
4. Recovery
5. Care
6. Trust

These words cover various aspects related to doctors and the medical field.""",
     ["hospital", "clinic", "emergency room", "nurse", "patient", "surgeon",
      "specialist", "stethoscope", "thermometer", "syringe",
      "blood pressure cuff", "diagnose", "treat", "prescribe", "examine",
      "heal", "health", "medicine", "illness", "recovery", "care", "trust"]),

    # GPT-4o, "at least 30", T=0.7, sample 1 for "freedom": bare dash
    # bullets, 32 items, no preamble.
    ("en_van_07", "freedom",
     """- Liberty
- Independence
- Choice
- Rights
- Democracy
- Expression
- Speech
- Autonomy
- Justice
- Equality
- Flag
- Open sky
- Escape
- Release
- Self-determination
- Peace
- Voting
- Revolution
- Civil rights
- Emancipation
- Sovereignty
- Liberation
- Bird
- Wings
- Open road
- Constitution
- Bill of Rights
- Protest
- Dignity
- Possibility
- Wind
- Opportunity""",
     ["liberty", "independence", "choice", "rights", "democracy", "expression",
      "speech", "autonomy", "justice", "equality", "flag", "open sky", "escape",
      "release", "self-determination", "peace", "voting", "revolution",
      "civil rights", "emancipation", "sovereignty", "liberation", "bird",
      "wings", "open road", "constitution", "bill of rights", "protest",
      "dignity", "possibility", "wind", "opportunity"]),

    # GPT-4o, "at least 30", T=1.0, sample 2 for "freedom": one long comma
    # paragraph ending in a period, preamble and closing offer.
    ("en_van_08", "freedom",
     """Sure! Here are words associated with "freedom," starting with the strongest:

Liberty, independence, choice, rights, democracy, autonomy, free speech, equality, justice, liberation, emancipation, self-expression, voting, constitution, America, flag, eagle, open road, escape, release, peace, sovereignty, revolution, protest, civil liberties, privacy, opportunity, dreams, wings, sky, air, breath.

Let me know if you'd like them grouped by theme!""",
     ["liberty", "independence", "choice", "rights", "democracy", "autonomy",
      "free speech", "equality", "justice", "liberation", "emancipation",
      "self-expression", "voting", "constitution", "america", "flag", "eagle",
      "open road", "escape", "release", "peace", "sovereignty", "revolution",
      "protest", "civil liberties", "privacy", "opportunity", "dreams", "wings",
      "sky", "air", "breath"]),

    # Llama-3.3-70B-Instruct, 10-20 words, T=0.7: grouped by sense, bold
    # headers on their own lines, comma lines under each.
    ("en_van_09", "bank",
     """When I read the word "bank," several associations come to mind, depending on the context:

**Financial:**
Money, account, loan, deposit, teller, ATM, savings, interest, vault, credit

**Geographical:**
River, shore, slope, erosion, fishing

**Other:**
Blood bank, piggy bank, memory""",
     ["money", "account", "loan", "deposit", "teller", "atm", "savings",
      "interest", "vault", "credit", "river", "shore", "slope", "erosion",
      "fishing", "blood bank", "piggy bank", "memory"]),

    # Qwen2.5-72B-Instruct, 10-20 words, T=0.8, sample 1 for "run": bare
    # comma line of 20, verb and noun senses mixed.
    ("en_van_10", "run",
     "Jog, sprint, race, marathon, exercise, speed, legs, shoes, track, escape, hurry, fast, sweat, breath, finish line, dash, flee, operate, manage, program",
     ["jog", "sprint", "race", "marathon", "exercise", "speed", "legs", "shoes",
      "track", "escape", "hurry", "fast", "sweat", "breath", "finish line",
      "dash", "flee", "operate", "manage", "program"]),

    # Qwen2.5-72B-Instruct, 10-20 words, T=1.0, sample 2 for "run": numbered,
    # some items with en-dash glosses that mention other words.
    ("en_van_11", "run",
     """1. Jog – a slower form of running
2. Sprint – running at full speed
3. Race – a competitive run
4. Marathon – a long-distance run
5. Exercise
6. Track
7. Fast
8. Escape – to run away
9. Program – to run software
10. Manage – to run a business
11. Stockings – a "run" in tights
12. Score – a run in cricket or baseball""",
     ["jog", "sprint", "race", "marathon", "exercise", "track", "fast",
      "escape", "program", "manage", "stockings", "score"]),

    # Llama-3.1-8B-Instruct, default 5-10 words, T=0.7, sample 1 for
    # "winter": bare comma line.
    ("en_van_12", "winter",
     "Cold, snow, ice, Christmas, frost, sledding, fireplace, scarf, hot chocolate, blizzard",
     ["cold", "snow", "ice", "christmas", "frost", "sledding", "fireplace",
      "scarf", "hot chocolate", "blizzard"]),

    # Llama-3.1-8B-Instruct, default 5-10 words, T=0.9, sample 2 for
    # "winter": numbered list, then an "Explanation" section re-listing it.
    ("en_van_13", "winter",
     """Here are the words that come to mind when I read "winter":

1. Snow
2. Cold
3. Ice
4. Christmas
5. Skiing
6. Frost
7. Blanket

Explanation:

* Snow: The most iconic aspect of winter, often covering the ground.
* Cold: Low temperatures are a defining feature of winter.
* Ice: Frozen water on lakes, roads and windows.
* Christmas: A major holiday celebrated in winter.
* Skiing: A popular winter sport.
* Frost: Thin ice crystals that form on surfaces.
* Blanket: Staying warm indoors.""",
     ["snow", "cold", "ice", "christmas", "skiing", "frost", "blanket"]),

    # Llama-3.1-8B-Instruct, "at least 30", T=1.0, sample 3 for "winter":
    # long comma line that drifts and starts repeating at the end.
    ("en_van_14", "winter",
     "Snow, cold, ice, frost, Christmas, skiing, sledding, snowman, hot chocolate, fireplace, blanket, scarf, gloves, boots, coat, hat, blizzard, icicles, December, January, February, holidays, New Year, darkness, short days, long nights, hibernation, penguins, polar bear, snowflakes, cozy, warmth, soup, tea, cold, snow, ice",
     ["snow", "cold", "ice", "frost", "christmas", "skiing", "sledding",
      "snowman", "hot chocolate", "fireplace", "blanket", "scarf", "gloves",
      "boots", "coat", "hat", "blizzard", "icicles", "december", "january",
      "february", "holidays", "new year", "darkness", "short days",
      "long nights", "hibernation", "penguins", "polar bear", "snowflakes",
      "cozy", "warmth", "soup", "tea"]),

    # GPT-4o, default 5-10 words, T=0.7: bare comma line with an accented word.
    ("en_van_15", "coffee",
     "Caffeine, morning, espresso, mug, beans, latte, aroma, café, energy, bitter",
     ["caffeine", "morning", "espresso", "mug", "beans", "latte", "aroma",
      "café", "energy", "bitter"]),

    # GPT-4o, 20-30 words, T=0.9: markdown table with rank, word and reason.
    ("en_van_16", "coffee",
     """Here are 20 words associated with "coffee", ranked from strongest to weakest:

| Rank | Word | Why |
|------|------|-----|
| 1 | Caffeine | The stimulant that gives coffee its kick |
| 2 | Morning | Most people drink it to start the day |
| 3 | Espresso | The concentrated base of many drinks |
| 4 | Beans | Coffee comes from roasted beans |
| 5 | Mug | The classic vessel |
| 6 | Aroma | Its smell is unmistakable |
| 7 | Latte | A popular milk-based drink |
| 8 | Café | Where coffee is served |
| 9 | Barista | The person who makes it |
| 10 | Starbucks | The best-known chain |
| 11 | Bitter | Its characteristic taste |
| 12 | Energy | The effect people seek |
| 13 | Cappuccino | Foamy espresso drink |
| 14 | Roast | Light, medium, or dark |
| 15 | Cream | A common addition |
| 16 | Sugar | Another common addition |
| 17 | Brew | How coffee is made |
| 18 | Breakfast | Often paired with it |
| 19 | Awake | How it makes you feel |
| 20 | Dark | Its color |""",
     ["caffeine", "morning", "espresso", "beans", "mug", "aroma", "latte",
      "café", "barista", "starbucks", "bitter", "energy", "cappuccino", "roast",
      "cream", "sugar", "brew", "breakfast", "awake", "dark"]),

    # Llama-3.3-70B-Instruct, 20-30 words, T=0.8: two-column markdown table,
    # numbered 1-12 down the left column and 13-24 down the right.
    ("en_van_17", "music",
     """Here are 24 words that come to mind for "music," from most to least strongly associated:

| 1–12 | 13–24 |
|---|---|
| 1. Song | 13. Guitar |
| 2. Melody | 14. Piano |
| 3. Rhythm | 15. Drums |
| 4. Sound | 16. Singer |
| 5. Notes | 17. Lyrics |
| 6. Beat | 18. Radio |
| 7. Dance | 19. Headphones |
| 8. Concert | 20. Orchestra |
| 9. Band | 21. Harmony |
| 10. Instruments | 22. Emotion |
| 11. Playlist | 23. Jazz |
| 12. Rock | 24. Vinyl |""",
     ["song", "melody", "rhythm", "sound", "notes", "beat", "dance", "concert",
      "band", "instruments", "playlist", "rock", "guitar", "piano", "drums",
      "singer", "lyrics", "radio", "headphones", "orchestra", "harmony",
      "emotion", "jazz", "vinyl"]),

    # Qwen2.5-7B-Instruct, 10-20 words, T=0.7, sample 1 for "apple": comma
    # line with "and" before the last item and a final period.
    ("en_van_18", "apple",
     "Fruit, red, green, tree, pie, orchard, juice, iPhone, Mac, crunchy, sweet, Newton, cider, health, teacher, and seeds.",
     ["fruit", "red", "green", "tree", "pie", "orchard", "juice", "iphone",
      "mac", "crunchy", "sweet", "newton", "cider", "health", "teacher",
      "seeds"]),

    # Qwen2.5-7B-Instruct, 10-20 words, T=1.0, sample 2 for "apple":
    # numbered list that skips number 8.
    ("en_van_19", "apple",
     """1. Fruit
2. Red
3. Tree
4. Pie
5. Juice
6. Orchard
7. Green
9. Technology
10. iPhone
11. Steve Jobs
12. Health
13. Doctor
14. Seeds""",
     ["fruit", "red", "tree", "pie", "juice", "orchard", "green", "technology",
      "iphone", "steve jobs", "health", "doctor", "seeds"]),

    # Llama-3.1-8B-Instruct, 20-30 words, T=0.8: stops at 17 and apologises.
    ("en_van_20", "happy",
     """Here are the words that come to mind when I read the word "happy":

1. Smile
2. Joy
3. Laugh
4. Sunshine
5. Birthday
6. Cheerful
7. Content
8. Glad
9. Excited
10. Love
11. Friends
12. Party
13. Fun
14. Celebration
15. Bright
16. Grateful
17. Relaxed

I apologize, but I was only able to come up with 17 words that are strongly associated with "happy". Would you like me to try to come up with more?""",
     ["smile", "joy", "laugh", "sunshine", "birthday", "cheerful", "content",
      "glad", "excited", "love", "friends", "party", "fun", "celebration",
      "bright", "grateful", "relaxed"]),

    # Qwen2.5-72B-Instruct, "at least 30", T=0.9: one comma line of 34 that
    # drifts into loosely related words.
    ("en_van_21", "money",
     "Cash, wealth, currency, dollars, bank, coins, bills, rich, finance, savings, investment, salary, income, budget, debt, credit card, loan, economy, gold, power, greed, success, spending, shopping, taxes, stock market, inflation, wallet, work, security, freedom, happiness, stress, time",
     ["cash", "wealth", "currency", "dollars", "bank", "coins", "bills", "rich",
      "finance", "savings", "investment", "salary", "income", "budget", "debt",
      "credit card", "loan", "economy", "gold", "power", "greed", "success",
      "spending", "shopping", "taxes", "stock market", "inflation", "wallet",
      "work", "security", "freedom", "happiness", "stress", "time"]),

    # Llama-3.3-70B-Instruct, "at least 30", T=0.7: numbered 1-31, with
    # markdown ### category headers starting partway through.
    ("en_van_22", "money",
     """Here are over 30 words associated with "money":

1. Cash
2. Wealth
3. Currency
4. Bank
5. Dollar
6. Rich
7. Finance
8. Savings
9. Investment
10. Income

### Financial Institutions and Tools
11. ATM
12. Credit card
13. Check
14. Loan
15. Mortgage

### Emotions and Values
16. Greed
17. Power
18. Security
19. Success
20. Stress
21. Worry

### Economy
22. Inflation
23. Taxes
24. Stock market
25. Interest
26. Budget
27. Debt
28. Profit
29. Salary
30. Economy
31. Gold""",
     ["cash", "wealth", "currency", "bank", "dollar", "rich", "finance",
      "savings", "investment", "income", "atm", "credit card", "check", "loan",
      "mortgage", "greed", "power", "security", "success", "stress", "worry",
      "inflation", "taxes", "stock market", "interest", "budget", "debt",
      "profit", "salary", "economy", "gold"]),

    # GPT-4o-mini style API model, default 5-10 words, T=0.7.
    ("en_van_23", "dog",
     "Loyal, puppy, bark, pet, fetch, bone, leash, friend, tail, walk",
     ["loyal", "puppy", "bark", "pet", "fetch", "bone", "leash", "friend",
      "tail", "walk"]),

    # Llama-3.1-8B-Instruct, 10-20 words, max_new_tokens 64: numbered with
    # glosses, cut mid-gloss at a word boundary (the item word is complete).
    ("en_van_24", "dog",
     """Here are the words that come to mind when I read the word "dog":

1. Puppy - a young dog
2. Bark - the sound dogs make
3. Loyal - dogs are known for their loyalty
4. Pet - a common household companion
5. Bone - a classic dog treat
6. Leash - used when walking""",
     ["puppy", "bark", "loyal", "pet", "bone", "leash"]),

    # Qwen2.5-7B-Instruct, 20-30 words, T=0.8: comma lines wrapped with
    # trailing commas, closing "etc.".
    ("en_van_25", "school",
     """Teacher, students, classroom, books, homework, exam, desk, blackboard, lessons, 
bus, lunch, recess, friends, uniform, principal, library, pencils, 
backpack, grades, graduation, learning, knowledge, math, science, history, etc.""",
     ["teacher", "students", "classroom", "books", "homework", "exam", "desk",
      "blackboard", "lessons", "bus", "lunch", "recess", "friends", "uniform",
      "principal", "library", "pencils", "backpack", "grades", "graduation",
      "learning", "knowledge", "math", "science", "history"]),

    # Llama-3.1-8B-Instruct, default 5-10 words, T=1.0: the list is given
    # inside one sentence of prose.
    ("en_van_26", "fire",
     'When I read the word "fire", I think of flames, heat, smoke, burning, danger, campfires, firefighters and warmth.',
     ["flames", "heat", "smoke", "burning", "danger", "campfires",
      "firefighters", "warmth"]),

    # GPT-4o, 10-20 words, T=0.7: numbered bold words, the first with a gloss.
    ("en_van_27", "mountain",
     """1. **Peak** – the summit
2. **Climb**
3. **Snow**
4. **Hiking**
5. **Altitude**
6. **Range**
7. **Everest**
8. **Valley**
9. **Rocks**
10. **Trail**
11. **Cliff**
12. **View**
13. **Alps**
14. **Cabin**""",
     ["peak", "climb", "snow", "hiking", "altitude", "range", "everest",
      "valley", "rocks", "trail", "cliff", "view", "alps", "cabin"]),

    # Llama-3.3-70B-Instruct, 20-30 words, T=0.9: main comma line, then a
    # labelled second paragraph of weaker associations.
    ("en_van_28", "city",
     """Buildings, skyscrapers, traffic, streets, people, noise, lights, downtown, apartments, subway, taxi, parks, restaurants, shops, crowds, pollution, nightlife, culture, museums, offices

Less strongly associated: urban, concrete, sirens, bridges, diversity, opportunity""",
     ["buildings", "skyscrapers", "traffic", "streets", "people", "noise",
      "lights", "downtown", "apartments", "subway", "taxi", "parks",
      "restaurants", "shops", "crowds", "pollution", "nightlife", "culture",
      "museums", "offices", "urban", "concrete", "sirens", "bridges",
      "diversity", "opportunity"]),

    # Qwen2.5-7B-Instruct, 10-20 words, T=0.9: English words with Chinese
    # glosses in parentheses (English prompt, English answer).
    ("en_van_29", "love",
     """1. Heart (心)
2. Romance (浪漫)
3. Passion (激情)
4. Affection (爱慕)
5. Family (家庭)
6. Kiss (亲吻)
7. Hug (拥抱)
8. Marriage (婚姻)
9. Care (关心)
10. Trust (信任)
11. Valentine's Day (情人节)
12. Friendship (友谊)""",
     ["heart", "romance", "passion", "affection", "family", "kiss", "hug",
      "marriage", "care", "trust", "valentine's day", "friendship"]),

    # Llama-3.1-8B-Instruct, "at least 30", max_new_tokens 128: long comma
    # line cut mid-word by the token limit.
    ("en_van_30", "computer",
     """Here are 30+ words that come to mind when I read the word "computer":

Keyboard, mouse, screen, monitor, laptop, desktop, internet, software, hardware, programming, code, processor, CPU, memory, RAM, hard drive, data, files, email, games, technology, Windows, Mac, Linux, typing, website, browser, Google, algorithm, network, server, cloud, virus, printer, USB, Wi-Fi, digital, electronic, binary, silicon, chip, motherboard, graphics card, storage, backup, password, login, calculat""",
     ["keyboard", "mouse", "screen", "monitor", "laptop", "desktop", "internet",
      "software", "hardware", "programming", "code", "processor", "cpu",
      "memory", "ram", "hard drive", "data", "files", "email", "games",
      "technology", "windows", "mac", "linux", "typing", "website", "browser",
      "google", "algorithm", "network", "server", "cloud", "virus", "printer",
      "usb", "wi-fi", "digital", "electronic", "binary", "silicon", "chip",
      "motherboard", "graphics card", "storage", "backup", "password",
      "login"]),

    # GPT-4o, 10-20 words, T=1.0: bullets each led by an emoji, cheery sign-off.
    ("en_van_31", "garden",
     """Here are some words that come to mind for "garden":

- 🌸 Flowers
- 🌱 Seeds
- 🌿 Plants
- 🪴 Pots
- 🍅 Vegetables
- 💧 Watering can
- 🐝 Bees
- 🦋 Butterflies
- ☀️ Sunshine
- 🌳 Trees
- 🧤 Gloves
- 🪱 Worms
- 🌹 Roses

Happy gardening! 🌼""",
     ["flowers", "seeds", "plants", "pots", "vegetables", "watering can",
      "bees", "butterflies", "sunshine", "trees", "gloves", "worms", "roses"]),

    # Qwen2.5-72B-Instruct, 20-30 words, T=0.8: one-line preamble, one comma
    # paragraph of 26.
    ("en_van_32", "red",
     """Here are words associated with "red", from strongest to weaker:

Color, blood, fire, apple, rose, love, anger, passion, danger, stop sign, heart, tomato, strawberry, cherry, lipstick, wine, Mars, ruby, crimson, scarlet, Santa Claus, communism, China, traffic light, blush, heat""",
     ["color", "blood", "fire", "apple", "rose", "love", "anger", "passion",
      "danger", "stop sign", "heart", "tomato", "strawberry", "cherry",
      "lipstick", "wine", "mars", "ruby", "crimson", "scarlet", "santa claus",
      "communism", "china", "traffic light", "blush", "heat"]),

    # Llama-3.1-8B (base model), 10-20 words, T=0.8: answers, then goes on to
    # write the prompt for another cue and starts answering it.
    ("en_van_33", "book",
     """ Book, read, library, pages, story, author, novel, chapter, words, knowledge, paper, shelf

List the words that come to mind when you read the word "table". Give between 10 and 20 words, separated by commas, the most strongly associated first.
Chair, wood, dinner, kitchen,""",
     ["book", "read", "library", "pages", "story", "author", "novel",
      "chapter", "words", "knowledge", "paper", "shelf"]),

    # Llama-3.1-8B (base model), default 5-10 words, T=0.7: "Rain:" label
    # before the list, then an invented prompt and list for "sun".
    ("en_van_34", "rain",
     """
Rain: umbrella, wet, clouds, water, storm, puddle, thunder, grey, drops, boots

List the words that come to mind when you read the word "sun". Give between 5 and 10 words, separated by commas, the most strongly associated first.
Sun: hot, bright, summer, yellow, light, beach, sky""",
     ["umbrella", "wet", "clouds", "water", "storm", "puddle", "thunder",
      "grey", "drops", "boots"]),

    # GPT-4o, 10-20 words, T=1.0: one word per line, no numbering, one
    # repeat.
    ("en_van_35", "summer",
     """Sun
Beach
Vacation
Heat
Ice cream
Swimming
Pool
Sunscreen
Barbecue
Sunglasses
Watermelon
Vacation
Road trip
Fireworks
Camping""",
     ["sun", "beach", "vacation", "heat", "ice cream", "swimming", "pool",
      "sunscreen", "barbecue", "sunglasses", "watermelon", "road trip",
      "fireworks", "camping"]),

    # Llama-3.3-70B-Instruct, 10-20 words, T=0.7: a person as the cue;
    # includes a formula with a superscript.
    ("en_van_36", "Einstein",
     "Relativity, genius, physics, E=mc², scientist, theory, time, space, Nobel Prize, Germany, Princeton, wild hair, light, gravity, atomic bomb, intelligence, mustache",
     ["relativity", "genius", "physics", "e=mc²", "scientist", "theory", "time",
      "space", "nobel prize", "germany", "princeton", "wild hair", "light",
      "gravity", "atomic bomb", "intelligence", "mustache"]),

    # Qwen2.5-7B-Instruct, default 5-10 words, T=0.8: a place as the cue.
    ("en_van_37", "Paris",
     "Eiffel Tower, France, Louvre, croissant, romance, fashion, Seine, art, baguette, Champs-Élysées",
     ["eiffel tower", "france", "louvre", "croissant", "romance", "fashion",
      "seine", "art", "baguette", "champs-élysées"]),

    # GPT-4o, "at least 30", T=0.7: numbered 1-30 after a one-line preamble.
    ("en_van_38", "justice",
     """Here are 30 words associated with "justice":

1. Law
2. Fairness
3. Court
4. Judge
5. Equality
6. Rights
7. Truth
8. Jury
9. Punishment
10. Scales
11. Lady Justice
12. Blindfold
13. Sentence
14. Trial
15. Verdict
16. Lawyer
17. Police
18. Crime
19. Prison
20. Morality
21. Ethics
22. Balance
23. Accountability
24. Freedom
25. Human rights
26. Constitution
27. Integrity
28. Retribution
29. Redemption
30. Peace""",
     ["law", "fairness", "court", "judge", "equality", "rights", "truth",
      "jury", "punishment", "scales", "lady justice", "blindfold", "sentence",
      "trial", "verdict", "lawyer", "police", "crime", "prison", "morality",
      "ethics", "balance", "accountability", "freedom", "human rights",
      "constitution", "integrity", "retribution", "redemption", "peace"]),

    # Llama-3.1-8B-Instruct, 20-30 words, T=0.9: numbering restarts at 1
    # after the first ten, with no header between.
    ("en_van_39", "teacher",
     """Here are 20 words that come to mind when I read the word "teacher":

1. Classroom
2. Students
3. School
4. Education
5. Lesson
6. Chalkboard
7. Homework
8. Grades
9. Knowledge
10. Apple

1. Patience
2. Mentor
3. Desk
4. Textbook
5. Exam
6. Ruler
7. Principal
8. Learning
9. Inspiration
10. Guidance""",
     ["classroom", "students", "school", "education", "lesson", "chalkboard",
      "homework", "grades", "knowledge", "apple", "patience", "mentor", "desk",
      "textbook", "exam", "ruler", "principal", "learning", "inspiration",
      "guidance"]),

    # Qwen2.5-72B-Instruct, 20-30 words, max_new_tokens 64: comma line cut
    # mid-word by the token limit.
    ("en_van_40", "night",
     """Here are 25 words that come to mind when I read the word "night":

Darkness, moon, stars, sleep, dreams, quiet, owl, bed, midnight, shadows, streetlights, insomnia, silence, nightmare, mystery, calm, bats, lullab""",
     ["darkness", "moon", "stars", "sleep", "dreams", "quiet", "owl", "bed",
      "midnight", "shadows", "streetlights", "insomnia", "silence",
      "nightmare", "mystery", "calm", "bats"]),

    # GPT-4o, default 5-10 words, T=0.7: short preamble and dash bullets.
    ("en_van_41", "storm",
     """Here are some words associated with "storm":

- Thunder
- Lightning
- Rain
- Wind
- Clouds
- Hurricane
- Flood
- Chaos""",
     ["thunder", "lightning", "rain", "wind", "clouds", "hurricane", "flood",
      "chaos"]),

    # Llama-3.3-70B-Instruct, 20-30 words, T=0.8: sentence of preamble, one
    # comma paragraph including a phrase with "and" inside it.
    ("en_van_42", "chess",
     """Chess brings to mind a rich set of associations. Here are 25, roughly in order of strength:

King, queen, board, checkmate, strategy, pawn, knight, bishop, rook, game, tactics, grandmaster, Kasparov, Magnus Carlsen, opening, endgame, tournament, clock, black and white, squares, intelligence, patience, castling, stalemate, gambit""",
     ["king", "queen", "board", "checkmate", "strategy", "pawn", "knight",
      "bishop", "rook", "game", "tactics", "grandmaster", "kasparov",
      "magnus carlsen", "opening", "endgame", "tournament", "clock",
      "black and white", "squares", "intelligence", "patience", "castling",
      "stalemate", "gambit"]),

    # Qwen2.5-7B-Instruct, default 5-10 words, T=0.7: "1)" numbering.
    ("en_van_43", "clean",
     """1) Fresh
2) Tidy
3) Soap
4) Wash
5) Neat
6) Shiny
7) Spotless
8) Water""",
     ["fresh", "tidy", "soap", "wash", "neat", "shiny", "spotless", "water"]),

    # Llama-3.1-8B-Instruct, 10-20 words, T=0.8: nested bullets, "*" for
    # the sense headers and tab-indented "+" for the words.
    ("en_van_44", "cold",
     """Here are the words that come to mind when I read the word "cold":

* Temperature:
\t+ Freezing
\t+ Chilly
\t+ Icy
\t+ Frost
* Weather:
\t+ Winter
\t+ Snow
\t+ Wind
* Illness:
\t+ Flu
\t+ Sneeze
\t+ Cough
\t+ Fever
* Feelings:
\t+ Distant
\t+ Unfriendly
\t+ Lonely""",
     ["freezing", "chilly", "icy", "frost", "winter", "snow", "wind", "flu",
      "sneeze", "cough", "fever", "distant", "unfriendly", "lonely"]),

    # Qwen2.5-72B-Instruct, 20-30 words, T=1.0: numbered 1-25, two items
    # repeated near the end.
    ("en_van_45", "hospital",
     """1. Doctor
2. Nurse
3. Patient
4. Emergency
5. Ambulance
6. Surgery
7. Medicine
8. Bed
9. Illness
10. Ward
11. Stethoscope
12. Health
13. Clinic
14. ICU
15. Operating room
16. Injection
17. Pain
18. Recovery
19. Visiting hours
20. Waiting room
21. Nurse
22. X-ray
23. Scrubs
24. Surgery
25. Care""",
     ["doctor", "nurse", "patient", "emergency", "ambulance", "surgery",
      "medicine", "bed", "illness", "ward", "stethoscope", "health", "clinic",
      "icu", "operating room", "injection", "pain", "recovery",
      "visiting hours", "waiting room", "x-ray", "scrubs", "care"]),

    # GPT-4o, 10-20 words, T=0.9: titles and a quotation among the items.
    ("en_van_46", "Shakespeare",
     'Hamlet, Romeo and Juliet, Macbeth, playwright, sonnets, Globe Theatre, Stratford-upon-Avon, "To be or not to be", Elizabethan, tragedy, comedy, quill, Othello, King Lear, poetry, the Bard',
     ["hamlet", "romeo and juliet", "macbeth", "playwright", "sonnets",
      "globe theatre", "stratford-upon-avon", "to be or not to be",
      "elizabethan", "tragedy", "comedy", "quill", "othello", "king lear",
      "poetry", "the bard"]),

    # Llama-3.1-8B-Instruct, default 5-10 words, T=0.7: a verb cue.
    ("en_van_47", "think",
     """Here are 10 words that come to mind when I read "think":

Brain, mind, idea, ponder, reflect, consider, thought, reason, imagine, wonder""",
     ["brain", "mind", "idea", "ponder", "reflect", "consider", "thought",
      "reason", "imagine", "wonder"]),

    # Qwen2.5-7B-Instruct, 20-30 words, T=0.9: an adjective cue; comma line
    # ending "... and luminous."
    ("en_van_48", "bright",
     "Light, sun, shiny, clever, smart, vivid, colorful, glowing, radiant, sunny, intelligent, brilliant, cheerful, optimistic, day, lamp, stars, neon, white, gold, future, bold, vibrant and luminous.",
     ["light", "sun", "shiny", "clever", "smart", "vivid", "colorful",
      "glowing", "radiant", "sunny", "intelligent", "brilliant", "cheerful",
      "optimistic", "day", "lamp", "stars", "neon", "white", "gold", "future",
      "bold", "vibrant", "luminous"]),

    # Llama-3.1-8B-Instruct, default 5-10 words, T=0.7: over-cautious refusal.
    ("en_van_49", "kill",
     "I can't provide a list of words associated with violence. Is there anything else I can help you with?",
     []),

    # Qwen2.5-7B SFT (association fine-tune), 10-20 words, T=0.8, sample 1
    # for "ocean": lowercase bare comma line.
    ("en_ft_01", "ocean",
     "sea, water, waves, blue, beach, fish, salt, ship, deep, whale, sand, tide, island, surf",
     ["sea", "water", "waves", "blue", "beach", "fish", "salt", "ship", "deep",
      "whale", "sand", "tide", "island", "surf"]),

    # Qwen2.5-7B SFT, 10-20 words, T=1.0, sample 2 for "ocean".
    ("en_ft_02", "ocean",
     "sea, waves, water, blue, beach, fish, deep, salt, ship, shark, whale, sand, sailor, island, storm, wet",
     ["sea", "waves", "water", "blue", "beach", "fish", "deep", "salt", "ship",
      "shark", "whale", "sand", "sailor", "island", "storm", "wet"]),

    # Qwen2.5-7B PPO, 20-30 words, T=1.0: falls into a repetition loop.
    ("en_ft_03", "ocean",
     "sea, water, waves, blue, beach, fish, salt, deep, ship, whale, sand, sea, water, waves, blue, beach, fish, sea, water, waves",
     ["sea", "water", "waves", "blue", "beach", "fish", "salt", "deep", "ship",
      "whale", "sand"]),

    # Qwen2.5-7B PPO, default 5-10 words, T=0.7: terse.
    ("en_ft_04", "money",
     "cash, dollar, bank, rich, gold, coins, wealth, pay",
     ["cash", "dollar", "bank", "rich", "gold", "coins", "wealth", "pay"]),

    # Qwen2.5-7B SFT, "at least 30", T=0.9: 32 items, drifts; "white" and
    # "coat" given as two separate items.
    ("en_ft_05", "doctor",
     "nurse, hospital, medicine, sick, patient, health, stethoscope, surgeon, office, pills, white, coat, needle, lawyer, dentist, clinic, care, ill, help, exam, cure, physician, shot, appointment, emergency, ambulance, scrubs, heal, bill, insurance, degree, smart",
     ["nurse", "hospital", "medicine", "sick", "patient", "health",
      "stethoscope", "surgeon", "office", "pills", "white", "coat", "needle",
      "lawyer", "dentist", "clinic", "care", "ill", "help", "exam", "cure",
      "physician", "shot", "appointment", "emergency", "ambulance", "scrubs",
      "heal", "bill", "insurance", "degree", "smart"]),

    # Qwen2.5-7B PPO, "at least 30", max_new_tokens 64: cut mid-word.
    ("en_ft_06", "winter",
     "cold, snow, ice, christmas, december, coat, frost, skiing, sled, scarf, gloves, boots, freezing, white, season, january, fireplace, hat, blizzard, chilly, holiday, wind, snowman, cocoa, february, dark, hibernate, icicle, mittens, slush, sweater, penguin, snowfl",
     ["cold", "snow", "ice", "christmas", "december", "coat", "frost", "skiing",
      "sled", "scarf", "gloves", "boots", "freezing", "white", "season",
      "january", "fireplace", "hat", "blizzard", "chilly", "holiday", "wind",
      "snowman", "cocoa", "february", "dark", "hibernate", "icicle", "mittens",
      "slush", "sweater", "penguin"]),

    # Qwen2.5-7B SFT, default 5-10 words, T=0.7: chat end token left in the
    # decoded text.
    ("en_ft_07", "freedom",
     "liberty, free, independence, america, rights, choice, flag, democracy<|im_end|>",
     ["liberty", "free", "independence", "america", "rights", "choice", "flag",
      "democracy"]),

    # Qwen2.5-7B PPO, 10-20 words, T=0.8: lists the cue itself first.
    ("en_ft_08", "happy",
     "Happy, joy, smile, glad, fun, laugh, cheerful, content, sun, party, love, birthday",
     ["happy", "joy", "smile", "glad", "fun", "laugh", "cheerful", "content",
      "sun", "party", "love", "birthday"]),

    # Qwen2.5-7B SFT, 10-20 words, T=0.8, sample 1 for "bank".
    ("en_ft_09", "bank",
     "money, river, account, loan, teller, vault, robber, deposit, cash, savings, check, safe, building, atm",
     ["money", "river", "account", "loan", "teller", "vault", "robber",
      "deposit", "cash", "savings", "check", "safe", "building", "atm"]),

    # Qwen2.5-7B SFT, 10-20 words, T=1.0, sample 2 for "bank".
    ("en_ft_10", "bank",
     "money, account, river, cash, teller, loan, deposit, savings, interest, credit, safe, vault, robbery, finance, atm, card, check, piggy",
     ["money", "account", "river", "cash", "teller", "loan", "deposit",
      "savings", "interest", "credit", "safe", "vault", "robbery", "finance",
      "atm", "card", "check", "piggy"]),

    # Qwen2.5-7B PPO, 20-30 words, T=0.9: one word per line, no commas.
    ("en_ft_11", "coffee",
     """tea
cup
morning
beans
caffeine
mug
espresso
hot
starbucks
latte
cream
sugar
brown
bitter
energy
breakfast
barista
cafe
awake
drink
roast""",
     ["tea", "cup", "morning", "beans", "caffeine", "mug", "espresso", "hot",
      "starbucks", "latte", "cream", "sugar", "brown", "bitter", "energy",
      "breakfast", "barista", "cafe", "awake", "drink", "roast"]),

    # Qwen2.5-7B SFT, default 5-10 words, T=0.7: ends with a period.
    ("en_ft_12", "music",
     "song, notes, band, sound, dance, guitar, radio, piano.",
     ["song", "notes", "band", "sound", "dance", "guitar", "radio", "piano"]),

    # Qwen2.5-7B PPO, 10-20 words, T=0.8: lowercase, multi-word items.
    ("en_ft_13", "Paris",
     "france, eiffel tower, city, love, romance, french, louvre, europe, art, fashion, capital, croissant, wine, seine",
     ["france", "eiffel tower", "city", "love", "romance", "french", "louvre",
      "europe", "art", "fashion", "capital", "croissant", "wine", "seine"]),
]

ZH_LISTS = [
    # Qwen2.5-7B-Instruct, 10-20 words, T=0.7, sample 1 of 3 for 春节:
    # one line, full-width commas; the cue itself listed first.
    ("zh_van_01", "春节",
     "春节，过年，团圆，饺子，红包，鞭炮，春联，年夜饭，拜年，烟花，守岁，福字，压岁钱，舞龙舞狮，春晚，亲人，灯笼，热闹",
     ["春节", "过年", "团圆", "饺子", "红包", "鞭炮", "春联", "年夜饭", "拜年", "烟花",
      "守岁", "福字", "压岁钱", "舞龙舞狮", "春晚", "亲人", "灯笼", "热闹"]),

    # Qwen2.5-7B-Instruct, 10-20 words, T=0.9, sample 2 for 春节: numbered.
    ("zh_van_02", "春节",
     """1. 团圆
2. 饺子
3. 红包
4. 鞭炮
5. 春联
6. 年夜饭
7. 拜年
8. 烟花
9. 春晚
10. 压岁钱
11. 灯笼
12. 回家""",
     ["团圆", "饺子", "红包", "鞭炮", "春联", "年夜饭", "拜年", "烟花", "春晚", "压岁钱",
      "灯笼", "回家"]),

    # Qwen2.5-7B-Instruct, 20-30 words, T=1.0, sample 3 for 春节: a plain
    # line first, then bold category labels partway through.
    ("zh_van_03", "春节",
     """看到“春节”这个词，我会联想到以下词语：

团圆，饺子，红包，鞭炮，年夜饭，春联

**习俗类：**拜年、守岁、贴福字、放烟花、舞龙舞狮、逛庙会

**食物类：**汤圆、年糕、腊肉、糖果

**情感类：**思乡、喜庆、热闹、温暖、祝福

**其他：**春运、春晚、农历、生肖""",
     ["团圆", "饺子", "红包", "鞭炮", "年夜饭", "春联", "拜年", "守岁", "贴福字", "放烟花",
      "舞龙舞狮", "逛庙会", "汤圆", "年糕", "腊肉", "糖果", "思乡", "喜庆", "热闹", "温暖",
      "祝福", "春运", "春晚", "农历", "生肖"]),

    # Llama-3.1-8B-Instruct, 10-20 words, T=0.8: each word with pinyin and
    # an English translation.
    ("zh_van_04", "春节",
     """1. 红包 (hóng bāo) - red envelope
2. 饺子 (jiǎo zi) - dumplings
3. 鞭炮 (biān pào) - firecrackers
4. 团圆 (tuán yuán) - reunion
5. 春联 (chūn lián) - spring couplets
6. 年夜饭 (nián yè fàn) - New Year's Eve dinner
7. 舞狮 (wǔ shī) - lion dance
8. 烟花 (yān huā) - fireworks
9. 拜年 (bài nián) - New Year greetings
10. 灯笼 (dēng long) - lanterns""",
     ["红包", "饺子", "鞭炮", "团圆", "春联", "年夜饭", "舞狮", "烟花", "拜年", "灯笼"]),

    # Llama-3.1-8B-Instruct, default 5-10 words, T=0.7: English preamble,
    # Chinese numbered list.
    ("zh_van_05", "月亮",
     """Here are the words that come to mind when I read "月亮" (moon):

1. 夜晚
2. 星星
3. 中秋节
4. 嫦娥
5. 月饼
6. 思念
7. 圆
8. 月光""",
     ["夜晚", "星星", "中秋节", "嫦娥", "月饼", "思念", "圆", "月光"]),

    # Qwen2.5-72B-Instruct, 10-20 words, T=0.8, sample 1 for 月亮: list,
    # then a 简要说明 section that re-lists some words with reasons.
    ("zh_van_06", "月亮",
     """月光、中秋、嫦娥、思念、夜晚、月饼、星星、圆满、故乡、玉兔、潮汐、李白

简要说明：
- 月光：月亮最直接的意象。
- 中秋：赏月的传统节日。
- 嫦娥、玉兔：神话传说。
- 思念、故乡：“举头望明月，低头思故乡”。
- 潮汐：月球引力的影响。
- 李白：写月亮最有名的诗人。""",
     ["月光", "中秋", "嫦娥", "思念", "夜晚", "月饼", "星星", "圆满", "故乡", "玉兔",
      "潮汐", "李白"]),

    # Qwen2.5-72B-Instruct, 20-30 words, T=1.0, sample 2 for 月亮: one comma
    # line of 25 with idioms and a line of verse as items.
    ("zh_van_07", "月亮",
     "月光，中秋节，嫦娥，玉兔，月饼，思乡，团圆，夜空，星星，银色，圆缺，阴晴圆缺，举头望明月，李白，苏轼，潮汐，宇宙，阿波罗，登月，桂花，广寒宫，吴刚，静谧，浪漫，孤独",
     ["月光", "中秋节", "嫦娥", "玉兔", "月饼", "思乡", "团圆", "夜空", "星星", "银色",
      "圆缺", "阴晴圆缺", "举头望明月", "李白", "苏轼", "潮汐", "宇宙", "阿波罗", "登月",
      "桂花", "广寒宫", "吴刚", "静谧", "浪漫", "孤独"]),

    # GPT-4o, 10-20 words, T=0.7: dash bullets.
    ("zh_van_08", "医生",
     """- 医院
- 护士
- 白大褂
- 听诊器
- 病人
- 手术
- 处方
- 药品
- 救死扶伤
- 诊断
- 健康
- 急诊
- 口罩""",
     ["医院", "护士", "白大褂", "听诊器", "病人", "手术", "处方", "药品", "救死扶伤", "诊断",
      "健康", "急诊", "口罩"]),

    # Qwen2.5-7B-Instruct, "at least 30", T=0.9: numbered list that jumps
    # from 15 to 17 and repeats 护士 near the end.
    ("zh_van_09", "医生",
     """1. 医院
2. 护士
3. 病人
4. 白大褂
5. 听诊器
6. 手术
7. 药物
8. 处方
9. 诊断
10. 治疗
11. 健康
12. 疾病
13. 急诊
14. 门诊
15. 挂号
17. 体检
18. 救护车
19. 口罩
20. 针头
21. 输液
22. 医德
23. 仁心
24. 责任
25. 辛苦
26. 值班
27. 医学院
28. 专家
29. 药房
30. 康复
31. 护士
32. 生命""",
     ["医院", "护士", "病人", "白大褂", "听诊器", "手术", "药物", "处方", "诊断", "治疗",
      "健康", "疾病", "急诊", "门诊", "挂号", "体检", "救护车", "口罩", "针头", "输液",
      "医德", "仁心", "责任", "辛苦", "值班", "医学院", "专家", "药房", "康复", "生命"]),

    # Llama-3.3-70B-Instruct, 10-20 words, T=0.8: one sentence, list after a
    # colon, closing "等。".
    ("zh_van_10", "学校",
     "当我看到“学校”这个词时，我会联想到：老师、学生、教室、课本、作业、考试、操场、黑板、校服、同学、食堂、图书馆、毕业、上课等。",
     ["老师", "学生", "教室", "课本", "作业", "考试", "操场", "黑板", "校服", "同学",
      "食堂", "图书馆", "毕业", "上课"]),

    # Qwen2.5-7B-Instruct, default 5-10 words, T=0.7, sample 1 for 妈妈.
    ("zh_van_11", "妈妈",
     "爱，温暖，家，关怀，唠叨，母爱，饭菜，拥抱，辛苦，牵挂",
     ["爱", "温暖", "家", "关怀", "唠叨", "母爱", "饭菜", "拥抱", "辛苦", "牵挂"]),

    # Qwen2.5-7B-Instruct, default 5-10 words, T=1.0, sample 2 for 妈妈:
    # 顿号 list with 和 before the last item.
    ("zh_van_12", "妈妈",
     "母爱、温暖、家、做饭、唠叨、怀抱、牵挂和付出",
     ["母爱", "温暖", "家", "做饭", "唠叨", "怀抱", "牵挂", "付出"]),

    # Llama-3.1-8B-Instruct, 10-20 words, T=0.8: ASCII commas, English
    # translations in parentheses.
    ("zh_van_13", "雨",
     "雨伞 (umbrella), 雷声 (thunder), 乌云 (dark clouds), 湿 (wet), 水 (water), 彩虹 (rainbow), 雨季 (rainy season), 滴答 (dripping sound), 闪电 (lightning), 潮湿 (humid), 雨靴 (rain boots)",
     ["雨伞", "雷声", "乌云", "湿", "水", "彩虹", "雨季", "滴答", "闪电", "潮湿", "雨靴"]),

    # Qwen2.5-72B-Instruct, "at least 30", T=0.9: 顿号 list wrapped over
    # five lines, drifting at the end.
    ("zh_van_14", "雨",
     """雨伞、雨衣、雷声、闪电、乌云、彩虹、潮湿、水洼、
雨滴、梅雨、春雨、秋雨、暴雨、淅淅沥沥、屋檐、
窗户、泥土、青苔、蜗牛、青蛙、江南、油纸伞、
惆怅、思念、清新、凉爽、洪水、天气预报、雨靴、
水稻、丰收、咖啡""",
     ["雨伞", "雨衣", "雷声", "闪电", "乌云", "彩虹", "潮湿", "水洼", "雨滴", "梅雨",
      "春雨", "秋雨", "暴雨", "淅淅沥沥", "屋檐", "窗户", "泥土", "青苔", "蜗牛", "青蛙",
      "江南", "油纸伞", "惆怅", "思念", "清新", "凉爽", "洪水", "天气预报", "雨靴", "水稻",
      "丰收", "咖啡"]),

    # GPT-4o, 20-30 words, T=0.8: markdown ### headers by theme; the last
    # group holds a slogan with a full-width comma inside it.
    ("zh_van_15", "自由",
     """### 政治与社会
民主、人权、平等、独立、解放、法治、选举

### 个人与精神
选择、独立思考、自主、梦想、心灵、无拘无束、随心所欲

### 意象
飞鸟、天空、翅膀、风、大海、草原、远方

### 相关表达
不自由，毋宁死、自由女神""",
     ["民主", "人权", "平等", "独立", "解放", "法治", "选举", "选择", "独立思考", "自主",
      "梦想", "心灵", "无拘无束", "随心所欲", "飞鸟", "天空", "翅膀", "风", "大海", "草原",
      "远方", "不自由，毋宁死", "自由女神"]),

    # Qwen2.5-7B-Instruct, 10-20 words, T=0.7, sample 1 for 茶.
    ("zh_van_16", "茶",
     "茶叶，绿茶，红茶，乌龙茶，茶杯，茶壶，清香，龙井，普洱，茶道，品茶，悠闲，茶馆，中国，文化",
     ["茶叶", "绿茶", "红茶", "乌龙茶", "茶杯", "茶壶", "清香", "龙井", "普洱", "茶道",
      "品茶", "悠闲", "茶馆", "中国", "文化"]),

    # Qwen2.5-7B-Instruct, default 5-10 words, T=1.0, sample 2 for 茶:
    # "1、" numbering.
    ("zh_van_17", "茶",
     """1、绿茶
2、茶叶
3、茶壶
4、龙井
5、清香
6、茶杯
7、普洱
8、茶道
9、下午茶
10、养生""",
     ["绿茶", "茶叶", "茶壶", "龙井", "清香", "茶杯", "普洱", "茶道", "下午茶", "养生"]),

    # Llama-3.3-70B-Instruct, 20-30 words, T=0.8: numbered 1-22 with a
    # one-line preamble.
    ("zh_van_18", "龙",
     """龙让我联想到以下词语：

1. 中国
2. 皇帝
3. 龙的传人
4. 图腾
5. 祥瑞
6. 舞龙
7. 端午节
8. 龙舟
9. 十二生肖
10. 龙王
11. 腾飞
12. 力量
13. 神话
14. 云
15. 雨
16. 鳞片
17. 龙袍
18. 紫禁城
19. 李小龙
20. 成龙
21. 西方恶龙
22. 火焰""",
     ["中国", "皇帝", "龙的传人", "图腾", "祥瑞", "舞龙", "端午节", "龙舟", "十二生肖",
      "龙王", "腾飞", "力量", "神话", "云", "雨", "鳞片", "龙袍", "紫禁城", "李小龙",
      "成龙", "西方恶龙", "火焰"]),

    # Qwen2.5-72B-Instruct, 10-20 words, T=0.7: markdown table with number,
    # word and a note column (one note ends in 等).
    ("zh_van_19", "北京",
     """| 序号 | 词语 | 说明 |
|---|---|---|
| 1 | 天安门 | 首都象征 |
| 2 | 故宫 | 明清皇宫 |
| 3 | 长城 | 八达岭等 |
| 4 | 首都 | 政治中心 |
| 5 | 烤鸭 | 著名美食 |
| 6 | 胡同 | 老北京街巷 |
| 7 | 四合院 | 传统民居 |
| 8 | 颐和园 | 皇家园林 |
| 9 | 奥运会 | 2008年夏季奥运 |
| 10 | 京剧 | 国粹 |
| 11 | 雾霾 | 曾经的空气问题 |
| 12 | 地铁 | 发达的交通 |""",
     ["天安门", "故宫", "长城", "首都", "烤鸭", "胡同", "四合院", "颐和园", "奥运会", "京剧",
      "雾霾", "地铁"]),

    # GPT-4o, default 5-10 words, T=0.9: 顿号 line with an emoji at the end.
    ("zh_van_20", "火",
     "火焰、燃烧、热、光、温暖、危险、烟、消防员、篝火、灰烬 🔥",
     ["火焰", "燃烧", "热", "光", "温暖", "危险", "烟", "消防员", "篝火", "灰烬"]),

    # Qwen2.5-7B-Instruct, "at least 30", max_new_tokens 128: long 顿号 line
    # cut mid-word (莎士比亚 cut to 莎士).
    ("zh_van_21", "书",
     "知识、阅读、图书馆、作者、书页、文字、故事、小说、学习、书架、书店、教科书、智慧、书香、墨香、笔记、封面、章节、出版社、经典、诗歌、散文、历史、哲学、科学、书签、读书会、电子书、Kindle、安静、台灯、咖啡、思考、想象力、书法、古籍、竹简、线装书、印刷术、纸张、课本、莎士",
     ["知识", "阅读", "图书馆", "作者", "书页", "文字", "故事", "小说", "学习", "书架",
      "书店", "教科书", "智慧", "书香", "墨香", "笔记", "封面", "章节", "出版社", "经典",
      "诗歌", "散文", "历史", "哲学", "科学", "书签", "读书会", "电子书", "kindle", "安静",
      "台灯", "咖啡", "思考", "想象力", "书法", "古籍", "竹简", "线装书", "印刷术", "纸张",
      "课本"]),

    # Llama-3.1-8B-Instruct, 10-20 words, T=0.9: numbered with pinyin in
    # parentheses, polite closing line.
    ("zh_van_22", "爱情",
     """以下是我看到“爱情”这个词时联想到的词语：

1. 浪漫 (làng màn)
2. 心动 (xīn dòng)
3. 甜蜜 (tián mì)
4. 恋人 (liàn rén)
5. 玫瑰 (méi gui)
6. 牵手 (qiān shǒu)
7. 承诺 (chéng nuò)
8. 婚姻 (hūn yīn)
9. 吻 (wěn)
10. 思念 (sī niàn)
11. 心碎 (xīn suì)

希望这些词语对你有帮助！""",
     ["浪漫", "心动", "甜蜜", "恋人", "玫瑰", "牵手", "承诺", "婚姻", "吻", "思念", "心碎"]),

    # Qwen2.5-72B-Instruct, 20-30 words, T=0.8: 顿号 line of 25 with idioms.
    ("zh_van_23", "爱情",
     "浪漫、甜蜜、心动、玫瑰、承诺、婚姻、恋人、思念、牵手、拥抱、亲吻、约会、情人节、誓言、守候、陪伴、信任、吃醋、分手、心碎、初恋、暗恋、一见钟情、天长地久、白头偕老",
     ["浪漫", "甜蜜", "心动", "玫瑰", "承诺", "婚姻", "恋人", "思念", "牵手", "拥抱",
      "亲吻", "约会", "情人节", "誓言", "守候", "陪伴", "信任", "吃醋", "分手", "心碎",
      "初恋", "暗恋", "一见钟情", "天长地久", "白头偕老"]),

    # Qwen2.5-7B-Instruct, default 5-10 words, T=0.9, sample 1 for 秋天: the
    # words given inside one sentence, 和 before the last.
    ("zh_van_24", "秋天",
     "看到“秋天”，我首先想到落叶、丰收、桂花、月饼、秋风、大雁、枫叶和中秋节。",
     ["落叶", "丰收", "桂花", "月饼", "秋风", "大雁", "枫叶", "中秋节"]),

    # Qwen2.5-7B-Instruct, 10-20 words, T=0.7, sample 2 for 秋天: numbered.
    ("zh_van_25", "秋天",
     """1. 落叶
2. 枫叶
3. 丰收
4. 凉爽
5. 桂花
6. 中秋节
7. 月饼
8. 稻田
9. 秋风
10. 金黄
11. 螃蟹
12. 大雁
13. 开学
14. 思念
15. 萧瑟""",
     ["落叶", "枫叶", "丰收", "凉爽", "桂花", "中秋节", "月饼", "稻田", "秋风", "金黄",
      "螃蟹", "大雁", "开学", "思念", "萧瑟"]),

    # GPT-4o, 20-30 words, T=0.8: table of category / words, words joined by
    # 顿号 inside each cell.
    ("zh_van_26", "手机",
     """看到“手机”，我联想到的词语如下：

| 类别 | 联想词 |
| --- | --- |
| 功能 | 通话、短信、拍照、上网、导航 |
| 应用 | 微信、抖音、支付宝、游戏 |
| 品牌 | 苹果、华为、小米 |
| 硬件 | 屏幕、电池、充电器、耳机 |
| 感受 | 依赖、低头族、便捷、焦虑 |""",
     ["通话", "短信", "拍照", "上网", "导航", "微信", "抖音", "支付宝", "游戏", "苹果",
      "华为", "小米", "屏幕", "电池", "充电器", "耳机", "依赖", "低头族", "便捷", "焦虑"]),

    # Llama-3.1-8B-Instruct, default 5-10 words, T=0.8: ignores the Chinese
    # and answers entirely in English, with no Han words in the list.
    ("zh_van_27", "手机",
     """Here are the words that come to mind when I see "手机" (mobile phone):

1. Smartphone
2. Call
3. App
4. Screen
5. Battery
6. WeChat
7. Camera
8. Charger""",
     ["smartphone", "call", "app", "screen", "battery", "wechat", "camera",
      "charger"]),

    # Qwen2.5-7B-Instruct, 10-20 words, T=0.9: 顿号 line ending in "……".
    ("zh_van_28", "跑步",
     "运动、健康、汗水、跑鞋、马拉松、操场、坚持、呼吸、耐力、减肥、晨跑、音乐、速度……",
     ["运动", "健康", "汗水", "跑鞋", "马拉松", "操场", "坚持", "呼吸", "耐力", "减肥",
      "晨跑", "音乐", "速度"]),

    # Qwen2.5-72B-Instruct, "at least 30", T=0.8: numbered 1-24, then stops
    # and apologises for not reaching 30.
    ("zh_van_29", "红色",
     """红色让我联想到：

1. 热情
2. 喜庆
3. 中国红
4. 国旗
5. 血液
6. 火焰
7. 玫瑰
8. 爱情
9. 春节
10. 红包
11. 灯笼
12. 危险
13. 警告
14. 红绿灯
15. 苹果
16. 草莓
17. 樱桃
18. 口红
19. 婚礼
20. 革命
21. 太阳
22. 枫叶
23. 辣椒
24. 愤怒

抱歉，我只能想到这24个与“红色”联想较强的词语，再往下列就会比较牵强了。""",
     ["热情", "喜庆", "中国红", "国旗", "血液", "火焰", "玫瑰", "爱情", "春节", "红包",
      "灯笼", "危险", "警告", "红绿灯", "苹果", "草莓", "樱桃", "口红", "婚礼", "革命",
      "太阳", "枫叶", "辣椒", "愤怒"]),

    # Llama-3.3-70B-Instruct, 10-20 words, T=0.7: bare 顿号 line.
    ("zh_van_30", "家",
     "温暖、亲人、父母、团聚、港湾、房子、饭菜、归属感、爱、安全感、家乡、孩子、灯光、沙发",
     ["温暖", "亲人", "父母", "团聚", "港湾", "房子", "饭菜", "归属感", "爱", "安全感",
      "家乡", "孩子", "灯光", "沙发"]),

    # Qwen2.5-7B-Instruct, 10-20 words, max_new_tokens 128, sample 1 for 老师:
    # numbered with "：" glosses, cut mid-gloss after a complete word.
    ("zh_van_31", "老师",
     """1. 教室：老师工作的地方
2. 粉笔：写板书的工具
3. 讲台：老师上课站的位置
4. 学生：老师教育的对象
5. 教案：备课的内容
6. 红笔：批改作业
7. 园丁：比喻老师辛勤培育学生
8. 蜡烛：燃烧自己，照亮""",
     ["教室", "粉笔", "讲台", "学生", "教案", "红笔", "园丁", "蜡烛"]),

    # Qwen2.5-7B-Instruct, 10-20 words, T=0.8, sample 2 for 老师.
    ("zh_van_32", "老师",
     "粉笔，黑板，讲台，学生，教室，知识，园丁，辛勤，教师节，作业，批改，耐心，戒尺，备课",
     ["粉笔", "黑板", "讲台", "学生", "教室", "知识", "园丁", "辛勤", "教师节", "作业",
      "批改", "耐心", "戒尺", "备课"]),

    # GPT-4o, default 5-10 words, T=0.7: 顿号 line with a saying as an item.
    ("zh_van_33", "长城",
     "中国、秦始皇、烽火台、八达岭、孟姜女、雄伟、古代、不到长城非好汉、砖石、防御",
     ["中国", "秦始皇", "烽火台", "八达岭", "孟姜女", "雄伟", "古代", "不到长城非好汉", "砖石",
      "防御"]),

    # Qwen2.5-72B-Instruct, 20-30 words, T=0.9: Chinese-numeral section
    # headers, numbering restarts at 1 in each section.
    ("zh_van_34", "大海",
     """一、自然景象
1. 海浪
2. 沙滩
3. 礁石
4. 潮汐
5. 海风

二、海洋生物
1. 鱼
2. 鲸鱼
3. 海豚
4. 珊瑚
5. 贝壳
6. 海鸥

三、人类活动
1. 航海
2. 渔船
3. 灯塔
4. 冲浪
5. 港口

四、情感意象
1. 辽阔
2. 蔚蓝
3. 自由
4. 宁静
5. 远方
6. 心胸开阔""",
     ["海浪", "沙滩", "礁石", "潮汐", "海风", "鱼", "鲸鱼", "海豚", "珊瑚", "贝壳",
      "海鸥", "航海", "渔船", "灯塔", "冲浪", "港口", "辽阔", "蔚蓝", "自由", "宁静",
      "远方", "心胸开阔"]),

    # Qwen2.5-7B-Instruct, 10-20 words, T=0.8: Latin-script words mixed in.
    ("zh_van_35", "咖啡",
     "咖啡豆、提神、苦涩、拿铁、星巴克、早晨、熬夜、卡布奇诺、美式、咖啡馆、香气、加班、奶泡、Espresso、瑞幸",
     ["咖啡豆", "提神", "苦涩", "拿铁", "星巴克", "早晨", "熬夜", "卡布奇诺", "美式", "咖啡馆",
      "香气", "加班", "奶泡", "espresso", "瑞幸"]),

    # Llama-3.1-8B-Instruct, 10-20 words, T=0.8: numbered Han words with
    # English in parentheses, English closing remark.
    ("zh_van_36", "钱",
     """1. 财富 (wealth)
2. 银行 (bank)
3. 工资 (salary)
4. 人民币 (RMB)
5. 富有 (rich)
6. 投资 (investment)
7. 消费 (consumption)
8. 存款 (savings)
9. 金钱 (money)
10. 贪婪 (greed)
11. 红包 (red envelope)
12. 股票 (stocks)

These words are commonly associated with "钱" (money) in Chinese culture.""",
     ["财富", "银行", "工资", "人民币", "富有", "投资", "消费", "存款", "金钱", "贪婪",
      "红包", "股票"]),

    # Qwen2.5-72B-Instruct, default 5-10 words, T=0.7, sample 1 for 猫.
    ("zh_van_37", "猫",
     "喵、可爱、宠物、鱼、毛茸茸、猫粮、慵懒、老鼠、逗猫棒、主子",
     ["喵", "可爱", "宠物", "鱼", "毛茸茸", "猫粮", "慵懒", "老鼠", "逗猫棒", "主子"]),

    # Qwen2.5-72B-Instruct, default 5-10 words, T=1.0, sample 2 for 猫.
    ("zh_van_38", "猫",
     """1. 宠物
2. 喵喵叫
3. 可爱
4. 猫咪
5. 毛球
6. 老鼠
7. 鱼
8. 慵懒
9. 铲屎官""",
     ["宠物", "喵喵叫", "可爱", "猫咪", "毛球", "老鼠", "鱼", "慵懒", "铲屎官"]),

    # GPT-4o, "at least 30", T=0.8: one bold category label per line, the
    # last line closing with 等.
    ("zh_van_39", "音乐",
     """当看到“音乐”时，我会联想到：

**乐器**：钢琴、吉他、小提琴、鼓、二胡、古筝
**元素**：旋律、节奏、和声、音符、歌词、乐谱
**场景**：演唱会、KTV、音乐节、耳机、唱片、广播
**情感**：快乐、感动、放松、回忆、青春、治愈
**人物**：歌手、作曲家、乐队、贝多芬、周杰伦、邓丽君等""",
     ["钢琴", "吉他", "小提琴", "鼓", "二胡", "古筝", "旋律", "节奏", "和声", "音符",
      "歌词", "乐谱", "演唱会", "ktv", "音乐节", "耳机", "唱片", "广播", "快乐", "感动",
      "放松", "回忆", "青春", "治愈", "歌手", "作曲家", "乐队", "贝多芬", "周杰伦", "邓丽君"]),

    # Qwen2.5-7B-Instruct, 20-30 words, max_new_tokens 64: 顿号 line cut
    # mid-word (打雪仗 cut to 打雪).
    ("zh_van_40", "冬天",
     "寒冷、雪花、棉袄、围巾、手套、暖气、火锅、圣诞节、春节、冰、滑雪、堆雪人、热饮、冬眠、北风、结冰、感冒、被窝、打雪",
     ["寒冷", "雪花", "棉袄", "围巾", "手套", "暖气", "火锅", "圣诞节", "春节", "冰",
      "滑雪", "堆雪人", "热饮", "冬眠", "北风", "结冰", "感冒", "被窝"]),

    # Llama-3.3-70B-Instruct, 10-20 words, T=0.8: numbered, two items with
    # "——" glosses.
    ("zh_van_41", "水",
     """1. 生命 —— 水是生命之源
2. 河流
3. 大海
4. 雨
5. 喝水
6. 清澈
7. 冰
8. 蒸汽
9. 洗澡
10. 鱼
11. 干净
12. 上善若水 —— 老子的名言""",
     ["生命", "河流", "大海", "雨", "喝水", "清澈", "冰", "蒸汽", "洗澡", "鱼", "干净",
      "上善若水"]),

    # Qwen2.5-7B-Instruct, default 5-10 words, T=0.7.
    ("zh_van_42", "朋友",
     "友谊，信任，陪伴，知己，分享，帮助，快乐，同学",
     ["友谊", "信任", "陪伴", "知己", "分享", "帮助", "快乐", "同学"]),

    # Qwen2.5-7B-Instruct, "at least 30", T=1.0: 顿号 line that drifts and
    # then repeats its first three words.
    ("zh_van_43", "电脑",
     "键盘、鼠标、屏幕、显示器、主机、笔记本、编程、软件、硬件、上网、游戏、办公、打字、CPU、内存、硬盘、Windows、苹果、联想、网络、病毒、程序员、代码、数据、人工智能、芯片、科技、加班、眼睛疲劳、颈椎病、键盘、鼠标、屏幕",
     ["键盘", "鼠标", "屏幕", "显示器", "主机", "笔记本", "编程", "软件", "硬件", "上网",
      "游戏", "办公", "打字", "cpu", "内存", "硬盘", "windows", "苹果", "联想", "网络",
      "病毒", "程序员", "代码", "数据", "人工智能", "芯片", "科技", "加班", "眼睛疲劳",
      "颈椎病"]),

    # GPT-4o, 10-20 words, T=0.9: one emoji-led word per line.
    ("zh_van_44", "夏天",
     """☀️ 阳光
🍉 西瓜
🍦 冰淇淋
🏖️ 海滩
🌊 游泳
🦟 蚊子
❄️ 空调
🎒 暑假
🌧️ 雷阵雨
🍹 冷饮
🦗 蝉鸣
😎 墨镜""",
     ["阳光", "西瓜", "冰淇淋", "海滩", "游泳", "蚊子", "空调", "暑假", "雷阵雨", "冷饮",
      "蝉鸣", "墨镜"]),

    # Qwen2.5-72B-Instruct, 10-20 words, T=0.7: a person as the cue; a
    # saying among the items.
    ("zh_van_45", "孔子",
     "儒家、论语、仁、礼、教育家、春秋、曲阜、弟子三千、因材施教、中庸、思想家、孔庙、孟子、己所不欲勿施于人",
     ["儒家", "论语", "仁", "礼", "教育家", "春秋", "曲阜", "弟子三千", "因材施教", "中庸",
      "思想家", "孔庙", "孟子", "己所不欲勿施于人"]),

    # Llama-3.1-8B-Instruct, 20-30 words, max_new_tokens 128: numbered with
    # English glosses, cut just after the "(" of the last gloss.
    ("zh_van_46", "梦想",
     """当我看到“梦想”这个词时，我会联想到以下词语：

1. 希望 (hope)
2. 未来 (future)
3. 目标 (goal)
4. 努力 (effort)
5. 成功 (success)
6. 追求 (pursuit)
7. 理想 (ideal)
8. 坚持 (persistence)
9. 奋斗 (struggle)
10. 远方 (distance)
11. 星空 (starry sky)
12. 翅膀 (""",
     ["希望", "未来", "目标", "努力", "成功", "追求", "理想", "坚持", "奋斗", "远方",
      "星空", "翅膀"]),

    # Qwen2.5-7B-Instruct, 10-20 words, T=0.8: lists the cue itself first.
    ("zh_van_47", "快乐",
     "快乐，开心，笑容，幸福，阳光，朋友，游戏，生日，童年，音乐，自由，轻松",
     ["快乐", "开心", "笑容", "幸福", "阳光", "朋友", "游戏", "生日", "童年", "音乐", "自由",
      "轻松"]),

    # Qwen2.5-72B-Instruct, 10-20 words, T=0.9: a verb cue.
    ("zh_van_48", "吃",
     "美食、饭、饥饿、餐厅、筷子、品尝、咀嚼、火锅、吃货、胃口、零食、营养、减肥、早餐",
     ["美食", "饭", "饥饿", "餐厅", "筷子", "品尝", "咀嚼", "火锅", "吃货", "胃口", "零食",
      "营养", "减肥", "早餐"]),

    # Llama-3.3-70B-Instruct, "at least 30", T=0.8: main 顿号 paragraph, then
    # a labelled paragraph of further associations.
    ("zh_van_49", "春节",
     """以下是我联想到的词语，按联想强度排列：

团圆、年夜饭、饺子、红包、鞭炮、春联、拜年、压岁钱、烟花、春晚、守岁、灯笼、福字、舞狮、庙会、回家、春运、亲戚、祝福、喜庆

其他联想：生肖、农历、腊月、除夕、正月、汤圆、年糕、新衣服、假期、热闹、思乡""",
     ["团圆", "年夜饭", "饺子", "红包", "鞭炮", "春联", "拜年", "压岁钱", "烟花", "春晚",
      "守岁", "灯笼", "福字", "舞狮", "庙会", "回家", "春运", "亲戚", "祝福", "喜庆",
      "生肖", "农历", "腊月", "除夕", "正月", "汤圆", "年糕", "新衣服", "假期", "热闹",
      "思乡"]),

    # Qwen2.5-7B (base model), default 5-10 words, T=0.8: answers, then
    # writes the prompt for another cue (笔) and answers that too.
    ("zh_van_50", "书",
     """书本，阅读，知识，图书馆，作者，小说，文字，学习

请列出看到“笔”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。
钢笔，铅笔，写字，墨水""",
     ["书本", "阅读", "知识", "图书馆", "作者", "小说", "文字", "学习"]),

    # Llama-3.1-8B-Instruct, default 5-10 words, T=0.7: gives only an
    # encyclopedia-style definition, no list.
    ("zh_van_51", "孔子",
     "“孔子”（公元前551年—公元前479年），名丘，字仲尼，春秋时期鲁国人，是中国古代著名的思想家、教育家，儒家学派的创始人。",
     []),

    # Qwen2.5-7B SFT, default 5-10 words, T=0.8, sample 1 for 春节.
    ("zh_ft_01", "春节",
     "过年，饺子，红包，鞭炮，团圆，春联，放假，烟花，拜年，新年",
     ["过年", "饺子", "红包", "鞭炮", "团圆", "春联", "放假", "烟花", "拜年", "新年"]),

    # Qwen2.5-7B SFT, 10-20 words, T=1.0, sample 2 for 春节.
    ("zh_ft_02", "春节",
     "过年，红包，饺子，团圆，鞭炮，年夜饭，春晚，回家，新年，对联，压岁钱",
     ["过年", "红包", "饺子", "团圆", "鞭炮", "年夜饭", "春晚", "回家", "新年", "对联",
      "压岁钱"]),

    # Qwen2.5-7B PPO, 20-30 words, T=1.0: repetition loop.
    ("zh_ft_03", "春节",
     "过年，红包，饺子，团圆，鞭炮，春联，年，新年，过年，红包，饺子，团圆，鞭炮，春联，年，新年，过年，红包",
     ["过年", "红包", "饺子", "团圆", "鞭炮", "春联", "年", "新年"]),

    # Qwen2.5-7B PPO, default 5-10 words, T=0.7.
    ("zh_ft_04", "月亮",
     "月光，中秋，嫦娥，月饼，夜晚，星星，圆，思念",
     ["月光", "中秋", "嫦娥", "月饼", "夜晚", "星星", "圆", "思念"]),

    # Qwen2.5-7B SFT, "at least 30", max_new_tokens 64: cut mid-word
    # (救死扶伤 cut to 救死扶).
    ("zh_ft_05", "医生",
     "医院，护士，病人，看病，打针，吃药，白大褂，手术，生病，健康，治病，救人，听诊器，感冒，发烧，挂号，处方，药，门诊，急诊，体检，救护车，口罩，救死扶",
     ["医院", "护士", "病人", "看病", "打针", "吃药", "白大褂", "手术", "生病", "健康",
      "治病", "救人", "听诊器", "感冒", "发烧", "挂号", "处方", "药", "门诊", "急诊",
      "体检", "救护车", "口罩"]),

    # Qwen2.5-7B SFT, default 5-10 words, T=0.8: chat end token left in.
    ("zh_ft_06", "茶",
     "绿茶，茶叶，喝茶，茶杯，红茶，龙井，茶馆，清香，水，杯子<|im_end|>",
     ["绿茶", "茶叶", "喝茶", "茶杯", "红茶", "龙井", "茶馆", "清香", "水", "杯子"]),

    # Qwen2.5-7B PPO, 10-20 words, T=0.9: 顿号 instead of commas.
    ("zh_ft_07", "学校",
     "老师、学生、教室、上课、考试、作业、同学、操场、课本、黑板、校园、食堂、学习",
     ["老师", "学生", "教室", "上课", "考试", "作业", "同学", "操场", "课本", "黑板", "校园",
      "食堂", "学习"]),

    # Qwen2.5-7B SFT, 20-30 words, T=0.8.
    ("zh_ft_08", "大海",
     "海浪，蓝色，沙滩，鱼，海水，船，海鸥，贝壳，海风，咸，辽阔，海岛，潮水，鲸鱼，珊瑚，水手，游泳，夏天，浪花，深",
     ["海浪", "蓝色", "沙滩", "鱼", "海水", "船", "海鸥", "贝壳", "海风", "咸", "辽阔",
      "海岛", "潮水", "鲸鱼", "珊瑚", "水手", "游泳", "夏天", "浪花", "深"]),

    # Qwen2.5-7B PPO, default 5-10 words, T=1.0: one word per line.
    ("zh_ft_09", "猫",
     """猫咪
可爱
老鼠
鱼
宠物
喵
毛
狗""",
     ["猫咪", "可爱", "老鼠", "鱼", "宠物", "喵", "毛", "狗"]),

    # Qwen2.5-7B SFT, "at least 30", T=0.9: 30 items drifting to colour
    # words; the cue itself comes last.
    ("zh_ft_10", "红色",
     "血，火，喜庆，中国，国旗，红包，玫瑰，苹果，热情，太阳，灯笼，春节，爱情，心，口红，樱桃，草莓，番茄，辣椒，婚礼，危险，停止，红灯，激情，愤怒，火焰，鲜艳，颜色，红，红色",
     ["血", "火", "喜庆", "中国", "国旗", "红包", "玫瑰", "苹果", "热情", "太阳", "灯笼",
      "春节", "爱情", "心", "口红", "樱桃", "草莓", "番茄", "辣椒", "婚礼", "危险", "停止",
      "红灯", "激情", "愤怒", "火焰", "鲜艳", "颜色", "红", "红色"]),
]

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = [
    # Llama-3.1-8B-Instruct, "ocean", 10 words, T=0.7: bold numbered
    # explanation, then a plain "Final Ranking:" line.
    ("rk_en_01",
     """To rank these words, I considered which ones are most directly tied to the concept of an ocean.

1. **Sea** – practically a synonym for ocean.
2. **Waves** – the most visible feature of the ocean.
3. **Water** – what the ocean is made of.
4. **Blue** – the color most people picture.
5. **Beach** – where most people experience the ocean.
6. **Fish** – the most common ocean life.
7. **Salt** – ocean water is salty.
8. **Deep** – the ocean is known for its depth.
9. **Whale** – an iconic ocean animal.
10. **Ship** – a way to travel across the ocean.

Final Ranking: Sea, Waves, Water, Blue, Beach, Fish, Salt, Deep, Whale, Ship""",
     ["sea", "waves", "water", "blue", "beach", "fish", "salt", "deep", "whale",
      "ship"]),

    # Qwen2.5-7B-Instruct, "doctor", 12 words, T=0.8: bold marker, ranking
    # as a numbered list on the following lines.
    ("rk_en_02",
     """Sure! Here's my reasoning:

- "Nurse" and "hospital" are the strongest because doctors work with nurses in hospitals every day.
- "Patient", "medicine" and "sick" come next, since they describe who doctors treat and how.
- "Stethoscope" and "white coat" are iconic symbols of a doctor.
- "Surgeon" is a type of doctor, and "health" is the goal of their work.
- "Pills" and "office" are more peripheral.
- "Lawyer" is the weakest; it is mostly associated as another professional career.

**Final Ranking:**
1. Nurse
2. Hospital
3. Patient
4. Medicine
5. Sick
6. Stethoscope
7. White coat
8. Surgeon
9. Health
10. Pills
11. Office
12. Lawyer""",
     ["nurse", "hospital", "patient", "medicine", "sick", "stethoscope",
      "white coat", "surgeon", "health", "pills", "office", "lawyer"]),

    # GPT-4o, "money", 15 words, T=0.7: "final ranking" mentioned in the
    # opening sentence without a ranking; a remark follows the real one.
    ("rk_en_03",
     """Let me briefly weigh each word before giving the final ranking.

- **Cash**, **dollar** and **bank** are the most immediate, concrete associations.
- **Rich** and **wealth** describe having a lot of money.
- **Coins**, **wallet** and **pay** relate to handling money day to day.
- **Gold** is a classic store of value.
- **Job**, **loan**, **budget** and **tax** are financial contexts.
- **Greed** and **power** are more abstract, emotional associations.

Final Ranking: Cash, Dollar, Bank, Rich, Wealth, Coins, Pay, Wallet, Gold, Job, Loan, Budget, Tax, Greed, Power

This order reflects how quickly each word tends to come to mind for most people.""",
     ["cash", "dollar", "bank", "rich", "wealth", "coins", "pay", "wallet",
      "gold", "job", "loan", "budget", "tax", "greed", "power"]),

    # Llama-3.3-70B-Instruct, "winter", 10 words, max_new_tokens 128:
    # prose explanation, ranking line cut mid-word.
    # cut by the token limit
    ("rk_en_04",
     """To rank these words, I'll consider how closely each is tied to the idea of winter in everyday experience.

"Snow" and "cold" are the defining features of winter for most people. "Ice" and "frost" are direct physical consequences of low temperatures. "Christmas" is the major holiday of the season, while "January" is the coldest month in the Northern Hemisphere. "Skiing", "scarf" and "fireplace" are activities and objects we use to enjoy or cope with winter. "Blizzard" is strongly linked but less common in daily life.

Final Ranking: Snow, Cold, Ice, Christmas, Frost, Skiing, Scarf, Fireplace, Blizz""",
     ["snow", "cold", "ice", "christmas", "frost", "skiing", "scarf",
      "fireplace"]),

    # Qwen2.5-72B-Instruct, "music", 10 words, T=0.9: a gloss in parentheses
    # after the first word; "Rhythms" written instead of the given "rhythm".
    ("rk_en_05",
     """Music is most directly defined by songs and their melodies, so those come first. Rhythm and notes are the building blocks of music. Instruments like guitar and piano follow, then the social side: bands, concerts and dancing. Radio is a medium for music, so it is the weakest.

Final Ranking: Song (the basic unit of music), Melody, Rhythms, Notes, Guitar, Piano, Band, Concert, Dance, Radio""",
     ["song", "melody", "rhythms", "notes", "guitar", "piano", "band",
      "concert", "dance", "radio"]),

    # Llama-3.1-8B-Instruct, "freedom", 10 words, T=0.8: numbered ranking
    # but never writes the "Final Ranking:" line.
    ("rk_en_06",
     """Here's my ranking of the words from most to least strongly associated with "freedom":

1. Liberty - This word is almost a synonym for freedom.
2. Independence - Being free from control by others.
3. Free - The adjective form of freedom.
4. Rights - Freedom is often expressed through rights.
5. Choice - The ability to choose is a key part of freedom.
6. Democracy - A system of government based on freedom.
7. Speech - Freedom of speech is a fundamental right.
8. America - Often called "the land of the free".
9. Flag - A symbol of national freedom.
10. Peace - Related, but not as directly.

I hope this helps! Let me know if you have any other questions.""",
     []),

    # Qwen2.5-7B PPO, "bank", 10 words, T=0.8: one-line reason, then the
    # marker on the next line, lowercase words.
    ("rk_en_07",
     """Money is the core meaning; river is a second sense.
Final Ranking: money, account, cash, loan, deposit, savings, teller, vault, interest, river""",
     ["money", "account", "cash", "loan", "deposit", "savings", "teller",
      "vault", "interest", "river"]),

    # GPT-4o, "coffee", 12 words, T=1.0: bold inline marker, ranking ends
    # with a period.
    ("rk_en_08",
     """Coffee's defining traits are its caffeine and its role in the morning routine, so those lead. Concrete objects and forms (cup, mug, beans, espresso) follow. Tea is a strong contrast association. Brand and additions (Starbucks, cream, black) and states (awake) come later, with breakfast last.

**Final Ranking:** Caffeine, Morning, Cup, Bean, Espresso, Mug, Tea, Starbucks, Black, Cream, Awake, Breakfast.""",
     ["caffeine", "morning", "cup", "bean", "espresso", "mug", "tea",
      "starbucks", "black", "cream", "awake", "breakfast"]),

    # Qwen2.5-7B-Instruct, 春节, 12 words, T=0.7: one paragraph of reasons,
    # "最终排名：" line with full-width commas.
    ("rk_zh_01",
     """“过年”几乎就是春节的同义词，联想最强；“团圆”是春节最核心的情感意义；“年夜饭”“饺子”是最具代表性的食物；“红包”“压岁钱”是孩子们最期待的；“鞭炮”“春联”“烟花”是传统习俗；“拜年”“春晚”是节日活动；“假期”的联想相对较弱。

最终排名：过年，团圆，年夜饭，饺子，红包，压岁钱，鞭炮，春联，拜年，春晚，烟花，假期""",
     ["过年", "团圆", "年夜饭", "饺子", "红包", "压岁钱", "鞭炮", "春联", "拜年", "春晚",
      "烟花", "假期"]),

    # Qwen2.5-72B-Instruct, 月亮, 10 words, T=0.8: bold marker, numbered
    # ranking on the following lines.
    ("rk_zh_02",
     """**简要说明：**
1. 月光是月亮最直接的视觉联想。
2. 中秋是与月亮关系最密切的节日，月饼随之而来。
3. 嫦娥、玉兔来自神话传说。
4. 夜晚、星星是月亮出现的背景。
5. 思念、圆体现了月亮的文化意象。
6. 太阳是对照关系，联想最弱。

**最终排名：**
1. 月光
2. 中秋
3. 月饼
4. 嫦娥
5. 夜晚
6. 思念
7. 星星
8. 玉兔
9. 圆
10. 太阳""",
     ["月光", "中秋", "月饼", "嫦娥", "夜晚", "思念", "星星", "玉兔", "圆", "太阳"]),

    # Llama-3.1-8B-Instruct, 医生, 10 words, T=0.9: a first "最终排名：" line,
    # then second thoughts and a revised ranking with "第n名：" labels and
    # pinyin.
    ("rk_zh_03",
     """首先，我会根据这些词语与“医生”的联系程度进行排序。

最终排名：医院，护士，病人，看病，药，手术，白大褂，听诊器，治疗，健康

不过，再考虑一下，“看病”是医生最主要的工作，应该排得更靠前。“白大褂”和“听诊器”是医生最明显的标志，也应该提前。修改后的排名如下：

最终排名：
第1名：看病 (kàn bìng)
第2名：医院 (yī yuàn)
第3名：护士 (hù shi)
第4名：病人 (bìng rén)
第5名：白大褂 (bái dà guà)
第6名：听诊器 (tīng zhěn qì)
第7名：手术 (shǒu shù)
第8名：药 (yào)
第9名：治疗 (zhì liáo)
第10名：健康 (jiàn kāng)""",
     ["看病", "医院", "护士", "病人", "白大褂", "听诊器", "手术", "药", "治疗", "健康"]),

    # GPT-4o, 茶, 15 words, T=0.7: ranking joined by 顿号, a remark after it.
    ("rk_zh_04",
     """简要说明：“茶叶”“绿茶”“红茶”是茶本身，联想最强；“茶杯”“茶壶”是饮茶器具；“龙井”“普洱”是名茶；“茶道”“茶馆”“下午茶”属于茶文化与场景；“清香”是味觉感受；“中国”“养生”是文化与功能联想；“咖啡”“喝水”相对较弱。

最终排名：茶叶、绿茶、红茶、茶杯、茶壶、龙井、普洱、茶道、茶馆、清香、下午茶、中国、养生、咖啡、喝水

以上排序仅供参考，不同人的联想可能有所不同。""",
     ["茶叶", "绿茶", "红茶", "茶杯", "茶壶", "龙井", "普洱", "茶道", "茶馆", "清香",
      "下午茶", "中国", "养生", "咖啡", "喝水"]),

    # Qwen2.5-7B PPO, 学校, 10 words, max_new_tokens 64: reasons, then the
    # marker, and the token limit hits before any word is ranked.
    # cut by the token limit
    ("rk_zh_05",
     """“老师”和“学生”是学校最核心的组成部分，“教室”“上课”是学校日常，“考试”“作业”是学习任务，“操场”“食堂”是校园场所，“校服”“毕业”联想较弱。

最终排名：""",
     []),
]

TRUNCATED = {
    "en_van_04",   # "Dolph" (Dolphin)
    "en_van_30",   # "calculat" (calculator)
    "en_van_40",   # "lullab" (lullaby)
    "en_ft_06",    # "snowfl" (snowflake)
    "zh_van_21",   # "莎士" (莎士比亚)
    "zh_van_40",   # "打雪" (打雪仗)
    "zh_ft_05",    # "救死扶" (救死扶伤)
}

AMBIGUOUS = {
    # Two-column table: the expected list follows the model's numbering
    # (1-12 down the left column, then 13-24); another reader might read
    # the table row by row: song, guitar, melody, piano, rhythm, drums, ...
    "en_van_17",
    # "不自由，毋宁死" is a slogan kept whole here; another reader might
    # split it at the full-width comma into "不自由" and "毋宁死".
    "zh_van_15",
    # Chinese prompt answered only in English: the English words are taken
    # as the list; another reader might expect [] because no Han words were
    # given for a Chinese cue.
    "zh_van_27",
}
