"""Blind answer corpus 47 for the word-association answer parser.

Written blind on 2026-12-08 by a helper session: no parser, test, benchmark
or other repository file was read, no parser was run, and every text below
was invented for this file.

EMPHASIS (corpus 47): a representative sample of reasoning models that
researchers put beside 7-8B chat models: DeepSeek-R1-Distill-Qwen-7B,
DeepSeek-R1-Distill-Llama-8B, QwQ-32B, Qwen3-8B in thinking mode, and an
o1-style API model whose reasoning is hidden.  They answer the association
prompt (EN and ZH) and the ranking prompt.  Their outputs hold a
<think> ... </think> block (sometimes the opening tag is missing because the
chat template adds it, sometimes it is never closed because max_new_tokens
ran out, sometimes it is in Mandarin for an English prompt or the reverse),
with candidate lists, revisions and self-corrections inside, then the final
answer, which may be terse, a numbered list, a bold "**Final answer:**" line,
a \\boxed{...}, or prose.  Distilled 7-8B models also loop, switch language,
or restate the prompt.  Expected words come from the final answer after the
thinking, never from the thinking; an answer whose thinking never ended
expects [] unless a final list was given.  A few "fine-tuned" cases (ids
*_ft_*) imitate a reasoning model further tuned on the association task:
short thinking, terse answers.

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
    tellers"), the words it names as associations are the list;
  * (emphasis of this corpus) words inside <think> ... </think> never count;
    an unclosed thinking block with no final list expects [].
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

# ---------------------------------------------------------------------------
# English association lists
# ---------------------------------------------------------------------------

EN_LISTS = [
    # DeepSeek-R1-Distill-Qwen-7B, 5-10; chat template already opened <think>,
    # so the completion starts inside the thinking and only "</think>" shows.
    ("en_van_01", "ocean",
     """Okay, so I need to list words that come to mind when I read "ocean." Let me think. The first thing is water, obviously. Then waves. Maybe beach, since oceans meet the shore. Fish, whales, salt... Blue is a strong one too. Deep. Tide.

Let me order them by strength. Water is first. Waves next. Then blue, beach, fish, salt, deep, whale, tide.

That's nine words, which is between 5 and 10. Okay.
</think>

Water, waves, blue, beach, fish, salt, deep, whale, tide""",
     ["water", "waves", "blue", "beach", "fish", "salt", "deep", "whale", "tide"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; full tags, bold "Answer:" then numbered.
    ("en_van_02", "bank",
     """<think>
Okay, so I need to figure out the words associated with "bank". Hmm, bank can mean a financial institution or a river bank. The more common meaning is the money one, I think. Let me list: money, account, loan, teller, ATM, river, savings, deposit, interest, vault.

Wait, should river come so early? Probably not, the financial meaning is stronger for most people. I'll put river at the end.

So: money, account, loan, deposit, savings, ATM, teller, interest, vault, river. That's 10. Good.
</think>

**Answer:**

1. Money
2. Account
3. Loan
4. Deposit
5. Savings
6. ATM
7. Teller
8. Interest
9. Vault
10. River""",
     ["money", "account", "loan", "deposit", "savings", "atm", "teller", "interest", "vault", "river"]),

    # QwQ-32B, 5-10; long thinking with a first draft and a revision, then a
    # bold "**Final answer:**" line.
    ("en_van_03", "freedom",
     """<think>
Okay, the user wants me to list words that come to mind when reading "freedom." Let me start by brainstorming. The first thing that pops up is "liberty" since they're almost synonyms. Then "independence," like Independence Day. "Democracy" is related. "Rights" — human rights, civil rights. "Choice" is a big one, freedom of choice. "Flag" maybe, because of the patriotic imagery. "Bird" — birds flying are a common symbol of freedom. "Peace"?

So a first draft: liberty, independence, democracy, rights, choice, flag, bird, peace.

Hmm, but wait. Is "bird" really strongly associated for most people, or is it more of a poetic image? Maybe I should swap it for "justice." And "choice" might be stronger than "democracy" — when people think of freedom in everyday terms, it's about being able to choose.

Let me reorder: liberty, independence, choice, democracy, rights, flag, peace, justice. That's eight, within the 5-10 range.

Wait, should "flag" be that high? It's fine near the end. Alright, I think that works. Let me make sure they're separated by commas as asked.
</think>

**Final answer:** liberty, independence, choice, democracy, rights, flag, peace, justice""",
     ["liberty", "independence", "choice", "democracy", "rights", "flag", "peace", "justice"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; answer in \boxed{...} after a lead-in.
    ("en_van_04", "coffee",
     r"""<think>
Alright, so I have to come up with words associated with "coffee." Let me brainstorm. Coffee is a drink, so cup, mug. It has caffeine, which keeps people awake, so morning. Types of coffee: espresso, latte, cappuccino. Coffee beans. Starbucks is a famous coffee shop.

Now I need to order them. Caffeine is probably the strongest, then morning, cup, espresso, beans, Starbucks, latte, mug. That's 8 words.
</think>

The words most strongly associated with "coffee" are:

\boxed{caffeine, morning, cup, espresso, beans, Starbucks, latte, mug}""",
     ["caffeine", "morning", "cup", "espresso", "beans", "starbucks", "latte", "mug"]),

    # Qwen3-8B thinking mode, 5-10; terse comma list after the thinking.
    ("en_van_05", "doctor",
     """<think>
Okay, the user wants me to list words that come to mind when I read "doctor." Let me start by thinking about the most common associations. The first thing is probably "nurse," since doctors and nurses work together. Then "hospital," where doctors work. "Medicine" is also strongly connected. "Stethoscope" is a classic doctor tool. "Patient" is important too.

Other words could be "white coat," "health," "surgeon," "clinic," "prescription." Let me check the order. Nurse and hospital should be first, then medicine, stethoscope, patient. Then white coat, health, surgeon, clinic, prescription. That makes 10 words, which is the maximum. I should separate them with commas and not add explanations.
</think>

nurse, hospital, medicine, stethoscope, patient, white coat, health, surgeon, clinic, prescription""",
     ["nurse", "hospital", "medicine", "stethoscope", "patient", "white coat", "health", "surgeon", "clinic", "prescription"]),

    # Qwen3-8B with thinking switched off (/no_think): empty think block.
    ("en_van_06", "winter",
     """<think>

</think>

Snow, cold, ice, Christmas, scarf, frost, sledding, hot chocolate, December, fireplace""",
     ["snow", "cold", "ice", "christmas", "scarf", "frost", "sledding", "hot chocolate", "december", "fireplace"]),

    # o1-style API model, reasoning hidden; only the terse final answer.
    ("en_van_07", "dog",
     """Cat, bark, puppy, loyal, leash, bone, pet, tail, walk, fetch""",
     ["cat", "bark", "puppy", "loyal", "leash", "bone", "pet", "tail", "walk", "fetch"]),

    # o1-style API model, numbered list with one parenthetical gloss.
    ("en_van_08", "justice",
     """1. Law
2. Court
3. Fairness
4. Judge
5. Equality
6. Rights
7. Truth
8. Scales (of justice)
9. Punishment
10. Jury""",
     ["law", "court", "fairness", "judge", "equality", "rights", "truth", "scales", "punishment", "jury"]),

    # DeepSeek-R1-Distill-Llama-8B, 5-10; opening tag added by the template;
    # "Sure!" preamble in the answer.
    ("en_van_09", "run",
     """Okay, so I need to come up with words that come to mind when I read "run." Let me think about this. Run is a verb, it means moving fast with your legs. So the first thing is probably "jog" or "sprint." Also "race," like a running race. "Marathon" is a long run. "Fast" because running is fast. "Exercise" since people run for fitness. "Shoes," running shoes. "Track," like a running track. Also "escape," like run away.

Let me put them in order. Jog, race, sprint, fast, marathon, exercise, track, shoes, escape. That's 9 words. I think that's good.
</think>

Sure! Here are the words that come to mind for "run":

Jog, race, sprint, fast, marathon, exercise, track, shoes, escape""",
     ["jog", "race", "sprint", "fast", "marathon", "exercise", "track", "shoes", "escape"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; English prompt but the thinking
    # drifts into Mandarin; the answer is in English.
    ("en_van_10", "happy",
     """<think>
嗯，用户让我列出看到“happy”这个词时想到的词，5到10个，用逗号分开，最相关的放在前面。首先想到的是 joy，然后是 smile，laughter 也很相关。还有 sunshine，birthday，excited，cheerful，fun。

我觉得 joy 应该排第一，smile 第二。好的，一共8个，符合要求。
</think>

Joy, smile, laughter, sunshine, birthday, excited, cheerful, fun""",
     ["joy", "smile", "laughter", "sunshine", "birthday", "excited", "cheerful", "fun"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; English prompt, thinking in English,
    # but the final answer switches wholly to Chinese.
    ("en_van_11", "music",
     """<think>
Okay, so the user wants words associated with "music." Let me think. Melody, song, rhythm, instrument, piano, singer, headphones, concert. Those are the main ones. I'll list them in order.
</think>

旋律，歌曲，节奏，乐器，钢琴，歌手，耳机，音乐会""",
     ["旋律", "歌曲", "节奏", "乐器", "钢琴", "歌手", "耳机", "音乐会"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; thinking loops on the ordering and is
    # never closed: max_new_tokens cuts it mid-word. No final list.
    ("en_van_12", "fire",
     """<think>
Okay, so I need to list words associated with "fire." Let me think. Fire is hot, so heat. Flames. Smoke. Burn. Firefighter. Campfire. Red, orange.

Wait, maybe I should put heat first. Or flame first. Let me think again. Fire, flame, heat, smoke... Hmm, but fire is the word itself, so I shouldn't include it.

Wait, maybe I should put heat first. Or flame first. Let me think again. Flame, heat, smoke, burn...

Wait, maybe I should put heat first. Or flame first. Let me think again. Flame, heat, smoke, burn...

Wait, maybe I should put heat first. Or flame first. Let me think again. Flame, heat, sm""",
     []),

    # QwQ-32B, 5-10; final answer is a prose sentence naming the words.
    ("en_van_13", "school",
     """<think>
Okay, so the task is to list words associated with "school." Let me brainstorm: teacher, students, classroom, homework, books, learning, bus, exams, recess, lunch, principal, desk.

That's twelve, too many. I need at most ten. Let me drop "desk" and "principal" and "lunch" — those feel weaker. Now order: teacher is probably the strongest, then students, classroom, homework, books, learning, bus, exams, recess. Nine words. Good.

Maybe I'll phrase the answer as a sentence so it reads naturally, but still in order.
</think>

When I read "school," the words that come to mind, from strongest to weakest, are: teacher, students, classroom, homework, books, learning, bus, exams, and recess.""",
     ["teacher", "students", "classroom", "homework", "books", "learning", "bus", "exams", "recess"]),

    # DeepSeek-R1-Distill-Llama-8B, 5-10; answer first restates the prompt.
    ("en_van_14", "money",
     """<think>
Okay, so I need to list words that come to mind when I read "money." Let's see. Cash is the first thing. Dollar. Bank. Rich, wealth. Coins. Gold. Spend. Greed. Okay, that's nine.
</think>

List the words that come to mind when you read the word "money". Give between 5 and 10 words, separated by commas, the most strongly associated first.

Cash, dollar, bank, rich, wealth, coins, gold, spend, greed""",
     ["cash", "dollar", "bank", "rich", "wealth", "coins", "gold", "spend", "greed"]),

    # DeepSeek-R1-Distill-Qwen-7B, 10-20; explained numbered answer cut by
    # the token limit in the middle of item 10.
    ("en_van_15", "green",
     """<think>
