"""Read what a model wrote: the association list, or the final ranking, in a free-form answer.

Instruction-tuned models rarely answer with a bare list. They open with a preamble
("Sure! Here are 15 words …:", "好的，以下是与“X”相关的联想词："), number or bullet the
items, bold them, add glosses ("word (because …)", "word - …", "word: …") and close with
a remark; fine-tuned Mandarin models often separate words by spaces or put one per line.
`parse_answer` keeps the list items, drops the rest, and says how it found them:

1. **Find the list.** When the answer holds a block of at least two enumerated or bulleted
   lines (`1.` `1)` `1、` `(1)` `[1]` `①` `一、` `1st:` `Rank 1:` `排名1：` `第1名：` `第一：`
   `Association 1:` `- ` `* ` `• `, in markdown or not; bare numbers "1 喝" when three or
   more lines count 1, 2, 3), or a markdown table, only block items count (rule
   ``enumerated``; read by `answer_blocks`). Several blocks (one per sense of the cue, say)
   all count, in order; so does a one-item group under a header when other groups are
   blocks ("**Objects:** / 5. Chalk"). A block of mostly "word: explanation" items reads each such item as its word,
   even one whose explanation is a list ("**Wildlife:** Deer, birds, foxes").
   A separated list followed by a block that explains the same words ("trees, woods, …
   / Explanations: / 1. Trees – …") is read as the list, in its order. In a block of
   mostly one-word items, "Rhythm – the beat, tempo" and "Cheetah, the fastest land
   animal." are their first word; a block under a remark heading ("补充说明：") is notes.
   Lines outside them (preamble, category headers, closing remarks) are dropped. An item
   ending in ":" is a category header, and so are the top-level items of a block whose every
   top-level item holds two or more nested single words ("- Animals / - Lion / - Elephant");
   items nested under a header are words, items nested under a word are its glosses. A
   table's item is its first cell that is not a number, but for a table that groups its
   words by category ("| 类别 | 联想词 |", "| Category | Words |"): its words. Items numbered
   一、二、 over items numbered 1. 2. name sections ("一、自然景象 / 1. 海浪").
2. **Otherwise split** each line, sentence by sentence, on the separators of
   `answer_words.CLEANING`; a sentence that reads as prose is dropped whole (rule
   ``separated``, or ``single`` for one item; read by `answer_separated`). A run of Han
   words separated only by spaces is a list. English items keep their spaces ("ice cream"); only an answer with no
   separator at all, of three or more words that do not read as a sentence ("money river
   loan"), is split on spaces. Lines that only name the cue ("Word: bank", or "Bank" first
   unless it opens a one-word-per-line list: "yellow / sun / banana") are headings. A prose sentence that bolds its words gives the bold words; a line that opens
   with a prose sentence after the list, or holds one among several, is a closing
   paragraph, dropped whole ("上有天堂，下有苏杭。杭州是…"), as is a labelled remark
   ("Note: …", "【解析】…"; a remark heading after the list ends it), and so is a paragraph
   after a blank line that reads mostly as sentences. "【味道】" alone is a heading; a
   paragraph that opens with its bold item ("**Snow.** Even in …") gives that item; lines
   "Word → explanation" (half the answer's lines) gloss their word. A line
   that repeats the Han list above it in English is its translation.
   After a block, a line "Honorable mentions: …" / "Also: …" / "其他：…" adds its words; an
   item nested under a word is a word too when it is one short word ("1. Travel / a.
   Flights"), else a gloss. In a grouped list where half the "label: items" lines hold two
   items or more, a group of one short item gives that item ("人物类：柜员"). A line whose
   short pieces two or more ellipses separate is a list, its hesitations left out
   ("Hmm… coffee… then eggs… bacon"; narrated association).
3. **Clean each item** by the steps of `answer_words.CLEANING`, in order.
4. Duplicates are dropped, first occurrence kept. A word equal to the cue stays: it is part
   of the list the model wrote (and 4% of SWOW-EN cues have themselves among their
   responses); P@k counts it as a miss unless humans said it too.

An answer that writes out the chat's turns ("User: apple / Assistant: fruit, … / User:
guitar / Assistant: …") is read in the assistant turn for the cue; one that says it read the
cue as another word ('you meant "丈夫"', "您可能指的是“蜂蜜”") and lists for that word is
empty. An answer saved inside an API response or a message object ('{"choices": [{"message": …}]}',
"ChatCompletionMessage(content='…')") is read in the assistant's text there
(`answer_wrappers`); a JSON ranking under a "Final Ranking" key is read as that list. First `answer_text.prepare` keeps only the answer's own turn (no "<think>…</think>", chat
tokens or hallucinated next turn or prompt). An answer written as JSON (an array, or an
object holding one; loose JSON too) is read as its list (`answer_text.json_list`). An
answer that goes on through other cues in the one-shot example's form ("Word: apple /
Associations: … / Word: ocean / …") is read in the cue's own section; a base model's
invented next cue or question ("Word: car", "Q: …", "词语：山") ends the answer; so do
other cues' lists, one line each ('"cat": dog, mouse', "bread -> butter, toast", "看到“水”
会联想到：…"), of which the cue's own line is read; so does the project's instruction for
another cue, even glued to the last word ("…, weight List the words … "dark"."). "cue ->
list" loses its label, and so do "父亲——沉默、背影" and "大海……蓝色，海浪" (a dash or an
ellipsis, then a list with separators of its own), and the cue mused over before a list
("Hmm, hospital... doctors", "食堂啊……饭卡"); a line defining the cue ("马马虎虎：形容…") is
a heading, and so are its encyclopedia entry ("孔子（公元前551年—…），名丘，…是…。"), a first
line that spells it out ("FBI: Federal Bureau of Investigation") or explains it ("“江湖”原指
江河湖海，…"); a sentence that defines a word ('The word "of" is a preposition that …',
'"Lit" can mean …') is prose. A name's initials end no sentence ("J.K. Rowling"). The
steps of a reasoning prompted step by step ("Step 1: …", "第二步：…") are remarks.
Role-play stage directions ("*thinks for a moment*", "*挠挠头*", an opening "（想了一下）")
are not words. The one-shot labels may share a line ("Word: justice /
Associations: law, …"). An answer that deliberates and ends with "Final answer: …" is read
after that marker, and one that deliberates, then concludes ("Ranking them:", "So my list
is: …", "我的答案（按联想强度排序）："), after its last such line (`_concluded`). For a Mandarin cue, an English answer that glosses its words in
Han ("bamboo (竹子), China (中国), …", "Red envelope / 红包") is read in Han. `parse_ranking` reads the text after the last "Final
Ranking" / "最终排名" marker that is followed by a list: the rest of the marker's line, or
else the first list (block or paragraph) below it; without a marker it reads nothing (the
paper's reward scores that −1).

Nothing here raises on odd input: an empty, binary or huge answer parses to a short or
empty list in linear time (answers are cut at `answer_text.MAX_CHARS`; no metric reads past 50 words).
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from dataclasses import dataclass

from align_jax.eval.answer_blocks import block_words, more_after, outside_blocks
from align_jax.eval.answer_lines import CUE_LABEL, INLINE_NUMBER, ITEM, Line, find_blocks, split_lines
from align_jax.eval.answer_wrappers import response_text
from align_jax.eval.answer_text import cut_unfinished, holds_a_list as _holds_a_list, json_list, prepare as _prepare
from align_jax.eval.answer_items import COLON, HAN, SEPARATORS, Dropped, normalise_word, strip_markdown
from align_jax.eval.answer_separated import REMARK_LABEL, separated_words
from align_jax.eval.answer_words import FILLERS, PROSE_WORDS

MAX_MARKERS_TRIED = 8            # parse_ranking looks back at most this many markers
RULES = ("enumerated", "separated", "single", "empty")
NO_MARKER = "no_marker"          # parse_ranking only: no "Final Ranking" marker at all
# "Final Ranking" / "最终排名" and their usual variants (any case, any spacing).
RANKING_MARKERS = ("final ranking", "final rankings", "最终排名", "最终的排名", "最后排名", "最终排序",
                   "最終排名", "最終排序")

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


def _listed_before(lines: list[Line], first: int, block_words: tuple[str, ...]) -> ParsedAnswer | None:
    """A separated list before the first block that already holds (80% of) the block's
    words: the block explains the list ("trees, woods, green …\n\nExplanations:\n1. Trees –
    …"), and the list's order is the answer's."""
    head = [l for l in lines if l.index < first]
    if not any(l.text.strip() for l in head):
        return None
    dropped = Dropped()
    words = _dedupe(separated_words(head, False, dropped))
    if len(words) < 2 or len(set(words) & set(block_words)) < 0.8 * len(block_words):
        return None
    dropped.add("remark", " ".join(l.text for l in lines if l.index >= first and l.text))
    return ParsedAnswer(words, "separated", dropped.result())


def _remarked(lines: list[Line], first: int) -> bool:
    """Whether the line above a block is a remark label ("补充说明：", "Notes:"): its items
    are notes, not the list."""
    above = next((l for l in reversed(lines[:first]) if l.text.strip()), None)
    return (above is not None and not above.family and REMARK_LABEL.match(
        strip_markdown(above.text.strip())) is not None and above.text.rstrip(" *").endswith(":"))


def _space_separated(text: str) -> list[str] | None:
    """An English answer with no separator at all, three or more words, no sentence (none
    of PROSE_WORDS, at most one of _SENTENCE_GLUE): "money river loan" is a list of three
    words."""
    body = text.strip().rstrip(".")
    if ("\n" in body or SEPARATORS.search(body) or COLON.search(body) or HAN.search(body)
            or ITEM.match(body) or INLINE_NUMBER.search(body) or ". " in body):
        return None
    tokens = [normalise_word(t) for t in body.split()]
    if len(tokens) < 3 or any(not t or t in PROSE_WORDS for t in tokens) or body[-1:] in "!?" or (
            sum(t in _SENTENCE_GLUE for t in tokens) >= 2):
        return None
    return tokens


# Words that glue a sentence; two of them in a separator-free answer make it one ('The word
# "ephemeral" means lasting for a very short time.'), not a list split on spaces.
_SENTENCE_GLUE = frozenset("the a an of for to is are was were means refers do not".split())


def _dedupe(words: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w for w in words if w))


