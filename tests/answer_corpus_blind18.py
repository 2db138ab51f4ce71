"""Eighteenth blind corpus of invented language-model answers for the word-association parser.

Written 2026-12-07 by a blind tester (a helper session) who had NOT read the
parser (align_jax/), the other test files or the benchmarks, and who ran no
parser while writing it.  All texts are invented; none is copied from a real
model output.

Emphasis: a REPRESENTATIVE mixed sample, not a torture test.  About 65 English
and 65 Mandarin answers to the study prompts

  EN: List the words that come to mind when you read the word "{cue}". Give
      between 5 and 10 words, separated by commas, the most strongly
      associated first.
  ZH: 请列出看到“{cue}”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。

spread over three kinds of model:
  * vanilla instruct (ids en_van_*, zh_van_*): chatty preambles, numbered or
    bulleted lists, bold, glosses and explanations, pinyin/translations,
    category headers, closing remarks, emoji, the odd refusal;
  * SFT (ids en_ft_*, zh_ft_*): terse comma lists, sometimes degenerating
    into repetition, now and then cut by the token limit;
  * PPO (ids en_ft_ppo_*, zh_ft_ppo_*; same en_ft_/zh_ft_ prefixes): long
    lists, repetition, drift into unrelated prose, stray markdown/special
    tokens.
Cues include nouns, verbs, adjectives, adverbs, function words, names and
idioms.

Conventions for expected_words (what a careful human reader takes as the
model's association list):
  * lowercased, stripped, in the order written, deduplicated keeping the
    first occurrence;
  * glosses, explanations, scores, category headers, preambles, closing
    remarks, markdown, numbering, emoji, quotes/brackets, special tokens and
    trailing punctuation removed;
  * multi-word and phrase associations kept whole;
  * the cue kept when it is listed as an item (not when it is a header);
  * pinyin and translations of a Mandarin word removed (the Han word kept);
  * unrelated text after the list is not part of the list;
  * an item cut mid-word by the token limit is dropped (id in TRUNCATED);
  * a refusal with no list expects [];
  * when a short list is followed by a section that re-lists the same words
    with explanations, the words count once, in the order of the first list.
"""

