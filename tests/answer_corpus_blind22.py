"""Blind answer corpus 22: PPO ranking-task answers (rankings only, no association lists).

Written blind on 2026-12-07 by a helper session, without reading the parser, the tests or any
other file of the repository; every text is invented.

Emphasis: a representative sample of rollouts over a PPO run of Llama-3.1-8B-Instruct and
Qwen2.5-7B-Instruct (after SFT) on the ranking task, 66 EN and 67 ZH answers. Early iterations
are chatty (explanations of varying length, the final ranking as a numbered or bulleted list,
bold, headings, "Final Ranking (most to least):", "Rank n:" / "第一名：" / "排名1：" labels);
middle iterations are shorter; late iterations are terse and drifting (repeated final lines, a
word missing, extra or duplicated, glosses after words, text after the ranking, the marker
repeated with a revised ranking, cut by the token limit). Some rankings are written
"a > b > c", "a → b → c", "1. a 2. b 3. c" on one line, with semicolons, brackets or quotes;
Mandarin ones use 、, full-width or ASCII commas, spaces, 「」 or “” quotes, "1、" / "一、" /
"第1名：" numbering.

Prompts answered (k is usually 10, sometimes 5 or 8):
  EN: Here are {k} words that people associate with "{cue}": {words}. Rank them from the most
      to the least strongly associated with "{cue}". Explain briefly, then end with a line that
      starts with "Final Ranking:" followed by all {k} words in your order, separated by commas.
  ZH: 下面是人们由“{cue}”联想到的{k}个词语：{words}。请按照它们与“{cue}”的联想强度从强到弱排序。
      先简要说明理由，最后以“最终排名：”开头的一行列出全部{k}个词语，用逗号分隔。

Conventions for expected_ranked_words:
  * the words after the LAST "Final Ranking" / "最终排名" marker that is followed by a ranking
    (any case, bold or not, ":" or "：", "is"/"为" allowed between marker and colon; the ranking
    may be on the marker's line or as a list on the following lines); a mention of the marker
    not followed by a ranking ("before I give my final ranking, ...", "以上即为最终排名。") does
    not count;
  * lowercased, in order, deduplicated keeping the first occurrence;
  * numbering, "Rank n:" / "排名n：" / "第n名：" labels, glosses (parenthesised remarks, dash
    remarks), quotes, brackets, markdown and trailing punctuation removed;
  * a word outside the given ones is kept as written (lowercased);
  * text after the ranking (a remark on the next line or paragraph) is not part of it;
  * a ranking cut by the token limit at the very end keeps its complete words and drops the cut
    fragment (such ids are NOT in TRUNCATED; they carry a comment "# cut by the token limit");
  * [] when there is no marker, or nothing ranked after the last one.

ids: "rk_en_NN" / "rk_zh_NN". Entries: (id, text, expected_ranked_words).
"""

LISTS = []  # no association lists in this corpus

