"""Blind answer corpus 36 for the word-association answer parser.

Written blind on 2026-12-08 by a helper session: no parser, test, benchmark
or other repository file was read, no parser was run, and every text below
was invented for this file in the style the named models answer.

EMPHASIS (corpus 36): a representative sample, with real proportions, of
models developed in China answering at their default chat settings:
Qwen2.5-7B-Instruct and Qwen2.5-14B-Instruct, GLM-4-9B-chat, Yi-1.5-9B-Chat,
InternLM2.5-7B-chat, Baichuan2-13B-Chat, DeepSeek-V2.5 / DeepSeek-V3 chat and
MiniCPM.  Mostly the Mandarin association prompt (80 answers), the English
association prompt answered by the same models (40 answers), and 11 rankings
in both languages.  The texts show each model's usual habits: openings
(好的/当然/以下是…), list formatting (顿号, commas, numbered "1." or "1、",
bullets, bold), explanations and categories, mixed full-width and half-width
punctuation, closing sentences (希望…/如需…), occasional pinyin or English
glosses, four-character idioms and set phrases among the words, and English
answers with Chinese-influenced formatting.

PROMPTS the models answered (low/high usually 5 and 10, sometimes 10 and 20):
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
    的联想强度从强到弱排序。先简要说明理由，最后以“最终排名：”开头的一行列出
    全部{k}个词语，用逗号分隔。
Each text is only what the model wrote (its completion).

CONVENTIONS for expected_words (association lists):
  * what a careful human reader takes as the model's list for the asked cue:
    lowercased, stripped, in the order written, deduplicated keeping the
    first occurrence;
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
    be on the marker's line or as a list on the following lines); a mention
    of the marker not followed by a ranking does not count;
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

# ---------------------------------------------------------------------------
# English association prompt
# ---------------------------------------------------------------------------

EN_LISTS = [
    # Qwen2.5-7B-Instruct, default chat, 5-10: bare comma list, capitalised first word
    ("en_van_01", "apple",
     "Red, fruit, tree, pie, sweet, orange, healthy, crunchy, iPhone, Newton",
     ["red", "fruit", "tree", "pie", "sweet", "orange", "healthy", "crunchy",
      "iphone", "newton"]),

    # Qwen2.5-7B-Instruct, default chat, 5-10: "Sure!" opening, numbered list, closing wish
    ("en_van_02", "ocean",
     """Sure! Here are the words that come to mind when I read "ocean":

1. Waves
2. Blue
3. Sea
4. Beach
5. Water
6. Fish
7. Vast
8. Salt
9. Tide
10. Whale

I hope this helps!""",
     ["waves", "blue", "sea", "beach", "water", "fish", "vast", "salt", "tide",
      "whale"]),

    # Qwen2.5-7B-Instruct, default chat, 5-10: bold numbered items with dash glosses, last item bare
    ("en_van_03", "doctor",
     """1. **Hospital** - where doctors usually work
2. **Nurse** - works closely with doctors
3. **Medicine** - what doctors prescribe
4. **Stethoscope** - a doctor's iconic tool
5. **Patient** - the person being treated
6. **White coat** - the typical uniform
7. **Health**""",
     ["hospital", "nurse", "medicine", "stethoscope", "patient", "white coat",
      "health"]),

    # Qwen2.5-7B-Instruct, default chat, 5-10: lowercase comma list ending "and ..."
    ("en_van_04", "freedom",
     "liberty, independence, choice, rights, democracy, flag, bird, peace, justice, and equality",
     ["liberty", "independence", "choice", "rights", "democracy", "flag", "bird",
      "peace", "justice", "equality"]),

    # Qwen2.5-7B-Instruct, default chat, 10-20: long comma list with multi-word items
    ("en_van_05", "winter",
     "Snow, cold, Christmas, ice, scarf, hot chocolate, skiing, fireplace, December, frost, snowman, coat, holidays, blanket, gloves, freezing",
     ["snow", "cold", "christmas", "ice", "scarf", "hot chocolate", "skiing",
      "fireplace", "december", "frost", "snowman", "coat", "holidays",
      "blanket", "gloves", "freezing"]),

    # Qwen2.5-7B-Instruct, default chat, 5-10: comma list with final period
    ("en_van_06", "music",
     "Melody, rhythm, song, concert, guitar, piano, headphones, dance, lyrics, emotion.",
     ["melody", "rhythm", "song", "concert", "guitar", "piano", "headphones",
      "dance", "lyrics", "emotion"]),

    # Qwen2.5-7B-Instruct, default chat, 5-10: English words separated by full-width commas
    ("en_van_07", "dog",
     "Pet，loyal，bark，puppy，walk，bone，cat，friend，tail，leash",
     ["pet", "loyal", "bark", "puppy", "walk", "bone", "cat", "friend", "tail",
      "leash"]),

    # Qwen2.5-14B-Instruct, default chat, 5-10: one-line preamble then comma list
    ("en_van_08", "money",
     """Here are the words that come to mind when I read "money", ordered from most to least strongly associated:

Cash, bank, wealth, rich, dollar, coins, work, spend, savings, greed""",
     ["cash", "bank", "wealth", "rich", "dollar", "coins", "work", "spend",
      "savings", "greed"]),

    # Qwen2.5-14B-Instruct, default chat, 5-10: dash bullets, no preamble
    ("en_van_09", "school",
     """- Teacher
- Students
- Classroom
- Homework
- Books
- Learning
- Exams
- Desk
- Bus
- Friends""",
     ["teacher", "students", "classroom", "homework", "books", "learning",
      "exams", "desk", "bus", "friends"]),

    # Qwen2.5-14B-Instruct, default chat, 5-10: bare comma list
    ("en_van_10", "fire",
     "Flame, heat, smoke, burn, red, firefighter, danger, campfire, warmth, ash",
     ["flame", "heat", "smoke", "burn", "red", "firefighter", "danger",
      "campfire", "warmth", "ash"]),

    # Qwen2.5-14B-Instruct, default chat, 5-10: short list, then notes re-listing the words
    ("en_van_11", "coffee",
     """Caffeine, morning, cup, espresso, beans, Starbucks, energy, latte

Brief notes:
- Caffeine and energy: the main reason people drink coffee.
- Morning: coffee is a typical morning ritual.
- Cup, espresso, latte, beans: the drink itself and its forms.
- Starbucks: the best-known coffee chain.""",
     ["caffeine", "morning", "cup", "espresso", "beans", "starbucks", "energy",
      "latte"]),

    # Qwen2.5-14B-Instruct, default chat, 5-10: plain numbered list
    ("en_van_12", "dream",
     """1. Sleep
2. Night
3. Nightmare
4. Hope
5. Goal
6. Imagination
7. Bed
8. Wish
9. Future
10. Fantasy""",
     ["sleep", "night", "nightmare", "hope", "goal", "imagination", "bed",
      "wish", "future", "fantasy"]),

    # GLM-4-9B-chat, default chat, 5-10: numbered list with a proper name
    ("en_van_13", "bridge",
     """1. River
2. Cross
3. Connect
4. Golden Gate
5. Water
6. Road
7. Arch
8. Build""",
     ["river", "cross", "connect", "golden gate", "water", "road", "arch",
      "build"]),

    # GLM-4-9B-chat, default chat, 5-10: cue as a label before the list
    ("en_van_14", "run",
     "Run: jog, race, marathon, fast, exercise, shoes, track, sweat, escape, speed",
     ["jog", "race", "marathon", "fast", "exercise", "shoes", "track", "sweat",
      "escape", "speed"]),

    # GLM-4-9B-chat, default chat, 5-10: bare comma list
    ("en_van_15", "happy",
     "Smile, joy, laugh, sunshine, birthday, friends, fun, content, cheerful, love",
     ["smile", "joy", "laugh", "sunshine", "birthday", "friends", "fun",
      "content", "cheerful", "love"]),

    # GLM-4-9B-chat, default chat, 5-10: Chinese header with English gloss, numbered list
    ("en_van_16", "city",
     """城市 (City):
