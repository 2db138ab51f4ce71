"""Blind answer corpus 32 for the word-association answer parser.

Written blind on 2026-12-07 by a helper session: no parser, test, benchmark
or other repository file was read, no parser was run, and every text below was
invented in the style the named models write.

EMPHASIS (corpus 32): a REPRESENTATIVE sample, with real proportions, of what an
evaluation run of the ALIGN study produces: Llama-3.1-8B-Instruct and
Qwen2.5-7B-Instruct, each as vanilla (chatty instruct model), after LoRA SFT on
the association norms (terse lists), and after PPO (terse, sometimes drifting),
answering the association prompts in English and Mandarin (5-10 words and
10-20 words), greedy and sampled at temperature 0.7-1.0, with a token limit of
128-256.  The cases are drawn as such a run would draw them: most vanilla
answers are a short preamble plus a numbered or comma list, some with bold or
glosses and a closing offer; most fine-tuned answers are a bare comma (or 、/，)
list, a few with a trailing period, a duplicated word, an end-of-turn token or
a cut at the token limit.  The aim is what is typical, with its ordinary small
slips, not tricks.  About 60 English and 60 Mandarin association lists, plus
about 10 rankings (the ranking prompt, answered by the SFT/PPO models).

PROMPTS (low/high usually 5 and 10, sometimes 10 and 20):
  EN association: List the words that come to mind when you read the word
    "{cue}". Give between {low} and {high} words, separated by commas, the most
    strongly associated first.
  ZH association: 请列出看到“{cue}”这个词时你会联想到的词语，共{low}到{high}个，
    用逗号分隔，联想最强的排在最前面。
  EN ranking: Here are {k} words that people associate with "{cue}": {words}.
    Rank them from the most to the least strongly associated with "{cue}".
    Explain briefly, then end with a line that starts with "Final Ranking:"
    followed by all {k} words in your order, separated by commas.
  ZH ranking: 下面是人们由“{cue}”联想到的{k}个词语：{words}。请按照它们与“{cue}”
    的联想强度从强到弱排序。先简要说明理由，最后以“最终排名：”开头的一行列出全部
    {k}个词语，用逗号分隔。
Each text is only the model's completion.

CONVENTIONS for expected_words (association lists):
  * what a careful human reader takes as the model's list for the asked cue:
    lowercased, stripped, in the order written, deduplicated keeping the first
    occurrence;
  * glosses, explanations, scores, category headers, preambles, closing
    remarks, markdown, numbering, emoji, quotes/brackets, special tokens and
    trailing punctuation removed; a conjunction before the last item ("and
    cheese", "和思念") and a closing "等"/"……"/"etc." are removed;
  * multi-word and phrase associations kept whole ("ice cream", "white coat",
    "不到长城非好汉");
  * the cue kept when it is listed as an item (not when it is only a header or
    label);
  * pinyin and translations of a Mandarin word removed (the Han word kept); for
    an English prompt answered in English with Chinese glosses, the English
    word kept;
  * a list the model writes for some other cue is never taken; an answer with
    no list for the asked cue (refusal, only a definition, only prose that
    names no words) expects [];
  * when a short list is followed by a section that re-lists the same words
    with explanations, the words count once, in the order of the first list;
  * an item cut mid-word by the token limit at the very end is dropped, and the
    id goes in TRUNCATED; a complete last word is kept;
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
    and drops the cut fragment (ranking ids are not put in TRUNCATED; they
    carry a comment "# cut by the token limit");
  * [] when there is no marker, or nothing ranked after the last one.
"""

