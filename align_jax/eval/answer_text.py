"""One plain form of a model's answer, before the parser looks for its list.

Generators leave more than the answer in their text: a reasoning model's "<think>…</think>",
chat-template tokens (`<|eot_id|>`, `<|im_end|>`), and, when decoding ran past the end of
the turn, the start of a hallucinated next turn ("<|im_start|>user\nList the words …", or
with special tokens skipped a bare "user" line and the next prompt, a "User: …" line, or
the next prompt alone: "请列出…", "List the words that come to mind…", "Give exactly 5
words…", "What do you think of when you hear…", "看到“水”你…"); with special tokens
skipped, the turn's own header can open the text as a bare "assistant" line. Code fences
("```json") around a list are dropped, and so is the prompt echoed as the first line
("请列出…" / "User: List the words…", with the "助手：" label after it). Keycap digits
("1️⃣ Cold") number items. A base model's next exercise ("Exercise 2", "二、阅读下面的文字…")
and a role name glued to the last word ("…餐厅assistant") end the answer too. Markdown escapes
("01\\. Railway") and full-width forms ("１．", "，") are rewritten as what they mean, and so is
what a generations file's storage did to an answer (escaped twice: a literal "\\n", "\\u4f60";
HTML entities: "&quot;"). A pipeline that kept the whole prompt before the answer ("<|im_start|>
system…", "### Instruction: … ### Response:", "[Round 1] 问：… 答：") is read after the first
assistant header.
"""

from __future__ import annotations

import ast
import html
import itertools
import json
import re
import unicodedata

MAX_CHARS = 100_000

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2060\ufeff]")
_THINK_START = re.compile(r"<think>", re.I)
_THINK_END = re.compile(r"</think>", re.I)
# A final answer written inside a thought that never closed: "**Final Answer**", "所以最终的答案是：".
_FINAL_IN_THOUGHT = re.compile(r"(?:\*\*)?final answer(?:\*\*)?[ ]*[:：]?(?:\*\*)?|最终(?:的)?答案(?:是|为)?[ ]*[:：]?",
                               re.I)
# A role header that opens the text: "<|start_header_id|>assistant<|end_header_id|>".
_OPENING_ROLE = re.compile(r"^\s*(?:<\|start_header_id\|>\s*\w+\s*<\|end_header_id\|>"
                           r"|<\|im_start\|>\s*\w+\b|<start_of_turn>\s*\w+\b)", re.I)
# Where a turn ends or another begins.
# DeepSeek's tokens use full-width bars and "▁": "<｜end▁of▁sentence｜>", "<｜User｜>".
_TURN_BOUNDARY = re.compile(r"<\|(?:im_end|eot_id|endoftext|end|im_start|start_header_id|"
                            r"eom_id)\|>|<[|｜](?:end▁of▁sentence|user|assistant)[|｜]>"
                            r"|</s>|<end_of_turn>|<start_of_turn>|\[INST\]", re.I)
_CHAT_TOKENS = re.compile(r"<[|｜][a-z_▁]{1,30}[|｜]>|</?s>|\[/?INST\]|<(?:start|end)_of_turn>", re.I)
# A bare role line followed by a prompt-like line (a next turn decoded without its tokens):
# 25 characters, or 10 with Han text (a Mandarin prompt is short: "请列出你看到“爸爸”这个词时想到的词语").
_BARE_TURN = re.compile(r"\n[ ]*(?:user|assistant|system|human)[ ]*:?[ ]*\n[ ]*"
                        r"(?=\S[^\n]{24,}|(?=[^\n]*[\u3400-\u9fff])\S[^\n]{9,})", re.I)
# The same next turn written as "User: <prompt>" on one line, or the next prompt itself
# echoed without a role: the openings of the project's instructions and the usual others.
_NEXT_TURN = re.compile(r"\n[ ]*(?:(?:user|human|用户)[ ]*[:：][ ]*(?=\S[^\n]{24,}|(?=[^\n]*[\u3400-\u9fff])"
                        r"\S[^\n]{9,})|(?:\d{1,3}[.)、][ ]*)?(?:list the words that come to mind|"
                        r"please list|what are the (?:first )?(?:\d+ )?words|give (?:me )?(?:exactly )?"
                        r"\d+ words|name \d+ words|what do you (?:think of|associate)|"
                        r"请列出|请给出|请写出|看到“[^”\n]{1,12}”你|(?:exercise|question|problem|task) \d+\b|"
                        r"[一二三四五六七八九十]{1,2}、[ ]*(?:阅读|根据|请|写|完成|回答|选择|填空)))", re.I)
