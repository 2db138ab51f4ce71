"""The ALIGN paper's published association results, to print beside a measurement.

P@5 on the held-out test cues, vanilla → SFT (arXiv 2508.13426), for the two models and
two languages the paper aligns. A report names the paper's figure only when it can tell
that it measured the same setting: a known model (from its path or name) and language.
"""

from __future__ import annotations

import re

PUBLISHED_P5 = {
    ("llama-3.1-8b", "en"): {"vanilla": 0.755, "sft": 0.875},
    ("llama-3.1-8b", "zh"): {"vanilla": 0.260, "sft": 0.690},
    ("qwen2.5-7b", "en"): {"vanilla": 0.634, "sft": 0.762},
    ("qwen2.5-7b", "zh"): {"vanilla": 0.481, "sft": 0.689},
}
MODEL_NAMES = {"llama-3.1-8b": "Llama-3.1-8B-Instruct", "qwen2.5-7b": "Qwen2.5-7B-Instruct"}
_MODELS = (("llama-3.1-8b", re.compile(r"llama[-_ ]?3\.1[-_ ]?8b", re.I)),
           ("qwen2.5-7b", re.compile(r"qwen[-_ ]?2\.5[-_ ]?7b", re.I)))


def paper_setting(model: str | None, language: str | None) -> tuple[str, str] | None:
    """(model key, language) of a setting the paper reports, or None: `model` is a model
    path or name ("/models/Meta-Llama-3.1-8B-Instruct", "Qwen2.5-7B-Instruct")."""
    if not model or not language:
        return None
    lang = "zh" if language.lower().startswith("zh") else language.lower()
    for key, pattern in _MODELS:
        if pattern.search(model) and (key, lang) in PUBLISHED_P5:
            return key, lang
    return None


def paper_line(setting: tuple[str, str]) -> str:
    """One Markdown line with the paper's P@5 for `setting`, labelled as the paper's."""
    p = PUBLISHED_P5[setting]
    return (f"Published (ALIGN paper, {MODEL_NAMES[setting[0]]}, {setting[1]}): P@5 "
            f"vanilla {p['vanilla']:.3f} → SFT {p['sft']:.3f}.")
