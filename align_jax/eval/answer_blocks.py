"""The words of an answer's enumerated or bulleted blocks (`answer_lines.find_blocks`).

A block's top-level items are its words and what is nested under them their glosses, but
for category headers, one-word sub-items ("1. Travel / a. Flights") and blocks of "word:
explanation" items; lines after the last block may add words ("Honorable mentions: …").
What `align_jax.eval.answers` does with the blocks is in its docstring.
"""

from __future__ import annotations

import re

from align_jax.eval.answer_items import (BRACKET, COLON, HAN, SEPARATORS, Dropped, item_label, normalise_word,
                                         read_segment, segment_words, strip_markdown)
from align_jax.eval.answer_lines import Line
from align_jax.eval.answer_words import HAN_OPENERS, PROSE_WORDS


def block_words(block: list[Line], ranking: bool, dropped: Dropped) -> list[str]:
    """Words of one block. A top-level item is a word, and what is nested under it (deeper
    items, other bullets, indented lines) its glosses; unless it is a category header: it
    ends in ':', or every top-level item of the block has two or more nested items that are
    single short words ("- Animals / - Lion / - Elephant"); then its nested items are words."""
    first = next(l for l in block if l.family)
    groups: list[tuple[Line, list[Line]]] = []
    for line in block:
        if line.family and line.indent <= first.indent + 1 and line.family == first.family:
            groups.append((line, []))
        else:
            groups[-1][1].append(line)

    if any(top.text.startswith("#") for top, _ in groups) and not all(
            top.text.startswith("#") for top, _ in groups):
        # "### 一、建筑类" among "1. 高楼大厦" items: the headings name groups
        for top, _ in groups:
            if top.text.startswith("#"):
                dropped.add("header", top.body)
        groups = [(top, nested) for top, nested in groups if not top.text.startswith("#")]
    if _han_numbered_sections(groups):
        # "一、自然景象" over "1. 海浪 / 2. 沙滩", "二、海洋生物" over "1. 鱼 …": the sections' names
        for top, _ in groups:
            if _HAN_NUMERAL.match(top.text):
                dropped.add("header", top.body)
        groups = [(top, nested) for top, nested in groups if not _HAN_NUMERAL.match(top.text)]
    read_groups = [(top, _item(top.body, ranking), nested,
                    [(l, read_segment(l.body, ranking, False)) for l in nested if l.family])
                   for top, nested in groups]
    read_groups = _labels_alike(read_groups)
    categories = all(len(inner) >= 2 and all(_single_short_word(w, 3) for _, (w, _, _) in inner)
                     for *_, inner in read_groups)
    words: list[str] = []
    for top, (top_words, kind, top_dropped), nested, inner in read_groups:
        if kind == "header" or categories or (inner and top.text.startswith("#")):  # "#### 一、思想"
            dropped.add("header", top.body)
            read_nested = {l.index: r for l, r in inner}
            for line in nested:
                if line.index in read_nested:
                    w, _, left_out = read_nested[line.index]
                    words.extend(w)
                    dropped.items += left_out
                else:
                    dropped.add("gloss", line.text)
            continue
        words.extend(top_words)
        dropped.items += top_dropped
        for line in nested:
            sub_item = _sub_item(line)
            if len(top_words) == 1 and sub_item:
                words.append(sub_item)  # "1. Travel / a. Flights / b. Hotel": sub-items
            else:
                dropped.add("gloss", line.body or line.text)
    dropped.items = dropped.items[:Dropped.LIMIT]
    return words


_HAN_NUMERAL = re.compile(r"^[一二三四五六七八九十]{1,3}[、.]")


def _han_numbered_sections(groups: list[tuple[Line, list[Line]]]) -> bool:
    """Whether a block's items numbered 一、二、… name sections of items numbered 1. 2. …:
    two or more of them, each followed by an item with an Arabic number."""
    han = [i for i, (top, _) in enumerate(groups) if top.text[:1] in "一二三四五六七八九十"
           and _HAN_NUMERAL.match(top.text)]
    return len(han) >= 2 and all(i + 1 < len(groups) and groups[i + 1][0].text[:1].isdigit()
                                 for i in han)


MAX_PHRASE_WORDS = 6             # an item "Chip on your shoulder" is a phrase, not prose
MAX_PHRASE_CHARS = 10            # nor is "三人行必有我师"


def _item(body: str, ranking: bool) -> tuple[tuple[str, ...], str, tuple[tuple[str, str], ...]]:
    """read_segment of a block item; an item that is one phrase read as prose only for its
    words ("Chip on your shoulder", "Time is money", "三人行必有我师"; not a sentence ending
    in . ! ? nor one with separators) is that phrase: a block holds one item a line."""
    words, kind, left_out = read_segment(body, ranking, False)
    if words or not left_out or SEPARATORS.search(body) or COLON.search(body):
        return words, kind, left_out
    text = strip_markdown(BRACKET.sub("", body)).strip()
    if not text or text[-1] in ".。" or any(c in text for c in "!?！？/\"{}[]"):
        return words, kind, left_out
    phrase = normalise_word(text)
    if HAN.search(phrase):
        fits = (len(phrase) <= MAX_PHRASE_CHARS and not phrase.startswith(HAN_OPENERS)
                and not any(w in phrase for w in ("联想", "以下", "词语", "如下")))  # a heading
    else:
        tokens = phrase.split()
        fits = 2 <= len(tokens) <= MAX_PHRASE_WORDS and not (
            len(tokens) >= 4 and tokens[0] in ("the", "a", "an"))  # "the instrument people picture"
    return ((phrase,), "list", ()) if fits else (words, kind, left_out)



