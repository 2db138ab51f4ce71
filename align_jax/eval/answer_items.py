"""The items of an answer: from one line or list item to clean association words.

`align_jax.eval.answers` finds the list in an answer; this module cleans what it found, by
the steps that `answer_words.CLEANING` names in order, with the word tables of
`answer_words`.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from align_jax.eval.answer_words import (BINOMIALS, CONNECTIVES, DENG_WORDS, DISCOURSE, HAN_CONNECTIVES,
                                         HAN_MAX_CHARS, HAN_OPENERS, HAN_PROSE, HE_WORDS, JUNK,
                                         LATIN_MAX_WORDS, PROSE_WORDS, TITLE_MAX_WORDS,
                                         TITLE_SMALL_WORDS)

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HAN_PROSE = re.compile("|".join(HAN_PROSE))
SEPARATORS = re.compile(r"[,、;•|]|→|⇒|->|=>|」 *「|』 *『|” *“")
RANKING_SEPARATORS = re.compile(r"[,、;•|]|->|=>|>|→|⇒|」 *「|』 *『|” *“")
# A character of every separator but the comma: without one, both patterns split on "," alone
# (str.split, several times faster than the pattern on a long list).
_NOT_COMMA_SEPARATOR = re.compile(r"[、;•|→⇒>」』”]")
_FULL_STOPS = re.compile(r"(?<=\S)\. +|。")
_SLASHES = re.compile(r" ?/ ?")
_MIDDLE_DOTS = re.compile(r" ?[·・] ?")   # "绿茶·茶杯·茶叶", but "哈利·波特" is one name
# The rank label of each piece of a line: "1st: money, 2nd: loan", "Rank 1: money",
# "第一名：钱，第二名：存款", "排名1：钱" ("第一" alone is a word: it needs 名/位 or a colon).
_PIECE_LABEL = re.compile(r"(?:^|(?<=[,、;|>]))[ ]*(?:(?:\d{1,3}(?:st|nd|rd|th)|(?:rank|no\.?) ?\d{1,3}"
                          r"|排名 ?\d{1,3})[ ]*[:.)]|第 ?(?:\d{1,3}|[一二三四五六七八九十]{1,3}) ?"
                          r"(?:[名位][ ]*:?|[ ]*:))[ ]*", re.I)
_LABEL_HINT = re.compile(r"\d(?:st|nd|rd|th)\b|rank|no\.? ?\d|排名|第", re.I)
DIGIT = re.compile(r"\d")
# A score after a word: "caffeine 35%", "ride 0.21" ("route 66", "web 2.0" keep theirs).
_SCORE = re.compile(r"(?:\s+\(?(?:\d{1,3}(?:\.\d+)?\s?%|0?\.\d+|1\.0+)\)?|(?<=[^\W\d_]):\s?\d{1,6}(?:\.\d+)?)\s*$")
# A Han word glossed by its pinyin or translation: "钱 qián", "四川 Sichuan".
_LATIN_TOKEN = re.compile(r"[A-Za-z\u00c0-\u024f'.\-]+")
_MARKDOWN = re.compile(r"\*\*|__|~~|`")
BRACKET = re.compile(r" ?[(\[【][^()\[\]【】]*[)\]】]")  # after NFKC "（…）" is "(…)"
_OPEN_BRACKET = re.compile(r" ?[(\[【][^)\]】]*$")
# A colon that introduces a list or a gloss: not in "10:30", "http://" or a count "money:12"
# ("想到：6月7日" has one).
COLON = re.compile(r"(?<!\d):(?=\d)(?!\d[\d.]*%?\s*(?:[,;、|]|$))|:(?!\d|//)")
# An explanation after a dash: " - ", " – ", " — " with spaces, or an em dash / "——" / "--".
_DASH = re.compile(r" [-–—]+ |—+|--+|(?<=[\u4e00-\u9fff])-(?=[\u4e00-\u9fff])")
# A dash glued to a closing bracket, then a space: "高楼大厦（skyscrapers）- 城市里…".
_GLUED_DASH = re.compile(r"(?<=[)\]】])(?=[-–—]+ )")
# The number of an item inside a separated line: "2." in "1.钱,2.存款" ("3.5 apples" keeps it).
_PIECE_NUMBER = re.compile(r"^ *(?:\d{1,3}[.)、:](?!\d)|\(\d{1,3}\)) *")
_DIGITS_OPEN = frozenset("0123456789(")
# An ellipsis that closes a Han list, with or without 等 / 等等 ("……" is "......" after NFKC).
_ELLIPSIS_ETC = re.compile(r"\.{2,}\s*(?:等等|等)?$")
_DECORATED = re.compile(r"[*_~`(\[【:]")  # what the markdown, bracket and colon steps look for
MAX_PIECE_CHARS = 200            # a longer piece is prose, without further work


def normalise_word(word: str) -> str:
    """NFKC, strip everything that is not a letter or digit from both ends (quotes,
    brackets, bullets, emoji, punctuation), collapse spaces, lowercase (a no-op for Han).
    Model words and human responses both pass through it, so they compare alike."""
    return _strip_and_lower(unicodedata.normalize("NFKC", word))


def _strip_and_lower(w: str) -> str:
    """normalise_word of a text that is NFKC already (the parser's)."""
    if w and w[0].isalnum() and w[-1].isalnum() and "  " not in w and "\t" not in w:
        return w.lower()
    i, j = 0, len(w)
    while i < j and not w[i].isalnum():
        i += 1
    while j > i and not w[j - 1].isalnum():
        j -= 1
    w = w[i:j]
    if " " in w or "\t" in w or "\u3000" in w:
        w = " ".join(w.split())
    return w.lower()


def strip_markdown(text: str) -> str:
    return _MARKDOWN.sub("", text)


class Dropped:
    """What the parser left out, as (kind, text), bounded: diagnostics, not data."""

    LIMIT = 12
    CHARS = 80

    def __init__(self):
        self.items: list[tuple[str, str]] = []

    def add(self, kind: str, text: str) -> None:
        if len(self.items) < self.LIMIT and text and not text.isspace():
            self.items.append((kind, text))

    def result(self) -> tuple[tuple[str, str], ...]:
        """The items with their whitespace collapsed, each cut to CHARS characters."""
        out = []
        for kind, text in self.items:
            text = " ".join(text.split())
            out.append((kind, text if len(text) <= self.CHARS else text[:self.CHARS - 1] + "…"))
        return tuple(out)


def is_prose(raw: str, word: str) -> bool:
    """Whether a piece (`raw`, and `word` its cleaned form) reads as a sentence."""
    if HAN.search(word):
        compact = word.replace(" ", "")
        quoted = raw.strip(" .,。")
        if quoted[:1] in "“《" and quoted[-1:] in "”》" and len(compact) <= QUOTED_HAN_CHARS:
            return False  # a quoted saying or a title: "“上有天堂，下有苏杭”", "《那些年，我们…》"
        if len(compact) > HAN_MAX_CHARS or (compact.startswith(HAN_OPENERS)
                                             and compact not in HAN_OPENERS):
            return True
        return len(compact) >= 5 and _HAN_PROSE.search(compact) is not None
    tokens = word.split()
    if raw.rstrip()[-1:] in ("!", "?"):
        return True
    if ('"' in raw or "“" in raw) and len(tokens) <= TITLE_MAX_WORDS:
        stripped = raw.strip(" .,")
        if stripped[:1] in "\"“" and stripped[-1:] in "\"”":
            return False  # a quoted title or saying: '"To be or not to be"'
    if len(tokens) > LATIN_MAX_WORDS:
        return not _is_title(raw, tokens)
    if len(tokens) >= 3 and tokens[-1] == "mind" and _TO_MIND.search(word):
        return True  # "and bed come to mind": the word before it is the item (_salvage_head)
    return len(tokens) >= 2 and not PROSE_WORDS.isdisjoint(tokens)


_TO_MIND = re.compile(r"\b(?:come|comes|spring|springs|pop|pops) (?:to|into) (?:my )?mind$")


def _is_title(raw: str, tokens: list[str]) -> bool:
    """A name written as a title, "The Lord of the Rings": up to TITLE_MAX_WORDS words,
    each capitalised or one of TITLE_SMALL_WORDS, and none of PROSE_WORDS."""
    if len(tokens) > TITLE_MAX_WORDS or not PROSE_WORDS.isdisjoint(tokens):
        return False
    raw_tokens = raw.split()
    return (len(raw_tokens) == len(tokens)
            and all(t[:1].isupper() or t.lower() in TITLE_SMALL_WORDS for t in raw_tokens)
            and sum(t[:1].isupper() for t in raw_tokens) >= 2)


def clean_piece(piece: str) -> str:
    """One piece as a word: a number ("2." in "1.钱,2.存款"), a score after it ("35%",
    "0.21"), wrapping and a leading connective ("and ", "then ", "其次是") stripped,
    normalised."""
    if piece[:1] in _DIGITS_OPEN or piece[1:2] in _DIGITS_OPEN:
        piece = _PIECE_NUMBER.sub("", piece, count=1)
    if ("%" in piece or "." in piece or ":" in piece) and DIGIT.search(piece):
        m = _SCORE.search(piece, max(0, len(piece) - 24))  # a score is short: look at the end
        unscored = piece[:m.start()] if m else piece
        piece = unscored if any(c.isalpha() for c in unscored) else piece
    word = _strip_and_lower(piece)
    if word.startswith(CONNECTIVES) and word not in JUNK:
        word = _strip_and_lower(next(word[len(c):] for c in CONNECTIVES if word.startswith(c)))
    elif word.startswith(HAN_CONNECTIVES):
        rest = _strip_and_lower(next(word[len(c):] for c in HAN_CONNECTIVES if word.startswith(c)))
        word = rest if HAN.search(rest) else word
    if ".." in word and HAN.search(word):
        word = _strip_and_lower(_ELLIPSIS_ETC.sub("", word))   # "猪肉白菜……等等"
    elif word.endswith(" etc") and len(word) > 4:
        word = _strip_and_lower(word[:-4])                      # "whale etc."
    return word


def _han_then_latin(piece: str) -> tuple[str, str] | None:
    """("钱", "qián") for "钱 qián" (or "天安门 / Tiananmen"): Han tokens, then only Latin
    ones (pinyin, a translation); None otherwise."""
    tokens = [t for t in piece.split() if t != "/"]
    k = next((i for i, t in enumerate(tokens) if not HAN.search(t)), len(tokens))
    if 0 < k < len(tokens) and all(_LATIN_TOKEN.fullmatch(t) for t in tokens[k:]):
        return " ".join(tokens[:k]), " ".join(tokens[k:])
    return None


def _han_run(piece: str) -> list[str] | None:
    """The words of a run of Han words separated by spaces ("降落 刹车 落地"), else None."""
    if not HAN.search(piece):
        return None
    tokens = piece.split()
    if len(tokens) > 1 and sum(1 for t in tokens if HAN.search(t)) >= 2:
        return tokens
    return None


def memo(maxsize: int):
    """A cache of a pure function of one argument, emptied whenever it holds `maxsize`
    results. Cheaper than functools.lru_cache where most calls are new (an evaluation's
    answers are): a miss costs one dict lookup and insert, with no recency links to keep or
    evict, and the garbage collector has fewer container objects to walk (measured with
    bench_eval's parse: 10% less time on answers whose words never repeat)."""
    def wrap(fn):
        results: dict = {}

        @functools.wraps(fn)
        def cached(arg):
            value = results.get(arg)
            if value is None:
                if len(results) >= maxsize:
                    results.clear()
                value = results[arg] = fn(arg)
            return value
        cached.cache_clear = results.clear
        cached.results = results  # for a caller's own lookup, without the call
        return cached
    return wrap


QUOTED_HAN_CHARS = 20           # a quoted Han saying or title up to this long is an item
MEMO_SIZE = 1 << 17
MEMO_CHARS = 80  # longer lines (a whole comma list, a sentence) seldom recur: not kept


@memo(MEMO_SIZE)
def _piece(piece: str) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """(words, prose pieces, gloss dropped) of one separated piece: dash glosses, Han runs,
    cleaning (cached: pieces repeat across answers)."""
    if "! " in piece or "? " in piece:  # "Sure! Butter": the word after an exclamation
        head, _, tail = piece.partition("! " if "! " in piece else "? ")
        if clean_piece(head) in DISCOURSE and "! " not in tail and "? " not in tail:
            piece = tail
        else:
            return (), (piece,), ""  # sentences: 'Oh, "pub"? Right', "pizza! 🍕 Great word"
    if ".." in piece and (m := _OPENER_PAUSE.match(piece)) and clean_piece(m.group(1)) in DISCOURSE:
        piece = piece[m.end():]  # "Alright... puppy": the word after an opener and an ellipsis
    if len(piece) > MAX_PIECE_CHARS or piece.rstrip()[-1:] == "?":
        return (), (piece,), ""  # long, or a question ("Just to clarify — do you mean …?")
    parts = _DASH.split(piece) if ("-" in piece or "—" in piece or "–" in piece) else (piece,)
    gloss = ""
    if len(parts) >= 3:
        cleaned = [(p, clean_piece(p)) for p in parts]
        if all(w and not is_prose(p, w) for p, w in cleaned):  # "dog - cat - bone"
            return tuple(w for _, w in cleaned), (), ""
    if len(parts) == 2 and clean_piece(parts[0]) in DISCOURSE and not _marked(parts[0]):
        piece = parts[1]  # "well — pint": the word after a discourse word
    elif len(parts) > 1 and _strip_and_lower(parts[0]):
        gloss = piece[len(parts[0]):].strip(" -–—")
        piece = parts[0]
    if "/" in piece and (m := _HAN_SLASH_LATIN.fullmatch(piece) or _LATIN_SLASH_HAN.fullmatch(piece)):
        gloss, piece = m.group(2), m.group(1)   # "飞翔/fly", "Food stalls / 攤販": the first is the word
    if " " in piece and HAN.search(piece) and (split := _han_then_latin(piece)) is not None:
        gloss, piece = (gloss + " " + split[1]).strip(), split[0]
    words, prose = [], []
    run = _han_run(piece)
    for sub in run or (piece,):
        word = clean_piece(sub)
        if not word or word in JUNK or (word[0] in _PHONE_START and _PHONE_NUMBER.fullmatch(word)):
            continue
        if is_prose(sub, word):
            prose.append(sub)
        else:
            words.append(word)
    if run and len(run) >= 3 and words:
        words[-1:] = _han_tail(tuple(words[-1:]))  # "… 烟花 拜年等"
    return tuple(words), tuple(prose), gloss


# A telephone number (a helpline after a refusal): seven digits or more with dashes or
# spaces, not a number that is an association ("911", "520").
_PHONE_NUMBER = re.compile(r"(?=(?:\D*\d){7})\+?[\d()]+(?:[- ][\d()]+)+")
_PHONE_START = frozenset("0123456789+(")
_OPENER_PAUSE = re.compile(r"^\s*([^.\s]{1,20})\s*\.{2,}\s*(?=\S)(?!.*\.\.)")


_LABEL_END = re.compile(COLON.pattern + "|" + _DASH.pattern)


def item_label(body: str) -> tuple[str, str] | None:
    """(word, explanation) of an item written "word: explanation" or "word - explanation"
    (markdown and brackets aside), when what comes before the first colon or dash is one
    short word (three words at most, not prose, no separator); None otherwise."""
    text = strip_markdown(body)
    m = _LABEL_END.search(text)
    if m is None:
        return None
    before = text[:m.start()]
    if SEPARATORS.search(before):
        return None
    word = clean_piece(BRACKET.sub("", before))
    if not word or is_prose(before, word) or len(word.split()) > 3:
        return None
    return word, text[m.end():].strip()


def _remove_brackets(seg: str, dropped: Dropped) -> str:
    """Drops bracketed glosses; an item that is only a bracket keeps its content."""
    if "(" not in seg and "[" not in seg and "【" not in seg:
        return seg
    out = seg
    for _ in range(3):  # nested brackets, innermost first
        new = BRACKET.sub(lambda m: dropped.add("gloss", m.group(0)) or "", out)
        if new == out:
            break
        out = new
    out = _OPEN_BRACKET.sub(lambda m: dropped.add("gloss", m.group(0)) or "", out)
    return out if _strip_and_lower(out) else seg  # "(money)": the bracket is the word


_HAN_SLASH_LATIN = re.compile(r"\s*([\u3400-\u9fff]+)\s*/\s*([A-Za-z][A-Za-z' -]*)\s*")
_LATIN_SLASH_HAN = re.compile(r"\s*([A-Za-z][A-Za-z' .&-]*?)\s*/\s*([\u3400-\u9fff]+)\s*")
_QUOTED_SPAN = re.compile(r"“[^“”\n]{1,30}”|《[^《》\n]{1,30}》")


def _split(seg: str, separators: re.Pattern) -> list[str]:
    """The pieces of a segment; full stops separate only fragments that are all words
    ("Money. River. Loan."), never a sentence."""
    if "“" in seg or "《" in seg:  # "“上有天堂，下有苏杭”", "《那些年，我们一起追的女孩》": one item
        seg = _QUOTED_SPAN.sub(lambda m: m.group(0).replace(",", "\x00").replace("、", "\x01"), seg)
        pieces = [p.replace("\x00", ",").replace("\x01", "、") for p in separators.split(seg)]
    else:
        pieces = separators.split(seg) if _NOT_COMMA_SEPARATOR.search(seg) else seg.split(",")
    if " / " in seg and len(pieces) > 1:  # "wet, clouds / thunder, puddle"
        pieces = [q for p in pieces for q in (p.split(" / ") if " / " in p and all(
            _short_word(x) for x in p.split(" / ")) and not _translated(p) else [p])]
    if len(pieces) == 1:
        splitters = ([(_FULL_STOPS, 1)] if "。" in seg or ". " in seg else []) + (
            [(_SLASHES, 1)] if "/" in seg else []) + (
            [(_MIDDLE_DOTS, 2)] if "·" in seg or "・" in seg else [])
        for splitter, min_chars in splitters:
            parts = [p for p in splitter.split(seg) if p.strip()]
            if len(parts) >= 3 and all(_short_word(p) and len(p.strip()) >= min_chars
                                       for p in parts):
                return parts
    return pieces


def _translated(piece: str) -> bool:
    """"医生 / doctor", "Food stalls / 攤販": a word and its translation, not two words."""
    return (_HAN_SLASH_LATIN.fullmatch(piece) or _LATIN_SLASH_HAN.fullmatch(piece)) is not None


def _short_word(piece: str) -> bool:
    """A piece that is one or two words with a letter in them (not prose, not a number)."""
    word = clean_piece(piece)
    return (bool(word) and not is_prose(piece, word) and len(word.split()) <= 2
            and any(c.isalpha() for c in word))


def pieces_words(seg: str, separators: re.Pattern,
                 dropped: Dropped) -> tuple[list[str], list[str], bool]:
    """(words, prose pieces, whether the first piece is prose) of a segment. Repairs that
    use the neighbours: in three or more pieces a Han piece is split at 和 / 以及 ("亲人和
    老房子"; parts of two characters or more, but in the last piece) and the last loses a
    closing 等 ("利息和理财等"); a prose piece right before a word keeps the word it ends on
    ("… come to mind are doctors, nurses"), and when that piece opens the segment as a
    sentence the words lose their article ("I think of the waves, the sand"); a prose piece
    right after a word keeps the word it opens with ("and tellers come to mind first",
    "还有那份浓浓的乡愁")."""
    pieces = _split(seg, separators)
    known = _piece.results
    if len(pieces) == 1:  # one piece (an item, a word, a sentence): no neighbour to repair with
        words, prose, gloss = known.get(pieces[0]) or _piece(pieces[0])
        if len(words) >= 2 and ("第" in seg or "首先" in seg) and sum(1 for w in words if _ORDINAL.match(w)) >= 2:
            words = tuple(w for w in words if not _ORDINAL.match(w))
        if gloss:
            dropped.add("gloss", gloss)
        return list(words), list(prose), bool(prose) and not words
    results = [known.get(p) or _piece(p) for p in pieces]  # a result is never empty
    if len(results) >= 3 and ("和" in seg or "以及" in seg):
        results = [(tuple(w for word in r[0] for w in _han_and(word, min_chars=2)), r[1], r[2])
                   for r in results]
    if len(results) >= 3 and results[-1][0]:
        results[-1] = (_han_tail(results[-1][0]), results[-1][1], results[-1][2])
    has_prose = any(r[1] for r in results)  # the repairs below all start from a prose piece
    if has_prose and len(results) >= 5 and any(r[1] and not r[0] for r in results):
        results = _two_word_items(pieces, results)
    in_sentence = False  # the list continues a sentence: "I think of the waves, the sand"
    for i in range(len(results) - 1 if has_prose else 0):
        if results[i][1] and not results[i][0] and results[i + 1][0]:
            tail = _salvage(results[i][1][-1])
            if tail:
                results[i] = (_han_tail((tail,)), results[i][1][:-1], results[i][2])
                in_sentence = in_sentence or (i == 0 and not PROSE_WORDS.isdisjoint(
                    pieces[0].lower().split()))
    for i in range(1, len(results) if has_prose else 0):
        if results[i][1] and not results[i][0] and results[i - 1][0]:
            head = _salvage_head(results[i][1][0])
            if head:
                results[i] = ((head,), results[i][1][1:], results[i][2])
    words = [w for r in results for w in r[0]]
    if in_sentence:  # "I think of the waves, the sand, and the seagulls"
        words = [_ARTICLE.sub("", w) for w in words]
    last = len(results) - 1
    while last > 0 and not results[last][0] and not results[last][1]:
        last -= 1  # a closing "and so on" / "etc."
    if (len(results) >= 3 or in_sentence) and results[last][0] and words and " and " in words[-1]:
        words[-1:] = _last_pair(words[-1])       # "…, frozen and slippery"
    if ((len(results) >= 3 or in_sentence) and last > 0 and not results[last][0]
            and len(results[last][1]) == 1 and results[last - 1][0]
            and (pair := _prose_pair(results[last][1][0], in_sentence))):
        words.extend(pair)  # "…, violence, the NRA and school shootings."
        results[last] = (pair, (), results[last][2])
    if (has_prose and len(results) >= 3 and not results[-1][0] and len(results[-1][1]) == 1
            and "以及" in results[-1][1][0]):
        parts = _han_and(clean_piece(results[-1][1][0]), min_chars=2)
        if len(parts) >= 2 and all(p and not is_prose(p, p) for p in parts):
            words.extend(parts)  # "…、砖石、守卫以及“不到长城非好汉”。"
            results[-1] = (parts, (), results[-1][2])
    if (has_prose and len(results) >= 3 and results[-2][1] and not results[-2][0] and words
            and results[-1][0] == (words[-1],) and words[-1] in _HAN_CONJUNCTIONS):
        words.pop()  # "…，勇敢——害怕的反面，只有面对恐惧才能变得勇敢，而": prose cut after a conjunction
    if ("第" in seg or "首先" in seg) and sum(1 for w in words if _ORDINAL.match(w)) >= 2:
        words = [w for w in words if not _ORDINAL.match(w)]  # "第一，努力；第二，坚持"
    prose = [p for r in results for p in r[1]] if has_prose else []
    for r in results:
        if r[2]:
            dropped.add("gloss", r[2])
    first = next((r for r in results if r[0] or r[1]), None)
    return words, prose, first is not None and not first[0]


_ARTICLE = re.compile(r"^(?:the|a|an) (?=\S)")
# A word a sentence names before its list: 'The strongest is "effort", followed by: …',
# "联想最强的是“努力”，其次是：…".
_QUOTED_FIRST = re.compile(r"(?:是|\bis|\bare)\s*[“\"]([^”\"]{1,20})[”\"]", re.I)
_HAN_CONJUNCTIONS = frozenset("而但并且或则就也还又因所如若虽")
_PREPOSITIONS = frozenset("with for about in on at to by from as".split())
_PAIR = re.compile(r"^(\S+) and (\S+)$")
# Han ordinals that number the items of a line: "第一，努力；第二，坚持".
_ORDINAL = re.compile(r"^(?:第[一二三四五六七八九十\d]{1,3}|首先|其次|再次|最后)$")


HAN_SAYING_CHARS = 6  # "时间就是金钱": a saying among words, not a sentence


def _two_word_items(pieces: list[str], results: list) -> list:
    """In a list of five or more pieces that are nearly all words, a two-word piece read as
    prose only for one of PROSE_WORDS is an item ("…, possibility, if only, suppose"), and so
    is a short Han saying ("…，珍惜，时间就是金钱"); not the first piece ("I think, …"), nor one
    ending in ! or ?."""
    if sum(1 for r in results if r[0]) < 0.8 * len(results):
        return results
    out = list(results[:1])
    for piece, result in zip(pieces[1:], results[1:]):
        if (not result[0] and result[1] and piece.rstrip()[-1:] not in "!?" and "? " not in piece
                and "! " not in piece):
            word = clean_piece(piece)
            if (len(word.split()) == 2 and not HAN.search(word)) or (
                    len(word) <= HAN_SAYING_CHARS and len(HAN.findall(word)) == len(word)
                    and not word.startswith(HAN_OPENERS)):
                result = ((word,), (), result[2])  # "if only", "时间就是金钱"
        out.append(result)
    return out


_AND = re.compile(r"^(.+?) and (.+)$")
MAX_PAIR_WORDS = 3


def _prose_pair(piece: str, in_sentence: bool) -> tuple[str, ...]:
    """The two items of a list's last piece "the NRA and school shootings", read as prose
    for its length: each side up to MAX_PAIR_WORDS words, not prose, the pair not one
    association (BINOMIALS); their article dropped in a sentence. () otherwise."""
    m = _AND.match(piece.strip().rstrip(".。!"))
    if m is None or clean_piece(m.string) in BINOMIALS:
        return ()
    pair = []
    for side in m.groups():
        word = clean_piece(side)
        if in_sentence:
            word = _ARTICLE.sub("", word)
        if not word or len(word.split()) > MAX_PAIR_WORDS or is_prose(side, word):
            return ()
        pair.append(word)
    return tuple(pair)


def _last_pair(word: str) -> list[str]:
    """The last item of a list, "x and y" of one word each, as two items unless the pair
    is one association (BINOMIALS: "salt and pepper")."""
    m = _PAIR.match(word)
    if m is None or word in BINOMIALS:
        return [word]
    return [m.group(1), m.group(2)]
_SALVAGE = re.compile(r".*(?:\b(?:are|is|were|was|(?:would|will|could|might) be|include|includes|including|like|such as|say|mind|up|"
                      r"evokes?|(?:think|thinking|thought|reminds? me|because) of)\b|想到的?[是有]?|"
                      r"包括|有)"
                      r" ?(?P<tail>[^ ]+(?: [^ ]+){0,2}) *$", re.I)


def _salvage(prose: str) -> str:
    """The word a sentence ends on when it opens a list ("… are doctors" -> "doctors")."""
    m = _SALVAGE.match(prose.rstrip(" .。")[-200:])  # the last trigger (greedy ".*")
    if m is None or prose.lstrip(" \"“*").lower().startswith("when "):
        return ""  # 'When I think of "tired,"': the cue the answer is about, not an item
    word = clean_piece(m.group("tail"))
    if DIGIT.search(word) and HAN.search(word):
        return ""  # "…联想到的5到10个词语": the instruction's count, not a word
    tokens = word.split()
    if tokens and (tokens[0] in _PREPOSITIONS or any(t in ("the", "a", "an") for t in tokens[1:])):
        return ""  # "… think of with "bank"", "… is clearly the strongest": no word
    return word if word and not is_prose(m.group("tail"), word) else ""


# A list's last item before the sentence's verb: "and tellers come to mind first".
_HEAD = re.compile(r"^\s*(?:and |or )?(?P<head>[^ ]+(?: [^ ]+)?) (?:(?:come|comes|spring|springs|"
                   r"pop|pops) (?:to|into) (?:my )?mind\b|(?:are|is) (?:the |my |some )?(?:words?|things?|"
                   r"associations?) (?:that|i)\b)", re.I)


_HAN_HEAD = re.compile(r"^(?:还有|以及|然后是|其次是|最后是).*的(?P<head>[\u4e00-\u9fff]{2,4})$")


def _salvage_head(prose: str) -> str:
    """The word a sentence opens with when it closes a list ("and tellers come to mind
    first" -> "tellers", "and polar bears are the words that come to mind"), or the noun a Han one ends on ("还有那份浓浓的乡愁" -> "乡愁")."""
    m = _HEAD.match(prose) or _HAN_HEAD.match(prose.strip(" .。!"))
    if m is None:
        return ""
    word = clean_piece(m.group("head"))
    return word if word and not is_prose(m.group("head"), word) else ""


def _han_tail(words: tuple[str, ...]) -> tuple[str, ...]:
    """The last words of a Han list: "利息和理财" is two, "理财等" is "理财", "和平" stays."""
    out = []
    for w in words:
        if HAN.search(w):
            if w.endswith("等等") and len(w) > 2:
                w = w[:-2]
            if w.endswith("等") and len(w) > 2 and not w.endswith(DENG_WORDS):
                w = w.rstrip("等")
        out.extend(_han_and(w))
    return tuple(out)


def _han_and(word: str, min_chars: int = 1) -> tuple[str, ...]:
    """A Han list item joined by 和 / 以及 as its words ("亲人和老房子"); "和平", "和田玉" and
    "饺子和" stay one word, and so does any with a part shorter than `min_chars` ("颐和园"
    inside a list: only its last item may join one-character words, "猫和狗")."""
    if ("和" not in word and "以及" not in word) or not HAN.search(word):
        return (word,)
    parts = [_strip_and_lower(p) for p in re.split(r"以及|和", word)]
    if not all(len(p) >= min_chars for p in parts) or len(parts) > 3 or (
            len(parts) == 2 and "以及" not in word and any(h in word for h in HE_WORDS)):
        return (word,)
    return tuple(parts)


def _reads_as_sentence(seg: str, words: list[str]) -> bool:
    """A line of eight or more words, ending like a sentence, whose "items" average 2.5
    words or more with one of four or more ("Words like money, river, and loan come to
    mind.")."""
    if not words or seg.rstrip()[-1:] not in ".!?。！？" or len(seg.split()) < 8:
        return False
    sizes = [len(w.split()) for w in words]
    return max(sizes) >= 4 and sum(sizes) >= 2.5 * len(sizes)


def segment_words(seg: str, ranking: bool, dropped: Dropped, whole_line: bool,
                  prose_kind: str = "remark") -> tuple[tuple[str, ...], str]:
    """(words, kind) of one line or item body, split by SEPARATORS (RANKING_SEPARATORS
    when `ranking`). kind: "list"; "header" (it ends in ':'); "prose" (a line that reads
    as a sentence, dropped whole when `whole_line`, and recorded as `prose_kind`). What is
    left out goes to `dropped`."""
    words, kind, left_out = read_segment(seg, ranking, whole_line, prose_kind)
    if left_out:
        dropped.items += left_out[:Dropped.LIMIT - len(dropped.items)]
    return words, kind


def read_segment(seg: str, ranking: bool, whole_line: bool,
                 prose_kind: str = "remark") -> tuple[tuple[str, ...], str, tuple[tuple[str, str], ...]]:
    """segment_words' (words, kind) with what it leaves out, as (kind, text) pairs."""
    if len(seg) > MEMO_CHARS:
        return _segment(seg, ranking, whole_line, prose_kind)
    results = _SEGMENTS.get((ranking, whole_line, prose_kind))
    if results is None:
        results = _SEGMENTS.setdefault((ranking, whole_line, prose_kind), {})
    found = results.get(seg)
    if found is None:
        if len(results) >= MEMO_SIZE:
            results.clear()
        found = results[seg] = _segment(seg, ranking, whole_line, prose_kind)
    return found


# segment_words' results by (ranking, whole_line, prose_kind), then by text (the lines of
# answers recur: "1. Money" in thousands of them); emptied as `memo` empties its cache.
_SEGMENTS: dict[tuple[bool, bool, str], dict[str, tuple]] = {}


def _segment(seg: str, ranking: bool, whole_line: bool,
             prose_kind: str) -> tuple[tuple[str, ...], str, tuple[tuple[str, str], ...]]:
    """segment_words as a pure function of its text."""
    if seg.isalpha() and seg.isascii():  # one plain word ("Money"): no rule below applies but JUNK
        word = seg.lower()
        return ((word,) if word not in JUNK else ()), "list", ()
    dropped = Dropped()
    words, kind = _segment_uncached(seg, RANKING_SEPARATORS if ranking else SEPARATORS, dropped,
                                    whole_line, prose_kind)
    return tuple(words), kind, tuple(dropped.items)


def _marked(text: str) -> bool:
    """A word quoted or bolded as an item ('"Also" – a near-synonym'), not a discourse word."""
    return text.strip()[:1] in ("\"", "“", "'", "*", "「")


def _dash_gloss(seg: str, separators: re.Pattern, dropped: Dropped) -> str:
    """"乐器 —— 如钢琴、吉他", "Bark - the sound it makes, loud": one word, one dash, then an
    explanation that may hold separators itself; the word alone stays. Not when the word
    is already a list ("a, b - c"), when more dashes follow ("dog - cat - bone"), or when
    what follows is three or more short words ("money - loan, river, bank"); when only its
    first piece is not ("light — the most immediate, heat, sky"), the gloss is that piece."""
    if ("-" not in seg and "—" not in seg and "–" not in seg) or seg.rstrip(" *").endswith(":"):
        return seg
    m = _DASH.search(seg)
    if m is None or separators.search(seg, 0, m.start()) or _DASH.search(seg, m.end()):
        return seg
    before, after = seg[:m.start()], seg[m.end():]
    word = clean_piece(BRACKET.sub("", before)) or clean_piece(before)  # "交通（traffic）"
    if word in DISCOURSE and not _marked(before):
        dropped.add("preamble", before)
        return after                  # "Absolutely—here you go: cheese, …"
    if not word or is_prose(before, word):
        return seg
    if not separators.search(after):
        if COLON.search(after):       # "**Cash** – the most literal form: bills and coins."
            dropped.add("gloss", after.strip())
            return before
        return seg  # no separator after it: `_piece` drops the gloss as it always has
    pieces = [p for p in separators.split(after) if p.strip()]
    if len(pieces) >= 3 and all(_short_word(p) for p in pieces):
        return seg
    if len(pieces) >= 3 and all(_short_word(p) for p in pieces[1:]):
        dropped.add("gloss", pieces[0].strip())  # "light — the most immediate, heat, sky, …"
        return before + after[after.index(pieces[0]) + len(pieces[0]):]
    dropped.add("gloss", after.strip())
    return before


def _segment_uncached(seg: str, separators: re.Pattern, dropped: Dropped, whole_line: bool,
                      prose_kind: str) -> tuple[list[str], str]:
    if ("-" in seg or "–" in seg or "—" in seg) and (")-" in seg or "]-" in seg or "】-" in seg
                                                    or ")–" in seg or ")—" in seg):
        seg = _GLUED_DASH.sub(" ", seg)  # "交通（traffic）- 城市里车很多": the dash of a gloss
    if "第" in seg or (DIGIT.search(seg) and (":" in seg or "." in seg or ")" in seg)
                       and _LABEL_HINT.search(seg)):  # what every label holds, looked for cheaply
        seg = _PIECE_LABEL.sub("", seg)   # "1st: money, 2nd: loan", "第一名：钱，第二名：存款"
    seg = _dash_gloss(seg, separators, dropped)
    if not _DECORATED.search(seg):  # a plain list: nothing to strip, no colon to weigh
        words, prose, first_prose = pieces_words(seg, separators, dropped)
        return _line_words(seg, words, prose, first_prose, dropped, whole_line, prose_kind)
    seg = _remove_brackets(strip_markdown(seg), dropped)
    colon = COLON.search(seg)
    if colon:
        before, after = seg[:colon.start()], seg[colon.end():]
        if not _strip_and_lower(after):
            return [], "header"
        after_dropped = Dropped()
        after_words, after_prose, after_first = pieces_words(after, separators, after_dropped)
        before_word = clean_piece(before)
        if before.strip()[:1] == "「" and before.strip()[-1:] == "」" and before_word:
            dropped.add("gloss", after)             # "「浪漫」：烛光晚餐、玫瑰花": the bracketed word
            seg = before
        elif len(after_words) >= 2 and len(after_words) > len(after_prose):
            # "Finance: money, loan" (a header) or "Here are the words: money, loan"
            sentence = is_prose(before, before_word) or bool(separators.search(before))
            dropped.add("preamble" if sentence else "header", before)
            if sentence and after.rstrip().endswith("."):
                after_words[-1:] = _last_pair(after_words[-1])  # "…, wet, thunder and drizzle."
            if sentence and (named := _QUOTED_FIRST.findall(before)):
                after_words[:0] = [w for w in map(clean_piece, named) if w]  # 最强的是“努力”，其次是：…
            for item in after_dropped.items:
                dropped.add(*item)
            return _line_words(after, after_words, after_prose, after_first, dropped,
                               whole_line, prose_kind)
        elif (before_word and not is_prose(before, before_word) and not separators.search(before)
              and not _PIECE_NUMBER.match(after)):  # "答案：1.钱" opens a list
            dropped.add("gloss", after)             # "Money: banks keep it"
            seg = before
        else:
            dropped.add("preamble", before)         # "Here are the words: money"
            seg = after
    words, prose, first_prose = pieces_words(seg, separators, dropped)
    return _line_words(seg, words, prose, first_prose, dropped, whole_line, prose_kind)


# A sentence that ends on a quoted word after "is" / "are": 'the first word … is "trust."'.
_QUOTED_END = re.compile(r"\b(?:is|are|was|were)\s+[\"“'‘](?P<word>[^\"”'’“‘]{1,40}?)[.!,]?"
                         r"[\"”'’][.!]?\s*$")


_ANSWERING = re.compile(r"mind|first|associat|think|strongest", re.I)


def _line_words(seg: str, words: list[str], prose: list[str], first_prose: bool,
                dropped: Dropped, whole_line: bool, prose_kind: str) -> tuple[list[str], str]:
    """A segment's words, or none when the whole line reads as prose (but for a quoted
    word it ends on: 'The first word that comes to mind is "trust."')."""
    if whole_line and ((prose and first_prose and len(words) <= len(prose))
                       or (prose and all(w in DISCOURSE for w in words))
                       or (prose and len(words) <= min(2, len(prose))
                           and seg.rstrip().endswith("。"))   # "毒品危害极大，请远离毒品。"
                       or (prose and len(words) == 1 and len(words[0].split()) >= 2
                           and words[0].split()[0] in _PREPOSITIONS
                           and sum(len(p.split()) for p in prose) >= 6)  # "In the US, you can call …"
                       or _reads_as_sentence(seg, words)):
        dropped.add(prose_kind, seg)
        quoted = _QUOTED_END.search(seg) if not words and _ANSWERING.search(seg) else None
        word = clean_piece(quoted.group("word")) if quoted else ""
        if word and not is_prose(quoted.group("word"), word):
            return [word], "list"
        return [], "prose"
    for p in prose:
        dropped.add("remark", p)
    return words, "list"
