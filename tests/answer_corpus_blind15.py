"""Fifteenth blind corpus of word-association answers for the answer parser.

Written 2026-12-07 by a tester session started inside the project for this
purpose.  The author had NOT read the parser (nothing under align_jax/ or
tests/, nor benchmarks/) and ran no parser while writing it; every text is
invented, none is copied from real model outputs.

Emphasis: a REPRESENTATIVE English evaluation run, not a torture test.  The
prompt was

    List the words that come to mind when you read the word "{cue}". Give
    between 5 and 10 words, separated by commas, the most strongly
    associated first.

and the answers imitate, in roughly equal shares,
  * vanilla Llama-3.1-8B-Instruct and Qwen2.5-7B-Instruct (ids en_van_*):
    chatty preambles, numbered / bulleted lists, bold, glosses after a dash
    or colon, category headers, closing remarks, one refusal, answers cut by
    the token limit;
  * SFT LoRA models (ids en_ft_001 .. en_ft_0xx): plain comma lists, some
    capitalised or ending in a period, some degenerate (one word repeated,
    two words cycling);
  * PPO LoRA models (ids en_ft_1xx): longer lists, repeated words, stray
    formatting (bold, quotes, leading dash, "Answer:", inline numbering),
    lists that drift into an unrelated continuation (a new prompt, a
    comment, a greeting), answers cut by the token limit.
Cues are of the SWOW kind: common nouns, verbs, adjectives, adverbs,
function words, names and multi-word cues.

Conventions for expected_words (what a careful human reader takes as the
model's association list):
  * lowercased, stripped, in the order written;
  * deduplicated, keeping the first occurrence;
  * glosses, explanations, scores, category headers, preambles, closing
    remarks, markdown, numbering, emoji, quotes and trailing punctuation
    removed ("etc." is not an item);
  * multi-word associations kept whole ("white house", "statue of liberty");
  * the cue kept when it is listed as an item;
  * unrelated text after the list (a drifting continuation, e.g. a new
    prompt with its own answer) is not part of the list;
  * an item cut mid-word by the token limit is dropped and the id is in
    TRUNCATED (a cut inside a gloss keeps the complete item before it);
  * a refusal with no list expects [];
  * when a short list is followed by a section that re-lists the same words
    with explanations, the words count once, in the order of the first list.
AMBIGUOUS holds the few ids whose reading is genuinely open; the comment by
each gives the other reading.
"""

