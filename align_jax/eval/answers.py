"""Read what a model wrote: the association list, or the final ranking, in a free-form answer.

Instruction-tuned models rarely answer with a bare list. They open with a preamble
("Sure! Here are 15 words …:", "好的，以下是与“X”相关的联想词："), number or bullet the
items, bold them, add glosses ("word (because …)", "word - …", "word: …") and close with
a remark; fine-tuned Mandarin models often separate words by spaces or put one per line.
`parse_answer` keeps the list items, drops the rest, and says how it found them:

1. **Find the list.** When the answer holds a block of at least two enumerated or bulleted
   lines (`1.` `1)` `1、` `(1)` `[1]` `①` `一、` `1st:` `Rank 1:` `排名1：` `第1名：` `- ` `* `
   `• `, in markdown or not), or a markdown table, only block items count (rule
   ``enumerated``). Several blocks (one per sense of the cue, say) all count, in order.
   Lines outside them (preamble, category headers, closing remarks) are dropped. An item
   ending in ":" is a category header: items nested under it are words; items nested under
   a word are its glosses. A table's item is its first cell that is not a number.
2. **Otherwise split** each line (`answer_items.CLEANING` for the separators); a line that
   reads as prose is dropped whole (rule ``separated``, or ``single`` for one item). A run
   of Han words separated only by spaces is a list. English items keep their spaces ("ice
   cream"); only an answer with no separator at all, of three or more words that do not read
   as a sentence ("money river loan"), is split on spaces. A first line that is just the cue
   (when `cue` is given) is a heading.
3. **Clean each item** by the steps of `answer_items.CLEANING`, in order.
4. Duplicates are dropped, first occurrence kept.

Before all this, a reasoning model's "<think>…</think>" part and chat-template tokens
("<|eot_id|>") are removed. `parse_ranking` reads the text after the last "Final Ranking"
/ "最终排名" marker that is followed by a list: the rest of the marker's line, or else the
first list (block or paragraph) below it.

Nothing here raises on odd input: an empty, binary or huge answer parses to a short or
empty list in linear time (answers are cut at `MAX_CHARS`; no metric reads past 50 words).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from align_jax.eval.answer_items import (COLON, FILLERS, HAN, PROSE_WORDS, SEPARATORS, Dropped, normalise_word, segment_words,
                                         strip_markdown)

RULES = ("enumerated", "separated", "single", "empty")
NO_MARKER = "no_marker"          # parse_ranking only: no "Final Ranking" marker at all
MAX_CHARS = 100_000
# "Final Ranking" / "最终排名" and their usual variants (any case, any spacing).
RANKING_MARKERS = ("final ranking", "final rankings", "最终排名", "最终的排名", "最后排名")

__all__ = ["ParsedAnswer", "parse_answer", "parse_ranking", "normalise_word", "RULES",
           "NO_MARKER", "RANKING_MARKERS"]


@dataclass(frozen=True)
class ParsedAnswer:
    """The words of an answer in order, the rule that found them, and what was left out:
    ``dropped`` holds (kind, text) with kind in preamble, header, remark, gloss."""

    words: tuple[str, ...]
    rule: str
    dropped: tuple[tuple[str, str], ...] = ()

    def to_json(self) -> dict:
        return {"parse_rule": self.rule, "parsed": list(self.words),
                "dropped": [{"kind": k, "text": t} for k, t in self.dropped]}


# --- patterns ---------------------------------------------------------------------------

# One enumerated or bulleted line (after NFKC: "１．" is "1.", "：" is ":", "（" is "(").
_ITEM = re.compile(r"""
    ^(?P<indent>[ ]*)
    (?:\#{1,6}[ ]*)?                            # a markdown heading around a numbered item
    (?:(?:\*\*|__)[ ]*)?                        # bold that opens before the marker
    (?:(?P<num>
        (?:rank(?:ing)?|no\.?|\#)[ ]*\d{1,3}(?:[ ]*[:.)-])?
      | 排名[ ]*第?[ ]*\d{1,3}[ ]*[名位]?(?:[ ]*[:、.])?
      | 第[ ]*\d{1,3}[ ]*[名位个]?(?:[ ]*[:、.])?
      | \d{1,3}(?:st|nd|rd|th)?[ ]*(?:[.)、:]|[-–—](?=[ ]))(?!\d)
      | [(\[【]\d{1,3}[)\]】]
      | [一二三四五六七八九十]{1,3}[、.]
      | [a-zA-Z]\)
     )
    |(?P<bullet>[-*+–—](?=[ ])|[•·▪◦●○■□►➤✓✔❖]))
    (?:[ ]*(?:\*\*|__))?                        # bold that closes right after the marker
    [ ]*(?P<body>.*)$
