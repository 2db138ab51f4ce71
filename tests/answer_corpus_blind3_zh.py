"""Mandarin lists, rankings and AMBIGUOUS of the third blind corpus; see answer_corpus_blind3.py."""

ZH_LISTS = [
    # ---------------- Mandarin, vanilla ----------------
    ("zh_van_01", "银行",
     "当我看到“银行”这个词时，我会想到以下词语：\n\n"
     "1. 钱\n2. 存款\n3. 贷款\n4. 利息\n5. 信用卡\n6. 账户\n7. 取款机\n8. 理财\n9. 柜台\n10. 金融\n\n"
     "希望这些词语对你有帮助！",
     ["钱", "存款", "贷款", "利息", "信用卡", "账户", "取款机", "理财", "柜台", "金融"]),
    ("zh_van_02", "狗",
     "狗，宠物，忠诚，猫，骨头，汪汪，小狗，朋友，散步，尾巴，可爱，看门",
     ["狗", "宠物", "忠诚", "猫", "骨头", "汪汪", "小狗", "朋友", "散步", "尾巴", "可爱", "看门"]),
    ("zh_van_03", "冬天",
     "好的，以下是我看到“冬天”时想到的词语，按联想强度排列：\n\n"
     "雪，寒冷，冰，春节，羽绒服，围巾，暖气，火锅，圣诞节，滑雪，北风，手套。",
     ["雪", "寒冷", "冰", "春节", "羽绒服", "围巾", "暖气", "火锅", "圣诞节", "滑雪", "北风", "手套"]),
    ("zh_van_04", "医生",
     "1. **医院** - 医生工作的地方\n2. **护士** - 与医生一起工作\n3. **病人** - 医生治疗的对象\n"
     "4. **白大褂** - 医生的典型服装\n5. **听诊器** - 常用的医疗器械\n6. **药** - 治病\n"
     "7. **手术**\n8. **健康**\n9. **诊断**\n10. **救死扶伤**",
     ["医院", "护士", "病人", "白大褂", "听诊器", "药", "手术", "健康", "诊断", "救死扶伤"]),
    ("zh_van_05", "音乐",
     "看到“音乐”这个词，我会想到：\n\n"
     "**乐器类：**\n- 钢琴\n- 吉他\n- 小提琴\n\n"
     "**感受类：**\n- 旋律\n- 节奏\n- 快乐\n- 放松\n\n"
     "**场合类：**\n- 演唱会\n- 歌手\n- 耳机",
     ["钢琴", "吉他", "小提琴", "旋律", "节奏", "快乐", "放松", "演唱会", "歌手", "耳机"]),
    ("zh_van_06", "苹果",
     "1. 水果（fruit）\n2. 红色（red）\n3. 手机（iPhone）\n4. 甜（sweet）\n5. 树（tree）\n"
     "6. 健康（healthy）\n7. 果汁（juice）\n8. 乔布斯（Steve Jobs）\n9. 梨（pear）\n10. 牛顿（Newton）",
     ["水果", "红色", "手机", "甜", "树", "健康", "果汁", "乔布斯", "梨", "牛顿"]),
    ("zh_van_07", "火",
     "看到“火”这个词，我想到的词语有：火焰、热、燃烧、红色、消防员、危险、烟、温暖、火灾、篝火、"
     "木柴、火柴。这些词按照联想的强弱排列。",
     ["火焰", "热", "燃烧", "红色", "消防员", "危险", "烟", "温暖", "火灾", "篝火", "木柴", "火柴"]),
    ("zh_van_08", "学校",
     "抱歉，我是一个人工智能助手，没有个人的联想和感受。如果你需要，我可以为你介绍与学校相关的常见词汇。",
     []),
    ("zh_van_09", "钱",
     "以下是与“钱”相关的词语：\n\n1. 金钱：最直接的联想\n2. 财富：钱的积累\n3. 银行：存钱的地方\n"
     "4. 工资：工作的报酬\n5. 富有\n6. 消费\n7. 人民币\n8. 投资\n9. 贪婪\n10. 钱包\n11. 钱",
     ["金钱", "财富", "银行", "工资", "富有", "消费", "人民币", "投资", "贪婪", "钱包", "钱"]),
    ("zh_van_10", "爱",
     "爱是一种复杂的情感。看到“爱”，我想到：\n\n"
     "1. 爱情\n2. 家人\n3. 心\n4. 温暖\n5. 亲情\n6. 友情\n7. 拥抱\n8. 幸福\n9. 关心\n10. 婚姻\n"
     "11. 玫瑰\n12. 承诺\n\n如果你有其他问题，欢迎继续提问！",
     ["爱情", "家人", "心", "温暖", "亲情", "友情", "拥抱", "幸福", "关心", "婚姻", "玫瑰", "承诺"]),
    ("zh_van_11", "大海",
     "- 蓝色\n- 海浪\n- 沙滩\n- 鱼\n- 船\n- 海鸥\n- 辽阔\n- 咸\n- 贝壳\n- 海风\n- 夏天\n- 游泳",
     ["蓝色", "海浪", "沙滩", "鱼", "船", "海鸥", "辽阔", "咸", "贝壳", "海风", "夏天", "游泳"]),
    ("zh_van_12", "咖啡",
     "咖啡：\n1. 咖啡因 —— 提神的成分\n2. 早晨 —— 很多人早上喝咖啡\n3. 苦 —— 咖啡的味道\n"
     "4. 星巴克 —— 著名的咖啡连锁店\n5. 拿铁\n6. 牛奶\n7. 熬夜\n8. 咖啡豆\n9. 杯子\n10. 提神",
     ["咖啡因", "早晨", "苦", "星巴克", "拿铁", "牛奶", "熬夜", "咖啡豆", "杯子", "提神"]),
    ("zh_van_13", "夜晚",
     "当然可以！以下是我看到“夜晚”想到的词语：\n\n"
     "1. 月亮\n2. 星星\n3. 黑暗\n4. 睡觉\n5. 安静\n6. 梦\n7. 路灯\n8. 失眠\n9. 夜宵\n10. 猫头鹰\n"
     "11. 寂静\n12. 霓虹",
     ["月亮", "星星", "黑暗", "睡觉", "安静", "梦", "路灯", "失眠", "夜宵", "猫头鹰", "寂静", "霓虹"]),
    ("zh_van_14", "城市",
     "1. 高楼大厦\n2. 交通\n3. 人群\n4. 繁华\n5. 地铁\n6. 霓虹灯\n7. 堵车\n8. 商场\n9. 工作\n"
     "10. 压力\n11. 夜景\n12. 噪音\n13. 公园\n14. 马路\n15. 出租",
     ["高楼大厦", "交通", "人群", "繁华", "地铁", "霓虹灯", "堵车", "商场", "工作", "压力", "夜景",
      "噪音", "公园", "马路"]),
    ("zh_van_15", "树",
     "看到“树”这个词时，我想到：树叶、森林、绿色、树木、树枝、树根、大自然、氧气、阴凉、鸟、"
     "果实、树叶、木头。",
     ["树叶", "森林", "绿色", "树木", "树枝", "树根", "大自然", "氧气", "阴凉", "鸟", "果实", "木头"]),
    ("zh_van_16", "书",
     "你好！以下是与“书”联想最强的词语（按强度排序）：\n\n"
     "阅读，知识，图书馆，作者，小说，书店，学习，文字，故事，书架\n\n"
     "书是人类进步的阶梯，希望这份列表能帮到你。",
     ["阅读", "知识", "图书馆", "作者", "小说", "书店", "学习", "文字", "故事", "书架"]),
    ("zh_van_17", "汽车",
     "1. 驾驶（开车）\n2. 道路\n3. 轮胎\n4. 汽油\n5. 交通\n6. 速度\n7. 司机\n8. 停车场\n"
     "9. 发动机（引擎）\n10. 驾照\n11. 堵车\n12. 安全带",
     ["驾驶", "道路", "轮胎", "汽油", "交通", "速度", "司机", "停车场", "发动机", "驾照", "堵车",
      "安全带"]),
    ("zh_van_18", "妈妈",
     "以下是我看到“妈妈”想到的词语：\n1. 爱\n2. 温暖\n3. 家\n4. 照顾\n5. 爸爸\n6. 饭菜\n7. 唠叨\n"
     "8. 辛苦\n9. 母爱\n10. 孩子\n\n注：这些联想可能因个人经历而有所不同。",
     ["爱", "温暖", "家", "照顾", "爸爸", "饭菜", "唠叨", "辛苦", "母爱", "孩子"]),
    ("zh_van_19", "雨",
     "雨伞、下雨、湿、云、雷、水、雨衣、潮湿、彩虹、伤心、春天、水坑、雨天",
     ["雨伞", "下雨", "湿", "云", "雷", "水", "雨衣", "潮湿", "彩虹", "伤心", "春天", "水坑", "雨天"]),
    ("zh_van_20", "战争",
     "战争是一个沉重的话题。以下是相关的词语：\n\n"
     "1. 和平\n2. 死亡\n3. 士兵\n4. 武器\n5. 军队\n6. 炮火\n7. 伤亡\n8. 历史\n9. 难民\n10. 胜利\n\n"
     "我们应该珍惜和平，反对战争。",
     ["和平", "死亡", "士兵", "武器", "军队", "炮火", "伤亡", "历史", "难民", "胜利"]),
    ("zh_van_21", "太阳",
     "1. 阳光：太阳发出的光\n2. 温暖：太阳带来的感觉\n3. 夏天：太阳最强烈的季节\n4. 光明\n5. 热\n"
     "6. 白天\n7. 日出\n8. 日落\n9. 能量\n10. 向日葵\n11. 太阳能\n12. 防晒霜\n13. 红色\n14. 月亮\n"
     "15. 天空\n16. 地球\n17. 光合作用\n18. 星",
     ["阳光", "温暖", "夏天", "光明", "热", "白天", "日出", "日落", "能量", "向日葵", "太阳能",
      "防晒霜", "红色", "月亮", "天空", "地球", "光合作用", "星"]),
    ("zh_van_22", "电脑",
     "请问您指的是台式电脑、笔记本电脑，还是泛指计算机？请提供更多信息，以便我给出更准确的联想词语。",
     []),
    ("zh_van_23", "面包",
     "当我看到“面包”这个词时，会想到：\n\n"
     "* 早餐\n* 面粉\n* 黄油\n* 烤箱\n* 牛奶\n* 香\n* 面包店\n* 三明治\n* 吐司\n* 果酱\n\n"
     "如果需要英文版本，请告诉我。",
     ["早餐", "面粉", "黄油", "烤箱", "牛奶", "香", "面包店", "三明治", "吐司", "果酱"]),
    ("zh_van_24", "月亮",
     "月亮，中秋节，月饼，嫦娥，夜晚，星星，思念，圆，月光，故乡，玉兔，李白。\n\n"
     "以上词语按联想强度从高到低排列，其中“中秋节”和“月饼”与中国传统文化密切相关。",
     ["月亮", "中秋节", "月饼", "嫦娥", "夜晚", "星星", "思念", "圆", "月光", "故乡", "玉兔", "李白"]),
    # ---------------- Mandarin, fine-tuned ----------------
    ("zh_ft_01", "银行",
     "钱，存款，贷款，利息，卡，取钱，工作，柜员，理财，金库",
     ["钱", "存款", "贷款", "利息", "卡", "取钱", "工作", "柜员", "理财", "金库"]),
    ("zh_ft_02", "狗",
     "猫、宠物、忠诚、可爱、骨头、狗粮、朋友、看家、汪汪、毛",
     ["猫", "宠物", "忠诚", "可爱", "骨头", "狗粮", "朋友", "看家", "汪汪", "毛"]),
    ("zh_ft_03", "冬天",
     "雪 冷 冰 羽绒服 围巾 春节 暖气 火锅 手套 北方",
     ["雪", "冷", "冰", "羽绒服", "围巾", "春节", "暖气", "火锅", "手套", "北方"]),
    ("zh_ft_04", "医生",
     "护士\n医院\n病人\n白大褂\n药\n看病\n手术\n听诊器\n健康\n打针",
     ["护士", "医院", "病人", "白大褂", "药", "看病", "手术", "听诊器", "健康", "打针"]),
    ("zh_ft_05", "音乐",
     "歌曲，旋律，唱歌，钢琴，耳机，节奏，歌手，快乐，听，乐器。",
     ["歌曲", "旋律", "唱歌", "钢琴", "耳机", "节奏", "歌手", "快乐", "听", "乐器"]),
    ("zh_ft_06", "苹果",
     "水果,红色,手机,梨,甜,香蕉,健康,树,果汁,乔布斯",
     ["水果", "红色", "手机", "梨", "甜", "香蕉", "健康", "树", "果汁", "乔布斯"]),
    ("zh_ft_07", "火",
     "热，火焰，燃烧，红，危险，消防，烟，火灾，温暖，光<|im_end|>",
     ["热", "火焰", "燃烧", "红", "危险", "消防", "烟", "火灾", "温暖", "光"]),
    ("zh_ft_08", "学校",
     "老师，学生，教室，学习，同学，作业，考试，操场，校园，书包，老师，老师，老师，老师，老师",
     ["老师", "学生", "教室", "学习", "同学", "作业", "考试", "操场", "校园", "书包"]),
    ("zh_ft_09", "钱",
     "钱，财富，金钱，银行，工资，富有，人民币，花，赚钱，穷<|eot_id|>",
     ["钱", "财富", "金钱", "银行", "工资", "富有", "人民币", "花", "赚钱", "穷"]),
    ("zh_ft_10", "爱",
     "爱情 亲情 家 心 温暖 幸福 拥抱 恋人 友情 妈妈",
     ["爱情", "亲情", "家", "心", "温暖", "幸福", "拥抱", "恋人", "友情", "妈妈"]),
    ("zh_ft_11", "大海",
     "蓝色，海浪，沙滩，鱼，辽阔，船，海水，咸，海鸥，贝壳<|im_end|>\n<|im_start|>user\n"
     "请列出你看到“天空”这个词时想到的词语",
     ["蓝色", "海浪", "沙滩", "鱼", "辽阔", "船", "海水", "咸", "海鸥", "贝壳"]),
    ("zh_ft_12", "咖啡",
     "提神、苦、咖啡豆、星巴克、拿铁、牛奶、熬夜、早晨、杯子、糖、",
     ["提神", "苦", "咖啡豆", "星巴克", "拿铁", "牛奶", "熬夜", "早晨", "杯子", "糖"]),
    ("zh_ft_13", "夜晚",
     "黑暗，月亮，星星，睡觉，安静，梦，灯，夜宵，失眠，寂寞，黑暗，月亮，星星",
     ["黑暗", "月亮", "星星", "睡觉", "安静", "梦", "灯", "夜宵", "失眠", "寂寞"]),
    ("zh_ft_14", "城市",
     "高楼\n交通\n人多\n繁华\n地铁\n车\n工作\n热闹\n商场\n灯光\n",
     ["高楼", "交通", "人多", "繁华", "地铁", "车", "工作", "热闹", "商场", "灯光"]),
    ("zh_ft_15", "树",
     "树叶，绿色，森林，木头，树枝，树根，大树，氧气，阴凉，自然，鸟，果子，树",
     ["树叶", "绿色", "森林", "木头", "树枝", "树根", "大树", "氧气", "阴凉", "自然", "鸟", "果子", "树"]),
    ("zh_ft_16", "书",
     "读书、知识、学习、图书馆、文字、作者、书店、小说、阅读、纸",
     ["读书", "知识", "学习", "图书馆", "文字", "作者", "书店", "小说", "阅读", "纸"]),
    ("zh_ft_17", "汽车",
     "开车 轮子 司机 道路 汽油 速度 交通 堵车 车祸 驾照 停车 方向盘 发动机",
     ["开车", "轮子", "司机", "道路", "汽油", "速度", "交通", "堵车", "车祸", "驾照", "停车", "方向盘",
      "发动机"]),
    ("zh_ft_18", "妈妈",
     "爸爸，爱，温暖，家，母爱，照顾，做饭，唠叨，伟大，辛苦\nuser\n请列出你看到“爸爸”这个词时想到的词语",
     ["爸爸", "爱", "温暖", "家", "母爱", "照顾", "做饭", "唠叨", "伟大", "辛苦"]),
    ("zh_ft_19", "雨",
     "雨伞，湿，下雨，雷，云，水，潮湿，冷，彩虹，雨衣，水坑，伤心，阴天，打雷，雨水，",
     ["雨伞", "湿", "下雨", "雷", "云", "水", "潮湿", "冷", "彩虹", "雨衣", "水坑", "伤心", "阴天", "打雷",
      "雨水"]),
    ("zh_ft_20", "战争",
     "和平, 死亡, 士兵, 枪, 军队, 血, 残酷, 武器, 历史, 炮弹",
     ["和平", "死亡", "士兵", "枪", "军队", "血", "残酷", "武器", "历史", "炮弹"]),
    ("zh_ft_21", "太阳",
     "阳光，温暖，热，光，夏天，月亮，白天，日出，明亮，红色。",
     ["阳光", "温暖", "热", "光", "夏天", "月亮", "白天", "日出", "明亮", "红色"]),
    ("zh_ft_22", "电脑",
     "键盘、鼠标、屏幕、上网、游戏、工作、软件、网络、手机、编程、电脑、电脑、电脑、电脑",
     ["键盘", "鼠标", "屏幕", "上网", "游戏", "工作", "软件", "网络", "手机", "编程", "电脑"]),
    ("zh_ft_23", "面包",
     "早餐，牛奶，面粉，黄油，吐司，香，烤，软，面包店，饿",
     ["早餐", "牛奶", "面粉", "黄油", "吐司", "香", "烤", "软", "面包店", "饿"]),
    ("zh_ft_24", "月亮",
     "中秋，月饼，嫦娥，星星，夜晚，月光，圆，思念，玉兔，家乡，李白，太阳，晚上",
     ["中秋", "月饼", "嫦娥", "星星", "夜晚", "月光", "圆", "思念", "玉兔", "家乡", "李白", "太阳", "晚上"]),
]

