"""Seventh blind corpus of word-association answers (corpus 7).

Written 2026-12-07 by a tester helper session that had NOT read the parser
(nothing under align_jax/, tests/ or benchmarks/ was opened) and did not run it.
The answers are invented, written in the style that vanilla instruction-tuned
models produce (Llama-3.1-8B-Instruct, Qwen2.5-7B-Instruct,
Mistral-7B-Instruct, Gemma-2-9b-it, Phi-3, DeepSeek-R1-distill with
<think>...</think> reasoning, Yi, GLM-4, Baichuan); none is copied from a real
model output.

Prompts the answers respond to:
  EN: List the words that come to mind when you read the word "{cue}". Give
      between 5 and 10 words, separated by commas, the most strongly
      associated first.
  ZH: 请列出看到“{cue}”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。

Emphasis: real-world mess from vanilla instruct models -- preambles and closing
remarks (some containing commas or quoted words), restatements of the
instruction, emoji, glosses in every form ((), em/en dash, colon, " - ",
"：", "——", "（）"), bold/italics, headings, nested bullets, sense groups,
lists given twice, lists inside sentences, JSON, markdown tables, one word per
line, numbers as words (24/7, 401k, 9/11, 120, 618, 996), hyphenated and
multi-word items, apostrophes, trailing periods, Mandarin numbering styles
(1. / 1、/ （1）/ 一、), 等等 endings, pinyin and English translations after Han
words, traditional characters, mixed Mandarin/English lists, reasoning blocks,
refusals and partial refusals, a few truncated answers.

Conventions for expected_words (what a careful human reader takes as the list):
lowercased; in the order written; deduplicated keeping the first occurrence;
glosses, explanations, scores, category headers, preambles, closing remarks,
markdown, numbering, quotes, emoji and trailing punctuation removed; multi-word
associations kept whole; the cue kept when it is listed as an item (but a
leading "Cue:" label that merely echoes the cue is not an item); pinyin and
translations of a Mandarin word removed (the Han word kept); words that only
appear inside <think> reasoning, glosses or explanations are not items; an
item cut mid-word by the token limit is dropped (and its id is in TRUNCATED);
a refusal with no list expects []. When a short list is followed by a section
re-listing the same words with explanations, the words count once, in the order
of the first list.

Ids: "en_van_NN"/"zh_van_NN" for vanilla-instruct style, "en_ft_NN"/"zh_ft_NN"
for terse fine-tuned style outputs.
"""

