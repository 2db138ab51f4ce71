"""Blind answer corpus 27 for the word-association answer parser.

Written blind on 2026-12-07 by a helper session: the writer did not read the
parser, the other tests, or any other file of the repository.  Every text is
invented; none is copied from real model output.

Emphasis: BASE (pre-trained, not instruction-tuned) models -- Llama-3.1-8B and
Qwen2.5-7B base -- given the default prompt as plain text (no chat template)
and continuing it, in English and Mandarin, greedy and sampled, with a token
limit of 64-128.  Each text is only the continuation the model wrote after the
prompt.  Base models continue text rather than answer: the list may start
straight after the prompt (often with a leading space), after a newline, or
after a label ("Answer:", "Words:", "答：", "【答案】", "联想词："); the model may
first continue the prompt's own sentence or repeat the instruction; after the
list it may go on with an invented next question ("List the words ... \"mountain\"",
"请列出看到“水”..."), an exam continuation ("2. ...", "二、阅读下面的文字"), a
dialogue ("Q:"/"A:", "A："/"B："), web-page debris ("Posted by", URLs,
"Related:", copyright footers, Baidu-Zhidao chrome), code blocks, tables, quiz
formatting, or a numbered list that turns into a list of other cues.  Many are
cut by the token limit.  All ids are "en_van_NN" / "zh_van_NN" (base models).

Prompts answered (default templates of the project):
  EN: List the words that come to mind when you read the word "{cue}". Give
      between {low} and {high} words, separated by commas, the most strongly
      associated first.
  ZH: 请列出看到“{cue}”这个词时你会联想到的词语，共{low}到{high}个，用逗号分隔，
      联想最强的排在最前面。
(low/high 5 and 10, a few 10 and 20.)

Conventions for expected_words (what a careful human reader takes as the
model's list):
  * lowercased, stripped, in the order written, deduplicated keeping the first
    occurrence;
  * glosses, explanations, scores, category headers, preambles, closing
    remarks, markdown, numbering, emoji, quotes/brackets, special tokens and
    trailing punctuation removed; a conjunction before the last item ("and
    cheese", "和思念") and a closing "等"/"……" are removed;
  * multi-word and phrase associations kept whole ("ice cream", "white coat");
  * the cue kept when it is listed as an item (not when it is only a header or
    label such as "Einstein:" or "黑：");
  * pinyin and translations of a Mandarin word removed (the Han word kept);
  * text after the list that is not part of it is not in the list -- in
    particular a list the model writes for an invented *other* cue is never
    taken, and an answer holding only such lists expects [];
  * an item cut mid-word by the token limit (at the very end of the text) is
    dropped, and the id goes in TRUNCATED; a complete last word is kept;
  * TRUNCATED holds every id whose text ends cut mid-word by the token limit.
    For a few of them the cut falls in trailing debris after a finished list
    (nothing is dropped from the list); these are marked in a comment below;
  * a refusal or an answer with no list for the asked cue expects [];
  * when a short list is followed by a section that re-lists the same words
    with explanations, the words count once, in the order of the first list;
  * AMBIGUOUS marks cases where two careful readers could disagree; the other
    reading is given in a comment.
"""