def _parse(text: str, ranking: bool, cue: str | None = None) -> ParsedAnswer:
    if not text.strip():
        return ParsedAnswer((), "empty")
    lines = split_lines(text, cue)
    blocks = [b for b in find_blocks(lines) if not _remarked(lines, b[0].index)]
    if ranking and blocks and blocks[0][0] is not next(l for l in lines if l.text.strip()):
        blocks = []  # a ranking's block must open the text after its marker
    if blocks:
        inside = Dropped()
        words = _dedupe([w for b in blocks[:1 if ranking else None]
                         for w in block_words(b, ranking, inside)])
        if len(words) >= 2:
            listed = None if ranking else _listed_before(lines, blocks[0][0].index, words)
            if listed is not None:
                return listed
            also = [] if ranking else more_after(lines, blocks[-1][-1].index)
            words = _dedupe(list(words) + [w for _, line_words in also for w in line_words])
            return ParsedAnswer(words, "enumerated", outside_blocks(
                lines, blocks[:1] if ranking else blocks, inside, {i for i, _ in also}))
    if not ranking:
        spaced = _space_separated(text)
        if spaced is not None:
            words = _dedupe(spaced)
            return ParsedAnswer(words, "separated" if len(words) > 1 else "single")
    dropped = Dropped()
    words = _dedupe(separated_words(lines, ranking, dropped))
    rule = "empty" if not words else "single" if len(words) == 1 else "separated"
    return ParsedAnswer(words, rule, dropped.result())