_ESCAPE = re.compile(r"\\([.)(#*_\-\[\]>!+`|])")
# A role name alone on the answer's first line: the chat header of the turn decoded without
# its special tokens (Llama: "assistant\n\n", Qwen: "assistant\n"), when a blank line, a
# separated list, a numbered or bulleted item follows it (a one-word-per-line list may start
# with the word "assistant").
_BARE_OPENING_ROLE = re.compile(r"^\s*(?:assistant|model)[ ]*:?[ ]*\n(?=[ ]*\n|[^\n]*[,，、;；]|"
                                r"[ ]*(?:\d{1,3}[.)、]|[-*•])[ ]*\S)", re.I)
# A markdown code fence line ("```json", "```", "~~~"): the list is inside it.
_FENCE = re.compile(r"^[ ]*(?:```|~~~)[\w+-]*[ ]*$", re.M)

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


def _one_turn(text: str) -> str:
    """The reasoning-free text of the answer's own turn."""
    ends = list(_THINK_END.finditer(text))
    if ends:
        text = text[ends[-1].end():]
    elif (start := _THINK_START.search(text)) is not None:
        # It never stopped thinking: its answer is only what a final answer line gives there.
        finals = list(_FINAL_IN_THOUGHT.finditer(text, start.end()))
        text = text[:start.start()] + (text[finals[-1].end():] if finals else "")
    text = _OPENING_ROLE.sub("", text, count=1)
    for boundary in _TURN_BOUNDARY.finditer(text):
        if text[:boundary.start()].strip():
            text = text[:boundary.start()]
            break
    return _CHAT_TOKENS.sub("\n", text)


# Where an item of a list can end: a newline or a separator (`answer_items.SEPARATORS`).
_ITEM_END = re.compile(r"[\n,，、;；]| (?=\d{1,3}[.)、](?!\d))")  # or before an inline "7. "
_GLOSS_OPEN = re.compile(r"[(（\[【]|\s[-–—]+\s|——|:|：")


def cut_unfinished(text: str) -> str:
    """The text of an answer stopped by the token limit, without its unfinished last item
    ("…14. Fireplace\n15. Destruc", "tide, coral, dolph"): cut after the last newline or
    separator. Kept whole when the last item is complete and only its gloss was running
    ("15. Ember (the glowing"), or when it ends like a finished item (". ! ? 。 ) **")."""
    stripped = text.rstrip(" ")
    if not stripped or stripped[-1] in "\n.!?。！？)）】]*\"”'":
        return text
    ends = list(_ITEM_END.finditer(stripped))
    if not ends:
        return text
    tail = stripped[ends[-1].end():]
    if _GLOSS_OPEN.search(tail.lstrip(" -*•0123456789.)、")):
        return text
    return stripped[:ends[-1].end()]


# What every _NEXT_TURN alternative holds, lowercased: most answers hold none, and the
# pattern's case-blind alternation over every line costs more than this look.
_TURN_KEYS = ("user", "human", "用户", "list", "what ", "give ", "name ", "请", "看到", "exercise",
              "question", "problem", "task", "、")


def _may_turn(text: str) -> bool:
    low = text.lower()
    return any(key in low for key in _TURN_KEYS)


def _may_be_role(text: str) -> bool:
    """Whether a role name _BARE_TURN looks for can be in the text (ASCII text: a cheap
    look; other text may hold letters that match ASCII ones ignoring case, "ſ" for "s")."""
    if not text.isascii():
        return True
    low = text.lower()
    return "user" in low or "assistant" in low or "system" in low or "human" in low


def holds_a_list(text: str) -> bool:
    """Text that can be an answer before a next turn: separated words or two lines (not a
    lone "Sure!" before the model restates the instruction)."""
    return bool(_ITEM_END.search(text.strip()))


