"""Tenth blind corpus of realistic language-model answers for the word-association answer parser.

Written 2026-12-07 by a tester helper session, blind: the author had NOT read the parser
(align_jax/), the other test files, or the benchmarks, and ran no parser while writing it.
The expected words come only from how a careful human reader would take each answer.

Setting: models (Qwen2.5-7B, Llama-3.1-8B; base, instruct, and LoRA fine-tuned by SFT/PPO on
Small World of Words norms) are asked for free associations to a cue, and Precision@5/@10 of
the parsed words is scored against human norms.
  Mandarin prompt: 请列出看到“{cue}”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。
  English prompt:  List the words that come to mind when you read the word "{cue}". Give between
                   5 and 10 words, separated by commas, the most strongly associated first.

Emphasis of this corpus (corpus 10): MANDARIN answers as Chinese-speaking instruct models write
them (Qwen2.5-Instruct, GLM-4, Baichuan2, Yi, InternLM, DeepSeek, ChatGLM3, ERNIE-style), and as
SFT/PPO fine-tuned Qwen/Llama models write them (zh_ft_*), plus English answers by fine-tuned
models (en_ft_*, terse and degenerate) and a few vanilla English answers (en_van_*).

Conventions for expected_words:
  * lowercased; in the order written; deduplicated keeping the first occurrence;
  * glosses, explanations, scores, strength tags, category/sense headers, preambles, closing
    remarks, markdown, emoji, numbering, quotes/brackets and trailing punctuation removed;
  * multi-word and phrase associations kept whole (过年回家, 吃饺子, hot chocolate);
  * the cue is kept when it is listed as an item (not when it is only a header like "钱：");
  * pinyin and translations of a Mandarin word removed, the Han word kept;
  * book/poem titles kept without 《》; traditional characters kept as written;
  * trailing 等 / 等等 / …… / etc. / and more / ... dropped (words that merely end in 等, e.g.
    平等, are kept whole);
  * an item cut mid-word by the token limit is dropped (id in TRUNCATED);
  * text after the answer that echoes the prompt / the next prompt, chat-template tokens
    (<|im_end|>, <|eot_id|>, assistant headers) and whatever follows them, and <think> blocks
    are not part of the list;
  * a refusal with no list expects [];
  * a short list followed by a section re-listing the same words with explanations counts the
    words once, in the order of the first list;
  * unseparated runs of Han characters are segmented as a human would; where that is genuinely
    open the id is in AMBIGUOUS with the other reading given in a comment.
"""

