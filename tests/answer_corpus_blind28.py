"""Blind answer corpus 28 for the word-association answer parser.

Written blind on 2026-12-07 by a helper session: no parser, test, benchmark
or other repository file was read, no parser was run, and every text below
was invented for this file in the style of the named models.

EMPHASIS: reasoning ("thinking") models answering the project's prompts:
Qwen3-8B in thinking mode and with /no_think, DeepSeek-R1-Distill-Qwen-7B
and DeepSeek-R1-Distill-Llama-8B, QwQ-32B, and Llama/Qwen instruct models
told to "think step by step". Their outputs hold <think>...</think> blocks
(closed; empty "<think>\\n\\n</think>"; unclosed because the token limit cut
the reasoning, sometimes after a draft list inside the thinking; a missing
opening tag with only "</think>"), reasoning that drafts and revises
candidate lists before the answer, and then the answer in any form: a comma
line, a numbered list, "**Final answer:** ...", "Answer:", "\\boxed{...}", a
list followed by a short justification, or in Mandarin "最终答案：", "综上，".
Association lists (about 45 EN, 45 ZH) and rankings (about 20 EN, 20 ZH)
where the reasoning mentions "Final Ranking" / "最终排名" before the real
final line, drafts a ranking and revises it, or is cut. A draft list inside
the thinking is never the answer when an answer follows; when the reasoning
is cut and no answer follows, the expected list is [].

THE PROMPTS the models answered (low/high usually 5 and 10, sometimes 10
and 20):
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
  ZH ranking: 下面是人们由“{cue}”联想到的{k}个词语：{words}。请按照它们与“{cue}”
    的联想强度从强到弱排序。先简要说明理由，最后以“最终排名：”开头的一行列出
    全部{k}个词语，用逗号分隔。
Each text is only what the model wrote (its completion), not the prompt.

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
  * (emphasis) a draft list inside <think> is never the answer when an
    answer follows; reasoning cut by the token limit with no answer after it
    expects [].
CONVENTIONS for expected_ranked_words (rankings):
  * the words after the LAST "Final Ranking" / "最终排名" marker that is
    followed by a ranking (any case, bold or not, ":" or "："; the ranking may
    be on the marker's line or as a list on the following lines); a mention
    of the marker not followed by a ranking does not count;
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
    # Qwen3-8B, thinking mode: closed <think> with brainstorm, answer is a plain comma line.
    ("en_van_01", "ocean", """<think>
Okay, the user wants me to list words that come to mind when I read "ocean". Between 5 and 10 words, separated by commas, strongest first.

Let me start with the most immediate associations. Water is the obvious one. Waves, definitely. Blue — the color people picture. Sea is almost a synonym, so it's strongly associated. Beach, since that's where people usually experience the ocean. Fish, whales, salt... Tides too.

Which is strongest? I'd say sea or water first, then waves, blue, beach. Then fish, salt, whale, tide. That's 9, which fits.

Let me make sure the format is just comma-separated words, no extra text.
</think>

sea, water, waves, blue, beach, fish, salt, whale, tide""",
     ["sea", "water", "waves", "blue", "beach", "fish", "salt", "whale", "tide"]),

    # Qwen3-8B with /no_think: empty think block, then the comma line.
    ("en_van_02", "bread", """<think>

</think>

butter, toast, bakery, flour, wheat, sandwich, loaf, yeast""",
     ["butter", "toast", "bakery", "flour", "wheat", "sandwich", "loaf", "yeast"]),

    # DeepSeek-R1-Distill-Qwen-7B: numbered draft inside the thinking, reordered; answer "**Final Answer:** ...".
    ("en_van_03", "doctor", """<think>
Okay, so I need to come up with words that come to mind when I think of "doctor." Hmm, let's see. The first thing that pops into my head is "hospital" because that's where doctors work. Then maybe "nurse," since they work closely with doctors. "Medicine" is another one, because doctors prescribe medicine. "Stethoscope" comes to mind too, that's the thing they wear around their neck.

Wait, maybe "patient" should be higher, because a doctor always has patients. Let me list them out:

1. Hospital
2. Nurse
3. Medicine
4. Stethoscope
5. Patient

Hmm, I think "nurse" is actually the strongest association, people often say "doctors and nurses" together. Also "sick," "health," "white coat." Let me reorder: nurse, hospital, patient, medicine, stethoscope, sick, health, white coat. That's eight, which is between 5 and 10. Okay, that should work.
</think>

**Final Answer:** nurse, hospital, patient, medicine, stethoscope, sick, health, white coat""",
     ["nurse", "hospital", "patient", "medicine", "stethoscope", "sick", "health", "white coat"]),

    # DeepSeek-R1-Distill-Llama-8B: short thinking, answer sentence followed by \boxed{...}.
    ("en_van_04", "winter", """<think>
Alright, the word is "winter." Let me think about what comes to mind. Snow is the first thing, definitely. Cold. Christmas, since it's in December. Ice, scarves, maybe hot chocolate. Snowman. Fireplace. I think that's a good set. Snow is the strongest, then cold, then ice, Christmas, snowman, scarf, hot chocolate, fireplace.
</think>

The words that come to mind when reading "winter" are:

\\boxed{snow, cold, ice, Christmas, snowman, scarf, hot chocolate, fireplace}""",
     ["snow", "cold", "ice", "christmas", "snowman", "scarf", "hot chocolate", "fireplace"]),

    # QwQ-32B: long deliberation with a comma draft inside the thinking; answer is a bold numbered list with glosses.
    ("en_van_05", "justice", """<think>
Okay, so I need to list words associated with "justice." Let me start brainstorming. The first thing that comes to mind is "law." Justice and law are closely linked. Then "court," where justice is administered. "Fairness" is basically a synonym in everyday use. "Judge" — the person who delivers justice. "Equality" maybe. "Scales" — the scales of justice, the symbol. "Lady Justice" with the blindfold... maybe "blindfold" is too specific. "Truth," "rights," "punishment."

Now the ordering. Which is the strongest? For most people I think "law" or "fairness." Hmm. In word association norms, "justice" sometimes elicits "peace" ("justice of the peace")... Actually, "peace" is interesting but maybe less common for a general audience. I'll go with:

law, fairness, court, judge, equality, truth, scales, rights, punishment

Wait, that's 9. That's fine, between 5 and 10. But should "court" come before "fairness"? Hard to say. I'll keep fairness second since it's the conceptual core.

The user asked for comma separated, but I could present it clearly. Let me finalize.
</think>

1. **Law** – the system through which justice is pursued
2. **Fairness** – the core idea of justice
3. **Court** – where justice is administered
4. **Judge** – the person who delivers it
5. **Equality** – equal treatment under the law
6. **Truth** – justice depends on establishing the facts
7. **Scales** – the traditional symbol of justice
8. **Rights** – what justice protects
9. **Punishment** – the consequence for wrongdoing""",
     ["law", "fairness", "court", "judge", "equality", "truth", "scales", "rights", "punishment"]),

    # Llama-3.1-8B-Instruct told to "think step by step": steps name candidates, then "Final answer: ...".
    ("en_van_06", "coffee", """Let's think step by step.

Step 1: Identify the word. The word is "coffee".

Step 2: Think about what people usually associate with coffee. Coffee is a drink, so "drink" and "cup" come to mind. It contains caffeine, which wakes people up, so "caffeine" and "morning" are strong associations. Coffee is made from beans, so "beans". People often buy it at a "café" or "Starbucks". Other associations: "espresso", "mug", "milk".

Step 3: Order them from most to least strongly associated. Most people would think of "caffeine" and "morning" first, then "cup".

Final answer: caffeine, morning, cup, beans, espresso, mug, café, milk, Starbucks""",
     ["caffeine", "morning", "cup", "beans", "espresso", "mug", "café", "milk", "starbucks"]),

    # Qwen2.5-7B-Instruct told to think step by step: numbered reasoning quoting words, then "Answer: ...".
    ("en_van_07", "run", """To answer this, let's think step by step about what "run" brings to mind.

1. The most literal meaning is the physical activity: moving fast on foot. This gives words like "fast", "jog", "sprint" and "race".
2. Running is a common form of exercise, so "exercise", "marathon" and "shoes" are natural associations.
3. There are other meanings too, like running a program or a business, but these are weaker associations for most people.

Putting it all together, ordered by strength:

Answer: fast, jog, race, sprint, marathon, exercise, shoes, track""",
     ["fast", "jog", "race", "sprint", "marathon", "exercise", "shoes", "track"]),

    # Qwen3-8B, thinking mode: unclosed <think>, reasoning cut mid-word by the token limit, no answer.
    ("en_van_08", "music", """<think>
Okay, let's see. The user wants words associated with "music". Let me brainstorm. Song is the first thing. Then maybe melody, rhythm, instruments like guitar and piano. Concert. Headphones. Notes. Dance. Band. Singing.

Now, how should I order them? "Song" seems strongest. Then maybe "melody" or "sound"? Hmm, actually "sound" might be more basic. Let me think about how people typically respond in association tests. For "music", common responses include "song", "sound", "notes", "radio", "band"... I remember that in some norms "music" is strongly associated with "notes" and "song". Maybe I should also consider "lyrics". And "rhythm" vs "beat" — which is more common? "Beat" is shorter and more colloquial, but "rhythm" is more about the concept of music itse""",
     []),

    # DeepSeek-R1-Distill-Qwen-7B: draft list inside an unclosed <think>, then cut mid-word; no answer.
    ("en_van_09", "apple", """<think>
Okay, so I need to list words that come to mind when I read the word "apple." Let me think. Well, apple is a fruit, so "fruit" is definitely one. It's often red, so "red." There's also green apples. Then "pie," like apple pie. "Tree," because apples grow on trees. Oh, and Apple the company! "iPhone," "Mac," "Steve Jobs." Hmm, but should I include those? The user didn't specify, so maybe mix both.

So my list so far: fruit, red, tree, pie, iPhone, green, juice, orchard, Newton.

Wait, Newton — because of the apple falling on his head and gravity. That's a famous association. But is it strong? Maybe for some people. Let me think about the order again. Fruit first, then red, then tree, then pie... Actually, maybe "iPhone" should be higher because nowadays a lot of people think of the company first. Hmm, but the question is about the word "apple," lowercase, so probably the fruit. I'll keep the company lower.

