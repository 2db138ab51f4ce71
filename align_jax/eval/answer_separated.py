"""The words of an answer read line by line, when it holds no enumerated block: each line
split sentence by sentence on the separators, with headings, labelled remarks, closing
paragraphs and translations of the list dropped (`answers` step 2, rule ``separated``).
"""

from __future__ import annotations

import re

from align_jax.eval.answer_items import (BRACKET, COLON, DIGIT, HAN, SEPARATORS, Dropped, clean_piece, is_prose,
                                         normalise_word, read_segment, segment_words, strip_markdown)
from align_jax.eval.answer_lines import INLINE_NUMBER, ITEM, Line
from align_jax.eval.answer_words import FILLERS, PROSE_WORDS

__all__ = ["separated_words", "REMARK_LABEL"]

_HEADING = re.compile(r"^ *#{1,6} ")
# A line "996、熬夜、老板" outside a block: the number is a word, not the item's number.
_NUMBER_WORD = re.compile(r"\d{3}、")
REMARK_LABEL = re.compile(r"^(?:(?:(?:(?:brief|short|quick|some|a few|additional|extra) )?notes?|ps|p\.s\.?|"
                          r"注意|注|(?:简单|简要|补充|详细)?(?:说明|解析|分析)|备注|提示|点评) *:"
                          r"|【[^】\n]{0,4}(?:解析|分析|点评|注意|注|说明|备注|提示|出处|释义)】)", re.I)
# Labels of what follows a list, not of a word, when they open a paragraph, follow another
# remark, or open the answer with a sentence ("\n\nExplanation: A teacher works …",
# "近义词：… / 反义词：…", "Instructions: List the words …"; the steps of a reasoning prompted
# "step by step": "Step 1: The word …", "第二步：…"): words in a "word: gloss" list too.
_LATER_REMARK = re.compile(r"^(?:explanations?|reasons?|reasoning|thinking|thoughts?|story|instructions?(?: for [^:\n]{1,30})?|"
                           r"step ?\d{1,2}|第[一二三四五六七八九十\d]{1,2}步|"
                           r"marking guide|score|"
                           r"correct answers?|example sentences?|测试说明|例句|出处|近义词|反义词|释义|解释|"
                           r"注释) *:", re.I)
_LETTER = re.compile(r"[^\W\d_]")
MIN_OPENING_REMARK_WORDS = 6     # an opening "Instructions: …" is a sentence, not a gloss
# A line that is only a bracketed heading: "【味道】", "【联想词语】".
_BRACKET_HEADING = re.compile(r"^【[^】\n]{1,20}】 *:? *$")