1. Buildings
2. Traffic
3. Lights
4. Crowds
5. Noise
6. Skyscrapers
7. Subway
8. Shopping""",
     ["buildings", "traffic", "lights", "crowds", "noise", "skyscrapers",
      "subway", "shopping"]),

    # GLM-4-9B-chat, default chat, 5-10: "Cue - list" label, capitalised items
    ("en_van_17", "mother",
     "Mother - Love, Care, Family, Home, Warmth, Mom, Child, Kindness, Cooking, Hug",
     ["love", "care", "family", "home", "warmth", "mom", "child", "kindness",
      "cooking", "hug"]),

    # Yi-1.5-9B-Chat, default chat, 5-10: verbose preamble, items with sentence glosses, closing remark
    ("en_van_18", "bread",
     """When I read the word "bread," the following words come to mind:

1. Butter - Bread and butter are a classic combination.
2. Toast - A common way to prepare bread.
3. Bakery - Where bread is made and sold.
4. Wheat - The main ingredient in most bread.
5. Sandwich - Bread is essential for making sandwiches.
6. Loaf - The shape in which bread is usually baked.
7. Yeast - Makes the bread rise.

These associations reflect both the ingredients and the everyday uses of bread.""",
     ["butter", "toast", "bakery", "wheat", "sandwich", "loaf", "yeast"]),

    # Yi-1.5-9B-Chat, default chat, 5-10: verbose bold list cut by the token limit mid-word
    ("en_van_19", "war",
     """When I read the word "war," several words immediately come to mind. Here they are, listed from the most strongly associated to the least:

1. **Conflict** - War is fundamentally a conflict between groups or nations.
2. **Death** - Wars inevitably lead to loss of life.
3. **Soldiers** - The people who fight in wars.
4. **Weapons** - Guns, bombs, and other tools of war.
5. **Peace** - Often thought of as the opposite of war.
6. **Destruction** - Cities, homes, and infrastructure are destroyed.
7. **History** - Many major historical events revolve around wars.
8. **Refug""",
     ["conflict", "death", "soldiers", "weapons", "peace", "destruction",
      "history"]),

    # Yi-1.5-9B-Chat, default chat, 5-10: "Sure," opening, bullets, closing sentence
    ("en_van_20", "light",
     """Sure, here are some words associated with "light":

- Sun
- Bright
- Lamp
- Day
- Shadow
- Candle
- Energy
- Hope

Light is often associated with clarity, warmth and hope.""",
     ["sun", "bright", "lamp", "day", "shadow", "candle", "energy", "hope"]),

    # Yi-1.5-9B-Chat, default chat, 5-10: "Certainly!" opening, numbered list, closing remark
    ("en_van_21", "computer",
     """Certainly! Here are the words I associate with "computer":

1. Keyboard
2. Internet
3. Screen
4. Mouse
5. Software
6. Laptop
7. Programming
8. Technology
9. Data
10. Work

These words relate to the hardware, software and uses of computers.""",
     ["keyboard", "internet", "screen", "mouse", "software", "laptop",
      "programming", "technology", "data", "work"]),

    # Yi-1.5-9B-Chat, default chat, 5-10: plain numbered list, no preamble
    ("en_van_22", "forest",
     """1. Trees
2. Green
3. Nature
4. Wildlife
5. Leaves
6. Hiking
7. Moss
8. Silence
9. Deer
10. Mushrooms""",
     ["trees", "green", "nature", "wildlife", "leaves", "hiking", "moss",
      "silence", "deer", "mushrooms"]),

    # InternLM2.5-7B-chat, default chat, 5-10: preamble, numbered list, note on the order
    ("en_van_23", "rain",
     """Here are some words associated with "rain":

1. Umbrella
2. Clouds
3. Wet
4. Storm
5. Puddle
6. Thunder
7. Drops
8. Gray
9. Rainbow
10. Cozy

These words are listed in order of association strength.""",
     ["umbrella", "clouds", "wet", "storm", "puddle", "thunder", "drops",
      "gray", "rainbow", "cozy"]),

    # InternLM2.5-7B-chat, default chat, 5-10: English words each with a Chinese gloss
    ("en_van_24", "king",
     "Queen (王后), crown (王冠), throne (王位), kingdom (王国), power (权力), castle (城堡), royal (皇室), prince (王子), ruler (统治者)",
     ["queen", "crown", "throne", "kingdom", "power", "castle", "royal",
      "prince", "ruler"]),

    # InternLM2.5-7B-chat, default chat, 5-10: English items numbered with Chinese "1、"
    ("en_van_25", "garden",
     """1、Flowers
2、Plants
3、Vegetables
4、Soil
5、Gardening
6、Bees
7、Roses
8、Green
9、Watering can
10、Fence""",
     ["flowers", "plants", "vegetables", "soil", "gardening", "bees", "roses",
      "green", "watering can", "fence"]),

    # InternLM2.5-7B-chat, default chat, 5-10: cue label with Chinese gloss, then comma list
    ("en_van_26", "river",
     "River (河流): water, flow, bank, bridge, fish, boat, stream, Yangtze River, current, delta",
     ["water", "flow", "bank", "bridge", "fish", "boat", "stream",
      "yangtze river", "current", "delta"]),

    # Baichuan2-13B-Chat, default chat, 5-10: bare comma list
    ("en_van_27", "book",
     "Reading, knowledge, library, author, pages, story, novel, learning, paper, bookshelf",
     ["reading", "knowledge", "library", "author", "pages", "story", "novel",
      "learning", "paper", "bookshelf"]),

    # Baichuan2-13B-Chat, default chat, 5-10: numbered items run together on one line
    ("en_van_28", "key",
     "1.Lock 2.Door 3.Open 4.Keychain 5.Car 6.Secret 7.Password 8.Answer",
     ["lock", "door", "open", "keychain", "car", "secret", "password",
      "answer"]),

    # Baichuan2-13B-Chat, default chat, 5-10: English prompt answered in Chinese with 顿号
    ("en_van_29", "silence",
     "安静、寂静、沉默、夜晚、图书馆、孤独、平静、冥想",
     ["安静", "寂静", "沉默", "夜晚", "图书馆", "孤独", "平静", "冥想"]),

    # Baichuan2-13B-Chat, default chat, 5-10: cue label, comma list, final period
    ("en_van_30", "travel",
     "Travel: journey, adventure, passport, luggage, airplane, vacation, hotel, explore, map, camera.",
     ["journey", "adventure", "passport", "luggage", "airplane", "vacation",
      "hotel", "explore", "map", "camera"]),

    # DeepSeek-V2.5 chat, default settings, 5-10: bold numbered titles, a quoted line
    ("en_van_31", "Shakespeare",
     """1. **Hamlet**
2. **Romeo and Juliet**
3. **Playwright**
4. **Sonnets**
5. **Globe Theatre**
6. **Stratford-upon-Avon**
7. **Elizabethan**
8. **Macbeth**
9. **Tragedy**
10. **"To be or not to be"**""",
     ["hamlet", "romeo and juliet", "playwright", "sonnets", "globe theatre",
      "stratford-upon-avon", "elizabethan", "macbeth", "tragedy",
      "to be or not to be"]),

    # DeepSeek-V2.5 chat, default settings, 5-10: comma list with apostrophe phrase
    ("en_van_32", "chocolate",
     "Sweet, cocoa, dessert, candy, brown, milk, dark chocolate, Valentine's Day, cake, indulgence",
     ["sweet", "cocoa", "dessert", "candy", "brown", "milk", "dark chocolate",
      "valentine's day", "cake", "indulgence"]),

    # DeepSeek-V2.5 chat, default settings, 5-10: preamble, comma list paragraph, closing note
    ("en_van_33", "storm",
     """Here are the words that come to mind when I read "storm":

Thunder, lightning, rain, wind, clouds, dark, hurricane, chaos, power outage, calm

These are listed from most to least strongly associated.""",
     ["thunder", "lightning", "rain", "wind", "clouds", "dark", "hurricane",
      "chaos", "power outage", "calm"]),

    # DeepSeek-V3 chat, default settings, 5-10: every item bold inside a comma list
    ("en_van_34", "teacher",
     "**Classroom**, **students**, **education**, **blackboard**, **lessons**, **homework**, **knowledge**, **school**, **mentor**, **patience**",
     ["classroom", "students", "education", "blackboard", "lessons",
      "homework", "knowledge", "school", "mentor", "patience"]),

    # DeepSeek-V3 chat, default settings, 5-10: bold numbered list, one item with a Chinese gloss, offer to continue
    ("en_van_35", "moon",
     """Here are the words that come to mind for **"moon"**, from strongest to weakest:

1. **Night**
2. **Stars**
3. **Full moon**
4. **Lunar**
5. **Tides**
6. **Apollo**
7. **Crescent**
8. **Werewolf**
9. **Mid-Autumn Festival** (中秋节)
10. **Space**

