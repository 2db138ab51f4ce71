"""Blind answer corpus 33 for the word-association answer parser.

Written blind on 2026-12-07 by a helper session: no parser, test, benchmark
or other repository file was read, no parser was run, and every text below
was invented for this file.

EMPHASIS (corpus 33): a REPRESENTATIVE sample, with real proportions, of the
answers of other instruction-tuned models that researchers put beside the
study's models as baselines, at their default chat settings: Gemma-2-9B-it,
Mistral-Nemo-Instruct, Llama-3.2-3B-Instruct, Llama-3.3-70B-Instruct,
Qwen2.5-14B/32B/72B-Instruct, GLM-4-9B-chat, DeepSeek-V3 (chat), and API chat
models in the style of GPT-4o and Claude. Each answers the association prompts
(English and Mandarin, 5-10 and 10-20 words) as that model typically does:
their usual preambles, list formatting (numbered, bulleted, bold, comma lines,
tables now and then), glosses, closing offers, and their typical small
deviations (asking which sense of an ambiguous cue, grouping by sense, adding
a one-line note). Aim at what is typical for each model, not at tricks. About
60 English and 60 Mandarin association lists, plus about 10 rankings.

THE PROMPTS the models answered (low/high usually 5 and 10, sometimes 10 and 20):
  EN association: List the words that come to mind when you read the word
    "{cue}". Give between {low} and {high} words, separated by commas, the
    most strongly associated first.
  ZH association: 请列出看到“{cue}”这个词时你会联想到的词语，共{low}到{high}个，
    用逗号分隔，联想最强的排在最前面。
  EN ranking: Here are {k} words that people associate with "{cue}": {words}.
    Rank them from the most to the least strongly associated with "{cue}".
    Explain briefly, then end with a line that starts with "Final Ranking:"
    followed by all {k} words in your order, separated by commas.
  ZH ranking: 下面是人们由“{cue}”联想到的{k}个词语：{words}。请按照它们与“{cue}”
    的联想强度从强到弱排序。先简要说明理由，最后以“最终排名：”开头的一行列出全部{k}个
    词语，用逗号分隔。
Each text is only what the model wrote (its completion), not the prompt.

CONVENTIONS for expected_words (association lists):
  * what a careful human reader takes as the model's list for the asked cue:
    lowercased, stripped, in the order written, deduplicated keeping the first
    occurrence;
  * glosses, explanations, scores, category headers, preambles, closing
    remarks, markdown, numbering, emoji, quotes/brackets, special tokens and
    trailing punctuation removed; a conjunction before the last item
    ("and cheese", "和思念") and a closing "等"/"……"/"etc." are removed;
  * multi-word and phrase associations kept whole ("ice cream", "white coat",
    "不到长城非好汉");
  * the cue kept when it is listed as an item (not when it is only a header
    or label);
  * pinyin and translations of a Mandarin word removed (the Han word kept);
    for an English prompt answered in English with Chinese glosses, the
    English word kept;
  * a list the model writes for some other cue is never taken; an answer with
    no list for the asked cue (refusal, only a definition, only prose that
    names no words) expects [];
  * when a short list is followed by a section that re-lists the same words
    with explanations, the words count once, in the order of the first list;
  * an item cut mid-word by the token limit at the very end is dropped, and
    the id goes in TRUNCATED; a complete last word is kept;
  * when the model lists words inside prose ("I think of money, loans and
    tellers"), the words it names as associations are the list.
CONVENTIONS for expected_ranked_words (rankings):
  * the words after the LAST "Final Ranking" / "最终排名" marker that is
    followed by a ranking (any case, bold or not, ":" or "："; the ranking may
    be on the marker's line or as a list on the following lines); a mention of
    the marker not followed by a ranking does not count;
  * lowercased, in order, deduplicated; numbering, "Rank n:" / "排名n：" /
    "第n名：" labels, glosses, quotes, brackets, markdown, trailing punctuation
    removed; a word outside the given ones kept as written;
  * text after the ranking (a remark on the next line or paragraph) is not
    part of it;
  * a ranking cut by the token limit at the very end keeps its complete words
    and drops the cut fragment (ranking ids are not put in TRUNCATED; they are
    marked with a comment "# cut by the token limit");
  * [] when there is no marker, or nothing ranked after the last one.
"""

