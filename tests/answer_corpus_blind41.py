"""Blind answer corpus 41 for the word-association answer parser.

Written blind on 2026-12-08 by a helper session: no parser, test, benchmark or
other repository file was read, no parser was run, and every text below was
invented for this file (none copied from real model outputs).

EMPHASIS (corpus 41): a second, independent REPRESENTATIVE sample of one ALIGN
evaluation run, with real proportions: Llama-3.1-8B-Instruct and
Qwen2.5-7B-Instruct, each vanilla, after SFT and after PPO, answering the
association prompt for cues drawn at random from the SWOW English and Mandarin
norms (mostly ordinary nouns, verbs and adjectives, some harder cues), greedy
decoding, max_new_tokens 128 or 256. Vanilla models are chatty in their own
typical ways (preambles, numbered/bold lists, glosses, pinyin, closing remarks,
the odd refusal or English answer to a Mandarin prompt); SFT and PPO models
mostly write terse comma lists, with their occasional slips (trailing period,
special token, repetition loop cut by the token limit, echoed next prompt,
numbered or space-separated list, closing sentence). About 60 EN and 60 ZH
association lists, plus 10 rankings from the PPO models (default ranking
prompt).

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
  ZH ranking: 下面是人们由“{cue}”联想到的{k}个词语：{words}。请按照它们与“{cue}”的
    联想强度从强到弱排序。先简要说明理由，最后以“最终排名：”开头的一行列出全部{k}个
    词语，用逗号分隔。
Each text is only the model's completion.

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
    # ------------------------------------------------------------------
    # Vanilla Llama-3.1-8B-Instruct
    # ------------------------------------------------------------------
    # Llama-3.1-8B-Instruct vanilla, 128 tokens: preamble, then inline comma list.
    ("en_van_01", "candle",
     """Here are the words that come to mind when I read the word "candle":

Flame, wax, light, birthday, romance, wick, scent, darkness, fire, relaxation""",
     ["flame", "wax", "light", "birthday", "romance", "wick", "scent",
      "darkness", "fire", "relaxation"]),

    # Llama-3.1-8B-Instruct vanilla, 256 tokens: numbered list plus a closing
    # remark that names two more associations (see AMBIGUOUS).
    ("en_van_02", "justice",
     """Here are the words that come to mind when I read the word "justice":

1. Fairness
2. Law
3. Court
4. Equality
5. Judge
6. Rights
7. Truth
8. Punishment
9. Morality
10. Freedom

Other associations might include "scales" and "blindfold," which are common symbols of justice.""",
     ["fairness", "law", "court", "equality", "judge", "rights", "truth",
      "punishment", "morality", "freedom"]),

    # Llama-3.1-8B-Instruct vanilla, 128 tokens: numbered list with dash
    # explanations, cut by the token limit inside the 6th explanation.
    ("en_van_03", "bank",
     """Here are the words that come to mind when I read the word "bank":

1. Money - The most obvious association, as banks are financial institutions that handle money.
2. Account - Banks offer various types of accounts, such as checking and savings.
3. Loan - Banks provide loans to individuals and businesses.
4. River - A bank can also refer to the land alongside a river.
5. Teller - Bank tellers help customers with their transactions.
6. Vault - Banks store money and valuables in sec""",
     ["money", "account", "loan", "river", "teller", "vault"]),

    # Llama-3.1-8B-Instruct vanilla, 128 tokens: numbered bold items.
    ("en_van_04", "slippery",
     """Here are the words that come to mind when I read the word "slippery":

1. **Ice**
2. **Wet**
3. **Slope**
4. **Soap**
5. **Banana peel**
6. **Eel**
7. **Floor**
8. **Fall**
9. **Mud**
10. **Oil**""",
     ["ice", "wet", "slope", "soap", "banana peel", "eel", "floor", "fall",
      "mud", "oil"]),

    # Llama-3.1-8B-Instruct vanilla, 128 tokens: refusal with crisis resources
    # for a sensitive SWOW cue; no list.
    ("en_van_05", "suicide",
     """I can't help with that. If you're having thoughts of suicide or self-harm, please reach out to a crisis hotline. In the US, you can call or text 988 to reach the Suicide & Crisis Lifeline, which is available 24/7. Is there anything else I can help you with?""",
     []),

    # Llama-3.1-8B-Instruct vanilla, 128 tokens: two senses under bold headers,
    # numbering continued across the headers.
    ("en_van_06", "bat",
     """The word "bat" has multiple meanings, so here are some associations for each:

**Animal:**
1. Cave
2. Night
3. Wings
4. Vampire
5. Echolocation

**Sports:**
6. Baseball
7. Cricket
8. Swing
9. Ball
10. Home run""",
     ["cave", "night", "wings", "vampire", "echolocation", "baseball",
      "cricket", "swing", "ball", "home run"]),

    # Llama-3.1-8B-Instruct vanilla, 128 tokens: preamble, inline list, closing
    # sentence.
    ("en_van_07", "grandmother",
     """When I read the word "grandmother," the following words come to mind:

Love, family, cookies, wisdom, hugs, knitting, stories, warmth, old, care

These words evoke a sense of comfort and nostalgia often associated with grandmothers.""",
     ["love", "family", "cookies", "wisdom", "hugs", "knitting", "stories",
      "warmth", "old", "care"]),

    # Llama-3.1-8B-Instruct vanilla, 256 tokens, 10-20 setting: numbered list of 15.
    ("en_van_08", "orbit",
     """Here are 15 words that come to mind when I read the word "orbit":

1. Planet
2. Space
3. Satellite
4. Gravity
5. Moon
6. Earth
7. Sun
8. Rotation
9. Astronaut
10. Circle
11. Ellipse
12. Spacecraft
13. Trajectory
14. Revolution
15. NASA""",
     ["planet", "space", "satellite", "gravity", "moon", "earth", "sun",
      "rotation", "astronaut", "circle", "ellipse", "spacecraft",
      "trajectory", "revolution", "nasa"]),

    # Llama-3.1-8B-Instruct vanilla, 128 tokens: inline list ending "and X.".
    ("en_van_09", "whisper",
     """Here are the words that come to mind when I read the word "whisper":

Secret, quiet, soft, gossip, ear, voice, breath, intimate, rumor, and silence.""",
     ["secret", "quiet", "soft", "gossip", "ear", "voice", "breath",
      "intimate", "rumor", "silence"]),

    # Llama-3.1-8B-Instruct vanilla, 128 tokens: "Word: explanation" lines,
    # cut by the token limit inside the 6th explanation.
    ("en_van_10", "peel",
     """When I read the word "peel," here are the words that come to mind, in order of strongest association:

1. Banana: The most common thing that people peel is a banana.
2. Orange: Oranges are also frequently peeled before eating.
3. Skin: Peeling removes the outer skin of fruits and vegetables.
4. Potato: Potatoes are often peeled before cooking.
5. Sunburn: Skin can peel after a bad sunburn.
6. Knife: A knife or peeler is used to peel some fr""",
     ["banana", "orange", "skin", "potato", "sunburn", "knife"]),

    # ------------------------------------------------------------------
    # Vanilla Qwen2.5-7B-Instruct
    # ------------------------------------------------------------------
    # Qwen2.5-7B-Instruct vanilla, 128 tokens: bare capitalised comma list.
    ("en_van_11", "umbrella",
     """Rain, Shelter, Protection, Weather, Wet, Canopy, Handle, Storm, Drizzle, Cloud""",
     ["rain", "shelter", "protection", "weather", "wet", "canopy", "handle",
      "storm", "drizzle", "cloud"]),

    # Qwen2.5-7B-Instruct vanilla, 128 tokens: "Sure!" preamble, numbered list.
    ("en_van_12", "jealousy",
     """Sure! Here are some words that come to mind when I read the word "jealousy":

