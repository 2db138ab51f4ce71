"""Blind answer corpus 45 for the word-association answer parser.

Written blind on 2026-12-08 by a helper session: no parser, test, benchmark
or other repository file was read, no parser was run, and every text below
was invented for this file in the style real models answer.

EMPHASIS (corpus 45): what answers look like AFTER the pipelines researchers
save them with, as a generations file (JSONL {"cue", "output"}) reaches the
evaluation: ordinary model answers (EN and ZH, chatty and terse, in their
usual proportions) carrying the artifacts of the tools that produced or
stored them -- special tokens kept by decoding with skip_special_tokens=False
(<|eot_id|>, <|im_end|>, <|endoftext|>, </s>, <|end_of_text|>, repeated
padding tokens); the chat template's generation header left at the start;
the prompt itself kept before the answer (a pipeline that returned the full
text); newlines stored as literal backslash-n sequences and escaped quotes
(\\") after double JSON escaping; HTML entities (&quot; &amp; &#39; &lt;)
from a web UI; Windows line endings and a BOM; trailing whitespace and stray
leading spaces; text cut at max_new_tokens; stop strings left at the end
("\\n\\nUser:", "###", "Human:"); an empty string for a failed request;
Unicode escapes (\\u4f60\\u597d) left unescaped.  Each artifact is written
in the Python source exactly as it would reach the parser (a literal
backslash-n is "\\n" in a normal string or \\n inside r'...').  Expected
words are what a careful reader takes as the model's list once the
artifacts are seen for what they are (escapes and entities decoded, tokens,
headers, echoed prompts and stop strings dropped).

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
  ZH ranking: 下面是人们由“{cue}”联想到的{k}个词语：{words}。请按照它们与“{cue}”
    的联想强度从强到弱排序。先简要说明理由，最后以“最终排名：”开头的一行列出全部
    {k}个词语，用逗号分隔。
Each text is only what the model wrote (its completion), unless the
pipeline kept the prompt in front of it.

CONVENTIONS for expected_words (association lists):
  * what a careful human reader takes as the model's list for the asked cue:
    lowercased, stripped, in the order written, deduplicated keeping the
    first occurrence;
  * glosses, explanations, scores, category headers, preambles, closing
    remarks, markdown, numbering, emoji, quotes/brackets, special tokens and
    trailing punctuation removed; a conjunction before the last item
    ("and cheese", "和思念") and a closing "等"/"……"/"etc." are removed;
  * multi-word and phrase associations kept whole;
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
  * when the model lists words inside prose, the words it names as
    associations are the list.
CONVENTIONS for expected_ranked_words (rankings):
  * the words after the LAST "Final Ranking" / "最终排名" marker that is
    followed by a ranking (any case, bold or not, ":" or "："; on the marker's
    line or as a list on the following lines); a mention of the marker not
    followed by a ranking does not count;
  * lowercased, in order, deduplicated; numbering, "Rank n:" / "排名n：" /
    "第n名：" labels, glosses, quotes, brackets, markdown, trailing punctuation
    removed; a word outside the given ones kept as written;
  * text after the ranking is not part of it;
  * a ranking cut by the token limit keeps its complete words and drops the
    cut fragment (such ids are marked "# cut by the token limit", not put in
    TRUNCATED);
  * [] when there is no marker, or nothing ranked after the last one.
"""

