"""The lines of an answer, and its blocks of enumerated or bulleted items.

`split_lines` classifies each line of a prepared answer (`answer_text.prepare`): an item
(numbered, bulleted, a table row) with its body, or plain text; it also marks headings
that only name the cue and drops a last item cut inside bold. `find_blocks` groups the
items into blocks. What the parser does with them is in `align_jax.eval.answers`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from align_jax.eval.answer_items import memo, normalise_word, strip_markdown

# One enumerated or bulleted line (after NFKC: "１．" is "1.", "：" is ":", "（" is "(").
ITEM = re.compile(r"""
    ^(?P<indent>[ ]*)
    (?:\#{1,6}[ ]*)?                            # a markdown heading around a numbered item
    (?:(?:\*\*|__)[ ]*)?                        # bold that opens before the marker
    (?:(?P<num>
        (?:rank(?:ing)?|no\.?|\#|association|word|item|answer)[ ]*\d{1,3}(?:[ ]*[:.)-])?
      | (?:排名|联想词?|词语?)[ ]*第?[ ]*\d{1,3}[ ]*[名位]?(?:[ ]*[:、.])?
      | 第[ ]*(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?![一二三四五六七八九十\d]*[ ]*步)  # "第一步": a step
        [ ]*[名位个]?(?:[ ]*[:、.])?
      | \d{1,3}(?:st|nd|rd|th)?[ ]*(?:[.)、:]|[-–—](?=[ ]))(?!\d)
      | [(\[【]\d{1,3}[)\]】]
      | [一二三四五六七八九十]{1,3}[、.]
      | [a-zA-Z]\)
     )
    |(?P<bullet>[-*+–—→](?=[ ])|[•·▪◦●○■□►▶▸‣⁃➤➔➡✓✔✅☑❖★☆◆◇»]))
    (?:[ ]*(?:\*\*|__))?                        # bold that closes right after the marker
    [ ]*(?P<body>.*)$
