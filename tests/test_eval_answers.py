"""The answer parser on answers as models write them: a written corpus (English and
Mandarin, association lists and rankings), random renderings of random lists, metrics on
the corpus against the clean lists, and pathological input."""

import time

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from align_jax.eval.answers import NO_MARKER, RULES, normalise_word, parse_answer, parse_ranking
from align_jax.eval.associations import score_associations
from align_jax.ppo import rewards

import answer_corpus_blind as blind
from answer_corpus import GOLD, LISTS, RANKINGS


def test_corpus_is_large_enough():
    assert len(LISTS) + len(RANKINGS) >= 80
    assert len({c.id for c in LISTS} | {c.id for _, c in RANKINGS}) == len(LISTS) + len(RANKINGS)


@pytest.mark.parametrize("case", LISTS, ids=[c.id for c in LISTS])
def test_corpus_lists(case):
    parsed = parse_answer(case.text, cue=case.cue)
    assert list(parsed.words) == case.words
    assert parsed.rule in RULES
    assert (parsed.rule == "empty") == (not case.words)


@pytest.mark.parametrize("cue, case", RANKINGS, ids=[c.id for _, c in RANKINGS])
def test_corpus_rankings_and_their_reward(cue, case):
    parsed = parse_ranking(case.text)
    assert list(parsed.words) == case.words
    gold = GOLD[cue]
    task = {"prompt": "rank", "gold": gold}
    reward, failed = rewards.score_details("ranking_spearman", [case.text], [task])
    if not case.words:
        assert reward[0] == rewards.FAILURE and failed[0]
        return
    # The reference: Spearman ρ of the clean order against the gold ranks (K+1 if unknown).
    ranks = [gold.index(w) + 1 if w in gold else len(gold) + 1 for w in case.words]
    want = stats.spearmanr(np.arange(len(ranks)), ranks).statistic
    assert reward[0] == pytest.approx(want, abs=1e-6) and not failed[0]


@pytest.mark.parametrize("case_id, rule, kinds", [
    ("en-preamble-remark", "separated", {"preamble", "remark"}),
    ("en-numbered-preamble", "enumerated", {"preamble", "remark"}),
    ("en-numbered-bold-gloss", "enumerated", {"preamble", "gloss", "remark"}),
    ("en-categories-bold-headers", "enumerated", {"preamble", "header"}),
    ("zh-preamble-numbered-remark", "enumerated", {"preamble", "remark"}),
    ("zh-numbered-dash-gloss", "enumerated", {"gloss"}),
    ("zh-paren-gloss", "separated", {"gloss"}),
    ("zh-closing-note", "separated", {"remark"}),
    ("en-single", "single", set()),
    ("en-refusal", "empty", {"preamble"}),
])
def test_diagnostics_say_how_the_answer_was_read(case_id, rule, kinds):
    case = next(c for c in LISTS if c.id == case_id)
    parsed = parse_answer(case.text, cue=case.cue)
    assert parsed.rule == rule
    assert {k for k, _ in parsed.dropped} == kinds
    as_json = parsed.to_json()
    assert as_json["parse_rule"] == rule and as_json["parsed"] == case.words


def test_dropped_text_is_the_text_left_out():
    parsed = parse_answer('Sure! Here are 3 words:\n1. **Money** - banks keep it\n2. River\n'
                          "3. Loan (what you borrow)\n\nLet me know if you'd like more!")
    assert parsed.words == ("money", "river", "loan")
    assert parsed.dropped == (("preamble", "Sure! Here are 3 words:"), ("gloss", "banks keep it"),
                              ("gloss", "(what you borrow)"),
                              ("remark", "Let me know if you'd like more!"))


def test_metrics_on_the_corpus_equal_metrics_on_the_clean_lists():
    cases = [c for c in LISTS if c.words]
    # Human norms per case: every other clean word plus words the model did not say.
    norms = {c.id: [(w, 10 - i % 10) for i, w in enumerate(c.words) if i % 2 == 0]
             + [("zz-not-said", 1)] for c in cases}
    raw = score_associations({c.id: c.text for c in cases}, norms, ks=(5, 10), n_boot=10)
    clean = score_associations({c.id: ", ".join(c.words) for c in cases}, norms, ks=(5, 10),
                               n_boot=10)
    for cid in norms:
        for k in ("p@5", "p@10", "coverage"):
            assert raw["per_cue"][cid][k] == clean["per_cue"][cid][k], (cid, k)
    assert raw["summary"]["p@5"]["mean"] == clean["summary"]["p@5"]["mean"] > 0.2


def test_cue_heading_is_only_dropped_when_the_cue_is_known():
    assert parse_answer("Bank\n\nmoney, river", cue="bank").words == ("money", "river")
    assert parse_answer("Bank\n\nmoney, river").words == ("bank", "money", "river")
    assert parse_answer("bank", cue="bank").words == ("bank",)   # the only line is the answer


def test_english_spaces_separate_only_a_separator_free_answer():
    assert parse_answer("ice cream, hot fudge").words == ("ice cream", "hot fudge")
    assert parse_answer("ice cream").words == ("ice cream",)
    assert parse_answer("money river loan").words == ("money", "river", "loan")
    assert parse_answer("I like money").words == ()                # a sentence, not a list
    assert parse_answer("降落 刹车 落地").words == ("降落", "刹车", "落地")


def test_ranking_rule_and_markers():
    assert parse_ranking("dog, cat").rule == NO_MARKER
    assert parse_ranking("Final Ranking: dog").words == ("dog",)
    assert parse_ranking("FINAL RANKING: dog, cat").words == ("dog", "cat")
    assert parse_ranking("Ordered: dog, cat", markers=("Ordered",)).words == ("dog", "cat")
    # The last marker followed by a list wins; a later mention in prose does not count.
    text = "Final Ranking: cat, dog\n\nThe final ranking above reflects frequency."
    assert parse_ranking(text).words == ("cat", "dog")



def test_a_dash_gloss_runs_to_the_end_of_its_line():
    # The explanation after a word's dash may hold separators of its own.
    assert parse_answer("**乐器** —— 如钢琴、吉他\n**歌手** —— 演唱歌曲的人\n**舞蹈**").words == (
        "乐器", "歌手", "舞蹈")
    assert parse_answer("1. Bark - the sound a dog makes, loud\n2. Leash").words == ("bark", "leash")
    # Three or more short words after the dash are a list (its first word reads as the gloss
    # of "money", as after any single dash); a list before the dash stays one.
    assert parse_answer("money - loan, river, bank").words == ("money", "river", "bank")
    assert parse_answer("money, loan - river").words == ("money", "loan")
    assert parse_answer("dog - cat - bone").words == ("dog", "cat", "bone")


def test_code_fences_and_a_leaked_role_header_are_not_words():
    fenced = '```json\n["fruit", "red", "iPhone"]\n```'
    assert parse_answer(fenced).words == ("fruit", "red", "iphone")
    assert parse_answer("assistant\n\neat, hungry, meal").words == ("eat", "hungry", "meal")
    assert parse_answer("assistant\n钱，存款，贷款").words == ("钱", "存款", "贷款")
    assert parse_answer("Assistant:\n1. Money\n2. Loan").words == ("money", "loan")
    # A one-word-per-line list may start with the word itself.
    assert parse_answer("assistant\nhelper\nservant", cue="aide").words == (
        "assistant", "helper", "servant")


def test_scores_labels_connectives_and_glosses_around_words():
    assert parse_answer("1. caffeine 35%\n2. morning 20%\n3. cup 12%").words == (
        "caffeine", "morning", "cup")
    assert parse_answer("ride 0.21, saddle 0.14").words == ("ride", "saddle")
    assert parse_answer("route 66, web 2.0, catch 22").words == ("route 66", "web 2.0", "catch 22")
    assert parse_answer("a. teacher\nb. students\nc. classroom").words == (
        "teacher", "students", "classroom")
    assert parse_answer("I. King — who lives there\nII. Tower\nIII. Moat").words == (
        "king", "tower", "moat")
    assert parse_answer("A. Lincoln\nmoney, loan").words == ("a. lincoln", "money", "loan")
    assert parse_answer("✔ test\n✔ study\n➡ stress\n→ pass").words == (
        "test", "study", "stress", "pass")
    assert parse_answer("The first word is money, then loan, and finally river.").words == (
        "money", "loan", "river")
    assert parse_answer("next door, neighbour, fence").words == ("next door", "neighbour", "fence")
    assert parse_answer("Words that come to mind: umbrella, wet, thunder and drizzle.").words == (
        "umbrella", "wet", "thunder", "drizzle")
    assert parse_answer("bread, butter, salt and pepper").words == ("bread", "butter", "salt and pepper")
    assert parse_answer("snake -> VENOM; HISS; SCALES", cue="snake").words == ("venom", "hiss", "scales")