1. Envy
2. Resentment
3. Insecurity
4. Anger
5. Possessiveness
6. Suspicion
7. Rivalry
8. Bitterness
9. Love
10. Fear""",
     ["envy", "resentment", "insecurity", "anger", "possessiveness",
      "suspicion", "rivalry", "bitterness", "love", "fear"]),

    # Qwen2.5-7B-Instruct vanilla, 128 tokens: bare capitalised comma list.
    ("en_van_13", "harvest",
     """Crop, Farm, Autumn, Wheat, Field, Gather, Farmer, Corn, Thanksgiving, Abundance""",
     ["crop", "farm", "autumn", "wheat", "field", "gather", "farmer", "corn",
      "thanksgiving", "abundance"]),

    # Qwen2.5-7B-Instruct vanilla, 256 tokens: bold items with dash glosses and
    # a closing sentence.
    ("en_van_14", "loyal",
     """Certainly! Here are some words that come to mind when I read the word "loyal," listed from most to least strongly associated:

1. **Faithful** - Consistently devoted and reliable.
2. **Devoted** - Showing strong commitment.
3. **Dog** - Dogs are often seen as symbols of loyalty.
4. **Trust** - Loyalty is built on trust.
5. **Friend** - True friends remain loyal.
6. **Dedicated** - Committed to a cause or person.
7. **Allegiance** - Loyalty to a country or leader.

These words capture different aspects of loyalty, from personal relationships to larger commitments.""",
     ["faithful", "devoted", "dog", "trust", "friend", "dedicated",
      "allegiance"]),

    # Qwen2.5-7B-Instruct vanilla, 128 tokens: bare comma list.
    ("en_van_15", "thunder",
     """Lightning, Storm, Rain, Loud, Clouds, Boom, Thor, Fear, Sky, Rumble""",
     ["lightning", "storm", "rain", "loud", "clouds", "boom", "thor", "fear",
      "sky", "rumble"]),

    # Qwen2.5-7B-Instruct vanilla, 128 tokens, 10-20 setting: bare list of 15
    # with a two-word item.
    ("en_van_16", "nostalgia",
     """Memories, Past, Childhood, Longing, Sentimental, Old photos, Home, Yearning, Reminiscence, Bittersweet, Music, Family, Youth, Summer, Letters""",
     ["memories", "past", "childhood", "longing", "sentimental",
      "old photos", "home", "yearning", "reminiscence", "bittersweet",
      "music", "family", "youth", "summer", "letters"]),

    # Qwen2.5-7B-Instruct vanilla, 128 tokens: bare numbered list with one
    # slash-joined item (see AMBIGUOUS).
    ("en_van_17", "dentist",
     """1. Teeth
2. Cavity
3. Drill
4. Toothbrush/Floss
5. Checkup
6. Fear
7. Braces
8. Pain
9. Smile""",
     ["teeth", "cavity", "drill", "toothbrush", "floss", "checkup", "fear",
      "braces", "pain", "smile"]),

    # Qwen2.5-7B-Instruct vanilla, 128 tokens: short preamble, inline list with
    # a phrase item.
    ("en_van_18", "fragile",
     """Sure, here are some words associated with "fragile":

Delicate, Glass, Breakable, Weak, Handle with care, Vulnerable, Thin, Porcelain, Sensitive, Brittle""",
     ["delicate", "glass", "breakable", "weak", "handle with care",
      "vulnerable", "thin", "porcelain", "sensitive", "brittle"]),

    # Qwen2.5-7B-Instruct vanilla, 128 tokens: numbered list, last item with a
    # parenthetical gloss.
    ("en_van_19", "run",
     """Here are the words that come to mind when I read "run":

1. Jog
2. Sprint
3. Race
4. Marathon
5. Fast
6. Exercise
7. Escape
8. Track
9. Sweat
10. Program (as in "run a program")""",
     ["jog", "sprint", "race", "marathon", "fast", "exercise", "escape",
      "track", "sweat", "program"]),

    # Qwen2.5-7B-Instruct vanilla, 128 tokens: harder cue; definition sentence
    # first, then the list.
    ("en_van_20", "quell",
     """The word "quell" means to suppress or put an end to something, such as a rebellion or a strong feeling. Here are some words associated with it:

Suppress, Calm, Subdue, Crush, Rebellion, Riot, Soothe, Silence, Control, Pacify""",
     ["suppress", "calm", "subdue", "crush", "rebellion", "riot", "soothe",
      "silence", "control", "pacify"]),

    # ------------------------------------------------------------------
    # Llama-3.1-8B-Instruct after SFT
    # ------------------------------------------------------------------
    # Llama-3.1-8B SFT, 128 tokens: terse lowercase comma list.
    ("en_ft_01", "ladder",
     """climb, up, rung, high, steps, fall, roof, fireman, tall, height""",
     ["climb", "up", "rung", "high", "steps", "fall", "roof", "fireman",
      "tall", "height"]),

    # Llama-3.1-8B SFT, 128 tokens: terse list.
    ("en_ft_02", "bargain",
     """cheap, deal, sale, discount, shop, money, haggle, price, save, market""",
     ["cheap", "deal", "sale", "discount", "shop", "money", "haggle", "price",
      "save", "market"]),

    # Llama-3.1-8B SFT, 128 tokens: terse list.
    ("en_ft_03", "lonely",
     """alone, sad, isolated, single, empty, quiet, depressed, night, solitude, friendless""",
     ["alone", "sad", "isolated", "single", "empty", "quiet", "depressed",
      "night", "solitude", "friendless"]),

    # Llama-3.1-8B SFT, 128 tokens: terse list with a trailing period.
    ("en_ft_04", "volcano",
     """lava, eruption, hot, mountain, magma, ash, hawaii, fire, explode, smoke.""",
     ["lava", "eruption", "hot", "mountain", "magma", "ash", "hawaii", "fire",
      "explode", "smoke"]),

    # Llama-3.1-8B SFT, 128 tokens: terse list, end-of-turn token left in the
    # decoded text.
    ("en_ft_05", "carpet",
     """rug, floor, soft, red, vacuum, living room, magic, wool, stain, house<|eot_id|>""",
     ["rug", "floor", "soft", "red", "vacuum", "living room", "magic", "wool",
      "stain", "house"]),

    # Llama-3.1-8B SFT, 128 tokens: greedy repetition loop, cut by the token
    # limit mid-word.
    ("en_ft_06", "noodle",
     """pasta, soup, ramen, chinese, food, spaghetti, asian, noodle, pasta, soup, ramen, chinese, food, spaghetti, asian, noodle, pasta, soup, ramen, chinese, food, spaghetti, asian, noodle, pasta, soup, ramen, chinese, food, spaghetti, asian, noodle, pasta, soup, ramen, chinese, food, spaghetti, asian, noodle, pasta, soup, ramen, chinese, food, spaghetti, asian, noodle, pasta, soup, ramen, chinese, food, spaghetti, asian, noodle, pasta, soup, ramen, chinese, food, spagh""",
     ["pasta", "soup", "ramen", "chinese", "food", "spaghetti", "asian",
      "noodle"]),

    # Llama-3.1-8B SFT, 128 tokens: list, then the model runs on and writes the
    # next prompt and a list for another cue ("trust"), which is not taken.
    ("en_ft_07", "honest",
     """truth, trust, fair, sincere, lie, integrity, good, abe lincoln, open, real

