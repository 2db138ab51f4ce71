"""Log-probabilities and cross-entropy of target tokens from final hidden states, computing
the fp32 logits one sequence chunk at a time (SFT's loss, PPO's scoring and update).

Only one chunk's logits [B, chunk, V] live at once and, with several chunks, they are
recomputed in the backward pass: with a 128k vocabulary the whole [B, T, V] would dwarf
the model. With one chunk the logits live anyway, so recomputing them would only cost time.
"""

from __future__ import annotations

import jax
import jax.numpy as jnp

from align_jax.models.config import ModelConfig
from align_jax.models.decoder import Params, logits_from_hidden
from align_jax.sharding import Sharder


def entropy_from_logits(logits):
    """H = −Σ_v p_v log p_v = logsumexp(z) − Σ_v p_v z_v per position (fp32)."""
    z = logits.astype(jnp.float32)
    logz = jax.nn.logsumexp(z, axis=-1)
    return logz - jnp.sum(jax.nn.softmax(z, axis=-1) * z, axis=-1)


def scan_chunks(fn, chunk: int, *arrays):
    """fn(*chunk_slices) for each sequence chunk of the [B, T, …] `arrays`, in a lax.scan
    (rematerialised when there are several); its outputs stacked on a leading [n] axis.
    A chunk that does not divide T (or 0) means one chunk."""
    b, t = arrays[0].shape[:2]
    chunk = chunk if 0 < chunk < t and t % chunk == 0 else t
    n = t // chunk
    if n > 1:
        fn = jax.checkpoint(fn)
    split = lambda x: jnp.moveaxis(x.reshape(b, n, chunk, *x.shape[2:]), 1, 0)
    _, ys = jax.lax.scan(lambda c, xs: (c, fn(*xs)), None, tuple(split(a) for a in arrays))
    return ys


def _join(x):
    """[n, B, chunk] → [B, n·chunk]."""
    return jnp.moveaxis(x, 0, 1).reshape(x.shape[1], -1)


def chunked_cross_entropy(config: ModelConfig, params: Params, hidden: jax.Array,
                          targets: jax.Array, weights: jax.Array, chunk: int,
                          sharder: Sharder | None = None):
    """(Σ w·CE, Σ w·[argmax = target]) over [B, T] targets."""

    def one(h, y, w):
        logits = logits_from_hidden(config, params, h, sharder)
        # logz = m + log Σ exp(logits - m) does not depend on m, so m needs no gradient; and
        # the row maximum it needs anyway decides accuracy (gold = max), saving an argmax pass.
        top = jax.lax.stop_gradient(jnp.max(logits, axis=-1))
        logz = top + jnp.log(jnp.sum(jnp.exp(logits - top[..., None]), axis=-1))
        gold = jnp.sum(jnp.where(jnp.arange(logits.shape[-1]) == y[..., None], logits, 0.0), axis=-1)
        correct = (gold >= top).astype(jnp.float32)
        return jnp.sum(w * (logz - gold)), jnp.sum(w * correct)

    ce, correct = scan_chunks(one, chunk, hidden, targets, weights)
    return jnp.sum(ce), jnp.sum(correct)


def chunked_logprobs(config: ModelConfig, params: Params, hidden: jax.Array, targets: jax.Array,
                     chunk: int, sharder: Sharder | None = None, entropy: bool = False):
    """(log π(target) [B, N], entropy [B, N] or None) of [B, N] targets."""

    def one(h, y):
        logits = logits_from_hidden(config, params, h, sharder)
        logz = jax.nn.logsumexp(logits, axis=-1)
        lp = jnp.take_along_axis(logits, y[..., None], axis=-1)[..., 0] - logz
        return lp, (entropy_from_logits(logits) if entropy else jnp.zeros_like(lp))

    lp, ent = scan_chunks(one, chunk, hidden, targets)
    return _join(lp), (_join(ent) if entropy else None)
