"""Rollouts: sample responses with the jitted sampler, then score them in one jitted pass.

Layout of a scored rollout (numpy, one row per prompt; P a bucketed prompt length, N the
generation length):

    input_ids [B, P+N]   left-padded prompt, then the response (pad after the stop token)
    segment_ids, positions [B, P+N]   1 = real token / 0 = padding; RoPE positions
    tokens [B, N], response_mask [B, N]   generated tokens, 1 up to and incl. the stop
    logp, ref_logp, values [B, N]   log π_old, log π_ref of each token; V before each token
"""

from __future__ import annotations

from typing import Sequence

import jax
import numpy as np

from align_jax.generate import bucket_length, generate_ids
from align_jax.models.config import ModelConfig
from align_jax.models.decoder import Params, param_axes
from align_jax.ppo.models import (ActorCritic, critic_values, policy_lora, response_hidden,
                                  trainable_axes)
from align_jax.sampling import Sampling
from align_jax.sharding import Sharder, as_sharder, from_every_process
from align_jax.train.logprobs import chunked_logprobs

SEQ_KEYS = ("input_ids", "segment_ids", "positions", "tokens", "response_mask")


def sample_responses(model: ModelConfig, params: Params, ac: ActorCritic, trainable, prompts: Sequence[Sequence[int]],
             *, max_new_tokens: int, sampling: Sampling, key: jax.Array, stop_ids: Sequence[int],
             pad_id: int, sharder: Sharder | None, logprobs: bool = False):
    """(tokens [B, N] int32, mask [B, N] float32, log π(token) [B, N] or None) sampled from
    the policy; the log-probs are the sampler's own (temperature 1, unfiltered)."""
    out = generate_ids(model, params, prompts, max_new_tokens=max_new_tokens, sampling=sampling,
                       seed=key, stop_token_ids=stop_ids, lora=policy_lora(ac, trainable),
                       sharder=sharder, pad_id=pad_id, return_logprobs=logprobs)
    mask = np.asarray(out.mask, np.float32)
    lp = None if out.logprobs is None else np.asarray(out.logprobs, np.float32) * mask
    return np.asarray(out.tokens, np.int32), mask, lp


def build_sequences(prompts: Sequence[Sequence[int]], tokens: np.ndarray, mask: np.ndarray,
                    pad_id: int, prompt_len: int | None = None) -> dict[str, np.ndarray]:
    """The [B, P+N] arrays of the module docstring (P = bucket of the longest prompt)."""
    b, n = tokens.shape
    p = prompt_len or bucket_length(max(len(x) for x in prompts))
    ids = np.full((b, p + n), pad_id, np.int32)
    seg = np.zeros((b, p + n), np.int32)
    for r, prompt in enumerate(prompts):
        ids[r, p - len(prompt):p] = prompt
        seg[r, p - len(prompt):p] = 1
    ids[:, p:] = np.where(mask > 0, tokens, pad_id)
    seg[:, p:] = (mask > 0).astype(np.int32)
    positions = np.maximum(np.cumsum(seg, axis=1) - 1, 0).astype(np.int32)
    return {"input_ids": ids, "segment_ids": seg, "positions": positions,
            "tokens": np.where(mask > 0, tokens, pad_id).astype(np.int32),
            "response_mask": mask.astype(np.float32)}


def make_score_fn(model: ModelConfig, ac: ActorCritic, *, chunk: int, sharder: Sharder | None,
                  trainable_shardings=None, policy_pass: bool = True):
    """Jitted (params, trainable, seqs) -> {logp, ref_logp, values} [B, N], masked to 0.

    One pass per model: the policy (its hidden states also feed a shared critic), the
    reference (the same weights, LoRA off) and, unless shared, the critic. Without
    `policy_pass` (a separate critic, and the sampler's log-probs used instead) the policy
    pass is skipped and "logp" is left out.
    """
    policy_pass = policy_pass or ac.shared_critic
    keys = ("logp", "ref_logp", "values") if policy_pass else ("ref_logp", "values")

    def score(params, trainable, seqs):
        mask = seqs["response_mask"]
        out = {}
        h_pol = None
        if policy_pass:
            h_pol = response_hidden(model, params, policy_lora(ac, trainable), seqs, sharder)
            out["logp"] = chunked_logprobs(model, params, h_pol, seqs["tokens"], chunk, sharder)[0] * mask
        h_ref = response_hidden(model, params, None, seqs, sharder)
        out["ref_logp"] = chunked_logprobs(model, params, h_ref, seqs["tokens"], chunk, sharder)[0] * mask
        out["values"] = critic_values(model, params, ac, trainable, seqs, h_pol, sharder) * mask
        return out

    sharder = as_sharder(sharder)
    rows = sharder.named(("batch", None))
    tsh = trainable_shardings if trainable_shardings is not None else sharder.tree(trainable_axes(ac))
    return jax.jit(score, in_shardings=(sharder.tree(param_axes(model)), tsh,
                                        {k: rows for k in SEQ_KEYS}),
                   out_shardings={k: rows for k in keys})


def place_rows(seqs: dict, sharder: Sharder | None, leading: int = 0) -> dict:
    """Numpy rows → device arrays, rows (axis `leading`) over the batch mesh axes."""
    from jax.sharding import NamedSharding, PartitionSpec

    sharder = as_sharder(sharder)
    spec = PartitionSpec(*([None] * leading), *sharder.spec(("batch",)))
    sh = NamedSharding(sharder.mesh, spec)
    # Every process holds all rows (they come from the same rollout on every process).
    return {k: from_every_process(v, sh) for k, v in seqs.items()}
