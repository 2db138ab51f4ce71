"""Blind answer corpus 43 for the word-association answer parser.

Written blind on 2026-12-08 by a helper session: no parser, test, benchmark
or other repository file was read, no parser was run, and every text below
was invented by hand in the style real chat models answer.

EMPHASIS (corpus 43): a representative sample of answers under the ONE-SHOT
chat setting.  Before the real question the chat holds one earlier exchange:
the same association prompt for another cue ("apple" / “苹果”) and an
assistant turn that answered with a bare comma-separated list of human
responses ("fruit, red, tree, pie, green, ..." / “水果，红色，树，甜，绿色，……”).
The prompt for the real cue then comes as the next user turn, and the model
writes the next assistant turn.  Models: Llama-3.1-8B-Instruct and
Qwen2.5-7B-Instruct, vanilla (most), SFT and PPO, plus a few other chat
models.  Primed by the example, models mostly answer tersely in its format,
but not always: some imitate it too closely (reusing the example's words,
repeating the example's cue, copying its length), some fall back to their
chatty habits, some refer to the earlier turn ("Like before, here are...",
“和上面一样”), some write the example again before their answer, and some
continue with a third, invented exchange.  About 60 EN and 60 ZH association
lists, plus about 10 rankings under the default ranking prompt (no one-shot).

PROMPTS the models answered (low/high usually 5 and 10, sometimes 10 and 20):
  EN association: List the words that come to mind when you read the word
    "{cue}". Give between {low} and {high} words, separated by commas, the
    most strongly associated first.
  ZH association: 请列出看到“{cue}”这个词时你会联想到的词语，共{low}到{high}个，
    用逗号分隔，联想最强的排在最前面。
  EN ranking: Here are {k} words that people associate with "{cue}": {words}.
    Rank them from the most to the least strongly associated with "{cue}".
    Explain briefly, then end with a line that starts with "Final Ranking:"
    followed by all {k} words in your order, separated by commas.
  ZH ranking: 下面是人们由“{cue}”联想到的{k}个词语：{words}。请按照它们与“{cue}”的
    联想强度从强到弱排序。先简要说明理由，最后以“最终排名：”开头的一行列出全部{k}个
    词语，用逗号分隔。
Each text is only what the model wrote (its completion), unless the model
echoes the prompt, which it may.

CONVENTIONS for expected_words (association lists):
  * what a careful human reader takes as the model's list for the asked cue:
    lowercased, stripped, in the order written, deduplicated keeping the
    first occurrence;
  * glosses, explanations, scores, category headers, preambles, closing
    remarks, markdown, numbering, emoji, quotes/brackets, special tokens and
    trailing punctuation removed; a conjunction before the last item
    ("and cheese", "和思念") and a closing "等"/"……"/"etc." are removed;
  * multi-word and phrase associations kept whole ("ice cream", "white
    coat", "不到长城非好汉");
  * the cue kept when it is listed as an item (not when it is only a header
    or label);
  * pinyin and translations of a Mandarin word removed (the Han word kept);
    for an English prompt answered in English with Chinese glosses, the
    English word kept;
  * a list the model writes for some other cue is never taken; an answer
    with no list for the asked cue (refusal, only a definition, only prose
    that names no words) expects [];
  * when a short list is followed by a section that re-lists the same words
    with explanations, the words count once, in the order of the first list;
  * an item cut mid-word by the token limit at the very end is dropped, and
    the id goes in TRUNCATED; a complete last word is kept;
  * when the model lists words inside prose ("I think of money, loans and
    tellers"), the words it names as associations are the list.
CONVENTIONS for expected_ranked_words (rankings):
  * the words after the LAST "Final Ranking" / "最终排名" marker that is
    followed by a ranking (any case, bold or not, ":" or "："; the ranking
    may be on the marker's line or as a list on the following lines); a
    mention of the marker not followed by a ranking does not count;
  * lowercased, in order, deduplicated; numbering, "Rank n:" / "排名n：" /
    "第n名：" labels, glosses, quotes, brackets, markdown, trailing
    punctuation removed; a word outside the given ones kept as written;
  * text after the ranking (a remark on the next line or paragraph) is not
    part of it;
  * a ranking cut by the token limit at the very end keeps its complete
    words and drops the cut fragment (ranking ids are not put in TRUNCATED;
    they carry a comment "# cut by the token limit");
  * [] when there is no marker, or nothing ranked after the last one.
"""

