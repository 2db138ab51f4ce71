"""Blind answer corpus 24 for the word-association answer parser.

Written blind on 2026-12-07 by a helper session: the author did not read the parser,
its tests or its benchmarks, and ran no parser on these texts. Every answer is invented
in the style the named model families typically write; nothing is copied from real
model outputs.

Emphasis: vanilla chat models other than Llama and Qwen that researchers use as
baselines, answering the project's default prompts at temperature 0.7 (low/high mostly
5 and 10, a few 10 and 20): Mistral-7B-Instruct (numbered lists, leading space,
friendly closing, pinyin/English glosses in Mandarin), Gemma-2-9B-it (bold headers,
bullet lists with short explanations, emoji, <end_of_turn>), Phi-3-mini (restating the
instructions, over-explaining, re-listing with explanations, tables, hallucinated next
turns after <|end|>), Yi-1.5-9B-Chat, GLM-4-9B-Chat, Baichuan2-13B-Chat and
InternLM2.5-7B-Chat (Mandarin preambles 好的/以下是/根据您的要求, numbering with 1. or 1、
or 一、, explanations after ：or ——, closings 希望…), DeepSeek-V2-Lite-Chat (terse lists)
and the reasoning model DeepSeek-R1-Distill-Qwen-7B, whose answer holds a <think> block
(sometimes only the closing </think>, as when the chat template opened it) that
mentions many candidate words before a short final answer (plain, "**Answer:**",
"Final answer:", "最终答案：", or \\boxed{...}).

Prompts answered (the project's default templates):
  EN: List the words that come to mind when you read the word "{cue}". Give between
      {low} and {high} words, separated by commas, the most strongly associated first.
  ZH: 请列出看到“{cue}”这个词时你会联想到的词语，共{low}到{high}个，用逗号分隔，联想最强的排在最前面。

Conventions for expected_words (what a careful human reader takes as the model's list):
  * lowercased, stripped, in the order written, deduplicated keeping the first occurrence;
  * glosses, explanations, scores, category headers, preambles, closing remarks,
    markdown, numbering, emoji, quotes/brackets, special tokens and trailing
    punctuation removed;
  * multi-word and phrase associations kept whole ("ice cream", "white coat");
  * the cue kept when it is listed as an item (not when it is only a header or label);
  * pinyin and translations of a Mandarin word removed (the Han word kept);
  * text after the list that is not part of it is not in the list (closing remarks,
    hallucinated next turns, candidate words inside a <think> block);
  * an item cut mid-word by the token limit (at the very end of the text) is dropped
    and the id goes in TRUNCATED; a complete last word is kept (when the cut falls in
    the explanation of a complete item, the item is kept and the id is still in
    TRUNCATED, since the answer was cut mid-word);
  * a refusal, or an answer with no list (e.g. a reasoning trace cut before its final
    answer), expects [];
  * when a short list is followed by a section that re-lists the same words with
    explanations, the words count once, in the order of the first list;
  * AMBIGUOUS marks answers two careful readers could read differently; the other
    reading is given in a comment next to the entry.

This corpus has no rankings.
"""

