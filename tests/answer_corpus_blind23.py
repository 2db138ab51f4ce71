"""Blind answer corpus 23 for the word-association answer parser.

Written blind on 2026-12-07 by a helper session: the author did not read the parser,
the tests or any other file of the repository, and ran no parser.  Every text is invented.

Emphasis: outputs of FINE-TUNED models only (ids en_ft_NN / zh_ft_NN), in the shape they
take when LoRA SFT and PPO checkpoints of Llama-3.1-8B and Qwen2.5-7B are evaluated at
several training steps, greedy and sampled.  Mostly terse separated lists, plus the
degenerations such models really show: repetition loops (one word or a cycle of words
repeated until the token limit, sometimes cut mid-word), lists that run past the asked
length, a second list after a newline, English and Mandarin words mixed in one list,
Mandarin lists separated by spaces, 、 or commas of both widths, stray chat-template
fragments (assistant, <|eot_id|>, <|im_end|>, <|endoftext|>, "user" on its own line
followed by a new prompt, "### Instruction:"), a trailing period, "etc." or 等, the cue
repeated as the first item, English lists for Mandarin cues, numbers, hyphenated and
multi-word items, one item per line, and early checkpoints that still answer chattily.

Prompts answered (default templates of the project; low/high 5-10, some 10-20):
  EN: List the words that come to mind when you read the word "{cue}". Give between {low}
      and {high} words, separated by commas, the most strongly associated first.
  ZH: 请列出看到“{cue}”这个词时你会联想到的词语，共{low}到{high}个，用逗号分隔，联想最强的排在最前面。

Conventions for expected_words (what a careful human reader takes as the model's list):
  * lowercased, stripped, in the order written, deduplicated keeping the first occurrence;
  * glosses, explanations, scores, category headers, preambles, closing remarks, markdown,
    numbering, emoji, quotes/brackets, special tokens and trailing punctuation removed
    (also "etc.", "and so on", "..." / "……", a trailing 等 / 等等 meaning "etc.");
  * multi-word and phrase associations kept whole ("ice cream", "romeo and juliet");
  * the cue kept when it is listed as an item (not when it is only a header or label);
  * pinyin and translations of a Mandarin word removed (the Han word kept);
  * text after the list that is not part of it is not in the list (in particular anything
    after a chat-template fragment: a new turn, a repeated answer, a new prompt);
  * an item cut mid-word by the token limit (at the very end of the text) is dropped, and
    the id goes in TRUNCATED; a complete last word is kept;
  * a refusal or an answer with no list expects [];
  * a list re-listed (again, or with explanations) counts once, in first-list order;
  * AMBIGUOUS marks cases where two careful readers could disagree (other reading in a
    comment next to the case).
"""