Let me know if you'd like more associations!""",
     ["night", "stars", "full moon", "lunar", "tides", "apollo", "crescent",
      "werewolf", "mid-autumn festival", "space"]),

    # DeepSeek-V3 chat, default settings, 5-10: emoji header with the cue, then comma list
    ("en_van_36", "justice",
     """⚖️ **Justice:**

Law, fairness, court, judge, equality, truth, rights, scales, punishment, freedom""",
     ["law", "fairness", "court", "judge", "equality", "truth", "rights",
      "scales", "punishment", "freedom"]),

    # DeepSeek-V3 chat, default settings, 5-10: bare comma list
    ("en_van_37", "sleep",
     "Bed, dream, night, pillow, rest, tired, blanket, nap, insomnia, relaxation",
     ["bed", "dream", "night", "pillow", "rest", "tired", "blanket", "nap",
      "insomnia", "relaxation"]),

    # MiniCPM-2B chat, default settings, 5-10: lowercase list starting with the cue itself
    ("en_van_38", "salt",
     "salt, pepper, sea, ocean, taste, cooking, food, salty, sodium, tears",
     ["salt", "pepper", "sea", "ocean", "taste", "cooking", "food", "salty",
      "sodium", "tears"]),

    # MiniCPM-2B chat, default settings, 5-10: runaway list with a repeat, cut by the token limit
    ("en_van_39", "gold",
     "Gold, money, wealth, jewelry, rich, yellow, shiny, treasure, coins, ring, necklace, medal, Olympics, king, crown, treasure, pirate, mine, miner, bank, bar, price, investment, luxury, value, precious, metal, ore, dig, California, rush, Gold Rush, nugget, sparkle, glitter, fortu",
     ["gold", "money", "wealth", "jewelry", "rich", "yellow", "shiny",
      "treasure", "coins", "ring", "necklace", "medal", "olympics", "king",
      "crown", "pirate", "mine", "miner", "bank", "bar", "price", "investment",
      "luxury", "value", "precious", "metal", "ore", "dig", "california",
      "rush", "gold rush", "nugget", "sparkle", "glitter"]),

    # MiniCPM-2B chat, default settings, 5-10: answers, then invents a new prompt for another cue and answers it
    ("en_van_40", "clock",
     """Time, hour, minute, tick-tock, alarm, wall, watch, hands, late, schedule

List the words that come to mind when you read the word "river". Give between 5 and 10 words, separated by commas, the most strongly associated first.

Water, flow, fish, bridge, boat""",
     ["time", "hour", "minute", "tick-tock", "alarm", "wall", "watch", "hands",
      "late", "schedule"]),
]

# ---------------------------------------------------------------------------
# Mandarin association prompt
# ---------------------------------------------------------------------------