def separated_words(lines: list[Line], ranking: bool, dropped: Dropped) -> list[str]:
    """Words of every line read as a separated list; headings, labelled remarks and prose
    are dropped (as preamble before the first word, as remark after it)."""
    words: list[str] = []
    han_above = 0            # the number of words of the line above when they were all Han
    paragraph_after = False  # a blank line came after the words
    one_word_lines = 0       # lines that each gave one word: a one-word-per-line list
    last_remark = False      # the line above was a remark
    grouped = _one_item_groups(lines) if not ranking else {}
    for line in lines:
        text = line.text.strip()
        if not text:
            if ranking and words:
                break  # a ranking is the first paragraph after its marker
            paragraph_after = bool(words)
            continue
        if line.index in grouped:
            label, text = grouped[line.index]
            dropped.add("header", label)  # "人物类：柜员" among "业务类：存款、贷款、…"
        if text[:2] == "**" and (word := _bold_item(text)):
            dropped.add("gloss", text)    # "**Snow.** Even in places where it rarely snows, …"
            words.append(word)
            one_word_lines += 1
            han_above = 0
            continue
        if paragraph_after and (_opens_with_prose(text) or _opens_with_han_prose(text) or _prose_paragraph(text)):
            dropped.add("remark", text)  # "\n\nThe strongest association for me is "fruit," …"
            continue
        if text[0] == "#" and _HEADING.match(text) and not line.family:
            dropped.add("preamble" if not words else "header", text.lstrip("# "))
            continue
        if (":" in text or "【" in text) and (label := REMARK_LABEL.match(plain := strip_markdown(text))):
            dropped.add("remark", text)
            last_remark = True
            if words and label.end() >= len(plain.rstrip(" *")):
                break  # notes under a heading after the list run to its end: "【简要解析】", "补充说明："
            continue
        if ":" in text and (m := _LATER_REMARK.match(strip_markdown(text))) is not None and (
                paragraph_after or last_remark or (not words and (
                    len(text[m.end():].split()) >= MIN_OPENING_REMARK_WORDS
                    or len(HAN.findall(text, m.end())) >= 2 * MIN_OPENING_REMARK_WORDS)
                    and not _short_pieces(m.string[m.end():]))
                or _LETTER.search(m.string, m.end()) is None):  # "Score: 9/10" under the list
            dropped.add("remark", text)
            last_remark = True
            continue
        last_remark = False
        if text[0] == "【" and _BRACKET_HEADING.match(text):
            dropped.add("preamble" if not words else "header", text)
            continue
        if words and text[0] == "(" and text[-1] == ")":
            dropped.add("gloss", text)  # "(blue, cloud, bird)": the list's translation
            continue
        if line.family == "table":
            subs = [line.body]
        elif not DIGIT.search(text):
            subs = _sentences(text)
        else:
            subs = [part for sentence in _sentences(text) for part in
                    (INLINE_NUMBER.split(sentence) if DIGIT.search(sentence) else [sentence])]
        listed_before = bool(words)
        line_words: list[str] = []
        for k, sub in enumerate(subs):
            m = ITEM.match(sub) if line.family and not _NUMBER_WORD.match(sub) else None
            body = m.group("body") if m and m.group("body").strip() else sub
            if (" mean" in body or " refers" in body or " is a" in body or " was a" in body) and (
                    _DEFINING.match(body)):  # what the pattern needs, looked for cheaply
                dropped.add("remark" if words or line_words else "preamble", body)
                continue  # 'The word "of" is a preposition that …, origin, or possession.'
            if one_word_lines >= 4 and len(subs) == 1 and not paragraph_after:
                w, kind = _line_of_one_per_line(body, ranking, dropped)
            else:
                w, kind = _sentence_words(body, ranking, dropped,
                                          "remark" if words or line_words else "preamble")
            if kind == "header":
                dropped.add("preamble" if not (words or line_words) else "header", body)
            if listed_before and len(subs) > 1 and kind == "prose":
                dropped.add("remark", " ".join(subs[k:]))  # a closing paragraph
                line_words = []
                break
            line_words.extend(w)
        if han_above >= 3 and 3 <= len(line_words) <= han_above and not any(map(HAN.search, line_words)):
            dropped.add("gloss", text)  # the Han list above in English: "read, knowledge, …"
            line_words = []
        elif han_above and line_words and _PINYIN.match(text) and _TONE_MARK.search(text):
            dropped.add("gloss", text)  # the Han word above in pinyin: "景点\njǐngdiǎn"
            line_words = []
        one_word_lines += len(line_words) == 1
        han_above = (len(line_words) if line_words and not text.isascii()
                     and all(map(HAN.search, line_words)) else 0)
        words.extend(line_words)
    if words and words[0] in FILLERS and (len(words) > 1 or sum(
            len(line.text.strip()) for line in lines) > len(words[0]) + 2):
        dropped.add("preamble", words.pop(0))  # "Sure!", also before text that holds no word
    return words


# A sentence that defines a word, not a list of associations: 'The word "of" is a
# preposition that indicates …, origin, or possession.', '"Lit" can mean illuminated or, in
# slang, exciting or drunk.'
_DEFINING = re.compile(r"(?:the (?:word|term) )?[\"“']?[^\s\"“”']{1,30}[\"”']? (?:(?:can|may|could) mean\b|"
                       r"refers to\b|(?:is|was) (?:a|an) (?:\w+ ){0,2}?(?:word|noun|verb|adjective|adverb|"
                       r"preposition|conjunction|pronoun|article|particle|interjection|abbreviation|acronym|"
                       r"slang term)\b)", re.I)