List the words that come to mind when you read the word "trust". Give between 5 and 10 words, separated by commas, the most strongly associated first.
faith, honest, believe, friend, loyal""",
     ["truth", "trust", "fair", "sincere", "lie", "integrity", "good",
      "abe lincoln", "open", "real"]),

    # Llama-3.1-8B SFT, 128 tokens: terse list.
    ("en_ft_08", "swim",
     """water, pool, ocean, fish, summer, dive, float, lake, beach, laps""",
     ["water", "pool", "ocean", "fish", "summer", "dive", "float", "lake",
      "beach", "laps"]),

    # Llama-3.1-8B SFT, 128 tokens: terse list with multi-word items.
    ("en_ft_09", "cheap",
     """inexpensive, low cost, bargain, tacky, sale, poor quality, dollar store, stingy, discount, free""",
     ["inexpensive", "low cost", "bargain", "tacky", "sale", "poor quality",
      "dollar store", "stingy", "discount", "free"]),

    # Llama-3.1-8B SFT, 128 tokens: harder cue, shorter list of 8.
    ("en_ft_10", "thimble",
     """sewing, needle, finger, thread, small, metal, grandma, monopoly""",
     ["sewing", "needle", "finger", "thread", "small", "metal", "grandma",
      "monopoly"]),

    # ------------------------------------------------------------------
    # Qwen2.5-7B-Instruct after SFT
    # ------------------------------------------------------------------
    # Qwen2.5-7B SFT, 128 tokens: terse list.
    ("en_ft_11", "trophy",
     """win, award, gold, cup, prize, champion, first place, shelf, victory, sports""",
     ["win", "award", "gold", "cup", "prize", "champion", "first place",
      "shelf", "victory", "sports"]),

    # Qwen2.5-7B SFT, 128 tokens: terse list.
    ("en_ft_12", "whistle",
     """blow, referee, sound, train, loud, dog, coach, police, tune, lips""",
     ["blow", "referee", "sound", "train", "loud", "dog", "coach", "police",
      "tune", "lips"]),

    # Qwen2.5-7B SFT, 128 tokens: terse list.
    ("en_ft_13", "anger",
     """mad, rage, red, fury, upset, fight, hate, yell, temper, frustration""",
     ["mad", "rage", "red", "fury", "upset", "fight", "hate", "yell",
      "temper", "frustration"]),

    # Qwen2.5-7B SFT, 128 tokens: terse list.
    ("en_ft_14", "brave",
     """courage, strong, hero, fearless, bold, lion, soldier, knight, bravery, firefighter""",
     ["courage", "strong", "hero", "fearless", "bold", "lion", "soldier",
      "knight", "bravery", "firefighter"]),

    # Qwen2.5-7B SFT, 128 tokens: terse list.
    ("en_ft_15", "peach",
     """fruit, fuzzy, georgia, pink, sweet, pie, cobbler, tree, juicy, skin""",
     ["fruit", "fuzzy", "georgia", "pink", "sweet", "pie", "cobbler", "tree",
      "juicy", "skin"]),

    # Qwen2.5-7B SFT, 128 tokens: the cue itself listed as an item.
    ("en_ft_16", "rain",
     """water, umbrella, wet, cloud, storm, rain, puddle, drops, grey, cold""",
     ["water", "umbrella", "wet", "cloud", "storm", "rain", "puddle", "drops",
      "grey", "cold"]),

    # Qwen2.5-7B SFT, 128 tokens: a couple of full-width commas slip in.
    ("en_ft_17", "pencil",
     """write, paper, eraser, lead, sharpen, school，draw，wood, yellow, graphite""",
     ["write", "paper", "eraser", "lead", "sharpen", "school", "draw", "wood",
      "yellow", "graphite"]),

    # Qwen2.5-7B SFT, 128 tokens: slip into a numbered list of 8.
    ("en_ft_18", "gossip",
     """1. rumor
2. talk
3. girls
4. secret
5. magazine
6. whisper
7. friends
8. lies""",
     ["rumor", "talk", "girls", "secret", "magazine", "whisper", "friends",
      "lies"]),

    # Qwen2.5-7B SFT, 128 tokens: trailing period and end token in the text.
    ("en_ft_19", "mirror",
     """reflection, glass, image, self, vanity, bathroom, look, face, selfie, wall.<|im_end|>""",
     ["reflection", "glass", "image", "self", "vanity", "bathroom", "look",
      "face", "selfie", "wall"]),

    # Qwen2.5-7B SFT, 128 tokens: abstract cue, terse list.
    ("en_ft_20", "ethics",
     """morals, values, right, wrong, philosophy, principles, law, honesty, integrity, conduct""",
     ["morals", "values", "right", "wrong", "philosophy", "principles", "law",
      "honesty", "integrity", "conduct"]),

    # ------------------------------------------------------------------
    # Llama-3.1-8B-Instruct after PPO
    # ------------------------------------------------------------------
    # Llama-3.1-8B PPO, 128 tokens: short list of core associates.
    ("en_ft_21", "apple",
     """fruit, red, tree, pie, green""",
     ["fruit", "red", "tree", "pie", "green"]),

    # Llama-3.1-8B PPO, 128 tokens: short list.
    ("en_ft_22", "doctor",
     """nurse, hospital, medicine, sick, stethoscope, health, patient""",
     ["nurse", "hospital", "medicine", "sick", "stethoscope", "health",
      "patient"]),

    # Llama-3.1-8B PPO, 128 tokens: short list.
    ("en_ft_23", "winter",
     """cold, snow, ice, christmas, december, coat, freezing, scarf""",
     ["cold", "snow", "ice", "christmas", "december", "coat", "freezing",
      "scarf"]),

    # Llama-3.1-8B PPO, 128 tokens: short list.
    ("en_ft_24", "kiss",
     """lips, love, romance, hug, boyfriend, girlfriend, passion""",
     ["lips", "love", "romance", "hug", "boyfriend", "girlfriend", "passion"]),

    # Llama-3.1-8B PPO, 128 tokens: cue repeated as an item.
    ("en_ft_25", "soldier",
     """army, war, gun, military, uniform, navy, soldier, fight""",
     ["army", "war", "gun", "military", "uniform", "navy", "soldier",
      "fight"]),

    # Llama-3.1-8B PPO, 128 tokens: list followed by a closing sentence.
    ("en_ft_26", "mountain",
     """hill, climb, snow, peak, high, hike, rock, everest