ZH_LISTS = [
    # Qwen2.5-7B-Instruct, default chat, 5-10: bare list with full-width commas
    ("zh_van_01", "月亮",
     "月光，嫦娥，中秋节，思念，夜晚，星星，月饼，团圆，玉兔，潮汐",
     ["月光", "嫦娥", "中秋节", "思念", "夜晚", "星星", "月饼", "团圆", "玉兔",
      "潮汐"]),

    # Qwen2.5-7B-Instruct, default chat, 5-10: 好的 opening, numbered list, 希望 closing
    ("zh_van_02", "医生",
     """好的，以下是看到“医生”这个词时我会联想到的词语：

1. 医院
2. 白大褂
3. 护士
4. 听诊器
5. 病人
6. 治疗
7. 处方
8. 救死扶伤

希望这些联想对你有帮助！""",
     ["医院", "白大褂", "护士", "听诊器", "病人", "治疗", "处方", "救死扶伤"]),

    # Qwen2.5-7B-Instruct, default chat, 5-10: 当然可以 opening, bold items with dash explanations, summary
    ("zh_van_03", "春节",
     """当然可以！看到“春节”这个词，我会联想到以下词语：

1. **团圆** - 春节是家人团聚的时刻。
2. **红包** - 长辈给晚辈发压岁钱。
3. **饺子** - 北方过年必吃的食物。
4. **鞭炮** - 驱赶年兽的传统习俗。
5. **春联** - 贴在门上的红色对联。
6. **年夜饭** - 除夕夜全家一起吃的大餐。
7. **春晚** - 每年除夕的电视节目。

这些词语都和春节的传统习俗和节日氛围密切相关。""",
     ["团圆", "红包", "饺子", "鞭炮", "春联", "年夜饭", "春晚"]),

    # Qwen2.5-7B-Instruct, default chat, 5-10: bare list with 顿号
    ("zh_van_04", "大海",
     "蓝色、海浪、沙滩、海鸥、辽阔、贝壳、航行、鱼、咸味、日出",
     ["蓝色", "海浪", "沙滩", "海鸥", "辽阔", "贝壳", "航行", "鱼", "咸味",
      "日出"]),

    # Qwen2.5-7B-Instruct, default chat, 10-20: long comma list
    ("zh_van_05", "咖啡",
     "提神，咖啡豆，拿铁，星巴克，苦涩，早晨，咖啡因，卡布奇诺，熬夜，咖啡馆，香气，牛奶，方糖，办公室，手冲，意大利",
     ["提神", "咖啡豆", "拿铁", "星巴克", "苦涩", "早晨", "咖啡因", "卡布奇诺",
      "熬夜", "咖啡馆", "香气", "牛奶", "方糖", "办公室", "手冲", "意大利"]),

    # Qwen2.5-7B-Instruct, default chat, 5-10: one-word 好的 line, then 顿号 list with an idiom
    ("zh_van_06", "自由",
     """好的。

飞翔、天空、小鸟、独立、选择、无拘无束、权利、解放、平等、和平""",
     ["飞翔", "天空", "小鸟", "独立", "选择", "无拘无束", "权利", "解放", "平等",
      "和平"]),

    # Qwen2.5-7B-Instruct, default chat, 5-10: 顿号 list closed by 等。
    ("zh_van_07", "猫",
     "猫咪、喵喵叫、老鼠、鱼、毛茸茸、宠物、慵懒、猫粮、爪子、逗猫棒等。",
     ["猫咪", "喵喵叫", "老鼠", "鱼", "毛茸茸", "宠物", "慵懒", "猫粮", "爪子",
      "逗猫棒"]),

    # Qwen2.5-7B-Instruct, default chat, 5-10: numbered with Chinese "1、"
    ("zh_van_08", "书",
     """1、阅读
2、知识
3、图书馆
4、作者
5、书架
6、纸张
7、书香
8、学习""",
     ["阅读", "知识", "图书馆", "作者", "书架", "纸张", "书香", "学习"]),

    # Qwen2.5-7B-Instruct, default chat, 5-10: header line, dash bullets, 如需 closing
    ("zh_van_09", "手机",
     """手机相关的联想词语：

- 通讯
- 智能
- 屏幕
- 微信
- 充电
- 苹果
- 拍照
- 低头族
- 5G
- 短视频

如需更多联想词，请随时告诉我。""",
     ["通讯", "智能", "屏幕", "微信", "充电", "苹果", "拍照", "低头族", "5g",
      "短视频"]),

    # Qwen2.5-7B-Instruct, default chat, 5-10: comma list ending with 。
    ("zh_van_10", "火",
     "火焰，温暖，燃烧，危险，光明，消防员，篝火，炽热，火灾，红色。",
     ["火焰", "温暖", "燃烧", "危险", "光明", "消防员", "篝火", "炽热", "火灾",
      "红色"]),

    # Qwen2.5-7B-Instruct, default chat, 5-10: 顿号 list whose last two items are joined by 和
    ("zh_van_11", "家",
     "温暖、父母、港湾、团聚、亲情、晚饭、安全感、归属、房子和思念",
     ["温暖", "父母", "港湾", "团聚", "亲情", "晚饭", "安全感", "归属", "房子",
      "思念"]),

    # Qwen2.5-7B-Instruct, default chat, 5-10: comma list, first two items with bracketed notes
    ("zh_van_12", "秋天",
     "落叶（树叶变黄飘落），丰收（农作物成熟），凉爽，枫叶，桂花，中秋，大雁南飞，秋高气爽，萧瑟，思乡",
     ["落叶", "丰收", "凉爽", "枫叶", "桂花", "中秋", "大雁南飞", "秋高气爽",
      "萧瑟", "思乡"]),

    # Qwen2.5-7B-Instruct, default chat, 5-10: 以下是 preamble, numbered list ending with a set phrase
    ("zh_van_13", "老师",
     """以下是与“老师”相关的联想词语，按联想强度排序：

1. 学生
2. 讲台
3. 粉笔
4. 黑板
5. 教师节
6. 园丁
7. 辛勤
8. 蜡烛
9. 作业
10. 传道授业解惑""",
     ["学生", "讲台", "粉笔", "黑板", "教师节", "园丁", "辛勤", "蜡烛", "作业",
      "传道授业解惑"]),

    # Qwen2.5-7B-Instruct, default chat, 5-10: Chinese words with half-width commas
    ("zh_van_14", "钱",
     "财富, 工作, 银行, 消费, 存款, 金钱, 人民币, 工资, 投资, 欲望",
     ["财富", "工作", "银行", "消费", "存款", "金钱", "人民币", "工资", "投资",
      "欲望"]),

    # Qwen2.5-14B-Instruct, default chat, 5-10: preamble, 顿号 list paragraph, order note
    ("zh_van_15", "爱情",
     """看到“爱情”这个词，我会联想到：

浪漫、甜蜜、玫瑰、承诺、心动、陪伴、婚姻、思念、相守、牵手

这些词语按联想强度从强到弱排列。""",
     ["浪漫", "甜蜜", "玫瑰", "承诺", "心动", "陪伴", "婚姻", "思念", "相守",
      "牵手"]),

    # Qwen2.5-14B-Instruct, default chat, 5-10: plain numbered list with an idiom
    ("zh_van_16", "战争",
     """1. 和平
2. 硝烟
3. 士兵
4. 死亡
5. 武器
6. 难民
7. 残酷
8. 胜利
9. 历史
10. 家破人亡""",
     ["和平", "硝烟", "士兵", "死亡", "武器", "难民", "残酷", "胜利", "历史",
      "家破人亡"]),

    # Qwen2.5-14B-Instruct, default chat, 5-10: 好的 preamble with bracketed note, comma list, offer to expand
    ("zh_van_17", "茶",
     """好的，以下是我看到“茶”时联想到的词语（按联想强度从强到弱）：

茶叶，绿茶，茶杯，龙井，清香，茶道，普洱，品茶，茶馆，悠闲

如果你需要我对其中某个词展开说明，也可以告诉我。""",
     ["茶叶", "绿茶", "茶杯", "龙井", "清香", "茶道", "普洱", "品茶", "茶馆",
      "悠闲"]),

    # Qwen2.5-14B-Instruct, default chat, 5-10: bold header naming the cue, numbered list with a set phrase
    ("zh_van_18", "长城",
     """**“长城”的联想词语：**

1. 中国
2. 八达岭
3. 秦始皇
4. 烽火台
5. 雄伟
6. 不到长城非好汉
7. 孟姜女
8. 古代建筑""",
     ["中国", "八达岭", "秦始皇", "烽火台", "雄伟", "不到长城非好汉", "孟姜女",
      "古代建筑"]),

    # Qwen2.5-14B-Instruct, default chat, 5-10: bare 顿号 list with an idiom
    ("zh_van_19", "熊猫",
     "国宝、竹子、黑白、四川、可爱、憨态可掬、动物园、成都、保护动物、圆滚滚",
     ["国宝", "竹子", "黑白", "四川", "可爱", "憨态可掬", "动物园", "成都",
      "保护动物", "圆滚滚"]),

    # Qwen2.5-14B-Instruct, default chat, 5-10: cue as a label line, dash bullets
    ("zh_van_20", "飞机",
     """飞机：
- 机场
- 旅行
- 天空
- 飞行员
- 机票
- 空姐
- 起飞
- 云层
- 航班
- 出差""",
     ["机场", "旅行", "天空", "飞行员", "机票", "空姐", "起飞", "云层", "航班",
      "出差"]),

    # Qwen2.5-14B-Instruct, default chat, 10-20: numbered items run together on one line
    ("zh_van_21", "医院",
     "1.医生 2.护士 3.病床 4.消毒水 5.挂号 6.排队 7.手术 8.急诊 9.病人 10.打针 11.药 12.白色 13.救护车 14.住院 15.探病",
     ["医生", "护士", "病床", "消毒水", "挂号", "排队", "手术", "急诊", "病人",
      "打针", "药", "白色", "救护车", "住院", "探病"]),

    # Qwen2.5-14B-Instruct, default chat, 5-10: bare comma list
    ("zh_van_22", "冬天",
     "雪花，寒冷，围巾，火锅，圣诞节，暖气，羽绒服，冰，春节，热水袋",
     ["雪花", "寒冷", "围巾", "火锅", "圣诞节", "暖气", "羽绒服", "冰", "春节",
      "热水袋"]),

    # Qwen2.5-14B-Instruct, default chat, 5-10: 顿号 list with one slash item mixing English and Chinese
    ("zh_van_23", "苹果",
     "水果、红色、甜、健康、iPhone/苹果手机、牛顿、果园、脆、维生素、平安夜",
     ["水果", "红色", "甜", "健康", "iphone", "苹果手机", "牛顿", "果园", "脆",
      "维生素", "平安夜"]),

    # Qwen2.5-14B-Instruct, default chat, 5-10: short list, then a 简要说明 section re-listing the words
    ("zh_van_24", "音乐",
     """旋律、节奏、耳机、歌手、演唱会、钢琴、放松、情感

简要说明：
- 旋律、节奏：音乐最基本的构成要素。
- 耳机：日常听音乐最常用的工具。
- 歌手、演唱会：与音乐表演相关。
- 钢琴：最常见的乐器之一。
- 放松、情感：音乐带给人的感受。""",
     ["旋律", "节奏", "耳机", "歌手", "演唱会", "钢琴", "放松", "情感"]),

    # GLM-4-9B-chat, default chat, 5-10: plain numbered list with four-character phrases
    ("zh_van_25", "城市",
     """1. 高楼大厦
2. 交通拥堵
3. 繁华
4. 霓虹灯
5. 地铁
6. 人群
7. 快节奏
8. 商场
9. 夜生活
10. 污染""",
     ["高楼大厦", "交通拥堵", "繁华", "霓虹灯", "地铁", "人群", "快节奏", "商场",
      "夜生活", "污染"]),

    # GLM-4-9B-chat, default chat, 5-10: bare 顿号 list
    ("zh_van_26", "梦想",
     "梦想、追求、希望、未来、努力、坚持、目标、奋斗、理想、远方",
     ["梦想", "追求", "希望", "未来", "努力", "坚持", "目标", "奋斗", "理想",
      "远方"]),

    # GLM-4-9B-chat, default chat, 5-10: cue as a label with full-width colon
    ("zh_van_27", "考试",
     "考试：紧张、复习、试卷、分数、高考、作弊、监考老师、熬夜、及格、成绩单",
     ["紧张", "复习", "试卷", "分数", "高考", "作弊", "监考老师", "熬夜", "及格",
      "成绩单"]),

    # GLM-4-9B-chat, default chat, 5-10: bold numbered items with colon explanations
    ("zh_van_28", "跑步",
     """1. **健康**：跑步是一种有益健康的运动。
2. **马拉松**：长距离跑步比赛。
3. **汗水**：跑步时大量出汗。
4. **跑鞋**：跑步必备装备。
5. **坚持**：跑步需要毅力。
6. **减肥**：很多人通过跑步减肥。
7. **操场**：常见的跑步场所。""",
     ["健康", "马拉松", "汗水", "跑鞋", "坚持", "减肥", "操场"]),

    # GLM-4-9B-chat, default chat, 5-10: 顿号 list that starts with the cue itself
    ("zh_van_29", "快乐",
     "快乐、幸福、笑容、开心、阳光、朋友、喜悦、愉快、欢笑、满足",
     ["快乐", "幸福", "笑容", "开心", "阳光", "朋友", "喜悦", "愉快", "欢笑",
      "满足"]),

    # GLM-4-9B-chat, default chat, 5-10: words named inside a prose sentence, then a remark
    ("zh_van_30", "孤独",
     "看到“孤独”这个词，我会联想到寂寞、夜晚、一个人、沉默、思念、空虚、月光、远方。孤独是一种内心的感受，常常在夜深人静时出现。",
     ["寂寞", "夜晚", "一个人", "沉默", "思念", "空虚", "月光", "远方"]),

    # GLM-4-9B-chat, default chat, 5-10: bold cue title line, numbered list
    ("zh_van_31", "饺子",
     """**饺子**

1. 春节
2. 包饺子
3. 饺子馅
4. 团圆
5. 北方
6. 醋
7. 年夜饭
8. 韭菜猪肉
9. 擀面杖
10. 家的味道""",
     ["春节", "包饺子", "饺子馅", "团圆", "北方", "醋", "年夜饭", "韭菜猪肉",
      "擀面杖", "家的味道"]),

    # GLM-4-9B-chat, default chat, 5-10: 顿号 list with a line of poetry among the words
    ("zh_van_32", "黄河",
     "母亲河、黄土高原、壶口瀑布、中华文明、泥沙、黄河之水天上来、奔腾、治理、九曲十八弯、船夫",
     ["母亲河", "黄土高原", "壶口瀑布", "中华文明", "泥沙", "黄河之水天上来",
      "奔腾", "治理", "九曲十八弯", "船夫"]),

    # GLM-4-9B-chat, default chat, 5-10: cue label line, numbered with "1、"
    ("zh_van_33", "电脑",
     """电脑：
1、键盘
2、鼠标
3、屏幕
4、互联网
5、办公
6、游戏
7、程序员
8、主机""",
     ["键盘", "鼠标", "屏幕", "互联网", "办公", "游戏", "程序员", "主机"]),

    # GLM-4-9B-chat, default chat, 5-10: separators alternate between ， and 、
    ("zh_van_34", "森林",
     "树木，绿色、氧气，动物、小鸟，蘑菇、探险，宁静、砍伐，童话",
     ["树木", "绿色", "氧气", "动物", "小鸟", "蘑菇", "探险", "宁静", "砍伐",
      "童话"]),

    # GLM-4-9B-chat, default chat, 5-10: numbered items on one line, one item with Latin letters
    ("zh_van_35", "银行",
     "1.存钱 2.取款 3.利息 4.贷款 5.柜台 6.ATM机 7.信用卡 8.理财 9.排队 10.保安",
     ["存钱", "取款", "利息", "贷款", "柜台", "atm机", "信用卡", "理财", "排队",
      "保安"]),

    # Yi-1.5-9B-Chat, default chat, 5-10: verbose preamble, dash explanations, closing paragraph
    ("zh_van_36", "朋友",
     """当我看到“朋友”这个词时，我会联想到以下这些词语：

1. 友谊 - 朋友之间最核心的情感纽带。
2. 信任 - 真正的朋友彼此信任。
3. 陪伴 - 朋友会在身边陪伴你度过各种时光。
4. 分享 - 和朋友分享快乐与烦恼。
5. 支持 - 在困难的时候互相支持。
6. 童年 - 许多友谊始于童年。
7. 欢笑 - 和朋友在一起总是充满欢笑。

这些词语反映了朋友在我们生活中的重要性。友谊是人生中宝贵的财富。""",
     ["友谊", "信任", "陪伴", "分享", "支持", "童年", "欢笑"]),

    # Yi-1.5-9B-Chat, default chat, 5-10: long bold explanations, cut by the token limit inside the next item
    ("zh_van_37", "眼泪",
     """看到“眼泪”这个词，我首先会联想到以下词语，按照联想强度从强到弱排列：

1. **悲伤**：眼泪最常见的原因是悲伤，当人们失去重要的东西或者经历痛苦时，往往会流泪。
2. **哭泣**：眼泪与哭泣是密不可分的。
3. **感动**：有时候眼泪并不是因为难过，而是因为被某件事深深打动。
4. **离别**：分别的时刻常常伴随着泪水。
5. **喜极而泣**：极度的喜悦也会让人流下眼泪。
6. **委屈**：受到不公平对待时的情绪宣泄。
7. **失""",
     ["悲伤", "哭泣", "感动", "离别", "喜极而泣", "委屈"]),

    # Yi-1.5-9B-Chat, default chat, 5-10: numbered Chinese words each with an English gloss, closing sentence
    ("zh_van_38", "太阳",
     """看到“太阳”这个词，我会联想到：

1. 光明 (light)
2. 温暖 (warmth)
3. 夏天 (summer)
4. 能量 (energy)
5. 日出 (sunrise)
6. 向日葵 (sunflower)
7. 生命 (life)
8. 希望 (hope)

太阳是地球上生命的源泉，象征着光明和希望。""",
     ["光明", "温暖", "夏天", "能量", "日出", "向日葵", "生命", "希望"]),

    # Yi-1.5-9B-Chat, default chat, 5-10: 当然 preamble, dash bullets incl. a number, closing sentence
    ("zh_van_39", "警察",
     """当然，以下是我对“警察”这个词的联想：

- 警车
- 制服
- 安全
- 法律
- 抓小偷
- 110
- 正义
- 警徽
- 巡逻

警察是维护社会秩序和保护人民安全的重要力量。""",
     ["警车", "制服", "安全", "法律", "抓小偷", "110", "正义", "警徽", "巡逻"]),

    # Yi-1.5-9B-Chat, default chat, 5-10: bold category labels each followed by 顿号 words
    ("zh_van_40", "北京",
     """看到“北京”，我会想到：

**地标**：天安门、故宫、长城
**美食**：烤鸭、炸酱面
**其他**：首都、胡同、雾霾、奥运会

希望这些联想能满足你的需求！""",
     ["天安门", "故宫", "长城", "烤鸭", "炸酱面", "首都", "胡同", "雾霾", "奥运会"]),

    # Yi-1.5-9B-Chat, default chat, 5-10: comma list with a proverb, then a remark quoting two items
    ("zh_van_41", "时间",
     """时间，光阴，流逝，钟表，岁月，珍惜，一寸光阴一寸金，过去，未来，永恒。

这些词语都与“时间”这个概念紧密相关，其中“光阴”和“流逝”是最直接的联想。""",
     ["时间", "光阴", "流逝", "钟表", "岁月", "珍惜", "一寸光阴一寸金", "过去",
      "未来", "永恒"]),

    # Yi-1.5-9B-Chat, default chat, 5-10: numbered words each followed by pinyin in brackets
    ("zh_van_42", "雪",
     """以下是看到“雪”时联想到的词语：

1. 雪花 (xuě huā)
2. 冬天 (dōng tiān)
3. 寒冷 (hán lěng)
4. 雪人 (xuě rén)
5. 白色 (bái sè)
6. 滑雪 (huá xuě)
7. 打雪仗 (dǎ xuě zhàng)
8. 圣诞节 (shèng dàn jié)
9. 纯洁 (chún jié)
10. 北方 (běi fāng)""",
     ["雪花", "冬天", "寒冷", "雪人", "白色", "滑雪", "打雪仗", "圣诞节", "纯洁",
      "北方"]),

    # Yi-1.5-9B-Chat, default chat, 5-10: 顿号 list, then a 解释 section re-listing some words, ending ……
    ("zh_van_43", "花",
     """花朵、春天、美丽、芬芳、玫瑰、蜜蜂、花园、绽放、凋谢、爱情

解释：
花朵——这是最直接的联想。
春天——百花盛开的季节。
美丽——花常被用来形容美好的事物。
芬芳——花的香味。
玫瑰——最常见的代表性花卉。
……""",
     ["花朵", "春天", "美丽", "芬芳", "玫瑰", "蜜蜂", "花园", "绽放", "凋谢",
      "爱情"]),

    # Yi-1.5-9B-Chat, default chat, 5-10: colon explanations; text stops inside the last item's explanation (item complete)
    ("zh_van_44", "狗",
     """当我读到“狗”这个词时，脑海中浮现的词语有：

1. 忠诚：狗被认为是人类最忠实的朋友。
2. 宠物：很多家庭都养狗作为宠物。
3. 汪汪：狗的叫声。
4. 骨头：狗最喜欢的东西之一。
5. 散步：每天遛狗是养狗人的日常。
6. 尾巴：狗开心时会摇尾巴。
7. 看家：狗可以守护家庭安全。
8. 导盲犬：经过训练帮助盲人的狗。
9. 哈士奇：一种很受欢迎的犬种，性格活泼，被网友称为“二哈”，经常""",
     ["忠诚", "宠物", "汪汪", "骨头", "散步", "尾巴", "看家", "导盲犬", "哈士奇"]),

    # InternLM2.5-7B-chat, default chat, 5-10: preamble, numbered list, summary sentence
    ("zh_van_45", "面包",
     """当看到“面包”这个词时，我会联想到以下词语：

1. 早餐
2. 面粉
3. 烤箱
4. 黄油
5. 牛奶
6. 面包店
7. 吐司
8. 香味

这些词语与面包的制作、食用场景以及感官体验密切相关。""",
     ["早餐", "面粉", "烤箱", "黄油", "牛奶", "面包店", "吐司", "香味"]),

    # InternLM2.5-7B-chat, default chat, 5-10: 顿号 list starting with the cue itself
    ("zh_van_46", "火车",
     "火车、铁轨、车站、旅行、绿皮车、高铁、春运、车票、汽笛、远方",
     ["火车", "铁轨", "车站", "旅行", "绿皮车", "高铁", "春运", "车票", "汽笛",
      "远方"]),

    # InternLM2.5-7B-chat, default chat, 5-10: numbered list with single characters and a quotation
    ("zh_van_47", "孔子",
     """1. 儒家
2. 论语
3. 仁
4. 礼
5. 教育家
6. 孔庙
7. 曲阜
8. 弟子三千
9. 学而时习之
10. 万世师表""",
     ["儒家", "论语", "仁", "礼", "教育家", "孔庙", "曲阜", "弟子三千",
      "学而时习之", "万世师表"]),

    # InternLM2.5-7B-chat, default chat, 5-10: preamble, numbered list with poem titles/lines, order note
    ("zh_van_48", "李白",
     """以下是与“李白”相关的联想词语：

1. 诗仙
2. 唐朝
3. 酒
4. 月亮
5. 静夜思
6. 浪漫主义
7. 杜甫
8. 床前明月光
9. 豪放
10. 蜀道难

以上词语按照联想强度由强到弱排列。""",
     ["诗仙", "唐朝", "酒", "月亮", "静夜思", "浪漫主义", "杜甫", "床前明月光",
      "豪放", "蜀道难"]),

    # InternLM2.5-7B-chat, default chat, 5-10: cue label with colon, 顿号 list
    ("zh_van_49", "月饼",
     "月饼：中秋节、团圆、五仁、豆沙、蛋黄、礼盒、赏月、嫦娥、家人、甜",
     ["中秋节", "团圆", "五仁", "豆沙", "蛋黄", "礼盒", "赏月", "嫦娥", "家人",
      "甜"]),

    # InternLM2.5-7B-chat, default chat, 10-20: comma list starting with the cue itself
    ("zh_van_50", "熬夜",
     "熬夜，黑眼圈，咖啡，加班，手机，失眠，疲惫，通宵，伤身体，追剧，赶作业，凌晨",
     ["熬夜", "黑眼圈", "咖啡", "加班", "手机", "失眠", "疲惫", "通宵", "伤身体",
      "追剧", "赶作业", "凌晨"]),

    # InternLM2.5-7B-chat, default chat, 5-10: header with English gloss, numbered words with English glosses
    ("zh_van_51", "奋斗",
     """奋斗 (struggle) 的联想词：

1. 努力 (effort)
2. 拼搏 (strive)
3. 汗水 (sweat)
4. 青春 (youth)
5. 梦想 (dream)
6. 坚持 (persistence)
7. 成功 (success)
8. 艰辛 (hardship)""",
     ["努力", "拼搏", "汗水", "青春", "梦想", "坚持", "成功", "艰辛"]),

    # InternLM2.5-7B-chat, default chat, 5-10: bare 顿号 list
    ("zh_van_52", "美丽",
     "美丽、漂亮、花朵、风景、女孩、优雅、阳光、彩虹、笑容、心灵美",
     ["美丽", "漂亮", "花朵", "风景", "女孩", "优雅", "阳光", "彩虹", "笑容",
      "心灵美"]),

    # InternLM2.5-7B-chat, default chat, 5-10: 好的 line, comma list on the next line
    ("zh_van_53", "安静",
     """好的，以下是联想词语：
图书馆，夜晚，宁静，沉默，湖面，深夜，独处，冥想，雪夜，耳语""",
     ["图书馆", "夜晚", "宁静", "沉默", "湖面", "深夜", "独处", "冥想", "雪夜",
      "耳语"]),

    # Baichuan2-13B-Chat, default chat, 5-10: bare 顿号 list (verb cue)
    ("zh_van_54", "吃",
     "吃饭、美食、饥饿、餐厅、筷子、吃货、味道、火锅、零食、减肥",
     ["吃饭", "美食", "饥饿", "餐厅", "筷子", "吃货", "味道", "火锅", "零食",
      "减肥"]),

    # Baichuan2-13B-Chat, default chat, 5-10: bare comma list (verb cue)
    ("zh_van_55", "写",
     "写字，作业，钢笔，写作，日记，书法，文章，作家，信，毛笔",
     ["写字", "作业", "钢笔", "写作", "日记", "书法", "文章", "作家", "信", "毛笔"]),

    # Baichuan2-13B-Chat, default chat, 5-10: numbered items run together on one line
    ("zh_van_56", "跳舞",
     "1.音乐 2.舞蹈 3.舞蹈演员 4.芭蕾 5.广场舞 6.节奏 7.舞台 8.舞鞋",
     ["音乐", "舞蹈", "舞蹈演员", "芭蕾", "广场舞", "节奏", "舞台", "舞鞋"]),

    # Baichuan2-13B-Chat, default chat, 5-10: cue label, 顿号 list ending with 。
    ("zh_van_57", "红包",
     "红包：春节、压岁钱、微信、抢红包、过年、长辈、祝福、喜庆、结婚、发财。",
     ["春节", "压岁钱", "微信", "抢红包", "过年", "长辈", "祝福", "喜庆", "结婚",
      "发财"]),

    # Baichuan2-13B-Chat, default chat, 5-10: one prose sentence introducing the list
    ("zh_van_58", "故乡",
     "故乡是一个充满情感的词语，它让我联想到：思念、乡愁、老家、童年、父母、炊烟、小河、家乡菜、月亮、回不去的地方。",
     ["思念", "乡愁", "老家", "童年", "父母", "炊烟", "小河", "家乡菜", "月亮",
      "回不去的地方"]),

    # Baichuan2-13B-Chat, default chat, 5-10: 顿号 list with a number and internet slang
    ("zh_van_59", "加班",
     "加班、熬夜、疲惫、老板、工资、996、外卖、打工人、咖啡、压力",
     ["加班", "熬夜", "疲惫", "老板", "工资", "996", "外卖", "打工人", "咖啡",
      "压力"]),

    # Baichuan2-13B-Chat, default chat, 5-10: cue followed by a double dash as label
    ("zh_van_60", "高考",
     "高考 —— 考试、紧张、分数、大学、志愿、复习、六月、状元、改变命运、青春",
     ["考试", "紧张", "分数", "大学", "志愿", "复习", "六月", "状元", "改变命运",
      "青春"]),

    # Baichuan2-13B-Chat, default chat, 5-10: 顿号 list closed by 等等
    ("zh_van_61", "龙",
     "中国、龙的传人、图腾、神话、皇帝、龙舟、舞龙、力量、吉祥等等",
     ["中国", "龙的传人", "图腾", "神话", "皇帝", "龙舟", "舞龙", "力量", "吉祥"]),

    # Baichuan2-13B-Chat, default chat, 5-10: numbered items with spaces on one line
    ("zh_van_62", "绿色",
     "1. 自然 2. 环保 3. 树木 4. 春天 5. 草地 6. 生命 7. 健康 8. 和平 9. 希望 10. 清新",
     ["自然", "环保", "树木", "春天", "草地", "生命", "健康", "和平", "希望", "清新"]),

    # DeepSeek-V2.5 chat, default settings, 5-10: preamble, bold numbered list, order note
    ("zh_van_63", "冰",
     """看到“冰”这个词时，我会联想到以下词语：

1. **寒冷**
2. **冬天**
3. **冰块**
4. **融化**
5. **透明**
6. **冰川**
7. **滑冰**
8. **冰淇淋**
9. **北极**
10. **冰冷**

这些词语按联想强度从强到弱排列。""",
     ["寒冷", "冬天", "冰块", "融化", "透明", "冰川", "滑冰", "冰淇淋", "北极",
      "冰冷"]),

    # DeepSeek-V2.5 chat, default settings, 5-10: bare 顿号 list
    ("zh_van_64", "夏天",
     "炎热、西瓜、空调、暑假、冰淇淋、蝉鸣、游泳、防晒、雷阵雨、冰镇汽水",
     ["炎热", "西瓜", "空调", "暑假", "冰淇淋", "蝉鸣", "游泳", "防晒", "雷阵雨",
      "冰镇汽水"]),

    # DeepSeek-V2.5 chat, default settings, 5-10: bold numbered items, some with bracketed notes, 希望 closing
    ("zh_van_65", "鱼",
     """以下是看到“鱼”时可能联想到的词语，按联想强度排列：

1. **水**（鱼生活的环境）
2. **游泳**
3. **鱼刺**
4. **钓鱼**
5. **年年有余**（谐音吉祥语）
6. **海洋**
7. **鱼缸**
8. **鳞片**
9. **鲜美**

希望这些联想对你有帮助！""",
     ["水", "游泳", "鱼刺", "钓鱼", "年年有余", "海洋", "鱼缸", "鳞片", "鲜美"]),

    # DeepSeek-V2.5 chat, default settings, 5-10: comma list ending with a line of poetry
    ("zh_van_66", "山",
     "高山，登山，山峰，风景，云雾，泰山，攀登，山路，绿树，一览众山小",
     ["高山", "登山", "山峰", "风景", "云雾", "泰山", "攀登", "山路", "绿树",
      "一览众山小"]),

    # DeepSeek-V2.5 chat, default settings, 10-20: plain numbered list, 15 items
    ("zh_van_67", "桥",
     """1. 河流
2. 桥梁
3. 过河
4. 赵州桥
5. 建筑
6. 连接
7. 桥墩
8. 拱桥
9. 港珠澳大桥
10. 鹊桥
11. 沟通
12. 断桥
13. 小桥流水
14. 风景
15. 交通""",
     ["河流", "桥梁", "过河", "赵州桥", "建筑", "连接", "桥墩", "拱桥", "港珠澳大桥",
      "鹊桥", "沟通", "断桥", "小桥流水", "风景", "交通"]),

    # DeepSeek-V3 chat, default settings, 5-10: every word bold, joined by 顿号
    ("zh_van_68", "灯",
     "**光明**、**黑暗**、**电灯**、**夜晚**、**台灯**、**灯泡**、**爱迪生**、**温暖**、**路灯**、**灯笼**",
     ["光明", "黑暗", "电灯", "夜晚", "台灯", "灯泡", "爱迪生", "温暖", "路灯",
      "灯笼"]),

    # DeepSeek-V3 chat, default settings, 5-10: markdown categories, then the same words re-ordered with ">"
    ("zh_van_69", "门",
     """看到“门”这个词，我会联想到：

### 日常物品
- 钥匙
- 门把手
- 门锁

### 动作
- 开门
- 敲门

### 象征意义
- 入口
- 机会
- 家

按联想强度排序：钥匙 > 开门 > 门锁 > 门把手 > 家 > 入口 > 敲门 > 机会""",
     ["钥匙", "门把手", "门锁", "开门", "敲门", "入口", "机会", "家"]),

    # DeepSeek-V3 chat, default settings, 5-10: bare 顿号 list
    ("zh_van_70", "牛奶",
     "早餐、奶牛、白色、营养、补钙、面包、蛋白质、草原、麦片、乳糖不耐受",
     ["早餐", "奶牛", "白色", "营养", "补钙", "面包", "蛋白质", "草原", "麦片",
      "乳糖不耐受"]),

    # DeepSeek-V3 chat, default settings, 5-10: numbered, full-width bracketed notes, English item, 如需 closing
    ("zh_van_71", "网络",
     """1. 互联网（最直接的联想）
2. Wi-Fi（无线网络）
3. 信号
4. 社交媒体
5. 网速
6. 信息
7. 网购
8. 连接

如需更多联想，可以告诉我！""",
     ["互联网", "wi-fi", "信号", "社交媒体", "网速", "信息", "网购", "连接"]),

    # DeepSeek-V3 chat, default settings, 5-10: 好的 opening, bold words with 顿号, a book title in 《》, closing remark
    ("zh_van_72", "小说",
     """好的！看到“小说”，我联想到：

**故事**、**情节**、**人物**、**作家**、**阅读**、**虚构**、**网络小说**、**金庸**、**《红楼梦》**、**想象力**

这些词语从最直接的文学概念延伸到具体作品和作家。""",
     ["故事", "情节", "人物", "作家", "阅读", "虚构", "网络小说", "金庸", "红楼梦",
      "想象力"]),

    # DeepSeek-V3 chat, default settings, 10-20: markdown category headers, 顿号 lines, a bracketed note
    ("zh_van_73", "星星",
     """### 自然
星空、夜晚、银河、宇宙、流星、月亮

### 情感
愿望、浪漫、梦想、孤独

### 文化
小星星（儿歌）、一闪一闪亮晶晶、星座、牛郎织女""",
     ["星空", "夜晚", "银河", "宇宙", "流星", "月亮", "愿望", "浪漫", "梦想", "孤独",
      "小星星", "一闪一闪亮晶晶", "星座", "牛郎织女"]),

    # DeepSeek-V3 chat, default settings, 5-10: 顿号 list with a line of poetry, trailing emoji
    ("zh_van_74", "雨",
     "雨伞、雨天、潮湿、彩虹、乌云、雷声、淋雨、思念、清明时节雨纷纷、雨季 🌧️",
     ["雨伞", "雨天", "潮湿", "彩虹", "乌云", "雷声", "淋雨", "思念", "清明时节雨纷纷",
      "雨季"]),

    # MiniCPM-2B chat, default settings, 5-10: comma list starting with the cue, one word repeated
    ("zh_van_75", "妈妈",
     "妈妈，母爱，温暖，家，做饭，唠叨，妈妈的味道，关心，母爱，陪伴",
     ["妈妈", "母爱", "温暖", "家", "做饭", "唠叨", "妈妈的味道", "关心", "陪伴"]),

    # MiniCPM-2B chat, default settings, 5-10: answers, then invents the prompt for another cue and answers that too
    ("zh_van_76", "学校",
     """教室、老师、同学、操场、课本、考试、黑板、作业

请列出看到“医院”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。

医生、护士、病床、药、打针""",
     ["教室", "老师", "同学", "操场", "课本", "考试", "黑板", "作业"]),

    # MiniCPM-2B chat, default settings, 5-10: overlong numbered list cut by the token limit mid-word
    ("zh_van_77", "红色",
     """1. 热情
2. 喜庆
3. 中国红
4. 血液
5. 火焰
6. 爱情
7. 国旗
8. 危险
9. 红包
10. 玫瑰
11. 灯笼
12. 革命
13. 太阳
14. 苹果
15. 草莓
16. 辣椒
17. 口红
18. 红绿灯
19. 警告
20. 红领""",
     ["热情", "喜庆", "中国红", "血液", "火焰", "爱情", "国旗", "危险", "红包",
      "玫瑰", "灯笼", "革命", "太阳", "苹果", "草莓", "辣椒", "口红", "红绿灯",
      "警告"]),

    # MiniCPM-2B chat, default settings, 5-10: only a definition of the word, no association list
    ("zh_van_78", "沉默",
     "沉默是一种状态，指一个人不说话或者不发表意见。沉默有时代表思考和克制，有时则代表无奈或抗议。在人际交往中，适当的沉默可以给对方留出空间，但长期的沉默也可能造成误解。",
     []),

    # MiniCPM-2B chat, default settings, 5-10: one word per line, each led by an emoji
    ("zh_van_79", "春天",
     """🌸 花开
🌱 发芽
🐦 燕子
☀️ 温暖
🌧️ 春雨
🪁 风筝
🌿 绿色
💐 踏青""",
     ["花开", "发芽", "燕子", "温暖", "春雨", "风筝", "绿色", "踏青"]),

    # MiniCPM-2B chat, default settings, 5-10: bare comma list
    ("zh_van_80", "钢琴",
     "钢琴，音乐，琴键，黑白，演奏，肖邦，贝多芬，音乐会，练琴，优雅",
     ["钢琴", "音乐", "琴键", "黑白", "演奏", "肖邦", "贝多芬", "音乐会", "练琴",
      "优雅"]),
]