RANKINGS_EN = [
    # ---- early PPO iterations: chatty explanations, lists, bold, headings ----
    ("rk_en_01", """When thinking about "doctor," the strongest associations are the ones tied directly to what a doctor does and where they work.

1. **Nurse** – Doctors and nurses work side by side every day, so this is an almost automatic pairing.
2. **Hospital** – The most typical workplace for a doctor.
3. **Medicine** – Both the field doctors practice and what they prescribe.
4. **Patient** – Every doctor's work revolves around patients.
5. **Stethoscope** – The iconic tool hanging around a doctor's neck.
6. **Surgery** – A major part of medical practice, though not every doctor operates.
7. **Prescription** – Closely tied to visits, but more of an outcome than a core image.
8. **Clinic** – Similar to hospital but less prominent.
9. **Health** – Broad and abstract, related but less specific.
10. **White coat** – A visual symbol, but a bit more peripheral.

**Final Ranking:** nurse, hospital, medicine, patient, stethoscope, surgery, prescription, clinic, health, white coat""",
     ["nurse", "hospital", "medicine", "patient", "stethoscope", "surgery", "prescription", "clinic", "health", "white coat"]),

    ("rk_en_02", """Let me think about how strongly each word is tied to "ocean."

The most immediate associations are physical features of the ocean itself: waves and water. Marine life like fish and whales comes next, followed by places and activities connected with the sea. Words like "blue" and "salt" are descriptive and somewhat weaker, and "ship" depends on context.

### Final Ranking (most to least):
1. Waves
2. Water
3. Fish
4. Beach
5. Whale
6. Salt
7. Blue
8. Ship
9. Tide
10. Sand

These placements reflect how often each word would come up first in a typical word-association experiment.""",
     ["waves", "water", "fish", "beach", "whale", "salt", "blue", "ship", "tide", "sand"]),

    ("rk_en_03", """Here's my reasoning. "Snow" and "cold" are practically synonymous with winter in most people's minds. Holiday-related words like "Christmas" are very strong for many, while clothing items are slightly weaker, and more general words come last.

Final Ranking:
- Snow — the defining image of winter
- Cold — the defining sensation
- Christmas
- Ice
- Scarf — common winter clothing
- Coat
- Fireplace
- Hot chocolate
- Skiing
- December""",
     ["snow", "cold", "christmas", "ice", "scarf", "coat", "fireplace", "hot chocolate", "skiing", "december"]),

    ("rk_en_04", """Coffee has a few very obvious partners and some more situational ones. Most people drink it in the morning for the caffeine, so those two lead; the vessel and the drink types follow, and brand names and taste descriptors come later.

Final Ranking:
Rank 1: Morning
Rank 2: Caffeine
Rank 3: Cup
Rank 4: Espresso
Rank 5: Beans
Rank 6: Milk
Rank 7: Starbucks
Rank 8: Bitter
Rank 9: Mug
Rank 10: Breakfast""",
     ["morning", "caffeine", "cup", "espresso", "beans", "milk", "starbucks", "bitter", "mug", "breakfast"]),

    ("rk_en_05", """Before I give my final ranking, it's worth noting that "music" is a very broad cue, so the strongest associations tend to be the basic building blocks and the most common ways people experience it.

- **Song** and **melody** are the most central concepts.
- **Guitar** and **piano** are the most familiar instruments.
- **Concert** and **dance** are activities tied to music.
- **Headphones** and **radio** relate to how we listen.

Final Ranking: song, melody, guitar, piano, concert, headphones, dance, radio""",
     ["song", "melody", "guitar", "piano", "concert", "headphones", "dance", "radio"]),

    ("rk_en_06", """To rank these, I considered which words a typical student or parent would say first when hearing "school." People are the core of the experience, then the physical space, then the routines.

**Final Ranking (most to least associated):**
1. **Teacher** (the central figure)
2. **Student**
3. **Classroom**
4. **Homework** (a universal school experience)
5. **Books**
6. **Exam**
7. **Bus**
8. **Lunch**
9. **Recess**
10. **Principal**""",
     ["teacher", "student", "classroom", "homework", "books", "exam", "bus", "lunch", "recess", "principal"]),

    ("rk_en_07", """Money is most directly linked to its physical and institutional forms, then to what we do with it, and finally to the feelings and social ideas around it. "Taxes" and "greed" are real associations but feel more secondary.

Final Ranking: 1. cash 2. bank 3. wealth 4. dollar 5. coins 6. salary 7. spend 8. rich 9. greed 10. taxes""",
     ["cash", "bank", "wealth", "dollar", "coins", "salary", "spend", "rich", "greed", "taxes"]),

    ("rk_en_08", """Fire's strongest associations are its direct sensory properties (what it looks like and feels like), followed by what it produces, who fights it, and where we meet it in daily life.

Final Ranking: flame > heat > smoke > burn > red > firefighter > wood > campfire > danger > ash""",
     ["flame", "heat", "smoke", "burn", "red", "firefighter", "wood", "campfire", "danger", "ash"]),

    ("rk_en_09", """Dogs evoke strong images of companionship and behavior. The sound a dog makes and the word for a young dog are the most immediate, followed by character traits and the objects we use with dogs. "Cat" is a contrast association, so it sits lower.

Final Ranking: "bark", "puppy", "loyal", "bone", "leash", "tail", "walk", "cat", "pet", "fetch".""",
     ["bark", "puppy", "loyal", "bone", "leash", "tail", "walk", "cat", "pet", "fetch"]),

    # heading marker without a colon
    ("rk_en_10", """## Reasoning
"Flowers" and "plants" are what a garden consists of, so they come first. "Soil" is essential but less visible. "Bees" are frequent visitors, and a "shovel" is just one of many tools, so it ranks last.

## Final Ranking
1. Flowers
2. Plants
3. Soil
4. Bees
5. Shovel""",
     ["flowers", "plants", "soil", "bees", "shovel"]),

    ("rk_en_11", """Bread is a staple food, so the strongest links are to what it's made of, what goes on it, and how it's eaten.

Final Ranking:

1. Butter
2. Flour
3. Toast
4. Bakery
5. Sandwich
6. Yeast
7. Loaf
8. Wheat
9. Crust
10. Oven

Note: "butter" edges out "flour" because people more often think of what goes on bread than what goes into it.""",
     ["butter", "flour", "toast", "bakery", "sandwich", "yeast", "loaf", "wheat", "crust", "oven"]),

    ("rk_en_12", """Rain is most strongly tied to the objects we use against it and the weather around it. Visual after-effects like puddles and rainbows are weaker but still common.

Final Ranking: umbrella, wet, clouds, storm, puddle, thunder, raincoat, drops, gray sky, rainbow (from most to least)""",
     ["umbrella", "wet", "clouds", "storm", "puddle", "thunder", "raincoat", "drops", "gray sky", "rainbow"]),

    ("rk_en_13", """Love is an emotion, so the strongest associations are its symbols and the closest related feelings, then the people and occasions connected with it.

1. Heart – the universal symbol.
2. Romance – nearly a synonym in many contexts.
3. Kiss – the most common physical expression.
4. Family – love isn't only romantic.
5. Valentine's Day – the holiday dedicated to it.

The remaining words (marriage, hug, passion, roses, trust) are all related but a step further away.

Final Ranking is: heart, romance, kiss, family, Valentine's Day, marriage, hug, passion, roses, trust""",
     ["heart", "romance", "kiss", "family", "valentine's day", "marriage", "hug", "passion", "roses", "trust"]),

    ("rk_en_14", """Final Ranking:
1. Doctor – the person most associated with hospitals
2. Nurse – works alongside doctors
3. Patient
4. Emergency – emergency rooms are a defining feature
5. Ambulance
6. Surgery
7. X-ray – a common diagnostic tool
8. Bed
9. Sick
10. Medicine

I placed "doctor" first because the role is the most recognizable, while "medicine" is broad enough to apply well outside hospitals.""",
     ["doctor", "nurse", "patient", "emergency", "ambulance", "surgery", "x-ray", "bed", "sick", "medicine"]),

    ("rk_en_15", """A city is defined by its physical structures and by the density of people moving through it. Specific places like New York are strong for some people but not universal.

**Final Ranking:** Buildings, Traffic, People, Skyscrapers, Streets, Lights, Noise, New York, Subway, Apartments""",
     ["buildings", "traffic", "people", "skyscrapers", "streets", "lights", "noise", "new york", "subway", "apartments"]),

    ("rk_en_16", """Thinking about "computer," I focused on hardware first, since those are the most concrete, and then on the activities people do with one.

Final Ranking:
* **Keyboard**
* **Screen**
* **Mouse**
* **Internet**
* **Software**
* **Laptop**
* **Programming**
* **Games**
* **Email**
* **Technology**

Hardware dominates because these are the parts people physically interact with every day.""",
     ["keyboard", "screen", "mouse", "internet", "software", "laptop", "programming", "games", "email", "technology"]),

    ("rk_en_17", """Night is associated with darkness and with the things we see and do after sunset. "Moon" and "dark" are the most immediate, while "owl" and "streetlights" are more situational.

Here is my final ranking: moon, dark, stars, sleep, quiet, dream, owl, midnight, cold, streetlights""",
     ["moon", "dark", "stars", "sleep", "quiet", "dream", "owl", "midnight", "cold", "streetlights"]),

    ("rk_en_18", """Mountains are primarily about height and terrain, so the words describing the top and the act of going up come first. "Everest" is a specific example and ranks last.

Final Ranking:
1) Peak
2) Climbing
3) Snow
4) Hiking
5) Rocks
6) Altitude
7) Valley
8) Everest""",
     ["peak", "climbing", "snow", "hiking", "rocks", "altitude", "valley", "everest"]),

    # the last mention of the marker ("this is my final ranking.") has no ranking after it
    ("rk_en_19", """Books are most closely associated with reading itself and then with the people and places connected to them.

Final Ranking: read, pages, library, author, story, novel, cover, chapter, shelf, knowledge

I feel confident about the top three; the rest could shift a little depending on the reader, but this is my final ranking.""",
     ["read", "pages", "library", "author", "story", "novel", "cover", "chapter", "shelf", "knowledge"]),

    ("rk_en_20", """Summer's most obvious associations are the weather and vacations.

Final Ranking: sun, heat, beach, vacation, swimming, ice cream, holiday, barbecue, sunscreen, July

Actually, on reflection, "beach" is probably a stronger association than "heat" for most people, since it's such a defining summer image, and "vacation" deserves a higher place too.

Final Ranking: sun, beach, vacation, heat, swimming, ice cream, holiday, barbecue, sunscreen, July""",
     ["sun", "beach", "vacation", "heat", "swimming", "ice cream", "holiday", "barbecue", "sunscreen", "july"]),

    ("rk_en_21", """blood is strongly linked to its color and to the parts of the body that carry it. medical words come next, and "vampire" is a cultural association that many people still think of quickly.

final ranking: red, veins, heart, wound, donation, vampire, transfusion, cut, hospital, type""",
     ["red", "veins", "heart", "wound", "donation", "vampire", "transfusion", "cut", "hospital", "type"]),

    ("rk_en_22", """The word "king" conjures images of royalty and power. The crown and the queen are the most immediate, followed by the trappings of a monarchy. "Chess" and "lion" are metaphorical uses.

FINAL RANKING： crown, queen, throne, royal, kingdom, castle, power, ruler, chess, lion""",
     ["crown", "queen", "throne", "royal", "kingdom", "castle", "power", "ruler", "chess", "lion"]),

    # ---- middle iterations: shorter ----
    ("rk_en_23", """Trains are tied to rails and stations first, then to the experience of travel.

**Final Ranking**: tracks, station, railway, locomotive, ticket, passenger, travel, steam, subway, conductor""",
     ["tracks", "station", "railway", "locomotive", "ticket", "passenger", "travel", "steam", "subway", "conductor"]),

    ("rk_en_24", """Apple is a fruit first, then a color, a dessert and a brand.

Final Ranking: fruit, red, pie, tree, iPhone""",
     ["fruit", "red", "pie", "tree", "iphone"]),

    ("rk_en_25", """Cooking is the main activity in a kitchen, so it leads; appliances and tools follow.

Final Ranking: cooking; stove; food; fridge; knife; sink; oven; recipe; pots; table""",
     ["cooking", "stove", "food", "fridge", "knife", "sink", "oven", "recipe", "pots", "table"]),

    # eleven words: one outside the given ten is kept
    ("rk_en_26", """War is defined by fighting and by its consequences.

Final Ranking: battle, soldiers, weapons, death, army, conflict, guns, tanks, history, destruction, peace""",
     ["battle", "soldiers", "weapons", "death", "army", "conflict", "guns", "tanks", "history", "destruction", "peace"]),

    ("rk_en_27", """Sleep is most associated with where and when it happens, then with how it feels.

Final Ranking: 1. bed, 2. night, 3. dream, 4. pillow, 5. tired, 6. rest, 7. blanket, 8. alarm, 9. snore, 10. nap""",
     ["bed", "night", "dream", "pillow", "tired", "rest", "blanket", "alarm", "snore", "nap"]),

    ("rk_en_28", """Ice cream is mostly about how it is served and its flavors.

Final Ranking: 1. cone 2. vanilla 3. cold 4. summer 5. chocolate chip 6. sprinkles 7. scoop 8. sweet 9. ice cream truck 10. dessert""",
     ["cone", "vanilla", "cold", "summer", "chocolate chip", "sprinkles", "scoop", "sweet", "ice cream truck", "dessert"]),

    ("rk_en_29", """Teachers are defined by their setting and by the people they teach.

Final Ranking: school, students (most direct), classroom, lesson, blackboard, homework (assigned by teachers), grades, education, apple, patience""",
     ["school", "students", "classroom", "lesson", "blackboard", "homework", "grades", "education", "apple", "patience"]),

    ("rk_en_30", """Final Ranking: drive, road, wheels, engine, gas, traffic, keys, speed, garage, license
This order puts the activity of driving ahead of the car's parts.""",
     ["drive", "road", "wheels", "engine", "gas", "traffic", "keys", "speed", "garage", "license"]),

    ("rk_en_31", """Cats are mostly associated with their sounds and behaviors.

Final Ranking: [meow, kitten, purr, whiskers, fur, mouse, litter, independent, nap, claws]""",
     ["meow", "kitten", "purr", "whiskers", "fur", "mouse", "litter", "independent", "nap", "claws"]),

    ("rk_en_32", """Phones are about communication first and the device second.

Final Ranking:
- call
- text
- smartphone
- screen
- apps
- charger
- ringtone
- battery

Let me know if you'd like me to explain any of these placements in more detail.""",
     ["call", "text", "smartphone", "screen", "apps", "charger", "ringtone", "battery"]),

    ("rk_en_33", """Birds are defined by flight, so everything about flying ranks highest.

Final Ranking: fly → wings → feathers → nest → sing → eggs → sky → beak → tree → eagle""",
     ["fly", "wings", "feathers", "nest", "sing", "eggs", "sky", "beak", "tree", "eagle"]),

    # "and" before the last word
    ("rk_en_34", """A river is flowing water, so movement and water-related words rank highest, and objects found on or near rivers follow.

Final Ranking: water, flow, bank, fish, bridge, boat, stream, current, delta, and canoe.""",
     ["water", "flow", "bank", "fish", "bridge", "boat", "stream", "current", "delta", "canoe"]),

    # the ranking wraps onto a second line
    ("rk_en_35", """Parties are about celebration and people getting together.

Final Ranking: celebration, friends, music, dance, cake, balloons,
birthday, drinks, games, invitation""",
     ["celebration", "friends", "music", "dance", "cake", "balloons", "birthday", "drinks", "games", "invitation"]),

    ("rk_en_36", """The moon is tied to the night sky above everything else.

Final Ranking: **night**, **stars**, *full moon*, tide, astronaut, crater, lunar, werewolf, orbit, silver""",
     ["night", "stars", "full moon", "tide", "astronaut", "crater", "lunar", "werewolf", "orbit", "silver"]),

    ("rk_en_37", """Chairs are for sitting.

Final Ranking: sit>table>wood>desk>comfort""",
     ["sit", "table", "wood", "desk", "comfort"]),

    ("rk_en_38", """Shoes are about feet and walking.

Final Ranking:
feet, laces, walk, sneakers, socks, leather, heel, boots, running, size""",
     ["feet", "laces", "walk", "sneakers", "socks", "leather", "heel", "boots", "running", "size"]),

    ("rk_en_39", """The sun gives light and warmth.

Final Ranking: light — the most immediate, heat, sky, yellow, summer, star, sunset, sunglasses, energy, tan""",
     ["light", "heat", "sky", "yellow", "summer", "star", "sunset", "sunglasses", "energy", "tan"]),

    ("rk_en_40", """Babies are small and need constant care.

Final Ranking: cry, cute, diaper, bottle, cry, mother, crib, small, toys, sleep, newborn""",
     ["cry", "cute", "diaper", "bottle", "mother", "crib", "small", "toys", "sleep", "newborn"]),

    # ---- late iterations: terse and drifting ----
    ("rk_en_41", """Final Ranking: trees, green, wood, animals, hiking, leaves, moss, deer, camping, shade""",
     ["trees", "green", "wood", "animals", "hiking", "leaves", "moss", "deer", "camping", "shade"]),

    ("rk_en_42", """Money and accounts are central.

Final Ranking: money, account, loan, teller, savings, vault, interest, ATM, deposit, river
Final Ranking: money, account, loan, teller, savings, vault, interest, ATM, deposit, river
Final Ranking: money, account, loan, teller, savings, vault, interest, ATM, deposit, river""",
     ["money", "account", "loan", "teller", "savings", "vault", "interest", "atm", "deposit", "river"]),

    ("rk_en_43", """Final Ranking: army, uniform, war, gun, brave, boots, helmet, duty, salute, camp
Final Ranking: army, war, uniform, gun, brave, helmet, boots, duty, salute, camp""",
     ["army", "war", "uniform", "gun", "brave", "helmet", "boots", "duty", "salute", "camp"]),

    # nine words for k=10
    ("rk_en_44", """Snow is white and cold.

Final Ranking: white, cold, winter, snowman, flakes, ski, ice, sled, blizzard""",
     ["white", "cold", "winter", "snowman", "flakes", "ski", "ice", "sled", "blizzard"]),

    ("rk_en_45", """Final Ranking: cheese (topping), Italy (origin), slice, pepperoni, delivery, dough, oven, tomato, box, party""",
     ["cheese", "italy", "slice", "pepperoni", "delivery", "dough", "oven", "tomato", "box", "party"]),

    # cut by the token limit
    ("rk_en_46", """Marriage centers on the ceremony.

Final Ranking: wedding, bride, groom, ring, love, cake, vows, church, honeym""",
     ["wedding", "bride", "groom", "ring", "love", "cake", "vows", "church"]),

    # cut by the token limit
    ("rk_en_47", """Final Ranking:
1. temperature
2. sick
3. hot
4. flu
5. thermometer
6. sweat
7. chills
8. headac""",
     ["temperature", "sick", "hot", "flu", "thermometer", "sweat", "chills"]),

    # cut by the token limit (right after a comma)
    ("rk_en_48", """Final Ranking: music, guitar, drums, concert, singer, rock, stage, tour,""",
     ["music", "guitar", "drums", "concert", "singer", "rock", "stage", "tour"]),

    # cut by the token limit; the last marker's ranking is the cut one
    ("rk_en_49", """Final Ranking: sky, night, bright, twinkle, galaxy, sun, shine, wish, astronomy, space
Final Ranking: sky, night, bright, twinkle, galaxy, sun, shine, wi""",
     ["sky", "night", "bright", "twinkle", "galaxy", "sun", "shine"]),

    # no marker at all
    ("rk_en_50", """time, hands, alarm, tick, hour, minute, wall, watch, late, schedule""",
     []),

    # "Final Answer" is not the marker
    ("rk_en_51", """Tea is a drink tied to calm moments.

Final Answer: cup, green, leaves, hot, kettle, china, milk, calm, bag, sugar""",
     []),

    # stopped by the token limit right after the marker: nothing ranked
    ("rk_en_52", """Tigers are big cats known for their stripes and strength. Stripes are the most distinctive, followed by their habitat and ferocity. Final Ranking:""",
     []),

    # a later "Final Ranking is ..." sentence is not followed by a ranking
    ("rk_en_53", """Final Ranking: play, fun, win, board, video, team, rules, score, lose, dice

Final Ranking is based on how often each word comes up in everyday talk about games.""",
     ["play", "fun", "win", "board", "video", "team", "rules", "score", "lose", "dice"]),

    ("rk_en_54", """**Final Ranking: joy, smile, laugh, sun, party, friends, dance, love, fun, celebrate**""",
     ["joy", "smile", "laugh", "sun", "party", "friends", "dance", "love", "fun", "celebrate"]),

    ("rk_en_55", """Final Ranking: books，exam，learn，library，notes，focus，desk，homework，knowledge，coffee""",
     ["books", "exam", "learn", "library", "notes", "focus", "desk", "homework", "knowledge", "coffee"]),

    ("rk_en_56", """Final Ranking: web, eight legs, scary, insect, bite, silk, venom, Spider-Man, halloween""",
     ["web", "eight legs", "scary", "insect", "bite", "silk", "venom", "spider-man", "halloween"]),

    ("rk_en_57", """Final Ranking:
1. Treasure
2. Yellow
3. Medal
4. Jewelry
5. Coins
6. Rich
7. Shiny
8. Olympics
9. Mine
10. Bar
(Most to least associated.)""",
     ["treasure", "yellow", "medal", "jewelry", "coins", "rich", "shiny", "olympics", "mine", "bar"]),

    ("rk_en_58", """**Final Ranking is:** ride, saddle, gallop, stable, hay, mane, racing, cowboy, farm, pony""",
     ["ride", "saddle", "gallop", "stable", "hay", "mane", "racing", "cowboy", "farm", "pony"]),

    ("rk_en_59", """Final Ranking: Rank 1: officer, Rank 2: badge, Rank 3: siren, Rank 4: crime, Rank 5: law""",
     ["officer", "badge", "siren", "crime", "law"]),

    ("rk_en_60", """Final Ranking: trust, loyalty, fun, support, laughter, share, help, talk, together, best.
Hope this helps!""",
     ["trust", "loyalty", "fun", "support", "laughter", "share", "help", "talk", "together", "best"]),

    ("rk_en_61", """Final Ranking: stars, planets, rocket, astronaut, moon, galaxy, NASA, dark, universe, gravity, gravity, gravity""",
     ["stars", "planets", "rocket", "astronaut", "moon", "galaxy", "nasa", "dark", "universe", "gravity"]),

    ("rk_en_62", """Final Ranking: books (core) > quiet > librarian > shelves > reading > study > card > silence > borrow > archive""",
     ["books", "quiet", "librarian", "shelves", "reading", "study", "card", "silence", "borrow", "archive"]),

    # an earlier "my final ranking is below." has no ranking after it
    ("rk_en_63", """I'll weigh each word by how quickly it comes to mind; my final ranking is below.

Final Ranking: drink, ocean, rain, wet, river, thirst, bottle, swim, clear, ice""",
     ["drink", "ocean", "rain", "wet", "river", "thirst", "bottle", "swim", "clear", "ice"]),

    ("rk_en_64", """Final Ranking: 1) wings 2) caterpillar 3) colorful 4) flowers 5) fly 6) spring 7) cocoon 8) garden""",
     ["wings", "caterpillar", "colorful", "flowers", "fly", "spring", "cocoon", "garden"]),

    # cut by the token limit
    ("rk_en_65", """Final Ranking: 1. cake 2. candles 3. presents 4. party 5. balloons 6. wish 7. celeb""",
     ["cake", "candles", "presents", "party", "balloons", "wish"]),

    ("rk_en_66", """Dreams happen while we sleep.
Final Ranking: 1.sleep, 2.night, 3.bed, 4.nightmare, 5.imagination, 6.wish, 7.fantasy, 8.goal, 9.pillow, 10.memory""",
     ["sleep", "night", "bed", "nightmare", "imagination", "wish", "fantasy", "goal", "pillow", "memory"]),
]

