"""Blind test corpus 21 for the word-association answer parser.

Written blind on 2026-12-07 by a helper session: no parser code, test or benchmark
file of the repository was read, and no parser was run while writing it.  Every
answer text is invented.

EMPHASIS: the verbose end of vanilla instruction-tuned models sampled at
temperature 1.0, in English and Mandarin, answering the default prompts with
long answers (roughly 8-40 lines) that mix a list with prose: lists given inside
a sentence ("Words that come to mind include ..."); lists followed by a
paragraph discussing some of the words; numbered "**Word** - explanation" and
"Word (explanation, with, commas)" items; lists grouped under bold, markdown or
【】 headings by sense or category (category names are not words); answers that
restate the task and think aloud before the list (words only considered while
thinking are not in the list); multi-word items next to explanations that
contain item-like words; lists given twice (short, then explained); sub-bullets
with examples under each item; Mandarin 首先/其次/最后 prose, （拼音） or English
after each word, closing 希望... sentences; answers ending with a question back
to the user; a few answers cut by the token limit.

PROMPTS ANSWERED (the project's default templates; low/high 5 and 10, a few 10 and 20):
  EN: List the words that come to mind when you read the word "{cue}". Give between
      {low} and {high} words, separated by commas, the most strongly associated first.
  ZH: 请列出看到“{cue}”这个词时你会联想到的词语，共{low}到{high}个，用逗号分隔，联想最强的排在最前面。

CONVENTIONS for expected_words (what a careful human reader takes as the list):
  * lowercased, stripped, in the order written, deduplicated keeping the first occurrence;
  * glosses, explanations, scores, category headers, preambles, closing remarks,
    markdown, numbering, emoji, quotes/brackets, special tokens and trailing
    punctuation removed;
  * multi-word and phrase associations kept whole ("ice cream", "white coat");
  * the cue kept when it is listed as an item (not when only a header or label);
  * pinyin and translations of a Mandarin word removed (the Han word kept);
  * text after the list that is not part of it is not in the list;
  * an item cut mid-word by the token limit (at the very end of the text) is
    dropped and the id is in TRUNCATED; a complete last word is kept (also when
    the cut falls inside the last item's explanation);
  * a refusal or an answer with no list expects [];
  * when a short list is followed by a section that re-lists the same words with
    explanations, the words count once, in the order of the first list;
  * when the model thinks aloud and then gives a final list, the final list is
    the answer;
  * AMBIGUOUS marks answers two careful readers could read differently; the
    other reading is given in a comment next to the set.
"""