""", re.X | re.I)
# Inline numbering "1. cat 2. dog" / "1.猫 2.狗": split before each number after the first.
_INLINE_NUMBER = re.compile(r"(?<=\S) +(?=(?:\d{1,3}[.)、]|\(\d{1,3}\))(?!\d))")
_DIGIT = re.compile(r"\d")
_TABLE_ROW = re.compile(r"^ *\|.*\| *$")
_TABLE_RULE = re.compile(r"^:?-{2,}:?$")
_NUMBER = re.compile(r"^[#\d .)(]*$")
_SPACES = re.compile(r"[ \u3000\xa0]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2060\ufeff]")
_CHAT_TOKENS = re.compile(r"<\|[a-z_]{1,30}\|>|</?s>|\[/?INST\]", re.I)
_THINK_START = re.compile(r"<think>", re.I)
_THINK_END = re.compile(r"</think>", re.I)
MAX_MARKERS_TRIED = 8            # parse_ranking looks back at most this many markers
_HEADING = re.compile(r"^ *#{1,6} ")
_REMARK_LABEL = re.compile(r"^(?:notes?|ps|p\.s\.?|注意|注|说明|备注|提示) *:", re.I)

# Circled and parenthesised numbers become "n. " before NFKC (which would make "①" a bare "1").
_NUMBER_SIGNS = {
    **{0x2460 + i: f"{i + 1}. " for i in range(20)},    # ① … ⑳
    **{0x2474 + i: f"{i + 1}. " for i in range(20)},    # ⑴ … ⒇
    **{0x2488 + i: f"{i + 1}. " for i in range(20)},    # ⒈ … ⒛
    **{0x2776 + i: f"{i + 1}. " for i in range(10)},    # ❶ … ❿
    **{0x2780 + i: f"{i + 1}. " for i in range(10)},    # ➀ … ➉
    **{0x278A + i: f"{i + 1}. " for i in range(10)},    # ➊ … ➓
    0x2028: "\n", 0x2029: "\n", ord("\r"): "\n", ord("\t"): "    ",
}


def _prepare(text: str) -> str:
    """One plain form of an answer: no reasoning part, chat tokens or control characters;
    NFKC (full-width forms as ASCII); typographic apostrophes as "'"."""
    text = text[:MAX_CHARS]
    if "<" in text:
        ends = list(_THINK_END.finditer(text))
        if ends:
            text = text[ends[-1].end():]
        elif _THINK_START.search(text):
            text = text[:_THINK_START.search(text).start()]  # it never stopped thinking
        text = _CHAT_TOKENS.sub("\n", text)
    if text.isascii():
        text = text.replace("\r", "\n").replace("\t", "    ")
        return _CONTROL.sub("", text) if not text.isprintable() else text
    text = unicodedata.normalize("NFKC", _CONTROL.sub("", text.translate(_NUMBER_SIGNS)))
    return text.replace("’", "'").replace("‘", "'")


# --- lines and blocks -----------------------------------------------------------------------

@dataclass(slots=True)
class _Line:
    index: int
    text: str          # without its indentation
    indent: int        # leading spaces (a tab counts four)
    family: str = ""   # "num", "bullet", "table", or "" (not an item)
    body: str = ""


_ITEM_STARTS = frozenset("0123456789#*_-+–—•·▪◦●○■□►➤✓✔❖([【第排一二三四五六七八九十rRnN")


def _lines(text: str, cue: str | None) -> list[_Line]:
    out = []
    for i, raw in enumerate(text.split("\n")):
        body = raw.strip(" ")
        if not body:
            out.append(_Line(i, "", 0))
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        if "  " in body or "\u3000" in body or "\xa0" in body:
            body = _SPACES.sub(" ", body)
        first = body[0]
        if first == "|" and _TABLE_ROW.match(body):
            out.append(_table_line(i, body, out))
            continue
        m = _ITEM.match(body) if first in _ITEM_STARTS or body[1:2] == ")" else None
        if m and (item := m.group("body")).strip(" *_"):
            out.append(_Line(i, body, indent, "num" if m.group("num") else "bullet", item))
        else:
            out.append(_Line(i, body, indent))
    if cue:  # a heading that repeats the cue ("Bank\n\nmoney, river")
        first = next((l for l in out if l.text.strip()), None)
        if (first is not None and not first.family and first is not out[-1]
                and normalise_word(first.text) == normalise_word(cue)):
            first.text = "# " + first.text
    return out


def _table_line(index: int, line: str, previous: list[_Line]) -> _Line:
    """A markdown table row: an item (its first cell that is not a number), or a rule
    "|---|" that makes the row above it the table's header."""
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if all(_TABLE_RULE.match(c) for c in cells if c):
        if previous and previous[-1].family == "table":
            previous[-1].family, previous[-1].text = "", "# " + previous[-1].text.strip()
        return _Line(index, "", 0)
    body = next((c for c in cells if not _NUMBER.match(c)), "")
    return _Line(index, line, 0, "table" if body else "", body)


