"""Eighth blind corpus of ranking answers (final-ranking parser).

Written 2026-12-07 by a tester who had NOT read the parser, its tests, the
other corpora or the benchmarks.  Every text below is invented in the style
of real model output (Llama-3.1-8B-Instruct, Qwen2.5-7B-Instruct, policies
drifting under PPO, reasoning models with <think> blocks, base models that
run on past the answer); none is copied from a real transcript.

The prompts the answers reply to:

  EN: Here are {k} words that people associate with "{cue}": {words}. Rank
      them from the most to the least strongly associated with "{cue}".
      Explain briefly, then end with a line that starts with "Final Ranking:"
      followed by all {k} words in your order, separated by commas.
  ZH: 下面是人们由“{cue}”联想到的{k}个词语：{words}。请按照它们与“{cue}”的联想
      强度从强到弱排序。先简要说明理由，最后以“最终排名：”开头的一行列出全部{k}个
      词语，用逗号分隔。

Emphasis of this corpus: the many shapes of the final line (comma list,
trailing period, numbered on one line, numbered/bulleted lines below the
marker, "Rank 1:" / "第一名：" lines, ">" and arrows, bold and heading
markers, upper/lower case markers, quotes, bracketed glosses and pinyin,
closing remarks and justification paragraphs after the ranking), explanations
that name the words in other orders or mention "final ranking" in a sentence,
repeated markers (draft then revision), <think> blocks, and degenerate PPO
outputs.

Conventions for the expected words:
  * the words after the LAST "Final Ranking" / "最终排名" marker that is
    followed by a ranking (any case, with or without bold / heading marks,
    ":" or "：", and with "is" / "为" / "是" / "如下" or a parenthetical between
    the marker and the colon);
  * text inside <think>...</think> never counts;
  * lowercased, in order, deduplicated keeping the first occurrence;
  * numbering, "Rank n:" / "第n名：", glosses (bracketed, or after a dash or
    colon on a list line), pinyin, quotes, markdown and trailing punctuation
    removed;
  * a word outside the given words is kept as written (lowercased);
  * [] when there is no marker at all or nothing ranked after the last one
    (a refusal sentence is not a ranking);
  * a ranking ends at the end of its line (comma/arrow lists) or at the end
    of its list (one item per line); closing remarks and justification that
    follow are not part of it.
"""

LISTS = []  # this corpus has no association lists


def _w(s):
    """Split an expected-word string on ASCII commas."""
    return [x.strip() for x in s.split(",") if x.strip()]