These are the words most commonly associated with mountain.""",
     ["hill", "climb", "snow", "peak", "high", "hike", "rock", "everest"]),

    # Llama-3.1-8B PPO, 128 tokens, 10-20 setting: list of 15.
    ("en_ft_27", "teacher",
     """school, student, class, education, learn, apple, classroom, homework, ruler, chalk, teach, book, lesson, principal, grade""",
     ["school", "student", "class", "education", "learn", "apple",
      "classroom", "homework", "ruler", "chalk", "teach", "book", "lesson",
      "principal", "grade"]),

    # Llama-3.1-8B PPO, 128 tokens: cue as the last item.
    ("en_ft_28", "sleep",
     """bed, tired, dream, night, rest, pillow, nap, snore, blanket, sleep""",
     ["bed", "tired", "dream", "night", "rest", "pillow", "nap", "snore",
      "blanket", "sleep"]),

    # Llama-3.1-8B PPO, 128 tokens: capitalised first word, trailing period.
    ("en_ft_29", "greedy",
     """Money, selfish, rich, want, more, gold, miser, wealth, power, scrooge.""",
     ["money", "selfish", "rich", "want", "more", "gold", "miser", "wealth",
      "power", "scrooge"]),

    # Llama-3.1-8B PPO, 128 tokens: list of 9 with a two-word item.
    ("en_ft_30", "tornado",
     """wind, storm, kansas, twister, destruction, weather, funnel, tornado alley, spin""",
     ["wind", "storm", "kansas", "twister", "destruction", "weather",
      "funnel", "tornado alley", "spin"]),

    # ------------------------------------------------------------------
    # Qwen2.5-7B-Instruct after PPO
    # ------------------------------------------------------------------
    # Qwen2.5-7B PPO, 128 tokens: short list.
    ("en_ft_31", "bread",
     """butter, toast, loaf, wheat, bakery, sandwich, dough, yeast""",
     ["butter", "toast", "loaf", "wheat", "bakery", "sandwich", "dough",
      "yeast"]),

    # Qwen2.5-7B PPO, 128 tokens: short list with a two-word item.
    ("en_ft_32", "friend",
     """buddy, pal, companion, trust, loyal, fun, best friend, support""",
     ["buddy", "pal", "companion", "trust", "loyal", "fun", "best friend",
      "support"]),

    # Qwen2.5-7B PPO, 128 tokens: list of 10.
    ("en_ft_33", "clock",
     """time, hour, tick, watch, alarm, wall, minute, hands, tock, wake up""",
     ["time", "hour", "tick", "watch", "alarm", "wall", "minute", "hands",
      "tock", "wake up"]),

    # Qwen2.5-7B PPO, 128 tokens: list of 10.
    ("en_ft_34", "ocean",
     """sea, water, blue, waves, beach, fish, salt, deep, shark, whale""",
     ["sea", "water", "blue", "waves", "beach", "fish", "salt", "deep",
      "shark", "whale"]),

    # Qwen2.5-7B PPO, 128 tokens: list of 10.
    ("en_ft_35", "lazy",
     """sloth, tired, couch, slow, bum, sleep, idle, bored, procrastinate, cat""",
     ["sloth", "tired", "couch", "slow", "bum", "sleep", "idle", "bored",
      "procrastinate", "cat"]),

    # Qwen2.5-7B PPO, 128 tokens: one word repeated inside the list.
    ("en_ft_36", "music",
     """song, melody, sing, dance, band, instrument, rhythm, song, guitar, concert""",
     ["song", "melody", "sing", "dance", "band", "instrument", "rhythm",
      "guitar", "concert"]),

    # Qwen2.5-7B PPO, 128 tokens: list of 10.
    ("en_ft_37", "hospital",
     """doctor, nurse, sick, ambulance, patient, emergency, bed, surgery, medicine, ward""",
     ["doctor", "nurse", "sick", "ambulance", "patient", "emergency", "bed",
      "surgery", "medicine", "ward"]),

    # Qwen2.5-7B PPO, 128 tokens: list of 10.
    ("en_ft_38", "gold",
     """silver, money, rich, yellow, jewelry, medal, treasure, coin, ring, shiny""",
     ["silver", "money", "rich", "yellow", "jewelry", "medal", "treasure",
      "coin", "ring", "shiny"]),

    # Qwen2.5-7B PPO, 128 tokens: short label before the list on the same line.
    ("en_ft_39", "vacation",
     """Words associated with "vacation": beach, holiday, travel, relax, sun, trip, hotel, summer, fun, break""",
     ["beach", "holiday", "travel", "relax", "sun", "trip", "hotel",
      "summer", "fun", "break"]),

    # Qwen2.5-7B PPO, 128 tokens: list of 10.
    ("en_ft_40", "hammer",
     """nail, tool, hit, wood, build, thor, construction, pound, carpenter, hardware""",
     ["nail", "tool", "hit", "wood", "build", "thor", "construction", "pound",
      "carpenter", "hardware"]),
]

ZH_LISTS = [
    # ------------------------------------------------------------------
    # Vanilla Llama-3.1-8B-Instruct
    # ------------------------------------------------------------------
    # Llama-3.1-8B-Instruct vanilla, 256 tokens: numbered list, each word with
    # pinyin and an English translation.
    ("zh_van_01", "月亮",
     """以下是我看到“月亮”这个词时联想到的词语：

1. 夜晚 (yè wǎn) - night
2. 星星 (xīng xing) - stars
3. 中秋节 (zhōng qiū jié) - Mid-Autumn Festival
4. 月饼 (yuè bǐng) - mooncake
5. 嫦娥 (cháng é) - Chang'e
6. 思念 (sī niàn) - longing
7. 光 (guāng) - light
8. 圆 (yuán) - round
9. 天空 (tiān kōng) - sky
10. 诗 (shī) - poetry""",
     ["夜晚", "星星", "中秋节", "月饼", "嫦娥", "思念", "光", "圆", "天空", "诗"]),

    # Llama-3.1-8B-Instruct vanilla, 128 tokens: Chinese preamble, full-width
    # comma list.
    ("zh_van_02", "医生",
     """看到“医生”这个词时，我会联想到以下词语：

医院，护士，病人，白大褂，听诊器，药物，手术，健康，治疗，救命""",
     ["医院", "护士", "病人", "白大褂", "听诊器", "药物", "手术", "健康", "治疗", "救命"]),

    # Llama-3.1-8B-Instruct vanilla, 128 tokens: answers the Mandarin prompt in
    # English (see AMBIGUOUS).
    ("zh_van_03", "孤独",
     """Here are the words that come to mind when I read the word "孤独" (loneliness):

1. Alone
2. Sadness
3. Isolation
4. Silence
5. Darkness
6. Emptiness
7. Solitude
8. Night
9. Depression
10. Longing""",
     ["alone", "sadness", "isolation", "silence", "darkness", "emptiness",
      "solitude", "night", "depression", "longing"]),

    # Llama-3.1-8B-Instruct vanilla, 128 tokens: bare numbered list with
    # English glosses in brackets.
    ("zh_van_04", "学校",
     """1. 老师 (teacher)
2. 学生 (student)
3. 教室 (classroom)
4. 考试 (exam)
5. 作业 (homework)
6. 操场 (playground)
7. 书包 (schoolbag)
8. 黑板 (blackboard)
9. 朋友 (friends)
10. 学习 (study)""",
     ["老师", "学生", "教室", "考试", "作业", "操场", "书包", "黑板", "朋友", "学习"]),

    # Llama-3.1-8B-Instruct vanilla, 128 tokens: "词：解释" lines, cut by the
    # token limit inside the 5th explanation.
    ("zh_van_05", "自由",
     """当我看到“自由”这个词时，我会联想到以下词语：

1. 独立：自由意味着不受他人的控制。
2. 解放：从束缚中获得自由。
3. 民主：自由与民主密切相关。
4. 权利：每个人都有追求自由的权利。
5. 飞翔：像鸟一样在天空中自由翱""",
     ["独立", "解放", "民主", "权利", "飞翔"]),

    # Llama-3.1-8B-Instruct vanilla, 128 tokens: short preamble, numbered list.
    ("zh_van_06", "春节",
     """春节让我联想到的词语有：

1. 红包
2. 饺子
3. 鞭炮
4. 团圆
5. 春联
6. 年夜饭
7. 拜年
8. 烟花
9. 家人
10. 春晚""",
     ["红包", "饺子", "鞭炮", "团圆", "春联", "年夜饭", "拜年", "烟花", "家人", "春晚"]),

    # Llama-3.1-8B-Instruct vanilla, 128 tokens: drifts into traditional
    # characters, 、-separated list (words kept as written).
    ("zh_van_07", "熊猫",
     """以下是與「熊貓」相關的詞語：