def test_mandarin_pinyin_middle_dots_and_closing_etc():
    assert parse_answer("钱 qián、存款 cúnkuǎn、贷款 dàikuǎn").words == ("钱", "存款", "贷款")
    assert parse_answer("１．竹子（bamboo）\n２．四川 Sichuan\n３．可爱").words == ("竹子", "四川", "可爱")
    assert parse_answer("绿茶·茶杯·茶叶·龙井").words == ("绿茶", "茶杯", "茶叶", "龙井")
    assert parse_answer("哈利·波特，魔法，霍格沃茨").words == ("哈利·波特", "魔法", "霍格沃茨")
    assert parse_answer("饺子 红包 鞭炮 拜年等").words == ("饺子", "红包", "鞭炮", "拜年")
    assert parse_answer("苹果、香蕉、橙子、草莓等等。").words == ("苹果", "香蕉", "橙子", "草莓")
    assert parse_answer("看到“老师”，我首先想到：学生、黑板；其次是作业，还有教室等。").words == (
        "学生", "黑板", "作业", "教室")


def test_the_next_turn_and_other_cues_of_a_one_shot_echo_are_left_out():
    text = 'snow, cold, ice\n\nUser: List the words that come to mind when you read "summer".\nAssistant: sun'
    assert parse_answer(text).words == ("snow", "cold", "ice")
    text = "雨伞、下雨、云\n\n请列出看到“太阳”这个词时你会联想到的词语，共5到10个。\n阳光、温暖"
    assert parse_answer(text).words == ("雨伞", "下雨", "云")
    # An answer that restates the instruction before its list keeps the list.
    text = 'Sure!\nList the words that come to mind when you read "bank":\n1. money\n2. loan'
    assert parse_answer(text).words == ("money", "loan")
    echo = "Word: apple\nAssociations: fruit, red, tree\n\nWord: ocean\nAssociations: sea, waves"
    assert parse_answer(echo, cue="ocean").words == ("sea", "waves")
    assert parse_answer("词语：狗\n联想：猫、骨头\n\n词语：银行\n联想：钱、存款", cue="银行").words == ("钱", "存款")


def test_json_answers_are_read_as_their_list():
    assert parse_answer('```json\n{"cue": "winter", "associations": ["snow", "Cold", "hot cocoa"]}\n```'
                        ).words == ("snow", "cold", "hot cocoa")
    assert parse_answer('Here is the list:\n["钱", "存款", "贷款"]').words == ("钱", "存款", "贷款")
    assert parse_answer('[{"word": "snow", "strength": 0.9}, {"word": "ice", "strength": 0.5}]'
                        ).words == ("snow", "ice")
    assert parse_answer('{"snow": 0.9, "cold": 0.7, "ice": 0.4}').words == ("snow", "cold", "ice")
    assert parse_answer('{"a": ["x"], "words": ["snow", "ice", "cold"]}').words == ("snow", "ice", "cold")
    # Not JSON, or JSON without a list: read as text.
    assert parse_answer("[1] money\n[2] loan").words == ("money", "loan")
    assert parse_answer('{"cue": "bank"}\nmoney, loan').words[-2:] == ("money", "loan")
    assert parse_answer('["snow", "cold"').words == ("snow", "cold")


def test_a_block_of_word_explanation_items_reads_every_item_as_one_word():
    text = ("1. **Trees:** The defining feature of any forest.\n2. **Wildlife:** Deer, birds, "
            "foxes, and more.\n3. **Hiking:** A popular way to explore forests.\n4. **Moss**")
    assert parse_answer(text).words == ("trees", "wildlife", "hiking", "moss")
    text = "1. 红包：长辈给的压岁钱。\n2. 鞭炮：驱赶“年兽”，增添气氛。\n3. 春联：贴在门上。"
    assert parse_answer(text).words == ("红包", "鞭炮", "春联")
    text = "1. Stress - nerve-wracking\n2. Study - preparation, notes, flashcards\n3. Cramming - late nights"
    assert parse_answer(text).words == ("stress", "study", "cramming")
    # Sense headers over lists stay headers.
    text = "- **Financial:** money, loan, account\n- **Nature:** river, shore\n- **Other:** bench, seat"
    assert parse_answer(text).words == ("money", "loan", "account", "river", "shore", "bench", "seat")


def test_openers_numbers_ellipses_and_quoted_words_in_sentences():
    assert parse_answer("Of course! Job, office, salary, boss").words == ("job", "office", "salary", "boss")
    assert parse_answer("Absolutely—here you go: cheese, pepperoni, crust.").words == (
        "cheese", "pepperoni", "crust")
    assert parse_answer("Honestly, I'd say money, loans, and tellers come to mind first.").words == (
        "money", "loans", "tellers")
    assert parse_answer('The first word that comes to mind is "trust." After that: loyalty, '
                        "support, and fun.").words == ("trust", "loyalty", "support", "fun")
    assert parse_answer('The cue is "dog". Cat, pet, bark').words == ("cat", "pet", "bark")
    assert parse_answer("高考让我想到：6月7日、状元、志愿").words == ("6月7日", "状元", "志愿")
    assert parse_answer("答案：1.钱 2.存款 3.贷款").words == ("钱", "存款", "贷款")
    assert parse_answer("meeting at 10:30, agenda, notes").words == ("meeting at 10:30", "agenda", "notes")
    assert parse_answer("996、熬夜、老板、外卖").words == ("996", "熬夜", "老板", "外卖")
    assert parse_answer("饺子让我联想到：春节，韭菜，猪肉白菜……等等。").words == ("春节", "韭菜", "猪肉白菜")
    assert parse_answer("说到秋天，我最先想到的是落叶和丰收，然后是中秋节、桂花，还有大闸蟹和银杏。").words == (
        "落叶", "丰收", "中秋节", "桂花", "大闸蟹", "银杏")
    assert parse_answer("首先想到的是“父爱”，其次是“严厉”、“背影”，然后是“肩膀”。").words == (
        "父爱", "严厉", "背影", "肩膀")
    assert parse_answer("好的！联想词如下：").words == ()


def test_loose_json_as_models_write_it():
    assert parse_answer('{\n  // strongest first\n  "associations": ["dark", "moon",],  // 2\n}'
                        ).words == ("dark", "moon")
    assert parse_answer("{'associations': ['rain', 'sky', \"mother's day\"]}").words == (
        "rain", "sky", "mother's day")
    cut = '{"associations": ["town", "people", "lights", "par'
    assert parse_answer(cut).words == ("town", "people", "lights", "par")
    assert parse_answer(cut, truncated=True).words == ("town", "people", "lights")


def test_grouped_lists_prose_answers_and_echoed_prompts():
    text = "**Roles:**\n1. Educator\n2. Mentor\n\n**Objects:**\n3. Chalk"
    assert parse_answer(text).words == ("educator", "mentor", "chalk")
    text = ('The word "war" evokes heavy associations. Historically, I think of **World War II** '
            "and the **Cold War**. It brings up **peace** (its opposite) and **suffering**.")
    assert parse_answer(text).words == ("world war ii", "cold war", "peace", "suffering")
    assert parse_answer("I think of the waves, the sand, and the seagulls.").words == (
        "waves", "sand", "seagulls")
    assert parse_answer("dwarf, lord of the rings, a movie, the same").words == (
        "dwarf", "lord of the rings", "a movie", "the same")
    assert parse_answer("lord of the rings trilogy, a movie, the same").words == (
        "a movie", "the same")
    assert parse_answer('When I hear "library," I think of books and silence. It also brings to '
                        "mind research, borrowing, and studying.").words[-3:] == (
        "research", "borrowing", "studying")
    assert parse_answer("comfort, safety\n\nUltimately, home is where the heart is!").words == (
        "comfort", "safety")
    assert parse_answer("薯条，可乐，快餐\n\n以上是联想测试的示例。在实验中，被试需要尽快写出词。").words == (
        "薯条", "可乐", "快餐")
    assert parse_answer("听到“故乡”，我会想到童年、亲人和老房子，还有那份浓浓的乡愁。").words == (
        "童年", "亲人", "老房子", "乡愁")
    assert parse_answer("北京、颐和园、故宫、猫和狗").words == ("北京", "颐和园", "故宫", "猫", "狗")
    assert parse_answer("很抱歉，我无法提供与这个话题相关的联想词。").words == ()
    for echo in ('\n\nWhat are the first 10 words you associate with "river"?\nwater',
                 "\n\nGive exactly 5 words associated with tree. Leaf, branch",
                 "\n\n看到“水”你首先想到什么词？\n河", "\n2. 请给出5个与“粽子”相关的词语。\n端午节"):
        assert parse_answer("snow, peak, rocks" + echo).words == ("snow", "peak", "rocks"), echo


def test_counts_ordinals_pairs_titles_and_translations():
    assert parse_answer("money:12, silver:9, rich:7").words == ("money", "silver", "rich")
    assert parse_answer("第一，努力；第二，坚持；第三，汗水。").words == ("努力", "坚持", "汗水")
    assert parse_answer("cold, snow, white, frozen and slippery").words == (
        "cold", "snow", "white", "frozen", "slippery")
    assert parse_answer("bread, butter, salt and pepper").words == ("bread", "butter", "salt and pepper")
    assert parse_answer("Magic, wand, The Lord of the Rings, robe").words == (
        "magic", "wand", "the lord of the rings", "robe")
    assert parse_answer("as in a river bank, loan, money").words == ("loan", "money")
    assert parse_answer("「雨伞」「乌云」「潮湿」").words == ("雨伞", "乌云", "潮湿")
    assert parse_answer("忠诚—狗是人类最忠实的朋友\n宠物－常见的家养动物").words == ("忠诚", "宠物")
    assert parse_answer("无忧无虑的日子，小伙伴，外婆家的院子").words == ("无忧无虑的日子", "小伙伴", "外婆家的院子")
    text = "Here are words I associate with “熊猫”: bamboo (竹子), China (中国), cute (可爱), zoo (动物园)."
    assert parse_answer(text, cue="熊猫").words == ("竹子", "中国", "可爱", "动物园")
    assert parse_answer(text, cue="panda").words == ("bamboo", "china", "cute", "zoo")
    assert parse_answer("阅读，知识，图书馆，作者\nread, knowledge, library, author").words == (
        "阅读", "知识", "图书馆", "作者")
    assert parse_answer("开车\n马路\nBMW\n堵车").words == ("开车", "马路", "bmw", "堵车")