EN_RANKINGS = [
    # --- Llama-style long answer, bold numbered reasons, plain final line
    ("rk_en_01", """\
Here's a breakdown of how strongly each word is associated with "bank":

1. **Money** – Banks exist to store and manage money, so this is the most direct association.
2. **Account** – Opening an account is how most people interact with a bank.
3. **Loan** – Lending is a core service of any bank.
4. **Deposit** – Depositing money is one of the most basic banking transactions.
5. **Interest** – Closely tied to savings accounts and loans.
6. **Teller** – The person who serves you at the counter.
7. **Vault** – Where the bank keeps cash and valuables.
8. **Robbery** – A strong image from movies and the news, though not an everyday experience.
9. **Branch** – Refers to a bank's local office, but the word has many other meanings.
10. **River** – This relates to a completely different sense of "bank" (the side of a river).

Final Ranking: Money, Account, Deposit, Loan, Interest, Teller, Vault, Robbery, Branch, River""",
     _w("money, account, deposit, loan, interest, teller, vault, robbery, branch, river")),

    # --- Qwen-style short prose, trailing period
    ("rk_en_02", """\
The most immediate association with "bank" is money, since a bank's main purpose is handling it. Loan, deposit and account describe the main services a bank offers, and interest is what you earn or pay on them. Vault and teller are physical parts of a bank, robbery is a common cultural image, branch is a bank's location, and river refers to a different meaning of the word entirely.

Final Ranking: money, loan, deposit, account, interest, vault, teller, robbery, branch, river.""",
     _w("money, loan, deposit, account, interest, vault, teller, robbery, branch, river")),

    # --- "Before giving my final ranking, let me ..." then grouped bullets
    ("rk_en_03", """\
Before giving my final ranking, let me group the words by how central they are to the idea of an ocean.

- Core elements: water, waves, salt, deep
- Life in the ocean: fish, shark
- Human activity and places: ship, beach
- Properties and phenomena: blue, tide

Water is the essence of the ocean, and waves are its most visible feature. Salt distinguishes it from fresh water. Blue and deep describe how people picture it. Fish and shark are the most familiar sea creatures, while beach, ship and tide are related but less central.

Final Ranking: water, waves, salt, blue, deep, fish, shark, beach, ship, tide""",
     _w("water, waves, salt, blue, deep, fish, shark, beach, ship, tide")),

    # --- bold marker, multi-word item
    ("rk_en_04", """\
A doctor is most strongly linked to the place they work and the people they work with and treat. Objects like the stethoscope and white coat are iconic symbols, while surgery, prescription and clinic describe specific aspects of the job. "Sick" describes the patient's state rather than the doctor, so it comes last.

**Final Ranking:** hospital, nurse, patient, medicine, stethoscope, white coat, surgery, prescription, clinic, sick""",
     _w("hospital, nurse, patient, medicine, stethoscope, white coat, surgery, prescription, clinic, sick")),

    # --- numbered on one line
    ("rk_en_05", """\
Snow and cold are the defining features of winter, followed closely by ice and frost. Clothing like scarves and coats comes next, then seasonal activities and holidays. Hibernation is a winter phenomenon but is less commonly thought of.

Final Ranking: 1. snow, 2. cold, 3. ice, 4. frost, 5. scarf, 6. coat, 7. Christmas, 8. sledding, 9. fireplace, 10. hibernation""",
     _w("snow, cold, ice, frost, scarf, coat, christmas, sledding, fireplace, hibernation")),

    # --- numbered list on the following lines
    ("rk_en_06", """\
Coffee is most strongly associated with caffeine, since that's why most people drink it, and with the morning routine. Cups and mugs are how it's served, and beans and espresso describe what it's made from and a popular form of it. Bitter describes the taste, cream is a common addition, cafe is where you buy it, and awake is an effect rather than a direct association.

Final Ranking:
1. caffeine
2. morning
3. cup
4. beans
5. espresso
6. mug
7. bitter
8. cream
9. cafe
10. awake""",
     _w("caffeine, morning, cup, beans, espresso, mug, bitter, cream, cafe, awake")),

    # --- heading marker, bulleted list, reasons in another order
    ("rk_en_07", """\
To rank these, I considered how quickly each word comes to mind when someone hears "dog."

- **Bark** is the sound every dog makes and is probably the first thing people think of.
- **Puppy** is simply a young dog.
- **Pet** describes the role dogs play in most households.
- **Leash**, **bone**, **walk** and **fetch** are all strongly tied to everyday life with a dog.
- **Tail** and **loyal** describe a dog's features and personality.
- **Cat** is mostly associated through the "cats and dogs" contrast.

### Final Ranking

- Bark
- Puppy
- Pet
- Bone
- Leash
- Walk
- Fetch
- Loyal
- Tail
- Cat""",
     _w("bark, puppy, pet, bone, leash, walk, fetch, loyal, tail, cat")),

    # --- "Rank 1: word" lines
    ("rk_en_08", """\
Here is my reasoning: the people at a school (teachers and students) are the most central, followed by the classroom where learning happens. Homework and exams are the activities most closely linked to school life. Books and pencils are common supplies, the principal runs the school, and recess and the bus are smaller parts of the school day.

Final Ranking:
Rank 1: teacher
Rank 2: student
Rank 3: classroom
Rank 4: homework
Rank 5: exam
Rank 6: books
Rank 7: principal
Rank 8: pencil
Rank 9: recess
Rank 10: bus""",
     _w("teacher, student, classroom, homework, exam, books, principal, pencil, recess, bus")),

    # --- ">" separators
    ("rk_en_09", """\
Flame is the visible form of fire itself, and heat, hot and burn describe what fire does. Smoke always accompanies it. Red is the color we link to fire, and danger is its main risk. Firefighter, campfire and ash are more specific contexts.

Final Ranking: flame > heat > hot > burn > smoke > danger > red > firefighter > campfire > ash""",
     _w("flame, heat, hot, burn, smoke, danger, red, firefighter, campfire, ash")),

    # --- arrow separators
    ("rk_en_10", """\
The moon is most strongly tied to night and to "lunar," which literally means "of the moon." Crescent and full describe its phases, and stars share the night sky with it. Crater and orbit are scientific associations, astronaut relates to the moon landings, tide is caused by the moon's gravity, and werewolf comes from folklore.

Final Ranking: night → lunar → full → crescent → stars → crater → astronaut → orbit → tide → werewolf""",
     _w("night, lunar, full, crescent, stars, crater, astronaut, orbit, tide, werewolf")),

    # --- "**Final Ranking**:" with capitalised words
    ("rk_en_11", """\
Music is built from songs and melodies, so those come first, followed by rhythm and notes as its basic building blocks. Instruments like the guitar and piano are very common associations, as are bands and concerts. Dance and headphones are related activities and objects but are one step removed.

**Final Ranking**: Song, Melody, Rhythm, Notes, Guitar, Piano, Band, Concert, Dance, Headphones""",
     _w("song, melody, rhythm, notes, guitar, piano, band, concert, dance, headphones")),

    # --- all-caps drift
    ("rk_en_12", """\
BREAD IS MOST DIRECTLY CONNECTED TO WHAT IT IS MADE FROM AND HOW IT IS EATEN. A LOAF IS BREAD, TOAST IS BREAD, FLOUR AND DOUGH MAKE BREAD.

FINAL RANKING: LOAF, TOAST, FLOUR, DOUGH, BUTTER, BAKERY, SANDWICH, YEAST, CRUST, WHEAT""",
     _w("loaf, toast, flour, dough, butter, bakery, sandwich, yeast, crust, wheat")),

    # --- lowercase marker with dash
    ("rk_en_13", """\
queen and crown are the most obvious, then throne and royal. kingdom, ruler and castle are about what a king rules and where he lives. prince is family, power is abstract, and chess is a game piece.

final ranking - queen, crown, throne, royal, kingdom, ruler, castle, prince, power, chess""",
     _w("queen, crown, throne, royal, kingdom, ruler, castle, prince, power, chess")),

    # --- words in double quotes
    ("rk_en_14", """\
When I think of rain, the first things that come to mind are getting wet and grabbing an umbrella. Clouds and storms are what bring rain, and drizzle is simply a light rain. Puddles form after it, thunder often accompanies it, a raincoat is protective gear, gray describes the sky, and flood is an extreme consequence.

Final Ranking: "wet", "umbrella", "cloud", "storm", "drizzle", "puddle", "thunder", "raincoat", "gray", "flood\"""",
     _w("wet, umbrella, cloud, storm, drizzle, puddle, thunder, raincoat, gray, flood")),

    # --- glosses in parentheses
    ("rk_en_15", """\
I ranked the words by how central they are to the everyday experience of using a computer.

Final Ranking: keyboard (main input device), screen (what you look at), mouse (pointing device), laptop (a type of computer), monitor (external screen), software (programs), internet (main use today), code (programming), processor (internal hardware), email (one specific application)""",
     _w("keyboard, screen, mouse, laptop, monitor, software, internet, code, processor, email")),

    # --- capitalised, multi-word item, closing remark
    ("rk_en_16", """\
Summer is defined by the sun and hot weather, which is why people head to the beach and go swimming. Vacation and holiday go hand in hand with the season, especially for students. Ice cream, sunscreen and barbecue are typical summer things, and July is simply a summer month.

Final Ranking: Sun, Hot, Beach, Vacation, Swimming, Ice Cream, Sunscreen, Holiday, Barbecue, July

I hope this helps! Let me know if you'd like me to explain any of the placements in more detail.""",
     _w("sun, hot, beach, vacation, swimming, ice cream, sunscreen, holiday, barbecue, july")),

    # --- ranking first, justification paragraph after
    ("rk_en_17", """\
Final Ranking: bed, tired, dream, night, pillow, rest, nap, blanket, snore, alarm

Bed comes first because it is where sleep happens. Being tired is what makes us sleep, and dreams happen during sleep. Night is when most people sleep. Pillow, rest, nap and blanket are closely related, while snore and alarm are more peripheral: one is a side effect of sleeping and the other is what ends it.""",
     _w("bed, tired, dream, night, pillow, rest, nap, blanket, snore, alarm")),

    # --- draft ranking then a revised one (the last counts)
    ("rk_en_18", """\
Let me think about which meaning of "bank" most people have in mind. The financial meaning clearly dominates.

Final Ranking: money, loan, account, deposit, vault, teller, interest, river, robbery, branch

Actually, on reflection, "river" should be lower: the river-bank sense is much less common than the financial one, and "branch" is used all the time for bank locations ("my local branch"). Let me revise.

Final Ranking: money, account, loan, deposit, interest, teller, vault, branch, robbery, river""",
     _w("money, account, loan, deposit, interest, teller, vault, branch, robbery, river")),

    # --- omits a word (tide)
    ("rk_en_19", """\
Water is obviously the most basic association with the ocean, followed by waves and the color blue. Salt and deep describe what the ocean is like, and fish and sharks are what live in it. Beaches and ships are where people meet the ocean.

Final Ranking: water, waves, blue, salt, deep, fish, shark, beach, ship""",
     _w("water, waves, blue, salt, deep, fish, shark, beach, ship")),

    # --- adds a word (health)
    ("rk_en_20", """\
1. Hospital – where most doctors work.
2. Patient – the person a doctor treats.
3. Nurse – works side by side with doctors.
4. Medicine – both the field and what doctors prescribe.
5. Stethoscope – the classic doctor's tool.

The remaining words are less central but still connected.

Final Ranking: hospital, patient, nurse, medicine, stethoscope, health, white coat, clinic, prescription, surgery, sick""",
     _w("hospital, patient, nurse, medicine, stethoscope, health, white coat, clinic, prescription, surgery, sick")),

    # --- marker followed by a refusal
    ("rk_en_21", """\
Word associations are highly personal and depend on each person's background, culture and experiences, so any ranking I give would only reflect one possible perspective rather than how people in general think.

Final Ranking: I'm sorry, but I can't provide an objective ranking of these words.""",
     []),

    # --- marker with nothing after it
    ("rk_en_22", """\
Fire is most closely linked to flame and heat, since those are the physical properties of fire itself. Smoke and ash are its by-products, while burn, hot and red describe its effects and appearance. Firefighter and campfire are human contexts, and danger is an abstract association.

Final Ranking:""",
     []),

    # --- no marker at all
    ("rk_en_23", """\
Here's how I would rank the words from most to least associated with "music":

1. Song
2. Melody
3. Rhythm
4. Band
5. Concert
6. Guitar
7. Piano
8. Notes
9. Headphones
10. Dance

Songs and melodies are the essence of music, rhythm is its backbone, and the rest are instruments, performances or ways of listening.""",
     []),

    # --- <think> with a draft; the answer after </think> differs
    ("rk_en_24", """\
<think>
Okay, the user wants me to rank ten words by how strongly they're associated with "coffee". Let me go through them: cup, caffeine, morning, beans, espresso, mug, cream, bitter, cafe, awake.

Caffeine is the big one. Beans too, since coffee is literally made from beans. Morning, because most people drink it in the morning. Let me draft:

Final Ranking: caffeine, beans, morning, espresso, cup, mug, cafe, bitter, cream, awake

Hmm, maybe espresso is a bit too high, it's a specific type of coffee. Cup is more universal. I'll move cup above espresso. And awake is an effect, so it stays near the end. Okay, I'll go with that.
</think>

Coffee is made from beans and is valued mainly for its caffeine, which is why it's such a big part of people's mornings. Cups and mugs are how it's served, espresso is a popular form of it, and a cafe is where people buy it. Bitter and cream relate to its taste, and awake is the effect people want from it.

Final Ranking: caffeine, beans, morning, cup, espresso, mug, cafe, bitter, cream, awake""",
     _w("caffeine, beans, morning, cup, espresso, mug, cafe, bitter, cream, awake")),

    # --- marker only inside <think>; none after it
    ("rk_en_25", """\
<think>
The cue is "cat" and the words are meow, kitten, whiskers, mouse, purr. Kitten is a baby cat, so that's the strongest. Meow is the sound. Purr too. Whiskers are a physical feature. Mouse is what cats chase.

Final Ranking: kitten, meow, purr, whiskers, mouse

That looks right.
</think>

Kitten is simply a young cat, so it is the closest association. Meow and purr are the two sounds cats are known for, whiskers are one of their most recognizable features, and mouse comes last because it is the cat's traditional prey rather than part of the cat itself.""",
     []),

    # --- degenerate: ranking line only
    ("rk_en_26", """\
Final Ranking: sun, hot, beach, swimming, vacation, ice cream, sunscreen, barbecue, holiday, july""",
     _w("sun, hot, beach, swimming, vacation, ice cream, sunscreen, barbecue, holiday, july")),

    # --- degenerate: repeated ranking lines
    ("rk_en_27", """\
Queen and crown are strongest.

Final Ranking: queen, crown, throne, kingdom, royal, castle, ruler, prince, power, chess
Final Ranking: queen, crown, throne, kingdom, royal, castle, ruler, prince, power, chess
Final Ranking: queen, crown, throne, kingdom, royal, castle, ruler, prince, power, chess""",
     _w("queen, crown, throne, kingdom, royal, castle, ruler, prince, power, chess")),

    # --- degenerate: no spaces after commas or colon
    ("rk_en_28", """\
Keyboard and screen are the parts of a computer people interact with most.
Final Ranking:keyboard,screen,mouse,laptop,monitor,internet,software,processor,code,email""",
     _w("keyboard, screen, mouse, laptop, monitor, internet, software, processor, code, email")),

    # --- k = 5, short
    ("rk_en_29", """\
Kitten is a young cat, meow and purr are the sounds cats make, whiskers are a distinctive feature, and mice are what cats traditionally hunt.

Final Ranking: kitten, meow, purr, whiskers, mouse""",
     _w("kitten, meow, purr, whiskers, mouse")),

    # --- k = 8, numbered reasons in a different order from the final line
    ("rk_en_30", """\
Let me consider each word in turn:

1. **Greed** – A negative trait often linked to the desire for money, but it's more of a moral concept than a direct association.
2. **Cash** – Physical money; nearly a synonym.
3. **Dollar** – The most widely known unit of currency.
4. **Bank** – The place where money is kept.
5. **Wallet** – Where people carry their money.
6. **Rich** – Describes someone with a lot of money.
7. **Coins** – A form of money, though used less and less.
8. **Spend** – What we do with money.

Based on this, the words most directly tied to "money" are the ones that are forms of money or places that hold it, while traits and actions come later.

Final Ranking: Cash, Dollar, Bank, Coins, Wallet, Rich, Spend, Greed""",
     _w("cash, dollar, bank, coins, wallet, rich, spend, greed")),

    # --- k = 8, "•" bullets below the marker
    ("rk_en_31", """\
A garden is, above all, a place where flowers and plants grow, and both of those need soil. Vegetables are commonly grown in gardens, and weeds are the constant problem every gardener deals with. Bees visit the flowers, while the shovel and hose are tools.

Final Ranking:
• Flowers
• Plants
• Soil
• Vegetables
• Weeds
• Bees
• Shovel
• Hose""",
     _w("flowers, plants, soil, vegetables, weeds, bees, shovel, hose")),

    # --- "My final ranking is:"
    ("rk_en_32", """\
Apple is first and foremost a fruit, and it grows on a tree, often in an orchard. Red and green are the two colors people picture, and pie and juice are the most common things made from apples. Crunchy describes the texture, core is the part you don't eat, and iPhone comes from the tech company, which is a different sense of the word.

My final ranking is: fruit, red, tree, pie, green, juice, orchard, crunchy, core, iPhone""",
     _w("fruit, red, tree, pie, green, juice, orchard, crunchy, core, iphone")),

    # --- "Here's my final ranking:" then a blank line and a numbered list
    ("rk_en_33", """\
A car is something you drive, and driving happens on the road, so those two are the strongest associations. The engine and wheels are essential parts of the car itself, gas is what powers most cars, and traffic is a big part of the experience of driving. Speed, garage, seatbelt and license are all connected but less central.

Here's my final ranking:

1. drive
2. road
3. engine
4. wheel
5. gas
6. traffic
7. speed
8. garage
9. seatbelt
10. license""",
     _w("drive, road, engine, wheel, gas, traffic, speed, garage, seatbelt, license")),

    # --- "final ranking" again in a closing sentence (not followed by a ranking)
    ("rk_en_34", """\
Teacher and student are the people who make up a school, and the classroom is where learning takes place. Homework and exams are the main academic tasks, books and pencils are everyday supplies, and the principal, recess and bus round out the school day.

Final Ranking: teacher, student, classroom, homework, exam, books, pencil, principal, recess, bus

I hope this final ranking is helpful!""",
     _w("teacher, student, classroom, homework, exam, books, pencil, principal, recess, bus")),

    # --- base model runs on into the next prompt, which quotes the marker
    # AMBIGUOUS: the last literal "Final Ranking:" is inside the echoed
    # instruction and is followed by 'followed by all 10 words ...', not by a
    # ranking; a stricter "last marker wins" reading gives [] (or junk).
    ("rk_en_35", """\
 Rain makes things wet, so people carry umbrellas. Clouds and storms bring rain.
Final Ranking: wet, umbrella, cloud, storm, puddle, drizzle, thunder, raincoat, flood, gray

Question: Here are 10 words that people associate with "sun": hot, light, summer, yellow, sky, sunscreen, beach, star, bright, day. Rank them from the most to the least strongly associated with "sun". Explain briefly, then end with a line that starts with "Final Ranking:" followed by all 10 words in your order, separated by commas.
Answer:""",
     _w("wet, umbrella, cloud, storm, puddle, drizzle, thunder, raincoat, flood, gray")),

    # --- "and" before the last item
    # AMBIGUOUS: the last item could be kept as written, "and alarm".
    ("rk_en_36", """\
Sleep happens in a bed, usually at night, and it's what we do when we're tired. Dreams happen while we sleep, and a pillow and blanket make it comfortable. Rest and nap are related ideas, snoring is a side effect, and an alarm is what wakes us up.

Final Ranking: bed, night, tired, dream, pillow, rest, blanket, nap, snore, and alarm.""",
     _w("bed, night, tired, dream, pillow, rest, blanket, nap, snore, alarm")),

    # --- PPO drift: duplicates in the ranking
    ("rk_en_37", """\
Bark puppy pet leash bone. Dog.

Final Ranking: bark, puppy, pet, bark, leash, bone, walk, fetch, puppy, tail, loyal, cat""",
     _w("bark, puppy, pet, leash, bone, walk, fetch, tail, loyal, cat")),

    # --- closing remark on the same line after the final period
    ("rk_en_38", """\
Bread is baked from dough made with flour and yeast, and it is sold at a bakery. Loaf is the shape it comes in, toast and sandwich are the most common ways to eat it, butter is what people spread on it, crust is its outer layer, and wheat is the original crop.

Final Ranking: loaf, dough, flour, toast, bakery, sandwich, butter, yeast, crust, wheat. Let me know if you'd like a different perspective!""",
     _w("loaf, dough, flour, toast, bakery, sandwich, butter, yeast, crust, wheat")),

    # --- parenthetical between marker and colon
    ("rk_en_39", """\
The ocean is made of salt water and is constantly moving in waves and tides. Most people picture it as blue and deep. Fish and sharks live in it, ships sail across it, and beaches are where it meets the land.

Final Ranking (strongest to weakest): water, waves, blue, salt, deep, fish, beach, shark, ship, tide""",
     _w("water, waves, blue, salt, deep, fish, beach, shark, ship, tide")),

    # --- bold marker alone on its line, comma list on the next line
    ("rk_en_40", """\
Snow is the single most iconic image of winter, and cold is the defining feeling. Ice and frost follow naturally. Coats and scarves are what we wear, Christmas is the biggest winter holiday, sledding and fireplaces are typical winter activities, and hibernation is what some animals do in winter.

**Final Ranking:**
snow, cold, ice, frost, coat, scarf, Christmas, fireplace, sledding, hibernation""",
     _w("snow, cold, ice, frost, coat, scarf, christmas, fireplace, sledding, hibernation")),

    # --- numbered lines with "Word: reason"
    ("rk_en_41", """\
Rain is water falling from clouds, so the most direct associations are the ones describing the experience of rain itself.

Final Ranking:
1. Wet: rain makes everything wet.
2. Umbrella: the first thing people reach for.
3. Cloud: rain falls from clouds.
4. Drizzle: a light rain.
5. Storm: heavy rain with wind.
6. Puddle: what rain leaves behind.
7. Raincoat: protective clothing.
8. Thunder: often comes with rain.
9. Gray: the color of a rainy sky.
10. Flood: an extreme result of rain.""",
     _w("wet, umbrella, cloud, drizzle, storm, puddle, raincoat, thunder, gray, flood")),

    # --- degenerate: marker doubled on one line
    ("rk_en_42", """\
Final Ranking: Final Ranking: night, stars, full, crescent, lunar, crater, astronaut, orbit, tide, werewolf""",
     _w("night, stars, full, crescent, lunar, crater, astronaut, orbit, tide, werewolf")),

    # --- "My final ranking will put ..." in the first sentence
    ("rk_en_43", """\
My final ranking will put flame first, because a flame is what people actually see when they think of fire. After that come the sensations of heat and burning, and then the by-products and contexts.

- Flame, heat, hot and burn describe fire directly.
- Smoke and ash are what fire leaves behind.
- Red is the color of fire, and danger is what makes it frightening.
- Campfire and firefighter are specific situations involving fire.

Final Ranking: flame, heat, burn, hot, smoke, red, danger, ash, campfire, firefighter""",
     _w("flame, heat, burn, hot, smoke, red, danger, ash, campfire, firefighter")),

    # --- the marker quoted in the preamble, real one at the end
    ("rk_en_44", """\
Sure! I'll explain my reasoning first and then end with the "Final Ranking:" line as requested.

An apple is a fruit that grows on a tree, so those two are the strongest associations. Red and green are the usual colors, and crunchy describes the texture. Pie and juice are common apple products, an orchard is where apples are grown, the core is the inedible center, and iPhone is associated with Apple the company rather than the fruit.

Final Ranking: fruit, tree, red, green, crunchy, pie, juice, orchard, core, iPhone""",
     _w("fruit, tree, red, green, crunchy, pie, juice, orchard, core, iphone")),

    # --- numbered on one line, no commas
    ("rk_en_45", """\
Driving is the whole point of a car, so "drive" comes first. Roads, wheels and the engine follow, then the practical side of owning a car.

Final Ranking: 1. drive 2. road 3. wheel 4. engine 5. gas 6. traffic 7. speed 8. seatbelt 9. license 10. garage""",
     _w("drive, road, wheel, engine, gas, traffic, speed, seatbelt, license, garage")),

    # --- k = 5, bold numbered items, closing remark
    ("rk_en_46", """\
Tea is brewed from leaves, usually in a kettle, and served in a cup. Green tea is one of the most popular varieties, and a biscuit is a classic accompaniment, especially in Britain.

Final Ranking:

1. **Leaves**
2. **Cup**
3. **Kettle**
4. **Green**
5. **Biscuit**

I hope this ranking helps!""",
     _w("leaves, cup, kettle, green, biscuit")),

    # --- single quotes
    ("rk_en_47", """\
Coffee means caffeine to most people, and it's the first thing they drink in the morning.

Final Ranking: 'caffeine', 'morning', 'beans', 'cup', 'mug', 'espresso', 'cafe', 'cream', 'bitter', 'awake'""",
     _w("caffeine, morning, beans, cup, mug, espresso, cafe, cream, bitter, awake")),

    # --- curly quotes
    ("rk_en_48", """\
A king is defined by his crown and throne, and by ruling a kingdom alongside a queen. Royal, castle and prince describe his world, power is what he holds, and chess has a king piece.

Final Ranking: “crown”, “throne”, “queen”, “kingdom”, “ruler”, “royal”, “castle”, “prince”, “power”, “chess”""",
     _w("crown, throne, queen, kingdom, ruler, royal, castle, prince, power, chess")),

    # --- k = 8, square-bracket glosses
    ("rk_en_49", """\
Books are meant to be read, and they are made of pages and chapters. A novel is a type of book, every book has an author and a cover, stories are what books contain, and the library is where many people get them.

Final Ranking: read [the main activity], novel [a type of book], page [what books are made of], story [the content], author [who writes it], library [where books are kept], chapter [how a book is divided], cover [the outside]""",
     _w("read, novel, page, story, author, library, chapter, cover")),

    # --- em dash after the marker
    ("rk_en_50", """\
Money is the first thing most people think of, and every other banking word relates back to it.

Final Ranking — money, deposit, account, loan, interest, teller, vault, branch, robbery, river""",
     _w("money, deposit, account, loan, interest, teller, vault, branch, robbery, river")),

    # --- long structured reasoning, own numbered list, trailing period
    ("rk_en_51", """\
To rank these words, I'll consider three things: (1) whether the word describes music itself, (2) whether it is an instrument or tool for making or hearing music, and (3) whether it is an activity or event connected to music.

1. Words describing music itself: melody, rhythm, notes, song. Of these, "song" is the most everyday word, while "melody" and "rhythm" are the two basic elements of any piece of music. "Notes" are more technical.
2. Instruments and tools: guitar, piano, headphones. Guitar and piano are the two most popular instruments; headphones are how many people listen to music today.
3. Activities and events: concert, band, dance. Concerts and bands are directly about performing music, while dance is a response to it.

Putting these together, the words that describe music itself rank highest, followed by performers and performances, then instruments, and finally activities and accessories.

Final Ranking: song, melody, rhythm, notes, band, concert, guitar, piano, dance, headphones.""",
     _w("song, melody, rhythm, notes, band, concert, guitar, piano, dance, headphones")),

    # --- PPO oscillation: repeated lines that differ; the last counts
    ("rk_en_52", """\
Final Ranking: snow, cold, ice, frost, scarf, coat, Christmas, sledding, fireplace, hibernation
Final Ranking: snow, cold, ice, frost, coat, scarf, Christmas, sledding, fireplace, hibernation
Final Ranking: snow, cold, ice, coat, frost, scarf, Christmas, fireplace, sledding, hibernation""",
     _w("snow, cold, ice, coat, frost, scarf, christmas, fireplace, sledding, hibernation")),

    # --- <think> with a draft, then bold marker and numbered list
    ("rk_en_53", """\
<think>
Let me rank the school words. Teacher and student are clearly top. Then classroom. Homework and exam... exam might be stronger than homework? Both are very school-specific. Bus is weak, it's more about transport. Recess is school-specific though, more than pencil maybe.

Draft:
Final Ranking: teacher, student, classroom, exam, homework, recess, principal, books, pencil, bus

Actually homework is probably the more everyday association. Swap those. Books above principal maybe. OK.
</think>

**Reasoning:** Teachers and students are the core of any school, and the classroom is where learning happens. Homework and exams are the academic tasks most tied to school, books are the main learning materials, and the principal leads the school. Recess, pencils and the school bus are smaller everyday details.

**Final Ranking:**
1. Teacher
2. Student
3. Classroom
4. Homework
5. Exam
6. Books
7. Principal
8. Recess
9. Pencil
10. Bus""",
     _w("teacher, student, classroom, homework, exam, books, principal, recess, pencil, bus")),

    # --- base model: answer, then starts a new prompt (no marker in it)
    ("rk_en_54", """\
 flowers, plants, soil, vegetables, weeds, bees, hose, shovel

Explanation: A garden is where flowers and plants grow in soil. People grow vegetables in gardens and pull weeds. Bees pollinate the flowers. Hoses and shovels are garden tools.

Final Ranking: flowers, plants, soil, vegetables, weeds, bees, hose, shovel



Here are 8 words that people associate with "kitchen": cook, stove, food, knife, sink, fridge, table, recipe. Rank them from the most to the least strongly associated with "kitchen".""",
     _w("flowers, plants, soil, vegetables, weeds, bees, hose, shovel")),

    # --- lowercase "ranking", a note on the next line
    ("rk_en_55", """\
Doctors work in hospitals and treat patients, usually together with nurses. The stethoscope and white coat are the classic symbols of the profession.

Final ranking: hospital, patient, nurse, stethoscope, medicine, white coat, prescription, surgery, clinic, sick
(Note: "sick" is placed last because it describes the patient rather than the doctor.)""",
     _w("hospital, patient, nurse, stethoscope, medicine, white coat, prescription, surgery, clinic, sick")),

    # --- "1)" numbering on separate lines
    ("rk_en_56", """\
The financial sense of "bank" dominates, so all the money-related words come before "river".

Final Ranking:
1) money
2) account
3) loan
4) deposit
5) interest
6) vault
7) teller
8) branch
9) robbery
10) river""",
     _w("money, account, loan, deposit, interest, vault, teller, branch, robbery, river")),

    # --- semicolons
    ("rk_en_57", """\
The ocean is water, and it moves in waves.

Final Ranking: water; waves; fish; salt; blue; beach; deep; shark; ship; tide""",
     _w("water, waves, fish, salt, blue, beach, deep, shark, ship, tide")),

    # --- refusal, no marker
    ("rk_en_58", """\
I'm sorry, but I can't assist with that request.""",
     []),

    # --- "## Final Ranking:" heading, list on the next line
    ("rk_en_59", """\
## Explanation
Sleep is most closely associated with the bed, where it happens, and with night, when it happens. Feeling tired is what leads to sleep, and dreams occur during it. The pillow and blanket are bedding, rest and nap are related ideas, snoring is a common side effect, and the alarm is what ends sleep.

## Final Ranking:
bed, night, tired, dream, pillow, blanket, rest, nap, snore, alarm""",
     _w("bed, night, tired, dream, pillow, blanket, rest, nap, snore, alarm")),

    # --- "The final ranking below reflects ..." before the real one
    ("rk_en_60", """\
The final ranking below reflects how often each word comes up when people talk about computers in everyday life, rather than technical importance.

Keyboard, mouse and screen are the parts everyone touches or looks at every day. Laptop is a kind of computer. The internet and email are what many people use computers for, while software, code and processor are more technical.

Final Ranking: keyboard, screen, mouse, laptop, internet, monitor, software, email, code, processor""",
     _w("keyboard, screen, mouse, laptop, internet, monitor, software, email, code, processor")),

    # --- "*" bullets, capitalised
    ("rk_en_61", """\
Apples are fruit first, and most people picture a red one.

Final Ranking:
* Fruit
* Red
* Tree
* Pie
* Juice
* Green
* Orchard
* Crunchy
* Core
* iPhone""",
     _w("fruit, red, tree, pie, juice, green, orchard, crunchy, core, iphone")),

    # --- lowercase drift, marker mid-sentence
    ("rk_en_62", """\
cars are for driving on roads, they have engines and wheels and need gas. so my final ranking: drive, road, engine, wheel, gas, traffic, speed, license, seatbelt, garage""",
     _w("drive, road, engine, wheel, gas, traffic, speed, license, seatbelt, garage")),

    # --- a word changed to a phrase outside the given words
    ("rk_en_63", """\
Money is the heart of banking; the rest are services, people and places connected with it.

Final Ranking: money, account, loan, deposit, interest, bank teller, vault, branch, robbery, river""",
     _w("money, account, loan, deposit, interest, bank teller, vault, branch, robbery, river")),

    # --- <think> with the same ranking inside and after
    ("rk_en_64", """\
<think>
Rain... umbrella is very strong. wet too. Let me order: umbrella, wet, cloud, storm, drizzle, puddle, raincoat, thunder, flood, gray.
Final Ranking: umbrella, wet, cloud, storm, drizzle, puddle, raincoat, thunder, flood, gray
Wait, should "wet" be first? Rain literally makes things wet. I think umbrella is a more common free association though. Keep it.
</think>
Umbrella and wet are the most immediate associations with rain. Clouds and storms produce rain, drizzle is a kind of rain, puddles and raincoats are everyday rainy-day things, thunder accompanies heavy rain, floods are an extreme result, and gray describes the sky.

Final Ranking: umbrella, wet, cloud, storm, drizzle, puddle, raincoat, thunder, flood, gray""",
     _w("umbrella, wet, cloud, storm, drizzle, puddle, raincoat, thunder, flood, gray")),

    # --- k = 5, ">" with capitals and a trailing period
    ("rk_en_65", """\
A kitten is a cat, and "meow" is the sound everyone imitates. Purring comes next, then whiskers, and the mouse is the cat's prey.

Final Ranking: Kitten > Meow > Purr > Whiskers > Mouse.""",
     _w("kitten, meow, purr, whiskers, mouse")),

    # --- k = 8, arrows, one word omitted (cover)
    ("rk_en_66", """\
Reading is what books are for. Novels and stories are the most common kind of book, authors write them, pages and chapters make them up, and the library stores them.

Final Ranking: read → novel → story → author → page → library → chapter""",
     _w("read, novel, story, author, page, library, chapter")),

    # --- "Note on the Final Ranking:" after the real ranking
    # AMBIGUOUS: the last marker ("Note on the Final Ranking:") is followed by
    # a colon and prose; a reader taking the last marker with a colon would
    # get a single junk item (or []), not the bank ranking.
    ("rk_en_67", """\
The financial meanings of "bank" are far more common than the geographic one.

Final Ranking: money, account, deposit, loan, interest, teller, vault, branch, robbery, river

Note on the Final Ranking: river is last because it refers to a different meaning of the word.""",
     _w("money, account, deposit, loan, interest, teller, vault, branch, robbery, river")),

    # --- "(1) word" numbering on one line
    ("rk_en_68", """\
The queen and the crown are what most people picture with a king, followed by the throne and his kingdom.

Final Ranking: (1) queen, (2) crown, (3) throne, (4) kingdom, (5) royal, (6) castle, (7) ruler, (8) prince, (9) power, (10) chess""",
     _w("queen, crown, throne, kingdom, royal, castle, ruler, prince, power, chess")),

    # --- space before the colon
    ("rk_en_69", """\
summer = sun. beach. hot.

Final ranking : sun, beach, hot, vacation, swimming, holiday, ice cream, sunscreen, barbecue, july""",
     _w("sun, beach, hot, vacation, swimming, holiday, ice cream, sunscreen, barbecue, july")),

    # --- k = 8, uppercase bold marker, "- Word – gloss" lines
    ("rk_en_70", """\
Money takes many forms and is tied to places, people and behaviour. I ranked the forms of money first.

**FINAL RANKING**
- Cash – the physical form of money
- Dollar – the best-known currency
- Wallet – where you keep it
- Bank – where you store it
- Rich – having a lot of it
- Coins – small change
- Spend – what you do with it
- Greed – the desire for more of it""",
     _w("cash, dollar, wallet, bank, rich, coins, spend, greed")),

    # --- italic marker
    ("rk_en_71", """\
Dogs bark, and a puppy is a baby dog, so those two lead. Pet, walk and leash describe life with a dog, and cat is the classic rival.

*Final Ranking:* puppy, bark, pet, walk, leash, bone, tail, fetch, loyal, cat""",
     _w("puppy, bark, pet, walk, leash, bone, tail, fetch, loyal, cat")),

    # --- one item per line with trailing commas
    ("rk_en_72", """\
Banks are about money first and foremost.

Final Ranking:
money,
loan,
account,
deposit,
interest,
teller,
vault,
branch,
robbery,
river""",
     _w("money, loan, account, deposit, interest, teller, vault, branch, robbery, river")),
]