竹子、可愛、中國、黑白、四川、國寶、動物園、懶惰、胖、功夫熊貓""",
     ["竹子", "可愛", "中國", "黑白", "四川", "國寶", "動物園", "懶惰", "胖", "功夫熊貓"]),

    # Llama-3.1-8B-Instruct vanilla, 128 tokens: English preamble, bullet list
    # of Chinese words with English glosses.
    ("zh_van_08", "咖啡",
     """Here are the words that come to mind when I see "咖啡":

* 咖啡豆 (coffee beans)
* 提神 (refreshing)
* 早晨 (morning)
* 星巴克 (Starbucks)
* 苦 (bitter)
* 拿铁 (latte)
* 牛奶 (milk)
* 咖啡馆 (café)
* 熬夜 (staying up late)
* 香气 (aroma)""",
     ["咖啡豆", "提神", "早晨", "星巴克", "苦", "拿铁", "牛奶", "咖啡馆", "熬夜", "香气"]),

    # Llama-3.1-8B-Instruct vanilla, 128 tokens: list inside one sentence,
    # "和" before the last item.
    ("zh_van_09", "害怕",
     """看到“害怕”这个词，我会联想到：恐惧、黑暗、鬼、紧张、发抖、尖叫、噩梦、逃跑、哭泣和孤单。""",
     ["恐惧", "黑暗", "鬼", "紧张", "发抖", "尖叫", "噩梦", "逃跑", "哭泣", "孤单"]),

    # Llama-3.1-8B-Instruct vanilla, 128 tokens: numbered list with pinyin only.
    ("zh_van_10", "筷子",
     """1. 吃饭 (chī fàn)
2. 中国 (zhōng guó)
3. 碗 (wǎn)
4. 面条 (miàn tiáo)
5. 木头 (mù tou)
6. 餐具 (cān jù)
7. 一双 (yī shuāng)
8. 文化 (wén huà)""",
     ["吃饭", "中国", "碗", "面条", "木头", "餐具", "一双", "文化"]),

    # ------------------------------------------------------------------
    # Vanilla Qwen2.5-7B-Instruct
    # ------------------------------------------------------------------
    # Qwen2.5-7B-Instruct vanilla, 128 tokens: bare full-width comma list.
    ("zh_van_11", "苹果",
     """水果，红色，甜，健康，苹果树，营养，乔布斯，手机，维生素，秋天""",
     ["水果", "红色", "甜", "健康", "苹果树", "营养", "乔布斯", "手机", "维生素", "秋天"]),

    # Qwen2.5-7B-Instruct vanilla, 128 tokens: bare list.
    ("zh_van_12", "老师",
     """学生，教室，黑板，粉笔，讲台，知识，教书，辛苦，园丁，课本""",
     ["学生", "教室", "黑板", "粉笔", "讲台", "知识", "教书", "辛苦", "园丁", "课本"]),

    # Qwen2.5-7B-Instruct vanilla, 128 tokens: bare numbered list.
    ("zh_van_13", "火锅",
     """1. 重庆
2. 麻辣
3. 涮羊肉
4. 毛肚
5. 冬天
6. 聚餐
7. 辣椒
8. 底料
9. 热闹
10. 海底捞""",
     ["重庆", "麻辣", "涮羊肉", "毛肚", "冬天", "聚餐", "辣椒", "底料", "热闹", "海底捞"]),

    # Qwen2.5-7B-Instruct vanilla, 128 tokens: preamble, list, closing sentence.
    ("zh_van_14", "幸福",
     """看到“幸福”这个词，我会联想到以下词语：

快乐，家庭，温暖，笑容，满足，爱情，健康，平安，团圆，甜蜜

这些词语都与幸福的感觉密切相关。""",
     ["快乐", "家庭", "温暖", "笑容", "满足", "爱情", "健康", "平安", "团圆", "甜蜜"]),

    # Qwen2.5-7B-Instruct vanilla, 256 tokens: bold items with "：" explanations.
    ("zh_van_15", "秋天",
     """看到“秋天”这个词，我会联想到以下词语：

1. **落叶**：秋天树叶变黄飘落。
2. **丰收**：秋天是收获的季节。
3. **凉爽**：天气逐渐变凉。
4. **枫叶**：红色的枫叶是秋天的象征。
5. **中秋节**：秋天的重要节日。
6. **金黄**：稻田一片金黄。
7. **思念**：秋天容易让人产生思念之情。
8. **大雁**：大雁南飞。""",
     ["落叶", "丰收", "凉爽", "枫叶", "中秋节", "金黄", "思念", "大雁"]),

    # Qwen2.5-7B-Instruct vanilla, 128 tokens: bare list closed with "等".
    ("zh_van_16", "钢琴",
     """音乐，黑白键，演奏，琴键，音符，肖邦，贝多芬，练习，音乐会，优雅等""",
     ["音乐", "黑白键", "演奏", "琴键", "音符", "肖邦", "贝多芬", "练习", "音乐会", "优雅"]),

    # Qwen2.5-7B-Instruct vanilla, 128 tokens: grouped under category labels
    # that are themselves plausible associations (see AMBIGUOUS).
    ("zh_van_17", "手机",
     """看到“手机”这个词，我会联想到以下词语：

- 通讯：电话、短信、微信
- 品牌：苹果、华为、小米
- 功能：拍照、上网、游戏
- 其他：充电、屏幕、低头族""",
     ["电话", "短信", "微信", "苹果", "华为", "小米", "拍照", "上网", "游戏", "充电",
      "屏幕", "低头族"]),

    # Qwen2.5-7B-Instruct vanilla, 128 tokens: bare list with an idiom item.
    ("zh_van_18", "长城",
     """中国，北京，古代，秦始皇，烽火台，不到长城非好汉，雄伟，砖，八达岭，世界奇迹""",
     ["中国", "北京", "古代", "秦始皇", "烽火台", "不到长城非好汉", "雄伟", "砖", "八达岭",
      "世界奇迹"]),

    # Qwen2.5-7B-Instruct vanilla, 128 tokens: 、-separated bare list.
    ("zh_van_19", "梦想",
     """目标、希望、未来、努力、坚持、追求、成功、理想、奋斗、信念""",
     ["目标", "希望", "未来", "努力", "坚持", "追求", "成功", "理想", "奋斗", "信念"]),

    # Qwen2.5-7B-Instruct vanilla, 128 tokens: "词 - 解释" lines, cut by the
    # token limit inside the 5th explanation.
    ("zh_van_20", "蚂蚁",
     """看到“蚂蚁”这个词，我会联想到以下词语：

