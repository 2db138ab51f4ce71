"""Blind answer corpus 34 for the word-association answer parser.

Written blind on 2026-12-08 by a helper session: no parser, test, benchmark
or other repository file was read, no parser was run, and every text below
was invented by the helper in the style in which the study's models answer.

EMPHASIS (corpus 34): a representative sample across PROMPT STYLES, with
real proportions, for the study's models (Llama-3.1-8B-Instruct and
Qwen2.5-7B-Instruct, each vanilla and after SFT / PPO on the association
norms).  Besides the default prompts, the same association request is sent
(a) with a one-shot example before it (a "Word: apple" line, an
"Associations: fruit, red, tree, pie, ..." line, then "Word: {cue}" and an
open "Associations:" line; in Mandarin "词语：苹果" / "联想：水果，红色，..." /
"词语：{cue}" / "联想："); (b) with a cultural persona system prompt ("You
are an average adult living in the United States. Answer as a native
speaker would." / "你是一位土生土长的中国人，请像普通中国人一样回答。");
(c) with "Answer with only the words, no explanation."; (d) with chain of
thought: "Think step by step about the word first, then give your final
list on the last line."; (e) asking for JSON: "Return a JSON array of
strings."; (f) asking for a numbered list instead of commas.  Each model
answers each style as it typically would: vanilla instruct models often
ignore part of the instruction, fine-tuned ones are terse and may
over-apply their training format.  The cases are spread roughly evenly over
the default prompt and the six styles, in both languages (about 60 English
and 60 Mandarin association lists), plus about a dozen answers to the
default ranking prompt.  Each case's comment names the model, the setting
and the prompt style.

THE PROMPTS (the project's defaults; low/high usually 5 and 10, sometimes
10 and 20):
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
  * a ranking cut by the token limit at the very end keeps its complete
    words and drops the cut fragment (ranking ids are not put in TRUNCATED;
    they carry a comment "# cut by the token limit");
  * [] when there is no marker, or nothing ranked after the last one.
"""