EN_LISTS = [
    # ------------------------------------------------------------------ GPT-4o
    # GPT-4o style, 5-10, bare comma line (the most common form).
    ("en_van_01", "bank",
     """Money, account, loan, deposit, teller, vault, interest, river, ATM, savings""",
     ["money", "account", "loan", "deposit", "teller", "vault", "interest",
      "river", "atm", "savings"]),

    # GPT-4o style, 5-10, bare comma line.
    ("en_van_02", "ocean",
     """Waves, water, blue, beach, salt, fish, deep, tide, sand, whales""",
     ["waves", "water", "blue", "beach", "salt", "fish", "deep", "tide",
      "sand", "whales"]),

    # GPT-4o style, 10-20, short "Sure!" preamble then a comma line.
    ("en_van_03", "coffee",
     """Sure! Here are some words that come to mind for "coffee":

Morning, caffeine, espresso, mug, beans, latte, energy, café, aroma, barista, cappuccino, breakfast, bitter, roast, cream, sugar, Starbucks, hot, wake-up""",
     ["morning", "caffeine", "espresso", "mug", "beans", "latte", "energy",
      "café", "aroma", "barista", "cappuccino", "breakfast", "bitter",
      "roast", "cream", "sugar", "starbucks", "hot", "wake-up"]),

    # GPT-4o style, 5-10, bare comma line.
    ("en_van_04", "freedom",
     """Liberty, independence, choice, rights, democracy, justice, flag, peace, expression, autonomy""",
     ["liberty", "independence", "choice", "rights", "democracy", "justice",
      "flag", "peace", "expression", "autonomy"]),

    # GPT-4o style, 5-10, ambiguous cue answered with both senses mixed in one line.
    ("en_van_05", "bat",
     """Baseball, cave, wings, night, vampire, Halloween, echolocation, fly, Batman, swing""",
     ["baseball", "cave", "wings", "night", "vampire", "halloween",
      "echolocation", "fly", "batman", "swing"]),

    # GPT-4o style, 5-10, comma line ending with a period.
    ("en_van_06", "winter",
     """Snow, cold, ice, Christmas, scarf, fireplace, frost, sledding, hot chocolate, December.""",
     ["snow", "cold", "ice", "christmas", "scarf", "fireplace", "frost",
      "sledding", "hot chocolate", "december"]),

    # GPT-4o style, 10-20, plain numbered list.
    ("en_van_07", "happy",
     """1. Joy
2. Smile
3. Cheerful
4. Laughter
5. Content
6. Glad
7. Sunshine
8. Excited
9. Delight
10. Celebration
11. Birthday
12. Friends
13. Bliss
14. Grateful
15. Positive""",
     ["joy", "smile", "cheerful", "laughter", "content", "glad", "sunshine",
      "excited", "delight", "celebration", "birthday", "friends", "bliss",
      "grateful", "positive"]),

    # GPT-4o style, 5-10, Oxford "and" before the last item, final period.
    ("en_van_08", "justice",
     """Law, fairness, court, judge, equality, truth, rights, jury, scales, and balance.""",
     ["law", "fairness", "court", "judge", "equality", "truth", "rights",
      "jury", "scales", "balance"]),

    # ------------------------------------------------------------------ Claude
    # Claude style, 5-10, lowercase-first bare comma line.
    ("en_van_09", "light",
     """Bright, sun, lamp, dark, shadow, bulb, day, glow, photon, candle""",
     ["bright", "sun", "lamp", "dark", "shadow", "bulb", "day", "glow",
      "photon", "candle"]),

    # Claude style, 5-10, one-line note on the two senses, then one list.
    ("en_van_10", "bat",
     """Since "bat" has two common senses (the animal and the sports equipment), I've included both, ordered by overall strength:

baseball, cave, vampire, wings, night, cricket, swing, echolocation, Batman, guano""",
     ["baseball", "cave", "vampire", "wings", "night", "cricket", "swing",
      "echolocation", "batman", "guano"]),

    # Claude style, 5-10, bare comma line with a two-word item.
    ("en_van_11", "doctor",
     """Nurse, hospital, medicine, stethoscope, patient, health, clinic, prescription, surgeon, white coat""",
     ["nurse", "hospital", "medicine", "stethoscope", "patient", "health",
      "clinic", "prescription", "surgeon", "white coat"]),

    # Claude style, 10-20, bare comma line.
    ("en_van_12", "mother",
     """Love, family, child, care, home, father, warmth, nurture, mom, birth, comfort, protection, kitchen, hug, wisdom""",
     ["love", "family", "child", "care", "home", "father", "warmth",
      "nurture", "mom", "birth", "comfort", "protection", "kitchen", "hug",
      "wisdom"]),

    # Claude style, 5-10, short preamble, list, closing note that re-mentions two items.
    ("en_van_13", "spring",
     """Here are my associations for "spring", strongest first:

flowers, bloom, season, rain, green, Easter, coil, renewal, birds, water

I've included "coil" and "water" for the other meanings of the word (a metal spring and a natural spring).""",
     ["flowers", "bloom", "season", "rain", "green", "easter", "coil",
      "renewal", "birds", "water"]),

    # Claude style, 5-10, bare comma line with proper nouns.
    ("en_van_14", "Paris",
     """France, Eiffel Tower, love, romance, Louvre, croissant, Seine, fashion, art, café""",
     ["france", "eiffel tower", "love", "romance", "louvre", "croissant",
      "seine", "fashion", "art", "café"]),

    # Claude style, 10-20, all-lowercase comma line.
    ("en_van_15", "run",
     """jog, race, fast, marathon, sprint, legs, exercise, shoes, track, escape, speed, sweat, chase, finish line, breath, program""",
     ["jog", "race", "fast", "marathon", "sprint", "legs", "exercise",
      "shoes", "track", "escape", "speed", "sweat", "chase", "finish line",
      "breath", "program"]),

    # ------------------------------------------------------------ Gemma-2-9B-it
    # Gemma-2-9B-it, 5-10, bold tier headers with "*" bullets and a closing offer.
    ("en_van_16", "fire",
     """Here are some words that come to mind when I read "fire":

**Strongest Associations:**

* Heat
* Flames
* Burn
* Smoke
* Red

**Other Associations:**

* Danger
* Campfire
* Firefighter
* Ashes
* Warmth 


Let me know if you'd like more associations!""",
     ["heat", "flames", "burn", "smoke", "red", "danger", "campfire",
      "firefighter", "ashes", "warmth"]),

    # Gemma-2-9B-it, 5-10, bare comma line with trailing space and newline.
    ("en_van_17", "dog",
     "Loyal, furry, bark, pet, friend, walk, tail, puppy, fetch, bone \n",
     ["loyal", "furry", "bark", "pet", "friend", "walk", "tail", "puppy",
      "fetch", "bone"]),

    # Gemma-2-9B-it, 5-10, numbered bold items, a few with dash glosses, emoji sign-off.
    ("en_van_18", "music",
     """Here are some words associated with "music", from strongest to weakest:

1. **Song** - The most basic unit of music.
2. **Melody** - The tune that makes music memorable.
3. **Rhythm** - The beat and timing.
4. **Sound**
5. **Instrument**
6. **Concert**
7. **Dance**
8. **Emotion**
9. **Harmony**
10. **Headphones** 

I hope this is helpful! 🎶""",
     ["song", "melody", "rhythm", "sound", "instrument", "concert", "dance",
      "emotion", "harmony", "headphones"]),

    # Gemma-2-9B-it, 10-20, markdown heading plus three bold tiers and a closing offer.
    ("en_van_19", "book",
     """## Words associated with "book":

**Most strongly associated:**

* Read
* Pages
* Story
* Library
* Author

**Strongly associated:**

* Novel
* Chapter
* Cover
* Words
* Knowledge

**Also associated:**

* Bookmark
* Shelf
* Paperback
* Bookstore
* Imagination 


Let me know if you'd like me to focus on a specific type of book!""",
     ["read", "pages", "story", "library", "author", "novel", "chapter",
      "cover", "words", "knowledge", "bookmark", "shelf", "paperback",
      "bookstore", "imagination"]),

    # Gemma-2-9B-it, 5-10, comma line (twelve words, over the limit) and an emoji offer.
    ("en_van_20", "apple",
     """Red, fruit, tree, pie, crunchy, juice, orchard, healthy, green, Newton, iPhone, teacher 

Let me know if you want more! 🍎""",
     ["red", "fruit", "tree", "pie", "crunchy", "juice", "orchard",
      "healthy", "green", "newton", "iphone", "teacher"]),

    # Gemma-2-9B-it, 5-10, bare comma line.
    ("en_van_21", "sleep",
     "Dream, bed, night, rest, tired, pillow, quiet, dark, snore, blanket \n",
     ["dream", "bed", "night", "rest", "tired", "pillow", "quiet", "dark",
      "snore", "blanket"]),

    # Gemma-2-9B-it, 5-10, bold bullets, one parenthetical gloss, one-line closing remark.
    ("en_van_22", "war",
     """Here are some words that come to mind when I read "war", starting with the strongest associations:

* **Conflict** 
* **Battle** 
* **Soldiers** 
* **Death** 
* **Destruction** 
* **Weapons** 
* **Violence** 
* **Peace** (as its opposite)
* **History** 
* **Suffering**


It's a heavy word with many difficult connotations.""",
     ["conflict", "battle", "soldiers", "death", "destruction", "weapons",
      "violence", "peace", "history", "suffering"]),

    # Gemma-2-9B-it, 10-20, the cue as a header line, then a comma line.
    ("en_van_23", "butterfly",
     """Butterfly: 

Wings, colorful, flower, caterpillar, metamorphosis, flutter, garden, summer, monarch, delicate, beautiful, nectar, chrysalis, freedom, transformation 
""",
     ["wings", "colorful", "flower", "caterpillar", "metamorphosis",
      "flutter", "garden", "summer", "monarch", "delicate", "beautiful",
      "nectar", "chrysalis", "freedom", "transformation"]),

    # ------------------------------------------------------ Mistral-Nemo-Instruct
    # Mistral-Nemo-Instruct, 5-10, bare numbered list, no preamble.
    ("en_van_24", "house",
     """1. Home
2. Family
3. Roof
4. Walls
5. Door
6. Windows
7. Garden
8. Kitchen
9. Mortgage
10. Neighborhood""",
     ["home", "family", "roof", "walls", "door", "windows", "garden",
      "kitchen", "mortgage", "neighborhood"]),

    # Mistral-Nemo-Instruct, 5-10, numbered list, one item with a parenthetical gloss.
    ("en_van_25", "money",
     """1. Cash
2. Wealth
3. Bank
4. Dollar
5. Rich
6. Currency
7. Spending (buying things)
8. Savings
9. Greed
10. Power""",
     ["cash", "wealth", "bank", "dollar", "rich", "currency", "spending",
      "savings", "greed", "power"]),

    # Mistral-Nemo-Instruct, 5-10, comma line with a slash pair.
    # AMBIGUOUS: "exams/tests" may be read as two items, "exams" and "tests".
    ("en_van_26", "school",
     """Teacher, students, classroom, homework, books, learning, exams/tests, friends, recess, bus, graduation, principal""",
     ["teacher", "students", "classroom", "homework", "books", "learning",
      "exams/tests", "friends", "recess", "bus", "graduation", "principal"]),

    # Mistral-Nemo-Instruct, 10-20, dash explanations; the token limit cuts the last
    # explanation mid-word, after the item "Petrichor" is complete.
    ("en_van_27", "rain",
     """Here are some words that come to mind when I read the word "rain", in order of association strength:

1. Water - Rain is made of water droplets.
2. Umbrella - Used to stay dry.
3. Clouds - Where rain comes from.
4. Wet - How things get when it rains.
5. Storm - Heavy rain often comes with storms.
6. Puddles - Form on the ground after rain.
7. Thunder - Often heard during rainstorms.
8. Drops - Raindrops falling from the sky.
9. Gray - The color of a rainy sky.
10. Raincoat - Clothing to keep dry.
11. Spring - A season with frequent rain.
12. Petrichor - The earthy smell after r""",
     ["water", "umbrella", "clouds", "wet", "storm", "puddles", "thunder",
      "drops", "gray", "raincoat", "spring", "petrichor"]),

    # Mistral-Nemo-Instruct, 5-10, bare comma line.
    ("en_van_28", "green",
     """Grass, nature, leaves, trees, envy, money, go, environment, spring, emerald""",
     ["grass", "nature", "leaves", "trees", "envy", "money", "go",
      "environment", "spring", "emerald"]),

    # Mistral-Nemo-Instruct, 5-10, the cue as a label before the list.
    ("en_van_29", "king",
     """King: crown, throne, queen, royalty, power, kingdom, castle, ruler, palace, scepter""",
     ["crown", "throne", "queen", "royalty", "power", "kingdom", "castle",
      "ruler", "palace", "scepter"]),

    # -------------------------------------------------- Llama-3.2-3B-Instruct
    # Llama-3.2-3B-Instruct, 5-10, "Here are 10 words..." then a numbered list.
    ("en_van_30", "computer",
     """Here are 10 words that come to mind when I read the word "computer":

1. Keyboard
2. Mouse
3. Screen
4. Internet
5. Software
6. Laptop
7. Programming
8. Hardware
9. Data
10. Technology""",
     ["keyboard", "mouse", "screen", "internet", "software", "laptop",
      "programming", "hardware", "data", "technology"]),

    # Llama-3.2-3B-Instruct, 5-10, preamble, comma line, closing offer.
    ("en_van_31", "summer",
     """Here are the words that come to mind when I read the word "summer", in order of strongest association:

Sun, beach, vacation, heat, swimming, ice cream, sunscreen, barbecue, holidays, relaxation

Let me know if you'd like me to generate more!""",
     ["sun", "beach", "vacation", "heat", "swimming", "ice cream",
      "sunscreen", "barbecue", "holidays", "relaxation"]),

    # Llama-3.2-3B-Instruct, 10-20, dash explanations; cut by the token limit
    # inside item 13 ("Therm..."), which is dropped.
    ("en_van_32", "cold",
     """Here are 15 words that come to mind when I read the word "cold":

1. Winter - The season most associated with cold weather.
2. Ice - Frozen water is a common symbol of cold.
3. Snow - Falls when temperatures are low.
4. Freezing - Extremely low temperatures.
5. Chilly - A mild feeling of cold.
6. Shiver - The body's response to cold.
7. Frost - Ice crystals that form on surfaces.
8. Flu - A common illness during cold months.
9. Blanket - Used to keep warm.
10. Scarf - Worn around the neck for warmth.
11. Sneeze - A symptom of a cold.
12. Hot chocolate - A warm drink for cold days.
13. Therm""",
     ["winter", "ice", "snow", "freezing", "chilly", "shiver", "frost", "flu",
      "blanket", "scarf", "sneeze", "hot chocolate"]),

    # Llama-3.2-3B-Instruct, 5-10, numbered list that repeats an item.
    ("en_van_33", "love",
     """Here are 10 words that come to mind when I read the word "love":

1. Heart
2. Romance
3. Relationship
4. Affection
5. Passion
6. Family
7. Heart
8. Kiss
9. Partner
10. Happiness""",
     ["heart", "romance", "relationship", "affection", "passion", "family",
      "kiss", "partner", "happiness"]),

    # Llama-3.2-3B-Instruct, 5-10, groups by sense under bold headers, numbering restarts.
    ("en_van_34", "train",
     """The word "train" has multiple meanings, so here are words associated with each:

**Transportation:**
1. Railway
2. Station
3. Locomotive
4. Tracks
5. Passenger

**Exercise/Learning:**
1. Practice
2. Coach
3. Workout
4. Skill
5. Teach""",
     ["railway", "station", "locomotive", "tracks", "passenger", "practice",
      "coach", "workout", "skill", "teach"]),

    # Llama-3.2-3B-Instruct, 5-10, "*" bullets and a closing sentence.
    ("en_van_35", "garden",
     """Here are the words that come to mind when I read the word "garden":

* Flowers
* Plants
* Vegetables
* Soil
* Seeds
* Trees
* Grass
* Bees
* Water
* Sunshine

These words are listed in order of their strength of association with the word "garden".""",
     ["flowers", "plants", "vegetables", "soil", "seeds", "trees", "grass",
      "bees", "water", "sunshine"]),

    # Llama-3.2-3B-Instruct, 5-10, the list given inside one prose sentence.
    ("en_van_36", "chair",
     """When I read the word "chair", the words that come to mind are: table, sit, furniture, desk, wood, cushion, office, legs, comfort, and back.""",
     ["table", "sit", "furniture", "desk", "wood", "cushion", "office",
      "legs", "comfort", "back"]),

    # ------------------------------------------------- Llama-3.3-70B-Instruct
    # Llama-3.3-70B-Instruct, 5-10, preamble then numbered list.
    ("en_van_37", "blue",
     """Here are the words that come to mind when I read the word "blue":

1. Sky
2. Ocean
3. Color
4. Sad
5. Water
6. Navy
7. Jeans
8. Calm
9. Cool
10. Sapphire""",
     ["sky", "ocean", "color", "sad", "water", "navy", "jeans", "calm",
      "cool", "sapphire"]),

    # Llama-3.3-70B-Instruct, 5-10, bare comma line.
    ("en_van_38", "mountain",
     """Peak, climb, snow, hike, summit, rock, altitude, valley, range, trail""",
     ["peak", "climb", "snow", "hike", "summit", "rock", "altitude", "valley",
      "range", "trail"]),

    # Llama-3.3-70B-Instruct, 10-20, bare comma line mixing senses.
    ("en_van_39", "table",
     """Chair, furniture, wood, dinner, kitchen, desk, legs, surface, dining, cloth, food, plate, meeting, top, spreadsheet, data, periodic, coffee table""",
     ["chair", "furniture", "wood", "dinner", "kitchen", "desk", "legs",
      "surface", "dining", "cloth", "food", "plate", "meeting", "top",
      "spreadsheet", "data", "periodic", "coffee table"]),

    # Llama-3.3-70B-Instruct, 5-10, preamble then comma line with a formula.
    ("en_van_40", "Einstein",
     """Here are the words that come to mind when I read the word "Einstein":

Relativity, genius, physics, E=mc², scientist, theory, Nobel Prize, intelligence, hair, Germany""",
     ["relativity", "genius", "physics", "e=mc²", "scientist", "theory",
      "nobel prize", "intelligence", "hair", "germany"]),

    # Llama-3.3-70B-Instruct, 5-10, numbered bold items.
    ("en_van_41", "anger",
     """1. **Rage**
2. **Fury**
3. **Frustration**
4. **Resentment**
5. **Hostility**
6. **Temper**
7. **Outrage**
8. **Irritation**
9. **Wrath**
10. **Aggression**""",
     ["rage", "fury", "frustration", "resentment", "hostility", "temper",
      "outrage", "irritation", "wrath", "aggression"]),

    # Llama-3.3-70B-Instruct, 5-10, comma line with final period.
    ("en_van_42", "salt",
     """Pepper, sea, taste, seasoning, sodium, ocean, crystals, preservation, flavor, shaker.""",
     ["pepper", "sea", "taste", "seasoning", "sodium", "ocean", "crystals",
      "preservation", "flavor", "shaker"]),

    # ------------------------------------------------------------ Qwen2.5
    # Qwen2.5-72B-Instruct, 5-10, bare comma line.
    ("en_van_43", "bridge",
     """River, crossing, structure, connection, road, span, water, engineering, suspension, arch""",
     ["river", "crossing", "structure", "connection", "road", "span",
      "water", "engineering", "suspension", "arch"]),

    # Qwen2.5-32B-Instruct, 5-10, bare comma line.
    ("en_van_44", "milk",
     """Cow, white, calcium, dairy, cheese, breakfast, cereal, bottle, cream, cookies""",
     ["cow", "white", "calcium", "dairy", "cheese", "breakfast", "cereal",
      "bottle", "cream", "cookies"]),

    # Qwen2.5-14B-Instruct, 5-10, "Sure!" preamble then comma line.
    ("en_van_45", "star",
     """Sure! Here are the words that come to mind when I read the word "star":

Shine, sky, night, bright, celebrity, twinkle, galaxy, sun, constellation, wish""",
     ["shine", "sky", "night", "bright", "celebrity", "twinkle", "galaxy",
      "sun", "constellation", "wish"]),

    # Qwen2.5-14B-Instruct, 5-10, numbered bold items, the first with a dash gloss.
    ("en_van_46", "time",
     """1. **Clock** - the most direct tool for measuring time
2. **Hour**
3. **Past**
4. **Future**
5. **Watch**
6. **Moment**
7. **Schedule**
8. **Age**
9. **Deadline**
10. **Eternity**""",
     ["clock", "hour", "past", "future", "watch", "moment", "schedule", "age",
      "deadline", "eternity"]),

    # Qwen2.5-72B-Instruct, 10-20, bare comma line.
    ("en_van_47", "cat",
     """Meow, pet, whiskers, purr, kitten, fur, claws, mouse, tail, independent, feline, litter, curious, nap, lion, yarn""",
     ["meow", "pet", "whiskers", "purr", "kitten", "fur", "claws", "mouse",
      "tail", "independent", "feline", "litter", "curious", "nap", "lion",
      "yarn"]),

    # Qwen2.5-32B-Instruct, 5-10, bare comma line.
    ("en_van_48", "hospital",
     """Doctor, nurse, patient, illness, emergency, surgery, medicine, bed, ambulance, health""",
     ["doctor", "nurse", "patient", "illness", "emergency", "surgery",
      "medicine", "bed", "ambulance", "health"]),

    # Qwen2.5-72B-Instruct, 5-10, bare comma line with an adjective cue.
    ("en_van_49", "heavy",
     """Weight, burden, load, massive, strong, dense, metal, lift, tired, sad""",
     ["weight", "burden", "load", "massive", "strong", "dense", "metal",
      "lift", "tired", "sad"]),

    # Qwen2.5-14B-Instruct, 5-10, a label line echoing the task, list on the same line.
    ("en_van_50", "window",
     """Words that come to mind when reading "window": glass, view, light, frame, curtain, open, house, pane, sill, breeze""",
     ["glass", "view", "light", "frame", "curtain", "open", "house", "pane",
      "sill", "breeze"]),

    # Qwen2.5-32B-Instruct, 5-10, slips a Chinese gloss after the first word.
    ("en_van_51", "gold",
     """Treasure (宝藏), wealth, jewelry, yellow, shiny, coin, medal, precious, metal, rich""",
     ["treasure", "wealth", "jewelry", "yellow", "shiny", "coin", "medal",
      "precious", "metal", "rich"]),

    # ---------------------------------------------------------- GLM-4-9B-chat
    # GLM-4-9B-chat, 5-10, bare numbered list.
    ("en_van_52", "cheese",
     """1. Mouse
2. Milk
3. Pizza
4. Cheddar
5. Wine
6. Sandwich
7. Swiss
8. Dairy
9. Smell
10. Cracker""",
     ["mouse", "milk", "pizza", "cheddar", "wine", "sandwich", "swiss",
      "dairy", "smell", "cracker"]),

    # GLM-4-9B-chat, 5-10, comma line with a phrase containing "and" (kept whole).
    ("en_van_53", "piano",
     """Keys, music, black and white, pianist, melody, concert, Chopin, notes, grand piano, classical""",
     ["keys", "music", "black and white", "pianist", "melody", "concert",
      "chopin", "notes", "grand piano", "classical"]),

    # GLM-4-9B-chat, 5-10, lists the cue itself as the first item.
    ("en_van_54", "soldier",
     """Soldier, army, uniform, gun, war, battle, military, duty, courage, camp""",
     ["soldier", "army", "uniform", "gun", "war", "battle", "military",
      "duty", "courage", "camp"]),

    # ------------------------------------------------------------ DeepSeek-V3
    # DeepSeek-V3, 5-10, preamble and one bold comma line.
    ("en_van_55", "ice",
     """Here are the words that come to mind when I read "ice", ordered by strength of association:

**Cold, frozen, water, slippery, cube, winter, skating, glacier, snow, melt**""",
     ["cold", "frozen", "water", "slippery", "cube", "winter", "skating",
      "glacier", "snow", "melt"]),

    # DeepSeek-V3, 10-20, numbered bold items with markdown line breaks, one gloss, closing offer.
    ("en_van_56", "party",
     """Here are words associated with **"party"**, from strongest to weakest:

1. **Celebration**  
2. **Music**  
3. **Dancing**  
4. **Friends**  
5. **Fun**  
6. **Birthday**  
7. **Drinks**  
8. **Cake**  
9. **Balloons**  
10. **Invitation**  
11. **Guests**  
12. **Decorations**  
13. **Politics** (as in political party)  
14. **Host**  
15. **Night**  

Let me know if you'd like associations for a specific type of party!""",
     ["celebration", "music", "dancing", "friends", "fun", "birthday",
      "drinks", "cake", "balloons", "invitation", "guests", "decorations",
      "politics", "host", "night"]),

    # DeepSeek-V3, 5-10, bare comma line.
    ("en_van_57", "teacher",
     """Student, school, classroom, education, lesson, knowledge, blackboard, homework, mentor, apple""",
     ["student", "school", "classroom", "education", "lesson", "knowledge",
      "blackboard", "homework", "mentor", "apple"]),

    # DeepSeek-V3, 5-10, a markdown table (rank | word), one cell with a gloss.
    ("en_van_58", "storm",
     """Here's a ranked list of associations for "storm":

| Rank | Word |
|------|------|
| 1 | Thunder |
| 2 | Lightning |
| 3 | Rain |
| 4 | Wind |
| 5 | Clouds |
| 6 | Hurricane |
| 7 | Dark |
| 8 | Chaos |
| 9 | Flood |
| 10 | Calm (after the storm) |""",
     ["thunder", "lightning", "rain", "wind", "clouds", "hurricane", "dark",
      "chaos", "flood", "calm"]),

    # DeepSeek-V3, 5-10, comma line, then a bold "explanation" section re-mentioning the words.
    ("en_van_59", "bread",
     """butter, toast, loaf, wheat, bakery, sandwich, flour, yeast, crust, slice

**Brief explanation:**
- **Butter** and **toast** are the most common pairings with bread.
- **Loaf** and **slice** describe its usual forms.
- **Wheat**, **flour** and **yeast** are its key ingredients.
- **Bakery** is where bread is made and sold.""",
     ["butter", "toast", "loaf", "wheat", "bakery", "sandwich", "flour",
      "yeast", "crust", "slice"]),

    # GPT-4o style, 5-10, asks which sense, then gives a short list for each.
    ("en_van_60", "crane",
     """Do you mean the bird or the construction machine? Here are associations for both:

**Bird:** heron, wings, wetlands, migration, Japan, origami
**Machine:** construction, lift, tower, hook, building, heavy""",
     ["heron", "wings", "wetlands", "migration", "japan", "origami",
      "construction", "lift", "tower", "hook", "building", "heavy"]),

    # Llama-3.2-3B-Instruct, 5-10, only asks which sense; gives no list.
    ("en_van_61", "bark",
     """I'd be happy to help! However, the word "bark" can refer to the sound a dog makes or the outer layer of a tree. Could you please specify which meaning you're interested in, so I can provide more accurate associations?""",
     []),
]

