"""Blind answer corpus 30 for the word-association answer parser.

Written blind on 2026-12-07 by a helper session: no parser, test, benchmark or
other repository file was read, no parser was run, and every text below was
invented in the style in which real models answer.

EMPHASIS (corpus 30): languages and scripts crossing. Mandarin prompts answered
by models that drift into English or mix both (a Han word with its English
gloss in brackets or after a slash, English words in a Chinese list, a Chinese
preamble then an English list); English prompts answered with Chinese glosses
or partly in Chinese; Traditional characters from Taiwan/Hong Kong models
(Breeze-7B, TAIDE, Llama-3-Taiwan) with 「」 quotes and Taiwanese usage;
full-width digits, letters, commas, colons and brackets (１．、（）、：);
Japanese-style punctuation (・, 『』); emoji before or after words; pinyin with
or without tone marks; words with hyphens, apostrophes, accents (café, naïve,
rock 'n' roll), numbers as words ("7-Eleven", "24小时", "911"), and names
(人名, 地名, brands). Chatty instruct models (Qwen2.5-7B-Instruct,
Llama-3.1-8B-Instruct, GLM-4-9B-chat, Yi-1.5-9B-Chat) and fine-tuned ones
(terse comma lists). About 55 English and 65 Mandarin association lists and
about 10 rankings.

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
Each text is only what the model wrote (its completion), unless the model
echoes the prompt.

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
  * the words after the LAST "Final Ranking" / "最终排名" marker that is followed
    by a ranking (any case, bold or not, ":" or "："; the ranking may be on the
    marker's line or as a list on the following lines); a mention of the
    marker not followed by a ranking does not count;
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
    # Qwen2.5-7B-Instruct, greedy, 5-10; bare comma line with an accented word and a brand.
    ("en_van_01", "coffee",
     "Caffeine, morning, espresso, café, latte, beans, mug, Starbucks, aroma, energy",
     ["caffeine", "morning", "espresso", "café", "latte", "beans", "mug",
      "starbucks", "aroma", "energy"]),

    # Llama-3.1-8B-Instruct, temperature 0.7, 5-10; chatty numbered list, one item with a Chinese gloss.
    ("en_van_02", "dragon",
     """Here are the words that come to mind when I read the word "dragon":

1. Fire
2. Wings
3. Scales
4. Treasure
5. Knight
6. Castle
7. Chinese New Year (春节)
8. Legend
9. Cave
10. Smaug

These words are listed in order of how strongly I associate them with the word "dragon".""",
     ["fire", "wings", "scales", "treasure", "knight", "castle",
      "chinese new year", "legend", "cave", "smaug"]),

    # Qwen2.5-7B-Instruct, 5-10; English prompt answered in English with a Chinese gloss after every word.
    ("en_van_03", "tea",
     "Green tea (绿茶), teapot (茶壶), China (中国), ceremony (茶道), leaves (茶叶), cup (杯子), afternoon tea (下午茶), herbal (草本), oolong (乌龙), relaxation (放松)",
     ["green tea", "teapot", "china", "ceremony", "leaves", "cup",
      "afternoon tea", "herbal", "oolong", "relaxation"]),

    # GLM-4-9B-chat, 5-10; English list with two Han items carrying English glosses.
    ("en_van_04", "moon",
     "night, Mid-Autumn Festival, mooncake, 嫦娥 (Chang'e), tides, astronaut, crescent, 思乡 (homesickness), stars, wolf",
     # AMBIGUOUS: the Han word is the item and the bracket its gloss, so 嫦娥 and 思乡
     # are kept; a reader who favours the prompt's language would take "chang'e"
     # and "homesickness" instead.
     ["night", "mid-autumn festival", "mooncake", "嫦娥", "tides", "astronaut",
      "crescent", "思乡", "stars", "wolf"]),

    # Yi-1.5-9B-Chat, 5-10; preamble, one comma line with rock 'n' roll, closing remark.
    ("en_van_05", "rock",
     """Sure! Here are some words associated with "rock":

Stone, music, guitar, rock 'n' roll, mountain, hard, boulder, Elvis, concert, pebble

I hope this helps!""",
     ["stone", "music", "guitar", "rock 'n' roll", "mountain", "hard",
      "boulder", "elvis", "concert", "pebble"]),

    # Llama-3.1-8B-Instruct, 5-10; a brand with a number and a hyphen, "24/7".
    ("en_van_06", "convenience",
     "7-Eleven, easy, fast, store, 24/7, comfort, shortcut, snacks, time-saving, online shopping",
     ["7-eleven", "easy", "fast", "store", "24/7", "comfort", "shortcut",
      "snacks", "time-saving", "online shopping"]),

    # Breeze-7B-Instruct-v1.0, 5-10; English items with Traditional Chinese after a slash.
    ("en_van_07", "night market",
     "Food stalls / 攤販, stinky tofu / 臭豆腐, bubble tea / 珍珠奶茶, crowds, Shilin, games, lights, Taiwan, scooters, fried chicken / 雞排",
     ["food stalls", "stinky tofu", "bubble tea", "crowds", "shilin", "games",
      "lights", "taiwan", "scooters", "fried chicken"]),

    # Qwen2.5-7B-Instruct, 5-10; first two items in bold, a number as a word.
    ("en_van_08", "emergency",
     "**Ambulance**, **911**, hospital, siren, urgent, fire, help, paramedic, ER, danger",
     ["ambulance", "911", "hospital", "siren", "urgent", "fire", "help",
      "paramedic", "er", "danger"]),

    # Qwen2.5-7B (base), raw completion; answers, then invents the next prompt and answers that too.
    ("en_van_09", "naive",
     """ innocent, gullible, childlike, trusting, simple, young, inexperienced, credulous, pure, green

List the words that come to mind when you read the word "wise". Give between 5 and 10 words, separated by commas, the most strongly associated first.
old, owl, sage, knowledge, experience, Solomon, smart, elder""",
     ["innocent", "gullible", "childlike", "trusting", "simple", "young",
      "inexperienced", "credulous", "pure", "green"]),

    # Llama-3.1-8B-Instruct, temperature 1.0, 5-10; an emoji before every word, place names.
    ("en_van_10", "Hong Kong",
     "🏙️ Skyline, 🌃 Victoria Harbour, 🥟 dim sum, 🚋 tram, 🛍️ shopping, ⛰️ The Peak, 🗣️ Cantonese, 💹 finance, 🌧️ typhoon, 🚢 Star Ferry",
     ["skyline", "victoria harbour", "dim sum", "tram", "shopping", "the peak",
      "cantonese", "finance", "typhoon", "star ferry"]),

    # GLM-4-9B-chat, 5-10; English prompt, Chinese preamble, English numbered list.
    ("en_van_11", "spring",
     """好的，以下是与“spring”相关的联想词：