# A keycap digit ("1️⃣ Cold"): the digit, a variation selector, the combining keycap.
_KEYCAP = re.compile(r"(\d)\ufe0f?\u20e3[ ]*")
# The prompt echoed as the answer's first line ("请列出看到“家”这个词时…", "User: List the
# words …"), and the role label of the answer after it ("助手：温暖，父母", "Assistant: …").
_ECHOED_PROMPT = re.compile(r"^\s*(?:(?:user|human|用户|问)[ ]*:[ ]*)?(?:list the words that come to mind|"
                            r"请列出|请给出|请写出)[^\n]*\n+(?:[ ]*(?:assistant|助手|答)[ ]*:[ ]*)?", re.I)


# The project's instruction echoed as a sentence that opens the answer (repeated, or cut by
# the token limit, or only its second sentence): "请列出看到“蜡烛”这个词时…最前面。请列出…",
# "List the words … first.", "Give between 5 and 10 words, … associated first."
_PROMPT_SENTENCE = re.compile(r"^\s*(?:请列出[^\n。]*(?:。|$)|共\d+到\d+个[,，]?用逗号分隔[^\n。]*(?:。|$)"
                              r"|(?:list the words that come to mind|give between \d+ and \d+ words)"
                              r"[^\n]*?(?:associated first\.?|$))", re.I)
# A base model continuing the instruction before its list: "Then explain why.\n", "Do not
# repeat any word.\n", "不要重复。\n" (a whole first line, with more lines after it).
_INSTRUCTION_LINE = re.compile(r"^\s*(?:(?:then,? )?(?:write|explain|give|use|do not|don't|make sure|remember|"
                               r"try to|please|your answer)\b[^\n.:]*[.:]|(?:不要|请|注意)[^\n。]*。)[ ]*\n(?=\s*\S)",
                               re.I)
# A role name glued to the last word of a turn by a generator that dropped the special
# token ("…，餐厅assistant\n\n饭"): the turn ends there.
_GLUED_ROLE = re.compile(r"(?<=[\u3400-\u9fff.。!?！？])(?:assistant|user)[ ]*(?=\n|$)")
# The model's own role alone on a line, then more text: a turn it went on to invent.
_ROLE_LINE = re.compile(r"\n[ ]*assistant[ ]*:?[ ]*\n(?=\s*\S)", re.I)


def _cut_at_role_line(text: str) -> str:
    """The text before an "assistant" line that follows a separated list ("…, battery,
    contact\nassistant\n\ncall, mobile"): a one-word-per-line list may name "assistant"
    as an association, but not after a line of separated words."""
    for m in _ROLE_LINE.finditer(text):
        above = text[:m.start()].rsplit("\n", 1)[-1]
        if _ITEM_END.search(above):
            return text[:m.start()]
    return text


# LaTeX around a final answer: "\\[ \\boxed{\\text{song, melody}} \\]".
_LATEX_WRAP = re.compile(r"\\(?:boxed|text|textbf|textit|mathrm|mathbf)\{([^{}]*)\}")
_LATEX_DISPLAY = re.compile(r"\\\[|\\\]|\$\$")


def _unwrap_latex(text: str) -> str:
    """The text inside LaTeX wrappers (a reasoning model's boxed final answer)."""
    if "\\boxed" not in text and "\\text" not in text:
        return text
    for _ in range(3):  # nested wrappers, innermost first
        text = _LATEX_WRAP.sub(r"\1", text)
    return _LATEX_DISPLAY.sub("", text)


