r"""Blind answer corpus 48 for the word-association answer parser.

Written blind on 2026-12-08 by a helper session: no parser, test, benchmark
or other repository file was read, no parser was run, and every text below
was invented for this file.

EMPHASIS (corpus 48): answers as evaluation HARNESSES leave them in the
"output" field of a generations file: lm-evaluation-harness (a "resps" /
"filtered_resps" list of lists, or a string cut at its default stop sequence
"\n\n", so a chat answer may stop right after its preamble or after the first
paragraph), OpenCompass predictions, vLLM RequestOutput or CompletionOutput
reprs (CompletionOutput(index=0, text='...', token_ids=[...], ...)), TGI and
HF text-generation outputs, few-shot harness prompts answered with "A:" /
"Answer:" / "答：" prefixes, outputs stripped of newlines (joined with
spaces), outputs lowercased or with punctuation stripped by a "normaliser",
answers padded with the next few-shot example, and ordinary answers of chat
and fine-tuned models in their usual proportions. Expected words are the
model's association list for the asked cue as a careful reader takes it from
what the harness left; an answer cut before any list expects []. Each output
is written exactly as it would reach the parser (a repr keeps its backslash
escapes, a JSON dump keeps its JSON escapes).

PROMPTS the models answered (low/high usually 5 and 10, sometimes 10 and 20):
  EN association: List the words that come to mind when you read the word
    "{cue}". Give between {low} and {high} words, separated by commas, the most
    strongly associated first.
  ZH association: 请列出看到“{cue}”这个词时你会联想到的词语，共{low}到{high}个，
    用逗号分隔，联想最强的排在最前面。
  EN ranking: Here are {k} words that people associate with "{cue}": {words}.
    Rank them from the most to the least strongly associated with "{cue}".
    Explain briefly, then end with a line that starts with "Final Ranking:"
    followed by all {k} words in your order, separated by commas.
  ZH ranking: 下面是人们由“{cue}”联想到的{k}个词语：{words}。请按照它们与“{cue}”的
    联想强度从强到弱排序。先简要说明理由，最后以“最终排名：”开头的一行列出全部{k}个
    词语，用逗号分隔。
Each text is only what the model wrote (its completion) as the harness stored
it, unless the model or the harness echoes the prompt.

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
  * pinyin and translations of a Mandarin word removed (the Han word kept); for
    an English prompt answered in English with Chinese glosses, the English
    word kept;
  * a list the model writes for some other cue is never taken; an answer with
    no list for the asked cue (refusal, only a definition, only prose that
    names no words) expects [];
  * when a short list is followed by a section that re-lists the same words
    with explanations, the words count once, in the order of the first list;
  * an item cut mid-word by the token limit at the very end is dropped, and the
    id goes in TRUNCATED; a complete last word is kept;
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
  * text after the ranking (a remark on the next line or paragraph) is not part
    of it;
  * a ranking cut by the token limit at the very end keeps its complete words
    and drops the cut fragment (ranking ids are not put in TRUNCATED; they are
    marked with a comment "# cut by the token limit");
  * [] when there is no marker, or nothing ranked after the last one.
"""