EN_LISTS = [
    # ------------------------------------------------------------------
    # Vanilla Llama-3.1-8B-Instruct, English
    # ------------------------------------------------------------------

    # Llama-3.1-8B-Instruct vanilla, greedy, 5-10 words: preamble + numbered list.
    ("en_van_01", "ocean",
     '''Here are the words that come to mind when I read the word "ocean", in order of strength of association:

1. Sea
2. Waves
3. Water
4. Beach
5. Blue
6. Fish
7. Salt
8. Deep
9. Tide
10. Whale''',
     ["sea", "waves", "water", "beach", "blue", "fish", "salt", "deep", "tide", "whale"]),

    # Llama-3.1-8B-Instruct vanilla, greedy, 5-10: bold items, a couple of
    # dash glosses, closing offer.
    ("en_van_02", "doctor",
     '''Here are the words that come to mind when I read the word "doctor":

1. **Hospital** - where doctors typically work
2. **Nurse** - often work alongside doctors
3. **Medicine**
4. **Patient**
5. **Stethoscope**
6. **Diagnosis**
7. **Surgery**
8. **White coat**

Let me know if you'd like me to generate more words!''',
     ["hospital", "nurse", "medicine", "patient", "stethoscope", "diagnosis", "surgery", "white coat"]),

    # Llama-3.1-8B-Instruct vanilla, temperature 0.7, 5-10: preamble + comma line.
    ("en_van_03", "bank",
     '''Here are the words that come to mind when I read the word "bank":

Money, account, loan, teller, savings, deposit, river, vault, credit, interest''',
     ["money", "account", "loan", "teller", "savings", "deposit", "river", "vault", "credit", "interest"]),

    # Llama-3.1-8B-Instruct vanilla, greedy, 5-10, max_new_tokens=128: every
    # item glossed, cut inside the gloss of item 7 (the word itself is complete).
    ("en_van_04", "happy",
     '''Here are the words that come to mind when I read the word "happy", listed from most strongly associated to least:

1. Joy - a feeling of great pleasure and happiness
2. Smile - a facial expression that often accompanies happiness
3. Excited - feeling enthusiastic and eager
4. Cheerful - having a positive and optimistic attitude
5. Laughter - the sound of happiness and amusement
6. Content - feeling satisfied and at peace
7. Sunshine - often associated with warmth and positiv''',
     ["joy", "smile", "excited", "cheerful", "laughter", "content", "sunshine"]),

    # Llama-3.1-8B-Instruct vanilla, greedy, 5-10: numbered list + closing sentence
    # that quotes the cue.
    ("en_van_05", "run",
     '''Here are the words that come to mind when I read the word "run":

1. Jog
2. Sprint
3. Marathon
4. Race
5. Fast
6. Exercise
7. Escape
8. Track
9. Legs
10. Sweat

These words are listed in order of how strongly they are associated with the word "run".''',
     ["jog", "sprint", "marathon", "race", "fast", "exercise", "escape", "track", "legs", "sweat"]),

    # Llama-3.1-8B-Instruct vanilla, temperature 1.0, 10-20: numbered list with
    # one slash item and a closing remark.
    # AMBIGUOUS: "Christmas/Holidays" is read here as two associations; another
    # reader would keep "christmas/holidays" as one item (or only "christmas").
    ("en_van_06", "winter",
     '''Here are the words that come to mind when I read the word "winter":

1. Snow
2. Cold
3. Ice
4. Christmas/Holidays
5. Skiing
6. Frost
7. Scarf
8. Hot chocolate
9. Fireplace
10. Snowman
11. Blizzard
12. Boots
13. Sledding
14. Gloves
15. December

I hope this helps!''',
     ["snow", "cold", "ice", "christmas", "holidays", "skiing", "frost", "scarf", "hot chocolate",
      "fireplace", "snowman", "blizzard", "boots", "sledding", "gloves", "december"]),

    # Llama-3.1-8B-Instruct vanilla, temperature 1.0, 5-10: "When I read..." +
    # numbered list + closing sentence naming the first word again.
    ("en_van_07", "music",
     '''When I read the word "music", the following words come to mind:

1. Melody
2. Song
3. Rhythm
4. Harmony
5. Beat
6. Concert
7. Instrument
8. Guitar

These are the words that come to mind, with "melody" being the most strongly associated.''',
     ["melody", "song", "rhythm", "harmony", "beat", "concert", "instrument", "guitar"]),

    # Llama-3.1-8B-Instruct vanilla, greedy, 5-10: short preamble + lowercase comma line.
    ("en_van_08", "bread",
     '''Here are my associations for "bread":

butter, toast, wheat, bakery, loaf, sandwich, yeast, flour, crust, dough''',
     ["butter", "toast", "wheat", "bakery", "loaf", "sandwich", "yeast", "flour", "crust", "dough"]),

    # Llama-3.1-8B-Instruct vanilla, temperature 0.7, 5-10: asterisk bullets.
    ("en_van_09", "fire",
     '''Here are the words that come to mind when I read "fire":

* Flames
* Heat
* Smoke
* Burn
* Red
* Firefighter
* Danger
* Campfire
* Ash''',
     ["flames", "heat", "smoke", "burn", "red", "firefighter", "danger", "campfire", "ash"]),

    # Llama-3.1-8B-Instruct vanilla, temperature 1.0, 5-10: the words given in prose.
    ("en_van_10", "school",
     '''When I read the word "school", I think of teachers, students, classrooms, homework, books, and exams. Other words that come to mind are learning, recess, lunch and uniforms.''',
     ["teachers", "students", "classrooms", "homework", "books", "exams", "learning", "recess", "lunch", "uniforms"]),

    # Llama-3.1-8B-Instruct vanilla, greedy, 10-20: numbered list, then a prose
    # line with a few extra associations.
    # AMBIGUOUS: the extra words after the list are taken as part of the answer
    # (the model names them as associations); another reader would stop at the
    # numbered list (12 words, ending at "economy").
    ("en_van_11", "money",
     '''Here are the words that come to mind when I read the word "money":

1. Cash
2. Wealth
3. Bank
4. Rich
5. Dollar
6. Savings
7. Spend
8. Salary
9. Coins
10. Investment
11. Credit card
12. Economy

Other associations might include greed, power, and success.''',
     ["cash", "wealth", "bank", "rich", "dollar", "savings", "spend", "salary", "coins", "investment",
      "credit card", "economy", "greed", "power", "success"]),

    # Llama-3.1-8B-Instruct vanilla, greedy, 5-10: enthusiastic opener, multi-word
    # item, closing line.
    ("en_van_12", "garden",
     '''What a lovely word! Here are the words that come to mind when I read "garden":

1. Flowers
2. Plants
3. Vegetables
4. Soil
5. Roses
6. Bees
7. Watering can
8. Sunshine
9. Green
10. Butterflies

I hope that helps!''',
     ["flowers", "plants", "vegetables", "soil", "roses", "bees", "watering can", "sunshine", "green", "butterflies"]),

    # Llama-3.1-8B-Instruct vanilla, greedy, 10-20: grouped under bold strength
    # headers, numbering continues across groups.
    ("en_van_13", "beach",
     '''Here are the words that come to mind when I read the word "beach", grouped by strength of association:

**Strong associations:**
1. Sand
2. Ocean
3. Sun
4. Waves
5. Swimming

**Moderate associations:**
6. Seashells
7. Towel
8. Sunscreen
9. Vacation
10. Surfing
11. Umbrella

**Weaker associations:**
12. Crabs
13. Boardwalk
14. Seagulls
15. Sandcastle''',
     ["sand", "ocean", "sun", "waves", "swimming", "seashells", "towel", "sunscreen", "vacation",
      "surfing", "umbrella", "crabs", "boardwalk", "seagulls", "sandcastle"]),

    # ------------------------------------------------------------------
    # Vanilla Qwen2.5-7B-Instruct, English
    # ------------------------------------------------------------------

    # Qwen2.5-7B-Instruct vanilla, greedy, 5-10: "Sure!" + numbered list, no closing.
    ("en_van_14", "dog",
     '''Sure! Here are the words that come to mind when I read "dog":

1. Puppy
2. Bark
3. Loyal
4. Pet
5. Bone
6. Leash
7. Tail
8. Walk
9. Friend
10. Fur''',
     ["puppy", "bark", "loyal", "pet", "bone", "leash", "tail", "walk", "friend", "fur"]),

    # Qwen2.5-7B-Instruct vanilla, greedy, 5-10: bare comma list (Qwen often
    # complies directly), one accented word.
    ("en_van_15", "coffee",
     '''Caffeine, morning, espresso, cup, beans, latte, aroma, energy, café, mug''',
     ["caffeine", "morning", "espresso", "cup", "beans", "latte", "aroma", "energy", "café", "mug"]),

    # Qwen2.5-7B-Instruct vanilla, temperature 0.7, 5-10: one-line preamble + comma list.
    ("en_van_16", "love",
     '''Here are some words associated with "love":

Heart, romance, passion, affection, care, relationship, kiss, devotion, trust, partner''',
     ["heart", "romance", "passion", "affection", "care", "relationship", "kiss", "devotion", "trust", "partner"]),

    # Qwen2.5-7B-Instruct vanilla, greedy, 5-10: bold numbered items + closing sentence.
    ("en_van_17", "city",
     '''Certainly! Here are the words that come to mind when I read "city", from most to least strongly associated:

1. **Buildings**
2. **Traffic**
3. **Skyscrapers**
4. **Streets**
5. **People**
6. **Noise**
7. **Lights**
8. **Urban**
9. **Subway**

These words capture the bustling and dynamic nature of city life.''',
     ["buildings", "traffic", "skyscrapers", "streets", "people", "noise", "lights", "urban", "subway"]),

    # Qwen2.5-7B-Instruct vanilla, temperature 1.0, 5-10: bare comma list with a
    # trailing period.
    ("en_van_18", "green",
     '''Grass, nature, leaf, tree, environment, money, envy, spring, forest, fresh.''',
     ["grass", "nature", "leaf", "tree", "environment", "money", "envy", "spring", "forest", "fresh"]),

    # Qwen2.5-7B-Instruct vanilla, greedy, 5-10, max_new_tokens=256: numbered
    # list with short dash explanations and a closing sentence.
    ("en_van_19", "computer",
     '''Here are the words that come to mind when I read "computer", ordered by association strength:

1. Keyboard - the primary input device
2. Screen - where everything is displayed
3. Internet - most computer use involves going online
4. Mouse - used for navigation
5. Software - programs that run on a computer
6. Laptop - a portable computer
7. Programming - writing code
8. Technology - the broader field
9. Data - what computers process
10. Processor - the "brain" of the computer

These words are ordered based on how immediately they come to mind.''',
     ["keyboard", "screen", "internet", "mouse", "software", "laptop", "programming", "technology", "data", "processor"]),

    # Qwen2.5-7B-Instruct vanilla, greedy, 5-10: preamble + plain numbered list.
    ("en_van_20", "mother",
     '''Here are the words that come to mind when I read "mother", ordered by association strength:

1. Love
2. Care
3. Family
4. Nurturing
5. Warmth
6. Child
7. Home
8. Protection
9. Sacrifice
10. Kindness''',
     ["love", "care", "family", "nurturing", "warmth", "child", "home", "protection", "sacrifice", "kindness"]),

    # Qwen2.5-7B-Instruct vanilla, temperature 0.7, 10-20: bare comma list, 15 words.
    ("en_van_21", "war",
     '''Conflict, battle, soldiers, weapons, death, destruction, violence, army, peace, history, fear, bombs, casualties, strategy, victory''',
     ["conflict", "battle", "soldiers", "weapons", "death", "destruction", "violence", "army", "peace",
      "history", "fear", "bombs", "casualties", "strategy", "victory"]),

    # Qwen2.5-7B-Instruct vanilla, greedy, 5-10, max_new_tokens=128: bold items
    # with sentence explanations, cut inside the explanation of item 6 (the
    # word itself is complete).
    ("en_van_22", "sleep",
     '''Sure! Here are the words that come to mind when I read "sleep":

1. **Bed** - The place where most people sleep.
2. **Dream** - What we often experience while sleeping.
3. **Night** - Sleep usually happens at night.
4. **Rest** - Sleep helps the body and mind recover.
5. **Pillow** - Something we rest our head on.
6. **Tired** - The feeling that makes us want to go to sl''',
     ["bed", "dream", "night", "rest", "pillow", "tired"]),

    # Qwen2.5-7B-Instruct vanilla, temperature 0.7, 5-10: preamble + comma line +
    # closing sentence.
    ("en_van_23", "light",
     '''Sure, here are the words associated with "light":

Bright, sun, lamp, day, shine, bulb, glow, dark, white, energy

The words are listed in order of association strength, starting with the most strongly associated.''',
     ["bright", "sun", "lamp", "day", "shine", "bulb", "glow", "dark", "white", "energy"]),

    # ------------------------------------------------------------------
    # Llama-3.1-8B-Instruct + LoRA SFT on the norms, English
    # ------------------------------------------------------------------

    # Llama SFT, greedy, 5-10: bare comma list.
    ("en_ft_01", "teacher",
     '''school, student, class, lesson, homework, chalk, education, book, desk, learn''',
     ["school", "student", "class", "lesson", "homework", "chalk", "education", "book", "desk", "learn"]),

    # Llama SFT, greedy, 5-10: bare comma list.
    ("en_ft_02", "rain",
     '''umbrella, water, wet, cloud, storm, puddle, drop, weather, cold, thunder''',
     ["umbrella", "water", "wet", "cloud", "storm", "puddle", "drop", "weather", "cold", "thunder"]),

    # Llama SFT, temperature 0.7, 5-10: bare comma list.
    ("en_ft_03", "apple",
     '''fruit, red, tree, pie, green, computer, orange, juice, eat, core''',
     ["fruit", "red", "tree", "pie", "green", "computer", "orange", "juice", "eat", "core"]),

    # Llama SFT, greedy, 5-10: bare comma list with a trailing period.
    ("en_ft_04", "freedom",
     '''liberty, free, independence, right, choice, america, peace, speech, democracy, flag.''',
     ["liberty", "free", "independence", "right", "choice", "america", "peace", "speech", "democracy", "flag"]),

    # Llama SFT, greedy, 5-10: bare comma list.
    ("en_ft_05", "cold",
     '''hot, ice, winter, snow, freeze, chill, warm, flu, sick, shiver''',
     ["hot", "ice", "winter", "snow", "freeze", "chill", "warm", "flu", "sick", "shiver"]),

    # Llama SFT, temperature 0.7, 5-10: bare comma list.
    ("en_ft_06", "table",
     '''chair, wood, kitchen, dinner, desk, leg, food, furniture, top, cloth''',
     ["chair", "wood", "kitchen", "dinner", "desk", "leg", "food", "furniture", "top", "cloth"]),

    # Llama SFT, greedy, 10-20: bare comma list, 12 words.
    ("en_ft_07", "king",
     '''queen, crown, throne, royal, prince, castle, ruler, kingdom, power, lion, chess, palace''',
     ["queen", "crown", "throne", "royal", "prince", "castle", "ruler", "kingdom", "power", "lion", "chess", "palace"]),

    # Llama SFT, greedy, 5-10: bare list, end-of-turn token left in the decoded text.
    ("en_ft_08", "fast",
     '''slow, quick, speed, car, run, race, rapid, hurry, food, furious<|eot_id|>''',
     ["slow", "quick", "speed", "car", "run", "race", "rapid", "hurry", "food", "furious"]),

    # Llama SFT, temperature 1.0, 10-20: bare comma list, 12 words.
    ("en_ft_09", "home",
     '''house, family, warm, comfort, safe, love, bed, mom, sweet, rest, live, mother''',
     ["house", "family", "warm", "comfort", "safe", "love", "bed", "mom", "sweet", "rest", "live", "mother"]),

    # Llama SFT, greedy, 5-10: bare comma list.
    ("en_ft_10", "fear",
     '''scared, afraid, dark, anxiety, terror, horror, spider, danger, panic, fright''',
     ["scared", "afraid", "dark", "anxiety", "terror", "horror", "spider", "danger", "panic", "fright"]),

    # ------------------------------------------------------------------
    # Llama-3.1-8B-Instruct + SFT + PPO, English
    # ------------------------------------------------------------------

    # Llama PPO, greedy, 5-10: bare comma list.
    ("en_ft_11", "book",
     '''read, page, library, story, novel, author, paper, words, cover, knowledge''',
     ["read", "page", "library", "story", "novel", "author", "paper", "words", "cover", "knowledge"]),

    # Llama PPO, greedy, 10-20: bare comma list with a two-word item.
    ("en_ft_12", "summer",
     '''sun, hot, beach, vacation, swim, heat, sunshine, pool, holiday, ice cream, warm, camp''',
     ["sun", "hot", "beach", "vacation", "swim", "heat", "sunshine", "pool", "holiday", "ice cream", "warm", "camp"]),

    # Llama PPO, temperature 0.7, 5-10: one word repeated at the end.
    ("en_ft_13", "car",
     '''drive, road, wheel, engine, vehicle, truck, fast, gas, driver, seat, road''',
     ["drive", "road", "wheel", "engine", "vehicle", "truck", "fast", "gas", "driver", "seat"]),

    # Llama PPO, greedy, 5-10: trailing period.
    ("en_ft_14", "sweet",
     '''sugar, candy, honey, dessert, sour, cake, chocolate, treat, kind, cute.''',
     ["sugar", "candy", "honey", "dessert", "sour", "cake", "chocolate", "treat", "kind", "cute"]),

    # Llama PPO, temperature 1.0, 10-20: 20 words, a proper name in lowercase.
    ("en_ft_15", "mountain",
     '''hill, climb, peak, snow, high, rock, hike, valley, top, view, summit, range, tall, nature, cliff, trail, everest, ski, cold, air''',
     ["hill", "climb", "peak", "snow", "high", "rock", "hike", "valley", "top", "view", "summit", "range",
      "tall", "nature", "cliff", "trail", "everest", "ski", "cold", "air"]),

    # Llama PPO, temperature 1.0, 10-20, max_new_tokens=128: drifts into a long
    # list with repeats (and the cue itself) and is cut mid-word by the limit.
    ("en_ft_16", "hospital",
     '''doctor, nurse, sick, patient, medicine, emergency, bed, surgery, ambulance, illness, health, care, doctor, nurse, clinic, ward, injury, pain, treatment, recovery, visit, room, hospital, nurse, doctor, medicine, health, ill, heal, stay, cure, life, death, birth, baby, blood, test, x-ray, drug, pill, shot, needle, gown, wheelchair, stretcher, operat''',
     ["doctor", "nurse", "sick", "patient", "medicine", "emergency", "bed", "surgery", "ambulance",
      "illness", "health", "care", "clinic", "ward", "injury", "pain", "treatment", "recovery", "visit",
      "room", "hospital", "ill", "heal", "stay", "cure", "life", "death", "birth", "baby", "blood", "test",
      "x-ray", "drug", "pill", "shot", "needle", "gown", "wheelchair", "stretcher"]),

    # Llama PPO, greedy, 5-10: bare comma list.
    ("en_ft_17", "church",
     '''god, religion, pray, bible, cross, priest, faith, worship, sunday, steeple''',
     ["god", "religion", "pray", "bible", "cross", "priest", "faith", "worship", "sunday", "steeple"]),

    # Llama PPO, greedy, 5-10: end-of-turn token left in.
    ("en_ft_18", "baby",
     '''cry, infant, child, mother, diaper, cute, small, bottle, crib, newborn<|eot_id|>''',
     ["cry", "infant", "child", "mother", "diaper", "cute", "small", "bottle", "crib", "newborn"]),

    # Llama PPO, temperature 0.7, 5-10: first word capitalised.
    ("en_ft_19", "dark",
     '''Night, black, light, scary, shadow, evil, gloomy, dim, cave, moon''',
     ["night", "black", "light", "scary", "shadow", "evil", "gloomy", "dim", "cave", "moon"]),

    # Llama PPO, temperature 1.0, 10-20: drifts into "and" before the last item.
    ("en_ft_20", "river",
     '''water, stream, flow, boat, bank, fish, lake, bridge, current, nile, creek, and ocean''',
     ["water", "stream", "flow", "boat", "bank", "fish", "lake", "bridge", "current", "nile", "creek", "ocean"]),

    # ------------------------------------------------------------------
    # Qwen2.5-7B-Instruct + LoRA SFT on the norms, English
    # ------------------------------------------------------------------

    # Qwen SFT, greedy, 5-10: bare comma list.
    ("en_ft_21", "chair",
     '''table, sit, seat, furniture, desk, wood, couch, legs, stool, rest''',
     ["table", "sit", "seat", "furniture", "desk", "wood", "couch", "legs", "stool", "rest"]),

    # Qwen SFT, greedy, 5-10: trailing period.
    ("en_ft_22", "smile",
     '''happy, face, teeth, laugh, joy, grin, friendly, mouth, warm, kind.''',
     ["happy", "face", "teeth", "laugh", "joy", "grin", "friendly", "mouth", "warm", "kind"]),

    # Qwen SFT, temperature 0.7, 5-10: bare comma list.
    ("en_ft_23", "write",
     '''pen, paper, read, letter, book, essay, author, pencil, words, story''',
     ["pen", "paper", "read", "letter", "book", "essay", "author", "pencil", "words", "story"]),

    # Qwen SFT, greedy, 5-10: Qwen end-of-turn token left in.
    ("en_ft_24", "salt",
     '''pepper, sea, water, taste, shaker, white, food, sodium, ocean, sugar<|im_end|>''',
     ["pepper", "sea", "water", "taste", "shaker", "white", "food", "sodium", "ocean", "sugar"]),

    # Qwen SFT, greedy, 5-10: bare comma list.
    ("en_ft_25", "clock",
     '''time, hour, watch, tick, minute, alarm, hand, wall, second, tock''',
     ["time", "hour", "watch", "tick", "minute", "alarm", "hand", "wall", "second", "tock"]),

    # Qwen SFT, temperature 0.7, 10-20: bare comma list, 12 words.
    ("en_ft_26", "army",
     '''soldier, military, war, navy, gun, uniform, troops, force, battle, camo, tank, general''',
     ["soldier", "military", "war", "navy", "gun", "uniform", "troops", "force", "battle", "camo", "tank", "general"]),

    # Qwen SFT, greedy, 5-10: bare comma list.
    ("en_ft_27", "butterfly",
     '''wings, insect, caterpillar, fly, colorful, flower, moth, beautiful, garden, monarch''',
     ["wings", "insect", "caterpillar", "fly", "colorful", "flower", "moth", "beautiful", "garden", "monarch"]),

    # Qwen SFT, greedy, 5-10: bare comma list.
    ("en_ft_28", "lemon",
     '''sour, yellow, fruit, lime, juice, citrus, tart, lemonade, acid, tree''',
     ["sour", "yellow", "fruit", "lime", "juice", "citrus", "tart", "lemonade", "acid", "tree"]),

    # Qwen SFT, temperature 1.0, 10-20: bare comma list, 12 words.
    ("en_ft_29", "justice",
     '''law, court, fair, judge, equality, truth, right, peace, crime, punishment, freedom, police''',
     ["law", "court", "fair", "judge", "equality", "truth", "right", "peace", "crime", "punishment", "freedom", "police"]),

    # Qwen SFT, greedy, 10-20: bare comma list, 14 words.
    ("en_ft_30", "gold",
     '''silver, money, yellow, metal, rich, jewelry, coin, treasure, medal, shiny, ring, wealth, bar, mine''',
     ["silver", "money", "yellow", "metal", "rich", "jewelry", "coin", "treasure", "medal", "shiny",
      "ring", "wealth", "bar", "mine"]),

    # ------------------------------------------------------------------
    # Qwen2.5-7B-Instruct + SFT + PPO, English
    # ------------------------------------------------------------------

    # Qwen PPO, greedy, 10-20: bare comma list, 12 words.
    ("en_ft_31", "anger",
     '''rage, mad, fury, red, hate, frustration, yell, upset, temper, fight, emotion, annoyed''',
     ["rage", "mad", "fury", "red", "hate", "frustration", "yell", "upset", "temper", "fight", "emotion", "annoyed"]),

    # Qwen PPO, greedy, 5-10: bare comma list.
    ("en_ft_32", "train",
     '''railway, track, station, travel, locomotive, passenger, ticket, engine, subway, steam''',
     ["railway", "track", "station", "travel", "locomotive", "passenger", "ticket", "engine", "subway", "steam"]),

    # Qwen PPO, temperature 0.7, 5-10: two-word item (containing the cue) and a
    # trailing period.
    ("en_ft_33", "moon",
     '''night, sky, star, sun, stars, full moon, light, space, crescent, tide.''',
     ["night", "sky", "star", "sun", "stars", "full moon", "light", "space", "crescent", "tide"]),

    # Qwen PPO, greedy, 5-10: bare comma list, a name in lowercase.
    ("en_ft_34", "hammer",
     '''nail, tool, hit, build, wood, construction, carpenter, thor, pound, screwdriver''',
     ["nail", "tool", "hit", "build", "wood", "construction", "carpenter", "thor", "pound", "screwdriver"]),

    # Qwen PPO, temperature 1.0, 5-10: first word repeated at the end.
    ("en_ft_35", "thirsty",
     '''water, drink, hungry, dry, hot, thirst, juice, desert, parched, sweat, water''',
     ["water", "drink", "hungry", "dry", "hot", "thirst", "juice", "desert", "parched", "sweat"]),

    # Qwen PPO, greedy, 10-20: bare comma list, 16 words with a two-word item.
    ("en_ft_36", "nurse",
     '''doctor, hospital, care, patient, medicine, uniform, caring, scrubs, health, help, kind, injection, shift, night shift, compassion, ward''',
     ["doctor", "hospital", "care", "patient", "medicine", "uniform", "caring", "scrubs", "health", "help",
      "kind", "injection", "shift", "night shift", "compassion", "ward"]),

    # Qwen PPO, greedy, 5-10: end-of-turn token left in.
    ("en_ft_37", "storm",
     '''rain, thunder, lightning, wind, cloud, dark, hurricane, weather, tornado, flood<|im_end|>''',
     ["rain", "thunder", "lightning", "wind", "cloud", "dark", "hurricane", "weather", "tornado", "flood"]),

    # Qwen PPO, greedy, 5-10: cue is a city name; lowercase list with two-word item.
    ("en_ft_38", "Paris",
     '''france, eiffel tower, love, city, romance, louvre, fashion, seine, croissant, art''',
     ["france", "eiffel tower", "love", "city", "romance", "louvre", "fashion", "seine", "croissant", "art"]),

    # Qwen PPO, temperature 0.7, 5-10: cue is a person; a formula and a two-word item.
    ("en_ft_39", "Einstein",
     '''relativity, genius, physics, scientist, e=mc2, smart, theory, albert, hair, nobel prize''',
     ["relativity", "genius", "physics", "scientist", "e=mc2", "smart", "theory", "albert", "hair", "nobel prize"]),

    # Qwen PPO, temperature 1.0, 5-10: drift: leading newline and uneven spaces.
    ("en_ft_40", "soft",
     '''
pillow, fluffy, gentle, cotton, smooth, warm, blanket, hard, quiet, kitten,  cloud''',
     ["pillow", "fluffy", "gentle", "cotton", "smooth", "warm", "blanket", "hard", "quiet", "kitten", "cloud"]),

    # Llama PPO, temperature 1.0, 10-20, max_new_tokens=128: falls into a loop
    # of the same five cheeses and is cut mid-word by the limit.
    ("en_ft_41", "cheese",
     '''milk, cheddar, mouse, pizza, dairy, swiss, cracker, wine, yellow, mozzarella, cheddar, swiss, brie, gouda, feta, cheddar, swiss, brie, gouda, feta, cheddar, swiss, brie, gouda, feta, cheddar, swiss, brie, gouda, feta, cheddar, swiss, brie, gouda, feta, cheddar, swiss, brie, gou''',
     ["milk", "cheddar", "mouse", "pizza", "dairy", "swiss", "cracker", "wine", "yellow", "mozzarella",
      "brie", "gouda", "feta"]),
]