def test_sub_items_extra_mentions_and_echoed_prompts_at_the_start():
    text = "1. Travel\n   a. Flights\n   b. Hotel\n2. Christmas\n   - the holiday season\n3. Beach"
    assert parse_answer(text).words == ("travel", "flights", "hotel", "christmas", "beach")
    text = "1. Sweet\n2. Candy\n3. Cocoa\n\nHonorable mentions: Belgium, Valentine's Day, milk"
    assert parse_answer(text).words == ("sweet", "candy", "cocoa", "belgium", "valentine's day", "milk")
    text = "请列出看到“火车”这个词时你会联想到的词语，共5到10个。\n铁轨，旅行，车站"
    assert parse_answer(text).words == ("铁轨", "旅行", "车站")
    text = "用户：请列出看到“家”这个词时你会联想到的词语。\n助手：温暖，父母，房子"
    assert parse_answer(text).words == ("温暖", "父母", "房子")
    assert parse_answer("1️⃣ Cold\n2️⃣ Frozen\n3️⃣ Water").words == ("cold", "frozen", "water")
    text = "| # | Association | Strength |\n|:-:|:--|:--|\n| 1 | Cold | ★★★ |\n| 2 | White | ★★ |"
    assert parse_answer(text).words == ("cold", "white")
    text = ("Just to clarify — do you mean the animal or the bat? Here are both:\n\n"
            "**Animal:** vampire, cave\n**Sports:** baseball, swing")
    assert parse_answer(text).words == ("vampire", "cave", "baseball", "swing")
    assert parse_answer("毒品危害极大，请远离毒品。相关的联想有：禁毒、犯罪、戒毒所。").words == (
        "禁毒", "犯罪", "戒毒所")


def test_few_shot_continuations_and_exam_style_endings():
    text = 'Example: "cat": dog, mouse, pet\n"clock": time, hour, tick'
    assert parse_answer(text, cue="clock").words == ("time", "hour", "tick")
    text = "mouse, cheddar, milk\n\nbread -> butter, toast\negg -> chicken, yolk"
    assert parse_answer(text, cue="cheese").words == ("mouse", "cheddar", "milk")
    assert parse_answer("money -> loan -> river", cue="bank").words == ("money", "loan", "river")
    text = "例如：看到“水”会联想到：河流，清凉\n\n看到“火”会联想到：燃烧，热，火焰"
    assert parse_answer(text, cue="火").words == ("燃烧", "热", "火焰")
    text = "桥，河，过河\n\n看到“路”这个词时你会联想到：马路，汽车"
    assert parse_answer(text, cue="桥").words == ("桥", "河", "过河")
    assert parse_answer("输入：跑步\n输出：运动，健康\n\n输入：游泳\n输出：水", cue="跑步").words == (
        "运动", "健康")
    assert parse_answer("student, school, chalk\n\nExercise 2\nWrite a sentence.").words == (
        "student", "school", "chalk")
    assert parse_answer("顺利，祝福，帆船\n\n二、阅读下面的文字，完成后面的题目。").words == ("顺利", "祝福", "帆船")
    assert parse_answer("答：学习、阅读、知识\n\n【解析】本题考查联想能力，答案不唯一，言之有理即可。").words == (
        "学习", "阅读", "知识")
    assert parse_answer("西湖，断桥，丝绸。\n\n上有天堂，下有苏杭。杭州是一座美丽的城市。").words == (
        "西湖", "断桥", "丝绸")
    assert parse_answer("我的答案是：轮子，司机，驾照。你的答案呢？").words == ("轮子", "司机", "驾照")
    assert parse_answer("饭，美食，餐厅assistant\n\n饭，美食").words == ("饭", "美食", "餐厅")
    prompt = "请列出看到“蜡烛”这个词时你会联想到的词语，共5到10个，用逗号分隔，联想最强的排在最前面。"
    assert parse_answer(prompt + prompt[:30], cue="蜡烛").words == ()
    assert parse_answer(prompt + "光明，火焰，生日", cue="蜡烛").words == ("光明", "火焰", "生日")


def test_a_boxed_final_answer_and_a_refusal_with_a_helpline():
    text = "Let me think.\n\n**Final Answer**\n\n\\[ \\boxed{\\text{song, melody, rhythm}} \\]"
    assert parse_answer(text).words == ("song", "melody", "rhythm")
    text = ("I can't provide a list of words associated with that topic. In the US, you can call "
            "or text the 988 Suicide & Crisis Lifeline at 988. Is there anything else I can help with?")
    assert parse_answer(text).words == ()


def test_two_word_items_a_named_first_word_and_a_chat_transcript():
    assert parse_answer("then, maybe, when, condition, possibility, if only, suppose").words == (
        "then", "maybe", "when", "condition", "possibility", "if only", "suppose")
    assert parse_answer("I think, money, loan").words == ("money", "loan")
    assert parse_answer("联想最强的是“努力”，其次是：奋斗、汗水、坚持").words == ("努力", "奋斗", "汗水", "坚持")
    text = "喝水，河流，生命。\n\n用户：请列出看到“火”这个词时你会联想到的词语\n\n助手：热，燃烧"
    assert parse_answer(text, cue="水").words == ("喝水", "河流", "生命")


def test_a_first_line_naming_the_cue_is_a_heading_unless_it_opens_a_one_per_line_list():
    assert parse_answer("yellow\nsun\nbanana", cue="yellow").words == ("yellow", "sun", "banana")
    for text in ("Yellow\nsun\nbanana", "Yellow:\nsun\nbanana", "**Yellow**\nsun\nbanana",
                 "yellow\n\nsun\nbanana", "yellow\nsun, banana"):
        assert parse_answer(text, cue="yellow").words == ("sun", "banana"), text


def test_a_ranking_on_the_marker_line_stands_alone_and_a_cut_word_goes_with_the_record():
    text = "Final Ranking: fruit, red, tree\nFruit first. Red second."
    assert parse_ranking(text).words == ("fruit", "red", "tree")
    assert parse_ranking("最终排名：读书，知识，阅读\n理由：读书最核心。").words == ("读书", "知识", "阅读")
    assert parse_ranking("Final Ranking: money, loan,\naccount, river").words == (
        "money", "loan", "account", "river")
    text = "Horses are ridden.\n\nFinal Ranking: ride, saddle, pony, gallop, race, ma"
    assert parse_ranking(text).words[-1] == "ma"
    assert parse_ranking(text, truncated=True).words == ("ride", "saddle", "pony", "gallop", "race")
    assert parse_ranking("最终排名：\n1. 月饼\n2. 月亮\n3. 嫦", truncated=True).words == ("月饼", "月亮")


def test_a_quoted_saying_a_closing_paragraph_and_a_cut_drift():
    assert parse_answer('1. Hamlet\n2. Sonnet\n3. "To be or not to be"').words == (
        "hamlet", "sonnet", "to be or not to be")
    text = ('Fruit, red, tree, pie\n\nThe strongest association for me is "fruit," followed '
            "by the color red.")
    assert parse_answer(text).words == ("fruit", "red", "tree", "pie")
    assert parse_answer("钱，存款\n\n河流 大海 清澈 生命").words == ("钱", "存款", "河流", "大海", "清澈", "生命")
    text = "恐惧，胆小，黑暗，勇敢——害怕的反面，只有面对恐惧才能变得勇敢，而"
    assert parse_answer(text).words == ("恐惧", "胆小", "黑暗", "勇敢")


def test_traditional_and_variant_ranking_markers():
    assert parse_ranking("錢最重要。\n\n最終排名：錢、存款、貸款").words == ("錢", "存款", "貸款")
    assert parse_ranking("我的最终排序：钱、存款、贷款").words == ("钱", "存款", "贷款")

def test_the_one_shot_form_on_one_line_and_after_an_example_label():
    assert parse_answer("Word: justice / Associations: law, court, fairness", cue="justice").words == (
        "law", "court", "fairness")
    text = "Word: apple / Associations: fruit, red\nWord: anchor / Associations: ship, sea, rope"
    assert parse_answer(text, cue="anchor").words == ("ship", "sea", "rope")
    text = "词语：苹果 联想：水果，红色；词语：橘子 联想：橙色，酸甜，剥皮"
    assert parse_answer(text, cue="橘子").words == ("橙色", "酸甜", "剥皮")
    text = "词语：狮子\n联想：草原，鬃毛，吼叫\n\n例如：词语：老虎\n联想：条纹，山林"
    assert parse_answer(text, cue="狮子").words == ("草原", "鬃毛", "吼叫")
    # A list that only mentions a label keeps its words.
    assert parse_answer("Word associations: money, loan, river", cue="bank").words == (
        "money", "loan", "river")