Also, "doctor" — "an apple a day keeps the doctor away." That's a common saying. Should I include it? It might be a bit of a stretch, but it's a well-known phrase. Let me also think about "seeds," "core," "crunchy," "sw""",
     []),

    # DeepSeek-R1-Distill-Llama-8B: opening <think> missing, only "</think>"; the answer differs from the draft.
    ("en_van_10", "dog", """Okay, the user wants associations for "dog." Let me think. Pet is the first, then cat, because dogs and cats are always paired. Bark, bone, puppy, leash, loyal, walk, tail. I'll order them: pet, cat, bark, puppy, bone, loyal, leash, walk, tail.
</think>

pet, puppy, bark, cat, bone, leash, loyal, walk, tail, friend""",
     ["pet", "puppy", "bark", "cat", "bone", "leash", "loyal", "walk", "tail", "friend"]),

    # Qwen3-8B, thinking mode: comma line followed by a short justification paragraph naming some of the words again.
    ("en_van_11", "fire", """<think>
Okay, the user wants words associated with "fire". Let me list some: hot, flame, burn, smoke, red, heat, danger, firefighter, campfire, ash.

Ordering: "hot" and "flame" are probably the strongest. Then "burn", "smoke". "Red" maybe. Let me put: flame, hot, burn, smoke, heat, red, danger, firefighter, ash, campfire. That's 10, max allowed. Good.
</think>

flame, hot, burn, smoke, heat, red, danger, firefighter, ash, campfire

I put "flame" and "hot" first since they describe fire most directly, followed by its effects (burn, smoke, heat) and then related ideas like danger and the people who fight it.""",
     ["flame", "hot", "burn", "smoke", "heat", "red", "danger", "firefighter", "ash", "campfire"]),

    # Qwen3-8B, thinking mode, 10-20 words: the answer line is cut mid-word by the token limit.
    ("en_van_12", "library", """<think>
Okay, the user wants 10 to 20 words for "library". Let me think: books, quiet, reading, librarian, shelves, study, borrow, cards, knowledge, silence, desk, catalog, computer, archive, students, return, late fees, novels, research, magazines.

That's 20. Ordered by strength: books first, obviously. Then quiet, librarian, reading, shelves, study, borrow... I'll keep it roughly like that.
</think>

books, quiet, librarian, reading, shelves, study, borrow, knowledge, silence, students, research, library card, novels, magazines, archive, cata""",
     ["books", "quiet", "librarian", "reading", "shelves", "study", "borrow", "knowledge", "silence",
      "students", "research", "library card", "novels", "magazines", "archive"]),

    # QwQ-32B: counts its draft inside the thinking; answer "**Final answer:** ..." with a trailing period.
    ("en_van_13", "freedom", """<think>
Okay, the user wants me to list words associated with "freedom." Let me think. First, "liberty" is almost a synonym, so that's a strong one. Then "independence." "Choice." "Rights." Maybe "democracy." "Flag"? Hmm, in the American context, freedom is often tied to the flag and the eagle. "Peace." "Bird" — birds flying free is a common image. "Speech," as in freedom of speech.

Let me order: liberty, independence, choice, rights, democracy, speech, bird, flag, peace. Hmm, should "peace" be there? It's more loosely connected. Maybe replace it with "escape"? No, I'll keep "peace"; it's common.

Wait, I should double check the count: liberty (1), independence (2), choice (3), rights (4), democracy (5), speech (6), bird (7), flag (8), peace (9). Nine words. Good.
</think>

**Final answer:** liberty, independence, choice, rights, democracy, speech, bird, flag, peace.""",
     ["liberty", "independence", "choice", "rights", "democracy", "speech", "bird", "flag", "peace"]),

    # DeepSeek-R1-Distill-Qwen-7B: answer in display math, \boxed{\text{...}}.
    ("en_van_14", "green", """<think>
Alright, so I need to list words that come to mind when I think of "green." Let's start. Green is a color, so "color" maybe, but that's obvious. Grass is green, leaves are green, trees. Nature. Environment — "go green." Money, in the US dollars are green. Envy, "green with envy." Frog. Emerald.

Ordering by strength: grass, leaves, nature, tree, environment, money, envy, frog, emerald.

Hmm, I think grass is the strongest. Okay.
</think>

The words that come to mind when reading "green" are:

\\[
\\boxed{\\text{grass, leaves, nature, tree, environment, money, envy, frog, emerald}}
\\]""",
     ["grass", "leaves", "nature", "tree", "environment", "money", "envy", "frog", "emerald"]),

    # Qwen3-8B with /no_think: preamble, numbered list, some items with dash glosses.
    ("en_van_15", "mountain", """<think>

</think>

Here are words associated with "mountain," from strongest to weakest:

1. Peak – the highest point
2. Climb – the main activity
3. Snow – often found at the top
4. Hiking
5. High
6. Rock
7. Valley
8. Summit
9. Everest""",
     ["peak", "climb", "snow", "hiking", "high", "rock", "valley", "summit", "everest"]),

    # Llama-3.1-8B-Instruct, step by step: brainstorm line, discussion, then "Final list:" (one draft word dropped).
    ("en_van_16", "teacher", """Let's think step by step.

First, I'll brainstorm words related to "teacher": school, students, classroom, education, chalkboard, homework, lesson, apple, grades, principal.

Next, I'll consider which words are most strongly associated. "School" and "students" are the most direct, since a teacher works at a school with students. "Classroom" is next. "Apple" is a cultural association (an apple for the teacher) but it's weaker than "homework" or "lesson".

Now I'll rank them:

Final list: school, students, classroom, education, lesson, homework, grades, chalkboard, apple""",
     ["school", "students", "classroom", "education", "lesson", "homework", "grades", "chalkboard", "apple"]),

    # Qwen3-8B, thinking mode: short thinking; comma line with "and" before the last item.
    ("en_van_17", "birthday", """<think>
The user wants associations for "birthday." Cake is number one. Then party, presents/gifts, candles, balloons, celebration, friends, age. Let's write them naturally.
</think>

cake, party, gifts, candles, balloons, celebration, friends, and age""",
     ["cake", "party", "gifts", "candles", "balloons", "celebration", "friends", "age"]),

    # DeepSeek-R1-Distill-Qwen-7B: answer sentence listing the words, then the same list again in \boxed{}.
    ("en_van_18", "rain", """<think>
Okay, so I need to think of words associated with "rain." Let me start. Umbrella is definitely first. Then wet, water, clouds, storm, puddle, thunder. Maybe "drops," like raindrops. And "gray." Let me order: umbrella, wet, clouds, water, storm, puddle, thunder, drops.
</think>

The words associated with "rain," from strongest to weakest, are: umbrella, wet, clouds, water, storm, puddle, thunder, drops.

\\boxed{umbrella, wet, clouds, water, storm, puddle, thunder, drops}""",
     ["umbrella", "wet", "clouds", "water", "storm", "puddle", "thunder", "drops"]),

    # DeepSeek-R1-Distill-Llama-8B: the answer is a single prose sentence naming the words.
    ("en_van_19", "sleep", """<think>
Okay, sleep. Bed, dream, night, pillow, tired, rest. I'll just answer.
</think>

When I read the word "sleep," I think of bed, dreams, night, pillow, tired and rest.""",
     ["bed", "dreams", "night", "pillow", "tired", "rest"]),

    # QwQ-32B: writes "Final answer: ..." as a draft INSIDE the thinking, revises it, answers with the revised line.
    ("en_van_20", "king", """<think>
Alright, "king". Let me brainstorm: queen, crown, throne, royal, kingdom, castle, power, ruler, monarchy, chess.

Ordering by association strength. "Queen" is probably the strongest — king and queen are a pair. Then "crown." Then "throne." Then "royal," "kingdom."

So tentatively:

Final answer: queen, crown, throne, royal, kingdom, castle, ruler, power, chess, monarchy

Hmm, wait. "Monarchy" and "royal" are kind of redundant. And is "chess" really stronger than "monarchy"? In a free association, people who play chess might say it, but it's less common. Let me drop "monarchy" and add "lion" — "the lion king," and the lion is called the king of the jungle. Actually, that's maybe a stretch too. I'll go with "prince" instead, which fits the royal family theme.

Revised: queen, crown, throne, kingdom, royal, castle, prince, ruler, power, chess.
</think>

queen, crown, throne, kingdom, royal, castle, prince, ruler, power, chess""",
     ["queen", "crown", "throne", "kingdom", "royal", "castle", "prince", "ruler", "power", "chess"]),

    # Qwen3-8B, thinking mode: weighs two senses of the cue, answer mixes them.
    ("en_van_21", "bank", """<think>
Hmm, "bank" has multiple meanings. The financial institution is the most common: money, account, loan, ATM, savings, teller, deposit. There's also the river bank: river, shore. Should I include both? The strongest associations are definitely financial. I'll list mostly financial words and maybe add "river" at the end.

Order: money, account, loan, ATM, savings, deposit, teller, credit card, vault, river.
</think>

money, account, loan, ATM, savings, deposit, teller, credit card, vault, river""",
     ["money", "account", "loan", "atm", "savings", "deposit", "teller", "credit card", "vault", "river"]),

    # Qwen3-8B with /no_think, 10-20 words: empty think, long comma line.
    ("en_van_22", "city", """<think>

</think>

buildings, traffic, skyscrapers, people, lights, noise, streets, cars, downtown, apartments, subway, shops, restaurants, crowds, pollution, taxi""",
     ["buildings", "traffic", "skyscrapers", "people", "lights", "noise", "streets", "cars", "downtown",
      "apartments", "subway", "shops", "restaurants", "crowds", "pollution", "taxi"]),

    # DeepSeek-R1-Distill-Qwen-7B: preamble then a capitalised bullet list.
    ("en_van_23", "cat", """<think>
Okay, so I need to come up with words associated with "cat." Let me think... Dog is common because they're opposites. Then meow, pet, fur, whiskers, kitten, purr, mouse. Hmm, and "claws." Let me order them: dog, meow, pet, kitten, whiskers, purr, fur, mouse, claws.
</think>

Here are the words associated with "cat":

- Dog
- Meow
- Pet
- Kitten
- Whiskers
- Purr
- Fur
- Mouse
- Claws""",
     ["dog", "meow", "pet", "kitten", "whiskers", "purr", "fur", "mouse", "claws"]),

    # DeepSeek-R1-Distill-Qwen-7B drifting into Chinese: English words with Chinese glosses in brackets.
    ("en_van_24", "sun", """<think>
Okay, the word is "sun." Let me think. Hot, bright, light, summer, sky, yellow, star, warmth, sunshine... Maybe "beach." Order: hot, bright, light, summer, yellow, sky, star, warmth, beach.
</think>

hot (热), bright (明亮), light (光), summer (夏天), yellow (黄色), sky (天空), star (恒星), warmth (温暖), beach (海滩)""",
     ["hot", "bright", "light", "summer", "yellow", "sky", "star", "warmth", "beach"]),

    # Qwen3-8B, thinking mode: draft reordered inside the thinking; answer has a one-line preamble.
    ("en_van_25", "love", """<think>
Okay, the user is asking for words associated with "love." Let's think about the most common associations. Heart comes first — it's the universal symbol. Then romance, family, kiss, hug, care, relationship, marriage, happiness, passion.

I should put them in order. Heart, romance, kiss, family, marriage, relationship, passion, care, hug, happiness. Hmm, "hug" might be stronger than "care". Let me adjust: heart, romance, kiss, family, hug, marriage, relationship, passion, care, happiness.

That's 10. Good.
</think>

Here are the words that come to mind for "love":

heart, romance, kiss, family, hug, marriage, relationship, passion, care, happiness""",
     ["heart", "romance", "kiss", "family", "hug", "marriage", "relationship", "passion", "care", "happiness"]),

    # Qwen2.5-7B-Instruct, step by step: prose reasoning, a numbered list, then "Therefore, ... are: ..." repeating it.
    ("en_van_26", "write", """Sure! Let's think step by step.

When I read "write", the first thing I think of is the tool used for writing: a pen or a pencil. Next, I think of what we write on: paper. Then I think of what we write: words, letters, a story, a book. Writing is also related to the person who writes: an author or writer.

Ordering these by how strongly they're associated:

1. pen
2. paper
3. pencil
4. letter
5. story
6. author
7. book
8. words

Therefore, the words that come to mind are: pen, paper, pencil, letter, story, author, book, words.""",
     ["pen", "paper", "pencil", "letter", "story", "author", "book", "words"]),

    # Qwen3-8B with /no_think: words grouped under bold category headers.
    ("en_van_27", "forest", """<think>

</think>

**Nature:** trees, leaves, moss, river
**Animals:** deer, bear, owl
**Feelings:** quiet, peaceful, dark""",
     ["trees", "leaves", "moss", "river", "deer", "bear", "owl", "quiet", "peaceful", "dark"]),

    # DeepSeek-R1-Distill-Qwen-7B: draft list inside an unclosed <think>; cut after a complete word; no answer.
    ("en_van_28", "friendship", """<think>
Okay, so I need to list words associated with "friendship." Let me think. Friendship is about relationships between people. The first word that comes to mind is "trust," because friends need to trust each other. Then "loyalty." "Support," since friends support each other. "Fun," since you have fun with friends. "Companionship." "Love," though that's more for romantic relationships, but there's platonic love too. "Bond." "Together." "Laughter."

Now let me order them. Trust is probably the strongest. Then loyalty, support, fun. Hmm, wait, maybe "friends" itself? But that's just the plural of the root word, so maybe not. What about "best friend"? That's a phrase, but the user said words, so maybe single words are better. Let me think about what an average person would say.

If I ask someone "what do you think of when you hear friendship," they'd probably say "trust" or "fun" or "loyalty." I think trust and loyalty are more abstract, while fun is more everyday. Maybe the order should be:

trust, loyalty, support, fun, bond, love, laughter, companionship, together

Hmm, that's nine. But I'm not sure about""",
     []),

    # QwQ-32B: drops a draft word while thinking; answer "Answer: ...".
    ("en_van_29", "hospital", """<think>
Okay, "hospital." Let me brainstorm. Doctor, nurse, patient, sick, emergency, ambulance, bed, surgery, medicine, scalpel, waiting room.

Wait, maybe "scalpel" is too specific; it's more linked to surgery than to hospital in general. I'll drop it. "Waiting room" is good, though — everyone who's been to a hospital remembers waiting.

Hmm, what about "white"? Hospitals are associated with white walls, white coats. Might be a weaker one. And "smell" — the antiseptic smell. That's quite vivid but maybe idiosyncratic.

Order: doctor, nurse, patient, emergency, sick, ambulance, surgery, medicine, bed, waiting room. Ten. Okay.
</think>

Answer: doctor, nurse, patient, emergency, sick, ambulance, surgery, medicine, bed, waiting room""",
     ["doctor", "nurse", "patient", "emergency", "sick", "ambulance", "surgery", "medicine", "bed", "waiting room"]),

    # DeepSeek-R1-Distill-Llama-8B: terse thinking, answer labelled "Words:".
    ("en_van_30", "peace", """<think>
Peace... dove, war (as opposite), calm, quiet, harmony, love, treaty, tranquility. Let me go: dove, war, calm, harmony, quiet, love, treaty, tranquility.
</think>

Words: dove, war, calm, harmony, quiet, love, treaty, tranquility""",
     ["dove", "war", "calm", "harmony", "quiet", "love", "treaty", "tranquility"]),

    # Qwen3-8B, thinking mode: a proper-name cue; answer holds a formula and a two-word item.
    ("en_van_31", "Einstein", """<think>
Okay, the cue is a name: "Einstein". The user wants words that come to mind. Relativity is the strongest, then genius, physics, E=mc², scientist, hair (his famous messy hair), Nobel Prize, German, theory, tongue (the famous photo). Hmm, "tongue" is a bit odd; maybe skip. "Smart" is a common association — people say "he's no Einstein."

Order: genius, relativity, physics, E=mc², scientist, smart, hair, Nobel Prize, theory.
</think>

genius, relativity, physics, E=mc², scientist, smart, hair, Nobel Prize, theory""",
     ["genius", "relativity", "physics", "e=mc²", "scientist", "smart", "hair", "nobel prize", "theory"]),

    # Llama-3.1-8B-Instruct, step by step: numbered reasoning, then "**Final answer:** ...".
    ("en_van_32", "happy", """Let's think step by step about the word "happy".

1. Happy is an emotion, so other emotion words come to mind: joy, glad, cheerful.
2. Happy people smile and laugh, so "smile" and "laugh" are strong associations.
3. Common phrases: "happy birthday", "happy face".
4. The opposite of happy is "sad", which is also a very common association.

Now, ordering from most to least strongly associated:

**Final answer:** smile, sad, joy, glad, laugh, cheerful, birthday, face, sunshine""",
     ["smile", "sad", "joy", "glad", "laugh", "cheerful", "birthday", "face", "sunshine"]),

    # DeepSeek-R1-Distill-Llama-8B: answer repeats two words at the end.
    ("en_van_33", "snow", """<think>
Snow: cold, white, winter, snowman, ice, flakes, ski, Christmas. Cold first.
</think>

cold, white, winter, snowman, ice, snowflakes, ski, Christmas, winter, cold""",
     ["cold", "white", "winter", "snowman", "ice", "snowflakes", "ski", "christmas"]),

    # Qwen3-8B, thinking mode: "So the final list would be: ..." inside an unclosed <think>, then cut mid-word; no answer.
    ("en_van_34", "school", """<think>
Okay, the user wants me to list words associated with "school." Let me think about this. The first thing that comes to mind is "teacher" — probably the strongest. Then "students," "classroom," "homework," "books," "learning," "exam," "bus," "friends," "desk."

Let me reconsider the order. Should "students" come before "teacher"? Both are very central. I think "teacher" is more iconic. Then "classroom," then "homework" — homework is something everyone remembers. "Books" and "learning." Then "exam," "friends," "bus," "desk."

So the final list would be: teacher, students, classroom, homework, books, learning, exam, friends, bus, desk.

Wait, the user said between 5 and 10 words. That's exactly 10. Good. But let me double-check whether "education" should be included. It's a more abstract word. Maybe replace "desk" with "education"? Hmm, "desk" is concrete and visual; "education" is what school is for. Honestly both are fine. I'll think about what a typical person would say first. In word association studies, concrete nouns tend to come up more often than abstract ones, so "desk" might actually be more typical. But "education" is semantically closer. Let me weigh it against "bus" as well, since the school bus is iconi""",
     []),

    # DeepSeek-R1-Distill-Qwen-7B: a prose explanation (no words listed) then "**Answer:** ...".
    ("en_van_35", "summer", """<think>
Okay, so the word is "summer." Let me think about what comes to mind. Sun, hot, beach, vacation, swimming, ice cream, holidays. Maybe "July." "Sunscreen." "Barbecue."

Order: hot, sun, beach, vacation, swimming, ice cream, sunscreen, barbecue, July.
</think>

Summer is mostly associated with warm weather and free time, so words about heat and the seaside come first, followed by typical summer activities and foods.

**Answer:** hot, sun, beach, vacation, swimming, ice cream, sunscreen, barbecue, July""",
     ["hot", "sun", "beach", "vacation", "swimming", "ice cream", "sunscreen", "barbecue", "july"]),

    # Qwen3-8B, thinking mode: short comma list, then a bullet section re-listing the same words with explanations.
    ("en_van_36", "electricity", """<think>
Electricity: power, light, energy, wires, shock, lightning, battery, current, outlet. Power is first. I'll add brief explanations after the list to be helpful.
</think>

power, light, energy, wires, shock, lightning, battery, current

- **Power** – electricity is the main source of power in daily life
- **Light** – turning on a light is the most common use
- **Energy** – electricity is a form of energy
- **Wires** – carry electricity to our homes
- **Shock** – the danger of touching live wires
- **Lightning** – nature's most dramatic electricity
- **Battery** – stores electricity
- **Current** – the flow of electric charge""",
     ["power", "light", "energy", "wires", "shock", "lightning", "battery", "current"]),

    # QwQ-32B: bold "**Final Answer**" heading, list on the following lines.
    ("en_van_37", "time", """<think>
Hmm, "time." Clock is the most obvious, then watch. Also abstract ones: past, future, present. "Money" — "time is money." "Hour," "minute." "Late." "Age." Let me think about which are strongest. Clock, definitely. Then watch. Then maybe "money"? The idiom is strong but maybe not first-tier. Past and future are strong conceptually.

Order: clock, watch, past, future, hour, money, minute, late, age.

Hmm, "present" — should I include it? It's ambiguous (gift). Skip it.
</think>

**Final Answer**

clock
watch
past
future
hour
money
minute
late
age""",
     ["clock", "watch", "past", "future", "hour", "money", "minute", "late", "age"]),

    # Llama-3.2-3B-Instruct told to think step by step: reasoning in prose, answer as a prose sentence.
    ("en_van_38", "chocolate", """Let's think step by step. Chocolate is a sweet food, usually brown, made from cocoa. People often eat it as a treat or give it as a gift, especially on Valentine's Day.

Based on this, the words that come to mind are: sweet, candy, cocoa, brown, dessert, Valentine's Day, milk, cake and gift.""",
     ["sweet", "candy", "cocoa", "brown", "dessert", "valentine's day", "milk", "cake", "gift"]),

    # DeepSeek-R1-Distill-Qwen-7B: closed <think> ending in "Final list: ...", then nothing after "</think>".
    # AMBIGUOUS: the other reading takes the thinking's final list as the answer
    # (glass, view, light, curtain, frame, open, see, clear).
    ("en_van_39", "window", """<think>
Okay, so the word is "window." Let me think. Glass is the first thing. Then "view," because you look out a window. "Light" comes in through windows. "Curtain," "frame," "open," "see." Also Windows the operating system, but that's a different thing. Let me order them.

Final list: glass, view, light, curtain, frame, open, see, clear.
</think>

""",
     []),

    # Qwen3-8B, thinking mode: main list, then an "Alternatively, ..." second list for another reading.
    # AMBIGUOUS: the other reading appends the alternative words (vacation, resort, cocktails, sunbathing).
    ("en_van_40", "beach", """<think>
Beach: sand, sea, sun, waves, shells, towel, swimsuit, umbrella, seagull. Maybe offer a holiday-themed alternative too.
</think>

sand, sea, sun, waves, shells, towel, swimsuit, umbrella, seagull

Alternatively, if you're thinking of the beach as a holiday destination: vacation, resort, cocktails, sunbathing.""",
     ["sand", "sea", "sun", "waves", "shells", "towel", "swimsuit", "umbrella", "seagull"]),

    # DeepSeek-R1-Distill-Llama-8B: numbered answer with bracketed remarks after words.
    ("en_van_41", "anger", """<think>
Anger. Rage, mad, red, fight, yelling, fury, frustration, temper. Rage strongest.
</think>

Sure! Here are the words associated with "anger":

1. Rage (the strongest)
2. Mad
3. Fury
4. Red (face turning red)
5. Yelling
6. Frustration
7. Temper
8. Fight""",
     ["rage", "mad", "fury", "red", "yelling", "frustration", "temper", "fight"]),

    # QwQ-32B: numbered answer with glosses, cut mid-word inside the last gloss (the item itself is complete).
    ("en_van_42", "storm", """<think>
Storm: rain, thunder, lightning, wind, clouds, dark, hurricane, flood. Rain is probably the top association, then thunder. Let me write a short gloss for each.
</think>

1. **Rain** – the most common feature of a storm
2. **Thunder** – the loud rumble that comes with it
3. **Wind** – strong gusts
4. **Clouds** – dark, heavy clouds gathering
5. **Dark** – the sky turns dark before a storm
6. **Hurricane** – the most extreme kind of storm
7. **Lightning** – the flash that often accompa""",
     ["rain", "thunder", "wind", "clouds", "dark", "hurricane", "lightning"]),

    # DeepSeek-R1-Distill-Qwen-7B: "**Final Answer**" heading, sentence, then \boxed{...}.
    ("en_van_43", "computer", """<think>
Okay, so I need to think of words associated with "computer." Keyboard, mouse, screen, internet, technology, laptop, software, programming, games. Let me order: keyboard, screen, mouse, internet, laptop, technology, software, programming, games.
</think>

**Final Answer**
The words that come to mind when reading "computer" are \\boxed{keyboard, screen, mouse, internet, laptop, technology, software, programming, games}.""",
     ["keyboard", "screen", "mouse", "internet", "laptop", "technology", "software", "programming", "games"]),

    # Qwen3-8B, thinking mode: each word quoted in the answer line.
    ("en_van_44", "river", """<think>
River: water, flow, fish, bridge, boat, stream, bank, current. Water first.
</think>

"water", "flow", "fish", "bridge", "boat", "stream", "bank", "current".""",
     ["water", "flow", "fish", "bridge", "boat", "stream", "bank", "current"]),

    # Qwen3-8B, thinking mode, 10-20 words: long deliberation, a short draft, then a longer final comma line.
    ("en_van_45", "family", """<think>
Okay, the user wants 10 to 20 words associated with "family." Let me brainstorm. Parents, mother, father, children, siblings, love, home, together, dinner, support, brother, sister, grandparents, house, holidays, kids, relatives.

First draft: love, parents, home, mother, father, children.

That's only 6; the user wants at least 10. Let me expand. I'll put "love" first since family is most associated with love, then the family members, then places and activities.

Final: love, parents, mother, father, home, children, siblings, brother, sister, grandparents, together, support, dinner, holidays, relatives.

That's 15. Good.
</think>

love, parents, mother, father, home, children, siblings, brother, sister, grandparents, together, support, dinner, holidays, relatives""",
     ["love", "parents", "mother", "father", "home", "children", "siblings", "brother", "sister", "grandparents",
      "together", "support", "dinner", "holidays", "relatives"]),

    # Qwen3-8B PPO-tuned on association (thinking mode kept): one-line thinking, comma answer.
    ("en_ft_01", "car", """<think>
Car: drive, road, wheels, engine, fast, traffic, gas, keys.
</think>

drive, road, wheels, engine, traffic, fast, gas, keys""",
     ["drive", "road", "wheels", "engine", "traffic", "fast", "gas", "keys"]),

    # DeepSeek-R1-Distill-Qwen-7B fine-tuned: brief thinking, answer order differs from the draft.
    ("en_ft_02", "money", """<think>
Okay, money. Cash, rich, bank, wealth, coins, dollar, greed, work.
</think>

cash, bank, rich, wealth, dollar, coins, work, greed""",
     ["cash", "bank", "rich", "wealth", "dollar", "coins", "work", "greed"]),

    # Qwen3-8B fine-tuned, /no_think: end-of-turn special token left in the text.
    ("en_ft_03", "night", """<think>

</think>

dark, moon, stars, sleep, quiet, dreams, owl, midnight<|im_end|>""",
     ["dark", "moon", "stars", "sleep", "quiet", "dreams", "owl", "midnight"]),

    # Qwen3-8B fine-tuned, thinking mode, 10-20 words: comma line cut mid-word.
    ("en_ft_04", "garden", """<think>
Garden: flowers, plants, soil, vegetables, green, roses, bees, watering can, sun, grass.
</think>

flowers, plants, soil, vegetables, green, roses, bees, grass, sun, watering can, butterflies, tomatoes, shed, weeds, hose, fen""",
     ["flowers", "plants", "soil", "vegetables", "green", "roses", "bees", "grass", "sun", "watering can",
      "butterflies", "tomatoes", "shed", "weeds", "hose"]),

    # Llama-3.1-8B-Instruct fine-tuned, "think step by step" kept short: "Thinking:" line with arrows, then "Answer:".
    ("en_ft_05", "phone", """Thinking: phone → call, mobile, text, screen, apps; ring is the classic sound.
Answer: call, mobile, text, ring, screen, apps, battery, contact""",
     ["call", "mobile", "text", "ring", "screen", "apps", "battery", "contact"]),
]