def prepare(text: str) -> str:
    """The answer as the parser reads it: one turn, no control characters or markdown
    escapes, NFKC (full-width forms as ASCII), typographic apostrophes as "'"."""
    text = text[:MAX_CHARS]
    if "\\" in text or "&" in text:
        text = _as_written(text)
    if (m := _PROMPT_OPENING.match(text)) is not None and (
            answer := _ANSWER_OPENING.search(text, m.end())) is not None:
        text = text[answer.end():]  # the whole prompt kept before the answer
    if "<" in text or "[INST]" in text:
        text = _one_turn(text)
    if "\n" in text:
        if _may_be_role(text) and (m := _BARE_TURN.search(text)) is not None and text[:m.start()].strip():
            text = text[:m.start()]
        if "ssistant" in text:
            text = _cut_at_role_line(text)
        if _may_turn(text) and (m := _NEXT_TURN.search(text)) is not None and holds_a_list(
                text[:m.start()]):
            text = text[:m.start()]
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", _unwrap_latex(text))
    if text.isascii():
        text = text.replace("\r", "\n").replace("\t", "    ")
        text = _CONTROL.sub("", text) if not text.isprintable() else text
    else:
        text = unicodedata.normalize("NFKC", _CONTROL.sub("", text.translate(_NUMBER_SIGNS)))
        text = text.replace("’", "'").replace("‘", "'")
    if "```" in text or "~~~" in text:
        fences = list(_FENCE.finditer(text))
        if len(fences) >= 4:
            text = text[:fences[1].start()]  # the first fenced block; later ones are other cues'
        text = _FENCE.sub("", text)
    if "\n" in text:
        text = _without_page_debris(text)
    if "\u20e3" in text:
        text = _KEYCAP.sub(r"\1. ", text)
    if "\n" in text and (m := _ECHOED_PROMPT.match(text)) is not None and text[m.end():].strip():
        text = text[m.end():]
    while (m := _PROMPT_SENTENCE.match(text) or _INSTRUCTION_LINE.match(text)) is not None:
        text = text[m.end():]   # the instruction echoed on the answer's own line, maybe again
    if "assistant" in text or "user" in text:
        text = _GLUED_ROLE.split(text, maxsplit=1)[0]
    if "\n" in text:
        text = _BARE_OPENING_ROLE.sub("", text, count=1)
    if "*" in text and text.count("*") != 2 * text.count("**"):  # a single asterisk: maybe an action
        text = _STAGE_DIRECTION.sub("", text)
    if text.lstrip()[:1] == "(":
        text = _OPENING_ASIDE.sub("", text, count=1)
    return text


# What a pipeline's storage did to an answer: escaped twice (JSON inside JSON: "\\n" for a
# newline, "\\u4f60" for 你, '\\"' for '"') or written for a web page ("&quot;", "&amp;").
_UNICODE_ESCAPE = re.compile(r"\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})"
                             r"|\\u([0-9a-fA-F]{4})")
_JSON_ESCAPE = re.compile(r"\\([nrt\"\\/])")
_JSON_CHARS = {"n": "\n", "r": "", "t": "    ", '"': '"', "\\": "\\", "/": "/"}
_NEWLINE_IN_A_WORD = re.compile(r"\\n[a-z]")  # one "\\n" before a letter: a path ("C:\\notes")
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});")


def _code_point(m: re.Match) -> str:
    if m.group(3):
        return chr(int(m.group(3), 16))
    high, low = int(m.group(1), 16), int(m.group(2), 16)  # a surrogate pair: one character
    return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))


def _as_written(text: str) -> str:
    """The answer as the model wrote it, from a generations file that escaped it twice or
    for HTML. Literal "\\n" are newlines only where they outnumber the real ones (and a
    lone one is not glued to a word)."""
    if "\\u" in text:
        text = _UNICODE_ESCAPE.sub(_code_point, text)
    literal = text.count("\\n")
    if literal and literal >= text.count("\n") and (literal >= 2 or _NEWLINE_IN_A_WORD.search(text) is None):
        text = _JSON_ESCAPE.sub(lambda m: _JSON_CHARS[m.group(1)], text)
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    return text


# The whole prompt kept before the answer (a pipeline that returned prompt and completion):
# a chat template's system or user turn, an instruction format, ChatGLM's "[Round 1] 问：";
# the answer follows the first assistant header.
_PROMPT_OPENING = re.compile(r"\s*(?:<\|begin_of_text\|>|<s>)?\s*(?:<\|im_start\|>\s*(?:system|user)\b|"
                             r"<\|start_header_id\|>\s*(?:system|user)\s*<\|end_header_id\|>|\[INST\]|"
                             r"<start_of_turn>\s*user\b|below is an instruction|###\s*instruction\s*:|"
                             r"\[round \d+\]|问\s*[:：])", re.I)
_ANSWER_OPENING = re.compile(r"<\|im_start\|>\s*assistant\b|<\|start_header_id\|>\s*assistant\s*<\|end_header_id\|>|"
                             r"\[/INST\]|<start_of_turn>\s*model\b|###\s*response\s*:|^\s*答\s*[:：]",
                             re.I | re.M)