def test_json_with_bare_or_curly_quoted_items_and_deepseek_tokens():
    assert parse_answer('{"associations": [wood, hammer, saw, Jesus]}').words == (
        "wood", "hammer", "saw", "jesus")
    assert parse_answer("{“associations”: [“雪”, “寒冷”, “火锅”]}").words == ("雪", "寒冷", "火锅")
    assert parse_answer("{associations: [森林, 凶猛, 条纹]}").words == ("森林", "凶猛", "条纹")
    assert parse_answer("世界杯、梅西、绿茵<｜end▁of▁sentence｜><｜User｜>请列出").words == (
        "世界杯", "梅西", "绿茵")


def test_echoed_instruction_tails_interjections_and_pinyin_lines():
    text = "Give between 5 and 10 words, separated by commas, the most strongly associated first. rose, thorn"
    assert parse_answer(text).words == ("rose", "thorn")
    assert parse_answer("共5到10个，用逗号分隔，联想最强的排在最前面。玫瑰，刺").words == ("玫瑰", "刺")
    text = "哎呀，说到“饺子”，那可太多了！过年、韭菜、醋、除夕——这些都是我第一时间想到的！"
    assert parse_answer(text).words == ("过年", "韭菜", "醋", "除夕")
    text = 'Oh, "pub"? Right, well — pint, mates, darts, bitter. That\'s what comes to mind for me.'
    assert parse_answer(text).words == ("pint", "mates", "darts", "bitter")
    assert parse_answer("景点\njǐngdiǎn\n酒店\njiǔdiàn\n拍照").words == ("景点", "酒店", "拍照")


def test_a_two_word_line_in_a_one_word_per_line_list_is_an_item():
    text = "reason\ncause\nwhy\nexplanation\nsince\nbecause of"
    assert parse_answer(text).words == ("reason", "cause", "why", "explanation", "since", "because of")
    # Not a closing sentence, nor after a blank line.
    assert parse_answer("reason\ncause\nwhy\nsince\nthat's it.").words == ("reason", "cause", "why", "since")
    assert parse_answer("reason\ncause\nwhy\nsince\n\nbecause of").words == ("reason", "cause", "why", "since")


def test_the_list_after_a_line_that_concludes_a_deliberation_is_the_answer():
    text = ("My first thought is fruit, obviously. Then red, though green apples exist too.\n\n"
            "Other words: tree, orchard, pie.\n\nRanking them:\n\nfruit, red, tree, pie\n\n"
            "(Pie is last because it is a dish.)")
    assert parse_answer(text).words == ("fruit", "red", "tree", "pie")
    text = "我先想想：比如图书馆、深夜、山林。\n\n我的答案（按联想强度排序）：\n图书馆，深夜，平静，嘘"
    assert parse_answer(text).words == ("图书馆", "深夜", "平静", "嘘")
    text = "Classroom and homework first, then students and grades.\n\nSo, in order: classroom, homework, students, grades."
    assert parse_answer(text).words == ("classroom", "homework", "students", "grades")
    # Not a one-word label of a "word: gloss" list, nor a marker on the first line.
    text = "Crown: people say this\nFame: people say this\nFinal: people say this\nRich: people say this"
    assert parse_answer(text).words == ("crown", "fame", "final", "rich")
    assert parse_answer("So my list is:\nmoney, loan, river\n\nand also: bank, teller, vault").words == (
        "money", "loan", "river", "bank", "teller", "vault")


def test_explained_items_among_one_word_items_read_as_their_word():
    text = ("1. Melody – the tune you hum\n2. Rhythm – the beat, tempo, pulse\n3. Song\n"
            "4. Concert – live performance, crowds, lights\n5. Dance\n6. Harmony")
    assert parse_answer(text).words == ("melody", "rhythm", "song", "concert", "dance", "harmony")
    text = ("1. Speed, obviously, the core meaning.\n2. Quick\n3. Running\n"
            "4. Cheetah, the fastest land animal.\n5. Slow, as the opposite.")
    assert parse_answer(text).words == ("speed", "quick", "running", "cheetah", "slow")
    text = "1. **Cash** – the most literal form: bills and coins.\n2. **Wealth** – having a lot of money."
    assert parse_answer(text).words == ("cash", "wealth")
    text = '1. "Or" – the other conjunction.\n2. "Also" – a near-synonym.\n3. "Plus"'
    assert parse_answer(text).words == ("or", "also", "plus")
    # A block of sense headers keeps its lists.
    text = "1. **Financial:** money, loan, interest\n2. **Nature:** river, stream"
    assert parse_answer(text).words == ("money", "loan", "interest", "river", "stream")


def test_headings_remarks_and_closing_paragraphs_around_a_list():
    text = "【味道】\n麻辣、鲜香\n\n【食材】\n毛肚、肥牛"
    assert parse_answer(text).words == ("麻辣", "鲜香", "毛肚", "肥牛")
    text = "### 联想\n\n#### 一、思想\n- 儒家\n- 仁\n\n#### 二、地点\n- 曲阜"
    assert parse_answer(text).words == ("儒家", "仁", "曲阜")
    text = "- People\n  - doctors\n  - nurses\n- Things\n  - stretcher\n  - smell of disinfectant"
    assert parse_answer(text).words == ("doctors", "nurses", "stretcher", "smell of disinfectant")
    text = "旋律，歌曲，耳机\n\n补充说明：\n- “旋律”是基本要素；\n- 其实小提琴、二胡也可以算进来"
    assert parse_answer(text).words == ("旋律", "歌曲", "耳机")
    text = "寂寞、一个人、夜晚\n\n【简要解析】\n“寂寞”和“一个人”是最接近的表达；“夜晚”是常见的场景。"
    assert parse_answer(text).words == ("寂寞", "一个人", "夜晚")
    text = ("金钱、财富、工资\n\n当然，每个人对钱的感受不同，有的人会首先想到“努力”“奋斗”，"
            "有的人会想到“安全感”。")
    assert parse_answer(text).words == ("金钱", "财富", "工资")
    # A second list after a blank line still counts.
    assert parse_answer("money, loan\n\nriver, stream, bank").words == ("money", "loan", "river", "stream", "bank")


def test_glossed_translations_cut_dashes_exclamations_and_arrow_glosses():
    text = "看到“北京”，我想到的词语如下：\n\n1. 天安门 / Tiananmen\n2. 故宫 / Forbidden City\n3. 胡同 / hutong"
    assert parse_answer(text, cue="北京").words == ("天安门", "故宫", "胡同")
    text = "1. 过年 —— 北方人过年必吃饺子。\n2. 醋 —— 很多人的标配。\n3. 面皮 —— 擀面皮是包饺子的关"
    assert parse_answer(text, truncated=True).words == ("过年", "醋", "面皮")
    assert parse_answer("Oh, pizza! 🍕 Great word. Here's what comes to mind: cheese, crust, oven").words == (
        "cheese", "crust", "oven")
    assert parse_answer("1. Sure! Butter, toast, loaf, and sandwich.").words == (
        "butter", "toast", "loaf", "sandwich")
    # Arrow glosses on most lines are not other cues' lists (a few-shot continuation).
    text = ("Love → the feeling most kisses express\nLips → where a kiss happens\n"
            "Romance → candlelit dinners, first dates\nCheek → a gentler, friendly kiss")
    assert parse_answer(text, cue="kiss").words[:2] == ("love", "lips")
    assert parse_answer('"cat": dog, mouse\n"kiss": lips, love', cue="kiss").words == ("lips", "love")


def test_bold_paragraph_items_arrow_glosses_bracketed_labels_and_sayings():
    text = ("Here are my associations, each with a note.\n\n**Christmas tree.** Decorated with lights.\n\n"
            "**Snow.** Even where it rarely snows, the image is everywhere.\n\n**Family.** A time for relatives.")
    assert parse_answer(text).words == ("christmas tree", "snow", "family")
    text = ("Love → the feeling most kisses express\nLips → where a kiss happens\n"
            "Romance → candlelit dinners, first dates\nFrog → the fairy-tale prince")
    assert parse_answer(text, cue="kiss").words == ("love", "lips", "romance", "frog")
    assert parse_answer("money → loan, river, bank").words == ("money", "loan", "river", "bank")
    text = "「浪漫」：烛光晚餐、玫瑰花、情书。\n「甜蜜」：热恋时的感觉。\n「牵手」"
    assert parse_answer(text).words == ("浪漫", "甜蜜", "牵手")
    assert parse_answer("钟表，沙漏，过去，未来，珍惜，时间就是金钱，岁月").words == (
        "钟表", "沙漏", "过去", "未来", "珍惜", "时间就是金钱", "岁月")
    assert parse_answer("我会联想到：秦始皇、万里、烽火台、守卫以及“不到长城非好汉”。").words == (
        "秦始皇", "万里", "烽火台", "守卫", "不到长城非好汉")
    text = "Words that come to mind include books, exams, lectures, as well as deadlines and coffee, and so on."
    assert parse_answer(text).words == ("books", "exams", "lectures", "deadlines", "coffee")


