"""Decoding with a key/value cache: the decoder's layer math, with keys and values kept.

The cache is plain arrays passed in and out (no mutable state):

    k, v          [L, B, KV, S, Dh]  keys (after RoPE) and values, in the parameter dtype
                  (or, "unstacked", tuples of L arrays [B, KV, S, Dh]: `unstack_cache`)
    segment_ids   [B, S] int32       1 where a slot holds a token, 0 for empty / padding
    index         [] int32           next slot to write (shared by all rows)

A call writes its T new tokens at slots index … index+T-1 of every row, then each
query attends to the cache through the same mask as training (`MaskInfo`): key slot j
is visible to query slot i iff j ≤ i, same segment, and segment ≠ 0. Left-padded
prompts therefore need nothing special: their padding slots carry segment 0.

The layers run as one `lax.scan` over the stacked weights and cache, or, when
`params["layers"]` is a tuple of per-layer trees (`unstack_layers`), as a Python loop.
A scan hands each layer `dynamic_slice`s of the stacked kernels and of the stacked
cache, which XLA's CPU and GPU backends copy into fresh buffers before the matmuls: in
a decode step, which reads every weight once for a few rows, those copies triple the
weight traffic and double the cache traffic. The loop over unstacked weights and an
unstacked cache reads both in place; the unstacking costs one copy per `generate` call
instead of one per token (and the program has one block per layer).
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
        return (self.k[0] if isinstance(self.k, tuple) else self.k).shape[-2]


def cache_axes() -> KVCache:
    """Logical axis names of each cache field (for `Sharder.tree`)."""
    return KVCache(k=KV_AXES, v=KV_AXES, segment_ids=("batch", "cache_length"), index=())


def init_cache(config: ModelConfig, batch: int, length: int, dtype=jnp.float32) -> KVCache:
    """An empty cache of `length` slots per row (all segment 0, index 0)."""
    shape = (config.num_layers, batch, config.num_kv_heads, length, config.head_dim)
    return KVCache(k=jnp.zeros(shape, dtype), v=jnp.zeros(shape, dtype),
                   segment_ids=jnp.zeros((batch, length), jnp.int32),
                   index=jnp.zeros((), jnp.int32))


def unstack_layers(tree):
    """A tuple of per-layer trees from a tree stacked on a leading [L] axis (None stays None)."""
    if tree is None:
        return None
    n = jax.tree.leaves(tree)[0].shape[0]
    return tuple(jax.tree.map(lambda w, i=i: w[i], tree) for i in range(n))


def unstack_cache(cache: KVCache) -> KVCache:
    """The cache with k and v as tuples of per-layer arrays (one copy)."""
    if isinstance(cache.k, tuple):
        return cache
    return cache._replace(k=unstack_layers(cache.k), v=unstack_layers(cache.v))


def stack_cache(cache: KVCache) -> KVCache:
    """The cache with k and v stacked on a leading [L] axis again (one copy)."""
    if not isinstance(cache.k, tuple):
        return cache
    return cache._replace(k=jnp.stack(cache.k), v=jnp.stack(cache.v))


def _write(cache: jax.Array, new: jax.Array, layer, start) -> jax.Array:
    """cache[layer, :, :, start:start+T] = new ([B, T, KV, Dh] → the cache's [B, KV, T, Dh])."""
    update = jnp.swapaxes(new, 1, 2)[None].astype(cache.dtype)
    return jax.lax.dynamic_update_slice(cache, update, (layer, 0, 0, start, 0))


def _write_layer(cache: jax.Array, new: jax.Array, start) -> jax.Array:
    """One layer's cache[:, :, start:start+T] = new ([B, T, KV, Dh])."""
    update = jnp.swapaxes(new, 1, 2).astype(cache.dtype)
    return jax.lax.dynamic_update_slice(cache, update, (0, 0, start, 0))


def hidden_with_cache(config: ModelConfig, params: Params, input_ids: jnp.ndarray, cache: KVCache,
                      *, positions: jnp.ndarray, segment_ids: jnp.ndarray, lora=None,
                      sharder: Sharder | None = None) -> tuple[jnp.ndarray, KVCache]:
    """Final normalised hidden states [B, T, D] of T new tokens, and the cache holding them.

    positions: RoPE positions [B, T] of the new tokens (e.g. continuing each row's prompt).
    segment_ids: [B, T], 1 for a token, 0 for padding (never attended to, by anyone).
    The caller keeps `cache.index + T <= cache.length`; the cache is not grown.
    params["layers"] (and lora.weights) may be stacked (one scan) or tuples of per-layer
    trees from `unstack_layers` (a loop; faster decoding, see the module docstring); the
    cache may be stacked or unstacked (`unstack_cache`), and comes back as it came.
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

    def block(x, ck, cv, layer, lora_layer):
        """One layer on its own cache arrays [B, KV, S, Dh]; only the new slots are written."""
        q, k, v = _project_qkv(config, sharder, lora, x, layer, lora_layer, cos, sin, None)
        ck = constrain(_write_layer(ck, k, start), KV_AXES[1:], sharder)
        cv = constrain(_write_layer(cv, v, start), KV_AXES[1:], sharder)
        # attention() takes [B, S, KV, Dh]; XLA folds this swap into its dots.
        a = attention(q, jnp.swapaxes(ck, 1, 2), jnp.swapaxes(cv, 1, 2), info,
                      config.attention_impl)
        return _finish_block(config, sharder, lora, x, a, layer, lora_layer, None), ck, cv

    if isinstance(params["layers"], (tuple, list)):
        work = unstack_cache(cache)
        ks, vs = list(work.k), list(work.v)
        for l, layer in enumerate(params["layers"]):
            lora_layer = None if lora_layers is None else lora_layers[l]
            x, ks[l], vs[l] = block(x, ks[l], vs[l], layer, lora_layer)
        k, v = tuple(ks), tuple(vs)
        if not isinstance(cache.k, tuple):  # hand back the layout the caller gave
            k, v = jnp.stack(k), jnp.stack(v)
    else:
        def body(carry, scanned):
            x, ck, cv = carry
            layer, lora_layer, l = scanned
            q, k, v = _project_qkv(config, sharder, lora, x, layer, lora_layer, cos, sin, None)
            # The whole cache rides in the carry and only the new slots are written, so
            # the update is in place; the layer's keys are read back after the write.
            ck = constrain(_write(ck, k, l, start), KV_AXES, sharder)
            cv = constrain(_write(cv, v, l, start), KV_AXES, sharder)
            a = attention(q, jnp.swapaxes(ck[l], 1, 2), jnp.swapaxes(cv[l], 1, 2), info,
                          config.attention_impl)
            x = _finish_block(config, sharder, lora, x, a, layer, lora_layer, None)
            return (x, ck, cv), None

        stacked = stack_cache(cache)
        layer_ids = jnp.arange(config.num_layers, dtype=jnp.int32)
        (x, k, v), _ = jax.lax.scan(body, (x, stacked.k, stacked.v),
                                    (params["layers"], lora_layers, layer_ids))
        if isinstance(cache.k, tuple):
            k, v = unstack_layers(k), unstack_layers(v)
    hidden = rms_norm(x, params["final_norm"], config.rms_norm_eps)
    return hidden, KVCache(k=k, v=v, segment_ids=seg_all, index=start + t)


def forward_with_cache(config: ModelConfig, params: Params, input_ids: jnp.ndarray, cache: KVCache,
                       *, positions: jnp.ndarray, segment_ids: jnp.ndarray, lora=None,
                       sharder: Sharder | None = None) -> tuple[jnp.ndarray, KVCache]:
    """fp32 logits [B, T, V] of T new tokens given the cache, and the updated cache."""
    hidden, cache = hidden_with_cache(config, params, input_ids, cache, positions=positions,
                                      segment_ids=segment_ids, lora=lora, sharder=sharder)
    return logits_from_hidden(config, params, hidden, sharder), cache
