"""Blind answer corpus 40 for the word-association answer parser.

Written blind on 2026-12-08 by a helper session: no parser, test, benchmark or
other repository file was read, no parser was run, and every text below was
invented for this file in the style real models answer.

EMPHASIS (corpus 40): a representative sample of RANKING answers as the PPO
ranking reward reads them during training: rollouts of the ranking prompt (EN
and ZH) by the policy at the start of PPO (vanilla Llama-3.1-8B-Instruct and
Qwen2.5-7B-Instruct, or their SFT checkpoints) and partway through PPO, sampled
at temperature 0.7-1.0 with max_new_tokens 256 or 512 (so some are cut), k
(the number of words to rank) from 5 to 15. Vanilla models explain at length
(per-word paragraphs, numbered reasoning, tables, bold), then write the marker
line in many ways; some forget the marker, write it twice (a draft and a
final), put the ranking on the lines below it (numbered, bulleted, "Rank 1:",
"第1名："), add glosses or scores after words, leave out or add a word,
translate words, or close with a remark. About 45 EN and 45 ZH rankings, plus
about 20 association lists from the same policies answering the association
prompt.

PROMPTS the models answered (low/high usually 5 and 10, sometimes 10 and 20):
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
  * text after the ranking (a remark on the next line or paragraph) is not part
    of it;
  * a ranking cut by the token limit at the very end keeps its complete words
    and drops the cut fragment (ranking ids are not put in TRUNCATED; they are
    marked with a comment "# cut by the token limit");
  * [] when there is no marker, or nothing ranked after the last one.
"""

# ---------------------------------------------------------------------------
# Association lists (EN prompt)
# ---------------------------------------------------------------------------

EN_LISTS = [
    # Llama-3.1-8B-Instruct, vanilla (start of PPO), temp 0.8, 5-10 words:
    # preamble + numbered list, capitalised.
    ("en_van_01", "apple",
     """Here are the words that come to mind when I read the word "apple":

1. Fruit
2. Red
3. Tree
4. Pie
5. iPhone
6. Orchard
7. Juice
8. Green
9. Healthy
10. Teacher""",
     ["fruit", "red", "tree", "pie", "iphone", "orchard", "juice", "green",
      "healthy", "teacher"]),

    # Qwen2.5-7B-Instruct, vanilla, temp 0.7: bare comma list.
    ("en_van_02", "bank",
     """money, account, loan, savings, ATM, teller, interest, credit, vault, river""",
     ["money", "account", "loan", "savings", "atm", "teller", "interest",
      "credit", "vault", "river"]),

    # Llama-3.1-8B-Instruct, vanilla, temp 1.0: bold numbered items with
    # dash glosses, intro and closing remark.
    ("en_van_03", "freedom",
     """When I read the word "freedom," these words come to mind, from most to least strongly associated:

1. **Liberty** - the state of being free from oppressive restrictions
2. **Independence** - self-governance and autonomy
3. **Rights** - the basic entitlements every person holds
4. **Choice** - the ability to decide for oneself
5. **Democracy** - a system of government built on freedom
6. **Flag** - a symbol of national freedom for many people
7. **Eagle** - often used as a symbol of freedom in the United States
8. **Speech** - as in "freedom of speech"

These associations reflect both the personal and political meanings of freedom.""",
     ["liberty", "independence", "rights", "choice", "democracy", "flag",
      "eagle", "speech"]),

    # Qwen2.5-7B-Instruct, vanilla, temp 0.9: words grouped under bold
    # category headers (headers are not associations).
    ("en_van_04", "run",
     """Here are words associated with "run", grouped by meaning:

**Physical activity:** jog, sprint, race, marathon, exercise
**Other meanings:** operate, manage, flee

Overall, the strongest associations are with running as a sport.""",
     ["jog", "sprint", "race", "marathon", "exercise", "operate", "manage",
      "flee"]),

    # Llama-3.1-8B-Instruct, vanilla, temp 0.7: a short comma list, then the
    # same words re-listed with explanations.
    ("en_van_05", "volcano",
     """Lava, eruption, magma, mountain, ash, Hawaii, explosion

Here's why I chose these words:

1. Lava: Molten rock is the most iconic image of a volcano.
2. Eruption: Volcanoes are known for erupting.
3. Magma: The molten rock beneath the surface.
4. Mountain: Most volcanoes are mountains.
5. Ash: Eruptions release clouds of ash.
6. Hawaii: Home to some of the most famous active volcanoes.
7. Explosion: Some eruptions are violently explosive.""",
     ["lava", "eruption", "magma", "mountain", "ash", "hawaii", "explosion"]),

    # Llama-3.1-8B-Instruct, vanilla, 10-20 words, max_new_tokens 256: long
    # per-word explanations, cut mid-word by the token limit.
    ("en_van_06", "journey",
     """Here are the words that come to mind when I read the word "journey", starting with the most strongly associated:

1. **Travel**: A journey is, at its core, the act of traveling from one place to another.
2. **Adventure**: Journeys often involve excitement, risk and the unknown.
3. **Road**: The classic image of a journey is a long road stretching ahead.
4. **Path**: Both literal and figurative, a path is what we follow on a journey.
5. **Destination**: Every journey has an end point, even if it changes along the way.
6. **Experience**: Journeys shape who we are through what we experience.
7. **Discovery**: Learning new things about the world and ourselves.
8. **Map**: Used to plan and navigate a journey.
9. **Luggage**: The bags we carry with us when we travel far from home.
10. **Explo""",
     ["travel", "adventure", "road", "path", "destination", "experience",
      "discovery", "map", "luggage"]),

    # Qwen2.5-7B-Instruct, vanilla, temp 0.8: multi-word items in a comma list.
    ("en_van_07", "Paris",
     """Eiffel Tower, France, love, romance, Louvre, croissant, fashion, Seine, art, baguette""",
     ["eiffel tower", "france", "love", "romance", "louvre", "croissant",
      "fashion", "seine", "art", "baguette"]),

    # Llama-3.1-8B-Instruct, vanilla, temp 0.9: one-line preamble, list on the
    # next line, trailing period.
    ("en_van_08", "kill",
     """Here are some words that come to mind:

murder, death, weapon, crime, blood, hunt, victim, prison.""",
     ["murder", "death", "weapon", "crime", "blood", "hunt", "victim",
      "prison"]),

    # Llama SFT checkpoint, temp 0.7: terse comma list.
    ("en_ft_01", "sun",
     """hot, light, summer, sky, yellow, bright, beach, warmth""",
     ["hot", "light", "summer", "sky", "yellow", "bright", "beach", "warmth"]),

    # Qwen, partway through PPO, temp 1.0: "and" before the last item.
    ("en_ft_02", "cheese",
     """mouse, pizza, milk, cheddar, yellow, cracker, wine, and sandwich""",
     ["mouse", "pizza", "milk", "cheddar", "yellow", "cracker", "wine",
      "sandwich"]),

    # Llama, partway through PPO, temp 0.9: the list is given inside prose.
    ("en_ft_03", "mirror",
     """When I read the word "mirror," I think of reflection, glass, vanity and bathroom, as well as selfie and Snow White.""",
     ["reflection", "glass", "vanity", "bathroom", "selfie", "snow white"]),

    # Qwen SFT checkpoint, 10-20 words, temp 0.8: a phrase containing "and"
    # in the middle of the list, trailing period.
    ("en_ft_04", "guitar",
     """strings, music, rock and roll, chords, band, acoustic, electric, pick, amplifier, Jimi Hendrix, concert, campfire.""",
     ["strings", "music", "rock and roll", "chords", "band", "acoustic",
      "electric", "pick", "amplifier", "jimi hendrix", "concert",
      "campfire"]),
]

# ---------------------------------------------------------------------------
# Association lists (ZH prompt)
# ---------------------------------------------------------------------------

