"""Blind answer corpus 42 for the word-association answer parser.

Written blind on 2026-12-08 by a helper session: no parser, test, benchmark
or other repository file was read, no parser was run, and every text below
was invented for this file (none copied from real model outputs).

EMPHASIS (corpus 42): a representative sample, with real proportions, of
Llama-3.1-8B-Instruct answering the MANDARIN association prompt: vanilla
mostly (about 90 answers) and after SFT / PPO on the Mandarin norms (about
30). This is the study's weakest baseline, and its answers are where reading
goes wrong most easily. Vanilla Llama answers in Simplified Chinese with an
English preamble or closing, or fully in English, or mixed; adds pinyin and
English glosses (in brackets, after dashes, on the next line); drifts into
Traditional characters; writes numbered or bulleted lists although commas
were asked for; explains each word; gives more or fewer words than asked;
misreads the cue (a homophone or a similar character) and says so; sometimes
answers a different question. SFT and PPO checkpoints mostly write terse
"、" or "，" lists, with occasional slips (an English word, a stray token, a
repeat). ZH_LISTS holds about 120 answers (EN_LISTS is empty), RANKINGS
about 10 Mandarin rankings from the PPO model.

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
    的联想强度从强到弱排序。先简要说明理由，最后以“最终排名：”开头的一行列出
    全部{k}个词语，用逗号分隔。
Each text is only what the model wrote (its completion), unless it echoes
the prompt.

CONVENTIONS for expected_words (association lists):
  * what a careful human reader takes as the model's list for the asked cue:
    lowercased, stripped, in the order written, deduplicated keeping the
    first occurrence;
  * glosses, explanations, scores, category headers, preambles, closing
    remarks, markdown, numbering, emoji, quotes/brackets, special tokens and
    trailing punctuation removed; a conjunction before the last item
    ("and cheese", "和思念") and a closing "等"/"……"/"etc." are removed;
  * multi-word and phrase associations kept whole ("ice cream", "white
    coat", "不到长城非好汉");
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
  * a ranking cut by the token limit at the very end keeps its complete words
    and drops the cut fragment (ranking ids are not put in TRUNCATED; they
    carry a comment "# cut by the token limit");
  * [] when there is no marker, or nothing ranked after the last one.
"""

EN_LISTS = []

