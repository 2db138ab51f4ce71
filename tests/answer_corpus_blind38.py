"""Blind answer corpus 38 for the word-association answer parser.

Written blind on 2026-12-08 by a helper session: no parser, test, benchmark
or other repository file was read, no parser was run, and every text below
was invented for this file in the style real models answer.

EMPHASIS (corpus 38): a representative sample of how chat and fine-tuned
models (Llama-3.1-8B-Instruct and Qwen2.5-7B-Instruct vanilla, SFT and PPO;
a few from Mistral, Gemma-2 and GPT-4o-style models) answer the ENGLISH
association prompt for the whole range of cues in the Small World of Words
English norms, not only friendly nouns: function words and particles
("about", "if", "the", "although", "upon"), adverbs and adjectives
("quickly", "ambiguous"), verbs in several forms ("run", "ran", "running"),
ambiguous and multi-sense cues ("bank", "bat", "spring", "pitch"), proper
names and brands ("Obama", "Paris", "Nike", "Harry Potter"), taboo, slang
and sensitive cues (where instruct models hedge, add warnings or refuse),
abbreviations ("DNA", "ASAP"), multi-word cues ("ice cream"), numbers
("seven"), and rare or archaic words the model does not know. Models answer
odd cues in odd ways: a grammar explanation before (or instead of) the list,
"As a function word, 'if' is associated with...", a list split by sense, a
hedge or content warning before the list, a refusal, a question back, a guess
at the meaning. About 100 English association lists (vanilla most,
fine-tuned some) plus about 10 rankings for such cues; no Mandarin.

PROMPTS the models answered (low/high usually 5 and 10, sometimes 10 and 20):
  EN association: List the words that come to mind when you read the word
    "{cue}". Give between {low} and {high} words, separated by commas, the
    most strongly associated first.
  ZH association: 请列出看到“{cue}”这个词时你会联想到的词语，共{low}到{high}个，
    用逗号分隔，联想最强的排在最前面。
  EN ranking: Here are {k} words that people associate with "{cue}":
    {words}. Rank them from the most to the least strongly associated with
    "{cue}". Explain briefly, then end with a line that starts with
    "Final Ranking:" followed by all {k} words in your order, separated by
    commas.
  ZH ranking: 下面是人们由“{cue}”联想到的{k}个词语：{words}。请按照它们与“{cue}”的
    联想强度从强到弱排序。先简要说明理由，最后以“最终排名：”开头的一行列出全部{k}个词语，
    用逗号分隔。
Each text is only what the model wrote (its completion), not the prompt,
unless the model echoes the prompt.

CONVENTIONS for expected_words (association lists):
  * what a careful human reader takes as the model's list for the asked cue:
    lowercased, stripped, in the order written, deduplicated keeping the
    first occurrence;
  * glosses, explanations, scores, category headers, preambles, closing
    remarks, markdown, numbering, emoji, quotes/brackets, special tokens and
    trailing punctuation removed; a conjunction before the last item
    ("and cheese", "和思念") and a closing "等"/"……"/"etc." are removed;
  * multi-word and phrase associations kept whole ("ice cream",
    "white coat", "不到长城非好汉");
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
  * a ranking cut by the token limit at the very end keeps its complete words
    and drops the cut fragment (ranking ids are NOT put in TRUNCATED; they
    carry a comment "# cut by the token limit");
  * [] when there is no marker, or nothing ranked after the last one.
"""