ZH_LISTS = [
    # Qwen3-8B, thinking mode, reasoning in Chinese: closed <think>, answer is a full-width comma line.
    ("zh_van_01", "春节", """<think>
好的，用户让我列出看到“春节”这个词时联想到的词语，5到10个，用逗号分隔，联想最强的放前面。

首先，春节最直接的联想应该是“红包”，小孩子最期待的就是这个。然后是“饺子”，北方过年必吃。“鞭炮”和“春联”也是很典型的。“团圆”是春节的核心意义，很多人会想到回家团圆。“年夜饭”、“春晚”、“拜年”、“烟花”。

排序的话，我觉得“团圆”和“红包”最强。嗯，还是把红包放第一吧，比较具体。顺序：红包，团圆，饺子，鞭炮，春联，年夜饭，春晚，拜年，烟花。一共9个，符合要求。
</think>

红包，团圆，饺子，鞭炮，春联，年夜饭，春晚，拜年，烟花""",
     ["红包", "团圆", "饺子", "鞭炮", "春联", "年夜饭", "春晚", "拜年", "烟花"]),

    # Qwen3-8B with /no_think: empty think block, then the comma line.
    ("zh_van_02", "月亮", """<think>

</think>

月饼，中秋，嫦娥，夜晚，思乡，玉兔，星星，月光""",
     ["月饼", "中秋", "嫦娥", "夜晚", "思乡", "玉兔", "星星", "月光"]),

    # DeepSeek-R1-Distill-Qwen-7B, reasoning in Chinese: draft reordered, answer "最终答案：...".
    ("zh_van_03", "老师", """<think>
嗯，用户让我列出看到“老师”这个词时会联想到的词语，5到10个，按联想强度排序。首先，我得想想老师最常见的联想。老师通常在学校工作，所以“学校”应该是第一个。然后是“学生”，老师和学生是一对。“讲台”、“粉笔”、“黑板”，这些都是教室里的东西。“教书”、“育人”，还有“园丁”，因为老师常被比喻为辛勤的园丁。“蜡烛”也是，燃烧自己照亮别人。

嗯，那排序的话，学生可能比学校更强？因为老师的定义就是教学生的人。那就：学生，学校，黑板，粉笔，讲台，教书，园丁，蜡烛。嗯，8个，可以了。
</think>

最终答案：学生，学校，黑板，粉笔，讲台，教书，园丁，蜡烛""",
     ["学生", "学校", "黑板", "粉笔", "讲台", "教书", "园丁", "蜡烛"]),

    # DeepSeek-R1-Distill-Qwen-7B: answer sentence then \boxed{...} with full-width commas.
    ("zh_van_04", "医院", """<think>
好，我现在需要列出看到“医院”时联想到的词语。首先想到的是“医生”和“护士”，然后是“病人”、“看病”、“打针”、“消毒水”、“挂号”、“急诊”。可能还有“救护车”。排序：医生，护士，病人，看病，打针，急诊，救护车，消毒水，挂号。
</think>

看到“医院”这个词时，我联想到的词语是：

\\boxed{医生，护士，病人，看病，打针，急诊，救护车，消毒水，挂号}""",
     ["医生", "护士", "病人", "看病", "打针", "急诊", "救护车", "消毒水", "挂号"]),

    # QwQ-32B, reasoning in Chinese with a draft; answer under "**最终答案**" as a numbered list, some items glossed with "——".
    ("zh_van_05", "爱情", """<think>
好的，用户希望我列出由“爱情”联想到的词语，5到10个，联想最强的排前面。我先想一想。

爱情最直接的联想可能是“浪漫”，还有“玫瑰”，情人节送玫瑰。“心动”描述爱情开始时的感觉。“婚姻”是爱情的归宿之一。“承诺”，“甜蜜”，“思念”——异地恋的时候会想念对方。“初恋”也很常见，很多人一提到爱情就想到初恋。还有“分手”、“心碎”，这是负面的联想。

初步排序：浪漫，玫瑰，婚姻，心动，承诺，甜蜜，思念，初恋。

等等，“心动”是不是应该比“婚姻”更靠前？爱情的起点是心动，而婚姻更像结果。我调整一下：浪漫，玫瑰，心动，婚姻，承诺，思念，甜蜜，初恋。负面的词就不放了，8个刚好。
</think>

**最终答案**

1. 浪漫——爱情最常见的氛围
2. 玫瑰——象征爱情的花
3. 心动
4. 婚姻
5. 承诺
6. 思念
7. 甜蜜
8. 初恋""",
     ["浪漫", "玫瑰", "心动", "婚姻", "承诺", "思念", "甜蜜", "初恋"]),

    # Qwen2.5-7B-Instruct told to think step by step (in Chinese): steps quote candidates, then "最终答案：...".
    ("zh_van_06", "咖啡", """好的，我们一步一步来思考。

第一步：理解词语。“咖啡”是一种常见的饮品。

第二步：列出相关联想。咖啡含有咖啡因，可以提神，所以会想到“提神”、“咖啡因”。喝咖啡常常在“早晨”，或者在“咖啡馆”，比如“星巴克”。咖啡的味道是“苦”的，有人会加“牛奶”和“糖”，做成“拿铁”。

第三步：按照联想强度排序。

最终答案：提神，苦，咖啡馆，星巴克，拿铁，咖啡因，早晨，牛奶，糖""",
     ["提神", "苦", "咖啡馆", "星巴克", "拿铁", "咖啡因", "早晨", "牛奶", "糖"]),

    # Llama-3.1-8B-Instruct told to think step by step (Chinese): numbered reasoning, then "因此，我的答案是：...".
    ("zh_van_07", "下雨", """让我们一步一步地思考。

1. 首先，“下雨”是一种天气现象，所以我会想到“天气”和“云”。
2. 下雨的时候人们会使用“雨伞”，穿“雨衣”。
3. 下雨会让地面变“湿”，形成“水坑”。
4. 下雨时常常伴随“打雷”和“闪电”。

因此，我的答案是：雨伞，湿，云，打雷，水坑，雨衣，闪电，天气""",
     ["雨伞", "湿", "云", "打雷", "水坑", "雨衣", "闪电", "天气"]),

    # Qwen3-8B, thinking mode: unclosed <think> with a draft order, cut mid-word (“言论自…”); no answer.
    ("zh_van_08", "自由", """<think>
好的，用户让我列出由“自由”联想到的词语，5到10个，按联想强度从强到弱。首先我要想想自由最直接的联想是什么。

“自由”可能让人想到“飞翔”、“鸟”，因为鸟在天空中自由飞翔是很常见的意象。然后是“民主”、“权利”，这是政治层面的联想。还有“解放”、“独立”。个人层面的话，“无拘无束”、“随心所欲”。还有“自由女神”，这个很有名。

嗯，排序的话，哪个最强？我觉得可能是“民主”或者“飞翔”。对于普通中国人来说，“自由”也常常和“平等”一起出现，因为社会主义核心价值观里有“自由、平等、公正、法治”。所以“平等”可能联想很强。

那么初步的顺序：平等，民主，飞翔，独立，权利，解放，自由女神，无拘无束。

不过，等一下，“鸟”和“飞翔”要不要都放？可能重复了。还有“天空”也可以考虑。另外，有些人会想到法律意义上的自由，比如“言论自""",
     []),

    # DeepSeek-R1-Distill-Qwen-7B: numbered draft in an unclosed <think>, cut after a complete word; no answer.
    ("zh_van_09", "大海", """<think>
嗯，用户让我列出看到“大海”时联想到的词语。首先，大海是蓝色的，所以“蓝色”肯定是一个。然后是“海浪”、“沙滩”、“海鸥”、“贝壳”。还有“广阔”，大海很辽阔。“鱼”，海里有很多鱼。“船”、“航行”。“咸”，海水是咸的。

我先列一个初稿：
1. 蓝色
2. 海浪
3. 沙滩
4. 广阔
5. 海鸥
6. 鱼
7. 贝壳
8. 船

嗯，这样应该可以了。不过“海浪”是不是比“蓝色”更强？因为说到大海，很多人会先想到海浪的声音。还有，“海风”也可以考虑。我再想想“游泳”要不要加上""",
     []),

    # DeepSeek-R1-Distill-Llama-8B, reasoning in English, opening tag missing: Chinese words with English glosses.
    ("zh_van_10", "手机", """Okay, so the user is asking in Chinese what words come to mind for "手机", which means mobile phone. Let me think: 电话 (phone call), 微信 (WeChat), 短信 (text message), 屏幕 (screen), 充电 (charging), 苹果 (Apple), 华为 (Huawei), 上网 (internet). I'll order them by strength.
</think>

电话 (phone call)，微信 (WeChat)，屏幕 (screen)，充电 (charging)，上网 (internet)，短信 (text message)，华为 (Huawei)，苹果 (Apple)""",
     ["电话", "微信", "屏幕", "充电", "上网", "短信", "华为", "苹果"]),

    # Qwen3-8B, thinking mode: comma line with a set phrase, followed by a one-sentence justification.
    ("zh_van_11", "长城", """<think>
用户想要“长城”的联想词。长城是中国的象征，最直接的联想：中国、古代、秦始皇、城墙、烽火台、八达岭、万里、伟大、旅游、“不到长城非好汉”。

排序：中国，秦始皇，万里，城墙，烽火台，八达岭，不到长城非好汉，旅游，古代。9个。
</think>

中国，秦始皇，万里，城墙，烽火台，八达岭，不到长城非好汉，旅游，古代

以上词语中，“中国”和“秦始皇”与长城的联系最为直接，其余则按历史、地理和文化的顺序排列。""",
     ["中国", "秦始皇", "万里", "城墙", "烽火台", "八达岭", "不到长城非好汉", "旅游", "古代"]),

    # Qwen3-8B, thinking mode, 10-20 words: long answer line cut mid-word (“颐和…”).
    ("zh_van_12", "北京", """<think>
好的，用户让我列出10到20个和“北京”相关的联想词。北京是中国的首都，联想很多：首都、天安门、故宫、长城、烤鸭、胡同、颐和园、奥运会、鸟巢、雾霾、地铁、堵车、四合院、京剧、天坛、北大、清华、豆汁、王府井、二环。

排序按联想强度：首都，天安门，故宫，烤鸭，长城，胡同，四合院，天坛，鸟巢，奥运会，京剧，雾霾，堵车，地铁，北大，清华，王府井，颐和园。18个，可以。
</think>

首都，天安门，故宫，烤鸭，长城，胡同，四合院，天坛，鸟巢，奥运会，京剧，雾霾，堵车，地铁，北大，清华，王府井，颐和""",
     ["首都", "天安门", "故宫", "烤鸭", "长城", "胡同", "四合院", "天坛", "鸟巢", "奥运会", "京剧", "雾霾",
      "堵车", "地铁", "北大", "清华", "王府井"]),

    # QwQ-32B, reasoning in Chinese: answer "综上，我联想到的词语依次是：...。".
    ("zh_van_13", "音乐", """<think>
嗯，用户让我列出看到“音乐”这个词时联想到的词语，5到10个，按联想强度排序。

音乐最核心的要素是“旋律”和“节奏”。然后是“歌曲”，日常生活中人们说音乐往往指的就是歌曲。“乐器”，比如“钢琴”、“吉他”。“演唱会”、“歌手”。现在很多人听音乐用“耳机”。“舞蹈”也和音乐紧密相关。

我想一下顺序。“旋律”和“歌曲”哪个更强？普通人可能更容易想到“歌曲”，但“旋律”是音乐的本质。嗯，我还是把旋律放第一。

旋律，歌曲，节奏，乐器，钢琴，演唱会，耳机，歌手，吉他，舞蹈。正好10个。
</think>

综上，我联想到的词语依次是：旋律，歌曲，节奏，乐器，钢琴，演唱会，耳机，歌手，吉他，舞蹈。""",
     ["旋律", "歌曲", "节奏", "乐器", "钢琴", "演唱会", "耳机", "歌手", "吉他", "舞蹈"]),

    # DeepSeek-R1-Distill-Qwen-7B: answer only \boxed{\text{...}}, with a Latin-script item.
    ("zh_van_14", "苹果", """<think>
嗯，苹果。首先是水果，然后是红色，苹果大多是红的。还有苹果公司，iPhone，乔布斯。苹果树。味道甜。“一天一苹果，医生远离我”，所以联想到健康。牛顿被苹果砸到发现万有引力。

顺序：水果，红色，iPhone，乔布斯，苹果树，甜，健康，牛顿。
</think>

\\boxed{\\text{水果，红色，iPhone，乔布斯，苹果树，甜，健康，牛顿}}""",
     ["水果", "红色", "iphone", "乔布斯", "苹果树", "甜", "健康", "牛顿"]),

    # Qwen3-8B with /no_think: numbered list.
    ("zh_van_15", "猫", """<think>

</think>

1. 可爱
2. 宠物
3. 喵喵
4. 老鼠
5. 鱼
6. 毛茸茸
7. 狗
8. 猫粮""",
     ["可爱", "宠物", "喵喵", "老鼠", "鱼", "毛茸茸", "狗", "猫粮"]),

    # Qwen2.5-7B-Instruct, step by step: brainstorm with 、, filtering, then the final comma line.
    ("zh_van_16", "学校", """我们来一步一步思考。

首先，头脑风暴与“学校”相关的词：老师、学生、教室、上课、作业、考试、操场、校服、同学、食堂、黑板。

其次，筛选出联想最强的词。“老师”和“学生”是学校最核心的组成部分；“教室”和“上课”描述了学校里的主要活动；“考试”和“作业”是学生最深刻的记忆。“食堂”和“黑板”相对弱一些。

最后，按强度排序：

老师，学生，教室，上课，同学，作业，考试，操场，校服""",
     ["老师", "学生", "教室", "上课", "同学", "作业", "考试", "操场", "校服"]),

    # Qwen3-8B, thinking mode: answer separated by 、 with “和” before the last item.
    ("zh_van_17", "妈妈", """<think>
用户让我列出“妈妈”的联想词。最强的应该是“爱”，然后是“温暖”、“家”、“做饭”、“唠叨”、“母爱”、“怀抱”、“辛苦”、“爸爸”。

排序：爱，温暖，家，母爱，做饭，唠叨，辛苦，怀抱，爸爸。
</think>

爱、温暖、家、母爱、做饭、唠叨、辛苦、怀抱和爸爸""",
     ["爱", "温暖", "家", "母爱", "做饭", "唠叨", "辛苦", "怀抱", "爸爸"]),

    # DeepSeek-R1-Distill-Qwen-7B: prose answer ending in “等。”, then the same list in \boxed{}.
    ("zh_van_18", "夏天", """<think>
好的，我需要想一下“夏天”让人联想到什么。首先是“炎热”，夏天很热。然后是“西瓜”、“空调”、“冰淇淋”，这些都是消暑的。“游泳”，“暑假”，学生最喜欢。“蝉”，夏天到处都是蝉鸣。“太阳”。

排序：炎热，西瓜，空调，冰淇淋，游泳，暑假，蝉，太阳。
</think>

看到“夏天”，我联想到：炎热，西瓜，空调，冰淇淋，游泳，暑假，蝉，太阳等。

\\boxed{炎热，西瓜，空调，冰淇淋，游泳，暑假，蝉，太阳}""",
     ["炎热", "西瓜", "空调", "冰淇淋", "游泳", "暑假", "蝉", "太阳"]),

    # DeepSeek-R1-Distill-Llama-8B, reasoning in English: the answer is one Chinese prose sentence (、 and 和).
    ("zh_van_19", "雪", """<think>
Okay, the user is asking in Chinese. "雪" means snow. Associations: 冬天 (winter), 寒冷 (cold), 白色 (white), 雪人 (snowman), 滑雪 (skiing), 圣诞 (Christmas). I should answer in Chinese.
</think>

看到“雪”这个词，我会想到冬天、寒冷、白色、雪人、滑雪和圣诞节。""",
     ["冬天", "寒冷", "白色", "雪人", "滑雪", "圣诞节"]),

    # QwQ-32B: writes “最终答案：...” as a draft INSIDE the thinking, revises it, answers with the revised line.
    ("zh_van_20", "钱", """<think>
好的，用户让我列出由“钱”联想到的词语。钱……首先想到“财富”，然后是“工作”，因为要工作才能赚钱。“银行”，钱存在银行里。“人民币”，中国的货币。“富有”，“贪婪”，“存款”，“消费”。

初步答案：
最终答案：财富，工作，银行，人民币，富有，贪婪，存款，消费

嗯，等一下，“人民币”是不是应该排得更前？在中国人的语境里，说到钱，很多人会直接想到人民币、红包。还有“赚钱”这个词也很常见。“富有”和“财富”意思有点重复，可以去掉一个。“贪婪”有点负面，放在后面。

修改后：人民币，财富，赚钱，工作，银行，存款，消费，红包，贪婪。
</think>

人民币，财富，赚钱，工作，银行，存款，消费，红包，贪婪""",
     ["人民币", "财富", "赚钱", "工作", "银行", "存款", "消费", "红包", "贪婪"]),

    # DeepSeek-R1-Distill-Llama-8B: Chinese words each followed by pinyin in brackets.
    ("zh_van_21", "饺子", """<think>
The word is 饺子, dumplings. Associations: 春节 (Spring Festival), 面粉 (flour), 饺子馅 (filling), 过年, 韭菜 (chives), 醋 (vinegar), 包饺子 (making dumplings), 团圆 (reunion). I'll add pinyin to help.
</think>

春节 (chūn jié)，过年 (guò nián)，包饺子 (bāo jiǎo zi)，饺子馅 (jiǎo zi xiàn)，面粉 (miàn fěn)，醋 (cù)，韭菜 (jiǔ cài)，团圆 (tuán yuán)""",
     ["春节", "过年", "包饺子", "饺子馅", "面粉", "醋", "韭菜", "团圆"]),

    # Qwen3-8B with /no_think, 10-20 words: empty think, long comma line.
    ("zh_van_22", "熊猫", """<think>

</think>

国宝，竹子，可爱，四川，黑白，胖，成都，动物园，憨厚，功夫熊猫，保护动物，圆滚滚，卧龙，中国""",
     ["国宝", "竹子", "可爱", "四川", "黑白", "胖", "成都", "动物园", "憨厚", "功夫熊猫", "保护动物", "圆滚滚",
      "卧龙", "中国"]),

    # DeepSeek-R1-Distill-Qwen-7B: preamble then a bullet list, one item a number.
    ("zh_van_23", "警察", """<think>
嗯，警察。首先想到警车，然后是抓小偷，还有报警电话110。警察穿制服，代表正义和安全。还有警徽、手铐。
</think>

看到“警察”这个词，我联想到的词语如下：

- 警车
- 抓小偷
- 110
- 制服
- 正义
- 安全
- 警徽
- 手铐""",
     ["警车", "抓小偷", "110", "制服", "正义", "安全", "警徽", "手铐"]),

    # Qwen3-8B with /no_think: words grouped under bold category headers, 、 separators.
    ("zh_van_24", "秋天", """<think>

</think>

**景物**：落叶、枫叶、丰收
**天气**：凉爽、秋风
**情感**：思念、悲凉""",
     ["落叶", "枫叶", "丰收", "凉爽", "秋风", "思念", "悲凉"]),

    # Qwen3-8B, thinking mode: preamble line, comma line ending in “。”.
    ("zh_van_25", "幸福", """<think>
好的，“幸福”的联想词。幸福常和“家庭”联系在一起，还有“快乐”、“微笑”、“温暖”、“爱”、“健康”、“满足”、“陪伴”、“甜蜜”。我按这个顺序给出。
</think>

以下是看到“幸福”时联想到的词语：

家庭，快乐，微笑，温暖，爱，健康，满足，陪伴，甜蜜。""",
     ["家庭", "快乐", "微笑", "温暖", "爱", "健康", "满足", "陪伴", "甜蜜"]),

    # Llama-3.1-8B-Instruct, step by step (Chinese): steps quote candidates, then “综上，联想词语为：...”.
    ("zh_van_26", "战争", """让我们一步一步思考这个问题。

第一步：战争意味着军队之间的冲突，所以会联想到“军队”、“士兵”、“武器”。
第二步：战争带来破坏和痛苦，所以联想到“死亡”、“流血”、“难民”。
第三步：战争的反面是“和平”。

综上，联想词语为：死亡，士兵，和平，武器，军队，流血，难民，硝烟""",
     ["死亡", "士兵", "和平", "武器", "军队", "流血", "难民", "硝烟"]),

    # Qwen3-8B with /no_think: the cue appears only in a label line before the list.
    ("zh_van_27", "家", """<think>

</think>

“家”的联想词：温暖，父母，亲人，房子，团圆，港湾，饭菜，爱""",
     ["温暖", "父母", "亲人", "房子", "团圆", "港湾", "饭菜", "爱"]),

    # DeepSeek-R1-Distill-Qwen-7B: the answer lists the cue itself as its first item.
    ("zh_van_28", "茶", """<think>
嗯，茶。中国人喝茶的历史很长。联想：茶叶，绿茶，龙井，茶杯，喝茶，清香，普洱，茶馆。我就按这个来。
</think>

茶，茶叶，绿茶，龙井，茶杯，喝茶，清香，普洱，茶馆""",
     ["茶", "茶叶", "绿茶", "龙井", "茶杯", "喝茶", "清香", "普洱", "茶馆"]),

    # DeepSeek-R1-Distill-Qwen-7B, reasoning in English for a Chinese prompt: draft inside <think>, cut mid-word; no answer.
    ("zh_van_29", "梦想", """<think>
Okay, so I need to come up with words associated with "梦想", which means "dream" in Chinese. The user wants 5 to 10 words, separated by commas, with the strongest associations first. Let me think.

First, 梦想 is about aspirations and goals. So 目标 (goal) is a strong one. Then 努力 (effort), because achieving dreams needs effort. 希望 (hope). 未来 (future). 坚持 (persistence). 成功 (success). 追求 (pursuit).

Hmm, I should also think about common phrases. "追逐梦想" — chasing dreams. "梦想成真" — dreams come true. Maybe 实现 (realize). Also 青春 (youth), because dreams are often associated with young people.

Let me order them: 目标, 希望, 努力, 未来, 坚持, 成功, 追求, 青春, 实现.

Wait, maybe 希望 is stronger than 目标? In Chinese, 梦想 and 希望 are often used together. I think the most common association might actually be 实现 because of the phrase "实现梦想". Hmm, let me reconsider the whole ord""",
     []),

    # QwQ-32B, reasoning in Chinese: answer labelled “答案：”.
    ("zh_van_30", "考试", """<think>
嗯，考试。让我想想大家看到“考试”会想到什么。第一反应是“紧张”，考试前大家都紧张。然后是“分数”、“复习”、“试卷”。中国学生最重要的考试是“高考”。还有“作弊”、“压力”、“及格”、“熬夜”——考前熬夜复习很常见。“老师”也可以，监考老师。

嗯，“压力”和“紧张”有点像，但都很常见，都保留吧。一共10个。
</think>

答案：紧张，分数，复习，试卷，高考，作弊，压力，老师，及格，熬夜""",
     ["紧张", "分数", "复习", "试卷", "高考", "作弊", "压力", "老师", "及格", "熬夜"]),

    # Qwen3-8B, thinking mode: a person's name as cue, plain comma line.
    ("zh_van_31", "孔子", """<think>
孔子的联想：《论语》、儒家、圣人、教育家、仁、礼、山东曲阜、弟子三千、春秋时期。曲阜和山东可以分开。排序：论语，儒家，圣人，教育家，仁，礼，山东，曲阜，弟子，春秋。
</think>

论语，儒家，圣人，教育家，仁，礼，山东，曲阜，弟子，春秋""",
     ["论语", "儒家", "圣人", "教育家", "仁", "礼", "山东", "曲阜", "弟子", "春秋"]),

    # Llama-3.1-8B-Instruct, step by step (Chinese): answer “**最终答案：** ...” in bold.
    ("zh_van_32", "高兴", """让我们一步一步来思考。

1. “高兴”是一种积极的情绪，与之相近的词有“快乐”、“开心”、“喜悦”。
2. 人高兴的时候会“笑”，会“微笑”。
3. 高兴的反义词是“难过”、“伤心”。

**最终答案：** 开心，快乐，笑，喜悦，微笑，难过，兴奋，幸福""",
     ["开心", "快乐", "笑", "喜悦", "微笑", "难过", "兴奋", "幸福"]),

    # DeepSeek-R1-Distill-Llama-8B: answer repeats two words at the end.
    ("zh_van_33", "火", """<think>
Okay, 火 means fire. 热, 火焰, 燃烧, 红色, 危险, 消防, 烟.
</think>

火焰，热，燃烧，红色，危险，烟，消防员，火焰，热""",
     ["火焰", "热", "燃烧", "红色", "危险", "烟", "消防员"]),

    # Qwen3-8B, thinking mode: “最终列表：...” inside an unclosed <think>, then cut mid-word (“智…”); no answer.
    ("zh_van_34", "书", """<think>
好的，用户让我列出看到“书”时联想到的词语。首先想到的是“知识”，书是知识的载体。然后是“阅读”、“图书馆”、“书店”、“作者”、“书架”、“纸张”、“故事”、“学习”。

那我先整理一下。

最终列表：知识，阅读，图书馆，学习，书店，作者，书架，故事，纸张。

嗯，9个，符合5到10个的要求。不过还可以再斟酌一下。“书香”这个词很有中国特色，“书香门第”，要不要加进去？另外“知识”和“学习”有点重复，要不要把“知识”换成“智""",
     []),

    # DeepSeek-R1-Distill-Qwen-7B: explanation paragraph (names no words) then “**答案：** ...”.
    ("zh_van_35", "孤独", """<think>
嗯，孤独。孤独让人想到寂寞，一个人，夜晚，沉默，思念，空虚，安静，月亮。我先写个简短说明再给答案。
</think>

“孤独”通常让人联想到独处的状态和随之而来的情绪，因此我把描述情绪和场景的词放在前面。

**答案：** 寂寞，一个人，夜晚，沉默，思念，空虚，安静，月亮""",
     ["寂寞", "一个人", "夜晚", "沉默", "思念", "空虚", "安静", "月亮"]),

    # QwQ-32B: short comma list, then a “**解释：**” section re-listing the same words with explanations.
    ("zh_van_36", "医生", """<think>
医生……白大褂最有标志性，然后医院、听诊器、护士、病人、救死扶伤、手术、药。我先给出列表，再简单解释几个。
</think>

白大褂，医院，听诊器，护士，病人，救死扶伤，手术，药

**解释：**
- **白大褂**：医生最具标志性的形象。
- **医院**：医生工作的地方。
- **听诊器**：医生最常用的工具。
- **护士**：与医生密切配合。
- **救死扶伤**：医生的职责。""",
     ["白大褂", "医院", "听诊器", "护士", "病人", "救死扶伤", "手术", "药"]),

    # Qwen3-8B, thinking mode: main list, then “如果……还可以加上：...” optional extra words.
    # AMBIGUOUS: the other reading appends the optional words (愤怒, 警告).
    ("zh_van_37", "红色", """<think>
红色：中国红、喜庆、国旗、血、热情、危险、红包、火。负面的还有愤怒、警告，可以作为补充。
</think>

中国红，喜庆，国旗，血，热情，危险，红包，火

如果偏向负面情绪，还可以加上：愤怒，警告。""",
     ["中国红", "喜庆", "国旗", "血", "热情", "危险", "红包", "火"]),

    # DeepSeek-R1-Distill-Qwen-7B: “**最终答案**” heading, then a sentence ending in \boxed{...}.
    ("zh_van_38", "工作", """<think>
嗯，用户让我列出看到“工作”时联想到的词语。首先是“加班”，现在很多人一提工作就想到加班。然后是“工资”、“上班”、“老板”、“同事”、“压力”、“办公室”、“辛苦”。

顺序就这样吧：加班，工资，上班，老板，同事，压力，办公室，辛苦。
</think>

**最终答案**

看到“工作”这个词时，联想到的词语有：\\boxed{加班，工资，上班，老板，同事，压力，办公室，辛苦}""",
     ["加班", "工资", "上班", "老板", "同事", "压力", "办公室", "辛苦"]),

    # Qwen3-8B with /no_think: plain comma line.
    ("zh_van_39", "黑夜", """<think>

</think>

黑暗，星星，月亮，安静，睡觉，恐惧，路灯，失眠""",
     ["黑暗", "星星", "月亮", "安静", "睡觉", "恐惧", "路灯", "失眠"]),

    # DeepSeek-R1-Distill-Qwen-7B: numbered list with glosses, cut mid-word inside the last gloss (item complete).
    ("zh_van_40", "电影", """<think>
电影：电影院、明星、导演、票房、爆米花、大屏幕、奥斯卡、3D。每个加一句说明。
</think>

1. **电影院**——看电影的地方
2. **明星**——电影里的演员
3. **导演**——电影的创作者
4. **票房**——衡量电影是否成功的标准
5. **爆米花**——看电影时必备的零""",
     ["电影院", "明星", "导演", "票房", "爆米花"]),

    # Qwen3-8B, thinking mode: each word in Chinese quotation marks in the answer.
    ("zh_van_41", "中秋节", """<think>
中秋节：月饼、月亮、团圆、嫦娥、赏月、桂花、思乡、玉兔。按这个顺序。
</think>

“月饼”，“月亮”，“团圆”，“嫦娥”，“赏月”，“桂花”，“思乡”，“玉兔”""",
     ["月饼", "月亮", "团圆", "嫦娥", "赏月", "桂花", "思乡", "玉兔"]),

    # QwQ-32B: “最终答案：” line cut mid-word by the token limit (“播…”).
    ("zh_van_42", "春天", """<think>
嗯，春天。春天最明显的特征是“花”开了，天气“温暖”，到处是“绿色”。人们会去“踏青”。还有“燕子”回来了，“春风”吹拂。农民开始“播种”。“希望”也是常见的抽象联想，一年之计在于春。

排序：花，温暖，绿色，踏青，燕子，春风，播种，希望。
</think>

最终答案：花，温暖，绿色，踏青，燕子，春风，播""",
     ["花", "温暖", "绿色", "踏青", "燕子", "春风"]),

    # Qwen2.5-7B-Instruct told to think step by step: one-line lead-in, list closed with “……”.
    ("zh_van_43", "交通", """经过一步一步分析，答案如下：

地铁，公交，堵车，红绿灯，汽车，出租车，高峰期，马路……""",
     ["地铁", "公交", "堵车", "红绿灯", "汽车", "出租车", "高峰期", "马路"]),

    # Qwen3-8B PPO-tuned (thinking kept): one-line thinking with 、, comma answer in another order.
    ("zh_ft_01", "飞机", """<think>
飞机：机场、天空、旅行、飞行员、机票、航班、云、翅膀。
</think>

机场，天空，旅行，航班，机票，飞行员，翅膀，云""",
     ["机场", "天空", "旅行", "航班", "机票", "飞行员", "翅膀", "云"]),

    # DeepSeek-R1-Distill-Qwen-7B fine-tuned: answer adds a word missing from the draft.
    ("zh_ft_02", "朋友", """<think>
朋友：友谊、信任、陪伴、同学、聊天、帮助。
</think>

友谊，信任，陪伴，同学，帮助，聊天，知己""",
     ["友谊", "信任", "陪伴", "同学", "帮助", "聊天", "知己"]),

    # Qwen3-8B fine-tuned, /no_think: end-of-turn special token left in the text.
    ("zh_ft_03", "电脑", """<think>

</think>

键盘，鼠标，屏幕，上网，游戏，办公，编程，联想<|im_end|>""",
     ["键盘", "鼠标", "屏幕", "上网", "游戏", "办公", "编程", "联想"]),

    # Qwen3-8B fine-tuned, thinking mode, 10-20 words: answer cut mid-word (“猫头…”).
    ("zh_ft_04", "森林", """<think>
森林：树木、绿色、动物、氧气、大自然、鸟、蘑菇、小溪、狼、熊、探险、迷路、阳光、落叶、松鼠、猫头鹰。
</think>

树木，绿色，动物，氧气，大自然，鸟，蘑菇，小溪，狼，熊，探险，迷路，阳光，落叶，松鼠，猫头""",
     ["树木", "绿色", "动物", "氧气", "大自然", "鸟", "蘑菇", "小溪", "狼", "熊", "探险", "迷路", "阳光", "落叶",
      "松鼠"]),

    # Llama-3.1-8B-Instruct fine-tuned, short step-by-step: “思考：” line with arrow and glosses, then “答案：”.
    ("zh_ft_05", "时间", """思考：时间 → 钟表、流逝、珍惜、金钱（时间就是金钱）、生命。
答案：钟表，流逝，珍惜，金钱，生命，岁月，过去，未来""",
     ["钟表", "流逝", "珍惜", "金钱", "生命", "岁月", "过去", "未来"]),
]

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = [
    # Qwen3-8B, thinking mode: the thinking restates the format ("Final Ranking:" not followed by a ranking); answer ends with the line.
    ("rk_en_01", """<think>
Okay, the user gave me five words associated with "dog": cat, bone, bark, leash, puppy. I need to rank them from most to least strongly associated, explain briefly, and then end with a line starting with "Final Ranking:" followed by all five words.

Let me think. "Cat" is a very common response to "dog" in association norms because of the pairing "cats and dogs." "Puppy" is a young dog, so it's very closely linked semantically. "Bark" is the sound a dog makes. "Bone" is what dogs chew. "Leash" is an accessory, probably weakest.

Between cat and puppy, which is stronger? In free association data, "cat" is usually the top response for "dog." So cat first, then puppy, then bark, bone, leash.
</think>

"Cat" is the most common free-association response to "dog," thanks to the familiar cats-and-dogs pairing. "Puppy" is next, since it is simply a young dog. "Bark" is the sound dogs make, "bone" is a classic dog treat, and "leash" is a more incidental accessory.

Final Ranking: cat, puppy, bark, bone, leash""",
     ["cat", "puppy", "bark", "bone", "leash"]),

    # DeepSeek-R1-Distill-Qwen-7B: a draft "Final Ranking:" line INSIDE the thinking, revised; answer "**Final Ranking:** ...".
    ("rk_en_02", """<think>
Okay, so I need to rank these words based on how strongly they're associated with "ocean." The words are water, wave, blue, fish, salt, sand. Let me think about each one.

Water is obviously the main thing an ocean is made of. Waves are what you see on the ocean. Blue is the color. Fish live in the ocean. Salt, because ocean water is salty. Sand is on the beach next to the ocean.

So a first attempt:

Final Ranking: water, wave, blue, fish, salt, sand

Hmm, wait. Is "blue" really stronger than "fish"? When people think of the ocean, they picture the blue color, so I think yes. But maybe "wave" should be first? Waves are the most iconic image of the ocean. Water is more like the substance... but people do say "ocean water" a lot. Let me go with wave first, then water, blue, fish, sand, salt. Sand might be more commonly associated than salt because of beaches.
</think>

To rank these words, I considered how directly each one relates to the ocean:

1. **Wave** – the most iconic feature of the ocean.
2. **Water** – what the ocean is made of.
3. **Blue** – the color most people picture.
4. **Fish** – the ocean's most familiar inhabitants.
5. **Sand** – found on the beaches along the ocean.
6. **Salt** – a property of seawater, but less often the first thing people think of.

**Final Ranking:** wave, water, blue, fish, sand, salt""",
     ["wave", "water", "blue", "fish", "sand", "salt"]),

    # QwQ-32B: "Final Ranking:" alone on its line, the ranking as a numbered list below it.
    ("rk_en_03", """<think>
Alright, let's tackle this. The cue is "doctor," and the words are nurse, hospital, sick, medicine, lawyer, stethoscope, patient.

First, "nurse" — in association norms, "doctor" → "nurse" is one of the strongest pairs. Then "hospital," where doctors work. "Patient" — doctors treat patients. "Medicine." "Sick." "Stethoscope" — iconic tool, but more specific. "Lawyer" is interesting: "doctor" and "lawyer" are often mentioned together as prestigious professions, but semantically it's a weaker link.

Hmm, should "sick" be above "medicine"? People go to the doctor when sick... but "medicine" is what the doctor gives. I'd say medicine slightly higher. Stethoscope vs sick — stethoscope is a very visual association. Let me put sick above stethoscope though, since it's more general.

So: nurse, hospital, patient, medicine, sick, stethoscope, lawyer.
</think>

Here's my reasoning: "nurse" and "hospital" are the most immediate associations, since doctors work alongside nurses in hospitals. "Patient" and "medicine" describe who doctors treat and what they prescribe. "Sick" is why people see a doctor, "stethoscope" is the doctor's iconic tool, and "lawyer" is linked mainly as another professional career.

Final Ranking:
1. Nurse
2. Hospital
3. Patient
4. Medicine
5. Sick
6. Stethoscope
7. Lawyer""",
     ["nurse", "hospital", "patient", "medicine", "sick", "stethoscope", "lawyer"]),

    # Qwen3-8B with /no_think: explanation, the ranking line, then a closing remark paragraph.
    ("rk_en_04", """<think>

</think>

"Butter" is the classic partner of bread, and "toast" is simply bread that has been toasted, so both are very strong. "Loaf" is the form bread comes in, "wheat" is its main ingredient, and "jam" is a common spread but a bit less direct.

Final Ranking: butter, toast, loaf, wheat, jam

Of course, associations can vary from person to person, but this order reflects the most typical responses.""",
     ["butter", "toast", "loaf", "wheat", "jam"]),

    # Qwen3-8B, thinking mode: unclosed <think> cut by the token limit before any ranking line; no answer.
    ("rk_en_05", """<think>
Okay, let me see. The cue word is "music", and the six words are song, notes, guitar, dance, radio, loud. I need to rank them from strongest to weakest association.

"Song" seems like the strongest — music is made of songs, and people use the words almost interchangeably. "Notes" is also very close, since music is written in notes. "Guitar" is an instrument, probably the most popular one. "Dance" — people dance to music. "Radio" — where people listen to music. "Loud" — music can be loud, but that's more of a property.

Hmm, but wait. Which is stronger, "notes" or "guitar"? If I think about free association, someone hearing "music" might say "notes" because of musical notation, especially if they learned an instrument. But "guitar" is a concrete object that many people picture. Then again, "dance" could be higher than both for some people, because music and dance are so often paired — "music and dance" is a common phrase.

Let me think about "radio" too. Before streaming, the radio was the main way people heard music. Now it's maybe less strong. And "loud" — "loud music" is a common collocation, like "turn down that loud music". So "loud" may actually be a stronger association than I initially thought. Hmm.

Let me try to settle the middle of the list. Song first, definitely. Then""",
     []),

    # DeepSeek-R1-Distill-Llama-8B: the final ranking line is cut mid-word by the token limit.
    # cut by the token limit
    ("rk_en_06", """<think>
Okay, the cue is winter. Words: snow, cold, ice, Christmas, summer, coat, ski, scarf. Snow is first for sure. Cold second. Ice third. Christmas is a big winter holiday. Summer is the opposite season, often associated as an antonym. Coat, scarf — clothing. Ski — a winter sport.

Order: snow, cold, ice, Christmas, coat, summer, scarf, ski.
</think>

Snow and cold are the defining features of winter, followed by ice. Christmas is the main winter holiday. Coats are what we wear in winter, and summer is its opposite season. Scarves and skiing are also linked to winter but less strongly.

Final Ranking: snow, cold, ice, Christmas, coat, summer, sca""",
     ["snow", "cold", "ice", "christmas", "coat", "summer"]),

    # DeepSeek-R1-Distill-Qwen-7B: a draft "Final Ranking:" inside an unclosed <think>, then the reasoning is cut; no answer.
    # AMBIGUOUS: the marker convention alone (last "Final Ranking" followed by a ranking)
    # would take the draft: cash, dollar, bank, rich, power, greed.
    ("rk_en_07", """<think>
Okay, so I need to rank these words by how strongly they're associated with "money." The words are cash, bank, rich, greed, dollar, power. Let me go through each one.

Cash is basically another word for money, so that's probably the strongest. Dollar is a unit of money, also very strong. Bank is where you keep money. Rich is what you are when you have a lot of money. Greed is a negative feeling about money. Power — money is often linked to power, like "money is power."

So maybe:

Final Ranking: cash, dollar, bank, rich, power, greed

Wait, but is "dollar" stronger than "bank"? Hmm. In everyday life people say "go to the bank to get money," so bank is very associated. But dollar is literally money. I think I'll keep dollar second. What about rich vs power? "Rich" is more directly about having money, while power is more abstract. And greed — "money and greed" is a common theme in movies and stories, like "greed is good" from Wall Street. Maybe greed should be above power? Let me think about it more carefully. If someone says "money," would they think "greed" or "power" fi""",
     []),

    # Llama-3.1-8B-Instruct told to think step by step: the final line numbers its items inline.
    ("rk_en_08", """Let's think step by step.

Step 1: Consider each word's relationship to "school".
- Teacher: teachers are central to school.
- Bus: the school bus is a common image, but it's about getting to school.
- Books: students use books at school.
- Homework: assigned by school, very strongly linked.
- Friends: school is where many people make friends.
- Learn: the main purpose of school.

Step 2: Order them by strength of association. Teacher and learn are the most central, followed by homework and books. Friends and bus are more peripheral.

Final Ranking: 1. teacher, 2. learn, 3. homework, 4. books, 5. friends, 6. bus""",
     ["teacher", "learn", "homework", "books", "friends", "bus"]),

    # DeepSeek-R1-Distill-Llama-8B: opening <think> missing, only "</think>".
    ("rk_en_09", """Alright, king. Queen is definitely first since king and queen go together. Crown second — kings wear crowns. Throne third. Ruler is kind of a definition, a king is a ruler. Chess has a king piece, but it's a weaker link. So queen, crown, throne, ruler, chess.
</think>

The word "queen" is the most natural counterpart to "king," and the crown and throne are the two most recognizable symbols of a king. "Ruler" describes what a king is, while "chess" refers to the king piece in the game, which is a more specialized association.

Final Ranking: queen, crown, throne, ruler, chess""",
     ["queen", "crown", "throne", "ruler", "chess"]),

    # QwQ-32B: the ranking line uses ">" between the words instead of commas.
    ("rk_en_10", """<think>
Hmm, fire. The words: hot, flame, burn, smoke, truck, red.

"Flame" is practically what fire looks like. "Hot" is its defining property. "Burn" is what fire does. "Smoke" comes from fire. "Red" is the color of fire, though flames are often orange. "Truck" — fire truck, a compound association, weaker.

Flame vs hot? In norms, "fire" → "hot" is very common. I'd say hot and flame are neck and neck. I'll put hot first because it's the most frequent response in association data I'm aware of. Then flame, burn, smoke, red, truck.
</think>

"Hot" and "flame" are the most direct associations: heat is fire's defining property and flames are its visible form. "Burn" and "smoke" describe what fire does and produces. "Red" is its typical color, and "truck" comes mostly from the compound "fire truck."

Final Ranking: hot > flame > burn > smoke > red > truck""",
     ["hot", "flame", "burn", "smoke", "red", "truck"]),

    # Qwen3-8B, thinking mode: bold ranking line, then a remark that mentions "Final Ranking" again (no ranking after it).
    ("rk_en_11", """<think>
The user wants me to rank bed, tired, dream, night, pillow, rest by association with "sleep". Bed is the strongest, I think. Then tired, since you sleep when you're tired. Dream happens during sleep. Night is when people sleep. Pillow is related to bed. Rest is almost a synonym.

Hmm, "rest" as a synonym might be quite strong. But in free association, people tend to say "bed" and "tired". I'll go with: bed, tired, dream, night, rest, pillow.
</think>

**Explanation:**
- **Bed** is where we sleep, making it the most immediate association.
- **Tired** is the feeling that leads to sleep.
- **Dream** is what happens while we sleep.
- **Night** is the usual time for sleeping.
- **Rest** is close in meaning but more general.
- **Pillow** is linked mainly through the bed.

**Final Ranking:** bed, tired, dream, night, rest, pillow

This Final Ranking reflects typical free-association responses, where concrete settings and feelings tend to come before near-synonyms.""",
     ["bed", "tired", "dream", "night", "rest", "pillow"]),

    # DeepSeek-R1-Distill-Qwen-7B: the ranking wrapped in \boxed{} after the marker.
    ("rk_en_12", """<think>
Okay, so I need to rank cup, morning, tea, caffeine, bean, black by association with coffee. Let me think. Caffeine is the key component, so that's probably strong. Morning, because people drink coffee in the morning. Cup — "cup of coffee." Tea — another drink, often compared to coffee. Bean — coffee beans. Black — black coffee.

Hmm, which is strongest? I think "cup" because "a cup of coffee" is such a common phrase. Then morning, caffeine, tea, bean, black.
</think>

"Cup" is the strongest because of the everyday phrase "a cup of coffee," followed by "morning," when most people drink it, and "caffeine," its best-known ingredient. "Tea" is the drink most often compared with coffee, while "bean" and "black" are more specific.

**Final Ranking:** \\boxed{cup, morning, caffeine, tea, bean, black}""",
     ["cup", "morning", "caffeine", "tea", "bean", "black"]),

    # Qwen3-8B, thinking mode: the ranking on separate "Rank n:" lines under the marker.
    ("rk_en_13", """<think>
Okay, the cue is "cat" and there are seven words: dog, mouse, meow, fur, kitten, pet, whiskers. The last line must start with "Final Ranking:" and list all seven.

Dog is the classic association — cats and dogs. Meow is the sound a cat makes, very strong. Kitten is a baby cat. Pet — cats are pets. Mouse — cats chase mice. Whiskers and fur are physical features.

Order: dog, meow, kitten, pet, mouse, whiskers, fur. I'll format the final ranking with rank labels so it's clear.
</think>

"Dog" is the most common response to "cat" because the two animals are so often paired. "Meow" is the cat's distinctive sound, and "kitten" is a young cat. "Pet" describes the cat's role, "mouse" is its classic prey, and "whiskers" and "fur" are physical features.

Final Ranking:
Rank 1: dog
Rank 2: meow
Rank 3: kitten
Rank 4: pet
Rank 5: mouse
Rank 6: whiskers
Rank 7: fur""",
     ["dog", "meow", "kitten", "pet", "mouse", "whiskers", "fur"]),

    # Qwen3-8B, thinking mode, k=10: the final line writes "seeds" for the given "seed" and ends with a period.
    ("rk_en_14", """<think>
Alright, ten words for "apple": fruit, red, tree, pie, computer, orange, worm, core, juice, seed.

Fruit is the category — very strong. Red is the classic color. Tree — apple tree. Pie — apple pie is iconic. Computer — Apple computers, a strong brand association nowadays. Orange — "apples and oranges." Juice — apple juice. Core, seed — parts of the apple. Worm — the worm in the apple, kind of a cartoon image.

Draft order: fruit, red, tree, pie, computer, juice, orange, core, seed, worm.

Hmm, should "computer" be higher? For younger people, maybe. But the fruit sense dominates. I'll keep it fifth. I should remember to write the Final Ranking line at the very end.
</think>

Since "apple" is first of all a fruit, "fruit" and its typical color "red" come first, followed by "tree" and the classic "pie." "Computer" reflects the famous brand. "Juice" and "orange" are common food associations, while "core," "seeds" and "worm" refer to parts of (or visitors to) the apple itself.

Final Ranking: fruit, red, tree, pie, computer, juice, orange, core, seeds, worm.""",
     ["fruit", "red", "tree", "pie", "computer", "juice", "orange", "core", "seeds", "worm"]),

    # DeepSeek-R1-Distill-Qwen-7B ignoring the format: ranking given in a sentence, no "Final Ranking" marker.
    ("rk_en_15", """<think>
Okay, so I need to rank umbrella, wet, cloud, storm, puddle by association with rain. Umbrella — you use it when it rains, very strong. Wet — rain makes things wet. Cloud — rain comes from clouds. Storm — heavy rain. Puddle — forms after rain.

I think umbrella, wet, cloud, storm, puddle.
</think>

Rain is most strongly associated with the umbrella we use to stay dry, followed by getting wet. Clouds are where rain comes from, storms bring heavy rain, and puddles are what rain leaves behind.

So the ranking from strongest to weakest is: umbrella, wet, cloud, storm, puddle.""",
     []),

    # Llama-3.2-3B-Instruct told to think step by step: lowercase marker, quoted words, trailing period.
    ("rk_en_16", """Let's think step by step.

A teacher works with students, so "student" is the strongest association. Teachers work in a "school" and teach a "class". Each class has a "lesson". The "apple" is a traditional gift for a teacher, but it is a weaker association.

final ranking: "student", "school", "class", "lesson", "apple".""",
     ["student", "school", "class", "lesson", "apple"]),

    # DeepSeek-R1-Distill-Qwen-7B: bracketed glosses after some words in the ranking line.
    ("rk_en_17", """<think>
Okay, car. Drive is what you do with a car. Road is where cars go. Wheel, engine — parts. Gas — fuel. Truck — similar vehicle. Let me rank: drive, road, wheel, engine, gas, truck.
</think>

When thinking about cars, the action of driving comes first, followed by the road. Wheels and the engine are key parts, gas is the fuel, and a truck is a related but different vehicle.

Final Ranking: drive (primary use), road (where cars go), wheel, engine, gas (fuel), truck (similar vehicle)""",
     ["drive", "road", "wheel", "engine", "gas", "truck"]),

    # Qwen3-8B, thinking mode, k=10: a draft "Final Ranking:" in the thinking, revised; the answer's line ends with a period.
    ("rk_en_18", """<think>
Okay, I need to rank ten words by their association with "justice": law, court, fair, judge, peace, truth, equal, crime, jury, police.

Let me go one by one. "Law" is probably the strongest — justice and law are tightly linked. "Court" — where justice is served. "Judge" — the person. "Fair" — fairness is the concept behind justice. "Equal" — equal justice. "Truth" — "truth and justice." "Peace" — "justice of the peace," or "no justice, no peace." "Crime" — crime and punishment, justice system. "Jury" — part of the court system. "Police" — law enforcement, more loosely linked.

A first pass:
Final Ranking: law, court, judge, fair, equal, truth, crime, jury, peace, police

Hmm, but "fair" is really the core meaning of justice. Maybe it should be above "court" and "judge." And "truth" — the phrase "truth, justice, and the American way" is well known, so maybe "truth" is higher than "equal." Let me revise: law, fair, court, judge, truth, equal, crime, jury, police, peace. Actually I'll keep peace above police, since "no justice, no peace" is a famous slogan.
</think>

"Law" is the most direct association with justice, and "fair" captures its core meaning. "Court" and "judge" are where and by whom justice is administered. "Truth" and "equal" are closely related ideals, while "crime" and "jury" belong to the justice system. "Peace" appears in well-known phrases, and "police" is linked more loosely through law enforcement.

Final Ranking: law, fair, court, judge, truth, equal, crime, jury, peace, police.""",
     ["law", "fair", "court", "judge", "truth", "equal", "crime", "jury", "peace", "police"]),

    # QwQ-32B: the answer's explanation is cut by the token limit before the ranking line; the draft in the thinking has no marker.
    ("rk_en_19", """<think>
Let's see, house: home, door, roof, family, garden, window.

"Home" is nearly a synonym — strongest. Then physical parts: roof, door, window. "Family" — people who live in a house. "Garden" — often attached to a house.

Roof vs door? When people draw a house, the roof is the defining shape. I'd say roof, then door, window. Family is conceptual; maybe after door. Order: home, roof, door, family, window, garden.
</think>

"Home" is almost a synonym for "house," so it is by far the strongest association. Among the physical features, the "roof" gives a house its characteristic shape, followed by the "door," which is how we enter it. "Family" is linked to the people who live inside, while "window" and "garden" are""",
     []),

    # Llama-3.1-8B-Instruct, step by step: a "Step 3: Final Ranking" heading with a glossed list, then the real last line.
    ("rk_en_20", """Let's think step by step.

Step 1: Understand the cue. Summer is the warmest season of the year.

Step 2: Evaluate each word.
- Sun: summer days are long and sunny.
- Hot: summer is the hottest season.
- Beach: a popular summer destination.
- Vacation: many people take vacations in summer.
- Winter: the opposite season.
- Swim: a common summer activity.

Step 3: Final Ranking
1. Hot - the defining feature of summer
2. Sun - closely tied to hot weather
3. Beach - the classic summer place
4. Vacation - summer break
5. Swim - summer activity
6. Winter - opposite season

Final Ranking: hot, sun, beach, vacation, swim, winter""",
     ["hot", "sun", "beach", "vacation", "swim", "winter"]),

    # Qwen3-8B, thinking mode (Chinese): the thinking restates the format (“最终排名：” not followed by a ranking).
    ("rk_zh_01", """<think>
好的，用户给了五个和“春节”相关的词：红包，饺子，鞭炮，春联，团圆。需要按联想强度从强到弱排序，先简要说明理由，最后以“最终排名：”开头列出全部五个词。

我来分析一下。“团圆”是春节的核心意义，春节就是家人团聚的节日。“红包”是春节最具代表性的习俗之一，尤其对孩子来说。“饺子”是北方过年必吃的食物，但南方不一定吃。“鞭炮”和“春联”也是传统习俗，不过现在很多城市禁放鞭炮，所以鞭炮的联想可能稍弱一些。

排序：团圆，红包，饺子，春联，鞭炮。
</think>

春节最核心的意义是家人“团圆”，因此排在第一；“红包”是春节最具代表性的习俗；“饺子”是年夜饭的重要食物；“春联”家家户户都会贴；“鞭炮”虽然传统，但如今很多城市已禁放，联想稍弱。

最终排名：团圆，红包，饺子，春联，鞭炮""",
     ["团圆", "红包", "饺子", "春联", "鞭炮"]),

    # DeepSeek-R1-Distill-Qwen-7B: a draft “最终排名：” line INSIDE the thinking, revised; answer “**最终排名：** ...”.
    ("rk_zh_02", """<think>
嗯，用户让我把嫦娥，月饼，中秋，星星，夜晚，月光按和“月亮”的联想强度排序。

首先，“月光”是月亮发出的光，关系最直接。“中秋”是赏月的节日。“嫦娥”是奔月的神话人物。“月饼”是中秋节吃的。“星星”和月亮一起出现在夜空中。“夜晚”是月亮出现的时间。

我先排一下：
最终排名：月光，中秋，嫦娥，月饼，星星，夜晚

嗯，不过再想想，“星星”和“月亮”经常一起说，联想应该很强，可能比月饼强。“夜晚”也是。月饼是通过中秋间接联系的。那调整一下：月光，中秋，嫦娥，星星，夜晚，月饼。
</think>

“月光”是月亮本身发出的光，联系最直接；“中秋”是赏月的节日；“嫦娥”奔月的神话家喻户晓；“星星”常与月亮同时出现在夜空；“夜晚”是月亮出现的时间；“月饼”则是通过中秋节间接联系。

**最终排名：** 月光，中秋，嫦娥，星星，夜晚，月饼""",
     ["月光", "中秋", "嫦娥", "星星", "夜晚", "月饼"]),

    # QwQ-32B (Chinese): “最终排名：” alone on its line, numbered list below.
    ("rk_zh_03", """<think>
好，老师。学生——老师教的对象，最强。黑板、粉笔、讲台是教室里的东西，都和老师上课有关。园丁是比喻，“辛勤的园丁”，常用于歌颂老师，但属于修辞层面的联想。

黑板和粉笔哪个强？老师用粉笔在黑板上写字，两个差不多。我觉得黑板更显眼一些。讲台也是老师站的地方。

排序：学生，黑板，粉笔，讲台，园丁。
</think>

“学生”是老师教学的对象，联系最紧密；“黑板”和“粉笔”是老师上课最常用的工具；“讲台”是老师讲课的位置；“园丁”是对老师的比喻，属于修辞上的联想。

最终排名：
1. 学生
2. 黑板
3. 粉笔
4. 讲台
5. 园丁""",
     ["学生", "黑板", "粉笔", "讲台", "园丁"]),

    # Qwen3-8B with /no_think: explanation, ranking line, then a remark paragraph.
    ("rk_zh_04", """<think>

</think>

咖啡最主要的作用是“提神”，因此排第一；“苦”是咖啡最典型的味道；“熬夜”时人们常靠咖啡支撑；“咖啡馆”是喝咖啡的场所；“牛奶”常加在咖啡里；“茶”是另一种饮品，联系相对较弱。

最终排名：提神，苦，熬夜，咖啡馆，牛奶，茶

以上排序仅供参考，不同人的联想可能有所不同。""",
     ["提神", "苦", "熬夜", "咖啡馆", "牛奶", "茶"]),

    # Qwen3-8B, thinking mode: unclosed <think> cut before any ranking; no answer.
    ("rk_zh_05", """<think>
好的，用户让我把这七个词按照与“夏天”的联想强度排序：炎热，西瓜，空调，游泳，暑假，蝉，冰淇淋。

首先，“炎热”是夏天最本质的特征，应该排第一。然后是“西瓜”，夏天吃西瓜几乎是全民习惯。“空调”，现在夏天离不开空调。“暑假”，对学生来说夏天就等于暑假。“冰淇淋”，消暑的食物。“游泳”，夏天的运动。“蝉”，夏天的声音。

不过，“暑假”会不会比“西瓜”更强？对于学生来说可能是，但对于成年人来说，西瓜和空调更日常。嗯，题目说的是“人们”，应该考虑一般人群。

那么“蝉”呢？蝉鸣是夏天的标志性声音，文学作品里经常出现。但是城市里的人可能不太""",
     []),

    # DeepSeek-R1-Distill-Llama-8B, reasoning in English: the Chinese ranking line is cut mid-word (“听诊…”).
    # cut by the token limit
    ("rk_zh_06", """<think>
The cue is 医生 (doctor). Words: 护士 (nurse), 医院 (hospital), 病人 (patient), 白大褂 (white coat), 听诊器 (stethoscope), 药 (medicine). Nurse is strongest, then hospital, patient, white coat, stethoscope, medicine.
</think>

“护士”与医生配合工作，联系最紧密；“医院”是医生工作的地方；“病人”是医生服务的对象；“白大褂”和“听诊器”是医生的标志；“药”是医生开出的处方。

最终排名：护士，医院，病人，白大褂，听诊""",
     ["护士", "医院", "病人", "白大褂"]),

    # Llama-3.1-8B-Instruct, step by step (Chinese): the ranking line numbers its items inline.
    ("rk_zh_07", """让我们一步一步思考。

第一步：分析每个词与“学校”的关系。
- 老师：学校里负责教学的人。
- 学生：学校里学习的人。
- 教室：上课的地方。
- 操场：课间活动的地方。
- 考试：学校定期举行。
- 作业：老师布置给学生的任务。

第二步：按照联想强度排序。学生和老师是学校最核心的成员，其次是教室，然后是作业和考试，最后是操场。

最终排名：1. 学生，2. 老师，3. 教室，4. 作业，5. 考试，6. 操场""",
     ["学生", "老师", "教室", "作业", "考试", "操场"]),

    # DeepSeek-R1-Distill-Llama-8B: opening tag missing, English reasoning, Chinese answer.
    ("rk_zh_08", """Okay, so the cue is 钱 (money) and the words are 财富 (wealth), 银行 (bank), 工作 (work), 贪婪 (greed), 人民币 (RMB). RMB is literally money in China, so it's first. Wealth is close in meaning. Bank stores money. Work earns money. Greed is a negative association. Order: 人民币, 财富, 银行, 工作, 贪婪.
</think>

“人民币”就是中国的钱，联系最直接；“财富”与钱意义相近；“银行”是存钱的地方；“工作”是赚钱的途径；“贪婪”是与钱相关的负面联想，最弱。

最终排名：人民币，财富，银行，工作，贪婪""",
     ["人民币", "财富", "银行", "工作", "贪婪"]),

    # QwQ-32B (Chinese): ranking joined with ">" instead of commas.
    ("rk_zh_09", """<think>
嗯，大海。海浪是大海最典型的景象，排第一。蓝色是大海的颜色。沙滩是海边。鱼生活在海里。海鸥在海上飞。船在海上航行。

蓝色和沙滩哪个强？提到大海，人们首先想到蔚蓝的颜色，我觉得蓝色更强。然后沙滩，鱼，船，海鸥。嗯，船比海鸥强吗？船是人们出海的工具，应该强一点。
</think>

“海浪”是大海最直观的景象；“蓝色”是大海的颜色；“沙滩”是人们亲近大海的地方；“鱼”生活在海里；“船”在海上航行；“海鸥”是海边常见的鸟，联想相对较弱。

最终排名：海浪 > 蓝色 > 沙滩 > 鱼 > 船 > 海鸥""",
     ["海浪", "蓝色", "沙滩", "鱼", "船", "海鸥"]),

    # Qwen3-8B, thinking mode: ranking line, then a remark mentioning “最终排名” with no ranking after it.
    ("rk_zh_10", """<think>
长城的联想词：中国，秦始皇，烽火台，八达岭，城墙。中国最强，长城是中国的象征。秦始皇修长城。城墙是长城本身的结构。烽火台是长城上的设施。八达岭是具体的景点。

排序：中国，秦始皇，城墙，烽火台，八达岭。
</think>

长城是中国的象征，所以“中国”排在第一；“秦始皇”修筑长城的故事家喻户晓；“城墙”是长城本身的形态；“烽火台”是长城上的防御设施；“八达岭”是最著名的长城景点，但属于具体地名。

最终排名：中国，秦始皇，城墙，烽火台，八达岭

这个最终排名主要考虑了普通人的第一反应，而不是历史学上的重要性。""",
     ["中国", "秦始皇", "城墙", "烽火台", "八达岭"]),

    # DeepSeek-R1-Distill-Qwen-7B: the ranking after the marker wrapped in \boxed{}.
    ("rk_zh_11", """<think>
嗯，雪。冬天下雪，所以冬天最强。然后是白色，雪是白的。寒冷。雪人，小孩子堆雪人。滑雪是运动。圣诞节有雪的意象，但在中国联系弱一些。

排序：冬天，白色，寒冷，雪人，滑雪，圣诞节。
</think>

雪通常出现在“冬天”，颜色是“白色”，天气“寒冷”；“雪人”和“滑雪”是与雪相关的活动；“圣诞节”在西方文化中常与雪联系在一起，在中国联想较弱。

最终排名：\\boxed{冬天，白色，寒冷，雪人，滑雪，圣诞节}""",
     ["冬天", "白色", "寒冷", "雪人", "滑雪", "圣诞节"]),

    # Qwen3-8B, thinking mode: “第n名：” labels on separate lines under the marker.
    ("rk_zh_12", """<think>
手机的联想：微信，电话，屏幕，充电，游戏，苹果。现在大家用手机最多的是微信，比打电话还多。所以微信第一，电话第二。屏幕是手机最显眼的部分。充电每天都要。游戏是娱乐。苹果是品牌。
</think>

如今人们使用手机最频繁的功能是“微信”，其次才是“电话”这一基本功能；“屏幕”是手机最直观的部分；“充电”是日常必需；“游戏”是常见的娱乐；“苹果”是具体品牌，联想相对较弱。

最终排名：
第1名：微信
第2名：电话
第3名：屏幕
第4名：充电
第5名：游戏
第6名：苹果""",
     ["微信", "电话", "屏幕", "充电", "游戏", "苹果"]),

    # DeepSeek-R1-Distill-Qwen-7B: the ranking line writes “玫瑰花” for the given “玫瑰”.
    ("rk_zh_13", """<think>
嗯，爱情。给的词是浪漫，玫瑰，婚姻，心动，承诺，分手。浪漫最强，然后是心动，爱情开始于心动。玫瑰花是爱情的象征。承诺，婚姻是爱情的结果。分手是负面的，最弱。
</think>

“浪漫”是人们对爱情最普遍的感受；“心动”是爱情的开始；“玫瑰花”是爱情的象征；“承诺”与“婚姻”代表爱情的延续；“分手”是爱情的结束，联想最弱。

最终排名：浪漫，心动，玫瑰花，承诺，婚姻，分手""",
     ["浪漫", "心动", "玫瑰花", "承诺", "婚姻", "分手"]),

    # Qwen3-8B with /no_think ignoring the format: “排序结果：” instead of the marker.
    ("rk_zh_14", """<think>

</think>

猫最常见的身份是“宠物”，外表“可爱”；“喵”是猫的叫声；“老鼠”是猫的传统猎物；“鱼”是猫爱吃的食物；“狗”常与猫对比出现。

排序结果：宠物，可爱，喵，老鼠，鱼，狗""",
     []),

    # QwQ-32B: full-width bracketed glosses after some words in the ranking line.
    ("rk_zh_15", """<think>
北京：首都，天安门，故宫，烤鸭，胡同，长城，雾霾，地铁。首都是北京的身份，最强。天安门是标志。故宫、长城是名胜。烤鸭是美食。胡同是老北京特色。地铁是日常交通。雾霾是负面联想，近几年改善了，放最后。
</think>

北京作为“首都”的身份最为突出；“天安门”和“故宫”是其标志性建筑；“长城”是最著名的景点之一；“烤鸭”代表北京美食；“胡同”体现老北京文化；“地铁”是日常出行方式；“雾霾”则是负面联想。

最终排名：首都（最直接），天安门（标志性建筑），故宫，长城，烤鸭（代表美食），胡同，地铁，雾霾（负面联想）""",
     ["首都", "天安门", "故宫", "长城", "烤鸭", "胡同", "地铁", "雾霾"]),

    # DeepSeek-R1-Distill-Qwen-7B, English reasoning: English glosses after each word in the ranking line.
    ("rk_zh_16", """<think>
Okay, the cue is 妈妈 (mom). The words are 爱 (love), 温暖 (warmth), 家 (home), 做饭 (cooking), 唠叨 (nagging). Love is the strongest. Warmth next. Home. Cooking — moms often cook. Nagging — a common joke about moms, but weaker.
</think>

“爱”是妈妈给人最深的感受；“温暖”是母爱的体现；“家”是妈妈所在的地方；“做饭”是妈妈常做的事；“唠叨”是对妈妈的常见调侃，联想最弱。

最终排名：爱 (love)，温暖 (warmth)，家 (home)，做饭 (cooking)，唠叨 (nagging)""",
     ["爱", "温暖", "家", "做饭", "唠叨"]),

    # QwQ-32B: answer cut by the token limit in its explanation, before the marker; the thinking's draft has no marker.
    ("rk_zh_17", """<think>
考试：紧张，分数，复习，试卷，作弊，高考，及格。紧张最强，大家考试都紧张。分数是考试的结果。复习是考前准备。试卷是考试的载体。高考是最重要的考试。及格是底线。作弊是负面的。

初步顺序：紧张，分数，复习，试卷，高考，及格，作弊。
</think>

提到“考试”，人们最先想到的往往是“紧张”的情绪；其次是考试的结果“分数”；“复习”是考前必不可少的准备；“试卷”是考试的载体；“高考”是中国学生最重要的一次考试；而“及格”""",
     []),

    # Qwen3-8B, thinking mode: marker inside a sentence, “综上，最终排名为：...”.
    ("rk_zh_18", """<think>
茶：绿茶，茶叶，龙井，茶杯，喝茶，清香。茶叶是茶的原料，最强。喝茶是动作，也很强。绿茶是最常见的茶类。龙井是名茶。清香是味道。茶杯是器具。
</think>

“茶叶”是茶的本体，联系最直接；“喝茶”是最常见的相关行为；“绿茶”是中国最普遍的茶类；“龙井”是著名的绿茶品种；“清香”描述茶的气味；“茶杯”是饮茶的器具。

综上，最终排名为：茶叶，喝茶，绿茶，龙井，清香，茶杯""",
     ["茶叶", "喝茶", "绿茶", "龙井", "清香", "茶杯"]),

    # DeepSeek-R1-Distill-Qwen-7B: draft “最终排名：” in the thinking, a different final line, then \boxed{} repeating it.
    ("rk_zh_19", """<think>
嗯，火。火焰是火的样子，最强。热是火的特性。燃烧是火的过程。烟是火产生的。危险，火很危险。消防员是灭火的人。

最终排名：火焰，热，燃烧，烟，危险，消防员

等等，“燃烧”其实就是火的本质，应该比“热”更强。“危险”也比“烟”更常被想到，比如“玩火危险”。调整一下。
</think>

“火焰”是火最直观的形态；“燃烧”是火的本质过程；“热”是火的主要特性；“危险”是人们对火的普遍认识；“烟”是燃烧的产物；“消防员”是与火相关的职业。

最终排名：火焰，燃烧，热，危险，烟，消防员

\\boxed{火焰，燃烧，热，危险，烟，消防员}""",
     ["火焰", "燃烧", "热", "危险", "烟", "消防员"]),

    # Qwen2.5-7B-Instruct, step by step: bold marker with the colon outside the bold, ranking on the next line.
    ("rk_zh_20", """好的，让我们一步一步来分析。

1. “国宝”：熊猫被称为中国的国宝，联想最强。
2. “竹子”：熊猫以竹子为食。
3. “可爱”：熊猫外形憨态可掬。
4. “黑白”：熊猫的毛色特征。
5. “四川”：熊猫的主要栖息地。
6. “动物园”：人们通常在动物园看到熊猫。

**最终排名**：
国宝，竹子，可爱，黑白，四川，动物园""",
     ["国宝", "竹子", "可爱", "黑白", "四川", "动物园"]),
]