ZH_LISTS = [
    # Qwen2.5-7B-Instruct, vanilla, temp 0.7: bare full-width comma list.
    ("zh_van_01", "海边",
     """大海，沙滩，海浪，贝壳，海鸥，阳光，游泳，椰子树""",
     ["大海", "沙滩", "海浪", "贝壳", "海鸥", "阳光", "游泳", "椰子树"]),

    # Qwen2.5-7B-Instruct, vanilla, temp 0.9: numbered bold items with
    # explanations, intro and closing line.
    ("zh_van_02", "春节",
     """看到“春节”，我会联想到以下词语（按联想强度排序）：

1. **团圆**：春节最核心的意义是家人团聚。
2. **饺子**：北方过年必吃的食物。
3. **红包**：长辈给晚辈压岁钱的习俗。
4. **鞭炮**：辞旧迎新的传统活动。
5. **春联**：家家户户贴春联。
6. **年夜饭**：除夕夜全家一起吃的大餐。
7. **春晚**：除夕晚上的电视节目。
8. **拜年**：走亲访友互相祝福。

这些词语体现了春节的团圆、喜庆和传统氛围。""",
     ["团圆", "饺子", "红包", "鞭炮", "春联", "年夜饭", "春晚", "拜年"]),

    # Llama-3.1-8B-Instruct, vanilla, temp 0.8: Chinese words with pinyin
    # and English translations in brackets.
    ("zh_van_03", "熊猫",
     """竹子 (zhúzi, bamboo)、可爱 (kě'ài, cute)、国宝 (guóbǎo, national treasure)、黑白 (hēibái, black and white)、四川 (Sìchuān)、动物园 (dòngwùyuán, zoo)""",
     ["竹子", "可爱", "国宝", "黑白", "四川", "动物园"]),

    # Qwen2.5-7B-Instruct, vanilla, temp 0.8: enumeration comma and a
    # closing 等.
    ("zh_van_04", "学习",
     """读书、考试、知识、努力、作业、图书馆、进步等。""",
     ["读书", "考试", "知识", "努力", "作业", "图书馆", "进步"]),

    # Qwen2.5-7B-Instruct, vanilla, temp 0.7: idioms and names kept whole.
    ("zh_van_05", "长城",
     """万里长城，不到长城非好汉，秦始皇，烽火台，孟姜女，北京，雄伟，古代，砖石，世界遗产""",
     ["万里长城", "不到长城非好汉", "秦始皇", "烽火台", "孟姜女", "北京", "雄伟",
      "古代", "砖石", "世界遗产"]),

    # Llama-3.1-8B-Instruct, vanilla, temp 0.9: English preamble, Chinese
    # list with half-width commas, 和 before the last item.
    ("zh_van_06", "妈妈",
     """Here are the words that come to mind for "妈妈":

爱, 温暖, 家, 做饭, 唠叨, 照顾, 母亲节和拥抱""",
     ["爱", "温暖", "家", "做饭", "唠叨", "照顾", "母亲节", "拥抱"]),

    # Qwen2.5-7B-Instruct, vanilla, temp 1.0: short list, then the same words
    # re-listed with explanations.
    ("zh_van_07", "咖啡",
     """提神，苦，拿铁，星巴克，熬夜，咖啡豆

解释：
- 提神：咖啡最主要的作用。
- 苦：咖啡的典型味道。
- 拿铁：最常见的咖啡种类之一。
- 星巴克：知名咖啡连锁品牌。
- 熬夜：很多人熬夜时会喝咖啡。
- 咖啡豆：咖啡的原料。""",
     ["提神", "苦", "拿铁", "星巴克", "熬夜", "咖啡豆"]),

    # Qwen SFT checkpoint, temp 0.7: terse list.
    ("zh_ft_01", "月亮",
     """中秋，月饼，嫦娥，思念，夜晚，圆，星星，玉兔""",
     ["中秋", "月饼", "嫦娥", "思念", "夜晚", "圆", "星星", "玉兔"]),

    # Qwen, partway through PPO, 10-20 words, max_new_tokens 256: brief
    # explanation per word, cut mid-word (霓虹灯) by the token limit.
    ("zh_ft_02", "城市",
     """1. 高楼：城市最直观的景象就是林立的高楼大厦。
2. 交通：城市里车流不断，交通拥堵是常态。
3. 繁华：城市给人热闹、繁荣的印象。
4. 人群：城市人口密集，街上到处是人。
5. 工作：很多人来到城市是为了工作和发展。
6. 地铁：大城市的主要出行方式之一。
7. 压力：城市生活节奏快，压力较大。
8. 夜景：城市的夜晚灯火通明。
9. 商场：购物和娱乐的场所。
10. 霓""",
     ["高楼", "交通", "繁华", "人群", "工作", "地铁", "压力", "夜景", "商场"]),

    # Llama, partway through PPO, temp 0.9: the cue as a label before the list.
    ("zh_ft_03", "钱",
     """钱：金钱、财富、银行、工资、存款、投资、股票、人民币""",
     ["金钱", "财富", "银行", "工资", "存款", "投资", "股票", "人民币"]),

    # Qwen, partway through PPO, temp 0.8: bold category headers.
    ("zh_ft_04", "秋天",
     """**自然景象**：落叶，枫叶，金黄，凉爽
**节日与活动**：中秋，丰收，登高
**情感**：思念，悲秋""",
     ["落叶", "枫叶", "金黄", "凉爽", "中秋", "丰收", "登高", "思念", "悲秋"]),
]

LISTS = EN_LISTS + ZH_LISTS

# ---------------------------------------------------------------------------
# Rankings (EN prompt)
# ---------------------------------------------------------------------------