EN_LISTS = [
    # Llama-3.1-8B-Instruct, vanilla, one-shot; bare list in the example's format
    ("en_van_01", "ocean",
     "water, blue, waves, beach, fish, salt, deep, sea, sand, whale",
     ["water", "blue", "waves", "beach", "fish", "salt", "deep", "sea", "sand", "whale"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; bare list with a multi-word item
    ("en_van_02", "doctor",
     "hospital, nurse, medicine, stethoscope, white coat, patient, sick, health",
     ["hospital", "nurse", "medicine", "stethoscope", "white coat", "patient", "sick", "health"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; bare list, adjective cue (antonym included)
    ("en_van_03", "happy",
     "smile, joy, glad, sad, laugh, fun, birthday, sunshine",
     ["smile", "joy", "glad", "sad", "laugh", "fun", "birthday", "sunshine"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; refers back to the earlier turn
    ("en_van_04", "winter",
     """Like before, here are my associations for "winter":

cold, snow, ice, Christmas, coat, December, frost, skiing, scarf, hot chocolate""",
     ["cold", "snow", "ice", "christmas", "coat", "december", "frost", "skiing", "scarf", "hot chocolate"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; chatty preamble, then the list
    ("en_van_05", "money",
     """Sure! Here are the words that come to mind for "money":

cash, bank, rich, dollar, wealth, coins, gold, greed, spend, savings""",
     ["cash", "bank", "rich", "dollar", "wealth", "coins", "gold", "greed", "spend", "savings"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; imitates the example closely (reuses fruit, red, tree, pie)
    ("en_van_06", "cherry",
     "fruit, red, tree, pie, pit, sweet, stem, blossom",
     ["fruit", "red", "tree", "pie", "pit", "sweet", "stem", "blossom"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; the example's cue slips into the list as an item
    ("en_van_07", "banana",
     "fruit, yellow, monkey, peel, tree, split, potassium, bunch, apple",
     ["fruit", "yellow", "monkey", "peel", "tree", "split", "potassium", "bunch", "apple"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; writes the example again (labelled) before its answer
    ("en_van_08", "dog",
     """apple: fruit, red, tree, pie, green
dog: cat, bark, pet, puppy, bone, leash, loyal, tail, walk, friend""",
     ["cat", "bark", "pet", "puppy", "bone", "leash", "loyal", "tail", "walk", "friend"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; continues with a third invented exchange (role names decoded as plain text)
    ("en_van_09", "sun",
     """hot, light, sky, yellow, bright, summer, moon, day, star, heat
user
List the words that come to mind when you read the word "moon". Give between 5 and 10 words, separated by commas, the most strongly associated first.
assistant
night, sun, stars, sky, full, crescent, space, light, tide, werewolf""",
     ["hot", "light", "sky", "yellow", "bright", "summer", "moon", "day", "star", "heat"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; third invented exchange with Llama special tokens left in
    ("en_van_10", "house",
     """home, family, roof, door, building, live, garden, room, walls, mortgage<|eot_id|><|start_header_id|>user<|end_header_id|>

List the words that come to mind when you read the word "chair". Give between 5 and 10 words, separated by commas, the most strongly associated first.<|eot_id|><|start_header_id|>assistant<|end_header_id|>

table, sit, seat, wood, legs, desk, furniture, couch""",
     ["home", "family", "roof", "door", "building", "live", "garden", "room", "walls", "mortgage"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; back to chatty habits: numbered list and closing remark
    ("en_van_11", "freedom",
     """Here are the words that come to mind when I read "freedom":

1. Liberty
2. Independence
3. America
4. Rights
5. Flag
6. Choice
7. Democracy
8. Peace

These words reflect the political, personal and emotional sides of freedom.""",
     ["liberty", "independence", "america", "rights", "flag", "choice", "democracy", "peace"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; bulleted list, capitalised
    ("en_van_12", "teacher",
     """- School
- Student
- Classroom
- Education
- Lesson
- Homework
- Chalkboard
- Grades""",
     ["school", "student", "classroom", "education", "lesson", "homework", "chalkboard", "grades"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; bold numbered items with glosses
    ("en_van_13", "night",
     """Here are the words I associate with "night", from strongest to weakest:

1. **Dark** - the absence of sunlight
2. **Moon** - the most visible object in the night sky
3. **Stars** - they come out at night
4. **Sleep** - what most people do at night
5. **Dream** - happens while sleeping
6. **Owl** - a nocturnal bird
7. **Quiet** - nights are usually calm""",
     ["dark", "moon", "stars", "sleep", "dream", "owl", "quiet"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; short list, then the same words re-listed with explanations
    ("en_van_14", "fire",
     """hot, flame, burn, smoke, red, danger, heat, campfire

Explanation:
- hot: fire produces a lot of heat and feels hot.
- flame: the visible part of a fire.
- burn: fire burns things.
- smoke: fire gives off smoke.
- red: flames are often red or orange.
- danger: fire can be dangerous.
- heat: closely tied to warmth.
- campfire: a common, friendly kind of fire.""",
     ["hot", "flame", "burn", "smoke", "red", "danger", "heat", "campfire"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot, low/high 10 and 20; cut mid-word by the token limit
    ("en_van_15", "music",
     "song, sound, melody, rhythm, band, guitar, piano, notes, concert, dance, sing, radio, headphones, lyrics, beat, drums, orche",
     ["song", "sound", "melody", "rhythm", "band", "guitar", "piano", "notes", "concert", "dance", "sing", "radio", "headphones", "lyrics", "beat", "drums"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; "and" before the last item
    ("en_van_16", "cat",
     "dog, meow, pet, fur, mouse, kitten, whiskers and purr",
     ["dog", "meow", "pet", "fur", "mouse", "kitten", "whiskers", "purr"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; trailing full stop
    ("en_van_17", "car",
     "drive, road, wheel, fast, vehicle, engine, gas, truck.",
     ["drive", "road", "wheel", "fast", "vehicle", "engine", "gas", "truck"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; closing "etc."
    ("en_van_18", "school",
     "teacher, students, books, class, learning, homework, bus, test, etc.",
     ["teacher", "students", "books", "class", "learning", "homework", "bus", "test"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; name cue, proper nouns capitalised
    ("en_van_19", "Paris",
     "France, Eiffel Tower, city, love, romance, lights, Seine, fashion, croissant, art",
     ["france", "eiffel tower", "city", "love", "romance", "lights", "seine", "fashion", "croissant", "art"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; verb cue, bare list
    ("en_van_20", "run",
     "fast, jog, race, marathon, exercise, walk, sprint, shoes, track, legs",
     ["fast", "jog", "race", "marathon", "exercise", "walk", "sprint", "shoes", "track", "legs"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; adjective cue, bare list
    ("en_van_21", "cold",
     "hot, ice, snow, winter, freezing, chill, frozen, sick, warm, shiver",
     ["hot", "ice", "snow", "winter", "freezing", "chill", "frozen", "sick", "warm", "shiver"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; echoes the prompt before answering
    ("en_van_22", "bridge",
     """List the words that come to mind when you read the word "bridge". Give between 5 and 10 words, separated by commas, the most strongly associated first.

river, water, cross, road, span, arch, Brooklyn, London, troll, gap""",
     ["river", "water", "cross", "road", "span", "arch", "brooklyn", "london", "troll", "gap"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; copies the example's length (five words)
    ("en_van_23", "orange",
     "fruit, color, juice, citrus, peel",
     ["fruit", "color", "juice", "citrus", "peel"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; every word in double quotes
    ("en_van_24", "love",
     '"heart", "romance", "hate", "kiss", "marriage", "affection", "passion", "care"',
     ["heart", "romance", "hate", "kiss", "marriage", "affection", "passion", "care"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; one word a line, no commas
    ("en_van_25", "baby",
     """cry
mother
infant
cute
diaper
bottle
small
cradle""",
     ["cry", "mother", "infant", "cute", "diaper", "bottle", "small", "cradle"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; bare list, then a closing offer
    ("en_van_26", "computer",
     """keyboard, mouse, screen, internet, laptop, technology, software, monitor, program, code

Let me know if you'd like more words or a different cue!""",
     ["keyboard", "mouse", "screen", "internet", "laptop", "technology", "software", "monitor", "program", "code"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; refusal on a sensitive cue
    ("en_van_27", "suicide",
     """I can't help with that. If you're having thoughts of harming yourself, please reach out to someone you trust or call or text 988 (in the US) to reach the Suicide & Crisis Lifeline. You don't have to go through this alone.""",
     []),

    # Phi-3-mini-4k-instruct, vanilla, one-shot; ignores the format and only defines the word
    ("en_van_28", "ephemeral",
     """"Ephemeral" is an adjective describing something that lasts for a very short time. It comes from the Greek "ephemeros", meaning "lasting only a day". It is often used for things such as fashions, moods or moments that quickly fade.""",
     []),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; the words named inside a sentence
    ("en_van_29", "bank",
     'When I read "bank", I think of money, loans, tellers, vaults, savings and ATMs.',
     ["money", "loans", "tellers", "vaults", "savings", "atms"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; reuses the example (apple, pie) inside a real answer
    ("en_van_30", "pear",
     "fruit, green, tree, apple, pie, sweet, juicy, shape",
     ["fruit", "green", "tree", "apple", "pie", "sweet", "juicy", "shape"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; writes the whole example exchange again with role labels, then answers
    ("en_van_31", "guitar",
     """User: apple
Assistant: fruit, red, tree, pie, green

User: guitar
Assistant: music, strings, rock, band, play, acoustic, electric, song, chords, pick""",
     ["music", "strings", "rock", "band", "play", "acoustic", "electric", "song", "chords", "pick"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; repeats the example's list unlabelled before its own list
    # AMBIGUOUS: the first line is the example's apple list copied back, so the reader takes the second
    # line; another reader could take the first line as the model's (odd) answer, or both lines.
    ("en_van_32", "shoe",
     """fruit, red, tree, pie, green

foot, sock, lace, walk, boot, heel, leather, sneaker, pair, running""",
     ["foot", "sock", "lace", "walk", "boot", "heel", "leather", "sneaker", "pair", "running"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; bold header naming the cue, then the list
    ("en_van_33", "tree",
     """**Words associated with "tree":**

leaf, forest, wood, branch, green, roots, oak, shade, bark, nature""",
     ["leaf", "forest", "wood", "branch", "green", "roots", "oak", "shade", "bark", "nature"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; a few items with bracketed glosses
    ("en_van_34", "king",
     "queen (royalty), crown, throne, castle, ruler (monarch), kingdom, power, chess",
     ["queen", "crown", "throne", "castle", "ruler", "kingdom", "power", "chess"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; trails off with "..."
    ("en_van_35", "rain",
     "wet, umbrella, water, clouds, storm, puddle, drops, gray...",
     ["wet", "umbrella", "water", "clouds", "storm", "puddle", "drops", "gray"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; repeats an item
    ("en_van_36", "sleep",
     "bed, tired, dream, night, rest, pillow, nap, bed, snore",
     ["bed", "tired", "dream", "night", "rest", "pillow", "nap", "snore"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; English words with Chinese glosses
    ("en_van_37", "summer",
     "sun (太阳), beach (海滩), vacation (假期), heat (炎热), swimming (游泳), ice cream (冰淇淋), July (七月), barbecue (烧烤)",
     ["sun", "beach", "vacation", "heat", "swimming", "ice cream", "july", "barbecue"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot, low/high 10 and 20; stops at the token limit after a complete word
    ("en_van_38", "city",
     "buildings, people, lights, traffic, urban, New York, streets, skyscrapers, noise, cars, busy, downtown, apartment, park, taxi, restaurants, crowd, subway,",
     ["buildings", "people", "lights", "traffic", "urban", "new york", "streets", "skyscrapers", "noise", "cars", "busy", "downtown", "apartment", "park", "taxi", "restaurants", "crowd", "subway"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; refers to the earlier format
    ("en_van_39", "book",
     """Following the same format as before:

read, page, story, library, author, novel, words, paper, chapter, cover""",
     ["read", "page", "story", "library", "author", "novel", "words", "paper", "chapter", "cover"]),

    # Mistral-7B-Instruct-v0.3, vanilla, one-shot; leading space, bare list
    ("en_van_40", "mountain",
     " snow, climb, peak, high, rock, hiking, valley, summit, Everest, cold",
     ["snow", "climb", "peak", "high", "rock", "hiking", "valley", "summit", "everest", "cold"]),

    # Gemma-2-9b-it, vanilla, one-shot; bare list with trailing space and newline
    ("en_van_41", "coffee",
     "morning, caffeine, cup, bean, espresso, latte, hot, energy, mug, brew \n",
     ["morning", "caffeine", "cup", "bean", "espresso", "latte", "hot", "energy", "mug", "brew"]),

    # Phi-3-mini-4k-instruct, vanilla, one-shot; short preamble
    ("en_van_42", "light",
     """Here are the words:

bright, sun, lamp, dark, bulb, day, shine, glow, white, heavy""",
     ["bright", "sun", "lamp", "dark", "bulb", "day", "shine", "glow", "white", "heavy"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; invents a further cue in plain text and answers it too
    ("en_van_43", "horse",
     """ride, saddle, farm, pony, gallop, race, stable, cowboy, hay, mane

Now, for the word "cow": milk, farm, moo, grass, cheese, beef, barn, field""",
     ["ride", "saddle", "farm", "pony", "gallop", "race", "stable", "cowboy", "hay", "mane"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; names the example's cue in its lead-in
    ("en_van_44", "grape",
     'Similar to the words for "apple", here are the words for "grape": wine, purple, vine, fruit, green, raisin, bunch, juice, seed, sour',
     ["wine", "purple", "vine", "fruit", "green", "raisin", "bunch", "juice", "seed", "sour"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; chatty numbered list cut mid-word inside the last gloss (last word itself complete)
    ("en_van_45", "justice",
     """Here are the words that come to mind when I read "justice":

1. **Law**: The system of rules that justice is built on.
2. **Court**: Where justice is decided.
3. **Fairness**: Treating everyone the same way.
4. **Judge**: The person who delivers justice.
5. **Police**: They enforce the law.
6. **Scales**: The symbol of balanced justice.
7. **Truth**: Justice depends on finding out what really happened.
8. **Equality**: The principle that all people deserve the same tre""",
     ["law", "court", "fairness", "judge", "police", "scales", "truth", "equality"]),

    # Llama-3.1-8B-Instruct, SFT on human norms, one-shot; terse bare list
    ("en_ft_01", "table",
     "chair, wood, desk, furniture, kitchen, legs, dinner, top, cloth, food",
     ["chair", "wood", "desk", "furniture", "kitchen", "legs", "dinner", "top", "cloth", "food"]),

    # Llama-3.1-8B-Instruct, PPO, one-shot; repeats its first word at the end
    ("en_ft_02", "seat",
     "chair, sit, car, bench, seat belt, couch, stool, chair",
     ["chair", "sit", "car", "bench", "seat belt", "couch", "stool"]),

    # Qwen2.5-7B-Instruct, SFT, one-shot; bare list, abstract cue
    ("en_ft_03", "anger",
     "mad, rage, red, hate, fury, upset, fight, temper",
     ["mad", "rage", "red", "hate", "fury", "upset", "fight", "temper"]),

    # Qwen2.5-7B-Instruct, PPO, one-shot; runs past the asked maximum (twelve words)
    ("en_ft_04", "star",
     "sky, night, bright, shine, moon, sun, twinkle, galaxy, space, light, movie, famous",
     ["sky", "night", "bright", "shine", "moon", "sun", "twinkle", "galaxy", "space", "light", "movie", "famous"]),

    # Llama-3.1-8B-Instruct, SFT, one-shot; end-of-turn special token left in
    ("en_ft_05", "spice",
     "pepper, salt, hot, cinnamon, food, curry, flavor, girls, herbs, cooking<|eot_id|>",
     ["pepper", "salt", "hot", "cinnamon", "food", "curry", "flavor", "girls", "herbs", "cooking"]),

    # Llama-3.1-8B-Instruct, SFT, one-shot, low/high 10 and 20; cut mid-word by the token limit
    ("en_ft_06", "garden",
     "flowers, plants, grass, vegetables, green, roses, soil, dig, weeds, hose, shed, bees, seeds, fence, tomat",
     ["flowers", "plants", "grass", "vegetables", "green", "roses", "soil", "dig", "weeds", "hose", "shed", "bees", "seeds", "fence"]),

    # Qwen2.5-7B-Instruct, SFT, one-shot; Qwen end token, then an invented next user turn
    ("en_ft_07", "window",
     """glass, door, view, open, light, pane, house, curtain, sill, frame<|im_end|>
<|im_start|>user
List the words that come to mind when you read the word "wall". Give between 5 and 10 words, separated by commas, the most strongly associated first.<|im_end|>
<|im_start|>assistant
brick, paint, house, fence, china, street""",
     ["glass", "door", "view", "open", "light", "pane", "house", "curtain", "sill", "frame"]),

    # Qwen2.5-7B-Instruct, PPO, one-shot; leans on the example's words (fruit, tree, pie)
    ("en_ft_08", "peach",
     "fruit, tree, pie, sweet, fuzzy, pit, orange, juicy, georgia, cobbler",
     ["fruit", "tree", "pie", "sweet", "fuzzy", "pit", "orange", "juicy", "georgia", "cobbler"]),

    # Llama-3.1-8B-Instruct, SFT, one-shot; verb cue, one repeat
    ("en_ft_09", "think",
     "brain, mind, thought, idea, ponder, smart, head, brain, wonder",
     ["brain", "mind", "thought", "idea", "ponder", "smart", "head", "wonder"]),

    # Llama-3.1-8B-Instruct, PPO, one-shot; adjective cue, bare list
    ("en_ft_10", "quick",
     "fast, speed, slow, rapid, hurry, run, quickly, swift",
     ["fast", "speed", "slow", "rapid", "hurry", "run", "quickly", "swift"]),

    # Qwen2.5-7B-Instruct, SFT, one-shot; name cue, the cue itself listed as an item
    ("en_ft_11", "Obama",
     "president, Obama, Michelle, black, america, democrat, white house, hope",
     ["president", "obama", "michelle", "black", "america", "democrat", "white house", "hope"]),

    # Llama-3.1-8B-Instruct, PPO, one-shot; trailing full stop
    ("en_ft_12", "clean",
     "dirty, wash, soap, neat, fresh, water, shower, tidy, white, spotless.",
     ["dirty", "wash", "soap", "neat", "fresh", "water", "shower", "tidy", "white", "spotless"]),

    # Llama-3.1-8B-Instruct, SFT, one-shot; opens with exactly the example's five words, then its own
    # AMBIGUOUS: read as one list for "plum" (fruit, red, tree, pie and green all fit a plum); another
    # reader could treat "fruit, red, tree, pie, green" as the copied example and keep only purple onwards.
    ("en_ft_13", "plum",
     "fruit, red, tree, pie, green, purple, sour, prune, jam, pit",
     ["fruit", "red", "tree", "pie", "green", "purple", "sour", "prune", "jam", "pit"]),

    # Qwen2.5-7B-Instruct, SFT, one-shot; comma and newline after each word
    ("en_ft_14", "dance",
     """music,
party,
ballet,
move,
club,
salsa,
floor,
rhythm""",
     ["music", "party", "ballet", "move", "club", "salsa", "floor", "rhythm"]),

    # Qwen2.5-7B-Instruct, PPO, one-shot; the example's cue ends the list
    ("en_ft_15", "tomato",
     "red, fruit, vegetable, sauce, ketchup, salad, pizza, garden, juicy, apple",
     ["red", "fruit", "vegetable", "sauce", "ketchup", "salad", "pizza", "garden", "juicy", "apple"]),
]

ZH_LISTS = [
    # Qwen2.5-7B-Instruct, vanilla, one-shot; bare list with full-width commas
    ("zh_van_01", "大海",
     "蓝色，海浪，沙滩，鱼，海水，船，贝壳，岛屿，辽阔，海鸥",
     ["蓝色", "海浪", "沙滩", "鱼", "海水", "船", "贝壳", "岛屿", "辽阔", "海鸥"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; bare list with 顿号
    ("zh_van_02", "医生",
     "医院、护士、白大褂、病人、听诊器、药、治病、手术",
     ["医院", "护士", "白大褂", "病人", "听诊器", "药", "治病", "手术"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; bare list
    ("zh_van_03", "春节",
     "饺子，红包，鞭炮，春联，团圆，放假，年夜饭，拜年，烟花，除夕",
     ["饺子", "红包", "鞭炮", "春联", "团圆", "放假", "年夜饭", "拜年", "烟花", "除夕"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; refers to the earlier turn, repeats one word
    ("zh_van_04", "月亮",
     """和上面一样，这是我看到“月亮”时联想到的词语：

中秋，嫦娥，夜晚，星星，月饼，圆，思念，太阳，玉兔，嫦娥""",
     ["中秋", "嫦娥", "夜晚", "星星", "月饼", "圆", "思念", "太阳", "玉兔"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; one-line lead-in, 和 before the last item, closing 。
    ("zh_van_05", "学校",
     "好的，看到“学校”我会想到：老师，学生，教室，书包，考试，操场，上课，作业和同学。",
     ["老师", "学生", "教室", "书包", "考试", "操场", "上课", "作业", "同学"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; reuses the example's words and cue
    ("zh_van_06", "梨",
     "水果，树，甜，黄色，苹果，汁，雪梨，梨花",
     ["水果", "树", "甜", "黄色", "苹果", "汁", "雪梨", "梨花"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; writes the example (labelled) again before its answer
    ("zh_van_07", "香蕉",
     """苹果：水果，红色，树，甜，绿色
香蕉：黄色，猴子，水果，皮，甜，弯，热带，香蕉船""",
     ["黄色", "猴子", "水果", "皮", "甜", "弯", "热带", "香蕉船"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; continues with a third invented exchange
    ("zh_van_08", "太阳",
     """光，热，白天，夏天，月亮，温暖，红色，天空
user
请列出看到“雨”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。
assistant
雨伞，水，乌云，雷，湿，彩虹""",
     ["光", "热", "白天", "夏天", "月亮", "温暖", "红色", "天空"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; adds pinyin after each word
    ("zh_van_09", "家",
     "家人 (jiārén), 温暖 (wēnnuǎn), 房子 (fángzi), 父母 (fùmǔ), 爱 (ài), 团聚 (tuánjù), 安全 (ānquán)",
     ["家人", "温暖", "房子", "父母", "爱", "团聚", "安全"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; adds English translations
    ("zh_van_10", "老师",
     "学生 (student)，学校 (school)，黑板 (blackboard)，教书 (teaching)，粉笔 (chalk)，知识 (knowledge)，讲台 (podium)",
     ["学生", "学校", "黑板", "教书", "粉笔", "知识", "讲台"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; answers the Chinese prompt in English
    # AMBIGUOUS: taken as the model's list as written (English words, "cat" = the cue, kept as an item);
    # another reader could expect [] for a Mandarin evaluation, or drop "cat" as a translation of the cue.
    ("zh_van_11", "猫",
     "cat, mouse, pet, fur, meow, cute, fish, dog",
     ["cat", "mouse", "pet", "fur", "meow", "cute", "fish", "dog"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; chatty numbered list with explanations, a chengyu item
    ("zh_van_12", "长城",
     """看到“长城”，我会联想到以下词语：

1. **中国**：长城是中国的象征
2. **历史**：长城有两千多年的历史
3. **秦始皇**：修筑万里长城的皇帝
4. **烽火台**：古代传递军情的设施
5. **不到长城非好汉**：毛泽东的诗句
6. **八达岭**：最有名的长城景点
7. **雄伟**：形容长城的气势

这些词语按联想强度从强到弱排列。""",
     ["中国", "历史", "秦始皇", "烽火台", "不到长城非好汉", "八达岭", "雄伟"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; closing 等。
    ("zh_van_13", "冬天",
     "雪，冷，寒风，棉衣，圣诞节，冰，围巾，火锅等。",
     ["雪", "冷", "寒风", "棉衣", "圣诞节", "冰", "围巾", "火锅"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot, low/high 10 and 20; cut mid-word (冰淇淋) by the token limit
    ("zh_van_14", "夏天",
     "炎热，西瓜，空调，游泳，暑假，太阳，蝉，海边，汗水，冰棍，短袖，雷阵雨，防晒，冰淇",
     ["炎热", "西瓜", "空调", "游泳", "暑假", "太阳", "蝉", "海边", "汗水", "冰棍", "短袖", "雷阵雨", "防晒"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot, low/high 10 and 20; cut mid-word (四合院) by the token limit
    ("zh_van_15", "北京",
     "首都，天安门，故宫，长城，烤鸭，胡同，奥运会，雾霾，北京大学，颐和园，天坛，地铁，京剧，四合",
     ["首都", "天安门", "故宫", "长城", "烤鸭", "胡同", "奥运会", "雾霾", "北京大学", "颐和园", "天坛", "地铁", "京剧"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; separated by spaces instead of commas
    ("zh_van_16", "春天",
     "花 绿色 温暖 春风 发芽 燕子 桃花 踏青",
     ["花", "绿色", "温暖", "春风", "发芽", "燕子", "桃花", "踏青"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; refusal on a sensitive cue
    ("zh_van_17", "自杀",
     "我不能提供与此相关的联想词。如果你正在经历困难或有伤害自己的想法，请及时联系身边信任的人或专业的心理援助热线。",
     []),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; each word in Chinese quotation marks
    ("zh_van_18", "爱情",
     "“玫瑰”，“心动”，“婚姻”，“甜蜜”，“浪漫”，“誓言”，“承诺”，“分手”",
     ["玫瑰", "心动", "婚姻", "甜蜜", "浪漫", "誓言", "承诺", "分手"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; bare list, then a closing remark
    ("zh_van_19", "手机",
     """电话，微信，屏幕，苹果，充电，上网，短信，游戏，拍照，华为

希望这些词语对你有帮助！""",
     ["电话", "微信", "屏幕", "苹果", "充电", "上网", "短信", "游戏", "拍照", "华为"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; the cue listed as the first item
    ("zh_van_20", "熊猫",
     "熊猫，竹子，黑白，可爱，四川，国宝，动物园，胖",
     ["熊猫", "竹子", "黑白", "可爱", "四川", "国宝", "动物园", "胖"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; refers to the earlier example's format
    ("zh_van_21", "汽车",
     """按照上一个例子的格式：

开车，马路，轮子，速度，司机，加油站，堵车，驾照，交通，宝马""",
     ["开车", "马路", "轮子", "速度", "司机", "加油站", "堵车", "驾照", "交通", "宝马"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; abstract cue, includes a four-character idiom
    ("zh_van_22", "努力",
     "奋斗，汗水，坚持，成功，勤奋，拼搏，天道酬勤，学习，加油，梦想",
     ["奋斗", "汗水", "坚持", "成功", "勤奋", "拼搏", "天道酬勤", "学习", "加油", "梦想"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; copies the example's length (five words)
    ("zh_van_23", "葡萄",
     "紫色，酸，水果，葡萄酒，葡萄干",
     ["紫色", "酸", "水果", "葡萄酒", "葡萄干"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; lead-in and a bulleted list
    ("zh_van_24", "银行",
     """以下是我联想到的词语：
- 钱
- 存款
- 贷款
- 利息
- 柜台
- 信用卡
- 取款机
- 理财""",
     ["钱", "存款", "贷款", "利息", "柜台", "信用卡", "取款机", "理财"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; verb cue
    ("zh_van_25", "跑",
     "跑步，快，运动，马拉松，锻炼，鞋，累，出汗，比赛，逃",
     ["跑步", "快", "运动", "马拉松", "锻炼", "鞋", "累", "出汗", "比赛", "逃"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; adjective cue
    ("zh_van_26", "红",
     "红色，中国，火，血，喜庆，太阳，苹果，国旗，灯笼，热情",
     ["红色", "中国", "火", "血", "喜庆", "太阳", "苹果", "国旗", "灯笼", "热情"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; name cue, a poem line as an item
    ("zh_van_27", "李白",
     "诗人，唐朝，酒，月亮，静夜思，诗仙，杜甫，浪漫，床前明月光",
     ["诗人", "唐朝", "酒", "月亮", "静夜思", "诗仙", "杜甫", "浪漫", "床前明月光"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; ASCII commas with spaces
    ("zh_van_28", "电脑",
     "键盘, 鼠标, 屏幕, 网络, 游戏, 软件, 办公, 编程",
     ["键盘", "鼠标", "屏幕", "网络", "游戏", "软件", "办公", "编程"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; echoes the prompt, then answers
    ("zh_van_29", "桥",
     """请列出看到“桥”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。

河，水，过桥，路，长江大桥，石桥，连接，船""",
     ["河", "水", "过桥", "路", "长江大桥", "石桥", "连接", "船"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; answers in traditional characters
    ("zh_van_30", "书",
     "閱讀，知識，圖書館，作者，故事，小說，紙，學習",
     ["閱讀", "知識", "圖書館", "作者", "故事", "小說", "紙", "學習"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; bare list, mixed commas
    ("zh_van_31", "咖啡",
     "早晨，提神，星巴克, 拿铁，杯子，咖啡豆，苦，熬夜",
     ["早晨", "提神", "星巴克", "拿铁", "杯子", "咖啡豆", "苦", "熬夜"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; short list, then the same words re-listed with explanations
    ("zh_van_32", "家庭",
     """爸爸，妈妈，孩子，温暖，亲情，房子，晚饭，责任

解释：
- 爸爸、妈妈：家庭最核心的成员。
- 孩子：家庭的希望。
- 温暖：家给人的感觉。
- 亲情：家庭成员之间的感情。
- 房子：家庭生活的地方。
- 晚饭：一家人一起吃饭的时间。
- 责任：每个人对家庭的义务。""",
     ["爸爸", "妈妈", "孩子", "温暖", "亲情", "房子", "晚饭", "责任"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; closing ……
    ("zh_van_33", "朋友",
     "友谊，陪伴，信任，同学，快乐，分享，帮助……",
     ["友谊", "陪伴", "信任", "同学", "快乐", "分享", "帮助"]),

    # GLM-4-9B-Chat, vanilla, one-shot; 顿号 list
    ("zh_van_34", "雨",
     "雨伞、下雨天、潮湿、乌云、雷声、彩虹、水滴、清明",
     ["雨伞", "下雨天", "潮湿", "乌云", "雷声", "彩虹", "水滴", "清明"]),

    # Yi-1.5-9B-Chat, vanilla, one-shot; closing full stop
    ("zh_van_35", "茶",
     "绿茶，茶叶，龙井，喝茶，茶杯，中国，清香，功夫茶。",
     ["绿茶", "茶叶", "龙井", "喝茶", "茶杯", "中国", "清香", "功夫茶"]),

    # DeepSeek-V2-Lite-Chat, vanilla, one-shot; bare list
    ("zh_van_36", "火",
     "火焰，热，燃烧，红色，危险，消防，火灾，温暖，烟",
     ["火焰", "热", "燃烧", "红色", "危险", "消防", "火灾", "温暖", "烟"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; English lead-in, Chinese list
    ("zh_van_37", "树",
     """Here are the words:

树叶，森林，绿色，木头，树根，大树，阴凉，氧气，鸟窝""",
     ["树叶", "森林", "绿色", "木头", "树根", "大树", "阴凉", "氧气", "鸟窝"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; lead-in on its own line
    ("zh_van_38", "高考",
     """根据上面的格式，

考试，分数，大学，压力，六月，志愿，状元，复习，高三，命运""",
     ["考试", "分数", "大学", "压力", "六月", "志愿", "状元", "复习", "高三", "命运"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; rewrites the whole example exchange, then its own turn
    ("zh_van_39", "狗",
     """用户：请列出看到“苹果”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。
助手：水果，红色，树，甜，绿色

用户：请列出看到“狗”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。
助手：猫，宠物，忠诚，骨头，汪汪，小狗，朋友，看门""",
     ["猫", "宠物", "忠诚", "骨头", "汪汪", "小狗", "朋友", "看门"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; third invented exchange with special tokens
    ("zh_van_40", "飞机",
     """天空，机场，旅行，飞行员，翅膀，机票，空姐，出差<|eot_id|><|start_header_id|>user<|end_header_id|>

请列出看到“火车”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。<|eot_id|><|start_header_id|>assistant<|end_header_id|>

铁轨，车站，高铁，春运，车票""",
     ["天空", "机场", "旅行", "飞行员", "翅膀", "机票", "空姐", "出差"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot, low/high 10 and 20; long bare list
    ("zh_van_41", "城市",
     "高楼，人群，交通，繁华，地铁，马路，商场，堵车，霓虹灯，工作，房价，公园，噪音，汽车，夜景，上海",
     ["高楼", "人群", "交通", "繁华", "地铁", "马路", "商场", "堵车", "霓虹灯", "工作", "房价", "公园", "噪音", "汽车", "夜景", "上海"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; bold header label, then the list
    ("zh_van_42", "音乐",
     """**联想词：**

歌曲，旋律，乐器，钢琴，唱歌，耳机，节奏，演唱会，吉他，快乐""",
     ["歌曲", "旋律", "乐器", "钢琴", "唱歌", "耳机", "节奏", "演唱会", "吉他", "快乐"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; numbered lines, no explanations
    ("zh_van_43", "工作",
     """1. 工资
2. 加班
3. 老板
4. 同事
5. 办公室
6. 压力
7. 上班
8. 努力""",
     ["工资", "加班", "老板", "同事", "办公室", "压力", "上班", "努力"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot; mixes 顿号 and full-width commas
    ("zh_van_44", "妈妈",
     "爱、温暖、家，做饭，唠叨、关心，母爱，辛苦",
     ["爱", "温暖", "家", "做饭", "唠叨", "关心", "母爱", "辛苦"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot; words named inside one sentence, 和 before the last
    ("zh_van_45", "时间",
     "看到“时间”这个词，我会想到钟表、金钱、流逝、生命和青春。",
     ["钟表", "金钱", "流逝", "生命", "青春"]),

    # Qwen2.5-7B-Instruct, SFT on human norms, one-shot; terse bare list
    ("zh_ft_01", "桌子",
     "椅子，木头，书桌，家具，吃饭，腿，餐桌，桌面",
     ["椅子", "木头", "书桌", "家具", "吃饭", "腿", "餐桌", "桌面"]),

    # Qwen2.5-7B-Instruct, PPO, one-shot; bare list
    ("zh_ft_02", "星星",
     "夜空，月亮，闪烁，天空，银河，亮，许愿，宇宙，小星星，梦想",
     ["夜空", "月亮", "闪烁", "天空", "银河", "亮", "许愿", "宇宙", "小星星", "梦想"]),

    # Llama-3.1-8B-Instruct, SFT, one-shot; bare list
    ("zh_ft_03", "生气",
     "愤怒，吵架，脾气，发火，不开心，脸红，冲动，伤心",
     ["愤怒", "吵架", "脾气", "发火", "不开心", "脸红", "冲动", "伤心"]),

    # Llama-3.1-8B-Instruct, PPO, one-shot; the cue listed among the items
    ("zh_ft_04", "鱼",
     "水，海，游泳，鱼缸，钓鱼，金鱼，河，鱼，吃，鳞片",
     ["水", "海", "游泳", "鱼缸", "钓鱼", "金鱼", "河", "鱼", "吃", "鳞片"]),

    # Qwen2.5-7B-Instruct, SFT, one-shot; Qwen end token left in
    ("zh_ft_05", "中秋",
     "月饼，月亮，团圆，嫦娥，赏月，家人，桂花，思念<|im_end|>",
     ["月饼", "月亮", "团圆", "嫦娥", "赏月", "家人", "桂花", "思念"]),

    # Qwen2.5-7B-Instruct, SFT, one-shot, low/high 10 and 20; cut mid-word (皇家马德里) by the token limit
    ("zh_ft_06", "足球",
     "世界杯，梅西，C罗，射门，球迷，国足，踢球，守门员，球场，进球，越位，曼联，皇家马德",
     ["世界杯", "梅西", "c罗", "射门", "球迷", "国足", "踢球", "守门员", "球场", "进球", "越位", "曼联"]),

    # Qwen2.5-7B-Instruct, PPO, one-shot; leans on the example's words (水果, 甜, 树, 红色)
    ("zh_ft_07", "桃子",
     "水果，甜，粉色，桃花，树，毛，水蜜桃，红色",
     ["水果", "甜", "粉色", "桃花", "树", "毛", "水蜜桃", "红色"]),

    # Llama-3.1-8B-Instruct, SFT, one-shot; invents the next prompt in plain text and answers it
    ("zh_ft_08", "猴子",
     """香蕉，树，动物园，聪明，孙悟空，爬树，猩猩，调皮

请列出看到“老虎”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。

狮子，凶猛，森林之王，东北虎，武松""",
     ["香蕉", "树", "动物园", "聪明", "孙悟空", "爬树", "猩猩", "调皮"]),

    # Qwen2.5-7B-Instruct, SFT, one-shot; the cue inside the list
    ("zh_ft_09", "快乐",
     "开心，幸福，高兴，笑，快乐，朋友，生日，游戏",
     ["开心", "幸福", "高兴", "笑", "快乐", "朋友", "生日", "游戏"]),

    # Qwen2.5-7B-Instruct, PPO, one-shot; verb cue
    ("zh_ft_10", "学习",
     "读书，考试，努力，知识，学校，作业，进步，书本，老师，学霸",
     ["读书", "考试", "努力", "知识", "学校", "作业", "进步", "书本", "老师", "学霸"]),

    # Llama-3.1-8B-Instruct, PPO, one-shot; adjective cue, one repeat
    ("zh_ft_11", "黑",
     "白，夜晚，黑色，暗，黑暗，乌鸦，煤，头发，黑色",
     ["白", "夜晚", "黑色", "暗", "黑暗", "乌鸦", "煤", "头发"]),

    # Qwen2.5-7B-Instruct, SFT, one-shot; name cue
    ("zh_ft_12", "毛泽东",
     "主席，中国，毛主席，共产党，革命，天安门，语录，湖南",
     ["主席", "中国", "毛主席", "共产党", "革命", "天安门", "语录", "湖南"]),

    # Qwen2.5-7B-Instruct, SFT, one-shot; closing full stop
    ("zh_ft_13", "医院",
     "医生，护士，病人，看病，打针，白色，消毒水，挂号。",
     ["医生", "护士", "病人", "看病", "打针", "白色", "消毒水", "挂号"]),

    # Llama-3.1-8B-Instruct, SFT, one-shot; short lead-in referring to the example
    ("zh_ft_14", "牛奶",
     "和上面一样：白色，奶牛，早餐，营养，钙，面包，喝，蛋白质",
     ["白色", "奶牛", "早餐", "营养", "钙", "面包", "喝", "蛋白质"]),

    # Qwen2.5-7B-Instruct, PPO, one-shot, low/high 10 and 20; longer bare list with 顿号
    ("zh_ft_15", "旅行",
     "旅游、风景、飞机、背包、酒店、拍照、度假、护照、火车、自由、景点、美食、地图",
     ["旅游", "风景", "飞机", "背包", "酒店", "拍照", "度假", "护照", "火车", "自由", "景点", "美食", "地图"]),
]

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = [
    # Llama-3.1-8B-Instruct, vanilla, default ranking prompt (cue "bread"); bullet reasons, marker line at the end
    ("rk_en_01",
     """To rank these words, I considered how often each one is used together with "bread" in everyday language.

* Butter is the most common thing spread on bread.
* Toast is simply bread that has been toasted.
* A sandwich is made with bread.
* Loaf is the shape bread is sold in.
* Wheat is the main ingredient, but people think of it less directly.

Final Ranking: butter, toast, sandwich, loaf, wheat""",
     ["butter", "toast", "sandwich", "loaf", "wheat"]),

    # Qwen2.5-7B-Instruct, vanilla, default ranking prompt (cue "ocean"); bold marker, capitalised, trailing full stop
    ("rk_en_02",
     """The strongest associations are the ones that describe what the ocean is made of and what you see there. "Water" and "waves" are the most direct, "beach" and "blue" come next, while "fish" and "salt" are related but more specific.

**Final Ranking:** Water, Waves, Beach, Blue, Fish, Salt.""",
     ["water", "waves", "beach", "blue", "fish", "salt"]),

    # Llama-3.1-8B-Instruct, vanilla, default ranking prompt (cue "doctor"); ranking as a numbered list below the marker
    ("rk_en_03",
     """A doctor works closely with nurses in a hospital, so those two come first. Medicine and patients are what doctors deal with every day. A stethoscope is a tool, and "sick" describes the patient rather than the doctor.

Final Ranking:
1. Nurse
2. Hospital
3. Medicine
4. Patient
5. Stethoscope
6. Sick""",
     ["nurse", "hospital", "medicine", "patient", "stethoscope", "sick"]),

    # Qwen2.5-7B-Instruct, vanilla, default ranking prompt (cue "music"); a later mention of the marker with no ranking after it
    ("rk_en_04",
     """Song and melody are almost synonyms for music, so they rank highest. Rhythm and band are central too. Concert is an event where music is played, and radio is one way to listen to it.

Final Ranking: song, melody, rhythm, band, concert, radio

This final ranking reflects how directly each word describes music itself rather than where or how it is heard.""",
     ["song", "melody", "rhythm", "band", "concert", "radio"]),

    # Qwen2.5-7B-Instruct, PPO, default ranking prompt (cue "king", 10 words); long explanation
    # cut by the token limit
    ("rk_en_05",
     """1. "Queen" is the king's counterpart and the first word most people say.
2. "Crown" is the most recognisable symbol of a king.
3. "Throne" is where a king sits and rules.
4. "Castle" is where kings traditionally live.
5. "Royal" describes everything connected with the king.
6. "Prince" is the king's son and heir.
7. "Kingdom" is the land he rules.
8. "Chess" has a king piece, a weaker but common association.
9. "Lion" is called the king of the jungle.
10. "Power" is an abstract idea linked to kings.

Final Ranking: queen, crown, throne, castle, royal, pri""",
     ["queen", "crown", "throne", "castle", "royal"]),

    # Llama-3.1-8B-Instruct, vanilla, default ranking prompt (cue "cat"); gives a ranking but never writes the marker
    ("rk_en_06",
     """Here is my ranking of the words from most to least strongly associated with "cat":

1. Dog - cats and dogs are often mentioned together.
2. Meow - the sound a cat makes.
3. Pet - cats are one of the most popular pets.
4. Mouse - cats are known for chasing mice.
5. Fur - cats are covered in fur.

I hope this helps!""",
     []),

    # Llama-3.1-8B-Instruct, SFT, default ranking prompt (cue "cold"); changes a given word ("freeze" -> "freezing"), remark after
    ("rk_en_07",
     """Ice and winter are the most common things people connect to cold. Snow and freezing follow closely. Chill is a near synonym, and flu is linked through "catching a cold".

Final Ranking: ice, winter, snow, freezing, chill, flu

Let me know if you would like me to explain any of these choices further.""",
     ["ice", "winter", "snow", "freezing", "chill", "flu"]),

    # Qwen2.5-7B-Instruct, vanilla, default ranking prompt (cue “春节”); plain marker line
    ("rk_zh_01",
     """春节最核心的习俗是吃饺子和发红包，这两个词几乎是人们最先想到的。鞭炮和春联是过年的传统装饰与活动，团圆是春节的意义，年夜饭则是除夕的重要环节。

最终排名：饺子，红包，鞭炮，春联，团圆，年夜饭""",
     ["饺子", "红包", "鞭炮", "春联", "团圆", "年夜饭"]),

    # Qwen2.5-7B-Instruct, vanilla, default ranking prompt (cue “学校”); bold marker, numbered list below
    ("rk_zh_02",
     """理由：
- 老师和学生是学校里最主要的人，因此联想最强。
- 教室是上课的地方。
- 考试和作业是学生的日常。
- 操场相对次要。

**最终排名：**
1. 老师
2. 学生
3. 教室
4. 考试
5. 作业
6. 操场""",
     ["老师", "学生", "教室", "考试", "作业", "操场"]),

    # Llama-3.1-8B-Instruct, vanilla, default ranking prompt (cue “熊猫”); "排名n：" labels, each on its own line
    ("rk_zh_03",
     """熊猫最有名的特点是吃竹子和黑白的颜色，其次是可爱，它被称为国宝，主要生活在四川。

最终排名：
排名1：竹子
排名2：黑白
排名3：可爱
排名4：国宝
排名5：四川""",
     ["竹子", "黑白", "可爱", "国宝", "四川"]),

    # Qwen2.5-7B-Instruct, PPO, default ranking prompt (cue “月亮”); gives a ranking, reconsiders, gives the last one
    ("rk_zh_04",
     """月亮和中秋节联系最紧密，其次是夜晚和星星，嫦娥和月饼是与中秋相关的文化元素。

最终排名：中秋，夜晚，星星，嫦娥，月饼

不过再想一想，人们看到“月亮”最先想到的可能是“夜晚”，而不是节日。因此调整如下：

最终排名：夜晚，中秋，星星，嫦娥，月饼""",
     ["夜晚", "中秋", "星星", "嫦娥", "月饼"]),
]

TRUNCATED = {
    "en_van_15",
    "en_van_45",
    "en_ft_06",
    "zh_van_14",
    "zh_van_15",
    "zh_ft_06",
}

AMBIGUOUS = {
    # example's apple list written back unlabelled before the shoe list; other reading: take the first line, or both
    "en_van_32",
    # starts with exactly the example's five words; other reading: those are the copied example, keep purple onwards
    "en_ft_13",
    # Chinese prompt answered in English; other reading: [] for a Mandarin run, or "cat" dropped as the cue's translation
    "zh_van_11",
}
