"""The answer parsers against the later blind corpora (tests/answer_corpus_blind3.py,
tests/answer_corpus_blind4.py … tests/answer_corpus_blind49.py).

Each corpus was written by hand before its author read the parser; every case not in its
AMBIGUOUS set must parse to exactly the expected words. A failure here means the parser
(or, rarely, the expectation) is wrong: the expectations are not to be edited to make a
case pass.
"""

import importlib
import re

import pytest

import answer_corpus_blind3 as blind3
from align_jax.eval.answers import normalise_word, parse_answer, parse_ranking

_GROUPS = ("en_van_", "en_ft_", "zh_van_", "zh_ft_")
# Answers stopped by the token limit mid-word ("15. Destruc"): a reader sees the fragment,
# the parser is told by the generation record (finish_reason "length"). The third corpus
# did not mark them (this test did, after reading it); the later ones mark their own.
LAST_CORPUS = 49
CORPORA = {"blind3": (blind3, {"en_van_07", "en_van_22", "en_ft_11"}),
           **{f"blind{n}": (corpus, corpus.TRUNCATED) for n in range(4, LAST_CORPUS + 1)
              for corpus in [importlib.import_module(f"answer_corpus_blind{n}")]}}


# Cases the parser cannot read yet, and why. Each is a strict xfail: it fails the suite the
# day it passes, so the entry is removed then.
KNOWN_LIMITS = {
    ("blind10", "zh_ft_004"): "Han words with no separator at all: needs a word segmenter",
    ("blind10", "zh_ft_023"): "Han words with no separator at all: needs a word segmenter",
    ("blind21", "en_van_31"): "an explanation section after the list ('A bit more on where these "
                              "come from:') whose labels read as words ('**Places:** castle, …')",
    ("blind21", "zh_van_14"): "a list given only in prose, one quoted word per clause across "
                              "sentences (“知识” … “阅读” … “图书馆”)",
    ("blind25", "zh_van_71"): "a list in prose (首先是…其次是…然后是…) whose middle items have no marker",
    ("blind25", "zh_van_101"): "a list in prose, its items quoted one a clause (首先是“学校”，其次是…)",
    ("blind26", "en_van_39"): "an idiom with a pronoun in a comma list ('music to my ears') reads as prose",
    ("blind26", "en_van_131"): "an explanation section after the list whose bold pairs read as items "
                               "('- **Night** and **stars**: …')",
    ("blind27", "en_van_26"): "a page of web chrome with no list: its last link text reads as a word",
    ("blind27", "en_van_40"): "a CSV of several cues (header row, one row per cue)",
    ("blind27", "en_van_59"): "lettered options on one line ('A) quiet B) peace …') then an answer key",
    ("blind27", "zh_van_62"): "an answer key that omits the answer ('答案：略') and an exam heading",
    ("blind29", "en_van_07"): "a definition with no list: its last sentence's 'homes, offices and schools' "
                              "reads as a list",
    ("blind29", "en_van_49"): "a second sentence that goes on with the list ('It can also remind me of "
                              "chef and steel.')",
    ("blind30", "en_van_36"): "a list given only in prose, across two sentences ('I think of snow and "
                              "cold weather first, then …')",
    ("blind38", "en_van_98"): "'Okay' first in a list for the cue 'OK' reads as an opener ('Okay, here …')",
    ("blind38", "en_ft_28"): "a three-word slogan with a pronoun in a comma list ('just do it') reads as prose",
    ("blind39", "zh_van_80"): "'第一，唯一，…' for the cue 一: its first word reads as an ordinal numbering the line",
    ("blind40", "en_ft_03"): "items joined by 'and' inside a sentence's list ('vanity and bathroom, as well "
                             "as selfie and Snow White')",
    ("blind42", "zh_van_32"): "example sentences under a preamble that announces them ('以下是几个使用“坚持”的句子：')",
    ("blind42", "zh_van_61"): "a short poem whose first lines ('高高的山啊，', '站在云端，') read as words",
    ("blind44", "en_van_90"): "a second sentence that goes on with the list ('Other associations could "
                              "include coffee and rest.')",
    ("blind46", "en_van_43"): "a list given only in prose, across two sentences ('the strongest association "
                              "is jogging, followed closely by race and marathon. After that …')",
    ("blind46", "zh_van_43"): "a quoted line of poetry after 的 inside a sentence's list ('李白的“床前明月光”')",
    ("blind48", "en_van_18"): "newlines lost by a harness: the closing sentence glued to the last item ('8. Tail "
                              "These are listed …')",
    ("blind48", "en_van_22"): "punctuation stripped by a normaliser: 'spoon 1 fork 2 knife 3 soup'",
    ("blind48", "rk_en_04"): "newlines lost by a harness: the closing sentence glued to the last ranked word "
                             "('…, bird I hope this helps!')",
    ("blind33", "zh_van_58"): "'钱和贷款' inside a list: a one-character part before 和 is kept joined "
                              "(as '颐和园' must be)",
    **{("blind31", i): "narrated association (a persona answering 'quickly'): " + why for i, why in {
        "en_van_03": "short sentences inside the narration ('snow first. Then cold…')",
        "en_van_12": "'bills first, honestly.' at the end of a framing sentence",
        "en_van_13": "one-word sentences ('hot. Flames. Campfire, …')",
        "en_van_21": "items separated by em dashes and an ellipsis, with an aside '(ugh)'",
        "en_van_23": "interjections among the items ('Ooh', 'Yep') and '\"Beach\"... sand!'",
        "en_van_26": "'then the ER... beds': an article and a single ellipsis inside a comma list",
        "en_van_32": "'Ha, as a typical American … pizza!' read as an interjection item",
        "en_van_33": "an example list for another cue inside the opening sentence",
        "en_van_34": "the cue opening a sentence whose list follows 'is all about the …'",
        "en_van_45": "items that are phrases with a possessive ('my mom calling (again)')",
        "en_van_49": "one-word sentences around the list ('Taxes. IRS, …, TurboTax. Ugh.')",
        "zh_van_03": "a closing particle on the last word ('还有图书馆吧')",
        "zh_van_25": "'考试？别提了……挂科': the cue as a question before the list",
        "zh_van_28": "items separated by '——' and '……' before a comma list",
    }.items()},
}