1. Flowers
2. Season
3. Bloom
4. Rain
5. Green
6. Easter
7. Water spring
8. Coil
9. Renewal
10. Cherry blossoms""",
     ["flowers", "season", "bloom", "rain", "green", "easter", "water spring",
      "coil", "renewal", "cherry blossoms"]),

    # Qwen2.5-7B-Instruct, 5-10; mostly English, one gloss, one item left in Chinese.
    ("en_van_12", "family",
     "Love (爱), home, parents, children, 团圆, dinner, support, siblings, reunion, grandparents",
     ["love", "home", "parents", "children", "团圆", "dinner", "support",
      "siblings", "reunion", "grandparents"]),

    # Llama-3.1-8B-Instruct, 5-10; place names and a year.
    ("en_van_13", "Beijing",
     "Forbidden City, Great Wall, Peking duck, Tiananmen Square, hutongs, capital, smog, 2008 Olympics, Beijing opera, Mandarin",
     ["forbidden city", "great wall", "peking duck", "tiananmen square",
      "hutongs", "capital", "smog", "2008 olympics", "beijing opera",
      "mandarin"]),

    # Yi-1.5-9B-Chat, 10-20, max_new_tokens 128; numbered with dash explanations, cut inside the last explanation.
    ("en_van_14", "ocean",
     """1. Waves - the constant motion of the sea
2. Blue - the color most people picture
3. Fish - life under the surface
4. Salt - the taste of seawater
5. Deep - the ocean's vast depth
6. Beach - where the ocean meets land
7. Whale - the largest animal on Earth
8. Tide - pulled by the moon
9. Coral - reefs full of li""",
     ["waves", "blue", "fish", "salt", "deep", "beach", "whale", "tide",
      "coral"]),

    # Llama-3.1-8B-Instruct, 5-10; brand with apostrophe, "and" before the last item.
    ("en_van_15", "pizza",
     "Cheese, pepperoni, Italy, slice, delivery, oven, tomato sauce, Domino's, crust, and Friday night",
     ["cheese", "pepperoni", "italy", "slice", "delivery", "oven",
      "tomato sauce", "domino's", "crust", "friday night"]),

    # Qwen2.5-7B-Instruct, 5-10; English words separated by full-width commas.
    ("en_van_16", "school",
     "Teacher，students，classroom，homework，exam，books，blackboard，friends，uniform，graduation",
     ["teacher", "students", "classroom", "homework", "exam", "books",
      "blackboard", "friends", "uniform", "graduation"]),

    # GLM-4-9B-chat, 5-10; hyphenated item, a city and a film title.
    ("en_van_17", "panda",
     "Bamboo, black-and-white, China, cute, Chengdu, zoo, endangered, WWF, Kung Fu Panda, cuddly",
     ["bamboo", "black-and-white", "china", "cute", "chengdu", "zoo",
      "endangered", "wwf", "kung fu panda", "cuddly"]),

    # Llama-3.1-8B-Instruct, 5-10; refuses a slur cue outright.
    ("en_van_18", "slut",
     "I can't help with that.",
     []),

    # Qwen2.5-7B-Instruct, 10-20; long comma line with names and brands.
    ("en_van_19", "apple",
     "Fruit, red, iPhone, Steve Jobs, pie, tree, orchard, Newton, green, juice, cider, Mac, crunchy, healthy, teacher, Big Apple, Granny Smith, harvest",
     ["fruit", "red", "iphone", "steve jobs", "pie", "tree", "orchard",
      "newton", "green", "juice", "cider", "mac", "crunchy", "healthy",
      "teacher", "big apple", "granny smith", "harvest"]),

    # Llama-3.1-8B-Instruct, 5-10; bullets under bold category headers.
    ("en_van_20", "music",
     """Here are some words that come to mind when I read the word "music":

**Genres:**
* Rock
* Jazz
* Hip-hop

**Instruments:**
* Guitar
* Piano

**Feelings:**
* Rhythm
* Melody
* Emotion""",
     ["rock", "jazz", "hip-hop", "guitar", "piano", "rhythm", "melody",
      "emotion"]),

    # Llama-3-TAIDE-LX-8B-Chat, 5-10; English item with a Traditional Chinese gloss; cue itself listed first.
    ("en_van_21", "typhoon",
     "Typhoon, wind, rain, typhoon day off (颱風假), flooding, Taiwan, landslide, evacuation, power outage, Central Weather Bureau",
     ["typhoon", "wind", "rain", "typhoon day off", "flooding", "taiwan",
      "landslide", "evacuation", "power outage", "central weather bureau"]),

    # Llama-3-Taiwan-8B-Instruct, 5-10; an untranslated Taiwanese brand (50嵐) among English words.
    ("en_van_22", "bubble tea",
     "Tapioca pearls, milk tea, Taiwan, straw, sweet, 50嵐, Chun Shui Tang, ice, sugar level, boba",
     ["tapioca pearls", "milk tea", "taiwan", "straw", "sweet", "50嵐",
      "chun shui tang", "ice", "sugar level", "boba"]),

    # Qwen2.5-7B-Instruct, 5-10; accented cue, plain answer.
    ("en_van_23", "café",
     "Coffee, croissant, Paris, terrace, latte, barista, cozy, laptop, espresso, pastry",
     ["coffee", "croissant", "paris", "terrace", "latte", "barista", "cozy",
      "laptop", "espresso", "pastry"]),

    # Llama-3.1-8B-Instruct, 5-10; one sentence with a colon and "and" before the last.
    ("en_van_24", "night",
     'The word "night" makes me think of: darkness, moon, stars, sleep, owl, silence, dreams, city lights, midnight, and insomnia.',
     ["darkness", "moon", "stars", "sleep", "owl", "silence", "dreams",
      "city lights", "midnight", "insomnia"]),

    # Yi-1.5-9B-Chat, 5-10; numbered items run together on one line.
    ("en_van_25", "rich",
     "1. Wealthy 2. Money 3. Luxury 4. Mansion 5. Millionaire 6. Yacht 7. Successful 8. Famous 9. Greedy 10. Abundant",
     ["wealthy", "money", "luxury", "mansion", "millionaire", "yacht",
      "successful", "famous", "greedy", "abundant"]),

    # GLM-4-9B-chat, 5-10; English preamble closed with a full-width colon.
    ("en_van_26", "hospital",
     'Words associated with "hospital"：doctor, nurse, patient, ambulance, surgery, ward, medicine, ICU, illness, emergency room',
     ["doctor", "nurse", "patient", "ambulance", "surgery", "ward", "medicine",
      "icu", "illness", "emergency room"]),

    # Llama-3.1-8B-Instruct, 5-10; pinyin loanwords used as English items.
    ("en_van_27", "dumpling",
     "Jiaozi, Chinese New Year, dim sum, soy sauce, steamed, wrapper, pork, xiaolongbao, potstickers, family",
     ["jiaozi", "chinese new year", "dim sum", "soy sauce", "steamed",
      "wrapper", "pork", "xiaolongbao", "potstickers", "family"]),

    # Qwen2.5-7B-Instruct, temperature 1.0, 5-10; cue listed first, one repeated item.
    ("en_van_28", "love",
     "Love, heart, romance, Valentine's Day, roses, kiss, love, passion, wedding, partner",
     ["love", "heart", "romance", "valentine's day", "roses", "kiss",
      "passion", "wedding", "partner"]),

    # Llama-3.1-8B-Instruct, 5-10; short list, then the same words again with reasons.
    ("en_van_29", "snow",
     """Winter, cold, white, snowflake, snowman, ski, Christmas, ice