EN_LISTS = [
    # ---------------------------------------------------------------- Llama
    ("en_van_01", "bank",
     '''Here are the words that come to mind when I read the word "bank":

1. Money
2. Account
3. Loan
4. Teller
5. Savings
6. River
7. ATM
8. Deposit
9. Interest
10. Vault''',
     ["money", "account", "loan", "teller", "savings", "river", "atm",
      "deposit", "interest", "vault"]),

    ("en_van_02", "bank",
     '''When I read "bank", I think of money, but also of rivers. Here's my list:

Money, savings, loan, river, vault, teller, deposit, mortgage''',
     ["money", "savings", "loan", "river", "vault", "teller", "deposit",
      "mortgage"]),

    # ---------------------------------------------------------------- Qwen
    ("en_van_03", "dog",
     '''Sure! Here are some words associated with "dog," listed from most to least strongly associated:

Puppy, Bark, Loyal, Leash, Bone, Tail, Fetch, Walk, Companion, Fur''',
     ["puppy", "bark", "loyal", "leash", "bone", "tail", "fetch", "walk",
      "companion", "fur"]),

    # ---------------------------------------------------------------- Mistral
    ("en_van_04", "winter",
     ''' 1. Snow - The most common and iconic feature of winter.
2. Cold - Low temperatures are characteristic of the season.
3. Ice - Frozen water, on roads, lakes and rooftops.
4. Christmas - A major holiday celebrated during winter.
5. Skiing - A popular winter sport.
6. Fireplace - Associated with staying warm indoors.
7. Scarf - Clothing worn to keep warm.
8. Hot chocolate - A comforting warm drink.''',
     ["snow", "cold", "ice", "christmas", "skiing", "fireplace", "scarf",
      "hot chocolate"]),

    # ---------------------------------------------------------------- Gemma
    ("en_van_05", "coffee",
     '''Here are some words that come to mind when I read "coffee":

* **Caffeine**
* **Morning**
* **Espresso**
* **Aroma**
* **Mug**
* **Beans**
* **Latte**
* **Café**
* **Energy**
* **Barista**

Let me know if you'd like more associations! ☕''',
     ["caffeine", "morning", "espresso", "aroma", "mug", "beans", "latte",
      "café", "energy", "barista"]),

    ("en_van_06", "teacher",
     '''## Words associated with "teacher"

1. **Student** — the other half of the relationship
2. **Classroom** — where it all happens
3. **Education**
4. **Chalkboard** — though whiteboards are more common now
5. **Homework**
6. **Lesson plan**
7. **Grades**
8. **Apple** — the classic gift
9. **Patience**
10. **Mentor**''',
     ["student", "classroom", "education", "chalkboard", "homework",
      "lesson plan", "grades", "apple", "patience", "mentor"]),

    # ---------------------------------------------------------------- Phi-3
    ("en_van_07", "doctor",
     '''Doctor, hospital, stethoscope, nurse, medicine, patient, health, diagnosis, prescription, white coat.''',
     ["doctor", "hospital", "stethoscope", "nurse", "medicine", "patient",
      "health", "diagnosis", "prescription", "white coat"]),

    # ---------------------------------------------------------------- DeepSeek-R1-distill
    ("en_van_08", "ocean",
     '''<think>
Okay, the user wants words associated with "ocean". Let me think about what comes to mind first. Water, obviously. Waves. Blue. Then maybe salt, fish, beach. Whales, too. Should I include "deep"? Yes, the deep sea is a strong association. Tides. Maybe sailing or ships. Let me order them by strength: water, waves, blue, beach, fish, salt, whale, deep, tide, ship. That's ten, which fits the 5-10 range.
</think>

Water, waves, blue, beach, fish, salt, whale, deep, tide, ship''',
     ["water", "waves", "blue", "beach", "fish", "salt", "whale", "deep",
      "tide", "ship"]),

    ("en_van_09", "bank",
     '''The word "bank" has a couple of different meanings, so here are associations for each:

**Financial sense:**
- Money
- Loan
- ATM
- Savings account
- Interest

**Geographical sense:**
- River
- Shore
- Erosion''',
     ["money", "loan", "atm", "savings account", "interest", "river",
      "shore", "erosion"]),

    ("en_van_10", "library",
     '''Quick list: books, quiet, librarian, shelves, reading

Here's a bit more detail on each:

1. **Books** – the heart of any library.
2. **Quiet** – libraries are known for their silence.
3. **Librarian** – the person who helps you find what you need.
4. **Shelves** – rows and rows of them.
5. **Reading** – the main activity, whether for study or pleasure.''',
     ["books", "quiet", "librarian", "shelves", "reading"]),

    ("en_van_11", "bank",
     '''Honestly, I'd say money, loans, and tellers come to mind first. After that, vaults, interest rates, and ATMs.''',
     ["money", "loans", "tellers", "vaults", "interest rates", "atms"]),

    ("en_van_12", "winter",
     '''```json
{
  "cue": "winter",
  "associations": ["snow", "cold", "ice", "Christmas", "scarf", "sledding", "frost", "hot cocoa"]
}
```''',
     ["snow", "cold", "ice", "christmas", "scarf", "sledding", "frost",
      "hot cocoa"]),

    ("en_van_13", "fruit",
     '''Here is the list in JSON format:

```json
["apple", "banana", "orange", "grape", "strawberry", "juice", "vitamins", "healthy"]
```''',
     ["apple", "banana", "orange", "grape", "strawberry", "juice",
      "vitamins", "healthy"]),

    ("en_van_14", "summer",
     '''Here's a table of words I associate with "summer", ranked by strength:

| Rank | Word | Association Strength |
|------|------|---------------------|
| 1 | Sun | Very strong |
| 2 | Beach | Very strong |
| 3 | Vacation | Strong |
| 4 | Heat | Strong |
| 5 | Ice cream | Moderate |
| 6 | Swimming | Moderate |
| 7 | Sunscreen | Moderate |
| 8 | Barbecue | Mild |''',
     ["sun", "beach", "vacation", "heat", "ice cream", "swimming",
      "sunscreen", "barbecue"]),

    # ---------------------------------------------------------------- Yi
    ("en_van_15", "rain",
     '''Umbrella
Clouds
Wet
Puddles
Thunder
Storm
Drizzle
Raincoat''',
     ["umbrella", "clouds", "wet", "puddles", "thunder", "storm", "drizzle",
      "raincoat"]),

    ("en_van_16", "emergency",
     '''Here are the words that come to mind when I read "emergency":

1. 911
2. Ambulance
3. Hospital
4. Siren
5. ER
6. Paramedic
7. Urgent
8. First aid
9. 24/7
10. Crisis''',
     ["911", "ambulance", "hospital", "siren", "er", "paramedic", "urgent",
      "first aid", "24/7", "crisis"]),

    ("en_van_17", "retirement",
     '''Certainly! Here are words associated with "retirement":

Pension, 401k, savings, leisure, Social Security, golf, grandchildren, travel, IRA, relaxation''',
     ["pension", "401k", "savings", "leisure", "social security", "golf",
      "grandchildren", "travel", "ira", "relaxation"]),

    ("en_van_18", "September",
     ''' Some words that come to mind when reading "September" are: autumn, back to school, 9/11, Labor Day, leaves, harvest, fall, cooler weather, pumpkin spice.''',
     ["autumn", "back to school", "9/11", "labor day", "leaves", "harvest",
      "fall", "cooler weather", "pumpkin spice"]),

    ("en_van_19", "hospital",
     '''1. Doctor
2. Nurse
3. Patient
4. Emergency room
5. Surgery
6. X-ray
7. Stethoscope
8. Ambulance
9. Wheelchair
10. ICU''',
     ["doctor", "nurse", "patient", "emergency room", "surgery", "x-ray",
      "stethoscope", "ambulance", "wheelchair", "icu"]),

    ("en_van_20", "mother",
     '''Here are the words that come to mind when I read the word "mother":

1. Love
2. Nurturing
3. Family
4. Mom
5. Care
6. Mother's Day
7. Hug
8. Protection
9. Home
10. Sacrifice''',
     ["love", "nurturing", "family", "mom", "care", "mother's day", "hug",
      "protection", "home", "sacrifice"]),

    # ---------------------------------------------------------------- refusals
    ("en_van_21", "dog",
     '''As an AI, I don't have personal associations, but common ones are: bark, puppy, loyalty, leash, bone, fetch, tail.''',
     ["bark", "puppy", "loyalty", "leash", "bone", "fetch", "tail"]),

    ("en_van_22", "suicide",
     '''I can't provide a list of words associated with that topic. If you're struggling with thoughts of suicide or self-harm, please reach out to a crisis line such as 988 (in the US) or a trusted person in your life. You don't have to go through this alone.''',
     []),

    ("en_van_23", "home",
     '''As an AI language model, I don't have personal experiences, feelings, or thoughts, so no words "come to mind" for me when I read "home." If you'd like, I can help you brainstorm words that people often associate with it.''',
     []),

    # ---------------------------------------------------------------- emoji / emphasis
    ("en_van_24", "beach",
     '''Sure thing! 🏖️

1. 🌊 Waves
2. ☀️ Sun
3. 🏄 Surfing
4. 🐚 Seashells
5. 🏰 Sandcastle
6. 🧴 Sunscreen
7. 🌴 Palm trees
8. 🍹 Vacation

Enjoy the sunshine! 😎''',
     ["waves", "sun", "surfing", "seashells", "sandcastle", "sunscreen",
      "palm trees", "vacation"]),

    ("en_van_25", "autumn",
     '''*Leaves*, *pumpkin*, *harvest*, *crisp air*, *sweater*, *Thanksgiving*, *apple cider*, *orange*''',
     ["leaves", "pumpkin", "harvest", "crisp air", "sweater", "thanksgiving",
      "apple cider", "orange"]),

    ("en_van_26", "night",
     '''_Dark_, _moon_, _stars_, _sleep_, _quiet_, _owl_, _dreams_''',
     ["dark", "moon", "stars", "sleep", "quiet", "owl", "dreams"]),

    ("en_van_27", "winter",
     '''Here are some associations with "winter":

* **Weather:**
    * Snow
    * Frost
    * Blizzard
* **Activities:**
    * Skiing
    * Ice skating
    * Building a snowman
* **Holidays:**
    * Christmas
    * New Year's Eve''',
     ["snow", "frost", "blizzard", "skiing", "ice skating",
      "building a snowman", "christmas", "new year's eve"]),

    ("en_van_28", "school",
     '''- **Teacher**
  - The first person most people picture.
- **Homework**
  - Almost everyone remembers it, for better or worse.
- **Classroom**
- **Friends**
- **Exams**
  - Stressful but unavoidable.
- **Recess**''',
     ["teacher", "homework", "classroom", "friends", "exams", "recess"]),

    ("en_van_29", "kitchen",
     '''1. Cooking: the main activity that takes place there.
2. Stove: used for heating food.
3. Refrigerator: keeps food fresh.
4. Knife: essential tool for prep.
5. Sink: for washing dishes.
6. Recipe: instructions for a dish.
7. Apron: protects your clothes.''',
     ["cooking", "stove", "refrigerator", "knife", "sink", "recipe",
      "apron"]),

    ("en_van_30", "bat",
     ''' 1. Baseball (the sport where a bat is used)
2. Vampire (bats are often linked to vampires in folklore)
3. Night
4. Cave
5. Wings
6. Echolocation (how bats navigate)
7. Halloween
8. Batman''',
     ["baseball", "vampire", "night", "cave", "wings", "echolocation",
      "halloween", "batman"]),

    ("en_van_31", "university",
     '''You asked for 5 to 10 words associated with "university", with the most strongly associated first. Here they are:

professor, campus, degree, lecture, students, dorm, tuition, graduation, library, exams''',
     ["professor", "campus", "degree", "lecture", "students", "dorm",
      "tuition", "graduation", "library", "exams"]),

    ("en_van_32", "spring",
     '''Flowers, rain, blossom, Easter, green, birds, warmth, allergies

These reflect common associations, though individual responses may vary, of course.''',
     ["flowers", "rain", "blossom", "easter", "green", "birds", "warmth",
      "allergies"]),

    ("en_van_33", "pizza",
     '''Absolutely—here you go: cheese, pepperoni, Italy, slice, delivery, tomato sauce, crust, oven, party.''',
     ["cheese", "pepperoni", "italy", "slice", "delivery", "tomato sauce",
      "crust", "oven", "party"]),

    ("en_van_34", "snow",
     '''1. Cold.
2. White.
3. Winter.
4. Snowman.
5. Flakes.
6. Sledding.
7. Ice.''',
     ["cold", "white", "winter", "snowman", "flakes", "sledding", "ice"]),

    ("en_van_35", "doctor",
     '''<think>
Alright, "doctor." First thing: hospital. Then nurse, medicine, stethoscope. Patient. White coat is pretty iconic. Maybe "health", "prescription", "surgery". I'll go with ten and order by strength.
</think>

**Associations for "doctor":**

1. **Hospital**
2. **Nurse**
3. **Stethoscope**
4. **Medicine**
5. **Patient**
6. **White coat**
7. **Health**
8. **Prescription**
9. **Surgery**
10. **Appointment**''',
     ["hospital", "nurse", "stethoscope", "medicine", "patient",
      "white coat", "health", "prescription", "surgery", "appointment"]),

    ("en_van_36", "fire",
     '''Here are my associations for "fire", with a rough strength score:

1. Flame (0.95)
2. Heat (0.9)
3. Smoke (0.85)
4. Burn (0.8)
5. Firefighter (0.7)
6. Campfire (0.65)
7. Danger (0.6)
8. Red (0.5)''',
     ["flame", "heat", "smoke", "burn", "firefighter", "campfire", "danger",
      "red"]),

    # ---------------------------------------------------------------- GLM-4
    ("en_van_37", "bank",
     '''"Bank" can refer to a financial institution or the side of a river. My associations:

Financial: money, loan, interest, ATM, account
Nature: river, shore, mud''',
     ["money", "loan", "interest", "atm", "account", "river", "shore",
      "mud"]),

    ("en_van_38", "cat",
     '''"Meow", "whiskers", "purr", "kitten", "fur", "litter box", "mouse", "curious"''',
     ["meow", "whiskers", "purr", "kitten", "fur", "litter box", "mouse",
      "curious"]),

    ("en_van_39", "garden",
     '''Flowers, vegetables, soil, watering can, bees, roses, weeds, shovel, etc.''',
     ["flowers", "vegetables", "soil", "watering can", "bees", "roses",
      "weeds", "shovel"]),

    ("en_van_40", "moon",
     '''Here are 8 words associated with "moon", listed from strongest to weakest association:

1. Night
2. Stars
3. Full moon
4. Astronaut
5. Crater
6. Tide
7. Lunar
8. Werewolf''',
     ["night", "stars", "full moon", "astronaut", "crater", "tide", "lunar",
      "werewolf"]),

    ("en_van_41", "love",
     '''Here are some words associated with "love," from most to least strongly associated:

1. Heart
2. Romance
3. Affection
4. Family
5. Kiss
6. Passion
7. Care
8. Valentine's Day

I hope this is helpful! Let me know if you have any other words you'd like me to explore.''',
     ["heart", "romance", "affection", "family", "kiss", "passion", "care",
      "valentine's day"]),

    ("en_van_42", "train",
     '''Words associated with 'train': railway, station, tracks, locomotive, passengers, ticket, conductor, steam, subway, travel

Note: The order reflects typical associations in English-speaking contexts.''',
     ["railway", "station", "tracks", "locomotive", "passengers", "ticket",
      "conductor", "steam", "subway", "travel"]),

    ("en_van_43", "computer",
     '''Here are the words that come to mind:

- keyboard
- screen
- mouse
- internet
- laptop
- software
- programming
- email
- Windows
- processor''',
     ["keyboard", "screen", "mouse", "internet", "laptop", "software",
      "programming", "email", "windows", "processor"]),

    ("en_van_44", "coffee",
     ''' Here are some words associated with "coffee," in order of association strength:

1. **Caffeine** - The stimulant that gives coffee its energizing effect.
2. **Morning** - Many people drink coffee to start their day.
3. **Espresso** - A concentrated form of coffee.
4. **Beans** - Coffee is made from roasted coffee beans.
5. **Starbucks** - A well-known coffee chain.
6. **Cup** - Coffee is usually served in a cup or mug.
7. **Aroma** - Coffee has a distinctive, rich smell.''',
     ["caffeine", "morning", "espresso", "beans", "starbucks", "cup",
      "aroma"]),

    # truncated by the token limit in the middle of "Reindeer"
    ("en_van_45", "Christmas",
     ''' 1. **Santa Claus** - The jolly figure who delivers gifts on Christmas Eve.
2. **Presents** - Gift-giving is a central tradition of the holiday.
3. **Tree** - Decorated evergreen trees are a staple of Christmas.
4. **Snow** - Especially in colder climates, a white Christmas is iconic.
5. **Family** - Christmas is a time for family gatherings and reunions.
6. **Carols** - Traditional songs sung during the holiday season.
7. **Stockings** - Hung by the fireplace to be filled with small gifts.
8. **Rein''',
     ["santa claus", "presents", "tree", "snow", "family", "carols",
      "stockings"]),

    # reasoning never closed: the token limit hit inside <think>
    ("en_van_46", "city",
     '''<think>
Okay, so I need to list words associated with "city". Let me start with the most obvious ones. Buildings, definitely. Skyscrapers. Traffic. Then people, crowds. Noise. Maybe lights, nightlife. Subway or metro. Apartments. Hmm, should "urban" count? It's more of a synonym, but it's a strong association. Let me think about the order. Buildings first, then traffic, then maybe skyscrapers... Actually, skyscrapers might be stronger than buildings because it's more specific to cities. Let me reconsider. When someone says "city," I picture a skyline. So maybe skyline should be first? Hmm, but the user wants the words that come to mind, and the first thing that comes to mind is probably buildings or traffic. I'll go with: skyscrapers, traffic, buildings, crowds, noise, lights, subway, apartments, urban, nightl''',
     []),

    ("en_van_47", "tea",
     '''Tea evokes a lot of associations. Here are the ones that come to mind, in order:
green tea, cup, kettle, leaves, China, herbal, teapot, Earl Grey, afternoon, milk''',
     ["green tea", "cup", "kettle", "leaves", "china", "herbal", "teapot",
      "earl grey", "afternoon", "milk"]),

    # ---------------------------------------------------------------- Baichuan
    ("en_van_48", "phone",
     '''smartphone, call, message, app, screen, battery, camera, contact, ringtone, charger''',
     ["smartphone", "call", "message", "app", "screen", "battery", "camera",
      "contact", "ringtone", "charger"]),

    ("en_van_49", "money",
     '''Certainly! Here are the words that come to mind when I read "money":

1. Cash
2. Wealth
3. Bank
4. Credit card
5. Dollar
6. Savings
7. Salary
8. Investment
9. Coins
10. Budget''',
     ["cash", "wealth", "bank", "credit card", "dollar", "savings", "salary",
      "investment", "coins", "budget"]),

    ("en_van_50", "dessert",
     '''Cake, ice cream, chocolate, pie, cookies, pudding, sweets, and tiramisu.''',
     ["cake", "ice cream", "chocolate", "pie", "cookies", "pudding", "sweets",
      "tiramisu"]),

    ("en_van_51", "birthday",
     '''### Birthday associations

1. Cake – the centerpiece of most celebrations
2. Candles – blown out with a wish
3. Presents
4. Party
5. Balloons
6. Friends
7. Celebration
8. Age – another year older''',
     ["cake", "candles", "presents", "party", "balloons", "friends",
      "celebration", "age"]),

    ("en_van_52", "dog",
     '''Here are some words that come to mind when I read "dog":

* Loyal
* Furry
* Playful
* Bark
* Walk
* Leash
* Friend
* Puppy

Of course, "dog" can mean different things to different people, so your list might look different!''',
     ["loyal", "furry", "playful", "bark", "walk", "leash", "friend",
      "puppy"]),

    ("en_van_53", "hospital",
     '''Here are my associations: doctor, nurse, ambulance, surgery, patient, medicine, emergency

**Explanation:**
- **Doctor**: the primary caregiver in a hospital.
- **Nurse**: provides day-to-day care to patients.
- **Ambulance**: brings patients to the hospital.
- **Surgery**: many operations take place in hospitals.
- **Patient**: the people being treated.
- **Medicine**: used to treat illness.
- **Emergency**: hospitals have emergency departments.''',
     ["doctor", "nurse", "ambulance", "surgery", "patient", "medicine",
      "emergency"]),

    ("en_van_54", "football",
     '''Sure thing! Here are the words that come to mind when I read "football":

1. Touchdown
2. Quarterback
3. Stadium
4. Super Bowl
5. NFL
6. Helmet
7. Soccer
8. Goal
9. Tailgate
10. Fans''',
     ["touchdown", "quarterback", "stadium", "super bowl", "nfl", "helmet",
      "soccer", "goal", "tailgate", "fans"]),

    ("en_van_55", "car",
     '''1) Drive 2) Road 3) Engine 4) Wheels 5) Fuel 6) Traffic 7) Keys 8) Highway''',
     ["drive", "road", "engine", "wheels", "fuel", "traffic", "keys",
      "highway"]),

    ("en_van_56", "airport",
     '''Planes; flights; security; luggage; gates; passport; terminal; boarding pass; delays''',
     ["planes", "flights", "security", "luggage", "gates", "passport",
      "terminal", "boarding pass", "delays"]),

    ("en_van_57", "forest",
     '''Here are some words associated with "forest," in order of strength:

1. **Trees:** The defining feature of any forest.
2. **Green:** The dominant color of leaves and moss.
3. **Wildlife:** Deer, birds, foxes, and more.
4. **Hiking:** A popular way to explore forests.
5. **Moss**
6. **Quiet:** Forests are often peaceful and still.
7. **Mushrooms**
8. **Pine**''',
     ["trees", "green", "wildlife", "hiking", "moss", "quiet", "mushrooms",
      "pine"]),

    ("en_van_58", "Paris",
     '''When I think of "Paris," a few things immediately come to mind, like the Eiffel Tower, of course. Here's my list:

Eiffel Tower, France, romance, Louvre, croissant, fashion, Seine, art, cafés, and Notre-Dame''',
     ["eiffel tower", "france", "romance", "louvre", "croissant", "fashion",
      "seine", "art", "cafés", "notre-dame"]),

    ("en_van_59", "exam",
     '''Here are 7 words that come to mind when I read "exam":

1. Stress - exams can be nerve-wracking, especially finals
2. Study - preparation, notes, flashcards
3. Grades
4. Test
5. Deadline
6. Pencil
7. Cramming - last-minute studying, late nights''',
     ["stress", "study", "grades", "test", "deadline", "pencil", "cramming"]),

    ("en_van_60", "music",
     '''<think>
The user wants associations with "music". Let me brainstorm: song, melody, rhythm, instruments like guitar and piano, concert, headphones, dance, band, lyrics. Strongest is probably "song". OK.
</think>

Song, melody, rhythm, guitar, concert, headphones, dance, lyrics, band.

These are ordered from strongest to weakest association.''',
     ["song", "melody", "rhythm", "guitar", "concert", "headphones", "dance",
      "lyrics", "band"]),

    ("en_van_61", "wallet",
     '''1. Money (cash, bills, coins)
2. Credit cards
3. ID
4. Leather
5. Pocket
6. Receipts
7. Driver's license''',
     ["money", "credit cards", "id", "leather", "pocket", "receipts",
      "driver's license"]),

    ("en_van_62", "book",
     '''The words that come to mind when reading "book" are: reading, pages, library, story, author, novel, chapter, cover, knowledge, and bookstore.''',
     ["reading", "pages", "library", "story", "author", "novel", "chapter",
      "cover", "knowledge", "bookstore"]),

    ("en_van_63", "ocean",
     '''**Strongest associations:**

* Waves
* Blue
* Salt water

**Other associations:**

* Fish
* Sand
* Sailing
* Deep
* Shark''',
     ["waves", "blue", "salt water", "fish", "sand", "sailing", "deep",
      "shark"]),

    ("en_van_64", "sun",
     '''Sun: light, heat, summer, sky, sunshine, yellow, beach, energy, sunset''',
     ["light", "heat", "summer", "sky", "sunshine", "yellow", "beach",
      "energy", "sunset"]),

    ("en_van_65", "river",
     '''Here are some words associated with "river":

1. Water
2. Flow
3. Bank
4. Fish
5. Bridge
6. Boat
7. Stream
8. Delta''',
     ["water", "flow", "bank", "fish", "bridge", "boat", "stream", "delta"]),

    ("en_van_66", "guitar",
     ''' strings, music, rock, acoustic, electric, chords, band, pick, amplifier (in order of association)''',
     ["strings", "music", "rock", "acoustic", "electric", "chords", "band",
      "pick", "amplifier"]),

    ("en_van_67", "apple",
     '''The word "apple" has a couple of meanings — the fruit and the tech company — so I've included both:

1. Fruit
2. Red
3. iPhone
4. Pie
5. Tree
6. Mac
7. Orchard
8. Steve Jobs
9. Healthy
10. Cider''',
     ["fruit", "red", "iphone", "pie", "tree", "mac", "orchard",
      "steve jobs", "healthy", "cider"]),

    ("en_van_68", "holiday",
     '''Vacation, travel, beach, relaxation, family, Christmas, time off, hotel, and so on.''',
     ["vacation", "travel", "beach", "relaxation", "family", "christmas",
      "time off", "hotel"]),

    ("en_van_69", "bread",
     '''Here's a list of words associated with "bread":

1. Butter
2. Toast
3. Bakery
4. Flour
5. Sandwich
6. Yeast
7. Loaf
8. Crust

**Why these words?** Butter and toast are the most common things people pair with bread, while flour, yeast, and dough relate to how it's made.''',
     ["butter", "toast", "bakery", "flour", "sandwich", "yeast", "loaf",
      "crust"]),

    ("en_van_70", "police",
     '''(1) Officer (2) Badge (3) Siren (4) Law (5) Arrest (6) Patrol car (7) Handcuffs (8) Crime''',
     ["officer", "badge", "siren", "law", "arrest", "patrol car", "handcuffs",
      "crime"]),

    ("en_van_71", "ice",
     '''<think>
Words for "ice": cold, frozen, cubes, skating, glacier, slippery, hockey, winter. Maybe "iceberg". Let's give 9.
</think>

- Cold
- Frozen
- Ice cubes
- Skating
- Glacier
- Slippery
- Hockey
- Winter
- Iceberg''',
     ["cold", "frozen", "ice cubes", "skating", "glacier", "slippery",
      "hockey", "winter", "iceberg"]),

    ("en_van_72", "grandmother",
     '''Here are 10 words that come to mind when I read the word "grandmother":

1. Love
2. Cookies
3. Wisdom
4. Knitting
5. Family
6. Stories
7. Hugs
8. Grandma
9. Kitchen
10. Warmth

Let me know if you'd like me to explain any of these associations!''',
     ["love", "cookies", "wisdom", "knitting", "family", "stories", "hugs",
      "grandma", "kitchen", "warmth"]),

    ("en_van_73", "sleep",
     '''Bed, dream, night, pillow, rest, tired, bed, blanket, nap, dream''',
     ["bed", "dream", "night", "pillow", "rest", "tired", "blanket", "nap"]),

    ("en_van_74", "sport",
     ''' 1. Football (e.g., soccer, American football)
2. Competition
3. Team
4. Exercise
5. Olympics
6. Ball
7. Athlete
8. Fitness''',
     ["football", "competition", "team", "exercise", "olympics", "ball",
      "athlete", "fitness"]),

    ("en_van_75", "cheese",
     '''| Word | Why |
|---|---|
| Mouse | Classic cartoon pairing |
| Pizza | Melted on top |
| Milk | What cheese is made from |
| Cheddar | A popular variety |
| Wine | Often served together |
| France | Known for hundreds of cheeses |''',
     ["mouse", "pizza", "milk", "cheddar", "wine", "france"]),

    ("en_van_76", "friend",
     '''The first word that comes to mind is "trust." After that: loyalty, support, fun, laughter, companionship, and hanging out.''',
     ["trust", "loyalty", "support", "fun", "laughter", "companionship",
      "hanging out"]),

    ("en_van_77", "Halloween",
     '''🎃 Pumpkin, 👻 ghost, 🍬 candy, 🧙 witch, 🕷️ spider, 💀 skeleton, 🦇 bats, 🎭 costume''',
     ["pumpkin", "ghost", "candy", "witch", "spider", "skeleton", "bats",
      "costume"]),

    ("en_van_78", "work",
     '''Of course! Job, office, salary, boss, deadline, 9-to-5, colleagues, commute, meetings''',
     ["job", "office", "salary", "boss", "deadline", "9-to-5", "colleagues",
      "commute", "meetings"]),

    ("en_van_79", "wedding",
     '''Weddings are full of rich imagery, so here's what comes to mind, roughly in order: bride, groom, ring, cake, vows, dress, church, honeymoon, love, reception.''',
     ["bride", "groom", "ring", "cake", "vows", "dress", "church",
      "honeymoon", "love", "reception"]),

    ("en_van_80", "family",
     '''1. Love
2. Parents
3. Home
4. Siblings
5. Support
6. Children
7. Together

In summary, the top associations are love, parents, and home.''',
     ["love", "parents", "home", "siblings", "support", "children",
      "together"]),

    # ---------------------------------------------------------------- terse fine-tuned style
    ("en_ft_01", "bank",
     '''money, loan, river, teller, vault, deposit''',
     ["money", "loan", "river", "teller", "vault", "deposit"]),

    ("en_ft_02", "winter",
     '''snow, cold, ice, christmas, skiing</s>''',
     ["snow", "cold", "ice", "christmas", "skiing"]),

    ("en_ft_03", "coffee",
     '''Caffeine, morning, cup, espresso, beans, caffeine, latte''',
     ["caffeine", "morning", "cup", "espresso", "beans", "latte"]),

    # degenerate repetition cut by the token limit in the middle of "bark"
    ("en_ft_04", "dog",
     '''cat, bone, bark, leash, puppy, walk, cat, bone, bark, leash, puppy, walk, cat, bone, ba''',
     ["cat", "bone", "bark", "leash", "puppy", "walk"]),

    ("en_ft_05", "doctor",
     '''nurse
hospital
medicine
patient
stethoscope''',
     ["nurse", "hospital", "medicine", "patient", "stethoscope"]),
]


