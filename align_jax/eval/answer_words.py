"""The word tables of the answer parser, and the list of its cleaning steps.

`CLEANING` names every step `align_jax.eval.answer_items` applies to a line or item, in
order; the tables after it are the only word lists the parser uses. A reader who wants to
know why a word was kept or dropped starts here.
"""

from __future__ import annotations

# The cleaning of one line or item, in the order applied.
CLEANING = {
    "rank labels": "drop '1st:' 'Rank 2:' '第一名：' '排名3：' before each item of a line",
    "markdown": "drop **, __, ~~ and backticks",
    "gloss in brackets": "drop '(…)' '（…）' '[…]' '【…】' after a word; an item that is only a "
                         "bracket keeps its content",
    "label: list / word: gloss": "'Finance: money, loan' keeps the list; 'Money: banks keep it' "
                                 "keeps 'Money'; 'Here are the words: money' keeps 'money'; "
                                 "in a sentence's list the last 'x and y.' is two items, "
                                 "and a quoted word it names comes first ('最强的是“努力”，"
                                 "其次是：…')",
    "split": "on , 、 ; • | → ⇒ -> => and between quotes ('「雨伞」「乌云」') (and > in "
             "rankings); '. ' '。' or '/' between three or "
             "more fragments that are all short words, '·' between three or more of two "
             "characters or more ('哈利·波特' is one name)",
    "gloss after a dash": "drop ' - …', ' – …', ' — …', '——…', '--…', '宠物-常见…', '交通（traffic）- …' "
                          "(three or more words joined by dashes are a list); after a line's first word the "
                          "gloss runs to the end of the line, separators included, unless "
                          "three or more short words follow",
    "Han words between spaces": "'降落 刹车 落地' is three items",
    "wrapping": "strip a score after the word ('35%', '0.21', 'money:12'), quotes, brackets, bullets, "
                "emoji and punctuation around it, a leading connective (CONNECTIVES, "
                "HAN_CONNECTIVES: 'and ', 'then ', '其次是'), a Han word's pinyin or "
                "translation ('钱 qián', '医生 / doctor'; 'Food stalls / 攤販' keeps its first "
                "side), then NFKC and lowercase (normalise_word)",
    "neighbours": "in three or more Han pieces a piece splits at 和 / 以及 (not in HE_WORDS) "
                  "and the last loses a closing 等 (not in DENG_WORDS); a prose piece before a "
                  "word keeps the word it ends on ('… come to mind are doctors'), one after a "
                  "word the word it opens with ('and tellers come to mind'); a sentence that "
                  "opens the list takes the articles off its words ('I think of the waves'); "
                  "the last of three or more items 'x and y' is two unless one of BINOMIALS "
                  "('frozen and slippery', 'salt and pepper'), also when read as prose for "
                  "its length ('the NRA and school shootings'); two or more Han ordinals "
                  "numbering a line are dropped ('第一，努力；第二，坚持'); in five or more "
                  "pieces that are nearly all words, a two-word piece is a word even with "
                  "one of PROSE_WORDS ('if only', 'thank you')",
    "not a word": "drop pieces that read as prose (PROSE_WORDS, HAN_PROSE, HAN_OPENERS, over "
                  "LATIN_MAX_WORDS words but for titles ('The Lord of the Rings') or over "
                  "HAN_MAX_CHARS characters, ending in ! or ?, questions), "
                  "JUNK ('etc', '等等'), telephone numbers ('010-82951332'; '911' stays), and an "
                  "opening FILLER ('好的', 'Sure'); a line whose "
                  "first piece is prose, or whose words are only DISCOURSE words beside prose "
                  "('Sorry, I cannot help'), or that reads as one sentence, is dropped whole, "
                  "but for a quoted word it ends on ('… comes to mind is \"trust.\"')",
}

# A piece of two or more English words containing one of these reads as a sentence
# ("Let me know", "I hope this helps"), not as an association ("ice cream", "bank of
# america", "trash can", "free will": words that name things are deliberately absent).
PROSE_WORDS = frozenset("""
    i i'm i'd i've i'll me my you you're you'd you'll you've your we we're our it it's its
    he she they they're them their is are was were be been this these those that that's
    which what when because since if could would should let let's here here's there's
    hope please
""".split())
# A Han piece of five or more characters containing one of these reads as a sentence.
HAN_PROSE = ("是", "了", "这", "那", "你", "我", "您", "们", "以下", "希望", "可以",
             "如果", "因为", "所以", "注意", "能", "吗", "呢", "吧", "请", "一些", "相关",
             "看到", "想到", "首先", "然后", "欢迎", "提问", "无法", "作为", "联想", "排序",
             "词语", "上面", "格式", "例子")