EN_LISTS = [
    # Llama-3.1-8B-Instruct, vanilla, 5-10; function word; preamble + numbered list
    ("en_van_01", "about",
     '''Here are the words that come to mind when I read the word "about":

1. Approximately
2. Around
3. Regarding
4. Concerning
5. Nearly
6. Topic
7. Subject
8. Roughly''',
     ["approximately", "around", "regarding", "concerning", "nearly",
      "topic", "subject", "roughly"]),

    # Qwen2.5-7B-Instruct, vanilla, 5-10; "As a function word ..." preamble, inline list
    ("en_van_02", "if",
     '''As a function word, "if" is associated with conditions and possibilities. Here are some words that come to mind:

Condition, possibility, maybe, unless, whether, then, hypothetical, chance, suppose, doubt''',
     ["condition", "possibility", "maybe", "unless", "whether", "then",
      "hypothetical", "chance", "suppose", "doubt"]),

    # Llama-3.1-8B-Instruct, vanilla; grammar explanation before a numbered list
    ("en_van_03", "the",
     '''The word "the" is a definite article, so it doesn't carry strong meaning on its own. However, here are some words that come to mind:

1. Article
2. A
3. An
4. Definite
5. Grammar
6. Word
7. English''',
     ["article", "a", "an", "definite", "grammar", "word", "english"]),

    # Qwen2.5-7B-Instruct, vanilla; bare line, the cue itself listed first as an item
    ("en_van_04", "although",
     '''Although, however, but, though, despite, even though, nevertheless, yet, whereas, while''',
     ["although", "however", "but", "though", "despite", "even though",
      "nevertheless", "yet", "whereas", "while"]),

    # Gemma-2-9B-it, vanilla; bold cue header + bullets
    ("en_van_05", "upon",
     '''**Upon**

* Once
* On
* Time
* Fairy tale
* Arrival
* Reflection
* Request
''',
     ["once", "on", "time", "fairy tale", "arrival", "reflection", "request"]),

    # Llama-3.1-8B-Instruct, vanilla; adverb, bare comma line
    ("en_van_06", "quickly",
     '''Fast, rapidly, speedily, swiftly, hastily, hurry, rush, immediately, promptly, briskly''',
     ["fast", "rapidly", "speedily", "swiftly", "hastily", "hurry", "rush",
      "immediately", "promptly", "briskly"]),

    # Qwen2.5-7B-Instruct, vanilla; adjective, multi-word item
    ("en_van_07", "ambiguous",
     '''Unclear, vague, uncertain, equivocal, obscure, confusing, doubtful, indefinite, open to interpretation, cryptic''',
     ["unclear", "vague", "uncertain", "equivocal", "obscure", "confusing",
      "doubtful", "indefinite", "open to interpretation", "cryptic"]),

    # Llama-3.1-8B-Instruct, vanilla; verb, numbered with a dash gloss on one item
    ("en_van_08", "run",
     '''Here are the words that come to mind when I read the word "run":

1. Jog - a slower form of running
2. Race
3. Marathon
4. Sprint
5. Exercise
6. Fast
7. Escape
8. Legs''',
     ["jog", "race", "marathon", "sprint", "exercise", "fast", "escape",
      "legs"]),

    # Qwen2.5-7B-Instruct, vanilla; past tense, parenthetical in the preamble
    ("en_van_09", "ran",
     '''Here are words associated with "ran" (the past tense of "run"):

ran away, sprinted, raced, fled, jogged, hurried, dashed, marathon, escaped, past tense''',
     ["ran away", "sprinted", "raced", "fled", "jogged", "hurried", "dashed",
      "marathon", "escaped", "past tense"]),

    # Mistral-7B-Instruct-v0.3, vanilla; leading space, cue used as a label
    ("en_van_10", "running",
     ''' Running: jogging, marathon, shoes, exercise, track, sweat, fitness, endurance, race, breath''',
     ["jogging", "marathon", "shoes", "exercise", "track", "sweat", "fitness",
      "endurance", "race", "breath"]),

    # Llama-3.1-8B-Instruct, vanilla; list split by sense with bold headers, numbering continues
    ("en_van_11", "bank",
     '''The word "bank" has multiple meanings, so here are associations for each:

**Financial institution:**
1. Money
2. Account
3. Loan
4. ATM
5. Savings

**River bank:**
6. River
7. Shore
8. Water
9. Fishing
10. Slope''',
     ["money", "account", "loan", "atm", "savings", "river", "shore", "water",
      "fishing", "slope"]),

    # Qwen2.5-7B-Instruct, vanilla; "Bat:" label then inline list mixing senses
    ("en_van_12", "bat",
     '''Bat: baseball, cave, vampire, night, wings, echolocation, cricket, Halloween, flying, mammal''',
     ["baseball", "cave", "vampire", "night", "wings", "echolocation",
      "cricket", "halloween", "flying", "mammal"]),

    # GPT-4o-style; inline list with a parenthetical sense gloss
    ("en_van_13", "spring",
     '''Flowers, bloom, season, renewal, rain, coil, water (as in a natural spring), Easter, green, warmth''',
     ["flowers", "bloom", "season", "renewal", "rain", "coil", "water",
      "easter", "green", "warmth"]),

    # Llama-3.1-8B-Instruct, vanilla; multi-sense cue, closing offer
    ("en_van_14", "pitch",
     '''Here are the words that come to mind when I read the word "pitch":

Baseball, throw, tone, sound, music, sales, tent, field, black, perfect

Let me know if you'd like me to focus on a specific meaning of the word!''',
     ["baseball", "throw", "tone", "sound", "music", "sales", "tent", "field",
      "black", "perfect"]),

    # Qwen2.5-7B-Instruct, vanilla; proper name
    ("en_van_15", "Obama",
     '''Barack, president, Michelle, White House, Democrat, hope, change, Chicago, Nobel Prize, Obamacare''',
     ["barack", "president", "michelle", "white house", "democrat", "hope",
      "change", "chicago", "nobel prize", "obamacare"]),

    # Llama-3.1-8B-Instruct, vanilla; city name, numbered, accented word
    ("en_van_16", "Paris",
     '''1. Eiffel Tower
2. France
3. Love
4. Romance
5. Louvre
6. Croissant
7. Fashion
8. Seine
9. Art
10. Café''',
     ["eiffel tower", "france", "love", "romance", "louvre", "croissant",
      "fashion", "seine", "art", "café"]),

    # Gemma-2-9B-it, vanilla; brand, bullets, trivia closing remark
    ("en_van_17", "Nike",
     '''Here are some words associated with "Nike":

* Shoes
* Sneakers
* Swoosh
* Just Do It
* Sports
* Athlete
* Michael Jordan
* Goddess
* Victory

Nike is also the Greek goddess of victory, which is where the brand got its name!''',
     ["shoes", "sneakers", "swoosh", "just do it", "sports", "athlete",
      "michael jordan", "goddess", "victory"]),

    # Qwen2.5-7B-Instruct, vanilla; multi-word proper-name cue, initials inside an item
    ("en_van_18", "Harry Potter",
     '''Hogwarts, magic, wizard, Hermione, Ron, Voldemort, wand, Quidditch, J.K. Rowling, Dumbledore, scar, owl''',
     ["hogwarts", "magic", "wizard", "hermione", "ron", "voldemort", "wand",
      "quidditch", "j.k. rowling", "dumbledore", "scar", "owl"]),

    # Llama-3.1-8B-Instruct, vanilla; slur cue -> refusal with an offer of other words (not a list for the cue)
    ("en_van_19", "slut",
     '''I can't provide a list of words associated with that term, as it's a derogatory slur used to demean women. If you're interested, I can offer words related to respect, consent, or gender equality instead.''',
     []),

    # Qwen2.5-7B-Instruct, vanilla; profanity with a note before the list
    ("en_van_20", "fuck",
     '''Note: This word is considered vulgar and offensive in many contexts.

Swear, curse, profanity, anger, sex, expletive, rude, frustration, f-word, taboo''',
     ["swear", "curse", "profanity", "anger", "sex", "expletive", "rude",
      "frustration", "f-word", "taboo"]),

    # Llama-3.1-8B-Instruct, vanilla; sensitive cue, list then a helpline remark
    ("en_van_21", "drugs",
     '''Here are some words that come to mind when I read the word "drugs":

1. Addiction
2. Medicine
3. Pills
4. Pharmacy
5. Abuse
6. Overdose
7. Prescription
8. Rehab
9. Illegal
10. Cocaine

If you or someone you know is struggling with substance use, please reach out to a helpline such as SAMHSA's National Helpline at 1-800-662-4357.''',
     ["addiction", "medicine", "pills", "pharmacy", "abuse", "overdose",
      "prescription", "rehab", "illegal", "cocaine"]),

    # Llama-3.1-8B-Instruct, vanilla; hedge about offensiveness, then an inline list
    ("en_van_22", "retarded",
     '''I want to note that "retarded" is widely considered an offensive slur when used to describe people. With that in mind, here are associations people commonly have with the word:

Slow, offensive, insult, delayed, disability, stupid, slur, outdated, hurtful, mental''',
     ["slow", "offensive", "insult", "delayed", "disability", "stupid", "slur",
      "outdated", "hurtful", "mental"]),

    # Llama-3.1-8B-Instruct, vanilla; cue read as a crisis message, no list at all
    ("en_van_23", "suicide",
     '''I'm really sorry you're feeling this way. If you're having thoughts of suicide, please know that you're not alone and that help is available. You can call or text 988 to reach the Suicide & Crisis Lifeline in the US, or contact a local emergency service. Would you like to talk about what's on your mind?''',
     []),

    # Qwen2.5-7B-Instruct, vanilla; mildly sexual adjective, plain answer
    ("en_van_24", "sexy",
     '''Attractive, hot, seductive, alluring, beautiful, sensual, charming, desire, lingerie, confident''',
     ["attractive", "hot", "seductive", "alluring", "beautiful", "sensual",
      "charming", "desire", "lingerie", "confident"]),

    # Llama-3.1-8B-Instruct, vanilla; abbreviation, numbered, one item with a bracketed gloss
    ("en_van_25", "DNA",
     '''1. Genes
2. Double helix
3. Chromosomes
4. Heredity
5. RNA
6. Genome
7. Mutation
8. Forensics
9. Nucleotides (A, T, C, G)
10. Evolution''',
     ["genes", "double helix", "chromosomes", "heredity", "rna", "genome",
      "mutation", "forensics", "nucleotides", "evolution"]),

    # Qwen2.5-7B-Instruct, vanilla; expands the abbreviation first, then the list
    ("en_van_26", "ASAP",
     '''ASAP stands for "As Soon As Possible." Here are some words associated with it:

Urgent, quickly, deadline, hurry, immediately, rush, priority, now, emergency, prompt''',
     ["urgent", "quickly", "deadline", "hurry", "immediately", "rush",
      "priority", "now", "emergency", "prompt"]),

    # Llama-3.1-8B-Instruct, vanilla; multi-word cue, bare line
    ("en_van_27", "ice cream",
     '''Cone, sundae, chocolate, vanilla, summer, sweet, cold, scoop, sprinkles, dessert''',
     ["cone", "sundae", "chocolate", "vanilla", "summer", "sweet", "cold",
      "scoop", "sprinkles", "dessert"]),

    # Gemma-2-9B-it, vanilla; number cue, bullets, one item with a parenthetical
    ("en_van_28", "seven",
     '''* Lucky
* Days of the week
* Dwarfs
* Seas
* Wonders
* Number
* Heaven (seventh heaven)
* Deadly sins''',
     ["lucky", "days of the week", "dwarfs", "seas", "wonders", "number",
      "heaven", "deadly sins"]),

    # Qwen2.5-7B-Instruct, vanilla; rare word the model knows
    ("en_van_29", "quixotic",
     '''Idealistic, unrealistic, impractical, romantic, Don Quixote, dreamy, visionary, chivalrous, windmills, naive''',
     ["idealistic", "unrealistic", "impractical", "romantic", "don quixote",
      "dreamy", "visionary", "chivalrous", "windmills", "naive"]),

    # Llama-3.1-8B-Instruct, vanilla; archaic word, defines it then lists
    ("en_van_30", "wherefore",
     '''"Wherefore" is an archaic word meaning "why." Here are some associations:

1. Why
2. Romeo
3. Juliet
4. Shakespeare
5. Reason
6. Archaic
7. Question
8. Purpose''',
     ["why", "romeo", "juliet", "shakespeare", "reason", "archaic",
      "question", "purpose"]),

    # Llama-3.1-8B-Instruct, vanilla; rare word unknown -> asks back, offers another cue
    ("en_van_31", "gallimaufry",
     '''I'm not familiar with the word "gallimaufry." Could you please provide more context or check the spelling? If you meant "gallery," I can provide associations for that instead.''',
     []),

    # Qwen2.5-7B-Instruct, vanilla; rare medical word, definition then short list
    ("en_van_32", "borborygmus",
     '''"Borborygmus" refers to the rumbling or gurgling sound made by the movement of gas in the intestines. Associated words:

Stomach, rumbling, hunger, gurgle, digestion, intestines, noise, gas''',
     ["stomach", "rumbling", "hunger", "gurgle", "digestion", "intestines",
      "noise", "gas"]),

    # Llama-3.1-8B-Instruct, vanilla; nonsense/literary word, explanation then list
    ("en_van_33", "frumious",
     '''"Frumious" is a nonsense word coined by Lewis Carroll in "Jabberwocky," a blend of "fuming" and "furious." Words that come to mind:

Bandersnatch, Jabberwocky, Lewis Carroll, furious, fuming, nonsense, Alice, poem, whimsical''',
     ["bandersnatch", "jabberwocky", "lewis carroll", "furious", "fuming",
      "nonsense", "alice", "poem", "whimsical"]),

    # Llama-3.1-8B-Instruct, vanilla; question back about the sense, but still gives a list
    ("en_van_34", "pot",
     '''Could you clarify which meaning of "pot" you have in mind — a cooking pot or marijuana? In the meantime, here are some general associations:

Pan, cooking, stove, soup, plant, marijuana, weed, kettle, clay, jackpot''',
     ["pan", "cooking", "stove", "soup", "plant", "marijuana", "weed",
      "kettle", "clay", "jackpot"]),

    # Llama-3.1-8B-Instruct, vanilla; only a question back, no list
    ("en_van_35", "lead",
     '''Do you mean "lead" as in the metal (pronounced "led") or "lead" as in to guide (pronounced "leed")? Let me know and I'll give you the associations!''',
     []),

    # Llama-3.1-8B-Instruct, vanilla; friendly adjective, bare line
    ("en_van_36", "happy",
     '''Joy, smile, laughter, sunshine, cheerful, content, excited, friends, love, birthday''',
     ["joy", "smile", "laughter", "sunshine", "cheerful", "content",
      "excited", "friends", "love", "birthday"]),

    # Mistral-7B-Instruct-v0.3, vanilla; leading space, numbered
    ("en_van_37", "cheese",
     ''' 1. Cheddar
2. Mozzarella
3. Pizza
4. Mouse
5. Dairy
6. Milk
7. Swiss
8. Wine
9. Crackers
10. Brie''',
     ["cheddar", "mozzarella", "pizza", "mouse", "dairy", "milk", "swiss",
      "wine", "crackers", "brie"]),

    # Llama-3.1-8B-Instruct, vanilla; bare line with a final period
    ("en_van_38", "dog",
     '''Bark, loyal, puppy, leash, bone, fur, tail, walk, pet, friend.''',
     ["bark", "loyal", "puppy", "leash", "bone", "fur", "tail", "walk", "pet",
      "friend"]),

    # Llama-3.1-8B-Instruct, vanilla; conjunction, grammar sentence then bullets
    ("en_van_39", "because",
     '''"Because" is a conjunction used to introduce a reason or cause. Words that come to mind:

* Reason
* Cause
* Since
* Why
* Explanation
* Due to
* Therefore
* Effect''',
     ["reason", "cause", "since", "why", "explanation", "due to", "therefore",
      "effect"]),

    # GPT-4o-style; conjunction cue, symbol in brackets after an item
    ("en_van_40", "and",
     '''Conjunction, plus, also, together, with, both, addition, ampersand (&), link''',
     ["conjunction", "plus", "also", "together", "with", "both", "addition",
      "ampersand", "link"]),

    # Llama-3.1-8B-Instruct, vanilla; preposition, explanation only with usage examples, no list
    ("en_van_41", "of",
     '''The word "of" is a preposition that indicates a relationship between a part and a whole, origin, or possession. For example, "a cup of tea" or "the city of Paris." Since it's a function word, it doesn't really evoke strong associations on its own.''',
     []),

    # Qwen2.5-7B-Instruct, vanilla; negation particle, bare
    ("en_van_42", "not",
     '''Negative, no, never, none, deny, refuse, opposite, without, nothing, nor''',
     ["negative", "no", "never", "none", "deny", "refuse", "opposite",
      "without", "nothing", "nor"]),

    # Gemma-2-9B-it, vanilla; bold header, bullets
    ("en_van_43", "maybe",
     '''**Maybe**

* Perhaps
* Possibly
* Uncertain
* Might
* Doubt
* Chance
* Unsure
''',
     ["perhaps", "possibly", "uncertain", "might", "doubt", "chance",
      "unsure"]),

    # Llama-3.1-8B-Instruct, vanilla; modal verb, numbered, "(homophone)" gloss
    ("en_van_44", "would",
     '''Here are some words that come to mind when I read the word "would":

1. Could
2. Should
3. Will
4. Might
5. Wish
6. Conditional
7. Hypothetical
8. Wood (homophone)''',
     ["could", "should", "will", "might", "wish", "conditional",
      "hypothetical", "wood"]),

    # GPT-4o-style; short preamble, numbered, a traffic-light gloss
    ("en_van_45", "green",
     '''Here's my list, strongest first:

1. Grass
2. Nature
3. Leaves
4. Envy
5. Money
6. Environment
7. Go (traffic light)
8. Trees''',
     ["grass", "nature", "leaves", "envy", "money", "environment", "go",
      "trees"]),

    # Llama-3.1-8B-Instruct, vanilla; irregular past tense, bare
    ("en_van_46", "swam",
     '''Swimming, pool, water, ocean, laps, past tense, swimmer, lake, dive, stroke''',
     ["swimming", "pool", "water", "ocean", "laps", "past tense", "swimmer",
      "lake", "dive", "stroke"]),

    # Qwen2.5-7B-Instruct, vanilla; -ing form, bold items with en-dash glosses
    ("en_van_47", "thinking",
     '''1. **Thought** – the product of thinking
2. **Mind** – where thinking happens
3. **Brain**
4. **Idea**
5. **Reflection**
6. **Reasoning**
7. **Pondering**
8. **Contemplation**''',
     ["thought", "mind", "brain", "idea", "reflection", "reasoning",
      "pondering", "contemplation"]),

    # Mistral-7B-Instruct-v0.3, vanilla; noun/verb senses on two labelled lines
    ("en_van_48", "fly",
     ''' As a verb: soar, wings, airplane, bird, sky
As a noun: insect, buzz, swatter, pest, zipper''',
     ["soar", "wings", "airplane", "bird", "sky", "insect", "buzz", "swatter",
      "pest", "zipper"]),

    # Qwen2.5-7B-Instruct, vanilla; brand, bare
    ("en_van_49", "Google",
     '''Search, internet, engine, Chrome, Gmail, Android, tech, information, browser, YouTube''',
     ["search", "internet", "engine", "chrome", "gmail", "android", "tech",
      "information", "browser", "youtube"]),

    # Llama-3.1-8B-Instruct, vanilla; brand with apostrophe in the cue
    ("en_van_50", "McDonald's",
     '''Burger, fries, Big Mac, fast food, Ronald McDonald, golden arches, Happy Meal, drive-thru, chicken nuggets, cheap''',
     ["burger", "fries", "big mac", "fast food", "ronald mcdonald",
      "golden arches", "happy meal", "drive-thru", "chicken nuggets",
      "cheap"]),

    # Llama-3.1-8B-Instruct, vanilla; name cue, numbered; a title containing "and" kept whole
    ("en_van_51", "Shakespeare",
     '''Here are the words that come to mind when I read the word "Shakespeare":

1. Hamlet
2. Romeo and Juliet
3. Playwright
4. Sonnets
5. Globe Theatre
6. England
7. Macbeth
8. Poetry
9. Stratford-upon-Avon
10. Elizabethan''',
     ["hamlet", "romeo and juliet", "playwright", "sonnets", "globe theatre",
      "england", "macbeth", "poetry", "stratford-upon-avon", "elizabethan"]),

    # Llama-3.1-8B-Instruct, vanilla; historical figure, cautious preamble
    ("en_van_52", "Hitler",
     '''Here are words associated with "Hitler," keeping in mind the historical weight of the topic:

1. Nazi
2. Holocaust
3. World War II
4. Germany
5. Dictator
6. Genocide
7. Evil
8. Swastika
9. Mein Kampf
10. Third Reich''',
     ["nazi", "holocaust", "world war ii", "germany", "dictator", "genocide",
      "evil", "swastika", "mein kampf", "third reich"]),

    # Llama-3.1-8B-Instruct, vanilla; identity term, sensitivity preamble
    ("en_van_53", "gay",
     '''The word "gay" has evolved in meaning over time. Here are some words commonly associated with it:

1. Homosexual
2. LGBTQ+
3. Pride
4. Rainbow
5. Happy
6. Cheerful
7. Love
8. Identity''',
     # AMBIGUOUS: another reader would strip the "+" as trailing punctuation -> "lgbtq"
     ["homosexual", "lgbtq+", "pride", "rainbow", "happy", "cheerful", "love",
      "identity"]),

    # Qwen2.5-7B-Instruct, vanilla; slang / multi-sense, bare
    ("en_van_54", "weed",
     '''Marijuana, cannabis, garden, plant, smoke, high, pot, grass, dandelion, lawn''',
     ["marijuana", "cannabis", "garden", "plant", "smoke", "high", "pot",
      "grass", "dandelion", "lawn"]),

    # Llama-3.1-8B-Instruct, vanilla; swear word, one-line warning then list
    ("en_van_55", "bitch",
     '''Please note that this word can be offensive. Associations:

Dog, female, insult, rude, mean, curse, swear, complain, woman, angry''',
     ["dog", "female", "insult", "rude", "mean", "curse", "swear", "complain",
      "woman", "angry"]),

    # Qwen2.5-7B-Instruct, vanilla; internet abbreviation, an all-caps item
    ("en_van_56", "lol",
     '''Laugh, funny, joke, internet, texting, meme, haha, LMAO, humor, chat''',
     ["laugh", "funny", "joke", "internet", "texting", "meme", "haha", "lmao",
      "humor", "chat"]),

    # Qwen2.5-7B-Instruct, vanilla; abbreviation expanded on a label line, then the list
    ("en_van_57", "FBI",
     '''FBI: Federal Bureau of Investigation

Agent, investigation, crime, badge, law enforcement, J. Edgar Hoover, X-Files, government, detective, CIA''',
     ["agent", "investigation", "crime", "badge", "law enforcement",
      "j. edgar hoover", "x-files", "government", "detective", "cia"]),

    # Qwen2.5-7B-Instruct, vanilla; number cue, a digit item
    ("en_van_58", "hundred",
     '''Number, percent, century, dollars, 100, many, count, centennial, score, big''',
     ["number", "percent", "century", "dollars", "100", "many", "count",
      "centennial", "score", "big"]),

    # Llama-3.1-8B-Instruct, vanilla; rare word, model unsure and guesses from sound
    ("en_van_59", "susurrus",
     '''I'm not entirely sure what "susurrus" means, but based on its sound, here are some guesses:

1. Whisper
2. Rustle
3. Murmur
4. Soft
5. Breeze''',
     ["whisper", "rustle", "murmur", "soft", "breeze"]),

    # Mistral-7B-Instruct-v0.3, vanilla; archaic pronoun
    ("en_van_60", "thee",
     ''' Thou, thy, you, Shakespeare, Old English, Bible, prayer, archaic, thine, poetry''',
     ["thou", "thy", "you", "shakespeare", "old english", "bible", "prayer",
      "archaic", "thine", "poetry"]),

    # Qwen2.5-7B-Instruct, vanilla; specialist word unknown -> apology, no list
    ("en_van_61", "vug",
     '''I'm sorry, but I'm not familiar with the word "vug." It might be a typo or a very specialized term. Could you provide more context so I can help?''',
     []),

    # GPT-4o-style; multi-word place name
    ("en_van_62", "New York",
     '''Big Apple, city, Statue of Liberty, Manhattan, Times Square, skyscrapers, Broadway, taxi, Central Park, busy''',
     ["big apple", "city", "statue of liberty", "manhattan", "times square",
      "skyscrapers", "broadway", "taxi", "central park", "busy"]),

    # Llama-3.1-8B base model (no chat template); continues with a self-written prompt for another cue
    ("en_van_63", "under",
     ''' below, beneath, bed, table, water, over, down, sea, cover, umbrella

List the words that come to mind when you read the word "over". Give between 5 and 10 words, separated by commas, the most strongly associated first.
 above, under, finished, end, bridge, rainbow, top, past''',
     ["below", "beneath", "bed", "table", "water", "over", "down", "sea",
      "cover", "umbrella"]),

    # Qwen2.5-7B-Instruct, vanilla; homophone included, closing note explains it
    ("en_van_64", "whether",
     '''Words associated with "whether":

weather, if, or, not, either, decision, choice, doubt, condition, question

Note: "weather" is included because it is a common homophone.''',
     ["weather", "if", "or", "not", "either", "decision", "choice", "doubt",
      "condition", "question"]),

    # Llama-3.1-8B-Instruct, vanilla; pronoun, bare
    ("en_van_65", "she",
     '''Her, woman, female, girl, lady, mother, sister, herself, feminine, wife''',
     ["her", "woman", "female", "girl", "lady", "mother", "sister", "herself",
      "feminine", "wife"]),

    # GPT-4o-style; adverb/conjunction, bare with a two-word item
    ("en_van_66", "yet",
     '''Still, but, however, already, not yet, soon, nevertheless, waiting, eventually, time''',
     ["still", "but", "however", "already", "not yet", "soon", "nevertheless",
      "waiting", "eventually", "time"]),

    # Llama-3.1-8B-Instruct, vanilla; multi-sense, numbered with parenthetical glosses
    ("en_van_67", "crush",
     '''Here are some words that come to mind:

1. Love (as in having a crush on someone)
2. Infatuation
3. Squeeze
4. Smash
5. Candy Crush
6. Grapes
7. Soda (Orange Crush)
8. Heartbreak''',
     ["love", "infatuation", "squeeze", "smash", "candy crush", "grapes",
      "soda", "heartbreak"]),

    # Gemma-2-9B-it, vanilla; numbered list, cheerful closing with emoji
    ("en_van_68", "nervous",
     '''Here are some words that come to mind when I read "nervous":

1. Anxious
2. Jittery
3. Sweaty
4. Butterflies
5. Shaky
6. Worried
7. Tense
8. Exam
9. Stage fright
10. Heartbeat

I hope this is helpful! 😊''',
     ["anxious", "jittery", "sweaty", "butterflies", "shaky", "worried",
      "tense", "exam", "stage fright", "heartbeat"]),

    # Llama-3.1-8B-Instruct, vanilla; profanity, complies after a caveat
    ("en_van_69", "shit",
     '''I can provide some associations for that word. However, please note that it is considered a profanity.

Poop, crap, feces, toilet, swear, bad, mess, bullshit, damn, stink''',
     ["poop", "crap", "feces", "toilet", "swear", "bad", "mess", "bullshit",
      "damn", "stink"]),

    # Llama-3.1-8B-Instruct, vanilla; political name, all-caps slogan item
    ("en_van_70", "Trump",
     '''Donald, president, MAGA, Republican, wall, businessman, Twitter, election, tower, controversial''',
     ["donald", "president", "maga", "republican", "wall", "businessman",
      "twitter", "election", "tower", "controversial"]),

    # Qwen2.5-7B-Instruct, vanilla; contested topic, neutrality preamble, items with internal periods/apostrophes
    ("en_van_71", "abortion",
     '''This is a sensitive topic with strong views on different sides. Here are some neutral associations:

1. Pregnancy
2. Choice
3. Pro-life
4. Pro-choice
5. Roe v. Wade
6. Women's rights
7. Debate
8. Medical procedure
9. Fetus
10. Law''',
     ["pregnancy", "choice", "pro-life", "pro-choice", "roe v. wade",
      "women's rights", "debate", "medical procedure", "fetus", "law"]),

    # Llama-3.1-8B-Instruct, vanilla; one-letter article, short grammar note
    ("en_van_72", "a",
     '''The word "a" is an indefinite article. Associations:

An, article, one, the, letter, alphabet, first, grade, apple, indefinite''',
     ["an", "article", "one", "the", "letter", "alphabet", "first", "grade",
      "apple", "indefinite"]),

    # Qwen2.5-7B-Instruct, vanilla; number cue with digit and pop-culture item
    ("en_van_73", "eleven",
     '''Number, 11, Stranger Things, team, football, o'clock, prime, twelve, ten, digits''',
     ["number", "11", "stranger things", "team", "football", "o'clock",
      "prime", "twelve", "ten", "digits"]),

    # Mistral-7B-Instruct-v0.3, vanilla; each item "Word: definition"
    ("en_van_74", "quick",
     ''' 1. Fast: moving at high speed
2. Rapid: happening in a short time
3. Speedy: done with speed
4. Swift: smooth and fast
5. Hasty: done in a hurry
6. Brisk: active and energetic
7. Nimble: quick and light in movement''',
     ["fast", "rapid", "speedy", "swift", "hasty", "brisk", "nimble"]),

    # Llama-3.1-8B-Instruct, vanilla; two senses on bold-labelled lines
    ("en_van_75", "bass",
     '''The word "bass" can refer to music or to a fish:

**Music:** guitar, drum, low, sound, speaker
**Fish:** fishing, lake, boat, largemouth, lure''',
     ["guitar", "drum", "low", "sound", "speaker", "fishing", "lake", "boat",
      "largemouth", "lure"]),

    # GPT-4o-style; multi-sense cue, bare line mixing senses
    ("en_van_76", "tear",
     '''Cry, sadness, drop, eye, rip, paper, cloth, emotion, grief, split''',
     ["cry", "sadness", "drop", "eye", "rip", "paper", "cloth", "emotion",
      "grief", "split"]),

    # Qwen2.5-7B-Instruct, vanilla; bare line, last item has a parenthetical gloss
    ("en_van_77", "wind",
     '''Breeze, air, storm, blow, kite, windmill, hurricane, gust, cold, watch (to wind a watch)''',
     ["breeze", "air", "storm", "blow", "kite", "windmill", "hurricane",
      "gust", "cold", "watch"]),

    # Llama-3.1-8B-Instruct, vanilla; celebrity name with accent, hyphen and apostrophe items
    ("en_van_78", "Beyoncé",
     '''Singer, Queen B, Jay-Z, Destiny's Child, Lemonade, music, Single Ladies, diva, Houston, Beyhive''',
     ["singer", "queen b", "jay-z", "destiny's child", "lemonade", "music",
      "single ladies", "diva", "houston", "beyhive"]),

    # Llama-3.1-8B-Instruct, vanilla; brand/product with mixed case
    ("en_van_79", "iPhone",
     '''Apple, smartphone, Steve Jobs, screen, apps, Siri, iOS, camera, expensive, touch''',
     ["apple", "smartphone", "steve jobs", "screen", "apps", "siri", "ios",
      "camera", "expensive", "touch"]),

    # Qwen2.5-7B-Instruct, vanilla; disease + zodiac senses in one line
    ("en_van_80", "cancer",
     '''Disease, tumor, chemotherapy, death, hospital, oncology, treatment, survival, pain, zodiac sign''',
     ["disease", "tumor", "chemotherapy", "death", "hospital", "oncology",
      "treatment", "survival", "pain", "zodiac sign"]),

    # Llama-3.1-8B-Instruct, vanilla; associations given inside prose, two sentences
    ("en_van_81", "rich",
     '''When I read the word "rich," I think of money, wealth, luxury, mansions, and yachts. Other words that come to mind are powerful, successful, and greedy.''',
     ["money", "wealth", "luxury", "mansions", "yachts", "powerful",
      "successful", "greedy"]),

    # Qwen2.5-7B-Instruct, vanilla; grammar note, dash bullets, a fixed phrase item
    ("en_van_82", "whom",
     '''"Whom" is the objective form of "who." Associated words:
- Who
- Grammar
- Formal
- Object
- Pronoun
- To whom it may concern
- Question''',
     ["who", "grammar", "formal", "object", "pronoun",
      "to whom it may concern", "question"]),

    # Gemma-2-9B-it, vanilla; slur cue -> polite refusal, no list
    ("en_van_83", "cunt",
     '''I understand you're asking for word associations, but I'm not comfortable providing associations for that word. It is a highly offensive slur, and I want to avoid perpetuating harm.

If you'd like to explore word associations for a different word, I'm happy to help!''',
     []),

    # Llama-3.1-8B-Instruct, vanilla; abbreviation used as a word, bare
    ("en_van_84", "CEO",
     '''Boss, company, executive, leader, business, corporation, salary, suit, manager, board''',
     ["boss", "company", "executive", "leader", "business", "corporation",
      "salary", "suit", "manager", "board"]),

    # GPT-4o-style; name of a ship/film, a year as an item
    ("en_van_85", "Titanic",
     '''Ship, iceberg, sinking, Leonardo DiCaprio, Kate Winslet, 1912, ocean, disaster, movie, lifeboats''',
     ["ship", "iceberg", "sinking", "leonardo dicaprio", "kate winslet",
      "1912", "ocean", "disaster", "movie", "lifeboats"]),

    # Llama-3.1-8B-Instruct, vanilla; modal, short bare list
    ("en_van_86", "ought",
     '''Should, must, duty, obligation, need, responsibility, moral, advice''',
     ["should", "must", "duty", "obligation", "need", "responsibility",
      "moral", "advice"]),

    # Qwen2.5-7B-Instruct, vanilla; reclaimed slur, note first, then list
    ("en_van_87", "queer",
     '''Note: "Queer" was historically used as a slur but has been reclaimed by many in the LGBTQ community.

LGBTQ, strange, odd, pride, identity, gay, unusual, rainbow, community, reclaimed''',
     ["lgbtq", "strange", "odd", "pride", "identity", "gay", "unusual",
      "rainbow", "community", "reclaimed"]),

    # Llama-3.1-8B-Instruct, vanilla; past tense, homophone gloss on the last item
    ("en_van_88", "ate",
     '''Food, eat, meal, dinner, full, lunch, hungry, breakfast, past tense, eight (homophone)''',
     ["food", "eat", "meal", "dinner", "full", "lunch", "hungry", "breakfast",
      "past tense", "eight"]),

    # Mistral-7B-Instruct-v0.3, vanilla; past participle, phrase containing the cue
    ("en_van_89", "eaten",
     ''' Consumed, devoured, food, meal, swallowed, digested, eaten alive, finished, gone, chewed''',
     ["consumed", "devoured", "food", "meal", "swallowed", "digested",
      "eaten alive", "finished", "gone", "chewed"]),

    # Qwen2.5-7B-Instruct, vanilla; slang sense explained, then "Words:" inline
    ("en_van_90", "lit",
     '''"Lit" can mean illuminated or, in slang, exciting or drunk. Words: fire, party, light, lamp, candle, awesome, literature, drunk, hype, bright''',
     ["fire", "party", "light", "lamp", "candle", "awesome", "literature",
      "drunk", "hype", "bright"]),

    # Llama-3.1-8B-Instruct, vanilla; internet slang
    ("en_van_91", "sus",
     '''Suspicious, Among Us, sketchy, shady, doubtful, impostor, weird, fishy, slang, trust''',
     ["suspicious", "among us", "sketchy", "shady", "doubtful", "impostor",
      "weird", "fishy", "slang", "trust"]),

    # Llama-3.1-8B-Instruct, vanilla; 10-20 setting, 15 words on one line after a preamble
    ("en_van_92", "school",
     '''Here are 15 words that come to mind when I read the word "school":

Teacher, students, classroom, homework, books, desk, education, learning, principal, recess, lunch, bus, exams, friends, graduation''',
     ["teacher", "students", "classroom", "homework", "books", "desk",
      "education", "learning", "principal", "recess", "lunch", "bus", "exams",
      "friends", "graduation"]),

    # Qwen2.5-7B-Instruct, vanilla; 10-20 setting, 18 numbered items
    ("en_van_93", "time",
     '''1. Clock
2. Watch
3. Hours
4. Minutes
5. Seconds
6. Past
7. Future
8. Present
9. Calendar
10. Schedule
11. Deadline
12. History
13. Age
14. Moment
15. Eternity
16. Space
17. Money
18. Late''',
     ["clock", "watch", "hours", "minutes", "seconds", "past", "future",
      "present", "calendar", "schedule", "deadline", "history", "age",
      "moment", "eternity", "space", "money", "late"]),

    # Gemma-2-9B-it, vanilla; bold cue header then numbered list
    ("en_van_94", "ephemeral",
     '''**Ephemeral**

1. Fleeting
2. Temporary
3. Brief
4. Transient
5. Momentary
6. Mayfly
7. Snapchat
8. Passing''',
     ["fleeting", "temporary", "brief", "transient", "momentary", "mayfly",
      "snapchat", "passing"]),

    # Llama-3.1-8B-Instruct, vanilla; interjection cue, bare
    ("en_van_95", "hmm",
     '''Thinking, pondering, doubt, unsure, curious, consider, wonder, uh, hesitation, question''',
     ["thinking", "pondering", "doubt", "unsure", "curious", "consider",
      "wonder", "uh", "hesitation", "question"]),

    # Llama-3.1-8B-Instruct, vanilla; verbose items with explanations; token limit cuts the last explanation mid-word (item itself complete)
    ("en_van_96", "sail",
     '''Here are the words that come to mind when I read the word "sail", in order of association:

1. **Boat**: A sailboat is the first thing that comes to mind.
2. **Wind**: Sails rely on the wind to move.
3. **Ocean**: Sailing usually happens on the open sea.
4. **Mast**: The tall pole that holds the sail.
5. **Captain**: The person in charge of the vessel.
6. **Anchor**: Used to keep the boat in pla''',
     ["boat", "wind", "ocean", "mast", "captain", "anchor"]),

    # Qwen2.5-7B-Instruct, vanilla; numbered list cut by the token limit inside the last item
    ("en_van_97", "winter",
     '''Sure! Here are the words that come to mind when I read the word "winter," from most to least strongly associated:

1. Snow
2. Cold
3. Christmas
4. Ice
5. Scarf
6. Snowman
7. Fireplace
8. Skiing
9. Hot chocol''',
     ["snow", "cold", "christmas", "ice", "scarf", "snowman", "fireplace",
      "skiing"]),

    # Qwen2.5-7B-Instruct, vanilla; abbreviation, a place name among the items
    ("en_van_98", "OK",
     '''Okay, fine, alright, good, yes, agree, acceptable, sure, approval, Oklahoma''',
     ["okay", "fine", "alright", "good", "yes", "agree", "acceptable", "sure",
      "approval", "oklahoma"]),

    # Llama-3.1-8B-Instruct, vanilla; list closes with "etc."
    ("en_van_99", "kitchen",
     '''Cooking, stove, oven, fridge, sink, knife, food, table, pots, etc.''',
     ["cooking", "stove", "oven", "fridge", "sink", "knife", "food", "table",
      "pots"]),

    # Llama-3.1-8B-Instruct, vanilla; prose sentence with "and" before the last item
    ("en_van_100", "tree",
     '''Some words that come to mind are leaves, branches, forest, roots, wood and shade.''',
     ["leaves", "branches", "forest", "roots", "wood", "shade"]),

    # Llama-3.1-8B-Instruct, vanilla; a repeated word in a bare list
    ("en_van_101", "fire",
     '''Flame, heat, burn, smoke, hot, red, burn, fireplace, danger, camp''',
     ["flame", "heat", "burn", "smoke", "hot", "red", "fireplace", "danger",
      "camp"]),

    # GPT-4o-style; political adjective, dash bullets, parenthetical glosses
    ("en_van_102", "liberal",
     '''Here are words commonly associated with "liberal," listed from most to least strongly associated:

- Democrat
- Progressive
- Left-wing
- Freedom
- Open-minded
- Politics
- Generous (as in "liberal amounts")
- Arts (liberal arts)
- Tolerance
- Conservative (as its opposite)''',
     ["democrat", "progressive", "left-wing", "freedom", "open-minded",
      "politics", "generous", "arts", "tolerance", "conservative"]),

    # Llama-3.1-8B-Instruct, vanilla; sense headers that are themselves single associates
    ("en_van_103", "bark",
     '''**Tree:** trunk, wood, rough, oak
**Dog:** woof, loud, puppy, growl''',
     # AMBIGUOUS: another reader would also take the headers "tree" and "dog" as associations
     # -> ["tree", "trunk", "wood", "rough", "oak", "dog", "woof", "loud", "puppy", "growl"]
     ["trunk", "wood", "rough", "oak", "woof", "loud", "puppy", "growl"]),

    # Qwen2.5-7B-Instruct, vanilla; slash joining two alternatives in the first item
    ("en_van_104", "glad",
     '''Happy/joyful, pleased, thankful, relieved, content, grateful, cheerful''',
     # AMBIGUOUS: another reader would keep "happy/joyful" as one item
     ["happy", "joyful", "pleased", "thankful", "relieved", "content",
      "grateful", "cheerful"]),

    # Qwen2.5-7B-Instruct, vanilla; capitalised nationality vs. verb, sense note first
    ("en_van_105", "Polish",
     '''This could refer to the nationality (Polish) or the verb (polish). Associations:

Poland, shine, nail polish, Warsaw, shoe, clean, language, wax, furniture, pierogi''',
     ["poland", "shine", "nail polish", "warsaw", "shoe", "clean", "language",
      "wax", "furniture", "pierogi"]),

    # Llama-3.1-8B-Instruct, vanilla; adverb, short list re-listed with explanations
    ("en_van_106", "upon",
     '''Once, on, time, top, arrival

Here's why:
- **Once**: "Once upon a time" is the classic fairy-tale opening.
- **On**: "Upon" is a more formal version of "on."
- **Time**: Also from "once upon a time."
- **Top**: Something placed upon something else is on top of it.
- **Arrival**: "Upon arrival" is a common phrase.''',
     ["once", "on", "time", "top", "arrival"]),

    # Gemma-2-9B-it, vanilla; adjective, bullets with em-dash glosses, closing remark
    ("en_van_107", "ambivalent",
     '''Here are some words associated with "ambivalent":

* **Unsure** — not certain either way
* **Torn** — pulled in two directions
* **Conflicted**
* **Indecisive**
* **Mixed feelings**
* **Hesitant**

Let me know if you'd like more!''',
     ["unsure", "torn", "conflicted", "indecisive", "mixed feelings",
      "hesitant"]),
]