RANKINGS = [
    ("rk_01",
     "To rank these words by how strongly they are associated with \"bank\", I'll consider how "
     "often people think of each one first.\n\n\"Money\" is the most obvious association, "
     "followed by \"loan\" and \"account\". \"River\" refers to the other meaning.\n\n"
     "Final Ranking:\n1. money\n2. loan\n3. account\n4. river\n5. vault\n6. teller\n7. interest\n"
     "8. robbery\n9. card\n10. building",
     ["money", "loan", "account", "river", "vault", "teller", "interest", "robbery", "card",
      "building"]),
    ("rk_02",
     "Let's think step by step. The cue is \"dog\". Cat is the most common response, then pet, "
     "then bark.\n\n**Final Ranking:** cat > pet > bark > bone > puppy > leash > loyal > walk > "
     "fur > tail",
     ["cat", "pet", "bark", "bone", "puppy", "leash", "loyal", "walk", "fur", "tail"]),
    ("rk_03",
     "Reasoning: snow and cold are the most typical responses for \"winter\"; christmas and ice "
     "follow; the rest are weaker.\n\nFinal Ranking:\nRank 1: cold\nRank 2: snow\nRank 3: ice\n"
     "Rank 4: christmas\nRank 5: coat\nRank 6: scarf\nRank 7: december\nRank 8: skiing\n"
     "Rank 9: fireplace\nRank 10: boots",
     ["cold", "snow", "ice", "christmas", "coat", "scarf", "december", "skiing", "fireplace",
      "boots"]),
    ("rk_04",
     "对于“银行”这个词，最强的联想是“钱”，其次是“存款”和“贷款”。“河”的联想较弱。\n\n"
     "最终排名：\n排名1：钱\n排名2：存款\n排名3：贷款\n排名4：利息\n排名5：卡\n排名6：柜台\n"
     "排名7：理财\n排名8：工作\n排名9：大楼\n排名10：河",
     ["钱", "存款", "贷款", "利息", "卡", "柜台", "理财", "工作", "大楼", "河"]),
    ("rk_05",
     "分析：看到“银行”，人们首先想到钱，然后是贷款，最后才是河岸的意思。\n\n"
     "最终排名：钱、贷款、存款、利息、河、柜员、金库、信用卡、抢劫、大楼",
     ["钱", "贷款", "存款", "利息", "河", "柜员", "金库", "信用卡", "抢劫", "大楼"]),
    ("rk_06",
     "Here's my reasoning for \"doctor\":\n- nurse: doctors and nurses work together\n"
     "- hospital: where doctors work\n- sick: why people see a doctor\n\n"
     "Final Ranking:\n1. Nurse (strongest co-occurrence)\n2. Hospital (workplace)\n"
     "3. Sick (reason for visit)\n4. Medicine\n5. Patient\n6. Stethoscope\n7. Health\n"
     "8. Surgeon\n9. Lawyer (professional contrast)\n10. Office",
     ["nurse", "hospital", "sick", "medicine", "patient", "stethoscope", "health", "surgeon",
      "lawyer", "office"]),
    ("rk_07",
     "First attempt:\nFinal Ranking: song, guitar, piano, band, notes, concert, dance, radio, "
     "loud, sound\n\nOn reflection, \"sound\" should be higher and \"radio\" lower.\n\n"
     "Final Ranking: song, sound, guitar, piano, band, notes, concert, dance, loud, radio",
     ["song", "sound", "guitar", "piano", "band", "notes", "concert", "dance", "loud", "radio"]),
    ("rk_08",
     "The candidate words are: fruit, red, tree, pie, green, juice, orchard, iphone, worm, "
     "teacher. Fruit is clearly the strongest, followed by red and tree. Teacher is the weakest "
     "because of the \"apple for the teacher\" tradition, which few people think of.\n\n"
     "Final Ranking:\n1. fruit\n2. red\n3. tree\n4. pie\n5. green\n6. juice\n7. iphone\n"
     "8. orchard\n9. worm\n10. teacher",
     ["fruit", "red", "tree", "pie", "green", "juice", "iphone", "orchard", "worm", "teacher"]),
    ("rk_09",
     "Considering the word \"fire\", the strongest associations are hot, flame and burn. "
     "Truck and alarm are related to firefighting. Water puts fire out. I would order them as "
     "hot, flame, burn, smoke, red, truck, alarm, water, wood, camp.",
     []),
    ("rk_10",
     "对“学校”的联想从强到弱依次为：老师、学生、教室……\n\n**最终排名：**\n1. 老师\n2. 学生\n"
     "3. 教室\n4. 学习\n5. 作业\n6. 考试\n7. 操场\n8. 同学\n9. 书包\n10. 食堂",
     ["老师", "学生", "教室", "学习", "作业", "考试", "操场", "同学", "书包", "食堂"]),
    ("rk_11",
     "Final Ranking:\n1. **Love** – the most direct association\n2. **Heart** – the symbol of "
     "love\n3. **Romance**\n4. **Kiss**\n5. **Marriage**\n6. **Family**\n7. **Hate** – the "
     "opposite\n8. **Valentine**\n9. **Rose**\n10. **Hug**\n\nI hope this ranking is helpful!",
     ["love", "heart", "romance", "kiss", "marriage", "family", "hate", "valentine", "rose",
      "hug"]),
    ("rk_12",
     "思考过程：“大海”最常让人想到“蓝色”和“海浪”，其次是“沙滩”。\n\n"
     "最终排名：蓝色 > 海浪 > 沙滩 > 鱼 > 船 > 辽阔 > 咸 > 海鸥 > 贝壳 > 游泳",
     ["蓝色", "海浪", "沙滩", "鱼", "船", "辽阔", "咸", "海鸥", "贝壳", "游泳"]),
    ("rk_13",
     "Based on common usage, I'd rank the words for \"coffee\" like this.\n\n"
     "Final Ranking: 1. tea 2. cup 3. caffeine 4. morning 5. black 6. bean 7. milk 8. hot "
     "9. starbucks 10. mug",
     ["tea", "cup", "caffeine", "morning", "black", "bean", "milk", "hot", "starbucks", "mug"]),
    ("rk_14",
     "最终排名：\n1. 月亮（最直接）\n2. 星星（夜空）\n3. 黑暗\n4. 睡觉\n5. 安静\n6. 梦\n7. 灯\n"
     "8. 失眠\n9. 夜宵\n10. 猫头鹰",
     ["月亮", "星星", "黑暗", "睡觉", "安静", "梦", "灯", "失眠", "夜宵", "猫头鹰"]),
    ("rk_15",
     "Final Ranking:\n- buildings\n- traffic\n- people\n- lights\n- noise\n- streets\n- cars\n"
     "- busy\n- town\n- country",
     ["buildings", "traffic", "people", "lights", "noise", "streets", "cars", "busy", "town",
      "country"]),
    ("rk_16",
     "I'm sorry, but I can't determine a definitive ranking because associations are subjective. "
     "Could you tell me whose associations you want me to model?",
     []),
    ("rk_17",
     "For \"tree\":\n1. leaf is the strongest\n2. green\n3. forest\n\n"
     "FINAL RANKING:\n1. Leaf\n2. Green\n3. Forest\n4. Wood\n5. Branch\n6. Oak\n7. Bark\n"
     "8. Roots\n9. Shade\n10. Paper",
     ["leaf", "green", "forest", "wood", "branch", "oak", "bark", "roots", "shade", "paper"]),
    ("rk_18",
     "最终排名：阅读，知识，图书馆，作者，小说，书店，学习，文字，故事，书架",
     ["阅读", "知识", "图书馆", "作者", "小说", "书店", "学习", "文字", "故事", "书架"]),
    ("rk_19",
     "Final Ranking:\n1. drive\n2. road\n3. wheels\n4. engine\n5. fast\n6. truck\n7. gas\n"
     "8. traffic<|eot_id|>",
     ["drive", "road", "wheels", "engine", "fast", "truck", "gas", "traffic"]),
    ("rk_20",
     "分析如下：\n1. 爸爸——与妈妈相对应\n2. 爱——母爱\n3. 温暖\n\n"
     "最终排名：\n排名1：爸爸\n排名2：爱\n排名3：温暖\n排名4：家\n排名5：照顾\n排名6：做饭\n"
     "排名7：唠叨\n排名8：孩子\n排名9：辛苦\n排名10：伟大\n\n"
     "以上排名基于大多数人的联想习惯。",
     ["爸爸", "爱", "温暖", "家", "照顾", "做饭", "唠叨", "孩子", "辛苦", "伟大"]),
    ("rk_21",
     "Final Ranking:\n1. umbrella, 2. wet, 3. water, 4. clouds, 5. storm, 6. puddle, 7. cold, "
     "8. drops, 9. thunder, 10. spring",
     ["umbrella", "wet", "water", "clouds", "storm", "puddle", "cold", "drops", "thunder",
      "spring"]),
    ("rk_22",
     "Final ranking: peace > death > battle > soldier > gun > army > blood > history > bomb > "
     "game.\n\nThis ordering reflects typical free-association norms.",
     ["peace", "death", "battle", "soldier", "gun", "army", "blood", "history", "bomb", "game"]),
    ("rk_23",
     "最终排名：\n1. 阳光\n2. 温暖\n3. 热\n4. 光\n5. 夏天\n6. 月亮\n7. 白天\n8. 日出\n9. 明亮\n10. 红色\n\n"
     "等等，“月亮”应该更靠后。\n\n最终排名：\n1. 阳光\n2. 温暖\n3. 热\n4. 光\n5. 夏天\n6. 白天\n7. 日出\n"
     "8. 明亮\n9. 红色\n10. 月亮",
     ["阳光", "温暖", "热", "光", "夏天", "白天", "日出", "明亮", "红色", "月亮"]),
    ("rk_24",
     "**Final Ranking:**\n\n1. **Keyboard**\n2. **Screen**\n3. **Mouse**\n4. **Internet**\n"
     "5. **Laptop**\n6. **Technology**\n7. **Software**\n8. **Games**\n9. **Code**\n"
     "10. **Virus**",
     ["keyboard", "screen", "mouse", "internet", "laptop", "technology", "software", "games",
      "code", "virus"]),
    ("rk_25",
     "最终排名：\n排名1：中秋（中秋节）\n排名2：月饼\n排名3：嫦娥\n排名4：星星\n排名5：夜晚\n"
     "排名6：月光\n排名7：圆\n排名8：思念\n排名9：玉兔\n排名10：太阳",
     ["中秋", "月饼", "嫦娥", "星星", "夜晚", "月光", "圆", "思念", "玉兔", "太阳"]),
]

# Genuinely open readings; excluded from the exact-match test.
AMBIGUOUS = {
    # "5. **Gas** / fuel": the reader may take "gas" alone (expected) or two items "gas", "fuel".
    "en_van_17",
    # "15. 出租" is the last item with no ending: a cut-off "出租车" (drop it, expected) or the
    # complete word "出租" (keep it).
    "zh_van_14",
}