# Role-play stage directions: "*thinks for a moment*", "*sighs*", "*挠挠头*", "*笑*" (an
# action in single asterisks; italic words stay), and an aside that opens the answer:
# "（想了一下）", "(作为一个正在被期末折磨的大学生)", "(thinking)".
_ACTIONS = (r"(?:thinks|thinking|sighs|sighing|smiles|smiling|laughs|laughing|grins|pauses|nods|closes|opens|"
            r"scratches|shrugs|leans|taps|ponders|blinks|chuckles|giggles|hums|clears|rubs|tilts|"
            r"looks|whispers|winks|considers|reflects)\b[^*\n]{0,40}"
            r"|(?:想了想|想了一下|想一想|挠挠头|挠头|笑|微笑|叹气|点头|摇头|沉思|思考|停顿|眨眨眼)[^*\n]{0,10}")
_STAGE_DIRECTION = re.compile(r"(?<!\*)\*(?:" + _ACTIONS + r")\*(?!\*)[ ]*", re.I)
_OPENING_ASIDE = re.compile(r"^\s*\((?:" + _ACTIONS + r"|作为[^()\n]{1,30}|as an? [^()\n]{1,40})\)[ ]*", re.I)


# A line of a web page around a text a base model learnt from: the answer ends there
# ("Posted by …", "Related: …", a URL, "© 2015", "上一篇：…", "发布于 2020-05-17"); at the
# answer's start such a line is only dropped ("https://…/obama", "展开全部"). Exam papers too:
# "（10分）", "二、作文（50分）".
_PAGE_DEBRIS_WORDS = (
    r"[ «»|]*(?:posted (?:by|in|on)\b|post a comment|no comments|newer post|older post|"
    r"related:|tags?:|share this|reply #|quote from|leave a (?:comment|reply)|previous (?:post|:)|"
    r"previous:|next post|search for:|recent posts|popular searches|categories:|filed under|"
    r"https?://|www\.|©|copyright\b|all rights reserved|展开全部|本回答由|已赞过|已踩过|"
    r"你对这个回答的评价|发布于|赞同 ?\d|阅读\(\d+\)|评论\(\d+\)|上一篇|下一篇|版权所有|"
    r"[^\n]{0,20}icp备|来源:|责任编辑|\(\d{1,3} ?(?:points?|分)\)$|[_\-]{8,}$|"
    r"[一二三四五六七八九十]{1,2}、[^\n]{0,12}(?:阅读|作文|写作|选择|填空|\(\d+分\)))")
# The first line, then the others after their "\n" (found faster than a multiline "^").
_PAGE_DEBRIS = re.compile(_PAGE_DEBRIS_WORDS, re.I | re.M)
_PAGE_DEBRIS_LINE = re.compile(r"\n" + _PAGE_DEBRIS_WORDS, re.I | re.M)


def _without_page_debris(text: str) -> str:
    """The text before the first line of page or exam debris (such lines at the start are
    dropped, and the search goes on)."""
    while True:
        m = _PAGE_DEBRIS.match(text)
        if m is None:
            m = _PAGE_DEBRIS_LINE.search(text)
            if m is None:
                return text
            if text[:m.start()].strip():
                return text[:m.start()]
        end = text.find("\n", m.start() + 1)
        text = "" if end < 0 else text[end + 1:]


# Where a JSON value can open: "{" or "[" at the start of a line.
_JSON_START = re.compile(r"^[ ]*[\[{]", re.M)
MAX_JSON_TRIES = 3


def _json_items(value, nested: bool = False) -> list[str] | None:
    """The list in a JSON value: an array of strings; an array of objects (the first string
    of each, {"word": "snow", "score": 0.9}); in an object, its longest such list, or its
    keys when every value is a number ({"snow": 0.9, "cold": 0.8}); in an object inside
    another, its lists of strings one after another when all its values are such lists
    (categories: {"associations": {"symbols": ["tree", …], "food": ["cookies", …]}})."""
    if isinstance(value, list):
        if value and all(isinstance(v, str) for v in value):
            return value
        if value and all(isinstance(v, dict) for v in value):
            items = [next((x for x in v.values() if isinstance(x, str)), "") for v in value]
            return [i for i in items if i] or None
        return None
    if isinstance(value, dict) and value:
        if nested and len(value) >= 2 and all(isinstance(v, list) and v and all(isinstance(x, str) for x in v)
                                              for v in value.values()):
            return [x for v in value.values() for x in v]
        lists = [items for v in value.values() if isinstance(v, (list, dict))
                 if (items := _json_items(v, nested=True))]
        if lists:
            return max(lists, key=len)
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value.values()):
            return list(value)
    return None


