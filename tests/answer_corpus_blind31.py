"""Blind answer corpus 31 for the word-association answer parser.

Written blind on 2026-12-07 by a helper session: no parser, test, benchmark
or other repository file was read, no parser was run, and every text below
was invented for this file.

EMPHASIS (corpus 31): the same prompts given with the system prompts and
personas researchers add for cultural alignment studies ("You are an average
American adult taking part in a word-association study", "你是一名普通的中国大学生，
正在参加词语联想实验", "Answer as a native speaker of Mandarin from Beijing",
"Respond quickly without thinking", "Only output the words").  Models
(Llama-3.1-8B-Instruct, Qwen2.5-7B-Instruct, Mistral-7B-Instruct, GPT-style
chat models) answer in character: first-person framing ("As an American, the
first things that pop into my head are…", "作为一个北京人，我首先想到的是…"),
narrated free association ("Hmm… coffee… then morning, then…"),
stream-of-consciousness with ellipses and dashes, a list then "That's what
comes to mind for me!", role-play stage directions (*thinks for a moment*),
quotation of the cue, partial refusals to role-play followed by a list, and
terse persona answers.  Also fine-tuned (LoRA SFT) models given the persona
prompt, which answer with a plain comma list or a slightly decorated one.
About 60 English and 60 Mandarin association lists and about 12 rankings
(persona prompts on the ranking task).

THE PROMPTS (project defaults; low/high usually 5 and 10, sometimes 10 and 20):
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
Each text is only what the model wrote (its completion).

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
  * pinyin and translations of a Mandarin word removed (the Han word kept);
    for an English prompt answered in English with Chinese glosses, the
    English word kept;
  * a list the model writes for some other cue is never taken; an answer with
    no list for the asked cue (refusal, only a definition, only prose that
    names no words) expects [];
  * when a short list is followed by a section that re-lists the same words
    with explanations, the words count once, in the order of the first list;
  * an item cut mid-word by the token limit at the very end is dropped, and
    the id goes in TRUNCATED; a complete last word is kept;
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
    and drops the cut fragment (ranking ids are not put in TRUNCATED; they are
    marked with a comment "# cut by the token limit");
  * [] when there is no marker, or nothing ranked after the last one.
"""