# The cue as a label before an arrow, a dash or an ellipsis: "snake -> venom, hiss", "父亲——沉默、背影".
_LEADING_CUE = re.compile(r"^\s*(?P<label>[^\n,、;]{1,40}?) *(?:(?P<arrow>->|→|=>|⇒)|—+|–+| -+ |\.{2,}) *")
_DASH_OR_ELLIPSIS = re.compile(r"—|–| - |\.{2,}")
# Lines that open another cue's section or a question: "Word: car", "Q: …", "词语：山".
_QUESTION_LABEL = re.compile(r"^(?:q|question|问题|问)[ ]*:", re.I)
_LABEL_WORDS = r"[ *]*(?:q|question|word|cue|input|prompt|stimulus|target|问题|问|词|输入|提示词)"
# The first line, then the others after their "\n" (a literal start, which the pattern
# engine finds faster than a multiline "^").
_LABEL_START = re.compile(_LABEL_WORDS, re.I)
_LABEL_AFTER_NEWLINE = re.compile(r"\n" + _LABEL_WORDS, re.I)


# The one-shot example's labels written on one line ("Word: justice / Associations: law, …",
# "词语：钢琴 联想：黑白键，…；词语：小提琴 联想：…"), and an "例如：" / "Example:" before a label.
_CUE_WORD = r"(?:\*\*)?(?:word|cue|词语|词)(?:\*\*)? *:"
_LIST_WORD = r"(?:\*\*)?(?:associations?|联想词?)(?:\*\*)? *:"
_EXAMPLE_PREFIX = re.compile(r"^[ ]*(?:例如|比如|举例|for example|example|e\.g\.)[ ]*[:,]?[ ]*(?=" + _CUE_WORD + ")",
                             re.I | re.M)
_INLINE_PAIR = re.compile(r"^[ ]*" + _CUE_WORD + r"[^\n]*?(?:[ ]*[/|;][ ]*|[ ]+)" + _LIST_WORD, re.I | re.M)
_INLINE_SPLIT = re.compile(r"(?:[ ]*[/|;][ ]*|[ ]+)(?=" + _LIST_WORD + "|" + _CUE_WORD + ")", re.I)


def _one_shot_lines(text: str) -> str:
    """The one-shot example's form written inline, as the example's lines: "Word: justice /
    Associations: law, court" is "Word: justice\nAssociations: law, court" (so is each pair
    of "词语：苹果 联想：水果；词语：橘子 联想：…"), and "例如：词语：老虎" is "词语：老虎"."""
    low = text.lower()
    if "例如" in text or "比如" in text or "举例" in text or "example" in low or "e.g." in low:
        text = _EXAMPLE_PREFIX.sub("", text)
    if "联想" not in text and "association" not in low:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _INLINE_PAIR.match(line):
            lines[i] = _INLINE_SPLIT.sub("\n", line)
    return "\n".join(lines)