def test_fine_tuned_degenerations_and_ranking_glosses():
    assert parse_answer("cash, bank, gold, investment.assistant\n\ncash, bank").words == (
        "cash", "bank", "gold", "investment")
    text = "call, mobile, screen, battery, contact\nassistant\n\ncall, mobile, charger"
    assert parse_answer(text).words == ("call", "mobile", "screen", "battery", "contact")
    # One word per line may name "assistant" as an association.
    assert parse_answer("helper\nassistant\nsecretary\nboss").words == ("helper", "assistant", "secretary", "boss")
    assert parse_answer("Cold, frozen, melt, and polar bears are the words that come to mind.").words == (
        "cold", "frozen", "melt", "polar bears")
    assert parse_answer("sky, ocean, navy, whale etc.").words == ("sky", "ocean", "navy", "whale")
    text = "旋律、歌曲、节奏、乐器、钢琴、吉他\nmelody, song, rhythm, instrument"
    assert parse_answer(text).words == ("旋律", "歌曲", "节奏", "乐器", "钢琴", "吉他")
    text = "The sun gives light.\n\nFinal Ranking: light — the most immediate, heat, sky, yellow"
    assert parse_ranking(text).words == ("light", "heat", "sky", "yellow")
    assert parse_ranking("最终排名：树木——最直接的联想，绿色，动物，氧气").words == ("树木", "绿色", "动物", "氧气")
    text = "Final Ranking: 1. cake 2. candles 3. presents 4. celeb"
    assert parse_ranking(text, truncated=True).words == ("cake", "candles", "presents")
    assert parse_ranking(text).words == ("cake", "candles", "presents", "celeb")


def test_what_base_models_write_around_a_list():
    text = "nurse, hospital, medicine, patient\n\nPosted by Unknown at 10:42 AM\nNo comments:\nPost a Comment"
    assert parse_answer(text, cue="doctor").words == ("nurse", "hospital", "medicine", "patient")
    text = "https://www.example.com/word-association/obama\n\npresident, America, Michelle"
    assert parse_answer(text, cue="Obama").words == ("president", "america", "michelle")
    assert parse_answer("展开全部\n\n老师，同学，教室\n\n本回答由网友推荐\n已赞过", cue="学校").words == (
        "老师", "同学", "教室")
    text = 'sky\nocean\nsad\ncolor\n\nNow try it with "red":\nfire\napple'
    assert parse_answer(text, cue="blue").words == ("sky", "ocean", "sad", "color")
    text = "A：中国，皇帝，图腾，龙舟\nB：好的，那么看到“凤”这个词呢？\nA：凤凰，吉祥"
    assert parse_answer(text, cue="龙").words == ("中国", "皇帝", "图腾", "龙舟")
    text = "1. Key: lock, door, open, car\n2. Lock: key, safe, door\n3. Door: house, knock"
    assert parse_answer(text, cue="key").words == ("lock", "door", "open", "car")
    text = 'List the words that come to mind when you read the word "tree". Give 5 words.\n\nleaves, wood, green'
    assert parse_answer(text, cue="apple").words == ()
    text = "例如，看到“太阳”，可以联想到：温暖、光明、夏天。\n\n友谊，信任，陪伴"
    assert parse_answer(text, cue="朋友").words == ("友谊", "信任", "陪伴")
    assert parse_answer("```\ncoffee, mug, beans\n```\n\n```\ntea, cup, kettle\n```").words == (
        "coffee", "mug", "beans")
    text = "Answer: school, student, chalk.\n\nExplanation: A teacher works in a school."
    assert parse_answer(text, cue="teacher").words == ("school", "student", "chalk")
    assert parse_answer("Then explain why.\n\ngrass, leaves, nature", cue="green").words == (
        "grass", "leaves", "nature")
    assert parse_answer("The words I thought of were elephant, trunk, and zoo.").words == (
        "elephant", "trunk", "zoo")
    assert parse_answer("飞翔/fly，翅膀/wings，天空/sky").words == ("飞翔", "翅膀", "天空")
    # "Story: a gloss" inside a word: gloss list stays a word.
    text = "Pictures: people say this\nNovel: people say this\nStory: people say this"
    assert parse_answer(text).words == ("pictures", "novel", "story")


def test_a_later_prompt_a_repeated_table_header_a_score_line_and_a_number_in_a_han_word():
    # The instruction for another cue glued to the last word ends the list; for the cue's own
    # prompt, echoed before its list, it does not.
    text = ('sun, lamp, bright, feather, weight List the words that come to mind when you read '
            'the word "dark".')
    assert parse_answer(text, cue="light").words == ("sun", "lamp", "bright", "feather", "weight")
    text = ('Answer: money, river, loan, Q: List the words that come to mind when you read the word '
            '"tree". Give between 5 and 10 words., Answer: leaf, branch')
    assert parse_answer(text, cue="bank").words == ("money", "river", "loan")
    text = ('Instructions: List the words that come to mind when you read the word "vote".\n\n'
            'Response: ballot, election, democracy')
    assert parse_answer(text, cue="vote").words == ("ballot", "election", "democracy")
    assert parse_answer("雨伞，乌云，潮湿 请列出看到“雪”这个词时你会联想到的词语", cue="雨").words == (
        "雨伞", "乌云", "潮湿")
    # The table's header again after the table: the next table, cut by the token limit.
    text = "| Rank | Word |\n|---|---|\n| 1 | leap |\n| 2 | hop |\n| 3 | rope |\n\n| Rank |"
    assert parse_answer(text).words == ("leap", "hop", "rope")
    # A score under the list is a remark, not "word: gloss".
    text = "Words: cold, sweet, vanilla, cone\nScore: 9/10"
    assert parse_answer(text).words == ("cold", "sweet", "vanilla", "cone")
    # A number glued to Han text is part of the word unless it can number an item (1-2 digits).
    assert parse_answer("台北101、夜市、捷運").words == ("台北101", "夜市", "捷運")
    assert parse_answer("1.钱2.存款3.利息").words == ("钱", "存款", "利息")


def test_a_group_of_one_item_in_a_grouped_list_and_the_cues_dictionary_entry():
    text = "机构类：央行、工商银行、支付宝\n业务类：存款、贷款、利息\n人物类：柜员"
    assert parse_answer(text, cue="银行").words == ("央行", "工商银行", "支付宝", "存款", "贷款", "利息", "柜员")
    text = "**人物**：刘备、关羽\n**典故**：草船借箭、空城计\n**物品**：羽扇纶巾\n**形象**：智慧的化身"
    assert parse_answer(text).words == ("刘备", "关羽", "草船借箭", "空城计", "羽扇纶巾", "智慧的化身")
    # A "word: gloss" list stays one: most of its lines hold one gloss.
    text = "Money: banks keep it\nRiver: flowing water\nLoan: credit, debt\nVault: a safe room"
    assert parse_answer(text).words == ("money", "river", "credit", "debt", "vault")
    text = "粗心，随便，不认真，凑合\n\n马马虎虎：形容做事不认真，草率；也指勉强，还过得去。"
    assert parse_answer(text, cue="马马虎虎").words == ("粗心", "随便", "不认真", "凑合")
    assert parse_answer("马马虎虎：粗心，随便，凑合", cue="马马虎虎").words == ("粗心", "随便", "凑合")


def test_role_play_stage_directions_translations_and_the_cue_as_a_label():
    text = "*thinks for a moment*\n\nAlright, puppy, leash, bark\n\nThat's what comes to mind for me!"
    assert parse_answer(text, cue="dog").words == ("puppy", "leash", "bark")
    assert parse_answer("*想了想* 早高峰、挤、一号线 *笑*", cue="地铁").words == ("早高峰", "挤", "一号线")
    assert parse_answer("（想了一下）\n中秋，月饼，嫦娥", cue="月亮").words == ("中秋", "月饼", "嫦娥")
    assert parse_answer("*Money*, *loan*, *river*").words == ("money", "loan", "river")  # italics stay
    text = "家……温暖、爸妈、饭桌、回家、团圆。嗯，就这些吧，想到家就有点想家了。"
    assert parse_answer(text, cue="家").words == ("温暖", "爸妈", "饭桌", "回家", "团圆")
    # The cue before a dash or an ellipsis labels the list that follows with its own separators.
    assert parse_answer("父亲——沉默、背影、朱自清", cue="父亲").words == ("沉默", "背影", "朱自清")
    assert parse_answer("大海……蓝色，海浪，沙滩", cue="大海").words == ("蓝色", "海浪", "沙滩")
    assert parse_answer("Forest... trees... green... moss", cue="forest").words == (
        "forest", "trees", "green", "moss")
    assert parse_answer("Coffee - the drink\nCup - what it's served in\nBeans - the raw material",
                        cue="coffee").words == ("coffee", "cup", "beans")
    # A word and its translation across a slash; for a Mandarin cue the Han word.
    assert parse_answer("医生 / doctor, 护士 / nurse, 病人 / patient", cue="医院").words == ("医生", "护士", "病人")
    assert parse_answer("Food stalls / 攤販, stinky tofu / 臭豆腐, crowds", cue="night market").words == (
        "food stalls", "stinky tofu", "crowds")
    text = "以下是联想到的词语：\nRed envelope (红包), fireworks (烟花), dumplings (饺子)"
    assert parse_answer(text, cue="过年").words == ("红包", "烟花", "饺子")
    # A remark label that opens the answer is a list's label when a list follows it.
    text = "近义词：开心（形容词）、高兴（形容词）、愉快（形容词）、欢乐（形容词）、喜悦（名词）"
    assert parse_answer(text, cue="快乐").words == ("开心", "高兴", "愉快", "欢乐", "喜悦")
    assert parse_answer("测试说明：本测验用于评估被试的语义联想速度，每位被试需独立完成，不得与他人讨论。").words == ()