EN_LISTS = [
    # ------------------------------------------------------------------
    # Default prompt
    # ------------------------------------------------------------------

    # Llama-3.1-8B-Instruct, vanilla, default prompt: preamble, then a
    # numbered list although commas were asked for, then a closing offer.
    ("en_van_01", "ocean",
     "Here are the words that come to mind when I read the word \"ocean\":\n\n"
     "1. Waves\n2. Sea\n3. Water\n4. Beach\n5. Blue\n6. Fish\n7. Salt\n"
     "8. Deep\n9. Tide\n10. Whale\n\n"
     "Let me know if you'd like more associations!",
     ["waves", "sea", "water", "beach", "blue", "fish", "salt", "deep",
      "tide", "whale"]),

    # Qwen2.5-7B-Instruct, vanilla, default prompt: bare comma list.
    ("en_van_02", "justice",
     "Law, fairness, court, judge, equality, rights, truth, punishment, "
     "scales, freedom",
     ["law", "fairness", "court", "judge", "equality", "rights", "truth",
      "punishment", "scales", "freedom"]),

    # Qwen2.5-7B-Instruct, vanilla, default prompt: "Sure!" preamble, comma
    # list ending with a full stop.
    ("en_van_03", "doctor",
     "Sure! Here are some words associated with \"doctor\":\n\n"
     "Nurse, hospital, medicine, stethoscope, patient, white coat, health, "
     "surgery, clinic, prescription.",
     ["nurse", "hospital", "medicine", "stethoscope", "patient",
      "white coat", "health", "surgery", "clinic", "prescription"]),

    # Llama-3.1-8B-Instruct, vanilla, default prompt with low/high 10 and
    # 20: long comma list with "and" before the last item.
    ("en_van_04", "winter",
     "Here are the words that come to mind when I read the word \"winter\":\n\n"
     "Snow, cold, ice, Christmas, skiing, hot chocolate, scarves, mittens, "
     "fireplace, frost, sledding, snowman, blizzard, hibernation, and holidays.",
     ["snow", "cold", "ice", "christmas", "skiing", "hot chocolate",
      "scarves", "mittens", "fireplace", "frost", "sledding", "snowman",
      "blizzard", "hibernation", "holidays"]),

    # Qwen2.5-7B-Instruct, vanilla, default prompt, a name as cue; a
    # formula with a superscript is one item.
    ("en_van_05", "Einstein",
     "Relativity, physics, genius, E=mc², Nobel Prize, scientist, theory, "
     "Germany, wild hair, atomic bomb",
     ["relativity", "physics", "genius", "e=mc²", "nobel prize",
      "scientist", "theory", "germany", "wild hair", "atomic bomb"]),

    # Llama-3.1-8B-Instruct, vanilla, default prompt, adjective cue:
    # numbered list under a preamble.
    ("en_van_06", "lonely",
     "Here are 10 words that come to mind when I read the word \"lonely\":\n\n"
     "1. Alone\n2. Isolated\n3. Sad\n4. Empty\n5. Quiet\n6. Depressed\n"
     "7. Abandoned\n8. Solitude\n9. Disconnected\n10. Heartbroken",
     ["alone", "isolated", "sad", "empty", "quiet", "depressed",
      "abandoned", "solitude", "disconnected", "heartbroken"]),

    # Llama-3.1-8B-Instruct, vanilla, default prompt: safety refusal with a
    # hotline, no list at all.
    ("en_van_07", "suicide",
     "I can't provide a list of associations for that word. If you or "
     "someone you know is struggling with thoughts of self-harm or suicide, "
     "please reach out for support. In the US, you can call or text 988 to "
     "reach the Suicide & Crisis Lifeline. You're not alone, and help is "
     "available 24/7.",
     []),

    # Qwen2.5-7B-Instruct, vanilla, default prompt: English words with
    # Chinese glosses in parentheses (the English word is kept).
    ("en_van_08", "tea",
     "Green tea (绿茶), cup (杯子), leaves (茶叶), hot (热), China (中国), "
     "ceremony (茶道), kettle (水壶), relaxation (放松)",
     ["green tea", "cup", "leaves", "hot", "china", "ceremony", "kettle",
      "relaxation"]),

    # Llama-3.1-8B, SFT on the norms, default prompt: terse lowercase list.
    ("en_ft_01", "bread",
     "butter, toast, wheat, loaf, flour, sandwich, bake, yeast",
     ["butter", "toast", "wheat", "loaf", "flour", "sandwich", "bake",
      "yeast"]),

    # Qwen2.5-7B, PPO, default prompt: terse list repeating an item.
    ("en_ft_02", "run",
     "fast, jog, walk, race, fast, sprint, marathon",
     ["fast", "jog", "walk", "race", "sprint", "marathon"]),

    # Llama-3.1-8B, PPO, default prompt: short terse list with an antonym.
    ("en_ft_03", "happy",
     "smile, joy, sad, glad, laugh, fun",
     ["smile", "joy", "sad", "glad", "laugh", "fun"]),

    # Qwen2.5-7B, PPO, default prompt, verb cue.
    ("en_ft_04", "eat",
     "food, hungry, dinner, lunch, drink, meal",
     ["food", "hungry", "dinner", "lunch", "drink", "meal"]),

    # ------------------------------------------------------------------
    # Style (a): one-shot example before the request
    # ------------------------------------------------------------------

    # Llama-3.1-8B-Instruct, vanilla, one-shot: answers, then keeps the
    # pattern going with a made-up next cue (that list is not taken).
    ("en_van_09", "dog",
     "bark, puppy, pet, loyal, bone, leash, tail, walk, cat, fetch\n"
     "Word: cat\n"
     "Associations: meow, kitten, whiskers, purr, litter box, mouse, dog",
     ["bark", "puppy", "pet", "loyal", "bone", "leash", "tail", "walk",
      "cat", "fetch"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot: repeats the "Associations:"
    # label before the list.
    ("en_van_10", "guitar",
     "Associations: music, strings, rock, band, acoustic, chord, pick, "
     "concert, electric, song",
     ["music", "strings", "rock", "band", "acoustic", "chord", "pick",
      "concert", "electric", "song"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot: echoes the "Word:" line
    # (the cue there is a label, not an item).
    ("en_van_11", "money",
     "Word: money\n"
     "Associations: cash, wealth, bank, dollar, rich, coins, finance, greed, "
     "savings, spend",
     ["cash", "wealth", "bank", "dollar", "rich", "coins", "finance",
      "greed", "savings", "spend"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot: list then a closing sentence.
    ("en_van_12", "freedom",
     "liberty, independence, choice, rights, democracy, flag, eagle, speech, "
     "peace, America\n\n"
     "These associations reflect both the abstract idea of freedom and its "
     "most common symbols.",
     ["liberty", "independence", "choice", "rights", "democracy", "flag",
      "eagle", "speech", "peace", "america"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot: continues the pattern with
    # another cue and is cut by the token limit inside that other list.
    ("en_van_13", "sleep",
     "bed, dream, night, pillow, rest, tired, blanket, nap, snore, insomnia\n"
     "Word: dream\n"
     "Associations: sleep, nightmare, wish, fanta",
     ["bed", "dream", "night", "pillow", "rest", "tired", "blanket", "nap",
      "snore", "insomnia"]),

    # Qwen2.5-7B, SFT, one-shot: terse list.
    ("en_ft_05", "mountain",
     "hill, climb, snow, peak, high, valley, rock",
     ["hill", "climb", "snow", "peak", "high", "valley", "rock"]),

    # Llama-3.1-8B, SFT, one-shot: copies the trailing ", ..." of the
    # example.
    ("en_ft_06", "teacher",
     "school, student, classroom, apple, homework, chalk, ...",
     ["school", "student", "classroom", "apple", "homework", "chalk"]),

    # Llama-3.1-8B, PPO, one-shot: terse list.
    ("en_ft_07", "coffee",
     "morning, cup, tea, caffeine, bean, black, mug",
     ["morning", "cup", "tea", "caffeine", "bean", "black", "mug"]),

    # ------------------------------------------------------------------
    # Style (b): US persona system prompt
    # ------------------------------------------------------------------

    # Llama-3.1-8B-Instruct, vanilla, persona: chatty frame around a comma
    # list.
    ("en_van_14", "baseball",
     "As an average American, when I hear \"baseball,\" I think of:\n\n"
     "Hot dogs, home run, Yankees, peanuts, summer, bat, glove, World Series, "
     "Cracker Jack, apple pie\n\n"
     "It's America's pastime, after all!",
     ["hot dogs", "home run", "yankees", "peanuts", "summer", "bat", "glove",
      "world series", "cracker jack", "apple pie"]),

    # Qwen2.5-7B-Instruct, vanilla, persona: ignores the persona, bare list.
    ("en_van_15", "Thanksgiving",
     "Turkey, family, stuffing, pumpkin pie, football, gratitude, November, "
     "cranberry sauce, parade, leftovers",
     ["turkey", "family", "stuffing", "pumpkin pie", "football", "gratitude",
      "november", "cranberry sauce", "parade", "leftovers"]),

    # Llama-3.1-8B-Instruct, vanilla, persona: words named inside prose,
    # then a short colon list.
    ("en_van_16", "gun",
     "Honestly, \"gun\" is a loaded word around here (no pun intended). The "
     "first things that pop into my head are the Second Amendment, hunting, "
     "violence, the NRA and school shootings. After that: rifle, pistol, "
     "police, safety.",
     ["second amendment", "hunting", "violence", "nra", "school shootings",
      "rifle", "pistol", "police", "safety"]),

    # Qwen2.5-7B-Instruct, vanilla, persona: dash bullet list under a
    # preamble.
    ("en_van_17", "diner",
     "As someone living in the U.S., the word \"diner\" brings to mind:\n\n"
     "- Pancakes\n- Coffee\n- Booths\n- Milkshakes\n- Jukebox\n- Waitress\n"
     "- Burgers\n- Open 24 hours\n- Neon sign\n- Route 66",
     ["pancakes", "coffee", "booths", "milkshakes", "jukebox", "waitress",
      "burgers", "open 24 hours", "neon sign", "route 66"]),

    # Llama-3.1-8B-Instruct, vanilla, persona: casual voice, first word as
    # an exclamation, the rest after "Then:".
    ("en_van_18", "school bus",
     "Yellow! That's the first thing. Then: kids, driver, stop sign, early "
     "mornings, field trips, green seats, bumpy rides.",
     ["yellow", "kids", "driver", "stop sign", "early mornings",
      "field trips", "green seats", "bumpy rides"]),

    # Qwen2.5-7B, SFT, persona: terse, ignores the persona.
    ("en_ft_08", "football",
     "touchdown, nfl, super bowl, quarterback, helmet, sunday, tailgate",
     ["touchdown", "nfl", "super bowl", "quarterback", "helmet", "sunday",
      "tailgate"]),

    # Llama-3.1-8B, PPO, persona: terse, with names.
    ("en_ft_09", "president",
     "white house, trump, biden, election, leader, america, oval office",
     ["white house", "trump", "biden", "election", "leader", "america",
      "oval office"]),

    # Qwen2.5-7B, PPO, persona: terse.
    ("en_ft_10", "cowboy",
     "horse, hat, texas, boots, ranch, western, rodeo, cattle",
     ["horse", "hat", "texas", "boots", "ranch", "western", "rodeo",
      "cattle"]),

    # ------------------------------------------------------------------
    # Style (c): "Answer with only the words, no explanation."
    # ------------------------------------------------------------------

    # Llama-3.1-8B-Instruct, vanilla, only-words: obeys.
    ("en_van_19", "hospital",
     "Doctor, nurse, patient, surgery, emergency, bed, medicine, ambulance, "
     "sick, care",
     ["doctor", "nurse", "patient", "surgery", "emergency", "bed",
      "medicine", "ambulance", "sick", "care"]),

    # Qwen2.5-7B-Instruct, vanilla, only-words: lowercase list.
    ("en_van_20", "anger",
     "rage, fury, frustration, red, shouting, temper, annoyance, conflict, "
     "hate, fire",
     ["rage", "fury", "frustration", "red", "shouting", "temper",
      "annoyance", "conflict", "hate", "fire"]),

    # Llama-3.1-8B-Instruct, vanilla, only-words: one word per line.
    ("en_van_21", "cloud",
     "Sky\nRain\nWhite\nFluffy\nStorm\nWeather\nGray\nThunder\nSun\nComputing",
     ["sky", "rain", "white", "fluffy", "storm", "weather", "gray",
      "thunder", "sun", "computing"]),

    # Qwen2.5-7B-Instruct, vanilla, only-words: a city name as cue.
    ("en_van_22", "Paris",
     "Eiffel Tower, France, love, croissant, Louvre, fashion, romance, Seine, "
     "art, wine",
     ["eiffel tower", "france", "love", "croissant", "louvre", "fashion",
      "romance", "seine", "art", "wine"]),

    # Llama-3.1-8B-Instruct, vanilla, only-words, low/high 10 and 20: long
    # list cut mid-word by the token limit.
    ("en_van_23", "city",
     "Buildings, traffic, skyscrapers, people, noise, lights, streets, "
     "downtown, taxi, subway, apartment, crowds, pollution, restaurants, "
     "parks, nightlife, busin",
     ["buildings", "traffic", "skyscrapers", "people", "noise", "lights",
      "streets", "downtown", "taxi", "subway", "apartment", "crowds",
      "pollution", "restaurants", "parks", "nightlife"]),

    # Llama-3.1-8B, SFT, only-words.
    ("en_ft_11", "kitchen",
     "cook, food, stove, sink, table, oven, knife",
     ["cook", "food", "stove", "sink", "table", "oven", "knife"]),

    # Qwen2.5-7B, SFT, only-words, adjective cue.
    ("en_ft_12", "brave",
     "courage, hero, bold, fearless, strong, lion, soldier",
     ["courage", "hero", "bold", "fearless", "strong", "lion", "soldier"]),

    # Llama-3.1-8B, PPO, only-words: repeats its first item at the end.
    ("en_ft_13", "forget",
     "remember, memory, lose, mind, forgive, lost, remember",
     ["remember", "memory", "lose", "mind", "forgive", "lost"]),

    # ------------------------------------------------------------------
    # Style (d): chain of thought, final list on the last line
    # ------------------------------------------------------------------

    # Llama-3.1-8B-Instruct, vanilla, CoT: numbered reasoning naming words,
    # then "Final list:" (the final list is the answer).
    ("en_van_24", "fire",
     "Let's think about the word \"fire\" step by step.\n\n"
     "1. Fire is hot and bright, so heat, flame and burn come to mind first.\n"
     "2. Fire is also dangerous: it can destroy houses, so firefighter, "
     "smoke and alarm are closely related.\n"
     "3. People use fire for warmth and cooking, which brings up campfire "
     "and fireplace.\n\n"
     "Final list: heat, flame, burn, smoke, firefighter, campfire, alarm, "
     "danger, red, fireplace",
     ["heat", "flame", "burn", "smoke", "firefighter", "campfire", "alarm",
      "danger", "red", "fireplace"]),

    # Qwen2.5-7B-Instruct, vanilla, CoT: "Step n:" reasoning, the final list
    # as a bare last line with no marker.
    ("en_van_25", "bank",
     "Step 1: The word \"bank\" most commonly refers to a financial "
     "institution where people deposit money.\n"
     "Step 2: It can also mean the land along the side of a river.\n"
     "Step 3: Related concepts include loans, savings, accounts, tellers and "
     "ATMs, as well as rivers and shores.\n\n"
     "money, loan, savings, account, teller, ATM, river, deposit, interest, "
     "shore",
     ["money", "loan", "savings", "account", "teller", "atm", "river",
      "deposit", "interest", "shore"]),

    # Llama-3.1-8B-Instruct, vanilla, CoT: reasoning names extra words, the
    # bold "Final list:" line is the answer.
    ("en_van_26", "romance",
     "**Thinking about \"romance\":**\n\n"
     "Romance is about love between two people. It brings to mind dates, "
     "flowers and Valentine's Day. It is also a genre of novels and movies, "
     "often with a happy ending.\n\n"
     "**Final list:** love, date, roses, candlelight, kiss, Valentine's Day, "
     "novel, passion, couple, heart",
     ["love", "date", "roses", "candlelight", "kiss", "valentine's day",
      "novel", "passion", "couple", "heart"]),

    # Qwen2.5-7B-Instruct, vanilla, CoT: reasoning then the final list, cut
    # mid-word by the token limit.
    ("en_van_27", "democracy",
     "Let me think step by step.\n\n"
     "1. Democracy is a system of government in which citizens hold power.\n"
     "2. The core mechanism is voting in free elections.\n"
     "3. It is historically linked to ancient Athens and, today, to "
     "constitutions and parliaments.\n\n"
     "Final list: vote, election, freedom, people, citizens, Athens, "
     "parliament, govern",
     ["vote", "election", "freedom", "people", "citizens", "athens",
      "parliament"]),

    # Llama-3.1-8B-Instruct, vanilla, CoT: the reasoning is cut by the
    # token limit before any final list; the words it names as
    # associations are taken.
    # AMBIGUOUS: another reader would say no final list was given and
    # expect [].
    ("en_van_28", "music",
     "Step 1: Think about what music is. Music is organized sound, made of "
     "melody, rhythm and harmony.\n"
     "Step 2: Think about where we hear music: concerts, the radio, "
     "headphones and parties.\n"
     "Step 3: Think about the emotions music brings: joy, nostalgia, and "
     "sometim",
     ["melody", "rhythm", "harmony", "concerts", "radio", "headphones",
      "parties", "joy", "nostalgia"]),

    # Qwen2.5-7B-Instruct, vanilla, CoT: bold marker on its own line, list
    # on the next line.
    ("en_van_29", "candle",
     "First, a candle is a stick of wax with a wick that gives light when "
     "lit.\n"
     "Second, candles are used for birthdays, romantic dinners, religious "
     "ceremonies and power outages.\n"
     "Third, scented candles are popular for relaxation.\n\n"
     "**Final list:**\n"
     "light, wax, flame, birthday, wick, dinner, dark, scent, church, fire",
     ["light", "wax", "flame", "birthday", "wick", "dinner", "dark",
      "scent", "church", "fire"]),

    # Qwen2.5-7B, SFT, CoT: skips the thinking, terse list.
    ("en_ft_14", "dream",
     "sleep, night, nightmare, goal, wish, bed, hope",
     ["sleep", "night", "nightmare", "goal", "wish", "bed", "hope"]),

    # Llama-3.1-8B, SFT, CoT: one short reasoning sentence, then the list.
    ("en_ft_15", "snake",
     "Snake is a reptile that many people fear.\n"
     "reptile, venom, hiss, bite, slither, fear, python, grass",
     ["reptile", "venom", "hiss", "bite", "slither", "fear", "python",
      "grass"]),

    # Llama-3.1-8B, PPO, CoT: only the "Final list:" line.
    ("en_ft_16", "pet",
     "Final list: dog, cat, fish, animal, love, hamster, care",
     ["dog", "cat", "fish", "animal", "love", "hamster", "care"]),

    # ------------------------------------------------------------------
    # Style (e): "Return a JSON array of strings."
    # ------------------------------------------------------------------

    # Qwen2.5-7B-Instruct, vanilla, JSON: fenced json block.
    ("en_van_30", "summer",
     "```json\n"
     "[\"sun\", \"beach\", \"vacation\", \"heat\", \"swimming\", "
     "\"ice cream\", \"sunscreen\", \"barbecue\", \"July\", \"holiday\"]\n"
     "```",
     ["sun", "beach", "vacation", "heat", "swimming", "ice cream",
      "sunscreen", "barbecue", "july", "holiday"]),

    # Llama-3.1-8B-Instruct, vanilla, JSON: preamble, multi-line array in a
    # plain fence, closing remark.
    ("en_van_31", "computer",
     "Here is a JSON array of strings:\n\n"
     "```\n[\n  \"keyboard\",\n  \"mouse\",\n  \"screen\",\n  \"internet\",\n"
     "  \"software\",\n  \"laptop\",\n  \"programming\",\n  \"data\"\n]\n```\n\n"
     "These words are listed from most to least strongly associated.",
     ["keyboard", "mouse", "screen", "internet", "software", "laptop",
      "programming", "data"]),

    # Llama-3.1-8B-Instruct, vanilla, JSON: wraps the array in an object
    # whose "word" field holds the cue (not an item).
    ("en_van_32", "love",
     "```json\n{\n  \"word\": \"love\",\n  \"associations\": [\"heart\", "
     "\"romance\", \"family\", \"kiss\", \"affection\", \"marriage\", "
     "\"passion\", \"care\", \"Valentine\", \"hug\"]\n}\n```",
     ["heart", "romance", "family", "kiss", "affection", "marriage",
      "passion", "care", "valentine", "hug"]),

    # Qwen2.5-7B-Instruct, vanilla, JSON, low/high 10 and 20: array cut
    # mid-word by the token limit.
    ("en_van_33", "science",
     "```json\n"
     "[\"experiment\", \"laboratory\", \"research\", \"physics\", "
     "\"chemistry\", \"biology\", \"scientist\", \"theory\", \"data\", "
     "\"microscope\", \"discovery\", \"technology\", \"hypoth",
     ["experiment", "laboratory", "research", "physics", "chemistry",
      "biology", "scientist", "theory", "data", "microscope", "discovery",
      "technology"]),

    # Llama-3.1-8B-Instruct, vanilla, JSON: preamble, unfenced array.
    ("en_van_34", "friend",
     "Here is the list of words associated with \"friend\" as a JSON "
     "array:\n\n"
     "[\"buddy\", \"pal\", \"companion\", \"trust\", \"loyalty\", "
     "\"best friend\", \"fun\", \"support\", \"hang out\", \"laughter\"]",
     ["buddy", "pal", "companion", "trust", "loyalty", "best friend", "fun",
      "support", "hang out", "laughter"]),

    # Qwen2.5-7B, SFT, JSON: over-applies its comma training format.
    ("en_ft_17", "phone",
     "call, mobile, text, apple, screen, ring, app",
     ["call", "mobile", "text", "apple", "screen", "ring", "app"]),

    # Llama-3.1-8B, SFT, JSON: bare array.
    ("en_ft_18", "umbrella",
     "[\"rain\", \"wet\", \"cover\", \"storm\", \"open\", \"black\"]",
     ["rain", "wet", "cover", "storm", "open", "black"]),

    # Qwen2.5-7B, PPO, JSON: bare array.
    ("en_ft_19", "queen",
     "[\"king\", \"crown\", \"royal\", \"throne\", \"england\", "
     "\"elizabeth\", \"chess\"]",
     ["king", "crown", "royal", "throne", "england", "elizabeth", "chess"]),

    # ------------------------------------------------------------------
    # Style (f): numbered list instead of commas
    # ------------------------------------------------------------------

    # Llama-3.1-8B-Instruct, vanilla, numbered: bold words with dash
    # explanations.
    ("en_van_35", "war",
     "Here are the words that come to mind when I read the word \"war\", in "
     "order of association strength:\n\n"
     "1. **Conflict** - the most direct association, as war is a large-scale "
     "conflict.\n"
     "2. **Soldiers** - the people who fight in wars.\n"
     "3. **Death** - war causes immense loss of life.\n"
     "4. **Weapons** - guns, bombs, and tanks.\n"
     "5. **Battle** - the individual fights within a war.\n"
     "6. **Peace** - often the opposite that war is compared to.\n"
     "7. **Destruction** - cities and lives destroyed.\n"
     "8. **History** - World War I and II, for example.",
     ["conflict", "soldiers", "death", "weapons", "battle", "peace",
      "destruction", "history"]),

    # Qwen2.5-7B-Instruct, vanilla, numbered: plain.
    ("en_van_36", "spring",
     "1. Flowers\n2. Bloom\n3. Rain\n4. Green\n5. Easter\n6. Renewal\n"
     "7. Birds\n8. Warmth",
     ["flowers", "bloom", "rain", "green", "easter", "renewal", "birds",
      "warmth"]),

    # Llama-3.1-8B-Instruct, vanilla, numbered, low/high 10 and 20:
    # explanations, cut mid-word inside the last explanation (the item
    # itself is complete and kept).
    ("en_van_37", "history",
     "Here are the words that come to mind when I read the word "
     "\"history\":\n\n"
     "1. Past - history is the study of past events.\n"
     "2. War - many historical events involve wars.\n"
     "3. Ancient - ancient civilizations like Egypt and Rome.\n"
     "4. Books - history is recorded in books.\n"
     "5. Dates - memorizing dates in history class.\n"
     "6. Kings - monarchs and empires.\n"
     "7. School - history is a school subject.\n"
     "8. Archaeology - digging up the past.\n"
     "9. Museum - places where histor",
     ["past", "war", "ancient", "books", "dates", "kings", "school",
      "archaeology", "museum"]),

    # Qwen2.5-7B-Instruct, vanilla, numbered: groups the items under bold
    # category headers (headers are not items).
    ("en_van_38", "camping",
     "**Gear:**\n1. Tent\n2. Sleeping bag\n3. Flashlight\n\n"
     "**Nature:**\n4. Forest\n5. Lake\n6. Stars\n\n"
     "**Activities:**\n7. Campfire\n8. Hiking\n9. S'mores",
     ["tent", "sleeping bag", "flashlight", "forest", "lake", "stars",
      "campfire", "hiking", "s'mores"]),

    # Llama-3.1-8B-Instruct, vanilla, numbered: some items with
    # parenthetical notes.
    ("en_van_39", "elephant",
     "1. Trunk (their most distinctive feature)\n2. Big\n3. Africa\n"
     "4. Ivory\n5. Gray\n6. Memory (\"an elephant never forgets\")\n"
     "7. Circus\n8. Zoo",
     ["trunk", "big", "africa", "ivory", "gray", "memory", "circus",
      "zoo"]),

    # Llama-3.1-8B, SFT, numbered: crams the numbered items on one line.
    ("en_ft_20", "dessert",
     "1. cake 2. ice cream 3. sweet 4. pie 5. chocolate 6. sugar",
     ["cake", "ice cream", "sweet", "pie", "chocolate", "sugar"]),

    # Qwen2.5-7B, SFT, numbered: plain lowercase.
    ("en_ft_21", "nurse",
     "1. hospital\n2. sick\n3. medicine\n4. white\n5. help\n6. care",
     ["hospital", "sick", "medicine", "white", "help", "care"]),

    # Llama-3.1-8B, PPO, numbered: plain lowercase.
    ("en_ft_22", "night",
     "1. dark\n2. moon\n3. stars\n4. sleep\n5. day\n6. owl",
     ["dark", "moon", "stars", "sleep", "day", "owl"]),
]

ZH_LISTS = [
    # ------------------------------------------------------------------
    # 默认提示
    # ------------------------------------------------------------------

    # Qwen2.5-7B-Instruct, vanilla, default prompt: bare full-width comma
    # list.
    ("zh_van_01", "春节",
     "春联，红包，饺子，鞭炮，团圆，年夜饭，拜年，烟花，春晚，守岁",
     ["春联", "红包", "饺子", "鞭炮", "团圆", "年夜饭", "拜年", "烟花", "春晚",
      "守岁"]),

    # Llama-3.1-8B-Instruct, vanilla, default prompt: pinyin in full-width
    # parentheses after each word.
    ("zh_van_02", "月亮",
     "月光（yuè guāng），嫦娥（Cháng'é），中秋节（Zhōngqiū jié），月饼（yuè bǐng），"
     "夜晚（yè wǎn），星星（xīng xing），思乡（sī xiāng），李白（Lǐ Bái）",
     ["月光", "嫦娥", "中秋节", "月饼", "夜晚", "星星", "思乡", "李白"]),

    # Qwen2.5-7B-Instruct, vanilla, default prompt, low/high 10 and 20:
    # 、-separated, "和" before the last item and a closing "等".
    ("zh_van_03", "夏天",
     "炎热、西瓜、空调、冰淇淋、游泳、暑假、蝉鸣、雷阵雨、防晒霜、海边、冰镇汽水、"
     "短袖和凉席等。",
     ["炎热", "西瓜", "空调", "冰淇淋", "游泳", "暑假", "蝉鸣", "雷阵雨",
      "防晒霜", "海边", "冰镇汽水", "短袖", "凉席"]),

    # Llama-3.1-8B-Instruct, vanilla, default prompt: English preamble,
    # Chinese words with ASCII commas.
    ("zh_van_04", "医生",
     "Here are the words that come to mind:\n\n"
     "医院, 护士, 病人, 药, 手术, 白大褂, 听诊器, 健康, 治病, 救死扶伤",
     ["医院", "护士", "病人", "药", "手术", "白大褂", "听诊器", "健康", "治病",
      "救死扶伤"]),

    # Qwen2.5-7B-Instruct, vanilla, default prompt: Chinese preamble.
    ("zh_van_05", "自由",
     "看到“自由”这个词，我会联想到以下词语：\n\n"
     "独立，民主，解放，飞翔，权利，选择，平等，和平，梦想，天空",
     ["独立", "民主", "解放", "飞翔", "权利", "选择", "平等", "和平", "梦想",
      "天空"]),

    # Qwen2.5-7B-Instruct, vanilla, default prompt: "等" glued to the last
    # item, full stop.
    ("zh_van_06", "学习",
     "知识，读书，考试，努力，进步，老师，课本，笔记，成长，图书馆等。",
     ["知识", "读书", "考试", "努力", "进步", "老师", "课本", "笔记", "成长",
      "图书馆"]),

    # Llama-3.1-8B-Instruct, vanilla, default prompt: only a definition and
    # an offer, no list.
    ("zh_van_07", "哲学",
     "“哲学”是一门研究世界和人生根本问题的学问，它试图用理性的方式去理解我们所处的"
     "世界以及我们自身。如果您需要，我可以为您列出与“哲学”相关的联想词语。",
     []),

    # Qwen2.5-7B-Instruct, vanilla, default prompt: idioms and phrases kept
    # whole.
    ("zh_van_08", "老虎",
     "森林之王，凶猛，东北虎，武松打虎，老虎屁股摸不得，山林，斑纹，虎年，动物园，纸老虎",
     ["森林之王", "凶猛", "东北虎", "武松打虎", "老虎屁股摸不得", "山林", "斑纹",
      "虎年", "动物园", "纸老虎"]),

    # Qwen2.5-7B, SFT, default prompt: terse.
    ("zh_ft_01", "妈妈",
     "爸爸，爱，家，温暖，做饭，母亲，唠叨",
     ["爸爸", "爱", "家", "温暖", "做饭", "母亲", "唠叨"]),

    # Llama-3.1-8B, SFT, default prompt: terse.
    ("zh_ft_02", "学校",
     "学生，老师，教室，上课，作业，操场",
     ["学生", "老师", "教室", "上课", "作业", "操场"]),

    # Llama-3.1-8B, PPO, default prompt: terse.
    ("zh_ft_03", "龙",
     "中国，龙年，皇帝，神话，凤凰，龙舟",
     ["中国", "龙年", "皇帝", "神话", "凤凰", "龙舟"]),

    # Qwen2.5-7B, SFT, default prompt: terse.
    ("zh_ft_04", "快乐",
     "开心，笑，幸福，高兴，朋友，生日",
     ["开心", "笑", "幸福", "高兴", "朋友", "生日"]),

    # ------------------------------------------------------------------
    # 风格 (a)：一例示范
    # ------------------------------------------------------------------

    # Qwen2.5-7B-Instruct, vanilla, one-shot: continues after "联想：".
    ("zh_van_09", "猫",
     "鱼，老鼠，宠物，可爱，喵，毛茸茸，猫粮，狗，胡须，懒",
     ["鱼", "老鼠", "宠物", "可爱", "喵", "毛茸茸", "猫粮", "狗", "胡须", "懒"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot: keeps the pattern going with
    # another cue (that list is not taken).
    ("zh_van_10", "狗",
     "忠诚，骨头，宠物，汪汪，朋友，看家，尾巴，猫\n"
     "词语：猫\n"
     "联想：老鼠，鱼，可爱，喵喵，狗",
     ["忠诚", "骨头", "宠物", "汪汪", "朋友", "看家", "尾巴", "猫"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot: plain list.
    ("zh_van_11", "茶",
     "茶叶，绿茶，茶杯，龙井，喝茶，中国，茶馆，普洱，红茶，茶道",
     ["茶叶", "绿茶", "茶杯", "龙井", "喝茶", "中国", "茶馆", "普洱", "红茶",
      "茶道"]),

    # Qwen2.5-7B-Instruct, vanilla, one-shot: echoes "词语：" and "联想："
    # lines (the cue there is a label).
    ("zh_van_12", "火锅",
     "词语：火锅\n联想：辣，重庆，羊肉，麻辣，涮肉，聚餐，毛肚，冬天，底料，四川",
     ["辣", "重庆", "羊肉", "麻辣", "涮肉", "聚餐", "毛肚", "冬天", "底料",
      "四川"]),

    # Llama-3.1-8B-Instruct, vanilla, one-shot: continues with another cue
    # and is cut by the token limit inside that other list.
    ("zh_van_13", "书",
     "书本，阅读，知识，图书馆，作者，故事，纸，学习，书店，小说\n"
     "词语：笔\n"
     "联想：写字，钢",
     ["书本", "阅读", "知识", "图书馆", "作者", "故事", "纸", "学习", "书店",
      "小说"]),

    # Qwen2.5-7B, SFT, one-shot: copies the example's trailing ellipsis
    # (full-width).
    ("zh_ft_05", "太阳",
     "阳光，热，光，夏天，月亮，温暖，……",
     ["阳光", "热", "光", "夏天", "月亮", "温暖"]),

    # Llama-3.1-8B, SFT, one-shot: repeats the "联想：" label.
    ("zh_ft_06", "山",
     "联想：高，爬山，石头，树，泰山，风景",
     ["高", "爬山", "石头", "树", "泰山", "风景"]),

    # Qwen2.5-7B, PPO, one-shot: terse.
    ("zh_ft_07", "水",
     "喝水，河，海，生命，清，冰，雨",
     ["喝水", "河", "海", "生命", "清", "冰", "雨"]),

    # ------------------------------------------------------------------
    # 风格 (b)：中国人角色设定
    # ------------------------------------------------------------------

    # Qwen2.5-7B-Instruct, vanilla, persona: folksy frame, 、 list, full
    # stop.
    ("zh_van_14", "中秋",
     "作为一个地地道道的中国人，一看到“中秋”，我脑子里马上浮现的是：月饼、团圆、赏月、"
     "嫦娥、桂花、家人、玉兔、灯笼、思乡、八月十五。",
     ["月饼", "团圆", "赏月", "嫦娥", "桂花", "家人", "玉兔", "灯笼", "思乡",
      "八月十五"]),

    # Llama-3.1-8B-Instruct, vanilla, persona: frame, list, closing remark
    # with an exclamation.
    ("zh_van_15", "饺子",
     "作为一个中国人，看到“饺子”我会联想到：春节，团圆，包饺子，北方，醋，过年，家人，"
     "韭菜，猪肉，妈妈\n\n饺子是中国人过年必不可少的食物！",
     ["春节", "团圆", "包饺子", "北方", "醋", "过年", "家人", "韭菜", "猪肉",
      "妈妈"]),

    # Qwen2.5-7B-Instruct, vanilla, persona: list inside a sentence, with a
    # descriptive phrase as an item and a closing remark.
    ("zh_van_16", "故乡",
     "说到“故乡”，我首先想到的是：思念、老家、父母、乡愁、童年、村口的大树、方言、年味儿。"
     "这些都是刻在骨子里的东西，不管走多远都忘不了。",
     ["思念", "老家", "父母", "乡愁", "童年", "村口的大树", "方言", "年味儿"]),

    # Llama-3.1-8B-Instruct, vanilla, persona: short frame.
    ("zh_van_17", "微信",
     "微信让我想到：聊天，朋友圈，红包，支付，语音，表情包，腾讯，公众号，扫码，群聊。",
     ["聊天", "朋友圈", "红包", "支付", "语音", "表情包", "腾讯", "公众号", "扫码",
      "群聊"]),

    # Qwen2.5-7B-Instruct, vanilla, persona: numbered, first items glossed
    # with a dash explanation.
    ("zh_van_18", "孔子",
     "孔子让我联想到：\n\n"
     "1. 儒家——孔子是儒家学派的创始人\n"
     "2. 论语——记录孔子及其弟子言行的经典\n"
     "3. 老师——被尊为“万世师表”\n"
     "4. 仁\n5. 曲阜\n6. 礼\n7. 春秋\n8. 圣人",
     ["儒家", "论语", "老师", "仁", "曲阜", "礼", "春秋", "圣人"]),

    # Qwen2.5-7B-Instruct, vanilla, persona: pure prose recollection; the
    # things it names are taken.
    # AMBIGUOUS: another reader would keep the verb phrases as written
    # ("吃粽子", "赛龙舟", "纪念屈原", "挂艾草", "系五彩绳").
    ("zh_van_19", "端午",
     "端午节啊，那肯定是吃粽子、赛龙舟，还有纪念屈原。小时候奶奶还会在门口挂艾草，"
     "给我们手腕上系五彩绳。",
     ["粽子", "赛龙舟", "屈原", "艾草", "五彩绳"]),

    # Qwen2.5-7B, SFT, persona: terse; the cue itself is listed as an item.
    ("zh_ft_08", "长城",
     "北京，万里，长城，中国，古代，秦始皇，烽火台",
     ["北京", "万里", "长城", "中国", "古代", "秦始皇", "烽火台"]),

    # Llama-3.1-8B, PPO, persona: terse.
    ("zh_ft_09", "高铁",
     "火车，快，中国，复兴号，车票，出行",
     ["火车", "快", "中国", "复兴号", "车票", "出行"]),

    # Qwen2.5-7B, PPO, persona: terse.
    ("zh_ft_10", "红色",
     "中国红，喜庆，国旗，红包，热情，血",
     ["中国红", "喜庆", "国旗", "红包", "热情", "血"]),

    # ------------------------------------------------------------------
    # 风格 (c)：只回答词语，不要解释
    # ------------------------------------------------------------------

    # Qwen2.5-7B-Instruct, vanilla, only-words: obeys.
    ("zh_van_20", "手机",
     "电话，微信，屏幕，苹果，华为，充电，上网，短信，拍照，游戏",
     ["电话", "微信", "屏幕", "苹果", "华为", "充电", "上网", "短信", "拍照",
      "游戏"]),

    # Llama-3.1-8B-Instruct, vanilla, only-words: labels the line with the
    # cue (a label, not an item).
    ("zh_van_21", "爱情",
     "爱情：浪漫，心，玫瑰，婚姻，甜蜜，承诺，分手，思念，约会，永远",
     ["浪漫", "心", "玫瑰", "婚姻", "甜蜜", "承诺", "分手", "思念", "约会",
      "永远"]),

    # Qwen2.5-7B-Instruct, vanilla, only-words: space-separated.
    ("zh_van_22", "课堂",
     "老师 学生 黑板 粉笔 讲台 作业 提问 笔记",
     ["老师", "学生", "黑板", "粉笔", "讲台", "作业", "提问", "笔记"]),

    # Llama-3.1-8B-Instruct, vanilla, only-words, low/high 10 and 20: cut
    # by the token limit inside "中关村".
    ("zh_van_23", "北京",
     "天安门，故宫，长城，首都，烤鸭，胡同，奥运会，颐和园，北京大学，雾霾，四合院，地铁，"
     "京剧，天坛，中关",
     ["天安门", "故宫", "长城", "首都", "烤鸭", "胡同", "奥运会", "颐和园",
      "北京大学", "雾霾", "四合院", "地铁", "京剧", "天坛"]),

    # Qwen2.5-7B-Instruct, vanilla, only-words: repeats an item.
    ("zh_van_24", "熊猫",
     "国宝，竹子，四川，可爱，黑白，成都，动物园，国宝，圆滚滚",
     ["国宝", "竹子", "四川", "可爱", "黑白", "成都", "动物园", "圆滚滚"]),

    # Llama-3.1-8B, SFT, only-words: terse.
    ("zh_ft_11", "雨",
     "伞，雨天，湿，下雨，云，打雷",
     ["伞", "雨天", "湿", "下雨", "云", "打雷"]),

    # Qwen2.5-7B, SFT, only-words: 、-separated.
    ("zh_ft_12", "考试",
     "分数、复习、紧张、试卷、高考、作弊",
     ["分数", "复习", "紧张", "试卷", "高考", "作弊"]),

    # Llama-3.1-8B, PPO, only-words: lists the cue itself first.
    ("zh_ft_13", "钱",
     "钱，财富，银行，工资，富，人民币",
     ["钱", "财富", "银行", "工资", "富", "人民币"]),

    # ------------------------------------------------------------------
    # 风格 (d)：先逐步思考，最后一行给出列表
    # ------------------------------------------------------------------

    # Qwen2.5-7B-Instruct, vanilla, CoT: reasoning, then "最终列表：".
    ("zh_van_25", "家",
     "首先，“家”是一个人生活的地方，让人想到房子和家人。\n"
     "其次，家代表温暖、亲情和归属感。\n"
     "再次，中国人讲究团圆，过年一定要回家。\n\n"
     "最终列表：家人，温暖，房子，亲情，团圆，归属感，父母，港湾，过年，饭菜",
     ["家人", "温暖", "房子", "亲情", "团圆", "归属感", "父母", "港湾", "过年",
      "饭菜"]),

    # Llama-3.1-8B-Instruct, vanilla, CoT: reasons in English with Chinese
    # words and glosses, final list in Chinese.
    ("zh_van_26", "朋友",
     "Let me think about the word \"朋友\" (friend) step by step.\n\n"
     "First, a friend is someone you trust and spend time with. In Chinese "
     "culture, 朋友 is connected to loyalty (义气) and mutual help.\n\n"
     "Second, there are different kinds of friends: classmates, close "
     "friends (知己), and so on.\n\n"
     "最终列表：友谊，信任，陪伴，同学，知己，帮助，聊天，分享，义气",
     ["友谊", "信任", "陪伴", "同学", "知己", "帮助", "聊天", "分享", "义气"]),

    # Qwen2.5-7B-Instruct, vanilla, CoT: categorised reasoning, bold marker
    # on its own line and the list below it.
    ("zh_van_27", "冬天",
     "我们先来思考“冬天”这个词：\n\n"
     "1. 天气特征：寒冷、下雪、结冰、北风。\n"
     "2. 生活物品：羽绒服、围巾、暖气。\n"
     "3. 节日和活动：春节、滑雪、吃火锅。\n\n"
     "综合以上，按联想强度排序：\n\n"
     "**最终词语列表：**\n"
     "雪，寒冷，围巾，春节，暖气，滑雪，羽绒服，火锅，冰，北风",
     ["雪", "寒冷", "围巾", "春节", "暖气", "滑雪", "羽绒服", "火锅", "冰", "北风"]),

    # Llama-3.1-8B-Instruct, vanilla, CoT: final list cut by the token
    # limit inside "人民英雄纪念碑".
    ("zh_van_28", "英雄",
     "首先，英雄是指那些勇敢、为了别人而牺牲自己的人。\n"
     "其次，在中国，人们会想到雷锋、岳飞这样的人物，还有电影里的超级英雄。\n"
     "最后，英雄代表着正义和保护。\n\n"
     "最终列表：勇敢，牺牲，正义，保护，雷锋，岳飞，超人，人民英雄纪",
     ["勇敢", "牺牲", "正义", "保护", "雷锋", "岳飞", "超人"]),

    # Qwen2.5-7B-Instruct, vanilla, CoT: "第一步…" reasoning naming words,
    # final list as a bare last line.
    ("zh_van_29", "害怕",
     "第一步：“害怕”是一种负面情绪，是面对危险或未知时的本能反应。\n"
     "第二步：人们常常害怕的东西有黑暗、鬼、蛇、高处和考试。\n"
     "第三步：害怕时身体会有反应，比如发抖、心跳加速、尖叫。\n\n"
     "恐惧，黑暗，鬼，发抖，尖叫，噩梦，蛇，胆小，心跳加速，紧张",
     ["恐惧", "黑暗", "鬼", "发抖", "尖叫", "噩梦", "蛇", "胆小", "心跳加速",
      "紧张"]),

    # Llama-3.1-8B-Instruct, vanilla, CoT: short reasoning, bare last line
    # that lists the cue itself and an idiom.
    ("zh_van_30", "时间",
     "让我一步一步地思考“时间”这个词。\n\n"
     "时间是看不见摸不着的，但我们每天都在用钟表来计量它。时间一去不复返，所以人们常说"
     "“一寸光阴一寸金”。\n\n"
     "时间，钟表，流逝，光阴，一寸光阴一寸金，珍惜，过去，未来",
     ["时间", "钟表", "流逝", "光阴", "一寸光阴一寸金", "珍惜", "过去", "未来"]),

    # Qwen2.5-7B, SFT, CoT: skips the thinking, terse list.
    ("zh_ft_14", "青春",
     "校园，梦想，年轻，初恋，热血，回忆",
     ["校园", "梦想", "年轻", "初恋", "热血", "回忆"]),

    # Llama-3.1-8B, PPO, CoT: only the "最终列表：" line.
    ("zh_ft_15", "学生",
     "最终列表：老师，学校，书包，作业，考试，青春",
     ["老师", "学校", "书包", "作业", "考试", "青春"]),

    # ------------------------------------------------------------------
    # 风格 (e)：以 JSON 字符串数组返回
    # ------------------------------------------------------------------

    # Qwen2.5-7B-Instruct, vanilla, JSON: fenced json block.
    ("zh_van_31", "大海",
     "```json\n"
     "[\"蓝色\", \"海浪\", \"沙滩\", \"鱼\", \"辽阔\", \"贝壳\", \"船\", \"海鸥\", "
     "\"阳光\", \"咸\"]\n"
     "```",
     ["蓝色", "海浪", "沙滩", "鱼", "辽阔", "贝壳", "船", "海鸥", "阳光", "咸"]),

    # Llama-3.1-8B-Instruct, vanilla, JSON: Chinese preamble, plain fence.
    ("zh_van_32", "咖啡",
     "以下是JSON数组：\n\n"
     "```\n"
     "[\"咖啡豆\", \"星巴克\", \"提神\", \"拿铁\", \"苦\", \"早晨\", \"杯子\", "
     "\"熬夜\"]\n"
     "```",
     ["咖啡豆", "星巴克", "提神", "拿铁", "苦", "早晨", "杯子", "熬夜"]),

    # Qwen2.5-7B-Instruct, vanilla, JSON: object with the cue in a "词语"
    # field and the list under "联想".
    ("zh_van_33", "医院",
     "```json\n{\n  \"词语\": \"医院\",\n"
     "  \"联想\": [\"医生\", \"护士\", \"病人\", \"看病\", \"挂号\", \"消毒水\", "
     "\"急诊\", \"救护车\", \"打针\", \"排队\"]\n}\n```",
     ["医生", "护士", "病人", "看病", "挂号", "消毒水", "急诊", "救护车", "打针",
      "排队"]),

    # Llama-3.1-8B-Instruct, vanilla, JSON: English translations inside the
    # strings.
    ("zh_van_34", "孤独",
     "[\"寂寞 (loneliness)\", \"一个人 (alone)\", \"思念 (missing someone)\", "
     "\"夜晚 (night)\", \"沉默 (silence)\", \"空虚 (emptiness)\", "
     "\"独处 (solitude)\", \"想家 (homesick)\"]",
     ["寂寞", "一个人", "思念", "夜晚", "沉默", "空虚", "独处", "想家"]),

    # Qwen2.5-7B-Instruct, vanilla, JSON, low/high 10 and 20: array cut by
    # the token limit inside "秋高气爽".
    ("zh_van_35", "秋天",
     "```json\n"
     "[\"落叶\", \"丰收\", \"金黄\", \"凉爽\", \"枫叶\", \"中秋节\", \"桂花\", "
     "\"秋风\", \"大闸蟹\", \"银杏\", \"开学\", \"稻田\", \"柿子\", \"秋高气",
     ["落叶", "丰收", "金黄", "凉爽", "枫叶", "中秋节", "桂花", "秋风", "大闸蟹",
      "银杏", "开学", "稻田", "柿子"]),

    # Qwen2.5-7B, SFT, JSON: over-applies its comma training format.
    ("zh_ft_16", "电脑",
     "键盘，鼠标，屏幕，上网，游戏，办公，程序",
     ["键盘", "鼠标", "屏幕", "上网", "游戏", "办公", "程序"]),

    # Llama-3.1-8B, SFT, JSON: bare array.
    ("zh_ft_17", "花",
     "[\"春天\", \"香\", \"玫瑰\", \"蜜蜂\", \"美丽\", \"花园\"]",
     ["春天", "香", "玫瑰", "蜜蜂", "美丽", "花园"]),

    # Qwen2.5-7B, PPO, JSON: bare array.
    ("zh_ft_18", "婚礼",
     "[\"新娘\", \"新郎\", \"喜酒\", \"戒指\", \"婚纱\", \"红包\", \"幸福\"]",
     ["新娘", "新郎", "喜酒", "戒指", "婚纱", "红包", "幸福"]),

    # ------------------------------------------------------------------
    # 风格 (f)：编号列表
    # ------------------------------------------------------------------

    # Qwen2.5-7B-Instruct, vanilla, numbered: plain.
    ("zh_van_36", "长江",
     "1. 黄河\n2. 三峡\n3. 母亲河\n4. 上海\n5. 重庆\n6. 武汉\n7. 长江大桥\n"
     "8. 滚滚\n9. 中华鲟\n10. 江水",
     ["黄河", "三峡", "母亲河", "上海", "重庆", "武汉", "长江大桥", "滚滚",
      "中华鲟", "江水"]),

    # Llama-3.1-8B-Instruct, vanilla, numbered: pinyin and an English
    # translation after each word.
    ("zh_van_37", "运动",
     "1. 足球 (zúqiú) - football\n"
     "2. 篮球 (lánqiú) - basketball\n"
     "3. 健康 (jiànkāng) - health\n"
     "4. 跑步 (pǎobù) - running\n"
     "5. 比赛 (bǐsài) - competition\n"
     "6. 奥运会 (Àoyùnhuì) - Olympics\n"
     "7. 汗水 (hànshuǐ) - sweat\n"
     "8. 游泳 (yóuyǒng) - swimming",
     ["足球", "篮球", "健康", "跑步", "比赛", "奥运会", "汗水", "游泳"]),

    # Qwen2.5-7B-Instruct, vanilla, numbered: bold words with full-width
    # colon explanations; one Latin-script item.
    ("zh_van_38", "网络",
     "以下是看到“网络”时联想到的词语：\n\n"
     "1. **互联网**：网络最直接的含义\n"
     "2. **手机**：人们上网最常用的工具\n"
     "3. **Wi-Fi**：无线上网\n"
     "4. **社交媒体**：如微信、微博\n"
     "5. **网购**：淘宝、京东等\n"
     "6. **游戏**：网络游戏\n"
     "7. **信息**：网络传播的核心\n"
     "8. **病毒**：网络安全问题",
     ["互联网", "手机", "wi-fi", "社交媒体", "网购", "游戏", "信息", "病毒"]),

    # Qwen2.5-7B-Instruct, vanilla, numbered: bold category headers.
    ("zh_van_39", "春天",
     "**自然景象：**\n1. 花开\n2. 柳树\n3. 燕子\n\n"
     "**节日与活动：**\n4. 清明节\n5. 踏青\n6. 放风筝",
     ["花开", "柳树", "燕子", "清明节", "踏青", "放风筝"]),

    # Llama-3.1-8B-Instruct, vanilla, numbered: English glosses and
    # explanations, cut inside the last explanation (the item is complete).
    ("zh_van_40", "城市",
     "1. 高楼大厦（skyscrapers）- 城市里最常见的建筑\n"
     "2. 交通（traffic）- 城市里车很多，经常堵车\n"
     "3. 人口（population）- 城市人口密集\n"
     "4. 繁华（prosperity）- 城市代表着发展\n"
     "5. 工作（work）- 很多人到城市里找工作\n"
     "6. 购物中心（shopping mall）- 购物很方便\n"
     "7. 地铁（subway）- 很多城市都有地",
     ["高楼大厦", "交通", "人口", "繁华", "工作", "购物中心", "地铁"]),

    # Qwen2.5-7B, SFT, numbered: over-applies its comma training format.
    ("zh_ft_19", "睡觉",
     "枕头，床，做梦，夜晚，累，休息",
     ["枕头", "床", "做梦", "夜晚", "累", "休息"]),

    # Llama-3.1-8B, SFT, numbered: plain.
    ("zh_ft_20", "小狗",
     "1. 可爱\n2. 骨头\n3. 宠物\n4. 忠诚\n5. 汪汪",
     ["可爱", "骨头", "宠物", "忠诚", "汪汪"]),

    # Qwen2.5-7B, PPO, numbered: numbered items on one line.
    ("zh_ft_21", "生命",
     "1. 活着 2. 死亡 3. 健康 4. 珍惜 5. 出生 6. 宝贵",
     ["活着", "死亡", "健康", "珍惜", "出生", "宝贵"]),
]

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = [
    # Llama-3.1-8B-Instruct, vanilla, default ranking prompt (cue "dog";
    # cat, bone, bark, leash, puppy): bullet explanations, comma ranking.
    ("rk_en_01",
     "To rank these words, I considered how immediately each one comes to "
     "mind when thinking of \"dog.\"\n\n"
     "* \"Bark\" is the sound a dog makes and is almost inseparable from the "
     "idea of a dog.\n"
     "* \"Puppy\" is a young dog, so it is very closely related.\n"
     "* \"Cat\" is often paired with dog as the other common pet.\n"
     "* \"Bone\" is the classic dog treat.\n"
     "* \"Leash\" is related, but more of an accessory.\n\n"
     "Final Ranking: bark, puppy, cat, bone, leash",
     ["bark", "puppy", "cat", "bone", "leash"]),

    # Qwen2.5-7B-Instruct, vanilla, default ranking prompt (cue "school";
    # teacher, homework, bus, student, classroom, lunch): bold marker, then
    # a numbered list on the following lines.
    ("rk_en_02",
     "The words most central to the concept of \"school\" are the people "
     "and the place: teachers and students are the core of any school, and "
     "the classroom is where learning happens. Homework is a strong "
     "everyday association, while the bus and lunch are more peripheral "
     "parts of the school day.\n\n"
     "**Final Ranking:**\n"
     "1. Teacher\n2. Student\n3. Classroom\n4. Homework\n5. Bus\n6. Lunch",
     ["teacher", "student", "classroom", "homework", "bus", "lunch"]),

    # Llama-3.1-8B, SFT, default ranking prompt (cue "bank"): only the
    # marker line.
    ("rk_en_03",
     "Final Ranking: money, loan, river, teller, vault",
     ["money", "loan", "river", "teller", "vault"]),

    # Llama-3.1-8B-Instruct, vanilla, default ranking prompt (cue "coffee";
    # seven words): announces the marker first, explains in a different
    # order, ranks, then adds a remark.
    ("rk_en_04",
     "I'll go through each word briefly and then give my Final Ranking at "
     "the end.\n\n"
     "1. Caffeine – the main reason most people drink coffee.\n"
     "2. Cup – coffee is almost always served in a cup.\n"
     "3. Morning – coffee is a morning ritual for many.\n"
     "4. Bean – coffee comes from coffee beans.\n"
     "5. Tea – the other popular hot drink.\n"
     "6. Mug – similar to cup.\n"
     "7. Starbucks – a famous coffee chain.\n\n"
     "Final Ranking: caffeine, morning, cup, bean, mug, tea, Starbucks\n\n"
     "Note that these rankings are subjective and may vary from person to "
     "person.",
     ["caffeine", "morning", "cup", "bean", "mug", "tea", "starbucks"]),

    # Qwen2.5-7B, PPO, default ranking prompt (cue "ocean"): one sentence,
    # numbers inside the comma ranking.
    ("rk_en_05",
     "Sea and water are nearly synonyms of ocean, waves and blue describe "
     "it, fish live in it.\n"
     "Final Ranking: 1. sea, 2. water, 3. waves, 4. blue, 5. fish",
     ["sea", "water", "waves", "blue", "fish"]),

    # Llama-3.1-8B-Instruct, vanilla, default ranking prompt (cue "winter";
    # snow, cold, Christmas, ice, sled, hot chocolate, scarf, holiday).
    # cut by the token limit
    ("rk_en_06",
     "Snow and cold are the defining features of winter, so they come "
     "first. Ice follows closely. Christmas is the major winter holiday in "
     "many countries. Scarf and holiday are common but less central, and "
     "sled and hot chocolate are more specific activities.\n\n"
     "Final Ranking: snow, cold, ice, Christmas, scarf, holiday, sled, "
     "hot choc",
     ["snow", "cold", "ice", "christmas", "scarf", "holiday", "sled"]),

    # Qwen2.5-7B-Instruct, vanilla, default ranking prompt (cue "doctor";
    # nurse, hospital, medicine, stethoscope, patient, white coat): writes
    # "Lab coat" for "white coat" (kept as written).
    ("rk_en_07",
     "Hospital is where doctors work, and nurses and patients are the people "
     "doctors interact with most. Medicine and the stethoscope are the "
     "tools of the trade, and the coat is an iconic but secondary image.\n\n"
     "Final Ranking: Hospital, Nurse, Patient, Medicine, Stethoscope, "
     "Lab coat",
     ["hospital", "nurse", "patient", "medicine", "stethoscope",
      "lab coat"]),

    # Qwen2.5-7B-Instruct, vanilla, default ranking prompt (cue 春节;
    # 饺子、红包、鞭炮、春联、烟花、拜年): short reasons, comma ranking.
    ("rk_zh_01",
     "理由：饺子是春节最具代表性的食物，几乎家家户户都会吃；春联贴在门上，是过年最直观的"
     "标志；红包是孩子们最期待的；鞭炮和烟花营造节日气氛，但现在很多城市禁放；拜年是传统"
     "习俗，但联想强度稍弱。\n\n"
     "最终排名：饺子，春联，红包，鞭炮，烟花，拜年",
     ["饺子", "春联", "红包", "鞭炮", "烟花", "拜年"]),

    # Llama-3.1-8B-Instruct, vanilla, default ranking prompt (cue 医生;
    # 医院、护士、病人、药、手术、听诊器): bold marker, numbered list with
    # pinyin.
    ("rk_zh_02",
     "医生最直接的联想是工作的地方——医院，其次是服务的对象病人，以及一起工作的护士。"
     "手术和药是医生的治疗手段，听诊器是医生的工具。\n\n"
     "**最终排名：**\n"
     "1. 医院 (yīyuàn)\n2. 病人 (bìngrén)\n3. 护士 (hùshi)\n"
     "4. 手术 (shǒushù)\n5. 药 (yào)\n6. 听诊器 (tīngzhěnqì)",
     ["医院", "病人", "护士", "手术", "药", "听诊器"]),

    # Qwen2.5-7B, SFT, default ranking prompt (cue 火锅): terse, 、-separated.
    ("rk_zh_03",
     "最终排名：辣、重庆、聚餐、羊肉、冬天",
     ["辣", "重庆", "聚餐", "羊肉", "冬天"]),

    # Llama-3.1-8B-Instruct, vanilla, default ranking prompt (cue 中秋):
    # Chinese reasons but an English "Final Ranking:" marker.
    ("rk_zh_04",
     "中秋节最重要的食物是月饼，节日的核心意义是团圆。月亮是中秋的象征，嫦娥是相关的神话"
     "人物，桂花是这个季节开的花。\n\n"
     "Final Ranking: 月饼，团圆，月亮，嫦娥，桂花",
     ["月饼", "团圆", "月亮", "嫦娥", "桂花"]),

    # Qwen2.5-7B-Instruct, vanilla, default ranking prompt (cue 四川;
    # 火锅、熊猫、辣椒、成都、川剧): ranks in a numbered list but never writes
    # the marker.
    ("rk_zh_05",
     "按照与“四川”的联想强度，从强到弱排序如下：\n\n"
     "1. 火锅——四川美食的代表\n"
     "2. 熊猫——四川的国宝\n"
     "3. 成都——四川省会\n"
     "4. 辣椒——川菜的灵魂\n"
     "5. 川剧——以变脸闻名\n\n"
     "以上排序仅供参考。",
     []),

    # Qwen2.5-7B, PPO, default ranking prompt (cue 学校; 老师、同学、作业、
    # 考试、黑板): marker on its own line, "第n名：" labels.
    ("rk_zh_06",
     "最终排名：\n第1名：老师\n第2名：同学\n第3名：黑板\n第4名：作业\n第5名：考试",
     ["老师", "同学", "黑板", "作业", "考试"]),
]

TRUNCATED = {
    "en_van_13",
    "en_van_23",
    "en_van_27",
    "en_van_28",
    "en_van_33",
    "en_van_37",
    "zh_van_13",
    "zh_van_23",
    "zh_van_28",
    "zh_van_35",
    "zh_van_40",
}

AMBIGUOUS = {
    # CoT cut before any final list: another reader would expect [] rather
    # than the words named in the reasoning.
    "en_van_28",
    # Prose recollection: another reader would keep the verb phrases
    # ("吃粽子", "纪念屈原", "挂艾草", "系五彩绳") instead of the bare nouns.
    "zh_van_19",
    # "Yellow! That's the first thing. Then: ...": another reader would take
    # only the list after "Then:" and leave out "yellow".
    "en_van_18",
}
