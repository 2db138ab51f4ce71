"""Blind answer corpus 29 for the word-association answer parser.

Written blind on 2026-12-07 by a helper session: no parser, test, benchmark or
other repository file was read, no parser was run, and every text below was
invented in the style of the named models.

EMPHASIS: small and quantized instruct models run by researchers as cheap
baselines: Llama-3.2-1B-Instruct and -3B-Instruct, Qwen2.5-0.5B-Instruct and
-1.5B-Instruct, Gemma-2-2B-it, Phi-3.5-mini-instruct, SmolLM2-1.7B-Instruct,
and 4-bit GGUF builds of the 7-8B models, at temperature 0.7-1.0. Their answers
slip: a list that changes format halfway (numbers then commas), repeated words
and repetition loops until the token limit, numbering that restarts or skips,
items that are short phrases or sentences about the cue, misread tasks
(defining the cue, writing example sentences, translating the cue, giving
synonyms with part-of-speech tags, answering in the wrong language), lists with
the cue itself in them, duplicated preambles, a second unrequested list
("Antonyms:"), stray markdown and special tokens (<|eot_id|>, <end_of_turn>,
<|im_end|>). About 65 English and 55 Mandarin association lists, plus about 10
rankings (the small models mis-following the "Final Ranking:" instruction:
missing words, extra words, marker in the wrong place).

PROMPTS the models answered (low/high usually 5 and 10, sometimes 10 and 20):
  EN association: List the words that come to mind when you read the word
    "{cue}". Give between {low} and {high} words, separated by commas, the most
    strongly associated first.
  ZH association: 请列出看到“{cue}”这个词时你会联想到的词语，共{low}到{high}个，用逗号分隔，
    联想最强的排在最前面。
  EN ranking: Here are {k} words that people associate with "{cue}": {words}.
    Rank them from the most to the least strongly associated with "{cue}".
    Explain briefly, then end with a line that starts with "Final Ranking:"
    followed by all {k} words in your order, separated by commas.
  ZH ranking: 下面是人们由“{cue}”联想到的{k}个词语：{words}。请按照它们与“{cue}”的联想强度从强到弱排序。
    先简要说明理由，最后以“最终排名：”开头的一行列出全部{k}个词语，用逗号分隔。
Each text is only what the model wrote (its completion), unless it echoes the
prompt.

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
    and drops the cut fragment (ranking ids are not put in TRUNCATED; they are
    marked with a comment "# cut by the token limit");
  * [] when there is no marker, or nothing ranked after the last one.
"""