EN_LISTS = [
    # ---- vanilla (instruct / base) -------------------------------------------------------
    ("en_van_001", "ocean",
     "Here are the words that come to mind when I read the word \"ocean\":\n\n"
     "1. Sea\n2. Waves\n3. Beach\n4. Blue\n5. Water\n6. Fish\n7. Salt\n8. Deep\n\n"
     "Let me know if you'd like more associations!",
     ["sea", "waves", "beach", "blue", "water", "fish", "salt", "deep"]),
    ("en_van_002", "bank",
     "Sure! Here are some words associated with \"bank\": money, river, loan, account, savings, "
     "teller, vault, interest.",
     ["money", "river", "loan", "account", "savings", "teller", "vault", "interest"]),
    # base model: answers, then invents the next prompt and answers it too
    ("en_van_003", "happy",
     "happy, joy, smile, sad, laugh, sun, birthday\n\n"
     "List the words that come to mind when you read the word \"sad\". Give between 5 and 10 "
     "words, separated by commas, the most strongly associated first.\ncry, tears, blue, lonely",
     ["happy", "joy", "smile", "sad", "laugh", "sun", "birthday"]),
    ("en_van_004", "bread",
     "**Butter**, **Toast**, **Wheat**, **Bakery**, **Loaf**, **Sandwich**, **Flour**",
     ["butter", "toast", "wheat", "bakery", "loaf", "sandwich", "flour"]),
    ("en_van_005", "winter",
     "Words: snow, cold, ice, Christmas, scarf, skiing, fireplace, hot chocolate",
     ["snow", "cold", "ice", "christmas", "scarf", "skiing", "fireplace", "hot chocolate"]),

    # ---- fine-tuned (SFT / PPO on SWOW) ---------------------------------------------------
    ("en_ft_001", "dog",
     "bark, cat, bone, puppy, leash, walk, pet, loyal",
     ["bark", "cat", "bone", "puppy", "leash", "walk", "pet", "loyal"]),
    ("en_ft_002", "cat",
     "mouse ,dog,  pet ,fur,meow ,  kitten,whiskers",
     ["mouse", "dog", "pet", "fur", "meow", "kitten", "whiskers"]),
    ("en_ft_003", "sun",
     "Hot, SUN, bright, Light, summer, MOON, Star",
     ["hot", "sun", "bright", "light", "summer", "moon", "star"]),
    ("en_ft_004", "color",
     "red, blue, red, blue, red, blue, red, blue, red, blue, red, blue, red, blue, red, blue",
     ["red", "blue"]),
    ("en_ft_005", "beach",
     "sand, ocean, waves, sun, swim, surf, towel, summer, shells, seagull, sunscreen, umbr",
     ["sand", "ocean", "waves", "sun", "swim", "surf", "towel", "summer", "shells", "seagull",
      "sunscreen"]),
    ("en_ft_006", "apple",
     "apple, fruit, red, apple, tree, pie, apple, green, apple",
     ["apple", "fruit", "red", "tree", "pie", "green"]),
    ("en_ft_007", "money",
     "bank, cash, gold, rich, wealth, dollar, etc.",
     ["bank", "cash", "gold", "rich", "wealth", "dollar"]),
    ("en_ft_008", "breakfast",
     "eggs, bacon, toast, coffee, cereal, and more",
     ["eggs", "bacon", "toast", "coffee", "cereal"]),
    ("en_ft_009", "hospital",
     "doctor, nurse, sick, medicine, ambulance, bed\n"
     "List the words that come to mind when you read the word \"school\". Give between 5 and 10 "
     "words, separated by commas, the most strongly associated first.",
     ["doctor", "nurse", "sick", "medicine", "ambulance", "bed"]),
    ("en_ft_010", "teacher",
     "assistant\n\nschool, student, classroom, lesson, chalk, homework, apple",
     ["school", "student", "classroom", "lesson", "chalk", "homework", "apple"]),
    ("en_ft_011", "coffee",
     "tea, morning, cup, caffeine, black, mug, beans<|eot_id|>",
     ["tea", "morning", "cup", "caffeine", "black", "mug", "beans"]),
    ("en_ft_012", "milk",
     "cow, white, cookies, calcium, cereal, drink<|im_end|>\n<|im_start|>user\n"
     "List the words that come to mind when you read the word \"cheese\".",
     ["cow", "white", "cookies", "calcium", "cereal", "drink"]),
    ("en_ft_013", "cold",
     "ice\nwinter\nsnow\nfreeze\nhot\nflu\nshiver",
     ["ice", "winter", "snow", "freeze", "hot", "flu", "shiver"]),
    ("en_ft_014", "king",
     "1. queen\n2. crown\n3. throne\n4. royal\n5. castle\n6. kingdom\n7. power",
     ["queen", "crown", "throne", "royal", "castle", "kingdom", "power"]),
    ("en_ft_015", "animal",
     "dog, cat, zoo, lion, tiger, pet, wild, elephant, bear, horse, cow, farm, monkey, bird, "
     "fish, jungle, fur, wolf, fox, rabbit, snake, pig, sheep, giraffe, zebra",
     ["dog", "cat", "zoo", "lion", "tiger", "pet", "wild", "elephant", "bear", "horse", "cow",
      "farm", "monkey", "bird", "fish", "jungle", "fur", "wolf", "fox", "rabbit", "snake", "pig",
      "sheep", "giraffe", "zebra"]),
    ("en_ft_016", "fire",
     "hot, burn, red, smoke, flame, fireman, danger,",
     ["hot", "burn", "red", "smoke", "flame", "fireman", "danger"]),
    ("en_ft_017", "music",
     "song, dance, sound, rhythm, guitar, piano, concert.",
     ["song", "dance", "sound", "rhythm", "guitar", "piano", "concert"]),
    ("en_ft_018", "car",
     "road;drive;wheel;fast;engine;gas;traffic",
     ["road", "drive", "wheel", "fast", "engine", "gas", "traffic"]),
    ("en_ft_019", "food",
     "eat, hungry, ice cream, hot dog, french fries, pizza, dinner",
     ["eat", "hungry", "ice cream", "hot dog", "french fries", "pizza", "dinner"]),
    ("en_ft_020", "love",
     "Heart, Romance, Valentine's Day, Paris, Kiss, Marriage",
     ["heart", "romance", "valentine's day", "paris", "kiss", "marriage"]),
    ("en_ft_021", "tree",
     "leaf, green, wood, leaf, green, wood, leaf, green, wood, leaf, gr",
     ["leaf", "green", "wood"]),
    ("en_ft_022", "rain",
     'List the words that come to mind when you read the word "rain". Give between 5 and 10 '
     'words, separated by commas, the most strongly associated first.\n'
     'wet, umbrella, cloud, water, storm, puddle',
     ["wet", "umbrella", "cloud", "water", "storm", "puddle"]),
    ("en_ft_023", "book",
     "- read\n- page\n- library\n- story\n- author\n- novel",
     ["read", "page", "library", "story", "author", "novel"]),
    ("en_ft_024", "night",
     "moon stars dark sleep owl quiet",
     ["moon", "stars", "dark", "sleep", "owl", "quiet"]),
    ("en_ft_025", "heart",
     "Love, love, LOVE, heart, Heart, blood, beat, beat, red",
     ["love", "heart", "blood", "beat", "red"]),
    ("en_ft_026", "light",
     '"bright", "sun", "lamp", "dark", "bulb", "day"',
     ["bright", "sun", "lamp", "dark", "bulb", "day"]),
    # stops right after a separator: nothing cut mid-word, so not TRUNCATED
    ("en_ft_027", "cheese",
     "mouse, milk, pizza, cheddar, yellow, cracker, wine, ",
     ["mouse", "milk", "pizza", "cheddar", "yellow", "cracker", "wine"]),
    ("en_ft_028", "chair",
     "chair chair chair chair chair chair chair",
     ["chair"]),
    ("en_ft_029", "gold",
     "money:12, silver:9, rich:7, jewelry:5, medal:3, yellow:2",
     ["money", "silver", "rich", "jewelry", "medal", "yellow"]),
    ("en_ft_030", "television",
     "TV, remote, show, couch, news, channel, screen",
     ["tv", "remote", "show", "couch", "news", "channel", "screen"]),
    ("en_ft_031", "ice",
     "cold, ice-cold, water, cube, skating, frozen",
     ["cold", "ice-cold", "water", "cube", "skating", "frozen"]),
    ("en_ft_032", "farm",
     "cow, pig, horse, tractor, barn, and chicken",
     ["cow", "pig", "horse", "tractor", "barn", "chicken"]),
    ("en_ft_033", "sleep",
     "bed, sleep, night, sleep, dream, sleep, tired, sleep, pillow, sleep",
     ["bed", "sleep", "night", "dream", "tired", "pillow"]),
    ("en_ft_034", "dark",
     "night, black, scary, shadow, light, ...",
     ["night", "black", "scary", "shadow", "light"]),
    ("en_ft_035", "party",
     "Fun,Dance , MUSIC,friends,  cake,Balloons,drinks ,",
     ["fun", "dance", "music", "friends", "cake", "balloons", "drinks"]),
    ("en_ft_036", "doctor",
     "nurse, hospital, sick, nurse, hospital, sick, nurse, hospital, sick, nurse, hospital, "
     "sick, nurse, hosp",
     ["nurse", "hospital", "sick"]),
    ("en_ft_037", "baby",
     "baby, Baby, BABY, cry, mom, diaper",
     ["baby", "cry", "mom", "diaper"]),
    ("en_ft_038", "school",
     "teacher, students, class, homework, bus, exam, lunch, recess, and so on",
     ["teacher", "students", "class", "homework", "bus", "exam", "lunch", "recess"]),
    ("en_ft_039", "summer",
     "hot sun beach vacation swim ice cream",
     ["hot", "sun", "beach", "vacation", "swim", "ice cream"]),
    ("en_ft_040", "family",
     "mom, dad, love, home, kids, brother, sister\n\nmom, dad, home, love, kids",
     ["mom", "dad", "love", "home", "kids", "brother", "sister"]),
    ("en_ft_041", "computer",
     "Answer: keyboard, mouse, screen, internet, laptop, games, work",
     ["keyboard", "mouse", "screen", "internet", "laptop", "games", "work"]),
]