""", re.X | re.I)
# Inline numbering "1. cat 2. dog" / "1.猫 2.狗" / "(1)冷(2)水": split before each number
# after the first (with no space only after a Han character, and then a number of one or two
# digits: "台北101、夜市" holds the word 台北101).
INLINE_NUMBER = re.compile(r"(?<=\S) +(?=(?:\d{1,3}[.)、]|\(\d{1,3}\))(?!\d))"
                           r"|(?<=[\u3400-\u4dbf\u4e00-\u9fff])(?=(?:\d{1,2}[.)、]|\(\d{1,2}\))(?!\d))")
_TABLE_ROW = re.compile(r"^ *\|.*\| *$")
_TABLE_RULE = re.compile(r"^:?-+:?$")
_NUMBER = re.compile(r"^[#\d .)(]*$")
_SPACES = re.compile(r"[ \u3000\xa0]+")


@dataclass(slots=True)
class Line:
    """One line of an answer (mutable: later passes mark headings and bare-number items)."""

    index: int
    text: str          # without its indentation
    indent: int        # leading spaces (a tab counts four)
    family: str = ""   # "num", "bullet", "table", or "" (not an item)
    body: str = ""


_ITEM_STARTS = frozenset("0123456789#*_-+–—→•·▪◦●○■□►▶▸‣⁃➤➔➡✓✔✅☑❖★☆◆◇»([【第排联词一二三四五六七八九十"
                         "rRnNaAwWiI")
# "1 喝" / "2 河": a bare number numbers a line only in a run 1, 2, 3, … of three or more;
# so do letters "a. " "B) " and roman numerals "i. " "IV. " (a run a, b, c / i, ii, iii).
_BARE_NUMBER = re.compile(r"^(\d{1,3}) +(\S.*)$")
_LETTER_LABEL = re.compile(r"^([a-z]|[ivxl]{1,6})[.)] +(\S.*)$", re.I)
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
# A line that only names the cue, or a column: "Word: bridge", "Cue: bank", "词语：银行",
# "Word – association strength".
CUE_LABEL = re.compile(r"^(?:\*\*)?(?:word|cue|input|prompt|stimulus|target(?: word)?|词|词语|"
                        r"提示词|输入)(?:\*\*)? *(?::| [-–—]+ )(?P<rest>.*)$", re.I)


# A line that defines a word: "马马虎虎：形容做事不认真，草率", "Serendipity: refers to …".
_DEFINITION = re.compile(r"^(?:\*\*)?(?P<label>[^:\n*]{1,30}?)(?:\*\*)? *: *(?:形容|比喻|泛指|是指|指|意思是|意为|"
                         r"释义|(?:it )?(?:means|refers to)\b|(?:a|the) (?:word|term) for\b)", re.I)


# A first line that explains the cue in Mandarin, with no list after a colon: "“画蛇添足”出自
# 《战国策》…", "一帆风顺是一句常见的祝福语，…".
_HAN_DEFINITION = re.compile(r"^[“\"]?(?P<label>[^“”\"\s]{1,12}?)[”\"]?(?:这个词|一词|这个成语|这个字)?(?:是|出自|原指|"
                             r"源自|本指|本义是|意思是|指的是|比喻|形容|泛指)")


# A line whose every colon follows 例如 / 比如 ("…。例如：“这个问题需要好好斟酌。”"): no list after it.
_EXAMPLE_COLONS_ONLY = re.compile(r"(?:[^:]*(?:例如|比如|譬如|例句) *:)+[^:]*")


def split_lines(text: str, cue: str | None) -> list[Line]:
    """Each line of `text` as a Line: an item with its marker's family and body, or text."""
    out = []
    bare_number = letter_label = False  # a line that may open a run "1 喝" / "a. teacher"
    known = _line_shape.results
    for i, raw in enumerate(text.split("\n")):
        body, indent, family, item = known.get(raw) or _line_shape(raw)  # a shape is never empty
        if family == "table":
            out.append(_table_line(i, body, out))
        elif not body:
            out.append(Line(i, "", 0))
        else:
            if not family:
                first = body[0]
                bare_number = bare_number or first.isdigit()
                letter_label = letter_label or ((body[1:2] in (".", ")") or first in _ROMAN_FIRST)
                                                and _LETTER_LABEL.match(body) is not None)
            out.append(Line(i, body, indent, family, item))
    if bare_number:
        _number_bare_runs(out)
    if letter_label:
        _number_label_runs(out)
    _mark_headings(out, cue)
    _drop_truncated_bold(out)
    return out


# The first letters of a roman numeral that _LETTER_LABEL matches ignoring case.
_ROMAN_FIRST = frozenset("iIvVxXlLİı")


@memo(1 << 16)
def _line_shape(raw: str) -> tuple[str, int, str, str]:
    """(text, indent, family, body) of one raw line; family "table" for a table row, which
    `split_lines` reads with its context (cached: "1. Money" recurs across answers)."""
    body = raw.strip(" ")
    if not body:
        return "", 0, "", ""
    if "  " in body or "\u3000" in body or "\xa0" in body:
        body = _SPACES.sub(" ", body)
    first = body[0]
    if first == "|" and _TABLE_ROW.match(body):
        return body, 0, "table", ""
    indent = len(raw) - len(raw.lstrip(" "))
    m = ITEM.match(body) if first in _ITEM_STARTS or body[1:2] == ")" else None
    if m and (item := m.group("body")).strip(" *_"):
        return body, indent, "num" if m.group("num") else "bullet", item
    return body, indent, "", ""


def _number_bare_runs(lines: list[Line]) -> None:
    """Lines "1 喝", "2 河", "3 海" (numbered without punctuation) become items when three or
    more follow each other from 1 ("3 musketeers" alone stays a line)."""
    run: list[tuple[Line, str]] = []
    for line in lines + [Line(-1, "end", 0)]:
        if not line.text:
            continue
        m = None if line.family else _BARE_NUMBER.match(line.text)
        if m and int(m.group(1)) == len(run) + 1:
            run.append((line, m.group(2)))
            continue
        if len(run) >= 3:
            for item, body in run:
                item.family, item.body = "num", body
        run = []
        if m and m.group(1) == "1":
            run = [(line, m.group(2))]