EN_LISTS = [
    # Llama-3.1-8B-Instruct, system "You are an average American adult taking
    # part in a word-association study"; first-person framing, one line.
    ("en_van_01", "coffee",
     """As an average American, the first things that pop into my head when I read "coffee" are:

Starbucks, morning, caffeine, mug, donuts, breakfast, latte, work, energy, cream""",
     ["starbucks", "morning", "caffeine", "mug", "donuts", "breakfast", "latte",
      "work", "energy", "cream"]),

    # Qwen2.5-7B-Instruct, system "Respond quickly without thinking"; terse.
    ("en_van_02", "bank",
     "Money, loan, teller, savings, ATM, vault, interest, river",
     ["money", "loan", "teller", "savings", "atm", "vault", "interest", "river"]),

    # Mistral-7B-Instruct, American persona; narrated free association with
    # the cue echoed first and fillers in between.
    ("en_van_03", "winter",
     "Hmm… winter… okay, snow first. Then cold… Christmas… hot chocolate, sledding, and uh… scarves. Oh — flu season.",
     ["snow", "cold", "christmas", "hot chocolate", "sledding", "scarves",
      "flu season"]),

    # Llama-3.1-8B-Instruct, American persona; stage direction, list, then the
    # in-character sign-off.
    ("en_van_04", "dog",
     """*thinks for a moment*

Alright... puppy, leash, bark, walk, bone, fetch, loyal, tail, vet, park

That's what comes to mind for me!""",
     ["puppy", "leash", "bark", "walk", "bone", "fetch", "loyal", "tail", "vet",
      "park"]),

    # GPT-style chat model, American persona; partial refusal to role-play
    # followed by a numbered list.
    ("en_van_05", "freedom",
     """As an AI, I don't really have personal experiences or a nationality, so I can't truly answer as an average American adult. But I can give you the associations a typical American would likely produce for "freedom":

1. America
2. Liberty
3. Flag
4. Independence
5. Eagle
6. Rights
7. Democracy
8. Speech
9. Choice
10. Fourth of July""",
     ["america", "liberty", "flag", "independence", "eagle", "rights",
      "democracy", "speech", "choice", "fourth of july"]),

    # Qwen2.5-7B-Instruct, system "Only output the words"; terse.
    ("en_van_06", "doctor",
     "nurse, hospital, stethoscope, sick, medicine, white coat, appointment",
     ["nurse", "hospital", "stethoscope", "sick", "medicine", "white coat",
      "appointment"]),

    # Llama-3.1-8B-Instruct, American persona; list running into the sign-off
    # after a dash.
    ("en_van_07", "apple",
     "Apple pie, red, fruit, iPhone, teacher, orchard, crunchy, Granny Smith, cider, healthy — that's what comes to mind for me!",
     ["apple pie", "red", "fruit", "iphone", "teacher", "orchard", "crunchy",
      "granny smith", "cider", "healthy"]),

    # Mistral-7B-Instruct, American persona; quotes the cue, then the list.
    ("en_van_08", "school",
     '"School" — okay, as an average American adult: homework, teachers, yellow bus, lunch, recess, tests, lockers, graduation, football games, friends.',
     ["homework", "teachers", "yellow bus", "lunch", "recess", "tests",
      "lockers", "graduation", "football games", "friends"]),

    # Llama-3.1-8B-Instruct, "Respond quickly without thinking"; a dash chain
    # that starts from the cue itself.
    ("en_van_09", "ocean",
     "Ocean — waves — blue — beach — sharks — salt — vacation — sand — whales — deep",
     ["waves", "blue", "beach", "sharks", "salt", "vacation", "sand", "whales",
      "deep"]),

    # Llama-3.1-8B-Instruct, American persona; bullets with an aside and a
    # closing greeting with emoji.
    ("en_van_10", "Thanksgiving",
     """As an American, Thanksgiving instantly brings up a bunch of stuff for me:

- Turkey (obviously!)
- Family
- Stuffing
- Pumpkin pie
- Football
- Parade
- Grateful
- Cranberry sauce
- Black Friday

Happy Thanksgiving, by the way! 🦃""",
     ["turkey", "family", "stuffing", "pumpkin pie", "football", "parade",
      "grateful", "cranberry sauce", "black friday"]),

    # Qwen2.5-7B-Instruct, "Respond quickly without thinking", low/high 10/20;
    # cut by the token limit inside the last word.
    ("en_van_11", "music",
     "Songs, guitar, concert, radio, dance, headphones, piano, rhythm, band, lyrics, Spotify, drums, melody, singer, festi",
     ["songs", "guitar", "concert", "radio", "dance", "headphones", "piano",
      "rhythm", "band", "lyrics", "spotify", "drums", "melody", "singer"]),

    # Mistral-7B-Instruct, American persona; the list told in prose.
    ("en_van_12", "money",
     "Okay, so as a regular American guy... money makes me think of bills first, honestly. Then rent, paycheck, taxes, bank, credit card, debt and savings.",
     ["bills", "rent", "paycheck", "taxes", "bank", "credit card", "debt",
      "savings"]),

    # Mistral-7B-Instruct, American persona; stage directions around a
    # sentence-fragment list.
    ("en_van_13", "fire",
     "*closes eyes* Okay, fire... hot. Flames. Campfire, smoke, firefighter, burn, red, s'mores, danger. *opens eyes* There you go!",
     ["hot", "flames", "campfire", "smoke", "firefighter", "burn", "red",
      "s'mores", "danger"]),

    # GPT-style chat model, American persona; bold cue label, then the list.
    ("en_van_14", "mother",
     "**Mother:** mom, love, family, care, home, cooking, hugs, Mother's Day, kids, warmth",
     ["mom", "love", "family", "care", "home", "cooking", "hugs",
      "mother's day", "kids", "warmth"]),

    # GPT-style chat model, American persona; partial refusal, list in prose.
    ("en_van_15", "justice",
     """I'm an AI, so I can't actually be an average American adult or have first associations of my own, but I can simulate what a typical participant might say. For "justice," common responses would be: law, court, judge, fairness, police, jury, equality, prison, rights.""",
     ["law", "court", "judge", "fairness", "police", "jury", "equality",
      "prison", "rights"]),

    # Llama-3.1-8B-Instruct, "Respond quickly without thinking"; cue label.
    ("en_van_16", "red",
     "Red: blood, apple, fire, stop sign, roses, love, anger, Coke, Santa",
     ["blood", "apple", "fire", "stop sign", "roses", "love", "anger", "coke",
      "santa"]),

    # Mistral-7B-Instruct, American persona; narrated free association with
    # "then" and ellipses.
    ("en_van_17", "breakfast",
     "Hmm… coffee… then eggs, then… bacon… pancakes… cereal, orange juice… toast, I guess.",
     ["coffee", "eggs", "bacon", "pancakes", "cereal", "orange juice",
      "toast"]),

    # Mistral-7B-Instruct, American persona; first-person lead-in, one phrase
    # item that joins two things with "and".
    ("en_van_18", "baseball",
     "As an American, baseball makes me think of: hot dogs, Yankees, summer, home run, bat, glove, peanuts and Cracker Jack, World Series, my dad.",
     ["hot dogs", "yankees", "summer", "home run", "bat", "glove", "peanuts",
      "cracker jack", "world series", "my dad"]),

    # Llama-3.1-8B-Instruct, "Only output the words"; numbered anyway.
    ("en_van_19", "church",
     """1. God
2. Sunday
3. pray
4. Bible
5. cross
6. pastor
7. choir
8. wedding""",
     ["god", "sunday", "pray", "bible", "cross", "pastor", "choir", "wedding"]),

    # Qwen2.5-7B-Instruct, American persona; framing, list, sign-off.
    ("en_van_20", "bread",
     """As an average American adult, when I see "bread" I think of: toast, butter, sandwich, loaf, wheat, bakery, Wonder Bread, dough, jam, breakfast. That's what comes to mind for me!""",
     ["toast", "butter", "sandwich", "loaf", "wheat", "bakery", "wonder bread",
      "dough", "jam", "breakfast"]),

    # Llama-3.1-8B-Instruct, American persona; stream of consciousness with
    # dashes, ellipses and a bracketed aside.
    ("en_van_21", "election",
     'Voting — ballots — Trump — Biden — polls... news (ugh) — debates — democracy — TV ads — "I Voted" stickers',
     ["voting", "ballots", "trump", "biden", "polls", "news", "debates",
      "democracy", "tv ads", "i voted stickers"]),

    # GPT-style chat model, American persona; full refusal of the role, no list.
    ("en_van_22", "gun",
     """I'm sorry, but I can't pretend to be a specific person or speak for the views of an "average American" on this topic. If it would help, I can explain what the word "gun" generally refers to or how word-association studies are usually designed.""",
     []),

    # Mistral-7B-Instruct, American persona; role-play stage directions and a
    # quoted cue.
    ("en_van_23", "beach",
     '*scratches head* Ooh, okay. "Beach"... sand! Waves, sunscreen, seagulls, volleyball, towels, sunburn, ice cream, flip-flops. *smiles* Yep, that\'s my list!',
     ["sand", "waves", "sunscreen", "seagulls", "volleyball", "towels",
      "sunburn", "ice cream", "flip-flops"]),

    # GPT-style chat model, American persona; bullets then a closing wish.
    ("en_van_24", "snow",
     """Sure! Here's my quick list as a regular American:

- Shoveling
- Cold
- Christmas
- Snowman
- School closed
- Sledding
- Boots
- Hot cocoa

Hope that helps with your study!""",
     ["shoveling", "cold", "christmas", "snowman", "school closed", "sledding",
      "boots", "hot cocoa"]),

    # Llama-3.1-8B-Instruct, "Respond quickly without thinking"; cue label and
    # a repeated item.
    ("en_van_25", "book",
     "Book: read, pages, library, story, novel, author, library, Harry Potter, cover, bookmark",
     ["read", "pages", "library", "story", "novel", "author", "harry potter",
      "cover", "bookmark"]),

    # Mistral-7B-Instruct, American persona; narrated, cut by the token limit
    # inside the last word.
    ("en_van_26", "hospital",
     "Hmm, hospital... doctors, nurses, then the ER... beds, needles, surgery, ambulance, waiting room, medical bi",
     ["doctors", "nurses", "er", "beds", "needles", "surgery", "ambulance",
      "waiting room"]),

    # Qwen2.5-7B-Instruct, American persona; numbered list with asides after
    # en dashes.
    ("en_van_27", "teacher",
     """Sure! As an American adult participant, here are my associations:

1. School – the first thing!
2. Apple
3. Classroom
4. Homework
5. Chalkboard
6. Grades
7. Principal
8. Summer break – lol, teachers get summers off""",
     ["school", "apple", "classroom", "homework", "chalkboard", "grades",
      "principal", "summer break"]),

    # GPT-style chat model, American persona; conversational, quoting the cue.
    ("en_van_28", "home",
     """Oh, "home"? That's easy. Family, couch, dog, kitchen, comfort, mom's cooking, bed, safe, TV, backyard.""",
     ["family", "couch", "dog", "kitchen", "comfort", "mom's cooking", "bed",
      "safe", "tv", "backyard"]),

    # Llama-3.1-8B-Instruct, "Respond quickly without thinking"; short label.
    ("en_van_29", "green",
     "Quick answers: grass, money, trees, leaves, go, envy, St. Patrick's Day, lime",
     ["grass", "money", "trees", "leaves", "go", "envy", "st. patrick's day",
      "lime"]),

    # Mistral-7B-Instruct, American persona; one word a line, a parenthetical
    # quote, sign-off.
    ("en_van_30", "run",
     """As an average American adult, "run" makes me think of:

Jogging
Marathon
Sneakers
Sweat
Fast
Exercise
Track
Forrest Gump ("Run, Forrest, run!")

That's what comes to mind for me!""",
     ["jogging", "marathon", "sneakers", "sweat", "fast", "exercise", "track",
      "forrest gump"]),

    # Llama-3.1-8B-Instruct, "Only output the words"; terse.
    ("en_van_31", "happy",
     "smile, joy, birthday, sunshine, laugh, puppy, family, Pharrell",
     ["smile", "joy", "birthday", "sunshine", "laugh", "puppy", "family",
      "pharrell"]),

    # GPT-style chat model, American persona; chatty lead-in, then the list.
    ("en_van_32", "pizza",
     "Ha, as a typical American I could go on forever about pizza! Cheese, pepperoni, Domino's, Friday night, delivery, slice, New York, Chicago deep dish, sauce, party.",
     ["cheese", "pepperoni", "domino's", "friday night", "delivery", "slice",
      "new york", "chicago deep dish", "sauce", "party"]),

    # Llama-3.1-8B-Instruct, American persona; explains the task with an
    # example for another cue before the real list.
    ("en_van_33", "key",
     """Sure! In a word-association study, if the cue were "dog", I might say "cat, bone, leash". For "key", my associations are: lock, door, car, house, keychain, lost, unlock, piano, code""",
     ["lock", "door", "car", "house", "keychain", "lost", "unlock", "piano",
      "code"]),

    # Mistral-7B-Instruct, American persona; whole answer is one sentence.
    ("en_van_34", "summer",
     "Summer, for me as an American, is all about the Fourth of July, barbecues, swimming pools, road trips, ice cream trucks, fireflies and no school!",
     ["fourth of july", "barbecues", "swimming pools", "road trips",
      "ice cream trucks", "fireflies", "no school"]),

    # GPT-style chat model, American persona; phrase items containing "and".
    ("en_van_35", "flag",
     """Answering as an average American adult:

America, stars and stripes, Pledge of Allegiance, red white and blue, patriotism, Fourth of July, pole, wave, military""",
     ["america", "stars and stripes", "pledge of allegiance",
      "red white and blue", "patriotism", "fourth of july", "pole", "wave",
      "military"]),

    # Llama-3.1-8B-Instruct, American persona; stage direction and a playful
    # interjection before the list.
    ("en_van_36", "cat",
     "*pauses* Meow! Lol. Okay: kitten, litter box, purr, whiskers, mouse, yarn, Garfield, allergies, pet, claws",
     ["kitten", "litter box", "purr", "whiskers", "mouse", "yarn", "garfield",
      "allergies", "pet", "claws"]),

    # Mistral-7B-Instruct, American persona; fragments with ellipses.
    ("en_van_37", "rain",
     "Rain, huh... umbrella. Puddles. Gray skies... thunder. Rain boots, Seattle, wet, cozy, staying in.",
     ["umbrella", "puddles", "gray skies", "thunder", "rain boots", "seattle",
      "wet", "cozy", "staying in"]),

    # GPT-style chat model, American persona; category headers.
    ("en_van_38", "city",
     """As an American adult, here's what "city" brings up:

Places: New York, Chicago
Things: traffic, skyscrapers, subway, noise, lights
Feelings: busy, crowded""",
     ["new york", "chicago", "traffic", "skyscrapers", "subway", "noise",
      "lights", "busy", "crowded"]),

    # Qwen2.5-7B-Instruct, "Respond quickly without thinking"; terse.
    ("en_van_39", "work",
     "job, money, boss, office, tired, meetings, email, commute, Monday, coffee",
     ["job", "money", "boss", "office", "tired", "meetings", "email", "commute",
      "monday", "coffee"]),

    # Mistral-7B-Instruct, American persona; cue with emoji and arrow as a
    # header, emoji at the end.
    ("en_van_40", "love",
     "Love ❤️ → heart, romance, family, marriage, kiss, Valentine's Day, hugs, forever, my wife 😊",
     ["heart", "romance", "family", "marriage", "kiss", "valentine's day",
      "hugs", "forever", "my wife"]),

    # Llama-3.1-8B-Instruct, American persona, low/high 10/20; cut by the
    # token limit inside the last word.
    ("en_van_41", "moon",
     "As an American, the moon makes me think of: Neil Armstrong, NASA, night, stars, full moon, werewolves, Apollo 11, space, craters, tides, honeym",
     ["neil armstrong", "nasa", "night", "stars", "full moon", "werewolves",
      "apollo 11", "space", "craters", "tides"]),

    # Qwen2.5-7B-Instruct, American persona; short framing.
    ("en_van_42", "eagle",
     "As an American, definitely: bald eagle, freedom, America, bird, flag, wings, soaring, Philadelphia Eagles, patriotic.",
     ["bald eagle", "freedom", "america", "bird", "flag", "wings", "soaring",
      "philadelphia eagles", "patriotic"]),

    # GPT-style chat model, American persona; one-sentence partial refusal.
    ("en_van_43", "milk",
     "I don't have personal memories as an American, but here's a list based on common associations: cow, cereal, cookies, white, dairy, calcium, glass, farm, carton",
     ["cow", "cereal", "cookies", "white", "dairy", "calcium", "glass", "farm",
      "carton"]),

    # Qwen2.5-7B-Instruct, "Only output the words"; a "Words:" label.
    ("en_van_44", "war",
     "Words: fighting, soldiers, guns, death, Vietnam, WWII, army, peace, veterans, Iraq",
     ["fighting", "soldiers", "guns", "death", "vietnam", "wwii", "army",
      "peace", "veterans", "iraq"]),

    # Llama-3.1-8B-Instruct, American persona; stream of consciousness.
    ("en_van_45", "phone",
     "iPhone... texting... my mom calling (again)... apps, charger, battery dying, Instagram, TikTok, screen time (ugh), calls, selfies",
     ["iphone", "texting", "my mom calling", "apps", "charger",
      "battery dying", "instagram", "tiktok", "screen time", "calls",
      "selfies"]),

    # Mistral-7B-Instruct, "Respond quickly without thinking"; terse.
    ("en_van_46", "sad",
     "crying, tears, blue, depressed, alone, rain, funeral, breakup",
     ["crying", "tears", "blue", "depressed", "alone", "rain", "funeral",
      "breakup"]),

    # Mistral-7B-Instruct, American persona; invents a backstory first.
    ("en_van_47", "wedding",
     "Ooh, weddings! As a 34-year-old from Ohio who's been to way too many of these: cake, bride, dress, rings, dancing, open bar, vows, church, flowers, in-laws.",
     ["cake", "bride", "dress", "rings", "dancing", "open bar", "vows",
      "church", "flowers", "in-laws"]),

    # Qwen2.5-7B-Instruct, "Respond quickly without thinking"; capitalised,
    # hyphenated item, trailing period.
    ("en_van_48", "clock",
     "Time, tick-tock, alarm, late, wall, hands, midnight, watch.",
     ["time", "tick-tock", "alarm", "late", "wall", "hands", "midnight",
      "watch"]),

    # Mistral-7B-Instruct, American persona; sigh stage direction, cue as a
    # one-word sentence, closing grumble.
    ("en_van_49", "taxes",
     "*sighs* Taxes. IRS, April 15th, refund, W-2, H&R Block, paying, government, deductions, TurboTax. Ugh.",
     ["irs", "april 15th", "refund", "w-2", "h&r block", "paying", "government",
      "deductions", "turbotax"]),

    # Llama-3.1-8B-Instruct, American persona; one word a line and a sign-off
    # with emoji.
    ("en_van_50", "garden",
     """Here's my word association for "garden":

flowers
vegetables
tomatoes
dirt
hose
bees
Grandma
weeds
sunshine

That's what comes to mind for me! 🌻""",
     ["flowers", "vegetables", "tomatoes", "dirt", "hose", "bees", "grandma",
      "weeds", "sunshine"]),

    # GPT-style chat model, American persona; short list, then a paragraph
    # that explains the same words again.
    ("en_van_51", "party",
     """balloons, cake, music, friends, beer, dancing

Why these? Balloons and cake come straight from kids' birthday parties, music and dancing are what make a party feel like a party, friends are the whole point, and beer — well, college!""",
     ["balloons", "cake", "music", "friends", "beer", "dancing"]),

    # Llama-3.1-8B-Instruct, American persona; quoted cue in the framing.
    ("en_van_52", "smart",
     """As an American adult, "smart" makes me think of: intelligent, nerd, Einstein, school, glasses, smartphone, clever, genius, books, straight A's""",
     ["intelligent", "nerd", "einstein", "school", "glasses", "smartphone",
      "clever", "genius", "books", "straight a's"]),

    # Qwen2.5-7B-Instruct, "Only output the words"; ends on a complete word
    # with no final punctuation.
    ("en_van_53", "highway",
     "Interstate, cars, traffic, road trip, trucks, exits, speed limit, Route 66, gas station, toll",
     ["interstate", "cars", "traffic", "road trip", "trucks", "exits",
      "speed limit", "route 66", "gas station", "toll"]),

    # Mistral-7B-Instruct, American persona; bracketed asides on items.
    ("en_van_54", "hamburger",
     "McDonald's (the first thing!), fries, ketchup, grill, cheese, Fourth of July (cookouts), bun, beef, Burger King, pickles",
     ["mcdonald's", "fries", "ketchup", "grill", "cheese", "fourth of july",
      "bun", "beef", "burger king", "pickles"]),

    # Qwen2.5-7B-Instruct, system "Answer as a native speaker of Mandarin from
    # Beijing" on the English prompt; English items with Chinese glosses.
    ("en_van_55", "food",
     """As a native Beijinger, when I see "food" I think of: Peking duck (烤鸭), dumplings (饺子), noodles, jianbing, hotpot (火锅), zhajiangmian, street food, family dinner""",
     ["peking duck", "dumplings", "noodles", "jianbing", "hotpot",
      "zhajiangmian", "street food", "family dinner"]),

    # GPT-style chat model, Beijing persona on the English prompt; slash
    # glosses in Chinese.
    ("en_van_56", "holiday",
     """Speaking as someone born and raised in Beijing:

Spring Festival / 春节, Golden Week / 黄金周, travel, crowded trains, red envelopes / 红包, family, fireworks, dumplings""",
     ["spring festival", "golden week", "travel", "crowded trains",
      "red envelopes", "family", "fireworks", "dumplings"]),

    # ---- fine-tuned (LoRA SFT) models given the persona prompt ----

    # Llama-3.1-8B LoRA SFT, American persona; plain comma list.
    ("en_ft_01", "dog",
     "cat, bark, puppy, leash, bone, pet, loyal, walk, tail, friend",
     ["cat", "bark", "puppy", "leash", "bone", "pet", "loyal", "walk", "tail",
      "friend"]),

    # Qwen2.5-7B LoRA SFT, American persona; capitalised, final period.
    ("en_ft_02", "winter",
     "Snow, cold, Christmas, ice, coat, skiing, December, scarf.",
     ["snow", "cold", "christmas", "ice", "coat", "skiing", "december",
      "scarf"]),

    # Mistral-7B LoRA SFT, "Respond quickly without thinking"; plain list.
    ("en_ft_03", "light",
     "bright, sun, lamp, dark, bulb, day, switch, heavy",
     ["bright", "sun", "lamp", "dark", "bulb", "day", "switch", "heavy"]),

    # Llama-3.1-8B LoRA SFT; slightly decorated with a label.
    ("en_ft_04", "tree",
     "Words: leaves, forest, branch, green, wood, oak, roots, shade",
     ["leaves", "forest", "branch", "green", "wood", "oak", "roots", "shade"]),

    # Qwen2.5-7B LoRA SFT; plain list.
    ("en_ft_05", "chair",
     "table, sit, seat, desk, couch, wood, legs, furniture, office, sofa",
     ["table", "sit", "seat", "desk", "couch", "wood", "legs", "furniture",
      "office", "sofa"]),

    # Mistral-7B LoRA SFT; dash bullets.
    ("en_ft_06", "fast",
     """- quick
- car
- speed
- slow
- race
- food
- run""",
     ["quick", "car", "speed", "slow", "race", "food", "run"]),

    # Llama-3.1-8B LoRA SFT; the cue itself given as the last item.
    ("en_ft_07", "cold",
     "ice, winter, snow, hot, freezing, flu, chilly, sick, cold",
     ["ice", "winter", "snow", "hot", "freezing", "flu", "chilly", "sick",
      "cold"]),

    # Qwen2.5-7B LoRA SFT, American persona; cue label.
    ("en_ft_08", "football",
     "Football: NFL, Super Bowl, touchdown, quarterback, helmet, Sunday, tailgate, soccer, Patriots, beer",
     ["nfl", "super bowl", "touchdown", "quarterback", "helmet", "sunday",
      "tailgate", "soccer", "patriots", "beer"]),

    # Llama-3.1-8B LoRA SFT, low/high 10/20; cut by the token limit.
    ("en_ft_09", "dream",
     "sleep, nightmare, goal, night, wish, bed, hope, fantasy, future, imagination, reality, lucid, sleepi",
     ["sleep", "nightmare", "goal", "night", "wish", "bed", "hope", "fantasy",
      "future", "imagination", "reality", "lucid"]),

    # Llama-3.1-8B LoRA SFT; the end-of-turn token left in the decoded text.
    ("en_ft_10", "guitar",
     "music, strings, rock, band, acoustic, Elvis, pick, amp<|eot_id|>",
     ["music", "strings", "rock", "band", "acoustic", "elvis", "pick", "amp"]),

    # Mistral-7B LoRA SFT; final period.
    ("en_ft_11", "hero",
     "superhero, brave, Superman, savior, firefighter, soldier, villain, courage, cape, legend.",
     ["superhero", "brave", "superman", "savior", "firefighter", "soldier",
      "villain", "courage", "cape", "legend"]),

    # Qwen2.5-7B LoRA SFT; the whole list in bold.
    ("en_ft_12", "island",
     "**beach, palm trees, ocean, Hawaii, vacation, sand, boat, tropical, Gilligan**",
     ["beach", "palm trees", "ocean", "hawaii", "vacation", "sand", "boat",
      "tropical", "gilligan"]),
]

