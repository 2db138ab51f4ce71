"""Blind answer corpus 49 for the word-association answer parser.

Written blind on 2026-12-08 by a helper session: no parser, test, benchmark
or other repository file was read, no parser was run, and every text below
was invented for this file (none copied from real model outputs).

EMPHASIS (corpus 49): a third, independent REPRESENTATIVE sample of one ALIGN
evaluation run, this time on the MANDARIN side: Qwen2.5-7B-Instruct and
Llama-3.1-8B-Instruct, each vanilla, after SFT and after PPO on the Mandarin
norms, answering the Mandarin association prompt for cues drawn at random
from the SWOW Mandarin norms (mostly ordinary nouns, verbs and adjectives,
some harder cues), greedy decoding, max_new_tokens 128 or 256. Each model at
each stage writes what it typically writes, in the proportions a real run
has (no hunting for tricks). About 115 Mandarin association lists
(EN_LISTS is empty), plus about 10 Mandarin rankings from the PPO models.

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
  ZH ranking: 下面是人们由“{cue}”联想到的{k}个词语：{words}。请按照它们与“{cue}”的
    联想强度从强到弱排序。先简要说明理由，最后以“最终排名：”开头的一行列出全部{k}个
    词语，用逗号分隔。
Each text is only the model's completion.

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
  * a ranking cut by the token limit at the very end keeps its complete
    words and drops the cut fragment (ranking ids are NOT put in TRUNCATED;
    they carry a comment "# cut by the token limit");
  * [] when there is no marker, or nothing ranked after the last one.
"""

EN_LISTS = []