def _roman(label: str) -> int:
    """The value of a roman numeral of i, v, x, l (0 when it is not a well-formed one)."""
    if any(c not in _ROMAN for c in label.lower()):
        return 0
    values = [_ROMAN[c] for c in label.lower()]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v
                for i, v in enumerate(values))
    return total if total > 0 and _to_roman(total) == label.lower() else 0


def _to_roman(n: int) -> str:
    out = ""
    for value, sign in ((50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + sign, n - value
    return out


def _number_label_runs(lines: list[Line]) -> None:
    """Lines "a. teacher", "b. students", … or "I. battle", "II. soldiers", … become items
    when three or more follow each other from a / i ("A. Lincoln" alone stays a line)."""
    for count in ((lambda l: ord(l.lower()) - ord("a") + 1 if len(l) == 1 else 0), _roman):
        run: list[tuple[Line, str, bool]] = []   # (line, body, lowercase label)
        for line in lines + [Line(-1, "end", 0)]:
            if not line.text:
                continue
            m = None if line.family else _LETTER_LABEL.match(line.text)
            n = count(m.group(1)) if m else 0
            if n and n == len(run) + 1 and (not run or m.group(1).islower() == run[0][2]):
                run.append((line, m.group(2), m.group(1).islower()))
                continue
            if len(run) >= 3:
                for item, body, _ in run:
                    item.family, item.body = "num", body
            run = [(line, m.group(2), m.group(1).islower())] if n == 1 else []


def _mark_headings(lines: list[Line], cue: str | None) -> None:
    """A first line that only repeats the cue ("Bank"), and label lines that name it
    ("Word: bridge"), are headings."""
    nonblank = [l for l in lines if l.text]
    if len(nonblank) < 2:
        return
    target = normalise_word(cue) if cue else None
    for i, line in enumerate(nonblank):
        if line.family:
            continue
        text = line.text  # a label has a colon or a dash: most lines are not looked at
        label = CUE_LABEL.match(text) if (":" in text or " -" in text or "–" in text
                                          or "—" in text) else None
        if label and (len(label.group("rest").split()) <= 3 or
                      (target and normalise_word(label.group("rest")) == target)):
            line.text = "# " + line.text
        elif target and ":" in text and (m := _DEFINITION.match(text)) and normalise_word(
                m.group("label")) == target:
            line.text = "# " + line.text  # the cue's dictionary entry: "马马虎虎：形容做事不认真…"
        elif (i == 0 and target and (":" not in text or _EXAMPLE_COLONS_ONLY.fullmatch(text))
              and (m := _HAN_DEFINITION.match(text))
              and normalise_word(m.group("label")) == target):
            line.text = "# " + line.text  # "“江湖”原指江河湖海，后来泛指…", "一帆风顺是一句祝福语，…"
        elif i == 0 and target and ":" in text and (m := _CUE_GLOSS.match(text)) and normalise_word(
                m.group("label")) == target and _a_gloss(m.group("rest")):
            line.text = "# " + line.text  # the cue spelt out above the list: "FBI: Federal Bureau of …"
        elif i == 0 and target and normalise_word(line.text) == target and _heading_like(
                line, nonblank[1]):
            line.text = "# " + line.text


_CUE_GLOSS = re.compile(r"^(?:\*\*)?(?P<label>[^:\n*]{1,30}?)(?:\*\*)? *: *(?P<rest>\S.*)$")
_LIST_SEPARATOR = re.compile(r"[,、;|]")


def _a_gloss(rest: str) -> bool:
    """What follows "cue:" on a first line is a gloss, not the list: no separator, two words
    or more (or three Han characters)."""
    return _LIST_SEPARATOR.search(rest) is None and (
        len(rest.split()) >= 2 or sum("\u4e00" <= c <= "\u9fff" for c in rest) >= 3)


def _heading_like(first: Line, second: Line) -> bool:
    """Whether a first line that only names the cue is a heading rather than the first item
    of a one-per-line list ("yellow\nsun\nbanana"): a blank line or a colon after it,
    markdown around it, a capital where the next line has none, or a list on the next line."""
    text = first.text
    return (second.index > first.index + 1 or text.rstrip().endswith(":")
            or text.startswith(("#", "*", "_")) or second.family != ""
            or (text[:1].isupper() and not second.text[:1].isupper()) or text.isupper()
            or any(c in second.text.strip() for c in ",、; "))


def _drop_truncated_bold(lines: list[Line]) -> None:
    """An answer cut by the token limit inside bold ("7. **Camp") loses that last item."""
    last = next((l for l in reversed(lines) if l.text), None)
    if last is not None and last.text.count("**") % 2 == 1 and len(lines) > 2:
        last.text, last.family, last.body = "", "", ""


HEADER_LOOKBACK = 64  # lines a table row looks back for its table's header


def _table_line(index: int, line: str, previous: list[Line]) -> Line:
    """A markdown table row: an item (its first cell that is not a number), or a rule
    "|---|" that makes the row above it the table's header."""
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if all(_TABLE_RULE.match(c) for c in cells if c):
        if previous and previous[-1].family == "table":
            previous[-1].family, previous[-1].text = "", "# " + previous[-1].text.strip()
        return Line(index, "", 0)
    header = next((l.text[2:] for l in previous[-1:-HEADER_LOOKBACK:-1] if l.text.startswith("# |")), None)
    header_cells = [] if header is None else [c.strip() for c in header.strip().strip("|").split("|")]
    if header is not None and cells == header_cells[:len(cells)]:
        return Line(index, "# " + line.strip(), 0)  # the header again: a next table, cut ("| Rank |")
    texts = [c for c in cells if not _NUMBER.match(c)]
    if len(texts) >= 2 and header_cells and _CATEGORY_COLUMN.match(strip_markdown(header_cells[0])):
        return Line(index, line, 0, "table", texts[1])  # "| 功能 | 通话、短信 |": its words, not 功能
    body = next(iter(texts), "")
    return Line(index, line, 0, "table" if body else "", body)


# The first column of a table that groups its words: "| 类别 | 联想词 |", "| Category | Words |".
_CATEGORY_COLUMN = re.compile(r"^(?:类别|类型|分类|方面|维度|领域|范畴|categor(?:y|ies)|type|group|aspect|theme|"
                              r"domain|sense)$", re.I)


def find_blocks(lines: list[Line]) -> list[list[Line]]:
    """Maximal runs of item lines (blank lines and indented continuations inside a run
    belong to it); runs of fewer than two items are not blocks, unless a header line
    opens the run and another block of the same family exists: the one-item group of a
    grouped list ("**Objects:**\n5. Chalk")."""
    runs, current, base, header = [], [], 0, False
    previous = None
    for line in lines + [Line(-1, "end", 0)]:
        if line.family:
            if not current:
                base, header = line.indent, previous is not None and _is_header(previous)
            current.append(line)
        elif not line.text.strip():
            continue
        elif current and line.indent > base:
            current.append(line)
        else:
            if current:
                runs.append((current, header))
            current = []
        previous = line
    blocks = [run for run, _ in runs if sum(1 for l in run if l.family) >= 2]
    families = {run[0].family for run in blocks}
    if not blocks or not any(header for _, header in runs):
        return blocks
    return [run for run, header in runs if sum(1 for l in run if l.family) >= 2
            or (header and run[0].family in families)]


def _is_header(line: Line) -> bool:
    """A line that names a group: a markdown heading, a bold line, or a line ending in ':'."""
    text = line.text.strip()
    return (text.startswith("#") or (text.startswith("**") and text.endswith("**"))
            or text.replace("*", "").rstrip().endswith(":"))