EN_LISTS = [
    # Llama-3-8B-Instruct, chat template, full answer (harness without a stop sequence)
    ("en_van_01", "ocean",
     "Here are 10 words that come to mind when I read the word \"ocean\":\n\n1. Waves\n2. Sea\n3. Blue\n4. Beach\n5. Salt\n6. Fish\n7. Whale\n8. Tide\n9. Deep\n10. Sand\n\nLet me know if you'd like more!",
     ["waves", "sea", "blue", "beach", "salt", "fish", "whale", "tide", "deep", "sand"]),

    # Llama-3-8B-Instruct under lm-evaluation-harness generate_until with the default until=["\n\n"]: only the preamble survives
    ("en_van_02", "mountain",
     "Here are 10 words that come to mind when I read the word \"mountain\", listed from most to least strongly associated:",
     []),

    # Qwen2-7B-Instruct, lm-eval cut at "\n\n"; the model put the list first, so the first paragraph is the list
    ("en_van_03", "baker",
     "1. Bread\n2. Oven\n3. Flour\n4. Cake\n5. Dough\n6. Pastry\n7. Morning\n8. Apron",
     ["bread", "oven", "flour", "cake", "dough", "pastry", "morning", "apron"]),

    # Mistral-7B-Instruct-v0.2, lm-eval samples file, "resps" list of lists stored as its Python repr
    ("en_van_04", "bank",
     "[[' Money, loan, interest, savings, account, teller, vault, river']]",
     ["money", "loan", "interest", "savings", "account", "teller", "vault", "river"]),

    # Gemma-7B-it, lm-eval "resps" repr; the newlines of the numbered list appear as backslash-n escapes
    ("en_van_05", "hospital",
     r"[['1. Doctor\n2. Nurse\n3. Patient\n4. Emergency\n5. Surgery\n6. Bed\n7. Medicine']]",
     ["doctor", "nurse", "patient", "emergency", "surgery", "bed", "medicine"]),

    # Llama-3.1-8B-Instruct, lm-eval "filtered_resps" dumped as JSON
    ("en_van_06", "summer",
     '["Sun, beach, vacation, heat, swimming, ice cream, sunscreen"]',
     ["sun", "beach", "vacation", "heat", "swimming", "ice cream", "sunscreen"]),

    # lm-eval task with a regex filter: the filter matched nothing and left its fallback in "filtered_resps"
    ("en_van_07", "justice",
     '["[invalid]"]',
     []),

    # Llama-2-7b (base), few-shot, vLLM CompletionOutput repr, stopped on "\n"
    ("en_van_08", "cat",
     r"CompletionOutput(index=0, text=' dog, mouse, whiskers, purr, fur, kitten, milk', token_ids=[11203, 29892, 9495, 29892, 377, 3173, 414, 29892, 3708, 29878, 29892, 3261, 29892, 413, 4066, 29892, 27274, 13], cumulative_logprob=-17.482913732528687, logprobs=None, finish_reason=stop, stop_reason='\n')",
     ["dog", "mouse", "whiskers", "purr", "fur", "kitten", "milk"]),

    # Qwen2.5-7B-Instruct, whole vLLM RequestOutput repr stored; the prompt (with the cue and "separated by commas") is part of it
    ("en_van_09", "coffee",
     r"""RequestOutput(request_id=3, prompt='<|im_start|>system\nYou are Qwen, created by Alibaba Cloud. You are a helpful assistant.<|im_end|>\n<|im_start|>user\nList the words that come to mind when you read the word "coffee". Give between 5 and 10 words, separated by commas, the most strongly associated first.<|im_end|>\n<|im_start|>assistant\n', prompt_token_ids=[151644, 8948, 198, 2610, 525, 1207, 16948, 11, 3465, 553, 54364, 14817, 13, 1446, 525, 264, 10950, 17847, 13, 151645, 198, 151644, 872, 198, 852, 279, 4244, 429, 2525, 311, 3971, 979, 498, 1349, 279, 3409, 330, 78117, 3263, 20678, 1948, 220, 20, 323, 220, 16, 15, 4244, 11, 18663, 553, 76602, 11, 279, 1429, 16510, 5815, 1156, 13, 151645, 198, 151644, 77091, 198], encoder_prompt=None, encoder_prompt_token_ids=None, prompt_logprobs=None, outputs=[CompletionOutput(index=0, text='Caffeine, morning, espresso, mug, beans, energy, latte, café', token_ids=[34, 2649, 482, 11, 6556, 11, 65521, 11, 51489, 11, 26896, 11, 4802, 11, 5724, 665, 11, 51950, 151645], cumulative_logprob=None, logprobs=None, finish_reason=stop, stop_reason=None)], finished=True, metrics=RequestMetrics(arrival_time=1733650112.418, last_token_time=1733650113.902, first_scheduled_time=1733650112.42, first_token_time=1733650112.507, time_in_queue=0.0018, finished_time=1733650113.902, scheduler_time=0.0041, model_forward_time=None, model_execute_time=None), lora_request=None, num_cached_tokens=16, multi_modal_placeholders={})""",
     ["caffeine", "morning", "espresso", "mug", "beans", "energy", "latte", "café"]),

    # Mistral-7B-Instruct, vLLM with the default SamplingParams(max_tokens=16): CompletionOutput cut mid-word ("hot choc…"), finish_reason=length
    ("en_van_10", "winter",
     r"CompletionOutput(index=0, text='Snow, cold, ice, Christmas, scarf, fireplace, hot choc', token_ids=[28735, 28725, 5256, 28725, 7515, 28725, 8429, 28725, 23187, 28725, 3339, 2912, 28725, 3296, 484, 402], cumulative_logprob=None, logprobs=None, finish_reason=length, stop_reason=None)",
     ["snow", "cold", "ice", "christmas", "scarf", "fireplace"]),

    # Zephyr-7B-beta served by TGI, /generate JSON body stored as the output
    ("en_van_11", "flame",
     '{"generated_text":"Fire, heat, candle, burn, light, smoke, orange, wick"}',
     ["fire", "heat", "candle", "burn", "light", "smoke", "orange", "wick"]),

    # Falcon-7B-instruct on TGI with details=true; JSON keeps "\n" as an escape
    ("en_van_12", "novel",
     r'{"generated_text":"\n\nBook, story, author, fiction, chapter, plot, character, pages","details":{"finish_reason":"eos_token","generated_tokens":19,"seed":null,"prefill":[],"tokens":[]}}',
     ["book", "story", "author", "fiction", "chapter", "plot", "character", "pages"]),

    # GPT-2-XL via HF pipeline("text-generation") with return_full_text=True, the list of dicts stored as its repr
    ("en_van_13", "tree",
     r"""[{'generated_text': 'List the words that come to mind when you read the word "tree". Give between 5 and 10 words, separated by commas, the most strongly associated first.\nleaves, branches, roots, forest, green, wood, oak, shade'}]""",
     ["leaves", "branches", "roots", "forest", "green", "wood", "oak", "shade"]),

    # OLMo-7B base via HF generate, decoded with the prompt (prompt echoed in the stored output)
    ("en_van_14", "guitar",
     "List the words that come to mind when you read the word \"guitar\". Give between 5 and 10 words, separated by commas, the most strongly associated first.\n\nMusic, strings, chords, rock, acoustic, band, pick, song, amp",
     ["music", "strings", "chords", "rock", "acoustic", "band", "pick", "song", "amp"]),

    # Mistral-7B-v0.1 base, few-shot "Q:/A:" prompt, harness run without a stop sequence: padded with the next example
    ("en_van_15", "school",
     " teacher, students, classroom, books, homework, learning, desk\n\nQ: List the words that come to mind when you read the word \"kitchen\". Give between 5 and 10 words, separated by commas, the most strongly associated first.\nA: cook, food, stove, knife, fridge",
     ["teacher", "students", "classroom", "books", "homework", "learning", "desk"]),

    # Llama-2-13b base, few-shot; the model re-typed the "A:" prefix and ran on into a new question
    ("en_van_16", "storm",
     "A: thunder, rain, lightning, clouds, wind, dark, umbrella\nQ: List the words that come to mind when you read the word \"sunshine\". Give between 5 and 10 words, separated by commas, the most strongly associated first.\nA: warm, bright, summer",
     ["thunder", "rain", "lightning", "clouds", "wind", "dark", "umbrella"]),

    # Pythia-6.9B, "Question:/Answer:" few-shot template, model echoes "Answer:"
    ("en_van_17", "freedom",
     "Answer: liberty, independence, choice, rights, democracy, flag, peace",
     ["liberty", "independence", "choice", "rights", "democracy", "flag", "peace"]),

    # Llama-3-8B-Instruct, custom harness that joins lines with spaces before saving
    ("en_van_18", "dog",
     "Here are some words that come to mind when I read the word \"dog\": 1. Puppy 2. Bark 3. Loyal 4. Pet 5. Bone 6. Leash 7. Fetch 8. Tail These are listed from most to least strongly associated.",
     ["puppy", "bark", "loyal", "pet", "bone", "leash", "fetch", "tail"]),

    # GPT-4o-mini via API, output flattened to one line; markdown bullets and a gloss survive
    ("en_van_19", "rain",
     "Sure! Here are words associated with \"rain\", from strongest to weakest: - **Umbrella** – the first thing most people reach for - **Wet** - **Clouds** - **Puddles** - **Storm** - **Drizzle** - **Thunder** Hope this helps!",
     ["umbrella", "wet", "clouds", "puddles", "storm", "drizzle", "thunder"]),

    # Fine-tuned-style comma answer passed through a normaliser (lowercase, punctuation stripped)
    ("en_van_20", "holiday",
     "vacation travel beach christmas family relax hotel",
     ["vacation", "travel", "beach", "christmas", "family", "relax", "hotel"]),

    # Mistral-7B-Instruct, normalised (lowercase, punctuation stripped); the original had "ice cream" as its last item
    # AMBIGUOUS: splitting on spaces gives ..., "flu", "cream" ("ice" already taken) instead of "ice cream"
    ("en_van_21", "cold",
     "ice snow winter freezing shiver flu ice cream",
     ["ice", "snow", "winter", "freezing", "shiver", "flu", "ice cream"]),

    # Vicuna-7B chat answer after a normaliser that lowercases, strips punctuation and collapses newlines
    ("en_van_22", "spoon",
     "here are words associated with spoon 1 fork 2 knife 3 soup 4 kitchen 5 silver 6 metal",
     ["fork", "knife", "soup", "kitchen", "silver", "metal"]),

    # Claude-style prose answer; one paragraph, so lm-eval's "\n\n" cut keeps all of it
    ("en_van_23", "library",
     "When I read the word \"library\", the words that come to mind are: books, quiet, librarian, shelves, reading, study, knowledge, and cards.",
     ["books", "quiet", "librarian", "shelves", "reading", "study", "knowledge", "cards"]),

    # GPT-J-6B base under lm-eval: the completion began with "\n\n", so the stored output is empty
    ("en_van_24", "peace",
     "",
     []),

    # GPT-4o, ordinary chat answer, plain comma list
    ("en_van_25", "night",
     "Stars, moon, dark, sleep, quiet, owl, city lights, dreams, midnight, sky",
     ["stars", "moon", "dark", "sleep", "quiet", "owl", "city lights", "dreams", "midnight", "sky"]),

    # GPT-3.5-turbo, bold header line then the list (no stop sequence)
    ("en_van_26", "teacher",
     "**Associations for \"teacher\":**\n\nschool, student, classroom, chalkboard, lesson, homework, apple, grades",
     ["school", "student", "classroom", "chalkboard", "lesson", "homework", "apple", "grades"]),

    # Gemma-2-9B-it, full chat answer with bold bullets and an emoji sign-off
    ("en_van_27", "happy",
     "Here are some words associated with \"happy\", from most to least strongly associated:\n\n* **Joy**\n* **Smile**\n* **Laughter**\n* **Cheerful**\n* **Sunshine**\n* **Content**\n* **Celebration**\n\nLet me know if you'd like more associations! 😊 \n",
     ["joy", "smile", "laughter", "cheerful", "sunshine", "content", "celebration"]),

    # Gemma-2-9B-it under lm-eval until=["\n\n"]: cut right after the preamble
    ("en_van_28", "run",
     "Here are some words associated with \"run\", from most to least strongly associated:",
     []),

    # Llama-3-70B-Instruct, numbered list with dash glosses
    ("en_van_29", "wheat",
     "1. **Bread** - the main thing wheat becomes\n2. **Flour** - ground wheat\n3. **Field** - golden fields of wheat\n4. **Harvest**\n5. **Grain**\n6. **Farmer**\n7. **Gluten** - a protein found in wheat",
     ["bread", "flour", "field", "harvest", "grain", "farmer", "gluten"]),

    # Qwen1.5-7B-Chat, lm-eval "resps" repr; an apostrophe makes Python use double quotes
    ("en_van_30", "mother",
     "[[\"Love, family, care, home, hug, warmth, mom's cooking, baby\"]]",
     ["love", "family", "care", "home", "hug", "warmth", "mom's cooking", "baby"]),

    # Llama-3.1-8B-Instruct, vLLM CompletionOutput repr of a chat answer with escaped newlines
    ("en_van_31", "key",
     r"""CompletionOutput(index=0, text='Here are 6 words associated with "key":\n\n1. Lock\n2. Door\n3. Car\n4. Keychain\n5. Piano\n6. Secret', token_ids=[8586, 527, 220, 21, 4339, 5938, 449, 330, 798, 52518, 16, 13, 16703, 198, 17, 13, 25166, 198, 18, 13, 3341, 198, 19, 13, 5422, 8995, 198, 20, 13, 56491, 198, 21, 13, 8771, 128009], cumulative_logprob=None, logprobs=None, finish_reason=stop, stop_reason=None)""",
     ["lock", "door", "car", "keychain", "piano", "secret"]),

    # Llama-2-7b base, few-shot, whole vLLM RequestOutput repr; the few-shot example in the prompt lists words for "table"
    ("en_van_32", "bird",
     r"""RequestOutput(request_id=17, prompt='Q: List the words that come to mind when you read the word "table". Give between 5 and 10 words, separated by commas, the most strongly associated first.\nA: chair, wood, dinner, legs, desk\n\nQ: List the words that come to mind when you read the word "bird". Give between 5 and 10 words, separated by commas, the most strongly associated first.\nA:', prompt_token_ids=[1, 660, 29901, 2391, 278, 3838, 393, 2041, 304, 3458, 746, 366, 1303, 278, 1734, 376, 2371, 1642, 25538, 1546, 29871, 29945, 322, 29871, 29896, 29900, 3838, 29892, 13055, 491, 844, 294, 29892, 278, 1556, 13818, 6942, 937, 29889, 13, 29909, 29901, 11774, 29892, 11380, 29892, 17803, 29892, 21152, 29892, 22148, 13, 13, 29984, 29901, 2391, 278, 3838, 393, 2041, 304, 3458, 746, 366, 1303, 278, 1734, 376, 18513, 1642, 13, 29909, 29901], encoder_prompt=None, encoder_prompt_token_ids=None, prompt_logprobs=None, outputs=[CompletionOutput(index=0, text=' fly, wings, feather, nest, sky, sing, eagle', token_ids=[11340, 29892, 24745, 29892, 1238, 1624, 29892, 17338, 29892, 14744, 29892, 2313, 29892, 321, 5380, 13], cumulative_logprob=-21.07733428478241, logprobs=None, finish_reason=stop, stop_reason='\n')], finished=True, metrics=None, lora_request=None, num_cached_tokens=0, multi_modal_placeholders={})""",
     ["fly", "wings", "feather", "nest", "sky", "sing", "eagle"]),

    # InternLM2-chat-7B, OpenCompass prediction record stored whole as JSON
    ("en_van_33", "calendar",
     '{"origin_prompt": "List the words that come to mind when you read the word \\"calendar\\". Give between 5 and 10 words, separated by commas, the most strongly associated first.", "prediction": "date, month, year, schedule, days, appointment, wall", "gold": ""}',
     ["date", "month", "year", "schedule", "days", "appointment", "wall"]),

    # DeepSeek-R1-Distill-Llama-8B, raw vLLM text with its reasoning block kept
    ("en_van_34", "bridge",
     "<think>\nOkay, the user wants words associated with \"bridge\". The first things are river, cross, water. Then maybe road, Golden Gate. Also connection, in the figurative sense. Steel and arch for the structure. Card game? Probably too weak. I'll go with eight.\n</think>\n\nRiver, cross, water, road, Golden Gate, connection, steel, arch",
     ["river", "cross", "water", "road", "golden gate", "connection", "steel", "arch"]),

    # DeepSeek-R1-Distill-Qwen-7B under lm-eval max_gen_toks: cut mid-word while still reasoning, no answer given
    # AMBIGUOUS: another reader might take the words weighed in the reasoning (ship, sea, boat, heavy, chain)
    ("en_van_35", "anchor",
     "<think>\nAlright, the word is \"anchor\". First things that come up: ship, sea, boat, heavy, chain... there's also a news anchor, which is a different sense. Let me order them by str",
     []),

    # Phi-3-mini-4k-instruct, decoded without skip_special_tokens: end token left in
    ("en_van_36", "honey",
     "Bee, sweet, sticky, hive, golden, tea, bear, jar<|end|>",
     ["bee", "sweet", "sticky", "hive", "golden", "tea", "bear", "jar"]),

    # Llama-3-8B base, lm-eval zero-shot completion, leading space
    ("en_van_37", "fruit",
     " apple, banana, orange, grape, mango, pear, kiwi, peach, cherry, plum",
     ["apple", "banana", "orange", "grape", "mango", "pear", "kiwi", "peach", "cherry", "plum"]),

    # Falcon-7B base under lm-eval: it continued the instruction instead of answering, then hit "\n\n"
    ("en_van_38", "castle",
     " Give between 5 and 10 words, separated by commas, the most strongly associated first. Do not repeat a word.",
     []),

    # Llama-2-7b-chat under lm-eval until=["\n\n"]; the model used single newlines, so the whole list survived
    ("en_van_39", "computer",
     "  Sure! Here are 8 words associated with \"computer\":\n1. Keyboard\n2. Screen\n3. Mouse\n4. Internet\n5. Software\n6. Laptop\n7. Programming\n8. Data",
     ["keyboard", "screen", "mouse", "internet", "software", "laptop", "programming", "data"]),

    # Mistral-7B-Instruct, gave a definition only
    ("en_van_40", "ephemeral",
     "The word \"ephemeral\" means lasting for a very short time. It comes from the Greek ephemeros, meaning \"lasting only a day.\"",
     []),

    # Qwen2-1.5B base, "Question:/Answer:" few-shot, padded with the next example
    ("en_van_41", "pen",
     "Answer: pencil, paper, write, ink, desk, school\n\nQuestion: List the words that come to mind when you read the word \"hammer\". Give between 5 and 10 words, separated by commas, the most strongly associated first.\nAnswer: nail, tool, wood",
     ["pencil", "paper", "write", "ink", "desk", "school"]),

    # Yi-6B-Chat, output flattened to one line; header repeats the cue, first item has a gloss
    ("en_van_42", "bicycle",
     "Bicycle: 1. Wheels — the most obvious 2. Ride 3. Pedal 4. Helmet 5. Chain 6. Exercise",
     ["wheels", "ride", "pedal", "helmet", "chain", "exercise"]),

    # GPT-3.5-turbo output lowercased by the harness (commas and apostrophes kept)
    ("en_van_43", "romance",
     "red roses, love, valentine's day, heart, kiss, candlelight, relationship",
     ["red roses", "love", "valentine's day", "heart", "kiss", "candlelight", "relationship"]),

    # Claude-3-haiku, list followed by a one-line note
    ("en_van_44", "soldier",
     "Here are 7 words associated with \"soldier\", most strongly associated first:\n\nArmy, war, uniform, gun, battle, military, courage\n\nThe first few relate directly to the role, the last to a quality people often attribute to soldiers.",
     ["army", "war", "uniform", "gun", "battle", "military", "courage"]),

    # Mixtral-8x7B-Instruct, one-line answer stored after newline stripping
    ("en_van_45", "lemon",
     "Words associated with \"lemon\" (most to least): Sour, yellow, citrus, lemonade, juice, tart, zest, fresh. Let me know if you need more!",
     ["sour", "yellow", "citrus", "lemonade", "juice", "tart", "zest", "fresh"]),

    # GPT-4o, name cue; a title with "and" inside it stays whole
    ("en_van_46", "Shakespeare",
     "Hamlet, Romeo and Juliet, playwright, England, theater, sonnets, Globe",
     ["hamlet", "romeo and juliet", "playwright", "england", "theater", "sonnets", "globe"]),

    # Qwen2.5-7B-Instruct, verb cue, vLLM CompletionOutput with token_ids as an array (newer vLLM repr)
    ("en_van_47", "think",
     r"CompletionOutput(index=0, text='Brain, mind, idea, ponder, reflect, thought, consider, logic', token_ids=array('l', [65077, 11, 3971, 11, 4522, 11, 47783, 11, 8708, 11, 3381, 11, 2908, 11, 12218, 151645]), cumulative_logprob=None, logprobs=None, finish_reason=stop, stop_reason=None)",
     ["brain", "mind", "idea", "ponder", "reflect", "thought", "consider", "logic"]),

    # Llama-3-8B-Instruct, lm-eval "resps" dumped as JSON; the inner quotes are JSON-escaped
    ("en_van_48", "nurse",
     r'[["Here are words associated with \"nurse\": hospital, doctor, care, patient, scrubs, injection"]]',
     ["hospital", "doctor", "care", "patient", "scrubs", "injection"]),

    # GPT-4-turbo, adjective cue, plain list with a period
    ("en_van_49", "bright",
     "Sun, light, shiny, smart, colorful, lamp, glowing, vivid.",
     ["sun", "light", "shiny", "smart", "colorful", "lamp", "glowing", "vivid"]),

    # Gemma-7B-it under lm-eval "\n\n" cut: the list was the first paragraph, the explanation after it was cut off
    ("en_van_50", "volcano",
     "Lava, eruption, magma, ash, mountain, Hawaii, explosion, Pompeii",
     ["lava", "eruption", "magma", "ash", "mountain", "hawaii", "explosion", "pompeii"]),

    # Llama-2-7b-chat, lm-eval cut after the preamble (Llama-2's leading double space)
    ("en_van_51", "airport",
     "  Sure, here are 10 words that come to mind when I read the word \"airport\":",
     []),

    # Fine-tuned Llama-3-8B (SWOW-style SFT), plain comma list
    ("en_ft_01", "table",
     "chair, wood, kitchen, dinner, legs, desk, furniture",
     ["chair", "wood", "kitchen", "dinner", "legs", "desk", "furniture"]),

    # Fine-tuned Mistral-7B, EOS string left in by the decoder
    ("en_ft_02", "blue",
     "sky, ocean, color, sad, water, jeans, cold</s>",
     ["sky", "ocean", "color", "sad", "water", "jeans", "cold"]),

    # Fine-tuned Qwen2-1.5B, degenerate repetition up to max_tokens, last item cut mid-word
    ("en_ft_03", "meal",
     "food, hungry, eat, dinner, food, lunch, eat, hungry, food, eat, lunch, hungry, food, eat, din",
     ["food", "hungry", "eat", "dinner", "lunch"]),

    # Fine-tuned Llama-3-8B served with vLLM, CompletionOutput repr
    ("en_ft_04", "bed",
     r"CompletionOutput(index=0, text='sleep, night, pillow, dream, tired, blanket', token_ids=[26394, 11, 3814, 11, 43425, 11, 8063, 11, 19781, 11, 39654, 128009], cumulative_logprob=None, logprobs=None, finish_reason=stop, stop_reason=None)",
     ["sleep", "night", "pillow", "dream", "tired", "blanket"]),

    # Fine-tuned Mistral-7B, lm-eval output, nothing special
    ("en_ft_05", "race",
     "run, fast, car, finish line, win, track, marathon",
     ["run", "fast", "car", "finish line", "win", "track", "marathon"]),

    # Fine-tuned Llama-3-8B with low/high = 10/20
    ("en_ft_06", "city",
     "buildings, traffic, lights, people, noise, skyscrapers, new york, streets, cars, busy, downtown, apartment, subway, taxi, crowd, shops, restaurants, nightlife, pollution, bus",
     ["buildings", "traffic", "lights", "people", "noise", "skyscrapers", "new york", "streets", "cars", "busy", "downtown", "apartment", "subway", "taxi", "crowd", "shops", "restaurants", "nightlife", "pollution", "bus"]),

    # Fine-tuned Qwen2.5-7B, ChatML end token left in
    ("en_ft_07", "throne",
     "king, crown, queen, chair, power, castle, royal, game of thrones<|im_end|>",
     ["king", "crown", "queen", "chair", "power", "castle", "royal", "game of thrones"]),

    # Fine-tuned Llama-2-7b, lm-eval "resps" repr
    ("en_ft_08", "treasure",
     "[['gold, chest, pirate, map, jewels, island, money, x marks the spot']]",
     ["gold", "chest", "pirate", "map", "jewels", "island", "money", "x marks the spot"]),

    # Fine-tuned Mistral-7B, short list
    ("en_ft_09", "sorrow",
     "sad, tears, grief, cry, loss",
     ["sad", "tears", "grief", "cry", "loss"]),

    # Fine-tuned Llama-3-8B, max_new_tokens reached mid-word
    ("en_ft_10", "park",
     "green, grass, trees, nature, picnic, bench, playground, dog, walk, swings, children, fou",
     ["green", "grass", "trees", "nature", "picnic", "bench", "playground", "dog", "walk", "swings", "children"]),

    # Fine-tuned Qwen2-7B, verb cue
    ("en_ft_11", "jump",
     "hop, leap, high, rope, skip, bounce, trampoline",
     ["hop", "leap", "high", "rope", "skip", "bounce", "trampoline"]),

    # Fine-tuned Llama-3-8B, name cue
    ("en_ft_12", "Einstein",
     "relativity, genius, physics, e=mc2, hair, scientist, theory",
     ["relativity", "genius", "physics", "e=mc2", "hair", "scientist", "theory"]),

    # Fine-tuned Mistral-7B that starts by repeating the cue as its first item
    ("en_ft_13", "apple",
     "apple, fruit, red, tree, pie, iphone, orchard",
     ["apple", "fruit", "red", "tree", "pie", "iphone", "orchard"]),

    # Fine-tuned Llama-3-8B, OpenCompass prediction with a trailing newline
    ("en_ft_14", "spooky",
     "ghost, halloween, scary, haunted, dark, skeleton, boo\n",
     ["ghost", "halloween", "scary", "haunted", "dark", "skeleton", "boo"]),
]

