"""Blind answer corpus 26 for the word-association answer parser.

Corpus number: 26.
Written blind on 2026-12-07 by a helper session: no parser code, test, benchmark or other
repository file was read; every answer text is invented in the style of vanilla chat models.

Emphasis: ENGLISH answers only (ZH_LISTS is empty), from vanilla instruct models
(Llama-3.1-8B-Instruct, Qwen2.5-7B-Instruct, Mistral-7B-Instruct, Gemma-2-9B-it, Phi-3),
asked for LONG lists (low/high = 10 and 20, sometimes "exactly 20") at temperature 0.7.
Long answers show: several senses of an ambiguous cue (bank, bat, spring, light, fair,
pitch, date, match, bark, crane, mole, row, scale, ...) under sense headings or in one list
with sense notes in brackets; nested bullets; numbered lists that continue past 20 or
restart at 1; "Strong associations:" / "Weaker associations:" sections (both count);
"Related words:" plus "Phrases:" sections (both count); markdown tables with a word column
and a strength / explanation / sense column; items with scores ("money (very strong)",
"Loan - 0.8", "Baseball: 5/5", "(10)", stars); multi-word items and phrases; closing
paragraphs that name words again or name extra words not listed (not part of the list);
answers cut by the token limit in the middle of a list item or of an explanation.

Prompt answered (EN default template of the project):
    List the words that come to mind when you read the word "{cue}". Give between {low}
    and {high} words, separated by commas, the most strongly associated first.
with low/high = 10 and 20 (a few runs asked for "exactly 20" words instead).

Conventions for expected_words (what a careful human reader takes as the model's list):
  * lowercased, stripped, in the order written, deduplicated keeping the first occurrence;
  * glosses, explanations, scores/strengths, sense notes in brackets, category and sense
    headers (also "Strong associations:", "Phrases:", table header rows and non-word table
    columns), preambles, closing remarks, markdown, numbering, emoji, quotes/brackets,
    special tokens (<|eot_id|>, <|end|>, <end_of_turn>) and trailing punctuation removed;
  * multi-word and phrase associations kept whole ("piggy bank", "bank holiday");
  * items in every section of a sectioned answer count, in the order written;
  * the cue kept when it is listed as an item (not when it is only a header or label);
    a header word that is ALSO listed as an item below it is kept (from the item);
  * text after the list that is not part of it (including words a closing paragraph
    names but did not list) is not in the list;
  * an item cut mid-word by the token limit (at the very end of the text) is dropped; a
    complete item whose gloss is cut mid-word is kept. TRUNCATED holds every id whose
    text ends mid-word because of the token limit (mid-item or mid-gloss);
  * a refusal / clarifying question with no list expects [];
  * when a list is followed by a section that re-lists the same words with explanations,
    the words count once, in the order of the first list;
  * AMBIGUOUS marks cases where two careful readers could disagree (other reading in a
    comment next to the entry).
"""