RANKINGS = [
    # Llama-3.1-8B-Instruct, vanilla, k=8, temp 0.8: numbered bold reasoning
    # per word, marker line at the end.
    ("rk_en_01",
     """To rank these words, I'll consider how closely each one is tied to the concept of a doctor in everyday language and experience.

1. **Nurse**: Doctors and nurses work side by side, and "doctors and nurses" is an extremely common phrase.
2. **Hospital**: The primary workplace of most doctors.
3. **Patient**: A doctor exists to treat patients, so this is a core relationship.
4. **Medicine**: Doctors prescribe medicine, and the whole field is called medicine.
5. **Stethoscope**: The iconic tool that symbolizes a doctor.
6. **Sick**: People go to see a doctor when they are sick.
7. **White coat**: A strong visual symbol, but rarely the first thing people think of.
8. **Appointment**: Related to visiting a doctor, but more administrative.

Final Ranking: Nurse, Hospital, Patient, Medicine, Stethoscope, Sick, White coat, Appointment""",
     ["nurse", "hospital", "patient", "medicine", "stethoscope", "sick",
      "white coat", "appointment"]),

    # Qwen2.5-7B-Instruct, vanilla, k=10, temp 0.7: bulleted reasoning, bold
    # marker.
    ("rk_en_02",
     """When people hear "ocean," the first associations are usually its physical properties and what lives in it. Here is my reasoning:

- **Water** and **sea** are almost synonymous with ocean, so they come first.
- **Waves** are the most visible feature of the ocean.
- **Blue** is the color most people picture.
- **Beach** is where most people actually experience the ocean.
- **Fish** and **whale** are the most familiar ocean animals, with fish being more general.
- **Salt** reflects the taste of ocean water.
- **Deep** describes the ocean but is more abstract.
- **Ship** is connected through travel and trade, but it is a weaker link.

**Final Ranking:** water, sea, waves, blue, beach, fish, whale, salt, deep, ship""",
     ["water", "sea", "waves", "blue", "beach", "fish", "whale", "salt",
      "deep", "ship"]),

    # Qwen2.5-7B-Instruct, vanilla, k=7, temp 0.9: ranking as a numbered list
    # on the lines below the marker.
    ("rk_en_03",
     """"Cash" and "bank" are the most direct everyday forms of money. "Dollar" is the unit most people think of, while "rich" describes having a lot of it. "Wallet" is where we keep money, "debt" is money owed, and "gold" is a more traditional, indirect store of value.

Final Ranking:
1. Cash
2. Bank
3. Dollar
4. Rich
5. Wallet
6. Debt
7. Gold""",
     ["cash", "bank", "dollar", "rich", "wallet", "debt", "gold"]),

    # Llama-3.1-8B-Instruct, vanilla, k=6, temp 0.8: bulleted ranking below
    # the marker, then a closing remark.
    ("rk_en_04",
     """Snow and cold are the defining features of winter, so they are the most strongly associated. Ice follows closely since it forms in cold weather. Christmas and the holidays fall in winter for much of the world, and a scarf is a typical piece of winter clothing but a more specific association.

Final Ranking:
- Snow
- Cold
- Ice
- Christmas
- Holidays
- Scarf

I hope this ranking helps! Let me know if you'd like me to explain any of my choices in more detail.""",
     ["snow", "cold", "ice", "christmas", "holidays", "scarf"]),

    # Qwen2.5-7B-Instruct, vanilla, k=8, temp 0.7: markdown heading marker,
    # numbered bold items with dash glosses.
    ("rk_en_05",
     """Music is most closely tied to what we hear and sing, then to its building blocks, and finally to the places and objects that surround it.

### Final Ranking:
1. **Song** – the most direct, everyday form of music
2. **Melody** – the core of what makes music recognizable
3. **Rhythm** – the beat that drives music
4. **Notes** – the building blocks of written music
5. **Guitar** – the most iconic instrument
6. **Concert** – where music is performed live
7. **Dance** – a common response to music
8. **Headphones** – how many people listen to music today""",
     ["song", "melody", "rhythm", "notes", "guitar", "concert", "dance",
      "headphones"]),

    # Llama-3.1-8B-Instruct, vanilla, k=5, temp 0.9: "Rank n:" lines below
    # the marker.
    ("rk_en_06",
     """Here's my reasoning:

* A puppy is simply a young dog, so it's the closest association.
* Barking is the sound most uniquely linked to dogs.
* Cats are often mentioned together with dogs ("cats and dogs").
* Dogs are famously fond of bones.
* A leash is used to walk a dog, but it's an accessory.

Final Ranking:
Rank 1: Puppy
Rank 2: Bark
Rank 3: Cat
Rank 4: Bone
Rank 5: Leash""",
     ["puppy", "bark", "cat", "bone", "leash"]),

    # Llama-3.1-8B-Instruct, vanilla, k=6, temp 1.0: forgets the marker and
    # ends with its own phrasing -> no marker.
    ("rk_en_07",
     """Let me think about how strongly each word is connected to "school."

Teacher is probably the strongest association, since teachers are the central figures in any school. Students come next, because a school exists for its students. Classroom is the physical space where learning happens. Homework is something almost everyone associates with school, usually not fondly! Books are used throughout school, though they are also linked to libraries and reading in general. Finally, the bus is how many kids get to school, but it's the most indirect link.

So, from most to least associated: teacher, students, classroom, homework, books, bus.""",
     []),

    # Qwen2.5-7B-Instruct, vanilla, k=7, temp 1.0: a first marker line, then a
    # revision with a second marker; the last one counts.
    ("rk_en_08",
     """Coffee is a drink most people connect with its stimulating effect and with the start of the day. Cup and espresso relate to how it is served, beans to how it is made, café to where it is enjoyed, and bitter to its taste.

Final Ranking: caffeine, morning, cup, espresso, beans, café, bitter

Wait — on reflection, "morning" may be an even stronger everyday association than caffeine, since most people think of their morning cup before the chemical itself. Let me adjust:

Final Ranking: morning, caffeine, cup, espresso, beans, café, bitter""",
     ["morning", "caffeine", "cup", "espresso", "beans", "café", "bitter"]),

    # Llama-3.1-8B-Instruct, vanilla, k=6, temp 0.7: markdown table, then the
    # marker line.
    ("rk_en_09",
     """Here is a breakdown of how each word relates to "fire":

| Rank | Word | Reason |
| --- | --- | --- |
| 1 | Flame | The visible part of a fire; nearly synonymous |
| 2 | Hot | Fire is defined by its heat |
| 3 | Burn | What fire does to things |
| 4 | Smoke | Produced by almost every fire |
| 5 | Firefighter | The people who put fires out |
| 6 | Camp | Linked through campfires, a narrower context |

Final Ranking: Flame, Hot, Burn, Smoke, Firefighter, Camp""",
     ["flame", "hot", "burn", "smoke", "firefighter", "camp"]),

    # Llama-3.1-8B-Instruct, vanilla, k=12, max_new_tokens 256: long per-word
    # explanations, cut before any marker -> [].
    ("rk_en_10",
     """To rank these words by their association with "library," I'll consider both the physical space and the activities that happen there.

1. **Books**: This is by far the strongest association. A library is, first and foremost, a collection of books.
2. **Librarian**: The person who manages the library and helps visitors find what they need.
3. **Quiet**: Libraries are famously quiet places, and "be quiet in the library" is a common rule.
4. **Reading**: The main activity people do in a library.
5. **Shelves**: Books in a library are organized on rows of shelves.
6. **Borrow**: Unlike a bookstore, a library lets you borrow books for free.
7. **Study**: Many students go to the library to study for exams.
8. **Card**: A library card is needed to check out books.
9. **Desk**: Libraries provide desks and tables, which make them a popular place to stu""",
     []),

    # Qwen2.5-7B-Instruct, vanilla, k=10, max_new_tokens 256: the ranking
    # itself is cut mid-word.
    # cut by the token limit
    ("rk_en_11",
     """Breakfast is most strongly associated with the foods people typically eat in the morning. Eggs and cereal are the most universal breakfast foods, followed by toast and coffee, which are staples in many households. Bacon and pancakes are classic but less everyday items. "Morning" describes when breakfast happens rather than what it is, so it ranks lower. Orange juice, milk and bread are common but less distinctive.

Final Ranking: Eggs, Cereal, Toast, Coffee, Bacon, Pancakes, Morning, Orange jui""",
     ["eggs", "cereal", "toast", "coffee", "bacon", "pancakes", "morning"]),

    # Llama, partway through PPO, k=8, temp 0.9: scores after each word.
    ("rk_en_12",
     """Summer is defined by the sun and heat, then by the beach and vacations. Swimming and ice cream are typical activities, sunscreen is practical, and July is just a month in the season.

Final Ranking: sun (10/10), heat (9/10), beach (9/10), vacation (8/10), swimming (7/10), ice cream (6/10), sunscreen (5/10), July (4/10)""",
     ["sun", "heat", "beach", "vacation", "swimming", "ice cream",
      "sunscreen", "july"]),

    # Qwen, partway through PPO, k=6, temp 0.8: one line of reasoning.
    ("rk_en_13",
     """Bread is most directly linked to butter and toast in daily use.

Final Ranking: butter, toast, sandwich, loaf, bakery, flour""",
     ["butter", "toast", "sandwich", "loaf", "bakery", "flour"]),

    # Llama SFT checkpoint, k=7, temp 0.7: lowercase marker.
    ("rk_en_14",
     """A smile is the most visible sign of being happy, and joy is nearly a synonym. Laughing and excitement express happiness, birthdays and sunshine are happy things, and sad is the opposite, which still comes to mind but last.

final ranking: smile, joy, laugh, excited, birthday, sunshine, sad""",
     ["smile", "joy", "laugh", "excited", "birthday", "sunshine", "sad"]),

    # Llama-3.1-8B-Instruct, vanilla, k=9, temp 1.0: leaves out one of the
    # given words ("desk").
    ("rk_en_15",
     """Here's how I would rank these words:

1. Keyboard and mouse are the devices we use to interact with a computer every day.
2. The screen is what we look at the whole time.
3. The internet is what most people use computers for.
4. Laptop is a type of computer, so it's very closely related.
5. Software and code are what make a computer run.
6. Email is one of the most common tasks done on a computer.

Final Ranking: Keyboard, Screen, Mouse, Laptop, Internet, Software, Code, Email""",
     ["keyboard", "screen", "mouse", "laptop", "internet", "software", "code",
      "email"]),

    # Qwen2.5-7B-Instruct, vanilla, k=8, temp 1.0: changes two words
    # ("puddles", "grey") in its ranking; kept as written.
    ("rk_en_16",
     """Rain is most directly associated with the umbrella we use against it and with being wet. Clouds bring rain, and storms and thunder are intense forms of it. Puddles form after rain, the sky turns grey, and drops are the individual units of rain.

Final Ranking: umbrella, wet, clouds, storm, thunder, puddles, grey, drops""",
     ["umbrella", "wet", "clouds", "storm", "thunder", "puddles", "grey",
      "drops"]),

    # Llama-3.1-8B-Instruct, vanilla, k=6, temp 0.8: inline numbering on the
    # marker line.
    ("rk_en_17",
     """The heart is the universal symbol of love. Romance and kissing express romantic love, family represents a different but equally strong kind of love, marriage is a formal commitment based on love, and hate is its opposite.

Final Ranking: 1. Heart, 2. Romance, 3. Kiss, 4. Family, 5. Marriage, 6. Hate""",
     ["heart", "romance", "kiss", "family", "marriage", "hate"]),

    # Qwen, partway through PPO, k=7, temp 0.9: ">" between words.
    ("rk_en_18",
     """Driving is the core activity of a car, then the road it travels on and its essential parts.

Final Ranking: drive > road > wheel > engine > traffic > gas > garage""",
     ["drive", "road", "wheel", "engine", "traffic", "gas", "garage"]),

    # Llama-3.1-8B-Instruct, vanilla, k=6, temp 0.7: each word in quotes.
    ("rk_en_19",
     '''Leaves and branches are parts of every tree, so they are the strongest associations. A forest is made of many trees, wood is what trees are made of, green is their typical color, and shade is something trees provide.

Final Ranking: "Leaf", "Branch", "Forest", "Wood", "Green", "Shade"''',
     ["leaf", "branch", "forest", "wood", "green", "shade"]),

    # Qwen2.5-7B-Instruct, vanilla, k=8, temp 0.8: a note in the next
    # paragraph after the ranking.
    ("rk_en_20",
     """The primary function of a phone is making calls, and today most phones are smartphones. Texting is the next most common use, followed by the ringing sound, the screen, apps, the battery, and finally the contacts list.

Final Ranking: call, smartphone, text, ring, screen, app, battery, contact

Note: Rankings like this can vary by age group; younger people might place "text" or "app" higher.""",
     ["call", "smartphone", "text", "ring", "screen", "app", "battery",
      "contact"]),

    # Llama-3.1-8B-Instruct, vanilla, k=7, temp 0.9: the marker is named in
    # prose before and after the real marker line.
    ("rk_en_21",
     """I'll walk through my reasoning first and then give the Final Ranking at the end, as requested.

- **School**: Teachers work in schools, so this is the most immediate link.
- **Student**: The other half of the teacher-student relationship.
- **Classroom**: The place where teaching happens.
- **Lesson**: What a teacher prepares and delivers.
- **Homework**: Assigned by teachers, strongly linked but secondary.
- **Chalk**: A traditional tool of the trade.
- **Apple**: A cultural symbol ("an apple for the teacher"), but the weakest link today.

Final Ranking: school, student, classroom, lesson, homework, chalk, apple

This Final Ranking reflects the most typical associations; an individual's experience might shift a few positions.""",
     ["school", "student", "classroom", "lesson", "homework", "chalk",
      "apple"]),

    # Qwen2.5-7B-Instruct, vanilla, k=6, temp 0.7: the whole marker line in
    # bold.
    ("rk_en_22",
     """Sand, sun and waves make up the basic picture of any beach. A beach is also a classic vacation spot, and towels and seashells are small, specific items you find there.

**Final Ranking: Sand, Sun, Waves, Vacation, Towel, Seashell**""",
     ["sand", "sun", "waves", "vacation", "towel", "seashell"]),

    # Llama-3.1-8B-Instruct, vanilla, k=8, temp 0.8: trailing period.
    ("rk_en_23",
     """Night is defined by darkness, and the moon is its most recognizable symbol. Sleep is what most people do at night, and stars fill the night sky. Midnight is the middle of the night, dreams come during sleep, quiet describes the mood, and owls are nocturnal animals but a more distant association.

Final Ranking: Dark, Moon, Sleep, Stars, Midnight, Dream, Quiet, Owl.""",
     ["dark", "moon", "sleep", "stars", "midnight", "dream", "quiet", "owl"]),

    # Llama, partway through PPO, k=6, temp 1.0: the same marker line written
    # twice.
    ("rk_en_24",
     """Home is the strongest association because a house is where people live. Family lives in the house, the roof and door are its most basic parts, a key opens it, and a garden surrounds some houses.

Final Ranking: home, family, roof, door, key, garden

Final Ranking: home, family, roof, door, key, garden""",
     ["home", "family", "roof", "door", "key", "garden"]),

    # Qwen2.5-7B-Instruct, vanilla, k=7, temp 1.0: repeats a word at the end
    # of the ranking.
    ("rk_en_25",
     """An apple is first of all a fruit, usually red, growing on a tree. Apple pie and apple juice are the most common apple products. The iPhone comes from the company Apple, and an orchard is where apples are grown.

Final Ranking: fruit, red, tree, pie, juice, iPhone, orchard, fruit""",
     ["fruit", "red", "tree", "pie", "juice", "iphone", "orchard"]),

    # Llama-3.1-8B-Instruct, vanilla, k=8, temp 0.7: a name as cue; a formula
    # and a multi-word item.
    ("rk_en_26",
     """Albert Einstein is a household name mainly because of his genius and his theory of relativity.

1. **Genius**: His name is literally used as a synonym for "genius."
2. **Relativity**: His most famous scientific contribution.
3. **E=mc²**: The world's most famous equation.
4. **Physics**: The field he revolutionized.
5. **Scientist**: What he was by profession.
6. **Theory**: Linked to his theories, but a general word.
7. **Hair**: His wild hair is iconic in photographs.
8. **Nobel Prize**: He won it in 1921, but fewer people know this.

Final Ranking: Genius, Relativity, E=mc², Physics, Scientist, Theory, Hair, Nobel Prize""",
     ["genius", "relativity", "e=mc²", "physics", "scientist", "theory",
      "hair", "nobel prize"]),

    # Qwen2.5-7B-Instruct, vanilla, k=9, temp 0.8: a verb cue; bold numbered
    # ranking below the marker.
    ("rk_en_27",
     """"Run" is an action, so words describing how running feels or what it involves come first, while equipment and consequences come later.

**Final Ranking:**
1. **Jog**
2. **Fast**
3. **Race**
4. **Marathon**
5. **Exercise**
6. **Legs**
7. **Sweat**
8. **Tired**
9. **Running shoes**""",
     ["jog", "fast", "race", "marathon", "exercise", "legs", "sweat", "tired",
      "running shoes"]),

    # Llama SFT checkpoint, k=5, temp 0.7: an adjective cue, short answer.
    ("rk_en_28",
     """Ice and freezing describe cold directly, winter and snow are the cold season and its weather, and a flu is "a cold" only in a looser sense.

Final Ranking: ice, freezing, winter, snow, flu""",
     ["ice", "freezing", "winter", "snow", "flu"]),

    # Llama-3.1-8B-Instruct, vanilla, k=8, temp 0.9: "Here is my final
    # ranking:" line followed by the actual marker line.
    ("rk_en_29",
     """A city is made up of buildings, with skyscrapers being the most iconic. Traffic and crowds of people are part of daily city life. New York is the quintessential big city, while lights, noise and the subway are features of many cities.

Here is my final ranking:

Final Ranking: Buildings, Skyscraper, Traffic, People, New York, Lights, Noise, Subway""",
     ["buildings", "skyscraper", "traffic", "people", "new york", "lights",
      "noise", "subway"]),

    # Llama-3.1-8B-Instruct, vanilla, k=10, max_new_tokens 256: cut right
    # after the marker, nothing ranked -> [].
    # cut by the token limit
    ("rk_en_30",
     """To rank these words, I'll consider which ones people would most naturally connect with the word "garden."

1. **Flowers**: Gardens are most commonly associated with flowers, which are planted for their beauty.
2. **Plants**: A garden is essentially a collection of plants.
3. **Vegetables**: Many people grow vegetables in their gardens.
4. **Soil**: The foundation of every garden.
5. **Grow**: The main process that happens in a garden.
6. **Green**: The dominant color of most gardens.
7. **Watering can**: A common gardening tool.
8. **Bench**: A place to sit and enjoy a garden.
9. **Butterflies**: Often visit gardens, but more of a side association.
10. **Gnome**: A decorative item, and the weakest link.

**Final Ranking:**""",
     []),

    # Qwen2.5-7B-Instruct, vanilla, k=7, max_new_tokens 512, temp 1.0: a
    # first ranking, a long double-check, then a second marker cut with
    # nothing after it; the first ranking is the last one followed by words.
    # cut by the token limit
    ("rk_en_31",
     """A hospital is where doctors and nurses care for sick people, and emergencies and surgeries happen there. Ambulances bring patients in, and beds are where patients stay.

Final Ranking: doctor, nurse, sick, emergency, surgery, ambulance, bed

Let me double-check this ordering against how people typically respond in word-association tasks. "Doctor" and "nurse" are almost always the top responses for "hospital," so they stay at the top. "Sick" describes the reason people go to a hospital, and "emergency" is part of the name of a key hospital department, the emergency room. "Surgery" is a major hospital activity but is less frequent in everyday experience. "Ambulance" is strongly linked, but people think of it as a vehicle rather than part of the hospital itself. "Bed" is the weakest association, since beds are found in many places. After reviewing each word, I believe the ordering above is reasonable, so I will keep it as it is.

**Final Ranking:**""",
     ["doctor", "nurse", "sick", "emergency", "surgery", "ambulance", "bed"]),

    # Llama-3.1-8B-Instruct, vanilla, k=7, temp 0.8: glosses in parentheses
    # after some words.
    ("rk_en_32",
     """Sleep is most closely tied to where, why and when it happens, and then to the things that make it comfortable.

Final Ranking: Bed (where sleep happens), Tired (the reason we sleep), Night (the time we sleep), Dream (what happens during sleep), Pillow, Nap, Blanket""",
     ["bed", "tired", "night", "dream", "pillow", "nap", "blanket"]),

    # Qwen2.5-7B-Instruct, vanilla, k=8, temp 0.7: bold marker, blank line,
    # bold numbered list.
    ("rk_en_33",
     """"Buddy" and "pal" are near-synonyms of friend, and "best" comes from the very common phrase "best friend." "Companion" is a more formal synonym. "Trust" and "loyalty" are qualities of friendship, "fun" is what friends share, and "enemy" is the opposite.

**Final Ranking:**

1. **Buddy**
2. **Pal**
3. **Best**
4. **Companion**
5. **Trust**
6. **Loyalty**
7. **Fun**
8. **Enemy**""",
     ["buddy", "pal", "best", "companion", "trust", "loyalty", "fun",
      "enemy"]),

    # Llama-3.1-8B-Instruct, vanilla, k=6, temp 1.0: semicolons between words.
    ("rk_en_34",
     """A king is almost always paired with a queen. The crown and throne are the main symbols of a king's power, "royal" describes him, he rules a kingdom, and he usually lives in a castle.

Final Ranking: Queen; Crown; Throne; Royal; Kingdom; Castle""",
     ["queen", "crown", "throne", "royal", "kingdom", "castle"]),

    # Llama-3.1-8B-Instruct, vanilla, k=9, temp 0.8: numbered ranking below
    # the marker, each word with a dash reason.
    ("rk_en_35",
     """Babies are closely associated with their needs, their care, and how they look.

Final Ranking:
1. Newborn - a baby is a newborn
2. Mother - the primary caregiver
3. Cry - babies are known for crying
4. Cute - the most common description of babies
5. Diaper - an essential baby item
6. Bottle - used for feeding
7. Small - babies are tiny
8. Crib - where babies sleep
9. Toys - babies play with toys, but this is less specific""",
     ["newborn", "mother", "cry", "cute", "diaper", "bottle", "small", "crib",
      "toys"]),

    # Qwen2.5-7B-Instruct, vanilla, k=6, temp 0.9: full-width colon after the
    # marker.
    ("rk_en_36",
     """The moon is seen at night, among the stars in the sky. "Full" and "crescent" are phases of the moon, and astronauts have walked on it, which is a more specific association.

Final Ranking：night, stars, sky, full, crescent, astronaut""",
     ["night", "stars", "sky", "full", "crescent", "astronaut"]),

    # Llama, partway through PPO, k=7, temp 1.0: puts the cue itself into the
    # ranking (kept as written).
    ("rk_en_37",
     """Chocolate is sweet and made from cocoa, often as candy or dessert.

Final Ranking: chocolate, sweet, cocoa, candy, dessert, brown, cake, milk""",
     ["chocolate", "sweet", "cocoa", "candy", "dessert", "brown", "cake",
      "milk"]),

    # Qwen SFT checkpoint, k=8, temp 0.7: a parenthetical remark on the line
    # after the ranking.
    ("rk_en_38",
     """War is defined by fighting and battles between armies of soldiers. Death and guns are its consequences and tools, peace is its opposite, and history records wars.

Final Ranking: fight, battle, soldier, army, death, gun, peace, history
(from most to least strongly associated)""",
     ["fight", "battle", "soldier", "army", "death", "gun", "peace",
      "history"]),

    # Llama-3.1-8B-Instruct, vanilla, k=6, temp 1.0: two words joined with a
    # slash as a tie.
    ("rk_en_39",
     """Salt and pepper are a classic pair, so pepper comes first. Sea and ocean are about equally related, since sea salt comes from ocean water. Taste is what salt adds to food, a shaker holds it, and chips are a salty snack.

Final Ranking: Pepper, Sea/Ocean, Taste, Shaker, Chips""",
     ["pepper", "sea", "ocean", "taste", "shaker", "chips"]),

    # Qwen2.5-7B-Instruct, vanilla, k=10, temp 0.8: a name as cue,
    # multi-word items, numbered list below the marker.
    ("rk_en_40",
     """New York is first of all a city, famously nicknamed the Big Apple. Its landmarks (Times Square, the Statue of Liberty, Broadway) and its boroughs like Manhattan come next, followed by everyday features such as skyscrapers, taxis, the subway and pizza.

Final Ranking:
1. City
2. Big Apple
3. Manhattan
4. Times Square
5. Statue of Liberty
6. Skyscrapers
7. Broadway
8. Taxi
9. Subway
10. Pizza""",
     ["city", "big apple", "manhattan", "times square", "statue of liberty",
      "skyscrapers", "broadway", "taxi", "subway", "pizza"]),

    # Qwen, partway through PPO, k=5, temp 0.8: only the marker line.
    ("rk_en_41",
     """Final Ranking: drink, wet, ocean, rain, thirst""",
     ["drink", "wet", "ocean", "rain", "thirst"]),

    # Llama-3.1-8B-Instruct, vanilla, k=7, temp 0.7: a parenthetical between
    # the marker and its colon.
    ("rk_en_42",
     """The rose is the most iconic flower, and petals and blooming are what make a flower a flower. Gardens are where flowers grow, spring is their season, smell is a key sensory feature, and bees visit flowers.

Final Ranking (most to least strongly associated): Rose, Petal, Bloom, Garden, Spring, Smell, Bee""",
     ["rose", "petal", "bloom", "garden", "spring", "smell", "bee"]),

    # Qwen, partway through PPO, k=6, temp 1.0: the end-of-turn special
    # token is decoded after the ranking.
    ("rk_en_43",
     """Birds are defined by flying, which they do with wings covered in feathers. Nests, singing and eggs are typical bird behaviors.

Final Ranking: fly, wings, feather, nest, sing, egg<|im_end|>""",
     ["fly", "wings", "feather", "nest", "sing", "egg"]),

    # Llama-3.1-8B-Instruct, vanilla, k=8, temp 0.8: marker, blank line, comma
    # ranking on the next line.
    ("rk_en_44",
     """Cheese is the topping everyone pictures on a pizza, and a slice is how it is eaten. Pepperoni is the most popular topping, tomato sauce is the base, crust is the bottom, delivery is how many people get it, Italy is where it comes from, and the oven is where it is baked.

Final Ranking:

Cheese, Slice, Pepperoni, Tomato, Crust, Delivery, Italy, Oven""",
     ["cheese", "slice", "pepperoni", "tomato", "crust", "delivery", "italy",
      "oven"]),

    # Llama, partway through PPO, k=6, temp 1.0: a dash instead of a colon
    # after the marker.
    ("rk_en_45",
     """Mad and rage are direct synonyms of angry, upset is a milder form, shouting is how anger is expressed, red is the color of anger, and a fight can result from it.

Final Ranking - mad, rage, upset, shout, red, fight""",
     ["mad", "rage", "upset", "shout", "red", "fight"]),

    # Llama-3.1-8B-Instruct, vanilla, k=15, max_new_tokens 512, temp 0.7:
    # grouped reasoning, long ranking on the marker line.
    ("rk_en_46",
     """Christmas has many associations, so I'll group them before ranking:

**Core symbols:** The Christmas tree and Santa are the most recognizable symbols of the holiday. Presents and gifts are central to how it is celebrated.
**Season and setting:** Christmas falls in December, often with snow, and it is a holiday spent with family.
**Traditions:** Lights, decorations, stockings and carols are common traditions, and cookies are left out for Santa along with carrots for his reindeer.
**Religious meaning:** Church services are important for many, although fewer people name this first.

Final Ranking: Tree, Santa, Presents, Gifts, Family, Snow, December, Lights, Decorations, Holiday, Reindeer, Stockings, Carols, Cookies, Church""",
     ["tree", "santa", "presents", "gifts", "family", "snow", "december",
      "lights", "decorations", "holiday", "reindeer", "stockings", "carols",
      "cookies", "church"]),

    # Qwen2.5-7B-Instruct, vanilla, k=7, temp 0.9: one word per line below the
    # marker, without numbering.
    ("rk_en_47",
     """Reading is what a book is for, and a novel is a kind of book. Stories, pages, authors and covers are parts of books, and libraries hold them.

Final Ranking:
Read
Novel
Story
Page
Author
Library
Cover""",
     ["read", "novel", "story", "page", "author", "library", "cover"]),

    # Llama-3.1-8B-Instruct, vanilla, k=6, max_new_tokens 256: the ranking is
    # complete and the cut falls in the remark after it.
    # cut by the token limit (in the remark, after the complete ranking)
    ("rk_en_48",
     """Most sports involve a ball and a team competing in a game, and the goal is to win. Football is one of the most popular sports worldwide, and exercise is a benefit of playing sports.

Final Ranking: Team, Ball, Game, Football, Win, Exercise

This order reflects how most people think of sports in general, rather than any one sport, although fans of football might pla""",
     ["team", "ball", "game", "football", "win", "exercise"]),

    # -----------------------------------------------------------------------
    # Rankings (ZH prompt)
    # -----------------------------------------------------------------------

    # Qwen2.5-7B-Instruct, vanilla, k=8, temp 0.7: numbered bold reasoning,
    # marker line at the end.
    ("rk_zh_01",
     """“医生”最直接的联想是其工作场所和服务对象，其次是工具和职业特征。

1. **医院**：医生工作的主要场所，联系最紧密。
2. **护士**：与医生并肩工作，“医生护士”常常连用。
3. **病人**：医生服务的对象。
4. **白大褂**：医生最典型的外在形象。
5. **治病**：医生的核心职责。
6. **听诊器**：医生的标志性工具。
7. **药**：医生会开药，但联系相对间接。
8. **救死扶伤**：描述医生职业精神的成语，较为书面。

最终排名：医院，护士，病人，白大褂，治病，听诊器，药，救死扶伤""",
     ["医院", "护士", "病人", "白大褂", "治病", "听诊器", "药", "救死扶伤"]),

    # Qwen2.5-7B-Instruct, vanilla, k=10, temp 0.8: bold marker.
    ("rk_zh_02",
     """春节的核心是家人团圆，因此“团圆”排在第一位。饺子和年夜饭是春节最具代表性的食物；红包、鞭炮和春联是最常见的习俗；拜年和春晚是节日期间的活动；压岁钱与红包意思相近，联想稍弱；放假则是春节带来的附带结果。

**最终排名：** 团圆，饺子，年夜饭，红包，鞭炮，春联，拜年，春晚，压岁钱，放假""",
     ["团圆", "饺子", "年夜饭", "红包", "鞭炮", "春联", "拜年", "春晚", "压岁钱",
      "放假"]),

    # Qwen2.5-7B-Instruct, vanilla, k=6, temp 0.9: numbered ranking on the
    # lines below the marker.
    ("rk_zh_03",
     """“妈妈”首先让人想到母爱和温暖，其次是家和家庭成员，最后是日常生活中的具体场景。

最终排名：
1. 爱
2. 温暖
3. 家
4. 爸爸
5. 做饭
6. 唠叨""",
     ["爱", "温暖", "家", "爸爸", "做饭", "唠叨"]),

    # Qwen2.5-7B-Instruct, vanilla, k=7, temp 0.8: "第n名：" lines below the
    # marker.
    ("rk_zh_04",
     """理由：中秋节以赏月为核心，月饼是中秋的象征，因此这两个词与“月亮”联系最强；嫦娥是关于月亮最著名的神话人物；月亮在夜晚出现，常与星星相伴；“圆”描述满月的形状；思念则是月亮所寄托的情感，属于较间接的联想。

最终排名：
第1名：中秋
第2名：月饼
第3名：嫦娥
第4名：夜晚
第5名：圆
第6名：星星
第7名：思念""",
     ["中秋", "月饼", "嫦娥", "夜晚", "圆", "星星", "思念"]),

    # Qwen2.5-7B-Instruct, vanilla, k=8, temp 1.0: half-width colon and
    # enumeration commas.
    ("rk_zh_05",
     """学校里最核心的是老师和学生，教室是上课的地方，上课、作业和考试是学校生活的主要内容，操场和校服则是更具体的联想。

最终排名: 老师、学生、教室、上课、作业、考试、操场、校服""",
     ["老师", "学生", "教室", "上课", "作业", "考试", "操场", "校服"]),

    # Llama-3.1-8B-Instruct, vanilla, k=6, temp 0.8: answers the Chinese
    # prompt in English, English marker, Chinese words.
    ("rk_zh_06",
     """Here's my ranking based on how strongly each word is associated with "咖啡" (coffee):

1. 提神 (refreshing) - Coffee is most commonly consumed to stay awake and alert.
2. 咖啡豆 (coffee beans) - Coffee is made from coffee beans, so this is a direct link.
3. 苦 (bitter) - Bitterness is the most characteristic taste of coffee.
4. 拿铁 (latte) - A very popular type of coffee drink.
5. 早晨 (morning) - Many people drink coffee in the morning.
6. 星巴克 (Starbucks) - A famous coffee chain, but a brand rather than a general concept.

Final Ranking: 提神, 咖啡豆, 苦, 拿铁, 早晨, 星巴克""",
     ["提神", "咖啡豆", "苦", "拿铁", "早晨", "星巴克"]),

    # Llama-3.1-8B-Instruct, vanilla, k=7, temp 1.0: translates the words
    # into English in its ranking (kept as written).
    ("rk_zh_07",
     """When it rains (下雨), the first thing people reach for is an umbrella (雨伞). Dark clouds (乌云) usually come before the rain, and everything becomes wet (潮湿). Thunder (雷声) often comes with heavy rain, a raincoat (雨衣) is another way to stay dry, puddles (水坑) form on the ground, and rainy weather can affect one's mood (心情).

Final Ranking: umbrella, dark clouds, wet, thunder, raincoat, puddle, mood""",
     ["umbrella", "dark clouds", "wet", "thunder", "raincoat", "puddle",
      "mood"]),

    # Llama-3.1-8B-Instruct, vanilla, k=8, temp 0.9: Chinese marker, English
    # glosses after each word.
    ("rk_zh_08",
     """爱情最直接的联想是浪漫和心动的感觉，其次是甜蜜的体验和象征爱情的玫瑰。约会和情人节是表达爱情的方式，婚姻是爱情的结果，分手则是爱情的结束。

最终排名：浪漫 (romance), 心动 (heartbeat), 甜蜜 (sweet), 玫瑰 (rose), 约会 (date), 情人节 (Valentine's Day), 婚姻 (marriage), 分手 (breakup)""",
     ["浪漫", "心动", "甜蜜", "玫瑰", "约会", "情人节", "婚姻", "分手"]),

    # Llama-3.1-8B-Instruct, vanilla, k=7, temp 0.8: pinyin after each word.
    ("rk_zh_09",
     """北京是中国的首都，天安门是北京最有代表性的地标。故宫和长城是著名的旅游景点，烤鸭是北京的特色美食，胡同代表老北京文化，雾霾则是近年来与北京相关的环境问题。

最终排名：天安门 (Tiān'ānmén)，首都 (shǒudū)，故宫 (Gùgōng)，长城 (Chángchéng)，烤鸭 (kǎoyā)，胡同 (hútòng)，雾霾 (wùmái)""",
     ["天安门", "首都", "故宫", "长城", "烤鸭", "胡同", "雾霾"]),

    # Qwen2.5-7B-Instruct, vanilla, k=6, temp 1.0: forgets the marker and
    # uses its own phrase -> no marker.
    ("rk_zh_10",
     """分析如下：
- 炎热：夏天最主要的特征就是天气炎热。
- 西瓜：夏天最具代表性的水果。
- 空调：应对炎热的必需品。
- 暑假：学生在夏天放暑假。
- 冰淇淋：夏天常吃的冷饮。
- 游泳：夏天常见的运动方式。

综上，排序为：炎热、西瓜、空调、暑假、冰淇淋、游泳。""",
     []),

    # Qwen2.5-7B-Instruct, vanilla, k=12, max_new_tokens 256: cut in the
    # reasoning before any marker -> [].
    # cut by the token limit
    ("rk_zh_11",
     """我们可以从手机的功能、使用场景和相关设备三个方面来分析这些词语与“手机”的联想强度：

1. **打电话**：手机最基本、最原始的功能，联想最强。
2. **微信**：国内最常用的手机应用，几乎人人都在用。
3. **屏幕**：使用手机时始终面对的部分。
4. **充电**：手机每天都需要充电，是日常生活的一部分。
5. **上网**：现代手机的主要用途之一。
6. **拍照**：手机摄像头已经取代了大部分相机。
7. **苹果**：最有名的手机品牌之一，但属于品牌联想。
8. **低头族**：形容人们过度使用手机的现象，""",
     []),

    # Qwen2.5-7B-Instruct, vanilla, k=9, max_new_tokens 256: the ranking is
    # cut mid-word (毛肚), and one given word is missing.
    # cut by the token limit
    ("rk_zh_12",
     """火锅最突出的特点是麻辣的口味，“麻辣”和“辣”联系最为紧密；重庆是火锅的代表城市；火锅通常是多人聚餐时吃的；羊肉是常见的涮菜，朋友一起吃火锅很普遍，冬天吃火锅最受欢迎；毛肚是经典食材，底料则是火锅的基础。

最终排名：麻辣，辣，重庆，聚餐，羊肉，朋友，冬天，毛""",
     ["麻辣", "辣", "重庆", "聚餐", "羊肉", "朋友", "冬天"]),

    # Qwen2.5-7B-Instruct, vanilla, k=7, temp 0.8: a remark in the next
    # paragraph.
    ("rk_zh_13",
     """提到大海，人们最先想到的是海浪和蓝色，其次是沙滩和大海的辽阔，海鸥、鱼和船是与大海相关的具体事物。

最终排名：海浪，蓝色，沙滩，辽阔，海鸥，鱼，船

以上排序仅代表一般人的联想习惯，个人经历不同可能会有所差异。""",
     ["海浪", "蓝色", "沙滩", "辽阔", "海鸥", "鱼", "船"]),

    # Qwen2.5-7B-Instruct, vanilla, k=6, temp 0.7: markdown table, then the
    # marker line.
    ("rk_zh_14",
     """| 词语 | 理由 |
| --- | --- |
| 阅读 | 书的主要用途就是阅读 |
| 知识 | 书是获取知识的重要途径 |
| 图书馆 | 存放和借阅书籍的地方 |
| 书店 | 购买书籍的地方 |
| 作者 | 书由作者写成 |
| 纸 | 书的物质载体，联想较弱 |

最终排名：阅读，知识，图书馆，书店，作者，纸""",
     ["阅读", "知识", "图书馆", "书店", "作者", "纸"]),

    # Qwen, partway through PPO, k=6, temp 0.9: scores in full-width brackets.
    ("rk_zh_15",
     """火焰是火的直接表现，燃烧是火的过程，热是火的特性，危险是火带来的后果，红色是火的颜色，消防员与灭火相关。

最终排名：火焰（10分），燃烧（9分），热（8分），危险（7分），红色（6分），消防员（5分）""",
     ["火焰", "燃烧", "热", "危险", "红色", "消防员"]),

    # Qwen2.5-7B-Instruct, vanilla, k=7, temp 1.0: a first ranking, a
    # reconsideration, and a second marker line; the last counts.
    ("rk_zh_16",
     """朋友之间最核心的是友谊，信任和陪伴是友谊的基础；知己是最亲密的朋友；互相帮助是朋友的表现；同学是朋友的常见来源；聊天是朋友间的日常活动。

最终排名：友谊，信任，陪伴，知己，帮助，同学，聊天

不过再考虑一下，“知己”本身就是朋友的一种，与“朋友”的联系应该更直接，因此调整如下：

最终排名：友谊，知己，信任，陪伴，帮助，同学，聊天""",
     ["友谊", "知己", "信任", "陪伴", "帮助", "同学", "聊天"]),

    # Qwen2.5-7B-Instruct, vanilla, k=8, temp 0.8: the marker word appears in
    # prose before and after the real marker line.
    ("rk_zh_17",
     """下面先逐一分析，最后给出最终排名。

- 月饼：中秋节最具代表性的食品。
- 团圆：中秋节的核心寓意。
- 月亮：中秋夜的主角。
- 赏月：中秋节的传统活动。
- 嫦娥：与中秋相关的神话人物。
- 桂花：中秋时节盛开，有“桂花酒”的习俗。
- 灯笼：部分地区有提灯笼的习俗。
- 假期：中秋节放假，属于现代联想。

最终排名：月饼，团圆，月亮，赏月，嫦娥，桂花，灯笼，假期

以上就是我的最终排名。""",
     ["月饼", "团圆", "月亮", "赏月", "嫦娥", "桂花", "灯笼", "假期"]),

    # Qwen, partway through PPO, k=6, temp 0.8: one line of reasoning.
    ("rk_zh_18",
     """老师与学生的关系最直接。

最终排名：学生，教书，讲台，黑板，粉笔，作业""",
     ["学生", "教书", "讲台", "黑板", "粉笔", "作业"]),

    # Qwen, partway through PPO, k=7, temp 1.0: ">" between words.
    ("rk_zh_19",
     """钱最直接的联想是财富，其次是人民币这种具体形式，再是工资、银行、存款等获取和保存钱的方式。

最终排名：财富 > 人民币 > 工资 > 银行 > 存款 > 富有 > 花""",
     ["财富", "人民币", "工资", "银行", "存款", "富有", "花"]),

    # Qwen2.5-7B-Instruct, vanilla, k=6, temp 0.9: each word in Chinese
    # quotation marks.
    ("rk_zh_20",
     """猫是最常见的宠物之一，给人的第一印象是可爱；“喵”是猫的叫声；猫抓老鼠、爱吃鱼是常见的说法；毛茸茸是对猫外形的描述。

最终排名：“宠物”，“可爱”，“喵”，“老鼠”，“鱼”，“毛茸茸”""",
     ["宠物", "可爱", "喵", "老鼠", "鱼", "毛茸茸"]),

    # Llama-3.1-8B-Instruct, vanilla, k=7, temp 1.0: mixes traditional
    # characters into some words (kept as written).
    ("rk_zh_21",
     """茶是中国的传统饮品。绿茶是最常见的茶类，龙井是最有名的绿茶之一，茶叶是茶的原料。喝是饮茶的动作，清香是茶的味道，茶杯是喝茶的器具，中国是茶的发源地。

最终排名：绿茶，龙井，茶葉，喝，清香，茶杯，中國""",
     ["绿茶", "龙井", "茶葉", "喝", "清香", "茶杯", "中國"]),

    # Qwen2.5-7B-Instruct, vanilla, k=6, temp 1.0: repeats the first word at
    # the end of the ranking.
    ("rk_zh_22",
     """家给人最强烈的感受是温暖，父母是家的核心成员，“家是温暖的港湾”是常见说法，房子是家的物质载体，团聚和吃饭是家庭生活的日常场景。

最终排名：温暖，父母，港湾，房子，团聚，吃饭，温暖""",
     ["温暖", "父母", "港湾", "房子", "团聚", "吃饭"]),

    # Qwen2.5-7B-Instruct, vanilla, k=7, temp 0.8: inline numbering,
    # space-separated, on the marker line.
    ("rk_zh_23",
     """秋天最典型的景象是落叶，同时也是丰收的季节；天气转凉，满眼金黄，枫叶变红；中秋节在秋天；悲秋是文学中的情感联想。

最终排名：1.落叶 2.丰收 3.凉爽 4.金黄 5.枫叶 6.中秋 7.悲秋""",
     ["落叶", "丰收", "凉爽", "金黄", "枫叶", "中秋", "悲秋"]),

    # Llama-3.1-8B-Instruct, vanilla, k=8, temp 0.9: English reasoning,
    # English marker, numbered Chinese words with glosses below it.
    ("rk_zh_24",
     """Music is most closely related to songs and melodies, then to how and where we listen to it, and finally to specific instruments and people.

Final Ranking:
1. 歌曲 (song)
2. 旋律 (melody)
3. 节奏 (rhythm)
4. 歌手 (singer)
5. 演唱会 (concert)
6. 耳机 (headphones)
7. 放松 (relax)
8. 钢琴 (piano)""",
     ["歌曲", "旋律", "节奏", "歌手", "演唱会", "耳机", "放松", "钢琴"]),

    # Qwen2.5-7B-Instruct, vanilla, k=9, temp 1.0: leaves out one given word
    # (老师).
    ("rk_zh_25",
     """考试最直接让人联想到紧张的情绪和分数；复习和试卷是考试前后必不可少的环节；高考是中国最重要的考试；压力与紧张相近；及格是考试的基本目标；作弊是考试中的违规行为，联想相对较弱。

最终排名：紧张，分数，复习，试卷，高考，压力，及格，作弊""",
     ["紧张", "分数", "复习", "试卷", "高考", "压力", "及格", "作弊"]),

    # Qwen2.5-7B-Instruct, vanilla, k=6, temp 1.0: replaces 散步 with 遛狗 in
    # its ranking (kept as written).
    ("rk_zh_26",
     """狗是最常见的宠物，以忠诚著称；“汪汪”是狗的叫声；狗爱啃骨头；看家是狗的传统用途；每天需要带狗出去散步。

最终排名：宠物，忠诚，汪汪，骨头，看家，遛狗""",
     ["宠物", "忠诚", "汪汪", "骨头", "看家", "遛狗"]),

    # Qwen2.5-7B-Instruct, vanilla, k=6, temp 0.7: bold marker, bulleted
    # ranking below it.
    ("rk_zh_27",
     """雪最直接的联想是冬天和寒冷，其次是雪花和白色，最后是与雪有关的活动。

**最终排名：**
- 冬天
- 雪花
- 寒冷
- 白色
- 雪人
- 打雪仗""",
     ["冬天", "雪花", "寒冷", "白色", "雪人", "打雪仗"]),

    # Llama, partway through PPO, k=5, temp 0.8: only the marker line.
    ("rk_zh_28",
     """最终排名：工资，加班，压力，老板，同事""",
     ["工资", "加班", "压力", "老板", "同事"]),

    # Qwen2.5-7B-Instruct, vanilla, k=15, max_new_tokens 512, temp 0.8:
    # grouped reasoning and a long ranking.
    ("rk_zh_29",
     """太阳的联想可以分为几类：
1. **直接特征**：阳光、温暖、光明、炎热是太阳最直接的属性。
2. **时间与季节**：日出、白天、夏天与太阳的运行和照射有关。
3. **科学联想**：能量、地球、星星（太阳本身是一颗恒星）。
4. **文化联想**：后羿射日的神话、向日葵朝着太阳生长、太阳象征希望、常被画成红色。
5. **生活联想**：晒太阳、晒被子。

综合来看，直接特征最强，文化和生活联想较弱。

最终排名：阳光，温暖，光明，炎热，日出，白天，夏天，能量，希望，向日葵，地球，星星，晒，红色，后羿""",
     ["阳光", "温暖", "光明", "炎热", "日出", "白天", "夏天", "能量", "希望",
      "向日葵", "地球", "星星", "晒", "红色", "后羿"]),

    # Qwen2.5-7B-Instruct, vanilla, k=8, max_new_tokens 256: cut right after
    # the marker, nothing ranked -> [].
    # cut by the token limit
    ("rk_zh_30",
     """我们从日常饮食、原料和相关器具等方面来分析这些词语与“米饭”的联想强度：

1. **大米**：米饭由大米煮成，是最直接的原料联想。
2. **碗**：米饭通常盛在碗里吃。
3. **筷子**：中国人吃米饭时使用的餐具。
4. **主食**：米饭是南方人最主要的主食。
5. **电饭煲**：现在家庭做米饭的主要工具。
6. **炒菜**：米饭通常搭配炒菜一起吃。
7. **南方**：南方人以米饭为主食，属于地域联想。
8. **农民**：“粒粒皆辛苦”，大米来自农民的劳动，联想较间接。

**最终排名：**""",
     []),

    # Qwen2.5-7B-Instruct, vanilla, k=7, max_new_tokens 256: a first ranking,
    # then a second marker whose ranking is cut mid-word (古代).
    # cut by the token limit
    ("rk_zh_31",
     """长城位于北京附近，是古代修建的雄伟工程，与秦始皇修长城的历史密切相关；烽火台是长城的组成部分；孟姜女哭长城是著名的传说；如今长城是热门的旅游景点。

最终排名：北京，雄伟，秦始皇，古代，烽火台，旅游，孟姜女

再想一想，秦始皇修长城的故事家喻户晓，应该排得更靠前一些：

最终排名：北京，秦始皇，雄伟，古""",
     ["北京", "秦始皇", "雄伟"]),

    # Llama-3.1-8B-Instruct, vanilla, k=6, temp 0.9: "排名n：" labels below the
    # marker.
    ("rk_zh_32",
     """熊猫是中国的国宝，以吃竹子闻名，外表黑白相间，主要生活在四川，很多人在动物园里见过熊猫，它的样子非常可爱。

最终排名：
排名1：国宝
排名2：竹子
排名3：黑白
排名4：可爱
排名5：四川
排名6：动物园""",
     ["国宝", "竹子", "黑白", "可爱", "四川", "动物园"]),

    # Qwen2.5-7B-Instruct, vanilla, k=7, temp 0.8: numbered ranking below the
    # marker with a dash reason after each word.
    ("rk_zh_33",
     """电脑的联想可以从硬件和用途两方面考虑，硬件部件的联想更直接。

最终排名：
1. 键盘——最常接触的输入设备
2. 屏幕——使用电脑时一直盯着看
3. 鼠标——与键盘配套使用
4. 上网——电脑最常见的用途
5. 办公——工作中离不开电脑
6. 游戏——很多人用电脑玩游戏
7. 编程——专业用途，联想相对较弱""",
     ["键盘", "屏幕", "鼠标", "上网", "办公", "游戏", "编程"]),

    # Qwen2.5-7B-Instruct, vanilla, k=8, temp 0.9: an abstract cue, brief
    # grouped reasoning.
    ("rk_zh_34",
     """时间最直接的联想是它的流逝以及衡量时间的钟表；“一寸光阴一寸金”让人联想到光阴和金钱；过去和未来是时间的两端；珍惜时间是常见的说法；生命由时间构成，联想较为抽象。

最终排名：流逝，钟表，光阴，过去，未来，珍惜，金钱，生命""",
     ["流逝", "钟表", "光阴", "过去", "未来", "珍惜", "金钱", "生命"]),

    # Qwen SFT checkpoint, k=6, temp 0.7: short answer.
    ("rk_zh_35",
     """开心是快乐的近义词，笑容是快乐的表现，幸福与快乐相近，朋友、生日和游戏都能带来快乐。

最终排名：开心，笑容，幸福，朋友，生日，游戏""",
     ["开心", "笑容", "幸福", "朋友", "生日", "游戏"]),

    # Llama-3.1-8B-Instruct, vanilla, k=7, temp 1.0: bold marker, half-width
    # commas.
    ("rk_zh_36",
     """孤独最接近的词是寂寞，它们几乎是同义词。"一个人"是孤独的直接状态。夜晚常常让人感到孤独。沉默和思念是孤独时的表现。角落象征被忽视的感觉。自由是孤独的另一面，联想最弱。

**最终排名：** 寂寞, 一个人, 夜晚, 沉默, 思念, 角落, 自由""",
     ["寂寞", "一个人", "夜晚", "沉默", "思念", "角落", "自由"]),

    # Qwen, partway through PPO, k=6, temp 0.9: English marker with a
    # full-width colon in a Chinese answer.
    ("rk_zh_37",
     """跑步本身就是一种运动，跑步会出汗，有益健康；马拉松是长距离跑步比赛；跑鞋和操场是跑步的装备和场地。

Final Ranking：运动，出汗，健康，马拉松，跑鞋，操场""",
     ["运动", "出汗", "健康", "马拉松", "跑鞋", "操场"]),

    # Qwen2.5-7B-Instruct, vanilla, k=8, temp 0.8: a name as cue; a poem
    # title in book-title brackets.
    ("rk_zh_38",
     """李白是唐朝最著名的诗人，被称为“诗仙”。他的《静夜思》家喻户晓，诗中写到了月亮；李白好酒，诗风浪漫；杜甫与李白并称“李杜”。

最终排名：诗仙，诗人，唐朝，《静夜思》，酒，月亮，浪漫，杜甫""",
     ["诗仙", "诗人", "唐朝", "静夜思", "酒", "月亮", "浪漫", "杜甫"]),

    # Qwen2.5-7B-Instruct, vanilla, k=7, temp 1.0: two words joined with a
    # slash as a tie.
    ("rk_zh_39",
     """红色在中国文化中代表喜庆，“中国红”更是直接的说法，二者不分上下；红包是红色的喜庆物品；国旗是红色的；热情是红色象征的情感；火和血都是红色的，但联想较弱。

最终排名：喜庆/中国红，红包，国旗，热情，火，血""",
     ["喜庆", "中国红", "红包", "国旗", "热情", "火", "血"]),

    # Qwen2.5-7B-Instruct, vanilla, k=8, temp 0.8: marker, blank line, ranking
    # on the next line with enumeration commas.
    ("rk_zh_40",
     """春天最典型的景象是花开，天气变得温暖，春风拂面；万物复苏，满眼绿色；农民开始播种；燕子归来；清明节在春天；踏青是春天的活动。

最终排名：

花开、温暖、春风、绿色、踏青、燕子、播种、清明""",
     ["花开", "温暖", "春风", "绿色", "踏青", "燕子", "播种", "清明"]),

    # Qwen2.5-7B-Instruct, vanilla, k=7, temp 0.7: adds a word of its own
    # (看病), full stop after the last word, a closing line after the ranking.
    ("rk_zh_41",
     """医院里最主要的人是医生和护士，病人来医院看病；急诊和手术是医院的重要部门和活动；救护车负责把病人送到医院；消毒水的气味是很多人对医院的印象。

最终排名：医生，护士，病人，看病，急诊，手术，救护车，消毒水。
希望对你有帮助！""",
     ["医生", "护士", "病人", "看病", "急诊", "手术", "救护车", "消毒水"]),

    # Qwen, partway through PPO, k=6, temp 1.0: the same marker line written
    # twice.
    ("rk_zh_42",
     """拉面和牛肉面是面条的常见种类，吃面要用筷子，面条常带汤，很多人早餐吃面，山西以面食闻名。

最终排名：拉面，牛肉面，筷子，汤，山西，早餐

最终排名：拉面，牛肉面，筷子，汤，山西，早餐""",
     ["拉面", "牛肉面", "筷子", "汤", "山西", "早餐"]),

    # Llama-3.1-8B-Instruct, vanilla, k=14, max_new_tokens 256: cut in the
    # per-word reasoning before any marker -> [].
    # cut by the token limit
    ("rk_zh_43",
     """为了对这些词语进行排序，我会考虑每个词与"飞机"的直接关系。

1. 机场：飞机起飞和降落的地方，是最直接的联想。
2. 飞行员：驾驶飞机的人。
3. 天空：飞机在天空中飞行。
4. 旅行：人们乘坐飞机去旅行。
5. 机票：乘坐飞机需要购买机票。
6. 空姐：飞机上为乘客提供服务的人员。
7. 起飞：飞机开始飞行的过程。
8. 翅膀：飞机的机翼形状像鸟的翅膀，""",
     []),

    # Qwen2.5-7B-Instruct, vanilla, k=7, temp 0.9: each word in bold on the
    # marker line.
    ("rk_zh_44",
     """梦想代表着对未来的希望，实现梦想需要努力和坚持，梦想往往是一个人追求的目标。

最终排名：**希望**，**未来**，**努力**，**实现**，**目标**，**追求**，**坚持**""",
     ["希望", "未来", "努力", "实现", "目标", "追求", "坚持"]),

    # Qwen2.5-7B-Instruct, vanilla, k=6, temp 0.8: bulleted ranking below the
    # marker, then a closing remark.
    ("rk_zh_45",
     """火车在铁轨上行驶，从车站出发，人们乘火车旅行需要买车票；高铁是现代火车；春运期间坐火车的人最多。

最终排名：
- 铁轨
- 车站
- 高铁
- 车票
- 旅行
- 春运

如果需要，我也可以按照不同人群的联想习惯给出其他排序。""",
     ["铁轨", "车站", "高铁", "车票", "旅行", "春运"]),

    # Qwen, partway through PPO, k=6, temp 1.0: words separated by spaces on
    # the marker line.
    ("rk_zh_46",
     """森林由大量树木组成，整体呈绿色，是许多动物的家园，能产生氧气，砍伐会破坏森林。

最终排名：树木 绿色 动物 氧气 砍伐 森林公园""",
     ["树木", "绿色", "动物", "氧气", "砍伐", "森林公园"]),
]

TRUNCATED = {
    "en_van_06",  # last item "Explo" cut by max_new_tokens=256
    "zh_ft_02",   # last item "霓" (霓虹灯) cut by max_new_tokens=256
}

AMBIGUOUS = {
    # "Sea/Ocean" is read as a tie of two given words, kept in order; another
    # reader could keep "sea/ocean" as a single item.
    "rk_en_39",
    # The marker is followed by " - " instead of ":" / "："; a careful reader
    # still takes the ranking, but a reader holding to the colon would find no
    # marker and expect [].
    "rk_en_45",
    # "喜庆/中国红" is read as a tie of two given words, kept in order; another
    # reader could keep "喜庆/中国红" as a single item.
    "rk_zh_39",
}
