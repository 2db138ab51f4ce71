"""Attention behind one function, with a switchable implementation.

`attention(q, k, v, mask_info, impl)` is all the decoder calls, so a fused kernel
(cuDNN flash attention on GPU, splash attention on TPU) can replace the plain XLA
einsum version without touching the model.
"""

from __future__ import annotations

from functools import partial
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


QUERY_BLOCK = 128
_NEG = float(jnp.finfo(jnp.float32).min)  # finite: fully masked rows (padding) stay NaN-free


def query_blocks(tq: int, tk: int, causal_self: bool, block: int = QUERY_BLOCK):
    """Static (first query, end query, end key) slot ranges: with causal self-attention
    (queries and keys are the same slots 0..T-1) query block [a, e) sees keys [0, e) only,
    so about half the score matrix is never computed."""
    if not causal_self or tq != tk or tq <= block:
        return ((0, tq, tk),)
    return tuple((a, min(a + block, tq), min(a + block, tq)) for a in range(0, tq, block))


def _block_scores(q, k, mask, scale):
    """fp32 masked scores [B, KV, Tb·G, S] of query rows (t, g) against keys [B, KV, S, D]."""
    b, kv, rows, _ = q.shape
    s = jnp.einsum("bkqd,bksd->bkqs", q, k, preferred_element_type=jnp.float32) * scale
    tb = mask.shape[1]
    s = jnp.where(mask[:, None, :, None, :], s.reshape(b, kv, tb, rows // tb, -1), _NEG)
    return s.reshape(b, kv, rows, -1)


def _split(q, mask, ranges):
    """Per block: (query rows, mask rows, key end), rows ordered (t, g) so blocks are contiguous."""
    g = q.shape[2] // mask.shape[1]
    return [(q[:, :, a * g:e * g], mask[:, a:e, :ke], ke) for a, e, ke in ranges]


@partial(jax.custom_vjp, nondiff_argnums=(4,))
def _attend(q, k, v, mask, ranges):
    """softmax(q·kᵀ/√d + mask)·v by query blocks; q [B,KV,T·G,D], k, v [B,KV,S,D], mask [B,T,S]."""
    return _attend_fwd(q, k, v, mask, ranges)[0]


def _attend_fwd(q, k, v, mask, ranges):
    scale = q.shape[-1] ** -0.5
    outs, lses = [], []
    for qb, mb, ke in _split(q, mask, ranges):
        s = _block_scores(qb, k[:, :, :ke], mb, scale)
        m = jnp.max(s, axis=-1, keepdims=True)
        e = jnp.exp(s - m)
        total = jnp.sum(e, axis=-1, keepdims=True)
        outs.append(jnp.einsum("bkqs,bksd->bkqd", (e / total).astype(v.dtype), v[:, :, :ke]))
        lses.append(m + jnp.log(total))
    o = jnp.concatenate(outs, axis=2) if len(outs) > 1 else outs[0]
    return o, (q, k, v, mask, jnp.concatenate(lses, axis=2), o)


def _attend_bwd(ranges, res, do):
    """The softmax-attention backward from the saved log-normaliser (scores recomputed):
    P = exp(S - lse), dV = Pᵀ·dO, dS = P ⊙ (dO·Vᵀ - rowsum(dO ⊙ O)), dQ = dS·K, dK = dSᵀ·Q."""
    q, k, v, mask, lse, o = res
    scale = q.shape[-1] ** -0.5
    delta = jnp.sum(do.astype(jnp.float32) * o.astype(jnp.float32), axis=-1, keepdims=True)
    dk, dv = jnp.zeros(k.shape, jnp.float32), jnp.zeros(v.shape, jnp.float32)
    dqs, row = [], 0
    for qb, mb, ke in _split(q, mask, ranges):
        rows = slice(row, row + qb.shape[2])
        row += qb.shape[2]
        p = jnp.exp(_block_scores(qb, k[:, :, :ke], mb, scale) - lse[:, :, rows])
        dob = do[:, :, rows]
        dv = dv.at[:, :, :ke].add(jnp.einsum("bkqs,bkqd->bksd", p.astype(do.dtype), dob,
                                             preferred_element_type=jnp.float32))
        dp = jnp.einsum("bkqd,bksd->bkqs", dob, v[:, :, :ke], preferred_element_type=jnp.float32)
        ds = (p * (dp - delta[:, :, rows]) * scale).astype(q.dtype)
        dqs.append(jnp.einsum("bkqs,bksd->bkqd", ds, k[:, :, :ke]))
        dk = dk.at[:, :, :ke].add(jnp.einsum("bkqs,bkqd->bksd", ds, qb, preferred_element_type=jnp.float32))
    dq = jnp.concatenate(dqs, axis=2) if len(dqs) > 1 else dqs[0]
    return dq, dk.astype(k.dtype), dv.astype(v.dtype), None


_attend.defvjp(_attend_fwd, _attend_bwd)


def _xla_attention(q, k, v, info: MaskInfo, causal_self: bool):
    """Grouped-query attention with fp32 scores and softmax, by query blocks (`_attend`).

    Query heads sharing a KV head become extra rows of one matmul per KV head, ordered
    (t, g), so a block of query slots is a contiguous block of rows.
    """
    b, tq, h, d = q.shape
    kv = k.shape[2]
    rows = jnp.swapaxes(q.reshape(b, tq, kv, h // kv, d), 1, 2).reshape(b, kv, tq * (h // kv), d)
    ranges = query_blocks(tq, k.shape[1], causal_self, QUERY_BLOCK)
    o = _attend(rows, jnp.swapaxes(k, 1, 2), jnp.swapaxes(v, 1, 2), dense_mask(info), ranges)
    return jnp.swapaxes(o.reshape(b, kv, tq, h // kv, d), 1, 2).reshape(b, tq, h, d)


def _cudnn_attention(q, k, v, info: MaskInfo):
    """cuDNN flash attention with the dense mask, which jax hands to cuDNN as an additive
    bias [B, 1, Tq, Tk]. That expresses any packing and padding exactly, at a price: every
    score block is computed (no causal skipping) and the backward also forms the bias
    gradient. The other layouts of the public API do not fit: `query_seq_lengths` /
    `key_value_seq_lengths` describe one right-padded sequence per row (neither packed
    rows nor left padding). cuDNN's ragged layout (per-segment offsets, causal inside
    each) would skip both, but jax reaches it only through a private module;
    benchmarks/device_check.py measures it beside this one on packed and left-padded rows.
    """
    mask = dense_mask(info)[:, None, :, :]
    return jax.nn.dot_product_attention(q, k, v, mask=mask, implementation="cudnn")


def attention(q, k, v, info: MaskInfo, impl: str = "xla", *, causal_self: bool = False) -> jnp.ndarray:
    """Multi-head attention; q [B,Tq,H,D], k/v [B,Tk,KV,D] with H a multiple of KV.

    causal_self: q and k are the same slots 0..T-1 (a forward pass without a cache), so
    the xla path may skip the key blocks that the causal mask hides entirely.
    """
    if impl == "xla":
        return _xla_attention(q, k, v, info, causal_self)
    if impl == "cudnn":
        return _cudnn_attention(q, k, v, info)
    raise AlignJaxError(f"unknown attention implementation {impl!r}; choose one of {IMPLEMENTATIONS}")