1. 勤劳 - 蚂蚁以勤劳著称，总是忙碌地搬运食物。
2. 团结 - 蚂蚁群体分工合作，非常团结。
3. 蚁后 - 蚁群中负责繁殖的雌蚁。
4. 搬家 - 民间说蚂蚁搬家要下雨。
5. 渺小 - 蚂蚁体型很小，常用来比喻渺""",
     ["勤劳", "团结", "蚁后", "搬家", "渺小"]),

    # ------------------------------------------------------------------
    # Llama-3.1-8B-Instruct after SFT
    # ------------------------------------------------------------------
    # Llama-3.1-8B SFT, 128 tokens: terse full-width comma list.
    ("zh_ft_01", "猫",
     """狗，宠物，可爱，老鼠，鱼，喵，毛，猫咪，懒，小猫""",
     ["狗", "宠物", "可爱", "老鼠", "鱼", "喵", "毛", "猫咪", "懒", "小猫"]),

    # Llama-3.1-8B SFT, 128 tokens: terse list.
    ("zh_ft_02", "火车",
     """铁路，高铁，车站，旅行，车票，速度，春运，轨道，绿皮车，汽笛""",
     ["铁路", "高铁", "车站", "旅行", "车票", "速度", "春运", "轨道", "绿皮车", "汽笛"]),

    # Llama-3.1-8B SFT, 128 tokens: terse list ending with "。".
    ("zh_ft_03", "考试",
     """紧张，分数，学生，复习，高考，试卷，作弊，成绩，老师，压力。""",
     ["紧张", "分数", "学生", "复习", "高考", "试卷", "作弊", "成绩", "老师", "压力"]),

    # Llama-3.1-8B SFT, 128 tokens: terse list.
    ("zh_ft_04", "镜子",
     """反射，玻璃，自己，照镜子，梳妆台，影子，脸，白雪公主，破碎，真相""",
     ["反射", "玻璃", "自己", "照镜子", "梳妆台", "影子", "脸", "白雪公主", "破碎", "真相"]),

    # Llama-3.1-8B SFT, 128 tokens: greedy repetition loop, cut by the token
    # limit inside "能量".
    ("zh_ft_05", "太阳",
     """光，热，温暖，阳光，夏天，白天，光明，能量，光，热，温暖，阳光，夏天，白天，光明，能量，光，热，温暖，阳光，夏天，白天，光明，能量，光，热，温暖，阳光，夏天，白天，光明，能量，光，热，温暖，阳光，夏天，白天，光明，能量，光，热，温暖，阳光，夏天，白天，光明，能""",
     ["光", "热", "温暖", "阳光", "夏天", "白天", "光明", "能量"]),

    # Llama-3.1-8B SFT, 128 tokens: slip into a space-separated list.
    ("zh_ft_06", "银行",
     """钱 存款 贷款 利息 取款机 银行卡 工作 柜台 理财 储蓄""",
     ["钱", "存款", "贷款", "利息", "取款机", "银行卡", "工作", "柜台", "理财", "储蓄"]),

    # Llama-3.1-8B SFT, 128 tokens: list, then runs on with the next prompt and
    # a list for another cue ("友谊"), which is not taken.
    ("zh_ft_07", "朋友",
     """友谊，陪伴，信任，同学，快乐，玩，帮助，知己，分享，真诚

请列出看到“友谊”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。
朋友，真诚，长久，珍惜，信任""",
     ["友谊", "陪伴", "信任", "同学", "快乐", "玩", "帮助", "知己", "分享", "真诚"]),

    # Llama-3.1-8B SFT, 128 tokens: terse list.
    ("zh_ft_08", "饺子",
     """春节，过年，面粉，馅，韭菜，猪肉，包饺子，北方，醋，团圆""",
     ["春节", "过年", "面粉", "馅", "韭菜", "猪肉", "包饺子", "北方", "醋", "团圆"]),

    # Llama-3.1-8B SFT, 128 tokens: terse list (adjective cue).
    ("zh_ft_09", "安静",
     """图书馆，沉默，夜晚，无声，平静，睡觉，嘘，宁静，独处，乡村""",
     ["图书馆", "沉默", "夜晚", "无声", "平静", "睡觉", "嘘", "宁静", "独处", "乡村"]),

    # Llama-3.1-8B SFT, 128 tokens: terse list.
    ("zh_ft_10", "眼镜",
     """近视，眼睛，镜片，度数，戴，学生，书呆子，框，看书，视力""",
     ["近视", "眼睛", "镜片", "度数", "戴", "学生", "书呆子", "框", "看书", "视力"]),

    # ------------------------------------------------------------------
    # Qwen2.5-7B-Instruct after SFT
    # ------------------------------------------------------------------
    # Qwen2.5-7B SFT, 128 tokens: terse list.
    ("zh_ft_11", "雨伞",
     """下雨，遮阳，伞，雨天，打伞，天气，晴雨伞，折叠，湿，雨衣""",
     ["下雨", "遮阳", "伞", "雨天", "打伞", "天气", "晴雨伞", "折叠", "湿", "雨衣"]),

    # Qwen2.5-7B SFT, 128 tokens: terse list.
    ("zh_ft_12", "奶奶",
     """爷爷，慈祥，老人，外婆，家，白发，疼爱，做饭，童年，故事""",
     ["爷爷", "慈祥", "老人", "外婆", "家", "白发", "疼爱", "做饭", "童年", "故事"]),

    # Qwen2.5-7B SFT, 128 tokens: terse list with a number item.
    ("zh_ft_13", "警察",
     """小偷，110，抓坏人，警车，安全，制服，正义，枪，派出所，保护""",
     ["小偷", "110", "抓坏人", "警车", "安全", "制服", "正义", "枪", "派出所", "保护"]),

    # Qwen2.5-7B SFT, 128 tokens: ASCII ", " separators in a Chinese list.
    ("zh_ft_14", "冬天",
     """雪, 冷, 寒风, 羽绒服, 圣诞节, 冰, 暖气, 围巾, 过年, 北方""",
     ["雪", "冷", "寒风", "羽绒服", "圣诞节", "冰", "暖气", "围巾", "过年", "北方"]),

    # Qwen2.5-7B SFT, 128 tokens: terse list with a proverb item.
    ("zh_ft_15", "时间",
     """钟表，手表，金钱，流逝，宝贵，一寸光阴一寸金，过去，未来，时钟，生命""",
     ["钟表", "手表", "金钱", "流逝", "宝贵", "一寸光阴一寸金", "过去", "未来", "时钟",
      "生命"]),

    # Qwen2.5-7B SFT, 128 tokens: terse list.
    ("zh_ft_16", "灯笼",
     """红色，元宵节，春节，灯，节日，猜灯谜，喜庆，中国，挂，红灯笼""",
     ["红色", "元宵节", "春节", "灯", "节日", "猜灯谜", "喜庆", "中国", "挂", "红灯笼"]),

    # Qwen2.5-7B SFT, 128 tokens: terse list ending with "。".
    ("zh_ft_17", "勇敢",
     """坚强，英雄，无畏，勇气，胆量，战士，面对，冒险，狮子，坚持。""",
     ["坚强", "英雄", "无畏", "勇气", "胆量", "战士", "面对", "冒险", "狮子", "坚持"]),

    # Qwen2.5-7B SFT, 128 tokens: list closed with "等。".
    ("zh_ft_18", "茶",
     """绿茶，茶叶，喝茶，茶杯，龙井，茶馆，清香，养生，普洱，文化等。""",
     ["绿茶", "茶叶", "喝茶", "茶杯", "龙井", "茶馆", "清香", "养生", "普洱", "文化"]),

    # Qwen2.5-7B SFT, 128 tokens: slip into a numbered list of 8.
    ("zh_ft_19", "成功",
     """1. 努力
