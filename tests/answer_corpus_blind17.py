"""Seventeenth blind corpus of ranking answers for the ranking-answer parser.

Written 2026-12-07 by a tester helper working blind: I had NOT read the
parser (nothing under align_jax/, tests/ or benchmarks/) and ran no parser
while writing this file.  All texts are invented; none is copied from a
real rollout.

Emphasis: a REPRESENTATIVE sample of PPO ranking rollouts (not a torture
test), as produced by Llama-3.1-8B-Instruct / Qwen2.5-7B-Instruct (LoRA,
after SFT on word-association norms) for the English prompt ("... end with
a line that starts with "Final Ranking:" ...") and the Mandarin prompt
("... 最后以“最终排名：”开头的一行列出全部10个词语 ...").  Roughly:
  * entries 01-25 of each language: early training -- chatty, explanations
    of varying length, the final line sometimes laid out as a list
    (numbered, bulleted, one word per line), bold markers, headings;
  * entries 26-45: mid training -- short explanations, first drift
    (a word missing or extra, a word glossed, a repeated line);
  * entries 46-65: late training -- terse, often only the final line,
    drifting: repeated final lines, missing/extra/duplicated words, glosses,
    text after the ranking line, truncation by the token limit.

Conventions for expected_ranked_words:
  * the words after the LAST "Final Ranking" / "最终排名" marker that is
    followed by a ranking (any case, bold or not, ":" or "：", with 为/is
    allowed between marker and colon); a mention of the marker that is not
    followed by a ranking ("before I give my final ranking, ...",
    "以上即为最终排名。") does not count;
  * lowercased, in order, deduplicated keeping the first occurrence;
  * numbering, ranks, glosses (parenthesised translations or remarks,
    dash-remarks in list items), quotes, markdown and trailing punctuation
    removed;
  * a word outside the given ten is kept as written (lowercased);
  * text after the ranking line (a remark, a note, a new paragraph) is not
    part of the ranking;
  * a ranking cut by the token limit keeps its complete words; the cut
    fragment at the very end is dropped (such entries are NOT put in
    TRUNCATED);
  * [] when there is no marker, or nothing ranked after the last one.
"""

LISTS = []