EN_LISTS = [
    # Llama base, greedy: list straight after the prompt, then an invented next question.
    ("en_van_01", "ocean",
     " water, waves, blue, salt, fish, beach, deep, sailing, tide, shark\n\n"
     "List the words that come to mind when you read the word \"mountain\". Give between 5 and 10 words, "
     "separated by commas, the most strongly associated first. snow, peak, climb, rock, high",
     ["water", "waves", "blue", "salt", "fish", "beach", "deep", "sailing", "tide", "shark"]),

    # "Answer:" label, then a "Question 2" exam continuation.
    ("en_van_02", "bread",
     "\nAnswer: butter, toast, flour, bakery, loaf, yeast, wheat, sandwich\n\n"
     "Question 2: Which of the words above is the least related to \"bread\"? Explain your choice.",
     ["butter", "toast", "flour", "bakery", "loaf", "yeast", "wheat", "sandwich"]),

    # Continues the prompt's sentence first, then the list, then blog footer.
    ("en_van_03", "doctor",
     " Do not repeat any word.\n\nnurse, hospital, medicine, stethoscope, patient, sick, white coat, surgery\n\n"
     "Posted by Unknown at 10:42 AM\nNo comments:\nPost a Comment\n\nNewer Post Older Post Home",
     ["nurse", "hospital", "medicine", "stethoscope", "patient", "sick", "white coat", "surgery"]),

    # Q/A dialogue: the answer, then a new question about another cue with its own answer.
    ("en_van_04", "winter",
     "\n\nA: snow, cold, ice, Christmas, scarf, frost, December, sledding\n\n"
     "Q: List the words that come to mind when you read the word \"summer\".\n\n"
     "A: sun, heat, beach, vacation, swim",
     ["snow", "cold", "ice", "christmas", "scarf", "frost", "december", "sledding"]),

    # Cut mid-word inside the list.
    ("en_van_05", "run",
     " Words: fast, jog, race, marathon, legs, sprint, exercise, sweat, shoes, trac",
     ["fast", "jog", "race", "marathon", "legs", "sprint", "exercise", "sweat", "shoes"]),

    # Function word; list, then a dictionary-style paragraph.
    ("en_van_06", "although",
     " Words: however, but, despite, even though, though, yet, nevertheless, whereas\n\n"
     "The word \"although\" is a conjunction used to introduce a clause that contrasts with the main clause.",
     ["however", "but", "despite", "even though", "though", "yet", "nevertheless", "whereas"]),

    # Name cue used as a header label.
    ("en_van_07", "Einstein",
     "\n\nEinstein: relativity, physics, genius, E=mc2, scientist, hair, Germany, Nobel Prize, theory, Princeton",
     ["relativity", "physics", "genius", "e=mc2", "scientist", "hair", "germany", "nobel prize",
      "theory", "princeton"]),

    # Idiom cue; numbered list, then exam-style "2." with a new cue.
    ("en_van_08", "break a leg",
     "\n\n1. good luck\n2. theater\n3. actor\n4. stage\n5. performance\n6. audience\n7. opening night\n\n"
     "2. List the words that come to mind when you read the word \"piece of cake\". Give between 5 and 10 words.",
     ["good luck", "theater", "actor", "stage", "performance", "audience", "opening night"]),

    # Never answers the asked cue: writes a new prompt for "tree" and answers that.
    ("en_van_09", "apple",
     "\n\nList the words that come to mind when you read the word \"tree\". Give between 5 and 10 words, "
     "separated by commas, the most strongly associated first.\n\n"
     "leaves, branches, forest, wood, green, roots, shade\n\n"
     "List the words that come to mind when you read the word \"river\".",
     []),

    # Code-block formatting; the cue itself is listed first as an item.
    ("en_van_10", "coffee",
     "\n```\ncoffee, caffeine, morning, mug, espresso, beans, latte, bitter, cafe\n```\n\n```\n"
     "tea, green, cup, leaves, kettle\n```",
     ["coffee", "caffeine", "morning", "mug", "espresso", "beans", "latte", "bitter", "cafe"]),

    # Sampled: list inside a sentence, then an explanation.
    ("en_van_11", "happy",
     " The words that come to mind are: joy, smile, sunshine, laughter, and friends. I chose these because "
     "happiness is often something we share with the people around us.",
     ["joy", "smile", "sunshine", "laughter", "friends"]),

    # 10-20 words; stops on the token limit but on a complete word.
    ("en_van_12", "music",
     " song, melody, rhythm, guitar, piano, concert, notes, dance, headphones, band, singer, lyrics, radio, "
     "beat, harmony, drums, orchestra",
     ["song", "melody", "rhythm", "guitar", "piano", "concert", "notes", "dance", "headphones", "band",
      "singer", "lyrics", "radio", "beat", "harmony", "drums", "orchestra"]),

    # Numbered list that becomes a list of other cues (each with its own associations).
    ("en_van_13", "key",
     "\n\n1. Key: lock, door, open, car, keychain, piano, secret\n"
     "2. Lock: key, safe, door, security, padlock\n"
     "3. Door: house, open, knock, handle, frame\n"
     "4. Car: drive, road, wheel",
     ["lock", "door", "open", "car", "keychain", "piano", "secret"]),

    # Web-page debris: Related links, URL, copyright footer.
    ("en_van_14", "dog",
     " bark, puppy, loyal, leash, bone, tail, fetch, cat, pet, walk\n"
     "Related: List the words that come to mind when you read the word \"cat\" | Word association games for kids\n"
     "http://www.wordassociations.net/dog\n\u00a9 2015 All rights reserved.",
     ["bark", "puppy", "loyal", "leash", "bone", "tail", "fetch", "cat", "pet", "walk"]),

    # Quiz formatting: the model invents a multiple-choice item whose key is A.
    # AMBIGUOUS: other reading is [] (these are quiz options, not the model's own list).
    ("en_van_15", "money",
     "\n\nA. bank, cash, rich, gold, wallet\nB. tree, leaf, green, forest, wood\n"
     "C. car, road, drive, wheel, tire\nD. sun, moon, star, sky, light\n\nAnswer: A",
     ["bank", "cash", "rich", "gold", "wallet"]),

    # Repeats the instruction in a loop and is cut mid-word; no list at all.
    ("en_van_16", "fire",
     "\nList the words that come to mind when you read the word \"fire\". Give between 5 and 10 words, "
     "separated by commas, the most strongly associated first.\n"
     "List the words that come to mind when you read the word \"fire\". Give between 5 and 10 words, "
     "separated by commas, the most strongly assoc",
     []),

    # One word per line, then a new cue in the same format.
    ("en_van_17", "blue",
     "\n\nsky\nocean\nsad\ncolor\njeans\nwhale\nberry\n\n\nNow try it with \"red\":\nfire\napple",
     ["sky", "ocean", "sad", "color", "jeans", "whale", "berry"]),

    # "Answer:" list ended by a period, then an "Explanation:" paragraph.
    ("en_van_18", "teacher",
     "\nAnswer: school, student, classroom, lesson, blackboard, homework, apple, chalk.\n\n"
     "Explanation: A teacher works in a school and teaches students in a classroom.",
     ["school", "student", "classroom", "lesson", "blackboard", "homework", "apple", "chalk"]),

    # Forum debris after the list; cut mid-word in the quoted post (after the list).
    ("en_van_19", "London",
     "\n\nBig Ben, rain, Thames, Queen, red bus, fog, tea, Underground, Buckingham Palace\n\n"
     "Reply #3 on: March 12, 2011, 08:15:44 PM\n"
     "Quote from: pineapple_fan on March 11, 2011, 11:02:17 PM\n> I always think of Buckingh",
     ["big ben", "rain", "thames", "queen", "red bus", "fog", "tea", "underground", "buckingham palace"]),

    # Arrow label "sleep ->".
    ("en_van_20", "sleep",
     "\nsleep -> bed, night, dream, pillow, tired, rest, blanket, snore\nwake -> morning, alarm, coffee",
     ["bed", "night", "dream", "pillow", "tired", "rest", "blanket", "snore"]),

    # Sampled: continues the instruction with an example for another cue, then answers.
    ("en_van_21", "red",
     " For example, for the word \"cat\" you might write: dog, mouse, fur, whiskers, purr.\n\n"
     "red: blood, fire, apple, rose, anger, stop sign, love, heart\n\n",
     ["blood", "fire", "apple", "rose", "anger", "stop sign", "love", "heart"]),

    # Cut mid-word inside the list.
    ("en_van_22", "chair",
     "\nWords: table, sit, wood, furniture, desk, cushion, legs, rocking, offi",
     ["table", "sit", "wood", "furniture", "desk", "cushion", "legs", "rocking"]),

    # Continues the prompt with a points mark, then the next exam question.
    ("en_van_23", "think",
     " (10 points)\n\nbrain, idea, mind, ponder, reason, believe, wonder, logic\n\n"
     "3. Write a sentence using the word \"think\". (5 points)",
     ["brain", "idea", "mind", "ponder", "reason", "believe", "wonder", "logic"]),

    # Function word cue.
    ("en_van_24", "the",
     " Words: a, an, article, definite, this, that, English, grammar, noun\n\n"
     "List the words that come to mind when you read the word \"of\".",
     ["a", "an", "article", "definite", "this", "that", "english", "grammar", "noun"]),

    # Sampled: list, then rambling prose on the next line.
    ("en_van_25", "love",
     " heart, romance, kiss, family, passion, valentine, hug, marriage, rose\n"
     "I think that love is the most important thing in the world and everyone should have someone to share it with.",
     ["heart", "romance", "kiss", "family", "passion", "valentine", "hug", "marriage", "rose"]),

    # Only blog-page chrome, no list.
    ("en_van_26", "computer",
     "\n\nPosted in Uncategorized | Leave a comment\n\n\u00ab Previous post\nNext post \u00bb\n\n"
     "Search for:\nRecent Posts\nWord Association Test Results\nHow to improve your vocabulary",
     []),

    # Q/A with inline numbering.
    ("en_van_27", "snake",
     "\nA: 1. poison 2. hiss 3. reptile 4. venom 5. scales 6. slither 7. cobra\n"
     "Q: What is the difference between a snake and a lizard?",
     ["poison", "hiss", "reptile", "venom", "scales", "slither", "cobra"]),

    # 10-20 words, cut mid-word inside the list.
    ("en_van_28", "hospital",
     " doctor, nurse, patient, ambulance, sick, bed, emergency, surgery, medicine, injection, waiting room, "
     "x-ray, wheelcha",
     ["doctor", "nurse", "patient", "ambulance", "sick", "bed", "emergency", "surgery", "medicine",
      "injection", "waiting room", "x-ray"]),

    # Tags and share buttons after the list.
    ("en_van_29", "Paris",
     "\nEiffel Tower, France, love, romance, croissant, Louvre, art, fashion, Seine\n\n"
     "Tags: word association, Paris, France, vocabulary\n\nShare this:\nTwitter\nFacebook",
     ["eiffel tower", "france", "love", "romance", "croissant", "louvre", "art", "fashion", "seine"]),

    # Dash bullets, then the same exercise for "hot".
    ("en_van_30", "cold",
     "\n- ice\n- snow\n- winter\n- freezing\n- shiver\n- flu\n- cold drink\n\n"
     "Now do the same for \"hot\":\n- sun\n- fire",
     ["ice", "snow", "winter", "freezing", "shiver", "flu", "cold drink"]),

    # Continues the instruction (invents a story task), list, then the story.
    ("en_van_31", "quickly",
     " Then, write a short story using at least three of the words.\n\n"
     "fast, speed, hurry, rush, rapidly, race, swift\n\n"
     "Story: Tom had to move quickly because the train was about to leave.",
     ["fast", "speed", "hurry", "rush", "rapidly", "race", "swift"]),

    # Sampled: degenerates into a repetition loop.
    ("en_van_32", "mother",
     " Words: love, care, family, home, child, warmth, kitchen, mom, love, care, family",
     ["love", "care", "family", "home", "child", "warmth", "kitchen", "mom"]),

    # JSON in a code block.
    ("en_van_33", "rain",
     "\n```json\n{\"cue\": \"rain\", \"words\": [\"umbrella\", \"wet\", \"cloud\", \"storm\", \"water\", "
     "\"puddle\", \"thunder\"]}\n```",
     ["umbrella", "wet", "cloud", "storm", "water", "puddle", "thunder"]),

    # Cut mid-word inside the list, after multi-word items.
    ("en_van_34", "Shakespeare",
     " Hamlet, plays, Romeo and Juliet, sonnets, England, Globe Theatre, tragedy, quill, Macb",
     ["hamlet", "plays", "romeo and juliet", "sonnets", "england", "globe theatre", "tragedy", "quill"]),

    # Continues with experimenter instructions; no list. Ends on a complete word.
    ("en_van_35", "car",
     " Your answer will be compared with answers from other people.\n\n"
     "Instructions for the experimenter: Record the time taken by the participant to respond. "
     "Participants who take longer than 30 seconds should be",
     []),

    # Continues the instruction ("Then explain why."), list, then the explanation.
    ("en_van_36", "green",
     " Then explain why.\n\ngrass, leaves, nature, envy, money, frog, spring, tree, environment\n\n"
     "I chose grass first because it is the greenest thing I can think of.",
     ["grass", "leaves", "nature", "envy", "money", "frog", "spring", "tree", "environment"]),

    # 10-20: inline-numbered list, then a new prompt for "dog" and its list.
    ("en_van_37", "cat",
     "1. dog 2. mouse 3. fur 4. meow 5. whiskers 6. kitten 7. pet 8. tail 9. milk 10. purr\n\n"
     "List the words that come to mind when you read the word \"dog\". Give between 10 and 20 words, "
     "separated by commas, the most strongly associated first.\n\n1. cat 2. bone",
     ["dog", "mouse", "fur", "meow", "whiskers", "kitten", "pet", "tail", "milk", "purr"]),

    # Dialogue with speaker names.
    ("en_van_38", "justice",
     "\n\nStudent: law, court, judge, fairness, police, equality, truth\n"
     "Teacher: Good. Now try the word \"freedom\".\nStudent: liberty, choice",
     ["law", "court", "judge", "fairness", "police", "equality", "truth"]),

    # Semicolons instead of commas.
    ("en_van_39", "yellow",
     " banana; sun; lemon; taxi; duck; gold; sunflower; bright\n\n",
     ["banana", "sun", "lemon", "taxi", "duck", "gold", "sunflower", "bright"]),

    # CSV with a header row; "school" in the cue column is a label, not an item.
    ("en_van_40", "school",
     "\n\ncue,word1,word2,word3,word4,word5,word6\nschool,teacher,student,class,books,homework,bus\n"
     "hospital,doctor,nurse,bed,medicine,sick,ambulance",
     ["teacher", "student", "class", "books", "homework", "bus"]),

    # Quoted items, then a remark.
    ("en_van_41", "baby",
     " \"cry\", \"diaper\", \"cute\", \"mother\", \"bottle\", \"crib\", \"small\", \"sleep\"\n\n"
     "\"baby\" is one of the first words children learn to say.",
     ["cry", "diaper", "cute", "mother", "bottle", "crib", "small", "sleep"]),

    # Instruction echoed under an "Instructions:" label, then "Response:".
    ("en_van_42", "democracy",
     "\n\nInstructions: List the words that come to mind when you read the word \"democracy\". Give between 5 "
     "and 10 words, separated by commas, the most strongly associated first.\n\n"
     "Response: vote, freedom, election, people, government, rights, parliament\n\nInstructions:",
     ["vote", "freedom", "election", "people", "government", "rights", "parliament"]),

    # Sampled: "and" before the last item, then a "Posted by" line.
    ("en_van_43", "moon",
     " night, stars, sky, full moon, astronaut, tide, werewolf, and cheese.\n\n"
     "Posted by Jenna at 9:03 PM 2 comments:",
     ["night", "stars", "sky", "full moon", "astronaut", "tide", "werewolf", "cheese"]),

    # Markdown table; a second table starts and is cut off.
    ("en_van_44", "jump",
     "\n\n| Rank | Word |\n|---|---|\n| 1 | leap |\n| 2 | hop |\n| 3 | high |\n| 4 | rope |\n"
     "| 5 | bounce |\n| 6 | kangaroo |\n\n| Rank |",
     ["leap", "hop", "high", "rope", "bounce", "kangaroo"]),

    # List complete; the cut falls in the invented next question (nothing dropped).
    ("en_van_45", "salt",
     " pepper, sea, ocean, taste, food, white, crystal, sodium\n\n"
     "List the words that come to mind when you read the word \"sugar\". Give between 5 and 10 wor",
     ["pepper", "sea", "ocean", "taste", "food", "white", "crystal", "sodium"]),

    # Multi-word cue; a "Score:" line after the list.
    ("en_van_46", "ice cream",
     "\nWords: cold, sweet, vanilla, chocolate, summer, cone, scoop, dessert, sprinkles\nScore: 9/10\n\nWords:",
     ["cold", "sweet", "vanilla", "chocolate", "summer", "cone", "scoop", "dessert", "sprinkles"]),

    # "Sample answer:" then a marking guide.
    ("en_van_47", "war",
     "\n\nSample answer: soldiers, guns, death, battle, peace, army, bombs, history\n\n"
     "Marking guide: Award 1 mark for each relevant word up to a maximum of 10 marks.",
     ["soldiers", "guns", "death", "battle", "peace", "army", "bombs", "history"]),

    # Function word; an item that contains the cue.
    ("en_van_48", "because",
     " reason, why, cause, since, therefore, so, explanation, because of",
     ["reason", "why", "cause", "since", "therefore", "so", "explanation", "because of"]),

    # "Name: list" lines for the cue and then for another composer.
    ("en_van_49", "Mozart",
     "\nMozart: music, composer, piano, Vienna, classical, genius, symphony\n"
     "Beethoven: deaf, symphony, Ninth, piano, Bonn",
     ["music", "composer", "piano", "vienna", "classical", "genius", "symphony"]),

    # 10-20, "1)" numbering inline; ends on a complete word.
    ("en_van_50", "go",
     "\n1) went 2) leave 3) move 4) travel 5) walk 6) away 7) start 8) green light 9) come 10) run 11) game",
     ["went", "leave", "move", "travel", "walk", "away", "start", "green light", "come", "run", "game"]),

    # Worksheet with blank lines to fill in; no list.
    ("en_van_51", "pizza",
     "\n\n_______, _______, _______, _______, _______\n\n"
     "2. List the words that come to mind when you read the word \"pasta\".",
     []),

    # Continues the instruction, then a list mixing senses of the cue.
    ("en_van_52", "spring",
     " You have 30 seconds.\n\nflowers, season, rain, bloom, Easter, green, warm, birds, jump, coil",
     ["flowers", "season", "rain", "bloom", "easter", "green", "warm", "birds", "jump", "coil"]),

    # Cut mid-word inside the list.
    ("en_van_53", "smartphone",
     " apps, iPhone, screen, call, internet, camera, addic",
     ["apps", "iphone", "screen", "call", "internet", "camera"]),

    # "Related:" and "Popular searches:" lines look like lists but are debris.
    ("en_van_54", "forgive",
     " forget, sorry, mercy, grace, peace, apology, heal\n\n"
     "Related: forgiveness, forgave, forgiven\n\nPopular searches: love, hate, trust",
     ["forget", "sorry", "mercy", "grace", "peace", "apology", "heal"]),

    # One capitalised word per line, each with a period.
    ("en_van_55", "night",
     "\nAnswer:\nDark.\nMoon.\nStars.\nSleep.\nQuiet.\nOwl.\n",
     ["dark", "moon", "stars", "sleep", "quiet", "owl"]),

    # Cue as label, then a line for the opposite cue.
    ("en_van_56", "heavy",
     "\n\nheavy: weight, metal, burden, rain, heavy metal, lift, elephant, load\n"
     "light: feather, lamp, sun, bright",
     ["weight", "metal", "burden", "rain", "heavy metal", "lift", "elephant", "load"]),

    # Cue listed first as an item; trailing parenthetical remark.
    ("en_van_57", "gold",
     " gold, yellow, money, rich, medal, jewelry, shiny, treasure (the first word is the cue itself)",
     ["gold", "yellow", "money", "rich", "medal", "jewelry", "shiny", "treasure"]),

    # URL line before the list.
    ("en_van_58", "Obama",
     "\nhttps://www.example.com/word-association/obama\n\n"
     "president, America, Michelle, hope, change, Democrat, White House, Hawaii",
     ["president", "america", "michelle", "hope", "change", "democrat", "white house", "hawaii"]),

    # Quiz-like lettered options, then "all of the above".
    ("en_van_59", "silence",
     "\n\nA) quiet B) peace C) library D) night E) calm F) empty G) golden\n\n"
     "Correct answers: all of the above",
     ["quiet", "peace", "library", "night", "calm", "empty", "golden"]),

    # 10-20: the next question starts on the same line, without punctuation.
    ("en_van_60", "light",
     " sun, lamp, bright, bulb, day, white, candle, torch, lightning, shine, laser, glow, flash, feather, "
     "weight List the words that come to mind when you read the word \"dark\".",
     ["sun", "lamp", "bright", "bulb", "day", "white", "candle", "torch", "lightning", "shine", "laser",
      "glow", "flash", "feather", "weight"]),

    # Repeats the instruction once, then the list.
    ("en_van_61", "dance",
     "\nList the words that come to mind when you read the word \"dance\". Give between 5 and 10 words, "
     "separated by commas, the most strongly associated first.\nmusic, party, ballet, move, rhythm, shoes, salsa, club\n",
     ["music", "party", "ballet", "move", "rhythm", "shoes", "salsa", "club"]),

    # "Your answer:" then invented feedback.
    ("en_van_62", "friend",
     "\n\nYour answer: buddy, pal, trust, fun, loyalty, companion, school\n\n"
     "Feedback: Great job! You listed 7 words.",
     ["buddy", "pal", "trust", "fun", "loyalty", "companion", "school"]),

    # Numbered list, first item with a parenthetical gloss.
    ("en_van_63", "kill",
     "\n1. murder (to kill someone on purpose)\n2. death\n3. weapon\n4. knife\n5. gun\n6. crime\n",
     ["murder", "death", "weapon", "knife", "gun", "crime"]),

    # Cut mid-word inside the list.
    ("en_van_64", "anxiety",
     " worry, stress, fear, panic, nervous, heart racing, sweating, insomnia, therapy, overthin",
     ["worry", "stress", "fear", "panic", "nervous", "heart racing", "sweating", "insomnia", "therapy"]),

    # List in a sentence, the cue named first as an item, "and" before the last one.
    ("en_van_65", "elephant",
     "\n\nThe words I thought of were elephant, trunk, big, gray, Africa, ivory, memory, circus, and zoo.\n\n"
     "How many words did you think of?",
     ["elephant", "trunk", "big", "gray", "africa", "ivory", "memory", "circus", "zoo"]),

    # Separator line and a "Previous:" navigation link.
    ("en_van_66", "up",
     " down, sky, high, above, elevator, rise, ladder, upstairs\n\n---\n\n"
     "Previous: List the words that come to mind when you read the word \"down\".",
     ["down", "sky", "high", "above", "elevator", "rise", "ladder", "upstairs"]),

    # Short list, then an explanation section re-listing the same words.
    ("en_van_67", "cheese",
     "\nAnswer: mouse, pizza, milk, cheddar, holes, France\n\nExplanation:\n"
     "mouse - cartoons show mice loving cheese\npizza - topped with mozzarella\n"
     "milk - cheese is made from milk\ncheddar - a common kind of cheese",
     ["mouse", "pizza", "milk", "cheddar", "holes", "france"]),

    # "More words:" adds words for the same cue.
    # AMBIGUOUS: other reading stops after the first line (7 words, without hose, rake, weeds).
    ("en_van_68", "garden",
     " flowers, soil, vegetables, grass, gardener, bench, sunshine\n\nMore words: hose, rake, weeds\n\n"
     "List the words that come to mind when you read the word \"kitchen\".",
     ["flowers", "soil", "vegetables", "grass", "gardener", "bench", "sunshine", "hose", "rake", "weeds"]),
]