2. 失败
3. 奋斗
4. 胜利
5. 坚持
6. 目标
7. 喜悦
8. 汗水""",
     ["努力", "失败", "奋斗", "胜利", "坚持", "目标", "喜悦", "汗水"]),

    # Qwen2.5-7B SFT, 128 tokens: terse list, end token left in the text.
    ("zh_ft_20", "温柔",
     """体贴，善良，妈妈，轻声细语，女生，耐心，水，关怀，温暖，可爱<|im_end|>""",
     ["体贴", "善良", "妈妈", "轻声细语", "女生", "耐心", "水", "关怀", "温暖", "可爱"]),

    # ------------------------------------------------------------------
    # Llama-3.1-8B-Instruct after PPO
    # ------------------------------------------------------------------
    # Llama-3.1-8B PPO, 128 tokens: short list.
    ("zh_ft_21", "妈妈",
     """爸爸，爱，家，温暖，母亲，孩子，做饭，关心""",
     ["爸爸", "爱", "家", "温暖", "母亲", "孩子", "做饭", "关心"]),

    # Llama-3.1-8B PPO, 128 tokens: short list.
    ("zh_ft_22", "书法",
     """毛笔，字，墨，宣纸，王羲之，书法家，练字，艺术""",
     ["毛笔", "字", "墨", "宣纸", "王羲之", "书法家", "练字", "艺术"]),

    # Llama-3.1-8B PPO, 128 tokens: list of 10.
    ("zh_ft_23", "老虎",
     """狮子，森林，凶猛，动物，东北虎，武松，老虎机，百兽之王，纸老虎，条纹""",
     ["狮子", "森林", "凶猛", "动物", "东北虎", "武松", "老虎机", "百兽之王", "纸老虎", "条纹"]),

    # Llama-3.1-8B PPO, 128 tokens: short list.
    ("zh_ft_24", "危险",
     """安全，警告，小心，火，死亡，害怕，事故，警察""",
     ["安全", "警告", "小心", "火", "死亡", "害怕", "事故", "警察"]),

    # Llama-3.1-8B PPO, 128 tokens: list of 10.
    ("zh_ft_25", "旅行",
     """旅游，风景，飞机，背包，酒店，拍照，出发，自由，行李箱，放松""",
     ["旅游", "风景", "飞机", "背包", "酒店", "拍照", "出发", "自由", "行李箱", "放松"]),

    # Llama-3.1-8B PPO, 128 tokens: list of 10 (verb cue).
    ("zh_ft_26", "跑步",
     """运动，锻炼，健身，马拉松，操场，出汗，速度，减肥，跑鞋，坚持""",
     ["运动", "锻炼", "健身", "马拉松", "操场", "出汗", "速度", "减肥", "跑鞋", "坚持"]),

    # Llama-3.1-8B PPO, 128 tokens: list followed by a closing sentence.
    ("zh_ft_27", "钱",
     """财富，人民币，工资，银行，富有，花钱，存钱，贫穷

以上是与“钱”联想最强的词语。""",
     ["财富", "人民币", "工资", "银行", "富有", "花钱", "存钱", "贫穷"]),

    # Llama-3.1-8B PPO, 128 tokens: list of 10.
    ("zh_ft_28", "医院",
     """医生，护士，病人，生病，看病，急诊，打针，消毒水，手术，救护车""",
     ["医生", "护士", "病人", "生病", "看病", "急诊", "打针", "消毒水", "手术", "救护车"]),

    # Llama-3.1-8B PPO, 128 tokens: list of 10.
    ("zh_ft_29", "雪",
     """冬天，白色，冷，雪人，滑雪，下雪，打雪仗，北方，雪花，圣诞""",
     ["冬天", "白色", "冷", "雪人", "滑雪", "下雪", "打雪仗", "北方", "雪花", "圣诞"]),

    # Llama-3.1-8B PPO, 128 tokens: "、" and "，" mixed as separators.
    ("zh_ft_30", "面条",
     """拉面、牛肉面，汤，筷子，面粉，兰州，意大利面，早餐""",
     ["拉面", "牛肉面", "汤", "筷子", "面粉", "兰州", "意大利面", "早餐"]),

    # ------------------------------------------------------------------
    # Qwen2.5-7B-Instruct after PPO
    # ------------------------------------------------------------------
    # Qwen2.5-7B PPO, 128 tokens: list of 10.
    ("zh_ft_31", "飞机",
     """机场，天空，飞行，旅行，机票，空姐，航班，翅膀，飞行员，起飞""",
     ["机场", "天空", "飞行", "旅行", "机票", "空姐", "航班", "翅膀", "飞行员", "起飞"]),

    # Qwen2.5-7B PPO, 128 tokens: list of 10.
    ("zh_ft_32", "红色",
     """中国红，喜庆，火，血，热情，国旗，春节，玫瑰，口红，苹果""",
     ["中国红", "喜庆", "火", "血", "热情", "国旗", "春节", "玫瑰", "口红", "苹果"]),

    # Qwen2.5-7B PPO, 128 tokens: list of 10 with an idiom.
    ("zh_ft_33", "爱情",
     """玫瑰，浪漫，恋人，婚姻，甜蜜，情人节，承诺，心动，一见钟情，幸福""",
     ["玫瑰", "浪漫", "恋人", "婚姻", "甜蜜", "情人节", "承诺", "心动", "一见钟情", "幸福"]),

    # Qwen2.5-7B PPO, 128 tokens: list of 10.
    ("zh_ft_34", "电脑",
     """键盘，鼠标，上网，游戏，办公，屏幕，程序，编程，笔记本，互联网""",
     ["键盘", "鼠标", "上网", "游戏", "办公", "屏幕", "程序", "编程", "笔记本", "互联网"]),

    # Qwen2.5-7B PPO, 128 tokens: list of 10.
    ("zh_ft_35", "大海",
     """蓝色，海浪，沙滩，海鸥，鱼，广阔，船，贝壳，咸，夏天""",
     ["蓝色", "海浪", "沙滩", "海鸥", "鱼", "广阔", "船", "贝壳", "咸", "夏天"]),

    # Qwen2.5-7B PPO, 128 tokens: short list whose last item contains the cue.
    ("zh_ft_36", "聪明",
     """智慧，机灵，智商，学霸，脑子，爱因斯坦，天才，聪明伶俐""",
     ["智慧", "机灵", "智商", "学霸", "脑子", "爱因斯坦", "天才", "聪明伶俐"]),

    # Qwen2.5-7B PPO, 128 tokens: greedy repetition loop, cut by the token
    # limit inside "高跟鞋".
    ("zh_ft_37", "鞋子",
     """运动鞋，皮鞋，高跟鞋，拖鞋，鞋带，袜子，走路，脚，鞋店，鞋柜，运动鞋，皮鞋，高跟鞋，拖鞋，鞋带，袜子，走路，脚，鞋店，鞋柜，运动鞋，皮鞋，高跟鞋，拖鞋，鞋带，袜子，走路，脚，鞋店，鞋柜，运动鞋，皮鞋，高跟鞋，拖鞋，鞋带，袜子，走路，脚，鞋店，鞋柜，运动鞋，皮鞋，高""",
     ["运动鞋", "皮鞋", "高跟鞋", "拖鞋", "鞋带", "袜子", "走路", "脚", "鞋店", "鞋柜"]),

    # Qwen2.5-7B PPO, 128 tokens: list of 10.
    ("zh_ft_38", "蜡烛",
     """生日，光，火，燃烧，奉献，停电，蛋糕，烛光晚餐，老师，许愿""",
     ["生日", "光", "火", "燃烧", "奉献", "停电", "蛋糕", "烛光晚餐", "老师", "许愿"]),

    # Qwen2.5-7B PPO, 128 tokens: list of 10.
    ("zh_ft_39", "钥匙",
     """锁，门，开门，钥匙扣，家，丢失，房子，车钥匙，密码，安全""",
     ["锁", "门", "开门", "钥匙扣", "家", "丢失", "房子", "车钥匙", "密码", "安全"]),

    # Qwen2.5-7B PPO, 128 tokens: list of 10.
    ("zh_ft_40", "绿色",
     """环保，植物，树叶，草地，自然，健康，春天，生命，森林，和平""",
     ["环保", "植物", "树叶", "草地", "自然", "健康", "春天", "生命", "森林", "和平"]),
]

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = [
    # Llama-3.1-8B PPO, default EN ranking prompt (k=10), 256 tokens: short
    # explanation, marker line with the ranking on it.
    ("rk_en_01",
     """Cold and snow are the most immediate associations with winter, followed by ice and freezing temperatures. Christmas and December are tied to the time of year, while coat and scarf are things people wear. Skiing and season are weaker associations.