def _blocks(lines: list[_Line]) -> list[list[_Line]]:
    """Maximal runs of item lines (blank lines and indented continuations inside a run
    belong to it); runs of fewer than two items are not blocks."""
    blocks, current, base = [], [], 0
    for line in lines + [_Line(-1, "end", 0)]:
        if line.family:
            if not current:
                base = line.indent
            current.append(line)
        elif not line.text.strip():
            continue
        elif current and line.indent > base:
            current.append(line)
        else:
            if sum(1 for l in current if l.family) >= 2:
                blocks.append(current)
            current = []
    return blocks


def _block_words(block: list[_Line], ranking: bool, dropped: Dropped) -> list[str]:
    """Words of one block: top-level items are words (or headers, ending in ':'); nested
    items are words under a header and glosses under a word."""
    first = next(l for l in block if l.family)
    words: list[str] = []
    under_header = True
    for line in block:
        if not line.family:
            dropped.add("gloss", line.text)
            continue
        top = line.indent <= first.indent + 1 and line.family == first.family
        if not top and not under_header:
            dropped.add("gloss", line.body)
            continue
        w, kind = segment_words(line.body, ranking, dropped, whole_line=False)
        if kind == "header":
            dropped.add("header", line.body)
            under_header = under_header or top
            continue
        if top:
            under_header = False
        words.extend(w)
    return words


def _outside_blocks(lines: list[_Line], blocks: list[list[_Line]],
                    inside: Dropped) -> tuple[tuple[str, str], ...]:
    """Diagnostics of an enumerated answer: the lines before the first block (preamble),
    between blocks (header) and after the last (remark), with the blocks' own glosses."""
    used = {l.index for b in blocks for l in b}
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


def _separated_words(lines: list[_Line], ranking: bool, dropped: Dropped) -> list[str]:
    """Words of every line read as a separated list; headings, labelled remarks and prose
    are dropped (as preamble before the first word, as remark after it)."""
    words: list[str] = []
    for line in lines:
        text = line.text.strip()
        if not text:
            if ranking and words:
                break  # a ranking is the first paragraph after its marker
            continue
        if _HEADING.match(text) and not line.family:
            dropped.add("preamble" if not words else "header", text.lstrip("# "))
            continue
        if _REMARK_LABEL.match(strip_markdown(text)):
            dropped.add("remark", text)
            continue
        if line.family == "table":
            subs = [line.body]
        else:
            subs = _INLINE_NUMBER.split(text) if _DIGIT.search(text) else [text]
        for sub in subs:
            m = _ITEM.match(sub) if line.family else None
            body = m.group("body") if m and m.group("body").strip() else sub
            w, kind = segment_words(body, ranking, dropped, whole_line=True,
                                    prose_kind="remark" if words else "preamble")
            if kind == "header":
                dropped.add("preamble" if not words else "header", body)
            words.extend(w)
    if len(words) > 1 and words[0] in FILLERS:
        dropped.add("preamble", words.pop(0))
    return words