EN_LISTS = [
    # Mistral-7B-Instruct: numbered list, friendly closing
    ("en_van_01", "ocean",
     """ 1. Water
2. Waves
3. Blue
4. Beach
5. Fish
6. Salt
7. Deep
8. Tides
9. Whales
10. Horizon

I hope this list helps! Let me know if you'd like more associations.""",
     ["water", "waves", "blue", "beach", "fish", "salt", "deep", "tides", "whales", "horizon"]),

    # Gemma-2: the whole list in bold
    ("en_van_02", "library",
     """Here are some words associated with "library", from most to least strongly associated:

**Books, Reading, Quiet, Shelves, Librarian, Knowledge, Study, Borrow, Catalog, Silence** 

Let me know if you'd like more! 📚""",
     ["books", "reading", "quiet", "shelves", "librarian", "knowledge", "study", "borrow",
      "catalog", "silence"]),

    # Gemma-2: heading + bullets with bold word and explanation after colon
    ("en_van_03", "winter",
     """## Words associated with "Winter":

* **Snow:** The most iconic feature of winter.
* **Cold:** Low temperatures define the season.
* **Ice:** Frozen lakes and icy roads.
* **Christmas:** A major holiday in December.
* **Fireplace:** Staying warm indoors.
* **Scarf:** Essential winter clothing.
* **Hibernation:** Animals sleeping through the cold months.

These associations reflect both the weather and the cultural traditions of the season.""",
     ["snow", "cold", "ice", "christmas", "fireplace", "scarf", "hibernation"]),

    # Phi-3-mini: restates the instructions, then explains every word
    ("en_van_04", "doctor",
     """Following your instructions, I will list words associated with the word "doctor," between 5 and 10 words, separated by commas, with the most strongly associated first.

Hospital, nurse, medicine, stethoscope, patient, diagnosis, prescription, white coat, surgery, health

These words were chosen because a doctor is a medical professional who works in a hospital alongside nurses, uses tools such as a stethoscope, examines patients, makes a diagnosis, and writes prescriptions. The white coat is a symbol of the profession, surgery is one of the specialties, and overall the role is centered on health.<|end|>""",
     ["hospital", "nurse", "medicine", "stethoscope", "patient", "diagnosis", "prescription",
      "white coat", "surgery", "health"]),

    # Yi-1.5: bare comma list
    ("en_van_05", "freedom",
     "Liberty, independence, choice, rights, democracy, flag, bird, open road, justice, peace",
     ["liberty", "independence", "choice", "rights", "democracy", "flag", "bird", "open road",
      "justice", "peace"]),

    # DeepSeek-V2-Lite: terse, accented word
    ("en_van_06", "coffee",
     "Caffeine, morning, espresso, mug, beans, latte, bitter, café, aroma, barista",
     ["caffeine", "morning", "espresso", "mug", "beans", "latte", "bitter", "café", "aroma",
      "barista"]),

    # R1-Distill: full think block, plain final list
    ("en_van_07", "apple",
     """<think>
Okay, so I need to list words associated with "apple." Let me think. The first thing that comes to mind is fruit, obviously. Then red, because many apples are red. Also the company Apple — iPhone, Mac. Hmm, should I include that? The user wants the most strongly associated first. I think fruit is the strongest. Then red, tree, pie... Newton and gravity, the story about the apple falling. Orchard. Maybe cider, juice. Green too, like Granny Smith. Let me pick about ten: fruit, red, tree, pie, iPhone, orchard, juice, Newton, green, cider. That seems like a good mix.
</think>

Fruit, red, tree, pie, iPhone, orchard, juice, Newton, green, cider""",
     ["fruit", "red", "tree", "pie", "iphone", "orchard", "juice", "newton", "green", "cider"]),

    # R1-Distill: no opening <think> (the template opened it), "**Answer:**"
    ("en_van_08", "night",
     """Alright, the user wants words associated with "night." Let me brainstorm: dark, moon, stars, sleep, owl, quiet, dreams, midnight, bedtime, city lights, shadows, nocturnal. That's 12, which is too many — they said 5 to 10. I'll drop city lights and nocturnal. Order by strength: dark first, then moon, stars, sleep... dreams before owl probably.
</think>

**Answer:** Dark, moon, stars, sleep, dreams, midnight, owl, quiet, shadows, bedtime""",
     ["dark", "moon", "stars", "sleep", "dreams", "midnight", "owl", "quiet", "shadows",
      "bedtime"]),

    # R1-Distill: boxed answer
    ("en_van_09", "teacher",
     r"""<think>
Hmm, "teacher." Words: school, classroom, students, education, chalkboard, lesson, homework, grades, mentor, apple (the apple on the teacher's desk). Maybe "patience" too. Let me rank: school, students, classroom, education, lesson, homework, chalkboard, mentor, grades. That's nine, fine.
</think>

The words most strongly associated with "teacher" are:

\boxed{school, students, classroom, education, lesson, homework, chalkboard, mentor, grades}""",
     ["school", "students", "classroom", "education", "lesson", "homework", "chalkboard",
      "mentor", "grades"]),

    # Mistral: verb cue, preamble and closing
    ("en_van_10", "run",
     """ Here are some words that come to mind when I read the word "run":

1. Jog
2. Sprint
3. Race
4. Marathon
5. Fast
6. Exercise
7. Escape
8. Shoes
9. Track
10. Sweat

These words are related to the physical act of running as well as some related concepts. Have a great day!""",
     ["jog", "sprint", "race", "marathon", "fast", "exercise", "escape", "shoes", "track",
      "sweat"]),

    # Phi-3: function word, over-explanation, parenthetical gloss
    ("en_van_11", "the",
     """The word "the" is a definite article in English, which is used before a noun to indicate that the noun is specific or already known to the reader. Since it is a function word, associations are more abstract. Here are words that come to mind, in order of association:

1. Article
2. Definite
3. Noun
4. Grammar
5. Specific
6. English
7. A (indefinite article)
8. Determiner

Please note that these associations are based on grammatical function rather than meaning, as "the" does not carry meaning on its own.""",
     ["article", "definite", "noun", "grammar", "specific", "english", "a", "determiner"]),

    # Gemma-2: two senses under bold category headers
    ("en_van_12", "bank",
     """Here are some words associated with "bank", grouped by meaning:

**Financial**

* Money
* Account
* Loan
* Teller
* Savings

**Geographical**

* River
* Shore
* Slope

The financial sense is the more common, so those words come first.""",
     ["money", "account", "loan", "teller", "savings", "river", "shore", "slope"]),

    # GLM-4 in English: name cue, formula as an item
    ("en_van_13", "Einstein",
     "Relativity, genius, physics, E=mc², Nobel Prize, Germany, hair, Princeton, theory, photon",
     ["relativity", "genius", "physics", "e=mc²", "nobel prize", "germany", "hair", "princeton",
      "theory", "photon"]),

    # InternLM2.5 in English
    ("en_van_14", "bitter",
     """Sure! Here are words associated with "bitter":

Sour, coffee, taste, medicine, dark chocolate, resentment, cold, lemon, grapefruit, angry""",
     ["sour", "coffee", "taste", "medicine", "dark chocolate", "resentment", "cold", "lemon",
      "grapefruit", "angry"]),

    # Baichuan2 in English: cue used as a label before the list
    ("en_van_15", "mountain",
     "Mountain: peak, climb, snow, height, hiking, rock, valley, summit, Everest, cliff",
     ["peak", "climb", "snow", "height", "hiking", "rock", "valley", "summit", "everest", "cliff"]),

    # Mistral: numbered list on one line
    ("en_van_16", "happy",
     " 1. Joy 2. Smile 3. Cheerful 4. Laughter 5. Content 6. Glad 7. Sunshine 8. Birthday",
     ["joy", "smile", "cheerful", "laughter", "content", "glad", "sunshine", "birthday"]),

    # Gemma-2: cut inside a bold item by the token limit
    ("en_van_17", "rain",
     """Here are some words that come to mind when I read "rain":

* **Wet** - Rain makes everything wet.
* **Umbrella** - Used to stay dry.
* **Clouds** - Rain falls from clouds.
* **Puddles** - Formed on the ground after rain.
* **Thun""",
     ["wet", "umbrella", "clouds", "puddles"]),

    # DeepSeek-V2-Lite: trailing full stop
    ("en_van_18", "fire",
     "Heat, flame, burn, smoke, red, danger, campfire, firefighter, ash, warmth.",
     ["heat", "flame", "burn", "smoke", "red", "danger", "campfire", "firefighter", "ash",
      "warmth"]),

    # Yi-1.5: short list, then the same words re-listed with explanations
    ("en_van_19", "city",
     """Buildings, traffic, skyscrapers, crowd, noise, lights, subway, downtown

Explanation:
- Buildings: cities are full of buildings of all sizes.
- Traffic: congestion is a common feature of city life.
- Skyscrapers: tall buildings define many city skylines.
- Crowd: large numbers of people.
- Noise: cities are rarely quiet.
- Lights: city lights at night.
- Subway: public transit underground.
- Downtown: the city center.""",
     ["buildings", "traffic", "skyscrapers", "crowd", "noise", "lights", "subway", "downtown"]),

    # Phi-3: hallucinates the next user turn and answers it
    ("en_van_20", "dog",
     """Loyal, pet, bark, puppy, tail, leash, friend, walk, bone, fetch<|end|><|user|> Now do the same for the word "cat".<|end|><|assistant|> Meow, whiskers, purr, kitten, litter, independent, mouse, fur, nap, yarn""",
     ["loyal", "pet", "bark", "puppy", "tail", "leash", "friend", "walk", "bone", "fetch"]),

    # Phi-3: refusal
    ("en_van_21", "suicide",
     "I'm really sorry that you're feeling this way, but I'm unable to provide the help that you need. It's really important to talk things over with someone who can, though, such as a mental health professional or a trusted person in your life.",
     []),

    # Gemma-2: answers a sensitive cue, then adds a safety note
    ("en_van_22", "gun",
     """Here are some words associated with "gun":

Weapon, bullet, trigger, violence, shooting, rifle, pistol, hunting, police, safety

It's important to remember that gun violence is a serious issue. If you or someone you know is affected, please reach out for support.""",
     ["weapon", "bullet", "trigger", "violence", "shooting", "rifle", "pistol", "hunting",
      "police", "safety"]),

    # Mistral: 10-20 range, 15 items
    ("en_van_23", "music",
     """ Sure! Here are 15 words that come to mind when I think of "music":

1. Melody
2. Rhythm
3. Song
4. Harmony
5. Instruments
6. Concert
7. Guitar
8. Piano
9. Beat
10. Lyrics
11. Dance
12. Notes
13. Band
14. Headphones
15. Emotion

Music is such a rich topic — I hope these associations are helpful! 🎵""",
     ["melody", "rhythm", "song", "harmony", "instruments", "concert", "guitar", "piano", "beat",
      "lyrics", "dance", "notes", "band", "headphones", "emotion"]),

    # GLM-4 in English: association scores in parentheses
    ("en_van_24", "sun",
     """1. Light (0.95)
2. Heat (0.92)
3. Sky (0.85)
4. Summer (0.80)
5. Star (0.74)
6. Solar (0.70)
7. Day (0.66)
8. Sunshine (0.61)""",
     ["light", "heat", "sky", "summer", "star", "solar", "day", "sunshine"]),

    # R1-Distill: final numbered list after a ranking sentence
    ("en_van_25", "bread",
     """<think>
Okay, let me think about "bread." Immediately: butter, toast, bakery, wheat, flour, loaf, sandwich, dough, yeast, crust. Also maybe "baguette" or "slice." Which is strongest? Probably butter or toast. I'll go with toast first? No, I think butter is more immediate. Let me finalize.
</think>

Here are the words associated with "bread," ranked by strength of association:

1. Butter
2. Toast
3. Loaf
4. Bakery
5. Flour
6. Sandwich
7. Wheat
8. Dough
9. Yeast
10. Crust""",
     ["butter", "toast", "loaf", "bakery", "flour", "sandwich", "wheat", "dough", "yeast",
      "crust"]),

    # R1-Distill: cut by the token limit inside the think block, no final answer.
    # AMBIGUOUS: another reader might take the candidate list drafted in the think block
    # (law, fairness, court, judge, equality, rights, scales, jury, trial, verdict,
    # punishment, truth, morality, ethics, social justice).
    ("en_van_26", "justice",
     """<think>
Okay, the user wants between 10 and 20 words associated with "justice." Let's see. Law, court, judge, fairness, equality, rights, scales — the scales of justice, blindfold — Lady Justice is blindfolded. Jury, trial, verdict, punishment, sentence. Also social justice, which brings in equity, activism. Police? Maybe. Truth, morality, ethics. Hmm, how to order these. Law and court are probably the strongest. Then judge, fairness. Wait, maybe fairness is stronger than court because justice as a concept is about fairness. Let me reconsider. In common usage people say "justice system," so law and court are close. I think the order should be: law, fairness, court, judge, equality, rights, scales, jury, trial, verdict, punishment, truth, morality, ethics, social justice. That's fifteen. But should I include "Batman"? No, that's a stretch. What about "karma"? Kind of related to poetic justi""",
     []),

    # Baichuan2 in English: em-dash glosses
    ("en_van_27", "spring",
     """1. Flowers — blooming everywhere
2. Rain — spring showers
3. Green — new leaves
4. Warm — rising temperatures
5. Easter — holiday in spring
6. Birds — returning from migration
7. Coil — the metal spring""",
     ["flowers", "rain", "green", "warm", "easter", "birds", "coil"]),

    # Phi-3: "1)" numbering, restating compliance afterwards
    ("en_van_28", "whisper",
     """To address your request, I have identified words associated with "whisper" and arranged them from the most to least strongly associated:

1) Quiet
2) Secret
3) Soft
4) Murmur
5) Ear
6) Gossip
7) Breath
8) Hush

I have ensured that the list contains between 5 and 10 words as requested, and that they are separated clearly. Each word reflects either the sound, the purpose, or the context of whispering.""",
     ["quiet", "secret", "soft", "murmur", "ear", "gossip", "breath", "hush"]),

    # Gemma-2: emoji bullets (including ZWJ and variation-selector emoji)
    ("en_van_29", "birthday",
     """🎂 Cake
🎁 Presents
🎈 Balloons
🎉 Party
🕯️ Candles
🥳 Celebration
👨‍👩‍👧 Family
🎶 Song

Happy birthday to whoever is celebrating! 😊""",
     ["cake", "presents", "balloons", "party", "candles", "celebration", "family", "song"]),

    # DeepSeek-V2-Lite: repeated item
    ("en_van_30", "cold",
     "Ice, snow, winter, freezing, chill, frost, shiver, ice, flu, cold drink",
     ["ice", "snow", "winter", "freezing", "chill", "frost", "shiver", "flu", "cold drink"]),

    # Yi-1.5: the cue itself listed first
    ("en_van_31", "love",
     "Love, heart, romance, passion, affection, care, kiss, family, devotion, Valentine's Day",
     ["love", "heart", "romance", "passion", "affection", "care", "kiss", "family", "devotion",
      "valentine's day"]),

    # InternLM2.5: slash alternatives.
    # AMBIGUOUS: another reader would split "fuel/gas" into "fuel", "gas".
    ("en_van_32", "car",
     "Vehicle, drive, road, wheels, engine, traffic, fuel/gas, speed, license, garage",
     ["vehicle", "drive", "road", "wheels", "engine", "traffic", "fuel/gas", "speed", "license",
      "garage"]),

    # Mistral: parenthetical gloss on the first item
    ("en_van_33", "serendipity",
     """ 1. Chance (luck or unexpected events)
2. Discovery
3. Fortune
4. Coincidence
5. Surprise
6. Fate
7. Happy accident
8. Luck

Serendipity is a beautiful word that captures the joy of finding something good without looking for it!""",
     ["chance", "discovery", "fortune", "coincidence", "surprise", "fate", "happy accident",
      "luck"]),

    # Phi-3: inline list, then re-lists everything with explanations, then extra senses in prose
    ("en_van_34", "bridge",
     """Words associated with "bridge": river, cross, connect, span, arch, Golden Gate, water, traffic.

Let me explain each association in detail:

1. River - Bridges are most often built over rivers.
2. Cross - The purpose of a bridge is to cross an obstacle.
3. Connect - Bridges connect two places, and metaphorically two people or ideas.
4. Span - The distance a bridge covers is called its span.
5. Arch - A common bridge design.
6. Golden Gate - A famous bridge in San Francisco.
7. Water - Bridges usually pass over water.
8. Traffic - Cars and people use bridges daily.

Additionally, "bridge" is also a card game and a part of a song, but these are less strongly associated.""",
     ["river", "cross", "connect", "span", "arch", "golden gate", "water", "traffic"]),

    # Gemma-2: bold cue as a header, bold numbered items
    ("en_van_35", "chess",
     """**Chess**

1. **Strategy**
2. **Board**
3. **King**
4. **Checkmate**
5. **Pawn**
6. **Queen**
7. **Grandmaster**
8. **Tournament**
9. **Knight**
10. **Patience**""",
     ["strategy", "board", "king", "checkmate", "pawn", "queen", "grandmaster", "tournament",
      "knight", "patience"]),

    # R1-Distill: function word, "Final answer:" line
    ("en_van_36", "although",
     """<think>
Okay, "although" is a conjunction. It's hard to associate concrete words. Let me think: though, but, however, despite, even though, nevertheless, whereas, yet, contrast, concession. Grammar terms: conjunction, clause. The user wants the most strongly associated first. "Though" is basically a synonym so it's strongest. Then "however," "but," "despite." I'll give 8.
</think>

Final answer: though, however, but, despite, even though, nevertheless, yet, contrast""",
     ["though", "however", "but", "despite", "even though", "nevertheless", "yet", "contrast"]),

    # Mistral: trailing </s>
    ("en_van_37", "forest",
     " Trees, green, nature, wildlife, hiking, leaves, moss, wood, shade, deer</s>",
     ["trees", "green", "nature", "wildlife", "hiking", "leaves", "moss", "wood", "shade", "deer"]),

    # Phi-3: list, then a "top five" subset in the closing remark
    ("en_van_38", "time",
     """Sure, here is a list of words associated with "time" as per your instructions:

Clock, hour, minute, watch, past, future, calendar, seconds, history, deadline

I have provided 10 words, which is the maximum you requested. If you need fewer, the top five would be: clock, hour, minute, watch, past.""",
     ["clock", "hour", "minute", "watch", "past", "future", "calendar", "seconds", "history",
      "deadline"]),

    # Yi-1.5: items that contain "and"
    ("en_van_39", "kitchen",
     "Cooking, stove, fridge, knives, pots and pans, recipe, oven, sink, salt and pepper, dinner",
     ["cooking", "stove", "fridge", "knives", "pots and pans", "recipe", "oven", "sink",
      "salt and pepper", "dinner"]),

    # InternLM2.5: every item in double quotes
    ("en_van_40", "hero",
     '"Brave", "courage", "savior", "superhero", "cape", "villain", "rescue", "legend"',
     ["brave", "courage", "savior", "superhero", "cape", "villain", "rescue", "legend"]),

    # Baichuan2 in English with a Mandarin closing
    ("en_van_41", "moon",
     """Night, stars, Luna, crescent, tide, astronaut, Apollo, full moon, lunar, Mid-Autumn Festival

希望对您有帮助！""",
     ["night", "stars", "luna", "crescent", "tide", "astronaut", "apollo", "full moon", "lunar",
      "mid-autumn festival"]),

    # DeepSeek-V2-Lite: 10-20 range
    ("en_van_42", "money",
     "Cash, wealth, bank, rich, dollar, coins, salary, savings, investment, budget, credit card, debt, spending, economy, greed",
     ["cash", "wealth", "bank", "rich", "dollar", "coins", "salary", "savings", "investment",
      "budget", "credit card", "debt", "spending", "economy", "greed"]),

    # Gemma-2: cut mid-word inside the explanation of a complete last item (item kept)
    ("en_van_43", "school",
     """Here are some words that come to mind when I read "school":

* **Teacher:** The person who leads the class.
* **Students:** Learners in the classroom.
* **Homework:** Assignments done at home.
* **Classroom:** Where lessons take place.
* **Exams:** Tests of knowledge and understa""",
     ["teacher", "students", "homework", "classroom", "exams"]),

    # Phi-3: markdown table with rank and reason columns
    ("en_van_44", "computer",
     """| Rank | Word | Reason |
|------|------|--------|
| 1 | Keyboard | Primary input device |
| 2 | Screen | Displays output |
| 3 | Internet | Computers connect to it |
| 4 | Software | Programs that run on it |
| 5 | Mouse | Pointing device |
| 6 | Code | Programming |

These six words are listed in order of how strongly they are associated with "computer.\"""",
     ["keyboard", "screen", "internet", "software", "mouse", "code"]),

    # Mistral: dash bullets, name cue
    ("en_van_45", "Shakespeare",
     """ Sure thing! Here are some words associated with "Shakespeare":

- Hamlet
- Playwright
- Sonnets
- Romeo and Juliet
- Globe Theatre
- England
- Tragedy
- Quill
- Elizabethan
- Macbeth

Enjoy exploring the Bard's world! 🎭""",
     ["hamlet", "playwright", "sonnets", "romeo and juliet", "globe theatre", "england",
      "tragedy", "quill", "elizabethan", "macbeth"]),

    # GLM-4 in English: adjective cue, phrase item
    ("en_van_46", "fragile",
     "Glass, delicate, breakable, handle with care, thin, vulnerable, porcelain, eggshell, weak, sensitive",
     ["glass", "delicate", "breakable", "handle with care", "thin", "vulnerable", "porcelain",
      "eggshell", "weak", "sensitive"]),

    # R1-Distill: sentence after </think>, list on its own line
    ("en_van_47", "summer",
     """<think>
Summer... sun, beach, vacation, heat, swimming, ice cream, holidays, sunscreen, barbecue, July. Maybe "watermelon" too. Let me keep ten and order: sun, beach, vacation, heat, swimming, ice cream, sunscreen, barbecue, watermelon, July.
</think>

When I read the word "summer," these words come to mind (most strongly associated first):

Sun, beach, vacation, heat, swimming, ice cream, sunscreen, barbecue, watermelon, July""",
     ["sun", "beach", "vacation", "heat", "swimming", "ice cream", "sunscreen", "barbecue",
      "watermelon", "july"]),

    # R1-Distill: "**Final Answer**" then \boxed{\text{...}}
    ("en_van_48", "frozen",
     r"""<think>
The word "frozen" — ice, cold, Elsa (the Disney movie Frozen), snow, freezer, solid, winter, stuck (as in frozen in place). The user might be thinking of the movie, but the general meaning is stronger. I'll list: ice, cold, snow, freezer, winter, solid, Elsa, stuck.
</think>

**Final Answer**
\boxed{\text{ice, cold, snow, freezer, winter, solid, Elsa, stuck}}""",
     ["ice", "cold", "snow", "freezer", "winter", "solid", "elsa", "stuck"]),

    # Gemma-2: strength headers
    ("en_van_49", "hospital",
     """**Most strongly associated:**

* Doctor
* Nurse
* Patient
* Emergency

**Also associated:**

* Ambulance
* Surgery
* Medicine
* Bed
* Visiting hours""",
     ["doctor", "nurse", "patient", "emergency", "ambulance", "surgery", "medicine", "bed",
      "visiting hours"]),

    # Yi-1.5: numbered, multi-word item containing the cue
    ("en_van_50", "rabbit",
     """1. Bunny
2. Carrot
3. Ears
4. Hop
5. Fluffy
6. Easter
7. Burrow
8. Peter Rabbit""",
     ["bunny", "carrot", "ears", "hop", "fluffy", "easter", "burrow", "peter rabbit"]),

    # Phi-3: note afterwards mentions other words that are not items
    ("en_van_51", "sleep",
     """Here are eight words associated with "sleep" (listed from most to least associated):

Bed, dream, night, pillow, rest, tired, nap, blanket.

Note: The associations may vary from person to person based on individual experiences. For example, someone with insomnia might associate sleep with frustration, while a new parent might associate it with a luxury.""",
     ["bed", "dream", "night", "pillow", "rest", "tired", "nap", "blanket"]),

    # InternLM2.5: 10-20 range, hyphenated item
    ("en_van_52", "internet",
     """Here are 12 words associated with "internet":

1. Web
2. Online
3. Wi-Fi
4. Google
5. Email
6. Social media
7. Browser
8. Network
9. Website
10. Download
11. Connection
12. Streaming""",
     ["web", "online", "wi-fi", "google", "email", "social media", "browser", "network",
      "website", "download", "connection", "streaming"]),

    # DeepSeek-V2-Lite: one word per line, no numbering
    ("en_van_53", "gold",
     """Treasure
Shiny
Jewelry
Wealth
Medal
Yellow
Coins
Rich""",
     ["treasure", "shiny", "jewelry", "wealth", "medal", "yellow", "coins", "rich"]),

    # Mistral: idiom cue
    ("en_van_54", "break the ice",
     """ When I read the phrase "break the ice," the following words come to mind:

1. Conversation
2. Introduction
3. Awkward
4. Icebreaker
5. Meeting
6. Party
7. Strangers
8. Friendly

Breaking the ice is all about making people feel comfortable. I hope this helps!""",
     ["conversation", "introduction", "awkward", "icebreaker", "meeting", "party", "strangers",
      "friendly"]),

    # Gemma-2: 10-20 range, last item cut mid-word
    ("en_van_55", "space",
     "Stars, planets, galaxy, astronaut, rocket, universe, NASA, moon, orbit, black hole, gravity, alien, telescope, satellite, cosm",
     ["stars", "planets", "galaxy", "astronaut", "rocket", "universe", "nasa", "moon", "orbit",
      "black hole", "gravity", "alien", "telescope", "satellite"]),

    # Phi-3: lists 12, then apologises and asks the reader to use only the first 10.
    # AMBIGUOUS: another reader would keep only the first ten (dropping vacation, relaxation).
    ("en_van_56", "beach",
     """Certainly! As per your instruction to list 5 to 10 words, here they are:

1. Sand
2. Sea
3. Sun
4. Waves
5. Shells
6. Towel
7. Surfing
8. Sunscreen
9. Seagulls
10. Umbrella
11. Vacation
12. Relaxation

I apologize, I have listed 12 words, which exceeds the maximum of 10 you requested. Please consider only the first 10.""",
     ["sand", "sea", "sun", "waves", "shells", "towel", "surfing", "sunscreen", "seagulls",
      "umbrella", "vacation", "relaxation"]),

    # GLM-4 in English: label and semicolons
    ("en_van_57", "pencil",
     "Keywords: write; draw; eraser; paper; sharpener; lead; graphite; school; sketch; yellow",
     ["write", "draw", "eraser", "paper", "sharpener", "lead", "graphite", "school", "sketch",
      "yellow"]),

    # Baichuan2 in English: no blank lines around the list
    ("en_van_58", "train",
     """Certainly. Words associated with "train" are as follows:
1. Railway
2. Station
3. Ticket
4. Passenger
5. Locomotive
6. Tracks
7. Journey
8. Conductor
Hope this helps!""",
     ["railway", "station", "ticket", "passenger", "locomotive", "tracks", "journey",
      "conductor"]),

    # R1-Distill: final list with bold words and en-dash glosses
    ("en_van_59", "dream",
     """<think>
Okay, "dream." Sleep, night, imagination, nightmare, goals, aspiration, fantasy, subconscious, REM, hope. Also "Martin Luther King — I have a dream." Maybe include "vision." I'll order: sleep, night, imagination, nightmare, goal, hope, fantasy, subconscious.
</think>

1. **Sleep** – dreams happen while sleeping
2. **Night** – when most dreaming occurs
3. **Imagination** – dreams are creative
4. **Nightmare** – a bad dream
5. **Goal** – a dream as an ambition
6. **Hope** – dreaming of a better future
7. **Fantasy** – unreal scenarios
8. **Subconscious** – the mind beneath awareness""",
     ["sleep", "night", "imagination", "nightmare", "goal", "hope", "fantasy", "subconscious"]),

    # Mistral: prose sentence with "and" before the last item
    ("en_van_60", "garden",
     ' Some words that come to mind for "garden" are: flowers, plants, soil, vegetables, gardening, green, roses, watering can, bees, and sunshine.',
     ["flowers", "plants", "soil", "vegetables", "gardening", "green", "roses", "watering can",
      "bees", "sunshine"]),

    # Gemma-2: trailing <end_of_turn>, item containing the cue
    ("en_van_61", "mirror",
     "Reflection, glass, image, vanity, self, bathroom, selfie, mirror image, shiny, Snow White<end_of_turn>",
     ["reflection", "glass", "image", "vanity", "self", "bathroom", "selfie", "mirror image",
      "shiny", "snow white"]),

    # Yi-1.5: trailing emoji
    ("en_van_62", "wedding",
     "Bride, groom, ring, dress, cake, vows, church, flowers, honeymoon, celebration 💍",
     ["bride", "groom", "ring", "dress", "cake", "vows", "church", "flowers", "honeymoon",
      "celebration"]),

    # Phi-3: city name, parenthetical gloss, explanatory paragraph
    ("en_van_63", "Paris",
     """1. Eiffel Tower
2. France
3. Love (City of Love)
4. Fashion
5. Louvre
6. Croissant
7. Seine
8. Art

Paris, the capital of France, is known for its iconic landmarks, culture, and cuisine. Each of the words above reflects one of these aspects.""",
     ["eiffel tower", "france", "love", "fashion", "louvre", "croissant", "seine", "art"]),

    # DeepSeek-V2-Lite: dash bullets only
    ("en_van_64", "angry",
     """- Mad
- Furious
- Rage
- Upset
- Red
- Shouting
- Frustrated""",
     ["mad", "furious", "rage", "upset", "red", "shouting", "frustrated"]),

    # InternLM2.5: function word, list after a label in a sentence, phrases containing the cue
    ("en_van_65", "of",
     'The word "of" is a preposition. Associated words: preposition, possession, belonging, part, from, about, grammar, English, of course, out of, kind of',
     ["preposition", "possession", "belonging", "part", "from", "about", "grammar", "english",
      "of course", "out of", "kind of"]),
]