EN_LISTS = [
    # Llama-3.1-8B-Instruct, plain numbered list, mixed senses.
    ("en_van_01", "bank", """Here are 20 words that come to mind when I read the word "bank":

1. Money
2. Account
3. Loan
4. Savings
5. Teller
6. ATM
7. Deposit
8. Withdrawal
9. Interest
10. Credit
11. Vault
12. Mortgage
13. Check
14. Finance
15. River
16. Branch
17. Investment
18. Debit card
19. Robbery
20. Shore""",
     ["money", "account", "loan", "savings", "teller", "atm", "deposit", "withdrawal",
      "interest", "credit", "vault", "mortgage", "check", "finance", "river", "branch",
      "investment", "debit card", "robbery", "shore"]),

    # Gemma-2-9B-it, bold sense headings with bullets, closing offer.
    ("en_van_02", "bank", """Here are some words associated with "bank", grouped by meaning:

**Financial Institution**

* Money
* Account
* Savings
* Loan
* Interest
* Teller
* ATM
* Deposit
* Vault
* Mortgage

**Land Beside Water**

* River
* Shore
* Stream
* Slope
* Erosion
* Fishing
* Mud

**Other**

* Blood bank
* Food bank
* Piggy bank

Let me know if you'd like more associations for a particular meaning! 
<end_of_turn>""",
     ["money", "account", "savings", "loan", "interest", "teller", "atm", "deposit", "vault",
      "mortgage", "river", "shore", "stream", "slope", "erosion", "fishing", "mud",
      "blood bank", "food bank", "piggy bank"]),

    # Qwen2.5-7B-Instruct, markdown table Rank | Word | Strength, closing remark.
    ("en_van_03", "bank", """Sure! Here are 15 words associated with "bank", ordered from strongest to weakest association:

| Rank | Word | Association Strength |
|------|------|----------------------|
| 1 | Money | Very strong |
| 2 | Account | Very strong |
| 3 | Loan | Strong |
| 4 | Deposit | Strong |
| 5 | Savings | Strong |
| 6 | Interest | Strong |
| 7 | ATM | Moderate |
| 8 | Credit | Moderate |
| 9 | Teller | Moderate |
| 10 | Finance | Moderate |
| 11 | Branch | Moderate |
| 12 | River | Weak |
| 13 | Vault | Weak |
| 14 | Robbery | Weak |
| 15 | Bank holiday | Weak |

These associations reflect both the financial meaning of "bank" and, to a lesser extent, the geographical meaning (the side of a river).""",
     ["money", "account", "loan", "deposit", "savings", "interest", "atm", "credit", "teller",
      "finance", "branch", "river", "vault", "robbery", "bank holiday"]),

    # Mistral-7B-Instruct, one comma line with strength words in brackets.
    ("en_van_04", "bank", """ money (very strong), account (very strong), loan (strong), savings (strong), deposit (strong), interest (strong), teller (moderate), ATM (moderate), vault (moderate), mortgage (moderate), river (moderate), credit card (weak), cheque (weak), branch (weak), safe (weak), finance (weak), heist (weak), riverbank (weak)""",
     ["money", "account", "loan", "savings", "deposit", "interest", "teller", "atm", "vault",
      "mortgage", "river", "credit card", "cheque", "branch", "safe", "finance", "heist",
      "riverbank"]),

    # Phi-3, numbered with "- 0.8" style scores; closing line names two words it left out.
    ("en_van_05", "bank", """Here is a list of words associated with "bank", with a relevance score from 0 to 1:

1. Money – 0.95
2. Loan – 0.8
3. Account – 0.8
4. Savings – 0.75
5. Deposit – 0.7
6. Interest – 0.7
7. Credit – 0.65
8. Teller – 0.6
9. Finance – 0.6
10. ATM – 0.55
11. Mortgage – 0.5
12. River – 0.45
13. Investment – 0.4
14. Checkbook – 0.35
15. Transaction – 0.3

I left out "vault" and "robbery" because they are more related to crime movies than to the everyday idea of a bank. <|end|>""",
     ["money", "loan", "account", "savings", "deposit", "interest", "credit", "teller",
      "finance", "atm", "mortgage", "river", "investment", "checkbook", "transaction"]),

    # Gemma-2-9B-it, Strong / Weaker sections, sense notes in brackets.
    ("en_van_06", "bat", """Here are some words associated with "bat", from most to least strongly associated:

**Strong associations:**

* Baseball (sport)
* Cave (animal)
* Wings (animal)
* Vampire (animal)
* Cricket (sport)
* Night (animal)
* Ball (sport)

**Weaker associations:**

* Echolocation (animal)
* Swing (sport)
* Halloween (animal)
* Fruit bat (animal)
* Wooden (sport)
* Batman
* Rabies (animal)
* Home run (sport)
* Nocturnal (animal)

Let me know if you'd like me to focus on just one meaning!""",
     ["baseball", "cave", "wings", "vampire", "cricket", "night", "ball", "echolocation",
      "swing", "halloween", "fruit bat", "wooden", "batman", "rabies", "home run",
      "nocturnal"]),

    # Llama-3.1-8B-Instruct, square-bracket sense notes, cut mid-word at item 18.
    ("en_van_07", "bat", """Here are 20 words that come to mind when I read the word "bat":

1. Baseball [sport]
2. Cave [animal]
3. Wings [animal]
4. Vampire [animal]
5. Cricket [sport]
6. Nocturnal [animal]
7. Swing [sport]
8. Echolocation [animal]
9. Ball [sport]
10. Halloween [animal]
11. Pitcher [sport]
12. Guano [animal]
13. Home run [sport]
14. Flying fox [animal]
15. Batter [sport]
16. Rabies [animal]
17. Wood [sport]
18. Darkn""",
     ["baseball", "cave", "wings", "vampire", "cricket", "nocturnal", "swing", "echolocation",
      "ball", "halloween", "pitcher", "guano", "home run", "flying fox", "batter", "rabies",
      "wood"]),

    # Qwen2.5-7B-Instruct, two sense headings, numbering restarts at 1.
    ("en_van_08", "bat", """The word "bat" has two main meanings, so here are associations for each:

**Bat (the animal):**
1. Wings
2. Cave
3. Nocturnal
4. Echolocation
5. Vampire
6. Mammal
7. Guano
8. Night
9. Halloween
10. Fruit

**Bat (sports equipment):**
1. Baseball
2. Cricket
3. Ball
4. Swing
5. Hit
6. Batter
7. Home run
8. Wood
9. Glove
10. Stadium

Together, these give 20 associations, with the animal meaning listed first since it is usually the more common one.""",
     ["wings", "cave", "nocturnal", "echolocation", "vampire", "mammal", "guano", "night",
      "halloween", "fruit", "baseball", "cricket", "ball", "swing", "hit", "batter",
      "home run", "wood", "glove", "stadium"]),

    # Llama-3.1-8B-Instruct, asked for 10-20, numbering continues to 22.
    ("en_van_09", "spring", """Here are 20 words that come to mind when I read the word "spring":

1. Flowers
2. Season
3. Blossom
4. Easter
5. Rain
6. Warmth
7. Bloom
8. Green
9. Renewal
10. Coil
11. Water
12. Break
13. Garden
14. Birds
15. March
16. April
17. Tulips
18. Bounce
19. Growth
20. Fresh
21. Allergies
22. Hot spring""",
     ["flowers", "season", "blossom", "easter", "rain", "warmth", "bloom", "green", "renewal",
      "coil", "water", "break", "garden", "birds", "march", "april", "tulips", "bounce",
      "growth", "fresh", "allergies", "hot spring"]),

    # Mistral-7B-Instruct, nested bullets under sense labels ending in a colon.
    ("en_van_10", "spring", """ Here are some words associated with "spring", grouped by its different meanings:

- Season:
  - Flowers
  - Blossoms
  - Rain
  - Easter
  - Renewal
  - Warm weather
- Mechanical device:
  - Coil
  - Metal
  - Tension
  - Mattress
  - Bounce
- Water source:
  - Fountain
  - Well
  - Mineral water
  - Hot spring
- Verb (to jump):
  - Leap
  - Jump
  - Pounce""",
     ["flowers", "blossoms", "rain", "easter", "renewal", "warm weather", "coil", "metal",
      "tension", "mattress", "bounce", "fountain", "well", "mineral water", "hot spring",
      "leap", "jump", "pounce"]),

    # Gemma-2-9B-it, "Related words:" plus "Phrases:" (both count).
    ("en_van_11", "spring", """**Related words:**

flowers, blossom, bloom, rain, Easter, sunshine, tulips, daffodils, birds, green, renewal, growth, coil, bounce, water

**Phrases:**

spring cleaning, spring break, spring fever, hot spring, spring chicken""",
     ["flowers", "blossom", "bloom", "rain", "easter", "sunshine", "tulips", "daffodils",
      "birds", "green", "renewal", "growth", "coil", "bounce", "water", "spring cleaning",
      "spring break", "spring fever", "hot spring", "spring chicken"]),

    # Qwen2.5-7B-Instruct, table Word | Explanation (explanations hold other words).
    ("en_van_12", "light", """Here are 15 words associated with "light", with a brief explanation of each:

| Word | Explanation |
|------|-------------|
| Sun | The main natural source of light |
| Bright | Describes strong light |
| Lamp | A common artificial light source |
| Dark | The opposite of light |
| Bulb | Light bulbs produce electric light |
| Shadow | Formed when light is blocked |
| Day | The time when it is light outside |
| Glow | A soft, steady light |
| Photon | The particle of light in physics |
| Feather | Something very light in weight |
| Speed | As in "the speed of light" |
| Candle | An old-fashioned source of light |
| Rays | Beams of light |
| Weightless | Related to the "not heavy" meaning |
| Color | Light contains all the colors of the spectrum |""",
     ["sun", "bright", "lamp", "dark", "bulb", "shadow", "day", "glow", "photon", "feather",
      "speed", "candle", "rays", "weightless", "color"]),

    # Phi-3, numbered items with " - " explanations; cut mid-word inside the gloss of
    # item 12 (the item word "Laser" is complete and kept).
    ("en_van_13", "light", """1. Sun - The sun is the most important source of natural light on Earth.
2. Bright - Light makes things appear bright and visible.
3. Lamp - Lamps are used to light up rooms at night.
4. Darkness - Darkness is the absence of light.
5. Illumination - The act of lighting something up.
6. Bulb - An electric bulb converts electricity into light.
7. Rainbow - A rainbow appears when light is split into its colors.
8. Feather - Feathers are light, meaning they weigh very little.
9. Shine - To give off light.
10. Candle - Candles were used for light before electricity.
11. Photon - In physics, light is made of particles called photons.
12. Laser - A laser is a very concentrated beam of light, often used in medi""",
     ["sun", "bright", "lamp", "darkness", "illumination", "bulb", "rainbow", "feather",
      "shine", "candle", "photon", "laser"]),

    # Llama-3.1-8B-Instruct, asked for exactly 20, bare comma line.
    ("en_van_14", "light", """Sun, bright, lamp, bulb, dark, shadow, glow, shine, candle, day, beam, ray, switch, photon, lantern, feather, heavy, easy, dawn, flashlight""",
     ["sun", "bright", "lamp", "bulb", "dark", "shadow", "glow", "shine", "candle", "day",
      "beam", "ray", "switch", "photon", "lantern", "feather", "heavy", "easy", "dawn",
      "flashlight"]),

    # Gemma-2-9B-it, bold inline sense headers followed by comma lists.
    ("en_van_15", "fair", """"Fair" has several meanings, so here are associations for each:

**Justice:** just, equal, honest, impartial, unbiased, right
**Event:** carnival, rides, Ferris wheel, cotton candy, county fair, games, prizes
**Appearance:** pale, blonde, light-skinned
**Weather:** sunny, clear, pleasant""",
     ["just", "equal", "honest", "impartial", "unbiased", "right", "carnival", "rides",
      "ferris wheel", "cotton candy", "county fair", "games", "prizes", "pale", "blonde",
      "light-skinned", "sunny", "clear", "pleasant"]),

    # Mistral-7B-Instruct, numbered "word - explanation".
    ("en_van_16", "fair", """ 1. Justice - treating people equally and without bias
2. Equality - everyone gets the same chance
3. Carnival - a fair can also be a fun event with rides
4. Honest - being fair means being honest
5. Impartial - not favoring one side
6. Rides - roller coasters and Ferris wheels at a fair
7. Sportsmanship - playing by the rules
8. Balanced - weighing both sides evenly
9. Reasonable - a fair price is a reasonable one
10. Cotton candy - a classic fair treat
11. Fair play - following the rules of the game
12. Blonde - fair hair is light-colored hair""",
     ["justice", "equality", "carnival", "honest", "impartial", "rides", "sportsmanship",
      "balanced", "reasonable", "cotton candy", "fair play", "blonde"]),

    # Qwen2.5-7B-Instruct, ### sense headings, numbering continues across them; closing
    # sentence names extra words that are not in the list.
    ("en_van_17", "pitch", """Here are 20 words associated with "pitch", covering its main meanings:

### Sports
1. Baseball
2. Pitcher
3. Throw
4. Mound
5. Football field
6. Cricket

### Music
7. Tone
8. Note
9. Tune
10. Frequency
11. Perfect pitch

### Business
12. Sales
13. Presentation
14. Investor
15. Proposal
16. Elevator pitch

### Other
17. Tar
18. Tent
19. Slope
20. Dark

Some other words, such as "roof", "camping" and "fastball", could also fit, but I kept the list to 20.""",
     ["baseball", "pitcher", "throw", "mound", "football field", "cricket", "tone", "note",
      "tune", "frequency", "perfect pitch", "sales", "presentation", "investor", "proposal",
      "elevator pitch", "tar", "tent", "slope", "dark"]),

    # Llama-3.1-8B-Instruct, "word: N/5" scores.
    ("en_van_18", "pitch", """Here are 15 words associated with "pitch", each with an association strength out of 5:

1. Baseball: 5/5
2. Throw: 5/5
3. Music: 4/5
4. Note: 4/5
5. Sales: 4/5
6. Pitcher: 4/5
7. Field: 3/5
8. Tone: 3/5
9. Soccer: 3/5
10. Presentation: 3/5
11. Tar: 2/5
12. Tent: 2/5
13. Black: 2/5
14. Angle: 2/5
15. Fork: 1/5

I hope this helps!<|eot_id|>""",
     ["baseball", "throw", "music", "note", "sales", "pitcher", "field", "tone", "soccer",
      "presentation", "tar", "tent", "black", "angle", "fork"]),

    # Gemma-2-9B-it, sense headings; "Sweet" repeated under another sense (dedup).
    ("en_van_19", "date", """**Romantic meaning**

* Dinner (romantic)
* Romance
* Boyfriend
* Girlfriend
* Movie
* Flowers
* Nervous

**Calendar meaning**

* Calendar
* Day
* Month
* Year
* Appointment
* Deadline
* Birthday

**Fruit meaning**

* Palm
* Sweet
* Dried fruit
* Middle East
* Sweet (fruit)""",
     ["dinner", "romance", "boyfriend", "girlfriend", "movie", "flowers", "nervous",
      "calendar", "day", "month", "year", "appointment", "deadline", "birthday", "palm",
      "sweet", "dried fruit", "middle east"]),

    # Phi-3, bold word + colon explanation, cut mid-word in the item word of item 16.
    ("en_van_20", "date", """Certainly! Here are 20 words that are associated with the word "date":

1. **Calendar**: A date is a specific day on the calendar.
2. **Romance**: Going on a date is often romantic.
3. **Time**: Dates help us keep track of time.
4. **Appointment**: A date can be a scheduled meeting.
5. **Dinner**: Many dates involve having dinner together.
6. **Fruit**: Dates are also a sweet fruit.
7. **Anniversary**: A special date to celebrate.
8. **Birthday**: The date on which someone was born.
9. **Deadline**: The final date to finish something.
10. **Couple**: Two people who go on dates.
11. **Palm**: Dates grow on date palms.
12. **History**: Historical events are remembered by their dates.
13. **Schedule**: Planning dates in advance.
14. **Blind date**: A date with someone you have never met.
15. **Expiry**: Food has an expiry date.
16. **Relati""",
     ["calendar", "romance", "time", "appointment", "dinner", "fruit", "anniversary",
      "birthday", "deadline", "couple", "palm", "history", "schedule", "blind date",
      "expiry"]),

    # Llama-3.1-8B-Instruct, one comma list with sense notes in brackets on two items.
    ("en_van_21", "match", """Here are 20 words associated with "match":

Fire (matchstick), game, tennis, flame, soccer, lighter, pair, competition, stick, burn, opponent, perfect match (romance), sulfur, team, win, score, partner, strike, equal, tournament""",
     ["fire", "game", "tennis", "flame", "soccer", "lighter", "pair", "competition", "stick",
      "burn", "opponent", "perfect match", "sulfur", "team", "win", "score", "partner",
      "strike", "equal", "tournament"]),

    # Qwen2.5-7B-Instruct, table # | Word | Sense | Strength, no preamble.
    ("en_van_22", "match", """| # | Word | Sense | Strength |
|---|------|-------|----------|
| 1 | Fire | Matchstick | High |
| 2 | Game | Competition | High |
| 3 | Lighter | Matchstick | High |
| 4 | Tennis | Competition | High |
| 5 | Flame | Matchstick | Medium |
| 6 | Pair | Equal/compatible | Medium |
| 7 | Football | Competition | Medium |
| 8 | Opponent | Competition | Medium |
| 9 | Strike | Matchstick | Medium |
| 10 | Partner | Equal/compatible | Medium |
| 11 | Box | Matchstick | Low |
| 12 | Dating app | Equal/compatible | Low |
| 13 | Referee | Competition | Low |
| 14 | Smoke | Matchstick | Low |""",
     ["fire", "game", "lighter", "tennis", "flame", "pair", "football", "opponent", "strike",
      "partner", "box", "dating app", "referee", "smoke"]),

    # Mistral-7B-Instruct, plain numbered list, closing sentence.
    ("en_van_23", "bark", """ 1. Dog
2. Tree
3. Woof
4. Loud
5. Wood
6. Trunk
7. Puppy
8. Growl
9. Rough
10. Forest
11. Howl
12. Leash
13. Oak
14. Noise
15. Texture

These words cover both meanings of "bark": the sound a dog makes and the outer layer of a tree.""",
     ["dog", "tree", "woof", "loud", "wood", "trunk", "puppy", "growl", "rough", "forest",
      "howl", "leash", "oak", "noise", "texture"]),

    # Gemma-2-9B-it, Strong / Weaker sections each on one comma line, a quoted idiom.
    ("en_van_24", "bark", """**Strong associations:** dog, tree, woof, loud, trunk

**Weaker associations:** wood, puppy, growl, forest, rough, howl, canine, oak, birch, mulch, cinnamon, warning, "his bark is worse than his bite\"""",
     ["dog", "tree", "woof", "loud", "trunk", "wood", "puppy", "growl", "forest", "rough",
      "howl", "canine", "oak", "birch", "mulch", "cinnamon", "warning",
      "his bark is worse than his bite"]),

    # Llama-3.1-8B-Instruct, plain "Bird:" / "Machine:" labels, numbering restarts; the
    # label word "Bird" is also listed as an item (kept once, from the item).
    ("en_van_25", "crane", """Here are 20 words that come to mind when I read the word "crane":

Bird:
1. Bird
2. Heron
3. Wings
4. Feathers
5. Wetlands
6. Migration
7. Origami
8. Japan
9. Elegant
10. Long legs

Machine:
1. Construction
2. Lift
3. Tower crane
4. Hook
5. Heavy
6. Building site
7. Operator
8. Steel
9. Cable
10. Skyline""",
     ["bird", "heron", "wings", "feathers", "wetlands", "migration", "origami", "japan",
      "elegant", "long legs", "construction", "lift", "tower crane", "hook", "heavy",
      "building site", "operator", "steel", "cable", "skyline"]),

    # Phi-3, asks a clarifying question instead of answering: no list.
    ("en_van_26", "crane", """The word "crane" can refer to a bird or to a machine used in construction. Could you please clarify which meaning you would like me to focus on, so I can give you the most relevant list of associated words? <|end|>""",
     []),

    # Llama-3.1-8B-Instruct, preamble then one comma line of 20.
    ("en_van_27", "ocean", """Here are 20 words that come to mind when I read the word "ocean":

Water, waves, sea, blue, beach, salt, fish, deep, tide, whale, shark, sand, coral, surf, ship, horizon, Pacific, vast, marine life, dolphin""",
     ["water", "waves", "sea", "blue", "beach", "salt", "fish", "deep", "tide", "whale",
      "shark", "sand", "coral", "surf", "ship", "horizon", "pacific", "vast", "marine life",
      "dolphin"]),

    # Qwen2.5-7B-Instruct, bold words with en-dash glosses.
    ("en_van_28", "doctor", """Here are 15 words strongly associated with "doctor":

1. **Hospital** – where many doctors work
2. **Nurse** – works closely with doctors
3. **Medicine** – what doctors prescribe
4. **Patient** – the person a doctor treats
5. **Stethoscope** – the classic doctor's tool
6. **Health** – the main concern of a doctor
7. **Clinic** – a smaller medical facility
8. **Diagnosis** – identifying an illness
9. **Prescription** – written instructions for medicine
10. **Surgery** – an operation performed by a surgeon
11. **White coat** – the traditional uniform
12. **Appointment** – scheduled visit
13. **Illness** – what a doctor treats
14. **Physician** – another word for doctor
15. **Doctor Who** – the British TV series""",
     ["hospital", "nurse", "medicine", "patient", "stethoscope", "health", "clinic",
      "diagnosis", "prescription", "surgery", "white coat", "appointment", "illness",
      "physician", "doctor who"]),

    # Gemma-2-9B-it, markdown title and three strength sections.
    ("en_van_29", "freedom", """## Words associated with "freedom"

**Strongest:**
* Liberty
* Independence
* Choice
* Rights

**Moderate:**
* Democracy
* Peace
* Flag
* Speech
* Justice
* Bird

**Weaker:**
* Open road
* Sky
* Escape
* Revolution
* Wings
* Fireworks""",
     ["liberty", "independence", "choice", "rights", "democracy", "peace", "flag", "speech",
      "justice", "bird", "open road", "sky", "escape", "revolution", "wings", "fireworks"]),

    # Mistral-7B-Instruct, plain sense labels with inline comma lists, closing note.
    ("en_van_30", "run", """ The word "run" has many meanings. Here are associations for the most common ones:

Physical activity: jog, sprint, race, marathon, exercise, sneakers, track, fast
Operating something: machine, engine, program, manage, business
Politics: election, campaign, candidate
Other: river, stocking, nose, home run

Note: "run" is one of the English words with the most dictionary definitions!""",
     ["jog", "sprint", "race", "marathon", "exercise", "sneakers", "track", "fast", "machine",
      "engine", "program", "manage", "business", "election", "campaign", "candidate",
      "river", "stocking", "nose", "home run"]),

    # Phi-3, numbered with "(N)" strength counts out of 10.
    ("en_van_31", "coffee", """Here are 20 words associated with "coffee", with how strongly I associate them (out of 10):

1. Caffeine (10)
2. Morning (10)
3. Espresso (9)
4. Cup (9)
5. Mug (8)
6. Beans (8)
7. Latte (8)
8. Café (7)
9. Energy (7)
10. Starbucks (7)
11. Cappuccino (6)
12. Milk (6)
13. Sugar (6)
14. Barista (5)
15. Aroma (5)
16. Breakfast (5)
17. Brew (4)
18. Bitter (4)
19. Roast (3)
20. Colombia (2)""",
     ["caffeine", "morning", "espresso", "cup", "mug", "beans", "latte", "café", "energy",
      "starbucks", "cappuccino", "milk", "sugar", "barista", "aroma", "breakfast", "brew",
      "bitter", "roast", "colombia"]),

    # Llama-3.1-8B-Instruct, emoji-prefixed lines.
    ("en_van_32", "winter", """Here are 15 words that come to mind when I read the word "winter":

❄️ Snow
🥶 Cold
🧊 Ice
🎄 Christmas
⛷️ Skiing
🧣 Scarf
🔥 Fireplace
☕ Hot chocolate
⛄ Snowman
🌨️ Blizzard
🧤 Gloves
🌲 Pine trees
🛷 Sledding
🌙 Long nights
🐻 Hibernation""",
     ["snow", "cold", "ice", "christmas", "skiing", "scarf", "fireplace", "hot chocolate",
      "snowman", "blizzard", "gloves", "pine trees", "sledding", "long nights",
      "hibernation"]),

    # Gemma-2-9B-it, closing paragraph repeats three listed words and names two extra
    # words ("matriarch", "maternity") that are not part of the list.
    ("en_van_33", "mother", """Here are 18 words associated with "mother", from strongest to weakest:

1. Love
2. Family
3. Care
4. Mom
5. Child
6. Nurture
7. Warmth
8. Home
9. Protection
10. Hug
11. Father
12. Kindness
13. Cooking
14. Sacrifice
15. Birth
16. Mother's Day
17. Wisdom
18. Patience

The strongest associations, like "love", "family" and "care", reflect the emotional bond most people have with their mothers. Words like "matriarch" or "maternity" could also fit, but they feel more formal.""",
     ["love", "family", "care", "mom", "child", "nurture", "warmth", "home", "protection",
      "hug", "father", "kindness", "cooking", "sacrifice", "birth", "mother's day", "wisdom",
      "patience"]),

    # Qwen2.5-7B-Instruct, four-column table, cut mid-word inside the word cell of row 14.
    ("en_van_34", "computer", """Here are 20 words associated with "computer", ranked by association strength:

| Rank | Word | Strength (1–10) | Note |
|------|------|-----------------|------|
| 1 | Keyboard | 10 | Main input device |
| 2 | Screen | 10 | Displays output |
| 3 | Mouse | 9 | Pointing device |
| 4 | Internet | 9 | Most computers are online |
| 5 | Software | 9 | Programs that run on it |
| 6 | Laptop | 8 | Portable computer |
| 7 | Processor | 8 | The CPU |
| 8 | Code | 8 | Programming |
| 9 | Hardware | 7 | Physical components |
| 10 | Memory | 7 | RAM and storage |
| 11 | Data | 7 | What computers process |
| 12 | Technology | 6 | General category |
| 13 | Windows | 6 | Popular operating system |
| 14 | Gam""",
     ["keyboard", "screen", "mouse", "internet", "software", "laptop", "processor", "code",
      "hardware", "memory", "data", "technology", "windows"]),

    # Mistral-7B-Instruct, asked for 10-20, numbered list runs to 25.
    ("en_van_35", "justice", """ 1. Law
2. Court
3. Fairness
4. Judge
5. Equality
6. Rights
7. Truth
8. Jury
9. Police
10. Prison
11. Scales
12. Lawyer
13. Punishment
14. Crime
15. Verdict
16. Constitution
17. Freedom
18. Morality
19. Blindfold
20. Trial
21. Democracy
22. Retribution
23. Social justice
24. Lady Justice
25. Supreme Court""",
     ["law", "court", "fairness", "judge", "equality", "rights", "truth", "jury", "police",
      "prison", "scales", "lawyer", "punishment", "crime", "verdict", "constitution",
      "freedom", "morality", "blindfold", "trial", "democracy", "retribution",
      "social justice", "lady justice", "supreme court"]),

    # Llama-3.1-8B-Instruct, plain "Strong associations:" / "Weaker associations:" lines.
    ("en_van_36", "fire", """Strong associations: flame, heat, smoke, burn, hot, firefighter, red, ash

Weaker associations: campfire, fireplace, wood, danger, alarm, orange, candle, wildfire, extinguisher, dragon, passion, "you're fired\"""",
     ["flame", "heat", "smoke", "burn", "hot", "firefighter", "red", "ash", "campfire",
      "fireplace", "wood", "danger", "alarm", "orange", "candle", "wildfire",
      "extinguisher", "dragon", "passion", "you're fired"]),

    # Phi-3, asked for exactly 20, says "exactly 20" but gives 19.
    ("en_van_37", "happy", """Sure, here are exactly 20 words associated with "happy":

joy, smile, laughter, cheerful, glad, content, sunshine, fun, delight, excited, birthday, celebration, friends, love, bliss, grateful, peaceful, dance, optimism""",
     ["joy", "smile", "laughter", "cheerful", "glad", "content", "sunshine", "fun",
      "delight", "excited", "birthday", "celebration", "friends", "love", "bliss",
      "grateful", "peaceful", "dance", "optimism"]),

    # Gemma-2-9B-it, nested bullets: bold category bullets (headers) with sub-bullets.
    ("en_van_38", "school", """Here are some words associated with "school":

* **People**
    * Teacher
    * Student
    * Principal
    * Classmates
* **Places**
    * Classroom
    * Library
    * Playground
    * Cafeteria
* **Things**
    * Books
    * Homework
    * Backpack
    * Pencil
    * Desk
    * Bus
* **Feelings**
    * Learning
    * Friends
    * Stress
    * Exams""",
     ["teacher", "student", "principal", "classmates", "classroom", "library", "playground",
      "cafeteria", "books", "homework", "backpack", "pencil", "desk", "bus", "learning",
      "friends", "stress", "exams"]),

    # Qwen2.5-7B-Instruct, three labelled sections: related words, genres, phrases.
    ("en_van_39", "music", """Here are some associations for "music":

**Related words:** song, melody, rhythm, instruments, guitar, piano, concert, band, singer, notes, beat, harmony, lyrics, dance

**Genres:** pop, rock, jazz, classical, hip-hop

**Phrases:** music to my ears, face the music, sheet music""",
     ["song", "melody", "rhythm", "instruments", "guitar", "piano", "concert", "band",
      "singer", "notes", "beat", "harmony", "lyrics", "dance", "pop", "rock", "jazz",
      "classical", "hip-hop", "music to my ears", "face the music", "sheet music"]),

    # Llama-3.1-8B-Instruct, numbered list with two repeated items (dedup).
    ("en_van_40", "dog", """Here are 20 words that come to mind when I read the word "dog":

1. Loyal
2. Pet
3. Bark
4. Puppy
5. Bone
6. Walk
7. Leash
8. Tail
9. Friend
10. Fetch
11. Cat
12. Paw
13. Fur
14. Loyal
15. Collar
16. Kennel
17. Canine
18. Wag
19. Pet
20. Ball""",
     ["loyal", "pet", "bark", "puppy", "bone", "walk", "leash", "tail", "friend", "fetch",
      "cat", "paw", "fur", "collar", "kennel", "canine", "wag", "ball"]),

    # Mistral-7B-Instruct, "Word: explanation" lines, cut mid-word in the gloss of item 15
    # (the item word "Propaganda" is complete and kept).
    ("en_van_41", "war", """ Here are 20 words associated with "war", along with a brief explanation:

1. Conflict: War is a large-scale conflict between groups or nations.
2. Soldiers: People who fight in wars.
3. Weapons: Guns, bombs and other tools of war.
4. Death: Wars cause many deaths.
5. Peace: The opposite of war, and what usually follows it.
6. Battle: A single fight within a war.
7. Army: An organized military force.
8. Destruction: Wars destroy cities and infrastructure.
9. History: Many historical periods are defined by wars.
10. Refugees: People forced to flee their homes.
11. Tanks: Armored vehicles used in modern warfare.
12. Victory: The goal of each side.
13. Suffering: The human cost of war.
14. Politics: Wars are often driven by political decisions.
15. Propaganda: Information used to influence public opi""",
     ["conflict", "soldiers", "weapons", "death", "peace", "battle", "army", "destruction",
      "history", "refugees", "tanks", "victory", "suffering", "politics", "propaganda"]),

    # Gemma-2-9B-it, function-word cue; hedging preamble, single-letter items.
    ("en_van_42", "the", """"The" is a very common word, so it's hard to associate strongly with anything specific! Here are some words that come to mind:

1. Article
2. Definite
3. Grammar
4. A
5. An
6. Noun
7. Specific
8. English
9. Word
10. Sentence
11. Beginning
12. Common""",
     ["article", "definite", "grammar", "a", "an", "noun", "specific", "english", "word",
      "sentence", "beginning", "common"]),

    # Qwen2.5-7B-Instruct, conjunction cue, short comma line.
    ("en_van_43", "although", """Here are 10 words associated with "although":

though, however, despite, but, even though, nevertheless, yet, while, whereas, conjunction""",
     ["though", "however", "despite", "but", "even though", "nevertheless", "yet", "while",
      "whereas", "conjunction"]),

    # Llama-3.1-8B-Instruct, adverb cue.
    ("en_van_44", "quickly", """Here are 12 words that come to mind when I read the word "quickly":

1. Fast
2. Rapidly
3. Speed
4. Hurry
5. Swiftly
6. Rush
7. Immediately
8. Soon
9. Running
10. Adverb
11. Haste
12. Promptly""",
     ["fast", "rapidly", "speed", "hurry", "swiftly", "rush", "immediately", "soon",
      "running", "adverb", "haste", "promptly"]),

    # Phi-3, name cue, formula item with superscript, closing sentence + end token.
    ("en_van_45", "Einstein", """1. Relativity
2. Physics
3. Genius
4. E=mc²
5. Scientist
6. Theory
7. Nobel Prize
8. Hair
9. Germany
10. Princeton
11. Atom
12. Space-time
13. Intelligence
14. Light
15. Quantum

These words represent Albert Einstein's contributions to science and his iconic image. <|end|>""",
     ["relativity", "physics", "genius", "e=mc²", "scientist", "theory", "nobel prize",
      "hair", "germany", "princeton", "atom", "space-time", "intelligence", "light",
      "quantum"]),

    # Gemma-2-9B-it, Strong / Weaker sections with explanatory brackets, accented words.
    ("en_van_46", "Paris", """**Strong associations:**

* Eiffel Tower
* France
* Love (the "city of love")
* Louvre
* Croissant
* Fashion

**Weaker associations:**

* Seine (the river)
* Art
* Café
* Notre-Dame
* Romance
* Baguette
* Champs-Élysées
* Mona Lisa
* Metro
* Paris Hilton""",
     ["eiffel tower", "france", "love", "louvre", "croissant", "fashion", "seine", "art",
      "café", "notre-dame", "romance", "baguette", "champs-élysées", "mona lisa", "metro",
      "paris hilton"]),

    # Qwen2.5-7B-Instruct, table Association | Why, one quoted phrase item.
    ("en_van_47", "Shakespeare", """| Association | Why |
|---|---|
| Hamlet | His most famous tragedy |
| Romeo and Juliet | Iconic love story |
| Playwright | His profession |
| Globe Theatre | Where his plays were performed |
| Sonnets | He wrote 154 of them |
| England | His home country |
| Stratford-upon-Avon | His birthplace |
| Macbeth | Another famous tragedy |
| Poetry | Much of his work is in verse |
| Quill | The writing tool of his era |
| "To be or not to be" | Famous line from Hamlet |
| Elizabethan | The era he lived in |""",
     ["hamlet", "romeo and juliet", "playwright", "globe theatre", "sonnets", "england",
      "stratford-upon-avon", "macbeth", "poetry", "quill", "to be or not to be",
      "elizabethan"]),

    # Llama-3.1-8B-Instruct, idiom cue, phrase items.
    ("en_van_48", "break a leg", """Here are 10 words that come to mind when I read the phrase "break a leg":

1. Good luck
2. Theater
3. Performance
4. Actor
5. Stage
6. Idiom
7. Superstition
8. Audition
9. Broadway
10. Opening night""",
     ["good luck", "theater", "performance", "actor", "stage", "idiom", "superstition",
      "audition", "broadway", "opening night"]),

    # Mistral-7B-Instruct, idiom cue, bare comma line.
    ("en_van_49", "kick the bucket", """ Death, die, idiom, pass away, bucket list, funeral, euphemism, slang, end, grave, mortality, humor""",
     ["death", "die", "idiom", "pass away", "bucket list", "funeral", "euphemism", "slang",
      "end", "grave", "mortality", "humor"]),

    # Gemma-2-9B-it, 1-10 then "10 more" with numbering restarting at 1 (all count).
    ("en_van_50", "democracy", """Here are 20 words associated with "democracy":

1. Voting
2. Freedom
3. Election
4. People
5. Government
6. Rights
7. Equality
8. Parliament
9. Constitution
10. Citizens

Here are 10 more, slightly less strongly associated:

1. Greece
2. Athens
3. Republic
4. Ballot
5. Debate
6. Majority
7. Representation
8. Liberty
9. Protest
10. Free press""",
     ["voting", "freedom", "election", "people", "government", "rights", "equality",
      "parliament", "constitution", "citizens", "greece", "athens", "republic", "ballot",
      "debate", "majority", "representation", "liberty", "protest", "free press"]),

    # Llama-3.1-8B-Instruct, closing support note names extra words not in the list.
    ("en_van_51", "anxiety", """Here are 15 words that come to mind when I read the word "anxiety":

1. Stress
2. Worry
3. Fear
4. Nervousness
5. Panic
6. Heartbeat
7. Sweating
8. Overthinking
9. Insomnia
10. Therapy
11. Tension
12. Restlessness
13. Depression
14. Breathing
15. Uncertainty

If you're experiencing anxiety, remember that support is available — words like "help", "calm" and "self-care" are also worth keeping in mind.""",
     ["stress", "worry", "fear", "nervousness", "panic", "heartbeat", "sweating",
      "overthinking", "insomnia", "therapy", "tension", "restlessness", "depression",
      "breathing", "uncertainty"]),

    # Qwen2.5-7B-Instruct, bold sense headings with dash bullets; one bracket note.
    ("en_van_52", "green", """Here are 20 words associated with "green", grouped by meaning:

**Color & nature:**
- Grass
- Leaves
- Trees
- Nature
- Forest
- Emerald
- Frog

**Environment:**
- Eco-friendly
- Recycling
- Sustainability
- Renewable energy

**Money:**
- Dollar
- Cash

**Feelings & traits:**
- Envy
- Jealousy
- Inexperienced
- Sick

**Other:**
- Go (traffic light)
- Golf
- St. Patrick's Day""",
     ["grass", "leaves", "trees", "nature", "forest", "emerald", "frog", "eco-friendly",
      "recycling", "sustainability", "renewable energy", "dollar", "cash", "envy",
      "jealousy", "inexperienced", "sick", "go", "golf", "st. patrick's day"]),

    # Phi-3, comma line then a "Note:" paragraph.
    ("en_van_53", "heavy", """Here are 14 words that come to mind when you read "heavy":

weight, burden, load, dense, massive, strong, gravity, metal, heavy metal, lifting, tired, serious, rain, sigh

Note: The word "heavy" can describe both physical weight and emotional intensity. <|end|>""",
     ["weight", "burden", "load", "dense", "massive", "strong", "gravity", "metal",
      "heavy metal", "lifting", "tired", "serious", "rain", "sigh"]),

    # Mistral-7B-Instruct, numbered; brackets hold explanations with commas.
    ("en_van_54", "climb", """ 1. Mountain (the most common thing people climb)
2. Rock climbing
3. Ladder
4. Stairs
5. Rope
6. Summit
7. Height
8. Tree
9. Effort (climbing requires effort, strength, endurance)
10. Harness
11. Peak
12. Ascend
13. Gear
14. Challenge
15. Everest""",
     ["mountain", "rock climbing", "ladder", "stairs", "rope", "summit", "height", "tree",
      "effort", "harness", "peak", "ascend", "gear", "challenge", "everest"]),

    # Gemma-2-9B-it, plain bullets.
    ("en_van_55", "whisper", """Here are 12 words associated with "whisper":

* Quiet
* Secret
* Soft
* Murmur
* Ear
* Hush
* Gossip
* Breath
* Silence
* Rumor
* Intimate
* Library""",
     ["quiet", "secret", "soft", "murmur", "ear", "hush", "gossip", "breath", "silence",
      "rumor", "intimate", "library"]),

    # Llama-3.1-8B-Instruct, the cue appears only inside a bracket note (not an item).
    ("en_van_56", "yesterday", """Here are 15 words that come to mind when I read the word "yesterday":

1. Past
2. Memory
3. Today
4. Tomorrow
5. Beatles (the song "Yesterday")
6. Nostalgia
7. Time
8. Regret
9. History
10. Day
11. Before
12. Calendar
13. Recent
14. Remember
15. Gone""",
     ["past", "memory", "today", "tomorrow", "beatles", "nostalgia", "time", "regret",
      "history", "day", "before", "calendar", "recent", "remember", "gone"]),

    # Qwen2.5-7B-Instruct, 20 numbered items plus a "Bonus:" line.
    # AMBIGUOUS: the bonus words are offered as further associations, so they are taken
    # here; another reader could stop at item 20 and leave out "antiseptic", "gurney".
    ("en_van_57", "hospital", """1. Doctor
2. Nurse
3. Patient
4. Emergency
5. Ambulance
6. Surgery
7. Medicine
8. Bed
9. Illness
10. Clinic
11. ICU
12. Stethoscope
13. Health
14. Ward
15. Injection
16. Recovery
17. Waiting room
18. X-ray
19. Scrubs
20. Visiting hours

Bonus: antiseptic, gurney""",
     ["doctor", "nurse", "patient", "emergency", "ambulance", "surgery", "medicine", "bed",
      "illness", "clinic", "icu", "stethoscope", "health", "ward", "injection", "recovery",
      "waiting room", "x-ray", "scrubs", "visiting hours", "antiseptic", "gurney"]),

    # Mistral-7B-Instruct, bare comma line of 20.
    ("en_van_58", "garden", """ Flowers, plants, soil, vegetables, roses, gardening, green, trees, seeds, watering can, shovel, bees, butterflies, sunshine, fence, weeds, lawn, herbs, greenhouse, compost""",
     ["flowers", "plants", "soil", "vegetables", "roses", "gardening", "green", "trees",
      "seeds", "watering can", "shovel", "bees", "butterflies", "sunshine", "fence", "weeds",
      "lawn", "herbs", "greenhouse", "compost"]),

    # Gemma-2-9B-it, bold context headings (no colon); names as items, bracket note.
    ("en_van_59", "king", """Here are some words associated with "king", grouped by context:

**Royalty**
* Crown
* Throne
* Queen
* Kingdom
* Palace
* Royal
* Prince
* Monarch
* Ruler

**Games**
* Chess
* Checkmate
* Cards

**People**
* Stephen King
* Martin Luther King
* Elvis (the King of Rock and Roll)
* The Lion King""",
     ["crown", "throne", "queen", "kingdom", "palace", "royal", "prince", "monarch", "ruler",
      "chess", "checkmate", "cards", "stephen king", "martin luther king", "elvis",
      "the lion king"]),

    # Llama-3.1-8B-Instruct, preamble then comma line.
    ("en_van_60", "knife", """Here are 20 words that come to mind when I read the word "knife":

Sharp, blade, cut, kitchen, fork, steel, weapon, chef, stab, danger, handle, spoon, edge, pocket knife, butcher, chopping board, dagger, sheath, slice, cutlery""",
     ["sharp", "blade", "cut", "kitchen", "fork", "steel", "weapon", "chef", "stab",
      "danger", "handle", "spoon", "edge", "pocket knife", "butcher", "chopping board",
      "dagger", "sheath", "slice", "cutlery"]),

    # Phi-3, nested sub-bullets that are explanations (sentences), not items.
    ("en_van_61", "mirror", """1. Reflection
   - A mirror shows your reflection.
2. Glass
   - Mirrors are usually made of glass.
3. Vanity
   - Associated with looking at oneself.
4. Bathroom
   - Where most mirrors are found.
5. Image
6. Self
7. Snow White ("Mirror, mirror on the wall")
8. Selfie
9. Shatter
10. Seven years of bad luck""",
     ["reflection", "glass", "vanity", "bathroom", "image", "self", "snow white", "selfie",
      "shatter", "seven years of bad luck"]),

    # Qwen2.5-7B-Instruct, plain numbered list.
    ("en_van_62", "candle", """Here are 15 words associated with "candle", from strongest to weakest:

1. Flame
2. Wax
3. Light
4. Wick
5. Birthday
6. Fire
7. Romantic
8. Scent
9. Darkness
10. Church
11. Holder
12. Melt
13. Glow
14. Vigil
15. Power outage""",
     ["flame", "wax", "light", "wick", "birthday", "fire", "romantic", "scent", "darkness",
      "church", "holder", "melt", "glow", "vigil", "power outage"]),

    # Gemma-2-9B-it, bold Strong / Weaker inline sections, a quoted proverb item.
    ("en_van_63", "silence", """Here are some words associated with "silence":

**Strong associations:** quiet, stillness, peace, calm, hush, nothing, library

**Weaker associations:** meditation, awkward, night, emptiness, void, tension, "silence is golden", mime""",
     ["quiet", "stillness", "peace", "calm", "hush", "nothing", "library", "meditation",
      "awkward", "night", "emptiness", "void", "tension", "silence is golden", "mime"]),

    # Llama-3.1-8B-Instruct, numbered list ending with the special token.
    ("en_van_64", "election", """Here are 20 words that come to mind when I read the word "election":

1. Vote
2. Candidate
3. Ballot
4. Democracy
5. Campaign
6. President
7. Polls
8. Politics
9. Party
10. Debate
11. Winner
12. Results
13. Voter
14. Government
15. Congress
16. Primary
17. Electoral college
18. Turnout
19. Fraud
20. Victory speech<|eot_id|>""",
     ["vote", "candidate", "ballot", "democracy", "campaign", "president", "polls",
      "politics", "party", "debate", "winner", "results", "voter", "government", "congress",
      "primary", "electoral college", "turnout", "fraud", "victory speech"]),

    # Mistral-7B-Instruct, one slash item.
    # AMBIGUOUS: "Needle/syringe" is split into two words here; another reader could keep
    # it as one item "needle/syringe".
    ("en_van_65", "vaccine", """ 1. Immunity
2. Needle/syringe
3. Virus
4. Doctor
5. Shot
6. Protection
7. COVID-19
8. Pfizer
9. Antibodies
10. Disease
11. Health
12. Booster
13. Side effects
14. Prevention
15. Flu""",
     ["immunity", "needle", "syringe", "virus", "doctor", "shot", "protection", "covid-19",
      "pfizer", "antibodies", "disease", "health", "booster", "side effects", "prevention",
      "flu"]),

    # Phi-3, numbered list, chatty closing + end token.
    ("en_van_66", "volcano", """Sure! Here are 20 words associated with "volcano":

1. Lava
2. Eruption
3. Magma
4. Ash
5. Mountain
6. Crater
7. Hot
8. Smoke
9. Explosion
10. Hawaii
11. Pompeii
12. Rock
13. Earthquake
14. Fire
15. Tectonic plates
16. Vesuvius
17. Danger
18. Island
19. Sulfur
20. Dormant

I hope this list is helpful for your needs! Let me know if you need more words. <|end|>""",
     ["lava", "eruption", "magma", "ash", "mountain", "crater", "hot", "smoke", "explosion",
      "hawaii", "pompeii", "rock", "earthquake", "fire", "tectonic plates", "vesuvius",
      "danger", "island", "sulfur", "dormant"]),

    # Qwen2.5-7B-Instruct, comma line with names.
    ("en_van_67", "tiger", """Here are 15 words associated with "tiger":

stripes, orange, jungle, cat, predator, India, wild, roar, Bengal, endangered, fierce, zoo, claws, Tony the Tiger, Tiger Woods""",
     ["stripes", "orange", "jungle", "cat", "predator", "india", "wild", "roar", "bengal",
      "endangered", "fierce", "zoo", "claws", "tony the tiger", "tiger woods"]),

    # Gemma-2-9B-it, plain numbered list.
    ("en_van_68", "bread", """Here are 15 words associated with "bread", from strongest to weakest:

1. Butter
2. Toast
3. Loaf
4. Bakery
5. Wheat
6. Flour
7. Sandwich
8. Yeast
9. Crust
10. Baguette
11. Dough
12. Oven
13. Breakfast
14. Jam
15. Carbs""",
     ["butter", "toast", "loaf", "bakery", "wheat", "flour", "sandwich", "yeast", "crust",
      "baguette", "dough", "oven", "breakfast", "jam", "carbs"]),

    # Llama-3.1-8B-Instruct, two bold strength sections, numbering continues 1-20.
    ("en_van_69", "rain", """Here are 20 words that come to mind when I read the word "rain":

**Most strongly associated:**
1. Water
2. Umbrella
3. Clouds
4. Wet
5. Storm
6. Drops
7. Puddle
8. Thunder
9. Raincoat
10. Weather

**Other associations:**
11. Gray
12. Rainbow
13. Flood
14. Drizzle
15. Boots
16. Gloomy
17. Cozy
18. Window
19. Seattle
20. Petrichor""",
     ["water", "umbrella", "clouds", "wet", "storm", "drops", "puddle", "thunder",
      "raincoat", "weather", "gray", "rainbow", "flood", "drizzle", "boots", "gloomy",
      "cozy", "window", "seattle", "petrichor"]),

    # Mistral-7B-Instruct, sense labels with inline comma lists, no preamble.
    ("en_van_70", "cold", """ Temperature: ice, snow, winter, freezing, chilly, frost, shiver
Illness: flu, sneeze, cough, tissue, fever, runny nose
Personality: distant, unfriendly, aloof, heartless
Other: cold war, cold case, cold feet""",
     ["ice", "snow", "winter", "freezing", "chilly", "frost", "shiver", "flu", "sneeze",
      "cough", "tissue", "fever", "runny nose", "distant", "unfriendly", "aloof",
      "heartless", "cold war", "cold case", "cold feet"]),

    # Gemma-2-9B-it, bullets, one bracket gloss.
    ("en_van_71", "sleep", """Here are 20 words associated with "sleep":

* Bed
* Dream
* Night
* Pillow
* Tired
* Rest
* Blanket
* Snore
* Nap
* Insomnia
* Yawn
* Pajamas
* Darkness
* Moon
* Alarm clock
* Relaxation
* Sheep (counting sheep)
* Bedtime
* REM
* Lullaby""",
     ["bed", "dream", "night", "pillow", "tired", "rest", "blanket", "snore", "nap",
      "insomnia", "yawn", "pajamas", "darkness", "moon", "alarm clock", "relaxation",
      "sheep", "bedtime", "rem", "lullaby"]),

    # Qwen2.5-7B-Instruct, two bold inline sense headers on consecutive lines.
    ("en_van_72", "cloud", """Here are associations for "cloud", covering both the weather sense and the computing sense:

**Weather:** sky, rain, white, fluffy, storm, gray, weather, cumulus, thunder, fog
**Technology:** storage, computing, internet, server, data, backup, iCloud, AWS""",
     ["sky", "rain", "white", "fluffy", "storm", "gray", "weather", "cumulus", "thunder",
      "fog", "storage", "computing", "internet", "server", "data", "backup", "icloud",
      "aws"]),

    # Llama-3.1-8B-Instruct, one list with sense notes in brackets on some items.
    ("en_van_73", "mouse", """Here are 20 words that come to mind when I read the word "mouse":

1. Cheese
2. Computer (the device)
3. Rat
4. Cat
5. Trap
6. Click
7. Small
8. Squeak
9. Mickey Mouse
10. Keyboard (computer)
11. Tail
12. Rodent
13. Hole
14. Cursor (computer)
15. Whiskers
16. Pest
17. Scroll wheel (computer)
18. Field mouse
19. Mousepad
20. Tiny""",
     ["cheese", "computer", "rat", "cat", "trap", "click", "small", "squeak", "mickey mouse",
      "keyboard", "tail", "rodent", "hole", "cursor", "whiskers", "pest", "scroll wheel",
      "field mouse", "mousepad", "tiny"]),

    # Mistral-7B-Instruct, numbered, bracket note with a quoted example.
    ("en_van_74", "key", """ 1. Lock
2. Door
3. Keychain
4. Car
5. Unlock
6. Piano
7. Keyboard
8. Answer
9. Important
10. Secret
11. Music (as in "key of C")
12. Password
13. House
14. Metal
15. Solution
16. Map legend
17. Florida Keys
18. Key card
19. Security
20. Chain""",
     ["lock", "door", "keychain", "car", "unlock", "piano", "keyboard", "answer",
      "important", "secret", "music", "password", "house", "metal", "solution",
      "map legend", "florida keys", "key card", "security", "chain"]),

    # Gemma-2-9B-it, sense headings with pronunciation notes; the heading word "Music" is
    # also listed as an item; numbering continues across headings.
    ("en_van_75", "bass", """Here are 16 words associated with "bass", covering both pronunciations:

**Music (pronounced "base"):**
1. Guitar
2. Drum
3. Low
4. Deep
5. Sound
6. Speaker
7. Music
8. Bassline
9. Band
10. Double bass

**Fish (pronounced "bass" like "mass"):**
11. Fishing
12. Lake
13. Largemouth
14. Lure
15. Boat
16. Sea bass""",
     ["guitar", "drum", "low", "deep", "sound", "speaker", "music", "bassline", "band",
      "double bass", "fishing", "lake", "largemouth", "lure", "boat", "sea bass"]),

    # Qwen2.5-7B-Instruct, comma line with sense notes in brackets on several items.
    ("en_van_76", "bow", """Here are 18 words associated with "bow":

arrow (archery), archery, ribbon (gift), tie, gift, bend (to bow down), respect, Japan, curtsy, violin (violin bow), cello, ship (front of a ship), stern, hunting, target, hair bow, rainbow, Robin Hood""",
     ["arrow", "archery", "ribbon", "tie", "gift", "bend", "respect", "japan", "curtsy",
      "violin", "cello", "ship", "stern", "hunting", "target", "hair bow", "rainbow",
      "robin hood"]),

    # Phi-3, bracket notes; closing paragraph names words it did not include.
    ("en_van_77", "seal", """Here are 16 words associated with the word "seal":

1. Ocean (animal)
2. Animal
3. Fish
4. Arctic
5. Flippers
6. Stamp (official seal)
7. Envelope
8. Wax
9. Close
10. Airtight
11. Navy SEAL
12. Approval
13. Circus
14. Ice
15. Zoo
16. Whiskers

Other words like "walrus", "sea lion" and "official" are closely related but were not included to keep the list focused. <|end|>""",
     ["ocean", "animal", "fish", "arctic", "flippers", "stamp", "envelope", "wax", "close",
      "airtight", "navy seal", "approval", "circus", "ice", "zoo", "whiskers"]),

    # Llama-3.1-8B-Instruct, numbered, title and compound items.
    ("en_van_78", "ring", """Here are 20 words that come to mind when I read the word "ring":

1. Wedding
2. Gold
3. Diamond
4. Engagement
5. Phone
6. Bell
7. Finger
8. Circle
9. Jewelry
10. Marriage
11. Boxing
12. Lord of the Rings
13. Sound
14. Proposal
15. Silver
16. Doorbell
17. Circus
18. Earring
19. Saturn
20. Ring tone""",
     ["wedding", "gold", "diamond", "engagement", "phone", "bell", "finger", "circle",
      "jewelry", "marriage", "boxing", "lord of the rings", "sound", "proposal", "silver",
      "doorbell", "circus", "earring", "saturn", "ring tone"]),

    # Mistral-7B-Instruct, some items "Word: explanation", some bare.
    ("en_van_79", "palm", """ Here are some words associated with "palm":

1. Tree: palm trees grow in tropical places.
2. Hand: the palm is the inner surface of the hand.
3. Beach: palm trees are common on beaches.
4. Coconut: many palms produce coconuts.
5. Tropical
6. Reading: palm reading is a form of fortune telling.
7. Oil: palm oil is widely used.
8. Sunday: Palm Sunday is a Christian holiday.
9. Island
10. Leaves
11. Florida
12. Sweaty palms""",
     ["tree", "hand", "beach", "coconut", "tropical", "reading", "oil", "sunday", "island",
      "leaves", "florida", "sweaty palms"]),

    # Gemma-2-9B-it, bullets whose bold label is a sense, followed by a comma list.
    ("en_van_80", "trunk", """"Trunk" has a few different meanings! Here are some associations:

* **Tree:** bark, wood, roots, branches, rings
* **Elephant:** nose, elephant, tusk, gray
* **Car:** boot, luggage, storage, spare tire
* **Other:** chest, swimming trunks, torso, attic""",
     ["bark", "wood", "roots", "branches", "rings", "nose", "elephant", "tusk", "gray",
      "boot", "luggage", "storage", "spare tire", "chest", "swimming trunks", "torso",
      "attic"]),

    # Qwen2.5-7B-Instruct, numbered list, mixed senses.
    ("en_van_81", "jam", """Here are 15 words associated with "jam":

1. Strawberry
2. Toast
3. Jelly
4. Traffic
5. Fruit
6. Sweet
7. Bread
8. Breakfast
9. Jar
10. Music session
11. Stuck
12. Preserve
13. Butter
14. Paper jam
15. Raspberry""",
     ["strawberry", "toast", "jelly", "traffic", "fruit", "sweet", "bread", "breakfast",
      "jar", "music session", "stuck", "preserve", "butter", "paper jam", "raspberry"]),

    # Llama-3.1-8B-Instruct, comma line.
    ("en_van_82", "pupil", """Here are 15 words that come to mind when I read the word "pupil":

Student, eye, school, teacher, iris, learner, classroom, dilate, black, light, vision, lesson, class, apprentice, contact lens""",
     ["student", "eye", "school", "teacher", "iris", "learner", "classroom", "dilate",
      "black", "light", "vision", "lesson", "class", "apprentice", "contact lens"]),

    # Phi-3, plain sense labels with colons; three label words ("Skin", "Chemistry",
    # "Spy") are also listed as items; "Secret" then "Secret agent" are distinct items.
    ("en_van_83", "mole", """The word "mole" has several meanings:

Animal:
- Burrow
- Underground
- Blind
- Digging
- Garden
- Tunnels

Skin:
- Freckle
- Skin
- Dermatologist
- Spot

Chemistry:
- Avogadro
- Chemistry
- Unit

Spy:
- Spy
- Secret
- Traitor
- Undercover
- Secret agent

Mexican food:
- Sauce
- Chocolate
- Mexico""",
     ["burrow", "underground", "blind", "digging", "garden", "tunnels", "freckle", "skin",
      "dermatologist", "spot", "avogadro", "chemistry", "unit", "spy", "secret", "traitor",
      "undercover", "secret agent", "sauce", "chocolate", "mexico"]),

    # Mistral-7B-Instruct, bracket notes including a quoted phrase.
    ("en_van_84", "saw", """ 1. Tool
2. Wood
3. Cut
4. Carpenter
5. Blade
6. Teeth
7. See (past tense)
8. Chainsaw
9. Sawdust
10. Horror movie
11. Handsaw
12. Lumber
13. Seesaw
14. Proverb ("an old saw")
15. Workshop""",
     ["tool", "wood", "cut", "carpenter", "blade", "teeth", "see", "chainsaw", "sawdust",
      "horror movie", "handsaw", "lumber", "seesaw", "proverb", "workshop"]),

    # Gemma-2-9B-it, Strong / Weaker sections with continuous numbering, end token.
    ("en_van_85", "rock", """Here are 20 words associated with "rock":

**Strong associations:**
1. Stone
2. Music
3. Hard
4. Roll
5. Mountain
6. Band
7. Guitar

**Weaker associations:**
8. Boulder
9. Geology
10. Pebble
11. Cliff
12. Concert
13. Solid
14. Climbing
15. Dwayne Johnson
16. Cradle
17. Lava
18. Crystal
19. Granite
20. Paper scissors
<end_of_turn>""",
     ["stone", "music", "hard", "roll", "mountain", "band", "guitar", "boulder", "geology",
      "pebble", "cliff", "concert", "solid", "climbing", "dwayne johnson", "cradle", "lava",
      "crystal", "granite", "paper scissors"]),

    # Llama-3.1-8B-Instruct, comma line with titles.
    ("en_van_86", "star", """Here are 20 words that come to mind when I read the word "star":

Sky, night, bright, shine, sun, galaxy, celebrity, twinkle, space, moon, famous, Hollywood, constellation, astronomy, wish, shooting star, planet, gold star, Star Wars, universe""",
     ["sky", "night", "bright", "shine", "sun", "galaxy", "celebrity", "twinkle", "space",
      "moon", "famous", "hollywood", "constellation", "astronomy", "wish", "shooting star",
      "planet", "gold star", "star wars", "universe"]),

    # Qwen2.5-7B-Instruct, table Word | Strength with star ratings.
    ("en_van_87", "table", """Here are 12 words associated with "table", with their association strength:

| Word | Strength |
|------|----------|
| Chair | ★★★★★ |
| Dinner | ★★★★★ |
| Wood | ★★★★ |
| Furniture | ★★★★ |
| Kitchen | ★★★★ |
| Legs | ★★★ |
| Desk | ★★★ |
| Food | ★★★ |
| Spreadsheet | ★★ |
| Data | ★★ |
| Tablecloth | ★★ |
| Periodic table | ★ |""",
     ["chair", "dinner", "wood", "furniture", "kitchen", "legs", "desk", "food",
      "spreadsheet", "data", "tablecloth", "periodic table"]),

    # Mistral-7B-Instruct, bare comma line.
    ("en_van_88", "wave", """ Ocean, water, surf, beach, hand, hello, goodbye, tide, sea, surfing, tsunami, sound wave, crest, heat wave, radio, frequency, ripple, splash, Mexican wave, energy""",
     ["ocean", "water", "surf", "beach", "hand", "hello", "goodbye", "tide", "sea",
      "surfing", "tsunami", "sound wave", "crest", "heat wave", "radio", "frequency",
      "ripple", "splash", "mexican wave", "energy"]),

    # Gemma-2-9B-it, three bold sense headings with bullets; brand-cased items.
    ("en_van_89", "apple", """Here are 20 words associated with "apple":

**Fruit:**
* Red
* Green
* Tree
* Pie
* Orchard
* Juice
* Crunchy
* Healthy
* Cider
* Worm

**Company:**
* iPhone
* Mac
* Steve Jobs
* Technology
* iPad
* Logo

**Culture:**
* Newton
* Adam and Eve
* Snow White
* Big Apple""",
     ["red", "green", "tree", "pie", "orchard", "juice", "crunchy", "healthy", "cider",
      "worm", "iphone", "mac", "steve jobs", "technology", "ipad", "logo", "newton",
      "adam and eve", "snow white", "big apple"]),

    # Llama-3.1-8B-Instruct, bracket note, closing "Note:" repeats a listed word.
    ("en_van_90", "python", """Here are 15 words that come to mind when I read the word "python":

1. Snake
2. Programming (language)
3. Code
4. Reptile
5. Constrictor
6. Monty Python
7. Django
8. Scales
9. Jungle
10. Data science
11. Script
12. Pandas
13. Venom
14. Coding
15. Guido van Rossum

Note: pythons are not venomous, but "venom" is a common snake association.""",
     ["snake", "programming", "code", "reptile", "constrictor", "monty python", "django",
      "scales", "jungle", "data science", "script", "pandas", "venom", "coding",
      "guido van rossum"]),

    # Qwen2.5-7B-Instruct, sense-explaining preamble, numbered list.
    ("en_van_91", "java", """Java can mean an island, coffee, or a programming language. Here are 12 associations:

1. Programming
2. Coffee
3. Indonesia
4. Island
5. Code
6. Oracle
7. JavaScript
8. Jakarta
9. Software
10. Object-oriented
11. Cup of joe
12. Minecraft""",
     ["programming", "coffee", "indonesia", "island", "code", "oracle", "javascript",
      "jakarta", "software", "object-oriented", "cup of joe", "minecraft"]),

    # Phi-3, nested bullets; top-level bullets are plain words with sub-bullets.
    # AMBIGUOUS: the top-level "Planet", "Element", "Mythology", "Other" are read as sense
    # headers (one of them is "Other"); another reader could take "planet", "element" and
    # "mythology" as items too (before their sub-items).
    ("en_van_92", "mercury", """Here are some words associated with "mercury":

- Planet
  - Sun
  - Solar system
  - Orbit
- Element
  - Thermometer
  - Toxic
  - Liquid metal
  - Hg
- Mythology
  - Roman god
  - Messenger
  - Wings
- Other
  - Freddie Mercury
  - Queen
  - Retrograde""",
     ["sun", "solar system", "orbit", "thermometer", "toxic", "liquid metal", "hg",
      "roman god", "messenger", "wings", "freddie mercury", "queen", "retrograde"]),

    # Gemma-2-9B-it, bullets with sense notes in brackets.
    ("en_van_93", "jaguar", """Here are some words associated with "jaguar":

* Big cat (animal)
* Spots (animal)
* Rainforest (animal)
* Amazon (animal)
* Predator (animal)
* Car (brand)
* Luxury (brand)
* British (brand)
* Speed
* Fast
* Sleek
* Leopard (animal)
* Jacksonville Jaguars (NFL team)""",
     ["big cat", "spots", "rainforest", "amazon", "predator", "car", "luxury", "british",
      "speed", "fast", "sleek", "leopard", "jacksonville jaguars"]),

    # Mistral-7B-Instruct, numbered with bracket notes, cut mid-word at item 20.
    ("en_van_94", "amazon", """ 1. Rainforest
2. River
3. Online shopping
4. Jeff Bezos
5. Prime
6. Brazil
7. Delivery
8. Jungle
9. Packages
10. Kindle
11. Alexa
12. Warriors (the mythical Amazon women)
13. Biodiversity
14. South America
15. E-commerce
16. Wonder Woman
17. Deforestation
18. Cloud computing (AWS)
19. Parrots
20. Anacon""",
     ["rainforest", "river", "online shopping", "jeff bezos", "prime", "brazil", "delivery",
      "jungle", "packages", "kindle", "alexa", "warriors", "biodiversity", "south america",
      "e-commerce", "wonder woman", "deforestation", "cloud computing", "parrots"]),

    # Llama-3.1-8B-Instruct, comma line with proper names.
    ("en_van_95", "orange", """Here are 20 words that come to mind when I read the word "orange":

Fruit, color, juice, citrus, vitamin C, peel, sweet, round, tangerine, Florida, sunset, pumpkin, Halloween, carrot, bright, zest, tree, Agent Orange, The Netherlands, marmalade""",
     ["fruit", "color", "juice", "citrus", "vitamin c", "peel", "sweet", "round",
      "tangerine", "florida", "sunset", "pumpkin", "halloween", "carrot", "bright", "zest",
      "tree", "agent orange", "the netherlands", "marmalade"]),

    # Qwen2.5-7B-Instruct, numbered, one bracket note with a quoted word.
    ("en_van_96", "tip", """Here are 15 words associated with "tip":

1. Waiter
2. Restaurant
3. Money
4. Gratuity
5. Advice
6. Hint
7. Point
8. Top
9. Tip of the iceberg
10. Fingertip
11. Pen
12. Service
13. Tip over
14. Garbage dump (British "tip")
15. Trick""",
     ["waiter", "restaurant", "money", "gratuity", "advice", "hint", "point", "top",
      "tip of the iceberg", "fingertip", "pen", "service", "tip over", "garbage dump",
      "trick"]),

    # Gemma-2-9B-it, bold inline sense headers; "fall" and "fall over" are distinct.
    ("en_van_97", "trip", """Here are 15 words associated with "trip":

**Travel:** vacation, journey, holiday, road trip, luggage, adventure, tourist, flight
**Stumble:** fall, stumble, fall over, clumsy
**Other:** psychedelic, circuit breaker, guilt trip""",
     ["vacation", "journey", "holiday", "road trip", "luggage", "adventure", "tourist",
      "flight", "fall", "stumble", "fall over", "clumsy", "psychedelic", "circuit breaker",
      "guilt trip"]),

    # Llama-3.1-8B-Instruct, bold sense headings, continuous numbering; the headings
    # "Biology", "Prison", "Phone" are also listed as items.
    ("en_van_98", "cell", """Here are 20 words that come to mind when I read the word "cell":

**Biology:**
1. Nucleus
2. Membrane
3. Organism
4. DNA
5. Mitochondria
6. Biology
7. Microscope
8. Tissue

**Prison:**
9. Prison
10. Jail
11. Bars
12. Inmate
13. Solitary confinement

**Phone:**
14. Phone
15. Mobile
16. Cell tower
17. Signal

**Other:**
18. Battery
19. Spreadsheet
20. Solar cell""",
     ["nucleus", "membrane", "organism", "dna", "mitochondria", "biology", "microscope",
      "tissue", "prison", "jail", "bars", "inmate", "solitary confinement", "phone",
      "mobile", "cell tower", "signal", "battery", "spreadsheet", "solar cell"]),

    # Mistral-7B-Instruct, numbered, one bracket note.
    ("en_van_99", "current", """ 1. Electricity
2. Water flow
3. River
4. Ocean
5. Present
6. Now
7. Modern
8. Events
9. Affairs (current affairs)
10. Voltage
11. Amperes
12. Flow
13. Up-to-date
14. Trend
15. Stream""",
     ["electricity", "water flow", "river", "ocean", "present", "now", "modern", "events",
      "affairs", "voltage", "amperes", "flow", "up-to-date", "trend", "stream"]),

    # Phi-3, bare numbered list, no preamble.
    ("en_van_100", "organ", """1. Heart
2. Liver
3. Kidney
4. Body
5. Music
6. Church
7. Pipes
8. Donor
9. Transplant
10. Lungs
11. Keyboard
12. Anatomy
13. Brain
14. Skin
15. Instrument
16. Hammond organ
17. Bach
18. Cathedral
19. Surgery
20. Stomach""",
     ["heart", "liver", "kidney", "body", "music", "church", "pipes", "donor", "transplant",
      "lungs", "keyboard", "anatomy", "brain", "skin", "instrument", "hammond organ", "bach",
      "cathedral", "surgery", "stomach"]),

    # Qwen2.5-7B-Instruct, dash bullets.
    ("en_van_101", "letter", """Here are 15 words associated with "letter":

- Mail
- Envelope
- Alphabet
- Stamp
- Post office
- Write
- Postman
- ABC
- Handwriting
- Correspondence
- Love letter
- Paper
- Character
- Signature
- Cover letter""",
     ["mail", "envelope", "alphabet", "stamp", "post office", "write", "postman", "abc",
      "handwriting", "correspondence", "love letter", "paper", "character", "signature",
      "cover letter"]),

    # Gemma-2-9B-it, numbered, one bracket note naming a compound.
    ("en_van_102", "plant", """Here are 20 words associated with "plant", from strongest to weakest:

1. Green
2. Leaf
3. Grow
4. Flower
5. Water
6. Sun
7. Soil
8. Seed
9. Garden
10. Pot
11. Photosynthesis
12. Roots
13. Tree
14. Nature
15. Factory (power plant)
16. Stem
17. Houseplant
18. Oxygen
19. Chlorophyll
20. Cactus""",
     ["green", "leaf", "grow", "flower", "water", "sun", "soil", "seed", "garden", "pot",
      "photosynthesis", "roots", "tree", "nature", "factory", "stem", "houseplant", "oxygen",
      "chlorophyll", "cactus"]),

    # Llama-3.1-8B-Instruct, 20 numbered items then, after a blank line, a 21st.
    ("en_van_103", "glass", """Here are 20 words that come to mind when I read the word "glass":

1. Window
2. Clear
3. Transparent
4. Cup
5. Water
6. Break
7. Mirror
8. Fragile
9. Drink
10. Bottle
11. Sand
12. Shatter
13. Wine glass
14. Glasses
15. Reflection
16. Sharp
17. Crystal
18. Vase
19. Glass ceiling
20. Stained glass

21. Lens""",
     ["window", "clear", "transparent", "cup", "water", "break", "mirror", "fragile",
      "drink", "bottle", "sand", "shatter", "wine glass", "glasses", "reflection", "sharp",
      "crystal", "vase", "glass ceiling", "stained glass", "lens"]),

    # Mistral-7B-Instruct, numbered; closing sentence names two phrases not listed.
    ("en_van_104", "watch", """ 1. Time
2. Clock
3. Wrist
4. Rolex
5. Look
6. Observe
7. TV
8. Movie
9. Smartwatch
10. Guard
11. Night watch
12. Alarm
13. Hands
14. Strap
15. Apple Watch
16. Pocket watch
17. Battery
18. Stopwatch
19. Tick
20. Eye

Additionally, "watch out" and "watchdog" are common phrases using the word.""",
     ["time", "clock", "wrist", "rolex", "look", "observe", "tv", "movie", "smartwatch",
      "guard", "night watch", "alarm", "hands", "strap", "apple watch", "pocket watch",
      "battery", "stopwatch", "tick", "eye"]),

    # Gemma-2-9B-it, bullets, one bracket note.
    ("en_van_105", "park", """Here are 15 words associated with "park":

* Trees
* Grass
* Bench
* Playground
* Picnic
* Dog
* Swing
* Walk
* Nature
* Car (to park a car)
* Parking lot
* Central Park
* Jogging
* Pond
* National park""",
     ["trees", "grass", "bench", "playground", "picnic", "dog", "swing", "walk", "nature",
      "car", "parking lot", "central park", "jogging", "pond", "national park"]),

    # Qwen2.5-7B-Instruct, numbered, mixed senses.
    ("en_van_106", "bolt", """Here are 12 words associated with "bolt":

1. Lightning
2. Nut
3. Screw
4. Lock
5. Door
6. Usain Bolt
7. Fast
8. Thunder
9. Metal
10. Run away
11. Wrench
12. Fabric""",
     ["lightning", "nut", "screw", "lock", "door", "usain bolt", "fast", "thunder", "metal",
      "run away", "wrench", "fabric"]),

    # Llama-3.1-8B-Instruct, plain Strong / Weaker labels, continuous numbering.
    ("en_van_107", "club", """Here are 20 words associated with "club":

Strong associations:
1. Golf
2. Night club
3. Dance
4. Members
5. Party
6. Music
7. Sandwich

Weaker associations:
8. Cards (clubs suit)
9. Weapon
10. Caveman
11. Book club
12. Football club
13. Team
14. DJ
15. Bouncer
16. Drinks
17. Fan club
18. Membership card
19. Chess club
20. Social""",
     ["golf", "night club", "dance", "members", "party", "music", "sandwich", "cards",
      "weapon", "caveman", "book club", "football club", "team", "dj", "bouncer", "drinks",
      "fan club", "membership card", "chess club", "social"]),

    # Mistral-7B-Instruct, two sense labels with pronunciation notes, dash bullets.
    ("en_van_108", "lead", """ Here are some associations for "lead", both as the metal and as the verb:

As the metal (pronounced "led"):
- Pencil
- Heavy
- Poison
- Pipes
- Metal
- Pb
- Bullets

As the verb (pronounced "leed"):
- Leader
- Guide
- Follow
- Leadership
- Team
- Dog leash
- Head start
- First place""",
     ["pencil", "heavy", "poison", "pipes", "metal", "pb", "bullets", "leader", "guide",
      "follow", "leadership", "team", "dog leash", "head start", "first place"]),

    # Phi-3, numbered, one item with a bracket gloss containing a comma and quotes.
    ("en_van_109", "novel", """Here are 14 words associated with "novel":

1. Book
2. Story
3. Fiction
4. Author
5. Chapter
6. Plot
7. Character
8. Read
9. Library
10. New (as an adjective, "novel" means new)
11. Original
12. Literature
13. Bestseller
14. Pages""",
     ["book", "story", "fiction", "author", "chapter", "plot", "character", "read",
      "library", "new", "original", "literature", "bestseller", "pages"]),

    # Qwen2.5-7B-Instruct, numbered, many compounds that contain the cue.
    ("en_van_110", "chip", """Here are 20 words associated with "chip":

1. Potato chip
2. Computer chip
3. Semiconductor
4. Snack
5. Crisps
6. Microchip
7. Salsa
8. Silicon
9. Poker chip
10. Chocolate chip
11. Cookie
12. Crack
13. Intel
14. Fries
15. Processor
16. Chip on your shoulder
17. Wood chip
18. Casino
19. Salt
20. Dip""",
     ["potato chip", "computer chip", "semiconductor", "snack", "crisps", "microchip",
      "salsa", "silicon", "poker chip", "chocolate chip", "cookie", "crack", "intel", "fries",
      "processor", "chip on your shoulder", "wood chip", "casino", "salt", "dip"]),

    # Gemma-2-9B-it, comma line with "(N)" strengths 1-5, hyphenated brand item.
    ("en_van_111", "band", """Here are 15 words associated with "band", with association strength (1–5):

music (5), rock (5), concert (5), guitar (4), drums (4), singer (4), rubber band (3), wedding band (3), tour (3), members (3), marching band (2), album (2), wristband (2), frequency (1), Band-Aid (1)""",
     ["music", "rock", "concert", "guitar", "drums", "singer", "rubber band",
      "wedding band", "tour", "members", "marching band", "album", "wristband", "frequency",
      "band-aid"]),

    # Llama-3.1-8B-Instruct, numbered.
    ("en_van_112", "fan", """Here are 15 words that come to mind when I read the word "fan":

1. Cool
2. Air
3. Wind
4. Ceiling fan
5. Supporter
6. Sports
7. Celebrity
8. Follower
9. Enthusiast
10. Breeze
11. Blades
12. Summer
13. Fanatic
14. Fan club
15. Autograph""",
     ["cool", "air", "wind", "ceiling fan", "supporter", "sports", "celebrity", "follower",
      "enthusiast", "breeze", "blades", "summer", "fanatic", "fan club", "autograph"]),

    # Mistral-7B-Instruct, bare numbered list.
    ("en_van_113", "pool", """ 1. Swimming
2. Water
3. Summer
4. Diving
5. Chlorine
6. Lifeguard
7. Billiards
8. Cue
9. Ball
10. Party
11. Carpool
12. Gene pool
13. Betting pool
14. Resources
15. Splash
16. Deep end
17. Float
18. Tiles
19. Sunbathing
20. Lap""",
     ["swimming", "water", "summer", "diving", "chlorine", "lifeguard", "billiards", "cue",
      "ball", "party", "carpool", "gene pool", "betting pool", "resources", "splash",
      "deep end", "float", "tiles", "sunbathing", "lap"]),

    # Phi-3, two plain sense labels with inline comma lists.
    ("en_van_114", "ruler", """"Ruler" has two main meanings: a measuring tool and a person who rules. Here are some associated words for each:

Measuring tool: measure, inches, centimeters, straight line, school, geometry, length, wooden
Leader: king, queen, monarch, emperor, power, kingdom, throne, dictator""",
     ["measure", "inches", "centimeters", "straight line", "school", "geometry", "length",
      "wooden", "king", "queen", "monarch", "emperor", "power", "kingdom", "throne",
      "dictator"]),

    # Gemma-2-9B-it, bold headings without colons; heading words "Size" and "Fish" are
    # also items; continuous numbering.
    ("en_van_115", "scale", """Here are 20 words associated with "scale":

**Measuring weight**
1. Weight
2. Bathroom scale
3. Kitchen
4. Balance

**Size**
5. Size
6. Proportion
7. Map
8. Model

**Music**
9. Notes
10. Piano
11. Do re mi
12. Major
13. Minor

**Fish**
14. Fish
15. Reptile
16. Skin

**Other**
17. Climb
18. Richter scale
19. Economy of scale
20. Pay scale""",
     ["weight", "bathroom scale", "kitchen", "balance", "size", "proportion", "map",
      "model", "notes", "piano", "do re mi", "major", "minor", "fish", "reptile", "skin",
      "climb", "richter scale", "economy of scale", "pay scale"]),

    # Qwen2.5-7B-Instruct, numbered.
    ("en_van_116", "spirit", """Here are 15 words associated with "spirit":

1. Soul
2. Ghost
3. Holy Spirit
4. Energy
5. Religion
6. Team spirit
7. Alcohol
8. Whiskey
9. Mind
10. Courage
11. Afterlife
12. Mood
13. Christmas spirit
14. Supernatural
15. Faith""",
     ["soul", "ghost", "holy spirit", "energy", "religion", "team spirit", "alcohol",
      "whiskey", "mind", "courage", "afterlife", "mood", "christmas spirit", "supernatural",
      "faith"]),

    # Llama-3.1-8B-Instruct, comma line.
    ("en_van_117", "stick", """Here are 15 words that come to mind when I read the word "stick":

Wood, branch, twig, glue, tape, hockey stick, walking stick, stuck, drumstick, adhere, sticky, fetch, chopsticks, joystick, stay""",
     ["wood", "branch", "twig", "glue", "tape", "hockey stick", "walking stick", "stuck",
      "drumstick", "adhere", "sticky", "fetch", "chopsticks", "joystick", "stay"]),

    # Mistral-7B-Instruct, bracket notes; cut mid-word in the second word of a two-word
    # item (the whole item "Bullet tra" is dropped).
    ("en_van_118", "train", """ 1. Railway
2. Station
3. Tracks
4. Locomotive
5. Passengers
6. Travel
7. Ticket
8. Conductor
9. Steam engine
10. Subway
11. Exercise (to train at the gym)
12. Coach
13. Practice
14. Learn
15. Wedding dress (a train is the long back part of a dress)
16. Commute
17. Freight
18. Platform
19. Bullet tra""",
     ["railway", "station", "tracks", "locomotive", "passengers", "travel", "ticket",
      "conductor", "steam engine", "subway", "exercise", "coach", "practice", "learn",
      "wedding dress", "commute", "freight", "platform"]),

    # Gemma-2-9B-it, Strong / Weaker bullet sections with bracket sense notes.
    ("en_van_119", "bear", """Here are some words associated with "bear":

**Strong associations:**
* Grizzly
* Honey
* Forest
* Teddy bear
* Polar bear
* Claws
* Hibernate

**Weaker associations:**
* Brown
* Salmon
* Cave
* Winnie the Pooh
* Stock market (bear market)
* Carry (to bear a burden)
* Endure
* Cub
* Chicago Bears""",
     ["grizzly", "honey", "forest", "teddy bear", "polar bear", "claws", "hibernate",
      "brown", "salmon", "cave", "winnie the pooh", "stock market", "carry", "endure", "cub",
      "chicago bears"]),

    # Llama-3.1-8B-Instruct, numbered, noun and verb senses mixed.
    ("en_van_120", "duck", """Here are 12 words that come to mind when I read the word "duck":

1. Quack
2. Pond
3. Bird
4. Feathers
5. Water
6. Duckling
7. Donald Duck
8. Bread
9. Bend down
10. Dodge
11. Rubber duck
12. Lake""",
     ["quack", "pond", "bird", "feathers", "water", "duckling", "donald duck", "bread",
      "bend down", "dodge", "rubber duck", "lake"]),

    # Qwen2.5-7B-Instruct, table Word | Meaning | Strength, no preamble; the meaning
    # column quotes the cue.
    ("en_van_121", "fly", """| Word | Meaning of "fly" | Strength |
|------|------------------|----------|
| Bird | To fly (verb) | High |
| Airplane | To fly (verb) | High |
| Insect | Fly (insect) | High |
| Wings | To fly (verb) | High |
| Sky | To fly (verb) | Medium |
| Buzz | Fly (insect) | Medium |
| Pilot | To fly (verb) | Medium |
| Swatter | Fly (insect) | Medium |
| Zipper | Fly (on trousers) | Low |
| Fishing | Fly fishing | Low |
| Kite | To fly (verb) | Low |
| Freedom | To fly (verb) | Low |""",
     ["bird", "airplane", "insect", "wings", "sky", "buzz", "pilot", "swatter", "zipper",
      "fishing", "kite", "freedom"]),

    # Mistral-7B-Instruct, preamble then comma line.
    ("en_van_122", "iron", """ Here are 15 words associated with "iron":

Metal, steel, clothes, ironing board, wrinkles, strong, heavy, rust, Iron Man, blood, anemia, magnet, golf club, iron age, hot""",
     ["metal", "steel", "clothes", "ironing board", "wrinkles", "strong", "heavy", "rust",
      "iron man", "blood", "anemia", "magnet", "golf club", "iron age", "hot"]),

    # Phi-3, numbered, one idiom item with a bracket gloss.
    ("en_van_123", "nail", """Here are 15 words related to "nail":

1. Hammer
2. Finger
3. Nail polish
4. Wood
5. Metal
6. Manicure
7. Screw
8. Toenail
9. Carpenter
10. Sharp
11. Construction
12. Salon
13. File
14. Nail it (to succeed)
15. Pin""",
     ["hammer", "finger", "nail polish", "wood", "metal", "manicure", "screw", "toenail",
      "carpenter", "sharp", "construction", "salon", "file", "nail it", "pin"]),

    # Gemma-2-9B-it, bold sense headings with pronunciation notes; heading words "Line",
    # "Boat", "Argument" are also listed as items.
    ("en_van_124", "row", """Here are 15 words associated with "row":

**Line (rhymes with "go"):**
* Line
* Column
* Seat
* Order
* Spreadsheet

**Boat (rhymes with "go"):**
* Boat
* Oar
* Paddle
* Rowing
* River
* Crew

**Argument (rhymes with "cow"):**
* Fight
* Argument
* Quarrel
* Dispute""",
     ["line", "column", "seat", "order", "spreadsheet", "boat", "oar", "paddle", "rowing",
      "river", "crew", "fight", "argument", "quarrel", "dispute"]),

    # Llama-3.1-8B-Instruct, "Top 5:" and "Next 15:" comma lines (both count).
    ("en_van_125", "love", """Here are 20 words that come to mind when I read the word "love":

Top 5:
Heart, romance, family, passion, kiss

Next 15:
Affection, care, marriage, hug, friendship, Valentine's Day, red, rose, trust, partner, happiness, devotion, warmth, soulmate, forever""",
     ["heart", "romance", "family", "passion", "kiss", "affection", "care", "marriage",
      "hug", "friendship", "valentine's day", "red", "rose", "trust", "partner",
      "happiness", "devotion", "warmth", "soulmate", "forever"]),

    # Qwen2.5-7B-Instruct, "Words:" and "Phrases:" sections, continuous numbering.
    ("en_van_126", "time", """Here are 20 words associated with "time":

**Words:**
1. Clock
2. Watch
3. Hour
4. Minute
5. Second
6. Past
7. Future
8. Present
9. Calendar
10. Schedule
11. Deadline
12. Eternity
13. History
14. Age

**Phrases:**
15. Time flies
16. Time is money
17. Once upon a time
18. Time zone
19. Time travel
20. Killing time""",
     ["clock", "watch", "hour", "minute", "second", "past", "future", "present", "calendar",
      "schedule", "deadline", "eternity", "history", "age", "time flies", "time is money",
      "once upon a time", "time zone", "time travel", "killing time"]),

    # Mistral-7B-Instruct, numbered, one item with an internal abbreviation period.
    ("en_van_127", "house", """ 1. Home
2. Family
3. Roof
4. Door
5. Windows
6. Garden
7. Kitchen
8. Bedroom
9. Walls
10. Building
11. Mortgage
12. Neighborhood
13. Furniture
14. Garage
15. Rent
16. Real estate
17. Chimney
18. House music
19. Dr. House
20. House of Representatives""",
     ["home", "family", "roof", "door", "windows", "garden", "kitchen", "bedroom", "walls",
      "building", "mortgage", "neighborhood", "furniture", "garage", "rent", "real estate",
      "chimney", "house music", "dr. house", "house of representatives"]),

    # Gemma-2-9B-it, comma line.
    ("en_van_128", "city", """Here are 20 words associated with "city":

Buildings, skyscrapers, traffic, people, streets, noise, lights, crowds, downtown, taxi, subway, apartments, restaurants, shopping, park, pollution, busy, urban, nightlife, New York""",
     ["buildings", "skyscrapers", "traffic", "people", "streets", "noise", "lights",
      "crowds", "downtown", "taxi", "subway", "apartments", "restaurants", "shopping",
      "park", "pollution", "busy", "urban", "nightlife", "new york"]),

    # Phi-3, preamble and comma list on one line, cut mid-word in the last item.
    ("en_van_129", "tree", """Here are 20 words associated with "tree": leaves, branches, roots, forest, wood, trunk, bark, green, oak, shade, nature, birds, fruit, pine, Christmas tree, oxygen, climbing, treehouse, se""",
     ["leaves", "branches", "roots", "forest", "wood", "trunk", "bark", "green", "oak",
      "shade", "nature", "birds", "fruit", "pine", "christmas tree", "oxygen", "climbing",
      "treehouse"]),

    # Llama-3.1-8B-Instruct, numbered top-level words with nested sub-bullets, the last
    # top-level item ("Money") has no children.
    # AMBIGUOUS: the numbered top-level words are taken as items (they are numbered like
    # "Money"); another reader could treat "finance", "river", "building" as category
    # headers and leave them out.
    ("en_van_130", "bank", """Here are 15 words that come to mind when I read the word "bank":

1. Finance
   - Loan
   - Interest
   - Savings
2. River
   - Shore
   - Water
3. Building
   - Vault
   - Teller
4. Money""",
     ["finance", "loan", "interest", "savings", "river", "shore", "water", "building",
      "vault", "teller", "money"]),

    # Llama-3.1-8B-Instruct, comma list, then a "Why these words?" section that re-lists
    # the same words with explanations (they count once, in the first list's order).
    ("en_van_131", "moon", """Here are 15 words associated with "moon":

night, stars, sky, full moon, crescent, astronaut, Apollo, tides, werewolf, lunar, orbit, craters, Neil Armstrong, glow, eclipse

Why these words?
- **Night** and **stars**: the moon is most visible at night, surrounded by stars.
- **Full moon** and **crescent**: phases of the moon.
- **Astronaut**, **Apollo** and **Neil Armstrong**: the 1969 moon landing.
- **Tides**: the moon's gravity causes ocean tides.
- **Werewolf**: folklore about the full moon.
- **Eclipse**: when the moon blocks the sun.""",
     ["night", "stars", "sky", "full moon", "crescent", "astronaut", "apollo", "tides",
      "werewolf", "lunar", "orbit", "craters", "neil armstrong", "glow", "eclipse"]),

    # Qwen2.5-7B-Instruct, comma line that lists the cue itself as an item (kept).
    ("en_van_132", "cat", """Kitten, purr, meow, whiskers, pet, fur, dog, mouse, tail, claws, cat food, litter box, Siamese, lion, curious, cat, nap, independent, Garfield, yarn""",
     ["kitten", "purr", "meow", "whiskers", "pet", "fur", "dog", "mouse", "tail", "claws",
      "cat food", "litter box", "siamese", "lion", "curious", "cat", "nap", "independent",
      "garfield", "yarn"]),
]

ZH_LISTS = []

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = []  # this corpus has no rankings

# Answers whose text ends mid-word because of the token limit. en_van_13 and en_van_41
# are cut inside the gloss of a complete item (the item is kept); the others are cut
# inside the last item (the item is dropped).
TRUNCATED = {
    "en_van_07",
    "en_van_13",
    "en_van_20",
    "en_van_34",
    "en_van_41",
    "en_van_94",
    "en_van_118",
    "en_van_129",
}

# Other readings are given in the comment above each entry.
AMBIGUOUS = {
    "en_van_57",   # "Bonus:" line taken; could be left out
    "en_van_65",   # "Needle/syringe" split; could be one item
    "en_van_92",   # nested top-level words read as headers; could be items
    "en_van_130",  # numbered top-level words read as items; could be headers
}
