"""Prompt wording for SFT examples and PPO ranking tasks, per language.

Users may replace any field (e.g. with the paper's exact wording) through
``PromptTemplates.from_dict`` / a JSON file; the placeholders are the contract:
SFT ``{cue}``, ``{low}``, ``{high}``; ranking ``{cue}``, ``{k}``, ``{words}``.
"""

from __future__ import annotations

import dataclasses
import json
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
        t = dataclasses.replace(base, **overrides)
        t.check(where)
        return t

    @classmethod
    def from_json(cls, path: str | Path, language: str) -> PromptTemplates:
        return cls.from_dict(cls.for_language(language), load_templates(path), where=str(path))

    def check(self, where: str = "templates") -> None:
        """Each template must format with its placeholders (and no others)."""
        for name, keys in (("sft_instruction", ("cue", "low", "high")),
                           ("ranking_instruction", ("cue", "k", "words", "final_ranking"))):
            try:
                getattr(self, name).format(**{k: "x" for k in keys})
            except (KeyError, IndexError, ValueError) as e:
                raise AlignJaxError(f"{where}: {name} does not format with "
                                    f"{{{'}, {'.join(keys)}}}: {e!r}") from None


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
    return obj
