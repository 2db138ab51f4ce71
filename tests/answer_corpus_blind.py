"""A second corpus of model answers, written for the tests by a tester who had not read
the parser (the blind part, LISTS and RANKINGS) and then aimed at holes it had spotted
(POST_LISTS, POST_RANKINGS).

Written by hand (not copied from real model outputs) in the style of:
Llama-3.1-8B-Instruct / Qwen2.5-7B-Instruct vanilla (chatty) and fine-tuned on
comma-separated SWOW association lists (terse), plus a few other chat models
and reasoning models (DeepSeek-R1-distill style <think> blocks).

LISTS    = [(id, cue, text, expected_words), ...]
RANKINGS = [(id, text, expected_ranked_words), ...]

ids encode the group: en_van_*, en_ft_*, zh_van_*, zh_ft_*, rk_*.
Expected words: what a careful human reader takes as the association list,
lowercased, in order, deduplicated, glosses/explanations removed, the cue
itself removed (this corpus' convention; the parser keeps a repeated cue, as the
paper's protocol does, so the tests compare without it), multi-word
associations kept intact, lists that run past the requested length kept whole
(cutting to 20 is a scoring decision, not a parsing one).

AMBIGUOUS lists the ids where a reasonable reader could disagree; the comment
at the case gives the alternative reading.
"""

AMBIGUOUS = set()


def amb(case_id):
    AMBIGUOUS.add(case_id)
    return case_id


EN_PROMPT = ('List the words that come to mind when you read the word "{cue}". '
             'Give between 10 and 20 words, separated by commas, the most strongly '
             'associated first.')

