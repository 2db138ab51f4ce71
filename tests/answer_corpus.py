"""Answers written for the tests in the style instruction-tuned and fine-tuned models answer
the ALIGN prompts (not copied from any model), each with the list a careful reader keeps.

`LISTS` answer "List the words that come to mind when you read the word X"; `RANKINGS`
answer the PPO ranking task, whose gold order (most to least frequent) is in `GOLD`.
"""

from __future__ import annotations

from typing import NamedTuple


class Case(NamedTuple):
    id: str
    text: str
    words: list[str]
    cue: str | None = None


LISTS: list[Case] = [
    # --- English: clean and nearly clean -------------------------------------------------
    Case("en-comma", "money, river, loan, account, teller, vault",
         ["money", "river", "loan", "account", "teller", "vault"]),
    Case("en-comma-caps-period",
         "Money, Finance, Account, Loan, Teller, ATM, Deposit, Withdrawal, Vault, Interest.",
         ["money", "finance", "account", "loan", "teller", "atm", "deposit", "withdrawal",
          "vault", "interest"]),
    Case("en-multiword", "ice cream, cold, hot fudge, sundae, vanilla, cone",
         ["ice cream", "cold", "hot fudge", "sundae", "vanilla", "cone"]),
    Case("en-oxford-and", "bark, bone, leash, cat, and puppy",
         ["bark", "bone", "leash", "cat", "puppy"]),
    Case("en-etc", "sun, sand, waves, surf, towel, etc.",
         ["sun", "sand", "waves", "surf", "towel"]),
    Case("en-quoted", '"Money", "River", "Loan", "Account"',
         ["money", "river", "loan", "account"]),
    Case("en-one-per-line", "money  \nriver  \nloan  \naccount  \n",
         ["money", "river", "loan", "account"]),
    Case("en-semicolons", "money; river; loan; savings account",
         ["money", "river", "loan", "savings account"]),
    Case("en-duplicates", "Money, money, MONEY, river, River",
         ["money", "river"]),
    Case("en-spaces-only", "money river loan account",
         ["money", "river", "loan", "account"]),
    Case("en-single", "ice cream", ["ice cream"]),
    # --- English: preambles, remarks ------------------------------------------------------
    Case("en-preamble-comma",
         'Here are 15 words that come to mind when I read the word "bank":\n\n'
         "Money, Loan, Account, Savings, Credit, Deposit, Withdrawal, Teller, Vault, Interest, "
         "Finance, Investment, River, Shore, Branch",
         ["money", "loan", "account", "savings", "credit", "deposit", "withdrawal", "teller",
          "vault", "interest", "finance", "investment", "river", "shore", "branch"]),
    Case("en-preamble-same-line",
         "Sure! Here are some words associated with 'doctor': nurse, hospital, medicine, "
         "stethoscope, patient, surgery.",
         ["nurse", "hospital", "medicine", "stethoscope", "patient", "surgery"]),
    Case("en-preamble-remark",
         "Sure! Here are 12 words I associate with \"winter\":\n\n"
         "snow, cold, ice, Christmas, sledding, scarf, gloves, fireplace, hot chocolate, "
         "skiing, frost, blizzard\n\n"
         "Let me know if you'd like more!",
         ["snow", "cold", "ice", "christmas", "sledding", "scarf", "gloves", "fireplace",
          "hot chocolate", "skiing", "frost", "blizzard"]),
    Case("en-remark-sentence",
         "kitchen, food, chef, recipe, oven, meal\n\n"
         "These are the words I most strongly associate with cooking, in order.",
         ["kitchen", "food", "chef", "recipe", "oven", "meal"]),
    Case("en-hope-helps",
         "bread, butter, flour, oven, toast, sandwich, wheat\nI hope this helps!",
         ["bread", "butter", "flour", "oven", "toast", "sandwich", "wheat"]),
    Case("en-note-remark",
         "Words: guitar, drums, song, concert, melody, band\n"
         "Note: the list is ordered from the strongest association.",
         ["guitar", "drums", "song", "concert", "melody", "band"]),
    Case("en-ok-filler", "Okay, here you go:\ncat, bone, bark, leash",
         ["cat", "bone", "bark", "leash"]),
    # --- English: numbered and bulleted -----------------------------------------------------
    Case("en-numbered-preamble",
         'Here are 10 words that come to mind when I think of "bank":\n\n'
         "1. Money\n2. River\n3. Loan\n4. Account\n5. Teller\n6. Vault\n7. ATM\n8. Deposit\n"
         "9. Savings\n10. Interest\n\nLet me know if you need more!",
         ["money", "river", "loan", "account", "teller", "vault", "atm", "deposit", "savings",
          "interest"]),
    Case("en-numbered-paren", "1) apple\n2) banana\n3) orange\n4) grape",
         ["apple", "banana", "orange", "grape"]),
    Case("en-numbered-bold-gloss",
         "Here are some words associated with **ocean**:\n\n"
         "1. **Water** - the ocean is a vast body of salt water\n"
         "2. **Waves** - constantly moving on the surface\n"
         "3. **Fish** - many species live there\n"
         "4. **Salt**\n5. **Beach** - where the ocean meets the land\n\n"
         "I hope these associations are helpful!",
         ["water", "waves", "fish", "salt", "beach"]),
    Case("en-numbered-colon-gloss",
         "1. Money: banks keep it safe\n2. Loan: you can borrow from a bank\n"
         "3. River: a river bank is the land beside a river\n4. Account: what you open at a bank",
         ["money", "loan", "river", "account"]),
    Case("en-bold-colon-inside",
         "1. **Money:** the main thing banks handle\n2. **Loan:** borrowed money\n"
         "3. **Interest:** what a loan costs",
         ["money", "loan", "interest"]),
    Case("en-numbered-paren-gloss",
         "1. Teacher (the person who runs the class)\n2. Students\n3. Desk (where you sit)\n"
         "4. Chalkboard\n5. Homework (assigned after class)",
         ["teacher", "students", "desk", "chalkboard", "homework"]),
    Case("en-bullets-dash", "- cat\n- bone\n- bark\n- leash\n- walk",
         ["cat", "bone", "bark", "leash", "walk"]),
    Case("en-bullets-star-bold", "* **Sun**\n* **Moon**\n* **Stars**\n* **Galaxy**",
         ["sun", "moon", "stars", "galaxy"]),
    Case("en-bullets-dot", "• coffee\n• morning\n• caffeine\n• cup\n• espresso",
         ["coffee", "morning", "caffeine", "cup", "espresso"]),
    Case("en-blank-lines-between",
         "1. Rain\n\n2. Umbrella\n\n3. Clouds\n\n4. Thunder\n\n5. Puddle",
         ["rain", "umbrella", "clouds", "thunder", "puddle"]),
    Case("en-inline-numbers", "1. cat 2. dog 3. hamster 4. goldfish",
         ["cat", "dog", "hamster", "goldfish"]),
    Case("en-numbered-closing-paragraph",
         "Sure, here's a list of words associated with \"computer\":\n\n"
         "1. Keyboard\n2. Mouse\n3. Screen\n4. Internet\n5. Software\n6. Laptop\n\n"
         "These words cover both the hardware and the way people use computers. If you'd like "
         "a longer list, just ask.",
         ["keyboard", "mouse", "screen", "internet", "software", "laptop"]),
    Case("en-categories-bold-headers",
         "When I hear \"bank\", two meanings come to mind:\n\n"
         "**Finance:**\n- money\n- loan\n- account\n\n**Nature:**\n- river\n- shore\n- mud",
         ["money", "loan", "account", "river", "shore", "mud"]),
    Case("en-categories-nested",
         "1. Financial:\n   - money\n   - savings\n   - teller\n2. Geographical:\n   - river\n"
         "   - slope",
         ["money", "savings", "teller", "river", "slope"]),
    Case("en-nested-explanations",
         "1. Piano\n   - the instrument most people picture\n2. Keys\n   - black and white\n"
         "3. Music\n4. Pedal",
         ["piano", "keys", "music", "pedal"]),
    Case("en-markdown-heading",
         "### Associations for \"garden\"\n\n1. Flowers\n2. Soil\n3. Vegetables\n4. Shovel",
         ["flowers", "soil", "vegetables", "shovel"]),
    Case("en-em-dash-gloss",
         "1. Coffee—the obvious one\n2. Mug—what you drink it from\n3. Caffeine\n4. Beans",
         ["coffee", "mug", "caffeine", "beans"]),
    Case("en-en-dash-gloss",
         "- Library – full of books\n- Reading – what you do there\n- Shelf\n- Author",
         ["library", "reading", "shelf", "author"]),
    Case("en-bold-numbers", "**1.** Snow\n**2.** Ice\n**3.** Sled\n**4.** Mittens",
         ["snow", "ice", "sled", "mittens"]),
    Case("en-header-line-comma",
         "Associations with \"fire\": heat, flame, smoke, burn, firefighter, red",
         ["heat", "flame", "smoke", "burn", "firefighter", "red"]),
    Case("en-label-list-lines",
         "Strongest: money, account\nAlso: river, shore",
         ["money", "account", "river", "shore"]),
    Case("en-comma-gloss-pieces",
         "money (what banks hold), river (as in river bank), loan, account",
         ["money", "river", "loan", "account"]),
    Case("en-refusal",
         "I'm sorry, but I can't help with that request.", []),
    Case("en-refusal-sorry-first", "Sorry, I cannot help with that.", []),
    Case("zh-refusal", "抱歉，我无法回答这个问题。", []),
    Case("en-emoji-bullets", "🌞 sun\n🌊 ocean\n🏖️ beach\n🐚 shell",
         ["sun", "ocean", "beach", "shell"]),
    Case("en-numbered-then-remark-bullets",
         "1. Bread\n2. Butter\n3. Toast\n\nNotes:\n- These are ordered by strength.\n"
         "- I left out brand names.",
         ["bread", "butter", "toast"]),
    # --- Mandarin: clean and fine-tuned forms ---------------------------------------------
    Case("zh-fullwidth-comma", "钱，存款，贷款，利息，银行卡，账户",
         ["钱", "存款", "贷款", "利息", "银行卡", "账户"]),
    Case("zh-dunhao", "医生、护士、医院、药、病人、手术",
         ["医生", "护士", "医院", "药", "病人", "手术"]),
    Case("zh-spaces", "降落 刹车 落地 着陆 跑道 飞机",
         ["降落", "刹车", "落地", "着陆", "跑道", "飞机"]),
    Case("zh-one-per-line-trailing-spaces", "冬天  \n寒冷  \n下雪  \n围巾  \n",
         ["冬天", "寒冷", "下雪", "围巾"]),
    Case("zh-ascii-comma", "猫,狗,宠物,可爱,毛",
         ["猫", "狗", "宠物", "可爱", "毛"]),
    Case("zh-end-period", "太阳，月亮，星星，天空。",
         ["太阳", "月亮", "星星", "天空"]),
    Case("zh-duplicates", "猫，猫，狗，宠物，狗",
         ["猫", "狗", "宠物"]),
    Case("zh-mixed-latin", "电脑，键盘，鼠标，CPU，Windows，软件",
         ["电脑", "键盘", "鼠标", "cpu", "windows", "软件"]),
    Case("zh-idioms", "一帆风顺，乘风破浪，船，大海，航行",
         ["一帆风顺", "乘风破浪", "船", "大海", "航行"]),
    Case("zh-dengdeng", "水果，苹果，香蕉，橙子，等等",
         ["水果", "苹果", "香蕉", "橙子"]),
    # --- Mandarin: chat forms ---------------------------------------------------------------
    Case("zh-preamble-numbered-remark",
         "好的，以下是与“狱警”有关的一些联想词列表：\n\n1. 犯人\n2. 狱室\n3. 监狱\n4. 看守\n"
         "5. 制服\n\n希望这些联想词能满足你的需求。",
         ["犯人", "狱室", "监狱", "看守", "制服"]),
    Case("zh-preamble-comma-line",
         "好的，以下是看到“银行”时我联想到的词语：\n\n钱，存款，贷款，利息，银行卡，柜台",
         ["钱", "存款", "贷款", "利息", "银行卡", "柜台"]),
    Case("zh-preamble-same-line",
         "与“医院”相关的联想词：医生，护士，病人，药，挂号",
         ["医生", "护士", "病人", "药", "挂号"]),
    Case("zh-numbered-dash-gloss",
         "1. 监狱 - 狱警工作的地方\n2. 犯人 - 被看管的人\n3. 制服\n4. 钥匙 - 开牢门用的",
         ["监狱", "犯人", "制服", "钥匙"]),
    Case("zh-numbered-colon-gloss",
         "1. 书本：学习的工具\n2. 老师：传授知识的人\n3. 考试\n4. 黑板：上课时写字的地方",
         ["书本", "老师", "考试", "黑板"]),
    Case("zh-paren-gloss", "补充（可能指补充营养），维生素，健康，营养，饮食",
         ["补充", "维生素", "健康", "营养", "饮食"]),
    Case("zh-ascii-paren-gloss", "补充 (可能指……)，营养，水分",
         ["补充", "营养", "水分"]),
    Case("zh-dunhao-numbering", "1、春天\n2、花\n3、温暖\n4、发芽",
         ["春天", "花", "温暖", "发芽"]),
    Case("zh-circled", "① 咖啡\n② 早晨\n③ 提神\n④ 苦",
         ["咖啡", "早晨", "提神", "苦"]),
    Case("zh-fullwidth-numbers", "１．火车\n２．铁轨\n３．车站\n４．旅行",
         ["火车", "铁轨", "车站", "旅行"]),
    Case("zh-chinese-numerals", "一、大海\n二、沙滩\n三、贝壳\n四、海浪",
         ["大海", "沙滩", "贝壳", "海浪"]),
    Case("zh-bullets-bold", "- **音乐**\n- **吉他**\n- **演唱会**\n- **歌手**",
         ["音乐", "吉他", "演唱会", "歌手"]),
    Case("zh-closing-note",
         "钱，存款，贷款，理财\n\n注意：以上词语按联想强度排列。",
         ["钱", "存款", "贷款", "理财"]),
    Case("zh-categories",
         "“银行”可以让人想到两类词：\n\n**金融类：**\n- 钱\n- 存款\n\n**自然类：**\n- 河岸\n- 河流",
         ["钱", "存款", "河岸", "河流"]),
    Case("zh-category-lines",
         "金融：钱，存款，贷款\n自然：河岸，河流",
         ["钱", "存款", "贷款", "河岸", "河流"]),
    Case("zh-pinyin-english-gloss",
         "1. 钱 (qián) - money\n2. 存款 (cúnkuǎn) - deposit\n3. 贷款 (dàikuǎn) - loan",
         ["钱", "存款", "贷款"]),
    Case("zh-quotes", "“月亮”、“中秋”、“月饼”、“嫦娥”",
         ["月亮", "中秋", "月饼", "嫦娥"]),
    Case("zh-book-title", "小说，《红楼梦》，作家，阅读",
         ["小说", "红楼梦", "作家", "阅读"]),
    Case("zh-remark-line-end",
         "1. 足球\n2. 比赛\n3. 球员\n4. 进球\n\n以上是我想到的词语，按联想强度从强到弱排列。",
         ["足球", "比赛", "球员", "进球"]),
    Case("zh-haode-only-line", "好的！\n\n雨伞，下雨，雨衣，天气",
         ["雨伞", "下雨", "雨衣", "天气"]),
    Case("zh-spaces-numbered-lines", "1. 老虎\n2. 狮子\n3. 动物园\n4. 森林",
         ["老虎", "狮子", "动物园", "森林"]),
    Case("zh-inline-numbers", "1.猫 2.狗 3.鱼 4.鸟", ["猫", "狗", "鱼", "鸟"]),
    Case("zh-heading-list",
         "### “电影”的联想词\n\n1. 电影院\n2. 爆米花\n3. 演员\n4. 导演",
         ["电影院", "爆米花", "演员", "导演"]),
    Case("zh-sentence-only", "我觉得这个词让我想到很多东西，但是很难用几个词概括。", []),
    Case("zh-rank-style-list", "第1名：火锅\n第2名：辣\n第3名：四川",
         ["火锅", "辣", "四川"]),
    Case("zh-bracket-numbers", "【1】长城\n【2】北京\n【3】历史",
         ["长城", "北京", "历史"]),
    Case("zh-parenthesised-numbers", "(1) 茶\n(2) 茶叶\n(3) 绿茶\n(4) 茶杯",
         ["茶", "茶叶", "绿茶", "茶杯"]),
    # --- forms seen less often, and other generators' leftovers ---------------------------
    Case("en-think-block",
         "<think>The user wants associations for bank. Money is the obvious one, then river."
         "</think>\n\nmoney, river, loan, account",
         ["money", "river", "loan", "account"]),
    Case("en-chat-token-tail", "money, river, loan, account<|eot_id|>",
         ["money", "river", "loan", "account"]),
    Case("en-table",
         "| Rank | Word | Why |\n|---|---|---|\n| 1 | Money | banks hold it |\n"
         "| 2 | Loan | banks lend |\n| 3 | River | river bank |",
         ["money", "loan", "river"]),
    Case("en-cue-heading", "Bank\n\nmoney, river, loan, account",
         ["money", "river", "loan", "account"], cue="bank"),
    Case("en-full-stops", "Money. River. Loan. Account.",
         ["money", "river", "loan", "account"]),
    Case("en-inline-bullets", "• money • river • loan • account",
         ["money", "river", "loan", "account"]),
    Case("en-word-because-lines",
         "Money, because that is what banks hold\nRiver, because rivers have banks\n"
         "Loan, since banks lend",
         ["money", "river", "loan"]),
    Case("en-sentence-list-line",
         "Words like money, river, and loan come to mind.\n\nmoney, river, loan, teller, vault",
         ["money", "river", "loan", "teller", "vault"]),
    Case("en-preamble-comma-colon",
         'Here are 15 words that come to mind when I read the word "bank", from most to least '
         "associated: Money, Loan, Account, Savings, River",
         ["money", "loan", "account", "savings", "river"]),
    Case("en-numbered-categories-inline",
         "1. **Financial institution**: money, loan, account\n2. **Geography**: river, shore",
         ["money", "loan", "account", "river", "shore"]),
    Case("en-numbered-unindented-explanations",
         "1. Money\nBanks are places to keep money.\n2. River\nA river has two banks.\n3. Loan",
         ["money", "river", "loan"]),
    Case("en-truncated", "money, river, loan, account, tel", ["money", "river", "loan",
                                                                "account", "tel"]),
    Case("en-hyphenated-words", "T-shirt, X-ray, well-being, pop-up", ["t-shirt", "x-ray",
                                                                          "well-being", "pop-up"]),
    Case("en-would-you-like",
         "- Money\n- River\n- Loan\n\nWould you like me to explain any of these?",
         ["money", "river", "loan"]),
    Case("en-lettered", "a) snow\nb) ice\nc) cold", ["snow", "ice", "cold"]),
    Case("en-ellipsis", "money, river, loan...", ["money", "river", "loan"]),
    Case("zh-think-block", "<think>用户想要“银行”的联想词。</think>钱，存款，贷款",
         ["钱", "存款", "贷款"]),
    Case("zh-full-stops", "钱。存款。贷款。利息。", ["钱", "存款", "贷款", "利息"]),
    Case("zh-mixed-spaces-latin", "KTV 唱歌 麦克风 朋友", ["ktv", "唱歌", "麦克风", "朋友"]),
    Case("zh-im-end", "雪，冬天，冷，雪人<|im_end|>", ["雪", "冬天", "冷", "雪人"]),
    Case("zh-preamble-no-colon", "以下是一些联想词\n钱，存款，贷款", ["钱", "存款", "贷款"]),
    Case("zh-em-dash-gloss", "1. 月饼——中秋节的食物\n2. 团圆——家人相聚\n3. 月亮",
         ["月饼", "团圆", "月亮"]),
    Case("zh-table", "| 序号 | 联想词 |\n|---|---|\n| 1 | 钱 |\n| 2 | 存款 |\n| 3 | 贷款 |",
         ["钱", "存款", "贷款"]),
    Case("zh-cue-heading", "银行\n钱 存款 贷款 利息", ["钱", "存款", "贷款", "利息"], cue="银行"),
    Case("zh-bullet-dots", "• 火车\n• 车票\n• 站台", ["火车", "车票", "站台"]),
    Case("zh-numbers-in-one-line", "1. 钱，2. 存款，3. 贷款，4. 利息", ["钱", "存款", "贷款", "利息"]),
    Case("en-numbers-no-spaces", "1.Money,2.Loan,3.River", ["money", "loan", "river"]),
    Case("en-three-word-items", "ice cream shop, hot fudge sundae, cold winter days.",
         ["ice cream shop", "hot fudge sundae", "cold winter days"]),
    Case("en-base-model-continues",
         'money, river, loan, teller\nList the words that come to mind when you read the word '
         '"cat". Give between 10 and 20 words, separated by commas.',
         ["money", "river", "loan", "teller"]),
]

