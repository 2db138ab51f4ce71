"""Teacher-forced passes that compute each group's prompt once instead of G times.

The G rows of a group share their (left-padded) prompt, and under causal attention the
prompt's keys, values and hidden states do not depend on the answers. So the prompt runs
once per group (P rows, filling a KV cache), the cache is repeated G times, and the
answers run on top of it (P·G rows):

    prompt pass    hidden_with_cache(prompt [P, L_p])          → cache, h[L_p − 1]
    answer pass    hidden_with_cache(answer[:, :N−1] [P·G, N−1], cache repeated G×)
    hidden         [h[L_p − 1] repeated G×, answer hidden]  = the states predicting tokens 0 … N−1

The same function as `ppo.models.response_hidden` (same weights, masks and positions),
with (P + P·G)/(2·P·G) of its token work when prompt and answer budgets are equal; the
gradient of the repeated cache sums the G answers' contributions into the prompt pass.
It runs the layers without rematerialisation (`hidden_with_cache` has none), so it suits
short sequences and small models; the plain pass keeps `remat_policy` for long ones.
"""

from __future__ import annotations

import jax.numpy as jnp

from align_jax.models.config import ModelConfig
from align_jax.models.decoder import Params
from align_jax.models.kv_cache import hidden_with_cache, init_cache
from align_jax.sharding import Sharder


def group_response_hidden(model: ModelConfig, params: Params, lora, seqs: dict,
                          num_generations: int, sharder: Sharder | None = None):
    """Final hidden states at the N positions that predict the answer tokens [B, N, D],
    for rows laid out in groups of `num_generations` consecutive rows with equal prompts
    (`rollout.sample_groups`); see the module docstring."""
    g = num_generations
    ids, seg, pos = seqs["input_ids"], seqs["segment_ids"], seqs["positions"]
    n = seqs["tokens"].shape[1]
    p = ids.shape[1] - n
    first = lambda x: x[::g, :p]
    cache = init_cache(model, ids.shape[0] // g, p + n - 1, params["embed"].dtype)
    h_prompt, cache = hidden_with_cache(model, params, first(ids), cache, positions=first(pos),
                                        segment_ids=first(seg), lora=lora, sharder=sharder)
    rep = lambda x, axis=0: jnp.repeat(x, g, axis=axis)
    if n == 1:
        return rep(h_prompt[:, -1:])
    cache = cache._replace(k=rep(cache.k, 1), v=rep(cache.v, 1), segment_ids=rep(cache.segment_ids))
    answer = slice(p, p + n - 1)
    h_answer, _ = hidden_with_cache(model, params, ids[:, answer], cache, positions=pos[:, answer],
                                    segment_ids=seg[:, answer], lora=lora, sharder=sharder)
    return jnp.concatenate([rep(h_prompt[:, -1:]), h_answer], axis=1)