def _single_short_word(words: tuple[str, ...], max_tokens: int = 2) -> bool:
    return len(words) == 1 and len(words[0].split()) <= max_tokens


_LETTER_ITEM = re.compile(r"^[a-z][.)] +(?=\S)")
_SHORT_ITEM = re.compile(r"^[^\W\d_]+(?:[ '-][^\W\d_]+)?$")


def _sub_item(line: Line) -> str:
    """The word of an item nested under a word when it is one short word, bulleted,
    numbered or lettered ("   a. Flights", "  - Lion"), not an explanation ("  - the visible
    part of a fire", "  * 广阔无边的海洋"); '' otherwise."""
    body = line.body if line.family else None
    if body is None and (m := _LETTER_ITEM.match(line.text)) is not None:
        body = line.text[m.end():]
    if body is None:
        return ""
    body = strip_markdown(body).strip(" .")
    if not _SHORT_ITEM.match(body) or (HAN.search(body) and len(body) > 4):
        return ""
    word = normalise_word(body)
    return "" if word in PROSE_WORDS else word


def _labels_alike(read_groups: list) -> list:
    """A block whose items are mostly one word each, bare or "word: explanation" (or "word -
    explanation"), reads every labelled item so: "3. **Wildlife:** Deer, birds, foxes" among
    "1. **Trees:** The defining feature …" items is the word "wildlife", "Rhythm – the beat,
    tempo, pulse" among "Song", "Dance" is "rhythm" (a block of sense headers, "**Financial:**
    money, loan", has no such majority); and an item that is a word, a comma and a sentence
    ("Cheetah, the fastest land animal.") is that word."""
    if not any(len(group[1][0]) >= 2 for group in read_groups):  # no item reads as a list
        return read_groups
    labels = [item_label(top.body) for top, *_ in read_groups]
    glossed = listed = bare = 0
    for label, (_, (words, _, _), *_) in zip(labels, read_groups):
        if label is not None:
            glossed += words == (label[0],)
            listed += len(words) >= 2
        else:
            bare += len(words) == 1
    if glossed + bare < 2 or glossed + bare <= listed or (glossed < 2 and bare < 2):
        return read_groups
    out = []
    for label, (top, (words, kind, left_out), nested, inner) in zip(labels, read_groups):
        if label is not None and len(words) >= 2 and glossed >= 1:
            left_out = (("gloss", label[1]),) if label[1].strip() else ()
            words, kind = (label[0],), "list"
        elif label is None and len(words) >= 2 and bare >= 2 and _word_then_sentence(top.body):
            left_out = (("gloss", top.body),)
            words = words[:1]
        out.append((top, (words, kind, left_out), nested, inner))
    return out


def _word_then_sentence(body: str) -> bool:
    """An item written "Word, a comment on it." (a sentence's end after its first comma)."""
    text = strip_markdown(body).rstrip()
    return text.endswith((".", "。")) and ", " in text and len(text.split()) >= 3


# A line after the list that adds to it: "Honorable mentions: Belgium, milk", "其他：…".
_MORE_LABEL = re.compile(r"^(?:\*\*)?(?:honou?rable mentions?|also|others?|bonus|more|"
                         r"additional(?: words| associations)?|other associations|其他|另外|还有|"
                         r"补充(?:几个)?)"
                         r"(?:\*\*)? *:(?:\*\*)? *(?=\S)", re.I)


def more_after(lines: list[Line], last: int) -> list[tuple[int, tuple[str, ...]]]:
    """(line index, words) of the lines after the last block that add words to the list."""
    out = []
    for line in lines:
        if line.index > last and (m := _MORE_LABEL.match(line.text)) is not None:
            words, kind = segment_words(line.text[m.end():], False, Dropped(), whole_line=True)
            if kind == "list" and words:
                out.append((line.index, words))
    return out


def outside_blocks(lines: list[Line], blocks: list[list[Line]], inside: Dropped,
                    also: set[int] = frozenset()) -> tuple[tuple[str, str], ...]:
    """Diagnostics of an enumerated answer: the lines before the first block (preamble),
    between blocks (header) and after the last (remark), with the blocks' own glosses;
    `also` are lines read for words too."""
    used = {l.index for b in blocks for l in b} | also
    first, last = blocks[0][0].index, blocks[-1][-1].index
    before, between, after = Dropped(), Dropped(), Dropped()
    for line in lines:
        if line.index in used or not line.text.strip():
            continue
        if line.index < first:
            before.add("preamble", line.text.lstrip("# "))
        elif line.index > last:
            after.add("remark", line.text)
        else:
            between.add("header", line.text.lstrip("# "))
    everything = Dropped()
    everything.items = (before.items + between.items + inside.items + after.items)[:Dropped.LIMIT]
    return everything.result()
