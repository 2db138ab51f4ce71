"""GRPO rollouts: every prompt × G samples in one jitted generate call, then the rewards.

Rows are prompt-major: row i is sample i mod G of prompt i // G (`prompt_rows`), the
layout `objective.group_advantages` expects. Rewards are the registered PPO rewards
(`align_jax.ppo.rewards`, unchanged) or any function of the same protocol as PPO's
`RewardFn`: `fn(tokens [B, N], mask [B, N], rows) -> rewards [B]` or `(rewards [B],
parse failures bool [B])`, `rows` being each row's prompt index.
"""

from __future__ import annotations

import dataclasses
from typing import Callable, Mapping, Sequence

import jax
import numpy as np

from align_jax.generate import generate_ids
from align_jax.lora import LoraConfig, bind
from align_jax.models.config import ModelConfig
from align_jax.models.decoder import Params
from align_jax.ppo import rewards as reward_lib
from align_jax.ppo.rollout import build_sequences
from align_jax.sampling import Sampling
from align_jax.sharding import Sharder

RewardFn = Callable[[np.ndarray, np.ndarray, Sequence[int]], "np.ndarray | tuple[np.ndarray, np.ndarray]"]


@dataclasses.dataclass
class Rollout:
    """One rollout: B = P·G rows (numpy)."""

    prompts: list  # the B prompts (each of the P repeated G times)
    rows: np.ndarray  # [B] prompt index of each row
    tokens: np.ndarray  # [B, N] int32, pad after the stop token
    mask: np.ndarray  # [B, N] float32, 1 up to and including the stop token
    logp: np.ndarray | None  # [B, N] the sampler's log π (temperature 1, unfiltered), or None


def prompt_rows(n_prompts: int, num_generations: int) -> np.ndarray:
    """[P·G] prompt index of each row: 0 … 0, 1 … 1, … (G times each)."""
    return np.repeat(np.arange(n_prompts), num_generations)


def sample_groups(model: ModelConfig, params: Params, policy: LoraConfig, trainable,
                  prompts: Sequence[Sequence[int]], *, num_generations: int, max_new_tokens: int,
                  sampling: Sampling, key: jax.Array, stop_ids: Sequence[int], pad_id: int,
                  sharder: Sharder | None = None, logprobs: bool = False) -> Rollout:
    """G samples of each prompt from the policy (base + trainable["policy"]), all P·G rows
    in one call of the jitted sampler (`generate.generate_ids`)."""
    rows = prompt_rows(len(prompts), num_generations)
    repeated = [list(prompts[r]) for r in rows]
    out = generate_ids(model, params, repeated, max_new_tokens=max_new_tokens, sampling=sampling,
                       seed=key, stop_token_ids=stop_ids, lora=bind(policy, trainable["policy"]),
                       sharder=sharder, pad_id=pad_id, return_logprobs=logprobs)
    mask = np.asarray(out.mask, np.float32)
    lp = None if out.logprobs is None else np.asarray(out.logprobs, np.float32) * mask
    return Rollout(repeated, rows, np.asarray(out.tokens, np.int32), mask, lp)


def sequences(rollout: Rollout, pad_id: int) -> dict[str, np.ndarray]:
    """The [B, P+N] teacher-forcing arrays of a rollout (ppo.rollout.build_sequences)."""
    return build_sequences(rollout.prompts, rollout.tokens, rollout.mask, pad_id)


def score_rewards(reward_fn: RewardFn, rollout: Rollout) -> tuple[np.ndarray, np.ndarray | None]:
    """(rewards float32 [B], parse failures bool [B] or None); non-finite rewards score the
    reward module's FAILURE (−1), as `rewards.score_details` does for text rewards."""
    out = reward_fn(rollout.tokens, rollout.mask, list(rollout.rows))
    raw, failed = out if isinstance(out, tuple) else (out, None)
    raw = np.asarray(raw, np.float32)
    if raw.shape != (len(rollout.rows),):
        from align_jax.errors import AlignJaxError
        raise AlignJaxError(f"the reward returned shape {raw.shape}, expected ({len(rollout.rows)},)")
    raw = np.where(np.isfinite(raw), raw, np.float32(reward_lib.FAILURE))
    return raw, (None if failed is None else np.asarray(failed, bool))


def text_reward(tokenizer, stop_ids: Sequence[int], name: str, tasks: Sequence[Mapping],
                **options) -> RewardFn:
    """The registered reward `name` (ranking_spearman, association_precision, …, or one of
    a `reward_module`) of the decoded answers, row r scored against tasks[rows[r]]."""
    from align_jax.ppo.tasks import cut_by_limit, decode

    reward_lib.get(name)

    def fn(tokens, mask, rows):
        texts = decode(tokenizer, tokens, mask, stop_ids)
        return reward_lib.score_details(name, texts, [tasks[r] for r in rows],
                                        cut_by_limit(tokens, mask, stop_ids), **options)

    return fn