EN_LISTS = [
    # Llama-3.2-1B-Instruct, T=0.8, 5-10: numbered list with preamble and closing remark.
    ("en_van_01", "ocean",
     """Here are 10 words that come to mind when I read the word "ocean":

1. Waves
2. Beach
3. Sea
4. Fish
5. Salt
6. Blue
7. Shark
8. Tide
9. Coral
10. Sand

These words are all related to the ocean and its environment.""",
     ["waves", "beach", "sea", "fish", "salt", "blue", "shark", "tide", "coral", "sand"]),

    # Llama-3.2-3B-Instruct, T=0.7, 5-10: plain comma line, as asked.
    ("en_van_02", "doctor",
     "Nurse, hospital, medicine, stethoscope, patient, health, surgeon, white coat, prescription, clinic",
     ["nurse", "hospital", "medicine", "stethoscope", "patient", "health", "surgeon",
      "white coat", "prescription", "clinic"]),

    # Qwen2.5-0.5B-Instruct, T=1.0, 5-10: numbering that turns into a comma run on item 4.
    ("en_van_03", "winter",
     """1. Snow
2. Cold
3. Ice
4. Christmas, scarf, hot chocolate, skiing, frost""",
     ["snow", "cold", "ice", "christmas", "scarf", "hot chocolate", "skiing", "frost"]),

    # Gemma-2-2B-it, T=0.7, 5-10: bold numbered items, emoji sign-off, leaked <end_of_turn>.
    ("en_van_04", "music",
     """Here are some words that come to mind when I read the word "music", from most to least strongly associated:

1. **Melody**
2. **Song**
3. **Rhythm**
4. **Instruments**
5. **Harmony**
6. **Concert**
7. **Dance**
8. **Emotion**

Let me know if you'd like more associations! 🎶<end_of_turn>""",
     ["melody", "song", "rhythm", "instruments", "harmony", "concert", "dance", "emotion"]),

    # Qwen2.5-0.5B-Instruct, T=1.0, max_new_tokens=64: the cue enters the list, then a
    # repetition loop of it runs into the token limit mid-word.
    ("en_van_05", "happy",
     "joy, smile, laughter, fun, sunshine, friends, happy, happy, happy, happy, happy, happy, happy, "
     "happy, happy, happy, happy, happy, happy, happy, happy, happy, happy, happy, happy, happy, hap",
     ["joy", "smile", "laughter", "fun", "sunshine", "friends", "happy"]),

    # Phi-3.5-mini-instruct, T=0.7: numbered "Word - explanation" lines, closing remark, <|end|>.
    ("en_van_06", "bank",
     """1. Money - The primary association with a bank is the storage and management of money.
2. Loan - Banks provide loans to individuals and businesses.
3. Savings - People keep their savings in bank accounts.
4. Account - Opening an account is the first step in banking.
5. ATM - Automated teller machines let customers withdraw cash.
6. Interest - Banks pay and charge interest.
7. River - A bank can also refer to the land alongside a river.

These words reflect both the financial and geographical meanings of "bank."<|end|>""",
     ["money", "loan", "savings", "account", "atm", "interest", "river"]),

    # SmolLM2-1.7B-Instruct, T=0.9: misreads the task and only defines the cue.
    ("en_van_07", "chair",
     "A chair is a piece of furniture with a raised surface supported by legs, commonly used to seat a single person. "
     "Chairs usually have a backrest and are found in homes, offices and schools.",
     []),

    # Llama-3.2-1B-Instruct, T=0.9: misreads the task as "write example sentences".
    ("en_van_08", "run",
     """Here are some example sentences using the word "run":

1. I like to run in the park every morning.
2. She had to run to catch the bus.
3. The program will run overnight.
4. The river runs through the valley.
5. He decided to run for mayor.""",
     []),

    # Qwen2.5-1.5B-Instruct, T=0.7: capitalised comma list with the cue itself as an item.
    ("en_van_09", "coffee",
     "Caffeine, Morning, Espresso, Cup, Coffee, Beans, Latte, Aroma, Bitter, Café",
     ["caffeine", "morning", "espresso", "cup", "coffee", "beans", "latte", "aroma", "bitter", "café"]),

    # Gemma-2-2B-it, T=0.8: bullets with bold words and parenthetical asides.
    ("en_van_10", "garden",
     """Here are some words associated with "garden":

* **Flowers** (the most obvious!)
* **Plants**
* **Vegetables**
* **Soil**
* **Watering can**
* **Bees** (pollinators)
* **Fence**
* **Peaceful**

<end_of_turn>""",
     ["flowers", "plants", "vegetables", "soil", "watering can", "bees", "fence", "peaceful"]),

    # Llama-3.1-8B-Instruct Q4_K_M GGUF (llama.cpp), T=0.8: clean line, leaked <|eot_id|>.
    ("en_van_11", "freedom",
     "Liberty, independence, choice, rights, democracy, justice, flag, equality, peace, expression<|eot_id|>",
     ["liberty", "independence", "choice", "rights", "democracy", "justice", "flag", "equality",
      "peace", "expression"]),

    # Mistral-7B-Instruct-v0.3 Q4_K_M GGUF, T=0.7: leading space, numbered one per line.
    ("en_van_12", "fire",
     """ 1. Heat
2. Flame
3. Smoke
4. Burn
5. Red
6. Danger
7. Campfire
8. Firefighter
9. Ash
10. Warmth""",
     ["heat", "flame", "smoke", "burn", "red", "danger", "campfire", "firefighter", "ash", "warmth"]),

    # Qwen2.5-0.5B-Instruct, T=0.9: answers the English prompt in Mandarin (wrong language);
    # the first item is the cue in Chinese, listed as an item.
    ("en_van_13", "apple",
     "苹果，水果，红色，甜，树，健康，果汁",
     ["苹果", "水果", "红色", "甜", "树", "健康", "果汁"]),

    # Phi-3.5-mini-instruct, T=0.8: association list followed by an unrequested "Antonyms:" list.
    # AMBIGUOUS: another reader would also take hot, warm, heat (antonyms of the cue are
    # classic associations, and they are still words for the asked cue).
    ("en_van_14", "cold",
     """Words associated with "cold":

1. Ice
2. Winter
3. Snow
4. Freezing
5. Chill
6. Frost
7. Shiver

Antonyms:
1. Hot
2. Warm
3. Heat""",
     ["ice", "winter", "snow", "freezing", "chill", "frost", "shiver"]),

    # Llama-3.2-3B-Instruct, T=1.0: numbering skips 4 and 9.
    ("en_van_15", "teacher",
     """1. School
2. Classroom
3. Student
5. Education
6. Lesson
7. Chalkboard
8. Homework
10. Knowledge""",
     ["school", "classroom", "student", "education", "lesson", "chalkboard", "homework", "knowledge"]),

    # SmolLM2-1.7B-Instruct, T=0.8: items are short phrases about the cue.
    ("en_van_16", "dog",
     """Here are some words that come to mind:

- Loyal companion
- Wagging tail
- Barking
- Fetch
- Man's best friend
- Walks in the park
- Puppy""",
     ["loyal companion", "wagging tail", "barking", "fetch", "man's best friend", "walks in the park", "puppy"]),

    # Qwen2.5-1.5B-Instruct, T=1.0: the preamble is written twice.
    ("en_van_17", "money",
     """Sure! Here are the words that come to mind when I read the word "money":

Sure! Here are the words that come to mind when I read the word "money":

Wealth, cash, bank, rich, dollar, finance, greed, savings, currency, power""",
     ["wealth", "cash", "bank", "rich", "dollar", "finance", "greed", "savings", "currency", "power"]),

    # Gemma-2-2B-it, T=0.9: the whole comma line wrapped in stray bold markers.
    ("en_van_18", "night",
     """**Dark, stars, moon, sleep, quiet, dreams, owl, shadows, cold, mystery** 

<end_of_turn>""",
     ["dark", "stars", "moon", "sleep", "quiet", "dreams", "owl", "shadows", "cold", "mystery"]),

    # Llama-3.2-1B-Instruct, T=0.7: synonyms with part-of-speech tags instead of associations.
    ("en_van_19", "bright",
     """Here are some words associated with "bright":

1. Shiny (adj.)
2. Radiant (adj.)
3. Brilliant (adj.)
4. Luminous (adj.)
5. Intelligent (adj.)
6. Sunny (adj.)
7. Vivid (adj.)
8. Glow (n.)""",
     ["shiny", "radiant", "brilliant", "luminous", "intelligent", "sunny", "vivid", "glow"]),

    # Qwen2.5-0.5B-Instruct, T=1.0, max_new_tokens=48: numbered loop on "Room" cut mid-word.
    ("en_van_20", "house",
     """1. Home
2. Family
3. Roof
4. Door
5. Window
6. Room
7. Room
8. Room
9. Room
10. Room
11. Room
12. Room
13. Ro""",
     ["home", "family", "roof", "door", "window", "room"]),

    # Phi-3.5-mini-instruct, T=0.7: long preamble, bold items, two leaked end tokens.
    ("en_van_21", "justice",
     """When I read the word "justice," the following words come to mind, listed from most to least strongly associated:

1. **Fairness**
2. **Law**
3. **Court**
4. **Equality**
5. **Judge**
6. **Rights**
7. **Punishment**
8. **Truth**

These associations reflect the legal, moral, and social dimensions of justice.<|end|><|endoftext|>""",
     ["fairness", "law", "court", "equality", "judge", "rights", "punishment", "truth"]),

    # Llama-3.2-3B-Instruct, T=0.7: "and" before the last item, closing full stop.
    ("en_van_22", "travel",
     "Adventure, vacation, passport, airplane, luggage, explore, culture, hotel, and sightseeing.",
     ["adventure", "vacation", "passport", "airplane", "luggage", "explore", "culture", "hotel", "sightseeing"]),

    # Gemma-2-2B-it, T=0.8: numbered list, one gloss in parentheses, emoji sign-off.
    ("en_van_23", "rain",
     """Here are some words associated with "rain":

1. Umbrella
2. Wet
3. Clouds
4. Storm
5. Puddles
6. Thunder
7. Drizzle
8. Gray
9. Cozy
10. Petrichor (the smell of rain)

I hope this helps! ☔️<end_of_turn>""",
     ["umbrella", "wet", "clouds", "storm", "puddles", "thunder", "drizzle", "gray", "cozy", "petrichor"]),

    # SmolLM2-1.7B-Instruct, T=0.9: numbering restarts at 1 after item 5.
    ("en_van_24", "computer",
     """1. Keyboard
2. Mouse
3. Screen
4. Internet
5. Software
1. Programming
2. Laptop
3. Data""",
     ["keyboard", "mouse", "screen", "internet", "software", "programming", "laptop", "data"]),

    # Qwen2.5-1.5B-Instruct, T=0.8: first item carries a sentence-long gloss, rest bare.
    ("en_van_25", "mother",
     """1. Love - A mother's love is unconditional.
2. Care
3. Family
4. Warmth
5. Sacrifice
6. Nurture
7. Home""",
     ["love", "care", "family", "warmth", "sacrifice", "nurture", "home"]),

    # Llama-3.2-1B-Instruct, T=1.0: misreads the task as "translate the cue"; no list.
    ("en_van_26", "book",
     'The word "book" in Spanish is "libro", in French it is "livre", and in German it is "Buch".',
     []),

    # Llama-3.1-8B-Instruct Q4_K_M GGUF, T=0.7, 10-20: long clean comma line.
    ("en_van_27", "summer",
     "Sun, beach, heat, vacation, swimming, ice cream, sunscreen, barbecue, holidays, sunglasses, "
     "camping, watermelon, pool, flip-flops, fireworks",
     ["sun", "beach", "heat", "vacation", "swimming", "ice cream", "sunscreen", "barbecue", "holidays",
      "sunglasses", "camping", "watermelon", "pool", "flip-flops", "fireworks"]),

    # Qwen2.5-7B-Instruct Q4_K_M GGUF, T=0.7: clean comma line.
    ("en_van_28", "love",
     "Romance, heart, affection, passion, care, relationship, kiss, marriage, happiness, trust",
     ["romance", "heart", "affection", "passion", "care", "relationship", "kiss", "marriage", "happiness", "trust"]),

    # Qwen2.5-0.5B-Instruct, T=0.8: English words with Chinese glosses in parentheses.
    ("en_van_29", "cat",
     "Meow (喵), Whiskers (胡须), Pet (宠物), Purr (呼噜), Fur (毛), Mouse (老鼠), Kitten (小猫)",
     ["meow", "whiskers", "pet", "purr", "fur", "mouse", "kitten"]),

    # Gemma-2-2B-it, T=0.9: grouped under bold category headers.
    ("en_van_30", "school",
     """**People:** teacher, student, principal
**Places:** classroom, library, playground
**Things:** books, homework, desk""",
     ["teacher", "student", "principal", "classroom", "library", "playground", "books", "homework", "desk"]),

    # Phi-3.5-mini-instruct, T=0.7: short list, then the same words again with explanations.
    ("en_van_31", "anger",
     """Rage, fury, frustration, red, shouting, conflict, resentment

Explanation:
1. Rage - an intense, uncontrolled form of anger.
2. Fury - wild or violent anger.
3. Frustration - often the trigger that leads to anger.
4. Red - the color commonly linked to anger ("seeing red").
5. Shouting - a typical way anger is expressed.
6. Conflict - anger frequently arises from or causes conflict.
7. Resentment - lingering anger over a perceived wrong.""",
     ["rage", "fury", "frustration", "red", "shouting", "conflict", "resentment"]),

    # Llama-3.2-3B-Instruct, T=0.8: stray markdown header, dash bullets.
    ("en_van_32", "tree",
     """### Associations for "tree"

- Leaves
- Branches
- Forest
- Roots
- Wood
- Oak
- Green
- Shade
- Nature""",
     ["leaves", "branches", "forest", "roots", "wood", "oak", "green", "shade", "nature"]),

    # SmolLM2-1.7B-Instruct, T=0.7: all lowercase with a closing full stop.
    ("en_van_33", "pizza",
     "cheese, tomato, pepperoni, italy, slice, oven, delivery, crust, party.",
     ["cheese", "tomato", "pepperoni", "italy", "slice", "oven", "delivery", "crust", "party"]),

    # Qwen2.5-0.5B-Instruct, T=0.9: echoes the prompt before answering.
    ("en_van_34", "phone",
     """List the words that come to mind when you read the word "phone". Give between 5 and 10 words, separated by commas, the most strongly associated first.

Call, mobile, screen, text, app, battery, smartphone, ring""",
     ["call", "mobile", "screen", "text", "app", "battery", "smartphone", "ring"]),

    # Gemma-2-2B-it, T=1.0: one emoji per line before each word.
    ("en_van_35", "sad",
     """Sure! Here are some words:

😢 Tears
💔 Heartbreak
😔 Lonely
🌧️ Rain
😞 Sorrow
🖤 Grief

Let me know if you want more!""",
     ["tears", "heartbreak", "lonely", "rain", "sorrow", "grief"]),

    # Mistral-7B-Instruct-v0.3 Q4_K_M GGUF, T=0.7: leading space, clean line.
    ("en_van_36", "city",
     " Skyscrapers, traffic, crowds, buildings, noise, lights, subway, urban, streets, downtown",
     ["skyscrapers", "traffic", "crowds", "buildings", "noise", "lights", "subway", "urban", "streets", "downtown"]),

    # Qwen2.5-1.5B-Instruct, T=0.9: association line plus an unrequested "Antonyms:" line.
    # AMBIGUOUS: another reader would also take enemy, foe, stranger (still words for the cue).
    ("en_van_37", "friend",
     """Companion, buddy, trust, loyalty, support, fun, pal, friendship

Antonyms: enemy, foe, stranger""",
     ["companion", "buddy", "trust", "loyalty", "support", "fun", "pal", "friendship"]),

    # Llama-3.2-1B-Instruct, T=0.8, chat template misconfigured: leaks <|eot_id|>, then
    # hallucinates a new user turn for a different cue and answers that too.
    ("en_van_38", "water",
     """1. Ocean
2. River
3. Drink
4. Rain
5. Wet
6. Thirst<|eot_id|><|start_header_id|>user<|end_header_id|>

List the words that come to mind when you read the word "fire".<|eot_id|><|start_header_id|>assistant<|end_header_id|>

1. Flame
2. Heat
3. Smoke""",
     ["ocean", "river", "drink", "rain", "wet", "thirst"]),

    # Qwen2.5-0.5B-Instruct, T=0.7: lowercase line with leaked <|im_end|>.
    ("en_van_39", "time",
     "clock, hours, past, future, watch, minutes, history, age<|im_end|>",
     ["clock", "hours", "past", "future", "watch", "minutes", "history", "age"]),

    # Gemma-2-2B-it, T=0.8: bold "Word:" items with explanations after the colon.
    ("en_van_40", "hospital",
     """1. **Doctors:** The medical professionals who diagnose and treat patients.
2. **Nurses:** They provide round-the-clock care.
3. **Patients:** The people who come to the hospital for help.
4. **Sickness:** The reason most people go to a hospital.
5. **Emergency:** The ER is often the first thing people think of.
6. **Surgery:** Operations are performed in hospitals.

<end_of_turn>""",
     ["doctors", "nurses", "patients", "sickness", "emergency", "surgery"]),

    # Phi-3.5-mini-instruct, T=0.9: comma list with parenthetical glosses on some items.
    ("en_van_41", "elephant",
     'Trunk (long nose), Tusks, Africa, Gray, Large (size), Memory ("elephants never forget"), Herd, Ivory, Safari, Peanuts',
     ["trunk", "tusks", "africa", "gray", "large", "memory", "herd", "ivory", "safari", "peanuts"]),

    # SmolLM2-1.7B-Instruct, T=1.0: stutters on a few words; complete last word.
    ("en_van_42", "soldier",
     "war, army, gun, uniform, battle, battle, battle, hero, courage, courage",
     ["war", "army", "gun", "uniform", "battle", "hero", "courage"]),

    # Llama-3.2-3B-Instruct, T=0.9: numbers for four items, then commas on the fifth line.
    ("en_van_43", "birthday",
     """1. Cake
2. Candles
3. Presents
4. Party
5. Balloons, friends, celebration, wishes""",
     ["cake", "candles", "presents", "party", "balloons", "friends", "celebration", "wishes"]),

    # Qwen2.5-1.5B-Instruct, T=0.8: English prompt answered in Mandarin with English glosses.
    # AMBIGUOUS: a reader scoring against English norms could take the English glosses
    # (experiment, research, ...) instead of the Han words.
    ("en_van_44", "science",
     "实验 (experiment), 研究 (research), 科学家 (scientist), 物理 (physics), 化学 (chemistry), 知识 (knowledge)",
     ["实验", "研究", "科学家", "物理", "化学", "知识"]),

    # Llama-3.2-1B-Instruct, T=0.7: the cue itself is item 10; a "Note:" closes the answer.
    ("en_van_45", "car",
     """Here are 10 words that come to mind when I read the word "car":

1. Vehicle
2. Drive
3. Road
4. Engine
5. Wheels
6. Speed
7. Fuel
8. Garage
9. Traffic
10. Car

Note: The order of the words is based on my understanding of their association with the word "car".""",
     ["vehicle", "drive", "road", "engine", "wheels", "speed", "fuel", "garage", "traffic", "car"]),

    # Gemma-2-2B-it, T=0.7: single line, full stop, <end_of_turn> on its own line.
    ("en_van_46", "moon",
     """Night, stars, sky, lunar, crescent, tide, astronaut, glow, werewolf, silver. 
<end_of_turn>""",
     ["night", "stars", "sky", "lunar", "crescent", "tide", "astronaut", "glow", "werewolf", "silver"]),

    # Qwen2.5-0.5B-Instruct, T=0.8: English words separated by full-width commas.
    ("en_van_47", "sleep",
     "dream，bed，night，rest，pillow，tired，snore",
     ["dream", "bed", "night", "rest", "pillow", "tired", "snore"]),

    # Phi-3.5-mini-instruct, T=0.7: association-strength scores after each item.
    ("en_van_48", "mountain",
     """1. Peak (association strength: 9/10)
2. Climb (8/10)
3. Snow (7/10)
4. Hiking (7/10)
5. Altitude (6/10)
6. Valley (5/10)""",
     ["peak", "climb", "snow", "hiking", "altitude", "valley"]),

    # SmolLM2-1.7B-Instruct, T=0.9: answers in prose, naming the associations inline.
    ("en_van_49", "knife",
     'When I read the word "knife" I think of cutting, kitchen, sharp blade, and danger. It can also remind me of chef and steel.',
     ["cutting", "kitchen", "sharp blade", "danger", "chef", "steel"]),

    # Llama-3.2-3B-Instruct, T=0.7, max_new_tokens=32: cut mid-word on item 4.
    ("en_van_50", "green",
     """Here are the words that come to mind when I read the word "green":

1. Grass
2. Nature
3. Leaves
4. Envir""",
     ["grass", "nature", "leaves"]),

    # Qwen2.5-1.5B-Instruct, T=0.7: numbered, some multi-word items.
    ("en_van_51", "police",
     """1. Law enforcement
2. Officer
3. Crime
4. Badge
5. Siren
6. Arrest
7. Patrol car
8. Justice""",
     ["law enforcement", "officer", "crime", "badge", "siren", "arrest", "patrol car", "justice"]),

    # Mistral-7B-Instruct-v0.3 Q4_K_M GGUF, T=0.8: line then an explanatory paragraph.
    ("en_van_52", "king",
     """ Crown, throne, queen, kingdom, royalty, power, castle, ruler, monarchy, scepter

These words are commonly associated with the concept of a king, covering his symbols, his realm and his authority.""",
     ["crown", "throne", "queen", "kingdom", "royalty", "power", "castle", "ruler", "monarchy", "scepter"]),

    # Llama-3.1-8B-Instruct Q4_K_M GGUF, T=1.0: a one-sentence definition, then "Words:" list.
    ("en_van_53", "war",
     "War is a state of armed conflict between states or groups. Words: battle, soldiers, death, destruction, peace, weapons, conflict, army",
     ["battle", "soldiers", "death", "destruction", "peace", "weapons", "conflict", "army"]),

    # Qwen2.5-0.5B-Instruct, T=1.0, max_new_tokens=40: the whole list repeats until cut.
    ("en_van_54", "snake",
     """venom, hiss, scales, python, danger, slither
venom, hiss, scales, python, danger, slither
venom, hiss, scales, pyth""",
     ["venom", "hiss", "scales", "python", "danger", "slither"]),

    # Llama-3.2-1B-Instruct, T=0.9: every item is a whole sentence about the cue.
    # AMBIGUOUS: another reader would pull out key words (books, quiet, read, study,
    # librarians, borrow) rather than keep the sentences whole.
    ("en_van_55", "library",
     """1. Books are everywhere.
2. It is very quiet.
3. People come to read and study.
4. Librarians help you find things.
5. You can borrow books for free.""",
     ["books are everywhere", "it is very quiet", "people come to read and study",
      "librarians help you find things", "you can borrow books for free"]),

    # Gemma-2-2B-it, T=0.8: tiers under bold strength headers.
    ("en_van_56", "baby",
     """Here are some words that come to mind when I read "baby":

**Strongly Associated:**
* Infant
* Cute
* Cry
* Diaper

**Moderately Associated:**
* Bottle
* Crib
* Mother

**Less Strongly Associated:**
* Growth
* Innocence""",
     ["infant", "cute", "cry", "diaper", "bottle", "crib", "mother", "growth", "innocence"]),

    # Phi-3.5-mini-instruct, T=0.7, max_new_tokens=96: cut mid-word inside item 4's
    # explanation; the word "Wind" itself is complete.
    ("en_van_57", "storm",
     """1. Thunder - The loud sound that accompanies lightning during a storm.
2. Lightning - A sudden electrostatic discharge that lights up the sky.
3. Rain - Heavy precipitation is common during storms.
4. Wind - Strong gusts of wind are charac""",
     ["thunder", "lightning", "rain", "wind"]),

    # SmolLM2-1.7B-Instruct, T=0.8: a proper noun and a two-word item.
    ("en_van_58", "salt",
     "Pepper, sea, ocean, taste, sodium, chips, French fries, seasoning",
     ["pepper", "sea", "ocean", "taste", "sodium", "chips", "french fries", "seasoning"]),

    # Qwen2.5-1.5B-Instruct, T=0.7: clean line with a trailing full stop.
    ("en_van_59", "airport",
     "Planes, flights, luggage, security, terminal, passport, gate, boarding pass, runway, delays.",
     ["planes", "flights", "luggage", "security", "terminal", "passport", "gate", "boarding pass", "runway", "delays"]),

    # Llama-3.2-3B-Instruct, T=0.8: every word in double quotes.
    ("en_van_60", "blue",
     '"Sky", "ocean", "sad", "calm", "jeans", "cold", "water", "navy"',
     ["sky", "ocean", "sad", "calm", "jeans", "cold", "water", "navy"]),

    # Llama-3.2-1B-Instruct, T=0.8: defines the cue first, then gives a bullet list.
    ("en_van_61", "hungry",
     """The word "hungry" is an adjective that means feeling or showing the need for food. Some words that come to mind are:

* Food
* Starving
* Eat
* Famished
* Stomach
* Snack""",
     ["food", "starving", "eat", "famished", "stomach", "snack"]),

    # Qwen2.5-0.5B-Instruct, T=0.7: minimal five-word answer.
    ("en_van_62", "bird",
     "fly, wings, feather, nest, sky",
     ["fly", "wings", "feather", "nest", "sky"]),

    # Gemma-2-2B-it, T=0.9: markdown table with rank and word columns.
    ("en_van_63", "candle",
     """| Rank | Word |
|---|---|
| 1 | Flame |
| 2 | Wax |
| 3 | Light |
| 4 | Birthday |
| 5 | Wick |
| 6 | Romance |
| 7 | Dinner |""",
     ["flame", "wax", "light", "birthday", "wick", "romance", "dinner"]),

    # Llama-3.1-8B-Instruct Q4_K_M GGUF, T=0.9: clean line.
    ("en_van_64", "dream",
     "Sleep, night, imagination, hope, nightmare, vision, goals, fantasy, subconscious, wish",
     ["sleep", "night", "imagination", "hope", "nightmare", "vision", "goals", "fantasy", "subconscious", "wish"]),

    # Phi-3.5-mini-instruct, T=0.7: derived form first, the cue itself last.
    ("en_van_65", "clean",
     "Cleanliness, soap, wash, hygiene, tidy, fresh, spotless, clean",
     ["cleanliness", "soap", "wash", "hygiene", "tidy", "fresh", "spotless", "clean"]),

    # Llama-3.2-3B-Instruct via a raw completion endpoint without the generation header:
    # the role name "assistant" leaks at the start.
    ("en_van_66", "bread",
     """assistant

Butter, toast, wheat, bakery, sandwich, loaf, flour, yeast""",
     ["butter", "toast", "wheat", "bakery", "sandwich", "loaf", "flour", "yeast"]),

    # Llama-3.2-1B-Instruct, T=0.7: over-cautious refusal.
    ("en_van_67", "drugs",
     "I can't help with that.",
     []),
]

