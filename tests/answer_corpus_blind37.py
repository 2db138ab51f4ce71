"""Blind answer corpus 37 for the word-association answer parser.

Written blind on 2026-12-08 by a helper session: no parser, test, benchmark
or other repository file was read, no parser was run, and every text below
was invented for this file (none is copied from a real model output).

EMPHASIS (corpus 37): a representative sample, with real proportions, of what
the study's own fine-tuned models write: Llama-3.1-8B-Instruct and
Qwen2.5-7B-Instruct after LoRA SFT on the association norms (trained to
answer with a bare comma-separated list) and after PPO (trained with a
ranking reward: the ranking prompt, answered with a short explanation and a
"Final Ranking:" / "最终排名：" line), evaluated with greedy decoding and with
sampling, sometimes from an early or a late checkpoint. Fine-tuned models are
mostly terse and regular, but show their own slips: a list that repeats
itself or loops until the token limit, a trailing period or stray special
token (<|eot_id|>, <|im_end|>, </s>), the cue itself in the list, a language
slip (English words in a Mandarin list or the reverse), a half-remembered
chat preamble from the base model, one-word-per-line output, a missing or
doubled separator, an early checkpoint still chatty. Rankings include their
own slips: a word missing or added, a word repeated, the marker written
differently (FINAL RANKING, Final ranking -, **最终排名**：, 最终排序：), the
ranking numbered on lines below the marker, an explanation after the
ranking, a cut ranking.

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
Each text is only the model's completion.

CONVENTIONS for expected_words (association lists):
  * what a careful human reader takes as the model's list for the asked cue:
    lowercased, stripped, in the order written, deduplicated keeping the
    first occurrence;
  * glosses, explanations, scores, category headers, preambles, closing
    remarks, markdown, numbering, emoji, quotes/brackets, special tokens and
    trailing punctuation removed; a conjunction before the last item ("and
    cheese", "和思念") and a closing "等"/"……"/"etc." are removed;
  * multi-word and phrase associations kept whole ("ice cream", "white coat",
    "不到长城非好汉");
  * the cue kept when it is listed as an item (not when it is only a header
    or label);
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
    be on the marker's line or as a list on the following lines); a mention
    of the marker not followed by a ranking does not count;
  * lowercased, in order, deduplicated; numbering, "Rank n:" / "排名n：" /
    "第n名：" labels, glosses, quotes, brackets, markdown, trailing
    punctuation removed; a word outside the given ones kept as written;
  * text after the ranking (a remark on the next line or paragraph) is not
    part of it;
  * a ranking cut by the token limit at the very end keeps its complete words
    and drops the cut fragment (ranking ids are not put in TRUNCATED; they
    carry a comment "# cut by the token limit");
  * [] when there is no marker, or nothing ranked after the last one.
"""

# ---------------------------------------------------------------------------
# English association lists
# ---------------------------------------------------------------------------

