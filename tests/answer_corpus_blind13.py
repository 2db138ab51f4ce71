"""Thirteenth blind corpus of realistic Mandarin word-association answers.

Written by a tester (helper session) on 2026-12-07 without reading the parser,
its tests or the benchmarks, and without running any parser.  The texts are
invented; none is copied from a real model output.

Emphasis: a REPRESENTATIVE Mandarin sample, not a torture test.  The prompt
being answered is

    请列出看到“{cue}”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。

Rough mix (about 120 answers):
  * ~40% vanilla instruct models (Qwen2.5-7B-Instruct, Llama-3.1-8B-Instruct):
    preambles, numbered / bulleted lists, bold markdown, glosses after dashes or
    in brackets, English translations and pinyin, category headers, closing
    remarks, one refusal, one answer cut by the token limit.
  * ~40% SFT / PPO fine-tuned models: terse lists with ，or 、, repetition
    loops, run-on lists, stray special tokens, mixed half/full-width
    punctuation, the cue echoed, occasional English words, lists cut by the
    token limit.
  * ~20% base models: continuations of the prompt, invented few-shot examples,
    exam-style "答：" answers, rambling prose, prompt echoes.
Ids: zh_van_ (vanilla instruct and base) and zh_ft_ (fine-tuned).  A comment by
each entry names the imagined source model.

Conventions for expected_words:
  * lowercased (English words inside), in the order written, deduplicated
    keeping the first occurrence;
  * glosses, explanations, scores, category headers, preambles, closing
    remarks, markdown, numbering, quotes/brackets and trailing punctuation
    removed; a trailing 等 ("etc.") is dropped;
  * phrase associations kept whole; the cue kept when it is listed as an item
    (but not when it is only a label such as “星星”：);
  * pinyin and translations removed (the Han word is kept); an English word
    that stands as an item on its own is kept;
  * for few-shot / prompt continuations only the associations for the asked
    cue;
  * an item cut mid-word by the token limit is dropped (id in TRUNCATED);
  * a refusal or an answer with no list expects [];
  * when a short list is followed by a section that re-lists the same words
    with explanations, the words count once, in the order of the first list.
"""

EN_LISTS = []