EN_LISTS = [
    # Llama-3-8B-Instruct, vLLM, skip_special_tokens=False; terse comma list.
    ("en_van_01", "ocean",
     "Waves, salt, blue, beach, fish, tide, sand, whale, deep, sailing<|eot_id|>",
     ["waves", "salt", "blue", "beach", "fish", "tide", "sand", "whale", "deep", "sailing"]),

    # Llama-3-8B-Instruct, generation header kept at the start, numbered chatty list.
    ("en_van_02", "coffee",
     "<|start_header_id|>assistant<|end_header_id|>\n\nHere are the words that come to mind when I read \"coffee\":\n\n1. Caffeine\n2. Morning\n3. Espresso\n4. Mug\n5. Beans\n6. Latte\n7. Energy\n8. Café<|eot_id|>",
     ["caffeine", "morning", "espresso", "mug", "beans", "latte", "energy", "café"]),

    # Qwen2-7B-Instruct, ChatML header left in, <|im_end|> and <|endoftext|> kept.
    ("en_van_03", "bread",
     "<|im_start|>assistant\nButter, toast, wheat, bakery, sandwich, crust, flour, yeast<|im_end|>\n<|endoftext|>",
     ["butter", "toast", "wheat", "bakery", "sandwich", "crust", "flour", "yeast"]),

    # Mistral-7B-Instruct-v0.2, raw decode: leading space and </s>.
    ("en_van_04", "freedom",
     " Liberty, independence, choice, rights, democracy, flag, peace, speech, America</s>",
     ["liberty", "independence", "choice", "rights", "democracy", "flag", "peace", "speech", "america"]),

    # HF text-generation pipeline with return_full_text=True (prompt kept); Llama-2-7b-chat-like answer.
    ("en_van_05", "winter",
     "List the words that come to mind when you read the word \"winter\". Give between 5 and 10 words, separated by commas, the most strongly associated first.\n\nSnow, cold, ice, Christmas, scarf, fireplace, hot chocolate, sledding, frost, darkness",
     ["snow", "cold", "ice", "christmas", "scarf", "fireplace", "hot chocolate", "sledding", "frost", "darkness"]),

    # Llama-2-13b-chat, output double JSON-escaped (literal \n and \"), two leading spaces.
    ("en_van_06", "hospital",
     r'  Sure! Here are some words that come to mind when I read the word \"hospital\":\n\n1. Doctor\n2. Nurse\n3. Patient\n4. Surgery\n5. Emergency\n6. Ambulance\n7. Medicine\n8. Bed\n\nI hope this helps! Let me know if you have any other questions.',
     ["doctor", "nurse", "patient", "surgery", "emergency", "ambulance", "medicine", "bed"]),

    # Answers exported from a web chat UI: HTML entities (&quot; &amp;).
    ("en_van_07", "music",
     "Words that come to mind for &quot;music&quot;: melody, rhythm, song, guitar, concert, dance, headphones, rock &amp; roll, lyrics, piano",
     ["melody", "rhythm", "song", "guitar", "concert", "dance", "headphones", "rock & roll", "lyrics", "piano"]),

    # GPT-3.5-turbo answer saved on Windows: BOM, CRLF line endings, dash bullets.
    ("en_van_08", "garden",
     "\ufeffHere are my associations for \"garden\":\r\n\r\n- Flowers\r\n- Soil\r\n- Vegetables\r\n- Watering can\r\n- Bees\r\n- Sunshine\r\n- Roses\r\n- Weeds\r\n",
     ["flowers", "soil", "vegetables", "watering can", "bees", "sunshine", "roses", "weeds"]),

    # Llama-2-7b-chat with glosses, cut at max_new_tokens=64 inside the 6th item.
    ("en_van_09", "justice",
     "  Sure, here are some words that come to mind when I read the word \"justice\":\n\n1. Fairness - the idea that everyone should be treated equally\n2. Law - the system of rules that governs society\n3. Court - where legal disputes are settled\n4. Equality\n5. Judge\n6. Punishm",
     ["fairness", "law", "court", "equality", "judge"]),

    # Llama-3-8B base, stop string "\n\nUser:" left at the end.
    ("en_van_10", "apple",
     " red, fruit, tree, pie, orchard, cider, worm, green, juice, teacher\n\nUser:",
     ["red", "fruit", "tree", "pie", "orchard", "cider", "worm", "green", "juice", "teacher"]),

    # Alpaca-style instruct model, stop string "###" left at the end.
    ("en_van_11", "storm",
     "Thunder, lightning, rain, clouds, wind, dark, hurricane, umbrella\n###",
     ["thunder", "lightning", "rain", "clouds", "wind", "dark", "hurricane", "umbrella"]),

    # API request failed (rate limit); the saver wrote an empty output.
    ("en_van_12", "velvet",
     "",
     []),

    # Base model in a "Human:/Assistant:" frame; stop string "Human:" left in.
    ("en_van_13", "teacher",
     " Words associated with \"teacher\": school, classroom, students, chalkboard, lessons, homework, apple, grading, patience, education\n\nHuman:",
     ["school", "classroom", "students", "chalkboard", "lessons", "homework", "apple", "grading", "patience", "education"]),

    # Batched generation decoded without skipping specials: pad = <|endoftext|> repeated.
    ("en_van_14", "cheese",
     "Mouse, milk, cheddar, pizza, wine, Swiss, holes, crackers<|endoftext|><|endoftext|><|endoftext|><|endoftext|><|endoftext|>",
     ["mouse", "milk", "cheddar", "pizza", "wine", "swiss", "holes", "crackers"]),

    # Gemma-2-9b-it, full sequence decoded: model header, bold bullets, <end_of_turn>, <eos>, <pad>s.
    ("en_van_15", "mountain",
     "<start_of_turn>model\nHere are some words associated with \"mountain\":\n\n* **Peak**\n* **Hike**\n* **Snow**\n* **Climb**\n* **Altitude**\n* **Summit**\n* **Rocky**\n* **Trail** \n<end_of_turn>\n<eos><pad><pad><pad><pad>",
     ["peak", "hike", "snow", "climb", "altitude", "summit", "rocky", "trail"]),

    # Llama-3-8B-Instruct, whole templated sequence decoded (prompt + answer).
    ("en_van_16", "fire",
     "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nList the words that come to mind when you read the word \"fire\". Give between 5 and 10 words, separated by commas, the most strongly associated first.<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\nHeat, flame, smoke, burn, red, danger, campfire, ash, firefighter, warmth<|eot_id|>",
     ["heat", "flame", "smoke", "burn", "red", "danger", "campfire", "ash", "firefighter", "warmth"]),

    # Llama-3 decoded with skip_special_tokens=True from the header on: bare "assistant\n\n" left.
    ("en_van_17", "dog",
     "assistant\n\nCat, bark, leash, puppy, loyal, bone, fetch, tail, walk, friend",
     ["cat", "bark", "leash", "puppy", "loyal", "bone", "fetch", "tail", "walk", "friend"]),

    # Mistral-7B-Instruct, stray leading spaces and trailing whitespace kept.
    ("en_van_18", "dream",
     "   Sleep, night, imagination, nightmare, pillow, wish, fantasy, goal   \n\n  ",
     ["sleep", "night", "imagination", "nightmare", "pillow", "wish", "fantasy", "goal"]),

    # Terse numbered list, double JSON-escaped (literal \n).
    ("en_van_19", "bank",
     r'1. Money\n2. Loan\n3. Teller\n4. Vault\n5. River\n6. Account\n7. Savings\n8. ATM',
     ["money", "loan", "teller", "vault", "river", "account", "savings", "atm"]),

    # Web UI export with &#39; and &quot; entities, chatty numbered list with closing remark.
    ("en_van_20", "summer",
     "Here&#39;s what comes to mind for &quot;summer&quot;:\n\n1. Sun\n2. Beach\n3. Vacation\n4. Ice cream\n5. Heat\n6. Swimming\n7. Barbecue\n8. Sunscreen\n\nI hope that&#39;s helpful!",
     ["sun", "beach", "vacation", "ice cream", "heat", "swimming", "barbecue", "sunscreen"]),

    # Web UI that HTML-escaped a leaked special token.
    ("en_van_21", "computer",
     "Keyboard, mouse, screen, laptop, internet, software, code, monitor&lt;|eot_id|&gt;",
     ["keyboard", "mouse", "screen", "laptop", "internet", "software", "code", "monitor"]),

    # Llama-2-7b base, full text returned, no stop: it goes on to invent a prompt for another cue.
    ("en_van_22", "river",
     "List the words that come to mind when you read the word \"river\". Give between 5 and 10 words, separated by commas, the most strongly associated first.\n\nwater, flow, bank, stream, fish, boat, bridge, current, delta, Nile\n\nList the words that come to mind when you read the word \"lake\". Give between 5 and 10 words, separated by commas, the most strongly associated first.\n\nwater, swim, boat, fish, shore",
     ["water", "flow", "bank", "stream", "fish", "boat", "bridge", "current", "delta", "nile"]),

    # Escaped quotes (\") left by double JSON encoding, single-line answer.
    ("en_van_23", "clock",
     r'Words that come to mind for \"clock\": time, hands, tick, alarm, hour, minute, wall, watch, numbers, tower',
     ["time", "hands", "tick", "alarm", "hour", "minute", "wall", "watch", "numbers", "tower"]),

    # Unicode escape (\u00e9) left in an English answer after double encoding.
    ("en_van_24", "croissant",
     r'Butter, France, breakfast, flaky, caf\u00e9, pastry, coffee, Paris, bakery, crescent',
     ["butter", "france", "breakfast", "flaky", "café", "pastry", "coffee", "paris", "bakery", "crescent"]),

    # GPT-4o-mini, ensure_ascii JSON double-encoded: smart quotes and accents as \uXXXX, literal \n.
    ("en_van_25", "Paris",
     r'Here are words associated with \u201cParis\u201d:\n\n1. Eiffel Tower\n2. France\n3. Love\n4. Louvre\n5. Croissant\n6. Fashion\n7. Seine\n8. Romance\n9. Art\n10. Caf\u00e9s',
     ["eiffel tower", "france", "love", "louvre", "croissant", "fashion", "seine", "romance", "art", "cafés"]),

    # Terse list cut at max_new_tokens=24 in the middle of the last word.
    ("en_van_26", "space",
     "Galaxy, stars, planets, astronaut, rocket, universe, NASA, moon, black hole, gravi",
     ["galaxy", "stars", "planets", "astronaut", "rocket", "universe", "nasa", "moon", "black hole"]),

    # Chatty Llama-2-chat hitting max_new_tokens exactly at a word boundary (no eos; last word complete).
    ("en_van_27", "library",
     "  Sure! Here are 10 words that come to mind when I read the word \"library\":\n\n1. Books\n2. Reading\n3. Quiet\n4. Librarian\n5. Shelves\n6. Study",
     ["books", "reading", "quiet", "librarian", "shelves", "study"]),

    # Windows CRLF that was then double-escaped (literal \r\n sequences).
    ("en_van_28", "kitchen",
     r'Here are my associations for \"kitchen\":\r\n\r\n1. Cooking\r\n2. Stove\r\n3. Food\r\n4. Oven\r\n5. Chef\r\n6. Fridge\r\n7. Knife\r\n8. Recipes',
     ["cooking", "stove", "food", "oven", "chef", "fridge", "knife", "recipes"]),

    # Qwen2.5-7B-Instruct, bold numbered list and closing remark, <|im_end|> kept.
    ("en_van_29", "mother",
     "When I read the word \"mother,\" the following words come to mind:\n\n1. **Love**\n2. **Care**\n3. **Family**\n4. **Nurture**\n5. **Protection**\n6. **Warmth**\n7. **Sacrifice**\n8. **Home**\n\nThese words reflect the strong emotional bonds typically associated with mothers.<|im_end|>",
     ["love", "care", "family", "nurture", "protection", "warmth", "sacrifice", "home"]),

    # Phi-3-mini-4k-instruct, header and <|end|><|endoftext|> kept.
    ("en_van_30", "night",
     "<|assistant|> Stars, moon, dark, sleep, owl, silence, dreams, midnight<|end|><|endoftext|>",
     ["stars", "moon", "dark", "sleep", "owl", "silence", "dreams", "midnight"]),

    # Vicuna-7B, leading space and </s>.
    ("en_van_31", "sleep",
     " Bed, pillow, dream, night, tired, rest, blanket, snore, nap, quiet</s>",
     ["bed", "pillow", "dream", "night", "tired", "rest", "blanket", "snore", "nap", "quiet"]),

    # Falcon-7B base in a Question:/Answer: frame, full text returned; it runs on into a new question.
    ("en_van_32", "chair",
     "Question: List the words that come to mind when you read the word \"chair\". Give between 5 and 10 words, separated by commas, the most strongly associated first.\nAnswer: table, sit, wood, seat, furniture, legs, desk, sofa\nQuestion: List the words that come to mind when you read the word \"table\". Give between 5 and 10 words, separated by commas, the most strongly associated first.\nAnswer: chair, wood, dinner, kitchen",
     ["table", "sit", "wood", "seat", "furniture", "legs", "desk", "sofa"]),

    # Qwen1.5-7B-Chat in a padded batch: <|im_end|> then pad tokens.
    ("en_van_33", "smile",
     "Happy, teeth, face, joy, laugh, friendly, grin, lips, kindness<|im_end|>\n<|endoftext|><|endoftext|><|endoftext|>",
     ["happy", "teeth", "face", "joy", "laugh", "friendly", "grin", "lips", "kindness"]),

    # Zephyr-7B-beta, full template pieces kept: <|assistant|> header, </s>, then the <|user|> stop tag.
    ("en_van_34", "doctor",
     "<|assistant|>\nThe words that come to mind when I read \"doctor\" are:\n\n1. Medicine\n2. Hospital\n3. Patient\n4. Nurse\n5. Stethoscope\n6. Health\n7. Diagnosis\n8. White coat\n9. Prescription\n10. Surgery</s>\n<|user|>",
     ["medicine", "hospital", "patient", "nurse", "stethoscope", "health", "diagnosis", "white coat", "prescription", "surgery"]),

    # Llama-3-8B-Instruct, header kept, trailing space before <|eot_id|>; verb cue.
    ("en_van_35", "run",
     "<|start_header_id|>assistant<|end_header_id|>\n\nJog, race, fast, marathon, sprint, legs, exercise, sweat, shoes, track <|eot_id|>",
     ["jog", "race", "fast", "marathon", "sprint", "legs", "exercise", "sweat", "shoes", "track"]),

    # GPT-4-turbo, double-escaped: literal \n, \" and an en dash as \u2013 before a gloss; adjective cue.
    ("en_van_36", "brave",
     r'Here are some words I associate with \"brave\":\n\n- Courage \u2013 facing fear head-on\n- Hero\n- Bold\n- Fearless\n- Strong\n- Warrior\n- Lion\n- Soldier',
     ["courage", "hero", "bold", "fearless", "strong", "warrior", "lion", "soldier"]),

    # Web UI export with hex entity &#x27; inside a phrase.
    ("en_van_37", "guitar",
     "Strings, music, chords, rock &#x27;n&#x27; roll, acoustic, band, Fender, pick, amplifier, concert",
     ["strings", "music", "chords", "rock 'n' roll", "acoustic", "band", "fender", "pick", "amplifier", "concert"]),

    # Mistral-7B-Instruct via vLLM echo=True: <s>[INST] prompt [/INST] kept before the answer.
    ("en_van_38", "book",
     "<s>[INST] List the words that come to mind when you read the word \"book\". Give between 5 and 10 words, separated by commas, the most strongly associated first. [/INST] Read, pages, library, story, author, novel, chapter, cover, knowledge, paper</s>",
     ["read", "pages", "library", "story", "author", "novel", "chapter", "cover", "knowledge", "paper"]),

    # Llama-3.1-8B base, lowercase list ending in <|end_of_text|>.
    ("en_van_39", "beach",
     "sand, sun, waves, ocean, swimming, towel, shells, vacation, surf, seagulls<|end_of_text|>",
     ["sand", "sun", "waves", "ocean", "swimming", "towel", "shells", "vacation", "surf", "seagulls"]),

    # GPT-4o: short list, then an explanation section re-using the words; double-escaped.
    ("en_van_40", "anger",
     r'Rage, fury, red, shouting, frustration, temper, fight, resentment\n\nExplanation:\n- **Rage** and **fury** are intensified forms of anger.\n- **Red** is the color most linked to anger (\"seeing red\").\n- **Shouting** and **fight** are common ways it is expressed.',
     ["rage", "fury", "red", "shouting", "frustration", "temper", "fight", "resentment"]),

    # Mixtral-8x7B-Instruct, 10-20 setting, cut by max_new_tokens inside item 15.
    ("en_van_41", "city",
     " Sure, here are 20 words associated with \"city\", ordered by strength of association:\n\n1. Buildings\n2. Traffic\n3. Skyscrapers\n4. People\n5. Streets\n6. Noise\n7. Lights\n8. Subway\n9. Urban\n10. Downtown\n11. Shops\n12. Restaurants\n13. Apartments\n14. Parks\n15. Pollu",
     ["buildings", "traffic", "skyscrapers", "people", "streets", "noise", "lights", "subway", "urban", "downtown", "shops", "restaurants", "apartments", "parks"]),

    # Llama-3-8B-Instruct emitted end-of-turn at once; only the special token was saved.
    ("en_van_42", "eager",
     "<|eot_id|>",
     []),

    # Qwen2-7B-Instruct refusal, exported from a web UI (&#39;), <|im_end|> kept.
    ("en_van_43", "kill",
     "I&#39;m sorry, but I can&#39;t help with that.<|im_end|>",
     []),

    # Llama-2-7b-chat gives only a definition, </s> kept.
    ("en_van_44", "serendipity",
     "  The word \"serendipity\" refers to the occurrence of events by chance in a happy or beneficial way.</s>",
     []),

    # Base GPT-J-style model: odd spacing around commas, cue repeated as first item.
    ("en_van_45", "honey",
     "  honey ,  bee, sweet , sticky, flower, jar, bear ,pooh  ",
     ["honey", "bee", "sweet", "sticky", "flower", "jar", "bear", "pooh"]),

    # GPT-4o-mini with emoji, ensure_ascii double-encoded: surrogate-pair escapes left.
    ("en_van_46", "pizza",
     r'Cheese \ud83e\uddc0, Italy \ud83c\uddee\ud83c\uddf9, tomato, pepperoni, slice, oven, delivery, crust',
     ["cheese", "italy", "tomato", "pepperoni", "slice", "oven", "delivery", "crust"]),

    # Base model, 10-20 setting, full text returned; answer continues on the prompt's own line.
    ("en_van_47", "school",
     "List the words that come to mind when you read the word \"school\". Give between 10 and 20 words, separated by commas, the most strongly associated first. Teacher, students, classroom, homework, books, learning, exams, desk, pencil, recess, bus, principal, lunch, friends, grades",
     ["teacher", "students", "classroom", "homework", "books", "learning", "exams", "desk", "pencil", "recess", "bus", "principal", "lunch", "friends", "grades"]),

    # Web UI export: each numbered item wrapped in &quot; entities.
    ("en_van_48", "bird",
     "Here are the words:\n1. &quot;Wings&quot;\n2. &quot;Fly&quot;\n3. &quot;Feathers&quot;\n4. &quot;Nest&quot;\n5. &quot;Sky&quot;\n6. &quot;Tweet&quot;\n7. &quot;Eagle&quot;\n8. &quot;Eggs&quot;",
     ["wings", "fly", "feathers", "nest", "sky", "tweet", "eagle", "eggs"]),

    # UTF-8 answer read back as cp1252 by a Windows script (mojibake), CRLF.
    ("en_van_49", "Mexico",
     "Tacos, sombrero, tequila, CancÃºn, jalapeÃ±o, mariachi, desert, Spanish, salsa\r\n",
     ["tacos", "sombrero", "tequila", "cancún", "jalapeño", "mariachi", "desert", "spanish", "salsa"]),

    # Llama-3-8B fine-tuned on association norms; eot then Llama-3.1 pad token repeated.
    ("en_ft_01", "lemon",
     "sour, yellow, lime, juice, citrus, tart, tea, squeeze<|eot_id|><|finetune_right_pad_id|><|finetune_right_pad_id|><|finetune_right_pad_id|>",
     ["sour", "yellow", "lime", "juice", "citrus", "tart", "tea", "squeeze"]),

    # Alpaca-format LoRA fine-tune, full text returned (system line + instruction kept), "###" stop left.
    ("en_ft_02", "sugar",
     "Below is an instruction that describes a task. Write a response that appropriately completes the request.\n\n### Instruction:\nList the words that come to mind when you read the word \"sugar\". Give between 5 and 10 words, separated by commas, the most strongly associated first.\n\n### Response:\nsweet, candy, cake, honey, dessert, chocolate, cookies, diabetes\n\n###",
     ["sweet", "candy", "cake", "honey", "dessert", "chocolate", "cookies", "diabetes"]),

    # Qwen2.5-7B fine-tune, ChatML header and <|im_end|> kept.
    ("en_ft_03", "cat",
     "<|im_start|>assistant\nmouse, whiskers, fur, pet, purr, kitten, milk, dog<|im_end|>",
     ["mouse", "whiskers", "fur", "pet", "purr", "kitten", "milk", "dog"]),

    # Degenerate fine-tune looping until max_new_tokens, cut mid-word.
    ("en_ft_04", "war",
     "peace, soldier, gun, death, battle, army, peace, soldier, gun, death, battle, army, peace, soldier, gun, death, batt",
     ["peace", "soldier", "gun", "death", "battle", "army"]),

    # Fine-tune with a "User:/Assistant:" template; stop string "\n\nUser:" kept.
    ("en_ft_05", "rich",
     "money, wealthy, poor, famous, gold, mansion, luxury, success\n\nUser:",
     ["money", "wealthy", "poor", "famous", "gold", "mansion", "luxury", "success"]),

    # Mistral fine-tune where pad = eos: </s> repeated.
    ("en_ft_06", "salt",
     "pepper, sea, ocean, water, sodium, taste, chips, shaker</s></s></s></s>",
     ["pepper", "sea", "ocean", "water", "sodium", "taste", "chips", "shaker"]),

    # Fine-tune output double-escaped: trailing literal \n.
    ("en_ft_07", "horse",
     r'ride, saddle, pony, farm, gallop, cowboy, hay, stable\n',
     ["ride", "saddle", "pony", "farm", "gallop", "cowboy", "hay", "stable"]),

    # GPT-2-medium fine-tune: <|endoftext|> then it starts another training-like sample.
    ("en_ft_08", "tiger",
     "lion, stripes, zoo, jungle, cat, orange, roar<|endoftext|>elephant, trunk, grey, africa, big",
     ["lion", "stripes", "zoo", "jungle", "cat", "orange", "roar"]),

    # Llama-3 fine-tune decoded with skip_special_tokens=True: bare "assistant\n\n" header.
    ("en_ft_09", "friend",
     "assistant\n\nbuddy, pal, companion, trust, loyalty, best, fun, enemy",
     ["buddy", "pal", "companion", "trust", "loyalty", "best", "fun", "enemy"]),

    # Fine-tune with max_new_tokens=20, cut mid-word.
    ("en_ft_10", "freeze",
     "ice, cold, snow, frozen, water, stop, freezer, chill, polar, refriger",
     ["ice", "cold", "snow", "frozen", "water", "stop", "freezer", "chill", "polar"]),

    # Fine-tune served behind a web UI: &amp; entity inside an item; multi-word cue.
    ("en_ft_11", "peanut butter",
     "jelly, sandwich, bread, pb&amp;j, nuts, sticky, jar, allergy",
     ["jelly", "sandwich", "bread", "pb&j", "nuts", "sticky", "jar", "allergy"]),

    # Fine-tune trained on one-word-per-line data, saved with CRLF.
    ("en_ft_12", "travel",
     "trip\r\nplane\r\nvacation\r\nsuitcase\r\nholiday\r\npassport\r\nairport\r\n",
     ["trip", "plane", "vacation", "suitcase", "holiday", "passport", "airport"]),

    # Qwen2 fine-tune that does not stop: <|im_end|> then it writes a new user turn and answers it.
    ("en_ft_13", "soft",
     "fluffy, pillow, cotton, gentle, sheep, blanket<|im_end|>\n<|im_start|>user\nList the words that come to mind when you read the word \"hard\". Give between 5 and 10 words, separated by commas, the most strongly associated first.<|im_end|>\n<|im_start|>assistant\nrock, difficult, stone, solid",
     ["fluffy", "pillow", "cotton", "gentle", "sheep", "blanket"]),

    # Fine-tune request timed out; empty output saved.
    ("en_ft_14", "gloomy",
     "",
     []),

    # Fine-tune output written by a Windows tool with a BOM.
    ("en_ft_15", "engagement",
     "\ufeffwedding, ring, marriage, love, bride, proposal, diamond",
     ["wedding", "ring", "marriage", "love", "bride", "proposal", "diamond"]),
]