ZH_LISTS = [
    # --- Llama-3.1-8B-Instruct, vanilla -------------------------------------

    # vanilla, 5-10; plain full-width comma list, exactly as asked
    ("zh_van_01", "医生",
     "医院，护士，病人，药物，手术，白大褂，听诊器，健康，治疗，诊断",
     ["医院", "护士", "病人", "药物", "手术", "白大褂", "听诊器", "健康", "治疗", "诊断"]),

    # vanilla, 5-10; English preamble with cue gloss, Chinese list, English closing
    ("zh_van_02", "春天",
     '''Here are the words that come to mind when I read the word "春天" (spring):

花朵，温暖，绿色，春风，樱花，燕子，播种，复苏，雨水，清明节

These words are listed in order of their association strength, with the most strongly associated words first.''',
     ["花朵", "温暖", "绿色", "春风", "樱花", "燕子", "播种", "复苏", "雨水", "清明节"]),

    # vanilla, 5-10; numbered list, pinyin in brackets and English gloss after a dash
    ("zh_van_03", "银行",
     """1. 钱 (qián) - money
2. 存款 (cúnkuǎn) - deposit
3. 贷款 (dàikuǎn) - loan
4. 利息 (lìxī) - interest
5. 信用卡 (xìnyòngkǎ) - credit card
6. 柜台 (guìtái) - counter
7. 自动取款机 (zìdòng qǔkuǎnjī) - ATM""",
     ["钱", "存款", "贷款", "利息", "信用卡", "柜台", "自动取款机"]),

    # vanilla, 5-10; answered entirely in English, numbered
    ("zh_van_04", "月亮",
     '''Here are the words that come to mind when I read the word "月亮" (yuèliàng), which means "moon" in Chinese:

1. Night
2. Stars
3. Moonlight
4. Mid-Autumn Festival
5. Mooncake
6. Chang'e
7. Tides
8. Full moon
9. Romance
10. Silver''',
     ["night", "stars", "moonlight", "mid-autumn festival", "mooncake", "chang'e", "tides", "full moon", "romance", "silver"]),

    # vanilla, 5-10; comma list with inline pinyin after every word
    ("zh_van_05", "妈妈",
     "爱 (ài), 温暖 (wēnnuǎn), 家 (jiā), 饭菜 (fàncài), 关心 (guānxīn), 唠叨 (láodao), 拥抱 (yōngbào)",
     ["爱", "温暖", "家", "饭菜", "关心", "唠叨", "拥抱"]),

    # vanilla, 5-10; Chinese preamble, numbered list, each word explained, polite closing
    ("zh_van_06", "学校",
     """以下是我看到“学校”这个词时联想到的词语，按联想强度排序：

1. 老师：学校里最重要的人之一，负责教学。
2. 学生：学校的主体。
3. 教室：上课的地方。
4. 考试：检验学习成果的方式。
5. 作业：课后需要完成的任务。
6. 操场：学生进行体育活动的场所。

希望这些词语对你有帮助！""",
     ["老师", "学生", "教室", "考试", "作业", "操场"]),

    # vanilla, 5-10; English glosses in brackets, a brand name, English note after
    ("zh_van_07", "苹果",
     '''红色 (red)，水果 (fruit)，甜 (sweet)，苹果树 (apple tree)，健康 (health)，iPhone，牛顿 (Newton)，脆 (crisp)

Note: The association with "iPhone" comes from the Apple brand.''',
     ["红色", "水果", "甜", "苹果树", "健康", "iphone", "牛顿", "脆"]),

    # vanilla, 5-10; drifted into Traditional characters, header line with the cue
    ("zh_van_08", "自由",
     """自由的聯想詞：

獨立、民主、飛翔、權利、解放、選擇、和平、夢想、天空、無拘無束""",
     ["獨立", "民主", "飛翔", "權利", "解放", "選擇", "和平", "夢想", "天空", "無拘無束"]),

    # vanilla, 5-10; one sentence of prose, fewer words than asked, 和 before the last
    ("zh_van_09", "跑",
     "看到“跑”这个字，我首先会想到跑步、运动和出汗。",
     ["跑步", "运动", "出汗"]),

    # vanilla, 5-10; numbered, pinyin and English gloss on the next line
    ("zh_van_10", "红色",
     """1. 火
   (huǒ) - fire
2. 血
   (xuè) - blood
3. 中国国旗
   (Zhōngguó guóqí) - Chinese national flag
4. 喜庆
   (xǐqìng) - festive
5. 红包
   (hóngbāo) - red envelope
6. 玫瑰
   (méiguī) - rose""",
     ["火", "血", "中国国旗", "喜庆", "红包", "玫瑰"]),

    # vanilla, 5-10; markdown bullets with bold words, no preamble
    ("zh_van_11", "快乐",
     """* **幸福**
* **笑容**
* **开心**
* **朋友**
* **生日**
* **阳光**
* **音乐**""",
     ["幸福", "笑容", "开心", "朋友", "生日", "阳光", "音乐"]),

    # vanilla, 10-20; long comma list with a bracketed clarification and closing 等
    # AMBIGUOUS: the bracket may be read as an alternative item, giving "笔记本电脑" instead of "笔记本"
    ("zh_van_12", "电脑",
     "键盘，鼠标，屏幕，主机，互联网，软件，游戏，编程，办公，打字，硬盘，内存，芯片，笔记本（笔记本电脑），Windows等",
     ["键盘", "鼠标", "屏幕", "主机", "互联网", "软件", "游戏", "编程", "办公", "打字", "硬盘", "内存", "芯片", "笔记本", "windows"]),

    # vanilla, 5-10; English preamble, numbered Chinese words with English gloss and reason
    ("zh_van_13", "猫",
     '''Here are some words that come to mind when I think of "猫" (cat):

1. 狗 (dog) - cats and dogs are often compared
2. 鱼 (fish) - cats are known to love fish
3. 老鼠 (mouse) - cats chase mice
4. 可爱 (cute) - cats are considered cute
5. 宠物 (pet) - cats are common pets
6. 喵 (meow) - the sound a cat makes
7. 毛 (fur) - cats have soft fur''',
     ["狗", "鱼", "老鼠", "可爱", "宠物", "喵", "毛"]),

    # vanilla, 5-10; comma list first, then the same words re-listed with explanations
    ("zh_van_14", "大海",
     """蓝色，海浪，沙滩，鱼，船，广阔，海风，贝壳

解释：
1. 蓝色：大海的颜色通常是蓝色的。
2. 海浪：大海总是有波浪。
3. 沙滩：海边常见的景色。
4. 鱼：大海里生活着很多鱼。
5. 船：人们乘船在海上航行。
6. 广阔：大海给人一望无际的感觉。
7. 海风：站在海边能感受到海风。
8. 贝壳：在沙滩上可以捡到贝壳。""",
     ["蓝色", "海浪", "沙滩", "鱼", "船", "广阔", "海风", "贝壳"]),

    # vanilla, 5-10; every item in Chinese quotation marks, separated by 、
    ("zh_van_15", "爱情",
     "以下是我联想到的词语：“浪漫”、“心动”、“玫瑰”、“婚姻”、“承诺”、“思念”、“甜蜜”、“眼泪”",
     ["浪漫", "心动", "玫瑰", "婚姻", "承诺", "思念", "甜蜜", "眼泪"]),

    # vanilla, 5-10; grouped under bold category headers
    ("zh_van_16", "钱",
     """**经济**：银行、财富、工资、投资
**生活**：购物、房子、消费
**情感**：贪婪、压力""",
     ["银行", "财富", "工资", "投资", "购物", "房子", "消费", "贪婪", "压力"]),

    # vanilla, 5-10; numbered with pinyin and gloss, cut by the token limit inside item 10 (作者)
    ("zh_van_17", "书",
     """When I read the word "书" (shū), which means "book", these words come to mind:

1. 阅读 (yuèdú) - reading
2. 知识 (zhīshi) - knowledge
3. 图书馆 (túshūguǎn) - library
4. 学习 (xuéxí) - study
5. 作家 (zuòjiā) - writer
6. 故事 (gùshi) - story
7. 书店 (shūdiàn) - bookstore
8. 纸 (zhǐ) - paper
9. 小说 (xiǎoshuō) - novel
10. 作""",
     ["阅读", "知识", "图书馆", "学习", "作家", "故事", "书店", "纸", "小说"]),

    # vanilla, 5-10; fully English, one comma line, a multi-word item
    ("zh_van_18", "中国",
     "China, Great Wall, Beijing, dragon, panda, Chinese food, history, culture, Confucius, red",
     ["china", "great wall", "beijing", "dragon", "panda", "chinese food", "history", "culture", "confucius", "red"]),

    # vanilla, 5-10; 、 list ending with a full stop
    ("zh_van_19", "老师",
     "教室、黑板、粉笔、学生、教书、讲台、作业、考试、知识、尊敬。",
     ["教室", "黑板", "粉笔", "学生", "教书", "讲台", "作业", "考试", "知识", "尊敬"]),

    # vanilla, 5-10; comma list with 和 joining the last item
    ("zh_van_20", "雨",
     "雨伞，乌云，雷声，潮湿，彩虹，雨衣，水坑和凉爽",
     ["雨伞", "乌云", "雷声", "潮湿", "彩虹", "雨衣", "水坑", "凉爽"]),

    # vanilla, 5-10; numbered with pinyin only
    ("zh_van_21", "咖啡",
     """1. 苦 (kǔ)
2. 提神 (tíshén)
3. 星巴克 (Xīngbākè)
4. 拿铁 (nátiě)
5. 咖啡因 (kāfēiyīn)
6. 早晨 (zǎochén)
7. 牛奶 (niúnǎi)""",
     ["苦", "提神", "星巴克", "拿铁", "咖啡因", "早晨", "牛奶"]),

    # vanilla, 5-10; English word first, the Chinese word in brackets after it
    # AMBIGUOUS: the English words could be taken as the items (phone call, internet, apps, wechat, camera, battery)
    ("zh_van_22", "手机",
     """Here are the words that come to mind:

1. Phone call (电话)
2. Internet (互联网)
3. Apps (应用)
4. WeChat (微信)
5. Camera (相机)
6. Battery (电池)""",
     ["电话", "互联网", "应用", "微信", "相机", "电池"]),

    # vanilla, 5-10; English prose naming the words, Oxford comma with "and"
    ("zh_van_23", "音乐",
     'When I read the word "音乐" (music), the words that come to mind are melody, rhythm, songs, concerts, instruments, and emotion.',
     ["melody", "rhythm", "songs", "concerts", "instruments", "emotion"]),

    # vanilla, 5-10; comma list trailing off with ……
    ("zh_van_24", "孤独",
     "寂寞，夜晚，一个人，沉默，思念，月光，空虚，等待……",
     ["寂寞", "夜晚", "一个人", "沉默", "思念", "月光", "空虚", "等待"]),

    # vanilla, 5-10; numbered, pinyin plus an English explanation sentence per item
    ("zh_van_25", "安静",
     """Here are the words that come to mind when I read "安静" (ānjìng), which means "quiet":

1. 图书馆 (túshūguǎn) - library, a place where people need to be quiet
2. 夜晚 (yèwǎn) - night, when everything becomes still
3. 睡觉 (shuìjiào) - sleeping, which needs a quiet environment
4. 平静 (píngjìng) - calm, a feeling similar to quietness
5. 雪 (xuě) - snow, which makes the world feel silent
6. 冥想 (míngxiǎng) - meditation, which is practiced in silence""",
     ["图书馆", "夜晚", "睡觉", "平静", "雪", "冥想"]),

    # vanilla, 5-10; plain list then an English sign-off
    ("zh_van_26", "吃",
     """饭，美食，饿，筷子，餐厅，味道，饱，零食

I hope this helps! Let me know if you have any other questions.""",
     ["饭", "美食", "饿", "筷子", "餐厅", "味道", "饱", "零食"]),

    # vanilla, 5-10; plain comma list for a verb cue
    ("zh_van_27", "飞",
     "飞机，鸟，天空，翅膀，飞翔，自由，梦想，云",
     ["飞机", "鸟", "天空", "翅膀", "飞翔", "自由", "梦想", "云"]),

    # vanilla, 5-10; misreads 大夫 as the similar-looking 丈夫 and says so; list is for 丈夫
    ("zh_van_28", "大夫",
     '''It seems like you meant "丈夫" (zhàngfu, husband) rather than "大夫". Here are the words associated with "丈夫":

妻子，婚姻，家庭，责任，爱情，结婚，孩子''',
     []),

    # vanilla, 5-10; takes 蜜蜂 for 蜂蜜 and answers for honey
    ("zh_van_29", "蜜蜂",
     """我想您可能指的是“蜂蜜”。以下是看到“蜂蜜”时联想到的词语：

甜，花蜜，蜜蜂，黄色，蜂巢，柠檬水，早餐，健康""",
     []),

    # vanilla, 5-10; suspects a homophone, answers both readings; only the asked cue's list counts
    ("zh_van_30", "公式",
     """“公式”可能是“公事”的误写？我分别给出两种理解：

如果是“公式”：数学，方程，计算，物理，定理，数字，推导
如果是“公事”：工作，办公室，公文，出差，会议""",
     ["数学", "方程", "计算", "物理", "定理", "数字", "推导"]),

    # vanilla, 5-10; answers a different question: gives only a definition
    ("zh_van_31", "矛盾",
     "“矛盾”是一个汉语词语，拼音为máo dùn，原指矛和盾两种兵器，出自《韩非子》中“自相矛盾”的故事。现在常用来指事物之间互相对立、互相排斥的关系，也可以指人与人之间的冲突。",
     []),

    # vanilla, 5-10; answers a different question: makes example sentences with the cue
    ("zh_van_32", "坚持",
     """以下是几个使用“坚持”的句子：

1. 只要坚持下去，就一定会成功。
2. 他每天坚持跑步半小时。
3. 坚持是一种难得的品质。""",
     []),

    # vanilla, 5-10; safety refusal in English, no list
    ("zh_van_33", "自杀",
     "I can't provide a list of words associated with suicide. If you or someone you know is struggling with thoughts of self-harm, please reach out to a mental health professional or a crisis hotline in your area.",
     []),

    # vanilla, 5-10; echoes the prompt before answering
    ("zh_van_34", "熊猫",
     """请列出看到“熊猫”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。

竹子，中国，黑白，可爱，四川，国宝，动物园，胖""",
     ["竹子", "中国", "黑白", "可爱", "四川", "国宝", "动物园", "胖"]),

    # vanilla, 5-10; wholly Traditional characters, a proverb as an item
    ("zh_van_35", "长城",
     "長城、中國、北京、萬里、秦始皇、歷史、烽火台、旅遊、雄偉、不到長城非好漢",
     ["長城", "中國", "北京", "萬里", "秦始皇", "歷史", "烽火台", "旅遊", "雄偉", "不到長城非好漢"]),

    # vanilla, 10-20; cue with pinyin as a lead-in, then a comma list with pinyin per word
    ("zh_van_36", "饺子",
     """饺子 (jiǎozi) 让我联想到：

春节 (Chūnjié), 面粉 (miànfěn), 馅 (xiàn), 醋 (cù), 包饺子 (bāo jiǎozi), 北方 (běifāng), 团圆 (tuányuán), 猪肉 (zhūròu), 韭菜 (jiǔcài), 除夕 (chúxī), 饺子皮 (jiǎozi pí), 水饺 (shuǐjiǎo)""",
     ["春节", "面粉", "馅", "醋", "包饺子", "北方", "团圆", "猪肉", "韭菜", "除夕", "饺子皮", "水饺"]),

    # vanilla, 5-10; dash bullets, Chinese explanation after a colon
    ("zh_van_37", "春节",
     """- 红包：长辈给晚辈的压岁钱
- 鞭炮：过年放鞭炮驱赶“年兽”
- 饺子：北方过年必吃的食物
- 春联：贴在门上的对联
- 团圆：家人聚在一起
- 春晚：除夕夜的电视节目""",
     ["红包", "鞭炮", "饺子", "春联", "团圆", "春晚"]),

    # vanilla, 5-10; numbered, English name after a slash
    ("zh_van_38", "北京",
     """1. 天安门 / Tiananmen
2. 故宫 / Forbidden City
3. 首都 / capital
4. 长城 / Great Wall
5. 烤鸭 / roast duck
6. 胡同 / hutong
7. 奥运会 / Olympics""",
     ["天安门", "故宫", "首都", "长城", "烤鸭", "胡同", "奥运会"]),

    # vanilla, 5-10; person cue, a poem title in 《》
    ("zh_van_39", "李白",
     "诗人，唐朝，酒，月亮，《静夜思》，浪漫，诗仙，长江",
     ["诗人", "唐朝", "酒", "月亮", "静夜思", "浪漫", "诗仙", "长江"]),

    # vanilla, 5-10; list followed by an English paragraph on culture
    ("zh_van_40", "龙",
     """中国，皇帝，神话，力量，龙舟，舞龙，吉祥，龙年

In Chinese culture, the dragon (龙, lóng) is a symbol of power, strength, and good luck, unlike the Western dragon, which is often seen as evil.""",
     ["中国", "皇帝", "神话", "力量", "龙舟", "舞龙", "吉祥", "龙年"]),

    # vanilla, 5-10; fully English, bold numbered items with an explanation each
    ("zh_van_41", "茶",
     '''Here are the words that come to mind when I read "茶" (tea):

1. **Green tea** – the most common type of tea in China
2. **Teapot** – used to brew tea
3. **Tea ceremony** – a traditional ritual
4. **Leaves** – tea is made from leaves
5. **Hot** – tea is usually served hot
6. **Relaxation** – drinking tea is calming''',
     ["green tea", "teapot", "tea ceremony", "leaves", "hot", "relaxation"]),

    # vanilla, 5-10; fewer words than asked, then an English remark
    ("zh_van_42", "筷子",
     """吃饭，碗，中国

These are the three words that I most strongly associate with chopsticks.""",
     ["吃饭", "碗", "中国"]),

    # vanilla, 10-20; comma list with pinyin, cut by the token limit inside the last item (滑雪)
    ("zh_van_43", "冬天",
     "雪 (xuě), 寒冷 (hánlěng), 棉袄 (mián'ǎo), 圣诞节 (Shèngdàn jié), 围巾 (wéijīn), 暖气 (nuǎnqì), 冰 (bīng), 火锅 (huǒguō), 手套 (shǒutào), 北风 (běifēng), 滑",
     ["雪", "寒冷", "棉袄", "圣诞节", "围巾", "暖气", "冰", "火锅", "手套", "北风"]),

    # vanilla, 5-10; one English word slipped into a Chinese list
    ("zh_van_44", "雪",
     "白色，冬天，雪人，寒冷，snowflake，滑雪，圣诞节，纯洁",
     ["白色", "冬天", "雪人", "寒冷", "snowflake", "滑雪", "圣诞节", "纯洁"]),

    # vanilla, 5-10; numbered, Chinese explanation after a dash
    ("zh_van_45", "太阳",
     """1. 阳光 - 太阳发出的光
2. 温暖 - 太阳带来热量
3. 夏天 - 太阳最强烈的季节
4. 白天 - 有太阳的时候
5. 月亮 - 太阳的“搭档”
6. 向日葵 - 总是朝着太阳的花""",
     ["阳光", "温暖", "夏天", "白天", "月亮", "向日葵"]),

    # vanilla, 5-10; plain 、 list
    ("zh_van_46", "星星",
     "夜空、月亮、闪烁、银河、许愿、浪漫、宇宙、梦想",
     ["夜空", "月亮", "闪烁", "银河", "许愿", "浪漫", "宇宙", "梦想"]),

    # vanilla, 5-10; 以及 before the last item
    ("zh_van_47", "梦",
     "睡觉，梦想，噩梦，夜晚，幻想，潜意识以及醒来",
     ["睡觉", "梦想", "噩梦", "夜晚", "幻想", "潜意识", "醒来"]),

    # vanilla, 5-10; English preamble and closing, numbered "word：gloss"
    ("zh_van_48", "时间",
     """Here are the words associated with "时间" (time), from strongest to weakest:

1. 钟表：clock
2. 过去：past
3. 未来：future
4. 生命：life
5. 珍惜：cherish
6. 历史：history

Time is a universal concept, so these associations are quite common across cultures.""",
     ["钟表", "过去", "未来", "生命", "珍惜", "历史"]),

    # vanilla, 5-10; answers a sensitive cue, then an English caveat
    ("zh_van_49", "死亡",
     """悲伤、葬礼、生命、终结、恐惧、墓地、黑色、永别、灵魂、天堂

Please note that these associations may vary depending on personal experiences and cultural background.""",
     ["悲伤", "葬礼", "生命", "终结", "恐惧", "墓地", "黑色", "永别", "灵魂", "天堂"]),

    # vanilla, 5-10; drifts into Traditional characters halfway through the list
    ("zh_van_50", "战争",
     "和平、军队、枪、死亡、士兵、硝煙、戰場、歷史",
     ["和平", "军队", "枪", "死亡", "士兵", "硝煙", "戰場", "歷史"]),

    # vanilla, 5-10; Chinese prose naming the associations
    ("zh_van_51", "朋友",
     "当我看到“朋友”这个词时，我首先想到的是友谊，其次是信任和陪伴。朋友也让我联想到同学、聚会、分享，还有青春。",
     ["友谊", "信任", "陪伴", "同学", "聚会", "分享", "青春"]),

    # vanilla, 5-10; numbered, far more words than asked (15)
    ("zh_van_52", "家",
     """1. 父母
2. 温暖
3. 房子
4. 亲人
5. 团圆
6. 晚饭
7. 沙发
8. 孩子
9. 安全感
10. 归属
11. 故乡
12. 厨房
13. 宠物
14. 灯光
15. 爱""",
     ["父母", "温暖", "房子", "亲人", "团圆", "晚饭", "沙发", "孩子", "安全感", "归属", "故乡", "厨房", "宠物", "灯光", "爱"]),

    # vanilla, 5-10; an emoji before each word, one per line
    ("zh_van_53", "考试",
     """📚 复习
✏️ 铅笔
📝 试卷
😰 紧张
💯 分数
⏰ 时间""",
     ["复习", "铅笔", "试卷", "紧张", "分数", "时间"]),

    # vanilla, 5-10; fully English comma line with "and" before the last word
    ("zh_van_54", "汽车",
     "Road, driving, wheels, engine, traffic, gasoline, parking, and speed.",
     ["road", "driving", "wheels", "engine", "traffic", "gasoline", "parking", "speed"]),

    # vanilla, 5-10; a markdown table with pinyin and English columns
    ("zh_van_55", "飞机",
     """| 词语 | 拼音 | 英文 |
| --- | --- | --- |
| 机场 | jīchǎng | airport |
| 天空 | tiānkōng | sky |
| 旅行 | lǚxíng | travel |
| 机票 | jīpiào | plane ticket |
| 飞行员 | fēixíngyuán | pilot |
| 云 | yún | cloud |""",
     ["机场", "天空", "旅行", "机票", "飞行员", "云"]),

    # vanilla, 5-10; ASCII commas with spaces
    ("zh_van_56", "火车",
     "铁路, 车站, 旅行, 火车票, 春运, 高铁, 轨道, 汽笛",
     ["铁路", "车站", "旅行", "火车票", "春运", "高铁", "轨道", "汽笛"]),

    # vanilla, 5-10; "Here are 10 words", comma list with English in brackets
    ("zh_van_57", "狗",
     '''Here are 10 words that come to mind when I read "狗":

忠诚 (loyalty), 宠物 (pet), 猫 (cat), 骨头 (bone), 朋友 (friend), 汪汪 (woof), 散步 (walk), 尾巴 (tail), 看门 (guard the door), 可爱 (cute)''',
     ["忠诚", "宠物", "猫", "骨头", "朋友", "汪汪", "散步", "尾巴", "看门", "可爱"]),

    # vanilla, 5-10; a four-character phrase kept whole
    ("zh_van_58", "鱼",
     "水，游泳，鱼缸，钓鱼，年年有余，海洋，鱼刺，红烧鱼",
     ["水", "游泳", "鱼缸", "钓鱼", "年年有余", "海洋", "鱼刺", "红烧鱼"]),

    # vanilla, 5-10; gives a worked example for another cue first, then the real list
    ("zh_van_59", "熊",
     """联想词是指看到一个词时自然想到的其他词。例如，看到“苹果”可能会想到水果、红色、甜。

看到“熊”，我会想到：森林，蜂蜜，冬眠，北极熊，熊猫，强壮，危险，玩具熊""",
     ["森林", "蜂蜜", "冬眠", "北极熊", "熊猫", "强壮", "危险", "玩具熊"]),

    # vanilla, 5-10; the cue itself listed as the first item
    ("zh_van_60", "花",
     "花、玫瑰、春天、香味、花园、蜜蜂、美丽、花瓶",
     ["花", "玫瑰", "春天", "香味", "花园", "蜜蜂", "美丽", "花瓶"]),

    # vanilla, 5-10; answers a different question: writes a short poem, no list
    ("zh_van_61", "山",
     """高高的山啊，
站在云端，
风吹过你的肩膀，
岁月在你身上留下痕迹。""",
     []),

    # vanilla, 5-10; "当然！" lead-in, a named bridge as an item
    ("zh_van_62", "桥",
     """当然！以下是与“桥”相关的词语：

河流、连接、过桥、桥梁、建筑、彩虹桥、港珠澳大桥、行人""",
     ["河流", "连接", "过桥", "桥梁", "建筑", "彩虹桥", "港珠澳大桥", "行人"]),

    # vanilla, 5-10; two near-synonyms joined by a slash inside one slot
    # AMBIGUOUS: the slash pair may be read as one item ("老师/教师" kept whole) or only its first word
    ("zh_van_63", "学生",
     "学校、老师/教师、书包、作业、考试、校服、同学、青春",
     ["学校", "老师", "教师", "书包", "作业", "考试", "校服", "同学", "青春"]),

    # vanilla, 5-10; numbered, English explanation on the line below each word
    ("zh_van_64", "椅子",
     """1. 桌子
   A chair is usually placed next to a table.
2. 坐
   Chairs are for sitting.
3. 家具
   A chair is a piece of furniture.
4. 办公室
   Offices are full of chairs.
5. 木头
   Many chairs are made of wood.""",
     ["桌子", "坐", "家具", "办公室", "木头"]),

    # vanilla, 5-10; ends with 等等。
    ("zh_van_65", "睡觉",
     "床，枕头，梦，被子，夜晚，休息，困，闹钟等等。",
     ["床", "枕头", "梦", "被子", "夜晚", "休息", "困", "闹钟"]),

    # vanilla, 5-10; plain comma list
    ("zh_van_66", "哭",
     "眼泪，悲伤，伤心，难过，委屈，孩子，哭泣，纸巾",
     ["眼泪", "悲伤", "伤心", "难过", "委屈", "孩子", "哭泣", "纸巾"]),

    # vanilla, 5-10; English preamble, each Chinese word followed by a dash and gloss
    ("zh_van_67", "笑",
     '''Here are the words associated with "笑" (xiào, to laugh/smile):

快乐 — happy
开心 — joyful
笑容 — smile
幽默 — humor
朋友 — friends
笑话 — joke''',
     ["快乐", "开心", "笑容", "幽默", "朋友", "笑话"]),

    # vanilla, 5-10; numbered, italic English gloss on the next line
    ("zh_van_68", "美丽",
     """1. 花朵
   *flowers*
2. 风景
   *scenery*
3. 女孩
   *girl*
4. 漂亮
   *pretty*
5. 彩虹
   *rainbow*""",
     ["花朵", "风景", "女孩", "漂亮", "彩虹"]),

    # vanilla, 5-10; mostly Traditional characters
    ("zh_van_69", "冷",
     "冬天、冰、寒風、雪、發抖、外套、暖氣、冷漠",
     ["冬天", "冰", "寒風", "雪", "發抖", "外套", "暖氣", "冷漠"]),

    # vanilla, 5-10; plain list of ten
    ("zh_van_70", "甜",
     "糖，蛋糕，巧克力，蜂蜜，甜蜜，冰淇淋，糖果，爱情，水果，甜点",
     ["糖", "蛋糕", "巧克力", "蜂蜜", "甜蜜", "冰淇淋", "糖果", "爱情", "水果", "甜点"]),

    # vanilla, 5-10; split into "strong" and "weaker" association headers
    ("zh_van_71", "希望",
     """强烈联想：光明、未来、梦想
一般联想：努力、阳光、春天、信心""",
     ["光明", "未来", "梦想", "努力", "阳光", "春天", "信心"]),

    # vanilla, 5-10; numbered, closes by offering to explain in English
    ("zh_van_72", "成功",
     """1. 努力
2. 奋斗
3. 目标
4. 胜利
5. 财富
6. 荣誉
7. 坚持

Would you like me to explain why I chose these words?""",
     ["努力", "奋斗", "目标", "胜利", "财富", "荣誉", "坚持"]),

    # vanilla, 5-10; fully English, dash bullets
    ("zh_van_73", "勇敢",
     '''Words associated with "勇敢" (brave):

- Hero
- Courage
- Fearless
- Lion
- Soldier
- Firefighter''',
     ["hero", "courage", "fearless", "lion", "soldier", "firefighter"]),

    # vanilla, 5-10; plain list including a famous name
    ("zh_van_74", "聪明",
     "智慧，学习，大脑，考试，天才，爱因斯坦，聪慧，机灵，狡猾，智商",
     ["智慧", "学习", "大脑", "考试", "天才", "爱因斯坦", "聪慧", "机灵", "狡猾", "智商"]),

    # vanilla, 5-10; bold numbered with pinyin, cut by the token limit inside item 10 (梅西)
    ("zh_van_75", "足球",
     """1. **球场** (qiúchǎng)
2. **世界杯** (Shìjièbēi)
3. **球员** (qiúyuán)
4. **射门** (shèmén)
5. **守门员** (shǒuményuán)
6. **球迷** (qiúmí)
7. **比赛** (bǐsài)
8. **裁判** (cáipàn)
9. **进球** (jìnqiú)
10. **梅""",
     ["球场", "世界杯", "球员", "射门", "守门员", "球迷", "比赛", "裁判", "进球"]),

    # vanilla, 10-20; ASCII commas, English and alphanumeric items
    ("zh_van_76", "电影",
     "电影院, 爆米花, 导演, 演员, 票房, 好莱坞, 剧情, 3D, 字幕, 奥斯卡, 周末, 约会",
     ["电影院", "爆米花", "导演", "演员", "票房", "好莱坞", "剧情", "3d", "字幕", "奥斯卡", "周末", "约会"]),

    # vanilla, 5-10; phrases as items
    ("zh_van_77", "眼睛",
     "看见、眼泪、眼镜、近视、心灵的窗户、美丽的眼睛、眨眼、视力",
     ["看见", "眼泪", "眼镜", "近视", "心灵的窗户", "美丽的眼睛", "眨眼", "视力"]),

    # vanilla, 5-10; Chinese list followed by a bracketed English translation line
    ("zh_van_78", "血",
     """红色，伤口，心脏，生命，血型，献血，疼痛，医院

(Red, wound, heart, life, blood type, blood donation, pain, hospital)""",
     ["红色", "伤口", "心脏", "生命", "血型", "献血", "疼痛", "医院"]),

    # vanilla, 5-10; English intro and closing around a 、 list
    ("zh_van_79", "面包",
     """Here are the words:

早餐、牛奶、黄油、面粉、烤箱、三明治、法国、果酱

I hope this helps!""",
     ["早餐", "牛奶", "黄油", "面粉", "烤箱", "三明治", "法国", "果酱"]),

    # vanilla, 5-10; repeats one word
    ("zh_van_80", "牛奶",
     "奶牛，白色，早餐，钙，营养，奶牛，面包，酸奶",
     ["奶牛", "白色", "早餐", "钙", "营养", "面包", "酸奶"]),

    # vanilla, 5-10; numbered, a short bracketed note on one item
    ("zh_van_81", "生日",
     """1. 蛋糕
2. 蜡烛（吹蜡烛许愿）
3. 礼物
4. 派对
5. 生日歌
6. 朋友
7. 长寿面""",
     ["蛋糕", "蜡烛", "礼物", "派对", "生日歌", "朋友", "长寿面"]),

    # vanilla, 5-10; Traditional characters, numbered with full-width dots
    ("zh_van_82", "婚礼",
     """1．新娘
2．新郎
3．戒指
4．婚紗
5．喜酒
6．祝福
7．教堂
8．鮮花""",
     ["新娘", "新郎", "戒指", "婚紗", "喜酒", "祝福", "教堂", "鮮花"]),

    # vanilla, 5-10; person cue, an acronym in the list
    ("zh_van_83", "姚明",
     "篮球，NBA，火箭队，上海，身高，中国，巨人，退役",
     ["篮球", "nba", "火箭队", "上海", "身高", "中国", "巨人", "退役"]),

    # vanilla, 5-10; singer cue, song titles in 《》, English nickname
    ("zh_van_84", "周杰伦",
     "音乐，歌手，《青花瓷》，台湾，Jay，说唱，钢琴，《七里香》",
     ["音乐", "歌手", "青花瓷", "台湾", "jay", "说唱", "钢琴", "七里香"]),

    # vanilla, 5-10; explains the cue in English, then an English comma list
    ("zh_van_85", "微信",
     '''微信 (WeChat) is a popular Chinese messaging app developed by Tencent. Words that come to mind:

Messaging, social media, Tencent, payment, Moments, stickers, QR code''',
     ["messaging", "social media", "tencent", "payment", "moments", "stickers", "qr code"]),

    # vanilla, 5-10; fully English numbered list, cut by the token limit inside item 8 (family reunion)
    ("zh_van_86", "月饼",
     '''Here are the words that come to mind when I read "月饼" (mooncake):

1. Mid-Autumn Festival
2. Moon
3. Sweet
4. Family
5. Gift box
6. Egg yolk
7. Lotus seed paste
8. Family reun''',
     ["mid-autumn festival", "moon", "sweet", "family", "gift box", "egg yolk", "lotus seed paste"]),

    # vanilla, 5-10; plain list of ten
    ("zh_van_87", "红包",
     "压岁钱，春节，红色，钱，微信红包，过年，长辈，祝福，发红包，抢红包",
     ["压岁钱", "春节", "红色", "钱", "微信红包", "过年", "长辈", "祝福", "发红包", "抢红包"]),

    # vanilla, 5-10; 、 list ending in a full stop
    ("zh_van_88", "粽子",
     "端午节、屈原、糯米、龙舟、竹叶、咸蛋黄、粽叶、五月初五。",
     ["端午节", "屈原", "糯米", "龙舟", "竹叶", "咸蛋黄", "粽叶", "五月初五"]),

    # vanilla, 10-20; main list, then a second section headed "Other associations"
    ("zh_van_89", "高铁",
     """速度，火车，车站，车票，中国，旅行，复兴号，准时

Other associations:
春运，12306，动车，铁轨""",
     ["速度", "火车", "车站", "车票", "中国", "旅行", "复兴号", "准时", "春运", "12306", "动车", "铁轨"]),

    # vanilla, 5-10; numbered, English gloss in brackets, Chinese explanation after a colon
    ("zh_van_90", "孔子",
     """1. 儒家 (Confucianism)：孔子是儒家学派的创始人。
2. 论语 (The Analects)：记录孔子言行的书。
3. 教育 (education)：孔子被称为“万世师表”。
4. 仁 (benevolence)：孔子思想的核心。
5. 山东 (Shandong)：孔子的故乡。""",
     ["儒家", "论语", "教育", "仁", "山东"]),

    # vanilla, 5-10; an emergency number among the items
    ("zh_van_91", "警察",
     "警车、110、抓小偷、制服、手铐、安全、法律、派出所",
     ["警车", "110", "抓小偷", "制服", "手铐", "安全", "法律", "派出所"]),

    # --- Llama-3.1-8B-Instruct after SFT / PPO on the Mandarin norms ---------

    # SFT, 5-10; terse 、 list
    ("zh_ft_01", "医生",
     "医院、护士、病人、药、白大褂、听诊器、手术",
     ["医院", "护士", "病人", "药", "白大褂", "听诊器", "手术"]),

    # SFT, 5-10; terse ， list
    ("zh_ft_02", "春天",
     "花，温暖，绿色，春风，燕子，柳树，桃花",
     ["花", "温暖", "绿色", "春风", "燕子", "柳树", "桃花"]),

    # PPO, 5-10; end-of-turn special token left in the text
    ("zh_ft_03", "月亮",
     "月饼、中秋、嫦娥、星星、夜晚、月光<|eot_id|>",
     ["月饼", "中秋", "嫦娥", "星星", "夜晚", "月光"]),

    # SFT, 5-10; no stop token, runs on into a stray "assistant" turn repeating the list
    ("zh_ft_04", "书",
     """书本、阅读、知识、图书馆、作者assistant

书本、阅读、知识、图书馆、作者""",
     ["书本", "阅读", "知识", "图书馆", "作者"]),

    # PPO, 5-10; degenerate repetition until the token limit, cut inside 银行
    ("zh_ft_05", "钱",
     "银行、存款、贷款、利息、钱包、银行、存款、贷款、利息、钱包、银行、存款、贷款、利息、钱包、银",
     ["银行", "存款", "贷款", "利息", "钱包"]),

    # SFT, 5-10; an English word slipped in right after its Chinese equivalent
    # AMBIGUOUS: "hospital" may be read as a translation of 医院 and dropped
    ("zh_ft_06", "看病",
     "医院、hospital、医生、挂号、排队、药",
     ["医院", "hospital", "医生", "挂号", "排队", "药"]),

    # PPO, 5-10; an English word among the items
    ("zh_ft_07", "咖啡",
     "苦、提神、星巴克、牛奶、熬夜、espresso、咖啡豆",
     ["苦", "提神", "星巴克", "牛奶", "熬夜", "espresso", "咖啡豆"]),

    # PPO, 5-10; adjacent repeats
    ("zh_ft_08", "花",
     "花朵、花朵、玫瑰、春天、香、香、蜜蜂",
     ["花朵", "玫瑰", "春天", "香", "蜜蜂"]),

    # SFT, 5-10; separators mix 、 and ，
    ("zh_ft_09", "猫",
     "狗、老鼠，鱼、宠物，可爱、喵",
     ["狗", "老鼠", "鱼", "宠物", "可爱", "喵"]),

    # SFT, 5-10; closing full stop
    ("zh_ft_10", "学校",
     "学生、老师、教室、考试、作业。",
     ["学生", "老师", "教室", "考试", "作业"]),

    # SFT, 5-10; space separated
    ("zh_ft_11", "快乐",
     "开心 幸福 笑 朋友 生日 阳光",
     ["开心", "幸福", "笑", "朋友", "生日", "阳光"]),

    # PPO, 5-10; terse list with near-duplicates (distinct words)
    ("zh_ft_12", "雨",
     "伞、雨伞、下雨、乌云、潮湿、雷、水",
     ["伞", "雨伞", "下雨", "乌云", "潮湿", "雷", "水"]),

    # SFT, 5-10; closing 等 attached to the last item
    ("zh_ft_13", "中国",
     "北京、长城、中华、龙、熊猫、五星红旗、汉字等",
     ["北京", "长城", "中华", "龙", "熊猫", "五星红旗", "汉字"]),

    # SFT, 5-10; numbered on one line, no spaces
    ("zh_ft_14", "老师",
     "1.学生 2.黑板 3.粉笔 4.教室 5.讲台",
     ["学生", "黑板", "粉笔", "教室", "讲台"]),

    # PPO, 5-10; end-of-text special token
    ("zh_ft_15", "冬天",
     "雪、冷、寒冷、圣诞、棉衣、暖气、冰<|end_of_text|>",
     ["雪", "冷", "寒冷", "圣诞", "棉衣", "暖气", "冰"]),

    # SFT, 5-10; a "联想词：" label before the list
    ("zh_ft_16", "红色",
     "联想词：火、血、中国、喜庆、红包、玫瑰",
     ["火", "血", "中国", "喜庆", "红包", "玫瑰"]),

    # SFT, 5-10; one Traditional character slipped into the first word
    ("zh_ft_17", "医院",
     "醫生、护士、病人、药、看病、急诊",
     ["醫生", "护士", "病人", "药", "看病", "急诊"]),

    # PPO, 5-10; place name and proverb as items
    ("zh_ft_18", "长城",
     "北京、八达岭、秦始皇、万里长城、烽火台、不到长城非好汉",
     ["北京", "八达岭", "秦始皇", "万里长城", "烽火台", "不到长城非好汉"]),

    # SFT, 5-10; one word per line with leading and trailing newlines
    ("zh_ft_19", "茶",
     "\n绿茶\n龙井\n茶叶\n喝茶\n茶杯\n普洱\n",
     ["绿茶", "龙井", "茶叶", "喝茶", "茶杯", "普洱"]),

    # PPO, 5-10; chat-template tokens left after the list
    ("zh_ft_20", "狗",
     "猫、忠诚、宠物、骨头、汪汪、遛狗<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n",
     ["猫", "忠诚", "宠物", "骨头", "汪汪", "遛狗"]),

    # PPO, 10-20; long terse list
    ("zh_ft_21", "飞机",
     "机场、天空、飞行、旅行、机票、空姐、翅膀、云、乘客、起飞、降落、飞行员、航班",
     ["机场", "天空", "飞行", "旅行", "机票", "空姐", "翅膀", "云", "乘客", "起飞", "降落", "飞行员", "航班"]),

    # SFT, 5-10; terse 、 list
    ("zh_ft_22", "朋友",
     "友谊、友情、同学、信任、陪伴、闺蜜、兄弟",
     ["友谊", "友情", "同学", "信任", "陪伴", "闺蜜", "兄弟"]),

    # PPO, 5-10; an English word slipped in
    ("zh_ft_23", "音乐",
     "歌曲、旋律、唱歌、乐器、钢琴、concert、耳机",
     ["歌曲", "旋律", "唱歌", "乐器", "钢琴", "concert", "耳机"]),

    # SFT, 5-10; ， list with a set phrase
    ("zh_ft_24", "生日",
     "蛋糕，礼物，蜡烛，生日快乐，派对，许愿",
     ["蛋糕", "礼物", "蜡烛", "生日快乐", "派对", "许愿"]),

    # PPO, 5-10; repetition loop until the token limit, cut inside 温暖
    ("zh_ft_25", "妈妈",
     "爸爸、家、爱、温暖、爸爸、家、爱、温暖、爸爸、家、爱、温暖、爸爸、家、爱、温",
     ["爸爸", "家", "爱", "温暖"]),

    # SFT, 5-10; terse 、 list
    ("zh_ft_26", "熊猫",
     "竹子、国宝、四川、黑白、可爱、动物园、成都",
     ["竹子", "国宝", "四川", "黑白", "可爱", "动物园", "成都"]),

    # SFT, 5-10; closing full stop
    ("zh_ft_27", "考试",
     "复习、分数、紧张、试卷、老师、学生、作弊。",
     ["复习", "分数", "紧张", "试卷", "老师", "学生", "作弊"]),

    # PPO, 5-10; a chemical formula as an item
    ("zh_ft_28", "水",
     "喝水、河、海、生命、冰、游泳、口渴、H2O",
     ["喝水", "河", "海", "生命", "冰", "游泳", "口渴", "h2o"]),

    # SFT, 5-10; trailing ……
    ("zh_ft_29", "太阳",
     "阳光、温暖、夏天、热、光、月亮……",
     ["阳光", "温暖", "夏天", "热", "光", "月亮"]),

    # PPO, 5-10; brand names and an uppercase abbreviation
    ("zh_ft_30", "手机",
     "微信、电话、苹果、华为、上网、充电、短信、APP",
     ["微信", "电话", "苹果", "华为", "上网", "充电", "短信", "app"]),
]

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = [
    # PPO, ZH ranking, k=5; short reason, marker line with ， list
    ("rk_zh_01",
     """“医生”最直接联想到的是医院和护士，其次是病人和药。听诊器相对较弱。

最终排名：医院，护士，病人，药，听诊器""",
     ["医院", "护士", "病人", "药", "听诊器"]),

    # PPO, ZH ranking, k=5; bold marker, numbered list on the following lines
    ("rk_zh_02",
     """月饼和中秋与“月亮”的联系最紧密，嫦娥来自神话，星星和夜晚更泛。

**最终排名：**
1. 月饼
2. 中秋
3. 嫦娥
4. 星星
5. 夜晚""",
     ["月饼", "中秋", "嫦娥", "星星", "夜晚"]),

    # PPO, ZH ranking, k=6; a first ranking, then a revised one under a second marker
    ("rk_zh_03",
     """理由：雪和冷是冬天最典型的特征，棉衣和暖气是应对寒冷的方式，圣诞和冰相对次要。

最终排名：冷，雪，棉衣，暖气，圣诞，冰

不过“雪”在人们心中更具代表性，调整如下：

最终排名：雪，冷，棉衣，暖气，冰，圣诞""",
     ["雪", "冷", "棉衣", "暖气", "冰", "圣诞"]),

    # PPO, ZH ranking, k=5; English glosses in brackets after each word
    ("rk_zh_04",
     """钱最常和银行、工资一起出现，投资和贪婪较弱。

最终排名：银行（bank），工资（salary），财富（wealth），投资（investment），贪婪（greed）""",
     ["银行", "工资", "财富", "投资", "贪婪"]),

    # PPO, ZH ranking, k=5; "第n名：" labels on the following lines
    ("rk_zh_05",
     """熊猫是中国的国宝，以吃竹子闻名，主要生活在四川。

最终排名：
第1名：竹子
第2名：国宝
第3名：四川
第4名：可爱
第5名：动物园""",
     ["竹子", "国宝", "四川", "可爱", "动物园"]),

    # PPO, ZH ranking, k=5; English marker, ASCII commas
    ("rk_zh_06",
     """学生和老师是学校的核心，教室是场所，考试和作业是日常。

Final Ranking: 学生, 老师, 教室, 考试, 作业""",
     ["学生", "老师", "教室", "考试", "作业"]),

    # PPO, ZH ranking, k=6; one word outside the given ones (水饺 for 饺子), remark after the ranking
    ("rk_zh_07",
     """春节最具代表性的是红包和鞭炮，其次是团圆和春联，春晚和饺子也很常见。

最终排名：红包，鞭炮，团圆，春联，水饺，春晚

以上排名基于大多数人的常见联想。""",
     ["红包", "鞭炮", "团圆", "春联", "水饺", "春晚"]),

    # PPO, ZH ranking, k=6; cut by the token limit inside the fifth word (团圆)
    ("rk_zh_08",
     """过年最先想到的是春节本身的习俗。

最终排名：春节，红包，鞭炮，饺子，团""",
     ["春节", "红包", "鞭炮", "饺子"]),

    # PPO, ZH ranking, k=5; ranks as a numbered list but never writes the marker
    ("rk_zh_09",
     """按照联想强度，我的排序如下：

1. 蛋糕
2. 蜡烛
3. 礼物
4. 派对
5. 许愿""",
     []),

    # PPO, ZH ranking, k=5; Chinese quotation marks and 、 separators, a repeated word
    ("rk_zh_10",
     """“猫”和“狗”常被放在一起，老鼠来自“猫捉老鼠”，鱼是猫爱吃的，宠物最宽泛。

最终排名：“狗”、“老鼠”、“鱼”、“老鼠”、“宠物”""",
     ["狗", "老鼠", "鱼", "宠物"]),

    # PPO, ZH ranking, k=5; a good ranking, then the marker starts again and the text stops (cut by the token limit)
    ("rk_zh_11",
     """音乐最直接让人想到歌曲和旋律，乐器和钢琴次之，耳机是听音乐的工具。

最终排名：歌曲，旋律，乐器，钢琴，耳机

最终排名：""",
     ["歌曲", "旋律", "乐器", "钢琴", "耳机"]),
]

TRUNCATED = {
    "zh_van_17",
    "zh_van_43",
    "zh_van_75",
    "zh_van_86",
    "zh_ft_05",
    "zh_ft_25",
}

AMBIGUOUS = {
    # 笔记本（笔记本电脑）: the bracket may be taken as the item instead of a clarification
    "zh_van_12",
    # English-first items with Chinese in brackets: the English words may be taken instead
    "zh_van_22",
    # 老师/教师: may be one item kept whole, or only 老师
    "zh_van_63",
    # "hospital" right after 医院 may be read as its translation and dropped
    "zh_ft_06",
}
