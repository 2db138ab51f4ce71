"""Prompt wording for SFT examples and PPO ranking tasks, per language.

Users may replace any field (e.g. with the paper's exact wording) through
``PromptTemplates.from_dict`` / a JSON file; the placeholders are the contract:
SFT ``{cue}``, ``{low}``, ``{high}``; ranking ``{cue}``, ``{k}``, ``{words}``,
``{final_ranking}``. A prompt must name its cue (and a ranking prompt its words); every
field is a non-empty string.
"""

from __future__ import annotations

import dataclasses
import json
import re
import string
from pathlib import Path

from align_jax.errors import AlignJaxError


@dataclasses.dataclass(frozen=True)
class PromptTemplates:
    sft_instruction: str
    list_separator: str        # joins the SFT target list
    ranking_instruction: str
    ranking_separator: str     # joins the shuffled words shown in a ranking task
    final_ranking: str         # the marker the reward parser looks for

    @classmethod
    def for_language(cls, language: str) -> PromptTemplates:
        return _DEFAULTS["zh" if language.startswith("zh") else "en"]

    @classmethod
    def from_dict(cls, base: PromptTemplates, overrides: dict, where: str = "templates") -> PromptTemplates:
        names = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(overrides) - names)
        if unknown:
            raise AlignJaxError(f"{where}: unknown template key(s) {', '.join(unknown)}; "
                                f"known: {', '.join(sorted(names))}")
        for name, value in overrides.items():
            # A number or list would fail only deep inside the preparation (`.format`).
            if not isinstance(value, str):
                raise AlignJaxError(f"{where}: {name} must be a string, got {type(value).__name__}")
            if not value:
                raise AlignJaxError(f"{where}: {name} must not be empty")
        t = dataclasses.replace(base, **overrides)
        t.check(where)
        return t

    @classmethod
    def from_json(cls, path: str | Path, language: str) -> PromptTemplates:
        return cls.from_dict(cls.for_language(language), load_templates(path), where=str(path))

    def check(self, where: str = "templates") -> None:
        """Each template must format with its placeholders (and no others) and use the
        ones it requires."""
        for name, (allowed, required) in _PLACEHOLDERS.items():
            text = getattr(self, name)
            try:
                text.format(**{k: _SAMPLE[k] for k in allowed})
            except (KeyError, IndexError, ValueError, AttributeError, TypeError) as e:
                raise AlignJaxError(f"{where}: {name} does not format with "
                                    f"{{{'}, {'.join(allowed)}}}: {e!r}") from None
            missing = [k for k in required if k not in _fields(text)]
            if missing:
                raise AlignJaxError(f"{where}: {name} must contain "
                                    + ", ".join(f"{{{k}}} ({required[k]})" for k in missing))


# The placeholders each template may use, and those it must use (with why).
_PLACEHOLDERS = {
    "sft_instruction": (("cue", "low", "high"),
                        {"cue": "the cue; without it every SFT prompt is the same"}),
    "ranking_instruction": (("cue", "k", "words", "final_ranking"),
                            {"cue": "the cue", "words": "the words to rank"}),
}
# Values of the real types (low, high and k are ints), so that a format spec such as
# {k:d} passes the check exactly when it works in the preparation.
_SAMPLE = {"cue": "dog", "low": 3, "high": 5, "k": 10, "words": "cat, bone", "final_ranking": "Final Ranking"}


def _fields(text: str) -> set[str]:
    """The placeholder names a format string uses ({cue}, {cue[0]} and {cue.x} all name cue)."""
    return {re.split(r"[.\[]", field)[0] for _, field, _, _ in string.Formatter().parse(text) if field}


_DEFAULTS = {
    "en": PromptTemplates(
        sft_instruction=(
            'List the words that come to mind when you read the word "{cue}". '
            "Give between {low} and {high} words, separated by commas, "
            "the most strongly associated first."
        ),
        list_separator=", ",
        ranking_instruction=(
            'Here are {k} words that people associate with "{cue}": {words}. '
            "Rank them from the most to the least strongly associated with "
            '"{cue}". Explain briefly, then end with a line that starts with '
            '"{final_ranking}:" followed by all {k} words in your order, separated by commas.'
        ),
        ranking_separator=", ",
        final_ranking="Final Ranking",
    ),
    "zh": PromptTemplates(
        sft_instruction=(
            "请列出看到“{cue}”这个词时你会联想到的词语，共{low}到{high}个，"
            "用逗号分隔，联想最强的排在最前面。"
        ),
        list_separator="，",
        ranking_instruction=(
            "下面是人们由“{cue}”联想到的{k}个词语：{words}。"
            "请按照它们与“{cue}”的联想强度从强到弱排序。先简要说明理由，"
            "最后以“{final_ranking}：”开头的一行列出全部{k}个词语，用逗号分隔。"
        ),
        ranking_separator="，",
        final_ranking="最终排名",
    ),
}


def load_templates(path: str | Path) -> dict | None:
    """The template overrides in a JSON file (--templates, data.templates); '' = none."""
    if not path:
        return None
    try:
        obj = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise AlignJaxError(f"{path}: cannot read the templates: {e}") from None
    if not isinstance(obj, dict):
        raise AlignJaxError(f"{path}: templates must be a JSON object")
    # Checked now, naming the file: the preparation sees only the dict, much later.
    PromptTemplates.from_dict(_DEFAULTS["en"], obj, where=str(path))
    return obj