EN_LISTS = [
    ("en_van_01", "ocean",
     """When I read the word "ocean," a whole scene opens up in my mind. Words that come to mind include waves, salt water, blue, depth, whales, tides, sand, horizon, and coral reefs.

The strongest association is definitely waves: the sound and the motion are the first thing I picture. Salt water and blue follow closely, because they describe what the ocean actually is and what it looks like. Depth and whales come from thinking about what lies beneath the surface, while tides, sand and the horizon are more about standing on the shore and looking out.

Coral reefs come last, not because they are unimportant, but because they are a more specific image than the others: bright colors, small fish, and warm shallow water.

I hope this gives you a useful picture of how I connect to the word!""",
     ["waves", "salt water", "blue", "depth", "whales", "tides", "sand", "horizon", "coral reefs"]),

    ("en_van_02", "bread",
     """Here are the words that come to mind for "bread," starting with the strongest association:

1. **Butter** – The classic companion; warm bread and melting butter are almost inseparable.
2. **Bakery** – Where bread is made and sold, often with that unmistakable smell early in the morning.
3. **Flour** – The basic ingredient, along with water, yeast and salt.
4. **Toast** – Bread's second life, browned and crunchy.
5. **Yeast** – What makes the dough rise.
6. **Sandwich** – Probably the most common way people eat bread every day.
7. **Crust** – The golden outer layer, loved by some and cut off by others.
8. **Wheat** – The grain behind most loaves.

In short: butter, bakery, flour, toast, yeast, sandwich, crust, wheat.""",
     ["butter", "bakery", "flour", "toast", "yeast", "sandwich", "crust", "wheat"]),

    ("en_van_03", "run",
     """Run, jog, sprint, marathon, legs, sweat, fast, race, shoes, breath

A few notes on these choices: "jog" and "sprint" are near-synonyms that differ mainly in speed, so they came to mind immediately. "Marathon" and "race" bring in the competitive side of running, while "legs," "sweat" and "breath" are about the physical experience. "Shoes" is a practical association; you can't run far without a good pair.

I also considered "escape" and "flee," since running can mean getting away from something, and phrases like "run a program" or "run a business," but those felt weaker than the physical sense, so I left them out.

Let me know if you'd like associations for one of the other senses of "run" instead!""",
     ["run", "jog", "sprint", "marathon", "legs", "sweat", "fast", "race", "shoes", "breath"]),

    ("en_van_04", "happy",
     """Great question! "Happy" is a word with many associations. I've grouped them by type:

**Feelings**
- Joy
- Cheerful
- Content

**Expressions**
- Smile
- Laughter

**Occasions**
- Birthday
- Holidays

**Things**
- Sunshine
- Puppies

I ordered them roughly by how strongly they connect to "happy," with joy being the strongest overall.""",
     ["joy", "cheerful", "content", "smile", "laughter", "birthday", "holidays", "sunshine", "puppies"]),

    ("en_van_05", "the",
     """The task is to list words I associate with "the." This is an unusual cue, since "the" is a function word (the definite article in English) and doesn't carry much meaning on its own. So my associations will probably be more about grammar and language than about images.

Let me think. The first thing that comes to mind is "article," because that's what "the" is grammatically. Then "a" and "an," the indefinite articles that pair with it. "Definite" follows naturally. After that, I think of "English," "grammar," and "noun," since "the" always comes before a noun phrase. Finally, "word" and "specific."

So my list is:

article, a, an, definite, grammar, English, noun, specific, word

It's a slightly abstract set, but I think that's unavoidable for such a small and common word.""",
     ["article", "a", "an", "definite", "grammar", "english", "noun", "specific", "word"]),

    ("en_van_06", "Einstein",
     """Relativity, physics, genius, E=mc², Nobel Prize, Germany, Princeton, hair, atom bomb, time

Here's why each one came to mind:

- **Relativity** – his most famous theory, both special and general.
- **Physics** – the field he transformed.
- **Genius** – his name has become a synonym for extraordinary intelligence.
- **E=mc²** – the equation everyone knows, even without understanding it.
- **Nobel Prize** – awarded in 1921, though for the photoelectric effect, not relativity.
- **Germany** – where he was born, in Ulm.
- **Princeton** – where he spent his final decades.
- **Hair** – that iconic wild white hair.
- **Atom bomb** – his letter to Roosevelt helped start the Manhattan Project.
- **Time** – relativity changed how we think about time and space.""",
     ["relativity", "physics", "genius", "e=mc²", "nobel prize", "germany", "princeton", "hair", "atom bomb", "time"]),

    ("en_van_07", "break the ice",
     """"Break the ice" is an idiom meaning to ease tension or start a conversation in an awkward situation. Here are my associations, strongest first:

1. Small talk
2. Introductions
3. Awkward silence
4. Party games
5. Icebreaker
6. Meeting strangers
7. Conversation starter
8. Nervousness
9. Frozen lake

The last one, frozen lake, comes from the literal image of the words rather than the idiomatic meaning, which is why I put it at the end. Would you like me to focus only on the figurative sense instead?""",
     ["small talk", "introductions", "awkward silence", "party games", "icebreaker", "meeting strangers", "conversation starter", "nervousness", "frozen lake"]),

    ("en_van_08", "justice",
     """Here are 8 words associated with "justice," from strongest to weakest:

1. Law (the rules, statutes and codes that justice is supposed to uphold)
2. Court (judges, juries, lawyers, the whole courtroom)
3. Fairness (treating people equally, without bias or favour)
4. Judge
5. Scales (the balanced scales held by Lady Justice, a symbol of weighing evidence)
6. Punishment (prison, fines, or other consequences)
7. Rights (civil, human, legal)
8. Equality

These cover both the institutional side of justice and the moral ideal behind it.""",
     ["law", "court", "fairness", "judge", "scales", "punishment", "rights", "equality"]),

    ("en_van_09", "winter",
     """Here are the words I associate with "winter," with a few examples under each:

- Snow
  - snowflakes, snowmen, snowball fights
- Cold
  - freezing temperatures, frost, icy wind
- Christmas
  - presents, decorations, carols
- Coat
  - scarves, gloves, boots
- Hot chocolate
  - marshmallows, a warm mug by the fire
- Darkness
  - short days, long nights

Overall, winter feels to me like a mix of cozy indoor moments and harsh weather outside.""",
     ["snow", "cold", "christmas", "coat", "hot chocolate", "darkness"]),

    ("en_van_10", "coffee",
     """Sure! When I read "coffee," these are the words that come up, in order of how strongly I associate them:

Morning, caffeine, espresso, mug, aroma, beans, café, latte, energy, bitter

Coffee is so tied to the start of the day for many people that "morning" came first without any hesitation. "Caffeine" and "energy" relate to why people drink it, while "espresso" and "latte" are specific drinks. "Aroma" and "bitter" describe the sensory experience, and "beans," "mug" and "café" are the physical things around it.

Is there a particular context you're exploring, like marketing, a poem, or a vocabulary exercise? I can tailor the associations if so.""",
     ["morning", "caffeine", "espresso", "mug", "aroma", "beans", "café", "latte", "energy", "bitter"]),

    ("en_van_11", "doctor",
     """Sure! Here are associations for "doctor," grouped by category. Within each group, the stronger associations come first.

### People and roles
1. Nurse
2. Patient
3. Surgeon

### Places
4. Hospital
5. Clinic
6. Emergency room

### Tools
7. Stethoscope
8. Thermometer
9. Prescription

### Qualities and ideas
10. Care
11. Diagnosis
12. Health
13. Trust

### Appearance
14. White coat

That's 14 words in total. Overall, the strongest single association is probably "hospital," followed closely by "nurse" and "stethoscope.\"""",
     ["nurse", "patient", "surgeon", "hospital", "clinic", "emergency room", "stethoscope", "thermometer", "prescription", "care", "diagnosis", "health", "trust", "white coat"]),

    ("en_van_12", "fire",
     """For me, the word "fire" is first and foremost about heat. Right after that I think of flames, the way they flicker and change color, and then smoke rising from them.

Danger is the next association, since fire can destroy homes and forests in minutes, and that leads naturally to firefighters and the sound of an alarm. On a gentler note, fire also means a campfire, with people gathered around it telling stories, and warmth on a cold night. Finally, I think of light, since for most of human history fire was the only light after sunset.

To summarize in order: heat, flames, smoke, danger, firefighters, alarm, campfire, warmth, light.

Fire is one of those words that is both comforting and frightening, and I tried to capture both sides.""",
     ["heat", "flames", "smoke", "danger", "firefighters", "alarm", "campfire", "warmth", "light"]),

    ("en_van_13", "music",
     """Music is such a broad word! Here are my associations, from strongest to weakest:

1. Melody – the tune you hum
2. Rhythm – the beat, tempo, pulse
3. Song
4. Concert – live performance, crowds, lights
5. Instruments – guitar, piano, drums, violin
6. Headphones
7. Dance
8. Emotion – music can make you cry, laugh, or feel nostalgic
9. Harmony
10. Band
11. Sheet music
12. Radio
13. Singing
14. Record player
15. Lyrics

I tried to mix the technical side (melody, rhythm, harmony) with the everyday experience of listening (headphones, radio, record player).""",
     ["melody", "rhythm", "song", "concert", "instruments", "headphones", "dance", "emotion", "harmony", "band", "sheet music", "radio", "singing", "record player", "lyrics"]),

    ("en_van_14", "money",
     """Okay, let me think about the word "money." Money is something everyone deals with, so the associations are quite strong and varied. I'll list them with a brief explanation each.

1. **Cash** – the most literal form: bills and coins.
2. **Wealth** – having a lot of money.
3. **Bank** – where money is kept.
4. **Work** – how most people earn it.
5. **Salary** – the regular payment for work.
6. **Greed** – the darker side; wanting more than you need.
7. **Dollar** – the most recognized currency in the world.
8. **Savings** – money set aside for the future.
9. **Inves""",
     ["cash", "wealth", "bank", "work", "salary", "greed", "dollar", "savings"]),

    ("en_van_15", "apple",
     """Let me restate the task: I need to list 5 to 10 words I associate with "apple," separated by commas, with the strongest association first.

My first thought is fruit, obviously. Then red, because that's the classic image of an apple, though green apples exist too. I also think of the tech company (iPhone, Mac, Steve Jobs), but that's a different sense of the word. Should I include it? The prompt doesn't specify a sense, so I'll include one tech association but keep the fruit sense dominant.

Other fruit-related words: tree, orchard, pie, juice, cider, crunchy, seeds. And the story of Newton and gravity. And "an apple a day keeps the doctor away."

Ranking them:

fruit, red, tree, pie, orchard, iPhone, juice, Newton, crunchy, teacher

("Teacher" is there because of the old tradition of bringing an apple for the teacher.)""",
     ["fruit", "red", "tree", "pie", "orchard", "iphone", "juice", "newton", "crunchy", "teacher"]),

    ("en_van_16", "library",
     """When I read "library," these words come to mind:

1. Books: the obvious one, shelves upon shelves of them.
2. Quiet: libraries are known for their silence and "shh" signs.
3. Librarian: the person who helps you find what you need.
4. Reading: what people come to do.
5. Study: many students use libraries as a place to focus.
6. Shelves: rows of them, often tall and crowded.
7. Card catalog: an old-fashioned system, but still a strong image.
8. Knowledge: libraries as storehouses of human learning.
9. Borrowing: checking books out and returning them.

These are listed roughly in order of association strength, with "books" being by far the strongest.""",
     ["books", "quiet", "librarian", "reading", "study", "shelves", "card catalog", "knowledge", "borrowing"]),

    ("en_van_17", "green",
     """"Green" has several senses, so here are my associations grouped by meaning:

**Nature:** grass, leaves, trees, forest
**The color itself:** emerald, lime, olive
**Environment:** eco-friendly, recycling
**Other meanings:** envy, inexperienced

The strongest association overall is grass, which is why it comes first. The nature words dominate because green is, above all, the color of living plants.

"Envy" comes from the expression "green with envy," and "inexperienced" from calling a beginner "green." These figurative senses are weaker for me, so they're at the end.

That's eleven words, one more than the upper limit; feel free to drop "olive" if you need exactly ten.""",
     ["grass", "leaves", "trees", "forest", "emerald", "lime", "olive", "eco-friendly", "recycling", "envy", "inexperienced"]),

    ("en_van_18", "teacher",
     """The word "teacher" brings up a lot of memories from school. The first words that come to mind are classroom, blackboard, and homework. After those, I think of students, lessons, and grades, as well as the red pen used for marking. On a more personal level, I associate teachers with patience, guidance, and inspiration; the best teachers I can imagine are the ones who make you want to learn. Finally, there's the apple on the desk, the school bell, chalk, exams, and summer break.

So, in order: classroom, blackboard, homework, students, lessons, grades, red pen, patience, guidance, inspiration, apple, school bell, chalk, exams, summer break.

I hope this list is helpful! Let me know if you'd like fewer words or a different focus.""",
     ["classroom", "blackboard", "homework", "students", "lessons", "grades", "red pen", "patience", "guidance", "inspiration", "apple", "school bell", "chalk", "exams", "summer break"]),

    ("en_van_19", "dog",
     """## Word Associations: "Dog"

Here's my list, from strongest association to weakest:

* **Loyalty** — dogs are famously devoted to their owners.
* **Bark** — the sound most people link to dogs first.
* **Puppy** — the young version, and often the cutest image.
* **Walk** — daily walks are part of life with a dog.
* **Bone** — the classic cartoon treat.
* **Fetch** — throwing a ball or stick and having it brought back.
* **Tail wagging** — a sign of happiness.
* **Best friend** — as in "man's best friend."
* **Leash** — for walks, again.
* **Fur** — soft, and sometimes everywhere on the couch.

Of course, everyone's associations depend on their own experiences: someone who was bitten as a child might think of "fear" or "teeth" first!""",
     ["loyalty", "bark", "puppy", "walk", "bone", "fetch", "tail wagging", "best friend", "leash", "fur"]),

    ("en_van_20", "silence",
     """Hmm, "silence." That's an interesting one because it's defined by absence, the absence of sound. So some of my associations will be about what silence feels like, and some about where you find it.

Thinking about it for a moment... Silence can be peaceful, like in a library or in the mountains at night. But it can also be uncomfortable, like an awkward pause in a conversation, or heavy, like a moment of silence for someone who has died.

Here are my words, most strongly associated first: quiet, peace, stillness, calm, night, meditation, awkwardness, emptiness, mourning, snow.

I included "snow" at the end because freshly fallen snow seems to muffle everything and make the world unusually silent. Do these match the kinds of associations you were looking for?""",
     ["quiet", "peace", "stillness", "calm", "night", "meditation", "awkwardness", "emptiness", "mourning", "snow"]),

    ("en_van_21", "computer",
     """Here is a list of words associated with "computer," ordered from most to least strongly associated:

1. Keyboard
2. Screen (monitor, display, whatever you call it)
3. Mouse
4. Internet
5. Software (programs, apps, operating systems)
6. Laptop
7. Code
8. Processor (CPU, the "brain" of the machine)
9. Data
10. Technology
11. Email
12. Files (documents, folders, downloads)

I stopped at 12 because after that the associations started to feel much weaker, things like "electricity" or "desk" that relate to computers only indirectly.""",
     ["keyboard", "screen", "mouse", "internet", "software", "laptop", "code", "processor", "data", "technology", "email", "files"]),

    ("en_van_22", "mother",
     """Love, care, family, warmth, home, hugs, cooking, sacrifice, protection, Mom

"Mother" is one of those words with almost universally strong emotional associations. Love and care came first because they describe what most people associate with a mother's role. Family and home are the setting; warmth and hugs are the physical, sensory side. Cooking reflects a very common (if somewhat traditional) image: the smell of a favorite dish made by one's mother. Sacrifice and protection speak to the idea of a mother putting her children first.

I added "Mom" at the end because the informal word is how most people actually refer to their own mother, and it carries a different, more personal tone than the formal "mother."

Of course, not everyone's relationship with their mother is positive, and associations can vary a lot from person to person.""",
     ["love", "care", "family", "warmth", "home", "hugs", "cooking", "sacrifice", "protection", "mom"]),

    ("en_van_23", "gravity",
     """Here are my associations with "gravity," from strongest to weakest:

1. Newton
   - apple, falling
2. Force
3. Weight
4. Earth
   - orbit, moon
5. Falling
6. Einstein
   - spacetime, relativity
7. Seriousness (as in "the gravity of the situation")

I've put a couple of extra related words under some of the items in case they're useful.""",
     ["newton", "force", "weight", "earth", "falling", "einstein", "seriousness"]),

    ("en_van_24", "summer",
     """Okay! Let me brainstorm words associated with "summer" and then rank them.

**Brainstorm:**
- Sun and heat are obvious.
- Vacation: school's out, people travel.
- Beach, swimming, ice cream.
- Long days, fireflies, barbecues.

**Ranked list (strongest first):**
1. Sun
2. Heat
3. Vacation
4. Beach
5. Ice cream
6. Swimming
7. Barbecue
8. Fireflies

**As requested, separated by commas:**
Sun, heat, vacation, beach, ice cream, swimming, barbecue, fireflies""",
     ["sun", "heat", "vacation", "beach", "ice cream", "swimming", "barbecue", "fireflies"]),

    ("en_van_25", "freedom",
     """"Freedom" is a powerful and abstract word, and the associations it brings up are a mix of ideas, symbols and feelings.

The words that come to mind most strongly are liberty, independence, and choice. Close behind those are rights, democracy, and the flag, followed by more personal images such as an open road, a bird, and the sky. I also think of the word "escape," though it feels a bit weaker than the others.

So, as a comma-separated list: liberty, independence, choice, rights, democracy, flag, open road, bird, sky, escape

These range from the political (democracy, rights) to the poetic (bird, sky), which I think reflects how broad the concept of freedom is.""",
     ["liberty", "independence", "choice", "rights", "democracy", "flag", "open road", "bird", "sky", "escape"]),

    ("en_van_26", "chair",
     """Here are my word associations for "chair":

**Strongest association:**
- Sit

**Other strong associations:**
- Table
- Furniture
- Desk
- Legs
- Armrest

**Weaker but still relevant:**
- Rocking chair
- Wood
- Cushion
- Chairperson (the person who leads a meeting)

Let me know if you want me to narrow these down to exactly five!""",
     ["sit", "table", "furniture", "desk", "legs", "armrest", "rocking chair", "wood", "cushion", "chairperson"]),

    ("en_van_27", "moon",
     """Here are 7 associations for "moon," each with a short explanation:

1. **Night**
   The moon is the defining feature of the night sky for most people.

2. **Stars**
   Usually seen alongside the moon; together they make up the night sky.

3. **Astronaut**
   The Apollo missions and Neil Armstrong's first steps in 1969.

4. **Full moon**
   The round, bright phase that often shows up in stories and folklore.

5. **Werewolf**
   A classic legend tied to the full moon.

6. **Tides**
   The moon's gravity pulls on the oceans.

7. **Crater**
   The pockmarked surface, visible even through binoculars.

I hope this gives you a good range, from the scientific to the mythological!""",
     ["night", "stars", "astronaut", "full moon", "werewolf", "tides", "crater"]),

    ("en_van_28", "salt",
     """Words that come to mind for "salt," strongest first:

- Pepper - the two are almost always paired on the table
- Sea - salt comes from seawater, and the sea tastes salty
- Ocean spray
- Salty snacks - chips, pretzels, popcorn
- Flavor
- Crystals
- Table salt
- Sodium - and chloride, its chemical partner
- Preserve - salt was used to preserve meat and fish
- Blood pressure

A bit of a mix of cooking, chemistry and health!""",
     ["pepper", "sea", "ocean spray", "salty snacks", "flavor", "crystals", "table salt", "sodium", "preserve", "blood pressure"]),

    ("en_van_29", "car",
     """Here are my associations for "car," in order of strength:

1. Drive
2. Road
3. Wheels
4. Engine
5. Traffic
6. Gasoline
7. Speed
8. Keys

If you need a few more to reach the upper limit, I'd add: highway and parking.

Cars are such a big part of daily life that most of these came to mind almost instantly. "Traffic" and "parking" are probably the least pleasant associations on the list!""",
     ["drive", "road", "wheels", "engine", "traffic", "gasoline", "speed", "keys", "highway", "parking"]),

    ("en_van_30", "rain",
     """Rain is such an evocative word. Words that come to mind include umbrella, puddles, clouds, thunder, wet, gray skies, raincoat, and petrichor (that earthy smell after a shower).

There's something both gloomy and comforting about rain. It can ruin a picnic or a wedding, but it's also wonderful to listen to from inside, curled up with a book and a cup of tea.

If I had to rank them, umbrella would come first, because it's the object most directly linked to rain, followed by puddles and clouds. Thunder and gray skies are about the mood of a rainy day, and raincoat is another practical item.

Petrichor is the least common word on the list, but I love that there's a specific word for that smell!""",
     ["umbrella", "puddles", "clouds", "thunder", "wet", "gray skies", "raincoat", "petrichor"]),

    ("en_van_31", "king",
     """Crown, queen, throne, castle, power, kingdom, royal, chess, ruler, lion

A bit more on where these come from:

**Royalty and monarchy:** crown, queen, throne, royal, kingdom, ruler. These all describe the institution of kingship and its symbols.

**Places:** castle, the traditional home of a king in stories and history.

**Abstract ideas:** power. Kings have historically held enormous power.

**Games and nature:** chess (the king is the most important piece) and lion (the "king of the jungle").""",
     ["crown", "queen", "throne", "castle", "power", "kingdom", "royal", "chess", "ruler", "lion"]),

    ("en_van_32", "smile",
     """Here are the words I associate with "smile":

1. **Happiness** – the feeling a smile usually expresses.
2. **Teeth** – a big smile shows them.
3. **Friendliness** – smiling at strangers signals warmth.
4. **Laughter** – smiles and laughs often go together.
5. **Joy** – closely related to happiness but a little more intense.
6. **Face** – where a smile appears, of course.
7. **Sunshine** – a bright smile is often compared to the s""",
     ["happiness", "teeth", "friendliness", "laughter", "joy", "face", "sunshine"]),

    ("en_van_33", "bank",
     """"Bank" has two main meanings, so I'll split my associations:

**Financial institution**
1. Money
2. Account
3. Loan
4. ATM
5. Teller
6. Interest (as in interest rates, savings interest)

**Side of a river**
7. River
8. Grass
9. Fishing

I've put the financial sense first because it's by far the more common use of the word today. Overall, my top association is "money.\"""",
     ["money", "account", "loan", "atm", "teller", "interest", "river", "grass", "fishing"]),

    ("en_van_34", "pizza",
     """Oh, pizza! 🍕 Great word. Here's what comes to mind:

Cheese, tomato sauce, pepperoni, Italy, crust, oven, delivery, slice, friends, Friday night

Cheese is the first thing for me; it's what makes pizza pizza. Tomato sauce and pepperoni are the classic toppings, and Italy is where it all started (Naples, specifically). Crust and oven relate to how it's made, delivery and slice to how it's usually eaten, and friends and Friday night to the social side: pizza is such a go-to food for casual get-togethers.

What about you? What's the first word that comes to your mind when you think of pizza?""",
     ["cheese", "tomato sauce", "pepperoni", "italy", "crust", "oven", "delivery", "slice", "friends", "friday night"]),

    ("en_van_35", "war",
     """"War" is a heavy word, and the associations it brings up are mostly somber. Here they are, from strongest to weakest:

1. Death: the most immediate and tragic consequence.
2. Soldiers: the people who fight it.
3. Destruction: cities, homes, infrastructure.
4. Weapons: guns, tanks, bombs.
5. Conflict: the broader idea behind any war.
6. Peace: its opposite, and what most people hope follows it.
7. History: World War I, World War II, and countless others.
8. Refugees: people forced to flee their homes.
9. Fear

I've tried to include both the concrete (soldiers, weapons) and the human (refugees, fear) sides of war.""",
     ["death", "soldiers", "destruction", "weapons", "conflict", "peace", "history", "refugees", "fear"]),

    ("en_van_36", "quickly",
     """"Quickly" is an adverb, so my associations might include other adverbs, related adjectives, and images of speed. Let me think through it.

- Related forms: quick, quickness.
- Synonyms: fast, rapidly, swiftly, hastily.
- Images: running, a cheetah, a race car.
- Opposite: slowly.

Picking the strongest and ordering them:

1. Fast
2. Rapidly
3. Speed
4. Hurry
5. Swiftly
6. Slowly (as the opposite)
7. Running
8. Quick

That's eight words, from strongest to weakest.""",
     ["fast", "rapidly", "speed", "hurry", "swiftly", "slowly", "running", "quick"]),

    ("en_van_37", "London",
     """Here's what "London" brings to mind, organized by theme:

- **Landmarks**
  - Big Ben
  - Tower Bridge
  - Buckingham Palace
- **Weather**
  - Rain
  - Fog
- **Transport**
  - Double-decker bus
  - Underground (the Tube)
- **Culture**
  - Tea
  - Theatre
  - Royal family

Big Ben is probably my single strongest association; it's the image on every postcard. Rain and fog are the stereotype, even if the weather is often better than its reputation.""",
     ["big ben", "tower bridge", "buckingham palace", "rain", "fog", "double-decker bus", "underground", "tea", "theatre", "royal family"]),

    ("en_van_38", "sleep",
     """Here are my associations for "sleep," ranked:

1. Bed – the place most of us sleep.
2. Dreams – what happens while we sleep.
3. Night – when sleep usually happens.
4. Pillow – soft, essential.
5. Rest – the purpose of sleep.
6. Tired – the feeling that comes before it.
7. Blanket – warmth and comfort.
8. Insomnia – the frustrating absence of sleep.

Other words I considered but left out: nap, snore, alarm clock. They felt a bit weaker than the eight above.""",
     ["bed", "dreams", "night", "pillow", "rest", "tired", "blanket", "insomnia"]),

    ("en_van_39", "birthday",
     """When I read "birthday," I think first of cake and candles, then presents, balloons and a party. The song "Happy Birthday" comes to mind too, along with wishes, friends, family and cards. Beyond the celebration itself, I think of age, growing older, and time passing. A little further down the list are surprise, decorations, confetti and a party hat.

Putting those in a single comma-separated list, strongest first:

cake, candles, presents, balloons, party, Happy Birthday song, wishes, friends, family, cards, age, growing older, time, surprise, decorations, confetti, party hat

That's 17 words, within the 10 to 20 you asked for.""",
     ["cake", "candles", "presents", "balloons", "party", "happy birthday song", "wishes", "friends", "family", "cards", "age", "growing older", "time", "surprise", "decorations", "confetti", "party hat"]),

    ("en_van_40", "blue",
     """Let me restate the task to be sure: I should give between 10 and 20 words associated with "blue," separated by commas, with the strongest associations first.

"Blue" is a color, but it's also a mood and a music genre. I'll start with the color sense, since that's the most common, and then include the other senses toward the end.

Here is my list:

sky, ocean, sea, water, color, navy, cold, sadness, jeans, blueberry, whale, ice, the blues, jazz, calm, sapph""",
     ["sky", "ocean", "sea", "water", "color", "navy", "cold", "sadness", "jeans", "blueberry", "whale", "ice", "the blues", "jazz", "calm"]),

    ("en_van_41", "spider",
     """Spiders tend to bring up strong feelings! Here are my associations:

1. Web (the intricate silk structure, sometimes covered in dew)
2. Eight legs
3. Fear (arachnophobia is one of the most common phobias)
4. Spider-Man
5. Creepy crawly
6. Halloween (fake cobwebs, decorations, costumes)
7. Fly (the classic prey caught in a web)
8. Venom
9. Corner of the ceiling

Interestingly, a lot of people's first association with spiders is emotional (fear) rather than physical (web), but for me the web is the strongest image.""",
     ["web", "eight legs", "fear", "spider-man", "creepy crawly", "halloween", "fly", "venom", "corner of the ceiling"]),

    ("en_van_42", "hope",
     """What a lovely word to reflect on. Here's how my associations unfold:

First, **optimism**: hope is, at its core, an optimistic feeling about the future.
Second, **light**, as in "a light at the end of the tunnel."
Third, **faith**, because hope and faith are often paired, especially in religious contexts.
Then **dreams** and **wishes**, which are the things we hope for.
After that, **future** and **tomorrow**, the time that hope always points toward.
Finally, **resilience**: the ability to keep going, which hope makes possible.

So my list is: optimism, light, faith, dreams, wishes, future, tomorrow, resilience.""",
     ["optimism", "light", "faith", "dreams", "wishes", "future", "tomorrow", "resilience"]),

    ("en_van_43", "Shakespeare",
     """Shakespeare is a rich cue! Here are my associations, grouped, and ordered within each group:

#### Works
- Hamlet
- Romeo and Juliet
- Macbeth
- sonnets

#### Places and times
- Stratford-upon-Avon
- Globe Theatre
- Elizabethan England

#### Language
- "To be or not to be"
- thee and thou
- iambic pentameter

Hamlet is my single strongest association, probably because "To be or not to be" is the most quoted line in English literature.""",
     ["hamlet", "romeo and juliet", "macbeth", "sonnets", "stratford-upon-avon", "globe theatre", "elizabethan england", "to be or not to be", "thee and thou", "iambic pentameter"]),

    ("en_van_44", "fast",
     """Sure, here are my associations for "fast," strongest first:

1. Speed, obviously, the core meaning.
2. Quick
3. Race car, or any vehicle built to go fast.
4. Running
5. Cheetah, the fastest land animal.
6. Fasting, the other meaning (not eating).
7. Furious, from the movie franchise "Fast & Furious."
8. Slow, as the opposite.

That's eight words covering the literal, the figurative, and a bit of pop culture.""",
     ["speed", "quick", "race car", "running", "cheetah", "fasting", "furious", "slow"]),

    ("en_van_45", "island",
     """An island makes me think of both paradise and isolation, which is an interesting contrast.

My associations, in order: beach; palm trees; ocean; sand; isolation; paradise; tropical; shipwreck; coconut; treasure.

The first few (beach, palm trees, ocean, sand) are the postcard image of a tropical island. Isolation and shipwreck come from stories like Robinson Crusoe or Cast Away, where being on an island means being cut off from the world. Paradise and tropical are the vacation side of it, and coconut and treasure are a little more playful, the kind of details you'd find in a pirate story.

Let me know if you want a version with commas instead of semicolons!""",
     ["beach", "palm trees", "ocean", "sand", "isolation", "paradise", "tropical", "shipwreck", "coconut", "treasure"]),

    ("en_van_46", "newspaper",
     """Here's a table of my associations with "newspaper":

| Rank | Word | Why it comes to mind |
|------|------|----------------------|
| 1 | News | The content, obviously |
| 2 | Headlines | Big bold text on the front page |
| 3 | Journalist | The people who write it |
| 4 | Ink | Smudges on your fingers |
| 5 | Morning | Reading it with breakfast, coffee, toast |
| 6 | Print | As opposed to digital media |
| 7 | Crossword | A favorite section for many readers |
| 8 | Paperboy | Delivering papers door to door |

These lean a bit nostalgic, since print newspapers are less common than they used to be.""",
     ["news", "headlines", "journalist", "ink", "morning", "print", "crossword", "paperboy"]),

    ("en_van_47", "cat",
     """Here are words I associate with "cat," most strongly associated first:

- Purr
- Whiskers
- Meow
- Kitten
- Independence
- Breeds, e.g. Siamese, Persian, Maine Coon
- Litter box
- Yarn
- Mouse

Cats have such a distinct personality compared to dogs, so "independence" felt important to include even though it's more abstract than the rest.""",
     ["purr", "whiskers", "meow", "kitten", "independence", "breeds", "litter box", "yarn", "mouse"]),

    ("en_van_48", "kiss",
     """Associations for "kiss" (strongest first):

Love → the feeling most kisses express
Lips → where a kiss happens
Romance → candlelit dinners, first dates
Goodbye → a kiss at the door or at the airport
Wedding → "you may now kiss the bride"
Cheek → a gentler, friendly kiss
Chocolate → Hershey's Kisses!
Frog → the fairy-tale prince

A mix of romantic, familial and playful associations.""",
     ["love", "lips", "romance", "goodbye", "wedding", "cheek", "chocolate", "frog"]),

    ("en_van_49", "mountain",
     """To build this list, I'll consider three angles: what a mountain looks like, what people do there, and how it makes people feel.

- Looks: peak, snow, rocks, height
- Activities: climbing, hiking, skiing
- Feelings: awe, challenge

Combining and ranking these by strength of association:

peak, climbing, snow, hiking, height, rocks, awe, skiing, challenge, Everest

Everest sneaks in at the end because it's the mountain most people think of first by name.""",
     ["peak", "climbing", "snow", "hiking", "height", "rocks", "awe", "skiing", "challenge", "everest"]),

    ("en_van_50", "Christmas",
     """Here are my associations for "Christmas," from strongest to weakest. I've added a short note to each.

**Christmas tree.** Decorated with lights and ornaments, it's the centerpiece of the holiday in many homes.

**Presents.** Wrapped gifts under the tree, opened on Christmas morning.

**Santa Claus.** The jolly figure in red, with reindeer, a sleigh and a list of who's naughty or nice.

**Snow.** Even in places where it rarely snows, the image of a white Christmas is everywhere.

**Family.** Christmas is a time for gathering with relatives.

**Carols.** Songs like "Silent Night" and "Jingle Bells."

**December.** The month it falls in.

**Cookies.** Baked for Santa, for neighbors, for everyone.

**Church.** For many people, Christmas is first and foremost a religious holiday celebrating the birth of Jesus.

**Lights.** Houses, streets and trees covered in them.

That's ten; I could keep going, but these are the strongest for me.""",
     ["christmas tree", "presents", "santa claus", "snow", "family", "carols", "december", "cookies", "church", "lights"]),

    ("en_van_51", "lie",
     """The word "lie" has two quite different meanings (telling an untruth, and lying down), so my associations split between them.

Sense 1: not telling the truth
1. Deception
2. Dishonesty
3. Truth (its opposite)
4. Secret
5. Liar
6. Pinocchio

Sense 2: resting horizontally
7. Bed
8. Rest
9. Down

Most people probably think of the first sense first, which is why it takes up most of the list.""",
     ["deception", "dishonesty", "truth", "secret", "liar", "pinocchio", "bed", "rest", "down"]),

    ("en_van_52", "bicycle",
     """Here are my associations for "bicycle," strongest first:

1. Wheels
2. Pedals
3. Helmet
4. Ride
5. Exercise
6. Chain
7. Bell
8. Tour de France
9. Freedom
10. Childhood

If you'd prefer just the top five as a comma-separated list: wheels, pedals, helmet, ride, exercise.

Riding a bike is one of those things people remember learning as children, which is why "childhood" made it onto the list, along with "freedom," the feeling of zooming down a hill for the first time.""",
     ["wheels", "pedals", "helmet", "ride", "exercise", "chain", "bell", "tour de france", "freedom", "childhood"]),

    ("en_van_53", "ice cream",
     """Yum, ice cream! Here are the words that pop into my head:

1. Cone – waffle or sugar, both are great
2. Summer – hot days and melting scoops
3. Vanilla – the classic flavor
4. Chocolate – another classic, maybe even more popular
5. Sprinkles – colorful, crunchy, fun
6. Cold
7. Ice cream truck – that jingle!
8. Sundae – with hot fudge, whipped cream, and a cherry on top
9. Dessert
10. Brain freeze

Do you have a favorite flavor? I'd be curious whether your associations look similar.""",
     ["cone", "summer", "vanilla", "chocolate", "sprinkles", "cold", "ice cream truck", "sundae", "dessert", "brain freeze"]),

    ("en_van_54", "and",
     """"And" is a conjunction, so the associations that come to mind are mostly linguistic. Here they are:

1. "Or" – the other most common conjunction.
2. "But" – also a conjunction, used for contrast.
3. "Conjunction" – the grammatical category.
4. "Ampersand" – the & symbol.
5. "Plus" – "and" often means addition.
6. "Also" – a near-synonym.
7. "Together" – "and" joins things.
8. "Grammar"

It's hard to find strong imagery for such a small word, so most of these relate to language and grammar rather than to objects or feelings.""",
     ["or", "but", "conjunction", "ampersand", "plus", "also", "together", "grammar"]),

    ("en_van_55", "robot",
     """Okay, "robot." Let me think about what immediately comes to mind.

The very first image is a metal humanoid figure, so "metal" and "machine." Then I think about science fiction: movies like The Terminator and Star Wars (R2-D2, C-3PO). Then the practical side: factories, automation, assembly lines. And finally the modern AI angle.

I'll leave out specific movie titles and characters to keep the list general.

Final list:
1. Machine
2. Metal
3. Artificial intelligence
4. Automation
5. Factory
6. Science fiction
7. Circuits
8. Android
9. Future
10. Beep

"Beep" is a bit playful, but robotic beeping sounds are such a strong part of how robots are portrayed that I couldn't leave it out.""",
     ["machine", "metal", "artificial intelligence", "automation", "factory", "science fiction", "circuits", "android", "future", "beep"]),

    ("en_van_56", "beautiful",
     """What a lovely word! "Beautiful" brings up a lot of positive imagery. Here are my associations, in order:

1. **Pretty** – the closest everyday synonym.
2. **Flowers** – roses, tulips, a field of wildflowers.
3. **Sunset** – one of the most universally admired sights.
4. **Elegant** – a more refined kind of beauty.
5. **Art** – paintings, sculpture, music.
6. **Nature** – mountains, oceans, forests.
7. **Gorgeous** – an intensified synonym.
8. **Love** – we often find beautiful what we love, and love what we find beauti""",
     ["pretty", "flowers", "sunset", "elegant", "art", "nature", "gorgeous", "love"]),

    ("en_van_57", "hospital",
     """Here are my associations for "hospital," grouped into three categories to make them easier to read:

- People
  - doctors
  - nurses
  - patients
  - visitors
- Places within it
  - emergency room
  - waiting room
  - operating theater
- Things
  - stretcher
  - IV drip
  - smell of disinfectant

Across all categories, "doctors" is the strongest association, followed by "emergency room.\"""",
     ["doctors", "nurses", "patients", "visitors", "emergency room", "waiting room", "operating theater", "stretcher", "iv drip", "smell of disinfectant"]),

    ("en_van_58", "time",
     """clock, watch, hours, minutes, seconds, past, future, present, history, calendar, aging, deadline, money, hourglass, eternity

Some thoughts on a few of these:

"Clock" and "watch" are the most concrete associations, the tools we use to measure time. "Hours," "minutes" and "seconds" are its units. "Past," "present" and "future" are the way we divide time conceptually, and "history" is the past on a larger scale.

"Money" might seem odd, but "time is money" is such a common expression that it came to mind almost immediately. "Deadline" reflects the stressful side of time, and "hourglass" is one of its oldest symbols. "Eternity" closes the list as the most abstract idea: time without end.""",
     ["clock", "watch", "hours", "minutes", "seconds", "past", "future", "present", "history", "calendar", "aging", "deadline", "money", "hourglass", "eternity"]),

    ("en_van_59", "angry",
     """**My list:** rage, red, shouting, frustration, fist, temper, mad, storm, argument

**Explanation:** "Rage" is the most intense form of anger, so it felt like the strongest association. "Red" comes from the idea of "seeing red" and a red face. "Shouting," "fist," and "argument" are the outward signs of anger, while "frustration" and "temper" describe what happens inside. "Mad" is a casual synonym, and "storm" is a metaphor: anger often builds and breaks like a storm.

I left out milder words like "irritation" and "annoyance," since they felt less closely tied to the cue than the ones above.""",
     ["rage", "red", "shouting", "frustration", "fist", "temper", "mad", "storm", "argument"]),

    ("en_van_60", "garden",
     """Here are my associations for "garden," from strongest to weakest:

1. Flowers (roses, tulips, daisies)
2. Plants
3. Soil
4. Watering can
5. Vegetables / herbs
6. Bees
7. Gardener
8. Peaceful
9. Weeds

A garden can be both a place of work (soil, weeds, watering) and a place of rest, which is why "peaceful" ended up on the list too.""",
     ["flowers", "plants", "soil", "watering can", "vegetables", "herbs", "bees", "gardener", "peaceful", "weeds"]),

    ("en_van_61", "Paris",
     """Paris! Here's what comes to mind, grouped by strength:

Strongest: Eiffel Tower, France, romance
Strong: Louvre, croissants, fashion, Seine
Moderate: art, cafés, Mona Lisa

I'd say the Eiffel Tower is the single most iconic image of Paris; it's hard to think of the city without it. The Louvre and the Mona Lisa are the big cultural associations, while croissants and cafés capture everyday Parisian life.

Have you been to Paris, or is this for a project?""",
     ["eiffel tower", "france", "romance", "louvre", "croissants", "fashion", "seine", "art", "cafés", "mona lisa"]),

    ("en_van_62", "student",
     """When I read the word "student," I'm transported back to school and university. Words that come to mind include books, exams, homework, backpack, campus, lectures, as well as deadlines and coffee (lots of coffee), and so on.

The first few are the most direct: books and exams are at the center of student life, and homework is what follows you home. A backpack is what every student carries around. Campus and lectures are more about university than school. Deadlines and coffee reflect the reality of student life: late nights trying to finish assignments on time.

I also thought about "loans," since student debt is a big topic, but it felt less immediate than the others.""",
     ["books", "exams", "homework", "backpack", "campus", "lectures", "deadlines", "coffee"]),

    ("en_van_63", "snake",
     """The cue is "snake." I need 5 to 10 associated words, strongest first, separated by commas.

Thinking about it: the first thing I picture is the body, long, scaly, slithering. Then venom and fangs, since many people fear snakes for their bite. There's the hiss, of course. Culturally, I think of the serpent in the Garden of Eden, and of snake charmers with their baskets. In nature, the python and the cobra are the best-known species. There's also the idea of a "snake" as a treacherous person.

Final answer, strongest first:

slither, venom, scales, hiss, fangs, cobra, python, serpent, danger, tre""",
     ["slither", "venom", "scales", "hiss", "fangs", "cobra", "python", "serpent", "danger"]),

    ("en_van_64", "broken",
     """"Broken" can describe objects, bodies, and feelings, so I've tried to cover all three. Here are my associations, strongest first:

- Broken heart: the emotional sense, probably the most common figurative use.
- Glass: shattered glass is the classic image of something broken.
- Bone: a broken arm or leg.
- Repair: the natural response to something broken.
- Promise: "a broken promise."
- Sad
- Pieces
- Crack
- Fix

"Repair" and "fix" are close in meaning, but I kept both since "fix" feels more casual and immediate.""",
     ["broken heart", "glass", "bone", "repair", "promise", "sad", "pieces", "crack", "fix"]),

    ("en_van_65", "Beethoven",
     """1. Symphony
2. Deafness
3. Piano
4. Composer
5. Fifth Symphony
6. Moonlight Sonata
7. Vienna
8. Classical music
9. Genius

### Explanations

**Symphony / Fifth Symphony** — Beethoven's nine symphonies are central to his reputation, and the four-note opening of the Fifth is probably the most famous motif in classical music.

**Deafness** — He famously continued composing after losing his hearing, which makes his story especially moving.

**Piano, Moonlight Sonata** — He was a virtuoso pianist, and the Moonlight Sonata is one of the best-known piano pieces ever written.

**Vienna** — Where he lived and worked for most of his life.

**Composer, Classical music, Genius** — The broader categories and reputation he's associated with.""",
     ["symphony", "deafness", "piano", "composer", "fifth symphony", "moonlight sonata", "vienna", "classical music", "genius"]),
]