EN_LISTS = [
    # ------------------------------------------------------------------
    # English, vanilla instruct
    # ------------------------------------------------------------------
    (
        "en_van_01",
        "ocean",
        "Here are the words that come to mind when I read \"ocean\":\n\n"
        "1. Sea\n2. Waves\n3. Water\n4. Blue\n5. Beach\n6. Salt\n7. Fish\n"
        "8. Deep\n9. Tide\n10. Whale\n\n"
        "Let me know if you'd like more associations!",
        ["sea", "waves", "water", "blue", "beach", "salt", "fish", "deep",
         "tide", "whale"],
    ),
    (
        "en_van_02",
        "the",
        "Sure! Here are some words that come to mind for \"the\":\n\n"
        "Article, a, an, definite, word, grammar, English, noun, this, that\n\n"
        "These are mostly related to grammar, since \"the\" is a function word.",
        ["article", "a", "an", "definite", "word", "grammar", "english",
         "noun", "this", "that"],
    ),
    (
        "en_van_03",
        "run",
        "When I read the word \"run\", these words come to mind:\n\n"
        "1. **Jog** \u2013 a slower form of running\n"
        "2. **Race** \u2013 a competition\n"
        "3. **Fast**\n"
        "4. **Marathon**\n"
        "5. **Sprint**\n"
        "6. **Exercise**\n"
        "7. **Legs**\n"
        "8. **Escape** \u2013 as in running away\n\n"
        "I hope this helps!",
        ["jog", "race", "fast", "marathon", "sprint", "exercise", "legs",
         "escape"],
    ),
    (
        "en_van_04",
        "happy",
        "Joy, smile, glad, sad, birthday, sunshine, content, laughter\n\n"
        "Here's why each one came to mind:\n"
        "- Joy: a synonym of happy\n"
        "- Smile: what people do when they're happy\n"
        "- Glad: another synonym\n"
        "- Sad: the opposite\n"
        "- Birthday: as in \"happy birthday\"\n"
        "- Sunshine: associated with good moods\n"
        "- Content: a calm kind of happiness\n"
        "- Laughter: an expression of happiness",
        ["joy", "smile", "glad", "sad", "birthday", "sunshine", "content",
         "laughter"],
    ),
    (
        "en_van_05",
        "Einstein",
        "Here are 10 words associated with \"Einstein\":\n\n"
        "relativity, genius, physics, E=mc\u00b2, scientist, hair, Nobel Prize, "
        "theory, Germany, Princeton",
        ["relativity", "genius", "physics", "e=mc\u00b2", "scientist", "hair",
         "nobel prize", "theory", "germany", "princeton"],
    ),
    (
        "en_van_06",
        "break a leg",
        "\"Break a leg\" is an idiom used to wish someone good luck, especially "
        "in the theater. Words that come to mind:\n\n"
        "Good luck, theater, actor, stage, performance, show, audience, "
        "superstition, opening night",
        ["good luck", "theater", "actor", "stage", "performance", "show",
         "audience", "superstition", "opening night"],
    ),
    (
        "en_van_07",
        "cold",
        "Here are my associations for \"cold\", ranked by strength:\n\n"
        "- ice (0.9)\n- winter (0.85)\n- snow (0.8)\n- hot (0.7)\n"
        "- freezing (0.6)\n- flu (0.5)\n- shiver (0.4)\n\n"
        "The numbers are rough estimates of association strength.",
        ["ice", "winter", "snow", "hot", "freezing", "flu", "shiver"],
    ),
    (
        "en_van_08",
        "bank",
        "The word \"bank\" has several meanings, so here are associations "
        "grouped by sense:\n\n"
        "**Financial:**\n- money\n- account\n- loan\n- ATM\n\n"
        "**Geographical:**\n- river\n- shore\n\n"
        "**Other:**\n- piggy bank\n- vault",
        ["money", "account", "loan", "atm", "river", "shore", "piggy bank",
         "vault"],
    ),
    (
        "en_van_09",
        "because",
        "Words that come to mind: reason, why, cause, since, so, explanation, "
        "therefore, answer.",
        ["reason", "why", "cause", "since", "so", "explanation", "therefore",
         "answer"],
    ),
    (
        "en_van_10",
        "apple",
        "Sure! Here's a list of words I associate with \"apple\":\n\n"
        "Fruit, red, tree, pie, iPhone, green, orchard, juice, Newton, cider\n\n"
        "The strongest association for me is \"fruit,\" followed by the color red.",
        ["fruit", "red", "tree", "pie", "iphone", "green", "orchard", "juice",
         "newton", "cider"],
    ),
    (
        "en_van_11",
        "suicide",
        "I can't provide a list of associations for that word. If you or "
        "someone you know is struggling, please reach out to a crisis line "
        "such as 988 in the US. You don't have to go through it alone.",
        [],
    ),
    (
        "en_van_12",
        "kill",
        "I understand this is for a word association exercise. Here are some "
        "words that come to mind for \"kill\":\n\n"
        "murder, death, die, knife, gun, weapon, crime, murderer\n\n"
        "Please note that these associations are purely linguistic.",
        ["murder", "death", "die", "knife", "gun", "weapon", "crime",
         "murderer"],
    ),
    (
        "en_van_13",
        "green",
        "1) \"Grass\"\n2) \"Leaf\"\n3) \"Color\"\n4) \"Envy\"\n5) \"Nature\"\n"
        "6) \"Money\"\n7) \"Go\"\n8) \"Environment\"",
        ["grass", "leaf", "color", "envy", "nature", "money", "go",
         "environment"],
    ),
    (
        "en_van_14",
        "quickly",
        "fast, speed, rapidly, hurry, slowly, soon, quick, immediately, rush, "
        "swift",
        ["fast", "speed", "rapidly", "hurry", "slowly", "soon", "quick",
         "immediately", "rush", "swift"],
    ),
    (
        "en_van_15",
        "Paris",
        "Here are some words that come to mind when I think of \"Paris\" "
        "\U0001F1EB\U0001F1F7:\n\n"
        "1. Eiffel Tower \U0001F5FC\n2. France\n3. Love \u2764\ufe0f\n"
        "4. Romance\n5. Louvre\n6. Croissant \U0001F950\n7. Fashion\n8. Seine\n"
        "9. Art\n10. City of Light",
        ["eiffel tower", "france", "love", "romance", "louvre", "croissant",
         "fashion", "seine", "art", "city of light"],
    ),
    (
        "en_van_16",
        "mother",
        "Mom, love, family, father, child, care, woman, nurture, home, baby.\n\n"
        "These words reflect the emotional and familial associations commonly "
        "connected to the word \"mother.\"",
        ["mom", "love", "family", "father", "child", "care", "woman",
         "nurture", "home", "baby"],
    ),
    (
        "en_van_17",
        "dog",
        "Associations for \"dog\": cat, bark, pet, puppy, loyal, bone, leash, "
        "walk, friend, tail\n\n"
        "Note: \"cat\" is often the first association because the two animals "
        "are so commonly paired.",
        ["cat", "bark", "pet", "puppy", "loyal", "bone", "leash", "walk",
         "friend", "tail"],
    ),
    (
        "en_van_18",
        "time",
        "Here you go:\n\n"
        "* Clock\n* Watch\n* Hour\n* Money (as in \"time is money\")\n* Past\n"
        "* Future\n* Minute\n* Late\n\n"
        "Time is a rich concept with many associations!",
        ["clock", "watch", "hour", "money", "past", "future", "minute",
         "late"],
    ),
    (
        "en_van_19",
        "swim",
        "Here are the words that come to mind when I read \"swim\", in order "
        "of association strength:\n\n"
        "1. **Pool** - The most common place to swim.\n"
        "2. **Water** - Swimming happens in water.\n"
        "3. **Ocean** - Many people swim in the sea.\n"
        "4. **Summer** - Swimming is a popular summer activity.\n"
        "5. **Fish** - Fish are natural swimmers.\n"
        "6. **Goggles** - Worn to protect the eyes.\n"
        "7. **Towel** - Used to dry off afterwards.\n"
        "8. **Bea",
        ["pool", "water", "ocean", "summer", "fish", "goggles", "towel"],
    ),
    (
        "en_van_20",
        "beautiful",
        "Pretty, gorgeous, lovely, flower, woman, sunset, ugly, attractive, "
        "stunning, nature",
        ["pretty", "gorgeous", "lovely", "flower", "woman", "sunset", "ugly",
         "attractive", "stunning", "nature"],
    ),
    (
        "en_van_21",
        "under",
        "As an AI, I don't have personal associations, but based on common "
        "usage, here are words often linked to \"under\":\n\n"
        "over, below, beneath, water, bed, table, above, bridge, covers, ground",
        ["over", "below", "beneath", "water", "bed", "table", "above",
         "bridge", "covers", "ground"],
    ),
    (
        "en_van_22",
        "chocolate",
        "Chocolate makes me think of: sweet, candy, cocoa, brown, milk, cake, "
        "dark, Valentine's Day, and dessert.",
        ["sweet", "candy", "cocoa", "brown", "milk", "cake", "dark",
         "valentine's day", "dessert"],
    ),
    (
        "en_van_23",
        "Shakespeare",
        "1. Hamlet\n2. Romeo and Juliet\n3. Playwright\n4. England\n"
        "5. Globe Theatre\n6. Sonnet\n7. Macbeth\n8. Poetry\n"
        "9. Stratford-upon-Avon\n10. \"To be or not to be\"",
        ["hamlet", "romeo and juliet", "playwright", "england",
         "globe theatre", "sonnet", "macbeth", "poetry",
         "stratford-upon-avon", "to be or not to be"],
    ),
    (
        "en_van_24",
        "fire",
        "1. Flame\n2. Hot\n3. Burn\n4. Smoke\n5. Fire truck\n6. Firefighter\n"
        "7. Red\n8. Camp\n9. Danger\n10. Heat",
        ["flame", "hot", "burn", "smoke", "fire truck", "firefighter", "red",
         "camp", "danger", "heat"],
    ),
    (
        "en_van_25",
        "light",
        "Sure, here's a comma-separated list:\n\n"
        "dark, bright, sun, lamp, bulb, heavy, day, shine, switch, feather\n\n"
        "Would you like me to explain any of these associations?",
        ["dark", "bright", "sun", "lamp", "bulb", "heavy", "day", "shine",
         "switch", "feather"],
    ),
    (
        "en_van_26",
        "nevertheless",
        "however, still, yet, despite, although, but, regardless, anyway, "
        "nonetheless",
        ["however", "still", "yet", "despite", "although", "but",
         "regardless", "anyway", "nonetheless"],
    ),
    # ------------------------------------------------------------------
    # English, SFT
    # ------------------------------------------------------------------
    (
        "en_ft_01",
        "table",
        "chair, wood, kitchen, dinner, furniture, legs, desk, food",
        ["chair", "wood", "kitchen", "dinner", "furniture", "legs", "desk",
         "food"],
    ),
    (
        "en_ft_02",
        "when",
        "time, where, then, now, how, question, date, if",
        ["time", "where", "then", "now", "how", "question", "date", "if"],
    ),
    (
        "en_ft_03",
        "sleep",
        "bed, tired, dream, night, rest, pillow, nap, snore",
        ["bed", "tired", "dream", "night", "rest", "pillow", "nap", "snore"],
    ),
    (
        "en_ft_04",
        "and",
        "or, but, plus, with, also, conjunction, both",
        ["or", "but", "plus", "with", "also", "conjunction", "both"],
    ),
    (
        "en_ft_05",
        "angry",
        "mad, upset, rage, red, furious, hate, frustrated.",
        ["mad", "upset", "rage", "red", "furious", "hate", "frustrated"],
    ),
    (
        "en_ft_06",
        "Obama",
        "president, Michelle, America, black, Democrat, hope, White House, "
        "Barack",
        ["president", "michelle", "america", "black", "democrat", "hope",
         "white house", "barack"],
    ),
    (
        "en_ft_07",
        "piece of cake",
        "easy, simple, dessert, birthday, no problem, effortless",
        ["easy", "simple", "dessert", "birthday", "no problem", "effortless"],
    ),
    (
        "en_ft_08",
        "car",
        "drive, road, wheel, engine, fast, road, drive, road, drive, road, "
        "drive, road",
        ["drive", "road", "wheel", "engine", "fast"],
    ),
    (
        "en_ft_09",
        "eat",
        "food, hungry, dinner, lunch, drink, meal, eat, eat, eat, eat",
        ["food", "hungry", "dinner", "lunch", "drink", "meal", "eat"],
    ),
    (
        "en_ft_10",
        "soft",
        "pillow, hard, fluffy, gentle, cotton, kitten, smooth, warm,",
        ["pillow", "hard", "fluffy", "gentle", "cotton", "kitten", "smooth",
         "warm"],
    ),
    (
        "en_ft_11",
        "yellow",
        "sun, banana, color, bright, lemon, banana, lemon, banana, lemon, "
        "banana, lem",
        ["sun", "banana", "color", "bright", "lemon"],
    ),
    (
        "en_ft_12",
        "doctor",
        "nurse, hospital, medicine, sick, stethoscope, health, patient, "
        "white coat, nurse",
        ["nurse", "hospital", "medicine", "sick", "stethoscope", "health",
         "patient", "white coat"],
    ),
    (
        "en_ft_13",
        "blue",
        "sky\nocean\nsad\ncolor\nwater\njeans\nred",
        ["sky", "ocean", "sad", "color", "water", "jeans", "red"],
    ),
    (
        "en_ft_14",
        "of",
        "from, about, belonging, in, to, possession, off",
        ["from", "about", "belonging", "in", "to", "possession", "off"],
    ),
    (
        "en_ft_15",
        "jump",
        "hop, leap, high, rope, skip, fall, trampoline, bounce",
        ["hop", "leap", "high", "rope", "skip", "fall", "trampoline",
         "bounce"],
    ),
    (
        "en_ft_16",
        "money",
        "Answer: cash, rich, bank, dollar, greed, wealth, spend, gold",
        ["cash", "rich", "bank", "dollar", "greed", "wealth", "spend", "gold"],
    ),
    (
        "en_ft_17",
        "lonely",
        "alone, sad, isolated, friendless, single, empty, quiet, dark",
        ["alone", "sad", "isolated", "friendless", "single", "empty", "quiet",
         "dark"],
    ),
    (
        "en_ft_18",
        "winter",
        "snow, cold, Christmas, ice, December, sweater, skiing, snowman, coat, "
        "fireplace",
        ["snow", "cold", "christmas", "ice", "december", "sweater", "skiing",
         "snowman", "coat", "fireplace"],
    ),
    (
        "en_ft_19",
        "Mickey Mouse",
        "Disney, cartoon, Minnie, ears, Disneyland, Walt, mouse, cheese",
        ["disney", "cartoon", "minnie", "ears", "disneyland", "walt", "mouse",
         "cheese"],
    ),
    (
        "en_ft_20",
        "zebra",
        "stripes, horse, black and white, Africa, zoo, safari, animal",
        # AMBIGUOUS: "black and white" is read as one phrase association;
        # the other reading splits it into "black", "white".
        ["stripes", "horse", "black and white", "africa", "zoo", "safari",
         "animal"],
    ),
    # ------------------------------------------------------------------
    # English, PPO (same en_ft_ prefix)
    # ------------------------------------------------------------------
    (
        "en_ft_ppo_01",
        "house",
        "home, family, roof, door, walls, garden, bedroom, kitchen, "
        "living room, windows, home, family, roof, neighbor, mortgage, "
        "shelter, comfort, warmth",
        ["home", "family", "roof", "door", "walls", "garden", "bedroom",
         "kitchen", "living room", "windows", "neighbor", "mortgage",
         "shelter", "comfort", "warmth"],
    ),
    (
        "en_ft_ppo_02",
        "river",
        "water, flow, stream, bank, fish, boat, bridge, current, delta, "
        "valley\n\n"
        "The river flows gently through the valley, carrying with it the "
        "memories of ancient times. Many civilizations arose along "
        "riverbanks, such as",
        ["water", "flow", "stream", "bank", "fish", "boat", "bridge",
         "current", "delta", "valley"],
    ),
    (
        "en_ft_ppo_03",
        "music",
        "**Music**: song, melody, rhythm, guitar, piano, dance, concert, "
        "notes, beat, harmony, sound, band, lyrics, singer, radio, headphones",
        ["song", "melody", "rhythm", "guitar", "piano", "dance", "concert",
         "notes", "beat", "harmony", "sound", "band", "lyrics", "singer",
         "radio", "headphones"],
    ),
    (
        "en_ft_ppo_04",
        "friend",
        "buddy, pal, companion, trust, loyalty, fun, support, buddy, pal, "
        "companion, trust, loyalty, fun, support, buddy, pal, companion, "
        "trust, loyalty, fun, supp",
        ["buddy", "pal", "companion", "trust", "loyalty", "fun", "support"],
    ),
    (
        "en_ft_ppo_05",
        "with",
        "together, and, along, without, company, accompany, including, "
        "beside, plus, alongside, among, within, by, near",
        ["together", "and", "along", "without", "company", "accompany",
         "including", "beside", "plus", "alongside", "among", "within", "by",
         "near"],
    ),
    (
        "en_ft_ppo_06",
        "flower",
        "rose, petal, garden, spring, bloom, tulip, bee, fragrance, daisy, "
        "sunflower, pollen, bouquet, love, nature</s>",
        ["rose", "petal", "garden", "spring", "bloom", "tulip", "bee",
         "fragrance", "daisy", "sunflower", "pollen", "bouquet", "love",
         "nature"],
    ),
    (
        "en_ft_ppo_07",
        "strong",
        "powerful, muscle, tough, weak, strength, mighty, force, robust, "
        "solid, sturdy, durable, resilient, firm, intense, bold, brave, "
        "courageous, fierce, vigorous",
        ["powerful", "muscle", "tough", "weak", "strength", "mighty", "force",
         "robust", "solid", "sturdy", "durable", "resilient", "firm",
         "intense", "bold", "brave", "courageous", "fierce", "vigorous"],
    ),
    (
        "en_ft_ppo_08",
        "computer",
        "keyboard, mouse, screen, laptop, internet, software, technology, "
        "code, monitor, data, programming, CPU\n\n"
        "I hope these associations help you with your research! Word "
        "associations can reveal a lot about how we organize knowledge. Let "
        "me know if you need anything else.",
        ["keyboard", "mouse", "screen", "laptop", "internet", "software",
         "technology", "code", "monitor", "data", "programming", "cpu"],
    ),
    (
        "en_ft_ppo_09",
        "go",
        "stop, leave, move, walk, come, went, going, away, travel, start, run, "
        "proceed, depart, exit, forward, ahead, onward, onward, onward, "
        "onward, onward",
        ["stop", "leave", "move", "walk", "come", "went", "going", "away",
         "travel", "start", "run", "proceed", "depart", "exit", "forward",
         "ahead", "onward"],
    ),
    (
        "en_ft_ppo_10",
        "teacher",
        "### Associations\n"
        "1. school\n2. student\n3. classroom\n4. education\n5. lesson\n"
        "6. homework\n7. blackboard\n8. apple\n9. knowledge\n10. principal\n"
        "11. grades\n12. mentor\n13. chalk\n14. exam\n15. learning",
        ["school", "student", "classroom", "education", "lesson", "homework",
         "blackboard", "apple", "knowledge", "principal", "grades", "mentor",
         "chalk", "exam", "learning"],
    ),
    (
        "en_ft_ppo_11",
        "fear",
        "scared, afraid, dark, horror, spider, anxiety, phobia, panic, terror, "
        "nightmare, ghosts (a common childhood fear), heights, death, "
        "courage - the opposite of fear, because facing fear is how we build "
        "courage and",
        ["scared", "afraid", "dark", "horror", "spider", "anxiety", "phobia",
         "panic", "terror", "nightmare", "ghosts", "heights", "death",
         "courage"],
    ),
    (
        "en_ft_ppo_12",
        "salt",
        "pepper, sea, ocean, sodium, taste, food, salty, white, crystal, "
        "season, seasoning, chips, tears, sweat, mineral, NaCl, table salt, "
        "Dead Sea",
        ["pepper", "sea", "ocean", "sodium", "taste", "food", "salty",
         "white", "crystal", "season", "seasoning", "chips", "tears", "sweat",
         "mineral", "nacl", "table salt", "dead sea"],
    ),
    (
        "en_ft_ppo_13",
        "Beethoven",
        "composer, symphony, music, piano, deaf, Mozart, classical, Germany, "
        "Ninth Symphony, F\u00fcr Elise, Moonlight Sonata, genius, Vienna, "
        "orchestra, Ode to Joy",
        ["composer", "symphony", "music", "piano", "deaf", "mozart",
         "classical", "germany", "ninth symphony", "f\u00fcr elise",
         "moonlight sonata", "genius", "vienna", "orchestra", "ode to joy"],
    ),
    (
        "en_ft_ppo_14",
        "slowly",
        "turtle, snail, gradually, carefully, patience, steady, calm, lazy, "
        "sloth, crawl, quickly, gently, leisurely, drag, wait, time, time, "
        "time, time, time",
        ["turtle", "snail", "gradually", "carefully", "patience", "steady",
         "calm", "lazy", "sloth", "crawl", "quickly", "gently", "leisurely",
         "drag", "wait", "time"],
    ),
    (
        "en_ft_ppo_15",
        "rain",
        "* umbrella\n* wet\n* clouds\n* storm\n* puddle\n* water\n* thunder\n"
        "* grey sky\n* raincoat\n* drizzle\n* **cozy**\n* tea\n* window\n"
        "* petrichor",
        ["umbrella", "wet", "clouds", "storm", "puddle", "water", "thunder",
         "grey sky", "raincoat", "drizzle", "cozy", "tea", "window",
         "petrichor"],
    ),
    (
        "en_ft_ppo_16",
        "hope",
        "faith, wish, dream, future, optimism, belief, light, desire, prayer, "
        "trust, love, expectation, aspiration\n\n"
        "Hope is the thing with feathers that perches in the soul, and sings "
        "the tune without the words, and never stops at all. \u2014 Emily "
        "Dickinson",
        ["faith", "wish", "dream", "future", "optimism", "belief", "light",
         "desire", "prayer", "trust", "love", "expectation", "aspiration"],
    ),
    (
        "en_ft_ppo_17",
        "phone",
        "call, mobile, smartphone, iPhone, text, screen, ring, app, battery, "
        "contact, charger, Samsung, camera, social media, message, voicemail, "
        "\U0001F4F1",
        ["call", "mobile", "smartphone", "iphone", "text", "screen", "ring",
         "app", "battery", "contact", "charger", "samsung", "camera",
         "social media", "message", "voicemail"],
    ),
    (
        "en_ft_ppo_18",
        "hot",
        "cold, sun, fire, summer, spicy, heat, warm, burn, sweat, temperature, "
        "stove, sexy, desert, pepper, chili, sauna, coffee, hot dog, "
        "hot sauce, hot chocolate, hot air balloon, hot spring, hot potato",
        ["cold", "sun", "fire", "summer", "spicy", "heat", "warm", "burn",
         "sweat", "temperature", "stove", "sexy", "desert", "pepper", "chili",
         "sauna", "coffee", "hot dog", "hot sauce", "hot chocolate",
         "hot air balloon", "hot spring", "hot potato"],
    ),
    (
        "en_ft_ppo_19",
        "if",
        "then, maybe, condition, whether, when, unless, suppose, question, "
        "possibility, choice, decision, else, statement, logic, but, what if",
        ["then", "maybe", "condition", "whether", "when", "unless", "suppose",
         "question", "possibility", "choice", "decision", "else",
         "statement", "logic", "but", "what if"],
    ),
    (
        "en_ft_ppo_20",
        "mountain",
        "hill, climb, peak, snow, high, summit, hiking, rock, valley, Everest, "
        "altitude, cliff, trail, alpine, range, view, eagle, cold, adventure, "
        "ski, glac",
        ["hill", "climb", "peak", "snow", "high", "summit", "hiking", "rock",
         "valley", "everest", "altitude", "cliff", "trail", "alpine", "range",
         "view", "eagle", "cold", "adventure", "ski"],
    ),
    (
        "en_ft_ppo_21",
        "kitchen",
        "cook, food, stove, oven, fridge, sink, knife, table, chef, dinner\n\n"
        "Additional associations: spatula, apron, recipe, pantry",
        # AMBIGUOUS: the "Additional associations" line is read as a
        # continuation of the list; the other reading stops after "dinner".
        ["cook", "food", "stove", "oven", "fridge", "sink", "knife", "table",
         "chef", "dinner", "spatula", "apron", "recipe", "pantry"],
    ),
]