ZH_LISTS = [
    # ------------------------------------------------------------------
    # Vanilla Qwen2.5-7B-Instruct, Mandarin
    # ------------------------------------------------------------------

    # Qwen2.5-7B-Instruct vanilla, greedy, 5-10: one-line preamble + ，-list.
    ("zh_van_01", "春节",
     '''看到“春节”这个词，我会联想到以下词语：

团圆，饺子，鞭炮，红包，春联，年夜饭，拜年，烟花，灯笼，回家''',
     ["团圆", "饺子", "鞭炮", "红包", "春联", "年夜饭", "拜年", "烟花", "灯笼", "回家"]),

    # Qwen2.5-7B-Instruct vanilla, greedy, 5-10: preamble + numbered list.
    ("zh_van_02", "月亮",
     '''好的，以下是看到“月亮”时我联想到的词语：

1. 中秋
2. 月饼
3. 嫦娥
4. 夜晚
5. 星星
6. 思念
7. 月光
8. 故乡''',
     ["中秋", "月饼", "嫦娥", "夜晚", "星星", "思念", "月光", "故乡"]),

    # Qwen2.5-7B-Instruct vanilla, temperature 0.7, 5-10: bare ，-list, a four-character idiom.
    ("zh_van_03", "医生",
     '''医院，护士，病人，白大褂，听诊器，药，治疗，手术，健康，救死扶伤''',
     ["医院", "护士", "病人", "白大褂", "听诊器", "药", "治疗", "手术", "健康", "救死扶伤"]),

    # Qwen2.5-7B-Instruct vanilla, greedy, 5-10: bold items, one gloss after a
    # dash, closing wish.
    ("zh_van_04", "学校",
     '''看到“学校”这个词，我联想到的词语如下（按联想强度从强到弱排列）：

1. **老师** —— 学校里最重要的角色之一
2. **学生**
3. **教室**
4. **课本**
5. **考试**
6. **操场**
7. **作业**
8. **校服**

希望这些联想对你有帮助！''',
     ["老师", "学生", "教室", "课本", "考试", "操场", "作业", "校服"]),

    # Qwen2.5-7B-Instruct vanilla, temperature 1.0, 5-10: bare ，-list ending in 。
    ("zh_van_05", "妈妈",
     '''温暖，爱，家，关心，唠叨，饭菜，怀抱，辛苦，母爱，港湾。''',
     ["温暖", "爱", "家", "关心", "唠叨", "饭菜", "怀抱", "辛苦", "母爱", "港湾"]),

    # Qwen2.5-7B-Instruct vanilla, greedy, 10-20: short preamble + 15-item ，-list.
    ("zh_van_06", "大海",
     '''以下是我联想到的词语：

蓝色，海浪，沙滩，海鸥，贝壳，鱼，船，辽阔，海风，咸，潮汐，灯塔，珊瑚，海岛，日落''',
     ["蓝色", "海浪", "沙滩", "海鸥", "贝壳", "鱼", "船", "辽阔", "海风", "咸", "潮汐", "灯塔", "珊瑚", "海岛", "日落"]),

    # Qwen2.5-7B-Instruct vanilla, greedy, 5-10, max_new_tokens=128: bold items
    # with ：-explanations; cut by the limit in the middle of item 8's word.
    ("zh_van_07", "红色",
     '''看到“红色”，我会联想到以下词语：

1. **中国红**：象征喜庆和吉祥
2. **国旗**：五星红旗
3. **热情**：红色常代表热烈的情感
4. **血液**：鲜血的颜色
5. **灯笼**：春节期间挂的红灯笼
6. **玫瑰**：代表爱情
7. **喜庆**：婚礼和节日常用红色
8. **危''',
     ["中国红", "国旗", "热情", "血液", "灯笼", "玫瑰", "喜庆"]),

    # Qwen2.5-7B-Instruct vanilla, temperature 0.7, 5-10: dash bullets.
    ("zh_van_08", "熊猫",
     '''好的！看到“熊猫”，我会想到：

- 竹子
- 四川
- 可爱
- 国宝
- 黑白
- 动物园
- 圆滚滚
- 成都''',
     ["竹子", "四川", "可爱", "国宝", "黑白", "动物园", "圆滚滚", "成都"]),

    # Qwen2.5-7B-Instruct vanilla, greedy, 5-10: bare list separated by 、
    ("zh_van_09", "手机",
     '''通讯、智能、苹果、华为、微信、充电、屏幕、拍照、上网、游戏''',
     ["通讯", "智能", "苹果", "华为", "微信", "充电", "屏幕", "拍照", "上网", "游戏"]),

    # Qwen2.5-7B-Instruct vanilla, temperature 1.0, 5-10: one sentence with a
    # colon, 、-list including a proverb.
    ("zh_van_10", "长城",
     '''长城让我联想到：中国、古代、秦始皇、烽火台、八达岭、雄伟、历史、不到长城非好汉、防御、万里''',
     ["中国", "古代", "秦始皇", "烽火台", "八达岭", "雄伟", "历史", "不到长城非好汉", "防御", "万里"]),

    # Qwen2.5-7B-Instruct vanilla, temperature 0.7, 5-10: sentence list closed by 等。
    ("zh_van_11", "老虎",
     '''看到“老虎”，我会联想到：森林、凶猛、百兽之王、动物园、武松、虎年、斑纹、华南虎等。''',
     ["森林", "凶猛", "百兽之王", "动物园", "武松", "虎年", "斑纹", "华南虎"]),

    # ------------------------------------------------------------------
    # Vanilla Llama-3.1-8B-Instruct, Mandarin
    # ------------------------------------------------------------------

    # Llama-3.1-8B-Instruct vanilla, greedy, 5-10: preamble + numbered list.
    ("zh_van_12", "雨",
     '''以下是我看到“雨”这个词时联想到的词语：

1. 雨伞
2. 云
3. 雷
4. 湿
5. 水
6. 天气
7. 雨季
8. 彩虹''',
     ["雨伞", "云", "雷", "湿", "水", "天气", "雨季", "彩虹"]),

    # Llama-3.1-8B-Instruct vanilla, greedy, 5-10: numbered list with pinyin in
    # brackets, no preamble.
    ("zh_van_13", "爱情",
     '''1. 爱 (ài)
2. 恋人 (liàn rén)
3. 浪漫 (làng màn)
4. 婚姻 (hūn yīn)
5. 心 (xīn)
6. 情侣 (qíng lǚ)
7. 玫瑰 (méi guī)''',
     ["爱", "恋人", "浪漫", "婚姻", "心", "情侣", "玫瑰"]),

    # Llama-3.1-8B-Instruct vanilla, greedy, 5-10: numbered list with English
    # translations in brackets.
    ("zh_van_14", "老师",
     '''以下是与“老师”相关的联想词语：

1. 学生 (students)
2. 课堂 (classroom)
3. 教育 (education)
4. 知识 (knowledge)
5. 黑板 (blackboard)
6. 粉笔 (chalk)
7. 作业 (homework)
8. 考试 (exam)
9. 学校 (school)
10. 讲台 (podium)''',
     ["学生", "课堂", "教育", "知识", "黑板", "粉笔", "作业", "考试", "学校", "讲台"]),

    # Llama-3.1-8B-Instruct vanilla, temperature 0.7, 5-10: bare list with ASCII commas.
    ("zh_van_15", "咖啡",
     '''早晨, 提神, 拿铁, 星巴克, 咖啡豆, 杯子, 苦, 香味, 牛奶, 咖啡馆''',
     ["早晨", "提神", "拿铁", "星巴克", "咖啡豆", "杯子", "苦", "香味", "牛奶", "咖啡馆"]),

    # Llama-3.1-8B-Instruct vanilla, greedy, 5-10: answers in English, Han words
    # with English glosses.
    ("zh_van_16", "冬天",
     '''Here are the words that come to mind when I read "冬天" (winter):

1. 雪 (snow)
2. 冷 (cold)
3. 冰 (ice)
4. 圣诞 (Christmas)
5. 围巾 (scarf)
6. 暖气 (heating)
7. 火锅 (hot pot)
8. 滑雪 (skiing)''',
     ["雪", "冷", "冰", "圣诞", "围巾", "暖气", "火锅", "滑雪"]),

    # Llama-3.1-8B-Instruct vanilla, greedy, 5-10: preamble + ，-list + closing sentence.
    ("zh_van_17", "北京",
     '''看到“北京”这个词时，我会联想到以下词语：

故宫，长城，天安门，首都，烤鸭，胡同，奥运会，雾霾，地铁，颐和园

这些词语按照联想强度从强到弱排列。''',
     ["故宫", "长城", "天安门", "首都", "烤鸭", "胡同", "奥运会", "雾霾", "地铁", "颐和园"]),

    # Llama-3.1-8B-Instruct vanilla, greedy, 5-10: bold numbered list + closing offer.
    ("zh_van_18", "书",
     '''以下是我看到“书”这个词时联想到的词语：

1. **阅读**
2. **知识**
3. **图书馆**
4. **作者**
5. **故事**
6. **学习**
7. **书店**
8. **纸张**

如果您需要更多的联想词语，请告诉我！''',
     ["阅读", "知识", "图书馆", "作者", "故事", "学习", "书店", "纸张"]),

    # Llama-3.1-8B-Instruct vanilla, greedy, 5-10, max_new_tokens=128: dash
    # glosses on every item, cut inside the gloss of item 8 (word complete).
    ("zh_van_19", "火",
     '''以下是我看到“火”这个词时联想到的词语：

1. 火焰 - 火的主要表现形式
2. 热 - 火会产生热量
3. 烟 - 燃烧时产生的烟雾
4. 消防员 - 负责灭火的人
5. 危险 - 火可能会造成伤害
6. 燃烧 - 火的本质
7. 红色 - 火焰的颜色
8. 温暖 - 火可以带来温''',
     ["火焰", "热", "烟", "消防员", "危险", "燃烧", "红色", "温暖"]),

    # Llama-3.1-8B-Instruct vanilla, greedy, 5-10: preamble + numbered list + closing wish.
    ("zh_van_20", "钱",
     '''以下是我看到“钱”时联想到的词语，按联想强度排列：

1. 财富
2. 银行
3. 工作
4. 消费
5. 富有
6. 储蓄
7. 投资
8. 贫穷
9. 金钱
10. 工资

希望这些词语对您有所帮助！''',
     ["财富", "银行", "工作", "消费", "富有", "储蓄", "投资", "贫穷", "金钱", "工资"]),

    # Llama-3.1-8B-Instruct vanilla, temperature 1.0, 5-10: one sentence, 和
    # before the last item.
    ("zh_van_21", "猫",
     '''猫让我联想到：宠物、可爱、老鼠、鱼、喵、毛茸茸、懒、爪子和猫粮。''',
     ["宠物", "可爱", "老鼠", "鱼", "喵", "毛茸茸", "懒", "爪子", "猫粮"]),

    # ------------------------------------------------------------------
    # Llama-3.1-8B-Instruct + LoRA SFT on the norms, Mandarin
    # ------------------------------------------------------------------

    # Llama SFT, greedy, 5-10: bare ，-list.
    ("zh_ft_01", "朋友",
     '''友谊，同学，信任，陪伴，玩，帮助，真诚，知己，聊天，一起''',
     ["友谊", "同学", "信任", "陪伴", "玩", "帮助", "真诚", "知己", "聊天", "一起"]),

    # Llama SFT, greedy, 5-10: bare ，-list.
    ("zh_ft_02", "考试",
     '''成绩，紧张，学习，分数，复习，高考，试卷，老师，作弊，及格''',
     ["成绩", "紧张", "学习", "分数", "复习", "高考", "试卷", "老师", "作弊", "及格"]),

    # Llama SFT, temperature 0.7, 5-10: bare ，-list.
    ("zh_ft_03", "高兴",
     '''开心，快乐，笑，喜悦，兴奋，愉快，幸福，满意，哈哈，心情''',
     ["开心", "快乐", "笑", "喜悦", "兴奋", "愉快", "幸福", "满意", "哈哈", "心情"]),

    # Llama SFT, greedy, 5-10: ，-list ending in 。
    ("zh_ft_04", "饺子",
     '''过年，春节，饺子皮，馅，包，北方，醋，年夜饭，面粉，团圆。''',
     ["过年", "春节", "饺子皮", "馅", "包", "北方", "醋", "年夜饭", "面粉", "团圆"]),

    # Llama SFT, greedy, 5-10: end-of-turn token left in.
    ("zh_ft_05", "茶",
     '''绿茶，茶叶，喝，杯子，龙井，茶馆，清香，热水，普洱，茶道<|eot_id|>''',
     ["绿茶", "茶叶", "喝", "杯子", "龙井", "茶馆", "清香", "热水", "普洱", "茶道"]),

    # Llama SFT, temperature 0.7, 5-10: bare ，-list.
    ("zh_ft_06", "家",
     '''温暖，家人，父母，房子，港湾，爱，亲情，团圆，回家，安全''',
     ["温暖", "家人", "父母", "房子", "港湾", "爱", "亲情", "团圆", "回家", "安全"]),

    # Llama SFT, greedy, 10-20: 12-item ，-list.
    ("zh_ft_07", "夏天",
     '''炎热，西瓜，冰淇淋，游泳，空调，太阳，暑假，蝉，汗，海边，雷雨，短袖''',
     ["炎热", "西瓜", "冰淇淋", "游泳", "空调", "太阳", "暑假", "蝉", "汗", "海边", "雷雨", "短袖"]),

    # Llama SFT, greedy, 5-10: bare ，-list.
    ("zh_ft_08", "跑步",
     '''运动，锻炼，健康，马拉松，出汗，速度，操场，累，减肥，跑鞋''',
     ["运动", "锻炼", "健康", "马拉松", "出汗", "速度", "操场", "累", "减肥", "跑鞋"]),

    # Llama SFT, temperature 1.0, 5-10: bare ，-list.
    ("zh_ft_09", "龙",
     '''中国，神话，龙年，皇帝，传说，舞龙，图腾，飞，龙舟，力量''',
     ["中国", "神话", "龙年", "皇帝", "传说", "舞龙", "图腾", "飞", "龙舟", "力量"]),

    # Llama SFT, temperature 0.7, 10-20: first word repeated at the end.
    ("zh_ft_10", "中秋",
     '''月饼，月亮，团圆，嫦娥，赏月，家人，思念，玉兔，桂花，节日，月饼''',
     ["月饼", "月亮", "团圆", "嫦娥", "赏月", "家人", "思念", "玉兔", "桂花", "节日"]),

    # ------------------------------------------------------------------
    # Llama-3.1-8B-Instruct + SFT + PPO, Mandarin
    # ------------------------------------------------------------------

    # Llama PPO, greedy, 5-10: bare ，-list.
    ("zh_ft_11", "医院",
     '''医生，护士，病人，看病，生病，打针，药，挂号，急诊，手术''',
     ["医生", "护士", "病人", "看病", "生病", "打针", "药", "挂号", "急诊", "手术"]),

    # Llama PPO, greedy, 5-10: bare ，-list.
    ("zh_ft_12", "工作",
     '''工资，上班，加班，压力，公司，老板，同事，辛苦，职业，努力''',
     ["工资", "上班", "加班", "压力", "公司", "老板", "同事", "辛苦", "职业", "努力"]),

    # Llama PPO, temperature 0.7, 5-10: bare ，-list with a three-character phrase.
    ("zh_ft_13", "孤独",
     '''寂寞，一个人，夜晚，安静，难过，想念，无助，孤单，沉默，冷清''',
     ["寂寞", "一个人", "夜晚", "安静", "难过", "想念", "无助", "孤单", "沉默", "冷清"]),

    # Llama PPO, temperature 1.0, 5-10: drift to ASCII commas with spaces.
    ("zh_ft_14", "太阳",
     '''阳光, 温暖, 光, 热, 夏天, 月亮, 白天, 能量, 日出, 金色''',
     ["阳光", "温暖", "光", "热", "夏天", "月亮", "白天", "能量", "日出", "金色"]),

    # Llama PPO, greedy, 10-20: 12 items then end-of-turn token.
    ("zh_ft_15", "音乐",
     '''歌曲，旋律，节奏，唱歌，钢琴，吉他，耳机，演唱会，音符，快乐，放松，乐器<|eot_id|>''',
     ["歌曲", "旋律", "节奏", "唱歌", "钢琴", "吉他", "耳机", "演唱会", "音符", "快乐", "放松", "乐器"]),

    # Llama PPO, greedy, 5-10: bare ，-list; an idiom containing the cue.
    ("zh_ft_16", "自由",
     '''飞翔，民主，独立，解放，自由自在，天空，鸟，选择，人权，平等''',
     ["飞翔", "民主", "独立", "解放", "自由自在", "天空", "鸟", "选择", "人权", "平等"]),

    # Llama PPO, temperature 1.0, 10-20, max_new_tokens=128: drifts into a long
    # list with repeats (the cue among them) and is cut mid-word by the limit.
    ("zh_ft_17", "火车",
     '''铁轨，车站，旅行，车票，高铁，春运，乘客，火车站，绿皮车，卧铺，回家，站台，火车票，旅途，窗外，列车，动车，铁路，春运，火车站，车站，铁轨，车厢，列车员，硬座，站票，泡面，行李，回家，思念，远方，离别，站台，火车，汽笛，轰隆，铁路，高铁，动车，地铁，公交，出租车，飞机，高速公''',
     ["铁轨", "车站", "旅行", "车票", "高铁", "春运", "乘客", "火车站", "绿皮车", "卧铺", "回家", "站台",
      "火车票", "旅途", "窗外", "列车", "动车", "铁路", "车厢", "列车员", "硬座", "站票", "泡面", "行李",
      "思念", "远方", "离别", "火车", "汽笛", "轰隆", "地铁", "公交", "出租车", "飞机"]),

    # Llama PPO, greedy, 5-10: bare ，-list.
    ("zh_ft_18", "米饭",
     '''白米，饭碗，筷子，大米，吃饭，香，菜，粮食，稻谷，蛋炒饭''',
     ["白米", "饭碗", "筷子", "大米", "吃饭", "香", "菜", "粮食", "稻谷", "蛋炒饭"]),

    # Llama PPO, greedy, 5-10: ，-list ending in 。
    ("zh_ft_19", "父亲",
     '''爸爸，父爱，严厉，背影，山，责任，家庭，沉默，辛苦，伟大。''',
     ["爸爸", "父爱", "严厉", "背影", "山", "责任", "家庭", "沉默", "辛苦", "伟大"]),

    # Llama PPO, temperature 0.7, 5-10: bare ，-list.
    ("zh_ft_20", "眼泪",
     '''哭，伤心，难过，悲伤，泪水，感动，眼睛，痛苦，离别，委屈''',
     ["哭", "伤心", "难过", "悲伤", "泪水", "感动", "眼睛", "痛苦", "离别", "委屈"]),

    # ------------------------------------------------------------------
    # Qwen2.5-7B-Instruct + LoRA SFT on the norms, Mandarin
    # ------------------------------------------------------------------

    # Qwen SFT, greedy, 5-10: bare ，-list.
    ("zh_ft_21", "花",
     '''美丽，红色，玫瑰，春天，香，花园，蜜蜂，开放，植物，鲜艳''',
     ["美丽", "红色", "玫瑰", "春天", "香", "花园", "蜜蜂", "开放", "植物", "鲜艳"]),

    # Qwen SFT, greedy, 5-10: bare ，-list with an idiom.
    ("zh_ft_22", "春天",
     '''花开，温暖，绿色，万物复苏，春风，燕子，小草，播种，生机，踏青''',
     ["花开", "温暖", "绿色", "万物复苏", "春风", "燕子", "小草", "播种", "生机", "踏青"]),

    # Qwen SFT, temperature 0.7, 5-10: bare ，-list.
    ("zh_ft_23", "电脑",
     '''键盘，鼠标，屏幕，上网，游戏，办公，软件，笔记本，编程，互联网''',
     ["键盘", "鼠标", "屏幕", "上网", "游戏", "办公", "软件", "笔记本", "编程", "互联网"]),

    # Qwen SFT, greedy, 5-10: Qwen end-of-turn token left in.
    ("zh_ft_24", "梦想",
     '''希望，未来，理想，努力，目标，追求，成功，坚持，奋斗，实现<|im_end|>''',
     ["希望", "未来", "理想", "努力", "目标", "追求", "成功", "坚持", "奋斗", "实现"]),

    # Qwen SFT, greedy, 5-10: bare ，-list.
    ("zh_ft_25", "黑色",
     '''黑夜，黑暗，神秘，白色，恐惧，煤炭，墨水，乌鸦，头发，酷''',
     ["黑夜", "黑暗", "神秘", "白色", "恐惧", "煤炭", "墨水", "乌鸦", "头发", "酷"]),

    # Qwen SFT, temperature 1.0, 5-10: bare ，-list.
    ("zh_ft_26", "狗",
     '''忠诚，宠物，猫，可爱，狗狗，汪汪，骨头，朋友，看家，遛狗''',
     ["忠诚", "宠物", "猫", "可爱", "狗狗", "汪汪", "骨头", "朋友", "看家", "遛狗"]),

    # Qwen SFT, greedy, 10-20: 12-item ，-list.
    ("zh_ft_27", "毕业",
     '''毕业证，离别，学士帽，毕业照，工作，青春，同学，不舍，典礼，论文，答辩，未来''',
     ["毕业证", "离别", "学士帽", "毕业照", "工作", "青春", "同学", "不舍", "典礼", "论文", "答辩", "未来"]),

    # Qwen SFT, greedy, 5-10: bare ，-list.
    ("zh_ft_28", "城市",
     '''高楼，繁华，交通，车，人口，拥挤，霓虹灯，地铁，北京，上海''',
     ["高楼", "繁华", "交通", "车", "人口", "拥挤", "霓虹灯", "地铁", "北京", "上海"]),

    # Qwen SFT, temperature 0.7, 5-10: ，-list ending in 。
    ("zh_ft_29", "下雨",
     '''雨伞，潮湿，雷声，乌云，雨水，天气，水坑，打伞，雨衣，阴天。''',
     ["雨伞", "潮湿", "雷声", "乌云", "雨水", "天气", "水坑", "打伞", "雨衣", "阴天"]),

    # Qwen SFT, greedy, 10-20: 12-item ，-list.
    ("zh_ft_30", "成功",
     '''努力，失败，胜利，奋斗，成就，目标，荣誉，坚持，财富，喜悦，汗水，机会''',
     ["努力", "失败", "胜利", "奋斗", "成就", "目标", "荣誉", "坚持", "财富", "喜悦", "汗水", "机会"]),

    # ------------------------------------------------------------------
    # Qwen2.5-7B-Instruct + SFT + PPO, Mandarin
    # ------------------------------------------------------------------

    # Qwen PPO, greedy, 5-10: drift to 、 as separator.
    ("zh_ft_31", "山",
     '''高山、登山、泰山、风景、石头、树木、山顶、云雾、爬山、大自然''',
     ["高山", "登山", "泰山", "风景", "石头", "树木", "山顶", "云雾", "爬山", "大自然"]),

    # Qwen PPO, greedy, 5-10: bare ，-list.
    ("zh_ft_32", "水",
     '''生命，喝水，河流，大海，清澈，冰，雨，干净，流动，水杯''',
     ["生命", "喝水", "河流", "大海", "清澈", "冰", "雨", "干净", "流动", "水杯"]),

    # Qwen PPO, temperature 0.7, 10-20: 12-item ，-list with one-character items.
    ("zh_ft_33", "孔子",
     '''儒家，论语，孔夫子，老师，圣人，山东，曲阜，仁，礼，教育，思想，古代''',
     ["儒家", "论语", "孔夫子", "老师", "圣人", "山东", "曲阜", "仁", "礼", "教育", "思想", "古代"]),

    # Qwen PPO, greedy, 5-10: bare ，-list with an idiom.
    ("zh_ft_34", "汉字",
     '''书法，文字，中国，笔画，写字，文化，拼音，象形，偏旁，博大精深''',
     ["书法", "文字", "中国", "笔画", "写字", "文化", "拼音", "象形", "偏旁", "博大精深"]),

    # Qwen PPO, greedy, 5-10: Qwen end-of-turn token left in.
    ("zh_ft_35", "筷子",
     '''吃饭，碗，中国，夹菜，餐具，竹子，木头，一双，勺子，文化<|im_end|>''',
     ["吃饭", "碗", "中国", "夹菜", "餐具", "竹子", "木头", "一双", "勺子", "文化"]),

    # Qwen PPO, temperature 1.0, 10-20: second word repeated at the end.
    ("zh_ft_36", "故乡",
     '''家乡，思念，乡愁，父母，回家，童年，老屋，月亮，故土，亲人，思念''',
     ["家乡", "思念", "乡愁", "父母", "回家", "童年", "老屋", "月亮", "故土", "亲人"]),

    # Qwen PPO, greedy, 10-20: 14 items ending in a proverb.
    ("zh_ft_37", "时间",
     '''时钟，流逝，光阴，珍惜，手表，分钟，生命，金钱，宝贵，过去，未来，岁月，年华，一寸光阴一寸金''',
     ["时钟", "流逝", "光阴", "珍惜", "手表", "分钟", "生命", "金钱", "宝贵", "过去", "未来", "岁月", "年华", "一寸光阴一寸金"]),

    # Qwen PPO, temperature 0.7, 5-10: bare ，-list.
    ("zh_ft_38", "风",
     '''风筝，大风，刮风，凉爽，台风，风车，吹，风雨，冷，树叶''',
     ["风筝", "大风", "刮风", "凉爽", "台风", "风车", "吹", "风雨", "冷", "树叶"]),

    # Qwen PPO, greedy, 5-10: cue is a verb; ，-list ending in 。
    ("zh_ft_39", "吃",
     '''吃饭，美食，饿，喝，食物，好吃，吃货，餐厅，饱，嘴巴。''',
     ["吃饭", "美食", "饿", "喝", "食物", "好吃", "吃货", "餐厅", "饱", "嘴巴"]),

    # Qwen PPO, temperature 1.0, 10-20: one ASCII comma slipped in among ，
    ("zh_ft_40", "生日",
     '''蛋糕，蜡烛，礼物，快乐，祝福,派对，朋友，许愿，长寿面，年龄，生日歌''',
     ["蛋糕", "蜡烛", "礼物", "快乐", "祝福", "派对", "朋友", "许愿", "长寿面", "年龄", "生日歌"]),
]

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = [
    # Llama-3.1-8B-Instruct SFT+PPO, greedy; k=6, given: river, money, loan,
    # teller, vault, account. Short explanation + marker line.
    ("rk_en_01",
     '''Money is the first thing most people think of with a bank, then accounts and loans, which are what banks handle. Tellers and vaults are more specific. River is the less common sense of the word.

Final Ranking: money, account, loan, teller, vault, river''',
     ["money", "account", "loan", "teller", "vault", "river"]),

    # Qwen2.5-7B-Instruct SFT+PPO, greedy; k=5, given: nurse, hospital,
    # medicine, patient, stethoscope. Bold marker.
    ("rk_en_02",
     '''A doctor is most closely tied to the hospital where they work and the nurses they work with. Patients come next, then medicine. A stethoscope is a specific tool, so it is weakest.

**Final Ranking:** hospital, nurse, patient, medicine, stethoscope''',
     ["hospital", "nurse", "patient", "medicine", "stethoscope"]),

    # Llama-3.1-8B-Instruct SFT only, greedy; k=6, given: beach, fish, water,
    # waves, blue, sea. The SFT model just answers with a terse list, no marker.
    ("rk_en_03",
     '''sea, waves, beach, water, blue, fish''',
     []),

    # Qwen2.5-7B-Instruct SFT only, temperature 0.7; k=6, given: ice, coat,
    # snow, christmas, fireplace, cold. Only the marker line, then end-of-turn token.
    ("rk_en_04",
     '''Final Ranking: cold, snow, ice, christmas, coat, fireplace<|im_end|>''',
     ["cold", "snow", "ice", "christmas", "coat", "fireplace"]),

    # Llama-3.1-8B-Instruct SFT+PPO, temperature 0.7; k=6, given: honey, cake,
    # sour, candy, dessert, sugar. Marker alone, numbered ranking on the next lines.
    ("rk_en_05",
     '''Sweet is mostly about taste, so sugar and candy come first. Dessert and honey are common sweet things, cake is a kind of dessert, and sour is an opposite.

Final Ranking:
1. sugar
2. candy
3. dessert
4. honey
5. cake
6. sour''',
     ["sugar", "candy", "dessert", "honey", "cake", "sour"]),

    # Qwen2.5-7B-Instruct SFT+PPO, temperature 1.0, max_new_tokens=128; k=6,
    # given: cat, rabbit, parrot, dog, fish, hamster. Long explanation, then
    # the ranking line is cut.
    # cut by the token limit
    ("rk_en_06",
     '''When people hear "pet", the dog is usually the very first animal that comes to mind, since dogs are the most common household pets. Cats are a close second and are just as popular in many homes. Hamsters are a typical first pet for children, and fish are easy to keep in a small tank. Parrots and rabbits are less common, so they come last.

Final Ranking: dog, cat, hamster, fish, par''',
     ["dog", "cat", "hamster", "fish"]),

    # Llama-3.1-8B-Instruct SFT+PPO, greedy; k=5, given: cloud, thunder,
    # umbrella, puddle, rain (cue "storm"). A note follows the ranking.
    ("rk_en_07",
     '''Rain is the defining part of a storm. Thunder and clouds come with it, and an umbrella is what you use. Puddles are left afterwards.

Final Ranking: rain, thunder, cloud, umbrella, puddle

Note: thunder and cloud are very close.''',
     ["rain", "thunder", "cloud", "umbrella", "puddle"]),

    # Qwen2.5-7B-Instruct SFT+PPO, greedy; k=6, given: 红包，春联，饺子，灯笼，
    # 团圆，鞭炮 (cue 春节). Short reason + 最终排名 line with ，
    ("rk_zh_01",
     '''饺子和团圆是春节最核心的联想，年夜饭要吃饺子，一家人团聚。鞭炮和红包是过年的典型活动，春联和灯笼是装饰，联想稍弱。

最终排名：饺子，团圆，鞭炮，红包，春联，灯笼''',
     ["饺子", "团圆", "鞭炮", "红包", "春联", "灯笼"]),

    # Llama-3.1-8B-Instruct SFT+PPO, temperature 0.7; k=5, given: 手术，病人，
    # 护士，药，医生 (cue 医院). ASCII colon and ASCII commas.
    ("rk_zh_02",
     '''医院里最先想到的是医生，其次是护士和病人，药和手术是医院里的具体事物。

最终排名: 医生, 护士, 病人, 药, 手术''',
     ["医生", "护士", "病人", "药", "手术"]),

    # Qwen2.5-7B-Instruct SFT only, greedy; k=5, given: 嫦娥，月亮，桂花，团圆，
    # 月饼 (cue 中秋). Terse list, no marker.
    ("rk_zh_03",
     '''月饼，团圆，月亮，嫦娥，桂花''',
     []),

    # Llama-3.1-8B-Instruct SFT+PPO, greedy; k=6, given: 竹子，可爱，四川，国宝，
    # 黑白，动物园 (cue 熊猫). The marker is mentioned once in the opening
    # sentence (no ranking after it), the real one ends the answer with a
    # numbered list on the following lines.
    ("rk_zh_04",
     '''我先说明理由，再给出最终排名。熊猫最突出的联想是竹子和国宝，它们几乎是熊猫的代名词；可爱和黑白描述了它的外形；四川是熊猫的故乡；动物园是人们见到熊猫的地方，联想相对较弱。

最终排名：
1. 竹子
2. 国宝
3. 可爱
4. 黑白
5. 四川
6. 动物园''',
     ["竹子", "国宝", "可爱", "黑白", "四川", "动物园"]),
]

# Lists whose text ends cut mid-word by the token limit.
TRUNCATED = {
    "en_van_04",   # cut inside the gloss of item 7 ("positiv")
    "en_van_22",   # cut inside the explanation of item 6 ("sl")
    "en_ft_16",    # looping PPO list cut at "operat"
    "en_ft_41",    # looping PPO list cut at "gou"
    "zh_van_07",   # cut at item 8 "**危"
    "zh_van_19",   # cut inside the gloss of item 8 ("带来温")
    "zh_ft_17",    # looping PPO list cut at "高速公"
}

# Cases where two careful readers could disagree (the other reading is given
# in the comment above each case).
AMBIGUOUS = {
    "en_van_06",   # "Christmas/Holidays": two words here, one item for another reader
    "en_van_11",   # extra prose associations after the numbered list: kept here, dropped by another reader
}