def _space_separated(text: str) -> list[str] | None:
    """An English answer with no separator at all, three or more words, no sentence:
    "money river loan" is a list of three words."""
    body = text.strip().rstrip(".")
    if ("\n" in body or SEPARATORS.search(body) or COLON.search(body) or HAN.search(body)
            or _ITEM.match(body) or _INLINE_NUMBER.search(body) or ". " in body):
        return None
    tokens = [normalise_word(t) for t in body.split()]
    if len(tokens) < 3 or any(not t or t in PROSE_WORDS for t in tokens) or body[-1:] in "!?":
        return None
    return tokens


def _dedupe(words: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w for w in words if w))


def _parse(text: str, ranking: bool, cue: str | None = None) -> ParsedAnswer:
    if not text.strip():
        return ParsedAnswer((), "empty")
    lines = _lines(text, cue)
    blocks = _blocks(lines)
    if ranking and blocks and blocks[0][0] is not next(l for l in lines if l.text.strip()):
        blocks = []  # a ranking's block must open the text after its marker
    if blocks:
        inside = Dropped()
        words = _dedupe([w for b in blocks[:1 if ranking else None]
                         for w in _block_words(b, ranking, inside)])
        if len(words) >= 2:
            return ParsedAnswer(words, "enumerated",
                                _outside_blocks(lines, blocks[:1] if ranking else blocks, inside))
    if not ranking:
        spaced = _space_separated(text)
        if spaced is not None:
            words = _dedupe(spaced)
            return ParsedAnswer(words, "separated" if len(words) > 1 else "single")
    dropped = Dropped()
    words = _dedupe(_separated_words(lines, ranking, dropped))
    rule = "empty" if not words else "single" if len(words) == 1 else "separated"
    return ParsedAnswer(words, rule, dropped.result())


def parse_answer(text: str, cue: str | None = None) -> ParsedAnswer:
    """The association list in a model's answer (module docstring for the rules); `cue`,
    when given, lets a first line that only repeats it count as a heading."""
    if not isinstance(text, str):
        raise TypeError(f"parse_answer expects a string, got {type(text).__name__}")
    return _parse(_prepare(text), ranking=False, cue=cue)


# --- rankings ---------------------------------------------------------------------------------

def _marker_pattern(markers: tuple[str, ...]) -> re.Pattern:
    forms = sorted({unicodedata.normalize("NFKC", m).strip() for m in markers}, key=len,
                   reverse=True)
    return re.compile("|".join(r"[ ]*".join(map(re.escape, m.split())) for m in forms), re.I)


_DEFAULT_MARKERS = _marker_pattern(RANKING_MARKERS)


def _after_marker(rest: str) -> str:
    """The text after a marker without its decoration ("**:", " (most to least):", " is:");
    a list on the marker's own line stays the first line; a line ending in ':' is dropped."""
    line, sep, below = rest.partition("\n")
    line = re.sub(r" ?\([^()]*\)", "", strip_markdown(line))
    if line.rstrip().endswith(":"):
        return below
    colon = line.find(":")
    if 0 <= colon < 40 and not SEPARATORS.search(line[:colon]):
        line = line[colon + 1:]
    line = line.strip(" *_#=-")
    return line + sep + below if line else below


def parse_ranking(text: str, markers: tuple[str, ...] = RANKING_MARKERS) -> ParsedAnswer:
    """The final ranking in a model's answer: after the last "Final Ranking" / "最终排名"
    marker (or one of `markers`) followed by at least two words, the rest of its line, or
    else the first list (block or paragraph) below it. Rule ``no_marker`` when the answer
    has no marker."""
    if not isinstance(text, str):
        raise TypeError(f"parse_ranking expects a string, got {type(text).__name__}")
    text = _prepare(text)
    pattern = _DEFAULT_MARKERS if markers == RANKING_MARKERS else _marker_pattern(markers)
    found = list(pattern.finditer(text))
    if not found:
        return ParsedAnswer((), NO_MARKER)
    best = None
    for m in reversed(found[-MAX_MARKERS_TRIED:]):
        parsed = _parse(_after_marker(text[m.end():]), ranking=True)
        if len(parsed.words) >= 2:
            return parsed
        best = best or parsed
    return best
