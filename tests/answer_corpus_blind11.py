"""Eleventh blind corpus of realistic language-model answers for the word-association answer parser.

Written by a tester (a helper session) on 2026-12-07. The author had NOT read the parser,
its other tests, or the benchmarks when writing this file; every case was written
from the prompt and the conventions below alone, and no parser was run on it.

Prompt the answers respond to:
    List the words that come to mind when you read the word "{cue}". Give between 5 and 10
    words, separated by commas, the most strongly associated first.

Emphasis (corpus 11): English answers with rich, realistic structure and the ways
models deviate from the instruction -- markdown in all its forms (### headings, bold,
*italics* and _italics_, ***bold-italics***, nested bullets 2-3 levels deep, numbered
lists with sub-bullets, tables with header rows and several columns, horizontal rules,
block quotes, inline code, code blocks), lists given both as a comma line and as a
numbered list, lists in sentences, "1. X - Y" glosses, slashes, ampersands, hyphens,
numbers (24/7, 9/11, 3D, COVID-19), abbreviations (ATM, DNA, U.S.), proper nouns,
emoji as bullets or after items, clarifying questions, two senses of the cue,
"Here's my list:" on the same line as the first item, several words per numbered line,
closing questions, one-line summaries, AI disclaimers; plus about 20 answers from
LoRA fine-tuned models (terse comma lists with odd spacing and capitalisation, trailing
periods, loops, lists cut by the token limit, "etc", "and so on", "...", prompt echoes).

Conventions for expected_words:
  * lowercased, stripped, in the order written, deduplicated keeping the first occurrence;
  * glosses, explanations, scores, category headers, preambles, closing remarks,
    markdown, numbering, emoji, quotes and trailing punctuation removed;
  * multi-word associations kept whole ("hot chocolate", "harry potter");
  * several comma-separated words on one numbered line count as several items;
  * the cue is kept when it is listed as an item (but not when it only appears in
    the preamble sentence);
  * in a table, the cells of the word column (header row excluded);
  * an item cut mid-word by the token limit is dropped (id in TRUNCATED); answers cut
    mid-word inside a gloss are also in TRUNCATED (nothing extra is expected from them);
  * a refusal or a bare clarifying question with no list expects [];
  * a short list followed by a section that re-lists the same words with explanations
    counts the words once, in the order of the first list;
  * "etc", "and so on", "..." and echoes of the prompt are not items.
"""

