"""Association metrics: parse a generated word list and compare it with human norms.

Definitions (per cue; G = generated words after parsing, in order; H = human
responses with counts c(h), in descending count order; H_k = its first k):

- P@k        = |G[:k] ∩ H| / k. The denominator stays k even when fewer than k words
               were generated (as in the ALIGN paper): a short list is penalised.
- recall@k   = |G ∩ H_k| / |H_k|, over the whole generated list.
- coverage   = Σ_{h ∈ G ∩ H} c(h) / Σ_{h ∈ H} c(h)  (frequency-weighted).
- spearman   = Spearman ρ between generated position and human count (descending,
               ties averaged) on G ∩ H; NaN (excluded from the mean) when the overlap has
               fewer than 2 words or a constant ranking.

Means are over cues present in the norms, with percentile-bootstrap CIs over cues.
A cue missing from the norms is counted and listed, never silently skipped.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping, Sequence

import numpy as np
from scipy import stats as sps

from align_jax.eval.stats import bootstrap_mean

KS: tuple[int, ...] = (5, 10, 20, 30, 40, 50)

# Separators: ASCII comma, full-width comma, ideographic enumeration comma, newline.
# (Semicolons stay inside words on purpose: they are not list separators in either
# language's prompt format.)
_SPLIT = re.compile(r"[,，、\n\r]+")
# An inline numbered list "1. cat 2. dog" has no separator between items: split
# before every " <n>. " / " <n>) " that follows whitespace.
_INLINE_NUMBER = re.compile(r"\s+(?=\d{1,3}[.)．）]\s)")
# Leading enumeration or bullet of one item: "1. ", "12) ", "3．", "- ", "* ", "• ".
# "3.5 apples" is not numbered: "." must not be followed by a digit ("1.猫" is).
_PREFIX = re.compile(r"^\s*(?:\d{1,3}(?:[.．:：](?!\d)|[)）])\s*|[-*•·]\s+)")
# Punctuation that wraps or ends a word in model output but is never part of it.
_STRIP = " \t\"'`“”‘’「」『』.。!！?？;；:：*_"


def normalise_word(word: str) -> str:
    """NFKC, strip surrounding whitespace/punctuation, lowercase (a no-op for Han)."""
    w = unicodedata.normalize("NFKC", word).strip(_STRIP).strip()
    w = re.sub(r"\s+", " ", w)
    return w.lower()


def parse_associations(text: str) -> list[str]:
    """Split a generated answer into normalised words, deduplicated in first-seen order.

    Accepts comma / "，" / "、" / newline separated lists and numbered lists
    ("1. word", "1) word", also inline "1. a 2. b"); bullets "- word" too.
    """
    words: list[str] = []
    seen: set[str] = set()
    for piece in _SPLIT.split(text):
        for item in _INLINE_NUMBER.split(piece):
            w = normalise_word(_PREFIX.sub("", item, count=1))
            if w and w not in seen:
                seen.add(w)
                words.append(w)
    return words


def normalise_responses(responses: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    """Normalise responses like generated words, summing counts that collide; descending
    count, stable for ties (the source order of equal counts is kept)."""
    merged: dict[str, int] = {}
    for resp, count in responses:
        w = normalise_word(resp)
        if w:
            merged[w] = merged.get(w, 0) + int(count)
    return sorted(merged.items(), key=lambda kv: -kv[1])


def lookup_norms(cues: Sequence[str], norms: Mapping[str, Sequence[tuple[str, int]]]
                 ) -> tuple[dict[str, list[tuple[str, int]]], list[str]]:
    """Normalised human responses for each requested cue, and the cues not in the norms.

    Cues are matched after normalisation (norm cues that normalise alike are pooled);
    only the requested cues' responses are normalised, so scoring 1,000 cues against
    12,000-cue norms does not pay for the other 11,000.
    """
    index: dict[str, list[str]] = {}
    for raw in norms:
        index.setdefault(normalise_word(raw), []).append(raw)
    found: dict[str, list[tuple[str, int]]] = {}
    missing: list[str] = []
    for cue in cues:
        raws = index.get(normalise_word(cue))
        if raws is None:
            missing.append(cue)
        else:
            found[cue] = normalise_responses([r for raw in raws for r in norms[raw]])
    return found, missing


def cue_metrics(generated: Sequence[str], human: Sequence[tuple[str, int]],
                ks: Sequence[int] = KS) -> dict[str, float]:
    """All per-cue metrics (module docstring) for one parsed list vs normalised norms."""
    counts = dict(human)
    gold = set(counts)
    order = [w for w, _ in human]
    m: dict[str, float] = {}
    for k in ks:
        m[f"p@{k}"] = sum(1 for w in generated[:k] if w in gold) / k
        top = set(order[:k])
        gen = set(generated)
        m[f"recall@{k}"] = len(gen & top) / len(top) if top else math.nan
    total = sum(counts.values())
    hit = [w for w in generated if w in gold]
    m["coverage"] = sum(counts[w] for w in hit) / total if total else math.nan
    m["spearman"] = _spearman([counts[w] for w in hit])
    m["n_generated"] = float(len(generated))
    return m


def _spearman(counts_in_generated_order: Sequence[int]) -> float:
    """ρ between generated position (1, 2, ...) and descending human count."""
    c = np.asarray(counts_in_generated_order, dtype=np.float64)
    if c.size < 2 or np.all(c == c[0]):
        return math.nan
    pos = np.arange(c.size, dtype=np.float64)
    # High count should come first, so correlate position with -count.
    return float(sps.spearmanr(pos, -c).statistic)


def score_associations(outputs: Mapping[str, str],
                       norms: Mapping[str, Sequence[tuple[str, int]]],
                       *, ks: Sequence[int] = KS, n_boot: int = 1000,
                       seed: int = 0) -> dict:
    """Score raw model outputs (cue → generated text) against human norms.

    Returns ``{"per_cue": {cue: metrics}, "summary": {metric: bootstrap_mean},
    "n_cues": int, "missing_cues": [...], "ks": [...], "human": {cue: normalised
    responses}}``. ``norms`` may be raw: cues and responses are normalised here.
    """
    human, missing = lookup_norms(list(outputs), norms)
    per_cue = {cue: cue_metrics(parse_associations(outputs[cue]), h, ks)
               for cue, h in human.items()}
    names = [f"p@{k}" for k in ks] + [f"recall@{k}" for k in ks] + ["coverage", "spearman",
                                                                      "n_generated"]
    summary = {name: bootstrap_mean([m[name] for m in per_cue.values()],
                                    n_boot=n_boot, seed=seed) for name in names}
    return {"per_cue": per_cue, "summary": summary, "n_cues": len(per_cue),
            "missing_cues": missing, "ks": list(ks), "human": human}