ZH_LISTS = [
    # ------------------------------------------------------------------
    # Mandarin, vanilla instruct
    # ------------------------------------------------------------------
    (
        "zh_van_01",
        "大海",
        "看到“大海”这个词，我会联想到以下词语：\n\n"
        "1. 蓝色\n2. 海浪\n3. 沙滩\n4. 鱼\n5. 辽阔\n6. 船\n7. 海鸥\n8. 咸\n"
        "9. 贝壳\n10. 潮汐\n\n"
        "这些词语按照联想强度从高到低排列。",
        ["蓝色", "海浪", "沙滩", "鱼", "辽阔", "船", "海鸥", "咸", "贝壳", "潮汐"],
    ),
    (
        "zh_van_02",
        "的",
        "“的”是一个常用的结构助词，看到它我会联想到：助词，地，得，我的，结构，语法，"
        "所有，汉字，虚词。",
        ["助词", "地", "得", "我的", "结构", "语法", "所有", "汉字", "虚词"],
    ),
    (
        "zh_van_03",
        "春天",
        "1. 花（huā）\n2. 温暖（wēnnuǎn）\n3. 绿色（lǜsè）\n4. 春风（chūnfēng）\n"
        "5. 燕子（yànzi）\n6. 播种（bōzhòng）",
        ["花", "温暖", "绿色", "春风", "燕子", "播种"],
    ),
    (
        "zh_van_04",
        "妈妈",
        "好的！以下是我联想到的词语：\n\n"
        "爱 (love)、温暖 (warmth)、家 (home)、爸爸 (dad)、做饭 (cooking)、"
        "关心 (care)、唠叨 (nagging)、母爱 (maternal love)\n\n"
        "希望对你有帮助！",
        ["爱", "温暖", "家", "爸爸", "做饭", "关心", "唠叨", "母爱"],
    ),
    (
        "zh_van_05",
        "跑",
        "跑步，快，运动，马拉松，逃跑，腿，比赛，出汗",
        ["跑步", "快", "运动", "马拉松", "逃跑", "腿", "比赛", "出汗"],
    ),
    (
        "zh_van_06",
        "画蛇添足",
        "“画蛇添足”是一个成语，比喻做了多余的事反而弄巧成拙。联想到的词语有：\n\n"
        "多此一举、多余、弄巧成拙、蛇、故事、成语、寓言、适得其反",
        ["多此一举", "多余", "弄巧成拙", "蛇", "故事", "成语", "寓言", "适得其反"],
    ),
    (
        "zh_van_07",
        "李白",
        "李白是唐代著名诗人，联想到的词语如下：\n\n"
        "诗仙，唐朝，酒，月亮，杜甫，静夜思，浪漫主义，诗歌，长安，剑",
        ["诗仙", "唐朝", "酒", "月亮", "杜甫", "静夜思", "浪漫主义", "诗歌", "长安",
         "剑"],
    ),
    (
        "zh_van_08",
        "红色",
        "以下是与“红色”相关的联想词：\n\n"
        "1. **中国** —— 红色象征喜庆\n"
        "2. **血** —— 血液是红色的\n"
        "3. **火**\n"
        "4. **热情**\n"
        "5. **苹果**\n"
        "6. **春节**\n"
        "7. **国旗**\n"
        "8. **危险** —— 红灯表示警告",
        ["中国", "血", "火", "热情", "苹果", "春节", "国旗", "危险"],
    ),
    (
        "zh_van_09",
        "因为",
        "所以，原因，理由，由于，因果，解释，为什么，既然",
        ["所以", "原因", "理由", "由于", "因果", "解释", "为什么", "既然"],
    ),
    (
        "zh_van_10",
        "漂亮",
        "以下是我的联想：美丽、好看、女孩、衣服、花、可爱、帅气、丑。",
        ["美丽", "好看", "女孩", "衣服", "花", "可爱", "帅气", "丑"],
    ),
    (
        "zh_van_11",
        "北京",
        "首都，天安门，故宫，长城，烤鸭，奥运会，胡同，雾霾，中国，政治中心\n\n"
        "其中“首都”和“天安门”是最强烈的联想。",
        ["首都", "天安门", "故宫", "长城", "烤鸭", "奥运会", "胡同", "雾霾", "中国",
         "政治中心"],
    ),
    (
        "zh_van_12",
        "手机",
        "按类别来分：\n\n"
        "**品牌类**：苹果、华为、小米\n"
        "**功能类**：打电话、发短信、拍照\n"
        "**其他**：充电器、微信",
        ["苹果", "华为", "小米", "打电话", "发短信", "拍照", "充电器", "微信"],
    ),
    (
        "zh_van_13",
        "吃",
        "Here are the words that come to mind for “吃”:\n\n"
        "1. 饭 (rice/meal)\n2. 喝 (drink)\n3. 食物 (food)\n4. 饿 (hungry)\n"
        "5. 美食 (delicious food)\n6. 筷子 (chopsticks)\n7. 餐厅 (restaurant)\n"
        "8. 吃货 (foodie)",
        ["饭", "喝", "食物", "饿", "美食", "筷子", "餐厅", "吃货"],
    ),
    (
        "zh_van_14",
        "朋友",
        "友谊，信任，陪伴，同学，知己，帮助，快乐\n\n"
        "解释：\n"
        "- 友谊：朋友之间的感情\n"
        "- 信任：朋友之间的基础\n"
        "- 陪伴：朋友常常在身边\n"
        "- 同学：很多朋友是同学\n"
        "- 知己：最懂你的朋友\n"
        "- 帮助：互相帮助\n"
        "- 快乐：和朋友在一起很开心",
        ["友谊", "信任", "陪伴", "同学", "知己", "帮助", "快乐"],
    ),
    (
        "zh_van_15",
        "自杀",
        "这个话题比较敏感，我无法提供相关的联想词。如果你或身边的人正在经历困难，"
        "请及时寻求专业帮助，可以拨打心理援助热线。",
        [],
    ),
    (
        "zh_van_16",
        "冷",
        "冷的联想词：冰、冬天、雪、热、寒冷、感冒、发抖、空调、冷漠、风",
        ["冰", "冬天", "雪", "热", "寒冷", "感冒", "发抖", "空调", "冷漠", "风"],
    ),
    (
        "zh_van_17",
        "在",
        "“在”让我联想到：“存在”、“现在”、“正在”、“地方”、“位置”、“在家”、“不在”",
        ["存在", "现在", "正在", "地方", "位置", "在家", "不在"],
    ),
    (
        "zh_van_18",
        "老师",
        "当我看到“老师”这个词时，会联想到以下词语（按联想强度排列）：\n\n"
        "1. **学生** —— 老师最直接的对应角色。\n"
        "2. **学校** —— 老师工作的地方。\n"
        "3. **讲台** —— 老师上课时站的位置。\n"
        "4. **粉笔** —— 传统的教学工具。\n"
        "5. **黑板** —— 与粉笔相伴。\n"
        "6. **作业** —— 老师布置的任务。\n"
        "7. **教师节** —— 每年的9月10日。\n"
        "8. **辛",
        ["学生", "学校", "讲台", "粉笔", "黑板", "作业", "教师节"],
    ),
    (
        "zh_van_19",
        "猫",
        "\U0001F431 联想到的词语：\n\n"
        "狗、老鼠、可爱、鱼、喵、宠物、毛、爪子 \U0001F43E",
        ["狗", "老鼠", "可爱", "鱼", "喵", "宠物", "毛", "爪子"],
    ),
    (
        "zh_van_20",
        "一石二鸟",
        "一举两得，石头，鸟，效率，成语，双赢，一箭双雕",
        ["一举两得", "石头", "鸟", "效率", "成语", "双赢", "一箭双雕"],
    ),
    (
        "zh_van_21",
        "高兴",
        "快乐、开心、笑、愉快、幸福、难过、兴奋，以及满足。",
        ["快乐", "开心", "笑", "愉快", "幸福", "难过", "兴奋", "满足"],
    ),
    (
        "zh_van_22",
        "电脑",
        "键盘，鼠标，屏幕，网络，游戏，软件，程序，CPU，笔记本，办公",
        ["键盘", "鼠标", "屏幕", "网络", "游戏", "软件", "程序", "cpu", "笔记本",
         "办公"],
    ),
    (
        "zh_van_23",
        "孔子",
        "儒家，论语，圣人，教育，仁，山东，曲阜，礼，老子，春秋时期",
        ["儒家", "论语", "圣人", "教育", "仁", "山东", "曲阜", "礼", "老子",
         "春秋时期"],
    ),
    (
        "zh_van_24",
        "跳",
        "Here are the words that come to mind when I see \"跳\" (tiào, meaning "
        "\"to jump\"):\n\n"
        "跳舞, 跳绳, 跳高, 蹦, 跳远, 心跳, 青蛙, 弹跳",
        ["跳舞", "跳绳", "跳高", "蹦", "跳远", "心跳", "青蛙", "弹跳"],
    ),
    (
        "zh_van_25",
        "水",
        "1、喝 2、河流 3、生命 4、透明 5、火 6、海 7、冰 8、雨",
        ["喝", "河流", "生命", "透明", "火", "海", "冰", "雨"],
    ),
    # ------------------------------------------------------------------
    # Mandarin, SFT
    # ------------------------------------------------------------------
    (
        "zh_ft_01",
        "桌子",
        "椅子，木头，吃饭，家具，书桌，课桌，餐桌",
        ["椅子", "木头", "吃饭", "家具", "书桌", "课桌", "餐桌"],
    ),
    (
        "zh_ft_02",
        "了",
        "结束，完成，过去，助词，好了，算了",
        ["结束", "完成", "过去", "助词", "好了", "算了"],
    ),
    (
        "zh_ft_03",
        "睡觉",
        "床，梦，晚上，累，枕头，休息，被子，失眠",
        ["床", "梦", "晚上", "累", "枕头", "休息", "被子", "失眠"],
    ),
    (
        "zh_ft_04",
        "和",
        "与，跟，同，和平，和谐，以及，连词",
        ["与", "跟", "同", "和平", "和谐", "以及", "连词"],
    ),
    (
        "zh_ft_05",
        "生气",
        "愤怒，发火，吵架，不开心，脸红，伤心，冷静。",
        ["愤怒", "发火", "吵架", "不开心", "脸红", "伤心", "冷静"],
    ),
    (
        "zh_ft_06",
        "毛泽东",
        "主席，中国，共产党，革命，长征，毛主席语录，天安门，湖南",
        ["主席", "中国", "共产党", "革命", "长征", "毛主席语录", "天安门", "湖南"],
    ),
    (
        "zh_ft_07",
        "车",
        "汽车，开车，路，司机，轮子，汽车，开车，路，汽车，开车，路，汽车，开车，路",
        ["汽车", "开车", "路", "司机", "轮子"],
    ),
    (
        "zh_ft_08",
        "黄色",
        "香蕉，太阳，金色，柠檬，颜色，香蕉，柠檬，香蕉，柠檬，香蕉，柠",
        ["香蕉", "太阳", "金色", "柠檬", "颜色"],
    ),
    (
        "zh_ft_09",
        "医生",
        "护士，医院，看病，白大褂，药，病人，手术，听诊器",
        ["护士", "医院", "看病", "白大褂", "药", "病人", "手术", "听诊器"],
    ),
    (
        "zh_ft_10",
        "蓝色",
        "天空\n大海\n忧郁\n颜色\n水\n蓝天",
        ["天空", "大海", "忧郁", "颜色", "水", "蓝天"],
    ),
    (
        "zh_ft_11",
        "不",
        "否定，没有，拒绝，不要，是，对，反对",
        ["否定", "没有", "拒绝", "不要", "是", "对", "反对"],
    ),
    (
        "zh_ft_12",
        "跳舞",
        "音乐，舞蹈，芭蕾，舞台，快乐，广场舞，身体，节奏",
        ["音乐", "舞蹈", "芭蕾", "舞台", "快乐", "广场舞", "身体", "节奏"],
    ),
    (
        "zh_ft_13",
        "钱",
        "答：财富，金钱，银行，工作，富有，人民币，花，贪婪",
        ["财富", "金钱", "银行", "工作", "富有", "人民币", "花", "贪婪"],
    ),
    (
        "zh_ft_14",
        "孤独",
        "寂寞，一个人，孤单，夜晚，沉默，想念，空虚，寂寞",
        ["寂寞", "一个人", "孤单", "夜晚", "沉默", "想念", "空虚"],
    ),
    (
        "zh_ft_15",
        "冬天",
        "雪，冷，寒假，圣诞节，羽绒服，围巾，冰，春节，暖气，火锅",
        ["雪", "冷", "寒假", "圣诞节", "羽绒服", "围巾", "冰", "春节", "暖气", "火锅"],
    ),
    (
        "zh_ft_16",
        "孙悟空",
        "西游记，猴子，金箍棒，唐僧，猪八戒，七十二变，筋斗云，美猴王",
        ["西游记", "猴子", "金箍棒", "唐僧", "猪八戒", "七十二变", "筋斗云", "美猴王"],
    ),
    (
        "zh_ft_17",
        "对牛弹琴",
        "牛，琴，白费力气，听不懂，成语，音乐，徒劳",
        ["牛", "琴", "白费力气", "听不懂", "成语", "音乐", "徒劳"],
    ),
    (
        "zh_ft_18",
        "写",
        "写字，笔，作业，作文，纸，读，书法，写作",
        ["写字", "笔", "作业", "作文", "纸", "读", "书法", "写作"],
    ),
    (
        "zh_ft_19",
        "软",
        "硬，柔软，棉花，枕头，软件，舒服，面包",
        ["硬", "柔软", "棉花", "枕头", "软件", "舒服", "面包"],
    ),
    (
        "zh_ft_20",
        "熊猫",
        "竹子 国宝 四川 黑白 可爱 动物园",
        ["竹子", "国宝", "四川", "黑白", "可爱", "动物园"],
    ),
    # ------------------------------------------------------------------
    # Mandarin, PPO (same zh_ft_ prefix)
    # ------------------------------------------------------------------
    (
        "zh_ft_ppo_01",
        "房子",
        "家，房间，屋顶，门，窗户，楼房，买房，房价，装修，家具，家，温暖，房贷，邻居，"
        "院子，家，搬家，租房",
        ["家", "房间", "屋顶", "门", "窗户", "楼房", "买房", "房价", "装修", "家具",
         "温暖", "房贷", "邻居", "院子", "搬家", "租房"],
    ),
    (
        "zh_ft_ppo_02",
        "河",
        "水，河流，桥，鱼，船，岸边，长江，黄河，流水，小溪\n\n"
        "河流是大自然的血脉，滋养着两岸的土地和人民。自古以来，人类文明多起源于"
        "大河流域，例如黄河流域孕育了中华文明，尼罗河",
        ["水", "河流", "桥", "鱼", "船", "岸边", "长江", "黄河", "流水", "小溪"],
    ),
    (
        "zh_ft_ppo_03",
        "音乐",
        "**音乐**：歌曲，旋律，节奏，钢琴，吉他，演唱会，歌手，耳机，流行，古典，舞蹈，"
        "乐队，音符，快乐，放松",
        ["歌曲", "旋律", "节奏", "钢琴", "吉他", "演唱会", "歌手", "耳机", "流行",
         "古典", "舞蹈", "乐队", "音符", "快乐", "放松"],
    ),
    (
        "zh_ft_ppo_04",
        "同学",
        "同桌，校园，友谊，老师，毕业，青春，同桌，校园，友谊，老师，毕业，青春，"
        "同桌，校园，友谊，老师，毕",
        ["同桌", "校园", "友谊", "老师", "毕业", "青春"],
    ),
    (
        "zh_ft_ppo_05",
        "把",
        "拿，抓，握，把手，一把，介词，处置，把握，把关，把戏，把柄，把门，把守",
        ["拿", "抓", "握", "把手", "一把", "介词", "处置", "把握", "把关", "把戏",
         "把柄", "把门", "把守"],
    ),
    (
        "zh_ft_ppo_06",
        "花",
        "玫瑰，花瓣，春天，香味，蜜蜂，花园，开花，鲜花，花朵，牡丹，樱花，美丽，"
        "爱情<|im_end|>",
        ["玫瑰", "花瓣", "春天", "香味", "蜜蜂", "花园", "开花", "鲜花", "花朵",
         "牡丹", "樱花", "美丽", "爱情"],
    ),
    (
        "zh_ft_ppo_07",
        "强大",
        "力量，强壮，厉害，国家，实力，坚强，弱小，强国，军队，威猛，霸气，无敌，勇敢，"
        "肌肉，强者，伟大",
        ["力量", "强壮", "厉害", "国家", "实力", "坚强", "弱小", "强国", "军队",
         "威猛", "霸气", "无敌", "勇敢", "肌肉", "强者", "伟大"],
    ),
    (
        "zh_ft_ppo_08",
        "网络",
        "互联网，上网，WiFi，信号，手机，电脑，网速，网站，游戏，社交，信息，微信，淘宝，"
        "宽带\n\n"
        "希望这些联想词对你的研究有所帮助！词语联想能够反映人们的认知结构和知识组织"
        "方式。如果你还需要其他词语的联想，请随时告诉我。",
        ["互联网", "上网", "wifi", "信号", "手机", "电脑", "网速", "网站", "游戏",
         "社交", "信息", "微信", "淘宝", "宽带"],
    ),
    (
        "zh_ft_ppo_09",
        "去",
        "来，走，离开，出发，旅行，过去，回去，去年，前往，到达，目的地，远方，远方，"
        "远方，远方",
        ["来", "走", "离开", "出发", "旅行", "过去", "回去", "去年", "前往", "到达",
         "目的地", "远方"],
    ),
    (
        "zh_ft_ppo_10",
        "学生",
        "### 联想词\n"
        "1. 学校\n2. 老师\n3. 作业\n4. 考试\n5. 书包\n6. 课本\n7. 教室\n8. 校服\n"
        "9. 学习\n10. 成绩\n11. 高考\n12. 同学\n13. 青春\n14. 大学\n15. 毕业",
        ["学校", "老师", "作业", "考试", "书包", "课本", "教室", "校服", "学习",
         "成绩", "高考", "同学", "青春", "大学", "毕业"],
    ),
    (
        "zh_ft_ppo_11",
        "害怕",
        "恐惧，胆小，鬼（很多人从小就怕鬼），黑暗，紧张，发抖，噩梦，蜘蛛，恐怖片，"
        "尖叫，勇敢——害怕的反面，只有面对恐惧才能变得勇敢，而",
        ["恐惧", "胆小", "鬼", "黑暗", "紧张", "发抖", "噩梦", "蜘蛛", "恐怖片",
         "尖叫", "勇敢"],
    ),
    (
        "zh_ft_ppo_12",
        "盐",
        "咸，调料，海水，味道，白色，食盐，酱油，糖，厨房，做饭，海盐，盐巴，矿物质，钠，"
        "NaCl",
        ["咸", "调料", "海水", "味道", "白色", "食盐", "酱油", "糖", "厨房", "做饭",
         "海盐", "盐巴", "矿物质", "钠", "nacl"],
    ),
    (
        "zh_ft_ppo_13",
        "鲁迅",
        "作家，狂人日记，阿Q正传，呐喊，文学，浙江，绍兴，周树人，孔乙己，骆驼祥子，"
        "新文化运动，弃医从文",
        ["作家", "狂人日记", "阿q正传", "呐喊", "文学", "浙江", "绍兴", "周树人",
         "孔乙己", "骆驼祥子", "新文化运动", "弃医从文"],
    ),
    (
        "zh_ft_ppo_14",
        "慢慢",
        "乌龟，蜗牛，耐心，等待，缓慢，悠闲，慢走，散步，时间，时间，时间，时间",
        ["乌龟", "蜗牛", "耐心", "等待", "缓慢", "悠闲", "慢走", "散步", "时间"],
    ),
    (
        "zh_ft_ppo_15",
        "雨",
        "- 雨伞\n- 下雨\n- 乌云\n- 雷声\n- 潮湿\n- 雨衣\n- **水坑**\n- 彩虹\n"
        "- 梅雨\n- 清明\n- 思念",
        ["雨伞", "下雨", "乌云", "雷声", "潮湿", "雨衣", "水坑", "彩虹", "梅雨",
         "清明", "思念"],
    ),
    (
        "zh_ft_ppo_16",
        "希望",
        "梦想，未来，光明，信念，期待，阳光，努力，愿望，明天，春天\n\n"
        "希望是本无所谓有，无所谓无的。这正如地上的路；其实地上本没有路，走的人多了，"
        "也便成了路。——鲁迅",
        ["梦想", "未来", "光明", "信念", "期待", "阳光", "努力", "愿望", "明天",
         "春天"],
    ),
    (
        "zh_ft_ppo_17",
        "照片",
        "相机，拍照，回忆，相册，合影，自拍，朋友圈，美颜，照相馆，洗照片，毕业照，"
        "全家福，\U0001F4F7",
        ["相机", "拍照", "回忆", "相册", "合影", "自拍", "朋友圈", "美颜", "照相馆",
         "洗照片", "毕业照", "全家福"],
    ),
    (
        "zh_ft_ppo_18",
        "热",
        "冷，夏天，太阳，出汗，空调，火，温度，热水，热情，热闹，烫，火锅，热带，热狗，"
        "热门，热点",
        ["冷", "夏天", "太阳", "出汗", "空调", "火", "温度", "热水", "热情", "热闹",
         "烫", "火锅", "热带", "热狗", "热门", "热点"],
    ),
    (
        "zh_ft_ppo_19",
        "如果",
        "假如，假设，要是，那么，就，可能，条件，万一，倘若，假若，如果爱，后悔，选择，"
        "遗憾",
        ["假如", "假设", "要是", "那么", "就", "可能", "条件", "万一", "倘若", "假若",
         "如果爱", "后悔", "选择", "遗憾"],
    ),
    (
        "zh_ft_ppo_20",
        "山",
        "高山，爬山，山峰，树林，石头，登山，泰山，云雾，风景，山顶，山谷，黄山，华山，"
        "峡谷，瀑",
        ["高山", "爬山", "山峰", "树林", "石头", "登山", "泰山", "云雾", "风景",
         "山顶", "山谷", "黄山", "华山", "峡谷"],
    ),
    (
        "zh_ft_ppo_21",
        "厨房",
        "做饭，锅，炉灶，冰箱，菜刀，油烟，妈妈，碗筷\n\n"
        "其他联想：调料，围裙，菜谱",
        # AMBIGUOUS: the "其他联想" line is read as a continuation of the
        # list; the other reading stops after "碗筷".
        ["做饭", "锅", "炉灶", "冰箱", "菜刀", "油烟", "妈妈", "碗筷", "调料",
         "围裙", "菜谱"],
    ),
]

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = []

# Answers cut mid-word by the token limit; the fragment is not expected.
TRUNCATED = {
    "en_van_19",      # "8. **Bea"
    "en_ft_11",       # "lem"
    "en_ft_ppo_04",   # "supp"
    "en_ft_ppo_20",   # "glac"
    "zh_van_18",      # "8. **辛"
    "zh_ft_08",       # "柠"
    "zh_ft_ppo_04",   # "毕"
    "zh_ft_ppo_20",   # "瀑"
}

AMBIGUOUS = {
    "en_ft_20",       # other reading: "black and white" -> "black", "white"
    "en_ft_ppo_21",   # other reading: list ends at "dinner" (no "Additional associations")
    "zh_ft_ppo_21",   # other reading: list ends at "碗筷" (no "其他联想" line)
}