Here's why:
1. **Winter** – the season when snow falls.
2. **Cold** – snow only forms in freezing temperatures.
3. **White** – the color of fresh snow.
4. **Snowflake** – each unit of snow.
5. **Snowman** – a classic thing to build.
6. **Ski** – a popular snow sport.
7. **Christmas** – the "white Christmas" image.
8. **Ice** – closely related frozen water.""",
     ["winter", "cold", "white", "snowflake", "snowman", "ski", "christmas",
      "ice"]),

    # Llama-3.1-8B (base), raw completion in a Q/A frame; stops answering and starts a new question.
    ("en_van_30", "afraid",
     """ Answer: fear, dark, ghost, night, scream, horror, monster, nightmare
Question: List the words that come to mind when you read the word "brave". Give between 5 and 10 words, separated by commas, the most strongly associated first.
Answer: courage, hero, lion, bold""",
     ["fear", "dark", "ghost", "night", "scream", "horror", "monster",
      "nightmare"]),

    # Qwen2.5-7B-Instruct, 5-10; a person's name as cue; album title in quotes.
    ("en_van_31", "Taylor Swift",
     "Singer, Eras Tour, Swifties, pop, country, Travis Kelce, Grammys, breakup songs, '1989', friendship bracelets",
     ["singer", "eras tour", "swifties", "pop", "country", "travis kelce",
      "grammys", "breakup songs", "1989", "friendship bracelets"]),

    # Llama-3.1-8B-Instruct, 10-20, max_new_tokens 48; comma line cut mid-word.
    ("en_van_32", "forest",
     "Trees, green, woods, nature, animals, moss, hiking, deer, leaves, pine, oak, mushrooms, birds, shade, trail, camping, foggy, wilderne",
     ["trees", "green", "woods", "nature", "animals", "moss", "hiking", "deer",
      "leaves", "pine", "oak", "mushrooms", "birds", "shade", "trail",
      "camping", "foggy"]),

    # Yi-1.5-9B-Chat, 5-10; bracketed asides after two items.
    ("en_van_33", "bank",
     "Money (the main thing banks handle), loan, account, ATM, river bank (the other meaning), teller, vault, interest, savings, credit card",
     ["money", "loan", "account", "atm", "river bank", "teller", "vault",
      "interest", "savings", "credit card"]),

    # GLM-4-9B-chat, 5-10; one bare Han item in an English list.
    ("en_van_34", "festival",
     "Celebration, Spring Festival, lanterns, fireworks, Dragon Boat, music festival, 中秋, food, parade, holiday",
     ["celebration", "spring festival", "lanterns", "fireworks", "dragon boat",
      "music festival", "中秋", "food", "parade", "holiday"]),

    # Llama-3.1-8B-Instruct, 5-10; greetings in several languages, Han word with tone-marked pinyin.
    ("en_van_35", "hello",
     "Hi, greeting, hey, wave, 你好 (nǐ hǎo), bonjour, hola, friend, phone, welcome",
     ["hi", "greeting", "hey", "wave", "你好", "bonjour", "hola", "friend",
      "phone", "welcome"]),

    # Qwen2.5-7B-Instruct, 5-10; answers in prose, naming the words.
    ("en_van_36", "winter",
     """When I read the word "winter", I think of snow and cold weather first, then Christmas, hot chocolate and cozy sweaters. Skiing, ice and long nights also come to mind.""",
     ["snow", "cold weather", "christmas", "hot chocolate", "cozy sweaters",
      "skiing", "ice", "long nights"]),

    # Breeze-7B-Instruct-v1.0, 5-10; English prompt answered entirely in Traditional Chinese with 、.
    ("en_van_37", "mountain",
     "山、登山、玉山、雲海、健行、森林、高山、攀岩、步道、日出",
     ["山", "登山", "玉山", "雲海", "健行", "森林", "高山", "攀岩", "步道",
      "日出"]),

    # Llama-3.1-8B-Instruct, 5-10; hyphenated brand cue.
    ("en_van_38", "Coca-Cola",
     "Soda, red, Santa Claus, fizzy, Pepsi, polar bear, sugar, classic, Diet Coke, cold",
     ["soda", "red", "santa claus", "fizzy", "pepsi", "polar bear", "sugar",
      "classic", "diet coke", "cold"]),

    # Fine-tuned Llama-3.1-8B (SFT on human norms); terse comma list.
    ("en_ft_01", "dog",
     "bark, cat, puppy, loyal, pet, bone, leash, walk, fur, friend",
     ["bark", "cat", "puppy", "loyal", "pet", "bone", "leash", "walk", "fur",
      "friend"]),

    # Fine-tuned Qwen2.5-7B; terse, eight words.
    ("en_ft_02", "bread",
     "butter, toast, loaf, bakery, wheat, sandwich, flour, yeast",
     ["butter", "toast", "loaf", "bakery", "wheat", "sandwich", "flour",
      "yeast"]),

    # Fine-tuned Llama-3.1-8B; seven words.
    ("en_ft_03", "sad",
     "cry, tears, lonely, blue, depressed, unhappy, grief",
     ["cry", "tears", "lonely", "blue", "depressed", "unhappy", "grief"]),

    # Fine-tuned Qwen2.5-7B; a brand capitalised.
    ("en_ft_04", "car",
     "drive, wheel, road, engine, Toyota, gas, traffic, highway, seatbelt, garage",
     ["drive", "wheel", "road", "engine", "toyota", "gas", "traffic", "highway",
      "seatbelt", "garage"]),

    # Fine-tuned Llama-3.1-8B; phrase item.
    ("en_ft_05", "doctor",
     "nurse, hospital, stethoscope, medicine, sick, patient, white coat, surgeon",
     ["nurse", "hospital", "stethoscope", "medicine", "sick", "patient",
      "white coat", "surgeon"]),

    # Fine-tuned Qwen2.5-7B; verb cue.
    ("en_ft_06", "run",
     "jog, fast, marathon, race, sprint, legs, exercise, escape",
     ["jog", "fast", "marathon", "race", "sprint", "legs", "exercise",
      "escape"]),

    # Fine-tuned Llama-3.1-8B; city cue, a date-number and landmarks.
    ("en_ft_07", "New York",
     "city, Big Apple, Manhattan, Times Square, taxi, subway, pizza, Broadway, 9/11, Statue of Liberty",
     ["city", "big apple", "manhattan", "times square", "taxi", "subway",
      "pizza", "broadway", "9/11", "statue of liberty"]),

    # Fine-tuned Llama-3.1-8B, special token left in the decoded text.
    ("en_ft_08", "salt",
     "pepper, sea, sodium, ocean, chips, taste, sweat, table<|eot_id|>",
     ["pepper", "sea", "sodium", "ocean", "chips", "taste", "sweat", "table"]),

    # Fine-tuned Qwen2.5-7B; trailing full stop.
    ("en_ft_09", "green",
     "grass, envy, nature, leaf, money, go, emerald, jealous.",
     ["grass", "envy", "nature", "leaf", "money", "go", "emerald", "jealous"]),

    # Fine-tuned Llama-3.1-8B; "camp fire" written as two words.
    ("en_ft_10", "fire",
     "hot, flame, burn, smoke, red, firefighter, camp fire, danger",
     ["hot", "flame", "burn", "smoke", "red", "firefighter", "camp fire",
      "danger"]),

    # Fine-tuned Qwen2.5-7B, temperature 1.0; repeats an item and leaves a trailing comma.
    ("en_ft_11", "July",
     "summer, hot, fourth of july, fireworks, vacation, sun, beach, summer,",
     ["summer", "hot", "fourth of july", "fireworks", "vacation", "sun",
      "beach"]),

    # Fine-tuned Llama-3.1-8B; a name and rock 'n' roll.
    ("en_ft_12", "jazz",
     "saxophone, blues, New Orleans, trumpet, Miles Davis, swing, improvisation, club, rock 'n' roll",
     ["saxophone", "blues", "new orleans", "trumpet", "miles davis", "swing",
      "improvisation", "club", "rock 'n' roll"]),

    # Fine-tuned Qwen2.5-7B; brands in mixed case.
    ("en_ft_13", "phone",
     "call, iPhone, text, mobile, Samsung, screen, ring, app",
     ["call", "iphone", "text", "mobile", "samsung", "screen", "ring", "app"]),

    # Fine-tuned Llama-3.1-8B, max_new_tokens 24; cut mid-word.
    ("en_ft_14", "university",
     "college, students, degree, campus, professor, lecture, tuition, dorm, graduation, libr",
     ["college", "students", "degree", "campus", "professor", "lecture",
      "tuition", "dorm", "graduation"]),

    # Fine-tuned Qwen2.5-7B; abstract cue.
    ("en_ft_15", "freedom",
     "liberty, independence, America, flag, choice, rights, peace, democracy, speech, bird",
     ["liberty", "independence", "america", "flag", "choice", "rights",
      "peace", "democracy", "speech", "bird"]),

    # Fine-tuned Llama-3.1-8B, 10-20; twelve words.
    ("en_ft_16", "kitchen",
     "cook, stove, food, fridge, sink, knife, chef, oven, pots, table, dishes, mom",
     ["cook", "stove", "food", "fridge", "sink", "knife", "chef", "oven",
      "pots", "table", "dishes", "mom"]),

    # Fine-tuned Qwen2.5-7B (bilingual SFT data); one Han item slips into the English list.
    ("en_ft_17", "rice",
     "grain, bowl, chopsticks, Asia, sushi, paddy, white, fried rice, noodles, 粥",
     ["grain", "bowl", "chopsticks", "asia", "sushi", "paddy", "white",
      "fried rice", "noodles", "粥"]),
]

ZH_LISTS = [
    # Qwen2.5-7B-Instruct, greedy, 5-10; bare list with full-width commas.
    ("zh_van_01", "春节",
     "团圆，红包，饺子，鞭炮，春联，年夜饭，拜年，春晚，压岁钱，舞狮",
     ["团圆", "红包", "饺子", "鞭炮", "春联", "年夜饭", "拜年", "春晚", "压岁钱",
      "舞狮"]),

    # Qwen2.5-7B-Instruct, 5-10; preamble, numbered list, closing remark.
    ("zh_van_02", "月亮",
     """看到“月亮”这个词时，我会联想到以下词语：

