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

G comes from `align_jax.eval.answers.parse_answer` (on several cores for a large run:
`answer_batch.parse_answers`), which keeps the list items of a chatty
answer and says how it read each one (`parse_summary`). An answer it cannot read scores
as an empty list (P@k = 0), and is counted there.

Means are over cues present in the norms, with percentile-bootstrap CIs over cues.
A cue missing from the norms is counted and listed, never silently skipped.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Mapping, Sequence

from align_jax.eval.answer_batch import parse_answers
from align_jax.eval.answers import RULES, ParsedAnswer, normalise_word, parse_answer
from align_jax.eval.stats import bootstrap_means, spearman_with_position

KS: tuple[int, ...] = (5, 10, 20, 30, 40, 50)


def parse_associations(text: str) -> list[str]:
    """The association words of a generated answer, in order (`answers.parse_answer`)."""
    return list(parse_answer(text).words)


def normalise_responses(responses: Sequence[tuple[str, int]],
                        normalise: Callable[[str], str] = normalise_word) -> list[tuple[str, int]]:
    """Normalise responses like generated words, summing counts that collide; descending
    count, stable for ties (the source order of equal counts is kept)."""
    merged: dict[str, int] = {}
    for resp, count in responses:
        w = normalise(resp)
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
    # Responses recur across cues ("money" under hundreds of them): each is normalised once.
    normalised: dict[str, str] = {}

    def normalise(response: str) -> str:
        word = normalised.get(response)
        if word is None:
            word = normalised[response] = normalise_word(response)
        return word

    found: dict[str, list[tuple[str, int]]] = {}
    missing: list[str] = []
    for cue in cues:
        raws = index.get(normalise_word(cue))
        if raws is None:
            missing.append(cue)
        else:
            found[cue] = normalise_responses([r for raw in raws for r in norms[raw]], normalise)
    return found, missing


def cue_metrics(generated: Sequence[str], human: Sequence[tuple[str, int]],
                ks: Sequence[int] = KS) -> dict[str, float]:
    """All per-cue metrics (module docstring) for one parsed list vs normalised norms."""
    counts = dict(human)
    gold = set(counts)
    order = [w for w, _ in human]
    gen = set(generated)
    m: dict[str, float] = {}
    for k in ks:
        m[f"p@{k}"] = sum(1 for w in generated[:k] if w in gold) / k
        top = set(order[:k])
        m[f"recall@{k}"] = len(gen & top) / len(top) if top else math.nan
    total = sum(counts.values())
    hit = [w for w in generated if w in gold]
    m["coverage"] = sum(counts[w] for w in hit) / total if total else math.nan
    m["spearman"] = _spearman([counts[w] for w in hit])
    m["n_generated"] = float(len(generated))
    return m


def _spearman(counts_in_generated_order: Sequence[int]) -> float:
    """ρ between generated position (1, 2, ...) and descending human count."""
    # High count should come first, so correlate position with -count.
    return spearman_with_position([-c for c in counts_in_generated_order])


def parse_summary(parsed: Mapping[str, ParsedAnswer], truncated: Collection[str] = ()) -> dict:
    """How the answers were read: the share of answers per rule, the share with nothing
    parsed, the share that lost some text (preamble, glosses, remarks), mean words, and
    the share that stopped at the token limit (cues in `truncated`)."""
    n = len(parsed)
    if n == 0:
        return {"n": 0, "rules": {r: 0.0 for r in RULES}, "empty_share": 0.0,
                "dropped_share": 0.0, "mean_words": 0.0, "truncated_share": 0.0}
    rules = {r: sum(p.rule == r for p in parsed.values()) / n for r in RULES}
    return {"n": n, "rules": rules, "empty_share": rules["empty"],
            "dropped_share": sum(bool(p.dropped) for p in parsed.values()) / n,
            "mean_words": sum(len(p.words) for p in parsed.values()) / n,
            "truncated_share": sum(cue in truncated for cue in parsed) / n}


def score_associations(outputs: Mapping[str, str],
                       norms: Mapping[str, Sequence[tuple[str, int]]],
                       *, ks: Sequence[int] = KS, n_boot: int = 1000,
                       seed: int = 0, truncated: Collection[str] = ()) -> dict:
    """Score raw model outputs (cue → generated text) against human norms; the answers of
    the cues in `truncated` stopped at the token limit (their unfinished last item is dropped).

    Returns ``{"per_cue": {cue: metrics}, "parsed": {cue: ParsedAnswer}, "parse":
    parse_summary, "summary": {metric: bootstrap_mean}, "n_cues": int, "missing_cues":
    [...], "ks": [...], "human": {cue: normalised responses}}``. ``norms`` may be raw:
    cues and responses are normalised here.
    """
    human, missing = lookup_norms(list(outputs), norms)
    cues = list(human)
    parsed = dict(zip(cues, parse_answers([outputs[c] for c in cues], cues,
                                          [c in truncated for c in cues])))
    per_cue = {cue: cue_metrics(list(parsed[cue].words), h, ks) for cue, h in human.items()}
    names = [f"p@{k}" for k in ks] + [f"recall@{k}" for k in ks] + ["coverage", "spearman",
                                                                      "n_generated"]
    summary = bootstrap_means({name: [m[name] for m in per_cue.values()] for name in names},
                              n_boot=n_boot, seed=seed)
    return {"per_cue": per_cue, "parsed": parsed, "parse": parse_summary(parsed, truncated),
            "summary": summary, "n_cues": len(per_cue), "missing_cues": missing,
            "ks": list(ks), "human": human}