# "Speaking of X" openers: a Han piece that starts with one of these is prose ("说到秋天").
HAN_OPENERS = ("说到", "提到", "谈到", "听到", "看到", "一提到", "一说到", "一想到", "一听到",
               "一看到")
# Words in which 和 / 等 are part of the word, not "and" / "etc." ("和平", "平等"). Looked for
# inside an item, so none may span a join: not "人和" (亲人和老房子), "和牛" (羊和牛), "调和" (空调和).
HE_WORDS = ("和平", "和谐", "温和", "暖和", "柔和", "和尚", "总和", "和睦", "和气", "和蔼", "讲和",
            "和服", "附和", "饱和", "缓和", "和弦", "和声", "随和", "祥和", "平和", "和好", "共和",
            "颐和园", "保和殿", "太和殿", "和煦")
DENG_WORDS = ("平等", "高等", "同等", "上等", "头等", "初等", "中等", "对等", "均等", "相等", "优等",
              "劣等", "特等", "一等", "二等", "三等", "次等", "何等", "等等")
HAN_MAX_CHARS = 8                # longer Han pieces are sentences
LATIN_MAX_WORDS = 4              # longer English pieces are sentences, but for titles
TITLE_MAX_WORDS = 7              # "The Lord of the Rings": capitalised words and TITLE_SMALL_WORDS
TITLE_SMALL_WORDS = frozenset("of the a an and in on at to for with from by".split())
# Words that join the items of a list written as a sentence ("The first word is money,
# then loan, and finally river"; "其次是作业，还有教室"): dropped before the item.
CONNECTIVES = ("and then ", "and finally ", "and lastly ", "and ", "or ", "then ", "finally ",
               "lastly ", "followed by ", "as well as ", "words like ", "words such as ", "things like ",
               "such as ")
HAN_CONNECTIVES = ("其次是", "然后是", "接着是", "最后是", "再次是", "再其次是", "接下来是",
                   "最后还有", "另外还有", "还有", "以及", "然后", "其次", "再次", "最后", "比如", "例如")
# Fixed pairs that are one association; any other "x and y" closing a list of three or
# more items ("frozen and slippery") is two.
BINOMIALS = frozenset(pair.replace("&", " and ") for pair in """
    salt&pepper rock&roll black&white bread&butter mac&cheese fish&chips bed&breakfast
    law&order pros&cons ups&downs give&take back&forth rise&fall life&death war&peace
    love&hate day&night arts&crafts supply&demand pen&paper bits&pieces trial&error
    dungeons&dragons tom&jerry romeo&juliet salt&vinegar bacon&eggs ham&cheese sweet&sour
    hide&seek thunder&lightning peace&quiet sticks&stones milk&cookies cats&dogs
    research&development beauty&beast cookies&cream rhythm&blues pins&needles up&down
    head&shoulders bow&arrow adam&eve in&out track&field smoke&mirrors jack&jill to&fro
    stars&stripes pride&prejudice over&over on&on round&round hand&foot knees&toes
    lewis&clark high&mighty here&now oil&vinegar herbs&spices men&women good&bad
""".split())
# Whole pieces that are never words: a list's "etc.", a sign-off ("嗯，就这些吧", "toast, I
# guess"), an example's label ("例如：“…”"). Interjections are not among them: "huh" and "um"
# are SWOW responses.
JUNK = frozenset({"etc", "and so on", "and more", "and others", "so on", "等", "等等",
                  "就这些", "就这些吧", "就这些了", "that's it", "that's all", "i guess", "i suppose",
                  "例如", "比如", "譬如", "for example", "e.g"})
# Chat fillers dropped when they open an answer ("好的，钱，存款…", "Sure\n money, …").
FILLERS = frozenset({"sure", "okay", "certainly", "of course", "absolutely", "alright",
                     "honestly", "frankly", "personally", "oh", "ah", "hmm", "um", "uh", "好的",
                     "当然", "当然可以", "没问题", "哎呀", "哎哟", "哇", "哇塞", "嗯", "哦", "噢",
                     "呃", "嘿", "哈哈"})

# Words that open a sentence ("Sorry, I cannot help", "抱歉，我无法回答"): a line of these and
# prose is prose.
DISCOURSE = FILLERS | {"sorry", "unfortunately", "however", "well", "also", "finally", "ultimately",
                       "overall", "basically", "generally", "historically", "in summary",
                       "in short", "in conclusion", "additionally", "interestingly", "抱歉",
                       "对不起", "很抱歉", "不好意思", "另外", "此外", "总之", "总的来说", "总而言之"}