def test_step_by_step_reasoning_then_the_answer():
    text = ("Let's think step by step. Chocolate is a sweet food, usually brown, made from cocoa.\n\n"
            "Based on this, the words that come to mind are: sweet, candy, cocoa, brown, and gift.")
    assert parse_answer(text, cue="chocolate").words == ("sweet", "candy", "cocoa", "brown", "gift")
    text = ("Thinking: phone → call, mobile, text; ring is the classic sound.\n"
            "Answer: call, mobile, text, ring, battery")
    assert parse_answer(text, cue="phone").words == ("call", "mobile", "text", "ring", "battery")


def test_narrated_association_with_ellipses_and_a_mused_cue():
    text = "Hmm… coffee… then eggs, then… bacon… pancakes… cereal, orange juice… toast, I guess."
    assert parse_answer(text, cue="breakfast").words == (
        "coffee", "eggs", "bacon", "pancakes", "cereal", "orange juice", "toast")
    assert parse_answer("孤独啊……一个人吃饭……深夜……耳机……月亮", cue="孤独").words == (
        "一个人吃饭", "深夜", "耳机", "月亮")
    assert parse_answer("Alright... puppy, leash, bark").words == ("puppy", "leash", "bark")
    assert parse_answer("Hmm, hospital... doctors, nurses, beds", cue="hospital").words == (
        "doctors", "nurses", "beds")
    # The cue that opens an ellipsis list without a hesitation is its first item.
    assert parse_answer("Forest... trees... green... moss", cue="forest").words == (
        "forest", "trees", "green", "moss")
    # Ellipses inside a sentence do not make a list of it.
    text = "所以，原因，理由，结果\n\n因为……所以……是一组表示因果关系的关联词。"
    assert parse_answer(text, cue="因为").words == ("所以", "原因", "理由", "结果")
    assert parse_answer("故宫，长城，天安门，胡同，颐和园").words == ("故宫", "长城", "天安门", "胡同", "颐和园")
    assert parse_answer("童年、亲人和老房子、乡愁").words == ("童年", "亲人", "老房子", "乡愁")
    assert parse_answer("Quick answers: grass, money, envy, St. Patrick's Day, lime").words == (
        "grass", "money", "envy", "st. patrick's day", "lime")


def test_phrases_in_blocks_quoted_sayings_and_more_lines():
    text = "1. Potato chip\n2. Poker chip\n3. Chip on your shoulder\n4. Time is money\n5. Nail it (to succeed)"
    assert parse_answer(text).words == ("potato chip", "poker chip", "chip on your shoulder",
                                        "time is money", "nail it")
    assert parse_answer("1.儒家\n2.论语\n3.三人行必有我师").words == ("儒家", "论语", "三人行必有我师")
    assert parse_answer("西湖，断桥，“上有天堂，下有苏杭”").words == ("西湖", "断桥", "上有天堂,下有苏杭")
    assert parse_answer("1. 校园\n2. 梦想\n3. 《那些年，我们一起追的女孩》").words == (
        "校园", "梦想", "那些年,我们一起追的女孩")
    assert parse_answer("1. 实验\n2. 物理\n补充几个：显微镜、诺贝尔奖").words == ("实验", "物理", "显微镜", "诺贝尔奖")
    text = "### 一、建筑类\n1. 高楼大厦\n2. 立交桥\n\n### 二、生活类\n3. 堵车"
    assert parse_answer(text).words == ("高楼大厦", "立交桥", "堵车")
    text = "我先想想：考试让人紧张，会熬夜复习。\n最终联想词：紧张、复习、分数、试卷"
    assert parse_answer(text).words == ("紧张", "复习", "分数", "试卷")
    assert parse_answer("思考：夜晚→黑暗、星空。\n\n答案：黑暗，星空，月亮").words == ("黑暗", "星空", "月亮")
    # A sentence in a block is not a phrase.
    assert parse_answer("1. Money\n2. Sea and water are near-synonyms.\n3. Loan").words == ("money", "loan")


def test_a_refusal_in_mandarin_has_no_words():
    text = "作为一个AI助手，我没有个人的情感和联想。如果你愿意，我可以为你提供一些常见的、与“爱情”相关的词语。"
    assert parse_answer(text).rule == "empty"

@pytest.mark.parametrize("text,expected", [
    ("1. Flame\n2. Heat\n3. Destruc", ["flame", "heat"]),             # cut mid-word
    ("sea, water, blue, dolph", ["sea", "water", "blue"]),
    ("钱，存款，贷款，利", ["钱", "存款", "贷款"]),
    ("1. Flame\n2. Heat\n3. Ember (the glowing", ["flame", "heat", "ember"]),  # only the gloss
    ("1. Flame\n2. Heat\n3. Ember\n", ["flame", "heat", "ember"]),     # stopped at a line end
    ("sea, water, blue.", ["sea", "water", "blue"]),                    # a finished sentence
    ("Here are words:\n\n1. Flame\n2. Heat\n\nLet me know if you", ["flame", "heat"]),
])
def test_a_truncated_answer_loses_only_its_unfinished_item(text, expected):
    assert list(parse_answer(text, truncated=True).words) == expected


def test_without_the_truncated_flag_the_last_item_is_kept():
    assert list(parse_answer("1. Flame\n2. Heat\n3. Destruc").words) == ["flame", "heat", "destruc"]


def test_steps_glued_dashes_and_long_last_pairs():
    # A reasoning prompted "step by step": its steps are remarks, the list after them counts.
    steps = ('Step 1: The word "bank" most commonly refers to a financial institution.\n'
             "Step 2: It can also mean the land along a river.\n"
             "Step 3: Related concepts include loans, savings and tellers.\n\nmoney, loan, river, teller")
    assert parse_answer(steps, cue="bank").words == ("money", "loan", "river", "teller")
    zh_steps = ("第一步：“害怕”是一种负面情绪，是面对危险时的本能反应。\n第二步：人们常常害怕黑暗、鬼、蛇。\n\n"
                "恐惧，黑暗，鬼，发抖")
    assert parse_answer(zh_steps, cue="害怕").words == ("恐惧", "黑暗", "鬼", "发抖")
    # A dash glued to a translation's closing bracket opens a gloss, even one with commas.
    glued = "1. 交通（traffic）- 城市里车很多，经常堵车\n2. 人口（population）- 城市人口密集\n3. 地铁（subway）"
    assert parse_answer(glued, cue="城市").words == ("交通", "人口", "地铁")
    # A last piece "the NRA and school shootings" (prose for its length) is two items; in a
    # sentence they lose their article.
    assert parse_answer("The first things that pop into my head are the Second Amendment, hunting, "
                        "violence, the NRA and school shootings.").words == (
        "second amendment", "hunting", "violence", "nra", "school shootings")
    assert parse_answer("money, loans, the vault and long lines").words == (
        "money", "loans", "the vault", "long lines")
    assert parse_answer("money, loans, and it makes me feel rich").words == ("money", "loans")