# --- rankings: the gold order of each task (most to least frequent) ---------------------------

GOLD = {
    "bank": ["money", "loan", "account", "river", "vault"],
    "dog": ["cat", "bone", "bark", "leash", "puppy"],
    "银行": ["钱", "贷款", "存款", "河", "柜台"],
    "猫": ["狗", "老鼠", "宠物", "可爱", "鱼"],
}

RANKINGS: list[tuple[str, Case]] = [
    ("bank", Case("rk-en-rank-lines",
                  "Final Ranking:\nRank 1: money\nRank 2: loan\nRank 3: account\nRank 4: river\n"
                  "Rank 5: vault",
                  ["money", "loan", "account", "river", "vault"])),
    ("bank", Case("rk-en-line-after-explanation",
                  'Money is the first thing most people think of with "bank", followed by loans '
                  "and accounts. River is a secondary sense.\n\n"
                  "Final Ranking: money, loan, account, river, vault",
                  ["money", "loan", "account", "river", "vault"])),
    ("bank", Case("rk-en-bold-marker-numbered-gloss",
                  "Let me think about each word.\n\n1. Money: the core of banking.\n"
                  "2. River: the other meaning.\n\n**Final Ranking:**\n"
                  "1. money (the most common sense)\n2. loan\n3. river\n4. account\n5. vault\n\n"
                  "This final ranking reflects everyday usage.",
                  ["money", "loan", "river", "account", "vault"])),
    ("bank", Case("rk-en-arrows", "Final Ranking: money > loan > river > account > vault",
                  ["money", "loan", "river", "account", "vault"])),
    ("bank", Case("rk-en-unicode-arrows", "Final ranking: Money → Account → Loan → Vault → River",
                  ["money", "account", "loan", "vault", "river"])),
    ("bank", Case("rk-en-inline-numbered-commas",
                  "Final Ranking: 1. Money, 2. Loan, 3. Account, 4. Vault, 5. River",
                  ["money", "loan", "account", "vault", "river"])),
    ("bank", Case("rk-en-heading-marker",
                  "## Final Ranking\n\n1. **Money**\n2. **Account**\n3. **Loan**\n4. **River**\n"
                  "5. **Vault**",
                  ["money", "account", "loan", "river", "vault"])),
    ("bank", Case("rk-en-marker-with-paren",
                  "Final Ranking (from most to least associated): money, account, loan, vault, "
                  "river.",
                  ["money", "account", "loan", "vault", "river"])),
    ("bank", Case("rk-en-first-item-on-marker-line",
                  "Final Ranking: 1. money\n2. loan\n3. account\n4. river\n5. vault",
                  ["money", "loan", "account", "river", "vault"])),
    ("bank", Case("rk-en-two-markers",
                  "My first Final Ranking: vault, river\n\nOn reflection, money matters most.\n\n"
                  "Final Ranking: money, loan, account, vault, river\n\n"
                  "I think this final ranking is right.",
                  ["money", "loan", "account", "vault", "river"])),
    ("bank", Case("rk-en-dash-gloss-bullets",
                  "**Final Ranking:**\n- Money - by far the strongest\n- Loan - banks lend\n"
                  "- Account\n- River - the other sense\n- Vault",
                  ["money", "loan", "account", "river", "vault"])),
    ("bank", Case("rk-en-oxford", "Final Ranking: money, loan, account, river, and vault.",
                  ["money", "loan", "account", "river", "vault"])),
    ("dog", Case("rk-en-lowercase-marker-quotes",
                 'final ranking: "cat", "bark", "bone", "puppy", "leash"',
                 ["cat", "bark", "bone", "puppy", "leash"])),
    ("dog", Case("rk-en-ordinals", "Final Ranking:\n1st: bone\n2nd: cat\n3rd: bark\n4th: leash\n"
                 "5th: puppy", ["bone", "cat", "bark", "leash", "puppy"])),
    ("dog", Case("rk-en-no-marker", "1. cat\n2. bone\n3. bark\n4. leash\n5. puppy", [])),
    ("银行", Case("rk-zh-rank-lines",
                 "最终排名：\n排名1：钱\n排名2：贷款\n排名3：存款\n排名4：河\n排名5：柜台",
                 ["钱", "贷款", "存款", "河", "柜台"])),
    ("银行", Case("rk-zh-same-line",
                 "理由：人们看到“银行”最先想到钱，其次是贷款和存款。\n\n最终排名：钱，贷款，存款，河，柜台",
                 ["钱", "贷款", "存款", "河", "柜台"])),
    ("银行", Case("rk-zh-arrows", "最终排名：钱 > 存款 > 贷款 > 柜台 > 河",
                 ["钱", "存款", "贷款", "柜台", "河"])),
    ("银行", Case("rk-zh-bold-numbered",
                 "**最终排名：**\n1. 钱（最常见的联想）\n2. 存款\n3. 贷款\n4. 柜台\n5. 河\n\n希望对你有帮助！",
                 ["钱", "存款", "贷款", "柜台", "河"])),
    ("银行", Case("rk-zh-di-ming", "最终排名\n第1名：钱\n第2名：贷款\n第3名：柜台\n第4名：存款\n第5名：河",
                 ["钱", "贷款", "柜台", "存款", "河"])),
    ("银行", Case("rk-zh-dunhao", "最终排名：钱、贷款、存款、柜台、河。",
                 ["钱", "贷款", "存款", "柜台", "河"])),
    ("猫", Case("rk-zh-ascii-colon", "最终排名: 狗, 宠物, 老鼠, 鱼, 可爱",
               ["狗", "宠物", "老鼠", "鱼", "可爱"])),
    ("猫", Case("rk-zh-dash-gloss", "最终排名：\n1. 狗 - 猫狗常被一起提到\n2. 老鼠 - 猫捉老鼠\n3. 宠物\n"
               "4. 鱼\n5. 可爱", ["狗", "老鼠", "宠物", "鱼", "可爱"])),
    ("猫", Case("rk-zh-circled", "最终排名：\n① 老鼠\n② 狗\n③ 鱼\n④ 宠物\n⑤ 可爱",
               ["老鼠", "狗", "鱼", "宠物", "可爱"])),
    ("猫", Case("rk-zh-no-marker", "狗，老鼠，宠物，鱼，可爱", [])),
]