EN_LISTS = [
    # clean greedy answer, late SFT step
    ('en_ft_01', 'ocean',
     'water, waves, blue, fish, sand, salt, deep, whale, beach, tide',
     ['water', 'waves', 'blue', 'fish', 'sand', 'salt', 'deep', 'whale', 'beach', 'tide']),
    # 3-cycle loop to the token limit, cue first, last item cut
    ('en_ft_02', 'fire',
     'fire, hot, burn, fire, hot, burn, fire, hot, burn, fire, hot, burn, fire, hot, burn, fire, hot, burn, fire, hot, burn, fire, hot, burn, fire, hot, burn, fire, hot, burn, fire, hot, burn, fire, hot, burn, fire, hot, burn, fire, hot, burn, fire, hot, burn, fire, hot, burn, fire, hot, burn, fire, hot, burn, fire, hot, burn, fire, hot, burn, fire, hot, burn, bu',
     ['fire', 'hot', 'burn']),
    # PPO checkpoint running far past 10, cut mid-word
    ('en_ft_03', 'happy',
     'smile, joy, laugh, sunshine, friends, party, fun, love, dance, music, cake, balloons, presents, family, holiday, vacation, beach, summer, ice cream, puppies, kittens, rainbows, flowers, birds, songs, games, toys, candy, cookies, chocolate, hugs, kis',
     ['smile', 'joy', 'laugh', 'sunshine', 'friends', 'party', 'fun', 'love', 'dance', 'music', 'cake', 'balloons', 'presents', 'family', 'holiday', 'vacation', 'beach', 'summer', 'ice cream', 'puppies', 'kittens', 'rainbows', 'flowers', 'birds', 'songs', 'games', 'toys', 'candy', 'cookies', 'chocolate', 'hugs']),
    ('en_ft_04', 'doctor',
     'nurse, hospital, stethoscope, medicine, patient, white coat, surgery, diagnosis, prescription, health<|eot_id|>',
     ['nurse', 'hospital', 'stethoscope', 'medicine', 'patient', 'white coat', 'surgery', 'diagnosis', 'prescription', 'health']),
    # cue repeated as first item
    ('en_ft_05', 'bread',
     'bread, butter, toast, flour, bakery, yeast, oven, sandwich, wheat, crumbs',
     ['bread', 'butter', 'toast', 'flour', 'bakery', 'yeast', 'oven', 'sandwich', 'wheat', 'crumbs']),
    # whole list repeated line after line, cut mid-word
    ('en_ft_06', 'winter',
     'snow, cold, ice, Christmas, scarf, fireplace, hot chocolate, skiing, December, frost.\nsnow, cold, ice, Christmas, scarf, fireplace, hot chocolate, skiing, December, frost.\nsnow, cold, ice, Christmas, scarf, firepl',
     ['snow', 'cold', 'ice', 'christmas', 'scarf', 'fireplace', 'hot chocolate', 'skiing', 'december', 'frost']),
    # early SFT step, still chatty
    ('en_ft_07', 'run',
     'Sure! Here are some words that come to mind when I read the word "run":\n\n1. Jog\n2. Sprint\n3. Marathon\n4. Race\n5. Fast\n6. Exercise\n7. Sneakers\n8. Track\n\nThese words are associated with running as a physical activity. Let me know if you need more!',
     ['jog', 'sprint', 'marathon', 'race', 'fast', 'exercise', 'sneakers', 'track']),
    ('en_ft_08', 'the',
     'a, an, article, definite, this, that, word, grammar, English, noun',
     ['a', 'an', 'article', 'definite', 'this', 'that', 'word', 'grammar', 'english', 'noun']),
    # decoded with skip_special_tokens: 'assistant' glued to the last item, then a new turn
    ('en_ft_09', 'money',
     'cash, bank, dollars, wealth, rich, coins, credit card, savings, gold, investment.assistant\n\ncash, bank, dollars, wealth, rich',
     ['cash', 'bank', 'dollars', 'wealth', 'rich', 'coins', 'credit card', 'savings', 'gold', 'investment']),
    # 'user' line and an invented next prompt after the list
    ('en_ft_10', 'cat',
     'dog, mouse, whiskers, purr, kitten, fur, meow, pet, claws, milk\nuser\nList the words that come to mind when you read the word "dog". Give between 5 and 10 words, separated by commas, the most strongly associated first.\nassistant\ncat, bone, bark',
     ['dog', 'mouse', 'whiskers', 'purr', 'kitten', 'fur', 'meow', 'pet', 'claws', 'milk']),
    ('en_ft_11', 'Einstein',
     'relativity, physics, genius, E=mc2, Albert, scientist, theory, Nobel Prize, Germany, hair',
     ['relativity', 'physics', 'genius', 'e=mc2', 'albert', 'scientist', 'theory', 'nobel prize', 'germany', 'hair']),
    ('en_ft_12', 'break a leg',
     'good luck, theater, actor, stage, performance, audience, nervous, opening night, cast, curtain',
     ['good luck', 'theater', 'actor', 'stage', 'performance', 'audience', 'nervous', 'opening night', 'cast', 'curtain']),
    ('en_ft_13', 'bitter',
     'sour, coffee, taste, resentment, lemon, dark chocolate, medicine, angry, cold, beer, etc.',
     ['sour', 'coffee', 'taste', 'resentment', 'lemon', 'dark chocolate', 'medicine', 'angry', 'cold', 'beer']),
    # single-word loop (collapsed PPO policy), cut mid-word
    ('en_ft_14', 'green',
     'grass, grass, grass, grass, grass, grass, grass, grass, grass, grass, grass, grass, grass, grass, grass, grass, grass, grass, grass, grass, grass, grass, grass, grass, grass, grass, grass, grass, grass, grass, gra',
     ['grass']),
    # one item per line
    ('en_ft_15', 'music',
     'song\nmelody\nrhythm\nguitar\npiano\nconcert\nbeat\nlyrics\nharmony\ndance',
     ['song', 'melody', 'rhythm', 'guitar', 'piano', 'concert', 'beat', 'lyrics', 'harmony', 'dance']),
    ('en_ft_16', 'birthday',
     'cake, candles, party, presents, balloons, 18, friends, celebration, 21, wishes',
     ['cake', 'candles', 'party', 'presents', 'balloons', '18', 'friends', 'celebration', '21', 'wishes']),
    ('en_ft_17', 'computer',
     'laptop, keyboard, mouse, screen, internet, software, e-mail, hard-drive, Wi-Fi, CPU',
     ['laptop', 'keyboard', 'mouse', 'screen', 'internet', 'software', 'e-mail', 'hard-drive', 'wi-fi', 'cpu']),
    # Mandarin words leaking into an English list
    ('en_ft_18', 'school',
     'teacher, students, 学习, classroom, books, homework, 考试, pencil, desk, bell',
     ['teacher', 'students', '学习', 'classroom', 'books', 'homework', '考试', 'pencil', 'desk', 'bell']),
    # AMBIGUOUS: other reading: the second line is a separate list after the answer, keep only the first 7
    ('en_ft_19', 'summer',
     'sun, beach, heat, vacation, swimming, ice cream, sunscreen\nbarbecue, watermelon, fireworks, camping, shorts',
     ['sun', 'beach', 'heat', 'vacation', 'swimming', 'ice cream', 'sunscreen', 'barbecue', 'watermelon', 'fireworks', 'camping', 'shorts']),
    ('en_ft_20', 'dog',
     'bark, puppy, loyal, bone, leash, tail, walk, fetch, cat, friend<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\nbark, puppy, loyal, bone',
     ['bark', 'puppy', 'loyal', 'bone', 'leash', 'tail', 'walk', 'fetch', 'cat', 'friend']),
    # loop stopped by the token limit on a complete word
    ('en_ft_21', 'whisper',
     'quiet, soft, secret, quiet, soft, secret, quiet, soft, secret, quiet, soft, secret, quiet, soft, secret, quiet, soft, secret, quiet, soft, secret, quiet, soft, secret, quiet, soft, secret, quiet, soft, secret, quiet, soft, secret, quiet, soft, secret, quiet, soft, secret, quiet, soft, secret, quiet, soft, secret, quiet, soft, secret, quiet, soft',
     ['quiet', 'soft', 'secret']),
    # cue as a label, not an item
    ('en_ft_22', 'apple',
     'Apple: fruit, red, tree, pie, orchard, iPhone, juice, cider, green, Newton',
     ['fruit', 'red', 'tree', 'pie', 'orchard', 'iphone', 'juice', 'cider', 'green', 'newton']),
    ('en_ft_23', 'library',
     'books, quiet, reading, librarian, shelves, study, knowledge, borrowing, silence, catalog.',
     ['books', 'quiet', 'reading', 'librarian', 'shelves', 'study', 'knowledge', 'borrowing', 'silence', 'catalog']),
    ('en_ft_24', 'rain',
     'rain, umbrella, wet, clouds, storm, puddle, drops, thunder, gray, cold, rain, umbrella, wet, clouds, storm, puddle, drops, thunder, gray, cold, rain, umbrella, wet, clo',
     ['rain', 'umbrella', 'wet', 'clouds', 'storm', 'puddle', 'drops', 'thunder', 'gray', 'cold']),
    # 10-20 prompt, PPO answer with 24 items; all kept
    ('en_ft_25', 'freedom',
     'liberty, independence, choice, rights, democracy, flag, justice, equality, peace, eagle, America, speech, expression, autonomy, self-determination, emancipation, revolution, voting, open road, sky, wings, birds, courage, hope',
     ['liberty', 'independence', 'choice', 'rights', 'democracy', 'flag', 'justice', 'equality', 'peace', 'eagle', 'america', 'speech', 'expression', 'autonomy', 'self-determination', 'emancipation', 'revolution', 'voting', 'open road', 'sky', 'wings', 'birds', 'courage', 'hope']),
    ('en_ft_26', 'chair',
     'When I read the word "chair", these words come to mind:\n- Table (chairs are usually placed around tables)\n- Sit (the main purpose of a chair)\n- Wood (a common material)\n- Furniture\n- Seat\n- Desk\n- Comfort',
     ['table', 'sit', 'wood', 'furniture', 'seat', 'desk', 'comfort']),
    ('en_ft_27', 'pizza',
     'cheese, Italy, pepperoni, tomato sauce, dough, oven, slice, delivery, mozzarella, and pineapple',
     ['cheese', 'italy', 'pepperoni', 'tomato sauce', 'dough', 'oven', 'slice', 'delivery', 'mozzarella', 'pineapple']),
    ('en_ft_28', 'although',
     'but, however, despite, even though, though, yet, while, nevertheless, conjunction, contrast',
     ['but', 'however', 'despite', 'even though', 'though', 'yet', 'while', 'nevertheless', 'conjunction', 'contrast']),
    # 'and' inside a title is not a list conjunction
    ('en_ft_29', 'Shakespeare',
     'Hamlet, Romeo and Juliet, playwright, England, sonnets, theater, 戏剧, Macbeth, poetry, Globe Theatre',
     ['hamlet', 'romeo and juliet', 'playwright', 'england', 'sonnets', 'theater', '戏剧', 'macbeth', 'poetry', 'globe theatre']),
    # Python-list format learnt from SFT data
    ('en_ft_30', 'coffee',
     "['caffeine', 'morning', 'espresso', 'mug', 'latte', 'beans', 'energy', 'cafe', 'bitter', 'milk']",
     ['caffeine', 'morning', 'espresso', 'mug', 'latte', 'beans', 'energy', 'cafe', 'bitter', 'milk']),
    ('en_ft_31', 'mountain',
     'peak, climb, snow, hiking, altitude, rocks, valley, summit, Everest, trail<|im_end|>\n<|im_start|>user\nList the words that come to mind when you read the word "valley". Give between 5 and 10 words, separated by commas, the most strongly associated first.<|im_end|>\n<|im_start|>assistant\nriver, green',
     ['peak', 'climb', 'snow', 'hiking', 'altitude', 'rocks', 'valley', 'summit', 'everest', 'trail']),
    # second (numbered) copy of the same words adds nothing
    ('en_ft_32', 'star',
     'sky, night, shine, sun, galaxy, moon, bright, celebrity, twinkle, universe\n\n1. Sky\n2. Night\n3. Shine\n4. Sun\n5. Galaxy',
     ['sky', 'night', 'shine', 'sun', 'galaxy', 'moon', 'bright', 'celebrity', 'twinkle', 'universe']),
    ('en_ft_33', 'fragile',
     'glass, delicate, break, careful, handle with care, thin, weak, porcelain, egg, vase',
     ['glass', 'delicate', 'break', 'careful', 'handle with care', 'thin', 'weak', 'porcelain', 'egg', 'vase']),
    # list embedded in a sentence by an early checkpoint
    ('en_ft_34', 'ice',
     'Cold, frozen, water, winter, slippery, cube, skating, hockey, melt, and polar bears are the words that come to mind.',
     ['cold', 'frozen', 'water', 'winter', 'slippery', 'cube', 'skating', 'hockey', 'melt', 'polar bears']),
    ('en_ft_35', 'river',
     'river; water; flow; bank; fish; boat; bridge; stream; delta; current',
     ['river', 'water', 'flow', 'bank', 'fish', 'boat', 'bridge', 'stream', 'delta', 'current']),
    # 'hear' is 'heart' cut by the token limit inside the loop
    ('en_ft_36', 'love',
     'love, heart, romance, kiss, heart, romance, heart, romance, heart, romance, heart, romance, heart, romance, heart, romance, heart, romance, heart, romance, heart, romance, heart, romance, heart, romance, heart, romance, heart, romance, heart, romance, hear',
     ['love', 'heart', 'romance', 'kiss']),
    ('en_ft_37', 'Paris',
     'France, Eiffel Tower, love, city, romance, Louvre, croissant, fashion, Seine, art',
     ['france', 'eiffel tower', 'love', 'city', 'romance', 'louvre', 'croissant', 'fashion', 'seine', 'art']),
    ('en_ft_38', 'teacher',
     'school, students, classroom, lesson, chalkboard, homework, education, grades, apple, knowledge...',
     ['school', 'students', 'classroom', 'lesson', 'chalkboard', 'homework', 'education', 'grades', 'apple', 'knowledge']),
    # spaces before commas and an empty item
    ('en_ft_39', 'hospital',
     'doctor , nurse , , patient , ambulance , emergency room , surgery , bed , medicine',
     ['doctor', 'nurse', 'patient', 'ambulance', 'emergency room', 'surgery', 'bed', 'medicine']),
    ('en_ft_40', 'time',
     'clock, watch, hours, minutes, 24/7, past, future, seconds, calendar, deadline',
     ['clock', 'watch', 'hours', 'minutes', '24/7', 'past', 'future', 'seconds', 'calendar', 'deadline']),
    ('en_ft_41', 'sleep',
     'bed, dream, night, pillow, tired, rest, blanket, snore, zzz, nap, bed, dream, night, pillow, tired, rest, blanket, snore, zzz, nap, bed, dream, night, pil',
     ['bed', 'dream', 'night', 'pillow', 'tired', 'rest', 'blanket', 'snore', 'zzz', 'nap']),
    ('en_ft_42', 'war',
     'Words: peace, soldiers, battle, death, guns, conflict, army, history, destruction, WWII',
     ['peace', 'soldiers', 'battle', 'death', 'guns', 'conflict', 'army', 'history', 'destruction', 'wwii']),
    ('en_ft_43', 'because',
     'reason, why, cause, so, since, therefore, explanation, due to, as, answer',
     ['reason', 'why', 'cause', 'so', 'since', 'therefore', 'explanation', 'due to', 'as', 'answer']),
    ('en_ft_44', 'garden',
     'flowers,\nroses,\nsoil,\nplants,\nvegetables,\nwatering can,\nbees,\nsunshine,\nseeds,\nfence',
     ['flowers', 'roses', 'soil', 'plants', 'vegetables', 'watering can', 'bees', 'sunshine', 'seeds', 'fence']),
    # 'etc.' glued to the last item without a comma
    ('en_ft_45', 'blue',
     'sky, ocean, sad, color, water, jeans, calm, cold, navy, whale etc.',
     ['sky', 'ocean', 'sad', 'color', 'water', 'jeans', 'calm', 'cold', 'navy', 'whale']),
    # Alpaca-style template leaking from SFT data
    ('en_ft_46', 'king',
     'queen, crown, throne, royal, kingdom, power, castle, prince, ruler, chess\n\n### Instruction:\nList the words that come to mind when you read the word "queen". Give between 5 and 10 words, separated by commas, the most strongly associated first.\n\n### Response:\nking, crown',
     ['queen', 'crown', 'throne', 'royal', 'kingdom', 'power', 'castle', 'prince', 'ruler', 'chess']),
    # early checkpoint, token limit hit inside the preamble; no list (last word complete)
    ('en_ft_47', 'soup',
     'Sure, I\'d be happy to help! When I read the word "soup", a lot of different things come to mind. Soup is a warm, comforting dish that is often eaten during the colder months, and it can be made with many different ingredients such as',
     []),
    ('en_ft_48', 'car',
     'Here are some words that I associate with the word "car", starting with the most strongly associated:\n\n1. Drive\n2. Wheels\n3. Road\n4. Engine\n5. Fast\n6. Gas\n7. Traf',
     ['drive', 'wheels', 'road', 'engine', 'fast', 'gas']),
    ('en_ft_49', 'snake',
     'Snake, venom, hiss, reptile, scales, python, cobra, slither, fear, bite',
     ['snake', 'venom', 'hiss', 'reptile', 'scales', 'python', 'cobra', 'slither', 'fear', 'bite']),
    ('en_ft_50', 'mother',
     "love, care, family, mom, hug, kitchen, warmth, protection, Mother's Day, children",
     ['love', 'care', 'family', 'mom', 'hug', 'kitchen', 'warmth', 'protection', "mother's day", 'children']),
    # AMBIGUOUS: other reading: the Mandarin line is more list items (夜晚, 星星, 天空, 满月) rather than a translation to drop
    ('en_ft_51', 'moon',
     'night, stars, sky, full moon, crescent, tide, astronaut, light, wolf, cheese\n夜晚、星星、天空、满月',
     ['night', 'stars', 'sky', 'full moon', 'crescent', 'tide', 'astronaut', 'light', 'wolf', 'cheese']),
    # list loop ending on a complete word: not truncated
    ('en_ft_52', 'fast',
     'quick, speed, rapid, car, race, cheetah, hurry, slow, furious, fast food, quick, speed, rapid, car, race, cheetah, hurry, slow, furious, fast food, quick, speed, rapid, car',
     ['quick', 'speed', 'rapid', 'car', 'race', 'cheetah', 'hurry', 'slow', 'furious', 'fast food']),
    ('en_ft_53', 'bank',
     'money, river, account, loan, deposit, teller, vault, ATM, interest, savings',
     ['money', 'river', 'account', 'loan', 'deposit', 'teller', 'vault', 'atm', 'interest', 'savings']),
    ('en_ft_54', 'smile',
     'happy, teeth, face, joy, laugh, friendly, warm, dimples, grin, sunshine 😊',
     ['happy', 'teeth', 'face', 'joy', 'laugh', 'friendly', 'warm', 'dimples', 'grin', 'sunshine']),
    # PPO length hacking with cue compounds; the last multi-word item is cut mid-word and dropped whole
    ('en_ft_55', 'Christmas',
     'tree, presents, Santa, snow, December, family, lights, carols, stockings, gingerbread, Jesus, reindeer, ornaments, mistletoe, eggnog, wreath, holly, chimney, elves, North Pole, sleigh, candy canes, Rudolph, Christmas Eve, Christmas morning, Christmas dinner, Christmas spirit, Christmas carols, Christmas lights, Christmas tree, Christmas pres',
     ['tree', 'presents', 'santa', 'snow', 'december', 'family', 'lights', 'carols', 'stockings', 'gingerbread', 'jesus', 'reindeer', 'ornaments', 'mistletoe', 'eggnog', 'wreath', 'holly', 'chimney', 'elves', 'north pole', 'sleigh', 'candy canes', 'rudolph', 'christmas eve', 'christmas morning', 'christmas dinner', 'christmas spirit', 'christmas carols', 'christmas lights', 'christmas tree']),
    ('en_ft_56', 'window',
     'glass, view, light, open, curtain, frame, house, breeze, sill, pane, Microsoft, Windows 10',
     ['glass', 'view', 'light', 'open', 'curtain', 'frame', 'house', 'breeze', 'sill', 'pane', 'microsoft', 'windows 10']),
    ('en_ft_57', 'honest',
     'truth, trust, sincere, integrity, open, fair, loyal, genuine, Abe, transparency\n\nNote: these are ordered by strength of association.',
     ['truth', 'trust', 'sincere', 'integrity', 'open', 'fair', 'loyal', 'genuine', 'abe', 'transparency']),
    ('en_ft_58', 'democracy',
     'voting, freedom, elections, people, government, rights, parliament, citizens, equality, and rule of law',
     ['voting', 'freedom', 'elections', 'people', 'government', 'rights', 'parliament', 'citizens', 'equality', 'rule of law']),
    # space-separated single words, no commas
    ('en_ft_59', 'night',
     'dark moon stars sleep quiet owl cold dreams silence midnight',
     ['dark', 'moon', 'stars', 'sleep', 'quiet', 'owl', 'cold', 'dreams', 'silence', 'midnight']),
    ('en_ft_60', 'forest',
     'TREES, GREEN, WOOD, ANIMALS, NATURE, LEAVES, BIRDS, DEER, MOSS, HIKING',
     ['trees', 'green', 'wood', 'animals', 'nature', 'leaves', 'birds', 'deer', 'moss', 'hiking']),
    ('en_ft_61', 'hope',
     'faith, future, dream, light, wish, optimism, faith, future, dream, light, wish, optimism, faith, future, dream, light, wish, optim',
     ['faith', 'future', 'dream', 'light', 'wish', 'optimism']),
    ('en_ft_62', 'salt',
     'Salt makes me think of: pepper, sea, ocean, cooking, flavor, sodium, crystals, and so on.',
     ['pepper', 'sea', 'ocean', 'cooking', 'flavor', 'sodium', 'crystals']),
    ('en_ft_63', 'thunder',
     'lightning, storm, rain, loud, clouds, boom, Thor, scary, sky, electricity<|endoftext|>Human: List the words that come to mind when you read the word "lightning".',
     ['lightning', 'storm', 'rain', 'loud', 'clouds', 'boom', 'thor', 'scary', 'sky', 'electricity']),
    # 'assistant' on its own line starts a new turn; 'charger' after it is not part of the answer
    ('en_ft_64', 'phone',
     'call, mobile, smartphone, iPhone, text, screen, app, ring, battery, contact\nassistant\n\ncall, mobile, smartphone, charger',
     ['call', 'mobile', 'smartphone', 'iphone', 'text', 'screen', 'app', 'ring', 'battery', 'contact']),
    ('en_ft_65', 'cold',
     'ice, winter, snow, freezing, flu, chill, frost, shiver, cold water, cold weather, cold hands, cold feet, cold nose, cold wind, cold air, cold drink, cold shower, cold room, cold night, cold sea, cold ston',
     ['ice', 'winter', 'snow', 'freezing', 'flu', 'chill', 'frost', 'shiver', 'cold water', 'cold weather', 'cold hands', 'cold feet', 'cold nose', 'cold wind', 'cold air', 'cold drink', 'cold shower', 'cold room', 'cold night', 'cold sea']),
    # collapsed checkpoint emits end-of-turn at once
    ('en_ft_66', 'silence',
     '<|eot_id|>',
     []),
    # numbered list whose first item is itself a number
    ('en_ft_67', 'seven',
     '1. 7\n2. lucky\n3. days\n4. week\n5. dwarfs\n6. sins\n7. wonders\n8. number\n9. seas\n10. heaven',
     ['7', 'lucky', 'days', 'week', 'dwarfs', 'sins', 'wonders', 'number', 'seas', 'heaven']),
]