LISTS = [
    # ------------------------------------------------------------------ #
    # English, vanilla chat models
    # ------------------------------------------------------------------ #
    ("en_van_001", "bank",
     "Here are 15 words that come to mind when I read the word \"bank\":\n\n"
     "1. Money\n2. Account\n3. Loan\n4. Savings\n5. Deposit\n6. Withdrawal\n7. Teller\n"
     "8. ATM\n9. Interest\n10. Credit\n11. Vault\n12. Finance\n13. Check\n14. River\n15. Branch",
     ["money", "account", "loan", "savings", "deposit", "withdrawal", "teller", "atm",
      "interest", "credit", "vault", "finance", "check", "river", "branch"]),

    ("en_van_002", "dog",
     "Sure! Here are some words associated with \"dog\":\n\n"
     "Puppy, bark, leash, loyal, pet, bone, tail, fetch, walk, cat, collar, paw, fur, friend, kennel",
     ["puppy", "bark", "leash", "loyal", "pet", "bone", "tail", "fetch", "walk", "cat",
      "collar", "paw", "fur", "friend", "kennel"]),

    ("en_van_003", "coffee",
     "1. **Caffeine** - the stimulant found in coffee\n"
     "2. **Espresso** \u2013 a concentrated form of coffee\n"
     "3. **Morning** \u2013 when most people drink it\n"
     "4. **Mug**\n"
     "5. **Beans** \u2014 roasted coffee seeds\n"
     "6. **Latte**\n7. **Starbucks**\n8. **Cup**\n9. **Aroma**\n10. **Barista**\n\n"
     "Let me know if you'd like more!",
     ["caffeine", "espresso", "morning", "mug", "beans", "latte", "starbucks", "cup",
      "aroma", "barista"]),

    ("en_van_004", "winter",
     "Here are some words associated with \"winter\", grouped by category:\n\n"
     "**Weather:**\n- Snow\n- Cold\n- Ice\n- Frost\n\n"
     "**Activities:**\n- Skiing\n- Sledding\n- Ice skating\n\n"
     "**Holidays:**\n- Christmas\n- New Year\n\n"
     "**Clothing:**\n- Scarf\n- Gloves\n- Coat",
     ["snow", "cold", "ice", "frost", "skiing", "sledding", "ice skating", "christmas",
      "new year", "scarf", "gloves", "coat"]),

    ("en_van_005", "music",
     "**Instruments:** guitar, piano, drums, violin\n"
     "**Genres:** rock, jazz, classical, pop\n"
     "**Feelings:** joy, rhythm, melody",
     ["guitar", "piano", "drums", "violin", "rock", "jazz", "classical", "pop", "joy",
      "rhythm", "melody"]),

    ("en_van_006", "doctor",
     "Nurse, hospital, stethoscope (the tool doctors use to listen to your heart), patient, "
     "medicine, surgery, white coat, prescription (for medication), illness, health, clinic, "
     "appointment",
     ["nurse", "hospital", "stethoscope", "patient", "medicine", "surgery", "white coat",
      "prescription", "illness", "health", "clinic", "appointment"]),

    ("en_van_007", "apple",
     "1. Fruit\n   Apples are one of the most common fruits.\n"
     "2. Red\n   Many apples are red.\n"
     "3. Tree\n   Apples grow on trees.\n"
     "4. Pie\n   Apple pie is a classic dessert.\n"
     "5. Computer\n   Apple is also a famous tech company.\n"
     "6. Orchard\n7. Cider\n8. Juice\n9. Green\n10. Healthy",
     ["fruit", "red", "tree", "pie", "computer", "orchard", "cider", "juice", "green",
      "healthy"]),

    ("en_van_008", "kill",
     "I can't provide a list of words associated with violence. Is there something else I "
     "can help you with?",
     []),

    ("en_van_009", "happy",
     "Joy, smile, sunshine, laughter, cheerful, content, glad, excited, fun, love, friends, "
     "celebration\n\nWould you like me to explain any of these associations?",
     ["joy", "smile", "sunshine", "laughter", "cheerful", "content", "glad", "excited", "fun",
      "love", "friends", "celebration"]),

    ("en_van_010", "ocean",
     "Here are 12 words associated with \"ocean\":\n\n"
     "1. Waves\n2. Sea\n3. Blue\n4. Beach\n5. Fish\n6. Salt\n7. Whale\n8. Tide\n9. Deep\n"
     "10. Sand\n11. Shark\n12. Coral\n\n"
     "Note: The order reflects how strongly each word is associated with \"ocean\" in my mind.",
     ["waves", "sea", "blue", "beach", "fish", "salt", "whale", "tide", "deep", "sand",
      "shark", "coral"]),

    ("en_van_011", "money",
     "Money, cash, dollars, wealth, rich, bank, coins, currency, money, greed, spending, salary",
     ["cash", "dollars", "wealth", "rich", "bank", "coins", "currency", "greed", "spending",
      "salary"]),

    ("en_van_012", "school",
     "Here are the words that come to mind:\n\n"
     "1. Teacher\n2. Students\n3. Classroom\n4. Homework\n5. Books\n6. Learning\n7. Education\n"
     "8. Exams\n9. Desk\n10. Bus\n11. Friends\n12. Recess\n13. Lunch\n14. Principal\n"
     "15. Grades\n16. Backpack\n17. Pencil\n18. Library\n19. Graduation\n20. Uniform\n"
     "21. Bell\n22. Playground\n23. Chalkboard\n24. Detention\n25. Field trip",
     ["teacher", "students", "classroom", "homework", "books", "learning", "education",
      "exams", "desk", "bus", "friends", "recess", "lunch", "principal", "grades",
      "backpack", "pencil", "library", "graduation", "uniform", "bell", "playground",
      "chalkboard", "detention", "field trip"]),

    # Truncated by max_new_tokens inside item 7 (unclosed bold). Alternative reading:
    # keep "camp"; a reader sees the bold never closes and drops it.
    (amb("en_van_013"), "fire",
     "1. **Flame** - The visible part of a fire.\n"
     "2. **Heat** - Fire produces intense heat.\n"
     "3. **Smoke** - A byproduct of burning.\n"
     "4. **Burn** - What fire does to materials.\n"
     "5. **Firefighter** - A person who puts out fires.\n"
     "6. **Ash** - What remains after\n"
     "7. **Camp",
     ["flame", "heat", "smoke", "burn", "firefighter", "ash"]),

    ("en_van_014", "book",
     "| Rank | Word | Reason |\n|------|------|--------|\n"
     "| 1 | Read | Books are for reading |\n"
     "| 2 | Library | Where books are kept |\n"
     "| 3 | Pages | Every book has pages |\n"
     "| 4 | Author | Someone writes it |\n"
     "| 5 | Story | Most books tell one |\n"
     "| 6 | Novel | A common kind of book |",
     ["read", "library", "pages", "author", "story", "novel"]),

    ("en_van_015", "red",
     "<think>\nOkay, the user wants words associated with \"red\". Let me think: apple, blood, "
     "fire, rose... maybe also anger, love. Stop sign too.\n</think>\n\n"
     "Blood, rose, apple, fire, love, anger, stop, heart, danger, cherry, strawberry, passion",
     ["blood", "rose", "apple", "fire", "love", "anger", "stop", "heart", "danger", "cherry",
      "strawberry", "passion"]),

    ("en_van_016", "tree",
     "Leaves; branches; roots; forest; wood; green; oak; shade; bark; nature",
     ["leaves", "branches", "roots", "forest", "wood", "green", "oak", "shade", "bark",
      "nature"]),

    ("en_van_017", "rain",
     "Sure, here you go: umbrella, wet, clouds, storm, puddle, drops, thunder, water, gray, "
     "weather",
     ["umbrella", "wet", "clouds", "storm", "puddle", "drops", "thunder", "water", "gray",
      "weather"]),

    ("en_van_018", "car",
     "1) Drive 2) Road 3) Wheels 4) Engine 5) Gas 6) Traffic 7) Keys 8) Speed 9) Garage "
     "10) Seatbelt",
     ["drive", "road", "wheels", "engine", "gas", "traffic", "keys", "speed", "garage",
      "seatbelt"]),

    ("en_van_019", "sun",
     "Here are words associated with \"sun\":\n\n"
     "* Light: the sun gives us light\n* Heat: it keeps Earth warm\n"
     "* Summer: the sunniest season\n* Sky\n* Yellow: the color we draw it\n"
     "* Star: the sun is a star\n* Sunshine\n* Solar energy: power from the sun\n"
     "* Beach\n* Day",
     ["light", "heat", "summer", "sky", "yellow", "star", "sunshine", "solar energy", "beach",
      "day"]),

    ("en_van_020", "moon",
     "The words that come to mind are: stars, night, tides, crescent, lunar, astronaut, full "
     "moon, werewolf, and craters.",
     ["stars", "night", "tides", "crescent", "lunar", "astronaut", "full moon", "werewolf",
      "craters"]),

    ("en_van_021", "love",
     "(1) Heart\n(2) Romance\n(3) Passion\n(4) Kiss\n(5) Marriage\n(6) Affection\n"
     "(7) Valentine\n(8) Hug\n(9) Family\n(10) Care",
     ["heart", "romance", "passion", "kiss", "marriage", "affection", "valentine", "hug",
      "family", "care"]),

    ("en_van_022", "house",
     "\u2022 Home\n\u2022 Family\n\u2022 Roof\n\u2022 Door\n\u2022 Garden\n\u2022 Window\n"
     "\u2022 Kitchen\n\u2022 Rent\n\u2022 Mortgage\n\u2022 Neighborhood",
     ["home", "family", "roof", "door", "garden", "window", "kitchen", "rent", "mortgage",
      "neighborhood"]),

    ("en_van_023", "teacher",
     "1: Student\n2: School\n3: Classroom\n4: Lesson\n5: Homework\n6: Blackboard\n"
     "7: Education\n8: Grades\n9: Apple\n10: Exam",
     ["student", "school", "classroom", "lesson", "homework", "blackboard", "education",
      "grades", "apple", "exam"]),

    ("en_van_024", "phone",
     "#1 Call\n#2 Smartphone\n#3 Text\n#4 iPhone\n#5 Screen\n#6 Ring\n#7 App\n#8 Battery\n"
     "#9 Charger\n#10 Contact",
     ["call", "smartphone", "text", "iphone", "screen", "ring", "app", "battery", "charger",
      "contact"]),

    ("en_van_025", "water",
     "**1. Drink**\n**2. Ocean**\n**3. Wet**\n**4. Thirst**\n**5. Ice**\n**6. River**\n"
     "**7. Rain**\n**8. Swim**\n**9. Clear**\n**10. H2O**",
     ["drink", "ocean", "wet", "thirst", "ice", "river", "rain", "swim", "clear", "h2o"]),

    ("en_van_026", "baby",
     "### Words associated with \"baby\"\n\n"
     "1. Infant\n2. Cry\n3. Diaper\n4. Mother\n5. Cute\n6. Bottle\n7. Crib\n8. Newborn\n"
     "9. Tiny\n10. Stroller\n\n---\n\nI hope this helps!",
     ["infant", "cry", "diaper", "mother", "cute", "bottle", "crib", "newborn", "tiny",
      "stroller"]),

    # Comma list hard-wrapped over several lines.
    ("en_van_027", "bread",
     "Sure! Here are 12 words, ranked from most to least associated:\n\n"
     "butter, toast, bakery, wheat, flour,\nsandwich, loaf, dough, yeast, crust,\n"
     "baguette, slice",
     ["butter", "toast", "bakery", "wheat", "flour", "sandwich", "loaf", "dough", "yeast",
      "crust", "baguette", "slice"]),

    # Gloss introduced by a comma inside a numbered item.
    ("en_van_028", "king",
     "1. Queen, because kings are usually married to queens\n"
     "2. Crown, the symbol of royal power\n"
     "3. Throne\n4. Castle\n5. Kingdom\n6. Royal\n7. Prince\n8. Power\n9. Ruler\n10. Chess",
     ["queen", "crown", "throne", "castle", "kingdom", "royal", "prince", "power", "ruler",
      "chess"]),

    # Prose answer. Alternative: [] (no list given); a careful reader extracts the nouns.
    (amb("en_van_029"), "hospital",
     "When I think of \"hospital\", the first things that come to mind are doctors, nurses, "
     "and patients. I also think of surgery, emergency rooms, ambulances, medicine, and "
     "illness.",
     ["doctors", "nurses", "patients", "surgery", "emergency rooms", "ambulances", "medicine",
      "illness"]),

    ("en_van_030", "computer",
     "Keyboard (input), Mouse (pointer), Screen, Internet, Software, Laptop, Code, "
     "Programming, Technology, Data",
     ["keyboard", "mouse", "screen", "internet", "software", "laptop", "code", "programming",
      "technology", "data"]),

    ("en_van_031", "garden",
     "\"Flowers\", \"plants\", \"soil\", \"vegetables\", \"roses\", \"weeds\", \"grass\", "
     "\"shovel\", \"bees\", \"sunlight\"",
     ["flowers", "plants", "soil", "vegetables", "roses", "weeds", "grass", "shovel", "bees",
      "sunlight"]),

    # Bare lines, some with a dash gloss.
    ("en_van_032", "chair",
     "Here are some words I associate with chair:\n\n"
     "Table \u2014 you usually sit at one\nSit\nFurniture\nWood\nCushion\n"
     "Desk \u2014 office chairs\nLegs\nRest\nArmchair\nStool",
     ["table", "sit", "furniture", "wood", "cushion", "desk", "legs", "rest", "armchair",
      "stool"]),

    # Gemma-style grouped bullets with bold headings on their own line.
    ("en_van_033", "mother",
     "Here are some words that come to mind when I think of \"mother\":\n\n"
     "**Emotional:**\n\n* Love\n* Care\n* Warmth\n* Nurturing\n\n"
     "**Roles:**\n\n* Parent\n* Caregiver\n* Teacher\n\n"
     "**Other:**\n\n* Family\n* Home\n* Child\n\n"
     "Let me know if you'd like more associations!",
     ["love", "care", "warmth", "nurturing", "parent", "caregiver", "teacher", "family",
      "home", "child"]),

    ("en_van_034", "snow",
     "Sure \u2014 here are 15 words associated with **snow**, strongest first:\n\n"
     "1. Cold\n2. Winter\n3. White\n4. Ice\n5. Snowman\n6. Flakes\n7. Ski\n8. Frost\n"
     "9. Blizzard\n10. Sled\n11. Christmas\n12. Shovel\n13. Boots\n14. Powder\n15. Avalanche",
     ["cold", "winter", "white", "ice", "snowman", "flakes", "ski", "frost", "blizzard",
      "sled", "christmas", "shovel", "boots", "powder", "avalanche"]),

    # Reasoning model without think tags, ends with "Final answer:".
    ("en_van_035", "dream",
     "Let me brainstorm. Dream makes me think of sleep first, then night, nightmare, and "
     "imagination. Goals are also called dreams.\n\n"
     "Final answer: sleep, night, nightmare, imagination, goal, bed, vision, fantasy, wish, hope",
     ["sleep", "night", "nightmare", "imagination", "goal", "bed", "vision", "fantasy", "wish",
      "hope"]),

    ("en_van_036", "spider",
     "Web, web, Legs, eight legs, Fear, Insect, Bite, Venom, Spiderman, Creepy, Arachnid",
     ["web", "legs", "eight legs", "fear", "insect", "bite", "venom", "spiderman", "creepy",
      "arachnid"]),

    ("en_van_037", "cloud",
     "Here are my associations for \"cloud\":\n\n"
     "sky\n\nrain\n\nwhite\n\nfluffy\n\nstorm\n\ncomputing\n\nweather\n\ngray\n\nthunder\n\nnine",
     ["sky", "rain", "white", "fluffy", "storm", "computing", "weather", "gray", "thunder",
      "nine"]),

    ("en_van_038", "sex",
     "I'd be happy to help with word associations! For \"sex\", some common associations "
     "include: gender, love, intimacy, relationship, reproduction, biology, romance, "
     "attraction, male, female.",
     ["gender", "love", "intimacy", "relationship", "reproduction", "biology", "romance",
      "attraction", "male", "female"]),

    ("en_van_039", "pizza",
     "Cheese, Italy, pepperoni, slice, delivery, tomato, crust, dough, oven, party, mozzarella"
     "\n\nThese words are listed in order of how strongly they are associated with \"pizza\" "
     "in my mind.",
     ["cheese", "italy", "pepperoni", "slice", "delivery", "tomato", "crust", "dough", "oven",
      "party", "mozzarella"]),

    # One-shot prompt "cat -> dog, mouse, milk"; the model echoes the format.
    ("en_van_040", "summer",
     "summer -> sun, beach, vacation, hot, swimming, ice cream, holiday, june, heat, barbecue",
     ["sun", "beach", "vacation", "hot", "swimming", "ice cream", "holiday", "june", "heat",
      "barbecue"]),

    ("en_van_041", "bridge",
     "Word: bridge\nAssociations: river, cross, water, golden gate, road, span, connection, "
     "steel, tunnel, arch",
     ["river", "cross", "water", "golden gate", "road", "span", "connection", "steel",
      "tunnel", "arch"]),

    # "Free associate with forest" -> ellipsis stream.
    ("en_van_042", "forest",
     "Forest... trees... green... deep... wolves... moss... hiking... silence... mushrooms... dark",
     ["trees", "green", "deep", "wolves", "moss", "hiking", "silence", "mushrooms", "dark"]),

    # Free-association chain. Alternative reading: only "lock" is an association of
    # "key" (the rest associate with the previous word); I keep the whole chain.
    (amb("en_van_043"), "key",
     "key \u2192 lock \u2192 door \u2192 house \u2192 home \u2192 family",
     ["lock", "door", "house", "home", "family"]),

    # Qwen emitting full-width commas in English.
    ("en_van_044", "bank",
     "Money\uff0c loan\uff0c account\uff0c savings\uff0c interest\uff0c ATM\uff0c teller\uff0c "
     "credit\uff0c deposit\uff0c finance",
     ["money", "loan", "account", "savings", "interest", "atm", "teller", "credit", "deposit",
      "finance"]),

    ("en_van_045", "cake",
     "1. **Sweet** (as in sweet taste)\n2. **Dessert**\n3. **Chocolate**\n4. **Sugar**\n"
     "5. **Birthday** (birthday cake)\n6. **Frosting**\n7. **Bake**\n8. **Candles**\n"
     "9. **Party**\n10. **Slice**",
     ["sweet", "dessert", "chocolate", "sugar", "birthday", "frosting", "bake", "candles",
      "party", "slice"]),

    ("en_van_046", "night",
     "Sure, here are some words associated with \"night\":\n\n"
     "1. Dark\n2. Moon\n3. Stars\n4. Sleep\n5. Quiet\n6. Owl\n7. Dream\n8. Bedtime\n"
     "9. Midnight\n10. Cold\n\n"
     "These associations are based on common experiences and cultural references.",
     ["dark", "moon", "stars", "sleep", "quiet", "owl", "dream", "bedtime", "midnight",
      "cold"]),

    # Nested bullets: top level are category headers. Alternative: keep "animals",
    # "people", "things" too ("animals" is itself a plausible association of zoo).
    (amb("en_van_047"), "zoo",
     "- Animals\n  - Lion\n  - Elephant\n  - Monkey\n- People\n  - Zookeeper\n  - Visitors\n"
     "- Things\n  - Cage\n  - Tickets",
     ["lion", "elephant", "monkey", "zookeeper", "visitors", "cage", "tickets"]),

    ("en_van_048", "december",
     "Ice cream, snowman, hot chocolate, ice-skating, New Year's Eve, Santa Claus, fireplace, "
     "cold, mittens, snowball fight",
     ["ice cream", "snowman", "hot chocolate", "ice-skating", "new year's eve", "santa claus",
      "fireplace", "cold", "mittens", "snowball fight"]),

    ("en_van_049", "beach",
     "1 - Sand\n2 - Sun\n3 - Waves\n4 - Swimming\n5 - Towel\n6 - Shells\n7 - Vacation\n"
     "8 - Surf\n9 - Sunscreen\n10 - Umbrella",
     ["sand", "sun", "waves", "swimming", "towel", "shells", "vacation", "surf", "sunscreen",
      "umbrella"]),

    ("en_van_050", "suicide",
     "If you're having thoughts of suicide, please know you are not alone. You can reach the "
     "988 Suicide & Crisis Lifeline by calling or texting 988 in the US, or contact a local "
     "emergency service.",
     []),

    # Think block never closed (cut by the token limit): no answer was given.
    # Alternative: salvage "music, strings, rock" from the draft.
    (amb("en_van_051"), "guitar",
     "<think>\nThe user wants associations for \"guitar\". First, music, strings, rock... "
     "Let me order them: music, strings, rock",
     []),

    ("en_van_052", "bee",
     "1. \"Honey\" \u2014 bees make it\n2. \"Sting\"\n3. \"Hive\"\n4. \"Flower\"\n5. \"Buzz\"\n"
     "6. \"Pollen\"\n7. \"Yellow\"\n8. \"Queen\"\n9. \"Wax\"\n10. \"Insect\"",
     ["honey", "sting", "hive", "flower", "buzz", "pollen", "yellow", "queen", "wax",
      "insect"]),

    ("en_van_053", "frozen",
     "Most strongly associated: ice, cold, freezer\n"
     "Moderately associated: Elsa, snow, winter\n"
     "Less strongly associated: food, peas, lake, stuck",
     ["ice", "cold", "freezer", "elsa", "snow", "winter", "food", "peas", "lake", "stuck"]),

    ("en_van_054", "kitchen",
     "Cooking, stove, oven, food, knife, fridge, sink, chef, pots, pans, recipe, and so on.",
     ["cooking", "stove", "oven", "food", "knife", "fridge", "sink", "chef", "pots", "pans",
      "recipe"]),

    ("en_van_055", "football",
     "Soccer, goal, team, stadium, referee, fans, score, World Cup, etc.",
     ["soccer", "goal", "team", "stadium", "referee", "fans", "score", "world cup"]),

    # Qwen: preamble + one long numbered line-per-item with "Word - sentence." then outro.
    ("en_van_056", "library",
     "Certainly! Here are 10 words strongly associated with \"library\", in order:\n\n"
     "1. Books - the main thing a library holds.\n"
     "2. Quiet - libraries are known for silence.\n"
     "3. Librarian - the person who manages it.\n"
     "4. Reading\n5. Study\n6. Shelves\n7. Borrow\n8. Knowledge\n9. Card\n10. Archive\n\n"
     "These words capture the essence of a library.",
     ["books", "quiet", "librarian", "reading", "study", "shelves", "borrow", "knowledge",
      "card", "archive"]),

    # Markdown-escaped numbering (copied from a renderer) and zero-padded numbers.
    ("en_van_057", "train",
     "01\\. Railway\n02\\. Station\n03\\. Tracks\n04\\. Travel\n05\\. Ticket\n06\\. Engine\n"
     "07\\. Passenger\n08\\. Subway\n09\\. Conductor\n10\\. Whistle",
     ["railway", "station", "tracks", "travel", "ticket", "engine", "passenger", "subway",
      "conductor", "whistle"]),

    # Words wrapped in backticks, plus a closing question.
    ("en_van_058", "code",
     "`programming`, `computer`, `software`, `python`, `bug`, `developer`, `algorithm`, "
     "`secret`, `morse`, `password`\n\nDo you want associations for another word?",
     ["programming", "computer", "software", "python", "bug", "developer", "algorithm",
      "secret", "morse", "password"]),

    # ------------------------------------------------------------------ #
    # English, fine-tuned on SWOW comma lists (terse)
    # ------------------------------------------------------------------ #
    ("en_ft_001", "bank",
     "money, river, account, loan, teller, vault, rob, savings, deposit, atm, interest, check",
     ["money", "river", "account", "loan", "teller", "vault", "rob", "savings", "deposit",
      "atm", "interest", "check"]),

    ("en_ft_002", "dog",
     "cat, bark, puppy, pet, bone, leash, loyal, walk, fur, tail.",
     ["cat", "bark", "puppy", "pet", "bone", "leash", "loyal", "walk", "fur", "tail"]),

    ("en_ft_003", "coffee",
     "tea, cup, caffeine, morning, black, mug, bean, cream, starbucks, hot, espresso, latte, "
     "sugar, wake up, energy",
     ["tea", "cup", "caffeine", "morning", "black", "mug", "bean", "cream", "starbucks", "hot",
      "espresso", "latte", "sugar", "wake up", "energy"]),

    ("en_ft_004", "winter",
     "cold, snow, ice, christmas, coat, summer, scarf, december, frost, skiing<|eot_id|>",
     ["cold", "snow", "ice", "christmas", "coat", "summer", "scarf", "december", "frost",
      "skiing"]),

    ("en_ft_005", "music",
     "song, notes, dance, sound, band, rhythm, melody, concert, guitar, piano, radio, music, art",
     ["song", "notes", "dance", "sound", "band", "rhythm", "melody", "concert", "guitar",
      "piano", "radio", "art"]),

    # Degenerate repetition loop.
    ("en_ft_006", "happy",
     "sad, joy, smile, glad, fun, joy, smile, joy, smile, joy, smile, joy, smile, joy, smile",
     ["sad", "joy", "smile", "glad", "fun"]),

    # Cut mid-word by max_new_tokens. Alternative: keep "cid" (a parser cannot know).
    (amb("en_ft_007"), "apple",
     "fruit, red, tree, pie, green, orange, computer, juice, banana, core, cid",
     ["fruit", "red", "tree", "pie", "green", "orange", "computer", "juice", "banana", "core"]),

    ("en_ft_008", "night",
     "day, dark, moon, stars, sleep, black, late, owl, dream, bed</s>",
     ["day", "dark", "moon", "stars", "sleep", "black", "late", "owl", "dream", "bed"]),

    ("en_ft_009", "red",
     "blue, color, blood, apple, rose, fire, stop, hot, green, anger<|im_end|>",
     ["blue", "color", "blood", "apple", "rose", "fire", "stop", "hot", "green", "anger"]),

    ("en_ft_010", "doctor",
     " Nurse, Hospital, Sick, Medicine, Patient, Physician, Stethoscope, Surgeon, Health, Lawyer",
     ["nurse", "hospital", "sick", "medicine", "patient", "physician", "stethoscope",
      "surgeon", "health", "lawyer"]),

    ("en_ft_011", "ocean",
     "sea\nwater\nblue\nwaves\nbeach\nfish\nsalt\ndeep\nshark\nswim",
     ["sea", "water", "blue", "waves", "beach", "fish", "salt", "deep", "shark", "swim"]),

    ("en_ft_012", "fire",
     "fire: hot, burn, flame, smoke, red, water, wood, heat, danger, alarm",
     ["hot", "burn", "flame", "smoke", "red", "water", "wood", "heat", "danger", "alarm"]),

    # Fine-tune runs on into a hallucinated next turn.
    ("en_ft_013", "school",
     "teacher, student, class, learn, books, bus, homework, education, desk, study<|im_end|>\n"
     "<|im_start|>user\nList the words that come to mind when you read the word \"car\".",
     ["teacher", "student", "class", "learn", "books", "bus", "homework", "education", "desk",
      "study"]),

    ("en_ft_014", "book",
     "read, library, novel, page, story, author, cover, paperback, e-book, bookshelf, book club",
     ["read", "library", "novel", "page", "story", "author", "cover", "paperback", "e-book",
      "bookshelf", "book club"]),

    ("en_ft_015", "tree",
     "leaves, green, forest, wood, branch, oak, roots, bark, shade, nature, apple, climb, tall, "
     "birds, christmas tree",
     ["leaves", "green", "forest", "wood", "branch", "oak", "roots", "bark", "shade", "nature",
      "apple", "climb", "tall", "birds", "christmas tree"]),

    ("en_ft_016", "cat",
     "dog, meow, kitten, pet, mouse, fur, whiskers, purr, cute, claws, tail<|eot_id|><|eot_id|>",
     ["dog", "meow", "kitten", "pet", "mouse", "fur", "whiskers", "purr", "cute", "claws",
      "tail"]),

    ("en_ft_017", "rain",
     "umbrella, wet, water, cloud, storm, drops, puddle, gray, thunder, weather,, cold",
     ["umbrella", "wet", "water", "cloud", "storm", "drops", "puddle", "gray", "thunder",
      "weather", "cold"]),

    ("en_ft_018", "car",
     "drive, road, wheel, vehicle, engine, fast, gas, truck, keys, traffic, , ",
     ["drive", "road", "wheel", "vehicle", "engine", "fast", "gas", "truck", "keys",
      "traffic"]),

    ("en_ft_019", "sun",
     "hot, light, moon, yellow, bright, summer, star, day, warm, sky, beach, sunshine, burn",
     ["hot", "light", "moon", "yellow", "bright", "summer", "star", "day", "warm", "sky",
      "beach", "sunshine", "burn"]),

    ("en_ft_020", "moon",
     "night, stars, sky, sun, full, crescent, lunar, space, astronaut, cheese, tide, werewolf, "
     "light, dark, round, NASA, eclipse, orbit, crater, glow, silver, howl",
     ["night", "stars", "sky", "sun", "full", "crescent", "lunar", "space", "astronaut",
      "cheese", "tide", "werewolf", "light", "dark", "round", "nasa", "eclipse", "orbit",
      "crater", "glow", "silver", "howl"]),

    ("en_ft_021", "love",
     "HEART, ROMANCE, HATE, KISS, PASSION, MARRIAGE, FAMILY, CARE, HUG, AFFECTION",
     ["heart", "romance", "hate", "kiss", "passion", "marriage", "family", "care", "hug",
      "affection"]),

    ("en_ft_022", "house",
     "1. home 2. roof 3. door 4. family 5. garden 6. window 7. room 8. build 9. rent "
     "10. mortgage",
     ["home", "roof", "door", "family", "garden", "window", "room", "build", "rent",
      "mortgage"]),

    # Periods as separators. Alternative: one sentence; a reader sees a list.
    (amb("en_ft_023"), "teacher",
     "student. school. class. learn. education. apple. chalk. homework. desk. grade.",
     ["student", "school", "class", "learn", "education", "apple", "chalk", "homework",
      "desk", "grade"]),

    ("en_ft_024", "phone",
     "call , text , cell , mobile , ring , iphone , number , screen , app , talk",
     ["call", "text", "cell", "mobile", "ring", "iphone", "number", "screen", "app", "talk"]),

    ("en_ft_025", "water",
     "drink, ocean, wet, ice, h2o, blue, clear, thirst, river, rain, swim, bottle",
     ["drink", "ocean", "wet", "ice", "h2o", "blue", "clear", "thirst", "river", "rain", "swim",
      "bottle"]),

    ("en_ft_026", "baby",
     "Baby, infant, cry, mother, diaper, bottle, cute, small, child, crib, born",
     ["infant", "cry", "mother", "diaper", "bottle", "cute", "small", "child", "crib", "born"]),

    ("en_ft_027", "bread",
     "butter, toast, wheat, loaf, sandwich, bakery, dough, flour, white bread, yeast, rye, crumbs",
     ["butter", "toast", "wheat", "loaf", "sandwich", "bakery", "dough", "flour",
      "white bread", "yeast", "rye", "crumbs"]),

    ("en_ft_028", "king",
     "Associations: queen, crown, throne, royal, prince, castle, ruler, power, kingdom, lion",
     ["queen", "crown", "throne", "royal", "prince", "castle", "ruler", "power", "kingdom",
      "lion"]),

    ("en_ft_029", "hospital",
     "doctor, nurse, sick, patient, emergency room, ambulance, surgery, bed, medicine, illness, er",
     ["doctor", "nurse", "sick", "patient", "emergency room", "ambulance", "surgery", "bed",
      "medicine", "illness", "er"]),

    ("en_ft_030", "computer",
     "laptop, keyboard, mouse, screen, internet, technology, monitor, software, code, desktop, "
     "apple, pc, windows, data</s>",
     ["laptop", "keyboard", "mouse", "screen", "internet", "technology", "monitor", "software",
      "code", "desktop", "apple", "pc", "windows", "data"]),

    ("en_ft_031", "garden",
     "flowers, plants, vegetables, soil, weeds, grow, green, hose, rake, backyard, garden gnome",
     ["flowers", "plants", "vegetables", "soil", "weeds", "grow", "green", "hose", "rake",
      "backyard", "garden gnome"]),

    # The fine-tune repeats its whole answer twice.
    ("en_ft_032", "chair",
     "table, sit, seat, furniture, wood, desk, couch, stool, legs, armchair\n\n"
     "table, sit, seat, furniture, wood, desk, couch, stool, legs, armchair",
     ["table", "sit", "seat", "furniture", "wood", "desk", "couch", "stool", "legs",
      "armchair"]),

    # Lightly fine-tuned model still says one framing line.
    ("en_ft_033", "snake",
     "Here are my associations: reptile, venom, bite, hiss, scales, python, slither, fear, "
     "grass, poison",
     ["reptile", "venom", "bite", "hiss", "scales", "python", "slither", "fear", "grass",
      "poison"]),

    ("en_ft_034", "salt",
     "pepper, sea, ocean, shaker, white, sodium, taste, chips, water, table salt, flavor, "
     "pepper, sea",
     ["pepper", "sea", "ocean", "shaker", "white", "sodium", "taste", "chips", "water",
      "table salt", "flavor"]),

    # ------------------------------------------------------------------ #
    # Mandarin, vanilla chat models
    # ------------------------------------------------------------------ #
    ("zh_van_001", "\u94f6\u884c",
     "好的，以下是看到“银行”这个词时我会联想到的词语：\n\n"
     "1. 钱\n2. 存款\n3. 贷款\n4. 利息\n5. 账户\n6. 信用卡\n7. 取款机\n8. 柜台\n9. 理财\n"
     "10. 金融\n11. 储蓄\n12. 转账",
     ["钱", "存款", "贷款", "利息", "账户", "信用卡", "取款机", "柜台", "理财", "金融", "储蓄",
      "转账"]),

    ("zh_van_002", "狗",
     "狗，宠物，忠诚，骨头，猫，汪汪，朋友，小狗，遛狗，尾巴，看家",
     ["宠物", "忠诚", "骨头", "猫", "汪汪", "朋友", "小狗", "遛狗", "尾巴", "看家"]),

    ("zh_van_003", "咖啡",
     "1. 咖啡因 (kāfēiyīn)\n2. 提神 (tíshén)\n3. 早晨 (zǎochén)\n4. 苦 (kǔ)\n5. 拿铁 (nátiě)\n"
     "6. 星巴克 (xīngbākè)\n7. 咖啡豆 (kāfēidòu)\n8. 杯子 (bēizi)\n9. 牛奶 (niúnǎi)\n"
     "10. 熬夜 (áoyè)",
     ["咖啡因", "提神", "早晨", "苦", "拿铁", "星巴克", "咖啡豆", "杯子", "牛奶", "熬夜"]),

    ("zh_van_004", "冬天",
     "1. 雪 - snow\n2. 寒冷 - cold\n3. 圣诞节 - Christmas\n4. 围巾 - scarf\n5. 冰 - ice\n"
     "6. 羽绒服 - down jacket\n7. 春节 - Spring Festival\n8. 火锅 - hot pot\n"
     "9. 暖气 - heating\n10. 滑雪 - skiing",
     ["雪", "寒冷", "圣诞节", "围巾", "冰", "羽绒服", "春节", "火锅", "暖气", "滑雪"]),

    ("zh_van_005", "音乐",
     "歌曲（最直接的联想）、旋律、节奏、乐器、钢琴、吉他、演唱会、耳机、歌手、舞蹈",
     ["歌曲", "旋律", "节奏", "乐器", "钢琴", "吉他", "演唱会", "耳机", "歌手", "舞蹈"]),

    ("zh_van_006", "医生",
     "**人物：**护士、病人\n**地点：**医院、诊所\n**物品：**听诊器、白大褂、药\n"
     "**行为：**看病、手术、治疗",
     ["护士", "病人", "医院", "诊所", "听诊器", "白大褂", "药", "看病", "手术", "治疗"]),

    ("zh_van_007", "苹果",
     "水果，红色，甜，手机，iPhone，树，果汁，健康，苹果派，乔布斯\n\n"
     "希望这些联想对你有帮助！如果需要更多，请告诉我。",
     ["水果", "红色", "甜", "手机", "iphone", "树", "果汁", "健康", "苹果派", "乔布斯"]),

    ("zh_van_008", "夜晚",
     "一、月亮\n二、星星\n三、黑暗\n四、睡觉\n五、安静\n六、梦\n七、路灯\n八、夜宵\n九、失眠\n十、寂静",
     ["月亮", "星星", "黑暗", "睡觉", "安静", "梦", "路灯", "夜宵", "失眠", "寂静"]),

    ("zh_van_009", "快乐",
     "1、开心\n2、笑容\n3、幸福\n4、朋友\n5、生日\n6、阳光\n7、游戏\n8、满足\n9、家人\n10、音乐",
     ["开心", "笑容", "幸福", "朋友", "生日", "阳光", "游戏", "满足", "家人", "音乐"]),

    ("zh_van_010", "大海",
     "1. 海浪\n   大海最直观的形象就是翻滚的海浪。\n2. 蓝色\n   海水通常呈现蓝色。\n"
     "3. 沙滩\n4. 鱼\n5. 海鸥\n6. 船\n7. 辽阔\n8. 贝壳\n9. 咸\n10. 潜水",
     ["海浪", "蓝色", "沙滩", "鱼", "海鸥", "船", "辽阔", "贝壳", "咸", "潜水"]),

    ("zh_van_011", "学校",
     "Here are the words associated with \"学校\" (school):\n\n"
     "1. 老师 (teacher)\n2. 学生 (student)\n3. 教室 (classroom)\n4. 作业 (homework)\n"
     "5. 考试 (exam)\n6. 书本 (books)\n7. 操场 (playground)\n8. 同学 (classmate)\n"
     "9. 校服 (school uniform)\n10. 黑板 (blackboard)",
     ["老师", "学生", "教室", "作业", "考试", "书本", "操场", "同学", "校服", "黑板"]),

    ("zh_van_012", "火",
     "<think>\n用户让我列出与“火”相关的联想词……热、燃烧、红色……\n</think>\n\n"
     "热，燃烧，火焰，红色，消防员，烟，危险，温暖，篝火，火灾",
     ["热", "燃烧", "火焰", "红色", "消防员", "烟", "危险", "温暖", "篝火", "火灾"]),

    ("zh_van_013", "书",
     "| 排名 | 联想词 | 说明 |\n| --- | --- | --- |\n| 1 | 阅读 | 书的主要用途 |\n"
     "| 2 | 知识 | 书是知识的载体 |\n| 3 | 图书馆 | 存放书的地方 |\n| 4 | 作者 | |\n"
     "| 5 | 故事 | |\n| 6 | 纸 | |",
     ["阅读", "知识", "图书馆", "作者", "故事", "纸"]),

    ("zh_van_014", "红色",
     "1. **中国** —— 国旗的颜色\n2. **喜庆** —— 春节和婚礼\n3. **血** \n4. **火**\n"
     "5. **热情**\n6. **玫瑰**\n7. **危险**\n8. **红包**\n9. **太阳**\n10. **苹果**",
     ["中国", "喜庆", "血", "火", "热情", "玫瑰", "危险", "红包", "太阳", "苹果"]),

    ("zh_van_015", "猫",
     "喵, 宠物, 老鼠, 可爱, 毛, 鱼, 狗, 爪子, 胡须, 懒",
     ["喵", "宠物", "老鼠", "可爱", "毛", "鱼", "狗", "爪子", "胡须", "懒"]),

    ("zh_van_016", "树",
     "树叶、森林、绿色、木头、树枝、根、阴凉、氧气、鸟、大自然。\n\n你觉得这些联想怎么样？",
     ["树叶", "森林", "绿色", "木头", "树枝", "根", "阴凉", "氧气", "鸟", "大自然"]),

    ("zh_van_017", "雨",
     "雨伞、下雨天、潮湿、云、雷、水、彩虹、雨衣、阴天、湿",
     ["雨伞", "下雨天", "潮湿", "云", "雷", "水", "彩虹", "雨衣", "阴天", "湿"]),

    ("zh_van_018", "汽车",
     "1. 驾驶\n2. 公路\n3. 轮胎\n4. 汽油\n5. 堵车\n6. 司机\n7. 速度\n8. 停车场\n9. 发动机\n"
     "10. 方向盘\n\n注：以上排序按照联想强度由强到弱。",
     ["驾驶", "公路", "轮胎", "汽油", "堵车", "司机", "速度", "停车场", "发动机", "方向盘"]),

    ("zh_van_019", "太阳",
     "陽光、溫暖、熱、夏天、光明、月亮、星星、白天、能量、紅色",
     ["陽光", "溫暖", "熱", "夏天", "光明", "月亮", "星星", "白天", "能量", "紅色"]),

    # Cut by the token limit after "故" (故乡). Alternative: keep "故".
    (amb("zh_van_020"), "月亮",
     "1. 中秋节\n2. 月饼\n3. 嫦娥\n4. 夜晚\n5. 星星\n6. 思念\n7. 月光\n8. 玉兔\n9. 故",
     ["中秋节", "月饼", "嫦娥", "夜晚", "星星", "思念", "月光", "玉兔"]),

    ("zh_van_021", "爱情",
     "爱情，浪漫，玫瑰，心，恋人，婚姻，甜蜜，浪漫，心动，思念，爱情",
     ["浪漫", "玫瑰", "心", "恋人", "婚姻", "甜蜜", "心动", "思念"]),

    ("zh_van_022", "家",
     "好的！联想词如下：温暖、父母、房子、亲情、团圆、家人、港湾、孩子、晚饭、安全感",
     ["温暖", "父母", "房子", "亲情", "团圆", "家人", "港湾", "孩子", "晚饭", "安全感"]),

    ("zh_van_023", "老师",
     "- 1. 学生\n- 2. 教室\n- 3. 粉笔\n- 4. 黑板\n- 5. 讲台\n- 6. 作业\n- 7. 教师节\n"
     "- 8. 知识\n- 9. 辛苦\n- 10. 园丁",
     ["学生", "教室", "粉笔", "黑板", "讲台", "作业", "教师节", "知识", "辛苦", "园丁"]),

    ("zh_van_024", "手机",
     "微信、电话、iPhone、华为、短信、APP、屏幕、充电器、上网、游戏",
     ["微信", "电话", "iphone", "华为", "短信", "app", "屏幕", "充电器", "上网", "游戏"]),

    ("zh_van_025", "水",
     "①喝 ②河流 ③大海 ④清澈 ⑤生命 ⑥冰 ⑦雨 ⑧口渴 ⑨游泳 ⑩杯子",
     ["喝", "河流", "大海", "清澈", "生命", "冰", "雨", "口渴", "游泳", "杯子"]),

    # Prose answer. Alternative: [].
    (amb("zh_van_026"), "春节",
     "看到“春节”，我首先会想到红包和鞭炮，然后是饺子、春联、团圆饭、拜年、压岁钱、舞龙舞狮、烟花和回家。",
     ["红包", "鞭炮", "饺子", "春联", "团圆饭", "拜年", "压岁钱", "舞龙舞狮", "烟花", "回家"]),

    ("zh_van_027", "熊猫",
     "国宝、竹子、四川、可爱、黑白、动物园、功夫熊猫、胖、濒危、成都。",
     ["国宝", "竹子", "四川", "可爱", "黑白", "动物园", "功夫熊猫", "胖", "濒危", "成都"]),

    ("zh_van_028", "牛奶",
     "早餐（breakfast）、钙（calcium）、奶牛（cow）、白色（white）、营养、面包、酸奶、喝、奶茶、健康",
     ["早餐", "钙", "奶牛", "白色", "营养", "面包", "酸奶", "喝", "奶茶", "健康"]),

    ("zh_van_029", "电脑",
     "### 联想词\n\n**硬件类**\n- 键盘\n- 鼠标\n- 显示器\n\n**软件类**\n- 软件\n- 游戏\n- 上网\n\n"
     "**其他**\n- 程序员\n- 办公\n- 科技",
     ["键盘", "鼠标", "显示器", "软件", "游戏", "上网", "程序员", "办公", "科技"]),

    # Llama answering a Mandarin prompt in English.
    ("zh_van_030", "医院",
     "Doctor, nurse, patient, medicine, hospital bed, ambulance, surgery, illness, emergency, "
     "pharmacy",
     ["doctor", "nurse", "patient", "medicine", "hospital bed", "ambulance", "surgery",
      "illness", "emergency", "pharmacy"]),

    ("zh_van_031", "眼镜",
     "近视、镜片、镜框、眼睛、度数、隐形眼镜、眼镜店、墨镜、书生、视力。\n注意：“书生”是一种文化联想。",
     ["近视", "镜片", "镜框", "眼睛", "度数", "隐形眼镜", "眼镜店", "墨镜", "书生", "视力"]),

    ("zh_van_032", "月饼",
     "1. 中秋节：传统节日\n2. 团圆：象征家人团聚\n3. 莲蓉\n4. 五仁\n5. 月亮\n6. 甜\n7. 礼盒\n"
     "8. 蛋黄\n9. 嫦娥\n10. 送礼",
     ["中秋节", "团圆", "莲蓉", "五仁", "月亮", "甜", "礼盒", "蛋黄", "嫦娥", "送礼"]),

    # Qwen: preamble, numbered with full-width period, closing remark.
    ("zh_van_033", "电影",
     "当然可以！以下是我联想到的词语（按联想强度排序）：\n\n"
     "1．电影院\n2．演员\n3．爆米花\n4．导演\n5．票房\n6．剧情\n7．明星\n8．银幕\n9．好莱坞\n10．导演\n\n"
     "以上就是我的联想，供您参考。",
     ["电影院", "演员", "爆米花", "导演", "票房", "剧情", "明星", "银幕", "好莱坞"]),

    # Refusal in Mandarin.
    ("zh_van_034", "毒品",
     "抱歉，我无法提供与此相关的内容。如果您有其他问题，欢迎继续提问。",
     []),

    # ------------------------------------------------------------------ #
    # Mandarin, fine-tuned (terse; spaces / one per line common)
    # ------------------------------------------------------------------ #
    ("zh_ft_001", "银行",
     "钱，存款，贷款，利息，取款，卡，柜员，抢劫，储蓄，理财",
     ["钱", "存款", "贷款", "利息", "取款", "卡", "柜员", "抢劫", "储蓄", "理财"]),

    ("zh_ft_002", "狗",
     "猫 宠物 忠诚 骨头 汪汪 朋友 小狗 尾巴 遛狗 狗粮",
     ["猫", "宠物", "忠诚", "骨头", "汪汪", "朋友", "小狗", "尾巴", "遛狗", "狗粮"]),

    ("zh_ft_003", "咖啡",
     "提神\n苦\n咖啡因\n早上\n星巴克\n拿铁\n熬夜\n奶\n糖\n杯",
     ["提神", "苦", "咖啡因", "早上", "星巴克", "拿铁", "熬夜", "奶", "糖", "杯"]),

    ("zh_ft_004", "冬天",
     "冷、雪、寒冷、冰、棉袄、圣诞、过年、暖气、围巾、手套<|im_end|>",
     ["冷", "雪", "寒冷", "冰", "棉袄", "圣诞", "过年", "暖气", "围巾", "手套"]),

    ("zh_ft_005", "音乐",
     "歌，旋律 节奏，耳机、钢琴 吉他，歌手，演唱会",
     ["歌", "旋律", "节奏", "耳机", "钢琴", "吉他", "歌手", "演唱会"]),

    ("zh_ft_006", "快乐",
     "开心，高兴，幸福，开心，高兴，幸福，开心，高兴，幸福，开心，高兴，幸福",
     ["开心", "高兴", "幸福"]),

    ("zh_ft_007", "苹果",
     "苹果，水果，红，甜，手机，梨，香蕉，树，脆，健康",
     ["水果", "红", "甜", "手机", "梨", "香蕉", "树", "脆", "健康"]),

    ("zh_ft_008", "夜晚",
     "黑，月亮，星星，睡觉，安静，梦，路灯，宵夜，失眠，凉。",
     ["黑", "月亮", "星星", "睡觉", "安静", "梦", "路灯", "宵夜", "失眠", "凉"]),

    ("zh_ft_009", "大海",
     "蓝色  海浪  沙滩 鱼  咸  广阔 海鸥 船 游泳 贝壳",
     ["蓝色", "海浪", "沙滩", "鱼", "咸", "广阔", "海鸥", "船", "游泳", "贝壳"]),

    ("zh_ft_010", "学校",
     "老师， 同学， 教室， 上课， 作业， 考试， 操场， 书包， 校服， 食堂",
     ["老师", "同学", "教室", "上课", "作业", "考试", "操场", "书包", "校服", "食堂"]),

    ("zh_ft_011", "火",
     "热,烫,火焰,燃烧,红,消防,危险,烟,火灾,灭火",
     ["热", "烫", "火焰", "燃烧", "红", "消防", "危险", "烟", "火灾", "灭火"]),

    ("zh_ft_012", "书",
     "阅读，知识，图书馆，作者，故事，纸，笔，学习，文字，书",
     ["阅读", "知识", "图书馆", "作者", "故事", "纸", "笔", "学习", "文字"]),

    ("zh_ft_013", "红色",
     "中国 喜庆 血 火 热情 玫瑰 危险 红包 太阳 苹果</s>",
     ["中国", "喜庆", "血", "火", "热情", "玫瑰", "危险", "红包", "太阳", "苹果"]),

    ("zh_ft_014", "猫",
     "猫咪\n老鼠\n鱼\n可爱\n宠物\n狗\n喵\n毛\n懒\n抓\n\n",
     ["猫咪", "老鼠", "鱼", "可爱", "宠物", "狗", "喵", "毛", "懒", "抓"]),

    ("zh_ft_015", "樹",
     "樹葉、森林、綠色、木頭、樹枝、根、陰涼、氧氣、鳥、自然",
     ["樹葉", "森林", "綠色", "木頭", "樹枝", "根", "陰涼", "氧氣", "鳥", "自然"]),

    ("zh_ft_016", "雨",
     "伞，湿，云，雷，水，彩虹，雨衣，阴天，潮湿，下雨\n<|im_start|>user\n请列出看到“雪”这个词时你会联想到的词语",
     ["伞", "湿", "云", "雷", "水", "彩虹", "雨衣", "阴天", "潮湿", "下雨"]),

    ("zh_ft_017", "汽车",
     "开车，路，轮子，油，堵车，司机，快，停车，马路，车祸，宝马，奔驰，交通，驾照，加油站，高速，方向盘，座椅，"
     "喇叭，车库，车，修车",
     ["开车", "路", "轮子", "油", "堵车", "司机", "快", "停车", "马路", "车祸", "宝马", "奔驰",
      "交通", "驾照", "加油站", "高速", "方向盘", "座椅", "喇叭", "车库", "车", "修车"]),

    ("zh_ft_018", "太阳",
     "光，热，夏天，sun，月亮，温暖，白天，晒，阳光，能量",
     ["光", "热", "夏天", "sun", "月亮", "温暖", "白天", "晒", "阳光", "能量"]),

    ("zh_ft_019", "月亮",
     "中秋，月饼，嫦娥，夜，星星，思念，光，兔子，圆，故乡，，",
     ["中秋", "月饼", "嫦娥", "夜", "星星", "思念", "光", "兔子", "圆", "故乡"]),

    ("zh_ft_020", "爱情",
     "浪漫；玫瑰；心；恋人；婚姻；甜蜜；心动；思念；分手；亲吻",
     ["浪漫", "玫瑰", "心", "恋人", "婚姻", "甜蜜", "心动", "思念", "分手", "亲吻"]),

    # Slash-separated. Alternative: slash = "or" (alternatives within one response);
    # with ten of them it is a separator.
    (amb("zh_ft_021"), "家",
     "温暖/父母/房子/亲情/团圆/家人/孩子/晚饭/安全/妈妈",
     ["温暖", "父母", "房子", "亲情", "团圆", "家人", "孩子", "晚饭", "安全", "妈妈"]),

    ("zh_ft_022", "老师",
     "学生 教室 粉笔 黑板 讲台 作业 教师节 知识 辛苦 园丁 学生",
     ["学生", "教室", "粉笔", "黑板", "讲台", "作业", "教师节", "知识", "辛苦", "园丁"]),

    ("zh_ft_023", "手机",
     "微信 电话 iPhone 华为 短信 APP 屏幕 充电器 上网 游戏",
     ["微信", "电话", "iphone", "华为", "短信", "app", "屏幕", "充电器", "上网", "游戏"]),

    ("zh_ft_024", "熊猫",
     "联想：国宝，竹子，四川，可爱，黑白，动物园，胖，濒危，成都，功夫",
     ["国宝", "竹子", "四川", "可爱", "黑白", "动物园", "胖", "濒危", "成都", "功夫"]),

    ("zh_ft_025", "水",
     "1 喝\n2 河\n3 海\n4 清\n5 生命\n6 冰\n7 雨\n8 渴\n9 游泳\n10 杯",
     ["喝", "河", "海", "清", "生命", "冰", "雨", "渴", "游泳", "杯"]),

    ("zh_ft_026", "春节",
     "红包 鞭炮 饺子 春联 团圆饭 拜年 压岁钱 烟花 回家 过年 春晚<|endoftext|>",
     ["红包", "鞭炮", "饺子", "春联", "团圆饭", "拜年", "压岁钱", "烟花", "回家", "过年", "春晚"]),

    # One per line with a trailing full stop on each and a final empty chat token.
    ("zh_ft_027", "医生",
     "护士。\n医院。\n病人。\n白大褂。\n听诊器。\n看病。\n药。\n手术。\n打针。\n救死扶伤。<|eot_id|>",
     ["护士", "医院", "病人", "白大褂", "听诊器", "看病", "药", "手术", "打针", "救死扶伤"]),

    # Space-separated with one English multi-word item mixed in: genuinely ambiguous
    # ("ice cream" as one item vs two); best reading keeps the English phrase whole.
    (amb("zh_ft_028"), "夏天",
     "热 西瓜 空调 游泳 暑假 冰淇淋 ice cream 太阳 海边 蝉",
     ["热", "西瓜", "空调", "游泳", "暑假", "冰淇淋", "ice cream", "太阳", "海边", "蝉"]),
]


