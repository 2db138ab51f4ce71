"""Fourteenth blind corpus of word-association answers (English and Mandarin).

Written 2026-12-07 by a blind tester (a helper session). I had NOT read the
parser, its tests, the other corpora or the benchmarks when writing this file,
and I did not run any parser on it.

Emphasis: a REPRESENTATIVE sample of what instruction-tuned models really
return to the free-association prompts, not a torture test. All texts are
invented, in the style of each family:

* Mistral-7B-Instruct: terse, often a leading space and a one-line preamble,
  sometimes glosses in parentheses; in Mandarin often pinyin or English.
* Gemma-2-9b-it: markdown headings, bold items, category headers, emoji,
  "**Note:**" footers; sometimes a short list followed by "Here's why:".
* Phi-3-mini: numbered items with " - explanation" or "**Word**: explanation",
  a closing paragraph.
* Llama-3.1-8B-Instruct: "Here are the words that come to mind ..." then a
  numbered or comma list; English preambles and (translations) in Mandarin.
* Qwen2.5 / GLM-4 / InternLM2.5 / Yi / DeepSeek-V2-Lite / Baichuan2:
  好的/以下是… preambles, numbered or 、/， lists, 希望… closers, "等" endings.
* Reasoning models (DeepSeek-R1-Distill-Qwen-7B, QwQ): <think>…</think> then
  the final answer; QwQ-preview style "**Final Answer**" with \\boxed{...}.
* ids with _ft_ are fine-tuned variants: mostly bare comma lists.

Prompts:
  EN: List the words that come to mind when you read the word "{cue}". Give
      between 5 and 10 words, separated by commas, the most strongly
      associated first.
  ZH: 请列出看到“{cue}”这个词时你会联想到的词语，共5到10个，用逗号分隔，
      联想最强的排在最前面。

Conventions for expected_words (what a careful human reader takes as the
model's association list for the cue):
  * lowercased, in the order written, deduplicated keeping the first occurrence;
  * glosses, explanations, scores, category headers, preambles, closing
    remarks, markdown, numbering, emoji, quotes/brackets and trailing
    punctuation removed; a label such as "Teacher:" or "联想词：" is not an item;
    a trailing 等 ("etc.") is not part of the last item;
  * multi-word and phrase associations kept whole;
  * the cue kept when it is listed as an item;
  * pinyin and translations of a Mandarin word removed (keep the Han word);
  * words only inside <think> reasoning (or only in the prose reasoning before
    a "Final Answer") do not count;
  * an item cut mid-word by the token limit is dropped (id in TRUNCATED); an
    answer cut inside <think> expects [];
  * a refusal with no list expects [];
  * when a short list is followed by a section that re-lists the same words
    with explanations, the words count once, in the order of the first list.

Each entry: (id, cue, text, expected_words).
"""