EN_RANKINGS = [
    # ------------------------------------------------------------------
    # early training: chatty
    # ------------------------------------------------------------------
    ("rk_en_01",
     """Great question! Word associations with "dog" tend to cluster around pets and everyday dog behaviors.

- **puppy** is a young dog, so it's almost a synonym.
- **bark** is the sound dogs make and comes to mind instantly.
- **cat** is the classic counterpart.
- **pet**, **bone**, **tail**, **leash** and **walk** are all strongly tied to daily life with a dog.
- **fur** and **loyal** are descriptive and a bit weaker.

Final Ranking: puppy, bark, cat, pet, bone, tail, leash, walk, fur, loyal""",
     ["puppy", "bark", "cat", "pet", "bone", "tail", "leash", "walk", "fur", "loyal"]),

    ("rk_en_02",
     """When people hear "ocean", the first thing that comes to mind is usually the body of water itself and what it looks like.

1. Sea and water are near-synonyms.
2. Waves and blue describe what you see.
3. Beach, fish and shark are things found at or in the ocean.
4. Salt, deep and ship are more secondary.

Final Ranking:
1. sea
2. water
3. waves
4. blue
5. beach
6. fish
7. salt
8. deep
9. shark
10. ship""",
     ["sea", "water", "waves", "blue", "beach", "fish", "salt", "deep", "shark", "ship"]),

    ("rk_en_03",
     """Associations with "doctor" are dominated by the medical setting. "Nurse" is the most frequent response in most norms, followed by "hospital". "Medicine", "sick" and "patient" relate to what doctors deal with. "Stethoscope" and "surgeon" are more specific, while "health", "white" and "coat" are weaker (the last two mostly come from the phrase "white coat").

**Final Ranking:** nurse, hospital, medicine, sick, patient, stethoscope, surgeon, health, coat, white""",
     ["nurse", "hospital", "medicine", "sick", "patient", "stethoscope", "surgeon", "health", "coat", "white"]),

    ("rk_en_04",
     """Bread is most strongly connected to what you put on it and how it's made.

Butter is by far the most common response. Loaf and toast are forms of bread. Wheat, flour and dough are ingredients, bake is the process, and sandwich, jam and crust are less central.

**Final Ranking**: butter, loaf, toast, wheat, sandwich, bake, dough, flour, jam, crust""",
     ["butter", "loaf", "toast", "wheat", "sandwich", "bake", "dough", "flour", "jam", "crust"]),

    ("rk_en_05",
     """Winter evokes the weather first, then the holidays and the clothing we wear.

Final Ranking:
- snow
- cold
- ice
- Christmas
- December
- frost
- coat
- scarf
- sled
- dark""",
     ["snow", "cold", "ice", "christmas", "december", "frost", "coat", "scarf", "sled", "dark"]),

    ("rk_en_06",
     """Here's my reasoning, followed by the ranking.

Music is most often associated with songs and the instruments used to make them. Rhythm and melody are core musical concepts, while concert and dance are activities related to music.

Final Ranking:
1. song – the most direct product of music
2. sound – music is organized sound
3. notes
4. melody
5. piano
6. guitar
7. band
8. rhythm
9. dance
10. concert""",
     ["song", "sound", "notes", "melody", "piano", "guitar", "band", "rhythm", "dance", "concert"]),

    ("rk_en_07",
     """Sure! Let me think about how strongly each word connects to "money".

Cash is essentially a synonym of money, and bank is where money is kept. Rich and dollar are very common responses as well. Wallet and coins are a physical container and form of money. Gold historically represented money. Spend, greed and debt are more abstract.

Final Ranking: cash, bank, rich, dollar, wallet, coins, gold, spend, greed, debt

I hope this helps! Let me know if you'd like me to explain any of the placements.""",
     ["cash", "bank", "rich", "dollar", "wallet", "coins", "gold", "spend", "greed", "debt"]),

    ("rk_en_08",
     """The word "chair" is most closely tied to its function (sitting) and to other pieces of furniture.

Final Ranking: "table", "sit", "seat", "desk", "sofa", "legs", "wood", "stool", "furniture", "comfort".""",
     ["table", "sit", "seat", "desk", "sofa", "legs", "wood", "stool", "furniture", "comfort"]),

    ("rk_en_09",
     """Fire is immediately linked to heat and flames. "Hot", "flame" and "burn" are the strongest. "Smoke" and "heat" follow. "Red" is the color most people think of. "Ash", "camp" and "match" are related objects or contexts, and "danger" is a more abstract consequence.

final ranking: hot, flame, burn, smoke, heat, red, ash, camp, match, danger""",
     ["hot", "flame", "burn", "smoke", "heat", "red", "ash", "camp", "match", "danger"]),

    ("rk_en_10",
     """Reasoning: "Read" is the action most associated with a book; "page" and "story" come next. "Library", "novel" and "author" are tightly linked, while "chapter", "cover", "words" and "paper" are parts or materials.

Final Ranking: Read, Page, Story, Library, Novel, Author, Chapter, Cover, Words, Paper""",
     ["read", "page", "story", "library", "novel", "author", "chapter", "cover", "words", "paper"]),

    ("rk_en_11",
     """Before I give my final ranking, let me go through the words. "Fruit" and "red" are the most typical responses to "apple". "Tree" and "pie" are common too. "Orange" comes up because of the apples-and-oranges pairing. "Juice", "green" and "core" are related, "crisp" describes the texture, and "computer" refers to the brand, which some people think of first but most don't.

Final Ranking: fruit, red, tree, pie, orange, juice, green, core, computer, crisp""",
     ["fruit", "red", "tree", "pie", "orange", "juice", "green", "core", "computer", "crisp"]),

    ("rk_en_12",
     """A king is most strongly associated with his counterpart and with the symbols of monarchy. Queen is the top association, then crown and throne. Royal, prince, palace and castle follow. Kingdom, rule and power are more abstract.

The final ranking is: queen, crown, throne, royal, prince, palace, castle, kingdom, rule, power""",
     ["queen", "crown", "throne", "royal", "prince", "palace", "castle", "kingdom", "rule", "power"]),

    ("rk_en_13",
     """### Explanation
Rain is most directly associated with being wet and with what protects us from it.

- Umbrella and wet are the most common responses.
- Cloud, storm and thunder describe the weather.
- Drops, puddle and water are physical aspects.
- Grey and spring are atmospheric/seasonal.

### Final Ranking:
umbrella, wet, water, cloud, storm, drops, puddle, thunder, grey, spring""",
     ["umbrella", "wet", "water", "cloud", "storm", "drops", "puddle", "thunder", "grey", "spring"]),

    ("rk_en_14",
     """School makes people think first of the people in it and then of the activities.

Final Ranking: 1. teacher, 2. student, 3. class, 4. learn, 5. homework, 6. books, 7. exam, 8. friends, 9. desk, 10. bus""",
     ["teacher", "student", "class", "learn", "homework", "books", "exam", "friends", "desk", "bus"]),

    ("rk_en_15",
     """Coffee is a morning drink, so "morning" and "cup" are very strong. "Caffeine" is what people drink it for. "Tea" is the main alternative. "Black", "hot", "mug", "bean", "milk" and "cafe" follow.

Final Ranking: 1) cup 2) morning 3) caffeine 4) tea 5) black 6) hot 7) mug 8) bean 9) milk 10) cafe""",
     ["cup", "morning", "caffeine", "tea", "black", "hot", "mug", "bean", "milk", "cafe"]),

    ("rk_en_16",
     """Car associations are dominated by driving and by the parts of the car.

Final Ranking: drive (most), road, wheel, engine, keys, gas, traffic, truck, fast, garage (least)""",
     ["drive", "road", "wheel", "engine", "keys", "gas", "traffic", "truck", "fast", "garage"]),

    ("rk_en_17",
     """Let's consider each word:

**bed** – where we sleep; extremely strong association.
**tired** – the feeling that leads to sleep.
**dream** – what happens during sleep.
**night** – when we sleep.
**pillow** – sleeping accessory.
**rest** – near-synonym.
**nap** – a short sleep.
**blanket** – sleeping accessory.
**snore** – a sound made during sleep.
**dark** – environmental condition.

Final Ranking: bed, tired, dream, night, rest, pillow, nap, blanket, snore, dark""",
     ["bed", "tired", "dream", "night", "rest", "pillow", "nap", "blanket", "snore", "dark"]),

    ("rk_en_18",
     """The sun is most strongly associated with its appearance and the warmth it gives.

Final Ranking: **bright**, **hot**, **sky**, **yellow**, **light**, **summer**, **warm**, **moon**, **star**, **beach**""",
     ["bright", "hot", "sky", "yellow", "light", "summer", "warm", "moon", "star", "beach"]),

    ("rk_en_19",
     """Mother is primarily associated with family relationships. "Father" is the standard paired response, and "mom" is the informal synonym. "Love", "child", "family" and "baby" are central to motherhood, and "care", "home", "woman" and "kind" are weaker.

Final Ranking: father, mom, love, child, family, baby, care, home, woman, kind
Note: "father" and "mom" could reasonably be swapped.""",
     ["father", "mom", "love", "child", "family", "baby", "care", "home", "woman", "kind"]),

    ("rk_en_20",
     """Birds are defined by flight, so "fly" and "wings" should be first. "Feather", "nest" and "beak" are physical features and homes. "Sing" and "egg" are behaviors. "Sky", "tree" and "eagle" are contexts and examples.

Final Ranking:
fly
wings
feather
nest
sing
beak
egg
sky
tree
eagle""",
     ["fly", "wings", "feather", "nest", "sing", "beak", "egg", "sky", "tree", "eagle"]),

    ("rk_en_21",
     """Okay, I'll briefly explain and then end with the "Final Ranking:" line as requested.

"Home" is the closest synonym of "house". "Roof", "door" and "window" are its most visible parts. "Family" and "live" relate to who lives there and what you do there. "Room", "building", "garden" and "brick" are more peripheral.

Final Ranking: home, roof, door, window, family, room, building, live, garden, brick""",
     ["home", "roof", "door", "window", "family", "room", "building", "live", "garden", "brick"]),

    ("rk_en_22",
     """Hospitals are places of medical care, so the people who work there come first, then the people who are treated there and what happens to them.

Final Ranking: doctor, nurse, sick, patient, emergency, ambulance, bed, surgery, pain, clean.

These are ordered by how often I'd expect people to give each response.""",
     ["doctor", "nurse", "sick", "patient", "emergency", "ambulance", "bed", "surgery", "pain", "clean"]),

    ("rk_en_23",
     """Cheese is made from milk, and cartoons strongly tie it to mice. A specific cheese (cheddar) and foods (pizza, cracker) come next, with wine as a pairing. Yellow and holes describe its appearance, cow is the source, and smell is a property.

Final Ranking: mouse, milk, cheddar, pizza, yellow, cracker, wine, cow, holes, smell""",
     ["mouse", "milk", "cheddar", "pizza", "yellow", "cracker", "wine", "cow", "holes", "smell"]),

    ("rk_en_24",
     """1. **Flower** – gardens are full of flowers.
2. **Plant** – the general category.
3. **Grow** – what happens in a garden.
4. **Green** – the dominant color.
5. **Soil** – what plants grow in.
6. **Vegetable** – vegetable gardens are common.
7. **Rose** – a classic garden flower.
8. **Weed** – the nuisance of every garden.
9. **Water** – needed by the plants.
10. **Shovel** – a gardening tool.

Final Ranking: flower, plant, grow, green, soil, vegetable, rose, weed, water, shovel""",
     ["flower", "plant", "grow", "green", "soil", "vegetable", "rose", "weed", "water", "shovel"]),

    ("rk_en_25",
     """Night is the opposite of day and is characterized by darkness.

**Final Ranking:**
1. **dark**
2. **day**
3. **moon**
4. **stars**
5. **sleep**
6. **black**
7. **late**
8. **owl**
9. **quiet**
10. **dream**""",
     ["dark", "day", "moon", "stars", "sleep", "black", "late", "owl", "quiet", "dream"]),

    # ------------------------------------------------------------------
    # mid training: short explanations, first drift
    # ------------------------------------------------------------------
    ("rk_en_26",
     """Ice is frozen water and is cold.

Final Ranking: cold, water, frozen, cube, snow, melt, skate, slippery, hockey, drink""",
     ["cold", "water", "frozen", "cube", "snow", "melt", "skate", "slippery", "hockey", "drink"]),

    ("rk_en_27",
     """Phones are used to call and text; cell and mobile are types of phone.

Final Ranking: call, cell, mobile, text, ring, talk, screen, number, battery, app""",
     ["call", "cell", "mobile", "text", "ring", "talk", "screen", "number", "battery", "app"]),

    ("rk_en_28",
     """Trains run on tracks and stop at stations.

Final Ranking: track, station, rail, engine, ride, passenger, travel, ticket, steam (locomotive), fast""",
     ["track", "station", "rail", "engine", "ride", "passenger", "travel", "ticket", "steam", "fast"]),

    ("rk_en_29",
     """Rose is the prototypical flower.

Final Ranking: rose, petal, bloom, garden, smell, pretty, spring, bee, daisy, vase
Final Ranking: rose, petal, bloom, garden, smell, pretty, spring, bee, daisy, vase""",
     ["rose", "petal", "bloom", "garden", "smell", "pretty", "spring", "bee", "daisy", "vase"]),

    ("rk_en_30",
     """Babies cry and need a lot of care.

Final Ranking: cry, infant, mother, cute, small, diaper, bottle, crib, smile""",
     ["cry", "infant", "mother", "cute", "small", "diaper", "bottle", "crib", "smile"]),

    ("rk_en_31",
     """Teacher → school and students.

Final Ranking: school, student, class, lesson, learn, chalk, apple, grade, principal, homework, smart""",
     ["school", "student", "class", "lesson", "learn", "chalk", "apple", "grade", "principal", "homework", "smart"]),

    ("rk_en_32",
     """Final Ranking: sky, night, bright, shine, twinkle, moon, sun, galaxy, gold, movie

On reflection, "moon" is a more common response than "shine".

Final Ranking: sky, night, bright, moon, shine, twinkle, sun, galaxy, gold, movie""",
     ["sky", "night", "bright", "moon", "shine", "twinkle", "sun", "galaxy", "gold", "movie"]),

    ("rk_en_33",
     """Water is for drinking.

Final Ranking: drink, wet, ocean, river, rain, drink, ice, swim, clear, thirst, bottle""",
     ["drink", "wet", "ocean", "river", "rain", "ice", "swim", "clear", "thirst", "bottle"]),

    ("rk_en_34",
     """Final Ranking: dog, meow, kitten, pet, mouse, fur, purr, whiskers, claws, milk""",
     ["dog", "meow", "kitten", "pet", "mouse", "fur", "purr", "whiskers", "claws", "milk"]),

    ("rk_en_35",
     """Summer means heat and vacation.

Final Ranking: hot, sun, vacation, beach, warm, swim, heat, holiday, June, fun""",
     ["hot", "sun", "vacation", "beach", "warm", "swim", "heat", "holiday", "june", "fun"]),

    ("rk_en_36",
     """Glass is what windows are made of; pane and frame are its parts.

**Final Ranking:** glass, pane, door, open, view, light, curtain, frame, house, clean""",
     ["glass", "pane", "door", "open", "view", "light", "curtain", "frame", "house", "clean"]),

    ("rk_en_37",
     """Final Ranking: peace, fight, battle, soldier, army, death, gun, enemy, weapon, conflict

Peace is the most common opposite response.""",
     ["peace", "fight", "battle", "soldier", "army", "death", "gun", "enemy", "weapon", "conflict"]),

    ("rk_en_38",
     """Final Ranking: red (color), vein (where it flows), cut, bleed, heart, wound, vampire, donor, type, life""",
     ["red", "vein", "cut", "bleed", "heart", "wound", "vampire", "donor", "type", "life"]),

    ("rk_en_39",
     # cut by the token limit inside "mane"
     """Horses are ridden, usually with a saddle.

Final Ranking: ride, saddle, pony, farm, gallop, race, ma""",
     ["ride", "saddle", "pony", "farm", "gallop", "race"]),

    ("rk_en_40",
     # cut by the token limit before the final line
     """Rivers are bodies of flowing water, so "water" is the most obvious association, followed by "stream" and "flow", which describe the movement. "Bank" refers to the river's edge, and "boat", "canoe" and "fish" are things on or in the river. "Bridge" crosses it, "current" is its movement, and "lake" is another freshwater body that rivers often feed into. Taking all of this into account, I would place "water" first because""",
     []),

    ("rk_en_41",
     """Final Ranking:
1. puppy.
2. cat.
3. bark.
4. bone.
5. pet.
6. leash.
7. tail.
8. walk.
9. loyal.
10. fur.""",
     ["puppy", "cat", "bark", "bone", "pet", "leash", "tail", "walk", "loyal", "fur"]),

    ("rk_en_42",
     """Ocean: water and waves.

Final Ranking: sea, water, waves, blue, beach, fish, shark, salt, whale, deep""",
     ["sea", "water", "waves", "blue", "beach", "fish", "shark", "salt", "whale", "deep"]),

    ("rk_en_43",
     """Nurse is the strongest association, followed by hospital and medicine. Then sick, patient, stethoscope, surgeon, health, coat, and white.""",
     []),

    ("rk_en_44",
     """Butter first.

FINAL RANKING: butter, toast, loaf, wheat, flour, dough, bake, sandwich, jam, crust""",
     ["butter", "toast", "loaf", "wheat", "flour", "dough", "bake", "sandwich", "jam", "crust"]),

    ("rk_en_45",
     """Snow and cold define winter.

Final Ranking: snow, cold, ice, frost, Christmas, December, scarf, coat, sled, dark

This Final Ranking reflects typical free-association norms.""",
     ["snow", "cold", "ice", "frost", "christmas", "december", "scarf", "coat", "sled", "dark"]),

    # ------------------------------------------------------------------
    # late training: terse, drifting
    # ------------------------------------------------------------------
    ("rk_en_46",
     """Final Ranking: song, notes, melody, sound, piano, guitar, band, rhythm, concert, dance""",
     ["song", "notes", "melody", "sound", "piano", "guitar", "band", "rhythm", "concert", "dance"]),

    ("rk_en_47",
     """Final Ranking: cash, bank, rich, dollar, wallet, coins, gold, spend, debt, greed
Final Ranking: cash, bank, rich, dollar, wallet, coins, gold, spend, debt, greed
Final Ranking: cash, bank, rich, dollar, coins, wallet, gold, spend, greed, debt""",
     ["cash", "bank", "rich", "dollar", "coins", "wallet", "gold", "spend", "greed", "debt"]),

    ("rk_en_48",
     # cut by the token limit right after a comma
     """Chair: sit.

Final Ranking: sit, table, seat, desk, sofa, stool, legs,""",
     ["sit", "table", "seat", "desk", "sofa", "stool", "legs"]),

    ("rk_en_49",
     # the final line repeats and the repetition is cut inside "smoke";
     # the last marker followed by a ranking is the cut one
     """Final Ranking: flame, hot, burn, smoke, heat, red, ash, match, camp, danger

Final Ranking: flame, hot, burn, sm""",
     ["flame", "hot", "burn"]),

    ("rk_en_50",
     """Final Ranking: read, story, page, novel (fiction), library, author, chapter, cover""",
     ["read", "story", "page", "novel", "library", "author", "chapter", "cover"]),

    ("rk_en_51",
     """Fruit first.
Final Ranking: fruit, red, tree, pie, juice, green, orange, core, crisp, computer
Fruit first. Red second. Tree third.""",
     ["fruit", "red", "tree", "pie", "juice", "green", "orange", "core", "crisp", "computer"]),

    ("rk_en_52",
     # cut by the token limit right after the marker
     """A king rules a kingdom; queen and crown are the strongest associations, followed by throne, royal, palace, prince, castle, power, and rule.

Final Ranking:""",
     []),

    ("rk_en_53",
     """Final Ranking: UMBRELLA, WET, CLOUD, STORM, WATER, THUNDER, PUDDLE, DROPS, GREY, SPRING""",
     ["umbrella", "wet", "cloud", "storm", "water", "thunder", "puddle", "drops", "grey", "spring"]),

    ("rk_en_54",
     """Final Ranking: teacher, student, class, learn, homework, exam, books, friends, desk, bus, teacher, student""",
     ["teacher", "student", "class", "learn", "homework", "exam", "books", "friends", "desk", "bus"]),

    ("rk_en_55",
     """Final Ranking: morning (when people drink it), cup, caffeine (the stimulant), tea, mug, black, hot, milk, bean, cafe""",
     ["morning", "cup", "caffeine", "tea", "mug", "black", "hot", "milk", "bean", "cafe"]),

    ("rk_en_56",
     """Final Ranking: drive, road, wheel, engine, keys, truck, fast, gas, traffic, garage

Let me know if you want a different Final Ranking.""",
     ["drive", "road", "wheel", "engine", "keys", "truck", "fast", "gas", "traffic", "garage"]),

    ("rk_en_57",
     # list cut by the token limit inside "nap"
     """Final Ranking:
1. bed
2. tired
3. dream
4. night
5. pillow
6. rest
7. na""",
     ["bed", "tired", "dream", "night", "pillow", "rest"]),

    ("rk_en_58",
     """Sun → hot, bright.
Final Ranking: hot, bright, sky, light, yellow, summer, warm, moon, star, beach, sunshine""",
     ["hot", "bright", "sky", "light", "yellow", "summer", "warm", "moon", "star", "beach", "sunshine"]),

    ("rk_en_59",
     """Final Ranking: 1. father 2. mom (informal) 3. love 4. child 5. baby 6. family 7. care 8. home 9. woman 10. kind""",
     ["father", "mom", "love", "child", "baby", "family", "care", "home", "woman", "kind"]),

    ("rk_en_60",
     """Final Ranking: fly, wings, feathers, nest, beak, sing, egg, sky, tree, eagle""",
     ["fly", "wings", "feathers", "nest", "beak", "sing", "egg", "sky", "tree", "eagle"]),

    ("rk_en_61",
     """Final Ranking: home, roof, door, window, family, room, live, building, garden, brick
Final Ranking: home, roof, door, window, family
""",
     ["home", "roof", "door", "window", "family"]),

    ("rk_en_62",
     """Final Ranking is: doctor, nurse, patient, sick, emergency, ambulance, surgery, bed, pain, clean""",
     ["doctor", "nurse", "patient", "sick", "emergency", "ambulance", "surgery", "bed", "pain", "clean"]),

    ("rk_en_63",
     # cut by the token limit inside "smell"
     """Final Ranking: mouse, milk, cheddar, pizza, cracker, wine, yellow, cow, holes, sme""",
     ["mouse", "milk", "cheddar", "pizza", "cracker", "wine", "yellow", "cow", "holes"]),

    ("rk_en_64",
     """Final Ranking: flower, plant, grow, soil, green, vegetable, rose, weed, water, shovel
Explanation: flowers and plants are the core of any garden.""",
     ["flower", "plant", "grow", "soil", "green", "vegetable", "rose", "weed", "water", "shovel"]),

    ("rk_en_65",
     # AMBIGUOUS: other reading keeps the connective, last item "and dream"
     """Night is dark and quiet.

Final Ranking: dark, moon, stars, day, sleep, black, owl, quiet, late, and dream""",
     ["dark", "moon", "stars", "day", "sleep", "black", "owl", "quiet", "late", "dream"]),
]