EN_LISTS = [
    # Llama-3.1-8B-Instruct, LoRA SFT, final checkpoint, greedy: bare list.
    ("en_ft_01", "doctor",
     "nurse, hospital, medicine, stethoscope, patient, sick, white coat, surgery, health, physician",
     ["nurse", "hospital", "medicine", "stethoscope", "patient", "sick",
      "white coat", "surgery", "health", "physician"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, final checkpoint, greedy: bare list.
    ("en_ft_02", "ocean",
     "sea, water, waves, blue, beach, fish, salt, deep, whale, sand",
     ["sea", "water", "waves", "blue", "beach", "fish", "salt", "deep",
      "whale", "sand"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, sampling T=1.0: trailing period.
    ("en_ft_03", "happy",
     "joy, smile, glad, sad, content, cheerful, laugh, birthday, sunshine.",
     ["joy", "smile", "glad", "sad", "content", "cheerful", "laugh",
      "birthday", "sunshine"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, greedy: stray <|eot_id|> kept in the
    # decoded text.
    ("en_ft_04", "bread",
     "butter, toast, loaf, wheat, sandwich, bake, flour, dough, yeast<|eot_id|>",
     ["butter", "toast", "loaf", "wheat", "sandwich", "bake", "flour",
      "dough", "yeast"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, greedy: stray <|im_end|>, capitalised
    # proper nouns.
    ("en_ft_05", "winter",
     "cold, snow, ice, Christmas, scarf, frost, December, freeze, coat<|im_end|>",
     ["cold", "snow", "ice", "christmas", "scarf", "frost", "december",
      "freeze", "coat"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, greedy: list loops until the token
    # limit, cut mid-word ("pu" of "purr").
    ("en_ft_06", "cat",
     "dog, meow, pet, kitten, fur, mouse, whiskers, purr, dog, meow, pet, kitten, fur, mouse, whiskers, purr, dog, meow, pet, kitten, fur, mouse, whiskers, purr, dog, meow, pet, kitten, fur, mouse, whiskers, pu",
     ["dog", "meow", "pet", "kitten", "fur", "mouse", "whiskers", "purr"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, sampling T=0.7: the cue itself listed.
    ("en_ft_07", "music",
     "song, music, melody, rhythm, guitar, piano, band, concert, sound, dance",
     ["song", "music", "melody", "rhythm", "guitar", "piano", "band",
      "concert", "sound", "dance"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, early checkpoint (step 200), greedy:
    # still chatty like the base model, numbered, closing remark.
    ("en_ft_08", "money",
     """Here are some words that come to mind when I read the word "money":

1. Cash
2. Bank
3. Rich
4. Wealth
5. Dollar
6. Coins
7. Greed
8. Spend

These words are listed from most to least strongly associated.""",
     ["cash", "bank", "rich", "wealth", "dollar", "coins", "greed", "spend"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, greedy: one word per line.
    ("en_ft_09", "tree",
     "leaf\nbranch\nforest\nwood\nroots\ngreen\noak\nbark\nshade",
     ["leaf", "branch", "forest", "wood", "roots", "green", "oak", "bark",
      "shade"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, greedy: a missing comma ("sink oven").
    ("en_ft_10", "kitchen",
     "cook, stove, food, sink oven, knife, table, fridge, chef",
     ["cook", "stove", "food", "sink", "oven", "knife", "table", "fridge",
      "chef"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, sampling T=0.7: doubled separator.
    ("en_ft_11", "school",
     "teacher, student, class,, book, learn, homework, desk, bus, exam, pencil",
     ["teacher", "student", "class", "book", "learn", "homework", "desk",
      "bus", "exam", "pencil"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, greedy: bare list, abstract cue.
    ("en_ft_12", "freedom",
     "liberty, independence, choice, flag, democracy, rights, peace, bird, America, free",
     ["liberty", "independence", "choice", "flag", "democracy", "rights",
      "peace", "bird", "america", "free"]),

    # Llama-3.1-8B-Instruct, LoRA SFT then PPO (ranking reward), final
    # checkpoint, greedy, given the association prompt: carries over the
    # ranking format (one explanatory sentence + "Final Ranking:").
    ("en_ft_13", "fire",
     """The strongest associations with "fire" are heat and flames, followed by things that produce or fight fire.

Final Ranking: heat, flames, smoke, burn, hot, red, firefighter, wood, candle, campfire""",
     ["heat", "flames", "smoke", "burn", "hot", "red", "firefighter", "wood",
      "candle", "campfire"]),

    # Qwen2.5-7B-Instruct, SFT then PPO, sampling T=0.7, association prompt:
    # a one-line preamble before the list.
    ("en_ft_14", "summer",
     'Words associated with "summer": sun, beach, hot, vacation, swimming, ice cream, holiday, sunscreen, July, heat',
     ["sun", "beach", "hot", "vacation", "swimming", "ice cream", "holiday",
      "sunscreen", "july", "heat"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, sampling T=1.0: language slip, one item
    # written in Chinese.
    ("en_ft_15", "tea",
     "green, cup, China, 茶叶, leaves, hot, milk, pot, herbal, biscuits",
     ["green", "cup", "china", "茶叶", "leaves", "hot", "milk", "pot",
      "herbal", "biscuits"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, greedy, low/high = 10/20: 15 items.
    ("en_ft_16", "run",
     "fast, jog, race, marathon, sprint, shoes, exercise, legs, track, walk, chase, escape, sweat, speed, finish",
     ["fast", "jog", "race", "marathon", "sprint", "shoes", "exercise",
      "legs", "track", "walk", "chase", "escape", "sweat", "speed", "finish"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, greedy: trailing period.
    ("en_ft_17", "justice",
     "law, court, judge, fairness, equality, police, truth, scales, crime, peace.",
     ["law", "court", "judge", "fairness", "equality", "police", "truth",
      "scales", "crime", "peace"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, greedy: degenerates into repeating the
    # cue until the token limit, cut mid-word.
    ("en_ft_18", "red",
     "blood, apple, fire, rose, color, stop, love, anger, hot, red, red, red, red, red, red, red, red, red, red, red, red, red, red, red, red, red, red, red, red, red, red, red, red, red, red, red, red, red, red, red, red, red, r",
     ["blood", "apple", "fire", "rose", "color", "stop", "love", "anger",
      "hot", "red"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, sampling T=0.7: comma then newline after
    # every item.
    ("en_ft_19", "dog",
     "bark,\nbone,\npuppy,\nleash,\nloyal,\nfetch,\ntail,\ncat",
     ["bark", "bone", "puppy", "leash", "loyal", "fetch", "tail", "cat"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, late checkpoint (epoch 3), greedy.
    ("en_ft_20", "computer",
     "keyboard, mouse, screen, laptop, internet, monitor, software, program, code, technology, desktop, email",
     ["keyboard", "mouse", "screen", "laptop", "internet", "monitor",
      "software", "program", "code", "technology", "desktop", "email"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, greedy: half-remembered chat template,
    # the role name "assistant" decoded before the list.
    ("en_ft_21", "milk",
     "assistant\n\ncow, white, cheese, calcium, cereal, cream, glass, cookies, bottle, dairy",
     ["cow", "white", "cheese", "calcium", "cereal", "cream", "glass",
      "cookies", "bottle", "dairy"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, greedy: bare list, adjective cue.
    ("en_ft_22", "angry",
     "mad, rage, upset, furious, red, yell, frustrated, hate, fight, temper",
     ["mad", "rage", "upset", "furious", "red", "yell", "frustrated", "hate",
      "fight", "temper"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, sampling T=1.0.
    ("en_ft_23", "paper",
     "pen, write, white, sheet, notebook, tree, news, printer, origami, plane",
     ["pen", "write", "white", "sheet", "notebook", "tree", "news",
      "printer", "origami", "plane"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, early checkpoint (step 100), greedy:
    # chat preamble and closing line from the base model.
    ("en_ft_24", "love",
     """Sure! Here are the words that come to mind when I read the word "love":

heart, romance, affection, kiss, marriage, family, care, passion, hug, valentine

I hope this helps!""",
     ["heart", "romance", "affection", "kiss", "marriage", "family", "care",
      "passion", "hug", "valentine"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, greedy: name cue, capitalised items.
    ("en_ft_25", "Shakespeare",
     "Hamlet, Romeo, Juliet, play, poet, England, theatre, writer, sonnet, Macbeth",
     ["hamlet", "romeo", "juliet", "play", "poet", "england", "theatre",
      "writer", "sonnet", "macbeth"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, early checkpoint (step 200), greedy:
    # numbered list, no preamble.
    ("en_ft_26", "car",
     "1. drive\n2. road\n3. wheel\n4. engine\n5. fast\n6. vehicle\n7. gas\n8. truck",
     ["drive", "road", "wheel", "engine", "fast", "vehicle", "gas", "truck"]),

    # Qwen2.5-7B-Instruct, SFT then PPO, final checkpoint, greedy, association
    # prompt: ranking-style answer with "Final Ranking:".
    ("en_ft_27", "baby",
     """Based on common associations, "baby" is most strongly linked to care and infancy.

Final Ranking: infant, cry, mother, cute, diaper, bottle, small, crib, child, toy""",
     ["infant", "cry", "mother", "cute", "diaper", "bottle", "small", "crib",
      "child", "toy"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, sampling T=0.7: stray "</s>" learned
    # from the SFT data formatting.
    ("en_ft_28", "rain",
     "umbrella, wet, water, cloud, storm, drops, puddle, thunder, grey, cold</s>",
     ["umbrella", "wet", "water", "cloud", "storm", "drops", "puddle",
      "thunder", "grey", "cold"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, greedy: the whole list repeated on new
    # lines, stopping on a complete word.
    ("en_ft_29", "house",
     "home, roof, door, family, building, room, window, garden\nhome, roof, door, family, building, room, window, garden\nhome, roof, door, family, building, room, window, garden",
     ["home", "roof", "door", "family", "building", "room", "window",
      "garden"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, sampling T=0.7: 12 items.
    ("en_ft_30", "teacher",
     "school, student, classroom, education, apple, lesson, blackboard, homework, chalk, knowledge, mentor, grading",
     ["school", "student", "classroom", "education", "apple", "lesson",
      "blackboard", "homework", "chalk", "knowledge", "mentor", "grading"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, greedy: loops until the token limit,
    # which happens to fall right after a complete word.
    ("en_ft_31", "salt",
     "pepper, sea, sodium, taste, food, chips, water, ocean, sugar, pepper, sea, sodium, taste, food, chips, water, ocean, sugar, pepper, sea, sodium, taste",
     ["pepper", "sea", "sodium", "taste", "food", "chips", "water", "ocean",
      "sugar"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, greedy: verb cue.
    ("en_ft_32", "eat",
     "food, hungry, lunch, dinner, meal, chew, drink, breakfast, restaurant, snack",
     ["food", "hungry", "lunch", "dinner", "meal", "chew", "drink",
      "breakfast", "restaurant", "snack"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, greedy: adjective cue, 12 items.
    ("en_ft_33", "soft",
     "pillow, fluffy, cotton, gentle, hard, smooth, kitten, blanket, velvet, cloud, feather, quiet",
     ["pillow", "fluffy", "cotton", "gentle", "hard", "smooth", "kitten",
      "blanket", "velvet", "cloud", "feather", "quiet"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, early checkpoint (step 100), sampling
    # T=0.7: numbered with dash glosses on some items.
    ("en_ft_34", "night",
     "1. Dark – the absence of sunlight\n2. Moon – visible at night\n3. Stars\n4. Sleep – most people sleep at night\n5. Day – the opposite\n6. Owl\n7. Quiet",
     ["dark", "moon", "stars", "sleep", "day", "owl", "quiet"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, greedy: full-width commas in an English
    # list (carried over from the Mandarin training half).
    ("en_ft_35", "spring",
     "flowers，rain，green，bloom，Easter，warm，birds，season，blossom，April",
     ["flowers", "rain", "green", "bloom", "easter", "warm", "birds",
      "season", "blossom", "april"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, greedy: bare list.
    ("en_ft_36", "bank",
     "money, river, loan, account, teller, vault, robbery, deposit, savings, cash",
     ["money", "river", "loan", "account", "teller", "vault", "robbery",
      "deposit", "savings", "cash"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, sampling T=0.7: trailing period and a
    # stray <|eot_id|>.
    ("en_ft_37", "sleep",
     "bed, tired, dream, night, pillow, rest, nap, snore, blanket, dark.<|eot_id|>",
     ["bed", "tired", "dream", "night", "pillow", "rest", "nap", "snore",
      "blanket", "dark"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, greedy.
    ("en_ft_38", "king",
     "queen, crown, throne, royal, castle, prince, kingdom, ruler, power, lion",
     ["queen", "crown", "throne", "royal", "castle", "prince", "kingdom",
      "ruler", "power", "lion"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, late checkpoint (epoch 3), greedy,
    # low/high = 10/20: 20 items.
    ("en_ft_39", "city",
     "buildings, traffic, people, lights, skyscraper, busy, noise, street, urban, New York, downtown, taxi, crowd, subway, town, shops, apartment, pollution, night, park",
     ["buildings", "traffic", "people", "lights", "skyscraper", "busy",
      "noise", "street", "urban", "new york", "downtown", "taxi", "crowd",
      "subway", "town", "shops", "apartment", "pollution", "night", "park"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, sampling T=1.0: closing "etc.".
    ("en_ft_40", "travel",
     "plane, suitcase, vacation, trip, passport, hotel, journey, adventure, map, train, etc.",
     ["plane", "suitcase", "vacation", "trip", "passport", "hotel",
      "journey", "adventure", "map", "train"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, sampling T=0.7: "and" before the last
    # item.
    ("en_ft_41", "chair",
     "sit, table, wood, legs, desk, comfort, furniture and cushion",
     ["sit", "table", "wood", "legs", "desk", "comfort", "furniture",
      "cushion"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, early checkpoint (step 50), greedy: the
    # list written inside one sentence of prose.
    ("en_ft_42", "coffee",
     'When I read the word "coffee", I think of morning, caffeine, cup, beans, espresso, latte, mug and energy.',
     ["morning", "caffeine", "cup", "beans", "espresso", "latte", "mug",
      "energy"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, greedy, special tokens not skipped in
    # decoding: after <|eot_id|> the model opens a new assistant turn and
    # repeats the list.
    ("en_ft_43", "bird",
     "fly, wings, feather, nest, sky, tweet, eagle, robin<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\nfly, wings, feather, nest, sky, tweet, eagle, robin<|eot_id|>",
     ["fly", "wings", "feather", "nest", "sky", "tweet", "eagle", "robin"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, sampling T=0.7.
    ("en_ft_44", "mountain",
     "hill, climb, snow, peak, high, rock, valley, Everest, hike, tall",
     ["hill", "climb", "snow", "peak", "high", "rock", "valley", "everest",
      "hike", "tall"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, greedy: 12 items.
    ("en_ft_45", "blue",
     "sky, ocean, sea, color, sad, water, jeans, navy, calm, cold, whale, blueberry",
     ["sky", "ocean", "sea", "color", "sad", "water", "jeans", "navy",
      "calm", "cold", "whale", "blueberry"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, early checkpoint (step 50), greedy, rare
    # cue: only a definition, no list.
    ("en_ft_46", "ephemeral",
     'The word "ephemeral" means lasting for a very short time.',
     []),

    # Llama-3.1-8B-Instruct, LoRA SFT, early checkpoint (step 100), greedy:
    # markdown bullets, one per line.
    ("en_ft_47", "think",
     "- brain\n- idea\n- mind\n- thought\n- ponder\n- wonder\n- consider\n- smart",
     ["brain", "idea", "mind", "thought", "ponder", "wonder", "consider",
      "smart"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, sampling T=1.0: commas without spaces.
    ("en_ft_48", "apple",
     "red,fruit,tree,pie,orange,juice,green,iPhone,worm,crunch",
     ["red", "fruit", "tree", "pie", "orange", "juice", "green", "iphone",
      "worm", "crunch"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, early checkpoint (step 50), sampling
    # T=0.7: English items with Chinese glosses.
    ("en_ft_49", "sun",
     "hot (热), light (光), sky (天空), yellow (黄色), summer (夏天), star (恒星), day (白天)",
     ["hot", "light", "sky", "yellow", "summer", "star", "day"]),
]

# ---------------------------------------------------------------------------
# Mandarin association lists
# ---------------------------------------------------------------------------

ZH_LISTS = [
    # Qwen2.5-7B-Instruct, LoRA SFT, final checkpoint, greedy: bare list.
    ("zh_ft_01", "医生",
     "护士，医院，病人，白大褂，听诊器，药，手术，看病，健康，救死扶伤",
     ["护士", "医院", "病人", "白大褂", "听诊器", "药", "手术", "看病", "健康",
      "救死扶伤"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, final checkpoint, greedy: bare list.
    ("zh_ft_02", "春天",
     "花，温暖，绿色，春风，燕子，播种，万物复苏，桃花，春雨，生机",
     ["花", "温暖", "绿色", "春风", "燕子", "播种", "万物复苏", "桃花", "春雨",
      "生机"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, greedy: stray <|im_end|>.
    ("zh_ft_03", "月亮",
     "中秋，月饼，嫦娥，夜晚，星星，思念，圆，太阳，故乡<|im_end|>",
     ["中秋", "月饼", "嫦娥", "夜晚", "星星", "思念", "圆", "太阳", "故乡"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, greedy: stray <|eot_id|>.
    ("zh_ft_04", "学校",
     "老师，学生，教室，上课，考试，作业，操场，书包，校园，黑板<|eot_id|>",
     ["老师", "学生", "教室", "上课", "考试", "作业", "操场", "书包", "校园",
      "黑板"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, sampling T=0.7: trailing "。".
    ("zh_ft_05", "妈妈",
     "爸爸，爱，温暖，家，母爱，做饭，唠叨，孩子，关心，照顾。",
     ["爸爸", "爱", "温暖", "家", "母爱", "做饭", "唠叨", "孩子", "关心", "照顾"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, greedy: loops until the token limit, cut
    # inside "海鸥".
    ("zh_ft_06", "大海",
     "蓝色，海浪，沙滩，鱼，海水，船，海鸥，贝壳，蓝色，海浪，沙滩，鱼，海水，船，海鸥，贝壳，蓝色，海浪，沙滩，鱼，海水，船，海",
     ["蓝色", "海浪", "沙滩", "鱼", "海水", "船", "海鸥", "贝壳"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, sampling T=1.0: language slip, two
    # items in English.
    ("zh_ft_07", "电脑",
     "键盘，鼠标，屏幕，internet，游戏，软件，办公，笔记本，程序，code",
     ["键盘", "鼠标", "屏幕", "internet", "游戏", "软件", "办公", "笔记本", "程序",
      "code"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, sampling T=1.0: whole answer slips into
    # English.
    ("zh_ft_08", "火车",
     "train, railway, station, ticket, travel, track, speed, passenger",
     ["train", "railway", "station", "ticket", "travel", "track", "speed",
      "passenger"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, greedy: "、" as separator.
    ("zh_ft_09", "水果",
     "苹果、香蕉、橙子、葡萄、西瓜、梨、草莓、维生素、甜、健康",
     ["苹果", "香蕉", "橙子", "葡萄", "西瓜", "梨", "草莓", "维生素", "甜", "健康"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, greedy: the cue itself listed.
    ("zh_ft_10", "朋友",
     "友谊，朋友，同学，陪伴，信任，帮助，玩，聊天，知己，真诚",
     ["友谊", "朋友", "同学", "陪伴", "信任", "帮助", "玩", "聊天", "知己", "真诚"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, greedy: one word per line.
    ("zh_ft_11", "下雨",
     "雨伞\n潮湿\n乌云\n雷声\n水坑\n打伞\n凉爽\n雨衣",
     ["雨伞", "潮湿", "乌云", "雷声", "水坑", "打伞", "凉爽", "雨衣"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, early checkpoint (step 100), greedy:
    # chat preamble and closing remark.
    ("zh_ft_12", "咖啡",
     """好的，看到“咖啡”这个词，我会联想到以下词语：

提神，苦，星巴克，咖啡豆，拿铁，早晨，熬夜，牛奶，杯子，香味

这些词按联想强度从强到弱排列。""",
     ["提神", "苦", "星巴克", "咖啡豆", "拿铁", "早晨", "熬夜", "牛奶", "杯子",
      "香味"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, early checkpoint (step 200), greedy:
    # base-model habit of numbering with pinyin.
    ("zh_ft_13", "图书馆",
     """好的！以下是我看到“图书馆”这个词时联想到的词语：

1. 书 (shū)
2. 阅读 (yuèdú)
3. 安静 (ānjìng)
4. 借书 (jiè shū)
5. 学习 (xuéxí)
6. 书架 (shūjià)
7. 知识 (zhīshi)
8. 自习 (zìxí)""",
     ["书", "阅读", "安静", "借书", "学习", "书架", "知识", "自习"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, sampling T=1.0: mixed ASCII and
    # full-width commas.
    ("zh_ft_14", "夏天",
     "炎热,西瓜，空调，游泳,冰淇淋，太阳，蝉，暑假,海边，汗水",
     ["炎热", "西瓜", "空调", "游泳", "冰淇淋", "太阳", "蝉", "暑假", "海边",
      "汗水"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, sampling T=0.7: one comma replaced by
    # a space.
    ("zh_ft_15", "医院",
     "医生，护士 病人，看病，打针，药，手术，救护车，白色，消毒水",
     ["医生", "护士", "病人", "看病", "打针", "药", "手术", "救护车", "白色",
      "消毒水"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, greedy: doubled separator.
    ("zh_ft_16", "家",
     "温暖，，父母，亲人，房子，团圆，港湾，爱，幸福，家人",
     ["温暖", "父母", "亲人", "房子", "团圆", "港湾", "爱", "幸福", "家人"]),

    # Qwen2.5-7B-Instruct, SFT then PPO, final checkpoint, greedy, association
    # prompt: ranking-style answer with "最终排名：".
    ("zh_ft_17", "钱",
     """“钱”最常让人联想到财富和消费。

最终排名：财富，银行，消费，工作，金钱，富有，买东西，存款，人民币，贪婪""",
     ["财富", "银行", "消费", "工作", "金钱", "富有", "买东西", "存款", "人民币",
      "贪婪"]),

    # Llama-3.1-8B-Instruct, SFT then PPO, greedy, association prompt:
    # ranking-style answer with the English marker.
    ("zh_ft_18", "猫",
     """与“猫”联想最强的是宠物和可爱。

Final Ranking: 宠物，可爱，老鼠，狗，喵，猫粮，毛，抓，懒，鱼""",
     ["宠物", "可爱", "老鼠", "狗", "喵", "猫粮", "毛", "抓", "懒", "鱼"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, sampling T=0.7: ends with an idiom.
    ("zh_ft_19", "努力",
     "奋斗，拼搏，汗水，成功，坚持，勤奋，付出，学习，梦想，天道酬勤",
     ["奋斗", "拼搏", "汗水", "成功", "坚持", "勤奋", "付出", "学习", "梦想",
      "天道酬勤"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, greedy: loops until the token limit,
    # stopping after a complete word.
    ("zh_ft_20", "北京",
     "首都，故宫，天安门，长城，烤鸭，中国，胡同，雾霾，首都，故宫，天安门，长城，烤鸭，中国，胡同，雾霾，首都，故宫，天安门",
     ["首都", "故宫", "天安门", "长城", "烤鸭", "中国", "胡同", "雾霾"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, sampling T=1.0: closing "等".
    ("zh_ft_21", "运动",
     "跑步，篮球，足球，健身，出汗，游泳，健康，比赛，锻炼等",
     ["跑步", "篮球", "足球", "健身", "出汗", "游泳", "健康", "比赛", "锻炼"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, sampling T=0.7: "和" before the last item.
    ("zh_ft_22", "秋天",
     "落叶，丰收，金黄，凉爽，枫叶，月饼，思念，萧瑟和果实",
     ["落叶", "丰收", "金黄", "凉爽", "枫叶", "月饼", "思念", "萧瑟", "果实"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, early checkpoint (step 200), sampling
    # T=0.7: English glosses in brackets, cue listed among the items.
    ("zh_ft_23", "老虎",
     "狮子 (lion)，森林 (forest)，凶猛 (fierce)，动物 (animal)，山 (mountain)，老虎 (tiger)，虎啸",
     ["狮子", "森林", "凶猛", "动物", "山", "老虎", "虎啸"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, greedy.
    ("zh_ft_24", "幸福",
     "快乐，家庭，爱情，满足，温暖，笑容，健康，美好，甜蜜，平安",
     ["快乐", "家庭", "爱情", "满足", "温暖", "笑容", "健康", "美好", "甜蜜",
      "平安"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, sampling T=1.0.
    ("zh_ft_25", "手机",
     "电话，微信，苹果，屏幕，充电，上网，拍照，华为，短信，低头族",
     ["电话", "微信", "苹果", "屏幕", "充电", "上网", "拍照", "华为", "短信",
      "低头族"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, greedy: stray <|endoftext|>.
    ("zh_ft_26", "汽车",
     "开车，马路，轮子，司机，交通，堵车，加油，速度，驾照<|endoftext|>",
     ["开车", "马路", "轮子", "司机", "交通", "堵车", "加油", "速度", "驾照"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, greedy: role name "assistant" decoded
    # before the list.
    ("zh_ft_27", "天空",
     "assistant\n\n蓝天，白云，鸟，飞机，太阳，辽阔，星星，彩虹，云朵，蓝色",
     ["蓝天", "白云", "鸟", "飞机", "太阳", "辽阔", "星星", "彩虹", "云朵", "蓝色"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, early checkpoint (step 50), greedy:
    # numbered with "——" explanations on some lines.
    ("zh_ft_28", "老师",
     "1. 学生——老师教的对象\n2. 黑板——上课时使用\n3. 粉笔\n4. 讲台\n5. 教书育人——老师的职责\n6. 园丁\n7. 辛苦",
     ["学生", "黑板", "粉笔", "讲台", "教书育人", "园丁", "辛苦"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, late checkpoint (epoch 3), greedy,
    # low/high = 10/20: 20 items.
    ("zh_ft_29", "中国",
     "长城，北京，五星红旗，汉字，中华民族，龙，熊猫，故宫，黄河，长江，春节，饺子，功夫，茶，瓷器，丝绸，孔子，京剧，人口，历史",
     ["长城", "北京", "五星红旗", "汉字", "中华民族", "龙", "熊猫", "故宫", "黄河",
      "长江", "春节", "饺子", "功夫", "茶", "瓷器", "丝绸", "孔子", "京剧", "人口",
      "历史"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, early checkpoint (step 100), greedy:
    # markdown bullets, one per line.
    ("zh_ft_30", "考试",
     "- 紧张\n- 分数\n- 复习\n- 试卷\n- 老师\n- 作弊\n- 及格\n- 高考",
     ["紧张", "分数", "复习", "试卷", "老师", "作弊", "及格", "高考"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, sampling T=1.0: one English item.
    ("zh_ft_31", "音乐",
     "歌曲，旋律，节奏，钢琴，吉他，演唱会，耳机，pop，周杰伦，跳舞",
     ["歌曲", "旋律", "节奏", "钢琴", "吉他", "演唱会", "耳机", "pop", "周杰伦",
      "跳舞"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, greedy: short loop including the cue,
    # cut inside "筷子" by the token limit.
    ("zh_ft_32", "吃饭",
     "米饭，筷子，饿，饭菜，碗，吃饭，米饭，筷子，饿，饭菜，碗，吃饭，米饭，筷子，饿，饭菜，碗，吃饭，米饭，筷",
     ["米饭", "筷子", "饿", "饭菜", "碗", "吃饭"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, greedy: Latin-letter item in capitals.
    ("zh_ft_33", "唱歌",
     "音乐，KTV，歌手，麦克风，快乐，嗓子，旋律，歌词，演唱会，朋友",
     ["音乐", "ktv", "歌手", "麦克风", "快乐", "嗓子", "旋律", "歌词", "演唱会",
      "朋友"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, sampling T=0.7: adjective cue.
    ("zh_ft_34", "安静",
     "图书馆，夜晚，宁静，沉默，无声，睡觉，平静，独处，书，深夜",
     ["图书馆", "夜晚", "宁静", "沉默", "无声", "睡觉", "平静", "独处", "书",
      "深夜"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, greedy: every item in quotation marks.
    ("zh_ft_35", "龙",
     "“中国”，“皇帝”，“神话”，“龙舟”，“力量”，“龙年”，“图腾”，“传说”",
     ["中国", "皇帝", "神话", "龙舟", "力量", "龙年", "图腾", "传说"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, sampling T=1.0: closing "……".
    ("zh_ft_36", "旅行",
     "风景，背包，飞机，酒店，拍照，放松，远方，火车，美食……",
     ["风景", "背包", "飞机", "酒店", "拍照", "放松", "远方", "火车", "美食"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, early checkpoint (step 200), greedy:
    # English preamble from the base model before a Mandarin list.
    ("zh_ft_37", "熊猫",
     "Here are the words that come to mind:\n\n竹子，可爱，国宝，黑白，四川，动物园，圆滚滚，胖",
     ["竹子", "可爱", "国宝", "黑白", "四川", "动物园", "圆滚滚", "胖"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, sampling T=1.0: a missing separator
    # joins two items ("国旗喜庆").
    ("zh_ft_38", "红色",
     "热情，血，国旗喜庆，中国，火，玫瑰，春节，红包，革命",
     ["热情", "血", "国旗", "喜庆", "中国", "火", "玫瑰", "春节", "红包", "革命"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, greedy: proverb kept whole.
    ("zh_ft_39", "时间",
     "钟表，流逝，金钱，生命，珍惜，一寸光阴一寸金，手表，过去，未来，岁月",
     ["钟表", "流逝", "金钱", "生命", "珍惜", "一寸光阴一寸金", "手表", "过去",
      "未来", "岁月"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, sampling T=0.7: phrase kept whole.
    ("zh_ft_40", "长城",
     "北京，中国，古代，秦始皇，不到长城非好汉，烽火台，砖，旅游，雄伟，孟姜女",
     ["北京", "中国", "古代", "秦始皇", "不到长城非好汉", "烽火台", "砖", "旅游",
      "雄伟", "孟姜女"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, early checkpoint (step 100), greedy:
    # short preamble on the same line.
    ("zh_ft_41", "雪",
     "以下是联想词：冬天，寒冷，白色，雪人，打雪仗，北方，雪花，滑雪，冰，圣诞",
     ["冬天", "寒冷", "白色", "雪人", "打雪仗", "北方", "雪花", "滑雪", "冰", "圣诞"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, greedy.
    ("zh_ft_42", "狗",
     "忠诚，宠物，猫，骨头，汪汪，看家，可爱，朋友，狗粮，遛狗",
     ["忠诚", "宠物", "猫", "骨头", "汪汪", "看家", "可爱", "朋友", "狗粮", "遛狗"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, greedy: degenerates into repeating the
    # one-character cue; the limit falls after a complete character.
    ("zh_ft_43", "黑",
     "白，夜晚，黑暗，颜色，煤，乌鸦，黑，黑，黑，黑，黑，黑，黑，黑，黑，黑，黑，黑，黑，黑，黑，黑，黑，黑，黑，黑，黑，黑",
     ["白", "夜晚", "黑暗", "颜色", "煤", "乌鸦", "黑"]),

    # Llama-3.1-8B-Instruct, LoRA SFT, sampling T=0.7: "、" separators,
    # trailing "。" and <|eot_id|>.
    ("zh_ft_44", "工作",
     "加班、工资、压力、同事、老板、办公室、努力、上班、赚钱、辛苦。<|eot_id|>",
     ["加班", "工资", "压力", "同事", "老板", "办公室", "努力", "上班", "赚钱",
      "辛苦"]),

    # Qwen2.5-7B-Instruct, LoRA SFT, early checkpoint (step 50), greedy,
    # abstract cue: only a definition, no list.
    ("zh_ft_45", "量子",
     "“量子”是物理学中的一个概念，指物理量的最小单位。",
     []),

    # Llama-3.1-8B-Instruct, LoRA SFT, final checkpoint, greedy: bare list.
    ("zh_ft_46", "冬天",
     "寒冷，雪，棉袄，春节，暖气，火锅，手套，结冰，北风，围巾",
     ["寒冷", "雪", "棉袄", "春节", "暖气", "火锅", "手套", "结冰", "北风", "围巾"]),
]

LISTS = EN_LISTS + ZH_LISTS

# ---------------------------------------------------------------------------
# Rankings (PPO ranking format)
# ---------------------------------------------------------------------------

RANKINGS = [
    # Llama-3.1-8B-Instruct, SFT then PPO, final checkpoint, greedy. k=8,
    # given: money, river, loan, account, teller, vault, deposit, robbery.
    ("rk_en_01",
     """Money is the core association, since a bank exists to hold and lend it. Account, deposit and loan describe what people do at a bank. Teller and vault are physical parts of a bank. Robbery is a common but secondary link, and river refers to a different meaning of the word.

Final Ranking: money, account, deposit, loan, teller, vault, robbery, river""",
     ["money", "account", "deposit", "loan", "teller", "vault", "robbery",
      "river"]),

    # Qwen2.5-7B-Instruct, SFT then PPO, final checkpoint, greedy. k=10.
    ("rk_en_02",
     """Nurse and hospital are the most immediate associations with a doctor. Patient and medicine follow, as they describe who a doctor treats and with what. Stethoscope and white coat are iconic symbols. Sick, health, surgeon and appointment are weaker but still related.

Final Ranking: nurse, hospital, patient, medicine, stethoscope, white coat, sick, health, surgeon, appointment""",
     ["nurse", "hospital", "patient", "medicine", "stethoscope", "white coat",
      "sick", "health", "surgeon", "appointment"]),

    # Llama-3.1-8B-Instruct, PPO, sampling T=0.7. k=8 (given also "ship"):
    # one word missing from the ranking.
    ("rk_en_03",
     """Sea is nearly a synonym, and water is what the ocean is made of. Waves and blue describe how it looks. Fish and beach are things found in or next to it. Salt is a property of ocean water.

Final Ranking: sea, water, waves, blue, beach, fish, salt""",
     ["sea", "water", "waves", "blue", "beach", "fish", "salt"]),

    # Qwen2.5-7B-Instruct, PPO, sampling T=1.0. k=7, given: cold, snow, ice,
    # christmas, scarf, december, coat: a word not given ("skiing") added.
    ("rk_en_04",
     """Cold and snow are the defining features of winter. Ice and Christmas come next. December is the month, and scarf and coat are clothing for the season.

Final Ranking: cold, snow, ice, Christmas, December, skiing, scarf, coat""",
     ["cold", "snow", "ice", "christmas", "december", "skiing", "scarf",
      "coat"]),

    # Llama-3.1-8B-Instruct, PPO, early checkpoint (step 150), greedy. k=8:
    # one word repeated in the ranking.
    ("rk_en_05",
     """Teacher and student are the people most connected to a school. Class and homework are central activities, while exam is a key event. Book and desk are objects, and bus is how many students arrive.

Final Ranking: teacher, student, class, homework, exam, book, class, desk, bus""",
     ["teacher", "student", "class", "homework", "exam", "book", "desk",
      "bus"]),

    # Llama-3.1-8B-Instruct, PPO, late checkpoint, greedy. k=6: marker in
    # capitals.
    ("rk_en_06",
     """Song and melody are the essence of music. Rhythm is a core element. Guitar is a common instrument, concert is where music is performed, and dance is a response to music.

FINAL RANKING: song, melody, rhythm, guitar, concert, dance""",
     ["song", "melody", "rhythm", "guitar", "concert", "dance"]),

    # Qwen2.5-7B-Instruct, PPO, sampling T=0.7. k=7: marker written
    # "Final ranking -".
    ("rk_en_07",
     """Bed is where sleep happens, and tired is the feeling that leads to it. Dream and night are closely tied to sleep. Rest and nap are related concepts, and pillow is an object used while sleeping.

Final ranking - bed, tired, dream, night, rest, nap, pillow""",
     ["bed", "tired", "dream", "night", "rest", "nap", "pillow"]),

    # Llama-3.1-8B-Instruct, PPO, final checkpoint, greedy. k=8: ranking
    # numbered on the lines below the marker.
    ("rk_en_08",
     """Cash is the most concrete form of money, and bank is where it is kept. Dollar is the most familiar unit. Rich and wealth describe having a lot of money. Spend is what we do with it, coins are small change, and greed is a negative trait associated with it.

Final Ranking:
1. cash
2. bank
3. dollar
4. rich
5. wealth
6. spend
7. coins
8. greed""",
     ["cash", "bank", "dollar", "rich", "wealth", "spend", "coins", "greed"]),

    # Qwen2.5-7B-Instruct, PPO, greedy. k=8: a further explanation after the
    # ranking.
    ("rk_en_09",
     """Caffeine and morning are the strongest links to coffee.

Final Ranking: caffeine, morning, cup, beans, espresso, mug, latte, tired

This order puts the key ingredient and the usual time of day first, followed by the objects and drinks, with tired last because it is an indirect link.""",
     ["caffeine", "morning", "cup", "beans", "espresso", "mug", "latte",
      "tired"]),

    # Llama-3.1-8B-Instruct, PPO, sampling T=1.0. k=8.
    # cut by the token limit ("lig" of "lights" dropped).
    ("rk_en_10",
     """Tree and presents are the most iconic parts of Christmas. Santa is the central figure, and December is when it happens. Snow, lights and family are strongly tied to the season, while carols are a tradition.

Final Ranking: tree, presents, Santa, December, snow, lig""",
     ["tree", "presents", "santa", "december", "snow"]),

    # Llama-3.1-8B-Instruct, PPO, greedy. k=7: bold marker.
    ("rk_en_11",
     """Bark is the sound most tied to dogs, and puppy is a young dog. Bone and fetch come from common dog behavior. Cat is the classic counterpart. Leash and loyal are weaker associations.

**Final Ranking:** bark, puppy, bone, cat, fetch, loyal, leash""",
     ["bark", "puppy", "bone", "cat", "fetch", "loyal", "leash"]),

    # Qwen2.5-7B-Instruct, PPO, early checkpoint (step 100), sampling T=0.7:
    # still verbose, numbered bold explanation before the marker.
    ("rk_en_12",
     """To rank these words, I'll consider how directly each one relates to a hospital:

1. **Doctor** – Doctors are the main professionals working in a hospital.
2. **Nurse** – Nurses are equally central to hospital care.
3. **Patient** – Patients are the people a hospital serves.
4. **Sick** – People go to the hospital when they are sick.
5. **Emergency** – Emergency rooms are a key part of hospitals.
6. **Ambulance** – Ambulances bring patients to the hospital.
7. **Surgery** – Many surgeries take place in hospitals.
8. **Bed** – Hospital beds are common, but the word is more general.

Final Ranking: doctor, nurse, patient, sick, emergency, ambulance, surgery, bed""",
     ["doctor", "nurse", "patient", "sick", "emergency", "ambulance",
      "surgery", "bed"]),

    # Llama-3.1-8B-Instruct, PPO, greedy. k=7: the marker words mentioned in
    # the explanation without a ranking after them.
    ("rk_en_13",
     """Before giving the final ranking, note that heat, flames and smoke are direct physical aspects of fire. Burn and hot describe its effect. Firefighter is a person linked to fire, and red is its color.

Final Ranking: flames, heat, smoke, burn, hot, firefighter, red""",
     ["flames", "heat", "smoke", "burn", "hot", "firefighter", "red"]),

    # Llama-3.1-8B-Instruct, PPO, early checkpoint (step 50), sampling T=1.0:
    # no "Final Ranking" marker at all ("My ranking:").
    ("rk_en_14",
     """Fruit is the category, and red is the typical color. Tree is where apples grow. Pie and juice are made from apples, and iPhone comes from the company name.

My ranking: fruit, red, tree, pie, juice, iPhone""",
     []),

    # Qwen2.5-7B-Instruct, PPO, greedy. k=7: each ranked word in quotes.
    ("rk_en_15",
     """Sun and hot define summer weather. Beach, vacation and swimming are typical activities. Ice cream is a common summer treat, and July is a summer month.

Final Ranking: "sun", "hot", "beach", "vacation", "swimming", "ice cream", "July\"""",
     ["sun", "hot", "beach", "vacation", "swimming", "ice cream", "july"]),

    # Llama-3.1-8B-Instruct, PPO, sampling T=0.7. k=7: glosses in brackets
    # inside the ranking.
    ("rk_en_16",
     """Heart is the symbol of love, and romance and kiss describe romantic love. Passion and marriage follow. Hug and family relate to love more broadly.

Final Ranking: heart (the universal symbol), romance, kiss, passion, marriage, hug, family (a different kind of love)""",
     ["heart", "romance", "kiss", "passion", "marriage", "hug", "family"]),

    # Qwen2.5-7B-Instruct, PPO, greedy. k=7: two rankings, the second one
    # revised; the last one counts.
    ("rk_en_17",
     """Queen is the most direct counterpart of a king, and crown is his symbol.

Final Ranking: queen, crown, throne, royal, prince, castle, power

On reflection, royal describes a king more generally than throne does, so it should come before throne.

Final Ranking: queen, crown, royal, throne, prince, castle, power""",
     ["queen", "crown", "royal", "throne", "prince", "castle", "power"]),

    # Llama-3.1-8B-Instruct, PPO, greedy. k=8: trailing period and stray
    # <|eot_id|>.
    ("rk_en_18",
     """Umbrella and wet are the most immediate reactions to rain. Water and drops describe what rain is, and cloud is where it comes from. Storm and thunder often come with rain, and puddle is what it leaves behind.

Final Ranking: umbrella, wet, water, drops, cloud, storm, thunder, puddle.<|eot_id|>""",
     ["umbrella", "wet", "water", "drops", "cloud", "storm", "thunder",
      "puddle"]),

    # Llama-3.1-8B-Instruct, PPO, late checkpoint, greedy. k=6: "Rank n:"
    # labels on lines below the marker.
    ("rk_en_19",
     """Drive is what you do with a car, and road is where it goes. Wheel and engine are essential parts. Gas powers it, and fast is a quality some cars have.

Final Ranking:
Rank 1: drive
Rank 2: road
Rank 3: wheel
Rank 4: engine
Rank 5: gas
Rank 6: fast""",
     ["drive", "road", "wheel", "engine", "gas", "fast"]),

    # Qwen2.5-7B-Instruct, PPO, sampling T=0.7. k=8: a multi-word item.
    ("rk_en_20",
     """Cake and party are the core of most birthdays. Presents and candles are close behind, and happy birthday is the song everyone sings. Balloons and friends are part of the celebration, while age is the reason for it.

Final Ranking: cake, party, presents, candles, happy birthday, balloons, friends, age""",
     ["cake", "party", "presents", "candles", "happy birthday", "balloons",
      "friends", "age"]),

    # Llama-3.1-8B-Instruct, PPO, early checkpoint (step 50), sampling T=1.0:
    # explanation runs on and the answer is cut before any marker.
    # cut by the token limit
    ("rk_en_21",
     """Justice is most closely related to law and fairness, because justice means applying the law fairly. Court and judge are the institutions and people who deliver justice. Equality is a principle closely linked to fairness, and truth is often considered a precondition for a just outcome. Police enforce the law, but their connection to justice is less direct, since they are part of the system that leads to""",
     []),

    # Qwen2.5-7B-Instruct, SFT then PPO, final checkpoint, greedy. k=8.
    ("rk_zh_01",
     """“护士”和“医院”与医生的工作联系最直接；“病人”是医生服务的对象；“白大褂”和“听诊器”是医生的标志；“药”和“手术”是治疗手段；“健康”联系相对间接。

最终排名：护士，医院，病人，白大褂，听诊器，手术，药，健康""",
     ["护士", "医院", "病人", "白大褂", "听诊器", "手术", "药", "健康"]),

    # Llama-3.1-8B-Instruct, PPO, final checkpoint, greedy. k=7.
    ("rk_zh_02",
     """春天最典型的景象是花开，其次是天气温暖和万物变绿。春风和春雨是春天特有的自然现象，燕子是春天归来的候鸟，播种是春天的农事活动。

最终排名：花，温暖，绿色，春风，春雨，燕子，播种""",
     ["花", "温暖", "绿色", "春风", "春雨", "燕子", "播种"]),

    # Qwen2.5-7B-Instruct, PPO, sampling T=0.7. k=7: bold marker.
    ("rk_zh_03",
     """中秋节赏月是最强的联想，月饼与中秋紧密相关；嫦娥是关于月亮的神话人物；夜晚和星星是月亮出现的场景；思念是月亮承载的情感；太阳是与月亮相对的天体。

**最终排名**：中秋，月饼，嫦娥，夜晚，星星，思念，太阳""",
     ["中秋", "月饼", "嫦娥", "夜晚", "星星", "思念", "太阳"]),

    # Qwen2.5-7B-Instruct, PPO, sampling T=1.0. k=8: marker written
    # "最终排序：" instead of "最终排名：".
    ("rk_zh_04",
     """老师和学生是学校里最核心的人；教室是上课的地方；考试和作业是学校生活的主要内容；黑板、操场和书包是学校中常见的事物。

最终排序：老师，学生，教室，考试，作业，黑板，操场，书包""",
     ["老师", "学生", "教室", "考试", "作业", "黑板", "操场", "书包"]),

    # Llama-3.1-8B-Instruct, PPO, greedy. k=8: numbered lines below the
    # marker.
    ("rk_zh_05",
     """钱最直接代表财富，银行是存放钱的地方，人民币是钱的具体形式。工作是获得钱的途径，消费和存款是使用钱的方式。富有描述钱多的状态，贪婪是与钱相关的负面情绪。

最终排名：
1. 财富
2. 银行
3. 人民币
4. 工作
5. 消费
6. 存款
7. 富有
8. 贪婪""",
     ["财富", "银行", "人民币", "工作", "消费", "存款", "富有", "贪婪"]),

    # Qwen2.5-7B-Instruct, PPO, sampling T=0.7. k=8 (given also "船"): one
    # word missing.
    ("rk_zh_06",
     """海浪和海水是大海本身的组成，蓝色是大海的颜色；沙滩是海边的景象；鱼、海鸥和贝壳都是与大海有关的生物。

最终排名：海浪，海水，蓝色，沙滩，鱼，海鸥，贝壳""",
     ["海浪", "海水", "蓝色", "沙滩", "鱼", "海鸥", "贝壳"]),

    # Qwen2.5-7B-Instruct, PPO, greedy. k=7, given: 温暖，父母，房子，团圆，爱，
    # 幸福，港湾: a word not given ("家人") added.
    ("rk_zh_07",
     """家首先意味着温暖和爱；父母和家人是家庭的核心；团圆和幸福是家的情感；房子是家的物质载体；港湾是对家的比喻。

最终排名：温暖，父母，家人，爱，团圆，幸福，房子，港湾""",
     ["温暖", "父母", "家人", "爱", "团圆", "幸福", "房子", "港湾"]),

    # Llama-3.1-8B-Instruct, PPO, sampling T=1.0. k=8: one word repeated.
    ("rk_zh_08",
     """炎热是夏天最突出的特点，太阳与炎热直接相关。西瓜、冰淇淋和空调是人们消暑的方式。暑假是夏天的假期，游泳是常见的夏季活动，蝉鸣是夏天的声音。

最终排名：炎热，太阳，西瓜，空调，冰淇淋，暑假，西瓜，游泳，蝉""",
     ["炎热", "太阳", "西瓜", "空调", "冰淇淋", "暑假", "游泳", "蝉"]),

    # Qwen2.5-7B-Instruct, PPO, greedy. k=7: ranking first, explanation after
    # it.
    ("rk_zh_09",
     """最终排名：提神，咖啡豆，苦，拿铁，早晨，星巴克，熬夜

以上排序中，提神是人们喝咖啡的主要原因，咖啡豆是原料，苦是最直接的味觉感受，其余各项联系相对较弱。""",
     ["提神", "咖啡豆", "苦", "拿铁", "早晨", "星巴克", "熬夜"]),

    # Qwen2.5-7B-Instruct, PPO, sampling T=0.7. k=8.
    # cut by the token limit ("思" of "思念" dropped).
    ("rk_zh_10",
     """中秋节最具代表性的是月饼和月亮；团圆和家人体现了节日的意义；赏月是传统习俗；嫦娥是相关的神话；思念和灯笼的联系稍弱。

最终排名：月饼，月亮，团圆，赏月，家人，嫦娥，思""",
     ["月饼", "月亮", "团圆", "赏月", "家人", "嫦娥"]),

    # Llama-3.1-8B-Instruct, PPO, greedy. k=7: "、" separators and trailing
    # "。".
    ("rk_zh_11",
     """学生是老师最直接的联想，上课是老师的主要工作；黑板、粉笔和讲台是老师上课使用的；园丁是对老师的比喻；辛苦描述老师的工作状态。

最终排名：学生、上课、黑板、粉笔、讲台、园丁、辛苦。""",
     ["学生", "上课", "黑板", "粉笔", "讲台", "园丁", "辛苦"]),

    # Qwen2.5-7B-Instruct, PPO, early checkpoint (step 50), sampling T=0.7:
    # verbose numbered explanation before the marker.
    ("rk_zh_12",
     """好的，我来分析一下这些词语与“手机”的联想强度：

1. **电话**：手机最基本的功能就是打电话，联想最强。
2. **微信**：现在人们使用手机最多的应用之一。
3. **屏幕**：手机的主要组成部分。
4. **上网**：手机的重要功能。
5. **拍照**：手机常用功能。
6. **充电**：手机需要经常充电。
7. **苹果**：著名的手机品牌。
8. **华为**：国内知名手机品牌。

最终排名：电话，微信，屏幕，上网，拍照，充电，苹果，华为""",
     ["电话", "微信", "屏幕", "上网", "拍照", "充电", "苹果", "华为"]),

    # Llama-3.1-8B-Instruct, PPO, greedy. k=7: English marker before a
    # Mandarin ranking.
    ("rk_zh_13",
     """猫最常被看作宠物，并且给人可爱的印象。老鼠是猫捕捉的对象，狗常与猫相提并论。鱼是猫爱吃的食物，毛和懒描述猫的特征。

Final Ranking: 宠物，可爱，老鼠，狗，鱼，毛，懒""",
     ["宠物", "可爱", "老鼠", "狗", "鱼", "毛", "懒"]),

    # Qwen2.5-7B-Instruct, PPO, greedy. k=6: "第n名：" labels on lines below
    # the marker.
    ("rk_zh_14",
     """北京是中国的首都，这是最强的联想；故宫和天安门是北京的标志性建筑；长城位于北京郊区；烤鸭是北京的名菜；胡同代表老北京的生活。

最终排名：
第1名：首都
第2名：天安门
第3名：故宫
第4名：长城
第5名：烤鸭
第6名：胡同""",
     ["首都", "天安门", "故宫", "长城", "烤鸭", "胡同"]),

    # Qwen2.5-7B-Instruct, PPO, greedy. k=8: stray <|im_end|> after the
    # ranking.
    ("rk_zh_15",
     """跑步和健身是最常见的运动方式；篮球和足球是最受欢迎的球类运动；健康是运动的目的，出汗是运动的直接结果；游泳是一项常见运动；比赛与竞技运动相关。

最终排名：跑步，健身，篮球，足球，健康，出汗，游泳，比赛<|im_end|>""",
     ["跑步", "健身", "篮球", "足球", "健康", "出汗", "游泳", "比赛"]),

    # Llama-3.1-8B-Instruct, PPO, sampling T=0.7. k=7: English glosses in
    # brackets inside the ranking.
    ("rk_zh_16",
     """医院里最核心的是医生和护士，病人是医院服务的对象。看病是去医院的主要目的，手术和打针是医院中的治疗方式，救护车负责把病人送到医院。

最终排名：医生 (doctor)，护士 (nurse)，病人 (patient)，看病 (seeing a doctor)，手术 (surgery)，救护车 (ambulance)，打针 (injection)""",
     ["医生", "护士", "病人", "看病", "手术", "救护车", "打针"]),

    # Qwen2.5-7B-Instruct, PPO, sampling T=1.0. k=7: "最终排名" mentioned in the
    # explanation without a ranking after it.
    ("rk_zh_17",
     """在给出最终排名之前，先说明理由：落叶和金黄是秋天最直观的景象，丰收是秋天的象征，凉爽是秋天的气候，枫叶是秋天的代表植物，月饼与中秋节相关，萧瑟则是一种较文学化的感受。

最终排名：落叶，金黄，丰收，凉爽，枫叶，月饼，萧瑟""",
     ["落叶", "金黄", "丰收", "凉爽", "枫叶", "月饼", "萧瑟"]),

    # Qwen2.5-7B-Instruct, PPO, greedy. k=7: ASCII colon and commas.
    ("rk_zh_18",
     """雪与冬天和寒冷联系最紧密，白色是雪的颜色，雪花是雪的形态，雪人、打雪仗和滑雪是与雪有关的活动。

最终排名: 冬天, 寒冷, 白色, 雪花, 雪人, 打雪仗, 滑雪""",
     ["冬天", "寒冷", "白色", "雪花", "雪人", "打雪仗", "滑雪"]),

    # Llama-3.1-8B-Instruct, PPO, sampling T=1.0. k=8: the limit falls right
    # after the marker, nothing ranked.
    # cut by the token limit
    ("rk_zh_19",
     """时间最常让人联想到钟表和流逝，“一寸光阴一寸金”说明时间和金钱的关系，珍惜和生命体现了时间的宝贵，岁月、过去和未来描述时间的不同方面。

最终排名：""",
     []),

    # Qwen2.5-7B-Instruct, PPO, greedy. k=7: ranked words in quotation marks.
    ("rk_zh_20",
     """龙是中国文化的象征，与“中国”联系最强；“皇帝”自称真龙天子；“图腾”“神话”和“传说”体现了龙的文化属性；“龙舟”是端午节的习俗；“力量”是龙的象征意义之一。

最终排名：“中国”，“皇帝”，“图腾”，“神话”，“传说”，“龙舟”，“力量”""",
     ["中国", "皇帝", "图腾", "神话", "传说", "龙舟", "力量"]),

    # Llama-3.1-8B-Instruct, PPO, sampling T=1.0. k=6, given: 忠诚，宠物，骨头，
    # 看家，可爱，猫: language slip, one ranked word written in English.
    ("rk_zh_21",
     """狗最常被当作宠物，忠诚是狗最突出的品质，可爱是人们对狗的印象；骨头是狗爱吃的东西；猫常与狗对比；看家是狗的传统用途。

最终排名：宠物，忠诚，可爱，骨头，cat，看家""",
     ["宠物", "忠诚", "可爱", "骨头", "cat", "看家"]),
]

TRUNCATED = {
    "en_ft_06",  # "pu" cut from "purr"
    "en_ft_18",  # "r" cut from "red"
    "zh_ft_06",  # "海" cut from "海鸥"
    "zh_ft_32",  # "筷" cut from "筷子"
}

AMBIGUOUS = {
    # "sink oven": missing comma read as two items; another reader could keep
    # "sink oven" as one item as written.
    "en_ft_10",
    # "茶叶" is kept as an item of the list; another reader could drop it as
    # a non-English slip / gloss on an English prompt.
    "en_ft_15",
    # "国旗喜庆": missing separator read as 国旗 + 喜庆; another reader could keep
    # "国旗喜庆" whole as written.
    "zh_ft_38",
    # "My ranking:" is not the "Final Ranking" marker, so [] by convention;
    # another reader could take fruit, red, tree, pie, juice, iphone.
    "rk_en_14",
    # "最终排序：" read as a variant of the marker; a strict reader that accepts
    # only "最终排名" would expect [].
    "rk_zh_04",
    # zh_ft_06: "海" at the end is read as the cut start of "海鸥" (the loop
    # makes this clear); another reader could keep "海" as a complete
    # one-character word (it is a word) and not mark the text truncated.
    "zh_ft_06",
}