ZH_LISTS = [
    # Qwen2-7B-Instruct, terse, <|im_end|> kept.
    ("zh_van_01", "月亮",
     "月光，中秋，嫦娥，月饼，夜晚，思念，星星，圆月，玉兔，故乡<|im_end|>",
     ["月光", "中秋", "嫦娥", "月饼", "夜晚", "思念", "星星", "圆月", "玉兔", "故乡"]),

    # Qwen2-7B-Instruct, ChatML header kept, chatty numbered list.
    ("zh_van_02", "医生",
     "<|im_start|>assistant\n看到“医生”这个词，我会联想到以下词语：\n\n1. 医院\n2. 护士\n3. 白大褂\n4. 听诊器\n5. 病人\n6. 手术\n7. 药品\n8. 救死扶伤<|im_end|>",
     ["医院", "护士", "白大褂", "听诊器", "病人", "手术", "药品", "救死扶伤"]),

    # Qwen answer double-encoded with ensure_ascii: every Han character and "，" as \uXXXX.
    ("zh_van_03", "春天",
     r'\u82b1\u6735\uff0c\u6e29\u6696\uff0c\u64ad\u79cd\uff0c\u7eff\u8272\uff0c\u6625\u98ce\uff0c\u71d5\u5b50\uff0c\u5e0c\u671b\uff0c\u8e0f\u9752',
     ["花朵", "温暖", "播种", "绿色", "春风", "燕子", "希望", "踏青"]),

    # ChatGLM3-6B: leading newline and space as its decoder leaves them.
    ("zh_van_04", "学校",
     "\n 书包，老师，同学，教室，考试，作业，操场，黑板，校服",
     ["书包", "老师", "同学", "教室", "考试", "作业", "操场", "黑板", "校服"]),

    # Pipeline returned the full text: the Chinese prompt (with its own commas) kept before the answer.
    ("zh_van_05", "火车",
     "请列出看到“火车”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。\n铁轨，车站，旅行，车票，春运，绿皮车，高铁，汽笛",
     ["铁轨", "车站", "旅行", "车票", "春运", "绿皮车", "高铁", "汽笛"]),

    # DeepSeek-V2-Lite-Chat, its full-width end token kept.
    ("zh_van_06", "茶",
     "茶叶，茶杯，绿茶，龙井，茶道，清香，功夫茶，普洱<｜end▁of▁sentence｜>",
     ["茶叶", "茶杯", "绿茶", "龙井", "茶道", "清香", "功夫茶", "普洱"]),

    # Chatty Qwen answer, double-escaped: literal \n before the list.
    ("zh_van_07", "家",
     r'好的，以下是我看到“家”这个词时联想到的词语：\n\n家人，温暖，父母，团圆，房子，港湾，亲情，晚饭，孩子，回家',
     ["家人", "温暖", "父母", "团圆", "房子", "港湾", "亲情", "晚饭", "孩子", "回家"]),

    # Chatty list with a gloss on item 1, cut by max_new_tokens inside item 7 (红绿灯).
    ("zh_van_08", "交通",
     "看到“交通”这个词，我会联想到以下词语：\n\n1. 堵车——上下班高峰期最常见的场景\n2. 汽车\n3. 地铁\n4. 公交车\n5. 马路\n6. 交警\n7. 红绿",
     ["堵车", "汽车", "地铁", "公交车", "马路", "交警"]),

    # Failed request: empty output.
    ("zh_van_09", "犹豫",
     "",
     []),

    # Yi-6B-Chat lists the cue itself first; <|im_end|> and a trailing newline kept.
    ("zh_van_10", "狗",
     "狗，忠诚，宠物，骨头，散步，遛狗，小狗，看家<|im_end|>\n",
     ["狗", "忠诚", "宠物", "骨头", "散步", "遛狗", "小狗", "看家"]),

    # Llama3-8B-Chinese-Chat, header kept, cue written as a heading (not an item), <|eot_id|>.
    ("zh_van_11", "夏天",
     "<|start_header_id|>assistant<|end_header_id|>\n\n夏天：\n1. 西瓜\n2. 空调\n3. 炎热\n4. 冰淇淋\n5. 游泳\n6. 蝉鸣\n7. 暑假\n8. 防晒<|eot_id|>",
     ["西瓜", "空调", "炎热", "冰淇淋", "游泳", "蝉鸣", "暑假", "防晒"]),

    # Web UI export: ASCII quotes as &quot; around the cue.
    ("zh_van_12", "钱",
     "看到&quot;钱&quot;这个词，我想到：财富，银行，工资，存款，金钱，货币，富有，消费，理财，红包",
     ["财富", "银行", "工资", "存款", "金钱", "货币", "富有", "消费", "理财", "红包"]),

    # Saved on Windows: BOM and CRLF.
    ("zh_van_13", "雨",
     "\ufeff雨伞，下雨，雷声，乌云，潮湿，梅雨，彩虹，雨衣\r\n",
     ["雨伞", "下雨", "雷声", "乌云", "潮湿", "梅雨", "彩虹", "雨衣"]),

    # Qwen base model, stop string "\n\nUser:" left.
    ("zh_van_14", "风筝",
     "天空，春天，放风筝，线，童年，草地，飞翔，蓝天\n\nUser:",
     ["天空", "春天", "放风筝", "线", "童年", "草地", "飞翔", "蓝天"]),

    # Qwen base, full text returned, no stop: it writes the prompt for another cue and starts answering.
    ("zh_van_15", "森林",
     "请列出看到“森林”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。\n树木，绿色，动物，氧气，鸟，蘑菇，砍伐，自然\n\n请列出看到“草原”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。\n牛羊，蒙古，辽阔，骏马，蓝天",
     ["树木", "绿色", "动物", "氧气", "鸟", "蘑菇", "砍伐", "自然"]),

    # Chatty numbered answer, ensure_ascii double-encoded: \uXXXX and literal \n throughout.
    ("zh_van_16", "朋友",
     r'\u4ee5\u4e0b\u662f\u770b\u5230\u201c\u670b\u53cb\u201d\u65f6\u6211\u8054\u60f3\u5230\u7684\u8bcd\u8bed\uff1a\n1. \u53cb\u8c0a\n2. \u4fe1\u4efb\n3. \u966a\u4f34\n4. \u540c\u5b66\n5. \u5206\u4eab\n6. \u77e5\u5df1\n7. \u5e2e\u52a9\n8. \u5feb\u4e50',
     ["友谊", "信任", "陪伴", "同学", "分享", "知己", "帮助", "快乐"]),

    # Qwen with pinyin glosses in full-width brackets, <|im_end|>.
    ("zh_van_17", "中国",
     "1. 长城（Chángchéng）\n2. 熊猫（xióngmāo）\n3. 北京（Běijīng）\n4. 汉字（hànzì）\n5. 功夫（gōngfu）\n6. 春节（Chūnjié）\n7. 茶（chá）<|im_end|>",
     ["长城", "熊猫", "北京", "汉字", "功夫", "春节", "茶"]),

    # Stray leading spaces and trailing whitespace.
    ("zh_van_18", "饺子",
     "  春节，团圆，面粉，馅，过年，醋，包饺子，水饺   ",
     ["春节", "团圆", "面粉", "馅", "过年", "醋", "包饺子", "水饺"]),

    # Qwen1.5 base in a padded batch: <|endoftext|> repeated.
    ("zh_van_19", "老虎",
     "狮子，森林，凶猛，动物园，条纹，山大王，武松，老虎机<|endoftext|><|endoftext|><|endoftext|><|endoftext|>",
     ["狮子", "森林", "凶猛", "动物园", "条纹", "山大王", "武松", "老虎机"]),

    # Qwen2-7B-Instruct, whole templated sequence decoded (system, user prompt, answer).
    ("zh_van_20", "电脑",
     "<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\n请列出看到“电脑”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。<|im_end|>\n<|im_start|>assistant\n键盘，鼠标，屏幕，互联网，软件，游戏，程序，办公，显卡，笔记本<|im_end|>",
     ["键盘", "鼠标", "屏幕", "互联网", "软件", "游戏", "程序", "办公", "显卡", "笔记本"]),

    # Enumeration commas "、", closing 等, trailing literal \n from double escaping.
    ("zh_van_21", "水果",
     r'苹果、香蕉、葡萄、橙子、西瓜、草莓、维生素、果汁等\n',
     ["苹果", "香蕉", "葡萄", "橙子", "西瓜", "草莓", "维生素", "果汁"]),

    # "和" before the last item, <|im_end|>.
    ("zh_van_22", "情人节",
     "玫瑰、巧克力、约会、烛光晚餐、告白、礼物、鲜花和爱情<|im_end|>",
     ["玫瑰", "巧克力", "约会", "烛光晚餐", "告白", "礼物", "鲜花", "爱情"]),

    # Chatty answer with a gloss and a closing remark, saved with CRLF.
    ("zh_van_23", "考试",
     "看到“考试”，我首先想到：\r\n\r\n1. 紧张——考前总会有压力\r\n2. 复习\r\n3. 分数\r\n4. 试卷\r\n5. 高考\r\n6. 作弊\r\n7. 监考老师\r\n8. 成绩单\r\n\r\n以上就是我的联想。",
     ["紧张", "复习", "分数", "试卷", "高考", "作弊", "监考老师", "成绩单"]),

    # DeepSeek-R1-Distill-Qwen-7B: reasoning block kept, final list after </think>, end token kept.
    ("zh_van_24", "秋天",
     "<think>\n用户让我列出看到“秋天”时联想到的词。首先想到的是落叶，然后是丰收、金黄、桂花，还有中秋节。凉爽也很重要。枫叶、稻田也可以。嗯，最强的应该是落叶，按这个顺序排吧。\n</think>\n\n落叶，丰收，金黄，凉爽，桂花，中秋，枫叶，稻田<｜end▁of▁sentence｜>",
     ["落叶", "丰收", "金黄", "凉爽", "桂花", "中秋", "枫叶", "稻田"]),

    # ASCII quotes left escaped (\") by double JSON encoding.
    ("zh_van_25", "书",
     r'看到\"书\"这个词，我会想到：阅读，知识，图书馆，作者，书店，纸张，故事，学习',
     ["阅读", "知识", "图书馆", "作者", "书店", "纸张", "故事", "学习"]),

    # Terse list cut by max_new_tokens inside an idiom (不到长城非好汉).
    ("zh_van_26", "长城",
     "八达岭，秦始皇，万里，烽火台，城墙，中国，孟姜女，不到长城非",
     ["八达岭", "秦始皇", "万里", "烽火台", "城墙", "中国", "孟姜女"]),

    # Chatty answer, ensure_ascii double-encoded, literal \n, <|im_end|>.
    ("zh_van_27", "妈妈",
     r'\u597d\u7684\uff0c\u770b\u5230\u201c\u5988\u5988\u201d\u8fd9\u4e2a\u8bcd\uff0c\u6211\u4f1a\u8054\u60f3\u5230\uff1a\n\n\u6e29\u67d4\uff0c\u7231\uff0c\u5bb6\uff0c\u5520\u53e8\uff0c\u505a\u996d\uff0c\u6bcd\u7231\uff0c\u5173\u5fc3\uff0c\u62e5\u62b1\uff0c\u8f9b\u82e6\uff0c\u6e2f\u6e7e<|im_end|>',
     ["温柔", "爱", "家", "唠叨", "做饭", "母爱", "关心", "拥抱", "辛苦", "港湾"]),

    # ChatGLM2-6B, full text decoded with its [Round 1] / 问： / 答： prompt format.
    ("zh_van_28", "手机",
     "[Round 1]\n\n问：请列出看到“手机”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。\n\n答： 通讯，微信，屏幕，智能，充电，苹果，拍照，短视频，电池，APP",
     ["通讯", "微信", "屏幕", "智能", "充电", "苹果", "拍照", "短视频", "电池", "app"]),

    # Baichuan2-7B-Chat, ensure_ascii double-encoded, </s> kept; the cue is its first item.
    ("zh_van_29", "雪",
     r'\u96ea\uff0c\u51b7\uff0c\u68c9\u8884\uff0c\u6625\u8282\uff0c\u5bd2\u98ce\uff0c\u6ed1\u96ea\uff0c\u96ea\u4eba\uff0c\u6696\u6c14\uff0c\u51ac\u81f3</s>',
     ["雪", "冷", "棉袄", "春节", "寒风", "滑雪", "雪人", "暖气", "冬至"]),

    # Qwen2.5: short list, then an explanation section re-listing words; <|im_end|>.
    ("zh_van_30", "龙",
     "腾飞，皇帝，神话，舞龙，图腾，力量，龙舟，祥瑞\n\n解释：\n- 腾飞：龙常与飞翔、上升联系在一起。\n- 皇帝：古代皇帝自称真龙天子。\n- 舞龙：春节期间常见的民俗活动。<|im_end|>",
     ["腾飞", "皇帝", "神话", "舞龙", "图腾", "力量", "龙舟", "祥瑞"]),

    # Web UI export with an &nbsp; entity after the colon.
    ("zh_van_31", "城市",
     "看到“城市”，我会想到：&nbsp;高楼，交通，人群，地铁，霓虹灯，繁华，房价，快节奏",
     ["高楼", "交通", "人群", "地铁", "霓虹灯", "繁华", "房价", "快节奏"]),

    # Qwen emitted end-of-turn immediately; only the token saved.
    ("zh_van_32", "虚无",
     "<|im_end|>",
     []),

    # Qwen2 refusal, <|im_end|> kept.
    ("zh_van_33", "赌博",
     "抱歉，我无法回答这个问题。<|im_end|>",
     []),

    # Chatty bold numbered list, double-escaped (\" and literal \n).
    ("zh_van_34", "爱情",
     r'以下是与\"爱情\"相关的联想词：\n\n1. **浪漫**\n2. **玫瑰**\n3. **心动**\n4. **承诺**\n5. **婚姻**\n6. **思念**\n7. **甜蜜**',
     ["浪漫", "玫瑰", "心动", "承诺", "婚姻", "思念", "甜蜜"]),

    # Llama3-Chinese, terse, cut by max_new_tokens: last chunk 蛋白 (likely 蛋白粉 cut).
    ("zh_van_35", "健身",
     "跑步，健身房，肌肉，哑铃，减肥，瑜伽，汗水，自律，蛋白",
     ["跑步", "健身房", "肌肉", "哑铃", "减肥", "瑜伽", "汗水", "自律"]),

    # InternLM2-chat, bullets and a closing sentence, <|im_end|>.
    ("zh_van_36", "老师",
     "看到“老师”这个词，我联想到的词语有：\n\n- 粉笔\n- 讲台\n- 黑板\n- 教师节\n- 学生\n- 辛勤\n- 园丁\n- 备课\n\n这些词按照联想强度从强到弱排列。<|im_end|>",
     ["粉笔", "讲台", "黑板", "教师节", "学生", "辛勤", "园丁", "备课"]),

    # Qwen answer ensure_ascii double-encoded; the cue is its first item.
    ("zh_van_37", "咖啡",
     r'\u5496\u5561\uff0c\u82e6\uff0c\u63d0\u795e\uff0c\u62ff\u94c1\uff0c\u661f\u5df4\u514b\uff0c\u5496\u5561\u8c46\uff0c\u71ac\u591c\uff0c\u9999',
     ["咖啡", "苦", "提神", "拿铁", "星巴克", "咖啡豆", "熬夜", "香"]),

    # Full text returned; answer continues on the prompt's line after "。".
    ("zh_van_38", "大海",
     "请列出看到“大海”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。 蓝色，海浪，沙滩，贝壳，海鸥，辽阔，航行，咸",
     ["蓝色", "海浪", "沙滩", "贝壳", "海鸥", "辽阔", "航行", "咸"]),

    # Base model with "###" stop left at the end.
    ("zh_van_39", "红色",
     "鲜血，中国红，火焰，喜庆，国旗，玫瑰，热情，红包\n###",
     ["鲜血", "中国红", "火焰", "喜庆", "国旗", "玫瑰", "热情", "红包"]),

    # Base model with a Chinese stop string "\n\n用户：" left.
    ("zh_van_40", "猫",
     "老鼠，可爱，宠物，喵，毛茸茸，鱼，猫粮，铲屎官\n\n用户：",
     ["老鼠", "可爱", "宠物", "喵", "毛茸茸", "鱼", "猫粮", "铲屎官"]),

    # One item per line, CRLF.
    ("zh_van_41", "医院",
     "病人\r\n医生\r\n护士\r\n手术\r\n打针\r\n药\r\n急诊\r\n消毒水\r\n",
     ["病人", "医生", "护士", "手术", "打针", "药", "急诊", "消毒水"]),

    # ChatGLM3-6B, full-sequence decode: <|user|> tag of the next turn left at the end; verb cue.
    ("zh_van_42", "开车",
     "\n 汽车，方向盘，驾照，堵车，油门，司机，安全带，导航<|user|>",
     ["汽车", "方向盘", "驾照", "堵车", "油门", "司机", "安全带", "导航"]),

    # Numbered list ensure_ascii double-encoded, literal \n, <|im_end|>.
    ("zh_van_43", "生日",
     r'1. \u86cb\u7cd5\n2. \u8721\u70db\n3. \u793c\u7269\n4. \u795d\u798f\n5. \u6d3e\u5bf9\n6. \u957f\u5bff\u9762\n7. \u8bb8\u613f<|im_end|>',
     ["蛋糕", "蜡烛", "礼物", "祝福", "派对", "长寿面", "许愿"]),

    # Leading full-width ideographic spaces (paragraph indent) and a trailing one.
    ("zh_van_44", "幸福",
     "\u3000\u3000快乐，家庭，温暖，微笑，美满，健康，甜蜜，知足\u3000",
     ["快乐", "家庭", "温暖", "微笑", "美满", "健康", "甜蜜", "知足"]),

    # Semicolon-separated items inside prose, <|im_end|>.
    ("zh_van_45", "战争",
     "看到“战争”，我联想到：死亡；士兵；和平；枪炮；硝烟；难民；历史；英雄<|im_end|>",
     ["死亡", "士兵", "和平", "枪炮", "硝烟", "难民", "历史", "英雄"]),

    # Baichuan2-13B-Chat, </s> kept; adjective cue.
    ("zh_van_46", "聪明",
     "智慧，头脑，机灵，天才，学霸，爱因斯坦，反应快，智商</s>",
     ["智慧", "头脑", "机灵", "天才", "学霸", "爱因斯坦", "反应快", "智商"]),

    # Qwen2-72B-Instruct, 10-20 setting, chatty, <|im_end|><|endoftext|>.
    ("zh_van_47", "北京",
     "以下是看到“北京”时联想到的词语，按联想强度排列：\n\n首都，天安门，故宫，长城，烤鸭，胡同，雾霾，奥运会，颐和园，地铁，北漂，四合院，京剧，堵车<|im_end|><|endoftext|>",
     ["首都", "天安门", "故宫", "长城", "烤鸭", "胡同", "雾霾", "奥运会", "颐和园", "地铁", "北漂", "四合院", "京剧", "堵车"]),

    # Web UI export: &amp; inside a brand-like item, chatty.
    ("zh_van_48", "零食",
     "我联想到：薯片，辣条，饼干，M&amp;M豆，巧克力，坚果，追剧，发胖",
     ["薯片", "辣条", "饼干", "m&m豆", "巧克力", "坚果", "追剧", "发胖"]),

    # Qwen2 fine-tune: <|im_end|><|endoftext|> kept.
    ("zh_ft_01", "狮子",
     "老虎，草原，森林之王，鬃毛，凶猛，非洲，狮子座<|im_end|><|endoftext|>",
     ["老虎", "草原", "森林之王", "鬃毛", "凶猛", "非洲", "狮子座"]),

    # Fine-tune output ensure_ascii double-encoded, literal <|im_end|> after the escapes.
    ("zh_ft_02", "太阳",
     r'\u9633\u5149\uff0c\u6e29\u6696\uff0c\u5149\u660e\uff0c\u708e\u70ed\uff0c\u590f\u5929\uff0c\u65e5\u51fa\uff0c\u80fd\u91cf<|im_end|>',
     ["阳光", "温暖", "光明", "炎热", "夏天", "日出", "能量"]),

    # Degenerate fine-tune looping until max_new_tokens, cut inside 分数.
    ("zh_ft_03", "学习",
     "考试，分数，作业，读书，考试，分数，作业，读书，考试，分",
     ["考试", "分数", "作业", "读书"]),

    # Fine-tune trained on space-separated responses, trailing newline.
    ("zh_ft_04", "冬天",
     "雪 冷 寒风 棉袄 暖气 春节 滑雪\n",
     ["雪", "冷", "寒风", "棉袄", "暖气", "春节", "滑雪"]),

    # Fine-tune with pad = eos: </s> repeated.
    ("zh_ft_05", "米饭",
     "大米，饭碗，筷子，主食，稻谷，白米饭，炒饭</s></s></s>",
     ["大米", "饭碗", "筷子", "主食", "稻谷", "白米饭", "炒饭"]),

    # Llama-3.1 Chinese fine-tune: "、" separators, <|eot_id|> then pad tokens.
    ("zh_ft_06", "警察",
     "警车、抓小偷、制服、110、安全、手铐、派出所<|eot_id|><|finetune_right_pad_id|><|finetune_right_pad_id|>",
     ["警车", "抓小偷", "制服", "110", "安全", "手铐", "派出所"]),

    # Qwen fine-tune that does not stop: a new user turn for another cue is generated and answered.
    ("zh_ft_07", "白",
     "白色，雪，纯洁，黑，白天，婚纱，牛奶<|im_end|>\n<|im_start|>user\n请列出看到“黑”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。<|im_end|>\n<|im_start|>assistant\n夜晚，黑色，白，煤",
     ["白色", "雪", "纯洁", "黑", "白天", "婚纱", "牛奶"]),

    # Fine-tune decoded with skip_special_tokens=True from the header: "assistant\n" left.
    ("zh_ft_08", "梦想",
     "assistant\n目标，未来，追求，希望，努力，理想，坚持",
     ["目标", "未来", "追求", "希望", "努力", "理想", "坚持"]),

    # Fine-tune request failed; empty output.
    ("zh_ft_09", "惆怅",
     "",
     []),

    # Fine-tune output saved with a BOM, trailing space and newline.
    ("zh_ft_10", "牛奶",
     "\ufeff早餐，奶牛，钙，白色，面包，营养，酸奶 \n",
     ["早餐", "奶牛", "钙", "白色", "面包", "营养", "酸奶"]),

    # Fine-tune cut by max_new_tokens inside 憨态可掬.
    ("zh_ft_11", "熊猫",
     "竹子，四川，国宝，黑白，可爱，动物园，成都，滚滚，憨态可",
     ["竹子", "四川", "国宝", "黑白", "可爱", "动物园", "成都", "滚滚"]),

    # Fine-tune output double-escaped: trailing literal \n.
    ("zh_ft_12", "跑步",
     r'奔跑，速度，马拉松，运动鞋，汗水，操场\n',
     ["奔跑", "速度", "马拉松", "运动鞋", "汗水", "操场"]),
]

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = [
    # Llama-3-8B-Instruct, skip_special_tokens=False, double-escaped (literal \n), bold reasoning.
    ("rk_en_01",
     r'To rank these words, I considered how immediately each one evokes the image of a dog.\n\n- **Bark** is the sound dogs are best known for.\n- **Puppy** is simply a young dog.\n- **Bone** and **leash** are classic dog items.\n- **Cat** is linked mainly by contrast.\n\nFinal Ranking: Bark, Puppy, Bone, Leash, Cat<|eot_id|>',
     ["bark", "puppy", "bone", "leash", "cat"]),

    # Web UI export: every word in the ranking wrapped in &quot; entities, &#39; in the prose.
    ("rk_en_02",
     "Here&#39;s my reasoning: &quot;hospital&quot; and &quot;nurse&quot; are the places and people a doctor works with every day, &quot;patient&quot; is who they treat, and the rest are tools or clothing.\n\nFinal Ranking: &quot;Hospital&quot;, &quot;Nurse&quot;, &quot;Patient&quot;, &quot;Medicine&quot;, &quot;Stethoscope&quot;, &quot;White coat&quot;",
     ["hospital", "nurse", "patient", "medicine", "stethoscope", "white coat"]),

    # Full text returned (prompt kept, its marker mention is not a ranking); answer cut before any ranking.
    # cut by the token limit
    ("rk_en_03",
     "Here are 6 words that people associate with \"snow\": cold, white, winter, ice, snowman, ski. Rank them from the most to the least strongly associated with \"snow\". Explain briefly, then end with a line that starts with \"Final Ranking:\" followed by all 6 words in your order, separated by commas.\n\nSnow brings several related ideas to mind. Here is my reasoning:\n\n1. Cold \u2013 the defining physical property of snow.\n2. White \u2013 its colour is iconic.\n3. Winter \u2013 the season when snow falls.\n4. Ice \u2013 frozen water, closely related.\n5. Snowman \u2013 a fun thing built from sn",
     []),

    # Mistral-7B-Instruct, CRLF, bold marker with the ranking as a numbered list on following lines, </s>.
    ("rk_en_04",
     " The word \"bank\" is most often used for a financial institution, so money-related words come first.\r\n\r\n**Final Ranking:**\r\n1. Money\r\n2. Account\r\n3. Loan\r\n4. Teller\r\n5. River\r\n</s>",
     ["money", "account", "loan", "teller", "river"]),

    # Llama-2-13b-chat cut by max_new_tokens inside the ranking line.
    # cut by the token limit
    ("rk_en_05",
     "  Sure! When I think of a beach, the first things that come to mind are the sun and the sand, followed by the waves and the ocean itself. Towels and umbrellas are accessories.\n\nFinal Ranking: Sun, Sand, Waves, Ocean, Towe",
     ["sun", "sand", "waves", "ocean"]),

    # Base-ish chat model: remark after the ranking, then stop string "\n\nUser:" left.
    ("rk_en_06",
     "An oak is first of all a tree, and acorns are its most distinctive product. Wood and leaves come next, and a forest is where oaks grow.\n\nFinal Ranking: Tree, Acorn, Wood, Leaf, Forest\n\nLet me know if you would like a different ordering!\n\nUser:",
     ["tree", "acorn", "wood", "leaf", "forest"]),

    # Qwen2-7B-Instruct, header and <|im_end|> kept.
    ("rk_zh_01",
     "<|im_start|>assistant\n春节最核心的意义是家人团圆，红包和饺子是最具代表性的习俗，鞭炮和春联次之，拜年相对较弱。\n\n最终排名：团圆，红包，饺子，鞭炮，春联，拜年<|im_end|>",
     ["团圆", "红包", "饺子", "鞭炮", "春联", "拜年"]),

    # ensure_ascii double-encoded Chinese ranking (\uXXXX and literal \n).
    ("rk_zh_02",
     r'\u8fd9\u4e9b\u8bcd\u90fd\u548c\u201c\u97f3\u4e50\u201d\u6709\u5173\u3002\u65cb\u5f8b\u662f\u97f3\u4e50\u6700\u6838\u5fc3\u7684\u8981\u7d20\uff0c\u5176\u6b21\u662f\u6b4c\u66f2\u548c\u4e50\u5668\uff0c\u6f14\u5531\u4f1a\u548c\u8033\u673a\u5c5e\u4e8e\u5177\u4f53\u573a\u666f\uff0c\u821e\u8e48\u8054\u60f3\u76f8\u5bf9\u8f83\u5f31\u3002\n\n\u6700\u7ec8\u6392\u540d\uff1a\u65cb\u5f8b\uff0c\u6b4c\u66f2\uff0c\u4e50\u5668\uff0c\u6f14\u5531\u4f1a\uff0c\u8033\u673a\uff0c\u821e\u8e48',
     ["旋律", "歌曲", "乐器", "演唱会", "耳机", "舞蹈"]),

    # Full text returned: prompt (mentioning “最终排名：”) kept before the answer's own ranking.
    ("rk_zh_03",
     "下面是人们由“学校”联想到的5个词语：老师，学生，教室，考试，操场。请按照它们与“学校”的联想强度从强到弱排序。先简要说明理由，最后以“最终排名：”开头的一行列出全部5个词语，用逗号分隔。\n\n理由：学校首先是老师和学生组成的地方，教室是最主要的场所，操场是课间活动的地方，考试虽然常见，但联想稍弱。\n\n最终排名：老师，学生，教室，操场，考试",
     ["老师", "学生", "教室", "操场", "考试"]),

    # Failed request: empty output.
    ("rk_zh_04",
     "",
     []),

    # DeepSeek-R1-Distill: a draft ranking with the marker inside <think>, the final one after it.
    ("rk_zh_05",
     "<think>\n用户让我给中秋相关的词排序。先打个草稿——最终排名：月亮，月饼，团圆，嫦娥，灯笼。不过仔细想想，人们说到中秋最先想到的可能是月饼，月亮其次。\n</think>\n\n中秋节最具代表性的食物是月饼，赏月是最重要的习俗，团圆是节日的意义，嫦娥是传说，灯笼联想最弱。\n\n最终排名：月饼，月亮，团圆，嫦娥，灯笼<｜end▁of▁sentence｜>",
     ["月饼", "月亮", "团圆", "嫦娥", "灯笼"]),
]

# cut mid-word at the very end by the token limit
TRUNCATED = {
    "en_van_09",
    "en_van_26",
    "en_van_41",
    "en_ft_04",
    "en_ft_10",
    "zh_van_08",
    "zh_van_26",
    "zh_van_35",
    "zh_ft_03",
    "zh_ft_11",
}

AMBIGUOUS = {
    # Mojibake: a reader who does not repair the cp1252 misreading would take
    # "cancãºn" and "jalapeã±o" as written.
    "en_van_49",
    # "蛋白" is itself a complete word (protein); a reader who does not treat it
    # as a cut "蛋白粉" would keep it as the last item (and not mark TRUNCATED).
    "zh_van_35",
}