TRUNCATED = {
    "en_van_08",  # reasoning cut mid-word ("itse"), no answer
    "en_van_09",  # reasoning cut mid-word ("sw"), no answer
    "en_van_12",  # answer line cut ("cata")
    "en_van_34",  # reasoning cut mid-word ("iconi"), no answer
    "en_van_42",  # cut inside the last item's gloss ("accompa")
    "en_ft_04",   # answer line cut ("fen")
    "zh_van_08",  # reasoning cut mid-word (“言论自”), no answer
    "zh_van_12",  # answer line cut (“颐和”)
    "zh_van_29",  # reasoning cut mid-word ("ord"), no answer
    "zh_van_34",  # reasoning cut mid-word (“智”), no answer
    "zh_van_40",  # cut inside the last item's gloss (“零”)
    "zh_van_42",  # answer line cut (“播”)
    "zh_ft_04",   # answer line cut (“猫头”)
}

AMBIGUOUS = {
    "en_van_39",  # other reading: the thinking's "Final list:" (glass, view, light, curtain, frame, open, see, clear)
    "en_van_40",  # other reading: append the alternative words (vacation, resort, cocktails, sunbathing)
    "zh_van_37",  # other reading: append the optional words (愤怒, 警告)
    "rk_en_07",   # other reading: the draft after the last marker (cash, dollar, bank, rich, power, greed)
}