def _section_of_cue(text: str, cue: str | None) -> str:
    """An answer that goes on through other cues, in the one-shot example's form ("Word:
    apple / Associations: … / Word: ocean / Associations: …") or as a base model invents
    more ("Q: …", "Word: car / Answer: …", "词语：山"): with several label lines, the section
    under the last one that names `cue`, up to the next label; else, when a list comes
    before the first label, that list. The labels may share a line (`_one_shot_lines`)."""
    if ":" in text:
        text = _one_shot_lines(text)
    if "\n" not in text or not (_LABEL_START.match(text) or _LABEL_AFTER_NEWLINE.search(text)):
        return text
    lines = text.split("\n")
    labels = []
    for i, line in enumerate(lines):
        line = line.strip()
        if (m := CUE_LABEL.match(line)) is not None:
            labels.append((i, m.group("rest")))
        elif _QUESTION_LABEL.match(line):
            labels.append((i, None))
    if not labels:
        return text
    target = normalise_word(cue) if cue else None
    named = [k for k, (_, rest) in enumerate(labels)
             if target and rest is not None and normalise_word(rest) == target]
    if named and len(labels) >= 2:
        k = named[-1]
        end = labels[k + 1][0] if k + 1 < len(labels) else len(lines)
        return "\n".join(lines[labels[k][0] + 1:end])
    head = "\n".join(lines[:labels[0][0]])
    if labels[0][0] > 0 and len(_parse(head, ranking=False, cue=cue).words) >= 2:
        return head
    return text



# An English word glossed by its Han translation, "bamboo (竹子)" or "bamboo / 竹子": for a
# Mandarin cue the Han word is the association (the norms are Mandarin), and the English its gloss.
_HAN_IN_BRACKETS = re.compile(r"(?P<latin>[A-Za-z][A-Za-z'\- ]{0,40}?) ?(?:\((?P<han>[\u4e00-\u9fff]{1,10})\)"
                              r"|/ ?(?P<han2>[\u4e00-\u9fff]{1,10})(?![\u4e00-\u9fff]))")


def _han_first(m: re.Match) -> str:
    return f"{m.group('han') or m.group('han2')} ({m.group('latin').strip()})"


def _han_glosses_first(text: str, cue: str) -> str:
    """An English answer to a Mandarin cue that glosses its words in Han ("bamboo (竹子),
    China (中国), cute (可爱)", "Red envelope / 红包") with the Han words first: the norms are
    Mandarin. Only when three or more words are glossed so and the lines that hold them
    hold no other Han text ("星巴克 (Starbucks), Espresso（浓缩咖啡）" in a Mandarin answer
    keeps its words); a Mandarin preamble above them does not count."""
    lines = [line for line in text.split("\n") if _HAN_IN_BRACKETS.search(line)]
    if sum(len(_HAN_IN_BRACKETS.findall(line)) for line in lines) < 3 or any(
            HAN.search(_HAN_IN_BRACKETS.sub("", line).replace(cue, "")) for line in lines):
        return text
    return _HAN_IN_BRACKETS.sub(_han_first, text)


# A line that gives one cue's list in a few-shot form: 'Example: "cat": dog, mouse',
# '看到“火”会联想到：燃烧，热', 'bread -> butter, toast' (one arrow: a chain is a ranking).
_QUOTED_CUE_LINE = re.compile(r"^[^\n]*?[“\"](?P<label>[^”\"\n]{1,20})[”\"][^\n:“\"]{0,12}:[ ]*"
                              r"(?P<rest>[^\n]*[,、][^\n]*)$")
_ARROW_CUE_LINE = re.compile(r"^[ ]*(?P<label>[^\n,、:>\-→=]{1,30}?)[ ]*(?:->|→|=>)[ ]*"
                             r"(?P<rest>[^\n>→]*[,、][^\n>→]*)$")


def _line_of_cue(text: str, cue: str) -> str:
    """An answer that also gives other cues' lists, one line each (a base model continuing
    a few-shot prompt): the list of the line that names `cue`, when other lines name other
    cues; or, when no line names it, the list before the first such line."""
    target = normalise_word(cue)
    lines = text.split("\n")
    labelled = []
    for i, line in enumerate(lines):
        m = _QUOTED_CUE_LINE.match(line) or _ARROW_CUE_LINE.match(line)
        if m is not None:
            labelled.append((i, normalise_word(m.group("label")), m.group("rest")))
    others = [i for i, label, _ in labelled if label != target]
    arrows_or_quotes = sum(1 for line in lines if "->" in line or "→" in line or "=>" in line
                           or '"' in line or "“" in line)
    if not others or 2 * len(labelled) < arrows_or_quotes:
        return text  # most such lines are glosses ("Love → the feeling …"), not other cues
    own = [rest for _, label, rest in labelled if label == target]
    if own and own[-1].strip():
        return own[-1]
    head = "\n".join(lines[:others[0]])
    if not own and len(_parse(head, ranking=False, cue=cue).words) >= 2:
        return head
    return text


_ONE_ARROW = re.compile(r"^[^\n→>]{1,60}?\S[ ]*(?:→|->)[ ]*\S[^\n→>]*$")