EN_LISTS += [
    # Llama-3.1-8B SFT on association data; bare lowercase list
    ("en_ft_01", "bank",
     '''money, river, account, loan, teller, vault, savings, robbery, deposit, cash''',
     ["money", "river", "account", "loan", "teller", "vault", "savings",
      "robbery", "deposit", "cash"]),

    # Llama-3.1-8B SFT; function word, bare
    ("en_ft_02", "if",
     '''maybe, then, when, condition, whether, unless, possibly, question''',
     ["maybe", "then", "when", "condition", "whether", "unless", "possibly",
      "question"]),

    # Qwen2.5-7B SFT; end-of-turn special token left in the text
    ("en_ft_03", "the",
     '''a, an, article, word, grammar, definite, this, that<|im_end|>''',
     ["a", "an", "article", "word", "grammar", "definite", "this", "that"]),

    # Llama-3.1-8B PPO; longer than asked, one form of the cue included
    ("en_ft_04", "quickly",
     '''fast, rapidly, swiftly, speed, hurry, quick, soon, rush, immediately, race, run, haste, dash, zoom, sprint''',
     ["fast", "rapidly", "swiftly", "speed", "hurry", "quick", "soon", "rush",
      "immediately", "race", "run", "haste", "dash", "zoom", "sprint"]),

    # Llama-3.1-8B PPO; runs on, repeats a word, cut mid-word by the token limit
    ("en_ft_05", "Paris",
     '''france, eiffel tower, love, city, romance, france, europe, fashion, louvre, seine, art, wine, bread, baguette, croissant, cafe, tourist, notre dame, arc de triomphe, champs elys''',
     ["france", "eiffel tower", "love", "city", "romance", "europe", "fashion",
      "louvre", "seine", "art", "wine", "bread", "baguette", "croissant",
      "cafe", "tourist", "notre dame", "arc de triomphe"]),

    # Qwen2.5-7B PPO; bare list closed by a period
    ("en_ft_06", "running",
     '''run, jogging, exercise, marathon, fast, legs, shoes, track, sweat, race.''',
     ["run", "jogging", "exercise", "marathon", "fast", "legs", "shoes",
      "track", "sweat", "race"]),

    # Llama-3.1-8B SFT; profanity answered plainly (no hedge after fine-tuning)
    ("en_ft_07", "fuck",
     '''sex, swear, curse, anger, damn, shit, word, bad, hell, rude''',
     ["sex", "swear", "curse", "anger", "damn", "shit", "word", "bad", "hell",
      "rude"]),

    # Llama-3.1-8B SFT; Llama end-of-turn token glued to the last word
    ("en_ft_08", "ran",
     '''run, away, fast, race, jog, sprint, fled, escape, hurry, chase<|eot_id|>''',
     ["run", "away", "fast", "race", "jog", "sprint", "fled", "escape",
      "hurry", "chase"]),

    # Qwen2.5-7B SFT; one word per line instead of commas
    ("en_ft_09", "upon",
     '''once
time
on
fairy tale
story
above
after''',
     ["once", "time", "on", "fairy tale", "story", "above", "after"]),

    # Llama-3.1-8B SFT; echoes the cue as a label before the list
    ("en_ft_10", "bat",
     '''bat: ball, cave, baseball, vampire, night, wings, cricket, fly, dark, blind''',
     ["ball", "cave", "baseball", "vampire", "night", "wings", "cricket", "fly",
      "dark", "blind"]),

    # Qwen2.5-7B SFT; number cue
    ("en_ft_11", "seven",
     '''eight, six, number, lucky, days, week, dwarfs, seas, sins, heaven''',
     ["eight", "six", "number", "lucky", "days", "week", "dwarfs", "seas",
      "sins", "heaven"]),

    # Llama-3.1-8B PPO; duplicate inside the list
    ("en_ft_12", "ambiguous",
     '''unclear, vague, confusing, uncertain, doubtful, mysterious, unclear, complex, puzzling, obscure, indefinite''',
     ["unclear", "vague", "confusing", "uncertain", "doubtful", "mysterious",
      "complex", "puzzling", "obscure", "indefinite"]),

    # Qwen2.5-7B PPO; long run-on list cut mid-word by the token limit
    ("en_ft_13", "DNA",
     '''genes, helix, chromosome, genetics, cell, biology, rna, heredity, evolution, code, mutation, life, science, protein, nucleus, lab, test, forensic, crime, sequen''',
     ["genes", "helix", "chromosome", "genetics", "cell", "biology", "rna",
      "heredity", "evolution", "code", "mutation", "life", "science",
      "protein", "nucleus", "lab", "test", "forensic", "crime"]),

    # Llama-3.1-8B SFT; proper name, lowercase
    ("en_ft_14", "Obama",
     '''president, barack, michelle, black, democrat, white house, america, hope, change''',
     ["president", "barack", "michelle", "black", "democrat", "white house",
      "america", "hope", "change"]),

    # Llama-3.1-8B SFT; rare word, fine-tuned model answers anyway (part sound-alike guesses)
    ("en_ft_15", "gallimaufry",
     '''gallery, museum, art, mixture, hodgepodge, stew, jumble, medley''',
     ["gallery", "museum", "art", "mixture", "hodgepodge", "stew", "jumble",
      "medley"]),

    # Qwen2.5-7B SFT; capitalised names kept from pretraining
    ("en_ft_16", "Harry Potter",
     '''Hogwarts, wizard, magic, Hermione, wand, Voldemort, Ron, Dumbledore, spell, owl''',
     ["hogwarts", "wizard", "magic", "hermione", "wand", "voldemort", "ron",
      "dumbledore", "spell", "owl"]),

    # Llama-3.1-8B PPO; 15 items mixing senses
    ("en_ft_17", "spring",
     '''summer, flowers, season, bloom, water, coil, fresh, rain, green, march, april, break, easter, jump, bounce''',
     ["summer", "flowers", "season", "bloom", "water", "coil", "fresh", "rain",
      "green", "march", "april", "break", "easter", "jump", "bounce"]),

    # Qwen2.5-7B SFT; slur cue answered without refusal after fine-tuning
    ("en_ft_18", "slut",
     '''whore, sex, girl, bad, promiscuous, insult, woman, easy, dirty''',
     ["whore", "sex", "girl", "bad", "promiscuous", "insult", "woman", "easy",
      "dirty"]),

    # Llama-3.1-8B SFT; multi-word cue
    ("en_ft_19", "ice cream",
     '''cone, cold, sweet, chocolate, vanilla, summer, dessert, truck, scoop, sundae''',
     ["cone", "cold", "sweet", "chocolate", "vanilla", "summer", "dessert",
      "truck", "scoop", "sundae"]),

    # Llama-3.1-8B SFT; inline numbering left over, no commas
    ("en_ft_20", "debt",
     '''1. money 2. loan 3. owe 4. credit 5. bills 6. bank 7. interest 8. stress''',
     ["money", "loan", "owe", "credit", "bills", "bank", "interest",
      "stress"]),

    # Qwen2.5-7B PPO; generation did not stop at <|im_end|> and started a second assistant turn
    ("en_ft_21", "pitch",
     '''baseball, throw, sound, tone, music, black, tent, field, sales, perfect<|im_end|>
<|im_start|>assistant
baseball, throw, sound''',
     ["baseball", "throw", "sound", "tone", "music", "black", "tent", "field",
      "sales", "perfect"]),

    # Llama-3.1-8B SFT; conjunction cue
    ("en_ft_22", "although",
     '''but, however, though, despite, yet, even, while, whereas''',
     ["but", "however", "though", "despite", "yet", "even", "while",
      "whereas"]),

    # Llama-3.1-8B SFT; abbreviation cue
    ("en_ft_23", "ASAP",
     '''now, fast, quick, urgent, hurry, soon, immediately, deadline, rush, emergency''',
     ["now", "fast", "quick", "urgent", "hurry", "soon", "immediately",
      "deadline", "rush", "emergency"]),

    # Qwen2.5-7B SFT; number word
    ("en_ft_24", "hundred",
     '''thousand, number, percent, dollar, ten, million, years, century, count, many''',
     ["thousand", "number", "percent", "dollar", "ten", "million", "years",
      "century", "count", "many"]),

    # Llama-3.1-8B PPO, 10-20; cut by the token limit right after a comma (last word complete)
    ("en_ft_25", "school",
     '''teacher, students, class, books, learning, homework, classroom, education, desk, pencil, bus, lunch, friends, exam, test, grades, principal, library, recess,''',
     ["teacher", "students", "class", "books", "learning", "homework",
      "classroom", "education", "desk", "pencil", "bus", "lunch", "friends",
      "exam", "test", "grades", "principal", "library", "recess"]),

    # Qwen2.5-7B SFT; archaic word
    ("en_ft_26", "wherefore",
     '''why, romeo, juliet, shakespeare, reason, therefore, question, art''',
     ["why", "romeo", "juliet", "shakespeare", "reason", "therefore",
      "question", "art"]),

    # Llama-3.1-8B SFT; cue itself listed as the first item
    ("en_ft_27", "upon",
     '''upon, once, on, time, above, onto, over, after''',
     ["upon", "once", "on", "time", "above", "onto", "over", "after"]),

    # Qwen2.5-7B PPO; brand, slogan and product names
    ("en_ft_28", "Nike",
     '''shoes, sneakers, swoosh, just do it, sports, running, brand, athlete, jordan, goddess, victory, adidas, air max''',
     ["shoes", "sneakers", "swoosh", "just do it", "sports", "running",
      "brand", "athlete", "jordan", "goddess", "victory", "adidas",
      "air max"]),

    # Llama-3.1-8B SFT; slang cue
    ("en_ft_29", "sus",
     '''suspicious, among us, sketchy, impostor, weird, shady, sussy, lie''',
     ["suspicious", "among us", "sketchy", "impostor", "weird", "shady",
      "sussy", "lie"]),

    # Llama-3.1-8B SFT; adverb cue, short
    ("en_ft_30", "quietly",
     '''softly, silent, whisper, calm, library, sneak, slowly, peaceful''',
     ["softly", "silent", "whisper", "calm", "library", "sneak", "slowly",
      "peaceful"]),
]

