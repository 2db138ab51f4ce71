"""Assemble one run's metrics from already-loaded inputs (pure: no file I/O here)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from align_jax.eval import associations as assoc
from align_jax.eval import lexical as lex
from align_jax.eval import values as wvs


def evaluate_associations(outputs: Mapping[str, str],
                          norms: Mapping[str, Sequence[tuple[str, int]]],
                          lexical_norms: Mapping[str, lex.LexicalNorm] = {},
                          *, ks: Sequence[int] = assoc.KS, n_boot: int = 1000, seed: int = 0,
                          first_n: int = lex.FIRST_N,
                          truncated: Collection[str] = ()) -> tuple[dict, dict]:
    """Association and lexical metrics of ``outputs`` (cue → generated text); ``truncated``:
    the cues whose answer stopped at the token limit.

    Lexical comparisons use the cues found in the norms: the model's first ``first_n``
    parsed words against the human top ``first_n`` by frequency.
    Returns (association result, {norm name: compare_lexical result}).
    """
    a = assoc.score_associations(outputs, norms, ks=ks, n_boot=n_boot, seed=seed,
                                 truncated=truncated)
    human = a["human"]
    model_words = {c: list(a["parsed"][c].words) for c in human}
    human_words = {c: [w for w, _ in h[:first_n]] for c, h in human.items()}
    lexical = {name: lex.compare_lexical(model_words, human_words, norm, first_n=first_n)
               for name, norm in lexical_norms.items()}
    return a, lexical


def evaluate_values(items: Sequence[wvs.WVSItem], answers: Mapping[str, Sequence[float]],
                    *, countries: Sequence[str] = wvs.TARGETS,
                    n_tension: int = wvs.HIGH_TENSION_N) -> tuple[dict, list, list]:
    """WVS distances for the items that have a model answer (keyed by question text).

    Returns (compare_values result with "n_unanswered", kept items, their model probs).
    """
    kept = [it for it in items if it.question in answers]
    probs = [list(answers[it.question]) for it in kept]
    res = wvs.compare_values(kept, probs, countries=countries, n_tension=n_tension)
    res["n_unanswered"] = len(items) - len(kept)
    return res, kept, probs


def summary_metrics(a: dict | None, lexical: Mapping[str, dict] | None,
                    values: dict | None, meta: Mapping) -> dict:
    """The metrics.json content: summaries only (per-cue and per-item detail elsewhere)."""
    m: dict = {"meta": dict(meta)}
    if a is not None:
        m["associations"] = {k: a[k] for k in ("ks", "n_cues", "missing_cues", "parse", "summary")}
    if lexical:
        m["lexical"] = {n: {k: v for k, v in r.items() if k != "per_cue_median"}
                        for n, r in lexical.items()}
    if values is not None:
        m["values"] = {k: v for k, v in values.items() if k != "per_item"}
    return m