def _arrow_glosses(text: str) -> str:
    """Lines "Love → the feeling most kisses express", three or more making up half the
    answer's lines at least, one arrow each: the arrow opens a gloss, as a dash does."""
    lines = text.split("\n")
    arrows = [i for i, line in enumerate(lines) if _ONE_ARROW.match(line)]
    if len(arrows) < 3 or 2 * len(arrows) < sum(1 for line in lines if line.strip()):
        return text
    for i in arrows:
        lines[i] = re.sub(r"[ ]*(?:→|->)[ ]*", " - ", lines[i], count=1)
    return "\n".join(lines)


# The project's instruction for a cue, opening an answer (a base model continuing with
# another cue's prompt and list): 'List the words … read the word "tree". …'.
_PROMPT_FOR = re.compile(r"\s*(?:list the words that come to mind when you read the word|请列出看到)"
                         r"\s*[\"“]([^\"”\n]{1,30})[\"”]", re.I)
# A line that moves on to another quoted cue ('Now try it with "red":', 'Teacher: Good. Now
# try the word "freedom".', "再想想“老子”。", "那么看到“凤”这个词呢？"), or gives an example for one
# ('For example, for the word "cat" you might write: …', "例如，看到“太阳”，可以联想到：…"), also
# after a sentence ("联想词是指…。例如，看到“苹果”可能会想到水果、红色。").
_NEXT_CUE = re.compile(r"^[^\n]*?(?:\b(?:now|next)\b[^\n]*?\b(?:try|do|list|give|write|think)\b|再想想|再来|"
                       r"那么|下一个|换成)[^\n]*?[\"“「]([^\"”」\n]{1,20})[\"”」]", re.I | re.M)
_EXAMPLE_CUE = re.compile(r"(?:^|(?<=[。!?]))[ ]*(?:例如|比如|for example|e\.g\.)[^\n]*?[\"“]([^\"”\n]{1,20})[\"”]"
                          r"[^\n]*\n?", re.I | re.M)
# "Label: list" lines, one per cue ("1. Key: lock, door", "Mozart: music, …", "黑：黑暗、夜晚").
_LABELLED_LIST = re.compile(r"^[ ]*(?:\d{1,3}[.)、][ ]*)?(?:\*\*)?(?P<label>[^\n:,、*]{1,30}?)(?:\*\*)?[ ]*:[ ]*"
                            r"(?P<rest>[^\n]*[,、][^\n]*)$", re.M)


def _names(m: re.Match, cue: str) -> bool:
    return normalise_word(m.group(1)) == normalise_word(cue)


def _other_cues_left_out(text: str, cue: str) -> str:
    """The answer without what belongs to other cues: an example line for one, the text from
    a line that moves on to one (after a list), and of "Label: list" lines, one per cue, the
    line of `cue` alone."""
    low = text.lower()
    if "例如" in text or "比如" in text or "example" in low or "e.g." in low:
        text = _EXAMPLE_CUE.sub(lambda m: m.group(0) if _names(m, cue) else "", text)
    for m in _NEXT_CUE.finditer(text):
        if not _names(m, cue) and _holds_a_list(text[:m.start()]):
            text = text[:m.start()]
            break
    if ":" in text:
        labelled = [(normalise_word(m.group("label")), m.group("rest")) for m in _LABELLED_LIST.finditer(text)]
        own = [rest for label, rest in labelled if label == normalise_word(cue)]
        if own and len(own) < len(labelled):
            return own[0]
    return text


# The instruction for another cue after the list, with the role or label before it.
_LATER_PROMPT = re.compile(r"(?:[ ]*(?:#+[ ]*)?(?:user|human|q|question|instructions?|prompt|用户|问)[ ]*:)?"
                           + _PROMPT_FOR.pattern, re.I)


def _labels_a_list(rest_of_line: str) -> bool:
    """Whether what follows the cue and a dash or an ellipsis is a list with separators of
    its own: the cue is its label ("父亲——沉默、背影"), not the first item of a list the dashes
    or ellipses separate ("Forest... trees... green") nor a word glossed ("Coffee - the drink")."""
    return bool(SEPARATORS.search(rest_of_line)) and _DASH_OR_ELLIPSIS.search(rest_of_line) is None


def _before_a_later_prompt(text: str, cue: str) -> str:
    """The answer up to the project's instruction for another cue written after the list,
    glued to its last word or on a line of its own (a base model going on to the next cue:
    "…, feather, weight List the words that come to mind when you read the word "dark".")."""
    for later in _LATER_PROMPT.finditer(text, 1):
        if not _names(later, cue):
            return text[:later.start()] if _holds_a_list(text[:later.start()]) else text
    return text


# An encyclopedia entry for a cue, as its first line: "“孔子”（公元前551年—公元前479年），名丘，字仲尼，
# …是中国古代著名的思想家…。", "Confucius (551–479 BC) was a Chinese philosopher …".
_ENTRY = re.compile(r"\s*[\"“']?([^\"“”'()\n,]{1,30}?)[\"”']? ?\([^()\n]{1,60}\) ?(?:,|(?=is|was|是))")
_ENTRY_VERB = re.compile(r"是|\b(?:is|was) (?:a|an|the|one)\b")