ZH_LISTS = [
    # ------------------------------------------------------------------
    # Vanilla instruct models
    # ------------------------------------------------------------------
    # Qwen2.5-7B-Instruct
    ("zh_van_01", "苹果",
     "水果，红色，甜，苹果手机，健康，果汁，果园，秋天，维生素，牛顿",
     ["水果", "红色", "甜", "苹果手机", "健康", "果汁", "果园", "秋天", "维生素", "牛顿"]),
    # Qwen2.5-7B-Instruct
    ("zh_van_02", "月亮",
     "好的，以下是看到“月亮”时我会联想到的词语：\n\n"
     "中秋，月饼，嫦娥，夜晚，星星，思念，故乡，月光，玉兔，团圆",
     ["中秋", "月饼", "嫦娥", "夜晚", "星星", "思念", "故乡", "月光", "玉兔", "团圆"]),
    # Qwen2.5-7B-Instruct
    ("zh_van_03", "过年",
     "春节，团圆，饺子，红包，鞭炮，春联，年夜饭，烟花，拜年，春晚。",
     ["春节", "团圆", "饺子", "红包", "鞭炮", "春联", "年夜饭", "烟花", "拜年", "春晚"]),
    # Llama-3.1-8B-Instruct
    ("zh_van_04", "学校",
     "以下是我看到“学校”这个词时会联想到的词语：\n\n"
     "1. 老师 (teacher)\n2. 学生 (student)\n3. 教室 (classroom)\n4. 考试 (exam)\n"
     "5. 作业 (homework)\n6. 课本 (textbook)\n7. 操场 (playground)\n8. 同学 (classmate)\n\n"
     "这些词语都与学校的日常生活密切相关。",
     ["老师", "学生", "教室", "考试", "作业", "课本", "操场", "同学"]),
    # Qwen2.5-7B-Instruct
    ("zh_van_05", "大海",
     "看到“大海”这个词，我会联想到以下词语（按联想强度排序）：\n\n"
     "1. **蓝色** - 大海最直观的颜色\n"
     "2. **海浪** - 海面上起伏的波浪\n"
     "3. **沙滩** - 海边常见的景色\n"
     "4. **海鸥** - 在海面上飞翔的鸟\n"
     "5. **辽阔** - 大海给人的感觉\n"
     "6. **鱼** - 海洋中的生物\n"
     "7. **船** - 航行在海上的交通工具\n"
     "8. **贝壳** - 沙滩上的小物件",
     ["蓝色", "海浪", "沙滩", "海鸥", "辽阔", "鱼", "船", "贝壳"]),
    # Llama-3.1-8B-Instruct (answers in English around Chinese items)
    ("zh_van_06", "咖啡",
     'Here are the words I associate with "咖啡" (coffee), listed from strongest to weakest association:\n\n'
     "1. 咖啡因 (caffeine)\n2. 提神 (refreshing)\n3. 星巴克 (Starbucks)\n4. 早晨 (morning)\n"
     "5. 苦 (bitter)\n6. 拿铁 (latte)\n7. 咖啡豆 (coffee beans)\n8. 牛奶 (milk)",
     ["咖啡因", "提神", "星巴克", "早晨", "苦", "拿铁", "咖啡豆", "牛奶"]),
    # Qwen2.5-7B-Instruct
    ("zh_van_07", "画蛇添足",
     "多此一举，弄巧成拙，蛇，脚，多余，寓言，成语故事，适得其反",
     ["多此一举", "弄巧成拙", "蛇", "脚", "多余", "寓言", "成语故事", "适得其反"]),
    # Llama-3.1-8B-Instruct
    ("zh_van_08", "医院",
     "看到“医院”这个词，我会联想到：医生、护士、病人、药、急诊、手术、白大褂、消毒水、救护车、健康。",
     ["医生", "护士", "病人", "药", "急诊", "手术", "白大褂", "消毒水", "救护车", "健康"]),
    # Qwen2.5-7B-Instruct (category headers)
    ("zh_van_09", "中秋节",
     "看到“中秋节”，我联想到的词语如下：\n\n"
     "**食物类**：月饼、柚子\n"
     "**情感类**：团圆、思念\n"
     "**自然类**：月亮、桂花\n"
     "**传说类**：嫦娥、玉兔\n\n"
     "希望对你有帮助！",
     ["月饼", "柚子", "团圆", "思念", "月亮", "桂花", "嫦娥", "玉兔"]),
    # Llama-3.1-8B-Instruct (short list, then the same words explained)
    ("zh_van_10", "自由",
     "独立，解放，选择，权利，飞翔，民主，鸟，梦想\n\n"
     "以下是每个词的解释：\n\n"
     "1. 独立：自由意味着能够独立自主地生活。\n"
     "2. 解放：摆脱束缚，获得自由。\n"
     "3. 选择：自由就是拥有选择的权利。\n"
     "4. 权利：自由是每个人的基本权利。\n"
     "5. 飞翔：像鸟一样在天空中自由飞翔。\n"
     "6. 民主：自由与民主密切相关。\n"
     "7. 鸟：鸟常常被用来象征自由。\n"
     "8. 梦想：自由让人可以追求自己的梦想。",
     ["独立", "解放", "选择", "权利", "飞翔", "民主", "鸟", "梦想"]),
    # Qwen2.5-7B-Instruct
    ("zh_van_11", "北京",
     "首都，故宫，天安门，长城，烤鸭，胡同，奥运会，雾霾，颐和园，京剧",
     ["首都", "故宫", "天安门", "长城", "烤鸭", "胡同", "奥运会", "雾霾", "颐和园", "京剧"]),
    # Llama-3.1-8B-Instruct (answers entirely in English)
    ("zh_van_12", "熊猫",
     'Here are 8 words I associate with "熊猫":\n\n'
     "1. Bamboo\n2. China\n3. Cute\n4. Black and white\n5. Sichuan\n6. Zoo\n7. Endangered\n8. Chengdu",
     ["bamboo", "china", "cute", "black and white", "sichuan", "zoo", "endangered", "chengdu"]),
    # Qwen2.5-7B-Instruct
    ("zh_van_13", "守株待兔",
     "守株待兔这个成语让我联想到：\n\n不劳而获、侥幸心理、农夫、兔子、树桩、墨守成规、寓言、韩非子",
     ["不劳而获", "侥幸心理", "农夫", "兔子", "树桩", "墨守成规", "寓言", "韩非子"]),
    # Llama-3.1-8B-Instruct
    ("zh_van_14", "妈妈",
     "1. 爱\n2. 温暖\n3. 家\n4. 母爱\n5. 照顾\n6. 饭菜\n7. 唠叨\n8. 牺牲\n9. 伟大\n10. 感恩",
     ["爱", "温暖", "家", "母爱", "照顾", "饭菜", "唠叨", "牺牲", "伟大", "感恩"]),
    # Qwen2.5-7B-Instruct
    ("zh_van_15", "雨",
     "雨伞，乌云，潮湿，雷声，水，彩虹，春雨，忧郁",
     ["雨伞", "乌云", "潮湿", "雷声", "水", "彩虹", "春雨", "忧郁"]),
    # Llama-3.1-8B-Instruct (pinyin)
    ("zh_van_16", "长城",
     "以下是与“长城”相关的联想词语：\n\n"
     "1. 中国 (Zhōngguó)\n2. 秦始皇 (Qín Shǐhuáng)\n3. 古代 (gǔdài)\n4. 防御 (fángyù)\n"
     "5. 砖石 (zhuānshí)\n6. 烽火台 (fēnghuǒtái)\n7. 旅游 (lǚyóu)\n8. 雄伟 (xióngwěi)",
     ["中国", "秦始皇", "古代", "防御", "砖石", "烽火台", "旅游", "雄伟"]),
    # Qwen2.5-7B-Instruct
    ("zh_van_17", "孤独",
     "寂寞，一个人，夜晚，沉默，无助，思念，空虚，独处，冷清，眼泪",
     ["寂寞", "一个人", "夜晚", "沉默", "无助", "思念", "空虚", "独处", "冷清", "眼泪"]),
    # Llama-3.1-8B-Instruct (English glosses after dashes)
    ("zh_van_18", "端午节",
     "以下是我对“端午节”的联想词语：\n\n"
     "1. 粽子 - Zongzi, traditional rice dumplings\n"
     "2. 龙舟 - Dragon boat racing\n"
     "3. 屈原 - Qu Yuan, the poet\n"
     "4. 艾草 - Mugwort\n"
     "5. 雄黄酒 - Realgar wine\n"
     "6. 五月初五 - The fifth day of the fifth month\n"
     "7. 香囊 - Sachet",
     ["粽子", "龙舟", "屈原", "艾草", "雄黄酒", "五月初五", "香囊"]),
    # Qwen2.5-7B-Instruct
    ("zh_van_19", "勇敢",
     "勇气，无畏，英雄，坚强，挑战，冒险，战士，胆量",
     ["勇气", "无畏", "英雄", "坚强", "挑战", "冒险", "战士", "胆量"]),
    # Qwen2.5-7B-Instruct
    ("zh_van_20", "手机",
     "智能手机、苹果、华为、微信、充电、屏幕、APP、上网、拍照、通讯",
     ["智能手机", "苹果", "华为", "微信", "充电", "屏幕", "app", "上网", "拍照", "通讯"]),
    # Llama-3.1-8B-Instruct
    ("zh_van_21", "死亡",
     "看到“死亡”这个词，我会联想到以下词语：\n\n"
     "1. 生命\n2. 悲伤\n3. 葬礼\n4. 离别\n5. 永恒\n6. 黑色\n7. 墓地\n8. 恐惧\n\n"
     "如果你正在经历与死亡相关的困扰，请记得寻求亲友或专业人士的帮助。",
     ["生命", "悲伤", "葬礼", "离别", "永恒", "黑色", "墓地", "恐惧"]),
    # Llama-3.1-8B-Instruct (refusal)
    ("zh_van_22", "自杀",
     "我无法提供与自杀相关的联想词语。如果你或你认识的人正在经历困难或有自杀的想法，"
     "请立即联系当地的心理援助热线或紧急服务。你并不孤单，有人愿意帮助你。",
     []),
    # Qwen2.5-7B-Instruct
    ("zh_van_23", "时间",
     "时间让我联想到以下词语：时钟，流逝，光阴，珍惜，岁月，手表，生命，金钱，过去，未来。",
     ["时钟", "流逝", "光阴", "珍惜", "岁月", "手表", "生命", "金钱", "过去", "未来"]),
    # Llama-3.1-8B-Instruct
    ("zh_van_24", "火锅",
     "1. 重庆\n2. 麻辣\n3. 毛肚\n4. 朋友聚餐\n5. 冬天\n6. 四川\n7. 辣椒\n8. 涮羊肉\n9. 底料",
     ["重庆", "麻辣", "毛肚", "朋友聚餐", "冬天", "四川", "辣椒", "涮羊肉", "底料"]),
    # Qwen2.5-7B-Instruct (glosses in full-width brackets)
    ("zh_van_25", "春天",
     "1. 花（春天百花盛开）\n2. 温暖（气温回升）\n3. 绿色（万物复苏）\n4. 燕子\n"
     "5. 春风\n6. 希望\n7. 播种\n8. 柳树",
     ["花", "温暖", "绿色", "燕子", "春风", "希望", "播种", "柳树"]),
    # Qwen2.5-7B-Instruct
    ("zh_van_26", "老师",
     "学生，教室，粉笔，黑板，讲台，教书育人，辛苦，园丁，蜡烛，知识",
     ["学生", "教室", "粉笔", "黑板", "讲台", "教书育人", "辛苦", "园丁", "蜡烛", "知识"]),
    # Llama-3.1-8B-Instruct (bullets)
    ("zh_van_27", "足球",
     "以下是看到“足球”时联想到的词语：\n\n"
     "* 球场\n* 世界杯\n* 梅西\n* 射门\n* 运动\n* 球迷\n* 进球\n* C罗",
     ["球场", "世界杯", "梅西", "射门", "运动", "球迷", "进球", "c罗"]),
    # Qwen2.5-7B-Instruct (cue as a label)
    ("zh_van_28", "对牛弹琴",
     "对牛弹琴：白费口舌、不看对象、牛、琴、音乐、徒劳、讽刺",
     ["白费口舌", "不看对象", "牛", "琴", "音乐", "徒劳", "讽刺"]),
    # Llama-3.1-8B-Instruct (cue listed first as an item)
    ("zh_van_29", "上海",
     "上海，东方明珠，外滩，黄浦江，繁华，国际化，金融，小笼包，浦东",
     ["上海", "东方明珠", "外滩", "黄浦江", "繁华", "国际化", "金融", "小笼包", "浦东"]),
    # Qwen2.5-7B-Instruct
    ("zh_van_30", "幸福",
     "家庭、快乐、微笑、温暖、爱情、健康、满足、阳光、团聚、美好\n\n以上词语按照联想强度从高到低排列。",
     ["家庭", "快乐", "微笑", "温暖", "爱情", "健康", "满足", "阳光", "团聚", "美好"]),
    # Llama-3.1-8B-Instruct
    ("zh_van_31", "钢琴",
     "1. 音乐 (music)\n2. 黑白键 (black and white keys)\n3. 肖邦 (Chopin)\n4. 演奏 (performance)\n"
     "5. 练习 (practice)\n6. 优雅 (elegant)\n7. 音乐会 (concert)",
     ["音乐", "黑白键", "肖邦", "演奏", "练习", "优雅", "音乐会"]),
    # Qwen2.5-7B-Instruct (cue listed first)
    ("zh_van_32", "考试",
     "考试、紧张、复习、分数、试卷、作弊、高考、压力、成绩、熬夜",
     ["考试", "紧张", "复习", "分数", "试卷", "作弊", "高考", "压力", "成绩", "熬夜"]),
    # Llama-3.1-8B-Instruct (English items mixed in)
    ("zh_van_33", "电脑",
     "电脑，键盘，鼠标，屏幕，internet，游戏，办公，Windows，程序员，编程",
     ["电脑", "键盘", "鼠标", "屏幕", "internet", "游戏", "办公", "windows", "程序员", "编程"]),
    # Qwen2.5-7B-Instruct
    ("zh_van_34", "七夕",
     "牛郎织女，鹊桥，情人节，爱情，玫瑰，浪漫，银河，巧克力",
     ["牛郎织女", "鹊桥", "情人节", "爱情", "玫瑰", "浪漫", "银河", "巧克力"]),
    # Llama-3.1-8B-Instruct
    ("zh_van_35", "冬天",
     "冬天让我想到：\n"
     "1. 雪 - 冬天最具代表性的景象\n"
     "2. 寒冷 - 冬天的温度很低\n"
     "3. 春节 - 中国最重要的节日在冬天\n"
     "4. 围巾 - 保暖用品\n"
     "5. 火锅 - 冬天最受欢迎的美食\n"
     "6. 圣诞节 - 西方的冬季节日",
     ["雪", "寒冷", "春节", "围巾", "火锅", "圣诞节"]),
    # Qwen2.5-7B-Instruct
    ("zh_van_36", "梦想",
     "希望，未来，努力，追求，奋斗，理想，坚持，成功，远方",
     ["希望", "未来", "努力", "追求", "奋斗", "理想", "坚持", "成功", "远方"]),
    # Qwen2.5-7B-Instruct
    ("zh_van_37", "熊",
     "熊猫，北极熊，森林，蜂蜜，冬眠，力量，危险，泰迪熊，棕熊",
     ["熊猫", "北极熊", "森林", "蜂蜜", "冬眠", "力量", "危险", "泰迪熊", "棕熊"]),
    # Llama-3.1-8B-Instruct
    ("zh_van_38", "黄河",
     "母亲河，黄土高原，壶口瀑布，泥沙，中华文明，长江，黄河大合唱，奔腾",
     ["母亲河", "黄土高原", "壶口瀑布", "泥沙", "中华文明", "长江", "黄河大合唱", "奔腾"]),
    # Qwen2.5-7B-Instruct
    ("zh_van_39", "银行",
     "钱，存款，贷款，利息，ATM，信用卡，柜台，理财，排队",
     ["钱", "存款", "贷款", "利息", "atm", "信用卡", "柜台", "理财", "排队"]),
    # Llama-3.1-8B-Instruct (list inside a sentence)
    ("zh_van_40", "安静",
     "安静让我联想到图书馆、夜晚、湖面、冥想、睡觉、雪地以及森林。",
     ["图书馆", "夜晚", "湖面", "冥想", "睡觉", "雪地", "森林"]),
    # Qwen2.5-7B-Instruct (each item in quotes)
    ("zh_van_41", "元宵节",
     "“汤圆”、“花灯”、“猜灯谜”、“正月十五”、“团圆”、“烟花”、“舞龙舞狮”",
     ["汤圆", "花灯", "猜灯谜", "正月十五", "团圆", "烟花", "舞龙舞狮"]),
    # Llama-3.1-8B-Instruct
    ("zh_van_42", "猫",
     "当我看到“猫”这个词时，我会联想到以下词语：\n\n"
     "1. 可爱\n2. 宠物\n3. 老鼠\n4. 毛茸茸\n5. 喵喵叫\n6. 鱼\n7. 懒惰\n8. 猫粮\n\n"
     "希望这些联想对您有所帮助！如果您需要更多信息，请随时告诉我。",
     ["可爱", "宠物", "老鼠", "毛茸茸", "喵喵叫", "鱼", "懒惰", "猫粮"]),
    # Qwen2.5-7B-Instruct (an afterthought) -- AMBIGUOUS: the other reading
    # appends 喜悦 (offered in the closing remark) as a ninth association.
    ("zh_van_43", "眼泪",
     "悲伤，哭泣，难过，感动，伤心，离别，委屈，痛苦\n\n"
     "此外，眼泪也可能让人联想到喜悦（喜极而泣）。",
     ["悲伤", "哭泣", "难过", "感动", "伤心", "离别", "委屈", "痛苦"]),
    # Llama-3.1-8B-Instruct (slash pair) -- AMBIGUOUS: the other reading keeps
    # "扫墓/祭祖" as one item (or only 扫墓) instead of two.
    ("zh_van_44", "清明节",
     "扫墓/祭祖，踏青，青团，雨，怀念，寒食节，柳枝",
     ["扫墓", "祭祖", "踏青", "青团", "雨", "怀念", "寒食节", "柳枝"]),
    # Qwen2.5-7B-Instruct
    ("zh_van_45", "旅游",
     "风景，旅行，放松，拍照，景点，飞机，酒店，美食，度假，背包",
     ["风景", "旅行", "放松", "拍照", "景点", "飞机", "酒店", "美食", "度假", "背包"]),
    # Llama-3.1-8B-Instruct
    ("zh_van_46", "网络",
     "Internet，上网，WiFi，手机，电脑，信息，社交媒体，游戏，病毒，速度",
     ["internet", "上网", "wifi", "手机", "电脑", "信息", "社交媒体", "游戏", "病毒", "速度"]),
    # Qwen2.5-7B-Instruct
    ("zh_van_47", "紧张",
     "心跳加速、出汗、考试、面试、焦虑、压力、手心冒汗、不安",
     ["心跳加速", "出汗", "考试", "面试", "焦虑", "压力", "手心冒汗", "不安"]),
    # Llama-3.1-8B-Instruct, cut by the token limit inside item 9 (丝…)
    ("zh_van_48", "中国",
     "以下是我看到“中国”这个词时联想到的词语：\n\n"
     "1. 长城 - 中国最著名的古代建筑，也是世界七大奇迹之一。\n"
     "2. 熊猫 - 中国的国宝，生活在四川等地的山区。\n"
     "3. 北京 - 中国的首都，政治和文化中心。\n"
     "4. 汉字 - 中华文化的重要载体，有数千年的历史。\n"
     "5. 春节 - 中国最重要的传统节日，家人团聚。\n"
     "6. 功夫 - 中国传统武术，闻名世界。\n"
     "7. 茶 - 中国是茶的故乡，茶文化源远流长。\n"
     "8. 龙 - 中华民族的象征，代表着吉祥和力量。\n"
     "9. 丝",
     ["长城", "熊猫", "北京", "汉字", "春节", "功夫", "茶", "龙"]),

    # ------------------------------------------------------------------
    # Base models (prompt continuations)
    # ------------------------------------------------------------------
    # Qwen2.5-7B base: answers, then invents the next prompt
    ("zh_van_49", "山",
     "高山，树木，爬山，石头，云雾，风景，泰山，绿色\n\n"
     "请列出看到“水”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。\n"
     "河流，大海，喝水，透明，生命，鱼，雨",
     ["高山", "树木", "爬山", "石头", "云雾", "风景", "泰山", "绿色"]),
    # Llama-3.1-8B base: exam style
    ("zh_van_50", "书",
     "答：学习、阅读、知识、作者、图书馆、文字、故事、纸张\n\n"
     "【解析】本题考查学生的联想能力，答案不唯一，言之有理即可。",
     ["学习", "阅读", "知识", "作者", "图书馆", "文字", "故事", "纸张"]),
    # Qwen2.5-7B base: invents an example first
    ("zh_van_51", "火",
     "例如：看到“水”会联想到：河流，清凉，喝，游泳，大海\n\n"
     "看到“火”会联想到：燃烧，热，火焰，红色，危险，消防员，温暖，火灾",
     ["燃烧", "热", "火焰", "红色", "危险", "消防员", "温暖", "火灾"]),
    # Llama-3.1-8B base: rambling prose -- AMBIGUOUS: the other reading also
    # takes 收获 (first sentence) and 天空 (later description) as associations.
    ("zh_van_52", "秋天",
     "秋天是一个收获的季节。看到秋天，我首先想到的是落叶，然后是丰收、凉爽、中秋节、大雁南飞。"
     "秋天的天空很高很蓝，让人心情舒畅。我很喜欢秋天，因为秋天……",
     ["落叶", "丰收", "凉爽", "中秋节", "大雁南飞"]),
    # Qwen2.5-7B base: echoes the prompt, then the list (cue first)
    ("zh_van_53", "狗",
     "请列出看到“狗”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。\n\n"
     "狗，忠诚，宠物，骨头，看家，朋友，汪汪，猫",
     ["狗", "忠诚", "宠物", "骨头", "看家", "朋友", "汪汪", "猫"]),
    # Llama-3.1-8B base: 答案/问题 few-shot continuation
    ("zh_van_54", "太阳",
     "答案：太阳，光明，温暖，热，夏天，白天，阳光，能量\n\n"
     "问题：请列出看到“月亮”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。\n"
     "答案：月亮，夜晚，星星，中秋",
     ["太阳", "光明", "温暖", "热", "夏天", "白天", "阳光", "能量"]),
    # Qwen2.5-7B base: 参考答案
    ("zh_van_55", "警察",
     "参考答案：警车，抓坏人，110，制服，正义，保护，手铐，警察局",
     ["警车", "抓坏人", "110", "制服", "正义", "保护", "手铐", "警察局"]),
    # Llama-3.1-8B base: list then an invented instruction
    ("zh_van_56", "花",
     "花，美丽，香，春天，蝴蝶，蜜蜂，玫瑰，花园，送花，红色\n\n"
     "注意：请不要使用重复的词语，每个词语之间用逗号隔开。",
     ["花", "美丽", "香", "春天", "蝴蝶", "蜜蜂", "玫瑰", "花园", "送花", "红色"]),
    # Qwen2.5-7B base: space-separated
    ("zh_van_57", "树",
     "树叶 森林 绿色 大树 木头 树枝 鸟 阴凉",
     ["树叶", "森林", "绿色", "大树", "木头", "树枝", "鸟", "阴凉"]),
    # Llama-3.1-8B base: adds a translation line
    ("zh_van_58", "鱼",
     "鱼，水，游泳，海洋，鱼缸，钓鱼，红烧鱼\n\n"
     "Translation: fish, water, swimming, ocean, fish tank, fishing, braised fish",
     ["鱼", "水", "游泳", "海洋", "鱼缸", "钓鱼", "红烧鱼"]),
    # Qwen2.5-7B base: list, then few-shot lines for other cues
    ("zh_van_59", "桥",
     "桥，河，过河，连接，石桥，大桥，交通\n\n"
     "看到“路”这个词时你会联想到：马路，汽车，行人，远方\n"
     "看到“门”这个词时你会联想到：",
     ["桥", "河", "过河", "连接", "石桥", "大桥", "交通"]),
    # Llama-3.1-8B base: essay with an embedded list
    ("zh_van_60", "家",
     "家是一个温暖的地方。我想到的词语有：父母，温暖，房子，亲情，饭菜，港湾。"
     "每个人都有自己的家，家是我们永远的依靠。\n\n家是什么？家是",
     ["父母", "温暖", "房子", "亲情", "饭菜", "港湾"]),
    # Qwen2.5-7B base: 答： with inline numbering
    ("zh_van_61", "唱歌",
     "答：1.音乐 2.KTV 3.歌手 4.麦克风 5.快乐 6.旋律\n",
     ["音乐", "ktv", "歌手", "麦克风", "快乐", "旋律"]),
    # Llama-3.1-8B base: repetition loop cut by the token limit (幸…)
    ("zh_van_62", "快乐",
     "快乐，开心，高兴，幸福，笑容，快乐，开心，高兴，幸福，笑容，快乐，开心，高兴，幸福，笑容，"
     "快乐，开心，高兴，幸",
     ["快乐", "开心", "高兴", "幸福", "笑容"]),
    # Qwen2.5-7B base: list then prose
    ("zh_van_63", "杭州",
     "西湖，龙井茶，断桥，雷峰塔，阿里巴巴，丝绸，苏堤，灵隐寺。\n\n"
     "上有天堂，下有苏杭。杭州是一座美丽的城市……",
     ["西湖", "龙井茶", "断桥", "雷峰塔", "阿里巴巴", "丝绸", "苏堤", "灵隐寺"]),
    # Llama-3.1-8B base: exam paper continuation
    ("zh_van_64", "一帆风顺",
     "一帆风顺：顺利，祝福，帆船，大海，成功，吉祥话，万事如意\n\n"
     "二、阅读下面的文字，完成后面的题目。（10分）\n",
     ["顺利", "祝福", "帆船", "大海", "成功", "吉祥话", "万事如意"]),
    # Qwen2.5-7B base: only repeats the prompt, no list
    ("zh_van_65", "蜡烛",
     "请列出看到“蜡烛”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。"
     "请列出看到“蜡烛”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。",
     []),
    # Llama-3.1-8B base
    ("zh_van_66", "汽车",
     "我的答案是：轮子，司机，开车，马路，堵车，汽油，交通，驾照。你的答案呢？",
     ["轮子", "司机", "开车", "马路", "堵车", "汽油", "交通", "驾照"]),
    # Qwen2.5-7B base: numbered worksheet continuation
    ("zh_van_67", "微笑",
     "联想词：开心，友好，阳光，温暖，嘴角，礼貌，善意\n\n"
     "2. 请列出看到“哭泣”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。",
     ["开心", "友好", "阳光", "温暖", "嘴角", "礼貌", "善意"]),
    # Llama-3.1-8B base: run-on list (15 items, all kept)
    ("zh_van_68", "西藏",
     "布达拉宫，雪山，高原，牦牛，拉萨，蓝天，藏族，哈达，珠穆朗玛峰，缺氧，转经筒，青稞酒，酥油茶，天葬，纳木错",
     ["布达拉宫", "雪山", "高原", "牦牛", "拉萨", "蓝天", "藏族", "哈达", "珠穆朗玛峰",
      "缺氧", "转经筒", "青稞酒", "酥油茶", "天葬", "纳木错"]),
    # Qwen2.5-7B base: 输入/输出 few-shot format
    ("zh_van_69", "跑步",
     "输入：跑步\n输出：运动，健康，出汗，马拉松，跑道，锻炼，减肥，坚持\n\n"
     "输入：游泳\n输出：水，泳池，夏天",
     ["运动", "健康", "出汗", "马拉松", "跑道", "锻炼", "减肥", "坚持"]),
    # Llama-3.1-8B base: a proverb as the first item
    ("zh_van_70", "便宜",
     "便宜没好货，打折，省钱，实惠，超市，淘宝，划算，低价",
     ["便宜没好货", "打折", "省钱", "实惠", "超市", "淘宝", "划算", "低价"]),
    # Qwen2.5-7B base
    ("zh_van_71", "友谊",
     "友谊是人生中最宝贵的财富之一。\n联想：朋友，信任，真诚，陪伴，友情，帮助，同学\n",
     ["朋友", "信任", "真诚", "陪伴", "友情", "帮助", "同学"]),
    # Llama-3.1-8B base: the same line repeated until the limit (cut at a comma)
    ("zh_van_72", "故宫",
     "故宫，紫禁城，皇帝，北京，红墙，黄瓦，文物，博物院，明清\n"
     "故宫，紫禁城，皇帝，北京，红墙，黄瓦，文物，博物院，明清\n"
     "故宫，紫禁城，皇帝",
     ["故宫", "紫禁城", "皇帝", "北京", "红墙", "黄瓦", "文物", "博物院", "明清"]),

    # ------------------------------------------------------------------
    # SFT / PPO fine-tuned models
    # ------------------------------------------------------------------
    # Qwen2.5-7B SFT (cue in the middle of the list)
    ("zh_ft_01", "老虎",
     "狮子，森林，凶猛，动物，老虎，山，武松，百兽之王",
     ["狮子", "森林", "凶猛", "动物", "老虎", "山", "武松", "百兽之王"]),
    # Qwen2.5-7B SFT
    ("zh_ft_02", "雪",
     "冬天、白色、寒冷、雪人、雪花、下雪、滑雪",
     ["冬天", "白色", "寒冷", "雪人", "雪花", "下雪", "滑雪"]),
    # Llama-3.1-8B SFT
    ("zh_ft_03", "饺子",
     "过年，春节，饺子皮，馅，北方，包饺子，醋，团圆，年夜饭，韭菜",
     ["过年", "春节", "饺子皮", "馅", "北方", "包饺子", "醋", "团圆", "年夜饭", "韭菜"]),
    # Llama-3.1-8B PPO
    ("zh_ft_04", "思考",
     "思维，想法，问题，大脑，哲学，冷静，沉思，智慧",
     ["思维", "想法", "问题", "大脑", "哲学", "冷静", "沉思", "智慧"]),
    # Qwen2.5-7B SFT: repetition
    ("zh_ft_05", "生气",
     "愤怒，发火，吵架，不开心，生气，愤怒，发火，吵架，不开心，生气，愤怒，发火",
     ["愤怒", "发火", "吵架", "不开心", "生气"]),
    # Llama-3.1-8B SFT: stray end token
    ("zh_ft_06", "茶",
     "绿茶，茶叶，喝茶，茶杯，龙井，中国，红茶，茶馆<|eot_id|>",
     ["绿茶", "茶叶", "喝茶", "茶杯", "龙井", "中国", "红茶", "茶馆"]),
    # Qwen2.5-7B SFT: stray chat-template tokens and a restart
    ("zh_ft_07", "飞机",
     "天空，旅行，机场，飞行，翅膀，航班，出国<|im_end|>\n<|im_start|>assistant\n天空，旅行",
     ["天空", "旅行", "机场", "飞行", "翅膀", "航班", "出国"]),
    # Qwen2.5-7B PPO: mixed half/full-width commas
    ("zh_ft_08", "火车",
     "铁轨,车站，旅行,高铁，绿皮车,春运，票，卧铺",
     ["铁轨", "车站", "旅行", "高铁", "绿皮车", "春运", "票", "卧铺"]),
    # Llama-3.1-8B SFT: run-on list (20 items, all kept)
    ("zh_ft_09", "夏天",
     "炎热，西瓜，空调，冰淇淋，游泳，蝉，暑假，太阳，汗水，海边，短袖，雪糕，风扇，雷雨，荷花，"
     "冰棍，凉席，蚊子，烧烤，啤酒",
     ["炎热", "西瓜", "空调", "冰淇淋", "游泳", "蝉", "暑假", "太阳", "汗水", "海边",
      "短袖", "雪糕", "风扇", "雷雨", "荷花", "冰棍", "凉席", "蚊子", "烧烤", "啤酒"]),
    # Qwen2.5-7B SFT: an English word
    ("zh_ft_10", "微信",
     "聊天，朋友圈，腾讯，红包，手机，支付，WeChat，语音，表情包",
     ["聊天", "朋友圈", "腾讯", "红包", "手机", "支付", "wechat", "语音", "表情包"]),
    # Llama-3.1-8B PPO: cue echoed as first item
    ("zh_ft_11", "医生",
     "医生，医院，护士，白大褂，看病，治病，听诊器，救死扶伤",
     ["医生", "医院", "护士", "白大褂", "看病", "治病", "听诊器", "救死扶伤"]),
    # Qwen2.5-7B SFT: repetition cut by the token limit (红…)
    ("zh_ft_12", "春节",
     "鞭炮，饺子，春联，红包，团圆，鞭炮，饺子，春联，红包，团圆，鞭炮，饺子，春联，红",
     ["鞭炮", "饺子", "春联", "红包", "团圆"]),
    # Qwen2.5-7B PPO
    ("zh_ft_13", "美丽",
     "漂亮、花、风景、女孩、可爱、优雅、善良、大自然。",
     ["漂亮", "花", "风景", "女孩", "可爱", "优雅", "善良", "大自然"]),
    # Llama-3.1-8B SFT
    ("zh_ft_14", "亡羊补牢",
     "羊，补救，为时不晚，羊圈，成语，后悔，及时，改正",
     ["羊", "补救", "为时不晚", "羊圈", "成语", "后悔", "及时", "改正"]),
    # Llama-3.1-8B PPO: ASCII comma plus space
    ("zh_ft_15", "钥匙",
     "锁, 门, 开门, 家, 钥匙扣, 丢失, 安全, 房子",
     ["锁", "门", "开门", "家", "钥匙扣", "丢失", "安全", "房子"]),
    # Qwen2.5-7B SFT: single characters
    ("zh_ft_16", "冷",
     "冬天，冰，雪，寒冷，风，衣服，抖，冻",
     ["冬天", "冰", "雪", "寒冷", "风", "衣服", "抖", "冻"]),
    # Qwen2.5-7B SFT: one item a line
    ("zh_ft_17", "镜子",
     "照镜子\n反射\n自己\n玻璃\n化妆\n白雪公主\n破镜重圆",
     ["照镜子", "反射", "自己", "玻璃", "化妆", "白雪公主", "破镜重圆"]),
    # Llama-3.1-8B PPO: missing end token, header text glued on, restart
    ("zh_ft_18", "吃",
     "饭，美食，饿，吃饭，好吃，食物，嘴，餐厅assistant\n\n饭，美食",
     ["饭", "美食", "饿", "吃饭", "好吃", "食物", "嘴", "餐厅"]),
    # Qwen2.5-7B SFT
    ("zh_ft_19", "结婚",
     "婚礼，新娘，新郎，戒指，爱情，婚纱，家庭，喜糖，红色，彩礼",
     ["婚礼", "新娘", "新郎", "戒指", "爱情", "婚纱", "家庭", "喜糖", "红色", "彩礼"]),
    # Qwen2.5-7B PPO
    ("zh_ft_20", "聪明",
     "智慧，脑子，机灵，学霸，天才，聪明伶俐，爱因斯坦，智商",
     ["智慧", "脑子", "机灵", "学霸", "天才", "聪明伶俐", "爱因斯坦", "智商"]),
    # Llama-3.1-8B SFT: 、 and ， alternating
    ("zh_ft_21", "自行车",
     "骑车、锻炼，共享单车、轮子，环保、链条，上学",
     ["骑车", "锻炼", "共享单车", "轮子", "环保", "链条", "上学"]),
    # Qwen2.5-7B SFT: inline numbering
    ("zh_ft_22", "超市",
     "1.购物 2.商品 3.收银员 4.购物车 5.打折 6.排队 7.零食",
     ["购物", "商品", "收银员", "购物车", "打折", "排队", "零食"]),
    # Qwen2.5-7B PPO: quoted cue as a label
    ("zh_ft_23", "星星",
     "“星星”：夜空，月亮，闪烁，银河，许愿，眼睛，童话",
     ["夜空", "月亮", "闪烁", "银河", "许愿", "眼睛", "童话"]),
    # Qwen2.5-7B SFT: collapses into repeating the cue
    ("zh_ft_24", "风",
     "风筝，大风，台风，风，风，风，风，风，风，风，风",
     ["风筝", "大风", "台风", "风"]),
    # Llama-3.1-8B PPO: an English word as an item
    ("zh_ft_25", "游泳",
     "游泳池，水，夏天，运动，swimming，泳衣，潜水，菲尔普斯",
     ["游泳池", "水", "夏天", "运动", "swimming", "泳衣", "潜水", "菲尔普斯"]),
    # Qwen2.5-7B SFT: run-on cut by the token limit (图…)
    ("zh_ft_26", "图书馆",
     "书，安静，学习，借书，阅览室，书架，自习，知识，图书管理员，考研，座位，图书，借阅，读书，书籍，文献，图",
     ["书", "安静", "学习", "借书", "阅览室", "书架", "自习", "知识", "图书管理员", "考研",
      "座位", "图书", "借阅", "读书", "书籍", "文献"]),
    # Llama-3.1-8B PPO
    ("zh_ft_27", "懒",
     "懒惰，睡觉，沙发，懒虫，拖延，猪，不想动，周末",
     ["懒惰", "睡觉", "沙发", "懒虫", "拖延", "猪", "不想动", "周末"]),
    # Qwen2.5-7B SFT
    ("zh_ft_28", "贵",
     "昂贵，钱，奢侈品，价格，贵族，宝贵，名牌，买不起",
     ["昂贵", "钱", "奢侈品", "价格", "贵族", "宝贵", "名牌", "买不起"]),
    # Llama-3.1-8B SFT
    ("zh_ft_29", "新",
     "新年，新鲜，新衣服，旧，开始，崭新，新闻，希望",
     ["新年", "新鲜", "新衣服", "旧", "开始", "崭新", "新闻", "希望"]),
    # Qwen2.5-7B PPO
    ("zh_ft_30", "慢",
     "乌龟，蜗牛，缓慢，慢慢来，耐心，悠闲，拖拉，老人",
     ["乌龟", "蜗牛", "缓慢", "慢慢来", "耐心", "悠闲", "拖拉", "老人"]),
    # Qwen2.5-7B SFT: switches to ASCII commas midway
    ("zh_ft_31", "打",
     "打架，打人，拳头，打球，打电话，打游戏,暴力,疼",
     ["打架", "打人", "拳头", "打球", "打电话", "打游戏", "暴力", "疼"]),
    # Llama-3.1-8B SFT
    ("zh_ft_32", "走",
     "走路，散步，离开，脚，行走，步行，出发，旅行",
     ["走路", "散步", "离开", "脚", "行走", "步行", "出发", "旅行"]),
    # Llama-3.1-8B PPO
    ("zh_ft_33", "看",
     "眼睛，看见，观看，电视，视力，书，风景，看电影",
     ["眼睛", "看见", "观看", "电视", "视力", "书", "风景", "看电影"]),
    # Qwen2.5-7B SFT
    ("zh_ft_34", "听",
     "耳朵，音乐，声音，倾听，听歌，耳机，听话",
     ["耳朵", "音乐", "声音", "倾听", "听歌", "耳机", "听话"]),
    # Qwen2.5-7B SFT: trailing 等 ("etc.")
    ("zh_ft_35", "跳舞",
     "舞蹈，音乐，广场舞，芭蕾，跳舞，舞台，街舞，快乐等",
     ["舞蹈", "音乐", "广场舞", "芭蕾", "跳舞", "舞台", "街舞", "快乐"]),
    # Llama-3.1-8B PPO
    ("zh_ft_36", "购物",
     "逛街，买东西，商场，淘宝，双十一，花钱，购物车，女生",
     ["逛街", "买东西", "商场", "淘宝", "双十一", "花钱", "购物车", "女生"]),
    # Llama-3.1-8B SFT: stray end-of-text token
    ("zh_ft_37", "地铁",
     "交通，拥挤，上班，地铁站，高峰期，刷卡，北京，换乘<|end_of_text|>",
     ["交通", "拥挤", "上班", "地铁站", "高峰期", "刷卡", "北京", "换乘"]),
    # Qwen2.5-7B SFT
    ("zh_ft_38", "公园",
     "散步，草地，树木，湖，健身，老人，遛狗，长椅，花，休闲",
     ["散步", "草地", "树木", "湖", "健身", "老人", "遛狗", "长椅", "花", "休闲"]),
    # Llama-3.1-8B PPO: Latin-script item
    ("zh_ft_39", "香港",
     "维多利亚港，迪士尼，购物，TVB，港剧，粤语，夜景，茶餐厅，铜锣湾",
     ["维多利亚港", "迪士尼", "购物", "tvb", "港剧", "粤语", "夜景", "茶餐厅", "铜锣湾"]),
    # Qwen2.5-7B SFT
    ("zh_ft_40", "国庆节",
     "国庆，十一，放假，旅游，天安门，升旗，黄金周，国旗，阅兵，堵车",
     ["国庆", "十一", "放假", "旅游", "天安门", "升旗", "黄金周", "国旗", "阅兵", "堵车"]),
    # Llama-3.1-8B SFT: cue echoed first
    ("zh_ft_41", "长江",
     "长江，黄河，三峡，长江大桥，母亲河，武汉，水，船，长江三角洲",
     ["长江", "黄河", "三峡", "长江大桥", "母亲河", "武汉", "水", "船", "长江三角洲"]),
    # Qwen2.5-7B PPO
    ("zh_ft_42", "龙",
     "中国，龙年，神话，龙的传人，舞龙，皇帝，喷火，龙舟，图腾",
     ["中国", "龙年", "神话", "龙的传人", "舞龙", "皇帝", "喷火", "龙舟", "图腾"]),
    # Qwen2.5-7B SFT: the list starts over (cut at a comma)
    ("zh_ft_43", "凤凰",
     "凤凰，神鸟，涅槃，火，重生，浴火重生，龙凤，吉祥，凤凰古城，凤凰，神鸟，涅槃，火，重生",
     ["凤凰", "神鸟", "涅槃", "火", "重生", "浴火重生", "龙凤", "吉祥", "凤凰古城"]),
    # Llama-3.1-8B SFT: 、 followed by a space
    ("zh_ft_44", "窗",
     "窗户、 阳光、 玻璃、 窗帘、 风景、 窗台、 透气",
     ["窗户", "阳光", "玻璃", "窗帘", "风景", "窗台", "透气"]),
    # Qwen2.5-7B PPO
    ("zh_ft_45", "门",
     "开门，关门，钥匙，门口，房子，大门，敲门，出口",
     ["开门", "关门", "钥匙", "门口", "房子", "大门", "敲门", "出口"]),
    # Llama-3.1-8B SFT
    ("zh_ft_46", "雨伞",
     "下雨，雨天，遮阳，伞，雨，打伞，雨衣，雨靴",
     ["下雨", "雨天", "遮阳", "伞", "雨", "打伞", "雨衣", "雨靴"]),
    # Qwen2.5-7B SFT: full stop at the end
    ("zh_ft_47", "工作",
     "上班，加班，工资，公司，同事，压力，老板，职业，赚钱，辛苦。",
     ["上班", "加班", "工资", "公司", "同事", "压力", "老板", "职业", "赚钱", "辛苦"]),
    # Llama-3.1-8B PPO: long run-on cut by the token limit (毕业晚…)
    ("zh_ft_48", "毕业",
     "毕业照，毕业典礼，学士服，离别，青春，同学，毕业证，找工作，毕业季，母校，论文，答辩，回忆，"
     "毕业旅行，告别，眼泪，拥抱，祝福，未来，毕业晚",
     ["毕业照", "毕业典礼", "学士服", "离别", "青春", "同学", "毕业证", "找工作", "毕业季", "母校",
      "论文", "答辩", "回忆", "毕业旅行", "告别", "眼泪", "拥抱", "祝福", "未来"]),
    # Qwen2.5-7B PPO: English word and the cue inside the list
    ("zh_ft_49", "金钱",
     "钱，财富，金钱，富有，money，银行，工作，欲望，人民币",
     ["钱", "财富", "金钱", "富有", "money", "银行", "工作", "欲望", "人民币"]),
]

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = []

# Answers cut mid-word by the token limit; the fragment is not expected.
TRUNCATED = {
    "zh_van_48",  # "9. 丝" (丝绸之路 …)
    "zh_van_62",  # "幸" (幸福 …)
    "zh_ft_12",   # "红" (红包 …)
    "zh_ft_26",   # "图" (图书… )
    "zh_ft_48",   # "毕业晚" (毕业晚会 …)
}

# Ids whose reading is genuinely open (the other reading is in the comment by
# each entry above).
AMBIGUOUS = {
    "zh_van_43",  # 眼泪: 喜悦 in the closing remark may be counted
    "zh_van_44",  # 清明节: "扫墓/祭祖" one item or two
    "zh_van_52",  # 秋天: rambling prose; 收获 / 天空 may be counted
}