ZH_LISTS = [
    ("zh_van_01", "春天",
     """看到“春天”这个词，我脑海中首先浮现的是花开的景象，其次是嫩芽和温暖的阳光，再往后会想到春雨、燕子和风筝，最后还会想到春节和播种。

按照联想强度排序，我的答案是：

花开，嫩芽，阳光，春雨，燕子，风筝，春节，播种

其中“花开”是最直接的联想，因为春天最明显的标志就是百花盛开；“嫩芽”和“阳光”代表着万物复苏；“春雨”让人想起杜甫的“好雨知时节，当春乃发生”；“燕子”和“风筝”是春天里常见的画面。

“春节”虽然严格来说在冬末，但在中文里“春”字让人很自然地联想到它；“播种”则来自“一年之计在于春”这句俗语。

希望这个列表对你有帮助！""",
     ["花开", "嫩芽", "阳光", "春雨", "燕子", "风筝", "春节", "播种"]),

    ("zh_van_02", "月亮",
     """好的，以下是我看到“月亮”时联想到的词语，按联想强度从高到低排列：

1. 中秋节（zhōng qiū jié）
2. 月饼（yuè bǐng）
3. 嫦娥（cháng é）
4. 思乡（sī xiāng）
5. 夜晚（yè wǎn）
6. 玉兔（yù tù）
7. 李白（lǐ bái）
8. 星星（xīng xing）

说明：在中国文化中，月亮和中秋节、团圆、思乡的情感紧密相连。李白的《静夜思》“床前明月光”几乎人人都会背，所以他也出现在我的联想里。

希望这些联想能对你有所帮助！""",
     ["中秋节", "月饼", "嫦娥", "思乡", "夜晚", "玉兔", "李白", "星星"]),

    ("zh_van_03", "妈妈",
     """看到“妈妈”这个词，我会联想到以下词语（附英文翻译）：

1. 爱 (love)
2. 温暖 (warmth)
3. 家 (home)
4. 饭菜 (home-cooked meals)
5. 唠叨 (nagging)
6. 辛苦 (hard work)
7. 拥抱 (hug)
8. 母亲节 (Mother's Day)
9. 牵挂 (worry, caring about someone far away)

“唠叨”看起来有点负面，但其实很多人提到妈妈时都会带着笑意想起她的唠叨，这也是一种爱的表现。“牵挂”则是离家在外的人最能体会的感情。""",
     ["爱", "温暖", "家", "饭菜", "唠叨", "辛苦", "拥抱", "母亲节", "牵挂"]),

    ("zh_van_04", "火锅",
     """“火锅”是一个非常有画面感的词！我把联想到的词语按类别整理如下：

【味道】
麻辣、鲜香、牛油

【食材】
毛肚、肥牛、鸭血、豆腐

【地点】
重庆、成都

【氛围】
热闹、朋友聚会

总体来说，联想最强的是“麻辣”和“重庆”。一群朋友围着一口翻滚的红油锅，边吃边聊，大概就是火锅最迷人的地方吧。""",
     ["麻辣", "鲜香", "牛油", "毛肚", "肥牛", "鸭血", "豆腐", "重庆", "成都", "热闹", "朋友聚会"]),

    ("zh_van_05", "的",
     """题目要求列出看到“的”这个字时联想到的词语，5到10个，用逗号分隔。

“的”是一个结构助词，本身没有具体的意思，所以联想可能会偏向语法和语言方面。让我想一想：首先会想到“地”和“得”，因为这三个字经常被混用，是小学语文的经典考点；然后会想到“助词”“语法”这类术语；还有“的确”“目的”这样含有“的”的词语；另外，“的士”也是一个很常见的词。

整理后，按联想强弱排序：

地，得，助词，语法，的确，目的，的士，汉字

最后加上“汉字”，是因为“的”是现代汉语里出现频率最高的汉字。""",
     ["地", "得", "助词", "语法", "的确", "目的", "的士", "汉字"]),

    ("zh_van_06", "龙",
     """中国、皇帝、龙年、舞龙、神话、飞翔、力量、龙舟

下面简单解释一下：

- **中国**：龙是中华民族的象征，我们常说自己是“龙的传人”。
- **皇帝**：古代皇帝被称为“真龙天子”，龙袍、龙椅都与皇权有关。
- **龙年**：十二生肖之一，龙年出生的孩子特别多。
- **舞龙**：春节和庙会上常见的传统表演。
- **神话**：龙王、四海龙王等传说。
- **飞翔**：龙能腾云驾雾。
- **力量**：龙象征着强大和威严。
- **龙舟**：端午节赛龙舟的习俗。

你对龙的第一印象是什么呢？""",
     ["中国", "皇帝", "龙年", "舞龙", "神话", "飞翔", "力量", "龙舟"]),

    ("zh_van_07", "画蛇添足",
     """“画蛇添足”是一个成语，出自《战国策》，讲的是几个人比赛画蛇，先画完的人却给蛇添上了脚，结果反而输了。它比喻做了多余的事，反而弄巧成拙。

看到这个成语，我联想到的词语有（按联想强度排序）：

1. 多此一举
2. 弄巧成拙
3. 多余
4. 蛇
5. 成语故事
6. 酒
7. 自作聪明
8. 适可而止

其中“多此一举”和“弄巧成拙”是意思最接近的成语，“酒”则来自故事本身：大家比赛画蛇，赢的人可以喝那壶酒。“适可而止”算是这个成语给我们的启示。""",
     ["多此一举", "弄巧成拙", "多余", "蛇", "成语故事", "酒", "自作聪明", "适可而止"]),

    ("zh_van_08", "红色",
     """看到“红色”，我会联想到这些词语（从强到弱）：

1. **喜庆** —— 中国人过年、结婚都喜欢用红色。
2. **春联** —— 家家户户门上贴的红纸对联。
3. **国旗** —— 五星红旗。
4. **热情** —— 红色给人热烈、奔放的感觉。
5. **血** —— 最直观的红色之一。
6. **红包** —— 过年时长辈给的压岁钱。
7. **玫瑰** —— 象征爱情。
8. **危险** —— 红灯、警示标志。

红色在中文语境中大多是积极的含义，但也有“危险”“警告”这一面。""",
     ["喜庆", "春联", "国旗", "热情", "血", "红包", "玫瑰", "危险"]),

    ("zh_van_09", "学校",
     """以下是我看到“学校”时联想到的词语，每个词下面附上一些具体例子：

- 老师
  - 班主任、语文老师
- 同学
  - 同桌、好朋友
- 教室
  - 黑板、课桌、讲台
- 考试
  - 期中考试、高考
- 作业
- 操场
  - 升旗、课间操

这些联想大多来自中小学时期的记忆。""",
     ["老师", "同学", "教室", "考试", "作业", "操场"]),

    ("zh_van_10", "茶",
     """看到“茶”这个字，我会联想到很多东西。我联想到的词语包括：茶叶、茶壶、绿茶、龙井、清香、茶馆、功夫茶、悠闲和下午茶。

其中，“茶叶”和“茶壶”是最直接的联想；“绿茶”和“龙井”代表了中国人最熟悉的茶类；“清香”是喝茶时的感受；“茶馆”和“功夫茶”则体现了茶文化；“悠闲”是一种生活状态；“下午茶”则带有一点西方的味道。

中国是茶的故乡，从陆羽的《茶经》到街头巷尾的奶茶店，茶一直是中国人生活中不可缺少的一部分。

你平时喜欢喝什么茶呢？""",
     ["茶叶", "茶壶", "绿茶", "龙井", "清香", "茶馆", "功夫茶", "悠闲", "下午茶"]),

    ("zh_van_11", "医生",
     """好的，以下是看到“医生”时我联想到的词语，共15个，按类别分组：

【人物】
1. 护士
2. 病人
3. 白衣天使

【场所】
4. 医院
5. 诊所
6. 急诊室

【工具】
7. 听诊器
8. 白大褂
9. 处方
10. 手术刀

【品质】
11. 救死扶伤
12. 责任
13. 耐心
14. 专业
15. 辛苦

希望这个列表能满足你的需要！""",
     ["护士", "病人", "白衣天使", "医院", "诊所", "急诊室", "听诊器", "白大褂", "处方", "手术刀", "救死扶伤", "责任", "耐心", "专业", "辛苦"]),

    ("zh_van_12", "手机",
     """好的！看到“手机”这个词，我联想到的词语如下，按照联想强度从高到低排列：

1. 微信——现在几乎每个人的手机里都有微信。
2. 屏幕——每天盯着看好几个小时。
3. 充电——电量焦虑大概是现代人的通病。
4. 拍照——手机已经取代了很多人的相机。
5. 游戏——王者荣耀、消消乐等。
6. 苹果——iPhone是最有代表性的智能手机之一。
7. 短视频——抖音、快手让人停不下来。
8. 低头族——走路、吃饭都在看手机的人。
9. 依""",
     ["微信", "屏幕", "充电", "拍照", "游戏", "苹果", "短视频", "低头族"]),

    ("zh_van_13", "朋友",
     """说到“朋友”，我首先想到的是“友谊”，这是朋友之间最核心的东西。其次是“信任”，真正的朋友之间是可以互相信任的。再次，我会想到“陪伴”和“分享”：无论是开心的事还是难过的事，都可以和朋友一起分享。

接着，我会想到“同学”，因为很多人最好的朋友就是学生时代认识的。最后，我还会想到“聚会”和“知己”，以及那句“有朋自远方来，不亦乐乎”。

总结一下：友谊，信任，陪伴，分享，同学，聚会，知己。

人生得一知己足矣，希望你身边也有这样的好朋友！""",
     ["友谊", "信任", "陪伴", "分享", "同学", "聚会", "知己"]),

    ("zh_van_14", "书",
     """看到“书”这个字，我的第一反应是“知识”，毕竟书是人类知识最重要的载体。

紧接着想到的是“阅读”，然后是“图书馆”，那种安静、满是书架的地方。再往下，我会想到“书香”这个词，以及“作者”和“故事”。最后，还会想到“书包”，这大概是童年留下的印象吧。

这几个词基本按照联想的强弱排列，“知识”最强，“书包”最弱。

古人说“书中自有黄金屋”，虽然现在大家更多是在手机上看电子书，但纸质书的那种感觉，依然是很多人心中无法替代的。""",
     ["知识", "阅读", "图书馆", "书香", "作者", "故事", "书包"]),

    ("zh_van_15", "春节",
     """请看我的联想（按强度排序，并附拼音）：

团圆（tuán yuán）、饺子（jiǎo zi）、红包（hóng bāo）、鞭炮（biān pào）、春联（chūn lián）、年夜饭（nián yè fàn）、春晚（chūn wǎn）、拜年（bài nián）、回家（huí jiā）、烟花（yān huā）、守岁（shǒu suì）

春节是中国最重要的传统节日，“团圆”是它的核心意义，所以排在第一位。饺子、年夜饭是吃的方面；红包、拜年是习俗；鞭炮、烟花、春联是装饰和氛围；春晚则是现代人过年的固定节目。

希望对你有帮助，祝你新年快乐！""",
     ["团圆", "饺子", "红包", "鞭炮", "春联", "年夜饭", "春晚", "拜年", "回家", "烟花", "守岁"]),

    ("zh_van_16", "水",
     """我需要列出看到“水”这个词时联想到的5到10个词语，并且按照联想强度排序。

让我想一想。水是生命之源，所以“生命”应该排在很前面。不过最直接的联想可能是“喝水”和“河流”。另外，水的形态有冰、雪、水蒸气；水的性质有清澈、柔软；和水相关的成语有“上善若水”“水滴石穿”。

综合考虑，我的最终答案是：

河流，生命，喝水，清澈，海洋，雨，冰，上善若水

其中“上善若水”出自《道德经》，是一种与水相关的哲学联想。""",
     ["河流", "生命", "喝水", "清澈", "海洋", "雨", "冰", "上善若水"]),

    ("zh_van_17", "老师",
     """以下是我对“老师”这个词的联想，按照联想强度从强到弱排列：

1. 粉笔：以前上课老师都用粉笔在黑板上写字。
2. 黑板：和粉笔是分不开的一对。
3. 讲台：老师站着讲课的地方。
4. 教师节：每年9月10日。
5. 园丁：人们常把老师比作辛勤的园丁。
6. 蜡烛：“燃烧自己，照亮别人”。
7. 作业：老师布置的，学生最头疼的东西。
8. 严厉：很多人记忆中的老师都有严厉的一面。

希望这些联想能够帮到你！""",
     ["粉笔", "黑板", "讲台", "教师节", "园丁", "蜡烛", "作业", "严厉"]),

    ("zh_van_18", "钱",
     """金钱、财富、工资、银行、存款、消费、房子、压力、自由、贪婪

这里面，“工资”“银行”“存款”是与钱最直接相关的日常概念；“房子”和“压力”则反映了当下很多年轻人的真实感受：买房、还房贷都需要很多钱。“自由”听起来可能有点意外，但“财务自由”是近年来非常流行的说法。最后的“贪婪”代表了钱的负面联想，就像俗话说的“人为财死，鸟为食亡”。

当然，每个人对钱的感受不同，有的人会首先想到“努力”“奋斗”，有的人会想到“安全感”。""",
     ["金钱", "财富", "工资", "银行", "存款", "消费", "房子", "压力", "自由", "贪婪"]),

    ("zh_van_19", "北京",
     """看到“北京”，我想到的词语如下（中英对照）：

1. 天安门 / Tiananmen
2. 故宫 / Forbidden City
3. 长城 / Great Wall
4. 首都 / capital
5. 烤鸭 / roast duck
6. 胡同 / hutong
7. 奥运会 / Olympics
8. 雾霾 / smog
9. 堵车 / traffic jams

北京作为首都，有着深厚的历史文化底蕴，也有现代大都市的烦恼，比如雾霾和堵车（虽然近些年空气质量已经改善了很多）。

请问你是想了解北京的文化印象，还是用于其他用途呢？""",
     ["天安门", "故宫", "长城", "首都", "烤鸭", "胡同", "奥运会", "雾霾", "堵车"]),

    ("zh_van_20", "熊猫",
     """好的，看到“熊猫”，我联想到的词语有：

1. 竹子（熊猫的主食，每天要吃很多，几乎占据了它一天的大部分时间）
2. 四川（卧龙、成都大熊猫基地）
3. 可爱
4. 国宝
5. 黑白（黑眼圈，白身体，像戴了墨镜）
6. 憨厚
7. 保护动物
8. 功夫熊猫（梦工厂的动画电影）

熊猫大概是全世界最受欢迎的动物之一了，它圆滚滚的样子和慢悠悠的性格，让人一看就心情变好。""",
     ["竹子", "四川", "可爱", "国宝", "黑白", "憨厚", "保护动物", "功夫熊猫"]),

    ("zh_van_21", "电脑",
     """我先简单梳理一下联想的过程，再给出最终列表。

看到“电脑”，最先想到的是“键盘”和“鼠标”，因为每天都在用；然后是“屏幕”；接着想到“上网”和“游戏”，这是电脑最常见的用途；再往后是“程序员”“加班”，这有点职场的味道；最后想到“办公”和“蓝屏”，后者是很多人的共同记忆。

最终答案：
键盘，鼠标，屏幕，上网，游戏，程序员，加班，办公，蓝屏

如果需要，我也可以换一个角度，比如从电脑的发展历史来联想。""",
     ["键盘", "鼠标", "屏幕", "上网", "游戏", "程序员", "加班", "办公", "蓝屏"]),

    ("zh_van_22", "孤独",
     """【联想词语】
寂寞、一个人、夜晚、安静、思念、月亮、沉默、自由

【简要解析】
“寂寞”和“一个人”是与孤独最接近的表达；“夜晚”“安静”“月亮”描绘了孤独时常见的场景；“思念”是孤独中常有的情绪；“沉默”是孤独的外在表现。至于“自由”，是因为孤独有时也意味着不被打扰、可以做自己想做的事。

正如一句话所说：“孤独是一个人的狂欢，狂欢是一群人的孤独。”希望这些联想能引起你的共鸣。""",
     ["寂寞", "一个人", "夜晚", "安静", "思念", "月亮", "沉默", "自由"]),

    ("zh_van_23", "快乐",
     """“快乐”是一个非常温暖的词。下面是我的联想：

首先是**开心**，这是和快乐意思最接近的词；
其次是**笑容**，快乐最直接地体现在脸上；
然后是**童年**，很多人最无忧无虑的快乐都来自童年；
接着是**朋友**和**家人**，和他们在一起总是很快乐；
再然后是**阳光**，让人联想到积极向上的情绪；
最后是**生日**，因为“祝你生日快乐”这句话实在太常见了。

希望你每天都快乐！""",
     ["开心", "笑容", "童年", "朋友", "家人", "阳光", "生日"]),

    ("zh_van_24", "海",
     """好的，我来想一想看到“海”这个字会联想到什么。

海首先让人想到的是广阔和蓝色，其次是海浪、沙滩这样的海边景象。再想下去，会想到海鸥、贝壳、渔船，还有大海的咸味。从文化上说，“海纳百川”“海阔天空”也是常见的联想。

按联想强度排列如下：

大海，蓝色，海浪，沙滩，海鸥，贝壳，广阔，渔船，海纳百""",
     ["大海", "蓝色", "海浪", "沙滩", "海鸥", "贝壳", "广阔", "渔船"]),

    ("zh_van_25", "跑",
     """以下是看到“跑”字时我联想到的词语，附拼音和英文：

1. 跑步 (pǎo bù, running)
2. 速度 (sù dù, speed)
3. 马拉松 (mǎ lā sōng, marathon)
4. 出汗 (chū hàn, sweating)
5. 运动鞋 (yùn dòng xié, sneakers)
6. 比赛 (bǐ sài, competition)
7. 逃跑 (táo pǎo, to run away)
8. 操场 (cāo chǎng, sports field)

“跑”本身是个动词，所以我联想到的词既有运动方面的，也有“逃跑”这样的引申义。""",
     ["跑步", "速度", "马拉松", "出汗", "运动鞋", "比赛", "逃跑", "操场"]),

    ("zh_van_26", "吃",
     """看到“吃”这个字，作为一个“吃货”，我能联想到太多东西了！比如美食、饭店、筷子、饥饿、火锅、零食、外卖等等，每一个都让人流口水。

如果一定要按联想强度排序的话，我会这样排：

美食，饥饿，筷子，饭店，外卖，火锅，零食，吃货

把“吃货”放在最后，是因为它是一个网络流行词，用来形容特别爱吃的人，也许正好说的是我自己。你呢，你是吃货吗？""",
     ["美食", "饥饿", "筷子", "饭店", "外卖", "火锅", "零食", "吃货"]),

    ("zh_van_27", "和",
     """“和”这个字很有意思，它既是连词，又有“和平”“和谐”这样的含义。我的联想如下：

1. 和平
2. 和谐
3. 连词（“我和你”中的“和”）
4. 温和
5. 和气生财
6. 和睦
7. 跟、与、同（意思相近的连词）
8. 和面（hé miàn，这里读第二声……不对，应该读huó）

可以看到，“和”的联想主要集中在“和平、和谐”这类正面含义上，以及它作为连词的语法功能。""",
     ["和平", "和谐", "连词", "温和", "和气生财", "和睦", "跟", "与", "同", "和面"]),

    ("zh_van_28", "李白",
     """李白是唐代最著名的诗人之一，看到他的名字，我联想到的词语分为以下几类：

【称号】
诗仙、青莲居士

【作品】
静夜思、将进酒、蜀道难

【形象】
酒、月亮、浪漫、豪放

【相关人物】
杜甫

其中，“诗仙”是最强的联想，几乎是李白的代名词。“李杜”并称，所以杜甫也自然地出现在了我的脑海里。""",
     ["诗仙", "青莲居士", "静夜思", "将进酒", "蜀道难", "酒", "月亮", "浪漫", "豪放", "杜甫"]),

    ("zh_van_29", "雪",
     """看到“雪”，我会想到以下词语：

一、冬天
　　雪是冬天最典型的象征。
二、雪人
　　小时候下雪最开心的事就是堆雪人。
三、打雪仗
　　和小伙伴们在雪地里追逐打闹。
四、白色
　　银装素裹，一片洁白。
五、寒冷
　　下雪天总是特别冷。
六、北方
　　南方很少下雪，北方的雪才是真正的大雪。
七、瑞雪兆丰年
　　一句关于雪的俗语，寓意来年好收成。

希望这些联想能让你感受到雪的美好！""",
     ["冬天", "雪人", "打雪仗", "白色", "寒冷", "北方", "瑞雪兆丰年"]),

    ("zh_van_30", "夏天",
     """夏天啊！一想到夏天，我脑海里立刻冒出一连串的画面。我联想到的词语有西瓜、空调、冰淇淋、蝉鸣、暑假、游泳、烈日，还有雷阵雨。

西瓜排第一，因为“夏天吃西瓜”几乎是每个中国人的集体记忆；空调和冰淇淋是消暑的必备；蝉鸣是夏天的声音；暑假是学生最期待的时光；游泳、烈日和雷阵雨则是夏天的典型天气和活动。

你最喜欢夏天的哪一点呢？""",
     ["西瓜", "空调", "冰淇淋", "蝉鸣", "暑假", "游泳", "烈日", "雷阵雨"]),

    ("zh_van_31", "自由",
     """好的，以下是“自由”的联想词，按联想强度排序：

1. 独立（dú lì）— independence
2. 飞翔（fēi xiáng）— flying
3. 天空（tiān kōng）— sky
4. 选择（xuǎn zé）— choice
5. 权利（quán lì）— rights
6. 无拘无束（wú jū wú shù）— unrestrained
7. 鸟（niǎo）— bird
8. 民主（mín zhǔ）— democracy

“自由”是一个既抽象又具体的概念：抽象在于它涉及权利和选择，具体在于我们常常用飞鸟和天空来形容它。""",
     ["独立", "飞翔", "天空", "选择", "权利", "无拘无束", "鸟", "民主"]),

    ("zh_van_32", "梦想",
     """【简短版】
未来、努力、坚持、希望、目标、青春、实现、远方

【详细版】
1. 未来：梦想总是指向未来。
2. 努力：实现梦想离不开努力。
3. 坚持：很多梦想需要长时间的坚持。
4. 希望：梦想给人带来希望。
5. 目标：梦想可以被拆解成一个个具体的目标。
6. 青春：年轻时的梦想往往最纯粹。
7. 实现：“梦想成真”是每个人的期待。
8. 远方：诗和远方，是很多人心中的梦想。

祝你早日实现自己的梦想！""",
     ["未来", "努力", "坚持", "希望", "目标", "青春", "实现", "远方"]),

    ("zh_van_33", "长城",
     """长城是中国最有代表性的古迹之一。看到“长城”，我会联想到：秦始皇、万里、烽火台、孟姜女、八达岭、砖石、守卫以及“不到长城非好汉”。

秦始皇是修筑长城最著名的人物；“万里”来自“万里长城”这个说法；烽火台是长城上传递军情的设施；孟姜女哭长城是家喻户晓的民间故事；八达岭是最热门的游览段；“不到长城非好汉”则是毛泽东的诗句，后来成了人人皆知的俗语。

以上联想基本按照强弱顺序排列。""",
     ["秦始皇", "万里", "烽火台", "孟姜女", "八达岭", "砖石", "守卫", "不到长城非好汉"]),

    ("zh_van_34", "猫",
     """喵～看到“猫”这个字，我就忍不住想到这些词语 🐱：

1. 可爱
2. 毛茸茸
3. 喵喵叫
4. 鱼
5. 老鼠
6. 猫粮
7. 铲屎官
8. 高冷
9. 晒太阳

“铲屎官”是网络上对养猫人的戏称，“高冷”则形容猫咪那种爱理不理的性格。猫咪最喜欢的事情之一就是找个暖和的地方晒太阳。

你家里也养猫吗？😺""",
     ["可爱", "毛茸茸", "喵喵叫", "鱼", "老鼠", "猫粮", "铲屎官", "高冷", "晒太阳"]),

    ("zh_van_35", "一帆风顺",
     """“一帆风顺”是一句常用的祝福语，意思是船挂着满帆顺风行驶，比喻非常顺利、没有阻碍。看到这个词，我联想到：

顺利（smooth）、帆船（sailboat）、祝福（blessing）、大海（sea）、春节（Spring Festival）、万事如意（everything goes well）、出行（travel）、好运（good luck）

其中，“万事如意”和“一帆风顺”经常一起出现在春节的祝福语中，比如“祝您新年快乐，一帆风顺，万事如意”。

希望你在生活和工作中也能一帆风顺！""",
     ["顺利", "帆船", "祝福", "大海", "春节", "万事如意", "出行", "好运"]),

    ("zh_van_36", "孔子",
     """### 看到“孔子”的联想

#### 一、思想
- 儒家
- 仁
- 礼

#### 二、著作与学生
- 论语
- 弟子三千

#### 三、身份
- 教育家
- 圣人
- 至圣先师

#### 四、地点
- 曲阜

以上就是我的联想，其中“儒家”和“论语”是最强的。""",
     ["儒家", "仁", "礼", "论语", "弟子三千", "教育家", "圣人", "至圣先师", "曲阜"]),

    ("zh_van_37", "饺子",
     """看到“饺子”，我联想到的词语按强度排列如下：

1. 过年 —— 北方人过年必吃饺子，尤其是除夕夜。
2. 包饺子 —— 全家人一起包饺子，是很温馨的场面。
3. 饺子馅 —— 猪肉白菜、韭菜鸡蛋、三鲜……
4. 醋 —— 饺子蘸醋，是很多人的标配。
5. 团圆 —— 饺子象征着家人团聚。
6. 冬至 —— 俗话说“冬至不端饺子碗，冻掉耳朵没人管”。
7. 面皮 —— 擀面皮是包饺子的关""",
     ["过年", "包饺子", "饺子馅", "醋", "团圆", "冬至", "面皮"]),

    ("zh_van_38", "足球",
     """以下是我看到“足球”这个词联想到的词语（共12个），按照联想强度排序：

1. 世界杯
2. 梅西
3. C罗
4. 射门
5. 球场
6. 守门员
7. 点球
8. 球迷
9. 国足（中国国家男子足球队，经常被球迷调侃）
10. 欧冠
11. 越位
12. 绿茵场

足球是世界第一运动，世界杯是最具影响力的足球赛事，梅西和C罗则是这个时代最具代表性的两位球星。希望这份列表对你有用！""",
     ["世界杯", "梅西", "c罗", "射门", "球场", "守门员", "点球", "球迷", "国足", "欧冠", "越位", "绿茵场"]),

    ("zh_van_39", "音乐",
     """联想词（由强到弱）：旋律，歌曲，耳机，演唱会，钢琴，节奏，吉他，情感，流行音乐

补充说明：
- “旋律”和“节奏”是音乐最基本的要素；
- “钢琴”“吉他”是我最先想到的乐器，其实小提琴、二胡也可以算进来；
- “耳机”和“演唱会”代表两种听音乐的方式：一个人安静地听，或者和成千上万的人一起听；
- “情感”是因为音乐最能打动人心。

如果你需要更多关于某一类音乐的联想，也可以告诉我。""",
     ["旋律", "歌曲", "耳机", "演唱会", "钢琴", "节奏", "吉他", "情感", "流行音乐"]),

    ("zh_van_40", "医院",
     """看到“医院”这个词，我的联想大致可以分为三层：

首先想到的是医院里的人：医生、护士、病人；
其次是医院里的场景和物品：挂号、排队、消毒水、白大褂；
最后是与医院相关的情绪：担心、焦虑。

所以我的答案是：医生，护士，病人，挂号，排队，消毒水，白大褂，担心，焦虑。

去医院往往不是一件愉快的事，但正是医院里的医生和护士，守护着我们的健康。""",
     ["医生", "护士", "病人", "挂号", "排队", "消毒水", "白大褂", "担心", "焦虑"]),

    ("zh_van_41", "时间",
     """任务：看到“时间”这个词，列出10到20个联想词，用逗号分隔，最强的放在前面。

思考过程：时间首先让我想到计时的工具，比如钟表、手表、沙漏；然后是时间的单位，比如秒、分钟、小时；接着是抽象的概念，比如过去、现在、未来；还有关于时间的俗语，比如“一寸光阴一寸金”“时间就是金钱”。另外，“时光飞逝”“珍惜”“青春”“记忆”也和时间有很强的联系。

最终答案：
钟表，沙漏，过去，未来，现在，一寸光阴一寸金，时光飞逝，珍惜，记忆，青春，手表，时间就是金钱，岁月

（共13个）""",
     ["钟表", "沙漏", "过去", "未来", "现在", "一寸光阴一寸金", "时光飞逝", "珍惜", "记忆", "青春", "手表", "时间就是金钱", "岁月"]),

    ("zh_van_42", "秋天",
     """秋天是一个很有诗意的季节。我按照不同的感官来整理联想到的词语：

【视觉】落叶、金黄、枫叶、稻田
【味觉】螃蟹、柿子
【听觉】秋风
【情感】丰收、思念、悲秋

总的来说，“落叶”是我最强的联想，其次是“丰收”。古人常说“自古逢秋悲寂寥”，所以秋天在中国文学中常常带有一丝忧伤。

你喜欢秋天吗？""",
     ["落叶", "金黄", "枫叶", "稻田", "螃蟹", "柿子", "秋风", "丰收", "思念", "悲秋"]),

    ("zh_van_43", "故乡",
     """“故乡”这个词总能勾起人心中最柔软的部分。

我联想到的词语依次是：思念、老屋、父母、乡愁、炊烟、小河、童年、方言、月亮。

说起故乡，很难不想起余光中的《乡愁》：“小时候，乡愁是一枚小小的邮票，我在这头，母亲在那头。”还有李白的“举头望明月，低头思故乡”，这也是为什么“月亮”会出现在我的联想里。老屋、炊烟、小河，是很多人记忆里故乡的模样；方言则是无论走多远都改不掉的乡音。

希望这些词语能唤起你对故乡的美好回忆。""",
     ["思念", "老屋", "父母", "乡愁", "炊烟", "小河", "童年", "方言", "月亮"]),

    ("zh_van_44", "风",
     """好的，以下是我对“风”的联想（附拼音），按强度排序：

微风（wēi fēng），台风（tái fēng），风筝（fēng zheng），凉爽（liáng shuǎng），吹（chuī），风车（fēng chē），自由（zì yóu），风雨（fēng yǔ），秋天（qiū tiān）

简单说明：微风让人感到舒适，台风则代表风的破坏力；风筝和风车都是借助风力的东西；“自由”是因为风无拘无束；“风雨”常用来比喻困难和挫折，比如“风雨同舟”。""",
     ["微风", "台风", "风筝", "凉爽", "吹", "风车", "自由", "风雨", "秋天"]),

    ("zh_van_45", "山",
     """看到“山”这个字，我想到的词语如下：

1. 高
2. 爬山
   - 登山、徒步
3. 泰山
   - 黄山、华山
4. 风景
5. 云雾
6. 树林
7. 石头
8. 愚公移山

我在部分词语下面补充了一些相关的词，供参考。""",
     ["高", "爬山", "泰山", "风景", "云雾", "树林", "石头", "愚公移山"]),

    ("zh_van_46", "星星",
     """看到“星星”，我会联想到很多美好的东西。

首先是夜空，只有在夜晚，我们才能看见满天的星星。然后是“一闪一闪亮晶晶”这首儿歌，几乎每个孩子都会唱。接下来是许愿，因为人们常说看到流星要许个愿。还会想到银河、宇宙和天文望远镜。最后是梵高的《星空》，那幅画让星星变得格外梦幻。

整理成列表：夜空，一闪一闪亮晶晶，许愿，流星，银河，宇宙，天文望远镜，星空

你最近一次认真看星星是什么时候呢？""",
     ["夜空", "一闪一闪亮晶晶", "许愿", "流星", "银河", "宇宙", "天文望远镜", "星空"]),

    ("zh_van_47", "考试",
     """一提到“考试”，很多人都会紧张。以下是我的联想：

1. 紧张：考前失眠、手心出汗、心跳加速。
2. 高考：中国学生人生中最重要的一场考试。
3. 复习：熬夜、刷题、背书。
4. 分数
5. 试卷
6. 监考老师
7. 作弊：绝对不可以！
8. 及格：六十分万岁。
9. 成绩单

这些联想大多带着一点焦虑的色彩，毕竟对学生来说，考试总是压力最大的事情之一。""",
     ["紧张", "高考", "复习", "分数", "试卷", "监考老师", "作弊", "及格", "成绩单"]),

    ("zh_van_48", "婚礼",
     """看到“婚礼”，我脑海中浮现的词语有这些 💍：

💒 新娘
🤵 新郎
💐 鲜花
🍬 喜糖
💍 戒指
👰 婚纱
🥂 宴席
❤️ 誓言
🎉 祝福

其中，新娘和新郎是婚礼的主角，戒指和誓言象征着承诺，婚纱、鲜花和宴席则构成了婚礼的仪式感。喜糖虽然小，却是把喜悦分享给身边每一个人的方式。

祝天下有情人终成眷属！""",
     ["新娘", "新郎", "鲜花", "喜糖", "戒指", "婚纱", "宴席", "誓言", "祝福"]),

    ("zh_van_49", "生日",
     """蛋糕，蜡烛，礼物，许愿，生日歌，长寿面，派对，祝福，长大

为什么这样排序呢？蛋糕和蜡烛是过生日最直观的画面，吹蜡烛之前还要先许愿；礼物和祝福是朋友家人表达心意的方式；生日歌几乎在每个生日上都会响起；长寿面是中国传统的生日食物；派对更偏向年轻人的庆祝方式；而“长大”则是生日背后更深一层的含义：每过一个生日，我们就又长大了一岁。

你今年的生日是怎么过的呢？""",
     ["蛋糕", "蜡烛", "礼物", "许愿", "生日歌", "长寿面", "派对", "祝福", "长大"]),

    ("zh_van_50", "黑色",
     """以下是我看到“黑色”时想到的词语：

1. 黑夜 (night) - 最自然的联想。
2. 神秘 (mysterious) - 黑色常给人神秘感。
3. 酷 (cool) - 黑色衣服总显得很酷。
4. 墨水 (ink) - 书法、毛笔字。
5. 葬礼 (funeral) - 在很多文化中，黑色代表哀悼。
6. 乌鸦 (crow)
7. 煤炭 (coal)
8. 黑洞 (black hole) - 宇宙中最"黑"的东西。

黑色既可以是时尚、高级的代名词，也可以代表悲伤和恐惧。""",
     ["黑夜", "神秘", "酷", "墨水", "葬礼", "乌鸦", "煤炭", "黑洞"]),

    ("zh_van_51", "安静",
     """好的，题目是“安静”，需要列出5到10个联想词。

我先想想：安静可以是一种环境，比如图书馆、深夜、山林；也可以是一种状态，比如平静、放松；还可以是一种性格，比如内向、沉稳。“嘘”这个手势也很有代表性。不过“沉稳”和“内向”好像有点远了，我就不放进去了。

我的答案（按联想强度排序）：
图书馆，深夜，平静，嘘，无声，放松，山林，冥想

希望这个答案符合你的要求。""",
     ["图书馆", "深夜", "平静", "嘘", "无声", "放松", "山林", "冥想"]),

    ("zh_van_52", "红包",
     """【传统红包】
1. 压岁钱（长辈过年给晚辈的钱，寓意压住邪祟、保佑平安）
2. 春节
3. 红纸

【电子红包】
4. 微信红包（2014年春节开始流行）
5. 抢红包
6. 手气最佳

【其他场合】
7. 结婚份子钱
8. 人情

红包在中国社会里既是祝福，也是一种人情往来。你们家过年还发纸质红包吗？""",
     ["压岁钱", "春节", "红纸", "微信红包", "抢红包", "手气最佳", "结婚份子钱", "人情"]),

    ("zh_van_53", "互联网",
     """“互联网”是一个非常宽泛的概念。我首先想到的是上网、信息、网络，其次是搜索引擎、社交媒体、电商、短视频等，最后还会想到一些负面的东西，比如网络暴力和隐私泄露。

按照联想强度整理如下：
1. 上网
2. 信息
3. 网络
4. 搜索引擎
5. 社交媒体
6. 电商
7. 短视频
8. 网络暴力
9. 隐私泄露

可以看出，互联网已经渗透到了生活的方方面面，既带来了便利，也带来了新的问题。""",
     ["上网", "信息", "网络", "搜索引擎", "社交媒体", "电商", "短视频", "网络暴力", "隐私泄露"]),

    ("zh_van_54", "马",
     """看到“马”字，我会联想到以下这些词语：

1. 奔跑（bēn pǎo）
2. 草原（cǎo yuán）
3. 骑马（qí mǎ）
4. 马到成功（mǎ dào chéng gōng）
5. 千里马（qiān lǐ mǎ）
6. 马年（mǎ nián）
7. 赛马（sài mǎ）
8. 蒙古（měng gǔ）
9. 徐悲鸿（xú bēi hóng）——他画的马非常有名

其中“马到成功”和“千里马”都是和马有关的常用说法，前者表示一开始就取得成功，后者比喻人才。

希望这些词语对你有所帮助！""",
     ["奔跑", "草原", "骑马", "马到成功", "千里马", "马年", "赛马", "蒙古", "徐悲鸿"]),

    ("zh_van_55", "花",
     """关于“花”，我的联想分成两部分：

**常见联想：**
玫瑰、春天、香味、花园、蜜蜂

**我个人的联想：**
花店、母亲节、樱花

如果只能选一个最强的联想，我会选“玫瑰”，因为它几乎是花的代名词。

希望这样的整理方式对你有帮助，你更喜欢哪种花呢？""",
     ["玫瑰", "春天", "香味", "花园", "蜜蜂", "花店", "母亲节", "樱花"]),

    ("zh_van_56", "眼泪",
     """“眼泪”是一个带有强烈情感色彩的词。眼泪可以是悲伤的，也可以是喜悦的；可以是委屈的，也可以是感动的。在思考这个词的时候，我发现自己的联想大多和情绪有关，少部分和身体有关。

按照联想强度，我的答案如下：

哭泣，悲伤，感动，委屈，离别，眼睛，咸，喜极而""",
     ["哭泣", "悲伤", "感动", "委屈", "离别", "眼睛", "咸"]),

    ("zh_van_57", "青春",
     """这道题让我列出看到“青春”时联想到的词语。

说到青春，首先想到的是校园，那是青春故事最常见的舞台；其次是梦想和热血，年轻时总觉得什么都可以去拼一拼；再次是暗恋和友情，这两种情感几乎贯穿了每个人的青春；最后是毕业，它象征着青春某个阶段的结束，也常常带着一丝遗憾。

所以我的联想词依次是：校园、梦想、热血、暗恋、友情、毕业、遗憾

你的青春里，最难忘的是什么呢？""",
     ["校园", "梦想", "热血", "暗恋", "友情", "毕业", "遗憾"]),

    ("zh_van_58", "太阳",
     """以下是我看到“太阳”联想到的词语，按强度排序：

1. **阳光**（sunshine）
2. **温暖**（warmth）
3. **光明**（brightness）
4. **日出**（sunrise）
5. **夏天**（summer）
6. **后羿射日**（the legend of Hou Yi shooting the suns）
7. **向日葵**（sunflower）
8. **能量**（energy）
9. **太阳系**（solar system）

太阳是地球上一切生命的能量来源，也是很多神话传说的主角。在中国，“后羿射日”的故事家喻户晓；在科学上，太阳是太阳系的中心。""",
     ["阳光", "温暖", "光明", "日出", "夏天", "后羿射日", "向日葵", "能量", "太阳系"]),

    ("zh_van_59", "米饭",
     """看到“米饭”，我想到的词语有：

1. 大米
2. 碗
3. 筷子
4. 电饭锅
5. 炒饭（扬州炒饭、蛋炒饭等）
6. 稻田
7. 农民
8. 粒粒皆辛苦
9. 南方

米饭是中国南方人最主要的主食，所以“南方”也出现在了我的联想中。“粒粒皆辛苦”出自李绅的《悯农》，提醒我们珍惜粮食。""",
     ["大米", "碗", "筷子", "电饭锅", "炒饭", "稻田", "农民", "粒粒皆辛苦", "南方"]),

    ("zh_van_60", "咖啡",
     """说到“咖啡”，我联想到的词语有：提神、拿铁、星巴克、加班、苦、香气、咖啡豆、早晨、以及美式。

解释一下为什么“加班”排得这么靠前：对很多上班族来说，咖啡最大的作用就是在加班或者犯困的时候提神。而“苦”和“香气”则是咖啡最直接的味觉和嗅觉感受。

请问你平时喝咖啡吗？喜欢哪一种？""",
     ["提神", "拿铁", "星巴克", "加班", "苦", "香气", "咖啡豆", "早晨", "美式"]),

    ("zh_van_61", "飞机",
     """看到“飞机”，我联想到以下词语，分类列出：

【出行相关】
机场、登机牌、安检、航班、延误、行李

【飞行体验】
云层、窗外、空姐、飞机餐、耳鸣

【技术与历史】
莱特兄弟、发动机、翅膀

总共14个词，其中“机场”是我联想最强的。希望这个分类列表能帮到你！""",
     ["机场", "登机牌", "安检", "航班", "延误", "行李", "云层", "窗外", "空姐", "飞机餐", "耳鸣", "莱特兄弟", "发动机", "翅膀"]),

    ("zh_van_62", "爱情",
     """爱情是人类永恒的话题。以下是我联想到的词语：

「浪漫」：烛光晚餐、玫瑰花、情书。
「甜蜜」：热恋时的感觉。
「心动」：第一眼见到对方的那一瞬间。
「承诺」：一生一世的约定。
「婚姻」：爱情的一种归宿。
「失恋」：爱情也有苦涩的一面。
「七夕」：中国的情人节。
「牵手」

你觉得爱情里最重要的是什么呢？""",
     ["浪漫", "甜蜜", "心动", "承诺", "婚姻", "失恋", "七夕", "牵手"]),

    ("zh_van_63", "家",
     """“家”是一个简单却分量很重的字。在回答之前，我想先说说自己的理解。

首先，家是一个物理空间：有房子、有门、有灯光；其次，家是一种关系：有父母、有爱人、有孩子；最后，家是一种感觉：温暖、安全、放松。基于这三个层面，我整理出了下面的联想词。

简短版：温暖、父母、房子、团圆、港湾、饭菜、灯光、安全感

详细说明：
1. 温暖 —— 提到家，最先涌上心头的感觉。
2. 父母 —— 家的核心成员。
3. 房子 —— 家的物质载体，但“房子”不等于“家”。
4. 团圆 —— 逢年过节，一家人聚在一起。
5. 港湾 —— “家是温暖的港湾”，这个比喻非常常见。
6. 饭菜 —— 家里的饭菜永远是最好吃的。
7. 灯光 —— 深夜回家，窗户里亮着的那盏灯。
8. 安全感 —— 在家里，人可以完全放松下来。

希望这些词语能让你想起自己家的温暖。""",
     ["温暖", "父母", "房子", "团圆", "港湾", "饭菜", "灯光", "安全感"]),

    ("zh_van_64", "中国",
     """看到“中国”，我联想到的词语如下（括号里是我主观判断的联想强度）：

1. 长城（强）
2. 五星红旗（强）
3. 汉字（强）
4. 北京（较强）
5. 熊猫（较强）
6. 中华美食（中）
7. 春节（中）
8. 五千年文明（中）
9. 功夫（较弱）

这些词语涵盖了历史、文化、象征和日常生活等多个方面。希望对你有帮助！""",
     ["长城", "五星红旗", "汉字", "北京", "熊猫", "中华美食", "春节", "五千年文明", "功夫"]),

    ("zh_van_65", "筷子",
     """筷子是中国人餐桌上最常见的餐具。

当我看到“筷子”这个词时，最先想到的是吃饭，然后是中餐、碗、夹菜，还有餐桌礼仪（table manners），比如不能把筷子插在米饭里。除此之外，我还会想到竹子（bamboo），因为很多筷子是竹子做的；以及日本和韩国，因为这些国家也用筷子，只是形状略有不同。

如果整理成逗号分隔的列表，就是：
吃饭，中餐，碗，夹菜，餐桌礼仪，竹子，日本，韩国

你用筷子用得熟练吗？""",
     ["吃饭", "中餐", "碗", "夹菜", "餐桌礼仪", "竹子", "日本", "韩国"]),
]

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = []  # this corpus has no rankings

