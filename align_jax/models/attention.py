"""Attention behind one function, with a switchable implementation.

`attention(q, k, v, mask_info, impl)` is all the decoder calls, so a fused kernel
(cuDNN flash attention on GPU, splash attention on TPU) can replace the plain XLA
einsum version without touching the model.
"""

from __future__ import annotations

from typing import NamedTuple

import jax
import jax.numpy as jnp

from align_jax.errors import AlignJaxError

IMPLEMENTATIONS = ("xla", "cudnn")


class MaskInfo(NamedTuple):
    """What decides which keys a query sees.

    A query at slot i of segment s sees key slot j iff j <= i (causal, by slot index)
    and the key's segment equals s and is not 0 (0 marks padding or an empty cache slot).
    """

    q_segment_ids: jnp.ndarray  # [B, Tq] int
    kv_segment_ids: jnp.ndarray  # [B, Tk] int
    q_index: jnp.ndarray  # [B, Tq] int: slot index of each query
    kv_index: jnp.ndarray  # [B, Tk] int: slot index of each key


def dense_mask(info: MaskInfo) -> jnp.ndarray:
    """Boolean mask [B, Tq, Tk]."""
    causal = info.q_index[:, :, None] >= info.kv_index[:, None, :]
    same = info.q_segment_ids[:, :, None] == info.kv_segment_ids[:, None, :]
    valid = (info.kv_segment_ids != 0)[:, None, :]
    return causal & same & valid


def _xla_attention(q, k, v, info: MaskInfo):
    """softmax(q·kᵀ/√d + mask)·v with grouped query heads, fp32 scores and softmax."""
    b, tq, h, d = q.shape
    kv = k.shape[2]
    q = q.reshape(b, tq, kv, h // kv, d)
    scores = jnp.einsum("btkgd,bskd->bkgts", q, k, preferred_element_type=jnp.float32)
    scores = scores * (d ** -0.5)
    mask = dense_mask(info)[:, None, None, :, :]
    # A finite minimum (not -inf) keeps fully masked rows (padding queries) NaN-free.
    scores = jnp.where(mask, scores, jnp.finfo(jnp.float32).min)
    probs = jax.nn.softmax(scores, axis=-1)
    out = jnp.einsum("bkgts,bskd->btkgd", probs.astype(v.dtype), v)
    return out.reshape(b, tq, h, d)


def _cudnn_attention(q, k, v, info: MaskInfo):
    mask = dense_mask(info)[:, None, :, :]
    return jax.nn.dot_product_attention(q, k, v, mask=mask, implementation="cudnn")


def attention(q, k, v, info: MaskInfo, impl: str = "xla") -> jnp.ndarray:
    """Multi-head attention; q [B,Tq,H,D], k/v [B,Tk,KV,D] with H a multiple of KV."""
    if impl == "xla":
        return _xla_attention(q, k, v, info)
    if impl == "cudnn":
        return _cudnn_attention(q, k, v, info)
    raise AlignJaxError(f"unknown attention implementation {impl!r}; choose one of {IMPLEMENTATIONS}")