Okay, the user wants 10 to 20 words associated with "green." Let me think. Grass is the obvious one. Nature, trees, leaves. Environment, like going green. Money — in the US, dollars are green. Envy, "green with envy." Lime, emerald, frog, spring, St. Patrick's Day, traffic light (green means go), salad, recycling.

I'll order them: grass, nature, trees, leaves, environment, money, go, spring, envy, lime, emerald, frog, salad, recycling, St. Patrick's Day. Fifteen. I'll give a short explanation for each.
</think>

Here are the words associated with "green":

1. **Grass** – the most common green thing we see every day
2. **Nature** – green is the color of the natural world
3. **Trees** – forests and leaves
4. **Leaves** – especially in spring and summer
5. **Environment** – "going green" means being eco-friendly
6. **Money** – US dollars are green
7. **Go** – a green traffic light means go
8. **Spring** – the season when everything turns green
9. **Envy** – "green with envy"
10. **Lim""",
     ["grass", "nature", "trees", "leaves", "environment", "money", "go", "spring", "envy"]),

    # QwQ-32B, 5-10; thinking drafts a different list; final answer is a
    # numbered bold list with multi-word items.
    ("en_van_16", "Shakespeare",
     """<think>
Alright, the word is "Shakespeare." Immediate associations: Hamlet, Romeo and Juliet, playwright, plays, sonnets, Globe Theatre, England, Elizabethan, quill, "to be or not to be."

First draft: Hamlet, Romeo and Juliet, playwright, plays, sonnets, England, quill.

Hmm, "plays" and "playwright" overlap. Let me drop "plays." "England" is a bit generic — maybe "Stratford-upon-Avon" is more specific, though less people know it. I'll also add "Macbeth" and "tragedy." And "Globe Theatre" should be fairly high.

Revised: Hamlet, Romeo and Juliet, playwright, Globe Theatre, sonnets, Elizabethan, Macbeth, Stratford-upon-Avon, tragedy, quill. That's ten exactly. Good.
</think>

1. **Hamlet**
2. **Romeo and Juliet**
3. **Playwright**
4. **Globe Theatre**
5. **Sonnets**
6. **Elizabethan**
7. **Macbeth**
8. **Stratford-upon-Avon**
9. **Tragedy**
10. **Quill**""",
     ["hamlet", "romeo and juliet", "playwright", "globe theatre", "sonnets", "elizabethan", "macbeth", "stratford-upon-avon", "tragedy", "quill"]),

    # o1-style API model; one-line preamble and closing offer.
    ("en_van_17", "bread",
     """Here are the associations, strongest first:

butter, toast, loaf, bakery, wheat, sandwich, dough, yeast, crust

