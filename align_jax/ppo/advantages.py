"""From a scored rollout to per-token advantages and returns (pure functions over arrays).

Per response token t of a row (mask m_t = 1 for generated tokens up to and including
the stop token), with policy and reference log-probs π, π_ref:

    kl_t  = log π(a_t) − log π_ref(a_t)                       (k1)
          or  e^{−x} − 1 + x,  x = log π − log π_ref          (k3: unbiased, ≥ 0)
    r_t   = −β · kl_t  +  [t = last generated token] · R       (R the sequence reward)
    δ_t   = r_t + γ V_{t+1} − V_t
    A_t   = δ_t + γ λ A_{t+1}                                   (GAE)
    G_t   = A_t + V_t                                           (value targets)

"t+1" is the next *unmasked* token: masked slots are skipped, so a row with holes gives
the GAE of its unmasked tokens laid end to end, and the last one bootstraps from 0.
"""

from __future__ import annotations

import dataclasses

import jax
import jax.numpy as jnp
import numpy as np

from align_jax.errors import AlignJaxError

KL_ESTIMATORS = ("k1", "k3")


def masked_sum(x, mask):
    return jnp.sum(x * mask)


def masked_mean(x, mask, axis=None):
    """Σ m·x / Σ m (0 when nothing is unmasked)."""
    return jnp.sum(x * mask, axis=axis) / jnp.maximum(jnp.sum(mask, axis=axis), 1.0)


def masked_var(x, mask, unbiased: bool = True):
    """Variance of the unmasked entries (Bessel-corrected when `unbiased`)."""
    mean = masked_mean(x, mask)
    n = jnp.sum(mask)
    var = jnp.sum(mask * (x - mean) ** 2) / jnp.maximum(n, 1.0)
    return var * n / jnp.maximum(n - 1.0, 1.0) if unbiased else var


def whiten(x, mask, shift_mean: bool = True, eps: float = 1e-8):
    """(x − mean) / √(var + eps) over unmasked entries; masked entries become 0."""
    mean, var = masked_mean(x, mask), masked_var(x, mask)
    y = (x - mean) * jax.lax.rsqrt(var + eps)
    if not shift_mean:
        y = y + mean
    return y * mask


def kl_penalty(logp, ref_logp, estimator: str = "k1"):
    """Per-token KL estimate between the policy and the reference (module docstring)."""
    if estimator not in KL_ESTIMATORS:
        raise AlignJaxError(f"config ppo.kl_estimator={estimator!r}; choose one of "
                            f"{', '.join(KL_ESTIMATORS)}")
    x = logp - ref_logp
    if estimator == "k1":
        return x
    return jnp.exp(-x) - 1.0 + x


def last_token_mask(mask):
    """1 at each row's last unmasked token [B, T] (rows with no token: all 0)."""
    t = mask.shape[-1]
    idx = jnp.where(mask > 0, jnp.arange(t), -1)
    last = jnp.max(idx, axis=-1, keepdims=True)
    return ((jnp.arange(t) == last) & (last >= 0)).astype(mask.dtype)


def token_rewards(scores, kl, mask, kl_coef):
    """r_t = −β·kl_t on unmasked tokens, plus the sequence score at the last one."""
    return (-kl_coef * kl + scores[:, None] * last_token_mask(mask)) * mask


def gae(rewards, values, mask, gamma: float, lam: float):
    """(advantages, returns) [B, T] by a reversed `lax.scan` over time (module docstring).

    The carry is (V, A) of the next unmasked token; a masked slot leaves it untouched and
    gets A = G = 0.
    """
    mask = mask.astype(rewards.dtype)

    def step(carry, xs):
        next_v, next_a = carry
        r, v, m = xs
        delta = r + gamma * next_v - v
        a = delta + gamma * lam * next_a
        keep = m > 0
        carry = (jnp.where(keep, v, next_v), jnp.where(keep, a, next_a))
        return carry, jnp.where(keep, a, 0.0)

    b = rewards.shape[0]
    zeros = jnp.zeros((b,), rewards.dtype)
    _, adv = jax.lax.scan(step, (zeros, zeros), (rewards.T, values.T, mask.T), reverse=True)
    adv = adv.T
    return adv, (adv + values) * mask


def explained_variance(values, returns, mask):
    """1 − Var(G − V) / Var(G) over unmasked tokens (1 = perfect critic, ≤ 0 = useless)."""
    var_g = masked_var(returns, mask)
    ev = 1.0 - masked_var(returns - values, mask) / jnp.maximum(var_g, 1e-12)
    return jnp.where(var_g > 0, ev, jnp.nan)  # undefined when the returns are constant


# --- KL coefficient and reward normalisation (state carried across rollouts) -----------------

@dataclasses.dataclass(frozen=True)
class KLControl:
    """β fixed, or adapted toward a target KL (Ziegler et al. 2019):

        e = clip(KL / target − 1, −0.2, 0.2),   β ← β · (1 + e · n / horizon)

    with KL the mean per-sequence KL of the rollout and n its number of sequences.
    """

    init_coef: float = 0.1
    adaptive: bool = False
    target: float = 6.0
    horizon: float = 10000.0


def update_kl_coef(coef, kl, n_sequences, control: KLControl):
    if not control.adaptive:
        return coef
    err = float(np.clip(kl / control.target - 1.0, -0.2, 0.2))
    return float(coef) * (1.0 + err * n_sequences / control.horizon)


def update_moments(moments, x):
    """Running (count, mean, M2) updated with a batch x (Chan et al.'s parallel formula)."""
    count, mean, m2 = (np.float64(v) for v in moments)
    x = np.asarray(x, np.float64)
    n = x.size
    if n == 0:
        return np.asarray(moments, np.float64)
    bmean = x.mean()
    bm2 = ((x - bmean) ** 2).sum()
    total = count + n
    delta = bmean - mean
    mean = mean + delta * n / total
    m2 = m2 + bm2 + delta ** 2 * count * n / total
    return np.array([total, mean, m2], np.float64)


def normalise_scores(scores, moments, eps: float = 1e-8):
    """(R − running mean) / running std: the reward normalisation of the ALIGN runs."""
    count, mean, m2 = moments
    std = np.sqrt(m2 / max(count - 1.0, 1.0))
    return ((np.asarray(scores, np.float64) - mean) / (std + eps)).astype(np.float32)