LISTS = EN_LISTS + ZH_LISTS

# ---------------------------------------------------------------------------
# Ranking prompt
# ---------------------------------------------------------------------------

RANKINGS = [
    # DeepSeek-V3 chat, default settings, EN, k=6: bold numbered reasoning, bold marker, ranking on the same line
    ("rk_en_01",
     """To rank these words by how strongly they're associated with "doctor," I considered which ones most immediately come to mind:

1. **Hospital** – the primary workplace of doctors.
2. **Nurse** – doctors and nurses work side by side.
3. **Patient** – the person a doctor treats.
4. **Medicine** – both the field and what doctors prescribe.
5. **Stethoscope** – an iconic tool, but more specific.
6. **Health** – broadly related, but more abstract.

**Final Ranking:** hospital, nurse, patient, medicine, stethoscope, health""",
     ["hospital", "nurse", "patient", "medicine", "stethoscope", "health"]),

    # Qwen2.5-14B-Instruct, default chat, EN, k=8: prose explanation, marker then numbered lines, closing remark
    ("rk_en_02",
     """Explanation: "Sea" is nearly a synonym of ocean, so it comes first. "Waves" and "water" describe what the ocean is made of and how it moves. "Blue" is its most typical color, and "beach" is where people meet the ocean. "Fish" and "whale" are ocean animals, while "salt" is a property that comes to mind less quickly.

Final Ranking:
1. Sea
2. Waves
3. Water
4. Blue
5. Beach
6. Fish
7. Whale
8. Salt

This order reflects how quickly each word comes to mind for most people.""",
     ["sea", "waves", "water", "blue", "beach", "fish", "whale", "salt"]),

    # Yi-1.5-9B-Chat, default chat, EN, k=10: long reasoning, final line cut by the token limit
    # cut by the token limit
    ("rk_en_03",
     """Let me think about how strongly each of these words is associated with "winter."

Snow is the most iconic image of winter, so it clearly ranks first. Cold is the defining feature of the season and follows closely. Ice naturally comes next, since lakes and roads freeze over. Christmas is the major holiday of the winter season for many people. Frost is closely tied to cold mornings. Scarf is a typical item of winter clothing. December is the month when winter begins in the northern hemisphere. Skiing is a popular winter sport, but not everyone does it. Fireplace evokes cozy winter evenings. Hibernation is related, but it is more about animals than about people's everyday experience.

Final Ranking: Snow, Cold, Ice, Christmas, Frost, Scarf, December, Skiing, Firepl""",
     ["snow", "cold", "ice", "christmas", "frost", "scarf", "december",
      "skiing"]),

    # GLM-4-9B-chat, default chat, EN, k=7: announces the marker early, real marker (lowercase r) at the end
    ("rk_en_04",
     """I will explain my reasoning first and then give the Final Ranking at the end.

- Melody and song are the core of what most people think of as music.
- Rhythm is a basic element of music, just behind melody.
- Concert is where people experience live music.
- Guitar is one of the most common instruments.
- Headphones are how many people listen to music every day.
- Dance is related to music but is a separate activity.

Final ranking: Melody, Song, Rhythm, Concert, Guitar, Headphones, Dance""",
     ["melody", "song", "rhythm", "concert", "guitar", "headphones", "dance"]),

    # InternLM2.5-7B-chat, default chat, EN, k=7: brief reasons, marker then "Rank n:" lines
    ("rk_en_05",
     """Butter and toast are the most immediate associations with bread, because they are part of everyday breakfast. Loaf describes bread itself. Bakery is where bread is made. Sandwich is a common use. Wheat and yeast are ingredients, which are less directly associated.

Final Ranking:
Rank 1: Butter
Rank 2: Toast
Rank 3: Loaf
Rank 4: Bakery
Rank 5: Sandwich
Rank 6: Wheat
Rank 7: Yeast""",
     ["butter", "toast", "loaf", "bakery", "sandwich", "wheat", "yeast"]),

    # Qwen2.5-7B-Instruct, default chat, ZH, k=8: short reasons, 最终排名 line with full-width commas
    ("rk_zh_01",
     """理由：春节最核心的意义是家人团圆，年夜饭是团圆的具体体现；红包和饺子是过年最常见的习俗；春联和鞭炮营造节日氛围；拜年和春晚也与春节相关，但联想强度相对较弱。

最终排名：团圆，年夜饭，红包，饺子，春联，鞭炮，拜年，春晚""",
     ["团圆", "年夜饭", "红包", "饺子", "春联", "鞭炮", "拜年", "春晚"]),

    # GLM-4-9B-chat, default chat, ZH, k=6: numbered reasons, 最终排名 then numbered lines
    ("rk_zh_02",
     """1. 中秋：月亮与中秋节的联系最为紧密，中秋赏月是传统习俗。
2. 月光：月光是月亮最直接的表现。
3. 嫦娥：嫦娥奔月的神话家喻户晓。
4. 月饼：中秋节吃月饼，与月亮间接相关。
5. 思念：月亮常常寄托思乡之情。
6. 星星：同样出现在夜空中，但联想相对较弱。

最终排名：
1. 中秋
2. 月光
3. 嫦娥
4. 月饼
5. 思念
6. 星星""",
     ["中秋", "月光", "嫦娥", "月饼", "思念", "星星"]),

    # DeepSeek-V3 chat, default settings, ZH, k=7: bold marker, ranking on its line, bracketed note after it
    ("rk_zh_03",
     """**理由简述：**
- **医院**是医生工作的场所，联想最直接；
- **护士**和**病人**是医生日常接触最多的人；
- **白大褂**和**听诊器**是医生的标志性形象；
- **手术**和**处方**属于医生的具体工作内容，联想稍弱。

**最终排名：** 医院，护士，病人，白大褂，听诊器，手术，处方

（注：不同人的排序可能略有差异，以上仅供参考。）""",
     ["医院", "护士", "病人", "白大褂", "听诊器", "手术", "处方"]),

    # Baichuan2-13B-Chat, default chat, ZH, k=6: orders the words but never writes the marker
    ("rk_zh_04",
     """海浪是大海最直观的特征，蓝色是大海的颜色，沙滩是人们接触大海的地方，海鸥和鱼是与大海相关的动物，贝壳则是在海边常见的东西。

按照联想强度排序：海浪、蓝色、沙滩、海鸥、鱼、贝壳。""",
     []),

    # Yi-1.5-9B-Chat, default chat, ZH, k=7: paragraph of reasons, 最终排名 then "第n名：" lines
    ("rk_zh_05",
     """在这些词语中，“茶叶”是茶最基本的组成，联想最强；“绿茶”和“龙井”是中国最常见的茶类；“茶杯”是喝茶必备的器具；“清香”描述了茶的味道；“普洱”和“茶道”更偏向专业和文化层面，因此排在后面。

最终排名：
第1名：茶叶
第2名：绿茶
第3名：龙井
第4名：茶杯
第5名：清香
第6名：普洱
第7名：茶道""",
     ["茶叶", "绿茶", "龙井", "茶杯", "清香", "普洱", "茶道"]),

    # InternLM2.5-7B-chat, default chat, ZH, k=7: one word changed from the given "毛" to "毛发"
    ("rk_zh_06",
     """说明：猫最常见的身份是宠物；“喵”是猫的叫声，非常直接；老鼠和鱼是传统印象中与猫相关的食物或猎物；猫粮是现代养猫的日常用品；爪子和毛发是猫的身体特征，联想相对较弱。

最终排名：宠物，喵，老鼠，鱼，猫粮，爪子，毛发""",
     ["宠物", "喵", "老鼠", "鱼", "猫粮", "爪子", "毛发"]),
]

TRUNCATED = {
    "en_van_19",  # Yi: "8. **Refug" cut mid-word
    "en_van_39",  # MiniCPM: runaway list ends "fortu"
    "zh_van_37",  # Yi: "7. **失" (失恋/失去…) cut mid-word
    "zh_van_77",  # MiniCPM: "20. 红领" (红领巾) cut mid-word
}

AMBIGUOUS = {
    # "iPhone/苹果手机": taken as two items; another reader keeps the slash
    # pair as one item ("iphone/苹果手机") or keeps only one of the two.
    "zh_van_23",
    # Categorised bullets, then "按联想强度排序：钥匙 > 开门 > ..." re-listing the
    # same eight words in another order: taken in first-occurrence order; another
    # reader takes the explicit strength order
    # ["钥匙", "开门", "门锁", "门把手", "家", "入口", "敲门", "机会"].
    "zh_van_69",
    # Bold "**饺子**" title line above the numbered list: taken as a title;
    # another reader counts the cue as a first item ("饺子", "春节", ...).
    "zh_van_31",
}