ZH_LISTS = [
    # Qwen2.5-7B-Instruct, system "你是一名普通的中国大学生，正在参加词语联想实验";
    # first-person framing, then the list.
    ("zh_van_01", "高考",
     """作为一名普通的中国大学生，看到“高考”我首先想到的是：

压力，分数，志愿，熬夜，父母，六月，清华北大，模拟考，错题本，青春""",
     ["压力", "分数", "志愿", "熬夜", "父母", "六月", "清华北大", "模拟考", "错题本",
      "青春"]),

    # Qwen2.5-7B-Instruct, system "Answer as a native speaker of Mandarin from
    # Beijing"; 作为一个北京人 framing, 、 separators.
    ("zh_van_02", "胡同",
     "作为一个土生土长的北京人，我首先想到的是：四合院、大爷、遛鸟、冰糖葫芦、自行车、槐树、豆汁儿、京片子、鸽哨",
     ["四合院", "大爷", "遛鸟", "冰糖葫芦", "自行车", "槐树", "豆汁儿", "京片子",
      "鸽哨"]),

    # Qwen2.5-7B-Instruct, student persona; narrated free association.
    ("zh_van_03", "咖啡",
     "嗯……咖啡……然后是早上，然后是熬夜……星巴克……苦……提神，还有图书馆吧。",
     ["早上", "熬夜", "星巴克", "苦", "提神", "图书馆"]),

    # Qwen2.5-7B-Instruct, student persona; bracketed stage direction, list,
    # sign-off.
    ("zh_van_04", "月亮",
     """（想了一下）
中秋，月饼，嫦娥，思念，夜晚，玉兔，李白，故乡，圆，团圆

这就是我想到的！""",
     ["中秋", "月饼", "嫦娥", "思念", "夜晚", "玉兔", "李白", "故乡", "圆", "团圆"]),

    # GPT-style chat model, student persona; partial refusal then the list.
    ("zh_van_05", "宿舍",
     """作为一个AI，我其实并不是真正的大学生，也没有住过宿舍。不过我可以模拟一个普通中国大学生的联想：

室友、上下铺、熄灯、卧谈会、外卖、查寝、洗衣机、限电、宿管阿姨""",
     ["室友", "上下铺", "熄灯", "卧谈会", "外卖", "查寝", "洗衣机", "限电", "宿管阿姨"]),

    # Qwen2.5-7B-Instruct, "Only output the words"; terse.
    ("zh_van_06", "火锅",
     "麻辣，重庆，毛肚，朋友，冬天，海底捞，涮肉，火锅底料",
     ["麻辣", "重庆", "毛肚", "朋友", "冬天", "海底捞", "涮肉", "火锅底料"]),

    # Llama-3.1-8B-Instruct, Beijing persona; numbered with pinyin.
    ("zh_van_07", "过年",
     """作为一个北京人，我首先想到的是：

1. 饺子 (jiǎozi)
2. 鞭炮 (biānpào)
3. 红包 (hóngbāo)
4. 春晚 (chūnwǎn)
5. 庙会 (miàohuì)
6. 对联 (duìlián)
7. 团圆 (tuányuán)""",
     ["饺子", "鞭炮", "红包", "春晚", "庙会", "对联", "团圆"]),

    # Qwen2.5-7B-Instruct, student persona; quoted cue and a dash.
    ("zh_van_08", "春天",
     "“春天”——花开、柳絮、踏青、风筝、温暖、新绿、清明、过敏、生机",
     ["花开", "柳絮", "踏青", "风筝", "温暖", "新绿", "清明", "过敏", "生机"]),

    # Qwen2.5-7B-Instruct, "Respond quickly without thinking"; a dash chain
    # that starts from the cue itself.
    ("zh_van_09", "雨",
     "雨——伞——湿漉漉的鞋——雷声——梅雨季——打车难——窗边——听歌——思念",
     ["伞", "湿漉漉的鞋", "雷声", "梅雨季", "打车难", "窗边", "听歌", "思念"]),

    # Qwen2.5-7B-Instruct, student persona; first person, sign-off paragraph.
    ("zh_van_10", "妈妈",
     """看到“妈妈”，我脑子里马上蹦出来：唠叨、饭菜、温暖、电话、牵挂、白头发、家、拥抱、红烧肉。

这就是我想到的啦！""",
     ["唠叨", "饭菜", "温暖", "电话", "牵挂", "白头发", "家", "拥抱", "红烧肉"]),

    # Mistral-7B-Instruct, Beijing persona; English framing, Han words with
    # English translations.
    ("zh_van_11", "龙",
     """As a native speaker from Beijing, here are my associations for 龙:

皇帝 (emperor), 中国 (China), 龙舟 (dragon boat), 舞龙 (dragon dance), 春节 (Spring Festival), 龙年 (Year of the Dragon), 图腾 (totem), 力量 (power)""",
     ["皇帝", "中国", "龙舟", "舞龙", "春节", "龙年", "图腾", "力量"]),

    # Qwen2.5-7B-Instruct, "Respond quickly without thinking"; terse.
    ("zh_van_12", "熊猫",
     "竹子、四川、国宝、可爱、黑白、动物园、花花、成都",
     ["竹子", "四川", "国宝", "可爱", "黑白", "动物园", "花花", "成都"]),

    # Qwen2.5-7B-Instruct, student persona; narrated with 然后 and 还有.
    ("zh_van_13", "毕业",
     "嗯……毕业……先想到的是学士服，然后是拍照，然后……散伙饭，哭，找工作，离别，青春，还有论文答辩。",
     ["学士服", "拍照", "散伙饭", "哭", "找工作", "离别", "青春", "论文答辩"]),

    # GPT-style chat model, student persona; partial refusal then the list.
    ("zh_van_14", "自由",
     """我无法真正代表某一个具体的人，但可以按照一名普通中国大学生的视角来回答：

独立、选择、飞翔、梦想、权利、旅行、放假、无拘无束""",
     ["独立", "选择", "飞翔", "梦想", "权利", "旅行", "放假", "无拘无束"]),

    # Qwen2.5-7B-Instruct, student persona, low/high 10/20; cut by the token
    # limit inside the last word.
    ("zh_van_15", "图书馆",
     "作为一个大学生，我首先想到的是：自习，占座，考研，安静，书架，借书，空调，期末，通宵，咖啡，论文，闭馆音",
     ["自习", "占座", "考研", "安静", "书架", "借书", "空调", "期末", "通宵", "咖啡",
      "论文"]),

    # Qwen2.5-7B-Instruct, student persona; asterisk stage directions and a
    # cue echo.
    ("zh_van_16", "食堂",
     "*挠挠头* 食堂啊……饭卡，排队，麻辣烫，阿姨手抖，二楼，难吃，便宜，打饭，黄焖鸡 *笑*",
     ["饭卡", "排队", "麻辣烫", "阿姨手抖", "二楼", "难吃", "便宜", "打饭", "黄焖鸡"]),

    # Qwen2.5-7B-Instruct, Beijing persona; 儿化 items.
    ("zh_van_17", "北京",
     "作为北京人，说到“北京”我先想到：故宫，天安门，胡同儿，烤鸭，二环，堵车，雾霾，长城，卤煮，京腔儿",
     ["故宫", "天安门", "胡同儿", "烤鸭", "二环", "堵车", "雾霾", "长城", "卤煮",
      "京腔儿"]),

    # Llama-3.1-8B-Instruct, Beijing persona; cue header with English gloss,
    # numbered Han words with English glosses.
    ("zh_van_18", "茶",
     """茶 - tea

1. 绿茶 - green tea
2. 龙井 - Longjing tea
3. 茶壶 - teapot
4. 茶馆 - teahouse
5. 功夫茶 - gongfu tea
6. 清香 - fragrance
7. 杯子 - cup""",
     ["绿茶", "龙井", "茶壶", "茶馆", "功夫茶", "清香", "杯子"]),

    # Qwen2.5-7B-Instruct, "Only output the words"; closing 等, a saying as
    # the last item.
    ("zh_van_19", "长城",
     "八达岭、秦始皇、孟姜女、烽火台、好汉、爬山、游客、砖、不到长城非好汉等",
     ["八达岭", "秦始皇", "孟姜女", "烽火台", "好汉", "爬山", "游客", "砖",
      "不到长城非好汉"]),

    # Qwen2.5-7B-Instruct, "Respond quickly without thinking"; 和 before the
    # last item.
    ("zh_van_20", "爱情",
     "玫瑰、心动、恋爱、婚姻、分手、承诺、陪伴和思念",
     ["玫瑰", "心动", "恋爱", "婚姻", "分手", "承诺", "陪伴", "思念"]),

    # Qwen2.5-7B-Instruct, student persona; numbered, asides after dashes.
    ("zh_van_21", "手机",
     """作为一名大学生，我想到的是：
1. 微信——每天都在用
2. 抖音
3. 充电宝
4. 熬夜——刷手机到凌晨
5. 外卖
6. 游戏
7. 网课
8. 低头族""",
     ["微信", "抖音", "充电宝", "熬夜", "外卖", "游戏", "网课", "低头族"]),

    # GPT-style chat model, student persona; bold cue label.
    ("zh_van_22", "红色",
     "**红色**：中国、喜庆、春节、国旗、红包、热情、血、火、中国红",
     ["中国", "喜庆", "春节", "国旗", "红包", "热情", "血", "火", "中国红"]),

    # Qwen2.5-7B-Instruct, "Respond quickly without thinking"; space-separated.
    ("zh_van_23", "医生",
     "白大褂 医院 护士 看病 打针 救死扶伤 听诊器 挂号",
     ["白大褂", "医院", "护士", "看病", "打针", "救死扶伤", "听诊器", "挂号"]),

    # Qwen2.5-7B-Instruct, student persona; cue echo, list, personal remark.
    ("zh_van_24", "家",
     "家……温暖、爸妈、饭桌、回家、团圆、沙发、小狗、灯光。嗯，就这些吧，想到家就有点想家了。",
     ["温暖", "爸妈", "饭桌", "回家", "团圆", "沙发", "小狗", "灯光"]),

    # Qwen2.5-7B-Instruct, student persona; bracketed role-play line, the cue
    # as a question, exclamation at the end.
    ("zh_van_25", "考试",
     "（作为一个正在被期末折磨的大学生）考试？别提了……挂科、复习、熬夜、划重点、监考、作弊、焦虑、绩点、补考！",
     ["挂科", "复习", "熬夜", "划重点", "监考", "作弊", "焦虑", "绩点", "补考"]),

    # Llama-3.1-8B-Instruct, student persona; answers the Chinese prompt with
    # English framing around a Chinese list.
    ("zh_van_26", "中秋",
     """As a Chinese university student, I would associate "中秋" with:

月饼, 月亮, 团圆, 嫦娥, 赏月, 家人, 灯笼, 放假

These are the words that come to mind for me!""",
     ["月饼", "月亮", "团圆", "嫦娥", "赏月", "家人", "灯笼", "放假"]),

    # Qwen2.5-7B-Instruct, Beijing persona, low/high 10/20; cut by the token
    # limit inside the last word.
    ("zh_van_27", "冬天",
     "作为北京人，冬天我首先想到的就是：暖气，羽绒服，雪，涮羊肉，冰糖葫芦，什刹海滑冰，雾霾，大白菜，北风，糖炒栗",
     ["暖气", "羽绒服", "雪", "涮羊肉", "冰糖葫芦", "什刹海滑冰", "雾霾", "大白菜",
      "北风"]),

    # Qwen2.5-7B-Instruct, Beijing persona; stream of consciousness.
    ("zh_van_28", "夏天",
     "夏天嘛……西瓜——空调——冰棍儿……蝉鸣，暑假，蚊子，游泳，汗，烧烤",
     ["西瓜", "空调", "冰棍儿", "蝉鸣", "暑假", "蚊子", "游泳", "汗", "烧烤"]),

    # GPT-style chat model, student persona; partial refusal, list, closing
    # wish.
    ("zh_van_29", "朋友",
     """我是一个AI助手，没有真实的朋友，但我可以试着代入一名普通中国大学生的角色：

室友，同学，聊天，陪伴，信任，开黑，吃饭，友谊，发小

希望对你的实验有帮助！""",
     ["室友", "同学", "聊天", "陪伴", "信任", "开黑", "吃饭", "友谊", "发小"]),

    # Qwen2.5-7B-Instruct, student persona; refuses the role, no list.
    ("zh_van_30", "政治",
     "抱歉，我无法扮演特定身份参与此类实验。如果你有其他问题，欢迎继续提问。",
     []),

    # Qwen2.5-7B-Instruct, Beijing persona; gives only a definition.
    ("zh_van_31", "江湖",
     "“江湖”一词原指江河湖泊，后来泛指四方各地；在武侠小说中，它指侠客们活动的社会环境，也常用来比喻人情世故复杂的社会。",
     []),

    # Qwen2.5-7B-Instruct, student persona; numbered with a bracketed aside.
    ("zh_van_32", "钱",
     """1. 工资（毕业后最关心的）
2. 生活费
3. 花呗
4. 房子
5. 红包
6. 支付宝
7. 理财
8. 穷""",
     ["工资", "生活费", "花呗", "房子", "红包", "支付宝", "理财", "穷"]),

    # Qwen2.5-7B-Instruct, student persona; cue repeated as a question.
    ("zh_van_33", "猫",
     "猫？那我想到的是：喵星人、撸猫、猫粮、铲屎官、可爱、高冷、掉毛、逗猫棒、橘猫",
     ["喵星人", "撸猫", "猫粮", "铲屎官", "可爱", "高冷", "掉毛", "逗猫棒", "橘猫"]),

    # Llama-3.1-8B-Instruct, student persona; asterisk stage direction.
    ("zh_van_34", "地铁",
     "*想了想* 早高峰、挤、一号线、换乘、刷卡、手机、安检、通勤",
     ["早高峰", "挤", "一号线", "换乘", "刷卡", "手机", "安检", "通勤"]),

    # Qwen2.5-7B-Instruct, student persona; the list told in prose.
    ("zh_van_35", "梦想",
     "作为一名普通的中国大学生，说到“梦想”，我首先想到的是未来，然后是努力和坚持，还有迷茫。其他的话，可能还有：理想、目标、奋斗、远方、成功。",
     ["未来", "努力", "坚持", "迷茫", "理想", "目标", "奋斗", "远方", "成功"]),

    # Qwen2.5-7B-Instruct, Beijing persona; list then a signed remark.
    ("zh_van_36", "秋天",
     """香山红叶，落叶，丰收，桂花，凉爽，中秋，银杏，国庆，秋裤，大闸蟹。

——以上是我作为北京人的联想。""",
     ["香山红叶", "落叶", "丰收", "桂花", "凉爽", "中秋", "银杏", "国庆", "秋裤",
      "大闸蟹"]),

    # Llama-3.1-8B-Instruct, student persona; cue label, English items mixed in.
    ("zh_van_37", "电脑",
     "电脑：笔记本、键盘、打游戏、写代码、Word、PPT、鼠标、WiFi、联想",
     ["笔记本", "键盘", "打游戏", "写代码", "word", "ppt", "鼠标", "wifi", "联想"]),

    # Qwen2.5-7B-Instruct, "Only output the words"; cue label.
    ("zh_van_38", "中国",
     "中国：长城、熊猫、五星红旗、汉字、春节、饺子、高铁、祖国",
     ["长城", "熊猫", "五星红旗", "汉字", "春节", "饺子", "高铁", "祖国"]),

    # Qwen2.5-7B-Instruct, student persona; only ellipses between items.
    ("zh_van_39", "孤独",
     "孤独啊……一个人吃饭……深夜……耳机……月亮……想家……沉默",
     ["一个人吃饭", "深夜", "耳机", "月亮", "想家", "沉默"]),

    # Qwen2.5-7B-Instruct, "Respond quickly without thinking"; arrow header.
    ("zh_van_40", "书",
     "书→知识、阅读、图书馆、书店、作者、小说、书签、纸张、考研资料",
     ["知识", "阅读", "图书馆", "书店", "作者", "小说", "书签", "纸张", "考研资料"]),

    # Qwen2.5-7B-Instruct, student persona; terse with a Latin-letter item.
    ("zh_van_41", "音乐",
     "周杰伦、耳机、演唱会、网易云、钢琴、KTV、节奏、旋律、流行歌、民谣",
     ["周杰伦", "耳机", "演唱会", "网易云", "钢琴", "ktv", "节奏", "旋律", "流行歌",
      "民谣"]),

    # Qwen2.5-7B-Instruct, "Respond quickly without thinking"; bracketed stage
    # direction first.
    ("zh_van_42", "足球",
     "（快速回答）国足、世界杯、梅西、C罗、踢球、绿茵场、进球、失望",
     ["国足", "世界杯", "梅西", "c罗", "踢球", "绿茵场", "进球", "失望"]),

    # Qwen2.5-7B-Instruct, student persona; saying and an English word.
    ("zh_van_43", "时间",
     "时间——钟表、流逝、青春、珍惜、一寸光阴一寸金、岁月、沙漏、deadline",
     ["钟表", "流逝", "青春", "珍惜", "一寸光阴一寸金", "岁月", "沙漏",
      "deadline"]),

    # Qwen2.5-7B-Instruct, student persona; first person, closing ellipsis.
    ("zh_van_44", "故乡",
     "作为一个离家读书的大学生，“故乡”让我想到：月亮、老家、爷爷奶奶、乡愁、炊烟、小河、方言、春节回家……",
     ["月亮", "老家", "爷爷奶奶", "乡愁", "炊烟", "小河", "方言", "春节回家"]),

    # Qwen2.5-7B-Instruct, student persona; exclamation lead-in.
    ("zh_van_45", "奶茶",
     "奶茶！那必须是：珍珠、喜茶、蜜雪冰城、半糖、去冰、长胖、下午茶、外卖、续命",
     ["珍珠", "喜茶", "蜜雪冰城", "半糖", "去冰", "长胖", "下午茶", "外卖", "续命"]),

    # Llama-3.1-8B-Instruct, student persona, low/high 10/20; ASCII commas,
    # cut by the token limit inside the last word.
    ("zh_van_46", "微信",
     "微信 -> 聊天, 朋友圈, 红包, 语音, 表情包, 支付, 群聊, 公众号, 视频号, 已读不",
     ["聊天", "朋友圈", "红包", "语音", "表情包", "支付", "群聊", "公众号", "视频号"]),

    # Qwen2.5-7B-Instruct, student persona; dash after the cue.
    ("zh_van_47", "父亲",
     "父亲——沉默、背影、朱自清、严厉、肩膀、烟、辛苦、爱",
     ["沉默", "背影", "朱自清", "严厉", "肩膀", "烟", "辛苦", "爱"]),

    # Qwen2.5-7B-Instruct, "Only output the words"; verb cue, terse.
    ("zh_van_48", "吃",
     "吃饭、美食、饿、外卖、火锅、零食、吃货、食堂、夜宵",
     ["吃饭", "美食", "饿", "外卖", "火锅", "零食", "吃货", "食堂", "夜宵"]),

    # Qwen2.5-7B-Instruct, Beijing persona; adjective cue, chatty framing.
    ("zh_van_49", "美",
     "作为北京人嘛，“美”我想到的是：漂亮、美丽、美女、风景、艺术、颐和园、美好、美颜",
     ["漂亮", "美丽", "美女", "风景", "艺术", "颐和园", "美好", "美颜"]),

    # Qwen2.5-7B-Instruct, student persona; emoji at the start.
    ("zh_van_50", "太阳",
     "☀️ 阳光、温暖、夏天、光明、向日葵、后羿、日出、热",
     ["阳光", "温暖", "夏天", "光明", "向日葵", "后羿", "日出", "热"]),

    # Llama-3.1-8B-Instruct, student persona; English stage direction, cue
    # label after 好的.
    ("zh_van_51", "火车",
     "*thinks for a moment* 好的！火车：春运、卧铺、绿皮车、车票、泡面、回家、高铁、站台、12306",
     ["春运", "卧铺", "绿皮车", "车票", "泡面", "回家", "高铁", "站台", "12306"]),

    # Qwen2.5-7B-Instruct, student persona; cue label, list, sign-off in the
    # same line.
    ("zh_van_52", "狗",
     "狗：忠诚、宠物、汪汪、遛狗、朋友、柯基、看家、单身狗。就这些，这就是我想到的！",
     ["忠诚", "宠物", "汪汪", "遛狗", "朋友", "柯基", "看家", "单身狗"]),

    # Qwen2.5-7B-Instruct, Beijing persona; a repeated item.
    ("zh_van_53", "饺子",
     "过年，饺子馅，醋，包饺子，春节，韭菜鸡蛋，猪肉白菜，饺子馆，过年",
     ["过年", "饺子馅", "醋", "包饺子", "春节", "韭菜鸡蛋", "猪肉白菜", "饺子馆"]),

    # Qwen2.5-7B-Instruct, student persona; cue echo, a line of poetry kept as
    # an item.
    ("zh_van_54", "大海",
     "大海……蓝色，海浪，沙滩，贝壳，海鸥，辽阔，青岛，三亚，游泳，面朝大海春暖花开",
     ["蓝色", "海浪", "沙滩", "贝壳", "海鸥", "辽阔", "青岛", "三亚", "游泳",
      "面朝大海春暖花开"]),

    # GPT-style chat model, student persona; example for another cue first.
    ("zh_van_55", "桥",
     "好的！比如看到“猫”，我可能会想到“狗、鱼”。那么看到“桥”，我联想到的是：河流、过河、赵州桥、长江大桥、连接、鹊桥、断桥、许仙",
     ["河流", "过河", "赵州桥", "长江大桥", "连接", "鹊桥", "断桥", "许仙"]),

    # Mistral-7B-Instruct, student persona; role-play lead-in with stage
    # direction and a bulleted list.
    ("zh_van_56", "春节",
     """*放下手机* 好的，我来试试！

- 回家
- 年夜饭
- 红包
- 春晚
- 放鞭炮
- 走亲戚
- 抢票

以上就是我作为一名大学生的联想～""",
     ["回家", "年夜饭", "红包", "春晚", "放鞭炮", "走亲戚", "抢票"]),

    # ---- fine-tuned (LoRA SFT) models given the persona prompt ----

    # Qwen2.5-7B LoRA SFT, student persona; plain list.
    ("zh_ft_01", "春节",
     "饺子，红包，鞭炮，春晚，团圆，对联，拜年，烟花",
     ["饺子", "红包", "鞭炮", "春晚", "团圆", "对联", "拜年", "烟花"]),

    # Qwen2.5-7B LoRA SFT; 、 separators.
    ("zh_ft_02", "老师",
     "讲台、粉笔、黑板、作业、学生、教室、辛苦、园丁",
     ["讲台", "粉笔", "黑板", "作业", "学生", "教室", "辛苦", "园丁"]),

    # Llama-3.1-8B LoRA SFT; final 。.
    ("zh_ft_03", "跑步",
     "运动，操场，出汗，健康，马拉松，减肥，跑鞋，体测。",
     ["运动", "操场", "出汗", "健康", "马拉松", "减肥", "跑鞋", "体测"]),

    # Qwen2.5-7B LoRA SFT; plain list.
    ("zh_ft_04", "快乐",
     "开心、幸福、笑容、朋友、生日、糖、假期、游戏",
     ["开心", "幸福", "笑容", "朋友", "生日", "糖", "假期", "游戏"]),

    # Qwen2.5-7B LoRA SFT; slightly decorated with a label.
    ("zh_ft_05", "医院",
     "联想词：医生、护士、挂号、消毒水、病人、排队、急诊、手术",
     ["医生", "护士", "挂号", "消毒水", "病人", "排队", "急诊", "手术"]),

    # Qwen2.5-7B LoRA SFT, Beijing persona; a saying as the last item.
    ("zh_ft_06", "雪",
     "雪花、冬天、白色、堆雪人、打雪仗、寒冷、滑雪、北方、瑞雪兆丰年",
     ["雪花", "冬天", "白色", "堆雪人", "打雪仗", "寒冷", "滑雪", "北方",
      "瑞雪兆丰年"]),

    # Mistral-7B LoRA SFT; dash bullets with a number item.
    ("zh_ft_07", "工作",
     """- 加班
- 工资
- 老板
- 同事
- 996
- 通勤
- 简历""",
     ["加班", "工资", "老板", "同事", "996", "通勤", "简历"]),

    # Qwen2.5-7B LoRA SFT; cue label, final 。.
    ("zh_ft_08", "学习",
     "学习：考试，作业，图书馆，努力，知识，成绩，笔记，自习。",
     ["考试", "作业", "图书馆", "努力", "知识", "成绩", "笔记", "自习"]),

    # Qwen2.5-7B LoRA SFT, low/high 10/20; cut by the token limit.
    ("zh_ft_09", "电影",
     "电影院，爆米花，导演，演员，票房，3D，周末，约会，豆瓣，影评，科幻，悬疑，奥斯",
     ["电影院", "爆米花", "导演", "演员", "票房", "3d", "周末", "约会", "豆瓣",
      "影评", "科幻", "悬疑"]),

    # Qwen2.5-7B LoRA SFT; the end-of-turn token left in the decoded text.
    ("zh_ft_10", "苹果",
     "水果，红色，手机，乔布斯，iPhone，甜，健康，牛顿<|im_end|>",
     ["水果", "红色", "手机", "乔布斯", "iphone", "甜", "健康", "牛顿"]),

    # Llama-3.1-8B LoRA SFT; plain list.
    ("zh_ft_11", "桥",
     "河，过河，赵州桥，长江大桥，连接，鹊桥，断桥",
     ["河", "过河", "赵州桥", "长江大桥", "连接", "鹊桥", "断桥"]),

    # Qwen2.5-7B LoRA SFT; the whole list in bold.
    ("zh_ft_12", "警察",
     "**警车、110、抓小偷、制服、安全、正义、派出所、交警**",
     ["警车", "110", "抓小偷", "制服", "安全", "正义", "派出所", "交警"]),
]

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = [
    # Llama-3.1-8B-Instruct, American persona; short explanation, marker line.
    ("rk_en_01",
     """As an average American adult, I'd say coffee is all about waking up, so caffeine and morning come first. Starbucks is everywhere, a mug is how I drink it every day, and beans are a bit further from my mind.

Final Ranking: caffeine, morning, Starbucks, mug, beans""",
     ["caffeine", "morning", "starbucks", "mug", "beans"]),

    # GPT-style chat model, American persona; bold marker, numbered list on
    # the following lines.
    ("rk_en_02",
     """Speaking as a typical American:

- **Money** is the obvious one — that's what a bank is for.
- **ATM** and **loan** are everyday bank things.
- **Teller** is a little old-fashioned now that everything is online.
- **Vault** feels like something from a heist movie.
- **River** only comes up if you think of a river bank.

**Final Ranking:**
1. Money
2. ATM
3. Loan
4. Teller
5. Vault
6. River""",
     ["money", "atm", "loan", "teller", "vault", "river"]),

    # Mistral-7B-Instruct, American persona; stage direction, remark after the
    # ranking.
    ("rk_en_03",
     """*thinks for a moment* Okay! Winter where I live means snow, period. Cold goes right with it. Christmas is the big holiday, a scarf is something I wear every day, and skiing is more of a once-a-year thing.

Final Ranking: snow, cold, Christmas, scarf, skiing

That's how I'd rank them as an American!""",
     ["snow", "cold", "christmas", "scarf", "skiing"]),

    # Qwen2.5-7B-Instruct, "Respond quickly without thinking"; the marker is
    # mentioned again after the ranking, not followed by one.
    ("rk_en_04",
     """Quick gut answer!

Final Ranking: nurse, hospital, medicine, stethoscope, appointment

Hope this final ranking works for your study!""",
     ["nurse", "hospital", "medicine", "stethoscope", "appointment"]),

    # Llama-3.1-8B-Instruct, American persona, k=8.
    # cut by the token limit
    ("rk_en_05",
     """As an American adult, school mostly means teachers and homework to me. The bus is a big childhood memory, recess and lunch were the best part of the day, and the principal, lockers and graduation come after.

Final Ranking: teacher, homework, bus, recess, lunch, principal, gradu""",
     ["teacher", "homework", "bus", "recess", "lunch", "principal"]),

    # GPT-style chat model, American persona; partial refusal, numbered
    # explanation, then the marker line.
    ("rk_en_06",
     """I can't truly be an American adult, but based on what typical participants say:

1. Turkey – the centerpiece of the meal
2. Family – the reason for the gathering
3. Pie – dessert is a must
4. Football – on TV all afternoon
5. Parade – the Macy's parade in the morning

Final Ranking: Turkey, Family, Pie, Football, Parade""",
     ["turkey", "family", "pie", "football", "parade"]),

    # Mistral-7B-Instruct, "Respond quickly without thinking"; no "Final
    # Ranking" marker at all.
    ("rk_en_07",
     """Flames and smoke are what I see first, heat is what I feel, ash is what's left.

Ranking: flames, smoke, heat, ash, burn""",
     []),

    # Qwen2.5-7B-Instruct, student persona.
    ("rk_zh_01",
     """作为一名普通的中国大学生，我觉得高考最先让人想到的就是压力，其次是分数，因为分数决定一切；填志愿是考完以后最纠结的事；六月是高考的时间；父母则一直在背后支持。

最终排名：压力，分数，志愿，六月，父母""",
     ["压力", "分数", "志愿", "六月", "父母"]),

    # Qwen2.5-7B-Instruct, Beijing persona; numbered list under the marker,
    # bracketed aside.
    ("rk_zh_02",
     """作为一个地道的北京人，胡同里最有代表性的当然是四合院，其次是坐在门口聊天的大爷，然后是天上的鸽子，院里的槐树，最后是停在墙根儿的自行车。

最终排名：
1. 四合院
2. 大爷（遛弯儿的）
3. 鸽子
4. 槐树
5. 自行车""",
     ["四合院", "大爷", "鸽子", "槐树", "自行车"]),

    # GPT-style chat model, student persona; bold marker, 第n名 labels.
    ("rk_zh_03",
     """春节的核心是团圆，其次是吃饺子和拿红包，春晚是除夕夜的固定节目，对联和鞭炮更偏向仪式感。

**最终排名：**
第1名：团圆
第2名：饺子
第3名：红包
第4名：春晚
第5名：对联
第6名：鞭炮""",
     ["团圆", "饺子", "红包", "春晚", "对联", "鞭炮"]),

    # Qwen2.5-7B-Instruct, student persona, k=6.
    # cut by the token limit
    ("rk_zh_04",
     """月亮最容易让人想到中秋节，然后是嫦娥奔月的传说和月饼，思念和夜晚是情感和时间上的联系，玉兔相对弱一些。

最终排名：中秋，嫦娥，月饼，思念，夜晚，玉""",
     ["中秋", "嫦娥", "月饼", "思念", "夜晚"]),

    # Qwen2.5-7B-Instruct, Beijing persona; marker mentioned in the
    # explanation first, remark after the ranking.
    ("rk_zh_05",
     """我先说理由，最后给出最终排名。作为北京人，说起烤鸭第一反应是全聚德，然后是北京本身，吃烤鸭要卷薄饼、蘸甜面酱，葱丝是配角。

最终排名：全聚德，北京，薄饼，甜面酱，葱丝

以上就是我作为北京人的看法。""",
     ["全聚德", "北京", "薄饼", "甜面酱", "葱丝"]),

    # Llama-3.1-8B-Instruct, student persona; English glosses in brackets.
    ("rk_zh_06",
     """作为一个中国大学生，我觉得四川最有名的是火锅和辣椒，熊猫也很有代表性，成都是省会，川剧相对少一些人想到。

最终排名：火锅 (hotpot), 辣椒 (chili), 熊猫 (panda), 成都 (Chengdu), 川剧 (Sichuan opera)""",
     ["火锅", "辣椒", "熊猫", "成都", "川剧"]),
]

TRUNCATED = {
    "en_van_11",
    "en_van_26",
    "en_van_41",
    "en_ft_09",
    "zh_van_15",
    "zh_van_27",
    "zh_van_46",
    "zh_ft_09",
}

AMBIGUOUS = {
    # The dash chain begins with the cue written exactly like the items; the
    # other reading keeps "ocean" as the first item.
    "en_van_09",
    # "peanuts and Cracker Jack" is a song line and may be read as one item:
    # [..., "glove", "peanuts and cracker jack", "world series", "my dad"].
    "en_van_18",
    # "Meow! Lol." may be read as the model's first association:
    # ["meow", "kitten", "litter box", ...].
    "en_van_36",
    # Same as en_van_09: the other reading keeps "雨" as the first item.
    "zh_van_09",
}
