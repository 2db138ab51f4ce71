"""Sequence rewards as small registered functions of the generated text and its task.

Every reward is a batch function `fn(responses, tasks, **options) -> float32 [B]`;
`per_sample` lifts a `f(response, task, **options) -> float`. A learned reward model
registers a batch function too (`register_reward_model`), so the loop never knows
which kind it calls.

Tasks are the prepared ranking tasks (`align_jax.data.prepare.load_ranking`): dicts with
`prompt`, `shown`, `gold` (most to least frequent), `gold_counts`, and optionally
`human` ([(word, count)], every human response to the cue) for the association rewards.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence

import numpy as np
from scipy import stats as sps

from align_jax.errors import AlignJaxError
from align_jax.eval.associations import normalise_responses, normalise_word, parse_associations

BatchReward = Callable[..., np.ndarray]
REWARDS: dict[str, BatchReward] = {}
FAILURE = -1.0  # the paper's score for an unparseable answer or a NaN correlation
MARKERS = ("Final Ranking", "最终排名")


def register(name: str):
    """Decorator: registers a batch reward under `name` (a second use of a name is an error)."""
    def wrap(fn: BatchReward) -> BatchReward:
        if name in REWARDS:
            raise AlignJaxError(f"reward {name!r} is already registered")
        REWARDS[name] = fn
        return fn
    return wrap


def per_sample(fn: Callable[..., float]) -> BatchReward:
    """A batch reward that applies `fn(response, task, **options)` to each pair."""
    def batch(responses: Sequence[str], tasks: Sequence[Mapping], **options) -> np.ndarray:
        return np.array([fn(r, t, **options) for r, t in zip(responses, tasks, strict=True)],
                        np.float32)
    batch.__doc__ = fn.__doc__
    batch.__name__ = fn.__name__
    return batch


def register_reward_model(name: str, score: Callable[[Sequence[str], Sequence[str]], Sequence[float]]):
    """Hook for a learned reward model: `score(prompts, responses) -> [B]` (e.g. a jitted
    JAX scorer closed over its own weights) becomes the batch reward `name`."""
    def batch(responses, tasks, **options):
        out = np.asarray(score([t["prompt"] for t in tasks], list(responses), **options), np.float32)
        if out.shape != (len(responses),):
            raise AlignJaxError(f"reward model {name!r} returned shape {out.shape}, "
                                f"expected ({len(responses)},)")
        return out
    return register(name)(batch)


def load_module(spec: str) -> None:
    """Imports a module (dotted name or .py path) so that it can register its rewards."""
    import importlib
    import importlib.util
    from pathlib import Path

    try:
        if spec.endswith(".py"):
            path = Path(spec)
            if not path.is_file():
                raise AlignJaxError(f"config ppo.reward_module={spec!r}: no such file")
            mod_spec = importlib.util.spec_from_file_location(f"align_jax_reward_{path.stem}", path)
            mod_spec.loader.exec_module(importlib.util.module_from_spec(mod_spec))
        else:
            importlib.import_module(spec)
    except ImportError as e:
        raise AlignJaxError(f"config ppo.reward_module={spec!r}: cannot import it ({e})") from None


def get(name: str) -> BatchReward:
    if name not in REWARDS:
        raise AlignJaxError(f"config ppo.reward={name!r} is not a registered reward; choose one "
                            f"of {', '.join(sorted(REWARDS))}")
    return REWARDS[name]


def score(name: str, responses: Sequence[str], tasks: Sequence[Mapping], **options) -> np.ndarray:
    """The rewards [B] (float32) of `responses` under the registered reward `name`."""
    out = np.asarray(get(name)(responses, tasks, **options), np.float32)
    return np.where(np.isfinite(out), out, np.float32(FAILURE))


# --- the paper's ranking reward --------------------------------------------------------------

_MARKER = re.compile("|".join(re.escape(m).replace(r"\ ", r"\s*") for m in MARKERS), re.I)


def parse_final_ranking(text: str) -> list[str] | None:
    """The words after the last "Final Ranking" / "最终排名" marker, normalised and
    deduplicated; None when there is no marker or no word after it.

    The ranking is the rest of the marker's line ("Final Ranking: a, b, c"), or, when that
    is empty, the non-empty lines that follow it up to a blank line (a numbered list).
    """
    found = list(_MARKER.finditer(text))
    if not found:
        return None
    rest = text[found[-1].end():].lstrip(" \t*_:：")
    lines = rest.split("\n")
    if lines[0].strip(" \t*_"):
        body = lines[0]
    else:
        block = []
        for line in lines[1:]:
            if not line.strip():
                if block:
                    break
                continue
            block.append(line)
        body = "\n".join(block)
    words = parse_associations(body)
    return words or None


def gold_ranks(gold: Sequence[str], counts: Sequence[int] | None = None) -> dict[str, float]:
    """Rank 1 … K of each gold word (most frequent first); equal counts share their mean rank."""
    words = [normalise_word(w) for w in gold]
    if counts is None:
        return {w: float(i + 1) for i, w in enumerate(words)}
    ranks = sps.rankdata([-c for c in counts], method="average")
    return {w: float(r) for w, r in zip(words, ranks)}


def spearman_ranking(predicted: Sequence[str], gold: Sequence[str],
                     counts: Sequence[int] | None = None) -> float:
    """ρ between the predicted positions 1…n and the gold ranks of the predicted words,
    a word not in the gold list taking rank K+1; −1 for fewer than two words or a NaN ρ.

        ρ = corr(rank(1…n), rank(g(w_1), …, g(w_n))),  g(w) = gold rank of w, or K+1
    """
    if len(predicted) < 2:
        return FAILURE
    ranks = gold_ranks(gold, counts)
    k = len(gold)
    g = [ranks.get(w, k + 1.0) for w in predicted]
    rho = sps.spearmanr(np.arange(len(g)), g).statistic if len(set(g)) > 1 else math.nan
    return float(rho) if np.isfinite(rho) else FAILURE


@register("ranking_spearman")
@per_sample
def ranking_spearman(response: str, task: Mapping) -> float:
    """The ALIGN PPO reward: Spearman ρ of the parsed final ranking with the human
    frequency order; −1 when the ranking cannot be parsed."""
    predicted = parse_final_ranking(response)
    if predicted is None:
        return FAILURE
    return spearman_ranking(predicted, task["gold"], task.get("gold_counts"))


# --- association-list rewards ----------------------------------------------------------------

def _human(task: Mapping) -> list[tuple[str, int]]:
    if "human" in task:
        return normalise_responses([(w, int(c)) for w, c in task["human"]])
    if "gold" in task:
        counts = task.get("gold_counts") or [1] * len(task["gold"])
        return normalise_responses(list(zip(task["gold"], counts)))
    raise AlignJaxError("an association reward needs tasks with 'human' or 'gold' responses")


@register("association_precision")
@per_sample
def association_precision(response: str, task: Mapping, k: int = 10) -> float:
    """P@k = |G[:k] ∩ H| / k of the parsed generated list G against the human responses H."""
    gold = {w for w, _ in _human(task)}
    return sum(w in gold for w in parse_associations(response)[:k]) / k


@register("association_coverage")
@per_sample
def association_coverage(response: str, task: Mapping, k: int = 0) -> float:
    """Frequency-weighted overlap Σ_{h ∈ G ∩ H} c(h) / Σ_{h ∈ H} c(h) (G cut to k words if k > 0)."""
    human = dict(_human(task))
    total = sum(human.values())
    words = parse_associations(response)
    words = words[:k] if k > 0 else words
    return sum(human.get(w, 0) for w in words) / total if total else 0.0