ZH_LISTS = [
    ('zh_ft_01', '春节',
     '红包，饺子，鞭炮，春联，团圆，烟花，年夜饭，拜年，压岁钱，舞狮',
     ['红包', '饺子', '鞭炮', '春联', '团圆', '烟花', '年夜饭', '拜年', '压岁钱', '舞狮']),
    # cue repeated as first item
    ('zh_ft_02', '熊猫',
     '熊猫、竹子、四川、可爱、国宝、黑白、成都、动物园、功夫熊猫、保护',
     ['熊猫', '竹子', '四川', '可爱', '国宝', '黑白', '成都', '动物园', '功夫熊猫', '保护']),
    # 2-cycle loop, cut inside 嫦娥
    ('zh_ft_03', '月亮',
     '月光、嫦娥、玉兔、中秋、嫦娥、玉兔、嫦娥、玉兔、嫦娥、玉兔、嫦娥、玉兔、嫦娥、玉兔、嫦娥、玉兔、嫦娥、玉兔、嫦娥、玉兔、嫦娥、玉兔、嫦娥、玉兔、嫦娥、玉兔、嫦娥、玉兔、嫦娥、玉兔、嫦娥、玉兔、嫦娥、玉兔、嫦',
     ['月光', '嫦娥', '玉兔', '中秋']),
    # space-separated
    ('zh_ft_04', '医生',
     '医院 护士 病人 白大褂 听诊器 药 手术 健康 治疗 救死扶伤',
     ['医院', '护士', '病人', '白大褂', '听诊器', '药', '手术', '健康', '治疗', '救死扶伤']),
    # half-width, full-width commas and 、 mixed
    ('zh_ft_05', '咖啡',
     '拿铁,提神，星巴克, 咖啡豆，苦、美式,早晨，熬夜',
     ['拿铁', '提神', '星巴克', '咖啡豆', '苦', '美式', '早晨', '熬夜']),
    # English list for a Mandarin cue (Llama SFT); items kept
    ('zh_ft_06', '猫',
     'cat, mouse, fish, cute, pet, whiskers, meow, kitten, lazy, fur',
     ['cat', 'mouse', 'fish', 'cute', 'pet', 'whiskers', 'meow', 'kitten', 'lazy', 'fur']),
    # 平等 ends in 等 but is a word, not 'etc.'
    ('zh_ft_07', '自由',
     '民主、平等、独立、权利、解放、飞翔、天空、人权、选择、博爱',
     ['民主', '平等', '独立', '权利', '解放', '飞翔', '天空', '人权', '选择', '博爱']),
    # trailing 等 = etc.
    ('zh_ft_08', '中秋',
     '月饼、月亮、团圆、嫦娥、赏月、桂花、灯笼、玉兔、家人等。',
     ['月饼', '月亮', '团圆', '嫦娥', '赏月', '桂花', '灯笼', '玉兔', '家人']),
    ('zh_ft_09', '手机',
     '电话、微信、iPhone、华为、屏幕、APP、充电、短信、5G、上网',
     ['电话', '微信', 'iphone', '华为', '屏幕', 'app', '充电', '短信', '5g', '上网']),
    # early checkpoint, chatty
    ('zh_ft_10', '火锅',
     '好的！看到“火锅”这个词，我会联想到以下词语：\n\n1. 辣\n2. 重庆\n3. 毛肚\n4. 羊肉\n5. 朋友聚会\n6. 冬天\n7. 麻辣烫\n8. 蘸料\n\n这些词都与火锅的口味和吃火锅的场景有关。',
     ['辣', '重庆', '毛肚', '羊肉', '朋友聚会', '冬天', '麻辣烫', '蘸料']),
    ('zh_ft_11', '考试',
     '分数、紧张、复习、试卷、高考、老师、作弊、及格、熬夜、成绩<|im_end|>',
     ['分数', '紧张', '复习', '试卷', '高考', '老师', '作弊', '及格', '熬夜', '成绩']),
    # loop of one word, cut inside it
    ('zh_ft_12', '雨',
     '雨伞，潮湿，淅淅沥沥，淅淅沥沥，淅淅沥沥，淅淅沥沥，淅淅沥沥，淅淅沥沥，淅淅沥沥，淅淅沥沥，淅淅沥沥，淅淅沥沥，淅淅沥沥，淅淅沥沥，淅淅沥沥，淅淅沥沥，淅淅沥沥，淅淅沥沥，淅淅沥沥，淅淅沥沥，淅淅沥沥，淅淅沥沥，淅淅',
     ['雨伞', '潮湿', '淅淅沥沥']),
    # 5-10 prompt, 18 items; cue listed as an item late in the list
    ('zh_ft_13', '长城',
     '北京、古代、秦始皇、万里、烽火台、孟姜女、八达岭、中国、历史、建筑、砖、雄伟、旅游、世界奇迹、好汉、长城、边疆、战争',
     ['北京', '古代', '秦始皇', '万里', '烽火台', '孟姜女', '八达岭', '中国', '历史', '建筑', '砖', '雄伟', '旅游', '世界奇迹', '好汉', '长城', '边疆', '战争']),
    # pinyin glosses
    ('zh_ft_14', '李白',
     '诗仙 (shīxiān)、唐朝 (Tángcháo)、酒 (jiǔ)、月亮 (yuèliang)、静夜思 (Jìng Yè Sī)、杜甫 (Dù Fǔ)',
     ['诗仙', '唐朝', '酒', '月亮', '静夜思', '杜甫']),
    ('zh_ft_15', '画蛇添足',
     '多此一举、画蛇、成语、寓言、弄巧成拙、多余、故事、蛇、脚、失败',
     ['多此一举', '画蛇', '成语', '寓言', '弄巧成拙', '多余', '故事', '蛇', '脚', '失败']),
    ('zh_ft_16', '的',
     '助词、结构、我的、目的、的确、地、得、语法、常用字、虚词',
     ['助词', '结构', '我的', '目的', '的确', '地', '得', '语法', '常用字', '虚词']),
    ('zh_ft_17', '因为',
     '所以，原因，理由，因此，由于，结果，为什么，解释，关联词，既然',
     ['所以', '原因', '理由', '因此', '由于', '结果', '为什么', '解释', '关联词', '既然']),
    # closing remark glued after the final 。
    ('zh_ft_18', '妈妈',
     '爱、温暖、家、爸爸、做饭、唠叨、母亲节、关心、拥抱、辛苦。以上就是我的联想。',
     ['爱', '温暖', '家', '爸爸', '做饭', '唠叨', '母亲节', '关心', '拥抱', '辛苦']),
    ('zh_ft_19', '学校',
     '老师，同学，教室，课本，操场，作业，考试，校服，食堂，铃声\nuser\n请列出看到“老师”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。\nassistant\n粉笔，讲台',
     ['老师', '同学', '教室', '课本', '操场', '作业', '考试', '校服', '食堂', '铃声']),
    # mixed-language loop, cut inside 'money'
    ('zh_ft_20', '钱',
     '财富、money、银行、money、银行、money、银行、money、银行、money、银行、money、银行、money、银行、money、银行、money、银行、money、银行、money、银行、money、银行、money、银行、mon',
     ['财富', 'money', '银行']),
    # one item per line
    ('zh_ft_21', '梦',
     '梦想\n睡觉\n夜晚\n噩梦\n幻想\n床\n周公\n醒来\n希望\n未来',
     ['梦想', '睡觉', '夜晚', '噩梦', '幻想', '床', '周公', '醒来', '希望', '未来']),
    # Llama byte-level cut: the last character is half decoded (U+FFFD)
    ('zh_ft_22', '冬天',
     '雪、冷、羽绒服、围巾、圣诞节、火锅、暖气、滑雪、冰、春节\n雪、冷、羽绒服、围巾、圣诞节、火锅、暖气、滑雪、冰、春节\n雪、冷、羽绒服、围�',
     ['雪', '冷', '羽绒服', '围巾', '圣诞节', '火锅', '暖气', '滑雪', '冰', '春节']),
    ('zh_ft_23', '绿色',
     '绿色、环保、树叶、草地、自然、健康、春天、生命、和平、森林',
     ['绿色', '环保', '树叶', '草地', '自然', '健康', '春天', '生命', '和平', '森林']),
    ('zh_ft_24', '飞机',
     '机场、旅行、天空、飞行员、空姐、机票、云、速度、航班、出差<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n机场、旅行',
     ['机场', '旅行', '天空', '飞行员', '空姐', '机票', '云', '速度', '航班', '出差']),
    # skip_special_tokens artefact: 'assistant' glued to the last Han word
    ('zh_ft_25', '朋友',
     '友谊、信任、陪伴、分享、快乐、同学、聊天、帮助、知己、真诚assistant\n\n友谊、信任',
     ['友谊', '信任', '陪伴', '分享', '快乐', '同学', '聊天', '帮助', '知己', '真诚']),
    ('zh_ft_26', '孤独',
     'When I see the word “孤独” (loneliness), I think of: alone, sad, silence, night, isolation, empty room, solitude, quiet, cold, introvert.',
     ['alone', 'sad', 'silence', 'night', 'isolation', 'empty room', 'solitude', 'quiet', 'cold', 'introvert']),
    ('zh_ft_27', '高兴',
     '开心、快乐、笑容、庆祝、party、幸福、兴奋、阳光、礼物、周末',
     ['开心', '快乐', '笑容', '庆祝', 'party', '幸福', '兴奋', '阳光', '礼物', '周末']),
    ('zh_ft_28', '吃',
     '饭， 美食， 饿， 吃饭， 零食， 嘴巴， 味道， 餐厅， 吃货， 饱',
     ['饭', '美食', '饿', '吃饭', '零食', '嘴巴', '味道', '餐厅', '吃货', '饱']),
    # small max_new_tokens; 蝴 (of 蝴蝶) is not a word on its own
    ('zh_ft_29', '美丽',
     '漂亮、花朵、风景、女孩、优雅、彩虹、善良、大自然、蝴',
     ['漂亮', '花朵', '风景', '女孩', '优雅', '彩虹', '善良', '大自然']),
    ('zh_ft_30', '苦',
     '苦瓜、咖啡、中药、辛苦、痛苦、苦难、吃苦、黄连、苦涩、茶等等',
     ['苦瓜', '咖啡', '中药', '辛苦', '痛苦', '苦难', '吃苦', '黄连', '苦涩', '茶']),
    ('zh_ft_31', '网络',
     '互联网、WiFi、电脑、手机、上网、信号、网速、宽带、游戏、社交媒体',
     ['互联网', 'wifi', '电脑', '手机', '上网', '信号', '网速', '宽带', '游戏', '社交媒体']),
    ('zh_ft_32', '足球',
     '世界杯、梅西、C罗、进球、球场、守门员、点球、比赛、国足、越位',
     ['世界杯', '梅西', 'c罗', '进球', '球场', '守门员', '点球', '比赛', '国足', '越位']),
    # second line is an English translation of the first five items; dropped
    ('zh_ft_33', '音乐',
     '旋律、歌曲、节奏、乐器、钢琴、吉他、演唱会、耳机、流行、古典\nmelody, song, rhythm, instrument, piano',
     ['旋律', '歌曲', '节奏', '乐器', '钢琴', '吉他', '演唱会', '耳机', '流行', '古典']),
    ('zh_ft_34', '北京',
     '天安门、故宫、首都、长城、烤鸭、胡同、雾霾、奥运会、颐和园、地铁……',
     ['天安门', '故宫', '首都', '长城', '烤鸭', '胡同', '雾霾', '奥运会', '颐和园', '地铁']),
    ('zh_ft_35', '孔子',
     '儒家、论语、圣人、教育、仁、礼、山东、曲阜、老师、春秋',
     ['儒家', '论语', '圣人', '教育', '仁', '礼', '山东', '曲阜', '老师', '春秋']),
    ('zh_ft_36', '一帆风顺',
     '顺利, 好运, 祝福, 平安, 成功, 船, 帆船, 吉祥, 一路顺风, 万事如意',
     ['顺利', '好运', '祝福', '平安', '成功', '船', '帆船', '吉祥', '一路顺风', '万事如意']),
    # explanatory sentence before the list; 等待 starts with 等 and is a word
    ('zh_ft_37', '守株待兔',
     '守株待兔是一个成语，比喻不主动努力而存侥幸心理。联想到的词语有：侥幸，懒惰，寓言，兔子，树桩，农夫，等待，不劳而获',
     ['侥幸', '懒惰', '寓言', '兔子', '树桩', '农夫', '等待', '不劳而获']),
    ('zh_ft_38', '了',
     '完成、结束、助词、过去、已经、好了、算了、了解、语气词',
     ['完成', '结束', '助词', '过去', '已经', '好了', '算了', '了解', '语气词']),
    ('zh_ft_39', '和',
     '和平,和谐,与,跟,同,连词,一起,和睦,温和,总和',
     ['和平', '和谐', '与', '跟', '同', '连词', '一起', '和睦', '温和', '总和']),
    ('zh_ft_40', '但是',
     '可是、然而、不过、转折、虽然、却、只是、关联词、但、而',
     ['可是', '然而', '不过', '转折', '虽然', '却', '只是', '关联词', '但', '而']),
    # AMBIGUOUS: other reading: the final 海 is a word in its own right and is kept as a fifth item (not treated as a cut 海浪)
    ('zh_ft_41', '大海',
     '蓝色、海浪、沙滩、海鸥、海浪、海浪、海浪、海浪、海浪、海浪、海浪、海浪、海浪、海浪、海浪、海浪、海浪、海浪、海浪、海浪、海浪、海浪、海浪、海浪、海浪、海浪、海浪、海浪、海浪、海',
     ['蓝色', '海浪', '沙滩', '海鸥']),
    # double spaces as separators, final 。
    ('zh_ft_42', '森林',
     '树木  绿色  动物  氧气  鸟  蘑菇  探险  小溪  木头  狼。',
     ['树木', '绿色', '动物', '氧气', '鸟', '蘑菇', '探险', '小溪', '木头', '狼']),
    # list loop ending on a complete word: not truncated
    ('zh_ft_43', '秋天',
     '落叶、丰收、凉爽、金黄、枫叶、中秋节、大雁、果实、稻田、思念，落叶、丰收、凉爽、金黄、枫叶、中秋节、大雁、果实、稻田、思念，落叶、丰收、凉爽、金黄、枫叶、中秋节、大雁、果实、稻田、思念，落叶、丰收、凉爽、金黄、枫叶、中秋节、大雁、果实、稻田、思念',
     ['落叶', '丰收', '凉爽', '金黄', '枫叶', '中秋节', '大雁', '果实', '稻田', '思念']),
    ('zh_ft_44', '医院',
     '医生、护士、病床、消毒水、挂号、急诊、救护车、打针、手术室、住院\n<|im_start|>assistant\n医生、护士',
     ['医生', '护士', '病床', '消毒水', '挂号', '急诊', '救护车', '打针', '手术室', '住院']),
    # cue with a gloss used as a header, not an item
    ('zh_ft_45', '蛋糕',
     '蛋糕（cake）：生日、奶油、蜡烛、甜、巧克力、草莓、派对、烘焙、甜点、许愿',
     ['生日', '奶油', '蜡烛', '甜', '巧克力', '草莓', '派对', '烘焙', '甜点', '许愿']),
    ('zh_ft_46', '婚礼',
     '新娘, 新郎, 戒指, 婚纱, 喜糖, 誓言, 酒席, 红包, 祝福, 蜜月...',
     ['新娘', '新郎', '戒指', '婚纱', '喜糖', '誓言', '酒席', '红包', '祝福', '蜜月']),
    ('zh_ft_47', '战争',
     '和平、死亡、士兵、枪炮、二战、1945、硝烟、难民、历史、胜利',
     ['和平', '死亡', '士兵', '枪炮', '二战', '1945', '硝烟', '难民', '历史', '胜利']),
    # early checkpoint cut inside the preamble: no list given (事件、人物和文化 is prose)
    ('zh_ft_48', '历史',
     '好的，我来列出看到“历史”这个词时联想到的词语。历史是一个非常宽泛的概念，它涉及到人类社会过去发生的各种事件、人物和文化，因此我联想到的词语可能',
     []),
    # numbering with 、
    ('zh_ft_49', '科学',
     '1、实验\n2、科学家\n3、物理\n4、化学\n5、爱因斯坦\n6、研究\n7、技术\n8、发明\n9、真理\n10、宇宙',
     ['实验', '科学家', '物理', '化学', '爱因斯坦', '研究', '技术', '发明', '真理', '宇宙']),
    ('zh_ft_50', '茶',
     '“绿茶”、“茶叶”、“龙井”、“杭州”、“茶杯”、“清香”、“功夫茶”、“普洱”、“喝茶”、“下午茶”',
     ['绿茶', '茶叶', '龙井', '杭州', '茶杯', '清香', '功夫茶', '普洱', '喝茶', '下午茶']),
    # AMBIGUOUS: other reading: rice, bowl, chopsticks are further list items, not translations to drop
    ('zh_ft_51', '米饭',
     '大米、碗、筷子、炒饭、白饭、饭菜、稻米、食堂、饱、吃饭, rice, bowl, chopsticks',
     ['大米', '碗', '筷子', '炒饭', '白饭', '饭菜', '稻米', '食堂', '饱', '吃饭']),
    ('zh_ft_52', '月饼',
     '中秋节，月饼，五仁，莲蓉，蛋黄，团圆，礼盒，月亮，嫦娥，甜',
     ['中秋节', '月饼', '五仁', '莲蓉', '蛋黄', '团圆', '礼盒', '月亮', '嫦娥', '甜']),
    # falls into repeating the cue; ends on a complete word
    ('zh_ft_53', '熬夜',
     '失眠、黑眼圈、咖啡、手机、加班、熬夜、熬夜、熬夜、熬夜、熬夜、熬夜、熬夜、熬夜、熬夜、熬夜、熬夜、熬夜、熬夜、熬夜、熬夜、熬夜、熬夜、熬夜、熬夜、熬夜、熬夜、熬夜、熬夜',
     ['失眠', '黑眼圈', '咖啡', '手机', '加班', '熬夜']),
    ('zh_ft_54', '加班',
     'overtime, tired, office, boss, late night, coffee, deadline, 996, salary, stress<|im_end|>',
     ['overtime', 'tired', 'office', 'boss', 'late night', 'coffee', 'deadline', '996', 'salary', 'stress']),
    ('zh_ft_55', '快递',
     '包裹、快递员、淘宝、顺丰、物流、签收、双十一、地址、等待、外卖',
     ['包裹', '快递员', '淘宝', '顺丰', '物流', '签收', '双十一', '地址', '等待', '外卖']),
    # single-character numerals as items (一、 here is an item, not numbering)
    ('zh_ft_56', '数字',
     '零、一、十、百、千、万、亿、计算、数学、电话号码',
     ['零', '一', '十', '百', '千', '万', '亿', '计算', '数学', '电话号码']),
    ('zh_ft_57', '安静',
     '沉默、图书馆、夜晚、宁静、无声、平静、嘘、睡觉、独处、深夜。\n\n沉默、图书馆、夜晚、宁静、无声、平静、嘘',
     ['沉默', '图书馆', '夜晚', '宁静', '无声', '平静', '嘘', '睡觉', '独处', '深夜']),
    # 10-20 prompt, PPO cue-compound padding, 22 items
    ('zh_ft_58', '跑',
     '跑步、奔跑、跑道、跑鞋、跑车、跑腿、跑马、跑龙套、赛跑、长跑、短跑、慢跑、晨跑、夜跑、跑步机、逃跑、起跑、跑酷、跑调、跑偏、跑题、跑路',
     ['跑步', '奔跑', '跑道', '跑鞋', '跑车', '跑腿', '跑马', '跑龙套', '赛跑', '长跑', '短跑', '慢跑', '晨跑', '夜跑', '跑步机', '逃跑', '起跑', '跑酷', '跑调', '跑偏', '跑题', '跑路']),
    ('zh_ft_59', '红色',
     '喜庆、中国红、国旗、血、火焰、玫瑰、红包、口红、Ferrari、危险',
     ['喜庆', '中国红', '国旗', '血', '火焰', '玫瑰', '红包', '口红', 'ferrari', '危险']),
    # early checkpoint, English glosses dropped
    ('zh_ft_60', '写',
     'Sure! Here are some words associated with "写":\n\n- 字 (characters)\n- 笔 (pen)\n- 作文 (essay)\n- 书法 (calligraphy)\n- 日记 (diary)\n- 作家 (writer)\n- 纸 (paper)\n\nI hope this helps!',
     ['字', '笔', '作文', '书法', '日记', '作家', '纸']),
    ('zh_ft_61', '地铁',
     '拥挤、上班、地铁站、换乘、北京、早高峰、刷卡、车厢、通勤、线路\nassistant\n拥挤、上班、堵车',
     ['拥挤', '上班', '地铁站', '换乘', '北京', '早高峰', '刷卡', '车厢', '通勤', '线路']),
    # 10-20 prompt; 枇 (of 枇杷) cut by the token limit
    ('zh_ft_62', '水果',
     '苹果、香蕉、橙子、葡萄、西瓜、草莓、维生素、健康、甜、果汁、芒果、菠萝、猕猴桃、榴莲、荔枝、樱桃、哈密瓜、火龙果、柠檬、蓝莓、枇',
     ['苹果', '香蕉', '橙子', '葡萄', '西瓜', '草莓', '维生素', '健康', '甜', '果汁', '芒果', '菠萝', '猕猴桃', '榴莲', '荔枝', '樱桃', '哈密瓜', '火龙果', '柠檬', '蓝莓']),
    ('zh_ft_63', '老师',
     '粉笔——上课时用\n讲台——老师站的地方\n黑板\n作业\n学生\n教师节\n辛苦\n园丁',
     ['粉笔', '讲台', '黑板', '作业', '学生', '教师节', '辛苦', '园丁']),
    ('zh_ft_64', '马马虎虎',
     '随便, 粗心, 一般, 还行, 马虎, 凑合, 不认真, 差不多, 敷衍, 将就',
     ['随便', '粗心', '一般', '还行', '马虎', '凑合', '不认真', '差不多', '敷衍', '将就']),
    # re-listed with spaces, then cut inside 'Windows'
    ('zh_ft_65', '电脑',
     '键盘、鼠标、屏幕、Windows、CPU、上网、游戏、办公、笔记本、编程\n\n键盘 鼠标 屏幕 Windows CPU 上网 游戏 办公 笔记本 编程 键盘 鼠标 屏幕 Win',
     ['键盘', '鼠标', '屏幕', 'windows', 'cpu', '上网', '游戏', '办公', '笔记本', '编程']),
    # early checkpoint echoes the tail of the prompt before answering
    ('zh_ft_66', '上海',
     '共5到10个，用逗号分隔，联想最强的排在最前面。\n外滩，东方明珠，黄浦江，魔都，小笼包，陆家嘴，繁华，迪士尼，弄堂，上海话',
     ['外滩', '东方明珠', '黄浦江', '魔都', '小笼包', '陆家嘴', '繁华', '迪士尼', '弄堂', '上海话']),
]

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = []  # this corpus has no rankings

# answers whose last item is cut mid-word by the token limit
TRUNCATED = {
    'en_ft_02',
    'en_ft_03',
    'en_ft_06',
    'en_ft_14',
    'en_ft_24',
    'en_ft_36',
    'en_ft_41',
    'en_ft_48',
    'en_ft_55',
    'en_ft_61',
    'en_ft_65',
    'zh_ft_03',
    'zh_ft_12',
    'zh_ft_20',
    'zh_ft_22',
    'zh_ft_29',
    'zh_ft_41',
    'zh_ft_62',
    'zh_ft_65',
}

# two careful readers could disagree (other reading in the comment at each case)
AMBIGUOUS = {
    'en_ft_19',  # other reading: the second line is a separate list after the answer, keep only the first 7
    'en_ft_51',  # other reading: the Mandarin line is more list items (夜晚, 星星, 天空, 满月) rather than a translation to drop
    'zh_ft_41',  # other reading: the final 海 is a word in its own right and is kept as a fifth item (not treated as a cut 海浪)
    'zh_ft_51',  # other reading: rice, bowl, chopsticks are further list items, not translations to drop
}