def test_category_tables_sections_and_what_explains_the_cue():
    # A table that groups its words by category: the words, not the categories.
    zh_table = "| 类别 | 联想词 |\n| --- | --- |\n| 功能 | 通话、短信、拍照 |\n| 品牌 | 苹果、华为 |"
    assert parse_answer(zh_table, cue="手机").words == ("通话", "短信", "拍照", "苹果", "华为")
    en_table = "| **Category** | Words |\n|---|---|\n| Nature | sea, waves |\n| Feelings | calm |"
    assert parse_answer(en_table).words == ("sea", "waves", "calm")
    ranked = "| Rank | Word | Why |\n|---|---|---|\n| 1 | Money | bills, coins |\n| 2 | Loan | debt |"
    assert parse_answer(ranked).words == ("money", "loan")
    # Sections numbered 一、二、 over items numbered 1. 2.: the sections are headers.
    sections = "一、自然景象\n1. 海浪\n2. 沙滩\n\n二、海洋生物\n1. 鱼\n2. 鲸鱼\n3. 海豚"
    parsed = parse_answer(sections, cue="大海")
    assert parsed.words == ("海浪", "沙滩", "鱼", "鲸鱼", "海豚")
    assert ("header", "自然景象") in parsed.dropped
    assert parse_answer("一、钱\n二、河\n三、贷款").words == ("钱", "河", "贷款")
    # The cue's encyclopedia entry names no associations; a list that glosses the cue does.
    entry = "“孔子”（公元前551年—公元前479年），名丘，字仲尼，春秋时期鲁国人，是中国古代著名的思想家、教育家。"
    assert parse_answer(entry, cue="孔子").words == ()
    assert parse_answer(entry, cue="老子").words != ()   # another word's entry: not this rule
    assert parse_answer("Confucius (551–479 BC) was a Chinese philosopher and teacher.\n\n"
                        "wisdom, Analects, China", cue="Confucius").words == ("wisdom", "analects", "china")
    assert parse_answer("Bank (finance), river, money, loan.", cue="bank").words == (
        "bank", "river", "money", "loan")
    # Notes under a list that re-list its words with explanations are notes.
    notes = ("Caffeine, morning, cup, espresso\n\nBrief notes:\n- Caffeine and energy: the main reason.\n"
             "- Cup, espresso: the drink itself.")
    assert parse_answer(notes, cue="coffee").words == ("caffeine", "morning", "cup", "espresso")
    # A separator-free sentence is not a list split on spaces; a separator-free list is.
    assert parse_answer('The word "ephemeral" means lasting for a very short time.').words == ()
    assert parse_answer("money river the bank loan").words == ("money", "river", "the", "bank", "loan")
    # A name's initials end no sentence.
    assert parse_answer("Hogwarts, wizard, J.K. Rowling, Dumbledore, owl").words == (
        "hogwarts", "wizard", "j.k. rowling", "dumbledore", "owl")
    assert parse_answer("agent, crime, J. Edgar Hoover, CIA").words == ("agent", "crime", "j. edgar hoover", "cia")
    # What explains the cue is not its list: a first line that spells it out, a sentence
    # that defines a word, a first Mandarin line that explains it, its entry before a colon.
    assert parse_answer("FBI: Federal Bureau of Investigation\n\nagent, crime, badge", cue="FBI").words == (
        "agent", "crime", "badge")
    assert parse_answer("Bank: money\nloan\nriver", cue="bank").words == ("bank", "loan", "river")
    assert parse_answer('The word "of" is a preposition that indicates a relationship between a part and '
                        'a whole, origin, or possession.', cue="of").words == ()
    assert parse_answer('"Lit" can mean illuminated or, in slang, exciting or drunk. Words: fire, party, '
                        "light", cue="lit").words == ("fire", "party", "light")
    assert parse_answer("“江湖”原指江河湖海，后来泛指四方各地。\n\n联想到的词语：武侠，侠客，金庸", cue="江湖").words == (
        "武侠", "侠客", "金庸")
    assert parse_answer("家是一个温暖的地方。我想到的词语有：父母，温暖，房子。", cue="家").words == (
        "父母", "温暖", "房子")   # the list after its colon stays
    assert parse_answer("婵娟 (chán juān) is a classical term for the moon. Here are some words:\n\n"
                        "beauty, moon, poetry", cue="婵娟").words == ("beauty", "moon", "poetry")
    # A helpline's number after a refusal is not a word; a number that is one stays.
    assert parse_answer("我不能提供这类联想。请拨打心理援助热线：010-82951332。", cue="自杀").words == ()
    assert parse_answer("emergency, police, 911, ambulance").words == ("emergency", "police", "911", "ambulance")


def test_chat_turns_misreadings_and_sentences_around_the_list():
    # The one-shot exchange written out again before the answer: the turn for the cue.
    turns = "User: apple\nAssistant: fruit, red, tree\n\nUser: guitar\nAssistant: music, strings, rock"
    assert parse_answer(turns, cue="guitar").words == ("music", "strings", "rock")
    zh_turns = ("用户：请列出看到“苹果”这个词时你会联想到的词语。\n助手：水果，红色，树\n\n"
                "用户：请列出看到“狗”这个词时你会联想到的词语。\n助手：猫，宠物，忠诚")
    assert parse_answer(zh_turns, cue="狗").words == ("猫", "宠物", "忠诚")
    assert parse_answer("根据上面的格式，\n\n考试，分数，大学", cue="高考").words == ("考试", "分数", "大学")
    # A list for the word the model says it read instead of the cue is not the cue's.
    misread = ('It seems like you meant "丈夫" rather than "大夫". Here are the words associated with "丈夫":'
               "\n\n妻子，婚姻，家庭")
    assert parse_answer(misread, cue="大夫").words == ()
    assert parse_answer('You might mean "bat", but for "bag" here are mine: purse, zipper, shopping',
                        cue="bag").words == ("purse", "zipper", "shopping")
    # A list inside a sentence about the cue: not the cue, not "words like", not "come to mind".
    assert parse_answer('When I think of "bank," words like money, loans, and tellers come to mind.',
                        cue="bank").words == ("money", "loans", "tellers")
    assert parse_answer("money, vault, and tellers come to mind").words == ("money", "vault", "tellers")
    # A Mandarin closing sentence after the list that opens with prose is a remark.
    closing = "冬天，白色，雪人\n\n这些词涵盖了季节、颜色、活动和情感等方面。"
    assert parse_answer(closing, cue="雪").words == ("冬天", "白色", "雪人")
    assert parse_answer("冬天，白色\n\n还有雪人、滑雪。", cue="雪").words == ("冬天", "白色", "雪人", "滑雪")
    assert parse_answer("您是指“枇杷”吗？以下是与“枇杷”相关的词语：\n\n1. 水果\n2. 黄色", cue="琵琶").words == ()
    assert parse_answer("“斟酌”是一个汉语词语，意思是仔细考虑。例如：“这个问题需要好好斟酌一下。”",
                        cue="斟酌").words == ()
    assert parse_answer(" Do not repeat a word.", cue="castle").words == ()
    # Another cue's example after a sentence on the same line is left out.
    example = "联想词是指看到一个词时想到的其他词。例如，看到“苹果”可能会想到水果、红色。\n\n看到“熊”，我会想到：森林，蜂蜜"
    assert parse_answer(example, cue="熊").words == ("森林", "蜂蜜")


def test_what_pipelines_and_reasoning_models_leave_around_an_answer():
    # What storage did to an answer: escaped twice, or for HTML; the whole prompt kept.
    assert parse_answer(r"ride, saddle, pony\n").words == ("ride", "saddle", "pony")
    assert parse_answer(r"Sure! Here you go:\n\n1. \"Wings\"\n2. Fly").words == ("wings", "fly")
    assert parse_answer(r"\u82b1\u6735\uff0c\u6e29\u6696 \ud83c\udf38").words == ("花朵", "温暖")
    assert parse_answer("1. &quot;Wings&quot;\n2. Fly\n3. pb&amp;j &nbsp;").words == ("wings", "fly", "pb&j")
    path = parse_answer(r"C:\notes, folders, files").words  # a lone "\n" glued to a word: no escape
    assert "otes" not in path and path[-2:] == ("folders", "files")
    chatml = ("<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\n请列出看到“电脑”"
              "这个词时你会联想到的词语。<|im_end|>\n<|im_start|>assistant\n键盘，鼠标，屏幕<|im_end|>")
    assert parse_answer(chatml, cue="电脑").words == ("键盘", "鼠标", "屏幕")
    alpaca = ("Below is an instruction that describes a task.\n\n### Instruction:\nList the words that come "
              'to mind when you read the word "sugar".\n\n### Response:\nsweet, candy, cake\n\n###')
    assert parse_answer(alpaca, cue="sugar").words == ("sweet", "candy", "cake")
    glm = "[Round 1]\n\n问：请列出看到“手机”这个词时你会联想到的词语。\n\n答： 通讯，微信，屏幕"
    assert parse_answer(glm, cue="手机").words == ("通讯", "微信", "屏幕")
    # A ranking marker named in an echoed prompt is not the marker.
    echoed = ('… then end with a line that starts with "Final Ranking:" followed by all 3 words.\n\n'
              "1. Cold – the defining property.\n2. White – its colour.")
    assert parse_ranking(echoed).rule == NO_MARKER
    # A thought that never closed: only a final answer written there counts.
    unclosed = "<think>\nOkay, peak first, then snow. Climb, hiking.\n\n**Final Answer**\nPeak, snow, climb, hiking"
    assert parse_answer(unclosed, cue="mountain").words == ("peak", "snow", "climb", "hiking")
    assert parse_answer("<think>\n首先想到玫瑰。所以最终的答案是：\n\n玫瑰，浪漫，心动").words == ("玫瑰", "浪漫", "心动")
    assert parse_answer("<think>\nOkay, peak first, then snow, climb, hiking, summit").words == ()

# --- the second, blind corpus ---------------------------------------------------------------

# The parser's rules where the blind corpus chose otherwise: a ranking without its "Final
# Ranking" marker is a parse failure (the paper's reward: -1), not a list.
POLICY = {"rk_p01": []}
BLIND_LISTS = [c for c in blind.LISTS + blind.POST_LISTS if c[0] not in blind.AMBIGUOUS]
BLIND_RANKINGS = [c for c in blind.RANKINGS + blind.POST_RANKINGS if c[0] not in blind.AMBIGUOUS]


@pytest.mark.parametrize("case_id, cue, text, expected", BLIND_LISTS, ids=[c[0] for c in BLIND_LISTS])
def test_blind_corpus_lists(case_id, cue, text, expected):
    got = [w for w in parse_answer(text, cue=cue).words if w != normalise_word(cue)]
    assert got == POLICY.get(case_id, expected)


@pytest.mark.parametrize("case_id, text, expected", BLIND_RANKINGS, ids=[c[0] for c in BLIND_RANKINGS])
def test_blind_corpus_rankings(case_id, text, expected):
    assert list(parse_ranking(text).words) == POLICY.get(case_id, expected)


def test_blind_corpus_precision_on_the_ambiguous_cases():
    """The cases a careful reader could read two ways still lose little at P@5."""
    cases = [c for c in blind.LISTS + blind.POST_LISTS if c[0] in blind.AMBIGUOUS]
    assert len(cases) >= 10
    p5 = [len(set([w for w in parse_answer(t, cue=c).words if w != normalise_word(c)][:5])
              & set(e)) / min(5, len(e)) for _, c, t, e in cases if e]
    assert np.mean(p5) >= 0.9