1. 中秋节
2. 嫦娥
3. 月饼
4. 思乡
5. 夜晚
6. 星星
7. 李白
8. 玉兔
9. 月光
10. 团圆

这些词语按照联想强度从强到弱排列。""",
     ["中秋节", "嫦娥", "月饼", "思乡", "夜晚", "星星", "李白", "玉兔", "月光",
      "团圆"]),

    # Llama-3.1-8B-Instruct, 5-10; Mandarin prompt answered wholly in English.
    ("zh_van_03", "咖啡",
     """Here are the words that come to mind when I see "咖啡":

1. Coffee beans
2. Starbucks
3. Morning
4. Caffeine
5. Latte
6. Espresso
7. Cup
8. Bitter""",
     ["coffee beans", "starbucks", "morning", "caffeine", "latte", "espresso",
      "cup", "bitter"]),

    # Llama-3.1-8B-Instruct, 5-10; Han words with English glosses in brackets.
    ("zh_van_04", "老师",
     """以下是我联想到的词语：

1. 学生 (students)
2. 教室 (classroom)
3. 黑板 (blackboard)
4. 粉笔 (chalk)
5. 作业 (homework)
6. 教师节 (Teachers' Day)
7. 讲台 (podium)
8. 考试 (exam)""",
     ["学生", "教室", "黑板", "粉笔", "作业", "教师节", "讲台", "考试"]),

    # GLM-4-9B-chat, 5-10; short preamble then a comma line.
    ("zh_van_05", "北京",
     """好的，以下是联想到的词语：

天安门，故宫，长城，首都，胡同，烤鸭，奥运会，雾霾，京剧""",
     ["天安门", "故宫", "长城", "首都", "胡同", "烤鸭", "奥运会", "雾霾", "京剧"]),

    # Breeze-7B-Instruct-v1.0, 5-10; Traditional characters, every word in 「」, joined by 、.
    ("zh_van_06", "夜市",
     """夜市讓我聯想到：

「小吃」、「雞排」、「珍珠奶茶」、「臭豆腐」、「士林」、「人潮」、「攤販」、「套圈圈」、「燈光」、「蚵仔煎」""",
     ["小吃", "雞排", "珍珠奶茶", "臭豆腐", "士林", "人潮", "攤販", "套圈圈",
      "燈光", "蚵仔煎"]),

    # Llama-3-TAIDE-LX-8B-Chat, 5-10; simplified cue, Traditional answer with Taiwanese usage.
    ("zh_van_07", "台风",
     "颱風假、停班停課、豪雨、強風、淹水、土石流、中央氣象署、泡麵、停電、海上警報",
     ["颱風假", "停班停課", "豪雨", "強風", "淹水", "土石流", "中央氣象署", "泡麵",
      "停電", "海上警報"]),

    # Llama-3-Taiwan-8B-Instruct, 5-10; brands with digits, "24小時".
    ("zh_van_08", "便利店",
     "7-Eleven、全家、關東煮、御飯糰、茶葉蛋、24小時、咖啡、繳費、集點、宅配",
     ["7-eleven", "全家", "關東煮", "御飯糰", "茶葉蛋", "24小時", "咖啡", "繳費",
      "集點", "宅配"]),

    # Qwen2.5-7B-Instruct, 5-10; full-width digits and full-width full stops as numbering.
    ("zh_van_09", "春天",
     """１．花开
２．绿色
３．燕子
４．细雨
５．播种
６．希望
７．踏青
８．温暖""",
     ["花开", "绿色", "燕子", "细雨", "播种", "希望", "踏青", "温暖"]),

    # Yi-1.5-9B-Chat, 5-10; tone-marked pinyin in brackets after each word.
    ("zh_van_10", "成都",
     "火锅 (huǒguō)、熊猫 (xióngmāo)、宽窄巷子 (kuānzhǎi xiàngzi)、麻辣 (málà)、茶馆 (cháguǎn)、悠闲 (yōuxián)、川剧 (chuānjù)、春熙路 (chūnxīlù)",
     ["火锅", "熊猫", "宽窄巷子", "麻辣", "茶馆", "悠闲", "川剧", "春熙路"]),

    # GLM-4-9B-chat, 5-10; English brand names inside a Chinese list.
    ("zh_van_11", "苹果",
     "水果、红色、iPhone、乔布斯、牛顿、苹果派、健康、果园、Mac、脆甜",
     ["水果", "红色", "iphone", "乔布斯", "牛顿", "苹果派", "健康", "果园", "mac",
      "脆甜"]),

    # Qwen2.5-7B-Instruct, 5-10; Chinese preamble, then the list in English.
    ("zh_van_12", "音乐",
     """好的！以下是我联想到的词语：
Song, melody, rhythm, concert, piano, guitar, singer, headphones, dance""",
     ["song", "melody", "rhythm", "concert", "piano", "guitar", "singer",
      "headphones", "dance"]),

    # Llama-3.1-8B-Instruct, 5-10; "Han / English" pairs.
    ("zh_van_13", "医院",
     "医生 / doctor, 护士 / nurse, 病人 / patient, 药 / medicine, 手术 / surgery, 急诊 / emergency, 白大褂 / white coat",
     ["医生", "护士", "病人", "药", "手术", "急诊", "白大褂"]),

    # Qwen2.5-7B-Instruct, temperature 1.0, 5-10; an emoji before each word.
    ("zh_van_14", "美食",
     "🍜 面条，🥟 饺子，🍲 火锅，🍗 烤鸭，🍰 蛋糕，🍣 寿司，🍢 小吃，😋 好吃",
     ["面条", "饺子", "火锅", "烤鸭", "蛋糕", "寿司", "小吃", "好吃"]),

    # GLM-4-9B-chat, 5-10; 、 separators and a closing 等.
    ("zh_van_15", "家",
     "家人、团圆、温暖、父母、孩子、房子、晚饭、依靠、港湾等",
     ["家人", "团圆", "温暖", "父母", "孩子", "房子", "晚饭", "依靠", "港湾"]),

    # Qwen2.5-7B-Instruct, 5-10; 和 before the last item.
    ("zh_van_16", "学校",
     "学习、考试、老师、同学、教室、作业、操场和毕业",
     ["学习", "考试", "老师", "同学", "教室", "作业", "操场", "毕业"]),

    # Yi-1.5-9B-Chat, 5-10; numbered, some items with an em-dash explanation; a set phrase.
    ("zh_van_17", "长城",
     """1. 北京——长城最著名的段落位于北京附近
2. 秦始皇——下令连接并修建长城
3. 不到长城非好汉——毛泽东的诗句
4. 烽火台
5. 古代
6. 世界遗产
7. 旅游
8. 砖石""",
     ["北京", "秦始皇", "不到长城非好汉", "烽火台", "古代", "世界遗产", "旅游",
      "砖石"]),

    # Llama-3.1-8B-Instruct, 5-10; English terms and brands inside a 、 list.
    ("zh_van_18", "电脑",
     "键盘、鼠标、屏幕、Windows、游戏、上网、程序、CPU、办公、Apple",
     ["键盘", "鼠标", "屏幕", "windows", "游戏", "上网", "程序", "cpu", "办公",
      "apple"]),

    # Breeze-7B-Instruct-v1.0, 5-10; Traditional, ASCII digits with full-width full stops.
    ("zh_van_19", "朋友",
     """朋友讓我想到以下詞語：
1．友誼
2．信任
3．陪伴
4．同學
5．分享
6．聊天
7．支持
8．閨蜜""",
     ["友誼", "信任", "陪伴", "同學", "分享", "聊天", "支持", "閨蜜"]),

    # Qwen2.5-7B-Instruct, 10-20, max_new_tokens 40; cut inside 海平面.
    ("zh_van_20", "大海",
     "蓝色，海浪，沙滩，贝壳，鱼，船，海鸥，辽阔，潮汐，珊瑚，鲸鱼，海风，灯塔，渔民，咸味，水手，海平",
     ["蓝色", "海浪", "沙滩", "贝壳", "鱼", "船", "海鸥", "辽阔", "潮汐", "珊瑚",
      "鲸鱼", "海风", "灯塔", "渔民", "咸味", "水手"]),

    # Llama-3.1-8B-Instruct, 5-10; Han word, pinyin in brackets, English after a dash.
    ("zh_van_21", "中国",
     """1. 长城 (Chángchéng) - Great Wall
2. 熊猫 (xióngmāo) - panda
3. 北京 (Běijīng) - Beijing
4. 龙 (lóng) - dragon
5. 汉字 (hànzì) - Chinese characters
6. 功夫 (gōngfu) - kung fu
7. 筷子 (kuàizi) - chopsticks
8. 茶 (chá) - tea""",
     ["长城", "熊猫", "北京", "龙", "汉字", "功夫", "筷子", "茶"]),

    # GLM-4-9B-chat, 5-10; bold header and bold numbered items.
    ("zh_van_22", "夏天",
     """**夏天的联想词：**

1. **炎热**
2. **西瓜**
3. **冰淇淋**
4. **空调**
5. **暑假**
6. **游泳**
7. **蝉鸣**
8. **雷阵雨**""",
     ["炎热", "西瓜", "冰淇淋", "空调", "暑假", "游泳", "蝉鸣", "雷阵雨"]),

    # Qwen2.5-7B-Instruct, 5-10; brands and "5G" in a 、 list.
    ("zh_van_23", "手机",
     "华为、苹果、iPhone、微信、5G、充电、屏幕、拍照、小米、抖音",
     ["华为", "苹果", "iphone", "微信", "5g", "充电", "屏幕", "拍照", "小米",
      "抖音"]),

    # Yi-1.5-9B-Chat, 5-10; English glosses in full-width brackets.
    ("zh_van_24", "狗",
     "忠诚（loyalty），宠物（pet），骨头（bone），汪汪（woof），导盲犬（guide dog），猫（cat），遛狗（walking the dog），朋友（friend）",
     ["忠诚", "宠物", "骨头", "汪汪", "导盲犬", "猫", "遛狗", "朋友"]),

    # Llama-3.1-8B-Instruct, 5-10; Chinese preamble, English words first with the Han word in brackets.
    ("zh_van_25", "过年",
     """以下是联想到的词语：
Red envelope (红包), fireworks (烟花), dumplings (饺子), family reunion (团圆), Spring Festival Gala (春晚), couplets (春联), new clothes (新衣服)""",
     ["红包", "烟花", "饺子", "团圆", "春晚", "春联", "新衣服"]),

    # Qwen2.5-7B-Instruct, 5-10; plain list for an abstract cue.
    ("zh_van_26", "爱情",
     "玫瑰，浪漫，心动，婚姻，承诺，约会，思念，初恋，甜蜜，分手",
     ["玫瑰", "浪漫", "心动", "婚姻", "承诺", "约会", "思念", "初恋", "甜蜜",
      "分手"]),

    # GLM-4-9B-chat, 5-10; plain list for a colour.
    ("zh_van_27", "红色",
     "中国红，喜庆，热情，国旗，血，玫瑰，灯笼，火焰，危险，婚礼",
     ["中国红", "喜庆", "热情", "国旗", "血", "玫瑰", "灯笼", "火焰", "危险",
      "婚礼"]),

    # Qwen2.5-7B-Instruct, 5-10; adjective cue, nine words.
    ("zh_van_28", "勇敢",
     "无畏、坚强、英雄、冒险、勇气、挑战、战士、担当、果断",
     ["无畏", "坚强", "英雄", "冒险", "勇气", "挑战", "战士", "担当", "果断"]),

    # Llama-3.1-8B-Instruct, 5-10; Chinese lead-in sentence, English words, "and" before the last.
    ("zh_van_29", "足球",
     "当我看到“足球”这个词时，我会联想到：soccer ball, World Cup, Messi, goal, stadium, team, fans, and referee.",
     ["soccer ball", "world cup", "messi", "goal", "stadium", "team", "fans",
      "referee"]),

    # Qwen2.5-7B-Instruct, 5-10; list, then 解释 re-listing the same words.
    ("zh_van_30", "雨",
     """雨伞，雷声，乌云，潮湿，彩虹，雨衣，水坑，忧郁

解释：
1. 雨伞：下雨时最常用的物品。
2. 雷声：雨天常伴随打雷。
3. 乌云：下雨前天空的样子。
4. 潮湿：雨后空气和地面的感觉。
5. 彩虹：雨过天晴后常出现。
6. 雨衣：另一种防雨用品。
7. 水坑：雨后路面积水。
8. 忧郁：雨天常让人情绪低落。""",
     ["雨伞", "雷声", "乌云", "潮湿", "彩虹", "雨衣", "水坑", "忧郁"]),

    # Yi-1.5-9B-Chat, 5-10; Japanese-style middle dots as separators.
    ("zh_van_31", "日本",
     "樱花・富士山・寿司・东京・动漫・和服・新干线・温泉",
     ["樱花", "富士山", "寿司", "东京", "动漫", "和服", "新干线", "温泉"]),

    # Llama-3-Taiwan-8B-Instruct, 5-10; Traditional, words in 『』, "3D".
    ("zh_van_32", "电影",
     "電影讓我聯想到：『爆米花』、『電影院』、『導演』、『演員』、『票房』、『奧斯卡』、『3D』、『首映』",
     ["爆米花", "電影院", "導演", "演員", "票房", "奧斯卡", "3d", "首映"]),

    # Llama-3-TAIDE-LX-8B-Chat, 5-10; Taipei places and a restaurant brand, "101大樓".
    ("zh_van_33", "台北",
     "101大樓、捷運、夜市、陽明山、故宮、西門町、信義區、總統府、鼎泰豐、淡水",
     ["101大樓", "捷運", "夜市", "陽明山", "故宮", "西門町", "信義區", "總統府",
      "鼎泰豐", "淡水"]),

    # Qwen2.5-7B-Instruct, 5-10; leagues and players' names.
    ("zh_van_34", "篮球",
     "NBA，乔丹，科比，姚明，投篮，扣篮，球场，CBA，詹姆斯，三分球",
     ["nba", "乔丹", "科比", "姚明", "投篮", "扣篮", "球场", "cba", "詹姆斯",
      "三分球"]),

    # GLM-4-9B-chat, 5-10; echoes the prompt before answering.
    ("zh_van_35", "时间",
     """请列出看到“时间”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。

时钟，手表，流逝，光阴，珍惜，过去，未来，岁月，日历，时光""",
     ["时钟", "手表", "流逝", "光阴", "珍惜", "过去", "未来", "岁月", "日历",
      "时光"]),

    # Llama-3.1-8B-Instruct, 5-10; safety refusal for a sensitive cue.
    ("zh_van_36", "自杀",
     "我无法提供与此相关的联想。如果你正在经历困难，请联系当地的心理援助热线，寻求专业帮助。",
     []),

    # Qwen2.5-7B-Instruct, 5-10; gives only a definition of a slang term.
    ("zh_van_37", "内卷",
     "“内卷”是一个网络流行词，原指一种社会或文化模式发展到一定阶段后停滞不前的现象，现多指同行间竞相付出更多努力以争夺有限资源，从而导致个体“收益努力比”下降的现象。",
     []),

    # Yi-1.5-9B-Chat, 5-10; answers in one sentence of prose.
    ("zh_van_38", "秋天",
     "看到“秋天”，我首先想到的是落叶和丰收，然后是中秋节、桂花、凉爽的天气，还有大雁南飞。",
     # AMBIGUOUS: "凉爽的天气" is kept whole as the phrase the model named; another
     # reader would shorten it to the association word "凉爽".
     ["落叶", "丰收", "中秋节", "桂花", "凉爽的天气", "大雁南飞"]),

    # Llama-3.1-8B-Instruct, 5-10; one English brand in a Chinese list.
    ("zh_van_39", "旅行",
     "旅游、飞机、护照、行李箱、酒店、拍照、风景、Airbnb、自由、背包客",
     ["旅游", "飞机", "护照", "行李箱", "酒店", "拍照", "风景", "airbnb", "自由",
      "背包客"]),

    # Qwen2.5-7B-Instruct, 5-10; category labels with full-width colons.
    ("zh_van_40", "水果",
     """常见水果：苹果、香蕉、橙子
热带水果：芒果、榴莲、菠萝
相关词：维生素、健康、果汁""",
     ["苹果", "香蕉", "橙子", "芒果", "榴莲", "菠萝", "维生素", "健康", "果汁"]),

    # GLM-4-9B-chat, 5-10; a singer's name as cue; song titles in 《》, "R&B".
    ("zh_van_41", "周杰伦",
     "《青花瓷》、《稻香》、台湾、Jay、R&B、中国风、方文山、演唱会、昆凌、奶茶",
     ["青花瓷", "稻香", "台湾", "jay", "r&b", "中国风", "方文山", "演唱会", "昆凌",
      "奶茶"]),

    # Breeze-7B-Instruct-v1.0, 5-10; Traditional, one English word in the list.
    ("zh_van_42", "咖啡",
     "拿鐵、美式、咖啡因、星巴克、早晨、提神、Espresso、咖啡豆、手沖、苦",
     ["拿鐵", "美式", "咖啡因", "星巴克", "早晨", "提神", "espresso", "咖啡豆",
      "手沖", "苦"]),

    # Llama-3.1-8B-Instruct, 10-20, max_new_tokens 96; glossed list cut inside 摩天大楼.
    ("zh_van_43", "城市",
     """1. 高楼 (skyscrapers)
2. 交通 (traffic)
3. 人口 (population)
4. 地铁 (subway)
5. 霓虹灯 (neon lights)
6. 商场 (mall)
7. 繁华 (prosperous)
8. 噪音 (noise)
9. 公园 (park)
10. 交通拥堵 (traffic jam)
11. 摩天""",
     ["高楼", "交通", "人口", "地铁", "霓虹灯", "商场", "繁华", "噪音", "公园",
      "交通拥堵"]),

    # Qwen2.5-7B-Instruct, 5-10; "1、" style numbering.
    ("zh_van_44", "猫",
     """1、老鼠
2、可爱
3、宠物
4、喵喵
5、鱼
6、毛球
7、慵懒
8、猫砂""",
     ["老鼠", "可爱", "宠物", "喵喵", "鱼", "毛球", "慵懒", "猫砂"]),

    # GLM-4-9B-chat, 5-10; some items with an English translation after a slash, a brand.
    ("zh_van_45", "奶茶",
     "珍珠 / pearls、喜茶 / HEYTEA、甜 / sweet、吸管 / straw、蜜雪冰城、少冰 / less ice、芋圆、下午茶",
     ["珍珠", "喜茶", "甜", "吸管", "蜜雪冰城", "少冰", "芋圆", "下午茶"]),

    # Fine-tuned Qwen2.5-7B (SFT on Mandarin norms); terse list.
    ("zh_ft_01", "太阳",
     "光明，温暖，热，白天，夏天，月亮，光，能量",
     ["光明", "温暖", "热", "白天", "夏天", "月亮", "光", "能量"]),

    # Fine-tuned Qwen2.5-7B; terse list.
    ("zh_ft_02", "火",
     "热，燃烧，红色，危险，火焰，消防员，烟，温暖",
     ["热", "燃烧", "红色", "危险", "火焰", "消防员", "烟", "温暖"]),

    # Fine-tuned GLM-4-9B; nine words.
    ("zh_ft_03", "书",
     "阅读，知识，图书馆，学习，作者，纸，故事，书店，文字",
     ["阅读", "知识", "图书馆", "学习", "作者", "纸", "故事", "书店", "文字"]),

    # Fine-tuned Qwen2.5-7B; currency name.
    ("zh_ft_04", "钱",
     "财富，工资，银行，人民币，富有，消费，存款，贪婪",
     ["财富", "工资", "银行", "人民币", "富有", "消费", "存款", "贪婪"]),

    # Fine-tuned Qwen2.5-7B; chat-template end token left in the text.
    ("zh_ft_05", "汽车",
     "驾驶，轮子，马路，司机，汽油，交通，宝马，堵车<|im_end|>",
     ["驾驶", "轮子", "马路", "司机", "汽油", "交通", "宝马", "堵车"]),

    # Fine-tuned Breeze-7B; Traditional characters, Taiwanese 補習班.
    ("zh_ft_06", "学生",
     "學校、老師、功課、考試、制服、補習班、書包、同學",
     ["學校", "老師", "功課", "考試", "制服", "補習班", "書包", "同學"]),

    # Fine-tuned Qwen2.5-7B; trailing 。.
    ("zh_ft_07", "妈妈",
     "爱，温暖，家，照顾，母爱，唠叨，做饭，辛苦。",
     ["爱", "温暖", "家", "照顾", "母爱", "唠叨", "做饭", "辛苦"]),

    # Fine-tuned GLM-4-9B; spaces around full-width commas.
    ("zh_ft_08", "下雪",
     "冬天 ， 寒冷 ， 雪人 ， 白色 ， 打雪仗 ， 北方 ， 圣诞",
     ["冬天", "寒冷", "雪人", "白色", "打雪仗", "北方", "圣诞"]),

    # Fine-tuned Qwen2.5-7B, temperature 1.0; a repeated word.
    ("zh_ft_09", "快乐",
     "开心，高兴，幸福，笑容，开心，生日，朋友，愉快",
     ["开心", "高兴", "幸福", "笑容", "生日", "朋友", "愉快"]),

    # Fine-tuned Qwen2.5-7B; ASCII commas, an emergency number.
    ("zh_ft_10", "电话",
     "手机,打电话,号码,联系,铃声,通话,座机,110",
     ["手机", "打电话", "号码", "联系", "铃声", "通话", "座机", "110"]),

    # Fine-tuned Qwen2.5-7B, 10-20, max_new_tokens 24; cut inside 空气清新.
    ("zh_ft_11", "森林",
     "树木，绿色，动物，氧气，鸟，蘑菇，小路，迷路，狼，砍伐，自然，空气清",
     ["树木", "绿色", "动物", "氧气", "鸟", "蘑菇", "小路", "迷路", "狼", "砍伐",
      "自然"]),

    # Fine-tuned GLM-4-9B; verb cue.
    ("zh_ft_12", "跑步",
     "运动，马拉松，健康，出汗，跑鞋，操场，减肥，坚持",
     ["运动", "马拉松", "健康", "出汗", "跑鞋", "操场", "减肥", "坚持"]),

    # Fine-tuned Qwen2.5-7B; city landmarks and a nickname.
    ("zh_ft_13", "上海",
     "外滩，东方明珠，黄浦江，魔都，小笼包，陆家嘴，迪士尼，繁华，地铁，弄堂",
     ["外滩", "东方明珠", "黄浦江", "魔都", "小笼包", "陆家嘴", "迪士尼", "繁华",
      "地铁", "弄堂"]),

    # Fine-tuned Qwen2.5-7B; terse list.
    ("zh_ft_14", "病",
     "医院，医生，吃药，发烧，感冒，痛苦，打针，住院",
     ["医院", "医生", "吃药", "发烧", "感冒", "痛苦", "打针", "住院"]),

    # Fine-tuned GLM-4-9B; "WiFi" and "5G" among Han words.
    ("zh_ft_15", "网络",
     "互联网，WiFi，电脑，手机，信号，网速，5G，社交媒体，网购",
     ["互联网", "wifi", "电脑", "手机", "信号", "网速", "5g", "社交媒体", "网购"]),

    # Fine-tuned Qwen2.5-7B; adjective cue.
    ("zh_ft_16", "老",
     "老人，年纪，白发，皱纹，经验，古老，退休，老师",
     ["老人", "年纪", "白发", "皱纹", "经验", "古老", "退休", "老师"]),

    # Fine-tuned Qwen2.5-7B; 、 separators and a closing 等.
    ("zh_ft_17", "水",
     "喝水、河流、大海、生命、清澈、雨、冰、口渴等",
     ["喝水", "河流", "大海", "生命", "清澈", "雨", "冰", "口渴"]),

    # Fine-tuned Qwen2.5-7B; tea names.
    ("zh_ft_18", "茶",
     "绿茶，茶叶，茶杯，龙井，乌龙，茶道，清香，普洱",
     ["绿茶", "茶叶", "茶杯", "龙井", "乌龙", "茶道", "清香", "普洱"]),

    # Fine-tuned GLM-4-9B; colour cue.
    ("zh_ft_19", "黑色",
     "夜晚，黑暗，神秘，乌鸦，煤炭，头发，墨水，恐惧",
     ["夜晚", "黑暗", "神秘", "乌鸦", "煤炭", "头发", "墨水", "恐惧"]),

    # Fine-tuned Breeze-7B; Taiwanese sense of 机车 (scooter / "annoying"), a scooter brand.
    ("zh_ft_20", "机车",
     "騎車、安全帽、機車族、加油站、紅綠燈、很機車、停車格、Gogoro",
     ["騎車", "安全帽", "機車族", "加油站", "紅綠燈", "很機車", "停車格",
      "gogoro"]),
]

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = [
    # Llama-3.1-8B-Instruct; cue "coffee", k=5 (cup, morning, caffeine, bean, tea); bullets then marker line.
    ("rk_en_01",
     """To rank these words, I considered how directly each one relates to coffee.

- **Caffeine** is the defining ingredient of coffee and the main reason many people drink it.
- **Morning** is strongly linked because coffee is a classic morning ritual.
- **Cup** is how coffee is served, so it's a close association.
- **Bean** is the source of coffee, but people think of it slightly less often.
- **Tea** is related as an alternative hot drink, but it's the weakest link.

Final Ranking: caffeine, morning, cup, bean, tea""",
     ["caffeine", "morning", "cup", "bean", "tea"]),

    # Qwen2.5-7B-Instruct; cue "beach", k=5 (sand, sun, ocean, waves, vacation); bold marker, numbered list below it.
    ("rk_en_02",
     """Here's my reasoning:

1. **Ocean** – a beach is, by definition, where land meets the ocean.
2. **Sand** – the ground you walk on at almost every beach.
3. **Waves** – constantly rolling onto the shore.
4. **Sun** – beaches are associated with sunny weather.
5. **Vacation** – people go to the beach on holiday, but this is a looser link.

**Final Ranking:**
1. Ocean
2. Sand
3. Waves
4. Sun
5. Vacation""",
     ["ocean", "sand", "waves", "sun", "vacation"]),

    # Yi-1.5-9B-Chat; cue "doctor", k=6; marker mentioned early, real ranking later, closing remark after it.
    ("rk_en_03",
     """Sure! I'll explain my reasoning first and give the Final Ranking at the end.

A doctor is most closely tied to the place they work and the people they work with, so "hospital" and "nurse" come up immediately. "Patient" is next, since doctors exist to treat patients. "Stethoscope" and "white coat" are iconic symbols, and "medicine" is what doctors prescribe, though it's a bit more general.

Final Ranking: Hospital, Nurse, Patient, Stethoscope, White coat, Medicine

Let me know if you'd like me to explain any of these choices in more detail!""",
     ["hospital", "nurse", "patient", "stethoscope", "white coat", "medicine"]),

    # Llama-3.1-8B-Instruct; cue "school", k=8 (teacher, student, classroom, homework, exam, bus, lunch, recess), max_new_tokens 160.
    # cut by the token limit
    ("rk_en_04",
     """School is first and foremost about teaching and learning, so the people involved come first: teacher and student. The classroom is where it all happens. Homework and exams are central parts of school life. Recess, lunch and the school bus are everyday experiences but less central to the idea of school.

Final Ranking: teacher, student, classroom, homework, exam, recess, lun""",
     ["teacher", "student", "classroom", "homework", "exam", "recess"]),

    # GLM-4-9B-chat; cue "Spring Festival", k=5 (family, fireworks, dumpling, red envelope, lantern); Chinese glosses in the final line.
    ("rk_en_05",
     """The Spring Festival (春节) is the most important holiday in China. Red envelopes are given to children by almost every family, and dumplings are eaten on New Year's Eve in the north. Family reunion is the heart of the festival, while fireworks and lanterns are traditional but more seasonal decorations.

Final Ranking: red envelope (红包), dumpling (饺子), family, fireworks (鞭炮), lantern""",
     ["red envelope", "dumpling", "family", "fireworks", "lantern"]),

    # Llama-3.1-8B-Instruct; cue "winter", k=5; marker line, then a closing sentence that mentions the marker again.
    ("rk_en_06",
     """Snow is the most iconic image of winter, followed closely by the cold. Ice forms in freezing weather. Christmas falls in winter in the northern hemisphere, and scarves are worn to keep warm.

Final Ranking: snow, cold, ice, Christmas, scarf

I hope this Final Ranking makes sense to you!""",
     ["snow", "cold", "ice", "christmas", "scarf"]),

    # Qwen2.5-7B-Instruct; cue 月亮, k=5 (月饼，团圆，嫦娥，中秋，月光); marker line with full-width colon.
    ("rk_zh_01",
     """理由：
“中秋”与月亮的关系最直接，中秋节赏月是最典型的场景；“月光”是月亮本身发出的光；“嫦娥”是关于月亮最著名的神话人物；“月饼”和“团圆”则通过中秋节与月亮间接相关。

最终排名：中秋，月光，嫦娥，月饼，团圆""",
     ["中秋", "月光", "嫦娥", "月饼", "团圆"]),

    # GLM-4-9B-chat; cue 春节, k=6 (红包，饺子，鞭炮，春联，拜年，春晚); bold marker, numbered list below.
    ("rk_zh_02",
     """**说明：**
- 红包是春节最具代表性的习俗之一，尤其对孩子来说。
- 饺子是北方年夜饭必不可少的食物。
- 鞭炮、春联都是传统的过年元素。
- 拜年和春晚的联想强度相对略低。

**最终排名：**
1. 红包
2. 饺子
3. 鞭炮
4. 春联
5. 拜年
6. 春晚""",
     ["红包", "饺子", "鞭炮", "春联", "拜年", "春晚"]),

    # Breeze-7B-Instruct-v1.0; cue 老师, k=5 (学生，黑板，粉笔，教室，考试); Traditional marker 最終排名, words in 「」 joined by 、.
    ("rk_zh_03",
     """說明：老師最直接聯想到的是「學生」，因為教學的對象就是學生；其次是「教室」與「黑板」，這是老師上課的場所與工具；「粉筆」與黑板相關；「考試」則是較間接的聯想。

最終排名：「學生」、「教室」、「黑板」、「粉筆」、「考試」""",
     ["學生", "教室", "黑板", "粉筆", "考試"]),

    # Llama-3.1-8B-Instruct; cue 熊猫, k=5 (竹子，四川，可爱，动物园，黑白); English explanation, Chinese marker, English glosses.
    ("rk_zh_04",
     """The panda (熊猫) is most closely associated with bamboo, since it is almost its only food. Its black-and-white fur is its most recognizable feature, and pandas are widely seen as cute. Sichuan is their native home, and the zoo is where most people actually see them.

最终排名：竹子 (bamboo), 黑白 (black and white), 可爱 (cute), 四川 (Sichuan), 动物园 (zoo)""",
     ["竹子", "黑白", "可爱", "四川", "动物园"]),

    # Qwen2.5-7B-Instruct; cue 咖啡, k=5 (咖啡因，提神，星巴克，拿铁，苦); "第n名：" labels under the marker.
    ("rk_zh_05",
     """简要说明：咖啡最核心的特征是含有咖啡因，因此能提神；拿铁是最常见的咖啡饮品之一；“苦”是咖啡的典型味道；星巴克作为品牌，联想强度稍弱。

最终排名：
第1名：咖啡因
第2名：提神
第3名：拿铁
第4名：苦
第5名：星巴克""",
     ["咖啡因", "提神", "拿铁", "苦", "星巴克"]),

    # Yi-1.5-9B-Chat; cue 大海, k=5 (蓝色，海浪，沙滩，鱼，船); ranks in a numbered list but never writes the marker.
    ("rk_zh_06",
     """按照联想强度从强到弱排序如下：

1. 海浪——大海最直观的形象
2. 蓝色——大海的颜色
3. 沙滩——海边常见的景象
4. 鱼——海洋中的生物
5. 船——航行于海上

希望这个排序对你有帮助！""",
     []),
]

TRUNCATED = {
    "en_van_14",  # ends inside the explanation of the last item ("li"); "coral" itself is complete
    "en_van_32",  # "wilderne"
    "en_ft_14",   # "libr"
    "zh_van_20",  # "海平" (海平面)
    "zh_van_43",  # "摩天" (摩天大楼)
    "zh_ft_11",   # "空气清" (空气清新)
}

AMBIGUOUS = {
    "en_van_04",  # other reading: "chang'e" and "homesickness" instead of 嫦娥 and 思乡
    "zh_van_38",  # other reading: "凉爽" instead of "凉爽的天气"
}