# ---------------------------------------------------------------------- #
# PPO ranking answers
# ---------------------------------------------------------------------- #
_B = ["money", "river", "loan", "account", "teller", "vault", "rob", "savings", "interest",
      "check"]
_ORDER = ["money", "account", "savings", "loan", "interest", "teller", "vault", "check", "rob",
          "river"]
_ZH = ["钱", "存款", "贷款", "利息", "账户", "柜员", "抢劫", "金库", "理财", "河岸"]
_DOG = ["cat", "puppy", "bark", "pet", "bone", "leash", "tail", "walk", "loyal", "fur"]
_WINTER = ["snow", "cold", "christmas", "ice skating", "hot chocolate", "coat", "scarf",
           "december", "frost", "summer"]


def _rank_lines(words, fmt):
    return "\n".join(fmt.format(i=i + 1, w=w) for i, w in enumerate(words))


def _cap(words):
    return [w[:1].upper() + w[1:] for w in words]


RANKINGS = [
    ("rk_001",
     "To rank these words, I considered how directly each one relates to banking.\n\n"
     "- Money is the core of banking.\n- Account and savings are basic services.\n"
     "- River refers to a different sense of bank, so it comes last.\n\n"
     "Final Ranking: " + ", ".join(_ORDER),
     _ORDER),

    ("rk_002",
     "Money is the most obvious association, followed by loans and accounts.\n\n"
     "**Final Ranking:** " + ", ".join(_cap(_ORDER)),
     _ORDER),

    ("rk_003",
     "Brief explanation: financial words first, the river sense last.\n\nFinal Ranking:\n"
     + _rank_lines(_ORDER, "{i}. {w}"),
     _ORDER),

    # ALIGN authors' format.
    ("rk_004",
     "Final Ranking:\n" + _rank_lines(_ORDER, "Rank {i}: {w}"),
     _ORDER),

    ("rk_005",
     "“钱”是与银行最直接相关的词，“河岸”则是另一种含义。\n\n最终排名：" + "，".join(_ZH),
     _ZH),

    ("rk_006",
     "最终排名：\n" + _rank_lines(_ZH, "排名{i}：{w}"),
     _ZH),

    # "Final Ranking" mentioned mid-sentence in the explanation first.
    ("rk_007",
     "I'll put money first and river last; my Final Ranking: will follow the directness of "
     "the link, river, money.\n\nFinal Ranking: " + ", ".join(_ORDER),
     _ORDER),

    ("rk_008",
     "Final Ranking: " + ", ".join(_cap(_ORDER)) + ".",
     _ORDER),

    ("rk_009",
     "Final Ranking: " + " > ".join(_ORDER),
     _ORDER),

    ("rk_010",
     "Final Ranking: " + ", ".join("%d. %s" % (i + 1, w) for i, w in enumerate(_ORDER)),
     _ORDER),

    ("rk_011",
     "Here is my reasoning...\n\n### Final ranking\n" + _rank_lines(_cap(_ORDER), "{i}. {w}"),
     _ORDER),

    ("rk_012",
     "Final Ranking:\n" + "\n".join(
         "%d. %s (%s)" % (i + 1, w.capitalize(), g) for i, (w, g) in enumerate(zip(
             _ORDER, ["most direct", "core service", "saving money", "borrowing",
                      "earned on savings", "bank staff", "stores valuables",
                      "payment method", "bank robbery", "different meaning"]))),
     _ORDER),

    # Draft ranking inside <think>, real one after it.
    ("rk_013",
     "<think>\nMaybe Final Ranking: river, money, loan... no wait, river is the other sense.\n"
     "</think>\n\nFinal Ranking: " + ", ".join(_ORDER),
     _ORDER),

    # Only 9 words (model forgot "check").
    ("rk_014",
     "Final Ranking: money, account, savings, loan, interest, teller, vault, rob, river",
     ["money", "account", "savings", "loan", "interest", "teller", "vault", "rob", "river"]),

    # Duplicated word; dedup keeps first.
    (amb("rk_015"),
     "Final Ranking: money, account, money, savings, loan, interest, teller, vault, check, rob, "
     "river",
     _ORDER),

    # Cut off before the final line. Alternative: none either way.
    ("rk_016",
     "Let me think about each word. Money is central to banks. Accounts are what customers "
     "open. Savings are kept in the bank. Loans are given by",
     []),

    ("rk_017",
     "最终排名:" + "、".join(_ZH),
     _ZH),

    ("rk_018",
     "解释：金融相关的词排在前面。\n\n**最终排名：**" + "，".join(_ZH),
     _ZH),

    ("rk_019",
     "Final Ranking:\n" + ", ".join(_ORDER),
     _ORDER),

    ("rk_020",
     "Final Ranking:\n" + _rank_lines(_ORDER, "**Rank {i}:** {w}"),
     _ORDER),

    ("rk_021",
     "Final Ranking:\n" + "\n".join(
         "Rank %d: %s - %s" % (i + 1, w, g) for i, (w, g) in enumerate(zip(
             _ORDER, ["the core concept", "basic service", "stored money", "credit",
                      "earned", "staff", "storage", "payment", "crime", "other sense"]))),
     _ORDER),

    ("rk_022",
     "最终排名：\n" + _rank_lines(_ZH, "排名{i}: {w}"),
     _ZH),

    ("rk_023",
     "最终排名：\n" + _rank_lines(_ZH, "排名 {i}：{w}"),
     _ZH),

    ("rk_024",
     "```\nFinal Ranking: " + ", ".join(_ORDER) + "\n```",
     _ORDER),

    ("rk_025",
     "Final Ranking: " + ", ".join(_ORDER) +
     "\n\nLet me know if you would like me to explain any placement in more detail!",
     _ORDER),

    ("rk_026",
     "Final Ranking: " + ", ".join('"%s"' % w for w in _ORDER),
     _ORDER),

    ("rk_027",
     "Dogs and cats are often paired.\n\nFinal Ranking: " + ", ".join(_cap(_DOG)) + "<|eot_id|>",
     _DOG),

    ("rk_028",
     "Snow and cold define winter; summer is its opposite.\n\nFinal Ranking: "
     + ", ".join(_WINTER),
     _WINTER),

    ("rk_029",
     "最终排名：" + " ".join("%d.%s" % (i + 1, w) for i, w in enumerate(_ZH)),
     _ZH),

    ("rk_030",
     "Final Ranking:\n" + _rank_lines(_ORDER, "Rank {i}: {w}") +
     "\n\nExplanation: money is the core of banking, while river is a different sense.",
     _ORDER),

    ("rk_031",
     "Final Ranking: " + " \u2192 ".join(_ORDER),
     _ORDER),

    ("rk_032",
     "Final Ranking: " + "; ".join(_ORDER),
     _ORDER),

    ("rk_033",
     "Final Ranking (most to least associated): " + ", ".join(_ORDER),
     _ORDER),

    # Mandarin prompt, English label.
    ("rk_034",
     "钱和存款最直接。\n\nFinal Ranking: " + "，".join(_ZH),
     _ZH),

    # Explanation as a numbered list *before* the final line: the final line wins.
    ("rk_035",
     "1. Money - the essence of a bank\n2. River - a riverbank is also a bank\n"
     "3. Loan - banks lend\n\nFinal Ranking: " + ", ".join(_ORDER),
     _ORDER),

    # Final line repeated twice (model restates it). Same content.
    ("rk_036",
     "Final Ranking: " + ", ".join(_ORDER) + "\n\nTo restate:\nFinal Ranking: "
     + ", ".join(_ORDER),
     _ORDER),

    # Multi-line ALIGN format for the Mandarin winter words with a closing line.
    ("rk_037",
     "最终排名：\n" + _rank_lines(["雪", "冷", "春节", "滑冰", "热可可", "大衣", "围巾", "十二月",
                                   "霜", "夏天"], "排名{i}：{w}") + "\n\n以上是我的排序。",
     ["雪", "冷", "春节", "滑冰", "热可可", "大衣", "围巾", "十二月", "霜", "夏天"]),
]