ZH_LISTS = [
    # Qwen base, greedy: list, then an invented next question with its own answer.
    ("zh_van_01", "山",
     "高山，石头，登山，森林，云雾，泰山，风景，攀登\n\n"
     "请列出看到“水”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。河流，海洋，",
     ["高山", "石头", "登山", "森林", "云雾", "泰山", "风景", "攀登"]),

    # "答：" label, exam continuation "二、阅读下面的文字", cut mid-word in the passage (after the list).
    ("zh_van_02", "月亮",
     "答：月饼，中秋，嫦娥，夜晚，星星，思乡，圆，玉兔\n\n二、阅读下面的文字，完成下列小题。\n\n"
     "那年中秋，我和奶奶坐在院子里，看着天上的月亮，奶奶给我讲起了嫦",
     ["月饼", "中秋", "嫦娥", "夜晚", "星星", "思乡", "圆", "玉兔"]),

    # Continues the instruction first.
    ("zh_van_03", "妈妈",
     "不要重复。\n\n爱，温暖，家，饭菜，唠叨，关心，怀抱，付出，母亲节\n\n",
     ["爱", "温暖", "家", "饭菜", "唠叨", "关心", "怀抱", "付出", "母亲节"]),

    # Baidu-Zhidao page chrome around the list.
    ("zh_van_04", "学校",
     "\n\n展开全部\n\n老师，同学，教室，操场，作业，考试，书包，黑板，校服\n\n本回答由网友推荐\n\n"
     "已赞过\n已踩过\n你对这个回答的评价是？",
     ["老师", "同学", "教室", "操场", "作业", "考试", "书包", "黑板", "校服"]),

    # 10-20, cut mid-word inside the list (糖葫芦).
    ("zh_van_05", "春节",
     "鞭炮，红包，饺子，团圆，春联，拜年，年夜饭，烟花，守岁，压岁钱，舞狮，灯笼，庙会，春晚，糖葫",
     ["鞭炮", "红包", "饺子", "团圆", "春联", "拜年", "年夜饭", "烟花", "守岁", "压岁钱", "舞狮", "灯笼",
      "庙会", "春晚"]),

    # 【答案】 / 【解析】 exam-key format.
    ("zh_van_06", "火",
     "\n【答案】热，红色，火焰，燃烧，危险，消防，温暖，火灾\n"
     "【解析】本题考查学生的联想能力，答案不唯一，言之成理即可。\n",
     ["热", "红色", "火焰", "燃烧", "危险", "消防", "温暖", "火灾"]),

    # Numbered list that becomes a list of other cues.
    ("zh_van_07", "书",
     "\n1. 书：知识、阅读、图书馆、书包、文字、作者、学习\n2. 笔：写字、文具、钢笔、铅笔、墨水\n3. 纸：白色、书写、",
     ["知识", "阅读", "图书馆", "书包", "文字", "作者", "学习"]),

    # Pinyin after each word.
    ("zh_van_08", "红色",
     "\n红旗 (hóngqí)，热情 (rèqíng)，血 (xuè)，中国 (zhōngguó)，喜庆 (xǐqìng)，火 (huǒ)，爱情 (àiqíng)",
     ["红旗", "热情", "血", "中国", "喜庆", "火", "爱情"]),

    # A：/B： dialogue, then the next cue.
    ("zh_van_09", "龙",
     "\n\nA：中国，皇帝，图腾，神话，龙舟，传说，腾飞，龙年\nB：好的，那么看到“凤”这个词呢？\nA：凤凰，吉祥，",
     ["中国", "皇帝", "图腾", "神话", "龙舟", "传说", "腾飞", "龙年"]),

    # English translations in fullwidth brackets.
    ("zh_van_10", "茶",
     "绿茶（green tea）、茶叶（tea leaves）、茶杯（teacup）、龙井（Longjing）、品茶（tasting tea）、"
     "茶馆（teahouse）、清香（fragrance）",
     ["绿茶", "茶叶", "茶杯", "龙井", "品茶", "茶馆", "清香"]),

    # "联想词：" label, then a Zhihu-style footer.
    ("zh_van_11", "医生",
     "\n联想词：护士，医院，白大褂，听诊器，病人，手术，药，救死扶伤\n\n发布于 2020-05-17 14:32\n赞同 12\n",
     ["护士", "医院", "白大褂", "听诊器", "病人", "手术", "药", "救死扶伤"]),

    # Never answers the asked cue: writes a new question for "山" and answers that.
    ("zh_van_12", "钱",
     "\n\n请列出看到“山”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。\n\n"
     "高山，登山，石头，云，树木，泰山\n\n请列出看到“海”这个词时",
     []),

    # Sampled: list in a sentence with 和 before the last item, then prose.
    ("zh_van_13", "爱情",
     "我想到的词语有：玫瑰、心动、浪漫、婚姻、承诺、眼泪和思念。这些词语都和爱情密切相关，",
     ["玫瑰", "心动", "浪漫", "婚姻", "承诺", "眼泪", "思念"]),

    # Space-separated.
    ("zh_van_14", "家",
     "\n温暖 父母 团圆 房子 港湾 亲情 饭菜 安全感\n",
     ["温暖", "父母", "团圆", "房子", "港湾", "亲情", "饭菜", "安全感"]),

    # Cut mid-word inside the list (蝴蝶).
    ("zh_van_15", "猫",
     "老鼠，可爱，宠物，喵，猫粮，毛茸茸，尾巴，胡须，懒，蝴",
     ["老鼠", "可爱", "宠物", "喵", "猫粮", "毛茸茸", "尾巴", "胡须", "懒"]),

    # Code block.
    ("zh_van_16", "雨",
     "\n```\n雨伞，雨衣，乌云，打雷，潮湿，水坑，彩虹，春雨\n```\n",
     ["雨伞", "雨衣", "乌云", "打雷", "潮湿", "水坑", "彩虹", "春雨"]),

    # "相关推荐" links and an ICP/copyright footer.
    ("zh_van_17", "北京",
     "天安门，故宫，长城，首都，烤鸭，胡同，雾霾，奥运会\n\n相关推荐：\n看到“上海”你会想到什么？\n"
     "看到“广州”你会想到什么？\n\n版权所有 © 2018 联想词网 京ICP备12345678号",
     ["天安门", "故宫", "长城", "首都", "烤鸭", "胡同", "雾霾", "奥运会"]),

    # Repeats the instruction, then the list.
    ("zh_van_18", "电脑",
     "\n请列出看到“电脑”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。\n"
     "键盘，鼠标，屏幕，上网，游戏，程序，办公，主机\n",
     ["键盘", "鼠标", "屏幕", "上网", "游戏", "程序", "办公", "主机"]),

    # Exam paper: a points mark, a blank answer line, then the essay question.
    ("zh_van_19", "老师",
     "（10分）\n\n________________________________\n\n二、作文（50分）\n\n"
     "以“我的老师”为题，写一篇不少于600字的作文。",
     []),

    # Quiz formatting with fullwidth option letters, key "ABCD".
    # AMBIGUOUS: other reading is [] (quiz options rather than the model's own list).
    ("zh_van_20", "手机",
     "\nA．微信　B．电话　C．充电器　D．屏幕\n答案：ABCD",
     ["微信", "电话", "充电器", "屏幕"]),

    # "1、" numbering, one per line.
    ("zh_van_21", "饺子",
     "\n1、春节\n2、过年\n3、包饺子\n4、韭菜\n5、醋\n6、团圆\n7、面粉\n8、冬至\n",
     ["春节", "过年", "包饺子", "韭菜", "醋", "团圆", "面粉", "冬至"]),

    # Answers in English, with the cue's translation as a label.
    ("zh_van_22", "长城",
     "\nThe Great Wall: China, history, Beijing, bricks, emperor, tourists, ancient, Qin Shi Huang",
     ["china", "history", "beijing", "bricks", "emperor", "tourists", "ancient", "qin shi huang"]),

    # Continues the instruction with an example for another cue, then answers.
    ("zh_van_23", "朋友",
     "例如，看到“太阳”，可以联想到：温暖、光明、夏天、白天。\n\n友谊，信任，陪伴，帮助，同学，真诚，知己，分享",
     ["友谊", "信任", "陪伴", "帮助", "同学", "真诚", "知己", "分享"]),

    # Sampled: 、 separators, the cue listed first, list ends with 。 and prose follows.
    ("zh_van_24", "死亡",
     "死亡、恐惧、离别、葬礼、坟墓、黑色、眼泪、生命、终结。死亡是每个人都必须面对的问题，",
     ["死亡", "恐惧", "离别", "葬礼", "坟墓", "黑色", "眼泪", "生命", "终结"]),

    # Verb cue; "答：", then the next numbered exam item with an empty "答：".
    ("zh_van_25", "跑",
     "答：跑步，速度，运动，马拉松，出汗，比赛，快，逃跑，跑道，心跳\n\n4．请用“跑”造一个句子。（3分）\n答：",
     ["跑步", "速度", "运动", "马拉松", "出汗", "比赛", "快", "逃跑", "跑道", "心跳"]),

    # Function word cue; list, then an encyclopedic remark.
    ("zh_van_26", "的",
     "\n助词，地，得，我的，的确，目的，结构，语法\n\n“的”是现代汉语中使用频率最高的字。",
     ["助词", "地", "得", "我的", "的确", "目的", "结构", "语法"]),

    # Conjunction cue; list, then a grammar remark.
    ("zh_van_27", "因为",
     "所以，原因，理由，由于，结果，因果，解释\n\n因为……所以……是一组表示因果关系的关联词。",
     ["所以", "原因", "理由", "由于", "结果", "因果", "解释"]),

    # 10-20, name cue, cut mid-word inside the list (将进酒).
    ("zh_van_28", "李白",
     "诗仙，唐朝，酒，月亮，静夜思，浪漫主义，杜甫，诗歌，长安，剑，蜀道难，豪放，黄河，庐山，将进",
     ["诗仙", "唐朝", "酒", "月亮", "静夜思", "浪漫主义", "杜甫", "诗歌", "长安", "剑", "蜀道难", "豪放",
      "黄河", "庐山"]),

    # 学生：/老师： dialogue.
    ("zh_van_29", "孔子",
     "\n\n学生：论语，儒家，仁，礼，教育家，山东，弟子三千\n老师：很好。再想想“老子”。\n学生：道德经，道家，",
     ["论语", "儒家", "仁", "礼", "教育家", "山东", "弟子三千"]),

    # Semicolons; a gloss in brackets on the first item.
    ("zh_van_30", "毛笔",
     "书法（中国传统艺术）；墨水；宣纸；砚台；文房四宝；写字；古人",
     ["书法", "墨水", "宣纸", "砚台", "文房四宝", "写字", "古人"]),

    # Idiom cue, listed as the last item; then a 【出处】 note.
    ("zh_van_31", "画蛇添足",
     "多此一举，弄巧成拙，成语，多余，蛇，寓言故事，画蛇添足\n\n"
     "【出处】《战国策·齐策二》：“楚有祠者，赐其舍人卮酒……”",
     ["多此一举", "弄巧成拙", "成语", "多余", "蛇", "寓言故事", "画蛇添足"]),

    # Cue as label, then the opposite cue.
    ("zh_van_32", "黑",
     "\n黑：黑暗、夜晚、黑色、乌鸦、煤炭、恐惧、墨水、黑板\n白：白色、",
     ["黑暗", "夜晚", "黑色", "乌鸦", "煤炭", "恐惧", "墨水", "黑板"]),

    # List complete; cut mid-word in the invented next question (用逗号), nothing dropped.
    ("zh_van_33", "冬天",
     "雪，寒冷，棉袄，围巾，圣诞节，暖气，结冰，火锅\n\n"
     "请列出看到“夏天”这个词时你会联想到的词语，共5到10个，用逗",
     ["雪", "寒冷", "棉袄", "围巾", "圣诞节", "暖气", "结冰", "火锅"]),

    # Label is a longer form of the cue (大海 for 海).
    ("zh_van_34", "海",
     "\n\n大海：蓝色，波浪，沙滩，鱼，船，海鸥，贝壳，咸，辽阔\n",
     ["蓝色", "波浪", "沙滩", "鱼", "船", "海鸥", "贝壳", "咸", "辽阔"]),

    # Ends with 等.
    ("zh_van_35", "风",
     "风筝、台风、风车、凉爽、吹、风景、微风等",
     ["风筝", "台风", "风车", "凉爽", "吹", "风景", "微风"]),

    # Repetition loop.
    ("zh_van_36", "梦",
     "梦想，睡觉，梦境，噩梦，希望，夜晚，梦想，睡觉，梦境，噩梦，希望，夜晚，梦想，睡觉",
     ["梦想", "睡觉", "梦境", "噩梦", "希望", "夜晚"]),

    # "(1)" numbering inline after "答：".
    ("zh_van_37", "自由",
     "答：\n(1)自由女神 (2)飞翔 (3)民主 (4)权利 (5)鸟 (6)解放 (7)无拘无束",
     ["自由女神", "飞翔", "民主", "权利", "鸟", "解放", "无拘无束"]),

    # 10-20 words, complete; last item is a saying.
    ("zh_van_38", "时间",
     "时钟，金钱，流逝，光阴，手表，生命，珍惜，过去，未来，岁月，沙漏，年龄，日历，一寸光阴一寸金",
     ["时钟", "金钱", "流逝", "光阴", "手表", "生命", "珍惜", "过去", "未来", "岁月", "沙漏", "年龄", "日历",
      "一寸光阴一寸金"]),

    # Word/English pairs.
    ("zh_van_39", "鸟",
     "飞翔/fly，翅膀/wings，天空/sky，羽毛/feather，鸟巢/nest，自由/freedom，鸣叫/sing",
     ["飞翔", "翅膀", "天空", "羽毛", "鸟巢", "自由", "鸣叫"]),

    # URL after the list.
    ("zh_van_40", "花",
     "\n花朵，春天，香味，蜜蜂，玫瑰，美丽，花园，蝴蝶\nhttps://zhidao.baidu.com/question/123456789.html\n",
     ["花朵", "春天", "香味", "蜜蜂", "玫瑰", "美丽", "花园", "蝴蝶"]),

    # "联想：" label; an item with Latin letters.
    ("zh_van_41", "足球",
     "\n联想：梅西，世界杯，进球，球场，守门员，C罗，中国男足，越位\n",
     ["梅西", "世界杯", "进球", "球场", "守门员", "c罗", "中国男足", "越位"]),

    # 【答案】 on its own line, then the next exam section.
    ("zh_van_42", "高考",
     "\n\n【答案】\n考试，压力，六月，大学，志愿，分数，复习，命运\n\n二、古代诗文阅读（36分）\n"
     "（一）文言文阅读（本题共4小题，19分）",
     ["考试", "压力", "六月", "大学", "志愿", "分数", "复习", "命运"]),

    # Cut mid-word inside the list (玫瑰).
    ("zh_van_43", "婚礼",
     "新娘，新郎，戒指，婚纱，喜糖，祝福，酒席，玫",
     ["新娘", "新郎", "戒指", "婚纱", "喜糖", "祝福", "酒席"]),

    # "答案：" label and a trailing bracketed remark.
    ("zh_van_44", "熊猫",
     "\n\n答案：竹子，四川，国宝，可爱，黑白，动物园，功夫熊猫（答案不唯一）",
     ["竹子", "四川", "国宝", "可爱", "黑白", "动物园", "功夫熊猫"]),

    # Continues with test instructions; no list.
    ("zh_van_45", "咖啡",
     "请在30秒内完成。\n\n测试说明：本测验用于评估被试的语义联想速度，每位被试需独立完成，不得与他人讨论。",
     []),

    # Blog footer with navigation to other cues.
    ("zh_van_46", "地铁",
     "\n地铁站，拥挤，上班，车厢，换乘，刷卡，早高峰\n\n阅读(2315) | 评论(4) | 收藏\n"
     "上一篇：看到“公交”你会想到什么\n下一篇：",
     ["地铁站", "拥挤", "上班", "车厢", "换乘", "刷卡", "早高峰"]),

    # Numbered list turns into other cues at item 6.
    # AMBIGUOUS: other reading keeps "雨" (item 6) as a snow association and stops there.
    ("zh_van_47", "雪",
     "\n1.雪花\n2.冬天\n3.白色\n4.雪人\n5.寒冷\n6.雨：雨伞，打雷\n7.风：",
     ["雪花", "冬天", "白色", "雪人", "寒冷"]),

    # Pinyin without brackets.
    ("zh_van_48", "星星",
     "星空 xīngkōng，夜晚 yèwǎn，月亮 yuèliang，闪烁 shǎnshuò，宇宙 yǔzhòu，银河 yínhé",
     ["星空", "夜晚", "月亮", "闪烁", "宇宙", "银河"]),

    # Sampled: list, then an aphorism.
    ("zh_van_49", "孤独",
     "一个人，夜晚，寂寞，沉默，思念，星空，离开\n\n孤独是一个人的狂欢，狂欢是一群人的孤独。",
     ["一个人", "夜晚", "寂寞", "沉默", "思念", "星空", "离开"]),

    # "答：" list ending in 。, then "解析：略".
    ("zh_van_50", "微信",
     "答：聊天，朋友圈，红包，腾讯，支付，语音，表情包，公众号。\n\n解析：略",
     ["聊天", "朋友圈", "红包", "腾讯", "支付", "语音", "表情包", "公众号"]),

    # ASCII commas.
    ("zh_van_51", "太阳",
     "阳光, 温暖, 夏天, 光明, 红色, 白天, 向日葵, 后羿",
     ["阳光", "温暖", "夏天", "光明", "红色", "白天", "向日葵", "后羿"]),

    # Mixed senses; a Latin-script brand item.
    ("zh_van_52", "苹果",
     "水果，红色，乔布斯，手机，牛顿，健康，甜，iPhone，维生素",
     ["水果", "红色", "乔布斯", "手机", "牛顿", "健康", "甜", "iphone", "维生素"]),

    # Q&A-site layout: 问题补充 / 最佳答案 / 其他回答.
    ("zh_van_53", "战争",
     "\n\n问题补充：\n\n最佳答案：死亡，和平，士兵，炮火，硝烟，历史，难民，二战\n\n其他回答（2）",
     ["死亡", "和平", "士兵", "炮火", "硝烟", "历史", "难民", "二战"]),

    # Cut mid-word inside the list (橄榄枝).
    ("zh_van_54", "和平",
     "鸽子，战争，安宁，友好，联合国，幸福，橄",
     ["鸽子", "战争", "安宁", "友好", "联合国", "幸福"]),

    # Ends with ……, then the next cue.
    ("zh_van_55", "夏天",
     "炎热，西瓜，空调，冰淇淋，游泳，蝉鸣，暑假……\n\n看到“冬天”你会想到：",
     ["炎热", "西瓜", "空调", "冰淇淋", "游泳", "蝉鸣", "暑假"]),

    # Numbered, some items with ——glosses.
    ("zh_van_56", "汽车",
     "\n1. 马路——汽车行驶的地方\n2. 司机——开车的人\n3. 加油站\n4. 堵车\n5. 驾照\n6. 轮胎\n7. 尾气——污染环境",
     ["马路", "司机", "加油站", "堵车", "驾照", "轮胎", "尾气"]),

    # 10-20, "答：", then the next question (ends on a complete word).
    ("zh_van_57", "中国",
     "\n答：长城，北京，五星红旗，汉字，熊猫，功夫，茶，龙，黄河，故宫，春节，筷子，京剧，瓷器\n"
     "请列出看到“美国”这个词",
     ["长城", "北京", "五星红旗", "汉字", "熊猫", "功夫", "茶", "龙", "黄河", "故宫", "春节", "筷子", "京剧",
      "瓷器"]),

    # Markdown table.
    ("zh_van_58", "飞机",
     "\n| 序号 | 联想词 |\n| --- | --- |\n| 1 | 机场 |\n| 2 | 飞行员 |\n| 3 | 天空 |\n| 4 | 旅行 |\n"
     "| 5 | 翅膀 |\n| 6 | 机票 |\n",
     ["机场", "飞行员", "天空", "旅行", "翅膀", "机票"]),

    # Cut mid-word inside the list (兰州拉面).
    ("zh_van_59", "面条",
     "拉面，筷子，牛肉面，汤，小麦，早餐，方便面，兰州拉",
     ["拉面", "筷子", "牛肉面", "汤", "小麦", "早餐", "方便面"]),

    # Idiom cue; list, then a dictionary definition.
    ("zh_van_60", "马马虎虎",
     "粗心，随便，不认真，一般般，马虎，凑合，还行\n\n马马虎虎：形容做事不认真，草率；也指勉强，还过得去。",
     ["粗心", "随便", "不认真", "一般般", "马虎", "凑合", "还行"]),

    # Idiom cue; list, then 近义词/反义词 lines (dictionary debris).
    ("zh_van_61", "一石二鸟",
     "一举两得，一箭双雕，成语，石头，鸟，聪明\n\n近义词：一箭双雕、一举两得\n反义词：事倍功半",
     ["一举两得", "一箭双雕", "成语", "石头", "鸟", "聪明"]),

    # "答案：略" -- no list.
    ("zh_van_62", "医院",
     "\n答案：略\n\n二、",
     []),

    # Conjunction cue; list, then an example sentence.
    ("zh_van_63", "但是",
     "转折，可是，然而，不过，却，虽然\n\n例句：我很想去，但是没有时间。",
     ["转折", "可是", "然而", "不过", "却", "虽然"]),

    # 10-20, then the next question with a started answer.
    ("zh_van_64", "吃",
     "饭，美食，饿，筷子，嘴巴，吃货，火锅，零食，胖，餐厅，味道，吃饭\n"
     "请列出看到“喝”这个词时你会联想到的词语，共10到20个，用逗号分隔，联想最强的排在最前面。水，",
     ["饭", "美食", "饿", "筷子", "嘴巴", "吃货", "火锅", "零食", "胖", "餐厅", "味道", "吃饭"]),

    # Answers the Mandarin prompt in English after "Answer:".
    ("zh_van_65", "快乐",
     "\nAnswer: happiness, smile, joy, laughter, birthday, friends, sunshine\n\n",
     ["happiness", "smile", "joy", "laughter", "birthday", "friends", "sunshine"]),

    # Short list, then 【详解】 re-listing the same words with explanations.
    ("zh_van_66", "长江",
     "【答案】黄河，三峡，武汉，长江大桥，母亲河\n"
     "【详解】黄河：与长江并称为中华民族的母亲河；三峡：长江上的著名峡谷；武汉：长江沿岸城市；"
     "长江大桥：横跨长江的桥梁；母亲河：长江被称为母亲河。",
     ["黄河", "三峡", "武汉", "长江大桥", "母亲河"]),

    # "补充：" adds words for the same cue.
    # AMBIGUOUS: other reading stops after the 答 line (without 东北虎, 老虎机).
    ("zh_van_67", "老虎",
     "答：森林之王，凶猛，武松，条纹，动物园\n补充：东北虎，老虎机\n\n请列出看到“狮子”这个词时",
     ["森林之王", "凶猛", "武松", "条纹", "动物园", "东北虎", "老虎机"]),
]

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = []  # this corpus has no rankings

TRUNCATED = {
    # cut mid-word inside the list: the partial item is dropped
    "en_van_05", "en_van_22", "en_van_28", "en_van_34", "en_van_53", "en_van_64",
    "zh_van_05", "zh_van_15", "zh_van_28", "zh_van_43", "zh_van_54", "zh_van_59",
    # cut mid-word in trailing non-list text after a finished list (nothing dropped)
    "en_van_19", "en_van_45", "zh_van_02", "zh_van_33",
    # cut mid-word in a repeated instruction; no list at all ([])
    "en_van_16",
}

AMBIGUOUS = {
    "en_van_15",  # other reading: [] (quiz options, not the model's own list)
    "en_van_68",  # other reading: first line only, without "more words"
    "zh_van_20",  # other reading: [] (quiz options, not the model's own list)
    "zh_van_47",  # other reading: also keeps 雨 (item 6)
    "zh_van_67",  # other reading: without the 补充 line
}
