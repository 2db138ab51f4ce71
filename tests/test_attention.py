"""Attention by query blocks with its own backward: values and gradients of dense attention."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from align_jax.models import attention as attn
from align_jax.models.attention import MaskInfo, attention, dense_mask, query_blocks


def _dense(q, k, v, info):
    """The textbook definition, one head at a time (KV heads repeated)."""
    g = q.shape[2] // k.shape[2]
    k, v = jnp.repeat(k, g, axis=2), jnp.repeat(v, g, axis=2)
    s = jnp.einsum("bthd,bshd->bhts", q, k) / np.sqrt(q.shape[-1])
    s = jnp.where(dense_mask(info)[:, None], s, -1e30)
    return jnp.einsum("bhts,bshd->bthd", jax.nn.softmax(s, axis=-1), v)


def test_query_blocks():
    assert query_blocks(40, 40, True, 16) == ((0, 16, 16), (16, 32, 32), (32, 40, 40))
    assert query_blocks(40, 40, False, 16) == ((0, 40, 40),)   # e.g. a KV cache
    assert query_blocks(1, 64, True, 16) == ((0, 1, 64),)      # queries are not the keys
    assert query_blocks(16, 16, True, 16) == ((0, 16, 16),)


@pytest.mark.parametrize("block", [16, 128])
def test_blocked_attention_equals_dense_with_gradients(monkeypatch, block):
    monkeypatch.setattr(attn, "QUERY_BLOCK", block)
    b, t, h, kv, d = 3, 40, 4, 2, 8
    ks = jax.random.split(jax.random.key(0), 4)
    q, k, v = (jax.random.normal(ks[0], (b, t, h, d)), jax.random.normal(ks[1], (b, t, kv, d)),
               jax.random.normal(ks[2], (b, t, kv, d)))
    seg = np.ones((b, t), np.int32)
    seg[0, 13:] = 2          # two packed examples
    seg[1, :5] = 0           # left padding
    seg[2, 30:] = 0          # right padding
    idx = jnp.broadcast_to(jnp.arange(t), (b, t))
    info = MaskInfo(jnp.asarray(seg), jnp.asarray(seg), idx, idx)
    valid = jnp.asarray(seg != 0)[:, :, None, None]
    cot = jax.random.normal(ks[3], q.shape) * valid   # padding queries' outputs are unused

    out, vjp = jax.vjp(lambda *a: attention(*a, info, causal_self=True), q, k, v)
    ref, ref_vjp = jax.vjp(lambda *a: _dense(*a, info), q, k, v)
    np.testing.assert_allclose(out * valid, ref * valid, atol=1e-5)
    for got, want in zip(vjp(cot), ref_vjp(cot)):
        np.testing.assert_allclose(got, want, atol=1e-5)
    assert np.isfinite(np.asarray(out)).all()


def test_backward_keeps_no_score_matrix():
    """The vjp keeps q, k, v, the output and the log-normaliser, not [B, H, T, T] scores."""
    b, t, h, kv, d = 2, 64, 4, 2, 8
    q, k, v = (jnp.ones((b, t, h, d)), jnp.ones((b, t, kv, d)), jnp.ones((b, t, kv, d)))
    seg = jnp.ones((b, t), jnp.int32)
    idx = jnp.broadcast_to(jnp.arange(t), (b, t))
    info = MaskInfo(seg, seg, idx, idx)
    _, vjp = jax.vjp(lambda *a: attention(*a, info, causal_self=True), q, k, v)
    biggest = max(x.size for x in jax.tree.leaves(vjp) if hasattr(x, "size"))
    assert biggest <= b * t * t, biggest  # the [B, T, T] mask; scores would be [B, H, T, T]