def _cases(kind: str):
    return [pytest.param(name, *case, id=f"{name}-{case[0]}",
                         marks=[pytest.mark.xfail(reason=KNOWN_LIMITS[name, case[0]], strict=True)]
                         if (name, case[0]) in KNOWN_LIMITS else [])
            for name, (corpus, _) in CORPORA.items()
            for case in getattr(corpus, kind) if case[0] not in corpus.AMBIGUOUS]


def _truncated():
    return [pytest.param(name, case_id, id=f"{name}-{case_id}")
            for name, (corpus, truncated) in CORPORA.items() for case_id in sorted(truncated)
            if (name, case_id) not in KNOWN_LIMITS and case_id not in corpus.AMBIGUOUS]


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_corpus_is_well_formed(name):
    corpus, truncated = CORPORA[name]
    ids = [c[0] for c in corpus.LISTS] + [c[0] for c in corpus.RANKINGS]
    assert len(ids) == len(set(ids))
    assert corpus.AMBIGUOUS <= set(ids) and truncated <= set(ids)
    assert all(c[0].startswith(_GROUPS) for c in corpus.LISTS)
    assert all(c[0].startswith("rk_") for c in corpus.RANKINGS)
    for case in corpus.LISTS + corpus.RANKINGS:
        expected = case[-1]
        assert len(expected) == len(set(expected)), case[0]
        assert all(w == w.lower() and w.strip() == w and w for w in expected), case[0]


