r"""Blind answer corpus 46 for the word-association answer parser.

Written blind on 2026-12-08 by a helper session: no parser, test, benchmark or
other repository file was read, no parser was run, and every text below was
invented for this file in the style real models answer.

EMPHASIS (corpus 46): answers as researchers save them from API and
serving-framework responses into a generations file, where the "output" string
is not always the plain text: a stringified message content array
('[{"type": "text", "text": "money, bank, ..."}]'), a whole message object or
response dict dumped as JSON or as a Python repr
("{'role': 'assistant', 'content': '...'}"), JSON-mode outputs
({"associations": [...]}, {"words": "a, b, c"},
{"cue": "...", "associations": [...]}), tool or function-call arguments
('{"name": "submit_words", "arguments": "{\"words\": [\"...\"]}"}'), a Python
list repr ("['money', 'bank']"), a list of samples when n>1 was requested but
only one was expected, a refusal field, markdown code blocks around JSON, plus
ordinary chat answers from GPT-4o-, Claude-, Gemini-, Llama- and Qwen-style
endpoints in their usual proportions. Expected words are the model's
association list for the asked cue, as a careful reader takes it from whatever
wraps it (for several samples, the first sample's list; such a case is in
AMBIGUOUS where a reader could take another). Each output is written exactly
as it would reach the parser: JSON dumps keep their backslash escapes (\n, \",
\uXXXX from json.dumps with ensure_ascii=True), Python reprs keep their quotes.

THE PROMPTS the models answered (low/high usually 5 and 10, sometimes 10 and 20):
  EN association: List the words that come to mind when you read the word
    "{cue}". Give between {low} and {high} words, separated by commas, the most
    strongly associated first.
  ZH association: 请列出看到“{cue}”这个词时你会联想到的词语，共{low}到{high}个，用逗号分隔，联想最强的排在最前面。
  EN ranking: Here are {k} words that people associate with "{cue}": {words}.
    Rank them from the most to the least strongly associated with "{cue}".
    Explain briefly, then end with a line that starts with "Final Ranking:"
    followed by all {k} words in your order, separated by commas.
  ZH ranking: 下面是人们由“{cue}”联想到的{k}个词语：{words}。请按照它们与“{cue}”的联想强度从强到弱排序。先简要说明理由，最后以“最终排名：”开头的一行列出全部{k}个词语，用逗号分隔。
Each text is only what the model wrote (its completion, possibly inside the
wrapper the researcher saved), not the prompt, unless the model or the
endpoint echoes the prompt.

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
    label, e.g. a "cue" key in a JSON object);
  * pinyin and translations of a Mandarin word removed (the Han word kept); for
    an English prompt answered in English with Chinese glosses, the English
    word kept;
  * a list the model writes for some other cue is never taken; an answer with
    no list for the asked cue (refusal, refusal field, API error, only a
    definition, only prose that names no words) expects [];
  * when a short list is followed by a section that re-lists the same words
    with explanations, the words count once, in the order of the first list;
  * an item cut mid-word by the token limit at the very end (of the model's
    text, also inside a wrapper) is dropped, and the id goes in TRUNCATED; a
    complete last word is kept;
  * when the model lists words inside prose ("I think of money, loans and
    tellers"), the words it names as associations are the list;
  * wrapper keys and metadata (ids, model names, usage, finish reasons,
    strengths, pinyin fields, reasoning fields) are never words.
CONVENTIONS for expected_ranked_words (rankings):
  * the words after the LAST "Final Ranking" / "最终排名" marker that is
    followed by a ranking (any case, bold or not, ":" or "："; the ranking may
    be on the marker's line or as a list on the following lines); a mention of
    the marker not followed by a ranking does not count;
  * lowercased, in order, deduplicated; numbering, "Rank n:" / "排名n：" /
    "第n名：" labels, glosses, quotes, brackets, markdown, trailing punctuation
    removed; a word outside the given ones kept as written;
  * text after the ranking (a remark on the next line or paragraph) is not
    part of it;
  * a ranking cut by the token limit at the very end keeps its complete words
    and drops the cut fragment (such ids are not in TRUNCATED; they carry a
    comment "# cut by the token limit");
  * [] when there is no marker, or nothing ranked after the last one.
"""