# A model saying it read the cue as another word: 'It seems like you meant "丈夫" rather than
# "大夫".', "我想您可能指的是“蜂蜜”。", "您是指“枇杷”吗？" (after NFKC, "“" and "”" stay).
_MISREAD = re.compile(r"(?:you (?:probably |might have |may have )?meant?|did you mean|i think you mean|"
                      r"assuming you meant|可能(?:是)?指的?是|您?是(?:不是)?想说|您指的是|您?是指|应该是指)\s*[“\"「]"
                      r"([^”\"」\n]{1,20})[”\"」]", re.I)


def _misread(text: str, cue: str) -> str:
    """The paragraph where the model says it read `cue` as another word and goes on with
    that word (its last quoted word is not the cue): the list after it is that word's. ''
    when there is none."""
    m = _MISREAD.search(text) if "mean" in text or "指" in text or "想说" in text else None
    if m is None or normalise_word(m.group(1)) == normalise_word(cue):
        return ""
    start = text.rfind("\n\n", 0, m.start()) + 1
    end = text.find("\n\n", m.end())
    paragraph = text[start:end if end >= 0 else len(text)]
    quoted = _QUOTED_WORD.findall(paragraph[m.end() - start:])
    return paragraph.strip() if normalise_word((quoted or [m.group(1)])[-1]) != normalise_word(cue) else ""


# The chat's turns written out in the answer, a model rewriting the one-shot exchange before
# its own or inventing more: "User: apple / Assistant: fruit, … / User: guitar / Assistant: …",
# "用户：请列出看到“狗”这个词时… / 助手：猫，宠物，…".
_USER_TURN = re.compile(r"^[ *]*(?:user|human|用户)[ *]*[:：][ ]*(?P<rest>.*)$", re.I | re.M)
_ASSISTANT_TURN = re.compile(r"^[ *]*(?:assistant|助手)[ *]*[:：][ ]*", re.I | re.M)
_QUOTED_WORD = re.compile(r"[“\"'「]([^”\"'」\n]{1,30})[”\"'」]")


def _turn_of_cue(text: str, cue: str) -> str:
    """The assistant turn after the last user turn that names `cue` (alone, or quoted in
    the prompt), when the answer writes out two user turns or more; else the text."""
    users = list(_USER_TURN.finditer(text))
    target = normalise_word(cue)
    named = [m for m in users if normalise_word(m.group("rest")) == target
             or any(normalise_word(q) == target for q in _QUOTED_WORD.findall(m.group("rest")))]
    if len(users) < 2 or not named:
        return text
    end = next((u.start() for u in users if u.start() > named[-1].end()), len(text))
    reply = _ASSISTANT_TURN.search(text, named[-1].end(), end)
    return text[reply.end():end] if reply is not None else text


# A deliberating answer ends with its list: "Final answer: …", "最终答案：…".
_FINAL_ANSWER = re.compile(r"final[ ]*answer|最终答案|最终回答", re.I)


def parse_answer(text: str, cue: str | None = None, truncated: bool = False) -> ParsedAnswer:
    """The association list in a model's answer (module docstring for the rules); `cue`,
    when given, lets a first line that only repeats it count as a heading. An answer that
    deliberates and ends with "Final answer: …" / "最终答案：…" is read after that marker
    (when at least two words follow it). `truncated`: generation stopped at its token
    limit, so an unfinished last item ("15. Destruc") is dropped (`answer_text.cut_unfinished`;
    a complete word just before the limit is dropped too: the text cannot tell them apart)."""
    if not isinstance(text, str):
        raise TypeError(f"parse_answer expects a string, got {type(text).__name__}")
    if (wrapped := response_text(text)) is not None:
        text = wrapped  # saved inside an API response or a message object
    if cue and (m := _PROMPT_FOR.match(text)) is not None and not _names(m, cue):
        return ParsedAnswer((), "empty", (("preamble", m.group(0)),))  # another cue's prompt
    if cue and (":" in text or "：" in text) and _USER_TURN.search(text) is not None:
        text = _turn_of_cue(text, cue)
    text = _prepare(text)
    if truncated:
        text = cut_unfinished(text)
    if cue and (misread := _misread(text, cue)):
        left_out = Dropped()
        left_out.add("preamble", misread)
        return ParsedAnswer((), "empty", left_out.result())  # a list for the word it read
    if cue and ("请列出看到" in text or "read the word" in text):
        text = _before_a_later_prompt(text, cue)
    text = json_list(text) or text
    if cue and ("(" in text or "/" in text) and HAN.search(cue):
        text = _han_glosses_first(text, cue)
    if cue and "(" in text and (entry := _ENTRY.match(text)) is not None and _names(entry, cue) and (
            _ENTRY_VERB.search(text.partition("\n")[0])):
        text = "# " + text.lstrip()  # the cue's encyclopedia entry: a heading, no list
    text = _section_of_cue(text, cue)
    if cue and "\n" in text:
        text = _other_cues_left_out(text, cue)
    if "→" in text or "->" in text:
        text = _arrow_glosses(text)
    if cue and "\n" in text and ('"' in text or "“" in text or "->" in text or "→" in text
                                  or "=>" in text):
        text = _line_of_cue(text, cue)
    if cue and (label := _LEADING_CUE.match(text)) is not None and (
            normalise_word(label.group("label")).rstrip(_PARTICLES) == normalise_word(cue)) and (
            label.group("arrow") or _labels_a_list(text[label.end():].partition("\n")[0])):
        text = text[label.end():]  # "snake -> venom; hiss", "父亲——沉默、背影", "大海……蓝色，海浪"
    if ".." not in text:
        return _read(text, cue)
    if cue:
        text = _without_musing(text, cue)
    narrated = _narration_as_list(text)
    if narrated == text:
        return _read(text, cue)
    parsed = _read(narrated, cue)
    return ParsedAnswer(tuple(w for w in parsed.words if w not in _HESITATIONS), parsed.rule, parsed.dropped)