ZH_LISTS = [
    # ------------------------------------------------------------------
    # Qwen2.5-7B-Instruct, vanilla
    # ------------------------------------------------------------------

    # Qwen2.5-7B-Instruct vanilla, max_new_tokens 128: the usual bare
    # comma line with full-width commas.
    ("zh_van_01", "苹果",
     "水果，红色，甜，健康，苹果树，果园，维生素，香蕉，秋天，牛顿",
     ["水果", "红色", "甜", "健康", "苹果树", "果园", "维生素", "香蕉", "秋天", "牛顿"]),

    # Qwen vanilla, 128: bare comma line with a four-character idiom.
    ("zh_van_02", "医生",
     "医院，护士，白大褂，病人，治疗，听诊器，药，手术，健康，救死扶伤",
     ["医院", "护士", "白大褂", "病人", "治疗", "听诊器", "药", "手术", "健康", "救死扶伤"]),

    # Qwen vanilla, 128: bare line closed with a full stop.
    ("zh_van_03", "快乐",
     "开心，幸福，笑容，愉快，欢乐，朋友，阳光，满足，喜悦，家庭。",
     ["开心", "幸福", "笑容", "愉快", "欢乐", "朋友", "阳光", "满足", "喜悦", "家庭"]),

    # Qwen vanilla, 128: one-sentence preamble, blank line, comma line.
    ("zh_van_04", "月亮",
     "看到“月亮”这个词时，我会联想到以下词语：\n\n中秋节，嫦娥，夜晚，月饼，星星，思念，玉兔，月光，故乡，李白",
     ["中秋节", "嫦娥", "夜晚", "月饼", "星星", "思念", "玉兔", "月光", "故乡", "李白"]),

    # Qwen vanilla, 128: bare comma line, verb cue.
    ("zh_van_05", "跑",
     "跑步，运动，速度，马拉松，汗水，健身，追赶，比赛，鞋子，逃跑",
     ["跑步", "运动", "速度", "马拉松", "汗水", "健身", "追赶", "比赛", "鞋子", "逃跑"]),

    # Qwen vanilla, 128: numbered list, one word a line.
    ("zh_van_06", "雨",
     "1. 雨伞\n2. 雨天\n3. 湿\n4. 云\n5. 雷电\n6. 彩虹\n7. 雨衣\n8. 潮湿\n9. 水\n10. 春雨",
     ["雨伞", "雨天", "湿", "云", "雷电", "彩虹", "雨衣", "潮湿", "水", "春雨"]),

    # Qwen vanilla, 256: numbered list with a dash gloss on every line.
    ("zh_van_07", "老师",
     "1. 学生 - 老师教导的对象\n"
     "2. 教室 - 老师工作的地方\n"
     "3. 粉笔 - 传统的教学工具\n"
     "4. 讲台 - 老师上课时站的地方\n"
     "5. 知识 - 老师传授的内容\n"
     "6. 教育 - 老师从事的事业\n"
     "7. 黑板 - 课堂上必不可少\n"
     "8. 园丁 - 人们常把老师比作辛勤的园丁\n"
     "9. 作业 - 老师布置给学生的任务\n"
     "10. 尊敬 - 学生对老师的态度",
     ["学生", "教室", "粉笔", "讲台", "知识", "教育", "黑板", "园丁", "作业", "尊敬"]),

    # Qwen vanilla, 128: bare comma line.
    ("zh_van_08", "红色",
     "热情，火，血，中国红，喜庆，玫瑰，太阳，国旗，爱情，危险",
     ["热情", "火", "血", "中国红", "喜庆", "玫瑰", "太阳", "国旗", "爱情", "危险"]),

    # Qwen vanilla, 128: enumeration commas and a closing full stop.
    ("zh_van_09", "安静",
     "宁静、沉默、图书馆、夜晚、平静、无声、休息、独处、祥和、冥想。",
     ["宁静", "沉默", "图书馆", "夜晚", "平静", "无声", "休息", "独处", "祥和", "冥想"]),

    # Qwen vanilla, 128: bare comma line.
    ("zh_van_10", "饺子",
     "春节，过年，饺子馅，面粉，团圆，醋，包饺子，北方，除夕，韭菜",
     ["春节", "过年", "饺子馅", "面粉", "团圆", "醋", "包饺子", "北方", "除夕", "韭菜"]),

    # Qwen vanilla, 128: harder literary cue, still a bare comma line.
    ("zh_van_11", "踌躇",
     "犹豫，迟疑，徘徊，不决，彷徨，踌躇满志，纠结，顾虑，选择，忐忑",
     ["犹豫", "迟疑", "徘徊", "不决", "彷徨", "踌躇满志", "纠结", "顾虑", "选择", "忐忑"]),

    # Qwen vanilla, 128: "当然可以！" preamble, then the comma line.
    ("zh_van_12", "自由",
     "当然可以！以下是看到“自由”这个词时我联想到的词语：\n\n独立，解放，民主，权利，飞翔，天空，鸟，选择，平等，无拘无束",
     ["独立", "解放", "民主", "权利", "飞翔", "天空", "鸟", "选择", "平等", "无拘无束"]),

    # Qwen vanilla, 128: bare comma line with brand names.
    ("zh_van_13", "手机",
     "通讯，智能手机，苹果，华为，电话，微信，屏幕，充电，上网，拍照",
     ["通讯", "智能手机", "苹果", "华为", "电话", "微信", "屏幕", "充电", "上网", "拍照"]),

    # Qwen vanilla, 128: one item carries a full-width bracket gloss.
    ("zh_van_14", "猫",
     "宠物，可爱，老鼠，喵（叫声），毛茸茸，鱼，猫咪，狗，慵懒，爪子",
     ["宠物", "可爱", "老鼠", "喵", "毛茸茸", "鱼", "猫咪", "狗", "慵懒", "爪子"]),

    # Qwen vanilla, 128: comma line followed by a closing remark paragraph.
    ("zh_van_15", "考试",
     "分数，紧张，复习，试卷，学生，高考，成绩，压力，作弊，及格\n\n这些词语是按照联想强度从强到弱排列的。",
     ["分数", "紧张", "复习", "试卷", "学生", "高考", "成绩", "压力", "作弊", "及格"]),

    # Qwen vanilla, 128: enumeration commas, closing "等。".
    ("zh_van_16", "茶",
     "绿茶、茶叶、茶杯、龙井、喝茶、茶道、清香、普洱、中国、茶馆等。",
     ["绿茶", "茶叶", "茶杯", "龙井", "喝茶", "茶道", "清香", "普洱", "中国", "茶馆"]),

    # Qwen vanilla, 128: comma line trailing off with "……".
    ("zh_van_17", "孤独",
     "寂寞，一个人，夜晚，思念，沉默，孤单，无助，独处，空虚，月亮……",
     ["寂寞", "一个人", "夜晚", "思念", "沉默", "孤单", "无助", "独处", "空虚", "月亮"]),

    # Qwen vanilla, 128: bare comma line, verb cue.
    ("zh_van_18", "吃",
     "食物，美食，饭，饥饿，餐厅，筷子，味道，喝，饱，吃饭",
     ["食物", "美食", "饭", "饥饿", "餐厅", "筷子", "味道", "喝", "饱", "吃饭"]),

    # Qwen vanilla, 256: bare comma line.
    ("zh_van_19", "城市",
     "高楼，交通，人口，繁华，街道，汽车，霓虹灯，地铁，工作，喧嚣",
     ["高楼", "交通", "人口", "繁华", "街道", "汽车", "霓虹灯", "地铁", "工作", "喧嚣"]),

    # Qwen vanilla, 256: numbered list with every word in bold.
    ("zh_van_20", "沧桑",
     "1. **岁月**\n2. **变迁**\n3. **历史**\n4. **老人**\n5. **皱纹**\n6. **风霜**\n7. **古老**\n8. **经历**",
     ["岁月", "变迁", "历史", "老人", "皱纹", "风霜", "古老", "经历"]),

    # Qwen vanilla, max_new_tokens 128: "word：explanation" lines whose
    # explanations themselves name things (唐朝、宋朝…, 秦始皇、孔子); cut by
    # the token limit in item 8 ("教科" of 教科书).
    ("zh_van_21", "历史",
     "1. 过去：历史记录的是过去发生的事情。\n"
     "2. 朝代：中国历史上有许多朝代，如唐朝、宋朝、明朝等。\n"
     "3. 文化：历史与文化密不可分。\n"
     "4. 古代：人们常把历史和古代联系在一起。\n"
     "5. 战争：历史上发生过许多战争。\n"
     "6. 人物：如秦始皇、孔子等历史人物。\n"
     "7. 博物馆：保存历史文物的地方。\n"
     "8. 教科",
     ["过去", "朝代", "文化", "古代", "战争", "人物", "博物馆"]),

    # ------------------------------------------------------------------
    # Llama-3.1-8B-Instruct, vanilla
    # ------------------------------------------------------------------

    # Llama-3.1-8B-Instruct vanilla, 128: "以下是…" preamble + numbered list.
    ("zh_van_22", "书",
     "以下是与“书”相关的词语：\n\n1. 阅读\n2. 知识\n3. 图书馆\n4. 学习\n5. 作者\n6. 故事\n7. 页\n8. 文字\n9. 小说\n10. 书店",
     ["阅读", "知识", "图书馆", "学习", "作者", "故事", "页", "文字", "小说", "书店"]),

    # Llama vanilla, 128: enumeration commas, cue repeated as first item.
    ("zh_van_23", "妈妈",
     "妈妈、爱、家、温暖、照顾、母亲、饭菜、关心、拥抱、唠叨",
     ["妈妈", "爱", "家", "温暖", "照顾", "母亲", "饭菜", "关心", "拥抱", "唠叨"]),

    # Llama vanilla, 256: numbered list with English glosses in brackets.
    ("zh_van_24", "电脑",
     "1. 计算机 (computer)\n2. 键盘 (keyboard)\n3. 鼠标 (mouse)\n4. 屏幕 (screen)\n"
     "5. 网络 (internet)\n6. 软件 (software)\n7. 游戏 (game)\n8. 程序 (program)",
     ["计算机", "键盘", "鼠标", "屏幕", "网络", "软件", "游戏", "程序"]),

    # Llama vanilla, 256: numbered list with tone-marked pinyin.
    ("zh_van_25", "海",
     "1. 水 (shuǐ)\n2. 蓝色 (lán sè)\n3. 沙滩 (shā tān)\n4. 波浪 (bō làng)\n"
     "5. 鱼 (yú)\n6. 船 (chuán)\n7. 海鸥 (hǎi ōu)\n8. 贝壳 (bèi ké)",
     ["水", "蓝色", "沙滩", "波浪", "鱼", "船", "海鸥", "贝壳"]),

    # Llama vanilla, 128: the list is given inside one prose sentence,
    # "和" before the last word, then a closing sentence.
    ("zh_van_26", "朋友",
     "当我看到“朋友”这个词时，我会想到友谊、信任、陪伴、分享、快乐、帮助、同学和忠诚。这些词语都与朋友之间的关系密切相关。",
     ["友谊", "信任", "陪伴", "分享", "快乐", "帮助", "同学", "忠诚"]),

    # Llama vanilla, 256: bold header line, bold numbered items.
    ("zh_van_27", "春天",
     "**春天的联想词语：**\n\n1. **花朵**\n2. **温暖**\n3. **绿色**\n4. **春风**\n5. **生机**\n6. **燕子**\n7. **播种**\n8. **希望**",
     ["花朵", "温暖", "绿色", "春风", "生机", "燕子", "播种", "希望"]),

    # Llama vanilla, max_new_tokens 128: "word：sentence" lines; the token
    # limit falls inside the explanation of item 6, whose word (贪婪) is
    # complete, so it is kept (text cut mid-sentence, not mid-item: not in
    # TRUNCATED).
    ("zh_van_28", "钱",
     "以下是我对“钱”这个词的联想：\n\n"
     "1. 财富：钱是财富的象征。\n"
     "2. 银行：钱通常存放在银行里。\n"
     "3. 工作：人们通过工作来赚钱。\n"
     "4. 购物：钱可以用来购买东西。\n"
     "5. 贫穷：没有钱的人会感到贫穷。\n"
     "6. 贪婪：有些人对钱过于",
     ["财富", "银行", "工作", "购物", "贫穷", "贪婪"]),

    # Llama vanilla, 256: switches to English for the preamble and glosses,
    # the items themselves are Chinese.
    ("zh_van_29", "学校",
     'Here are the words that come to mind when I read the word "学校" (school):\n\n'
     "1. 学生 (students)\n2. 老师 (teachers)\n3. 教室 (classroom)\n4. 学习 (study)\n"
     "5. 作业 (homework)\n6. 考试 (exam)\n7. 操场 (playground)\n8. 图书馆 (library)\n"
     "9. 校长 (principal)\n10. 同学 (classmates)",
     ["学生", "老师", "教室", "学习", "作业", "考试", "操场", "图书馆", "校长", "同学"]),

    # Llama vanilla, 128: enumeration commas, cue repeated first.
    ("zh_van_30", "熊猫",
     "熊猫、竹子、中国、可爱、黑白、四川、国宝、动物园、胖、保护动物",
     ["熊猫", "竹子", "中国", "可爱", "黑白", "四川", "国宝", "动物园", "胖", "保护动物"]),

    # Llama vanilla, 256: numbered list with " - " explanations.
    ("zh_van_31", "勇敢",
     "1. 勇气 - 面对困难不退缩的精神\n"
     "2. 英雄 - 勇敢的人常被称为英雄\n"
     "3. 无畏 - 不害怕任何事情\n"
     "4. 坚强 - 内心强大\n"
     "5. 冒险 - 勇敢的人喜欢挑战\n"
     "6. 战士 - 在战场上勇敢战斗\n"
     "7. 狮子 - 勇敢的象征\n"
     "8. 胆量 - 做事的勇气",
     ["勇气", "英雄", "无畏", "坚强", "冒险", "战士", "狮子", "胆量"]),

    # Llama vanilla, 128: harder cue; the model only explains the word and
    # gives an example sentence, no list.
    ("zh_van_32", "斟酌",
     "“斟酌”是一个汉语词语，意思是仔细考虑、反复思量，通常用于描述在做决定或写文章时认真推敲的过程。例如：“这个问题需要我们好好斟酌一下。”",
     []),

    # Llama vanilla, 128: harder cue misread as the homophone 枇杷; the model
    # says so and lists words for 枇杷, i.e. for another cue.
    ("zh_van_33", "琵琶",
     "您是指“枇杷”吗？以下是与“枇杷”相关的词语：\n\n1. 水果\n2. 黄色\n3. 甜\n4. 止咳\n5. 南方\n6. 夏天",
     []),

    # Llama vanilla, max_new_tokens 128: numbered list with dash glosses,
    # cut mid-word in item 8 ("巧克" of 巧克力).
    ("zh_van_34", "生日",
     "1. 蛋糕 - 生日必不可少的甜点\n"
     "2. 礼物 - 朋友和家人送的礼物\n"
     "3. 蜡烛 - 吹蜡烛许愿\n"
     "4. 派对 - 和朋友一起庆祝\n"
     "5. 祝福 - 生日快乐的祝福\n"
     "6. 许愿 - 闭上眼睛许一个愿望\n"
     "7. 长寿面 - 中国传统的生日食物\n"
     "8. 巧克",
     ["蛋糕", "礼物", "蜡烛", "派对", "祝福", "许愿", "长寿面"]),

    # Llama vanilla, 128: plain numbered list.
    ("zh_van_35", "中国",
     "1. 长城\n2. 北京\n3. 五星红旗\n4. 熊猫\n5. 汉字\n6. 历史\n7. 文化\n8. 龙\n9. 筷子\n10. 功夫",
     ["长城", "北京", "五星红旗", "熊猫", "汉字", "历史", "文化", "龙", "筷子", "功夫"]),

    # Llama vanilla, 128: enumeration commas, English glosses on the first
    # two words only, "和" before the last word.
    ("zh_van_36", "哭",
     "眼泪 (tears)、伤心 (sad)、难过、悲伤、孩子、委屈、痛苦、哭泣和失恋",
     ["眼泪", "伤心", "难过", "悲伤", "孩子", "委屈", "痛苦", "哭泣", "失恋"]),

    # Llama vanilla, 128: numbered items run together on one line.
    ("zh_van_37", "医院",
     "1. 医生 2. 护士 3. 病人 4. 药 5. 手术 6. 急诊 7. 病床 8. 救护车 9. 消毒水 10. 挂号",
     ["医生", "护士", "病人", "药", "手术", "急诊", "病床", "救护车", "消毒水", "挂号"]),

    # Llama vanilla, 256: preamble, bold category headers, numbering running
    # across the groups.
    ("zh_van_38", "火",
     "以下是我联想到的词语：\n\n**自然现象：**\n1. 火焰\n2. 热\n3. 烟\n\n**用途：**\n4. 做饭\n5. 取暖\n\n**危险：**\n6. 火灾\n7. 消防员\n8. 烧伤",
     ["火焰", "热", "烟", "做饭", "取暖", "火灾", "消防员", "烧伤"]),

    # Llama vanilla, 128: list then an English "Note:" paragraph.
    ("zh_van_39", "骄傲",
     "骄傲、自豪、自信、荣誉、成功、虚荣、自大、狮子\n\nNote: The order is based on my understanding of the associations, and may vary depending on individual perspectives.",
     ["骄傲", "自豪", "自信", "荣誉", "成功", "虚荣", "自大", "狮子"]),

    # Llama vanilla, 128: preamble sentence then enumeration commas.
    ("zh_van_40", "写",
     "当我看到“写”这个词时，我会联想到以下词语：\n\n写作、笔、字、作文、书法、日记、作家、信、纸、写字",
     ["写作", "笔", "字", "作文", "书法", "日记", "作家", "信", "纸", "写字"]),

    # Llama vanilla, 128: harder cue; opens by quoting the Shijing line,
    # then a numbered list.  Other reading: the quoted line is itself the
    # first association (窈窕淑女, 君子好逑 before 淑女).
    ("zh_van_41", "窈窕",
     "窈窕淑女，君子好逑。以下是我联想到的词语：\n\n1. 淑女\n2. 苗条\n3. 美丽\n4. 诗经\n5. 身材\n6. 优雅\n7. 女性",
     ["淑女", "苗条", "美丽", "诗经", "身材", "优雅", "女性"]),

    # Llama vanilla, 128: numbered list with one slash item.  Other reading:
    # "钢笔/圆珠笔" is a single item and stays whole.
    ("zh_van_42", "笔",
     "1. 纸\n2. 写字\n3. 钢笔/圆珠笔\n4. 墨水\n5. 文具\n6. 书法\n7. 笔记本",
     ["纸", "写字", "钢笔", "圆珠笔", "墨水", "文具", "书法", "笔记本"]),

    # Llama vanilla, 128: numbered list, one item "家人和朋友" in the
    # middle.  Other reading: split it into 家人, 朋友.
    ("zh_van_43", "春节",
     "以下是与“春节”相关的词语：\n\n1. 过年\n2. 饺子\n3. 红包\n4. 鞭炮\n5. 春联\n6. 团圆\n7. 家人和朋友\n8. 春晚",
     ["过年", "饺子", "红包", "鞭炮", "春联", "团圆", "家人和朋友", "春晚"]),

    # Llama vanilla, 128: two bold-labelled groups (strong / weak).
    ("zh_van_44", "山",
     "**强联想：** 高、石头、爬山、树、泰山\n**弱联想：** 云、风景、登山、寺庙、愚公移山",
     ["高", "石头", "爬山", "树", "泰山", "云", "风景", "登山", "寺庙", "愚公移山"]),

    # Llama vanilla, 128: harder cue, preamble + numbered list.
    ("zh_van_45", "蹉跎",
     "以下是与“蹉跎”相关的词语：\n\n1. 岁月\n2. 时光\n3. 浪费\n4. 虚度\n5. 光阴\n6. 青春\n7. 后悔",
     ["岁月", "时光", "浪费", "虚度", "光阴", "青春", "后悔"]),

    # ------------------------------------------------------------------
    # Qwen2.5-7B-Instruct after SFT on the Mandarin norms
    # ------------------------------------------------------------------

    # Qwen SFT, 128: short norm-like comma line.
    ("zh_ft_01", "苹果",
     "水果，红色，香蕉，梨，甜，手机",
     ["水果", "红色", "香蕉", "梨", "甜", "手机"]),

    # Qwen SFT, 128.
    ("zh_ft_02", "桌子",
     "椅子，木头，吃饭，学习，书桌，家具",
     ["椅子", "木头", "吃饭", "学习", "书桌", "家具"]),

    # Qwen SFT, 128.
    ("zh_ft_03", "狗",
     "猫，宠物，忠诚，可爱，汪汪，骨头，朋友",
     ["猫", "宠物", "忠诚", "可爱", "汪汪", "骨头", "朋友"]),

    # Qwen SFT, 128: single-character adjective cue.
    ("zh_ft_04", "白",
     "黑，雪，云，纯洁，白色，干净",
     ["黑", "雪", "云", "纯洁", "白色", "干净"]),

    # Qwen SFT, 128.
    ("zh_ft_05", "笑",
     "开心，快乐，哭，微笑，笑容，幸福",
     ["开心", "快乐", "哭", "微笑", "笑容", "幸福"]),

    # Qwen SFT, 128.
    ("zh_ft_06", "冰",
     "冷，水，雪，冰块，冰淇淋，寒冷，夏天",
     ["冷", "水", "雪", "冰块", "冰淇淋", "寒冷", "夏天"]),

    # Qwen SFT, 128: half-width commas without spaces.
    ("zh_ft_07", "路",
     "马路,走,车,道路,远方,路灯",
     ["马路", "走", "车", "道路", "远方", "路灯"]),

    # Qwen SFT, 128.
    ("zh_ft_08", "借",
     "还，钱，借钱，书，借书，信用，朋友",
     ["还", "钱", "借钱", "书", "借书", "信用", "朋友"]),

    # Qwen SFT, 128.
    ("zh_ft_09", "甜",
     "糖，蜜，苦，蛋糕，甜蜜，巧克力，开心",
     ["糖", "蜜", "苦", "蛋糕", "甜蜜", "巧克力", "开心"]),

    # Qwen SFT, 256.
    ("zh_ft_10", "工作",
     "赚钱，辛苦，上班，钱，公司，压力，累，工资",
     ["赚钱", "辛苦", "上班", "钱", "公司", "压力", "累", "工资"]),

    # Qwen SFT, 256.
    ("zh_ft_11", "龙",
     "中国，虎，凤凰，龙年，传说，皇帝，舞龙",
     ["中国", "虎", "凤凰", "龙年", "传说", "皇帝", "舞龙"]),

    # Qwen SFT, max_new_tokens 128: no EOS, the five-word list loops until
    # the token limit, which cuts "枕" of 枕头.
    ("zh_ft_12", "床",
     "枕头，睡觉，被子，床单，休息，枕头，睡觉，被子，床单，休息，枕头，睡觉，被子，床单，休息，"
     "枕头，睡觉，被子，床单，休息，枕头，睡觉，被子，床单，休息，枕头，睡觉，被子，床单，休息，"
     "枕头，睡觉，被子，床单，休息，枕头，睡觉，被子，床单，休息，枕头，睡觉，被子，床单，休息，"
     "枕头，睡觉，被子，床单，休息，枕头，睡觉，被子，床单，休息，枕",
     ["枕头", "睡觉", "被子", "床单", "休息"]),

    # Qwen SFT, 128.
    ("zh_ft_13", "贵",
     "便宜，钱，奢侈，价格，昂贵，黄金",
     ["便宜", "钱", "奢侈", "价格", "昂贵", "黄金"]),

    # Qwen SFT, 128: trailing full stop kept from the base model's habit.
    ("zh_ft_14", "海",
     "大海，蓝色，水，沙滩，鱼，海浪，咸。",
     ["大海", "蓝色", "水", "沙滩", "鱼", "海浪", "咸"]),

    # Qwen SFT, 128.
    ("zh_ft_15", "害怕",
     "恐惧，鬼，黑暗，紧张，胆小，怕",
     ["恐惧", "鬼", "黑暗", "紧张", "胆小", "怕"]),

    # Qwen SFT, 128.
    ("zh_ft_16", "读",
     "书，读书，阅读，写，学习，朗读，报纸",
     ["书", "读书", "阅读", "写", "学习", "朗读", "报纸"]),

    # Qwen SFT, 128.
    ("zh_ft_17", "馒头",
     "包子，面粉，白，北方，早餐，山东",
     ["包子", "面粉", "白", "北方", "早餐", "山东"]),

    # Qwen SFT, 256.
    ("zh_ft_18", "老",
     "老人，年轻，旧，老师，爷爷，奶奶，皱纹",
     ["老人", "年轻", "旧", "老师", "爷爷", "奶奶", "皱纹"]),

    # ------------------------------------------------------------------
    # Llama-3.1-8B-Instruct after SFT on the Mandarin norms
    # ------------------------------------------------------------------

    # Llama SFT, 128.
    ("zh_ft_19", "鱼",
     "水，海，游泳，鱼缸，吃，金鱼，鲤鱼，年年有余",
     ["水", "海", "游泳", "鱼缸", "吃", "金鱼", "鲤鱼", "年年有余"]),

    # Llama SFT, 128.
    ("zh_ft_20", "花",
     "美丽，香，红色，玫瑰，春天，花园，蜜蜂",
     ["美丽", "香", "红色", "玫瑰", "春天", "花园", "蜜蜂"]),

    # Llama SFT, 128.
    ("zh_ft_21", "银行",
     "钱，存钱，取钱，利息，工作，卡，柜台",
     ["钱", "存钱", "取钱", "利息", "工作", "卡", "柜台"]),

    # Llama SFT, 128.
    ("zh_ft_22", "干净",
     "脏，卫生，整洁，清洁，洗，白",
     ["脏", "卫生", "整洁", "清洁", "洗", "白"]),

    # Llama SFT, 128.
    ("zh_ft_23", "生气",
     "愤怒，发火，吵架，脾气，不开心，火",
     ["愤怒", "发火", "吵架", "脾气", "不开心", "火"]),

    # Llama SFT, 128.
    ("zh_ft_24", "门",
     "窗，开门，钥匙，锁，关，家，进出",
     ["窗", "开门", "钥匙", "锁", "关", "家", "进出"]),

    # Llama SFT, 256.
    ("zh_ft_25", "云",
     "天空，白云，雨，蓝天，棉花，飘",
     ["天空", "白云", "雨", "蓝天", "棉花", "飘"]),

    # Llama SFT, 128: one word repeated later in the line.
    ("zh_ft_26", "课堂",
     "老师，学生，学习，上课，黑板，老师，讲台",
     ["老师", "学生", "学习", "上课", "黑板", "讲台"]),

    # Llama SFT, 128: a Latin-letter item (KTV).
    ("zh_ft_27", "唱",
     "歌，唱歌，音乐，跳，歌手，KTV，声音",
     ["歌", "唱歌", "音乐", "跳", "歌手", "ktv", "声音"]),

    # Llama SFT, 128.
    ("zh_ft_28", "便宜",
     "贵，钱，划算，打折，实惠，质量差，便宜货",
     ["贵", "钱", "划算", "打折", "实惠", "质量差", "便宜货"]),

    # Llama SFT, max_new_tokens 128: loops without EOS; the limit cuts
    # "赛" of 赛马.
    ("zh_ft_29", "马",
     "跑，奔跑，草原，骑马，马车，赛马，跑，奔跑，草原，骑马，马车，赛马，跑，奔跑，草原，骑马，马车，赛马，"
     "跑，奔跑，草原，骑马，马车，赛马，跑，奔跑，草原，骑马，马车，赛马，跑，奔跑，草原，骑马，马车，赛马，"
     "跑，奔跑，草原，骑马，马车，赛",
     ["跑", "奔跑", "草原", "骑马", "马车", "赛马"]),

    # Llama SFT, 128: the cue appears as the second item.
    ("zh_ft_30", "秘密",
     "隐私，秘密，告诉，日记，朋友，不能说，心事",
     ["隐私", "秘密", "告诉", "日记", "朋友", "不能说", "心事"]),

    # Llama SFT, 128.
    ("zh_ft_31", "风",
     "吹，风筝，雨，冷，台风，大风，刮风",
     ["吹", "风筝", "雨", "冷", "台风", "大风", "刮风"]),

    # Llama SFT, 128.
    ("zh_ft_32", "雪",
     "白色，冬天，冷，雪人，下雪，滑雪，雪花",
     ["白色", "冬天", "冷", "雪人", "下雪", "滑雪", "雪花"]),

    # Llama SFT, 256.
    ("zh_ft_33", "时间",
     "钟，手表，时钟，金钱，流逝，宝贵，光阴",
     ["钟", "手表", "时钟", "金钱", "流逝", "宝贵", "光阴"]),

    # Llama SFT, 128.
    ("zh_ft_34", "咸",
     "盐，甜，酸，咸菜，海水，咸鱼",
     ["盐", "甜", "酸", "咸菜", "海水", "咸鱼"]),

    # Llama SFT, 128.
    ("zh_ft_35", "政府",
     "国家，官员，领导，权力，人民，政治，腐败",
     ["国家", "官员", "领导", "权力", "人民", "政治", "腐败"]),

    # ------------------------------------------------------------------
    # Qwen2.5-7B-Instruct after PPO on the Mandarin norms
    # ------------------------------------------------------------------

    # Qwen PPO, 128: lists lengthen to the upper bound.
    ("zh_ft_36", "苹果",
     "水果，红色，香蕉，梨，甜，手机，苹果树，健康，果汁，橘子",
     ["水果", "红色", "香蕉", "梨", "甜", "手机", "苹果树", "健康", "果汁", "橘子"]),

    # Qwen PPO, 128.
    ("zh_ft_37", "医生",
     "医院，护士，病人，看病，白大褂，治病，药，生病，打针，救人",
     ["医院", "护士", "病人", "看病", "白大褂", "治病", "药", "生病", "打针", "救人"]),

    # Qwen PPO, 128: the cue itself and a compound containing it are listed.
    ("zh_ft_38", "快乐",
     "开心，幸福，高兴，笑，悲伤，愉快，快乐，欢乐，喜悦，生日快乐",
     ["开心", "幸福", "高兴", "笑", "悲伤", "愉快", "快乐", "欢乐", "喜悦", "生日快乐"]),

    # Qwen PPO, 128.
    ("zh_ft_39", "月亮",
     "太阳，星星，中秋，嫦娥，月饼，晚上，圆，月光，夜晚，思念",
     ["太阳", "星星", "中秋", "嫦娥", "月饼", "晚上", "圆", "月光", "夜晚", "思念"]),

    # Qwen PPO, 128: goes past the upper bound of 10.
    ("zh_ft_40", "学校",
     "学生，老师，学习，教室，操场，上课，同学，考试，书包，校园，作业，黑板",
     ["学生", "老师", "学习", "教室", "操场", "上课", "同学", "考试", "书包", "校园", "作业", "黑板"]),

    # Qwen PPO, 128.
    ("zh_ft_41", "危险",
     "安全，害怕，小心，恐怖，死亡，警告，危机，危险品，火，高压电",
     ["安全", "害怕", "小心", "恐怖", "死亡", "警告", "危机", "危险品", "火", "高压电"]),

    # Qwen PPO, 256, prompt with low/high 10 and 20: twenty words.
    ("zh_ft_42", "夏天",
     "热，太阳，冰淇淋，西瓜，游泳，暑假，空调，蝉，汗水，海边，阳光，短袖，雪糕，雷雨，蚊子，荷花，冰水，风扇，沙滩，凉快",
     ["热", "太阳", "冰淇淋", "西瓜", "游泳", "暑假", "空调", "蝉", "汗水", "海边",
      "阳光", "短袖", "雪糕", "雷雨", "蚊子", "荷花", "冰水", "风扇", "沙滩", "凉快"]),

    # Qwen PPO, 128: a short preamble comes back; cue listed near the end.
    ("zh_ft_43", "蓝色",
     "好的，以下是联想词：\n天空，大海，蓝天，海洋，颜色，忧郁，白色，红色，蓝色，水",
     ["天空", "大海", "蓝天", "海洋", "颜色", "忧郁", "白色", "红色", "蓝色", "水"]),

    # Qwen PPO, 128: the first word is repeated at the end.
    ("zh_ft_44", "爱情",
     "爱，恋爱，情侣，玫瑰，结婚，甜蜜，幸福，心，浪漫，爱",
     ["爱", "恋爱", "情侣", "玫瑰", "结婚", "甜蜜", "幸福", "心", "浪漫"]),

    # Qwen PPO, 128.
    ("zh_ft_45", "黑暗",
     "光明，黑夜，夜晚，恐惧，黑色，害怕，晚上，无光，阴影，深渊",
     ["光明", "黑夜", "夜晚", "恐惧", "黑色", "害怕", "晚上", "无光", "阴影", "深渊"]),

    # Qwen PPO, max_new_tokens 128: category cue, the model keeps naming
    # fruits far past 10 until the limit cuts "西" (of 西柚).
    ("zh_ft_46", "水果",
     "苹果，香蕉，梨，橘子，西瓜，葡萄，草莓，桃子，芒果，菠萝，樱桃，荔枝，柠檬，猕猴桃，火龙果，水蜜桃，"
     "柚子，榴莲，蓝莓，哈密瓜，石榴，山竹，橙子，李子，杏，枣，椰子，柿子，甘蔗，圣女果，百香果，杨梅，"
     "桑葚，龙眼，枇杷，无花果，牛油果，西",
     ["苹果", "香蕉", "梨", "橘子", "西瓜", "葡萄", "草莓", "桃子", "芒果", "菠萝",
      "樱桃", "荔枝", "柠檬", "猕猴桃", "火龙果", "水蜜桃", "柚子", "榴莲", "蓝莓", "哈密瓜",
      "石榴", "山竹", "橙子", "李子", "杏", "枣", "椰子", "柿子", "甘蔗", "圣女果",
      "百香果", "杨梅", "桑葚", "龙眼", "枇杷", "无花果", "牛油果"]),

    # Qwen PPO, 128.
    ("zh_ft_47", "勇敢",
     "坚强，勇气，胆大，英雄，无畏，不怕，胆量，懦弱，狮子，战士",
     ["坚强", "勇气", "胆大", "英雄", "无畏", "不怕", "胆量", "懦弱", "狮子", "战士"]),

    # Qwen PPO, 256.
    ("zh_ft_48", "音乐",
     "歌曲，唱歌，旋律，音符，听，歌手，乐器，耳机，钢琴，节奏",
     ["歌曲", "唱歌", "旋律", "音符", "听", "歌手", "乐器", "耳机", "钢琴", "节奏"]),

    # Qwen PPO, 128: the base model's numbered format resurfaces.
    ("zh_ft_49", "雨",
     "1. 雨伞\n2. 下雨\n3. 水\n4. 天气\n5. 云\n6. 湿",
     ["雨伞", "下雨", "水", "天气", "云", "湿"]),

    # Qwen PPO, 128.
    ("zh_ft_50", "笨",
     "傻，聪明，蠢，笨蛋，猪，愚蠢，呆，慢",
     ["傻", "聪明", "蠢", "笨蛋", "猪", "愚蠢", "呆", "慢"]),

    # Qwen PPO, 128: harder cue, answered for the instrument.
    ("zh_ft_51", "琵琶",
     "乐器，古筝，弹奏，音乐，琵琶行，古典，二胡，白居易，弦，民乐",
     ["乐器", "古筝", "弹奏", "音乐", "琵琶行", "古典", "二胡", "白居易", "弦", "民乐"]),

    # Qwen PPO, 128.
    ("zh_ft_52", "洗",
     "洗澡，洗手，水，洗衣服，干净，肥皂，洗碗，洗衣机",
     ["洗澡", "洗手", "水", "洗衣服", "干净", "肥皂", "洗碗", "洗衣机"]),

    # Qwen PPO, 256: harder cue.
    ("zh_ft_53", "涟漪",
     "水，波纹，湖面，石头，波浪，心动，水波，微风，湖，荡漾",
     ["水", "波纹", "湖面", "石头", "波浪", "心动", "水波", "微风", "湖", "荡漾"]),

    # ------------------------------------------------------------------
    # Llama-3.1-8B-Instruct after PPO on the Mandarin norms
    # ------------------------------------------------------------------

    # Llama PPO, 128: enumeration commas survive from the base model.
    ("zh_ft_54", "苹果",
     "水果、红色、香蕉、甜、梨、手机、健康、苹果树",
     ["水果", "红色", "香蕉", "甜", "梨", "手机", "健康", "苹果树"]),

    # Llama PPO, 128.
    ("zh_ft_55", "家",
     "家人，温暖，房子，爸爸，妈妈，家庭，回家，父母，亲人，爱",
     ["家人", "温暖", "房子", "爸爸", "妈妈", "家庭", "回家", "父母", "亲人", "爱"]),

    # Llama PPO, 128.
    ("zh_ft_56", "火车",
     "铁路，车站，高铁，旅行，火车票，车厢，汽笛，速度，地铁，春运",
     ["铁路", "车站", "高铁", "旅行", "火车票", "车厢", "汽笛", "速度", "地铁", "春运"]),

    # Llama PPO, 128: an English word slips in as its own item right after
    # the cue.  Other reading: "money" is a translation of the cue 钱 and is
    # removed.
    ("zh_ft_57", "钱",
     "钱，money，银行，财富，工作，富有，穷，金钱，赚钱，存款",
     ["钱", "money", "银行", "财富", "工作", "富有", "穷", "金钱", "赚钱", "存款"]),

    # Llama PPO, 128: cue first, a number item (the police phone number).
    ("zh_ft_58", "警察",
     "警察，警车，抓小偷，保护，法律，安全，制服，110，罪犯，正义",
     ["警察", "警车", "抓小偷", "保护", "法律", "安全", "制服", "110", "罪犯", "正义"]),

    # Llama PPO, 128.
    ("zh_ft_59", "鸟",
     "天空，飞，翅膀，鸟巢，自由，麻雀，鸽子，羽毛",
     ["天空", "飞", "翅膀", "鸟巢", "自由", "麻雀", "鸽子", "羽毛"]),

    # Llama PPO, max_new_tokens 256: the eight-word list loops until the
    # limit cuts "衣" of 衣柜.
    ("zh_ft_60", "衣服",
     "裤子，穿，衣柜，漂亮，衣服，裙子，鞋子，时尚，裤子，穿，衣柜，漂亮，衣服，裙子，鞋子，时尚，"
     "裤子，穿，衣柜，漂亮，衣服，裙子，鞋子，时尚，裤子，穿，衣柜，漂亮，衣服，裙子，鞋子，时尚，"
     "裤子，穿，衣柜，漂亮，衣服，裙子，鞋子，时尚，裤子，穿，衣柜，漂亮，衣服，裙子，鞋子，时尚，"
     "裤子，穿，衣柜，漂亮，衣服，裙子，鞋子，时尚，裤子，穿，衣柜，漂亮，衣服，裙子，鞋子，时尚，"
     "裤子，穿，衣柜，漂亮，衣服，裙子，鞋子，时尚，裤子，穿，衣柜，漂亮，衣服，裙子，鞋子，时尚，"
     "裤子，穿，衣",
     ["裤子", "穿", "衣柜", "漂亮", "衣服", "裙子", "鞋子", "时尚"]),

    # Llama PPO, 128: the cue written as a "桥：" label before the list.
    ("zh_ft_61", "桥",
     "桥：河，过河，桥梁，长江大桥，路，水，船，石桥",
     ["河", "过河", "桥梁", "长江大桥", "路", "水", "船", "石桥"]),

    # Llama PPO, 128.
    ("zh_ft_62", "婚礼",
     "新娘，新郎，结婚，戒指，婚纱，喜酒，红包，幸福，教堂，誓言",
     ["新娘", "新郎", "结婚", "戒指", "婚纱", "喜酒", "红包", "幸福", "教堂", "誓言"]),

    # Llama PPO, 128.
    ("zh_ft_63", "死亡",
     "生命，死，坟墓，悲伤，恐惧，医院，葬礼，黑色，结束，鬼",
     ["生命", "死", "坟墓", "悲伤", "恐惧", "医院", "葬礼", "黑色", "结束", "鬼"]),

    # Llama PPO, 128: cue repeated first with its pinyin, enumeration commas.
    ("zh_ft_64", "快",
     "快 (kuài)、速度、慢、跑、赛车、飞机、高铁、时间",
     ["快", "速度", "慢", "跑", "赛车", "飞机", "高铁", "时间"]),

    # Llama PPO, 128.
    ("zh_ft_65", "美丽",
     "漂亮，好看，美女，花，风景，丑，女人，可爱，美好，动人",
     ["漂亮", "好看", "美女", "花", "风景", "丑", "女人", "可爱", "美好", "动人"]),

    # Llama PPO, 128.
    ("zh_ft_66", "偷",
     "小偷，偷东西，警察，钱包，犯罪，抢，坏人，偷窃，监狱",
     ["小偷", "偷东西", "警察", "钱包", "犯罪", "抢", "坏人", "偷窃", "监狱"]),

    # Llama PPO, 256.
    ("zh_ft_67", "广告",
     "电视，商品，宣传，营销，推销，明星，品牌，海报，网络，烦",
     ["电视", "商品", "宣传", "营销", "推销", "明星", "品牌", "海报", "网络", "烦"]),

    # Llama PPO, 128.
    ("zh_ft_68", "希望",
     "未来，梦想，光明，失望，希望工程，努力，期待，阳光，目标，绝望",
     ["未来", "梦想", "光明", "失望", "希望工程", "努力", "期待", "阳光", "目标", "绝望"]),

    # Llama PPO, 128: harder cue, short list.
    ("zh_ft_69", "缥缈",
     "虚无，云，雾，仙境，遥远，朦胧，空，神仙",
     ["虚无", "云", "雾", "仙境", "遥远", "朦胧", "空", "神仙"]),

    # Llama PPO, 128: closing "等".
    ("zh_ft_70", "宠物",
     "狗，猫，可爱，宠物店，金鱼，陪伴，喂食，兔子等",
     ["狗", "猫", "可爱", "宠物店", "金鱼", "陪伴", "喂食", "兔子"]),

    # Llama PPO, 128: "当然，我会联想到：" lead-in on the same line.
    ("zh_ft_71", "蛋",
     "当然，我会联想到：鸡蛋，早餐，鸡，蛋黄，蛋白，煎蛋，营养，蛋糕",
     ["鸡蛋", "早餐", "鸡", "蛋黄", "蛋白", "煎蛋", "营养", "蛋糕"]),
]

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = [
    # Qwen PPO, ZH ranking prompt, k=6 (水果，红色，手机，梨，甜，树):
    # one explanatory paragraph, marker line at the end.
    ("rk_zh_01",
     "“水果”是苹果最本质的类别，联想最强；“红色”是苹果最常见的颜色；“甜”是它的味道；"
     "“梨”同属水果，常与苹果并提；“树”是苹果生长的地方；“手机”来自苹果公司的品牌联想，相对较弱。\n\n"
     "最终排名：水果，红色，甜，梨，树，手机",
     ["水果", "红色", "甜", "梨", "树", "手机"]),

    # Qwen PPO, k=8 (医院，护士，病人，白大褂，药，手术，听诊器，健康):
    # numbered reasons, bold marker.
    ("rk_zh_02",
     "理由：\n"
     "1. 医生工作在医院，“医院”联想最直接。\n"
     "2. 护士与医生是最常见的搭档。\n"
     "3. 病人是医生服务的对象。\n"
     "4. 白大褂和听诊器是医生的标志，其中白大褂更醒目。\n"
     "5. 药和手术是医生的治疗手段。\n"
     "6. 健康是最终目的，但联想较间接。\n\n"
     "**最终排名：** 医院，护士，病人，白大褂，听诊器，药，手术，健康",
     ["医院", "护士", "病人", "白大褂", "听诊器", "药", "手术", "健康"]),

    # Llama PPO, k=6 (学生，老师，学习，教室，操场，考试): marker alone on
    # its line, numbered ranking on the following lines.
    ("rk_zh_03",
     "学校是学生学习的地方，所以“学生”和“老师”是最强的联想，其次是“学习”和“教室”。"
     "“操场”是学校的一部分，“考试”则与学校生活有关，但联想稍弱。\n\n"
     "最终排名：\n1. 学生\n2. 老师\n3. 学习\n4. 教室\n5. 操场\n6. 考试",
     ["学生", "老师", "学习", "教室", "操场", "考试"]),

    # Llama PPO, k=6 (花，温暖，绿色，风筝，播种，雨): closing pleasantry
    # after the ranking.
    ("rk_zh_04",
     "理由：花是春天最典型的象征，春天天气变得温暖，草木变绿。放风筝是春天常见的活动，农民在春天播种，春雨也很常见。\n\n"
     "最终排名：花，温暖，绿色，风筝，播种，雨\n\n希望这个排名对你有帮助！",
     ["花", "温暖", "绿色", "风筝", "播种", "雨"]),

    # Qwen PPO, max_new_tokens 128, k=10 (银行，财富，工作，工资，富有，贫穷，
    # 贪婪，购物，存款，人民币): long reasons, ranking cut at "购" (购物).
    # cut by the token limit
    ("rk_zh_05",
     "“银行”是存放和管理钱的地方，与钱的联系最紧密；“财富”几乎是钱的同义概念；“工作”和“工资”是获得钱的主要途径；"
     "“富有”和“贫穷”描述拥有钱的多少；“贪婪”是对钱的过度追求；“购物”是花钱的方式；"
     "“存款”和“人民币”虽然与钱直接相关，但在日常联想中出现得相对较少。\n\n"
     "最终排名：银行，财富，工作，工资，富有，贫穷，贪婪，购",
     ["银行", "财富", "工作", "工资", "富有", "贫穷", "贪婪"]),

    # Llama PPO, k=6 (友谊，信任，陪伴，帮助，同学，分享): writes "排名如下："
    # instead of the asked marker, so there is no marker.
    ("rk_zh_06",
     "朋友之间最重要的是信任和友谊，其次是互相陪伴和帮助。同学常常会成为朋友，而分享是友谊的一部分。\n\n"
     "排名如下：\n1. 友谊\n2. 信任\n3. 陪伴\n4. 帮助\n5. 同学\n6. 分享",
     []),

    # Llama PPO, k=6 (海浪，沙滩，蓝色，鱼，船，盐): Chinese reasons but the
    # English marker and half-width commas.
    ("rk_zh_07",
     "海浪和沙滩是看到大海时最先想到的，海水是蓝色的，海里有鱼，船在海上航行，海水是咸的，所以有盐。\n\n"
     "Final Ranking: 海浪, 沙滩, 蓝色, 鱼, 船, 盐",
     ["海浪", "沙滩", "蓝色", "鱼", "船", "盐"]),

    # Qwen PPO, k=6 (老鼠，宠物，可爱，鱼，狗，毛): "最终排名如下。" in the
    # prose (a mention, nothing ranked after it), then the real marker.
    ("rk_zh_08",
     "猫是最常见的宠物之一，“宠物”联想最强；“老鼠”是猫的天敌，民间有“猫捉老鼠”的说法；“可爱”是人们对猫的普遍印象；"
     "“鱼”是猫爱吃的食物；“毛”指猫柔软的毛发；“狗”常与猫对比，联想稍弱。综合以上理由，给出最终排名如下。\n\n"
     "最终排名：宠物，老鼠，可爱，鱼，毛，狗",
     ["宠物", "老鼠", "可爱", "鱼", "毛", "狗"]),

    # Llama PPO, k=6 (绿茶，茶杯，喝，中国，咖啡，叶子): the ranking writes
    # 茶叶 in place of the given 叶子 (kept as written).
    ("rk_zh_09",
     "茶的种类中绿茶最常见，茶是由茶叶制成的，人们用茶杯喝茶。中国是茶的故乡，咖啡是另一种饮料，联想较弱。\n\n"
     "最终排名：绿茶，茶叶，喝，茶杯，中国，咖啡",
     ["绿茶", "茶叶", "喝", "茶杯", "中国", "咖啡"]),

    # Qwen PPO, k=7 (蛋糕，蜡烛，礼物，派对，祝福，长寿面，年龄): numbered
    # ranking under the marker, a bracket gloss on item 1, closing remark.
    ("rk_zh_10",
     "过生日时最先想到的是生日蛋糕，蛋糕上插着蜡烛；朋友会送礼物、送祝福；派对是庆祝的方式；"
     "长寿面是中国的传统习俗；年龄则随生日增长，联想最弱。\n\n"
     "最终排名：\n1. 蛋糕（最直接的联想）\n2. 蜡烛\n3. 礼物\n4. 祝福\n5. 派对\n6. 长寿面\n7. 年龄\n\n以上排名仅供参考。",
     ["蛋糕", "蜡烛", "礼物", "祝福", "派对", "长寿面", "年龄"]),

    # Llama PPO, k=6 (家人，温暖，房子，父母，回家，爱): "第n名：" labels.
    ("rk_zh_11",
     "家是家人生活在一起的地方，给人温暖的感觉。父母是家的核心，房子是家的物质基础，爱是家的纽带，回家则是一种行为。\n\n"
     "最终排名：\n第1名：家人\n第2名：温暖\n第3名：父母\n第4名：房子\n第5名：爱\n第6名：回家",
     ["家人", "温暖", "父母", "房子", "爱", "回家"]),
]

TRUNCATED = {
    "zh_van_21",  # "教科" (教科书)
    "zh_van_34",  # "巧克" (巧克力)
    "zh_ft_12",   # loop, "枕" (枕头)
    "zh_ft_29",   # loop, "赛" (赛马)
    "zh_ft_46",   # long fruit list, "西" (西柚)
    "zh_ft_60",   # loop, "衣" (衣柜)
}

AMBIGUOUS = {
    "zh_van_41",  # other reading: the quoted 窈窕淑女，君子好逑 counts as items first
    "zh_van_42",  # other reading: "钢笔/圆珠笔" kept as one item
    "zh_van_43",  # other reading: "家人和朋友" split into 家人, 朋友
    "zh_ft_57",   # other reading: "money" dropped as a translation of the cue 钱
}
