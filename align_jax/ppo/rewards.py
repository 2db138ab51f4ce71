"""Sequence rewards as small registered functions of the generated text and its task.

Every reward is a batch function `fn(responses, tasks, **options) -> float32 [B]`, or
`(float32 [B], bool [B])` when it can tell which answers it could not parse;
`per_sample` lifts a `f(response, task, **options) -> float | (float, bool)`. A function
(batch or per sample) with a `truncated` parameter is told whether each generation stopped
at its token limit (its last word may be cut: "…, gallop, ra"), and the text rewards here
then drop that unfinished word, as the evaluation does. A learned
reward model registers a batch function too (`register_reward_model`), so the loop never
knows which kind it calls. The text rewards read answers with the evaluation's parser
(`align_jax.eval.answers`), so a reward and a reported metric see the same words.

Tasks are the prepared ranking tasks (`align_jax.data.prepare.load_ranking`): dicts with
`prompt`, `shown`, `gold` (most to least frequent), `gold_counts`, and optionally
`human` ([(word, count)], every human response to the cue) for the association rewards.
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Callable, Mapping, Sequence

import numpy as np

from align_jax.errors import AlignJaxError
from align_jax.eval.answers import normalise_word, parse_answer, parse_ranking
from align_jax.eval.associations import normalise_responses
from align_jax.eval.stats import average_ranks, spearman_with_position

BatchReward = Callable[..., np.ndarray]
REWARDS: dict[str, BatchReward] = {}
FAILURE = -1.0  # the paper's score for an unparseable answer or a NaN correlation


def register(name: str):
    """Decorator: registers a batch reward under `name` (a second use of a name is an error)."""
    def wrap(fn: BatchReward) -> BatchReward:
        if name in REWARDS:
            raise AlignJaxError(f"reward {name!r} is already registered")
        if not hasattr(fn, "takes_truncated"):  # a batch function may take the flags too
            try:
                fn.takes_truncated = "truncated" in inspect.signature(fn).parameters
            except (TypeError, ValueError, AttributeError):  # no signature, or no attributes
                pass
        REWARDS[name] = fn
        return fn
    return wrap


def per_sample(fn: Callable[..., float | tuple[float, bool]]) -> BatchReward:
    """A batch reward that applies `fn(response, task, **options)` to each pair; when `fn`
    returns (score, parse failed) pairs, the batch returns (scores, failures). When `fn`
    takes `truncated`, the batch does too (a flag per response, default all False)."""
    takes_truncated = "truncated" in inspect.signature(fn).parameters

    def batch(responses: Sequence[str], tasks: Sequence[Mapping], **options):
        if takes_truncated:
            flags = options.pop("truncated", None)
            flags = [False] * len(responses) if flags is None else list(flags)
            out = [fn(r, t, truncated=bool(c), **options)
                   for r, t, c in zip(responses, tasks, flags, strict=True)]
        else:
            out = [fn(r, t, **options) for r, t in zip(responses, tasks, strict=True)]
        if out and isinstance(out[0], tuple):
            return (np.array([s for s, _ in out], np.float32), np.array([f for _, f in out], bool))
        return np.array(out, np.float32)
    batch.__doc__ = fn.__doc__
    batch.__name__ = fn.__name__
    batch.takes_truncated = takes_truncated
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


_LOADED: set[str] = set()  # reward modules imported in this process (their rewards registered)


def load_module(spec: str) -> None:
    """Imports a module (dotted name or .py path) so that it can register its rewards; once
    per process (a .py file imported again would register its rewards twice)."""
    import importlib
    import importlib.util
    from pathlib import Path

    if spec in _LOADED:
        return
    where = f"config ppo.reward_module={spec!r}"
    try:
        if spec.endswith(".py"):
            path = Path(spec)
            if not path.is_file():
                raise AlignJaxError(f"{where}: no such file")
            mod_spec = importlib.util.spec_from_file_location(f"align_jax_reward_{path.stem}", path)
            mod_spec.loader.exec_module(importlib.util.module_from_spec(mod_spec))
        else:
            importlib.import_module(spec)
    except AlignJaxError:
        raise  # already one line: a reward it registers twice, a missing file
    except ImportError as e:
        raise AlignJaxError(f"{where}: cannot import it ({e})") from None
    except SyntaxError as e:
        raise AlignJaxError(f"{where}: {e.filename}:{e.lineno}: {e.msg}") from None
    except Exception as e:  # the module's own code failed while it was imported
        raise AlignJaxError(f"{where}: importing it raised {type(e).__name__}: {e}") from None
    _LOADED.add(spec)


def get(name: str) -> BatchReward:
    if name not in REWARDS:
        raise AlignJaxError(f"config ppo.reward={name!r} is not a registered reward; choose one "
                            f"of {', '.join(sorted(REWARDS))}")
    return REWARDS[name]


def score_details(name: str, responses: Sequence[str], tasks: Sequence[Mapping],
                  truncated: Sequence[bool] | None = None, **options) -> tuple[np.ndarray, np.ndarray]:
    """(rewards float32 [B], parse failures bool [B]) of `responses` under the reward
    `name`; a non-finite reward scores FAILURE; a reward that does not parse reports none.
    `truncated`: which responses stopped at the token limit, for the rewards that take it."""
    fn = get(name)
    if truncated is not None and getattr(fn, "takes_truncated", False):
        options = {**options, "truncated": truncated}
    out = fn(responses, tasks, **options)
    scores, failed = out if isinstance(out, tuple) else (out, np.zeros(len(responses), bool))
    scores = np.asarray(scores, np.float32)
    return np.where(np.isfinite(scores), scores, np.float32(FAILURE)), np.asarray(failed, bool)


def score(name: str, responses: Sequence[str], tasks: Sequence[Mapping], **options) -> np.ndarray:
    """The rewards [B] (float32) of `responses` under the registered reward `name`."""
    return score_details(name, responses, tasks, **options)[0]


# --- the paper's ranking reward --------------------------------------------------------------

def parse_final_ranking(text: str) -> list[str] | None:
    """The ranked words after the last "Final Ranking" / "最终排名" marker (normalised,
    deduplicated; `answers.parse_ranking` for the forms read), or None when there is no
    marker or no word after it."""
    return list(parse_ranking(text).words) or None


def gold_ranks(gold: Sequence[str], counts: Sequence[int] | None = None) -> dict[str, float]:
    """Rank 1 … K of each gold word (most frequent first); equal counts share their mean rank."""
    words = [normalise_word(w) for w in gold]
    if counts is None:
        return {w: float(i + 1) for i, w in enumerate(words)}
    return dict(zip(words, average_ranks([-c for c in counts])))


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
    rho = spearman_with_position(g)
    return rho if math.isfinite(rho) else FAILURE


@register("ranking_spearman")
@per_sample
def ranking_spearman(response: str, task: Mapping, truncated: bool = False) -> tuple[float, bool]:
    """The ALIGN PPO reward: Spearman ρ of the parsed final ranking with the human
    frequency order; −1 (a parse failure) when fewer than two ranked words can be read."""
    predicted = parse_ranking(response, truncated=truncated).words
    if len(predicted) < 2:
        return FAILURE, True
    return spearman_ranking(predicted, task["gold"], task.get("gold_counts")), False


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
def association_precision(response: str, task: Mapping, k: int = 10,
                          truncated: bool = False) -> tuple[float, bool]:
    """P@k = |G[:k] ∩ H| / k of the parsed generated list G against the human responses H."""
    gold = {w for w, _ in _human(task)}
    words = parse_answer(response, cue=task.get("cue"), truncated=truncated).words
    return sum(w in gold for w in words[:k]) / k, not words


@register("association_coverage")
@per_sample
def association_coverage(response: str, task: Mapping, k: int = 0,
                         truncated: bool = False) -> tuple[float, bool]:
    """Frequency-weighted overlap Σ_{h ∈ G ∩ H} c(h) / Σ_{h ∈ H} c(h) (G cut to k words if k > 0)."""
    human = dict(_human(task))
    total = sum(human.values())
    words = parse_answer(response, cue=task.get("cue"), truncated=truncated).words
    cut = words[:k] if k > 0 else words
    return (sum(human.get(w, 0) for w in cut) / total if total else 0.0), not words