# ---------------------------------------------------------------------- #
# POST-READING SUPPLEMENT. Written after reading answers.py (so biased toward
# its weak spots); reported separately from the blind corpus above.
# ---------------------------------------------------------------------- #
POST_LISTS = [
    # Decoded with skip_special_tokens=True: the hallucinated next turn keeps its role name.
    ("en_ft_p01", "bank",
     "money, river, loan, account, teller, vault, rob, savings, deposit, atm\nuser\n"
     "List the words that come to mind when you read the word \"car\".",
     ["money", "river", "loan", "account", "teller", "vault", "rob", "savings", "deposit", "atm"]),
    ("en_ft_p02", "dog",
     "<|start_header_id|>assistant<|end_header_id|>\n\ncat, bark, puppy, pet, bone, leash",
     ["cat", "bark", "puppy", "pet", "bone", "leash"]),
    ("en_van_p03", "bank",
     "assistant\n\nHere are 5 words:\n\n1. Money\n2. Loan\n3. River\n4. Account\n5. Teller",
     ["money", "loan", "river", "account", "teller"]),
    ("en_van_p04", "bank",
     "Association 1: money\nAssociation 2: loan\nAssociation 3: river\nAssociation 4: account",
     ["money", "loan", "river", "account"]),
    ("en_van_p05", "bank",
     "1. Money \U0001F4B0\n2. Loan \U0001F3E6\n3. River \U0001F30A\n4. Vault \U0001F512",
     ["money", "loan", "river", "vault"]),
    ("zh_van_p06", "银行",
     "以下是联想词：\n钱 - 最直接的联想\n存款 - 银行的基本业务\n贷款 - 借钱\n利息\n理财",
     ["钱", "存款", "贷款", "利息", "理财"]),
    ("zh_van_p07", "银行",
     "1. 钱（qián）：最直接的联想\n2. 存款（cúnkuǎn）：基本业务\n3. 贷款\n4. 利息",
     ["钱", "存款", "贷款", "利息"]),
    ("zh_van_p08", "银行", "钱、存款、贷款、利息、理财等。", ["钱", "存款", "贷款", "利息", "理财"]),
    ("zh_van_p09", "银行", "钱、存款、贷款以及利息", ["钱", "存款", "贷款", "利息"]),
    ("zh_van_p10", "银行", "第一：钱\n第二：存款\n第三：贷款\n第四：利息",
     ["钱", "存款", "贷款", "利息"]),
    ("zh_van_p11", "银行", "钱、存款、贷款、利息和理财", ["钱", "存款", "贷款", "利息", "理财"]),
    ("zh_ft_p12", "和平", "鸽子，战争，和谐，和平鸽，安宁", ["鸽子", "战争", "和谐", "和平鸽", "安宁"]),
    ("en_van_p13", "bank",
     "Here are words related to bank/banking: money, loan, river, account",
     ["money", "loan", "river", "account"]),
    ("en_van_p14", "bank",
     "Sure! Here are 10 words:\n\nMoney, Loan, River\n\nI hope this list is helpful for your "
     "research on word associations, and let me know if you need more.",
     ["money", "loan", "river"]),
    ("zh_ft_p15", "手机", "手机 iPhone Android 华为 小米", ["iphone", "android", "华为", "小米"]),
]