# A line of pinyin: Latin letters with a tone mark among them ("jǐngdiǎn", "Běijīng").
_PINYIN = re.compile(r"^[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê' ]+$")
_TONE_MARK = re.compile(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")


def _line_of_one_per_line(body: str, ranking: bool, dropped: Dropped) -> tuple[tuple[str, ...], str]:
    """_sentence_words of a line in a one-word-per-line list: a two-word item read as prose
    only for one of PROSE_WORDS is an item ("reason / cause / … / because of"), as in a
    long comma list (`answer_items._two_word_items`); not one ending in . ! or ?."""
    own = Dropped()
    words, kind = _sentence_words(body, ranking, own, "remark")
    if not words and kind == "prose" and body.rstrip()[-1:] not in ".!?。！？" and not (
            SEPARATORS.search(body) or COLON.search(body) or HAN.search(body)):
        word = clean_piece(body)
        if len(word.split()) == 2:
            return (word,), "list"
    for item in own.items:
        dropped.add(*item)
    return words, kind


def _short_pieces(text: str) -> bool:
    """Three or more separated pieces, two thirds of them short words (two Latin words, four
    Han characters) once their brackets go ("开心（形容词）、高兴（形容词）、愉快"): a list, not
    an opening sentence."""
    pieces = SEPARATORS.split(BRACKET.sub("", text))
    short = sum(1 for p in pieces if len(p.split()) <= 2 and len(HAN.findall(p)) <= 4)
    return len(pieces) >= 3 and 3 * short >= 2 * len(pieces)


# A line "label: items" of a grouped list: "**典故**：草船借箭、三顾茅庐", "人物类：柜员".
_GROUP_LINE = re.compile(r"^(?:[-*•] *)?(?:\*\*)?(?P<label>[^:\n*,、;]{1,12}?)(?:\*\*)? *: *(?P<rest>\S.*)$")
MAX_GROUP_ITEM_HAN = 8


def _one_item_groups(lines: list[Line]) -> dict[int, tuple[str, str]]:
    """{line index: (label, item)} of the groups of one item in a grouped list, where half
    the label lines or more hold two items or more ("物品类：银行卡、ATM机 / 人物类：柜员"):
    their item is a word, not the label's gloss. An item is one short word (three Latin
    words, or eight characters), not a sentence."""
    if sum(1 for line in lines if ":" in line.text) < 3 or sum(
            1 for line in lines if ":" in line.text and SEPARATORS.search(line.text)) < 2:
        return {}  # cheaply: three label lines, two of them with a list
    groups = [(line.index, m) for line in lines if not line.family and ":" in line.text
              and line.text[:1] != "#" and (m := _GROUP_LINE.match(line.text.strip())) is not None]
    several = sum(1 for _, m in groups if len(SEPARATORS.split(m.group("rest"))) >= 2)
    if several < 2 or 2 * several < len(groups):
        return {}
    out = {}
    for index, m in groups:
        rest = m.group("rest").strip()
        if (not SEPARATORS.search(rest) and rest[-1:] not in ".!?。！？" and len(rest.split()) <= 3
                and (not HAN.search(rest) or len(rest) <= MAX_GROUP_ITEM_HAN)
                and _LETTER.search(rest) and not _LATER_REMARK.match(m.group(0))
                and not REMARK_LABEL.match(m.group(0))):
            out[index] = (m.group("label"), rest)
    return out


# A paragraph that opens with its item in bold and a full stop: "**Presents.** Wrapped gifts …".
_BOLD_ITEM = re.compile(r"^\*\*([^*\n]{1,60}?)(?:\.\*\*|\*\*\.)[ ]+(?=\S)")


def _bold_item(text: str) -> str:
    """The bold word that opens a paragraph about it, or ''."""
    m = _BOLD_ITEM.match(text)
    if m is None:
        return ""
    word = clean_piece(m.group(1))
    return word if word and not is_prose(m.group(1), word) and len(word.split()) <= 4 else ""


def _prose_paragraph(text: str) -> bool:
    """Whether a paragraph reads mostly as sentences: two or more of its pieces are prose,
    and no fewer than half as many as its words ("Coral reefs come last, not because they
    are unimportant, but because …", "其中，“万事如意”和“一帆风顺”经常一起出现在…")."""
    words, kind, left_out = read_segment(text, False, True, "remark")
    if kind == "prose":
        return True
    # A long piece counts once per eight words: "Coral reefs come last, not because …, but
    # because they are a more specific image than the others: bright colors, small fish".
    prose = sum(max(1, len(t.split()) // 8) for k, t in left_out if k in ("remark", "preamble"))
    return prose >= 2 and 2 * prose >= len(words)


def _opens_with_prose(text: str) -> bool:
    """Whether a line opens with an English sentence: a first piece of four words or more,
    one of PROSE_WORDS among them, no label ("The strongest association for me is …")."""
    first = SEPARATORS.split(strip_markdown(text), 1)[0]
    tokens = normalise_word(first).split()
    return (len(tokens) >= 4 and not PROSE_WORDS.isdisjoint(tokens) and ":" not in first
            and not HAN.search(first))


def _opens_with_han_prose(text: str) -> bool:
    """Whether a line is a Mandarin sentence that opens with prose and ends with 。 or !, no
    colon in it ("这些词涵盖了季节、颜色、活动和情感等方面。"): after the list, a closing remark."""
    if text.rstrip()[-1:] not in ("。", "!") or ":" in text:
        return False
    first = SEPARATORS.split(strip_markdown(text), 1)[0]
    word = clean_piece(first)
    return bool(word) and HAN.search(first) is not None and is_prose(first, word)


# A bold span in a sentence: "… I think of **World War II** and the **Cold War**."
_BOLD_SPAN = re.compile(r"\*\*([^*\n]{1,60}?)\*\*(?!\s*:)")


def _sentence_words(body: str, ranking: bool, dropped: Dropped,
                    prose_kind: str) -> tuple[tuple[str, ...], str]:
    """segment_words of one sentence of a separated line; a sentence that reads as prose
    but bolds its words ("Historically, I think of **World War II** and the **Cold
    War**.") gives the bold words."""
    if "**" not in body:
        return segment_words(body, ranking, dropped, whole_line=True, prose_kind=prose_kind)
    left_out = Dropped()
    words, kind = segment_words(body, ranking, left_out, whole_line=True, prose_kind=prose_kind)
    if not words:
        bold = [(span, clean_piece(span)) for span in _BOLD_SPAN.findall(body)]
        bold_words = tuple(w for span, w in bold if w and not span.rstrip().endswith(":")
                           and not is_prose(span, w))
        if bold_words:
            dropped.add(prose_kind, body)
            return bold_words, "list"
    for item in left_out.items:
        dropped.add(*item)
    return words, kind


# Where one sentence ends and the next begins: after 。!? before more Han text, or after
# ". " "! " "? " (or '." ') before a capital.
_SENTENCE_END = re.compile(r"(?<=[。!?])(?=[^\s!?。\"'”)])|(?<=[.!?]) +(?=[A-Z\"“])"
                           r"|(?<=[.!?][\"”']) +(?=[A-Z\"“])")


_ABBREVIATIONS = (" St.", " Mt.", " Dr.", " Mr.", " Mrs.", " Ms.", " Jr.", " Sr.", " vs.")
_INITIAL = re.compile(r"(?:^|[\s.,])[A-Z]\.$")  # a name's initial ends no sentence


def _sentences(text: str) -> list[str]:
    """A line cut into its sentences, each then read as a line of its own ("抱歉，我无法提供
    …。如果您有其他问题，欢迎继续提问。"); only where both sides are sentence-long (three
    words, or six Han characters), so "St. Louis" and "钱。存款。" stay whole; or after an
    opening filler ("Of course! Job, office, …")."""
    if not ("。" in text or ". " in text or "!" in text or "? " in text or '." ' in text
            or '.” ' in text):
        return [text]
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        left, right = text[start:m.start()], text[m.end():]
        if left.endswith(_ABBREVIATIONS) or _INITIAL.search(left):
            continue  # "St. Patrick's Day", "Dr. Seuss", "J.K. Rowling", "J. Edgar Hoover"
        if (_sentence_long(left) or (start == 0 and normalise_word(left) in FILLERS)) and (
                _sentence_long(right) or right.rstrip()[-1:] in ("?", "？")):
            out.append(left)
            start = m.end()
    out.append(text[start:])
    return out


def _sentence_long(text: str) -> bool:
    return len(text.split()) >= 3 or len(HAN.findall(text)) >= 6
