"""PPO losses over masked response tokens; each returns (sum over unmasked tokens, stats).

Sums, not means, so micro-batches add up and divide once by the minibatch's token
count (k micro-batches give exactly the update of one batch k times as large).
"""

from __future__ import annotations

import jax.numpy as jnp

from align_jax.train.logprobs import entropy_from_logits  # noqa: F401  (the entropy bonus)


def policy_loss(logp, old_logp, advantages, mask, clip_eps: float):
    """Clipped surrogate (Schulman et al. 2017), summed over unmasked tokens:

        ρ_t = exp(log π_θ(a_t) − log π_old(a_t))
        L   = Σ_t m_t · max(−A_t ρ_t,  −A_t · clip(ρ_t, 1 − ε, 1 + ε))

    Stats (sums): clipped = tokens where the clipped term is the larger (the gradient is
    cut); approx_kl = Σ m·((ρ − 1) − log ρ) (k3 estimate of KL(π_old‖π_θ)).
    """
    log_ratio = logp - old_logp
    ratio = jnp.exp(log_ratio)
    unclipped = -advantages * ratio
    clipped = -advantages * jnp.clip(ratio, 1.0 - clip_eps, 1.0 + clip_eps)
    loss = jnp.sum(mask * jnp.maximum(unclipped, clipped))
    stats = {"policy_clipped": jnp.sum(mask * (clipped > unclipped)),
             "approx_kl": jnp.sum(mask * ((ratio - 1.0) - log_ratio))}
    return loss, stats


def value_loss(values, old_values, returns, mask, clip: float):
    """Clipped value loss, summed over unmasked tokens:

        V^clip_t = V_old,t + clip(V_t − V_old,t, −c, c)
        L        = Σ_t m_t · ½ · max((V_t − G_t)², (V^clip_t − G_t)²)

    c ≤ 0 turns clipping off (plain ½ (V − G)²). Stats: value_clipped = tokens where the
    clipped error is the larger.
    """
    err = (values - returns) ** 2
    if clip > 0:
        v_clip = old_values + jnp.clip(values - old_values, -clip, clip)
        err_clip = (v_clip - returns) ** 2
        loss = 0.5 * jnp.sum(mask * jnp.maximum(err, err_clip))
        clipped = jnp.sum(mask * (err_clip > err))
    else:
        loss = 0.5 * jnp.sum(mask * err)
        clipped = jnp.zeros(())
    return loss, {"value_clipped": clipped}