POST_RANKINGS = [
    ("rk_p01", _rank_lines(_ORDER, "Rank {i}: {w}"), _ORDER),  # marker forgotten
    ("rk_p02", "Final Ranking: money, account, savings, loan, interest,\nteller, vault, check, "
     "rob, river", _ORDER),
    ("rk_p03", "最终排名如下：" + "，".join(_ZH), _ZH),
    ("rk_p04", "Final Ranking: " + " ".join("%d) %s" % (i + 1, w) for i, w in enumerate(_ORDER)),
     _ORDER),
    ("rk_p05", "My final ranking is: " + ", ".join(_ORDER), _ORDER),
    ("rk_p06", "Final Ranking:\n\n" + _rank_lines(_ORDER, "{i}. {w}"), _ORDER),
    ("rk_p07", "Final Ranking: " + ", ".join(_cap(_ORDER[:-1])) + ", and River.", _ORDER),
    ("rk_p08", "最终排名：" + " > ".join(_ZH), _ZH),
    ("rk_p09", "Final Ranking:\n" + _rank_lines(_ORDER, "{i}. {w} \u2013 reason"), _ORDER),
    ("rk_p10", "<think>\nmoney first... Final Ranking: money, river", []),
    ("rk_p11", "Final Ranking:\n| Rank | Word |\n|---|---|\n" +
     _rank_lines(_ORDER, "| {i} | {w} |"), _ORDER),
    ("rk_p12", "Final Ranking:\n" + _rank_lines(_ORDER, "Rank {i} \u2013 {w}"), _ORDER),
    ("rk_p13", "最终排名：\n" + _rank_lines(_ZH, "第{i}名：{w}"), _ZH),
]