EN_LISTS = [
    # gpt-4o-2024-08-06, chat completions; whole response saved with json.dumps (ensure_ascii=True, so "café" is escaped)
    ("en_van_01", "coffee",
     r'''{"id": "chatcmpl-AZ3kq9XfLw2mT8cVbN1pRr7sQe4Du", "object": "chat.completion", "created": 1733145602, "model": "gpt-4o-2024-08-06", "choices": [{"index": 0, "message": {"role": "assistant", "content": "Caffeine, morning, espresso, mug, beans, energy, caf\u00e9, latte, bitter, aroma", "refusal": null}, "logprobs": null, "finish_reason": "stop"}], "usage": {"prompt_tokens": 41, "completion_tokens": 21, "total_tokens": 62}, "system_fingerprint": "fp_7f6be3efb0"}''',
     ["caffeine", "morning", "espresso", "mug", "beans", "energy", "café", "latte", "bitter", "aroma"]),

    # claude-3-5-haiku via an OpenAI-compatible proxy; message content array saved as JSON
    ("en_van_02", "nurse",
     '[{"type": "text", "text": "Hospital, doctor, care, scrubs, patient, medicine, compassion, shift, syringe, ward"}]',
     ["hospital", "doctor", "care", "scrubs", "patient", "medicine", "compassion", "shift", "syringe", "ward"]),

    # gpt-4o-mini; str(message_dict) written to the file (Python repr)
    ("en_van_03", "beach",
     "{'role': 'assistant', 'content': 'Sand, ocean, waves, sun, vacation, seashells, surfing, towel'}",
     ["sand", "ocean", "waves", "sun", "vacation", "seashells", "surfing", "towel"]),

    # gpt-4o JSON mode; the script parsed the JSON and saved str(data["words"]) (Python list repr)
    ("en_van_04", "mouse",
     "['cheese', 'cat', 'trap', 'computer', 'rodent', 'squeak', 'small', 'hole']",
     ["cheese", "cat", "trap", "computer", "rodent", "squeak", "small", "hole"]),

    # gpt-4o-mini structured output, compact JSON {"associations": [...]}
    ("en_van_05", "ice",
     '{"associations":["cold","snow","frozen","water","cube","skating","slippery","winter"]}',
     ["cold", "snow", "frozen", "water", "cube", "skating", "slippery", "winter"]),

    # gpt-3.5-turbo JSON mode with a schema asking for one string of words
    ("en_van_06", "dog",
     '{"words": "bark, loyal, puppy, bone, leash, pet, fetch, tail, cat"}',
     ["bark", "loyal", "puppy", "bone", "leash", "pet", "fetch", "tail", "cat"]),

    # gemini-1.5-pro with response_mime_type=application/json, pretty-printed; the "cue" key is a label
    ("en_van_07", "happy",
     '''{
  "cue": "happy",
  "associations": [
    "joy",
    "smile",
    "sad",
    "glad",
    "birthday",
    "cheerful",
    "content"
  ]
}''',
     ["joy", "smile", "sad", "glad", "birthday", "cheerful", "content"]),

    # gpt-4o forced function call; the function_call object saved as JSON (arguments is a JSON string)
    ("en_van_08", "teacher",
     r'''{"name": "submit_words", "arguments": "{\"words\": [\"school\", \"student\", \"classroom\", \"teach\", \"apple\", \"chalkboard\", \"homework\", \"lesson\"]}"}''',
     ["school", "student", "classroom", "teach", "apple", "chalkboard", "homework", "lesson"]),

    # gpt-4o-mini with tools; whole assistant message dumped, content null, words in tool_calls arguments
    ("en_van_09", "winter",
     r'''{"role": "assistant", "content": null, "tool_calls": [{"id": "call_9sK2mXq7LpR4vTnW1bYc3dEf", "type": "function", "function": {"name": "record_associations", "arguments": "{\"cue\":\"winter\",\"associations\":[\"snow\",\"cold\",\"Christmas\",\"ice\",\"coat\",\"fireplace\",\"scarf\",\"hot chocolate\",\"skiing\",\"dark\"]}"}}], "refusal": null}''',
     ["snow", "cold", "christmas", "ice", "coat", "fireplace", "scarf", "hot chocolate", "skiing", "dark"]),

    # gpt-4o structured outputs refusal: content null, refusal field set
    ("en_van_10", "bomb",
     '''{"role": "assistant", "content": null, "refusal": "I'm sorry, but I can't assist with that request."}''',
     []),

    # gpt-4o chat (no JSON mode) that chose to answer in a ```json block, with a closing remark
    ("en_van_11", "night",
     '''Here you go:

```json
{
  "associations": ["dark", "stars", "moon", "sleep", "sky", "dream", "owl", "quiet", "city lights"]
}
```

These are ordered from the strongest association to the weakest.''',
     ["dark", "stars", "moon", "sleep", "sky", "dream", "owl", "quiet", "city lights"]),

    # gpt-4o-mini called with n=2 by mistake; the list of both samples saved as JSON; first sample taken
    ("en_van_12", "rain",
     '["Umbrella, clouds, wet, storm, puddle, thunder, drizzle, gray", "umbrella, wet, clouds, boots, thunderstorm, cold"]',
     ["umbrella", "clouds", "wet", "storm", "puddle", "thunder", "drizzle", "gray"]),

    # Meta-Llama-3-8B base on vLLM completions, n=2; whole response dumped; first sample is blank
    ("en_van_13", "road",
     r'''{"id": "cmpl-8c1f0e2a7b4d4e59a1d3c6f2b9e07a14", "object": "text_completion", "created": 1733212044, "model": "meta-llama/Meta-Llama-3-8B", "choices": [{"index": 0, "text": "\n\n", "logprobs": null, "finish_reason": "stop", "stop_reason": null}, {"index": 1, "text": " car, highway, travel, trip, asphalt, map, journey, traffic\n", "logprobs": null, "finish_reason": "stop", "stop_reason": null}], "usage": {"prompt_tokens": 38, "total_tokens": 60, "completion_tokens": 22}}''',
     []),  # AMBIGUOUS: another reader takes the second sample's list (car, highway, travel, trip, asphalt, map, journey, traffic)

    # claude-3-5-sonnet, Messages API; response.model_dump_json()
    ("en_van_14", "garden",
     r'''{"id": "msg_01HqV3nXw8ZkT2pLr5sYc9Bd", "type": "message", "role": "assistant", "model": "claude-3-5-sonnet-20241022", "content": [{"type": "text", "text": "Here are the words that come to mind for \"garden\", most strongly associated first:\n\nflowers, plants, soil, vegetables, roses, hose, weeds, grow, bees, shed"}], "stop_reason": "end_turn", "stop_sequence": null, "usage": {"input_tokens": 44, "output_tokens": 35}}''',
     ["flowers", "plants", "soil", "vegetables", "roses", "hose", "weeds", "grow", "bees", "shed"]),

    # gemini-1.5-flash REST generateContent; whole response JSON saved; numbered bold list
    ("en_van_15", "summer",
     r'''{"candidates": [{"content": {"parts": [{"text": "1. **Sun**\n2. **Heat**\n3. **Beach**\n4. **Vacation**\n5. **Swimming**\n6. **Ice cream**\n7. **Holidays**\n8. **Barbecue**\n"}], "role": "model"}, "finishReason": "STOP", "avgLogprobs": -0.16421874, "index": 0}], "usageMetadata": {"promptTokenCount": 40, "candidatesTokenCount": 38, "totalTokenCount": 78}, "modelVersion": "gemini-1.5-flash-002"}''',
     ["sun", "heat", "beach", "vacation", "swimming", "ice cream", "holidays", "barbecue"]),

    # llama3.1:8b on Ollama /api/chat; raw response JSON saved
    ("en_van_16", "music",
     r'''{"model": "llama3.1:8b", "created_at": "2024-12-03T14:22:51.918274Z", "message": {"role": "assistant", "content": "Here are the words that come to mind when I read the word \"music\":\n\n1. Song\n2. Melody\n3. Rhythm\n4. Instruments\n5. Concert\n6. Dance\n7. Guitar\n8. Headphones\n\nLet me know if you'd like more!"}, "done_reason": "stop", "done": true, "total_duration": 1873420917, "load_duration": 21409375, "prompt_eval_count": 45, "prompt_eval_duration": 98000000, "eval_count": 52, "eval_duration": 1711000000}''',
     ["song", "melody", "rhythm", "instruments", "concert", "dance", "guitar", "headphones"]),

    # gpt-4o-mini through LangChain; str(AIMessage) saved
    ("en_van_17", "fire",
     "content='Flame, heat, smoke, burn, campfire, red, danger, firefighter, ash, warmth' additional_kwargs={'refusal': None} response_metadata={'token_usage': {'completion_tokens': 20, 'prompt_tokens': 41, 'total_tokens': 61}, 'model_name': 'gpt-4o-mini-2024-07-18', 'system_fingerprint': 'fp_0705bf87c0', 'finish_reason': 'stop', 'logprobs': None} id='run-6b1e3c55-2f0a-4d8e-9b7a-1c4d2e8f5a90-0' usage_metadata={'input_tokens': 41, 'output_tokens': 20, 'total_tokens': 61}",
     ["flame", "heat", "smoke", "burn", "campfire", "red", "danger", "firefighter", "ash", "warmth"]),

    # gpt-4o, openai-python; str(response.choices[0].message) saved (pydantic repr)
    ("en_van_18", "blue",
     "ChatCompletionMessage(content='Sky, ocean, sad, color, calm, water, jeans, cold', refusal=None, role='assistant', audio=None, function_call=None, tool_calls=None)",
     ["sky", "ocean", "sad", "color", "calm", "water", "jeans", "cold"]),

    # claude-3-haiku, anthropic-python; str(response.content) saved (list of TextBlock reprs)
    ("en_van_19", "time",
     "[TextBlock(citations=None, text='clock, watch, hours, money, past, future, minutes, deadline, schedule, aging', type='text')]",
     ["clock", "watch", "hours", "money", "past", "future", "minutes", "deadline", "schedule", "aging"]),

    # gpt-4o structured output with a strength score per word
    ("en_van_20", "car",
     '{"associations": [{"word": "wheels", "strength": 0.92}, {"word": "drive", "strength": 0.88}, {"word": "road", "strength": 0.81}, {"word": "engine", "strength": 0.77}, {"word": "gas", "strength": 0.65}, {"word": "traffic", "strength": 0.58}, {"word": "keys", "strength": 0.51}, {"word": "speed", "strength": 0.47}]}',
     ["wheels", "drive", "road", "engine", "gas", "traffic", "keys", "speed"]),

    # Qwen3-32B on vLLM with the reasoning parser; assistant message dumped with reasoning_content (not the answer)
    ("en_van_21", "heart",
     r'''{"role": "assistant", "reasoning_content": "Okay, the user wants words associated with \"heart\". The strongest is probably love. Then the organ side: blood, beat, pump. Maybe the hearts suit in cards, but that's weaker. I'll give 10.", "content": "\n\nlove, blood, beat, organ, pump, red, valentine, body, cardiac, emotion", "tool_calls": []}''',
     ["love", "blood", "beat", "organ", "pump", "red", "valentine", "body", "cardiac", "emotion"]),

    # Meta-Llama-3-8B base on vLLM; text field saved; continues with the next prompt for another cue
    ("en_van_22", "bank",
     ''' money, loan, river, teller, ATM, vault, account, cash

List the words that come to mind when you read the word "chair". Give between 5 and 10 words, separated by commas, the most strongly associated first.
 table, sit, wood, legs, furniture, desk''',
     ["money", "loan", "river", "teller", "atm", "vault", "account", "cash"]),

    # gpt-4o batch job; the error body was saved in place of an output
    ("en_van_23", "justice",
     '{"error": {"message": "Rate limit reached for gpt-4o in organization org-Xk2v9LmQ on tokens per min (TPM): Limit 30000, Used 29871, Requested 312. Please try again in 366ms.", "type": "tokens", "param": null, "code": "rate_limit_exceeded"}}',
     []),

    # gpt-3.5-turbo JSON mode with max_tokens=32; the JSON itself is cut mid-word
    ("en_van_24", "space",
     '{"associations": ["stars", "moon", "planets", "astronaut", "rocket", "galaxy", "void", "alien", "grav',
     ["stars", "moon", "planets", "astronaut", "rocket", "galaxy", "void", "alien"]),

    # claude-3-5-sonnet, max_tokens=60; json.dumps(response.model_dump()); stop_reason max_tokens, text cut mid-word
    ("en_van_25", "freedom",
     r'''{"id": "msg_01Tz8pWc4RkN6yQv2Lm9XsJe", "type": "message", "role": "assistant", "model": "claude-3-5-sonnet-20240620", "content": [{"type": "text", "text": "Here are words I associate with \"freedom\", strongest first:\n\n1. **Liberty** \u2013 the most direct synonym\n2. **Independence** \u2013 self-governance\n3. **Choice** \u2013 the ability to decide\n4. **Flag** \u2013 national symbols of freedom\n5. **Rights** \u2013 civil liberties\n6. **Democ"}], "stop_reason": "max_tokens", "stop_sequence": null, "usage": {"input_tokens": 45, "output_tokens": 60}}''',
     ["liberty", "independence", "choice", "flag", "rights"]),

    # o4-mini, Responses API; response.model_dump_json() with a reasoning item before the message
    ("en_van_26", "bread",
     '{"id": "resp_6752a1f0c3e48190b0d2e7f14a9c3b5e", "object": "response", "created_at": 1733468656, "status": "completed", "model": "o4-mini-2025-04-16", "output": [{"id": "rs_6752a1f1d8a48190", "type": "reasoning", "summary": []}, {"id": "msg_6752a1f2b9c08190", "type": "message", "status": "completed", "role": "assistant", "content": [{"type": "output_text", "annotations": [], "text": "butter, loaf, toast, wheat, bakery, sandwich, flour, dough, yeast, crust"}]}], "usage": {"input_tokens": 40, "output_tokens": 210, "output_tokens_details": {"reasoning_tokens": 192}, "total_tokens": 250}}',
     ["butter", "loaf", "toast", "wheat", "bakery", "sandwich", "flour", "dough", "yeast", "crust"]),

    # llama2-13b-chat on Amazon Bedrock; invoke_model body saved as JSON
    ("en_van_27", "snake",
     r'''{"generation": "  Sure! Here are the words that come to mind when I read the word \"snake\":\n\n1. Reptile\n2. Venom\n3. Slither\n4. Hiss\n5. Scales\n6. Fangs\n7. Python\n8. Danger", "prompt_token_count": 62, "generation_token_count": 58, "stop_reason": "stop"}''',
     ["reptile", "venom", "slither", "hiss", "scales", "fangs", "python", "danger"]),

    # Mistral-7B-Instruct on the HF Inference API (return_full_text default) -- the endpoint echoes the prompt
    ("en_van_28", "apple",
     r'''[{"generated_text": "List the words that come to mind when you read the word \"apple\". Give between 5 and 10 words, separated by commas, the most strongly associated first.\n\nfruit, red, tree, pie, green, orchard, juice, iPhone, healthy, crunchy"}]''',
     ["fruit", "red", "tree", "pie", "green", "orchard", "juice", "iphone", "healthy", "crunchy"]),

    # gpt-4o-mini; the output string was json.dumps'ed once more before going into a CSV column
    ("en_van_29", "desert",
     '"Sand, heat, camel, dry, cactus, dunes, sun, oasis, thirst"',
     ["sand", "heat", "camel", "dry", "cactus", "dunes", "sun", "oasis", "thirst"]),

    # claude-3-5-sonnet via a gateway that returns content as two text parts; content array saved as JSON
    ("en_van_30", "school",
     r'''[{"type": "text", "text": "Here are my associations for \"school\":"}, {"type": "text", "text": "teacher, students, classroom, homework, books, learning, bus, exams"}]''',
     ["teacher", "students", "classroom", "homework", "books", "learning", "bus", "exams"]),

    # Llama-3-70B-Instruct (plain text) answering with a bracketed list in a code block
    ("en_van_31", "hospital",
     '''Here are the words that come to mind when I read the word "hospital", in order of association:

```
["doctor", "nurse", "patient", "sick", "emergency", "surgery", "medicine", "ambulance"]
```''',
     ["doctor", "nurse", "patient", "sick", "emergency", "surgery", "medicine", "ambulance"]),

    # gemini-1.5-pro JSON mode, model invented category keys (headers, not words)
    ("en_van_32", "christmas",
     '{"associations": {"symbols": ["tree", "Santa", "presents", "lights"], "feelings": ["joy", "family"], "food": ["cookies", "eggnog"]}}',
     ["tree", "santa", "presents", "lights", "joy", "family", "cookies", "eggnog"]),

    # gpt-4o plain chat answer, bare comma list
    ("en_van_33", "forest",
     "Trees, woods, green, nature, hiking, moss, wildlife, pine, leaves, shade",
     ["trees", "woods", "green", "nature", "hiking", "moss", "wildlife", "pine", "leaves", "shade"]),

    # claude-3-5-sonnet plain chat, one-line preamble
    ("en_van_34", "lemon",
     '''Here are words associated with "lemon", from most to least strongly associated:

sour, yellow, citrus, lime, juice, zest, tart, lemonade, tea, acidic''',
     ["sour", "yellow", "citrus", "lime", "juice", "zest", "tart", "lemonade", "tea", "acidic"]),

    # Llama-3-70B-Instruct plain chat, numbered with dash glosses and a closing remark
    ("en_van_35", "doctor",
     '''Here are the words that come to mind when I read the word "doctor", in order of strength of association:

1. Hospital - the place where doctors usually work
2. Nurse - doctors and nurses work side by side
3. Medicine
4. Stethoscope - the iconic tool
5. Patient
6. Sick
7. White coat
8. Appointment

These associations are based on common experiences with healthcare.''',
     ["hospital", "nurse", "medicine", "stethoscope", "patient", "sick", "white coat", "appointment"]),

    # gemini-1.5-flash plain chat, bold bullets and a closing sentence
    ("en_van_36", "computer",
     '''Here are some words associated with "computer":

* **Keyboard**
* **Screen**
* **Mouse**
* **Internet**
* **Laptop**
* **Software**
* **Code**

These words represent the hardware, software, and uses of computers.''',
     ["keyboard", "screen", "mouse", "internet", "laptop", "software", "code"]),

    # Qwen2.5-7B-Instruct plain chat, list inside a sentence with "and" before the last item
    ("en_van_37", "sleep",
     "Sure! Here are some words that come to mind: bed, dream, night, pillow, rest, tired, and blanket.",
     ["bed", "dream", "night", "pillow", "rest", "tired", "blanket"]),

    # gpt-4o plain chat, low/high = 10/20, twenty words
    ("en_van_38", "city",
     "Buildings, skyscrapers, traffic, lights, people, noise, streets, downtown, subway, apartments, busy, crowds, urban, taxi, shops, restaurants, New York, pollution, nightlife, parks",
     ["buildings", "skyscrapers", "traffic", "lights", "people", "noise", "streets", "downtown", "subway", "apartments",
      "busy", "crowds", "urban", "taxi", "shops", "restaurants", "new york", "pollution", "nightlife", "parks"]),

    # claude-3-opus plain chat, bare list with a final period
    ("en_van_39", "anger",
     "Rage, fury, red, frustration, mad, yelling, temper, hate, storm, fist.",
     ["rage", "fury", "red", "frustration", "mad", "yelling", "temper", "hate", "storm", "fist"]),

    # Llama-3.1-8B-Instruct plain chat, numbered 1-10 with preamble and sign-off
    ("en_van_40", "book",
     '''Here are 10 words that come to mind when I read the word "book":

1. Read
2. Pages
3. Library
4. Author
5. Story
6. Novel
7. Chapter
8. Cover
9. Knowledge
10. Shelf

I hope this helps!''',
     ["read", "pages", "library", "author", "story", "novel", "chapter", "cover", "knowledge", "shelf"]),

    # gemini-1.0-pro plain chat, numbered bold terms with explanations after a colon
    ("en_van_41", "gold",
     '''1. **Money:** Gold has been used as currency for thousands of years.
2. **Jewelry:** Rings, necklaces and bracelets are often made of gold.
3. **Yellow:** The characteristic color of the metal.
4. **Medal:** First place in a competition.
5. **Treasure:** Pirates and hidden chests.
6. **Rich:** Gold is a symbol of wealth.
7. **Shiny:** Gold is known for its luster.''',
     ["money", "jewelry", "yellow", "medal", "treasure", "rich", "shiny"]),

    # Mistral-7B-Instruct-v0.2 plain chat, one word per line
    ("en_van_42", "cold",
     "Ice\nWinter\nSnow\nFreezing\nShiver\nFlu\nJacket\nChilly",
     ["ice", "winter", "snow", "freezing", "shiver", "flu", "jacket", "chilly"]),

    # claude-3-haiku plain chat, words named inside prose
    ("en_van_43", "run",
     '''When I read "run", the strongest association is jogging, followed closely by race and marathon. After that I think of sprint, legs, exercise and sneakers, and more loosely of escape and fast.''',
     ["jogging", "race", "marathon", "sprint", "legs", "exercise", "sneakers", "escape", "fast"]),

    # gpt-4o plain chat, short list then the same words re-listed with explanations
    ("en_van_44", "chocolate",
     '''Sweet, cocoa, candy, dessert, brown, milk, cake, Valentine's Day

1. **Sweet** – chocolate is known for its sweetness.
2. **Cocoa** – the main ingredient.
3. **Candy** – chocolate bars are a classic candy.
4. **Dessert** – common in cakes, mousses and ice cream.
5. **Brown** – its typical color.
6. **Milk** – milk chocolate.
7. **Cake** – chocolate cake.
8. **Valentine's Day** – a popular gift.''',
     ["sweet", "cocoa", "candy", "dessert", "brown", "milk", "cake", "valentine's day"]),

    # Llama-3.1-8B-Instruct, max_tokens=48; cut mid-word at the very end
    ("en_van_45", "mother",
     '''Here are the words that come to mind when I read the word "mother":

1. Love
2. Mom
3. Care
4. Family
5. Warmth
6. Nurturing
7. Child
8. Kitch''',
     ["love", "mom", "care", "family", "warmth", "nurturing", "child"]),

    # gpt-4o-mini plain chat, bare list ending on a complete word, no final period
    ("en_van_46", "sweet",
     "Sugar, candy, dessert, honey, cake, cute, chocolate, kind, treat, sour",
     ["sugar", "candy", "dessert", "honey", "cake", "cute", "chocolate", "kind", "treat", "sour"]),

    # Qwen2-7B-Instruct on the English prompt, numbered English words with Chinese glosses
    ("en_van_47", "rich",
     "1. Money (钱)\n2. Wealthy (富有)\n3. Luxury (奢侈)\n4. Mansion (豪宅)\n5. Millionaire (百万富翁)\n6. Gold (黄金)\n7. Success (成功)\n8. Poor (贫穷)",
     ["money", "wealthy", "luxury", "mansion", "millionaire", "gold", "success", "poor"]),

    # gpt-4o plain chat with an emoji before each word
    ("en_van_48", "sea",
     "🌊 Ocean, 🐟 fish, 🏖️ beach, ⛵ sailing, 💧 water, 🐚 shells, 🌅 horizon, 🧂 salt",
     ["ocean", "fish", "beach", "sailing", "water", "shells", "horizon", "salt"]),

    # claude-3-5-sonnet plain chat, lowercase bare list
    ("en_van_49", "green",
     "grass, nature, leaves, envy, money, environment, go, trees, emerald, fresh",
     ["grass", "nature", "leaves", "envy", "money", "environment", "go", "trees", "emerald", "fresh"]),

    # Llama-2-13b-chat over-refusal in plain text
    ("en_van_50", "knife",
     '''I apologize, but I cannot provide a list of words associated with "knife" as it may be used to promote violence or harm. Is there something else I can help you with?''',
     []),

    # gpt-3.5-turbo; str(message_dict) where the content has an apostrophe, so repr uses double quotes for it
    ("en_van_51", "storm",
     '''{'role': 'assistant', 'content': "Here's my list: thunder, lightning, rain, wind, clouds, hurricane, dark, power outage"}''',
     ["thunder", "lightning", "rain", "wind", "clouds", "hurricane", "dark", "power outage"]),

    # gpt-4-turbo; message dict saved with json.dumps; numbered list with a quoted title
    ("en_van_52", "king",
     r'''{"role": "assistant", "content": "1. Queen\n2. Crown\n3. Throne\n4. Royalty\n5. Kingdom\n6. Power\n7. Castle\n8. \"Lion King\"\n9. Chess\n10. Ruler"}''',
     ["queen", "crown", "throne", "royalty", "kingdom", "power", "castle", "lion king", "chess", "ruler"]),

    # fine-tuned Llama-3-8B (SFT on SWOW), vLLM offline generate, text saved as is
    ("en_ft_01", "table",
     "chair, wood, dinner, desk, legs, kitchen, furniture, cloth",
     ["chair", "wood", "dinner", "desk", "legs", "kitchen", "furniture", "cloth"]),

    # fine-tuned Llama-3-8B served by vLLM (OpenAI completions); whole response dumped
    ("en_ft_02", "salt",
     '{"id": "cmpl-5d0e9b1a3c7f4a2e8b6d1f0c9e3a7b24", "object": "text_completion", "created": 1733390417, "model": "/ckpt/llama3-8b-swow-sft/step_2000", "choices": [{"index": 0, "text": " pepper, sea, water, ocean, taste, sodium, white, food, shaker", "logprobs": null, "finish_reason": "stop", "stop_reason": null}], "usage": {"prompt_tokens": 37, "total_tokens": 53, "completion_tokens": 16}}',
     ["pepper", "sea", "water", "ocean", "taste", "sodium", "white", "food", "shaker"]),

    # fine-tuned Llama-3-8B (PPO), repetition loop until max_tokens, cut mid-word
    ("en_ft_03", "ocean",
     "sea, water, blue, waves, fish, beach, sea, water, waves, sea, water, waves, sea, wat",
     ["sea", "water", "blue", "waves", "fish", "beach"]),

    # fine-tuned Llama-3-8B sampled with n=4; str(list_of_samples) saved; first sample taken
    ("en_ft_04", "house",
     "['home, family, roof, door, garden, rooms, bed', 'home, roof, door, windows, family', 'home, family, building, door, roof, garage', 'home, door, roof, kitchen, family, yard']",
     ["home", "family", "roof", "door", "garden", "rooms", "bed"]),

    # fine-tuned Llama-3-8B decoded with skip_special_tokens=False; end-of-turn token left in
    ("en_ft_05", "light",
     "dark, lamp, bright, sun, bulb, day, heavy, switch<|eot_id|>",
     ["dark", "lamp", "bright", "sun", "bulb", "day", "heavy", "switch"]),

    # fine-tuned model; the whole JSONL record saved as the output; "cue" is a label
    ("en_ft_06", "tiger",
     '{"cue": "tiger", "output": "lion, stripes, cat, jungle, orange, wild, zoo, roar"}',
     ["lion", "stripes", "cat", "jungle", "orange", "wild", "zoo", "roar"]),

    # fine-tuned Mistral-7B (SFT), numbered one per line
    ("en_ft_07", "war",
     "1. peace\n2. battle\n3. soldier\n4. gun\n5. death\n6. army\n7. fight",
     ["peace", "battle", "soldier", "gun", "death", "army", "fight"]),

    # fine-tuned Llama-3-8B (PPO), one repeated word and a final period
    ("en_ft_08", "baby",
     "cry, infant, child, diaper, cute, mother, bottle, cute, small.",
     ["cry", "infant", "child", "diaper", "cute", "mother", "bottle", "small"]),
]