EN_LISTS = [
    # Mistral-7B-Instruct: leading space, one-line preamble, comma list
    ("en_van_001", "ocean",
     " Here are some words associated with \"ocean\":\n\n"
     "Water, waves, sea, blue, beach, fish, salt, deep, tide, whale",
     ["water", "waves", "sea", "blue", "beach", "fish", "salt", "deep",
      "tide", "whale"]),

    # Gemma-2-9b-it: heading, bold numbered items, Note footer
    ("en_van_002", "freedom",
     "## Words Associated with \"Freedom\"\n\n"
     "1. **Liberty**\n2. **Independence**\n3. **Choice**\n4. **Democracy**\n"
     "5. **Rights**\n6. **Flag**\n7. **Eagle**\n8. **Peace**\n\n"
     "**Note:** The strength of these associations can vary from person to "
     "person and across cultures.\n",
     ["liberty", "independence", "choice", "democracy", "rights", "flag",
      "eagle", "peace"]),

    # Phi-3-mini: numbered with " - explanation", closing sentence
    ("en_van_003", "bread",
     "1. Butter - Bread is often spread with butter.\n"
     "2. Toast - Toasted bread is a common breakfast item.\n"
     "3. Loaf - Bread is usually baked in the shape of a loaf.\n"
     "4. Wheat - Most bread is made from wheat flour.\n"
     "5. Sandwich - Two slices of bread make a sandwich.\n"
     "6. Bakery - A place where bread is made and sold.\n"
     "7. Yeast - Yeast makes the dough rise.\n"
     "8. Crust - The hard outer layer of bread.\n\n"
     "These words are ordered by how strongly they are associated with "
     "\"bread\" in everyday language.",
     ["butter", "toast", "loaf", "wheat", "sandwich", "bakery", "yeast",
      "crust"]),

    # Llama-3.1-8B-Instruct: preamble + numbered list
    ("en_van_004", "apple",
     "Here are the words that come to mind when I read the word \"apple\":\n\n"
     "1. Fruit\n2. Red\n3. Tree\n4. Pie\n5. Juice\n6. Orchard\n7. Crunchy\n"
     "8. Computer\n9. Cider\n10. Green",
     ["fruit", "red", "tree", "pie", "juice", "orchard", "crunchy",
      "computer", "cider", "green"]),

    # Qwen2.5-7B-Instruct: bare comma list with a two-word item
    ("en_van_005", "doctor",
     "Hospital, nurse, medicine, stethoscope, patient, health, clinic, "
     "surgery, prescription, white coat",
     ["hospital", "nurse", "medicine", "stethoscope", "patient", "health",
      "clinic", "surgery", "prescription", "white coat"]),

    # DeepSeek-R1-Distill-Qwen-7B: think block mentions extra words
    ("en_van_006", "winter",
     "<think>\nOkay, so the user wants me to list words that come to mind for "
     "\"winter.\" Let me start with the most obvious ones. Snow is definitely "
     "first. Cold comes right after. Ice, too. Then maybe Christmas, since "
     "it's in winter for a lot of people. Scarf, gloves... fireplace could "
     "work too. Hot chocolate is a classic. I should keep it between 5 and 10 "
     "and put the strongest first. I'll leave out fireplace and gloves to "
     "keep it tight.\n</think>\n\n"
     "Snow, cold, ice, Christmas, scarf, frost, hot chocolate, sledding, "
     "December",
     ["snow", "cold", "ice", "christmas", "scarf", "frost", "hot chocolate",
      "sledding", "december"]),

    # QwQ-32B-Preview: prose reasoning without tags, then boxed final answer
    ("en_van_007", "music",
     r"""So I have this task: I need to list words that come to mind when I read the word "music." It says to give between 5 and 10 words, separated by commas, with the most strongly associated first. Alright, let's think about this.

First, when I hear "music," the very first thing that pops into my head is a song. Songs are what most people listen to. Next, I think of melody, the tune you hum. Rhythm is also central, since music is organized in time. Then there are instruments, like a guitar or a piano. Concerts come to mind too, and the feeling of dancing. Headphones are how a lot of people listen nowadays. Finally, sound itself, because music is basically organized sound.

Let me put them in order of how strongly I associate them with music.

**Final Answer**

\[ \boxed{\text{song, melody, rhythm, instruments, concert, dance, headphones, sound}} \]""",
     ["song", "melody", "rhythm", "instruments", "concert", "dance",
      "headphones", "sound"]),

    # Yi-1.5-9B-Chat: comma list with final period
    ("en_van_008", "happy",
     "Joy, smile, sunshine, laughter, cheerful, content, celebration, "
     "friends, love, fun.",
     ["joy", "smile", "sunshine", "laughter", "cheerful", "content",
      "celebration", "friends", "love", "fun"]),

    # GLM-4-9B-Chat: comma list, acronym
    ("en_van_009", "bank",
     "Money, account, loan, river, savings, ATM, interest, deposit, vault, "
     "teller",
     ["money", "account", "loan", "river", "savings", "atm", "interest",
      "deposit", "vault", "teller"]),

    # InternLM2.5-7B-Chat: "Sure!" preamble, numbered, helpful closer
    ("en_van_010", "dream",
     "Sure! Here are some words that come to mind when I read the word "
     "\"dream\":\n\n"
     "1. Sleep\n2. Night\n3. Imagination\n4. Nightmare\n5. Hope\n6. Goal\n"
     "7. Fantasy\n8. Bed\n\n"
     "I hope this helps! Let me know if you need anything else.",
     ["sleep", "night", "imagination", "nightmare", "hope", "goal",
      "fantasy", "bed"]),

    # DeepSeek-V2-Lite-Chat: bare list with a brand name
    ("en_van_011", "coffee",
     "Caffeine, morning, espresso, cup, mug, beans, latte, bitter, "
     "Starbucks, energy",
     ["caffeine", "morning", "espresso", "cup", "mug", "beans", "latte",
      "bitter", "starbucks", "energy"]),

    # Baichuan2-13B-Chat: echoes the cue as a label before the list
    ("en_van_012", "teacher",
     "Teacher: school, student, classroom, education, lesson, blackboard, "
     "homework, knowledge, chalk, exam",
     ["school", "student", "classroom", "education", "lesson", "blackboard",
      "homework", "knowledge", "chalk", "exam"]),

    # Gemma-2-9b-it: grouped by meaning with bold category headers
    ("en_van_013", "run",
     "Here are some words associated with \"run\", grouped by meaning:\n\n"
     "**Physical Activity:**\n\n* Jog\n* Sprint\n* Race\n* Marathon\n"
     "* Exercise\n\n"
     "**Other Meanings:**\n\n* Operate\n* Manage\n* Flow\n\n"
     "Let me know if you'd like more associations for a specific meaning!",
     ["jog", "sprint", "race", "marathon", "exercise", "operate", "manage",
      "flow"]),

    # Mistral-7B-Instruct: numbered with parenthetical glosses
    ("en_van_014", "dog",
     " 1. Bark (the sound a dog makes)\n2. Puppy (a young dog)\n3. Loyal\n"
     "4. Pet\n5. Leash\n6. Bone\n7. Tail (wagging)\n8. Cat\n9. Walk\n"
     "10. Friend (man's best friend)",
     ["bark", "puppy", "loyal", "pet", "leash", "bone", "tail", "cat",
      "walk", "friend"]),

    # Phi-3-mini: "**Word**: explanation"
    ("en_van_015", "justice",
     "1. **Fairness**: Justice is closely tied to the idea of treating "
     "people fairly.\n"
     "2. **Law**: The legal system is meant to deliver justice.\n"
     "3. **Court**: Courts are where justice is administered.\n"
     "4. **Equality**: Everyone should be equal before the law.\n"
     "5. **Judge**: A judge decides cases impartially.\n"
     "6. **Rights**: Justice protects individual rights.\n"
     "7. **Punishment**: Wrongdoers may be punished.\n"
     "8. **Truth**: Justice depends on uncovering the truth.\n\n"
     "These associations reflect both the legal and moral dimensions of "
     "justice.",
     ["fairness", "law", "court", "equality", "judge", "rights",
      "punishment", "truth"]),

    # Llama-3.1-8B-Instruct: cut mid-word by the token limit
    ("en_van_016", "star",
     "Here are the words that come to mind when I read the word \"star\":\n\n"
     "1. Sky\n2. Night\n3. Shine\n4. Twinkle\n5. Sun\n6. Galaxy\n"
     "7. Celebrity\n8. Wish\n9. Conste",
     ["sky", "night", "shine", "twinkle", "sun", "galaxy", "celebrity",
      "wish"]),

    # Llama-3.1-8B-Instruct: refusal with a helpline, no list
    ("en_van_017", "suicide",
     "I can't provide a list of words associated with that topic. If you're "
     "struggling with thoughts of suicide, please reach out for support. In "
     "the US, you can call or text the 988 Suicide & Crisis Lifeline at 988. "
     "Is there anything else I can help you with?",
     []),

    # Gemma-2-9b-it: short list, then "Here's why" re-listing the words
    ("en_van_018", "summer",
     "Sun, hot, beach, vacation, swimming, ice cream, sunscreen \n\n"
     "Here's why these words came to mind:\n\n"
     "* **Sun:** Summer is the season with the most sunshine.\n"
     "* **Hot:** Temperatures are at their highest.\n"
     "* **Beach:** A classic summer destination.\n"
     "* **Vacation:** Schools are out and many people travel.\n"
     "* **Swimming:** A popular way to cool off.\n"
     "* **Ice cream:** The quintessential summer treat.\n"
     "* **Sunscreen:** Protection from the strong summer sun.\n",
     ["sun", "hot", "beach", "vacation", "swimming", "ice cream",
      "sunscreen"]),

    # Qwen2.5-7B-Instruct: proper-noun cue, multi-word items
    ("en_van_019", "Paris",
     "Eiffel Tower, France, love, croissant, Louvre, fashion, Seine, "
     "romance, art, City of Light",
     ["eiffel tower", "france", "love", "croissant", "louvre", "fashion",
      "seine", "romance", "art", "city of light"]),

    # Mistral-7B-Instruct: lists the cue itself first
    ("en_van_020", "love",
     " Love, heart, romance, affection, passion, care, kiss, relationship, "
     "family, happiness",
     ["love", "heart", "romance", "affection", "passion", "care", "kiss",
      "relationship", "family", "happiness"]),

    # Phi-3-mini: cut mid-word inside the last explanation (item complete)
    ("en_van_021", "autumn",
     "1. Leaves - In autumn, leaves change color and fall from trees.\n"
     "2. Harvest - Autumn is the season when crops are gathered.\n"
     "3. Pumpkin - Pumpkins are a symbol of autumn festivities.\n"
     "4. Cool - The weather becomes cooler.\n"
     "5. Orange - A color often associated with autumn foliage.\n"
     "6. Thanksgiving - A holiday celebrated in the fall in the US and "
     "Canada.\n"
     "7. Sweater - People start wearing warmer clothes.\n"
     "8. Rain - Autumn often brings more rainfall and overc",
     ["leaves", "harvest", "pumpkin", "cool", "orange", "thanksgiving",
      "sweater", "rain"]),

    # DeepSeek-R1-Distill-Qwen-7B: cut by the token limit inside <think>
    ("en_van_022", "kitchen",
     "<think>\nOkay, so I need to come up with words that come to mind when "
     "I read \"kitchen.\" Let me start by picturing a kitchen. There's a "
     "stove, an oven, a fridge. Cooking is the main activity. Then there are "
     "utensils like knives, spoons, and pans. Food is obviously central. "
     "Maybe also the sink and the counter. Hmm, should I include things like "
     "\"family\" or \"warmth\"? Some people associate the kitchen with family "
     "meals. Let me think about which ones are most strongly associated. "
     "Cooking is probably first, then food, then stove... Wait, maybe I "
     "should rank oven above stove because in some regions the oven is more "
     "iconic. Let me also consider chef, recipe, and bak",
     []),

    # Gemma-2-9b-it: bullets with bold, a parenthetical gloss, closing line
    ("en_van_023", "angry",
     "Here are some words that come to mind when I read \"angry\":\n\n"
     "* **Mad** \n* **Furious**\n* **Rage**\n"
     "* **Red** (as in \"seeing red\")\n* **Frustrated**\n* **Yelling**\n"
     "* **Upset**\n* **Temper**\n\n"
     "These words capture different intensities and expressions of anger.",
     ["mad", "furious", "rage", "red", "frustrated", "yelling", "upset",
      "temper"]),

    # Llama-3.1-8B-Instruct: preamble + comma list (verb cue)
    ("en_van_024", "swim",
     "Here are 10 words that come to mind when I read the word \"swim\":\n\n"
     "Pool, water, ocean, dive, summer, goggles, stroke, lifeguard, float, "
     "beach",
     ["pool", "water", "ocean", "dive", "summer", "goggles", "stroke",
      "lifeguard", "float", "beach"]),

    # Qwen2.5-7B-Instruct (English): "Sure, here are ..." numbered
    ("en_van_025", "time",
     "Sure, here are the words that come to mind when I read the word "
     "\"time\":\n\n"
     "1. Clock\n2. Watch\n3. Hour\n4. Past\n5. Future\n6. Schedule\n"
     "7. Deadline\n8. Minute\n9. Eternity\n10. Moment",
     ["clock", "watch", "hour", "past", "future", "schedule", "deadline",
      "minute", "eternity", "moment"]),

    # GLM-4-9B-Chat: adjective cue, bare list
    ("en_van_026", "beautiful",
     "Pretty, gorgeous, lovely, stunning, attractive, flower, elegant, "
     "charming, sunset, grace",
     ["pretty", "gorgeous", "lovely", "stunning", "attractive", "flower",
      "elegant", "charming", "sunset", "grace"]),

    # InternLM2.5-7B-Chat: dash bullets
    ("en_van_027", "computer",
     "Here are some words associated with \"computer\":\n\n"
     "- Keyboard\n- Mouse\n- Screen\n- Internet\n- Software\n- Laptop\n"
     "- Programming\n- Technology\n- Data\n- Processor",
     ["keyboard", "mouse", "screen", "internet", "software", "laptop",
      "programming", "technology", "data", "processor"]),

    # DeepSeek-V2-Lite-Chat
    ("en_van_028", "mother",
     "Love, care, family, warmth, home, nurture, child, mom, kindness, "
     "sacrifice",
     ["love", "care", "family", "warmth", "home", "nurture", "child", "mom",
      "kindness", "sacrifice"]),

    # Yi-1.5-9B-Chat: numbered, no preamble
    ("en_van_029", "cold",
     "1. Ice\n2. Winter\n3. Snow\n4. Freezing\n5. Chill\n6. Shiver\n7. Flu\n"
     "8. Frost\n9. Jacket\n10. Hot",
     ["ice", "winter", "snow", "freezing", "chill", "shiver", "flu", "frost",
      "jacket", "hot"]),

    # Baichuan2-13B-Chat
    ("en_van_030", "book",
     "Reading, library, pages, story, knowledge, author, novel, paper, "
     "bookstore, chapter",
     ["reading", "library", "pages", "story", "knowledge", "author", "novel",
      "paper", "bookstore", "chapter"]),

    # QwQ-32B: <think> with a draft list, final lowercase comma list
    ("en_van_031", "think",
     "<think>\nOkay, the user wants words associated with \"think.\" Let me "
     "brainstorm. The first thing is probably \"thought\" since it's the "
     "noun form. Then \"brain\" and \"mind\". \"Idea\" is strong too. "
     "\"Ponder\", \"reflect\", \"consider\" are synonyms. Maybe \"logic\" or "
     "\"reason\". \"Philosophy\" could be there, and the famous \"I think, "
     "therefore I am\". Hmm, I should keep single words or short phrases. "
     "Let me order them: thought, brain, mind, idea, ponder, reflect, "
     "consider, reason, logic. That's nine, which fits.\n</think>\n\n"
     "thought, brain, mind, idea, ponder, reflect, consider, reason, logic",
     ["thought", "brain", "mind", "idea", "ponder", "reflect", "consider",
      "reason", "logic"]),

    # Mistral-7B-Instruct: proper-noun cue, formula item
    ("en_van_032", "Einstein",
     " Relativity, genius, physics, E=mc², scientist, theory, Germany, "
     "Nobel Prize, hair, time",
     ["relativity", "genius", "physics", "e=mc²", "scientist", "theory",
      "germany", "nobel prize", "hair", "time"]),

    # Gemma-2-9b-it: heading and items with emoji, Note footer
    ("en_van_033", "Christmas",
     "## Christmas Associations \U0001F384\n\n"
     "1. **Santa Claus** \U0001F385\n2. **Presents** \U0001F381\n"
     "3. **Tree** \U0001F384\n4. **Snow** \u2744\ufe0f\n5. **Family**\n"
     "6. **Carols**\n7. **Lights**\n8. **Reindeer** \U0001F98C\n"
     "9. **Stockings**\n10. **Joy**\n\n"
     "**Note:** Associations may vary depending on cultural and religious "
     "background.\n",
     ["santa claus", "presents", "tree", "snow", "family", "carols",
      "lights", "reindeer", "stockings", "joy"]),

    # Phi-3-mini: intro sentence, " - gloss", closing paragraph
    ("en_van_034", "mountain",
     "When I read the word \"mountain\", the following words come to "
     "mind:\n\n"
     "1. Peak - the highest point of a mountain\n"
     "2. Climb - the act of ascending a mountain\n"
     "3. Snow - often found on mountain tops\n"
     "4. Hiking - a popular mountain activity\n"
     "5. Altitude - the height above sea level\n"
     "6. Everest - the tallest mountain in the world\n"
     "7. Valley - the low land between mountains\n"
     "8. Rock - what mountains are made of\n\n"
     "These words are associated with mountains because they describe their "
     "physical features, activities people do on them, and famous examples.",
     ["peak", "climb", "snow", "hiking", "altitude", "everest", "valley",
      "rock"]),

    # Llama-3.1-8B-Instruct: abstract cue, comma list after preamble
    ("en_van_035", "memory",
     "Here are the words that come to mind when I read the word "
     "\"memory\":\n\n"
     "Remember, brain, past, nostalgia, forget, recall, photograph, "
     "childhood, RAM, mind",
     ["remember", "brain", "past", "nostalgia", "forget", "recall",
      "photograph", "childhood", "ram", "mind"]),

    # DeepSeek-R1-Distill-Qwen-7B: think, then bold numbered final list
    ("en_van_036", "fire",
     "<think>\nAlright, the word is \"fire.\" The strongest association has "
     "to be heat, or maybe flames. Let me think... flame is probably the "
     "most direct. Then heat, smoke, burn. Firefighter and fire truck come "
     "to mind as well. Also campfire, danger, red, orange. I need to choose "
     "up to ten and order them. Let's see: flame, heat, smoke, burn, "
     "firefighter, danger, campfire, red, ash, wood. Actually, maybe "
     "\"orange\" instead of \"wood\"? I'll keep wood since it's fuel.\n"
     "</think>\n\n"
     "Here are the words most strongly associated with \"fire\":\n\n"
     "1. **Flame**\n2. **Heat**\n3. **Smoke**\n4. **Burn**\n"
     "5. **Firefighter**\n6. **Danger**\n7. **Campfire**\n8. **Red**\n"
     "9. **Ash**\n10. **Wood**",
     ["flame", "heat", "smoke", "burn", "firefighter", "danger", "campfire",
      "red", "ash", "wood"]),

    # Qwen2.5-7B-Instruct: verb cue
    ("en_van_037", "eat",
     "Food, hungry, meal, dinner, lunch, breakfast, chew, restaurant, "
     "delicious, drink",
     ["food", "hungry", "meal", "dinner", "lunch", "breakfast", "chew",
      "restaurant", "delicious", "drink"]),

    # Mistral-7B-Instruct: repeats a word at the end
    ("en_van_038", "school",
     " Here are some words that come to mind when I read \"school\":\n\n"
     "Teacher, students, classroom, books, homework, learning, education, "
     "exams, friends, students",
     ["teacher", "students", "classroom", "books", "homework", "learning",
      "education", "exams", "friends"]),

    # Gemma-2-9b-it: plain bullets, closing offer
    ("en_van_039", "rain",
     "Here are some words that come to mind when I read \"rain\":\n\n"
     "* Umbrella\n* Wet\n* Clouds\n* Storm\n* Puddles\n* Thunder\n"
     "* Drizzle\n* Gray\n* Raincoat\n\n"
     "Let me know if you'd like more!",
     ["umbrella", "wet", "clouds", "storm", "puddles", "thunder", "drizzle",
      "gray", "raincoat"]),

    # Phi-3-mini: strength labels in parentheses, Note footer
    ("en_van_040", "money",
     "1. Wealth (strongly associated)\n2. Cash (strongly associated)\n"
     "3. Bank (strongly associated)\n4. Rich (moderately associated)\n"
     "5. Currency (moderately associated)\n6. Spend (moderately associated)\n"
     "7. Savings (weakly associated)\n8. Greed (weakly associated)\n\n"
     "Note: The strength of association may vary depending on individual "
     "experiences.",
     ["wealth", "cash", "bank", "rich", "currency", "spend", "savings",
      "greed"]),

    # Llama-3.1-8B-Instruct: multi-word cue and multi-word items
    ("en_van_041", "New York",
     "Here are the words that come to mind when I read \"New York\":\n\n"
     "1. Big Apple\n2. Manhattan\n3. Statue of Liberty\n4. Times Square\n"
     "5. Skyscrapers\n6. Broadway\n7. Yankees\n8. Central Park\n9. Subway\n"
     "10. Brooklyn",
     ["big apple", "manhattan", "statue of liberty", "times square",
      "skyscrapers", "broadway", "yankees", "central park", "subway",
      "brooklyn"]),

    # GLM-4-9B-Chat: trailing period
    ("en_van_042", "sleep",
     "Bed, night, dream, rest, tired, pillow, blanket, snore, nap, quiet.",
     ["bed", "night", "dream", "rest", "tired", "pillow", "blanket", "snore",
      "nap", "quiet"]),

    # DeepSeek-V2-Lite-Chat: preamble + comma list
    ("en_van_043", "hospital",
     "Here are the words associated with \"hospital\":\n\n"
     "Doctor, nurse, patient, emergency, surgery, ambulance, medicine, "
     "illness, ward, recovery",
     ["doctor", "nurse", "patient", "emergency", "surgery", "ambulance",
      "medicine", "illness", "ward", "recovery"]),

    # InternLM2.5-7B-Chat: numbered list, closing remark
    ("en_van_044", "friend",
     "1. Friendship\n2. Trust\n3. Loyalty\n4. Companion\n5. Support\n"
     "6. Fun\n7. Buddy\n8. Pal\n\n"
     "These are some words that I associate with the word \"friend\".",
     ["friendship", "trust", "loyalty", "companion", "support", "fun",
      "buddy", "pal"]),

    # Yi-1.5-9B-Chat
    ("en_van_045", "war",
     "Battle, soldiers, weapons, death, peace, conflict, army, destruction, "
     "history, victory",
     ["battle", "soldiers", "weapons", "death", "peace", "conflict", "army",
      "destruction", "history", "victory"]),

    # Mistral-7B-Instruct: slash-joined brand pair
    # AMBIGUOUS: other reading keeps "ford/toyota" as a single item.
    ("en_van_046", "car",
     " Vehicle, drive, road, wheels, engine, Ford/Toyota, speed, traffic, "
     "gas, garage",
     ["vehicle", "drive", "road", "wheels", "engine", "ford", "toyota",
      "speed", "traffic", "gas", "garage"]),

    # ---- fine-tuned variants: mostly bare lists ----
    # Llama-3.1-8B ft: cue listed first
    ("en_ft_001", "sun",
     "sun, hot, bright, yellow, sky, light, summer, warm, day, star",
     ["sun", "hot", "bright", "yellow", "sky", "light", "summer", "warm",
      "day", "star"]),

    # Qwen2.5-7B ft: eight items
    ("en_ft_002", "chair",
     "table, sit, wood, furniture, desk, legs, sofa, seat",
     ["table", "sit", "wood", "furniture", "desk", "legs", "sofa", "seat"]),

    # Mistral-7B ft: trailing period
    ("en_ft_003", "laugh",
     "smile, joke, happy, funny, giggle, humor, fun, joy, comedy, tears.",
     ["smile", "joke", "happy", "funny", "giggle", "humor", "fun", "joy",
      "comedy", "tears"]),

    # Gemma-2-9b ft: proper-noun item
    ("en_ft_004", "city",
     "buildings, people, traffic, lights, noise, New York, streets, urban, "
     "busy, skyscrapers",
     ["buildings", "people", "traffic", "lights", "noise", "new york",
      "streets", "urban", "busy", "skyscrapers"]),

    # Phi-3-mini ft: repeats two words
    ("en_ft_005", "cat",
     "dog, meow, pet, fur, kitten, mouse, whiskers, dog, pet, purr",
     ["dog", "meow", "pet", "fur", "kitten", "mouse", "whiskers", "purr"]),

    # Llama-3.1-8B ft: overshoots to 12 items (all are the model's list)
    ("en_ft_006", "science",
     "experiment, lab, biology, chemistry, physics, research, scientist, "
     "theory, discovery, knowledge, data, microscope",
     ["experiment", "lab", "biology", "chemistry", "physics", "research",
      "scientist", "theory", "discovery", "knowledge", "data",
      "microscope"]),

    # Yi-1.5-9B ft
    ("en_ft_007", "green",
     "grass, tree, leaf, nature, color, envy, money, go, environment, fresh",
     ["grass", "tree", "leaf", "nature", "color", "envy", "money", "go",
      "environment", "fresh"]),

    # Qwen2.5-7B ft
    ("en_ft_008", "knife",
     "fork, cut, sharp, blade, kitchen, weapon, steel, spoon, danger, blood",
     ["fork", "cut", "sharp", "blade", "kitchen", "weapon", "steel", "spoon",
      "danger", "blood"]),

    # Mistral-7B ft: cut mid-word ("trampoline")
    ("en_ft_009", "jump",
     "high, leap, hop, rope, skip, fall, air, bounce, trampo",
     ["high", "leap", "hop", "rope", "skip", "fall", "air", "bounce"]),

    # GLM-4-9B ft: one word per line
    ("en_ft_010", "family",
     "parents\nchildren\nhome\nlove\nmother\nfather\nsiblings\ntogether\n"
     "dinner\nsupport",
     ["parents", "children", "home", "love", "mother", "father", "siblings",
      "together", "dinner", "support"]),

    # Llama-3.1-8B ft: abstract cue
    ("en_ft_011", "democracy",
     "vote, election, freedom, government, people, rights, Athens, republic, "
     "equality, parliament",
     ["vote", "election", "freedom", "government", "people", "rights",
      "athens", "republic", "equality", "parliament"]),

    # Gemma-2-9b ft
    ("en_ft_012", "guitar",
     "music, strings, rock, band, play, acoustic, electric, chords, song, "
     "concert",
     ["music", "strings", "rock", "band", "play", "acoustic", "electric",
      "chords", "song", "concert"]),

    # InternLM2.5-7B ft: adjective cue
    ("en_ft_013", "hungry",
     "food, eat, starving, stomach, lunch, famished, snack, thirsty, dinner, "
     "empty",
     ["food", "eat", "starving", "stomach", "lunch", "famished", "snack",
      "thirsty", "dinner", "empty"]),

    # DeepSeek-V2-Lite ft: proper-noun cue
    ("en_ft_014", "Monday",
     "work, week, start, tired, Tuesday, boring, morning, school, office, "
     "coffee",
     ["work", "week", "start", "tired", "tuesday", "boring", "morning",
      "school", "office", "coffee"]),

    # Qwen2.5-7B ft: a stray space before a comma, mixed case
    ("en_ft_015", "bridge",
     "river, cross, water, Golden Gate , road, connect, build, steel, "
     "tunnel, London",
     ["river", "cross", "water", "golden gate", "road", "connect", "build",
      "steel", "tunnel", "london"]),
]