def json_list(text: str) -> str | None:
    """An answer written as JSON ('{"associations": ["snow", "cold"]}', '["snow", "cold"]',
    possibly after a preamble line) as one item per line ("- snow\n- cold"), for the
    parser to read as a list; None when no JSON value holding a list opens a line. Loose
    JSON as models write it is read too: // comments, trailing commas, Python's quotes
    ({'associations': ['rain']}), and an array cut by the token limit ('["town", "par')."""
    if "{" not in text and "[" not in text:
        return None
    decoder = json.JSONDecoder()
    for start in itertools.islice(_JSON_START.finditer(text), MAX_JSON_TRIES):
        at = start.end() - 1
        items = None
        for loose in (False, True):
            chunk = _loosened(text[at:at + MAX_JSON_CHARS]) if loose else text
            try:
                items = _json_items(decoder.raw_decode(chunk, 0 if loose else at)[0])
            except (ValueError, RecursionError):  # not JSON, or nested past the stack
                items = _python_items(chunk) if loose else None
            if items:
                break
        if not items:
            items = _cut_array(text[at:at + MAX_JSON_CHARS]) or _bare_array(text[at:at + MAX_JSON_CHARS])
        if items:
            return "\n".join("- " + " ".join(item.split()) for item in items)
    return None


MAX_JSON_CHARS = 20_000          # loose readings look at this much after the opening bracket
_LINE_COMMENT = re.compile(r'[ \t]*//[^\n"]*$', re.M)
_TRAILING_COMMA = re.compile(r",(\s*[\]}])")
_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)(?:"|$)')


def _loosened(chunk: str) -> str:
    """JSON without the // comments and trailing commas models add, its curly quotes
    straight ({“associations”: [“雪”, …]})."""
    if "“" in chunk:
        chunk = chunk.replace("“", '"').replace("”", '"')
    return _TRAILING_COMMA.sub(r"\1", _LINE_COMMENT.sub("", chunk))


def _python_items(chunk: str) -> list[str] | None:
    """The list of a Python literal ({'associations': ['rain', 'sky']}), read safely."""
    end = max(chunk.rfind("}"), chunk.rfind("]"))
    if "'" not in chunk or end < 0:
        return None
    try:
        return _json_items(ast.literal_eval(chunk[:end + 1]))
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return None


# An array of bare words, the JSON a model meant: '{"associations": [wood, hammer, saw]}'.
_BARE_ARRAY = re.compile(r"\[([^\[\]{}:\n]*,[^\[\]{}:\n]*)\]")


def _bare_array(chunk: str) -> list[str] | None:
    """The items of the first array whose items are not quoted (two or more; quotes
    around some of them are stripped)."""
    m = _BARE_ARRAY.search(chunk)
    if m is None:
        return None
    items = [_unquoted(item.strip()) for item in m.group(1).split(",")]
    items = [item for item in items if item]
    return items if len(items) >= 2 else None


def _unquoted(item: str) -> str:
    """An array item without its quotes ("\\u96ea" decoded where it is a JSON string)."""
    if len(item) >= 2 and item[0] == item[-1] == '"':
        try:
            return json.loads(item).strip()
        except ValueError:
            pass
    return item.strip("\"'“”‘’").strip()


def _cut_array(chunk: str) -> list[str] | None:
    """The strings of the first array in JSON cut by the token limit ('{"associations":
    ["town", "lights", "par'): every string after its "[", the unfinished last one too
    (`cut_unfinished` drops it when the record says the answer was cut)."""
    bracket = chunk.find("[")
    if bracket < 0 or "]" in chunk[bracket:] or "{" in chunk[bracket:]:
        return None
    items = []
    for m in _STRING.finditer(chunk, bracket):
        try:
            items.append(json.loads('"' + m.group(1) + '"'))
        except ValueError:
            items.append(m.group(1))
    return [i for i in items if i.strip()] or None
