"""Blind answer corpus 20 for the word-association answer parser.

Written blind on 2026-12-07 by a helper session: the author did not read the
parser, the tests or any other file of the repository, and ran no parser.
Every answer text below is invented in the style real models write.

EMPHASIS: researchers who change the prompt.  The project lets users pass
their own templates, so these answers respond to variants of the default
prompts:
  EN: "one word per line", "answer with a numbered list", "answer only with the
      words, no explanation", "give exactly 10 words", "respond in JSON with a
      key 'associations'", "use the format Word: <cue> / Associations: <list>"
      (with a one-shot example "Word: apple / Associations: fruit, red, tree,
      pie, orchard" in the prompt), and a system prompt asking the model to
      role-play a native speaker.
  ZH: 每行一个词, 用顿号分隔, 只输出词语, 给出恰好10个词, 以JSON格式输出
      (键名 associations), 例如：词语：苹果 联想：水果，红色 … (one-shot), and a
      system prompt asking the model to role-play a native speaker.
The base templates are the project's defaults:
  EN: List the words that come to mind when you read the word "{cue}". Give
      between {low} and {high} words, separated by commas, the most strongly
      associated first.
  ZH: 请列出看到“{cue}”这个词时你会联想到的词语，共{low}到{high}个，用逗号分隔，
      联想最强的排在最前面。
Models: vanilla instruct models (Llama-3.1, Qwen2.5, Mistral, Gemma-2, GLM-4,
DeepSeek-V2-Lite-Chat) and fine-tuned (SFT / PPO) ones.  The answers include
the ways models really break such formats: JSON inside code fences, JSON with a
preamble or a trailing remark, one-word-per-line lists with a blank line in the
middle or a header line, numbered lists whose numbers restart, models that
answer the one-shot example's cue too or add "Word: <next cue>" sections after
their own, and answers that echo the prompt before the list.

CONVENTIONS for expected_words (what a careful human reader takes as the
model's list):
  * lowercased, stripped, in the order written, deduplicated keeping the first
    occurrence;
  * glosses, explanations, scores, category headers, preambles, closing
    remarks, markdown, numbering, emoji, quotes/brackets, special tokens and
    trailing punctuation removed;
  * multi-word and phrase associations kept whole ("ice cream", "white coat");
  * the cue kept when it is listed as an item (not when it is only a header or
    label such as "Word: <cue>" / "词语：<cue>");
  * pinyin and translations of a Mandarin word removed (the Han word kept);
  * text after the list that is not part of it is not in the list (this
    includes sections for the one-shot example's cue and for further invented
    cues: only the section for the asked cue counts);
  * an item cut mid-word by the token limit (at the very end of the text) is
    dropped, and the id goes in TRUNCATED; a complete last word is kept;
  * a refusal or an answer with no list expects [];
  * when a short list is followed by a section that re-lists the same words
    with explanations, the words count once, in the order of the first list;
  * AMBIGUOUS marks answers where two careful readers could disagree; the other
    reading is given in a comment.
"""