def _read(text: str, cue: str | None) -> ParsedAnswer:
    """parse_answer of a text that holds only the cue's answer: after a "Final answer:"
    marker, or after a line that concludes a deliberation (`_concluded`), or the whole."""
    finals = list(_FINAL_ANSWER.finditer(text)) if ("answer" in text.lower() or "最终" in text) else []
    if finals:
        after = _parse(_after_marker(text[finals[-1].end():]), ranking=False, cue=cue)
        if len(after.words) >= 2:
            return after
    parsed = _parse(text, ranking=False, cue=cue)
    if ":" in text and "\n" in text:
        concluded = _concluded(text, cue)
        if concluded is not None and concluded.words != parsed.words:
            return concluded
    return parsed


# Narrated association (a persona answering "quickly"): "Hmm… winter… okay, snow first. Then
# cold… Christmas…", "孤独啊……一个人吃饭……深夜". After NFKC an ellipsis is "...".
_HESITATIONS = FILLERS | {"huh", "ooh", "ugh", "hm", "hmmm", "umm", "uhh", "er", "erm", "yep", "then",
                          "嗯嗯", "然后"}
_PARTICLES = "啊嘛呢呀吧"
_MUSING_STEP = re.compile(r"[ *\"“]*(?P<token>[^\s,、.!?…—\"”*]{1,30})[*\"”]*"
                          r"(?P<pause>[ ]*(?:\.{2,}|[,、!?]|—+)[ ]*)")
_PAUSE_BETWEEN_WORDS = re.compile(r"(?<=[^\W_])[ ]*\.{2,}[ ]*(?=[^\W\d_])")
MAX_MUSING_STEPS = 6


def _without_musing(text: str, cue: str) -> str:
    """The answer without the cue mused over before its list ("Hmm… winter… okay, snow",
    "Rain, huh... umbrella", "Okay, fire... hot", "孤独啊……一个人吃饭", "嗯……咖啡……然后是早上"):
    an opening run of hesitations and the cue, with a hesitation or a particle (啊, 嘛) in it
    and an ellipsis. The cue that opens a list without them stays ("Forest... trees...")."""
    target, pos, end = normalise_word(cue), 0, 0
    cue_seen = musing = ellipsis = False
    for _ in range(MAX_MUSING_STEPS):
        m = _MUSING_STEP.match(text, pos)
        if m is None:
            break
        token = normalise_word(m.group("token"))
        if token in _HESITATIONS:
            musing = True
        elif token == target or token.rstrip(_PARTICLES) == target:
            cue_seen, musing = True, musing or token != target
        else:
            break
        ellipsis = ellipsis or ".." in m.group("pause")
        pos = end = m.end()
    return text[end:] if cue_seen and musing and ellipsis else text


def _narration_as_list(text: str) -> str:
    """Lines whose words two ellipses or more separate ("coffee… then eggs… bacon"), with
    commas for those ellipses; other text as it is ("因为……所以……是一组关联词" has one)."""
    if len(_PAUSE_BETWEEN_WORDS.findall(text)) < 2:
        return text
    return "\n".join(_PAUSE_BETWEEN_WORDS.sub(", ", line) if _narrated(line) else line
                     for line in text.split("\n"))


def _narrated(line: str) -> bool:
    """Two ellipses or more between words, and every piece between them and the commas
    short (four Latin words, eight Han characters)."""
    if len(_PAUSE_BETWEEN_WORDS.findall(line)) < 2:
        return False
    pieces = SEPARATORS.split(_PAUSE_BETWEEN_WORDS.sub(",", line))
    return all(len(p.split()) <= 4 and len(HAN.findall(p)) <= 8 for p in pieces)


# A line that closes a deliberation by giving the list: "So my list is:", "Ranking them:",
# "Putting those in a single comma-separated list, strongest first:", "整理后，按联想强弱排序：",
# "我的答案（按联想强度排序）：", "总结一下：…": one of these words before the line's colon.
_CONCLUDING = re.compile(r"\b(?:so|finally|final|ranked|ranking|in order|ordering|ordered|picking|"
                         r"combining|putting|as requested|in summary|to sum up|summing up|my list|"
                         r"the list|(?:my )?answer|short version|based on)\b|答案|排序|排列|整理|总结|列表|综上|"
                         r"简短版|简洁版|最终", re.I)