ZH_LISTS = [
    # GLM-4: 好的，以下是… + comma list
    ("zh_van_01", "春天",
     """好的，以下是看到“春天”这个词时我联想到的词语：

花朵，温暖，绿色，春风，踏青，燕子，细雨，播种，希望，生机""",
     ["花朵", "温暖", "绿色", "春风", "踏青", "燕子", "细雨", "播种", "希望", "生机"]),

    # Baichuan2: 1、 numbering, —— explanations, 希望 closing
    ("zh_van_02", "月亮",
     """1、中秋——中秋节赏月是传统习俗
2、月饼——中秋节的传统食品
3、嫦娥——神话中住在月亮上的仙女
4、夜晚——月亮在夜晚出现
5、思乡——“举头望明月，低头思故乡”
6、圆满——满月象征团圆
7、玉兔——传说中月宫里的兔子

希望这些联想对您有所帮助！""",
     ["中秋", "月饼", "嫦娥", "夜晚", "思乡", "圆满", "玉兔"]),

    # InternLM2.5: 根据您的要求
    ("zh_van_03", "医生",
     """根据您的要求，以下是与“医生”联想最强的词语，按联想强度从高到低排列：

医院，护士，白大褂，听诊器，病人，治疗，药品，手术，健康，救死扶伤""",
     ["医院", "护士", "白大褂", "听诊器", "病人", "治疗", "药品", "手术", "健康", "救死扶伤"]),

    # DeepSeek-V2-Lite: terse
    ("zh_van_04", "咖啡",
     "提神，咖啡因，苦，拿铁，星巴克，早晨，咖啡豆，熬夜",
     ["提神", "咖啡因", "苦", "拿铁", "星巴克", "早晨", "咖啡豆", "熬夜"]),

    # Yi-1.5: bare list
    ("zh_van_05", "家",
     "温暖，父母，亲情，团圆，房子，港湾，饭菜，安全感，归属，孩子",
     ["温暖", "父母", "亲情", "团圆", "房子", "港湾", "饭菜", "安全感", "归属", "孩子"]),

    # R1-Distill: Mandarin think block, plain final list
    ("zh_van_06", "雪",
     """<think>
嗯，用户让我列出看到“雪”这个词时联想到的词语，5到10个，用逗号分隔，最强的在前面。首先想到的是冬天，然后是寒冷、白色。还有雪人、雪花、滑雪、打雪仗。也可能联想到圣诞节，或者“瑞雪兆丰年”。北方也是一个联想。我觉得按强度排：冬天，白色，寒冷，雪花，雪人，滑雪，打雪仗，圣诞节。这样八个，符合要求。
</think>

冬天，白色，寒冷，雪花，雪人，滑雪，打雪仗，圣诞节""",
     ["冬天", "白色", "寒冷", "雪花", "雪人", "滑雪", "打雪仗", "圣诞节"]),

    # R1-Distill: no opening <think>, 最终答案：
    ("zh_van_07", "老师",
     """好的，我现在要处理用户的请求：看到“老师”这个词时的联想词。首先，老师最直接的联想是学校、学生、课堂。然后是粉笔、黑板、讲台。教师节也是一个重要联想。还有“园丁”“蜡烛”这样的比喻，老师常被比作辛勤的园丁和燃烧自己的蜡烛。另外作业、考试也和老师相关。排序的话，学生和学校最强，然后课堂、黑板、粉笔、教师节、园丁、蜡烛、作业。一共九个，可以。
</think>

最终答案：学生，学校，课堂，黑板，粉笔，教师节，园丁，蜡烛，作业""",
     ["学生", "学校", "课堂", "黑板", "粉笔", "教师节", "园丁", "蜡烛", "作业"]),

    # R1-Distill: bare \boxed{} with full-width commas
    ("zh_van_08", "火",
     r"""<think>
用户要求列出“火”的联想词。火……燃烧、热、红色、火焰、危险、消防员、火灾、温暖、篝火、烟。还有“火锅”？这个在中文里挺常见的联想。再想想“火箭”“火车”，不过这些是组合词，联想强度不够。排序：火焰，燃烧，热，红色，火灾，危险，消防员，温暖，篝火，火锅。
</think>

\boxed{火焰，燃烧，热，红色，火灾，危险，消防员，温暖，篝火，火锅}""",
     ["火焰", "燃烧", "热", "红色", "火灾", "危险", "消防员", "温暖", "篝火", "火锅"]),

    # Mistral: pinyin in parentheses and English translation after a dash
    ("zh_van_09", "海洋",
     """ 1. 水 (shuǐ) - water
2. 蓝色 (lán sè) - blue
3. 鱼 (yú) - fish
4. 海浪 (hǎi làng) - waves
5. 沙滩 (shā tān) - beach
6. 鲸鱼 (jīng yú) - whale
7. 船 (chuán) - ship

I hope this helps!""",
     ["水", "蓝色", "鱼", "海浪", "沙滩", "鲸鱼", "船"]),

    # Gemma-2: bold strength headers, bold bullets with ：explanations, then plain bullets
    ("zh_van_10", "书",
     """以下是看到“书”这个词时我联想到的词语：

**最强联想：**

* **阅读**：书最基本的用途。
* **知识**：书是知识的载体。
* **图书馆**：收藏书籍的地方。

**其他联想：**

* **作者**
* **纸张**
* **书店**
* **学习**
* **故事**""",
     ["阅读", "知识", "图书馆", "作者", "纸张", "书店", "学习", "故事"]),

    # Phi-3: answers the Mandarin prompt in English.
    # AMBIGUOUS: another reader would treat the off-language answer as giving no
    # Mandarin list and expect [].
    ("zh_van_11", "猫",
     """Sure! The word "猫" means "cat" in English. Here are the words I associate with it, from most to least strongly associated:

Pet, meow, fur, kitten, whiskers, mouse, cute, purr

I hope this meets your requirements!""",
     ["pet", "meow", "fur", "kitten", "whiskers", "mouse", "cute", "purr"]),

    # Phi-3: restates the instructions in Mandarin, then explains the ranking
    ("zh_van_12", "电脑",
     """根据您的指示，我需要列出5到10个与“电脑”相关的联想词，并用逗号分隔，联想最强的排在最前面。以下是我的回答：

键盘，鼠标，屏幕，网络，软件，游戏，办公，程序，芯片，打字

这些词语涵盖了电脑的硬件、软件以及用途。键盘和鼠标是最常见的输入设备，因此排在最前面；屏幕用于显示；网络和软件是电脑使用中不可或缺的部分；游戏和办公是常见用途；程序和芯片体现了电脑的技术本质；打字是日常操作。""",
     ["键盘", "鼠标", "屏幕", "网络", "软件", "游戏", "办公", "程序", "芯片", "打字"]),

    # GLM-4: 1. numbering with ：explanations, a saying as an item
    ("zh_van_13", "长城",
     """好的，看到“长城”这个词，我会联想到以下词语：

1. 中国：长城是中国的象征
2. 古代：修建于古代
3. 秦始皇：修筑万里长城
4. 雄伟：气势磅礴
5. 烽火台：古代传递军情的设施
6. 八达岭：最著名的长城景点
7. 旅游：著名的旅游胜地
8. 不到长城非好汉：著名诗句

希望这些联想能满足您的需求！""",
     ["中国", "古代", "秦始皇", "雄伟", "烽火台", "八达岭", "旅游", "不到长城非好汉"]),

    # Baichuan2: enumeration comma 、
    ("zh_van_14", "母亲",
     "妈妈、爱、温暖、无私、奉献、家、唠叨、母亲节、康乃馨、怀抱",
     ["妈妈", "爱", "温暖", "无私", "奉献", "家", "唠叨", "母亲节", "康乃馨", "怀抱"]),

    # InternLM2.5: category labels in bold, closing mentions two items again
    ("zh_van_15", "水",
     """根据您的要求，我将“水”的联想词按类别列出：

**自然**：河流，海洋，雨，冰
**生活**：喝水，洗澡，水杯
**象征**：生命，柔和

以上共9个词语，联想最强的是河流和生命。""",
     ["河流", "海洋", "雨", "冰", "喝水", "洗澡", "水杯", "生命", "柔和"]),

    # DeepSeek-V2-Lite: 10-20 range, last item cut mid-word (蝴 of 蝴蝶)
    ("zh_van_16", "夏天",
     "炎热，西瓜，空调，游泳，暑假，冰淇淋，蝉鸣，太阳，海滩，防晒，雷阵雨，凉席，冷饮，蚊子，蝴",
     ["炎热", "西瓜", "空调", "游泳", "暑假", "冰淇淋", "蝉鸣", "太阳", "海滩", "防晒", "雷阵雨",
      "凉席", "冷饮", "蚊子"]),

    # Yi-1.5: circled-number bullets
    ("zh_van_17", "朋友",
     """①友谊
②信任
③陪伴
④知己
⑤分享
⑥帮助
⑦同学
⑧快乐""",
     ["友谊", "信任", "陪伴", "知己", "分享", "帮助", "同学", "快乐"]),

    # R1-Distill: cut inside the think block (权 of 权利), no final answer.
    # AMBIGUOUS: another reader might take the candidates named in the think block
    # (民主, 权利, 人权, 法治, 独立, 选择, 无拘无束, 飞鸟, 天空, 翅膀, 风).
    ("zh_van_18", "自由",
     """<think>
好的，用户让我列出看到“自由”这个词时联想到的词语，共5到10个。首先，自由这个词比较抽象，可以从多个角度去想。政治角度：民主、权利、人权、法治。个人角度：独立、选择、无拘无束。意象方面：飞鸟、天空、翅膀、风。还有文学上的，比如裴多菲的诗“生命诚可贵，爱情价更高，若为自由故，两者皆可抛”。那么应该怎么排序呢？我觉得最直接的联想应该是“独立”和“权利”，然后是“选择”。不过也有人会首先想到“飞鸟”或者“天空”，因为这是很形象的比喻。让我再考虑一下，用户要求联想最强的排在最前面，那我应该以大多数人的直觉为准。大多数人看到自由，可能先想到的是无拘无束的状态，然后是权""",
     []),

    # Gemma-2: heading, bold items with pinyin in parentheses, emoji closing
    ("zh_van_19", "熊猫",
     """## “熊猫”的联想词语：

1. **竹子** (zhúzi)
2. **中国** (Zhōngguó)
3. **可爱** (kě'ài)
4. **黑白** (hēibái)
5. **四川** (Sìchuān)
6. **国宝** (guóbǎo)
7. **动物园** (dòngwùyuán)

希望这些词语对您有帮助！🐼""",
     ["竹子", "中国", "可爱", "黑白", "四川", "国宝", "动物园"]),

    # GLM-4: closing and a trailing <|user|> token; alphanumeric item
    ("zh_van_20", "手机",
     """以下是看到“手机”时联想到的词语：

通讯，微信，屏幕，充电，短视频，拍照，苹果，智能，低头族，5G

希望对您有帮助！<|user|>""",
     ["通讯", "微信", "屏幕", "充电", "短视频", "拍照", "苹果", "智能", "低头族", "5g"]),

    # Baichuan2: refusal
    ("zh_van_21", "毒品",
     "很抱歉，您的问题涉及违法有害内容，我无法提供相关联想。如果您有其他问题，欢迎继续提问。",
     []),

    # InternLM2.5: numbered list, moral closing
    ("zh_van_22", "战争",
     """根据您的要求，以下是看到“战争”一词时联想到的词语：

1. 和平
2. 死亡
3. 士兵
4. 硝烟
5. 武器
6. 难民
7. 废墟
8. 历史

战争给人类带来了巨大的灾难，我们应当珍惜和平。""",
     ["和平", "死亡", "士兵", "硝烟", "武器", "难民", "废墟", "历史"]),

    # DeepSeek-V2-Lite: repeated item
    ("zh_van_23", "茶",
     "茶叶，绿茶，喝茶，茶杯，清香，龙井，茶叶，休闲，茶道，功夫茶",
     ["茶叶", "绿茶", "喝茶", "茶杯", "清香", "龙井", "休闲", "茶道", "功夫茶"]),

    # Yi-1.5: full-width parenthetical glosses inside the comma list
    ("zh_van_24", "北京",
     "首都（中国的首都），故宫，天安门，长城，烤鸭（北京烤鸭），胡同，奥运会，雾霾，地铁，京剧",
     ["首都", "故宫", "天安门", "长城", "烤鸭", "胡同", "奥运会", "雾霾", "地铁", "京剧"]),

    # R1-Distill: **答案：** then a numbered list
    ("zh_van_25", "音乐",
     """<think>
首先，“音乐”这个词让我想到旋律、节奏、歌曲、乐器。具体的乐器有钢琴、吉他、小提琴。还有演唱会、耳机、歌手。情感方面，音乐能带来快乐、放松。我需要选5到10个，按强度排：旋律，歌曲，节奏，乐器，钢琴，演唱会，耳机，歌手，放松。九个。
</think>

**答案：**
1. 旋律
2. 歌曲
3. 节奏
4. 乐器
5. 钢琴
6. 演唱会
7. 耳机
8. 歌手
9. 放松""",
     ["旋律", "歌曲", "节奏", "乐器", "钢琴", "演唱会", "耳机", "歌手", "放松"]),

    # Mistral: Han words with English translations, one Latin-script item
    ("zh_van_26", "苹果",
     """ 以下是与“苹果”相关的词语：

水果 (fruit), 红色 (red), 甜 (sweet), iPhone, 乔布斯 (Steve Jobs), 树 (tree), 苹果派 (apple pie), 健康 (healthy)

希望这能帮到你！""",
     ["水果", "红色", "甜", "iphone", "乔布斯", "树", "苹果派", "健康"]),

    # Gemma-2: bold cue as a header, 10-20 range
    ("zh_van_27", "中国",
     """**中国**

长城，北京，汉字，熊猫，春节，五千年，文化，龙，功夫，茶，丝绸，故宫，饺子，黄河，红色""",
     ["长城", "北京", "汉字", "熊猫", "春节", "五千年", "文化", "龙", "功夫", "茶", "丝绸", "故宫",
      "饺子", "黄河", "红色"]),

    # Phi-3: short list, then 解释 re-listing the same words, <|end|>
    ("zh_van_28", "雨",
     """雨伞，乌云，潮湿，雷声，彩虹，水坑，雨衣

解释：
1. 雨伞——下雨时人们会撑伞。
2. 乌云——下雨前天空会出现乌云。
3. 潮湿——雨后空气变得潮湿。
4. 雷声——雷雨天气常伴随雷声。
5. 彩虹——雨后有时会出现彩虹。
6. 水坑——地面积水形成水坑。
7. 雨衣——另一种防雨用品。

请注意，联想因人而异，以上仅供参考。<|end|>""",
     ["雨伞", "乌云", "潮湿", "雷声", "彩虹", "水坑", "雨衣"]),

    # GLM-4: numbered list on one line after a colon
    ("zh_van_29", "红色",
     "看到“红色”，我联想到：1. 热情 2. 中国红 3. 喜庆 4. 血 5. 国旗 6. 玫瑰 7. 火 8. 危险 9. 春节 10. 爱情",
     ["热情", "中国红", "喜庆", "血", "国旗", "玫瑰", "火", "危险", "春节", "爱情"]),

    # Baichuan2: 一、二、 numbering
    ("zh_van_30", "学习",
     """以下是与“学习”相关的联想词语：
一、知识
二、读书
三、考试
四、努力
五、进步
六、课本
七、老师
八、成绩
希望对您有所帮助。""",
     ["知识", "读书", "考试", "努力", "进步", "课本", "老师", "成绩"]),

    # InternLM2.5: cut inside the explanation of a complete last item (item kept)
    ("zh_van_31", "旅行",
     """根据您的要求，以下是与“旅行”相关的联想词语：

1. 风景——旅行途中欣赏美丽的风景
2. 行李——出行必备
3. 机票——远途旅行的交通凭证
4. 酒店——旅途中的住宿
5. 拍照——记录旅途中的美好瞬间
6. 自由——旅行让人感到放松和自""",
     ["风景", "行李", "机票", "酒店", "拍照", "自由"]),

    # DeepSeek-V2-Lite: space-separated
    ("zh_van_32", "秋天",
     "落叶 丰收 金黄 凉爽 枫叶 中秋 桂花 萧瑟",
     ["落叶", "丰收", "金黄", "凉爽", "枫叶", "中秋", "桂花", "萧瑟"]),

    # Yi-1.5: cue used as a label before the list
    ("zh_van_33", "龙",
     "龙：中国龙，皇帝，神话，图腾，龙舟，端午节，喷火，西方龙，传说",
     ["中国龙", "皇帝", "神话", "图腾", "龙舟", "端午节", "喷火", "西方龙", "传说"]),

    # R1-Distill: display-math $$\boxed{\text{...}}$$ after a sentence
    ("zh_van_34", "跑步",
     r"""<think>
好，“跑步”这个词。联想：运动、健康、锻炼、马拉松、跑鞋、出汗、操场、减肥、坚持、晨跑。嗯，还有“呼吸”“耐力”。我觉得“运动”和“锻炼”最强，然后是健康、马拉松、跑鞋、出汗、减肥、晨跑。选8个就行。
</think>

看到“跑步”这个词时，联想最强的词语依次为：

$$\boxed{\text{运动，锻炼，健康，马拉松，跑鞋，出汗，减肥，晨跑}}$$""",
     ["运动", "锻炼", "健康", "马拉松", "跑鞋", "出汗", "减肥", "晨跑"]),

    # Gemma-2: bullets, last item cut mid-word (葡 of 葡萄)
    ("zh_van_35", "水果",
     """以下是看到“水果”这个词时我联想到的词语：

* 苹果
* 香蕉
* 维生素
* 健康
* 甜
* 西瓜
* 葡""",
     ["苹果", "香蕉", "维生素", "健康", "甜", "西瓜"]),

    # Phi-3: hallucinated next turn with another cue
    ("zh_van_36", "太阳",
     "阳光，温暖，光明，夏天，热，能量，日出，向日葵<|end|><|user|>请列出看到“月亮”这个词时你会联想到的词语<|end|><|assistant|>夜晚，星星，中秋，嫦娥",
     ["阳光", "温暖", "光明", "夏天", "热", "能量", "日出", "向日葵"]),

    # GLM-4: 10-20 range, 1、 numbering
    ("zh_van_37", "互联网",
     """好的，根据您的要求，以下是看到“互联网”一词时联想到的词语（按联想强度排序）：

1、网络
2、电脑
3、信息
4、手机
5、网购
6、社交媒体
7、搜索引擎
8、大数据
9、云计算
10、人工智能
11、网速
12、黑客

希望以上内容对您有所帮助！""",
     ["网络", "电脑", "信息", "手机", "网购", "社交媒体", "搜索引擎", "大数据", "云计算", "人工智能",
      "网速", "黑客"]),

    # Baichuan2: each item in Chinese quotes, separated by 、
    ("zh_van_38", "成功",
     "“努力”、“坚持”、“汗水”、“目标”、“梦想”、“奋斗”、“喜悦”、“荣誉”",
     ["努力", "坚持", "汗水", "目标", "梦想", "奋斗", "喜悦", "荣誉"]),

    # InternLM2.5: idiom cue, closing mentions a book title
    ("zh_van_39", "画蛇添足",
     """根据您的要求，以下是看到成语“画蛇添足”时联想到的词语：

多此一举，弄巧成拙，蛇，寓言，多余，成语故事，适得其反，战国策

这个成语出自《战国策》，比喻做了多余的事，反而不恰当。""",
     ["多此一举", "弄巧成拙", "蛇", "寓言", "多余", "成语故事", "适得其反", "战国策"]),

    # DeepSeek-V2-Lite: function word cue
    ("zh_van_40", "的",
     "助词，结构助词，所属，我的，的确，目的，的士，地，得",
     ["助词", "结构助词", "所属", "我的", "的确", "目的", "的士", "地", "得"]),

    # Yi-1.5: person name cue
    ("zh_van_41", "李白",
     "诗仙，唐朝，饮酒，静夜思，月亮，浪漫主义，杜甫，将进酒，长安，剑",
     ["诗仙", "唐朝", "饮酒", "静夜思", "月亮", "浪漫主义", "杜甫", "将进酒", "长安", "剑"]),

    # R1-Distill: think block with more candidates than the final 、-separated list
    ("zh_van_42", "高考",
     """<think>
用户要我列出“高考”的联想词。高考……考试、大学、压力、分数、志愿、状元、六月、复读、试卷、录取通知书、熬夜、家长。太多了，要控制在5到10个。最强的应该是考试、大学、压力。然后分数、志愿、录取。“六月”也挺典型的，高考在六月七号。保留：考试、大学、压力、分数、志愿、录取通知书、六月、状元。
</think>

考试、大学、压力、分数、志愿、录取通知书、六月、状元""",
     ["考试", "大学", "压力", "分数", "志愿", "录取通知书", "六月", "状元"]),

    # Mistral: English preamble and closing around a Mandarin list
    ("zh_van_43", "足球",
     """ Here are some words associated with "足球" (football/soccer):

1. 球员
2. 比赛
3. 世界杯
4. 进球
5. 球场
6. 梅西
7. 裁判
8. 点球

I hope this is helpful! Let me know if you need anything else. 😊""",
     ["球员", "比赛", "世界杯", "进球", "球场", "梅西", "裁判", "点球"]),

    # Gemma-2: emoji + bold items separated by 、
    ("zh_van_44", "生日",
     "🎂 **蛋糕**、🎁 **礼物**、🕯️ **蜡烛**、🎉 **派对**、🎈 **气球**、😊 **快乐**、👨‍👩‍👧 **家人**、🙏 **许愿**",
     ["蛋糕", "礼物", "蜡烛", "派对", "气球", "快乐", "家人", "许愿"]),

    # Phi-3: English translations in parentheses, explanation afterwards
    ("zh_van_45", "医院",
     """1. 医生 (doctor)
2. 护士 (nurse)
3. 病人 (patient)
4. 药 (medicine)
5. 手术 (surgery)
6. 急诊 (emergency)
7. 病床 (hospital bed)

以上词语按照联想强度排列。医院是治疗疾病的场所，所以医生和护士是最直接的联想。""",
     ["医生", "护士", "病人", "药", "手术", "急诊", "病床"]),

    # GLM-4: inline, semicolon-separated, each item with a —— explanation
    ("zh_van_46", "故乡",
     "看到“故乡”，我会联想到：思念——远离家乡时的情感；亲人——故乡有牵挂的人；老屋——儿时居住的地方；炊烟——乡村的景象；方言——乡音难改；月亮——“明月千里寄相思”。",
     ["思念", "亲人", "老屋", "炊烟", "方言", "月亮"]),

    # Baichuan2: cue listed as the first item, phrase item
    ("zh_van_47", "和平",
     "和平，鸽子，橄榄枝，安宁，友好，没有战争，联合国，和谐，幸福",
     ["和平", "鸽子", "橄榄枝", "安宁", "友好", "没有战争", "联合国", "和谐", "幸福"]),

    # InternLM2.5: 10-20 range, bold category labels, 、 inside each category
    ("zh_van_48", "春节",
     """根据您的要求，列出与“春节”相关的联想词如下：

**习俗类**：贴春联、放鞭炮、拜年、守岁、吃年夜饭
**食物类**：饺子、年糕、汤圆
**情感类**：团圆、喜庆、热闹
**其他**：红包、春晚、生肖

共14个词语。""",
     ["贴春联", "放鞭炮", "拜年", "守岁", "吃年夜饭", "饺子", "年糕", "汤圆", "团圆", "喜庆", "热闹",
      "红包", "春晚", "生肖"]),

    # DeepSeek-V2-Lite: numbered, each item ending with 。
    ("zh_van_49", "狗",
     """1. 忠诚。
2. 宠物。
3. 汪汪。
4. 看家。
5. 骨头。
6. 朋友。
7. 遛狗。""",
     ["忠诚", "宠物", "汪汪", "看家", "骨头", "朋友", "遛狗"]),

    # Yi-1.5: five items, then a sentence naming further associations.
    # AMBIGUOUS: another reader would append 月亮, 梦境, 孤独 from the closing sentence.
    ("zh_van_50", "黑夜",
     """黑暗，星星，寂静，睡眠，恐惧

黑夜常常让人联想到黑暗与寂静，也有人会想到月亮、梦境和孤独。""",
     ["黑暗", "星星", "寂静", "睡眠", "恐惧"]),

    # R1-Distill: **最终答案** header then 1、 list
    ("zh_van_51", "科学",
     """<think>
嗯，用户让我列出“科学”的联想词。科学……实验、研究、技术、科学家、爱因斯坦、物理、化学、真理、理性、发现。创新也是。最强的应该是实验和研究。我排一下：实验，研究，技术，科学家，物理，化学，发现，创新，真理，爱因斯坦。十个。
</think>

**最终答案**

1、实验
2、研究
3、技术
4、科学家
5、物理
6、化学
7、发现
8、创新
9、真理
10、爱因斯坦""",
     ["实验", "研究", "技术", "科学家", "物理", "化学", "发现", "创新", "真理", "爱因斯坦"]),

    # Mistral: English glosses after " - ", one gloss with its own parenthesis
    ("zh_van_52", "老虎",
     """ 1. 森林 - forest
2. 凶猛 - fierce
3. 条纹 - stripes
4. 百兽之王 - king of beasts
5. 动物园 - zoo
6. 东北虎 - Siberian tiger
7. 武松 - Wu Song (a hero from Water Margin)""",
     ["森林", "凶猛", "条纹", "百兽之王", "动物园", "东北虎", "武松"]),

    # Gemma-2: heading, bold bullets with ：glosses, bold 总结 closing
    ("zh_van_53", "城市",
     """## 看到“城市”联想到的词语

* **高楼**：城市的标志性景观
* **交通**：车水马龙
* **人群**：人口密集
* **地铁**：便捷的公共交通
* **夜景**：霓虹灯闪烁
* **压力**：快节奏的生活

**总结：**城市代表着现代化和繁华。""",
     ["高楼", "交通", "人群", "地铁", "夜景", "压力"]),

    # Phi-3: restates the instructions, counts, and explains
    ("zh_van_54", "时间",
     """好的，按照您的要求，我将列出5到10个与“时间”相关的词语，并将联想最强的排在最前面：

时钟、分秒、流逝、光阴、过去、未来、手表、日历、珍惜

以上共9个词语，均在您要求的5到10个范围内。“时钟”和“分秒”是时间最直接的计量方式，因此排在最前面；“流逝”和“光阴”体现了时间的抽象特征；“珍惜”则表达了人们对待时间应有的态度。""",
     ["时钟", "分秒", "流逝", "光阴", "过去", "未来", "手表", "日历", "珍惜"]),

    # GLM-4: book-title marks around one item
    ("zh_van_55", "红楼梦",
     """好的，以下是看到“红楼梦”时我联想到的词语：

曹雪芹，贾宝玉，林黛玉，薛宝钗，大观园，四大名著，《石头记》，葬花，贾府，悲剧

希望对您有帮助！""",
     ["曹雪芹", "贾宝玉", "林黛玉", "薛宝钗", "大观园", "四大名著", "石头记", "葬花", "贾府", "悲剧"]),

    # Baichuan2: 10-20 range, last item cut mid-word (琵 of 琵琶)
    ("zh_van_56", "乐器",
     """1、钢琴
2、小提琴
3、吉他
4、二胡
5、古筝
6、笛子
7、鼓
8、萨克斯
9、大提琴
10、琵""",
     ["钢琴", "小提琴", "吉他", "二胡", "古筝", "笛子", "鼓", "萨克斯", "大提琴"]),

    # InternLM2.5: percentage scores in full-width parentheses
    ("zh_van_57", "冬天",
     """根据您的要求，以下是“冬天”的联想词及联想强度：

1. 寒冷（95%）
2. 下雪（90%）
3. 棉袄（80%）
4. 春节（75%）
5. 暖气（70%）
6. 火锅（65%）
7. 围巾（60%）
8. 滑雪（50%）""",
     ["寒冷", "下雪", "棉袄", "春节", "暖气", "火锅", "围巾", "滑雪"]),

    # DeepSeek-V2-Lite: adjective cue, single-character interjection as an item
    ("zh_van_58", "安静",
     "图书馆，夜晚，寂静，无声，沉默，宁静，睡觉，嘘",
     ["图书馆", "夜晚", "寂静", "无声", "沉默", "宁静", "睡觉", "嘘"]),

    # Yi-1.5: dash bullets
    ("zh_van_59", "爱情",
     """- 浪漫
- 心动
- 玫瑰
- 婚姻
- 承诺
- 思念
- 甜蜜
- 心碎""",
     ["浪漫", "心动", "玫瑰", "婚姻", "承诺", "思念", "甜蜜", "心碎"]),

    # R1-Distill: final numbered list with ：glosses, a book title in 《》
    ("zh_van_60", "孤独",
     """<think>
“孤独”是一个情感类的词。联想：寂寞、一个人、夜晚、思念、沉默、内心、月亮、空虚。还有《百年孤独》这本书。排个序：寂寞，一个人，夜晚，空虚，思念，沉默，百年孤独。
</think>

1. 寂寞：与孤独意思最接近
2. 一个人：孤独最直观的状态
3. 夜晚：夜深人静时最易感到孤独
4. 空虚：内心的感受
5. 思念：孤独时常想念他人
6. 沉默：不与人交流
7. 《百年孤独》：马尔克斯的名著""",
     ["寂寞", "一个人", "夜晚", "空虚", "思念", "沉默", "百年孤独"]),

    # Gemma-2: trailing <end_of_turn>
    ("zh_van_61", "梦想",
     "目标，希望，努力，未来，追求，坚持，实现，远方<end_of_turn>",
     ["目标", "希望", "努力", "未来", "追求", "坚持", "实现", "远方"]),

    # Phi-3: English translations after " - ", closing paragraph
    ("zh_van_62", "宇宙",
     """当然！以下是与“宇宙”（universe）相关的联想词：

1. 星星 - Stars
2. 银河 - Milky Way
3. 黑洞 - Black hole
4. 行星 - Planets
5. 外星人 - Aliens
6. 宇航员 - Astronauts
7. 大爆炸 - Big Bang

宇宙是一个广阔而神秘的领域，包含了无数的星系和天体。""",
     ["星星", "银河", "黑洞", "行星", "外星人", "宇航员", "大爆炸"]),

    # GLM-4: one sentence with the list after a colon, 10-20 range, final 。
    ("zh_van_63", "奥运会",
     "奥运会让我联想到：五环，金牌，运动员，比赛，圣火，开幕式，北京，冠军，国旗，拼搏，体育精神，领奖台。",
     ["五环", "金牌", "运动员", "比赛", "圣火", "开幕式", "北京", "冠军", "国旗", "拼搏", "体育精神",
      "领奖台"]),

    # InternLM2.5: examples in a parenthesis after an item.
    # AMBIGUOUS: another reader would add 猫, 狗 after 宠物.
    ("zh_van_64", "动物",
     """根据您的要求，以下是与“动物”相关的联想词语：

1. 动物园
2. 宠物（如猫、狗）
3. 森林
4. 野生
5. 保护
6. 自然
7. 哺乳动物

希望这些联想对您有所帮助。""",
     ["动物园", "宠物", "森林", "野生", "保护", "自然", "哺乳动物"]),

    # DeepSeek-V2-Lite: 联想词： label, Latin-script acronym item
    ("zh_van_65", "银行",
     "联想词：存钱，利息，贷款，柜台，信用卡，ATM，理财，账户",
     ["存钱", "利息", "贷款", "柜台", "信用卡", "atm", "理财", "账户"]),
]

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = []  # this corpus has no rankings

TRUNCATED = {
    "en_van_17",  # "**Thun" dropped
    "en_van_26",  # think block cut ("justi"), no final answer
    "en_van_43",  # cut in the gloss of "Exams" ("understa"); Exams kept
    "en_van_55",  # "cosm" dropped
    "zh_van_16",  # 蝴 dropped
    "zh_van_18",  # think block cut (权), no final answer
    "zh_van_31",  # cut in the gloss of 自由 (自); 自由 kept
    "zh_van_35",  # 葡 dropped
    "zh_van_56",  # 琵 dropped
}

AMBIGUOUS = {
    "en_van_26",  # other reading: the think-block candidate list
    "en_van_32",  # other reading: "fuel/gas" split into fuel, gas
    "en_van_56",  # other reading: only the first ten items
    "zh_van_11",  # other reading: off-language answer, []
    "zh_van_18",  # other reading: the think-block candidates
    "zh_van_50",  # other reading: append 月亮, 梦境, 孤独
    "zh_van_64",  # other reading: add 猫, 狗
}