ZH_RANKINGS = [
    # ------------------------------------------------------------------
    # early training: chatty
    # ------------------------------------------------------------------
    ("rk_zh_01",
     """好的，我来分析一下这些词与“医生”的联想强度。

“护士”和“医院”是与医生最直接相关的词，几乎是人们听到“医生”时首先想到的。“病人”和“看病”描述了医生的工作对象和内容。“药”“白大褂”“听诊器”是医生常用或常见的物品。“手术”是医生的重要工作之一，“健康”和“职业”则相对抽象。

最终排名：护士，医院，病人，看病，药，白大褂，听诊器，手术，健康，职业""",
     ["护士", "医院", "病人", "看病", "药", "白大褂", "听诊器", "手术", "健康", "职业"]),

    ("rk_zh_02",
     """春天最容易让人想到花开和温暖的天气。“花”“温暖”“绿色”是最直观的感受，“发芽”“燕子”“风筝”是春天典型的景象，“雨”“春节”“播种”“希望”的联系相对弱一些。

最终排名：花、温暖、绿色、发芽、燕子、风筝、雨、春节、播种、希望""",
     ["花", "温暖", "绿色", "发芽", "燕子", "风筝", "雨", "春节", "播种", "希望"]),

    ("rk_zh_03",
     """理由如下：
1. “海水”和“蓝色”是大海最基本的特征。
2. “波浪”“沙滩”“海鸥”是人们描述大海时常用的意象。
3. “鱼”“船”“贝壳”与大海有关，但联想稍弱。
4. “辽阔”“咸”是形容词，联想强度较低。

最终排名：
1. 海水
2. 蓝色
3. 波浪
4. 沙滩
5. 海鸥
6. 鱼
7. 船
8. 贝壳
9. 辽阔
10. 咸""",
     ["海水", "蓝色", "波浪", "沙滩", "海鸥", "鱼", "船", "贝壳", "辽阔", "咸"]),

    ("rk_zh_04",
     """“学校”最核心的联想是其中的人和日常活动。老师和学生是学校的主体，教室和上课是最常见的场景，作业、考试是学生的日常，同学、操场、校园、书包则次之。

**最终排名：** 老师，学生，教室，上课，同学，作业，考试，校园，操场，书包""",
     ["老师", "学生", "教室", "上课", "同学", "作业", "考试", "校园", "操场", "书包"]),

    ("rk_zh_05",
     """提到月亮，中国人最容易联想到中秋节和月饼。“嫦娥”“玉兔”来自神话传说，“月光”“夜晚”“星星”与月亮出现的时间和景象相关，“圆”描述月亮的形状，“思念”是月亮承载的情感，“太阳”则是与之对应的天体。

最终排名为：中秋，月饼，月光，夜晚，嫦娥，星星，玉兔，圆，思念，太阳""",
     ["中秋", "月饼", "月光", "夜晚", "嫦娥", "星星", "玉兔", "圆", "思念", "太阳"]),

    ("rk_zh_06",
     """妈妈首先让人想到“爸爸”和“母爱”，其次是“温暖”“家”“孩子”等与家庭相关的词。“关心”“做饭”“唠叨”描述了妈妈的日常形象，“亲人”“伟大”较为抽象。

最终排名：爸爸，母爱，温暖，家，孩子，关心，做饭，唠叨，亲人，伟大。

希望这个排序对你有帮助！""",
     ["爸爸", "母爱", "温暖", "家", "孩子", "关心", "做饭", "唠叨", "亲人", "伟大"]),

    ("rk_zh_07",
     """茶最直接的联想是茶叶和各种茶的品种，其次是喝茶的动作、器具和场所。

最终排名：“茶叶”，“绿茶”，“喝”，“龙井”，“杯子”，“清香”，“茶馆”，“热水”，“茶道”，“咖啡”""",
     ["茶叶", "绿茶", "喝", "龙井", "杯子", "清香", "茶馆", "热水", "茶道", "咖啡"]),

    ("rk_zh_08",
     """手机的主要功能是打电话和上网，因此“电话”联想最强。“微信”“屏幕”“充电”是使用手机时最常接触的，“苹果”“华为”是品牌，“上网”“短信”“游戏”“通讯”是功能。

最终排名：电话（phone），微信（WeChat），屏幕（screen），充电（charging），上网（internet），苹果（Apple），华为（Huawei），短信（SMS），游戏（games），通讯（communication）""",
     ["电话", "微信", "屏幕", "充电", "上网", "苹果", "华为", "短信", "游戏", "通讯"]),

    ("rk_zh_09",
     """雪最让人想到的是冬天和白色。雪花、寒冷、雪人紧随其后，滑雪和冰是与雪相关的活动和物质，北方是常下雪的地区，纯洁是雪的象征意义。

最终排名: 冬天, 白色, 雪花, 寒冷, 雪人, 下雪, 冰, 滑雪, 北方, 纯洁""",
     ["冬天", "白色", "雪花", "寒冷", "雪人", "下雪", "冰", "滑雪", "北方", "纯洁"]),

    ("rk_zh_10",
     """- **金钱**：几乎是“钱”的同义词。
- **财富**：钱的同义概念，联想很强。
- **人民币**：中国人日常使用的货币。
- **工资**、**银行**、**存款**：与收入和储蓄有关。
- **钱包**、**花钱**：与使用钱有关。
- **富有**、**贪婪**：抽象的评价。

最终排名：金钱，财富，人民币，工资，银行，存款，钱包，花钱，富有，贪婪""",
     ["金钱", "财富", "人民币", "工资", "银行", "存款", "钱包", "花钱", "富有", "贪婪"]),

    ("rk_zh_11",
     """在给出最终排名之前，我先简单说明：火最直接的特征是燃烧和热，“火焰”是火的形态，“火灾”“危险”“消防”与火的危害有关，“红色”是火的颜色，“温暖”是火带来的感受，“火柴”“灰烬”相对次要。

最终排名：燃烧，火焰，热，火灾，危险，消防，红色，温暖，火柴，灰烬""",
     ["燃烧", "火焰", "热", "火灾", "危险", "消防", "红色", "温暖", "火柴", "灰烬"]),

    ("rk_zh_12",
     """猫是常见的宠物，人们最先想到的是“狗”（猫狗常被并提）和“老鼠”（猫捉老鼠）。

最终排名：
- 狗
- 老鼠
- 宠物
- 可爱
- 猫咪
- 鱼
- 喵
- 毛
- 爪子
- 懒""",
     ["狗", "老鼠", "宠物", "可爱", "猫咪", "鱼", "喵", "毛", "爪子", "懒"]),

    ("rk_zh_13",
     """### 理由
书与阅读和知识密切相关。“读书”“知识”“阅读”是最核心的联想，“图书馆”“书店”是书所在的地方，“学习”“书本”“小说”“作者”“文字”次之。

### 最终排名：
读书，知识，阅读，图书馆，学习，书本，小说，作者，书店，文字""",
     ["读书", "知识", "阅读", "图书馆", "学习", "书本", "小说", "作者", "书店", "文字"]),

    ("rk_zh_14",
     """家是温暖的港湾。“温暖”“家人”“家庭”是最强的联想，其次是“父母”“亲情”“回家”“幸福”“团圆”，“房子”和“港湾”更偏具体或比喻。

Final Ranking: 温暖，家人，家庭，父母，亲情，回家，幸福，团圆，房子，港湾""",
     ["温暖", "家人", "家庭", "父母", "亲情", "回家", "幸福", "团圆", "房子", "港湾"]),

    ("rk_zh_15",
     """汽车最常让人联想到驾驶行为和道路交通。

最终排名：1.开车 2.司机 3.交通 4.马路 5.堵车 6.加油 7.轮胎 8.驾照 9.汽油 10.速度""",
     ["开车", "司机", "交通", "马路", "堵车", "加油", "轮胎", "驾照", "汽油", "速度"]),

    ("rk_zh_16",
     """北京是中国的首都，因此“首都”的联想最强。“天安门”“故宫”“长城”是北京最具代表性的名胜，“中国”是北京所属的国家，“烤鸭”是著名美食，“胡同”体现了老北京的特色，“北京大学”是著名高校，“雾霾”是近年来常被提到的问题，“城市”则较为宽泛。

最终排名：首都，天安门，故宫，长城，中国，烤鸭，胡同，北京大学，雾霾，城市""",
     ["首都", "天安门", "故宫", "长城", "中国", "烤鸭", "胡同", "北京大学", "雾霾", "城市"]),

    ("rk_zh_17",
     """饺子是中国北方过年必吃的食物，包饺子也是全家团聚时的活动。

最终排名：过年、春节、包饺子、馅、面粉、水饺、醋、北方、猪肉、团圆。""",
     ["过年", "春节", "包饺子", "馅", "面粉", "水饺", "醋", "北方", "猪肉", "团圆"]),

    ("rk_zh_18",
     """太阳给人最强烈的印象是光和热。

**最终排名：** **阳光**，**温暖**，**光明**，**热**，**月亮**，**日出**，**白天**，**东方**，**夏天**，**红色**""",
     ["阳光", "温暖", "光明", "热", "月亮", "日出", "白天", "东方", "夏天", "红色"]),

    ("rk_zh_19",
     """老师的职责是教书育人，因此“学生”“教书”联想最强。“粉笔”“黑板”“讲台”是老师的典型工作场景，“学校”是工作地点，“园丁”是常见的比喻，“知识”“辛苦”“尊敬”较为抽象。

最终排名：学生，教书，学校，粉笔，黑板，讲台，知识，园丁，辛苦，尊敬
注：“粉笔”和“黑板”的顺序可以互换。""",
     ["学生", "教书", "学校", "粉笔", "黑板", "讲台", "知识", "园丁", "辛苦", "尊敬"]),

    ("rk_zh_20",
     """水是生命之源，人们首先想到的是喝水和生命。

最终排名：
喝水
生命
河流
口渴
海洋
清澈
液体
雨
冰
水杯""",
     ["喝水", "生命", "河流", "口渴", "海洋", "清澈", "液体", "雨", "冰", "水杯"]),

    ("rk_zh_21",
     """“狗”最常与“猫”一起出现，“宠物”和“忠诚”也是人们对狗最常见的印象。“狗叫”“骨头”“看门”“尾巴”是狗的行为和特征，“小狗”“朋友”“可爱”则带有情感色彩。

最终排名：猫，宠物，忠诚，小狗，狗叫，骨头，看门，朋友，尾巴，可爱""",
     ["猫", "宠物", "忠诚", "小狗", "狗叫", "骨头", "看门", "朋友", "尾巴", "可爱"]),

    ("rk_zh_22",
     """夏天最直观的感受是热，其次是与消暑有关的事物。

最终排名：
1. 炎热——夏天最本质的特征
2. 西瓜——夏天最典型的水果
3. 太阳
4. 暑假
5. 空调
6. 冰淇淋
7. 游泳
8. 知了
9. 汗水
10. 蚊子

以上排序综合考虑了词语的常见程度和与夏天的直接关联。""",
     ["炎热", "西瓜", "太阳", "暑假", "空调", "冰淇淋", "游泳", "知了", "汗水", "蚊子"]),

    ("rk_zh_23",
     """中秋节的核心习俗是吃月饼、赏月，寓意家人团圆。

最终排名：月饼，月亮，团圆，赏月，家人，嫦娥，节日，思乡，桂花，放假""",
     ["月饼", "月亮", "团圆", "赏月", "家人", "嫦娥", "节日", "思乡", "桂花", "放假"]),

    ("rk_zh_24",
     """医院是看病治病的地方。“医生”“护士”“病人”是医院里最主要的人，“看病”“生病”“手术”“急诊”“挂号”是在医院发生的事情，“药”和“消毒水”则是医院里常见的东西，尤其消毒水的气味让很多人印象深刻。

最终排名：医生，护士，病人，看病，生病，手术，急诊，挂号，药，消毒水""",
     ["医生", "护士", "病人", "看病", "生病", "手术", "急诊", "挂号", "药", "消毒水"]),

    ("rk_zh_25",
     """好的，我先简要说明理由，然后按要求给出“最终排名：”一行。

爱情最直接的联想是“恋人”和“甜蜜”，“浪漫”“玫瑰”“约会”是爱情中常见的元素，“喜欢”“心动”是爱情的开始，“婚姻”“承诺”是爱情的归宿，“分手”是爱情的结束。

最终排名：恋人，甜蜜，浪漫，喜欢，心动，玫瑰，约会，婚姻，承诺，分手""",
     ["恋人", "甜蜜", "浪漫", "喜欢", "心动", "玫瑰", "约会", "婚姻", "承诺", "分手"]),

    # ------------------------------------------------------------------
    # mid training: short explanations, first drift
    # ------------------------------------------------------------------
    ("rk_zh_26",
     """米饭是中国人的主食。

最终排名：大米，吃饭，主食，碗，白色，筷子，饭菜，粮食，电饭锅，稻田""",
     ["大米", "吃饭", "主食", "碗", "白色", "筷子", "饭菜", "粮食", "电饭锅", "稻田"]),

    ("rk_zh_27",
     """下雨需要雨伞。

最终排名：雨伞，下雨，乌云，雨水，雷电，潮湿，淋湿，雨衣，彩虹，梅雨
最终排名：雨伞，下雨，乌云，雨水，雷电，潮湿，淋湿，雨衣，彩虹，梅雨""",
     ["雨伞", "下雨", "乌云", "雨水", "雷电", "潮湿", "淋湿", "雨衣", "彩虹", "梅雨"]),

    ("rk_zh_28",
     """熊猫是中国的国宝。

最终排名：国宝，竹子，可爱，黑白，四川，中国，动物园，保护，胖""",
     ["国宝", "竹子", "可爱", "黑白", "四川", "中国", "动物园", "保护", "胖"]),

    ("rk_zh_29",
     """电脑离不开键盘和鼠标。

最终排名：键盘，鼠标，屏幕，上网，游戏，软件，笔记本，办公，程序，科技，互联网""",
     ["键盘", "鼠标", "屏幕", "上网", "游戏", "软件", "笔记本", "办公", "程序", "科技", "互联网"]),

    ("rk_zh_30",
     """朋友之间最重要的是友谊和信任。

最终排名：友谊（friendship），信任，伙伴，同学，知己，帮助，陪伴，真诚，聊天，分享""",
     ["友谊", "信任", "伙伴", "同学", "知己", "帮助", "陪伴", "真诚", "聊天", "分享"]),

    ("rk_zh_31",
     """最终排名：护士，医院，病人，看病，药，听诊器，白大褂，手术，健康，职业

再想一下，“白大褂”比“听诊器”更常见。

最终排名：护士，医院，病人，看病，白大褂，药，听诊器，手术，健康，职业""",
     ["护士", "医院", "病人", "看病", "白大褂", "药", "听诊器", "手术", "健康", "职业"]),

    ("rk_zh_32",
     """春天：花开。

最终排名：花，温暖，绿色，发芽，花，燕子，风筝，雨，播种，希望，春节""",
     ["花", "温暖", "绿色", "发芽", "燕子", "风筝", "雨", "播种", "希望", "春节"]),

    ("rk_zh_33",
     # cut by the token limit inside "贝壳"
     """大海是蓝色的。

最终排名：蓝色，海水，波浪，沙滩，海鸥，鱼，船，贝""",
     ["蓝色", "海水", "波浪", "沙滩", "海鸥", "鱼", "船"]),

    ("rk_zh_34",
     """最终排名为：老师，学生，教室，上课，作业，考试，同学，校园，操场，书包""",
     ["老师", "学生", "教室", "上课", "作业", "考试", "同学", "校园", "操场", "书包"]),

    ("rk_zh_35",
     """最终排名：月饼，中秋，月光，嫦娥，夜晚，星星，玉兔，圆，思念，太阳

以上排名基于常见的联想频率。""",
     ["月饼", "中秋", "月光", "嫦娥", "夜晚", "星星", "玉兔", "圆", "思念", "太阳"]),

    ("rk_zh_36",
     """妈妈让我最先想到爸爸和母爱，然后是温暖、家、孩子、关心、做饭、唠叨、亲人、伟大。""",
     []),

    ("rk_zh_37",
     """Final Ranking: 茶叶 (tea leaves), 绿茶 (green tea), 喝 (drink), 龙井 (Longjing), 杯子 (cup), 茶馆 (teahouse), 清香 (fragrance), 热水 (hot water), 茶道 (tea ceremony), 咖啡 (coffee)""",
     ["茶叶", "绿茶", "喝", "龙井", "杯子", "茶馆", "清香", "热水", "茶道", "咖啡"]),

    ("rk_zh_38",
     # cut by the token limit right after a separator
     """手机最常用来打电话和聊微信。

最终排名：电话，微信，屏幕，充电，上网，苹果，""",
     ["电话", "微信", "屏幕", "充电", "上网", "苹果"]),

    ("rk_zh_39",
     # cut by the token limit right after the marker
     """雪让人想到冬天、白色和寒冷，其次是雪花、雪人、滑雪、冰、北方、下雪和纯洁。

最终排名：""",
     []),

    ("rk_zh_40",
     """最终排名：
1. 金钱。
2. 人民币。
3. 财富。
4. 工资。
5. 银行。
6. 存款。
7. 钱包。
8. 花钱。
9. 富有。
10. 贪婪。""",
     ["金钱", "人民币", "财富", "工资", "银行", "存款", "钱包", "花钱", "富有", "贪婪"]),

    ("rk_zh_41",
     # AMBIGUOUS: other reading takes the English line as the last marker
     # followed by a ranking -> ["flame", "burn", "hot", "fire disaster",
     # "danger", "firefighting", "red", "warm", "match", "ash"]; here
     # "(English)" between marker and colon is taken to disqualify it.
     """最终排名：火焰，燃烧，热，火灾，危险，消防，红色，温暖，火柴，灰烬
Final Ranking (English): flame, burn, hot, fire disaster, danger, firefighting, red, warm, match, ash""",
     ["火焰", "燃烧", "热", "火灾", "危险", "消防", "红色", "温暖", "火柴", "灰烬"]),

    ("rk_zh_42",
     """猫是宠物。
最终排名：宠物、狗、老鼠、可爱、猫咪、喵、鱼、毛、爪子、懒""",
     ["宠物", "狗", "老鼠", "可爱", "猫咪", "喵", "鱼", "毛", "爪子", "懒"]),

    ("rk_zh_43",
     """最终排名：读书，知识，阅读，图书馆，书本，学习，小说，作者，文字，书店
理由：读书和知识是书最核心的联想。""",
     ["读书", "知识", "阅读", "图书馆", "书本", "学习", "小说", "作者", "文字", "书店"]),

    ("rk_zh_44",
     """**最终排名**：温暖, 家人, 父母, 家庭, 回家, 亲情, 幸福, 团圆, 房子, 港湾""",
     ["温暖", "家人", "父母", "家庭", "回家", "亲情", "幸福", "团圆", "房子", "港湾"]),

    ("rk_zh_45",
     """最终排名：开车（最常见），司机，交通，马路，堵车，加油，驾照，轮胎，汽油，速度（最弱）""",
     ["开车", "司机", "交通", "马路", "堵车", "加油", "驾照", "轮胎", "汽油", "速度"]),

    # ------------------------------------------------------------------
    # late training: terse, drifting
    # ------------------------------------------------------------------
    ("rk_zh_46",
     """最终排名：首都，天安门，故宫，长城，烤鸭，中国，胡同，北京大学，城市，雾霾""",
     ["首都", "天安门", "故宫", "长城", "烤鸭", "中国", "胡同", "北京大学", "城市", "雾霾"]),

    ("rk_zh_47",
     """最终排名：过年，春节，包饺子，馅，面粉，水饺，醋，北方，猪肉，团圆
最终排名：过年，春节，包饺子，馅，面粉，水饺，醋，北方，猪肉，团圆
最终排名：过年，春节，包饺子，馅，水饺，面粉，醋，猪肉，团圆""",
     ["过年", "春节", "包饺子", "馅", "水饺", "面粉", "醋", "猪肉", "团圆"]),

    ("rk_zh_48",
     # the final line repeats and the repetition is cut inside "白天"
     """最终排名：阳光，温暖，光明，热，日出，白天，月亮，东方，夏天，红色
最终排名：阳光，温暖，光明，热，日出，白""",
     ["阳光", "温暖", "光明", "热", "日出"]),

    ("rk_zh_49",
     """最终排名：学生，教书，粉笔，黑板，讲台，学校，知识，园丁，辛苦，尊敬，蜡烛""",
     ["学生", "教书", "粉笔", "黑板", "讲台", "学校", "知识", "园丁", "辛苦", "尊敬", "蜡烛"]),

    ("rk_zh_50",
     """最终排名：生命（最本质），喝水，河流，海洋，口渴，清澈，液体，冰，雨，水杯""",
     ["生命", "喝水", "河流", "海洋", "口渴", "清澈", "液体", "冰", "雨", "水杯"]),

    ("rk_zh_51",
     """最终排名：猫，忠诚，宠物，小狗，骨头，狗叫，看门，尾巴，朋友，可爱
The ranking above reflects common associations.""",
     ["猫", "忠诚", "宠物", "小狗", "骨头", "狗叫", "看门", "尾巴", "朋友", "可爱"]),

    ("rk_zh_52",
     """最终排名：炎热，西瓜，太阳，暑假，空调，冰淇淋""",
     ["炎热", "西瓜", "太阳", "暑假", "空调", "冰淇淋"]),

    ("rk_zh_53",
     # list cut by the token limit inside "嫦娥"
     """最终排名：
1. 月饼
2. 月亮
3. 团圆
4. 赏月
5. 家人
6. 嫦""",
     ["月饼", "月亮", "团圆", "赏月", "家人"]),

    ("rk_zh_54",
     """最终排名：医生，护士，病人，医生，看病，生病，药，手术，急诊，挂号，消毒水，护士""",
     ["医生", "护士", "病人", "看病", "生病", "药", "手术", "急诊", "挂号", "消毒水"]),

    ("rk_zh_55",
     """**Final Ranking:** 恋人，浪漫，甜蜜，喜欢，心动，约会，玫瑰，婚姻，承诺，分手""",
     ["恋人", "浪漫", "甜蜜", "喜欢", "心动", "约会", "玫瑰", "婚姻", "承诺", "分手"]),

    ("rk_zh_56",
     """最终排名：大米，吃饭，主食，碗，筷子，白色，饭菜，粮食，电饭锅，稻田
以上即为最终排名。""",
     ["大米", "吃饭", "主食", "碗", "筷子", "白色", "饭菜", "粮食", "电饭锅", "稻田"]),

    ("rk_zh_57",
     """雨：雨伞。
最终排名为: 雨伞，下雨，雨水，乌云，潮湿，淋湿，雷电，雨衣，彩虹，梅雨""",
     ["雨伞", "下雨", "雨水", "乌云", "潮湿", "淋湿", "雷电", "雨衣", "彩虹", "梅雨"]),

    ("rk_zh_58",
     """最终排名：国宝 (national treasure)，竹子 (bamboo)，可爱，黑白，四川，中国，动物园，保护，胖，动物""",
     ["国宝", "竹子", "可爱", "黑白", "四川", "中国", "动物园", "保护", "胖", "动物"]),

    ("rk_zh_59",
     # cut by the token limit inside "程序"
     """最终排名：键盘、鼠标、屏幕、上网、软件、游戏、程""",
     ["键盘", "鼠标", "屏幕", "上网", "软件", "游戏"]),

    ("rk_zh_60",
     """最终排名：友谊，知己，信任，伙伴，同学，陪伴，帮助，真诚，分享，聊天

朋友是人生中不可缺少的一部分，真正的朋友会在你困难的时候给予帮助。""",
     ["友谊", "知己", "信任", "伙伴", "同学", "陪伴", "帮助", "真诚", "分享", "聊天"]),

    ("rk_zh_61",
     """最终排名：护士、医院、病人、看病、白大褂、听诊器、药、手术、职业、健康。""",
     ["护士", "医院", "病人", "看病", "白大褂", "听诊器", "药", "手术", "职业", "健康"]),

    ("rk_zh_62",
     """最终排名：花（flower），温暖（warm），绿色（green），发芽（sprout），燕子（swallow），风筝（kite），雨（rain），播种（sowing），春节（Spring Festival），希望（hope）""",
     ["花", "温暖", "绿色", "发芽", "燕子", "风筝", "雨", "播种", "春节", "希望"]),

    ("rk_zh_63",
     """最终排名：老师，学生，教室，上课，作业，考试，同学，操场，校园，书包

最终排名：
老师，学生，同学，教室，上课，考试，作业，校园，操场，书包""",
     ["老师", "学生", "同学", "教室", "上课", "考试", "作业", "校园", "操场", "书包"]),

    ("rk_zh_64",
     # the cue itself slips into the ranking (a word outside the ten)
     """最终排名：月亮，中秋，月饼，嫦娥，月光，夜晚，星星，玉兔，圆，思念，太阳""",
     ["月亮", "中秋", "月饼", "嫦娥", "月光", "夜晚", "星星", "玉兔", "圆", "思念", "太阳"]),

    ("rk_zh_65",
     # cut by the token limit before the final line
     """茶是中国的传统饮品。“茶叶”和“绿茶”与茶的联系最紧密，“龙井”是著名的绿茶品种，“茶馆”“茶道”体现了茶文化，“喝”“杯子”“热水”与饮茶的动作和器具有关，“清香”描述茶的味道，而“咖啡”是另一种常见饮品，与茶形成对比。综合来看，我认为""",
     []),
]

RANKINGS = EN_RANKINGS + ZH_RANKINGS

TRUNCATED = set()

AMBIGUOUS = {
    "rk_en_65",  # other reading: last item "and dream" (connective kept)
    "rk_zh_41",  # other reading: the English "Final Ranking (English): ..." line
}
