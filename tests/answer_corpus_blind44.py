"""Blind answer corpus 44 for the word-association answer parser.

Written blind on 2026-12-08 by a helper session: no parser, test, benchmark or
other repository file was read, no parser was run, and every text below was
invented for this file in the style of the imitated model.

EMPHASIS (corpus 44): a representative sample, with real proportions, of
Qwen2.5-7B-Instruct answering the ENGLISH association prompt -- vanilla mostly
(about 90 answers) and after SFT / PPO on the English norms (about 30). This is
the study's other baseline. Vanilla Qwen2.5-7B-Instruct typically opens with
"Sure! Here are..." / "Certainly!", writes numbered or bulleted lists with bold
words and " - " or ":" explanations, sometimes a bare comma line exactly as
asked, groups the words by sense for ambiguous cues, closes with offers ("If you
need more..."), occasionally adds Chinese glosses or lets a Chinese word slip
in, mixes British and American spelling, gives more or fewer words than asked,
and occasionally refuses a sensitive cue. The SFT and PPO checkpoints mostly
write terse comma lists with occasional slips (a stray special token, a repeat,
a trailing period, a capitalised list, a run-on into another turn). There are
no Mandarin association answers here (ZH_LISTS is empty), plus about ten
English rankings from the PPO model.

PROMPTS the models answered (low/high usually 5 and 10, sometimes 10 and 20):
  EN association: List the words that come to mind when you read the word "{cue}". Give between {low} and {high} words, separated by commas, the most strongly associated first.
  ZH association: 请列出看到“{cue}”这个词时你会联想到的词语，共{low}到{high}个，用逗号分隔，联想最强的排在最前面。
  EN ranking: Here are {k} words that people associate with "{cue}": {words}. Rank them from the most to the least strongly associated with "{cue}". Explain briefly, then end with a line that starts with "Final Ranking:" followed by all {k} words in your order, separated by commas.
  ZH ranking: 下面是人们由“{cue}”联想到的{k}个词语：{words}。请按照它们与“{cue}”的联想强度从强到弱排序。先简要说明理由，最后以“最终排名：”开头的一行列出全部{k}个词语，用逗号分隔。
Each text is only what the model wrote (its completion), unless the model
echoed the prompt.

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
    and drops the cut fragment (such ids are not in TRUNCATED; they carry the
    comment "# cut by the token limit");
  * [] when there is no marker, or nothing ranked after the last one.
"""