Let me know if you'd like more!""",
     ["butter", "toast", "loaf", "bakery", "wheat", "sandwich", "dough", "yeast", "crust"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; the answer itself loops, repeating
    # the list until the token limit cuts it mid-word.
    ("en_van_18", "cold",
     """<think>
Okay, so I need to list words for "cold." Ice, snow, winter, freezing, chill, shiver, frost. That's seven.
</think>

Ice, snow, winter, freezing, chill, shiver, frost, ice, snow, winter, freezing, chill, shiver, frost, ice, snow, winter, freezing, chill, shiver, frost, ice, snow, wint""",
     ["ice", "snow", "winter", "freezing", "chill", "shiver", "frost"]),

    # Qwen3-8B thinking mode, 5-10; answer has a bold heading and bullets.
    ("en_van_19", "king",
     """<think>
Okay, the user wants words associated with "king." Let me think. The first would be "queen," since they're a pair. Then "crown," "throne," "royal," "castle," "kingdom." Maybe "power," "ruler," "chess" (the king piece), and "lion" (king of the jungle).

Order: queen, crown, throne, royal, kingdom, castle, ruler, power, chess, lion. That's 10. I'll present them clearly.
</think>

**Words associated with "king":**

- Queen
- Crown
- Throne
- Royal
- Kingdom
- Castle
- Ruler
- Power
- Chess
- Lion""",
     ["queen", "crown", "throne", "royal", "kingdom", "castle", "ruler", "power", "chess", "lion"]),

    # DeepSeek-R1-Distill-Llama-8B, 5-10; "</think>" is never emitted, but the
    # model writes a "**Final Answer**" list and stops normally (EOS).
    ("en_van_20", "mountain",
     """<think>
Okay, so I need to think of words related to "mountain." Let's see, the first thing that comes to mind is peak. Then snow, because many mountains have snow on top. Climb, hiking, summit. Rock. Altitude. Valley.

Hmm, should summit be before climb? Peak and summit are similar. I'll keep peak first and summit later. So the order would be peak, snow, climb, hiking, summit, rock, altitude, valley.

**Final Answer**
Peak, snow, climb, hiking, summit, rock, altitude, valley""",
     ["peak", "snow", "climb", "hiking", "summit", "rock", "altitude", "valley"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; "**Final Answer**" then a sentence
    # with \boxed{\text{...}}.
    ("en_van_21", "computer",
     r"""<think>
Okay, so I need to list words associated with "computer." Let me think. Keyboard, mouse, screen, internet, software, laptop, code, monitor. Hmm, also maybe "CPU" or "programming," but I think eight is enough.
</think>

**Final Answer**
The words associated with "computer" are: \boxed{\text{keyboard, mouse, screen, internet, software, laptop, code, monitor}}""",
     ["keyboard", "mouse", "screen", "internet", "software", "laptop", "code", "monitor"]),

    # QwQ-32B, 5-10; terse final list, one item with a parenthetical gloss.
    ("en_van_22", "mother",
     """<think>
Okay, let me think about "mother." The strongest association is probably "love," then "care," "family," "home." "Nurture" is a good one. "Hug," "kitchen" might be a bit stereotypical but common. "Mom" as the informal version. Let me also consider "father" — it's a very common association in word norms, since people often respond with the opposite pair. Hmm, but the user asked for what comes to mind for me; I'll leave "father" out and stick with eight.

Order: love, care, family, home, nurture, hug, kitchen, mom.
</think>

love, care, family, home, nurture (as in nurturing), hug, kitchen, mom""",
     ["love", "care", "family", "home", "nurture", "hug", "kitchen", "mom"]),

    # o1-style API model; plain comma list.
    ("en_van_23", "love",
     """Heart, romance, affection, passion, family, kiss, care, devotion, warmth, Valentine""",
     ["heart", "romance", "affection", "passion", "family", "kiss", "care", "devotion", "warmth", "valentine"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; the thinking used almost all of the
    # budget; the answer is cut after one word and a fragment.
    ("en_van_24", "war",
     """<think>
Okay, so I need to list words associated with "war." Hmm, war is a heavy topic. Battle, soldiers, weapons, death, peace (as the opposite), army, guns, conflict, destruction, history.

Wait, should peace be included? It's the opposite, but people do associate them, like "War and Peace." I'll include it near the end.

Let me also think about World War II, since that's the most famous war. But that's a phrase, not a word. Maybe skip it.

Let me order: battle, soldiers, weapons, death, army, conflict, guns, destruction, peace, history. Hmm, or should death be first? War causes death... But battle is the more direct association. I'll go with battle first.

Let me double-check the count: 1 battle, 2 soldiers, 3 weapons, 4 death, 5 army, 6 conflict, 7 guns, 8 destruction, 9 peace, 10 history. Ten words. That's the maximum, okay.
</think>

Battle, soldi""",
     ["battle"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; the token limit hit right after the
    # thinking closed: nothing follows "</think>".
    ("en_van_25", "dream",
     """<think>
Okay, so the user wants me to list words associated with "dream." Let me think about what comes to mind. Sleep is the obvious one, because we dream when we sleep. Night, bed. Nightmare is related. Goal, like "follow your dreams." Imagination. Wish. Future. Hope.

Hmm, which is stronger, sleep or nightmare? Sleep, definitely. Then night, nightmare, bed, goal, imagination, wish, hope, future. Let me check: nine words. Wait, maybe I should put goal higher, since "dream" as in ambition is very common, like Martin Luther King's "I have a dream." Hmm. But the literal meaning is probably still stronger.

Okay, I'll finalize: sleep, night, nightmare, bed, goal, imagination, wish, hope, future.
</think>

""",
     []),

    # DeepSeek-R1-Distill-Llama-8B, 5-10; answer grouped under bold category
    # headers.
    ("en_van_26", "rain",
     """<think>
Alright, "rain." Let me think in categories. Weather: storm, clouds, thunder. Things: umbrella, raincoat, puddle. Feelings: gloomy, cozy. That's eight words total, good.
</think>

Here are my associations for "rain," grouped:

**Weather:** storm, clouds, thunder
**Objects:** umbrella, raincoat, puddle
**Feelings:** gloomy, cozy""",
     ["storm", "clouds", "thunder", "umbrella", "raincoat", "puddle", "gloomy", "cozy"]),

    # QwQ-32B, 5-10; short bold answer line, then an explanation section that
    # re-lists the same words.
    ("en_van_27", "book",
     """<think>
Okay, "book." Let me think: read, pages, library, story, author, novel, knowledge, cover. Maybe also "bookshelf" or "chapter." Hmm, "read" is definitely the strongest. I'll keep eight and explain each briefly, since it might help the user.
</think>

**Answer:** read, pages, library, story, author, novel, knowledge, cover

**Explanation:**
- **Read**: the primary action associated with a book.
- **Pages**: the physical structure of a book.
- **Library**: where books are collected and borrowed.
- **Story**: most books tell one.
- **Author**: the person who writes it.
- **Novel**: a very common type of book.
- **Knowledge**: books as a source of learning.
- **Cover**: "don't judge a book by its cover.\"""",
     ["read", "pages", "library", "story", "author", "novel", "knowledge", "cover"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; after "</think>" the model keeps
    # talking for a line before giving the list.
    ("en_van_28", "apple",
     """<think>
Okay, "apple." Fruit, red, tree, pie, orchard, iPhone, juice, green, crisp, Newton. Ten words. Let me check the order... fruit is strongest I think.
</think>

Alright, so after thinking it over, here's my list:

Fruit, red, tree, pie, orchard, iPhone, juice, green, crisp, Newton""",
     ["fruit", "red", "tree", "pie", "orchard", "iphone", "juice", "green", "crisp", "newton"]),

    # o1-style API model, 5-10; lowercase terse list with a final period.
    ("en_van_29", "sleep",
     """bed, dream, night, pillow, rest, tired, blanket, snore.""",
     ["bed", "dream", "night", "pillow", "rest", "tired", "blanket", "snore"]),

    # Qwen3-8B thinking mode, 5-10; bold numbered list with dash glosses and
    # a closing sentence.
    ("en_van_30", "city",
     """<think>
Okay, the user is asking for words that come to mind when reading "city." Let me brainstorm. Urban, buildings, skyscrapers, traffic, people, lights, streets, noise, subway, apartments. I need to rank them. "Urban" is almost a synonym, so it's strong. "Buildings" and "skyscrapers" are visual. "Traffic" is very common. Then people, lights, streets, noise, subway, apartments. That's ten.

I should present them clearly, maybe with a short note on each. But the user said separated by commas... A numbered list is still clear. I'll keep the notes short.
</think>

Here are words associated with **"city"**, ordered from most to least strongly associated:

1. **Urban** – the defining quality of a city
2. **Buildings** – the built environment
3. **Skyscrapers** – iconic tall structures
4. **Traffic** – cars, buses, congestion
5. **People** – crowds and diversity
6. **Lights** – city lights at night
7. **Streets** – the grid of roads
8. **Noise** – the constant hum of activity
9. **Subway** – public transportation
10. **Apartments** – high-density housing

These reflect both the physical and the social side of city life.""",
     ["urban", "buildings", "skyscrapers", "traffic", "people", "lights", "streets", "noise", "subway", "apartments"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; no opening tag; the thinking mixes
    # English and Mandarin; answer in English.
    ("en_van_31", "sad",
     """Okay, the user wants words associated with "sad." 嗯，sad的话，首先想到的是 tears 和 cry。然后是 lonely, depressed, unhappy。还有 grief, blue（英语里 blue 也有忧郁的意思）, rain。

一共8个，顺序是：tears, cry, lonely, depressed, unhappy, grief, blue, rain。好的。
</think>

Tears, cry, lonely, depressed, unhappy, grief, blue, rain""",
     ["tears", "cry", "lonely", "depressed", "unhappy", "grief", "blue", "rain"]),

    # DeepSeek-R1-Distill-Llama-8B, 5-10; answer is one sentence with "and".
    ("en_van_32", "church",
     """<think>
Okay, "church." God, prayer, Sunday, steeple, pews, hymns, faith, worship. I'll put it in a sentence.
</think>

The word "church" brings to mind God, prayer, Sunday, steeple, pews, hymns, faith, and worship.""",
     ["god", "prayer", "sunday", "steeple", "pews", "hymns", "faith", "worship"]),

    # QwQ-32B, 5-10; very long deliberation, never closed; cut by the token
    # limit between two words (no final list).
    ("en_van_33", "paint",
     """<think>
Okay, the user wants me to list words associated with "paint." Let me start by thinking about what "paint" evokes. First, there's the literal sense: the substance you put on walls or canvases. So "brush" is a strong one, "color," "canvas," "wall," "artist." Then there's the activity: "painting," "art." Also materials: "oil," "acrylic," "watercolor." And maybe "palette," "roller," "bucket."

Let me try a first ranking: brush, color, canvas, artist, wall, art, palette, roller.

Hmm, but is "color" really weaker than "brush"? When I hear "paint," I think maybe of a paintbrush dipped in color... Both are strong. In free association norms, for a noun like "paint," responses like "brush" tend to be very frequent, because "paintbrush" is a compound. Also "wall" could be high because of house painting, which is arguably more common in everyday life than art painting.

Wait, maybe I should consider whether "paint" is being read as a verb or a noun. The user just says the word "paint," so both are possible. As a verb, "draw" would be an association. As a noun, "bucket," "can," "wet paint" signs.

Let me try another ranking: brush, color, wall, canvas, artist, art, draw, palette, roller, bucket. That's ten.

Hmm, "art" and "artist" are similar; maybe drop one. But both are common associations... The instructions allow up to ten, so it's fine to keep both. Although, let me reconsider whether""",
     []),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; bold "**Final Answer:**" label with
    # a hyphenated item.
    ("en_van_34", "clock",
     """<think>
Okay, so the word is "clock." Time, tick-tock, hands, alarm, hour, minute, watch, wall. Yeah. Time is the strongest.
</think>

**Final Answer:** Time, tick-tock, hands, alarm, hour, minute, watch, wall""",
     ["time", "tick-tock", "hands", "alarm", "hour", "minute", "watch", "wall"]),

    # Qwen3-8B thinking mode, 5-10; the cue appears only as a bold label.
    ("en_van_35", "bridge",
     """<think>
Okay, the user wants associations for "bridge." River is probably first, since bridges cross rivers. Then cross, water, connect, road. Famous ones: Golden Gate. Structural: arch, suspension, span. Nine words.
</think>

**Bridge:** river, cross, water, connect, road, Golden Gate, arch, suspension, span""",
     ["river", "cross", "water", "connect", "road", "golden gate", "arch", "suspension", "span"]),

    # DeepSeek-R1-Distill-Llama-8B, 5-10; the model lists the cue itself
    # as its first item.
    ("en_van_36", "gold",
     """<think>
Okay, "gold." So gold is a metal, it's valuable. Treasure, money, jewelry, shiny, yellow, medal, coins, rich.
</think>

Gold, treasure, money, jewelry, shiny, yellow, medal, coins, rich""",
     ["gold", "treasure", "money", "jewelry", "shiny", "yellow", "medal", "coins", "rich"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; English answer with Chinese glosses.
    ("en_van_37", "fear",
     """<think>
好的，用户想要和“fear”相关的词。我想到 scared, dark, spider, horror, nightmare, panic, anxiety。我会用英文回答，再加中文解释。
</think>

Fear (恐惧) brings to mind:

Scared (害怕), dark (黑暗), spider (蜘蛛), horror (恐怖), nightmare (噩梦), panic (恐慌), anxiety (焦虑)""",
     ["scared", "dark", "spider", "horror", "nightmare", "panic", "anxiety"]),

    # QwQ-32B, 5-10; self-correcting thinking, plain numbered answer and a
    # closing remark.
    ("en_van_38", "chair",
     """<think>
Okay, "chair." The first thing that comes to mind is "table," since chairs and tables go together. Then "sit," "seat," "furniture," "wood," "legs," "desk," "sofa."

Wait, should "sit" be first? The action of sitting is the purpose of a chair. In word association studies, "table" often comes up first for "chair" though. I'll go with table first, then sit.

Hmm, "sofa" is kind of a different piece of furniture. Maybe "armchair" or "rocking chair"? No, those contain the cue word. I'll keep "sofa" but at the end. Also "stool." Let me finalize:

table, sit, seat, furniture, wood, legs, desk, cushion, sofa.

Nine items. Good.
</think>

1. Table
2. Sit
3. Seat
4. Furniture
5. Wood
6. Legs
7. Desk
8. Cushion
9. Sofa

These are ordered from the strongest association to the weakest.""",
     ["table", "sit", "seat", "furniture", "wood", "legs", "desk", "cushion", "sofa"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; the answer after the thinking only
    # defines the word; no list for the cue.
    ("en_van_39", "silence",
     """<think>
Okay, the user is asking about "silence." Let me think about it. Silence means no sound. It can be peaceful, like in a library, or awkward, like in a conversation. Hmm, I should explain what silence is.
</think>

Silence is the absence of sound. It can feel peaceful or uncomfortable, depending on the context in which it occurs.""",
     []),

    # DeepSeek-R1-Distill-Llama-8B, 5-10; "Sure" preamble, dash bullets.
    ("en_van_40", "garden",
     """<think>
Okay, "garden." Flowers first. Then plants, vegetables, soil, roses, watering can, bees, greenhouse, weeds. Okay.
</think>

Sure, here are the words I associate with "garden":

- Flowers
- Plants
- Vegetables
- Soil
- Roses
- Watering can
- Bees
- Greenhouse
- Weeds""",
     ["flowers", "plants", "vegetables", "soil", "roses", "watering can", "bees", "greenhouse", "weeds"]),

    # o1-style API model; proper nouns and an accented word.
    ("en_van_41", "Paris",
     """Eiffel Tower, France, love, Louvre, croissant, fashion, Seine, art, romance, café""",
     ["eiffel tower", "france", "love", "louvre", "croissant", "fashion", "seine", "art", "romance", "café"]),

    # Qwen3-8B thinking mode, 10-20; a longer terse list.
    ("en_van_42", "storm",
     """<think>
Okay, the user wants between 10 and 20 words associated with "storm." Let me list as many as I can and then order them. Rain, thunder, lightning, wind, clouds, dark, hurricane, tornado, flood, umbrella, power outage, waves, danger, weather, hail.

That's 15. Order: rain, thunder, lightning, wind, clouds, dark, hurricane, tornado, hail, flood, waves, danger, umbrella, power outage, weather. Hmm, "weather" is quite generic, I'll leave it last. Good.
</think>

Rain, thunder, lightning, wind, clouds, dark, hurricane, tornado, hail, flood, waves, danger, umbrella, power outage, weather""",
     ["rain", "thunder", "lightning", "wind", "clouds", "dark", "hurricane", "tornado", "hail", "flood", "waves", "danger", "umbrella", "power outage", "weather"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; after "</think>" the answer opens
    # by paraphrasing its reasoning, then gives the list.
    ("en_van_43", "ship",
     """<think>
Okay, so I need to list words associated with "ship." Boat, ocean, sail, captain, anchor, cargo, Titanic, deck, crew. Nine words.
</think>

Okay, so to answer, the words that come to mind for "ship" are:

Boat, ocean, sail, captain, anchor, cargo, Titanic, deck, crew""",
     ["boat", "ocean", "sail", "captain", "anchor", "cargo", "titanic", "deck", "crew"]),

    # QwQ-32B, 5-10; main list plus a parenthetical second list for the
    # other sense of the cue.
    ("en_van_44", "bright",
     """<think>
Okay, "bright." This has two senses: full of light, and intelligent. The light sense is more common. Light, sun, shiny, smart, vivid, glowing, sunny, colorful. I included "smart" because it's a strong association even in the main list. Maybe I should add a note for the intelligence sense.
</think>

light, sun, shiny, smart, vivid, glowing, sunny, colorful

(If you meant "bright" as in intelligent: smart, clever, brilliant, gifted.)""",
     # AMBIGUOUS: the other reading appends the words of the parenthetical
     # second sense -> [..., "colorful", "clever", "brilliant", "gifted"].
     ["light", "sun", "shiny", "smart", "vivid", "glowing", "sunny", "colorful"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; list given in a sentence and again
    # in \boxed{}; the same words count once.
    ("en_van_45", "teacher",
     r"""<think>
Okay, I need to list words related to "teacher." School, student, classroom, education, blackboard, homework, lesson, apple. Eight words. Hmm, apple because of the stereotype of giving an apple to the teacher.
</think>

The words are: school, student, classroom, education, blackboard, homework, lesson, apple.

\boxed{school, student, classroom, education, blackboard, homework, lesson, apple}""",
     ["school", "student", "classroom", "education", "blackboard", "homework", "lesson", "apple"]),

    # o1-style API model, 10-20; a sentence-style list ending "and ...".
    ("en_van_46", "travel",
     """Vacation, airplane, passport, adventure, luggage, tourism, hotel, map, explore, journey, beach, culture, camera, and memories.""",
     ["vacation", "airplane", "passport", "adventure", "luggage", "tourism", "hotel", "map", "explore", "journey", "beach", "culture", "camera", "memories"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; thinking switches to Mandarin and
    # loops; never closed; cut mid-word inside the thinking.
    ("en_van_47", "salt",
     """<think>
Okay, so I need to list words for "salt." Pepper, sea, ocean, taste, food, salty, sodium.

嗯，等一下，salty 和 salt 太像了，应该去掉吗？用户说的是联想到的词，salty 也算吧。不过还是换成 chips 比较好。

让我再列一次：pepper, sea, taste, food, sodium, chips。

等一下，sea 是不是应该排在 pepper 前面？盐是从海里来的……但是 salt and pepper 是固定搭配。

让我再列一次：pepper, sea, taste, food, sodium, chips。

等一下，sea 是不是应该排在 pepper 前面？

Let me list again: salt, sea, pepp""",
     []),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; English prompt answered in Chinese
    # with English glosses in parentheses.
    ("en_van_48", "ocean",
     """<think>
嗯，用户让我列出和“ocean”有关的词。大海，波浪，蓝色，鱼，沙滩，鲸鱼，船。我用中文回答，再加上英文。
</think>

海洋相关的词：海浪 (waves)，蓝色 (blue)，鱼 (fish)，沙滩 (beach)，鲸鱼 (whale)，船 (ship)，潮汐 (tide)""",
     # AMBIGUOUS: a reader going by the English prompt may take the English
     # glosses as the list -> ["waves", "blue", "fish", "beach", "whale",
     # "ship", "tide"].
     ["海浪", "蓝色", "鱼", "沙滩", "鲸鱼", "船", "潮汐"]),

    # R1-Distill-Qwen-7B fine-tuned on association data; short thinking,
    # terse lowercase answer.
    ("en_ft_01", "baby",
     """<think>
Cue: baby. Strongest: cry, mother. Then crib, diaper, cute, bottle, infant, small.
</think>
cry, mother, crib, diaper, cute, bottle, infant, small""",
     ["cry", "mother", "crib", "diaper", "cute", "bottle", "infant", "small"]),

    # Fine-tuned R1-Distill-Qwen-7B; template opened the thinking, so only
    # "</think>" appears.
    ("en_ft_02", "moon",
     """Cue is "moon". Common responses: sun, night, stars, sky, space, full, light, crater.
</think>

sun, night, stars, sky, space, full, light, crater""",
     ["sun", "night", "stars", "sky", "space", "full", "light", "crater"]),

    # Fine-tuned R1-Distill-Llama-8B; trailing period.
    ("en_ft_03", "fast",
     """<think>
fast -> slow (opposite, very frequent), quick, speed, car, run, race, food.
</think>

slow, quick, speed, car, run, race, food.""",
     ["slow", "quick", "speed", "car", "run", "race", "food"]),

    # Fine-tuned Qwen3-8B; "1)" numbering.
    ("en_ft_04", "hospital",
     """<think>
hospital: doctor, nurse, sick, bed, emergency, ambulance, patient.
</think>

1) doctor
2) nurse
3) sick
4) bed
5) emergency
6) ambulance
7) patient""",
     ["doctor", "nurse", "sick", "bed", "emergency", "ambulance", "patient"]),

    # Fine-tuned R1-Distill-Qwen-7B, 10-20; answer cut mid-word by the limit.
    ("en_ft_05", "anger",
     """<think>
anger: mad, rage, fury, red, hate, fight, yell, temper, frustration, upset, fist, storm.
</think>

mad, rage, fury, red, hate, fight, yell, temper, frustration, upset, fi""",
     ["mad", "rage", "fury", "red", "hate", "fight", "yell", "temper", "frustration", "upset"]),

    # Fine-tuned model that stopped emitting thinking at all.
    ("en_ft_06", "pizza",
     """cheese, Italy, pepperoni, slice, delivery, tomato, dough, oven""",
     ["cheese", "italy", "pepperoni", "slice", "delivery", "tomato", "dough", "oven"]),

    # Fine-tuned R1-Distill-Qwen-7B; short thinking in Mandarin for an
    # English cue; English answer.
    ("en_ft_07", "flower",
     """<think>
flower：rose，petal，garden，bee，smell，spring，pretty，bloom。
</think>

rose, petal, garden, bee, smell, spring, pretty, bloom""",
     ["rose", "petal", "garden", "bee", "smell", "spring", "pretty", "bloom"]),

    # Fine-tuned R1-Distill-Llama-8B; repeats the cue as the first item.
    ("en_ft_08", "horse",
     """<think>
horse: saddle, ride, pony, cowboy, farm, stable, gallop.
</think>

horse, saddle, ride, pony, cowboy, farm, stable, gallop""",
     ["horse", "saddle", "ride", "pony", "cowboy", "farm", "stable", "gallop"]),
]

# ---------------------------------------------------------------------------
# Mandarin association lists
# ---------------------------------------------------------------------------

ZH_LISTS = [
    # Qwen3-8B thinking mode, 5-10; thinking in Mandarin, full-width commas.
    ("zh_van_01", "月亮",
     """<think>
好的，用户让我列出看到“月亮”这个词时会联想到的词语，5到10个，用逗号分隔，联想最强的排在前面。首先想到的是中秋节，因为中秋赏月是最常见的联想。然后是嫦娥，嫦娥奔月的神话。月饼也很直接。接下来是夜晚、思念，比如“举头望明月，低头思故乡”。还有玉兔、星星、团圆。

我需要排序：中秋节，嫦娥，月饼，夜晚，思念，玉兔，星星，团圆。一共8个，符合要求。
</think>

中秋节，嫦娥，月饼，夜晚，思念，玉兔，星星，团圆""",
     ["中秋节", "嫦娥", "月饼", "夜晚", "思念", "玉兔", "星星", "团圆"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; template opened the thinking (only
    # "</think>" shows); answer with 、.
    ("zh_van_02", "春节",
     """嗯，用户让我列出看到“春节”时联想到的词语。春节是中国最重要的节日，首先想到的是过年、饺子、红包、鞭炮、春联、团圆、春晚、拜年。嗯，一共8个。饺子和红包哪个更强？我觉得红包可能更强一些，但饺子也很典型。还是按照我的第一反应来吧。
</think>

过年、饺子、红包、鞭炮、春联、团圆、春晚、拜年""",
     ["过年", "饺子", "红包", "鞭炮", "春联", "团圆", "春晚", "拜年"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; Mandarin prompt but the thinking is
    # in English; answer in Mandarin.
    ("zh_van_03", "老师",
     """<think>
Okay, so the user is asking in Chinese for words associated with "老师" (teacher). Let me think. 学生 (students), 黑板 (blackboard), 粉笔 (chalk), 讲台 (podium), 教室 (classroom), 作业 (homework), 辛勤 (hardworking), 园丁 (gardener, a common metaphor for teachers). I should answer in Chinese.
</think>

学生，黑板，粉笔，教室，讲台，作业，园丁，辛勤""",
     ["学生", "黑板", "粉笔", "教室", "讲台", "作业", "园丁", "辛勤"]),

    # QwQ-32B, 5-10; English thinking with a revision; bold Mandarin label.
    ("zh_van_04", "大海",
     """<think>
Okay, the user is asking in Chinese. The word is 大海 (the sea). I need to list 5 to 10 associated words in Chinese, separated by commas, strongest first.

Let me brainstorm: 蓝色 (blue), 海浪 (waves), 沙滩 (beach), 鱼 (fish), 船 (boat), 海鸥 (seagull), 辽阔 (vast), 贝壳 (shell), 海风 (sea breeze), 咸 (salty).

Hmm, is 蓝色 stronger than 海浪? For Chinese speakers, 蔚蓝的大海 is a very common phrase, so 蓝色 is probably first. 辽阔 is also a classic descriptor in Chinese writing — maybe I should move it up. Let me reorder: 蓝色, 海浪, 沙滩, 辽阔, 海鸥, 鱼, 船, 贝壳. That's eight. I'll drop 海风 and 咸.

Wait, the user wants commas. In Chinese, I should use the full-width comma "，". Okay.
</think>

**最终答案：** 蓝色，海浪，沙滩，辽阔，海鸥，鱼，船，贝壳""",
     ["蓝色", "海浪", "沙滩", "辽阔", "海鸥", "鱼", "船", "贝壳"]),

    # DeepSeek-R1-Distill-Llama-8B, 5-10; Mandarin prompt answered wholly in
    # English.
    ("zh_van_05", "熊猫",
     """<think>
Okay, so the user wrote in Chinese, asking for words associated with "熊猫," which means panda. Let me think: bamboo, China, cute, black and white, zoo, Sichuan, national treasure. I'll list them.
</think>

Bamboo, China, cute, black and white, zoo, Sichuan, national treasure""",
     ["bamboo", "china", "cute", "black and white", "zoo", "sichuan", "national treasure"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; \boxed{} with Mandarin words.
    ("zh_van_06", "茶",
     r"""<think>
好的，我现在要想一下看到“茶”这个词会联想到什么。首先是绿茶，然后是茶杯、茶叶。中国有名的茶比如龙井。还有茶馆、清香、功夫茶、养生。一共8个。
</think>

看到“茶”这个词，我联想到的词语是：

\boxed{绿茶，茶杯，茶叶，龙井，茶馆，清香，功夫茶，养生}""",
     ["绿茶", "茶杯", "茶叶", "龙井", "茶馆", "清香", "功夫茶", "养生"]),

    # o1-style API model; terse Mandarin list.
    ("zh_van_07", "妈妈",
     """温暖，家，唠叨，爱，饭菜，照顾，白发，牵挂，拥抱，母爱""",
     ["温暖", "家", "唠叨", "爱", "饭菜", "照顾", "白发", "牵挂", "拥抱", "母爱"]),

    # Qwen3-8B non-thinking (empty think block); numbered, with an idiom item.
    ("zh_van_08", "长城",
     """<think>

</think>

1. 北京
2. 八达岭
3. 秦始皇
4. 烽火台
5. 不到长城非好汉
6. 雄伟
7. 古代
8. 孟姜女""",
     ["北京", "八达岭", "秦始皇", "烽火台", "不到长城非好汉", "雄伟", "古代", "孟姜女"]),

    # DeepSeek-R1-Distill-Llama-8B, 5-10; items with pinyin and English.
    ("zh_van_09", "故乡",
     """<think>
Alright, the user is asking about "故乡," which means hometown. Let me think about what words come to mind: homesickness, parents, childhood, the moon (because of the famous poem). I'll write them in Chinese with pinyin and English so it's clear.
</think>

1. 思念 (sīniàn) – longing
2. 乡愁 (xiāngchóu) – homesickness
3. 父母 (fùmǔ) – parents
4. 童年 (tóngnián) – childhood
5. 明月 (míngyuè) – bright moon
6. 老房子 (lǎo fángzi) – old house
7. 方言 (fāngyán) – dialect""",
     ["思念", "乡愁", "父母", "童年", "明月", "老房子", "方言"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; Mandarin thinking loops and is never
    # closed; cut mid-word.
    ("zh_van_10", "雨",
     """<think>
好的，用户让我列出看到“雨”这个词时会联想到的词语。首先是雨伞，然后是乌云、打雷、下雨天、水坑、彩虹、潮湿。

等等，我是不是应该把雨伞放在第一个？还是乌云？让我再想想。雨伞，乌云，打雷……

等等，我是不是应该把雨伞放在第一个？还是乌云？让我再想想。雨伞，乌云，打雷……

等等，我是不是应该把雨伞放在第一个？还是乌云？让我再想想。雨伞，乌""",
     []),

    # QwQ-32B, 5-10; the answer is a Mandarin sentence naming the words,
    # with 和 before the last one.
    ("zh_van_11", "学习",
     """<think>
嗯，用户让我列出看到“学习”会联想到的词语。首先想到的是书本、考试、老师、努力。然后是图书馆、作业、知识、进步。还有笔记、成绩。一共10个，不过用户说5到10个，我就给8个吧，去掉笔记和成绩。

我想用一句话来回答，但还是要按照联想强度排序。
</think>

看到“学习”这个词，我最先想到的是书本、考试、老师、努力，其次是图书馆、作业、知识和进步。""",
     ["书本", "考试", "老师", "努力", "图书馆", "作业", "知识", "进步"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; answer closes with 等.
    ("zh_van_12", "医院",
     """<think>
好的，看到“医院”，我会想到医生、护士、病人、白大褂、消毒水、挂号、打针、救护车。医生最强。
</think>

医生，护士，病人，白大褂，消毒水，挂号，打针，救护车等""",
     ["医生", "护士", "病人", "白大褂", "消毒水", "挂号", "打针", "救护车"]),

    # Qwen3-8B thinking mode, 5-10; bold label, numbered list, closing line.
    ("zh_van_13", "红色",
     """<think>
好的，用户让我列出看到“红色”时联想到的词语。红色在中国文化里有很多含义。首先是喜庆，比如春节、婚礼都用红色。然后是中国，国旗是红色的。热情、血、火、玫瑰、红包、危险（比如红灯）。

排序的话：喜庆，中国，热情，红包，血，火，玫瑰，危险。我觉得“喜庆”最强。一共8个。
</think>

**联想词语：**

1. 喜庆
2. 中国
3. 热情
4. 红包
5. 血
6. 火
7. 玫瑰
8. 危险

希望对你有帮助！""",
     ["喜庆", "中国", "热情", "红包", "血", "火", "玫瑰", "危险"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; answer cut mid-idiom by the limit.
    ("zh_van_14", "自由",
     """<think>
好的，用户让我列出看到“自由”这个词时联想到的词语。自由……首先想到飞翔，像鸟一样飞。然后是天空、鸟儿、独立、民主、解放。还有无拘无束、奔放、平等。

排序的话，飞翔第一，天空第二，鸟儿第三，然后是独立、民主、解放、无拘无束、平等。嗯，一共8个，可以。不过“奔放”要不要加？不加了。

让我再检查一下，用户要求用逗号分隔，联想最强的排在最前面。好的。
</think>

飞翔，天空，鸟儿，独立，民主，解放，无拘无""",
     ["飞翔", "天空", "鸟儿", "独立", "民主", "解放"]),

    # o1-style API model; numbered items with em-dash explanations.
    ("zh_van_15", "饺子",
     """1. 过年——饺子是春节必不可少的食物
2. 团圆——一家人一起包饺子
3. 饺子馅——猪肉白菜、韭菜鸡蛋
4. 醋——蘸饺子的标配
5. 北方——北方人的主食之一
6. 包饺子——全家一起动手
7. 除夕——年夜饭""",
     ["过年", "团圆", "饺子馅", "醋", "北方", "包饺子", "除夕"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; the cue is a label before the list.
    ("zh_van_16", "龙",
     """<think>
嗯，“龙”让我想到中国、皇帝、龙舟、传说、图腾、龙年、神话、腾飞。
</think>

龙：中国，皇帝，图腾，龙舟，传说，龙年，神话，腾飞""",
     ["中国", "皇帝", "图腾", "龙舟", "传说", "龙年", "神话", "腾飞"]),

    # QwQ-32B, 5-10; English thinking; short list, then an explanation
    # section re-listing the same words.
    ("zh_van_17", "书",
     """<think>
Okay, the user's prompt is in Chinese, asking for words associated with 书 (book). Let me think about Chinese associations. 阅读 (reading), 知识 (knowledge), 图书馆 (library), 书店 (bookstore), 作者 (author), 书包 (schoolbag) — hmm, 书包 is a compound containing 书, that's fine. 小说 (novel), 学习 (study).

Order: 阅读, 知识, 图书馆, 学习, 书店, 小说, 作者, 书包. Eight items.

Hmm, maybe also 书香 as in 书香门第? That's a bit literary. I'll leave it out. I'll give the list and then a short explanation in Chinese.
</think>

阅读，知识，图书馆，学习，书店，小说，作者，书包

**简要说明：**
- **阅读**：书最直接的用途。
- **知识**：“书籍是人类进步的阶梯”。
- **图书馆**：借书、看书的地方。
- **学习**：读书和学习密不可分。
- **书店**：买书的地方。
- **小说**：最常见的书籍类型之一。
- **作者**：写书的人。
- **书包**：上学装书用的。""",
     ["阅读", "知识", "图书馆", "学习", "书店", "小说", "作者", "书包"]),

    # Qwen3-8B thinking mode, 5-10; each item prefixed with an emoji.
    ("zh_van_18", "夏天",
     """<think>
好的，用户想要看到“夏天”时联想到的词语。炎热是第一个。然后西瓜、冰淇淋、海滩、蚊子、游泳、暑假、汗水。我可以加一些表情符号让回答更生动。
</think>

☀️ 炎热，🍉 西瓜，🍦 冰淇淋，🏖️ 海滩，🦟 蚊子，🏊 游泳，🎒 暑假，💦 汗水""",
     ["炎热", "西瓜", "冰淇淋", "海滩", "蚊子", "游泳", "暑假", "汗水"]),

    # DeepSeek-R1-Distill-Llama-8B, 5-10; the answer first echoes the prompt.
    ("zh_van_19", "火",
     """<think>
Okay, the user is asking about "火" which means fire. Words: 热 (hot), 火焰 (flame), 红色 (red), 烟 (smoke), 燃烧 (burn), 消防员 (firefighter), 温暖 (warm), 危险 (danger).
</think>

请列出看到“火”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。

火焰，热，燃烧，红色，烟，温暖，危险，消防员""",
     ["火焰", "热", "燃烧", "红色", "烟", "温暖", "危险", "消防员"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; grouped under bold category headers.
    ("zh_van_20", "朋友",
     """<think>
好的，“朋友”让我想到友谊、信任、陪伴、真诚、同学、聊天、一起玩、帮助。我可以分类来写。
</think>

**情感类：** 友谊，信任，陪伴，真诚
**人物类：** 同学，闺蜜
**活动类：** 聊天，一起玩，帮助""",
     ["友谊", "信任", "陪伴", "真诚", "同学", "闺蜜", "聊天", "一起玩", "帮助"]),

    # o1-style API model; list with 、.
    ("zh_van_21", "钱",
     """财富、工资、银行、人民币、存款、消费、赚钱、富有""",
     ["财富", "工资", "银行", "人民币", "存款", "消费", "赚钱", "富有"]),

    # Qwen3-8B thinking mode, 5-10; one item written "苹果/华为".
    ("zh_van_22", "手机",
     """<think>
好的，用户让我列出看到“手机”时联想到的词语。首先是微信，现在几乎人人都用。然后是充电器、屏幕、上网、拍照、游戏。还有品牌，比如苹果和华为，我可以写成一个。还有5G、低头族。

排序：微信，充电器，屏幕，上网，苹果/华为，拍照，游戏，低头族。8个。
</think>

微信、充电器、屏幕、上网、苹果/华为、拍照、游戏、低头族""",
     # AMBIGUOUS: the other reading keeps "苹果/华为" as one item ->
     # ["微信", "充电器", "屏幕", "上网", "苹果/华为", "拍照", "游戏", "低头族"].
     ["微信", "充电器", "屏幕", "上网", "苹果", "华为", "拍照", "游戏", "低头族"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; "</think>" never emitted, but the
    # model states its final answer and stops normally (EOS).
    ("zh_van_23", "爱情",
     """<think>
好的，用户让我列出看到“爱情”这个词时会联想到的词语。爱情……首先想到的是玫瑰，因为情人节送玫瑰。然后是浪漫、心动、约会、婚姻、承诺、甜蜜、思念。嗯，一共8个。

所以最终的答案是：

玫瑰，浪漫，心动，约会，甜蜜，承诺，婚姻，思念""",
     ["玫瑰", "浪漫", "心动", "约会", "甜蜜", "承诺", "婚姻", "思念"]),

    # QwQ-32B, 5-10; every item in Chinese quotation marks.
    ("zh_van_24", "孤独",
     """<think>
嗯，用户问的是“孤独”。这个词比较抽象。我首先想到的是“寂寞”，几乎是近义词。然后是“一个人”、“夜晚”、“沉默”、“思念”、“角落”、“雨天”、“远方”。

等等，“思念”是不是更适合“故乡”这类词？不过孤独的时候也会思念别人，可以保留。排序：寂寞，一个人，夜晚，沉默，角落，思念，雨天，远方。

好，我用引号把每个词标出来，看起来更清楚。
</think>

“寂寞”，“一个人”，“夜晚”，“沉默”，“角落”，“思念”，“雨天”，“远方”""",
     ["寂寞", "一个人", "夜晚", "沉默", "角落", "思念", "雨天", "远方"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; bold "答案" label; the cue listed
    # as the first item.
    ("zh_van_25", "高考",
     """<think>
好的，用户让我列出看到“高考”时联想到的词语。高考，压力，考试，六月，志愿，分数，大学，熬夜。嗯，第一个就写高考本身吧。
</think>

**答案：** 高考，压力，考试，六月，分数，志愿，大学，熬夜""",
     ["高考", "压力", "考试", "六月", "分数", "志愿", "大学", "熬夜"]),

    # o1-style API model, 10-20; a longer list.
    ("zh_van_26", "北京",
     """首都，天安门，故宫，长城，烤鸭，胡同，四合院，奥运会，雾霾，地铁，颐和园，京剧，堵车，北京大学""",
     ["首都", "天安门", "故宫", "长城", "烤鸭", "胡同", "四合院", "奥运会", "雾霾", "地铁", "颐和园", "京剧", "堵车", "北京大学"]),

    # DeepSeek-R1-Distill-Llama-8B, 5-10; Mandarin words with English
    # translations in parentheses.
    ("zh_van_27", "苹果",
     """<think>
Okay, the word is "苹果," which is apple. It's a fruit, red, sweet. Also the company Apple and iPhone, Steve Jobs. Newton and the apple falling. Healthy. Apple pie.
</think>

水果 (fruit), 红色 (red), 甜 (sweet), 手机 (phone), 乔布斯 (Steve Jobs), 牛顿 (Newton), 健康 (health), 苹果派 (apple pie)""",
     ["水果", "红色", "甜", "手机", "乔布斯", "牛顿", "健康", "苹果派"]),

    # Qwen3-8B thinking mode, 5-10; preamble then dash bullets.
    ("zh_van_28", "猫",
     """<think>
好的，用户让我列出看到“猫”时联想到的词语。可爱、喵喵、老鼠、鱼、宠物、毛茸茸、猫粮、铲屎官。“铲屎官”是网络流行语，很多年轻人都会想到，放在后面。
</think>

看到“猫”联想到的词语：

- 可爱
- 喵喵
- 老鼠
- 鱼
- 宠物
- 毛茸茸
- 猫粮
- 铲屎官""",
     ["可爱", "喵喵", "老鼠", "鱼", "宠物", "毛茸茸", "猫粮", "铲屎官"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; the answer loops, starts with the
    # cue itself, and is cut mid-word.
    ("zh_van_29", "太阳",
     """<think>
好的，看到“太阳”，我想到阳光、温暖、光明、夏天。
</think>

太阳，阳光，温暖，光明，夏天，太阳，阳光，温暖，光明，夏天，太阳，阳光，温暖，光明，夏天，太阳，阳""",
     ["太阳", "阳光", "温暖", "光明", "夏天"]),

    # QwQ-32B, 5-10; the thinking weighs a different list; terse answer.
    ("zh_van_30", "雪",
     """<think>
Okay, the user asks in Chinese about 雪 (snow). First draft: 冬天, 白色, 寒冷, 雪人, 雪花, 滑雪, 圣诞节, 北方.

Hmm, 雪花 should probably be higher — it's the most direct compound. And 北方 is weaker than 打雪仗, which is a very common childhood association in Chinese. Let me revise: 雪花, 冬天, 寒冷, 白色, 雪人, 打雪仗, 滑雪, 圣诞节. Eight words.
</think>

雪花，冬天，寒冷，白色，雪人，打雪仗，滑雪，圣诞节""",
     ["雪花", "冬天", "寒冷", "白色", "雪人", "打雪仗", "滑雪", "圣诞节"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; answer is only an explanation of
    # the cue, no list.
    ("zh_van_31", "梦想",
     """<think>
嗯，“梦想”这个词……用户想知道我的联想。梦想是人们对未来的期望。我应该解释一下梦想的含义。
</think>

梦想是人们对未来的美好期望和追求，它激励着我们不断努力、勇敢前行。""",
     []),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; bold numbered items with colon
    # explanations.
    ("zh_van_32", "战争",
     """<think>
好的，“战争”让我想到和平（反义）、死亡、士兵、武器、硝烟、难民、历史、残酷。和平应该放第一吗？好像人们说到战争最先想到的是和平。好吧。
</think>

1. **和平**：战争的反面，人们最渴望的东西
2. **死亡**：战争带来大量伤亡
3. **士兵**：战争的参与者
4. **武器**：枪炮、导弹
5. **硝烟**：战场的景象
6. **难民**：流离失所的人们
7. **历史**：二战、抗日战争
8. **残酷**：战争的本质""",
     ["和平", "死亡", "士兵", "武器", "硝烟", "难民", "历史", "残酷"]),

    # o1-style API model, 10-20; 、 separated.
    ("zh_van_33", "音乐",
     """旋律、节奏、歌曲、乐器、钢琴、演唱会、耳机、流行音乐、古典、舞蹈""",
     ["旋律", "节奏", "歌曲", "乐器", "钢琴", "演唱会", "耳机", "流行音乐", "古典", "舞蹈"]),

    # Qwen3-8B thinking mode, 5-10; terse list with a closing 。
    ("zh_van_34", "咖啡",
     """<think>
好的，用户让我列出看到“咖啡”时联想到的词语。提神是最强的，然后是星巴克、拿铁、咖啡豆、苦、熬夜、早晨、咖啡馆。共8个。
</think>

提神，星巴克，拿铁，咖啡豆，苦，熬夜，早晨，咖啡馆。""",
     ["提神", "星巴克", "拿铁", "咖啡豆", "苦", "熬夜", "早晨", "咖啡馆"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; no opening tag; \boxed{} answer.
    ("zh_van_35", "跑步",
     r"""嗯，用户让我列出看到“跑步”时联想到的词语。跑步是一种运动，所以运动、健康、汗水。马拉松也是。还有操场、坚持、跑鞋。好的，7个。
</think>

\boxed{运动，健康，汗水，马拉松，操场，坚持，跑鞋}""",
     ["运动", "健康", "汗水", "马拉松", "操场", "坚持", "跑鞋"]),

    # DeepSeek-R1-Distill-Llama-8B, 5-10; the cue listed first; English
    # translations in parentheses.
    ("zh_van_36", "快乐",
     """<think>
Okay, the word is "快乐" which means happy or joy. I'll list words with translations.
</think>

快乐 (happiness), 笑容 (smile), 开心 (joyful), 阳光 (sunshine), 朋友 (friends), 生日 (birthday), 游戏 (games)""",
     ["快乐", "笑容", "开心", "阳光", "朋友", "生日", "游戏"]),

    # QwQ-32B, 5-10; Mandarin thinking never closed; cut at a word boundary,
    # no final list.
    ("zh_van_37", "秋天",
     """<think>
嗯，用户让我列出看到“秋天”这个词时会联想到的词语，5到10个。首先我想到的是落叶，秋天最典型的景象就是树叶变黄、飘落。然后是丰收，秋天是收获的季节。还有枫叶、凉爽、中秋节、桂花、大雁南飞、思念、萧瑟。

排序的话：落叶，丰收，枫叶，凉爽，中秋节，桂花，大雁，萧瑟。嗯，“大雁南飞”写成“大雁”可能更简洁。

不过，“丰收”和“落叶”哪个联想更强？对于城市里的人来说，落叶可能更直观；对于农村的人来说，丰收可能更强。古诗里“自古逢秋悲寂寥”，秋天常常和悲伤联系在一起，所以“萧瑟”、“悲秋”也可以考虑。

再想想，“中秋节”虽然在秋天，但是它更多地和月亮联系在一起。要不要把它往后放？或者把“丰收”放在""",
     []),

    # Qwen3-8B thinking mode, 5-10; bold "最终答案" line.
    ("zh_van_38", "城市",
     """<think>
好的，用户让我列出看到“城市”时联想到的词语。高楼大厦最直观，然后是交通、人群、繁华、地铁、霓虹灯、快节奏、污染。排序：高楼大厦，繁华，交通，人群，地铁，霓虹灯，快节奏，污染。
</think>

**最终答案：** 高楼大厦，繁华，交通，人群，地铁，霓虹灯，快节奏，污染""",
     ["高楼大厦", "繁华", "交通", "人群", "地铁", "霓虹灯", "快节奏", "污染"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; a header sentence names the cue.
    ("zh_van_39", "家",
     """<think>
好的，“家”让我想到温暖、父母、亲情、房子、饭菜、团聚、港湾、爱。
</think>

家的联想词：温暖、父母、亲情、房子、饭菜、团聚、港湾、爱""",
     ["温暖", "父母", "亲情", "房子", "饭菜", "团聚", "港湾", "爱"]),

    # o1-style API model; 和 before the last item.
    ("zh_van_40", "森林",
     """树木、绿色、动物、氧气、鸟鸣、蘑菇、小溪和探险""",
     ["树木", "绿色", "动物", "氧气", "鸟鸣", "蘑菇", "小溪", "探险"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; the thinking revises the order.
    ("zh_van_41", "时间",
     """<think>
好的，用户让我列出看到“时间”时联想到的词语。时钟，流逝，宝贵，金钱（时间就是金钱），过去，未来，手表，青春。

等一下，“流逝”可能比“时钟”更强？“时光流逝”是很常见的说法。但时钟是最直观的。嗯，我还是把时钟放第一，流逝第二。再加一个“光阴”。

最后：时钟，流逝，宝贵，光阴，金钱，手表，过去，未来，青春。9个。
</think>

时钟，流逝，宝贵，光阴，金钱，手表，过去，未来，青春""",
     ["时钟", "流逝", "宝贵", "光阴", "金钱", "手表", "过去", "未来", "青春"]),

    # QwQ-32B, 5-10; an idiom kept whole as the first item.
    ("zh_van_42", "父亲",
     """<think>
嗯，“父亲”。我想到的是父爱如山，这个成语很常见。然后是朱自清的《背影》，严肃，沉默，肩膀，责任，辛苦，工作。
</think>

父爱如山，背影，严肃，沉默，肩膀，责任，辛苦，工作""",
     ["父爱如山", "背影", "严肃", "沉默", "肩膀", "责任", "辛苦", "工作"]),

    # DeepSeek-R1-Distill-Llama-8B, 5-10; Mandarin words with half-width
    # commas.
    ("zh_van_43", "美丽",
     """<think>
Okay, "美丽" means beautiful. Associated words: 漂亮, 花, 风景, 女孩, 优雅, 阳光, 彩虹.
</think>

漂亮, 花, 风景, 女孩, 优雅, 彩虹, 阳光""",
     ["漂亮", "花", "风景", "女孩", "优雅", "彩虹", "阳光"]),

    # Qwen3-8B thinking mode, 10-20; numbered 1-12.
    ("zh_van_44", "考试",
     """<think>
好的，用户需要10到20个和“考试”相关的词语。紧张，复习，分数，试卷，老师，作弊，及格，高考，熬夜，成绩单，监考，答题卡。12个，可以。
</think>

1. 紧张
2. 复习
3. 分数
4. 试卷
5. 高考
6. 熬夜
7. 及格
8. 作弊
9. 老师
10. 成绩单
11. 监考
12. 答题卡""",
     ["紧张", "复习", "分数", "试卷", "高考", "熬夜", "及格", "作弊", "老师", "成绩单", "监考", "答题卡"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; explained numbered list cut
    # mid-word in item 6.
    ("zh_van_45", "春天",
     """<think>
好的，“春天”让我想到花开、绿色、温暖、春风、燕子、万物复苏、春雨、踏青。我给每个词加一个简短的说明吧。
</think>

1. 花开——春天百花盛开
2. 绿色——草木返青
3. 温暖——天气回暖
4. 春风——“春风又绿江南岸”
5. 燕子——燕子归来
6. 万物复""",
     ["花开", "绿色", "温暖", "春风", "燕子"]),

    # o1-style API model; terse list.
    ("zh_van_46", "花",
     """玫瑰，芬芳，春天，美丽，花园，蜜蜂，花瓣，绽放，送礼""",
     ["玫瑰", "芬芳", "春天", "美丽", "花园", "蜜蜂", "花瓣", "绽放", "送礼"]),

    # DeepSeek-R1-Distill-Qwen-7B, 5-10; English thinking; plain "Answer:"
    # label before the Mandarin list.
    ("zh_van_47", "米饭",
     """<think>
Okay, the user is asking about "米饭" which is cooked rice. I'll think of related words in Chinese: 大米, 饭碗, 筷子, 稻田, 农民, 粮食, 吃饭, 白米饭. Hmm, 白米饭 is almost the same as the cue. Keep it but later.
</think>

Answer: 大米，饭碗，筷子，稻田，农民，粮食，吃饭，白米饭""",
     ["大米", "饭碗", "筷子", "稻田", "农民", "粮食", "吃饭", "白米饭"]),

    # Fine-tuned R1-Distill-Qwen-7B; terse Mandarin thinking and answer.
    ("zh_ft_01", "黑夜",
     """<think>
线索：黑夜。最强：月亮、星星，然后黑暗、睡觉、寂静、路灯、失眠、梦。
</think>
月亮，星星，黑暗，睡觉，寂静，路灯，失眠，梦""",
     ["月亮", "星星", "黑暗", "睡觉", "寂静", "路灯", "失眠", "梦"]),

    # Fine-tuned model; template opened the thinking, only "</think>" shows.
    ("zh_ft_02", "诗",
     """诗：李白、唐诗、诗人、押韵、浪漫、意境、杜甫。
</think>

李白，唐诗，诗人，押韵，浪漫，意境，杜甫""",
     ["李白", "唐诗", "诗人", "押韵", "浪漫", "意境", "杜甫"]),

    # Fine-tuned model that no longer emits thinking.
    ("zh_ft_03", "星星",
     """月亮、夜空、闪烁、银河、宇宙、许愿、流星、眼睛""",
     ["月亮", "夜空", "闪烁", "银河", "宇宙", "许愿", "流星", "眼睛"]),

    # Fine-tuned R1-Distill-Qwen-7B, 10-20; answer cut mid-word.
    ("zh_ft_04", "风",
     """<think>
风：风筝、吹、凉爽、台风、风车、树叶、秋风、春风、大风、龙卷风、风扇。
</think>

风筝，吹，凉爽，台风，风车，树叶，秋风，春风，大风，龙卷""",
     ["风筝", "吹", "凉爽", "台风", "风车", "树叶", "秋风", "春风", "大风"]),

    # Fine-tuned Qwen3-8B; closing "……".
    ("zh_ft_05", "山",
     """<think>
山：高山、登山、山顶、风景、云雾、泰山。
</think>

高山，登山，山顶，风景，云雾，泰山……""",
     ["高山", "登山", "山顶", "风景", "云雾", "泰山"]),

    # Fine-tuned R1-Distill-Qwen-7B; 、 separated.
    ("zh_ft_06", "电脑",
     """<think>
电脑→键盘、鼠标、屏幕、上网、游戏、编程、办公、笔记本
</think>

键盘、鼠标、屏幕、上网、游戏、编程、办公、笔记本""",
     ["键盘", "鼠标", "屏幕", "上网", "游戏", "编程", "办公", "笔记本"]),

    # Fine-tuned R1-Distill-Llama-8B; thinking in English, answer Mandarin.
    ("zh_ft_07", "汽车",
     """<think>
cue 汽车 (car): 开车, 交通, 堵车, 司机, 轮胎, 汽油, 驾照, 高速.
</think>

开车，交通，堵车，司机，轮胎，汽油，驾照，高速""",
     ["开车", "交通", "堵车", "司机", "轮胎", "汽油", "驾照", "高速"]),

    # Fine-tuned Qwen3-8B; a line of a poem kept whole as an item.
    ("zh_ft_08", "李白",
     """<think>
李白：诗仙、床前明月光、酒、唐朝、月亮、静夜思、杜甫、浪漫。
</think>

诗仙，床前明月光，酒，唐朝，月亮，静夜思，杜甫，浪漫""",
     ["诗仙", "床前明月光", "酒", "唐朝", "月亮", "静夜思", "杜甫", "浪漫"]),
]

LISTS = EN_LISTS + ZH_LISTS

# ---------------------------------------------------------------------------
# Rankings (PPO ranking prompt)
# ---------------------------------------------------------------------------

RANKINGS = [
    # DeepSeek-R1-Distill-Qwen-7B; cue "bank", k=6:
    # money, river, loan, teller, vault, account.
    ("rk_en_01",
     """<think>
Okay, so I need to rank these six words by how strongly they're associated with "bank": money, river, loan, teller, vault, account.

Hmm, money is definitely the strongest, since banks deal with money. Then account, because you have a bank account. Loan comes next. Teller is someone who works at a bank. Vault is where the money is kept. River is the other meaning of bank, like a river bank, so it's probably the weakest for most people.

So: money, account, loan, teller, vault, river.
</think>

Money is the core of what a bank handles, and "bank account" is an extremely common phrase. Loans are a main banking service. Tellers and vaults are concrete parts of a bank, and "river" relates only to the other meaning of the word.

Final Ranking: money, account, loan, teller, vault, river""",
     ["money", "account", "loan", "teller", "vault", "river"]),

    # QwQ-32B; cue "doctor", k=8: nurse, hospital, medicine, patient,
    # stethoscope, surgery, health, white coat. Bold marker.
    ("rk_en_02",
     """<think>
Okay, let's tackle this. The cue is "doctor" and the eight words are nurse, hospital, medicine, patient, stethoscope, surgery, health, white coat.

First, which is the strongest? In free association data, "nurse" is famously the top response to "doctor." Then "hospital," since that's where doctors work. "Patient" is the person they treat — that's a strong relational link. "Medicine" is what they practice or prescribe. "Stethoscope" is the iconic tool. "White coat" is the iconic clothing. "Surgery" is a specialty. "Health" is more abstract.

Hmm, should "patient" come before "hospital"? Doctor-patient is a fixed pair... but "hospital" is also very strong. I'll keep hospital second.

Let me also double-check "surgery" vs "white coat." Surgery is a thing many doctors don't do; white coat is more universal visually. So white coat before surgery.

Order: nurse, hospital, patient, medicine, stethoscope, white coat, surgery, health.
</think>

**Explanation:** "Nurse" is the classic top associate of "doctor," and "hospital" is where doctors work. "Patient" and "medicine" describe who they treat and what they practice. "Stethoscope" and "white coat" are visual symbols, while "surgery" is a specialty and "health" is the broad goal.

**Final Ranking:** nurse, hospital, patient, medicine, stethoscope, white coat, surgery, health""",
     ["nurse", "hospital", "patient", "medicine", "stethoscope", "white coat", "surgery", "health"]),

    # Qwen3-8B thinking mode; cue "winter", k=5: snow, cold, Christmas, ice,
    # scarf. The ranking follows the marker as a numbered list.
    ("rk_en_03",
     """<think>
Okay, the user wants me to rank five words by association with "winter": snow, cold, Christmas, ice, scarf. Snow and cold are the strongest. Snow is more concrete, so maybe it's first. Then cold. Christmas is a major winter holiday. Ice next. Scarf is an item of clothing, so it's the weakest.
</think>

Snow and cold are the defining features of winter. Christmas is the best-known winter holiday, ice is a common winter sight, and a scarf is just one piece of winter clothing.

Final Ranking:
1. Snow
2. Cold
3. Christmas
4. Ice
5. Scarf""",
     ["snow", "cold", "christmas", "ice", "scarf"]),

    # DeepSeek-R1-Distill-Qwen-7B; cue "ocean", k=7. The thinking loops and
    # is never closed; it only mentions the marker, never ranks after it.
    # cut by the token limit
    ("rk_en_04",
     """<think>
Okay, so I have to rank these seven words: waves, fish, blue, beach, salt, whale, ship, based on how strongly they're associated with "ocean." Then I need to explain briefly and end with a line that starts with "Final Ranking:" followed by all 7 words in my order.

Let me think. Waves are definitely strong. Blue, because the ocean is blue. Fish live in the ocean. Beach is where the ocean meets land. Whale is a big ocean animal. Ship sails on the ocean. Salt, because ocean water is salty.

Hmm, should blue be before fish? Let me think again. Waves, blue, fish...

Wait, maybe beach should be second. Let me think again. Waves, beach, blue, fish...

Wait, maybe blue should be second. Let me think again. Waves, blue, beach, fish...

Wait, maybe beach should be second. Let me think again. Waves, beach, blue, fi""",
     []),

    # DeepSeek-R1-Distill-Llama-8B; cue "coffee", k=6: caffeine, morning,
    # cup, espresso, beans, tea. A draft marker line inside the thinking;
    # the answer's last marker differs and is the one taken.
    ("rk_en_05",
     """<think>
Alright, so I need to rank caffeine, morning, cup, espresso, beans, tea by how much they relate to "coffee."

First thought: caffeine is the main thing in coffee. Then beans, because coffee comes from beans. Espresso is a type of coffee. Morning, because people drink coffee in the morning. Cup. Tea is a different drink.

So a draft would be:
Final Ranking: caffeine, beans, espresso, morning, cup, tea

Wait, actually, "morning" might be stronger than "espresso" — most people associate coffee with their morning routine more than with espresso specifically. And "cup" — "a cup of coffee" is such a common phrase. Let me move morning and cup up.

Caffeine, morning, beans, cup, espresso, tea. That feels better.
</think>

Caffeine is the defining component of coffee, and coffee is strongly tied to the morning routine. Beans are what coffee is made from, and "a cup of coffee" is a very common phrase. Espresso is one specific type, while tea is a related but different drink.

Final Ranking: caffeine, morning, beans, cup, espresso, tea""",
     ["caffeine", "morning", "beans", "cup", "espresso", "tea"]),

    # o1-style API model (reasoning hidden); cue "music", k=6: song, melody,
    # band, guitar, concert, dance. A remark follows the ranking line.
    ("rk_en_06",
     """Song and melody are the most direct associations, since music is essentially organized melody delivered in songs. A band and a concert are how music is performed and experienced live. Guitar is one specific instrument, and dance is a response to music rather than music itself.

Final Ranking: song, melody, band, concert, guitar, dance

(Guitar and dance are close; the order between them could reasonably flip.)""",
     ["song", "melody", "band", "concert", "guitar", "dance"]),

    # DeepSeek-R1-Distill-Qwen-7B; cue "school", k=8: teacher, student,
    # classroom, homework, bus, lunch, exam, principal.
    # cut by the token limit
    ("rk_en_07",
     """<think>
Okay, so I need to rank teacher, student, classroom, homework, bus, lunch, exam, principal by their association with "school."

Teacher is first, then student. Classroom is the place. Homework is very school-related. Exam too. Principal runs the school. Bus is how kids get there. Lunch is part of the day but less central.

So: teacher, student, classroom, homework, exam, principal, bus, lunch.
</think>

Teachers and students are the people who make up a school, and the classroom is where learning happens. Homework and exams are core school activities. The principal leads the school, while the bus and lunch are more peripheral.

Final Ranking: teacher, student, classroom, homework, exam, princ""",
     ["teacher", "student", "classroom", "homework", "exam"]),

    # DeepSeek-R1-Distill-Qwen-7B; cue "fire", k=6: flame, heat, smoke, burn,
    # ash, campfire. The ranking after the marker is wrapped in \boxed{}.
    ("rk_en_08",
     r"""<think>
Okay, so the words are flame, heat, smoke, burn, ash, campfire. For "fire," flame is the most direct. Heat next. Then smoke, burn. Campfire is a type of fire. Ash is what's left after.
</think>

Flame is the visible part of fire and heat is what it produces. Smoke and burning come along with it, a campfire is one kind of fire, and ash is only what remains afterward.

Final Ranking: \boxed{flame, heat, smoke, burn, campfire, ash}""",
     ["flame", "heat", "smoke", "burn", "campfire", "ash"]),

    # QwQ-32B; cue "pet", k=7: dog, cat, fish, leash, vet, food, hamster.
    # "Rank n:" labels on the lines after the marker.
    ("rk_en_09",
     """<think>
Okay, so the cue is "pet" and the words are dog, cat, fish, leash, vet, food, hamster.

Dog and cat are the most common pets, dog slightly ahead. Then hamster and fish are also pets but less common — hamster is a classic "first pet," fish too. Vet is the pet doctor. Food — pet food. Leash is specific to dogs mostly.

Hmm, fish vs hamster? Fish are actually more commonly owned in many surveys, but as an association with the word "pet," hamster feels more prototypical. I'll go hamster, then fish.

So: dog, cat, hamster, fish, vet, food, leash. I'll present with rank labels for clarity.
</think>

Dogs and cats are by far the most typical pets, with hamsters and fish as common small pets. A vet and pet food relate to caring for any pet, while a leash is mainly for dogs.

Final Ranking:
Rank 1: dog
Rank 2: cat
Rank 3: hamster
Rank 4: fish
Rank 5: vet
Rank 6: food
Rank 7: leash""",
     ["dog", "cat", "hamster", "fish", "vet", "food", "leash"]),

    # DeepSeek-R1-Distill-Llama-8B; cue "summer", k=6: beach, heat,
    # vacation, sun, swimming, ice cream. The model writes "swim" for
    # "swimming" (kept as written).
    ("rk_en_10",
     """<think>
Okay, so the words are beach, heat, vacation, sun, swimming, ice cream. Summer makes me think of the sun first, then the beach, heat, vacation, swim, ice cream.
</think>

The sun is the most iconic symbol of summer, followed by the beach and the heat. Vacation is when people travel, swimming is a typical activity, and ice cream is a summer treat.

Final Ranking: sun, beach, heat, vacation, swim, ice cream""",
     ["sun", "beach", "heat", "vacation", "swim", "ice cream"]),

    # DeepSeek-R1-Distill-Qwen-7B; cue "king", k=6: queen, crown, throne,
    # castle, royal, prince. A later mention of the marker in a remark is
    # not followed by a ranking.
    ("rk_en_11",
     """<think>
Okay, so I need to rank queen, crown, throne, castle, royal, prince for "king." Queen first obviously. Crown is what a king wears. Throne where he sits. Royal describes him. Prince is his son. Castle is where he lives.
</think>

A king and queen form a pair, and the crown and throne are the main symbols of a king's power. "Royal" describes the king, a prince is the king's son, and a castle is where a king lives.

Final Ranking: queen, crown, throne, royal, prince, castle

This Final Ranking reflects the most common associations in everyday language.""",
     ["queen", "crown", "throne", "royal", "prince", "castle"]),

    # DeepSeek-R1-Distill-Llama-8B; cue "rain", k=5. The model ends with
    # "My ranking:" and never writes the marker.
    ("rk_en_12",
     """<think>
Alright, the words are umbrella, cloud, wet, storm, puddle. For "rain," umbrella and wet are the strongest. Then cloud, storm, puddle.
</think>

Rain makes things wet, and an umbrella is what people use against it. Clouds bring rain, storms are heavy rain, and puddles form afterward.

My ranking: umbrella, wet, cloud, storm, puddle""",
     []),

    # Qwen3-8B thinking mode; cue 月亮, k=6: 嫦娥，中秋，月饼，星星，夜晚，思念.
    ("rk_zh_01",
     """<think>
好的，用户给了六个词：嫦娥、中秋、月饼、星星、夜晚、思念，要按照和“月亮”的联想强度排序。

中秋节是赏月的节日，联想最强。嫦娥奔月的神话也很强。月饼和中秋相关，但和月亮的关系是间接的，不过月饼是圆的，象征满月。夜晚是月亮出现的时间。思念，“举头望明月，低头思故乡”。星星和月亮都在夜空中。

排序：中秋，嫦娥，月饼，夜晚，思念，星星。
</think>

中秋节是赏月的节日，与月亮联系最紧密；嫦娥奔月是关于月亮最著名的神话；月饼象征圆月；月亮在夜晚出现；古诗中月亮常寄托思念；星星与月亮同在夜空，但联系相对较弱。

最终排名：中秋，嫦娥，月饼，夜晚，思念，星星""",
     ["中秋", "嫦娥", "月饼", "夜晚", "思念", "星星"]),

    # DeepSeek-R1-Distill-Qwen-7B; template opened the thinking; cue 钱,
    # k=7: 银行，工资，财富，人民币，存款，消费，贪婪. Bold marker, numbered
    # list below it.
    ("rk_zh_02",
     """嗯，用户让我按照和“钱”的联想强度给七个词排序：银行，工资，财富，人民币，存款，消费，贪婪。

人民币就是钱本身，应该最强。然后是财富。银行是存钱的地方。工资是赚钱的方式。存款、消费都和钱有关。贪婪是负面的，联想最弱。

排序：人民币，财富，银行，工资，存款，消费，贪婪。
</think>

人民币就是中国的钱，联系最直接；财富是钱的积累；银行是管理钱的机构；工资是获得钱的主要途径；存款和消费分别是存钱和花钱；贪婪是对钱的过度欲望，联系相对间接。

**最终排名：**
1. 人民币
2. 财富
3. 银行
4. 工资
5. 存款
6. 消费
7. 贪婪""",
     ["人民币", "财富", "银行", "工资", "存款", "消费", "贪婪"]),

    # QwQ-32B; English thinking; cue 老师, k=6: 学生，黑板，粉笔，教室，作业，
    # 讲台. "第n名：" labels on lines after the marker.
    ("rk_zh_03",
     """<think>
Okay, the user is asking in Chinese. Cue: 老师 (teacher). Words: 学生 (student), 黑板 (blackboard), 粉笔 (chalk), 教室 (classroom), 作业 (homework), 讲台 (podium).

学生 is clearly the strongest — teacher and student are a pair. Then 教室 where teaching happens. 黑板 and 粉笔 are the classic tools; 黑板 is probably stronger. 讲台 is where the teacher stands. 作业 is assigned by teachers.

Hmm, 作业 vs 讲台 — homework is more something students think of; 讲台 is specifically the teacher's place. I'd put 讲台 ahead of 作业.

Order: 学生, 教室, 黑板, 粉笔, 讲台, 作业. I should answer in Chinese.
</think>

老师和学生是相对应的角色，联系最强；教室是老师工作的地方；黑板和粉笔是老师上课的典型工具；讲台是老师站立讲课的位置；作业由老师布置，但更多与学生相关。

最终排名：
第1名：学生
第2名：教室
第3名：黑板
第4名：粉笔
第5名：讲台
第6名：作业""",
     ["学生", "教室", "黑板", "粉笔", "讲台", "作业"]),

    # DeepSeek-R1-Distill-Qwen-7B; cue 春节, k=7. Thinking never closed; the
    # marker is only mentioned as part of the task.
    # cut by the token limit
    ("rk_zh_04",
     """<think>
好的，用户让我把这七个词按照和“春节”的联想强度从强到弱排序：饺子，红包，鞭炮，春联，团圆，春晚，拜年。最后要以“最终排名：”开头的一行列出全部七个词语。

首先，春节最重要的是团圆，一家人在一起过年。然后是红包，小孩子最期待。饺子是北方的传统食物。鞭炮、春联也很典型。春晚是现代的习俗。拜年是走亲戚。

嗯，团圆和红包哪个更强？团圆是春节的核心意义，但是红包可能是第一反应……

等等，我再想想。团圆，红包，饺子……

等等，我再想想。红包，团圆，饺子……

等等，我再想想。团圆，红包，鞭""",
     []),

    # DeepSeek-R1-Distill-Llama-8B; cue 冬天, k=6: 雪，寒冷，棉袄，春节，暖气，
    # 火锅. English thinking and English marker; Mandarin words.
    ("rk_zh_05",
     """<think>
Okay, the cue is 冬天 (winter). The words are 雪 (snow), 寒冷 (cold), 棉袄 (padded jacket), 春节 (Spring Festival), 暖气 (heating), 火锅 (hot pot). Cold and snow are strongest. Then padded jacket, heating, hot pot, Spring Festival.
</think>

Cold and snow are the defining features of winter. A padded jacket and heating are how people keep warm, hot pot is a popular winter meal, and the Spring Festival happens at the end of winter.

Final Ranking: 寒冷, 雪, 棉袄, 暖气, 火锅, 春节""",
     ["寒冷", "雪", "棉袄", "暖气", "火锅", "春节"]),

    # o1-style API model; cue 北京, k=6: 长城，故宫，天安门，烤鸭，胡同，雾霾.
    # A parenthetical note follows the ranking line.
    ("rk_zh_06",
     """天安门和故宫是北京最具代表性的地标，位于城市中心；长城虽然部分位于北京郊区，但同样是北京的象征；烤鸭是北京最有名的美食；胡同代表老北京的生活；雾霾是近年来与北京相关的话题，但联系较弱。

最终排名：天安门，故宫，长城，烤鸭，胡同，雾霾

（注：长城与故宫的先后顺序因人而异。）""",
     ["天安门", "故宫", "长城", "烤鸭", "胡同", "雾霾"]),

    # DeepSeek-R1-Distill-Qwen-7B; cue 医院, k=7: 医生，护士，病人，药，
    # 救护车，手术，消毒水. A draft marker line inside the thinking; the
    # answer's last marker is taken.
    ("rk_zh_07",
     """<think>
好的，我需要把医生、护士、病人、药、救护车、手术、消毒水按照和“医院”的联想强度排序。

医生最强，然后护士，病人。药、手术、救护车、消毒水。

初步：
最终排名：医生，护士，病人，药，手术，救护车，消毒水

嗯，等一下，消毒水的味道是很多人对医院的第一印象，应该往前放一点。救护车也很直接。改一下：医生，护士，病人，消毒水，救护车，手术，药。
</think>

医生和护士是医院里最主要的工作人员，病人是医院服务的对象。消毒水的气味是很多人对医院的第一印象，救护车把病人送到医院，手术在医院进行，药则在药店也能买到，所以联系相对弱一些。

最终排名：医生，护士，病人，消毒水，救护车，手术，药""",
     ["医生", "护士", "病人", "消毒水", "救护车", "手术", "药"]),

    # Qwen3-8B thinking mode; cue 熊猫, k=8: 竹子，国宝，可爱，四川，黑白，
    # 动物园，成都，憨态可掬. Numbered ranking cut inside item 8.
    # cut by the token limit
    ("rk_zh_08",
     """<think>
好的，用户让我按照和“熊猫”的联想强度给八个词排序：竹子、国宝、可爱、四川、黑白、动物园、成都、憨态可掬。

熊猫吃竹子，这是最经典的联想。国宝，大熊猫是中国的国宝。黑白是外形特征。可爱也很强。四川是熊猫的故乡，成都有熊猫基地。动物园是人们看熊猫的地方。憨态可掬是形容熊猫的成语。

排序：竹子，国宝，黑白，可爱，四川，成都，动物园，憨态可掬。
</think>

竹子是熊猫的主食，联想最强；大熊猫是中国的国宝；黑白相间是它最明显的外形特征；可爱是人们对熊猫的普遍印象；四川是熊猫的主要栖息地，成都有著名的熊猫基地；动物园是多数人看到熊猫的地方；憨态可掬是形容熊猫的常用成语。

最终排名：
1. 竹子
2. 国宝
3. 黑白
4. 可爱
5. 四川
6. 成都
7. 动物园
8. 憨态""",
     ["竹子", "国宝", "黑白", "可爱", "四川", "成都", "动物园"]),

    # DeepSeek-R1-Distill-Qwen-7B; cue 重庆, k=6: 火锅，山城，辣，轻轨，长江，
    # 雾. A gloss on the first item and a repeated word at the end.
    ("rk_zh_09",
     """<think>
好的，重庆……火锅最强，然后是山城，辣，长江，轻轨，雾。重庆的轻轨穿楼很有名。
</think>

重庆火锅闻名全国；山城是重庆的别称；重庆菜以辣著称；长江流经重庆；轻轨穿楼是网红景点；雾都也是重庆的别称。

最终排名：火锅（最直接的联想），山城，辣，长江，轻轨，雾，辣""",
     ["火锅", "山城", "辣", "长江", "轻轨", "雾"]),

    # Qwen3-8B thinking mode; cue 猫, k=5: 老鼠，鱼，喵，宠物，毛线球. After the
    # ranking a closing sentence mentions the marker without a ranking.
    ("rk_zh_10",
     """<think>
好的，用户让我按照和“猫”的联想强度给五个词排序：老鼠，鱼，喵，宠物，毛线球。“喵”是猫的叫声，很直接。猫抓老鼠是经典联想。猫爱吃鱼。宠物是猫的身份。毛线球是猫玩的玩具。

排序：老鼠，喵，鱼，宠物，毛线球。
</think>

“猫捉老鼠”是最经典的联想；“喵”是猫的叫声；猫爱吃鱼；猫是常见的宠物；毛线球是猫常玩的玩具，联系相对较弱。

最终排名：老鼠，喵，鱼，宠物，毛线球

以上就是我的最终排名。""",
     ["老鼠", "喵", "鱼", "宠物", "毛线球"]),
]

# Lists whose text ends cut mid-word by the token limit.
TRUNCATED = {
    "en_van_12",  # unclosed thinking, ends "sm"
    "en_van_15",  # explained list, ends "**Lim"
    "en_van_18",  # looping answer, ends "wint"
    "en_van_24",  # answer ends "soldi"
    "en_van_47",  # unclosed thinking, ends "pepp"
    "en_ft_05",   # ends "fi"
    "zh_van_10",  # unclosed thinking, ends "乌" (乌云)
    "zh_van_14",  # ends "无拘无" (无拘无束)
    "zh_van_29",  # looping answer, ends "阳" (阳光)
    "zh_van_45",  # ends "万物复" (万物复苏)
    "zh_ft_04",   # ends "龙卷" (龙卷风)
}

# Cases where two careful readers could disagree; the other reading is given
# in a comment at each case.
AMBIGUOUS = {
    "en_van_44",  # second, parenthetical list for the other sense of "bright"
    "en_van_48",  # English prompt answered in Chinese with English glosses
    "zh_van_22",  # "苹果/华为": one item or two
}