ZH_RANKINGS = [
    # --- 标准 Qwen 风格，全角逗号
    ("rk_zh_01", """\
“存款”和“工资”是人们日常生活中与钱关系最直接的词；“银行”是存放钱的地方；“钱包”用来装钱；“硬币”是钱的一种形式；“投资”和“消费”是使用钱的方式；“贷款”是借钱；“富有”描述钱多的状态；“贪婪”则是与钱相关的负面品质，联想较弱。

最终排名：存款，工资，银行，钱包，硬币，投资，消费，贷款，富有，贪婪""",
     _w("存款, 工资, 银行, 钱包, 硬币, 投资, 消费, 贷款, 富有, 贪婪")),

    # --- ASCII 冒号和逗号
    ("rk_zh_02", """\
春节最核心的是团圆和除夕，其次是红包、饺子、年夜饭等习俗，鞭炮、春联、拜年、烟花也都是典型的过年元素，舞狮相对地域性更强一些。

最终排名: 团圆, 除夕, 红包, 年夜饭, 饺子, 春联, 鞭炮, 拜年, 烟花, 舞狮""",
     _w("团圆, 除夕, 红包, 年夜饭, 饺子, 春联, 鞭炮, 拜年, 烟花, 舞狮")),

    # --- 最终排名为：
    ("rk_zh_03", """\
医生工作的地方是医院，最直接相关的人是病人和护士。白大褂和听诊器是医生的标志，手术、处方、药是医生的工作内容，诊所是另一种工作场所，健康是医生工作的目标，联想相对间接。

最终排名为：医院，病人，护士，白大褂，听诊器，手术，药，处方，诊所，健康""",
     _w("医院, 病人, 护士, 白大褂, 听诊器, 手术, 药, 处方, 诊所, 健康")),

    # --- 【最终排名】
    ("rk_zh_04", """\
学校由老师和学生组成，教室是上课的地方，作业和考试是学生最常接触的学习任务，课本和黑板是教学工具，校长管理学校，同学和操场也是校园生活的一部分。

【最终排名】老师，学生，教室，作业，考试，课本，黑板，同学，校长，操场""",
     _w("老师, 学生, 教室, 作业, 考试, 课本, 黑板, 同学, 校长, 操场")),

    # --- **最终排名：**
    ("rk_zh_05", """\
提到大海，人们首先想到的是海浪和蓝色，其次是沙滩和鱼。海鸥、贝壳、船都是海边常见的事物，“咸”是海水的味道，“辽阔”形容大海的广阔，潮汐则是较为科学的概念。

**最终排名：** 海浪，蓝色，沙滩，辽阔，鱼，船，海鸥，贝壳，咸，潮汐""",
     _w("海浪, 蓝色, 沙滩, 辽阔, 鱼, 船, 海鸥, 贝壳, 咸, 潮汐")),

    # --- 一行内编号 1.钱 2.存款
    ("rk_zh_06", """\
月亮与中秋节的联系最为紧密，月饼、嫦娥、玉兔都来自中秋传说，月光和夜晚是月亮的直接表现，星星常与月亮一起出现，“圆”形容满月，思乡是古诗中常见的情感，太阳则是与月亮相对的概念。

最终排名：1.月光 2.中秋 3.夜晚 4.月饼 5.嫦娥 6.圆 7.星星 8.玉兔 9.思乡 10.太阳""",
     _w("月光, 中秋, 夜晚, 月饼, 嫦娥, 圆, 星星, 玉兔, 思乡, 太阳")),

    # --- 顿号分隔
    ("rk_zh_07", """\
茶叶是茶的本体，绿茶、龙井、普洱是常见的茶类，茶杯和茶壶是饮茶的器具，清香是茶的味道，功夫茶是一种泡茶方式，茶馆是喝茶的场所，热水是泡茶的必需品。

最终排名：茶叶、绿茶、茶杯、茶壶、龙井、清香、普洱、功夫茶、茶馆、热水""",
     _w("茶叶, 绿茶, 茶杯, 茶壶, 龙井, 清香, 普洱, 功夫茶, 茶馆, 热水")),

    # --- 带拼音（全角括号）
    ("rk_zh_08", """\
春节（Chūnjié）是中国最重要的传统节日。红包和饺子是孩子和大人最先想到的，团圆是节日的核心意义，其余词语是具体的习俗和活动。

最终排名：红包（hóngbāo），饺子（jiǎozi），团圆（tuányuán），年夜饭（niányèfàn），除夕（chúxī），鞭炮（biānpào），春联（chūnlián），拜年（bàinián），烟花（yānhuā），舞狮（wǔshī）""",
     _w("红包, 饺子, 团圆, 年夜饭, 除夕, 鞭炮, 春联, 拜年, 烟花, 舞狮")),

    # --- 句号结尾
    ("rk_zh_09", """\
手机最基本的功能是打电话和发微信，屏幕和充电是日常使用中最常接触的，上网、拍照、短信、游戏是常见用途，苹果和华为是品牌，联想较为具体。

最终排名：电话，微信，屏幕，充电，上网，拍照，苹果，华为，游戏，短信。""",
     _w("电话, 微信, 屏幕, 充电, 上网, 拍照, 苹果, 华为, 游戏, 短信")),

    # --- 标记后换行编号列表
    ("rk_zh_10", """\
下雨时人们最先想到的是雨伞和乌云，其次是雨滴、潮湿、打雷等与下雨过程直接相关的现象。雨衣和水坑是雨天常见的事物，梅雨是特定季节的雨，彩虹和洪水是雨后的现象，联想较弱。

最终排名：
1. 雨伞
2. 乌云
3. 雨滴
4. 打雷
5. 潮湿
6. 雨衣
7. 水坑
8. 梅雨
9. 彩虹
10. 洪水""",
     _w("雨伞, 乌云, 雨滴, 打雷, 潮湿, 雨衣, 水坑, 梅雨, 彩虹, 洪水")),

    # --- ### 标题
    ("rk_zh_11", """\
### 理由
火焰是火的直接形态，燃烧是火的过程，热是火带来的感受。烟和灰烬是燃烧的产物，红色是火的颜色，危险和火灾体现了火的破坏性，消防员与灭火相关，篝火是一种特定场景。

### 最终排名
1. 火焰
2. 燃烧
3. 热
4. 红色
5. 烟
6. 危险
7. 火灾
8. 灰烬
9. 篝火
10. 消防员""",
     _w("火焰, 燃烧, 热, 红色, 烟, 危险, 火灾, 灰烬, 篝火, 消防员")),

    # --- 第一名：… 行
    ("rk_zh_12", """\
冬天最典型的特征是寒冷和下雪，因此这两个词排在最前面。冰和北风是冬季的自然现象，棉袄、围巾、暖气是御寒的方式，火锅和滑雪是冬天的饮食和活动，冬眠是动物的行为。

最终排名：
第一名：寒冷
第二名：雪
第三名：冰
第四名：北风
第五名：棉袄
第六名：围巾
第七名：暖气
第八名：火锅
第九名：滑雪
第十名：冬眠""",
     _w("寒冷, 雪, 冰, 北风, 棉袄, 围巾, 暖气, 火锅, 滑雪, 冬眠")),

    # --- ">" 分隔
    ("rk_zh_13", """\
工资和存款是普通人最常接触的“钱”，银行和钱包是放钱的地方，其他词语更间接。

最终排名：工资 > 存款 > 银行 > 钱包 > 硬币 > 消费 > 投资 > 贷款 > 富有 > 贪婪""",
     _w("工资, 存款, 银行, 钱包, 硬币, 消费, 投资, 贷款, 富有, 贪婪")),

    # --- 箭头
    ("rk_zh_14", """\
老师和学生是学校的主体，教室是学习的场所，考试和作业是学生生活的重心。

最终排名：老师 → 学生 → 教室 → 考试 → 作业 → 课本 → 黑板 → 同学 → 操场 → 校长""",
     _w("老师, 学生, 教室, 考试, 作业, 课本, 黑板, 同学, 操场, 校长")),

    # --- 中文引号
    ("rk_zh_15", """\
医生在医院工作，与护士配合，为病人看病。手术和听诊器是医生工作中最具代表性的，白大褂是医生的形象，处方和药是治疗手段，诊所和健康联想较弱。

最终排名：“医院”，“护士”，“病人”，“手术”，“听诊器”，“白大褂”，“处方”，“药”，“诊所”，“健康”""",
     _w("医院, 护士, 病人, 手术, 听诊器, 白大褂, 处方, 药, 诊所, 健康")),

    # --- 括号注释
    ("rk_zh_16", """\
我按照这些词在春节期间出现的普遍程度来排序。

最终排名：除夕（大年三十），团圆（家人相聚），年夜饭（除夕晚餐），红包（压岁钱），饺子（北方传统食物），春联（贴在门上），鞭炮（驱邪迎新），拜年（走亲访友），烟花（夜空庆祝），舞狮（民间表演）""",
     _w("除夕, 团圆, 年夜饭, 红包, 饺子, 春联, 鞭炮, 拜年, 烟花, 舞狮")),

    # --- 排名后的结束语
    ("rk_zh_17", """\
大海给人最直观的印象是辽阔和蓝色，海浪是大海最显著的动态特征。沙滩、海鸥、贝壳是海边常见的景物，鱼和船与大海的生活和交通有关，“咸”是海水的味道，潮汐是大海的周期性现象。

最终排名：辽阔，蓝色，海浪，沙滩，鱼，船，海鸥，贝壳，咸，潮汐

希望对你有帮助！如果需要，我也可以解释每个词的排序依据。""",
     _w("辽阔, 蓝色, 海浪, 沙滩, 鱼, 船, 海鸥, 贝壳, 咸, 潮汐")),

    # --- 先给排名，后给说明
    ("rk_zh_18", """\
最终排名：茶叶，茶杯，绿茶，茶壶，清香，龙井，普洱，热水，功夫茶，茶馆

说明：茶叶是茶的原料，联想最强；茶杯和茶壶是最常见的茶具；绿茶、龙井、普洱都是具体的茶类，其中绿茶最普遍；清香是对茶味的描述；热水是泡茶必需的；功夫茶和茶馆则与特定的饮茶文化有关。""",
     _w("茶叶, 茶杯, 绿茶, 茶壶, 清香, 龙井, 普洱, 热水, 功夫茶, 茶馆")),

    # --- 初稿 + 修改（以最后一个为准）
    ("rk_zh_19", """\
月亮最容易让人联想到夜晚和月光，中秋节、月饼、嫦娥、玉兔都和中秋传统有关。

最终排名：夜晚，月光，中秋，月饼，嫦娥，玉兔，星星，圆，思乡，太阳

不过再想一想，对于中国人来说，“中秋”与月亮的联系可能比“夜晚”更强，而“圆”也常常直接用来形容月亮。调整如下：

最终排名：中秋，月光，夜晚，圆，月饼，嫦娥，玉兔，星星，思乡，太阳""",
     _w("中秋, 月光, 夜晚, 圆, 月饼, 嫦娥, 玉兔, 星星, 思乡, 太阳")),

    # --- 漏掉一个词（短信）
    ("rk_zh_20", """\
手机是用来打电话的，现在微信用得最多，屏幕和充电是每天都要面对的。

最终排名：电话，微信，屏幕，充电，上网，拍照，游戏，苹果，华为""",
     _w("电话, 微信, 屏幕, 充电, 上网, 拍照, 游戏, 苹果, 华为")),

    # --- 多出一个词（寒假）
    ("rk_zh_21", """\
雪和寒冷是冬天最典型的特征，冰紧随其后；棉袄、围巾、暖气是取暖相关的；寒假是学生最期待的；火锅、滑雪是冬季活动；北风和冬眠联想较弱。

最终排名：雪，寒冷，冰，棉袄，围巾，暖气，寒假，火锅，滑雪，北风，冬眠""",
     _w("雪, 寒冷, 冰, 棉袄, 围巾, 暖气, 寒假, 火锅, 滑雪, 北风, 冬眠")),

    # --- 标记后拒绝
    ("rk_zh_22", """\
词语联想的强弱因人而异，受到个人经历、地域和文化背景的影响，很难给出客观统一的排序。

最终排名：抱歉，我无法对这些词语给出准确的排序。""",
     []),

    # --- 标记后为空
    ("rk_zh_23", """\
火焰和燃烧是火最本质的特征，热、烟、灰烬是燃烧带来的现象，红色是火的颜色，危险和火灾体现了火的危害，消防员和篝火则是与火相关的具体场景。

最终排名：""",
     []),

    # --- 没有标记
    ("rk_zh_24", """\
1. 小猫：猫的幼崽，联想最直接。
2. 喵：猫的叫声。
3. 宠物：猫是最常见的宠物之一。
4. 胡须：猫的显著特征。
5. 老鼠：猫捉老鼠，但属于间接联想。""",
     []),

    # --- <think> 里有初稿，</think> 后为准
    ("rk_zh_25", """\
<think>
好的，用户让我把和“钱”相关的10个词按联想强度排序。词语有：存款，贷款，银行，富有，钱包，硬币，工资，消费，投资，贪婪。

先想想，最直接的应该是银行，因为钱存在银行里。然后是钱包、硬币，这些都是钱的载体或形式。工资是挣钱，存款是存钱……

初步：
最终排名：银行，钱包，硬币，工资，存款，消费，投资，贷款，富有，贪婪

嗯，不过“工资”对普通人来说可能比“硬币”更常见，现在硬币用得越来越少了。把工资提前，硬币往后放。
</think>

“钱”最直接的联想是银行和钱包，它们是存放钱的地方；工资是大多数人获得钱的方式；存款是积累下来的钱；消费和投资是用钱的方式；硬币是钱的一种形式，但现在用得较少；贷款是借来的钱；富有和贪婪则是与钱相关的状态和品质。

最终排名：银行，钱包，工资，存款，消费，投资，硬币，贷款，富有，贪婪""",
     _w("银行, 钱包, 工资, 存款, 消费, 投资, 硬币, 贷款, 富有, 贪婪")),

    # --- 标记只在 <think> 里
    ("rk_zh_26", """\
<think>
书：阅读，图书馆，作者，知识，小说，书店，书架，故事。
阅读最直接。然后知识、小说、故事。
最终排名：阅读，知识，小说，故事，作者，图书馆，书店，书架
好，就这样。
</think>

书最主要的用途是阅读，它承载着知识；小说和故事是书的常见内容；作者是写书的人；图书馆、书店和书架则是与书有关的场所和物品。""",
     []),

    # --- 只有排名行
    ("rk_zh_27", """\
最终排名：红包，饺子，年夜饭，团圆，除夕，春联，鞭炮，烟花，拜年，舞狮""",
     _w("红包, 饺子, 年夜饭, 团圆, 除夕, 春联, 鞭炮, 烟花, 拜年, 舞狮")),

    # --- 重复的排名行
    ("rk_zh_28", """\
最终排名：老师，学生，教室，作业，考试，课本，黑板，同学，校长，操场
最终排名：老师，学生，教室，作业，考试，课本，黑板，同学，校长，操场
最终排名：老师，学生，教室，作业，考试，课本，黑板，同学，校长，操场
最终排名：老师，学生，教室，作业，考试，课本，黑板，同学，校长，操场""",
     _w("老师, 学生, 教室, 作业, 考试, 课本, 黑板, 同学, 校长, 操场")),

    # --- ASCII 冒号、逗号，无空格
    ("rk_zh_29", """\
雨伞最直接。
最终排名:雨伞,乌云,雨滴,打雷,潮湿,雨衣,水坑,彩虹,梅雨,洪水""",
     _w("雨伞, 乌云, 雨滴, 打雷, 潮湿, 雨衣, 水坑, 彩虹, 梅雨, 洪水")),

    # --- k = 5，顿号
    ("rk_zh_30", """\
小猫是猫的幼崽，喵是猫的叫声，它们与猫的联系最直接；猫是常见的宠物；胡须是猫的外形特征；老鼠是猫的猎物，联想相对间接。

最终排名：小猫、喵、宠物、胡须、老鼠""",
     _w("小猫, 喵, 宠物, 胡须, 老鼠")),

    # --- k = 8
    ("rk_zh_31", """\
书最基本的用途是阅读，人们读书是为了获取知识或欣赏故事。小说是最常见的书籍类型，作者是书的创作者，图书馆、书店和书架都是存放或购买书的地方。

最终排名：阅读，知识，小说，故事，作者，图书馆，书店，书架""",
     _w("阅读, 知识, 小说, 故事, 作者, 图书馆, 书店, 书架")),

    # --- “在给出最终排名之前……”
    ("rk_zh_32", """\
在给出最终排名之前，我先简单分析一下每个词与“家”的关系。

“父母”和“孩子”是家庭成员，是家的核心；“温暖”是人们对家最常见的感受；“房子”是家的物质载体；“团聚”体现了家的意义；“厨房”和“沙发”是家中常见的空间和家具；“钥匙”则与回家这个动作相关。

最终排名：父母，温暖，孩子，房子，团聚，厨房，沙发，钥匙""",
     _w("父母, 温暖, 孩子, 房子, 团聚, 厨房, 沙发, 钥匙")),

    # --- 排名后“以上就是我的最终排名，希望……”
    ("rk_zh_33", """\
冬天最明显的特征是寒冷，下雪是北方冬天最典型的景象；冰和北风同样是冬季的自然现象；棉袄、围巾、暖气是人们御寒的方式；火锅和滑雪是冬天常见的饮食和活动；冬眠是部分动物在冬天的行为。

最终排名：寒冷，雪，冰，北风，棉袄，围巾，暖气，火锅，滑雪，冬眠

以上就是我的最终排名，希望对你有帮助。""",
     _w("寒冷, 雪, 冰, 北风, 棉袄, 围巾, 暖气, 火锅, 滑雪, 冬眠")),

    # --- 最终排名如下：
    ("rk_zh_34", """\
医生最主要的工作场所是医院，服务对象是病人，合作伙伴是护士。听诊器和白大褂是医生的典型形象，手术、处方和药是医疗行为，诊所是规模较小的医疗机构，健康是医疗的最终目的。

最终排名如下：
1. 医院
2. 病人
3. 护士
4. 白大褂
5. 听诊器
6. 手术
7. 处方
8. 药
9. 诊所
10. 健康""",
     _w("医院, 病人, 护士, 白大褂, 听诊器, 手术, 处方, 药, 诊所, 健康")),

    # --- 最终排名是：
    ("rk_zh_35", """\
现在人们拿起手机最常做的就是刷微信，其次才是打电话。屏幕和充电是手机的基本部分，品牌的联想最弱。

最终排名是：微信，电话，屏幕，充电，上网，拍照，短信，游戏，华为，苹果""",
     _w("微信, 电话, 屏幕, 充电, 上网, 拍照, 短信, 游戏, 华为, 苹果")),

    # --- 中文回答里用英文标记
    ("rk_zh_36", """\
茶叶是茶的根本，所以排第一；茶杯、茶壶是喝茶必备的器具；绿茶、龙井、普洱是常见的茶类；清香是茶的气味；功夫茶和茶馆体现了茶文化；热水是泡茶的条件。

Final Ranking: 茶叶, 茶杯, 茶壶, 绿茶, 龙井, 普洱, 清香, 功夫茶, 茶馆, 热水""",
     _w("茶叶, 茶杯, 茶壶, 绿茶, 龙井, 普洱, 清香, 功夫茶, 茶馆, 热水")),

    # --- 漂移：英文说明，中文标记
    ("rk_zh_37", """\
Fire is most directly associated with flames (火焰) and burning (燃烧). Heat (热) and smoke (烟) are what you feel and see, and red (红色) is its color. Danger (危险) and fire disasters (火灾) reflect its destructive side, ash (灰烬) is what remains, and firefighters (消防员) and bonfires (篝火) are specific contexts.

最终排名：火焰，燃烧，热，烟，红色，危险，火灾，灰烬，消防员，篝火""",
     _w("火焰, 燃烧, 热, 烟, 红色, 危险, 火灾, 灰烬, 消防员, 篝火")),

    # --- 重复词语（去重保留第一次）
    ("rk_zh_38", """\
最终排名：中秋，月饼，嫦娥，中秋，玉兔，月光，夜晚，月饼，星星，圆，思乡，太阳""",
     _w("中秋, 月饼, 嫦娥, 玉兔, 月光, 夜晚, 星星, 圆, 思乡, 太阳")),

    # --- **最终排名**：
    ("rk_zh_39", """\
大海最突出的特点是海浪和辽阔，颜色是蓝色，海水是咸的。鱼、海鸥、贝壳是与海有关的生物，沙滩和船是人们接触大海的场景，潮汐是海水的周期性涨落。

**最终排名**：海浪，辽阔，蓝色，咸，沙滩，鱼，海鸥，船，贝壳，潮汐""",
     _w("海浪, 辽阔, 蓝色, 咸, 沙滩, 鱼, 海鸥, 船, 贝壳, 潮汐")),

    # --- 标记单独一行，下一行逗号列表
    ("rk_zh_40", """\
钱和工资、存款的关系最为直接，银行和钱包是存放钱的地方，硬币是钱的实物形态，投资、消费、贷款是钱的使用方式，富有和贪婪更多是与钱有关的状态或性格。

最终排名：
工资，存款，银行，钱包，硬币，投资，消费，贷款，富有，贪婪""",
     _w("工资, 存款, 银行, 钱包, 硬币, 投资, 消费, 贷款, 富有, 贪婪")),

    # --- 拼音（半角括号，前有空格）
    ("rk_zh_41", """\
冬天最先让人想到雪和寒冷。

最终排名：雪 (xuě)，寒冷 (hánlěng)，冰 (bīng)，棉袄 (mián'ǎo)，围巾 (wéijīn)，暖气 (nuǎnqì)，北风 (běifēng)，火锅 (huǒguō)，滑雪 (huáxuě)，冬眠 (dōngmián)""",
     _w("雪, 寒冷, 冰, 棉袄, 围巾, 暖气, 北风, 火锅, 滑雪, 冬眠")),

    # --- 加粗编号列表，破折号注释
    ("rk_zh_42", """\
春节的意义在于团圆，其余词语按照习俗的普遍程度排列。

最终排名：
1. **团圆**——春节的核心意义
2. **除夕**——春节的开端
3. **年夜饭**——除夕夜的团圆饭
4. **红包**——长辈给孩子的压岁钱
5. **饺子**——北方过年必吃
6. **春联**——家家户户贴春联
7. **鞭炮**——传统的庆祝方式
8. **拜年**——走亲访友
9. **烟花**——夜空中的庆祝
10. **舞狮**——民间表演，地域性较强""",
     _w("团圆, 除夕, 年夜饭, 红包, 饺子, 春联, 鞭炮, 拜年, 烟花, 舞狮")),

    # --- “1、老师 2、学生” 一行
    ("rk_zh_43", """\
老师和学生是学校里最重要的人，教室是最主要的场所，考试比作业更能代表学校。

最终排名：1、老师 2、学生 3、教室 4、考试 5、作业 6、同学 7、课本 8、黑板 9、校长 10、操场""",
     _w("老师, 学生, 教室, 考试, 作业, 同学, 课本, 黑板, 校长, 操场")),

    # --- 标记与冒号之间有括号
    ("rk_zh_44", """\
雨伞是下雨时最先想到的东西，乌云和雨滴是雨的直接形象。

最终排名（从强到弱）：雨伞，乌云，雨滴，潮湿，打雷，雨衣，水坑，梅雨，洪水，彩虹""",
     _w("雨伞, 乌云, 雨滴, 潮湿, 打雷, 雨衣, 水坑, 梅雨, 洪水, 彩虹")),

    # --- 全角 ＞
    ("rk_zh_45", """\
手机首先是通讯工具。

最终排名：电话＞微信＞屏幕＞充电＞上网＞拍照＞游戏＞短信＞苹果＞华为""",
     _w("电话, 微信, 屏幕, 充电, 上网, 拍照, 游戏, 短信, 苹果, 华为")),

    # --- 逗号、顿号混用
    ("rk_zh_46", """\
医院医生护士病人。

最终排名：医院，护士、病人，药、白大褂，手术，听诊器、健康，诊所，处方""",
     _w("医院, 护士, 病人, 药, 白大褂, 手术, 听诊器, 健康, 诊所, 处方")),

    # --- "- " 项目符号
    ("rk_zh_47", """\
茶叶是茶的本体，绿茶是最常见的茶，茶杯和茶壶是器具，龙井和普洱是名茶，功夫茶是泡法，清香是味道，茶馆和热水联想较弱。

最终排名：
- 茶叶
- 绿茶
- 茶杯
- 茶壶
- 龙井
- 普洱
- 功夫茶
- 清香
- 茶馆
- 热水""",
     _w("茶叶, 绿茶, 茶杯, 茶壶, 龙井, 普洱, 功夫茶, 清香, 茶馆, 热水")),

    # --- 基座模型续写下一道题，题目里引用了标记
    # AMBIGUOUS: the last literal "最终排名：" is inside the echoed instruction
    # (followed by "”开头的一行列出……"), not by a ranking; a strict "last
    # marker wins" reading gives [] (or junk).
    ("rk_zh_48", """\
小猫、喵和宠物都和猫直接相关。
最终排名：小猫，喵，宠物，胡须，老鼠

下面是人们由“狗”联想到的5个词语：骨头，汪汪，忠诚，宠物，小狗。请按照它们与“狗”的联想强度从强到弱排序。先简要说明理由，最后以“最终排名：”开头的一行列出全部5个词语，用逗号分隔。""",
     _w("小猫, 喵, 宠物, 胡须, 老鼠")),

    # --- 英文思考，中文回答
    ("rk_zh_49", """\
<think>
The user wants a ranking of 8 words associated with 家 (home): 父母, 温暖, 房子, 团聚, 沙发, 厨房, 孩子, 钥匙.
Parents and warmth are the strongest. House is the physical home. Reunion relates to family gatherings.
Final Ranking: 父母, 温暖, 房子, 团聚, 孩子, 厨房, 沙发, 钥匙
I should answer in Chinese.
</think>

“家”首先让人想到温暖和父母，它们代表家的情感核心；房子是家的物质基础；孩子和团聚体现了家庭关系；厨房和沙发是家中最常见的空间和物品；钥匙与回家相关，联想最弱。

最终排名：温暖，父母，房子，孩子，团聚，厨房，沙发，钥匙""",
     _w("温暖, 父母, 房子, 孩子, 团聚, 厨房, 沙发, 钥匙")),

    # --- 标记重复在同一行
    ("rk_zh_50", """\
最终排名：最终排名：阅读，知识，故事，小说，作者，书店，图书馆，书架""",
     _w("阅读, 知识, 故事, 小说, 作者, 书店, 图书馆, 书架")),

    # --- 空格分隔
    ("rk_zh_51", """\
冬天 雪 冷。

最终排名：雪 寒冷 冰 北风 围巾 棉袄 暖气 火锅 滑雪 冬眠""",
     _w("雪, 寒冷, 冰, 北风, 围巾, 棉袄, 暖气, 火锅, 滑雪, 冬眠")),

    # --- 反复的排名行，最后一行不同
    ("rk_zh_52", """\
最终排名：银行，存款，工资，钱包，硬币，投资，消费，贷款，富有，贪婪
最终排名：银行，工资，存款，钱包，硬币，投资，消费，贷款，富有，贪婪
最终排名：银行，工资，存款，钱包，投资，硬币，消费，贷款，富有，贪婪""",
     _w("银行, 工资, 存款, 钱包, 投资, 硬币, 消费, 贷款, 富有, 贪婪")),

    # --- 同一行句号后接说明
    ("rk_zh_53", """\
最终排名：海浪，蓝色，辽阔，沙滩，鱼，船，海鸥，贝壳，咸，潮汐。这个排序主要依据人们看到大海时最先注意到的事物。""",
     _w("海浪, 蓝色, 辽阔, 沙滩, 鱼, 船, 海鸥, 贝壳, 咸, 潮汐")),

    # --- 「」引号
    ("rk_zh_54", """\
在中国文化里，月亮和中秋密不可分。

最终排名：「中秋」、「月光」、「月饼」、「嫦娥」、「夜晚」、「玉兔」、「圆」、「星星」、「思乡」、「太阳」""",
     _w("中秋, 月光, 月饼, 嫦娥, 夜晚, 玉兔, 圆, 星星, 思乡, 太阳")),

    # --- 长说明，自己的编号分类，顺序与最终排名不同
    ("rk_zh_55", """\
我从几个角度来考虑这些词与“春节”的联系：

1. 核心意义：团圆是春节最重要的意义，除夕是春节的开始。
2. 传统习俗：拜年、贴春联、放鞭炮、舞狮都是春节习俗，其中春联和鞭炮最普遍，舞狮有地域性。
3. 饮食和礼物：年夜饭和饺子是春节最重要的食物，红包是孩子们最期待的。
4. 庆祝活动：烟花和鞭炮一样具有节日气氛，但近年来很多城市禁放，联想有所减弱。

综合来看，核心意义最强，其次是饮食和礼物，再次是传统习俗，最后是庆祝活动。

最终排名：团圆，除夕，年夜饭，红包，饺子，春联，鞭炮，拜年，烟花，舞狮""",
     _w("团圆, 除夕, 年夜饭, 红包, 饺子, 春联, 鞭炮, 拜年, 烟花, 舞狮")),

    # --- 编号列表，每项带拼音
    ("rk_zh_56", """\
下雨天最常见的就是雨伞。

最终排名：

1. 雨伞（yǔsǎn）
2. 雨滴（yǔdī）
3. 乌云（wūyún）
4. 潮湿（cháoshī）
5. 雨衣（yǔyī）
6. 打雷（dǎléi）
7. 水坑（shuǐkēng）
8. 梅雨（méiyǔ）
9. 洪水（hóngshuǐ）
10. 彩虹（cǎihóng）""",
     _w("雨伞, 雨滴, 乌云, 潮湿, 雨衣, 打雷, 水坑, 梅雨, 洪水, 彩虹")),

    # --- 没有“最终排名”，只有“我的排名”
    ("rk_zh_57", """\
老师和学生是学校的主体。

我的排名：老师，学生，教室，作业，考试，课本，黑板，同学，校长，操场""",
     []),

    # --- 拒绝，没有标记
    ("rk_zh_58", """\
作为一个人工智能语言模型，我没有个人的联想和感受，因此无法对这些词语与“手机”的联想强度进行排序。""",
     []),

    # --- “我的最终排名会把……放在第一位”
    ("rk_zh_59", """\
我的最终排名会把“火焰”放在第一位，因为它是火最直观的形态。其余词语按与火的直接程度排序：燃烧和热描述火的作用，烟和灰烬是燃烧的产物，红色是火的颜色，火灾和危险体现了火的破坏性，消防员和篝火是具体场景。

最终排名：火焰，燃烧，热，烟，红色，火灾，危险，灰烬，消防员，篝火""",
     _w("火焰, 燃烧, 热, 烟, 红色, 火灾, 危险, 灰烬, 消防员, 篝火")),

    # --- 括号里的强度标注
    ("rk_zh_60", """\
家首先是父母和温暖，其次是孩子和房子。

最终排名：父母（强），温暖（强），孩子（较强），房子（较强），团聚（中），厨房（中），沙发（弱），钥匙（弱）""",
     _w("父母, 温暖, 孩子, 房子, 团聚, 厨房, 沙发, 钥匙")),

    # --- 标记后无冒号（PPO 退化）
    ("rk_zh_61", """\
存款工资银行。

最终排名 存款，工资，银行，钱包，投资，消费，硬币，贷款，富有，贪婪""",
     _w("存款, 工资, 银行, 钱包, 投资, 消费, 硬币, 贷款, 富有, 贪婪")),

    # --- **最终排名：** 后换行的加粗编号列表 + 结束语
    ("rk_zh_62", """\
书的核心是阅读和知识，小说和故事是内容，作者是创造者，图书馆、书店、书架是场所和物品。

**最终排名：**
1. **阅读**
2. **知识**
3. **故事**
4. **小说**
5. **作者**
6. **图书馆**
7. **书店**
8. **书架**

以上排序仅代表一般人的联想习惯，仅供参考。""",
     _w("阅读, 知识, 故事, 小说, 作者, 图书馆, 书店, 书架")),
]


RANKINGS = EN_RANKINGS + ZH_RANKINGS

TRUNCATED = set()  # rankings are not cut in this corpus

AMBIGUOUS = {
    "rk_en_35",  # base-model echo quotes "Final Ranking:"; other reading: [] / junk
    "rk_en_36",  # "..., and alarm."; other reading: last item "and alarm"
    "rk_en_67",  # "Note on the Final Ranking: river is last ..."; other reading: junk / []
    "rk_zh_48",  # base-model echo quotes “最终排名：”; other reading: [] / junk
}
