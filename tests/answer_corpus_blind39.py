"""Blind answer corpus 39 for the word-association answer parser.

Written blind on 2026-12-08 by a helper session: no parser, test, benchmark
or other repository file was read, no parser was run, and every text below was
invented for this file in the style of real model answers.

EMPHASIS (corpus 39): a representative sample of how chat and fine-tuned
models (Qwen2.5-7B-Instruct and Llama-3.1-8B-Instruct vanilla, SFT and PPO; a
few from GLM-4, DeepSeek and GPT-4o-style models) answer the MANDARIN
association prompt for the whole range of cues in the Small World of Words
Mandarin norms, not only friendly nouns: single characters (的, 了, 水, 心),
function words and particles (虽然, 因为, 吗), verbs and adjectives (跑, 漂亮),
four-character idioms as cues (画蛇添足, 一帆风顺), proper names and places
(孔子, 上海, 长城, 淘宝), internet slang (内卷, 躺平, yyds), sensitive or taboo
cues (where models hedge, add a note or refuse), Latin letters and
abbreviations in Mandarin use (AI, GDP), numbers (八), Traditional characters,
and rare or literary words. Odd cues get odd answers: an explanation of the
character or idiom before (or instead of) the list, the idiom's story, a list
split by sense (作为名词… / 作为动词…), a cautious note before the list, a
refusal, a question back. About 100 Mandarin association lists (vanilla most,
fine-tuned some) plus a dozen rankings for such cues; no English lists.

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
  ZH ranking: 下面是人们由“{cue}”联想到的{k}个词语：{words}。请按照它们与“{cue}”
    的联想强度从强到弱排序。先简要说明理由，最后以“最终排名：”开头的一行列出全部
    {k}个词语，用逗号分隔。
Each text is only the model's completion (a model may echo the prompt).

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
  * an item cut mid-word by the token limit at the very end is dropped, and
    the id goes in TRUNCATED; a complete last word is kept;
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
  * text after the ranking (a remark on the next line or paragraph) is not
    part of it;
  * a ranking cut by the token limit at the very end keeps its complete words
    and drops the cut fragment (ranking ids are not put in TRUNCATED; they
    carry a comment "# cut by the token limit");
  * [] when there is no marker, or nothing ranked after the last one.
"""

EN_LISTS = []