RANKINGS_ZH = [
    # ---- 早期迭代：说明较长，列表、加粗、标题 ----
    ("rk_zh_01", """“医生”最直接的联想来自医生的工作场景和工作对象。

1. **护士**：与医生朝夕相处，几乎是条件反射式的联想。
2. **医院**：医生最典型的工作地点。
3. **病人**：医生服务的对象。
4. **药**：看病离不开开药。
5. **听诊器**：医生的标志性工具。
6. **手术**：很重要，但并非所有医生都做手术。
7. **白大褂**：视觉上的符号。
8. **处方**：看病的结果之一。
9. **健康**：比较抽象。
10. **诊所**：与医院相似，但不那么突出。

**最终排名：** 护士，医院，病人，药，听诊器，手术，白大褂，处方，健康，诊所""",
     ["护士", "医院", "病人", "药", "听诊器", "手术", "白大褂", "处方", "健康", "诊所"]),

    ("rk_zh_02", """春节是中国最重要的传统节日，与之联系最紧密的是节日期间的饮食和习俗。饺子和红包几乎是每个人都会首先想到的；鞭炮、春联等习俗紧随其后；春晚和压岁钱虽然常见，但更偏向具体活动。

### 最终排名（从强到弱）：
1. 饺子
2. 红包
3. 鞭炮
4. 团圆
5. 春联
6. 年夜饭
7. 烟花
8. 拜年
9. 春晚
10. 压岁钱""",
     ["饺子", "红包", "鞭炮", "团圆", "春联", "年夜饭", "烟花", "拜年", "春晚", "压岁钱"]),

    ("rk_zh_03", """说到“大海”，人们最先想到的是海浪和沙滩这样的直观景象，其次是颜色和海洋生物，最后是与大海有关的活动。

最终排名：海浪、沙滩、蓝色、鱼、船、贝壳、海风、盐、岛屿、潜水""",
     ["海浪", "沙滩", "蓝色", "鱼", "船", "贝壳", "海风", "盐", "岛屿", "潜水"]),

    ("rk_zh_04", """学校的核心是人，其次是场所，再次是日常的学习活动。校服、食堂和铃声属于校园生活的细节，联想强度相对较弱。

最终排名：
第一名：老师
第二名：学生
第三名：教室
第四名：作业
第五名：考试
第六名：操场
第七名：课本
第八名：校服
第九名：食堂
第十名：铃声""",
     ["老师", "学生", "教室", "作业", "考试", "操场", "课本", "校服", "食堂", "铃声"]),

    ("rk_zh_05", """喝咖啡最主要的目的是提神，所以“提神”和“咖啡因”排在最前面；其次是咖啡的种类和喝咖啡的场景。

最终排名：
排名1：提神
排名2：咖啡因
排名3：拿铁
排名4：苦
排名5：咖啡馆
排名6：早晨
排名7：加班
排名8：咖啡豆""",
     ["提神", "咖啡因", "拿铁", "苦", "咖啡馆", "早晨", "加班", "咖啡豆"]),

    # “最终排名之前”这一提及后面没有排名
    ("rk_zh_06", """在给出最终排名之前，先说明一下思路：“月亮”在中国文化中与中秋节和思乡之情紧密相连，因此节日和文化意象排在前面，天文意义上的联想排在后面。

- 中秋、月饼：节日联想最强。
- 嫦娥、玉兔：神话传说。
- 李白：“举头望明月”。

最终排名：中秋，月饼，夜晚，嫦娥，星星，思乡，月光，圆，玉兔，李白""",
     ["中秋", "月饼", "夜晚", "嫦娥", "星星", "思乡", "月光", "圆", "玉兔", "李白"]),

    ("rk_zh_07", """音乐最核心的要素是歌曲和旋律，其次是常见的乐器，再其次是听音乐的方式和场合。

最终排名：
1. 歌曲（最核心）
2. 旋律
3. 钢琴
4. 吉他
5. 演唱会（常见的音乐活动）
6. 耳机
7. 节奏
8. 歌手""",
     ["歌曲", "旋律", "钢琴", "吉他", "演唱会", "耳机", "节奏", "歌手"]),

    ("rk_zh_08", """冬天最典型的联想是天气本身，其次是保暖的衣物和冬季特有的活动与节日。

最终排名：
- 雪——冬天最典型的景象
- 寒冷——最直接的感受
- 羽绒服
- 围巾
- 火锅——冬天的美食
- 春节
- 冰
- 暖气
- 手套
- 北风""",
     ["雪", "寒冷", "羽绒服", "围巾", "火锅", "春节", "冰", "暖气", "手套", "北风"]),

    ("rk_zh_09", """“钱”首先让人想到财富和存钱的地方，其次是赚钱的方式，最后是与钱有关的情绪和观念。

最终排名：1. 财富 2. 银行 3. 工作 4. 工资 5. 消费 6. 存款 7. 人民币 8. 贪婪 9. 房子 10. 压力""",
     ["财富", "银行", "工作", "工资", "消费", "存款", "人民币", "贪婪", "房子", "压力"]),

    ("rk_zh_10", """火最直接的联想是它的外观和温度，其次是它产生的东西，以及与之相关的人和风险。

最终排名：火焰 > 热 > 烟 > 燃烧 > 红色 > 消防员 > 木柴 > 危险 > 篝火 > 灰烬""",
     ["火焰", "热", "烟", "燃烧", "红色", "消防员", "木柴", "危险", "篝火", "灰烬"]),

    ("rk_zh_11", """书最主要的功能是阅读和传递知识，因此这两个词排在最前面；与书相关的场所和人物次之。

最终排名：“阅读”，“知识”，“图书馆”，“作者”，“故事”，“小说”，“书架”，“书店”，“文字”，“封面”。""",
     ["阅读", "知识", "图书馆", "作者", "故事", "小说", "书架", "书店", "文字", "封面"]),

    # 排名之后的“以上即为最终排名。”后面没有排名
    ("rk_zh_12", """“家”首先让人想到家人和家带来的感受，其次才是具体的物品。

最终排名：父母，温暖，房子，亲情，团圆，饭菜，孩子，安全感，沙发，钥匙

以上即为最终排名。""",
     ["父母", "温暖", "房子", "亲情", "团圆", "饭菜", "孩子", "安全感", "沙发", "钥匙"]),

    ("rk_zh_13", """老师的职责是教书育人，所以与教学直接相关的词排在前面。

最终排名：讲台，黑板，粉笔，学生，备课，教师节，作业，知识，辛苦，园丁

等等，我重新考虑一下：“学生”作为老师的工作对象，联想强度应该高于“讲台”和“粉笔”；“知识”也应该靠前一些。

最终排名：学生，讲台，黑板，知识，粉笔，备课，教师节，作业，辛苦，园丁""",
     ["学生", "讲台", "黑板", "知识", "粉笔", "备课", "教师节", "作业", "辛苦", "园丁"]),

    ("rk_zh_14", """北京作为首都，最突出的联想是标志性建筑和历史文化，其次是美食和城市生活。

最终排名为：天安门，故宫，长城，首都，烤鸭，胡同，奥运会，雾霾，地铁，四合院""",
     ["天安门", "故宫", "长城", "首都", "烤鸭", "胡同", "奥运会", "雾霾", "地铁", "四合院"]),

    ("rk_zh_15", """电脑最直观的是硬件部分，人们每天都要接触；其次是用电脑做的事情。

**最终排名：**
- **键盘**
- **鼠标**
- **屏幕**
- **上网**
- **软件**
- **游戏**
- **编程**
- **办公**
- **主机**
- **科技**

硬件排在前面，是因为它们是人们与电脑直接打交道的部分。""",
     ["键盘", "鼠标", "屏幕", "上网", "软件", "游戏", "编程", "办公", "主机", "科技"]),

    # “最终排名如下：”——标记与冒号之间是“如下”
    ("rk_zh_16", """雨最直接的联想是挡雨的工具和下雨时的天气现象，其次是雨带来的感受。

最终排名如下：
1. 雨伞
2. 乌云
3. 湿
4. 雷电
5. 雨衣
6. 水坑
7. 彩虹
8. 梅雨
9. 清凉
10. 忧郁""",
     ["雨伞", "乌云", "湿", "雷电", "雨衣", "水坑", "彩虹", "梅雨", "清凉", "忧郁"]),

    ("rk_zh_17", """猫的叫声和外形特征最容易被想到，其次是猫的习性和与猫有关的物品。

最终排名：喵，可爱，老鼠，胡须，毛茸茸，鱼，猫砂，慵懒，爪子，宠物

这样的排序主要考虑了日常生活中人们提到猫时最常说的词。""",
     ["喵", "可爱", "老鼠", "胡须", "毛茸茸", "鱼", "猫砂", "慵懒", "爪子", "宠物"]),

    ("rk_zh_18", """夏天最强烈的联想是炎热的天气和解暑的食物，其次是假期和户外活动。

最终排名: 炎热，西瓜，冰淇淋，暑假，空调，游泳，蝉鸣，太阳，防晒，海边""",
     ["炎热", "西瓜", "冰淇淋", "暑假", "空调", "游泳", "蝉鸣", "太阳", "防晒", "海边"]),

    ("rk_zh_19", """爱情首先是一种情感体验，所以“浪漫”“心动”这类词联想最强；象征物和节日其次；更长远的承诺和陪伴排在后面。

最终排名：
1、浪漫
2、玫瑰
3、心动
4、婚姻
5、情人节
6、牵手
7、承诺
8、思念
9、初恋
10、陪伴""",
     ["浪漫", "玫瑰", "心动", "婚姻", "情人节", "牵手", "承诺", "思念", "初恋", "陪伴"]),

    ("rk_zh_20", """医院里最常见的是医护人员和病人，其次是看病的流程和医院特有的气味。

最终排名：医生，护士，病床，急诊，挂号，打针，消毒水，救护车，手术室，排队。""",
     ["医生", "护士", "病床", "急诊", "挂号", "打针", "消毒水", "救护车", "手术室", "排队"]),

    ("rk_zh_21", """熊猫是中国的国宝，最直接的联想是它的食物和外形，其次是它的产地。

最终排名：

一、竹子
二、国宝
三、黑白
四、四川
五、可爱
六、动物园
七、憨厚
八、保护""",
     ["竹子", "国宝", "黑白", "四川", "可爱", "动物园", "憨厚", "保护"]),

    ("rk_zh_22", """手机已经成为日常生活中不可缺少的工具，我从用途和品牌两个角度来考虑。

**分析：**
通话和微信是手机最基本的功能，所以排在最前；品牌（如 iPhone、华为）次之；充电、屏幕等属于硬件细节。

**最终排名：**
1. 通话
2. 微信
3. iPhone
4. 华为
5. 屏幕
6. 充电
7. 拍照
8. 短信
9. 游戏
10. 低头族

希望这个排序对你有帮助！""",
     ["通话", "微信", "iphone", "华为", "屏幕", "充电", "拍照", "短信", "游戏", "低头族"]),

    # ---- 中期迭代：较短 ----
    ("rk_zh_23", """太阳带来光和热。

最终排名：阳光，温暖，光明，夏天，热，白天，能量，日出，向日葵，红色""",
     ["阳光", "温暖", "光明", "夏天", "热", "白天", "能量", "日出", "向日葵", "红色"]),

    ("rk_zh_24", """苹果首先是水果。

最终排名：水果，红色，甜，手机，树""",
     ["水果", "红色", "甜", "手机", "树"]),

    ("rk_zh_25", """厨房的核心是做饭。

最终排名：做饭；锅；菜刀；灶台；油烟；冰箱；碗筷；调料；妈妈；香味""",
     ["做饭", "锅", "菜刀", "灶台", "油烟", "冰箱", "碗筷", "调料", "妈妈", "香味"]),

    # 十一个词，多出的词照写保留
    ("rk_zh_26", """战争意味着冲突和伤亡。

最终排名：士兵，死亡，枪炮，和平，硝烟，军队，历史，残酷，难民，废墟，英雄""",
     ["士兵", "死亡", "枪炮", "和平", "硝烟", "军队", "历史", "残酷", "难民", "废墟", "英雄"]),

    ("rk_zh_27", """睡觉离不开床和夜晚。

最终排名：1. 床，2. 枕头，3. 夜晚，4. 做梦，5. 困，6. 被子，7. 休息，8. 闹钟，9. 打呼噜，10. 午觉""",
     ["床", "枕头", "夜晚", "做梦", "困", "被子", "休息", "闹钟", "打呼噜", "午觉"]),

    ("rk_zh_28", """火车与铁路和出行密切相关。

最终排名：铁轨，车站，高铁（最常见），车票，旅行，春运（一票难求），绿皮车，乘务员，隧道，汽笛""",
     ["铁轨", "车站", "高铁", "车票", "旅行", "春运", "绿皮车", "乘务员", "隧道", "汽笛"]),

    ("rk_zh_29", """最终排名：开车，马路，轮胎，堵车，加油，方向盘，驾照，速度，停车场，司机
这个顺序把驾驶这一行为放在了汽车零部件之前。""",
     ["开车", "马路", "轮胎", "堵车", "加油", "方向盘", "驾照", "速度", "停车场", "司机"]),

    ("rk_zh_30", """狗是人类最忠实的朋友。

最终排名：[忠诚, 宠物, 骨头, 汪汪, 散步, 朋友, 看家, 尾巴, 狗粮, 可爱]""",
     ["忠诚", "宠物", "骨头", "汪汪", "散步", "朋友", "看家", "尾巴", "狗粮", "可爱"]),

    ("rk_zh_31", """鸟最显著的特征是会飞。

最终排名：飞翔 → 翅膀 → 羽毛 → 鸟巢 → 天空 → 歌声 → 自由 → 树枝 → 鸟蛋 → 候鸟""",
     ["飞翔", "翅膀", "羽毛", "鸟巢", "天空", "歌声", "自由", "树枝", "鸟蛋", "候鸟"]),

    # 最后两个词用“和”连接
    ("rk_zh_32", """河流就是流动的水，所以与水和流动有关的词排在最前。

最终排名：水，流动，桥，鱼，船，岸边，长江，清澈，石头和芦苇""",
     ["水", "流动", "桥", "鱼", "船", "岸边", "长江", "清澈", "石头", "芦苇"]),

    ("rk_zh_33", """生日最直接的就是蛋糕和蜡烛。

最终排名：蛋糕 蜡烛 礼物 派对 祝福 许愿 长寿面 朋友 气球 快乐""",
     ["蛋糕", "蜡烛", "礼物", "派对", "祝福", "许愿", "长寿面", "朋友", "气球", "快乐"]),

    ("rk_zh_34", """茶是中国人日常生活的一部分。

最终排名：**绿茶**，**茶杯**，*清香*，龙井，茶叶，喝茶，功夫茶，茶馆，养生，普洱""",
     ["绿茶", "茶杯", "清香", "龙井", "茶叶", "喝茶", "功夫茶", "茶馆", "养生", "普洱"]),

    ("rk_zh_35", """椅子是用来坐的。

最终排名：坐>桌子>木头>休息>办公室""",
     ["坐", "桌子", "木头", "休息", "办公室"]),

    ("rk_zh_36", """鞋子和脚、走路关系最紧密。

最终排名：
脚，走路，运动鞋，鞋带，袜子，皮鞋，高跟鞋，跑步，尺码，鞋柜""",
     ["脚", "走路", "运动鞋", "鞋带", "袜子", "皮鞋", "高跟鞋", "跑步", "尺码", "鞋柜"]),

    ("rk_zh_37", """孩子天真可爱，需要照顾。

最终排名：天真，可爱，玩具，父母，天真，上学，哭闹，成长，未来，童年，希望""",
     ["天真", "可爱", "玩具", "父母", "上学", "哭闹", "成长", "未来", "童年", "希望"]),

    ("rk_zh_38", """森林里最多的是树。

最终排名：树木——最直接的联想，绿色，动物，氧气，鸟鸣，蘑菇，探险，落叶，小溪，迷路""",
     ["树木", "绿色", "动物", "氧气", "鸟鸣", "蘑菇", "探险", "落叶", "小溪", "迷路"]),

    ("rk_zh_39", """朋友之间最重要的是信任。

最终排名：「信任」、「陪伴」、「友谊」、「分享」、「快乐」、「帮助」、「聊天」、「同学」、「真诚」、「聚会」""",
     ["信任", "陪伴", "友谊", "分享", "快乐", "帮助", "聊天", "同学", "真诚", "聚会"]),

    # 中文回答里用了英文标记
    ("rk_zh_40", """春天让人想到万物复苏、百花盛开，所以花和温暖排在前面。

Final Ranking: 花朵，温暖，绿色，燕子，踏青，柳树，播种，细雨，清明，希望""",
     ["花朵", "温暖", "绿色", "燕子", "踏青", "柳树", "播种", "细雨", "清明", "希望"]),

    ("rk_zh_41", """雪是白色的，冰冷的。

最终排名（从强到弱）：白色，寒冷，冬天，雪人，打雪仗，雪花，滑雪，北方，冰，纯洁""",
     ["白色", "寒冷", "冬天", "雪人", "打雪仗", "雪花", "滑雪", "北方", "冰", "纯洁"]),

    ("rk_zh_42", """警察的职责是维护治安。

最终排名：
第1名：警车（最直观）
第2名：警服
第3名：110
第4名：抓小偷
第5名：治安
第6名：警察局
第7名：手铐
第8名：正义""",
     ["警车", "警服", "110", "抓小偷", "治安", "警察局", "手铐", "正义"]),

    # ---- 后期迭代：简短、漂移 ----
    ("rk_zh_43", """最终排名：存钱，利息，贷款，银行卡，柜台，取款机，理财，排队，保险柜，密码
最终排名：存钱，利息，贷款，银行卡，柜台，取款机，理财，排队，保险柜，密码
最终排名：存钱，利息，贷款，银行卡，柜台，取款机，理财，排队，保险柜，密码""",
     ["存钱", "利息", "贷款", "银行卡", "柜台", "取款机", "理财", "排队", "保险柜", "密码"]),

    ("rk_zh_44", """最终排名：保家卫国，军装，纪律，训练，枪，勇敢，军营，敬礼，站岗，退伍
最终排名：保家卫国，军装，训练，纪律，勇敢，枪，军营，站岗，敬礼，退伍""",
     ["保家卫国", "军装", "训练", "纪律", "勇敢", "枪", "军营", "站岗", "敬礼", "退伍"]),

    # 只有九个词；顿号与逗号混用
    ("rk_zh_45", """最终排名：落叶、丰收，枫叶、凉爽，中秋、稻田，秋风、大雁，桂花""",
     ["落叶", "丰收", "枫叶", "凉爽", "中秋", "稻田", "秋风", "大雁", "桂花"]),

    ("rk_zh_46", """最终排名：麻辣（口味），重庆（发源地），毛肚，涮，辣椒，聚餐，冬天，底料，鸳鸯锅，香菜""",
     ["麻辣", "重庆", "毛肚", "涮", "辣椒", "聚餐", "冬天", "底料", "鸳鸯锅", "香菜"]),

    # cut by the token limit
    ("rk_zh_47", """婚礼是人生大事。

最终排名：新娘，新郎，戒指，婚纱，喜糖，酒席，誓言，蜜""",
     ["新娘", "新郎", "戒指", "婚纱", "喜糖", "酒席", "誓言"]),

    # cut by the token limit
    ("rk_zh_48", """最终排名：
1. 发烧
2. 咳嗽
3. 吃药
4. 头疼
5. 打喷嚏
6. 多喝热水
7. 流鼻""",
     ["发烧", "咳嗽", "吃药", "头疼", "打喷嚏", "多喝热水"]),

    # cut by the token limit（停在逗号之后）
    ("rk_zh_49", """最终排名：摇滚，吉他，鼓手，主唱，演出，排练，贝斯，""",
     ["摇滚", "吉他", "鼓手", "主唱", "演出", "排练", "贝斯"]),

    # cut by the token limit；最后一个标记后的排名被截断
    ("rk_zh_50", """最终排名：夜空，闪烁，银河，月亮，许愿，明亮，宇宙，星座，流星，童话
最终排名：夜空，闪烁，银河，月亮，许愿，明亮，宇宙，星""",
     ["夜空", "闪烁", "银河", "月亮", "许愿", "明亮", "宇宙"]),

    # 没有标记
    ("rk_zh_51", """时间，滴答，闹钟，指针，准时，墙上，手表，迟到，钟声，分秒""",
     []),

    # “最终答案”不是标记
    ("rk_zh_52", """绿茶清新健康。

最终答案：清香，茶叶，健康，龙井，解渴，杭州，茶杯，苦涩，春天，绿色""",
     []),

    # 标记之后被截断，没有任何排名
    ("rk_zh_53", """老虎是百兽之王，最显著的特征是额头上的“王”字和身上的条纹，其次是它的凶猛。最终排名：""",
     []),

    # 后面的“最终排名是根据……”不是排名
    ("rk_zh_54", """最终排名：好玩，手机，输赢，规则，队友，电脑，上瘾，放松，关卡，皮肤

最终排名是根据日常生活中提到游戏时这些词出现的频率得出的。""",
     ["好玩", "手机", "输赢", "规则", "队友", "电脑", "上瘾", "放松", "关卡", "皮肤"]),

    ("rk_zh_55", """**最终排名：笑容，快乐，幸福，阳光，朋友，礼物，假期，美食，唱歌，轻松**""",
     ["笑容", "快乐", "幸福", "阳光", "朋友", "礼物", "假期", "美食", "唱歌", "轻松"]),

    ("rk_zh_56", """最终排名：书本,考试,作业,知识,图书馆,笔记,努力,课堂,熬夜,成绩""",
     ["书本", "考试", "作业", "知识", "图书馆", "笔记", "努力", "课堂", "熬夜", "成绩"]),

    # 九个词（k=10）；“万圣节”若不在给定词中也照写保留
    ("rk_zh_57", """最终排名：蜘蛛网，八条腿，害怕，昆虫，毒液，吐丝，蜘蛛侠，万圣节，墙角""",
     ["蜘蛛网", "八条腿", "害怕", "昆虫", "毒液", "吐丝", "蜘蛛侠", "万圣节", "墙角"]),

    ("rk_zh_58", """最终排名：
1. 财富
2. 金色
3. 首饰
4. 金牌
5. 保值
6. 昂贵
7. 闪亮
8. 金条
9. 投资
10. 黄金周
（从强到弱排列）""",
     ["财富", "金色", "首饰", "金牌", "保值", "昂贵", "闪亮", "金条", "投资", "黄金周"]),

    ("rk_zh_59", """**最终排名为：** 骑马，草原，奔跑，马鞍，蒙古，赛马，马蹄，骏马，马车，千里马""",
     ["骑马", "草原", "奔跑", "马鞍", "蒙古", "赛马", "马蹄", "骏马", "马车", "千里马"]),

    ("rk_zh_60", """最终排名：排名1：吹，排名2：凉爽，排名3：台风，排名4：风筝，排名5：树叶""",
     ["吹", "凉爽", "台风", "风筝", "树叶"]),

    ("rk_zh_61", """最终排名：温柔，母爱，唠叨，做饭，辛苦，家，关心，怀抱，牵挂，伟大。
希望对你有帮助！""",
     ["温柔", "母爱", "唠叨", "做饭", "辛苦", "家", "关心", "怀抱", "牵挂", "伟大"]),

    ("rk_zh_62", """最终排名：星空，黑洞，银河系，外星人，宇航员，浩瀚，行星，大爆炸，神秘，无限，无限，无限""",
     ["星空", "黑洞", "银河系", "外星人", "宇航员", "浩瀚", "行星", "大爆炸", "神秘", "无限"]),

    ("rk_zh_63", """最终排名：书籍（核心） > 安静 > 借书 > 自习 > 书架 > 管理员 > 阅览室 > 借书证 > 考研 > 空调""",
     ["书籍", "安静", "借书", "自习", "书架", "管理员", "阅览室", "借书证", "考研", "空调"]),

    # 前面的“我的最终排名见下文。”后面没有排名
    ("rk_zh_64", """我会按照这些词浮现在脑海中的速度来排序，我的最终排名见下文。

最终排名：喝水，生命，河流，清澈，口渴，海洋，下雨，游泳，矿泉水，冰""",
     ["喝水", "生命", "河流", "清澈", "口渴", "海洋", "下雨", "游泳", "矿泉水", "冰"]),

    ("rk_zh_65", """最终排名：1) 翅膀 2) 花朵 3) 美丽 4) 毛毛虫 5) 梁祝 6) 春天 7) 蜕变 8) 彩色""",
     ["翅膀", "花朵", "美丽", "毛毛虫", "梁祝", "春天", "蜕变", "彩色"]),

    # cut by the token limit
    ("rk_zh_66", """梦发生在睡眠中。
最终排名：1.睡觉 2.夜晚 3.梦想 4.噩梦 5.床 6.幻""",
     ["睡觉", "夜晚", "梦想", "噩梦", "床"]),

    # “最终排序”不是约定的标记
    ("rk_zh_67", """钢琴是最常见的乐器之一。

最终排序：黑白键，音乐，弹奏，练琴，钢琴家，肖邦，考级，优雅，音符，琴房""",
     []),
]

RANKINGS = RANKINGS_EN + RANKINGS_ZH

TRUNCATED = set()  # left empty by convention: cut rankings are marked by comments

AMBIGUOUS = {
    "rk_en_10",  # "## Final Ranking" heading without a colon; other reading: [] (no marker with a colon)
    "rk_en_34",  # "..., delta, and canoe."; other reading keeps "and canoe" as the last item
    "rk_en_35",  # ranking wraps onto a second line; other reading: only the 6 words on the marker's line
    "rk_en_49",  # last marker's ranking is cut; other reading: the previous complete ranking (10 words)
    "rk_zh_16",  # "最终排名如下：" ("如下" between marker and colon); other reading: []
    "rk_zh_32",  # "石头和芦苇"; other reading keeps "石头和芦苇" as one item
    "rk_zh_50",  # last marker's ranking is cut; other reading: the previous complete ranking (10 words)
    "rk_zh_67",  # "最终排序：" is not the agreed marker; other reading: the 10 words after it
}