ZH_LISTS = [
    # Qwen2.5-1.5B-Instruct, T=0.7: clean full-width comma line.
    ("zh_van_01", "月亮",
     "嫦娥，月饼，中秋节，星星，夜晚，思念，月光，玉兔，桂花，团圆",
     ["嫦娥", "月饼", "中秋节", "星星", "夜晚", "思念", "月光", "玉兔", "桂花", "团圆"]),

    # Qwen2.5-0.5B-Instruct, T=1.0, max_new_tokens=48: cue listed first, then a loop on
    # 团圆 that the token limit cuts mid-word.
    ("zh_van_02", "春节",
     "春节，过年，红包，鞭炮，饺子，团圆，团圆，团圆，团圆，团圆，团圆，团圆，团圆，团圆，团",
     ["春节", "过年", "红包", "鞭炮", "饺子", "团圆"]),

    # Llama-3.2-1B-Instruct, T=0.8: answers the Mandarin prompt in English.
    ("zh_van_03", "医生",
     """Here are 10 words that come to mind when I see the word "医生" (yīshēng), which means "doctor" in English:

1. Hospital
2. Medicine
3. Nurse
4. Patient
5. Health
6. Surgery
7. Stethoscope
8. Prescription
9. Clinic
10. Disease""",
     ["hospital", "medicine", "nurse", "patient", "health", "surgery", "stethoscope", "prescription",
      "clinic", "disease"]),

    # Llama-3.2-1B-Instruct, T=0.9: only translates the cue; no list.
    ("zh_van_04", "学校",
     '"学校" (xué xiào) is a Chinese word that translates to "school" in English.',
     []),

    # Llama-3.2-3B-Instruct, T=0.8: Han words with pinyin and English glosses; an idiom item.
    ("zh_van_05", "长城",
     """1. 中国 (Zhōngguó) - China
2. 历史 (lìshǐ) - history
3. 秦始皇 (Qín Shǐhuáng) - First Emperor of Qin
4. 烽火台 (fēnghuǒtái) - beacon tower
5. 八达岭 (Bādálǐng) - Badaling
6. 不到长城非好汉 (bú dào Chángchéng fēi hǎohàn) - "He who has not climbed the Great Wall is not a true man\"""",
     ["中国", "历史", "秦始皇", "烽火台", "八达岭", "不到长城非好汉"]),

    # Gemma-2-2B-it, T=0.7: Chinese preamble, bold numbered items, emoji, <end_of_turn>.
    ("zh_van_06", "大海",
     """好的，以下是一些看到“大海”时会联想到的词语，按联想强度排列：

1. **海浪**
2. **沙滩**
3. **蓝色**
4. **鱼**
5. **海风**
6. **贝壳**
7. **船**
8. **辽阔**

希望这些词语对你有帮助！😊 <end_of_turn>""",
     ["海浪", "沙滩", "蓝色", "鱼", "海风", "贝壳", "船", "辽阔"]),

    # Qwen2.5-0.5B-Instruct, T=1.0: numbering switches to a 、-run on item 4.
    ("zh_van_07", "猫",
     """1. 老鼠
2. 可爱
3. 鱼
4. 宠物、毛茸茸、喵喵叫、猫粮""",
     ["老鼠", "可爱", "鱼", "宠物", "毛茸茸", "喵喵叫", "猫粮"]),

    # Qwen2.5-1.5B-Instruct, T=0.8: closing 等 after the last item.
    ("zh_van_08", "北京",
     "天安门，故宫，长城，烤鸭，首都，胡同，奥运会，四合院等",
     ["天安门", "故宫", "长城", "烤鸭", "首都", "胡同", "奥运会", "四合院"]),

    # Qwen2.5-7B-Instruct Q4_K_M GGUF, T=0.7: clean; 平等 is a word ending in 等.
    ("zh_van_09", "自由",
     "民主，平等，权利，独立，解放，飞翔，梦想，选择",
     ["民主", "平等", "权利", "独立", "解放", "飞翔", "梦想", "选择"]),

    # Qwen2.5-0.5B-Instruct, T=0.9: misreads the task as example sentences.
    ("zh_van_10", "茶",
     """1. 我每天早上都喝一杯茶。
2. 这杯茶很香。
3. 中国是茶的故乡。
4. 他请我去茶馆喝茶。""",
     []),

    # Qwen2.5-1.5B-Instruct, T=0.8: only a definition of the cue.
    ("zh_van_11", "孤独",
     "“孤独”是一种心理状态，指一个人在情感上或社交上感到与他人隔绝、缺乏陪伴的感受。孤独可能源于独处，也可能在人群中产生。",
     []),

    # Phi-3.5-mini-instruct, T=0.8: association list plus an unrequested 反义词 list.
    # AMBIGUOUS: another reader would also take 夏天, 温暖 (antonyms are still words for the cue).
    ("zh_van_12", "冬天",
     """联想词：
1. 雪
2. 寒冷
3. 圣诞节
4. 围巾
5. 冰
6. 春节

反义词：
1. 夏天
2. 温暖""",
     ["雪", "寒冷", "圣诞节", "围巾", "冰", "春节"]),

    # Llama-3.2-3B-Instruct, T=1.0: cue listed first and again at the end.
    ("zh_van_13", "妈妈",
     "妈妈，爱，温暖，家，母亲，关心，饭菜，唠叨，妈妈",
     ["妈妈", "爱", "温暖", "家", "母亲", "关心", "饭菜", "唠叨"]),

    # Qwen2.5-0.5B-Instruct, T=0.8: one prose sentence with a 、-list and 和 before the last.
    ("zh_van_14", "故乡",
     "看到“故乡”，我会联想到：思念、老屋、炊烟、亲人、乡愁和童年。",
     ["思念", "老屋", "炊烟", "亲人", "乡愁", "童年"]),

    # Qwen2.5-1.5B-Instruct, T=0.9: words separated by spaces instead of commas.
    ("zh_van_15", "熊猫",
     "竹子 四川 国宝 可爱 黑白 成都 动物园 憨厚",
     ["竹子", "四川", "国宝", "可爱", "黑白", "成都", "动物园", "憨厚"]),

    # SmolLM2-1.7B-Instruct, T=0.8: weak Mandarin, answers in English.
    ("zh_van_16", "音乐",
     """Here are some words associated with "音乐" (music):

1. Song
2. Melody
3. Rhythm
4. Concert
5. Piano
6. Dance""",
     ["song", "melody", "rhythm", "concert", "piano", "dance"]),

    # Qwen2.5-0.5B-Instruct, T=0.9: <|im_end|> leaks, then a hallucinated turn for another cue.
    ("zh_van_17", "手机",
     """微信，电话，屏幕，充电，游戏，短信，拍照<|im_end|>
<|im_start|>user
请列出看到“电脑”这个词时你会联想到的词语<|im_end|>
<|im_start|>assistant
键盘，鼠标，屏幕，上网""",
     ["微信", "电话", "屏幕", "充电", "游戏", "短信", "拍照"]),

    # Gemma-2-2B-it, T=0.8: bold category headers with bullets.
    ("zh_van_18", "火",
     """以下是一些与“火”相关的联想词语：

**直接联想：**
* 火焰
* 燃烧
* 热

**引申联想：**
* 危险
* 消防员
* 温暖
* 热情

<end_of_turn>""",
     ["火焰", "燃烧", "热", "危险", "消防员", "温暖", "热情"]),

    # Llama-3.2-1B-Instruct, T=0.8: English frame, Han words with pinyin and glosses.
    ("zh_van_19", "钱",
     """Here are some words that come to mind:

1. 富有 (fù yǒu) - wealthy
2. 银行 (yín háng) - bank
3. 工作 (gōng zuò) - work
4. 财富 (cái fù) - wealth
5. 贫穷 (pín qióng) - poor""",
     ["富有", "银行", "工作", "财富", "贫穷"]),

    # Qwen2.5-1.5B-Instruct, T=0.7: 和 joins the last two items.
    ("zh_van_20", "爱情",
     "浪漫，玫瑰，婚姻，承诺，心动，陪伴，思念和约会",
     ["浪漫", "玫瑰", "婚姻", "承诺", "心动", "陪伴", "思念", "约会"]),

    # Qwen2.5-0.5B-Instruct, T=0.8: closing ……
    ("zh_van_21", "夏天",
     "西瓜，冰淇淋，空调，游泳，暑假，炎热，蝉鸣，防晒霜……",
     ["西瓜", "冰淇淋", "空调", "游泳", "暑假", "炎热", "蝉鸣", "防晒霜"]),

    # Llama-3.1-8B-Instruct Q4_K_M GGUF, T=0.7, 10-20: fifteen words, clean.
    ("zh_van_22", "英雄",
     "勇敢，牺牲，保护，正义，力量，超人，战士，荣誉，无私，榜样，英勇，传奇，救援，担当，信念",
     ["勇敢", "牺牲", "保护", "正义", "力量", "超人", "战士", "荣誉", "无私", "榜样", "英勇", "传奇",
      "救援", "担当", "信念"]),

    # Phi-3.5-mini-instruct, T=0.8: pinyin after each word, one explanation, <|end|>.
    ("zh_van_23", "红色",
     """1. 喜庆 (xǐqìng) - 代表节日的欢乐气氛
2. 中国 (Zhōngguó)
3. 血 (xuè)
4. 火 (huǒ)
5. 热情 (rèqíng)
6. 爱情 (àiqíng)
7. 危险 (wēixiǎn)<|end|>""",
     ["喜庆", "中国", "血", "火", "热情", "爱情", "危险"]),

    # Qwen2.5-1.5B-Instruct, T=0.9: every word in Chinese quotation marks.
    ("zh_van_24", "咖啡",
     "“提神”，“星巴克”，“拿铁”，“苦”，“咖啡豆”，“熬夜”，“早晨”",
     ["提神", "星巴克", "拿铁", "苦", "咖啡豆", "熬夜", "早晨"]),

    # Qwen2.5-0.5B-Instruct, T=0.7: 和平 is an item (starts with 和).
    ("zh_van_25", "战争",
     "硝烟，死亡，士兵，武器，和平，军队，残酷，历史",
     ["硝烟", "死亡", "士兵", "武器", "和平", "军队", "残酷", "历史"]),

    # Llama-3.2-3B-Instruct, T=1.0: numbering restarts after 4.
    ("zh_van_26", "梦想",
     """1. 希望
2. 未来
3. 努力
4. 目标
1. 坚持
2. 成功
3. 理想""",
     ["希望", "未来", "努力", "目标", "坚持", "成功", "理想"]),

    # Gemma-2-2B-it, T=0.8: bullets with English translations in parentheses.
    ("zh_van_27", "春天",
     """* 花 (flowers)
* 绿色 (green)
* 温暖 (warm)
* 春雨 (spring rain)
* 燕子 (swallow)
* 希望 (hope)""",
     ["花", "绿色", "温暖", "春雨", "燕子", "希望"]),

    # Qwen2.5-0.5B-Instruct, T=0.8, 10-20, max_new_tokens=48: 源远流长 cut after 源远流.
    ("zh_van_28", "黄河",
     "母亲河，黄土高原，中华文明，壶口瀑布，泥沙，黄河大合唱，奔腾，长江，治理，源远流",
     ["母亲河", "黄土高原", "中华文明", "壶口瀑布", "泥沙", "黄河大合唱", "奔腾", "长江", "治理"]),

    # Qwen2.5-1.5B-Instruct, T=0.7: Latin-script items mixed in.
    ("zh_van_29", "电脑",
     "键盘，鼠标，屏幕，CPU，上网，Windows，游戏，编程",
     ["键盘", "鼠标", "屏幕", "cpu", "上网", "windows", "游戏", "编程"]),

    # Llama-3.2-1B-Instruct, T=0.9: translates the cue, then lists English associations.
    ("zh_van_30", "雪",
     """雪 (xuě) means "snow" in English. Here are some words associated with snow:

1. Cold
2. Winter
3. White
4. Ice
5. Snowman
6. Skiing
7. Frost""",
     ["cold", "winter", "white", "ice", "snowman", "skiing", "frost"]),

    # Qwen2.5-1.5B-Instruct, T=1.0: the preamble is written twice.
    ("zh_van_31", "考试",
     """以下是我看到“考试”时联想到的词语：

以下是我看到“考试”时联想到的词语：

紧张，复习，分数，试卷，高考，作弊，熬夜，成绩""",
     ["紧张", "复习", "分数", "试卷", "高考", "作弊", "熬夜", "成绩"]),

    # Phi-3.5-mini-instruct, T=0.7: "1、" numbering.
    ("zh_van_32", "工作",
     """1、工资
2、加班
3、老板
4、同事
5、压力
6、办公室
7、职业""",
     ["工资", "加班", "老板", "同事", "压力", "办公室", "职业"]),

    # Llama-3.1-8B-Instruct Q4_K_M GGUF, T=0.8: clean with leaked <|eot_id|>.
    ("zh_van_33", "医院",
     "医生，护士，病人，手术，药品，白大褂，急诊，消毒水，挂号，住院<|eot_id|>",
     ["医生", "护士", "病人", "手术", "药品", "白大褂", "急诊", "消毒水", "挂号", "住院"]),

    # SmolLM2-1.7B-Instruct, T=0.9: cue with translation as a label, mixed-language items.
    ("zh_van_34", "龙",
     "龙 (dragon): 中国, 皇帝, 传说, 力量, 飞, fire, 神话",
     ["中国", "皇帝", "传说", "力量", "飞", "fire", "神话"]),

    # Qwen2.5-0.5B-Instruct, T=1.0: part-of-speech tags after every word; cue as label.
    ("zh_van_35", "苹果",
     "苹果（名词）：水果（名词），红色（形容词），甜（形容词），手机（名词），乔布斯（名词），健康（形容词）",
     ["水果", "红色", "甜", "手机", "乔布斯", "健康"]),

    # Qwen2.5-1.5B-Instruct, T=0.8: gives synonyms with part-of-speech tags instead.
    ("zh_van_36", "快乐",
     "近义词：开心（形容词）、高兴（形容词）、愉快（形容词）、欢乐（形容词）、喜悦（名词）",
     ["开心", "高兴", "愉快", "欢乐", "喜悦"]),

    # Llama-3.2-3B-Instruct, T=0.8: markdown table.
    ("zh_van_37", "狗",
     """| 排名 | 词语 |
| --- | --- |
| 1 | 忠诚 |
| 2 | 宠物 |
| 3 | 骨头 |
| 4 | 汪汪 |
| 5 | 朋友 |
| 6 | 看家 |""",
     ["忠诚", "宠物", "骨头", "汪汪", "朋友", "看家"]),

    # Qwen2.5-7B-Instruct Q4_K_M GGUF, T=0.7: clean.
    ("zh_van_38", "中秋",
     "月饼，团圆，赏月，嫦娥，桂花，家人，灯笼，思乡",
     ["月饼", "团圆", "赏月", "嫦娥", "桂花", "家人", "灯笼", "思乡"]),

    # Qwen2.5-0.5B-Instruct, T=0.9: loop on 光明 that stops on a complete word.
    ("zh_van_39", "太阳",
     "光，热，温暖，白天，能量，光明，光明，光明，光明，光明，光明，光明，光明",
     ["光", "热", "温暖", "白天", "能量", "光明"]),

    # Gemma-2-2B-it, T=0.8: bold "词：" items with explanations.
    ("zh_van_40", "米饭",
     """1. **大米：** 米饭的原料
2. **碗：** 盛米饭的器具
3. **筷子：** 吃米饭用的餐具
4. **饱：** 吃完米饭的感觉
5. **农民：** 种植水稻的人

<end_of_turn>""",
     ["大米", "碗", "筷子", "饱", "农民"]),

    # Qwen2.5-1.5B-Instruct, T=0.9: echoes the prompt first.
    ("zh_van_41", "高铁",
     """请列出看到“高铁”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。

速度，火车，复兴号，车票，出行，便捷，春运""",
     ["速度", "火车", "复兴号", "车票", "出行", "便捷", "春运"]),

    # Llama-3.2-1B-Instruct, T=0.9: English answer whose numbering turns into commas.
    ("zh_van_42", "时间",
     """1. Clock
2. Hour
3. Past, present, future, watch, calendar""",
     ["clock", "hour", "past", "present", "future", "watch", "calendar"]),

    # Qwen2.5-0.5B-Instruct, T=1.0, max_new_tokens=56: numbered loop on 交通, cut mid-word.
    ("zh_van_43", "汽车",
     """1. 轮胎
2. 方向盘
3. 汽油
4. 驾驶
5. 交通
6. 交通
7. 交通
8. 交通
9. 交通
10. 交通
11. 交""",
     ["轮胎", "方向盘", "汽油", "驾驶", "交通"]),

    # Llama-3.2-3B-Instruct, T=0.8: bold words separated by ASCII commas.
    ("zh_van_44", "森林",
     "**树木**, **动物**, **绿色**, **氧气**, **鸟**, **蘑菇**, **探险**",
     ["树木", "动物", "绿色", "氧气", "鸟", "蘑菇", "探险"]),

    # Phi-3.5-mini-instruct, T=0.8: items are short phrases about the cue.
    ("zh_van_45", "城市",
     """1. 高楼大厦 - 城市中常见的建筑
2. 交通拥堵
3. 人口密集
4. 霓虹灯
5. 快节奏的生活
6. 地铁""",
     ["高楼大厦", "交通拥堵", "人口密集", "霓虹灯", "快节奏的生活", "地铁"]),

    # Qwen2.5-1.5B-Instruct, T=0.7: closing 。
    ("zh_van_46", "花",
     "玫瑰，香味，春天，美丽，蜜蜂，花园，绽放，花瓣。",
     ["玫瑰", "香味", "春天", "美丽", "蜜蜂", "花园", "绽放", "花瓣"]),

    # Gemma-2-2B-it, T=0.9: English frame, Han bullets with English glosses, idiom item.
    ("zh_van_47", "鱼",
     """Here are some words associated with "鱼":

* 水 (water)
* 游泳 (swimming)
* 海洋 (ocean)
* 鱼刺 (fish bone)
* 年年有余 (abundance every year)
* 钓鱼 (fishing)""",
     ["水", "游泳", "海洋", "鱼刺", "年年有余", "钓鱼"]),

    # Qwen2.5-0.5B-Instruct, T=1.0: answers in English; the cue's translation is item 1.
    # AMBIGUOUS: another reader would drop "wedding" as a mere translation of the cue.
    ("zh_van_48", "婚礼",
     "Wedding, bride, groom, ring, love, ceremony, dress",
     ["wedding", "bride", "groom", "ring", "love", "ceremony", "dress"]),

    # Llama-3.2-3B-Instruct, T=0.8: short list, then the same words again with 解释.
    ("zh_van_49", "风",
     """凉爽，台风，风筝，树叶，自由，呼啸

解释：
- 凉爽：风吹过时的感觉
- 台风：强烈的风
- 风筝：需要风才能飞
- 树叶：被风吹动
- 自由：风象征自由
- 呼啸：风的声音""",
     ["凉爽", "台风", "风筝", "树叶", "自由", "呼啸"]),

    # Qwen2.5-1.5B-Instruct, T=0.8: one item contains the cue.
    ("zh_van_50", "饺子",
     "春节，包饺子，韭菜，猪肉，醋，团圆，北方，除夕",
     ["春节", "包饺子", "韭菜", "猪肉", "醋", "团圆", "北方", "除夕"]),

    # Llama-3.2-1B-Instruct, T=0.9: translates the cue, then gives synonyms with pinyin.
    ("zh_van_51", "朋友",
     '朋友 is a Chinese word that means "friend". Synonyms: 伙伴 (huǒbàn), 同伴 (tóngbàn), 好友 (hǎoyǒu)',
     ["伙伴", "同伴", "好友"]),

    # Qwen2.5-0.5B-Instruct, T=0.7: clean with leaked <|im_end|>.
    ("zh_van_52", "书",
     "知识，阅读，图书馆，作者，故事，书店，学习，智慧<|im_end|>",
     ["知识", "阅读", "图书馆", "作者", "故事", "书店", "学习", "智慧"]),

    # Phi-3.5-mini-instruct, T=0.7, max_new_tokens=96: cut inside item 4's explanation;
    # the item 雷电 itself is complete.
    ("zh_van_53", "雨",
     """1. 伞 - 下雨时人们通常会打伞来遮挡雨水。
2. 湿 - 雨水会让地面和衣服变湿。
3. 云 - 雨是从云中降落的。
4. 雷电 - 暴雨时常伴有雷""",
     ["伞", "湿", "云", "雷电"]),

    # Llama-3.1-8B-Instruct Q4_K_M GGUF, T=0.7: clean with leaked <|eot_id|>.
    ("zh_van_54", "家",
     "温暖，父母，团圆，亲情，港湾，房子，饭菜，归属<|eot_id|>",
     ["温暖", "父母", "团圆", "亲情", "港湾", "房子", "饭菜", "归属"]),

    # Qwen2.5-1.5B-Instruct, T=0.9: the cue as a label before the list.
    ("zh_van_55", "老师",
     "老师：粉笔，黑板，讲台，学生，作业，教师节，辛勤，园丁",
     ["粉笔", "黑板", "讲台", "学生", "作业", "教师节", "辛勤", "园丁"]),
]

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = [
    # Llama-3.2-1B-Instruct, T=0.8, cue "doctor", k=5 (nurse, hospital, medicine, patient,
    # stethoscope): the final line drops "stethoscope".
    ("rk_en_01",
     """To rank these words, I considered how closely each one is related to a doctor's daily work.

- "Nurse" works directly with doctors.
- "Hospital" is where most doctors work.
- "Patient" is who the doctor treats.
- "Medicine" is what doctors prescribe.

Final Ranking: Nurse, Hospital, Patient, Medicine""",
     ["nurse", "hospital", "patient", "medicine"]),

    # Qwen2.5-1.5B-Instruct, T=0.7, cue "beach", k=5 (sand, sun, waves, towel, seagull):
    # the marker line comes first, the explanation after it.
    ("rk_en_02",
     """Final Ranking: sand, waves, sun, seagull, towel

Explanation: Sand is the most defining feature of a beach, followed by waves and sun, which are almost always present. Seagulls are common at beaches, while a towel is something people bring but is less essential.""",
     ["sand", "waves", "sun", "seagull", "towel"]),

    # Gemma-2-2B-it, T=0.9, cue "dog", k=5 (cat, bone, leash, bark, tail): adds a sixth
    # word that was not given.
    ("rk_en_03",
     """Here's my ranking, from most to least associated:

* **Bark:** The sound a dog makes is its most iconic feature.
* **Bone:** Dogs and bones are a classic pairing.
* **Tail:** A wagging tail is a sign of a happy dog.
* **Leash:** Needed for walks.
* **Cat:** Often mentioned as a dog's rival.

**Final Ranking:** Bark, Bone, Tail, Leash, Cat, Puppy 
<end_of_turn>""",
     ["bark", "bone", "tail", "leash", "cat", "puppy"]),

    # Phi-3.5-mini-instruct, T=0.7, cue "money", k=6 (bank, wealth, coin, greed, salary,
    # wallet): an early mention of the marker, the real ranking as a numbered list on the
    # lines after the last marker, then a remark and <|end|>.
    ("rk_en_04",
     """To determine the ranking, I considered how directly each word relates to money. Before giving the Final Ranking, note that these associations are somewhat subjective.

- Wealth is essentially an accumulation of money.
- Bank is the institution most tied to money.
- Salary is how most people earn money.
- Coin is a physical form of money.
- Wallet is where money is carried.
- Greed is an emotional association.

Final Ranking:
1. Wealth
2. Bank
3. Salary
4. Coin
5. Wallet
6. Greed

This ranking reflects common everyday usage.<|end|>""",
     ["wealth", "bank", "salary", "coin", "wallet", "greed"]),

    # SmolLM2-1.7B-Instruct, T=0.8, cue "winter", k=5 (snow, cold, christmas, scarf, ice):
    # ranks them but never writes the marker.
    ("rk_en_05",
     """1. Snow
2. Cold
3. Ice
4. Christmas
5. Scarf

Snow is most associated with winter because it only falls in cold weather. Cold is the defining feeling of winter. Ice forms when it is cold. Christmas happens in winter in many countries, and a scarf is something you wear when it is cold.""",
     []),

    # Llama-3.2-3B-Instruct, T=0.7, max_new_tokens=160, cue "breakfast", k=6 (eggs, coffee,
    # toast, cereal, bacon, pancakes): cut by the token limit
    ("rk_en_06",
     """Eggs are the most classic breakfast food, and coffee is the drink most people have in the morning. Toast is a simple staple, bacon is a common side, cereal is quick and easy, and pancakes are more of a weekend treat.

Final Ranking: eggs, coffee, toast, bacon, cere""",
     ["eggs", "coffee", "toast", "bacon"]),

    # Llama-3.2-1B-Instruct, T=0.8, cue "hot", k=5 (fire, summer, sun, spicy, coffee):
    # "Rank n:" labels on the lines after the marker, then <|eot_id|>.
    ("rk_en_07",
     """The sun is the source of heat, so it comes first. Fire is also very hot. Summer is the hottest season. Spicy food feels hot, and coffee is usually served hot.

Final Ranking:
Rank 1: Sun
Rank 2: Fire
Rank 3: Summer
Rank 4: Spicy
Rank 5: Coffee<|eot_id|>""",
     ["sun", "fire", "summer", "spicy", "coffee"]),

    # Qwen2.5-1.5B-Instruct, T=0.7, cue 月亮, k=5 (嫦娥，月饼，星星，夜晚，中秋): bold marker.
    ("rk_zh_01",
     """嫦娥是关于月亮最著名的神话人物，联想最强；中秋节是赏月的节日，其次；月饼是中秋的食物，与月亮间接相关；夜晚是月亮出现的时间；星星常与月亮一同出现，但联想相对较弱。

**最终排名：** 嫦娥，中秋，月饼，夜晚，星星""",
     ["嫦娥", "中秋", "月饼", "夜晚", "星星"]),

    # Qwen2.5-0.5B-Instruct, T=1.0, cue 春节, k=5 (红包，鞭炮，饺子，春晚，团圆): the order is
    # given in the explanation, but nothing follows the marker.
    ("rk_zh_02",
     """我的排序是：1. 团圆 2. 红包 3. 饺子 4. 鞭炮 5. 春晚。团圆是春节最核心的意义，红包是孩子们最期待的，饺子是传统食物，鞭炮和春晚也是春节的重要元素。

最终排名：<|im_end|>""",
     []),

    # Llama-3.2-3B-Instruct, T=0.8, cue 医生, k=5 (护士，医院，病人，药，白大褂): answers in English,
    # English marker, Han words with English glosses.
    ("rk_zh_03",
     """Here's my ranking:

1. 医院 (hospital) - doctors work in hospitals
2. 护士 (nurse) - nurses work closely with doctors
3. 病人 (patient) - doctors treat patients
4. 白大褂 (white coat) - the symbol of a doctor
5. 药 (medicine) - doctors prescribe medicine

Final Ranking: 医院 (hospital), 护士 (nurse), 病人 (patient), 白大褂 (white coat), 药 (medicine)""",
     ["医院", "护士", "病人", "白大褂", "药"]),

    # Gemma-2-2B-it, T=0.9, cue 学校, k=5 (老师，学生，考试，操场，书包): numbered list after the
    # marker repeats a word as a sixth item, then a closing remark.
    ("rk_zh_04",
     """老师和学生是学校的核心，考试是学校生活的重要部分，书包是学生每天都要背的，操场是课间活动的地方。

最终排名：
1. 老师
2. 学生
3. 考试
4. 书包
5. 操场
6. 老师

希望这个排名对你有帮助！<end_of_turn>""",
     ["老师", "学生", "考试", "书包", "操场"]),

    # Qwen2.5-0.5B-Instruct, T=0.8, cue 大海, k=5 (海浪，沙滩，鱼，蓝色，船): marker line first,
    # then reasons, then a closing mention of the marker that is not followed by a ranking.
    ("rk_zh_05",
     """最终排名：海浪，蓝色，沙滩，鱼，船

理由：海浪是大海最典型的特征，蓝色是大海的颜色，沙滩在海边，鱼生活在海里，船在海上航行。

以上就是最终排名。""",
     ["海浪", "蓝色", "沙滩", "鱼", "船"]),
]

TRUNCATED = {
    "en_van_05", "en_van_20", "en_van_50", "en_van_54", "en_van_57",
    "zh_van_02", "zh_van_28", "zh_van_43", "zh_van_53",
}

AMBIGUOUS = {
    "en_van_14",  # other reading: also hot, warm, heat from the unrequested "Antonyms:" list
    "en_van_37",  # other reading: also enemy, foe, stranger from the "Antonyms:" line
    "en_van_44",  # other reading: the English glosses (experiment, research, ...) instead of the Han words
    "en_van_55",  # other reading: key words (books, quiet, read, study, librarians, borrow), not whole sentences
    "zh_van_12",  # other reading: also 夏天, 温暖 from the unrequested 反义词 list
    "zh_van_48",  # other reading: drop "wedding", the cue's own translation
}