ZH_LISTS = [
    # Qwen2.5-7B-Instruct, vanilla, 5-10: one-line preamble, full-width comma list.
    ("zh_van_01", "水",
     """看到“水”这个词，我会联想到以下词语：

河流，海洋，生命，清澈，喝水，雨水，冰，口渴，游泳，水杯""",
     ["河流", "海洋", "生命", "清澈", "喝水", "雨水", "冰", "口渴", "游泳", "水杯"]),

    # Qwen2.5-7B-Instruct, vanilla: bare numbered list, no preamble.
    ("zh_van_02", "心",
     """1. 心脏
2. 爱
3. 情感
4. 心情
5. 真心
6. 心跳
7. 温暖
8. 心灵""",
     ["心脏", "爱", "情感", "心情", "真心", "心跳", "温暖", "心灵"]),

    # Qwen2.5-7B-Instruct, vanilla: explains the particle first (with examples
    # in quotes), then the list under a label.
    ("zh_van_03", "的",
     """“的”是现代汉语中使用频率最高的字之一，主要作结构助词，用在定语和中心语之间，如“我的书”“红色的花”。它还有“dí”（的确）和“dì”（目的）两个读音。

联想到的词语：
助词，我的，的确，目的，的士，语法，结构，常用字，定语，所有格""",
     ["助词", "我的", "的确", "目的", "的士", "语法", "结构", "常用字", "定语", "所有格"]),

    # Llama-3.1-8B-Instruct, vanilla: answers the Mandarin prompt in English,
    # Han words with pinyin and English gloss, closing note.
    ("zh_van_04", "的",
     """Here are some words that come to mind when I read "的":

1. 我的 (wǒ de) - my
2. 你的 (nǐ de) - your
3. 目的 (mùdì) - purpose
4. 的确 (díquè) - indeed
5. 助词 (zhùcí) - particle
6. 语法 (yǔfǎ) - grammar

Note: "的" is a possessive particle in Chinese, similar to "'s" in English.""",
     ["我的", "你的", "目的", "的确", "助词", "语法"]),

    # Qwen2.5-7B-Instruct, vanilla: list split by reading (le / liǎo), bold headers.
    ("zh_van_05", "了",
     """“了”有两个常见读音，联想也可以分开来看：

**读作 le（助词）时：**
完成、结束、过去、语气词、好了

**读作 liǎo（动词）时：**
了解、了结、了不起、一目了然、不了了之""",
     ["完成", "结束", "过去", "语气词", "好了", "了解", "了结", "了不起", "一目了然", "不了了之"]),

    # GLM-4 chat, vanilla: one bare line ending in a full stop.
    ("zh_van_06", "了",
     """了解，结束，完成，明白，了结，终了，了却，了然，罢了，算了。""",
     ["了解", "结束", "完成", "明白", "了结", "终了", "了却", "了然", "罢了", "算了"]),

    # Qwen2.5-7B-Instruct, vanilla: conjunction cue, bare list.
    ("zh_van_07", "虽然",
     """但是，然而，可是，尽管，转折，让步，即使，不过，仍然，可惜""",
     ["但是", "然而", "可是", "尽管", "转折", "让步", "即使", "不过", "仍然", "可惜"]),

    # Llama-3.1-8B-Instruct, vanilla: English framing, one line of Han words
    # each followed by pinyin in brackets.
    ("zh_van_08", "虽然",
     """The word "虽然" (suīrán) means "although" in English. Here are the words that come to mind:

但是 (dànshì), 可是 (kěshì), 然而 (rán'ér), 尽管 (jǐnguǎn), 不过 (bùguò), 转折 (zhuǎnzhé)""",
     ["但是", "可是", "然而", "尽管", "不过", "转折"]),

    # Qwen2.5-7B-Instruct, vanilla: bare list for a conjunction.
    ("zh_van_09", "因为",
     """所以，原因，理由，因果，由于，结果，为什么，解释，因此""",
     ["所以", "原因", "理由", "因果", "由于", "结果", "为什么", "解释", "因此"]),

    # DeepSeek-V3 chat, vanilla: particle explained in one line, ideographic
    # commas, one item in quotes.
    ("zh_van_10", "吗",
     """“吗”是一个疑问语气词，常放在句末表示询问。联想到的词语有：

疑问、问号、语气词、是吗、好吗、对吗、句末、提问、口语、“你好吗”""",
     ["疑问", "问号", "语气词", "是吗", "好吗", "对吗", "句末", "提问", "口语", "你好吗"]),

    # Llama-3.1-8B-Instruct, vanilla: asks back instead of answering.
    ("zh_van_11", "吗",
     """It seems like you've provided a single Chinese character "吗" (ma), which is a question particle. Could you please provide more context or clarify what you would like me to do with it?""",
     []),

    # Llama-3.1-8B-Instruct, vanilla: gives an example with another cue first,
    # then the list for the asked cue.
    ("zh_van_12", "吗",
     """For example, if the word was "苹果", I would list: 水果, 红色, 甜.

For "吗", the words that come to mind are: 疑问, 问题, 语气, 呢, 吧, 句子""",
     ["疑问", "问题", "语气", "呢", "吧", "句子"]),

    # Qwen2.5-7B-Instruct, vanilla: verb cue, bare list.
    ("zh_van_13", "跑",
     """跑步，运动，速度，马拉松，出汗，奔跑，跑道，快，健身，逃跑""",
     ["跑步", "运动", "速度", "马拉松", "出汗", "奔跑", "跑道", "快", "健身", "逃跑"]),

    # Qwen2.5-7B-Instruct, vanilla: verb with many senses, split by part of
    # speech; one item carries a bracketed gloss.
    ("zh_van_14", "打",
     """“打”是一个多义字，按用法分别联想：

作为动词：打人、打架、打球、打电话、打车
作为介词：打从
作为量词：一打（12个）、一打鸡蛋""",
     ["打人", "打架", "打球", "打电话", "打车", "打从", "一打", "一打鸡蛋"]),

    # Qwen2.5-7B-Instruct, vanilla: adjective cue, phrase item kept whole.
    ("zh_van_15", "漂亮",
     """美丽，好看，漂亮的女孩，帅气，优雅，可爱，精致，衣服，化妆，颜值""",
     ["美丽", "好看", "漂亮的女孩", "帅气", "优雅", "可爱", "精致", "衣服", "化妆", "颜值"]),

    # GPT-4o-style, vanilla: short, ideographic commas, nothing else.
    ("zh_van_16", "漂亮",
     """美丽、好看、迷人、优雅、精致、靓丽、出众、惊艳""",
     ["美丽", "好看", "迷人", "优雅", "精致", "靓丽", "出众", "惊艳"]),

    # Qwen2.5-7B-Instruct, vanilla: tells the idiom's story, then the list.
    ("zh_van_17", "画蛇添足",
     """“画蛇添足”出自《战国策·齐策二》。楚国有几个人比赛画蛇，约定先画好的人可以喝一壶酒。有一个人最先画完，却得意地给蛇添上了脚，结果蛇没有脚，他的酒被别人喝了。这个成语比喻做了多余的事，反而弄巧成拙。

联想到的词语：
多此一举，弄巧成拙，多余，蛇，酒，战国策，自作聪明，适得其反，楚国，寓言""",
     ["多此一举", "弄巧成拙", "多余", "蛇", "酒", "战国策", "自作聪明", "适得其反", "楚国", "寓言"]),

    # Llama-3.1-8B-Instruct, vanilla: explains the idiom in English, numbered
    # Han words with pinyin and glosses, then two English-only items.
    ("zh_van_18", "画蛇添足",
     """画蛇添足 (huà shé tiān zú) is a Chinese idiom that literally means "drawing legs on a snake." It describes ruining something by adding unnecessary details. Here are some words that come to mind:

1. 多余 (duōyú) - superfluous
2. 多此一举 (duō cǐ yī jǔ) - an unnecessary action
3. 蛇 (shé) - snake
4. 脚 (jiǎo) - feet
5. 弄巧成拙 (nòng qiǎo chéng zhuō) - trying to be clever and ending up looking foolish
6. Overdoing
7. Unnecessary""",
     ["多余", "多此一举", "蛇", "脚", "弄巧成拙", "overdoing", "unnecessary"]),

    # Qwen2.5-7B-Instruct, vanilla: idiom cue, bare list.
    ("zh_van_19", "一帆风顺",
     """顺利，祝福，航行，帆船，顺风，平安，成功，吉祥，万事如意，新年""",
     ["顺利", "祝福", "航行", "帆船", "顺风", "平安", "成功", "吉祥", "万事如意", "新年"]),

    # GLM-4 chat, vanilla: one-sentence meaning, then "联想到：" inline list.
    ("zh_van_20", "一帆风顺",
     """一帆风顺是一句常见的祝福语，比喻做事非常顺利，没有任何阻碍。

联想到：万事如意、马到成功、心想事成、步步高升、顺利、帆船、大海、春节、祝福语。""",
     ["万事如意", "马到成功", "心想事成", "步步高升", "顺利", "帆船", "大海", "春节", "祝福语"]),

    # Qwen2.5-7B-Instruct, vanilla: person name cue, bare list.
    ("zh_van_21", "孔子",
     """儒家，论语，孔夫子，教育家，仁，礼，山东曲阜，春秋，弟子三千，孟子""",
     ["儒家", "论语", "孔夫子", "教育家", "仁", "礼", "山东曲阜", "春秋", "弟子三千", "孟子"]),

    # Llama-3.1-8B-Instruct, vanilla: English preamble, Han + pinyin + gloss.
    ("zh_van_22", "孔子",
     """When I read "孔子" (Confucius), the following words come to mind:

1. 论语 (Lún Yǔ) - The Analects
2. 儒家 (Rú Jiā) - Confucianism
3. 仁 (Rén) - Benevolence
4. 礼 (Lǐ) - Ritual
5. 孟子 (Mèng Zǐ) - Mencius
6. 教育 (Jiào Yù) - Education
7. 曲阜 (Qū Fù) - Qufu, Confucius' hometown""",
     ["论语", "儒家", "仁", "礼", "孟子", "教育", "曲阜"]),

    # Qwen2.5-7B-Instruct, vanilla: place name, bare list.
    ("zh_van_23", "上海",
     """外滩，东方明珠，黄浦江，魔都，繁华，陆家嘴，南京路，小笼包，迪士尼，上海话""",
     ["外滩", "东方明珠", "黄浦江", "魔都", "繁华", "陆家嘴", "南京路", "小笼包", "迪士尼", "上海话"]),

    # GPT-4o-style, vanilla: numbered bold items and a closing remark.
    ("zh_van_24", "上海",
     """当我看到“上海”时，会联想到：

1. **外滩**
2. **东方明珠**
3. **黄浦江**
4. **国际大都市**
5. **陆家嘴**
6. **石库门**
7. **小笼包**

这些词语涵盖了上海的地标、城市形象和饮食文化。""",
     ["外滩", "东方明珠", "黄浦江", "国际大都市", "陆家嘴", "石库门", "小笼包"]),

    # Qwen2.5-7B-Instruct, vanilla: list plus an "此外" line naming two more
    # associations.
    ("zh_van_25", "长城",
     """万里长城，八达岭，秦始皇，古代，防御，孟姜女，烽火台，世界奇迹，不到长城非好汉，砖

此外，还可能联想到：嘉峪关、山海关。""",
     ["万里长城", "八达岭", "秦始皇", "古代", "防御", "孟姜女", "烽火台", "世界奇迹", "不到长城非好汉", "砖", "嘉峪关", "山海关"]),
    # AMBIGUOUS: another reader stops at the main list and leaves out the
    # two words after "此外".

    # Llama-3.1-8B-Instruct, vanilla: answers the Mandarin prompt wholly in
    # English.
    ("zh_van_26", "长城",
     """When I read the word "长城", I think of:

Great Wall of China, Beijing, Qin Shi Huang, Ming Dynasty, fortification, tourism, history, Badaling""",
     ["great wall of china", "beijing", "qin shi huang", "ming dynasty", "fortification", "tourism", "history", "badaling"]),

    # Qwen2.5-7B-Instruct, vanilla: brand cue, bare list including 淘宝体 "亲".
    ("zh_van_27", "淘宝",
     """网购，马云，阿里巴巴，双十一，快递，支付宝，购物车，包邮，亲，天猫""",
     ["网购", "马云", "阿里巴巴", "双十一", "快递", "支付宝", "购物车", "包邮", "亲", "天猫"]),

    # DeepSeek-R1-style, vanilla: reasoning block with draft words, then the answer.
    ("zh_van_28", "淘宝",
     """<think>
好的，用户让我列出看到“淘宝”联想到的词。首先想到的是网购，然后是双十一、阿里巴巴、马云。还有支付宝、快递、好评、店铺。可能还有“亲”这种淘宝体，天猫也算，但和淘宝有点重复。按强度排一下，网购最强，其次双十一……
</think>

网购，双十一，阿里巴巴，马云，支付宝，快递，好评，店铺，亲""",
     ["网购", "双十一", "阿里巴巴", "马云", "支付宝", "快递", "好评", "店铺", "亲"]),

    # Qwen2.5-7B-Instruct, vanilla: slang cue, list with a number item.
    ("zh_van_29", "内卷",
     """竞争，压力，加班，996，焦虑，躺平，内耗，考研，教育，职场""",
     ["竞争", "压力", "加班", "996", "焦虑", "躺平", "内耗", "考研", "教育", "职场"]),

    # GLM-4 chat, vanilla: explains the term (with an English word in
    # brackets), then "联想词：".
    ("zh_van_30", "内卷",
     """“内卷”原本是人类学概念（involution），现在多指同行之间非理性的内部竞争。

联想词：恶性竞争、996、加班、躺平、焦虑、教育、高考、打工人、鸡娃、摆烂""",
     ["恶性竞争", "996", "加班", "躺平", "焦虑", "教育", "高考", "打工人", "鸡娃", "摆烂"]),

    # Qwen2.5-7B-Instruct, vanilla: slang cue, bare list.
    ("zh_van_31", "躺平",
     """佛系，摆烂，放弃，内卷，年轻人，低欲望，不想努力，咸鱼，休息，压力""",
     ["佛系", "摆烂", "放弃", "内卷", "年轻人", "低欲望", "不想努力", "咸鱼", "休息", "压力"]),

    # Llama-3.1-8B-Instruct, vanilla: English explanation, bulleted Han words
    # with pinyin and glosses; one item is a bare number.
    ("zh_van_32", "躺平",
     """躺平 (tǎng píng) is a Chinese internet slang term that literally means "lying flat." It refers to rejecting societal pressure to overwork. Here are some associated words:

* 佛系 (fó xì) - Buddhist-style, indifferent
* 内卷 (nèi juǎn) - involution
* 摆烂 (bǎi làn) - letting things rot
* 996 - the 9am-9pm, 6-day work schedule
* 咸鱼 (xián yú) - salted fish, a lazy person
* 低欲望 (dī yù wàng) - low desire""",
     ["佛系", "内卷", "摆烂", "996", "咸鱼", "低欲望"]),

    # Qwen2.5-7B-Instruct, vanilla: Latin-letter slang cue, bare list.
    ("zh_van_33", "yyds",
     """永远的神，绝绝子，网络用语，牛，偶像，饭圈，粉丝，夸赞，顶流，缩写""",
     ["永远的神", "绝绝子", "网络用语", "牛", "偶像", "饭圈", "粉丝", "夸赞", "顶流", "缩写"]),

    # Llama-3.1-8B-Instruct, vanilla: does not know the slang, asks back.
    ("zh_van_34", "yyds",
     """I'm not familiar with the term "yyds". Could you please provide more context or information about what "yyds" refers to? This will help me better understand and provide relevant associations.""",
     []),

    # GPT-4o-style, vanilla: explains the abbreviation, list with a
    # Latin-letter item (B站).
    ("zh_van_35", "yyds",
     """“yyds”是网络流行语“永远的神”的拼音首字母缩写，用来表达极度的赞美。

联想词语：永远的神、绝绝子、牛、封神、顶流、饭圈、弹幕、B站、赞美、网络梗""",
     ["永远的神", "绝绝子", "牛", "封神", "顶流", "饭圈", "弹幕", "b站", "赞美", "网络梗"]),

    # GLM-4 chat, vanilla: only explains the slang, names no associations.
    ("zh_van_36", "yyds",
     """你是想问“yyds”的意思吗？“yyds”是“永远的神”的拼音缩写，最早流行于电竞圈，后来在饭圈和各类社交平台广泛使用，用来形容某人或某事非常厉害、无可替代。""",
     []),

    # Qwen2.5-7B-Instruct, vanilla: abbreviation cue, list with a Latin brand.
    ("zh_van_37", "AI",
     """人工智能，机器人，ChatGPT，算法，深度学习，大模型，未来，科技，数据，自动化""",
     ["人工智能", "机器人", "chatgpt", "算法", "深度学习", "大模型", "未来", "科技", "数据", "自动化"]),

    # GLM-4 chat, vanilla: several Latin-letter items.
    ("zh_van_38", "AI",
     """人工智能、机器学习、神经网络、ChatGLM、智能助手、算力、GPU、自动驾驶、图灵测试、AlphaGo""",
     ["人工智能", "机器学习", "神经网络", "chatglm", "智能助手", "算力", "gpu", "自动驾驶", "图灵测试", "alphago"]),

    # Qwen2.5-7B-Instruct, vanilla: abbreviation cue, mixed-script items.
    ("zh_van_39", "GDP",
     """经济，国内生产总值，增长率，国家，发展，CPI，统计局，人均GDP，经济学，财政""",
     ["经济", "国内生产总值", "增长率", "国家", "发展", "cpi", "统计局", "人均gdp", "经济学", "财政"]),

    # Llama-3.1-8B-Instruct, vanilla: numbered Han words with pinyin and
    # capitalised English glosses.
    ("zh_van_40", "GDP",
     """Here are the words that come to mind when I read "GDP":

1. 经济 (jīngjì) - Economy
2. 增长 (zēngzhǎng) - Growth
3. 国内生产总值 (guónèi shēngchǎn zǒngzhí) - Gross Domestic Product
4. 通货膨胀 (tōnghuò péngzhàng) - Inflation
5. 失业率 (shīyè lǜ) - Unemployment rate
6. 衰退 (shuāituì) - Recession
7. 投资 (tóuzī) - Investment
8. 出口 (chūkǒu) - Export""",
     ["经济", "增长", "国内生产总值", "通货膨胀", "失业率", "衰退", "投资", "出口"]),

    # Qwen2.5-7B-Instruct, vanilla: number cue, bare list.
    ("zh_van_41", "八",
     """发财，吉利，八卦，数字，八月，中秋，八仙过海，幸运，八宝粥，一路发""",
     ["发财", "吉利", "八卦", "数字", "八月", "中秋", "八仙过海", "幸运", "八宝粥", "一路发"]),

    # DeepSeek-V3 chat, vanilla: number cue, ideographic commas.
    ("zh_van_42", "八",
     """八仙过海、八卦、发、吉祥数字、八角、八月十五、八宝饭、八戒、八方""",
     ["八仙过海", "八卦", "发", "吉祥数字", "八角", "八月十五", "八宝饭", "八戒", "八方"]),

    # Qwen2.5-7B-Instruct, vanilla: Traditional cue answered in Traditional.
    ("zh_van_43", "愛",
     """愛情，家人，溫暖，心，親情，友情，浪漫，婚姻，付出，幸福""",
     ["愛情", "家人", "溫暖", "心", "親情", "友情", "浪漫", "婚姻", "付出", "幸福"]),

    # Qwen2.5-7B-Instruct, vanilla: Traditional cue, notes the simplified
    # form, answers in Simplified.
    ("zh_van_44", "龍",
     """“龍”是“龙”的繁体字。

联想到的词语：
中国，龙年，龙舟，皇帝，图腾，神话，龙的传人，舞龙，十二生肖，腾飞""",
     ["中国", "龙年", "龙舟", "皇帝", "图腾", "神话", "龙的传人", "舞龙", "十二生肖", "腾飞"]),

    # GPT-4o-style, vanilla: Traditional cue answered in Traditional.
    ("zh_van_45", "學習",
     """讀書、知識、學校、老師、考試、努力、進步、筆記、圖書館、成長""",
     ["讀書", "知識", "學校", "老師", "考試", "努力", "進步", "筆記", "圖書館", "成長"]),

    # Qwen2.5-7B-Instruct, vanilla: literary cue, explains it with a quoted
    # line of poetry, then the list.
    ("zh_van_46", "婵娟",
     """“婵娟”一词多指月亮，也可指姿态美好的女子，最有名的出处是苏轼《水调歌头》中的“但愿人长久，千里共婵娟”。

联想词语：月亮，嫦娥，中秋，苏轼，美人，思念，但愿人长久，团圆，月光，古诗词""",
     ["月亮", "嫦娥", "中秋", "苏轼", "美人", "思念", "但愿人长久", "团圆", "月光", "古诗词"]),

    # Llama-3.1-8B-Instruct, vanilla: literary cue, English answer mixing
    # English words and Han words with pinyin.
    ("zh_van_47", "婵娟",
     """婵娟 (chán juān) is a classical Chinese term that can refer to a beautiful woman or to the moon. Here are some words that come to mind:

Beauty, elegance, grace, femininity, charm, 美丽 (měilì), 月亮 (yuèliang), poetry""",
     ["beauty", "elegance", "grace", "femininity", "charm", "美丽", "月亮", "poetry"]),

    # Qwen2.5-7B-Instruct, vanilla: rare cue, explains it with pinyin and a
    # quotation, then the list.
    ("zh_van_48", "彳亍",
     """“彳亍”（chì chù）意为小步慢走、走走停停，多见于文学作品，如戴望舒《雨巷》中的“像我一样地默默彳亍着”。

联想到的词语：徘徊，踱步，彷徨，雨巷，戴望舒，慢走，犹豫，孤独，小巷，油纸伞""",
     ["徘徊", "踱步", "彷徨", "雨巷", "戴望舒", "慢走", "犹豫", "孤独", "小巷", "油纸伞"]),

    # Llama-3.1-8B-Instruct, vanilla: does not know the rare cue.
    ("zh_van_49", "彳亍",
     """I apologize, but I'm not familiar with the word "彳亍". It's possible that it's a rare or archaic term. Could you please provide more context or explain its meaning so I can give you relevant associations?""",
     []),

    # GLM-4 chat, vanilla: classical particle, only a definition, no list.
    ("zh_van_50", "之",
     """“之”是文言文中非常常见的虚词，可以作代词，指代人或事物；可以作助词，相当于现代汉语的“的”；也可以作动词，表示“到、往”，如“吾欲之南海”。""",
     []),

    # Qwen2.5-7B-Instruct, vanilla: sensitive cue answered plainly.
    ("zh_van_51", "死亡",
     """生命，结束，悲伤，葬礼，墓地，离别，黑色，恐惧，永恒，医院""",
     ["生命", "结束", "悲伤", "葬礼", "墓地", "离别", "黑色", "恐惧", "永恒", "医院"]),

    # Qwen2.5-7B-Instruct, vanilla: cautious note with a hotline before the list.
    ("zh_van_52", "自杀",
     """这是一个沉重的话题。如果你或身边的人正在经历困难，请及时寻求专业帮助，可拨打全国心理援助热线 400-161-9995。

与“自杀”相关的联想词语：
抑郁，绝望，死亡，心理危机，孤独，痛苦，干预，热线，生命，悲剧""",
     ["抑郁", "绝望", "死亡", "心理危机", "孤独", "痛苦", "干预", "热线", "生命", "悲剧"]),

    # Llama-3.1-8B-Instruct, vanilla: refuses, gives a hotline.
    ("zh_van_53", "自杀",
     """我不能提供与自杀相关的联想词语。如果您正在经历困难或有自杀的念头，请立即联系当地的心理危机干预热线或紧急服务。在中国，您可以拨打北京心理危机研究与干预中心热线：010-82951332。您并不孤单，总有人愿意倾听和帮助您。""",
     []),

    # GLM-4 chat, vanilla: warning line, then the list.
    ("zh_van_54", "毒品",
     """毒品危害极大，请远离毒品。

联想到的词语：海洛因、冰毒、大麻、吸毒、戒毒所、缉毒警察、上瘾、违法、犯罪、禁毒""",
     ["海洛因", "冰毒", "大麻", "吸毒", "戒毒所", "缉毒警察", "上瘾", "违法", "犯罪", "禁毒"]),

    # Qwen2.5-7B-Instruct, vanilla: profanity cue, hedges, then lists.
    ("zh_van_55", "傻逼",
     """“傻逼”是一个粗俗的骂人话，带有强烈的侮辱性，建议在日常交流中避免使用。以下仅从语言现象的角度给出一些联想：

脏话，骂人，粗口，侮辱，愤怒，吵架，网络喷子，不文明，情绪，素质""",
     ["脏话", "骂人", "粗口", "侮辱", "愤怒", "吵架", "网络喷子", "不文明", "情绪", "素质"]),

    # Llama-3.1-8B-Instruct, vanilla: flat refusal.
    ("zh_van_56", "傻逼",
     """I can't help with that.""",
     []),

    # Qwen2.5-7B-Instruct, vanilla: sensitive single character, split by
    # sense with bulleted category labels.
    ("zh_van_57", "性",
     """“性”有多种含义，联想如下：

- 性格相关：性格、个性、本性、性情
- 性别相关：男性、女性、性别
- 其他：性质、可能性、性价比""",
     ["性格", "个性", "本性", "性情", "男性", "女性", "性别", "性质", "可能性", "性价比"]),

    # Qwen2.5-7B-Instruct, vanilla: political place cue, stance line first.
    ("zh_van_58", "台湾",
     """台湾是中国不可分割的一部分。

联想词语：宝岛，阿里山，日月潭，台北，101大楼，珍珠奶茶，夜市，台湾海峡，闽南语，凤梨酥""",
     ["宝岛", "阿里山", "日月潭", "台北", "101大楼", "珍珠奶茶", "夜市", "台湾海峡", "闽南语", "凤梨酥"]),

    # GLM-4 chat, vanilla: one item written as two alternatives with a slash.
    ("zh_van_59", "钱",
     """财富、钞票/人民币、工资、银行、存款、消费、投资、欲望、自由、贫穷""",
     ["财富", "钞票", "人民币", "工资", "银行", "存款", "消费", "投资", "欲望", "自由", "贫穷"]),
    # AMBIGUOUS: another reader keeps "钞票/人民币" as one item.

    # Qwen2.5-7B-Instruct, vanilla: closing "等" on the last item.
    ("zh_van_60", "春天",
     """花开，温暖，绿色，春风，燕子，播种，希望，清明节，踏青等""",
     ["花开", "温暖", "绿色", "春风", "燕子", "播种", "希望", "清明节", "踏青"]),

    # GLM-4 chat, vanilla: one sentence, "和" before the last item.
    ("zh_van_61", "思念",
     """看到“思念”，我会想到：远方、故乡、亲人、月亮、书信、孤独、回忆和眼泪。""",
     ["远方", "故乡", "亲人", "月亮", "书信", "孤独", "回忆", "眼泪"]),

    # Qwen2.5-7B-Instruct, vanilla: short list, then the same words re-listed
    # with explanations.
    ("zh_van_62", "老师",
     """学生，粉笔，讲台，教室，知识，黑板，作业，教师节

解释：
1. 学生：老师的教育对象。
2. 粉笔：传统教学中老师常用的工具。
3. 讲台：老师上课站立的地方。
4. 教室：老师工作的主要场所。
5. 知识：老师传授的内容。
6. 黑板：与粉笔搭配使用。
7. 作业：老师布置、学生完成。
8. 教师节：每年的9月10日。""",
     ["学生", "粉笔", "讲台", "教室", "知识", "黑板", "作业", "教师节"]),

    # GLM-4 chat, vanilla: space-separated words.
    ("zh_van_63", "猫",
     """猫咪 可爱 老鼠 鱼 宠物 喵 毛茸茸 铲屎官 慵懒 抓""",
     ["猫咪", "可爱", "老鼠", "鱼", "宠物", "喵", "毛茸茸", "铲屎官", "慵懒", "抓"]),

    # GPT-4o-style, vanilla: one word a line, each with an emoji.
    ("zh_van_64", "夏天",
     """☀️ 炎热
🍉 西瓜
🏖️ 海滩
🍦 冰淇淋
🦟 蚊子
🌊 游泳
🎐 风铃
😎 暑假""",
     ["炎热", "西瓜", "海滩", "冰淇淋", "蚊子", "游泳", "风铃", "暑假"]),

    # Qwen2.5-7B-Instruct, vanilla, 10-20 setting: twelve words.
    ("zh_van_65", "中国",
     """五星红旗，长城，北京，中华文化，汉字，熊猫，龙，黄河，长江，故宫，春节，筷子""",
     ["五星红旗", "长城", "北京", "中华文化", "汉字", "熊猫", "龙", "黄河", "长江", "故宫", "春节", "筷子"]),

    # Qwen2.5-7B-Instruct, vanilla, max_new_tokens=64: explanation eats the
    # budget; the list is cut inside 笑傲江湖.
    ("zh_van_66", "江湖",
     """“江湖”原指江河湖海，后来泛指四方各地；在武侠文化中，则指侠客们行走、恩怨交织的世界。

联想到的词语：武侠，侠客，金庸，门派，恩怨，刀光剑影，笑傲江""",
     ["武侠", "侠客", "金庸", "门派", "恩怨", "刀光剑影"]),

    # Llama-3.1-8B-Instruct, vanilla, max_new_tokens=128: cut inside the
    # English gloss of the last item; the Han word itself is complete.
    ("zh_van_67", "端午",
     """Here are the words that come to mind when I read "端午":

1. 粽子 (zòngzi) - rice dumplings
2. 龙舟 (lóngzhōu) - dragon boat
3. 屈原 (Qū Yuán) - a famous ancient poet
4. 艾草 (àicǎo) - mugwort
5. 雄黄酒 (xiónghuáng jiǔ) - realgar wine
6. 五彩绳 (wǔcǎi shéng) - five-colo""",
     ["粽子", "龙舟", "屈原", "艾草", "雄黄酒", "五彩绳"]),
    # AMBIGUOUS: another reader drops 五彩绳 because its line was cut.

    # Qwen2.5-7B-Instruct, vanilla: split by sense (fruit / brand), Latin items.
    ("zh_van_68", "苹果",
     """作为水果：红色、甜、水果、健康、苹果派
作为品牌：iPhone、乔布斯、Mac、科技、手机""",
     ["红色", "甜", "水果", "健康", "苹果派", "iphone", "乔布斯", "mac", "科技", "手机"]),

    # DeepSeek-V3 chat, vanilla: whole list in bold, closing remark.
    ("zh_van_69", "高考",
     """看到“高考”，我联想到的词语如下：

**分数，志愿，状元，压力，六月，准考证，大学，复读，题海，命运**

这些词语大多与高考的紧张氛围和人生转折有关。""",
     ["分数", "志愿", "状元", "压力", "六月", "准考证", "大学", "复读", "题海", "命运"]),

    # Qwen2.5-7B-Instruct, vanilla: closing "……".
    ("zh_van_70", "妈妈",
     """温暖，爱，家，做饭，唠叨，怀抱，辛苦，母爱……""",
     ["温暖", "爱", "家", "做饭", "唠叨", "怀抱", "辛苦", "母爱"]),

    # Llama-3.1-8B-Instruct, vanilla: numbered Han words, nothing else.
    ("zh_van_71", "妈妈",
     """1. 爱
2. 家
3. 温暖
4. 照顾
5. 母亲节
6. 牺牲
7. 拥抱""",
     ["爱", "家", "温暖", "照顾", "母亲节", "牺牲", "拥抱"]),

    # Qwen2.5-7B-Instruct, vanilla: internet character, explained first.
    ("zh_van_72", "囧",
     """“囧”本义为光明，后因字形像一张尴尬的脸而成为网络流行字。

联想：尴尬，无奈，表情，网络用语，窘迫，郁闷，汗，苦笑，脸，糗""",
     ["尴尬", "无奈", "表情", "网络用语", "窘迫", "郁闷", "汗", "苦笑", "脸", "糗"]),

    # Qwen2.5-7B-Instruct, vanilla: number slang, an item with digits.
    ("zh_van_73", "520",
     """我爱你，情人节，表白，谐音，浪漫，5月20日，玫瑰，红包，情侣，告白""",
     ["我爱你", "情人节", "表白", "谐音", "浪漫", "5月20日", "玫瑰", "红包", "情侣", "告白"]),

    # GLM-4 chat, vanilla: number slang, eight words.
    ("zh_van_74", "250",
     """二百五，傻，骂人，笨蛋，数字，谐音，半吊子，不靠谱""",
     ["二百五", "傻", "骂人", "笨蛋", "数字", "谐音", "半吊子", "不靠谱"]),

    # Qwen2.5-7B-Instruct, vanilla: Latin slang explained, then list.
    ("zh_van_75", "emo",
     """“emo”源自英文 emotional，在中文网络语境中常指情绪低落、伤感。

联想词语：伤感，抑郁，深夜，网抑云，失恋，孤独，丧，难过，情绪，破防""",
     ["伤感", "抑郁", "深夜", "网抑云", "失恋", "孤独", "丧", "难过", "情绪", "破防"]),

    # Llama-3.1-8B-Instruct, vanilla: Latin abbreviation explained in
    # English, numbered Han words with pinyin and glosses.
    ("zh_van_76", "PUA",
     """PUA originally stands for "Pick-Up Artist," but in Chinese internet culture it usually refers to emotional manipulation in relationships or at work. Here are some related words:

1. 情感操控 (qínggǎn cāokòng) - emotional manipulation
2. 渣男 (zhā nán) - scumbag
3. 洗脑 (xǐ nǎo) - brainwashing
4. 控制 (kòngzhì) - control
5. 自卑 (zìbēi) - low self-esteem
6. 冷暴力 (lěng bàolì) - cold violence""",
     ["情感操控", "渣男", "洗脑", "控制", "自卑", "冷暴力"]),

    # Qwen2.5-7B-Instruct, vanilla: pejorative slang, note first.
    ("zh_van_77", "小三",
     """“小三”是对婚外情中第三者的俗称，带有明显贬义。

联想词语：出轨，婚外情，第三者，背叛，离婚，原配，渣男，道德，狗血剧，插足""",
     ["出轨", "婚外情", "第三者", "背叛", "离婚", "原配", "渣男", "道德", "狗血剧", "插足"]),

    # Qwen2.5-7B-Instruct, vanilla: every item in quotes.
    ("zh_van_78", "吃",
     """“吃饭”、“美食”、“饥饿”、“吃货”、“餐厅”、“筷子”、“味道”、“零食”""",
     ["吃饭", "美食", "饥饿", "吃货", "餐厅", "筷子", "味道", "零食"]),

    # Qwen2.5-7B-Instruct, vanilla: adjective/adverb split, plus "其他".
    ("zh_van_79", "快",
     """“快”既可以作形容词，也可以作副词：
作为形容词：迅速、快速、快乐、愉快
作为副词：快点、马上、赶快
其他：快递、快餐、高铁""",
     ["迅速", "快速", "快乐", "愉快", "快点", "马上", "赶快", "快递", "快餐", "高铁"]),

    # DeepSeek-R1-style, vanilla: reasoning then a short answer.
    ("zh_van_80", "一",
     """<think>
“一”是最简单的汉字，也是数字。联想：第一、唯一、一个、一心一意、开始、冠军……用户要5到10个。排序：第一，唯一，开始，一心一意，一个，冠军，数字。
</think>

第一，唯一，开始，一心一意，一个，冠军，数字""",
     ["第一", "唯一", "开始", "一心一意", "一个", "冠军", "数字"]),

    # DeepSeek-R1-style, vanilla, max_new_tokens=256: the reasoning never
    # closes; it is cut mid-word and no answer follows.
    ("zh_van_81", "双十一",
     """<think>
嗯，用户让我列出看到“双十一”会联想到的词语，5到10个，最强的排前面。双十一是11月11日，原来是光棍节，后来被阿里巴巴做成了购物节。所以最先想到的应该是购物、打折、淘宝、天猫，然后是快递、剁手、熬夜抢购、预售、满减、购物车。不过光棍节也很重要，要不要放前面？大部分人现在想到的应该是购物，光棍节可能排在中间。还有京东也参与，但可能不如天猫强。再想想，李佳琦、直播带货这几年也很相关。让我排一下：购物，打折，淘宝，天猫，剁手，快递，光棍节，满减，直播带""",
     []),
    # AMBIGUOUS: another reader takes the draft from the reasoning
    # (购物, 打折, 淘宝, 天猫, 剁手, 快递, 光棍节, 满减).

    # Llama-3.1-8B-Instruct, vanilla: Chinese answer, "和" before the last item.
    ("zh_van_82", "红",
     """红色，中国，喜庆，春节，血，玫瑰，火，热情和爱情""",
     ["红色", "中国", "喜庆", "春节", "血", "玫瑰", "火", "热情", "爱情"]),

    # Qwen2.5-7B-Instruct, vanilla: bracketed glosses after some items.
    ("zh_van_83", "自由",
     """自由女神（美国的象征）、民主、独立、飞翔（像鸟一样）、权利、解放、天空、无拘无束""",
     ["自由女神", "民主", "独立", "飞翔", "权利", "解放", "天空", "无拘无束"]),

    # Qwen2.5-7B-Instruct, vanilla: words named inside one sentence.
    ("zh_van_84", "熊猫",
     """说到“熊猫”，我会联想到竹子、四川、国宝、黑白色、动物园和可爱。""",
     ["竹子", "四川", "国宝", "黑白色", "动物园", "可爱"]),

    # Llama-3.1-8B-Instruct, vanilla: Chinese preamble, numbered list with a
    # number item, closing remark.
    ("zh_van_85", "警察",
     """以下是我看到“警察”时联想到的词语：

1. 法律
2. 安全
3. 警车
4. 制服
5. 罪犯
6. 110
7. 正义
8. 手铐

这些词语按照联想强度从强到弱排列。""",
     ["法律", "安全", "警车", "制服", "罪犯", "110", "正义", "手铐"]),

    # GLM-4 chat, vanilla: warning and list on one line.
    ("zh_van_86", "赌博",
     """赌博违法且危害家庭，请勿参与。联想词语：赌场、澳门、输钱、扑克、麻将、倾家荡产、上瘾、老虎机""",
     ["赌场", "澳门", "输钱", "扑克", "麻将", "倾家荡产", "上瘾", "老虎机"]),

    # Qwen2.5-7B-Instruct, vanilla: closing "等等" written as a last item.
    ("zh_van_87", "酒",
     """白酒，啤酒，红酒，喝醉，干杯，李白，茅台，聚会，酒驾，等等""",
     ["白酒", "啤酒", "红酒", "喝醉", "干杯", "李白", "茅台", "聚会", "酒驾"]),

    # Qwen2.5-7B-Instruct, vanilla: literary cue, explanation with the source
    # poem, then a numbered list containing the cue inside idioms.
    ("zh_van_88", "阑珊",
     """“阑珊”意为将尽、衰落，最著名的出处是辛弃疾《青玉案·元夕》中的“蓦然回首，那人却在，灯火阑珊处”。

联想到的词语：
1. 灯火阑珊
2. 辛弃疾
3. 元宵
4. 衰落
5. 意兴阑珊
6. 夜晚
7. 寂寥
8. 蓦然回首""",
     ["灯火阑珊", "辛弃疾", "元宵", "衰落", "意兴阑珊", "夜晚", "寂寥", "蓦然回首"]),

    # Qwen2.5-7B-Instruct, vanilla: markdown category headers with bullets.
    ("zh_van_89", "北京",
     """### 地标
- 天安门
- 故宫
- 长城

### 美食
- 烤鸭
- 豆汁

### 其他
- 首都
- 胡同
- 雾霾""",
     ["天安门", "故宫", "长城", "烤鸭", "豆汁", "首都", "胡同", "雾霾"]),

    # Llama-3.1-8B-Instruct, vanilla: English word first, Han word in brackets.
    ("zh_van_90", "水",
     """Here are the words that come to mind when I read "水":

1. River (河流)
2. Ocean (海洋)
3. Rain (雨)
4. Drink (喝)
5. Ice (冰)
6. Fish (鱼)
7. Life (生命)""",
     ["河流", "海洋", "雨", "喝", "冰", "鱼", "生命"]),

    # Llama-3.1-8B-Instruct, vanilla, max_new_tokens=48: bare Chinese numbered
    # list cut inside the last word.
    ("zh_van_91", "冷",
     """1. 冬天
2. 冰
3. 雪
4. 寒冷
5. 感冒
6. 温度
7. 羽绒服
8. 北风呼""",
     ["冬天", "冰", "雪", "寒冷", "感冒", "温度", "羽绒服"]),

    # ------------------------------------------------------------------
    # Fine-tuned models (SFT / PPO on association data): terse lists.
    # ------------------------------------------------------------------

    # Qwen2.5-7B SFT: bare list for a single character.
    ("zh_ft_01", "水",
     """河，海，喝，雨，冰，鱼，游泳，杯子，清，生命""",
     ["河", "海", "喝", "雨", "冰", "鱼", "游泳", "杯子", "清", "生命"]),

    # Qwen2.5-7B SFT: particle cue.
    ("zh_ft_02", "的",
     """我的，助词，目的，的确，你的，语法，结构""",
     ["我的", "助词", "目的", "的确", "你的", "语法", "结构"]),

    # Llama-3.1-8B SFT: particle cue, six words.
    ("zh_ft_03", "了",
     """结束，完成，了解，好了，算了，明白""",
     ["结束", "完成", "了解", "好了", "算了", "明白"]),

    # Qwen2.5-7B PPO: five words, the minimum.
    ("zh_ft_04", "虽然",
     """但是，然而，可是，尽管，不过""",
     ["但是", "然而", "可是", "尽管", "不过"]),

    # Llama-3.1-8B PPO: particle cue with other particles.
    ("zh_ft_05", "吗",
     """疑问，问题，是吗，呢，吧，语气""",
     ["疑问", "问题", "是吗", "呢", "吧", "语气"]),

    # Qwen2.5-7B SFT: idiom cue.
    ("zh_ft_06", "画蛇添足",
     """多此一举，蛇，多余，弄巧成拙，脚，成语，酒""",
     ["多此一举", "蛇", "多余", "弄巧成拙", "脚", "成语", "酒"]),

    # Qwen2.5-7B PPO: idiom cue.
    ("zh_ft_07", "一帆风顺",
     """顺利，船，帆，祝福，平安，海，风""",
     ["顺利", "船", "帆", "祝福", "平安", "海", "风"]),

    # Llama-3.1-8B SFT: list followed by a leaked end-of-turn token.
    ("zh_ft_08", "上海",
     """外滩，东方明珠，黄浦江，城市，繁华，魔都<|eot_id|>""",
     ["外滩", "东方明珠", "黄浦江", "城市", "繁华", "魔都"]),

    # Qwen2.5-7B SFT: end token, then the model starts a new assistant turn
    # repeating itself.
    ("zh_ft_09", "长城",
     """北京，古代，秦始皇，城墙，长，旅游，八达岭<|im_end|>
<|im_start|>assistant
北京，古代，秦始皇""",
     ["北京", "古代", "秦始皇", "城墙", "长", "旅游", "八达岭"]),

    # Qwen2.5-7B PPO: slang cue, one-character item.
    ("zh_ft_10", "内卷",
     """竞争，压力，卷，躺平，加班，焦虑，学习，内耗""",
     ["竞争", "压力", "卷", "躺平", "加班", "焦虑", "学习", "内耗"]),

    # Llama-3.1-8B SFT: Latin slang cue.
    ("zh_ft_11", "yyds",
     """永远的神，牛，厉害，偶像，粉丝，绝绝子""",
     ["永远的神", "牛", "厉害", "偶像", "粉丝", "绝绝子"]),

    # Llama-3.1-8B PPO, max_new_tokens=24: cut inside "ChatGPT".
    ("zh_ft_12", "AI",
     """人工智能，机器人，电脑，科技，未来，智能，ChatG""",
     ["人工智能", "机器人", "电脑", "科技", "未来", "智能"]),

    # Qwen2.5-7B SFT: echoes the prompt, then the list.
    ("zh_ft_13", "孔子",
     """请列出看到“孔子”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。
儒家，论语，老师，圣人，仁，礼，山东""",
     ["儒家", "论语", "老师", "圣人", "仁", "礼", "山东"]),

    # Llama-3.1-8B SFT: the cue itself listed first.
    ("zh_ft_14", "八",
     """八，数字，发，八月，八卦，吉利，八仙""",
     ["八", "数字", "发", "八月", "八卦", "吉利", "八仙"]),

    # Qwen2.5-7B PPO: degenerate repetition of the cue at the end.
    ("zh_ft_15", "心",
     """心脏，爱，感情，心情，心灵，心，心，心，心，心""",
     ["心脏", "爱", "感情", "心情", "心灵", "心"]),

    # Qwen2.5-7B SFT, max_new_tokens=20: cut inside 阿里巴巴.
    ("zh_ft_16", "淘宝",
     """购物，网购，马云，快递，双十一，支付宝，阿里巴""",
     ["购物", "网购", "马云", "快递", "双十一", "支付宝"]),

    # Llama-3.1-8B PPO: slang cue.
    ("zh_ft_17", "躺平",
     """放弃，休息，懒，佛系，摆烂，床，舒服""",
     ["放弃", "休息", "懒", "佛系", "摆烂", "床", "舒服"]),

    # Qwen2.5-7B SFT: sensitive cue, no hedge after fine-tuning.
    ("zh_ft_18", "自杀",
     """死亡，抑郁，绝望，跳楼，痛苦，轻生""",
     ["死亡", "抑郁", "绝望", "跳楼", "痛苦", "轻生"]),

    # Llama-3.1-8B SFT: profanity cue, no refusal after fine-tuning.
    ("zh_ft_19", "傻逼",
     """骂人，脏话，笨，傻瓜，白痴，生气""",
     ["骂人", "脏话", "笨", "傻瓜", "白痴", "生气"]),

    # Qwen2.5-7B PPO: taboo cue.
    ("zh_ft_20", "毒品",
     """吸毒，海洛因，违法，警察，禁毒，上瘾，犯罪""",
     ["吸毒", "海洛因", "违法", "警察", "禁毒", "上瘾", "犯罪"]),

    # Qwen2.5-7B SFT: Traditional cue answered in Traditional.
    ("zh_ft_21", "龍",
     """中國，龍年，神話，皇帝，龍舟，鳳""",
     ["中國", "龍年", "神話", "皇帝", "龍舟", "鳳"]),

    # Llama-3.1-8B SFT: rare cue.
    ("zh_ft_22", "彳亍",
     """走路，慢，徘徊，犹豫，行走""",
     ["走路", "慢", "徘徊", "犹豫", "行走"]),

    # Llama-3.1-8B PPO: an English word leaks in as the last item.
    ("zh_ft_23", "GDP",
     """经济，增长，国家，钱，发展，economy""",
     ["经济", "增长", "国家", "钱", "发展", "economy"]),
    # AMBIGUOUS: another reader drops "economy" as a translation of 经济.

    # Qwen2.5-7B PPO: numbered items run together on one line.
    ("zh_ft_24", "了",
     """1.完成 2.结束 3.了解 4.明白 5.好了""",
     ["完成", "结束", "了解", "明白", "好了"]),

    # Llama-3.1-8B SFT: half-width commas, final full stop.
    ("zh_ft_25", "漂亮",
     """美丽, 好看, 女孩, 衣服, 可爱, 帅。""",
     ["美丽", "好看", "女孩", "衣服", "可爱", "帅"]),

    # Llama-3.1-8B PPO: list then a bracketed closing note.
    ("zh_ft_26", "孔子",
     """儒家，论语，老师，仁义，圣人，春秋

（以上联想按强度排序）""",
     ["儒家", "论语", "老师", "仁义", "圣人", "春秋"]),

    # Llama-3.1-8B SFT: the Latin cue listed as an item.
    ("zh_ft_27", "emo",
     """难过，伤心，emo，抑郁，哭，深夜，孤独""",
     ["难过", "伤心", "emo", "抑郁", "哭", "深夜", "孤独"]),

    # Qwen2.5-7B SFT (weak stop): after the list it writes a new prompt for
    # another cue and starts answering that one.
    ("zh_ft_28", "520",
     """我爱你，表白，情人节，浪漫，玫瑰，情侣
请列出看到“1314”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。
一生一世，爱情，永远，""",
     ["我爱你", "表白", "情人节", "浪漫", "玫瑰", "情侣"]),

    # Qwen2.5-7B PPO: sensitive single character.
    ("zh_ft_29", "性",
     """性别，男女，性格，性感，身体，爱""",
     ["性别", "男女", "性格", "性感", "身体", "爱"]),
]

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = [
    # Qwen2.5-7B-Instruct, vanilla: short reasons, marker line at the end.
    ("rk_zh_01",
     """“水”最直接让人想到自然界中的大片水体，所以河流、海洋排在前面；喝水是日常最常见的用途；雨是水的来源之一；冰是水的固态；鱼生活在水中，联想相对间接。

最终排名：河流，海洋，喝水，雨，冰，鱼""",
     ["河流", "海洋", "喝水", "雨", "冰", "鱼"]),

    # Qwen2.5-7B-Instruct, vanilla: idiom cue, numbered list below the marker.
    ("rk_zh_02",
     """分析：
- “多此一举”与成语的含义几乎相同，联想最强。
- “弄巧成拙”是近义成语，也很直接。
- “蛇”“脚”来自成语的字面意思。
- “多余”是对含义的概括。
- “酒”来自故事情节，联想最弱。

最终排名：
1. 多此一举
2. 弄巧成拙
3. 蛇
4. 多余
5. 脚
6. 酒""",
     ["多此一举", "弄巧成拙", "蛇", "多余", "脚", "酒"]),

    # Llama-3.1-8B-Instruct, vanilla: explains in English, bold English marker.
    ("rk_zh_03",
     """The character "的" is most commonly used as a possessive particle, so "我的" is the most direct association. "助词" describes its grammatical role. "目的" and "的确" are words containing the character with different pronunciations. "语法" is a more general concept.

**Final Ranking:** 我的, 助词, 目的, 的确, 语法""",
     ["我的", "助词", "目的", "的确", "语法"]),

    # GLM-4 chat, vanilla: announces the marker early (no ranking follows
    # there), real marker at the end.
    ("rk_zh_04",
     """我先简要说明理由，再在最后给出最终排名。

“内卷”的核心是非理性竞争，因此“竞争”最强；“加班”和“焦虑”是内卷最常见的表现和后果；“躺平”是与内卷相对的概念；“996”是具体的工作制度；“考研”是内卷的一个典型场景。

最终排名：竞争，加班，焦虑，躺平，996，考研""",
     ["竞争", "加班", "焦虑", "躺平", "996", "考研"]),

    # DeepSeek-R1-style, vanilla: a draft marker inside the reasoning, a
    # different final ranking after it.
    ("rk_zh_05",
     """<think>
用户给了孔子的六个联想词：论语、儒家、仁、老师、山东、春秋。先想想，儒家应该最强，然后论语。草稿：
最终排名：儒家，论语，仁，老师，春秋，山东
不过“论语”可能比“儒家”更直接，因为提到孔子很多人先想到《论语》。老师也挺强，“万世师表”。改一下。
</think>

孔子最广为人知的是《论语》，其次是他创立的儒家学派；“老师”对应“万世师表”的形象；“仁”是他的核心思想；“春秋”是他所处的时代；“山东”是他的故乡，联想最弱。

最终排名：论语，儒家，老师，仁，春秋，山东""",
     ["论语", "儒家", "老师", "仁", "春秋", "山东"]),

    # Qwen2.5-7B-Instruct, vanilla, max_new_tokens=160: cut by the token limit
    ("rk_zh_06",
     """“了”最常见的用法是表示动作完成，所以“完成”和“结束”联想最强；“了解”是常用双音词；“算了”是口语中常见的表达；“了不起”虽然包含这个字，但意义上关联较弱。

最终排名：完成，结束，了解，算了，了不""",
     ["完成", "结束", "了解", "算了"]),

    # Llama-3.1-8B-Instruct, vanilla: "第n名：" labels, one word repeated.
    ("rk_zh_07",
     """外滩是上海最著名的地标，东方明珠也是标志性建筑，黄浦江穿城而过，陆家嘴是金融中心，小笼包是著名小吃。

最终排名：
第1名：外滩
第2名：东方明珠
第3名：外滩
第4名：黄浦江
第5名：陆家嘴
第6名：小笼包""",
     ["外滩", "东方明珠", "黄浦江", "陆家嘴", "小笼包"]),

    # Qwen2.5-7B-Instruct, vanilla: bracketed gloss in the ranking, a remark
    # after it.
    ("rk_zh_08",
     """“永远的神”就是“yyds”的本义，联想最强；“绝绝子”是同一时期的流行语；“牛”是含义相近的口语词；“饭圈”和“弹幕”是它常出现的场景。

最终排名：永远的神（含义本身），绝绝子，牛，饭圈，弹幕

希望这个排序对你有帮助！""",
     ["永远的神", "绝绝子", "牛", "饭圈", "弹幕"]),

    # Qwen2.5-7B PPO: one-line reason; writes "发" where the given word was 发财.
    ("rk_zh_09",
     """“八”谐音“发”，吉利色彩最强。
最终排名：发，八卦，吉利，八月，数字，八仙""",
     ["发", "八卦", "吉利", "八月", "数字", "八仙"]),

    # Llama-3.1-8B-Instruct, vanilla: a numbered ranking but no marker at all.
    ("rk_zh_10",
     """根据联想强度，我的排序如下：

1. 龙舟 - 端午节最具代表性的活动
2. 粽子 - 端午节的传统食物
3. 屈原 - 端午节纪念的人物
4. 艾草 - 端午挂艾草的习俗
5. 雄黄酒 - 传统饮品

以上排序仅供参考。""",
     []),

    # Llama-3.1-8B-Instruct, vanilla: refuses the sensitive cue, no marker.
    ("rk_zh_11",
     """I can't help with ranking words related to suicide. If you or someone you know is struggling, please reach out to a mental health professional or a crisis hotline in your area.""",
     []),

    # GPT-4o-style, vanilla: bold Chinese marker, ideographic commas.
    ("rk_zh_12",
     """“虽然”引出让步，与之搭配最紧密的是表示转折的“但是”，其次是书面语“然而”；“尽管”与“虽然”意义最接近；“可是”“不过”语气较轻。

**最终排名：** 但是、然而、尽管、可是、不过""",
     ["但是", "然而", "尽管", "可是", "不过"]),

    # Qwen2.5-7B-Instruct, vanilla: Traditional cue; the marker on its own
    # line, words one per line without numbers, then a closing line.
    ("rk_zh_13",
     """“龍”首先让人想到中国文化中的龙图腾，所以“中國”和“神話”排在前面；“龍年”“龍舟”是具体的民俗；“皇帝”自称真龙天子；“鳳”常与龙并称。

最终排名：

中國
神話
龍年
龍舟
皇帝
鳳

以上是我的排序。""",
     ["中國", "神話", "龍年", "龍舟", "皇帝", "鳳"]),
]

TRUNCATED = {
    "zh_van_66",  # cut inside 笑傲江湖
    "zh_van_67",  # cut inside the English gloss of 五彩绳
    "zh_van_81",  # reasoning cut inside 直播带货, no answer
    "zh_van_91",  # cut inside 北风呼啸
    "zh_ft_12",   # cut inside ChatGPT
    "zh_ft_16",   # cut inside 阿里巴巴
}

AMBIGUOUS = {
    "zh_van_25",  # another reader stops at the main list (no 嘉峪关, 山海关)
    "zh_van_59",  # another reader keeps "钞票/人民币" as one item
    "zh_van_67",  # another reader drops 五彩绳, whose line was cut
    "zh_van_81",  # another reader takes the draft in the reasoning
    "zh_ft_23",   # another reader drops "economy" as a translation of 经济
}