# --- random lists in random formats parse back exactly -----------------------------------------

EN_WORDS = ["money", "river", "loan", "account", "teller", "vault", "ice cream", "hot dog",
            "snow", "cold", "winter", "Christmas", "sled", "fireplace", "hot chocolate", "coffee",
            "morning", "cup", "espresso", "caffeine", "bread", "butter", "toast", "New York",
            "rock and roll", "t-shirt", "x-ray", "ATM", "doctor", "nurse", "hospital", "bone",
            "leash", "puppy", "cat", "mouse", "keyboard", "music", "guitar", "piano", "ocean",
            "beach", "sand", "waves", "sun", "moon", "stars", "night", "dream", "sleep"]
ZH_WORDS = ["钱", "存款", "贷款", "利息", "银行卡", "账户", "医生", "护士", "医院", "病人", "手术",
            "冬天", "寒冷", "下雪", "围巾", "猫", "狗", "宠物", "老鼠", "可爱", "月亮", "中秋",
            "月饼", "嫦娥", "一帆风顺", "乘风破浪", "火车", "铁轨", "车站", "旅行", "咖啡", "早晨",
            "提神", "音乐", "吉他", "演唱会", "歌手", "太阳", "星星", "天空", "大海", "沙滩"]
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
NUMERALS = "一二三四五六七八九十"
MARKERS = ["{n}. ", "{n}) ", "{n}、", "({n}) ", "[{n}] ", "{n}.", "Rank {n}: ", "排名{n}：",
           "第{n}名：", "- ", "* ", "• ", "circled", "numeral"]
GLOSSES = [" (the most common sense)", "（因为最常见）", " - the first thing people think of",
           " — because it is obvious", ": the most common sense", "——可能指其他意思"]
PREAMBLES = ['Sure! Here are {k} words I associate with "bank":', "好的，以下是与“银行”有关的联想词：",
             "Here are the words:", "以下是我联想到的词语：", "**Associations:**"]
REMARKS = ["Let me know if you'd like more!", "希望这些联想词能满足你的需求。",
           "注意：以上词语按联想强度排列。", "I hope this helps!", "These are ordered by strength."]


def _marker(style: str, n: int) -> str:
    if style == "circled":
        return CIRCLED[n - 1] + " "
    if style == "numeral":
        return NUMERALS[n - 1] + "、"
    return style.format(n=n)


@st.composite
def rendered_lists(draw, ranking=False):
    words = draw(st.lists(st.sampled_from(EN_WORDS + ZH_WORDS), min_size=2, max_size=20,
                          unique_by=normalise_word))
    enumerated = draw(st.booleans())
    bold = draw(st.booleans())
    gloss = draw(st.sampled_from([None] + GLOSSES))
    shown = [f"**{w}**" if bold else w for w in words]
    if enumerated:
        style = draw(st.sampled_from(MARKERS))
        if style == "numeral":
            words, shown = words[:10], shown[:10]
        blank = "\n\n" if draw(st.booleans()) else "\n"
        indent = draw(st.sampled_from(["", "  "]))
        body = blank.join(f"{indent}{_marker(style, i)}{w}{gloss or ''}"
                          for i, w in enumerate(shown, 1))
    else:
        all_han = all(any("\u4e00" <= ch <= "\u9fff" for ch in w) for w in words)
        seps = [", ", ",", "，", "、", "; ", "\n"] + ([" "] if all_han else [])
        sep = draw(st.sampled_from(seps + ([" > ", " → "] if ranking else [])))
        # A "word: gloss" on a line of several words would read as "label: list".
        if sep == " " or (gloss and gloss.startswith(":") and sep != "\n"):
            gloss = None
        body = sep.join(f"{w}{gloss or ''}" for w in shown)
        if draw(st.booleans()) and sep != "\n":
            body += draw(st.sampled_from([".", "。"]))
    preamble = draw(st.sampled_from([None] + PREAMBLES))
    remark = draw(st.sampled_from([None] + REMARKS))
    text = body
    if preamble:
        joint = " " if (not enumerated and "\n" not in body and draw(st.booleans())) else "\n\n"
        text = preamble.format(k=len(words)) + joint + text
    if ranking:
        marker = draw(st.sampled_from(["Final Ranking:", "**Final Ranking:**", "最终排名：",
                                       "Final ranking:\n", "最终排名\n"]))
        text = "I ranked the words by how often people name them.\n\n" + marker + (
            "\n" if enumerated and not marker.endswith("\n") else " ") + body
    if remark:
        text += "\n\n" + remark
    return [normalise_word(w) for w in words], text


@settings(max_examples=400, deadline=None)
@given(rendered_lists())
def test_random_lists_in_random_formats_parse_back(example):
    words, text = example
    assert list(parse_answer(text).words) == words, text


@settings(max_examples=200, deadline=None)
@given(rendered_lists(ranking=True))
def test_random_rankings_in_random_formats_parse_back(example):
    words, text = example
    assert list(parse_ranking(text).words) == words, text


# --- pathological input --------------------------------------------------------------------------

PATHOLOGICAL = {
    "empty": "",
    "whitespace": " \n\t\r\n \u3000 ",
    "1 MB of words": "word " * 200_000,
    "1 MB without a space": "a" * 1_000_000,
    "1 MB of punctuation then a letter": "!" * 1_000_000 + "a",
    "10,000 items": ", ".join(f"w{i}" for i in range(10_000)),
    "10,000 numbered lines": "\n".join(f"{i}. w{i}" for i in range(1, 10_001)),
    "control characters": "\x00\x01\x02\x1b[0m" * 2_000 + "dog, cat",
    "mixed scripts": "猫cat кошка قطة 🐈, " * 5_000,
    "unbalanced brackets": "(" * 100_000 + "dog" + "]" * 50_000,
    "colons": ":" * 100_000 + "dog",
    "dashes": " - ".join(["w"] * 30_000),
    "lone surrogate": "dog, \ud800cat",
    "markers only": "1.\n2.\n3.\n- \n* \n",
    "final ranking repeated": "Final Ranking: " * 50_000,
    "think never closed": "<think>" + "hmm " * 100_000,
    # Han words between spaces with no Latin end: once a backtracking pattern (minutes).
    "Han words then a digit": " ".join(["钱钱"] * 30) + " 1",
    "spaces before a score": "a" + " " * 50_000 + "0.5%",
    "label lines": "\n".join(f"Word: w{i}\nAssociations: a{i}, b{i}" for i in range(20_000)),
    "letter items": "\n".join(f"{chr(97 + i % 26)}. w{i}" for i in range(50_000)),
    "deep JSON": "[" * 100_000,
    "JSON of 10,000 words": "[" + ", ".join(f'"w{i}"' for i in range(10_000)) + "]",
    "JSON starts on every line": "{\n" * 50_000,
    "an unclosed Python literal": "{'a': [" + "'x', " * 20_000,
    "nested LaTeX": "\\boxed{" * 20_000 + "x" + "}" * 20_000,
    "quoted cue labels on one line": '"a": b, ' * 12_000 + "\nx, y",
    "a few-shot line per cue": "看到“水”会联想到：河流，清凉\n" * 10_000,
    "extra mentions after a list": "1. a\n2. b\n" + "Also: x, y\n" * 20_000,
    "a table of 10,000 rows": "| Rank | Word |\n|---|---|\n" + "| 1 | w |\n" * 10_000,
    "a category table of 10,000 rows": "| 类别 | 联想词 |\n|---|---|\n" + "| 功能 | 通话、短信 |\n" * 10_000,
    "10,000 sections": "\n".join(f"{'一二三'[i % 3]}、类\n1. 甲\n2. 乙" for i in range(10_000)),
    "a long last pair": "a, b, " + " ".join(["x"] * 60) + " and " + " ".join(["y"] * 60),
    "an entry's brackets": "“水”（" + "(" * 50_000 + "），是",
    "chat turns written out": "User: 水\nAssistant: a, b\n" * 30_000,
    "a misreading then quotes": 'you meant "x" ' + '"y" ' * 50_000,
    "escaped twice": "\\u4f60\\n" * 30_000 + "\\ud83c" * 1000,
    "HTML entities": "&amp;quot;, " * 30_000,
    "a prompt kept, no answer header": "<|im_start|>user\n" + "x, " * 50_000,
    "the prompt again and again": 'a, b, List the words that come to mind when you read the word "水". ' * 10_000,
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_input_is_quick_and_sane(name):
    text = PATHOLOGICAL[name]
    t0 = time.perf_counter()
    answer, ranking = parse_answer(text), parse_ranking(text)
    with_cue = parse_answer(text, cue="水")  # the cue's own rules: headings, few-shot lines
    assert time.perf_counter() - t0 < 3.0
    for parsed in (answer, ranking, with_cue):
        assert parsed.rule in RULES + (NO_MARKER,)
        assert all(isinstance(w, str) and w for w in parsed.words)
        assert len(parsed.dropped) <= 12 and all(len(t) <= 80 for _, t in parsed.dropped)


def test_not_a_string_is_a_type_error():
    with pytest.raises(TypeError, match="expects a string"):
        parse_answer(None)