EN_LISTS = [
    # Qwen2.5-7B-Instruct vanilla, 5-10; "Sure!" opening, numbered bold words
    # with " - " explanations and a closing summary sentence.
    ("en_van_01", "ocean",
     """Sure! Here are some words that come to mind when I read the word "ocean," listed from most to least strongly associated:

1. **Sea** - The ocean is often used interchangeably with the sea.
2. **Waves** - The constant motion of water on the surface.
3. **Blue** - The color most commonly associated with the ocean.
4. **Water** - The main component of the ocean.
5. **Fish** - Marine life that lives in the ocean.
6. **Beach** - Where the ocean meets the land.
7. **Salt** - Ocean water is salty.
8. **Deep** - The ocean is vast and deep.
9. **Whales** - Large marine mammals found in the ocean.
10. **Tide** - The rise and fall of sea levels.

These words capture different aspects of the ocean, from its physical characteristics to the life it supports.""",
     ["sea", "waves", "blue", "water", "fish", "beach", "salt", "deep", "whales", "tide"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bare comma line exactly as asked.
    ("en_van_02", "apple",
     "Fruit, red, tree, juice, pie, orchard, green, crunchy, healthy, iPhone",
     ["fruit", "red", "tree", "juice", "pie", "orchard", "green", "crunchy", "healthy", "iphone"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; "Certainly!" opening, plain numbered list.
    ("en_van_03", "doctor",
     """Certainly! Here are some words associated with "doctor":

1. Hospital
2. Nurse
3. Medicine
4. Patient
5. Stethoscope
6. Health
7. Clinic
8. White coat
9. Diagnosis
10. Surgery""",
     ["hospital", "nurse", "medicine", "patient", "stethoscope", "health", "clinic", "white coat", "diagnosis", "surgery"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; ambiguous cue grouped by sense under
    # bold headers, numbering continued across groups, closing offer.
    ("en_van_04", "bank",
     """The word "bank" can have different meanings, so here are associations for the most common ones:

**Financial Institution:**
1. Money
2. Account
3. Loan
4. Deposit
5. ATM

**River Bank:**
6. River
7. Shore
8. Water
9. Grass
10. Fishing

Let me know if you'd like associations for a specific meaning!""",
     ["money", "account", "loan", "deposit", "atm", "river", "shore", "water", "grass", "fishing"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bulleted "- **Word**: explanation",
    # closing offer.
    ("en_van_05", "freedom",
     """Sure! Here are some words that come to mind when I think of "freedom":

- **Liberty**: The state of being free from oppressive restrictions.
- **Independence**: Not being controlled by others.
- **Rights**: Basic entitlements every person should have.
- **Choice**: The ability to decide for oneself.
- **Democracy**: A system of government that protects freedom.
- **Flag**: A symbol of national freedom for many countries.
- **Expression**: Freedom of speech and self-expression.
- **Peace**: Often seen as a condition for true freedom.

If you need more words or a different focus, feel free to ask!""",
     ["liberty", "independence", "rights", "choice", "democracy", "flag", "expression", "peace"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; one-line preamble then a comma line.
    ("en_van_06", "run",
     """Sure! Here are the words that come to mind when I read "run":

Jog, sprint, race, exercise, marathon, fast, legs, shoes, track, escape""",
     ["jog", "sprint", "race", "exercise", "marathon", "fast", "legs", "shoes", "track", "escape"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; numbered, no bold, "Word: explanation".
    ("en_van_07", "coffee",
     """Here are some words that come to mind when I read the word "coffee":

1. Caffeine: The stimulant that gives coffee its energizing effect.
2. Morning: Many people drink coffee to start their day.
3. Espresso: A strong, concentrated type of coffee.
4. Cup: Coffee is usually served in a cup or mug.
5. Beans: Coffee is made from roasted coffee beans.
6. Aroma: The rich smell of freshly brewed coffee.
7. Café: A place where people go to drink coffee.
8. Latte: A popular coffee drink made with milk.
9. Bitter: Coffee often has a bitter taste.
10. Energy: Coffee helps people feel more awake.""",
     ["caffeine", "morning", "espresso", "cup", "beans", "aroma", "café", "latte", "bitter", "energy"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; English words with Chinese glosses in
    # brackets (the English word is kept).
    ("en_van_08", "mother",
     """Certainly! Here are some words associated with "mother":

1. Love (爱)
2. Care (关心)
3. Family (家庭)
4. Warmth (温暖)
5. Child (孩子)
6. Protection (保护)
7. Sacrifice (牺牲)
8. Home (家)""",
     ["love", "care", "family", "warmth", "child", "protection", "sacrifice", "home"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; more words than asked (12) on a comma line.
    ("en_van_09", "winter",
     """Sure! Here are words associated with "winter," from most to least strongly associated:

Snow, cold, ice, Christmas, snowman, scarf, frost, holidays, fireplace, hot chocolate, skiing, December""",
     ["snow", "cold", "ice", "christmas", "snowman", "scarf", "frost", "holidays", "fireplace", "hot chocolate", "skiing", "december"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bare comma line, 7 words.
    ("en_van_10", "happy",
     "Joy, smile, cheerful, content, laughter, delighted, sunshine",
     ["joy", "smile", "cheerful", "content", "laughter", "delighted", "sunshine"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; refusal for a sensitive cue.
    ("en_van_11", "rape",
     "I'm sorry, but I can't assist with that.",
     []),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bare comma line with British spelling
    # for an American-spelled cue.
    ("en_van_12", "color",
     "Red, blue, paint, rainbow, hue, palette, bright, colourful, shade, vibrant",
     ["red", "blue", "paint", "rainbow", "hue", "palette", "bright", "colourful", "shade", "vibrant"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; comma line that starts with the cue
    # itself as an item.
    ("en_van_13", "dog",
     "Dog, puppy, bark, loyal, pet, bone, leash, tail, fetch, walk",
     ["dog", "puppy", "bark", "loyal", "pet", "bone", "leash", "tail", "fetch", "walk"]),

    # Qwen2.5-7B-Instruct vanilla, 10-20; long bold-dash explanations, cut by the
    # token limit in the middle of the 7th explanation (the word is complete).
    ("en_van_14", "teacher",
     """Sure! Here are some words that come to mind when I read the word "teacher," listed from the most strongly associated to the least:

1. **Classroom** - The main setting where a teacher works with students every day.
2. **Students** - The people a teacher guides, instructs, and supports in their learning.
3. **Education** - The overall process of teaching and learning that teachers are central to.
4. **Lesson** - A planned unit of teaching that a teacher prepares and delivers.
5. **Blackboard** - A traditional tool teachers use to write notes and explain ideas.
6. **Homework** - Assignments that teachers give students to complete outside of class.
7. **Grading** - Evaluating students' work and assig""",
     ["classroom", "students", "education", "lesson", "blackboard", "homework", "grading"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; the associations named inside prose.
    ("en_van_15", "library",
     """When I read the word "library," the words that come to mind are books, quiet, reading, librarian, shelves, knowledge, and study. Libraries are places of learning and calm where people can explore new ideas.""",
     ["books", "quiet", "reading", "librarian", "shelves", "knowledge", "study"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; "Certainly!" with a dash-bullet list
    # and a closing offer.
    ("en_van_16", "fire",
     """Certainly! Here are words that come to mind with "fire":

- Flame
- Heat
- Burn
- Smoke
- Red
- Firefighter
- Danger
- Campfire
- Ash
- Warmth

Feel free to let me know if you need more!""",
     ["flame", "heat", "burn", "smoke", "red", "firefighter", "danger", "campfire", "ash", "warmth"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; sensitive cue answered with a support
    # message and no words.
    ("en_van_17", "suicide",
     """I'm really sorry that you're feeling this way, but I'm unable to provide the help that you need. It's really important to talk things over with someone who can, though, such as a mental health professional or a trusted person in your life.""",
     []),

    # Qwen2.5-7B-Instruct vanilla, 5-10; short preamble, plain numbered list.
    ("en_van_18", "money",
     """Here are some words associated with "money":

1. Cash
2. Wealth
3. Bank
4. Currency
5. Rich
6. Dollars
7. Savings
8. Spend
9. Investment
10. Salary""",
     ["cash", "wealth", "bank", "currency", "rich", "dollars", "savings", "spend", "investment", "salary"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; senses under markdown "###" headers.
    ("en_van_19", "bat",
     """Sure! "Bat" has two common meanings, so here are words for both:

### Animal
- Wings
- Night
- Cave
- Vampire
- Echolocation

### Sports Equipment
- Baseball
- Cricket
- Swing
- Wood
- Hit""",
     ["wings", "night", "cave", "vampire", "echolocation", "baseball", "cricket", "swing", "wood", "hit"]),

    # Qwen2.5-7B-Instruct vanilla, 10-20; bold-dash list cut by the token limit
    # inside the 13th bold word ("Lemonade"), which is dropped.
    ("en_van_20", "summer",
     """Sure! Here are some words that come to mind when I read the word "summer":

1. **Sun** - Long, bright days with lots of sunshine.
2. **Beach** - A popular summer destination.
3. **Heat** - High temperatures are typical in summer.
4. **Vacation** - Many people take holidays during summer.
5. **Swimming** - A favourite summer activity.
6. **Ice cream** - A classic summer treat.
7. **Barbecue** - Outdoor cooking with friends and family.
8. **Holidays** - School is out for the summer.
9. **Sunglasses** - Protecting your eyes from the sun.
10. **Picnic** - Eating outdoors in the park.
11. **Camping** - Spending nights under the stars.
12. **Sunscreen** - Protecting skin from the sun's rays.
13. **Lemon""",
     ["sun", "beach", "heat", "vacation", "swimming", "ice cream", "barbecue", "holidays", "sunglasses", "picnic", "camping", "sunscreen"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bold words only (8, fewer than the
    # maximum), closing summary.
    ("en_van_21", "justice",
     """Sure! Here are some words that come to mind when I think of "justice":

1. **Fairness**
2. **Law**
3. **Court**
4. **Equality**
5. **Judge**
6. **Rights**
7. **Truth**
8. **Punishment**

These words reflect the concepts and institutions related to justice.""",
     ["fairness", "law", "court", "equality", "judge", "rights", "truth", "punishment"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; comma line after a "Cat:" label (the
    # label is not an item).
    ("en_van_22", "cat",
     "Cat: Meow, whiskers, purr, kitten, fur, claws, mouse, pet, litter box, independent",
     ["meow", "whiskers", "purr", "kitten", "fur", "claws", "mouse", "pet", "litter box", "independent"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bare comma line with a trailing period
    # and British "grey".
    ("en_van_23", "rain",
     "Umbrella, wet, clouds, storm, puddles, drops, thunder, grey, raincoat, drizzle.",
     ["umbrella", "wet", "clouds", "storm", "puddles", "drops", "thunder", "grey", "raincoat", "drizzle"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; numbered bold words with ":"
    # explanations and "I hope this helps!".
    ("en_van_24", "love",
     """Sure! Here are some words that come to mind when I read the word "love":

1. **Affection**: A warm feeling of fondness or care for someone.
2. **Heart**: The universal symbol of love.
3. **Romance**: Love between partners.
4. **Passion**: Intense emotions and desire.
5. **Family**: The love between parents, children, and relatives.
6. **Kindness**: Love expressed through caring actions.
7. **Trust**: A foundation of loving relationships.
8. **Marriage**: A commitment made out of love.
9. **Kiss**: A physical expression of love.
10. **Devotion**: Deep loyalty and commitment.

I hope this helps!""",
     ["affection", "heart", "romance", "passion", "family", "kindness", "trust", "marriage", "kiss", "devotion"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; a comma line followed by a section that
    # re-lists the same words with explanations.
    ("en_van_25", "school",
     """Students, teachers, classroom, homework, books, learning, exams

Here's a brief explanation for each:

- **Students**: The people who attend school to learn.
- **Teachers**: They guide and educate the students.
- **Classroom**: The room where lessons take place.
- **Homework**: Assignments done outside of school hours.
- **Books**: Essential tools for studying.
- **Learning**: The main purpose of going to school.
- **Exams**: Tests that measure what students have learned.""",
     ["students", "teachers", "classroom", "homework", "books", "learning", "exams"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; fewer words than asked (4).
    ("en_van_26", "chair",
     "Sit, table, furniture, wood",
     ["sit", "table", "furniture", "wood"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; "Here are 10 words" with a closing offer.
    ("en_van_27", "computer",
     """Certainly! Here are 10 words associated with "computer":

1. Keyboard
2. Mouse
3. Screen
4. Internet
5. Software
6. Laptop
7. Technology
8. Programming
9. Data
10. Processor

If you need more words or have any other questions, feel free to ask!""",
     ["keyboard", "mouse", "screen", "internet", "software", "laptop", "technology", "programming", "data", "processor"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; senses as numbered bold headers with
    # indented sub-bullets.
    ("en_van_28", "spring",
     """The word "spring" has several meanings. Here are words associated with each:

1. **Season:**
   - Flowers
   - Blossom
   - Rain
   - Renewal
   - April

2. **Coil:**
   - Bounce
   - Metal
   - Mattress

3. **Water Source:**
   - Well
   - Fresh water

I hope this helps!""",
     ["flowers", "blossom", "rain", "renewal", "april", "bounce", "metal", "mattress", "well", "fresh water"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bare comma line.
    ("en_van_29", "war",
     "Conflict, battle, soldiers, death, violence, weapons, peace, destruction, army, history",
     ["conflict", "battle", "soldiers", "death", "violence", "weapons", "peace", "destruction", "army", "history"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; a Chinese word slips in as an item of
    # an otherwise English comma line.
    ("en_van_30", "sweet",
     "Sugar, candy, dessert, honey, cake, 甜蜜, chocolate, cute, kind, treat",
     # AMBIGUOUS: another reader drops "甜蜜" as a mere Chinese translation of
     # the cue rather than an association of its own.
     ["sugar", "candy", "dessert", "honey", "cake", "甜蜜", "chocolate", "cute", "kind", "treat"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; "Sure!" preamble then a comma line
    # (American "neighborhood").
    ("en_van_31", "house",
     """Sure! Here are words related to "house":

Home, family, roof, door, walls, garden, rooms, shelter, kitchen, neighborhood""",
     ["home", "family", "roof", "door", "walls", "garden", "rooms", "shelter", "kitchen", "neighborhood"]),

    # Qwen2.5-7B-Instruct vanilla, 10-20; comma line with parenthetical
    # explanations, cut by the token limit inside the last explanation (the
    # word "ambulance" is complete).
    ("en_van_32", "hospital",
     """Here are the words that come to mind, from most to least strongly associated:

Doctor (the physician who diagnoses and treats patients), nurse (provides daily care and monitoring), patient (the person receiving treatment), emergency (urgent care for serious conditions), surgery (operations performed in the operating room), medicine (drugs given to treat illness), bed (where patients rest and recover), ward (a section of the hospital for certain patients), ambulance (emergency transp""",
     ["doctor", "nurse", "patient", "emergency", "surgery", "medicine", "bed", "ward", "ambulance"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; echoes the prompt, then a comma line.
    ("en_van_33", "tree",
     """List the words that come to mind when you read the word "tree". Give between 5 and 10 words, separated by commas, the most strongly associated first.

Leaves, branches, roots, forest, wood, green, trunk, bark, shade, oak""",
     ["leaves", "branches", "roots", "forest", "wood", "green", "trunk", "bark", "shade", "oak"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; "Certainly!" with a plain numbered list.
    ("en_van_34", "night",
     """Certainly! Here is a list of words associated with "night," from most to least strongly associated:

1. Darkness
2. Moon
3. Stars
4. Sleep
5. Quiet
6. Dreams
7. Owl
8. Midnight
9. Cool
10. Mystery""",
     ["darkness", "moon", "stars", "sleep", "quiet", "dreams", "owl", "midnight", "cool", "mystery"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bare comma line for an adjective cue.
    ("en_van_35", "beautiful",
     "Pretty, gorgeous, stunning, lovely, attractive, elegant, charming, flowers, sunset, graceful",
     ["pretty", "gorgeous", "stunning", "lovely", "attractive", "elegant", "charming", "flowers", "sunset", "graceful"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; a name as cue, bold words with some
    # dash explanations and some without; a formula as an item.
    ("en_van_36", "Einstein",
     """Sure! Here are some words that come to mind when I read "Einstein":

1. **Relativity** - His famous theory of relativity.
2. **Genius** - Einstein is a synonym for genius.
3. **Physics**
4. **E=mc²** - His most famous equation.
5. **Nobel Prize** - He won it in 1921.
6. **Scientist**
7. **Hair** - His iconic messy hair.
8. **Germany** - The country where he was born.""",
     ["relativity", "genius", "physics", "e=mc²", "nobel prize", "scientist", "hair", "germany"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bare comma line for a verb cue.
    ("en_van_37", "eat",
     "Food, hungry, meal, dinner, lunch, breakfast, chew, taste, restaurant, delicious",
     ["food", "hungry", "meal", "dinner", "lunch", "breakfast", "chew", "taste", "restaurant", "delicious"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; short preamble, dash bullets.
    ("en_van_38", "music",
     """Here are some words that come to mind:

- Melody
- Rhythm
- Song
- Instruments
- Harmony
- Concert
- Dance
- Notes
- Guitar
- Emotion""",
     ["melody", "rhythm", "song", "instruments", "harmony", "concert", "dance", "notes", "guitar", "emotion"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bold numbered words, closing offer.
    ("en_van_39", "baby",
     """Sure! Here are some words associated with "baby":

1. **Infant**
2. **Cute**
3. **Diaper**
4. **Crying**
5. **Mother**
6. **Cradle**
7. **Bottle**
8. **Newborn**
9. **Innocence**
10. **Toys**

Let me know if you need anything else!""",
     ["infant", "cute", "diaper", "crying", "mother", "cradle", "bottle", "newborn", "innocence", "toys"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; sensitive cue answered with a caveat
    # and then a plain numbered list.
    ("en_van_40", "gun",
     """Here are some words associated with "gun." Please note that these associations are neutral and not meant to promote violence:

1. Weapon
2. Bullet
3. Trigger
4. Shoot
5. Police
6. Violence
7. Hunting
8. Rifle
9. Danger
10. Pistol""",
     ["weapon", "bullet", "trigger", "shoot", "police", "violence", "hunting", "rifle", "danger", "pistol"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; plain numbered list and closing offer.
    ("en_van_41", "kitchen",
     """Sure! Here's a list of words associated with "kitchen," starting with the most strongly associated:

1. Cooking
2. Stove
3. Food
4. Refrigerator
5. Utensils
6. Sink
7. Oven
8. Recipes
9. Pots
10. Pans

Let me know if you need any more help!""",
     ["cooking", "stove", "food", "refrigerator", "utensils", "sink", "oven", "recipes", "pots", "pans"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; numbered words with parenthetical
    # explanations.
    ("en_van_42", "time",
     """Here are some words that come to mind when I read the word "time":

1. Clock (the device we use to measure time)
2. Watch (worn on the wrist)
3. Hours
4. Past
5. Future
6. Minutes
7. Deadline (time pressure)
8. Calendar
9. History
10. Eternity""",
     ["clock", "watch", "hours", "past", "future", "minutes", "deadline", "calendar", "history", "eternity"]),

    # Qwen2.5-7B-Instruct vanilla, 10-20; a longer bare comma line (15 words).
    ("en_van_43", "friend",
     "Companion, buddy, trust, loyalty, support, pal, fun, laughter, sharing, honesty, childhood, kindness, best friend, secrets, help",
     ["companion", "buddy", "trust", "loyalty", "support", "pal", "fun", "laughter", "sharing", "honesty", "childhood", "kindness", "best friend", "secrets", "help"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; tiered by association strength under
    # bold labels (the labels are not items).
    ("en_van_44", "red",
     """Certainly! Here are words associated with "red," grouped by how strongly they are associated:

**Most strongly associated:** Fire, blood, roses
**Moderately associated:** Love, anger, stop sign
**Less associated:** Danger, passion, cherries, lipstick""",
     ["fire", "blood", "roses", "love", "anger", "stop sign", "danger", "passion", "cherries", "lipstick"]),

    # Qwen2.5-7B-Instruct vanilla, 10-20; bold-dash list cut by the token limit
    # inside the bold word "Skyscrapers", which is dropped.
    ("en_van_45", "city",
     """Sure! Here are some words that come to mind when I read the word "city," listed from most to least strongly associated:

1. **Buildings** - Cities are filled with tall and densely packed structures.
2. **Traffic** - Busy roads full of cars, buses and taxis.
3. **People** - Cities are home to large, diverse populations.
4. **Lights** - Cities are bright and lively, especially at night.
5. **Noise** - The constant hum of urban life.
6. **Streets** - A network of roads and sidewalks.
7. **Subway** - Underground public transportation.
8. **Shops** - Stores and shopping centres are everywhere.
9. **Restaurants** - A wide choice of places to eat.
10. **Crowds** - Large groups of people in public spaces.
11. **Skyscr""",
     ["buildings", "traffic", "people", "lights", "noise", "streets", "subway", "shops", "restaurants", "crowds"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bare comma line with "and" before the
    # last word.
    ("en_van_46", "sad",
     "Tears, crying, lonely, unhappy, depression, grief, blue, sorrow, and heartbreak",
     ["tears", "crying", "lonely", "unhappy", "depression", "grief", "blue", "sorrow", "heartbreak"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bold words only, no preamble.
    ("en_van_47", "car",
     """1. **Drive**
2. **Road**
3. **Engine**
4. **Wheels**
5. **Fuel**
6. **Speed**
7. **Travel**
8. **Garage**
9. **Traffic**
10. **License**""",
     ["drive", "road", "engine", "wheels", "fuel", "speed", "travel", "garage", "traffic", "license"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bold-dash explanations, closing summary.
    ("en_van_48", "politics",
     """Sure! Here are some words that come to mind when I read the word "politics":

1. **Government** - The system that makes and enforces laws.
2. **Elections** - How leaders are chosen.
3. **Democracy** - A political system based on the people's vote.
4. **Power** - Politics is often about gaining and using power.
5. **Parties** - Political groups with shared ideas.
6. **Debate** - Discussion between opposing views.
7. **Policy** - Plans and decisions made by governments.
8. **Corruption** - The abuse of political power.
9. **Voting** - Citizens taking part in decisions.
10. **Law** - Rules created through political processes.

These words reflect the key concepts and activities associated with politics.""",
     ["government", "elections", "democracy", "power", "parties", "debate", "policy", "corruption", "voting", "law"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; preamble, comma line, closing remark.
    ("en_van_49", "bread",
     """Here are the words associated with "bread":

Loaf, butter, toast, wheat, bakery, flour, sandwich, yeast, slice, crust

I hope this list is helpful!""",
     ["loaf", "butter", "toast", "wheat", "bakery", "flour", "sandwich", "yeast", "slice", "crust"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; answers the English prompt in Chinese,
    # some Han words with English translations in brackets (the Han word is kept).
    ("en_van_50", "moon",
     """当然！以下是看到“moon”这个词时会联想到的词语：

1. 月亮 (Moon)
2. 夜晚 (Night)
3. 星星 (Stars)
4. 嫦娥
5. 中秋节 (Mid-Autumn Festival)
6. 月饼 (Mooncake)
7. 潮汐
8. 宇航员 (Astronaut)""",
     ["月亮", "夜晚", "星星", "嫦娥", "中秋节", "月饼", "潮汐", "宇航员"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bare comma line.
    ("en_van_51", "hot",
     "Heat, fire, summer, sun, spicy, temperature, sweat, burn, warm, attractive",
     ["heat", "fire", "summer", "sun", "spicy", "temperature", "sweat", "burn", "warm", "attractive"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bold words with ":" explanations,
    # closing offer.
    ("en_van_52", "mountain",
     """Certainly! Here are some words associated with "mountain":

1. **Peak**: The highest point of a mountain.
2. **Climbing**: A popular activity on mountains.
3. **Snow**: Many mountains are covered in snow.
4. **Hiking**: Walking trails up and around mountains.
5. **Rocks**: Mountains are made of rock.
6. **Height**: Mountains are very tall.
7. **Valley**: The low land between mountains.
8. **Everest**: The tallest mountain in the world.

Feel free to ask if you'd like more associations!""",
     ["peak", "climbing", "snow", "hiking", "rocks", "height", "valley", "everest"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; "Sure, here you go:" then a comma line.
    ("en_van_53", "work",
     """Sure, here you go:

Job, office, career, money, tired, boss, colleagues, deadline, salary, effort""",
     ["job", "office", "career", "money", "tired", "boss", "colleagues", "deadline", "salary", "effort"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; plain numbered list, British "Colourful".
    ("en_van_54", "flower",
     """1. Rose
2. Petal
3. Garden
4. Bloom
5. Spring
6. Fragrance
7. Bee
8. Colourful
9. Bouquet
10. Tulip""",
     ["rose", "petal", "garden", "bloom", "spring", "fragrance", "bee", "colourful", "bouquet", "tulip"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; sensitive cue with a caveat, then a list.
    ("en_van_55", "death",
     """Death is a sensitive topic, but here are some words commonly associated with it:

1. Funeral
2. Grief
3. End
4. Life
5. Loss
6. Grave
7. Afterlife
8. Mourning
9. Heaven
10. Mortality""",
     ["funeral", "grief", "end", "life", "loss", "grave", "afterlife", "mourning", "heaven", "mortality"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bold English words with Chinese
    # glosses in brackets (the English word is kept).
    ("en_van_56", "China",
     """Sure! Here are some words that come to mind when I read the word "China":

1. **Beijing** (北京)
2. **Great Wall** (长城)
3. **Panda** (熊猫)
4. **Chinese** (中文)
5. **Dragon** (龙)
6. **Tea** (茶)
7. **Culture** (文化)
8. **History** (历史)""",
     ["beijing", "great wall", "panda", "chinese", "dragon", "tea", "culture", "history"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; senses as "As a noun (...):" lines
    # each followed by a comma list.
    ("en_van_57", "light",
     """"Light" can mean different things, so here are words for two of its meanings:

As a noun (illumination): Sun, lamp, bright, bulb, day
As an adjective (not heavy): Feather, weightless, airy""",
     ["sun", "lamp", "bright", "bulb", "day", "feather", "weightless", "airy"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; plain numbered list with multi-word items.
    ("en_van_58", "game",
     """Sure! Here are some words associated with "game":

1. Play
2. Fun
3. Video game
4. Board game
5. Win
6. Competition
7. Sports
8. Team
9. Rules
10. Score""",
     ["play", "fun", "video game", "board game", "win", "competition", "sports", "team", "rules", "score"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bold-dash list cut by the token limit
    # inside the 9th explanation (the word "Courage" is complete).
    ("en_van_59", "soldier",
     """Certainly! Here are some words that come to mind when I read the word "soldier," ordered from the most strongly associated to the least:

1. **Army** - Soldiers are members of an army or other armed forces.
2. **Uniform** - Soldiers wear distinctive uniforms that identify their unit and rank.
3. **War** - Soldiers are most closely associated with fighting in wars.
4. **Weapon** - Soldiers are trained to use rifles and other weapons.
5. **Duty** - Serving one's country is seen as a soldier's duty.
6. **Discipline** - Military life requires strict discipline and order.
7. **Battle** - Soldiers face combat on the battlefield.
8. **Honor** - Soldiers are often honoured for their service and sacrifice.
9. **Courage** - Soldiers are expected to show brav""",
     ["army", "uniform", "war", "weapon", "duty", "discipline", "battle", "honor", "courage"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bold-dash explanations, closing offer.
    ("en_van_60", "knowledge",
     """Sure! Here are some words that come to mind when I read the word "knowledge":

1. **Wisdom** - Deep understanding gained through experience.
2. **Learning** - The process of acquiring knowledge.
3. **Books** - A traditional source of knowledge.
4. **Education** - Formal ways of gaining knowledge.
5. **Information** - Facts and data.
6. **Understanding** - Grasping the meaning of something.
7. **Science** - Systematic knowledge about the world.
8. **Power** - "Knowledge is power."

If you'd like more words or explanations, just let me know!""",
     ["wisdom", "learning", "books", "education", "information", "understanding", "science", "power"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bare comma line with "H2O".
    ("en_van_61", "water",
     "Drink, ocean, river, rain, thirst, blue, wet, life, H2O, swim",
     ["drink", "ocean", "river", "rain", "thirst", "blue", "wet", "life", "h2o", "swim"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bare comma line.
    ("en_van_62", "king",
     "Queen, crown, throne, royalty, kingdom, power, castle, ruler, monarchy, palace",
     ["queen", "crown", "throne", "royalty", "kingdom", "power", "castle", "ruler", "monarchy", "palace"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; "Certainly!" with dash bullets.
    ("en_van_63", "fear",
     """Certainly! Here are words associated with "fear," from strongest to weakest association:

- Anxiety
- Scared
- Terror
- Dark
- Panic
- Phobia
- Horror
- Danger
- Nightmare
- Courage""",
     ["anxiety", "scared", "terror", "dark", "panic", "phobia", "horror", "danger", "nightmare", "courage"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; a comma line with every word in bold.
    ("en_van_64", "table",
     "**Chair**, **wood**, **dinner**, **furniture**, **desk**, **legs**, **kitchen**, **meal**",
     ["chair", "wood", "dinner", "furniture", "desk", "legs", "kitchen", "meal"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; long bold-dash explanations and a
    # closing offer.
    ("en_van_65", "family",
     """Sure! Here are some words that come to mind when I read the word "family," listed from most to least strongly associated:

1. **Parents** - The mother and father who raise and care for children.
2. **Love** - The emotional bond that holds a family together.
3. **Home** - The place where a family lives and shares life.
4. **Children** - Sons and daughters who are central to many families.
5. **Siblings** - Brothers and sisters growing up together.
6. **Support** - Family members help each other through hard times.
7. **Together** - Spending time as a unit.
8. **Tradition** - Customs and values passed down through generations.
9. **Relatives** - Extended family such as aunts, uncles and cousins.
10. **Dinner** - Family meals shared around the table.

If you'd like me to expand on any of these, just let me know!""",
     ["parents", "love", "home", "children", "siblings", "support", "together", "tradition", "relatives", "dinner"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bare comma line.
    ("en_van_66", "green",
     "Grass, nature, leaves, trees, environment, envy, money, go, emerald, spring",
     ["grass", "nature", "leaves", "trees", "environment", "envy", "money", "go", "emerald", "spring"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; two senses as bold labels each
    # followed by a comma list on the same line.
    ("en_van_67", "mouse",
     """Here are some words associated with "mouse":

**Animal:** Rat, cheese, small, squeak, cat, trap
**Computer:** Click, cursor, keyboard""",
     ["rat", "cheese", "small", "squeak", "cat", "trap", "click", "cursor", "keyboard"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bare comma line, 8 words.
    ("en_van_68", "smile",
     "Happy, joy, teeth, laugh, friendly, warm, cheerful, grin",
     ["happy", "joy", "teeth", "laugh", "friendly", "warm", "cheerful", "grin"]),

    # Qwen2.5-7B-Instruct vanilla, 10-20; bold-dash list cut by the token limit
    # inside the bold word of item 8, which is dropped.
    ("en_van_69", "heart",
     """Certainly! Here are some words that come to mind when I read the word "heart," starting with the most strongly associated:

1. **Love** - The heart is the universal symbol of love and affection, often drawn as a red shape.
2. **Beat** - The rhythmic pumping that keeps us alive, which we can feel in our chest.
3. **Blood** - The heart pumps blood through the body's network of veins and arteries.
4. **Organ** - The heart is a vital muscular organ located in the chest cavity.
5. **Emotion** - We often say feelings come "from the heart."
6. **Valentine** - Hearts are everywhere on Valentine's Day cards and gifts.
7. **Pulse** - A measure of how fast the heart is beating.
8. **Cardio""",
     ["love", "beat", "blood", "organ", "emotion", "valentine", "pulse"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; plain numbered list, closing summary.
    ("en_van_70", "journey",
     """Certainly! Here are some words that come to mind when reading "journey":

1. Travel
2. Adventure
3. Path
4. Destination
5. Road
6. Exploration
7. Discovery
8. Trip
9. Experience
10. Growth

These words capture both the physical and metaphorical aspects of a journey.""",
     ["travel", "adventure", "path", "destination", "road", "exploration", "discovery", "trip", "experience", "growth"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bullets "- **Word**: explanation".
    ("en_van_71", "democracy",
     """Sure! Here are some words that come to mind when I read "democracy":

- **Voting**: Citizens choose their leaders through elections.
- **Freedom**: Democracy protects individual liberties.
- **Equality**: Every vote counts the same.
- **Elections**: Regular opportunities to choose representatives.
- **People**: Power belongs to the people.
- **Constitution**: The foundation of many democratic systems.
- **Parliament**: Where elected representatives make laws.
- **Rights**: Protection of civil and political rights.

Let me know if you need more!""",
     ["voting", "freedom", "equality", "elections", "people", "constitution", "parliament", "rights"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bare comma line ending in "etc.".
    ("en_van_72", "cheese",
     "Milk, cheddar, mozzarella, pizza, mouse, dairy, wine, crackers, fondue, etc.",
     ["milk", "cheddar", "mozzarella", "pizza", "mouse", "dairy", "wine", "crackers", "fondue"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bare comma line.
    ("en_van_73", "angry",
     "Mad, furious, rage, upset, frustrated, red, yelling, annoyed, irritated, temper",
     ["mad", "furious", "rage", "upset", "frustrated", "red", "yelling", "annoyed", "irritated", "temper"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; a city name as cue, bold words only,
    # accented "Café".
    ("en_van_74", "Paris",
     """Sure! Here are some words that come to mind when I read the word "Paris":

1. **Eiffel Tower**
2. **France**
3. **Love**
4. **Louvre**
5. **Fashion**
6. **Croissant**
7. **Seine**
8. **Romance**
9. **Art**
10. **Café**""",
     ["eiffel tower", "france", "love", "louvre", "fashion", "croissant", "seine", "romance", "art", "café"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; ambiguous cue answered with both
    # senses mixed on one comma line.
    ("en_van_75", "bark",
     "Dog, tree, woof, loud, trunk, noise, bite, growl",
     ["dog", "tree", "woof", "loud", "trunk", "noise", "bite", "growl"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bare comma line for a verb cue.
    ("en_van_76", "think",
     "Brain, mind, idea, thought, ponder, reflect, consider, reason, imagine, believe",
     ["brain", "mind", "idea", "thought", "ponder", "reflect", "consider", "reason", "imagine", "believe"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; plain numbered list between "Sure!" and
    # a closing offer.
    ("en_van_77", "holiday",
     """Sure! Here are some words that come to mind when I read the word "holiday":

1. Vacation
2. Travel
3. Beach
4. Christmas
5. Relax
6. Family
7. Celebration
8. Break
9. Festive
10. Gifts

I hope this helps! Let me know if you need more words.""",
     ["vacation", "travel", "beach", "christmas", "relax", "family", "celebration", "break", "festive", "gifts"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bold-dash list with British "colour".
    ("en_van_78", "blood",
     """Certainly. Here are words associated with "blood":

1. **Red** - the colour of blood
2. **Vein** - blood flows through veins
3. **Heart** - pumps blood around the body
4. **Injury** - bleeding often comes from an injury
5. **Donation** - people donate blood to save lives
6. **Vampire** - a creature that drinks blood
7. **Family** - as in "blood relatives"
8. **Wound** - an opening where blood escapes""",
     ["red", "vein", "heart", "injury", "donation", "vampire", "family", "wound"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; more words than asked (12) in a
    # numbered list.
    ("en_van_79", "star",
     """Sure! Here are some words that come to mind when I read the word "star":

1. Sky
2. Night
3. Shine
4. Sun
5. Galaxy
6. Twinkle
7. Celebrity
8. Astronomy
9. Wish
10. Bright
11. Space
12. Constellation""",
     ["sky", "night", "shine", "sun", "galaxy", "twinkle", "celebrity", "astronomy", "wish", "bright", "space", "constellation"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; preamble then a comma line.
    ("en_van_80", "lazy",
     """Sure! Here are some words that come to mind for "lazy":

Sloth, couch, tired, sleep, procrastination, idle, slow, bored, unmotivated, weekend""",
     ["sloth", "couch", "tired", "sleep", "procrastination", "idle", "slow", "bored", "unmotivated", "weekend"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; a short numbered list followed by an
    # "Explanation:" section that re-lists the same words.
    ("en_van_81", "nurse",
     """1. Hospital
2. Doctor
3. Care
4. Patient
5. Uniform

Explanation:
1. Hospital: Nurses usually work in hospitals.
2. Doctor: Nurses work closely with doctors.
3. Care: Nursing is all about caring for others.
4. Patient: Nurses look after patients.
5. Uniform: Nurses often wear scrubs or a uniform.""",
     ["hospital", "doctor", "care", "patient", "uniform"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; sensitive cue with a caveat before and
    # a help note after the list.
    ("en_van_82", "drugs",
     """It's important to approach this topic responsibly. Here are some words associated with "drugs":

1. Medicine
2. Addiction
3. Pharmacy
4. Pills
5. Illegal
6. Abuse
7. Prescription
8. Overdose
9. Rehab
10. Cocaine

If you or someone you know is struggling with substance use, please seek help from a professional.""",
     ["medicine", "addiction", "pharmacy", "pills", "illegal", "abuse", "prescription", "overdose", "rehab", "cocaine"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bare comma line.
    ("en_van_83", "beach",
     "Sand, ocean, sun, waves, vacation, shells, swimming, towel, sunscreen, palm trees",
     ["sand", "ocean", "sun", "waves", "vacation", "shells", "swimming", "towel", "sunscreen", "palm trees"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bare comma line.
    ("en_van_84", "old",
     "Age, elderly, ancient, wrinkles, grandparents, wisdom, history, vintage, antique, retired",
     ["age", "elderly", "ancient", "wrinkles", "grandparents", "wisdom", "history", "vintage", "antique", "retired"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; "Sure! Here you go:" and a comma line
    # with multi-word items.
    ("en_van_85", "pizza",
     """Sure! Here you go:

Cheese, Italy, pepperoni, slice, tomato sauce, delivery, oven, crust, dough, Friday night""",
     ["cheese", "italy", "pepperoni", "slice", "tomato sauce", "delivery", "oven", "crust", "dough", "friday night"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bold words with ":" explanations and a
    # closing summary.
    ("en_van_86", "science",
     """Certainly! Here are some words associated with "science":

1. **Experiment**: Testing ideas through controlled procedures.
2. **Research**: Systematic investigation to discover facts.
3. **Laboratory**: Where scientists conduct experiments.
4. **Physics**: The study of matter and energy.
5. **Chemistry**: The study of substances and reactions.
6. **Biology**: The study of living things.
7. **Hypothesis**: A proposed explanation to be tested.
8. **Discovery**: Finding something new.
9. **Theory**: A well-tested explanation.
10. **Data**: Information collected during research.

These words represent key concepts and fields within science.""",
     ["experiment", "research", "laboratory", "physics", "chemistry", "biology", "hypothesis", "discovery", "theory", "data"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bare comma line with a two-word item.
    ("en_van_87", "goodbye",
     "Farewell, leave, wave, parting, tears, see you, hug, sadness, adios, ending",
     ["farewell", "leave", "wave", "parting", "tears", "see you", "hug", "sadness", "adios", "ending"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; bare comma line.
    ("en_van_88", "clean",
     "Tidy, wash, soap, fresh, neat, spotless, shower, sparkling, hygiene, vacuum",
     ["tidy", "wash", "soap", "fresh", "neat", "spotless", "shower", "sparkling", "hygiene", "vacuum"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; a name as cue, plain numbered list
    # with titles ("Romeo and Juliet" is one item) and British "Theatre".
    ("en_van_89", "Shakespeare",
     """Here are some words that come to mind when I read the word "Shakespeare":

1. Hamlet
2. Romeo and Juliet
3. Playwright
4. Theatre
5. Sonnets
6. England
7. Macbeth
8. Globe Theatre
9. Poetry
10. Elizabethan""",
     ["hamlet", "romeo and juliet", "playwright", "theatre", "sonnets", "england", "macbeth", "globe theatre", "poetry", "elizabethan"]),

    # Qwen2.5-7B-Instruct vanilla, 5-10; associations named inside two
    # sentences of prose.
    ("en_van_90", "tired",
     """When I think of "tired," words like sleepy, exhausted, yawning, fatigue, and bed come to mind. Other associations could include coffee and rest.""",
     ["sleepy", "exhausted", "yawning", "fatigue", "bed", "coffee", "rest"]),

    # Qwen2.5-7B-Instruct after SFT on the English norms, 5-10; terse lowercase
    # comma line.
    ("en_ft_01", "ocean",
     "water, waves, sea, blue, fish, beach, salt, deep, ship, sand",
     ["water", "waves", "sea", "blue", "fish", "beach", "salt", "deep", "ship", "sand"]),

    # SFT checkpoint, 5-10; comma line with a trailing period.
    ("en_ft_02", "money",
     "rich, cash, bank, dollar, wealth, gold, greed, power, spend, pay.",
     ["rich", "cash", "bank", "dollar", "wealth", "gold", "greed", "power", "spend", "pay"]),

    # PPO checkpoint, 5-10; comma line that repeats a word at the end.
    ("en_ft_03", "dog",
     "cat, bark, puppy, pet, bone, leash, loyal, tail, walk, cat",
     ["cat", "bark", "puppy", "pet", "bone", "leash", "loyal", "tail", "walk"]),

    # SFT checkpoint, 5-10; every word capitalised.
    ("en_ft_04", "happy",
     "Joy, Smile, Sad, Glad, Laugh, Birthday, Fun, Sun",
     ["joy", "smile", "sad", "glad", "laugh", "birthday", "fun", "sun"]),

    # SFT checkpoint, 5-10; stray end-of-turn token left in the decoded text.
    ("en_ft_05", "doctor",
     "nurse, hospital, medicine, sick, patient, health, physician<|im_end|>",
     ["nurse", "hospital", "medicine", "sick", "patient", "health", "physician"]),

    # PPO checkpoint, 10-20; degenerates into repeating a word.
    ("en_ft_06", "bread",
     "butter, loaf, toast, wheat, jam, flour, bakery, sandwich, dough, yeast, butter, butter, butter",
     ["butter", "loaf", "toast", "wheat", "jam", "flour", "bakery", "sandwich", "dough", "yeast"]),

    # SFT checkpoint, 5-10; misses the end of turn and runs on into an invented
    # next turn with a list for another cue (not taken).
    ("en_ft_07", "night",
     """day, dark, moon, sleep, stars, black, evening, owl, bed, quiet<|im_end|>
<|im_start|>user
List the words that come to mind when you read the word "cat". Give between 5 and 10 words, separated by commas, the most strongly associated first.<|im_end|>
<|im_start|>assistant
dog, mouse, meow, pet, fur, kitten""",
     ["day", "dark", "moon", "sleep", "stars", "black", "evening", "owl", "bed", "quiet"]),

    # PPO checkpoint, 5-10; the whole comma line wrapped in quotes.
    ("en_ft_08", "chair",
     '"table, sit, seat, furniture, wood, couch, desk, stool"',
     ["table", "sit", "seat", "furniture", "wood", "couch", "desk", "stool"]),

    # SFT checkpoint, 5-10; terse comma line.
    ("en_ft_09", "sweet",
     "sour, sugar, candy, honey, cake, dessert, chocolate, kind, cute, nice",
     ["sour", "sugar", "candy", "honey", "cake", "dessert", "chocolate", "kind", "cute", "nice"]),

    # SFT checkpoint, 5-10; terse comma line.
    ("en_ft_10", "king",
     "queen, crown, throne, ruler, royal, prince, castle, kingdom, power, lion",
     ["queen", "crown", "throne", "ruler", "royal", "prince", "castle", "kingdom", "power", "lion"]),

    # PPO checkpoint, 5-10; terse comma line.
    ("en_ft_11", "run",
     "walk, jog, fast, race, sprint, marathon, exercise, legs, track, away",
     ["walk", "jog", "fast", "race", "sprint", "marathon", "exercise", "legs", "track", "away"]),

    # SFT checkpoint, 5-10; comma line with a trailing newline.
    ("en_ft_12", "teacher",
     "school, student, class, education, learn, classroom, apple, book, principal, lesson\n",
     ["school", "student", "class", "education", "learn", "classroom", "apple", "book", "principal", "lesson"]),

    # PPO checkpoint, 5-10; comma line with a trailing period.
    ("en_ft_13", "fire",
     "hot, burn, flame, smoke, water, heat, red, firefighter, wood, danger.",
     ["hot", "burn", "flame", "smoke", "water", "heat", "red", "firefighter", "wood", "danger"]),

    # SFT checkpoint, 5-10; capitalised first word, the cue listed as an item.
    ("en_ft_14", "computer",
     "Computer, keyboard, mouse, screen, laptop, internet, technology",
     ["computer", "keyboard", "mouse", "screen", "laptop", "internet", "technology"]),

    # PPO checkpoint, 5-10; terse comma line.
    ("en_ft_15", "love",
     "heart, hate, romance, affection, kiss, marriage, passion, care, caring, adore",
     ["heart", "hate", "romance", "affection", "kiss", "marriage", "passion", "care", "caring", "adore"]),

    # SFT checkpoint, 5-10; one word per line instead of commas.
    ("en_ft_16", "winter",
     "snow\ncold\nice\nchristmas\nsummer\nfrost\nseason\nski",
     ["snow", "cold", "ice", "christmas", "summer", "frost", "season", "ski"]),

    # PPO checkpoint, 5-10; terse comma line.
    ("en_ft_17", "bank",
     "money, river, account, loan, vault, teller, deposit, savings, robbery, atm",
     ["money", "river", "account", "loan", "vault", "teller", "deposit", "savings", "robbery", "atm"]),

    # SFT checkpoint, 5-10; "and" before the last word.
    ("en_ft_18", "mother",
     "father, mom, love, baby, care, parent, woman, family, child, and nurture",
     ["father", "mom", "love", "baby", "care", "parent", "woman", "family", "child", "nurture"]),

    # PPO checkpoint, 5-10; terse comma line.
    ("en_ft_19", "justice",
     "law, court, fairness, judge, equality, peace, right, crime, truth, jury",
     ["law", "court", "fairness", "judge", "equality", "peace", "right", "crime", "truth", "jury"]),

    # SFT checkpoint, 10-20; fifteen words on one comma line.
    ("en_ft_20", "coffee",
     "tea, cup, morning, caffeine, bean, mug, starbucks, hot, black, cafe, espresso, latte, milk, sugar, cream",
     ["tea", "cup", "morning", "caffeine", "bean", "mug", "starbucks", "hot", "black", "cafe", "espresso", "latte", "milk", "sugar", "cream"]),

    # PPO checkpoint, 5-10; terse comma line.
    ("en_ft_21", "apple",
     "fruit, red, pie, tree, banana, orange, juice, iphone, core, cider",
     ["fruit", "red", "pie", "tree", "banana", "orange", "juice", "iphone", "core", "cider"]),

    # SFT checkpoint, 5-10; stray end-of-text token after the last word.
    ("en_ft_22", "war",
     "peace, battle, fight, soldier, army, death, gun, conflict, world war, weapons<|endoftext|>",
     ["peace", "battle", "fight", "soldier", "army", "death", "gun", "conflict", "world war", "weapons"]),

    # PPO checkpoint, 5-10; terse comma line.
    ("en_ft_23", "school",
     "teacher, student, class, bus, book, learn, homework, education, study, grade",
     ["teacher", "student", "class", "bus", "book", "learn", "homework", "education", "study", "grade"]),

    # SFT checkpoint, 5-10; terse comma line.
    ("en_ft_24", "beautiful",
     "pretty, gorgeous, ugly, lovely, woman, flower, handsome, cute, beauty, attractive",
     ["pretty", "gorgeous", "ugly", "lovely", "woman", "flower", "handsome", "cute", "beauty", "attractive"]),

    # PPO checkpoint, 5-10; comma line with a two-word place name.
    ("en_ft_25", "city",
     "town, buildings, urban, people, lights, traffic, new york, street, country, skyscraper",
     ["town", "buildings", "urban", "people", "lights", "traffic", "new york", "street", "country", "skyscraper"]),

    # SFT checkpoint, 5-10; American and British spellings of the same word
    # both listed.
    ("en_ft_26", "green",
     "grass, color, colour, tree, leaf, envy, go, nature, blue, money",
     # AMBIGUOUS: another reader treats "colour" as a repeat of "color" and
     # drops it.
     ["grass", "color", "colour", "tree", "leaf", "envy", "go", "nature", "blue", "money"]),

    # PPO checkpoint, 10-20; runs far past 20 words and is cut by the token
    # limit mid-word ("slumber"), which is dropped.
    ("en_ft_27", "sleep",
     "bed, tired, rest, dream, night, pillow, nap, awake, blanket, snore, insomnia, dark, quiet, sheep, yawn, alarm, morning, drowsy, relax, bedtime, pajamas, lullaby, sleepy, doze, slu",
     ["bed", "tired", "rest", "dream", "night", "pillow", "nap", "awake", "blanket", "snore", "insomnia", "dark", "quiet", "sheep", "yawn", "alarm", "morning", "drowsy", "relax", "bedtime", "pajamas", "lullaby", "sleepy", "doze"]),

    # SFT checkpoint, 5-10; terse comma line.
    ("en_ft_28", "fear",
     "scared, afraid, dark, terror, horror, anxiety, phobia, spider, ghost, panic",
     ["scared", "afraid", "dark", "terror", "horror", "anxiety", "phobia", "spider", "ghost", "panic"]),

    # PPO checkpoint, 5-10; terse comma line.
    ("en_ft_29", "baby",
     "child, infant, mother, cry, diaper, cute, bottle, crib, newborn, toddler",
     ["child", "infant", "mother", "cry", "diaper", "cute", "bottle", "crib", "newborn", "toddler"]),

    # SFT checkpoint, 5-10; capitalised cue repeated as the last item.
    ("en_ft_30", "music",
     "song, sound, dance, band, guitar, piano, rock, listen, notes, concert, Music",
     ["song", "sound", "dance", "band", "guitar", "piano", "rock", "listen", "notes", "concert", "music"]),
]

ZH_LISTS = []

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = [
    # Qwen2.5-7B-Instruct PPO checkpoint, English ranking, k=8; brief
    # explanation and a plain "Final Ranking:" line.
    ("rk_en_01",
     """Puppy is the most direct association since it is simply a young dog. Cat is often paired with dog as the other common pet. Bark is the sound dogs make, and pet describes their role. Bone, tail and leash are familiar objects and features, and loyal is a trait people attribute to dogs.

Final Ranking: puppy, cat, bark, pet, bone, tail, leash, loyal""",
     ["puppy", "cat", "bark", "pet", "bone", "tail", "leash", "loyal"]),

    # PPO checkpoint, k=6; bold marker and a word repeated in the ranking.
    ("rk_en_02",
     """Sea and water are nearly synonymous with ocean. Waves and blue describe what we see, while fish and beach are related but less central.

**Final Ranking:** sea, water, waves, sea, blue, fish, beach""",
     ["sea", "water", "waves", "blue", "fish", "beach"]),

    # PPO checkpoint, k=10; the ranking as a numbered list on the lines after
    # the marker.
    ("rk_en_03",
     """Cash and bank are the most immediate associations with money. Rich and wealth describe having a lot of it, while dollar and coin are its forms. Spend, save and pay are actions, and greed is a more distant, moral association.

Final Ranking:
1. cash
2. bank
3. rich
4. dollar
5. wealth
6. spend
7. coin
8. pay
9. save
10. greed""",
     ["cash", "bank", "rich", "dollar", "wealth", "spend", "coin", "pay", "save", "greed"]),

    # PPO checkpoint, k=6; a remark after the ranking mentions "final ranking"
    # without a ranking after it.
    ("rk_en_04",
     """Snow and cold are the defining features of winter. Ice follows closely. Christmas is the major winter holiday, and frost and scarf are weaker associations.

Final Ranking: snow, cold, ice, Christmas, frost, scarf

This final ranking reflects how most people think of winter.""",
     ["snow", "cold", "ice", "christmas", "frost", "scarf"]),

    # PPO checkpoint, k=7; cut by the token limit
    ("rk_en_05",
     """Nurse and hospital are the closest associations, since doctors work with nurses in hospitals. Medicine and patient come next, followed by stethoscope, white coat and health.

Final Ranking: nurse, hospital, medicine, patient, stethos""",
     ["nurse", "hospital", "medicine", "patient"]),

    # PPO checkpoint, k=5; writes a ranking, reconsiders, and writes a second
    # one (the last counts).
    ("rk_en_06",
     """Fruit is the category apple belongs to, and red is its most typical colour. Pie and tree are both common, and juice is a product.

Final Ranking: fruit, red, pie, tree, juice

On reflection, tree is more basic to apple than pie, since apples grow on trees.

Final Ranking: fruit, red, tree, pie, juice""",
     ["fruit", "red", "tree", "pie", "juice"]),

    # PPO checkpoint, k=6; "Rank n:" labels on separate lines after the marker.
    ("rk_en_07",
     """Joy and smile express happiness most directly. Laugh and glad are close, while birthday and sun are situational.

Final Ranking:
Rank 1: joy
Rank 2: smile
Rank 3: laugh
Rank 4: glad
Rank 5: birthday
Rank 6: sun""",
     ["joy", "smile", "laugh", "glad", "birthday", "sun"]),

    # PPO checkpoint, k=5; replaces a given word ("royal") with one outside the
    # list ("prince") and ends with a period.
    ("rk_en_08",
     """Queen is the partner of a king and the strongest association. Crown and throne are his symbols, and castle is where he lives.

Final Ranking: queen, crown, throne, prince, castle.""",
     ["queen", "crown", "throne", "prince", "castle"]),

    # PPO checkpoint, k=6; uses "Ranking:" without "Final", so there is no marker.
    ("rk_en_09",
     """Butter and toast are the most common things paired with bread. Loaf and slice describe its form, and flour and wheat are its ingredients.

Ranking: butter, toast, loaf, slice, flour, wheat""",
     []),

    # PPO checkpoint, k=6; lowercase marker, words in quotes.
    ("rk_en_10",
     """Flame and heat are the most basic aspects of fire. Smoke comes from it, burn is what it does, and red and danger are secondary associations.

final ranking: "flame", "heat", "smoke", "burn", "red", "danger\"""",
     ["flame", "heat", "smoke", "burn", "red", "danger"]),

    # PPO checkpoint, k=7; the marker is written but nothing follows it.
    ("rk_en_11",
     """School, student and class are the most central associations with teacher. Lesson and homework come next, followed by apple and principal.

Final Ranking:""",
     []),
]

TRUNCATED = {
    "en_van_14",
    "en_van_20",
    "en_van_32",
    "en_van_45",
    "en_van_59",
    "en_van_69",
    "en_ft_27",
}

AMBIGUOUS = {
    # another reader drops "甜蜜" as a Chinese translation of the cue.
    "en_van_30",
    # another reader drops "colour" as a repeat of "color".
    "en_ft_26",
}