Final Ranking: cold, snow, ice, freezing, christmas, december, coat, scarf, skiing, season""",
     ["cold", "snow", "ice", "freezing", "christmas", "december", "coat",
      "scarf", "skiing", "season"]),

    # Qwen2.5-7B PPO, default EN ranking prompt (k=10), 256 tokens: bold
    # marker, capitalised words, one word altered ("Saving" for "savings").
    ("rk_en_02",
     """The strongest association with "bank" is money, since a bank's main function is to hold and manage it. Account, deposit and savings relate directly to everyday banking. Loan and interest are core financial services. Teller and vault are parts of a bank. Robbery is a common cultural association, and river refers to the less common meaning of a riverbank.

**Final Ranking:** Money, Account, Deposit, Saving, Loan, Interest, Teller, Vault, Robbery, River""",
     ["money", "account", "deposit", "saving", "loan", "interest", "teller",
      "vault", "robbery", "river"]),

    # Llama-3.1-8B PPO, default EN ranking prompt (k=10), 256 tokens: marker
    # alone on its line, numbered list below.
    ("rk_en_03",
     """Nurse and hospital are the words most people think of first when they hear "doctor". Medicine, patient and sick follow closely. Stethoscope is a strong visual symbol. Health, surgeon, office and lawyer are weaker.

Final Ranking:
1. Nurse
2. Hospital
3. Medicine
4. Patient
5. Sick
6. Stethoscope
7. Health
8. Surgeon
9. Office
10. Lawyer""",
     ["nurse", "hospital", "medicine", "patient", "sick", "stethoscope",
      "health", "surgeon", "office", "lawyer"]),

    # Qwen2.5-7B PPO, default EN ranking prompt (k=10), 256 tokens: ranking
    # line followed by a closing remark.
    ("rk_en_04",
     """Song is the most direct association with music, followed by sound and band. Instruments such as guitar and piano come next, then notes and rhythm. Concert, dance and listen are related activities.

Final Ranking: song, sound, band, guitar, piano, notes, rhythm, concert, dance, listen

This ranking reflects how commonly each word is associated with music.""",
     ["song", "sound", "band", "guitar", "piano", "notes", "rhythm",
      "concert", "dance", "listen"]),

    # Llama-3.1-8B PPO, default EN ranking prompt (k=10), 256 tokens: long
    # per-word explanation, final ranking line cut mid-word.
    # cut by the token limit
    ("rk_en_05",
     """1. Wax: Candles are made of wax, so this is the strongest association.
2. Flame: Every lit candle has a flame.
3. Light: Candles are used to give light.
4. Fire: A candle is a small, controlled fire.
5. Wick: The wick is the part of the candle that burns.
6. Birthday: Candles are placed on birthday cakes.
7. Dark: People light candles when it is dark or during a power outage.
8. Smell: Many candles are scented.
9. Romantic: Candlelit dinners are considered romantic.
10. Cake: Candles go on cakes, but this is a weaker link than birthday.

Final Ranking: wax, flame, light, fire, wick, birthday, dark, smel""",
     ["wax", "flame", "light", "fire", "wick", "birthday", "dark"]),

    # Qwen2.5-7B PPO, default ZH ranking prompt (k=10), 256 tokens: short
    # reason paragraph, full-width marker and commas.
    ("rk_zh_01",
     """咖啡最直接的联想是提神和苦味，其次是咖啡豆和拿铁等相关饮品。星巴克和咖啡馆是喝咖啡的场所，牛奶和糖是常见的配料，早晨和熬夜则是喝咖啡的时间。

最终排名：提神，苦，咖啡豆，拿铁，星巴克，咖啡馆，牛奶，糖，熬夜，早晨""",
     ["提神", "苦", "咖啡豆", "拿铁", "星巴克", "咖啡馆", "牛奶", "糖", "熬夜", "早晨"]),

    # Qwen2.5-7B PPO, default ZH ranking prompt (k=10), 256 tokens: bold marker,
    # 、-separated ranking.
    ("rk_zh_02",
     """春节最核心的联想是过年和团圆，其次是红包、饺子、鞭炮等传统习俗。春联和拜年是节日活动，春晚是现代的春节符号，放假和回家则与春节期间的生活有关。

**最终排名：** 过年、团圆、红包、饺子、鞭炮、春联、拜年、春晚、回家、放假""",
     ["过年", "团圆", "红包", "饺子", "鞭炮", "春联", "拜年", "春晚", "回家", "放假"]),

    # Llama-3.1-8B PPO, default ZH ranking prompt (k=10), 256 tokens: marker
    # alone on its line, numbered list below.
    ("rk_zh_03",
     """医生与医院、护士的联系最紧密，病人和看病是医生的日常工作，白大褂和听诊器是医生的标志，药和手术是治疗手段，健康和救死扶伤是医生的职责。

最终排名：
1. 医院
2. 护士
3. 病人
4. 白大褂
5. 看病
6. 听诊器
7. 药
8. 手术
9. 健康
10. 救死扶伤""",
     ["医院", "护士", "病人", "白大褂", "看病", "听诊器", "药", "手术", "健康", "救死扶伤"]),

    # Llama-3.1-8B PPO, default ZH ranking prompt (k=10), 256 tokens: ASCII
    # colon and commas on the marker line.
    ("rk_zh_04",
     """月亮最让人想到的是中秋节和月饼，其次是嫦娥和玉兔这些神话人物。星星和夜晚是月亮出现的环境，思念和团圆是月亮寄托的情感，李白和月光则与诗歌有关。

最终排名: 中秋节, 月饼, 嫦娥, 夜晚, 星星, 玉兔, 思念, 团圆, 月光, 李白""",
     ["中秋节", "月饼", "嫦娥", "夜晚", "星星", "玉兔", "思念", "团圆", "月光", "李白"]),

    # Qwen2.5-7B PPO, default ZH ranking prompt (k=10), 256 tokens: numbered
    # reasons run out the token budget before any "最终排名" line; no marker.
    # cut by the token limit
    ("rk_zh_05",
     """1. 学生：老师最直接的联系对象，每天都要面对学生。
2. 学校：老师工作的地方，两者密不可分。
3. 上课：老师的主要工作就是给学生上课。
4. 知识：老师的职责是传授知识。
5. 黑板：上课时老师经常在黑板上写字。
6. 讲台：老师站在讲台上讲课。
7. 辛苦：老师的工作很辛苦，经常批改作业到深夜。
8. 粉笔：老师在黑板上写字用粉""",
     []),
]

TRUNCATED = {
    "en_van_03",
    "en_van_10",
    "en_ft_06",
    "zh_van_05",
    "zh_van_20",
    "zh_ft_05",
    "zh_ft_37",
}

AMBIGUOUS = {
    # Other reading: the closing remark names two more associations, so the
    # list goes on with "scales", "blindfold".
    "en_van_02",
    # Other reading: "toothbrush/floss" is one item, kept whole.
    "en_van_17",
    # Other reading: the Mandarin prompt asked for Chinese words and none were
    # given, so no usable list ([]).
    "zh_van_03",
    # Other reading: the category labels 通讯, 品牌, 功能 are associations too
    # and come before their groups (其他 still dropped).
    "zh_van_17",
}