ZH_LISTS = [
    # ------------------------------------------------------------ Qwen2.5
    # Qwen2.5-72B-Instruct, 5-10, bare line with full-width commas.
    ("zh_van_01", "月亮",
     """星星，夜晚，月光，中秋，嫦娥，月饼，思念，圆，故乡，太空""",
     ["星星", "夜晚", "月光", "中秋", "嫦娥", "月饼", "思念", "圆", "故乡", "太空"]),

    # Qwen2.5-32B-Instruct, 10-20, bare line with full-width commas.
    ("zh_van_02", "春节",
     """红包，饺子，鞭炮，春联，团圆，年夜饭，拜年，烟花，春晚，守岁，压岁钱，灯笼""",
     ["红包", "饺子", "鞭炮", "春联", "团圆", "年夜饭", "拜年", "烟花", "春晚",
      "守岁", "压岁钱", "灯笼"]),

    # Qwen2.5-14B-Instruct, 5-10, one-sentence preamble, list includes a set phrase.
    ("zh_van_03", "长城",
     """看到“长城”这个词时，我会联想到以下词语：

中国，古代，秦始皇，烽火台，八达岭，雄伟，历史，不到长城非好汉，砖石，防御""",
     ["中国", "古代", "秦始皇", "烽火台", "八达岭", "雄伟", "历史", "不到长城非好汉",
      "砖石", "防御"]),

    # Qwen2.5-72B-Instruct, 5-10, ASCII commas with spaces.
    ("zh_van_04", "茶",
     """绿茶, 茶叶, 茶杯, 龙井, 清香, 茶道, 普洱, 泡茶, 喝茶, 茶馆""",
     ["绿茶", "茶叶", "茶杯", "龙井", "清香", "茶道", "普洱", "泡茶", "喝茶", "茶馆"]),

    # Qwen2.5-14B-Instruct, 5-10, enumeration comma 、 instead of ，.
    ("zh_van_05", "熊猫",
     """竹子、国宝、四川、可爱、黑白、成都、动物园、憨厚、保护动物、功夫熊猫""",
     ["竹子", "国宝", "四川", "可爱", "黑白", "成都", "动物园", "憨厚", "保护动物",
      "功夫熊猫"]),

    # Qwen2.5-32B-Instruct, 10-20, bare line with an idiom.
    ("zh_van_06", "医生",
     """医院，护士，病人，白大褂，听诊器，治疗，药，手术，健康，救死扶伤，诊所，处方，口罩，职业，责任""",
     ["医院", "护士", "病人", "白大褂", "听诊器", "治疗", "药", "手术", "健康",
      "救死扶伤", "诊所", "处方", "口罩", "职业", "责任"]),

    # Qwen2.5-72B-Instruct, 5-10, line ending with a full stop 。
    ("zh_van_07", "中秋",
     """月饼，月亮，团圆，嫦娥，赏月，桂花，家人，思念，玉兔，灯笼。""",
     ["月饼", "月亮", "团圆", "嫦娥", "赏月", "桂花", "家人", "思念", "玉兔", "灯笼"]),

    # Qwen2.5-14B-Instruct, 5-10, notes two senses and gives a labelled line for each.
    ("zh_van_08", "苹果",
     """苹果这个词既可以指水果，也可以指苹果公司，联想如下：

水果方面：红色，甜，水果，健康，果园，苹果派
公司方面：手机，iPhone，乔布斯，电脑，科技""",
     ["红色", "甜", "水果", "健康", "果园", "苹果派", "手机", "iphone", "乔布斯",
      "电脑", "科技"]),

    # Qwen2.5-72B-Instruct, 10-20, bare line.
    ("zh_van_09", "故乡",
     """思念，乡愁，家乡，童年，父母，老屋，月亮，回忆，炊烟，远方，小河，亲人""",
     ["思念", "乡愁", "家乡", "童年", "父母", "老屋", "月亮", "回忆", "炊烟", "远方",
      "小河", "亲人"]),

    # Qwen2.5-32B-Instruct, 5-10, numbered list.
    ("zh_van_10", "高铁",
     """1. 速度
2. 火车
3. 车站
4. 复兴号
5. 便捷
6. 车票
7. 轨道
8. 旅行
9. 中国制造
10. 春运""",
     ["速度", "火车", "车站", "复兴号", "便捷", "车票", "轨道", "旅行", "中国制造",
      "春运"]),

    # Qwen2.5-72B-Instruct, 5-10, line ending with a Chinese ellipsis ……
    ("zh_van_11", "孤独",
     """寂寞，一个人，夜晚，沉默，思念，空虚，安静，独处，月亮，酒……""",
     ["寂寞", "一个人", "夜晚", "沉默", "思念", "空虚", "安静", "独处", "月亮", "酒"]),

    # Qwen2.5-14B-Instruct, 5-10, bare line plus a polite closing line.
    ("zh_van_12", "考试",
     """试卷，紧张，分数，复习，高考，学生，老师，成绩，作弊，及格

希望这些联想词对您有帮助！""",
     ["试卷", "紧张", "分数", "复习", "高考", "学生", "老师", "成绩", "作弊", "及格"]),

    # ---------------------------------------------------------- GLM-4-9B-chat
    # GLM-4-9B-chat, 5-10, bare numbered list.
    ("zh_van_13", "妈妈",
     """1. 爱
2. 温暖
3. 家
4. 关怀
5. 母爱
6. 辛苦
7. 唠叨
8. 饭菜
9. 无私
10. 陪伴""",
     ["爱", "温暖", "家", "关怀", "母爱", "辛苦", "唠叨", "饭菜", "无私", "陪伴"]),

    # GLM-4-9B-chat, 5-10, preamble, numbered list, summarising closing sentence.
    ("zh_van_14", "学校",
     """看到“学校”这个词时，我会联想到以下词语：

1. 老师
2. 学生
3. 教室
4. 课本
5. 考试
6. 操场
7. 作业
8. 同学
9. 知识
10. 毕业

这些词语都与学校的日常生活和学习环境紧密相关。""",
     ["老师", "学生", "教室", "课本", "考试", "操场", "作业", "同学", "知识", "毕业"]),

    # GLM-4-9B-chat, 5-10, bare line.
    ("zh_van_15", "雨",
     """雨伞，雨水，乌云，潮湿，雷声，下雨天，水坑，彩虹，雨衣，凉爽""",
     ["雨伞", "雨水", "乌云", "潮湿", "雷声", "下雨天", "水坑", "彩虹", "雨衣", "凉爽"]),

    # GLM-4-9B-chat, 5-10, numbered list, the first two items glossed after a full-width colon.
    ("zh_van_16", "自由",
     """1. 独立：不受他人控制
2. 民主：人民当家作主
3. 权利
4. 飞翔
5. 解放
6. 选择
7. 天空
8. 和平
9. 平等
10. 鸟""",
     ["独立", "民主", "权利", "飞翔", "解放", "选择", "天空", "和平", "平等", "鸟"]),

    # GLM-4-9B-chat, 10-20, the cue as a label line, then an 、-separated line.
    ("zh_van_17", "红色",
     """红色：
热情、喜庆、中国、国旗、血、火、玫瑰、爱情、春节、灯笼、危险、太阳、口红、革命、红包""",
     ["热情", "喜庆", "中国", "国旗", "血", "火", "玫瑰", "爱情", "春节", "灯笼", "危险",
      "太阳", "口红", "革命", "红包"]),

    # GLM-4-9B-chat, 5-10, bare line.
    ("zh_van_18", "饺子",
     """春节，饺子皮，馅，面粉，包饺子，北方，年夜饭，醋，团圆，冬至""",
     ["春节", "饺子皮", "馅", "面粉", "包饺子", "北方", "年夜饭", "醋", "团圆", "冬至"]),

    # GLM-4-9B-chat, 5-10, bare numbered list.
    ("zh_van_19", "手机",
     """1. 通讯
2. 微信
3. 智能
4. 屏幕
5. 充电
6. 苹果
7. 华为
8. 拍照
9. 上网
10. 低头族""",
     ["通讯", "微信", "智能", "屏幕", "充电", "苹果", "华为", "拍照", "上网", "低头族"]),

    # GLM-4-9B-chat, 5-10, bare numbered list.
    ("zh_van_20", "梦想",
     """1. 目标
2. 希望
3. 努力
4. 未来
5. 追求
6. 坚持
7. 成功
8. 理想
9. 奋斗
10. 青春""",
     ["目标", "希望", "努力", "未来", "追求", "坚持", "成功", "理想", "奋斗", "青春"]),

    # ------------------------------------------------------------ DeepSeek-V3
    # DeepSeek-V3, 5-10, bold header line, then a comma line.
    ("zh_van_21", "大海",
     """**联想词语（按联想强度排序）：**

蓝色，海浪，沙滩，海鸥，辽阔，鱼，船，海风，贝壳，航行""",
     ["蓝色", "海浪", "沙滩", "海鸥", "辽阔", "鱼", "船", "海风", "贝壳", "航行"]),

    # DeepSeek-V3, 5-10, bare line.
    ("zh_van_22", "火",
     """火焰，温暖，燃烧，危险，红色，消防，火灾，篝火，热情，烟""",
     ["火焰", "温暖", "燃烧", "危险", "红色", "消防", "火灾", "篝火", "热情", "烟"]),

    # DeepSeek-V3, 10-20, preamble then numbered bold items.
    ("zh_van_23", "书",
     """以下是看到“书”这个词时联想到的词语，按联想强度排序：

1. **阅读**
2. **知识**
3. **图书馆**
4. **书店**
5. **作者**
6. **书页**
7. **故事**
8. **学习**
9. **书签**
10. **小说**
11. **书香**
12. **文字**
13. **书架**
14. **智慧**
15. **课本**""",
     ["阅读", "知识", "图书馆", "书店", "作者", "书页", "故事", "学习", "书签", "小说",
      "书香", "文字", "书架", "智慧", "课本"]),

    # DeepSeek-V3, 5-10, comma line, then a bold "简要说明" section re-mentioning words.
    ("zh_van_24", "朋友",
     """友谊，信任，陪伴，分享，同学，帮助，知己，聚会，真诚，快乐

**简要说明：**
- **友谊**和**信任**是朋友关系的核心。
- **陪伴**、**分享**、**帮助**体现了朋友之间的互动。
- **同学**是最常见的朋友来源。
- **知己**代表最深层的友情。""",
     ["友谊", "信任", "陪伴", "分享", "同学", "帮助", "知己", "聚会", "真诚", "快乐"]),

    # DeepSeek-V3, 10-20, bare line.
    ("zh_van_25", "夏天",
     """炎热，西瓜，空调，冰淇淋，暑假，游泳，蝉鸣，阳光，海滩，汗水，雪糕，蚊子""",
     ["炎热", "西瓜", "空调", "冰淇淋", "暑假", "游泳", "蝉鸣", "阳光", "海滩", "汗水",
      "雪糕", "蚊子"]),

    # DeepSeek-V3, 5-10, "cue →" label at the start of the line.
    ("zh_van_26", "老师",
     """老师 → 学生，教室，黑板，粉笔，讲台，知识，教师节，辛勤，园丁，蜡烛""",
     ["学生", "教室", "黑板", "粉笔", "讲台", "知识", "教师节", "辛勤", "园丁", "蜡烛"]),

    # DeepSeek-V3, 5-10, whole line in bold, bracketed note below.
    ("zh_van_27", "爱情",
     """**浪漫，玫瑰，心动，恋人，婚姻，甜蜜，承诺，思念，约会，七夕**

（按联想强度从强到弱排列）""",
     ["浪漫", "玫瑰", "心动", "恋人", "婚姻", "甜蜜", "承诺", "思念", "约会", "七夕"]),

    # DeepSeek-V3, 5-10, a markdown table.
    ("zh_van_28", "钱",
     """| 排名 | 联想词 |
|------|--------|
| 1 | 财富 |
| 2 | 工资 |
| 3 | 银行 |
| 4 | 人民币 |
| 5 | 消费 |
| 6 | 存款 |
| 7 | 富有 |
| 8 | 贪婪 |
| 9 | 投资 |
| 10 | 钱包 |""",
     ["财富", "工资", "银行", "人民币", "消费", "存款", "富有", "贪婪", "投资", "钱包"]),

    # DeepSeek-V3, 5-10, line closed with 等 attached to the last word.
    ("zh_van_29", "北京",
     """首都，故宫，天安门，长城，胡同，烤鸭，奥运会，颐和园，雾霾，北漂等""",
     ["首都", "故宫", "天安门", "长城", "胡同", "烤鸭", "奥运会", "颐和园", "雾霾", "北漂"]),

    # DeepSeek-V3, 10-20, grouped by theme under bold headers on one line each.
    ("zh_van_30", "龙",
     """以下是“龙”的联想词语（按强度排序）：

**文化象征**：中国，图腾，皇帝，龙的传人，吉祥
**节日习俗**：龙舟，端午节，舞龙，春节
**神话传说**：凤凰，龙王，神兽，腾云驾雾
**其他**：恐龙，李小龙""",
     ["中国", "图腾", "皇帝", "龙的传人", "吉祥", "龙舟", "端午节", "舞龙", "春节",
      "凤凰", "龙王", "神兽", "腾云驾雾", "恐龙", "李小龙"]),

    # ------------------------------------------------------------------ GPT-4o
    # GPT-4o style, 5-10, bare line.
    ("zh_van_31", "咖啡",
     """提神，咖啡因，早晨，拿铁，星巴克，咖啡豆，苦，香气，办公室，熬夜""",
     ["提神", "咖啡因", "早晨", "拿铁", "星巴克", "咖啡豆", "苦", "香气", "办公室", "熬夜"]),

    # GPT-4o style, 5-10, bare line.
    ("zh_van_32", "冬天",
     """寒冷，雪，围巾，暖气，羽绒服，圣诞节，火锅，冰，手套，春节""",
     ["寒冷", "雪", "围巾", "暖气", "羽绒服", "圣诞节", "火锅", "冰", "手套", "春节"]),

    # GPT-4o style, 10-20, bare line.
    ("zh_van_33", "时间",
     """时钟，流逝，光阴，手表，岁月，过去，未来，珍惜，分秒，历史，等待，日历，永恒，青春，回忆""",
     ["时钟", "流逝", "光阴", "手表", "岁月", "过去", "未来", "珍惜", "分秒", "历史",
      "等待", "日历", "永恒", "青春", "回忆"]),

    # GPT-4o style, 5-10, bare line.
    ("zh_van_34", "太阳",
     """阳光，温暖，光明，夏天，热，白天，日出，能量，红色，向日葵""",
     ["阳光", "温暖", "光明", "夏天", "热", "白天", "日出", "能量", "红色", "向日葵"]),

    # GPT-4o style, 5-10, "当然！" preamble then the line.
    ("zh_van_35", "花",
     """当然！以下是看到“花”时联想到的词语：

花朵，春天，美丽，香味，玫瑰，花园，蜜蜂，绽放，花瓣，爱情""",
     ["花朵", "春天", "美丽", "香味", "玫瑰", "花园", "蜜蜂", "绽放", "花瓣", "爱情"]),

    # GPT-4o style, 5-10, ASCII commas.
    ("zh_van_36", "猫",
     """喵, 宠物, 可爱, 毛茸茸, 老鼠, 猫咪, 慵懒, 爪子, 鱼, 胡须""",
     ["喵", "宠物", "可爱", "毛茸茸", "老鼠", "猫咪", "慵懒", "爪子", "鱼", "胡须"]),

    # GPT-4o style, 5-10, numbered list.
    ("zh_van_37", "音乐",
     """1. 旋律
2. 歌曲
3. 节奏
4. 耳机
5. 乐器
6. 音乐会
7. 钢琴
8. 情感
9. 歌手
10. 舞蹈""",
     ["旋律", "歌曲", "节奏", "耳机", "乐器", "音乐会", "钢琴", "情感", "歌手", "舞蹈"]),

    # ------------------------------------------------------------------ Claude
    # Claude style, 5-10, bare line.
    ("zh_van_38", "跑步",
     """运动，健康，马拉松，汗水，跑鞋，坚持，操场，耐力，呼吸，晨跑""",
     ["运动", "健康", "马拉松", "汗水", "跑鞋", "坚持", "操场", "耐力", "呼吸", "晨跑"]),

    # Claude style, 5-10, bare line.
    ("zh_van_39", "快乐",
     """开心，笑容，幸福，愉快，朋友，阳光，欢笑，满足，节日，童年""",
     ["开心", "笑容", "幸福", "愉快", "朋友", "阳光", "欢笑", "满足", "节日", "童年"]),

    # Claude style, 5-10, line plus a one-line bracketed note.
    ("zh_van_40", "城市",
     """高楼，交通，人群，繁华，地铁，霓虹，拥挤，工作，夜景，喧嚣

（这些联想偏向现代大都市的印象。）""",
     ["高楼", "交通", "人群", "繁华", "地铁", "霓虹", "拥挤", "工作", "夜景", "喧嚣"]),

    # Claude style, 10-20, bare line.
    ("zh_van_41", "春天",
     """花开，温暖，绿色，春风，发芽，燕子，春雨，生机，踏青，桃花，柳树，希望，清明，复苏，风筝""",
     ["花开", "温暖", "绿色", "春风", "发芽", "燕子", "春雨", "生机", "踏青", "桃花",
      "柳树", "希望", "清明", "复苏", "风筝"]),

    # Claude style, 5-10, bare line.
    ("zh_van_42", "雪",
     """白色，寒冷，冬天，雪花，雪人，打雪仗，滑雪，纯洁，北方，圣诞""",
     ["白色", "寒冷", "冬天", "雪花", "雪人", "打雪仗", "滑雪", "纯洁", "北方", "圣诞"]),

    # ------------------------------------------------------------ Gemma-2-9B-it
    # Gemma-2-9B-it, 5-10, preamble, "*" bullets, polite closing.
    ("zh_van_43", "酒",
     """以下是我看到“酒”这个词时联想到的词语，按联想强度排列：

* 喝醉
* 白酒
* 啤酒
* 干杯
* 宴会
* 李白
* 酒杯
* 葡萄酒
* 茅台
* 朋友 

希望对您有所帮助！""",
     ["喝醉", "白酒", "啤酒", "干杯", "宴会", "李白", "酒杯", "葡萄酒", "茅台", "朋友"]),

    # Gemma-2-9B-it, 5-10, bold tier headers with bullets.
    ("zh_van_44", "山",
     """**强烈联想：**

* 高
* 山峰
* 爬山
* 树木

**其他联想：**

* 风景
* 云雾
* 泰山
* 石头
* 登顶 
""",
     ["高", "山峰", "爬山", "树木", "风景", "云雾", "泰山", "石头", "登顶"]),

    # Gemma-2-9B-it, 5-10, numbered list with English translations in brackets.
    ("zh_van_45", "电脑",
     """1. 键盘 (keyboard)
2. 屏幕 (screen)
3. 鼠标 (mouse)
4. 网络 (internet)
5. 软件 (software)
6. 游戏 (games)
7. 工作 (work)
8. 编程 (programming)
9. 数据 (data)
10. 科技 (technology)""",
     ["键盘", "屏幕", "鼠标", "网络", "软件", "游戏", "工作", "编程", "数据", "科技"]),

    # Gemma-2-9B-it, 5-10, bare line with trailing space and newline.
    ("zh_van_46", "战争",
     "死亡，和平，士兵，武器，破坏，硝烟，痛苦，历史，难民，胜利 \n",
     ["死亡", "和平", "士兵", "武器", "破坏", "硝烟", "痛苦", "历史", "难民", "胜利"]),

    # Gemma-2-9B-it, 5-10, bold bullets with pinyin, emoji closing.
    ("zh_van_47", "水",
     """以下是联想到“水”的词语：

* **生命** (shēngmìng)
* **河流** (héliú)
* **大海** (dàhǎi)
* **喝水** (hē shuǐ)
* **清澈** (qīngchè)
* **雨** (yǔ)
* **干净** (gānjìng)
* **冰** (bīng)

希望这些词语对您有帮助！😊""",
     ["生命", "河流", "大海", "喝水", "清澈", "雨", "干净", "冰"]),

    # Gemma-2-9B-it, 5-10, cue as a label before the list.
    ("zh_van_48", "风",
     """风：吹，凉爽，风筝，台风，风车，大风，秋风，呼啸，自由，风景""",
     ["吹", "凉爽", "风筝", "台风", "风车", "大风", "秋风", "呼啸", "自由", "风景"]),

    # ------------------------------------------------------ Mistral-Nemo-Instruct
    # Mistral-Nemo-Instruct, 5-10, numbered list with English translations (eight items).
    ("zh_van_49", "明天",
     """1. 未来 (future)
2. 希望 (hope)
3. 计划 (plan)
4. 早上 (morning)
5. 太阳 (sun)
6. 梦想 (dream)
7. 新的一天 (new day)
8. 期待 (expectation)""",
     ["未来", "希望", "计划", "早上", "太阳", "梦想", "新的一天", "期待"]),

    # Mistral-Nemo-Instruct, 5-10, bare line.
    ("zh_van_50", "米饭",
     """白米饭，大米，碗，筷子，饭菜，主食，稻田，吃饭，香，南方""",
     ["白米饭", "大米", "碗", "筷子", "饭菜", "主食", "稻田", "吃饭", "香", "南方"]),

    # Mistral-Nemo-Instruct, 10-20, dash glosses; the token limit cuts the last gloss
    # mid-word ("珍稀动[物]") after the item "江豚" is complete.
    ("zh_van_51", "长江",
     """1. 黄河 - 中国另一条母亲河
2. 三峡 - 长江上著名的峡谷和大坝
3. 上海 - 长江入海口的城市
4. 武汉 - 长江边的重要城市
5. 轮船 - 长江上常见的交通工具
6. 洪水 - 长江历史上多次发生洪灾
7. 母亲河 - 长江被称为中华民族的母亲河
8. 重庆 - 位于长江上游
9. 长江大桥 - 南京长江大桥和武汉长江大桥
10. 江豚 - 长江特有的珍稀动""",
     ["黄河", "三峡", "上海", "武汉", "轮船", "洪水", "母亲河", "重庆", "长江大桥", "江豚"]),

    # Mistral-Nemo-Instruct, 10-20, cue as a label before the list.
    ("zh_van_52", "孔子",
     """孔子：儒家，论语，圣人，春秋，孟子，教育，仁，礼，山东，曲阜，弟子""",
     ["儒家", "论语", "圣人", "春秋", "孟子", "教育", "仁", "礼", "山东", "曲阜", "弟子"]),

    # -------------------------------------------------- Llama-3.2-3B-Instruct
    # Llama-3.2-3B-Instruct, 5-10, numbered list with pinyin in full-width brackets.
    ("zh_van_53", "医院",
     """以下是我看到“医院”这个词时会联想到的词语：

1. 医生（yī shēng）
2. 护士（hù shi）
3. 病人（bìng rén）
4. 救护车（jiù hù chē）
5. 手术（shǒu shù）
6. 药物（yào wù）
7. 病房（bìng fáng）
8. 急诊（jí zhěn）""",
     ["医生", "护士", "病人", "救护车", "手术", "药物", "病房", "急诊"]),

    # Llama-3.2-3B-Instruct, 5-10, English preamble, Chinese items with English translations.
    ("zh_van_54", "打",
     """Here are the words that come to mind when I read the word "打":

1. 打电话 (make a phone call)
2. 打球 (play ball)
3. 打架 (fight)
4. 打工 (work part-time)
5. 打针 (get an injection)
6. 打车 (take a taxi)
7. 打字 (type)
8. 打扫 (clean)""",
     ["打电话", "打球", "打架", "打工", "打针", "打车", "打字", "打扫"]),

    # Llama-3.2-3B-Instruct, 10-20, numbered items with colon explanations; the token
    # limit cuts item 11 inside "黑社[会]", which is dropped.
    ("zh_van_55", "黑",
     """以下是看到“黑”这个词时我会联想到的词语：

1. 黑色：最直接的联想，是一种颜色。
2. 黑夜：夜晚的天空是黑色的。
3. 黑暗：没有光的状态。
4. 黑板：学校里用来写字的板。
5. 黑猫：常见的黑色动物。
6. 煤炭：黑色的燃料。
7. 恐惧：黑暗常常让人害怕。
8. 神秘：黑色给人神秘的感觉。
9. 黑发：中国人的头发大多是黑色的。
10. 乌鸦：一种黑色的鸟。
11. 黑社""",
     ["黑色", "黑夜", "黑暗", "黑板", "黑猫", "煤炭", "恐惧", "神秘", "黑发", "乌鸦"]),

    # Llama-3.2-3B-Instruct, 5-10, bare line.
    ("zh_van_56", "光",
     """光明，太阳，灯，亮，温暖，希望，光线，影子，彩虹，速度""",
     ["光明", "太阳", "灯", "亮", "温暖", "希望", "光线", "影子", "彩虹", "速度"]),

    # ------------------------------------------------- Llama-3.3-70B-Instruct
    # Llama-3.3-70B-Instruct, 5-10, preamble then numbered list.
    ("zh_van_57", "路",
     """以下是看到“路”这个词时我会联想到的词语：

1. 道路
2. 汽车
3. 行走
4. 旅行
5. 方向
6. 马路
7. 人生
8. 远方
9. 十字路口
10. 脚步""",
     ["道路", "汽车", "行走", "旅行", "方向", "马路", "人生", "远方", "十字路口", "脚步"]),

    # Llama-3.3-70B-Instruct, 5-10, the words named inside one prose sentence, 和 twice.
    ("zh_van_58", "银行",
     """看到“银行”这个词，我首先会想到存款、钱和贷款，其次是利息、柜台、银行卡、ATM、理财、账户和信用卡。""",
     ["存款", "钱", "贷款", "利息", "柜台", "银行卡", "atm", "理财", "账户", "信用卡"]),

    # Llama-3.3-70B-Instruct, 5-10, bare line.
    ("zh_van_59", "鸟",
     """飞翔，翅膀，天空，羽毛，鸟巢，自由，鸣叫，树，蛋，迁徙""",
     ["飞翔", "翅膀", "天空", "羽毛", "鸟巢", "自由", "鸣叫", "树", "蛋", "迁徙"]),

    # Llama-3.3-70B-Instruct, 10-20, bare line with a slash pair.
    # AMBIGUOUS: "故乡/家乡" may be read as two items, "故乡" and "家乡".
    ("zh_van_60", "家",
     """家人，温暖，爸爸妈妈，房子，团圆，亲情，港湾，饭菜，安全感，回家，沙发，爱，孩子，故乡/家乡，幸福""",
     ["家人", "温暖", "爸爸妈妈", "房子", "团圆", "亲情", "港湾", "饭菜", "安全感", "回家",
      "沙发", "爱", "孩子", "故乡/家乡", "幸福"]),
]

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = [
    # GPT-4o style, cue "dog", k=6: short paragraph, then the marker line.
    ("rk_en_01",
     """Here's my reasoning: "Pet" and "bark" are the most immediate associations, since dogs are the quintessential pet and barking is their defining sound. "Cat" is a very common contrast pairing. "Bone" and "leash" are strongly tied to dog care and familiar images, while "loyal" is a trait association and slightly more abstract.

Final Ranking: pet, bark, cat, bone, leash, loyal""",
     ["pet", "bark", "cat", "bone", "leash", "loyal"]),

    # Claude style, cue "doctor", k=8: explanation, marker line, then a trailing note.
    ("rk_en_02",
     """"Nurse" and "hospital" are the classic associates of "doctor": they share the same setting and are often named together. "Patient" and "medicine" follow closely, as they describe who a doctor treats and how. "Sick" is a strong but slightly less direct link. "Stethoscope" and "white coat" are iconic images, though people name them a little less often. "Lawyer" is linked mainly as another professional title, so it comes last.

Final Ranking: nurse, hospital, patient, medicine, sick, stethoscope, white coat, lawyer

Note that "lawyer" might rank higher for some people, since "doctors and lawyers" is a common pairing.""",
     ["nurse", "hospital", "patient", "medicine", "sick", "stethoscope",
      "white coat", "lawyer"]),

    # Llama-3.3-70B-Instruct, cue "summer", k=7: numbered reasoning, then a bold marker
    # with the ranking as a numbered list on the following lines.
    ("rk_en_03",
     """To rank these words, I considered which ones most people would think of first when hearing "summer."

1. **Sun** and **hot** describe the defining weather of summer.
2. **Beach** and **vacation** are the typical activities and time off.
3. **Swimming** and **ice cream** are common but more specific.
4. **Winter** is associated mainly as the opposite season.

**Final Ranking:**
1. Sun
2. Hot
3. Beach
4. Vacation
5. Swimming
6. Ice cream
7. Winter""",
     ["sun", "hot", "beach", "vacation", "swimming", "ice cream", "winter"]),

    # Gemma-2-9B-it, cue "bread", k=8: an early mention of "Final Ranking" that is not
    # followed by a ranking, bullets, the real marker line, then a closing offer.
    ("rk_en_04",
     """I'll briefly explain my thinking and then give the Final Ranking at the end.

* **Butter** and **toast** are the most common things people pair with bread.
* **Loaf** is the shape bread usually comes in, and **sandwich** is its most common use.
* **Bakery** and **dough** relate to how bread is made and sold.
* **Wheat** is an ingredient, and **jam** is a spread that's a bit less directly tied to bread itself.

Final Ranking: butter, toast, loaf, sandwich, bakery, dough, wheat, jam

Let me know if you'd like me to explain any of these choices in more detail!""",
     ["butter", "toast", "loaf", "sandwich", "bakery", "dough", "wheat", "jam"]),

    # Llama-3.2-3B-Instruct, cue "music", k=10: long numbered explanation; the final
    # line is cut by the token limit inside "guitar".
    # cut by the token limit
    ("rk_en_05",
     """To rank these words, I considered how closely each word is related to the concept of music.

1. Song: A song is the most basic form of music, so it is the most strongly associated.
2. Melody: The melody is the main tune of a piece of music.
3. Rhythm: Rhythm is an essential element of all music.
4. Instrument: Instruments are used to make music.
5. Concert: A concert is an event where music is performed live.
6. Dance: People often dance to music.
7. Guitar: The guitar is one of the most popular instruments.
8. Headphones: Headphones are used to listen to music.
9. Radio: The radio plays music, but also news and talk shows.
10. Noise: Noise is sound, but it is not usually considered music.

Final Ranking: song, melody, rhythm, instrument, concert, dance, guit""",
     ["song", "melody", "rhythm", "instrument", "concert", "dance"]),

    # Qwen2.5-32B-Instruct, cue "ocean", k=8: writes "waves" for the given "wave"
    # (kept as written).
    ("rk_en_06",
     """"Water" and "sea" are almost synonymous with the ocean, so they come first. "Waves" and "blue" describe how the ocean looks. "Fish" and "whale" are the animals living in it, with fish being more common. "Salt" is a key property of ocean water, and "ship" is related to human activity on the ocean.

Final Ranking: water, sea, waves, blue, fish, salt, whale, ship""",
     ["water", "sea", "waves", "blue", "fish", "salt", "whale", "ship"]),

    # Mistral-Nemo-Instruct, cue "cold", k=6: gives the marker line first, explains,
    # then repeats it at the end as asked.
    ("rk_en_07",
     """Final Ranking: ice, winter, hot, snow, freeze, flu

Explanation:
- Ice is the most direct physical example of something cold.
- Winter is the cold season.
- Hot is the direct opposite of cold, so it comes to mind quickly.
- Snow is cold but mostly linked through winter.
- Freeze is the process of becoming very cold.
- Flu is connected to catching a cold, which is a different sense.

Final Ranking: ice, winter, hot, snow, freeze, flu""",
     ["ice", "winter", "hot", "snow", "freeze", "flu"]),

    # Qwen2.5-72B-Instruct, cue "月亮", k=6: short reasons, marker line.
    ("rk_zh_01",
     """理由：“星星”和“夜晚”与月亮同时出现在夜空中，联想最直接；“中秋”是与月亮关系最紧密的节日，“嫦娥”是关于月亮最著名的神话人物；“月饼”通过中秋节与月亮相关；“太阳”主要是作为对比而被想到。

最终排名：星星，夜晚，中秋，嫦娥，月饼，太阳""",
     ["星星", "夜晚", "中秋", "嫦娥", "月饼", "太阳"]),

    # DeepSeek-V3, cue "春节", k=7: bold bullets, then a bold marker and numbered list.
    ("rk_zh_02",
     """**排序理由：**
- **红包**和**饺子**是春节最具代表性的习俗和食物，几乎人人都会想到。
- **团圆**体现了春节的核心意义。
- **春晚**和**鞭炮**是春节期间的标志性活动。
- **拜年**和**放假**相对间接一些。

**最终排名：**
1. 红包
2. 饺子
3. 团圆
4. 春晚
5. 鞭炮
6. 拜年
7. 放假""",
     ["红包", "饺子", "团圆", "春晚", "鞭炮", "拜年", "放假"]),

    # GLM-4-9B-chat, cue "学校", k=6: "第n名：" labels on the lines after the marker.
    ("rk_zh_03",
     """学校的核心是教与学，因此“老师”和“学生”联想最强；“教室”是学习的主要场所；“考试”和“作业”是学校生活的重要组成部分；“操场”则与课外活动有关，联想相对较弱。

最终排名：
第1名：老师
第2名：学生
第3名：教室
第4名：考试
第5名：作业
第6名：操场""",
     ["老师", "学生", "教室", "考试", "作业", "操场"]),

    # GPT-4o style, cue "茶", k=6: "最终排名" mentioned in the opening sentence without a
    # ranking, the real marker line, then a closing remark.
    ("rk_zh_04",
     """在给出最终排名之前，先简要说明理由：“茶叶”是茶的原料，联想最直接；“绿茶”是最常见的茶类；“喝茶”和“茶杯”与饮茶的日常行为相关；“茶馆”是喝茶的场所；“咖啡”与茶同为饮品，但主要是对比关系。

最终排名：茶叶，绿茶，喝茶，茶杯，茶馆，咖啡

以上排序仅供参考。""",
     ["茶叶", "绿茶", "喝茶", "茶杯", "茶馆", "咖啡"]),

    # Mistral-Nemo-Instruct, cue "雨", k=6: English translations in brackets in the final line.
    ("rk_zh_05",
     """雨伞是下雨时最常用的东西，所以排第一。乌云和雷声通常在下雨前后出现。潮湿是下雨后的感觉。雨衣和雨伞类似，但用得较少。彩虹在雨后才出现，联想最弱。

最终排名：雨伞 (umbrella)，乌云 (dark clouds)，雷声 (thunder)，潮湿 (humid)，雨衣 (raincoat)，彩虹 (rainbow)""",
     ["雨伞", "乌云", "雷声", "潮湿", "雨衣", "彩虹"]),
]

TRUNCATED = {
    "en_van_27",  # cut inside the explanation of the last (complete) item
    "en_van_32",  # cut inside item 13 ("Therm"), dropped
    "zh_van_51",  # cut inside the gloss of the last (complete) item
    "zh_van_55",  # cut inside item 11 ("黑社"), dropped
}

AMBIGUOUS = {
    "en_van_26",  # other reading: "exams/tests" split into "exams", "tests"
    "zh_van_60",  # other reading: "故乡/家乡" split into "故乡", "家乡"
}