TRUNCATED = {
    "en_van_14",  # cut at "Inves", dropped
    "en_van_32",  # cut inside item 7's explanation; "sunshine" is complete and kept
    "en_van_40",  # cut at "sapph", dropped
    "en_van_56",  # cut inside item 8's explanation; "love" is complete and kept
    "en_van_63",  # cut at "tre", dropped
    "zh_van_12",  # cut at "依", dropped
    "zh_van_24",  # cut at "海纳百", dropped
    "zh_van_37",  # cut inside item 7's explanation; "面皮" is complete and kept
    "zh_van_56",  # cut at "喜极而", dropped
}

AMBIGUOUS = {
    "en_van_23",  # other reading: also take the sub-bullet words (apple, falling, orbit, moon, spacetime, relativity)
    "en_van_29",  # other reading: only the numbered eight; "highway" and "parking" are optional extras
    "en_van_47",  # other reading: "breeds" is a label and siamese, persian, maine coon are the items
    "en_van_60",  # other reading: "vegetables / herbs" is one item, not two
    "zh_van_26",  # other reading: the first 比如 list is the answer (美食, 饭店, 筷子, 饥饿, 火锅, 零食, 外卖) plus 吃货
    "zh_van_27",  # other reading: item 7 "跟、与、同" is one item, or only the gloss-free words count
    "zh_van_45",  # other reading: also take the sub-bullet words 登山, 徒步, 黄山, 华山
}