MAX_CONCLUDING_LABEL = 170       # characters before the colon of a concluding line
MIN_CONCLUDED_WORDS = 3


def _concluded(text: str, cue: str | None) -> ParsedAnswer | None:
    """The list after the last line that concludes a deliberation (not the answer's first
    line), when it holds at least MIN_CONCLUDED_WORDS words: the words weighed before it
    are not the answer ("My first thought is fruit, obviously. Then red, … Ranking them:
    fruit, red, tree"). A list on the marker's own line is read alone, and only after a
    label of two words or more ("So my list is: …", "总结一下：…"; not "Final: a gloss")."""
    lines = text.split("\n")
    ends = list(itertools.accumulate(len(line) + 1 for line in lines))
    first = next(i for i, line in enumerate(lines) if line.strip())
    for i in range(len(lines) - 1, first, -1):
        colon = lines[i].find(":")
        if 0 <= colon <= MAX_CONCLUDING_LABEL and _CONCLUDING.search(lines[i], 0, colon):
            break
    else:
        return None
    label, rest_of_line = lines[i][:colon], lines[i][colon + 1:]
    if rest_of_line.strip(" *"):
        words = normalise_word(label)
        if len(words.split()) < 2 and len(HAN.findall(words)) < 3 and (
                ("答案" not in words and words != "answer")
                or any(line.startswith(label) for line in lines[:i])):
            return None  # "Final: a gloss"; "答案：… / 答案：…" repeated concludes nothing
        rest = _after_marker(rest_of_line)
    else:
        rest = text[ends[i]:]
    after = _parse(rest, ranking=False, cue=cue)
    return after if len(after.words) >= MIN_CONCLUDED_WORDS else None


# --- rankings ---------------------------------------------------------------------------------

def _marker_pattern(markers: tuple[str, ...]) -> re.Pattern:
    forms = sorted({unicodedata.normalize("NFKC", m).strip() for m in markers}, key=len,
                   reverse=True)
    return re.compile("|".join(r"[ ]*".join(map(re.escape, m.split())) for m in forms), re.I)


_DEFAULT_MARKERS = _marker_pattern(RANKING_MARKERS)
_QUOTES = ("\"", "“", "'", "「")


def _json_ranking(text: str, markers: re.Pattern) -> str | None:
    """The ranking of an answer written as a JSON object with a marker key ('"Final
    Ranking": ["hot", "ice"]' or '"最终排名": "热，冰"'), one item a line; None otherwise."""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(value, dict):
        return None
    for key, ranked in value.items():
        if isinstance(key, str) and markers.fullmatch(key.strip().rstrip(":")):
            if isinstance(ranked, list) and all(isinstance(w, str) for w in ranked):
                return "\n".join("- " + " ".join(w.split()) for w in ranked)
            if isinstance(ranked, str):
                return ranked
    return None


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


def parse_ranking(text: str, markers: tuple[str, ...] = RANKING_MARKERS,
                  truncated: bool = False) -> ParsedAnswer:
    """The final ranking in a model's answer: after the last "Final Ranking" / "最终排名"
    marker (or one of `markers`) followed by at least two words, the rest of its line
    (alone: what follows it on the next lines is a remark, unless the line ends in a
    separator), or else the first list (block or paragraph) below it. Rule ``no_marker``
    when the answer has no marker. `truncated`: generation stopped at its token limit, so
    an unfinished last word ("…, gallop, race, ma") is dropped, as in `parse_answer`."""
    if not isinstance(text, str):
        raise TypeError(f"parse_ranking expects a string, got {type(text).__name__}")
    if (wrapped := response_text(text)) is not None:
        text = wrapped
    text = _prepare(text)
    if truncated:
        text = cut_unfinished(text)
    pattern = _DEFAULT_MARKERS if markers == RANKING_MARKERS else _marker_pattern(markers)
    if text.lstrip()[:1] == "{" and (listed := _json_ranking(text, pattern)) is not None:
        return _parse(listed, ranking=True)  # '{"explanation": "…", "Final Ranking": ["hot", …]}'
    # A marker right after a quote is named, not used: an echoed prompt ('with "Final Ranking:"').
    found = [m for m in pattern.finditer(text) if text[m.start() - 1:m.start()] not in _QUOTES]
    if not found:
        return ParsedAnswer((), NO_MARKER)
    best = None
    for m in reversed(found[-MAX_MARKERS_TRIED:]):
        rest = text[m.end():]
        line = rest.split("\n", 1)[0]
        if "\n" in rest and not line.rstrip().endswith((",", "、", ";")):
            parsed = _parse(_after_marker(line), ranking=True)  # "Final Ranking: a, b, c"
            if len(parsed.words) >= 2:
                return parsed
        parsed = _parse(_after_marker(rest), ranking=True)
        if len(parsed.words) >= 2:
            return parsed
        best = best or parsed
    return best