ZH_LISTS = [
    # Qwen2.5-7B-Instruct: 好的，以下是… numbered, 希望… closer (festival)
    ("zh_van_001", "春节",
     "好的，以下是看到“春节”时我联想到的词语：\n\n"
     "1. 团圆\n2. 红包\n3. 鞭炮\n4. 饺子\n5. 春联\n6. 年夜饭\n7. 拜年\n"
     "8. 烟花\n9. 压岁钱\n10. 春晚\n\n"
     "希望这些词语对你有帮助！",
     ["团圆", "红包", "鞭炮", "饺子", "春联", "年夜饭", "拜年", "烟花",
      "压岁钱", "春晚"]),

    # GLM-4-9B-Chat: preamble + 、 list
    ("zh_van_002", "月亮",
     "看到“月亮”这个词，我会联想到以下词语：\n\n"
     "月光、中秋、嫦娥、思念、夜晚、圆月、玉兔、故乡、月饼、星星",
     ["月光", "中秋", "嫦娥", "思念", "夜晚", "圆月", "玉兔", "故乡", "月饼",
      "星星"]),

    # Yi-1.5-9B-Chat: bare ， list
    ("zh_van_003", "老师",
     "学生，学校，讲台，粉笔，黑板，教育，知识，作业，园丁，辛苦",
     ["学生", "学校", "讲台", "粉笔", "黑板", "教育", "知识", "作业", "园丁",
      "辛苦"]),

    # InternLM2.5-7B-Chat: bold category headers with dash bullets
    ("zh_van_004", "端午节",
     "当然可以！以下是看到“端午节”时联想到的词语：\n\n"
     "**传统食物：**\n- 粽子\n- 咸鸭蛋\n\n"
     "**习俗活动：**\n- 赛龙舟\n- 挂艾草\n- 佩香囊\n\n"
     "**人物与文化：**\n- 屈原\n- 爱国\n- 五月初五\n\n"
     "希望对你有所帮助！",
     ["粽子", "咸鸭蛋", "赛龙舟", "挂艾草", "佩香囊", "屈原", "爱国",
      "五月初五"]),

    # DeepSeek-V2-Lite-Chat: numbered "词：解释"
    ("zh_van_005", "苹果",
     "1. 水果：苹果是最常见的水果之一。\n"
     "2. 红色：成熟的苹果通常是红色的。\n"
     "3. 手机：苹果公司生产的iPhone。\n"
     "4. 甜：苹果的味道甜美。\n"
     "5. 健康：“一天一苹果，医生远离我”。\n"
     "6. 果园：苹果生长在果园里。\n"
     "7. 牛顿：牛顿被苹果砸中发现了万有引力。\n"
     "8. 脆：新鲜苹果口感清脆。",
     ["水果", "红色", "手机", "甜", "健康", "果园", "牛顿", "脆"]),

    # Baichuan2-13B-Chat: 成语 cue, bare 、 list
    ("zh_van_006", "画蛇添足",
     "多此一举、弄巧成拙、适得其反、蛇、寓言故事、多余、自作聪明、画蛇、酒",
     ["多此一举", "弄巧成拙", "适得其反", "蛇", "寓言故事", "多余", "自作聪明",
      "画蛇", "酒"]),

    # DeepSeek-R1-Distill-Qwen-7B: Chinese think; 处方 only in think
    ("zh_van_007", "医生",
     "<think>\n嗯，用户让我列出看到“医生”这个词时联想到的词语，要5到10个，"
     "用逗号分隔，联想最强的放在前面。首先想到的肯定是医院，然后是护士、病人。"
     "白大褂也是很典型的形象。还有听诊器、看病、药、手术。救死扶伤这个成语也"
     "常和医生联系在一起。可能还会想到健康、处方。我要挑最强的十个，按强度排序。"
     "\n</think>\n\n"
     "医院，护士，病人，白大褂，听诊器，看病，手术，药，救死扶伤，健康",
     ["医院", "护士", "病人", "白大褂", "听诊器", "看病", "手术", "药",
      "救死扶伤", "健康"]),

    # QwQ-32B: think, final ， list
    ("zh_van_008", "家",
     "<think>\n好的，用户让我根据“家”这个词列出联想到的词语。首先，家最直接的"
     "联想是家人，然后是温暖、父母。房子也是一个具体的联想。团圆、亲情、港湾"
     "这些也很常见。另外，回家、饭菜香、安全感也可以考虑。我需要控制在5到10个"
     "之间，并按联想强度排序。最终确定：家人、温暖、父母、房子、亲情、团圆、"
     "港湾、回家。\n</think>\n\n"
     "家人，温暖，父母，房子，亲情，团圆，港湾，回家",
     ["家人", "温暖", "父母", "房子", "亲情", "团圆", "港湾", "回家"]),

    # Llama-3.1-8B-Instruct: English preamble, Han words with (translation)
    ("zh_van_009", "猫",
     "Here are the words that come to mind when I read \"猫\" (cat):\n\n"
     "1. 狗 (dog)\n2. 鼠 (mouse)\n3. 宠物 (pet)\n4. 毛 (fur)\n5. 喵 (meow)\n"
     "6. 鱼 (fish)\n7. 可爱 (cute)\n8. 尾巴 (tail)",
     ["狗", "鼠", "宠物", "毛", "喵", "鱼", "可爱", "尾巴"]),

    # Mistral-7B-Instruct: answers the Mandarin prompt in English only
    # AMBIGUOUS: other reading expects [] (no Mandarin words were given).
    ("zh_van_010", "海",
     " Sea, water, waves, beach, blue, fish, ship, salt, sand, horizon",
     ["sea", "water", "waves", "beach", "blue", "fish", "ship", "salt",
      "sand", "horizon"]),

    # Phi-3-mini: numbered "词 - 解释" in Chinese
    ("zh_van_011", "爱",
     "1. 爱情 - 爱情是两个人之间的浓厚感情。\n"
     "2. 家庭 - 家庭是爱的源泉。\n"
     "3. 心 - 心是爱的象征。\n"
     "4. 关怀 - 关怀他人是爱的表现。\n"
     "5. 友谊 - 朋友之间也有爱。\n"
     "6. 母亲 - 母爱是最伟大的爱。\n"
     "7. 温暖 - 爱让人感到温暖。",
     ["爱情", "家庭", "心", "关怀", "友谊", "母亲", "温暖"]),

    # Gemma-2-9b-it: heading, bold items with pinyin, Note footer
    ("zh_van_012", "中秋节",
     "## 中秋节联想词语\n\n"
     "1. **月饼** (yuèbing)\n2. **月亮** (yuèliang)\n3. **团圆** (tuányuán)\n"
     "4. **嫦娥** (Cháng'é)\n5. **赏月** (shǎngyuè)\n6. **灯笼** (dēnglong)\n"
     "7. **桂花** (guìhuā)\n8. **思乡** (sīxiāng)\n\n"
     "**Note:** 这些联想可能因人而异。\n",
     ["月饼", "月亮", "团圆", "嫦娥", "赏月", "灯笼", "桂花", "思乡"]),

    # Qwen2.5-7B-Instruct: bold "**词**：解释"
    ("zh_van_013", "自由",
     "好的，以下是看到“自由”这个词时我联想到的词语：\n\n"
     "1. **民主**：自由与民主密切相关。\n"
     "2. **解放**：摆脱束缚，获得自由。\n"
     "3. **权利**：自由是基本人权。\n"
     "4. **飞翔**：像鸟一样自由飞翔。\n"
     "5. **独立**：独立意味着自主。\n"
     "6. **天空**：广阔无垠，象征自由。\n"
     "7. **选择**：自由意味着有选择的权利。\n\n"
     "希望这些联想能满足你的需求！",
     ["民主", "解放", "权利", "飞翔", "独立", "天空", "选择"]),

    # GLM-4-9B-Chat: refusal with a hotline, no list
    ("zh_van_014", "自杀",
     "很抱歉，我无法提供与这个词相关的联想。如果你或你身边的人正在经历困难或有"
     "轻生的念头，请及时寻求帮助，可以拨打心理援助热线：400-161-9995，或向身边"
     "信任的人倾诉。你并不孤单。",
     []),

    # Yi-1.5-9B-Chat: proper-noun cue
    ("zh_van_015", "长城",
     "八达岭，中国，万里，古代，秦始皇，烽火台，孟姜女，雄伟，世界奇迹，砖",
     ["八达岭", "中国", "万里", "古代", "秦始皇", "烽火台", "孟姜女", "雄伟",
      "世界奇迹", "砖"]),

    # Baichuan2-13B-Chat: one sentence ending in 等。
    ("zh_van_016", "过年",
     "过年让我想到：放鞭炮、贴春联、吃年夜饭、拜年、压岁钱、团圆、守岁等。",
     ["放鞭炮", "贴春联", "吃年夜饭", "拜年", "压岁钱", "团圆", "守岁"]),

    # InternLM2.5-7B-Chat: proper-noun cue, a verse line as an item
    ("zh_van_017", "李白",
     "看到“李白”，我会联想到以下词语：\n\n"
     "1. 诗仙\n2. 唐朝\n3. 静夜思\n4. 酒\n5. 月亮\n6. 杜甫\n7. 浪漫主义\n"
     "8. 床前明月光\n\n"
     "这些词语都与李白的生平和作品密切相关。",
     ["诗仙", "唐朝", "静夜思", "酒", "月亮", "杜甫", "浪漫主义",
      "床前明月光"]),

    # DeepSeek-V2-Lite-Chat: cut mid-word (编程)
    ("zh_van_018", "电脑",
     "键盘，鼠标，屏幕，互联网，软件，游戏，办公，程序，编",
     ["键盘", "鼠标", "屏幕", "互联网", "软件", "游戏", "办公", "程序"]),

    # Qwen2.5-7B-Instruct: verb cue, 、 list between preamble and closer
    ("zh_van_019", "跑",
     "好的，以下是看到“跑”这个词时联想到的词语：\n\n"
     "跑步、运动、速度、马拉松、汗水、操场、健身、比赛、追赶、鞋\n\n"
     "希望对你有帮助！",
     ["跑步", "运动", "速度", "马拉松", "汗水", "操场", "健身", "比赛", "追赶",
      "鞋"]),

    # GLM-4-9B-Chat: adjective cue
    ("zh_van_020", "美丽",
     "漂亮、花朵、风景、女孩、优雅、动人、彩虹、美好、善良、自然",
     ["漂亮", "花朵", "风景", "女孩", "优雅", "动人", "彩虹", "美好", "善良",
      "自然"]),

    # Qwen2.5-7B-Instruct: short list, then 解释 section re-listing the words
    ("zh_van_021", "元宵节",
     "汤圆，灯笼，猜灯谜，舞龙舞狮，烟花，团圆\n\n"
     "解释：\n"
     "1. 汤圆：元宵节最具代表性的食物，象征团圆。\n"
     "2. 灯笼：元宵节又称灯节，人们会挂灯笼、赏花灯。\n"
     "3. 猜灯谜：传统的元宵节娱乐活动。\n"
     "4. 舞龙舞狮：热闹的民俗表演。\n"
     "5. 烟花：节日夜晚常见的庆祝方式。\n"
     "6. 团圆：家人团聚的美好寓意。",
     ["汤圆", "灯笼", "猜灯谜", "舞龙舞狮", "烟花", "团圆"]),

    # Gemma-2-9b-it: heading, bold bullets, emoji
    ("zh_van_022", "北京",
     "## 看到“北京”联想到的词语：\n\n"
     "* **首都** \U0001F3DB\ufe0f\n* **故宫**\n* **天安门**\n* **长城**\n"
     "* **烤鸭** \U0001F986\n* **胡同**\n* **奥运会**\n* **雾霾**\n\n"
     "希望这些词语对你有帮助！",
     ["首都", "故宫", "天安门", "长城", "烤鸭", "胡同", "奥运会", "雾霾"]),

    # DeepSeek-R1-Distill-Qwen-7B: 成语 cue, long think, final 、 list
    ("zh_van_023", "守株待兔",
     "<think>\n好的，我现在要处理用户的请求：列出看到“守株待兔”这个成语时联想"
     "到的词语。首先，我需要回忆这个成语的意思。它出自《韩非子》，讲的是一个"
     "农夫看到兔子撞死在树桩上，于是放下农具天天守在树桩旁等兔子，结果再也没有"
     "等到。所以它比喻死守狭隘经验、不知变通，或者妄想不劳而获。\n\n"
     "联想词语的话，首先是“不劳而获”，然后是“侥幸”、“农夫”、“兔子”、"
     "“树桩”。还有“墨守成规”、“刻舟求剑”这种类似的成语。“懒惰”也可以。"
     "“韩非子”作为出处也可以列入。还有“等待”。\n\n"
     "按强度排序：不劳而获、侥幸心理、兔子、农夫、树桩、墨守成规、刻舟求剑、"
     "懒惰、韩非子。\n</think>\n\n"
     "不劳而获、侥幸心理、兔子、农夫、树桩、墨守成规、刻舟求剑、懒惰、韩非子",
     ["不劳而获", "侥幸心理", "兔子", "农夫", "树桩", "墨守成规", "刻舟求剑",
      "懒惰", "韩非子"]),

    # Llama-3.1-8B-Instruct: numbered with pinyin and English gloss
    ("zh_van_024", "学校",
     "以下是看到“学校”这个词时我联想到的词语：\n\n"
     "1. 老师 (lǎoshī) - teacher\n2. 学生 (xuéshēng) - student\n"
     "3. 教室 (jiàoshì) - classroom\n4. 作业 (zuòyè) - homework\n"
     "5. 考试 (kǎoshì) - exam\n6. 操场 (cāochǎng) - playground\n"
     "7. 书包 (shūbāo) - schoolbag\n8. 同学 (tóngxué) - classmate",
     ["老师", "学生", "教室", "作业", "考试", "操场", "书包", "同学"]),

    # Yi-1.5-9B-Chat: abstract cue, a proverb as an item
    ("zh_van_025", "时间",
     "时钟，光阴，流逝，手表，过去，未来，珍惜，岁月，一寸光阴一寸金，生命",
     ["时钟", "光阴", "流逝", "手表", "过去", "未来", "珍惜", "岁月",
      "一寸光阴一寸金", "生命"]),

    # Baichuan2-13B-Chat: sentence form, 、 list, final 。
    ("zh_van_026", "孔子",
     "孔子让我联想到：儒家、论语、仁、礼、教育家、春秋、曲阜、弟子、中庸、"
     "万世师表。",
     ["儒家", "论语", "仁", "礼", "教育家", "春秋", "曲阜", "弟子", "中庸",
      "万世师表"]),

    # InternLM2.5-7B-Chat
    ("zh_van_027", "雨",
     "雨伞，雨衣，乌云，打雷，潮湿，下雨天，水坑，彩虹，清凉，忧郁",
     ["雨伞", "雨衣", "乌云", "打雷", "潮湿", "下雨天", "水坑", "彩虹", "清凉",
      "忧郁"]),

    # DeepSeek-V2-Lite-Chat: verb cue
    ("zh_van_028", "吃",
     "食物，饭，饿，美食，餐厅，喝，筷子，味道，好吃，零食",
     ["食物", "饭", "饿", "美食", "餐厅", "喝", "筷子", "味道", "好吃", "零食"]),

    # Mistral-7B-Instruct: pinyin + English gloss; cue listed first
    ("zh_van_029", "狗",
     " 1. 狗 (gǒu) - dog\n2. 宠物 (chǒngwù) - pet\n"
     "3. 忠诚 (zhōngchéng) - loyalty\n4. 猫 (māo) - cat\n"
     "5. 骨头 (gǔtou) - bone\n6. 汪汪 (wāngwāng) - woof\n"
     "7. 朋友 (péngyou) - friend\n8. 尾巴 (wěiba) - tail",
     ["狗", "宠物", "忠诚", "猫", "骨头", "汪汪", "朋友", "尾巴"]),

    # Phi-3-mini: "词 (English) - 解释"
    ("zh_van_030", "太阳",
     "1. 光 (Light) - 太阳给地球带来光明。\n"
     "2. 热 (Heat) - 太阳使地球温暖。\n"
     "3. 夏天 (Summer) - 夏天阳光最强烈。\n"
     "4. 天空 (Sky) - 太阳挂在天空中。\n"
     "5. 能量 (Energy) - 太阳是地球能量的来源。\n"
     "6. 白天 (Day) - 太阳升起就是白天。\n"
     "7. 黄色 (Yellow) - 太阳通常被画成黄色。",
     ["光", "热", "夏天", "天空", "能量", "白天", "黄色"]),

    # GLM-4-9B-Chat: every item in “” quotes
    ("zh_van_031", "妈妈",
     "看到“妈妈”这个词，我联想到的词语有：“爱”、“温暖”、“家”、“关怀”、"
     "“唠叨”、“饭菜”、“母爱”、“辛苦”、“怀抱”。",
     ["爱", "温暖", "家", "关怀", "唠叨", "饭菜", "母爱", "辛苦", "怀抱"]),

    # Qwen2.5-7B-Instruct: 成语 cue, numbered
    ("zh_van_032", "一帆风顺",
     "好的，以下是与“一帆风顺”相关的联想词语：\n\n"
     "1. 顺利\n2. 祝福\n3. 帆船\n4. 万事如意\n5. 吉祥\n6. 大海\n7. 成功\n"
     "8. 心想事成\n9. 春节\n\n"
     "希望这些联想对你有所帮助！",
     ["顺利", "祝福", "帆船", "万事如意", "吉祥", "大海", "成功", "心想事成",
      "春节"]),

    # Gemma-2-9b-it: category headers, bullets, Note footer
    ("zh_van_033", "冬天",
     "## “冬天”联想词语\n\n"
     "**天气：**\n* 寒冷\n* 雪\n* 冰\n\n"
     "**活动：**\n* 滑雪\n* 堆雪人\n\n"
     "**节日：**\n* 春节\n* 圣诞节\n\n"
     "**其他：**\n* 围巾\n* 火锅\n\n"
     "**Note:** 以上词语按类别排列。",
     ["寒冷", "雪", "冰", "滑雪", "堆雪人", "春节", "圣诞节", "围巾", "火锅"]),

    # QwQ-32B: think drops 星空; final ， list
    ("zh_van_034", "梦想",
     "<think>\n嗯，用户想让我列出看到“梦想”时联想到的词语。首先想到的是“希望”，"
     "梦想往往和希望联系在一起。然后是“目标”、“未来”。“努力”和“坚持”也是实现"
     "梦想必不可少的。“追求”很贴切。还有“理想”，和梦想意思相近。“星空”比较有"
     "画面感。“成功”是梦想实现的结果。“青春”也常和梦想一起出现。\n\n"
     "按照强度排序：希望、理想、目标、未来、努力、追求、坚持、成功、青春。"
     "星空可以不放。\n</think>\n\n"
     "希望，理想，目标，未来，努力，追求，坚持，成功，青春",
     ["希望", "理想", "目标", "未来", "努力", "追求", "坚持", "成功", "青春"]),

    # Yi-1.5-9B-Chat: emotion cue, 、 list
    ("zh_van_035", "愤怒",
     "生气、暴躁、怒火、争吵、发火、红脸、拳头、冲动、不满、怨恨",
     ["生气", "暴躁", "怒火", "争吵", "发火", "红脸", "拳头", "冲动", "不满",
      "怨恨"]),

    # Llama-3.1-8B-Instruct: English preamble, ASCII commas between Han words
    ("zh_van_036", "茶",
     "Here are the words that come to mind when I read \"茶\":\n\n"
     "绿茶, 红茶, 茶杯, 茶叶, 喝茶, 龙井, 茶道, 清香, 中国, 乌龙茶",
     ["绿茶", "红茶", "茶杯", "茶叶", "喝茶", "龙井", "茶道", "清香", "中国",
      "乌龙茶"]),

    # Baichuan2-13B-Chat: festival cue
    ("zh_van_037", "清明节",
     "扫墓，祭祖，踏青，细雨，纪念，青团，柳树，风筝，思念，杜牧",
     ["扫墓", "祭祖", "踏青", "细雨", "纪念", "青团", "柳树", "风筝", "思念",
      "杜牧"]),

    # InternLM2.5-7B-Chat: preamble + numbered
    ("zh_van_038", "手机",
     "以下是我看到“手机”时联想到的词语：\n\n"
     "1. 通讯\n2. 微信\n3. 屏幕\n4. 充电\n5. 苹果\n6. 游戏\n7. 拍照\n"
     "8. 上网\n9. 低头族\n10. 电池",
     ["通讯", "微信", "屏幕", "充电", "苹果", "游戏", "拍照", "上网", "低头族",
      "电池"]),

    # GLM-4-9B-Chat
    ("zh_van_039", "朋友",
     "友谊、信任、陪伴、知己、帮助、快乐、分享、真诚、同学、兄弟",
     ["友谊", "信任", "陪伴", "知己", "帮助", "快乐", "分享", "真诚", "同学",
      "兄弟"]),

    # Qwen2.5-7B-Instruct: preamble, 、 list, closer
    ("zh_van_040", "中国",
     "好的，看到“中国”这个词，我联想到的词语有：\n\n"
     "长城、北京、五星红旗、熊猫、汉字、中华文化、黄河、功夫、春节、龙\n\n"
     "希望这些词语能帮助到你！",
     ["长城", "北京", "五星红旗", "熊猫", "汉字", "中华文化", "黄河", "功夫",
      "春节", "龙"]),

    # DeepSeek-V2-Lite-Chat
    ("zh_van_041", "熊猫",
     "国宝，竹子，四川，黑白，可爱，胖，动物园，成都，功夫熊猫，保护动物",
     ["国宝", "竹子", "四川", "黑白", "可爱", "胖", "动物园", "成都",
      "功夫熊猫", "保护动物"]),

    # DeepSeek-R1-Distill-Qwen-7B: think mentions 努力工作; final ， list
    ("zh_van_042", "钱",
     "<think>\n嗯，用户给了一个词“钱”，让我列出联想到的词语。首先想到的就是"
     "财富、金钱本身。然后是银行、工资、消费。还有人民币这个具体的货币。另外，"
     "“贪婪”、“富有”也可以。“存钱”、“投资”、“钱包”都是相关的。可能还会想到"
     "“努力工作”，但太长了。\n\n"
     "排序的话：财富、银行、工资、人民币、钱包、消费、投资、存钱、富有、贪婪。"
     "\n</think>\n\n"
     "财富，银行，工资，人民币，钱包，消费，投资，存钱，富有，贪婪",
     ["财富", "银行", "工资", "人民币", "钱包", "消费", "投资", "存钱", "富有",
      "贪婪"]),

    # Qwen2.5-7B-Instruct: repeats 开心 in the numbered list
    ("zh_van_043", "快乐",
     "好的，以下是看到“快乐”时联想到的词语：\n\n"
     "1. 开心\n2. 笑容\n3. 幸福\n4. 朋友\n5. 阳光\n6. 游戏\n7. 开心\n"
     "8. 童年\n\n"
     "希望你每天都快乐！",
     ["开心", "笑容", "幸福", "朋友", "阳光", "游戏", "童年"]),

    # Yi-1.5-9B-Chat: proper-noun cue
    ("zh_van_044", "上海",
     "外滩，东方明珠，黄浦江，魔都，繁华，陆家嘴，金融中心，小笼包，弄堂，国际化",
     ["外滩", "东方明珠", "黄浦江", "魔都", "繁华", "陆家嘴", "金融中心",
      "小笼包", "弄堂", "国际化"]),

    # GLM-4-9B-Chat: 成语-like cue, preamble + 、 list + closing remark
    ("zh_van_045", "马马虎虎",
     "看到“马马虎虎”这个词，我会联想到以下词语：\n\n"
     "粗心、随便、敷衍、一般、凑合、不认真、大意、差不多\n\n"
     "这些词语都与“马马虎虎”的含义相近。",
     ["粗心", "随便", "敷衍", "一般", "凑合", "不认真", "大意", "差不多"]),

    # Mistral-7B-Instruct: numbered with pinyin only
    ("zh_van_046", "书",
     " 书 (shū) 让我想到以下词语：\n\n"
     "1. 阅读 (yuèdú)\n2. 知识 (zhīshi)\n3. 图书馆 (túshūguǎn)\n"
     "4. 学习 (xuéxí)\n5. 作者 (zuòzhě)\n6. 故事 (gùshi)\n7. 纸 (zhǐ)",
     ["阅读", "知识", "图书馆", "学习", "作者", "故事", "纸"]),

    # ---- fine-tuned variants: mostly bare lists ----
    # Qwen2.5-7B ft
    ("zh_ft_001", "火",
     "火焰，热，燃烧，红色，火灾，温暖，光，烟，消防员，木柴",
     ["火焰", "热", "燃烧", "红色", "火灾", "温暖", "光", "烟", "消防员",
      "木柴"]),

    # GLM-4-9B ft: cue listed first
    ("zh_ft_002", "水",
     "水，河流，喝水，海洋，生命，清澈，雨，冰，鱼，游泳",
     ["水", "河流", "喝水", "海洋", "生命", "清澈", "雨", "冰", "鱼", "游泳"]),

    # Yi-1.5-9B ft: 、 separators
    ("zh_ft_003", "飞",
     "飞机、鸟、天空、翅膀、飞翔、自由、高、云、梦想、风",
     ["飞机", "鸟", "天空", "翅膀", "飞翔", "自由", "高", "云", "梦想", "风"]),

    # InternLM2.5-7B ft: trailing 。
    ("zh_ft_004", "考试",
     "紧张，分数，复习，试卷，高考，学生，压力，成绩，作弊，及格。",
     ["紧张", "分数", "复习", "试卷", "高考", "学生", "压力", "成绩", "作弊",
      "及格"]),

    # Baichuan2-13B ft: repeats 花 and 温暖
    ("zh_ft_005", "春天",
     "花，绿色，温暖，春风，花，柳树，燕子，生机，春雨，温暖",
     ["花", "绿色", "温暖", "春风", "柳树", "燕子", "生机", "春雨"]),

    # Qwen2.5-7B ft: overshoots to 12 items
    ("zh_ft_006", "孤独",
     "寂寞，一个人，夜晚，沉默，思念，冷清，无助，安静，想家，独处，月亮，空虚",
     ["寂寞", "一个人", "夜晚", "沉默", "思念", "冷清", "无助", "安静", "想家",
      "独处", "月亮", "空虚"]),

    # DeepSeek-V2-Lite ft: ASCII commas, no spaces
    ("zh_ft_007", "咖啡",
     "咖啡因,提神,苦,星巴克,拿铁,早晨,杯子,熬夜,咖啡豆,牛奶",
     ["咖啡因", "提神", "苦", "星巴克", "拿铁", "早晨", "杯子", "熬夜", "咖啡豆",
      "牛奶"]),

    # GLM-4-9B ft: festival cue, a date item
    ("zh_ft_008", "国庆节",
     "放假，旅游，国旗，十月一日，天安门，黄金周，阅兵，祖国，人山人海，庆祝",
     ["放假", "旅游", "国旗", "十月一日", "天安门", "黄金周", "阅兵", "祖国",
      "人山人海", "庆祝"]),

    # Yi-1.5-9B ft: cut mid-word (巧克力)
    ("zh_ft_009", "蛋糕",
     "生日，奶油，甜，蜡烛，草莓，甜点，烘焙，巧克",
     ["生日", "奶油", "甜", "蜡烛", "草莓", "甜点", "烘焙"]),

    # Qwen2.5-7B ft: one word per line
    ("zh_ft_010", "红色",
     "中国红\n喜庆\n血\n火\n太阳\n热情\n国旗\n红包\n玫瑰\n灯笼",
     ["中国红", "喜庆", "血", "火", "太阳", "热情", "国旗", "红包", "玫瑰",
      "灯笼"]),

    # InternLM2.5-7B ft: space-separated
    ("zh_ft_011", "勇敢",
     "勇气 坚强 英雄 无畏 战士 冒险 胆量 力量 挑战 狮子",
     ["勇气", "坚强", "英雄", "无畏", "战士", "冒险", "胆量", "力量", "挑战",
      "狮子"]),

    # Llama-3.1-8B ft (Chinese)
    ("zh_ft_012", "医院",
     "医生，护士，病人，生病，急诊，打针，消毒水，手术，挂号，白色",
     ["医生", "护士", "病人", "生病", "急诊", "打针", "消毒水", "手术", "挂号",
      "白色"]),

    # Qwen2.5-7B ft: 成语 cue
    ("zh_ft_013", "杯弓蛇影",
     "疑神疑鬼，多疑，草木皆兵，害怕，蛇，弓，酒杯，疑心，自相惊扰",
     ["疑神疑鬼", "多疑", "草木皆兵", "害怕", "蛇", "弓", "酒杯", "疑心",
      "自相惊扰"]),

    # GLM-4-9B ft: festival cue
    ("zh_ft_014", "七夕",
     "牛郎织女，鹊桥，情人节，爱情，玫瑰，银河，浪漫，巧克力，约会，喜鹊",
     ["牛郎织女", "鹊桥", "情人节", "爱情", "玫瑰", "银河", "浪漫", "巧克力",
      "约会", "喜鹊"]),

    # Baichuan2-13B ft: "联想词：" label before the list
    ("zh_ft_015", "下雪",
     "联想词：雪花，寒冷，冬天，雪人，白色，打雪仗，滑雪，围巾，北方，浪漫",
     ["雪花", "寒冷", "冬天", "雪人", "白色", "打雪仗", "滑雪", "围巾", "北方",
      "浪漫"]),
]

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = []

# Answers cut mid-word by the token limit; the fragment is not expected.
TRUNCATED = {
    "en_van_016",  # "Conste" (constellation)
    "en_van_021",  # cut inside the last explanation; item "rain" complete
    "en_van_022",  # cut inside <think>, no final answer -> []
    "en_ft_009",   # "trampo" (trampoline)
    "zh_van_018",  # "编" (编程)
    "zh_ft_009",   # "巧克" (巧克力)
}

# Readings that are genuinely open; the other reading is given by each.
AMBIGUOUS = {
    "en_van_046",  # other reading: "ford/toyota" kept as one item
    "zh_van_010",  # other reading: [] (English-only answer to a Mandarin prompt)
}