EN_LISTS = [
    # Llama-3.1-8B-Instruct; prompt variant "one word per line".
    ("en_van_01", "ocean",
     'Here are the words that come to mind when I read "ocean":\n\nwaves\nsalt\nblue\ndeep\nwhales\ncoral\ntide\nsand\nhorizon\nsailing',
     ["waves", "salt", "blue", "deep", "whales", "coral", "tide", "sand", "horizon", "sailing"]),

    # Qwen2.5-7B-Instruct; "one word per line"; blank line in the middle.
    ("en_van_02", "winter",
     "Snow\nCold\nIce\n\nScarf\nChristmas\nFireplace\nFrost\nHot chocolate",
     ["snow", "cold", "ice", "scarf", "christmas", "fireplace", "frost", "hot chocolate"]),

    # Mistral-7B-Instruct-v0.3; "one word per line"; header line.
    ("en_van_03", "bakery",
     " Associations:\nbread\nflour\noven\ncroissant\nwarm\nmorning\nsmell\npastry",
     ["bread", "flour", "oven", "croissant", "warm", "morning", "smell", "pastry"]),

    # Gemma-2-9b-it; "answer with a numbered list"; numbers restart.
    ("en_van_04", "doctor",
     "1. Nurse\n2. Hospital\n3. Stethoscope\n4. Medicine\n5. Patient\n1. White coat\n2. Surgery\n3. Diagnosis\n",
     ["nurse", "hospital", "stethoscope", "medicine", "patient", "white coat", "surgery", "diagnosis"]),

    # Llama-3.1-8B-Instruct; numbered list, low/high 10-20; restart after a blank line.
    ("en_van_05", "city",
     'Here is a numbered list of associations for "city":\n\n1. Buildings\n2. Traffic\n3. Skyscrapers\n4. Noise\n5. Lights\n6. People\n7. Subway\n8. Crowds\n9. Downtown\n10. Pollution\n\n1. Apartments\n2. Taxi\n3. Restaurants\n4. Parks\n5. Nightlife',
     ["buildings", "traffic", "skyscrapers", "noise", "lights", "people", "subway", "crowds",
      "downtown", "pollution", "apartments", "taxi", "restaurants", "parks", "nightlife"]),

    # Qwen2.5-7B-Instruct; JSON key 'associations'; JSON inside a code fence.
    ("en_van_06", "bank",
     '```json\n{\n  "associations": ["money", "loan", "account", "river", "vault", "teller", "interest", "savings"]\n}\n```',
     ["money", "loan", "account", "river", "vault", "teller", "interest", "savings"]),

    # Llama-3.1-8B-Instruct; JSON with a preamble.
    ("en_van_07", "music",
     'Sure! Here is my answer in JSON format:\n\n{"associations": ["melody", "rhythm", "song", "concert", "guitar", "headphones", "dance"]}',
     ["melody", "rhythm", "song", "concert", "guitar", "headphones", "dance"]),

    # Mistral-7B-Instruct; JSON with a trailing remark.
    ("en_van_08", "fire",
     '{\n  "associations": [\n    "flame",\n    "heat",\n    "smoke",\n    "burn",\n    "campfire",\n    "firefighter",\n    "red"\n  ]\n}\n\nNote: the words are ordered from the strongest to the weakest association.',
     ["flame", "heat", "smoke", "burn", "campfire", "firefighter", "red"]),

    # GLM-4-9b-chat; JSON with extra keys ("cue" is a label, not an item).
    ("en_van_09", "run",
     '{"cue": "run", "associations": ["jog", "marathon", "fast", "sneakers", "sweat", "race", "escape"], "count": 7}',
     ["jog", "marathon", "fast", "sneakers", "sweat", "race", "escape"]),

    # DeepSeek-V2-Lite-Chat; JSON objects with strength scores.
    ("en_van_10", "forest",
     '```json\n{\n  "associations": [\n    {"word": "trees", "strength": 0.95},\n    {"word": "green", "strength": 0.81},\n    {"word": "wildlife", "strength": 0.74},\n    {"word": "moss", "strength": 0.6},\n    {"word": "hiking", "strength": 0.55},\n    {"word": "fog", "strength": 0.41}\n  ]\n}\n```',
     ["trees", "green", "wildlife", "moss", "hiking", "fog"]),

    # Gemma-2-9b-it; "Word: <cue> / Associations: <list>" format, imitated on two lines.
    ("en_van_11", "bicycle",
     "Word: bicycle\nAssociations: wheels, pedal, helmet, ride, chain, bell, bike path",
     ["wheels", "pedal", "helmet", "ride", "chain", "bell", "bike path"]),

    # Llama-3.1-8B-Instruct; one-shot format; answers the example's cue (apple) too.
    ("en_van_12", "guitar",
     "Word: apple\nAssociations: fruit, red, tree, pie, orchard\n\nWord: guitar\nAssociations: strings, music, chords, rock, acoustic, pick, band, amplifier",
     ["strings", "music", "chords", "rock", "acoustic", "pick", "band", "amplifier"]),

    # Qwen2.5-1.5B-Instruct; one-shot format; continues with invented cues.
    ("en_van_13", "candle",
     "Word: candle\nAssociations: flame, wax, light, wick, birthday, romance, dinner\n\nWord: mirror\nAssociations: reflection, glass, face, vanity, bathroom\n\nWord: clock\nAssociations: time, hands, ticking, alarm",
     ["flame", "wax", "light", "wick", "birthday", "romance", "dinner"]),

    # Mistral-7B-Instruct; "give exactly 10 words"; echoes the prompt first.
    ("en_van_14", "garden",
     'List the words that come to mind when you read the word "garden". Give exactly 10 words.\n\nFlowers, soil, vegetables, roses, watering can, bees, sunshine, hose, weeds, shovel',
     ["flowers", "soil", "vegetables", "roses", "watering can", "bees", "sunshine", "hose", "weeds", "shovel"]),

    # Llama-3.1-70B-Instruct; "give exactly 10 words"; closing remark.
    ("en_van_15", "moon",
     "1. Night\n2. Stars\n3. Crescent\n4. Tides\n5. Astronaut\n6. Full moon\n7. Werewolf\n8. Craters\n9. Silver\n10. Apollo\n\nThat's exactly 10 words, with the strongest associations first.",
     ["night", "stars", "crescent", "tides", "astronaut", "full moon", "werewolf", "craters", "silver", "apollo"]),

    # Gemma-2-2b-it; "answer only with the words, no explanation" but explains anyway;
    # the cue is listed as the first item.
    ("en_van_16", "coffee",
     "coffee, morning, caffeine, mug, espresso, bitter, café, beans\n\nThese are words I associate with coffee because it is a popular morning drink that helps people wake up.",
     ["coffee", "morning", "caffeine", "mug", "espresso", "bitter", "café", "beans"]),

    # Gemma-2-9b-it; bold header and bullets.
    ("en_van_17", "thunder",
     '**Associations for "thunder":**\n\n* Lightning\n* Storm\n* Rain\n* Loud\n* Rumble\n* Clouds\n* Fear\n\n',
     ["lightning", "storm", "rain", "loud", "rumble", "clouds", "fear"]),

    # Llama-3.1-8B-Instruct; system prompt: role-play a native speaker.
    ("en_van_18", "tea",
     'As a native English speaker from Manchester, the first words that pop into my head for "tea" are: cuppa, kettle, biscuits, milk, builder\'s tea, afternoon, scones, dinner.',
     ["cuppa", "kettle", "biscuits", "milk", "builder's tea", "afternoon", "scones", "dinner"]),

    # Mistral-7B-Instruct; role-play, chatty, in character.
    ("en_van_19", "pub",
     'Oh, "pub"? Right, well \u2014 pint, mates, darts, crisps, quiz night, Friday, bitter. That\'s what comes to mind for me, innit.',
     ["pint", "mates", "darts", "crisps", "quiz night", "friday", "bitter"]),

    # Mistral-7B-Instruct; numbered list with a gloss after each word.
    ("en_van_20", "mountain",
     "1. Peak - the highest point of a mountain\n2. Snow - often covers the top\n3. Hiking - a popular activity\n4. Altitude - mountains are high\n5. Avalanche - a danger in snowy mountains\n6. Alps - a famous mountain range",
     ["peak", "snow", "hiking", "altitude", "avalanche", "alps"]),

    # GLM-4-9b-chat; JSON in a fence, trailing remark.
    ("en_van_21", "lock",
     '```json\n{"associations": ["key", "door", "padlock", "security", "safe", "combination", "locksmith"]}\n```\nThese associations are listed from strongest to weakest.',
     ["key", "door", "padlock", "security", "safe", "combination", "locksmith"]),

    # DeepSeek-V2-Lite-Chat; JSON request answered with a Python-style dict.
    ("en_van_22", "smile",
     "{'associations': ['happy', 'teeth', 'joy', 'friendly', 'laugh', 'photo', 'warmth']}",
     ["happy", "teeth", "joy", "friendly", "laugh", "photo", "warmth"]),

    # Qwen2.5-0.5B-Instruct; JSON whose value is one comma-separated string.
    ("en_van_23", "beach",
     '{"associations": "sand, sun, waves, towel, sunscreen, seagulls, vacation"}',
     ["sand", "sun", "waves", "towel", "sunscreen", "seagulls", "vacation"]),

    # Llama-3.1-8B-Instruct; JSON cut by the token limit inside a word.
    ("en_van_24", "blue",
     '{\n  "associations": [\n    "sky",\n    "ocean",\n    "sad",\n    "jeans",\n    "whale",\n    "cobal',
     ["sky", "ocean", "sad", "jeans", "whale"]),

    # Gemma-2-2b-it; "one word per line", cut by the token limit inside a word.
    ("en_van_25", "bird",
     "wings\nflight\nnest\nsinging\nsparrow\neggs\nfeathe",
     ["wings", "flight", "nest", "singing", "sparrow", "eggs"]),

    # Llama-3.1-8B-Instruct; "give exactly 10 words"; adds a bonus word.
    # AMBIGUOUS: the other reading keeps the bonus word: [... "hay", "carrot"].
    ("en_van_26", "horse",
     "Here are exactly 10 words:\n\n1. Saddle\n2. Gallop\n3. Ranch\n4. Hooves\n5. Mane\n6. Stable\n7. Cowboy\n8. Racing\n9. Pony\n10. Hay\n\nBonus: carrot",
     ["saddle", "gallop", "ranch", "hooves", "mane", "stable", "cowboy", "racing", "pony", "hay"]),

    # Qwen2.5-14B-Instruct; one-shot format with a bulleted list under the label.
    ("en_van_27", "school",
     "Word: school\nAssociations:\n- teacher\n- homework\n- classroom\n- students\n- exams\n- recess\n- backpack",
     ["teacher", "homework", "classroom", "students", "exams", "recess", "backpack"]),

    # Llama-3.1-8B-Instruct; one-shot; answers the example, then the cue, then an invented cue.
    ("en_van_28", "night",
     "Word: apple\nAssociations: fruit, red, tree, pie, orchard\n\nWord: night\nAssociations: dark, moon, stars, sleep, owl, quiet, dreams\n\nWord: day\nAssociations: sun, light, morning, work",
     ["dark", "moon", "stars", "sleep", "owl", "quiet", "dreams"]),

    # Qwen2.5-0.5B-Instruct; one-shot; only continues the example's cue, never answers "train".
    # AMBIGUOUS: the other reading takes the list it gave:
    # ["fruit", "red", "tree", "pie", "orchard", "green", "juice"].
    ("en_van_29", "train",
     "Word: apple\nAssociations: fruit, red, tree, pie, orchard, green, juice",
     []),

    # Gemma-2-9b-it; JSON asked; a bare JSON array in a fence.
    ("en_van_30", "summer",
     '```json\n["heat", "vacation", "beach", "sunshine", "ice cream", "holidays", "barbecue"]\n```',
     ["heat", "vacation", "beach", "sunshine", "ice cream", "holidays", "barbecue"]),

    # DeepSeek-V2-Lite-Chat; JSON with an "explanation" key.
    ("en_van_31", "clock",
     '{\n  "associations": ["time", "tick", "alarm", "hands", "wall", "hour", "punctual"],\n  "explanation": "Time is the most direct association, followed by the ticking sound and alarm clocks."\n}',
     ["time", "tick", "alarm", "hands", "wall", "hour", "punctual"]),

    # Llama-3.1-8B-Instruct; JSON in a fence without language, preamble and closing remark.
    ("en_van_32", "station",
     'Here\'s the JSON you asked for:\n\n```\n{\n  "associations": ["train", "platform", "ticket", "waiting", "departure", "commuters", "clock"]\n}\n```\n\nLet me know if you\'d like more words!',
     ["train", "platform", "ticket", "waiting", "departure", "commuters", "clock"]),

    # Llama-3.1-8B-Instruct; "answer only with the words, no explanation"; obeys.
    ("en_van_33", "pillow",
     "soft, sleep, bed, feathers, dreams, cushion, comfort",
     ["soft", "sleep", "bed", "feathers", "dreams", "cushion", "comfort"]),

    # Mistral-7B-Instruct; "and" before the last item.
    ("en_van_34", "sun",
     "Light, warmth, summer, sky, sunscreen, energy, and yellow.",
     ["light", "warmth", "summer", "sky", "sunscreen", "energy", "yellow"]),

    # GLM-4-9b-chat; "one word per line", each line ends with a period.
    ("en_van_35", "breakfast",
     "Eggs.\nToast.\nCoffee.\nCereal.\nBacon.\nPancakes.\nOrange juice.",
     ["eggs", "toast", "coffee", "cereal", "bacon", "pancakes", "orange juice"]),

    # Qwen2.5-7B-Instruct; "one word per line" but some lines are phrases.
    ("en_van_36", "vanilla",
     "ice cream\nbean\nextract\nsweet\nbaking\nwhite\nmilkshake\nplain",
     ["ice cream", "bean", "extract", "sweet", "baking", "white", "milkshake", "plain"]),

    # Gemma-2-9b-it; numbered list with "1)" numbering.
    ("en_van_37", "dance",
     "1) music\n2) ballet\n3) rhythm\n4) party\n5) salsa\n6) moves\n7) stage",
     ["music", "ballet", "rhythm", "party", "salsa", "moves", "stage"]),

    # Llama-3.1-8B-Instruct; numbered list under category headers, numbering restarts.
    ("en_van_38", "rain",
     "Nouns:\n1. Umbrella\n2. Clouds\n3. Puddles\n4. Storm\n\nAdjectives:\n1. Wet\n2. Gloomy\n3. Cold\n\nVerbs:\n1. Pour\n2. Drip",
     ["umbrella", "clouds", "puddles", "storm", "wet", "gloomy", "cold", "pour", "drip"]),

    # Mistral-7B-Instruct; one-shot format copied on one line with the slash.
    ("en_van_39", "justice",
     "Word: justice / Associations: law, court, fairness, judge, scales, rights, equality",
     ["law", "court", "fairness", "judge", "scales", "rights", "equality"]),

    # Gemma-2-2b-it; echoes the one-shot example on one line, then answers.
    ("en_van_40", "anchor",
     "Word: apple / Associations: fruit, red, tree, pie, orchard\nWord: anchor / Associations: ship, sea, heavy, rope, port, sailor, tattoo",
     ["ship", "sea", "heavy", "rope", "port", "sailor", "tattoo"]),

    # Qwen2.5-3B-Instruct; one-line format, continues with invented cues.
    ("en_van_41", "honey",
     "Word: honey / Associations: bee, sweet, golden, sticky, tea, hive, jar\nWord: salt / Associations: pepper, sea, white, seasoning\nWord: pepper / Associations: spicy, black, salt",
     ["bee", "sweet", "golden", "sticky", "tea", "hive", "jar"]),

    # Llama-3.1-8B-Instruct; leaked end-of-turn token.
    ("en_van_42", "friend",
     "companion, trust, loyalty, buddy, support, fun, laughter, best friend<|eot_id|>",
     ["companion", "trust", "loyalty", "buddy", "support", "fun", "laughter", "best friend"]),

    # Gemma-2-9b-it; JSON in a fence followed by a leaked turn token.
    ("en_van_43", "library",
     '```json\n{"associations": ["books", "quiet", "librarian", "shelves", "reading", "study", "borrow"]}\n```<end_of_turn>',
     ["books", "quiet", "librarian", "shelves", "reading", "study", "borrow"]),

    # Mistral-7B-Instruct; JSON with the wrong key name.
    ("en_van_44", "paper",
     '{\n  "words": ["pen", "write", "sheet", "tree", "notebook", "origami", "print"]\n}',
     ["pen", "write", "sheet", "tree", "notebook", "origami", "print"]),

    # Qwen2.5-7B-Instruct; JSON with repeated words in different case.
    ("en_van_45", "ice",
     '{"associations": ["Cold", "cold", "Snow", "Cube", "Skating", "Frozen", "snow", "Glacier"]}',
     ["cold", "snow", "cube", "skating", "frozen", "glacier"]),

    # DeepSeek-V2-Lite-Chat; JSON, then the same words re-listed with explanations.
    ("en_van_46", "key",
     '```json\n{"associations": ["lock", "door", "house", "car", "piano", "secret"]}\n```\n\nExplanation:\n- **lock**: a key opens a lock.\n- **door**: keys are used to open doors.\n- **house**: house keys.\n- **car**: car keys.\n- **piano**: the keys of a piano.\n- **secret**: the "key" to a secret or a solution.',
     ["lock", "door", "house", "car", "piano", "secret"]),

    # Llama-3.1-8B-Instruct; "one word per line"; function-word cue.
    ("en_van_47", "because",
     "reason\ncause\nwhy\nexplanation\nsince\ntherefore\nbecause of",
     ["reason", "cause", "why", "explanation", "since", "therefore", "because of"]),

    # GLM-4-9b-chat; "give exactly 10 words"; a count in brackets at the end.
    ("en_van_48", "swim",
     "1. water\n2. pool\n3. ocean\n4. goggles\n5. stroke\n6. float\n7. lifeguard\n8. breath\n9. lap\n10. dive\n\n(10 words)",
     ["water", "pool", "ocean", "goggles", "stroke", "float", "lifeguard", "breath", "lap", "dive"]),

    # Qwen2.5-7B-Instruct; header that echoes the prompt, then bullets.
    ("en_van_49", "bright",
     'Words associated with "bright" (most strongly associated first):\n- sun\n- light\n- smart\n- shiny\n- colorful\n- future\n- lamp',
     ["sun", "light", "smart", "shiny", "colorful", "future", "lamp"]),

    # Mistral-7B-Instruct; name cue; JSON with preamble, fence and closing remark.
    ("en_van_50", "Einstein",
     'Here is the response in JSON format:\n```json\n{\n  "associations": ["relativity", "genius", "physics", "E=mc\u00b2", "scientist", "hair", "Nobel Prize"]\n}\n```\nI hope this helps!',
     ["relativity", "genius", "physics", "e=mc\u00b2", "scientist", "hair", "nobel prize"]),

    # Llama-3.1-8B-Instruct; idiom cue; "one word per line" with a header and a blank line.
    ("en_van_51", "break the ice",
     'Associations for "break the ice":\n\nconversation\nawkward\nintroduction\n\nparty\nicebreaker\nstrangers\nsmall talk',
     ["conversation", "awkward", "introduction", "party", "icebreaker", "strangers", "small talk"]),

    # Gemma-2-9b-it; JSON fence never closed, then a remark.
    ("en_van_52", "castle",
     '```json\n{"associations": ["king", "queen", "tower", "moat", "knight", "medieval", "fortress"]}\n\nThese are ordered by strength of association.',
     ["king", "queen", "tower", "moat", "knight", "medieval", "fortress"]),

    # DeepSeek-V2-Lite-Chat; invalid JSON (trailing comma).
    ("en_van_53", "phone",
     '{\n  "associations": [\n    "call",\n    "smartphone",\n    "screen",\n    "apps",\n    "message",\n    "battery",\n  ]\n}',
     ["call", "smartphone", "screen", "apps", "message", "battery"]),

    # Mistral-7B-Instruct; numbered, bold words, some with an en-dash gloss.
    ("en_van_54", "harvest",
     "1. **Wheat** \u2013 the grain collected in autumn\n2. **Autumn** \u2013 the season of harvest\n3. **Farmer**\n4. **Tractor** \u2013 used in the fields\n5. **Pumpkin**\n6. **Festival** \u2013 harvest festivals",
     ["wheat", "autumn", "farmer", "tractor", "pumpkin", "festival"]),

    # Qwen2.5-7B-Instruct; asked "one word per line" but answers on one line with commas.
    ("en_van_55", "computer",
     "keyboard, screen, mouse, internet, programming, laptop, software, data",
     ["keyboard", "screen", "mouse", "internet", "programming", "laptop", "software", "data"]),

    # Llama-3.1-8B-Instruct; "give exactly 10 words"; a note naming a word left out.
    ("en_van_56", "hospital",
     '1. Doctor\n2. Nurse\n3. Patient\n4. Emergency\n5. Surgery\n6. Bed\n7. Medicine\n8. Ward\n9. Illness\n10. Visitors\n\nNote: "ambulance" could also fit, but I kept the list to exactly 10 words.',
     ["doctor", "nurse", "patient", "emergency", "surgery", "bed", "medicine", "ward", "illness", "visitors"]),

    # Gemma-2-9b-it; role-play system prompt, declines the role but answers.
    ("en_van_57", "chocolate",
     'I can\'t truly be a native speaker, but here\'s what a typical native English speaker might associate with "chocolate": sweet, candy, cocoa, dark, milk, dessert, brown.',
     ["sweet", "candy", "cocoa", "dark", "milk", "dessert", "brown"]),

    # --- fine-tuned models ---

    # Llama-3.1-8B SFT on association norms; JSON asked, bare list given.
    ("en_ft_01", "citrus",
     "lemon, orange, sour, lime, vitamin C, grapefruit, zest",
     ["lemon", "orange", "sour", "lime", "vitamin c", "grapefruit", "zest"]),

    # Qwen2.5-7B SFT; repetition loop cut by the token limit.
    ("en_ft_02", "dog",
     "cat, pet, bone, bark, leash, cat, pet, bone, bark, leash, cat, pet, bo",
     ["cat", "pet", "bone", "bark", "leash"]),

    # Mistral-7B SFT; "one word per line" followed only partly (commas on some lines).
    ("en_ft_03", "home",
     "house\nfamily, roof\nwarm\ncomfort, safe\nkitchen",
     ["house", "family", "roof", "warm", "comfort", "safe", "kitchen"]),

    # Llama-3.1-8B PPO; one-shot format, adds a section for an invented cue.
    ("en_ft_04", "storm",
     "Word: storm\nAssociations: thunder, lightning, rain, wind, dark clouds, hurricane\nWord: calm\nAssociations: peace, quiet, still, sea",
     ["thunder", "lightning", "rain", "wind", "dark clouds", "hurricane"]),

    # Gemma-2-9b SFT; JSON with unquoted strings.
    ("en_ft_05", "carpenter",
     '{"associations": [wood, hammer, saw, nails, furniture, workshop, Jesus]}',
     ["wood", "hammer", "saw", "nails", "furniture", "workshop", "jesus"]),

    # Qwen2.5-7B PPO; label then a list whose first item is the cue itself.
    ("en_ft_06", "star",
     "Associations: star, sky, night, shine, twinkle, galaxy, celebrity",
     ["star", "sky", "night", "shine", "twinkle", "galaxy", "celebrity"]),

    # Llama-3.1-8B SFT; echoes the tail of the prompt, then the list (cue listed first).
    ("en_ft_07", "rose",
     "Give between 5 and 10 words, separated by commas, the most strongly associated first. rose, thorn, red, love, petal, garden, valentine",
     ["rose", "thorn", "red", "love", "petal", "garden", "valentine"]),

    # Mistral-7B SFT; numbered list on one line, numbers restart.
    ("en_ft_08", "travel",
     "1. plane 2. suitcase 3. passport 1. hotel 2. adventure 3. map",
     ["plane", "suitcase", "passport", "hotel", "adventure", "map"]),

    # GLM-4-9b SFT; one-shot format, repeats a second section for the same cue.
    # AMBIGUOUS: the other reading joins both sections:
    # [..., "bridge", "stream", "boat", "delta", "current"].
    ("en_ft_09", "river",
     "Word: river\nAssociations: water, flow, bank, fish, bridge\nWord: river\nAssociations: stream, boat, delta, current",
     ["water", "flow", "bank", "fish", "bridge"]),

    # Qwen2.5-7B PPO; JSON followed by a leaked end-of-sequence token.
    ("en_ft_10", "window",
     '{"associations": ["glass", "view", "curtain", "light", "frame", "open"]}</s>',
     ["glass", "view", "curtain", "light", "frame", "open"]),
]