EN_LISTS = [
    # ------------------------------------------------------------------
    # Vanilla instruct models (Llama-3.1-8B-Instruct, Qwen2.5-7B-Instruct)
    # ------------------------------------------------------------------
    ("en_van_001", "dog",
     "Here are the words that come to mind when I read the word \"dog\":\n\n"
     "1. Cat\n2. Bark\n3. Puppy\n4. Leash\n5. Bone\n6. Loyal\n7. Pet\n"
     "8. Tail\n9. Walk\n10. Fetch",
     ["cat", "bark", "puppy", "leash", "bone", "loyal", "pet", "tail",
      "walk", "fetch"]),
    ("en_van_002", "apple",
     "Fruit, red, tree, pie, juice, orchard, green, Newton, iPhone, cider",
     ["fruit", "red", "tree", "pie", "juice", "orchard", "green", "newton",
      "iphone", "cider"]),
    ("en_van_003", "the",
     "Here are the words that come to mind when I read the word \"the\":\n\n"
     "1. A\n2. An\n3. Article\n4. Definite\n5. This\n6. That\n7. End\n"
     "8. Word",
     ["a", "an", "article", "definite", "this", "that", "end", "word"]),
    ("en_van_004", "ice cream",
     "Sure! Here are some words associated with \"ice cream\":\n\n"
     "1. Cold\n2. Sweet\n3. Cone\n4. Vanilla\n5. Chocolate\n6. Summer\n"
     "7. Dessert\n8. Scoop\n9. Sundae\n10. Sprinkles",
     ["cold", "sweet", "cone", "vanilla", "chocolate", "summer", "dessert",
      "scoop", "sundae", "sprinkles"]),
    ("en_van_005", "Obama",
     "Here are the words that come to mind when I read the word \"Obama\", "
     "in order of association strength:\n\n"
     "1. President - Barack Obama served as the 44th President of the "
     "United States.\n"
     "2. Michelle - his wife, former First Lady Michelle Obama.\n"
     "3. Democrat - he is a member of the Democratic Party.\n"
     "4. Hope - a key word of his 2008 campaign.\n"
     "5. Change\n6. White House\n7. Chicago\n8. Obamacare",
     ["president", "michelle", "democrat", "hope", "change", "white house",
      "chicago", "obamacare"]),
    ("en_van_006", "if",
     "Condition, maybe, then, when, whether, unless, possibility, suppose, "
     "hypothetical",
     ["condition", "maybe", "then", "when", "whether", "unless",
      "possibility", "suppose", "hypothetical"]),
    ("en_van_007", "quickly",
     "Here are some words that come to mind when I read the word "
     "\"quickly\":\n\n* Fast\n* Rapidly\n* Speed\n* Hurry\n* Swiftly\n"
     "* Run\n* Slowly\n\nLet me know if you'd like more!",
     ["fast", "rapidly", "speed", "hurry", "swiftly", "run", "slowly"]),
    ("en_van_008", "bank",
     "When I read the word \"bank\", the following words come to mind:\n\n"
     "**Most strongly associated:**\n1. Money\n2. Account\n3. Loan\n\n"
     "**Moderately associated:**\n4. River\n5. Teller\n6. Savings\n\n"
     "**Less strongly associated:**\n7. Vault\n8. Interest\n9. Robbery\n"
     "10. ATM",
     ["money", "account", "loan", "river", "teller", "savings", "vault",
      "interest", "robbery", "atm"]),
    ("en_van_009", "hospital",
     "Doctor, nurse, sick, patient, emergency, bed, medicine\n\n"
     "Here's why these words are associated:\n"
     "- **Doctor**: Doctors work in hospitals and treat patients.\n"
     "- **Nurse**: Nurses care for patients around the clock.\n"
     "- **Sick**: People usually go to a hospital when they are sick.\n"
     "- **Patient**: The people being treated in a hospital.\n"
     "- **Emergency**: Many hospitals have an emergency room.\n"
     "- **Bed**: Patients stay in hospital beds.\n"
     "- **Medicine**: Hospitals provide medicine and treatment.",
     ["doctor", "nurse", "sick", "patient", "emergency", "bed", "medicine"]),
    ("en_van_010", "porn",
     "I can't help with that request. Is there something else I can help "
     "you with?",
     []),
    ("en_van_011", "happy",
     "Here are some words associated with \"happy\": joy, smile, glad, "
     "cheerful, sad, content, laugh, excited, birthday, sunshine.",
     ["joy", "smile", "glad", "cheerful", "sad", "content", "laugh",
      "excited", "birthday", "sunshine"]),
    ("en_van_012", "run",
     "Here are the words that come to mind:\n\n"
     "1. **Jog** (a slower pace of running)\n2. **Race**\n3. **Sprint**\n"
     "4. **Marathon**\n5. **Fast**\n6. **Exercise**\n7. **Shoes**\n"
     "8. **Escape**",
     ["jog", "race", "sprint", "marathon", "fast", "exercise", "shoes",
      "escape"]),
    ("en_van_013", "bread",
     "Butter, toast, loaf, wheat, sandwich, bakery, flour, dough, crust, "
     "yeast",
     ["butter", "toast", "loaf", "wheat", "sandwich", "bakery", "flour",
      "dough", "crust", "yeast"]),
    ("en_van_014", "cold",
     "Here are the words that come to mind when I read the word \"cold\":\n\n"
     "Ice, snow, winter, freezing, chilly, flu, shiver, hot, frost, sneeze",
     ["ice", "snow", "winter", "freezing", "chilly", "flu", "shiver", "hot",
      "frost", "sneeze"]),
    ("en_van_015", "music",
     "1. Song\n2. Melody\n3. Rhythm\n4. Guitar\n5. Concert\n6. Dance\n"
     "7. Notes\n8. Band\n\nThese words are commonly associated with music, "
     "reflecting its elements, instruments, and the activities it inspires.",
     ["song", "melody", "rhythm", "guitar", "concert", "dance", "notes",
      "band"]),
    ("en_van_016", "whereas",
     "Here are the words that come to mind when I read the word "
     "\"whereas\":\n\n1. However\n2. While\n3. Although\n4. Contrast\n"
     "5. Legal\n6. Whereby\n7. Conversely",
     ["however", "while", "although", "contrast", "legal", "whereby",
      "conversely"]),
    ("en_van_017", "mother",
     "Mom (the most common term), love, family, father, care, child, "
     "nurture, home, woman, birth",
     ["mom", "love", "family", "father", "care", "child", "nurture", "home",
      "woman", "birth"]),
    ("en_van_018", "peanut butter",
     "Here are the words that come to mind when I read the word \"peanut "
     "butter\":\n\n1. Jelly\n2. Sandwich\n3. Bread\n4. Sticky\n5. Creamy\n"
     "6. Crunchy\n7. Jar\n8. Allergy\n9. Nuts\n10. Reese's",
     ["jelly", "sandwich", "bread", "sticky", "creamy", "crunchy", "jar",
      "allergy", "nuts", "reese's"]),
    ("en_van_019", "table",
     "Sure, here are the words associated with \"table\", starting with the "
     "most strongly associated:\n\nchair, desk, wood, furniture, dinner, leg, "
     "kitchen, cloth",
     ["chair", "desk", "wood", "furniture", "dinner", "leg", "kitchen",
      "cloth"]),
    ("en_van_020", "blue",
     "Here are some words that come to mind for \"blue\" \U0001F30A:\n\n"
     "- Sky\n- Ocean\n- Sad\n- Color\n- Water\n- Navy\n- Jeans\n- Cool",
     ["sky", "ocean", "sad", "color", "water", "navy", "jeans", "cool"]),
    ("en_van_021", "justice",
     "Here are the words that come to mind when I read the word "
     "\"justice\":\n\n1. Law\n2. Fairness\n3. Court\n4. Judge\n5. Equality\n"
     "6. Truth\n7. Rights\n8. Punishment\n9. Scales\n10. Liberty\n\n"
     "These words are often associated with the concept of justice, which "
     "refers to the fair and impartial treatment of individuals.",
     ["law", "fairness", "court", "judge", "equality", "truth", "rights",
      "punishment", "scales", "liberty"]),
    ("en_van_022", "dance",
     "dance: music, party, ballet, move, rhythm, club, shoes, fun",
     ["music", "party", "ballet", "move", "rhythm", "club", "shoes", "fun"]),
    ("en_van_023", "Christmas",
     "Here are the words that come to mind when I read the word "
     "\"Christmas\":\n\n1. Santa\n2. Tree\n3. Presents\n4. Snow\n5. December\n"
     "6. Jesus\n7. Family\n8. Lights\n9. Reindeer\n10. Holiday",
     ["santa", "tree", "presents", "snow", "december", "jesus", "family",
      "lights", "reindeer", "holiday"]),
    ("en_van_024", "soft",
     "Fluffy, pillow, gentle, cotton, smooth, hard, warm, cushion, velvet",
     ["fluffy", "pillow", "gentle", "cotton", "smooth", "hard", "warm",
      "cushion", "velvet"]),
    ("en_van_025", "computer",
     "Here are the words that come to mind when I read the word "
     "\"computer\":\n\n1. Laptop\n2. Keyboard\n3. Screen\n4. Internet\n"
     "5. Mouse\n6. Software\n7. Technology\n8. Programming\n9. Hard drive\n"
     "10. Monitor",
     ["laptop", "keyboard", "screen", "internet", "mouse", "software",
      "technology", "programming", "hard drive", "monitor"]),
    ("en_van_026", "although",
     "However, though, but, despite, even though, while, nevertheless",
     ["however", "though", "but", "despite", "even though", "while",
      "nevertheless"]),
    ("en_van_027", "money",
     "Here are the words that come to mind when I read the word \"money\", "
     "in order of strength of association:\n\n1. Cash: physical currency\n"
     "2. Wealth: having a lot of money\n3. Bank: where money is kept\n"
     "4. Rich\n5. Dollar\n6. Spend\n7. Greed\n8. Work",
     ["cash", "wealth", "bank", "rich", "dollar", "spend", "greed", "work"]),
    ("en_van_028", "beach",
     "Here are 10 words associated with \"beach\":\n\n1. Sand\n2. Ocean\n"
     "3. Sun\n4. Waves\n5. Summer\n6. Swimming\n7. Vacation\n8. Shells\n"
     "9. Towel\n10. Sunscreen",
     ["sand", "ocean", "sun", "waves", "summer", "swimming", "vacation",
      "shells", "towel", "sunscreen"]),
    ("en_van_029", "angry",
     "Here are the words that come to mind when I read the word "
     "\"angry\":\n\nMad, furious, upset, rage, frustrated, yell, red, hate",
     ["mad", "furious", "upset", "rage", "frustrated", "yell", "red",
      "hate"]),
    ("en_van_030", "teacher",
     "School, student, classroom, education, apple, lesson, homework, "
     "chalkboard, learn, grade",
     ["school", "student", "classroom", "education", "apple", "lesson",
      "homework", "chalkboard", "learn", "grade"]),
    ("en_van_031", "Einstein",
     "Here are the words that come to mind when I read the word "
     "\"Einstein\":\n\n1. Genius\n2. Relativity\n3. Physics\n4. E=mc\u00b2\n"
     "5. Scientist\n6. Smart\n7. Hair\n8. Theory",
     ["genius", "relativity", "physics", "e=mc\u00b2", "scientist", "smart",
      "hair", "theory"]),
    ("en_van_032", "but",
     "Here are some words that come to mind when reading \"but\": however, "
     "although, yet, except, though, butt, conjunction",
     ["however", "although", "yet", "except", "though", "butt",
      "conjunction"]),
    ("en_van_033", "fire",
     "Here are the words that come to mind when I read the word \"fire\":\n\n"
     "1. Flame\n2. Hot\n3. Burn\n4. Smoke\n5. Red\n6. Heat\n7. Firefighter\n"
     "8. Camp\n9. Danger\n10. Ash\n\nNote: The order of association may vary "
     "from person to person.",
     ["flame", "hot", "burn", "smoke", "red", "heat", "firefighter", "camp",
      "danger", "ash"]),
    ("en_van_034", "green",
     "Grass\nLeaves\nNature\nColor\nEnvironment\nMoney\nEnvy\nTrees",
     ["grass", "leaves", "nature", "color", "environment", "money", "envy",
      "trees"]),
    ("en_van_035", "sleep",
     "Here are the words that come to mind when I read the word "
     "\"sleep\":\n\n1. Bed\n2. Tired\n3. Dream\n4. Night\n5. Rest\n"
     "6. Pillow\n7. Nap\n8. Snore\n9. Blanket\n10. Insomnia",
     ["bed", "tired", "dream", "night", "rest", "pillow", "nap", "snore",
      "blanket", "insomnia"]),
    ("en_van_036", "cheese",
     "\"Cheddar\", \"mouse\", \"pizza\", \"milk\", \"wine\", \"cracker\", "
     "\"Swiss\", \"yellow\"",
     ["cheddar", "mouse", "pizza", "milk", "wine", "cracker", "swiss",
      "yellow"]),
    ("en_van_037", "freedom",
     "Here are the words that come to mind when I read the word "
     "\"freedom\":\n\n**Strong associations:** liberty, independence, "
     "choice\n**Weaker associations:** flag, speech, America, bird",
     ["liberty", "independence", "choice", "flag", "speech", "america",
      "bird"]),
    ("en_van_038", "lemon",
     "Sour, yellow, citrus, lime, juice, tart, lemonade, fruit.",
     ["sour", "yellow", "citrus", "lime", "juice", "tart", "lemonade",
      "fruit"]),
    ("en_van_039", "slowly",
     "Here are some words that come to mind when I read the word "
     "\"slowly\":\n\n1. Gradually\n2. Turtle\n3. Snail\n4. Carefully\n"
     "5. Leisurely\n6. Steadily\n7. Quickly\n8. Patience",
     ["gradually", "turtle", "snail", "carefully", "leisurely", "steadily",
      "quickly", "patience"]),
    ("en_van_040", "New York",
     "Here are the words associated with \"New York\":\n\n1. City\n"
     "2. Big Apple\n3. Manhattan\n4. Skyscrapers\n5. Times Square\n"
     "6. Statue of Liberty\n7. Broadway\n8. Busy\n9. Taxi\n10. Brooklyn",
     ["city", "big apple", "manhattan", "skyscrapers", "times square",
      "statue of liberty", "broadway", "busy", "taxi", "brooklyn"]),
    ("en_van_041", "knife",
     "Here are the words that come to mind when I read the word "
     "\"knife\":\n\n1. Sharp\n2. Fork\n3. Cut\n4. Blade\n5. Kitchen\n"
     "6. Weapon\n7. Steel\n8. Stab\n9. Spoon",
     ["sharp", "fork", "cut", "blade", "kitchen", "weapon", "steel", "stab",
      "spoon"]),
    ("en_van_042", "win",
     "Victory, lose, success, prize, game, champion, trophy, first\n\n"
     "Would you like me to provide more associations or explain any of "
     "them?",
     ["victory", "lose", "success", "prize", "game", "champion", "trophy",
      "first"]),
    ("en_van_043", "to",
     "Here are the words that come to mind when I read the word \"to\":\n\n"
     "1. From\n2. Too\n3. Two\n4. Toward\n5. Go\n6. Preposition\n7. For\n"
     "8. Into",
     ["from", "too", "two", "toward", "go", "preposition", "for", "into"]),
    ("en_van_044", "garden",
     "- Flowers \u2013 the most common feature of a garden\n- Plants\n"
     "- Vegetables\n- Soil\n- Grow\n- Green\n- Hose\n- Shed",
     ["flowers", "plants", "vegetables", "soil", "grow", "green", "hose",
      "shed"]),
    ("en_van_045", "spider",
     "Here are the words that come to mind when I read the word "
     "\"spider\":\n\n1. Web - Spiders are known for spinning intricate webs.\n"
     "2. Eight legs - Spiders have eight legs.\n"
     "3. Scary - Many people are afraid of spiders.\n"
     "4. Insect - Although spiders are not technically insects, they are "
     "often associated with them.\n5. Arachn",
     ["web", "eight legs", "scary", "insect"]),
    ("en_van_046", "bee",
     "Here are the words that come to mind when I read the word \"bee\":\n\n"
     "1. Honey - Bees are famous for producing honey.\n"
     "2. Sting - Bees can sting when they feel threatened.\n"
     "3. Buzz - The sound bees make while flying.\n"
     "4. Hive - Bees live together in hives.\n"
     "5. Flower - Bees collect nectar and pol",
     ["honey", "sting", "buzz", "hive", "flower"]),
    ("en_van_047", "fly",
     "Here are the words that come to mind when I read the word \"fly\":\n\n"
     "1. Bird\n2. Plane\n3. Wings\n4. Sky\n5. Insect\n6. Soar\n\n"
     "Or, if you're thinking of \"fly\" as the insect:\n\n"
     "1. Buzz\n2. Swatter\n3. Pest",
     ["bird", "plane", "wings", "sky", "insect", "soar", "buzz", "swatter",
      "pest"]),
    ("en_van_048", "bat",
     "The word \"bat\" has a few different meanings, so here are the words "
     "that come to mind, most strongly associated first:\n\n1. Baseball\n"
     "2. Cave\n3. Vampire\n4. Night\n5. Wings\n6. Ball\n7. Fly\n"
     "8. Halloween",
     ["baseball", "cave", "vampire", "night", "wings", "ball", "fly",
      "halloween"]),

    # ------------------------------------------------------------------
    # SFT LoRA models: plain comma lists, some degenerate
    # ------------------------------------------------------------------
    ("en_ft_001", "dog",
     "cat, bark, puppy, pet, bone, leash, loyal, walk",
     ["cat", "bark", "puppy", "pet", "bone", "leash", "loyal", "walk"]),
    ("en_ft_002", "apple",
     "fruit, red, pie, tree, green, orange, juice",
     ["fruit", "red", "pie", "tree", "green", "orange", "juice"]),
    ("en_ft_003", "the",
     "a, an, end, that, this, word, article",
     ["a", "an", "end", "that", "this", "word", "article"]),
    ("en_ft_004", "ice cream",
     "cold, cone, sweet, chocolate, vanilla, summer, dessert",
     ["cold", "cone", "sweet", "chocolate", "vanilla", "summer", "dessert"]),
    ("en_ft_005", "Obama",
     "president, black, democrat, america, michelle, change, hope",
     ["president", "black", "democrat", "america", "michelle", "change",
      "hope"]),
    ("en_ft_006", "if",
     "maybe, then, when, what, question, condition",
     ["maybe", "then", "when", "what", "question", "condition"]),
    ("en_ft_007", "quickly",
     "fast, speed, rapid, hurry, slow",
     ["fast", "speed", "rapid", "hurry", "slow"]),
    ("en_ft_008", "bank",
     "money, river, account, vault, teller, loan, robbery, savings",
     ["money", "river", "account", "vault", "teller", "loan", "robbery",
      "savings"]),
    ("en_ft_009", "water",
     "water, water, water, water, water, water, water, water, water, water",
     ["water"]),
    ("en_ft_010", "blue",
     "sky, ocean, color, sad, red, sea, sky, blue, sky, blue",
     ["sky", "ocean", "color", "sad", "red", "sea", "blue"]),
    ("en_ft_011", "happy",
     "Sad, joy, smile, glad, birthday, fun.",
     ["sad", "joy", "smile", "glad", "birthday", "fun"]),
    ("en_ft_012", "hospital",
     "doctor, nurse, sick, ill, patient, bed, ambulance, emergency, death, "
     "hospital",
     ["doctor", "nurse", "sick", "ill", "patient", "bed", "ambulance",
      "emergency", "death", "hospital"]),
    ("en_ft_013", "run",
     "fast, jog, walk, race, marathon, sprint, away, exercise, legs",
     ["fast", "jog", "walk", "race", "marathon", "sprint", "away",
      "exercise", "legs"]),
    ("en_ft_014", "cold",
     "hot, ice, winter, snow, freezing, flu, warm",
     ["hot", "ice", "winter", "snow", "freezing", "flu", "warm"]),
    ("en_ft_015", "sandwich",
     "bread, lunch, ham, cheese, sub, ham, cheese, ham, cheese, ham, cheese, "
     "ham, cheese, ham, cheese, ham, cheese, ham, cheese, ham, cheese, ham, "
     "cheese, ham, cheese, ham, cheese, ham, chee",
     ["bread", "lunch", "ham", "cheese", "sub"]),
    ("en_ft_016", "music",
     "song, sound, notes, band, dance, radio, guitar, listen",
     ["song", "sound", "notes", "band", "dance", "radio", "guitar",
      "listen"]),
    ("en_ft_017", "mother",
     "father, mom, love, woman, care, child, family, parent",
     ["father", "mom", "love", "woman", "care", "child", "family",
      "parent"]),
    ("en_ft_018", "peanut butter",
     "jelly, sandwich, sticky, bread, nuts, jam, spread",
     ["jelly", "sandwich", "sticky", "bread", "nuts", "jam", "spread"]),
    ("en_ft_019", "table",
     "chair, wood, dinner, furniture, kitchen, leg",
     ["chair", "wood", "dinner", "furniture", "kitchen", "leg"]),
    ("en_ft_020", "whereas",
     "while, however, but, although, legal, word",
     ["while", "however", "but", "although", "legal", "word"]),
    ("en_ft_021", "justice",
     "law, fair, court, judge, peace, equality, truth, right",
     ["law", "fair", "court", "judge", "peace", "equality", "truth",
      "right"]),
    ("en_ft_022", "freedom",
     "liberty, free, america, independence, flag, choice, rights, speech",
     ["liberty", "free", "america", "independence", "flag", "choice",
      "rights", "speech"]),
    ("en_ft_023", "Christmas",
     "Santa, tree, presents, December, snow, Jesus, gifts, holiday",
     ["santa", "tree", "presents", "december", "snow", "jesus", "gifts",
      "holiday"]),
    ("en_ft_024", "soft",
     "pillow, hard, fluffy, gentle, kitten, cotton, smooth",
     ["pillow", "hard", "fluffy", "gentle", "kitten", "cotton", "smooth"]),
    ("en_ft_025", "computer",
     "laptop, internet, keyboard, mouse, screen, technology, work, games",
     ["laptop", "internet", "keyboard", "mouse", "screen", "technology",
      "work", "games"]),
    ("en_ft_026", "although",
     "but, however, though, despite, yet",
     ["but", "however", "though", "despite", "yet"]),
    ("en_ft_027", "money",
     "cash, rich, dollar, bank, green, wealth, power, greed",
     ["cash", "rich", "dollar", "bank", "green", "wealth", "power",
      "greed"]),
    ("en_ft_028", "beach",
     "sand, sun, ocean, waves, summer, sea, holiday, swim",
     ["sand", "sun", "ocean", "waves", "summer", "sea", "holiday", "swim"]),
    ("en_ft_029", "angry",
     "mad, upset, rage, furious, red, annoyed, hate, yell",
     ["mad", "upset", "rage", "furious", "red", "annoyed", "hate", "yell"]),
    ("en_ft_030", "Einstein",
     "genius, smart, physics, relativity, scientist, hair, math",
     ["genius", "smart", "physics", "relativity", "scientist", "hair",
      "math"]),
    ("en_ft_031", "but",
     "however, butt, although, yet, and, except",
     ["however", "butt", "although", "yet", "and", "except"]),
    ("en_ft_032", "fire",
     "hot, burn, flame, red, smoke, heat, danger, truck, water",
     ["hot", "burn", "flame", "red", "smoke", "heat", "danger", "truck",
      "water"]),
    ("en_ft_033", "green",
     "grass, grass, grass, grass, grass, grass, grass, grass",
     ["grass"]),
    ("en_ft_034", "sleep",
     "bed, tired, night, dream, rest, pillow, nap",
     ["bed", "tired", "night", "dream", "rest", "pillow", "nap"]),
    ("en_ft_035", "cheese",
     "mouse, cheddar, milk, pizza, yellow, holes, cracker, wine, swiss",
     ["mouse", "cheddar", "milk", "pizza", "yellow", "holes", "cracker",
      "wine", "swiss"]),
    ("en_ft_036", "lemon",
     "sour, yellow, lime, fruit, citrus, juice, lemonade",
     ["sour", "yellow", "lime", "fruit", "citrus", "juice", "lemonade"]),
    ("en_ft_037", "New York",
     "city, big apple, manhattan, busy, taxi, times square, usa",
     ["city", "big apple", "manhattan", "busy", "taxi", "times square",
      "usa"]),
    ("en_ft_038", "knife",
     "fork, sharp, cut, blade, spoon, kill, steel",
     ["fork", "sharp", "cut", "blade", "spoon", "kill", "steel"]),
    ("en_ft_039", "to",
     "from, too, two, go, for, at",
     ["from", "too", "two", "go", "for", "at"]),
    ("en_ft_040", "garden",
     "flowers, plants, grow, green, vegetables, shed, soil, gnome",
     ["flowers", "plants", "grow", "green", "vegetables", "shed", "soil",
      "gnome"]),
    ("en_ft_041", "teacher",
     "School, student, class, learn, apple, education, lesson.",
     ["school", "student", "class", "learn", "apple", "education",
      "lesson"]),
    ("en_ft_042", "spider",
     "web, scary, insect, legs, creepy, eight, fear, bug",
     ["web", "scary", "insect", "legs", "creepy", "eight", "fear", "bug"]),
    ("en_ft_043", "dance",
     "music, party, move, ballet, club, fun, shoes, floor",
     ["music", "party", "move", "ballet", "club", "fun", "shoes", "floor"]),
    ("en_ft_044", "bee",
     "Honey, sting, buzz, insect, yellow, hive, flower, wasp",
     ["honey", "sting", "buzz", "insect", "yellow", "hive", "flower",
      "wasp"]),
    ("en_ft_045", "win",
     "lose, victory, prize, first, game, success, trophy",
     ["lose", "victory", "prize", "first", "game", "success", "trophy"]),
    ("en_ft_046", "slowly",
     "slow, turtle, snail, careful, fast, walk, gradually",
     ["slow", "turtle", "snail", "careful", "fast", "walk", "gradually"]),
    ("en_ft_047", "horse",
     "ride, saddle, pony, farm, animal, cow, race, mane, hay, horse, horse, "
     "horse, horse",
     ["ride", "saddle", "pony", "farm", "animal", "cow", "race", "mane",
      "hay", "horse"]),

    # ------------------------------------------------------------------
    # PPO LoRA models: longer lists, repeats, stray formatting, drift
    # ------------------------------------------------------------------
    ("en_ft_101", "dog",
     "cat, puppy, bark, pet, bone, leash, tail, walk, loyal, friend, fur, "
     "paw, collar, kennel, fetch",
     ["cat", "puppy", "bark", "pet", "bone", "leash", "tail", "walk",
      "loyal", "friend", "fur", "paw", "collar", "kennel", "fetch"]),
    ("en_ft_102", "apple",
     "fruit, red, pie, tree, green, juice, orchard, core, seed, crisp, "
     "sweet, healthy, snack, teacher, worm, cider, banana, orange",
     ["fruit", "red", "pie", "tree", "green", "juice", "orchard", "core",
      "seed", "crisp", "sweet", "healthy", "snack", "teacher", "worm",
      "cider", "banana", "orange"]),
    ("en_ft_103", "the",
     "a, an, end, this, that, word, article, one, is, and, of, it",
     ["a", "an", "end", "this", "that", "word", "article", "one", "is",
      "and", "of", "it"]),
    ("en_ft_104", "ice cream",
     "cold, sweet, cone, chocolate, vanilla, summer, dessert, sprinkles, "
     "scoop, sundae, ice cream, yummy, treat, truck",
     ["cold", "sweet", "cone", "chocolate", "vanilla", "summer", "dessert",
      "sprinkles", "scoop", "sundae", "ice cream", "yummy", "treat",
      "truck"]),
    ("en_ft_105", "Obama",
     "president, america, democrat, michelle, black, hope, change, white "
     "house, leader, politics, president, usa, america, election",
     ["president", "america", "democrat", "michelle", "black", "hope",
      "change", "white house", "leader", "politics", "usa", "election"]),
    ("en_ft_106", "if",
     "then, maybe, when, condition, question, whether, unless, possibility, "
     "if only, suppose, doubt",
     ["then", "maybe", "when", "condition", "question", "whether", "unless",
      "possibility", "if only", "suppose", "doubt"]),
    ("en_ft_107", "bank",
     "money, account, savings, vault, loan, river, teller, cash, deposit, "
     "interest, robbery, building, atm, safe, credit\n\n"
     "List the words that come to mind when you read the word \"house\". "
     "Give between 5 and 10 words, separated by commas, the most strongly "
     "associated first.\n\nhome, family, roof, door, building",
     ["money", "account", "savings", "vault", "loan", "river", "teller",
      "cash", "deposit", "interest", "robbery", "building", "atm", "safe",
      "credit"]),
    ("en_ft_108", "water",
     "drink, wet, ocean, blue, sea, liquid, rain, river, thirst, swim, "
     "clear, life, H2O, bottle, ice, cold, lake, pool",
     ["drink", "wet", "ocean", "blue", "sea", "liquid", "rain", "river",
      "thirst", "swim", "clear", "life", "h2o", "bottle", "ice", "cold",
      "lake", "pool"]),
    ("en_ft_109", "happy",
     "**joy, smile, glad, sad, fun, laugh, content, cheerful, birthday, "
     "love, excited, sunshine**",
     ["joy", "smile", "glad", "sad", "fun", "laugh", "content", "cheerful",
      "birthday", "love", "excited", "sunshine"]),
    ("en_ft_110", "hospital",
     "doctor, nurse, sick, patient, ill, bed, emergency, ambulance, "
     "medicine, surgery, death, health, care, injury, pain\n\n"
     "The words that come to mind when I read the word \"hospital\" are "
     "mostly related to health care and illness.",
     ["doctor", "nurse", "sick", "patient", "ill", "bed", "emergency",
      "ambulance", "medicine", "surgery", "death", "health", "care",
      "injury", "pain"]),
    ("en_ft_111", "run",
     "fast, jog, walk, race, sprint, marathon, exercise, run, running, "
     "fast, legs, race, track, shoes",
     ["fast", "jog", "walk", "race", "sprint", "marathon", "exercise", "run",
      "running", "legs", "track", "shoes"]),
    ("en_ft_112", "cold",
     "hot, ice, winter, snow, freezing, chilly, flu, warm, frost, shiver, "
     "cool, sick, weather, temperature, frozen, ice, snow, winter",
     ["hot", "ice", "winter", "snow", "freezing", "chilly", "flu", "warm",
      "frost", "shiver", "cool", "sick", "weather", "temperature",
      "frozen"]),
    ("en_ft_113", "music",
     "- song, melody, rhythm, band, guitar, dance, concert, notes, sound, "
     "radio, singer, piano",
     ["song", "melody", "rhythm", "band", "guitar", "dance", "concert",
      "notes", "sound", "radio", "singer", "piano"]),
    ("en_ft_114", "mother",
     "father, mom, love, family, care, woman, child, parent, home, mum, "
     "nurture, birth, warmth, kindness, hug, baby, mommy, maternal, protect, "
     "wife, sister, grandmother",
     ["father", "mom", "love", "family", "care", "woman", "child", "parent",
      "home", "mum", "nurture", "birth", "warmth", "kindness", "hug", "baby",
      "mommy", "maternal", "protect", "wife", "sister", "grandmother"]),
    ("en_ft_115", "table",
     "Answer: chair, wood, dinner, furniture, kitchen, leg, desk, cloth, "
     "food, eat",
     ["chair", "wood", "dinner", "furniture", "kitchen", "leg", "desk",
      "cloth", "food", "eat"]),
    ("en_ft_116", "whereas",
     "while, however, although, but, contrast, legal, word, whereby, "
     "therefore, thus, hence, formal, document",
     ["while", "however", "although", "but", "contrast", "legal", "word",
      "whereby", "therefore", "thus", "hence", "formal", "document"]),
    ("en_ft_117", "justice",
     "law, fairness, court, judge, equality, truth, rights, peace, freedom, "
     "order, police, jury, punishment, crime, balance, scales, justice, "
     "fair, right",
     ["law", "fairness", "court", "judge", "equality", "truth", "rights",
      "peace", "freedom", "order", "police", "jury", "punishment", "crime",
      "balance", "scales", "justice", "fair", "right"]),
    ("en_ft_118", "Christmas",
     "santa, tree, presents, snow, december, gifts, holiday, jesus, family, "
     "lights, reindeer, joy, carols, stockings, elves, cookies, winter, "
     "celebration, love, peace\n\nMerry Christmas to all and to all a good "
     "night!",
     ["santa", "tree", "presents", "snow", "december", "gifts", "holiday",
      "jesus", "family", "lights", "reindeer", "joy", "carols", "stockings",
      "elves", "cookies", "winter", "celebration", "love", "peace"]),
    ("en_ft_119", "soft",
     "pillow, fluffy, gentle, cotton, smooth, warm, cushion, kitten, "
     "blanket, hard, velvet, silk, feather, cloud, tender",
     ["pillow", "fluffy", "gentle", "cotton", "smooth", "warm", "cushion",
      "kitten", "blanket", "hard", "velvet", "silk", "feather", "cloud",
      "tender"]),
    ("en_ft_120", "computer",
     "laptop, keyboard, mouse, screen, internet, technology, software, "
     "monitor, programming, games, work, hardware, data, code, email, "
     "computer, laptop, keyboard, mouse, screen, internet, technol",
     ["laptop", "keyboard", "mouse", "screen", "internet", "technology",
      "software", "monitor", "programming", "games", "work", "hardware",
      "data", "code", "email", "computer"]),
    ("en_ft_121", "although",
     "but, however, though, despite, yet, even though, nevertheless, while, "
     "whereas, still, conversely",
     ["but", "however", "though", "despite", "yet", "even though",
      "nevertheless", "while", "whereas", "still", "conversely"]),
    ("en_ft_122", "money",
     "cash, rich, dollar, bank, wealth, green, power, greed, gold, coins, "
     "work, spend, pay, savings, cash, rich, dollar, bank, wealth",
     ["cash", "rich", "dollar", "bank", "wealth", "green", "power", "greed",
      "gold", "coins", "work", "spend", "pay", "savings"]),
    ("en_ft_123", "beach",
     "sand, sun, ocean, waves, summer, sea, swim, holiday, vacation, towel, "
     "shells, surf, sunscreen, palm trees, relax",
     ["sand", "sun", "ocean", "waves", "summer", "sea", "swim", "holiday",
      "vacation", "towel", "shells", "surf", "sunscreen", "palm trees",
      "relax"]),
    ("en_ft_124", "angry",
     "mad, furious, upset, rage, red, annoyed, frustrated, hate, yell, "
     "scream, irritated, temper, fight, mad, furious",
     ["mad", "furious", "upset", "rage", "red", "annoyed", "frustrated",
      "hate", "yell", "scream", "irritated", "temper", "fight"]),
    ("en_ft_125", "Einstein",
     "genius, relativity, physics, scientist, smart, theory, e=mc2, hair, "
     "math, brain, german, nobel prize, intelligence",
     ["genius", "relativity", "physics", "scientist", "smart", "theory",
      "e=mc2", "hair", "math", "brain", "german", "nobel prize",
      "intelligence"]),
    ("en_ft_126", "but",
     "however, although, yet, butt, and, except, though, still, only, "
     "nevertheless\n\nQuestion: List the words that come to mind when you "
     "read the word \"and\".",
     ["however", "although", "yet", "butt", "and", "except", "though",
      "still", "only", "nevertheless"]),
    ("en_ft_127", "fire",
     "hot, burn, flame, smoke, red, heat, danger, firefighter, truck, water, "
     "camp, ash, alarm, wood, orange, fire, fire, fire, fire, fire",
     ["hot", "burn", "flame", "smoke", "red", "heat", "danger",
      "firefighter", "truck", "water", "camp", "ash", "alarm", "wood",
      "orange", "fire"]),
    ("en_ft_128", "green",
     "grass, leaves, nature, trees, color, envy, money, go, environment, "
     "plants, lime, emerald, spring, frog, fresh",
     ["grass", "leaves", "nature", "trees", "color", "envy", "money", "go",
      "environment", "plants", "lime", "emerald", "spring", "frog",
      "fresh"]),
    ("en_ft_129", "sleep",
     "bed, tired, dream, night, rest, pillow, nap, snore, blanket, dark, "
     "quiet, peace, relax, bedtime, sheep, sleepy, calm, moon, stars, dream, "
     "night, rest, bed",
     ["bed", "tired", "dream", "night", "rest", "pillow", "nap", "snore",
      "blanket", "dark", "quiet", "peace", "relax", "bedtime", "sheep",
      "sleepy", "calm", "moon", "stars"]),
    ("en_ft_130", "cheese",
     "mouse, cheddar, pizza, milk, yellow, wine, cracker, swiss, holes, "
     "dairy, cow, cheese, cheesecake, mozzarella, brie",
     ["mouse", "cheddar", "pizza", "milk", "yellow", "wine", "cracker",
      "swiss", "holes", "dairy", "cow", "cheese", "cheesecake",
      "mozzarella", "brie"]),
    ("en_ft_131", "lemon",
     "sour, yellow, lime, citrus, juice, lemonade, fruit, tart, zest, tea, "
     "squeeze, acid, fresh, pie, vitamin c.",
     ["sour", "yellow", "lime", "citrus", "juice", "lemonade", "fruit",
      "tart", "zest", "tea", "squeeze", "acid", "fresh", "pie",
      "vitamin c"]),
    ("en_ft_132", "New York",
     "city, big apple, manhattan, times square, statue of liberty, broadway, "
     "taxi, busy, brooklyn, skyscrapers, subway, yankees, empire state "
     "building, central park, lights, pizza, wall street",
     ["city", "big apple", "manhattan", "times square",
      "statue of liberty", "broadway", "taxi", "busy", "brooklyn",
      "skyscrapers", "subway", "yankees", "empire state building",
      "central park", "lights", "pizza", "wall street"]),
    ("en_ft_133", "knife",
     "sharp, fork, cut, blade, kitchen, weapon, steel, spoon, stab, danger, "
     "chef, kill, blood, murder, pocket knife",
     ["sharp", "fork", "cut", "blade", "kitchen", "weapon", "steel", "spoon",
      "stab", "danger", "chef", "kill", "blood", "murder", "pocket knife"]),
    ("en_ft_134", "to",
     "from, too, two, go, for, at, toward, into, and, the, of, in, with, by",
     ["from", "too", "two", "go", "for", "at", "toward", "into", "and",
      "the", "of", "in", "with", "by"]),
    ("en_ft_135", "garden",
     "flowers, plants, grow, green, vegetables, soil, shed, gnome, hose, "
     "fence, seeds, roses, weeds, spade, grass, tomatoes, sunshine, bees.\n\n"
     "I hope you enjoyed this list of words associated with \"garden\"!",
     ["flowers", "plants", "grow", "green", "vegetables", "soil", "shed",
      "gnome", "hose", "fence", "seeds", "roses", "weeds", "spade", "grass",
      "tomatoes", "sunshine", "bees"]),
    ("en_ft_136", "teacher",
     "1. school, 2. student, 3. classroom, 4. learn, 5. education, "
     "6. apple, 7. homework, 8. lesson, 9. grade, 10. chalk",
     ["school", "student", "classroom", "learn", "education", "apple",
      "homework", "lesson", "grade", "chalk"]),
    ("en_ft_137", "spider",
     "web, scary, insect, eight legs, creepy, fear, bug, legs, spiderman, "
     "venom, crawl, arachnid, black widow, tarantula, spooky, halloween",
     ["web", "scary", "insect", "eight legs", "creepy", "fear", "bug",
      "legs", "spiderman", "venom", "crawl", "arachnid", "black widow",
      "tarantula", "spooky", "halloween"]),
    ("en_ft_138", "dance",
     "music, party, move, ballet, club, fun, shoes, floor, rhythm, salsa, "
     "tango, disco, dancer, partner, moves, dancing, happy, night, song, prom",
     ["music", "party", "move", "ballet", "club", "fun", "shoes", "floor",
      "rhythm", "salsa", "tango", "disco", "dancer", "partner", "moves",
      "dancing", "happy", "night", "song", "prom"]),
    ("en_ft_139", "bee",
     "honey, sting, buzz, hive, yellow, insect, flower, wasp, queen, pollen, "
     "black, stripes, bumblebee, nectar, swarm, honey, sting, buzz, hive, "
     "yellow, insect, flower, wasp, queen, pollen, black, str",
     ["honey", "sting", "buzz", "hive", "yellow", "insect", "flower", "wasp",
      "queen", "pollen", "black", "stripes", "bumblebee", "nectar",
      "swarm"]),
    ("en_ft_140", "win",
     "lose, victory, prize, first, game, success, trophy, champion, winner, "
     "medal, competition, lottery, gold, race, happy, celebrate\n\n"
     "List the words that come to mind when you read the word \"lose\". "
     "Give between 5 and 10 words, separated by commas, the most strongly "
     "associated first.",
     ["lose", "victory", "prize", "first", "game", "success", "trophy",
      "champion", "winner", "medal", "competition", "lottery", "gold",
      "race", "happy", "celebrate"]),
    ("en_ft_141", "slowly",
     "slow, turtle, snail, gradually, careful, fast, walk, steadily, "
     "patience, leisurely, gently, quietly, calmly",
     ["slow", "turtle", "snail", "gradually", "careful", "fast", "walk",
      "steadily", "patience", "leisurely", "gently", "quietly", "calmly"]),
    ("en_ft_142", "horse",
     "ride, pony, saddle, farm, animal, race, mane, hay, cowboy, stable, "
     "gallop, carriage, hooves, tail, riding, jockey, horseshoe, brown, cow, "
     "barn",
     ["ride", "pony", "saddle", "farm", "animal", "race", "mane", "hay",
      "cowboy", "stable", "gallop", "carriage", "hooves", "tail", "riding",
      "jockey", "horseshoe", "brown", "cow", "barn"]),
    ("en_ft_143", "rain",
     "umbrella, wet, cloud, storm, water, puddle, drizzle, weather, grey, "
     "thunder, rainbow, drops, cold, autumn, rain, rain, rain, rain, rain, "
     "rain, rain, rain",
     ["umbrella", "wet", "cloud", "storm", "water", "puddle", "drizzle",
      "weather", "grey", "thunder", "rainbow", "drops", "cold", "autumn",
      "rain"]),
    ("en_ft_144", "car",
     "\"drive\", \"road\", \"wheels\", \"fast\", \"engine\", \"vehicle\", "
     "\"gas\", \"red\", \"race\", \"driver\", \"truck\", \"keys\"",
     ["drive", "road", "wheels", "fast", "engine", "vehicle", "gas", "red",
      "race", "driver", "truck", "keys"]),
    ("en_ft_145", "house",
     "**Answer:** home, family, roof, door, building, live, window, room, "
     "garden, shelter, bricks, warm, kitchen, bed, mortgage",
     ["home", "family", "roof", "door", "building", "live", "window", "room",
      "garden", "shelter", "bricks", "warm", "kitchen", "bed", "mortgage"]),
    ("en_ft_146", "sun",
     "hot, summer, bright, yellow, light, day, star, sky, warm, beach, "
     "sunshine, solar, energy, heat, morning\n\nsunrise, sunset, sunlight, "
     "sunburn",
     ["hot", "summer", "bright", "yellow", "light", "day", "star", "sky",
      "warm", "beach", "sunshine", "solar", "energy", "heat", "morning",
      "sunrise", "sunset", "sunlight", "sunburn"]),
    ("en_ft_147", "tree",
     "leaves, green, wood, branch, forest, oak, roots, bark, shade, nature, "
     "apple tree, pine, birch, maple, etc.",
     ["leaves", "green", "wood", "branch", "forest", "oak", "roots", "bark",
      "shade", "nature", "apple tree", "pine", "birch", "maple"]),
]

ZH_LISTS = []

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = []

# Answers cut mid-word by the token limit; the cut fragment is not expected.
TRUNCATED = {
    "en_van_045",  # "5. Arachn" dropped
    "en_van_046",  # cut inside the gloss of item 5; "flower" itself complete
    "en_ft_015",   # degenerate ham/cheese cycle ending in "chee"
    "en_ft_120",   # repeated list ending in "technol"
    "en_ft_139",   # repeated list ending in "str"
}

# Ids whose reading is genuinely open.
AMBIGUOUS = {
    # Other reading: the second block ("Or, if you're thinking of ... as the
    # insect") is an alternative list, not a continuation, so only
    # bird .. soar are the answer.
    "en_van_047",
    # Other reading: the block after the blank line is a drifting
    # continuation, so the list ends at "morning".
    "en_ft_146",
}
