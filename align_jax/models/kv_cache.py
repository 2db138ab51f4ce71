"""Decoding with a key/value cache: the decoder's layer math, with keys and values kept.

The cache is plain arrays passed in and out (no mutable state):

    k, v          [L, B, KV, S, Dh]  keys (after RoPE) and values, in the parameter dtype
    segment_ids   [B, S] int32       1 where a slot holds a token, 0 for empty / padding
    index         [] int32           next slot to write (shared by all rows)

A call writes its T new tokens at slots index … index+T-1 of every row, then each
query attends to the cache through the same mask as training (`MaskInfo`): key slot j
is visible to query slot i iff j ≤ i, same segment, and segment ≠ 0. Left-padded
prompts therefore need nothing special: their padding slots carry segment 0.
"""

from __future__ import annotations

from typing import NamedTuple

import jax
import jax.numpy as jnp

from align_jax.models.attention import MaskInfo, attention
from align_jax.models.config import ModelConfig
from align_jax.models.decoder import (
    Params, _finish_block, _project_qkv, logits_from_hidden, rms_norm)
from align_jax.models.rope import rope_tables
from align_jax.sharding import Sharder, constrain

# Heads before slots: the attention dots contract over head_dim with (batch, kv head) as
# batch dimensions, so this layout feeds them without a transposed copy of the cache.
KV_AXES = ("layers", "batch", "act_kv_heads", "cache_length", None)


class KVCache(NamedTuple):
    """Per-layer keys and values of every slot, which slots are valid, and the write index."""

    k: jax.Array
    v: jax.Array
    segment_ids: jax.Array
    index: jax.Array

    @property
    def length(self) -> int:
        return self.k.shape[3]


def cache_axes() -> KVCache:
    """Logical axis names of each cache field (for `Sharder.tree`)."""
    return KVCache(k=KV_AXES, v=KV_AXES, segment_ids=("batch", "cache_length"), index=())


def init_cache(config: ModelConfig, batch: int, length: int, dtype=jnp.float32) -> KVCache:
    """An empty cache of `length` slots per row (all segment 0, index 0)."""
    shape = (config.num_layers, batch, config.num_kv_heads, length, config.head_dim)
    return KVCache(k=jnp.zeros(shape, dtype), v=jnp.zeros(shape, dtype),
                   segment_ids=jnp.zeros((batch, length), jnp.int32),
                   index=jnp.zeros((), jnp.int32))


def _write(cache: jax.Array, new: jax.Array, layer, start) -> jax.Array:
    """cache[layer, :, :, start:start+T] = new ([B, T, KV, Dh] → the cache's [B, KV, T, Dh])."""
    update = jnp.swapaxes(new, 1, 2)[None].astype(cache.dtype)
    return jax.lax.dynamic_update_slice(cache, update, (layer, 0, 0, start, 0))


def hidden_with_cache(config: ModelConfig, params: Params, input_ids: jnp.ndarray, cache: KVCache,
                      *, positions: jnp.ndarray, segment_ids: jnp.ndarray, lora=None,
                      sharder: Sharder | None = None) -> tuple[jnp.ndarray, KVCache]:
    """Final normalised hidden states [B, T, D] of T new tokens, and the cache holding them.

    positions: RoPE positions [B, T] of the new tokens (e.g. continuing each row's prompt).
    segment_ids: [B, T], 1 for a token, 0 for padding (never attended to, by anyone).
    The caller keeps `cache.index + T <= cache.length`; the cache is not grown.
    """
    b, t = input_ids.shape
    start = cache.index
    seg_all = jax.lax.dynamic_update_slice(cache.segment_ids, segment_ids.astype(jnp.int32),
                                           (0, start))
    q_index = jnp.broadcast_to(start + jnp.arange(t, dtype=jnp.int32), (b, t))
    kv_index = jnp.broadcast_to(jnp.arange(cache.length, dtype=jnp.int32), (b, cache.length))
    info = MaskInfo(segment_ids.astype(jnp.int32), seg_all, q_index, kv_index)
    cos, sin = rope_tables(config, positions)

    x = constrain(jnp.take(params["embed"], input_ids, axis=0), ("batch", "length", "act_embed"),
                  sharder)
    lora_layers = None if lora is None else lora.weights

    def body(carry, scanned):
        x, ck, cv = carry
        layer, lora_layer, l = scanned
        q, k, v = _project_qkv(config, sharder, lora, x, layer, lora_layer, cos, sin, None)
        # The whole cache rides in the carry and only the new slots are written, so the
        # update is in place; the layer's keys are read back after the write.
        ck = constrain(_write(ck, k, l, start), KV_AXES, sharder)
        cv = constrain(_write(cv, v, l, start), KV_AXES, sharder)
        # attention() takes [B, S, KV, Dh]; XLA folds this swap into its dots.
        a = attention(q, jnp.swapaxes(ck[l], 1, 2), jnp.swapaxes(cv[l], 1, 2), info,
                      config.attention_impl)
        x = _finish_block(config, sharder, lora, x, a, layer, lora_layer, None)
        return (x, ck, cv), None

    layer_ids = jnp.arange(config.num_layers, dtype=jnp.int32)
    (x, k, v), _ = jax.lax.scan(body, (x, cache.k, cache.v), (params["layers"], lora_layers, layer_ids))
    hidden = rms_norm(x, params["final_norm"], config.rms_norm_eps)
    return hidden, KVCache(k=k, v=v, segment_ids=seg_all, index=start + t)


def forward_with_cache(config: ModelConfig, params: Params, input_ids: jnp.ndarray, cache: KVCache,
                       *, positions: jnp.ndarray, segment_ids: jnp.ndarray, lora=None,
                       sharder: Sharder | None = None) -> tuple[jnp.ndarray, KVCache]:
    """fp32 logits [B, T, V] of T new tokens given the cache, and the updated cache."""
    hidden, cache = hidden_with_cache(config, params, input_ids, cache, positions=positions,
                                      segment_ids=segment_ids, lora=lora, sharder=sharder)
    return logits_from_hidden(config, params, hidden, sharder), cache