ZH_LISTS = [
    # gpt-4o-2024-08-06; whole response saved with json.dumps default (ensure_ascii=True: Han escaped as \uXXXX)
    ("zh_van_01", "春节",
     r'''{"id": "chatcmpl-AbT4r2WqK8nZx1mP0cLv7sYd3HeQf", "object": "chat.completion", "created": 1733301877, "model": "gpt-4o-2024-08-06", "choices": [{"index": 0, "message": {"role": "assistant", "content": "\u997a\u5b50\uff0c\u7ea2\u5305\uff0c\u97ad\u70ae\uff0c\u56e2\u5706\uff0c\u6625\u665a\uff0c\u56de\u5bb6\uff0c\u8fc7\u5e74\uff0c\u5bf9\u8054", "refusal": null}, "logprobs": null, "finish_reason": "stop"}], "usage": {"prompt_tokens": 58, "completion_tokens": 30, "total_tokens": 88}, "system_fingerprint": "fp_831e067d82"}''',
     ["饺子", "红包", "鞭炮", "团圆", "春晚", "回家", "过年", "对联"]),

    # qwen-max via DashScope compatible mode; content array saved as JSON (ensure_ascii=False)
    ("zh_van_02", "医院",
     '[{"type": "text", "text": "医生，护士，病人，看病，挂号，药，白大褂，急诊，住院，消毒水"}]',
     ["医生", "护士", "病人", "看病", "挂号", "药", "白大褂", "急诊", "住院", "消毒水"]),

    # deepseek-chat; str(message_dict) saved (Python repr)
    ("zh_van_03", "月亮",
     "{'role': 'assistant', 'content': '月饼，中秋，嫦娥，月光，夜晚，思念，圆，星星，李白，故乡'}",
     ["月饼", "中秋", "嫦娥", "月光", "夜晚", "思念", "圆", "星星", "李白", "故乡"]),

    # qwen-plus JSON mode; parsed and str(list) saved
    ("zh_van_04", "学习",
     "['学校', '老师', '书本', '考试', '知识', '努力', '作业', '进步']",
     ["学校", "老师", "书本", "考试", "知识", "努力", "作业", "进步"]),

    # gpt-4o-mini structured output, compact JSON
    ("zh_van_05", "快乐",
     '{"associations": ["开心", "幸福", "笑容", "生日", "朋友", "阳光", "自由"]}',
     ["开心", "幸福", "笑容", "生日", "朋友", "阳光", "自由"]),

    # deepseek-chat JSON mode with a single string of words
    ("zh_van_06", "妈妈",
     '{"words": "母爱，温暖，家，爸爸，唠叨，饭菜，关心，孩子，辛苦"}',
     ["母爱", "温暖", "家", "爸爸", "唠叨", "饭菜", "关心", "孩子", "辛苦"]),

    # glm-4-plus JSON output, pretty-printed; "cue" is a label; idiom kept whole
    ("zh_van_07", "长城",
     '''{
  "cue": "长城",
  "associations": [
    "北京",
    "万里",
    "秦始皇",
    "烽火台",
    "八达岭",
    "孟姜女",
    "砖",
    "不到长城非好汉"
  ]
}''',
     ["北京", "万里", "秦始皇", "烽火台", "八达岭", "孟姜女", "砖", "不到长城非好汉"]),

    # qwen-max forced function call; function_call saved as JSON (ensure_ascii=False)
    ("zh_van_08", "手机",
     r'''{"name": "submit_words", "arguments": "{\"words\": [\"电话\", \"微信\", \"苹果\", \"充电\", \"屏幕\", \"华为\", \"短信\", \"游戏\"]}"}''',
     ["电话", "微信", "苹果", "充电", "屏幕", "华为", "短信", "游戏"]),

    # gpt-4o-mini with tools; assistant message dumped with ensure_ascii=True, words in tool_calls arguments
    ("zh_van_09", "猫",
     r'''{"role": "assistant", "content": null, "tool_calls": [{"id": "call_Qm3xT8vN2kLp9RzW4yHs7cJd", "type": "function", "function": {"name": "record_associations", "arguments": "{\"cue\": \"\u732b\", \"associations\": [\"\u72d7\", \"\u8001\u9f20\", \"\u53ef\u7231\", \"\u9c7c\", \"\u5ba0\u7269\", \"\u6bdb\", \"\u55b5\"]}"}}], "refusal": null}''',
     ["狗", "老鼠", "可爱", "鱼", "宠物", "毛", "喵"]),

    # qwen-turbo via DashScope compatible mode; content moderation error body saved instead of an answer
    ("zh_van_10", "毒品",
     '{"error": {"code": "data_inspection_failed", "param": null, "message": "Input data may contain inappropriate content.", "type": "data_inspection_failed"}, "id": "chatcmpl-3b7e1c9a-5d2f-9e4b-a8c6-0f1d2e3c4b5a", "request_id": "3b7e1c9a-5d2f-9e4b-a8c6-0f1d2e3c4b5a"}',
     []),

    # deepseek-chat plain chat that answered with a ```json block and a closing line
    ("zh_van_11", "咖啡",
     '''好的，以下是JSON格式的联想词：

```json
{
  "cue": "咖啡",
  "associations": ["提神", "星巴克", "苦", "拿铁", "咖啡豆", "早晨", "熬夜", "奶泡", "美式"]
}
```

以上词语按联想强度从强到弱排列。''',
     ["提神", "星巴克", "苦", "拿铁", "咖啡豆", "早晨", "熬夜", "奶泡", "美式"]),

    # qwen-plus called with n=2; both samples saved as a JSON list; first sample taken
    ("zh_van_12", "秋天",
     '["落叶，丰收，凉爽，枫叶，金黄，中秋，桂花，萧瑟", "落叶，凉风，丰收，大雁，金色，思念"]',
     ["落叶", "丰收", "凉爽", "枫叶", "金黄", "中秋", "桂花", "萧瑟"]),

    # claude-3-5-sonnet Messages API; json.dumps(response.model_dump(), ensure_ascii=False)
    ("zh_van_13", "老师",
     r'''{"id": "msg_01Rk7vLx2Nq9WmT4pYc8sHdF", "type": "message", "role": "assistant", "model": "claude-3-5-sonnet-20241022", "content": [{"type": "text", "text": "以下是看到“老师”时联想到的词语，按联想强度从强到弱排列：\n\n学生，黑板，粉笔，讲台，教室，知识，辛勤，园丁，教师节，作业"}], "stop_reason": "end_turn", "stop_sequence": null, "usage": {"input_tokens": 71, "output_tokens": 62}}''',
     ["学生", "黑板", "粉笔", "讲台", "教室", "知识", "辛勤", "园丁", "教师节", "作业"]),

    # gemini-1.5-flash REST; whole response saved (ensure_ascii=False); numbered bold list
    ("zh_van_14", "跑步",
     r'''{"candidates": [{"content": {"parts": [{"text": "1. **运动**\n2. **健康**\n3. **马拉松**\n4. **出汗**\n5. **跑鞋**\n6. **操场**\n7. **坚持**\n8. **减肥**\n"}], "role": "model"}, "finishReason": "STOP", "avgLogprobs": -0.2107, "index": 0}], "usageMetadata": {"promptTokenCount": 52, "candidatesTokenCount": 41, "totalTokenCount": 93}, "modelVersion": "gemini-1.5-flash-002"}''',
     ["运动", "健康", "马拉松", "出汗", "跑鞋", "操场", "坚持", "减肥"]),

    # qwen2.5:7b on Ollama /api/chat; raw response saved
    ("zh_van_15", "自由",
     r'''{"model": "qwen2.5:7b", "created_at": "2024-12-04T02:11:37.402815Z", "message": {"role": "assistant", "content": "以下是我联想到的词语：\n\n1. 独立\n2. 解放\n3. 飞翔\n4. 民主\n5. 权利\n6. 天空\n7. 选择\n8. 无拘无束\n\n希望对你有帮助！"}, "done_reason": "stop", "done": true, "total_duration": 2214870250, "load_duration": 18233041, "prompt_eval_count": 49, "prompt_eval_duration": 121000000, "eval_count": 47, "eval_duration": 2052000000}''',
     ["独立", "解放", "飞翔", "民主", "权利", "天空", "选择", "无拘无束"]),

    # deepseek-chat through LangChain ChatOpenAI; str(AIMessage) saved
    ("zh_van_16", "家",
     "content='温暖，父母，亲情，港湾，团圆，房子，饭菜，回家，幸福，灯光' additional_kwargs={'refusal': None} response_metadata={'token_usage': {'completion_tokens': 24, 'prompt_tokens': 52, 'total_tokens': 76, 'prompt_cache_hit_tokens': 0, 'prompt_cache_miss_tokens': 52}, 'model_name': 'deepseek-chat', 'system_fingerprint': 'fp_f1afce2943', 'finish_reason': 'stop', 'logprobs': None} id='run-2e9a4c1b-7d3f-4b8a-a6e5-0f1c9d2b3e47-0' usage_metadata={'input_tokens': 52, 'output_tokens': 24, 'total_tokens': 76}",
     ["温暖", "父母", "亲情", "港湾", "团圆", "房子", "饭菜", "回家", "幸福", "灯光"]),

    # gpt-4o-mini, openai-python; str(message) saved (pydantic repr)
    ("zh_van_17", "雨",
     "ChatCompletionMessage(content='雨伞，下雨天，乌云，雷声，潮湿，彩虹，梅雨，水滴', refusal=None, role='assistant', annotations=[], audio=None, function_call=None, tool_calls=None)",
     ["雨伞", "下雨天", "乌云", "雷声", "潮湿", "彩虹", "梅雨", "水滴"]),

    # deepseek-reasoner; whole response saved (ensure_ascii=False) with reasoning_content beside the answer
    ("zh_van_18", "火车",
     r'''{"id": "8f2c4e1a-7b3d-4c9e-a5f0-2d6b8e1c3a47", "object": "chat.completion", "created": 1733410266, "model": "deepseek-reasoner", "choices": [{"index": 0, "message": {"role": "assistant", "content": "高铁，车票，旅行，铁轨，春运，站台，绿皮车，卧铺，回家，汽笛", "reasoning_content": "嗯，用户让我列出看到“火车”联想到的词。首先想到的是高铁，现在坐火车基本都是高铁了。然后是车票、旅行、铁轨。春运也很典型。还有站台、绿皮车、卧铺……再加上回家和汽笛，一共十个，应该够了。"}, "logprobs": null, "finish_reason": "stop"}], "usage": {"prompt_tokens": 50, "completion_tokens": 142, "total_tokens": 192, "completion_tokens_details": {"reasoning_tokens": 118}}}''',
     ["高铁", "车票", "旅行", "铁轨", "春运", "站台", "绿皮车", "卧铺", "回家", "汽笛"]),

    # qwen-plus JSON mode; the model added a pinyin field to every item
    ("zh_van_19", "书",
     '{"associations": [{"word": "阅读", "pinyin": "yuèdú"}, {"word": "知识", "pinyin": "zhīshi"}, {"word": "图书馆", "pinyin": "túshūguǎn"}, {"word": "作者", "pinyin": "zuòzhě"}, {"word": "书店", "pinyin": "shūdiàn"}, {"word": "文字", "pinyin": "wénzì"}, {"word": "学习", "pinyin": "xuéxí"}]}',
     ["阅读", "知识", "图书馆", "作者", "书店", "文字", "学习"]),

    # Qwen2.5-7B base on vLLM; text saved; it goes on to write the next prompt and a list for another cue
    ("zh_van_20", "大海",
     '''蓝色，海浪，沙滩，鱼，船，海鸥，贝壳，辽阔

请列出看到“森林”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。
树木，绿色，动物，氧气，蘑菇''',
     ["蓝色", "海浪", "沙滩", "鱼", "船", "海鸥", "贝壳", "辽阔"]),

    # gpt-3.5-turbo JSON mode, max_tokens=40; JSON cut mid-word (憨厚)
    ("zh_van_21", "熊猫",
     '{"associations": ["竹子", "四川", "国宝", "黑白", "可爱", "动物园", "成都", "憨',
     ["竹子", "四川", "国宝", "黑白", "可爱", "动物园", "成都"]),

    # qwen-plus, max_tokens=100; finish_reason length, content cut mid-word inside the dumped response
    ("zh_van_22", "孤独",
     r'''{"id": "chatcmpl-7e4a2b9c-1f3d-9a6e-b2c8-5d0f1e7a3c96", "object": "chat.completion", "created": 1733415530, "model": "qwen-plus", "choices": [{"index": 0, "message": {"role": "assistant", "content": "1. **寂寞**：孤独最直接的感受。\n2. **一个人**：独自生活或行动。\n3. **夜晚**：夜深人静时最容易感到孤独。\n4. **思念**：想念远方的人。\n5. **沉默**：无人交流。\n6. **空虚**：内心缺少寄托。\n7. **独"}, "finish_reason": "length"}], "usage": {"prompt_tokens": 48, "completion_tokens": 100, "total_tokens": 148}}''',
     ["寂寞", "一个人", "夜晚", "思念", "沉默", "空虚"]),

    # gpt-4.1, Responses API; response.model_dump_json() (ensure_ascii=False)
    ("zh_van_23", "考试",
     '{"id": "resp_6754c2e1a0b88191a3f5d7c9e2b4a6f8", "object": "response", "created_at": 1733608161, "status": "completed", "model": "gpt-4.1-2025-04-14", "output": [{"id": "msg_6754c2e24c308191", "type": "message", "status": "completed", "role": "assistant", "content": [{"type": "output_text", "annotations": [], "text": "紧张，复习，分数，高考，试卷，作弊，及格，熬夜，老师"}]}], "usage": {"input_tokens": 53, "output_tokens": 27, "total_tokens": 80}}',
     ["紧张", "复习", "分数", "高考", "试卷", "作弊", "及格", "熬夜", "老师"]),

    # Qwen2-7B-Instruct on the HF Inference API; generated_text echoes the prompt
    ("zh_van_24", "梦想",
     r'''[{"generated_text": "请列出看到“梦想”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。\n\n目标，希望，未来，努力，追求，实现，坚持，奋斗"}]''',
     ["目标", "希望", "未来", "努力", "追求", "实现", "坚持", "奋斗"]),

    # gpt-4o-mini; output string json.dumps'ed again (ensure_ascii=False) into a CSV column
    ("zh_van_25", "冬天",
     '"雪，寒冷，羽绒服，火锅，围巾，春节，暖气，冰"',
     ["雪", "寒冷", "羽绒服", "火锅", "围巾", "春节", "暖气", "冰"]),

    # claude-3-5-sonnet via a gateway returning two text parts; content array saved as JSON
    ("zh_van_26", "茶",
     '[{"type": "text", "text": "以下是我的联想："}, {"type": "text", "text": "绿茶，茶叶，茶杯，龙井，普洱，茶道，清香，喝茶，茶馆"}]',
     ["绿茶", "茶叶", "茶杯", "龙井", "普洱", "茶道", "清香", "喝茶", "茶馆"]),

    # ERNIE-4.0 on Baidu Qianfan (v1 API); response body with "result" saved
    ("zh_van_27", "北京",
     '{"id": "as-r7k2m9x4pq", "object": "chat.completion", "created": 1733221195, "result": "首都，故宫，天安门，长城，胡同，烤鸭，奥运会，雾霾，地铁，北京大学", "is_truncated": false, "need_clear_history": false, "finish_reason": "normal", "usage": {"prompt_tokens": 39, "completion_tokens": 27, "total_tokens": 66}}',
     ["首都", "故宫", "天安门", "长城", "胡同", "烤鸭", "奥运会", "雾霾", "地铁", "北京大学"]),

    # glm-4-plus (Zhipu); whole response saved (ensure_ascii=False)
    ("zh_van_28", "电脑",
     '{"choices": [{"finish_reason": "stop", "index": 0, "message": {"content": "键盘，鼠标，屏幕，上网，游戏，办公，编程，笔记本，主机，软件", "role": "assistant"}}], "created": 1733223310, "id": "20241203180150a1f3e9c2d84b4f6e", "model": "glm-4-plus", "request_id": "20241203180150a1f3e9c2d84b4f6e", "usage": {"completion_tokens": 25, "prompt_tokens": 44, "total_tokens": 69}}',
     ["键盘", "鼠标", "屏幕", "上网", "游戏", "办公", "编程", "笔记本", "主机", "软件"]),

    # qwen-max; str(message["content"]) of a content array saved (Python repr)
    ("zh_van_29", "音乐",
     "[{'type': 'text', 'text': '歌曲，旋律，耳机，演唱会，钢琴，节奏，歌手，吉他，放松'}]",
     ["歌曲", "旋律", "耳机", "演唱会", "钢琴", "节奏", "歌手", "吉他", "放松"]),

    # deepseek-chat; whole response saved (ensure_ascii=False); markdown bullets with a preamble
    ("zh_van_30", "朋友",
     r'''{"id": "c41e7a92-3b5d-4f08-9e6a-7d2c1b0f8e35", "object": "chat.completion", "created": 1733431702, "model": "deepseek-chat", "choices": [{"index": 0, "message": {"role": "assistant", "content": "看到“朋友”，我会联想到：\n\n- 友谊\n- 信任\n- 陪伴\n- 同学\n- 知己\n- 聊天\n- 帮助\n- 分享"}, "logprobs": null, "finish_reason": "stop"}], "usage": {"prompt_tokens": 50, "completion_tokens": 33, "total_tokens": 83}, "system_fingerprint": "fp_1c141eb703_prod"}''',
     ["友谊", "信任", "陪伴", "同学", "知己", "聊天", "帮助", "分享"]),

    # gpt-4o plain chat, bare list; an item containing the cue is still an item
    ("zh_van_31", "生日",
     "蛋糕，蜡烛，礼物，祝福，派对，许愿，长寿面，生日快乐",
     ["蛋糕", "蜡烛", "礼物", "祝福", "派对", "许愿", "长寿面", "生日快乐"]),

    # Qwen2.5-72B-Instruct plain chat, preamble and numbered list
    ("zh_van_32", "饺子",
     '''好的，以下是看到“饺子”时联想到的词语：

1. 春节
2. 过年
3. 包饺子
4. 醋
5. 韭菜
6. 团圆
7. 北方
8. 除夕
9. 馅
10. 冬至''',
     ["春节", "过年", "包饺子", "醋", "韭菜", "团圆", "北方", "除夕", "馅", "冬至"]),

    # deepseek-chat plain chat, numbered bold items with explanations after "："
    ("zh_van_33", "警察",
     '''1. **警车**：警察执勤时使用的车辆
2. **抓坏人**：警察的主要职责之一
3. **110**：报警电话
4. **制服**：警察的标志性服装
5. **安全**：维护社会治安
6. **法律**：执法的依据
7. **正义**：警察代表正义
8. **派出所**：基层警察机构''',
     ["警车", "抓坏人", "110", "制服", "安全", "法律", "正义", "派出所"]),

    # glm-4 plain chat with 、 separators and 和 before the last item
    ("zh_van_34", "水",
     "生命、喝水、河流、大海、清澈、透明、口渴和干净",
     ["生命", "喝水", "河流", "大海", "清澈", "透明", "口渴", "干净"]),

    # Llama-3.1-70B-Instruct on the ZH prompt, numbered with pinyin in brackets
    ("zh_van_35", "爱情",
     '''以下是联想到的词语：

1. 恋人 (liànrén)
2. 浪漫 (làngmàn)
3. 玫瑰 (méiguī)
4. 婚姻 (hūnyīn)
5. 心动 (xīndòng)
6. 承诺 (chéngnuò)
7. 甜蜜 (tiánmì)
8. 思念 (sīniàn)''',
     ["恋人", "浪漫", "玫瑰", "婚姻", "心动", "承诺", "甜蜜", "思念"]),

    # gemini-1.5-pro plain chat, bold bullets and a closing sentence
    ("zh_van_36", "工作",
     '''以下是看到“工作”这个词时联想到的词语：

* **加班**
* **工资**
* **同事**
* **办公室**
* **压力**
* **老板**
* **会议**
* **职业**

这些词语涵盖了工作的不同方面，从日常环境到个人感受。''',
     ["加班", "工资", "同事", "办公室", "压力", "老板", "会议", "职业"]),

    # qwen-turbo plain chat ending with 等
    ("zh_van_37", "时间",
     "时钟，手表，金钱，光阴，岁月，流逝，珍惜，分钟，钟表等",
     ["时钟", "手表", "金钱", "光阴", "岁月", "流逝", "珍惜", "分钟", "钟表"]),

    # Llama-3.1-8B-Instruct on the ZH prompt, numbered with English translations
    ("zh_van_38", "钱",
     '''以下是我联想到的词语：

1. 富有 (wealthy)
2. 工资 (salary)
3. 银行 (bank)
4. 人民币 (RMB)
5. 消费 (consumption)
6. 存款 (savings)
7. 贪婪 (greed)''',
     ["富有", "工资", "银行", "人民币", "消费", "存款", "贪婪"]),

    # gpt-4o plain chat, low/high = 10/20, twenty words
    ("zh_van_39", "城市",
     "高楼，交通，堵车，地铁，霓虹灯，人群，繁华，商场，公寓，噪音，工作，写字楼，马路，公园，夜景，外卖，出租车，污染，快节奏，机会",
     ["高楼", "交通", "堵车", "地铁", "霓虹灯", "人群", "繁华", "商场", "公寓", "噪音",
      "工作", "写字楼", "马路", "公园", "夜景", "外卖", "出租车", "污染", "快节奏", "机会"]),

    # qwen-plus plain chat, short list then a 解释 section re-listing the same words
    ("zh_van_40", "红色",
     '''中国红，喜庆，国旗，鲜血，热情，春节，红包，玫瑰

解释：
1. 中国红——中国的代表色。
2. 喜庆——红色象征喜庆吉祥。
3. 国旗——五星红旗。
4. 鲜血——血液是红色的。
5. 热情——红色代表热情。
6. 春节——过年到处是红色。
7. 红包——过年发红包。
8. 玫瑰——红玫瑰象征爱情。''',
     ["中国红", "喜庆", "国旗", "鲜血", "热情", "春节", "红包", "玫瑰"]),

    # Qwen2-7B-Instruct, max_tokens=40; cut inside 早出晚归
    ("zh_van_41", "爸爸",
     "好的，看到“爸爸”这个词，我会联想到：父亲，父爱，严厉，肩膀，家庭，责任，工作，陪伴，早出晚",
     ["父亲", "父爱", "严厉", "肩膀", "家庭", "责任", "工作", "陪伴"]),

    # Yi-1.5-9B-Chat plain chat, one word per line
    ("zh_van_42", "冰",
     "冰块\n寒冷\n冬天\n冰淇淋\n滑冰\n冰箱\n透明\n融化",
     ["冰块", "寒冷", "冬天", "冰淇淋", "滑冰", "冰箱", "透明", "融化"]),

    # deepseek-chat plain chat, words named inside prose (a quoted line of poetry kept whole)
    ("zh_van_43", "故乡",
     "看到“故乡”，我首先想到的是乡愁，其次是老屋、父母和童年，还会想起李白的“床前明月光”，以及炊烟和月亮。",
     ["乡愁", "老屋", "父母", "童年", "床前明月光", "炊烟", "月亮"]),

    # qwen-plus plain chat with an emoji before each word
    ("zh_van_44", "夏天",
     "☀️ 太阳，🍉 西瓜，🍦 冰淇淋，🏖️ 海边，🌊 游泳，🦟 蚊子，💦 出汗，🌴 暑假",
     ["太阳", "西瓜", "冰淇淋", "海边", "游泳", "蚊子", "出汗", "暑假"]),

    # ERNIE-3.5 plain chat refusal
    ("zh_van_45", "自杀",
     "抱歉，这个问题我无法回答。如果你正在经历困难或有轻生的念头，请及时联系身边的亲友或拨打心理援助热线寻求帮助。",
     []),

    # gpt-4o plain chat with a poem line as an association
    ("zh_van_46", "山",
     "高山，爬山，泰山，风景，山水，登高，一览众山小，森林，云雾",
     ["高山", "爬山", "泰山", "风景", "山水", "登高", "一览众山小", "森林", "云雾"]),

    # qwen-max; str(message_dict) saved, content has newlines so the repr shows \n
    ("zh_van_47", "苹果",
     r"{'role': 'assistant', 'content': '1. 水果\n2. 红色\n3. 手机\n4. 甜\n5. 健康\n6. 苹果树\n7. 乔布斯\n8. 牛顿'}",
     ["水果", "红色", "手机", "甜", "健康", "苹果树", "乔布斯", "牛顿"]),

    # gpt-4o-mini plain chat using ASCII commas between Chinese words
    ("zh_van_48", "电影",
     "电影院, 爆米花, 演员, 导演, 票房, 明星, 3D, 剧情",
     ["电影院", "爆米花", "演员", "导演", "票房", "明星", "3d", "剧情"]),

    # Qwen2.5-7B-Instruct plain chat with 、 separators
    ("zh_van_49", "足球",
     "世界杯、梅西、球场、进球、C罗、体育、比赛、国足",
     ["世界杯", "梅西", "球场", "进球", "c罗", "体育", "比赛", "国足"]),

    # Baichuan2-13B-Chat plain chat with a label before the list
    ("zh_van_50", "医生",
     "联想词：白大褂，医院，听诊器，看病，护士，药，手术，救死扶伤",
     ["白大褂", "医院", "听诊器", "看病", "护士", "药", "手术", "救死扶伤"]),

    # claude-3-5-sonnet plain chat, preamble, list, closing sentence (its 等 is prose, not the list)
    ("zh_van_51", "雪",
     '''看到“雪”这个词，我联想到以下词语（按联想强度排序）：

冬天，白色，雪人，寒冷，雪花，打雪仗，滑雪，北方，纯洁，圣诞节

这些词涵盖了季节、颜色、活动和情感等方面。''',
     ["冬天", "白色", "雪人", "寒冷", "雪花", "打雪仗", "滑雪", "北方", "纯洁", "圣诞节"]),

    # glm-4-9b-chat plain chat numbered with 1、
    ("zh_van_52", "夜晚",
     "1、月亮\n2、星星\n3、黑暗\n4、睡觉\n5、安静\n6、路灯\n7、失眠\n8、夜宵",
     ["月亮", "星星", "黑暗", "睡觉", "安静", "路灯", "失眠", "夜宵"]),

    # fine-tuned Qwen2.5-7B (SFT on Chinese norms), vLLM offline, text saved as is
    ("zh_ft_01", "银行",
     "钱，存款，取钱，贷款，利息，柜台，银行卡，工商银行",
     ["钱", "存款", "取钱", "贷款", "利息", "柜台", "银行卡", "工商银行"]),

    # fine-tuned Qwen2.5-7B (PPO) served by vLLM completions; whole response dumped (ensure_ascii=False)
    ("zh_ft_02", "鱼",
     '{"id": "cmpl-a3d91f7e6b2c4e08b5f1c9d0e7a24b63", "object": "text_completion", "created": 1733502288, "model": "/ckpt/qwen2.5-7b-swow-zh-ppo/step_1500", "choices": [{"index": 0, "text": "水，游泳，鱼缸，海洋，钓鱼，鱼刺，金鱼，年年有余", "logprobs": null, "finish_reason": "stop", "stop_reason": null}], "usage": {"prompt_tokens": 46, "total_tokens": 66, "completion_tokens": 20}}',
     ["水", "游泳", "鱼缸", "海洋", "钓鱼", "鱼刺", "金鱼", "年年有余"]),

    # fine-tuned Qwen2.5-7B (PPO) in a repetition loop until max_tokens; last item cut (春天)
    ("zh_ft_03", "花",
     "玫瑰，花朵，春天，香，蜜蜂，花园，花朵，春天，花朵，春天，花朵，春",
     ["玫瑰", "花朵", "春天", "香", "蜜蜂", "花园"]),

    # fine-tuned Qwen2.5-7B sampled with n=3; str(list_of_samples) saved; first sample taken
    ("zh_ft_04", "狗",
     "['宠物，忠诚，猫，骨头，看家，小狗，汪汪', '忠诚，宠物，猫，狗粮，散步', '宠物，猫，忠诚，朋友，导盲犬']",
     ["宠物", "忠诚", "猫", "骨头", "看家", "小狗", "汪汪"]),

    # fine-tuned Qwen2.5-7B decoded without skipping special tokens
    ("zh_ft_05", "太阳",
     "阳光，温暖，光明，热，夏天，月亮，日出，向日葵<|im_end|>",
     ["阳光", "温暖", "光明", "热", "夏天", "月亮", "日出", "向日葵"]),

    # fine-tuned model; the whole JSONL record saved as the output ("cue" is a label)
    ("zh_ft_06", "眼睛",
     '{"cue": "眼睛", "output": "视力，眼镜，近视，睫毛，鼻子，看，泪水，心灵的窗户"}',
     ["视力", "眼镜", "近视", "睫毛", "鼻子", "看", "泪水", "心灵的窗户"]),

    # fine-tuned Qwen2-1.5B (SFT), space-separated words
    ("zh_ft_07", "米饭",
     "大米 饭碗 筷子 吃饭 白色 南方 粮食 菜",
     ["大米", "饭碗", "筷子", "吃饭", "白色", "南方", "粮食", "菜"]),

    # fine-tuned Qwen2.5-7B (PPO), ASCII commas, a repeated word, closing 。
    ("zh_ft_08", "风",
     "风筝, 吹, 大风, 台风, 凉爽, 吹, 风扇, 刮风。",
     ["风筝", "吹", "大风", "台风", "凉爽", "风扇", "刮风"]),
]

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = [
    # gpt-4o plain chat; words: money, river, loan, teller, vault, account
    ("rk_en_01",
     '''Money is the most central association, since banks exist to hold and manage it. Account and loan are core banking services. Teller and vault are physical parts of a bank branch. River refers to the other meaning (a river bank), which is less common.

Final Ranking: money, account, loan, teller, vault, river''',
     ["money", "account", "loan", "teller", "vault", "river"]),

    # claude-3-5-sonnet Messages API, model_dump_json(); bold marker, remark after the ranking
    # words: nurse, hospital, sick, medicine, lawyer, stethoscope, patient
    ("rk_en_02",
     r'''{"id": "msg_01Wd5kQp8Hn3VxR7tLc2yMzB", "type": "message", "role": "assistant", "model": "claude-3-5-sonnet-20241022", "content": [{"type": "text", "text": "Here's my reasoning:\n\n- **Nurse** and **hospital** are the most immediate associations: a doctor works with nurses in a hospital.\n- **Patient** and **sick** describe who a doctor treats.\n- **Medicine** and **stethoscope** are tools of the job.\n- **Lawyer** is a weaker association, mostly as another prestigious profession.\n\n**Final Ranking:** nurse, hospital, patient, sick, medicine, stethoscope, lawyer\n\nLet me know if you'd like me to explain any of these placements."}], "stop_reason": "end_turn", "stop_sequence": null, "usage": {"input_tokens": 96, "output_tokens": 118}}''',
     ["nurse", "hospital", "patient", "sick", "medicine", "stethoscope", "lawyer"]),

    # gpt-4o JSON mode; the model used "Final Ranking" as a key holding a JSON array
    # words: hot, ice, winter, snow, flu, freeze
    ("rk_en_03",
     r'''{"explanation": "\"Hot\" is the direct opposite and the first word most people say. Ice, winter and snow are closely tied to cold weather; freeze is the verb for becoming cold; flu (a cold) is a related illness but a weaker link.", "Final Ranking": ["hot", "ice", "winter", "snow", "freeze", "flu"]}''',
     ["hot", "ice", "winter", "snow", "freeze", "flu"]),

    # gpt-4o-mini, max_tokens=80; str(response.choices[0]) saved (pydantic repr, finish_reason='length')
    # words: snow, cold, christmas, ice, summer, coat, skiing, dark
    # cut by the token limit
    ("rk_en_04",
     r"""Choice(finish_reason='length', index=0, logprobs=None, message=ChatCompletionMessage(content='Snow and cold are the defining features of winter. Christmas is the main holiday, and ice follows from the cold. Coats are what we wear, while skiing and dark evenings are weaker links. Summer is its opposite.\n\nFinal Ranking:\n1. snow\n2. cold\n3. Christmas\n4. ice\n5. coat\n6. sum', refusal=None, role='assistant', audio=None, function_call=None, tool_calls=None))""",
     ["snow", "cold", "christmas", "ice", "coat"]),

    # Llama-3.1-8B-Instruct plain chat; an earlier "final ranking" mention not followed by a ranking
    # words: song, dance, guitar, noise, radio, concert
    ("rk_en_05",
     '''To rank these words, I'll consider how often each appears alongside "music" in everyday language. My final ranking will put the most direct associations first.

1. Song - music is made of songs
2. Concert - a live music event
3. Guitar - a common instrument
4. Radio - where we hear music
5. Dance - people dance to music
6. Noise - only loosely related

Final Ranking: Song, Concert, Guitar, Radio, Dance, Noise''',
     ["song", "concert", "guitar", "radio", "dance", "noise"]),

    # gemini-1.5-flash plain chat; marker then a numbered list on the following lines; one word rewritten
    # words: cash, bank, rich, dollar, greed, ATM
    ("rk_en_06",
     '''Cash and dollar are the most concrete forms of money, so they come first. Bank is where money is kept. Rich describes having a lot of it. ATMs dispense it, and greed is an abstract, negative association.

**Final Ranking:**

1. Cash
2. Dollar
3. Bank
4. Rich
5. ATM machine
6. Greed''',
     ["cash", "dollar", "bank", "rich", "atm machine", "greed"]),

    # qwen-plus plain chat; words: 医院，护士，病人，药，听诊器，白大褂
    ("rk_zh_01",
     '''医院是医生工作的地方，联想最强；护士和病人是医生日常接触最多的人；白大褂和听诊器是医生的标志；药与医生相关，但更容易让人想到药店。

最终排名：医院，护士，病人，白大褂，听诊器，药''',
     ["医院", "护士", "病人", "白大褂", "听诊器", "药"]),

    # deepseek-reasoner; assistant message dumped (ensure_ascii=False) with reasoning_content after content,
    # and the reasoning holds a discarded draft with the marker. words: 月饼，月亮，团圆，嫦娥，放假，灯笼
    ("rk_zh_02",
     r'''{"role": "assistant", "content": "月饼是中秋最具代表性的食物，联想最强；月亮和团圆是中秋的核心意象；嫦娥来自中秋的传说；灯笼在中秋也常见；放假是现代生活中的附带联想。\n\n最终排名：月饼，月亮，团圆，嫦娥，灯笼，放假", "reasoning_content": "先排一下：月饼肯定第一，然后月亮、团圆。嫦娥第四。灯笼和放假哪个强？灯笼元宵更多……那最终排名：月饼，团圆，月亮，嫦娥，放假，灯笼。不对，月亮应该在团圆前面，灯笼也比放假更贴近节日本身。"}''',
     ["月饼", "月亮", "团圆", "嫦娥", "灯笼", "放假"]),  # AMBIGUOUS: taking the literal last marker in the saved string gives the reasoning draft 月饼，团圆，月亮，嫦娥，放假，灯笼

    # claude-3-5-sonnet via a gateway; content array saved as JSON (ensure_ascii=False); ranking on the lines after the marker
    # words: 老师，学生，教室，考试，操场，放学，作业
    ("rk_zh_03",
     r'''[{"type": "text", "text": "**理由：**\n- 老师和学生是学校的核心人物，联想最强。\n- 教室是学校最典型的场所。\n- 考试和作业是学校生活的主要内容。\n- 操场次之。\n- 放学联想相对较弱。\n\n**最终排名：**\n1. 老师\n2. 学生\n3. 教室\n4. 考试\n5. 作业\n6. 操场\n7. 放学"}]''',
     ["老师", "学生", "教室", "考试", "作业", "操场", "放学"]),

    # glm-4-plus plain chat; an earlier 最终排名 mention without a ranking
    # words: 花，温暖，绿色，春节，燕子，风筝
    ("rk_zh_04",
     '''春天最直接让人想到花开和温暖，我的最终排名会把“花”放在第一位。绿色代表万物复苏，燕子是春天的使者，风筝是春季的活动，春节虽然名字里有“春”，但实际在冬末，联想最弱。

最终排名：花，温暖，绿色，燕子，风筝，春节''',
     ["花", "温暖", "绿色", "燕子", "风筝", "春节"]),

    # Qwen2-7B-Instruct plain chat; it ranks but never writes the 最终排名 marker
    # words: 伞，乌云，雷，湿，彩虹
    ("rk_zh_05",
     '''下雨时人们最先想到的是打伞，其次是天上的乌云。下雨会让地面和衣服变湿，雷常伴随暴雨，彩虹则出现在雨后。

排序如下：
1. 伞
2. 乌云
3. 湿
4. 雷
5. 彩虹''',
     []),
]

TRUNCATED = {
    "en_van_24",  # JSON-mode array cut inside "grav(ity)"
    "en_van_25",  # message text cut inside "Democ(racy)", stop_reason max_tokens
    "en_van_45",  # "Kitch(en)"
    "en_ft_03",   # repetition loop cut inside "wat(er)"
    "zh_van_21",  # JSON-mode array cut inside 憨(厚)
    "zh_van_22",  # content cut inside 独(处), finish_reason length
    "zh_van_41",  # 早出晚(归)
    "zh_ft_03",   # repetition loop cut inside 春(天)
}

AMBIGUOUS = {
    "en_van_13",  # first of two samples is blank; other reading: the second sample's list
    "rk_zh_02",   # other reading: the literal last 最终排名 in the string is the discarded draft in reasoning_content
}