EN_LISTS = [
    # ------------------------------------------------------------------
    # Vanilla instruct models
    # ------------------------------------------------------------------
    ("en_van_001_bank_two_senses_headings", "bank", """The word "bank" has two common meanings, so here are associations for both:

### Financial sense
1. Money
2. Account
3. Loan
4. ATM
5. Savings

### River sense
1. River
2. Shore
3. Erosion
4. Fishing
5. Mud

These reflect both financial and natural meanings.""",
     ["money", "account", "loan", "atm", "savings", "river", "shore", "erosion", "fishing", "mud"]),

    ("en_van_002_ocean_bold_gloss", "ocean", """Here are some words that come to mind when I read "ocean", from most to least strongly associated:

1. **Water** – the most obvious connection
2. **Waves** – the constant motion of the sea
3. **Blue** – its characteristic color
4. **Beach** – where the ocean meets land
5. **Fish** – marine life
6. **Salt** – the taste of seawater
7. **Deep** – vast and mysterious depths
8. **Whale** – the ocean's giants

Let me know if you'd like more associations! 🌊""",
     ["water", "waves", "blue", "beach", "fish", "salt", "deep", "whale"]),

    ("en_van_003_coffee_table_rank_word_why", "coffee", """Sure! Here's a table of my associations for "coffee":

| Rank | Word | Why |
|------|------|-----|
| 1 | Caffeine | The stimulant in coffee |
| 2 | Morning | Most people drink it to start the day |
| 3 | Cup | What it's served in |
| 4 | Espresso | A popular way to brew it |
| 5 | Beans | Coffee comes from roasted beans |
| 6 | Starbucks | The best-known coffee chain |
| 7 | Latte | Espresso with steamed milk |

Would you like more?""",
     ["caffeine", "morning", "cup", "espresso", "beans", "starbucks", "latte"]),

    ("en_van_004_dog_comma_line_then_numbered", "dog", """Puppy, bark, loyal, pet, bone, leash, walk, cat

In order of strength:
1. Puppy
2. Bark
3. Loyal
4. Pet
5. Bone
6. Leash
7. Walk
8. Cat""",
     ["puppy", "bark", "loyal", "pet", "bone", "leash", "walk", "cat"]),

    ("en_van_005_winter_sentence_followed_by", "winter", """My top associations for "winter" would be snow, followed by cold, ice and Christmas. I'd also think of scarves, hot chocolate, and skiing.""",
     ["snow", "cold", "ice", "christmas", "scarves", "hot chocolate", "skiing"]),

    ("en_van_006_music_heres_my_list_same_line_ampersand", "music", """Here's my list: melody, rhythm, song, rock & roll, guitar, R&B, concert, headphones, dance""",
     ["melody", "rhythm", "song", "rock & roll", "guitar", "r&b", "concert", "headphones", "dance"]),

    # AMBIGUOUS: other reading keeps "dog/puppy" and "cat/kitten" as single items
    # -> ["dog/puppy", "cat/kitten", "fish", "hamster", "love", "vet", "food"].
    ("en_van_007_pet_slash_items", "pet", """1. Dog/puppy
2. Cat/kitten
3. Fish
4. Hamster
5. Love
6. Vet
7. Food""",
     ["dog", "puppy", "cat", "kitten", "fish", "hamster", "love", "vet", "food"]),

    ("en_van_008_time_numbers_slash_hyphen", "time", """Clock, hours, watch, 24/7, deadline, schedule, seconds, 9-to-5, calendar, past""",
     ["clock", "hours", "watch", "24/7", "deadline", "schedule", "seconds", "9-to-5", "calendar", "past"]),

    ("en_van_009_september_911", "september", """1. Autumn
2. School
3. 9/11
4. Leaves
5. Back-to-school
6. Harvest
7. Labor Day""",
     ["autumn", "school", "9/11", "leaves", "back-to-school", "harvest", "labor day"]),

    ("en_van_010_virus_covid_bullets", "virus", """When I read "virus", these words come to mind:

- COVID-19
- Infection
- Flu
- Vaccine
- Computer virus
- Pandemic
- Germs
- Mask""",
     ["covid-19", "infection", "flu", "vaccine", "computer virus", "pandemic", "germs", "mask"]),

    ("en_van_011_movie_3d_trailing_period", "movie", """Cinema, popcorn, film, 3D, Hollywood, actor, screen, tickets, Netflix, IMAX.""",
     ["cinema", "popcorn", "film", "3d", "hollywood", "actor", "screen", "tickets", "netflix", "imax"]),

    # AMBIGUOUS: "U.S." kept with its abbreviation period here; the other reading strips
    # it as trailing punctuation -> "u.s" in third position.
    ("en_van_012_president_us_abbrev", "president", """White House, election, U.S., Obama, leader, power, Washington, government, vote""",
     ["white house", "election", "u.s.", "obama", "leader", "power", "washington", "government", "vote"]),

    ("en_van_013_gene_dna_bullets", "gene", """- DNA
- Heredity
- Chromosome
- Mutation
- Biology
- RNA
- Genome
- Traits""",
     ["dna", "heredity", "chromosome", "mutation", "biology", "rna", "genome", "traits"]),

    ("en_van_014_city_proper_nouns", "city", """1. New York
2. Buildings
3. Skyscrapers
4. Traffic
5. Lights
6. Los Angeles
7. Busy
8. Urban""",
     ["new york", "buildings", "skyscrapers", "traffic", "lights", "los angeles", "busy", "urban"]),

    ("en_van_015_wizard_harry_potter", "wizard", """Sure! Here are the words that come to mind for "wizard":

Magic, wand, Harry Potter, Gandalf, spell, hat, The Lord of the Rings, robe, Merlin, potion

Let me know if you'd like me to explain any of these!""",
     ["magic", "wand", "harry potter", "gandalf", "spell", "hat", "the lord of the rings", "robe", "merlin", "potion"]),

    ("en_van_016_summer_emoji_bullets", "summer", """☀️ Sun
🏖️ Beach
🍦 Ice cream
🏊 Swimming
😎 Sunglasses
🌴 Vacation
🍉 Watermelon""",
     ["sun", "beach", "ice cream", "swimming", "sunglasses", "vacation", "watermelon"]),

    ("en_van_017_party_emoji_after_items", "party", """Celebration 🎉, cake 🎂, balloons 🎈, music 🎵, friends 👫, dancing 💃, birthday 🥳""",
     ["celebration", "cake", "balloons", "music", "friends", "dancing", "birthday"]),

    ("en_van_018_ice_keycap_emoji_numbers", "ice", """Here are my associations for "ice":

1️⃣ Cold
2️⃣ Frozen
3️⃣ Water
4️⃣ Cube
5️⃣ Skating
6️⃣ Hockey
7️⃣ Slippery""",
     ["cold", "frozen", "water", "cube", "skating", "hockey", "slippery"]),

    ("en_van_019_fly_clarifying_then_answer", "fly", """Do you mean "fly" as in the insect, or the verb (to fly)? I'll assume the verb, but I can redo it if you meant the insect.

Airplane, wings, bird, sky, soar, travel, pilot, freedom, kite, float""",
     ["airplane", "wings", "bird", "sky", "soar", "travel", "pilot", "freedom", "kite", "float"]),

    ("en_van_020_bat_clarify_both_senses_bold_labels", "bat", """Just to clarify — do you mean the animal or the sports equipment? Since it could be either, here are both:

**Animal:** vampire, night, cave, wings, Dracula
**Sports:** baseball, cricket, ball, swing, hit""",
     ["vampire", "night", "cave", "wings", "dracula", "baseball", "cricket", "ball", "swing", "hit"]),

    ("en_van_021_apple_nested_bullets_three_levels", "apple", """Here are the words that come to mind when I read "apple":

* **Fruit-related:**
  * Red
  * Fruit
  * Tree
    * Orchard
  * Pie
* **Technology-related:**
  * iPhone
  * Mac
  * Steve Jobs""",
     ["red", "fruit", "tree", "orchard", "pie", "iphone", "mac", "steve jobs"]),

    ("en_van_022_school_numbered_with_gloss_subbullets", "school", """1. **Teacher**
   - The person who leads the class
2. **Students**
   - Learners of all ages
3. **Homework**
4. **Classroom**
   - Where lessons happen
5. **Books**
6. **Exams**
   - Tests, quizzes, and finals at the end of each term
7. **Friends**""",
     ["teacher", "students", "homework", "classroom", "books", "exams", "friends"]),

    ("en_van_023_fire_italics_mixed", "fire", """*Flame*, *heat*, *smoke*, _burn_, _red_, ***danger***, *firefighter*, _campfire_, **hot**""",
     ["flame", "heat", "smoke", "burn", "red", "danger", "firefighter", "campfire", "hot"]),

    ("en_van_024_rain_blockquote", "rain", """Here's what comes to mind:

> umbrella, wet, clouds, puddle, storm, drops, gray, thunder

I hope this helps!""",
     ["umbrella", "wet", "clouds", "puddle", "storm", "drops", "gray", "thunder"]),

    ("en_van_025_computer_inline_code", "computer", """Here are my associations: `keyboard`, `screen`, `mouse`, `code`, `internet`, `laptop`, `CPU`, `software`""",
     ["keyboard", "screen", "mouse", "code", "internet", "laptop", "cpu", "software"]),

    ("en_van_026_house_heading_and_rules", "house", """### Associations for "house"

---

1. Home
2. Family
3. Roof
4. Door
5. Garden
6. Rooms
7. Mortgage

---

*These are listed from strongest to weakest association.*""",
     ["home", "family", "roof", "door", "garden", "rooms", "mortgage"]),

    ("en_van_027_money_several_per_numbered_line", "money", """1. Cash, currency
2. Bank, wealth
3. Dollar, coins
4. Rich
5. Greed, power""",
     ["cash", "currency", "bank", "wealth", "dollar", "coins", "rich", "greed", "power"]),

    ("en_van_028_love_ai_disclaimer", "love", """As an AI, I don't have personal experiences or feelings, but based on common associations, here are words often linked to "love":

Heart, romance, affection, family, passion, kiss, relationship, care, marriage, Valentine's Day""",
     ["heart", "romance", "affection", "family", "passion", "kiss", "relationship", "care", "marriage", "valentine's day"]),

    ("en_van_029_doctor_would_you_like_more", "doctor", """1. Hospital
2. Nurse
3. Medicine
4. Stethoscope
5. Patient
6. Health
7. Surgery
8. White coat

Would you like more?""",
     ["hospital", "nurse", "medicine", "stethoscope", "patient", "health", "surgery", "white coat"]),

    ("en_van_030_car_let_me_know", "car", """Here are some words associated with "car":

- Drive
- Wheels
- Road
- Engine
- Gas
- Speed
- Traffic
- Garage

Let me know if you need associations for another word!""",
     ["drive", "wheels", "road", "engine", "gas", "speed", "traffic", "garage"]),

    ("en_van_031_tree_summary_line", "tree", """Leaves, forest, green, branches, wood, roots, shade, oak, nature, bark

These reflect both the physical parts of a tree and the environments where trees are found.""",
     ["leaves", "forest", "green", "branches", "wood", "roots", "shade", "oak", "nature", "bark"]),

    ("en_van_032_beach_heres_my_list_inline_numbers", "beach", """Here's my list: 1. Sand 2. Waves 3. Sun 4. Shells 5. Towel 6. Surfing""",
     ["sand", "waves", "sun", "shells", "towel", "surfing"]),

    ("en_van_033_night_short_list_then_explained", "night", """Dark, moon, stars, sleep, quiet, owl

Here's why I chose these:
- **Dark**: the absence of sunlight is the defining feature of night.
- **Moon**: the most visible object in the night sky.
- **Stars**: they only appear after sunset.
- **Sleep**: night is when most people rest.
- **Quiet**: cities and nature get calmer.
- **Owl**: a classic nocturnal animal.""",
     ["dark", "moon", "stars", "sleep", "quiet", "owl"]),

    ("en_van_034_bread_short_list_then_explained_other_order", "bread", """Butter, toast, bakery, flour, sandwich

Explanation:
1. Toast – bread that has been browned
2. Butter – commonly spread on bread
3. Flour – the main ingredient
4. Bakery – where bread is made
5. Sandwich – made with two slices""",
     ["butter", "toast", "bakery", "flour", "sandwich"]),

    # AMBIGUOUS: every line is "1. X – Y" with a one-word Y; read here as word + gloss.
    # Other reading: both sides are associations -> ["stove", "cooking", "fridge",
    # "cold", "knife", "cutting", "sink", "washing", "table", "eating"].
    ("en_van_035_kitchen_dash_one_word_glosses", "kitchen", """1. Stove – cooking
2. Fridge – cold
3. Knife – cutting
4. Sink – washing
5. Table – eating""",
     ["stove", "fridge", "knife", "sink", "table"]),

    ("en_van_036_hospital_dash_glosses_mixed", "hospital", """1. Doctor – treats patients
2. Nurse – cares for patients day and night
3. Ambulance – emergencies
4. Surgery – operations on the body
5. Medicine – treatment
6. Bed
7. Emergency room – often called the ER""",
     ["doctor", "nurse", "ambulance", "surgery", "medicine", "bed", "emergency room"]),

    ("en_van_037_garden_table_word_category", "garden", """| Word | Category |
|---|---|
| Flowers | Plants |
| Soil | Earth |
| Vegetables | Food |
| Watering can | Tools |
| Bees | Animals |
| Sunshine | Weather |""",
     ["flowers", "soil", "vegetables", "watering can", "bees", "sunshine"]),

    ("en_van_038_snow_table_stars_strength", "snow", """| # | Association | Strength |
|:-:|:--|:--|
| 1 | Cold | ★★★★★ |
| 2 | White | ★★★★☆ |
| 3 | Winter | ★★★★☆ |
| 4 | Snowman | ★★★☆☆ |
| 5 | Ski | ★★★☆☆ |
| 6 | Flakes | ★★☆☆☆ |""",
     ["cold", "white", "winter", "snowman", "ski", "flakes"]),

    ("en_van_039_food_headings_with_emoji_categories", "food", """## Word Associations: "Food"

### 🍎 Everyday
- Eat
- Hungry
- Meal

### 🍕 Specific foods
- Pizza
- Bread
- Rice

### 🍽️ Places
- Kitchen
- Restaurant""",
     ["eat", "hungry", "meal", "pizza", "bread", "rice", "kitchen", "restaurant"]),

    ("en_van_040_water_h2o_and_compound_with_cue", "water", """Drink, ocean, H2O, thirst, rain, water bottle, clear, swim, wet, river""",
     ["drink", "ocean", "h2o", "thirst", "rain", "water bottle", "clear", "swim", "wet", "river"]),

    ("en_van_041_friend_cue_listed", "friend", """Friendship, buddy, trust, friend, loyalty, fun, companion""",
     ["friendship", "buddy", "trust", "friend", "loyalty", "fun", "companion"]),

    ("en_van_042_suicide_refusal", "suicide", """I'm really sorry you're feeling this way, but I'm not able to provide a word list for this topic. If you're having thoughts of suicide, please reach out to a crisis line such as 988 in the U.S., or talk to someone you trust. You don't have to go through this alone.""",
     []),

    ("en_van_043_chair_thinking_aloud_then_so", "chair", """Okay, when I read "chair", the first thing I picture is a wooden chair pulled up to a dining table. So: table, sit, seat, furniture, wood, legs, desk, sofa.""",
     ["table", "sit", "seat", "furniture", "wood", "legs", "desk", "sofa"]),

    ("en_van_044_king_quoted_items", "king", """"Queen", "crown", "throne", "royal", "kingdom", "power", "castle", "prince\"""",
     ["queen", "crown", "throne", "royal", "kingdom", "power", "castle", "prince"]),

    ("en_van_045_phone_paren_numbering", "phone", """1) Call
2) Mobile
3) Text
4) Smartphone
5) iPhone
6) Screen
7) Apps
8) Ring""",
     ["call", "mobile", "text", "smartphone", "iphone", "screen", "apps", "ring"]),

    ("en_van_046_sport_lettered_list", "sport", """a) Football
b) Team
c) Ball
d) Exercise
e) Competition
f) Olympics""",
     ["football", "team", "ball", "exercise", "competition", "olympics"]),

    ("en_van_047_spring_bold_words_in_sentence_cue_bolded", "spring", """When I think of **spring**, the words that come to mind are **flowers**, **bloom**, **rain**, **Easter**, **green**, **birds**, and **warmth**.""",
     ["flowers", "bloom", "rain", "easter", "green", "birds", "warmth"]),

    ("en_van_048_cat_comma_list_final_and", "cat", """Meow, whiskers, purr, kitten, mouse, fur, claws and milk.""",
     ["meow", "whiskers", "purr", "kitten", "mouse", "fur", "claws", "milk"]),

    ("en_van_049_hope_semicolons", "hope", """Faith; optimism; future; dreams; light; wish; belief""",
     ["faith", "optimism", "future", "dreams", "light", "wish", "belief"]),

    ("en_van_050_moon_plain_lines", "moon", """Night
Stars
Space
Full moon
Tides
NASA
Crescent
Werewolf""",
     ["night", "stars", "space", "full moon", "tides", "nasa", "crescent", "werewolf"]),

    ("en_van_051_mountain_bold_title_and_summary", "mountain", """**Word associations for "mountain":**

1. Peak
2. Snow
3. Climbing
4. Hiking
5. Everest
6. Altitude
7. Rocks
8. Valley

**Summary:** Most of these relate to the physical landscape and outdoor activities.""",
     ["peak", "snow", "climbing", "hiking", "everest", "altitude", "rocks", "valley"]),

    ("en_van_052_forest_truncated_bold_item", "forest", """Here are words I associate with "forest", strongest first:

1. **Trees** – the defining feature
2. **Green** – the dominant color
3. **Woods** – a close synonym
4. **Animals** – deer, foxes, owls
5. **Hiking** – a common activity
6. **Moss** – covers the forest floor
7. **Leaves** – everywhere underfoot
8. **Mush""",
     ["trees", "green", "woods", "animals", "hiking", "moss", "leaves"]),

    ("en_van_053_clock_truncated_in_gloss", "clock", """1. **Time** – measures hours and minutes
2. **Hands** – the hour hand and the minute hand
3. **Tick** – the sound it makes
4. **Alarm** – wakes you up
5. **Wall** – where it often han""",
     ["time", "hands", "tick", "alarm", "wall"]),

    ("en_van_054_light_two_senses_in_sentences", "light", """It depends on the sense! For light as in brightness: sun, lamp, bright, bulb, day. For light as in weight: feather, easy, airy.""",
     ["sun", "lamp", "bright", "bulb", "day", "feather", "easy", "airy"]),

    ("en_van_055_bark_two_senses_numbered", "bark", """**Dog sense:**
1. Dog
2. Woof
3. Loud

**Tree sense:**
1. Tree
2. Trunk
3. Rough
4. Wood""",
     ["dog", "woof", "loud", "tree", "trunk", "rough", "wood"]),

    ("en_van_056_teacher_phi_verbose", "teacher", """Sure, I'd be happy to help! When reading the word "teacher," the following words come to mind, ranked by strength of association:

1. Education
2. Classroom
3. Students
4. School
5. Knowledge
6. Lessons
7. Chalkboard
8. Mentor
9. Grading
10. Patience

These words reflect the role, environment, and qualities commonly associated with teachers.""",
     ["education", "classroom", "students", "school", "knowledge", "lessons", "chalkboard", "mentor", "grading", "patience"]),

    ("en_van_057_bird_instruction_echo_label", "bird", """Words associated with "bird" (5-10 words, most strongly associated first): fly, wings, feathers, nest, sing, eagle, sky, beak""",
     ["fly", "wings", "feathers", "nest", "sing", "eagle", "sky", "beak"]),

    ("en_van_058_tea_parenthetical_glosses", "tea", """1. Cup (what it's served in)
2. Leaves (tea is made from them)
3. Hot
4. Green (green tea)
5. Britain (strong tea culture)
6. Kettle
7. Biscuit
8. Herbal""",
     ["cup", "leaves", "hot", "green", "britain", "kettle", "biscuit", "herbal"]),

    ("en_van_059_dream_bold_italic_variants", "dream", """1. ***Sleep***
2. **_Night_**
3. *__Imagination__*
4. __Nightmare__
5. *Goals*
6. Fantasy
7. _Bed_""",
     ["sleep", "night", "imagination", "nightmare", "goals", "fantasy", "bed"]),

    ("en_van_060_family_hyphenated", "family", """Parents, siblings, love, home, mother-in-law, grandparents, kids, step-brother, together, dinner""",
     ["parents", "siblings", "love", "home", "mother-in-law", "grandparents", "kids", "step-brother", "together", "dinner"]),

    ("en_van_061_exercise_hyphen_bullets_and_hyphenated", "exercise", """- Gym
- Workout
- Running
- Sweat
- Push-ups
- Health
- Cardio
- Weight-lifting""",
     ["gym", "workout", "running", "sweat", "push-ups", "health", "cardio", "weight-lifting"]),

    ("en_van_062_baby_unicode_bullets", "baby", """• Cry
• Diaper
• Mother
• Cute
• Bottle
• Crib
• Infant""",
     ["cry", "diaper", "mother", "cute", "bottle", "crib", "infant"]),

    ("en_van_063_spice_numbers_inside_comma_line", "spice", """1. Pepper, 2. Cinnamon, 3. Hot, 4. Curry, 5. Flavor, 6. Chili, 7. Salt""",
     ["pepper", "cinnamon", "hot", "curry", "flavor", "chili", "salt"]),

    ("en_van_064_rock_list_then_parenthetical_note", "rock", """Stone, music, hard, mountain, roll, guitar, boulder, climbing. (I included both the geological and the musical sense.)""",
     ["stone", "music", "hard", "mountain", "roll", "guitar", "boulder", "climbing"]),

    ("en_van_065_guitar_rock_and_roll_proper_noun", "guitar", """Strings, music, rock & roll, band, electric, acoustic, Jimi Hendrix, amp, chords""",
     ["strings", "music", "rock & roll", "band", "electric", "acoustic", "jimi hendrix", "amp", "chords"]),

    ("en_van_066_breakfast_ampersand_items", "breakfast", """Eggs, bacon, coffee, toast, cereal, bed & breakfast, pancakes, B&B, morning, orange juice""",
     ["eggs", "bacon", "coffee", "toast", "cereal", "bed & breakfast", "pancakes", "b&b", "morning", "orange juice"]),

    ("en_van_067_cold_table_bold_word_column", "cold", """| Rank | Word | Association type |
| --- | --- | --- |
| 1 | **Ice** | Physical |
| 2 | **Winter** | Season |
| 3 | **Snow** | Weather |
| 4 | **Flu** | Illness |
| 5 | **Freezing** | Temperature |
| 6 | **Shiver** | Reaction |

Let me know if you want a different format.""",
     ["ice", "winter", "snow", "flu", "freezing", "shiver"]),

    ("en_van_068_war_comma_line_then_table_relist", "war", """Short answer: battle, soldiers, peace, death, weapons, army

| Word | Why |
|---|---|
| Battle | The core event of any war |
| Soldiers | The people who fight |
| Peace | Its opposite |
| Death | The human cost |
| Weapons | Guns, bombs, tanks |
| Army | The organized force |""",
     ["battle", "soldiers", "peace", "death", "weapons", "army"]),

    ("en_van_069_bass_clarifying_question_only", "bass", """Could you clarify whether you mean "bass" the fish or "bass" the musical instrument/low sound? The associations would be quite different (for example, fishing and lakes versus guitar and music), so I want to make sure I give you the right list.""",
     []),

    ("en_van_070_sun_sentence_colon", "sun", """The first words that come to mind for "sun" are: hot, bright, yellow, summer, light, sky, beach, star.""",
     ["hot", "bright", "yellow", "summer", "light", "sky", "beach", "star"]),

    ("en_van_071_surf_colon_glosses", "surf", """1. Waves: big swells rolling in
2. Board: what you stand on
3. Beach: where it happens
4. Ocean
5. Hawaii: a famous surf spot
6. Wetsuit
7. Internet: as in "surfing the web\"""",
     ["waves", "board", "beach", "ocean", "hawaii", "wetsuit", "internet"]),

    ("en_van_072_horse_llama_standard_ten", "horse", """Here are the words that come to mind when I read the word "horse":

1. Ride
2. Saddle
3. Stable
4. Pony
5. Gallop
6. Mane
7. Racing
8. Farm
9. Hooves
10. Cowboy""",
     ["ride", "saddle", "stable", "pony", "gallop", "mane", "racing", "farm", "hooves", "cowboy"]),

    ("en_van_073_book_gemma_bold_star_bullets", "book", """Here are some words associated with "book":

* **Read**
* **Pages**
* **Library**
* **Story**
* **Author**
* **Novel**
* **Knowledge**

I hope this is helpful! 📚""",
     ["read", "pages", "library", "story", "author", "novel", "knowledge"]),

    ("en_van_074_train_qwen_sure_colon", "train", """Sure! Here are the words that come to mind: railway, station, tracks, travel, ticket, locomotive, carriage, subway, commute, steam""",
     ["railway", "station", "tracks", "travel", "ticket", "locomotive", "carriage", "subway", "commute", "steam"]),

    ("en_van_075_math_symbols_items", "math", """Numbers, equations, algebra, 2+2, calculator, geometry, π, homework, teacher""",
     ["numbers", "equations", "algebra", "2+2", "calculator", "geometry", "π", "homework", "teacher"]),

    ("en_van_076_police_abbreviations_911", "police", """Cops, law, FBI, officer, siren, 911, badge, arrest, NYPD, crime""",
     ["cops", "law", "fbi", "officer", "siren", "911", "badge", "arrest", "nypd", "crime"]),

    ("en_van_077_cash_atm_numbered", "cash", """1. Money
2. ATM
3. Wallet
4. Bills
5. Coins
6. Dollars
7. Payment
8. Cash register""",
     ["money", "atm", "wallet", "bills", "coins", "dollars", "payment", "cash register"]),

    ("en_van_078_pizza_top5_and_more", "pizza", """Top 5: cheese, Italy, slice, pepperoni, delivery
A few more: dough, tomato, oven, Friday night""",
     ["cheese", "italy", "slice", "pepperoni", "delivery", "dough", "tomato", "oven", "friday night"]),

    ("en_van_079_space_inline_parenthetical_glosses", "space", """Stars, planets, NASA (the space agency), astronaut, galaxy, rocket, moon, universe (everything), void""",
     ["stars", "planets", "nasa", "astronaut", "galaxy", "rocket", "moon", "universe", "void"]),

    ("en_van_080_fish_bold_numbers", "fish", """**1.** Water
**2.** Swim
**3.** Scales
**4.** Ocean
**5.** Fishing
**6.** Gills
**7.** Salmon""",
     ["water", "swim", "scales", "ocean", "fishing", "gills", "salmon"]),

    ("en_van_081_team_items_as_headings", "team", """### 1. Cooperation
Working together toward a shared goal.

### 2. Sports
Teams are central to most sports.

### 3. Players
The individual members of a team.

### 4. Coach
The person who guides the team.

### 5. Win
What every team is aiming for.""",
     ["cooperation", "sports", "players", "coach", "win"]),

    ("en_van_082_match_emoji_sense_labels_closing_question", "match", """Are you thinking of a match as in fire, or a sports match? Here are a few senses:

🔥 Fire: lighter, flame, stick, burn
⚽ Sports: game, tennis, opponent, score
💕 Romance: couple, perfect match

Which sense did you have in mind?""",
     ["lighter", "flame", "stick", "burn", "game", "tennis", "opponent", "score", "couple", "perfect match"]),

    # AMBIGUOUS: plain top-level bullets "Pets", "Wild", "Farm" read here as items
    # (they are themselves associations of "animal"). Other reading: they are category
    # headers -> ["dog", "cat", "lion", "elephant", "africa", "cow"].
    ("en_van_083_animal_nested_plain_parents", "animal", """- Pets
  - Dog
  - Cat
- Wild
  - Lion
  - Elephant
    - Africa
- Farm
  - Cow""",
     ["pets", "dog", "cat", "wild", "lion", "elephant", "africa", "farm", "cow"]),

    ("en_van_084_storm_numbered_category_colon_lists", "storm", """1. Weather: thunder, lightning, rain
2. Feelings: anger, chaos
3. Nature: wind, clouds""",
     ["thunder", "lightning", "rain", "anger", "chaos", "wind", "clouds"]),

    ("en_van_085_cookie_label_same_line", "cookie", """My associations: Milk, chocolate chip, sweet, sugar, oven, dessert, jar, Cookie Monster""",
     ["milk", "chocolate chip", "sweet", "sugar", "oven", "dessert", "jar", "cookie monster"]),

    ("en_van_086_bee_vanilla_etc", "bee", """Bees, honey, flowers, pollen, sting, hive, buzz, etc.""",
     ["bees", "honey", "flowers", "pollen", "sting", "hive", "buzz"]),

    ("en_van_087_bridge_reasoning_then_final_list", "bridge", """Let me think. A bridge connects two places, often over water or a road. My final list:

1. River
2. Cross
3. Golden Gate
4. Water
5. Road
6. Connection
7. Arch
8. London Bridge""",
     ["river", "cross", "golden gate", "water", "road", "connection", "arch", "london bridge"]),

    ("en_van_088_heart_bold_label_same_line", "heart", """**Associations:** love, red, Valentine, blood, pump, beat, organ, kindness""",
     ["love", "red", "valentine", "blood", "pump", "beat", "organ", "kindness"]),

    ("en_van_089_office_code_block", "office", """```
desk, computer, work, meeting, boss, printer, coworkers, cubicle
```""",
     ["desk", "computer", "work", "meeting", "boss", "printer", "coworkers", "cubicle"]),

    ("en_van_090_star_json_array", "star", """["sky", "night", "shine", "sun", "celebrity", "twinkle", "galaxy"]""",
     ["sky", "night", "shine", "sun", "celebrity", "twinkle", "galaxy"]),

    ("en_van_091_boat_em_dash_italic_glosses", "boat", """1. Water — *where boats float*
2. Sail — *wind-powered*
3. Ship
4. Fishing — *a common use*
5. Captain
6. Anchor
7. Harbor""",
     ["water", "sail", "ship", "fishing", "captain", "anchor", "harbor"]),

    ("en_van_092_hot_emoji_attached", "hot", """Sun☀️, fire🔥, summer, spicy🌶️, sweat, heat, desert🏜️""",
     ["sun", "fire", "summer", "spicy", "sweat", "heat", "desert"]),

    ("en_van_093_holiday_numbered_with_lettered_subitems", "holiday", """1. Travel
   a. Flights
   b. Hotel
2. Christmas
   a. Gifts
3. Relaxation
4. Beach""",
     ["travel", "flights", "hotel", "christmas", "gifts", "relaxation", "beach"]),

    ("en_van_094_pepper_bold_colon_glosses", "pepper", """- **Salt**: the classic pairing
- **Spicy**: its flavor
- **Black**: the most common kind
- **Grinder**
- **Sneeze**: a cartoon trope
- **Bell pepper**: the vegetable""",
     ["salt", "spicy", "black", "grinder", "sneeze", "bell pepper"]),

    ("en_van_095_church_first_word_followed_by", "church", """The first word that comes to mind is God, followed by prayer and Sunday. I also think of bells, choir, cross, and wedding.""",
     ["god", "prayer", "sunday", "bells", "choir", "cross", "wedding"]),

    ("en_van_096_chocolate_honorable_mentions", "chocolate", """1. Sweet
2. Candy
3. Cocoa
4. Brown
5. Dessert

Honorable mentions: Belgium, Valentine's Day, milk""",
     ["sweet", "candy", "cocoa", "brown", "dessert", "belgium", "valentine's day", "milk"]),

    ("en_van_097_birthday_table_word_first_col", "birthday", """| Association | Rank |
|---|---|
| Cake | 1 |
| Party | 2 |
| Presents | 3 |
| Candles | 4 |
| Balloons | 5 |
| Friends | 6 |""",
     ["cake", "party", "presents", "candles", "balloons", "friends"]),

    ("en_van_098_lion_bold_heading_then_comma_line_and_numbered", "lion", """### Quick list
Lion king, mane, roar, Africa, predator, cat, pride, savanna

### Ranked
1. **Roar**
2. **Mane**
3. **Africa**""",
     ["lion king", "mane", "roar", "africa", "predator", "cat", "pride", "savanna"]),

    ("en_van_099_gold_numbered_with_score_parens", "gold", """1. Money (9/10)
2. Jewelry (8/10)
3. Yellow (7/10)
4. Medal (7/10)
5. Treasure (6/10)
6. Rich (5/10)
7. Olympics (4/10)""",
     ["money", "jewelry", "yellow", "medal", "treasure", "rich", "olympics"]),

    ("en_van_100_island_bullets_with_trailing_periods", "island", """* Beach.
* Palm trees.
* Ocean.
* Tropical.
* Isolated.
* Hawaii.
* Boat.""",
     ["beach", "palm trees", "ocean", "tropical", "isolated", "hawaii", "boat"]),

    ("en_van_101_wolf_mixed_comma_line_after_intro_newline", "wolf", """Sure, here you go:
Howl, pack, moon, forest, werewolf, gray, wild, fangs

Would you like associations for a related word like "fox" or "dog"?""",
     ["howl", "pack", "moon", "forest", "werewolf", "gray", "wild", "fangs"]),

    ("en_van_102_library_numbered_multi_word_per_line_and_gloss", "library", """1. Books, reading
2. Quiet – people whisper here
3. Librarian
4. Shelves, study
5. Knowledge""",
     ["books", "reading", "quiet", "librarian", "shelves", "study", "knowledge"]),

    ("en_van_103_election_two_lists_comma_and_bulleted_with_gloss", "election", """Vote, democracy, candidate, ballot, campaign, president

Explained:
- **Vote** – the act itself
- **Democracy** – the system it supports
- **Candidate** – the people running
- **Ballot** – the paper or screen you mark
- **Campaign** – months of speeches and ads
- **President** – the highest office in the U.S.""",
     ["vote", "democracy", "candidate", "ballot", "campaign", "president"]),

    ("en_van_104_snake_blockquote_numbered", "snake", """> 1. Venom
> 2. Slither
> 3. Reptile
> 4. Hiss
> 5. Python
> 6. Scales
> 7. Danger""",
     ["venom", "slither", "reptile", "hiss", "python", "scales", "danger"]),

    # ------------------------------------------------------------------
    # LoRA fine-tuned models: terse comma lists and their failure modes
    # ------------------------------------------------------------------
    ("en_ft_001_ocean_odd_spacing", "ocean", """sea ,waves ,  blue,water , fish,salt,  beach""",
     ["sea", "waves", "blue", "water", "fish", "salt", "beach"]),

    ("en_ft_002_puppy_capitalised_trailing_period", "puppy", """Dog, Cute, Small, Pet, Bark, Young, Play.""",
     ["dog", "cute", "small", "pet", "bark", "young", "play"]),

    ("en_ft_003_sun_loop", "sun", """hot, bright, yellow, sky, hot, bright, yellow, sky, hot, bright, yellow, sky, hot, bright""",
     ["hot", "bright", "yellow", "sky"]),

    ("en_ft_004_winter_truncated", "winter", """snow, cold, ice, christmas, skiing, scarf, snowman, freezing, hot cocoa, sno""",
     ["snow", "cold", "ice", "christmas", "skiing", "scarf", "snowman", "freezing", "hot cocoa"]),

    ("en_ft_005_fruit_etc", "fruit", """apple, banana, orange, grape, sweet, healthy, etc""",
     ["apple", "banana", "orange", "grape", "sweet", "healthy"]),

    ("en_ft_006_school_and_so_on", "school", """teacher, students, books, class, homework, and so on""",
     ["teacher", "students", "books", "class", "homework"]),

    ("en_ft_007_music_ellipsis", "music", """song, melody, guitar, piano, beat, dance...""",
     ["song", "melody", "guitar", "piano", "beat", "dance"]),

    ("en_ft_008_fire_all_caps", "fire", """FLAME, HEAT, SMOKE, BURN, RED, HOT""",
     ["flame", "heat", "smoke", "burn", "red", "hot"]),

    ("en_ft_009_rich_no_spaces", "rich", """money,wealthy,gold,famous,poor,luxury,mansion""",
     ["money", "wealthy", "gold", "famous", "poor", "luxury", "mansion"]),

    ("en_ft_010_car_loop_truncated", "car", """drive, road, wheel, engine, fast, drive, road, wheel, engine, fast, drive, road, whe""",
     ["drive", "road", "wheel", "engine", "fast"]),

    ("en_ft_011_home_double_commas_cue_listed", "home", """house,, home , family,,roof , door ,garden""",
     ["house", "home", "family", "roof", "door", "garden"]),

    ("en_ft_012_bread_prompt_echo", "bread", """butter, toast, flour, bakery, wheat, sandwich

List the words that come to mind when you read the word "butter". Give between 5 and 10 words""",
     ["butter", "toast", "flour", "bakery", "wheat", "sandwich"]),

    ("en_ft_013_tree_capitalised_trailing_period", "tree", """Leaf, green, forest, wood, nature, branch, roots.""",
     ["leaf", "green", "forest", "wood", "nature", "branch", "roots"]),

    ("en_ft_014_ice_final_and", "ice", """cold, snow, white, frozen and slippery""",
     ["cold", "snow", "white", "frozen", "slippery"]),

    ("en_ft_015_clothes_hyphenated", "clothes", """t-shirt, jeans, fashion, wear, wardrobe, second-hand""",
     ["t-shirt", "jeans", "fashion", "wear", "wardrobe", "second-hand"]),

    ("en_ft_016_convenience_numbers", "convenience", """24/7, store, easy, quick, snacks, 7-Eleven""",
     ["24/7", "store", "easy", "quick", "snacks", "7-eleven"]),

    ("en_ft_017_rat_one_per_line", "rat", """mouse
cheese
trap
sewer
small""",
     ["mouse", "cheese", "trap", "sewer", "small"]),

    ("en_ft_018_color_long_list_and_so_on", "color", """red, blue, green, yellow, purple, orange, pink, black, white, brown, gray, and so on...""",
     ["red", "blue", "green", "yellow", "purple", "orange", "pink", "black", "white", "brown", "gray"]),

    ("en_ft_019_bird_cut_after_comma", "bird", """fly, wings, feathers, nest, tweet, sky, """,
     ["fly", "wings", "feathers", "nest", "tweet", "sky"]),

    ("en_ft_020_hospital_etc_period", "hospital", """Doctor, nurse, medicine, sick, bed, etc.""",
     ["doctor", "nurse", "medicine", "sick", "bed"]),

    ("en_ft_021_vacation_odd_spacing_mixed_case", "vacation", """ Beach ,SAND,  sun , Waves , summer .""",
     ["beach", "sand", "sun", "waves", "summer"]),

    ("en_ft_022_wedding_truncated_hyphenated", "wedding", """bride, groom, ring, dress, cake, church, love, mother-in-l""",
     ["bride", "groom", "ring", "dress", "cake", "church", "love"]),

    ("en_ft_023_valentine_quoted_terse", "valentine", """"love", "heart", "roses", "chocolate", "February", "card\"""",
     ["love", "heart", "roses", "chocolate", "february", "card"]),

    ("en_ft_024_night_loop_with_new_words", "night", """dark, moon, stars, sleep, dark, moon, owl, stars, sleep, dark, quiet, moon""",
     ["dark", "moon", "stars", "sleep", "owl", "quiet"]),
]

ZH_LISTS = []

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = []

# Answers cut mid-word by the token limit (the fragment is not expected).
TRUNCATED = {
    "en_van_052_forest_truncated_bold_item",   # "8. **Mush"
    "en_van_053_clock_truncated_in_gloss",     # cut inside the gloss "where it often han"
    "en_ft_004_winter_truncated",              # "sno"
    "en_ft_010_car_loop_truncated",            # "whe"
    "en_ft_022_wedding_truncated_hyphenated",  # "mother-in-l"
}

# Ids whose reading is genuinely open; the other reading is given in a comment by each case.
AMBIGUOUS = {
    "en_van_007_pet_slash_items",             # other: "dog/puppy", "cat/kitten" as single items
    "en_van_012_president_us_abbrev",         # other: "u.s" (period stripped as trailing punctuation)
    "en_van_035_kitchen_dash_one_word_glosses",  # other: both sides of "X – Y" as items
    "en_van_083_animal_nested_plain_parents", # other: "pets", "wild", "farm" are headers, dropped
}