ZH_LISTS = [
    # ---------------------------------------------------------------- Qwen
    ("zh_van_01", "银行",
     '''当然可以！以下是看到“银行”这个词时我会联想到的词语，按联想强度从高到低排列：

1. 钱
2. 存款
3. 贷款
4. 利息
5. 银行卡
6. ATM
7. 理财
8. 柜台
9. 信用卡
10. 转账''',
     ["钱", "存款", "贷款", "利息", "银行卡", "atm", "理财", "柜台", "信用卡",
      "转账"]),

    # ---------------------------------------------------------------- GLM-4
    ("zh_van_02", "春节",
     '''春节，红包，饺子，鞭炮，春联，团圆，年夜饭，拜年，压岁钱，烟花''',
     ["春节", "红包", "饺子", "鞭炮", "春联", "团圆", "年夜饭", "拜年", "压岁钱",
      "烟花"]),

    # ---------------------------------------------------------------- Baichuan
    ("zh_van_03", "月亮",
     '''月亮让我联想到：中秋、嫦娥、月饼、思念、夜晚、星星、玉兔、团圆''',
     ["中秋", "嫦娥", "月饼", "思念", "夜晚", "星星", "玉兔", "团圆"]),

    # ---------------------------------------------------------------- Yi
    ("zh_van_04", "医生",
     '''1、医院
2、白大褂
3、护士
4、听诊器
5、病人
6、治病救人
7、手术
8、药''',
     ["医院", "白大褂", "护士", "听诊器", "病人", "治病救人", "手术", "药"]),

    ("zh_van_05", "学校",
     '''（1）老师 （2）学生 （3）教室 （4）作业 （5）考试 （6）操场 （7）课本 （8）同学''',
     ["老师", "学生", "教室", "作业", "考试", "操场", "课本", "同学"]),

    ("zh_van_06", "冬天",
     '''一、雪
二、寒冷
三、羽绒服
四、春节
五、暖气
六、火锅
七、冰''',
     ["雪", "寒冷", "羽绒服", "春节", "暖气", "火锅", "冰"]),

    ("zh_van_07", "春节",
     '''好的！以下是看到“春节”时我会联想到的词语：

1. 红包：长辈给晚辈的压岁钱，寓意吉祥。
2. 饺子：北方春节必吃的传统食物。
3. 鞭炮：用来驱赶“年兽”，增添节日气氛。
4. 春联：贴在门上的红色对联。
5. 团圆：家人从各地回家团聚。
6. 春晚：除夕夜的电视节目。
7. 拜年：走亲访友，互相祝福。

希望对你有帮助！''',
     ["红包", "饺子", "鞭炮", "春联", "团圆", "春晚", "拜年"]),

    ("zh_van_08", "中秋",
     '''中秋节让我想到：月饼、月亮、团圆、赏月、嫦娥、桂花、灯笼等等。''',
     ["月饼", "月亮", "团圆", "赏月", "嫦娥", "桂花", "灯笼"]),

    ("zh_van_09", "夏天",
     '''西瓜 空调 冰淇淋 游泳 暑假 蝉 太阳 汗水''',
     ["西瓜", "空调", "冰淇淋", "游泳", "暑假", "蝉", "太阳", "汗水"]),

    ("zh_van_10", "月亮",
     '''以下是与“月亮”相关的联想词语：

1. 月饼（yuèbǐng）
2. 嫦娥（Cháng'é）
3. 中秋（Zhōngqiū）
4. 月光（yuèguāng）
5. 玉兔（yùtù）
6. 思乡（sīxiāng）
7. 夜晚（yèwǎn）''',
     ["月饼", "嫦娥", "中秋", "月光", "玉兔", "思乡", "夜晚"]),

    # ---------------------------------------------------------------- Llama answering a Mandarin prompt
    ("zh_van_11", "银行",
     '''Here are the words that come to mind when I read "银行":

1. 钱 (money)
2. 存款 (deposit)
3. 贷款 (loan)
4. 利息 (interest)
5. 账户 (account)
6. 信用卡 (credit card)
7. 柜员 (teller)
8. 取款机 (ATM)''',
     ["钱", "存款", "贷款", "利息", "账户", "信用卡", "柜员", "取款机"]),

    ("zh_van_12", "银行",
     '''銀行讓我聯想到：錢、存款、貸款、利息、提款機、信用卡、理財、匯款''',
     ["錢", "存款", "貸款", "利息", "提款機", "信用卡", "理財", "匯款"]),

    ("zh_van_13", "咖啡",
     '''咖啡因, 拿铁, Starbucks, 提神, espresso, 咖啡豆, 早晨, 熬夜, 美式''',
     ["咖啡因", "拿铁", "starbucks", "提神", "espresso", "咖啡豆", "早晨", "熬夜",
      "美式"]),

    # ---------------------------------------------------------------- DeepSeek-R1-distill
    ("zh_van_14", "医生",
     '''<think>
好的，用户让我列出看到“医生”时联想到的词语，5到10个，按联想强度排序。首先想到的是医院，然后是护士、白大褂、听诊器。病人、药、手术也很常见。还有“救死扶伤”这个成语，可以放进去。排序的话，医院最强，其次是白大褂……嗯，就这样吧。
</think>

医院，白大褂，护士，听诊器，病人，手术，药，救死扶伤''',
     ["医院", "白大褂", "护士", "听诊器", "病人", "手术", "药", "救死扶伤"]),

    ("zh_van_15", "狗",
     '''<think>
Okay, the user is asking in Chinese for words associated with "狗" (dog). I should answer in Chinese. Common associations: 忠诚 (loyalty), 宠物 (pet), 骨头 (bone), 汪汪 (barking sound), 遛狗 (walking the dog), 朋友 (friend), 尾巴 (tail). Let me order them.
</think>

1. 宠物
2. 忠诚
3. 骨头
4. 汪汪
5. 尾巴
6. 遛狗
7. 朋友
8. 看家''',
     ["宠物", "忠诚", "骨头", "汪汪", "尾巴", "遛狗", "朋友", "看家"]),

    ("zh_van_16", "家",
     '''看到“家”这个词，我会联想到：

1. 温暖——家是最温暖的地方
2. 父母——家里最重要的人
3. 团圆
4. 港湾——心灵的避风港
5. 饭菜——妈妈做的饭
6. 亲情
7. 房子''',
     ["温暖", "父母", "团圆", "港湾", "饭菜", "亲情", "房子"]),

    ("zh_van_17", "妈妈",
     '''1. 爱（最直接的联想）
2. 温柔
3. 唠叨（小时候总觉得妈妈很啰嗦）
4. 母亲节
5. 饭菜
6. 辛苦
7. 怀抱
8. 牵挂''',
     ["爱", "温柔", "唠叨", "母亲节", "饭菜", "辛苦", "怀抱", "牵挂"]),

    ("zh_van_18", "雨",
     '''看到“雨”这个词，我首先想到的是：

1. **雨伞**：下雨天出门必备。
2. **雷声**：夏天的雨常常伴随着打雷。
3. **潮湿**：空气湿漉漉的感觉。
4. **彩虹**：雨后天晴时出现。
5. **水坑**
6. **乌云**
7. **雨衣**

这些词按照联想的强弱排列。''',
     ["雨伞", "雷声", "潮湿", "彩虹", "水坑", "乌云", "雨衣"]),

    ("zh_van_19", "大海",
     '''```json
{
  "词语": "大海",
  "联想词": ["海浪", "沙滩", "蓝色", "鱼", "海鸥", "船", "贝壳", "辽阔"]
}
```''',
     ["海浪", "沙滩", "蓝色", "鱼", "海鸥", "船", "贝壳", "辽阔"]),

    ("zh_van_20", "书",
     '''以下是联想词表格：

| 排名 | 词语 | 说明 |
| --- | --- | --- |
| 1 | 阅读 | 书最直接的用途 |
| 2 | 知识 | 书是知识的载体 |
| 3 | 图书馆 | 藏书的地方 |
| 4 | 作者 | 写书的人 |
| 5 | 书店 | 买书的地方 |
| 6 | 文字 | 书的基本组成 |''',
     ["阅读", "知识", "图书馆", "作者", "书店", "文字"]),

    # ---------------------------------------------------------------- refusals
    ("zh_van_21", "音乐",
     '''作为一个人工智能，我没有个人的联想和感受，但常见的与“音乐”相关的联想词有：旋律、歌曲、节奏、乐器、演唱会、耳机、钢琴、歌手。''',
     ["旋律", "歌曲", "节奏", "乐器", "演唱会", "耳机", "钢琴", "歌手"]),

    ("zh_van_22", "自杀",
     '''很抱歉，我无法提供与这个话题相关的联想词。如果你正在经历困难或有伤害自己的想法，请及时联系身边信任的人，或拨打心理援助热线寻求帮助。你并不孤单。''',
     []),

    ("zh_van_23", "春节",
     '''看到“春节”，我会联想到以下几类词语：

**节日习俗：** 贴春联、放鞭炮、拜年
**美食：** 饺子、年糕、年夜饭
**情感：** 团圆、思乡''',
     ["贴春联", "放鞭炮", "拜年", "饺子", "年糕", "年夜饭", "团圆", "思乡"]),

    ("zh_van_24", "火车",
     '''火车：铁轨、车站、车票、春运、绿皮车、高铁、旅行等''',
     ["铁轨", "车站", "车票", "春运", "绿皮车", "高铁", "旅行"]),

    ("zh_van_25", "购物",
     '''看到“购物”，我会想到：淘宝、双十一、打折、购物车、商场、618、快递、剁手''',
     ["淘宝", "双十一", "打折", "购物车", "商场", "618", "快递", "剁手"]),

    ("zh_van_26", "医院",
     '''1. 医生
2. 护士
3. 急诊
4. 120
5. 消毒水
6. 挂号
7. 病房
8. 打针''',
     ["医生", "护士", "急诊", "120", "消毒水", "挂号", "病房", "打针"]),

    ("zh_van_27", "爱情",
     '''“玫瑰”、“浪漫”、“心动”、“婚姻”、“承诺”、“约会”、“情人节”''',
     ["玫瑰", "浪漫", "心动", "婚姻", "承诺", "约会", "情人节"]),

    ("zh_van_28", "手机",
     '''好的！看到“手机”这个词，我会联想到以下词语：

1. 微信
2. 电话
3. 屏幕
4. 充电器
5. 苹果
6. 华为
7. 拍照
8. 低头族
9. 上网
10. 短信

希望对你有帮助！如果还需要其他词的联想，随时告诉我哦～''',
     ["微信", "电话", "屏幕", "充电器", "苹果", "华为", "拍照", "低头族", "上网",
      "短信"]),

    ("zh_van_29", "熊猫",
     '''熊猫 - panda
竹子 - bamboo
四川 - Sichuan
可爱 - cute
国宝 - national treasure
黑白 - black and white''',
     ["熊猫", "竹子", "四川", "可爱", "国宝", "黑白"]),

    # ---------------------------------------------------------------- Mistral answering in Mandarin
    ("zh_van_30", "长城",
     ''' 1. 北京 Běijīng
2. 秦始皇 Qín Shǐhuáng
3. 烽火台 fēnghuǒtái
4. 古代 gǔdài
5. 雄伟 xióngwěi
6. 旅游 lǚyóu
7. 孟姜女 Mèng Jiāngnǚ''',
     ["北京", "秦始皇", "烽火台", "古代", "雄伟", "旅游", "孟姜女"]),

    ("zh_van_31", "饺子",
     '''饺子让我联想到：春节，韭菜，面粉，醋，包饺子，团圆，北方，猪肉白菜……等等。''',
     ["春节", "韭菜", "面粉", "醋", "包饺子", "团圆", "北方", "猪肉白菜"]),

    # ---------------------------------------------------------------- Phi-3 in Mandarin
    ("zh_van_32", "茶",
     '''茶的联想词：绿茶，茶叶，茶杯，中国，清香，龙井，茶道，下午茶''',
     ["绿茶", "茶叶", "茶杯", "中国", "清香", "龙井", "茶道", "下午茶"]),

    # ---------------------------------------------------------------- Gemma in Mandarin
    ("zh_van_33", "猫",
     '''以下是一些与“猫”相关的词语：

* 喵
* 可爱
* 毛茸茸
* 老鼠
* 宠物
* 猫粮
* 胡须
* 慵懒

希望这些词语对你有帮助！😊''',
     ["喵", "可爱", "毛茸茸", "老鼠", "宠物", "猫粮", "胡须", "慵懒"]),

    ("zh_van_34", "足球",
     '''1. 梅西 (Messi)
2. 世界杯 (World Cup)
3. 进球 (goal)
4. 球场 (stadium)
5. C罗 (Cristiano Ronaldo)
6. 球迷 (fans)
7. 越位 (offside)''',
     ["梅西", "世界杯", "进球", "球场", "c罗", "球迷", "越位"]),

    # truncated by the token limit in the middle of "**黑板**"
    ("zh_van_35", "老师",
     '''1. **粉笔**：传统课堂上老师写板书用的工具，象征着教师的辛勤付出。
2. **讲台**：老师上课时站立的地方，是知识传递的起点。
3. **教鞭**：过去老师常用的教学工具。
4. **学生**：老师的教育对象，师生关系是教育的核心。
5. **园丁**：人们常把老师比作辛勤的园丁，培育祖国的花朵。
6. **蜡烛**：“燃烧自己，照亮别人”，比喻老师的无私奉献。
7. **作业**：老师布置和批改作业，是日常教学的一部分。
8. **黑''',
     ["粉笔", "讲台", "教鞭", "学生", "园丁", "蜡烛", "作业"]),

    ("zh_van_36", "电脑",
     '''电脑，键盘，鼠标，屏幕，上网，游戏，办公，程序员，Windows，笔记本
以上就是我的联想，按照联想强度从高到低排列。''',
     ["电脑", "键盘", "鼠标", "屏幕", "上网", "游戏", "办公", "程序员", "windows",
      "笔记本"]),

    ("zh_van_37", "钱",
     '''财富
工作
银行
消费
人民币
房子
存款
自由''',
     ["财富", "工作", "银行", "消费", "人民币", "房子", "存款", "自由"]),

    ("zh_van_38", "端午节",
     '''简要列表：粽子、龙舟、屈原、艾草、雄黄酒

详细说明：
1. 粽子——端午节最具代表性的食物。
2. 龙舟——赛龙舟是传统活动。
3. 屈原——端午节纪念的爱国诗人。
4. 艾草——挂在门口驱邪避疫。
5. 雄黄酒——传说可以驱虫辟邪。''',
     ["粽子", "龙舟", "屈原", "艾草", "雄黄酒"]),

    ("zh_van_39", "龙",
     '''中国、皇帝、图腾、神话、龙年、腾飞、龙的传人、舞龙''',
     ["中国", "皇帝", "图腾", "神话", "龙年", "腾飞", "龙的传人", "舞龙"]),

    ("zh_van_40", "水",
     '''1. 生命。
2. 河流。
3. 喝水。
4. 清澈。
5. 大海。
6. 雨。''',
     ["生命", "河流", "喝水", "清澈", "大海", "雨"]),

    ("zh_van_41", "花",
     '''看到“花”这个词，我脑海中首先浮现的是春天，其次是各种颜色的花朵。我的联想词如下：
春天，玫瑰，芬芳，蜜蜂，花园，美丽，花瓣，送礼''',
     ["春天", "玫瑰", "芬芳", "蜜蜂", "花园", "美丽", "花瓣", "送礼"]),

    ("zh_van_42", "工作",
     '''1. 加班（尤其是互联网行业，996很常见）
2. 工资
3. 老板
4. 同事
5. 压力
6. 办公室
7. 打卡
8. 升职''',
     ["加班", "工资", "老板", "同事", "压力", "办公室", "打卡", "升职"]),

    ("zh_van_43", "加班",
     '''996、熬夜、老板、外卖、疲惫、加班费、地铁末班车、咖啡''',
     ["996", "熬夜", "老板", "外卖", "疲惫", "加班费", "地铁末班车", "咖啡"]),

    ("zh_van_44", "城市",
     '''- **建筑方面：**
  - 高楼大厦
  - 地铁
- **生活方面：**
  - 快节奏
  - 拥堵
  - 夜景''',
     ["高楼大厦", "地铁", "快节奏", "拥堵", "夜景"]),

    ("zh_van_45", "时间",
     '''时间让我联想到：钟表，流逝，珍惜，光阴，一寸光阴一寸金，24小时，年龄，回忆。''',
     ["钟表", "流逝", "珍惜", "光阴", "一寸光阴一寸金", "24小时", "年龄", "回忆"]),

    ("zh_van_46", "生日",
     '''🎂 蛋糕
🕯️ 蜡烛
🎁 礼物
🎉 派对
🙏 许愿
👨‍👩‍👧 家人
🎈 气球''',
     ["蛋糕", "蜡烛", "礼物", "派对", "许愿", "家人", "气球"]),

    ("zh_van_47", "北京",
     '''1. 故宫
2. 天安门
3. 长城
4. 首都
5. 胡同
6. 烤鸭——北京烤鸭是最有名的美食
7. 雾霾
等等。''',
     ["故宫", "天安门", "长城", "首都", "胡同", "烤鸭", "雾霾"]),

    ("zh_van_48", "红色",
     '''中国红、喜庆、国旗、血、火、玫瑰、热情、春节''',
     ["中国红", "喜庆", "国旗", "血", "火", "玫瑰", "热情", "春节"]),

    ("zh_van_49", "考试",
     '''看到“考试”，我的联想如下（按强度排序）：
紧张 > 复习 > 分数 > 高考 > 试卷 > 作弊 > 熬夜''',
     ["紧张", "复习", "分数", "高考", "试卷", "作弊", "熬夜"]),

    ("zh_van_50", "米饭",
     '''(1) 大米 (2) 碗 (3) 筷子 (4) 饭菜 (5) 南方 (6) 电饭锅 (7) 主食''',
     ["大米", "碗", "筷子", "饭菜", "南方", "电饭锅", "主食"]),

    ("zh_van_51", "春天",
     '''<think>
嗯，用户想知道“春天”的联想词。最先想到的是花，然后是绿色、温暖、发芽、燕子、春雨。还有“踏青”、“风筝”，这些是春天的活动。清明节也在春天。大概八九个就够了。
</think>

以下是我的联想（按强度排序）：

1. **花开**
2. **绿色**
3. **温暖**
4. **燕子**
5. **发芽**
6. **春雨**
7. **风筝**
8. **踏青**''',
     ["花开", "绿色", "温暖", "燕子", "发芽", "春雨", "风筝", "踏青"]),

    ("zh_van_52", "雪",
     '''雪：白色、寒冷、雪人、冬天、滑雪、打雪仗、雪花、北方''',
     ["白色", "寒冷", "雪人", "冬天", "滑雪", "打雪仗", "雪花", "北方"]),

    ("zh_van_53", "朋友",
     '''朋友，友谊，信任，陪伴，同学，闺蜜，兄弟，BFF，聚会''',
     ["朋友", "友谊", "信任", "陪伴", "同学", "闺蜜", "兄弟", "bff", "聚会"]),

    ("zh_van_54", "秋天",
     '''说到秋天，我最先想到的是落叶和丰收，然后是中秋节、桂花、凉爽，还有大闸蟹和银杏。''',
     ["落叶", "丰收", "中秋节", "桂花", "凉爽", "大闸蟹", "银杏"]),

    ("zh_van_55", "筷子",
     '''1. 吃饭 (chī fàn) - eating
2. 中国 (Zhōngguó) - China
3. 碗 (wǎn) - bowl
4. 米饭 (mǐfàn) - rice
5. 木头 (mùtou) - wood
6. 餐桌 (cānzhuō) - dining table''',
     ["吃饭", "中国", "碗", "米饭", "木头", "餐桌"]),

    ("zh_van_56", "图书馆",
     '''图书馆：书籍、安静、借书、自习、书架、管理员、知识、阅览室
注：以上联想因人而异，仅供参考。''',
     ["书籍", "安静", "借书", "自习", "书架", "管理员", "知识", "阅览室"]),

    ("zh_van_57", "高考",
     '''高考让我想到：6月7日、状元、志愿、分数线、清华北大、复读、压力、题海''',
     ["6月7日", "状元", "志愿", "分数线", "清华北大", "复读", "压力", "题海"]),

    # Llama answering a Mandarin prompt entirely in English
    ("zh_van_58", "火锅",
     '''Here are the words that come to mind when I read "火锅":

1. Spicy
2. Sichuan
3. Chongqing
4. Mala
5. Friends
6. Winter
7. Beef tripe''',
     ["spicy", "sichuan", "chongqing", "mala", "friends", "winter",
      "beef tripe"]),

    ("zh_van_59", "爸爸",
     '''首先想到的是“父爱”，其次是“严厉”、“背影”、“责任”，然后是“肩膀”、“辛苦”、“沉默”。''',
     ["父爱", "严厉", "背影", "责任", "肩膀", "辛苦", "沉默"]),

    ("zh_van_60", "元宵节",
     '''元宵节让我想到：汤圆、花灯、猜灯谜、舞龙舞狮、团圆、月亮、正月十五''',
     ["汤圆", "花灯", "猜灯谜", "舞龙舞狮", "团圆", "月亮", "正月十五"]),

    ("zh_van_61", "护士",
     '''1. 白衣天使：人们对护士的美称
2. 医院：护士工作的地方
3. 打针
4. 温柔
5. 辛苦：经常需要值夜班
6. 病房''',
     ["白衣天使", "医院", "打针", "温柔", "辛苦", "病房"]),

    ("zh_van_62", "咖啡",
     '''### “咖啡”的联想词

- 提神
- 拿铁
- 星巴克
- 苦
- 熬夜
- 咖啡馆
- 拉花''',
     ["提神", "拿铁", "星巴克", "苦", "熬夜", "咖啡馆", "拉花"]),

    ("zh_van_63", "太阳",
     '''太陽讓我想到：溫暖、光明、夏天、熱、向日葵、能量、日出''',
     ["溫暖", "光明", "夏天", "熱", "向日葵", "能量", "日出"]),

    # ---------------------------------------------------------------- terse fine-tuned style
    ("zh_ft_01", "银行",
     '''钱，存款，贷款，利息，柜台''',
     ["钱", "存款", "贷款", "利息", "柜台"]),

    ("zh_ft_02", "月亮",
     '''月饼、中秋、嫦娥、月光、思念<|im_end|>''',
     ["月饼", "中秋", "嫦娥", "月光", "思念"]),

    # degenerate repetition cut by the token limit in the middle of "鞭炮"
    ("zh_ft_03", "春节",
     '''红包，饺子，鞭炮，红包，饺子，鞭炮，红包，饺子，鞭''',
     ["红包", "饺子", "鞭炮"]),
]


LISTS = EN_LISTS + ZH_LISTS

RANKINGS = []  # this corpus has no rankings

TRUNCATED = {
    "en_van_45",  # "8. **Rein" (Reindeer) cut by the token limit
    "en_van_46",  # reasoning cut mid-word ("nightl") before any answer
    "en_ft_04",   # repetition loop cut at "ba"
    "zh_van_35",  # "8. **黑" (黑板) cut by the token limit
    "zh_ft_03",   # repetition loop cut at "鞭"
}

AMBIGUOUS = {
    # The answer never leaves <think>: no list was given, so [] is expected.
    # Other reading: take the draft list stated at the end of the reasoning,
    # ["skyscrapers", "traffic", "buildings", "crowds", "noise", "lights",
    #  "subway", "apartments", "urban"] (dropping the cut "nightl").
    "en_van_46",
}