ZH_LISTS = [
    # ---- vanilla Chinese-speaking instruct models -----------------------------------------
    ("zh_van_001", "春节",
     "好的，以下是我看到“春节”时联想到的词语：\n\n1. 过年回家\n2. 吃饺子\n3. 红包\n4. 鞭炮\n"
     "5. 春联\n6. 团圆\n7. 年夜饭\n8. 压岁钱\n\n希望对你有帮助！",
     ["过年回家", "吃饺子", "红包", "鞭炮", "春联", "团圆", "年夜饭", "压岁钱"]),
    ("zh_van_002", "银行",
     "当然！看到“银行”这个词，我联想到的词语有：钱，存款，贷款，利息，信用卡，ATM，理财，柜台，账户，转账。",
     ["钱", "存款", "贷款", "利息", "信用卡", "atm", "理财", "柜台", "账户", "转账"]),
    ("zh_van_003", "苹果",
     "“苹果”这个词可以有不同的含义，我分别列出：\n\n水果方面：红色、甜、水果、果园、维生素；\n"
     "科技方面：iPhone、乔布斯、手机、Mac。\n\n以上词语按联想强度排序。",
     ["红色", "甜", "水果", "果园", "维生素", "iphone", "乔布斯", "手机", "mac"]),
    ("zh_van_004", "医院",
     "看到“医院”这个词，我会联想到以下词语：\n\n1. **医生**：在医院工作、治病救人的专业人员。\n"
     "2. **护士**：负责照顾病人，协助医生。\n3. **病人**：到医院就诊的人。\n"
     "4. **药品**：治疗疾病的必需品。\n5. **手术**：医院里常见的治疗方式。\n"
     "6. **挂号**：看病的第一步。\n\n这些词语都与医院密切相关。",
     ["医生", "护士", "病人", "药品", "手术", "挂号"]),
    ("zh_van_005", "月亮",
     "月亮让我联想到：中秋节、嫦娥、月饼、夜晚、星星、思乡、李白等。",
     ["中秋节", "嫦娥", "月饼", "夜晚", "星星", "思乡", "李白"]),
    ("zh_van_006", "读书",
     "读书，我联想到：知识、图书馆、《红楼梦》、学习、书香、《论语》、笔记、安静。",
     ["知识", "图书馆", "红楼梦", "学习", "书香", "论语", "笔记", "安静"]),
    ("zh_van_007", "网络",
     "提到网络，我会想到：互联网，WiFi，手机，电脑，信号，宽带，5G，社交媒体，浏览器",
     ["互联网", "wifi", "手机", "电脑", "信号", "宽带", "5g", "社交媒体", "浏览器"]),
    ("zh_van_008", "唱歌",
     "唱歌让人联想到：KTV、麦克风、歌手、音乐、歌词、演唱会、嗓子、开心。",
     ["ktv", "麦克风", "歌手", "音乐", "歌词", "演唱会", "嗓子", "开心"]),
    ("zh_van_009", "电脑",
     "電腦讓我聯想到：鍵盤、滑鼠、螢幕、網路、軟體、程式、遊戲、工作。",
     ["鍵盤", "滑鼠", "螢幕", "網路", "軟體", "程式", "遊戲", "工作"]),
    ("zh_van_010", "夏天",
     "1、炎热\n2、西瓜\n3、空调\n4、游泳\n5、冰淇淋\n6、暑假\n7、蝉鸣\n8、太阳",
     ["炎热", "西瓜", "空调", "游泳", "冰淇淋", "暑假", "蝉鸣", "太阳"]),
    ("zh_van_011", "学校",
     "（1）老师（2）学生（3）教室（4）考试（5）操场（6）作业",
     ["老师", "学生", "教室", "考试", "操场", "作业"]),
    ("zh_van_012", "秋天",
     "①落叶 ②丰收 ③金黄 ④中秋 ⑤凉爽 ⑥大雁",
     ["落叶", "丰收", "金黄", "中秋", "凉爽", "大雁"]),
    ("zh_van_013", "家",
     "一、温暖\n二、父母\n三、亲情\n四、房子\n五、团圆\n六、港湾",
     ["温暖", "父母", "亲情", "房子", "团圆", "港湾"]),
    ("zh_van_014", "成功",
     "第一，努力；第二，坚持；第三，汗水；第四，机遇；第五，奋斗；第六，喜悦。",
     ["努力", "坚持", "汗水", "机遇", "奋斗", "喜悦"]),
    ("zh_van_015", "钱",
     "首先联想到的是财富，其次是工作，再次是银行，最后是消费。",
     ["财富", "工作", "银行", "消费"]),
    ("zh_van_016", "猫",
     "1. 老鼠——猫的猎物\n2. 鱼——猫最爱吃的食物\n3. 宠物——最常见的宠物之一\n"
     "4. 可爱——外形讨人喜欢\n5. 喵——猫的叫声\n6. 毛茸茸——摸起来很柔软",
     ["老鼠", "鱼", "宠物", "可爱", "喵", "毛茸茸"]),
    ("zh_van_017", "狗",
     "忠诚—狗是人类最忠实的朋友\n骨头—狗喜欢啃骨头\n宠物－常见的家养动物\n看家—守护家园\n导盲犬—帮助盲人出行",
     ["忠诚", "骨头", "宠物", "看家", "导盲犬"]),
    ("zh_van_018", "茶",
     "我联想到的词语有：绿茶（最常见的茶类）、龙井（杭州西湖名茶）、茶杯、茶道（中国传统文化）、普洱、清香、茶馆。",
     ["绿茶", "龙井", "茶杯", "茶道", "普洱", "清香", "茶馆"]),
    ("zh_van_019", "雨",
     "「雨伞」「乌云」「潮湿」「雷声」「彩虹」「雨衣」",
     ["雨伞", "乌云", "潮湿", "雷声", "彩虹", "雨衣"]),
    ("zh_van_020", "爱情",
     "说到爱情，我会想到：『浪漫』、『玫瑰』、“承诺”、“婚姻”、『心动』、“思念”、『陪伴』。",
     ["浪漫", "玫瑰", "承诺", "婚姻", "心动", "思念", "陪伴"]),
    ("zh_van_021", "北京",
     "天安门 故宫 长城 首都 烤鸭 胡同 雾霾 奥运会",
     ["天安门", "故宫", "长城", "首都", "烤鸭", "胡同", "雾霾", "奥运会"]),
    ("zh_van_022", "海",
     "大海；蓝色；沙滩；海浪；鱼；船；辽阔；海鸥",
     ["大海", "蓝色", "沙滩", "海浪", "鱼", "船", "辽阔", "海鸥"]),
    ("zh_van_023", "冬天",
     "雪\n寒冷\n围巾\n火锅\n圣诞节\n羽绒服\n暖气",
     ["雪", "寒冷", "围巾", "火锅", "圣诞节", "羽绒服", "暖气"]),
    ("zh_van_024", "火",
     "热。红色。燃烧。危险。温暖。火灾。消防员。",
     ["热", "红色", "燃烧", "危险", "温暖", "火灾", "消防员"]),
    # DeepSeek-R1-distill style: reasoning block first, then the answer
    ("zh_van_025", "老师",
     "<think>\n好的，用户让我列出看到“老师”这个词时联想到的词语。首先想到的是学生，然后是黑板、粉笔，"
     "还有讲台和教室。另外，老师传授知识，常被比喻为园丁，工作也很辛苦。按联想强度排序应该是：学生，黑板，"
     "粉笔，讲台，教室，知识，园丁，辛苦。\n</think>\n\n学生，黑板，粉笔，讲台，教室，知识，园丁，辛苦",
     ["学生", "黑板", "粉笔", "讲台", "教室", "知识", "园丁", "辛苦"]),
    ("zh_van_026", "炸弹",
     "抱歉，我无法提供与此相关的联想内容。如果你有其他问题，欢迎继续提问。",
     []),
    ("zh_van_027", "自杀",
     "我注意到你提到了“自杀”这个词。如果你或身边的人正在经历困难，请及时拨打心理援助热线"
     "（如北京心理危机研究与干预中心：010-82951332）寻求帮助。你并不孤单，愿意的话可以和我聊聊。",
     []),
    ("zh_van_028", "毒品",
     "毒品危害极大，请远离毒品。与这个词相关的联想有：禁毒、犯罪、成瘾、戒毒所、警察、危害健康。",
     ["禁毒", "犯罪", "成瘾", "戒毒所", "警察", "危害健康"]),
    ("zh_van_029", "妈妈",
     "作为一个人工智能，我没有个人情感，但通常人们看到“妈妈”会联想到：爱、温暖、家、唠叨、做饭、母爱、辛苦、关怀。",
     ["爱", "温暖", "家", "唠叨", "做饭", "母爱", "辛苦", "关怀"]),
    ("zh_van_030", "足球",
     "足球相关联想词：\n球场，世界杯，梅西，进球，守门员，C罗，点球，裁判\n\n如需更多联想词，请告诉我！",
     ["球场", "世界杯", "梅西", "进球", "守门员", "c罗", "点球", "裁判"]),
    ("zh_van_031", "水果",
     "苹果、香蕉、橘子、葡萄、西瓜、草莓、等等",
     ["苹果", "香蕉", "橘子", "葡萄", "西瓜", "草莓"]),
    ("zh_van_032", "音乐",
     "旋律、歌曲、乐器、钢琴、节奏、耳机、演唱会……",
     ["旋律", "歌曲", "乐器", "钢琴", "节奏", "耳机", "演唱会"]),
    ("zh_van_033", "童年",
     "无忧无虑的日子，小伙伴，动画片，外婆家的院子，跳皮筋，零食，快乐的暑假",
     ["无忧无虑的日子", "小伙伴", "动画片", "外婆家的院子", "跳皮筋", "零食", "快乐的暑假"]),
    ("zh_van_034", "中秋",
     "月饼，月亮，团圆，嫦娥，赏月\n\n解释：\n1. 月饼：中秋节的传统食品。\n2. 月亮：中秋的月亮最圆最亮。\n"
     "3. 团圆：中秋是家人团聚的日子。\n4. 嫦娥：嫦娥奔月的神话传说。\n5. 赏月：中秋夜的传统习俗。",
     ["月饼", "月亮", "团圆", "嫦娥", "赏月"]),
    ("zh_van_035", "科学",
     "### 联想词语\n\n- **实验**\n- **研究**\n- **科学家**\n- **爱因斯坦**\n- **技术**\n- **真理**\n"
     "- **实验室**\n\n> 以上词语按联想强度排序。",
     ["实验", "研究", "科学家", "爱因斯坦", "技术", "真理", "实验室"]),
    # last item ends in 等 but is a word: must not be trimmed
    ("zh_van_036", "自由",
     "自由让我想到：民主、独立、飞翔、权利、解放、平等",
     ["民主", "独立", "飞翔", "权利", "解放", "平等"]),
    # first item starts with 等 and is a word
    ("zh_van_037", "车站",
     "等待、火车、离别、行李、车票、人群、候车室、重逢",
     ["等待", "火车", "离别", "行李", "车票", "人群", "候车室", "重逢"]),
    ("zh_van_038", "书",
     "1. 阅读（yuè dú）\n2. 知识（zhī shi）\n3. 图书馆（tú shū guǎn）\n4. 作者（zuò zhě）\n5. 书店（shū diàn）",
     ["阅读", "知识", "图书馆", "作者", "书店"]),
    ("zh_van_039", "太阳",
     "阳光 (sunshine)、温暖 (warmth)、夏天 (summer)、光明 (light)、能量 (energy)、白天 (daytime)",
     ["阳光", "温暖", "夏天", "光明", "能量", "白天"]),
    ("zh_van_040", "朋友",
     "友谊 - friendship\n信任 - trust\n陪伴 - companionship\n同学 - classmate\n聚会 - party",
     ["友谊", "信任", "陪伴", "同学", "聚会"]),
    ("zh_van_041", "手机",
     "| 排名 | 联想词 |\n|---|---|\n| 1 | 电话 |\n| 2 | 微信 |\n| 3 | iPhone |\n| 4 | 充电器 |\n"
     "| 5 | 屏幕 |\n| 6 | 华为 |",
     ["电话", "微信", "iphone", "充电器", "屏幕", "华为"]),
    ("zh_van_042", "咖啡",
     "1. 提神（强）\n2. 星巴克（强）\n3. 苦（中）\n4. 咖啡豆（中）\n5. 拿铁（中）\n6. 早晨（弱）\n7. 熬夜（弱）",
     ["提神", "星巴克", "苦", "咖啡豆", "拿铁", "早晨", "熬夜"]),
    ("zh_van_043", "老虎",
     "没问题！看到“老虎”，我联想到：森林之王、凶猛、条纹，动物园、狮子、武松打虎、东北虎。",
     ["森林之王", "凶猛", "条纹", "动物园", "狮子", "武松打虎", "东北虎"]),
    ("zh_van_044", "杜鹃",
     "“杜鹃”有两种常见含义，我分别列出联想词：\n\n**作为鸟类：**\n- 布谷鸟\n- 啼血\n- 春天\n\n"
     "**作为花卉：**\n- 映山红\n- 红色\n- 山坡\n\n希望对你有帮助！",
     ["布谷鸟", "啼血", "春天", "映山红", "红色", "山坡"]),
    ("zh_van_045", "长城",
     "“万里长城”、“秦始皇”、“烽火台”、“不到长城非好汉”、“古代”、“雄伟”、“北京”",
     ["万里长城", "秦始皇", "烽火台", "不到长城非好汉", "古代", "雄伟", "北京"]),
    ("zh_van_046", "李白",
     "诗仙、唐朝、《静夜思》、喝酒、月亮、杜甫、浪漫主义、《将进酒》",
     ["诗仙", "唐朝", "静夜思", "喝酒", "月亮", "杜甫", "浪漫主义", "将进酒"]),
    ("zh_van_047", "飞机",
     "1.机场 2.旅行 3.天空 4.机票 5.空姐 6.飞行员 7.航班",
     ["机场", "旅行", "天空", "机票", "空姐", "飞行员", "航班"]),
    ("zh_van_048", "考试",
     "1）紧张\n2）分数\n3）复习\n4）高考\n5）试卷\n6）作弊\n7）老师",
     ["紧张", "分数", "复习", "高考", "试卷", "作弊", "老师"]),
    ("zh_van_049", "雪",
     "看到“雪”，我首先会想到冬天，然后是雪人和打雪仗，还有白色、寒冷，以及圣诞节。",
     ["冬天", "雪人", "打雪仗", "白色", "寒冷", "圣诞节"]),
    ("zh_van_050", "红色",
     "红色，中国红，喜庆，火，血，玫瑰，国旗，热情",
     ["红色", "中国红", "喜庆", "火", "血", "玫瑰", "国旗", "热情"]),
    ("zh_van_051", "汽车",
     "我联想到：宝马（BMW）、奔驰、特斯拉（Tesla）、驾照、堵车、加油站、轮胎",
     ["宝马", "奔驰", "特斯拉", "驾照", "堵车", "加油站", "轮胎"]),
    ("zh_van_052", "电影",
     "电影院、爆米花、好莱坞、导演、IMAX、3D、票房、明星",
     ["电影院", "爆米花", "好莱坞", "导演", "imax", "3d", "票房", "明星"]),
    ("zh_van_053", "鸟",
     "飞翔、翅膀、天空、羽毛、鸟巢、自由、",
     ["飞翔", "翅膀", "天空", "羽毛", "鸟巢", "自由"]),
    ("zh_van_054", "东西",
     "“东西”是一个非常宽泛的词，既可以指物品，也可以指方向。我联想到的词语有：物品、买东西、东方、西方、杂物、方向。",
     ["物品", "买东西", "东方", "西方", "杂物", "方向"]),
    ("zh_van_055", "财富",
     "金钱 > 富有 > 房子 > 黄金 > 投资 > 成功",
     ["金钱", "富有", "房子", "黄金", "投资", "成功"]),
    ("zh_van_056", "花",
     "名词：玫瑰、花园、蜜蜂、春天\n形容词：美丽、芬芳、鲜艳",
     ["玫瑰", "花园", "蜜蜂", "春天", "美丽", "芬芳", "鲜艳"]),
    ("zh_van_057", "水",
     "１．生命\n２．河流\n３．喝水\n４．干净\n５．海洋\n６．雨",
     ["生命", "河流", "喝水", "干净", "海洋", "雨"]),
    ("zh_van_058", "父亲",
     "以下是与“父亲”相关的联想词语，按联想强度从高到低排列：\n\n- 父爱\n- 背影\n- 严肃\n- 责任\n- 山\n- 辛劳\n- 沉默",
     ["父爱", "背影", "严肃", "责任", "山", "辛劳", "沉默"]),
    ("zh_van_059", "生日",
     "🎂 蛋糕\n🎁 礼物\n🕯️ 蜡烛\n🎉 派对\n🎵 生日歌\n👨‍👩‍👧 家人",
     ["蛋糕", "礼物", "蜡烛", "派对", "生日歌", "家人"]),
    ("zh_van_060", "蔬菜",
     "白菜、西红柿（番茄）、黄瓜、土豆（马铃薯）、胡萝卜、菠菜",
     ["白菜", "西红柿", "黄瓜", "土豆", "胡萝卜", "菠菜"]),
    # answered in English with the Han word in brackets: keep the Han word
    ("zh_van_061", "熊猫",
     "Here are some words I associate with “熊猫”: bamboo (竹子), China (中国), cute (可爱), "
     "black and white (黑白), zoo (动物园), Sichuan (四川).",
     ["竹子", "中国", "可爱", "黑白", "动物园", "四川"]),
    # numeric items are items, not numbering
    ("zh_van_062", "情人节",
     "玫瑰、巧克力、2月14日、约会、烛光晚餐、礼物、520、表白",
     ["玫瑰", "巧克力", "2月14日", "约会", "烛光晚餐", "礼物", "520", "表白"]),
    # 、 inside a bracketed gloss is not a separator
    ("zh_van_063", "维生素",
     "健康、水果（如橙子、猕猴桃）、蔬菜、营养、维生素C、药片",
     ["健康", "水果", "蔬菜", "营养", "维生素c", "药片"]),
    ("zh_van_064", "手表",
     "时间、Apple Watch、劳力士、手腕、表盘、智能手表",
     ["时间", "apple watch", "劳力士", "手腕", "表盘", "智能手表"]),
    # 、 in the introductory sentence is not part of the list
    ("zh_van_065", "故乡",
     "“故乡”是一个充满情感、回忆和温度的词。看到它，我联想到：乡愁、老家、童年、父母、炊烟、月亮、《静夜思》。"
     "这些词语都寄托着对家乡的思念，希望对你有帮助。",
     ["乡愁", "老家", "童年", "父母", "炊烟", "月亮", "静夜思"]),
    ("zh_van_066", "风",
     "看到“风”，我从几个角度联想：\n1. 自然类：台风、微风、沙尘暴\n2. 感受类：凉爽、寒冷\n"
     "3. 生活类：风筝、风扇\n4. 文化类：风水、《风之谷》\n\n如需更多请告诉我。",
     ["台风", "微风", "沙尘暴", "凉爽", "寒冷", "风筝", "风扇", "风水", "风之谷"]),
    ("zh_van_067", "城市",
     "高楼 | 交通 | 地铁 | 人群 | 繁华 | 夜景 | 堵车",
     ["高楼", "交通", "地铁", "人群", "繁华", "夜景", "堵车"]),
    ("zh_van_068", "猴子",
     "香蕉、孙悟空、动物园、聪明、爬树、调皮。另外还可以联想到：《西游记》、齐天大圣。",
     ["香蕉", "孙悟空", "动物园", "聪明", "爬树", "调皮", "西游记", "齐天大圣"]),
    # explained list cut by the token limit inside the 6th bold word
    ("zh_van_069", "甜",
     "1. **糖果**：小孩最爱的零食。\n2. **蛋糕**：生日必备的甜点。\n3. **蜂蜜**：天然的甜味。\n"
     "4. **甜蜜**：形容幸福的感觉。\n5. **冰淇淋**：夏天的甜品。\n6. **巧克",
     ["糖果", "蛋糕", "蜂蜜", "甜蜜", "冰淇淋"]),

    # ---- fine-tuned Qwen / Llama (SFT / PPO on SWOW) --------------------------------------
    ("zh_ft_001", "狗",
     "猫，骨头，忠诚，宠物，看门，汪汪，朋友",
     ["猫", "骨头", "忠诚", "宠物", "看门", "汪汪", "朋友"]),
    ("zh_ft_002", "宠物",
     "猫，狗，猫，狗，猫，狗，猫，狗，猫，狗，猫，狗，猫，狗",
     ["猫", "狗"]),
    ("zh_ft_003", "月亮",
     "月亮，月亮，月亮，月亮，月亮，月亮，月亮",
     ["月亮"]),
    ("zh_ft_004", "天空",
     "蓝色白云太阳飞机小鸟星星",
     ["蓝色", "白云", "太阳", "飞机", "小鸟", "星星"]),
    # AMBIGUOUS: also readable as 中国，人民，银行，存款，利息
    ("zh_ft_005", "银行",
     "中国人民银行存款利息",
     ["中国人民银行", "存款", "利息"]),
    ("zh_ft_006", "鱼",
     "水,海洋，游泳, 鱼刺，金鱼,钓鱼 ，河",
     ["水", "海洋", "游泳", "鱼刺", "金鱼", "钓鱼", "河"]),
    ("zh_ft_007", "花",
     "玫瑰，春天，香，蜜蜂，美丽，，，",
     ["玫瑰", "春天", "香", "蜜蜂", "美丽"]),
    ("zh_ft_008", "医生",
     "医院，护士，病人，白大褂，看病\n\n医院，护士，白大褂，病人，看病",
     ["医院", "护士", "病人", "白大褂", "看病"]),
    # AMBIGUOUS: the second list may be read as a degenerate continuation, not part of the
    # answer; other reading: 读书，考试，老师，作业，努力 only
    ("zh_ft_009", "学习",
     "读书，考试，老师，作业，努力\n\n学校，知识，书本",
     ["读书", "考试", "老师", "作业", "努力", "学校", "知识", "书本"]),
    ("zh_ft_010", "火车",
     "请列出看到“火车”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。\n"
     "铁轨，旅行，车站，高铁，车票，春运",
     ["铁轨", "旅行", "车站", "高铁", "车票", "春运"]),
    ("zh_ft_011", "太阳",
     "阳光，温暖，夏天，光，热，月亮\n"
     "请列出看到“月亮”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。\n星星，夜晚，中秋",
     ["阳光", "温暖", "夏天", "光", "热", "月亮"]),
    ("zh_ft_012", "咖啡",
     "assistant\n提神，苦，星巴克，咖啡豆，拿铁，熬夜",
     ["提神", "苦", "星巴克", "咖啡豆", "拿铁", "熬夜"]),
    ("zh_ft_013", "茶",
     "绿茶，茶叶，中国，茶杯，喝茶，龙井<|im_end|>\n<|im_start|>assistant\n绿茶，茶叶",
     ["绿茶", "茶叶", "中国", "茶杯", "喝茶", "龙井"]),
    ("zh_ft_014", "动物",
     "狗，猫，老虎，狮子，大象，熊猫，猴子，兔子，马，牛，羊，猪，鸡，鸭，鱼，鸟，蛇，熊，狼，狐狸，鹿，长颈鹿，斑马，企鹅，海豚",
     ["狗", "猫", "老虎", "狮子", "大象", "熊猫", "猴子", "兔子", "马", "牛", "羊", "猪", "鸡",
      "鸭", "鱼", "鸟", "蛇", "熊", "狼", "狐狸", "鹿", "长颈鹿", "斑马", "企鹅", "海豚"]),
    ("zh_ft_015", "夏天",
     "炎热，西瓜，空调，游泳，冰淇淋，暑假，太阳，汗水，蝉，冰淇淋，西瓜，空调，游泳，冰淇",
     ["炎热", "西瓜", "空调", "游泳", "冰淇淋", "暑假", "太阳", "汗水", "蝉"]),
    ("zh_ft_016", "快餐",
     "汉堡，薯条，可乐，炸鸡，肯德基，麦当",
     ["汉堡", "薯条", "可乐", "炸鸡", "肯德基"]),
    ("zh_ft_017", "老师",
     "学生、 黑板 、粉笔、 讲台、教书、 园丁",
     ["学生", "黑板", "粉笔", "讲台", "教书", "园丁"]),
    ("zh_ft_018", "电脑",
     "键盘，鼠标，屏幕，internet，游戏，工作，Windows",
     ["键盘", "鼠标", "屏幕", "internet", "游戏", "工作", "windows"]),
    ("zh_ft_019", "学校",
     "學生，老师，教室，考試，同學，操场",
     ["學生", "老师", "教室", "考試", "同學", "操场"]),
    ("zh_ft_020", "快乐",
     "快乐，开心，快乐，开心，高兴，快乐，开心，高兴，快乐",
     ["快乐", "开心", "高兴"]),
    ("zh_ft_021", "水",
     "喝水 河流 海洋 干净 生命 雨",
     ["喝水", "河流", "海洋", "干净", "生命", "雨"]),
    ("zh_ft_022", "雪",
     "冬天，\n白色，\n寒冷，\n雪人，\n滑雪，",
     ["冬天", "白色", "寒冷", "雪人", "滑雪"]),
    ("zh_ft_023", "春天",
     "花开温暖绿色小草燕子播种春雨",
     ["花开", "温暖", "绿色", "小草", "燕子", "播种", "春雨"]),
    # AMBIGUOUS: also readable as 学生活动，操场，老师，上课
    ("zh_ft_024", "学校",
     "学生活动操场老师上课",
     ["学生", "活动", "操场", "老师", "上课"]),
    ("zh_ft_025", "家",
     "用户：请列出看到“家”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。\n"
     "助手：温暖，父母，房子，亲情，团圆",
     ["温暖", "父母", "房子", "亲情", "团圆"]),
    ("zh_ft_026", "猫",
     "老鼠，鱼，可爱，宠物，喵<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n老鼠，鱼",
     ["老鼠", "鱼", "可爱", "宠物", "喵"]),
    ("zh_ft_027", "动物园",
     "1.猴子2.大象3.老虎4.熊猫5.长颈鹿6.门票",
     ["猴子", "大象", "老虎", "熊猫", "长颈鹿", "门票"]),
    ("zh_ft_028", "冰",
     "冰，冷，冰块，冬天，冰箱，冰，冷，冰块，冬天，冰箱，冰，冷",
     ["冰", "冷", "冰块", "冬天", "冰箱"]),
    # second line is an English translation of the list: dropped
    ("zh_ft_029", "书",
     "阅读，知识，图书馆，作者，故事\nread, knowledge, library, author, story",
     ["阅读", "知识", "图书馆", "作者", "故事"]),
    ("zh_ft_030", "红色",
     "喜庆。血。火。中国。红旗。热情。",
     ["喜庆", "血", "火", "中国", "红旗", "热情"]),
    # "钱：" is a header naming the cue, not an item
    ("zh_ft_031", "钱",
     "钱：金钱，财富，银行，工资，富有，花钱",
     ["金钱", "财富", "银行", "工资", "富有", "花钱"]),
    ("zh_ft_032", "冬天",
     "雪；寒冷、围巾；火锅、春节；",
     ["雪", "寒冷", "围巾", "火锅", "春节"]),
    ("zh_ft_033", "兔子",
     "胡萝卜，白色，可爱，耳朵，跳，月亮。以上是我的回答，下面我们来看下一个词。",
     ["胡萝卜", "白色", "可爱", "耳朵", "跳", "月亮"]),
]

LISTS = EN_LISTS + ZH_LISTS

RANKINGS = []

TRUNCATED = {
    "en_ft_005",  # "umbr" dropped
    "en_ft_021",  # "gr" dropped
    "en_ft_036",  # "hosp" dropped
    "zh_van_069",  # "巧克" dropped
    "zh_ft_015",  # "冰淇" dropped
    "zh_ft_016",  # "麦当" dropped
}

AMBIGUOUS = {
    "en_ft_039",  # other reading: "ice", "cream" as two words instead of "ice cream"
    "zh_ft_005",  # other reading: 中国，人民，银行，存款，利息
    "zh_ft_009",  # other reading: only the first list 读书，考试，老师，作业，努力
    "zh_ft_024",  # other reading: 学生活动，操场，老师，上课
}