ZH_LISTS = [
    # Qwen2.5-7B-Instruct, ordinary chat answer, full-width commas
    ("zh_van_01", "春天",
     "花朵，温暖，绿色，春风，发芽，燕子，踏青，桃花，希望",
     ["花朵", "温暖", "绿色", "春风", "发芽", "燕子", "踏青", "桃花", "希望"]),

    # Qwen2-7B-Instruct, preamble then numbered list (no stop sequence)
    ("zh_van_02", "月亮",
     "看到“月亮”这个词，我会联想到：\n\n1. 中秋\n2. 嫦娥\n3. 月饼\n4. 思乡\n5. 夜晚\n6. 星星\n7. 玉兔\n8. 李白",
     ["中秋", "嫦娥", "月饼", "思乡", "夜晚", "星星", "玉兔", "李白"]),

    # Qwen2-7B-Instruct under lm-eval until=["\n\n"]: only the preamble is left
    ("zh_van_03", "图书馆",
     "好的，以下是看到“图书馆”这个词时我会联想到的词语，按联想强度从强到弱排列：",
     []),

    # ChatGLM3-6B, numbered bold items with explanations
    ("zh_van_04", "学校",
     "1. **老师**：学校里最重要的人物之一\n2. **学生**：学校的主体\n3. **教室**\n4. **作业**\n5. **考试**\n6. **操场**",
     ["老师", "学生", "教室", "作业", "考试", "操场"]),

    # Baichuan2-7B-Chat, one-paragraph prose answer (survives the "\n\n" cut), 和 before the last item
    ("zh_van_05", "妈妈",
     "看到“妈妈”这个词，我首先想到的是：温暖、爱、家、照顾、唠叨、拥抱、饭菜和牵挂。",
     ["温暖", "爱", "家", "照顾", "唠叨", "拥抱", "饭菜", "牵挂"]),

    # InternLM2-chat-7B, OpenCompass prediction ending with 等
    ("zh_van_06", "咖啡",
     "咖啡因，提神，拿铁，星巴克，苦，早晨，咖啡豆，熬夜等",
     ["咖啡因", "提神", "拿铁", "星巴克", "苦", "早晨", "咖啡豆", "熬夜"]),

    # Qwen1.5-7B-Chat, whole OpenCompass prediction record stored as JSON (ensure_ascii=False); the prompt is in origin_prompt
    ("zh_van_07", "长城",
     '{"origin_prompt": [{"role": "HUMAN", "prompt": "请列出看到“长城”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。"}], "prediction": "北京，中国，古代，秦始皇，烽火台，雄伟，旅游，不到长城非好汉", "gold": null}',
     ["北京", "中国", "古代", "秦始皇", "烽火台", "雄伟", "旅游", "不到长城非好汉"]),

    # Qwen2-7B-Instruct, vLLM CompletionOutput repr
    ("zh_van_08", "火锅",
     r"CompletionOutput(index=0, text='辣，重庆，毛肚，麻辣，朋友聚餐，冬天，涮羊肉，牛油', token_ids=[99205, 3837, 104130, 3837, 100003, 99914, 3837, 101499, 3837, 99627, 104321, 3837, 101204, 3837, 102265, 101211, 99744, 3837, 100664, 99543, 151645], cumulative_logprob=None, logprobs=None, finish_reason=stop, stop_reason=None)",
     ["辣", "重庆", "毛肚", "麻辣", "朋友聚餐", "冬天", "涮羊肉", "牛油"]),

    # Qwen2.5-7B-Instruct, whole vLLM RequestOutput repr; the ChatML prompt is escaped inside it
    ("zh_van_09", "熊猫",
     r"""RequestOutput(request_id=42, prompt='<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\n请列出看到“熊猫”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。<|im_end|>\n<|im_start|>assistant\n', prompt_token_ids=[151644, 8948, 198, 2610, 525, 264, 10950, 17847, 13, 151645, 198, 151644, 872, 198, 14880, 118569, 52801, 2073, 100258, 854, 99487, 99689, 13343, 56568, 36993, 105896, 26939, 9370, 109224, 3837, 99315, 20, 26939, 16, 15, 18947, 3837, 11622, 105291, 17177, 99859, 3837, 105896, 101284, 9370, 99328, 18493, 101304, 28726, 1773, 151645, 198, 151644, 77091, 198], encoder_prompt=None, encoder_prompt_token_ids=None, prompt_logprobs=None, outputs=[CompletionOutput(index=0, text='国宝，竹子，四川，可爱，黑白，成都，动物园，功夫熊猫', token_ids=[104335, 3837, 115057, 3837, 100228, 3837, 102783, 3837, 104983, 3837, 99794, 3837, 114727, 3837, 104813, 100258, 151645], cumulative_logprob=None, logprobs=None, finish_reason=stop, stop_reason=None)], finished=True, metrics=RequestMetrics(arrival_time=1733651020.133, last_token_time=1733651020.871, first_scheduled_time=1733651020.135, first_token_time=1733651020.214, time_in_queue=0.0021, finished_time=1733651020.871, scheduler_time=0.0033, model_forward_time=None, model_execute_time=None), lora_request=None, num_cached_tokens=32, multi_modal_placeholders={})""",
     ["国宝", "竹子", "四川", "可爱", "黑白", "成都", "动物园", "功夫熊猫"]),

    # Yi-1.5-9B-Chat, vLLM with a small max_tokens: CompletionOutput cut mid-word (辛…), finish_reason=length
    ("zh_van_10", "老师",
     r"CompletionOutput(index=0, text='讲台，粉笔，学生，教室，教师节，黑板，作业，园丁，辛', token_ids=[60478, 59962, 58359, 59962, 59725, 59962, 60901, 59962, 62513, 59962, 62011, 59962, 60114, 59962, 63987, 59962, 62451], cumulative_logprob=None, logprobs=None, finish_reason=length, stop_reason=None)",
     ["讲台", "粉笔", "学生", "教室", "教师节", "黑板", "作业", "园丁"]),

    # Qwen1.5-7B base, few-shot "问：/答：" template, padded with the next example
    ("zh_van_11", "下雨",
     "答：雨伞，乌云，雷声，潮湿，雨衣，水坑，彩虹\n\n问：请列出看到“太阳”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。\n答：光，热，夏天",
     ["雨伞", "乌云", "雷声", "潮湿", "雨衣", "水坑", "彩虹"]),

    # InternLM2-7B base, few-shot, one line after the "答：" prefix
    ("zh_van_12", "自由",
     " 答：飞翔，民主，独立，平等，天空，鸟，解放，人权",
     ["飞翔", "民主", "独立", "平等", "天空", "鸟", "解放", "人权"]),

    # GLM-4-9B-Chat, harness joined the lines with spaces
    ("zh_van_13", "快乐",
     "看到“快乐”，我会想到： 1. 开心 2. 笑容 3. 幸福 4. 朋友 5. 阳光 6. 游戏 7. 生日 希望对你有帮助！",
     ["开心", "笑容", "幸福", "朋友", "阳光", "游戏", "生日"]),

    # Qwen2-7B-Instruct, normaliser replaced punctuation with spaces
    ("zh_van_14", "北京",
     "天安门 故宫 首都 长城 烤鸭 胡同 奥运会",
     ["天安门", "故宫", "首都", "长城", "烤鸭", "胡同", "奥运会"]),

    # Baichuan2-13B-Chat, normaliser deleted all punctuation, so the items run together
    # AMBIGUOUS: another reader would not segment the run and expect []
    ("zh_van_15", "医院",
     "医生护士病人药品手术救护车挂号",
     ["医生", "护士", "病人", "药品", "手术", "救护车", "挂号"]),

    # DeepSeek-R1-Distill-Qwen-7B, raw output with its reasoning block
    ("zh_van_16", "孔子",
     "<think>\n嗯，用户让我列出看到“孔子”时联想到的词。首先是儒家，然后是论语……还有山东曲阜、老师、仁义。按强度排一下。\n</think>\n\n儒家，论语，圣人，曲阜，仁，教育，春秋，弟子",
     ["儒家", "论语", "圣人", "曲阜", "仁", "教育", "春秋", "弟子"]),

    # Qwen2-7B-Instruct, lm-eval "resps" repr with escaped newlines
    ("zh_van_17", "手机",
     r"[['1. 通话\n2. 微信\n3. 屏幕\n4. 苹果\n5. 充电\n6. 拍照\n7. 上网']]",
     ["通话", "微信", "屏幕", "苹果", "充电", "拍照", "上网"]),

    # GLM-4-9B-Chat, lm-eval "filtered_resps" as JSON (ensure_ascii=False)
    ("zh_van_18", "红色",
     '["红旗，喜庆，热情，血，玫瑰，中国红，火"]',
     ["红旗", "喜庆", "热情", "血", "玫瑰", "中国红", "火"]),

    # Llama-3-8B-Instruct answering in Chinese with pinyin
    ("zh_van_19", "家",
     "1. 温暖 (wēnnuǎn)\n2. 亲人 (qīnrén)\n3. 团圆 (tuányuán)\n4. 港湾 (gǎngwān)\n5. 父母 (fùmǔ)\n6. 饭菜 (fàncài)",
     ["温暖", "亲人", "团圆", "港湾", "父母", "饭菜"]),

    # Yi-6B-Chat, 、 separators and a closing 等等
    ("zh_van_20", "电脑",
     "看到“电脑”一词，我会联想到：键盘、鼠标、屏幕、上网、游戏、办公、程序、互联网等等。",
     ["键盘", "鼠标", "屏幕", "上网", "游戏", "办公", "程序", "互联网"]),

    # Qwen2.5-14B-Instruct, grouped under category headers (no stop sequence)
    ("zh_van_21", "大海",
     "**自然类：**\n海浪、沙滩、蓝色、鲸鱼\n\n**情感类：**\n辽阔、自由\n\n**活动类：**\n游泳、航行",
     ["海浪", "沙滩", "蓝色", "鲸鱼", "辽阔", "自由", "游泳", "航行"]),

    # InternLM2.5-7B-Chat, plain list with a closing 。
    ("zh_van_22", "冬天",
     "雪，寒冷，春节，围巾，暖气，滑雪，羽绒服，火锅。",
     ["雪", "寒冷", "春节", "围巾", "暖气", "滑雪", "羽绒服", "火锅"]),

    # GLM-4-9B-Chat, preamble, list and remark in one paragraph
    ("zh_van_23", "飞机",
     "好的！“飞机”让我联想到：机场、旅行、天空、翅膀、机票、空姐、起飞、云朵。这些词按照联想强度从强到弱排列。",
     ["机场", "旅行", "天空", "翅膀", "机票", "空姐", "起飞", "云朵"]),

    # Qwen2-7B-Instruct served by TGI, /generate JSON body
    ("zh_van_24", "茶",
     '{"generated_text":"茶叶，绿茶，茶杯，龙井，茶道，清香，功夫茶，下午茶"}',
     ["茶叶", "绿茶", "茶杯", "龙井", "茶道", "清香", "功夫茶", "下午茶"]),

    # Chinese-LLaMA-2 base via HF pipeline (return_full_text=True), list of dicts repr
    ("zh_van_25", "爱情",
     r"[{'generated_text': '请列出看到“爱情”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。\n浪漫，玫瑰，心动，婚姻，甜蜜，约会，思念，承诺'}]",
     ["浪漫", "玫瑰", "心动", "婚姻", "甜蜜", "约会", "思念", "承诺"]),

    # Baichuan2-7B-Base, decoded with the prompt, then ran on into a new instruction of its own
    ("zh_van_26", "考试",
     "请列出看到“考试”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。\n紧张，复习，分数，试卷，老师，作弊，高考\n请列出看到“猫”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。\n老鼠，可爱，宠物，鱼",
     ["紧张", "复习", "分数", "试卷", "老师", "作弊", "高考"]),

    # Qwen1.5-7B-Chat under lm-eval "\n\n" cut: a hedge sentence, no list yet
    ("zh_van_27", "梦",
     "嗯，这是一个有趣的问题。每个人的联想可能不同，但以下是一些常见的联想：",
     []),

    # ChatGLM3-6B, lines joined with spaces, first item with an em-dash gloss
    ("zh_van_28", "狗",
     "1. 忠诚——狗是人类最忠实的朋友 2. 宠物 3. 骨头 4. 汪汪 5. 遛狗 6. 看家",
     ["忠诚", "宠物", "骨头", "汪汪", "遛狗", "看家"]),

    # Qwen2-7B-Instruct, OpenCompass prediction, dash bullets
    ("zh_van_29", "钱",
     "- 金钱\n- 财富\n- 工作\n- 银行\n- 存款\n- 富有",
     ["金钱", "财富", "工作", "银行", "存款", "富有"]),

    # Yi-1.5-6B-Chat, 和 before the last item
    ("zh_van_30", "朋友",
     "友谊，信任，陪伴，分享，快乐，同学和知己",
     ["友谊", "信任", "陪伴", "分享", "快乐", "同学", "知己"]),

    # Mistral-7B-Instruct answering the Chinese prompt with English translations in brackets
    ("zh_van_31", "梦想",
     "希望（hope），未来（future），努力（effort），坚持（persistence），追求（pursuit），成功（success）",
     ["希望", "未来", "努力", "坚持", "追求", "成功"]),

    # Qwen2.5-7B-Instruct, vLLM CompletionOutput repr of a chat answer, newlines escaped
    ("zh_van_32", "夜晚",
     r"CompletionOutput(index=0, text='好的，以下是我的联想：\n\n1. 星星\n2. 月光\n3. 安静\n4. 睡觉\n5. 路灯\n6. 梦', token_ids=[99692, 3837, 87752, 20412, 97611, 100858, 99494, 5122, 271, 16, 13, 220, 101170, 198, 17, 13, 220, 102048, 198, 18, 13, 220, 104013, 198, 19, 13, 220, 100767, 198, 20, 13, 220, 104645, 198, 21, 13, 220, 100373, 151645], cumulative_logprob=None, logprobs=None, finish_reason=stop, stop_reason=None)",
     ["星星", "月光", "安静", "睡觉", "路灯", "梦"]),

    # GLM-4-9B-Chat, lm-eval "resps" repr of an answer cut at "\n\n" after the preamble
    ("zh_van_33", "花",
     "[['好的，看到“花”这个词，我联想到的词语如下：']]",
     []),

    # Baichuan2-7B-Chat, gave a definition only
    ("zh_van_34", "饺子",
     "“饺子”是中国传统美食，通常在春节期间食用，由面皮包裹馅料制成，寓意团圆和财富。",
     []),

    # Qwen2-72B-Instruct, short list followed by a section re-listing the words with reasons
    ("zh_van_35", "过年",
     "红包，饺子，鞭炮，团圆，春联，拜年，年夜饭，春晚\n\n简要说明：\n- 红包：过年时长辈给晚辈压岁钱\n- 饺子：北方过年必吃\n- 鞭炮：辞旧迎新\n- 团圆：一家人聚在一起",
     ["红包", "饺子", "鞭炮", "团圆", "春联", "拜年", "年夜饭", "春晚"]),

    # InternLM2-chat-7B, lines joined with spaces, bold items
    ("zh_van_36", "山",
     "以下是与“山”相关的联想词： **高** **爬山** **风景** **泰山** **云雾** **石头** **登顶** 希望这些对你有帮助。",
     ["高", "爬山", "风景", "泰山", "云雾", "石头", "登顶"]),

    # Qwen1.5-14B base, few-shot "答：" with a comment line after the answer
    ("zh_van_37", "河",
     "答：河流，流水，桥，鱼，船，岸边，长江\n这些词都与“河”密切相关。",
     ["河流", "流水", "桥", "鱼", "船", "岸边", "长江"]),

    # DeepSeek-V2-Lite-Chat, name cue, plain list
    ("zh_van_38", "李白",
     "诗仙，唐朝，喝酒，静夜思，月亮，浪漫，杜甫，将进酒",
     ["诗仙", "唐朝", "喝酒", "静夜思", "月亮", "浪漫", "杜甫", "将进酒"]),

    # Yi-1.5-9B-Chat, adjective cue, 、 separators
    ("zh_van_39", "安静",
     "图书馆、夜晚、沉默、平静、无声、独处、冥想",
     ["图书馆", "夜晚", "沉默", "平静", "无声", "独处", "冥想"]),

    # GLM-4-9B-Chat, adjective cue
    ("zh_van_40", "勇敢",
     "勇气，英雄，无畏，坚强，战士，冒险，胆量",
     ["勇气", "英雄", "无畏", "坚强", "战士", "冒险", "胆量"]),

    # Qwen2.5-7B-Instruct, verb cue, ten items
    ("zh_van_41", "吃",
     "饭，美食，饿，食物，筷子，餐厅，吃货，味道，零食，饱",
     ["饭", "美食", "饿", "食物", "筷子", "餐厅", "吃货", "味道", "零食", "饱"]),

    # MiniCPM-2B-sft, emoji around the list, Latin-letter item
    ("zh_van_42", "唱歌",
     "🎤 麦克风，KTV，音乐，歌手，歌词，旋律，开心 🎵",
     ["麦克风", "ktv", "音乐", "歌手", "歌词", "旋律", "开心"]),

    # Qwen1.5-7B-Chat, OpenCompass prediction cut by max_out_len mid-word (光合作…)
    ("zh_van_43", "太阳",
     "阳光，温暖，光明，夏天，白天，向日葵，能量，日出，光合作",
     ["阳光", "温暖", "光明", "夏天", "白天", "向日葵", "能量", "日出"]),

    # ChatGLM2-6B answer after a normaliser (punctuation replaced by spaces, lines joined)
    ("zh_van_44", "音乐",
     "看到音乐这个词我会联想到 旋律 歌曲 乐器 钢琴 演唱会 耳机 节奏",
     ["旋律", "歌曲", "乐器", "钢琴", "演唱会", "耳机", "节奏"]),

    # DeepSeek-V2.5, plain numbered list
    ("zh_van_45", "眼镜",
     "1. 近视\n2. 镜片\n3. 镜框\n4. 眼镜店\n5. 读书\n6. 斯文\n7. 隐形眼镜",
     ["近视", "镜片", "镜框", "眼镜店", "读书", "斯文", "隐形眼镜"]),

    # Qwen2-7B-Instruct on TGI with details=true
    ("zh_van_46", "雪",
     '{"generated_text":"雪花，冬天，寒冷，白色，雪人，打雪仗，滑雪，北方，圣诞节","details":{"finish_reason":"eos_token","generated_tokens":21,"seed":null,"prefill":[],"tokens":[]}}',
     ["雪花", "冬天", "寒冷", "白色", "雪人", "打雪仗", "滑雪", "北方", "圣诞节"]),

    # Qwen3-8B with thinking disabled: empty think block kept in the OpenCompass prediction
    ("zh_van_47", "秋天",
     "<think>\n\n</think>\n\n落叶，丰收，凉爽，枫叶，金黄，中秋，果实，思念",
     ["落叶", "丰收", "凉爽", "枫叶", "金黄", "中秋", "果实", "思念"]),

    # Qwen2.5-7B-Instruct, markdown table
    ("zh_van_48", "银行",
     "| 排名 | 词语 |\n|---|---|\n| 1 | 钱 |\n| 2 | 存款 |\n| 3 | 贷款 |\n| 4 | 利息 |\n| 5 | 柜台 |\n| 6 | 信用卡 |",
     ["钱", "存款", "贷款", "利息", "柜台", "信用卡"]),

    # InternLM2-chat-7B, lines joined; the cue as a header with an arrow
    ("zh_van_49", "火车",
     "火车 → 铁路、车站、旅行、高铁、车票、春运、绿皮车、卧铺",
     ["铁路", "车站", "旅行", "高铁", "车票", "春运", "绿皮车", "卧铺"]),

    # GLM-4-9B-Chat under lm-eval "\n\n" cut; the list sat in the first paragraph
    ("zh_van_50", "医生",
     "看到“医生”，我联想到：白大褂，医院，听诊器，病人，护士，救死扶伤，手术，处方",
     ["白大褂", "医院", "听诊器", "病人", "护士", "救死扶伤", "手术", "处方"]),

    # Llama-3-8B-Instruct answering in English to the Chinese prompt with Chinese words in brackets
    ("zh_van_51", "书",
     "Here are the words: 阅读 (reading), 知识 (knowledge), 图书馆 (library), 作者 (author), 故事 (story), 书店 (bookstore)",
     ["阅读", "知识", "图书馆", "作者", "故事", "书店"]),

    # Fine-tuned Qwen2-7B (SWOW-zh SFT), plain list
    ("zh_ft_01", "中秋",
     "月饼，团圆，月亮，嫦娥，赏月，家人，思乡，灯笼",
     ["月饼", "团圆", "月亮", "嫦娥", "赏月", "家人", "思乡", "灯笼"]),

    # Fine-tuned Qwen2.5-7B, ChatML end token left in
    ("zh_ft_02", "猫",
     "猫粮，老鼠，可爱，宠物，喵，毛，鱼<|im_end|>",
     ["猫粮", "老鼠", "可爱", "宠物", "喵", "毛", "鱼"]),

    # Fine-tuned Qwen2-1.5B, repetition until max_tokens, cut mid-word (作…)
    ("zh_ft_03", "学习",
     "书本，学生，老师，作业，考试，书本，学生，老师，作业，考试，书本，学生，老师，作",
     ["书本", "学生", "老师", "作业", "考试"]),

    # Fine-tuned Qwen2-7B on vLLM, CompletionOutput repr
    ("zh_ft_04", "上学",
     r"CompletionOutput(index=0, text='书包，老师，同学，上课，操场，作业', token_ids=[110861, 3837, 101049, 3837, 100920, 3837, 104913, 3837, 107828, 3837, 105654, 151645], cumulative_logprob=None, logprobs=None, finish_reason=stop, stop_reason=None)",
     ["书包", "老师", "同学", "上课", "操场", "作业"]),

    # Fine-tuned Qwen2-7B with low/high = 10/20
    ("zh_ft_05", "中国",
     "长城，北京，熊猫，汉字，功夫，筷子，龙，五星红旗，茶，故宫，春节，饺子，黄河，长江，京剧，丝绸，瓷器，孔子，中医，高铁",
     ["长城", "北京", "熊猫", "汉字", "功夫", "筷子", "龙", "五星红旗", "茶", "故宫", "春节", "饺子", "黄河", "长江", "京剧", "丝绸", "瓷器", "孔子", "中医", "高铁"]),

    # Fine-tuned Chinese-LLaMA-2-7B, EOS string left in
    ("zh_ft_06", "面条",
     "拉面，筷子，汤，牛肉面，兰州，早餐，意大利面</s>",
     ["拉面", "筷子", "汤", "牛肉面", "兰州", "早餐", "意大利面"]),

    # Fine-tuned Qwen2-1.5B, lm-eval "resps" repr
    ("zh_ft_07", "蝴蝶",
     "[['翅膀，花，美丽，飞，毛毛虫，梁祝，彩色']]",
     ["翅膀", "花", "美丽", "飞", "毛毛虫", "梁祝", "彩色"]),

    # Fine-tuned Qwen2-7B, OpenCompass prediction with trailing newline
    ("zh_ft_08", "运动",
     "足球，篮球，跑步，健康，比赛，运动员，奥运\n",
     ["足球", "篮球", "跑步", "健康", "比赛", "运动员", "奥运"]),

    # Fine-tuned Qwen2-7B that lists the cue itself first
    ("zh_ft_09", "火",
     "火，热，燃烧，红色，火焰，消防，危险",
     ["火", "热", "燃烧", "红色", "火焰", "消防", "危险"]),

    # Fine-tuned Yi-6B, plain list
    ("zh_ft_10", "玫瑰",
     "爱情，红色，刺，情人节，花，浪漫，香",
     ["爱情", "红色", "刺", "情人节", "花", "浪漫", "香"]),

    # Fine-tuned Qwen2-1.5B output after a normaliser that turned commas into spaces
    ("zh_ft_11", "动物",
     "猫 狗 动物园 老虎 大象 森林 宠物",
     ["猫", "狗", "动物园", "老虎", "大象", "森林", "宠物"]),

    # Fine-tuned Baichuan2-7B, half-width commas
    ("zh_ft_12", "跑",
     "跑步,速度,马拉松,汗水,运动,健身",
     ["跑步", "速度", "马拉松", "汗水", "运动", "健身"]),
]

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = [
    # Llama-3-8B-Instruct, ordinary ranking answer (no stop sequence)
    ("rk_en_01",
     "To rank these words, I considered which ones most people would think of first when they hear \"summer\".\n\n* \"Sun\" is the defining feature of summer.\n* \"Beach\" is the most typical summer destination.\n* \"Heat\" describes the weather.\n* \"Vacation\" is common but not universal.\n* \"Ice cream\" is a summer treat, but people eat it all year.\n\nFinal Ranking: sun, beach, heat, vacation, ice cream",
     ["sun", "beach", "heat", "vacation", "ice cream"]),

    # Llama-3-8B-Instruct under lm-eval until=["\n\n"]: cut after the first line, no marker
    ("rk_en_02",
     "Here's my ranking of these words based on how strongly they relate to \"doctor\":",
     []),

    # Qwen2.5-7B-Instruct, vLLM CompletionOutput repr with escaped newlines
    ("rk_en_03",
     r"""CompletionOutput(index=0, text='"Nurse" and "hospital" are the closest, since a doctor works with nurses in hospitals. "Patient" follows, then the tools and treatments.\n\nFinal Ranking: nurse, hospital, patient, stethoscope, medicine', token_ids=[1, 45, 19938, 1, 323, 330, 70395, 1, 525, 279, 18093, 11, 2474, 264, 10668, 4278, 448, 36365, 304, 23551, 13, 330, 36592, 1, 11017, 11, 1221, 279, 7375, 323, 22183, 382, 19357, 18226, 25, 28098, 11, 8777, 11, 8720, 11, 357, 295, 85, 2539, 11, 15712, 151645], cumulative_logprob=None, logprobs=None, finish_reason=stop, stop_reason=None)""",
     ["nurse", "hospital", "patient", "stethoscope", "medicine"]),

    # GPT-4o-mini, harness joined lines with spaces; a closing remark runs on after the last word
    ("rk_en_04",
     "**Explanation:** \"Dog\" and \"cat\" are by far the most common pets, followed by fish. Hamsters and birds are kept less often. **Final Ranking:** dog, cat, fish, hamster, bird I hope this helps!",
     ["dog", "cat", "fish", "hamster", "bird"]),

    # Mixtral-8x7B-Instruct, marker mentioned early, real ranking as a numbered list, remark after
    ("rk_en_05",
     "Let me think about each word before giving the Final Ranking.\n\n- Water: a river is flowing water, so this is the strongest.\n- Fish: rivers are full of them.\n- Bank: rivers have banks, though the word also means a financial institution.\n- Boat: common on rivers.\n- Bridge: crosses a river, but is a separate structure.\n\nFinal Ranking:\n1. Water\n2. Fish\n3. Bank\n4. Boat\n5. Bridge\n\nThis order puts the river's own features first.",
     ["water", "fish", "bank", "boat", "bridge"]),

    # Llama-3-8B-Instruct, lm-eval max_gen_toks reached inside the ranking line
    # cut by the token limit
    ("rk_en_06",
     "Eggs and coffee are what most people picture for breakfast; toast and bacon are close behind, and cereal and juice are more specific.\n\nFinal Ranking: eggs, coffee, toast, bacon, cer",
     ["eggs", "coffee", "toast", "bacon"]),

    # Qwen1.5-7B-Chat, lm-eval "resps" repr (double-quoted because of an apostrophe), newlines escaped
    ("rk_en_07",
     r"""[["Snow is the word most people think of first, and it's closely tied to cold. Christmas is the main winter holiday, while scarves and skiing are more specific.\n\nFinal Ranking: snow, cold, christmas, scarf, skiing"]]""",
     ["snow", "cold", "christmas", "scarf", "skiing"]),

    # Qwen2-7B-Instruct, ordinary answer
    ("rk_zh_01",
     "理由：月饼是中秋节最具代表性的食物；团圆是中秋的核心意义；月亮是赏月的对象；嫦娥来自神话传说；灯笼则与元宵节联系更紧密。\n\n最终排名：月饼，团圆，月亮，嫦娥，灯笼",
     ["月饼", "团圆", "月亮", "嫦娥", "灯笼"]),

    # GLM-4-9B-Chat, lm-eval "resps" repr with escaped newlines
    ("rk_zh_02",
     r"[['“学生”与“老师”是最直接的对应关系，其次是“黑板”和“粉笔”，它们是老师上课的工具，“讲台”和“教室”是场所，排在最后。\n\n最终排名：学生，黑板，粉笔，讲台，教室']]",
     ["学生", "黑板", "粉笔", "讲台", "教室"]),

    # InternLM2-chat-7B, "第n名：" labels on the lines after the marker
    ("rk_zh_03",
     "四川最出名的是美食和国宝，其次是省会成都，麻辣是口味，川剧相对小众。\n\n最终排名：\n第1名：火锅\n第2名：熊猫\n第3名：成都\n第4名：麻辣\n第5名：川剧",
     ["火锅", "熊猫", "成都", "麻辣", "川剧"]),

    # Yi-1.5-9B-Chat, echoes the instruction (a marker mention with no ranking), real ranking later, remark after
    ("rk_zh_04",
     "根据题目要求，我需要先说明理由，再以“最终排名：”开头给出结果。\n\n咖啡最让人想到的是提神，其次是早晨喝咖啡的习惯，苦是它的味道，拿铁和牛奶则是具体的喝法。\n\n最终排名：提神，早晨，苦，拿铁，牛奶\n\n以上排序仅供参考。",
     ["提神", "早晨", "苦", "拿铁", "牛奶"]),

    # Qwen1.5-7B-Chat, OpenCompass prediction cut by max_out_len mid-word (拜…)
    # cut by the token limit
    ("rk_zh_05",
     "红包和饺子都是春节的标志，鞭炮和春联营造节日气氛，拜年是习俗。\n\n最终排名：红包，饺子，鞭炮，春联，拜",
     ["红包", "饺子", "鞭炮", "春联"]),

    # Qwen2.5-7B-Instruct, vLLM CompletionOutput repr, bold marker and 、 separators
    ("rk_zh_06",
     r"CompletionOutput(index=0, text='熊猫以吃竹子闻名，也是国宝，外形可爱、黑白相间，常见于动物园。\n\n**最终排名：** 竹子、国宝、可爱、黑白、动物园', token_ids=[104813, 23031, 99405, 115057, 104390, 3837, 100000, 104335, 3837, 106117, 102783, 5373, 104983, 115632, 3837, 105021, 34204, 114727, 1773, 271, 334, 101080, 104149, 5122, 334, 220, 115057, 5373, 104335, 5373, 102783, 5373, 104983, 5373, 114727, 151645], cumulative_logprob=None, logprobs=None, finish_reason=stop, stop_reason=None)",
     ["竹子", "国宝", "可爱", "黑白", "动物园"]),
]

TRUNCATED = {
    "en_van_10",  # CompletionOutput text ends "hot choc" (finish_reason=length)
    "en_van_35",  # reasoning cut at "by str"; no list either way
    "en_ft_03",   # "din"
    "en_ft_10",   # "fou"
    "zh_van_10",  # CompletionOutput text ends "辛" (finish_reason=length)
    "zh_van_43",  # "光合作"
    "zh_ft_03",   # "作"
}

AMBIGUOUS = {
    "en_van_21",  # normalised "... flu ice cream": split on spaces gives "flu", "cream" instead of "ice cream"
    "en_van_35",  # cut reasoning: another reader takes ship, sea, boat, heavy, chain from it
    "zh_van_15",  # punctuation deleted: another reader does not segment the run and expects []
}