@pytest.mark.parametrize("name,case_id,cue,text,expected", _cases("LISTS"))
def test_list_answer_matches_blind_reading(name, case_id, cue, text, expected):
    truncated = case_id in CORPORA[name][1]
    # Compared as P@k compares words: through normalise_word, NFKC included ("e=mc²" is
    # "e=mc2" on both sides of a metric).
    assert list(parse_answer(text, cue=cue, truncated=truncated).words) == [
        normalise_word(w) for w in expected]


@pytest.mark.parametrize("name,case_id", _truncated())
def test_a_cut_off_fragment_is_kept_when_the_record_does_not_say_truncated(name, case_id):
    corpus, _ = CORPORA[name]
    _, cue, text, expected = next(c for c in corpus.LISTS if c[0] == case_id)
    words = list(parse_answer(text, cue=cue).words)
    last_line = text.rstrip().rsplit("\n", 1)[-1]
    if not expected:  # cut inside unfinished reasoning ("<think>…nightl"): nothing to read
        assert words == []
    elif text.count("**") % 2:  # cut inside bold ("7. **莎士"): dropped without the record too
        assert words == expected
    elif re.match(r"\s*(?:\d{1,3}[.)、]|[-*•])\s*\S.*?(?:\s[-–—]+\s|——|[(:（：])", last_line):
        # cut inside an item's gloss ("5. **Wall** – where it often han"): every item is whole
        assert words == expected
    else:  # the fragment is read as a last word, unless the cut fell outside the list
        # (in remarks after it, or in a half-written table row)
        assert words == expected or (words[:-1] == expected and words[-1] not in expected)


# Rankings cut mid-word by the token limit: the seventeenth, twenty-second and later corpora
# leave the fragment out without marking the case (their docstrings: "cuts mid-word … in late
# training", "# cut by the token limit"); this test marks them, as it does for the third
# corpus, and the parser is told, as a rollout would.
RANKINGS_TRUNCATED = {("blind17", i) for i in ("rk_en_39", "rk_en_49", "rk_en_57", "rk_en_63",
                                                "rk_zh_33", "rk_zh_48", "rk_zh_53", "rk_zh_59")} | {
    ("blind22", i) for i in ("rk_en_46", "rk_en_47", "rk_en_48", "rk_en_49", "rk_en_65",
                             "rk_zh_47", "rk_zh_48", "rk_zh_49", "rk_zh_50", "rk_zh_66")} | {
    ("blind28", "rk_en_06"), ("blind28", "rk_zh_06"), ("blind29", "rk_en_06"), ("blind30", "rk_en_04"),
    ("blind31", "rk_en_05"), ("blind31", "rk_zh_04"), ("blind32", "rk_en_06"), ("blind33", "rk_en_05"),
    ("blind34", "rk_en_06"), ("blind35", "rk_en_04"), ("blind36", "rk_en_03"), ("blind37", "rk_en_10"),
    ("blind37", "rk_zh_10"), ("blind38", "rk_en_07"), ("blind39", "rk_zh_06"),
    ("blind40", "rk_en_11"), ("blind40", "rk_zh_12"), ("blind40", "rk_zh_31"), ("blind41", "rk_en_05"),
    ("blind42", "rk_zh_08"), ("blind43", "rk_en_05"), ("blind44", "rk_en_05"),
    ("blind45", "rk_en_05"), ("blind46", "rk_en_04"), ("blind47", "rk_en_07"), ("blind47", "rk_zh_08"),
    ("blind48", "rk_en_06"), ("blind48", "rk_zh_05"), ("blind49", "rk_zh_05")}


@pytest.mark.parametrize("name,case_id,text,expected", _cases("RANKINGS"))
def test_ranking_answer_matches_blind_reading(name, case_id, text, expected):
    truncated = (name, case_id) in RANKINGS_TRUNCATED
    # Compared through normalise_word, as the ranking reward compares them with the gold words.
    assert list(parse_ranking(text, truncated=truncated).words) == [normalise_word(w) for w in expected]