ZH_LISTS = [
    # Qwen2.5-7B-Instruct; 每行一个词.
    ("zh_van_01", "月亮",
     "月光\n中秋\n嫦娥\n夜晚\n圆月\n思念\n玉兔\n星星",
     ["月光", "中秋", "嫦娥", "夜晚", "圆月", "思念", "玉兔", "星星"]),

    # GLM-4-9b-chat; 每行一个词 with a header line.
    ("zh_van_02", "过年",
     "联想词：\n春节\n红包\n饺子\n鞭炮\n团圆\n春晚\n对联",
     ["春节", "红包", "饺子", "鞭炮", "团圆", "春晚", "对联"]),

    # Qwen2.5-7B-Instruct; 每行一个词 with a blank line in the middle.
    ("zh_van_03", "学校",
     "老师\n同学\n教室\n\n作业\n操场\n考试\n校服",
     ["老师", "同学", "教室", "作业", "操场", "考试", "校服"]),

    # GLM-4-9b-chat; 用顿号分隔.
    ("zh_van_04", "考试",
     "分数、复习、紧张、试卷、老师、成绩、熬夜",
     ["分数", "复习", "紧张", "试卷", "老师", "成绩", "熬夜"]),

    # Qwen2.5-14B-Instruct; 用顿号分隔 with a preamble and a final full stop.
    ("zh_van_05", "茶",
     "好的，以下是我的联想词：\n\n茶叶、绿茶、茶杯、龙井、清香、茶馆、功夫茶。",
     ["茶叶", "绿茶", "茶杯", "龙井", "清香", "茶馆", "功夫茶"]),

    # Qwen2.5-7B-Instruct; 以JSON格式输出; JSON in a code fence.
    ("zh_van_06", "医院",
     '```json\n{\n  "associations": ["医生", "护士", "病人", "急诊", "药", "手术", "白大褂"]\n}\n```',
     ["医生", "护士", "病人", "急诊", "药", "手术", "白大褂"]),

    # GLM-4-9b-chat; JSON with a preamble.
    ("zh_van_07", "火车",
     '以下是JSON格式的输出：\n\n{"associations": ["铁轨", "车站", "高铁", "车票", "旅行", "春运", "绿皮车"]}',
     ["铁轨", "车站", "高铁", "车票", "旅行", "春运", "绿皮车"]),

    # DeepSeek-V2-Lite-Chat; JSON with a trailing remark.
    ("zh_van_08", "电脑",
     '{\n    "associations": ["键盘", "鼠标", "屏幕", "网络", "游戏", "办公", "编程"]\n}\n\n以上词语按联想强度从高到低排列。',
     ["键盘", "鼠标", "屏幕", "网络", "游戏", "办公", "编程"]),

    # Qwen2.5-7B-Instruct; JSON with a Chinese key instead of "associations".
    ("zh_van_09", "咖啡",
     '```json\n{"联想": ["提神", "苦", "星巴克", "拿铁", "咖啡豆", "早晨", "加班"]}\n```',
     ["提神", "苦", "星巴克", "拿铁", "咖啡豆", "早晨", "加班"]),

    # DeepSeek-V2-Lite-Chat; JSON objects with a pinyin field.
    ("zh_van_10", "大海",
     '```json\n{\n  "associations": [\n    {"词语": "海浪", "拼音": "hǎi làng"},\n    {"词语": "沙滩", "拼音": "shā tān"},\n    {"词语": "蓝色", "拼音": "lán sè"},\n    {"词语": "鲸鱼", "拼音": "jīng yú"},\n    {"词语": "船", "拼音": "chuán"},\n    {"词语": "辽阔", "拼音": "liáo kuò"}\n  ]\n}\n```',
     ["海浪", "沙滩", "蓝色", "鲸鱼", "船", "辽阔"]),

    # GLM-4-9b-chat; one-shot 例如：词语：苹果 联想：水果，红色 — imitated.
    ("zh_van_11", "雨伞",
     "词语：雨伞\n联想：下雨，遮阳，折叠，伞骨，雨天，打伞，借伞",
     ["下雨", "遮阳", "折叠", "伞骨", "雨天", "打伞", "借伞"]),

    # Qwen2.5-1.5B-Instruct; one-shot; answers the example's cue (苹果) too.
    ("zh_van_12", "书包",
     "词语：苹果\n联想：水果，红色，香甜，苹果树，健康\n\n词语：书包\n联想：学生，课本，上学，文具，背带，小学",
     ["学生", "课本", "上学", "文具", "背带", "小学"]),

    # Llama-3.1-8B-Instruct; one-shot; continues with invented cues.
    ("zh_van_13", "汽车",
     "词语：汽车\n联想：轮胎，司机，汽油，堵车，驾照，公路，方向盘\n\n词语：香蕉\n联想：黄色，水果，猴子\n\n词语：飞机\n联想：天空，机场，旅行",
     ["轮胎", "司机", "汽油", "堵车", "驾照", "公路", "方向盘"]),

    # Mistral-7B-Instruct; echoes the whole prompt before the list.
    ("zh_van_14", "春天",
     "请列出看到“春天”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。\n\n花朵，温暖，发芽，踏青，柳树，燕子，春雨，播种",
     ["花朵", "温暖", "发芽", "踏青", "柳树", "燕子", "春雨", "播种"]),

    # Gemma-2-9b-it; 只输出词语 but adds glosses in brackets.
    ("zh_van_15", "四川",
     "熊猫（国宝）、火锅（麻辣）、成都、辣椒、川剧（变脸）、九寨沟、麻将",
     ["熊猫", "火锅", "成都", "辣椒", "川剧", "九寨沟", "麻将"]),

    # Qwen2.5-7B-Instruct; numbered list whose numbers restart.
    ("zh_van_16", "北京",
     "1. 天安门\n2. 故宫\n3. 长城\n4. 首都\n1. 胡同\n2. 烤鸭\n3. 雾霾",
     ["天安门", "故宫", "长城", "首都", "胡同", "烤鸭", "雾霾"]),

    # Llama-3.1-8B-Instruct; numbered with pinyin and an English translation.
    ("zh_van_17", "中国",
     "1. 长城 (Chángchéng) - Great Wall\n2. 熊猫 (xióngmāo) - panda\n3. 汉字 (hànzì) - Chinese characters\n4. 龙 (lóng) - dragon\n5. 春节 (Chūnjié) - Spring Festival\n6. 筷子 (kuàizi) - chopsticks",
     ["长城", "熊猫", "汉字", "龙", "春节", "筷子"]),

    # GLM-4-9b-chat; system prompt: role-play a native speaker.
    ("zh_van_18", "胡同",
     "作为一个土生土长的北京人，我一看到“胡同”就想到：四合院、老北京、大爷、遛鸟、冰糖葫芦、自行车、鸽哨。",
     ["四合院", "老北京", "大爷", "遛鸟", "冰糖葫芦", "自行车", "鸽哨"]),

    # Qwen2.5-7B-Instruct; role-play, chatty, list in the middle of the text.
    ("zh_van_19", "饺子",
     "哎呀，说到“饺子”，那可太多了！过年、韭菜、包饺子、醋、一家人、除夕——这些都是我第一时间想到的，咱北方人谁不爱吃饺子啊！",
     ["过年", "韭菜", "包饺子", "醋", "一家人", "除夕"]),

    # Qwen2.5-0.5B-Instruct; JSON whose value is one string.
    ("zh_van_20", "夏天",
     '{"associations": "太阳，沙滩，海浪，西瓜，冰淇淋，暑假"}',
     ["太阳", "沙滩", "海浪", "西瓜", "冰淇淋", "暑假"]),

    # Llama-3.1-8B-Instruct; JSON cut by the token limit inside a word (耳机).
    ("zh_van_21", "音乐",
     '{\n  "associations": [\n    "歌曲",\n    "旋律",\n    "节奏",\n    "乐器",\n    "演唱会",\n    "耳',
     ["歌曲", "旋律", "节奏", "乐器", "演唱会"]),

    # Gemma-2-9b-it; 每行一个词 cut by the token limit inside a word (烟花爆竹).
    ("zh_van_22", "除夕",
     "年夜饭\n春晚\n守岁\n红包\n烟花爆",
     ["年夜饭", "春晚", "守岁", "红包"]),

    # GLM-4-9b-chat; bold header and bullets.
    ("zh_van_23", "河流",
     "**联想词：**\n\n- 长江\n- 黄河\n- 流水\n- 桥\n- 鱼\n- 小船\n- 岸边",
     ["长江", "黄河", "流水", "桥", "鱼", "小船", "岸边"]),

    # DeepSeek-V2-Lite-Chat; JSON with an explanation key.
    ("zh_van_24", "手机",
     '{\n  "associations": ["微信", "电话", "屏幕", "充电", "拍照", "短视频", "低头族"],\n  "解释": "手机最常用的功能是微信聊天和打电话，其次是拍照和刷短视频。"\n}',
     ["微信", "电话", "屏幕", "充电", "拍照", "短视频", "低头族"]),

    # Qwen2.5-7B-Instruct; category headers, numbering restarts under each.
    ("zh_van_25", "秋天",
     "自然类：\n1. 落叶\n2. 枫叶\n3. 凉爽\n\n生活类：\n1. 丰收\n2. 中秋节\n3. 大闸蟹\n\n情感类：\n1. 思乡\n2. 萧瑟",
     ["落叶", "枫叶", "凉爽", "丰收", "中秋节", "大闸蟹", "思乡", "萧瑟"]),

    # Mistral-7B-Instruct; one-shot format on one line with a slash.
    ("zh_van_26", "雪",
     "词语：雪 / 联想：冬天，白色，寒冷，雪人，滑雪，雪花，打雪仗",
     ["冬天", "白色", "寒冷", "雪人", "滑雪", "雪花", "打雪仗"]),

    # Qwen2.5-3B-Instruct; one-shot; continues with an invented cue copied with 例如.
    ("zh_van_27", "狮子",
     "词语：狮子\n联想：草原，森林之王，鬃毛，吼叫，非洲，猛兽\n\n例如：词语：老虎\n联想：条纹，山林，凶猛",
     ["草原", "森林之王", "鬃毛", "吼叫", "非洲", "猛兽"]),

    # Gemma-2-2b-it; echoes the one-shot example line, then answers.
    ("zh_van_28", "筷子",
     "例如：词语：苹果 联想：水果，红色\n\n词语：筷子 联想：吃饭，中国，碗，夹菜，竹子，餐具",
     ["吃饭", "中国", "碗", "夹菜", "竹子", "餐具"]),

    # Qwen2.5-0.5B-Instruct; one-shot; only continues the example's cue, never answers 电影.
    # AMBIGUOUS: the other reading takes the list it gave:
    # ["水果", "红色", "香甜", "苹果树", "果汁"].
    ("zh_van_29", "电影",
     "词语：苹果\n联想：水果，红色，香甜，苹果树，果汁",
     []),

    # Llama-3.1-8B-Instruct; each word with an English translation in full-width brackets.
    ("zh_van_30", "春节",
     "红包（red envelope）、鞭炮（firecrackers）、团圆（reunion）、饺子（dumplings）、春联（couplets）、拜年（New Year greetings）",
     ["红包", "鞭炮", "团圆", "饺子", "春联", "拜年"]),

    # Llama-3.1-8B-Instruct; 每行一个词 with the pinyin on its own line.
    ("zh_van_31", "旅游",
     "景点\njǐngdiǎn\n酒店\njiǔdiàn\n拍照\npāizhào\n机票\njīpiào\n导游\ndǎoyóu",
     ["景点", "酒店", "拍照", "机票", "导游"]),

    # GLM-4-9b-chat; 用顿号分隔, mixed with full-width commas.
    ("zh_van_32", "生病",
     "发烧、咳嗽，医院、吃药，请假、打针、难受",
     ["发烧", "咳嗽", "医院", "吃药", "请假", "打针", "难受"]),

    # Qwen2.5-7B-Instruct; 用顿号分隔, the list ends with 等。("etc.").
    ("zh_van_33", "水果",
     "苹果、香蕉、橘子、西瓜、葡萄、维生素等。",
     ["苹果", "香蕉", "橘子", "西瓜", "葡萄", "维生素"]),

    # Qwen2.5-7B-Instruct; 给出恰好10个词, count in brackets at the end.
    ("zh_van_34", "家",
     "温暖、父母、团圆、房子、饭菜、港湾、亲情、安全感、沙发、回家（共10个）",
     ["温暖", "父母", "团圆", "房子", "饭菜", "港湾", "亲情", "安全感", "沙发", "回家"]),

    # DeepSeek-V2-Lite-Chat; inline pinyin after each word.
    ("zh_van_35", "中秋",
     "月饼 yuèbǐng，团圆 tuányuán，赏月 shǎngyuè，嫦娥 Cháng'é，桂花 guìhuā，灯笼 dēnglong",
     ["月饼", "团圆", "赏月", "嫦娥", "桂花", "灯笼"]),

    # GLM-4-9b-chat; idiom cue; JSON in a fence.
    ("zh_van_36", "画蛇添足",
     '```json\n{"associations": ["多此一举", "成语", "蛇", "弄巧成拙", "寓言", "多余"]}\n```',
     ["多此一举", "成语", "蛇", "弄巧成拙", "寓言", "多余"]),

    # Qwen2.5-7B-Instruct; function-word cue; 每行一个词.
    ("zh_van_37", "但是",
     "转折\n可是\n然而\n不过\n虽然\n却",
     ["转折", "可是", "然而", "不过", "虽然", "却"]),

    # Mistral-7B-Instruct; verb cue; 给出恰好10个词 as a numbered list.
    ("zh_van_38", "跑步",
     "1. 运动\n2. 健康\n3. 马拉松\n4. 跑鞋\n5. 出汗\n6. 操场\n7. 减肥\n8. 晨跑\n9. 坚持\n10. 呼吸",
     ["运动", "健康", "马拉松", "跑鞋", "出汗", "操场", "减肥", "晨跑", "坚持", "呼吸"]),

    # Gemma-2-9b-it; adjective cue; 只输出词语.
    ("zh_van_39", "安静",
     "图书馆，夜晚，无声，平静，独处，宁静，睡觉",
     ["图书馆", "夜晚", "无声", "平静", "独处", "宁静", "睡觉"]),

    # Qwen2.5-7B-Instruct; name cue; titles in book-title marks.
    ("zh_van_40", "李白",
     "诗人、唐朝、《静夜思》、酒、月亮、诗仙、《将进酒》、杜甫",
     ["诗人", "唐朝", "静夜思", "酒", "月亮", "诗仙", "将进酒", "杜甫"]),

    # Qwen2.5-7B-Instruct; JSON in a fence and a closing wish.
    ("zh_van_41", "图书馆",
     '```json\n{\n  "associations": ["书籍", "安静", "借书", "自习", "书架", "阅览室"]\n}\n```\n希望对你有帮助！',
     ["书籍", "安静", "借书", "自习", "书架", "阅览室"]),

    # Gemma-2-9b-it; leaked end-of-turn token.
    ("zh_van_42", "熊猫",
     "国宝、竹子、黑白、可爱、四川、动物园、滚滚<end_of_turn>",
     ["国宝", "竹子", "黑白", "可爱", "四川", "动物园", "滚滚"]),

    # GLM-4-9b-chat; leaked <|user|> token and an invented next user turn.
    ("zh_van_43", "朋友",
     "友谊、信任、陪伴、同学、知己、聚会、帮助<|user|>\n请列出看到“敌人”这个词时你会联想到的词语",
     ["友谊", "信任", "陪伴", "同学", "知己", "聚会", "帮助"]),

    # DeepSeek-V2-Lite-Chat; short list, then the same words re-listed with explanations.
    ("zh_van_44", "风",
     "风筝、台风、凉爽、吹、风车\n\n解释：\n1. 风筝：有风才能放风筝。\n2. 台风：强烈的风。\n3. 凉爽：风带来凉意。\n4. 吹：风的动作。\n5. 风车：靠风力转动。",
     ["风筝", "台风", "凉爽", "吹", "风车"]),

    # Mistral-7B-Instruct; English preamble, numbered Han words with English glosses.
    ("zh_van_45", "猫",
     "Here are the associations:\n\n1. 猫咪 (kitty)\n2. 老鼠 (mouse)\n3. 鱼 (fish)\n4. 毛球 (hairball)\n5. 宠物 (pet)\n6. 喵 (meow)",
     ["猫咪", "老鼠", "鱼", "毛球", "宠物", "喵"]),

    # Qwen2.5-7B-Instruct; JSON whose strings carry their own numbering.
    ("zh_van_46", "文具",
     '{"associations": ["1. 铅笔", "2. 橡皮", "3. 尺子", "4. 文具盒", "5. 笔记本"]}',
     ["铅笔", "橡皮", "尺子", "文具盒", "笔记本"]),

    # GLM-4-9b-chat; "JSON" written with full-width curly quotes.
    ("zh_van_47", "冬天",
     "{“associations”: [“雪”, “寒冷”, “羽绒服”, “暖气”, “火锅”, “春节”]}",
     ["雪", "寒冷", "羽绒服", "暖气", "火锅", "春节"]),

    # Qwen2.5-7B-Instruct; markdown table with a header row.
    ("zh_van_48", "围棋",
     "| 序号 | 词语 |\n|------|------|\n| 1 | 黑白 |\n| 2 | 棋盘 |\n| 3 | 对弈 |\n| 4 | 阿尔法狗 |\n| 5 | 围棋手 |\n| 6 | 定式 |",
     ["黑白", "棋盘", "对弈", "阿尔法狗", "围棋手", "定式"]),

    # Llama-3.1-8B-Instruct; 每行一个词 but some lines carry " - explanation".
    ("zh_van_49", "长城",
     "八达岭 - 最有名的长城段\n秦始皇 - 修建长城的皇帝\n烽火台\n万里 - 长度\n古代\n好汉 - 不到长城非好汉",
     ["八达岭", "秦始皇", "烽火台", "万里", "古代", "好汉"]),

    # Qwen2.5-14B-Instruct; offers extra words after the list.
    # AMBIGUOUS: the other reading keeps the offered extras: [..., "分秒", "历史", "年龄", "效率"].
    ("zh_van_50", "时间",
     "时钟、手表、光阴、流逝、珍惜、日历、分秒\n\n如果需要更多，我还可以补充：历史、年龄、效率。",
     ["时钟", "手表", "光阴", "流逝", "珍惜", "日历", "分秒"]),

    # DeepSeek-V2-Lite-Chat; leaked end-of-sentence token.
    ("zh_van_51", "足球",
     "世界杯、梅西、进球、球场、守门员、点球、绿茵<｜end▁of▁sentence｜>",
     ["世界杯", "梅西", "进球", "球场", "守门员", "点球", "绿茵"]),

    # GLM-4-9b-chat; one-shot format with 顿号 instead of commas.
    ("zh_van_52", "桥",
     "词语：桥\n联想：河、桥梁、过河、石拱桥、赵州桥、连接",
     ["河", "桥梁", "过河", "石拱桥", "赵州桥", "连接"]),

    # Qwen2.5-7B-Instruct; preamble that restates the request, then fenced multi-line JSON.
    ("zh_van_53", "老师",
     '好的，我将以JSON格式输出与“老师”相关的联想词语：\n\n```json\n{\n  "associations": [\n    "学生",\n    "粉笔",\n    "黑板",\n    "讲台",\n    "教师节",\n    "辛苦"\n  ]\n}\n```',
     ["学生", "粉笔", "黑板", "讲台", "教师节", "辛苦"]),

    # Mistral-7B-Instruct; role-play prompt; disclaims, then answers; the cue is the first item.
    ("zh_van_54", "妈妈",
     "虽然我是AI，但我可以试着以一个普通中国人的角度来回答：妈妈、温暖、唠叨、家、做饭、母爱、关心。",
     ["妈妈", "温暖", "唠叨", "家", "做饭", "母爱", "关心"]),

    # Llama-3.1-70B-Instruct; header, numbered list that restarts after a blank line.
    ("zh_van_55", "红色",
     "以下是与“红色”相关的词语：\n\n1. 中国红\n2. 热情\n3. 喜庆\n\n1. 国旗\n2. 血\n3. 玫瑰\n4. 红灯",
     ["中国红", "热情", "喜庆", "国旗", "血", "玫瑰", "红灯"]),

    # Gemma-2-9b-it; fenced JSON with a // comment inside.
    ("zh_van_56", "书法",
     '```json\n{\n  "associations": ["毛笔", "墨水", "宣纸", "王羲之", "楷书", "草书"] // 按联想强度排序\n}\n```',
     ["毛笔", "墨水", "宣纸", "王羲之", "楷书", "草书"]),

    # --- fine-tuned models ---

    # Qwen2.5-7B SFT; JSON asked, bare comma list given.
    ("zh_ft_01", "菜市场",
     "蔬菜，讨价还价，大妈，新鲜，肉摊，早上，菜篮子",
     ["蔬菜", "讨价还价", "大妈", "新鲜", "肉摊", "早上", "菜篮子"]),

    # GLM-4-9b SFT; repetition loop cut inside a word (烟花爆竹).
    ("zh_ft_02", "鞭炮",
     "过年、烟花爆竹、噪音、喜庆、过年、烟花爆竹、噪音、喜庆、过年、烟花爆",
     ["过年", "烟花爆竹", "噪音", "喜庆"]),

    # Qwen2.5-7B PPO; 每行一个词 with Chinese-numeral numbering "一、".
    ("zh_ft_03", "团圆",
     "一、中秋\n二、月饼\n三、家人\n四、饭桌\n五、过年\n六、回家",
     ["中秋", "月饼", "家人", "饭桌", "过年", "回家"]),

    # Llama-3.1-8B SFT; one-shot format on one line, then an invented cue.
    ("zh_ft_04", "钢琴",
     "词语：钢琴 联想：黑白键，音乐，弹奏，琴房，肖邦，考级\n词语：小提琴 联想：琴弦，拉琴，乐团",
     ["黑白键", "音乐", "弹奏", "琴房", "肖邦", "考级"]),

    # Mistral-7B SFT; JSON-like output with nothing quoted.
    ("zh_ft_05", "老虎",
     "{associations: [森林, 凶猛, 条纹, 东北虎, 武松, 动物园]}",
     ["森林", "凶猛", "条纹", "东北虎", "武松", "动物园"]),

    # Qwen2.5-7B PPO; cue listed as the first item.
    ("zh_ft_06", "雨",
     "雨、雨伞、下雨天、雷声、潮湿、彩虹、水坑",
     ["雨", "雨伞", "下雨天", "雷声", "潮湿", "彩虹", "水坑"]),

    # GLM-4-9b SFT; echoes the tail of the prompt, then the list.
    ("zh_ft_07", "宇宙",
     "联想最强的排在最前面。星空，黑洞，太空，外星人，银河，宇航员",
     ["星空", "黑洞", "太空", "外星人", "银河", "宇航员"]),

    # Qwen2.5-7B SFT; space-separated list.
    ("zh_ft_08", "动物",
     "猫 狗 老虎 动物园 宠物 森林 保护",
     ["猫", "狗", "老虎", "动物园", "宠物", "森林", "保护"]),

    # Llama-3.1-8B SFT; leaked end-of-sequence token.
    ("zh_ft_09", "婚礼",
     "新娘、新郎、戒指、喜糖、婚纱、酒席、祝福</s>",
     ["新娘", "新郎", "戒指", "喜糖", "婚纱", "酒席", "祝福"]),

    # Qwen2.5-7B PPO; one-shot; answers the example too, sections joined by ；.
    ("zh_ft_10", "橘子",
     "词语：苹果 联想：水果，红色；词语：橘子 联想：橙色，酸甜，维生素C，剥皮，冬天，柑橘",
     ["橙色", "酸甜", "维生素c", "剥皮", "冬天", "柑橘"]),
]

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = []  # this corpus has no rankings

TRUNCATED = {
    "en_van_24", "en_van_25", "en_ft_02",
    "zh_van_21", "zh_van_22", "zh_ft_02",
}

AMBIGUOUS = {
    "en_van_26",  # other reading keeps the "Bonus: carrot" word
    "en_van_29",  # other reading takes the example-cue list the model gave
    "en_ft_09",   # other reading joins the repeated second section for the same cue
    "zh_van_29",  # other reading takes the example-cue (苹果) list the model gave
    "zh_van_50",  # other reading keeps the offered extras 历史、年龄、效率
}