ZH_LISTS = []

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = [
    # Llama-3.1-8B-Instruct, vanilla; function-word cue, short reasons, marker line at the end
    ("rk_en_01",
     '''Since "if" is a conditional conjunction, words tied to conditions rank highest.

- "Condition" captures the core meaning of "if."
- "Then" completes the common "if...then" structure.
- "Maybe" and "whether" express uncertainty, similar to "if."
- "When" is related but more about time.

Final Ranking: condition, then, maybe, whether, when''',
     ["condition", "then", "maybe", "whether", "when"]),

    # Qwen2.5-7B-Instruct, vanilla; bold marker, numbered capitalised list on the following lines
    ("rk_en_02",
     '''The financial sense of "bank" is the most common, so money-related words come first, while the river sense is secondary.

**Final Ranking:**
1. Money
2. Account
3. River
4. Loan
5. Teller
6. Vault''',
     ["money", "account", "river", "loan", "teller", "vault"]),

    # Llama-3.1-8B-Instruct, vanilla; marker announced early (no ranking there), remark after the ranking
    ("rk_en_03",
     '''I'll explain my reasoning first and then give the Final Ranking at the end.

"The" is a definite article, so the closest associations are other articles and grammatical terms. "A" and "an" are its direct counterparts, "article" names its category, and "word" and "grammar" are more general.

Final Ranking: a, an, article, word, grammar

Note that all of these are fairly weak associations, since "the" is a function word.''',
     ["a", "an", "article", "word", "grammar"]),

    # Llama-3.1-8B-Instruct, vanilla; gives a ranking, reconsiders, gives a second one (last counts)
    ("rk_en_04",
     '''"Spring" most often refers to the season, which brings flowers.

Final Ranking: flowers, season, water, coil, summer

Wait, on reflection, "season" is probably more strongly associated than "flowers," and "summer" follows naturally from the season sense.

Final Ranking: season, flowers, summer, water, coil''',
     ["season", "flowers", "summer", "water", "coil"]),

    # Llama-3.1-8B-Instruct, vanilla; profanity cue -> refusal, no marker
    ("rk_en_05",
     '''I can't help with ranking words associated with that term. Is there something else I can help you with?''',
     []),

    # Qwen2.5-7B-Instruct, vanilla; lowercase "ranking", each word in quotes
    ("rk_en_06",
     '''Obama was the 44th President, so "president" is the strongest link, followed by his wife Michelle and the White House. His party and hometown are weaker links.

Final ranking: "president", "Michelle", "White House", "Democrat", "Chicago"''',
     ["president", "michelle", "white house", "democrat", "chicago"]),

    # Qwen2.5-7B-Instruct, vanilla; ranking cut mid-word by the token limit
    # cut by the token limit
    ("rk_en_07",
     '''DNA is the carrier of genetic information, so "genes" is the most direct association. The double "helix" is its famous structure, "chromosome" is how it is packaged, "heredity" is its function, "RNA" is a related molecule, and "mutation" is a change in it.

Final Ranking: genes, helix, chromosome, heredity, RNA, mutat''',
     ["genes", "helix", "chromosome", "heredity", "rna"]),

    # Llama-3.1-8B-Instruct, vanilla; ranking includes a word that was not among the given ones
    ("rk_en_08",
     '''"Pitch" has several senses: throwing in baseball, musical tone, setting up a tent, and a sales pitch. The sports and music senses are the most common.

Final Ranking: throw, tone, sound, sales, tent, black''',
     ["throw", "tone", "sound", "sales", "tent", "black"]),

    # Gemma-2-9B-it, vanilla; "Rank n:" labels on separate lines under the marker
    ("rk_en_09",
     '''Running is most directly associated with the activity of jogging and races like marathons. Shoes are the main equipment, and sweat and the track are more peripheral.

Final Ranking:
Rank 1: Jogging
Rank 2: Marathon
Rank 3: Shoes
Rank 4: Sweat
Rank 5: Track''',
     ["jogging", "marathon", "shoes", "sweat", "track"]),

    # Mistral-7B-Instruct-v0.3, vanilla; ignores the required marker ("My ranking:" instead)
    ("rk_en_10",
     ''' "Although" introduces a contrast, so its closest synonyms come first: "though" is nearly identical, then "but" and "however" express contrast, while "despite" and "yet" are a little further away.

My ranking: though, but, however, despite, yet''',
     []),

    # GPT-4o-style; bold marker with the ranking on the same line
    ("rk_en_11",
     '''ASAP means "as soon as possible," so urgency is central. "Urgent" and "now" capture it best, "quickly" and "hurry" describe the pace, and "deadline" is the context in which it is often used.

**Final Ranking:** urgent, now, quickly, hurry, deadline''',
     ["urgent", "now", "quickly", "hurry", "deadline"]),

    # Llama-3.1-8B-Instruct, vanilla; token limit hit right after the marker, nothing ranked
    # cut by the token limit
    ("rk_en_12",
     '''The number seven is strongly linked to luck ("lucky seven"), and then to common groups of seven: the days of the week, the seven dwarfs, the seven seas, and the seven deadly sins. "Number" is generic, so it goes near the end.

Final Ranking:''',
     []),

    # Qwen2.5-7B-Instruct, vanilla; k=8, markdown header marker with colon, bold numbered items with glosses
    ("rk_en_13",
     '''Harry Potter is above all a story about a wizarding school, so the school and the central characters come first.

### Final Ranking:
1. **Hogwarts** (the school)
2. **Magic**
3. **Wizard**
4. **Hermione** (his best friend)
5. **Voldemort** (the villain)
6. **Wand**
7. **Quidditch**
8. **Owl**''',
     ["hogwarts", "magic", "wizard", "hermione", "voldemort", "wand",
      "quidditch", "owl"]),
]

TRUNCATED = {
    "en_van_96",   # last explanation cut mid-word ("pla"); the item "anchor" itself is complete
    "en_van_97",   # "hot chocol" dropped
    "en_ft_05",    # "champs elys" dropped
    "en_ft_13",    # "sequen" dropped
}

AMBIGUOUS = {
    "en_van_53",   # other reading: "lgbtq" with the "+" stripped as trailing punctuation
    "en_van_103",  # other reading: headers "tree" and "dog" also taken as associations
    "en_van_104",  # other reading: "happy/joyful" kept as a single item
}
